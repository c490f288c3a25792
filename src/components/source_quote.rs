//! The verbatim sentence behind a number, with its document: one tap away from every figure.

use super::text::tr;
use crate::core::dataset::BUNDLED;
use crate::core::i18n::{self, pick};
use crate::core::model::Lang;
use leptos::prelude::*;

/// The quote and its citation (document title, publisher, date). The quote is always Chinese.
#[component]
pub fn SourceCitation(quote: &'static str, source_id: &'static str, lang: Memo<Lang>) -> impl IntoView {
    let source = BUNDLED.source(source_id);
    let cite = move || {
        source.map(|s| {
            let l = lang.get();
            format!(
                "{} {} · {} · {}",
                i18n::QUOTED_FROM.get(l),
                pick(l, s.title_zh, s.title_en),
                pick(l, s.publisher_zh, s.publisher_en),
                s.published
            )
        })
    };
    view! {
        <blockquote class="quote" lang="zh-CN" data-testid="quote">{quote}</blockquote>
        <p class="cite">{cite}</p>
    }
}

/// A disclosure ("出处 / Source") that reveals the citation.
#[component]
pub fn SourceDisclosure(quote: &'static str, source_id: &'static str, lang: Memo<Lang>) -> impl IntoView {
    view! {
        <details class="source">
            <summary data-testid="show-source">{tr(lang, i18n::SOURCE)}</summary>
            <SourceCitation quote=quote source_id=source_id lang=lang/>
        </details>
    }
}
