//! Links and embed snippets for the current view: pure functions of the page's address and the
//! view state, so they are tested natively and never built from URL text as markup.

use super::i18n::{Tr, PRODUCT_NAME};
use super::model::Lang;
use super::url_state::{format, ViewState};

/// Height the host reserves before the page reports its own (and keeps if the resize script is
/// stripped): enough for a chart with its caption, or the top of a view.
pub const CHART_HEIGHT: u32 = 560;
pub const VIEW_HEIGHT: u32 = 820;

pub const OPEN_FULL: Tr = Tr::new("在完整浏览器中打开", "Open the full explorer");

/// The page's address without query or fragment: `https://host/news/renewal/` or `…/index.html`.
pub fn page_address(href: &str) -> &str {
    let end = href.find(['?', '#']).unwrap_or(href.len());
    &href[..end]
}

fn with_query(page: &str, state: &ViewState) -> String {
    let query = format(state);
    if query.is_empty() {
        page.to_string()
    } else {
        format!("{page}?{query}")
    }
}

/// The full explorer showing the same view and filters (for sharing and "open full explorer").
pub fn share_url(page: &str, state: &ViewState) -> String {
    with_query(page, &ViewState { embed: false, chart: None, ..state.clone() })
}

/// The embeddable version of a view, or of one chart of it.
pub fn embed_url(page: &str, state: &ViewState, chart: Option<&str>) -> String {
    with_query(page, &ViewState { embed: true, chart: chart.map(str::to_string), ..state.clone() })
}

/// `embed.js`, published next to `index.html`.
pub fn script_url(page: &str) -> String {
    let dir = &page[..page.rfind('/').map_or(0, |i| i + 1)];
    format!("{dir}embed.js")
}

/// Escapes text for an HTML attribute value in double quotes.
pub fn escape_attribute(text: &str) -> String {
    text.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

/// The HTML a journalist pastes: a lazy iframe with a sensible fixed height (so it reads well even
/// if the host strips scripts) and the resize script.
pub fn iframe_snippet(page: &str, state: &ViewState, chart: Option<&str>, lang: Lang) -> String {
    let height = if chart.is_some() { CHART_HEIGHT } else { VIEW_HEIGHT };
    format!(
        "<iframe src=\"{}\" title=\"{}\" loading=\"lazy\" width=\"100%\" height=\"{height}\" \
         style=\"border:0;width:100%;max-width:100%\" data-renewal-explorer></iframe>\n\
         <script src=\"{}\" async></script>",
        escape_attribute(&embed_url(page, state, chart)),
        escape_attribute(PRODUCT_NAME.get(lang)),
        escape_attribute(&script_url(page)),
    )
}
