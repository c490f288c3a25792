//! Publishes the dataset as open data: `data/*.csv` (with a UTF-8 BOM so Excel reads Chinese)
//! and `dataset.json`, written into `$TRUNK_STAGING_DIR/data` by Trunk's post-build hook, or into
//! the directory given as the first argument. The rows are checked by the same loader as the build.

#[allow(dead_code)]
#[path = "../../../src/core/csv.rs"]
mod csv;
#[allow(dead_code)]
#[path = "../../../src/core/model.rs"]
mod model;
#[allow(dead_code)]
#[path = "../../../src/core/numerals.rs"]
mod numerals;
#[allow(dead_code)]
#[path = "../../../src/core/rows.rs"]
mod rows;

mod json;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    match run() {
        Ok(out) => {
            println!("open data written to {}", out.display());
            ExitCode::SUCCESS
        }
        Err(messages) => {
            eprintln!("open-data: {} problem(s):", messages.len());
            for m in messages {
                eprintln!("  {m}");
            }
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<PathBuf, Vec<String>> {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let out = match std::env::args_os().nth(1) {
        Some(dir) => PathBuf::from(dir),
        None => match std::env::var_os("TRUNK_STAGING_DIR") {
            Some(stage) => PathBuf::from(stage).join("data"),
            None => return Err(vec!["give an output directory, or run as a Trunk post_build hook".into()]),
        },
    };
    let read = |file: &str| std::fs::read_to_string(repo.join(file)).map_err(|e| vec![format!("{file}: {e}")]);
    let (sources, figures, projects) =
        (read(rows::SOURCES_FILE)?, read(rows::FIGURES_FILE)?, read(rows::PROJECTS_FILE)?);
    let texts = rows::CsvTexts { sources: &sources, figures: &figures, projects: &projects };
    let tables = rows::load(&texts).map_err(|errors| errors.iter().map(|e| e.to_string()).collect::<Vec<_>>())?;

    std::fs::create_dir_all(&out).map_err(|e| vec![format!("{}: {e}", out.display())])?;
    let write = |name: &str, body: String| {
        std::fs::write(out.join(name), body).map_err(|e| vec![format!("{}: {e}", out.join(name).display())])
    };
    for (file, text) in
        [(rows::SOURCES_FILE, &sources), (rows::FIGURES_FILE, &figures), (rows::PROJECTS_FILE, &projects)]
    {
        let name = file.trim_start_matches("data/");
        write(name, format!("\u{feff}{}", text.trim_start_matches('\u{feff}')))?;
    }
    write("dataset.json", json::dataset(&tables))?;
    Ok(out)
}
