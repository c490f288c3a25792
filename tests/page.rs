//! The pages of dist/ and the address of every state: what each file stands for, how its query
//! is read over that, the links between pages, and the old query addresses.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use renewal_explorer::core::chart::{charts_for, page_ids, ChartSet};
use renewal_explorer::core::dataset::data;
use renewal_explorer::core::model::Lang;
use renewal_explorer::core::page::{
    address_of, document_title, folder_above, locate, own_view_name, page_description, root_classes, same_classes,
    static_pages, Page, PageKind,
};
use renewal_explorer::core::url_state::{format_over, Theme, View, ViewState};
use support::city;

fn chart_page() -> Page {
    Page::chart_embed("compare-green-space-rate", Lang::En)
}

#[test]
fn each_page_has_a_readable_address_its_file_and_the_way_back_up() {
    let hebi = Some(city("hebi"));
    let cases = [
        (Page::index(), "", "index.html", ""),
        (Page::view(View::Overview, None, Lang::En), "en/", "en/index.html", "../"),
        (Page::view(View::Charts, None, Lang::Zh), "charts/", "charts/index.html", "../"),
        (Page::view(View::Overview, hebi, Lang::Zh), "hebi/", "hebi/index.html", "../"),
        (Page::view(View::Projects, hebi, Lang::En), "en/projects/hebi/", "en/projects/hebi/index.html", "../../../"),
        (Page::project("pds25-p001", Lang::Zh), "projects/pds25-p001.html", "projects/pds25-p001.html", "../"),
        (Page::project("pds25-p001", Lang::En), "en/projects/pds25-p001.html", "en/projects/pds25-p001.html", "../../"),
        (chart_page(), "embed/compare-green-space-rate.en.html", "embed/compare-green-space-rate.en.html", "../"),
    ];
    for (page, address, path, root) in cases {
        assert_eq!((page.address(), page.path(), page.root()), (address.into(), path.into(), root.into()), "{page:?}");
        assert_eq!(Page::from_address(data(), address), Some(page.clone()), "{address} is read back");
        assert_eq!(Page::for_state(data(), &page.own_state()), page, "{address} is its own state's page");
    }
    assert_eq!(Page::from_address(data(), "index.html"), Some(Page::index()));
    assert_eq!(Page::from_address(data(), "en"), Some(Page::view(View::Overview, None, Lang::En)), "no slash");
    assert_eq!(Page::from_address(data(), "en/charts/index.html"), Some(Page::view(View::Charts, None, Lang::En)));
    for nothing in ["nowhere/", "charts/nowhere/", "hebi/charts/", "embed/nothing.html", "projects/p0.html", "a/b/c/"] {
        assert_eq!(Page::from_address(data(), nothing), None, "{nothing}");
    }
}

#[test]
fn a_page_stands_for_its_state_and_its_query_is_read_over_it() {
    let page = chart_page();
    let (own, dropped) = page.state("");
    assert!(dropped.is_empty());
    assert_eq!(
        own,
        ViewState { embed: true, chart: Some("compare-green-space-rate".into()), lang: Lang::En, ..Default::default() }
    );
    let (filtered, _) = page.state("?city=hebi&theme=dark");
    assert_eq!(filtered, ViewState { cities: vec![city("hebi")], theme: Theme::Dark, ..own.clone() });
    let (zh, _) = page.state("lang=zh");
    assert_eq!(zh.lang, Lang::Zh, "the query wins over the file");
    let hebi = Page::view(View::Projects, Some(city("hebi")), Lang::Zh);
    let (other, _) = hebi.state("?city=jiyuan");
    assert_eq!(other.cities, vec![city("jiyuan")], "a city in the query replaces the page's");
    let (two, _) = hebi.state("?city=jiyuan&city=jiaozuo");
    assert_eq!(two.cities, vec![city("jiyuan"), city("jiaozuo")], "several city keys add up");
    let (kept, _) = hebi.state("?cat=greening");
    assert_eq!(kept.cities, vec![city("hebi")], "the page's city stays under other filters");
}

#[test]
fn a_state_s_address_is_its_nearest_page_and_the_query_of_the_rest() {
    let state = |f: fn(&mut ViewState)| {
        let mut s = ViewState::default();
        f(&mut s);
        s
    };
    let cases = [
        (ViewState::default(), ""),
        (state(|s| s.lang = Lang::En), "en/"),
        (state(|s| s.view = View::Charts), "charts/"),
        (state(|s| s.cities = vec![city("hebi")]), "hebi/"),
        (state(|s| (s.view, s.cities, s.lang) = (View::Charts, vec![city("hebi")], Lang::En)), "en/charts/hebi/"),
        (
            state(|s| (s.view, s.cities) = (View::Compare, vec![city("jiyuan"), city("hebi")])),
            "compare/?city=jiyuan,hebi",
        ),
        (state(|s| (s.view, s.cities, s.embed) = (View::Projects, vec![city("hebi")], true)), "projects/hebi/?embed=1"),
        (
            state(|s| (s.view, s.cities, s.q) = (View::Projects, vec![city("hebi")], "公园".into())),
            "projects/hebi/?q=%E5%85%AC%E5%9B%AD",
        ),
        (state(|s| (s.view, s.project) = (View::Projects, Some("pds25-p001".into()))), "projects/pds25-p001.html"),
        (state(|s| (s.view, s.project) = (View::Projects, Some("nothing".into()))), "projects/?project=nothing"),
        (state(|s| (s.embed, s.chart) = (true, Some("projects-by-status".into()))), "embed/projects-by-status.html"),
        (state(|s| (s.embed, s.chart) = (true, Some("nothing".into()))), "?embed=1&chart=nothing"),
    ];
    for (state, address) in cases {
        assert_eq!(address_of(data(), &state), address, "{state:?}");
        let (page, query) = address.split_once('?').unwrap_or((address, ""));
        let page = Page::from_address(data(), page).expect("a page of dist/");
        assert_eq!(page.state(query).0, state, "{address} reads back as the same state");
    }
}

#[test]
fn links_between_pages_are_relative_and_land_on_the_target() {
    let hebi_charts = Page::view(View::Charts, Some(city("hebi")), Lang::En);
    let to = |view: View, cities: Vec<_>| ViewState { view, cities, lang: Lang::En, ..Default::default() };
    assert_eq!(hebi_charts.link_to(data(), &to(View::Charts, vec![city("hebi")])), "./");
    assert_eq!(hebi_charts.link_to(data(), &to(View::Projects, vec![city("hebi")])), "../../projects/hebi/");
    assert_eq!(hebi_charts.link_to(data(), &to(View::Charts, vec![])), "../");
    assert_eq!(hebi_charts.link_to(data(), &to(View::Overview, vec![])), "../../");
    let zh = ViewState { view: View::Charts, cities: vec![city("hebi")], ..Default::default() };
    assert_eq!(hebi_charts.link_to(data(), &zh), "../../../charts/hebi/", "the language switch");
    let filtered =
        ViewState { categories: vec![renewal_explorer::core::model::Category::Greening], ..hebi_charts.own_state() };
    assert_eq!(hebi_charts.link_to(data(), &filtered), "?cat=greening", "a filter on the same page");
    let chart = ViewState { embed: true, chart: Some("projects-by-status".into()), ..Default::default() };
    assert_eq!(Page::chart_embed("projects-by-status", Lang::Zh).link_to(data(), &chart), "projects-by-status.html");
    assert_eq!(Page::chart_embed("projects-by-status", Lang::Zh).link_to(data(), &ViewState::default()), "../");
    // Every link, followed from its page, names the target's address.
    for page in static_pages(data()).iter().step_by(37) {
        for target in [zh.clone(), filtered.clone(), chart.clone(), ViewState::default()] {
            let link = page.link_to(data(), &target);
            let here = format!("https://h/r/{}", page.address());
            let followed = url::Url::parse(&here).and_then(|u| u.join(&link)).expect("a link").to_string();
            assert_eq!(followed, format!("https://h/r/{}", address_of(data(), &target)), "{link} from {here}");
        }
    }
}

#[test]
fn an_address_is_read_from_any_url_of_the_explorer_old_links_included() {
    let root = "https://h/news/renewal/";
    let at = |href: &str| locate(data(), root, href);
    let (charts, dropped) = at("https://h/news/renewal/en/charts/hebi/?cat=greening#main");
    assert!(dropped.is_empty());
    assert_eq!((charts.view, charts.lang, charts.cities.clone()), (View::Charts, Lang::En, vec![city("hebi")]));
    assert_eq!(charts.categories.len(), 1);
    let (old, _) = at("https://h/news/renewal/?view=charts&city=hebi&lang=en&cat=greening");
    assert_eq!(old, charts, "an old query address keeps its meaning");
    let (old_index, _) = at("https://h/news/renewal/index.html?view=charts&city=hebi&lang=en&cat=greening");
    assert_eq!(old_index, charts);
    let (lost, dropped) = at("https://h/news/renewal/nowhere/?view=about");
    assert_eq!(lost.view, View::About, "an unknown path reads as the landing page with its query");
    assert_eq!((dropped[0].key.as_str(), dropped[0].value.as_str()), ("path", "nowhere/"), "and says so");
    assert_eq!(folder_above("https://h/news/renewal/en/charts/hebi/?x#y", 3), root);
    assert_eq!(folder_above("https://h/news/renewal/embed/x.html", 1), root);
    assert_eq!(folder_above("https://h/news/renewal/index.html", 0), root);
}

#[test]
fn an_unknown_english_path_stays_english() {
    let lost = locate(data(), "https://h/news/renewal/", "https://h/news/renewal/en/nowhere/").0;
    assert_eq!((lost.view, lost.lang), (View::Overview, Lang::En));
}

#[test]
fn the_build_writes_every_view_city_and_language_every_project_and_every_chart() {
    let pages = static_pages(data());
    assert_eq!(pages[0], Page::index(), "the landing page first");
    let views = 2 * View::ALL.len() * (1 + data().cities.len());
    let projects = 2 * data().projects.len();
    let all = ViewState::default();
    let mut drawn: Vec<String> = [ChartSet::Landing, ChartSet::Overview, ChartSet::Compare]
        .into_iter()
        .flat_map(|set| charts_for(data(), &all, Lang::Zh, set))
        .map(|c| c.id)
        .collect();
    drawn.sort();
    drawn.dedup();
    let mut ids = page_ids(data());
    ids.sort();
    assert_eq!(ids, drawn, "a page for each chart the unfiltered explorer draws, found without drawing");
    assert_eq!(pages.len(), views + projects + 2 * ids.len());
    let mut paths: Vec<String> = pages.iter().map(Page::path).collect();
    paths.sort();
    paths.dedup();
    assert_eq!(paths.len(), pages.len(), "no two pages share a file");
    for page in &pages {
        assert_eq!(Page::from_address(data(), &page.address()).as_ref(), Some(page), "{}", page.address());
    }
    // Whatever the filters, a chart the explorer draws has a page.
    for city in data().cities {
        let one = ViewState { cities: vec![*city], ..Default::default() };
        for set in [ChartSet::Overview, ChartSet::Compare] {
            for chart in charts_for(data(), &one, Lang::Zh, set) {
                assert!(ids.contains(&chart.id), "{} under {}", chart.id, city.id());
            }
        }
    }
}

#[test]
fn titles_descriptions_and_classes_say_what_the_page_shows() {
    let chart =
        ViewState { embed: true, chart: Some("projects-by-status".into()), lang: Lang::En, ..Default::default() };
    assert_eq!(
        document_title(data(), &chart),
        "Projects by city and status, as the documents word it · Henan Urban Renewal Explorer"
    );
    assert_eq!(document_title(data(), &ViewState::default()), "河南城市更新数据浏览 · Henan Urban Renewal Explorer");
    assert_eq!(
        document_title(data(), &ViewState { view: View::About, ..Default::default() }),
        "关于与来源 · 河南城市更新数据浏览"
    );
    let hebi = Page::view(View::Projects, Some(city("hebi")), Lang::En);
    assert_eq!(document_title(data(), &hebi.own_state()), "Projects · Hebi · Henan Urban Renewal Explorer");
    let project = Page::project("pds25-p001", Lang::Zh);
    let name = data().projects.iter().find(|p| p.id == "pds25-p001").map(|p| p.name_zh).unwrap_or_default();
    assert_eq!(document_title(data(), &project.own_state()), format!("{name} · 河南城市更新数据浏览"));
    let summary = data().projects.iter().find(|p| p.id == "pds25-p001").map(|p| p.summary_zh).unwrap_or_default();
    assert_eq!(page_description(data(), &project), summary);
    assert!(page_description(data(), &hebi).starts_with("Projects · Hebi: Urban-renewal projects"), "in English");
    let landing = page_description(data(), &Page::index());
    assert!(
        landing.starts_with("平顶山、济源、鹤壁、焦作城市更新") && landing.ends_with("每个数字都附原文出处。"),
        "{landing}"
    );
    let hebi_overview = ViewState { cities: vec![city("hebi")], ..Default::default() };
    assert_eq!(document_title(data(), &hebi_overview), "概览 · 鹤壁 · 河南城市更新数据浏览", "a city's overview");
    assert_eq!(root_classes(&chart), "theme-auto embed");
    assert_eq!(root_classes(&ViewState { large: true, ..Default::default() }), "theme-auto large");
}

#[test]
fn class_lists_are_the_same_in_any_order_and_spacing_only() {
    assert!(same_classes("theme-auto js", "js  theme-auto"));
    assert!(same_classes("js js theme-auto", "theme-auto js"));
    assert!(same_classes("", " "));
    assert!(!same_classes("js theme-auto", "js theme-auto stale"));
    assert!(!same_classes("js theme-auto running", "js theme-auto"));
    assert!(!same_classes("js theme-dark", "js theme-auto"));
}

#[test]
fn a_page_names_what_its_own_file_shows_in_either_language() {
    let index = Page::index();
    assert_eq!(own_view_name(data(), &index, Lang::Zh), "概览 · 全部城市");
    assert_eq!(own_view_name(data(), &index, Lang::En), "Overview · all cities");
    let hebi = Page::view(View::Projects, Some(city("hebi")), Lang::Zh);
    assert_eq!(own_view_name(data(), &hebi, Lang::Zh), "项目 · 鹤壁");
    assert_eq!(own_view_name(data(), &hebi, Lang::En), "Projects · Hebi");
    // A chart's page: the chart's title, in the language asked for (not the file's).
    let chart = chart_page();
    let state = ViewState { lang: Lang::Zh, ..chart.own_state() };
    let title = renewal_explorer::core::chart::chart_by_id(data(), &state, Lang::Zh, "compare-green-space-rate")
        .expect("the chart")
        .title;
    assert_eq!(own_view_name(data(), &chart, Lang::Zh), format!("{title} · 全部城市"));
    assert!(matches!(chart.kind, PageKind::Chart(_)));
    assert_eq!(format_over(&ViewState::default(), &ViewState::default()), "");
}
