//! Laying a chart out at a width: where labels go, how tall a row is, and that long text is cut
//! to the room it has instead of running over the bars.
#![cfg(not(target_arch = "wasm32"))]

use renewal_explorer::core::chart::layout::{lay_out, Bars, Frame, Key, Laid, Row, RowFilter, Segment, TextSize};
use renewal_explorer::core::chart::scale::text_width;
use renewal_explorer::core::chart::{Colour, Shape};
use renewal_explorer::core::model::Category;

const PAD: i32 = 6;
const LONG: &str = "城市道路林荫路覆盖率与口袋公园服务半径覆盖率及其他很长的指标名称";

fn one_row(label: &str, sublabel: &str, value_text: &str) -> Bars {
    Bars {
        rows: vec![Row {
            label: label.into(),
            sublabel: sublabel.into(),
            segments: vec![Segment { value: 10.0, colour: Colour(0, 0x72, 0xb2), filled: true }],
            value_text: value_text.into(),
            filter: Some(RowFilter::Category(Category::Greening)),
        }],
        keys: vec![],
        unit: String::new(),
    }
}

fn laid(bars: &Bars, width: u32) -> Laid {
    lay_out(bars, Frame { width, text: TextSize::Normal })
}

/// Each label's left x (right-aligned labels end at their x) and text.
fn label_at(laid: &Laid, starts_with: &str) -> (i32, i32, String, u32) {
    laid.shapes
        .iter()
        .find_map(|s| match s {
            Shape::Label { x, y, text, size, .. } if text.starts_with(starts_with) => {
                Some((*x, *y, text.clone(), *size))
            }
            _ => None,
        })
        .unwrap_or_else(|| panic!("a label starting {starts_with}"))
}

fn bars_of(laid: &Laid) -> Vec<(i32, i32)> {
    laid.shapes.iter().filter_map(|s| if let Shape::Bar { x0, x1, .. } = s { Some((*x0, *x1)) } else { None }).collect()
}

#[test]
fn labels_go_above_the_bars_below_400_px_and_beside_them_from_400() {
    let bars = one_row("绿化覆盖率", "", "43.33");
    assert_eq!(label_at(&laid(&bars, 399), "绿化").0, PAD, "above: from the left edge");
    let beside = label_at(&laid(&bars, 400), "绿化").0;
    let (bar_start, _) = bars_of(&laid(&bars, 400))[0];
    assert_eq!(beside, bar_start - 8, "beside: ending just before the bar");
}

#[test]
fn a_row_with_a_second_line_is_tall_enough_for_both() {
    let rows = laid(&one_row("绿化覆盖率", "截至2025年 已完成", "43.33"), 420).rows;
    // 13 px name + 12 px second line + 3 px between, and 5 px above and below.
    assert_eq!(rows, [(RowFilter::Category(Category::Greening), rows[0].1, 38)]);
    let single = laid(&one_row("绿化覆盖率", "", "43.33"), 420).rows;
    assert_eq!(single[0].2, 26, "one line: the least row height, a 24-px tap target and more");
}

#[test]
fn long_labels_are_cut_to_the_room_they_have() {
    let above = laid(&one_row(LONG, LONG, "43.33"), 240);
    let (x, _, text, size) = label_at(&above, "城市道路");
    assert!(text.ends_with('…') && x == PAD, "{text}");
    assert!(text_width(&text, size) <= 240 - 2 * PAD as u32, "{text} fits the width");
    // Beside the bars, names take at most two fifths of the width (168 of 420 px), the 8 px
    // before the bar not included.
    let beside = laid(&one_row(LONG, LONG, "43.33"), 420);
    let labels: Vec<(i32, String, u32)> = beside
        .shapes
        .iter()
        .filter_map(|s| match s {
            Shape::Label { x, text, size, .. } if text.starts_with("城市道路") => Some((*x, text.clone(), *size)),
            _ => None,
        })
        .collect();
    assert_eq!(labels.len(), 2, "the name and the second line");
    for (x, text, size) in labels {
        assert!(text.ends_with('…'), "{text}");
        assert!(x - text_width(&text, size) as i32 >= PAD, "{text} stays inside the chart");
        assert!(text_width(&text, size) <= 168, "{text}");
    }
}

#[test]
fn a_long_value_still_leaves_the_bars_their_room() {
    let value = "1234567890123456789012345678901234567890";
    let laid = laid(&one_row(LONG, "", value), 420);
    let (x0, x1) = bars_of(&laid)[0];
    assert!(x0 >= PAD + 168 + 8, "the bar starts after the names' room: {x0}");
    assert!(x1 - x0 >= 40, "at least 40 px of bar: {x0}..{x1}");
}

fn keyed(labels: &[&str]) -> Bars {
    let keys =
        labels.iter().map(|l| Key { label: l.to_string(), colour: Colour(0, 0x72, 0xb2), filled: true }).collect();
    Bars { keys, ..one_row("绿化覆盖率", "", "43.33") }
}

/// The baseline of each key's label.
fn key_lines(laid: &Laid, labels: &[&str]) -> Vec<i32> {
    labels.iter().map(|l| label_at(laid, l).1).collect()
}

#[test]
fn the_key_wraps_only_when_the_next_entry_does_not_fit() {
    // At 240 px each entry takes 31 px and its text (12 px a character): 127 + 103 = 230 px
    // from x = 6 ends at 236, past 234 (the width less its margin): the second goes below.
    let (eight, six) = ("甲乙丙丁戊己庚辛", "子丑寅卯辰巳");
    let wrapped = key_lines(&laid(&keyed(&[eight, six]), 240), &[eight, six]);
    assert!(wrapped[1] > wrapped[0], "{wrapped:?}");
    let (eight, five) = ("甲乙丙丁戊己庚辛", "子丑寅卯辰");
    let shared = key_lines(&laid(&keyed(&[eight, five]), 240), &[eight, five]);
    assert_eq!(shared[1], shared[0], "218 px fit on one line");
    // An entry wider than the chart stays on the first line (nothing before it to wrap from).
    let wide = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉";
    let short = "甲乙";
    assert_eq!(key_lines(&laid(&keyed(&[wide]), 240), &[wide]), key_lines(&laid(&keyed(&[short]), 240), &[short]));
}
