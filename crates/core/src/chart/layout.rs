//! Laying a chart out for the width it gets (what Datawrapper and OWID do): every chart is a set
//! of labelled horizontal bars, drawn once per width class at that width in CSS pixels, so its
//! text keeps its size on a phone instead of being scaled down with the picture. The page shows
//! the class that fits its container (a CSS container query, see style/main.css), before and
//! after the app runs. Large-text mode (适老化) lays out again with larger text, not scaled.

use super::canvas::{Align, Colour, Shape, GRID, INK, MUTED};
use super::scale;
pub use crate::url_state::RowFilter;

/// The widths a chart is drawn at, in CSS pixels. The page shows the widest drawing that fits
/// its container (style/main.css: `< 300` → 240, `< 420` → 300, `< 560` → 420, else 560), so a
/// drawing is only ever scaled up (at most 1.4 times), never down: text stays at least its size.
pub const WIDTHS: [u32; 4] = [240, 300, 420, 560];

/// The width a downloaded picture is drawn at.
pub const DOWNLOAD_WIDTH: u32 = 420;

/// How large the text is: normal, or the large-text mode's 1.25×.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum TextSize {
    #[default]
    Normal,
    Large,
}

/// One width class and text size: everything a layout depends on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Frame {
    pub width: u32,
    pub text: TextSize,
}

impl Frame {
    /// Label text in CSS px: 13 (17 large); small text (axis, legend, sublabels) 12 (15): at
    /// least 1.25 times larger in the large-text mode.
    pub fn big(self) -> u32 {
        match self.text {
            TextSize::Normal => 13,
            TextSize::Large => 17,
        }
    }

    pub fn small(self) -> u32 {
        match self.text {
            TextSize::Normal => 12,
            TextSize::Large => 15,
        }
    }

    /// Below this width a row's label goes above its bar instead of beside it.
    fn labels_above(self) -> bool {
        self.width < 400
    }
}

/// A piece of a bar: solid (achieved, a count) or outlined (a target, a plan).
#[derive(Clone, Debug, PartialEq)]
pub struct Segment {
    pub value: f64,
    pub colour: Colour,
    pub filled: bool,
}

/// One row: its label, an optional second line (the time it covers, its kind), its segments
/// stacked from zero, and the value as the document writes it at the bar's end.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub label: String,
    pub sublabel: String,
    pub segments: Vec<Segment>,
    pub value_text: String,
    /// A category's or a city's row is also a way to its projects (see `HitRow`).
    pub filter: Option<RowFilter>,
}

/// A key entry: a swatch (solid or outlined) and its name.
#[derive(Clone, Debug, PartialEq)]
pub struct Key {
    pub label: String,
    pub colour: Colour,
    pub filled: bool,
}

/// What a chart draws, whatever the width.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Bars {
    pub rows: Vec<Row>,
    pub keys: Vec<Key>,
    /// The unit of the values ("%", "条"), shown above the axis; empty for counts.
    pub unit: String,
}

/// A laid-out chart: its shapes and size, and where each category row is.
#[derive(Clone, Debug, PartialEq)]
pub struct Laid {
    pub shapes: Vec<Shape>,
    pub width: u32,
    pub height: u32,
    /// (what the row stands for, top, height) in pixels.
    pub rows: Vec<(RowFilter, i32, i32)>,
}

const PAD: i32 = 6;
/// A bar's thickness, and the least height of a row beside its label: the bar with 5 px above
/// and below, a tap target of 24 CSS px at least.
const BAR: i32 = 16;
const MIN_ROW: i32 = BAR + 10;

/// Lays `bars` out for `frame`.
pub fn lay_out(bars: &Bars, frame: Frame) -> Laid {
    let (big, small) = (frame.big(), frame.small());
    let width = frame.width as i32;
    let mut shapes = Vec::new();
    let mut y = PAD;

    // The key, wrapping onto more lines as the width requires.
    y += key_lines(&bars.keys, frame, y, &mut shapes);

    // Room for the labels beside the bars, or none when they go above them.
    let label_width = if frame.labels_above() {
        0
    } else {
        let widest =
            bars.rows.iter().map(|r| scale::text_width(&r.label, big).max(scale::text_width(&r.sublabel, small)));
        (widest.max().unwrap_or(0) as i32).min(width * 2 / 5) + 8
    };
    let value_room = bars.rows.iter().map(|r| scale::text_width(&r.value_text, big) as i32).max().unwrap_or(0) + 8;
    let (x0, x1) = (PAD + label_width, (width - PAD - value_room).max(PAD + label_width + 40));
    let max = bars.rows.iter().map(|r| r.segments.iter().map(|s| s.value).sum::<f64>()).fold(0.0, f64::max);
    let ticks = scale::nice_ticks(max, if frame.labels_above() { 3 } else { 4 });
    let top_tick = ticks.last().copied().unwrap_or(1.0).max(f64::MIN_POSITIVE);
    let x_of = |v: f64| x0 + ((v / top_tick) * f64::from(x1 - x0)).round() as i32;

    // The axis: unit, tick values along the top, grid lines down through the rows.
    if !bars.unit.is_empty() {
        y += small as i32 + 4;
        shapes.push(label(PAD, y, &bars.unit, small, MUTED, Align::Start, false));
    }
    y += small as i32 + 4;
    let axis_y = y;
    for &t in &ticks {
        shapes.push(label(x_of(t), axis_y, &scale::tick_label(t), small, MUTED, Align::Middle, false));
    }
    y += 6;
    let rows_top = y;

    let mut rows = Vec::new();
    // Where the bars are, for the grid lines: behind each bar only when labels go above them.
    let mut bar_spans = Vec::new();
    for row in &bars.rows {
        let top = y;
        let (bar_top, height) = if frame.labels_above() {
            // "名称 · 2025年 已完成" on a line of its own, the bar below it at full width.
            let line =
                if row.sublabel.is_empty() { row.label.clone() } else { format!("{} · {}", row.label, row.sublabel) };
            let text = scale::fit_label(&line, (width - 2 * PAD) as u32, big).0;
            shapes.push(label(PAD, y + big as i32, &text, big, INK, Align::Start, false));
            (y + big as i32 + 5, big as i32 + 5 + BAR + 10)
        } else {
            let lines = if row.sublabel.is_empty() { big as i32 } else { big as i32 + small as i32 + 3 };
            let height = (lines + 10).max(MIN_ROW);
            let text_top = y + (height - lines) / 2;
            let name = scale::fit_label(&row.label, (label_width - 8) as u32, big).0;
            shapes.push(label(x0 - 8, text_top + big as i32 - 2, &name, big, INK, Align::End, false));
            if !row.sublabel.is_empty() {
                let sub = scale::fit_label(&row.sublabel, (label_width - 8) as u32, small).0;
                shapes.push(label(x0 - 8, text_top + lines - 2, &sub, small, MUTED, Align::End, false));
            }
            (y + (height - BAR) / 2, height)
        };
        let mut at = 0.0;
        let mut end = x0;
        for s in &row.segments {
            let (from, to) = (x_of(at), x_of(at + s.value));
            at += s.value;
            if to > from {
                // An outline is drawn on its rectangle's edge: inset by its stroke.
                let inset = i32::from(!s.filled);
                shapes.push(Shape::Bar {
                    x0: from + inset,
                    y0: bar_top + inset,
                    x1: to - inset,
                    y1: bar_top + BAR - inset,
                    colour: s.colour,
                    filled: s.filled,
                });
            }
            end = end.max(to);
        }
        shapes.push(label(end + 5, bar_top + BAR - 3, &row.value_text, big, INK, Align::Start, true));
        if let Some(filter) = row.filter {
            rows.push((filter, top, height));
        }
        bar_spans.push((bar_top - 3, bar_top + BAR + 3));
        y += height;
    }
    // Grid lines behind the bars (inserted at the front: shapes are drawn in order), and the
    // zero line; with labels above the bars, only beside each bar, so no line crosses a label.
    let spans = if frame.labels_above() { bar_spans } else { vec![(rows_top, y)] };
    let grid: Vec<Shape> = ticks
        .iter()
        .flat_map(|&t| {
            let colour = if t == 0.0 { INK } else { GRID };
            spans.iter().map(move |&(from, to)| Shape::Line { from: (x_of(t), from), to: (x_of(t), to), colour })
        })
        .collect();
    shapes.splice(0..0, grid);
    Laid { shapes, width: frame.width, height: (y + PAD) as u32, rows }
}

/// Draws the key at `y` and returns the height it took.
fn key_lines(keys: &[Key], frame: Frame, y: i32, shapes: &mut Vec<Shape>) -> i32 {
    if keys.is_empty() {
        return 0;
    }
    let small = frame.small() as i32;
    let line = small + 8;
    let (mut x, mut top) = (PAD, y);
    for key in keys {
        let item = 12 + 5 + scale::text_width(&key.label, small as u32) as i32 + 14;
        if x > PAD && x + item > frame.width as i32 - PAD {
            x = PAD;
            top += line;
        }
        let mid = top + line / 2;
        shapes.push(Shape::Bar {
            x0: x + 1,
            y0: mid - 6,
            x1: x + 12,
            y1: mid + 5,
            colour: key.colour,
            filled: key.filled,
        });
        shapes.push(label(x + 17, mid + small / 2 - 1, &key.label, small as u32, INK, Align::Start, false));
        x += item;
    }
    top + line - y + 2
}

fn label(x: i32, y: i32, text: &str, size: u32, colour: Colour, align: Align, bold: bool) -> Shape {
    Shape::Label { x, y, text: text.to_string(), size, colour, align, bold }
}
