//! The view state and its one source of truth, the query string (SPEC §2).
//!
//! Parsing is lenient per key: a bad value is dropped and reported, the rest still applies.
//! Formatting writes only what differs from the defaults, in a fixed key order, so that
//! `parse(&format(s)) == s` for every valid state.

use super::dataset::BUNDLED;
use super::model::{Category, City, FigureKind, Lang, Status};
use super::query::{encode, parse_pairs};

/// What a row of a chart stands for, when it leads somewhere: a category (the category charts)
/// or a city (the landing chart). Part of the state's vocabulary: choosing the row filters by it
/// (`ViewState::with_chart_row`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum RowFilter {
    Category(Category),
    City(City),
}

/// The explorer's pages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum View {
    #[default]
    Overview,
    Projects,
    Figures,
    Charts,
    Compare,
    Promises,
    About,
}

impl View {
    /// Every view, in the order the navigation offers them.
    pub const ALL: &'static [View] =
        &[View::Overview, View::Projects, View::Figures, View::Charts, View::Compare, View::Promises, View::About];

    pub fn id(self) -> &'static str {
        match self {
            View::Overview => "overview",
            View::Projects => "projects",
            View::Figures => "figures",
            View::Charts => "charts",
            View::Compare => "compare",
            View::Promises => "promises",
            View::About => "about",
        }
    }

    pub fn from_id(id: &str) -> Option<View> {
        View::ALL.iter().copied().find(|v| v.id() == id)
    }
}

/// Colour scheme requested by the host page (`theme=`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub fn id(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    pub fn from_id(id: &str) -> Option<Theme> {
        [Theme::Auto, Theme::Light, Theme::Dark].into_iter().find(|t| t.id() == id)
    }
}

/// A column of the figures table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SortKey {
    City,
    Category,
    Metric,
    Value,
    Kind,
    Year,
}

impl SortKey {
    pub const ALL: &'static [SortKey] =
        &[SortKey::City, SortKey::Category, SortKey::Metric, SortKey::Value, SortKey::Kind, SortKey::Year];

    pub fn id(self) -> &'static str {
        match self {
            SortKey::City => "city",
            SortKey::Category => "category",
            SortKey::Metric => "metric",
            SortKey::Value => "value",
            SortKey::Kind => "kind",
            SortKey::Year => "year",
        }
    }
}

/// Table order: `sort=value` ascending, `sort=-value` descending.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sort {
    pub key: SortKey,
    pub descending: bool,
}

impl Sort {
    pub fn from_id(text: &str) -> Option<Sort> {
        let (descending, id) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        SortKey::ALL.iter().find(|k| k.id() == id).map(|&key| Sort { key, descending })
    }

    pub fn id(self) -> String {
        format!("{}{}", if self.descending { "-" } else { "" }, self.key.id())
    }

    /// Clicking a column header: ascending first, then descending, then back to ascending.
    pub fn toggled(current: Option<Sort>, key: SortKey) -> Sort {
        match current {
            Some(s) if s.key == key => Sort { key, descending: !s.descending },
            _ => Sort { key, descending: false },
        }
    }
}

/// The longest search text kept from a URL; longer text is cut and reported.
pub const MAX_QUERY_CHARS: usize = 100;

/// Everything a link can restore.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ViewState {
    pub view: View,
    pub lang: Lang,
    pub cities: Vec<City>,
    pub categories: Vec<Category>,
    pub kinds: Vec<FigureKind>,
    pub statuses: Vec<Status>,
    /// Free-text search.
    pub q: String,
    /// The project whose detail is open.
    pub project: Option<String>,
    /// Order of the figures table; `None` keeps document order.
    pub sort: Option<Sort>,
    pub embed: bool,
    pub chart: Option<String>,
    pub theme: Theme,
    /// Large text, high contrast (适老化).
    pub large: bool,
}

impl ViewState {
    /// True when any filter (city, category, kind, status, search) narrows the data.
    pub fn has_filters(&self) -> bool {
        !(self.cities.is_empty()
            && self.categories.is_empty()
            && self.kinds.is_empty()
            && self.statuses.is_empty()
            && self.q.is_empty())
    }

    /// Only what filtering depends on (lets memos ignore view, language and display changes).
    pub fn filters_only(&self) -> ViewState {
        ViewState {
            cities: self.cities.clone(),
            categories: self.categories.clone(),
            kinds: self.kinds.clone(),
            statuses: self.statuses.clone(),
            q: self.q.clone(),
            ..ViewState::default()
        }
    }

    /// What a chart depends on: the filters and the text size.
    pub fn chart_inputs(&self) -> ViewState {
        ViewState { large: self.large, ..self.filters_only() }
    }

    /// What a link to `view` keeps of this state (SPEC §2): the city everywhere (a city's pages
    /// follow each other); category and search to every view that filters by them; the kind of
    /// figure to the views of figures; the project status to Projects; the table order to
    /// Figures. The rest is dropped, so nothing the next view cannot show narrows it unseen.
    pub fn carried_to(&self, view: View) -> ViewState {
        let lists = !matches!(view, View::Overview | View::About);
        let figures = matches!(view, View::Figures | View::Charts | View::Compare);
        ViewState {
            view,
            categories: if lists { self.categories.clone() } else { Vec::new() },
            q: if lists { self.q.clone() } else { String::new() },
            kinds: if figures { self.kinds.clone() } else { Vec::new() },
            statuses: if view == View::Projects { self.statuses.clone() } else { Vec::new() },
            sort: if view == View::Figures { self.sort } else { None },
            project: None,
            chart: None,
            ..self.clone()
        }
    }

    /// A chart's row chosen: toggles that category or city; on the overview, which has no
    /// filters, a category opens its projects (of the page's city, if it has one) and a city
    /// opens that city's page.
    pub fn with_chart_row(&self, row: RowFilter) -> ViewState {
        match (self.view, row) {
            (View::Overview, RowFilter::City(city)) => {
                ViewState { cities: vec![city], ..self.carried_to(View::Overview).without_filters() }
            }
            (View::Overview, RowFilter::Category(category)) => {
                ViewState { categories: vec![category], ..self.carried_to(View::Projects) }
            }
            (_, RowFilter::Category(category)) => {
                let mut next = self.clone();
                toggle(&mut next.categories, category);
                next
            }
            (_, RowFilter::City(city)) => {
                let mut next = self.clone();
                toggle(&mut next.cities, city);
                next
            }
        }
    }

    /// True when the row's category or city is what the view shows (its button is pressed).
    pub fn row_chosen(&self, row: RowFilter) -> bool {
        match row {
            RowFilter::Category(c) => self.categories.contains(&c),
            RowFilter::City(c) => self.cities.contains(&c),
        }
    }

    /// The same view with every filter cleared.
    pub fn without_filters(&self) -> ViewState {
        ViewState {
            cities: Vec::new(),
            categories: Vec::new(),
            kinds: Vec::new(),
            statuses: Vec::new(),
            q: String::new(),
            ..self.clone()
        }
    }
}

/// Adds `item` to a filter list, or removes it if present, keeping the canonical order.
pub fn toggle<T: Ord + Copy>(list: &mut Vec<T>, item: T) {
    match list.binary_search(&item) {
        Ok(at) => {
            list.remove(at);
        }
        Err(at) => list.insert(at, item),
    }
}

/// What a URL asked for that could not be honoured.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dropped {
    pub key: String,
    pub value: String,
    pub reason: DropReason,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DropReason {
    UnknownKey,
    UnknownValue,
    BadEncoding,
    TooLong,
}

/// How many dropped parts of a link the notice lists, and how long each shown key or value is.
pub const NOTICE_ITEMS: usize = 5;
pub const NOTICE_CHARS: usize = 40;

/// What the notice shows of dropped parts: at most `NOTICE_ITEMS` (key, value) pairs, each cut to
/// `NOTICE_CHARS` characters with "…", and how many more there were. Link text can be anything
/// (a long "this data was withdrawn, see …"): shown short, it cannot pass for the site's words.
pub fn notice_items(dropped: &[Dropped]) -> (Vec<(String, String)>, usize) {
    let cut = |text: &str| match text.char_indices().nth(NOTICE_CHARS) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_string(),
    };
    let shown = dropped.iter().take(NOTICE_ITEMS).map(|d| (cut(&d.key), cut(&d.value))).collect();
    (shown, dropped.len().saturating_sub(NOTICE_ITEMS))
}

/// Reads a state from a query string, collecting what it had to drop; `city=` takes the ids of
/// the bundled data's cities.
pub fn parse(query: &str) -> (ViewState, Vec<Dropped>) {
    parse_with_cities(query, BUNDLED.cities)
}

/// `parse`, over a page's own state: each key of the query replaces what the page holds.
pub fn parse_over(start: ViewState, query: &str) -> (ViewState, Vec<Dropped>) {
    read_query(start, query, BUNDLED.cities)
}

/// A query read over a page's `lang` with no cities known (a city in it is dropped): enough for
/// the language and the search, which the app needs before it has the dataset.
pub fn read_without_cities(lang: Lang, query: &str) -> ViewState {
    read_query(ViewState { lang, ..ViewState::default() }, query, &[]).0
}

/// `parse`, for a dataset with these cities.
pub fn parse_with_cities(query: &str, cities: &[City]) -> (ViewState, Vec<Dropped>) {
    read_query(ViewState::default(), query, cities)
}

fn read_query(start: ViewState, query: &str, cities: &[City]) -> (ViewState, Vec<Dropped>) {
    let mut state = start;
    let mut dropped = Vec::new();
    // A list in the query replaces the page's own (the page's city is not kept beside others).
    let mut listed: Vec<&'static str> = Vec::new();
    for pair in parse_pairs(query) {
        let mut drop =
            |value: &str, reason| dropped.push(Dropped { key: pair.key.clone(), value: value.to_string(), reason });
        if !pair.clean {
            drop(&pair.value, DropReason::BadEncoding);
            continue;
        }
        let value = pair.value.as_str();
        match pair.key.as_str() {
            "view" => set_one(&mut state.view, value, View::from_id, &mut drop),
            "lang" => set_one(&mut state.lang, value, Lang::from_id, &mut drop),
            "theme" => set_one(&mut state.theme, value, Theme::from_id, &mut drop),
            "city" => {
                if !listed.contains(&"city") {
                    listed.push("city");
                    state.cities.clear();
                }
                add_list(&mut state.cities, value, |id| City::find(cities, id), &mut drop)
            }
            "cat" => add_list(&mut state.categories, value, Category::from_id, &mut drop),
            "kind" => add_list(&mut state.kinds, value, FigureKind::from_id, &mut drop),
            "status" => add_list(&mut state.statuses, value, Status::from_id, &mut drop),
            "q" => {
                let trimmed = value.trim();
                if trimmed.chars().count() > MAX_QUERY_CHARS {
                    drop(value, DropReason::TooLong);
                    state.q = trimmed.chars().take(MAX_QUERY_CHARS).collect();
                } else {
                    state.q = trimmed.to_string();
                }
            }
            "project" => set_id(&mut state.project, value, &mut drop),
            "sort" => match Sort::from_id(value) {
                Some(sort) => state.sort = Some(sort),
                None => drop(value, DropReason::UnknownValue),
            },
            "chart" => set_id(&mut state.chart, value, &mut drop),
            "embed" => set_flag(&mut state.embed, value, &mut drop),
            "large" => set_flag(&mut state.large, value, &mut drop),
            _ => drop(value, DropReason::UnknownKey),
        }
    }
    (state, dropped)
}

fn set_one<T>(slot: &mut T, value: &str, parse: fn(&str) -> Option<T>, drop: &mut impl FnMut(&str, DropReason)) {
    match parse(value) {
        Some(v) => *slot = v,
        None => drop(value, DropReason::UnknownValue),
    }
}

/// Adds each comma-separated item, keeping the canonical order of `ALL` (by `Ord`) without repeats.
fn add_list<T: Ord + Copy>(
    list: &mut Vec<T>,
    value: &str,
    parse: impl Fn(&str) -> Option<T>,
    drop: &mut impl FnMut(&str, DropReason),
) {
    for item in value.split(',').filter(|s| !s.is_empty()) {
        match parse(item) {
            Some(v) => insert_sorted(list, v),
            None => drop(item, DropReason::UnknownValue),
        }
    }
}

/// Inserts `item` in order unless present. (Insertion, not `sort`: each `sort` over a new type
/// adds its own copy of the sorting code to the wasm.)
fn insert_sorted<T: Ord>(list: &mut Vec<T>, item: T) {
    if let Err(at) = list.binary_search(&item) {
        list.insert(at, item);
    }
}

fn set_flag(slot: &mut bool, value: &str, drop: &mut impl FnMut(&str, DropReason)) {
    match value {
        "1" | "true" | "" => *slot = true,
        "0" | "false" => *slot = false,
        _ => drop(value, DropReason::UnknownValue),
    }
}

/// Ids are short `a-z0-9-` words; anything else cannot name a project or chart. Empty clears it.
fn set_id(slot: &mut Option<String>, value: &str, drop: &mut impl FnMut(&str, DropReason)) {
    if value.is_empty() {
        *slot = None;
        return;
    }
    let ok = value.len() <= 64
        && value.len() <= 64
        && value.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if ok {
        *slot = Some(value.to_string());
    } else {
        drop(value, DropReason::UnknownValue);
    }
}

/// Every key with its value as the query writes it, defaults included, in the fixed key order.
fn words(state: &ViewState) -> [(&'static str, String); 13] {
    let list = |ids: Vec<&str>| ids.join(",");
    let flag = |on: bool| if on { "1" } else { "0" }.to_string();
    [
        ("city", list(state.cities.iter().map(|c| c.id()).collect())),
        ("cat", list(state.categories.iter().map(|c| c.id()).collect())),
        ("kind", list(state.kinds.iter().map(|k| k.id()).collect())),
        ("status", list(state.statuses.iter().map(|s| s.id()).collect())),
        ("q", state.q.clone()),
        ("project", state.project.clone().unwrap_or_default()),
        ("sort", state.sort.map(Sort::id).unwrap_or_default()),
        ("view", state.view.id().to_string()),
        ("lang", state.lang.id().to_string()),
        ("embed", flag(state.embed)),
        ("chart", state.chart.clone().unwrap_or_default()),
        ("theme", state.theme.id().to_string()),
        ("large", flag(state.large)),
    ]
}

/// The query string (without `?`) that turns `base` into `state`: only the keys whose values
/// differ, in a fixed order. A page whose file stands for a state of its own (an embed page)
/// writes its links over that state; every other page over the defaults.
pub fn format_over(state: &ViewState, base: &ViewState) -> String {
    words(state)
        .into_iter()
        .zip(words(base))
        .filter(|((_, mine), (_, theirs))| mine != theirs)
        .map(|((key, value), _)| format!("{key}={}", encode(&value)))
        .collect::<Vec<_>>()
        .join("&")
}

/// Writes the query string (without `?`) for a state: only non-default values, fixed order.
pub fn format(state: &ViewState) -> String {
    format_over(state, &ViewState::default())
}
