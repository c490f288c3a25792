//! Progress toward a target: the goal as an outlined track, what the documents report done as a
//! solid bar inside it (e.g. back alleys: 76 of 300). Only where `filter::progress_of` finds both.

use super::canvas::{render, Align, Shape, INK, MUTED};
use super::{city_colour, legend, sources_caption, unit, Chart, ChartError, Table};
use crate::core::dataset::Dataset;
use crate::core::display::scope_label;
use crate::core::filter::progress_of;
use crate::core::i18n::{pick, Tr};
use crate::core::model::{Figure, Lang};

const DONE: Tr = Tr::new("已报告完成", "Reported done");
const GOAL: Tr = Tr::new("目标/计划", "Target / plan");
const COLUMNS: [Tr; 4] =
    [Tr::new("类型", "Type"), Tr::new("数值", "Value"), Tr::new("单位", "Unit"), Tr::new("年份", "Year")];
const WIDTH: u32 = 420;
const HEIGHT: u32 = 96;
const TRACK: (i32, i32) = (8, 412);

pub fn charts(data: &Dataset, figures: &[&Figure], lang: Lang) -> Vec<Result<Chart, ChartError>> {
    figures.iter().filter_map(|goal| progress_of(data, goal).map(|done| chart(data, goal, done, lang))).collect()
}

fn chart(data: &Dataset, goal: &Figure, done: &Figure, lang: Lang) -> Result<Chart, ChartError> {
    let title = format!("{} · {}", goal.city.label().get(lang), pick(lang, goal.metric_zh, goal.metric_en));
    let unit_label = unit(goal, lang);
    let share = if goal.value > 0.0 { (done.value / goal.value).clamp(0.0, 1.0) } else { 0.0 };
    let fill_end = TRACK.0 + (share * f64::from(TRACK.1 - TRACK.0)).round() as i32;
    let colour = city_colour(goal.city);
    let describe = |label: Tr, f: &Figure| match lang {
        Lang::Zh => format!("{} {}{unit_label}（{}）", label.get(lang), f.value_text, scope_label(f, lang)),
        Lang::En => format!("{} {} {unit_label} ({})", label.get(lang), f.value_text, scope_label(f, lang)),
    };
    let (done_text, goal_text) = (describe(DONE, done), describe(GOAL, goal));
    let mut shapes = vec![
        Shape::Label {
            x: TRACK.0,
            y: 18,
            text: done_text.clone(),
            size: 12,
            colour: INK,
            align: Align::Start,
            bold: true,
        },
        Shape::Label {
            x: TRACK.1,
            y: 18,
            text: goal_text.clone(),
            size: 12,
            colour: MUTED,
            align: Align::End,
            bold: false,
        },
        Shape::Bar { x0: TRACK.0, y0: 26, x1: TRACK.1, y1: 52, colour, filled: false },
        Shape::Bar { x0: TRACK.0, y0: 26, x1: fill_end, y1: 52, colour, filled: true },
    ];
    shapes.extend(legend(TRACK.0, HEIGHT as i32 - 14, lang));
    let description = format!("{title}: {done_text}; {goal_text}");
    let table = Table {
        headers: COLUMNS.iter().map(|c| c.get(lang).to_string()).collect(),
        rows: [(DONE, done), (GOAL, goal)]
            .iter()
            .map(|(label, f)| {
                vec![label.get(lang).into(), f.value_text.into(), unit_label.into(), scope_label(f, lang)]
            })
            .collect(),
    };
    Ok(Chart {
        id: format!("progress-{}", goal.id),
        caption: sources_caption(data, [done.source_id, goal.source_id], lang),
        svg: render(WIDTH, HEIGHT, &shapes, &title, &description)?,
        title,
        description,
        table,
        hits: Vec::new(),
    })
}
