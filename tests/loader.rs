//! The CSV loader's messages on broken rows: file, line, column and a reason a person can act on.
#![cfg(not(target_arch = "wasm32"))]

use renewal_explorer::core::csv;
use renewal_explorer::core::rows::{load, CsvTexts, COMMITMENT_COLUMNS, FIGURE_COLUMNS, PROJECT_COLUMNS};

const SOURCES: &str = "id,city,title_zh,title_en,publisher_zh,publisher_en,published,kind,file\n\
    doc,hebi,标题,Title,鹤壁日报,Hebi Daily,2025,report,a.txt\n";

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
    match load(&CsvTexts { sources: SOURCES, figures: &figures, projects: &projects, commitments: &commitments }) {
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

#[test]
fn each_broken_field_is_reported_with_file_line_column() {
    // (what to replace in the good figure row, the exact message expected)
    let cases = [
        (("43.33,%", "43.3x,%"), "data/figures.csv:2:7: [value] `43.3x` is not a plain decimal such as 18.7"),
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
        (("2025,as_of,,", "2025,period,,"), "data/figures.csv:2:13: [period_from] a period total needs the year it starts (五年 → 2021 for 2021–2025)"),
        (("2025,as_of,,", "2025,period,2026,"), "data/figures.csv:2:13: [period_from] 2026 is after the period's end 2025"),
        (("2025,as_of,,", "2025,as_of,2021,"), "data/figures.csv:2:13: [period_from] is only for scope `period`, not `as_of`"),
        (("2025,as_of", ",as_of"), "data/figures.csv:2:11: [year] is required for scope `as_of`"),
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
}

#[test]
fn csv_reader_handles_quotes_bom_crlf_and_reports_syntax_errors() {
    let records = csv::parse("\u{feff}a,\"b,\"\"c\"\"\"\r\n\r\n1,\"x\ny\"\n").expect("valid CSV");
    assert_eq!(records.len(), 2);
    assert_eq!(records[0].fields[1].text, "b,\"c\"");
    assert_eq!((records[1].line, records[1].fields[1].text.as_str()), (3, "x\ny"));
    let e = csv::parse("a,b\n1,\"open\n").unwrap_err();
    assert_eq!((e.line, e.reason), (2, "unterminated quoted field"));
    let e = csv::parse("a,b\n1,x\"y\n").unwrap_err();
    assert_eq!((e.line, e.column, e.reason), (2, 2, "quote inside an unquoted field"));
    assert_eq!(csv::escape("a,b"), "\"a,b\"");
    assert_eq!(csv::escape("say \"hi\""), "\"say \"\"hi\"\"\"");
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn csv_reader_never_panics(text in "[\\PC\\n\\r,\"]{0,300}") {
            let _ = csv::parse(&text);
        }

        #[test]
        fn escaped_fields_read_back_unchanged(fields in proptest::collection::vec("[\\PC\\n,\"]{0,20}", 1..6)) {
            // A lone empty field is a blank line, which the reader skips by design.
            prop_assume!(!(fields.len() == 1 && fields[0].is_empty()));
            let line = fields.iter().map(|f| csv::escape(f)).collect::<Vec<_>>().join(",");
            let records = csv::parse(&format!("{line}\n")).expect("escaped CSV parses");
            prop_assert_eq!(records.len(), 1);
            let back: Vec<String> = records[0].fields.iter().map(|f| f.text.clone()).collect();
            prop_assert_eq!(back, fields);
        }

        #[test]
        fn loader_never_panics_on_broken_rows(row in "[\\PCa-z0-9,\"]{0,200}") {
            let figures = header(FIGURE_COLUMNS) + &row + "\n";
            let projects = header(PROJECT_COLUMNS) + &row + "\n";
            let _ = load(&CsvTexts { sources: SOURCES, figures: &figures, projects: &projects, commitments: &row });
        }

        #[test]
        fn loader_never_panics_on_any_text(text in "\\PC{0,300}") {
            let _ = load(&CsvTexts { sources: &text, figures: &text, projects: &text, commitments: &text });
        }
    }
}
