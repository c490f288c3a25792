//! The explorer in a real browser: filters, search, detail, language, history, bad links.

use super::browser::Browser;
use super::serve_dist;
use crate::city;
use renewal_explorer::core::dataset::data;
use renewal_explorer::core::filter::apply;
use renewal_explorer::core::model::{Category, Status};
use renewal_explorer::core::url_state::{View, ViewState};

/// "48 个项目" for the projects matching `state`, as the page should say it.
fn projects_label(state: ViewState) -> String {
    format!("{} 个项目", apply(data().projects, &state).len())
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
async fn filter_by_cities_category_and_chinese_search_then_back_and_forward() {
    let server = serve_dist("/");
    let b = Browser::start(1280, 1000).await;
    b.goto(&format!("{}?view=projects", server.base_url)).await;
    b.wait_for_count("[data-testid=project-card]", 1).await;
    let all = b.text("[data-testid=result-count]").await;

    b.click("[data-testid=city-hebi] input").await;
    let one_city = projects_label(ViewState { cities: vec![city("hebi")], ..Default::default() });
    let shown_one = b.wait_for_text("[data-testid=result-count]", |t| t == one_city).await;
    let url_one = b.current_url().await;

    b.click("[data-testid=city-jiyuan] input").await;
    let two = ViewState { cities: vec![city("jiyuan"), city("hebi")], ..Default::default() };
    let two_cities = projects_label(two.clone());
    let shown_two = b.wait_for_text("[data-testid=result-count]", |t| t == two_cities).await;

    b.click("[data-testid=cat-greening]").await;
    let with_cat = ViewState { categories: vec![Category::Greening], ..two.clone() };
    let cat_label = projects_label(with_cat.clone());
    let shown_cat = b.wait_for_text("[data-testid=result-count]", |t| t == cat_label).await;
    let pressed =
        b.eval("return document.querySelector('[data-testid=cat-greening]').getAttribute('aria-pressed')").await;

    let search = b.client.find(harness::Locator::Css("[data-testid=search]")).await.expect("search box");
    search.send_keys("公园").await.expect("typing");
    let searched = ViewState { q: "公园".into(), ..with_cat.clone() };
    let search_label = projects_label(searched);
    let shown_search = b.wait_for_text("[data-testid=result-count]", |t| t == search_label).await;
    let url_search = b.current_url().await;
    let cards_match = b
        .eval("return [...document.querySelectorAll('[data-testid=project-card]')].every(c => c.textContent.includes('公园') || c.textContent.toLowerCase().includes('park'))")
        .await;

    // Typing replaced the entry, so one step back undoes the chip, not a keystroke.
    b.client.back().await.expect("back");
    let back_label = b.wait_for_text("[data-testid=result-count]", |t| t == two_cities).await;
    let jiyuan_checked = b.eval("return document.querySelector('[data-testid=city-jiyuan] input').checked").await;
    b.client.forward().await.expect("forward");
    let forward_label = b.wait_for_text("[data-testid=result-count]", |t| t == search_label).await;
    let errors = b.console_errors().await;
    b.close().await;

    assert!(all.ends_with(" 个项目"), "{all}");
    assert_eq!(shown_one, one_city);
    assert!(url_one.ends_with("/projects/hebi/"), "one city's projects have a page: {url_one}");
    assert_eq!(shown_two, two_cities);
    assert_eq!(shown_cat, cat_label);
    assert_eq!(pressed, "true");
    assert_eq!(shown_search, search_label);
    assert!(url_search.contains("q=%E5%85%AC%E5%9B%AD"), "search text is in the URL: {url_search}");
    assert_eq!(cards_match, true, "every card mentions the search word");
    assert_eq!(back_label, two_cities, "back restores the two-city filter");
    assert_eq!(jiyuan_checked, true);
    assert_eq!(forward_label, search_label, "forward restores the search");
    assert!(errors.is_empty(), "console errors: {errors:#?}");
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
async fn project_detail_shows_its_verbatim_quote_and_language_switch_keeps_it() {
    let server = serve_dist("/");
    // A project with linked figures, so the detail shows both kinds of quote.
    let project = data()
        .projects
        .iter()
        .find(|p| data().figures.iter().any(|f| f.project_id == Some(p.id)))
        .expect("a project with figures");
    let b = Browser::start(1280, 1000).await;
    let query = renewal_explorer::core::query::encode(project.name_zh);
    b.goto(&format!("{}?view=projects&city={}&q={query}", server.base_url, project.city.id())).await;
    b.wait_for_count(&format!("[data-id={}] [data-testid=project-link]", project.id), 1).await;
    b.click(&format!("[data-id={}] [data-testid=project-link]", project.id)).await;
    b.wait_for_count("[data-testid=project-detail]", 1).await;
    let quote = b.text("[data-testid=project-detail] .project-source [data-testid=quote]").await;
    let url = b.current_url().await;
    let heading_focused = b.eval("return document.activeElement.tagName").await;
    b.switch_language().await;
    let name_en = b.wait_for_text("[data-testid=project-detail] h2", |t| t == project.name_en).await;
    b.click("[data-testid=back-to-list]").await;
    let cards = b.wait_for_count("[data-testid=project-card]", 1).await;
    let url_back = b.current_url().await;
    let errors = b.console_errors().await;
    b.close().await;

    assert_eq!(quote, project.quote, "the verbatim quote is shown");
    assert!(url.contains(&format!("/projects/{}.html", project.id)), "the project's page: {url}");
    assert_eq!(heading_focused, "H2", "focus moves to the detail heading");
    assert_eq!(name_en, project.name_en);
    assert!(cards > 0 && !url_back.contains(".html"), "back to the list keeps filters: {url_back}");
    assert!(url_back.contains(&format!("/en/projects/{}/?q=", project.city.id())), "{url_back}");
    assert!(errors.is_empty(), "console errors: {errors:#?}");
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
async fn figures_table_sorts_and_every_value_opens_its_quote() {
    let server = serve_dist("/");
    let b = Browser::start(1280, 1000).await;
    b.goto(&format!("{}?view=figures&city=pingdingshan&kind=achieved", server.base_url)).await;
    let rows = b.wait_for_count("[data-testid=figure-row]", 2).await;
    b.click("[data-testid=sort-value]").await;
    b.click("[data-testid=sort-value]").await;
    let url = b.wait_for_url(|u| u.contains("sort=-value")).await;
    let first_value = b.eval("return document.querySelector('[data-testid=figure-row] .value').textContent").await;
    let aria = b
        .eval("return document.querySelector('[data-testid=sort-value]').parentElement.getAttribute('aria-sort')")
        .await;
    b.click("[data-testid=figure-row] [data-testid=show-source]").await;
    let quote_visible = b.eval("return document.querySelector('[data-testid=figure-row] details').open").await;
    // The first 50 rows, then the rest on request.
    b.click("[data-testid=show-more]").await;
    let all_rows = b.wait_for_count("[data-testid=figure-row]", 51).await;
    let errors = b.console_errors().await;
    b.close().await;

    let mut expected: Vec<_> = data()
        .figures
        .iter()
        .filter(|f| f.city == city("pingdingshan") && f.kind == renewal_explorer::core::model::FigureKind::Achieved)
        .collect();
    expected.sort_by(|a, b| b.value.total_cmp(&a.value));
    assert_eq!(rows, expected.len().min(50), "the first rows");
    assert_eq!(all_rows, expected.len(), "and the rest on request");
    assert!(url.contains("sort=-value"), "{url}");
    assert!(
        first_value.as_str().is_some_and(|v| v.contains(expected[0].value_text)),
        "{first_value} vs {}",
        expected[0].value_text
    );
    assert_eq!(aria, "descending");
    assert_eq!(quote_visible, true);
    assert!(errors.is_empty(), "console errors: {errors:#?}");
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
async fn malformed_url_shows_a_notice_keeps_the_rest_and_injects_nothing() {
    let server = serve_dist("/");
    let b = Browser::start(360, 800).await;
    let hostile = "?view=projects&city=hebi,atlantis&q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&zzz=%E5%85&lang=en";
    b.goto(&format!("{}{hostile}", server.base_url)).await;
    b.wait_for_count("[data-testid=url-notice]", 1).await;
    let notice = b.text("[data-testid=url-notice]").await;
    let checked = b.eval("return document.querySelector('[data-testid=city-hebi] input').checked").await;
    let injected = b.eval("return document.querySelectorAll('main img, [data-testid=url-notice] img').length").await;
    let search_value = b.eval("return document.querySelector('[data-testid=search]').value").await;
    b.click("[data-testid=dismiss-notice]").await;
    let gone = b.wait_for_count("[data-testid=url-notice]", 0).await;
    b.close().await;

    assert!(notice.contains("atlantis") && notice.contains("zzz"), "{notice}");
    assert_eq!(checked, true, "the valid part of the filter still applies");
    assert_eq!(injected, 0, "URL text is never HTML");
    assert_eq!(search_value, "<img src=x onerror=alert(1)>", "the search text stays text");
    assert_eq!(gone, 0);
}

/// The dataset's texts a page fetched, by name without their hash (see core::dataset).
const TEXTS_FETCHED: &str = "return performance.getEntriesByType('resource').map(e => e.name.split('/').pop()).filter(n => n.endsWith('.txt')).map(n => n.replace(/-[0-9a-f]{16}/, '')).sort()";

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
async fn an_address_fetches_the_texts_it_shows_and_a_wider_state_the_rest_in_place() {
    let server = serve_dist("/");
    let b = Browser::start(1280, 1000).await;
    b.goto(&server.base_url).await;
    let landing = b.eval(TEXTS_FETCHED).await;
    let headline = b.text("[data-testid=city-card] .figure-list li").await;

    // A one-city address with filters the page cannot show: its city's texts only.
    b.goto(&format!("{}projects/hebi/?cat=greening&status=completed", server.base_url)).await;
    let hebi = ViewState {
        view: View::Projects,
        cities: vec![city("hebi")],
        categories: vec![Category::Greening],
        statuses: vec![Status::Completed],
        ..ViewState::default()
    };
    let names_of = |state: &ViewState| -> Vec<String> {
        apply(data().projects, state).iter().map(|p| p.name_zh.to_string()).collect()
    };
    let one_city = b.eval(TEXTS_FETCHED).await;
    let names = "return [...document.querySelectorAll('[data-testid=project-card] h3')].filter(h => h.checkVisibility()).map(h => h.textContent)";
    let hebi_cards = b.eval(names).await;
    b.eval("window.__samePage = true; return 1").await;
    // Another city: the rest of the texts come, and the view changes in place.
    b.click("[data-testid=city-pingdingshan] input").await;
    let url = b.wait_for_url(|u| u.contains("pingdingshan")).await;
    let both = ViewState { cities: vec![city("hebi"), city("pingdingshan")], ..hebi.clone() };
    let both_count = apply(data().projects, &both).len();
    b.wait_for_text("[data-testid=result-count]", |t| t.contains(&both_count.to_string())).await;
    let both_cards = b.eval(names).await;
    let same_page = b.eval("return window.__samePage === true").await;
    let focused = b.eval("return document.activeElement.closest('[data-testid=city-pingdingshan]') !== null").await;
    let every_city = b.eval(TEXTS_FETCHED).await;
    let errors = b.console_errors().await;
    b.close().await;

    assert_eq!(landing, serde_json::json!(["rows-landing-zh.txt"]), "the landing: its headline figures' texts");
    assert!(!headline.trim().is_empty(), "a headline figure shows its texts");
    assert_eq!(one_city, serde_json::json!(["rows-hebi-zh.txt"]), "a one-city address: that city's texts");
    let hebi_cards: Vec<String> = serde_json::from_value(hebi_cards).expect("names");
    assert!(!hebi_cards.is_empty(), "Hebi has completed greening projects");
    assert_eq!(hebi_cards, names_of(&hebi)[..hebi_cards.len()], "the filtered list, with its names");
    assert!(url.contains("pingdingshan") && url.contains("hebi"), "{url}");
    let both_cards: Vec<String> = serde_json::from_value(both_cards).expect("names");
    assert_eq!(both_cards, names_of(&both)[..both_cards.len()], "both cities' list, with its names");
    assert!(apply(data().projects, &both).iter().any(|p| p.city == city("pingdingshan")), "Pingdingshan has some too");
    assert_eq!(same_page, true, "the app changed the view in place, not by loading a page");
    assert_eq!(focused, true, "focus stays on the checkbox");
    assert_eq!(
        every_city,
        serde_json::json!([
            "rows-hebi-zh.txt",
            "rows-jiaozuo-zh.txt",
            "rows-jiyuan-zh.txt",
            "rows-pingdingshan-zh.txt"
        ]),
        "every city's texts, each once"
    );
    assert!(errors.is_empty(), "console errors: {errors:#?}");
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
async fn an_english_reader_gets_each_quotes_english_one_tap_away_fetched_only_then() {
    let server = serve_dist("/");
    let b = Browser::start(1280, 1000).await;
    b.goto(&format!("{}figures/pingdingshan/", server.base_url)).await;
    b.wait_for_count("[data-testid=figure-row]", 2).await;
    let chinese_texts = b.eval(TEXTS_FETCHED).await;
    let chinese_translations = b.eval("return document.querySelectorAll('[data-testid=quote-en]').length").await;

    b.goto(&format!("{}en/figures/pingdingshan/", server.base_url)).await;
    b.wait_for_count("[data-testid=figure-row]", 2).await;
    let english_texts = b.eval(TEXTS_FETCHED).await;
    let slot = "[data-testid=figure-row] [data-quote-en]";
    let id = b.eval(&format!("return document.querySelector('{slot}').dataset.quoteEn")).await;
    let before = b.eval(&format!("return document.querySelector('{slot}').textContent")).await;
    b.click("[data-testid=figure-row] [data-testid=show-source]").await;
    b.click("[data-testid=figure-row] [data-testid=quote-en] summary").await;
    let english = b.wait_for_text(slot, |t| !t.is_empty()).await;
    let texts_after = b.eval(TEXTS_FETCHED).await;
    let errors = b.console_errors().await;
    b.close().await;

    assert_eq!(
        chinese_texts,
        serde_json::json!(["rows-pingdingshan-zh.txt"]),
        "a Chinese page of one city fetches its city's Chinese texts only"
    );
    assert_eq!(chinese_translations, 0, "the Chinese is the source: no translation offered");
    assert_eq!(english_texts, serde_json::json!(["rows-pingdingshan-en.txt"]), "an English page: the English texts");
    assert_eq!(before, "", "the quotes' English is not part of the first download");
    let id = id.as_str().unwrap_or_default();
    let expected = renewal_explorer::core::dataset::quote_en(data(), id).unwrap_or_default();
    assert!(!expected.is_empty(), "{id} has a translation");
    assert_eq!(english, expected, "{id}: the explorer's English of the quote");
    assert_eq!(
        texts_after,
        serde_json::json!(["quotes-en.txt", "rows-pingdingshan-en.txt"]),
        "fetched when first opened"
    );
    assert!(errors.is_empty(), "console errors: {errors:#?}");
}
