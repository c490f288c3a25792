//! Filtering, search, facet counts and sorting over the dataset: pure functions of the data and
//! the view state, so the views only display what these return.

use super::dataset::Dataset;
use super::model::{Category, City, Commitment, Figure, FigureKind, Lang, Project, Status};
use super::url_state::{Sort, SortKey, ViewState};
use renewal_dataset::headlines::{headline_positions, Candidate};
use std::cmp::Ordering;

/// A row the filters apply to: both figures and projects have a city, a category and text.
pub trait Filterable {
    fn city(&self) -> City;
    fn category(&self) -> Category;
    /// The texts that free-text search looks in (both languages).
    fn search_texts(&self) -> [&str; 4];
    /// The filter that only this kind of row has: figure kind, or project status.
    fn matches_own(&self, state: &ViewState) -> bool;
}

impl Filterable for Figure {
    fn city(&self) -> City {
        self.city
    }
    fn category(&self) -> Category {
        self.category
    }
    fn search_texts(&self) -> [&str; 4] {
        [self.metric_zh, self.metric_en, self.unit_zh, self.quote]
    }
    fn matches_own(&self, state: &ViewState) -> bool {
        state.kinds.is_empty() || state.kinds.contains(&self.kind)
    }
}

impl Filterable for Project {
    fn city(&self) -> City {
        self.city
    }
    fn category(&self) -> Category {
        self.category
    }
    fn search_texts(&self) -> [&str; 4] {
        [self.name_zh, self.name_en, self.summary_zh, self.summary_en]
    }
    fn matches_own(&self, state: &ViewState) -> bool {
        state.statuses.is_empty() || state.statuses.contains(&self.status)
    }
}

impl Filterable for Commitment {
    fn city(&self) -> City {
        self.city
    }
    fn category(&self) -> Category {
        self.category
    }
    fn search_texts(&self) -> [&str; 4] {
        [self.text_zh, self.text_en, self.quote, self.deadline]
    }
    /// A commitment has neither a figure kind nor a project status.
    fn matches_own(&self, _: &ViewState) -> bool {
        true
    }
}

/// The search words: ASCII letters lower-cased, split on white space; all must match (AND).
pub fn search_words(q: &str) -> Vec<String> {
    q.split_whitespace().map(str::to_ascii_lowercase).collect()
}

/// Substring match in any of the texts, case-insensitive; works for Chinese, which has no spaces.
fn matches_words<T: Filterable>(item: &T, words: &[String]) -> bool {
    words.iter().all(|w| item.search_texts().iter().any(|t| contains_ignoring_case(t, w)))
}

/// Case-insensitive for ASCII letters (English), exact otherwise (Chinese has no case). Full
/// Unicode case folding would add its tables to the wasm for no gain on this data.
fn contains_ignoring_case(text: &str, lower_word: &str) -> bool {
    let word = lower_word.as_bytes();
    let Some((&first, rest)) = word.split_first() else { return false };
    if !word.iter().any(u8::is_ascii_alphabetic) {
        // Nothing to fold (a Chinese word, a number): the standard library's substring search.
        return text.contains(lower_word);
    }
    // Only where the first byte matches in either case is the rest compared.
    let text = text.as_bytes();
    let upper = first.to_ascii_uppercase();
    text.iter().enumerate().any(|(at, &byte)| {
        (byte == first || byte == upper)
            && text.get(at + 1..at + word.len()).is_some_and(|tail| tail.eq_ignore_ascii_case(rest))
    })
}

/// Which filters one row passes, computed once and reused for the result and every facet.
#[derive(Clone, Copy)]
struct Passes {
    city: bool,
    category: bool,
    own: bool,
    text: bool,
}

impl Passes {
    /// The checks of one row. Text search, the only costly check, runs only where its answer
    /// matters: a row failing two of the others counts toward no facet, so `text` stays false.
    fn of<T: Filterable>(item: &T, state: &ViewState, words: &[String]) -> Passes {
        let city = state.cities.is_empty() || state.cities.contains(&item.city());
        let category = state.categories.is_empty() || state.categories.contains(&item.category());
        let own = item.matches_own(state);
        let failed = [city, category, own].iter().filter(|ok| !**ok).count();
        let text = failed < 2 && (words.is_empty() || matches_words(item, words));
        Passes { city, category, own, text }
    }
}

/// The rows that pass every active filter, in their original order.
pub fn apply<'a, T: Filterable>(items: &'a [T], state: &ViewState) -> Vec<&'a T> {
    let words = search_words(&state.q);
    items
        .iter()
        .filter(|i| {
            (state.cities.is_empty() || state.cities.contains(&i.city()))
                && (state.categories.is_empty() || state.categories.contains(&i.category()))
                && i.matches_own(state)
                && (words.is_empty() || matches_words(*i, &words))
        })
        .collect()
}

/// For each choice of a filter, how many rows would pass with the other filters as they are.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Facets {
    pub cities: Vec<(City, usize)>,
    pub categories: Vec<(Category, usize)>,
    /// Counts per figure kind (figures) — empty for projects.
    pub kinds: Vec<(FigureKind, usize)>,
    /// Counts per project status (projects) — empty for figures.
    pub statuses: Vec<(Status, usize)>,
}

/// Rows per value of a filter.
type Counts<K> = Vec<(K, usize)>;

fn bump<K: Copy + PartialEq>(counts: &mut [(K, usize)], key: K) {
    if let Some(slot) = counts.iter_mut().find(|(k, _)| *k == key) {
        slot.1 += 1;
    }
}

/// One pass: each row counts toward a facet when it passes every *other* filter.
fn count_facets<T: Filterable, K: Copy + PartialEq>(
    all_cities: &[City],
    items: &[T],
    state: &ViewState,
    own_all: &[K],
    own_key: impl Fn(&T) -> K,
) -> (Counts<City>, Counts<Category>, Counts<K>) {
    let words = search_words(&state.q);
    let mut cities: Counts<City> = all_cities.iter().map(|&c| (c, 0)).collect();
    let mut categories: Counts<Category> = Category::ALL.iter().map(|&c| (c, 0)).collect();
    let mut own: Counts<K> = own_all.iter().map(|&k| (k, 0)).collect();
    for item in items {
        let p = Passes::of(item, state, &words);
        if !p.text {
            continue;
        }
        if p.category && p.own {
            bump(&mut cities, item.city());
        }
        if p.city && p.own {
            bump(&mut categories, item.category());
        }
        if p.city && p.category {
            bump(&mut own, own_key(item));
        }
    }
    (cities, categories, own)
}

/// Facets of figures; `cities` are all the dataset's cities, each listed even where it counts 0.
pub fn figure_facets(cities: &[City], figures: &[Figure], state: &ViewState) -> Facets {
    let (cities, categories, kinds) = count_facets(cities, figures, state, FigureKind::ALL, |f| f.kind);
    Facets { cities, categories, kinds, statuses: Vec::new() }
}

/// Facets of the Promises view: its targets and plans (`state` fixes the kinds), its dated
/// commitments and its planned projects, counted together by city and category.
pub fn promise_facets(data: &Dataset, state: &ViewState) -> Facets {
    let goals = figure_facets(data.cities, data.figures, state);
    let (cities, categories, _) = count_facets(data.cities, data.commitments, state, &[()], |_| ());
    let planned = planned_only(state);
    let (p_cities, p_categories, _) = count_facets(data.cities, data.projects, &planned, &[()], |_| ());
    Facets {
        cities: sum_counts(sum_counts(goals.cities, cities), p_cities),
        categories: sum_counts(sum_counts(goals.categories, categories), p_categories),
        kinds: Vec::new(),
        statuses: Vec::new(),
    }
}

/// The state that picks the planned projects among the filtered ones (the Promises view's).
pub fn planned_only(state: &ViewState) -> ViewState {
    ViewState { statuses: vec![Status::Planned], ..state.clone() }
}

/// Two counts of the same keys in the same order, added.
fn sum_counts<K>(a: Counts<K>, b: Counts<K>) -> Counts<K> {
    a.into_iter().zip(b).map(|((key, x), (_, y))| (key, x + y)).collect()
}

pub fn project_facets(cities: &[City], projects: &[Project], state: &ViewState) -> Facets {
    let (cities, categories, statuses) = count_facets(cities, projects, state, Status::ALL, |p| p.status);
    Facets { cities, categories, kinds: Vec::new(), statuses }
}

/// Orders figures for the table; stable, so equal keys keep document order. Unknown years last.
pub fn sort_figures(figures: &mut [&Figure], sort: Option<Sort>, lang: Lang) {
    let Some(Sort { key, descending }) = sort else { return };
    let metric = |f: &Figure| match lang {
        Lang::Zh => f.metric_zh,
        Lang::En => f.metric_en,
    };
    figures.sort_by(|a, b| {
        let order = match key {
            SortKey::City => a.city.cmp(&b.city),
            SortKey::Category => a.category.cmp(&b.category),
            SortKey::Metric => metric(a).cmp(metric(b)),
            SortKey::Value => a.value.total_cmp(&b.value),
            SortKey::Kind => a.kind.cmp(&b.kind),
            SortKey::Year => match (a.year, b.year) {
                (Some(x), Some(y)) => x.cmp(&y),
                (Some(_), None) => return Ordering::Less,
                (None, Some(_)) => return Ordering::Greater,
                (None, None) => Ordering::Equal,
            },
        };
        if descending {
            order.reverse()
        } else {
            order
        }
    });
}

/// The figures that belong to a project.
pub fn figures_of_project<'a>(data: &'a Dataset, project_id: &str) -> Vec<&'a Figure> {
    data.figures.iter().filter(|f| f.project_id == Some(project_id)).collect()
}

pub use renewal_dataset::headlines::{HEADLINES_PER_CITY, HEADLINE_KEYS};

/// Up to `limit` headline figures for a city (`headlines::headline_positions`: the build picks the
/// same ones for the landing's file of texts).
pub fn headlines(data: &Dataset, city: City, limit: usize) -> Vec<&'static Figure> {
    let of_city: Vec<&'static Figure> = data.figures.iter().filter(|f| f.city == city).collect();
    let candidates: Vec<Candidate> =
        of_city.iter().map(|f| Candidate { metric_key: f.metric_key, kind: f.kind, year: f.year }).collect();
    headline_positions(&candidates, limit).into_iter().map(|i| of_city[i]).collect()
}

/// The achievement that measures progress toward a target or plan: same city, same explicit
/// metric key and unit, kind achieved, no later than the deadline. `None` if the documents give
/// none (most targets), never a guess from similar wording.
pub fn progress_of<'a>(data: &'a Dataset, goal: &Figure) -> Option<&'a Figure> {
    if !matches!(goal.kind, FigureKind::Target | FigureKind::Plan) {
        return None;
    }
    let key = goal.metric_key?;
    data.figures
        .iter()
        .filter(|f| {
            f.kind == FigureKind::Achieved
                && f.city == goal.city
                && f.metric_key == Some(key)
                && f.unit_zh == goal.unit_zh
                && f.year.zip(goal.year).is_none_or(|(done, due)| done <= due)
        })
        .max_by_key(|f| f.year)
}
