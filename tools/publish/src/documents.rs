//! A reading page per document (`sources/<id>.html`, `en/sources/<id>.html`): the text the
//! repository holds (`data/sources/<id>.txt`: an issued document whole, a newspaper piece by the
//! paragraphs the dataset quotes, "…" where paragraphs are left out), every row's quote marked in
//! place and reached by the row's id (`#pds25-f001`), each mark labelled and linked to its row's
//! page, the reading notes beside their passages, headings as a table of contents, and how to
//! cite the document. Marks may overlap: the text is cut at every quote's start and end, each
//! piece marked with the classes of the rows it belongs to, so `#id:target ~ .r-id` (the page's
//! own stylesheet) lights exactly that row's words when its link is followed. No JavaScript.

use crate::cite;
use crate::static_page::{self, copy_field, in_language, Head};
use renewal_dataset::model::{Held, Lang, Source};
use renewal_dataset::rows::{SourceRow, GAP};
use renewal_explorer::core::dataset::Dataset;
use renewal_explorer::core::display::value_label;
use renewal_explorer::core::i18n::pick;
use renewal_explorer::core::markup::escape as esc;

/// One row quoted in a document: its id, its page below `dist/`, its label, and its reading note.
#[derive(Clone, Debug, PartialEq)]
pub struct Quoted {
    pub id: &'static str,
    pub page: String,
    pub label: String,
    pub quote: &'static str,
    pub note: &'static str,
}

/// The page of a row below `dist/`: `figures/<id>.html`, `projects/<id>.html`, `promises/<id>.html`.
pub fn row_page(folder: &str, id: &str, lang: Lang) -> String {
    in_language(&format!("{folder}/{id}.html"), lang)
}

/// A document's reading page below `dist/`.
pub fn document_page(source_id: &str, lang: Lang) -> String {
    in_language(&format!("sources/{source_id}.html"), lang)
}

/// Its stylesheet (the marks lit by their ids), one for both languages.
pub fn document_stylesheet(source_id: &str) -> String {
    format!("sources/{source_id}.css")
}

/// Every row quoting `source`, in the dataset's order, labelled in `lang`.
pub fn quoted_rows(data: &Dataset, source: &str, lang: Lang) -> Vec<Quoted> {
    let figures = data.figures.iter().filter(|f| f.source_id == source).map(|f| Quoted {
        id: f.id,
        page: row_page("figures", f.id, lang),
        label: format!("{} {}", pick(lang, f.metric_zh, f.metric_en), value_label(f, lang)),
        quote: f.quote,
        note: pick(lang, f.note_zh, f.note_en),
    });
    let projects = data.projects.iter().filter(|p| p.source_id == source).map(|p| Quoted {
        id: p.id,
        page: row_page("projects", p.id, lang),
        label: pick(lang, p.name_zh, p.name_en).to_string(),
        quote: p.quote,
        note: pick(lang, p.note_zh, p.note_en),
    });
    let promises = data.commitments.iter().filter(|c| c.source_id == source).map(|c| Quoted {
        id: c.id,
        page: row_page("promises", c.id, lang),
        label: pick(lang, c.text_zh, c.text_en).to_string(),
        quote: c.quote,
        note: "",
    });
    figures.chain(projects).chain(promises).collect()
}

/// A quote's place: the index of the first paragraph holding it, and its byte range there.
pub type Place = (usize, usize, usize);

pub fn place(paragraphs: &[&str], quote: &str) -> Option<Place> {
    paragraphs.iter().enumerate().find_map(|(i, p)| p.find(quote).map(|at| (i, at, at + quote.len())))
}

/// One row's quote in a paragraph: its byte range and, where the page labels it, the link put
/// where it starts (`(href, label)`), which carries the row's id.
pub struct Mark<'a> {
    pub id: &'a str,
    pub start: usize,
    pub end: usize,
    pub link: Option<(String, &'a str)>,
}

/// A paragraph with the rows' quotes marked, cut at every start and end.
pub fn marked_paragraph(text: &str, marks: &[Mark<'_>]) -> String {
    let mut cuts: Vec<usize> = marks.iter().flat_map(|m| [m.start, m.end]).chain([0, text.len()]).collect();
    cuts.sort_unstable();
    cuts.dedup();
    let mut out = String::new();
    for pair in cuts.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        for m in marks.iter().filter(|m| m.start == a) {
            if let Some((href, label)) = &m.link {
                out.push_str(&format!(
                    r#"<a class="mark-label" id="{}" href="{}">{}</a>"#,
                    esc(m.id),
                    esc(href),
                    esc(label)
                ));
            }
        }
        let piece = esc(text.get(a..b).unwrap_or_default());
        let rows: Vec<String> =
            marks.iter().filter(|m| m.start <= a && m.end >= b).map(|m| format!("r-{}", m.id)).collect();
        if rows.is_empty() {
            out.push_str(&piece);
        } else {
            out.push_str(&format!(r#"<mark class="{}">{piece}</mark>"#, rows.join(" ")));
        }
    }
    out
}

/// A heading of a Chinese official text or of the transcript's markdown: "一、总体要求",
/// "（三）……", "## 聚焦产业链群培育" (a short line: a numbered paragraph is not a heading).
fn heading(line: &str) -> Option<(u8, &str)> {
    if let Some(text) = line.strip_prefix("## ") {
        return Some((2, text.trim()));
    }
    let numbered = |open: &str, close: &str| {
        line.strip_prefix(open).and_then(|rest| {
            let digits = rest.find(close)?;
            rest[..digits].chars().all(|c| "一二三四五六七八九十".contains(c)).then_some(())
        })
    };
    let short = line.chars().count() <= 30;
    if short && numbered("", "、").is_some() {
        Some((2, line))
    } else if short && (numbered("（", "）").is_some() || numbered("(", ")").is_some()) {
        Some((3, line))
    } else {
        None
    }
}

/// The reading page of one document, and its stylesheet (the same for both languages).
pub fn page(
    data: &Dataset,
    source: &Source,
    row: &SourceRow,
    text: &str,
    lang: Lang,
    version: &str,
    favicon: Option<&str>,
) -> (String, String) {
    let (held, origin_url) = (row.held, row.origin_url.as_str());
    let zh = lang == Lang::Zh;
    let paragraphs: Vec<&str> = text.lines().collect();
    let rows = quoted_rows(data, source.id, lang);
    let path = document_page(source.id, lang);
    let root = static_page::root_of(&path);
    let title = pick(lang, source.title_zh, source.title_en);
    let publisher = pick(lang, source.publisher_zh, source.publisher_en);

    let mut body = format!(
        r#"<h1 lang="{}">{}</h1><p class="meta">{} · {} · {}</p>"#,
        if zh { "zh-CN" } else { "en" },
        esc(title),
        esc(publisher),
        esc(source.published),
        esc(source.kind.label().get(lang))
    );
    if !zh {
        body.push_str(&format!(
            r#"<p class="meta">The document is in Chinese: the text below is the original, and each marked quote has the English label of its row beside it. <span lang="zh-CN">{}</span></p>"#,
            esc(source.title_zh)
        ));
    }
    let origin = if origin_url.is_empty() {
        String::new()
    } else {
        format!(r#" <a href="{}">{}</a>"#, esc(origin_url), if zh { "原文地址" } else { "Original" })
    };
    body.push_str(&match (held, zh) {
        (Held::Whole, true) => format!("<p class=\"held\">本页收录文件全文（国家机关的正式文件，不受著作权法保护：《著作权法》第五条）。{origin}</p>"),
        (Held::Whole, false) => format!("<p class=\"held\">The document is given whole (an official document of a state organ, outside copyright under art. 5 of the PRC Copyright Law).{origin}</p>"),
        (Held::Excerpts, true) => format!("<p class=\"held\">本页只收录本站数据所引用的段落，略去之处以“…”标出；全文请见{}。{origin}</p>", esc(source.publisher_zh)),
        (Held::Excerpts, false) => format!("<p class=\"held\">Only the paragraphs the dataset quotes are given here, with “…” where paragraphs are left out; read the whole piece from {}.{origin}</p>", esc(source.publisher_en)),
    });
    body.push_str(&format!(
        r#"<p class="meta">{} {}</p>"#,
        rows.len(),
        if zh {
            "处引文在文中标出，点击标签打开该条数据。"
        } else {
            "quotes are marked in the text; follow a label to its row."
        }
    ));

    let headings: Vec<(usize, u8, &str)> =
        paragraphs.iter().enumerate().filter_map(|(i, p)| heading(p).map(|(level, text)| (i, level, text))).collect();
    if !headings.is_empty() {
        let items: String = headings
            .iter()
            .map(|(i, level, text)| {
                format!(r##"<li class="toc-{level}"><a href="#p{}">{}</a></li>"##, i + 1, esc(text))
            })
            .collect();
        let toc = if zh { "目录" } else { "Contents" };
        body.push_str(&format!(
            r#"<nav aria-labelledby="toc"><h2 id="toc">{toc}</h2><ol class="toc">{items}</ol></nav>"#
        ));
    }

    // Every quote has its place: the build has checked each against this text.
    let places: Vec<(Place, &Quoted)> = rows.iter().filter_map(|r| Some((place(&paragraphs, r.quote)?, r))).collect();
    body.push_str(r#"<div class="document" lang="zh-CN">"#);
    for (i, paragraph) in paragraphs.iter().enumerate() {
        if *paragraph == GAP {
            let left_out = if zh { "（略去的段落）" } else { "(paragraphs left out)" };
            body.push_str(&format!(r#"<p class="gap">… <span class="gap-note">{left_out}</span></p>"#));
            continue;
        }
        let here: Vec<&(Place, &Quoted)> = places.iter().filter(|((at, _, _), _)| *at == i).collect();
        // A markdown heading is shown without its `## `; its marks move with the text.
        let (tag, shown, shift) = match heading(paragraph) {
            Some((2, _)) if paragraph.starts_with("## ") => ("h2", &paragraph[3..], 3),
            Some((2, _)) => ("h2", *paragraph, 0),
            Some(_) => ("h3", *paragraph, 0),
            None => ("p", *paragraph, 0),
        };
        let marks: Vec<Mark<'_>> = here
            .iter()
            .map(|((_, a, b), q)| Mark {
                id: q.id,
                start: a.saturating_sub(shift),
                end: b.saturating_sub(shift),
                // Relative to this page: its root, then the row's page below `dist/`.
                link: Some((format!("{root}{}", q.page), q.label.as_str())),
            })
            .collect();
        body.push_str(&format!(r#"<{tag} id="p{}">{}</{tag}>"#, i + 1, marked_paragraph(shown, &marks)));
        let lang_attr = if zh { "zh-CN" } else { "en" };
        for (_, q) in here.iter().filter(|(_, q)| !q.note.is_empty()) {
            let label = if zh { "阅读说明" } else { "Reading note" };
            body.push_str(&format!(
                r#"<p class="reading-note" lang="{lang_attr}">{label}（<a href="{root}{}">{}</a>）：{}</p>"#,
                esc(&q.page),
                esc(&q.label),
                esc(q.note)
            ));
        }
    }
    body.push_str("</div>");

    let cite_heading = if zh { "引用本文件" } else { "Cite this document" };
    body.push_str(&format!(
        r#"<section aria-labelledby="cite"><h2 id="cite">{cite_heading}</h2>{}{}{}</section>"#,
        copy_field("cite-gbt", "GB/T 7714-2015", &cite::gbt_source(source, origin_url), lang),
        copy_field("cite-apa", "APA 7", &cite::apa_source(source, origin_url), lang),
        copy_field(
            "cite-dataset",
            if zh { "本站数据集（GB/T 7714-2015）" } else { "The dataset (APA 7)" },
            &if zh { cite::gbt_dataset(version) } else { cite::apa_dataset(version) },
            lang
        ),
    ));

    let description = if zh {
        format!("{}（{}，{}）：原文，数据所引之处逐一标出。", source.title_zh, source.publisher_zh, source.published)
    } else {
        format!(
            "{} ({}, {}): the Chinese text, every quote of the dataset marked.",
            source.title_en, source.publisher_en, source.published
        )
    };
    let css_path = document_stylesheet(source.id);
    let other = document_page(source.id, if zh { Lang::En } else { Lang::Zh });
    let head = Head {
        lang,
        path: &path,
        other_language: &other,
        title,
        description: &description,
        stylesheet: Some(&css_path),
        favicon,
        copy_buttons: true,
    };
    let css: String = rows
        .iter()
        .map(|r| format!("#{0}:target~.r-{0}{{background:#ffc940;color:#1a1a1a;outline:2px solid #8a5a00}}\n", r.id))
        .collect();
    (static_page::page(&head, &body), css)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mark<'a>(id: &'a str, start: usize, end: usize) -> Mark<'a> {
        Mark { id, start, end, link: Some((format!("{id}.html"), id)) }
    }

    #[test]
    fn overlapping_quotes_each_keep_their_words_and_their_id() {
        // "ab" for row x, "bc" for row y: "b" belongs to both.
        let html = marked_paragraph("zabcz", &[mark("x", 1, 3), mark("y", 2, 4)]);
        assert_eq!(
            html,
            r#"z<a class="mark-label" id="x" href="x.html">x</a><mark class="r-x">a</mark><a class="mark-label" id="y" href="y.html">y</a><mark class="r-x r-y">b</mark><mark class="r-y">c</mark>z"#
        );
    }

    #[test]
    fn the_same_quote_for_two_rows_gives_each_its_anchor_and_text_is_escaped() {
        let html = marked_paragraph("<ab>", &[mark("x", 1, 3), mark("y", 1, 3)]);
        assert_eq!(
            html,
            r#"&lt;<a class="mark-label" id="x" href="x.html">x</a><a class="mark-label" id="y" href="y.html">y</a><mark class="r-x r-y">ab</mark>&gt;"#
        );
    }

    #[test]
    fn headings_are_short_numbered_lines_or_markdown() {
        assert_eq!(heading("一、总体要求"), Some((2, "一、总体要求")));
        assert_eq!(heading("（三）完善城市功能"), Some((3, "（三）完善城市功能")));
        assert_eq!(heading("## 聚焦产业链群培育"), Some((2, "聚焦产业链群培育")));
        assert_eq!(heading("一、总体要求。坚持以人民为中心的发展思想，全面贯彻新发展理念，推动城市高质量发展"), None);
        assert_eq!(heading("二〇二五年"), None);
    }

    #[test]
    fn a_quote_is_placed_in_the_first_paragraph_holding_it() {
        assert_eq!(place(&["甲乙", "乙丙", "乙"], "乙"), Some((0, 3, 6)));
        assert_eq!(place(&["甲乙"], "丁"), None);
    }
}
