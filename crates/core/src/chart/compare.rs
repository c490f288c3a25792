//! Compare cities: one bar per city for a metric that several cities report, matched only by the
//! explicit `metric_key`, the same unit and comparable time: a total over a period only beside
//! totals over the same period, a single year's value only beside single years' values, and
//! levels (rates and stocks as of a date, targets by a deadline) beside levels. Every bar is
//! labelled with the time it covers; targets are outlined, achievements solid.

use super::kit::{city_colour, done_and_goal_keys, draw, is_goal, short_value, sources_caption, unit, Chart, Table};
use super::layout::TextSize;
use super::layout::{Bars, Row, Segment};
use crate::dataset::Dataset;
use crate::display::scope_label;
use crate::i18n::{pick, Tr};
use crate::model::{City, Figure, FigureKind, Lang, Scope};

/// Names for the shared metrics (each city's own wording stays in the table).
const KEY_NAMES: &[(&str, Tr)] = &[
    ("green_coverage_rate", Tr::new("绿化覆盖率", "Green coverage rate")),
    ("green_space_rate", Tr::new("绿地率", "Green space rate")),
    ("park_green_per_capita", Tr::new("人均公园绿地面积", "Park green space per person")),
    ("reclaimed_water_use_rate", Tr::new("再生水利用率", "Reclaimed water use rate")),
    ("back_alleys_renovated", Tr::new("背街小巷整治改造", "Back alleys renovated")),
    ("road_network_density", Tr::new("路网密度", "Road network density")),
    ("road_length", Tr::new("城市道路里程", "Urban road length")),
    ("old_compounds_renovated", Tr::new("老旧小区改造", "Old residential compounds renovated")),
    ("parking_spaces", Tr::new("新增停车位", "Parking spaces added")),
];

const COLUMNS: [Tr; 6] = [
    Tr::new("城市", "City"),
    Tr::new("原文指标", "Metric as written"),
    Tr::new("数值", "Value"),
    Tr::new("单位", "Unit"),
    Tr::new("类型", "Type"),
    Tr::new("时间", "Time"),
];

/// Which figures may stand side by side: the same kind of time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Comparable {
    /// One year's work or value (years may differ; each bar says which).
    OneYear,
    /// A total over exactly this period.
    Total { from: u16, to: u16 },
    /// A level: a rate or stock as of a date, or a target by a deadline (each bar says which).
    Level,
}

impl Comparable {
    pub fn of(f: &Figure) -> Comparable {
        match (f.scope, f.period_from, f.year) {
            (Scope::Period, Some(from), Some(to)) => Comparable::Total { from, to },
            // A period without its years cannot be checked against another: it stands alone.
            (Scope::Period, _, _) => Comparable::Total { from: 0, to: 0 },
            (Scope::Year, _, _) => Comparable::OneYear,
            (Scope::AsOf | Scope::By | Scope::Undated, _, _) => Comparable::Level,
        }
    }
}

/// The figure that stands for a city: its latest achievement, else its latest target or plan.
fn representative<'a>(figures: &[&'a Figure], city: City) -> Option<&'a Figure> {
    let rank = |f: &Figure| (is_goal(f.kind), std::cmp::Reverse(f.year));
    figures.iter().copied().filter(|f| f.city == city).min_by_key(|f| rank(f))
}

/// The comparisons among `figures`; with a `focus`, only those that include that city.
pub fn charts(data: &Dataset, figures: &[&Figure], focus: Option<City>, lang: Lang, text: TextSize) -> Vec<Chart> {
    groups(data, figures)
        .into_iter()
        .filter(|(_, _, per_city)| focus.is_none_or(|city| per_city.iter().any(|f| f.city == city)))
        .map(|(key, id, per_city)| chart(data, key, id, &per_city, lang, text))
        .collect()
}

/// The ids of the charts `charts` would draw, without drawing them.
pub fn ids(data: &Dataset, figures: &[&Figure]) -> Vec<String> {
    groups(data, figures).into_iter().map(|(_, id, _)| id).collect()
}

/// Each metric several cities report in the same unit and kind of time: its key, its chart's id
/// and the figure that stands for each city.
fn groups<'a>(data: &Dataset, figures: &[&'a Figure]) -> Vec<(&'static str, String, Vec<&'a Figure>)> {
    let mut groups: Vec<(&'static str, &str, Comparable)> = Vec::new();
    for f in figures {
        if let Some(key) = f.metric_key {
            let group = (key, f.unit_zh, Comparable::of(f));
            if !matches!(f.kind, FigureKind::Change) && !groups.contains(&group) {
                groups.push(group);
            }
        }
    }
    let mut drawn: Vec<(&'static str, Vec<&Figure>)> = Vec::new();
    for (key, unit_zh, time) in groups {
        let same: Vec<&Figure> = figures
            .iter()
            .copied()
            .filter(|f| f.metric_key == Some(key) && f.unit_zh == unit_zh && f.kind != FigureKind::Change)
            .filter(|f| Comparable::of(f) == time)
            .collect();
        let per_city: Vec<&Figure> = data.cities.iter().filter_map(|&c| representative(&same, c)).collect();
        if per_city.len() >= 2 {
            drawn.push((key, per_city));
        }
    }
    // A metric compared in more than one kind of time gets one chart for each; the first keeps
    // the plain id (`compare-<key>`), the others add their kind of time.
    let mut ids: Vec<String> = Vec::new();
    drawn
        .into_iter()
        .map(|(key, per_city)| {
            let plain = format!("compare-{}", key.replace('_', "-"));
            let id =
                if ids.contains(&plain) { format!("{plain}-{}", time_id(Comparable::of(per_city[0]))) } else { plain };
            ids.push(id.clone());
            (key, id, per_city)
        })
        .collect()
}

/// What the bars do not say: the cities whose documents hold no comparable figure, and that a
/// target stands beside an achievement.
fn notes(data: &Dataset, figures: &[&Figure], lang: Lang) -> Vec<String> {
    let first = figures[0];
    let comparable = |f: &Figure| {
        f.metric_key == first.metric_key
            && f.unit_zh == first.unit_zh
            && f.kind != FigureKind::Change
            && Comparable::of(f) == Comparable::of(first)
    };
    let missing: Vec<&str> = data
        .cities
        .iter()
        .filter(|&&c| !data.figures.iter().any(|f| f.city == c && comparable(f)))
        .map(|c| c.label().get(lang))
        .collect();
    let mut notes = Vec::new();
    if !missing.is_empty() {
        notes.push(match lang {
            Lang::Zh => format!("{}的文件没有可比的此项数据。", missing.join("、")),
            Lang::En => format!("No comparable figure in the documents of {}.", missing.join(", ")),
        });
    }
    let names = |goal: bool| -> Vec<&str> {
        figures.iter().filter(|f| is_goal(f.kind) == goal).map(|f| f.city.label().get(lang)).collect()
    };
    let (goals, done) = (names(true), names(false));
    if !goals.is_empty() && !done.is_empty() {
        notes.push(match lang {
            Lang::Zh => format!(
                "注意：{}的数值是目标或计划，{}的是已完成或现状，二者不是同一类数字。",
                goals.join("、"),
                done.join("、")
            ),
            Lang::En => format!(
                "Note: the value of {} is a target or plan, that of {} an achievement or current state: not the same kind of number.",
                goals.join(", "),
                done.join(", ")
            ),
        });
    }
    notes
}

/// `one-year`, `2021-2025`, `level`: what sets a second chart of the same metric apart.
fn time_id(time: Comparable) -> String {
    match time {
        Comparable::OneYear => "one-year".into(),
        Comparable::Total { from, to } => format!("{from}-{to}"),
        Comparable::Level => "level".into(),
    }
}

fn chart(data: &Dataset, key: &str, id: String, figures: &[&Figure], lang: Lang, text: TextSize) -> Chart {
    let title = KEY_NAMES
        .iter()
        .find(|(k, _)| *k == key)
        .map_or_else(|| pick(lang, figures[0].metric_zh, figures[0].metric_en), |(_, t)| t.get(lang))
        .to_string();
    let bars = Bars {
        rows: figures
            .iter()
            .map(|f| Row {
                label: f.city.label().get(lang).to_string(),
                sublabel: format!("{} {}", scope_label(data, f, lang), f.kind.label().get(lang)),
                segments: vec![Segment { value: f.value, colour: city_colour(f.city), filled: !is_goal(f.kind) }],
                value_text: short_value(f),
                filter: None,
            })
            .collect(),
        keys: done_and_goal_keys(lang),
        unit: unit(figures[0], lang).to_string(),
    };
    let parts: Vec<String> = figures
        .iter()
        .map(|f| {
            format!(
                "{} {} {} {}{}",
                f.city.label().get(lang),
                scope_label(data, f, lang),
                f.kind.label().get(lang),
                short_value(f),
                unit(f, lang)
            )
        })
        .collect();
    let description = format!("{title}: {}", parts.join(if lang == Lang::Zh { "；" } else { "; " }));
    let table = Table {
        headers: COLUMNS.iter().map(|c| c.get(lang).to_string()).collect(),
        rows: figures
            .iter()
            .map(|f| {
                vec![
                    f.city.label().get(lang).to_string(),
                    pick(lang, f.metric_zh, f.metric_en).to_string(),
                    short_value(f),
                    unit(f, lang).to_string(),
                    f.kind.label().get(lang).to_string(),
                    scope_label(data, f, lang),
                ]
            })
            .collect(),
    };
    let notes = notes(data, figures, lang);
    Chart {
        notes,
        id,
        caption: sources_caption(data, figures.iter().map(|f| f.source_id), lang),
        drawings: draw(&bars, text, &title, &description),
        title,
        description,
        table,
    }
}
