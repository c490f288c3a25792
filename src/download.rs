//! Saves a file the reader asked for (a chart's SVG, PNG or CSV): a Blob, a temporary link with
//! `download`, a click. Made on click rather than as `data:` links in the page, which doubled
//! the size of every page with charts.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// How long the Blob's address stays valid after the click (the browser reads it at once).
const KEEP_URL_MS: i32 = 60_000;

/// Offers `body` as a file named `name`.
pub fn save(name: &str, mime: &str, body: &str) -> Result<(), JsValue> {
    save_blob(name, &text_blob(mime, body)?)
}

fn text_blob(mime: &str, body: &str) -> Result<web_sys::Blob, JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(body));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
}

/// Draws `svg` (`width` × `height` CSS px) at twice its size and offers it as a PNG named `name`:
/// SVG → image → canvas → PNG blob, all in the browser (its fonts draw the Chinese text).
pub fn save_png(name: String, svg: &str, width: u32, height: u32) -> Result<(), JsValue> {
    let source = web_sys::Url::create_object_url_with_blob(&text_blob("image/svg+xml", svg)?)?;
    let image = web_sys::HtmlImageElement::new()?;
    let loaded = image.clone();
    let release = source.clone();
    let on_load = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&release);
        let _ = draw_png(&name, &loaded, width, height);
    });
    image.set_onload(Some(on_load.unchecked_ref()));
    image.set_src(&source);
    Ok(())
}

fn draw_png(name: &str, image: &web_sys::HtmlImageElement, width: u32, height: u32) -> Result<(), JsValue> {
    let canvas: web_sys::HtmlCanvasElement = document().create_element("canvas")?.unchecked_into();
    canvas.set_width(width * 2);
    canvas.set_height(height * 2);
    let context: web_sys::CanvasRenderingContext2d =
        canvas.get_context("2d")?.ok_or_else(|| JsValue::from_str("no 2d context"))?.unchecked_into();
    context.draw_image_with_html_image_element_and_dw_and_dh(
        image,
        0.0,
        0.0,
        f64::from(width * 2),
        f64::from(height * 2),
    )?;
    let name = name.to_string();
    let on_blob = wasm_bindgen::closure::Closure::once_into_js(move |blob: Option<web_sys::Blob>| {
        if let Some(blob) = blob {
            let _ = save_blob(&name, &blob);
        }
    });
    canvas.to_blob(on_blob.unchecked_ref())
}

/// Offers `blob` as a file named `name`.
fn save_blob(name: &str, blob: &web_sys::Blob) -> Result<(), JsValue> {
    let address = web_sys::Url::create_object_url_with_blob(blob)?;
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
