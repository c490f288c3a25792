//! `data/quotes_en.csv`: the explorer's own English rendering of every quote (figures, projects,
//! dated promises), one row per row id. The Chinese quote stays the authority; the pages mark the
//! English as the explorer's translation. The build refuses a table that misses a row, names an
//! unknown one, repeats one, or holds Chinese characters (a quote pasted in place of its English).

use renewal_explorer::core::dataset::Dataset;
use serde::Deserialize;
use std::collections::HashMap;

pub const FILE: &str = "data/quotes_en.csv";

#[derive(Deserialize)]
struct Row {
    id: String,
    quote_en: String,
}

/// The English of each row's quote, by row id.
pub struct Translations(HashMap<String, String>);

impl Translations {
    pub fn get(&self, id: &str) -> &str {
        self.0.get(id).map_or("", String::as_str)
    }
}

fn is_chinese(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{9fff}' | '\u{f900}'..='\u{faff}')
}

/// Reads and checks the table against the dataset's row ids; every problem as `file:line: reason`.
pub fn read(text: &str, data: &Dataset) -> Result<Translations, Vec<String>> {
    let ids: Vec<&str> = (data.figures.iter().map(|f| f.id))
        .chain(data.projects.iter().map(|p| p.id))
        .chain(data.commitments.iter().map(|c| c.id))
        .collect();
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
            errors.push(format!("{FILE}:{line}: {reason}"));
        }
    }
    errors.extend(ids.iter().filter(|id| !found.contains_key(**id)).map(|id| format!("{FILE}: `{id}` has no row")));
    if errors.is_empty() {
        Ok(Translations(found))
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use renewal_explorer::core::dataset::BUNDLED;

    fn repo_table() -> String {
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/quotes_en.csv")).expect("the table")
    }

    #[test]
    fn every_row_of_the_dataset_has_its_english_quote() {
        let t = read(&repo_table(), &BUNDLED).unwrap_or_else(|e| panic!("{e:#?}"));
        assert!(BUNDLED.figures.iter().all(|f| !t.get(f.id).is_empty()));
        assert_eq!(t.get("pds25-f003"), "successfully brought in 1.87 billion yuan of private capital");
    }

    #[test]
    fn a_missing_unknown_repeated_or_chinese_row_is_refused_with_its_line() {
        let table = repo_table();
        let mut lines: Vec<&str> = table.lines().collect();
        let fourth = lines[4].to_string();
        lines[1] = "pds25-f001,平顶山";
        lines[2] = "no-such-row,text";
        lines.push(&fourth);
        lines.push("pds25-f005, ");
        let errors = read(&lines.join("\n"), &BUNDLED).err().expect("refused");
        assert!(errors.contains(&format!("{FILE}:2: `pds25-f001`: Chinese in the English")), "{errors:#?}");
        assert!(errors.contains(&format!("{FILE}:3: `no-such-row` is no row of the dataset")), "{errors:#?}");
        assert!(errors.iter().any(|e| e.ends_with("`pds25-f002` has no row")), "{errors:#?}");
        assert!(errors.iter().any(|e| e.ends_with("`pds25-f004` is translated twice")), "{errors:#?}");
        assert!(errors.iter().any(|e| e.ends_with("`pds25-f005` has no English")), "{errors:#?}");
    }
}
