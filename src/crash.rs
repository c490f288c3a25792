//! A panic must not leave a dead page: log it (with its stack) and show a plain bilingual notice
//! with a reload link. The notice is built with DOM calls and `textContent`, no markup strings.

use wasm_bindgen::JsCast;

const NOTICE_ID: &str = "crash-notice";
const MESSAGE: &str = "页面出错了，请刷新重试。Something went wrong on this page; please reload it.";
const RELOAD: &str = "刷新 · Reload";

/// Installs the hook; call first thing in `main`.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_notice();
    }));
}

/// Puts the notice at the top of the page (once).
pub fn show_notice() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    if doc.get_element_by_id(NOTICE_ID).is_some() {
        return;
    }
    let (Ok(notice), Ok(link), Some(body)) = (doc.create_element("div"), doc.create_element("a"), doc.body()) else {
        return;
    };
    notice.set_id(NOTICE_ID);
    let _ = notice.set_attribute("role", "alert");
    notice.set_text_content(Some(MESSAGE));
    let _ = link.set_attribute("href", "");
    link.set_text_content(Some(RELOAD));
    let _ = notice.append_child(&link);
    if let Ok(el) = body.clone().dyn_into::<web_sys::Element>() {
        let _ = el.prepend_with_node_1(&notice);
    }
}

/// A chart whose picture failed (no panic): said in the console for whoever looks after the
/// page, while the card tells the reader in its own words. Three values, no formatting code.
pub fn report_not_drawn(chart_id: &str, reason: &str) {
    web_sys::console::error_3(&"chart could not be drawn:".into(), &chart_id.into(), &reason.into());
}
