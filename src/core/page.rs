//! The static pages of `dist/`. Each page's file stands for a view state of its own: `index.html`
//! for the default view, `embed/<chart>.html` (`.en.html` in English) for one chart embedded in an
//! article. The build renders that state into the page's HTML; in the browser the page's query
//! (if any) is read over it.

use super::chart::{chart_by_id, charts_for, ChartSet};
use super::dataset::Dataset;
use super::i18n::{ALL_CITIES, PRODUCT_NAME};
use super::model::{name_list, Lang};
use super::url_state::{format_over, parse, Dropped, View, ViewState};

/// Where the explorer's single-chart embed pages live, relative to its folder.
pub const EMBED_DIR: &str = "embed";

/// The page's address without query or fragment: `https://host/news/renewal/` or `…/index.html`.
pub fn page_address(href: &str) -> &str {
    let end = href.find(['?', '#']).unwrap_or(href.len());
    &href[..end]
}

/// One page of `dist/`.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Page {
    /// The file, relative to the explorer's folder: `index.html`, `embed/<chart>.html`.
    pub path: String,
    /// The query the file stands for: empty for `index.html`, `embed=1&chart=<id>` for an embed.
    pub base: String,
    /// The way from the page back to the explorer's folder: empty, or `../` for embed pages.
    pub root: String,
}

impl Page {
    /// `index.html`: the default view.
    pub fn index() -> Page {
        Page { path: "index.html".into(), ..Page::default() }
    }

    /// The embed page of one chart in one language.
    pub fn chart_embed(chart: &str, lang: Lang) -> Page {
        let base = match lang {
            Lang::Zh => format!("embed=1&chart={chart}"),
            Lang::En => format!("embed=1&chart={chart}&lang=en"),
        };
        Page { path: chart_page_path(chart, lang), base, root: "../".into() }
    }

    /// The state the file itself stands for.
    pub fn own_state(&self) -> ViewState {
        parse(&self.base).0
    }

    /// What a visitor sees: the page's own state with its query read over it (later keys win).
    pub fn state(&self, query: &str) -> (ViewState, Vec<Dropped>) {
        let query = query.strip_prefix('?').unwrap_or(query);
        parse(&format!("{}&{query}", self.base))
    }

    /// The in-page link (`?…`) that restores `state` on this page; `?` alone for its own state.
    pub fn href(&self, state: &ViewState) -> String {
        format!("?{}", format_over(state, &self.own_state()))
    }

    /// A link, relative to this page, to `state` in the full explorer (`index.html`).
    pub fn explorer_link(&self, state: &ViewState) -> String {
        let query = super::url_state::format(state);
        match (self.root.is_empty(), query.is_empty()) {
            (true, true) => "./".into(),
            (true, false) => format!("?{query}"),
            (false, true) => self.root.clone(),
            (false, false) => format!("{}?{query}", self.root),
        }
    }

    /// The explorer's folder as an absolute address, from this page's address (`location.href`).
    pub fn explorer_address(&self, href: &str) -> String {
        let page = page_address(href);
        let mut folder = &page[..page.rfind('/').map_or(0, |i| i + 1)];
        for _ in self.root.matches("../") {
            let trimmed = folder.strip_suffix('/').unwrap_or(folder);
            folder = &trimmed[..trimmed.rfind('/').map_or(0, |i| i + 1)];
        }
        folder.to_string()
    }
}

/// `embed/<chart>.html`, or `embed/<chart>.en.html` for the English page.
pub fn chart_page_path(chart: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{EMBED_DIR}/{chart}.html"),
        Lang::En => format!("{EMBED_DIR}/{chart}.en.html"),
    }
}

/// Every page the build writes: `index.html`, and an embed page per chart and language for each
/// chart the unfiltered explorer can show (a filtered view only ever shows a subset of them).
pub fn static_pages(data: &Dataset) -> Vec<Page> {
    let all = ViewState::default();
    let mut ids: Vec<String> = Vec::new();
    for set in [ChartSet::Landing, ChartSet::Overview, ChartSet::Compare] {
        for chart in charts_for(data, &all, Lang::Zh, set) {
            if !ids.contains(&chart.id) {
                ids.push(chart.id);
            }
        }
    }
    let mut pages = vec![Page::index()];
    for lang in Lang::ALL {
        pages.extend(ids.iter().map(|id| Page::chart_embed(id, *lang)));
    }
    pages
}

/// The document's `<title>`: the chart's title for a single-chart embed, else the view's name.
pub fn document_title(data: &Dataset, state: &ViewState) -> String {
    let lang = state.lang;
    let name = PRODUCT_NAME.get(lang);
    let chart = state.chart.as_deref().filter(|_| state.embed).and_then(|id| chart_by_id(data, state, lang, id));
    match (chart, state.view) {
        (Some(chart), _) => format!("{} · {name}", chart.title),
        // The landing page names the explorer in both languages (what search results show).
        (None, View::Overview) => format!("{name} · {}", PRODUCT_NAME.get(lang.other())),
        (None, view) => format!("{} · {name}", view.label().get(lang)),
    }
}

/// What a page's own file shows, in `lang`: the chart's title for a chart's page, else the view
/// and its cities ("项目 · 鹤壁", "Overview · all cities"). The notice of a page that could not
/// show what its address asked for links it by this name.
pub fn own_view_name(data: &Dataset, page: &Page, lang: Lang) -> String {
    let state = ViewState { lang, ..page.own_state() };
    let chart = state.chart.as_deref().filter(|_| state.embed).and_then(|id| chart_by_id(data, &state, lang, id));
    let what = match chart {
        Some(chart) => chart.title,
        None => state.view.label().get(lang).to_string(),
    };
    let names: Vec<&str> = state.cities.iter().map(|c| c.label().get(lang)).collect();
    let cities = if names.is_empty() { ALL_CITIES.get(lang).to_string() } else { name_list(&names, lang) };
    format!("{what} · {cities}")
}

/// The classes of `<html>` for a state: the theme, large text, embed mode. (The running app adds
/// `js`; the page's first script adds it too, so a page read without scripts can tell.)
pub fn root_classes(state: &ViewState) -> String {
    let large = if state.large { " large" } else { "" };
    let embed = if state.embed { " embed" } else { "" };
    format!("theme-{}{large}{embed}", state.theme.id())
}
