//! A made-up province for measuring what the explorer costs at that size (a benchmark's fixture;
//! never built into `dist/`): the real cities stay as they are; each other city copies the
//! documents and rows of one of them under ids of its own (`<id>-f05` …), so every row still
//! quotes its held text and passes the build's checks, but for the one 18 cities cannot meet
//! (colours told apart, see `rows::Checks`). `examples/province.rs` and `scripts/province.sh`
//! write and build it.

use std::collections::HashMap;
use std::error::Error;
use std::path::Path;

/// Henan's cities: 17 prefecture-level and Jiyuan.
pub const HENAN_CITIES: usize = 18;
const TABLES: [&str; 3] = ["figures.csv", "projects.csv", "commitments.csv"];

type Rows = (csv::StringRecord, Vec<csv::StringRecord>);

fn read(file: &Path) -> Result<Rows, Box<dyn Error>> {
    let text = std::fs::read_to_string(file)?;
    let mut reader = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let header = reader.headers()?.clone();
    let records = reader.records().collect::<Result<Vec<_>, _>>()?;
    Ok((header, records))
}

fn write(file: &Path, (header, records): &Rows) -> Result<(), Box<dyn Error>> {
    let mut writer = csv::Writer::from_path(file)?;
    writer.write_record(header)?;
    for record in records {
        writer.write_record(record)?;
    }
    writer.flush()?;
    Ok(())
}

/// The record with some of its columns replaced.
fn with(header: &csv::StringRecord, record: &csv::StringRecord, changes: &[(&str, String)]) -> csv::StringRecord {
    header
        .iter()
        .zip(record)
        .map(|(column, value)| changes.iter().find(|(c, _)| *c == column).map_or(value.to_string(), |(_, v)| v.clone()))
        .collect()
}

fn column(header: &csv::StringRecord, name: &str) -> usize {
    header.iter().position(|c| c == name).unwrap_or_else(|| panic!("no column {name}"))
}

/// Writes a province of `cities` cities into `out` from the real data in `data`: returns how many
/// rows of figures, projects and commitments it holds.
pub fn province(data: &Path, out: &Path, count: usize) -> Result<usize, Box<dyn Error>> {
    std::fs::create_dir_all(out.join("sources"))?;

    let (city_header, real_cities) = read(&data.join("cities.csv"))?;
    let (source_header, real_sources) = read(&data.join("sources.csv"))?;
    let mut cities = real_cities.clone();
    let mut sources = real_sources.clone();
    let mut tables: Vec<Rows> = TABLES.iter().map(|t| read(&data.join(t))).collect::<Result<_, _>>()?;
    let mut quotes = read(&data.join("quotes_en.csv"))?;
    let english: HashMap<String, String> = quotes.1.iter().map(|r| (r[0].to_string(), r[1].to_string())).collect();
    for held in std::fs::read_dir(data.join("sources"))? {
        let held = held?;
        std::fs::copy(held.path(), out.join("sources").join(held.file_name()))?;
    }

    let (id_at, city_at) = (column(&source_header, "id"), column(&source_header, "city"));
    for k in real_cities.len()..count {
        let model = &real_cities[k % real_cities.len()];
        let (from, to) = (model[0].to_string(), format!("fixture-{:02}", k + 1));
        let suffix = format!("-f{:02}", k + 1);
        cities.push(with(
            &city_header,
            model,
            &[
                ("id", to.clone()),
                ("order", (k + 1).to_string()),
                ("name_zh", format!("示例市{:02}", k + 1)),
                ("name_en", format!("Fixture city {:02}", k + 1)),
                ("blurb_zh", "基准测试用的虚构城市，数据复制自真实城市".into()),
                ("blurb_en", "A made-up city for a benchmark, its rows copied from a real one".into()),
            ],
        ));
        for source in real_sources.iter().filter(|s| s[city_at] == from) {
            let id = format!("{}{suffix}", &source[id_at]);
            std::fs::copy(
                data.join("sources").join(format!("{}.txt", &source[id_at])),
                out.join("sources").join(format!("{id}.txt")),
            )?;
            sources.push(with(&source_header, source, &[("id", id), ("city", to.clone())]));
            for (header, records) in tables.iter_mut() {
                let (row_source, row_id) = (column(header, "source_id"), column(header, "id"));
                let project = header.iter().position(|c| c == "project_id");
                let copies: Vec<csv::StringRecord> = records
                    .iter()
                    .filter(|r| r[row_source] == source[id_at])
                    .map(|r| {
                        let mut changes = vec![
                            ("id", format!("{}{suffix}", &r[row_id])),
                            ("city", to.clone()),
                            ("source_id", format!("{}{suffix}", &source[id_at])),
                        ];
                        if let Some(at) = project.filter(|&at| !r[at].is_empty()) {
                            changes.push(("project_id", format!("{}{suffix}", &r[at])));
                        }
                        quotes.1.push(csv::StringRecord::from(vec![
                            format!("{}{suffix}", &r[row_id]),
                            english.get(&r[row_id]).cloned().unwrap_or_default(),
                        ]));
                        with(header, r, &changes)
                    })
                    .collect();
                records.extend(copies);
            }
        }
    }

    write(&out.join("cities.csv"), &(city_header, cities))?;
    write(&out.join("sources.csv"), &(source_header, sources))?;
    for (name, rows) in TABLES.iter().zip(&tables) {
        write(&out.join(name), rows)?;
    }
    write(&out.join("quotes_en.csv"), &quotes)?;
    Ok(tables.iter().map(|(_, r)| r.len()).sum())
}
