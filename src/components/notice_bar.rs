//! Tells the reader which parts of the link were ignored. The URL text is shown as text only.

use super::text::tr;
use crate::core::i18n;
use crate::state::UrlState;
use leptos::prelude::*;

#[component]
pub fn NoticeBar() -> impl IntoView {
    let url = expect_context::<UrlState>();
    let lang = url.select(|s| s.lang);
    let notices = url.notices();
    move || {
        let items = notices.get();
        (!items.is_empty()).then(|| {
            let list = items
                .into_iter()
                .map(|d| {
                    let value: String = d.value.chars().take(60).collect();
                    view! { <li><code>{d.key}</code>" = "<code>{value}</code></li> }
                })
                .collect_view();
            view! {
                <div class="notice" role="status" data-testid="url-notice">
                    <p>{tr(lang, i18n::NOTICE_HEADING)}</p>
                    <ul>{list}</ul>
                    <button type="button" data-testid="dismiss-notice" on:click=move |_| notices.set(Vec::new())>
                        {tr(lang, i18n::DISMISS)}
                    </button>
                </div>
            }
        })
    }
}
