//! Figures read the same as the document: the value text untouched, the qualifier kept.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use renewal_explorer::core::display::{change_label, scope_label, value_label};
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
    assert_eq!(scope_label(&f, Lang::Zh), "2020→2025年");
    assert_eq!(scope_label(&f, Lang::En), "2020→2025");
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
        assert_eq!((scope_label(&f, Lang::Zh).as_str(), scope_label(&f, Lang::En).as_str()), (zh, en), "{:?}", f.scope);
    }
}
