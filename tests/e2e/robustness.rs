//! Hostile links and a long random session: the page keeps working, says what it dropped,
//! injects nothing, logs no error, and its memory does not grow without bound.

use super::browser::Browser;
use super::serve_dist;
use std::time::Instant;

/// Links a resident or an attacker might paste, what they are, and whether part must be dropped
/// (markup in the search box is a legitimate search for that text: kept, shown as text).
const HOSTILE: &[(&str, &str, bool)] = &[
    ("?q=%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E&view=projects", "script in the search", false),
    ("?q=%3Cimg%20src%3Dx%20onerror%3D%22window.__pwned%3D1%22%3E&view=figures", "onerror in the search", false),
    ("?city=%FF%FE&cat=%E5%85&view=%&lang=en", "bad UTF-8 and a lone %", true),
    ("?%3Cb%3E=%3Ci%3E&__proto__=1&constructor=x&view=charts", "unknown and tricky keys", true),
    ("?project=%22%3E%3Csvg%20onload%3Dwindow.__pwned%3D1%3E&view=projects", "markup as a project id", true),
];

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
async fn hostile_urls_render_with_a_notice_and_inject_nothing() {
    let server = serve_dist("/");
    let b = Browser::start(1280, 900).await;
    let mut failures = Vec::new();
    let long = format!("?q={}&view=projects&{}", "公".repeat(3000), "x=1&".repeat(2000));
    let cases: Vec<(String, &str, bool)> = HOSTILE
        .iter()
        .map(|(q, what, drops)| (q.to_string(), *what, *drops))
        .chain([(long, "a very long link", true)])
        .collect();
    for (query, what, drops) in &cases {
        b.goto(&format!("{}{query}", server.base_url)).await;
        let rendered = b.wait_for_count("[data-testid=main] > *", 1).await;
        let notice = if *drops { b.wait_for_count("[data-testid=url-notice]", 1).await } else { 1 };
        let pwned = b.eval("return window.__pwned === 1").await;
        let scripts =
            b.eval("return document.querySelectorAll('body script, main img, main svg[onload]').length").await;
        if rendered == 0 || notice == 0 || pwned == true || scripts != 0 {
            failures.push(format!("{what}: rendered={rendered} notice={notice} pwned={pwned} injected={scripts}"));
        }
    }
    let errors = b.console_errors().await;
    b.close().await;
    assert!(failures.is_empty(), "{failures:#?}");
    assert!(errors.is_empty(), "console errors: {errors:#?}");
}

/// A small deterministic generator, so a failing run can be replayed.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 33) % n as u64) as usize
    }
}

const ACTIONS: &[&str] = &[
    "[data-testid=nav-overview]",
    "[data-testid=nav-projects]",
    "[data-testid=nav-figures]",
    "[data-testid=nav-charts]",
    "[data-testid=nav-compare]",
    "[data-testid=nav-promises]",
    "[data-testid=nav-about]",
    // Not the language switch: it loads the other language's page (a new app, fresh memory).
    "[data-testid=city-pingdingshan] input",
    "[data-testid=city-jiyuan] input",
    "[data-testid=city-hebi] input",
    "[data-testid=city-jiaozuo] input",
    "[data-testid=cat-greening]",
    "[data-testid=cat-transport]",
    "[data-testid=cat-housing]",
    "[data-testid=kind-target] input",
    "[data-testid=status-completed] input",
    "[data-testid=sort-value]",
    "[data-testid=project-link]",
    "[data-testid=clear-all]",
];

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
async fn soak_500_random_changes_without_errors_or_runaway_memory() {
    let server = serve_dist("/");
    let b = Browser::start(1280, 900).await;
    b.goto(&server.base_url).await;
    b.wait_for_count("[data-testid=city-card]", 4).await;
    let heap = "if (window.gc) gc(); return performance.memory ? performance.memory.usedJSHeapSize : 0";
    let start_heap = b.eval(heap).await.as_f64().unwrap_or(0.0);
    let mut rng = Lcg(20261123);
    let started = Instant::now();
    let mut done = 0;
    let mut heaps = Vec::new();
    while done < 500 {
        let selector = ACTIONS[rng.below(ACTIONS.len())];
        // Only controls of the current view exist; the script clicks the first one if present.
        let clicked = b
            .eval(&format!(
                "const e = document.querySelector({selector:?}); if (!e || e.disabled) return false; e.click(); return true"
            ))
            .await;
        if clicked == true {
            done += 1;
            if done % 100 == 0 {
                heaps.push(b.eval(heap).await.as_f64().unwrap_or(0.0));
            }
        }
    }
    let end_heap = b.eval(heap).await.as_f64().unwrap_or(0.0);
    let alive = b.wait_for_count("[data-testid=main] > *", 1).await;
    let errors = b.console_errors().await;
    b.close().await;

    eprintln!(
        "soak: {done} changes in {:.1} s; JS heap start {:.1} MB, every 100: {:?} MB, end {:.1} MB",
        started.elapsed().as_secs_f64(),
        start_heap / 1e6,
        heaps.iter().map(|h| (h / 1e5).round() / 10.0).collect::<Vec<_>>(),
        end_heap / 1e6
    );
    assert!(alive > 0, "the page still renders");
    assert!(errors.is_empty(), "console errors: {errors:#?}");
    assert!(start_heap > 0.0, "performance.memory is available (--enable-precise-memory-info)");
    // Bounded: after warm-up the heap must not keep climbing (allow 2x the first sample + 8 MB).
    let first = heaps.first().copied().unwrap_or(start_heap);
    assert!(end_heap < first * 2.0 + 8e6, "heap grew from {first} to {end_heap}");
}

/// Before the page's scripts: keeps the app's wasm exports, to read its memory.
const KEEP_WASM: &str = "addEventListener('TrunkApplicationStarted', e => { window.__wasm = e.detail.wasm; });";
const WASM_MEMORY: &str = "return window.__wasm ? window.__wasm.memory.buffer.byteLength : 0";

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
async fn the_wasm_memory_stays_flat_over_600_filter_toggles_and_view_changes() {
    let server = serve_dist("/");
    let b = Browser::start(1280, 900).await;
    b.cdp("Page.addScriptToEvaluateOnNewDocument", serde_json::json!({ "source": KEEP_WASM })).await;
    b.goto(&format!("{}?view=projects", server.base_url)).await;
    b.wait_for_count("[data-testid=project-card]", 1).await;
    let start = b.eval(WASM_MEMORY).await.as_f64().unwrap_or(0.0);
    // A resident flicking one city on and off: the list of cards is rebuilt every time.
    for _ in 0..600 {
        b.eval("document.querySelector('[data-testid=city-hebi] input').click(); return 0").await;
    }
    let cards = b.wait_for_count("[data-testid=project-card]", 1).await;
    let after_toggles = b.eval(WASM_MEMORY).await.as_f64().unwrap_or(0.0);
    // Then every view in turn, and a filter in each, 600 steps.
    let steps = [
        "[data-testid=nav-figures]",
        "[data-testid=city-hebi] input",
        "[data-testid=nav-charts]",
        "[data-testid=city-jiyuan] input",
        "[data-testid=nav-promises]",
        "[data-testid=nav-compare]",
        // Not the language switch: it loads the other language's page (a new app, fresh memory).
        "[data-testid=large-text]",
        "[data-testid=nav-projects]",
        "[data-testid=nav-overview]",
        "[data-testid=nav-about]",
    ];
    let mut warm = 0.0;
    for i in 0..600 {
        let selector = steps[i % steps.len()];
        b.eval(&format!("const e = document.querySelector({selector:?}); if (e) e.click(); return 0")).await;
        if i == steps.len() * 2 {
            warm = b.eval(WASM_MEMORY).await.as_f64().unwrap_or(0.0);
        }
    }
    let alive = b.wait_for_count("[data-testid=main] > *", 1).await;
    let end = b.eval(WASM_MEMORY).await.as_f64().unwrap_or(0.0);
    let errors = b.console_errors().await;
    b.close().await;

    eprintln!(
        "wasm memory: {:.2} MB at start, {:.2} MB after 600 toggles; {:.2} MB after two rounds of views, {:.2} MB after 600 steps",
        start / 1e6, after_toggles / 1e6, warm / 1e6, end / 1e6
    );
    assert!(start > 0.0, "the wasm's memory is read");
    assert!(cards > 0 && alive > 0, "the page still works");
    assert!(after_toggles - start < 2e6, "600 toggles grew the wasm memory from {start} to {after_toggles}");
    assert!(end - warm < 2e6, "600 view changes grew the wasm memory from {warm} to {end}");
    assert!(errors.is_empty(), "console errors: {errors:#?}");
}
