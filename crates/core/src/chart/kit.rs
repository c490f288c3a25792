//! The kit every chart is built with: the chart and its table, its drawings at each width, its
//! sources caption and key, and the small readings of a figure the charts share. The list of
//! charts (`mod.rs`) and each kind of chart use it; it uses neither.

use super::canvas::{ChartError, Colour, MUTED};
use super::layout::{lay_out, Bars, Frame, Key, RowFilter, TextSize, DOWNLOAD_WIDTH, WIDTHS};
use crate::dataset::Dataset;
use crate::i18n::{pick, Tr};
use crate::model::{Approx, City, Figure, FigureKind, Lang};

/// A city's hue, from `data/cities.csv` (checked there for contrast and difference).
pub fn city_colour(city: City) -> Colour {
    let [r, g, b] = city.0.colour;
    Colour(r, g, b)
}

/// What a chart shows, in a form a table or a CSV file can hold.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Table {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

impl Table {
    /// The table's inside as markup, every text escaped: `title` as its caption, a header row,
    /// the rows (the text alternative of the chart).
    pub fn to_html(&self, title: &str) -> String {
        let escape = crate::markup::escape;
        let headers: String = self.headers.iter().map(|h| format!(r#"<th scope="col">{}</th>"#, escape(h))).collect();
        let rows: String = self
            .rows
            .iter()
            .map(|row| {
                format!("<tr>{}</tr>", row.iter().map(|c| format!("<td>{}</td>", escape(c))).collect::<String>())
            })
            .collect();
        format!("<caption>{}</caption><thead><tr>{headers}</tr></thead><tbody>{rows}</tbody>", escape(title))
    }

    /// CSV with a UTF-8 BOM (Excel then reads the Chinese): the header row first, as every CSV
    /// reader expects, then the rows, each with the chart's sources in a last column. Missing
    /// values are empty cells; a text cell that a spreadsheet would run as a formula (a leading
    /// `=`, `+`, `-` or `@`) is prefixed with `'`. The title goes in the file name (`file_name`).
    pub fn to_csv(&self, sources_header: &str, sources: &str) -> String {
        let line = |cells: &mut dyn Iterator<Item = &str>| {
            cells.map(|c| crate::csv_out::escape(&inert(c))).collect::<Vec<_>>().join(",")
        };
        let mut out =
            format!("\u{feff}{}\n", line(&mut self.headers.iter().map(String::as_str).chain([sources_header])));
        for row in &self.rows {
            out.push_str(&line(&mut row.iter().map(String::as_str).chain([sources])));
            out.push('\n');
        }
        out
    }
}

/// A cell a spreadsheet will not run: numbers as they are, text starting like a formula quoted.
/// (Numbers are recognised by their digits: `str::parse::<f64>` would add about 20 KB of float
/// parsing to the wasm.)
pub(super) fn inert(cell: &str) -> std::borrow::Cow<'_, str> {
    if crate::numerals::runs_as_formula(cell) {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}

/// A download's file name from a chart's title: characters that file systems refuse become `_`.
pub fn file_name(title: &str, extension: &str) -> String {
    let name: String =
        title
            .chars()
            .map(|c| {
                if matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|') || c.is_control() {
                    '_'
                } else {
                    c
                }
            })
            .collect();
    format!("{}.{extension}", name.trim())
}

/// A clickable row of a chart (a category, a city), as fractions of the chart's height.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct HitRow {
    pub filter: RowFilter,
    pub top: f64,
    pub height: f64,
}

/// A chart drawn at one width: its SVG and the rows that filter when chosen.
#[derive(Clone, Debug, PartialEq)]
pub struct Drawing {
    pub width: u32,
    pub height: u32,
    pub svg: String,
    /// Rows that lead to their category's or city's projects when chosen.
    pub hits: Vec<HitRow>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Chart {
    /// Stable id for `chart=` links: lower-case letters, digits and hyphens.
    pub id: String,
    pub title: String,
    /// What the chart shows, in words, for screen readers (also the SVG's `<desc>`).
    pub description: String,
    /// "Sources: …" naming the documents.
    pub caption: String,
    /// The chart laid out for each of `WIDTHS`, narrowest first; or why it could not be drawn
    /// (the card says so, and the table still shows what it would have shown).
    pub drawings: Result<Vec<Drawing>, ChartError>,
    pub table: Table,
    /// What a reader must know to read it right (who is missing from a comparison, a target
    /// beside an achievement), shown under the chart.
    pub notes: Vec<String>,
}

impl Chart {
    /// The drawing a download uses (`DOWNLOAD_WIDTH`).
    pub fn svg(&self) -> &str {
        let drawings = self.drawings.as_deref().unwrap_or_default();
        drawings.iter().find(|d| d.width == DOWNLOAD_WIDTH).map_or("", |d| d.svg.as_str())
    }
}

/// Draws `bars` at every width, with `<title>` and `<desc>`.
pub(super) fn draw(bars: &Bars, text: TextSize, title: &str, description: &str) -> Result<Vec<Drawing>, ChartError> {
    WIDTHS
        .iter()
        .map(|&width| {
            let laid = lay_out(bars, Frame { width, text });
            let height = f64::from(laid.height);
            let hits = laid
                .rows
                .iter()
                .map(|&(filter, top, h)| HitRow { filter, top: f64::from(top) / height, height: f64::from(h) / height })
                .collect();
            Ok(Drawing {
                width,
                height: laid.height,
                svg: super::canvas::render(laid.width, laid.height, &laid.shapes, title, description)?,
                hits,
            })
        })
        .collect()
}

/// The key for charts with achievements and targets: solid and outlined.
pub(super) fn done_and_goal_keys(lang: Lang) -> Vec<Key> {
    vec![
        Key { label: LEGEND_DONE.get(lang).into(), colour: MUTED, filled: true },
        Key { label: LEGEND_GOAL.get(lang).into(), colour: MUTED, filled: false },
    ]
}

pub const LEGEND_DONE: Tr = Tr::new("实心：已完成/现状", "Solid: achieved / fact");
pub const LEGEND_GOAL: Tr = Tr::new("空心：目标/计划", "Outline: target / plan");
pub const SOURCES_PREFIX: Tr = Tr::new("来源：", "Sources: ");

/// "来源：《A》（平顶山日报，2024-10）；…" for the distinct documents behind some figures.
pub(super) fn sources_caption<'a>(data: &Dataset, source_ids: impl IntoIterator<Item = &'a str>, lang: Lang) -> String {
    let mut ids: Vec<&str> = Vec::new();
    for id in source_ids {
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    let names: Vec<String> = ids
        .iter()
        .filter_map(|id| data.source(id))
        .map(|s| match lang {
            Lang::Zh => format!("《{}》（{}，{}）", s.title_zh, s.publisher_zh, s.published),
            Lang::En => format!("“{}” ({}, {})", s.title_en, s.publisher_en, s.published),
        })
        .collect();
    let separator = if lang == Lang::Zh { "；" } else { "; " };
    format!("{}{}", SOURCES_PREFIX.get(lang), names.join(separator))
}

/// The caption without its "来源：" / "Sources: " (for a column of its own).
pub fn sources_of(caption: &str, lang: Lang) -> &str {
    caption.strip_prefix(SOURCES_PREFIX.get(lang)).unwrap_or(caption)
}

/// The header of a CSV's sources column.
pub const SOURCES_COLUMN: Tr = Tr::new("来源", "Sources");

/// ">18.7", "≈2.9", "≥30", "600.59": the value as written, its qualifier as a symbol.
pub(super) fn short_value(f: &Figure) -> String {
    let mark = match f.approx {
        Some(Approx::MoreThan) => ">",
        Some(Approx::About) => "≈",
        Some(Approx::AtLeast) => "≥",
        None => "",
    };
    format!("{mark}{}", f.value_text)
}

pub(super) fn is_goal(kind: FigureKind) -> bool {
    matches!(kind, FigureKind::Target | FigureKind::Plan)
}

pub(super) fn unit(f: &Figure, lang: Lang) -> &'static str {
    pick(lang, f.unit_zh, f.unit_en)
}

/// "2025年" / "2025"; empty when the document gives no year (an empty cell, not a dash).
pub(super) fn year_text(year: Option<u16>, lang: Lang) -> String {
    match (year, lang) {
        (Some(y), Lang::Zh) => format!("{y}年"),
        (Some(y), Lang::En) => y.to_string(),
        (None, _) => String::new(),
    }
}
