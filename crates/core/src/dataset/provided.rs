//! The texts the app hands the dataset at run time (the wasm only: natively the program carries
//! every text, `BUNDLED_TEXTS` and `BUNDLED_QUOTES_EN`). Storage, set once: each language's
//! texts, the quotes' English, and the language the other one's texts stand in for offline.
//! Exercised in the browser (tests/e2e: explorer.rs, offline.rs), not by the native tests
//! (.cargo/mutants.toml leaves it out for that reason).

use crate::model::Lang;
use std::sync::OnceLock;

static LANGUAGES: [OnceLock<&'static str>; 2] = [OnceLock::new(), OnceLock::new()];
static QUOTES_EN: OnceLock<&'static str> = OnceLock::new();
static STOOD_IN: OnceLock<Lang> = OnceLock::new();

/// Keeps a language's texts for the rest of the page's life; a second hand-over keeps the first.
pub fn keep_language(lang: Lang, text: String) {
    let _ = LANGUAGES[lang as usize].set(Box::leak(text.into_boxed_str()));
}

pub fn language_text(lang: Lang) -> Option<&'static str> {
    LANGUAGES[lang as usize].get().copied()
}

pub fn keep_quotes_en(text: String) {
    let _ = QUOTES_EN.set(Box::leak(text.into_boxed_str()));
}

pub fn quotes_en() -> Option<&'static str> {
    QUOTES_EN.get().copied()
}

/// Lets the other language's texts (handed over already) stand in for `lang`'s, before the
/// dataset's first use: offline, a reader's language never fetched still shows every view, its
/// labels in the other language.
pub fn stand_in_for(lang: Lang) {
    let _ = STOOD_IN.set(lang);
}

pub fn stood_in() -> Option<Lang> {
    STOOD_IN.get().copied()
}

/// Whether the dataset has (or, before first use, will have) the texts of `lang`: its own, or
/// the other language's standing in for them.
pub fn has_texts(lang: Lang) -> bool {
    language_text(lang).is_some() || stood_in() == Some(lang)
}
