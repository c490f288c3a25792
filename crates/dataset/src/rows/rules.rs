//! The rules that tie several fields of a row: a value in its quote, a time scope that agrees
//! with the years and the wording, a note in both languages, a deadline's year in its quote.
//! Each field on its own is read and checked by its table's definition (`tables.rs`).

use super::fields::is_date;
use super::fields::RowReader;
use super::tables::{CityRow, CommitmentRow, FigureRow, ProjectRow, SourceRow};
use crate::model::{FigureKind, Scope};
use crate::numerals::{is_plain_decimal, quote_states_value};

/// Words that say a total's start is not given.
const START_NOT_GIVEN: &[&str] = &["近年来", "多年来"];

/// Words that mark a total over several years.
const PERIOD_WORDS: &[&str] = &["五年", "累计", "以来"];

/// A city's fields stand on their own.
pub(super) fn city(_: &mut RowReader<'_>, _: &CityRow) {}

/// A source's fields stand on their own.
pub(super) fn source(_: &mut RowReader<'_>, _: &SourceRow) {}

pub(super) fn figure(r: &mut RowReader<'_>, f: &FigureRow) {
    if is_plain_decimal(&f.value) && !f.quote.is_empty() && !quote_states_value(&f.quote, &f.value) {
        r.error("value", format!("`{}` does not appear in the quote, in digits or Chinese numerals", f.value));
    }
    if is_plain_decimal(&f.baseline_value) && !f.quote.is_empty() && !quote_states_value(&f.quote, &f.baseline_value) {
        r.error("baseline_value", format!("`{}` does not appear in the quote", f.baseline_value));
    }
    if f.baseline_year.is_some() && f.baseline_value.is_empty() {
        r.error("baseline_year", "is set but baseline_value is empty".into());
    }
    check_scope(r, f.scope, f.year, f.period_from, f.kind, &f.quote, &f.metric_zh);
    note_in_both(r, &f.note_zh, &f.note_en);
}

pub(super) fn project(r: &mut RowReader<'_>, p: &ProjectRow) {
    note_in_both(r, &p.note_zh, &p.note_en);
}

pub(super) fn commitment(r: &mut RowReader<'_>, c: &CommitmentRow) {
    let year = c.deadline.get(..4).filter(|_| is_date(&c.deadline));
    if let Some(year) = year.filter(|_| !c.quote.is_empty()) {
        if !quote_states_year(&c.quote, year) {
            r.error("deadline", format!("the year {year} does not appear in the quote"));
        }
    }
}

/// `note_zh` and `note_en`: both or neither.
fn note_in_both(r: &mut RowReader<'_>, zh: &str, en: &str) {
    if zh.is_empty() != en.is_empty() {
        let missing = if zh.is_empty() { "note_zh" } else { "note_en" };
        r.error(missing, "is empty but the other language's note is not: a note is given in both".into());
    }
}

/// The time scope agrees with the year columns, the kind and the quote's words.
fn check_scope(
    r: &mut RowReader<'_>,
    scope: Scope,
    year: Option<u16>,
    period_from: Option<u16>,
    kind: FigureKind,
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
    if scope == Scope::By && !matches!(kind, FigureKind::Target | FigureKind::Plan) {
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

/// A year as the documents write it: `2026`, `二〇二六`, or `26年`.
fn quote_states_year(quote: &str, year: &str) -> bool {
    const NUMERALS: [char; 10] = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    let chinese: String = year.chars().filter_map(|c| c.to_digit(10).map(|d| NUMERALS[d as usize])).collect();
    quote.contains(year) || quote.contains(&chinese) || quote.contains(&format!("{}年", &year[2..]))
}
