//! Site header: product name, main navigation, language switch.

use super::lang_switch::LangSwitch;
use super::state_link::StateLink;
use crate::core::i18n;
use crate::core::url_state::{View, ViewState};
use crate::state::UrlState;
use leptos::prelude::*;

/// The views the navigation offers, in order.
pub const NAV_VIEWS: &[View] = &[View::Overview, View::Projects, View::Figures, View::Promises, View::About];

#[component]
pub fn SiteHeader() -> impl IntoView {
    let url = expect_context::<UrlState>();
    let lang = url.select(|s| s.lang);
    let view_now = url.select(|s| s.view);
    let links = NAV_VIEWS
        .iter()
        .map(|&v| {
            let to = move || ViewState { view: v, project: None, ..url.get() };
            let current = Signal::derive(move || view_now.get() == v);
            view! {
                <li>
                    <StateLink to=to current=current testid=format!("nav-{}", v.id())>
                        {move || v.label().get(lang.get())}
                    </StateLink>
                </li>
            }
        })
        .collect_view();
    view! {
        <header class="site-header">
            <a class="skip-link" href="#main">{move || i18n::SKIP_TO_CONTENT.get(lang.get())}</a>
            <div class="brand">
                <h1 data-testid="product-name">{move || i18n::PRODUCT_NAME.get(lang.get())}</h1>
                <p class="tagline">{move || i18n::TAGLINE.get(lang.get())}</p>
            </div>
            <LangSwitch/>
            <nav aria-label=move || i18n::MAIN_NAV.get(lang.get())>
                <ul class="nav-list">{links}</ul>
            </nav>
        </header>
    }
}
