//! The static pages of dist/: what each file stands for, how its query is read over that, and the
//! links it writes.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use renewal_explorer::core::chart::{charts_for, ChartSet};
use renewal_explorer::core::dataset::BUNDLED;
use renewal_explorer::core::model::Lang;
use renewal_explorer::core::page::{document_title, root_classes, static_pages, Page};
use renewal_explorer::core::url_state::{format_over, View, ViewState};
use support::city;

fn chart_page() -> Page {
    Page::chart_embed("compare-green-space-rate", Lang::En)
}

#[test]
fn a_chart_page_stands_for_its_chart_embedded_and_its_query_is_read_over_that() {
    let page = chart_page();
    assert_eq!(page.path, "embed/compare-green-space-rate.en.html");
    let (own, dropped) = page.state("");
    assert!(dropped.is_empty());
    assert_eq!(
        own,
        ViewState { embed: true, chart: Some("compare-green-space-rate".into()), lang: Lang::En, ..Default::default() }
    );
    let (filtered, _) = page.state("?city=hebi&theme=dark");
    assert_eq!(
        filtered,
        ViewState { cities: vec![city("hebi")], theme: renewal_explorer::core::url_state::Theme::Dark, ..own.clone() }
    );
    let (zh, _) = page.state("lang=zh");
    assert_eq!(zh.lang, Lang::Zh, "the query wins over the file");
    let (index, _) = Page::index().state("?view=about");
    assert_eq!(index, ViewState { view: View::About, ..Default::default() });
}

#[test]
fn links_write_only_what_differs_from_the_page_and_round_trip() {
    let page = chart_page();
    let own = page.own_state();
    assert_eq!(page.href(&own), "?", "the page's own state needs no query");
    // Lists keep the canonical order of the data (as the URL parser does).
    let filtered = ViewState { cities: vec![city("jiyuan"), city("hebi")], ..own.clone() };
    assert_eq!(page.href(&filtered), "?city=jiyuan,hebi");
    assert_eq!(page.state(&page.href(&filtered)).0, filtered);
    let chinese = ViewState { lang: Lang::Zh, ..own.clone() };
    assert_eq!(page.href(&chinese), "?lang=zh", "a default the page overrides is written out");
    assert_eq!(page.state(&page.href(&chinese)).0, chinese);
    let unembedded = ViewState { embed: false, chart: None, ..own };
    assert_eq!(page.state(&page.href(&unembedded)).0, unembedded, "even leaving the page's chart round-trips");
    assert_eq!(format_over(&ViewState::default(), &ViewState::default()), "");
}

#[test]
fn links_to_the_full_explorer_are_relative_to_the_page() {
    let charts = ViewState { view: View::Charts, ..Default::default() };
    assert_eq!(Page::index().explorer_link(&ViewState::default()), "./");
    assert_eq!(Page::index().explorer_link(&charts), "?view=charts");
    assert_eq!(chart_page().explorer_link(&ViewState::default()), "../");
    assert_eq!(chart_page().explorer_link(&charts), "../?view=charts");
}

#[test]
fn the_explorers_address_is_found_from_any_page() {
    let index = Page::index();
    assert_eq!(index.explorer_address("https://h/news/renewal/?view=charts#top"), "https://h/news/renewal/");
    assert_eq!(index.explorer_address("https://h/news/renewal/index.html"), "https://h/news/renewal/");
    assert_eq!(
        chart_page().explorer_address("https://h/news/renewal/embed/x.en.html?city=hebi"),
        "https://h/news/renewal/"
    );
    assert_eq!(chart_page().explorer_address("http://127.0.0.1:8080/embed/x.html"), "http://127.0.0.1:8080/");
}

#[test]
fn the_build_writes_the_landing_page_and_one_page_per_chart_and_language() {
    let pages = static_pages(&BUNDLED);
    let index = &pages[0];
    assert_eq!([&index.path, &index.base, &index.root].map(String::as_str), ["index.html", "", ""], "the landing page");
    let all = ViewState::default();
    let mut ids: Vec<String> = [ChartSet::Overview, ChartSet::Compare]
        .into_iter()
        .flat_map(|set| charts_for(&BUNDLED, &all, Lang::Zh, set))
        .map(|c| c.id)
        .collect();
    ids.dedup();
    assert!(ids.contains(&"projects-by-status".to_string()), "the landing chart is among the Charts view's");
    assert_eq!(pages.len(), 1 + 2 * ids.len());
    for id in &ids {
        for lang in Lang::ALL {
            assert!(pages.contains(&Page::chart_embed(id, *lang)), "{id} in {lang:?}");
        }
    }
}

#[test]
fn titles_and_classes_say_what_the_page_shows() {
    let chart =
        ViewState { embed: true, chart: Some("projects-by-status".into()), lang: Lang::En, ..Default::default() };
    assert_eq!(
        document_title(&BUNDLED, &chart),
        "Projects by city and status, as the documents word it · Henan Urban Renewal Explorer"
    );
    assert_eq!(document_title(&BUNDLED, &ViewState::default()), "河南城市更新数据浏览 · Henan Urban Renewal Explorer");
    assert_eq!(
        document_title(&BUNDLED, &ViewState { view: View::About, ..Default::default() }),
        "关于与来源 · 河南城市更新数据浏览"
    );
    assert_eq!(root_classes(&chart), "theme-auto embed");
    assert_eq!(root_classes(&ViewState { large: true, ..Default::default() }), "theme-auto large");
}

#[test]
fn a_page_names_what_its_own_file_shows_in_either_language() {
    use renewal_explorer::core::page::own_view_name;
    let index = Page::index();
    assert_eq!(own_view_name(&BUNDLED, &index, Lang::Zh), "概览 · 全部城市");
    assert_eq!(own_view_name(&BUNDLED, &index, Lang::En), "Overview · all cities");
    let two = Page { base: "view=projects&city=hebi,jiyuan".into(), ..Page::index() };
    assert_eq!(own_view_name(&BUNDLED, &two, Lang::Zh), "项目 · 济源、鹤壁");
    assert_eq!(own_view_name(&BUNDLED, &two, Lang::En), "Projects · Jiyuan and Hebi");
    // A chart's page: the chart's title, in the language asked for (not the file's).
    let chart = chart_page();
    let state = ViewState { lang: Lang::Zh, ..chart.own_state() };
    let title = renewal_explorer::core::chart::chart_by_id(&BUNDLED, &state, Lang::Zh, "compare-green-space-rate")
        .expect("the chart")
        .title;
    assert_eq!(own_view_name(&BUNDLED, &chart, Lang::Zh), format!("{title} · 全部城市"));
}
