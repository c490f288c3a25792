//! "Share": on a phone the system share sheet (Web Share API, by `static/copy.js`) with a clean
//! link; a panel with that link to copy (and one with the search, if there is one) and, folded
//! under "Embed on a website", the iframe snippet for the view (or for one chart). The links
//! leave out the sender's reading preferences (core::embed::for_people). The texts come from
//! core::embed; they are shown as text, never as markup.

use super::text::tr;
use crate::core::embed::{embed_url, for_people, iframe_snippet, share_url};
use crate::core::i18n::Tr;
use crate::core::model::Lang;
use crate::state::UrlState;
use leptos::prelude::*;

const SHARE: Tr = Tr::new("分享", "Share");
const EMBED_CHART: Tr = Tr::new("分享此图", "Share this chart");
const LINK: Tr = Tr::new("链接", "Link");
const LINK_WITH_SEARCH: Tr = Tr::new("含搜索词的链接", "Link with the search");
const EMBED: Tr = Tr::new("在网站中嵌入", "Embed on a website");
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
    // Links to copy are absolute: the address is known only in the browser.
    let page = url.page().address.clone().unwrap_or_default();
    let state = url.select(|s| s.clone());
    // A chart's own panel hands out that chart's page; a view's, the view's page.
    let address = {
        let (page, chart) = (page.clone(), chart.clone());
        move |with_search: bool| {
            state.with(|s| {
                let s = for_people(s, with_search);
                match &chart {
                    Some(chart) => embed_url(&page, &s, Some(chart)),
                    None => share_url(&page, &s),
                }
            })
        }
    };
    let link = {
        let address = address.clone();
        Memo::new(move |_| address(false))
    };
    // Field ids must be unique on the page: one panel per view, one per chart.
    let key = chart.clone().unwrap_or_else(|| "view".into());
    let title = shows.clone();
    let fields = move || {
        opened.get().then(|| {
            let (page, chart, shows, address) = (page.clone(), chart.clone(), shows.clone(), address.clone());
            let with_search = Memo::new(move |_| address(true));
            let searched = move || state.with(|s| !s.q.is_empty()).then_some(with_search);
            let snippet = Memo::new(move |_| {
                let lang = lang.get();
                state.with(|s| iframe_snippet(&page, &for_people(s, false), chart.as_deref(), shows.as_deref(), lang))
            });
            let key = key.clone();
            let search_key = format!("link-search-{key}");
            view! {
                {copy_field(format!("link-{key}"), LINK, link, lang)}
                {move || searched().map(|text| copy_field(search_key.clone(), LINK_WITH_SEARCH, text, lang))}
                <details class="embed-code" data-testid="embed-code">
                    <summary>{tr(lang, EMBED)}</summary>
                    {copy_field(format!("snippet-{key}"), SNIPPET, snippet, lang)}
                </details>
            }
        })
    };
    view! {
        <details class="share" data-testid="share" on:toggle=move |_| opened.set(true)>
            // copy.js opens the system share sheet from here, where the browser has one.
            <summary data-share-url=move || link.get() data-share-title=title>{tr(lang, summary)}</summary>
            {fields}
        </details>
    }
}
