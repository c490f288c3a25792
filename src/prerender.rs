//! Build time: renders a page of `dist/` with the app's own components (Leptos `ssr`), so the
//! view a visitor lands on is in the HTML before any wasm arrives.

use crate::core::dataset::BUNDLED;
use crate::core::i18n::site_description;
use crate::core::model::Lang;
use crate::core::page::{document_title, own_view_name, root_classes, Page};
use crate::state::UrlState;
use crate::App;
use leptos::prelude::*;

/// What the build writes into a page: the body's markup and the values of the `<html>` and
/// `<title>` that the running app would set.
#[derive(Debug, Clone, PartialEq)]
pub struct Rendered {
    pub body: String,
    pub title: String,
    pub html_lang: &'static str,
    pub classes: String,
    /// The site's description, naming the data's cities.
    pub description: String,
    /// What the file shows, in Chinese and in English (`own_view_name`), for the notice of a page
    /// that cannot show what its address asks for.
    pub own_view: [String; 2],
}

/// Renders `page` as the app would show it with no query.
pub fn render(page: &Page) -> Rendered {
    let state = page.own_state();
    let body = Owner::new().with(|| {
        let url = UrlState::prerendered(page.clone());
        view! { <App url=url/> }.to_html()
    });
    Rendered {
        body,
        title: document_title(&BUNDLED, &state),
        html_lang: state.lang.html_lang(),
        classes: root_classes(&state),
        description: site_description(&BUNDLED),
        own_view: [own_view_name(&BUNDLED, page, Lang::Zh), own_view_name(&BUNDLED, page, Lang::En)],
    }
}
