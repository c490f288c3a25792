//! Browser timing benchmark (a measurement, not a test), side by side with a peer page built with
//! Chart.js 4 from npm (SPEC §4), in headless Chromium against the release build in `dist/`.
//! For each page it reports the median of several runs of: when the first chart (or card) is on
//! screen, when the wasm arrived, when the app took over the page rendered at build time (from
//! then on a filter click works), LCP, CLS and total blocking time; then the ratio of our first
//! chart to the peer's. First on a desktop-class CPU over loopback, then on Lighthouse's mobile
//! profile (slow 4G: 150 ms round trip, 1.6 Mbit/s down; CPU 4× slower), gzip and brotli.
//!
//! Run with `scripts/browser_timing.sh` (it builds dist/ and installs Chart.js first).
//! `TIMING_DIST` times another build (e.g. the made-up province of `scripts/province.sh`),
//! `TIMING_ONLY` only the pages whose names contain it (the peer is always timed).

mod peer;

use harness::browser::Browser;
use harness::server::{self, Compression, StaticServer};
use serde_json::{json, Value};
use std::path::Path;
use std::time::Duration;

const RUNS: usize = 5;

/// Runs before the page's scripts: notes when each watched element is first visible and the frame
/// after it (≈ on screen), when the app took over the page rendered by the build, layout
/// shifts, the largest contentful paint and long tasks (blocking time beyond 50 ms each).
const OBSERVER: &str = r#"
window.__timing = {};
const watched = {
  overview: '[data-testid=city-card]', list: '[data-testid=project-card]', detail: '[data-testid=project-detail] h2',
  chart: '[data-testid=chart] svg, [data-testid=chart] canvas[data-drawn]',
};
// Painted and visible: a hidden prerendered copy (a page waiting for the app) does not count.
const visible = e => e.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && e.getClientRects().length > 0;
new MutationObserver(() => {
  for (const [name, selector] of Object.entries(watched)) {
    const shown = () => [...document.querySelectorAll(selector)].some(visible);
    if (!(name in window.__timing) && shown()) {
      window.__timing[name] = -1;
      // Checked again at the next frame: styles that hide it may not have arrived yet.
      requestAnimationFrame(() => setTimeout(() => {
        if (shown()) window.__timing[name] = performance.now(); else delete window.__timing[name];
      }, 0));
    }
  }
  // The app runs the page once its start has ended with its copy swapped in (`<html class="running">`,
  // in the swap's task; the hidden rendered copy then leaves over the next tasks).
  if (!('takeover' in window.__timing) && document.documentElement.classList.contains('running')) window.__timing.takeover = performance.now();
}).observe(document, { childList: true, subtree: true, attributes: true });
window.__cls = 0;
new PerformanceObserver(list => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; })
  .observe({ type: 'layout-shift', buffered: true });
window.__lcp = 0;
new PerformanceObserver(list => { const e = list.getEntries(); window.__lcp = e[e.length - 1].startTime; })
  .observe({ type: 'largest-contentful-paint', buffered: true });
window.__tbt = 0;
window.__tasks = [];
new PerformanceObserver(list => { for (const e of list.getEntries()) { window.__tbt += Math.max(0, e.duration - 50); window.__tasks.push([Math.round(e.startTime), Math.round(e.duration)]); } })
  .observe({ type: 'longtask', buffered: true });
"#;

/// Where a load's time went (`TIMING_TIMELINE=1` prints it for each page's last run): each file's
/// request and last byte, and the app's own marks (`takeover.rs`), in ms from navigation.
const TIMELINE: &str = "return JSON.stringify([\
  ...performance.getEntriesByType('navigation').map(e => ['(page)', Math.round(e.responseStart), Math.round(e.responseEnd)]),\
  ...performance.getEntriesByType('resource').map(e => [e.name.split('/').pop().replace(/-[0-9a-f]{8,16}/, ''), Math.round(e.requestStart), Math.round(e.responseEnd)]),\
  ...performance.getEntriesByType('mark').map(m => [m.name.replace('renewal-explorer: ', ''), Math.round(m.startTime)])])";

/// When the last byte of the wasm arrived, from the Resource Timing API.
const WASM_RECEIVED: &str =
    "return performance.getEntriesByType('resource').find(e => e.name.endsWith('.wasm'))?.responseEnd";

fn median(mut values: Vec<f64>) -> f64 {
    values.retain(|v| !v.is_nan());
    values.sort_by(f64::total_cmp);
    values.get(values.len() / 2).copied().unwrap_or(f64::NAN)
}

/// What one page load measured, in ms from navigation (CLS is a score).
#[derive(Default)]
struct Load {
    shown: f64,
    wasm_received: f64,
    takeover: f64,
    lcp: f64,
    cls: f64,
    tbt: f64,
    /// Long tasks as (start, duration) in ms.
    tasks: String,
    /// The last byte of each file and the app's marks (`TIMELINE`).
    timeline: String,
}

/// Loads `url` and measures when the watched element is on screen, then waits for the app (if
/// any) to take over and the page to settle, and reads the rest.
async fn first_view(b: &Browser, url: &str, watch: &str, app: bool) -> Load {
    b.goto(url).await;
    let number = |v: Value| v.as_f64().unwrap_or(f64::NAN);
    for _ in 0..1500 {
        let t = b.eval(&format!("return window.__timing && window.__timing['{watch}']")).await;
        if let Some(shown) = t.as_f64().filter(|ms| *ms > 0.0) {
            for _ in 0..500 {
                if !app || b.eval("return 'takeover' in window.__timing || !!window.wasmBindings").await == true {
                    break;
                }
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
            // Let the app's first render and its long tasks finish.
            tokio::time::sleep(Duration::from_millis(1500)).await;
            return Load {
                shown,
                wasm_received: number(b.eval(WASM_RECEIVED).await),
                takeover: number(b.eval("return window.__timing.takeover").await),
                lcp: number(b.eval("return window.__lcp").await),
                cls: number(b.eval("return window.__cls").await),
                tbt: number(b.eval("return window.__tbt").await),
                tasks: b.eval("return JSON.stringify(window.__tasks)").await.as_str().unwrap_or_default().to_string(),
                timeline: b.eval(TIMELINE).await.as_str().unwrap_or_default().to_string(),
            };
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    panic!("{watch} never appeared at {url}");
}

/// One row of the report: a page and what is watched on it.
struct Page {
    name: &'static str,
    peer: bool,
    path: &'static str,
    watch: &'static str,
}

const PAGES: &[Page] = &[
    Page { name: "Chart.js peer: first chart", peer: true, path: "", watch: "chart" },
    Page { name: "landing: first chart", peer: false, path: "", watch: "chart" },
    Page { name: "landing en/: first chart", peer: false, path: "en/", watch: "chart" },
    Page { name: "charts/: first chart", peer: false, path: "charts/", watch: "chart" },
    Page { name: "projects/hebi/: first card", peer: false, path: "projects/hebi/", watch: "list" },
    Page { name: "compare/?embed=1: first chart", peer: false, path: "compare/?embed=1", watch: "chart" },
    Page { name: "a project: its figures", peer: false, path: "projects/pds25-p018.html", watch: "detail" },
    Page { name: "chart embed page: chart", peer: false, path: "embed/projects-by-status.html", watch: "chart" },
    Page { name: "old ?view=charts&city=hebi", peer: false, path: "?view=charts&city=hebi", watch: "chart" },
    Page {
        name: "stale: projects/hebi/?cat=…",
        peer: false,
        path: "projects/hebi/?cat=greening&status=completed",
        watch: "list",
    },
];

async fn measure(b: &Browser, ours: &str, peer: &str, label: &str) {
    println!("\n{label} (median of {RUNS} runs, ms from navigation)");
    println!(
        "{:<32} {:>9} {:>9} {:>9} {:>8} {:>6} {:>7} {:>9}",
        "page", "on screen", "wasm in", "app runs", "LCP", "CLS", "TBT", "÷ peer"
    );
    let mut peer_shown = f64::NAN;
    let only = std::env::var("TIMING_ONLY").unwrap_or_default();
    for page in PAGES.iter().filter(|p| p.peer || p.name.contains(only.as_str())) {
        let url = format!("{}{}", if page.peer { peer } else { ours }, page.path);
        let mut loads = Vec::new();
        for _ in 0..RUNS {
            loads.push(first_view(b, &url, page.watch, !page.peer).await);
        }
        let med = |field: fn(&Load) -> f64| median(loads.iter().map(field).collect());
        let shown = med(|l| l.shown);
        if page.peer {
            peer_shown = shown;
        }
        let ratio = if page.peer { "—".to_string() } else { format!("{:.2}", shown / peer_shown) };
        println!(
            "{:<32} {:>9.0} {:>9.0} {:>9.0} {:>8.0} {:>6.3} {:>7.0} {:>9}",
            page.name,
            shown,
            med(|l| l.wasm_received),
            med(|l| l.takeover),
            med(|l| l.lcp),
            med(|l| l.cls),
            med(|l| l.tbt),
            ratio
        );
        if let Some(last) = loads.last().filter(|l| l.tasks.len() > 2) {
            println!("{:<32} long tasks [start, ms]: {}", "", last.tasks);
        }
        if let Some(last) = loads.last().filter(|_| std::env::var_os("TIMING_TIMELINE").is_some()) {
            println!("{:<32} timeline: {}", "", last.timeline);
        }
    }
}

/// Clicks a city filter and resolves with the milliseconds until the changed count is on screen.
const FILTER_CLICK: &str = r#"
const done = arguments[arguments.length - 1];
const count = document.querySelector('[data-testid=result-count]');
const before = count.textContent;
const observer = new MutationObserver(() => {
  if (count.textContent !== before) {
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => done(performance.now() - start), 0));
  }
});
observer.observe(count, { childList: true, subtree: true, characterData: true });
const start = performance.now();
document.querySelector(arguments[0]).click();
"#;

async fn filter_click(b: &Browser, ours: &str) {
    let mut clicks = Vec::new();
    for _ in 0..RUNS {
        b.goto(&format!("{ours}?view=projects")).await;
        b.wait_for_count("[data-testid=project-card]", 1).await;
        let ms = b.client.execute_async(FILTER_CLICK, vec![Value::from("[data-testid=city-hebi] input")]).await;
        clicks.push(ms.ok().and_then(|v| v.as_f64()).unwrap_or(f64::NAN));
    }
    println!("{:<32} {:>9.1}", "filter click → list updated", median(clicks));
}

/// What a first visit moves over the network, the service worker's downloads included: a fresh
/// browser opens `path` from a server that sends a CDN's cache headers, and the bytes the server
/// sent are counted once the worker has kept what it keeps ahead of time.
async fn first_visit(dist: &Path, path: &str, compression: Compression) -> u64 {
    let options = server::Options { compression, cdn_caching: true, ..server::Options::default() };
    let site = StaticServer::start_with(dist, "/", options);
    let b = Browser::start(412, 823).await;
    b.goto(&format!("{}{path}", site.base_url)).await;
    for _ in 0..200 {
        let done = "return !!navigator.serviceWorker.controller && caches.keys().then(k => k.length > 0)";
        if b.eval(done).await == true {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    // The worker's own downloads have settled.
    let mut last = 0;
    for _ in 0..50 {
        tokio::time::sleep(Duration::from_millis(200)).await;
        let now = site.bytes_sent();
        if now == last {
            break;
        }
        last = now;
    }
    b.close().await;
    site.bytes_sent()
}

#[tokio::main]
async fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dist = std::env::var_os("TIMING_DIST").map_or_else(|| root.join("dist"), std::path::PathBuf::from);
    assert!(dist.join("index.html").is_file(), "build dist/ first: trunk build --release");
    let chart_js = std::env::args().nth(1).expect("the path of chart.umd.min.js (see scripts/browser_timing.sh)");
    let peer_dir = root.join("target/peer");
    peer::write(&peer_dir, Path::new(&chart_js)).expect("write the peer page");

    let ours = StaticServer::start_compressed(&dist, "/", Compression::Gzip);
    let peer = StaticServer::start_compressed(&peer_dir, "/", Compression::Gzip);
    println!("First visit, service worker included (bytes sent by a server with a CDN's cache headers)");
    for (path, label) in [("", "landing"), ("charts/", "charts/"), ("projects/hebi/", "projects/hebi/")] {
        let gzip = first_visit(&dist, path, Compression::Gzip).await;
        let brotli = first_visit(&dist, path, Compression::Brotli).await;
        println!("{label:<32} gzip {:>7.1} KB   brotli {:>7.1} KB", gzip as f64 / 1000.0, brotli as f64 / 1000.0);
    }

    let b = Browser::start(412, 823).await;
    b.cdp("Page.addScriptToEvaluateOnNewDocument", json!({ "source": OBSERVER })).await;
    b.cdp("Network.enable", json!({})).await;
    b.cdp("Network.setCacheDisabled", json!({ "cacheDisabled": true })).await;
    // Every run a first visit: the explorer's service worker would serve later runs from its cache.
    b.cdp("Network.setBypassServiceWorker", json!({ "bypass": true })).await;

    measure(&b, &ours.base_url, &peer.base_url, "Desktop-class CPU, loopback network, gzip").await;
    filter_click(&b, &ours.base_url).await;

    // Lighthouse's mobile profile: 150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up, CPU 4× slower.
    b.cdp(
        "Network.emulateNetworkConditions",
        json!({ "offline": false, "latency": 150, "downloadThroughput": 1_600_000 / 8, "uploadThroughput": 750_000 / 8 }),
    )
    .await;
    b.cdp("Emulation.setCPUThrottlingRate", json!({ "rate": 4 })).await;
    measure(&b, &ours.base_url, &peer.base_url, "Mobile profile: slow 4G + 4x CPU slowdown, gzip").await;
    // SPEC measures gzip; most CDNs send brotli to browsers, so this shows what residents get there.
    let ours_br = StaticServer::start_compressed(&dist, "/", Compression::Brotli);
    let peer_br = StaticServer::start_compressed(&peer_dir, "/", Compression::Brotli);
    measure(&b, &ours_br.base_url, &peer_br.base_url, "Mobile profile: slow 4G + 4x CPU slowdown, brotli").await;
    b.close().await;
}
