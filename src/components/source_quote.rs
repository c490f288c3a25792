//! The verbatim sentence behind a number, with its document: one tap away from every figure.

use super::text::tr;
use crate::core::dataset::BUNDLED;
use crate::core::i18n::{self, pick, Tr};
use crate::core::model::Lang;
use leptos::prelude::*;

const READING_NOTE: Tr = Tr::new("阅读说明：", "Reading note: ");

/// A data row's note, where its label reads a garbled source differently (`None` if none).
pub fn reading_note(zh: &'static str, en: &'static str) -> Option<Tr> {
    (!zh.is_empty()).then_some(Tr::new(zh, en))
}

/// The quote and its citation (document title, publisher, date), and the reading note where the
/// label reads the quote differently. The quote is always Chinese and always verbatim.
#[component]
pub fn SourceCitation(
    quote: &'static str,
    source_id: &'static str,
    lang: Memo<Lang>,
    #[prop(default = None)] note: Option<Tr>,
) -> impl IntoView {
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
    let note = note.map(|note| {
        view! { <p class="reading-note" data-testid="reading-note">{tr(lang, READING_NOTE)}{tr(lang, note)}</p> }
    });
    view! {
        <blockquote class="quote" lang="zh-CN" data-testid="quote">{quote}</blockquote>
        <p class="cite">{cite}</p>
        {note}
    }
}

/// A disclosure ("出处 / Source") that reveals the citation.
#[component]
pub fn SourceDisclosure(
    quote: &'static str,
    source_id: &'static str,
    lang: Memo<Lang>,
    #[prop(default = None)] note: Option<Tr>,
) -> impl IntoView {
    view! {
        <details class="source">
            <summary data-testid="show-source">{tr(lang, i18n::SOURCE)}</summary>
            <SourceCitation quote=quote source_id=source_id lang=lang note=note/>
        </details>
    }
}
