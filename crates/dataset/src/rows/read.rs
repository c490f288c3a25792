//! One row of each table: its fields checked and typed, and the rules that tie them (a value in
//! its quote, a time scope that agrees with the years and the wording).

use super::fields::RowReader;
use super::tables::{CityRow, CommitmentRow, FigureRow, ProjectRow, SourceRow};
use crate::model::{Approx, Category, FigureKind, Held, Scope, SourceKind, Status};
use crate::numerals::{is_plain_decimal, quote_states_value};
use crate::palette;
use serde::Deserialize;

/// Words that say a total's start is not given.
const START_NOT_GIVEN: &[&str] = &["近年来", "多年来"];

/// Words that mark a total over several years.
const PERIOD_WORDS: &[&str] = &["五年", "累计", "以来"];

/// A row of `cities.csv` as written.
#[derive(Deserialize)]
pub(super) struct RawCity {
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
pub(super) struct RawSource {
    id: String,
    city: String,
    title_zh: String,
    title_en: String,
    publisher_zh: String,
    publisher_en: String,
    published: String,
    kind: String,
    file: String,
    held: String,
    origin_url: String,
}

/// A row of `figures.csv` as written.
#[derive(Deserialize)]
pub(super) struct RawFigure {
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
pub(super) struct RawProject {
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
pub(super) struct RawCommitment {
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

pub(super) fn read_city(r: &mut RowReader<'_>, raw: RawCity) -> Option<CityRow> {
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

pub(super) fn read_source(r: &mut RowReader<'_>, raw: RawSource) -> Option<SourceRow> {
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
        held: r.choice("held", &raw.held, Held::ALL, Held::from_id, Held::id)?,
        origin_url: origin_url(r, raw.origin_url),
    })
}

/// An address a reader can open: empty, or `https://` / `http://` with no spaces.
fn origin_url(r: &mut RowReader<'_>, url: String) -> String {
    let url = r.text("origin_url", url);
    let scheme = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://"));
    if !url.is_empty() && scheme.is_none_or(|rest| rest.is_empty() || rest.contains(char::is_whitespace)) {
        r.error("origin_url", format!("`{url}` is not an http(s) address"));
    }
    url
}

pub(super) fn read_figure(r: &mut RowReader<'_>, raw: RawFigure) -> Option<FigureRow> {
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
        check_scope(r, scope, year, period_from, kind, &quote, &raw.metric_zh);
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
    label: &str,
) {
    match (scope, year) {
        (Scope::Undated, Some(_)) => r.error("year", "must be empty when scope is `undated`".into()),
        (Scope::Undated, None) => {}
        (_, None) => r.error("year", format!("is required for scope `{}`", scope.id())),
        (_, Some(_)) => {}
    }
    match (scope, period_from, year) {
        // A total "in recent years" whose start the document does not give: its label or quote
        // says so, and it is shown as such (`display::time_label`), never with a guessed year.
        (Scope::Period, None, _) if START_NOT_GIVEN.iter().any(|w| label.contains(w) || quote.contains(w)) => {}
        (Scope::Period, None, _) => r.error(
            "period_from",
            "a period total needs the year it starts (五年 → 2021 for 2021–2025), or 近年来 in its label or quote \
             where the document gives no start"
                .into(),
        ),
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

pub(super) fn read_project(r: &mut RowReader<'_>, raw: RawProject) -> Option<ProjectRow> {
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

pub(super) fn read_commitment(r: &mut RowReader<'_>, raw: RawCommitment) -> Option<CommitmentRow> {
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
