//! Start-up in the browser. The page already shows its view, rendered into the HTML by the build
//! with the same components; the app renders its own copy into a new element and swaps it in
//! within one task, so no frame shows a half-built page and nothing moves (no layout shift).

use crate::state::UrlState;
use crate::App;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The element the build rendered the page into, and the loading notice shown in its place while
/// the page's own view is not the one its URL asks for.
const APP_ID: &str = "app";
const BOOT_ID: &str = "boot";

/// Mounts the app over the prerendered page (or into an empty one).
pub fn mount_over_prerendered() {
    let url = UrlState::from_browser();
    let doc = document();
    let Ok(fresh) = doc.create_element("div") else { return };
    fresh.set_id(APP_ID);
    leptos::mount::mount_to(fresh.clone().unchecked_into(), move || view! { <App url=url/> }).forget();
    match (doc.get_element_by_id(APP_ID), doc.body()) {
        (Some(prerendered), _) => {
            let _ = prerendered.replace_with_with_node_1(&fresh);
        }
        (None, Some(body)) => {
            let _ = body.prepend_with_node_1(&fresh);
        }
        (None, None) => {}
    }
    if let Some(boot) = doc.get_element_by_id(BOOT_ID) {
        boot.remove();
    }
    if let Some(root) = doc.document_element() {
        let _ = root.class_list().remove_1("stale");
    }
}
