//! Browser timing benchmark (a measurement, not a test): in headless Chromium against the
//! release build in `dist/`, reports the median of several runs for
//! - navigation → first city card, first project card, first chart on screen;
//! - a filter click → the updated list on screen;
//! - the same first views with Lighthouse's mobile profile (slow 4G: 150 ms round trip,
//!   1.6 Mbit/s down; CPU 4× slower; files served gzipped), with LCP and CLS (SPEC §4), and the
//!   same served with brotli, as most CDNs do.
//!
//! Run with `scripts/browser_timing.sh` (it builds dist/ first).

// The end-to-end tests' browser and server helpers; this program uses only some of them.
#[allow(dead_code)]
#[path = "../tests/e2e/browser.rs"]
mod browser;
#[allow(dead_code)]
#[path = "../tests/e2e/server.rs"]
mod server;

use browser::Browser;
use serde_json::{json, Value};
use server::{Compression, StaticServer};
use std::path::Path;
use std::time::Duration;

const RUNS: usize = 5;

/// Runs before the page's scripts: notes when each watched element first appears and the frame
/// after it (≈ on screen), and collects layout shifts and the largest contentful paint.
const OBSERVER: &str = r#"
window.__timing = {};
const watched = { overview: '[data-testid=city-card]', list: '[data-testid=project-card]', chart: '[data-testid=chart] svg' };
new MutationObserver(() => {
  for (const [name, selector] of Object.entries(watched)) {
    if (!(name in window.__timing) && document.querySelector(selector)) {
      window.__timing[name] = -1;
      requestAnimationFrame(() => setTimeout(() => { window.__timing[name] = performance.now(); }, 0));
    }
  }
}).observe(document, { childList: true, subtree: true });
window.__cls = 0;
new PerformanceObserver(list => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; })
  .observe({ type: 'layout-shift', buffered: true });
window.__lcp = 0;
new PerformanceObserver(list => { const e = list.getEntries(); window.__lcp = e[e.length - 1].startTime; })
  .observe({ type: 'largest-contentful-paint', buffered: true });
"#;

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

/// When the last byte of the wasm arrived, from the Resource Timing API.
const WASM_RECEIVED: &str =
    "return performance.getEntriesByType('resource').find(e => e.name.endsWith('.wasm'))?.responseEnd";

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values.get(values.len() / 2).copied().unwrap_or(f64::NAN)
}

/// What one page load measured, in ms from navigation (CLS is a score).
struct Load {
    shown: f64,
    wasm_received: f64,
    lcp: f64,
    cls: f64,
}

/// Loads `query` and measures when the watched element is on screen, when the wasm had arrived
/// (the rest is start-up and rendering), LCP and CLS.
async fn first_view(b: &Browser, base: &str, query: &str, watch: &str) -> Load {
    b.goto(&format!("{base}{query}")).await;
    for _ in 0..600 {
        let t = b.eval(&format!("return window.__timing && window.__timing['{watch}']")).await;
        if let Some(ms) = t.as_f64().filter(|ms| *ms > 0.0) {
            tokio::time::sleep(Duration::from_millis(300)).await;
            let number = |v: Value| v.as_f64().unwrap_or(f64::NAN);
            return Load {
                shown: ms,
                wasm_received: number(b.eval(WASM_RECEIVED).await),
                lcp: number(b.eval("return window.__lcp").await),
                cls: number(b.eval("return window.__cls").await),
            };
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    panic!("{watch} never appeared for {query}");
}

async fn measure(b: &Browser, base: &str, label: &str) {
    println!("\n{label} (median of {RUNS} runs, ms from navigation)");
    println!("{:<34} {:>10} {:>10} {:>10} {:>8}", "view", "wasm in", "on screen", "LCP", "CLS");
    for (name, query, watch) in [
        ("overview: first city card", "", "overview"),
        ("projects: first card", "?view=projects", "list"),
        ("charts: first chart", "?view=charts", "chart"),
        ("compare (embed): first chart", "?view=compare&embed=1", "chart"),
    ] {
        let mut loads = Vec::new();
        for _ in 0..RUNS {
            loads.push(first_view(b, base, query, watch).await);
        }
        let med = |field: fn(&Load) -> f64| median(loads.iter().map(field).collect());
        println!(
            "{name:<34} {:>10.0} {:>10.0} {:>10.0} {:>8.3}",
            med(|l| l.wasm_received),
            med(|l| l.shown),
            med(|l| l.lcp),
            med(|l| l.cls)
        );
    }
}

#[tokio::main]
async fn main() {
    let dist = Path::new(env!("CARGO_MANIFEST_DIR")).join("dist");
    assert!(dist.join("index.html").is_file(), "build dist/ first: trunk build --release");
    let server = StaticServer::start_compressed(&dist, "/", Compression::Gzip);
    let b = Browser::start(412, 823).await;
    b.cdp("Page.addScriptToEvaluateOnNewDocument", json!({ "source": OBSERVER })).await;
    b.cdp("Network.enable", json!({})).await;
    b.cdp("Network.setCacheDisabled", json!({ "cacheDisabled": true })).await;

    measure(&b, &server.base_url, "Desktop-class CPU, loopback network, gzip").await;

    let mut clicks = Vec::new();
    for _ in 0..RUNS {
        b.goto(&format!("{}?view=projects", server.base_url)).await;
        b.wait_for_count("[data-testid=project-card]", 1).await;
        let ms = b.client.execute_async(FILTER_CLICK, vec![Value::from("[data-testid=city-hebi] input")]).await;
        clicks.push(ms.ok().and_then(|v| v.as_f64()).unwrap_or(f64::NAN));
    }
    println!("{:<34} {:>10.1}", "filter click → list updated", median(clicks));

    // Lighthouse's mobile profile: 150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up, CPU 4× slower.
    b.cdp(
        "Network.emulateNetworkConditions",
        json!({ "offline": false, "latency": 150, "downloadThroughput": 1_600_000 / 8, "uploadThroughput": 750_000 / 8 }),
    )
    .await;
    b.cdp("Emulation.setCPUThrottlingRate", json!({ "rate": 4 })).await;
    measure(&b, &server.base_url, "Mobile profile: slow 4G + 4x CPU slowdown, gzip").await;
    // SPEC measures gzip; most CDNs send brotli to browsers, so this shows what residents get there.
    let brotli = StaticServer::start_compressed(&dist, "/", Compression::Brotli);
    measure(&b, &brotli.base_url, "Mobile profile: slow 4G + 4x CPU slowdown, brotli").await;
    b.close().await;
}
