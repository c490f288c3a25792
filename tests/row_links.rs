//! Every row the explorer shows links to the pages the build writes for it (issue 30): a figure
//! to its page and its place in its document, a dated promise likewise, a project (whose page is
//! the explorer's own) to its place in its document; each link relative to the page shown.
#![cfg(not(target_arch = "wasm32"))]

use renewal_explorer::core::dataset::data;
use renewal_explorer::core::items::{figure_list_html, project_about_html, promise_item_html};
use renewal_explorer::core::model::Lang;
use renewal_explorer::core::overview::{city_card_html, city_cards};
use renewal_explorer::core::promises::{Month, Promise};
use renewal_explorer::core::url_state::{View, ViewState};

fn in_document(root: &str, lang: &str, source: &str, id: &str) -> String {
    format!(r#"<a href="{root}{lang}sources/{source}.html#{id}" data-testid="in-document">"#)
}

#[test]
fn a_list_of_figures_links_each_to_its_page_and_its_mark() {
    let figures: Vec<_> = data().figures.iter().take(2).collect();
    let html = figure_list_html(data(), &figures, "../../", Lang::En);
    assert_eq!(html.matches(r#"data-testid="figure-item""#).count(), 2, "{html}");
    for f in figures {
        assert!(
            html.contains(&format!(
                r#"<a href="../../en/figures/{}.html" data-testid="row-page">Its own page</a>"#,
                f.id
            )),
            "{html}"
        );
        assert!(html.contains(&in_document("../../", "en/", f.source_id, f.id)), "{html}");
        assert!(html.contains(f.metric_en), "{html}");
    }
}

#[test]
fn a_project_s_page_links_its_quote_to_its_mark_and_has_no_page_of_its_own_to_link() {
    let p = &data().projects[0];
    let html = project_about_html(data(), p, "../", Lang::Zh);
    assert!(html.contains(&in_document("../", "", p.source_id, p.id)), "{html}");
    assert!(!html.contains("row-page"), "the project's page is the one shown: {html}");
    assert!(html.contains(p.summary_zh) && html.contains(p.status.label().get(Lang::Zh)), "{html}");
}

#[test]
fn a_dated_promise_links_to_its_page_and_its_mark() {
    let c = &data().commitments[0];
    let now = ViewState { view: View::Promises, lang: Lang::En, ..ViewState::default() };
    let html = promise_item_html(data(), &Promise::Commitment(c), Month { year: 2026, month: 12 }, &now);
    assert!(html.contains(r#"data-testid="commitment""#) && html.contains(c.text_en), "{html}");
    // The English Promises view is `en/promises/`: two folders below the explorer.
    assert!(html.contains(&format!(r#"<a href="../../en/promises/{}.html" data-testid="row-page">"#, c.id)), "{html}");
    assert!(html.contains(&in_document("../../", "en/", c.source_id, c.id)), "{html}");
}

#[test]
fn a_city_card_s_headline_figures_link_from_the_landing() {
    let card = &city_cards(data(), 4)[0];
    let html = city_card_html(data(), card, &ViewState::default());
    assert!(html.contains(card.city.label().get(Lang::Zh)), "{html}");
    // "All projects of this city" opens that city's projects page.
    assert!(html.contains(&format!(r#"href="projects/{}/""#, card.city.id())), "{html}");
    assert!(!card.headlines.is_empty());
    for f in &card.headlines {
        // The landing is the explorer's folder itself: links start there.
        assert!(
            html.contains(&format!(r#"<a href="figures/{}.html" data-testid="row-page">本条页面</a>"#, f.id)),
            "{html}"
        );
    }
}

#[test]
fn in_english_every_quote_has_the_explorers_english_one_tap_away_and_in_chinese_none() {
    use renewal_explorer::core::dataset::quote_en;
    use renewal_explorer::core::items::citation_html;
    use renewal_explorer::core::markup::escape;
    let f = data().figures.iter().find(|f| f.id == "pds25-f003").expect("a figure");
    let english = citation_html(data(), f.quote, f.source_id, "", Lang::En, ("", Some("figures"), f.id));
    let translation = quote_en(data(), f.id).expect("its English");
    assert!(
        english.contains(&format!(r#"<p lang="en" data-quote-en="{}">{}</p>"#, f.id, escape(translation))),
        "{english}"
    );
    assert!(english.contains(r#"<details class="quote-en" data-testid="quote-en">"#), "behind a disclosure: {english}");
    let chinese = citation_html(data(), f.quote, f.source_id, "", Lang::Zh, ("", Some("figures"), f.id));
    assert!(!chinese.contains("quote-en"), "the Chinese is the source: {chinese}");
    let unknown = citation_html(data(), f.quote, f.source_id, "", Lang::En, ("", None, "no-such-row"));
    assert!(!unknown.contains("quote-en"), "no row, no translation: {unknown}");
}
