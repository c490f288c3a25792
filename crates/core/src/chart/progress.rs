//! Progress toward a target: the goal as an outlined bar, what the documents report done as a
//! solid bar on the same scale below it (e.g. back alleys: 76 of 300). Only where
//! `filter::progress_of` finds both.

use super::kit::{city_colour, done_and_goal_keys, draw, sources_caption, unit, Chart, Table};
use super::layout::TextSize;
use super::layout::{Bars, Row, Segment};
use crate::dataset::Dataset;
use crate::display::scope_label;
use crate::filter::progress_of;
use crate::i18n::{pick, Tr};
use crate::model::{Figure, Lang};

const DONE: Tr = Tr::new("已报告完成", "Reported done");
const GOAL: Tr = Tr::new("目标/计划", "Target / plan");
const COLUMNS: [Tr; 4] =
    [Tr::new("类型", "Type"), Tr::new("数值", "Value"), Tr::new("单位", "Unit"), Tr::new("时间", "Time")];

pub fn charts(data: &Dataset, figures: &[&Figure], lang: Lang, text: TextSize) -> Vec<Chart> {
    figures.iter().filter_map(|goal| progress_of(data, goal).map(|done| chart(data, goal, done, lang, text))).collect()
}

fn chart(data: &Dataset, goal: &Figure, done: &Figure, lang: Lang, text: TextSize) -> Chart {
    let title = format!("{} · {}", goal.city.label().get(lang), pick(lang, goal.metric_zh, goal.metric_en));
    let unit_label = unit(goal, lang);
    let colour = city_colour(goal.city);
    let row = |label: Tr, f: &Figure, filled| Row {
        label: label.get(lang).into(),
        sublabel: scope_label(data, f, lang),
        segments: vec![Segment { value: f.value, colour, filled }],
        value_text: f.value_text.into(),
        filter: None,
    };
    let bars = Bars {
        rows: vec![row(GOAL, goal, false), row(DONE, done, true)],
        keys: done_and_goal_keys(lang),
        unit: unit_label.into(),
    };
    let describe = |label: Tr, f: &Figure| match lang {
        Lang::Zh => format!("{} {}{unit_label}（{}）", label.get(lang), f.value_text, scope_label(data, f, lang)),
        Lang::En => format!("{} {} {unit_label} ({})", label.get(lang), f.value_text, scope_label(data, f, lang)),
    };
    let description = format!("{title}: {}; {}", describe(DONE, done), describe(GOAL, goal));
    let table = Table {
        headers: COLUMNS.iter().map(|c| c.get(lang).to_string()).collect(),
        rows: [(DONE, done), (GOAL, goal)]
            .iter()
            .map(|(label, f)| {
                vec![label.get(lang).into(), f.value_text.into(), unit_label.into(), scope_label(data, f, lang)]
            })
            .collect(),
    };
    Chart {
        id: format!("progress-{}", goal.id),
        caption: sources_caption(data, [done.source_id, goal.source_id], lang),
        drawings: draw(&bars, text, &title, &description),
        title,
        description,
        table,
        notes: Vec::new(),
    }
}
