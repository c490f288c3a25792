//! Follows, in place, the links the core writes as markup (`data-nav`: a city's page, the way
//! into a city, the active filters): one listener on the page's main element for all of them.
//! A click with a modifier key, or another button, is left to the browser (new tab, window).

use crate::state::UrlState;
use leptos::ev::MouseEvent;
use wasm_bindgen::JsCast;

pub fn follow(url: UrlState, ev: &MouseEvent) {
    if ev.button() != 0 || ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() {
        return;
    }
    let Some(target) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
    let Ok(Some(link)) = target.closest("a[data-nav]") else { return };
    let Some(href) = link.dyn_ref::<web_sys::HtmlAnchorElement>().map(web_sys::HtmlAnchorElement::href) else {
        return;
    };
    ev.prevent_default();
    url.navigate_to_address(&href);
    // The link may be gone with the change (a removed filter): focus goes where it says.
    if let Some(focus) = link.get_attribute("data-focus") {
        crate::focus::move_to(vec![focus]);
    }
}
