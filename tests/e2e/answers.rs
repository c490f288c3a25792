//! A resident's answers, on a 360-px phone in Chinese: results that explain themselves, and a
//! landing chart whose bars lead somewhere.

use crate::browser::Browser;
use crate::serve_dist;

const PHONE: (u32, u32) = (360, 780);

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
async fn a_hebi_search_for_old_compounds_explains_itself_and_points_to_the_city_that_has_results() {
    let server = serve_dist("/");
    let b = Browser::start(PHONE.0, PHONE.1).await;
    b.goto(&format!("{}projects/hebi/", server.base_url)).await;
    let search = b.client.find(fantoccini::Locator::Css("[data-testid=search]")).await.expect("search box");
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
async fn a_bar_of_the_landing_chart_opens_that_category_s_projects() {
    let server = serve_dist("/");
    let b = Browser::start(1280, 900).await;
    b.goto(&server.base_url).await;
    b.wait_for_count("[data-testid=chart-hit-greening]", 1).await;
    b.click("[data-testid=chart-hit-greening]").await;
    let url = b.wait_for_url(|u| u.contains("/projects/?cat=greening")).await;
    let cards = b.wait_for_count("[data-testid=project-card]", 1).await;
    let errors = b.console_errors().await;
    b.close().await;

    assert!(url.ends_with("/projects/?cat=greening"), "{url}");
    assert!(cards > 0);
    assert!(errors.is_empty(), "console errors: {errors:#?}");
}
