//! Text in the current language. Every view uses this one function instead of its own
//! `move || text.get(lang.get())` closure: each distinct closure in a view is compiled into its
//! own render code, so sharing one keeps the wasm small.

use crate::core::i18n::Tr;
use crate::core::model::Lang;
use leptos::prelude::*;

/// The zh or en side of `text`, following `lang`; usable as a child or an attribute value.
pub fn tr(lang: Memo<Lang>, text: Tr) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    move || text.get(lang.get())
}
