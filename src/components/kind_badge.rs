//! A label that keeps targets and plans visibly apart from achievements.

use super::text::tr;
use crate::core::model::{FigureKind, Lang};
use leptos::prelude::*;

#[component]
pub fn KindBadge(kind: FigureKind, lang: Memo<Lang>) -> impl IntoView {
    view! { <span class=format!("badge kind-{}", kind.id())>{tr(lang, kind.label())}</span> }
}
