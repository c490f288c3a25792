//! A city's page (the overview for one city: its card and chart, as on the landing, and more):
//! what it has promised by deadline, the documents it draws on, and what they do not cover; and
//! the way into each city. The static parts are written here as markup (every text
//! escaped, links by `links::nav_link`): far less wasm than an element tree, tested natively.

use super::dataset::Dataset;
use super::filter::{apply, planned_only};
use super::i18n::{self, pick, Tr};
use super::items::deadline_groups_html;
use super::links::nav_link;
use super::markup::escape;
use super::model::{Category, City, Lang, Source};
use super::promises::{by_deadline, Month, Promise};
use super::url_state::{View, ViewState};

/// Everything a city's page shows.
#[derive(Clone, Debug, PartialEq)]
pub struct CityReport {
    pub city: City,
    /// The documents the city's rows come from, in the data's order.
    pub sources: Vec<&'static Source>,
    /// Targets, plans, dated promises and planned projects, grouped by deadline year.
    pub promised: Vec<(Option<u16>, Vec<Promise<'static>>)>,
    /// Categories none of the city's rows is about.
    pub uncovered: Vec<Category>,
}

/// The page of `city`.
pub fn city_report(data: &Dataset, city: City) -> CityReport {
    let mine = ViewState { cities: vec![city], ..ViewState::default() };
    let projects = apply(data.projects, &mine);
    let figures = apply(data.figures, &mine);
    let commitments = apply(data.commitments, &mine);
    let covered = |c: Category| {
        projects.iter().any(|p| p.category == c)
            || figures.iter().any(|f| f.category == c)
            || commitments.iter().any(|x| x.category == c)
    };
    let planned = apply(data.projects, &planned_only(&mine));
    CityReport {
        city,
        sources: data.sources.iter().filter(|s| s.city == city).collect(),
        promised: by_deadline(&figures, &commitments, &planned),
        uncovered: Category::ALL.iter().copied().filter(|&c| !covered(c)).collect(),
    }
}

/// The city's page, from any state (language and reading preferences kept).
pub fn city_page(city: City, base: &ViewState) -> ViewState {
    ViewState { cities: vec![city], ..base.carried_to(View::Overview).without_filters() }
}

/// "鹤壁的文件未涉及：住房与老旧小区、文化与文旅。"
pub fn uncovered_text(city: City, categories: &[Category], lang: Lang) -> String {
    let names: Vec<&str> = categories.iter().map(|c| c.label().get(lang)).collect();
    match lang {
        Lang::Zh => format!("{}的文件未涉及：{}。", city.label().zh, names.join("、")),
        Lang::En => format!("The documents of {} do not cover: {}.", city.label().en, names.join("; ")),
    }
}

const BY_CITY: Tr = Tr::new("按城市查看", "See a city");
const EVERY_CITY: Tr = Tr::new("全部城市", "Every city");
const PROMISED: Tr = Tr::new("目标、承诺与计划中的项目", "Targets, promises and planned projects");
const DOCUMENTS: Tr = Tr::new("依据的文件", "The documents it draws on");
const UNCOVERED: Tr = Tr::new("文件未涉及", "What the documents do not cover");
const NONE_PROMISED: Tr = Tr::new("文件未列出目标或计划。", "The documents list no target or plan.");

/// The way into each city, at the top of the overview: a large link per city of the data, and
/// on a city's page the way back to every city. `state` is the state shown.
pub fn city_entry_html(data: &Dataset, state: &ViewState) -> String {
    let lang = state.lang;
    let mut items: String = data
        .cities
        .iter()
        .map(|&city| {
            let current = if state.cities.as_slice() == [city] { r#" aria-current="page""# } else { "" };
            let attributes = format!(r#" class="city-button" data-testid="city-entry-{}"{current}"#, escape(city.id()));
            format!("<li>{}</li>", nav_link(data, state, &city_page(city, state), &attributes, city.label().get(lang)))
        })
        .collect();
    if !state.cities.is_empty() {
        let every = ViewState { cities: Vec::new(), ..state.carried_to(View::Overview) };
        let attributes = r#" class="city-button every" data-testid="city-entry-all""#;
        items.push_str(&format!("<li>{}</li>", nav_link(data, state, &every, attributes, EVERY_CITY.get(lang))));
    }
    format!(
        r#"<nav class="city-entry" aria-labelledby="city-entry-title" data-testid="city-entry"><h2 id="city-entry-title" class="city-entry-title">{}</h2><ul>{items}</ul></nav>"#,
        escape(BY_CITY.get(lang))
    )
}

/// The heading and count of what a city has promised (its list follows).
pub fn city_promised_html(report: &CityReport, lang: Lang) -> String {
    let promised: usize = report.promised.iter().map(|(_, list)| list.len()).sum();
    let promised =
        if promised == 0 { NONE_PROMISED.get(lang).to_string() } else { i18n::count_promises(promised, lang) };
    format!(r#"<h2 id="city-promises-title">{}</h2><p>{}</p>"#, escape(PROMISED.get(lang)), escape(&promised))
}

/// The end of a city's page: the documents it draws on and what they do not cover.
pub fn city_sources_html(report: &CityReport, lang: Lang) -> String {
    let sources: String = report
        .sources
        .iter()
        .map(|s| {
            format!(
                "<li>{} — {}, {}</li>",
                escape(pick(lang, s.title_zh, s.title_en)),
                escape(pick(lang, s.publisher_zh, s.publisher_en)),
                escape(s.published)
            )
        })
        .collect();
    let uncovered = if report.uncovered.is_empty() {
        String::new()
    } else {
        format!(
            r#"<h2>{}</h2><p data-testid="uncovered">{}</p>"#,
            escape(UNCOVERED.get(lang)),
            escape(&uncovered_text(report.city, &report.uncovered, lang))
        )
    };
    format!(
        r#"<h2>{}</h2><ul class="source-list" data-testid="city-sources">{sources}</ul>{uncovered}"#,
        escape(DOCUMENTS.get(lang))
    )
}

/// What a city's page adds below its card: its promises by deadline (`today` decides which
/// deadlines have passed), its documents and what they do not cover.
pub fn city_page_html(data: &Dataset, report: &CityReport, today: Month, now: &ViewState) -> String {
    format!(
        r#"{}<div data-testid="city-promises">{}</div>{}"#,
        city_promised_html(report, now.lang),
        deadline_groups_html(data, &report.promised, 3, today, now),
        city_sources_html(report, now.lang)
    )
}
