//! Build time: renders a page of `dist/` with the app's own components (Leptos `ssr`), so the
//! view a visitor lands on is in the HTML before any wasm arrives.

use crate::core::dataset::{data, PACK_NAMES};
use crate::core::model::Lang;
use crate::core::packs::packs_for;
use crate::core::page::{document_title, own_view_name, page_description, root_classes, Page};
use crate::state::UrlState;
use crate::App;
use leptos::prelude::*;

/// What the build writes into a page: the body's markup and the values of the `<html>`,
/// `<title>` and `<meta>` tags that describe it.
#[derive(Debug, Clone, PartialEq)]
pub struct Rendered {
    pub body: String,
    pub title: String,
    pub html_lang: &'static str,
    /// `og:locale`: `zh_CN` or `en_US`, and the other one as its alternate.
    pub locale: (&'static str, &'static str),
    pub classes: String,
    /// What the page is about, in its language.
    pub description: String,
    /// What the file shows, in Chinese and in English (`own_view_name`), for the notice of a page
    /// that cannot show what its address asks for.
    pub own_view: [String; 2],
    /// The page's address below the explorer's folder, and the way back up to that folder.
    pub address: String,
    pub root: String,
    /// The packs of texts the page shows (`packs::packs_for`), by name: the loader fetches them
    /// beside the wasm.
    pub packs: String,
}

/// Renders `page` as the app would show it with no query.
pub fn render(page: &Page) -> Rendered {
    let state = page.own_state();
    let body = Owner::new().with(|| {
        let url = UrlState::prerendered(page.clone());
        view! { <App url=url/> }.to_html()
    });
    let locale = match page.lang {
        Lang::Zh => ("zh_CN", "en_US"),
        Lang::En => ("en_US", "zh_CN"),
    };
    Rendered {
        body,
        title: document_title(data(), &state),
        html_lang: state.lang.html_lang(),
        locale,
        classes: root_classes(&state),
        description: page_description(data(), page),
        own_view: [own_view_name(data(), page, Lang::Zh), own_view_name(data(), page, Lang::En)],
        address: page.address(),
        root: page.root(),
        packs: packs_for(data(), &state).into_iter().map(|pack| PACK_NAMES[pack]).collect::<Vec<_>>().join(" "),
    }
}
