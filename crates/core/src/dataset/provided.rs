//! The texts the app hands the dataset at run time (the wasm only: natively the program carries
//! every text, `BUNDLED_PACKS` and `BUNDLED_QUOTES_EN`). Storage, set once: each pack's texts in
//! each language, the quotes' English, and the language the other one's texts stand in for
//! offline. Exercised in the browser (tests/e2e: explorer.rs, offline.rs), not by the native
//! tests (.cargo/mutants.toml leaves it out for that reason).

use super::{Pack, LANDING, PACK_COUNT};
use crate::model::Lang;
use std::sync::OnceLock;

static PACKS: [[OnceLock<&'static str>; 2]; PACK_COUNT] = [const { [const { OnceLock::new() }; 2] }; PACK_COUNT];
static QUOTES_EN: OnceLock<&'static str> = OnceLock::new();
static STOOD_IN: OnceLock<Lang> = OnceLock::new();

/// Keeps a pack's texts for the rest of the page's life; a second hand-over keeps the first.
pub fn keep_pack(pack: Pack, lang: Lang, text: String) {
    let _ = PACKS[pack][lang as usize].set(Box::leak(text.into_boxed_str()));
}

/// A pack's texts in `lang`: its own, or the other language's standing in for them.
pub fn held(pack: Pack, lang: Lang) -> Option<&'static str> {
    let own = PACKS[pack][lang as usize].get().copied();
    own.or_else(|| (stood_in() == Some(lang)).then(|| PACKS[pack][lang.other() as usize].get().copied()).flatten())
}

pub fn keep_quotes_en(text: String) {
    let _ = QUOTES_EN.set(Box::leak(text.into_boxed_str()));
}

pub fn quotes_en() -> Option<&'static str> {
    QUOTES_EN.get().copied()
}

/// Lets the other language's texts (handed over already) stand in for `lang`'s: offline, a
/// reader's language never fetched still shows every view, its labels in the other language.
pub fn stand_in_for(lang: Lang) {
    let _ = STOOD_IN.set(lang);
}

fn stood_in() -> Option<Lang> {
    STOOD_IN.get().copied()
}

/// Whether the dataset has (or, once refreshed, will have) every one of `packs` in `lang`. The
/// landing's rows are the cities' too: every city's pack holds them.
pub fn holds(packs: &[Pack], lang: Lang) -> bool {
    let has = |pack: Pack| held(pack, lang).is_some();
    packs.iter().all(|&pack| has(pack) || (pack == LANDING && (0..LANDING).all(has)))
}
