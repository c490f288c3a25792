//! `data/quotes_en.csv`: the explorer's own English rendering of every quote (figures, projects,
//! dated promises), one row per row id. The Chinese quote stays the authority; pages and the
//! explorer mark the English as the explorer's translation. The build refuses a table that misses
//! a row, names an unknown one, repeats one, or holds Chinese characters (a quote pasted in place
//! of its English).

use serde::Deserialize;
use std::collections::HashMap;

pub const TRANSLATIONS_FILE: &str = "data/quotes_en.csv";

#[derive(Deserialize)]
struct Row {
    id: String,
    quote_en: String,
}

fn is_chinese(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{9fff}' | '\u{f900}'..='\u{faff}')
}

/// The English of each row's quote, in the order of `ids` (the dataset's rows: figures, projects,
/// dated promises), checked; every problem as `file:line: reason`.
pub fn read_translations(text: &str, ids: &[&str]) -> Result<Vec<String>, Vec<String>> {
    let file = TRANSLATIONS_FILE;
    let mut errors = Vec::new();
    let mut found: HashMap<String, String> = HashMap::new();
    let mut reader = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    for (i, row) in reader.deserialize::<Row>().enumerate() {
        let line = i + 2;
        let problem = match row {
            Err(e) => Some(format!("cannot be read: {e}")),
            Ok(row) if !ids.contains(&row.id.as_str()) => Some(format!("`{}` is no row of the dataset", row.id)),
            Ok(row) if row.quote_en.trim().is_empty() => Some(format!("`{}` has no English", row.id)),
            Ok(row) if row.quote_en.chars().any(is_chinese) => Some(format!("`{}`: Chinese in the English", row.id)),
            Ok(row) if found.contains_key(&row.id) => Some(format!("`{}` is translated twice", row.id)),
            Ok(row) => {
                found.insert(row.id, row.quote_en);
                None
            }
        };
        if let Some(reason) = problem {
            errors.push(format!("{file}:{line}: {reason}"));
        }
    }
    errors.extend(ids.iter().filter(|id| !found.contains_key(**id)).map(|id| format!("{file}: `{id}` has no row")));
    if errors.is_empty() {
        Ok(ids.iter().map(|id| found.remove(*id).unwrap_or_default()).collect())
    } else {
        Err(errors)
    }
}
