//! The compact line under an embedded view or chart: the documents it draws on, and a link that
//! opens the full explorer (the same view and filters, or the view that holds the chart, scrolled
//! to it) in a new tab.

use super::text::tr;
use crate::core::dataset::data;
use crate::core::embed::{full_explorer, sources_shown, OPEN_FULL};
use crate::core::i18n::SOURCES_HEADING;
use crate::core::model::Lang;
use crate::state::UrlState;
use leptos::prelude::*;

#[component]
pub fn EmbedBar() -> impl IntoView {
    let url = expect_context::<UrlState>();
    let lang = url.select(|s| s.lang);
    // Relative to the page, so the link is the same in the build's HTML and in the running app.
    let full = move || {
        let (state, anchor) = url.with_state(full_explorer);
        let href = url.href(&state);
        anchor.map_or(href.clone(), |anchor| format!("{href}#{anchor}"))
    };
    // Only while embedded: the sources follow the filters.
    let names = url.select(|s| {
        let names = sources_shown(data(), s).into_iter().map(|d| match s.lang {
            Lang::Zh => d.publisher_zh,
            Lang::En => d.publisher_en,
        });
        let mut names: Vec<&str> = names.collect();
        names.dedup();
        names.join(" · ")
    });
    view! {
        <footer class="embed-bar" data-testid="embed-bar">
            <span data-testid="embed-sources">{tr(lang, SOURCES_HEADING)}": "{names}</span>
            <a href=full target="_blank" rel="noopener" data-testid="open-full">{tr(lang, OPEN_FULL)}" ↗"</a>
        </footer>
    }
}
