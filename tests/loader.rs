//! The CSV loader's messages on broken rows: file, line, column and a reason a person can act on.
#![cfg(not(target_arch = "wasm32"))]

use renewal_explorer::core::csv_out;
use renewal_explorer::core::model::{Category, FigureKind, Held, Scope};
use renewal_explorer::core::rows::{
    is_date, load, load_with, located_in, Checks, CsvTexts, COMMITMENT_COLUMNS, FIGURE_COLUMNS, PROJECT_COLUMNS,
};

const CITIES: &str = "id,order,name_zh,name_en,blurb_zh,blurb_en,colour\n\
    hebi,1,鹤壁,Hebi,豫北城市,A city in northern Henan,#009e73\n\
    jiyuan,2,济源,Jiyuan,产城融合示范区,A demonstration zone,#b86e00\n";

const SOURCES: &str = "id,city,title_zh,title_en,publisher_zh,publisher_en,published,kind,file,held,origin_url\n\
    doc,hebi,标题,Title,鹤壁日报,Hebi Daily,2025,report,a.txt,excerpts,\n\
    doc2,jiyuan,标题二,Title two,济源日报,Jiyuan Daily,2025,plan,b.txt,whole,https://example.org/b\n";

fn header(columns: &[&str]) -> String {
    columns.join(",") + "\n"
}

const GOOD_FIGURE: &str = "f1,hebi,greening,green_coverage_rate,建成区绿化覆盖率,Green coverage,43.33,%,%,achieved,2025,as_of,,,,,,doc,\"绿化覆盖率达43.33%,居全省第一\",,";
const GOOD_PROJECT: &str =
    "p1,hebi,greening,口袋公园,Pocket parks,completed,建成口袋公园。,Pocket parks built.,doc,建成口袋公园,,";
const GOOD_COMMITMENT: &str = "c1,hebi,greening,建成口袋公园,Pocket parks built,2026-12,p1,doc,2026年底前建成口袋公园";

fn errors_in(figure_row: &str, project_row: &str, commitment_row: &str) -> Vec<String> {
    let figures = header(FIGURE_COLUMNS) + figure_row + "\n";
    let projects = header(PROJECT_COLUMNS) + project_row + "\n";
    let commitments = header(COMMITMENT_COLUMNS) + commitment_row + "\n";
    match load(&CsvTexts {
        cities: CITIES,
        sources: SOURCES,
        figures: &figures,
        projects: &projects,
        commitments: &commitments,
    }) {
        Ok(_) => vec![],
        Err(errors) => errors.iter().map(|e| e.to_string()).collect(),
    }
}

fn errors_for(figure_row: &str, project_row: &str) -> Vec<String> {
    errors_in(figure_row, project_row, GOOD_COMMITMENT)
}

#[test]
fn good_rows_load() {
    assert_eq!(errors_for(GOOD_FIGURE, GOOD_PROJECT), Vec::<String>::new());
}

/// A good row comes out as it was written, each field typed by its table's definition.
#[test]
fn a_good_row_is_read_as_written() {
    let figures = header(FIGURE_COLUMNS) + GOOD_FIGURE + "\n";
    let projects = header(PROJECT_COLUMNS) + GOOD_PROJECT + "\n";
    let commitments = header(COMMITMENT_COLUMNS) + GOOD_COMMITMENT + "\n";
    let texts = CsvTexts {
        cities: CITIES,
        sources: SOURCES,
        figures: &figures,
        projects: &projects,
        commitments: &commitments,
    };
    let t = load(&texts).unwrap_or_else(|errors| panic!("{errors:#?}"));
    let f = &t.figures[0];
    assert_eq!((f.line, f.id.as_str(), f.city.as_str(), f.category), (2, "f1", "hebi", Category::Greening));
    assert_eq!(
        (f.metric_key.as_str(), f.metric_zh.as_str(), f.metric_en.as_str()),
        ("green_coverage_rate", "建成区绿化覆盖率", "Green coverage")
    );
    assert_eq!((f.value.as_str(), f.kind, f.year, f.scope), ("43.33", FigureKind::Achieved, Some(2025), Scope::AsOf));
    assert_eq!((f.source_id.as_str(), f.quote.as_str()), ("doc", "绿化覆盖率达43.33%,居全省第一"));
    let c = &t.commitments[0];
    assert_eq!((c.deadline.as_str(), c.project_id.as_str()), ("2026-12", "p1"));
    let s = &t.sources[1];
    assert_eq!((s.held, s.origin_url.as_str()), (Held::Whole, "https://example.org/b"));
    assert_eq!(t.cities[1].colour, [0xb8, 0x6e, 0x00]);
}

#[test]
fn each_broken_field_is_reported_with_file_line_column() {
    // (what to replace in the good figure row, the exact message expected)
    let cases = [
        (("43.33,%", "43.3x,%"), "data/figures.csv:2:7: [value] `43.3x` is not a plain decimal such as 18.7"),
        (("43.33,%", "43.3300000000000001,%"), "data/figures.csv:2:7: [value] `43.3300000000000001` has more digits than the app holds exactly (15 at most)"),
        (("43.33,%", "44.1,%"), "data/figures.csv:2:7: [value] `44.1` does not appear in the quote, in digits or Chinese numerals"),
        (("hebi,greening", "hebi,parks"), "data/figures.csv:2:3: [category] unknown value `parks` (known: planning, transport, streets, housing, community, greening, ecology, utilities, sanitation, smart, heritage, youth, industry, health, rural)"),
        (("achieved,2025", "done,2025"), "data/figures.csv:2:10: [kind] unknown value `done` (known: achieved, target, plan, baseline, change, fact)"),
        (("2025,as_of", "25,as_of"), "data/figures.csv:2:11: [year] `25` is not a four-digit year"),
        ((",doc,", ",nodoc,"), "data/figures.csv:2:18: [source_id] unknown source `nodoc`"),
        ((",,doc,", ",p9,doc,"), "data/figures.csv:2:17: [project_id] unknown project `p9`"),
        (("f1,hebi", "f1,jiyuan"), "data/figures.csv:2:2: [city] `jiyuan` but source `doc` is about `hebi`"),
        (("\"绿化覆盖率达43.33%,居全省第一\"", "\"\""), "data/figures.csv:2:19: [quote] is empty"),
        (("as_of,,,", "as_of,,roughly,"), "data/figures.csv:2:14: [approx] unknown value `roughly` (known: more_than, about, at_least)"),
        // Time scope (SPEC §1): what a figure covers agrees with its years, kind and words.
        (("as_of", "sometime"), "data/figures.csv:2:12: [scope] unknown value `sometime` (known: year, period, as_of, by, undated)"),
        (("2025,as_of,,", "2025,period,,"), "data/figures.csv:2:13: [period_from] a period total needs the year it starts (五年 → 2021 for 2021–2025), or 近年来 in its label or quote where the document gives no start"),
        (("2025,as_of,,", "2025,period,2026,"), "data/figures.csv:2:13: [period_from] 2026 is after the period's end 2025"),
        (("2025,as_of,,", "2025,as_of,2021,"), "data/figures.csv:2:13: [period_from] is only for scope `period`, not `as_of`"),
        (("2025,as_of", ",as_of"), "data/figures.csv:2:11: [year] is required for scope `as_of`"),
        (("2025,as_of", "02025,as_of"), "data/figures.csv:2:11: [year] `02025` is not a four-digit year"),
        (("as_of,,,,,,doc", "as_of,,,40.1,2020,,doc"), "data/figures.csv:2:15: [baseline_value] `40.1` does not appear in the quote"),
        (("2025,as_of", "2025,undated"), "data/figures.csv:2:11: [year] must be empty when scope is `undated`"),
        (("achieved,2025,as_of", "achieved,2025,by"), "data/figures.csv:2:12: [scope] `by` (a deadline) is for targets and plans only"),
        (("as_of,,,,,,doc,\"绿化", "year,,,,,,doc,\"五年来绿化"), "data/figures.csv:2:12: [scope] is `year` but the quote says 五年: a total over a period is scope `period`"),
        (("第一\",,", "第一\",原文作「绿化复盖率」,"), "data/figures.csv:2:21: [note_en] is empty but the other language's note is not: a note is given in both"),
    ];
    for ((from, to), expected) in cases {
        let row = GOOD_FIGURE.replacen(from, to, 1);
        assert_ne!(row, GOOD_FIGURE, "case {expected} must change the row");
        let errors = errors_for(&row, GOOD_PROJECT);
        assert!(errors.iter().any(|e| e == expected), "want {expected}\n got {errors:#?}");
    }
}

#[test]
fn a_project_s_note_is_given_in_both_languages_or_neither() {
    let both = GOOD_PROJECT.replacen("建成口袋公园,,", "建成口袋公园,原文如此,As written", 1);
    assert_eq!(errors_for(GOOD_FIGURE, &both), Vec::<String>::new());
    let only_zh = GOOD_PROJECT.replacen("建成口袋公园,,", "建成口袋公园,原文如此,", 1);
    assert_eq!(
        errors_for(GOOD_FIGURE, &only_zh).first().map(String::as_str),
        Some(
            "data/projects.csv:2:12: [note_en] is empty but the other language's note is not: a note is given in both"
        )
    );
    let only_en = GOOD_PROJECT.replacen("建成口袋公园,,", "建成口袋公园,,As written", 1);
    assert_eq!(
        errors_for(GOOD_FIGURE, &only_en).first().map(String::as_str),
        Some(
            "data/projects.csv:2:11: [note_zh] is empty but the other language's note is not: a note is given in both"
        )
    );
}

#[test]
fn a_period_of_one_year_and_a_baseline_stated_in_the_quote_load() {
    let one_year = GOOD_FIGURE.replacen("2025,as_of,,", "2025,period,2025,", 1);
    assert_eq!(errors_for(&one_year, GOOD_PROJECT), Vec::<String>::new());
    let baseline = GOOD_FIGURE.replacen("as_of,,,,,,doc", "as_of,,,43.33,2024,,doc", 1);
    assert_eq!(errors_for(&baseline, GOOD_PROJECT), Vec::<String>::new());
    // A total whose start the document does not give, said by its label.
    let recent =
        GOOD_FIGURE.replacen("2025,as_of,,", "2025,period,,", 1).replacen("建成区绿化覆盖率", "近年来绿化覆盖率", 1);
    assert_eq!(errors_for(&recent, GOOD_PROJECT), Vec::<String>::new());
}

/// The problems of the good rows read with `sources` as the sources table.
fn errors_with_sources(sources: &str) -> Vec<String> {
    match load(&CsvTexts {
        cities: CITIES,
        sources,
        figures: &(header(FIGURE_COLUMNS) + GOOD_FIGURE + "\n"),
        projects: &(header(PROJECT_COLUMNS) + GOOD_PROJECT + "\n"),
        commitments: &(header(COMMITMENT_COLUMNS) + GOOD_COMMITMENT + "\n"),
    }) {
        Ok(_) => vec![],
        Err(errors) => errors.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn how_much_of_a_source_is_held_and_its_address_are_checked() {
    let bad = SOURCES.replacen("a.txt,excerpts,", "a.txt,some,", 1);
    let errors = errors_with_sources(&bad);
    assert!(errors.iter().any(|e| e.starts_with("data/sources.csv:2:10: [held] ")), "{errors:#?}");
    // No scheme, nothing after the scheme, a space: each refused.
    for url in ["example.org/b", "https://", "https://example.org/b c"] {
        let errors = errors_with_sources(&SOURCES.replacen("whole,https://example.org/b", &format!("whole,{url}"), 1));
        let expected = format!("data/sources.csv:3:11: [origin_url] `{url}` is not an http(s) address");
        assert!(errors.contains(&expected), "{errors:#?}");
    }
    assert_eq!(errors_with_sources(SOURCES), Vec::<String>::new(), "the good table loads");
}

#[test]
fn a_source_s_date_is_checked() {
    let bad = SOURCES.replacen("Hebi Daily,2025,", "Hebi Daily,2025/03,", 1);
    let errors = match load(&CsvTexts {
        cities: CITIES,
        sources: &bad,
        figures: &(header(FIGURE_COLUMNS) + GOOD_FIGURE + "\n"),
        projects: &(header(PROJECT_COLUMNS) + GOOD_PROJECT + "\n"),
        commitments: &(header(COMMITMENT_COLUMNS) + GOOD_COMMITMENT + "\n"),
    }) {
        Ok(_) => vec![],
        Err(errors) => errors.iter().map(ToString::to_string).collect(),
    };
    assert!(
        errors.contains(&"data/sources.csv:2:7: [published] `2025/03` is not YYYY, YYYY-MM or YYYY-MM-DD".to_string()),
        "{errors:#?}"
    );
    for good in ["2025", "2025-03", "2025-03-31"] {
        assert!(is_date(good), "{good}");
    }
    for bad in ["2025/03", "2025-3", "2025-13", "2025-03-32", "25-03-2025", "二〇二五"] {
        assert!(!is_date(bad), "{bad}");
    }
}

#[test]
fn a_broken_commitment_is_reported_with_file_line_column() {
    let cases = [
        (("2026-12", "2026-13"), "data/commitments.csv:2:6: [deadline] `2026-13` is not YYYY, YYYY-MM or YYYY-MM-DD"),
        (("2026-12", "2027-12"), "data/commitments.csv:2:6: [deadline] the year 2027 does not appear in the quote"),
        ((",p1,", ",p9,"), "data/commitments.csv:2:7: [project_id] unknown project `p9`"),
        ((",doc,", ",nodoc,"), "data/commitments.csv:2:8: [source_id] unknown source `nodoc`"),
        (("c1,hebi,greening", "c1,hebi,parks"), "data/commitments.csv:2:3: [category] unknown value `parks` (known: planning, transport, streets, housing, community, greening, ecology, utilities, sanitation, smart, heritage, youth, industry, health, rural)"),
    ];
    for ((from, to), expected) in cases {
        let row = GOOD_COMMITMENT.replacen(from, to, 1);
        assert_ne!(row, GOOD_COMMITMENT, "case {expected} must change the row");
        let errors = errors_in(GOOD_FIGURE, GOOD_PROJECT, &row);
        assert!(errors.iter().any(|e| e == expected), "want {expected}\n got {errors:#?}");
    }
    let numerals = GOOD_COMMITMENT.replacen("2026年底前", "二〇二六年底前", 1);
    assert_eq!(errors_in(GOOD_FIGURE, GOOD_PROJECT, &numerals), Vec::<String>::new(), "a year in numerals counts");
    let short = GOOD_COMMITMENT.replacen("2026年底前", "26年底前", 1);
    assert_eq!(errors_in(GOOD_FIGURE, GOOD_PROJECT, &short), Vec::<String>::new(), "so does 26年");
}

#[test]
fn every_problem_is_reported_not_just_the_first() {
    let figure = GOOD_FIGURE.replacen("43.33,%", "x,%", 1).replacen("achieved", "done", 1);
    let project = GOOD_PROJECT.replacen("completed", "finished", 1);
    // The commitment links no project here: the project row is the broken one.
    let commitment = GOOD_COMMITMENT.replacen(",p1,", ",,", 1);
    let errors = errors_in(&format!("{figure}\n{GOOD_FIGURE}\n{GOOD_FIGURE}"), &project, &commitment);
    assert!(
        errors.iter().any(|e| e == "data/figures.csv:2:7: [value] `x` is not a plain decimal such as 18.7"),
        "{errors:#?}"
    );
    assert_eq!(errors.len(), 4, "one message per problem: {errors:#?}");
    assert!(errors.iter().any(|e| e.starts_with("data/figures.csv:2:10: [kind]")), "{errors:#?}");
    assert!(errors.iter().any(|e| e.starts_with("data/figures.csv:4:1: [id] duplicate id `f1`")), "{errors:#?}");
    assert!(
        errors.iter().any(|e| e.starts_with("data/projects.csv:2:6: [status] unknown value `finished`")),
        "{errors:#?}"
    );
}

#[test]
fn structural_problems() {
    let short_row = errors_for("f1,hebi,greening", GOOD_PROJECT);
    assert_eq!(short_row, vec!["data/figures.csv:2:0: has 3 fields, the header has 21"]);
    let quote_break = GOOD_FIGURE.replacen("居全省", "居\n全省", 1);
    assert!(errors_for(&quote_break, GOOD_PROJECT).iter().any(|e| e.contains("[quote] has a line break")));
    let spaces = GOOD_FIGURE.replacen("f1,", " f1,", 1);
    assert!(errors_for(&spaces, GOOD_PROJECT).iter().any(|e| e.contains("[id] has leading or trailing spaces")));
    let missing_column = "id,city\nf1,hebi\n";
    let texts = CsvTexts {
        cities: CITIES,
        sources: SOURCES,
        figures: missing_column,
        projects: &header(PROJECT_COLUMNS),
        commitments: &header(COMMITMENT_COLUMNS),
    };
    let errors = load(&texts).unwrap_err();
    assert!(
        errors[0]
            .to_string()
            .starts_with("data/figures.csv:1:0: header lacks required column(s): category, metric_key"),
        "{errors:?}"
    );
    // A column written twice (a copy-paste in a spreadsheet) is named where it repeats.
    let twice = CITIES.replacen(",colour\n", ",colour,colour\n", 1).replace("#009e73\n", "#009e73,#009e73\n");
    let texts = CsvTexts { cities: &twice, ..texts };
    let errors: Vec<String> = load(&texts).unwrap_err().iter().map(ToString::to_string).collect();
    assert_eq!(errors[0], "data/cities.csv:1:8: [colour] is in the header twice", "{errors:?}");
}

#[test]
fn files_with_bom_crlf_blank_lines_and_quoted_line_breaks_load_and_lines_stay_exact() {
    // A note with a line break (quoted) pushes the next row down a line: its line number follows.
    let figures = format!(
        "\u{feff}{}\r\n{},\"第一行\n第二行\",\"line one\nline two\"\r\n\r\n{}\r\n",
        FIGURE_COLUMNS.join(","),
        GOOD_FIGURE.trim_end_matches(",,"),
        GOOD_FIGURE.replacen("f1,hebi", "f2,atlantis", 1),
    );
    let projects = header(PROJECT_COLUMNS) + GOOD_PROJECT + "\n";
    let commitments = header(COMMITMENT_COLUMNS) + GOOD_COMMITMENT + "\n";
    let errors = load(&CsvTexts {
        cities: CITIES,
        sources: SOURCES,
        figures: &figures,
        projects: &projects,
        commitments: &commitments,
    })
    .unwrap_err()
    .iter()
    .map(|e| e.to_string())
    .collect::<Vec<_>>();
    assert_eq!(errors.len(), 1, "only the bad row: {errors:?}");
    assert_eq!(
        errors[0], "data/figures.csv:6:2: [city] unknown city `atlantis` (known in data/cities.csv: hebi, jiyuan)",
        "{errors:?}"
    );
}

#[test]
fn a_row_of_the_wrong_width_is_reported_with_its_line_and_the_rest_still_read() {
    let errors = errors_in(&format!("{GOOD_FIGURE},extra"), "p1,hebi", GOOD_COMMITMENT);
    assert!(errors.contains(&"data/figures.csv:2:0: has 22 fields, the header has 21".to_string()), "{errors:?}");
    assert!(errors.contains(&"data/projects.csv:2:0: has 2 fields, the header has 12".to_string()), "{errors:?}");
    // The commitment links to project p1, which no longer loads: reported too, not hidden.
    assert!(
        errors.iter().any(|e| e.starts_with("data/commitments.csv:2:7: [project_id] unknown project `p1`")),
        "{errors:?}"
    );
}

#[test]
fn fields_are_quoted_for_writing_when_they_need_it() {
    assert_eq!(csv_out::escape("a,b"), "\"a,b\"");
    assert_eq!(csv_out::escape("say \"hi\""), "\"say \"\"hi\"\"\"");
    assert_eq!(csv_out::escape("line\nbreak"), "\"line\nbreak\"");
    assert_eq!(csv_out::escape("公园"), "公园");
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn escaped_fields_read_back_unchanged(fields in proptest::collection::vec("[\\PC\\n,\"]{0,20}", 1..6)) {
            let line = fields.iter().map(|f| csv_out::escape(f)).collect::<Vec<_>>().join(",");
            let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(line.as_bytes());
            let records: Vec<csv::StringRecord> = reader.records().collect::<Result<_, _>>().expect("escaped CSV parses");
            // A lone empty field is a blank line, which a reader skips.
            let expected = usize::from(!(fields.len() == 1 && fields[0].is_empty()));
            prop_assert_eq!(records.len(), expected);
            if expected == 1 {
                let back: Vec<String> = records[0].iter().map(str::to_string).collect();
                prop_assert_eq!(back, fields);
            }
        }

        #[test]
        fn loader_never_panics_on_broken_rows(row in "[\\PCa-z0-9,\"]{0,200}") {
            let figures = header(FIGURE_COLUMNS) + &row + "\n";
            let projects = header(PROJECT_COLUMNS) + &row + "\n";
            let _ = load(&CsvTexts { cities: CITIES, sources: SOURCES, figures: &figures, projects: &projects, commitments: &row });
        }

        #[test]
        fn loader_never_panics_on_any_text(text in "\\PC{0,300}") {
            let _ = load(&CsvTexts { cities: &text, sources: &text, figures: &text, projects: &text, commitments: &text });
        }
    }
}

/// The errors of the good rows with `cities` as `cities.csv`.
fn city_errors(cities: &str) -> Vec<String> {
    city_errors_with(cities, Checks::ALL)
}

fn city_errors_with(cities: &str, checks: Checks) -> Vec<String> {
    let figures = header(FIGURE_COLUMNS) + GOOD_FIGURE + "\n";
    let projects = header(PROJECT_COLUMNS) + GOOD_PROJECT + "\n";
    let commitments = header(COMMITMENT_COLUMNS) + GOOD_COMMITMENT + "\n";
    let texts =
        CsvTexts { cities, sources: SOURCES, figures: &figures, projects: &projects, commitments: &commitments };
    match load_with(&texts, checks) {
        Ok(_) => vec![],
        Err(errors) => errors.iter().map(|e| e.to_string()).collect(),
    }
}

#[test]
fn only_a_benchmark_s_made_up_province_goes_without_colours_told_apart() {
    let close = CITIES.replacen("#b86e00", "#00a070", 1);
    assert_eq!(city_errors(&close).len(), 1, "every build checks them: {:?}", city_errors(&close));
    let fixture = Checks { colours_apart: false };
    assert_eq!(city_errors_with(&close, fixture), Vec::<String>::new());
    // Every other rule still holds for it.
    let unreadable = CITIES.replacen("#b86e00", "#f0e442", 1);
    let errors = city_errors_with(&unreadable, fixture);
    assert!(errors.iter().any(|e| e.contains("at least 3:1 is needed")), "contrast is still checked: {errors:?}");
    // The build applies them all unless RENEWAL_FIXTURE is set (it is not in the tests).
    assert_eq!(Checks::for_build(), Checks::ALL);
}

#[test]
fn a_data_file_is_read_from_data_or_the_folder_a_benchmark_names() {
    use std::path::Path;
    assert_eq!(located_in(None, "data/figures.csv"), Path::new("data/figures.csv"));
    let province = Some(std::ffi::OsStr::new("/tmp/province/data"));
    assert_eq!(located_in(province, "data/figures.csv"), Path::new("/tmp/province/data/figures.csv"));
    assert_eq!(located_in(province, "data/sources/a.txt"), Path::new("/tmp/province/data/sources/a.txt"));
    assert_eq!(located_in(province, "../shared/sources/a.txt"), Path::new("../shared/sources/a.txt"));
}

#[test]
fn cities_are_checked_with_file_line_column() {
    assert_eq!(city_errors(CITIES), Vec::<String>::new());
    let cases = [
        (("#b86e00", "#b86e0"), "data/cities.csv:3:7: [colour] `#b86e0` is not a colour written #rrggbb"),
        (
            ("#b86e00", "#f0e442"),
            "data/cities.csv:3:7: [colour] `#f0e442` has 1.23:1 against a chart's background (light or dark theme); at least 3:1 is needed",
        ),
        (
            ("#b86e00", "#00a070"),
            "data/cities.csv:3:7: [colour] #00a070 is too close to `hebi`'s #009e73 (difference 2.6, with red-green colour blindness included; at least 15 is needed)",
        ),
        (("jiyuan,2,", "jiyuan,1,"), "data/cities.csv:3:2: [order] 1 is also the order of `hebi` (line 2)"),
        (("jiyuan,2,", "jiyuan,second,"), "data/cities.csv:3:2: [order] `second` is not a whole number from 1 to 65535"),
        (("jiyuan,2,", "jiyuan,0,"), "data/cities.csv:3:2: [order] `0` is not a whole number from 1 to 65535"),
        (("jiyuan,2,", "jiyuan,+2,"), "data/cities.csv:3:2: [order] `+2` is not a whole number from 1 to 65535"),
        (("济源,Jiyuan", ",Jiyuan"), "data/cities.csv:3:3: [name_zh] is empty"),
        (("jiyuan,2", "Jiyuan,2"), "data/cities.csv:3:1: [id] `Jiyuan` must use only a-z, 0-9 and -"),
    ];
    for ((from, to), expected) in cases {
        let cities = CITIES.replacen(from, to, 1);
        assert!(cities != CITIES, "the case changes the table: {from}");
        let errors = city_errors(&cities);
        assert!(errors.contains(&expected.to_string()), "{from} → {to}: {errors:#?}");
    }
}

#[test]
fn a_city_must_be_listed_and_documented() {
    let undocumented = format!("{CITIES}anyang,3,安阳,Anyang,豫北城市,A city in northern Henan,#cc3344\n");
    assert_eq!(city_errors(&undocumented), ["data/cities.csv:4:1: [id] `anyang` has no document in data/sources.csv"]);
    let without_jiyuan = CITIES.lines().filter(|l| !l.starts_with("jiyuan")).collect::<Vec<_>>().join("\n") + "\n";
    assert_eq!(
        city_errors(&without_jiyuan),
        ["data/sources.csv:3:2: [city] unknown city `jiyuan` (known in data/cities.csv: hebi)"],
        "named once, where it is used, not again as a mismatch with its source"
    );
}

#[test]
fn a_cell_a_spreadsheet_would_run_as_a_formula_is_refused_in_any_column() {
    let cases = [
        (
            GOOD_FIGURE.replacen("Green coverage", "=HYPERLINK(\"\"http://x\"\")", 1),
            "data/figures.csv:2:6: [metric_en] begins with `=`",
        ),
        (GOOD_FIGURE.replacen("Green coverage", "@SUM(A1)", 1), "data/figures.csv:2:6: [metric_en] begins with `@`"),
        (GOOD_FIGURE.replacen("Green coverage", "+cmd", 1), "data/figures.csv:2:6: [metric_en] begins with `+`"),
        (GOOD_FIGURE.replacen("Green coverage", "-1+2", 1), "data/figures.csv:2:6: [metric_en] begins with `-`"),
        (GOOD_FIGURE.replacen("Green coverage", "\tx", 1), "data/figures.csv:2:6: [metric_en] begins with `\\t`"),
    ];
    for (row, expected) in cases {
        let errors = errors_for(&row, GOOD_PROJECT);
        assert!(errors.iter().any(|e| e.starts_with(expected)), "want {expected}…\n got {errors:#?}");
    }
    let project = GOOD_PROJECT.replacen("Pocket parks built.", "=1+1", 1);
    let errors = errors_for(GOOD_FIGURE, &project);
    assert!(errors.iter().any(|e| e.starts_with("data/projects.csv:2:8: [summary_en] begins with `=`")), "{errors:#?}");
    // A number is not a formula: a negative value loads (its quote states it).
    let negative = GOOD_FIGURE.replacen("43.33,%", "-43.33,%", 1).replacen("达43.33%", "达-43.33%", 1);
    assert_eq!(errors_for(&negative, GOOD_PROJECT), Vec::<String>::new());
}

#[test]
fn a_city_cannot_take_the_name_of_a_page_folder() {
    use renewal_explorer::core::page::RESERVED_NAMES;
    use renewal_explorer::core::rows::RESERVED_CITY_IDS;
    use renewal_explorer::core::url_state::View;
    for view in View::ALL {
        assert!(RESERVED_CITY_IDS.contains(&view.id()), "{}", view.id());
    }
    for name in RESERVED_NAMES.iter().filter(|n| !n.contains('.')) {
        assert!(RESERVED_CITY_IDS.contains(name), "{name}");
    }
    let charts = format!("{CITIES}charts,3,图表市,Charts,豫北城市,A city,#cc3344\n");
    let sources = format!("{SOURCES}doc3,charts,标题三,Title three,某日报,Some Daily,2025,report,c.txt,excerpts,\n");
    let errors = match load(&CsvTexts {
        cities: &charts,
        sources: &sources,
        figures: &header(FIGURE_COLUMNS),
        projects: &header(PROJECT_COLUMNS),
        commitments: &header(COMMITMENT_COLUMNS),
    }) {
        Ok(_) => vec![],
        Err(errors) => errors.iter().map(|e| e.to_string()).collect(),
    };
    assert!(
        errors.contains(&"data/cities.csv:4:1: [id] `charts` is the name of a page folder (a city's page is `<id>/`): choose another id".to_string()),
        "{errors:#?}"
    );
}
