//! The pages of `dist/` and the address of every state. Each page's file stands for a view state
//! of its own, at a readable address below the explorer's folder:
//!
//! | page | address (Chinese) | English |
//! |---|---|---|
//! | a view, every city | `` (the landing), `charts/` | `en/`, `en/charts/` |
//! | a view, one city | `hebi/` (the city's overview), `projects/hebi/` | `en/hebi/`, `en/projects/hebi/` |
//! | one project | `projects/<id>.html` | `en/projects/<id>.html` |
//! | one chart, embedded | `embed/<chart>.html` | `embed/<chart>.en.html` |
//!
//! The build renders each page's state into its HTML; in the browser the query (if any) is read
//! over it. A state's address is its nearest page and a query of what that page does not hold
//! (`projects/hebi/?cat=greening`), so every link the explorer hands out lands on a page that
//! holds as much of it as a file can.

use super::chart::{chart_by_id, page_ids};
use super::dataset::Dataset;
use super::i18n::{around_cities, pick, ALL_CITIES, PRODUCT_NAME, TAGLINE};
use super::model::{name_list, City, Lang};
use super::url_state::{format_over, parse_over, DropReason, Dropped, View, ViewState};

/// Where the explorer's single-chart embed pages live, relative to its folder.
pub const EMBED_DIR: &str = "embed";
/// The id of the element a page's view is rendered into by the build; the app swaps in its own
/// (`takeover`).
pub const APP_ID: &str = "app";
/// The folder of the English pages.
pub const ENGLISH_DIR: &str = "en";
/// Folder names a city id cannot take: the address `hebi/` is a city's page.
pub const RESERVED_NAMES: [&str; 5] = [EMBED_DIR, ENGLISH_DIR, "data", "icons", "index.html"];

/// The page's address without query or fragment: `https://host/news/renewal/` or `…/index.html`.
pub fn page_address(href: &str) -> &str {
    let end = href.find(['?', '#']).unwrap_or(href.len());
    &href[..end]
}

/// What a page's file holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PageKind {
    /// A view for every city, or for one.
    View { view: View, city: Option<City> },
    /// One project's detail (the Projects view with the project open).
    Project(String),
    /// One chart, embedded in an article.
    Chart(String),
}

/// One page of `dist/`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Page {
    pub kind: PageKind,
    pub lang: Lang,
}

impl Page {
    /// The landing page, `index.html`: the overview of every city, in Chinese.
    pub fn index() -> Page {
        Page::view(View::Overview, None, Lang::Zh)
    }

    /// A view's page, for every city or one.
    pub fn view(view: View, city: Option<City>, lang: Lang) -> Page {
        Page { kind: PageKind::View { view, city }, lang }
    }

    /// The embed page of one chart in one language.
    pub fn chart_embed(chart: &str, lang: Lang) -> Page {
        Page { kind: PageKind::Chart(chart.to_string()), lang }
    }

    /// One project's page.
    pub fn project(id: &str, lang: Lang) -> Page {
        Page { kind: PageKind::Project(id.to_string()), lang }
    }

    /// Where the page sits below the explorer's folder: a folder (`en/charts/hebi/`, `` for the
    /// landing) or a file (`embed/<chart>.html`, `projects/<id>.html`).
    pub fn address(&self) -> String {
        let english = if self.lang == Lang::En { "en/" } else { "" };
        match &self.kind {
            PageKind::View { view, city } => {
                let view = if *view == View::Overview { String::new() } else { format!("{}/", view.id()) };
                let city = city.map_or(String::new(), |c| format!("{}/", c.id()));
                format!("{english}{view}{city}")
            }
            PageKind::Project(id) => format!("{english}{}/{id}.html", View::Projects.id()),
            PageKind::Chart(id) => match self.lang {
                Lang::Zh => format!("{EMBED_DIR}/{id}.html"),
                Lang::En => format!("{EMBED_DIR}/{id}.en.html"),
            },
        }
    }

    /// The file in `dist/`: the address, or its `index.html` for a folder.
    pub fn path(&self) -> String {
        let address = self.address();
        if address.is_empty() || address.ends_with('/') {
            format!("{address}index.html")
        } else {
            address
        }
    }

    /// The way from the page back to the explorer's folder: `../` for each folder it sits in.
    pub fn root(&self) -> String {
        "../".repeat(self.address().matches('/').count())
    }

    /// The state the file itself stands for.
    pub fn own_state(&self) -> ViewState {
        let base = ViewState { lang: self.lang, ..ViewState::default() };
        match &self.kind {
            PageKind::View { view, city } => ViewState { view: *view, cities: city.iter().copied().collect(), ..base },
            PageKind::Project(id) => ViewState { view: View::Projects, project: Some(id.clone()), ..base },
            PageKind::Chart(id) => ViewState { embed: true, chart: Some(id.clone()), ..base },
        }
    }

    /// What a visitor sees: the page's own state with its query read over it (later keys win).
    pub fn state(&self, query: &str) -> (ViewState, Vec<Dropped>) {
        parse_over(self.own_state(), query.strip_prefix('?').unwrap_or(query))
    }

    /// The nearest page to a state: the one chart of a chart embed, the open project, else the
    /// view for its one city (or every city). A chart or project the data does not hold has no
    /// page; its state stays in the query of its view's page.
    pub fn for_state(data: &Dataset, state: &ViewState) -> Page {
        let lang = state.lang;
        if let (true, Some(chart)) = (state.embed, &state.chart) {
            if page_ids(data).contains(chart) {
                return Page::chart_embed(chart, lang);
            }
        }
        if let (View::Projects, Some(id)) = (state.view, &state.project) {
            if data.projects.iter().any(|p| p.id == id) {
                return Page::project(id, lang);
            }
        }
        let city = match state.cities.as_slice() {
            [one] => Some(*one),
            _ => None,
        };
        Page::view(state.view, city, lang)
    }

    /// The page at an address below the explorer's folder (`en/charts/hebi/`, `embed/x.html`,
    /// `index.html`), if there is one.
    pub fn from_address(data: &Dataset, address: &str) -> Option<Page> {
        let address = address.strip_suffix("index.html").unwrap_or(address);
        if let Some(file) = address.strip_prefix("embed/") {
            let (id, lang) = match file.strip_suffix(".en.html") {
                Some(id) => (id, Lang::En),
                None => (file.strip_suffix(".html")?, Lang::Zh),
            };
            return page_ids(data).iter().any(|c| c == id).then(|| Page::chart_embed(id, lang));
        }
        let (lang, rest) = match address.strip_prefix("en/") {
            Some(rest) => (Lang::En, rest),
            None if address == "en" => (Lang::En, ""),
            None => (Lang::Zh, address),
        };
        if let Some(id) = rest.strip_prefix("projects/").and_then(|file| file.strip_suffix(".html")) {
            return data.projects.iter().any(|p| p.id == id).then(|| Page::project(id, lang));
        }
        let parts: Vec<&str> = rest.split('/').filter(|p| !p.is_empty()).collect();
        let city = |id: &str| City::find(data.cities, id);
        let view = |id: &str| View::from_id(id).filter(|v| *v != View::Overview);
        let (view, city) = match parts.as_slice() {
            [] => (View::Overview, None),
            [one] => match (view(one), city(one)) {
                (Some(view), _) => (view, None),
                (None, Some(city)) => (View::Overview, Some(city)),
                (None, None) => return None,
            },
            [v, c] => (view(v)?, Some(city(c)?)),
            _ => return None,
        };
        Some(Page::view(view, city, lang))
    }

    /// A link from this page to `state`: the way to its page, relative to this one, and the
    /// query of what that page does not hold (`../projects/hebi/?cat=greening`, `?q=公园`).
    pub fn link_to(&self, data: &Dataset, state: &ViewState) -> String {
        let target = Page::for_state(data, state);
        let query = format_over(state, &target.own_state());
        let (from, to) = (self.address(), target.address());
        let way = if from == to { String::new() } else { relative(&from, &to) };
        match (way.is_empty(), query.is_empty()) {
            (true, true) => file_name(&to).unwrap_or("./").to_string(),
            (true, false) => format!("?{query}"),
            (false, true) => way,
            (false, false) => format!("{way}?{query}"),
        }
    }
}

/// The address (below the explorer's folder) of a state: its page and the query of the rest.
pub fn address_of(data: &Dataset, state: &ViewState) -> String {
    let link = Page::index().link_to(data, state);
    link.strip_prefix("./").map_or(link.clone(), str::to_string)
}

/// The state at a URL (`href`) of the explorer whose folder is `root`: the page at its path with
/// its query read over it. A path that names no page (a host that answers any address with the
/// landing page) reads as the landing page, and the notice says so.
pub fn locate(data: &Dataset, root: &str, href: &str) -> (ViewState, Vec<Dropped>) {
    let (address, query) = split_address(root, href);
    match Page::from_address(data, address) {
        Some(page) => page.state(query),
        None => {
            // The overview, in the language of the path (`en/…` stays English).
            let (state, mut dropped) = Page::view(View::Overview, None, path_lang(address)).state(query);
            dropped.insert(0, Dropped { key: "path".into(), value: address.into(), reason: DropReason::UnknownValue });
            (state, dropped)
        }
    }
}

/// An address's page below the explorer's folder, and its query.
fn split_address<'a>(root: &str, href: &'a str) -> (&'a str, &'a str) {
    let page = page_address(href);
    let query = href[page.len()..].split('#').next().unwrap_or("");
    (page.strip_prefix(root).unwrap_or(""), query)
}

/// The language of a path below the explorer's folder: English under `en/` and for a chart's
/// English embed page (`embed/<chart>.en.html`), else Chinese.
fn path_lang(address: &str) -> Lang {
    let english = match address.strip_prefix("embed/") {
        Some(file) => file.ends_with(".en.html"),
        None => address == "en" || address.starts_with("en/"),
    };
    if english {
        Lang::En
    } else {
        Lang::Zh
    }
}

/// The folder `levels` above the folder of `href` (its query and fragment dropped).
pub fn folder_above(href: &str, levels: usize) -> String {
    let page = page_address(href);
    let mut folder = &page[..page.rfind('/').map_or(0, |i| i + 1)];
    for _ in 0..levels {
        let trimmed = folder.strip_suffix('/').unwrap_or(folder);
        folder = &trimmed[..trimmed.rfind('/').map_or(0, |i| i + 1)];
    }
    folder.to_string()
}

/// The name of the file an address ends in, if it is a file (not a folder).
fn file_name(address: &str) -> Option<&str> {
    let name = address.rsplit('/').next().unwrap_or(address);
    (!name.is_empty()).then_some(name)
}

/// The way from the page at `from` to the page at `to` (both below the explorer's folder).
fn relative(from: &str, to: &str) -> String {
    let from_dirs: Vec<&str> = from.split('/').collect::<Vec<_>>().split_last().map_or(vec![], |(_, d)| d.to_vec());
    let (to_dirs, to_file) = match to.rsplit_once('/') {
        Some((dirs, file)) => (dirs.split('/').collect::<Vec<_>>(), file),
        None => (Vec::new(), to),
    };
    let common = from_dirs.iter().zip(&to_dirs).take_while(|(a, b)| a == b).count();
    let up = "../".repeat(from_dirs.len() - common);
    let down: String = to_dirs[common..].iter().map(|d| format!("{d}/")).collect();
    let way = format!("{up}{down}{to_file}");
    if way.is_empty() {
        "./".into()
    } else {
        way
    }
}

/// Every page the build writes: each view in each language, for every city and for each one;
/// each project's page; and an embed page per chart and language for each chart the unfiltered
/// explorer shows.
pub fn static_pages(data: &Dataset) -> Vec<Page> {
    let mut pages = Vec::new();
    for &lang in Lang::ALL {
        for &view in View::ALL {
            pages.push(Page::view(view, None, lang));
            pages.extend(data.cities.iter().map(|&city| Page::view(view, Some(city), lang)));
        }
    }
    for &lang in Lang::ALL {
        pages.extend(data.projects.iter().map(|p| Page::project(p.id, lang)));
    }
    let charts = page_ids(data);
    for &lang in Lang::ALL {
        pages.extend(charts.iter().map(|id| Page::chart_embed(id, lang)));
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
        (None, View::Overview) if state.cities.is_empty() => format!("{name} · {}", PRODUCT_NAME.get(lang.other())),
        (None, view) => format!("{} · {name}", view_name(data, state, view)),
    }
}

/// A view with its cities, if it has any: "项目 · 鹤壁", "Overview · Hebi"; a project's name.
fn view_name(data: &Dataset, state: &ViewState, view: View) -> String {
    let lang = state.lang;
    if let (View::Projects, Some(project)) = (view, state.project.as_deref()) {
        if let Some(p) = data.projects.iter().find(|p| p.id == project) {
            return pick(lang, p.name_zh, p.name_en).to_string();
        }
    }
    let names: Vec<&str> = state.cities.iter().map(|c| c.label().get(lang)).collect();
    match names.is_empty() {
        true => view.label().get(lang).to_string(),
        false => format!("{} · {}", view.label().get(lang), name_list(&names, lang)),
    }
}

/// What a page's own file shows, in `lang`: the chart's title for a chart's page, else the view
/// and its cities ("项目 · 鹤壁", "Overview · all cities"). The notice of a page that could not
/// show what its address asked for links it by this name.
pub fn own_view_name(data: &Dataset, page: &Page, lang: Lang) -> String {
    let state = ViewState { lang, ..page.own_state() };
    let chart = state.chart.as_deref().filter(|_| state.embed).and_then(|id| chart_by_id(data, &state, lang, id));
    if let Some(chart) = chart {
        return format!("{} · {}", chart.title, ALL_CITIES.get(lang));
    }
    match (&page.kind, state.cities.is_empty()) {
        (PageKind::View { .. }, true) => format!("{} · {}", state.view.label().get(lang), ALL_CITIES.get(lang)),
        _ => view_name(data, &state, state.view),
    }
}

/// What a page is about, in its language, for search results and link previews: the site's
/// tagline on the landing page, a project's summary on its page, else what the page shows and
/// the tagline.
pub fn page_description(data: &Dataset, page: &Page) -> String {
    let lang = page.lang;
    let tagline = around_cities(TAGLINE, data, lang);
    match &page.kind {
        PageKind::View { view: View::Overview, city: None } => tagline,
        PageKind::Project(id) => match data.projects.iter().find(|p| p.id == id) {
            Some(p) => pick(lang, p.summary_zh, p.summary_en).to_string(),
            None => tagline,
        },
        _ => format!("{}{}{tagline}", own_view_name(data, page, lang), pick(lang, "：", ": ")),
    }
}

/// The classes of `<html>` for a state: the theme, large text, embed mode. (The running app adds
/// `js`; the page's first script adds it too, so a page read without scripts can tell.)
pub fn root_classes(state: &ViewState) -> String {
    let large = if state.large { " large" } else { "" };
    let embed = if state.embed { " embed" } else { "" };
    format!("theme-{}{large}{embed}", state.theme.id())
}

/// Whether two class attributes hold the same classes, in any order: the app rewrites the
/// classes of `<html>` only when they change, since any rewrite restyles the whole page.
pub fn same_classes(a: &str, b: &str) -> bool {
    // Each within the other: no sort (a handful of classes, and a sort costs the wasm ≈ 2 KB).
    let within = |x: &str, y: &str| x.split_whitespace().all(|class| y.split_whitespace().any(|other| other == class));
    within(a, b) && within(b, a)
}
