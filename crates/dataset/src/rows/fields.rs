//! One field at a time: text, ids, choices, decimals, years, notes and quotes, each problem
//! recorded with its row's line and its column.

use super::error::LoadError;
use crate::numerals::is_plain_decimal;
use std::collections::HashMap;

/// Checks one row's fields, recording each problem with the row's line and the field's column.
pub(super) struct RowReader<'a> {
    pub(super) file: &'a str,
    pub(super) line: usize,
    pub(super) columns: &'a HashMap<String, usize>,
    pub(super) errors: &'a mut Vec<LoadError>,
}

impl RowReader<'_> {
    pub(super) fn error(&mut self, name: &str, reason: String) {
        let index = self.columns.get(name).copied();
        self.errors.push(LoadError::cell(self.file, self.line, index, name, reason));
    }

    /// Any text; surrounding spaces are an error.
    pub(super) fn text(&mut self, name: &str, text: String) -> String {
        if text.trim() != text {
            self.error(name, "has leading or trailing spaces".into());
        }
        text
    }

    pub(super) fn required(&mut self, name: &str, text: String) -> String {
        let text = self.text(name, text);
        if text.is_empty() {
            self.error(name, "is empty".into());
        }
        text
    }

    pub(super) fn id(&mut self, name: &str, text: String) -> String {
        let text = self.required(name, text);
        let ok = text.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !text.is_empty() && !ok {
            self.error(name, format!("`{text}` must use only a-z, 0-9 and -"));
        }
        text
    }

    pub(super) fn choice<T: Copy>(
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

    pub(super) fn optional_choice<T: Copy>(
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

    pub(super) fn decimal(&mut self, name: &str, text: String, required: bool) -> String {
        let text = if required { self.required(name, text) } else { self.text(name, text) };
        if !text.is_empty() && !is_plain_decimal(&text) {
            self.error(name, format!("`{text}` is not a plain decimal such as 18.7"));
        }
        text
    }

    pub(super) fn year(&mut self, name: &str, text: &str) -> Option<u16> {
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
    pub(super) fn note(&mut self, zh: String, en: String) -> (String, String) {
        let (zh, en) = (self.text("note_zh", zh), self.text("note_en", en));
        if zh.is_empty() != en.is_empty() {
            let missing = if zh.is_empty() { "note_zh" } else { "note_en" };
            self.error(missing, "is empty but the other language's note is not: a note is given in both".into());
        }
        (zh, en)
    }

    pub(super) fn quote(&mut self, text: String) -> String {
        let quote = self.required("quote", text);
        if quote.contains(['\n', '\r']) {
            self.error("quote", "has a line break; copy one sentence without breaks".into());
        }
        quote
    }
}
