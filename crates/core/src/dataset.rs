//! The bundled dataset. `build.rs` checks `data/*.csv` at compile time and writes it as one
//! string of all texts with each text's length, and arrays of enums and small numbers: far
//! smaller in the wasm than thousands of separate strings and pointers. The rows are put back
//! together once, at first use, by cutting the string apart; a figure's number is read from the
//! text it was written as (`decimal_value`, checked on every value at build time).

use super::model::{
    non_empty, year_of_byte, Approx, Category, City, CityInfo, Commitment, Figure, FigureKind, Lang, Project, Scope,
    Source, SourceKind, Status,
};
use super::numerals::decimal_value;
use std::sync::LazyLock;

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

/// The data compiled into this build, with the texts of the languages it has: both where this
/// program carries them (natively: the build, tests), else those handed over by `provide_texts`
/// before first use (the app fetches its reader's language; see `TEXT_FILES`).
pub static BUNDLED: LazyLock<Dataset> = LazyLock::new(assemble);

/// Each language's texts as this build wrote them (Chinese, English). Natively they are part of
/// the program; the app's wasm does not carry them (nothing in it refers to them), it fetches
/// `TEXT_FILES` instead.
pub const BUNDLED_TEXTS: [&str; 2] =
    [include_str!(concat!(env!("OUT_DIR"), "/text-zh.txt")), include_str!(concat!(env!("OUT_DIR"), "/text-en.txt"))];

// In the app, the texts handed over at run time.
#[cfg(target_arch = "wasm32")]
mod provided;
#[cfg(target_arch = "wasm32")]
pub use provided::{has_texts, stand_in_for};
#[cfg(target_arch = "wasm32")]
use provided::{language_text, quotes_en, stood_in};

/// A language's texts that are not the ones this build wrote (another build's file).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the {} texts have {bytes} bytes where this build wrote {expected}: another build's file", lang.id())]
pub struct ForeignTexts {
    pub lang: Lang,
    pub bytes: usize,
    pub expected: usize,
}

fn lengths(lang: Lang) -> &'static [u16] {
    match lang {
        Lang::Zh => &ZH_LEN,
        Lang::En => &EN_LEN,
    }
}

/// Hands the dataset one language's texts (as fetched from `TEXT_FILES`), before its first use.
/// Texts of the wrong length are refused; a language handed over twice keeps the first.
pub fn provide_texts(lang: Lang, text: String) -> Result<(), ForeignTexts> {
    let expected = lengths(lang).iter().map(|&len| usize::from(len)).sum();
    if text.len() != expected {
        return Err(ForeignTexts { lang, bytes: text.len(), expected });
    }
    #[cfg(target_arch = "wasm32")]
    provided::keep_language(lang, text);
    Ok(())
}

/// Whether the dataset has the texts of `lang`: natively it carries both (in the app, the texts
/// handed over, or the other language's standing in: `provided::has_texts`).
#[cfg(not(target_arch = "wasm32"))]
pub fn has_texts(_: Lang) -> bool {
    true
}

/// Natively no language stands in for another: both are part of the program.
#[cfg(not(target_arch = "wasm32"))]
fn stood_in() -> Option<Lang> {
    None
}

#[cfg(not(target_arch = "wasm32"))]
fn language_text(lang: Lang) -> Option<&'static str> {
    Some(BUNDLED_TEXTS[lang as usize])
}

/// The explorer's own English of every quote (`data/quotes_en.csv`), in row order (figures,
/// projects, dated promises). Natively part of the program; the app fetches `QUOTES_EN_FILE` when
/// an English reader first opens one (`provide_quotes_en`).
pub const BUNDLED_QUOTES_EN: &str = include_str!(concat!(env!("OUT_DIR"), "/quotes-en.txt"));

/// Hands over the English of the quotes (as fetched from `QUOTES_EN_FILE`); refused if it is not
/// this build's.
pub fn provide_quotes_en(text: String) -> Result<(), ForeignTexts> {
    let expected = QUOTE_EN_LEN.iter().map(|&len| usize::from(len)).sum();
    if text.len() != expected {
        return Err(ForeignTexts { lang: Lang::En, bytes: text.len(), expected });
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

/// `text` cut apart by the byte lengths `build.rs` wrote for it; empty texts where the text is
/// missing (a language not handed over).
fn cut(text: &'static str, lengths: &'static [u16]) -> impl Iterator<Item = &'static str> {
    let mut at = 0;
    lengths.iter().map(move |&len| {
        let end = at + usize::from(len);
        // Lengths are byte lengths of whole strings written by build.rs, so `get` succeeds on the
        // text they were written for.
        let piece = text.get(at..end).unwrap_or_default();
        at = end;
        piece
    })
}

/// Builds the rows: numbers and enums from their arrays, texts read in the order `build.rs`
/// wrote them (the shared texts: identifiers, units, quotes, titles; then each language's
/// labels, each source's figures, projects and commitments row by row).
fn assemble() -> Dataset {
    // Indices written by build.rs into its own table of cities.
    let city = |index: u8| CITIES[usize::from(index)];
    let mut texts = cut(TEXT, &TEXT_LEN);
    let mut next = move || texts.next().unwrap_or_default();

    let sources: Vec<Source> = (0..SOURCE_COUNT)
        .map(|i| Source {
            id: next(),
            published: next(),
            title_zh: next(),
            publisher_zh: next(),
            title_en: next(),
            publisher_en: next(),
            city: city(S_CITY[i]),
            kind: S_KIND[i],
        })
        .collect();
    let source_ids: Vec<&'static str> = sources.iter().map(|s| s.id).collect();
    let source_id = |index: u8| source_ids.get(usize::from(index)).copied().unwrap_or_default();
    let mut figures: Vec<Figure> = (0..FIGURE_COUNT)
        .map(|i| {
            let (id, metric_key, value_text, baseline_text) = (next(), non_empty(next()), next(), non_empty(next()));
            Figure {
                id,
                metric_key,
                value_text,
                // The number from the text it was written as (`decimal_value` reads every value of
                // the tables at build time).
                value: decimal_value(value_text).unwrap_or_default(),
                baseline_text,
                baseline_value: baseline_text.and_then(decimal_value),
                project_id: non_empty(next()),
                unit_zh: next(),
                unit_en: next(),
                city: city(F_CITY[i]),
                category: F_CATEGORY[i],
                kind: F_KIND[i],
                year: year_of_byte(F_YEAR[i]),
                scope: F_SCOPE[i],
                period_from: year_of_byte(F_PERIOD_FROM[i]),
                approx: F_APPROX[i],
                baseline_year: year_of_byte(F_BASELINE_YEAR[i]),
                source_id: source_id(F_SOURCE[i]),
                metric_zh: "",
                metric_en: "",
                quote: "",
                note_zh: "",
                note_en: "",
            }
        })
        .collect();
    let mut projects: Vec<Project> = (0..PROJECT_COUNT)
        .map(|i| Project {
            id: next(),
            city: city(P_CITY[i]),
            category: P_CATEGORY[i],
            status: P_STATUS[i],
            source_id: source_id(P_SOURCE[i]),
            name_zh: "",
            name_en: "",
            summary_zh: "",
            summary_en: "",
            quote: "",
            note_zh: "",
            note_en: "",
        })
        .collect();
    let mut commitments: Vec<Commitment> = (0..COMMITMENT_COUNT)
        .map(|i| Commitment {
            id: next(),
            deadline: next(),
            project_id: non_empty(next()),
            city: city(C_CITY[i]),
            category: C_CATEGORY[i],
            source_id: source_id(C_SOURCE[i]),
            text_zh: "",
            text_en: "",
            quote: "",
        })
        .collect();

    for &source in &source_ids {
        figures.iter_mut().filter(|f| f.source_id == source).for_each(|f| f.quote = next());
        projects.iter_mut().filter(|p| p.source_id == source).for_each(|p| p.quote = next());
        commitments.iter_mut().filter(|c| c.source_id == source).for_each(|c| c.quote = next());
    }
    for &lang in Lang::ALL {
        let mut texts = cut(language_text(lang).unwrap_or_default(), lengths(lang));
        let mut next = move || texts.next().unwrap_or_default();
        let zh = lang == Lang::Zh;
        for &source in &source_ids {
            for f in figures.iter_mut().filter(|f| f.source_id == source) {
                let (metric, note) = (next(), next());
                if zh {
                    (f.metric_zh, f.note_zh) = (metric, note);
                } else {
                    (f.metric_en, f.note_en) = (metric, note);
                }
            }
            for p in projects.iter_mut().filter(|p| p.source_id == source) {
                let (name, summary, note) = (next(), next(), next());
                if zh {
                    (p.name_zh, p.summary_zh, p.note_zh) = (name, summary, note);
                } else {
                    (p.name_en, p.summary_en, p.note_en) = (name, summary, note);
                }
            }
            for c in commitments.iter_mut().filter(|c| c.source_id == source) {
                let text = next();
                if zh {
                    c.text_zh = text;
                } else {
                    c.text_en = text;
                }
            }
        }
    }
    if stood_in() == Some(Lang::En) {
        figures.iter_mut().for_each(|f| (f.metric_en, f.note_en) = (f.metric_zh, f.note_zh));
        projects.iter_mut().for_each(|p| (p.name_en, p.summary_en, p.note_en) = (p.name_zh, p.summary_zh, p.note_zh));
        commitments.iter_mut().for_each(|c| c.text_en = c.text_zh);
    } else if stood_in() == Some(Lang::Zh) {
        figures.iter_mut().for_each(|f| (f.metric_zh, f.note_zh) = (f.metric_en, f.note_en));
        projects.iter_mut().for_each(|p| (p.name_zh, p.summary_zh, p.note_zh) = (p.name_en, p.summary_en, p.note_en));
        commitments.iter_mut().for_each(|c| c.text_zh = c.text_en);
    }
    Dataset {
        cities: &CITIES,
        city_names: CITY_NAMES,
        sources: sources.leak(),
        figures: figures.leak(),
        projects: projects.leak(),
        commitments: commitments.leak(),
    }
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
