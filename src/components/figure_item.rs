//! One figure as a list item: metric, value as the document gives it, kind, year, and its source.

use super::kind_badge::KindBadge;
use super::source_quote::{reading_note, SourceDisclosure};
use super::text::tr;
use crate::core::display::{change_label, scope_label, value_label};
use crate::core::i18n::Tr;
use crate::core::model::{Figure, Lang};
use leptos::prelude::*;

/// One figure; `children` (progress, a deadline note) go inside the item, after its source.
#[component]
pub fn FigureItem(
    figure: &'static Figure,
    lang: Memo<Lang>,
    #[prop(optional)] show_city: bool,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let f = figure;
    let value = move || change_label(f, lang.get()).unwrap_or_else(|| value_label(f, lang.get()));
    let time = move || scope_label(f, lang.get());
    let city = move || show_city.then(|| format!("{} · ", f.city.label().get(lang.get())));
    view! {
        <li class="figure-item" data-testid="figure-item" data-kind=f.kind.id()>
            <div class="figure-metric">{city}{tr(lang, Tr::new(f.metric_zh, f.metric_en))}</div>
            <div class="figure-value">{value}</div>
            <div class="figure-meta">
                <KindBadge kind=f.kind lang=lang/>
                <span class="year" data-testid="figure-time">{time}</span>
            </div>
            <SourceDisclosure quote=f.quote source_id=f.source_id lang=lang note=reading_note(f.note_zh, f.note_en)/>
            {children.map(|c| c())}
        </li>
    }
}
