//! "Share / embed": the link to this view and the iframe snippet for it (or for one chart), each
//! with a copy button. The texts come from core::embed; they are shown as text, never as markup.

use super::text::tr;
use crate::core::embed::{embed_url, iframe_snippet, share_url};
use crate::core::i18n::Tr;
use crate::core::model::Lang;
use crate::state::UrlState;
use leptos::prelude::*;

const SHARE: Tr = Tr::new("分享与嵌入", "Share & embed");
const EMBED_CHART: Tr = Tr::new("分享与嵌入此图", "Share & embed this chart");
const LINK: Tr = Tr::new("链接", "Link");
const SNIPPET: Tr = Tr::new("嵌入代码（粘贴到文章 HTML 中）", "Embed code (paste into the article's HTML)");
const COPY: Tr = Tr::new("复制", "Copy");
const COPIED: Tr = Tr::new("已复制", "Copied");
const COPY_FAILED: Tr = Tr::new("已选中，请按 Ctrl+C 复制", "Selected: press Ctrl+C / ⌘C to copy");

/// A read-only field with a copy button; `static/copy.js` does the copying (select, then
/// `execCommand('copy')`) and writes the outcome into the status span.
fn copy_field(id: String, label: Tr, text: Memo<String>, lang: Memo<Lang>) -> impl IntoView {
    view! {
        <div class="share-field">
            <label for=id.clone()>{tr(lang, label)}</label>
            <textarea id=id.clone() readonly rows="2" prop:value=move || text.get()></textarea>
            <button type="button" data-copy=id data-done=tr(lang, COPIED) data-fail=tr(lang, COPY_FAILED)>
                {tr(lang, COPY)}
            </button>
            <span class="copy-status" role="status" data-copy-status></span>
        </div>
    }
}

/// The panel; `chart` embeds one chart instead of the whole view. Its fields are built when it
/// is first opened: most readers never open it, and a view has one per chart.
#[component]
pub fn SharePanel(
    #[prop(optional)] chart: Option<String>,
    /// What the embed shows, for its iframe's title (the chart's title); a view names itself.
    #[prop(optional)]
    shows: Option<String>,
) -> impl IntoView {
    let url = expect_context::<UrlState>();
    let lang = url.select(|s| s.lang);
    let summary = if chart.is_some() { EMBED_CHART } else { SHARE };
    let opened = RwSignal::new(false);
    let fields = move || {
        opened.get().then(|| {
            // Links to copy are absolute: the address is known only in the browser.
            let page = url.page().address.clone().unwrap_or_default();
            // Field ids must be unique on the page: one panel per view, one per chart.
            let key = chart.clone().unwrap_or_else(|| "view".into());
            let chart = chart.clone();
            let shows = shows.clone();
            let state = url.select(|s| s.clone());
            let link_page = page.clone();
            // A chart's own panel hands out that chart's page; a view's, the view's page.
            let link_chart = chart.clone();
            let link = Memo::new(move |_| {
                state.with(|s| match &link_chart {
                    Some(chart) => embed_url(&link_page, s, Some(chart)),
                    None => share_url(&link_page, s),
                })
            });
            let snippet = Memo::new(move |_| {
                let lang = lang.get();
                state.with(|s| iframe_snippet(&page, s, chart.as_deref(), shows.as_deref(), lang))
            });
            view! {
                {copy_field(format!("link-{key}"), LINK, link, lang)}
                {copy_field(format!("snippet-{key}"), SNIPPET, snippet, lang)}
            }
        })
    };
    view! {
        <details class="share" data-testid="share" on:toggle=move |_| opened.set(true)>
            <summary>{tr(lang, summary)}</summary>
            {fields}
        </details>
    }
}
