//! Every address the explorer hands out is a page that holds its view in the HTML (rendered by
//! the build with the app's components), on screen before the wasm, and the app shows the same
//! text when it takes over, without a layout shift; an old query address goes to its page before
//! the first paint; an address that asks for more than its page holds never shows the page's own
//! view, not even for a frame.

use super::browser::Browser;
use super::embed::csp;
use super::server::StaticServer;
use renewal_explorer::core::dataset::data;
use renewal_explorer::core::page::{static_pages, PageKind};
use renewal_explorer::core::url_state::View;
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
  // The app hides the rendered copy in the task it swaps its own in, and removes it a task later.
  if (el && (!el.isConnected || el.hidden)) { pre.tookOver = true; return; }
  // A frame counts once the view's first part has arrived (the HTML may still be coming in).
  const view = el && el.querySelector('#main') ? [...el.querySelector('#main').children].filter(c => c.id !== 'boot') : [];
  if (view.length) {
    pre.frames++;
    if (view.some(c => c.checkVisibility({ visibilityProperty: true }))) pre.shown++;
    const boot = document.getElementById('boot');
    if (boot && getComputedStyle(boot).display !== 'none') pre.boot++;
  }
  requestAnimationFrame(watch);
})();
"#;

/// What the rendered view of a page must hold (a `data-testid` or attribute in its markup).
fn marker(page: &renewal_explorer::core::page::Page) -> String {
    match &page.kind {
        PageKind::Chart(chart) => format!("data-chart=\"{chart}\""),
        PageKind::Project(_) => "data-testid=\"project-detail\"".into(),
        PageKind::View { view, .. } => match view {
            View::Overview => "data-testid=\"city-card\"".into(),
            View::Projects => "data-testid=\"project-card\"".into(),
            View::Figures => "data-testid=\"figure-table\"".into(),
            View::Charts => "data-testid=\"chart\"".into(),
            // One city reports no metric together with another.
            View::Compare => "data-testid=\"chart\"|data-testid=\"empty-result\"".into(),
            View::Promises => "data-testid=\"deadline-group\"".into(),
            View::About => "data-testid=\"dataset-counts\"".into(),
        },
    }
}

#[test]
#[ignore = "needs dist/: run scripts/test.sh"]
fn every_page_holds_its_view_title_and_descriptions_in_the_html() {
    let pages = static_pages(data());
    for page in &pages {
        let path = page.path();
        let file = dist().join(&path);
        let html = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let head = &html[..html.find("<body>").expect("a body")];
        let body = &html[html.find("<body>").expect("a body")..];
        let app = &body[body.find("<div id=\"app\">").unwrap_or_else(|| panic!("{path}: no rendered view"))..];
        assert!(marker(page).split('|').any(|m| app.contains(m)), "{path}: holds its view ({})", marker(page));
        let own = page.own_state();
        let lang = own.lang.html_lang();
        assert!(
            html.contains(&format!("<html lang=\"{lang}\""))
                && html.contains(&format!("data-page=\"{}\"", page.address())),
            "{path}: its language and address"
        );
        assert!(
            head.contains(&format!("data-root=\"{}\"", page.root()))
                || html.contains(&format!("data-root=\"{}\"", page.root()))
        );
        let title = renewal_explorer::core::page::document_title(data(), &own);
        let title = renewal_explorer::core::markup::escape(&title);
        assert!(head.contains(&format!("<title>{title}</title>")), "{path}: its title");
        assert!(head.contains(&format!("property=\"og:title\" content=\"{title}\"")), "{path}: og:title");
        let locale = if own.lang == renewal_explorer::core::model::Lang::En { "en_US" } else { "zh_CN" };
        assert!(head.contains(&format!("property=\"og:locale\" content=\"{locale}\"")), "{path}: og:locale");
        let description = renewal_explorer::core::page::page_description(data(), page);
        let description = renewal_explorer::core::markup::escape(&description);
        assert!(head.contains(&format!("name=\"description\" content=\"{description}\"")), "{path}: description");
        // Assets come from the explorer's folder, however deep the page sits.
        let folder = if page.root().is_empty() { "./".to_string() } else { page.root() };
        assert!(head.contains(&format!("src=\"{folder}loader-")), "{path}: loads the app from its folder");
        if let PageKind::Chart(_) = page.kind {
            assert_eq!(app.matches("data-testid=\"chart\"").count(), 1, "{path}: one chart only");
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
async fn an_address_that_asks_for_more_than_its_page_never_shows_the_page_s_own_view() {
    let server = StaticServer::start_with_slow_wasm(&dist(), "/", &csp(), SLOW_WASM);
    let b = Browser::start_without_waiting(360, 800).await;
    bypass_service_worker(&b).await;
    b.cdp("Page.addScriptToEvaluateOnNewDocument", json!({ "source": FRAME_WATCH })).await;
    let cases = [
        ("projects/jiaozuo/?cat=greening", "[data-testid=project-card]", "焦作"),
        ("en/charts/?city=hebi,jiyuan", "[data-testid=chart]", "Hebi"),
        ("embed/projects-by-category.html?city=hebi,jiyuan", "[data-chart=projects-by-category] .chart-hit", "鹤壁"),
        ("compare/?embed=1&city=hebi,pingdingshan&lang=en", "[data-testid=embed-bar]", "Hebi"),
        ("about/?lang=en", "[data-testid=nav-about][aria-current=page]", "About"),
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
        assert_eq!(pre["shown"], 0, "{path}: the page's own view was never visible: {pre}");
        assert_eq!(pre["boot"], pre["frames"], "{path}: the loading note held its place in every frame: {pre}");
        assert_eq!(pre["tookOver"], true, "{path}: {pre}");
        assert!(page["html"].as_str().unwrap_or_default().contains(text), "{path}: the asked-for view: {page}");
    }
    assert!(errors.is_empty(), "console errors (CSP included): {errors:#?}");
}

/// The text a reader sees in the view (`#main`), charts' drawings left out (the app draws a
/// chart far below the fold only when the reader comes near it), and a quote's English inside its
/// closed disclosure left out too: the build writes it into the page, the app fills it when the
/// reader opens it (not part of the app's first download; `src/texts.rs`, tested in
/// `explorer.rs`).
const VIEW_TEXT: &str = "const main = document.querySelector('#main'); if (!main) return ''; \
    const copy = main.cloneNode(true); copy.querySelectorAll('svg, #boot, .chart-svg, .chart-hit, [data-quote-en]').forEach(e => e.remove()); \
    return copy.textContent.replace(/\\s+/g, '')";

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
async fn every_view_in_either_language_and_a_city_s_views_paint_from_the_html_then_the_app_says_the_same() {
    let server = StaticServer::start_with_slow_wasm(&dist(), "/", &csp(), SLOW_WASM);
    let b = Browser::start_without_waiting(1280, 900).await;
    bypass_service_worker(&b).await;
    b.cdp("Page.addScriptToEvaluateOnNewDocument", json!({ "source": FRAME_WATCH })).await;
    let pages: Vec<_> = static_pages(data())
        .into_iter()
        .filter(|p| match &p.kind {
            PageKind::View { city: None, .. } => true,
            PageKind::View { city: Some(c), view } => c.id() == "hebi" || (c.id() == "jiyuan" && *view == View::Charts),
            PageKind::Project(id) => id == "pds25-p001",
            PageKind::Chart(id) => id == "projects-by-status",
        })
        .collect();
    let mut seen = Vec::new();
    for page in &pages {
        let path = page.address();
        open(&b, &server, &path).await;
        poll(&b, "return document.readyState !== 'loading'").await;
        let before = b.eval(&format!("return {{ started: !!window.wasmBindings, stale: document.documentElement.classList.contains('stale'), text: (() => {{ {VIEW_TEXT} }})() }}")).await;
        poll(&b, "return window.__pre.tookOver").await;
        tokio::time::sleep(Duration::from_millis(300)).await;
        let after = b.eval(VIEW_TEXT).await;
        let pre = b.eval(TAKE_OVER_SHIFTS).await;
        seen.push((path, before, after, pre));
    }
    let errors = b.console_errors().await;
    b.close().await;

    assert!(seen.len() >= 28 + 2, "{} pages", seen.len());
    for (path, before, after, pre) in seen {
        assert_eq!(
            (before["started"].clone(), before["stale"].clone()),
            (json!(false), json!(false)),
            "{path}: {before}"
        );
        assert!(before["text"].as_str().is_some_and(|t| t.len() > 20), "{path}: the view is in the HTML: {before}");
        assert_eq!(before["text"], after, "{path}: the app shows the same text as the HTML");
        assert_eq!(pre["shown"], pre["frames"], "{path}: the view was on screen in every frame: {pre}");
        assert_eq!(pre["takeOver"].as_f64(), Some(0.0), "{path}: no layout shift from the take-over on: {pre}");
        // Before the app is there, headless Chromium sometimes moves a line once at ≈ 100 ms
        // (a header button, a filter chip, a table header: 0.0001–0.0023, in about one run of
        // three over these 30 pages since the rows became markup; cause not found, tracked in
        // the closing note of issue 29). Far below what a reader notices (0.1 is "good"); a
        // page that jumps as it loads still fails.
        assert!(pre["cls"].as_f64().is_some_and(|cls| cls < 0.01), "{path}: nothing moves while the page loads: {pre}");
    }
    assert!(errors.is_empty(), "console errors: {errors:#?}");
}

/// The frame watch's counts, and the layout shifts from the take-over's first task on. While the
/// HTML is read, before any wasm (held back here), Chromium has been seen to shift a line by a
/// pixel in about one load of fifty (≈ 0.00001, no source node, 60–90 ms in, seen on Charts
/// pages; the app is not there yet); the app's take-over must move nothing at all.
const TAKE_OVER_SHIFTS: &str = "const p = window.__pre; \
    const first = performance.getEntriesByType('mark').find(m => m.name.startsWith('renewal-explorer:')); \
    const from = first ? first.startTime : 0; \
    const takeOver = window.__shifts.filter(s => s.at >= from).reduce((sum, s) => sum + s.value, 0); \
    return { frames: p.frames, shown: p.shown, cls: window.__cls, takeOver, shifts: window.__shifts }";

/// The take-over builds the charts a card per task (no one task long enough to hold up a tap),
/// and every long view's lists before its one swap, and then removes the copy the build rendered.
#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
async fn a_long_view_is_built_over_several_tasks_then_swapped_in_once_and_the_rendered_copy_leaves() {
    let server = StaticServer::start_with_slow_wasm(&dist(), "/", &csp(), Duration::ZERO);
    let b = Browser::start_without_waiting(1280, 900).await;
    bypass_service_worker(&b).await;
    b.cdp("Page.addScriptToEvaluateOnNewDocument", json!({ "source": FRAME_WATCH })).await;
    let mut seen = Vec::new();
    for path in ["charts/", "figures/", "en/projects/", "promises/"] {
        open(&b, &server, path).await;
        poll(&b, "return document.documentElement.classList.contains('running') && !document.getElementById('boot')")
            .await;
        let page = b
            .eval(
                "return { marks: performance.getEntriesByType('mark').map(m => m.name.replace('renewal-explorer: ', '')), \
                 apps: document.querySelectorAll('#app, #app-prerendered').length, mains: document.querySelectorAll('main').length, \
                 cards: document.querySelectorAll('#app [data-testid=chart], #app [data-testid=project-card], #app .figure-table tbody tr, #app [data-testid=deadline-group] .figure-item').length }",
            )
            .await;
        seen.push((path, page));
    }
    let errors = b.console_errors().await;
    b.close().await;
    for (path, page) in seen {
        let marks: Vec<&str> = page["marks"].as_array().expect("marks").iter().filter_map(Value::as_str).collect();
        let stages = marks.iter().filter(|m| m.starts_with("stage ")).count();
        let cards = page["cards"].as_u64().expect("a count") as usize;
        let swapped = marks.iter().position(|m| *m == "swapped in").expect("swapped in");
        assert!(marks.iter().filter(|m| **m == "swapped in").count() == 1, "{path}: {page}");
        if path == "charts/" {
            // One chart per stage: the charts cannot have been built in one task.
            assert!(stages >= 3 && stages >= cards, "{path}: {stages} stages for {cards} charts: {page}");
            let last_stage = marks.iter().rposition(|m| m.starts_with("stage ")).expect("a stage");
            assert!(last_stage < swapped, "{path}: {page}");
        } else {
            // Rows are markup from the core, set in one go (no element tree to build per row).
            assert!(cards >= 10, "{path}: the list is there: {page}");
        }
        assert_eq!(
            (page["apps"].clone(), page["mains"].clone()),
            (json!(1), json!(1)),
            "{path}: one page left: {page}"
        );
    }
    assert!(errors.is_empty(), "console errors: {errors:#?}");
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
async fn an_old_query_address_goes_to_its_page_before_the_first_paint() {
    let server = StaticServer::start_with_slow_wasm(&dist(), "/", &csp(), SLOW_WASM);
    let b = Browser::start_without_waiting(360, 800).await;
    bypass_service_worker(&b).await;
    let cases = [
        ("?view=charts&city=hebi&lang=en", "en/charts/hebi/", "Charts"),
        ("?lang=en", "en/", "The cities"),
        ("?view=projects&city=jiyuan&cat=greening#main", "projects/jiyuan/?cat=greening#main", "济源"),
        ("?city=hebi", "hebi/", "鹤壁"),
        ("?view=compare&city=hebi,jiyuan&embed=1", "compare/?city=hebi,jiyuan&embed=1", "鹤壁"),
        ("?view=bogus&lang=en", "en/?view=bogus", "The cities"),
    ];
    let mut seen = Vec::new();
    for (old, new, text) in cases {
        b.goto(&format!("{}{old}", server.base_url)).await;
        let want = format!("{}{new}", server.base_url);
        let url = b.wait_for_url(|u| u == want).await;
        // Before the wasm has arrived: the page that holds the view is on screen.
        poll(&b, "return document.readyState !== 'loading' && !!document.getElementById('main')").await;
        let early =
            b.eval("return { started: !!window.wasmBindings, text: document.getElementById('main').innerText }").await;
        seen.push((old, want, url, text, early));
    }
    b.close().await;
    for (old, want, url, text, early) in seen {
        assert_eq!(url, want, "{old} went to its page");
        assert_eq!(early["started"], false, "{old}: read before the app ran: {early}");
        if !want.contains('?') {
            assert!(early["text"].as_str().unwrap_or_default().contains(text), "{old}: painted from the HTML: {early}");
        }
    }
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
    assert_eq!(page["nav"], true, "the navigation's links are pages that work without the app: {page}");
    assert_eq!(page["started"], false);
}
