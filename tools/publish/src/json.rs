//! `dataset.json`: the checked tables as one JSON document, written by serde_json. The shape is a
//! published contract (README, "Open data"): ids as text, values as numbers beside the text they
//! were written as, empty optional fields as `null`. Each table's definition says how its columns
//! are written (renewal-dataset's `rows`, `table!`), so this is the whole of it.

use renewal_dataset::rows::Tables;

/// The whole dataset: `{"cities": [...], "sources": [...], "figures": [...], "projects": [...], "commitments": [...]}`.
pub fn dataset(t: &Tables) -> Result<String, serde_json::Error> {
    serde_json::to_string(t).map(|json| json + "\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use renewal_dataset::rows::{
        load, CsvFiles, CITY_COLUMNS, COMMITMENT_COLUMNS, FIGURE_COLUMNS, PROJECT_COLUMNS, SOURCE_COLUMNS,
    };

    fn tables() -> Tables {
        let repo = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let files = CsvFiles::read(|file| std::fs::read_to_string(repo.join(file)).map_err(|e| format!("{file}: {e}")));
        load(&files.unwrap_or_else(|e| panic!("{e}")).texts()).expect("the dataset loads")
    }

    /// Every column of every table is published, in the table's order, under its own name (a
    /// figure's value also as `value_text`), and nothing else is.
    #[test]
    fn every_column_is_published_in_its_order() {
        let value: serde_json::Value = serde_json::from_str(&dataset(&tables()).expect("serialises")).expect("parses");
        let figure_columns: Vec<&str> =
            FIGURE_COLUMNS.iter().flat_map(|&c| if c == "value" { vec![c, "value_text"] } else { vec![c] }).collect();
        for (table, columns) in [
            ("cities", CITY_COLUMNS),
            ("sources", SOURCE_COLUMNS),
            ("figures", figure_columns.as_slice()),
            ("projects", PROJECT_COLUMNS),
            ("commitments", COMMITMENT_COLUMNS),
        ] {
            let rows = value[table].as_array().expect("an array");
            assert!(!rows.is_empty(), "{table}");
            for row in rows {
                let keys: Vec<&str> = row.as_object().expect("an object").keys().map(String::as_str).collect();
                assert_eq!(keys, columns, "{table}");
            }
        }
    }

    #[test]
    fn the_shape_stays_what_readers_of_the_open_data_rely_on() {
        let tables = tables();
        let value: serde_json::Value = serde_json::from_str(&dataset(&tables).expect("serialises")).expect("parses");
        let keys: Vec<&str> = value.as_object().expect("an object").keys().map(String::as_str).collect();
        assert_eq!(keys.len(), 5);
        for key in ["cities", "sources", "figures", "projects", "commitments"] {
            assert!(keys.contains(&key), "{key} in {keys:?}");
        }
        let cities = value["cities"].as_array().expect("cities");
        assert_eq!(cities.len(), tables.cities.len());
        for (row, city) in cities.iter().zip(&tables.cities) {
            assert_eq!(row["id"], city.id.as_str());
            assert_eq!(row["order"], city.order);
            let [r, g, b] = city.colour;
            assert_eq!(row["colour"], format!("#{r:02x}{g:02x}{b:02x}"), "colours are #rrggbb text");
        }
        for (row, figure) in value["figures"].as_array().expect("figures").iter().zip(&tables.figures) {
            let number = row["value"].as_f64().expect("the value is a JSON number");
            assert_eq!(Some(number), figure.value.parse::<f64>().ok(), "{}", figure.id);
            assert_eq!(row["value_text"], figure.value.as_str());
            assert_eq!(row["quote"], figure.quote.as_str());
            assert_eq!(row["note_zh"].is_null(), figure.note_zh.is_empty(), "empty fields are null: {}", figure.id);
        }
    }
}
