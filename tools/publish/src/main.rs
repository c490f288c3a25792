//! Finishes `dist/` after a Trunk build (post-build hook, in `$TRUNK_STAGING_DIR`, or in the
//! directory given as the first argument):
//! - open data in `data/`: the CSVs with a UTF-8 BOM (Excel reads the Chinese), `dataset.json`, and
//!   `index.html`, a plain page of all the data for readers without JavaScript;
//! - the wasm loader moved out of `index.html` into a file, so a CSP needs no 'unsafe-inline'.
//!
//! The rows are checked by the same loader as the build.

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

mod data_page;
mod json;
mod loader;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    match run() {
        Ok(out) => {
            println!("dist finished in {}", out.display());
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
    let dist = match std::env::args_os().nth(1).or_else(|| std::env::var_os("TRUNK_STAGING_DIR")) {
        Some(dir) => PathBuf::from(dir),
        None => return Err(vec!["give the dist directory, or run as a Trunk post_build hook".into()]),
    };
    let out = dist.join("data");
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
    write("index.html", data_page::page(&tables))?;
    externalize_loader(&dist)?;
    Ok(dist)
}

/// Moves Trunk's inline loader script out of `index.html` (see `loader`).
fn externalize_loader(dist: &Path) -> Result<(), Vec<String>> {
    let index = dist.join("index.html");
    let html = std::fs::read_to_string(&index).map_err(|e| vec![format!("{}: {e}", index.display())])?;
    if let Some((page, name, script)) = loader::externalize(&html) {
        let io = |e: std::io::Error| vec![format!("{}: {e}", dist.display())];
        std::fs::write(dist.join(name), script).map_err(io)?;
        std::fs::write(&index, page).map_err(io)?;
    }
    Ok(())
}
