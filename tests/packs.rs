//! What an address fetches is enough for what it shows, filters and searches included: for
//! every view, no city or each city, with and without a search, the results, the counts beside
//! each filter, the notes that explain an empty or partial result, the chips and the charts
//! come out the same from a dataset holding only the state's packs (`packs::packs_for`) as from
//! the whole dataset. (Every page of the build, rendered, is compared in tools/publish's
//! tests/packs.rs.)
#![cfg(not(target_arch = "wasm32"))]

use renewal_explorer::core::chart::{charts_for, ChartSet};
use renewal_explorer::core::chips::chips_html;
use renewal_explorer::core::coverage::{empty_html, partial_html};
use renewal_explorer::core::dataset::{assemble_packs, Dataset, LANDING, PACK_COUNT};
use renewal_explorer::core::filter::{apply, figure_facets, project_facets, promise_facets, HEADLINES_PER_CITY};
use renewal_explorer::core::model::Lang;
use renewal_explorer::core::overview::{city_card_html, city_cards};
use renewal_explorer::core::packs::packs_for;
use renewal_explorer::core::url_state::{View, ViewState};
use std::sync::LazyLock;

static WHOLE: LazyLock<Dataset> = LazyLock::new(|| assemble_packs(&(0..PACK_COUNT).collect::<Vec<_>>()));

/// Everything the state's view derives from the rows, as text: the landing's cards and chart;
/// for any other state its rows, counts, notes, chips and charts.
fn shown(data: &Dataset, state: &ViewState) -> String {
    if state.view == View::Overview && state.cities.is_empty() {
        let cards = city_cards(data, HEADLINES_PER_CITY);
        let mut out: String = cards.iter().map(|card| city_card_html(data, card, state)).collect();
        for chart in charts_for(data, state, state.lang, ChartSet::Landing) {
            out += &format!("{chart:?}\n");
        }
        return out;
    }
    let projects = project_facets(data.cities, data.projects, state);
    let figures = figure_facets(data.cities, data.figures, state);
    let mut out = format!("{projects:?}\n{figures:?}\n{:?}\n", promise_facets(data, state));
    for p in apply(data.projects, state) {
        out += &format!("{} {} {} {}\n", p.id, p.name_zh, p.name_en, p.quote);
    }
    for f in apply(data.figures, state) {
        out += &format!("{} {} {} {} {}\n", f.id, f.value_text, f.metric_zh, f.metric_en, f.unit_zh);
    }
    for c in apply(data.commitments, state) {
        out += &format!("{} {} {}\n", c.id, c.deadline, c.text_zh);
    }
    out += &empty_html(data, state, &projects.cities);
    out += &partial_html(data, state, &figures.cities);
    out += &chips_html(data, state);
    let set = match state.view {
        View::Compare => ChartSet::Compare,
        View::Overview => ChartSet::Landing,
        _ => ChartSet::Overview,
    };
    for chart in charts_for(data, state, state.lang, set) {
        out += &format!("{chart:?}\n");
    }
    out
}

#[test]
fn every_state_shows_the_same_from_its_own_packs_as_from_all() {
    let mut fewer = 0;
    for &view in View::ALL {
        for city in std::iter::once(None).chain(WHOLE.cities.iter().map(Some)) {
            for q in ["", "公园", "老旧小区", "park", "绿"] {
                for &lang in Lang::ALL {
                    let state = ViewState {
                        view,
                        lang,
                        cities: city.into_iter().copied().collect(),
                        q: q.into(),
                        ..Default::default()
                    };
                    let packs = packs_for(&WHOLE, &state);
                    fewer += usize::from(packs.len() < PACK_COUNT - 1);
                    let own = assemble_packs(&packs);
                    assert!(shown(&own, &state) == shown(&WHOLE, &state), "{state:?} with packs {packs:?}");
                }
            }
        }
    }
    assert!(fewer > 20, "most one-city states take fewer packs than all: {fewer}");
}

#[test]
fn a_one_city_address_takes_its_city_the_landing_its_headlines_a_search_every_city() {
    let hebi = WHOLE.city("hebi").expect("Hebi");
    let hebi_pack = WHOLE.cities.iter().position(|c| *c == hebi).expect("a pack");
    let every: Vec<usize> = (0..WHOLE.cities.len()).collect();
    let state = |view, cities: Vec<_>, q: &str| ViewState { view, cities, q: q.into(), ..Default::default() };
    assert_eq!(packs_for(&WHOLE, &state(View::Projects, vec![hebi], "")), [hebi_pack]);
    assert_eq!(packs_for(&WHOLE, &state(View::Overview, vec![hebi], "")), [hebi_pack]);
    assert_eq!(packs_for(&WHOLE, &state(View::Overview, vec![], "")), [LANDING]);
    assert_eq!(packs_for(&WHOLE, &state(View::Projects, vec![], "")), every);
    assert_eq!(packs_for(&WHOLE, &state(View::Compare, vec![hebi], "")), every);
    assert_eq!(packs_for(&WHOLE, &state(View::About, vec![hebi], "")), every);
    assert_eq!(
        packs_for(&WHOLE, &state(View::Projects, vec![hebi], "公园")),
        every,
        "a search explains itself by city"
    );
    let project = WHOLE.projects.iter().find(|p| p.city == hebi).expect("a Hebi project");
    let detail = ViewState { project: Some(project.id.to_string()), ..state(View::Projects, vec![], "") };
    assert_eq!(packs_for(&WHOLE, &detail), [hebi_pack]);
    let figure = WHOLE.figures.iter().find(|f| f.city == hebi && f.baseline_value.is_some()).expect("a change");
    let chart = ViewState { embed: true, chart: Some(format!("change-{}", figure.id)), ..Default::default() };
    assert_eq!(packs_for(&WHOLE, &chart), [hebi_pack]);
    let status = ViewState { embed: true, chart: Some("projects-by-status".into()), ..Default::default() };
    assert_eq!(packs_for(&WHOLE, &status), every);
}
