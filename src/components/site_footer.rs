//! Site footer: the source documents, each linked to its entry on the About page.

use super::state_link::StateLink;
use super::text::tr;
use crate::core::dataset::data;
use crate::core::i18n::Tr;
use crate::core::i18n::{self};
use crate::core::url_state::{View, ViewState};
use crate::state::UrlState;
use leptos::prelude::*;

#[component]
pub fn SiteFooter() -> impl IntoView {
    let url = expect_context::<UrlState>();
    let lang = url.select(|s| s.lang);
    let sources = data()
        .sources
        .iter()
        .map(|s| {
            view! {
                <li>
                    <StateLink to=move || ViewState { view: View::About, project: None, ..url.get() }>
                        {tr(lang, Tr::new(s.title_zh, s.title_en))}
                    </StateLink>
                    " — "
                    {tr(lang, Tr::new(s.publisher_zh, s.publisher_en))}
                    ", "
                    {s.published}
                </li>
            }
        })
        .collect_view();
    view! {
        <footer class="site-footer" data-testid="site-footer">
            <h2>{tr(lang, i18n::SOURCES_HEADING)}</h2>
            <ul class="source-list">{sources}</ul>
            <p class="footer-note">{tr(lang, i18n::FOOTER_NOTE)}</p>
        </footer>
    }
}
