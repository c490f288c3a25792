//! About & sources: the documents the dataset is drawn from.

use crate::core::dataset::BUNDLED;
use crate::core::i18n::{self, pick};
use crate::state::UrlState;
use leptos::prelude::*;

#[component]
pub fn AboutPage() -> impl IntoView {
    let url = expect_context::<UrlState>();
    let lang = url.select(|s| s.lang);
    let sources = BUNDLED
        .sources
        .iter()
        .map(|s| {
            view! {
                <li id=format!("source-{}", s.id) data-testid="source-item">
                    <strong>{move || pick(lang.get(), s.title_zh, s.title_en)}</strong>
                    <br/>
                    {move || s.city.label().get(lang.get())}" · "
                    {move || s.kind.label().get(lang.get())}" · "
                    {move || pick(lang.get(), s.publisher_zh, s.publisher_en)}" · "
                    <time>{s.published}</time>
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="sources-heading">
            <h2 id="sources-heading">{move || i18n::SOURCES_HEADING.get(lang.get())}</h2>
            <ol class="source-docs">{sources}</ol>
        </section>
    }
}
