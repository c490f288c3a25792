//! Links and embed snippets for the current view: pure functions of the page's address and the
//! view state, so they are tested natively and never built from URL text as markup.

use super::chart::{categories, status};
use super::dataset::{data, Dataset};
use super::filter::{apply, progress_of};
use super::i18n::{Tr, PRODUCT_NAME};
use super::markup::escape;
use super::model::Lang;
use super::model::{Figure, Source};
use super::page::{address_of, folder_above};
use super::url_state::{View, ViewState};

/// Height the host reserves before the page reports its own (and keeps if the resize script is
/// stripped): enough for a chart with its caption, or the top of a view.
pub const CHART_HEIGHT: u32 = 560;
pub const VIEW_HEIGHT: u32 = 820;

pub const OPEN_FULL: Tr = Tr::new("在完整浏览器中打开", "Open the full explorer");

/// The same view and filters outside an embed (what "open the full explorer" shows).
pub fn outside_embed(state: &ViewState) -> ViewState {
    ViewState { embed: false, chart: None, ..state.clone() }
}

/// The full explorer showing the same view and filters, at its page (for sharing). `root` is the
/// explorer's folder.
pub fn share_url(root: &str, state: &ViewState) -> String {
    format!("{}{}", folder_above(root, 0), address_of(data(), &outside_embed(state)))
}

/// The state a reader hands to another person (the share sheet, the links and embed code to
/// copy): without the sender's reading preferences (large text, colour scheme), and without the
/// search unless the reader chose to share it (a search can be private).
pub fn for_people(state: &ViewState, with_search: bool) -> ViewState {
    let q = if with_search { state.q.clone() } else { String::new() };
    ViewState { large: false, theme: Default::default(), q, ..state.clone() }
}

/// The embeddable version of a view, at its page with `embed=1` (`…/compare/?city=hebi,jiyuan&embed=1`,
/// `…/projects/hebi/?embed=1`), or one chart's own embed page, which holds the chart in its HTML
/// (`embed/<chart>.html`, with a query only for filters it does not hold).
pub fn embed_url(root: &str, state: &ViewState, chart: Option<&str>) -> String {
    let wanted = match chart {
        None => ViewState { embed: true, chart: None, ..state.clone() },
        // The view, the open project and the table order do not change a single chart.
        Some(chart) => ViewState {
            embed: true,
            chart: Some(chart.to_string()),
            view: View::default(),
            project: None,
            sort: None,
            ..state.clone()
        },
    };
    format!("{}{}", folder_above(root, 0), address_of(data(), &wanted))
}

/// What "open the full explorer" in an embed opens: the same view and filters; for one chart,
/// the view that holds it, with the fragment that scrolls to it (`#chart-<id>`).
pub fn full_explorer(state: &ViewState) -> (ViewState, Option<String>) {
    match (state.embed, &state.chart) {
        (true, Some(chart)) => {
            let view = if chart.starts_with("compare-") { View::Compare } else { View::Charts };
            let state = ViewState { view, project: None, ..outside_embed(state) };
            (state, Some(chart_anchor(chart)))
        }
        _ => (outside_embed(state), None),
    }
}

/// The id of a chart's card in a view, for links that scroll to it.
pub fn chart_anchor(chart: &str) -> String {
    format!("chart-{chart}")
}

/// The documents an embed draws on, under its filters, in the data's order: for one chart, the
/// rows that chart is drawn from; for a view, the figures, projects and promises that pass the
/// filters. An embed's footer names these, not every document of the explorer.
pub fn sources_shown(data: &'static Dataset, state: &ViewState) -> Vec<&'static Source> {
    let figures = apply(data.figures, state);
    let projects = apply(data.projects, state);
    let used: Vec<&str> = match (state.embed, state.chart.as_deref()) {
        (true, Some(status::ID | categories::PROJECTS_ID)) => projects.iter().map(|p| p.source_id).collect(),
        (true, Some(categories::FIGURES_ID)) => figures.iter().map(|f| f.source_id).collect(),
        (true, Some(chart)) => {
            let figure = |id: &str| figures.iter().copied().find(|f| f.id == id);
            if let Some(f) = chart.strip_prefix("change-").and_then(figure) {
                vec![f.source_id]
            } else if let Some(goal) = chart.strip_prefix("progress-").and_then(figure) {
                [Some(goal), progress_of(data, goal)].into_iter().flatten().map(|f| f.source_id).collect()
            } else if let Some(key) = chart.strip_prefix("compare-") {
                let named = |f: &&&Figure| f.metric_key.is_some_and(|k| key.starts_with(&k.replace('_', "-")));
                figures.iter().filter(named).map(|f| f.source_id).collect()
            } else {
                Vec::new()
            }
        }
        _ => {
            let commitments = apply(data.commitments, state);
            let ids = figures.iter().map(|f| f.source_id).chain(projects.iter().map(|p| p.source_id));
            ids.chain(commitments.iter().map(|c| c.source_id)).collect()
        }
    };
    // A scan, not a sort: a sort adds its own code to the wasm, and there are five documents.
    data.sources.iter().filter(|s| used.contains(&s.id)).collect()
}

/// `embed.js`, published in the explorer's folder.
pub fn script_url(root: &str) -> String {
    format!("{}embed.js", folder_above(root, 0))
}

/// The HTML a journalist pastes: a lazy iframe with a sensible fixed height (so it reads well even
/// if the host strips scripts), a title that says what it shows (`shows`: the chart's title, or
/// none for a view, which is then named), and the resize script.
pub fn iframe_snippet(page: &str, state: &ViewState, chart: Option<&str>, shows: Option<&str>, lang: Lang) -> String {
    let height = if chart.is_some() { CHART_HEIGHT } else { VIEW_HEIGHT };
    let shows = shows.unwrap_or_else(|| state.view.label().get(lang));
    let title = format!("{shows} · {}", PRODUCT_NAME.get(lang));
    format!(
        "<iframe src=\"{}\" title=\"{}\" loading=\"lazy\" width=\"100%\" height=\"{height}\" \
         style=\"border:0;width:100%;max-width:100%\" data-renewal-explorer></iframe>\n\
         <script src=\"{}\" async></script>",
        escape(&embed_url(page, state, chart)),
        escape(&title),
        escape(&script_url(page)),
    )
}

/// What an embed tells its host about what the reader is looking at (SPEC §2), posted as
/// `{type: "renewal-explorer:state", …}` whenever it changes; `embed.js` passes it on as a DOM
/// event on the iframe. Ids as in the URL; `url` opens the same view in the full explorer.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct StateMessage {
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub view: &'static str,
    pub lang: &'static str,
    pub cities: Vec<&'static str>,
    pub categories: Vec<&'static str>,
    pub kinds: Vec<&'static str>,
    pub statuses: Vec<&'static str>,
    pub q: String,
    pub chart: Option<String>,
    pub project: Option<String>,
    pub url: String,
}

pub const STATE_MESSAGE: &str = "renewal-explorer:state";

/// The state message for `state`, on the explorer at `page` (its folder's address).
pub fn state_message(page: &str, state: &ViewState) -> StateMessage {
    StateMessage {
        kind: STATE_MESSAGE,
        view: state.view.id(),
        lang: state.lang.id(),
        cities: state.cities.iter().map(|c| c.id()).collect(),
        categories: state.categories.iter().map(|c| c.id()).collect(),
        kinds: state.kinds.iter().map(|k| k.id()).collect(),
        statuses: state.statuses.iter().map(|s| s.id()).collect(),
        q: state.q.clone(),
        chart: state.chart.clone(),
        project: state.project.clone(),
        url: share_url(page, state),
    }
}
