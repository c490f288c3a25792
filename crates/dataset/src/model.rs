//! The typed vocabulary of the dataset (SPEC §1) and the shapes of its rows.

/// Defines a closed set of ids: the enum, `ALL` in declaration order, `id()` and `from_id()`.
/// Exported: the app's own vocabularies (views, themes, table columns) are said the same way.
#[macro_export]
macro_rules! id_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $id:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($(#[$vmeta])* $variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The id used in CSV files and URLs.
            pub fn id(self) -> &'static str {
                match self { $($name::$variant => $id),+ }
            }

            pub fn from_id(id: &str) -> Option<Self> {
                match id { $($id => Some($name::$variant),)+ _ => None }
            }
        }

        impl $crate::model::Vocabulary for $name {
            const ALL: &'static [$name] = $name::ALL;

            fn id(self) -> &'static str {
                $name::id(self)
            }

            fn from_id(id: &str) -> Option<Self> {
                $name::from_id(id)
            }
        }
    };
}

/// What `id_enum!` defines, for code that reads or writes any of the vocabularies (a CSV field,
/// a JSON field).
pub trait Vocabulary: Copy + 'static {
    /// In declaration order.
    const ALL: &'static [Self];
    /// The id used in CSV files and URLs.
    fn id(self) -> &'static str;
    fn from_id(id: &str) -> Option<Self>;
}

/// The years a figure may name (the reader refuses others): few enough that the app's bundle
/// writes a year as one byte, its distance from the year before the first (0: none).
pub const YEARS: std::ops::RangeInclusive<u16> = 1949..=2100;
const _: () = assert!(*YEARS.end() - *YEARS.start() < 255);

/// A year as the bundle writes it (see `YEARS`): 0 for none.
pub fn year_byte(year: Option<u16>) -> u8 {
    year.and_then(|y| y.checked_sub(*YEARS.start() - 1)).and_then(|n| u8::try_from(n).ok()).unwrap_or(0)
}

/// The year a byte of the bundle stands for (`year_byte`).
pub fn year_of_byte(byte: u8) -> Option<u16> {
    (byte != 0).then(|| *YEARS.start() - 1 + u16::from(byte))
}

/// An optional field's text: `None` when the table leaves it empty.
pub fn non_empty(text: &str) -> Option<&str> {
    (!text.is_empty()).then_some(text)
}

/// One city the explorer covers: a row of `data/cities.csv`. Cities are data, so a new one is a
/// new row there and a new document, not new code.
#[derive(Debug, PartialEq, Eq)]
pub struct CityInfo {
    /// The id used in CSV files and URLs.
    pub id: &'static str,
    /// Its place in every list of cities (filters, overview, legends, tables).
    pub order: u16,
    pub name_zh: &'static str,
    pub name_en: &'static str,
    /// One line on what the city is, for the landing view.
    pub blurb_zh: &'static str,
    pub blurb_en: &'static str,
    /// Its hue in charts (sRGB), checked at build time (`palette`).
    pub colour: [u8; 3],
}

/// A city: a handle to its row of the cities table. Two handles are equal when they are the
/// same row (a dataset has one table, so within it that is the same city); cities sort by
/// display order.
#[derive(Clone, Copy)]
pub struct City(pub &'static CityInfo);

impl City {
    /// The id used in CSV files and URLs.
    pub fn id(self) -> &'static str {
        self.0.id
    }

    /// The city of `cities` with this id.
    pub fn find(cities: &[City], id: &str) -> Option<City> {
        cities.iter().copied().find(|c| c.id() == id)
    }
}

impl PartialEq for City {
    fn eq(&self, other: &City) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl Eq for City {}

impl PartialOrd for City {
    fn partial_cmp(&self, other: &City) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for City {
    /// Display order; rows of one table never share it (the build checks), the address only
    /// keeps `Ord` agreeing with `Eq` for rows of different tables.
    fn cmp(&self, other: &City) -> std::cmp::Ordering {
        (self.0.order, self.0 as *const CityInfo).cmp(&(other.0.order, other.0 as *const CityInfo))
    }
}

impl std::fmt::Debug for City {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "City({})", self.0.id)
    }
}

/// Names as a sentence lists them: 平顶山、济源、鹤壁 / Pingdingshan, Jiyuan and Hebi. (Used where
/// the tables are read: by build.rs for the bundled data, natively for others.)
pub fn name_list(names: &[&str], lang: Lang) -> String {
    match (lang, names.split_last()) {
        (Lang::Zh, _) => names.join("、"),
        (Lang::En, Some((last, rest))) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        (Lang::En, _) => names.concat(),
    }
}

id_enum!(
    /// Fixed topic categories (SPEC §1).
    Category {
        Planning => "planning", Transport => "transport", Streets => "streets",
        Housing => "housing", Community => "community", Greening => "greening",
        Ecology => "ecology", Utilities => "utilities", Sanitation => "sanitation",
        Smart => "smart", Heritage => "heritage", Youth => "youth",
        Industry => "industry", Health => "health", Rural => "rural",
    }
);

id_enum!(
    /// What a figure states: done, promised, planned, a starting point, a change, or a count.
    FigureKind {
        Achieved => "achieved", Target => "target", Plan => "plan",
        Baseline => "baseline", Change => "change", Fact => "fact",
    }
);

id_enum!(
    /// Which time a figure covers (SPEC §1, time scope): one year's work or value; a total over
    /// a period (`period_from` through `year`); a state as of `year`; a target or plan by the
    /// deadline `year`; or no time at all (a standing rule).
    Scope { Year => "year", Period => "period", AsOf => "as_of", By => "by", Undated => "undated" }
);

id_enum!(
    /// How precise the document says a figure is (余/超 → more than, 约/近 → about, 不低于 → at least).
    Approx { MoreThan => "more_than", About => "about", AtLeast => "at_least" }
);

id_enum!(
    /// Where a named project stands according to its document.
    Status { Completed => "completed", Ongoing => "ongoing", Planned => "planned", Unknown => "unknown" }
);

id_enum!(
    /// What kind of document a source is.
    SourceKind { Report => "report", Plan => "plan", Policy => "policy", Press => "press" }
);

id_enum!(
    /// How much of a document the repository holds (`data/sources/<id>.txt`): an official
    /// document whole (outside copyright, PRC Copyright Law art. 5), a newspaper piece only by the
    /// paragraphs the dataset quotes.
    Held { Whole => "whole", Excerpts => "excerpts" }
);

id_enum!(
    /// Interface language; Chinese is the default.
    #[derive(Default)]
    Lang { #[default] Zh => "zh", En => "en" }
);

/// One source document (`data/sources.csv`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Source {
    pub id: &'static str,
    pub city: City,
    pub title_zh: &'static str,
    pub title_en: &'static str,
    pub publisher_zh: &'static str,
    pub publisher_en: &'static str,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as the document allows.
    pub published: &'static str,
    pub kind: SourceKind,
}

/// One quantitative figure (`data/figures.csv`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Figure {
    pub id: &'static str,
    pub city: City,
    pub category: Category,
    /// Shared key for the same metric across cities (for comparison charts); empty if none.
    pub metric_key: Option<&'static str>,
    pub metric_zh: &'static str,
    pub metric_en: &'static str,
    /// The value exactly as the CSV writes it, for display without float formatting.
    pub value_text: &'static str,
    pub value: f64,
    pub unit_zh: &'static str,
    pub unit_en: &'static str,
    pub kind: FigureKind,
    /// The year the value holds for: the end of its period, its date, or its deadline.
    pub year: Option<u16>,
    pub scope: Scope,
    /// The first year of a period total (`scope` is `Period`).
    pub period_from: Option<u16>,
    pub approx: Option<Approx>,
    pub baseline_text: Option<&'static str>,
    pub baseline_value: Option<f64>,
    pub baseline_year: Option<u16>,
    pub project_id: Option<&'static str>,
    pub source_id: &'static str,
    pub quote: &'static str,
    /// Where the label reads a garbled source differently: what the source reads, and why.
    pub note_zh: &'static str,
    pub note_en: &'static str,
}

/// One named project, programme, site or plan task (`data/projects.csv`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Project {
    pub id: &'static str,
    pub city: City,
    pub category: Category,
    pub name_zh: &'static str,
    pub name_en: &'static str,
    pub status: Status,
    pub summary_zh: &'static str,
    pub summary_en: &'static str,
    pub source_id: &'static str,
    pub quote: &'static str,
    /// Where the name reads a garbled source differently: what the source reads, and why.
    pub note_zh: &'static str,
    pub note_en: &'static str,
}

/// A promise with a deadline and no number (`data/commitments.csv`): "……年底前完成……".
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Commitment {
    pub id: &'static str,
    pub city: City,
    pub category: Category,
    pub text_zh: &'static str,
    pub text_en: &'static str,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as the document.
    pub deadline: &'static str,
    pub project_id: Option<&'static str>,
    pub source_id: &'static str,
    pub quote: &'static str,
}
