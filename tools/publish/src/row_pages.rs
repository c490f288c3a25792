//! A page for every figure (`figures/<id>.html`) and dated promise (`promises/<id>.html`), and
//! their English twins under `en/`: what the row says (label, value with its unit and its time,
//! city, category, kind), its quote inside its paragraph, the way to its mark in the document,
//! the English rendering beside the Chinese on the English page, related rows, and how to cite
//! it. `og:title` and `og:description` carry the number and its time, so a shared link previews
//! with the figure. Plain HTML: readable without JavaScript.

use crate::cite;
use crate::documents::{document_page, marked_paragraph, place, row_page, Mark};
use crate::static_page::{self, copy_field, Head};
use renewal_dataset::model::{Commitment, Figure, Lang, Source};
use renewal_explorer::core::chart::{chart_by_id, Chart};
use renewal_explorer::core::dataset::{quote_en, Dataset};
use renewal_explorer::core::display::{change_label, figure_note, scope_label, value_label};
use renewal_explorer::core::filter::progress_of;
use renewal_explorer::core::i18n::{self, pick};
use renewal_explorer::core::markup::escape as esc;
use renewal_explorer::core::page::{static_pages, PageKind};
use renewal_explorer::core::promises::deadline_label;
use renewal_explorer::core::url_state::ViewState;

/// What every row page shares: its data, the held texts, the dataset version,
/// the explorer's charts in each language.
pub struct Context<'a> {
    /// Every chart with a page of its own (`embed/<id>.html`), Chinese and English.
    pub charts: &'a [(Lang, Chart)],
    pub data: &'a Dataset,
    /// The held text of a source, by source id.
    pub held: &'a dyn Fn(&str) -> Option<&'a str>,
    pub version: &'a str,
    pub favicon: Option<&'a str>,
    /// A source's original address, by source id (empty when unknown).
    pub origin_url: &'a dyn Fn(&str) -> &'a str,
}

/// A row's common facts, for its page.
struct Row<'a> {
    id: &'static str,
    folder: &'static str,
    title: String,
    facts: Vec<(&'static str, String)>,
    quote: &'static str,
    note: String,
    source: &'a Source,
}

fn value_text(f: &Figure, lang: Lang) -> String {
    change_label(f, lang).unwrap_or_else(|| value_label(f, lang))
}

/// One figure's page.
pub fn figure_page(cx: &Context<'_>, f: &Figure, source: &Source, lang: Lang) -> String {
    let zh = lang == Lang::Zh;
    let value = value_text(f, lang);
    let time = scope_label(cx.data, f, lang);
    let city = f.city.label().get(lang);
    let metric = pick(lang, f.metric_zh, f.metric_en);
    let mut facts = vec![
        (if zh { "数值" } else { "Value" }, esc(&value)),
        (if zh { "时间" } else { "Time" }, esc(&time)),
        (if zh { "城市" } else { "City" }, esc(city)),
        (if zh { "类别" } else { "Category" }, esc(f.category.label().get(lang))),
        (if zh { "类型" } else { "Kind" }, esc(f.kind.label().get(lang))),
    ];
    if let Some(p) = f.project_id.and_then(|id| cx.data.project(id)) {
        let href =
            format!("{}{}", static_page::root_of(&row_page("figures", f.id, lang)), row_page("projects", p.id, lang));
        facts.push((
            if zh { "项目" } else { "Project" },
            format!(r#"<a href="{}">{}</a>"#, esc(&href), esc(pick(lang, p.name_zh, p.name_en))),
        ));
    }
    let row = Row {
        id: f.id,
        folder: "figures",
        title: format!("{metric} · {city}"),
        facts,
        quote: f.quote,
        note: figure_note(f, lang),
        source,
    };
    let description = if zh {
        format!("{city}{metric}：{value}（{time}）。原文：“{}”——《{}》", f.quote, source.title_zh)
    } else {
        format!("{city}, {metric}: {value} ({time}). From “{}”, {}.", source.title_en, source.publisher_en)
    };
    let og_title = if zh {
        format!("{city}{metric}：{value}（{time}）")
    } else {
        format!("{city}, {metric}: {value} ({time})")
    };
    let related = related_figures(cx, f, lang) + &charts_section(cx, f, lang);
    page(cx, &row, &og_title, &description, &related, lang)
}

/// Every chart with a page of its own, in both languages (for `Context::charts`).
pub fn all_charts(data: &Dataset) -> Vec<(Lang, Chart)> {
    let ids: Vec<String> = static_pages(data)
        .into_iter()
        .filter(|p| p.lang == Lang::Zh)
        .filter_map(|p| match p.kind {
            PageKind::Chart(id) => Some(id),
            _ => None,
        })
        .collect();
    [Lang::Zh, Lang::En]
        .into_iter()
        .flat_map(|lang| {
            ids.iter().filter_map(move |id| chart_by_id(data, &ViewState::default(), lang, id).map(|c| (lang, c)))
        })
        .collect()
}

/// Whether `chart` draws the figure: its change chart, the progress chart of its goal (or of the
/// goal it reports on), or the comparison of its measure where it is the figure drawn for its city.
fn draws(data: &Dataset, chart: &Chart, f: &Figure, lang: Lang) -> bool {
    if chart.id == format!("change-{}", f.id) {
        return true;
    }
    if let Some(goal) = chart.id.strip_prefix("progress-") {
        let reported = data.figures.iter().find(|g| g.id == goal).and_then(|g| progress_of(data, g));
        return goal == f.id || reported.is_some_and(|done| done.id == f.id);
    }
    let compared = f
        .metric_key
        .is_some_and(|k| chart.id.strip_prefix("compare-").is_some_and(|c| c.starts_with(&k.replace('_', "-"))));
    compared
        && chart.table.rows.iter().any(|row| {
            row.iter().any(|cell| cell == f.city.label().get(lang))
                && row.iter().any(|cell| cell.contains(f.value_text))
        })
}

/// Links to the charts that draw the figure, each on its own page.
fn charts_section(cx: &Context<'_>, f: &Figure, lang: Lang) -> String {
    let root = static_page::root_of(&row_page("figures", f.id, lang));
    let items: String = cx
        .charts
        .iter()
        .filter(|(l, chart)| *l == lang && draws(cx.data, chart, f, lang))
        .map(|(_, chart)| {
            let file = if lang == Lang::Zh {
                format!("embed/{}.html", chart.id)
            } else {
                format!("embed/{}.en.html", chart.id)
            };
            format!(r#"<li><a href="{root}{}" data-testid="figure-chart">{}</a></li>"#, esc(&file), esc(&chart.title))
        })
        .collect();
    if items.is_empty() {
        return String::new();
    }
    let heading = if lang == Lang::Zh { "显示这一数据的图表" } else { "Charts that show it" };
    format!(r#"<section aria-labelledby="charts"><h2 id="charts">{heading}</h2><ul>{items}</ul></section>"#)
}

/// The same metric elsewhere (other cities, other years), as links.
fn related_figures(cx: &Context<'_>, f: &Figure, lang: Lang) -> String {
    let Some(key) = f.metric_key else { return String::new() };
    let root = static_page::root_of(&row_page("figures", f.id, lang));
    let items: String = cx
        .data
        .figures
        .iter()
        .filter(|g| g.metric_key == Some(key) && g.id != f.id)
        .map(|g| {
            format!(
                r#"<li><a href="{root}{}">{} · {}</a> {} <span class="badge">{}</span></li>"#,
                esc(&row_page("figures", g.id, lang)),
                esc(g.city.label().get(lang)),
                esc(pick(lang, g.metric_zh, g.metric_en)),
                esc(&format!("{}（{}）", value_text(g, lang), scope_label(cx.data, g, lang))),
                esc(g.kind.label().get(lang))
            )
        })
        .collect();
    if items.is_empty() {
        return String::new();
    }
    let heading = if lang == Lang::Zh { "同一指标的其他数据" } else { "The same measure elsewhere" };
    format!(r#"<section aria-labelledby="related"><h2 id="related">{heading}</h2><ul>{items}</ul></section>"#)
}

/// One dated promise's page.
pub fn promise_page(cx: &Context<'_>, c: &Commitment, source: &Source, lang: Lang) -> String {
    let zh = lang == Lang::Zh;
    let text = pick(lang, c.text_zh, c.text_en);
    let city = c.city.label().get(lang);
    let deadline = deadline_label(c, lang);
    let facts = vec![
        (if zh { "期限" } else { "Deadline" }, esc(&deadline)),
        (if zh { "城市" } else { "City" }, esc(city)),
        (if zh { "类别" } else { "Category" }, esc(c.category.label().get(lang))),
        (if zh { "类型" } else { "Kind" }, esc(if zh { "承诺（无具体数字）" } else { "Commitment (no number)" })),
    ];
    let row = Row {
        id: c.id,
        folder: "promises",
        title: format!("{text} · {city}"),
        facts,
        quote: c.quote,
        note: String::new(),
        source,
    };
    let og_title = if zh { format!("{city}：{text}（{deadline}）") } else { format!("{city}: {text} ({deadline})") };
    let description = if zh {
        format!("{city}承诺：{text}，期限{deadline}。原文：“{}”——《{}》", c.quote, source.title_zh)
    } else {
        format!("{city} promises: {text}, by {deadline}. From “{}”, {}.", source.title_en, source.publisher_en)
    };
    page(cx, &row, &og_title, &description, "", lang)
}

fn page(cx: &Context<'_>, row: &Row<'_>, og_title: &str, description: &str, related: &str, lang: Lang) -> String {
    let zh = lang == Lang::Zh;
    let path = row_page(row.folder, row.id, lang);
    let root = static_page::root_of(&path);
    let s = row.source;
    let facts: String = row.facts.iter().map(|(k, v)| format!("<dt>{k}</dt><dd>{v}</dd>")).collect();
    let mut body = format!(r#"<h1>{}</h1><dl class="facts">{facts}</dl>"#, esc(&row.title));

    // The quote inside its paragraph, marked; the paragraph is the held text's.
    let paragraphs: Vec<&str> = (cx.held)(s.id).map(|t| t.lines().collect()).unwrap_or_default();
    let paragraph = place(&paragraphs, row.quote).map_or_else(
        || esc(row.quote),
        |(i, a, b)| marked_paragraph(paragraphs[i], &[Mark { id: row.id, start: a, end: b, link: None }]),
    );
    let in_document = format!("{root}{}#{}", document_page(s.id, lang), row.id);
    body.push_str(&format!(
        r#"<section aria-labelledby="quote"><h2 id="quote">{}</h2><blockquote class="paragraph" lang="zh-CN" data-testid="paragraph">{paragraph}</blockquote>"#,
        if zh { "原文" } else { "The source, in Chinese" }
    ));
    if !zh {
        body.push_str(&format!(
            r#"<p class="quote-en"><span class="tag">Explorer's translation of the marked words:</span> {}</p>"#,
            esc(quote_en(cx.data, row.id).unwrap_or_default())
        ));
    }
    if !row.note.is_empty() {
        let label = if zh { "阅读说明：" } else { "Reading note: " };
        body.push_str(&format!(r#"<p class="reading-note">{label}{}</p>"#, esc(&row.note)));
    }
    body.push_str(&format!(
        r#"<p class="cite">{} 《{}》 · {} · {}</p><p><a href="{}" data-testid="in-document">{}</a></p></section>"#,
        esc(i18n::QUOTED_FROM.get(lang)),
        esc(pick(lang, s.title_zh, s.title_en)),
        esc(pick(lang, s.publisher_zh, s.publisher_en)),
        esc(s.published),
        esc(&in_document),
        if zh { "在文件中阅读这句话 →" } else { "Read it in the document →" }
    ));
    body.push_str(related);

    let origin = (cx.origin_url)(s.id);
    body.push_str(&format!(
        r#"<section aria-labelledby="cite"><h2 id="cite">{}</h2><p>{}</p>{}{}{}</section>"#,
        if zh { "引用" } else { "Cite" },
        if zh { "引用这一数据时，请注明原始文件；如使用本站整理的数据，也请注明数据集及其版本。" } else { "Cite the source document for the number; cite the dataset, with its version, for the explorer's reading of it." },
        copy_field("cite-gbt", if zh { "原始文件（GB/T 7714-2015）" } else { "Source document (GB/T 7714-2015)" }, &cite::gbt_source(s, origin), lang),
        copy_field("cite-apa", if zh { "原始文件（APA 7）" } else { "Source document (APA 7)" }, &cite::apa_source(s, origin), lang),
        copy_field(
            "cite-dataset",
            if zh { "数据集（GB/T 7714-2015）" } else { "Dataset (APA 7)" },
            &if zh { cite::gbt_dataset(cx.version) } else { cite::apa_dataset(cx.version) },
            lang
        ),
    ));
    let view = if row.folder == "figures" { "figures/" } else { "promises/" };
    let back = if zh { format!("{root}{view}") } else { format!("{root}en/{view}") };
    body.push_str(&format!(
        r#"<p><a href="{}">{}</a></p>"#,
        esc(&back),
        if zh { "← 在浏览器中查看全部" } else { "← All of them in the explorer" }
    ));
    let other = row_page(row.folder, row.id, if zh { Lang::En } else { Lang::Zh });
    let head = Head {
        lang,
        path: &path,
        other_language: &other,
        title: og_title,
        description,
        stylesheet: None,
        favicon: cx.favicon,
        copy_buttons: true,
    };
    static_page::page(&head, &body)
}
