//! Start-up in the browser. The page already shows its view, rendered into the HTML by the build
//! with the same components; the app renders its own copy into a new, detached element — its
//! three parts in three tasks, so no single task blocks the page for long (the wasm's functions
//! are compiled on first use, on the main thread: the small bottom part goes first and pays for
//! most of that) — and then swaps it in at once, so no frame shows a half-built page and nothing
//! moves (no layout shift).

use crate::app::{AppPart, Part};
use crate::state::UrlState;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The element the build rendered the page into, and the loading notice shown in its place while
/// the page's own view is not the one its URL asks for.
const APP_ID: &str = "app";
const BOOT_ID: &str = "boot";

/// Mounts the app over the prerendered page (or into an empty one).
pub fn mount_over_prerendered() {
    wasm_bindgen_futures::spawn_local(async {
        let url = UrlState::from_browser();
        let doc = document();
        let Ok(fresh) = doc.create_element("div") else { return };
        fresh.set_id(APP_ID);
        let mut wrappers = Vec::new();
        for _ in Part::ALL {
            let Ok(wrapper) = doc.create_element("div") else { return };
            wrapper.set_class_name("app-part");
            let _ = fresh.append_child(&wrapper);
            wrappers.push(wrapper);
        }
        for (part, wrapper) in [(Part::Bottom, 2), (Part::Top, 0), (Part::Main, 1)] {
            // The first wait ends the task that instantiated the wasm.
            next_task().await;
            let parent = wrappers[wrapper].clone().unchecked_into();
            leptos::mount::mount_to(parent, move || view! { <AppPart url=url part=part/> }).forget();
        }
        next_task().await;
        swap_in(&doc, &fresh);
    });
}

/// Replaces the rendered page (and the loading note) with the app's.
fn swap_in(doc: &web_sys::Document, fresh: &web_sys::Element) {
    match (doc.get_element_by_id(APP_ID), doc.body()) {
        (Some(prerendered), _) => {
            let _ = prerendered.replace_with_with_node_1(fresh);
        }
        (None, Some(body)) => {
            let _ = body.prepend_with_node_1(fresh);
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

/// Resolves in a new task (a zero-delay timer), letting the browser handle input and paint.
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
