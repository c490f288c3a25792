//! Which packs of texts (`dataset::Pack`) a state shows: what the app fetches before it takes
//! over an address, and before it shows a state that needs more. A one-city address takes its
//! city's texts only (a search: every city's, which its results note counts); the landing its
//! headline figures; every other view every city's.

use super::dataset::{city_pack, every_city_pack, Dataset, Pack, LANDING};
use super::url_state::{View, ViewState};

/// The packs whose texts `state` shows (every row of the dataset is there without them: its
/// enums, numbers of kind and year, identity and links, so counts and facets need none).
pub fn packs_for(data: &Dataset, state: &ViewState) -> Vec<Pack> {
    if let Some(id) = &state.project {
        // A project's page shows its own city's rows; an unknown id, the view it falls back to.
        if let Some(project) = data.project(id) {
            return vec![city_pack(project.city)];
        }
    }
    if let Some(chart) = &state.chart {
        // A chart of one figure (its change, its progress) is drawn from its city's rows.
        let figure = chart.split_once('-').and_then(|(_, id)| data.figures.iter().find(|f| f.id == id));
        if let Some(figure) = figure {
            return vec![city_pack(figure.city)];
        }
        if state.cities.is_empty() {
            return every_city_pack();
        }
    }
    match state.view {
        // A search says what the other cities hold when this one has nothing (`coverage`).
        _ if !state.q.is_empty() => every_city_pack(),
        // Cities side by side, and the documents' coverage: every city.
        View::Compare | View::About => every_city_pack(),
        View::Overview if state.cities.is_empty() => vec![LANDING],
        _ if state.cities.is_empty() => every_city_pack(),
        _ => state.cities.iter().map(|&city| city_pack(city)).collect(),
    }
}
