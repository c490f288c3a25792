//! The compact line under an embedded view: where the data comes from, and a link that opens the
//! full explorer (same view and filters) in a new tab.

use super::text::tr;
use crate::core::dataset::BUNDLED;
use crate::core::embed::{outside_embed, OPEN_FULL};
use crate::core::i18n::{Tr, SOURCES_HEADING};
use crate::state::UrlState;
use leptos::prelude::*;

#[component]
pub fn EmbedBar() -> impl IntoView {
    let url = expect_context::<UrlState>();
    let lang = url.select(|s| s.lang);
    // Relative to the page, so the link is the same in the build's HTML and in the running app.
    let full = move || url.with_state(|s| url.page().page.explorer_link(&outside_embed(s)));
    let sources = BUNDLED.sources.iter().map(|s| tr(lang, Tr::new(s.publisher_zh, s.publisher_en))).collect::<Vec<_>>();
    let names = move || sources.iter().map(|name| name()).collect::<Vec<_>>().join(" · ");
    view! {
        <footer class="embed-bar" data-testid="embed-bar">
            <span>{tr(lang, SOURCES_HEADING)}": "{names}</span>
            <a href=full target="_blank" rel="noopener" data-testid="open-full">{tr(lang, OPEN_FULL)}" ↗"</a>
        </footer>
    }
}
