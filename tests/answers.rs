//! A resident's answers, in the core: why a result is empty or partial, the filters a view
//! carries over, a chart bar on the overview, and comparisons that say who is missing.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use renewal_explorer::core::chart::{charts_for, ChartSet};
use renewal_explorer::core::coverage::{coverage, elsewhere_label, explanation, in_city, subject};
use renewal_explorer::core::dataset::BUNDLED;
use renewal_explorer::core::filter::{apply, project_facets};
use renewal_explorer::core::model::{Category, FigureKind, Lang, Status};
use renewal_explorer::core::url_state::{Sort, SortKey, View, ViewState};
use support::city;

fn hebi_searching(q: &str) -> ViewState {
    ViewState { view: View::Projects, cities: vec![city("hebi")], q: q.into(), ..Default::default() }
}

#[test]
fn an_empty_search_in_hebi_says_its_documents_do_not_cover_it_and_where_it_is_found() {
    let state = hebi_searching("老旧小区");
    let facets = project_facets(BUNDLED.cities, BUNDLED.projects, &state);
    assert!(apply(BUNDLED.projects, &state).is_empty());
    let found = coverage(&BUNDLED, &state, &facets.cities).expect("explained");
    assert_eq!(found.silent, vec![city("hebi")]);
    assert!(found.filtered_out.is_empty());
    let pds = found.elsewhere.iter().find(|(c, _)| *c == city("pingdingshan")).map(|(_, n)| *n);
    let pds_count = apply(BUNDLED.projects, &in_city(&state, city("pingdingshan"))).len();
    assert!(pds_count > 0);
    assert_eq!(pds, Some(pds_count));
    assert!(found.elsewhere.iter().all(|(_, n)| *n > 0), "only cities with results");
    assert_eq!(explanation(&found, &state, Lang::Zh), vec!["鹤壁的文件未涉及「老旧小区」。".to_string()]);
    assert_eq!(
        explanation(&found, &state, Lang::En),
        vec!["The documents of Hebi do not cover “老旧小区”.".to_string()]
    );
    assert_eq!(elsewhere_label(city("pingdingshan"), 3, Lang::Zh), "平顶山有 3 项");
    assert_eq!(elsewhere_label(city("pingdingshan"), 3, Lang::En), "Pingdingshan has 3");
    let moved = in_city(&state, city("pingdingshan"));
    assert_eq!((moved.cities, moved.q.as_str(), moved.view), (vec![city("pingdingshan")], "老旧小区", View::Projects));
}

#[test]
fn a_city_that_covers_the_subject_but_not_the_other_filters_is_told_apart() {
    // Hebi reports greening, but no greening project of unknown status.
    let state = ViewState {
        view: View::Projects,
        cities: vec![city("hebi")],
        categories: vec![Category::Greening],
        statuses: vec![Status::Unknown],
        ..Default::default()
    };
    let facets = project_facets(BUNDLED.cities, BUNDLED.projects, &state);
    let hebi_n = facets.cities.iter().find(|(c, _)| *c == city("hebi")).map(|(_, n)| *n);
    assert_eq!(hebi_n, Some(0), "the data has no greening project of unknown status in Hebi");
    let found = coverage(&BUNDLED, &state, &facets.cities).expect("explained");
    assert_eq!((found.silent.len(), found.filtered_out.clone()), (0, vec![city("hebi")]));
    let line = &explanation(&found, &state, Lang::Zh)[0];
    assert_eq!(line, "鹤壁的文件涉及园林绿化，但没有符合其他筛选条件的结果。");
}

#[test]
fn a_partial_result_names_the_cities_it_leaves_out_and_nothing_is_said_without_a_subject() {
    let state = ViewState { view: View::Projects, categories: vec![Category::Housing], ..Default::default() };
    let facets = project_facets(BUNDLED.cities, BUNDLED.projects, &state);
    let found = coverage(&BUNDLED, &state, &facets.cities).expect("some city has no housing projects");
    assert!(found.silent.contains(&city("hebi")));
    assert!(found.elsewhere.is_empty(), "no city is left unchosen");
    for (c, n) in &facets.cities {
        assert_eq!(*n == 0, found.silent.contains(c) || found.filtered_out.contains(c), "{c:?}");
    }
    let status_only = ViewState { statuses: vec![Status::Unknown], ..state.clone() };
    let status_only = ViewState { categories: Vec::new(), ..status_only };
    let facets = project_facets(BUNDLED.cities, BUNDLED.projects, &status_only);
    assert!(facets.cities.iter().any(|(_, n)| *n == 0), "some city has no project of unknown status");
    assert_eq!(coverage(&BUNDLED, &status_only, &facets.cities), None, "a status alone is no gap in the documents");
    let everything = ViewState { q: "公园".into(), ..Default::default() };
    let facets = project_facets(BUNDLED.cities, BUNDLED.projects, &everything);
    let all_have = facets.cities.iter().all(|(_, n)| *n > 0);
    assert_eq!(coverage(&BUNDLED, &everything, &facets.cities).is_none(), all_have);
}

#[test]
fn the_subject_is_said_as_the_reader_chose_it() {
    let both =
        ViewState { categories: vec![Category::Greening, Category::Housing], q: "公园".into(), ..Default::default() };
    assert_eq!(subject(&both, Lang::Zh), "园林绿化、住房与老旧小区中的「公园」");
    assert_eq!(subject(&both, Lang::En), "“公园” in Parks & greening, Housing & old compounds");
    let category = ViewState { q: String::new(), ..both.clone() };
    assert_eq!(subject(&category, Lang::Zh), "园林绿化、住房与老旧小区");
    let search = ViewState { categories: Vec::new(), ..both };
    assert_eq!(subject(&search, Lang::En), "“公园”");
}

#[test]
fn each_view_keeps_the_filters_it_uses_and_drops_the_rest() {
    let full = ViewState {
        view: View::Projects,
        cities: vec![city("hebi")],
        categories: vec![Category::Greening],
        kinds: vec![FigureKind::Target],
        statuses: vec![Status::Planned],
        q: "公园".into(),
        sort: Some(Sort { key: SortKey::Value, descending: true }),
        project: Some("hb25-p001".into()),
        lang: Lang::En,
        large: true,
        ..Default::default()
    };
    let kept = |view: View| {
        let s = full.carried_to(view);
        assert_eq!(
            (s.view, s.lang, s.large, s.cities.clone(), s.project.clone()),
            (view, Lang::En, true, full.cities.clone(), None)
        );
        (!s.categories.is_empty(), !s.q.is_empty(), !s.kinds.is_empty(), !s.statuses.is_empty(), s.sort.is_some())
    };
    assert_eq!(kept(View::Overview), (false, false, false, false, false));
    assert_eq!(kept(View::About), (false, false, false, false, false));
    assert_eq!(kept(View::Projects), (true, true, false, true, false));
    assert_eq!(kept(View::Figures), (true, true, true, false, true));
    assert_eq!(kept(View::Charts), (true, true, true, false, false));
    assert_eq!(kept(View::Compare), (true, true, true, false, false));
    assert_eq!(kept(View::Promises), (true, true, false, false, false));
}

#[test]
fn a_chart_bar_on_the_overview_opens_that_category_s_projects_elsewhere_it_toggles() {
    let hebi = ViewState { cities: vec![city("hebi")], lang: Lang::En, ..Default::default() };
    let opened = hebi.with_chart_category(Category::Greening);
    assert_eq!(
        opened,
        ViewState { view: View::Projects, categories: vec![Category::Greening], ..hebi.clone() },
        "the city's page keeps its city"
    );
    let charts = ViewState { view: View::Charts, categories: vec![Category::Housing], ..Default::default() };
    assert_eq!(charts.with_chart_category(Category::Greening).categories, vec![Category::Housing, Category::Greening]);
    assert!(charts.with_chart_category(Category::Housing).categories.is_empty(), "a second tap removes it");
    assert_eq!(charts.with_chart_category(Category::Greening).view, View::Charts);
}

#[test]
fn one_city_s_comparisons_set_it_beside_every_city_that_reports_the_same() {
    let hebi = ViewState { view: View::Compare, cities: vec![city("hebi")], ..Default::default() };
    let charts = charts_for(&BUNDLED, &hebi, Lang::Zh, ChartSet::Compare);
    assert!(!charts.is_empty(), "Hebi shares metrics with other cities");
    let every =
        charts_for(&BUNDLED, &ViewState { view: View::Compare, ..Default::default() }, Lang::Zh, ChartSet::Compare);
    for chart in &charts {
        let cities: Vec<&String> = chart.table.rows.iter().map(|r| &r[0]).collect();
        assert!(cities.iter().any(|c| c.as_str() == "鹤壁"), "{}: Hebi is in it", chart.id);
        assert!(cities.len() >= 2, "{}: beside another city", chart.id);
        assert!(
            every.iter().any(|c| c.id == chart.id && c.table == chart.table),
            "{}: the same chart as unfiltered",
            chart.id
        );
    }
    let without_hebi = every.iter().filter(|c| !c.table.rows.iter().any(|r| r[0] == "鹤壁")).count();
    assert_eq!(charts.len() + without_hebi, every.len());
}

#[test]
fn a_comparison_names_the_cities_without_the_figure_and_a_target_beside_an_achievement() {
    let every =
        charts_for(&BUNDLED, &ViewState { view: View::Compare, ..Default::default() }, Lang::Zh, ChartSet::Compare);
    let greening = every.iter().find(|c| c.id == "compare-green-coverage-rate").expect("the greening comparison");
    let shown: Vec<&str> = greening.table.rows.iter().map(|r| r[0].as_str()).collect();
    let missing: Vec<&str> = BUNDLED.cities.iter().map(|c| c.label().zh).filter(|name| !shown.contains(name)).collect();
    assert!(!missing.is_empty(), "the greening comparison covers {shown:?}");
    assert!(
        greening.notes[0].starts_with(&missing.join("、")) && greening.notes[0].ends_with("的文件没有可比的此项数据。"),
        "{:?}",
        greening.notes
    );
    let mixed = greening.table.rows.iter().map(|r| r[4].as_str()).collect::<Vec<_>>();
    let goal_beside_done =
        mixed.iter().any(|k| k.contains("目标")) && mixed.iter().any(|k| !k.contains("目标") && !k.contains("计划"));
    assert_eq!(greening.notes.iter().any(|n| n.starts_with("注意：")), goal_beside_done, "{mixed:?}");
    for chart in &every {
        let all = chart.table.rows.len() == BUNDLED.cities.len();
        assert_eq!(chart.notes.iter().any(|n| n.contains("没有可比")), !all, "{}", chart.id);
    }
}
