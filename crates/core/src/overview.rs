//! The landing view's city cards: one per city of the data, in its order, with what the
//! explorer holds about it and its headline figures.

use super::dataset::Dataset;
use super::filter::headlines;
use super::i18n::{self, Tr};
use super::items::figure_list_html;
use super::links::nav_link;
use super::markup::escape;
use super::model::{City, Figure};
use super::page::Page;
use super::url_state::{View, ViewState};

/// What one city's card shows.
#[derive(Clone, Debug, PartialEq)]
pub struct CityCard {
    pub city: City,
    pub documents: usize,
    pub projects: usize,
    pub figures: usize,
    /// Up to the asked number of headline figures (`filter::headlines`).
    pub headlines: Vec<&'static Figure>,
}

/// A card for every city of `data`, in display order.
pub fn city_cards(data: &Dataset, headlines_per_city: usize) -> Vec<CityCard> {
    data.cities
        .iter()
        .map(|&city| {
            let (documents, projects, figures) = data.city_counts(city);
            CityCard { city, documents, projects, figures, headlines: headlines(data, city, headlines_per_city) }
        })
        .collect()
}

const SEE_PROJECTS: Tr = Tr::new("查看该市全部项目 →", "All projects of this city →");

/// A city's card as markup (every text escaped): its name in both languages, description,
/// counts, headline figures and a link to its projects. `now` is the state shown.
pub fn city_card_html(data: &Dataset, card: &CityCard, now: &ViewState) -> String {
    let (lang, city) = (now.lang, card.city);
    let other = lang.other();
    let to_projects = ViewState { view: View::Projects, cities: vec![city], ..now.without_filters() };
    let count = |n: usize, what: Tr| format!("<div><dt>{}</dt><dd>{n}</dd></div>", escape(what.get(lang)));
    format!(
        r#"<article class="city-card" data-testid="city-card" data-city="{id}"><h3>{}<span class="city-alt" lang="{}">{}</span></h3><p>{}</p><dl class="city-counts">{}{}{}</dl><h4>{}</h4><ul class="figure-list">{}</ul>{}</article>"#,
        escape(city.label().get(lang)),
        other.html_lang(),
        escape(city.label().get(other)),
        escape(city.blurb().get(lang)),
        count(card.documents, i18n::DOCUMENTS),
        count(card.projects, i18n::PROJECTS),
        count(card.figures, i18n::FIGURES),
        escape(i18n::HEADLINES.get(lang)),
        figure_list_html(data, &card.headlines, &Page::for_state(data, now).root(), lang),
        nav_link(
            data,
            now,
            &to_projects,
            &format!(r#" data-testid="city-projects-{}""#, escape(city.id())),
            SEE_PROJECTS.get(lang)
        ),
        id = escape(city.id()),
    )
}
