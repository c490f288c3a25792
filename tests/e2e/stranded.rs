//! Never stranded (issue 19): a host article whose history and layout an embed must respect
//! (the page when the app cannot start is in `start.rs`), focus after every action, short live announcements, and
//! no sideways scrolling on narrow screens in any mode.

use super::browser::Browser;
use super::serve_dist;
use super::server::StaticServer;
use harness::Locator;
use serde_json::{json, Value};
use std::path::Path;
use std::time::Duration;

fn dist() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("dist")
}

fn host_page(frame_src: &str, script: &str) -> String {
    format!(
        r#"<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>News</title></head><body>
<h1>City renewal in Henan</h1><p>Article text.</p>
<iframe id="embed" src="{frame_src}" title="Explorer" data-renewal-explorer width="100%" height="560" style="border:0"></iframe>
{script}</body></html>"#
    )
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
async fn clicks_in_an_embed_leave_the_host_history_alone_and_a_late_script_still_resizes() {
    let explorer = serve_dist("/");
    let host_dir = std::env::temp_dir().join(format!("renewal-host2-{}", std::process::id()));
    std::fs::create_dir_all(&host_dir).expect("host dir");
    let frame = format!("{}?view=charts&embed=1", explorer.base_url);
    std::fs::write(host_dir.join("index.html"), host_page(&frame, "")).expect("host page");
    let host = StaticServer::start(&host_dir, "/");
    let b = Browser::start(1000, 900).await;
    b.goto(&host.base_url).await;
    let before = b.eval("return history.length").await;
    let embed = b.client.find(Locator::Css("#embed")).await.expect("the embed");
    embed.clone().enter_frame().await.expect("enter the embed");
    b.wait_for_count("#boot", 0).await;
    for category in ["greening", "greening", "transport"] {
        b.click(&format!("[data-chart=projects-by-category] [data-testid=chart-hit-{category}]")).await;
        tokio::time::sleep(Duration::from_millis(150)).await;
    }
    let inner_url = b.eval("return location.href").await.as_str().unwrap_or_default().to_string();
    b.client.enter_parent_frame().await.expect("back to the host");
    let after = b.eval("return history.length").await;
    // The host's script arrives only now, after the frame has rendered: it asks for the height.
    let src = format!("{}embed.js", explorer.base_url);
    b.eval(&format!("const s = document.createElement('script'); s.src = {src:?}; document.body.append(s); return 0"))
        .await;
    let mut sized = false;
    for _ in 0..100 {
        sized = b
            .eval("return parseFloat(document.getElementById('embed').style.height) > 0")
            .await
            .as_bool()
            .unwrap_or(false);
        if sized {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    // Settled, the frame is exactly as tall as what it shows.
    tokio::time::sleep(Duration::from_millis(300)).await;
    let height = b.eval("return parseFloat(document.getElementById('embed').style.height) || 0").await.as_f64();
    let embed = b.client.find(Locator::Css("#embed")).await.expect("the embed");
    embed.enter_frame().await.expect("enter the embed");
    let content = b.eval("return Math.ceil(document.documentElement.getBoundingClientRect().height)").await;
    b.client.enter_parent_frame().await.expect("back to the host");
    let errors = b.console_errors().await;
    b.close().await;
    let _ = std::fs::remove_dir_all(&host_dir);

    assert!(inner_url.contains("cat=transport"), "the clicks worked inside the embed: {inner_url}");
    assert_eq!(before, after, "three clicks in the embed added nothing to the host tab's history");
    assert!(sized, "a late embed.js gave the frame a height");
    assert_eq!(height, content.as_f64(), "a late embed.js sized the frame to its content");
    assert!(errors.is_empty(), "console errors: {errors:#?}");
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
async fn focus_lands_somewhere_sensible_after_every_action_and_announcements_stay_short() {
    let server = serve_dist("/");
    let b = Browser::start(1280, 900).await;
    let focused = "const a = document.activeElement; return a === document.body || !a ? 'BODY' : (a.id || a.dataset.testid || a.className || a.tagName)";
    // Live regions on screen (a hidden one is not read out).
    let live = "return Math.max(0, ...[...document.querySelectorAll('[aria-live], [role=status], [role=alert]')].filter(e => e.getClientRects().length > 0).map(e => e.textContent.length))";
    let mut seen: Vec<(String, Value, Value)> = Vec::new();
    let mut record = async |b: &Browser, action: &str| {
        tokio::time::sleep(Duration::from_millis(250)).await;
        seen.push((action.to_string(), b.eval(focused).await, b.eval(live).await));
    };
    b.goto(&format!("{}?view=charts", server.base_url)).await;
    b.click("[data-chart=projects-by-category] [data-testid=chart-hit-greening]").await;
    record(&b, "a chart bar").await;
    b.click("[data-testid=clear-all]").await;
    record(&b, "clear all filters").await;
    b.click("[data-testid=nav-projects]").await;
    record(&b, "a view change").await;
    b.click("[data-testid=sort-city], [data-testid=status-completed] input").await;
    record(&b, "a filter").await;
    b.click("[data-testid=project-link]").await;
    record(&b, "open a project").await;
    b.click("[data-testid=back-to-list]").await;
    record(&b, "back to the list").await;
    b.goto(&format!("{}?view=projects&q=%E6%B2%A1%E6%9C%89%E8%BF%99%E4%B8%AA%E8%AF%8D", server.base_url)).await;
    b.click("[data-testid=empty-result] [data-testid=clear-keep-city]").await;
    record(&b, "the empty result's clear all").await;
    b.goto(&format!("{}?bogus=1", server.base_url)).await;
    b.click("[data-testid=dismiss-notice]").await;
    record(&b, "dismiss the notice").await;
    // The skip link changes only the fragment: the dismissed notice stays away.
    b.eval("document.querySelector('.skip-link').click(); return 0").await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    let notice_back = b.eval("return !!document.querySelector('[data-testid=url-notice]')").await;
    let errors = b.console_errors().await;
    b.close().await;
    assert_eq!(notice_back, false, "the skip link does not bring back a dismissed notice");

    for (action, focus, live) in &seen {
        assert_ne!(focus, "BODY", "after {action}, focus fell to <body>");
        assert!(live.as_u64().is_some_and(|n| n <= 300), "after {action}, {live} characters are announced");
    }
    assert_eq!(seen[2].1, "view-title", "a view change moves focus to the view's heading");
    assert_eq!(seen[5].1, "project-link", "back in the list, focus returns to the project");
    assert!(errors.is_empty(), "console errors: {errors:#?}");
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
async fn no_page_scrolls_sideways_on_a_narrow_phone_in_any_mode() {
    let server = serve_dist("/");
    let mut wide = Vec::new();
    for width in [320, 360] {
        let b = Browser::start(width, 800).await;
        for view in ["overview", "projects", "figures", "charts", "compare", "promises", "about"] {
            for extra in ["", "&lang=en", "&large=1", "&lang=en&large=1", "&embed=1"] {
                b.goto(&format!("{}?view={view}{extra}", server.base_url)).await;
                // Open the chart tables too: a wide table scrolls inside its region.
                b.eval("document.querySelectorAll('[data-testid=toggle-table]').forEach(t => t.click()); return 0")
                    .await;
                tokio::time::sleep(Duration::from_millis(100)).await;
                let page_width = b.eval("return document.documentElement.scrollWidth").await.as_u64().unwrap_or(0);
                let viewport = b.eval("return document.documentElement.clientWidth").await.as_u64().unwrap_or(0);
                if page_width > viewport {
                    let culprit = b.eval("const w = document.documentElement.clientWidth; const out = []; const it = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT); let n; while ((n = it.nextNode())) { const r = document.createRange(); r.selectNodeContents(n); const b = r.getBoundingClientRect(); if (b.right > w) out.push(n.parentElement.tagName + '.' + n.parentElement.className + ' ' + b.right + ' ' + n.textContent.slice(0, 50)); } return out.slice(0, 6)").await;
                    wide.push(format!("{width}px ?view={view}{extra}: {page_width} > {viewport} {culprit}"));
                }
            }
        }
        b.close().await;
    }
    let data_page = {
        let b = Browser::start(360, 800).await;
        b.goto(&format!("{}data/index.html", server.base_url)).await;
        let w = b.eval("return [document.documentElement.scrollWidth, document.documentElement.clientWidth, !!document.querySelector('main')]").await;
        b.close().await;
        w
    };
    assert!(wide.is_empty(), "pages wider than the screen:\n{}", wide.join("\n"));
    assert_eq!(data_page[0], data_page[1], "the data page fits a 360-px phone: {data_page}");
    assert_eq!(data_page[2], true, "the data page has a main region");
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
async fn a_sub_path_without_its_slash_gets_it_and_loads() {
    let server = StaticServer::start(&dist(), "/news/renewal/");
    let b = Browser::start(1000, 800).await;
    let base = server.base_url.trim_end_matches('/').to_string();
    b.goto(&format!("{base}?view=charts")).await;
    let url = b.wait_for_url(|u| u.contains("/news/renewal/charts/")).await;
    let charts = b.wait_for_count("[data-testid=chart]", 2).await;
    let errors = b.console_errors().await;
    b.close().await;
    assert!(url.ends_with("/news/renewal/charts/"), "the old address went to its page: {url}");
    assert!(charts >= 2);
    // Before the redirect, the browser may already ask for the page's files one folder too high
    // (its preload scanner reads ahead of the first script); nothing else may fail.
    let unexpected: Vec<&String> = errors
        .iter()
        .filter(|e| !(e.contains("Failed to load resource") && e.contains("/news/") && !e.contains("/news/renewal/")))
        .collect();
    assert!(unexpected.is_empty(), "console errors: {unexpected:#?}");
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
async fn the_notice_repeats_link_text_short_isolated_and_at_most_five_times() {
    let server = serve_dist("/");
    let long_key = "this_data_was_withdrawn_see_evil_example_for_the_real_figures_".repeat(10);
    let junk: Vec<String> = (0..2000).map(|i| format!("k{i}=v")).collect();
    let query = format!("?{long_key}=1&rlo=%E2%80%AEevil&{}", junk.join("&"));
    let b = Browser::start(360, 800).await;
    b.goto(&format!("{}{query}", server.base_url)).await;
    let items =
        b.eval("return [...document.querySelectorAll('[data-testid=url-notice] li')].map(li => li.textContent)").await;
    let isolated = b.eval("return document.querySelectorAll('[data-testid=url-notice] bdi').length").await;
    let height =
        b.eval("return document.querySelector('[data-testid=url-notice]').getBoundingClientRect().height").await;
    b.close().await;

    let items: Vec<String> =
        items.as_array().into_iter().flatten().filter_map(|v| v.as_str().map(String::from)).collect();
    assert_eq!(items.len(), 6, "five items and 'and N more': {items:#?}");
    assert!(items[..5].iter().all(|i| i.chars().count() <= 2 * 41 + 3), "each key and value cut short: {items:#?}");
    assert!(items[0].contains('…'), "the long key is cut: {}", items[0]);
    assert_eq!(items[5], "另有 1997 项", "{items:#?}");
    assert_eq!(isolated, 10, "every key and value in its own <bdi>");
    assert!(height.as_f64().is_some_and(|h| h < 600.0), "the notice stays small: {height}");
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
async fn a_host_article_follows_its_readers_choices_and_ignores_strangers() {
    let explorer = serve_dist("/");
    let host_dir = std::env::temp_dir().join(format!("renewal-host3-{}", std::process::id()));
    std::fs::create_dir_all(&host_dir).expect("host dir");
    let frame = format!("{}?view=charts&embed=1", explorer.base_url);
    let script = format!(
        r#"<iframe id="stranger" src="stranger.html" title="Not the explorer" width="300" height="100"></iframe>
<script src="{}embed.js"></script>
<script>window.states = []; document.getElementById('embed').addEventListener('renewal-explorer:state', e => window.states.push(e.detail));</script>"#,
        explorer.base_url
    );
    std::fs::write(host_dir.join("index.html"), host_page(&frame, &script)).expect("host page");
    // A frame of the host's own origin, unmarked, that claims a height.
    let stranger = "<!DOCTYPE html><title>x</title><script>parent.postMessage({type: 'renewal-explorer:height', height: 4321}, '*');</script>";
    std::fs::write(host_dir.join("stranger.html"), stranger).expect("stranger page");
    let host = StaticServer::start(&host_dir, "/");
    let b = Browser::start(1000, 900).await;
    b.goto(&host.base_url).await;
    let embed = b.client.find(Locator::Css("#embed")).await.expect("the embed");
    embed.enter_frame().await.expect("enter the embed");
    b.wait_for_count("#boot", 0).await;
    b.click("[data-chart=projects-by-category] [data-testid=chart-hit-greening]").await;
    b.client.enter_parent_frame().await.expect("back to the host");
    let mut last = Value::Null;
    for _ in 0..100 {
        last = b.eval("return window.states.length ? window.states[window.states.length - 1] : null").await;
        if last["categories"] == json!(["greening"]) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    // The host page itself (another origin than the explorer) posts a height for the embed.
    b.eval("window.postMessage({type: 'renewal-explorer:height', height: 4321}, '*'); return 0").await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let heights = b
        .eval(
            "return [document.getElementById('embed').style.height, document.getElementById('stranger').style.height]",
        )
        .await;
    let errors = b.console_errors().await;
    b.close().await;
    let _ = std::fs::remove_dir_all(&host_dir);

    assert_eq!(last["type"], "renewal-explorer:state", "{last}");
    assert_eq!((last["view"].clone(), last["categories"].clone()), (json!("charts"), json!(["greening"])), "{last}");
    let url = last["url"].as_str().unwrap_or_default();
    assert!(url.starts_with(&explorer.base_url) && url.contains("cat=greening") && !url.contains("embed="), "{url}");
    assert_ne!(heights[0], "4321px", "a height from another origin is ignored");
    assert_eq!(heights[1], "", "an unmarked frame is left alone");
    assert!(errors.is_empty(), "console errors: {errors:#?}");
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
async fn embed_js_sizes_frames_from_a_copy_on_the_publishers_server_and_pasted_inline() {
    let explorer = serve_dist("/");
    let embed_js = std::fs::read_to_string(dist().join("embed.js")).expect("dist/embed.js");
    assert!(!embed_js.to_ascii_lowercase().contains("</script"), "embed.js can be pasted inline whole");
    let host_dir = std::env::temp_dir().join(format!("renewal-host4-{}", std::process::id()));
    std::fs::create_dir_all(&host_dir).expect("host dir");
    let frame = format!("{}embed/projects-by-status.html", explorer.base_url);
    std::fs::write(host_dir.join("embed.js"), &embed_js).expect("a copy of embed.js");
    std::fs::write(host_dir.join("copy.html"), host_page(&frame, "<script src=\"embed.js\" async></script>"))
        .expect("page");
    std::fs::write(host_dir.join("inline.html"), host_page(&frame, &format!("<script>{embed_js}</script>")))
        .expect("page");
    let host = StaticServer::start(&host_dir, "/");
    let b = Browser::start(1000, 900).await;
    let mut sized = Vec::new();
    for page in ["copy.html", "inline.html"] {
        b.goto(&format!("{}{page}", host.base_url)).await;
        for _ in 0..100 {
            let height = b.eval("return document.getElementById('embed').style.height").await;
            if height.as_str().is_some_and(|h| !h.is_empty() && h != "560px") {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        tokio::time::sleep(Duration::from_millis(300)).await;
        let height = b.eval("return parseFloat(document.getElementById('embed').style.height) || 0").await;
        let embed = b.client.find(Locator::Css("#embed")).await.expect("the embed");
        embed.enter_frame().await.expect("enter the embed");
        let content = b.eval("return Math.ceil(document.documentElement.getBoundingClientRect().height)").await;
        b.client.enter_parent_frame().await.expect("back to the host");
        sized.push((page, height, content));
    }
    let errors = b.console_errors().await;
    b.close().await;
    let _ = std::fs::remove_dir_all(&host_dir);
    for (page, height, content) in sized {
        assert!(height.as_f64().is_some_and(|h| h > 0.0), "{page}: the frame was sized");
        assert_eq!(height.as_f64(), content.as_f64(), "{page}: sized to its content");
    }
    assert!(errors.is_empty(), "console errors: {errors:#?}");
}
