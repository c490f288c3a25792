//! The shipped dataset against every SPEC §1 invariant, and each quote against its source text.
#![cfg(not(target_arch = "wasm32"))]

use renewal_explorer::core::dataset::{self, data};
use renewal_explorer::core::loaded::{self, UnknownCity};
use renewal_explorer::core::model::{FigureKind, Held, Scope};
use renewal_explorer::core::numerals::quote_states_value;
use renewal_explorer::core::rows::{self, CsvFiles, Tables};
use std::collections::HashSet;
use std::path::{Path, PathBuf};

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn load_csvs() -> Tables {
    let files = CsvFiles::read(|f| std::fs::read_to_string(repo().join(f)).map_err(|e| format!("{f}: {e}")));
    rows::load(&files.unwrap_or_else(|e| panic!("{e}")).texts())
        .unwrap_or_else(|errors| panic!("{}", errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n")))
}

#[test]
fn the_files_read_are_the_five_tables_each_under_its_own_path() {
    let mut asked = Vec::new();
    let files = CsvFiles::read(|path| {
        asked.push(path.to_string());
        Ok::<_, std::convert::Infallible>(format!("text of {path}"))
    });
    let Ok(files) = files;
    let paths =
        [rows::CITIES_FILE, rows::SOURCES_FILE, rows::FIGURES_FILE, rows::PROJECTS_FILE, rows::COMMITMENTS_FILE];
    assert_eq!(asked, paths);
    let entries = files.entries();
    assert_eq!(entries.map(|(path, _)| path), paths);
    for (path, text) in entries {
        assert_eq!(text, format!("text of {path}"));
    }
    let t = files.texts();
    let texts = [t.cities, t.sources, t.figures, t.projects, t.commitments];
    assert_eq!(texts, paths.map(|path| format!("text of {path}")));
    let refused =
        CsvFiles::read(|path| if path == rows::FIGURES_FILE { Err(path.to_string()) } else { Ok(String::new()) });
    assert_eq!(refused.err().as_deref(), Some(rows::FIGURES_FILE), "the first file that cannot be read is named");
}

#[test]
fn csv_files_pass_the_loader_and_match_the_bundled_data() {
    let t = load_csvs();
    assert_eq!(t.cities.len(), data().cities.len());
    for (row, city) in t.cities.iter().zip(data().cities) {
        let c = city.0;
        assert_eq!(
            [&row.id, &row.name_zh, &row.name_en, &row.blurb_zh, &row.blurb_en].map(String::as_str),
            [c.id, c.name_zh, c.name_en, c.blurb_zh, c.blurb_en]
        );
        assert_eq!((row.order, row.colour), (c.order, c.colour), "{}", c.id);
    }
    assert!(data().cities.windows(2).all(|w| w[0].0.order < w[1].0.order), "cities in display order");
    assert_eq!(t.sources.len(), data().sources.len());
    assert_eq!(t.figures.len(), data().figures.len());
    assert_eq!(t.projects.len(), data().projects.len());
    assert_eq!(t.commitments.len(), data().commitments.len());
    let some = |text: &str| (!text.is_empty()).then(|| text.to_string());
    for (row, s) in t.sources.iter().zip(data().sources) {
        let texts = [&row.id, &row.title_zh, &row.title_en, &row.publisher_zh, &row.publisher_en, &row.published];
        assert_eq!(
            texts.map(String::as_str),
            [s.id, s.title_zh, s.title_en, s.publisher_zh, s.publisher_en, s.published]
        );
        assert_eq!((row.city.as_str(), row.kind), (s.city.id(), s.kind), "{}", s.id);
    }
    for (row, f) in t.figures.iter().zip(data().figures) {
        let texts = [
            &row.id,
            &row.metric_zh,
            &row.metric_en,
            &row.value,
            &row.unit_zh,
            &row.unit_en,
            &row.source_id,
            &row.quote,
            &row.note_zh,
            &row.note_en,
        ];
        assert_eq!(
            texts.map(String::as_str),
            [
                f.id,
                f.metric_zh,
                f.metric_en,
                f.value_text,
                f.unit_zh,
                f.unit_en,
                f.source_id,
                f.quote,
                f.note_zh,
                f.note_en
            ]
        );
        assert_eq!((row.scope, row.period_from), (f.scope, f.period_from), "{}", f.id);
        let optional = [some(&row.metric_key), some(&row.baseline_value), some(&row.project_id)];
        assert_eq!(optional, [f.metric_key, f.baseline_text, f.project_id].map(|t| t.map(str::to_string)), "{}", f.id);
        assert_eq!((row.city.as_str(), row.category, row.kind), (f.city.id(), f.category, f.kind), "{}", f.id);
        assert_eq!((row.year, row.approx, row.baseline_year), (f.year, f.approx, f.baseline_year), "{}", f.id);
        assert_eq!(row.value.parse::<f64>().ok(), Some(f.value), "{}", f.id);
        assert_eq!(row.baseline_value.parse::<f64>().ok(), f.baseline_value, "{}", f.id);
    }
    for (row, p) in t.projects.iter().zip(data().projects) {
        let texts = [
            &row.id,
            &row.name_zh,
            &row.name_en,
            &row.summary_zh,
            &row.summary_en,
            &row.source_id,
            &row.quote,
            &row.note_zh,
            &row.note_en,
        ];
        assert_eq!(
            texts.map(String::as_str),
            [p.id, p.name_zh, p.name_en, p.summary_zh, p.summary_en, p.source_id, p.quote, p.note_zh, p.note_en]
        );
        assert_eq!((row.city.as_str(), row.category, row.status), (p.city.id(), p.category, p.status), "{}", p.id);
    }
    for (row, c) in t.commitments.iter().zip(data().commitments) {
        let texts = [&row.id, &row.text_zh, &row.text_en, &row.deadline, &row.source_id, &row.quote];
        assert_eq!(texts.map(String::as_str), [c.id, c.text_zh, c.text_en, c.deadline, c.source_id, c.quote]);
        assert_eq!(some(&row.project_id), c.project_id.map(str::to_string), "{}", c.id);
        assert_eq!((row.city.as_str(), row.category), (c.city.id(), c.category), "{}", c.id);
    }
}

/// The bundle that build.rs writes and `dataset::assemble` reads back is exactly what the loader
/// reads, row for row and field for field (the same function builds the fifth-city fixture).
#[test]
fn the_bundled_dataset_is_the_loaded_one() {
    // Each dataset has its own cities table and cities are equal only within one: compared by
    // what they print (every field of every row; a city prints its id).
    let loaded = loaded::dataset(&load_csvs()).expect("every row names a listed city");
    let cities = |d: &renewal_explorer::core::dataset::Dataset| d.cities.iter().map(|c| c.0).collect::<Vec<_>>();
    assert_eq!(cities(&loaded), cities(data()));
    assert_eq!(format!("{:?}", loaded.sources), format!("{:?}", data().sources));
    assert_eq!(format!("{:?}", loaded.figures), format!("{:?}", data().figures));
    assert_eq!(format!("{:?}", loaded.projects), format!("{:?}", data().projects));
    assert_eq!(format!("{:?}", loaded.commitments), format!("{:?}", data().commitments));
}

/// Tables changed after loading can name a city that is not listed: the row is named, not
/// given to another city.
#[test]
fn a_row_of_an_unlisted_city_is_refused_by_name() {
    for table in ["sources", "figures", "projects", "commitments"] {
        let mut t = load_csvs();
        let (row, city) = match table {
            "sources" => (t.sources[1].id.clone(), &mut t.sources[1].city),
            "figures" => (t.figures[1].id.clone(), &mut t.figures[1].city),
            "projects" => (t.projects[1].id.clone(), &mut t.projects[1].city),
            _ => (t.commitments[1].id.clone(), &mut t.commitments[1].city),
        };
        *city = "atlantis".into();
        let refused = loaded::dataset(&t).err();
        let message = refused.as_ref().map(ToString::to_string);
        assert_eq!(message, Some(format!("{row}: city `atlantis` is not in the city table")));
        assert_eq!(refused, Some(UnknownCity { row, city: "atlantis".into() }), "{table}");
    }
}

/// The README's table of cities is the data's: ids, names, documents and colours, in order.
#[test]
fn the_readme_lists_the_data_s_cities() {
    let readme = std::fs::read_to_string(repo().join("README.md")).expect("README.md");
    let table: Vec<Vec<String>> = readme
        .lines()
        .skip_while(|l| !l.starts_with("| id | City |"))
        .skip(2)
        .take_while(|l| l.starts_with('|'))
        .map(|l| l.trim_matches('|').split('|').map(|c| c.trim().replace('`', "")).collect())
        .collect();
    let t = load_csvs();
    let expected: Vec<Vec<String>> = t
        .cities
        .iter()
        .map(|c| {
            let documents: Vec<&str> = t.sources.iter().filter(|s| s.city == c.id).map(|s| s.id.as_str()).collect();
            let [r, g, b] = c.colour;
            vec![
                c.id.clone(),
                c.name_en.clone(),
                c.name_zh.clone(),
                documents.join(", "),
                format!("#{r:02x}{g:02x}{b:02x}"),
            ]
        })
        .collect();
    assert_eq!(table, expected);
}

/// The time scopes an editor found misread (issue 18), as the data now records them.
#[test]
fn period_totals_are_not_stamped_as_one_years_work() {
    let figure = |id: &str| data().figures.iter().find(|f| f.id == id).unwrap_or_else(|| panic!("{id}"));
    for id in ["hb25-f048", "hb25-f058", "pds25-f031", "hb25-f025"] {
        let f = figure(id);
        assert_eq!(f.scope, Scope::Period, "{id} is a total over several years");
        assert!(f.period_from.is_some_and(|from| Some(from) < f.year), "{id}: {:?}–{:?}", f.period_from, f.year);
    }
    assert!(figure("hb25-f048").metric_zh.contains("五年"), "the label keeps the scope words");
    assert!(figure("pds25-f006").metric_zh.contains("工业上楼"), "a site's figure names the site");
    for f in data().figures {
        let period_words = ["五年", "累计", "以来"].iter().any(|w| f.quote.contains(w));
        assert!(!(period_words && f.scope == Scope::Year), "{}: one year, yet the quote says {}", f.id, f.quote);
        assert_eq!(f.note_zh.is_empty(), f.note_en.is_empty(), "{}: notes in both languages", f.id);
    }
}

#[test]
fn ids_are_unique_and_links_resolve() {
    let mut ids = HashSet::new();
    for id in data()
        .sources
        .iter()
        .map(|s| s.id)
        .chain(data().figures.iter().map(|f| f.id))
        .chain(data().projects.iter().map(|p| p.id))
        .chain(data().commitments.iter().map(|c| c.id))
    {
        assert!(ids.insert(id), "id {id} is used twice");
    }
    for f in data().figures {
        assert!(data().source(f.source_id).is_some(), "{}: source {}", f.id, f.source_id);
        if let Some(p) = f.project_id {
            assert!(data().project(p).is_some(), "{}: project {p}", f.id);
        }
    }
    for p in data().projects {
        assert!(data().source(p.source_id).is_some(), "{}: source {}", p.id, p.source_id);
    }
    for c in data().commitments {
        assert!(data().source(c.source_id).is_some(), "{}: source {}", c.id, c.source_id);
        assert!(c.project_id.is_none_or(|p| data().project(p).is_some()), "{}: project", c.id);
    }
}

#[test]
fn every_value_is_stated_in_its_quote_and_quotes_are_single_lines() {
    for f in data().figures {
        assert!(quote_states_value(f.quote, f.value_text), "{}: {} not in {}", f.id, f.value_text, f.quote);
        assert_eq!(f.value_text.parse::<f64>().ok(), Some(f.value), "{}", f.id);
        if let Some(b) = f.baseline_text {
            assert!(quote_states_value(f.quote, b), "{}: baseline {b} not in {}", f.id, f.quote);
        }
        assert!(!f.quote.is_empty() && !f.quote.contains(['\n', '\r']), "{}", f.id);
    }
    for p in data().projects {
        assert!(!p.quote.is_empty() && !p.quote.contains(['\n', '\r']), "{}", p.id);
    }
    for c in data().commitments {
        assert!(!c.quote.is_empty() && !c.quote.contains(['\n', '\r']), "{}", c.id);
        assert!(c.quote.contains(&c.deadline[..4]), "{}: the deadline's year is in the quote", c.id);
    }
}

#[test]
fn every_city_has_data_and_targets_carry_a_year_where_given() {
    for &city in data().cities {
        let (docs, projects, figures) = data().city_counts(city);
        assert!(docs >= 1 && projects >= 10 && figures >= 10, "{city:?}: {docs} {projects} {figures}");
    }
    // The extraction brief: well over 150 figures and over 80 projects.
    assert!(data().figures.len() > 150, "{} figures", data().figures.len());
    assert!(data().projects.len() > 80, "{} projects", data().projects.len());
    let achieved_in_future = data()
        .figures
        .iter()
        .filter(|f| f.kind == FigureKind::Achieved && f.year.is_some_and(|y| y > 2025))
        .map(|f| f.id)
        .collect::<Vec<_>>();
    assert!(achieved_in_future.is_empty(), "achievements dated after the documents: {achieved_in_future:?}");
}

/// `../shared/sources` beside the repository, where the five documents live.
fn sources_dir() -> Option<PathBuf> {
    let dir = repo().join("../shared/sources");
    dir.is_dir().then_some(dir)
}

/// The text the repository holds of a document (`data/sources/<id>.txt`).
fn held(id: &str) -> Option<String> {
    std::fs::read_to_string(repo().join(rows::held_text_file(id))).ok()
}

#[test]
fn every_quote_is_verbatim_in_the_text_the_repository_holds() {
    let misses = rows::quotes_not_in_held_texts(&load_csvs(), held);
    let report: Vec<String> = misses.iter().map(|e| e.to_string()).collect();
    assert!(report.is_empty(), "{} quote(s) not verbatim:\n{}", report.len(), report.join("\n"));
}

#[test]
fn every_held_paragraph_is_verbatim_in_its_document() {
    let Some(dir) = sources_dir() else {
        eprintln!("../shared/sources is not beside this checkout: held paragraphs not checked");
        return;
    };
    let misses =
        rows::held_texts_not_in_documents(&load_csvs(), held, |file| std::fs::read_to_string(dir.join(file)).ok());
    let report: Vec<String> = misses.iter().map(|e| e.to_string()).collect();
    assert!(report.is_empty(), "{} problem(s):\n{}", report.len(), report.join("\n"));
}

#[test]
fn a_held_text_that_changes_a_paragraph_drops_one_without_a_gap_or_is_not_whole_is_refused() {
    let mut t = load_csvs();
    t.sources.truncate(1);
    let document = |_: &str| Some("第一段。\n\n第二段。\n第三段。\n".to_string());
    let check = |t: &rows::Tables, held: &str| {
        let held = held.to_string();
        rows::held_texts_not_in_documents(t, |_| Some(held.clone()), document)
            .iter()
            .map(|e| e.to_string())
            .collect::<Vec<_>>()
    };
    let file = rows::held_text_file(&t.sources[0].id);
    t.sources[0].held = Held::Excerpts;
    assert_eq!(check(&t, "第一段。\n…\n第三段。\n"), Vec::<String>::new(), "a gap where a paragraph is left out");
    assert_eq!(check(&t, "第二段。\n第三段。\n"), Vec::<String>::new(), "consecutive paragraphs from the middle");
    assert_eq!(
        check(&t, "第一段。\n第三段。\n"),
        [format!("{file}:2:0: 1 paragraph(s) of `{}` left out with no gap (…) before this line", t.sources[0].file)]
    );
    let changed = check(&t, "第一段。\n…\n第三段\n");
    assert_eq!(changed.len(), 1);
    assert!(changed[0].starts_with(&format!("{file}:3:0: not a paragraph of")), "{changed:?}");
    assert_eq!(check(&t, "第三段。\n…\n第一段。\n").len(), 1, "paragraphs in the document's order");
    t.sources[0].held = Held::Whole;
    assert_eq!(check(&t, "第一段。\n第二段。\n第三段。\n"), Vec::<String>::new());
    assert_eq!(check(&t, "第一段。\n…\n第三段。\n").len(), 1, "a whole document has no gap");
    let short = check(&t, "第一段。\n第二段。\n");
    assert_eq!(short.len(), 1);
    assert!(short[0].contains("[held] held whole, but"), "{short:?}");
}

#[test]
fn verbatim_check_reports_every_miss_at_once() {
    let mut t = load_csvs();
    t.figures[0].quote.push_str("（改动）");
    t.projects[0].quote = "不存在的句子".into();
    let misses = rows::quotes_not_in_held_texts(&t, |_| Some("只有这一句。".to_string()));
    // Every quote misses this fake text, and each is reported.
    assert_eq!(misses.len(), t.figures.len() + t.projects.len() + t.commitments.len());
    assert!(
        misses[0].to_string().starts_with("data/figures.csv:2:19: [quote] not found verbatim in data/sources/"),
        "{}",
        misses[0]
    );
}

fn translations_table() -> String {
    std::fs::read_to_string(repo().join(rows::TRANSLATIONS_FILE)).expect("the translations table")
}

fn row_ids() -> Vec<&'static str> {
    (data().figures.iter().map(|f| f.id))
        .chain(data().projects.iter().map(|p| p.id))
        .chain(data().commitments.iter().map(|c| c.id))
        .collect()
}

#[test]
fn every_row_of_the_dataset_has_its_english_quote_bundled_in_row_order() {
    let ids = row_ids();
    let english = rows::read_translations(&translations_table(), &ids).unwrap_or_else(|e| panic!("{e:#?}"));
    assert_eq!(english.len(), ids.len());
    for (id, text) in ids.iter().zip(&english) {
        assert!(dataset::has_quote_en(data(), id), "{id}");
        assert_eq!(dataset::quote_en(data(), id), Some(text.as_str()), "{id}");
    }
    assert_eq!(
        dataset::quote_en(data(), "pds25-f003"),
        Some("successfully brought in 1.87 billion yuan of private capital")
    );
    assert_eq!(dataset::quote_en(data(), "no-such-row"), None);
    assert!(!dataset::has_quote_en(data(), "no-such-row"));
}

#[test]
fn a_missing_unknown_repeated_or_chinese_translation_is_refused_with_its_line() {
    let table = translations_table();
    let mut lines: Vec<&str> = table.lines().collect();
    let fourth = lines[4].to_string();
    lines[1] = "pds25-f001,平顶山";
    lines[2] = "no-such-row,text";
    lines.push(&fourth);
    lines.push("pds25-f005, ");
    let file = rows::TRANSLATIONS_FILE;
    let errors = rows::read_translations(&lines.join("\n"), &row_ids()).expect_err("refused");
    assert!(errors.contains(&format!("{file}:2: `pds25-f001`: Chinese in the English")), "{errors:#?}");
    assert!(errors.contains(&format!("{file}:3: `no-such-row` is no row of the dataset")), "{errors:#?}");
    assert!(errors.iter().any(|e| e.ends_with("`pds25-f002` has no row")), "{errors:#?}");
    assert!(errors.iter().any(|e| e.ends_with("`pds25-f004` is translated twice")), "{errors:#?}");
    assert!(errors.iter().any(|e| e.ends_with("`pds25-f005` has no English")), "{errors:#?}");
}

#[test]
fn the_texts_of_a_pack_are_taken_only_if_they_are_this_builds() {
    use renewal_explorer::core::model::Lang;
    for pack in 0..dataset::PACK_COUNT {
        for lang in [Lang::Zh, Lang::En] {
            assert!(dataset::holds(&[pack], lang), "natively the program carries every pack");
            let own = dataset::BUNDLED_PACKS[pack][lang as usize];
            assert!(own.ends_with('\u{1f}'), "each text ends with the separator");
            assert_eq!(dataset::provide_pack(pack, lang, own.to_string()), Ok(()));
            let one_more = format!("{own}x\u{1f}");
            let refused = dataset::provide_pack(pack, lang, one_more).expect_err("another build's texts");
            let count = own.matches('\u{1f}').count();
            assert_eq!((refused.texts, refused.expected), (count + 1, count));
            assert!(refused.to_string().contains("another build's file"), "{refused}");
            let named = format!("{} texts of {} hold", lang.id(), dataset::PACK_NAMES[pack]);
            assert!(refused.to_string().contains(&named), "the message names the pack: {refused}");
            let cut_short = own.trim_end_matches('\u{1f}').to_string();
            assert!(dataset::provide_pack(pack, lang, cut_short).is_err(), "a file cut short is refused");
            // Another pack's texts: a count of their own.
            let other = dataset::BUNDLED_PACKS[(pack + 1) % dataset::PACK_COUNT][lang as usize];
            assert!(dataset::provide_pack(pack, lang, other.to_string()).is_err(), "pack {pack}");
        }
    }
    let no_such = dataset::provide_pack(dataset::PACK_COUNT, Lang::Zh, String::new()).expect_err("no such pack");
    assert!(no_such.to_string().contains("texts of no pack of this build"), "{no_such}");
    assert_eq!(dataset::provide_quotes_en(dataset::BUNDLED_QUOTES_EN.to_string()), Ok(()));
    assert!(dataset::provide_quotes_en(String::new()).is_err());
    // Each file's name carries its pack, its language and its contents' hash: a new build's texts
    // are a new file.
    let mut names = vec![(dataset::QUOTES_EN_FILE, "quotes-en-".to_string())];
    for (pack, files) in dataset::PACK_NAMES.iter().zip(dataset::PACK_FILES) {
        names.extend(files.into_iter().zip(["zh", "en"]).map(|(file, lang)| (file, format!("rows-{pack}-{lang}-"))));
    }
    for (name, stem) in names {
        let hash = name.strip_prefix(&stem).and_then(|n| n.strip_suffix(".txt")).unwrap_or_default();
        assert!(hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit()), "{name}");
    }
    let cities: Vec<&str> = dataset::data().cities.iter().map(|c| c.id()).collect();
    assert_eq!(dataset::PACK_NAMES[..cities.len()], cities[..], "a pack a city, in their order");
    assert_eq!(dataset::PACK_NAMES[dataset::LANDING], "landing");
}

/// The bundle writes a year as one byte: every year the reader accepts comes back, none is 0.
#[test]
fn every_accepted_year_survives_the_bundle_s_one_byte() {
    use renewal_explorer::core::model::{year_byte, year_of_byte, YEARS};
    for year in YEARS {
        assert_ne!(year_byte(Some(year)), 0, "{year}");
        assert_eq!(year_of_byte(year_byte(Some(year))), Some(year));
    }
    assert_eq!((year_byte(None), year_of_byte(0)), (0, None));
    assert_eq!(year_byte(Some(*YEARS.end())), 152);
}
