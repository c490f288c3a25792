//! Checks `data/*.csv` (SPEC §1) and turns them into static Rust data bundled into the wasm.
//! The `csv` crate and serde read the tables (the dataset crate's `rows`); a bad row stops the build with
//! `file:line:column: [column] reason`, every bad row at once.

use renewal_dataset::{headlines, model, rows};
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

/// The texts the wasm carries itself, in the order `core::dataset::assemble` reads them: the
/// sources, and each row's identity and links (identifier, metric key, project), which every
/// view needs to find rows, count them and choose what to fetch. The rest of a row's texts come
/// in the files of texts (`pack_text_order`).
fn skeleton_text_order(t: &Tables) -> Vec<&str> {
    let (f, p, s, c) = (&t.figures, &t.projects, &t.sources, &t.commitments);
    let mut order: Vec<&str> = Vec::new();
    for r in s {
        order.extend([r.id.as_str(), &r.published, &r.title_zh, &r.publisher_zh, &r.title_en, &r.publisher_en]);
    }
    for r in f {
        order.extend([r.id.as_str(), &r.metric_key, &r.project_id]);
    }
    order.extend(p.iter().map(|r| r.id.as_str()));
    for r in c {
        order.extend([r.id.as_str(), &r.project_id]);
    }
    order
}

/// A file of texts: the rows (positions in their tables) whose texts it carries.
struct Pack {
    name: String,
    figures: Vec<usize>,
    projects: Vec<usize>,
    commitments: Vec<usize>,
}

/// One pack a city (its rows), in the cities' display order, then the landing's (the headline
/// figures of every city, `headlines::headline_positions`): an address fetches what it shows.
fn packs(t: &Tables) -> Vec<Pack> {
    // Positions of the rows whose city is `city`, from each row's city.
    fn of_city<'a>(city: &str, cities: impl Iterator<Item = &'a String>) -> Vec<usize> {
        cities.enumerate().filter(|(_, c)| *c == city).map(|(i, _)| i).collect()
    }
    let mut packs: Vec<Pack> = t
        .cities
        .iter()
        .map(|city| Pack {
            name: city.id.clone(),
            figures: of_city(&city.id, t.figures.iter().map(|r| &r.city)),
            projects: of_city(&city.id, t.projects.iter().map(|r| &r.city)),
            commitments: of_city(&city.id, t.commitments.iter().map(|r| &r.city)),
        })
        .collect();
    let mut landing: Vec<usize> = Vec::new();
    for pack in &packs {
        let candidates: Vec<headlines::Candidate> = (pack.figures.iter().map(|&i| &t.figures[i]))
            .map(|r| headlines::Candidate { metric_key: model::non_empty(&r.metric_key), kind: r.kind, year: r.year })
            .collect();
        let picked = headlines::headline_positions(&candidates, headlines::HEADLINES_PER_CITY);
        landing.extend(picked.into_iter().map(|i| pack.figures[i]));
    }
    landing.sort_unstable();
    packs.push(Pack { name: LANDING_PACK.to_string(), figures: landing, projects: vec![], commitments: vec![] });
    packs
}

/// The landing's pack, after the cities'.
const LANDING_PACK: &str = "landing";

/// Ends each text of a pack: a character no text of the tables holds (the build checks).
const END: char = '\u{1f}';

/// A pack's texts in one language, in the order `core::dataset::assemble` reads them: a column
/// at a time (numbers as written, units, labels, notes, then the quotes), each text ended by
/// `END`, so similar texts sit together for gzip.
fn pack_text_order<'t>(t: &'t Tables, pack: &Pack, lang: model::Lang) -> Vec<&'t str> {
    let pick = |zh_text: &'t str, en_text: &'t str| if lang == model::Lang::Zh { zh_text } else { en_text };
    let f: Vec<_> = pack.figures.iter().map(|&i| &t.figures[i]).collect();
    let p: Vec<_> = pack.projects.iter().map(|&i| &t.projects[i]).collect();
    let c: Vec<_> = pack.commitments.iter().map(|&i| &t.commitments[i]).collect();
    let mut order: Vec<&str> = Vec::new();
    order.extend(f.iter().map(|r| r.value.as_str()));
    order.extend(f.iter().map(|r| r.baseline_value.as_str()));
    order.extend(f.iter().map(|r| r.unit_zh.as_str()));
    order.extend(f.iter().map(|r| r.unit_en.as_str()));
    order.extend(f.iter().map(|r| pick(&r.metric_zh, &r.metric_en)));
    order.extend(f.iter().map(|r| pick(&r.note_zh, &r.note_en)));
    order.extend(p.iter().map(|r| pick(&r.name_zh, &r.name_en)));
    order.extend(p.iter().map(|r| pick(&r.summary_zh, &r.summary_en)));
    order.extend(p.iter().map(|r| pick(&r.note_zh, &r.note_en)));
    order.extend(c.iter().map(|r| r.deadline.as_str()));
    order.extend(c.iter().map(|r| pick(&r.text_zh, &r.text_en)));
    order.extend(f.iter().map(|r| r.quote.as_str()));
    order.extend(p.iter().map(|r| r.quote.as_str()));
    order.extend(c.iter().map(|r| r.quote.as_str()));
    order
}

/// `<stem>-<hash of the contents>.txt`: the name a file of texts is published under.
fn hashed_name(stem: &str, text: &str) -> String {
    let hash = text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3));
    format!("{stem}-{hash:016x}.txt")
}

/// Writes each pack's texts in each language beside the generated code (`pack-<n>-<lang>.txt`):
/// the native build includes them (`BUNDLED_PACKS`), the build of `dist/` publishes them as
/// `PACK_FILES` for the app to fetch (`rows-<pack>-<lang>-<hash>.txt`: a wasm never reads another
/// build's). The wasm keeps the landing's rows (`LANDING_FIGURES`); a city's it finds by city.
fn pack_texts(out: &mut String, dir: &Path, t: &Tables) {
    let packs = packs(t);
    let mut names = Vec::new();
    let mut bundled = Vec::new();
    for (n, pack) in packs.iter().enumerate() {
        let mut pair = Vec::new();
        for lang in model::Lang::ALL {
            let order = pack_text_order(t, pack, *lang);
            if let Some(text) = order.iter().find(|text| text.contains(END)) {
                fail(&[format!("a text holds the character U+001F, which ends the texts of a file: {text}")]);
            }
            let text: String = order.iter().flat_map(|text| [*text, "\u{1f}"]).collect();
            let file = format!("pack-{n}-{}.txt", lang.id());
            std::fs::write(dir.join(&file), &text).unwrap_or_else(|e| fail(&[format!("{file}: {e}")]));
            pair.push(hashed_name(&format!("rows-{}-{}", pack.name, lang.id()), &text));
            bundled.push(format!("include_str!(concat!(env!(\"OUT_DIR\"), \"/{file}\"))"));
        }
        names.push(format!("{pair:?}"));
    }
    let _ = writeln!(out, "pub const PACK_COUNT: usize = {};", packs.len());
    let _ = writeln!(out, "pub const PACK_FILES: [[&str; 2]; PACK_COUNT] = [{}];", names.join(", "));
    let pack_names: Vec<&str> = packs.iter().map(|p| p.name.as_str()).collect();
    let _ = writeln!(out, "pub const PACK_NAMES: [&str; PACK_COUNT] = {pack_names:?};");
    let pairs: Vec<String> = bundled.chunks(2).map(|pair| format!("[{}]", pair.join(", "))).collect();
    let _ = writeln!(out, "pub const BUNDLED_PACKS: [[&str; 2]; PACK_COUNT] = [{}];", pairs.join(", "));
    let landing = packs.last().map(|p| p.figures.clone()).unwrap_or_default();
    value_column(out, "LANDING_FIGURES", "u16", landing.iter().map(usize::to_string).collect());
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
    let skeleton = texts(&mut out, "TEXT", &skeleton_text_order(t));
    let _ = writeln!(out, "const TEXT: &str = {skeleton:?};");
    pack_texts(&mut out, dir, t);
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
