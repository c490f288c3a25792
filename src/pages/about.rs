//! About & sources: the documents, what the dataset holds, how to cite it, its columns,
//! downloads. The content is static for a language: core::about writes it as markup.

use crate::core::about::about_html;
use crate::core::dataset::data;
use crate::state::UrlState;
use leptos::prelude::*;

#[component]
pub fn AboutPage() -> impl IntoView {
    let lang = expect_context::<UrlState>().select(|s| s.lang);
    // Every text in it is escaped by core::about; none comes from the URL.
    view! { <article class="about" inner_html=move || about_html(data(), lang.get())></article> }
}
