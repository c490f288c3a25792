//! One CSV file read with the `csv` crate: its header checked, each record deserialised and
//! located by its line, and handed to the table's row reader.

use super::error::LoadError;
use super::fields::RowReader;
use crate::numerals;
use serde::de::DeserializeOwned;
use std::collections::HashMap;

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
    LoadError::row(file, line, reason)
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

/// The published `data/*.csv` are these files: a cell that a spreadsheet would run as a formula
/// (`=HYPERLINK(…)`, `@SUM(…)`, `-1+2`) is refused, whichever column it is in. Numbers such as
/// `-3.5` are not formulas.
fn refuse_formulas(file: &str, line: usize, names: &[String], record: &csv::StringRecord, errors: &mut Vec<LoadError>) {
    for (at, cell) in record.iter().enumerate() {
        if numerals::runs_as_formula(cell) {
            let name = names.get(at).map_or("", String::as_str);
            let first = cell.chars().next().map_or(String::new(), |c| c.escape_default().to_string());
            let reason = format!(
                "begins with `{first}`, which a spreadsheet would run as a formula: reword it, or start it with another character"
            );
            errors.push(LoadError::cell(file, line, Some(at), name, reason));
        }
    }
}

/// Reads a table with the `csv` crate: checks the header, deserialises each record into its raw
/// row `R`, reads its fields (`read_fields`) and checks them together (`rules`). Every bad row
/// is reported, not just the first.
pub(super) fn read_table<R: DeserializeOwned, T>(
    file: &str,
    text: &str,
    required: &[&str],
    errors: &mut Vec<LoadError>,
    read_fields: fn(&mut RowReader<'_>, R) -> Option<T>,
    rules: fn(&mut RowReader<'_>, &T),
) -> Vec<T> {
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
        errors.push(LoadError::row(file, 1, "the file is empty; it needs a header row".into()));
        return Vec::new();
    }
    let columns: HashMap<String, usize> = names.iter().enumerate().map(|(i, name)| (name.clone(), i)).collect();
    let missing: Vec<&str> = required.iter().copied().filter(|c| !columns.contains_key(*c)).collect();
    if !missing.is_empty() {
        errors.push(LoadError::row(file, 1, format!("header lacks required column(s): {}", missing.join(", "))));
        return Vec::new();
    }
    let twice = required.iter().find_map(|c| names.iter().enumerate().filter(|(_, name)| name == c).nth(1));
    if let Some((at, name)) = twice {
        let reason = "is in the header twice".to_string();
        errors.push(LoadError::cell(file, 1, Some(at), name, reason));
        return Vec::new();
    }
    let mut rows = Vec::new();
    for record in reader.records() {
        let read = record.and_then(|record| {
            let line = record.position().map_or(0, |p| lines.line_at(p.byte()));
            record.deserialize::<R>(Some(&header)).map(|raw| (line, record, raw))
        });
        let (line, record, raw) = match read {
            Ok(read) => read,
            Err(e) => {
                errors.push(csv_error(file, &e, &mut lines));
                continue;
            }
        };
        let before = errors.len();
        refuse_formulas(file, line, &names, &record, errors);
        let mut reader = RowReader { file, line, columns: &columns, errors };
        let row = read_fields(&mut reader, raw);
        if let Some(row) = &row {
            rules(&mut reader, row);
        }
        if errors.len() == before {
            rows.extend(row);
        }
    }
    rows
}
