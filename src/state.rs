//! The only code that touches the page URL: reads the page's own state and its query into a
//! signal, writes every change back with the History API, and follows back/forward (`popstate`).
//! At build time the same state is made from a `Page` alone (no browser, no listeners).

use crate::core::page::Page;
use crate::core::url_state::{Dropped, ViewState};
use leptos::prelude::*;

/// The page the app runs on.
#[derive(Debug)]
pub struct PageContext {
    pub page: Page,
    /// The explorer's folder as an absolute address (for links to copy); `None` when the page is
    /// rendered at build time, where the deployed address is not known.
    pub address: Option<String>,
}

/// App-wide view state, provided as context by `App`.
#[derive(Clone, Copy)]
pub struct UrlState {
    /// The one state, written by every change.
    state: RwSignal<ViewState>,
    /// Where reads go: the state itself, or a scope's copy of it (see `scoped`).
    read: Signal<ViewState>,
    notices: RwSignal<Vec<Dropped>>,
    page: &'static PageContext,
}

impl UrlState {
    fn new(page: PageContext, query: &str) -> Self {
        let (state, dropped) = page.page.state(query);
        // One context per page load, alive as long as the page.
        let page = Box::leak(Box::new(page));
        let state = RwSignal::new(state);
        UrlState { state, read: state.into(), notices: RwSignal::new(dropped), page }
    }

    /// In the browser: the page's own state (from `<html data-base data-root>`, written by the
    /// build) under its query; follows back/forward navigation from then on.
    pub fn from_browser() -> Self {
        let root = document().document_element();
        let attribute = |name: &str| root.as_ref().and_then(|r| r.get_attribute(name)).unwrap_or_default();
        let page = Page { base: attribute("data-base"), root: attribute("data-root"), ..Page::index() };
        let href = window().location().href().unwrap_or_default();
        let address = Some(page.explorer_address(&href));
        let url = UrlState::new(PageContext { page, address }, &current_search());
        // Lives as long as the page: the app never unmounts.
        let listener = window_event_listener(leptos::ev::popstate, move |_| {
            let (state, dropped) = url.page.page.state(&current_search());
            // A fragment change (the skip link) leaves the state as it is: nothing to show, and
            // a notice the reader dismissed stays dismissed.
            if url.state.with_untracked(|now| *now == state) {
                return;
            }
            url.state.set(state);
            url.notices.set(dropped);
        });
        std::mem::forget(listener);
        url
    }

    /// At build time: the state a page's file stands for, with no query and no browser.
    pub fn prerendered(page: Page) -> Self {
        UrlState::new(PageContext { page, address: None }, "")
    }

    /// The page the app runs on.
    pub fn page(&self) -> &'static PageContext {
        self.page
    }

    /// True while the build renders the page (no browser: nothing interactive to wire).
    pub fn prerendering(&self) -> bool {
        self.page.address.is_none()
    }

    /// The same state for a part of the page that is built again and again (a view, a list of
    /// results): reads go through a memo that belongs to the current reactive scope, and the
    /// scope provides it as the context of what it builds. A reactive closure that is dropped
    /// stays listed (as a dead weak entry) among the subscribers of every signal it read until
    /// that signal itself is dropped (reactive_graph 0.2 does not unsubscribe on drop), so
    /// what a rebuilt part reads must die with it: then a long session's memory stays flat.
    pub fn scoped(&self) -> UrlState {
        let outer = self.read;
        let scoped = UrlState { read: Memo::new(move |_| outer.get()).into(), ..*self };
        provide_context(scoped);
        scoped
    }

    /// The whole state, tracked.
    pub fn get(&self) -> ViewState {
        self.read.get()
    }

    /// Reads part of the state, tracked (for one-off reads inside reactive closures).
    pub fn with_state<T>(&self, f: impl FnOnce(&ViewState) -> T) -> T {
        self.read.with(f)
    }

    /// A memo of one part of the state, so views re-render only when that part changes.
    pub fn select<T: PartialEq + Clone + Send + Sync + 'static>(
        &self,
        f: impl Fn(&ViewState) -> T + Send + Sync + 'static,
    ) -> Memo<T> {
        let read = self.read;
        Memo::new(move |_| read.with(&f))
    }

    /// The in-page link (`?…`) to a state.
    pub fn href(&self, state: &ViewState) -> String {
        self.page.page.href(state)
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
    /// Inside an embed every change is made in place: an iframe's history entries are the host
    /// tab's, and a reader must not need extra Backs to leave the article.
    fn show(&self, next: ViewState, push: bool) {
        if self.state.with_untracked(|s| *s == next) {
            return;
        }
        write_url(&self.href(&next), push && !next.embed);
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
            history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&target))
        } else {
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&target))
        };
    }
}
