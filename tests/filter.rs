//! Filters, search (Chinese and English), facet counts, sorting and headlines.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use renewal_explorer::core::dataset::data;
use renewal_explorer::core::filter::{
    apply, figure_facets, figures_of_project, headlines, project_facets, sort_figures, HEADLINE_KEYS,
};
use renewal_explorer::core::model::{Category, City, Figure, FigureKind, Lang, Project, Scope, Status};
use renewal_explorer::core::url_state::{Sort, SortKey, ViewState};
use std::sync::LazyLock;
use support::city;

fn fig(
    id: &'static str,
    city: City,
    category: Category,
    metric_zh: &'static str,
    value: f64,
    kind: FigureKind,
    year: Option<u16>,
) -> Figure {
    Figure {
        id,
        city,
        category,
        metric_key: None,
        metric_zh,
        metric_en: "metric",
        value_text: "1",
        value,
        unit_zh: "个",
        unit_en: "units",
        kind,
        year,
        scope: Scope::AsOf,
        period_from: None,
        approx: None,
        baseline_text: None,
        baseline_value: None,
        baseline_year: None,
        project_id: None,
        source_id: "s",
        quote: "引文",
        note_zh: "",
        note_en: "",
    }
}

static FIGS: LazyLock<[Figure; 5]> = LazyLock::new(|| {
    [
        fig("a", city("hebi"), Category::Greening, "建成区绿化覆盖率", 43.33, FigureKind::Achieved, Some(2025)),
        fig("b", city("jiyuan"), Category::Greening, "公园绿地服务半径覆盖率", 90.0, FigureKind::Target, Some(2027)),
        fig("c", city("jiaozuo"), Category::Housing, "老旧小区改造", 120.0, FigureKind::Plan, None),
        fig("d", city("hebi"), Category::Utilities, "新建停车位", 2.9, FigureKind::Achieved, Some(2024)),
        fig("e", city("pingdingshan"), Category::Transport, "城市道路总里程", 600.59, FigureKind::Achieved, Some(2025)),
    ]
});

fn ids(figs: &[&Figure]) -> Vec<&'static str> {
    figs.iter().map(|f| f.id).collect()
}

#[test]
fn filters_combine_as_and_across_and_or_within() {
    let cases: &[(ViewState, &[&str])] = &[
        (ViewState::default(), &["a", "b", "c", "d", "e"]),
        (ViewState { cities: vec![city("hebi")], ..Default::default() }, &["a", "d"]),
        (ViewState { cities: vec![city("jiyuan"), city("hebi")], ..Default::default() }, &["a", "b", "d"]),
        (ViewState { categories: vec![Category::Greening], ..Default::default() }, &["a", "b"]),
        (ViewState { cities: vec![city("hebi")], categories: vec![Category::Greening], ..Default::default() }, &["a"]),
        (ViewState { kinds: vec![FigureKind::Target, FigureKind::Plan], ..Default::default() }, &["b", "c"]),
        (ViewState { q: "覆盖率".into(), ..Default::default() }, &["a", "b"]),
        (ViewState { q: "绿地 服务".into(), ..Default::default() }, &["b"]),
        (ViewState { q: "METRIC".into(), cities: vec![city("jiaozuo")], ..Default::default() }, &["c"]),
        (ViewState { q: "不存在".into(), ..Default::default() }, &[]),
        // Status filters projects, not figures.
        (ViewState { statuses: vec![Status::Completed], ..Default::default() }, &["a", "b", "c", "d", "e"]),
    ];
    for (state, want) in cases {
        assert_eq!(ids(&apply(&*FIGS, state)), *want, "{state:?}");
    }
}

#[test]
fn facet_counts_ignore_their_own_filter() {
    let state = ViewState { cities: vec![city("hebi")], categories: vec![Category::Greening], ..Default::default() };
    let facets = figure_facets(data().cities, &*FIGS, &state);
    // Cities: counted with the category filter only.
    assert_eq!(
        facets.cities,
        vec![(city("pingdingshan"), 0), (city("jiyuan"), 1), (city("hebi"), 1), (city("jiaozuo"), 0)]
    );
    // Categories: counted with the city filter only.
    let greening = facets.categories.iter().find(|(c, _)| *c == Category::Greening).map(|c| c.1);
    let utilities = facets.categories.iter().find(|(c, _)| *c == Category::Utilities).map(|c| c.1);
    assert_eq!((greening, utilities), (Some(1), Some(1)));
    assert_eq!(facets.kinds.iter().map(|k| k.1).sum::<usize>(), 1);
    assert!(facets.statuses.is_empty());
}

#[test]
fn sorting_by_each_column() {
    let sorted = |key, descending, lang| {
        let mut v: Vec<&Figure> = FIGS.iter().collect();
        sort_figures(&mut v, Some(Sort { key, descending }), lang);
        ids(&v)
    };
    assert_eq!(sorted(SortKey::Value, false, Lang::Zh), ["d", "a", "b", "c", "e"]);
    assert_eq!(sorted(SortKey::Value, true, Lang::Zh), ["e", "c", "b", "a", "d"]);
    assert_eq!(sorted(SortKey::Year, false, Lang::Zh), ["d", "a", "e", "b", "c"], "unknown year last");
    assert_eq!(sorted(SortKey::City, false, Lang::Zh), ["e", "b", "a", "d", "c"], "stable within a city");
    assert_eq!(sorted(SortKey::Kind, false, Lang::En), ["a", "d", "e", "b", "c"]);
    let mut v: Vec<&Figure> = FIGS.iter().collect();
    sort_figures(&mut v, None, Lang::Zh);
    assert_eq!(ids(&v), ["a", "b", "c", "d", "e"], "no sort keeps document order");
}

#[test]
fn sort_toggles_between_ascending_and_descending() {
    let asc = Sort::toggled(None, SortKey::Value);
    assert!(!asc.descending);
    assert!(Sort::toggled(Some(asc), SortKey::Value).descending);
    assert_eq!(Sort::toggled(Some(asc), SortKey::Year), Sort { key: SortKey::Year, descending: false });
}

#[test]
fn chinese_search_finds_bundled_projects_and_figures() {
    let parks = apply(data().projects, &ViewState { q: "公园".into(), ..Default::default() });
    assert!(!parks.is_empty());
    assert!(parks
        .iter()
        .all(|p| [p.name_zh, p.name_en, p.summary_zh, p.summary_en].iter().any(|t| t.contains("公园"))));
    let english = apply(data().projects, &ViewState { q: "PARK".into(), ..Default::default() });
    assert!(!english.is_empty(), "English search is case-insensitive");
    let hebi_greening = apply(
        data().figures,
        &ViewState { cities: vec![city("hebi")], categories: vec![Category::Greening], ..Default::default() },
    );
    assert!(
        !hebi_greening.is_empty()
            && hebi_greening.iter().all(|f| f.city == city("hebi") && f.category == Category::Greening)
    );
}

#[test]
fn project_facets_count_statuses_and_sum_to_the_result() {
    let state = ViewState { cities: vec![city("jiyuan")], ..Default::default() };
    let facets = project_facets(data().cities, data().projects, &state);
    let shown = apply::<Project>(data().projects, &state).len();
    assert_eq!(facets.statuses.iter().map(|s| s.1).sum::<usize>(), shown);
    assert_eq!(facets.categories.iter().map(|c| c.1).sum::<usize>(), shown);
}

#[test]
fn headlines_use_explicit_metric_keys_and_project_links_resolve() {
    for &city in data().cities {
        let picked = headlines(data(), city, 4);
        assert_eq!(picked.len(), 4, "{city:?} has at least four figures to show");
        assert!(picked.iter().all(|f| f.city == city));
        // Headline keys come first, each once.
        let keyed: Vec<_> = picked.iter().filter_map(|f| f.metric_key.filter(|k| HEADLINE_KEYS.contains(k))).collect();
        let mut unique = keyed.clone();
        unique.dedup();
        assert_eq!(keyed, unique);
    }
    let linked = data().figures.iter().find_map(|f| f.project_id).expect("some figure links a project");
    assert!(figures_of_project(data(), linked).iter().all(|f| f.project_id == Some(linked)));
}

#[test]
fn progress_is_matched_by_explicit_key_city_and_unit_only() {
    use renewal_explorer::core::filter::progress_of;
    let figure = |id: &str| data().figures.iter().find(|f| f.id == id).unwrap_or_else(|| panic!("{id}"));
    // The only goals the documents measure (same city, key and unit; achieved by the deadline):
    // Pingdingshan's back alleys (2027 target and 2025 plan, 76 done in 2025) and pds25-f044.
    let measured: Vec<(&str, &str)> =
        data().figures.iter().filter_map(|goal| progress_of(data(), goal).map(|done| (goal.id, done.id))).collect();
    assert_eq!(measured, [("pds25-f024", "pds25-f026"), ("pds25-f025", "pds25-f026"), ("pds25-f044", "pds25-f045")]);
    // Another unit or city, or an achievement after the deadline, is no progress.
    let goal = figure("pds25-f025");
    let other_unit = renewal_explorer::core::model::Figure { unit_zh: "公里", ..*goal };
    assert!(progress_of(data(), &other_unit).is_none());
    let in_hebi = renewal_explorer::core::model::Figure { city: city("hebi"), ..*goal };
    assert_eq!(
        progress_of(data(), &in_hebi).map(|done| done.city),
        Some(city("hebi")),
        "Hebi's own, not Pingdingshan's"
    );
    let in_jiaozuo = renewal_explorer::core::model::Figure { city: city("jiaozuo"), ..*goal };
    assert!(progress_of(data(), &in_jiaozuo).is_none(), "Jiaozuo reports no back alleys");
    let earlier_deadline = renewal_explorer::core::model::Figure { year: Some(2024), ..*goal };
    assert!(progress_of(data(), &earlier_deadline).is_none(), "76 done in 2025 is no progress toward 2024");
    let no_key = renewal_explorer::core::model::Figure { metric_key: None, ..*goal };
    assert!(progress_of(data(), &no_key).is_none(), "never a guess from similar wording");
    assert!(progress_of(data(), figure("pds25-f026")).is_none(), "an achievement has no progress");
}

#[test]
fn promise_facets_count_goals_dated_commitments_and_planned_projects_together() {
    use renewal_explorer::core::filter::promise_facets;
    let goals = ViewState { kinds: vec![FigureKind::Target, FigureKind::Plan], ..Default::default() };
    let facets = promise_facets(data(), &goals);
    assert_eq!(facets.cities.len(), data().cities.len());
    for &(city, n) in &facets.cities {
        let goal_count = apply(data().figures, &ViewState { cities: vec![city], ..goals.clone() }).len();
        let commitment_count = data().commitments.iter().filter(|c| c.city == city).count();
        let planned = data().projects.iter().filter(|p| p.city == city && p.status == Status::Planned).count();
        assert_eq!(n, goal_count + commitment_count + planned, "{city:?}");
    }
    let hebi = facets.cities.iter().find(|(c, _)| *c == city("hebi")).map(|(_, n)| *n);
    assert_eq!(hebi, Some(15), "Hebi's 3 plans and its 12 planned projects");
    assert!(facets.cities.iter().any(|&(c, n)| c == city("jiyuan") && n > 9), "Jiyuan's 9 commitments and its targets");
    let greening = facets.categories.iter().find(|(c, _)| *c == Category::Greening).map(|(_, n)| *n);
    let greening_goals =
        apply(data().figures, &ViewState { categories: vec![Category::Greening], ..goals.clone() }).len();
    let greening_commitments = data().commitments.iter().filter(|c| c.category == Category::Greening).count();
    let greening_planned =
        data().projects.iter().filter(|p| p.category == Category::Greening && p.status == Status::Planned).count();
    assert_eq!(greening, Some(greening_goals + greening_commitments + greening_planned));
    assert!(facets.kinds.is_empty() && facets.statuses.is_empty(), "the view fixes the kinds; no statuses");
}

#[test]
fn a_commitment_is_found_by_its_text_in_either_language_its_quote_or_its_deadline() {
    let found = |q: &str| {
        let state = ViewState { q: q.into(), ..Default::default() };
        apply(data().commitments, &state).iter().map(|c| c.id).collect::<Vec<_>>()
    };
    // jy25-c002: 完整社区实现全覆盖 / Full coverage of complete communities, 2027-12; its quote
    // reads 2027年底实现完整社区全覆盖.
    for q in ["完整社区实现全覆盖", "Complete COMMUNITIES", "2027年底实现", "2027-12"] {
        assert!(found(q).contains(&"jy25-c002"), "{q}: {:?}", found(q));
    }
    assert_eq!(found("complete 2026-12"), Vec::<&str>::new(), "every word must match");
    assert!(found("垃圾分类无此承诺").is_empty());
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    fn any_filters() -> impl Strategy<Value = ViewState> {
        let pick = |all: &'static [_]| proptest::sample::subsequence(all.to_vec(), 0..=2);
        (
            pick(data().cities),
            proptest::sample::subsequence(Category::ALL.to_vec(), 0..=2),
            proptest::sample::subsequence(FigureKind::ALL.to_vec(), 0..=2),
            proptest::sample::subsequence(Status::ALL.to_vec(), 0..=2),
            proptest::sample::select(vec!["", "公园", "道路", "park", "ROAD", "改造 小区", "2025"]),
        )
            .prop_map(|(cities, categories, kinds, statuses, q)| ViewState {
                cities,
                categories,
                kinds,
                statuses,
                q: q.to_string(),
                ..Default::default()
            })
    }

    /// What search means, written the slow and obvious way.
    fn reference_search(texts: [&str; 4], q: &str) -> bool {
        q.split_whitespace()
            .map(str::to_ascii_lowercase)
            .all(|word| texts.iter().any(|t| t.to_ascii_lowercase().contains(&word)))
    }

    proptest! {
        /// Search agrees with the obvious definition: every word, ASCII case ignored, in any text.
        #[test]
        fn search_matches_its_reference(q in "[a-zA-Z0-9公园道路 ]{1,6}") {
            let state = ViewState { q: q.clone(), ..Default::default() };
            let found: Vec<&str> = apply(data().projects, &state).iter().map(|p| p.id).collect();
            let expected: Vec<&str> = data()
                .projects
                .iter()
                .filter(|p| reference_search([p.name_zh, p.name_en, p.summary_zh, p.summary_en], &q))
                .map(|p| p.id)
                .collect();
            prop_assert_eq!(found, expected);
            let found = apply(data().figures, &state).len();
            let expected = data()
                .figures
                .iter()
                .filter(|f| reference_search([f.metric_zh, f.metric_en, f.unit_zh, f.quote], &q))
                .count();
            prop_assert_eq!(found, expected);
        }

        /// A facet's count for a value is the size of the result with just that value chosen.
        #[test]
        fn facet_counts_match_their_definition(state in any_filters()) {
            let facets = figure_facets(data().cities, data().figures, &state);
            for &(city, n) in &facets.cities {
                let only = ViewState { cities: vec![city], ..state.clone() };
                prop_assert_eq!(n, apply(data().figures, &only).len(), "city {:?}", city);
            }
            for &(cat, n) in &facets.categories {
                let only = ViewState { categories: vec![cat], ..state.clone() };
                prop_assert_eq!(n, apply(data().figures, &only).len(), "category {:?}", cat);
            }
            for &(kind, n) in &facets.kinds {
                let only = ViewState { kinds: vec![kind], ..state.clone() };
                prop_assert_eq!(n, apply(data().figures, &only).len(), "kind {:?}", kind);
            }
            let projects = project_facets(data().cities, data().projects, &state);
            for &(status, n) in &projects.statuses {
                let only = ViewState { statuses: vec![status], ..state.clone() };
                prop_assert_eq!(n, apply(data().projects, &only).len(), "status {:?}", status);
            }
        }
    }
}
