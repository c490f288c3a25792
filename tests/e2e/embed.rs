//! Embedding and hosting: a news page (another origin) embeds two explorer iframes with
//! embed.js and both take their content's height; a single-chart embed; the app under the
//! Content-Security-Policy the build writes into `dist/_headers`.

use super::browser::Browser;
use super::serve_dist;
use super::server::StaticServer;
use harness::Locator;

/// The policy the build tells hosts to send (`dist/_headers`, with the hashes of the pages' inline
/// script and stylesheet).
pub fn csp() -> String {
    let headers = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("dist/_headers");
    let text = std::fs::read_to_string(&headers).expect("dist/_headers, written by the build");
    let policy = text.lines().find_map(|l| l.trim().strip_prefix("Content-Security-Policy: "));
    format!("Content-Security-Policy: {}", policy.expect("the build states a CSP"))
}

fn host_page(explorer: &str) -> String {
    format!(
        r#"<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>News</title></head><body>
<h1>City renewal in Henan</h1><p>Article text before the embed.</p>
<iframe id="view" src="{explorer}?view=compare&amp;embed=1" title="Explorer" data-renewal-explorer loading="lazy" width="100%" height="820" style="border:0"></iframe>
<p>More article text.</p>
<iframe id="chart" src="{explorer}?embed=1&amp;chart=projects-by-category&amp;lang=en" title="Chart" data-renewal-explorer loading="lazy" width="100%" height="560" style="border:0"></iframe>
<script src="{explorer}embed.js" async></script>
</body></html>"#
    )
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
async fn host_page_iframes_resize_to_their_content() {
    let explorer = serve_dist("/news/2026/renewal/");
    let host_dir = std::env::temp_dir().join(format!("renewal-host-{}", std::process::id()));
    std::fs::create_dir_all(&host_dir).expect("host dir");
    std::fs::write(host_dir.join("index.html"), host_page(&explorer.base_url)).expect("host page");
    let host = StaticServer::start(&host_dir, "/");
    let b = Browser::start(1000, 1000).await;
    b.goto(&host.base_url).await;
    let height = |id: &str| format!("return parseFloat(document.getElementById('{id}').style.height) || 0");
    let mut heights = (0.0, 0.0);
    for _ in 0..200 {
        // A reader scrolls down the article; the lazy frames load as they come near.
        b.eval("document.getElementById('chart').scrollIntoView(); return 0").await;
        heights = (
            b.eval(&height("view")).await.as_f64().unwrap_or(0.0),
            b.eval(&height("chart")).await.as_f64().unwrap_or(0.0),
        );
        if heights.0 > 0.0 && heights.1 > 0.0 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    // Inside the chart frame, once the app runs it: one chart, no site header, the source line.
    let frame = b.client.find(Locator::Css("#chart")).await.expect("chart iframe");
    frame.enter_frame().await.expect("enter frame");
    b.wait_for_count("#boot", 0).await;
    let charts = b.wait_for_count("[data-testid=chart]", 1).await;
    let inner = b.eval("return Math.ceil(document.documentElement.getBoundingClientRect().height)").await;
    b.client.enter_parent_frame().await.expect("back to the host");
    // The frame's last reported height reaches the host.
    for _ in 0..100 {
        if b.eval(&height("chart")).await.as_f64() == inner.as_f64() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    heights.1 = b.eval(&height("chart")).await.as_f64().unwrap_or(0.0);
    frame.enter_frame().await.expect("enter frame again");
    let header_hidden = b.eval("return document.querySelector('.site-header').offsetParent === null").await;
    let bar = b.text("[data-testid=embed-bar]").await;
    let full = b.eval("return document.querySelector('[data-testid=open-full]').href").await;
    b.client.enter_parent_frame().await.expect("back to the host");
    let errors = b.console_errors().await;
    b.close().await;
    let _ = std::fs::remove_dir_all(&host_dir);

    assert!(heights.0 > 120.0 && heights.1 > 120.0, "both frames sized by their content: {heights:?}");
    assert!((heights.0 - 820.0).abs() > 1.0 && (heights.1 - 560.0).abs() > 1.0, "not the default heights: {heights:?}");
    assert_eq!(charts, 1);
    assert_eq!(inner.as_f64(), Some(heights.1), "the chart frame is exactly its content's height");
    assert_eq!(header_hidden, true);
    assert!(bar.contains("Open the full explorer"), "{bar}");
    let full = full.as_str().unwrap_or_default();
    assert!(
        full.contains("/news/2026/renewal/en/charts/")
            && !full.contains("embed=")
            && full.ends_with("#chart-projects-by-category"),
        "the full explorer at the view that holds the chart, scrolled to it: {full}"
    );
    assert!(errors.is_empty(), "console errors: {errors:#?}");
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
async fn app_runs_under_a_strict_csp_without_errors() {
    let dist = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("dist");
    let server = StaticServer::start_with_headers(&dist, "/", &csp());
    let b = Browser::start(1280, 900).await;
    b.goto(&format!("{}?view=charts", server.base_url)).await;
    let charts = b.wait_for_count("[data-testid=chart]", 2).await;
    b.click("[data-chart=projects-by-category] [data-testid=chart-hit-greening]").await;
    let url = b.wait_for_url(|u| u.contains("cat=greening")).await;
    let hit_top = b.eval("return document.querySelector('.chart-hit').style.top").await;
    b.click("[data-testid=nav-projects]").await;
    let cards = b.wait_for_count("[data-testid=project-card]", 1).await;
    let errors = b.console_errors().await;
    b.close().await;

    assert!(charts >= 2, "charts render under the CSP");
    assert!(url.contains("cat=greening"), "{url}");
    assert!(hit_top.as_str().is_some_and(|t| t.ends_with('%')), "positions set through CSSOM: {hit_top}");
    assert!(cards > 0);
    assert!(errors.is_empty(), "no CSP violation or other error: {errors:#?}");
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
async fn share_panel_offers_link_and_snippet_for_the_current_state() {
    let server = serve_dist("/");
    let b = Browser::start(1280, 900).await;
    b.goto(&format!("{}?view=figures&city=hebi", server.base_url)).await;
    b.wait_for_count("[data-testid=figure-row]", 1).await;
    b.click("main > [data-testid=share] summary").await;
    // The fields are built when the panel is first opened.
    b.wait_for_count("#snippet-view", 1).await;
    let link = b.eval("return document.getElementById('link-view').value").await;
    let snippet = b.eval("return document.getElementById('snippet-view').value").await;
    // The embed code is folded under its own summary: a resident does not need it.
    let folded = b.eval("return document.querySelector('main [data-testid=embed-code]').open").await;
    b.click("main [data-testid=embed-code] summary").await;
    b.click("main > [data-testid=share] button[data-copy=snippet-view]").await;
    let status = b.wait_for_text("main [data-testid=embed-code] [data-copy-status]", |t| !t.is_empty()).await;
    let errors = b.console_errors().await;
    b.close().await;

    let (link, snippet) = (link.as_str().unwrap_or_default(), snippet.as_str().unwrap_or_default());
    assert_eq!(link, format!("{}figures/hebi/", server.base_url), "one city's view has a page");
    assert!(snippet.starts_with(&format!("<iframe src=\"{}figures/hebi/?embed=1\"", server.base_url)), "{snippet}");
    assert!(snippet.contains(&format!("<script src=\"{}embed.js\" async></script>", server.base_url)), "{snippet}");
    assert!(!status.is_empty(), "the copy outcome is announced");
    assert_eq!(folded, serde_json::Value::Bool(false), "the embed code starts folded");
    assert!(errors.is_empty(), "console errors: {errors:#?}");
}
