//! Checks `data/*.csv` (SPEC §1) and turns them into static Rust data bundled into the wasm.
//! The `csv` crate and serde read the tables (`src/core/rows/`); a bad row stops the build with
//! `file:line:column: [column] reason`, every bad row at once.

#[allow(dead_code)]
#[path = "src/core/model.rs"]
mod model;
#[allow(dead_code)]
#[path = "src/core/numerals.rs"]
mod numerals;
#[allow(dead_code)]
#[path = "src/core/palette.rs"]
mod palette;
#[allow(dead_code, unused_imports)]
#[path = "src/core/rows/mod.rs"]
mod rows;

use rows::{CsvFiles, FigureRow, Tables};
use std::fmt::Write as _;
use std::path::Path;

/// Where the source documents sit when the repository is checked out beside `shared/`.
const SOURCES_DIR: &str = "../shared/sources";

fn main() {
    for file in [rows::CITIES_FILE, rows::SOURCES_FILE, rows::FIGURES_FILE, rows::PROJECTS_FILE, rows::COMMITMENTS_FILE]
    {
        println!("cargo:rerun-if-changed={file}");
    }
    println!("cargo:rerun-if-changed={SOURCES_DIR}");
    println!("cargo:rerun-if-changed={}", rows::HELD_DIR);
    println!("cargo:rerun-if-env-changed=SOURCE_DATE_EPOCH");
    let files = CsvFiles::read(|file| std::fs::read_to_string(file).map_err(|e| format!("{file}: cannot read: {e}")))
        .unwrap_or_else(|message| fail(&[message]));
    let tables = rows::load(&files.texts())
        .unwrap_or_else(|errors| fail(&errors.iter().map(|e| e.to_string()).collect::<Vec<_>>()));
    // Every quote against the texts the repository holds, on every clone; the held texts
    // against the full documents where those are beside the checkout.
    let held = |id: &str| std::fs::read_to_string(rows::held_text_file(id)).ok();
    let mut misses = rows::quotes_not_in_held_texts(&tables, held);
    if Path::new(SOURCES_DIR).is_dir() {
        let document = |file: &str| std::fs::read_to_string(Path::new(SOURCES_DIR).join(file)).ok();
        misses.extend(rows::held_texts_not_in_documents(&tables, held, document));
    }
    if !misses.is_empty() {
        fail(&misses.iter().map(|e| e.to_string()).collect::<Vec<_>>());
    }
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("dataset.rs");
    let mut generated = generate(&tables);
    let held_texts: Vec<String> = tables.sources.iter().filter_map(|s| held(&s.id)).collect();
    let contents = files.entries().into_iter().map(|(_, text)| text).chain(held_texts.iter().map(String::as_str));
    let _ = writeln!(generated, "pub const VERSION: &str = {:?};", version(contents));
    std::fs::write(&out, generated).unwrap_or_else(|e| fail(&[format!("{}: {e}", out.display())]));
}

/// The dataset's version: the day it was built (`SOURCE_DATE_EPOCH` where a reproducible build
/// sets it) and a short hash of its contents (FNV-1a over every table and held text), so two
/// builds of the same data on one day carry one version and any change of data another.
fn version<'a>(contents: impl Iterator<Item = &'a str>) -> String {
    let mut hash: u32 = 0x811c_9dc5;
    for text in contents {
        for byte in text.bytes().chain([0]) {
            hash = (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193);
        }
    }
    let seconds = std::env::var("SOURCE_DATE_EPOCH").ok().and_then(|s| s.parse::<u64>().ok()).unwrap_or_else(|| {
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs())
    });
    let (y, m, d) = civil_date(seconds / 86_400);
    format!("{y:04}-{m:02}-{d:02}+{hash:08x}")
}

/// The calendar date of a day counted from 1970-01-01 (Howard Hinnant's `civil_from_days`).
fn civil_date(days: u64) -> (u64, u64, u64) {
    let z = days + 719_468;
    let era = z / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + u64::from(m <= 2), m, d)
}

fn fail(messages: &[String]) -> ! {
    eprintln!("\nThe dataset has {} problem(s):", messages.len());
    for m in messages {
        eprintln!("  {m}");
    }
    eprintln!();
    std::process::exit(1);
}

/// All texts of the dataset in one string, in the order `core::dataset` reads them back, with
/// each text's length in bytes so they can be cut apart again without any parsing.
fn texts(out: &mut String, texts: &[&str]) {
    if let Some(t) = texts.iter().find(|t| t.len() > usize::from(u16::MAX)) {
        fail(&[format!("a text of {} bytes is longer than the bundle format allows: {t}", t.len())]);
    }
    let lengths: Vec<String> = texts.iter().map(|t| t.len().to_string()).collect();
    let _ = writeln!(out, "const TEXT: &str = {:?};", texts.concat());
    let _ = writeln!(out, "static TEXT_LEN: [u16; {}] = [{}];", texts.len(), lengths.join(","));
}

/// The order of the bundled texts (`core::dataset::assemble` reads them in the same order):
/// identifiers first, then the Chinese texts, then the English ones, each source's figures and
/// projects row by row. That keeps a project's summary next to the quote it paraphrases, and
/// texts from one document together, within gzip's 32 KB window: the dataset text compresses to
/// 49.4 KB instead of 63.7 KB one column after another.
fn text_order(t: &Tables) -> Vec<&str> {
    let (f, p, s, c) = (&t.figures, &t.projects, &t.sources, &t.commitments);
    let mut order: Vec<&str> = Vec::new();
    for r in s {
        order.extend([r.id.as_str(), &r.published, &r.file]);
    }
    for r in f {
        order.extend([r.id.as_str(), &r.metric_key, &r.value, &r.baseline_value, &r.project_id]);
    }
    order.extend(p.iter().map(|r| r.id.as_str()));
    for r in c {
        order.extend([r.id.as_str(), &r.deadline, &r.project_id]);
    }
    for r in s {
        order.extend([r.title_zh.as_str(), &r.publisher_zh]);
    }
    for source in s {
        for r in f.iter().filter(|r| r.source_id == source.id) {
            order.extend([r.metric_zh.as_str(), &r.unit_zh, &r.quote, &r.note_zh]);
        }
        for r in p.iter().filter(|r| r.source_id == source.id) {
            order.extend([r.name_zh.as_str(), &r.quote, &r.summary_zh, &r.note_zh]);
        }
        for r in c.iter().filter(|r| r.source_id == source.id) {
            order.extend([r.text_zh.as_str(), &r.quote]);
        }
    }
    for r in s {
        order.extend([r.title_en.as_str(), &r.publisher_en]);
    }
    for source in s {
        for r in f.iter().filter(|r| r.source_id == source.id) {
            order.extend([r.metric_en.as_str(), &r.unit_en, &r.note_en]);
        }
        for r in p.iter().filter(|r| r.source_id == source.id) {
            order.extend([r.name_en.as_str(), &r.summary_en, &r.note_en]);
        }
        for r in c.iter().filter(|r| r.source_id == source.id) {
            order.extend([r.text_en.as_str()]);
        }
    }
    order
}

/// The cities table, small enough to be written out whole, in display order (`load` sorts it).
fn cities(out: &mut String, t: &Tables) {
    let rows: Vec<String> = t
        .cities
        .iter()
        .map(|c| {
            format!(
                "City(&CityInfo {{ id: {:?}, order: {}, name_zh: {:?}, name_en: {:?}, blurb_zh: {:?}, blurb_en: {:?}, colour: {:?} }})",
                c.id, c.order, c.name_zh, c.name_en, c.blurb_zh, c.blurb_en, c.colour
            )
        })
        .collect();
    let _ = writeln!(out, "static CITIES: [City; {}] = [{}];", rows.len(), rows.join(",\n"));
    let names = |lang| {
        let names: Vec<&str> = t
            .cities
            .iter()
            .map(|c| if lang == model::Lang::Zh { c.name_zh.as_str() } else { c.name_en.as_str() })
            .collect();
        model::name_list(&names, lang)
    };
    let _ =
        writeln!(out, "const CITY_NAMES: (&str, &str) = ({:?}, {:?});", names(model::Lang::Zh), names(model::Lang::En));
}

/// A column of values written as Rust expressions.
fn value_column(out: &mut String, name: &str, ty: &str, values: Vec<String>) {
    let _ = writeln!(out, "static {name}: [{ty}; {}] = [{}];", values.len(), values.join(","));
}

fn opt<T: std::fmt::Debug>(prefix: &str, v: Option<T>) -> String {
    v.map_or("None".into(), |v| format!("Some({prefix}{v:?})"))
}

fn generate(t: &Tables) -> String {
    let mut out = String::from("// Generated by build.rs from data/*.csv. Do not edit.\n");
    let (f, p, s, c) = (&t.figures, &t.projects, &t.sources, &t.commitments);
    let _ = writeln!(
        out,
        "const FIGURE_COUNT: usize = {};\nconst PROJECT_COUNT: usize = {};\nconst SOURCE_COUNT: usize = {};\nconst COMMITMENT_COUNT: usize = {};",
        f.len(),
        p.len(),
        s.len(),
        c.len()
    );
    texts(&mut out, &text_order(t));
    cities(&mut out, t);

    let city_index =
        |id: &str| t.cities.iter().position(|x| x.id == id).unwrap_or_else(|| fail(&[format!("unknown city {id}")]));
    value_column(&mut out, "S_CITY", "u8", s.iter().map(|r| city_index(&r.city).to_string()).collect());
    value_column(&mut out, "S_KIND", "SourceKind", s.iter().map(|r| format!("SourceKind::{:?}", r.kind)).collect());

    let source_index =
        |id: &str| s.iter().position(|x| x.id == id).unwrap_or_else(|| fail(&[format!("unknown source {id}")]));
    value_column(&mut out, "F_SOURCE", "u8", f.iter().map(|r| source_index(&r.source_id).to_string()).collect());
    value_column(&mut out, "F_CITY", "u8", f.iter().map(|r| city_index(&r.city).to_string()).collect());
    value_column(&mut out, "F_CATEGORY", "Category", f.iter().map(|r| format!("Category::{:?}", r.category)).collect());
    value_column(&mut out, "F_KIND", "FigureKind", f.iter().map(|r| format!("FigureKind::{:?}", r.kind)).collect());
    value_column(&mut out, "F_VALUE", "f64", f.iter().map(|r| format!("{}_f64", r.value)).collect());
    let baseline = |r: &FigureRow| {
        if r.baseline_value.is_empty() {
            "None".into()
        } else {
            format!("Some({}_f64)", r.baseline_value)
        }
    };
    value_column(&mut out, "F_BASELINE", "Option<f64>", f.iter().map(baseline).collect());
    value_column(&mut out, "F_YEAR", "Option<u16>", f.iter().map(|r| opt("", r.year)).collect());
    value_column(&mut out, "F_BASELINE_YEAR", "Option<u16>", f.iter().map(|r| opt("", r.baseline_year)).collect());
    value_column(&mut out, "F_APPROX", "Option<Approx>", f.iter().map(|r| opt("Approx::", r.approx)).collect());
    value_column(&mut out, "F_SCOPE", "Scope", f.iter().map(|r| format!("Scope::{:?}", r.scope)).collect());
    value_column(&mut out, "F_PERIOD_FROM", "Option<u16>", f.iter().map(|r| opt("", r.period_from)).collect());

    value_column(&mut out, "P_SOURCE", "u8", p.iter().map(|r| source_index(&r.source_id).to_string()).collect());
    value_column(&mut out, "P_CITY", "u8", p.iter().map(|r| city_index(&r.city).to_string()).collect());
    value_column(&mut out, "P_CATEGORY", "Category", p.iter().map(|r| format!("Category::{:?}", r.category)).collect());
    value_column(&mut out, "P_STATUS", "Status", p.iter().map(|r| format!("Status::{:?}", r.status)).collect());

    value_column(&mut out, "C_SOURCE", "u8", c.iter().map(|r| source_index(&r.source_id).to_string()).collect());
    value_column(&mut out, "C_CITY", "u8", c.iter().map(|r| city_index(&r.city).to_string()).collect());
    value_column(&mut out, "C_CATEGORY", "Category", c.iter().map(|r| format!("Category::{:?}", r.category)).collect());
    out
}
