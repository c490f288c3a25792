//! One field at a time: text, ids, choices, decimals, years, dates, quotes, colours, each problem
//! recorded with its row's line and its column.

use super::error::LoadError;
use crate::model::{Vocabulary, YEARS};
use crate::numerals::{decimal_value, is_plain_decimal};
use crate::palette;
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
    pub(super) fn text(&mut self, name: &str, text: String) -> Option<String> {
        if text.trim() != text {
            self.error(name, "has leading or trailing spaces".into());
        }
        Some(text)
    }

    pub(super) fn required(&mut self, name: &str, text: String) -> Option<String> {
        let text = self.text(name, text)?;
        if text.is_empty() {
            self.error(name, "is empty".into());
        }
        Some(text)
    }

    pub(super) fn id(&mut self, name: &str, text: String) -> Option<String> {
        let text = self.required(name, text)?;
        let ok = text.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !text.is_empty() && !ok {
            self.error(name, format!("`{text}` must use only a-z, 0-9 and -"));
        }
        Some(text)
    }

    /// A key such as `metric_key`: empty, or snake_case.
    pub(super) fn key(&mut self, name: &str, text: String) -> Option<String> {
        let text = self.text(name, text)?;
        if !text.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_') {
            self.error(name, format!("`{text}` must be snake_case"));
        }
        Some(text)
    }

    /// One of a vocabulary's ids; `None` (and the known ids in the message) for any other text.
    pub(super) fn choice<T: Vocabulary>(&mut self, name: &str, text: String) -> Option<T> {
        let parsed = T::from_id(&text);
        if parsed.is_none() {
            let known: Vec<&str> = T::ALL.iter().map(|&v| v.id()).collect();
            self.error(name, format!("unknown value `{text}` (known: {})", known.join(", ")));
        }
        parsed
    }

    /// Empty, or one of a vocabulary's ids.
    pub(super) fn optional_choice<T: Vocabulary>(&mut self, name: &str, text: String) -> Option<Option<T>> {
        if text.is_empty() {
            Some(None)
        } else {
            self.choice(name, text).map(Some)
        }
    }

    /// Empty, or a plain decimal such as 18.7, kept as written.
    pub(super) fn decimal(&mut self, name: &str, text: String) -> Option<String> {
        let text = self.text(name, text)?;
        self.plain_decimal(name, &text);
        Some(text)
    }

    pub(super) fn required_decimal(&mut self, name: &str, text: String) -> Option<String> {
        let text = self.required(name, text)?;
        self.plain_decimal(name, &text);
        Some(text)
    }

    fn plain_decimal(&mut self, name: &str, text: &str) {
        if !text.is_empty() && !is_plain_decimal(text) {
            self.error(name, format!("`{text}` is not a plain decimal such as 18.7"));
        } else if !text.is_empty() && decimal_value(text).is_none() {
            self.error(name, format!("`{text}` has more digits than the app holds exactly (15 at most)"));
        }
    }

    /// Empty, or a four-digit year from 1949 to 2100 (`YEARS`).
    pub(super) fn year(&mut self, name: &str, text: String) -> Option<Option<u16>> {
        if text.is_empty() {
            return Some(None);
        }
        match text.parse::<u16>() {
            Ok(y) if YEARS.contains(&y) && text.len() == 4 => Some(Some(y)),
            _ => {
                self.error(name, format!("`{text}` is not a four-digit year"));
                Some(None)
            }
        }
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, required.
    pub(super) fn date(&mut self, name: &str, text: String) -> Option<String> {
        let text = self.required(name, text)?;
        if !text.is_empty() && !is_date(&text) {
            self.error(name, format!("`{text}` is not YYYY, YYYY-MM or YYYY-MM-DD"));
        }
        Some(text)
    }

    /// An address a reader can open: empty, or `https://` / `http://` with no spaces.
    pub(super) fn address(&mut self, name: &str, url: String) -> Option<String> {
        let url = self.text(name, url)?;
        let scheme = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://"));
        if !url.is_empty() && scheme.is_none_or(|rest| rest.is_empty() || rest.contains(char::is_whitespace)) {
            self.error(name, format!("`{url}` is not an http(s) address"));
        }
        Some(url)
    }

    /// One sentence of the document, required, without line breaks.
    pub(super) fn quote(&mut self, name: &str, text: String) -> Option<String> {
        let quote = self.required(name, text)?;
        if quote.contains(['\n', '\r']) {
            self.error(name, "has a line break; copy one sentence without breaks".into());
        }
        Some(quote)
    }

    /// A place in a list: a whole number from 1.
    pub(super) fn order(&mut self, name: &str, text: String) -> Option<u16> {
        match text.parse::<u16>() {
            Ok(n) if n > 0 && text.bytes().all(|b| b.is_ascii_digit()) => Some(n),
            _ => {
                self.error(name, format!("`{text}` is not a whole number from 1 to {}", u16::MAX));
                None
            }
        }
    }

    /// A chart colour written `#rrggbb` that meets the palette's contrast rule.
    pub(super) fn colour(&mut self, name: &str, text: String) -> Option<[u8; 3]> {
        let Some(colour) = palette::parse_hex(&text) else {
            self.error(name, format!("`{text}` is not a colour written #rrggbb"));
            return None;
        };
        if let Some(problem) = palette::contrast_problem(colour) {
            self.error(name, format!("`{text}` {problem}"));
        }
        Some(colour)
    }
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
