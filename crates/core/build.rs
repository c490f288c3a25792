//! Checks `data/*.csv` (SPEC §1) and turns them into static Rust data bundled into the wasm.
//! The `csv` crate and serde read the tables (the dataset crate's `rows`); a bad row stops the build with
//! `file:line:column: [column] reason`, every bad row at once.

use renewal_dataset::{model, rows};
use rows::{CsvFiles, Tables};
use std::fmt::Write as _;
use std::path::Path;

/// Where the source documents sit when the repository is checked out beside `shared/`.
const SOURCES_DIR: &str = "../shared/sources";

fn main() {
    // The data's paths (`data/…`, `RENEWAL_DATA_DIR`, `../shared/sources`) are the repository's,
    // two folders above this crate; Cargo takes the paths to watch from this crate's folder, so
    // they are written whole.
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    std::env::set_current_dir(&root).unwrap_or_else(|e| fail(&[format!("{}: {e}", root.display())]));
    let watch = |path: &Path| println!("cargo:rerun-if-changed={}", root.join(path).display());
    // `data/`, or the folder `RENEWAL_DATA_DIR` names (a benchmark's generated province).
    println!("cargo:rerun-if-env-changed={}", rows::DATA_DIR_VAR);
    println!("cargo:rerun-if-env-changed={}", rows::FIXTURE_VAR);
    for file in [rows::CITIES_FILE, rows::SOURCES_FILE, rows::FIGURES_FILE, rows::PROJECTS_FILE, rows::COMMITMENTS_FILE]
    {
        watch(&rows::located(file));
    }
    watch(&rows::located(rows::TRANSLATIONS_FILE));
    watch(Path::new(SOURCES_DIR));
    watch(&rows::located(rows::HELD_DIR));
    println!("cargo:rerun-if-env-changed=SOURCE_DATE_EPOCH");
    let read = |file: &str| std::fs::read_to_string(rows::located(file));
    let files = CsvFiles::read(|file| read(file).map_err(|e| format!("{file}: cannot read: {e}")))
        .unwrap_or_else(|message| fail(&[message]));
    // A made-up province (`examples/province.rs`) is built without the one rule 18 cities
    // cannot meet, city colours told apart; the real data never is.
    let tables = rows::load_with(&files.texts(), rows::Checks::for_build())
        .unwrap_or_else(|errors| fail(&errors.iter().map(|e| e.to_string()).collect::<Vec<_>>()));
    // Every quote against the texts the repository holds, on every clone; the held texts
    // against the full documents where those are beside the checkout.
    let held = |id: &str| read(&rows::held_text_file(id)).ok();
    let mut misses = rows::quotes_not_in_held_texts(&tables, held);
    if Path::new(SOURCES_DIR).is_dir() {
        let document = |file: &str| std::fs::read_to_string(Path::new(SOURCES_DIR).join(file)).ok();
        misses.extend(rows::held_texts_not_in_documents(&tables, held, document));
    }
    if !misses.is_empty() {
        fail(&misses.iter().map(|e| e.to_string()).collect::<Vec<_>>());
    }
    let translations_text = read(rows::TRANSLATIONS_FILE)
        .unwrap_or_else(|e| fail(&[format!("{}: cannot read: {e}", rows::TRANSLATIONS_FILE)]));
    let ids: Vec<&str> = (tables.figures.iter().map(|r| r.id.as_str()))
        .chain(tables.projects.iter().map(|r| r.id.as_str()))
        .chain(tables.commitments.iter().map(|r| r.id.as_str()))
        .collect();
    let translations = rows::read_translations(&translations_text, &ids).unwrap_or_else(|errors| fail(&errors));
    let dir = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let out = dir.join("dataset.rs");
    let mut generated = generate(&tables, &dir);
    let quotes_en = texts(&mut generated, "QUOTE_EN", &translations.iter().map(String::as_str).collect::<Vec<_>>());
    let _ = writeln!(generated, "pub const QUOTES_EN_FILE: &str = {:?};", hashed_name("quotes-en", &quotes_en));
    let file = dir.join("quotes-en.txt");
    std::fs::write(&file, &quotes_en).unwrap_or_else(|e| fail(&[format!("{}: {e}", file.display())]));
    let held_texts: Vec<String> = tables.sources.iter().filter_map(|s| held(&s.id)).collect();
    let contents = (files.entries().into_iter().map(|(_, text)| text))
        .chain(held_texts.iter().map(String::as_str))
        .chain([translations_text.as_str()]);
    let _ = writeln!(generated, "pub const VERSION: &str = {:?};", version(contents));
    std::fs::write(&out, generated).unwrap_or_else(|e| fail(&[format!("{}: {e}", out.display())]));
}

/// The dataset's version: the day it was built (`SOURCE_DATE_EPOCH` where a reproducible build
/// sets it) and a short hash of its contents (FNV-1a over every table and held text), so two
/// builds of the same data on one day carry one version and any change of data another.
fn version<'a>(contents: impl Iterator<Item = &'a str>) -> String {
    let hash = fnv(contents);
    let seconds = std::env::var("SOURCE_DATE_EPOCH").ok().and_then(|s| s.parse::<u64>().ok()).unwrap_or_else(|| {
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs())
    });
    let (y, m, d) = civil_date(seconds / 86_400);
    format!("{y:04}-{m:02}-{d:02}+{hash:08x}")
}

/// FNV-1a over texts, each ended by a zero byte.
fn fnv<'a>(contents: impl Iterator<Item = &'a str>) -> u32 {
    let mut hash: u32 = 0x811c_9dc5;
    for text in contents {
        for byte in text.bytes().chain([0]) {
            hash = (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193);
        }
    }
    hash
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

/// Texts in one string, in the order `core::dataset` reads them back, with each text's length in
/// bytes so they can be cut apart again without any parsing.
fn texts(out: &mut String, name: &str, texts: &[&str]) -> String {
    if let Some(t) = texts.iter().find(|t| t.len() > usize::from(u16::MAX)) {
        fail(&[format!("a text of {} bytes is longer than the bundle format allows: {t}", t.len())]);
    }
    let lengths: Vec<String> = texts.iter().map(|t| t.len().to_string()).collect();
    let _ = writeln!(out, "static {name}_LEN: [u16; {}] = [{}];", texts.len(), lengths.join(","));
    texts.concat()
}

/// The texts every language needs, in the order `core::dataset::assemble` reads them:
/// identifiers, numbers as written, units, dates, the quotes and the sources' titles. The quotes
/// follow their rows, each document's together, within gzip's 32 KB window.
fn shared_text_order(t: &Tables) -> Vec<&str> {
    let (f, p, s, c) = (&t.figures, &t.projects, &t.sources, &t.commitments);
    let mut order: Vec<&str> = Vec::new();
    for r in s {
        order.extend([r.id.as_str(), &r.published, &r.title_zh, &r.publisher_zh, &r.title_en, &r.publisher_en]);
    }
    for r in f {
        order.extend([
            r.id.as_str(),
            &r.metric_key,
            &r.value,
            &r.baseline_value,
            &r.project_id,
            &r.unit_zh,
            &r.unit_en,
        ]);
    }
    order.extend(p.iter().map(|r| r.id.as_str()));
    for r in c {
        order.extend([r.id.as_str(), &r.deadline, &r.project_id]);
    }
    for source in s {
        order.extend(f.iter().filter(|r| r.source_id == source.id).map(|r| r.quote.as_str()));
        order.extend(p.iter().filter(|r| r.source_id == source.id).map(|r| r.quote.as_str()));
        order.extend(c.iter().filter(|r| r.source_id == source.id).map(|r| r.quote.as_str()));
    }
    order
}

/// The texts of one language (labels, names, summaries, notes), each document's rows together,
/// in the order `core::dataset::assemble` reads them. The app fetches only its reader's language.
fn language_text_order(t: &Tables, lang: model::Lang) -> Vec<&str> {
    let (f, p, s, c) = (&t.figures, &t.projects, &t.sources, &t.commitments);
    fn pick<'t>(lang: model::Lang, zh_text: &'t str, en_text: &'t str) -> &'t str {
        if lang == model::Lang::Zh {
            zh_text
        } else {
            en_text
        }
    }
    let mut order: Vec<&str> = Vec::new();
    for source in s {
        for r in f.iter().filter(|r| r.source_id == source.id) {
            order.extend([pick(lang, &r.metric_zh, &r.metric_en), pick(lang, &r.note_zh, &r.note_en)]);
        }
        for r in p.iter().filter(|r| r.source_id == source.id) {
            order.extend([
                pick(lang, &r.name_zh, &r.name_en),
                pick(lang, &r.summary_zh, &r.summary_en),
                pick(lang, &r.note_zh, &r.note_en),
            ]);
        }
        for r in c.iter().filter(|r| r.source_id == source.id) {
            order.push(pick(lang, &r.text_zh, &r.text_en));
        }
    }
    order
}

/// `<stem>-<hash of the contents>.txt`: the name a file of texts is published under.
fn hashed_name(stem: &str, text: &str) -> String {
    let hash = text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3));
    format!("{stem}-{hash:016x}.txt")
}

/// Writes a language's texts beside the generated code (`text-zh.txt`, `text-en.txt`): the
/// native build includes them, the build of `dist/` publishes them as `TEXT_FILES` for the app
/// to fetch. Their names carry a hash of their contents, so a wasm never reads another build's.
fn language_texts(out: &mut String, dir: &Path, t: &Tables) {
    let mut names = Vec::new();
    for (lang, name) in [(model::Lang::Zh, "ZH"), (model::Lang::En, "EN")] {
        let text = texts(out, name, &language_text_order(t, lang));
        let file = dir.join(format!("text-{}.txt", lang.id()));
        std::fs::write(&file, &text).unwrap_or_else(|e| fail(&[format!("{}: {e}", file.display())]));
        names.push(hashed_name(&format!("text-{}", lang.id()), &text));
    }
    let _ = writeln!(out, "pub const TEXT_FILES: [&str; 2] = {names:?};");
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

fn generate(t: &Tables, dir: &Path) -> String {
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
    let shared = texts(&mut out, "TEXT", &shared_text_order(t));
    let _ = writeln!(out, "const TEXT: &str = {shared:?};");
    language_texts(&mut out, dir, t);
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
    let year = |y: Option<u16>| model::year_byte(y).to_string();
    value_column(&mut out, "F_YEAR", "u8", f.iter().map(|r| year(r.year)).collect());
    value_column(&mut out, "F_BASELINE_YEAR", "u8", f.iter().map(|r| year(r.baseline_year)).collect());
    value_column(&mut out, "F_APPROX", "Option<Approx>", f.iter().map(|r| opt("Approx::", r.approx)).collect());
    value_column(&mut out, "F_SCOPE", "Scope", f.iter().map(|r| format!("Scope::{:?}", r.scope)).collect());
    value_column(&mut out, "F_PERIOD_FROM", "u8", f.iter().map(|r| year(r.period_from)).collect());

    value_column(&mut out, "P_SOURCE", "u8", p.iter().map(|r| source_index(&r.source_id).to_string()).collect());
    value_column(&mut out, "P_CITY", "u8", p.iter().map(|r| city_index(&r.city).to_string()).collect());
    value_column(&mut out, "P_CATEGORY", "Category", p.iter().map(|r| format!("Category::{:?}", r.category)).collect());
    value_column(&mut out, "P_STATUS", "Status", p.iter().map(|r| format!("Status::{:?}", r.status)).collect());

    value_column(&mut out, "C_SOURCE", "u8", c.iter().map(|r| source_index(&r.source_id).to_string()).collect());
    value_column(&mut out, "C_CITY", "u8", c.iter().map(|r| city_index(&r.city).to_string()).collect());
    value_column(&mut out, "C_CATEGORY", "Category", c.iter().map(|r| format!("Category::{:?}", r.category)).collect());
    out
}
