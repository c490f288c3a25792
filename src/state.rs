//! The only code that touches the page URL: reads `location.search` into a signal, writes every
//! change back with `history.pushState`, and follows back/forward (`popstate`).

use crate::core::url_state::{self, Dropped, ViewState};
use leptos::prelude::*;
use wasm_bindgen::JsValue;

/// App-wide view state, provided as context by `App`.
#[derive(Clone, Copy)]
pub struct UrlState {
    state: RwSignal<ViewState>,
    notices: RwSignal<Vec<Dropped>>,
}

impl UrlState {
    /// Reads the current URL and starts following back/forward navigation.
    pub fn from_location() -> Self {
        let (state, dropped) = url_state::parse(&current_search());
        let url = UrlState { state: RwSignal::new(state), notices: RwSignal::new(dropped) };
        // Lives as long as the page: the app never unmounts.
        let listener = window_event_listener(leptos::ev::popstate, move |_| {
            let (state, dropped) = url_state::parse(&current_search());
            url.state.set(state);
            url.notices.set(dropped);
        });
        std::mem::forget(listener);
        url
    }

    /// The whole state, tracked.
    pub fn get(&self) -> ViewState {
        self.state.get()
    }

    /// Reads part of the state, tracked (for one-off reads inside reactive closures).
    pub fn with_state<T>(&self, f: impl FnOnce(&ViewState) -> T) -> T {
        self.state.with(f)
    }

    /// A memo of one part of the state, so views re-render only when that part changes.
    pub fn select<T: PartialEq + Clone + Send + Sync + 'static>(
        &self,
        f: impl Fn(&ViewState) -> T + Send + Sync + 'static,
    ) -> Memo<T> {
        let state = self.state;
        Memo::new(move |_| state.with(&f))
    }

    /// Applies a change and records it as a new history entry.
    pub fn update(&self, change: impl FnOnce(&mut ViewState)) {
        let mut next = self.state.get_untracked();
        change(&mut next);
        self.show(next, true);
    }

    /// Shows `next` and pushes its URL (no entry if nothing changed).
    pub fn navigate(&self, next: ViewState) {
        self.show(next, true);
    }

    /// Applies a change without a new history entry (typing in the search box).
    pub fn replace(&self, change: impl FnOnce(&mut ViewState)) {
        let mut next = self.state.get_untracked();
        change(&mut next);
        self.show(next, false);
    }

    /// Writes `next` to the URL (a new entry, or in place) and shows it; nothing if unchanged.
    fn show(&self, next: ViewState, push: bool) {
        if self.state.with_untracked(|s| *s == next) {
            return;
        }
        write_url(&url_state::href(&next), push);
        self.state.set(next);
    }

    /// What the URL asked for that was dropped, for the notice bar.
    pub fn notices(&self) -> RwSignal<Vec<Dropped>> {
        self.notices
    }
}

fn current_search() -> String {
    window().location().search().unwrap_or_default()
}

/// Writes the URL: a new history entry (`push`) or in place.
fn write_url(href: &str, push: bool) {
    // `?` alone would leave a bare question mark; the path alone clears the query.
    let target = if href == "?" { window().location().pathname().unwrap_or_default() } else { href.to_string() };
    if let Ok(history) = window().history() {
        let _ = if push {
            history.push_state_with_url(&JsValue::NULL, "", Some(&target))
        } else {
            history.replace_state_with_url(&JsValue::NULL, "", Some(&target))
        };
    }
}
