//! Charts: the SVG they draw at each width (bars per data point, lengths proportional to values,
//! text that keeps its size, labels, escaping), their tables and CSV, and snapshots of real
//! charts at a phone's and a desktop's width and in large text in `tests/snapshots/`.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use renewal_explorer::core::chart::{
    categories, chart_by_id, charts_for, city_colour, compare, file_name, project_charts, scale, Chart, ChartError,
    ChartSet, Drawing, Table, TextSize, DOWNLOAD_WIDTH, WIDTHS,
};
use renewal_explorer::core::dataset::data;
use renewal_explorer::core::model::{Approx, Category, City, Figure, FigureKind, Lang, Scope};
use renewal_explorer::core::url_state::ViewState;
use std::path::Path;
use std::sync::LazyLock;
use support::city;

/// The attributes of every `<rect>` in an SVG, as (x, y, width, height, fill, stroke).
fn rects(svg: &str) -> Vec<(f64, f64, f64, f64, String, String)> {
    let attr = |tag: &str, name: &str| -> String {
        tag.split(&format!(" {name}=\"")).nth(1).and_then(|rest| rest.split('"').next()).unwrap_or("").to_string()
    };
    svg.split("<rect")
        .skip(1)
        .map(|t| {
            let tag = t.split("/>").next().unwrap_or("");
            let num = |n: &str| attr(tag, n).parse::<f64>().unwrap_or(f64::NAN);
            (num("x"), num("y"), num("width"), num("height"), attr(tag, "fill"), attr(tag, "stroke"))
        })
        .collect()
}

/// A chart's drawings, which must have been drawn.
fn drawn(chart: &Chart) -> &[Drawing] {
    chart.drawings.as_deref().unwrap_or_else(|e| panic!("{}: {e}", chart.id))
}

fn hex(city: City) -> String {
    let c = city_colour(city);
    format!("#{:02X}{:02X}{:02X}", c.0, c.1, c.2)
}

/// The sizes of every `<text>` in an SVG.
fn text_sizes(svg: &str) -> Vec<u32> {
    svg.split("font-size=\"").skip(1).filter_map(|t| t.split('"').next()?.parse().ok()).collect()
}

/// Bars drawn in a city's colour (filled or outlined).
fn city_bars(svg: &str) -> Vec<(f64, f64, f64, f64, String, String)> {
    let colours: Vec<String> = data().cities.iter().map(|&c| hex(c)).collect();
    rects(svg).into_iter().filter(|r| colours.contains(&r.4) || colours.contains(&r.5)).collect()
}

fn fig(
    id: &'static str,
    city: City,
    metric_zh: &'static str,
    value_text: &'static str,
    value: f64,
    kind: FigureKind,
) -> Figure {
    Figure {
        id,
        city,
        category: Category::Greening,
        metric_key: Some("shade_rate"),
        metric_zh,
        metric_en: "Shade rate",
        value_text,
        value,
        unit_zh: "%",
        unit_en: "%",
        kind,
        year: Some(2025),
        scope: Scope::AsOf,
        period_from: None,
        approx: None,
        baseline_text: None,
        baseline_value: None,
        baseline_year: None,
        project_id: None,
        source_id: "hb-report-2025",
        quote: "q",
        note_zh: "",
        note_en: "",
    }
}

static SHADE: LazyLock<[Figure; 3]> = LazyLock::new(|| {
    [
        fig("x1", city("pingdingshan"), "林荫路<script>&覆盖率", "20", 20.0, FigureKind::Achieved),
        fig("x2", city("hebi"), "林荫路覆盖率", "40", 40.0, FigureKind::Achieved),
        fig("x3", city("jiaozuo"), "林荫路覆盖率", "80", 80.0, FigureKind::Target),
    ]
});

#[test]
fn compare_chart_has_one_bar_per_city_with_lengths_proportional_to_values() {
    let figures: Vec<&Figure> = SHADE.iter().collect();
    let charts = compare::charts(data(), &figures, None, Lang::Zh, TextSize::Normal);
    assert_eq!(charts.len(), 1);
    let chart = &charts[0];
    assert_eq!(chart.id, "compare-shade-rate");
    let bars = city_bars(chart.svg());
    assert_eq!(bars.len(), 3, "one bar per data point: {bars:?}");
    for (bar, f) in bars.iter().zip(SHADE.iter()) {
        // An outline is inset by its stroke: 2 px shorter than its value.
        let length = bar.2 + if bar.4 == "none" { 2.0 } else { 0.0 };
        let expected = bars[1].2 / 40.0;
        // Both ends are whole pixels: within 2 px.
        assert!((length / f.value - expected).abs() * f.value <= 2.0, "{}: length {} for {}", f.id, bar.2, f.value);
    }
    // The target is an outline, the achievements are solid.
    assert_eq!(bars[2].4, "none");
    assert_eq!(bars[2].5, hex(city("jiaozuo")));
    assert_eq!(bars[0].4, hex(city("pingdingshan")));
    for label in ["平顶山", "鹤壁", "焦作", "20", "40", "80", "截至2025年 目标", "实心：已完成/现状", "空心：目标/计划"]
    {
        assert!(chart.svg().contains(label), "label {label} in the SVG");
    }
    assert_eq!(chart.table.rows.len(), 3);
    assert!(chart.caption.starts_with("来源：《鹤壁市"), "{}", chart.caption);
}

#[test]
fn text_from_data_is_escaped_in_svg_and_description() {
    let figures: Vec<&Figure> = SHADE.iter().collect();
    let chart = compare::charts(data(), &figures, None, Lang::Zh, TextSize::Normal).remove(0);
    // The unknown key takes its title from the first figure's metric.
    assert!(chart.title.contains("<script>"));
    assert!(chart.svg().contains("<title>林荫路&lt;script&gt;&amp;覆盖率</title>"), "{}", &chart.svg()[..300]);
    assert!(!chart.svg().contains("<script>"));
}

#[test]
fn a_metric_reported_by_one_city_is_not_compared() {
    let figures: Vec<&Figure> = SHADE.iter().filter(|f| f.city == city("hebi")).collect();
    assert!(compare::charts(data(), &figures, None, Lang::En, TextSize::Normal).is_empty());
}

#[test]
fn bundled_data_gives_compare_charts_only_for_shared_keys_with_equal_units() {
    let charts = charts_for(data(), &ViewState::default(), Lang::Zh, ChartSet::Compare);
    assert!(charts.len() >= 4, "{}", charts.len());
    for chart in &charts {
        let key = chart.id.trim_start_matches("compare-").replace('-', "_");
        let figures: Vec<&Figure> = data().figures.iter().filter(|f| f.metric_key == Some(key.as_str())).collect();
        let units: std::collections::HashSet<&str> = chart.table.rows.iter().map(|r| r[3].as_str()).collect();
        assert_eq!(units.len(), 1, "{}: one unit", chart.id);
        assert!(
            city_bars(chart.svg()).len() >= 2 && city_bars(chart.svg()).len() == chart.table.rows.len(),
            "{}",
            chart.id
        );
        assert!(!figures.is_empty());
    }
}

#[test]
fn category_chart_rows_stack_city_counts_and_can_be_hit() {
    let state = ViewState { cities: vec![city("hebi"), city("jiyuan")], ..Default::default() };
    let projects = renewal_explorer::core::filter::apply(data().projects, &state);
    let chart = categories::projects_chart(data(), &projects, Lang::En, TextSize::Normal).expect("drawn");
    let rows = categories::counts(data().cities, &projects);
    assert!(rows.iter().all(|(_, per)| per.iter().sum::<usize>() > 0), "no row for a category with nothing");
    assert!(rows.len() < Category::ALL.len(), "two cities' projects leave some categories out");
    assert!(drawn(&chart).iter().all(|d| d.hits.len() == rows.len()), "a button per row at every width");
    assert_eq!(chart.table.rows.len(), rows.len());
    let segments: usize = rows.iter().map(|(_, per)| per.iter().filter(|n| **n > 0).count()).sum();
    assert_eq!(
        city_bars(chart.svg()).len(),
        segments + data().cities.len(),
        "one segment per non-zero count, plus the legend"
    );
    let total: usize = rows.iter().map(|(_, per)| per.iter().sum::<usize>()).sum();
    assert_eq!(total, projects.len());
    for drawing in drawn(&chart) {
        for hit in &drawing.hits {
            assert!(hit.top > 0.0 && hit.top + hit.height <= 1.0);
        }
        // The rows are tap targets of at least 24 CSS px at the width they are drawn for.
        let height: f64 = drawing
            .svg
            .split("height=\"")
            .nth(1)
            .and_then(|h| h.split('"').next())
            .and_then(|h| h.parse().ok())
            .unwrap_or(0.0);
        assert!(drawing.hits.iter().all(|h| h.height * height >= 24.0), "{} px wide", drawing.width);
    }
    assert!(chart.svg().contains("Jiyuan") && chart.svg().contains("Hebi"));
}

#[test]
fn overview_charts_follow_filters_and_have_unique_url_safe_ids() {
    let all = charts_for(data(), &ViewState::default(), Lang::Zh, ChartSet::Overview);
    let hebi = charts_for(
        data(),
        &ViewState { cities: vec![city("hebi")], ..Default::default() },
        Lang::Zh,
        ChartSet::Overview,
    );
    assert!(all.iter().any(|c| c.id.starts_with("change-")), "before → after charts");
    assert!(all.iter().any(|c| c.id.starts_with("progress-")), "progress charts");
    assert!(hebi.len() < all.len());
    let mut ids: Vec<&str> = all.iter().map(|c| c.id.as_str()).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), all.len());
    for chart in &all {
        assert!(chart.id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'), "{}", chart.id);
        assert!(chart.svg().contains("role=\"img\"") && chart.svg().contains("<desc>"), "{}", chart.id);
        assert_eq!(
            chart_by_id(data(), &ViewState::default(), Lang::Zh, &chart.id).map(|c| c.id),
            Some(chart.id.clone())
        );
    }
}

#[test]
fn change_chart_draws_before_and_after_from_the_document() {
    let f = data().figures.iter().find(|f| f.baseline_text == Some("380.6")).expect("road length 380.6 → 600.59");
    let chart = chart_by_id(data(), &ViewState::default(), Lang::Zh, &format!("change-{}", f.id)).expect("chart");
    let bars = city_bars(chart.svg());
    assert_eq!(bars.len(), 2);
    assert!((bars[0].2 / bars[1].2 - 380.6 / 600.59).abs() < 0.01, "{bars:?}");
    assert!(chart.svg().contains("380.6") && chart.svg().contains("600.59"));
    assert_eq!(chart.table.rows[0][1], "380.6");
}

#[test]
fn progress_chart_fills_the_share_reported_done() {
    let chart = charts_for(data(), &ViewState::default(), Lang::Zh, ChartSet::Overview)
        .into_iter()
        .find(|c| c.id.starts_with("progress-") && c.table.rows[0][1] == "76" && c.table.rows[1][1] == "300")
        .expect("back alleys: 76 of 300");
    let bars: Vec<_> = city_bars(chart.svg()).into_iter().filter(|b| b.2 > 12.0).collect();
    let (goal, done) = (&bars[0], &bars[1]);
    assert_eq!(goal.4, "none", "the goal is an outline");
    assert!((done.2 / (goal.2 + 2.0) - 76.0 / 300.0).abs() < 0.01, "{bars:?}");
}

#[test]
fn project_detail_charts_come_from_its_own_figures() {
    // pds25-f008 (with a baseline) belongs to project pds25-p009: its change chart is drawn there.
    let ids: Vec<String> =
        project_charts(data(), "pds25-p009", Lang::En, TextSize::Normal).into_iter().map(|c| c.id).collect();
    assert!(ids.contains(&"change-pds25-f008".to_string()), "{ids:?}");
    assert!(ids.iter().all(|id| id.starts_with("change-pds25-f") || id.starts_with("progress-")), "{ids:?}");
    assert!(project_charts(data(), "no-such-project", Lang::En, TextSize::Normal).is_empty());
}

#[test]
fn a_change_or_progress_chart_link_draws_that_figure_s_chart() {
    let everything = ViewState::default();
    let change = chart_by_id(data(), &everything, Lang::En, "change-pds25-f008").expect("a change chart");
    assert_eq!(change.id, "change-pds25-f008");
    // Before 380.6 km at the start of the 14th Five-Year Plan (2020, the editor's reading, said in
    // the row's note), after 600.59 km in 2025.
    let years: Vec<&str> = change.table.rows.iter().filter_map(|r| r.last()).map(String::as_str).collect();
    assert_eq!(years, ["2020", "2025"], "{:?}", change.table.rows);
    let zh = chart_by_id(data(), &everything, Lang::Zh, "change-pds25-f008").expect("a change chart");
    assert_eq!(zh.table.rows[1].last().map(String::as_str), Some("2025年"));
    let progress = chart_by_id(data(), &everything, Lang::En, "progress-pds25-f025").expect("a progress chart");
    assert_eq!(progress.id, "progress-pds25-f025");
    assert!(chart_by_id(data(), &everything, Lang::En, "change-no-such-figure").is_none());
    // Filtered out, the figure's chart is not drawn.
    let elsewhere = ViewState { cities: vec![city("hebi")], ..ViewState::default() };
    assert!(chart_by_id(data(), &elsewhere, Lang::En, "change-pds25-f008").is_none());
}

/// Issue 18: a five-year total and one year's work are never drawn as equals; totals stand
/// beside totals over the same period, levels beside levels, and each bar says its time.
#[test]
fn a_period_total_is_never_drawn_beside_one_years_value() {
    let alleys = |id, city, value_text, value: f64, scope, period_from| Figure {
        metric_key: Some("back_alleys_renovated"),
        unit_zh: "条",
        unit_en: "alleys",
        scope,
        period_from,
        ..fig(id, city, "背街小巷", value_text, value, FigureKind::Achieved)
    };
    let five_years = alleys("a", city("hebi"), "91", 91.0, Scope::Period, Some(2021));
    let one_year = alleys("b", city("pingdingshan"), "76", 76.0, Scope::Year, None);
    let four_years = alleys("c", city("jiaozuo"), "40", 40.0, Scope::Period, Some(2022));
    let charts = compare::charts(data(), &[&five_years, &one_year, &four_years], None, Lang::Zh, TextSize::Normal);
    assert!(
        charts.is_empty(),
        "no two of these are comparable: {:?}",
        charts.iter().map(|c| &c.description).collect::<Vec<_>>()
    );

    let also_five_years = alleys("d", city("jiyuan"), "50", 50.0, Scope::Period, Some(2021));
    let charts = compare::charts(data(), &[&five_years, &one_year, &also_five_years], None, Lang::Zh, TextSize::Normal);
    assert_eq!(charts.len(), 1, "the two totals over 2021–2025 are compared");
    let chart = &charts[0];
    assert!(!chart.description.contains("76"), "the one-year value is not among them: {}", chart.description);
    assert_eq!(
        chart.description.matches("2021—2025年累计").count(),
        2,
        "each bar says its period: {}",
        chart.description
    );
    assert!(chart.svg().contains("2021—2025年累计"), "in the picture too");
    assert!(chart.table.rows.iter().all(|row| row.last().is_some_and(|t| t == "2021—2025年累计")), "{:?}", chart.table);
}

#[test]
fn tables_export_as_csv_with_the_header_first_sources_in_a_column_and_no_formulas() {
    let figures: Vec<&Figure> = SHADE.iter().collect();
    let chart = compare::charts(data(), &figures, None, Lang::En, TextSize::Normal).remove(0);
    let csv = chart.table.to_csv("Sources", "“Hebi report” (Hebi Daily, 2025)");
    assert!(csv.starts_with('\u{feff}'), "a BOM for Excel");
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').lines().collect();
    assert_eq!(lines[0], "City,Metric as written,Value,Unit,Type,Time,Sources", "the header row comes first");
    assert_eq!(lines.len(), 1 + chart.table.rows.len());
    assert!(lines[1..].iter().all(|l| l.ends_with(",\"“Hebi report” (Hebi Daily, 2025)\"")), "{csv}");
    let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(csv.as_bytes());
    let records: Vec<csv::StringRecord> = reader.records().collect::<Result<_, _>>().expect("a standard CSV");
    assert_eq!(records.len(), 1 + chart.table.rows.len());
    assert!(records.iter().all(|r| r.len() == 7), "every row as wide as the header");
    assert_eq!(&records[0][0], "City", "the BOM is not part of the first header");

    let hostile = Table {
        headers: vec!["名称".into(), "数值".into(), "年份".into()],
        rows: vec![
            vec!["=HYPERLINK(\"http://x\")".into(), "-3.5".into(), String::new()],
            vec!["@SUM(A1)".into(), "+1".into(), "2025".into()],
        ],
    };
    let csv = hostile.to_csv("来源", "《文件》");
    assert!(
        csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\",-3.5,,《文件》"),
        "formulas quoted, numbers kept, empty stays empty: {csv}"
    );
    assert!(csv.contains("'@SUM(A1),+1,2025"), "{csv}");
    assert_eq!(file_name("Projects by category / city: 2025?", "csv"), "Projects by category _ city_ 2025_.csv");
}

#[test]
fn ticks_and_labels() {
    assert_eq!(scale::nice_ticks(43.33, 4), vec![0.0, 20.0, 40.0, 60.0]);
    assert_eq!(scale::nice_ticks(600.59, 4), vec![0.0, 200.0, 400.0, 600.0, 800.0]);
    assert_eq!(scale::nice_ticks(0.0, 4), vec![0.0, 1.0]);
    // Steps below one and at an exact power of ten.
    assert_eq!(scale::nice_ticks(0.9, 4), vec![0.0, 0.5, 1.0]);
    assert_eq!(scale::nice_ticks(0.03, 3), vec![0.0, 0.01, 0.02, 0.03]);
    assert_eq!(scale::nice_ticks(4000.0, 4), vec![0.0, 1000.0, 2000.0, 3000.0, 4000.0]);
    assert_eq!(scale::nice_ticks(100.0, 10), vec![0.0, 10.0, 20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0, 90.0, 100.0]);
    assert_eq!(scale::tick_label(20.0), "20");
    assert_eq!(scale::tick_label(2.5), "2.5");
    assert_eq!(scale::decimal(0.125), "0.125");
    assert_eq!(scale::decimal(-3.5), "-3.5");
    assert_eq!(scale::decimal(600.0), "600");
    assert_eq!(scale::css_percent(0.12345), "12.345%");
    assert_eq!(scale::fit_label("园林绿化", 200, 12), ("园林绿化".to_string(), false));
    let (cut, was_cut) = scale::fit_label("Housing & old compounds", 80, 12);
    assert!(was_cut && cut.ends_with('…') && scale::text_width(&cut, 12) <= 80, "{cut}");
    // Text and "…" (about one character) exactly filling the room is kept.
    assert_eq!(scale::fit_label("甲乙丙丁", 30, 10), ("甲乙…".to_string(), true));
}

#[test]
fn the_status_chart_has_a_row_only_for_cities_with_projects() {
    let hebi = ViewState { cities: vec![city("hebi")], ..Default::default() };
    let projects = renewal_explorer::core::filter::apply(data().projects, &hebi);
    let rows = renewal_explorer::core::chart::status::counts(data().cities, &projects);
    assert_eq!(rows.iter().map(|(c, _)| *c).collect::<Vec<_>>(), [city("hebi")]);
    assert_eq!(rows[0].1.iter().sum::<usize>(), projects.len());
}

#[test]
fn qualifiers_show_as_symbols_on_bars() {
    let mut f = SHADE[1];
    f.approx = Some(Approx::MoreThan);
    let g = SHADE[0];
    let chart = compare::charts(data(), &[&g, &f], None, Lang::Zh, TextSize::Normal).remove(0);
    assert!(chart.svg().contains("&gt;40"), "more than 40 is drawn as >40");
}

/// Compares a chart's SVG with `tests/snapshots/NAME.svg`; on a difference writes
/// `NAME-changed.svg` beside it. `UPDATE_SNAPSHOTS=1` rewrites the snapshot.
fn check_snapshot(name: &str, svg: &str) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    let path = dir.join(format!("{name}.svg"));
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::create_dir_all(&dir).expect("snapshot dir");
        std::fs::write(&path, svg).expect("write snapshot");
        return;
    }
    let saved = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("{} missing: run with UPDATE_SNAPSHOTS=1", path.display()));
    if saved != svg {
        let changed = dir.join(format!("{name}-changed.svg"));
        let _ = std::fs::write(&changed, svg);
        panic!("{name} differs from its snapshot; see {}", changed.display());
    }
}

/// Each drawing of a chart as `NAME.WIDTH.svg`.
fn check_drawings(name: &str, chart: &Chart) {
    assert_eq!(drawn(chart).iter().map(|d| d.width).collect::<Vec<_>>(), WIDTHS, "{name}: one drawing per width");
    for drawing in drawn(chart) {
        check_snapshot(&format!("{name}.{}", drawing.width), &drawing.svg);
    }
}

#[test]
fn snapshots_of_real_charts_at_each_width_and_in_large_text() {
    let zh = charts_for(data(), &ViewState::default(), Lang::Zh, ChartSet::Compare);
    check_drawings(
        "compare-green-coverage-rate.zh",
        zh.iter().find(|c| c.id == "compare-green-coverage-rate").expect("compared"),
    );
    let en = charts_for(data(), &ViewState::default(), Lang::En, ChartSet::Overview);
    check_drawings("projects-by-category.en", en.iter().find(|c| c.id == "projects-by-category").expect("by category"));
    let large = ViewState { large: true, ..Default::default() };
    let status = charts_for(data(), &large, Lang::Zh, ChartSet::Landing).remove(0);
    check_drawings("projects-by-status.zh.large", &status);
}

/// On a phone the text keeps its size: drawn at the width it is shown at, never below 12 px,
/// and the large-text mode draws it 1.25 times larger (re-laid out, not scaled).
#[test]
fn text_is_at_least_12_px_at_every_width_and_a_quarter_larger_in_large_text() {
    let views = [ChartSet::Overview, ChartSet::Compare];
    for lang in [Lang::Zh, Lang::En] {
        for set in views {
            let normal = charts_for(data(), &ViewState::default(), lang, set);
            let large = charts_for(data(), &ViewState { large: true, ..Default::default() }, lang, set);
            for (n, l) in normal.iter().zip(&large) {
                for (dn, dl) in drawn(n).iter().zip(drawn(l)) {
                    let (sn, sl) = (text_sizes(&dn.svg), text_sizes(&dl.svg));
                    assert!(sn.iter().all(|&s| s >= 12), "{} at {}: {sn:?}", n.id, dn.width);
                    let median = |mut v: Vec<u32>| {
                        v.sort_unstable();
                        f64::from(v[v.len() / 2])
                    };
                    assert!(median(sl) >= 1.25 * median(sn), "{} at {}: large text is 1.25× larger", n.id, dn.width);
                    assert!(dn.svg.starts_with(&format!("<svg width=\"{}\"", dn.width)), "drawn at its width");
                }
            }
        }
    }
}

/// Labels never collide: at a phone's width a row's label goes above its bar, beside it wider.
#[test]
fn labels_go_above_the_bars_on_a_phone_and_beside_them_on_a_desktop() {
    let chart = charts_for(data(), &ViewState::default(), Lang::En, ChartSet::Landing).remove(0);
    let label_x = |svg: &str, label: &str| -> Option<(String, String)> {
        let at = svg.find(&format!(">{label}</text>"))?;
        let tag = &svg[svg[..at].rfind("<text")?..at];
        let attr = |n: &str| tag.split(&format!(" {n}=\"")).nth(1).and_then(|r| r.split('"').next()).map(String::from);
        Some((attr("x")?, attr("text-anchor")?))
    };
    let phone = &drawn(&chart)[0].svg;
    let desktop = &drawn(&chart)[2].svg;
    assert_eq!(label_x(phone, "Jiyuan"), Some(("6".into(), "start".into())), "above the bar, from the left edge");
    let (x, anchor) = label_x(desktop, "Jiyuan").expect("a label");
    assert_eq!(anchor, "end", "beside the bar, ending where the bar starts");
    assert!(x.parse::<u32>().is_ok_and(|x| x > 40 && x < 280), "{x}");
}

#[test]
fn a_caption_names_each_document_once_with_the_language_s_separator() {
    let everything = ViewState::default();
    for (lang, separator, opening) in [(Lang::Zh, "；", "《"), (Lang::En, "; ", "“")] {
        let chart = chart_by_id(data(), &everything, lang, "projects-by-status").expect("drawn");
        assert_eq!(chart.caption.matches(opening).count(), data().sources.len(), "{}", chart.caption);
        assert_eq!(chart.caption.matches(separator).count(), data().sources.len() - 1, "{}", chart.caption);
    }
}

#[test]
fn the_download_is_the_drawing_made_for_it() {
    let chart = chart_by_id(data(), &ViewState::default(), Lang::Zh, "projects-by-status").expect("drawn");
    let made_for_it = drawn(&chart).iter().find(|d| d.width == DOWNLOAD_WIDTH).expect("a drawing at that width");
    assert_eq!(chart.svg(), made_for_it.svg);
    assert_ne!(chart.svg(), drawn(&chart)[0].svg, "not the narrowest ({} px)", drawn(&chart)[0].width);
}

#[test]
fn a_download_s_sources_column_is_the_caption_without_its_label() {
    use renewal_explorer::core::chart::sources_of;
    assert_eq!(sources_of("来源：《甲》（乙，2025）", Lang::Zh), "《甲》（乙，2025）");
    assert_eq!(sources_of("Sources: “A” (B, 2025)", Lang::En), "“A” (B, 2025)");
    assert_eq!(sources_of("no label", Lang::En), "no label", "a caption without the label stays whole");
}

#[test]
fn a_metric_compared_in_several_kinds_of_time_gets_a_chart_for_each_named_by_its_time() {
    let year = |id, c| Figure {
        scope: Scope::Year,
        ..fig(id, city(c), "林荫路覆盖率", "30", 30.0, FigureKind::Achieved)
    };
    let total = |id, c| Figure {
        scope: Scope::Period,
        period_from: Some(2021),
        ..fig(id, city(c), "林荫路覆盖率", "30", 30.0, FigureKind::Achieved)
    };
    let more = [year("y1", "hebi"), year("y2", "jiyuan"), total("t1", "hebi"), total("t2", "jiaozuo")];
    let figures: Vec<&Figure> = SHADE.iter().chain(&more).collect();
    let ids: Vec<String> =
        compare::charts(data(), &figures, None, Lang::En, TextSize::Normal).into_iter().map(|c| c.id).collect();
    assert_eq!(ids, ["compare-shade-rate", "compare-shade-rate-one-year", "compare-shade-rate-2021-2025"]);
}

#[test]
fn a_chart_that_cannot_be_drawn_says_so() {
    assert_eq!(ChartError("no bars".into()).to_string(), "chart could not be drawn: no bars");
}
