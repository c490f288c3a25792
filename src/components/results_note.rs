//! What a view says when its results are empty: why, from the data, where else the same filters
//! find results, and a way out that keeps what the reader did not ask to clear (markup from
//! core::coverage, its links followed in place by `nav_links`).

use crate::core::coverage::empty_html;
use crate::core::dataset::data;
use crate::core::filter::Facets;
use crate::state::UrlState;
use leptos::prelude::*;

#[component]
pub fn EmptyResult(facets: Memo<Facets>) -> impl IntoView {
    let url = expect_context::<UrlState>();
    // Every text in it is escaped by core::coverage; none comes from the URL as markup.
    let html = move || facets.with(|f| url.with_state(|s| empty_html(data(), s, &f.cities)));
    view! { <div inner_html=html></div> }
}
