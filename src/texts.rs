//! The dataset's texts that come as files of their own (see `core::dataset`): the packs an
//! address shows in its reader's language, fetched by the loader beside the wasm, and the English of the quotes, fetched when an
//! English reader first opens one ("English (the explorer's translation)"). The Chinese quote is
//! on screen at once; its English is one tap away and not part of the first download.

use crate::core::dataset::{
    data, every_city_pack, holds, provide_pack, provide_quotes_en, quote_en, refresh, Pack, PACK_FILES, QUOTES_EN_FILE,
};
use crate::core::model::Lang;
use crate::core::packs::packs_for;
use crate::core::url_state::ViewState;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// Shown in place of a translation that could not be fetched (offline before any was read).
const UNAVAILABLE: &str = "The translation could not be loaded. The Chinese above is the source.";

/// Asks the loader (`renewalTexts`) for a file of texts published next to the wasm: it fetches
/// each file once (the page's own packs already with the wasm).
fn request(file: &str) -> Result<js_sys::Promise, &'static str> {
    let fetch = js_sys::Reflect::get(&window(), &JsValue::from_str("renewalTexts"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .ok_or("the loader offers no dataset texts")?;
    fetch
        .call1(&JsValue::NULL, &JsValue::from_str(file))
        .ok()
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
        .ok_or("the loader did not fetch the dataset texts")
}

async fn text_of(request: js_sys::Promise) -> Result<String, &'static str> {
    let text =
        wasm_bindgen_futures::JsFuture::from(request).await.map_err(|_| "the dataset's texts could not be fetched")?;
    text.as_string().ok_or("the dataset's texts are not text")
}

pub async fn fetch(file: &str) -> Result<String, &'static str> {
    text_of(request(file)?).await
}

/// Takes the packs of texts the address asks for (`packs::packs_for`), before the dataset is
/// first read for a view: in the reader's language; in both for a search, which finds rows by
/// the words of either (one carried over a language switch, or a link shared from the other
/// language). Offline, a language never read online: the other language's texts, kept by the
/// worker, stand in, so every view shows.
pub async fn take(asked: &ViewState) -> Result<(), &'static str> {
    let packs = packs_for(data(), asked);
    let searching = !asked.q.is_empty();
    match take_packs(&packs, asked.lang).await {
        Err(_) if !searching => {
            take_packs(&packs, asked.lang.other()).await?;
            // (Only the app's dataset takes texts at run time; natively it has every text.)
            #[cfg(target_arch = "wasm32")]
            crate::core::dataset::stand_in_for(asked.lang);
            leptos::logging::warn!(
                "The explorer's {} texts are not available offline: labels are shown in the other language.",
                asked.lang.id()
            );
        }
        Err(why) => return Err(why),
        Ok(()) if searching => take_packs(&packs, asked.lang.other()).await?,
        Ok(()) => {}
    }
    refresh();
    Ok(())
}

/// Takes every city's texts in `lang` (a state that shows more than the address did): once,
/// so the dataset is assembled again once at most.
pub async fn take_every_city(lang: Lang) -> Result<(), &'static str> {
    let missing: Vec<Pack> = every_city_pack().into_iter().filter(|&pack| !holds(&[pack], lang)).collect();
    if !missing.is_empty() {
        take_packs(&missing, lang).await?;
        refresh();
    }
    Ok(())
}

/// Fetches the packs (all at once) and hands them to the dataset.
async fn take_packs(packs: &[Pack], lang: Lang) -> Result<(), &'static str> {
    let requests = packs
        .iter()
        .map(|&pack| request(PACK_FILES[pack][lang as usize]).map(|request| (pack, request)))
        .collect::<Result<Vec<_>, _>>()?;
    for (pack, request) in requests {
        provide_pack(pack, lang, text_of(request).await?).map_err(|_| "the dataset's texts are another build's")?;
    }
    Ok(())
}

/// Fills a quote's English (`[data-quote-en]` inside `details.quote-en`) when its disclosure is
/// first opened and the app's markup left it empty. One listener for the page, on capture:
/// `toggle` does not bubble.
pub fn fill_translations_when_opened() {
    let on_toggle = Closure::<dyn Fn(web_sys::Event)>::new(|event: web_sys::Event| {
        let Some(details) = event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
        if !details.class_list().contains("quote-en") || !details.has_attribute("open") {
            return;
        }
        let Ok(Some(slot)) = details.query_selector("[data-quote-en]") else { return };
        if slot.text_content().is_some_and(|t| !t.is_empty()) {
            return;
        }
        let id = slot.get_attribute("data-quote-en").unwrap_or_default();
        leptos::task::spawn_local(async move {
            slot.set_text_content(Some(english_of(&id).await.unwrap_or(UNAVAILABLE)));
        });
    });
    let _ = document().add_event_listener_with_callback_and_bool("toggle", on_toggle.as_ref().unchecked_ref(), true);
    // Lives as long as the page.
    on_toggle.forget();
}

async fn english_of(id: &str) -> Option<&'static str> {
    if quote_en(data(), id).is_none() {
        provide_quotes_en(fetch(QUOTES_EN_FILE).await.ok()?).ok()?;
    }
    quote_en(data(), id)
}
