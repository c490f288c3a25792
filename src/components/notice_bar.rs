//! Tells the reader which parts of the link were ignored. The URL text is shown as text only.

use super::text::tr;
use crate::core::i18n;
use crate::core::url_state::notice_items;
use crate::state::UrlState;
use leptos::prelude::*;

#[component]
pub fn NoticeBar() -> impl IntoView {
    let url = expect_context::<UrlState>();
    let lang = url.select(|s| s.lang);
    let notices = url.notices();
    move || {
        let dropped = notices.get();
        (!dropped.is_empty()).then(|| {
            let (items, more) = notice_items(&dropped);
            // <bdi>: a right-to-left override in the link cannot reorder the sentence around it.
            let list = items
                .into_iter()
                .map(
                    |(key, value)| view! { <li><code><bdi>{key}</bdi></code>" = "<code><bdi>{value}</bdi></code></li> },
                )
                .collect_view();
            let more = (more > 0).then(|| view! { <li>{move || i18n::and_more(more, lang.get())}</li> });
            view! {
                <div class="notice" role="status" data-testid="url-notice">
                    <p>{tr(lang, i18n::NOTICE_HEADING)}</p>
                    <ul>{list}{more}</ul>
                    <button
                        type="button"
                        data-testid="dismiss-notice"
                        on:click=move |_| {
                            notices.set(Vec::new());
                            crate::focus::move_to(vec!["#view-title".into()]);
                        }
                    >
                        {tr(lang, i18n::DISMISS)}
                    </button>
                </div>
            }
        })
    }
}
