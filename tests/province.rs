//! The made-up province a benchmark builds (`renewal_dataset::fixture`, `scripts/province.sh`)
//! passes every check of the build but the colours, so the benchmark measures what a real
//! province of that size would cost.

use renewal_dataset::fixture::{province, HENAN_CITIES};
use renewal_explorer::core::rows::{
    self, load, load_with, quotes_not_in_held_texts, read_translations, Checks, CsvFiles, HELD_DIR,
};
use std::path::Path;

#[test]
fn a_province_of_18_cities_passes_every_check_but_the_colours() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let out = std::env::temp_dir().join(format!("renewal-province-{}", std::process::id()));
    let rows = province(&data, &out, HENAN_CITIES).expect("the province is written");
    let in_province = |file: &str| out.join(file.strip_prefix("data/").unwrap_or(file));
    let files = CsvFiles::read(|file| std::fs::read_to_string(in_province(file))).expect("its tables");

    let tables = load_with(&files.texts(), Checks { colours_apart: false }).unwrap_or_else(|e| panic!("{e:#?}"));
    assert_eq!(tables.cities.len(), HENAN_CITIES);
    assert_eq!(tables.figures.len() + tables.projects.len() + tables.commitments.len(), rows);
    let real = CsvFiles::read(|file| std::fs::read_to_string(data.join(file.strip_prefix("data/").unwrap_or(file))))
        .expect("the real tables");
    let real = load(&real.texts()).expect("the real data");
    let real_rows = real.figures.len() + real.projects.len() + real.commitments.len();
    assert!(rows > 4 * real_rows, "today's density: {rows} rows for {real_rows} in four cities");

    let refused = load(&files.texts()).expect_err("18 colours cannot be told apart");
    assert!(refused.iter().all(|e| e.column_name == "colour"), "only the colours: {refused:#?}");

    let held = |id: &str| std::fs::read_to_string(in_province(&rows::held_text_file(id))).ok();
    assert!(quotes_not_in_held_texts(&tables, held).is_empty(), "every quote is in its held text");
    assert!(Path::new(&in_province(HELD_DIR)).is_dir());
    let ids: Vec<&str> = (tables.figures.iter().map(|r| r.id.as_str()))
        .chain(tables.projects.iter().map(|r| r.id.as_str()))
        .chain(tables.commitments.iter().map(|r| r.id.as_str()))
        .collect();
    let translations = std::fs::read_to_string(in_province(rows::TRANSLATIONS_FILE)).expect("quotes_en.csv");
    assert!(read_translations(&translations, &ids).is_ok(), "every quote has its English");
    let _ = std::fs::remove_dir_all(&out);
}
