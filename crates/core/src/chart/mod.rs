//! Charts as pure functions: (data, filters, language) → `Chart` with an SVG drawn by plotters, a
//! text description, the sources it draws on, and the table of exactly what it shows.

mod canvas;
pub mod categories;
pub mod change;
pub mod compare;
mod kit;
pub mod layout;
pub mod poster;
pub mod progress;
pub mod scale;
pub mod status;
mod svg_backend;

pub use canvas::{Align, ChartError, Colour, Shape};
pub use kit::{
    city_colour, file_name, sources_of, Chart, Drawing, HitRow, Table, LEGEND_DONE, LEGEND_GOAL, SOURCES_COLUMN,
    SOURCES_PREFIX,
};
pub use layout::{RowFilter, TextSize, DOWNLOAD_WIDTH, WIDTHS};

use super::dataset::Dataset;
use super::i18n::Tr;
use super::model::{City, Figure, Lang};

const FILTER_BY_CATEGORY: Tr = Tr::new("按此类别筛选：", "Filter by this category: ");
const FILTER_BY_CITY: Tr = Tr::new("按此城市筛选：", "Filter by this city: ");
const OPEN_CITY: Tr = Tr::new("查看该市：", "See this city: ");

/// What choosing a row does, for its button's name: "按此类别筛选：园林绿化", "查看该市：鹤壁".
pub fn row_action(row: RowFilter, view: super::url_state::View, lang: Lang) -> String {
    let (action, name) = match row {
        RowFilter::Category(c) => (FILTER_BY_CATEGORY, c.label()),
        RowFilter::City(c) if view == super::url_state::View::Overview => (OPEN_CITY, c.label()),
        RowFilter::City(c) => (FILTER_BY_CITY, c.label()),
    };
    format!("{}{}", action.get(lang), name.get(lang))
}

/// The row's id for tests and focus: the category's or the city's id.
pub fn row_id(row: RowFilter) -> &'static str {
    match row {
        RowFilter::Category(c) => c.id(),
        RowFilter::City(c) => c.id(),
    }
}

/// Which charts a view shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChartSet {
    /// The Compare view: one chart per metric that several cities report.
    Compare,
    /// The Charts view: projects by status, counts by category, before → after, progress.
    Overview,
    /// The landing view: one small chart that fits above the fold on a phone.
    Landing,
}

/// The charts of a set for the figures and projects that pass the filters: a chart with nothing
/// to show is left out; one whose picture failed is kept, saying so (`Chart::drawings`).
pub fn charts_for(data: &Dataset, state: &super::url_state::ViewState, lang: Lang, set: ChartSet) -> Vec<Chart> {
    let figures = super::filter::apply(data.figures, state);
    let text = text_size(state);
    let drawn = match set {
        ChartSet::Compare => {
            let (figures, focus) = compare_inputs(data, state);
            compare::charts(data, &figures, focus, lang, text)
        }
        ChartSet::Landing => {
            status::chart(data, &super::filter::apply(data.projects, state), lang, text).into_iter().collect()
        }
        ChartSet::Overview => {
            let projects = super::filter::apply(data.projects, state);
            let mut charts: Vec<Chart> = [
                status::chart(data, &projects, lang, text),
                categories::projects_chart(data, &projects, lang, text),
                categories::figures_chart(data, &figures, lang, text),
            ]
            .into_iter()
            .flatten()
            .collect();
            charts.extend(change::charts(data, &figures, lang, text));
            charts.extend(progress::charts(data, &figures, lang, text));
            charts
        }
    };
    drawn
}

/// The figures the comparisons are drawn from, and the city they are about: with one city chosen,
/// each metric it shares with other cities, beside every city that reports it (one city alone
/// compares with nothing); otherwise the chosen cities with each other.
fn compare_inputs<'a>(data: &'a Dataset, state: &super::url_state::ViewState) -> (Vec<&'a Figure>, Option<City>) {
    match state.cities.as_slice() {
        [one] => {
            let everywhere = super::url_state::ViewState { cities: Vec::new(), ..state.clone() };
            (super::filter::apply(data.figures, &everywhere), Some(*one))
        }
        _ => (super::filter::apply(data.figures, state), None),
    }
}

/// The id of every chart the unfiltered explorer shows (Landing, Overview and Compare sets),
/// without drawing any: each has an embed page of its own. A filtered view only ever shows a
/// subset of them.
pub fn page_ids(data: &Dataset) -> Vec<String> {
    let figures: Vec<&Figure> = data.figures.iter().collect();
    let mut ids: Vec<String> =
        [status::ID, categories::PROJECTS_ID, categories::FIGURES_ID].into_iter().map(String::from).collect();
    ids.extend(figures.iter().filter(|f| f.baseline_value.is_some()).map(|f| format!("change-{}", f.id)));
    ids.extend(
        figures.iter().filter(|f| super::filter::progress_of(data, f).is_some()).map(|f| format!("progress-{}", f.id)),
    );
    ids.extend(compare::ids(data, &figures));
    ids
}

/// The one chart a `chart=` link names, drawn with all filters as given, if it exists. The id
/// says which kind of chart it is, so only that chart is drawn.
pub fn chart_by_id(data: &Dataset, state: &super::url_state::ViewState, lang: Lang, id: &str) -> Option<Chart> {
    let figures = super::filter::apply(data.figures, state);
    let text = text_size(state);
    let of_figure = |figure_id: &str| figures.iter().copied().filter(|f| f.id == figure_id).collect::<Vec<_>>();
    let drawn = if id.starts_with("compare-") {
        // `compare-<key>`, or `compare-<key>-<kind of time>` for a metric's second chart.
        let named = |f: &&Figure| f.metric_key.is_some_and(|k| id[8..].starts_with(&k.replace('_', "-")));
        let (figures, focus) = compare_inputs(data, state);
        let same: Vec<&Figure> = figures.into_iter().filter(named).collect();
        compare::charts(data, &same, focus, lang, text)
    } else if let Some(figure_id) = id.strip_prefix("change-") {
        change::charts(data, &of_figure(figure_id), lang, text)
    } else if let Some(figure_id) = id.strip_prefix("progress-") {
        progress::charts(data, &of_figure(figure_id), lang, text)
    } else if id == status::ID {
        status::chart(data, &super::filter::apply(data.projects, state), lang, text).into_iter().collect()
    } else if id == categories::PROJECTS_ID {
        categories::projects_chart(data, &super::filter::apply(data.projects, state), lang, text).into_iter().collect()
    } else if id == categories::FIGURES_ID {
        categories::figures_chart(data, &figures, lang, text).into_iter().collect()
    } else {
        Vec::new()
    };
    drawn.into_iter().find(|c| c.id == id)
}

/// Large text (适老化) draws charts with larger text.
pub fn text_size(state: &super::url_state::ViewState) -> TextSize {
    if state.large {
        TextSize::Large
    } else {
        TextSize::Normal
    }
}

/// The charts for one project's figures (before → after and progress).
pub fn project_charts(data: &Dataset, project_id: &str, lang: Lang, text: TextSize) -> Vec<Chart> {
    let figures = super::filter::figures_of_project(data, project_id);
    change::charts(data, &figures, lang, text).into_iter().chain(progress::charts(data, &figures, lang, text)).collect()
}
