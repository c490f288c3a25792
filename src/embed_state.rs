//! Inside an embed, tells the host page what the reader is looking at (SPEC §2): the state
//! message, built in the core and handed to JavaScript by serde-wasm-bindgen.

use crate::core::embed::{state_message, StateMessage};
use crate::state::UrlState;
use leptos::prelude::*;
use serde::Serialize;

/// The message as the host receives it: a plain object, `null` where a field is empty.
pub fn to_js(message: &StateMessage) -> Result<wasm_bindgen::JsValue, serde_wasm_bindgen::Error> {
    message.serialize(&serde_wasm_bindgen::Serializer::json_compatible())
}

/// Posts the state message to the host whenever the state changes (embeds only).
pub fn report_to_host(url: UrlState) {
    let Some(page) = url.page().address.clone() else { return };
    Effect::new(move |_| {
        let message = url.with_state(|s| s.embed.then(|| state_message(&page, s)));
        let (Some(message), Ok(Some(host))) = (message, window().parent()) else { return };
        if host == window() {
            return;
        }
        // The frame cannot know the host's origin: it sends only the state of its own view.
        if let Ok(value) = to_js(&message) {
            let _ = host.post_message(&value, "*");
        }
    });
}
