//! Links and embed snippets for the current view: pure functions of the page's address and the
//! view state, so they are tested natively and never built from URL text as markup.

use super::i18n::{Tr, PRODUCT_NAME};
use super::markup::escape;
use super::model::Lang;
use super::page::Page;
use super::url_state::{format, format_over, View, ViewState};

/// Height the host reserves before the page reports its own (and keeps if the resize script is
/// stripped): enough for a chart with its caption, or the top of a view.
pub const CHART_HEIGHT: u32 = 560;
pub const VIEW_HEIGHT: u32 = 820;

pub const OPEN_FULL: Tr = Tr::new("在完整浏览器中打开", "Open the full explorer");

fn with_query(page: &str, state: &ViewState) -> String {
    let query = format(state);
    if query.is_empty() {
        page.to_string()
    } else {
        format!("{page}?{query}")
    }
}

/// The same view and filters outside an embed (what "open the full explorer" shows).
pub fn outside_embed(state: &ViewState) -> ViewState {
    ViewState { embed: false, chart: None, ..state.clone() }
}

/// The full explorer showing the same view and filters (for sharing). `page` is the explorer's
/// folder (or its `index.html`).
pub fn share_url(page: &str, state: &ViewState) -> String {
    with_query(page, &outside_embed(state))
}

/// The embeddable version of a view (`?…&embed=1`), or one chart's own embed page, which holds
/// the chart in its HTML (`embed/<chart>.html`, with a query only for filters it does not hold).
pub fn embed_url(page: &str, state: &ViewState, chart: Option<&str>) -> String {
    let Some(chart) = chart else {
        return with_query(page, &ViewState { embed: true, chart: None, ..state.clone() });
    };
    let file = Page::chart_embed(chart, state.lang);
    // The view, the open project and the table order do not change a single chart.
    let wanted = ViewState {
        embed: true,
        chart: Some(chart.to_string()),
        view: View::default(),
        project: None,
        sort: None,
        ..state.clone()
    };
    let folder = &page[..page.rfind('/').map_or(0, |i| i + 1)];
    let query = format_over(&wanted, &file.own_state());
    let address = format!("{folder}{}", file.path);
    if query.is_empty() {
        address
    } else {
        format!("{address}?{query}")
    }
}

/// `embed.js`, published next to `index.html`.
pub fn script_url(page: &str) -> String {
    let dir = &page[..page.rfind('/').map_or(0, |i| i + 1)];
    format!("{dir}embed.js")
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
