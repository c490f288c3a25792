//! Site header: product name, main navigation, language switch.

use super::lang_switch::LangSwitch;
use super::large_text_toggle::LargeTextToggle;
use super::state_link::StateLink;
use super::text::tr;
use crate::core::dataset::data;
use crate::core::i18n;
use crate::core::url_state::View;
use crate::state::UrlState;
use leptos::prelude::*;

#[component]
pub fn SiteHeader() -> impl IntoView {
    let url = expect_context::<UrlState>();
    let lang = url.select(|s| s.lang);
    let view_now = url.select(|s| s.view);
    let links = View::ALL
        .iter()
        .map(|&v| {
            let to = move || url.get().carried_to(v);
            let current = Signal::derive(move || view_now.get() == v);
            view! {
                <li>
                    <StateLink to=to current=current testid=format!("nav-{}", v.id())>
                        {tr(lang, v.label())}
                    </StateLink>
                </li>
            }
        })
        .collect_view();
    view! {
        <header class="site-header">
            <a class="skip-link" href="#main">{tr(lang, i18n::SKIP_TO_CONTENT)}</a>
            <div class="brand">
                <h1 data-testid="product-name">{tr(lang, i18n::PRODUCT_NAME)}</h1>
                <p class="tagline">{tr(lang, i18n::TAGLINE[0])}{tr(lang, i18n::city_names(data()))}{tr(lang, i18n::TAGLINE[1])}</p>
            </div>
            <div class="header-actions">
                <LargeTextToggle/>
                <LangSwitch/>
            </div>
            <nav aria-label=tr(lang, i18n::MAIN_NAV)>
                <ul class="nav-list">{links}</ul>
            </nav>
        </header>
    }
}
