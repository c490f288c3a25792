//! Building what is off screen only when the reader gets near it: a chart below the fold is
//! drawn when it comes within a screen of the viewport, so opening a view costs only what shows.

use leptos::prelude::on_cleanup;
use send_wrapper::SendWrapper;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// How far ahead of the viewport a chart is drawn: about a phone screen, so scrolling never
/// meets an empty frame.
const AHEAD: &str = "800px 0px";

type OnChange = Closure<dyn FnMut(js_sys::Array, web_sys::IntersectionObserver)>;

/// What a watch holds until it ends: the reveal still to run, and the observer's callback.
#[derive(Default)]
struct Watch {
    reveal: Option<Box<dyn FnOnce()>>,
    observer: Option<web_sys::IntersectionObserver>,
    on_change: Option<OnChange>,
}

impl Watch {
    /// Stops observing and drops the callback (in a later task: it may be the caller).
    fn end(watch: &Rc<RefCell<Watch>>) {
        let mut now = watch.borrow_mut();
        now.reveal = None;
        if let Some(observer) = now.observer.take() {
            observer.disconnect();
        }
        if let Some(on_change) = now.on_change.take() {
            leptos::prelude::set_timeout(move || drop(on_change), std::time::Duration::ZERO);
        }
    }
}

/// Calls `reveal` once, when `element` comes within `AHEAD` of the viewport; at once where the
/// browser has no IntersectionObserver. The watch ends (its callback freed) when it has run or
/// when the current reactive scope is cleaned up (the chart was removed before it came near):
/// nothing of it outlives its chart.
pub fn when_near_viewport(element: &web_sys::Element, reveal: impl FnOnce() + 'static) {
    let watch = Rc::new(RefCell::new(Watch { reveal: Some(Box::new(reveal)), ..Watch::default() }));
    let on_change = OnChange::new({
        let watch = Rc::downgrade(&watch);
        move |entries: js_sys::Array, _: web_sys::IntersectionObserver| {
            let near = entries
                .iter()
                .filter_map(|e| e.dyn_into::<web_sys::IntersectionObserverEntry>().ok())
                .any(|e| e.is_intersecting());
            let Some(watch) = watch.upgrade().filter(|_| near) else { return };
            // Taken out before the call: the call may clean up this scope, and with it the watch.
            let reveal = watch.borrow_mut().reveal.take();
            Watch::end(&watch);
            if let Some(reveal) = reveal {
                reveal();
            }
        }
    });
    let options = web_sys::IntersectionObserverInit::new();
    options.set_root_margin(AHEAD);
    match web_sys::IntersectionObserver::new_with_options(on_change.as_ref().unchecked_ref(), &options) {
        Ok(observer) => {
            observer.observe(element);
            {
                let mut now = watch.borrow_mut();
                now.observer = Some(observer);
                now.on_change = Some(on_change);
            }
            let watch = SendWrapper::new(watch);
            on_cleanup(move || Watch::end(&watch));
        }
        Err(_) => {
            let reveal = watch.borrow_mut().reveal.take();
            if let Some(reveal) = reveal {
                reveal();
            }
        }
    }
}
