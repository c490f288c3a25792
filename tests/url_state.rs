//! URL state: lenient parsing (one bad value never breaks the rest), canonical formatting,
//! and the round trip parse(format(s)) == s.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use proptest::prelude::*;
use renewal_explorer::core::dataset::data;
use renewal_explorer::core::model::{Category, FigureKind, Lang, Status};
use renewal_explorer::core::url_state::{
    format, notice_items, parse, DropReason, Dropped, Sort, SortKey, Theme, View, ViewState, MAX_QUERY_CHARS,
    NOTICE_CHARS, NOTICE_ITEMS,
};
use support::city;

#[test]
fn empty_query_is_the_default_state() {
    for q in ["", "?", "?&&"] {
        assert_eq!(parse(q), (ViewState::default(), vec![]), "query {q:?}");
    }
    assert_eq!(format(&ViewState::default()), "");
}

#[test]
fn spec_example_parses() {
    let (s, dropped) = parse("?city=hebi,jiyuan&cat=greening&kind=target&q=%E5%85%AC%E5%9B%AD&view=charts&lang=en&embed=1&chart=compare-greening");
    assert!(dropped.is_empty(), "{dropped:?}");
    assert_eq!(s.cities, vec![city("jiyuan"), city("hebi")], "canonical order");
    assert_eq!(s.categories, vec![Category::Greening]);
    assert_eq!(s.kinds, vec![FigureKind::Target]);
    assert_eq!(s.q, "公园");
    assert_eq!((s.view, s.lang, s.embed), (View::Charts, Lang::En, true));
    assert_eq!(s.chart.as_deref(), Some("compare-greening"));
}

/// A query, a check of what survives it, and the one (key, value, reason) it must drop.
type DropCase = (&'static str, fn(&ViewState) -> bool, (&'static str, &'static str, DropReason));

#[test]
fn bad_values_are_dropped_one_by_one() {
    let cases: &[DropCase] = &[
        ("city=hebi,atlantis", |s| s.cities == [city("hebi")], ("city", "atlantis", DropReason::UnknownValue)),
        (
            "view=nope&lang=en",
            |s| s.view == View::Overview && s.lang == Lang::En,
            ("view", "nope", DropReason::UnknownValue),
        ),
        ("zzz=1&cat=housing", |s| s.categories == [Category::Housing], ("zzz", "1", DropReason::UnknownKey)),
        (
            "q=%E5%85&status=ongoing",
            |s| s.statuses == [Status::Ongoing] && s.q.is_empty(),
            ("q", "\u{fffd}", DropReason::BadEncoding),
        ),
        ("q=100%&lang=en", |s| s.lang == Lang::En, ("q", "100%", DropReason::BadEncoding)),
        ("project=<script>", |s| s.project.is_none(), ("project", "<script>", DropReason::UnknownValue)),
        ("theme=neon", |s| s.theme == Theme::Auto, ("theme", "neon", DropReason::UnknownValue)),
        ("embed=maybe", |s| !s.embed, ("embed", "maybe", DropReason::UnknownValue)),
        (
            "sort=-size&sort=-year",
            |s| s.sort == Some(Sort { key: SortKey::Year, descending: true }),
            ("sort", "-size", DropReason::UnknownValue),
        ),
    ];
    for (query, survives, (key, value, reason)) in cases {
        let (state, dropped) = parse(query);
        assert!(survives(&state), "{query}: {state:?}");
        assert_eq!(dropped.len(), 1, "{query}: {dropped:?}");
        assert_eq!(
            (dropped[0].key.as_str(), dropped[0].value.as_str(), dropped[0].reason),
            (*key, *value, *reason),
            "{query}"
        );
    }
}

#[test]
fn long_search_text_is_cut_and_reported() {
    let long = "公".repeat(500);
    let (state, dropped) = parse(&format!("q={long}"));
    assert_eq!(state.q.chars().count(), 100);
    assert_eq!(dropped[0].reason, DropReason::TooLong);
}

#[test]
fn repeated_keys_merge_and_duplicates_collapse() {
    let (state, _) = parse("city=hebi&city=jiaozuo,hebi&cat=greening,greening");
    assert_eq!(state.cities, vec![city("hebi"), city("jiaozuo")]);
    assert_eq!(state.categories, vec![Category::Greening]);
}

#[test]
fn format_writes_only_non_defaults_in_fixed_order() {
    let state = ViewState {
        lang: Lang::En,
        cities: vec![city("hebi")],
        q: "老旧 小区&".into(),
        view: View::Figures,
        ..Default::default()
    };
    assert_eq!(format(&state), "city=hebi&q=%E8%80%81%E6%97%A7%20%E5%B0%8F%E5%8C%BA%26&view=figures&lang=en");
}

fn subset<T: Copy + Ord + std::fmt::Debug + 'static>(all: &'static [T]) -> impl Strategy<Value = Vec<T>> {
    proptest::sample::subsequence(all.to_vec(), 0..=all.len())
}

fn any_state() -> impl Strategy<Value = ViewState> {
    let id = "[a-z0-9][a-z0-9-]{0,20}";
    (
        (proptest::sample::select(View::ALL.to_vec()), proptest::sample::select(Lang::ALL.to_vec())),
        (subset(data().cities), subset(Category::ALL), subset(FigureKind::ALL), subset(Status::ALL)),
        "\\PC{0,30}".prop_map(|q: String| q.trim().to_string()),
        (proptest::option::of(id), proptest::option::of(id)),
        (any::<bool>(), any::<bool>(), proptest::sample::select(vec![Theme::Auto, Theme::Light, Theme::Dark])),
        proptest::option::of((proptest::sample::select(SortKey::ALL.to_vec()), any::<bool>())),
    )
        .prop_map(
            |(
                (view, lang),
                (cities, categories, kinds, statuses),
                q,
                (project, chart),
                (embed, large, theme),
                sort,
            )| {
                let sort = sort.map(|(key, descending)| Sort { key, descending });
                ViewState {
                    view,
                    lang,
                    cities,
                    categories,
                    kinds,
                    statuses,
                    q,
                    project,
                    chart,
                    embed,
                    large,
                    theme,
                    sort,
                }
            },
        )
}

proptest! {
    #[test]
    fn round_trip_holds_for_every_valid_state(state in any_state()) {
        let (parsed, dropped) = parse(&format(&state));
        prop_assert!(dropped.is_empty(), "{:?}", dropped);
        prop_assert_eq!(parsed, state);
    }

    #[test]
    fn parse_never_panics_on_any_text(query in "\\PC{0,200}") {
        let _ = parse(&query);
    }

    #[test]
    fn parse_never_panics_on_percent_noise(query in "[%0-9a-fA-F=&,+]{0,80}") {
        let _ = parse(&query);
    }
}

#[test]
fn toggling_and_clearing_filters() {
    use renewal_explorer::core::url_state::toggle;
    let mut cities = vec![city("hebi")];
    toggle(&mut cities, city("pingdingshan"));
    assert_eq!(cities, vec![city("pingdingshan"), city("hebi")]);
    toggle(&mut cities, city("hebi"));
    assert_eq!(cities, vec![city("pingdingshan")]);
    let state = ViewState { cities, q: "公园".into(), view: View::Projects, lang: Lang::En, ..Default::default() };
    assert!(state.has_filters());
    let cleared = state.without_filters();
    assert!(!cleared.has_filters());
    assert_eq!((cleared.view, cleared.lang), (View::Projects, Lang::En), "clearing keeps the view and language");
}

#[test]
fn chart_inputs_keep_filters_and_text_size_and_drop_the_rest() {
    let (s, _) =
        parse("?city=hebi&cat=greening&q=%E5%85%AC%E5%9B%AD&view=charts&lang=en&large=1&theme=dark&project=hb25-p001");
    let inputs = s.chart_inputs();
    assert!(inputs.large, "large text changes the chart's layout");
    assert_eq!(
        (inputs.cities.as_slice(), inputs.categories.as_slice()),
        (&[city("hebi")][..], &[Category::Greening][..])
    );
    assert_eq!(inputs.q, "公园");
    // What does not change a chart must not redraw it.
    assert_eq!((inputs.view, inputs.lang, inputs.theme), (View::default(), Lang::default(), Theme::default()));
    assert_eq!(inputs.project, None);
    let (small, _) = parse("?city=hebi");
    assert!(!small.chart_inputs().large);
}

/// Every filter set, and every other field away from its default.
fn filtered_and_more() -> ViewState {
    ViewState {
        view: View::Projects,
        lang: Lang::En,
        cities: vec![city("hebi")],
        categories: vec![Category::Greening],
        kinds: vec![FigureKind::Target],
        statuses: vec![Status::Completed],
        q: "公园".into(),
        project: Some("pds25-p009".into()),
        sort: Some(Sort { key: SortKey::Year, descending: true }),
        embed: true,
        chart: Some("projects-by-status".into()),
        theme: Theme::Dark,
        large: true,
    }
}

#[test]
fn any_one_filter_counts_as_filtering_and_nothing_else_does() {
    let all = filtered_and_more();
    let others = ViewState {
        view: all.view,
        lang: all.lang,
        project: all.project.clone(),
        theme: all.theme,
        ..Default::default()
    };
    assert!(!others.has_filters(), "view, language, project and theme filter nothing");
    let one_each = [
        ViewState { cities: all.cities.clone(), ..others.clone() },
        ViewState { categories: all.categories.clone(), ..others.clone() },
        ViewState { kinds: all.kinds.clone(), ..others.clone() },
        ViewState { statuses: all.statuses.clone(), ..others.clone() },
        ViewState { q: all.q.clone(), ..others.clone() },
    ];
    for state in one_each {
        assert!(state.has_filters(), "{state:?}");
    }
}

#[test]
fn filters_are_kept_alone_or_cleared_alone() {
    let all = filtered_and_more();
    let only = all.filters_only();
    assert_eq!(
        only,
        ViewState {
            cities: all.cities.clone(),
            categories: all.categories.clone(),
            kinds: all.kinds.clone(),
            statuses: all.statuses.clone(),
            q: all.q.clone(),
            ..Default::default()
        }
    );
    let cleared = all.without_filters();
    assert_eq!(
        cleared,
        ViewState { cities: vec![], categories: vec![], kinds: vec![], statuses: vec![], q: String::new(), ..all }
    );
    assert!(!cleared.has_filters());
}

#[test]
fn the_notice_lists_five_dropped_parts_cut_short_and_counts_the_rest() {
    let long =
        "这条数据已撤回，请见另一网站上的更正说明与新的数据下载地址以及联系方式和更多内容。This data was withdrawn.";
    assert!(long.chars().count() > NOTICE_CHARS);
    let dropped: Vec<Dropped> =
        (0..7).map(|i| Dropped { key: format!("k{i}"), value: long.into(), reason: DropReason::UnknownKey }).collect();
    let (items, more) = notice_items(&dropped);
    assert_eq!(more, 2);
    assert_eq!(items.len(), NOTICE_ITEMS);
    let cut: String = long.chars().take(NOTICE_CHARS).collect();
    assert_eq!(items[4], ("k4".to_string(), format!("{cut}…")));
    assert_eq!(
        notice_items(&dropped[..2]),
        (vec![("k0".into(), format!("{cut}…")), ("k1".into(), format!("{cut}…"))], 0)
    );
    let short = [Dropped { key: "x".into(), value: "y".into(), reason: DropReason::UnknownValue }];
    assert_eq!(notice_items(&short), (vec![("x".into(), "y".into())], 0), "short text is shown whole");
}

#[test]
fn a_search_of_the_longest_allowed_length_is_kept_whole_and_one_more_is_cut_with_a_notice() {
    let longest = "公".repeat(MAX_QUERY_CHARS);
    let (state, dropped) = parse(&format!("q={longest}"));
    assert_eq!((state.q.as_str(), dropped.len()), (longest.as_str(), 0));
    let (state, dropped) = parse(&format!("q={longest}园"));
    assert_eq!(state.q, longest, "cut to the longest allowed");
    assert_eq!(dropped.iter().map(|d| d.reason).collect::<Vec<_>>(), [DropReason::TooLong]);
}

#[test]
fn a_flag_reads_one_and_true_as_on_and_zero_and_false_as_off() {
    use renewal_explorer::core::url_state::parse_over;
    for (on, off) in [("1", "0"), ("true", "false"), ("", "0")] {
        let (state, dropped) = parse(&format!("large={on}&embed={on}"));
        assert!(state.large && state.embed && dropped.is_empty(), "{on}: {state:?} {dropped:?}");
        let (state, dropped) = parse_over(state, &format!("large={off}&embed={off}"));
        assert!(!state.large && !state.embed && dropped.is_empty(), "{off}: {state:?} {dropped:?}");
    }
    let (state, dropped) = parse("large=yes");
    assert!(!state.large);
    assert_eq!(dropped.iter().map(|d| d.reason).collect::<Vec<_>>(), [DropReason::UnknownValue]);
}
