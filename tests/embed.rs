//! Share links and embed snippets.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use renewal_explorer::core::dataset::data;
use renewal_explorer::core::embed::{embed_url, iframe_snippet, script_url, share_url, CHART_HEIGHT};
use renewal_explorer::core::markup::escape;
use renewal_explorer::core::model::Lang;
use renewal_explorer::core::page::{locate, page_address};
use renewal_explorer::core::url_state::{Sort, SortKey, View, ViewState};
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

/// The state a copied address opens.
fn opened(address: &str) -> ViewState {
    let (state, dropped) = locate(data(), PAGE, address);
    assert!(dropped.is_empty(), "{address}: {dropped:?}");
    state
}

#[test]
fn share_and_embed_urls_are_the_state_s_own_address() {
    let embedded = ViewState { embed: true, chart: Some("compare-green-coverage-rate".into()), ..state() };
    let share = share_url(PAGE, &embedded);
    assert!(share.starts_with(&format!("{PAGE}charts/hebi/?q=")), "one city's view has a page: {share}");
    assert!(!share.contains("embed=") && !share.contains("chart="), "{share}");
    assert_eq!(opened(&share), state());
    let view = embed_url(PAGE, &state(), None);
    assert!(view.starts_with(&format!("{PAGE}charts/hebi/?")) && view.ends_with("&embed=1"), "{view}");
    assert_eq!(opened(&view), ViewState { embed: true, ..state() }, "{view}");
    // Embedding the whole view from a one-chart page embeds the view, not that chart again.
    let view_from_chart = embed_url(PAGE, &embedded, None);
    assert_eq!(opened(&view_from_chart), ViewState { embed: true, ..state() }, "{view_from_chart}");
    assert_eq!(share_url(PAGE, &ViewState::default()), PAGE, "no query when everything is default");
    let english = ViewState { lang: Lang::En, view: View::Compare, ..Default::default() };
    assert_eq!(share_url(PAGE, &english), format!("{PAGE}en/compare/"));
    assert_eq!(share_url(&format!("{PAGE}index.html"), &english), format!("{PAGE}en/compare/"));
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
    assert!(!query.contains("chart=") && !query.contains("embed="), "the page holds those: {query}");
    assert_eq!(
        opened(&filtered),
        ViewState {
            embed: true,
            chart: Some(chart.into()),
            cities: vec![city("hebi")],
            q: "公园 & <b>".into(),
            ..Default::default()
        }
    );
}

#[test]
fn an_embed_opens_the_full_explorer_at_its_view_and_names_only_its_sources() {
    use renewal_explorer::core::embed::{full_explorer, sources_shown};
    let chart = ViewState {
        embed: true,
        chart: Some("compare-green-coverage-rate".into()),
        project: Some("pds25-p001".into()),
        ..state()
    };
    let (full, anchor) = full_explorer(&chart);
    assert_eq!((full.view, full.embed, full.chart.clone()), (View::Compare, false, None));
    assert_eq!(full.project, None, "the view that holds the chart, not a project it happened to carry");
    assert_eq!(full.cities, vec![city("hebi")], "with its filters");
    assert_eq!(anchor.as_deref(), Some("chart-compare-green-coverage-rate"));
    let status = ViewState { embed: true, chart: Some("projects-by-status".into()), ..Default::default() };
    assert_eq!(full_explorer(&status).0.view, View::Charts);
    let view = ViewState { embed: true, view: View::Figures, ..state() };
    assert_eq!(full_explorer(&view), (ViewState { embed: false, ..view.clone() }, None));

    let ids = |state: &ViewState| sources_shown(data(), state).iter().map(|s| s.id).collect::<Vec<_>>();
    let hebi = ViewState { embed: true, cities: vec![city("hebi")], ..Default::default() };
    assert_eq!(ids(&hebi), ["hb-report-2025"], "a view of Hebi draws on Hebi's document only");
    assert_eq!(ids(&ViewState { embed: true, ..Default::default() }).len(), data().sources.len());
    let one = ViewState { embed: true, chart: Some("change-hb25-f015".into()), ..Default::default() };
    assert_eq!(ids(&one), ["hb-report-2025"], "one figure's chart: its document");
    let chart = |id: &str, cities| ViewState { embed: true, chart: Some(id.into()), cities, ..Default::default() };
    for id in ["projects-by-status", "projects-by-category", "figures-by-category"] {
        assert_eq!(ids(&chart(id, vec![city("hebi")])), ["hb-report-2025"], "{id} of Hebi: Hebi's document");
        assert_eq!(ids(&chart(id, vec![])).len(), data().sources.len(), "{id}: every document");
    }
    let compare = ViewState { embed: true, chart: Some("compare-green-coverage-rate".into()), ..Default::default() };
    let compared = ids(&compare);
    assert!(compared.len() >= 2 && compared.len() < data().sources.len(), "{compared:?}");
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
