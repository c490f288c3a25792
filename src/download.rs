//! Saves a file the reader asked for (a chart's SVG or CSV): a Blob, a temporary link with
//! `download`, a click. Made on click rather than as `data:` links in the page, which doubled
//! the size of every page with charts.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// How long the Blob's address stays valid after the click (the browser reads it at once).
const KEEP_URL_MS: i32 = 60_000;

/// Offers `body` as a file named `name`.
pub fn save(name: &str, mime: &str, body: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(body));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let address = web_sys::Url::create_object_url_with_blob(&blob)?;
    let link: web_sys::HtmlAnchorElement = document().create_element("a")?.unchecked_into();
    link.set_href(&address);
    link.set_download(name);
    link.click();
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&address);
    });
    window().set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), KEEP_URL_MS)?;
    Ok(())
}
