//! Share links and embed snippets.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use renewal_explorer::core::embed::{embed_url, iframe_snippet, script_url, share_url, CHART_HEIGHT};
use renewal_explorer::core::markup::escape;
use renewal_explorer::core::model::Lang;
use renewal_explorer::core::page::page_address;
use renewal_explorer::core::url_state::{parse, Sort, SortKey, View, ViewState};
use support::city;

const PAGE: &str = "https://cdn.example.com/news/2026/renewal/";

fn state() -> ViewState {
    ViewState { view: View::Charts, cities: vec![city("hebi")], q: "公园 & <b>".into(), ..Default::default() }
}

#[test]
fn page_address_drops_query_and_fragment() {
    assert_eq!(page_address("https://h/a/?view=charts#x"), "https://h/a/");
    assert_eq!(page_address("https://h/a/index.html#top"), "https://h/a/index.html");
    assert_eq!(page_address("http://127.0.0.1:8080/"), "http://127.0.0.1:8080/");
}

#[test]
fn share_and_embed_urls_keep_the_state() {
    let embedded = ViewState { embed: true, chart: Some("compare-green-coverage-rate".into()), ..state() };
    let share = share_url(PAGE, &embedded);
    assert!(share.starts_with(PAGE) && !share.contains("embed=") && !share.contains("chart="), "{share}");
    let (back, dropped) = parse(&share[PAGE.len()..]);
    assert!(dropped.is_empty());
    assert_eq!(back, state());
    let view = embed_url(PAGE, &state(), None);
    let (back, _) = parse(&view[PAGE.len()..]);
    assert_eq!(back, ViewState { embed: true, ..state() }, "{view}");
    // Embedding the whole view from a one-chart page embeds the view, not that chart again.
    let view_from_chart = embed_url(PAGE, &embedded, None);
    let (back, _) = parse(&view_from_chart[PAGE.len()..]);
    assert_eq!(back, ViewState { embed: true, ..state() }, "{view_from_chart}");
    assert_eq!(share_url(PAGE, &ViewState::default()), PAGE, "no query when everything is default");
}

#[test]
fn a_chart_embed_points_at_the_charts_own_page_with_only_what_it_does_not_hold() {
    let chart = "compare-green-coverage-rate";
    let plain = embed_url(PAGE, &ViewState::default(), Some(chart));
    assert_eq!(plain, format!("{PAGE}embed/{chart}.html"));
    let english = ViewState {
        lang: Lang::En,
        view: View::Projects,
        project: Some("pds25-p009".into()),
        sort: Some(Sort { key: SortKey::Year, descending: true }),
        ..Default::default()
    };
    assert_eq!(
        embed_url(PAGE, &english, Some(chart)),
        format!("{PAGE}embed/{chart}.en.html"),
        "the view, the open project and the table order are irrelevant"
    );
    let filtered = embed_url(&format!("{PAGE}index.html"), &state(), Some(chart));
    let (file, query) = filtered.split_once('?').expect("a query for the filters");
    assert_eq!(file, format!("{PAGE}embed/{chart}.html"));
    let (back, dropped) = parse(query);
    assert!(dropped.is_empty());
    assert_eq!(
        back,
        ViewState { view: View::Overview, cities: vec![city("hebi")], q: "公园 & <b>".into(), ..Default::default() }
    );
}

#[test]
fn script_sits_next_to_the_page() {
    assert_eq!(script_url(PAGE), "https://cdn.example.com/news/2026/renewal/embed.js");
    assert_eq!(script_url("https://h/x/index.html"), "https://h/x/embed.js");
}

#[test]
fn snippet_is_lazy_sized_titled_and_escaped() {
    let snippet = iframe_snippet(PAGE, &state(), Some("projects-by-category"), Some("Projects by category"), Lang::En);
    assert!(snippet.contains("loading=\"lazy\""));
    assert!(snippet.contains(&format!("height=\"{CHART_HEIGHT}\"")));
    assert!(snippet.contains("title=\"Projects by category · Henan Urban Renewal Explorer\""), "{snippet}");
    let view = iframe_snippet(PAGE, &state(), None, None, Lang::Zh);
    assert!(view.contains("title=\"图表 · 河南城市更新数据浏览\""), "a view's embed names the view: {view}");
    assert!(snippet.contains("data-renewal-explorer"));
    assert!(snippet.contains("<script src=\"https://cdn.example.com/news/2026/renewal/embed.js\" async></script>"));
    // Query text is percent-encoded and then attribute-escaped: no raw markup survives.
    assert!(!snippet.contains("<b>") && snippet.contains("&amp;"), "{snippet}");
    assert_eq!(escape("a\"<>&"), "a&quot;&lt;&gt;&amp;");
}
