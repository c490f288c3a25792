//! A real `<a href>` to another state's address (`../projects/hebi/`, `?cat=greening`) that
//! navigates in-page: middle-click and "open in new tab" still work, and without the app it is an
//! ordinary link to a page that holds the view.

use crate::core::url_state::ViewState;
use crate::state::UrlState;
use leptos::ev::MouseEvent;
use leptos::prelude::*;

/// A link to another view state; `to` is re-evaluated when the state it reads changes.
#[component]
pub fn StateLink(
    to: impl Fn() -> ViewState + Send + Sync + 'static,
    #[prop(into, optional)] class: String,
    #[prop(optional)] current: Option<Signal<bool>>,
    #[prop(into, optional)] testid: String,
    /// Where focus goes after following the link in place (CSS selectors, first match wins).
    #[prop(optional)]
    focus: Vec<String>,
    children: Children,
) -> impl IntoView {
    link(std::sync::Arc::new(to), class, current, testid, focus, children)
}

/// The link itself, compiled once: each `StateLink` only boxes its own `to`.
fn link(
    to: std::sync::Arc<dyn Fn() -> ViewState + Send + Sync>,
    class: String,
    current: Option<Signal<bool>>,
    testid: String,
    focus: Vec<String>,
    children: Children,
) -> AnyView {
    let url = expect_context::<UrlState>();
    let target = to.clone();
    let on_click = move |ev: MouseEvent| {
        // Let the browser handle new-tab and new-window clicks.
        if ev.button() != 0 || ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() {
            return;
        }
        ev.prevent_default();
        url.navigate(target());
        if !focus.is_empty() {
            crate::focus::move_to(focus.clone());
        }
    };
    let aria_current = move || current.and_then(|c| c.get().then_some("page"));
    view! {
        <a href=move || url.href(&to()) class=class on:click=on_click aria-current=aria_current data-testid=testid>
            {children()}
        </a>
    }
    .into_any()
}
