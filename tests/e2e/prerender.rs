//! The first view and every single-chart embed are in the HTML itself (rendered by the build with
//! the app's components), on screen before the wasm; a URL that asks for another view never
//! shows the rendered default, not even for a frame; the app takes over without a layout shift.

use super::browser::Browser;
use super::embed::csp;
use super::server::StaticServer;
use renewal_explorer::core::dataset::BUNDLED;
use renewal_explorer::core::page::static_pages;
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// How long the test server holds back the wasm: the page must be read well before it arrives.
const SLOW_WASM: Duration = Duration::from_millis(2500);

fn dist() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("dist")
}

/// Runs before the page's own scripts, on every frame until the app has swapped its own view in:
/// counts the frames in which the view rendered by the build (the first `#app`) is visible, and
/// those in which the loading note is, and measures layout shifts.
const FRAME_WATCH: &str = r#"
window.__pre = { frames: 0, shown: 0, boot: 0, tookOver: false, staleAtInsert: null };
window.__cls = 0;
window.__shifts = [];
const describe = n => n ? `${n.nodeName}#${n.id || ''}.${n.className || ''} ${(n.textContent || '').slice(0, 30)}` : '?';
new PerformanceObserver(l => {
  for (const e of l.getEntries()) {
    if (e.hadRecentInput) continue;
    window.__cls += e.value;
    window.__shifts.push({ at: e.startTime, value: e.value, moved: (e.sources || []).map(s =>
      `${describe(s.node)} ${JSON.stringify(s.previousRect)} -> ${JSON.stringify(s.currentRect)}`) });
  }
}).observe({ type: 'layout-shift', buffered: true });
new MutationObserver(() => {
  const app = document.getElementById('app');
  if (app && !window.__pre.el) {
    window.__pre.el = app;
    window.__pre.staleAtInsert = document.documentElement.classList.contains('stale');
  }
}).observe(document, { childList: true, subtree: true });
(function watch() {
  const pre = window.__pre, el = pre.el;
  if (el && !el.isConnected) { pre.tookOver = true; return; }
  if (el) {
    pre.frames++;
    if (getComputedStyle(el).visibility !== 'hidden') pre.shown++;
    const boot = document.getElementById('boot');
    if (boot && getComputedStyle(boot).display !== 'none') pre.boot++;
  }
  requestAnimationFrame(watch);
})();
"#;

#[test]
#[ignore = "needs dist/: run scripts/test.sh"]
fn every_static_page_holds_its_view_and_chart_in_the_html() {
    let pages = static_pages(&BUNDLED);
    assert!(pages.len() > 10, "index.html and an embed page per chart and language: {}", pages.len());
    for page in &pages {
        let file = dist().join(&page.path);
        let html = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let body = &html[html.find("<body>").expect("a body")..];
        let app = &body[body.find("<div id=\"app\">").unwrap_or_else(|| panic!("{}: no rendered view", page.path))..];
        assert!(app.contains("<svg") && app.contains("role=\"img\""), "{}: a chart drawn as SVG", page.path);
        assert!(html.contains(&format!("data-base=\"{}\"", page.base.replace('&', "&amp;"))), "{}", page.path);
        let state = page.own_state();
        if let Some(chart) = &state.chart {
            assert!(app.contains(&format!("data-chart=\"{chart}\"")), "{}: holds its chart", page.path);
            assert_eq!(app.matches("data-testid=\"chart\"").count(), 1, "{}: one chart only", page.path);
            assert!(html.contains("src=\"../loader-"), "{}: loads the app from the folder above", page.path);
        } else {
            assert!(app.contains("data-chart=\"projects-by-status\""), "the landing chart");
            assert!(app.contains("data-testid=\"city-card\""), "the cities");
        }
    }
}

/// Polls `script` every 20 ms until it returns something other than `null`/`false`.
async fn poll(b: &Browser, script: &str) -> Value {
    for _ in 0..500 {
        let value = b.eval(script).await;
        if !matches!(value, Value::Null | Value::Bool(false)) {
            return value;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    panic!("never true: {script}");
}

/// Starts loading `path` (the browser does not wait for the load event) and waits until the new
/// document exists.
async fn open(b: &Browser, server: &StaticServer, path: &str) {
    let target = format!("{}{path}", server.base_url);
    b.goto(&target).await;
    poll(b, &format!("return document.URL === {target:?} && !!window.__pre")).await;
}

/// Every load from the network, as on a first visit: after one page the service worker would
/// serve the held-back wasm from its cache.
async fn bypass_service_worker(b: &Browser) {
    b.cdp("Network.enable", json!({})).await;
    b.cdp("Network.setBypassServiceWorker", json!({ "bypass": true })).await;
}

/// Loads `path` with the wasm held back and the frame watch on; once the app has taken over and
/// shows `until`, returns what the watch saw and the document.
async fn load_slowly(b: &Browser, server: &StaticServer, path: &str, until: &str) -> (Value, Value) {
    open(b, server, path).await;
    poll(b, "return window.__pre.tookOver").await;
    poll(b, &format!("return !!document.querySelector({until:?})")).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let pre = b.eval("const p = window.__pre; return { frames: p.frames, shown: p.shown, boot: p.boot, tookOver: p.tookOver, staleAtInsert: p.staleAtInsert, cls: window.__cls }").await;
    let page = b.eval("return { lang: document.documentElement.lang, title: document.title, html: document.getElementById('app').innerText }").await;
    (pre, page)
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
async fn a_url_for_another_view_never_shows_the_rendered_default() {
    let server = StaticServer::start_with_slow_wasm(&dist(), "/", &csp(), SLOW_WASM);
    let b = Browser::start_without_waiting(360, 800).await;
    bypass_service_worker(&b).await;
    b.cdp("Page.addScriptToEvaluateOnNewDocument", json!({ "source": FRAME_WATCH })).await;
    let cases = [
        ("?lang=en", "[data-testid=city-card]", "The cities"),
        ("?view=about", "[data-testid=nav-about][aria-current=page]", "关于"),
        ("?city=jiaozuo&view=projects", "[data-testid=project-card]", "焦作"),
        ("embed/projects-by-category.html?city=hebi,jiyuan", "[data-chart=projects-by-category] .chart-hit", "鹤壁"),
        ("?embed=1&view=compare&city=hebi,pingdingshan&lang=en", "[data-testid=embed-bar]", "Hebi"),
    ];
    let mut seen = Vec::new();
    for (path, until, text) in cases {
        let (pre, page) = load_slowly(&b, &server, path, until).await;
        seen.push((path, text, pre, page));
    }
    let errors = b.console_errors().await;
    b.close().await;

    for (path, text, pre, page) in seen {
        assert_eq!(pre["staleAtInsert"], true, "{path}: hidden before the view was even parsed: {pre}");
        assert!(pre["frames"].as_u64().unwrap_or(0) >= 5, "{path}: frames were watched while the wasm was held: {pre}");
        assert_eq!(pre["shown"], 0, "{path}: the rendered default was never visible: {pre}");
        assert_eq!(pre["boot"], pre["frames"], "{path}: the loading note held its place in every frame: {pre}");
        assert_eq!(pre["tookOver"], true, "{path}: {pre}");
        assert!(page["html"].as_str().unwrap_or_default().contains(text), "{path}: the asked-for view: {page}");
    }
    assert!(errors.is_empty(), "console errors (CSP included): {errors:#?}");
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
async fn the_landing_view_and_a_chart_embed_are_on_screen_before_the_wasm() {
    let server = StaticServer::start_with_slow_wasm(&dist(), "/", &csp(), SLOW_WASM);
    let b = Browser::start_without_waiting(360, 800).await;
    bypass_service_worker(&b).await;
    b.cdp("Page.addScriptToEvaluateOnNewDocument", json!({ "source": FRAME_WATCH })).await;
    // Read while the wasm is still held back: the chart is there and on screen (above the fold).
    let before_wasm = "const svg = [...document.querySelectorAll('#app [data-testid=chart] svg')].find(s => s.getClientRects().length > 0); \
        const r = svg && svg.getBoundingClientRect(); \
        return { started: !!window.wasmBindings, visible: !!svg && getComputedStyle(document.getElementById('app')).visibility === 'visible', \
                 bottom: r ? r.bottom : -1, height: innerHeight, title: document.title }";
    let mut early = Vec::new();
    for path in ["", "embed/compare-green-coverage-rate.en.html"] {
        open(&b, &server, path).await;
        poll(
            &b,
            "return !!document.querySelector('#app [data-testid=chart] svg') && document.readyState !== 'loading'",
        )
        .await;
        early.push(b.eval(before_wasm).await);
        poll(&b, "return window.__pre.tookOver").await;
        tokio::time::sleep(Duration::from_millis(300)).await;
        let pre = b.eval("const p = window.__pre; return { frames: p.frames, shown: p.shown, tookOver: p.tookOver, cls: window.__cls, shifts: window.__shifts }").await;
        let after = b.eval("return document.querySelectorAll('[data-testid=chart]').length").await;
        early.push(json!({ "pre": pre, "charts_after": after }));
    }
    let errors = b.console_errors().await;
    b.close().await;

    for pair in early.chunks(2) {
        let (now, later) = (&pair[0], &pair[1]);
        assert_eq!(now["started"], false, "read before the app started: {now}");
        assert_eq!(now["visible"], true, "the chart is shown from the HTML: {now}");
        let (bottom, height) = (now["bottom"].as_f64().unwrap_or(-1.0), now["height"].as_f64().unwrap_or(0.0));
        assert!(bottom > 0.0 && bottom <= height, "the chart is above the fold on a 360 × 800 phone: {now}");
        assert_eq!(later["pre"]["shown"], later["pre"]["frames"], "visible in every frame until the app took over");
        assert_eq!(later["pre"]["tookOver"], true);
        assert_eq!(later["pre"]["cls"].as_f64(), Some(0.0), "the app took over without a layout shift: {later}");
        assert!(later["charts_after"].as_u64().unwrap_or(0) >= 1);
    }
    assert!(early[0]["title"].as_str().unwrap_or_default().contains("河南城市更新数据浏览"));
    assert!(early[2]["title"].as_str().unwrap_or_default().starts_with("Green coverage rate"), "{}", early[2]);
    assert!(errors.is_empty(), "console errors: {errors:#?}");
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
async fn without_javascript_the_rendered_view_is_read_as_it_is() {
    let server = StaticServer::start(&dist(), "/");
    let b = Browser::start_without_scripts(360, 800).await;
    b.goto(&server.base_url).await;
    // Scripts are off, so the page is read through WebDriver's own element queries.
    let page = b
        .eval(
            "const shown = s => [...document.querySelectorAll(s)].some(e => e.getClientRects().length > 0); \
             return { chart: shown('#app [data-testid=chart] svg'), cities: document.querySelectorAll('#app [data-testid=city-card]').length, \
                      note: shown('noscript') || document.body.innerText.includes('数据一览页'), nav: shown('.site-header nav'), \
                      dataLink: shown('a[href=\"./data/index.html\"]'), started: !!window.wasmBindings }",
        )
        .await;
    b.close().await;

    assert_eq!(page["chart"], true, "{page}");
    assert_eq!(page["cities"], 4, "{page}");
    assert_eq!(page["dataLink"], true, "the link to the plain data page: {page}");
    assert_eq!(page["nav"], false, "links that need the app are not offered: {page}");
    assert_eq!(page["started"], false);
}
