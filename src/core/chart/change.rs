//! Before → after: the starting value and the latest one of a figure that gives both
//! (e.g. road length 380.6 → 600.59 km).

use super::{
    city_colour, is_goal, sources_caption, unit, vertical_bars, year_text, Bar, Chart, ChartError, Table, BAR_HEIGHT,
    BAR_WIDTH,
};
use crate::core::dataset::Dataset;
use crate::core::i18n::{pick, Tr};
use crate::core::model::{Figure, Lang};

const BEFORE: Tr = Tr::new("起点", "Before");
const AFTER: Tr = Tr::new("之后", "After");
const COLUMNS: [Tr; 4] =
    [Tr::new("阶段", "Stage"), Tr::new("数值", "Value"), Tr::new("单位", "Unit"), Tr::new("年份", "Year")];

pub fn charts(data: &Dataset, figures: &[&Figure], lang: Lang) -> Vec<Result<Chart, ChartError>> {
    figures.iter().filter(|f| f.baseline_value.is_some()).map(|f| chart(data, f, lang)).collect()
}

fn chart(data: &Dataset, f: &Figure, lang: Lang) -> Result<Chart, ChartError> {
    let (Some(base), Some(base_text)) = (f.baseline_value, f.baseline_text) else {
        return Err(ChartError(format!("{} has no starting value", f.id)));
    };
    let title = format!("{} · {}", f.city.label().get(lang), pick(lang, f.metric_zh, f.metric_en));
    let unit_label = unit(f, lang);
    let bars = [
        Bar {
            value: base,
            value_text: base_text.to_string(),
            label: BEFORE.get(lang).into(),
            sublabel: year_text(f.baseline_year, lang),
            colour: city_colour(f.city),
            filled: true,
        },
        Bar {
            value: f.value,
            value_text: f.value_text.to_string(),
            label: AFTER.get(lang).into(),
            sublabel: year_text(f.year, lang),
            colour: city_colour(f.city),
            filled: !is_goal(f.kind),
        },
    ];
    let description = format!("{title}: {base_text} → {}{unit_label}", f.value_text);
    let table = Table {
        headers: COLUMNS.iter().map(|c| c.get(lang).to_string()).collect(),
        rows: vec![
            vec![BEFORE.get(lang).into(), base_text.into(), unit_label.into(), year_text(f.baseline_year, lang)],
            vec![AFTER.get(lang).into(), f.value_text.into(), unit_label.into(), year_text(f.year, lang)],
        ],
    };
    let svg =
        super::canvas::render(BAR_WIDTH, BAR_HEIGHT, &vertical_bars(&bars, unit_label, lang), &title, &description)?;
    Ok(Chart {
        id: format!("change-{}", f.id),
        caption: sources_caption(data, [f.source_id], lang),
        title,
        description,
        svg,
        table,
        hits: Vec::new(),
    })
}
