//! A chart as a picture to share (a WeChat or Weibo post): its title, the drawing, the sources
//! and the explorer's name on a white ground, as one SVG that the browser turns into a PNG.

use super::kit::Chart;
use super::scale;
use crate::i18n::PRODUCT_NAME;
use crate::markup::escape;
use crate::model::Lang;

const MARGIN: u32 = 16;
const TITLE: u32 = 17;
const SMALL: u32 = 12;

/// The picture: (SVG, width, height) in CSS pixels; the PNG is drawn at twice that.
pub fn poster(chart: &Chart, lang: Lang) -> (String, u32, u32) {
    let drawings = chart.drawings.as_deref().unwrap_or_default();
    let Some(drawing) = drawings.get(1).or(drawings.first()) else {
        return (String::new(), 0, 0);
    };
    let width = drawing.width + 2 * MARGIN;
    let text_width = drawing.width;
    let mut body = String::new();
    let mut y = MARGIN;
    for line in wrap(&chart.title, text_width, TITLE) {
        y += TITLE + 4;
        body.push_str(&text(MARGIN, y, &line, TITLE, "#1A1A1A", true));
    }
    y += 8;
    // The drawing itself, nested: its own viewBox keeps its coordinates.
    let chart_height = drawing
        .svg
        .split("height=\"")
        .nth(1)
        .and_then(|h| h.split('"').next())
        .and_then(|h| h.parse::<u32>().ok())
        .unwrap_or(0);
    body.push_str(&format!("<svg x=\"{MARGIN}\" y=\"{y}\"{}", drawing.svg.trim_start_matches("<svg")));
    y += chart_height + 6;
    for line in wrap(&chart.caption, text_width, SMALL) {
        y += SMALL + 5;
        body.push_str(&text(MARGIN, y, &line, SMALL, "#555555", false));
    }
    y += SMALL + 10;
    let name = format!("{} · {}", PRODUCT_NAME.get(lang), PRODUCT_NAME.get(lang.other()));
    body.push_str(&text(MARGIN, y, &name, SMALL, "#0B5CAD", true));
    let height = y + MARGIN;
    let svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\">\
         <rect width=\"{width}\" height=\"{height}\" fill=\"#FFFFFF\"/>{body}</svg>"
    );
    (svg, width, height)
}

fn text(x: u32, y: u32, content: &str, size: u32, fill: &str, bold: bool) -> String {
    let weight = if bold { " font-weight=\"bold\"" } else { "" };
    format!(
        "<text x=\"{x}\" y=\"{y}\" font-family=\"sans-serif\" font-size=\"{size}\"{weight} fill=\"{fill}\">{}</text>\n",
        escape(content)
    )
}

/// `text` broken into lines no wider than `width` at `size` (by character: Chinese has no spaces).
pub fn wrap(text: &str, width: u32, size: u32) -> Vec<String> {
    let mut lines = vec![String::new()];
    for c in text.chars() {
        let line = lines.last_mut().expect("one line at least");
        line.push(c);
        if scale::text_width(line, size) > width {
            line.pop();
            lines.push(c.to_string());
        }
    }
    lines
}
