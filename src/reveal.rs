//! Building what is off screen only when the reader gets near it: a chart below the fold is
//! drawn when it comes within a screen of the viewport, so opening a view costs only what shows.

use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// How far ahead of the viewport a chart is drawn: about a phone screen, so scrolling never
/// meets an empty frame.
const AHEAD: &str = "800px 0px";

/// The reveal still to run; emptied by whichever path runs it first.
type PendingReveal = Rc<RefCell<Option<Box<dyn FnOnce()>>>>;

/// Calls `reveal` once, when `element` comes within `AHEAD` of the viewport; at once where the
/// browser has no IntersectionObserver.
pub fn when_near_viewport(element: &web_sys::Element, reveal: impl FnOnce() + 'static) {
    let pending: PendingReveal = Rc::new(RefCell::new(Some(Box::new(reveal))));
    let run = {
        let pending = Rc::clone(&pending);
        move || {
            // Taken out before the call: the call may drop this observer's closure.
            let reveal = pending.borrow_mut().take();
            if let Some(reveal) = reveal {
                reveal();
            }
        }
    };
    let on_change = Closure::<dyn FnMut(js_sys::Array, web_sys::IntersectionObserver)>::new({
        let run = run.clone();
        move |entries: js_sys::Array, observer: web_sys::IntersectionObserver| {
            let near = entries
                .iter()
                .filter_map(|e| e.dyn_into::<web_sys::IntersectionObserverEntry>().ok())
                .any(|e| e.is_intersecting());
            if near {
                observer.disconnect();
                run();
            }
        }
    });
    let options = web_sys::IntersectionObserverInit::new();
    options.set_root_margin(AHEAD);
    match web_sys::IntersectionObserver::new_with_options(on_change.as_ref().unchecked_ref(), &options) {
        Ok(observer) => {
            observer.observe(element);
            // The observer holds the callback for as long as the page lives.
            on_change.forget();
        }
        Err(_) => run(),
    }
}
