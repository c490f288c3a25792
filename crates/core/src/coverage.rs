//! Why a result is empty or partial, from the data: which chosen cities' documents do not touch
//! what the reader asked about (a category, a search), and which other cities have results.
//! Said only when the reader asked about a subject: a city with no result for a status or a kind
//! alone is not a gap in its documents.

use super::dataset::Dataset;
use super::filter::apply;
use super::i18n::{self, Tr};
use super::links::nav_link;
use super::markup::escape;
use super::model::{City, Lang};
use super::url_state::ViewState;

/// The gaps behind a result.
#[derive(Clone, Debug, PartialEq)]
pub struct Coverage {
    /// Chosen cities (every city when none is chosen) whose documents hold no row — figure,
    /// project or dated promise — about the subject at all.
    pub silent: Vec<City>,
    /// Chosen cities whose documents do touch the subject, but where nothing passes the view's
    /// other filters.
    pub filtered_out: Vec<City>,
    /// Cities not chosen where the same filters find results, with how many.
    pub elsewhere: Vec<(City, usize)>,
}

/// The gaps of a view whose rows per city (each city's count under every filter but the city, as
/// `Facets::cities` holds them) are `per_city`. `None` when the reader asked about no subject
/// (no category, no search) or every chosen city has results.
pub fn coverage(data: &Dataset, state: &ViewState, per_city: &[(City, usize)]) -> Option<Coverage> {
    if state.categories.is_empty() && state.q.is_empty() {
        return None;
    }
    let chosen = |city: City| state.cities.is_empty() || state.cities.contains(&city);
    let empty: Vec<City> = per_city.iter().filter(|(c, n)| chosen(*c) && *n == 0).map(|(c, _)| *c).collect();
    if empty.is_empty() {
        return None;
    }
    let (silent, filtered_out) = empty.into_iter().partition(|&city| !touches(data, state, city));
    let elsewhere = per_city.iter().copied().filter(|(c, n)| !chosen(*c) && *n > 0).collect();
    Some(Coverage { silent, filtered_out, elsewhere })
}

/// True when any row of `city` is about the subject of `state` (its categories and search).
fn touches(data: &Dataset, state: &ViewState, city: City) -> bool {
    let about = ViewState {
        cities: vec![city],
        categories: state.categories.clone(),
        q: state.q.clone(),
        ..ViewState::default()
    };
    !apply(data.figures, &about).is_empty()
        || !apply(data.projects, &about).is_empty()
        || !apply(data.commitments, &about).is_empty()
}

/// What was asked about, as the reader chose it: "「老旧小区」", "园林绿化", "园林绿化中的「公园」".
pub fn subject(state: &ViewState, lang: Lang) -> String {
    let (open, close, separator) = match lang {
        Lang::Zh => ("「", "」", "、"),
        Lang::En => ("“", "”", ", "),
    };
    let categories: Vec<&str> = state.categories.iter().map(|c| c.label().get(lang)).collect();
    let categories = categories.join(separator);
    let search = (!state.q.is_empty()).then(|| format!("{open}{}{close}", state.q));
    match (categories.is_empty(), search) {
        (_, None) => categories,
        (true, Some(search)) => search,
        (false, Some(search)) => match lang {
            Lang::Zh => format!("{categories}中的{search}"),
            Lang::En => format!("{search} in {categories}"),
        },
    }
}

fn names(cities: &[City], lang: Lang) -> String {
    let names: Vec<&str> = cities.iter().map(|c| c.label().get(lang)).collect();
    names.join(if lang == Lang::Zh { "、" } else { ", " })
}

/// The sentences that explain the gaps: "鹤壁的文件未涉及「老旧小区」。"
pub fn explanation(coverage: &Coverage, state: &ViewState, lang: Lang) -> Vec<String> {
    let about = subject(state, lang);
    let mut lines = Vec::new();
    if !coverage.silent.is_empty() {
        let who = names(&coverage.silent, lang);
        lines.push(match lang {
            Lang::Zh => format!("{who}的文件未涉及{about}。"),
            Lang::En => format!("The documents of {who} do not cover {about}."),
        });
    }
    if !coverage.filtered_out.is_empty() {
        let who = names(&coverage.filtered_out, lang);
        lines.push(match lang {
            Lang::Zh => format!("{who}的文件涉及{about}，但没有符合其他筛选条件的结果。"),
            Lang::En => format!("The documents of {who} cover {about}, but nothing there matches the other filters."),
        });
    }
    lines
}

/// The label of a button that shows another city's results: "平顶山有 3 项" / "Pingdingshan has 3".
pub fn elsewhere_label(city: City, count: usize, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{}有 {count} 项", city.label().zh),
        Lang::En => format!("{} has {count}", city.label().en),
    }
}

/// The same filters in another city (what an "elsewhere" button shows).
pub fn in_city(state: &ViewState, city: City) -> ViewState {
    ViewState { cities: vec![city], ..state.clone() }
}

const NO_RESULTS_KEEP_CITY: Tr = Tr::new("清除其他筛选，保留所选城市", "Clear the other filters, keep the city");

/// What an empty result says, as markup (every text escaped): that nothing matches, why, a link
/// to each other city where the same filters find results, and a way out that clears the other
/// filters but keeps the chosen cities. `per_city` as for `coverage`.
pub fn empty_html(data: &Dataset, state: &ViewState, per_city: &[(City, usize)]) -> String {
    let lang = state.lang;
    let found = coverage(data, state, per_city);
    let lines: String = found
        .as_ref()
        .map(|c| explanation(c, state, lang))
        .unwrap_or_default()
        .iter()
        .map(|l| format!(r#"<p data-testid="coverage">{}</p>"#, escape(l)))
        .collect();
    let elsewhere: String = found
        .map(|c| c.elsewhere)
        .unwrap_or_default()
        .into_iter()
        .map(|(city, n)| {
            let attributes = format!(r#" class="button-link" data-testid="elsewhere-{}""#, escape(city.id()));
            format!(
                "<li>{}</li>",
                nav_link(data, state, &in_city(state, city), &attributes, &elsewhere_label(city, n, lang))
            )
        })
        .collect();
    let keep = ViewState { cities: state.cities.clone(), ..state.without_filters() };
    let clear = if state.cities.is_empty() { i18n::CLEAR_ALL } else { NO_RESULTS_KEEP_CITY };
    let attributes = r##" class="button-link" data-testid="clear-keep-city" data-focus="#search-box""##;
    format!(
        r#"<div class="empty" data-testid="empty-result"><p>{}</p>{lines}<ul class="elsewhere">{elsewhere}</ul><p>{}</p></div>"#,
        escape(i18n::NO_RESULTS.get(lang)),
        nav_link(data, state, &keep, attributes, clear.get(lang))
    )
}

/// Above results that leave some chosen city (or, with none chosen, some city) out: which, and
/// why, as markup. Empty when the results are empty (`empty_html` says it) or cover every city.
pub fn partial_html(data: &Dataset, state: &ViewState, per_city: &[(City, usize)]) -> String {
    let chosen = |c: &City| state.cities.is_empty() || state.cities.contains(c);
    if !per_city.iter().any(|(c, n)| *n > 0 && chosen(c)) {
        return String::new();
    }
    coverage(data, state, per_city)
        .map(|c| explanation(&c, state, state.lang))
        .unwrap_or_default()
        .iter()
        .map(|l| format!(r#"<p class="coverage-note" data-testid="coverage-note">{}</p>"#, escape(l)))
        .collect()
}
