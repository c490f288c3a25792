//! The only code that touches the page URL: reads the state from the address (the page's path
//! below the explorer's folder, and its query) into a signal, writes every change back with the
//! History API as the state's own address (its page and the query of the rest), and follows
//! back/forward (`popstate`). At build time the same state is made from a `Page` alone (no
//! browser, no listeners).

use crate::core::dataset::{data, holds};
use crate::core::packs::packs_for;
use crate::core::page::{address_of, folder_above, locate, Page};
use crate::core::url_state::{Dropped, ViewState};
use leptos::prelude::*;

/// Where the app runs.
#[derive(Debug)]
pub struct PageContext {
    /// The explorer's folder as an absolute address (for links to copy and addresses to write);
    /// `None` when the page is rendered at build time, where the deployed address is not known.
    pub address: Option<String>,
    /// Counts the changes asked for, so a change waiting for texts is not shown after a later one.
    pub changes: std::sync::atomic::AtomicU32,
}

/// App-wide view state, provided as context by `App`.
#[derive(Clone, Copy)]
pub struct UrlState {
    /// The one state, written by every change.
    state: RwSignal<ViewState>,
    /// Where reads go: a copy of the state, the app's or a scope's (see `scoped`). (A `Memo` in
    /// both cases: a `Signal` over either would add its own generic code to the wasm.)
    read: Memo<ViewState>,
    notices: RwSignal<Vec<Dropped>>,
    page: &'static PageContext,
}

impl UrlState {
    fn new(page: PageContext, state: ViewState, dropped: Vec<Dropped>) -> Self {
        // One context per page load, alive as long as the page.
        let page = Box::leak(Box::new(page));
        let state = RwSignal::new(state);
        UrlState { state, read: Memo::new(move |_| state.get()), notices: RwSignal::new(dropped), page }
    }

    /// In the browser: the state at this address — the page at its path below the explorer's
    /// folder (which the build writes on `<html data-root>` as the way up to it), its query read
    /// over it. The address is then rewritten to the state's own (an old `?view=charts&city=hebi`
    /// becomes `charts/hebi/`), and back/forward navigation followed from then on.
    pub fn from_browser() -> Self {
        let (root, href) = browser_address();
        pin_head_links(&href);
        let (state, dropped) = locate(data(), &root, &href);
        let url = UrlState::new(PageContext { address: Some(root), changes: Default::default() }, state, dropped);
        url.write_url(&url.state.get_untracked(), false);
        // Lives as long as the page: the app never unmounts.
        let listener = window_event_listener(leptos::ev::popstate, move |_| {
            let root = url.page.address.as_deref().unwrap_or_default();
            let (state, dropped) = locate(data(), root, &window().location().href().unwrap_or_default());
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
        UrlState::new(PageContext { address: None, changes: Default::default() }, page.own_state(), Vec::new())
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
        let scoped = UrlState { read: Memo::new(move |_| outer.get()), ..*self };
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

    /// The way from the state's page back to the explorer's folder (`../` per folder), for the
    /// links to pages the build writes (a figure's, a document's). Tracked, like `with_state`.
    pub fn root(&self) -> String {
        self.read.with(|s| Page::for_state(data(), s).root())
    }

    /// A memo of one part of the state, so views re-render only when that part changes.
    pub fn select<T: PartialEq + Clone + Send + Sync + 'static>(
        &self,
        f: impl Fn(&ViewState) -> T + Send + Sync + 'static,
    ) -> Memo<T> {
        self.select_boxed(Box::new(f))
    }

    /// `select`'s memo, compiled once per type of value rather than once per closure: the app
    /// has about fifty selections, and each memo's code is a few hundred bytes of wasm.
    fn select_boxed<T: PartialEq + Clone + Send + Sync + 'static>(
        &self,
        f: Box<dyn Fn(&ViewState) -> T + Send + Sync>,
    ) -> Memo<T> {
        let read = self.read;
        Memo::new(move |_| read.with(|s| f(s)))
    }

    /// A link to a state, relative to the page of the state shown now (which is the page the
    /// address names): `../projects/hebi/?cat=greening`. Tracked: links follow the page.
    pub fn href(&self, state: &ViewState) -> String {
        self.read.with(|now| Page::for_state(data(), now).link_to(data(), state))
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

    /// Shows the state at `href`, an absolute address of one of the explorer's pages (a link the
    /// core wrote as markup), as a new history entry.
    pub fn navigate_to_address(&self, href: &str) {
        let root = self.page.address.as_deref().unwrap_or_default();
        let (state, _) = locate(data(), root, href);
        self.show(state, true);
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
        use std::sync::atomic::Ordering::Relaxed;
        let change = self.page.changes.fetch_add(1, Relaxed) + 1;
        if holds(&packs_for(data(), &next), next.lang) {
            self.apply(next, push);
        } else if self.state.with_untracked(|s| s.lang == next.lang) {
            // A state that shows more than the address did (another city, every city): every
            // city's texts, then the state (unless another change came since); the page as it
            // was until they arrive.
            let url = *self;
            leptos::task::spawn_local(async move {
                match crate::texts::take_every_city(next.lang).await {
                    Ok(()) if url.page.changes.load(Relaxed) == change => url.apply(next, push),
                    Ok(()) => {}
                    Err(why) => {
                        leptos::logging::warn!("{why}: the page is loaded instead");
                        url.load(&next);
                    }
                }
            });
        } else {
            // The app holds its reader's language only (fetched at start): the other language is
            // its own page, loaded as one.
            self.load(&next);
        }
    }

    /// Shows `next`, whose texts the dataset holds: its URL, then the state.
    fn apply(&self, next: ViewState, push: bool) {
        self.write_url(&next, push && !next.embed);
        self.state.set(next);
    }

    /// Loads the page of `next` (in place inside an embed, as every change there).
    fn load(&self, next: &ViewState) {
        if let Some(root) = self.page.address.as_deref() {
            let target = format!("{root}{}", address_of(data(), next));
            let location = window().location();
            let _ = if next.embed { location.replace(&target) } else { location.assign(&target) };
        }
    }

    /// What the URL asked for that was dropped, for the notice bar.
    pub fn notices(&self) -> RwSignal<Vec<Dropped>> {
        self.notices
    }
}

/// The explorer's folder (absolute, from the way up to it the build writes on `<html data-root>`)
/// and the page's address.
fn browser_address() -> (String, String) {
    let up = document().document_element().and_then(|r| r.get_attribute("data-root")).unwrap_or_default();
    let href = window().location().href().unwrap_or_default();
    (folder_above(&href, up.matches("../").count()), href)
}

/// The state the address asks for, read before the app is built (it fetches the texts that
/// state shows first: `texts::take`). The dataset's rows are there without any texts.
pub fn asked() -> ViewState {
    let (root, href) = browser_address();
    locate(data(), &root, &href).0
}

impl UrlState {
    /// Writes the address of `state` (its page below the explorer's folder and the query of the
    /// rest, keeping the fragment): a new history entry (`push`) or in place.
    fn write_url(&self, state: &ViewState, push: bool) {
        let Some(root) = self.page.address.as_deref() else { return };
        let location = window().location();
        let hash = location.hash().unwrap_or_default();
        let target = format!("{root}{}{hash}", address_of(data(), state));
        if location.href().is_ok_and(|now| now == target) {
            return;
        }
        if let Ok(history) = window().history() {
            let _ = if push {
                history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&target))
            } else {
                history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&target))
            };
        }
    }
}

/// Makes the head's links (stylesheet, icons, manifest) absolute before the app first changes the
/// address: a relative `href` would otherwise be read against the new address.
fn pin_head_links(href: &str) {
    let Some(head) = document().head() else { return };
    let Ok(links) = head.query_selector_all("link[href]") else { return };
    for link in (0..links.length()).filter_map(|i| links.item(i)) {
        let Ok(link) = wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(link) else { continue };
        let Some(relative) = link.get_attribute("href") else { continue };
        if let Ok(absolute) = web_sys::Url::new_with_base(&relative, href) {
            let _ = link.set_attribute("href", &absolute.href());
        }
    }
}
