//! `data/index.html`: every figure and project as a plain HTML page, for readers without
//! JavaScript (linked from the `<noscript>` message) and for search engines. All text is escaped.

use renewal_dataset::model::{Lang, Scope};
use renewal_dataset::rows::{CityRow, CommitmentRow, FigureRow, ProjectRow, SourceRow, Tables};
use renewal_explorer::core::display::{as_of_date, time_label};
use renewal_explorer::core::markup::escape as esc;
use std::fmt::Write as _;

fn source_title<'a>(sources: &'a [SourceRow], id: &'a str) -> &'a str {
    sources.iter().find(|s| s.id == id).map_or(id, |s| s.title_zh.as_str())
}

/// A city's names, both languages (its id if `cities.csv` had none: the loader refuses that).
fn city_name(cities: &[CityRow], id: &str) -> String {
    cities
        .iter()
        .find(|c| c.id == id)
        .map_or(esc(id), |c| format!("{} <span lang=\"en\">{}</span>", esc(&c.name_zh), esc(&c.name_en)))
}

fn figure_row(out: &mut String, f: &FigureRow, t: &Tables) {
    let sources = &t.sources;
    let published = sources.iter().find(|s| s.id == f.source_id).map_or("", |s| s.published.as_str());
    let date = match (f.scope, f.year) {
        (Scope::AsOf, Some(year)) => as_of_date(&f.quote, year, published),
        _ => None,
    };
    let time = |lang| time_label(f.scope, f.period_from, f.year, f.baseline_year, date, lang);
    let year = format!("{}<br><small>{}</small>", esc(&time(Lang::Zh)), esc(&time(Lang::En)));
    let _ = writeln!(
        out,
        "<tr><td>{}</td><td><a href=\"../figures/{id}.html\">{}</a><br><small>{}</small></td><td>{}{} <small>{}</small></td><td>{}</td><td>{year}</td><td><q>{}</q><br><small><a href=\"../sources/{}.html#{id}\">《{}》</a></small></td></tr>",
        city_name(&t.cities, &f.city),
        esc(&f.metric_zh),
        esc(&f.metric_en),
        esc(&f.value),
        esc(&f.unit_zh),
        esc(&f.unit_en),
        esc(f.kind.id()),
        esc(&f.quote),
        esc(&f.source_id),
        esc(source_title(sources, &f.source_id)),
        id = esc(&f.id),
    );
}

fn project_row(out: &mut String, p: &ProjectRow, cities: &[CityRow]) {
    let _ = writeln!(
        out,
        "<li><strong><a href=\"../projects/{id}.html\">{}</a></strong> ({}) — {} · {} · <a href=\"../sources/{}.html#{id}\">原文 · In the document</a><br>{}<br><small>{}</small></li>",
        esc(&p.name_zh),
        esc(&p.name_en),
        city_name(cities, &p.city),
        esc(p.status.id()),
        esc(&p.source_id),
        esc(&p.summary_zh),
        esc(&p.summary_en),
        id = esc(&p.id),
    );
}

/// The page's own styles (a file beside it: the strict CSP allows no inline style): readable on a
/// 360-px phone, the wide table scrolling inside its region.
pub const STYLE: &str = "body{margin:0;font-family:system-ui,sans-serif;line-height:1.6;color:#1a1a1a;background:#fff}\n\
main{max-width:72rem;margin:0 auto;padding:1rem}\n\
a{color:#0b5cad}\n\
.scroll{max-width:100%;overflow-x:auto}\n\
table{border-collapse:collapse}th,td{text-align:left;vertical-align:top;padding:.3rem .5rem;border-bottom:1px solid #c9ced6}\n\
td q{display:block;min-width:12rem}\n\
li,p,q{overflow-wrap:anywhere}\n\
header.site{padding:.5rem 1rem;border-bottom:1px solid #c9ced6}\n\
.meta,.held{color:#4a4f57}\n\
.document p,.document h2,.document h3{scroll-margin-top:1rem}\n\
mark{background:#fff0b3;color:inherit;padding:0 .05em}\n\
.mark-label{font-size:.75em;margin:0 .2em;padding:0 .3em;border:1px solid #0b5cad;border-radius:.3em;text-decoration:none;white-space:normal;scroll-margin-top:4rem}\n\
.mark-label:target{background:#0b5cad;color:#fff}\n\
.gap{color:#4a4f57}\n\
.reading-note{font-size:.9em;border-left:3px solid #8a5a00;padding-left:.6rem}\n\
blockquote.paragraph{margin:0;padding:.5rem 1rem;border-left:3px solid #c9ced6}\n\
.quote-en .tag{font-weight:600}\n\
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dd{margin:0}\n\
.copy{margin:.6rem 0}.copy label{display:block;font-weight:600}.copy textarea{width:100%;max-width:40rem;font:inherit;font-size:.9em}\n\
button{font:inherit;min-height:44px;min-width:44px}\n\
.toc{columns:16rem}\n\
@media (prefers-color-scheme:dark){body{background:#15171a;color:#ececec}a{color:#7cb8ff}th,td{border-color:#3b4048}.meta,.held,.gap{color:#b8bec7}mark{background:#5c4b00}.mark-label{border-color:#7cb8ff}.mark-label:target{background:#7cb8ff;color:#15171a}}\n";

/// `favicon`: the explorer's icon file in dist/ (hashed name), if there is one.
pub fn page(t: &Tables, favicon: Option<&str>) -> String {
    let icon = favicon
        .map(|f| format!("<link rel=\"icon\" type=\"image/svg+xml\" href=\"../{}\">", esc(f)))
        .unwrap_or_default();
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">{icon}\
         <link rel=\"stylesheet\" href=\"page.css\">\
         <title>数据一览 · Data — 河南城市更新数据浏览 · Henan Urban Renewal Explorer</title></head><body><main>\n\
         <h1>数据一览 <span lang=\"en\">· All data</span></h1>\n\
         <p>河南城市更新数据浏览的全部数据，每个数字附原文。<span lang=\"en\">Every figure and project of the \
         Henan Urban Renewal Explorer, each with its source sentence.</span> \
         <a href=\"../\">交互浏览 · Interactive explorer</a> · <a href=\"figures.csv\">figures.csv</a> · \
         <a href=\"projects.csv\">projects.csv</a> · <a href=\"commitments.csv\">commitments.csv</a> · <a href=\"sources.csv\">sources.csv</a> · <a href=\"cities.csv\">cities.csv</a> · \
         <a href=\"dataset.json\">dataset.json</a></p>\n",
    );
    out.push_str("<h2>来源文件 <span lang=\"en\">· Sources</span></h2>\n<ol>\n");
    for s in &t.sources {
        let _ = writeln!(
            out,
            "<li><a href=\"../sources/{}.html\">{}</a> — {}，{} <a href=\"../en/sources/{}.html\" lang=\"en\">(English page)</a></li>",
            esc(&s.id),
            esc(&s.title_zh),
            esc(&s.publisher_zh),
            esc(&s.published),
            esc(&s.id)
        );
    }
    out.push_str("</ol>\n<h2 id=\"figures\">数据 <span lang=\"en\">· Figures</span></h2>\n<div class=\"scroll\" role=\"region\" aria-labelledby=\"figures\" tabindex=\"0\"><table>\n<thead><tr><th>城市 City</th><th>指标 Metric</th><th>数值 Value</th><th>类型 Kind</th><th>时间 Time</th><th>原文 Quote</th></tr></thead>\n<tbody>\n");
    for f in &t.figures {
        figure_row(&mut out, f, t);
    }
    out.push_str("</tbody></table></div>\n<h2>项目 <span lang=\"en\">· Projects</span></h2>\n<ul>\n");
    for p in &t.projects {
        project_row(&mut out, p, &t.cities);
    }
    out.push_str("</ul>\n<h2>有期限的承诺 <span lang=\"en\">· Dated commitments</span></h2>\n<ul>\n");
    for c in &t.commitments {
        commitment_row(&mut out, c, &t.cities);
    }
    out.push_str("</ul>\n");
    dictionary(&mut out);
    out.push_str("</main></body></html>\n");
    out
}

/// The data dictionary: what each column of each CSV file means, in both languages.
fn dictionary(out: &mut String) {
    use renewal_explorer::core::dictionary::{CITY_COLUMNS, COMMITMENT_COLUMNS, FIGURE_COLUMNS, PROJECT_COLUMNS};
    out.push_str("<h2 id=\"dictionary\">数据字典 <span lang=\"en\">· Data dictionary</span></h2>\n");
    for (file, columns) in [
        ("figures.csv", FIGURE_COLUMNS),
        ("projects.csv", PROJECT_COLUMNS),
        ("commitments.csv", COMMITMENT_COLUMNS),
        ("cities.csv", CITY_COLUMNS),
    ] {
        let id = format!("dictionary-{}", file.trim_end_matches(".csv"));
        let _ = write!(
            out,
            "<h3 id=\"{id}\"><code>{file}</code></h3>\n<div class=\"scroll\" role=\"region\" aria-labelledby=\"{id}\" tabindex=\"0\"><table>\n\
             <thead><tr><th>列 Column</th><th>含义</th><th lang=\"en\">Meaning</th></tr></thead>\n<tbody>\n"
        );
        for (name, meaning) in columns {
            let _ = writeln!(
                out,
                "<tr><th scope=\"row\"><code>{}</code></th><td>{}</td><td lang=\"en\">{}</td></tr>",
                esc(name),
                esc(meaning.zh),
                esc(meaning.en)
            );
        }
        out.push_str("</tbody></table></div>\n");
    }
}

fn commitment_row(out: &mut String, c: &CommitmentRow, cities: &[CityRow]) {
    let _ = writeln!(
        out,
        "<li><strong><a href=\"../promises/{id}.html\">{}</a></strong> ({}) — {} · {}<br><q>{}</q> <a href=\"../sources/{}.html#{id}\">原文 · In the document</a></li>",
        esc(&c.text_zh),
        esc(&c.text_en),
        city_name(cities, &c.city),
        esc(&c.deadline),
        esc(&c.quote),
        esc(&c.source_id),
        id = esc(&c.id),
    );
}
