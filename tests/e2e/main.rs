//! End-to-end tests: the release build in `dist/`, served on 127.0.0.1, driven in headless
//! Chromium through WebDriver. They need `dist/` and chromedriver, so they are ignored by a plain
//! `cargo test`; `scripts/test.sh` builds dist/ and runs them with `--ignored`.
#![cfg(not(target_arch = "wasm32"))]

mod accessibility;
mod answers;
mod charts;
mod documents;
mod embed;
mod explorer;
mod offline;
mod prerender;
mod promises;
mod robustness;
mod start;
mod stranded;

// Reached by the test modules as `super::browser`, `super::server`.
use browser::Browser;
use harness::{browser, server};
use renewal_explorer::core::dataset::data;
use renewal_explorer::core::model::City;
use server::StaticServer;
use std::path::Path;

/// A city of `data/cities.csv`, by its id.
pub(crate) fn city(id: &str) -> City {
    data().city(id).unwrap_or_else(|| panic!("{id} is not a city of data/cities.csv"))
}

pub(crate) fn serve_dist(prefix: &str) -> StaticServer {
    let dist = Path::new(env!("CARGO_MANIFEST_DIR")).join("dist");
    assert!(dist.join("index.html").is_file(), "dist/ is missing: run `trunk build --release` first");
    StaticServer::start(&dist, prefix)
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
async fn page_mounts_and_language_switch_updates_dom_and_url() {
    let server = serve_dist("/");
    let b = Browser::start(1280, 900).await;
    b.goto(&server.base_url).await;
    let cards = b.wait_for_count("[data-testid=city-card]", 4).await;
    let title_zh = b.text("[data-testid=product-name]").await;
    b.switch_language().await;
    let title_en = b.wait_for_text("[data-testid=product-name]", |t| t.contains("Explorer")).await;
    let url = b.current_url().await;
    let html_lang = b.eval("return document.documentElement.lang").await;
    b.click("[data-testid=large-text]").await;
    let large_url = b.wait_for_url(|u| u.contains("large=1")).await;
    let font_size = b.eval("return getComputedStyle(document.documentElement).fontSize").await;
    let errors = b.console_errors().await;
    b.close().await;

    assert!(large_url.ends_with("/en/?large=1"), "large text is in the URL: {large_url}");
    assert_eq!(font_size, "20px", "large-text mode enlarges the type");
    assert_eq!(cards, 4, "four city cards");
    assert_eq!(title_zh, "河南城市更新数据浏览");
    assert_eq!(title_en, "Henan Urban Renewal Explorer");
    assert!(url.ends_with("/en/"), "the English page's address: {url}");
    assert_eq!(html_lang, "en");
    assert!(errors.is_empty(), "console errors: {errors:#?}");
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
async fn works_from_a_sub_path_and_back_restores_language() {
    let server = serve_dist("/news/2026/renewal/");
    let b = Browser::start(360, 800).await;
    b.goto(&format!("{}?lang=en", server.base_url)).await;
    let cards = b.wait_for_count("[data-testid=city-card]", 4).await;
    let title_en = b.wait_for_text("[data-testid=product-name]", |t| t.contains("Explorer")).await;
    b.switch_language().await;
    let title_zh = b.wait_for_text("[data-testid=product-name]", |t| t.contains("河南")).await;
    b.client.back().await.expect("history back");
    let title_back = b.wait_for_text("[data-testid=product-name]", |t| t.contains("Explorer")).await;
    let errors = b.console_errors().await;
    b.close().await;

    assert_eq!(cards, 4);
    assert_eq!(title_en, "Henan Urban Renewal Explorer");
    assert_eq!(title_zh, "河南城市更新数据浏览");
    assert_eq!(title_back, "Henan Urban Renewal Explorer", "back restores the language");
    assert!(errors.is_empty(), "console errors: {errors:#?}");
}

#[test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
fn open_data_is_published_with_bom_and_matches_the_bundle() {
    use renewal_explorer::core::dataset::data;
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("dist/data");
    let tables = [
        ("figures.csv", data().figures.len()),
        ("projects.csv", data().projects.len()),
        ("cities.csv", data().cities.len()),
    ];
    for (file, rows) in tables {
        let text = std::fs::read_to_string(folder.join(file)).unwrap_or_else(|e| panic!("dist/data/{file}: {e}"));
        assert!(text.starts_with('\u{feff}'), "{file} starts with a UTF-8 BOM for Excel");
        let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(text.as_bytes());
        let records: Vec<csv::StringRecord> = reader.records().collect::<Result<_, _>>().expect("valid CSV");
        assert_eq!(records.len(), rows + 1, "{file}: header + one record per row");
        assert_eq!(&records[0][0], "id", "{file}: the header row first, its BOM not part of the first name");
    }
    let json = std::fs::read_to_string(folder.join("dataset.json")).expect("dist/data/dataset.json");
    let value: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    assert_eq!(value["figures"].as_array().map(Vec::len), Some(data().figures.len()));
    assert_eq!(value["projects"].as_array().map(Vec::len), Some(data().projects.len()));
    assert_eq!(value["sources"].as_array().map(Vec::len), Some(data().sources.len()));
    assert_eq!(value["cities"][0]["id"], data().cities[0].id());
    let first = &value["figures"][0];
    assert_eq!(first["quote"], data().figures[0].quote);
    assert_eq!(first["value_text"], data().figures[0].value_text);
}
