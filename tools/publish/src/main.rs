//! Finishes `dist/` after a Trunk build (post-build hook, in `$TRUNK_STAGING_DIR`, or in the
//! directory given as the first argument):
//! - the wasm loader moved out of `index.html` into a file, so a CSP needs no 'unsafe-inline';
//! - the default view rendered into `index.html`, and one page per chart and language in
//!   `embed/`, each holding its chart, so they are on screen before any wasm arrives;
//! - open data in `data/`: the CSVs with a UTF-8 BOM (Excel reads the Chinese), `dataset.json`, and
//!   `index.html`, a plain page of all the data for readers without JavaScript.
//! - `sw.js`, the service worker that keeps every file of this deploy for offline use.
//!
//! The rows are checked by the same loader as the build.

use error::{read, write, PublishError};
use renewal_dataset::rows;

mod cite;
mod data_page;
mod documents;
mod error;
mod headers;
mod json;
mod loader;
mod minify;
mod offline;
mod pages;
mod row_pages;
mod static_page;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    match run() {
        Ok(out) => {
            println!("dist finished in {}", out.display());
            ExitCode::SUCCESS
        }
        Err(problem) => {
            eprintln!("publish: {problem}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<PathBuf, PublishError> {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let dist = match std::env::args_os().nth(1).or_else(|| std::env::var_os("TRUNK_STAGING_DIR")) {
        Some(dir) => PathBuf::from(dir),
        None => return Err(PublishError::NoDist),
    };
    let out = dist.join("data");
    let files = rows::CsvFiles::read(|file| read(&repo.join(rows::located(file))))?;
    // The build script has checked the tables, including what a benchmark's province skips.
    let tables = rows::load_with(&files.texts(), rows::Checks::for_build()).map_err(PublishError::Data)?;

    for (file, text) in files.entries() {
        let name = file.trim_start_matches("data/");
        write(&out.join(name), format!("\u{feff}{}", text.trim_start_matches('\u{feff}')))?;
    }
    let json_file = out.join("dataset.json");
    write(&json_file, json::dataset(&tables).map_err(PublishError::json(&json_file))?)?;
    let favicon = std::fs::read_dir(&dist).ok().and_then(|entries| {
        entries
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .find(|name| name.starts_with("favicon") && name.ends_with(".svg"))
    });
    write(&out.join("index.html"), data_page::page(&tables, favicon.as_deref()))?;
    write(&out.join("page.css"), data_page::STYLE)?;
    reading_pages(&repo, &dist, &tables, favicon.as_deref())?;
    language_texts(&dist)?;
    externalize_loader(&dist)?;
    inline_stylesheet(&dist)?;
    prerender(&dist)?;
    describe_in_manifest(&dist)?;
    // Last: it lists every file written above.
    let worker = offline::service_worker(&dist).map_err(PublishError::io(&dist))?;
    write(&dist.join(offline::WORKER_FILE), worker)?;
    Ok(dist)
}

/// The reading page of every document and the page of every figure and dated promise, in both
/// languages (see `documents`, `row_pages`).
fn reading_pages(repo: &Path, dist: &Path, tables: &rows::Tables, favicon: Option<&str>) -> Result<(), PublishError> {
    use renewal_dataset::model::Lang;
    use renewal_explorer::core::dataset::{data, VERSION};
    let held: Vec<(String, String)> = tables
        .sources
        .iter()
        .map(|s| Ok((s.id.clone(), read(&repo.join(rows::located(&rows::held_text_file(&s.id))))?)))
        .collect::<Result<_, PublishError>>()?;
    let held_text = |id: &str| held.iter().find(|(s, _)| s == id).map(|(_, t)| t.as_str());
    let origin_url = |id: &str| tables.sources.iter().find(|s| s.id == id).map_or("", |s| s.origin_url.as_str());
    let charts = row_pages::all_charts(data());
    let cx = row_pages::Context {
        charts: &charts,
        data: data(),
        held: &held_text,
        version: VERSION,
        favicon,
        origin_url: &origin_url,
    };
    for lang in [Lang::Zh, Lang::En] {
        for row in &tables.sources {
            let Some(source) = data().source(&row.id) else { continue };
            let text = held_text(&row.id).unwrap_or_default();
            let (html, css) = documents::page(data(), source, row, text, lang, VERSION, favicon);
            write(&dist.join(documents::document_page(source.id, lang)), html)?;
            write(&dist.join(documents::document_stylesheet(source.id)), css)?;
        }
        for f in data().figures {
            let Some(source) = data().source(f.source_id) else { continue };
            let page = row_pages::figure_page(&cx, f, source, lang);
            write(&dist.join(documents::row_page("figures", f.id, lang)), page)?;
        }
        for c in data().commitments {
            let Some(source) = data().source(c.source_id) else { continue };
            let page = row_pages::promise_page(&cx, c, source, lang);
            write(&dist.join(documents::row_page("promises", c.id, lang)), page)?;
        }
    }
    Ok(())
}

/// The dataset's packs of texts in each language and the English of its quotes, next to the wasm
/// under the names the app asks for (`dataset::PACK_FILES`, `QUOTES_EN_FILE`, named by their
/// contents: cached for good, like the wasm).
fn language_texts(dist: &Path) -> Result<(), PublishError> {
    use renewal_explorer::core::dataset::{BUNDLED_PACKS, BUNDLED_QUOTES_EN, PACK_FILES, QUOTES_EN_FILE};
    let packs = PACK_FILES.iter().flatten().zip(BUNDLED_PACKS.iter().flatten());
    for (name, text) in packs.chain([(&QUOTES_EN_FILE, &BUNDLED_QUOTES_EN)]) {
        write(&dist.join(name), text)?;
    }
    Ok(())
}

/// Moves Trunk's inline loader script out of `index.html` (see `loader`).
fn externalize_loader(dist: &Path) -> Result<(), PublishError> {
    let index = dist.join("index.html");
    if let Some((page, name, script)) = loader::externalize(&read(&index)?).map_err(PublishError::markup(&index))? {
        write(&dist.join(name), script)?;
        write(&index, page)?;
    }
    Ok(())
}

/// Puts the stylesheet, minified, into `index.html` (the template of every page) and writes `_headers`, whose
/// CSP allows exactly that stylesheet and the page's first script (see `headers`).
fn inline_stylesheet(dist: &Path) -> Result<(), PublishError> {
    let index = dist.join("index.html");
    let html = read(&index)?;
    let Some((_, file)) = headers::stylesheet_link(&html) else { return Ok(()) };
    let css_file = dist.join(file);
    let css = read(&css_file)?;
    let page = headers::inline_stylesheet(&html, &minify::css(&css)).map_err(PublishError::markup(&index))?;
    let headers = headers::headers(&page).map_err(PublishError::markup(&index))?;
    write(&index, page)?;
    // Nothing loads it any more: it would only cost a first visit its bytes.
    std::fs::remove_file(&css_file).map_err(PublishError::io(&css_file))?;
    write(&dist.join(headers::HEADERS_FILE), headers)
}

/// Writes the site's description, which names the data's cities, into the web app manifest.
fn describe_in_manifest(dist: &Path) -> Result<(), PublishError> {
    use renewal_explorer::core::dataset::data;
    let file = dist.join("manifest.webmanifest");
    let mut manifest: serde_json::Value = serde_json::from_str(&read(&file)?).map_err(PublishError::json(&file))?;
    let object = manifest.as_object_mut().ok_or_else(|| PublishError::markup(&file)("not a JSON object".into()))?;
    let description = renewal_explorer::core::i18n::site_description(data());
    object.insert("description".into(), description.into());
    let text = serde_json::to_string_pretty(&manifest).map_err(PublishError::json(&file))?;
    write(&file, text + "\n")
}

/// Renders every static page into Trunk's `index.html` (the template) and writes it.
fn prerender(dist: &Path) -> Result<(), PublishError> {
    use renewal_explorer::core::dataset::data;
    use renewal_explorer::core::page::static_pages;
    let index = dist.join("index.html");
    let template = read(&index)?;
    let cities = data().cities.iter().map(|c| c.id()).collect::<Vec<_>>().join(" ");
    for page in static_pages(data()) {
        let rendered = renewal_explorer::prerender::render(&page);
        let html =
            pages::fill(&template, &rendered, &cities).map_err(|e| PublishError::markup(&index)(e.to_string()))?;
        write(&dist.join(page.path()), html)?;
    }
    Ok(())
}
