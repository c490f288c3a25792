//! Nothing left hanging (issue 27): a folder address keeps its reader on the same site, and a
//! start ends one way or the other — the app takes over, or the page says it could not, names
//! what it shows instead of what was asked, and links the data — whether the app's download is
//! missing, cut, stalled, or the browser has no WebAssembly, or a step of the take-over fails.

use super::browser::Browser;
use super::server::{Options, StaticServer, Wasm};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

fn dist() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("dist")
}

fn serve(options: Options) -> StaticServer {
    StaticServer::start_with(&dist(), "/", options)
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
async fn a_path_that_looks_like_another_site_keeps_the_reader_on_this_one() {
    // A host that answers unknown paths with index.html, as many do for single-page apps.
    let server = serve(Options { fallback_to_index: true, ..Options::default() });
    let origin = server.base_url.trim_end_matches('/').to_string();
    let b = Browser::start_without_waiting(1000, 800).await;
    let mut landed = Vec::new();
    for path in ["//evil.example/x", "/\\evil.example/x"] {
        b.goto(&format!("{origin}{path}")).await;
        // The page's first script adds the slash; wait until it has.
        let url = b.wait_for_url(|u| u.ends_with('/') || !u.starts_with(&origin)).await;
        landed.push((path, url));
    }
    b.close().await;
    for (path, url) in landed {
        assert!(url.starts_with(&format!("{origin}/")), "{path} led to {url}, off {origin}");
        assert!(url.ends_with('/'), "{path}: the slash was added: {url}");
    }
}

/// What a reader sees once the start has ended: the class on `<html>`, whether the page's own
/// view and the notice are on screen, the notice's parts, and the navigation.
const OUTCOME: &str = "const shown = s => [...document.querySelectorAll(s)].some(e => e.checkVisibility({ visibilityProperty: true }) && e.getClientRects().length > 0); \
    const r = document.documentElement.classList; \
    return { failed: r.contains('failed'), running: r.contains('running'), stale: r.contains('stale'), \
             view: shown('#app'), notice: shown('#load-failed'), boot: shown('#boot'), \
             ownLink: [...document.querySelectorAll('#load-failed .if-stale a[href=\"?\"]')].filter(a => a.checkVisibility()).map(a => a.textContent), \
             dataLink: shown('#load-failed a[href$=\"data/index.html\"]'), \
             zh: shown('#load-failed p[lang=zh-CN]'), en: shown('#load-failed p[lang=en]'), \
             nav: shown('.site-header nav') }";

/// Waits (up to `limit`) until the start has ended, and reads what the reader sees.
async fn outcome(b: &Browser, limit: Duration) -> (Value, Duration) {
    let started = Instant::now();
    let ended = "const r = document.documentElement.classList; return r.contains('failed') || r.contains('running')";
    while started.elapsed() < limit && b.eval(ended).await != Value::Bool(true) {
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    (b.eval(OUTCOME).await, started.elapsed())
}

/// Addresses that ask for what their file does not hold, and the name of what the file holds.
const STALE: [(&str, &str, &str); 4] = [
    ("projects/hebi/?cat=greening", "项目 · 鹤壁", "Projects · Hebi"),
    ("embed/projects-by-status.html?city=hebi", "", ""),
    ("compare/?city=hebi,jiyuan&embed=1&lang=en", "城市对比 · 全部城市", "Compare · all cities"),
    ("?q=%E5%85%AC%E5%9B%AD", "概览 · 全部城市", "Overview · all cities"),
];

fn check_failed(what: &str, page: &Value, stale: bool, names: (&str, &str)) {
    assert_eq!(page["failed"], true, "{what}: {page}");
    assert_eq!(page["running"], false, "{what}: one outcome: {page}");
    assert_eq!(page["notice"], true, "{what}: a notice says the app could not start: {page}");
    assert_eq!(page["dataLink"], true, "{what}: with a link to the data page: {page}");
    assert_eq!(page["boot"], false, "{what}: no endless loading note: {page}");
    // The navigation's links are pages of their own; a page that hides its view hides it too.
    assert_eq!(page["nav"], !stale, "{what}: the navigation to other pages: {page}");
    if stale {
        assert_eq!(page["view"], false, "{what}: the page's own view would pass for what was asked: {page}");
        assert_eq!(
            (page["zh"].clone(), page["en"].clone()),
            (json!(true), json!(true)),
            "{what}: both languages: {page}"
        );
        let links: Vec<&str> = page["ownLink"].as_array().into_iter().flatten().filter_map(Value::as_str).collect();
        assert_eq!(links.len(), 2, "{what}: the page's own view is named and linked in both languages: {page}");
        if !names.0.is_empty() {
            assert_eq!(links, [names.0, names.1], "{what}: {page}");
        }
    } else {
        assert_eq!(page["view"], true, "{what}: the page's own view stays readable: {page}");
        assert_eq!(page["ownLink"], json!([]), "{what}: {page}");
    }
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
async fn a_missing_cut_or_unrunnable_app_ends_in_a_notice_that_says_what_is_shown() {
    let mut seen = Vec::new();
    for (wasm, no_webassembly) in [(Wasm::Missing, false), (Wasm::Cut, false), (Wasm::Served, true)] {
        let server = serve(Options { wasm, ..Options::default() });
        let b = Browser::start_without_waiting(360, 800).await;
        if no_webassembly {
            b.cdp("Page.addScriptToEvaluateOnNewDocument", json!({ "source": "delete window.WebAssembly;" })).await;
        }
        b.goto(&server.base_url).await;
        seen.push((
            format!("{wasm:?} {no_webassembly}: landing"),
            outcome(&b, Duration::from_secs(15)).await.0,
            false,
            ("", ""),
        ));
        for (query, zh, en) in STALE {
            b.goto(&format!("{}{query}", server.base_url)).await;
            let page = outcome(&b, Duration::from_secs(15)).await.0;
            seen.push((format!("{wasm:?} {no_webassembly}: {query}"), page, true, (zh, en)));
        }
        b.close().await;
    }
    for (what, page, stale, names) in &seen {
        check_failed(what, page, *stale, *names);
    }
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
async fn a_download_that_stalls_fails_the_start_within_its_patience() {
    let server = serve(Options { wasm: Wasm::Stalled, ..Options::default() });
    let b = Browser::start_without_waiting(360, 800).await;
    b.goto(&format!("{}charts/?city=hebi,jiyuan", server.base_url)).await;
    let (stale, stale_after) = outcome(&b, Duration::from_secs(25)).await;
    b.goto(&server.base_url).await;
    let (own, own_after) = outcome(&b, Duration::from_secs(25)).await;
    b.close().await;
    check_failed("stalled, charts/?city=hebi,jiyuan", &stale, true, ("图表 · 全部城市", "Charts · all cities"));
    check_failed("stalled, landing", &own, false, ("", ""));
    // The loader's patience is 8 s without progress (tools/publish/src/loader.rs).
    for after in [stale_after, own_after] {
        assert!(after >= Duration::from_secs(7) && after < Duration::from_secs(15), "failed after {after:?}");
    }
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
async fn a_step_of_the_take_over_that_fails_fails_the_start() {
    // Each way a step can break, set up before the page's own scripts run.
    let breaks = [
        ("the app's element cannot be made", "const make = Document.prototype.createElement; Document.prototype.createElement = function (tag, ...rest) { if (tag === 'div') throw new Error('refused'); return make.call(this, tag, ...rest); };"),
        ("an exception in a task", "addEventListener('TrunkApplicationStarted', () => { Document.prototype.createTextNode = () => { throw new Error('refused'); }; });"),
        ("the swap is refused", "Element.prototype.before = function () { throw new Error('refused'); };"),
    ];
    let server = serve(Options::default());
    let mut seen = Vec::new();
    for (what, script) in breaks {
        for query in ["", "projects/hebi/?status=planned"] {
            let b = Browser::start_without_waiting(360, 800).await;
            b.cdp("Page.addScriptToEvaluateOnNewDocument", json!({ "source": script })).await;
            b.goto(&format!("{}{query}", server.base_url)).await;
            let (page, after) = outcome(&b, Duration::from_secs(15)).await;
            b.close().await;
            seen.push((format!("{what} {query}"), page, !query.is_empty(), after));
        }
    }
    for (what, page, stale, after) in &seen {
        check_failed(what, page, *stale, ("项目 · 鹤壁", "Projects · Hebi"));
        assert!(*after < Duration::from_secs(5), "{what}: said at once, not after a wait: {after:?}");
    }
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
async fn a_start_that_succeeds_is_marked_running_and_never_failed() {
    let server = serve(Options::default());
    let b = Browser::start_without_waiting(360, 800).await;
    let mut seen = Vec::new();
    for query in ["", "en/charts/", "projects/hebi/?status=planned", "embed/projects-by-status.html?city=hebi"] {
        b.goto(&format!("{}{query}", server.base_url)).await;
        let (page, _) = outcome(&b, Duration::from_secs(15)).await;
        // Well past the loader's patience: the outcome stays as it was.
        tokio::time::sleep(Duration::from_secs(9)).await;
        seen.push((query, page, b.eval(OUTCOME).await));
    }
    let errors = b.console_errors().await;
    b.close().await;
    for (query, page, later) in seen {
        assert_eq!((page["running"].clone(), page["failed"].clone()), (json!(true), json!(false)), "{query}: {page}");
        assert_eq!(page, later, "{query}: the outcome holds");
        assert_eq!((page["view"].clone(), page["notice"].clone()), (json!(true), json!(false)), "{query}: {page}");
    }
    assert!(errors.is_empty(), "console errors: {errors:#?}");
}
