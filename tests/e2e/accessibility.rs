//! axe-core (npm, installed by scripts/setup.sh) on every view of the release build under the
//! README's strict CSP: each view as a page and as an embed, every single-chart embed (the app's
//! `?embed=1&chart=` and the prerendered `embed/<chart>.html`), and the data page; at 320, 360
//! and 1280 px, in Chinese and English, with large text off and on. The rules: WCAG 2.0, 2.1 and
//! 2.2 at A and AA, and axe's best practices. Any violation fails, listed with where it is.

use super::browser::Browser;
use super::embed::csp;
use super::server::StaticServer;
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::time::Duration;

const WIDTHS: [u32; 3] = [320, 360, 1280];
const HEIGHT: u32 = 900;

fn axe_source() -> String {
    let path = std::env::var("AXE_JS")
        .map(PathBuf::from)
        .unwrap_or_else(|_| Path::new(env!("CARGO_MANIFEST_DIR")).join(".tools/axe/node_modules/axe-core/axe.min.js"));
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e}; run scripts/setup.sh --browser, which installs axe-core", path.display()))
}

/// Runs axe on the page as it is now; returns one line per violation and element.
const RUN_AXE: &str = r#"
const options = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'] },
  resultTypes: ['violations'],
};
return window.axe.run(document, options).then(r => r.violations.flatMap(v =>
  v.nodes.slice(0, 3).map(n => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary.replace(/\s+/g, ' ')}`)));
"#;

/// The chart ids, from the prerendered single-chart pages.
fn chart_ids(dist: &Path) -> Vec<String> {
    let mut ids: Vec<String> = std::fs::read_dir(dist.join("embed"))
        .expect("dist/embed")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter_map(|name| name.strip_suffix(".html").filter(|id| !id.ends_with(".en")).map(str::to_string))
        .collect();
    ids.sort();
    ids
}

/// Every address to check, relative to the explorer's folder.
fn addresses(dist: &Path) -> Vec<String> {
    let views = ["overview", "projects", "figures", "charts", "compare", "promises", "about"];
    let mut pages = Vec::new();
    for lang in ["zh", "en"] {
        for large in [false, true] {
            let mut query = String::new();
            if lang == "en" {
                query.push_str("&lang=en");
            }
            if large {
                query.push_str("&large=1");
            }
            for view in views {
                pages.push(format!("?view={view}{query}"));
                pages.push(format!("?view={view}&embed=1{query}"));
            }
            pages.push(format!("?project=pds25-p001{query}"));
            // A city's page; an empty result that explains itself; a partial one with chips; a
            // one-city comparison.
            pages.push(format!("?city=hebi{query}"));
            pages.push(format!("?view=projects&city=hebi&q=%E8%80%81%E6%97%A7%E5%B0%8F%E5%8C%BA{query}"));
            pages.push(format!("?view=promises&cat=housing&q=%E6%94%B9%E9%80%A0{query}"));
            pages.push(format!("?view=compare&city=hebi{query}"));
            for chart in chart_ids(dist) {
                pages.push(format!("?embed=1&chart={chart}{query}"));
            }
        }
    }
    for chart in chart_ids(dist) {
        pages.push(format!("embed/{chart}.html"));
        pages.push(format!("embed/{chart}.en.html"));
    }
    pages.push("data/index.html".into());
    // The pages the build writes for documents and rows (issue 30), plain HTML: every document
    // and a sample of figures and promises, each language, also at twice the text size (they
    // have no large-text switch: a reader's browser setting does it).
    let mut reading = Vec::new();
    for lang in ["", "en/"] {
        for source in ["pds-report-2025", "jy-plan-2025", "hb-report-2025", "jz-opinions-2024", "pds-press-2024"] {
            reading.push(format!("{lang}sources/{source}.html"));
        }
        for row in ["figures/pds25-f003", "figures/hb25-f001", "figures/pds24-f022", "promises/jy25-c001"] {
            reading.push(format!("{lang}{row}.html"));
        }
    }
    for page in reading {
        // The plain page first: the marked address only moves within it, then enlarges it.
        pages.push(page.clone());
        pages.push(format!("{page}{LARGE_TEXT}"));
    }
    // Arrived at a row's mark: the lit words and the label in their target colours.
    pages.push("sources/hb-report-2025.html#hb25-f001".into());
    pages
}

/// Marks a reading page's address to be checked at twice the text size.
const LARGE_TEXT: &str = "#large-text";

#[tokio::test]
#[ignore = "needs dist/, chromedriver and axe-core: run scripts/test.sh"]
async fn axe_finds_no_violation_on_any_view_width_language_text_size_or_embed() {
    let dist = Path::new(env!("CARGO_MANIFEST_DIR")).join("dist");
    let server = StaticServer::start_with_headers(&dist, "/", &csp());
    let axe = axe_source();
    let b = Browser::start_without_waiting(1280, HEIGHT).await;
    let mut violations = Vec::new();
    let mut runs = 0;
    for address in addresses(&dist) {
        let url = format!("{}{address}", server.base_url);
        b.client.goto(&url).await.expect("navigation");
        // Settled: the app has taken over (no loading note) on the app's pages.
        let settled = "return document.readyState === 'complete' && !document.getElementById('boot')";
        for _ in 0..200 {
            if b.eval(settled).await == Value::Bool(true) {
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        if address.ends_with(LARGE_TEXT) {
            b.eval("document.documentElement.style.fontSize = '200%'; return 0").await;
        }
        // Injected by WebDriver, which the page's CSP does not govern.
        b.eval(&format!("{axe}\n;return 0")).await;
        for width in WIDTHS {
            let metrics = json!({ "width": width, "height": HEIGHT, "deviceScaleFactor": 1, "mobile": false });
            b.cdp("Emulation.setDeviceMetricsOverride", metrics).await;
            // Charts below the fold are drawn as they come near: scroll through, then check all.
            b.eval("window.scrollTo(0, document.body.scrollHeight); return 0").await;
            tokio::time::sleep(Duration::from_millis(150)).await;
            b.eval("window.scrollTo(0, 0); return 0").await;
            let found = b.eval(RUN_AXE).await;
            runs += 1;
            for line in found.as_array().into_iter().flatten() {
                violations.push(format!("{address} at {width} px: {}", line.as_str().unwrap_or_default()));
            }
        }
    }
    // The share panel open, its embed code unfolded, in both languages and text sizes.
    for query in ["", "&lang=en", "&large=1", "&lang=en&large=1"] {
        let url = format!("{}?view=projects&city=hebi&q=%E5%85%AC%E5%9B%AD{query}", server.base_url);
        b.client.goto(&url).await.expect("navigation");
        for _ in 0..200 {
            if b.eval("return !document.getElementById('boot')").await == Value::Bool(true) {
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        b.eval("document.querySelector('main > details.share').open = true; return 0").await;
        tokio::time::sleep(Duration::from_millis(300)).await;
        b.eval("document.querySelector('details.embed-code').open = true; return 0").await;
        b.eval(&format!("{axe}\n;return 0")).await;
        for width in WIDTHS {
            let metrics = json!({ "width": width, "height": HEIGHT, "deviceScaleFactor": 1, "mobile": false });
            b.cdp("Emulation.setDeviceMetricsOverride", metrics).await;
            let found = b.eval(RUN_AXE).await;
            runs += 1;
            for line in found.as_array().into_iter().flatten() {
                violations.push(format!("share panel{query} at {width} px: {}", line.as_str().unwrap_or_default()));
            }
        }
    }
    // The checker itself works: a picture without a text alternative on the last page is found.
    b.eval("const i = document.createElement('img'); i.src = 'data:,'; document.body.append(i); return 0").await;
    let planted = b.eval(RUN_AXE).await;
    let errors = b.console_errors().await;
    b.close().await;
    let planted: Vec<&str> = planted.as_array().into_iter().flatten().filter_map(Value::as_str).collect();
    assert!(planted.iter().any(|v| v.starts_with("image-alt")), "axe reports a planted fault: {planted:?}");
    eprintln!("axe: {runs} runs, {} violations", violations.len());
    assert!(runs >= 400, "the whole matrix ran: {runs} runs");
    assert!(violations.is_empty(), "{} violations:\n{}", violations.len(), violations.join("\n"));
    assert!(errors.is_empty(), "console errors: {errors:#?}");
}
