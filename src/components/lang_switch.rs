//! The zh/en switch: changes `lang` in the URL and keeps everything else.

use super::text::tr;
use crate::core::i18n;
use crate::state::UrlState;
use leptos::prelude::*;

#[component]
pub fn LangSwitch() -> impl IntoView {
    let url = expect_context::<UrlState>();
    let lang = url.select(|s| s.lang);
    view! {
        <button
            type="button"
            class="lang-switch"
            data-testid="lang-switch"
            title=tr(lang, i18n::SWITCH_LANGUAGE)
            lang=move || lang.get().other().html_lang()
            on:click=move |_| url.update(|s| s.lang = s.lang.other())
        >
            {move || lang.get().switch_label()}
        </button>
    }
}
