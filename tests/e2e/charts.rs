//! Charts in a real browser: they render as SVG, follow the filters, filter when a category bar
//! is chosen, and offer a table and downloads of exactly what they show.

use super::browser::Browser;
use super::serve_dist;
use crate::city;
use renewal_explorer::core::chart::{charts_for, ChartSet};
use renewal_explorer::core::dataset::data;
use renewal_explorer::core::model::Lang;
use renewal_explorer::core::url_state::ViewState;
use std::time::Duration;

/// True when every chart card shows exactly one of its drawings (the one for its width).
const ONE_DRAWING_EACH: &str = "return [...document.querySelectorAll('[data-testid=chart]')] \
    .every(c => [...c.querySelectorAll('svg')].filter(s => s.getClientRects().length > 0).length === 1)";

/// The last chart card: how many drawings it shows, and the height of its picture's frame.
const LAST_CHART: &str = "const c = [...document.querySelectorAll('[data-testid=chart]')].pop(); \
    const shown = [...c.querySelectorAll('.chart-svg')].filter(s => s.getClientRects().length); \
    return [shown.filter(s => s.querySelector('svg')).length, shown[0].getBoundingClientRect().height]";

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
async fn charts_render_follow_filters_and_a_category_bar_filters() {
    let server = serve_dist("/");
    let all = charts_for(data(), &ViewState::default(), Lang::Zh, ChartSet::Overview).len();
    let hebi_state = ViewState { cities: vec![city("hebi")], ..Default::default() };
    let hebi = charts_for(data(), &hebi_state, Lang::Zh, ChartSet::Overview).len();
    let b = Browser::start(1280, 1000).await;
    b.goto(&format!("{}?view=charts", server.base_url)).await;
    let shown_all = b.wait_for_count("[data-testid=chart]", all).await;
    // Charts far below the fold wait for the reader, in a frame of their size.
    let last_before = b.eval(LAST_CHART).await;
    for _ in 0..40 {
        b.eval("window.scrollBy(0, 500); return 0").await;
        tokio::time::sleep(Duration::from_millis(40)).await;
    }
    let last_after = b.eval(LAST_CHART).await;
    let one_drawing_each = b.eval(ONE_DRAWING_EACH).await;
    b.eval("window.scrollTo(0, 0); return 0").await;
    let bars_before = b
        .eval("return [...document.querySelectorAll('[data-chart=projects-by-category] .chart-hit')].filter(h => h.getClientRects().length).length")
        .await;

    b.click("[data-testid=city-hebi] input").await;
    let shown_hebi = b.wait_for_count_exactly("[data-testid=chart]", hebi).await;

    b.click("[data-chart=projects-by-category] [data-testid=chart-hit-greening]").await;
    let url = b.wait_for_url(|u| u.contains("cat=greening")).await;
    let chip = b.eval("return document.querySelector('[data-testid=cat-greening]').getAttribute('aria-pressed')").await;
    let rows_after = b
        .eval("return [...document.querySelectorAll('[data-chart=projects-by-category] .chart-hit')].filter(h => h.getClientRects().length).length")
        .await;

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
    let (pictures_before, frame_before) = (&last_before[0], last_before[1].as_f64().unwrap_or(0.0));
    let frame_after = last_after[1].as_f64().unwrap_or(0.0);
    assert_eq!(pictures_before, 0, "the last chart is not drawn before the reader nears it");
    assert_eq!(last_after[0], 1, "the last chart is drawn once the reader is near: {last_after}");
    assert!(
        frame_before > 100.0 && (frame_before - frame_after).abs() < 1.0,
        "its frame kept its size: {last_before} → {last_after}"
    );
    assert_eq!(one_drawing_each, true, "each chart shows exactly one of its drawings");
    assert!(bars_before.as_u64().is_some_and(|n| n > 3), "category rows: {bars_before}");
    assert_eq!(shown_hebi, hebi, "charts follow the city filter");
    assert!(url.contains("/charts/hebi/?cat=greening"), "{url}");
    assert_eq!(chip, "true", "the chart's filter is the same as the chip's");
    assert_eq!(rows_after, 1, "only the chosen category is left");
    assert_eq!(table_visible, true);
    assert!(csv.starts_with(b"\xEF\xBB\xBF"), "the CSV download starts with a UTF-8 BOM: {} bytes", csv.len());
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
    let expected = charts_for(data(), &ViewState::default(), Lang::En, ChartSet::Compare).len();
    let b = Browser::start(360, 800).await;
    b.goto(&format!("{}?view=compare&lang=en", server.base_url)).await;
    let shown = b.wait_for_count("[data-testid=chart]", expected).await;
    // Outlined bars of the drawings on screen, not the key's swatch (a bar is 16 px thick).
    let outlined = b
        .eval("return [...document.querySelectorAll('[data-testid=chart] svg')].filter(s => s.getClientRects().length) \
               .flatMap(s => [...s.querySelectorAll('rect[fill=none]')]).filter(r => +r.getAttribute('height') >= 14).length")
        .await;
    let drawn_for = b.eval("return [...document.querySelectorAll('[data-testid=chart] svg')].filter(s => s.getClientRects().length).map(s => +s.getAttribute('width'))").await;
    let overflow = b.eval("return document.documentElement.scrollWidth - document.documentElement.clientWidth").await;
    let errors = b.console_errors().await;
    b.close().await;

    assert_eq!(shown, expected);
    assert!(outlined.as_u64().is_some_and(|n| n >= 1), "targets are drawn as outlines");
    assert!(
        drawn_for.as_array().is_some_and(|w| !w.is_empty() && w.iter().all(|w| w == 300)),
        "a phone shows the 300-px drawings: {drawn_for}"
    );
    assert_eq!(overflow, 0, "nothing is wider than a 360-px phone");
    assert!(errors.is_empty(), "console errors: {errors:#?}");
}

/// Issue 14: on a 360-px phone chart text keeps a readable size, large text makes it a quarter
/// larger, and a chart downloads as a real PNG picture.
#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
async fn on_a_phone_chart_text_is_readable_large_text_is_larger_and_a_chart_travels_as_png() {
    let server = serve_dist("/");
    // Heights of the text boxes of the drawings on screen.
    let boxes =
        "return [...document.querySelectorAll('[data-testid=chart] svg')].filter(s => s.getClientRects().length) \
        .flatMap(s => [...s.querySelectorAll('text')]).map(t => t.getBoundingClientRect().height).filter(h => h > 0)";
    let b = Browser::start(360, 800).await;
    b.goto(&format!("{}?view=charts", server.base_url)).await;
    b.wait_for_count("[data-testid=chart]", 2).await;
    let normal = b.eval(boxes).await;
    let png = b
        .download("[data-chart=projects-by-status] [data-testid=download-png]", "各市项目进展（按文件表述）.png")
        .await;
    b.goto(&format!("{}?view=charts&large=1", server.base_url)).await;
    b.wait_for_count("[data-testid=chart]", 2).await;
    let large = b.eval(boxes).await;
    let errors = b.console_errors().await;
    b.close().await;

    let heights =
        |v: &serde_json::Value| -> Vec<f64> { v.as_array().into_iter().flatten().filter_map(|h| h.as_f64()).collect() };
    let (normal, large) = (heights(&normal), heights(&large));
    assert!(normal.len() > 20, "text in the charts: {}", normal.len());
    let smallest = normal.iter().copied().fold(f64::INFINITY, f64::min);
    assert!(smallest >= 13.0, "the smallest text box is {smallest} px high (≈ 12 px text at least)");
    let median = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let (m_normal, m_large) = (median(normal), median(large));
    assert!(m_large >= 1.25 * m_normal, "large text: median {m_large} vs {m_normal}");
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"), "a PNG file");
    assert!(png.len() > 5_000, "a real picture: {} bytes", png.len());
    assert!(errors.is_empty(), "console errors: {errors:#?}");
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
async fn an_english_reader_downloads_a_chart_s_csv_in_english() {
    let server = serve_dist("/");
    let state = ViewState { lang: Lang::En, cities: vec![city("hebi")], ..ViewState::default() };
    let chart = charts_for(data(), &state, Lang::En, ChartSet::Landing)
        .into_iter()
        .find(|c| c.id == "projects-by-status")
        .expect("the status chart in English");
    let b = Browser::start(1280, 1000).await;
    b.goto(&format!("{}en/hebi/", server.base_url)).await;
    b.wait_for_count("[data-chart=projects-by-status]", 1).await;
    let name = renewal_explorer::core::chart::file_name(&chart.title, "csv");
    let csv = b.download("[data-chart=projects-by-status] [data-testid=download-csv]", &name).await;
    let errors = b.console_errors().await;
    b.close().await;

    let csv = String::from_utf8(csv).expect("UTF-8");
    let header = csv.trim_start_matches('\u{feff}').lines().next().unwrap_or_default().to_string();
    assert_eq!(header, "City,Completed,Ongoing,Planned,Status unknown,Total,Sources", "{csv}");
    assert!(csv.contains("\nHebi,") && !csv.contains("鹤壁"), "the rows in English: {csv}");
    assert!(csv.contains("Hebi Daily"), "the sources in English: {csv}");
    assert!(errors.is_empty(), "console errors: {errors:#?}");
}
