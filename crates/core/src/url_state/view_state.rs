//! Everything a link can restore, and how one state leads to the next (a view's link, a chart's
//! row chosen, filters cleared).

use super::{RowFilter, Sort, Theme, View};
use crate::model::{Category, City, FigureKind, Lang, Status};

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
