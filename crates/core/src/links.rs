//! Links written as markup (a city's page, the way into a city, the active filters): real
//! `<a href>`s to each state's own address, relative to the page shown, marked `data-nav` so the
//! app follows them in place (one listener for all, instead of a component for each).

use super::dataset::Dataset;
use super::markup::escape;
use super::page::Page;
use super::url_state::ViewState;

/// `<a href="…" data-nav …>text</a>` from the page of `now` to `to`. `attributes` is markup the
/// caller writes (static names and escaped values), put after `data-nav`.
pub fn nav_link(data: &Dataset, now: &ViewState, to: &ViewState, attributes: &str, text: &str) -> String {
    let href = Page::for_state(data, now).link_to(data, to);
    format!(r#"<a href="{}" data-nav{attributes}>{}</a>"#, escape(&href), escape(text))
}
