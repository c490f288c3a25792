//! The picture a reader saves to share a chart: title, drawing, sources and the explorer's name,
//! stacked on a white ground with nothing overlapping.
#![cfg(not(target_arch = "wasm32"))]

use renewal_explorer::core::chart::poster::{poster, wrap};
use renewal_explorer::core::chart::scale::text_width;
use renewal_explorer::core::chart::{chart_by_id, Chart, ChartError};
use renewal_explorer::core::dataset::data;
use renewal_explorer::core::markup::escape;
use renewal_explorer::core::model::Lang;
use renewal_explorer::core::url_state::ViewState;

fn chart(lang: Lang) -> Chart {
    chart_by_id(data(), &ViewState::default(), lang, "compare-green-coverage-rate").expect("a chart of the data")
}

/// The value of `attribute="…"` in the first tag of `svg` that has it.
fn attribute(svg: &str, attribute: &str) -> Option<u32> {
    svg.split(&format!(" {attribute}=\"")).nth(1)?.split('"').next()?.parse().ok()
}

/// Each `<text>`'s baseline and content, top to bottom as written.
fn texts(svg: &str) -> Vec<(u32, String)> {
    svg.split("<text ")
        .skip(1)
        .map(|t| {
            let y = attribute(&format!(" {t}"), "y").expect("a baseline");
            let content = t.split('>').nth(1).and_then(|c| c.split("</text").next()).unwrap_or("").to_string();
            (y, content)
        })
        .collect()
}

#[test]
fn the_picture_stacks_title_drawing_sources_and_name_at_the_300_px_drawing() {
    for lang in [Lang::Zh, Lang::En] {
        let chart = chart(lang);
        let drawing = &chart.drawings.as_ref().expect("drawn")[1];
        assert_eq!(drawing.width, 300);
        let (svg, width, height) = poster(&chart, lang);
        assert_eq!(width, 300 + 2 * 16, "the drawing and a 16-px margin each side");
        assert!(svg.starts_with(&format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\"><rect width=\"{width}\" height=\"{height}\" fill=\"#FFFFFF\"/>"
        )));

        // Where each part must sit: title lines 17 px + 4 apart, 8 px, the drawing, 6 px, the
        // caption's lines 12 px + 5 apart, 10 px, the name, and the margin below.
        let title = wrap(&chart.title, 300, 17);
        let caption = wrap(&chart.caption, 300, 12);
        let mut y = 16;
        let mut expected = Vec::new();
        for line in &title {
            y += 21;
            expected.push((y, escape(line)));
        }
        y += 8;
        let drawing_y = y;
        y += drawing.height + 6;
        for line in &caption {
            y += 17;
            expected.push((y, escape(line)));
        }
        y += 22;
        let name = match lang {
            Lang::Zh => "河南城市更新数据浏览 · Henan Urban Renewal Explorer",
            Lang::En => "Henan Urban Renewal Explorer · 河南城市更新数据浏览",
        };
        expected.push((y, escape(name)));
        assert_eq!(height, y + 16);

        // The texts outside the nested drawing, and where the drawing sits.
        let nested_start = svg.find("<svg x=\"16\" y=\"").expect("the drawing, nested");
        let outer_end = svg.len() - "</svg>".len();
        let nested_end = svg[..outer_end].rfind("</svg>").expect("the drawing's end") + "</svg>".len();
        assert_eq!(attribute(&svg[nested_start..], "y"), Some(drawing_y), "{lang:?}");
        let drawn = texts(&format!("{}{}", &svg[..nested_start], &svg[nested_end..outer_end]));
        assert_eq!(drawn, expected, "{lang:?}");
    }
}

#[test]
fn long_text_wraps_by_character_within_the_width() {
    let text = "鹤壁市城市更新工作报告中的建成区绿化覆盖率与人均公园绿地面积（各市比较）";
    let lines = wrap(text, 120, 17);
    assert!(lines.len() > 2, "{lines:?}");
    assert_eq!(lines.concat(), text, "nothing lost");
    assert!(lines.iter().all(|l| text_width(l, 17) <= 120), "{lines:?}");
    // Each line is as full as it can be: the next character would not have fitted.
    for pair in lines.windows(2) {
        let first_of_next = pair[1].chars().next().map(String::from).unwrap_or_default();
        assert!(text_width(&format!("{}{first_of_next}", pair[0]), 17) > 120, "{pair:?}");
    }
    assert_eq!(wrap("short", 120, 17), ["short"]);
    assert_eq!(wrap("甲乙", 34, 17), ["甲乙"], "a line exactly as wide as the room fits");
}

#[test]
fn a_chart_without_drawings_makes_no_picture() {
    let empty = Chart { drawings: Ok(vec![]), ..chart(Lang::Zh) };
    assert_eq!(poster(&empty, Lang::Zh), (String::new(), 0, 0));
    let failed = Chart { drawings: Err(ChartError("no canvas".into())), ..chart(Lang::Zh) };
    assert_eq!(poster(&failed, Lang::Zh), (String::new(), 0, 0));
}
