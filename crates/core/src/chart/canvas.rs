//! Drawing: a chart is laid out as a list of simple shapes, then rendered to SVG: bars and lines
//! by plotters into an integer-only SVG backend (`svg_backend`), text as `<text>` elements written
//! here. Layout never measures text (positions come from our own layout and SVG's
//! `text-anchor`), so the same SVG comes out natively and in the browser.

use super::svg_backend::SvgElements;
use crate::markup::escape;
use plotters::prelude::*;
use std::fmt::Write as _;

/// An sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Colour(pub u8, pub u8, pub u8);

pub const INK: Colour = Colour(0x1a, 0x1a, 0x1a);
pub const MUTED: Colour = Colour(0x55, 0x55, 0x55);
pub const GRID: Colour = Colour(0xd0, 0xd4, 0xda);

/// Horizontal alignment of a text at its point.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Align {
    Start,
    Middle,
    End,
}

/// One shape of a chart.
#[derive(Clone, Debug, PartialEq)]
pub enum Shape {
    /// A bar: filled (achievement) or outlined (target/plan).
    Bar {
        x0: i32,
        y0: i32,
        x1: i32,
        y1: i32,
        colour: Colour,
        filled: bool,
    },
    Line {
        from: (i32, i32),
        to: (i32, i32),
        colour: Colour,
    },
    /// Text whose `y` is its baseline.
    Label {
        x: i32,
        y: i32,
        text: String,
        size: u32,
        colour: Colour,
        align: Align,
        bold: bool,
    },
}

/// Why a chart's picture could not be drawn. The chart keeps its title, words and table, and
/// the reader is told (`Chart::drawings`).
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("chart could not be drawn: {0}")]
pub struct ChartError(pub String);

fn colour(c: Colour) -> RGBColor {
    RGBColor(c.0, c.1, c.2)
}

/// Renders shapes on a `width` × `height` SVG, with `<title>` and `<desc>` for screen readers.
pub fn render(width: u32, height: u32, shapes: &[Shape], title: &str, desc: &str) -> Result<String, ChartError> {
    let mut body = String::new();
    {
        let root = SvgElements::new(&mut body, (width, height)).into_drawing_area();
        let fail = |e: DrawingAreaErrorKind<_>| ChartError(e.to_string());
        for shape in shapes {
            match shape {
                Shape::Bar { x0, y0, x1, y1, colour: c, filled } => {
                    let style = ShapeStyle { color: colour(*c).to_rgba(), filled: *filled, stroke_width: 2 };
                    root.draw(&Rectangle::new([(*x0, *y0), (*x1, *y1)], style)).map_err(fail)?;
                }
                Shape::Line { from, to, colour: c } => {
                    root.draw(&PathElement::new(vec![*from, *to], colour(*c).stroke_width(1))).map_err(fail)?;
                }
                Shape::Label { .. } => {}
            }
        }
        root.present().map_err(fail)?;
    }
    Ok(format!(
        "<svg width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"><title>{}</title><desc>{}</desc>\n{body}{}</svg>\n",
        escape(title),
        escape(desc),
        labels(shapes)
    ))
}

/// The text shapes as SVG `<text>` elements, their text escaped.
fn labels(shapes: &[Shape]) -> String {
    let mut out = String::new();
    for shape in shapes {
        if let Shape::Label { x, y, text, size, colour: Colour(r, g, b), align, bold } = shape {
            let anchor = match align {
                Align::Start => "start",
                Align::Middle => "middle",
                Align::End => "end",
            };
            let weight = if *bold { " font-weight=\"bold\"" } else { "" };
            let _ = writeln!(
                out,
                "<text x=\"{x}\" y=\"{y}\" text-anchor=\"{anchor}\" font-family=\"sans-serif\" font-size=\"{size}\"{weight} fill=\"#{r:02X}{g:02X}{b:02X}\">{}</text>",
                escape(text)
            );
        }
    }
    out
}
