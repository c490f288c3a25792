//! The About page's content as markup: the documents, what the dataset holds, downloads, how to
//! cite it, and where its columns are explained. All of it is static for a language, so it is written here as one
//! string (every data text escaped) and set as the page's HTML: far less wasm than an element
//! tree of the same content, and tested natively.

use super::dataset::Dataset;
use super::i18n::{self, Tr};
use super::markup::escape;
use super::model::Lang;

/// Files published next to the app by the build (tools/open-data).
const DOWNLOADS: &[(&str, Tr)] = &[
    ("data/figures.csv", Tr::new("数据 figures.csv", "Figures, figures.csv")),
    ("data/projects.csv", Tr::new("项目 projects.csv", "Projects, projects.csv")),
    ("data/commitments.csv", Tr::new("有期限的承诺 commitments.csv", "Dated commitments, commitments.csv")),
    ("data/sources.csv", Tr::new("来源 sources.csv", "Sources, sources.csv")),
    ("data/cities.csv", Tr::new("城市 cities.csv", "Cities, cities.csv")),
    ("data/dataset.json", Tr::new("全部数据 dataset.json", "Everything, dataset.json")),
];

/// The columns are explained on the data page (readable without JavaScript), not in the app.
const DICTIONARY_LINK: Tr = Tr::new(
    "每个 CSV 文件各列的含义，见数据一览页的数据字典 →",
    "What each column of each CSV file means: the data dictionary on the data page →",
);

const COUNTS_BY_CITY: Tr = Tr::new("各市文件、项目与数据条数", "Documents, projects and figures per city");

/// A section with its level-two heading.
fn section(id: &str, heading: Tr, body: &str, lang: Lang) -> String {
    format!(
        r#"<section aria-labelledby="{id}-heading"><h2 id="{id}-heading">{}</h2>{body}</section>"#,
        escape(heading.get(lang))
    )
}

/// A table in a labelled region that scrolls on its own.
fn scrolling_table(label: &str, class: &str, extra: &str, inner: &str) -> String {
    format!(
        r#"<div class="table-scroll" role="region" aria-label="{}" tabindex="0"><table class="{class}"{extra}>{inner}</table></div>"#,
        escape(label)
    )
}

/// The inside of the About page's `<article>`.
pub fn about_html(data: &Dataset, lang: Lang) -> String {
    let t = |text: Tr| escape(text.get(lang));
    let sources: String = data
        .sources
        .iter()
        .map(|s| {
            format!(
                r#"<li id="source-{}" data-testid="source-item"><strong>{}</strong><br>{} · {} · {} · <time>{}</time></li>"#,
                escape(s.id),
                t(Tr::new(s.title_zh, s.title_en)),
                t(s.city.label()),
                t(s.kind.label()),
                t(Tr::new(s.publisher_zh, s.publisher_en)),
                escape(s.published)
            )
        })
        .collect();
    let counts: String = data
        .cities
        .iter()
        .map(|&c| {
            let (d, p, f) = data.city_counts(c);
            format!(r#"<tr><th scope="row">{}</th><td>{d}</td><td>{p}</td><td>{f}</td></tr>"#, t(c.label()))
        })
        .collect();
    let heads: String = [i18n::COL_CITY, i18n::COUNT_SOURCES, i18n::PROJECTS, i18n::FIGURES]
        .iter()
        .map(|&h| format!(r#"<th scope="col">{}</th>"#, t(h)))
        .collect();
    let counts = scrolling_table(
        COUNTS_BY_CITY.get(lang),
        "counts",
        r#" data-testid="dataset-counts""#,
        &format!("<thead><tr>{heads}</tr></thead><tbody>{counts}</tbody>"),
    );
    let downloads: String = DOWNLOADS
        .iter()
        .map(|&(href, label)| format!(r#"<li><a href="{href}" download="">{}</a></li>"#, t(label)))
        .collect();
    let names = i18n::city_names(data);
    let citation = format!("{}{}{}", t(i18n::CITATION[0]), t(names), t(i18n::CITATION[1]));
    [
        format!(r#"<p class="intro">{}</p>"#, t(i18n::ABOUT_INTRO)),
        section("sources", i18n::SOURCES_HEADING, &format!(r#"<ol class="source-docs">{sources}</ol>"#), lang),
        section("dataset", i18n::DATASET_HEADING, &counts, lang),
        section(
            "downloads",
            i18n::DOWNLOADS_HEADING,
            &format!("<ul>{downloads}</ul><p>{}</p>", t(i18n::DOWNLOADS_NOTE)),
            lang,
        ),
        section("cite", i18n::CITE_HEADING, &format!("<p>{citation}</p>"), lang),
        section(
            "dictionary",
            i18n::DICTIONARY_HEADING,
            &format!(r#"<p><a href="data/index.html#dictionary">{}</a></p>"#, t(DICTIONARY_LINK)),
            lang,
        ),
    ]
    .concat()
}
