//! 大字模式 / Large text: larger type and stronger contrast for older readers (适老化); the
//! choice lives in the URL (`large=1`) like every other view setting.

use super::text::tr;
use crate::core::i18n::Tr;
use crate::state::UrlState;
use leptos::prelude::*;

const LARGE_TEXT: Tr = Tr::new("大字", "Large text");

#[component]
pub fn LargeTextToggle() -> impl IntoView {
    let url = expect_context::<UrlState>();
    let lang = url.select(|s| s.lang);
    let on = url.select(|s| s.large);
    view! {
        <button
            type="button"
            class="header-toggle"
            data-testid="large-text"
            aria-pressed=move || if on.get() { "true" } else { "false" }
            on:click=move |_| url.update(|s| s.large = !s.large)
        >
            {tr(lang, LARGE_TEXT)}
        </button>
    }
}
