//! The compact line under an embedded view: where the data comes from, and a link that opens the
//! full explorer (same view and filters) in a new tab.

use super::text::tr;
use crate::core::dataset::BUNDLED;
use crate::core::embed::{page_address, share_url, OPEN_FULL};
use crate::core::i18n::{Tr, SOURCES_HEADING};
use crate::state::UrlState;
use leptos::prelude::*;

#[component]
pub fn EmbedBar() -> impl IntoView {
    let url = expect_context::<UrlState>();
    let lang = url.select(|s| s.lang);
    let page = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
    let page = page_address(&page).to_string();
    let full = move || url.with_state(|s| share_url(&page, s));
    let sources = BUNDLED.sources.iter().map(|s| tr(lang, Tr::new(s.publisher_zh, s.publisher_en))).collect::<Vec<_>>();
    let names = move || sources.iter().map(|name| name()).collect::<Vec<_>>().join(" · ");
    view! {
        <footer class="embed-bar" data-testid="embed-bar">
            <span>{tr(lang, SOURCES_HEADING)}": "{names}</span>
            <a href=full target="_blank" rel="noopener" data-testid="open-full">{tr(lang, OPEN_FULL)}" ↗"</a>
        </footer>
    }
}
