//! Writes the checked tables as one JSON document (no dependencies: the shapes are fixed).

use crate::rows::{CommitmentRow, FigureRow, ProjectRow, SourceRow, Tables};
use std::fmt::Write as _;

/// A JSON string literal.
fn string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `null` for an empty field, else the string.
fn opt_string(s: &str) -> String {
    if s.is_empty() {
        "null".into()
    } else {
        string(s)
    }
}

/// A decimal as a JSON number (Rust prints the shortest text that reads back the same value).
fn number(s: &str) -> String {
    s.parse::<f64>().map_or("null".into(), |v| v.to_string())
}

fn object(fields: &[(&str, String)]) -> String {
    let body: Vec<String> = fields.iter().map(|(k, v)| format!("{}:{v}", string(k))).collect();
    format!("{{{}}}", body.join(","))
}

fn source(s: &SourceRow) -> String {
    object(&[
        ("id", string(&s.id)),
        ("city", string(s.city.id())),
        ("title_zh", string(&s.title_zh)),
        ("title_en", string(&s.title_en)),
        ("publisher_zh", string(&s.publisher_zh)),
        ("publisher_en", string(&s.publisher_en)),
        ("published", string(&s.published)),
        ("kind", string(s.kind.id())),
        ("file", string(&s.file)),
    ])
}

fn figure(f: &FigureRow) -> String {
    let year = |y: Option<u16>| y.map_or("null".into(), |y| y.to_string());
    object(&[
        ("id", string(&f.id)),
        ("city", string(f.city.id())),
        ("category", string(f.category.id())),
        ("metric_key", opt_string(&f.metric_key)),
        ("metric_zh", string(&f.metric_zh)),
        ("metric_en", string(&f.metric_en)),
        ("value", number(&f.value)),
        ("value_text", string(&f.value)),
        ("unit_zh", string(&f.unit_zh)),
        ("unit_en", string(&f.unit_en)),
        ("kind", string(f.kind.id())),
        ("year", year(f.year)),
        ("scope", string(f.scope.id())),
        ("period_from", year(f.period_from)),
        ("approx", f.approx.map_or("null".into(), |a| string(a.id()))),
        ("baseline_value", if f.baseline_value.is_empty() { "null".into() } else { number(&f.baseline_value) }),
        ("baseline_year", year(f.baseline_year)),
        ("project_id", opt_string(&f.project_id)),
        ("source_id", string(&f.source_id)),
        ("quote", string(&f.quote)),
        ("note_zh", opt_string(&f.note_zh)),
        ("note_en", opt_string(&f.note_en)),
    ])
}

fn project(p: &ProjectRow) -> String {
    object(&[
        ("id", string(&p.id)),
        ("city", string(p.city.id())),
        ("category", string(p.category.id())),
        ("name_zh", string(&p.name_zh)),
        ("name_en", string(&p.name_en)),
        ("status", string(p.status.id())),
        ("summary_zh", string(&p.summary_zh)),
        ("summary_en", string(&p.summary_en)),
        ("source_id", string(&p.source_id)),
        ("quote", string(&p.quote)),
        ("note_zh", opt_string(&p.note_zh)),
        ("note_en", opt_string(&p.note_en)),
    ])
}

fn commitment(c: &CommitmentRow) -> String {
    object(&[
        ("id", string(&c.id)),
        ("city", string(c.city.id())),
        ("category", string(c.category.id())),
        ("text_zh", string(&c.text_zh)),
        ("text_en", string(&c.text_en)),
        ("deadline", string(&c.deadline)),
        ("project_id", opt_string(&c.project_id)),
        ("source_id", string(&c.source_id)),
        ("quote", string(&c.quote)),
    ])
}

fn array(items: Vec<String>) -> String {
    format!("[\n{}\n]", items.join(",\n"))
}

/// The whole dataset: `{"sources": [...], "figures": [...], "projects": [...], "commitments": [...]}`.
pub fn dataset(t: &Tables) -> String {
    format!(
        "{{\"sources\":{},\n\"figures\":{},\n\"projects\":{},\n\"commitments\":{}}}\n",
        array(t.sources.iter().map(source).collect()),
        array(t.figures.iter().map(figure).collect()),
        array(t.projects.iter().map(project).collect()),
        array(t.commitments.iter().map(commitment).collect()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_escaped() {
        assert_eq!(string("a\"b\\c\nd\u{1}公"), "\"a\\\"b\\\\c\\nd\\u0001公\"");
    }

    #[test]
    fn numbers_keep_their_value() {
        assert_eq!(number("600.59"), "600.59");
        assert_eq!(number("18.70"), "18.7");
        assert_eq!(number("07"), "7");
        assert_eq!(number("x"), "null");
    }
}
