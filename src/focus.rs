//! Where keyboard focus goes after an action that removes or rebuilds the control it was on
//! (clearing filters, choosing a chart bar, leaving a detail, dismissing a notice, changing the
//! view): the first element that matches, once the view has been updated — never `<body>`.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// After the current update has reached the page, focuses the first element matching one of
/// `selectors` (in order), else the main region.
pub fn move_to(selectors: Vec<String>) {
    // Leptos updates the page after the event that caused the change: focus a frame later.
    request_animation_frame(move || {
        let doc = document();
        for selector in selectors.iter().map(String::as_str).chain(["#main"]) {
            let Ok(found) = doc.query_selector_all(selector) else { continue };
            for element in (0..found.length()).filter_map(|i| found.item(i)) {
                let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() else { continue };
                let _ = element.focus();
                // Only a focusable, shown element takes focus; otherwise try the next one.
                if doc.active_element().is_some_and(|active| &active == element.as_ref()) {
                    return;
                }
            }
        }
    });
}
