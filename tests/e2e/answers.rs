//! A resident's answers, on a 360-px phone in Chinese: the way into "my city" in the first
//! screen, the city's page, results that explain themselves, filters that show where they
//! follow, a share sheet with a clean link, and a landing chart whose rows lead somewhere.

use crate::browser::Browser;
use crate::serve_dist;
use serde_json::Value;

const PHONE: (u32, u32) = (360, 780);

/// The height of the site header, in CSS pixels.
async fn header_height(b: &Browser) -> f64 {
    b.eval("return document.querySelector('.site-header').getBoundingClientRect().height").await.as_f64().unwrap_or(0.0)
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
async fn from_the_landing_one_tap_reaches_hebi_s_page_with_its_promises_and_its_gaps() {
    let server = serve_dist("/");
    let b = Browser::start(PHONE.0, PHONE.1).await;
    b.goto(&server.base_url).await;
    b.wait_for_count("[data-testid=city-entry-hebi]", 1).await;
    let entry_bottom =
        b.eval("return document.querySelector('[data-testid=city-entry-hebi]').getBoundingClientRect().bottom").await;
    let header = header_height(&b).await;
    b.click("[data-testid=city-entry-hebi]").await;
    let url = b.wait_for_url(|u| u.ends_with("/hebi/")).await;
    b.wait_for_count("[data-testid=city-page][data-city=hebi]", 1).await;
    let cards = b.wait_for_count_exactly("[data-testid=city-card]", 1).await;
    let planned = b.wait_for_count_exactly("[data-testid=city-promises] [data-testid=planned-project]", 12).await;
    let goals = b.wait_for_count_exactly("[data-testid=city-promises] [data-testid=figure-item]", 3).await;
    let deadlines = b.text("[data-testid=city-promises] [data-testid=deadline-group] .group-title").await;
    let uncovered = b.text("[data-testid=uncovered]").await;
    let sources = b.text("[data-testid=city-sources]").await;
    let current =
        b.eval("return document.querySelector('[data-testid=city-entry-hebi]').getAttribute('aria-current')").await;
    let title = b.eval("return document.title").await;
    // The long undated list comes folded, its count on the toggle; a tap opens it, and a
    // planned project's link in it opens that project's page in place.
    let folded =
        b.eval("return document.querySelector('[data-testid=city-promises] [data-testid=undated]').open").await;
    let toggle = b.text("[data-testid=city-promises] [data-testid=undated] summary").await;
    let undated =
        b.eval("return document.querySelectorAll('[data-testid=city-promises] [data-testid=undated] li').length").await;
    b.click("[data-testid=city-promises] [data-testid=undated] summary").await;
    b.click("[data-testid=city-promises] [data-testid=project-link]").await;
    let project = b.wait_for_url(|u| u.contains("/projects/hb25-")).await;
    b.wait_for_count("[data-testid=project-detail]", 1).await;
    b.client.back().await.expect("back");
    b.wait_for_url(|u| u.ends_with("/hebi/")).await;
    b.click("[data-testid=large-text]").await;
    b.wait_for_url(|u| u.contains("large=1")).await;
    let large_header = header_height(&b).await;
    let errors = b.console_errors().await;
    b.close().await;

    assert!(
        entry_bottom.as_f64().is_some_and(|y| y < f64::from(PHONE.1)),
        "Hebi's button is in the first screen: {entry_bottom}"
    );
    assert!(header <= 160.0, "the header takes at most a fifth of the screen: {header} px");
    assert!(large_header <= 240.0, "with large text, at most 240 px: {large_header} px");
    assert!(url.ends_with("/hebi/"), "{url}");
    assert_eq!(cards, 1, "Hebi's card only");
    assert_eq!((planned, goals), (12, 3), "Hebi's 12 planned projects and 3 plans");
    assert!(deadlines.starts_with("期限 20"), "grouped by deadline: {deadlines}");
    assert_eq!(folded, Value::Bool(false), "the undated list comes folded");
    assert_eq!(toggle, format!("列出全部 {undated} 项"), "its toggle gives its count");
    assert!(uncovered.starts_with("鹤壁的文件未涉及：") && uncovered.contains("住房与老旧小区"), "{uncovered}");
    assert!(sources.contains("鹤壁"), "Hebi's document is named: {sources}");
    assert_eq!(current, Value::String("page".into()));
    assert!(title.as_str().is_some_and(|t| t.contains("鹤壁")), "{title}");
    assert!(project.ends_with(".html"), "a project's own page, no filters: {project}");
    assert!(errors.is_empty(), "console errors: {errors:#?}");
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
async fn a_hebi_search_for_old_compounds_explains_itself_and_points_to_the_city_that_has_results() {
    let server = serve_dist("/");
    let b = Browser::start(PHONE.0, PHONE.1).await;
    b.goto(&format!("{}projects/hebi/", server.base_url)).await;
    let search = b.client.find(harness::Locator::Css("[data-testid=search]")).await.expect("search box");
    search.send_keys("老旧小区").await.expect("typing");
    b.wait_for_count("[data-testid=empty-result]", 1).await;
    let why = b.text("[data-testid=coverage]").await;
    let elsewhere = b.text("[data-testid=elsewhere-pingdingshan]").await;
    b.click("[data-testid=elsewhere-pingdingshan]").await;
    let moved = b.wait_for_url(|u| u.contains("/projects/pingdingshan/?q=")).await;
    let count = b.wait_for_text("[data-testid=result-count]", |t| !t.starts_with("0 ")).await;
    // Back in Hebi, the way out keeps the city and clears the search.
    b.client.back().await.expect("back");
    b.wait_for_count("[data-testid=empty-result]", 1).await;
    b.click("[data-testid=clear-keep-city]").await;
    let cleared = b.wait_for_url(|u| !u.contains("q=")).await;
    let errors = b.console_errors().await;
    b.close().await;

    assert_eq!(why, "鹤壁的文件未涉及「老旧小区」。");
    let n: usize = elsewhere.trim_start_matches("平顶山有 ").trim_end_matches(" 项").parse().unwrap_or(0);
    assert!(n > 0 && elsewhere == format!("平顶山有 {n} 项"), "{elsewhere}");
    assert_eq!(count, format!("{n} 个项目"), "{moved}");
    assert!(cleared.ends_with("/projects/hebi/"), "the city stays: {cleared}");
    assert!(errors.is_empty(), "console errors: {errors:#?}");
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
async fn a_search_made_in_one_view_shows_as_a_chip_in_the_next_and_removing_it_restores_the_results() {
    let server = serve_dist("/");
    let b = Browser::start(PHONE.0, PHONE.1).await;
    b.goto(&format!("{}promises/", server.base_url)).await;
    let all = b.wait_for_text("[data-testid=result-count]", |t| !t.is_empty()).await;
    b.goto(&format!("{}projects/", server.base_url)).await;
    let search = b.client.find(harness::Locator::Css("[data-testid=search]")).await.expect("search box");
    search.send_keys("公园").await.expect("typing");
    b.wait_for_url(|u| u.contains("q=")).await;
    b.click("[data-testid=nav-promises]").await;
    b.wait_for_url(|u| u.contains("/promises/?q=")).await;
    let chip = b.wait_for_text("[data-testid=filter-chip]", |t| !t.is_empty()).await;
    let searched = b.wait_for_text("[data-testid=result-count]", |t| *t != all).await;
    let label = b.eval("return document.querySelector('[data-testid=filter-chip]').getAttribute('aria-label')").await;
    b.click("[data-testid=filter-chip]").await;
    let url = b.wait_for_url(|u| !u.contains("q=")).await;
    let restored = b.wait_for_text("[data-testid=result-count]", |t| t == all).await;
    let left = b.wait_for_count("[data-testid=filter-chip]", 0).await;
    let focused = b.eval("return document.activeElement && document.activeElement.id").await;
    let errors = b.console_errors().await;
    b.close().await;

    assert_eq!(chip, "搜索：公园 ×");
    assert_eq!(label, Value::String("移除筛选：搜索：公园".into()));
    assert_ne!(searched, all, "the search narrows the promises");
    assert!(url.ends_with("/promises/"), "{url}");
    assert_eq!(restored, all, "removing the chip restores the results");
    assert_eq!(left, 0);
    assert_eq!(focused, Value::String("search-box".into()), "focus goes back to the search");
    assert!(errors.is_empty(), "console errors: {errors:#?}");
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
async fn the_share_sheet_gets_a_clean_link_and_the_panel_closes_on_a_new_view() {
    let server = serve_dist("/");
    let b = Browser::start(PHONE.0, PHONE.1).await;
    b.goto(&format!("{}projects/hebi/?q=%E5%85%AC%E5%9B%AD&large=1", server.base_url)).await;
    b.eval("navigator.share = d => { window.shared = d; return Promise.resolve(); }; return 0").await;
    b.click("main > [data-testid=share] > summary").await;
    let shared = b.eval("return window.shared || null").await;
    b.wait_for_count("#link-view", 1).await;
    let link = b.eval("return document.getElementById('link-view').value").await;
    let with_search = b.eval("return document.getElementById('link-search-view').value").await;
    let embed_open = b.eval("return document.querySelector('[data-testid=embed-code]').open").await;
    b.click("main > [data-testid=share] button[data-copy=link-view]").await;
    let copied = b.wait_for_text("main > [data-testid=share] [data-copy-status]", |t| !t.is_empty()).await;
    b.click("[data-testid=nav-figures]").await;
    b.wait_for_url(|u| u.contains("/figures/hebi/")).await;
    let open_after = b.eval("return document.querySelector('main > [data-testid=share]').open").await;
    let link_after = b.eval("return document.getElementById('link-view').value").await;
    let status_after =
        b.eval("return [...document.querySelectorAll('[data-copy-status]')].map(s => s.textContent).join('')").await;
    let errors = b.console_errors().await;
    b.close().await;

    let clean = format!("{}projects/hebi/", server.base_url);
    assert_eq!(shared["url"], Value::String(clean.clone()), "no large=1, no search: {shared}");
    assert!(shared["title"].as_str().is_some_and(|t| t.contains("项目")), "{shared}");
    assert_eq!(link, Value::String(clean.clone()));
    assert!(
        with_search.as_str().is_some_and(|l| l.starts_with(&format!("{clean}?q=")) && !l.contains("large")),
        "{with_search}"
    );
    assert_eq!(embed_open, Value::Bool(false), "the embed code is folded");
    assert!(!copied.is_empty(), "the copy is announced");
    assert_eq!(open_after, Value::Bool(false), "the panel closes on a new view");
    assert_eq!(link_after, Value::String(format!("{}figures/hebi/", server.base_url)), "its link follows the view");
    assert_eq!(status_after, Value::String(String::new()), "no old \"copied\"");
    assert!(errors.is_empty(), "console errors: {errors:#?}");
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
async fn a_row_of_the_landing_chart_opens_that_city_s_page() {
    let server = serve_dist("/");
    let b = Browser::start(1280, 900).await;
    b.goto(&server.base_url).await;
    b.wait_for_count("[data-testid=chart-hit-hebi]", 1).await;
    let label =
        b.eval("return document.querySelector('[data-testid=chart-hit-hebi]').getAttribute('aria-label')").await;
    b.click("[data-testid=chart-hit-hebi]").await;
    let url = b.wait_for_url(|u| u.ends_with("/hebi/")).await;
    let page = b.wait_for_count("[data-testid=city-page][data-city=hebi]", 1).await;
    let errors = b.console_errors().await;
    b.close().await;

    assert_eq!(label, Value::String("查看该市：鹤壁".into()));
    assert!(url.ends_with("/hebi/"), "{url}");
    assert_eq!(page, 1);
    assert!(errors.is_empty(), "console errors: {errors:#?}");
}
