//! Figures read the same as the document: the value text untouched, the qualifier kept.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use renewal_explorer::core::dataset::data;
use renewal_explorer::core::display::{as_of_date, change_label, scope_label, value_label};
use renewal_explorer::core::model::{Approx, Category, Figure, FigureKind, Lang, Scope};
use support::city;

fn figure(value_text: &'static str, unit_zh: &'static str, unit_en: &'static str, approx: Option<Approx>) -> Figure {
    Figure {
        id: "x",
        city: city("hebi"),
        category: Category::Greening,
        metric_key: None,
        metric_zh: "指标",
        metric_en: "metric",
        value_text,
        value: value_text.parse().unwrap_or(0.0),
        unit_zh,
        unit_en,
        kind: FigureKind::Achieved,
        year: Some(2025),
        scope: Scope::Year,
        period_from: None,
        approx,
        baseline_text: None,
        baseline_value: None,
        baseline_year: None,
        project_id: None,
        source_id: "s",
        quote: "q",
        note_zh: "",
        note_en: "",
    }
}

#[test]
fn values_keep_the_documents_text_and_qualifier() {
    let cases = [
        (
            figure("18.7", "亿元", "100 million yuan", Some(Approx::MoreThan)),
            "超过18.7亿元",
            "more than 18.7 100 million yuan",
        ),
        (figure("43.33", "%", "%", None), "43.33%", "43.33%"),
        (figure("2.90", "万个", "10,000 units", Some(Approx::About)), "约2.90万个", "about 2.90 10,000 units"),
        (figure("30", "%", "%", Some(Approx::AtLeast)), "不低于30%", "at least 30%"),
    ];
    for (f, zh, en) in cases {
        assert_eq!(value_label(&f, Lang::Zh), zh);
        assert_eq!(value_label(&f, Lang::En), en);
    }
}

#[test]
fn before_after_and_years() {
    let mut f = figure("600.59", "公里", "km", None);
    assert_eq!(change_label(&f, Lang::Zh), None);
    f.baseline_text = Some("380.6");
    f.baseline_year = Some(2020);
    assert_eq!(change_label(&f, Lang::Zh).as_deref(), Some("380.6公里 → 600.59公里"));
    assert_eq!(change_label(&f, Lang::En).as_deref(), Some("380.6 km → 600.59 km"));
    assert_eq!(scope_label(data(), &f, Lang::Zh), "2020→2025年");
    assert_eq!(scope_label(data(), &f, Lang::En), "2020→2025");
}

#[test]
fn every_figure_says_the_time_it_covers_never_a_bare_year_for_a_total() {
    let f = figure("150", "个", "", Some(Approx::MoreThan));
    let with = |scope, period_from, year| Figure { scope, period_from, year, ..f };
    let cases = [
        (with(Scope::Year, None, Some(2025)), "2025年", "2025"),
        (with(Scope::Period, Some(2021), Some(2025)), "2021—2025年累计", "total 2021–2025"),
        // 近年来: the document gives no start, and none is guessed.
        (with(Scope::Period, None, Some(2024)), "近年来累计（至2024年）", "total in recent years, to 2024"),
        (with(Scope::AsOf, None, Some(2025)), "截至2025年", "as of 2025"),
        (with(Scope::By, None, Some(2027)), "到2027年", "by 2027"),
        (with(Scope::Undated, None, None), "未注明时间", "no date given"),
    ];
    for (f, zh, en) in cases {
        assert_eq!(
            (scope_label(data(), &f, Lang::Zh).as_str(), scope_label(data(), &f, Lang::En).as_str()),
            (zh, en),
            "{:?}",
            f.scope
        );
    }
}

#[test]
fn a_state_is_dated_as_precisely_as_its_sentence_else_its_document_allows() {
    // The sentence's own date after 截至, with or without its year.
    assert_eq!(as_of_date("截至10月9日,76条小巷已改造完成", 2025, "2025-10"), Some((10, Some(9))));
    assert_eq!(as_of_date("截至2025年10月,已建成", 2025, "2025"), Some((10, None)));
    // Otherwise the document's month, where the document is of the figure's year.
    assert_eq!(as_of_date("截至目前,已累计完成", 2025, "2025-10"), Some((10, None)));
    assert_eq!(as_of_date("全市三级医院发展到15家", 2024, "2024-10-28"), Some((10, None)));
    // A year alone where neither says more: a document dated by its year, or of another year.
    assert_eq!(as_of_date("绿化覆盖率达48.79%", 2025, "2025"), None);
    assert_eq!(as_of_date("2023年开通“绿色通道”", 2023, "2025-10"), None);
    // A date of another year in the sentence is not this figure's.
    assert_eq!(as_of_date("截至2024年12月底", 2025, "2025"), None);
    assert_eq!(as_of_date("截至13月", 2025, "2025"), None, "no month 13");
    assert_eq!(
        as_of_date("截至10月12个小区完成改造", 2025, "2025"),
        Some((10, None)),
        "a count after the month is no day"
    );
    assert_eq!(as_of_date("截至10月32日", 2025, "2025"), Some((10, None)), "no day 32");

    let figure = |id: &str| data().figures.iter().find(|f| f.id == id).copied().expect("a figure of the dataset");
    // 76 alleys "截至10月9日" in a report of October 2025.
    let alleys = figure("pds25-f026");
    assert_eq!(scope_label(data(), &alleys, Lang::Zh), "截至2025年10月9日");
    assert_eq!(scope_label(data(), &alleys, Lang::En), "as of 9 October 2025");
    // "截至目前" in the same report.
    let now = figure("pds25-f036");
    assert_eq!(scope_label(data(), &now, Lang::Zh), "截至2025年10月");
    assert_eq!(scope_label(data(), &now, Lang::En), "as of October 2025");
    // Hebi's report is dated by its year only.
    assert_eq!(scope_label(data(), &figure("hb25-f008"), Lang::En), "as of 2025");
}

#[test]
fn a_period_read_from_the_documents_frame_says_so() {
    use renewal_explorer::core::display::{figure_note, period_inferred};
    let figure = |id: &str| data().figures.iter().find(|f| f.id == id).copied().expect("a figure of the dataset");
    // "累计新增公共停车位2.9万余个", in Hebi's report on the 14th Five-Year Plan.
    let parking = figure("hb25-f057");
    assert!(period_inferred(&parking));
    assert!(figure_note(&parking, Lang::En).contains("the editor's reading of the document's frame"));
    assert!(figure_note(&parking, Lang::Zh).contains("本句未写明"));
    // The sentence says it: “十四五”以来; a start the document does not give (近年来); one year's.
    for id in ["pds25-f008", "pds24-f027"] {
        assert!(!period_inferred(&figure(id)), "{id}");
    }
    let stated = Figure { quote: "2021年至今累计完成", ..parking };
    assert!(!period_inferred(&stated), "its first year is in the sentence");
    let one_year = Figure { scope: Scope::Year, period_from: None, ..parking };
    assert!(!period_inferred(&one_year));
    assert_eq!(figure_note(&one_year, Lang::En), "", "nothing to say");
    // An editor's note comes first, the frame after it.
    let noted = Figure { note_en: "The source reads X.", ..parking };
    assert!(figure_note(&noted, Lang::En).starts_with("The source reads X. The period is"));
}
