//! The dataset. `build.rs` checks `data/*.csv` at compile time and writes every row's enums,
//! years, identity and links into the program (arrays and one string of texts with their
//! lengths: far smaller in the wasm than thousands of separate strings and pointers), and the
//! rest of each row's texts into files by city and language, plus one for the landing's headline
//! figures (packs: `PACK_FILES`). The app fetches the packs its address shows; the rows are put
//! back together by cutting the texts apart (`assemble`); a figure's number is read from the text
//! it was written as (`decimal_value`, checked on every value at build time).

use super::model::{
    non_empty, year_of_byte, Approx, Category, City, CityInfo, Commitment, Figure, FigureKind, Lang, Project, Scope,
    Source, SourceKind, Status,
};
use super::numerals::decimal_value;
use std::sync::Mutex;

// Also `VERSION`: the day the dataset was built and a hash of its contents ("2026-12-07+1a2b3c4d").
include!(concat!(env!("OUT_DIR"), "/dataset.rs"));

/// The whole dataset, by table.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Dataset {
    /// In display order.
    pub cities: &'static [City],
    /// The cities' names as a sentence lists them (`model::name_list`), Chinese and English.
    pub city_names: (&'static str, &'static str),
    pub sources: &'static [Source],
    pub figures: &'static [Figure],
    pub projects: &'static [Project],
    pub commitments: &'static [Commitment],
}

/// The dataset as this program holds it now (`set_current` replaces it).
static CURRENT: Mutex<Option<&'static Dataset>> = Mutex::new(None);

/// The dataset as this program holds it: every row, and the texts of the packs it has (natively
/// all; in the app those handed over by `provide_pack`). Assembled at first use.
pub fn data() -> &'static Dataset {
    let mut current = CURRENT.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    current.get_or_insert_with(|| Box::leak(Box::new(assemble(&held))))
}

/// Replaces the dataset `data` returns: the app's, once more packs have arrived (`refresh`); a
/// test's, holding some packs only. Each replacement's rows live as long as the program (views
/// may still hold rows of the one before), so the app replaces it once or twice at most.
pub fn set_current(data: Dataset) -> &'static Dataset {
    let data: &'static Dataset = Box::leak(Box::new(data));
    *CURRENT.lock().unwrap_or_else(std::sync::PoisonError::into_inner) = Some(data);
    data
}

/// Assembles the dataset again with every pack handed over since (the app, after fetching more).
pub fn refresh() -> &'static Dataset {
    set_current(assemble(&held))
}

/// The cities of this build, in display order (known without any pack).
pub fn cities() -> &'static [City] {
    &CITIES
}

/// A pack of texts (`PACK_FILES`): a city's rows (its position in the cities' order), or the
/// landing's headline figures (`LANDING`). The wasm carries every row's numbers, kinds, ids and
/// links; the rest of a row's texts come in its pack, fetched by what an address shows.
pub type Pack = usize;

/// The landing's pack: every city's headline figures (`headlines::headline_positions`).
pub const LANDING: Pack = PACK_COUNT - 1;

/// The pack of a city's rows.
pub fn city_pack(city: City) -> Pack {
    CITIES.iter().position(|c| *c == city).unwrap_or(LANDING)
}

/// Every city's pack: everything there is to show.
pub fn every_city_pack() -> Vec<Pack> {
    (0..CITIES.len()).collect()
}

/// Ends each text of a pack's file (`build.rs` refuses a text that holds it).
const END: char = '\u{1f}';

// Putting the rows back together from the arrays and the texts.
mod assemble;
pub use assemble::assemble;
use assemble::{cut, pack_rows};

/// A pack's name in its files' names (`rows-<name>-<lang>-<hash>.txt`): its city's id, or `landing`.
fn pack_name(pack: Pack) -> &'static str {
    PACK_NAMES.get(pack).copied().unwrap_or("no pack of this build")
}

/// How many texts a pack's file holds in each language (`build.rs`'s `pack_text_order`).
fn pack_text_count(pack: Pack) -> usize {
    let (figures, projects, commitments) = pack_rows(pack);
    7 * figures.len() + 4 * projects.len() + 3 * commitments.len()
}

/// A file of texts that is not the one this build wrote (another build's).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the {} texts of {} hold {texts} texts where this build wrote {expected}: another build's file", lang.id(), pack_name(*pack))]
pub struct ForeignTexts {
    pub pack: Pack,
    pub lang: Lang,
    pub texts: usize,
    pub expected: usize,
}

/// Hands the dataset a pack's texts in one language (as fetched from `PACK_FILES`); `refresh`
/// puts them in. Texts of the wrong count are refused; a pack handed over twice keeps the first.
pub fn provide_pack(pack: Pack, lang: Lang, text: String) -> Result<(), ForeignTexts> {
    // (A pack this build has not has no rows: no texts.)
    let expected = pack_text_count(pack);
    let texts = text.matches(END).count();
    if pack >= PACK_COUNT || texts != expected || !(text.is_empty() || text.ends_with(END)) {
        return Err(ForeignTexts { pack, lang, texts, expected });
    }
    #[cfg(target_arch = "wasm32")]
    provided::keep_pack(pack, lang, text);
    Ok(())
}

// In the app, the texts handed over at run time.
#[cfg(target_arch = "wasm32")]
mod provided;
#[cfg(target_arch = "wasm32")]
use provided::{held, quotes_en};
#[cfg(target_arch = "wasm32")]
pub use provided::{holds, stand_in_for};

/// Whether the dataset has every one of `packs` in `lang`: natively it carries them all (in the
/// app, those handed over, or the other language's standing in: `provided::holds`).
#[cfg(not(target_arch = "wasm32"))]
pub fn holds(_: &[Pack], _: Lang) -> bool {
    true
}

/// A pack's texts in a language, as this program has them.
#[cfg(not(target_arch = "wasm32"))]
fn held(pack: Pack, lang: Lang) -> Option<&'static str> {
    Some(BUNDLED_PACKS[pack][lang as usize])
}

/// The explorer's own English of every quote (`data/quotes_en.csv`), in row order (figures,
/// projects, dated promises). Natively part of the program; the app fetches `QUOTES_EN_FILE` when
/// an English reader first opens one (`provide_quotes_en`).
pub const BUNDLED_QUOTES_EN: &str = include_str!(concat!(env!("OUT_DIR"), "/quotes-en.txt"));

/// The quotes' English of another build.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the quotes' English has {bytes} bytes where this build wrote {expected}: another build's file")]
pub struct ForeignQuotes {
    pub bytes: usize,
    pub expected: usize,
}

/// Hands over the English of the quotes (as fetched from `QUOTES_EN_FILE`); refused if it is not
/// this build's.
pub fn provide_quotes_en(text: String) -> Result<(), ForeignQuotes> {
    let expected = QUOTE_EN_LEN.iter().map(|&len| usize::from(len)).sum();
    if text.len() != expected {
        return Err(ForeignQuotes { bytes: text.len(), expected });
    }
    #[cfg(target_arch = "wasm32")]
    provided::keep_quotes_en(text);
    Ok(())
}

#[cfg(not(target_arch = "wasm32"))]
fn quotes_en() -> Option<&'static str> {
    Some(BUNDLED_QUOTES_EN)
}

/// A row's place among all rows (figures, projects, dated promises), as the translations are kept.
fn row_index(data: &Dataset, id: &str) -> Option<usize> {
    (data.figures.iter().map(|f| f.id))
        .chain(data.projects.iter().map(|p| p.id))
        .chain(data.commitments.iter().map(|c| c.id))
        .position(|row| row == id)
}

/// Whether the row has an English rendering of its quote, known before the renderings arrive:
/// every row of the dataset has one (the build refuses a table that misses one).
pub fn has_quote_en(data: &Dataset, id: &str) -> bool {
    row_index(data, id).is_some()
}

/// The explorer's English of the row's quote, once this program has the renderings.
pub fn quote_en(data: &Dataset, id: &str) -> Option<&'static str> {
    let index = row_index(data, id)?;
    cut(quotes_en()?, &QUOTE_EN_LEN).nth(index).filter(|t| !t.is_empty())
}

/// A dataset holding the texts of `packs` only, in both languages as this build wrote them: what
/// the app holds on a page that fetched those packs (natively, for tests).
#[cfg(not(target_arch = "wasm32"))]
pub fn assemble_packs(packs: &[Pack]) -> Dataset {
    assemble(&|pack, lang| packs.contains(&pack).then(|| BUNDLED_PACKS[pack][lang as usize]))
}

impl Dataset {
    /// The city with this id (`data/cities.csv`).
    pub fn city(&self, id: &str) -> Option<City> {
        City::find(self.cities, id)
    }

    pub fn source(&self, id: &str) -> Option<&'static Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    pub fn project(&self, id: &str) -> Option<&'static Project> {
        self.projects.iter().find(|p| p.id == id)
    }

    /// Counts of (sources, projects, figures) about one city.
    pub fn city_counts(&self, city: City) -> (usize, usize, usize) {
        (
            self.sources.iter().filter(|s| s.city == city).count(),
            self.projects.iter().filter(|p| p.city == city).count(),
            self.figures.iter().filter(|f| f.city == city).count(),
        )
    }
}
