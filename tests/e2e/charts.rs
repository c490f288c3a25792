//! Charts in a real browser: they render as SVG, follow the filters, filter when a category bar
//! is chosen, and offer a table and downloads of exactly what they show.

use super::browser::Browser;
use super::serve_dist;
use renewal_explorer::core::chart::{charts_for, ChartSet};
use renewal_explorer::core::dataset::BUNDLED;
use renewal_explorer::core::model::{City, Lang};
use renewal_explorer::core::url_state::ViewState;

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
async fn charts_render_follow_filters_and_a_category_bar_filters() {
    let server = serve_dist("/");
    let all = charts_for(&BUNDLED, &ViewState::default(), Lang::Zh, ChartSet::Overview).len();
    let hebi_state = ViewState { cities: vec![City::Hebi], ..Default::default() };
    let hebi = charts_for(&BUNDLED, &hebi_state, Lang::Zh, ChartSet::Overview).len();
    let b = Browser::start(1280, 1000).await;
    b.goto(&format!("{}?view=charts", server.base_url)).await;
    let shown_all = b.wait_for_count("[data-testid=chart] svg", all).await;
    let bars_before =
        b.eval("return document.querySelectorAll('[data-chart=projects-by-category] .chart-hit').length").await;

    b.click("[data-testid=city-hebi] input").await;
    let shown_hebi = b.wait_for_count_exactly("[data-testid=chart] svg", hebi).await;

    b.click("[data-chart=projects-by-category] [data-testid=chart-hit-greening]").await;
    let url = b.wait_for_url(|u| u.contains("cat=greening")).await;
    let chip = b.eval("return document.querySelector('[data-testid=cat-greening]').getAttribute('aria-pressed')").await;
    let rows_after =
        b.eval("return document.querySelectorAll('[data-chart=projects-by-category] .chart-hit').length").await;

    b.click("[data-chart=projects-by-category] [data-testid=toggle-table]").await;
    let table_visible = b
        .eval("return !document.querySelector('[data-chart=projects-by-category] [data-testid=chart-table]').hidden")
        .await;
    let csv =
        b.download("[data-chart=projects-by-category] [data-testid=download-csv]", "各类别项目数（按城市）.csv").await;
    let svg_has_desc = b.eval("return !!document.querySelector('[data-chart=projects-by-category] svg desc')").await;
    let errors = b.console_errors().await;
    b.close().await;

    assert_eq!(shown_all, all, "every chart of the view renders");
    assert!(bars_before.as_u64().is_some_and(|n| n > 3), "category rows: {bars_before}");
    assert_eq!(shown_hebi, hebi, "charts follow the city filter");
    assert!(url.contains("city=hebi") && url.contains("cat=greening"), "{url}");
    assert_eq!(chip, "true", "the chart's filter is the same as the chip's");
    assert_eq!(rows_after, 1, "only the chosen category is left");
    assert_eq!(table_visible, true);
    assert!(csv.starts_with(b"\xEF\xBB\xBF"), "the CSV download starts with a UTF-8 BOM");
    let csv = String::from_utf8(csv).expect("UTF-8");
    assert!(csv.contains("园林绿化") && !csv.contains("道路交通"), "exactly what the chart shows: {csv}");
    assert!(csv.trim_start_matches('\u{feff}').starts_with("类别,"), "the header row comes first: {csv}");
    assert_eq!(svg_has_desc, true);
    assert!(errors.is_empty(), "console errors: {errors:#?}");
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
async fn compare_view_outlines_targets_and_fits_a_phone() {
    let server = serve_dist("/");
    let expected = charts_for(&BUNDLED, &ViewState::default(), Lang::En, ChartSet::Compare).len();
    let b = Browser::start(360, 800).await;
    b.goto(&format!("{}?view=compare&lang=en", server.base_url)).await;
    let shown = b.wait_for_count("[data-testid=chart] svg", expected).await;
    let outlined = b.eval("return document.querySelectorAll('[data-testid=chart] svg rect[fill=none]').length").await;
    let overflow = b.eval("return document.documentElement.scrollWidth - document.documentElement.clientWidth").await;
    let errors = b.console_errors().await;
    b.close().await;

    assert_eq!(shown, expected);
    assert!(outlined.as_u64().is_some_and(|n| n >= 1), "targets are drawn as outlines");
    assert_eq!(overflow, 0, "nothing is wider than a 360-px phone");
    assert!(errors.is_empty(), "console errors: {errors:#?}");
}
