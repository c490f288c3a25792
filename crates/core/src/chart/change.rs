//! Before → after: the starting value and the latest one of a figure that gives both
//! (e.g. road length 380.6 → 600.59 km).

use super::kit::{city_colour, done_and_goal_keys, draw, is_goal, sources_caption, unit, year_text, Chart, Table};
use super::layout::TextSize;
use super::layout::{Bars, Row, Segment};
use crate::dataset::Dataset;
use crate::i18n::{pick, Tr};
use crate::model::{Figure, Lang};

const BEFORE: Tr = Tr::new("起点", "Before");
const AFTER: Tr = Tr::new("之后", "After");
const COLUMNS: [Tr; 4] =
    [Tr::new("阶段", "Stage"), Tr::new("数值", "Value"), Tr::new("单位", "Unit"), Tr::new("年份", "Year")];

/// A before → after chart for each figure with a starting value.
pub fn charts(data: &Dataset, figures: &[&Figure], lang: Lang, text: TextSize) -> Vec<Chart> {
    figures.iter().filter_map(|f| chart(data, f, lang, text)).collect()
}

fn chart(data: &Dataset, f: &Figure, lang: Lang, text: TextSize) -> Option<Chart> {
    let (Some(base), Some(base_text)) = (f.baseline_value, f.baseline_text) else {
        return None;
    };
    let title = format!("{} · {}", f.city.label().get(lang), pick(lang, f.metric_zh, f.metric_en));
    let unit_label = unit(f, lang);
    let row = |label: Tr, year, value, value_text: &str, filled| Row {
        label: label.get(lang).into(),
        sublabel: year_text(year, lang),
        segments: vec![Segment { value, colour: city_colour(f.city), filled }],
        value_text: value_text.into(),
        filter: None,
    };
    let bars = Bars {
        rows: vec![
            row(BEFORE, f.baseline_year, base, base_text, true),
            row(AFTER, f.year, f.value, f.value_text, !is_goal(f.kind)),
        ],
        keys: if is_goal(f.kind) { done_and_goal_keys(lang) } else { Vec::new() },
        unit: unit_label.to_string(),
    };
    let description = format!("{title}: {base_text} → {}{unit_label}", f.value_text);
    let table = Table {
        headers: COLUMNS.iter().map(|c| c.get(lang).to_string()).collect(),
        rows: vec![
            vec![BEFORE.get(lang).into(), base_text.into(), unit_label.into(), year_text(f.baseline_year, lang)],
            vec![AFTER.get(lang).into(), f.value_text.into(), unit_label.into(), year_text(f.year, lang)],
        ],
    };
    Some(Chart {
        id: format!("change-{}", f.id),
        caption: sources_caption(data, [f.source_id], lang),
        drawings: draw(&bars, text, &title, &description),
        title,
        description,
        table,
        notes: Vec::new(),
    })
}
