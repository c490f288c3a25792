//! Reads and checks the CSV tables (SPEC §1) into owned rows, collecting every problem as
//! `file:line:column: reason`. `build.rs` runs this at compile time, so a bad row fails the build;
//! the native tests run it on broken inputs. The `csv` crate reads each file into rows derived
//! with serde, every field as text; each field is then checked here. Native only: the wasm gets
//! the checked data as static tables from build.rs, never a CSV reader.

use super::model::{Approx, Category, FigureKind, Scope, SourceKind, Status};
pub use super::numerals::is_plain_decimal;
use super::numerals::quote_states_value;
use super::palette;
use serde::de::DeserializeOwned;
use serde::Deserialize;
use std::collections::{HashMap, HashSet};
use std::fmt;

/// One problem with the data, located as precisely as possible.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadError {
    pub file: String,
    pub line: usize,
    /// 1-based column; 0 when the problem is the whole row or file.
    pub column: usize,
    pub column_name: String,
    pub reason: String,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}: ", self.file, self.line, self.column)?;
        if !self.column_name.is_empty() {
            write!(f, "[{}] ", self.column_name)?;
        }
        f.write_str(&self.reason)
    }
}

impl std::error::Error for LoadError {}

/// A city: one row of `cities.csv`.
#[derive(Debug, Clone, PartialEq)]
pub struct CityRow {
    pub line: usize,
    pub id: String,
    pub order: u16,
    pub name_zh: String,
    pub name_en: String,
    pub blurb_zh: String,
    pub blurb_en: String,
    pub colour: [u8; 3],
}

#[derive(Debug, Clone, PartialEq)]
pub struct SourceRow {
    pub line: usize,
    pub id: String,
    /// A city id of `cities.csv` (checked by `load`).
    pub city: String,
    pub title_zh: String,
    pub title_en: String,
    pub publisher_zh: String,
    pub publisher_en: String,
    pub published: String,
    pub kind: SourceKind,
    pub file: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FigureRow {
    pub line: usize,
    pub id: String,
    /// A city id of `cities.csv` (checked by `load`).
    pub city: String,
    pub category: Category,
    pub metric_key: String,
    pub metric_zh: String,
    pub metric_en: String,
    pub value: String,
    pub unit_zh: String,
    pub unit_en: String,
    pub kind: FigureKind,
    pub year: Option<u16>,
    pub scope: Scope,
    pub period_from: Option<u16>,
    pub approx: Option<Approx>,
    pub baseline_value: String,
    pub baseline_year: Option<u16>,
    pub project_id: String,
    pub source_id: String,
    pub quote: String,
    pub note_zh: String,
    pub note_en: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ProjectRow {
    pub line: usize,
    pub id: String,
    /// A city id of `cities.csv` (checked by `load`).
    pub city: String,
    pub category: Category,
    pub name_zh: String,
    pub name_en: String,
    pub status: Status,
    pub summary_zh: String,
    pub summary_en: String,
    pub source_id: String,
    pub quote: String,
    pub note_zh: String,
    pub note_en: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CommitmentRow {
    pub line: usize,
    pub id: String,
    /// A city id of `cities.csv` (checked by `load`).
    pub city: String,
    pub category: Category,
    pub text_zh: String,
    pub text_en: String,
    pub deadline: String,
    pub project_id: String,
    pub source_id: String,
    pub quote: String,
}

/// The tables, checked one by one and against each other.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Tables {
    /// In display order.
    pub cities: Vec<CityRow>,
    pub sources: Vec<SourceRow>,
    pub figures: Vec<FigureRow>,
    pub projects: Vec<ProjectRow>,
    pub commitments: Vec<CommitmentRow>,
}

pub const CITIES_FILE: &str = "data/cities.csv";
pub const SOURCES_FILE: &str = "data/sources.csv";
pub const FIGURES_FILE: &str = "data/figures.csv";
pub const PROJECTS_FILE: &str = "data/projects.csv";
pub const COMMITMENTS_FILE: &str = "data/commitments.csv";

pub const CITY_COLUMNS: &[&str] = &["id", "order", "name_zh", "name_en", "blurb_zh", "blurb_en", "colour"];
pub const SOURCE_COLUMNS: &[&str] =
    &["id", "city", "title_zh", "title_en", "publisher_zh", "publisher_en", "published", "kind", "file"];
pub const FIGURE_COLUMNS: &[&str] = &[
    "id",
    "city",
    "category",
    "metric_key",
    "metric_zh",
    "metric_en",
    "value",
    "unit_zh",
    "unit_en",
    "kind",
    "year",
    "scope",
    "period_from",
    "approx",
    "baseline_value",
    "baseline_year",
    "project_id",
    "source_id",
    "quote",
    "note_zh",
    "note_en",
];
pub const PROJECT_COLUMNS: &[&str] = &[
    "id",
    "city",
    "category",
    "name_zh",
    "name_en",
    "status",
    "summary_zh",
    "summary_en",
    "source_id",
    "quote",
    "note_zh",
    "note_en",
];
pub const COMMITMENT_COLUMNS: &[&str] =
    &["id", "city", "category", "text_zh", "text_en", "deadline", "project_id", "source_id", "quote"];

/// Words that mark a total over several years.
const PERIOD_WORDS: &[&str] = &["五年", "累计", "以来"];

/// A row of `cities.csv` as written.
#[derive(Deserialize)]
struct RawCity {
    id: String,
    order: String,
    name_zh: String,
    name_en: String,
    blurb_zh: String,
    blurb_en: String,
    colour: String,
}

/// A row of `sources.csv` as written, every field as text: checked and typed by `read_source`.
#[derive(Deserialize)]
struct RawSource {
    id: String,
    city: String,
    title_zh: String,
    title_en: String,
    publisher_zh: String,
    publisher_en: String,
    published: String,
    kind: String,
    file: String,
}

/// A row of `figures.csv` as written.
#[derive(Deserialize)]
struct RawFigure {
    id: String,
    city: String,
    category: String,
    metric_key: String,
    metric_zh: String,
    metric_en: String,
    value: String,
    unit_zh: String,
    unit_en: String,
    kind: String,
    year: String,
    scope: String,
    period_from: String,
    approx: String,
    baseline_value: String,
    baseline_year: String,
    project_id: String,
    source_id: String,
    quote: String,
    note_zh: String,
    note_en: String,
}

/// A row of `projects.csv` as written.
#[derive(Deserialize)]
struct RawProject {
    id: String,
    city: String,
    category: String,
    name_zh: String,
    name_en: String,
    status: String,
    summary_zh: String,
    summary_en: String,
    source_id: String,
    quote: String,
    note_zh: String,
    note_en: String,
}

/// A row of `commitments.csv` as written.
#[derive(Deserialize)]
struct RawCommitment {
    id: String,
    city: String,
    category: String,
    text_zh: String,
    text_en: String,
    deadline: String,
    project_id: String,
    source_id: String,
    quote: String,
}

/// Checks one row's fields, recording each problem with the row's line and the field's column.
struct RowReader<'a> {
    file: &'a str,
    line: usize,
    columns: &'a HashMap<String, usize>,
    errors: &'a mut Vec<LoadError>,
}

impl RowReader<'_> {
    fn error(&mut self, name: &str, reason: String) {
        let column = self.columns.get(name).map_or(0, |i| i + 1);
        self.errors.push(LoadError {
            file: self.file.to_string(),
            line: self.line,
            column,
            column_name: name.to_string(),
            reason,
        });
    }

    /// Any text; surrounding spaces are an error.
    fn text(&mut self, name: &str, text: String) -> String {
        if text.trim() != text {
            self.error(name, "has leading or trailing spaces".into());
        }
        text
    }

    fn required(&mut self, name: &str, text: String) -> String {
        let text = self.text(name, text);
        if text.is_empty() {
            self.error(name, "is empty".into());
        }
        text
    }

    fn id(&mut self, name: &str, text: String) -> String {
        let text = self.required(name, text);
        let ok = text.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !text.is_empty() && !ok {
            self.error(name, format!("`{text}` must use only a-z, 0-9 and -"));
        }
        text
    }

    fn choice<T: Copy>(
        &mut self,
        name: &str,
        text: &str,
        all: &[T],
        parse: fn(&str) -> Option<T>,
        id: fn(T) -> &'static str,
    ) -> Option<T> {
        let parsed = parse(text);
        if parsed.is_none() {
            let known: Vec<&str> = all.iter().map(|&v| id(v)).collect();
            self.error(name, format!("unknown value `{text}` (known: {})", known.join(", ")));
        }
        parsed
    }

    fn optional_choice<T: Copy>(
        &mut self,
        name: &str,
        text: &str,
        all: &[T],
        parse: fn(&str) -> Option<T>,
        id: fn(T) -> &'static str,
    ) -> Option<T> {
        if text.is_empty() {
            None
        } else {
            self.choice(name, text, all, parse, id)
        }
    }

    fn decimal(&mut self, name: &str, text: String, required: bool) -> String {
        let text = if required { self.required(name, text) } else { self.text(name, text) };
        if !text.is_empty() && !is_plain_decimal(&text) {
            self.error(name, format!("`{text}` is not a plain decimal such as 18.7"));
        }
        text
    }

    fn year(&mut self, name: &str, text: &str) -> Option<u16> {
        if text.is_empty() {
            return None;
        }
        match text.parse::<u16>() {
            Ok(y) if (1949..=2100).contains(&y) && text.len() == 4 => Some(y),
            _ => {
                self.error(name, format!("`{text}` is not a four-digit year"));
                None
            }
        }
    }

    /// `note_zh` and `note_en`: both or neither.
    fn note(&mut self, zh: String, en: String) -> (String, String) {
        let (zh, en) = (self.text("note_zh", zh), self.text("note_en", en));
        if zh.is_empty() != en.is_empty() {
            let missing = if zh.is_empty() { "note_zh" } else { "note_en" };
            self.error(missing, "is empty but the other language's note is not: a note is given in both".into());
        }
        (zh, en)
    }

    fn quote(&mut self, text: String) -> String {
        let quote = self.required("quote", text);
        if quote.contains(['\n', '\r']) {
            self.error("quote", "has a line break; copy one sentence without breaks".into());
        }
        quote
    }
}

/// A problem the `csv` crate found (a row of the wrong length), located by its line.
fn csv_error(file: &str, e: &csv::Error, lines: &mut LineCounter<'_>) -> LoadError {
    let line = e.position().map_or(0, |p| lines.line_at(p.byte()));
    let reason = match e.kind() {
        csv::ErrorKind::UnequalLengths { expected_len, len, .. } => {
            format!("has {len} fields, the header has {expected_len}")
        }
        // Every column is read as text from a `&str`: serde cannot fail on a field, nor UTF-8 be
        // bad, and a repeated column is refused with the header.
        _ => e.to_string(),
    };
    LoadError { file: file.into(), line, column: 0, column_name: String::new(), reason }
}

/// Line numbers from byte offsets. The `csv` crate places a record where the previous one ended
/// (before a `\r\n`'s `\n` and any blank lines skipped), so its line count would put a row after
/// a blank line, or in a file with Windows line ends, a line too early.
struct LineCounter<'a> {
    text: &'a [u8],
    byte: usize,
    line: usize,
}

impl LineCounter<'_> {
    /// The 1-based line of the record the `csv` crate places at `byte`. Offsets come in
    /// increasing order, so each line break is counted once.
    fn line_at(&mut self, byte: u64) -> usize {
        let mut byte = usize::try_from(byte).unwrap_or(usize::MAX).min(self.text.len());
        while matches!(self.text.get(byte), Some(b'\r' | b'\n')) {
            byte += 1;
        }
        if byte < self.byte {
            (self.byte, self.line) = (0, 1);
        }
        self.line += self.text[self.byte..byte].iter().filter(|&&b| b == b'\n').count();
        self.byte = byte;
        self.line
    }
}

/// Reads a table with the `csv` crate: checks the header, deserialises each record into its raw
/// row `R` and hands it to `read_row`. Every bad row is reported, not just the first.
fn read_table<R: DeserializeOwned, T>(
    file: &str,
    text: &str,
    required: &[&str],
    errors: &mut Vec<LoadError>,
    mut read_row: impl FnMut(&mut RowReader<'_>, R) -> Option<T>,
) -> Vec<T> {
    let whole =
        |line, reason: String| LoadError { file: file.into(), line, column: 0, column_name: String::new(), reason };
    let mut reader = csv::ReaderBuilder::new().from_reader(text.as_bytes());
    let mut lines = LineCounter { text: text.as_bytes(), byte: 0, line: 1 };
    let header = match reader.headers() {
        Ok(header) => header.clone(),
        Err(e) => {
            errors.push(csv_error(file, &e, &mut lines));
            return Vec::new();
        }
    };
    let names: Vec<String> = header.iter().map(str::to_string).collect();
    if names.iter().all(String::is_empty) {
        errors.push(whole(1, "the file is empty; it needs a header row".into()));
        return Vec::new();
    }
    let columns: HashMap<String, usize> = names.iter().enumerate().map(|(i, name)| (name.clone(), i)).collect();
    let missing: Vec<&str> = required.iter().copied().filter(|c| !columns.contains_key(*c)).collect();
    if !missing.is_empty() {
        errors.push(whole(1, format!("header lacks required column(s): {}", missing.join(", "))));
        return Vec::new();
    }
    let twice = required.iter().find_map(|c| names.iter().enumerate().filter(|(_, name)| name == c).nth(1));
    if let Some((at, name)) = twice {
        let reason = "is in the header twice".to_string();
        errors.push(LoadError { file: file.into(), line: 1, column: at + 1, column_name: name.clone(), reason });
        return Vec::new();
    }
    let mut rows = Vec::new();
    for record in reader.records() {
        let read = record.and_then(|record| {
            let line = record.position().map_or(0, |p| lines.line_at(p.byte()));
            record.deserialize::<R>(Some(&header)).map(|raw| (line, raw))
        });
        let (line, raw) = match read {
            Ok(read) => read,
            Err(e) => {
                errors.push(csv_error(file, &e, &mut lines));
                continue;
            }
        };
        let before = errors.len();
        let mut reader = RowReader { file, line, columns: &columns, errors };
        let row = read_row(&mut reader, raw);
        if errors.len() == before {
            rows.extend(row);
        }
    }
    rows
}

fn read_city(r: &mut RowReader<'_>, raw: RawCity) -> Option<CityRow> {
    let order = match raw.order.parse::<u16>() {
        Ok(n) if n > 0 && raw.order.bytes().all(|b| b.is_ascii_digit()) => n,
        _ => {
            r.error("order", format!("`{}` is not a whole number from 1 to {}", raw.order, u16::MAX));
            0
        }
    };
    let colour = match palette::parse_hex(&raw.colour) {
        Some(colour) => {
            if let Some(problem) = palette::contrast_problem(colour) {
                r.error("colour", format!("`{}` {problem}", raw.colour));
            }
            colour
        }
        None => {
            r.error("colour", format!("`{}` is not a colour written #rrggbb", raw.colour));
            [0; 3]
        }
    };
    Some(CityRow {
        line: r.line,
        id: r.id("id", raw.id),
        order,
        name_zh: r.required("name_zh", raw.name_zh),
        name_en: r.required("name_en", raw.name_en),
        blurb_zh: r.required("blurb_zh", raw.blurb_zh),
        blurb_en: r.required("blurb_en", raw.blurb_en),
        colour,
    })
}

fn read_source(r: &mut RowReader<'_>, raw: RawSource) -> Option<SourceRow> {
    let published = r.required("published", raw.published);
    if !published.is_empty() && !is_date(&published) {
        r.error("published", format!("`{published}` is not YYYY, YYYY-MM or YYYY-MM-DD"));
    }
    Some(SourceRow {
        line: r.line,
        id: r.id("id", raw.id),
        city: r.id("city", raw.city),
        title_zh: r.required("title_zh", raw.title_zh),
        title_en: r.required("title_en", raw.title_en),
        publisher_zh: r.required("publisher_zh", raw.publisher_zh),
        publisher_en: r.required("publisher_en", raw.publisher_en),
        published,
        kind: r.choice("kind", &raw.kind, SourceKind::ALL, SourceKind::from_id, SourceKind::id)?,
        file: r.required("file", raw.file),
    })
}

fn read_figure(r: &mut RowReader<'_>, raw: RawFigure) -> Option<FigureRow> {
    let metric_key = r.text("metric_key", raw.metric_key);
    if !metric_key.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_') {
        r.error("metric_key", format!("`{metric_key}` must be snake_case"));
    }
    let value = r.decimal("value", raw.value, true);
    let baseline_value = r.decimal("baseline_value", raw.baseline_value, false);
    let baseline_year = r.year("baseline_year", &raw.baseline_year);
    let quote = r.quote(raw.quote);
    if is_plain_decimal(&value) && !quote.is_empty() && !quote_states_value(&quote, &value) {
        r.error("value", format!("`{value}` does not appear in the quote, in digits or Chinese numerals"));
    }
    if is_plain_decimal(&baseline_value) && !quote.is_empty() && !quote_states_value(&quote, &baseline_value) {
        r.error("baseline_value", format!("`{baseline_value}` does not appear in the quote"));
    }
    if baseline_year.is_some() && baseline_value.is_empty() {
        r.error("baseline_year", "is set but baseline_value is empty".into());
    }
    let kind = r.choice("kind", &raw.kind, FigureKind::ALL, FigureKind::from_id, FigureKind::id);
    let year = r.year("year", &raw.year);
    let scope = r.choice("scope", &raw.scope, Scope::ALL, Scope::from_id, Scope::id);
    let period_from = r.year("period_from", &raw.period_from);
    let id = r.id("id", raw.id);
    if let Some(scope) = scope {
        check_scope(r, scope, year, period_from, kind, &quote);
    }
    let (note_zh, note_en) = r.note(raw.note_zh, raw.note_en);
    Some(FigureRow {
        line: r.line,
        id,
        city: r.id("city", raw.city),
        category: r.choice("category", &raw.category, Category::ALL, Category::from_id, Category::id)?,
        metric_key,
        metric_zh: r.required("metric_zh", raw.metric_zh),
        metric_en: r.required("metric_en", raw.metric_en),
        value,
        unit_zh: r.required("unit_zh", raw.unit_zh),
        unit_en: r.required("unit_en", raw.unit_en),
        kind: kind?,
        year,
        scope: scope?,
        period_from,
        approx: r.optional_choice("approx", &raw.approx, Approx::ALL, Approx::from_id, Approx::id),
        baseline_value,
        baseline_year,
        project_id: r.text("project_id", raw.project_id),
        source_id: r.required("source_id", raw.source_id),
        quote,
        note_zh,
        note_en,
    })
}

/// The time scope agrees with the year columns, the kind and the quote's words.
fn check_scope(
    r: &mut RowReader<'_>,
    scope: Scope,
    year: Option<u16>,
    period_from: Option<u16>,
    kind: Option<FigureKind>,
    quote: &str,
) {
    match (scope, year) {
        (Scope::Undated, Some(_)) => r.error("year", "must be empty when scope is `undated`".into()),
        (Scope::Undated, None) => {}
        (_, None) => r.error("year", format!("is required for scope `{}`", scope.id())),
        (_, Some(_)) => {}
    }
    match (scope, period_from, year) {
        (Scope::Period, None, _) => {
            r.error("period_from", "a period total needs the year it starts (五年 → 2021 for 2021–2025)".into())
        }
        (Scope::Period, Some(from), Some(to)) if from > to => {
            r.error("period_from", format!("{from} is after the period's end {to}"))
        }
        (Scope::Period, _, _) | (_, None, _) => {}
        (_, Some(_), _) => r.error("period_from", format!("is only for scope `period`, not `{}`", scope.id())),
    }
    if scope == Scope::By && !matches!(kind, Some(FigureKind::Target | FigureKind::Plan) | None) {
        r.error("scope", "`by` (a deadline) is for targets and plans only".into());
    }
    // No figure of the documents says 五年/累计/以来 of a single year's work; one that did would
    // need an exception here, with its reason.
    if scope == Scope::Year {
        if let Some(word) = PERIOD_WORDS.iter().find(|w| quote.contains(*w)) {
            r.error("scope", format!("is `year` but the quote says {word}: a total over a period is scope `period`"));
        }
    }
}

fn read_project(r: &mut RowReader<'_>, raw: RawProject) -> Option<ProjectRow> {
    let (note_zh, note_en) = r.note(raw.note_zh, raw.note_en);
    Some(ProjectRow {
        line: r.line,
        id: r.id("id", raw.id),
        city: r.id("city", raw.city),
        category: r.choice("category", &raw.category, Category::ALL, Category::from_id, Category::id)?,
        name_zh: r.required("name_zh", raw.name_zh),
        name_en: r.required("name_en", raw.name_en),
        status: r.choice("status", &raw.status, Status::ALL, Status::from_id, Status::id)?,
        summary_zh: r.required("summary_zh", raw.summary_zh),
        summary_en: r.required("summary_en", raw.summary_en),
        source_id: r.required("source_id", raw.source_id),
        quote: r.quote(raw.quote),
        note_zh,
        note_en,
    })
}

fn read_commitment(r: &mut RowReader<'_>, raw: RawCommitment) -> Option<CommitmentRow> {
    let deadline = r.required("deadline", raw.deadline);
    let quote = r.quote(raw.quote);
    if !deadline.is_empty() && !is_date(&deadline) {
        r.error("deadline", format!("`{deadline}` is not YYYY, YYYY-MM or YYYY-MM-DD"));
    } else if !quote.is_empty() && !deadline.is_empty() && !quote_states_year(&quote, &deadline[..4]) {
        r.error("deadline", format!("the year {} does not appear in the quote", &deadline[..4]));
    }
    Some(CommitmentRow {
        line: r.line,
        id: r.id("id", raw.id),
        city: r.id("city", raw.city),
        category: r.choice("category", &raw.category, Category::ALL, Category::from_id, Category::id)?,
        text_zh: r.required("text_zh", raw.text_zh),
        text_en: r.required("text_en", raw.text_en),
        deadline,
        project_id: r.text("project_id", raw.project_id),
        source_id: r.required("source_id", raw.source_id),
        quote,
    })
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (digits and dashes in place; months and days in range).
pub fn is_date(text: &str) -> bool {
    let shape = matches!(text.len(), 4 | 7 | 10)
        && text.bytes().enumerate().all(|(i, b)| if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() });
    let part = |range: std::ops::Range<usize>, max: u32| {
        text.get(range).is_none_or(|p| p.parse::<u32>().is_ok_and(|n| (1..=max).contains(&n)))
    };
    shape && part(5..7, 12) && part(8..10, 31)
}

/// A year as the documents write it: `2026`, `二〇二六`, or `26年`.
fn quote_states_year(quote: &str, year: &str) -> bool {
    const NUMERALS: [char; 10] = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    let chinese: String = year.chars().filter_map(|c| c.to_digit(10).map(|d| NUMERALS[d as usize])).collect();
    quote.contains(year) || quote.contains(&chinese) || quote.contains(&format!("{}年", &year[2..]))
}

/// The texts of the five files; `load` checks each and then the links between them.
pub struct CsvTexts<'a> {
    pub cities: &'a str,
    pub sources: &'a str,
    pub figures: &'a str,
    pub projects: &'a str,
    pub commitments: &'a str,
}

/// The five files' texts, owned: what the build, the publisher and the tests read from disk.
/// Reading goes through a function given by the caller, so the core never touches a file.
pub struct CsvFiles {
    cities: String,
    sources: String,
    figures: String,
    projects: String,
    commitments: String,
}

impl CsvFiles {
    /// Reads each table with `read`, given the file's path from the repository root
    /// (`data/figures.csv`); stops at the first file that cannot be read.
    pub fn read<E>(mut read: impl FnMut(&str) -> Result<String, E>) -> Result<CsvFiles, E> {
        Ok(CsvFiles {
            cities: read(CITIES_FILE)?,
            sources: read(SOURCES_FILE)?,
            figures: read(FIGURES_FILE)?,
            projects: read(PROJECTS_FILE)?,
            commitments: read(COMMITMENTS_FILE)?,
        })
    }

    /// Each file's path from the repository root, with its text (to publish them as they are).
    pub fn entries(&self) -> [(&'static str, &str); 5] {
        [
            (CITIES_FILE, &self.cities),
            (SOURCES_FILE, &self.sources),
            (FIGURES_FILE, &self.figures),
            (PROJECTS_FILE, &self.projects),
            (COMMITMENTS_FILE, &self.commitments),
        ]
    }

    pub fn texts(&self) -> CsvTexts<'_> {
        CsvTexts {
            cities: &self.cities,
            sources: &self.sources,
            figures: &self.figures,
            projects: &self.projects,
            commitments: &self.commitments,
        }
    }
}

/// Reads all the tables and returns them, or every problem found (not just the first).
pub fn load(texts: &CsvTexts<'_>) -> Result<Tables, Vec<LoadError>> {
    let mut errors = Vec::new();
    let mut cities = read_table(CITIES_FILE, texts.cities, CITY_COLUMNS, &mut errors, read_city);
    cities.sort_by_key(|c| c.order);
    let tables = Tables {
        cities,
        sources: read_table(SOURCES_FILE, texts.sources, SOURCE_COLUMNS, &mut errors, read_source),
        figures: read_table(FIGURES_FILE, texts.figures, FIGURE_COLUMNS, &mut errors, read_figure),
        projects: read_table(PROJECTS_FILE, texts.projects, PROJECT_COLUMNS, &mut errors, read_project),
        commitments: read_table(COMMITMENTS_FILE, texts.commitments, COMMITMENT_COLUMNS, &mut errors, read_commitment),
    };
    check_links(&tables, &mut errors);
    if errors.is_empty() {
        Ok(tables)
    } else {
        Err(errors)
    }
}

fn link_error(file: &str, line: usize, columns: &[&str], name: &str, reason: String) -> LoadError {
    let column = columns.iter().position(|c| *c == name).map_or(0, |i| i + 1);
    LoadError { file: file.into(), line, column, column_name: name.into(), reason }
}

/// Unique ids; cities' orders unique and colours told apart; every city named in the other
/// tables known, and with a document; known source ids, a row's city equal to its document's
/// city; known project ids.
fn check_links(t: &Tables, errors: &mut Vec<LoadError>) {
    let mut check_unique = |file: &str, columns: &[&str], ids: Vec<(&str, usize)>| {
        let mut seen = HashSet::new();
        for (id, line) in ids {
            if !seen.insert(id) {
                errors.push(link_error(file, line, columns, "id", format!("duplicate id `{id}`")));
            }
        }
    };
    check_unique(CITIES_FILE, CITY_COLUMNS, t.cities.iter().map(|c| (c.id.as_str(), c.line)).collect());
    check_unique(SOURCES_FILE, SOURCE_COLUMNS, t.sources.iter().map(|s| (s.id.as_str(), s.line)).collect());
    check_unique(FIGURES_FILE, FIGURE_COLUMNS, t.figures.iter().map(|f| (f.id.as_str(), f.line)).collect());
    check_unique(PROJECTS_FILE, PROJECT_COLUMNS, t.projects.iter().map(|p| (p.id.as_str(), p.line)).collect());
    check_unique(COMMITMENTS_FILE, COMMITMENT_COLUMNS, t.commitments.iter().map(|c| (c.id.as_str(), c.line)).collect());
    check_cities(t, errors);

    let source_city: HashMap<&str, &str> = t.sources.iter().map(|s| (s.id.as_str(), s.city.as_str())).collect();
    let known_city = |id: &str| t.cities.iter().any(|c| c.id == id);
    let project_ids: HashSet<&str> = t.projects.iter().map(|p| p.id.as_str()).collect();
    let mut check_source =
        |file: &str, columns: &[&str], line: usize, source_id: &str, city: &str| match source_city.get(source_id) {
            None => errors.push(link_error(file, line, columns, "source_id", format!("unknown source `{source_id}`"))),
            // An unknown city is reported once, by `check_cities`.
            Some(&c) if c != city && known_city(city) => errors.push(link_error(
                file,
                line,
                columns,
                "city",
                format!("`{city}` but source `{source_id}` is about `{c}`"),
            )),
            Some(_) => {}
        };
    for f in &t.figures {
        check_source(FIGURES_FILE, FIGURE_COLUMNS, f.line, &f.source_id, &f.city);
    }
    for p in &t.projects {
        check_source(PROJECTS_FILE, PROJECT_COLUMNS, p.line, &p.source_id, &p.city);
    }
    for c in &t.commitments {
        check_source(COMMITMENTS_FILE, COMMITMENT_COLUMNS, c.line, &c.source_id, &c.city);
    }
    let links = t.figures.iter().map(|f| (FIGURES_FILE, FIGURE_COLUMNS, f.line, &f.project_id));
    let links =
        links.chain(t.commitments.iter().map(|c| (COMMITMENTS_FILE, COMMITMENT_COLUMNS, c.line, &c.project_id)));
    for (file, columns, line, project_id) in links {
        if !project_id.is_empty() && !project_ids.contains(project_id.as_str()) {
            errors.push(link_error(file, line, columns, "project_id", format!("unknown project `{project_id}`")));
        }
    }
}

/// The cities table against itself and the others: one place in the order per city, colours
/// told apart, every city named elsewhere listed in `cities.csv`, every listed city documented.
fn check_cities(t: &Tables, errors: &mut Vec<LoadError>) {
    let city_error = |line, name: &str, reason| link_error(CITIES_FILE, line, CITY_COLUMNS, name, reason);
    for (i, city) in t.cities.iter().enumerate() {
        for earlier in &t.cities[..i] {
            if earlier.order == city.order {
                errors.push(city_error(
                    city.line,
                    "order",
                    format!("{} is also the order of `{}` (line {})", city.order, earlier.id, earlier.line),
                ));
            }
            let difference = palette::difference(earlier.colour, city.colour);
            if difference < palette::MIN_DIFFERENCE {
                errors.push(city_error(
                    city.line,
                    "colour",
                    format!(
                        "{} is too close to `{}`'s {} (difference {difference:.1}, with red-green colour blindness \
                         included; at least {} is needed)",
                        palette::hex(city.colour),
                        earlier.id,
                        palette::hex(earlier.colour),
                        palette::MIN_DIFFERENCE
                    ),
                ));
            }
        }
        if !t.sources.iter().any(|s| s.city == city.id) {
            errors.push(city_error(city.line, "id", format!("`{}` has no document in {SOURCES_FILE}", city.id)));
        }
    }
    let known: Vec<&str> = t.cities.iter().map(|c| c.id.as_str()).collect();
    let named = t.sources.iter().map(|s| (SOURCES_FILE, SOURCE_COLUMNS, s.line, &s.city));
    let named = named.chain(t.figures.iter().map(|f| (FIGURES_FILE, FIGURE_COLUMNS, f.line, &f.city)));
    let named = named.chain(t.projects.iter().map(|p| (PROJECTS_FILE, PROJECT_COLUMNS, p.line, &p.city)));
    let named = named.chain(t.commitments.iter().map(|c| (COMMITMENTS_FILE, COMMITMENT_COLUMNS, c.line, &c.city)));
    for (file, columns, line, city) in named {
        if !city.is_empty() && !known.contains(&city.as_str()) {
            let reason = format!("unknown city `{city}` (known in {CITIES_FILE}: {})", known.join(", "));
            errors.push(link_error(file, line, columns, "city", reason));
        }
    }
}

/// Every quote that is not a verbatim substring of its source document. `source_text` maps a
/// source row's `file` to the document's text (`None` if the file could not be read).
pub fn quotes_not_in_sources(t: &Tables, source_text: impl Fn(&str) -> Option<String>) -> Vec<LoadError> {
    let texts: HashMap<&str, Option<String>> =
        t.sources.iter().map(|s| (s.id.as_str(), source_text(&s.file))).collect();
    let mut errors = Vec::new();
    let mut check = |file: &str, columns: &[&str], line: usize, source_id: &str, quote: &str| {
        let reason = match texts.get(source_id) {
            Some(Some(text)) if text.contains(quote) => return,
            Some(Some(_)) => format!("not found verbatim in the text of `{source_id}`: {quote}"),
            _ => format!("the document of `{source_id}` could not be read"),
        };
        errors.push(link_error(file, line, columns, "quote", reason));
    };
    for f in &t.figures {
        check(FIGURES_FILE, FIGURE_COLUMNS, f.line, &f.source_id, &f.quote);
    }
    for p in &t.projects {
        check(PROJECTS_FILE, PROJECT_COLUMNS, p.line, &p.source_id, &p.quote);
    }
    for c in &t.commitments {
        check(COMMITMENTS_FILE, COMMITMENT_COLUMNS, c.line, &c.source_id, &c.quote);
    }
    errors
}
