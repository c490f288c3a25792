//! Start-up in the browser. The page already shows its view, rendered into the HTML by the build
//! with the same components; the app renders its own copy into a new, detached element — its
//! three parts in three tasks, then the view's long lists a stage per task (see `stages`), so no
//! single task blocks the page for long (the wasm's functions are compiled on first use, on the
//! main thread: the small bottom part goes first and pays for most of that) — and then swaps it
//! in at once, so no frame shows a half-built page and nothing moves (no layout shift).
//!
//! The start has one outcome, shared with the page's loader (tools/publish/src/loader.rs): the
//! app swaps itself in and marks `<html class="running">`, or any step that goes wrong reports
//! `renewal-explorer:failed` and the loader marks the page `failed`. A page already marked failed
//! (the loader's watchdog gave up) is left as it is.

use crate::app::{AppPart, Part};
use crate::stages::Stages;
use crate::state::UrlState;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

// The element the build rendered the page into (`APP_ID`) holds the loading note while the
// page's own view is not the one its URL asks for.
use crate::core::page::APP_ID;
/// The rendered page's element between the swap and its removal.
const LEAVING_ID: &str = "app-prerendered";
/// The classes of `<html>` that say how the start ended.
const RUNNING: &str = "running";
const FAILED: &str = "failed";

/// Mounts the app over the prerendered page (or into an empty one).
pub fn mount_over_prerendered() {
    wasm_bindgen_futures::spawn_local(async {
        if let Err(why) = take_over().await {
            report_failure(why);
        }
    });
}

/// Why a step of the take-over failed.
type Failure = &'static str;

async fn take_over() -> Result<(), Failure> {
    // The dataset's texts in the reader's language, before anything reads the dataset.
    crate::texts::take(&crate::state::asked()).await?;
    let url = UrlState::from_browser();
    let doc = document();
    let fresh = doc.create_element("div").map_err(|_| "cannot create the app's element")?;
    fresh.set_id(APP_ID);
    // The view's long lists come in stages, a task each, once its parts are built.
    let stages = Stages::first();
    let mut wrappers = Vec::new();
    for _ in Part::ALL {
        let wrapper = doc.create_element("div").map_err(|_| "cannot create a part's element")?;
        wrapper.set_class_name("app-part");
        fresh.append_child(&wrapper).map_err(|_| "cannot assemble the app's parts")?;
        wrappers.push(wrapper);
    }
    for (part, wrapper) in [(Part::Bottom, 2), (Part::Top, 0), (Part::Main, 1)] {
        // The first wait ends the task that instantiated the wasm.
        next_task().await;
        let parent = wrappers[wrapper].clone().unchecked_into();
        leptos::mount::mount_to(parent, move || {
            provide_context(stages);
            view! { <AppPart url=url part=part/> }
        })
        .forget();
        mark(match part {
            Part::Bottom => "bottom built",
            Part::Top => "top built",
            Part::Main => "main built",
        });
    }
    loop {
        next_task().await;
        if !stages.advance() {
            break;
        }
        mark("stage built");
    }
    let root = doc.document_element().ok_or("the page has no root element")?;
    if root.class_list().contains(FAILED) {
        // Too late: the page already says the app could not start, and keeps saying so.
        return Ok(());
    }
    let leaving = swap_in(&doc, &fresh)?;
    mark("swapped in");
    let classes = root.class_list();
    let _ = classes.remove_1("stale");
    let _ = classes.add_1(RUNNING);
    announce("renewal-explorer:running", None);
    crate::texts::fill_translations_when_opened();
    if let Some(leaving) = leaving {
        remove_in_pieces(&leaving).await;
        mark("copy removed");
    }
    Ok(())
}

/// Puts the app's page in place of the rendered one (and its loading note). The rendered copy is
/// hidden at once and removed over the next tasks: hidden, the browser drops its layout in the
/// frame it lays out the app anyway, where removing it at once would tear down thousands of
/// laid-out nodes inside this task. Returns the copy to remove.
fn swap_in(doc: &web_sys::Document, fresh: &web_sys::Element) -> Result<Option<web_sys::Element>, Failure> {
    let Some(prerendered) = doc.get_element_by_id(APP_ID) else {
        let body = doc.body().ok_or("the page has no body")?;
        body.prepend_with_node_1(fresh).map_err(|_| "cannot put the app into the page")?;
        return Ok(None);
    };
    prerendered.before_with_node_1(fresh).map_err(|_| "cannot swap the app in for the page")?;
    // The app's copy comes first and alone keeps the id (its ids are the ones looked up).
    prerendered.set_id(LEAVING_ID);
    if prerendered.set_attribute("hidden", "").is_err() {
        prerendered.remove();
        return Ok(None);
    }
    Ok(Some(prerendered))
}

/// The rendered page's loading note (`app.rs`), shown while the page waits for the app.
const LOADING_NOTE: &str = "#boot";
/// At most this many elements leave the hidden copy at a time.
pub const PIECE_ELEMENTS: u32 = 150;
/// A task of removing stops once it has taken this long, and the next one goes on.
const REMOVING_MS: f64 = 4.0;

/// Removes the hidden rendered copy a few milliseconds' worth per task, from its end. Taken out
/// in one go, a Charts page's thousands of SVG nodes were the take-over's longest task (33–95 ms
/// on a desktop CPU in Lighthouse's traces, four times that on its phone): a tap in it waited.
/// Hidden, the pieces leave unseen. The loading note is put first, so it leaves last: "no
/// `#boot`" still means the page holds one copy (the tests and the timing read it so).
pub async fn remove_in_pieces(leaving: &web_sys::Element) {
    if let Ok(Some(note)) = leaving.query_selector(LOADING_NOTE) {
        let _ = leaving.prepend_with_node_1(&note);
    }
    // The element whose last children go next: the copy, or a part of it too large to go whole
    // (kept between tasks, so no large part is counted twice).
    let mut parent = leaving.clone();
    loop {
        next_task().await;
        let started = now();
        while now() - started < REMOVING_MS {
            match parent.last_element_child() {
                Some(child) if elements_in(&child) > PIECE_ELEMENTS => parent = child,
                Some(child) => child.remove(),
                None if parent == *leaving => {
                    leaving.remove();
                    return;
                }
                None => {
                    // Emptied of elements: it goes too, and its parent's next children after it.
                    let emptied = parent;
                    parent = emptied.parent_element().unwrap_or_else(|| leaving.clone());
                    emptied.remove();
                }
            }
        }
    }
}

fn elements_in(element: &web_sys::Element) -> u32 {
    element.query_selector_all("*").map_or(0, |all| all.length())
}

fn now() -> f64 {
    window().performance().map_or(0.0, |p| p.now())
}

/// Hands a failed step to the page's loader, which marks the page and says so.
fn report_failure(why: Failure) {
    announce("renewal-explorer:failed", Some(why));
}

fn announce(name: &str, detail: Option<&str>) {
    let init = web_sys::CustomEventInit::new();
    if let Some(detail) = detail {
        init.set_detail(&wasm_bindgen::JsValue::from_str(detail));
    }
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = window().dispatch_event(&event);
    }
}

/// A User Timing mark (`renewal-explorer: main built`), for the timing benchmark and DevTools.
fn mark(step: &str) {
    if let Some(performance) = window().performance() {
        let _ = performance.mark(&format!("renewal-explorer: {step}"));
    }
}

/// Resolves in a new task (a zero-delay timer), letting the browser handle input and paint.
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
