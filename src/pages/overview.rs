//! Overview: per city, what the explorer holds and a handful of headline figures with sources;
//! with one city chosen, that city's page.

use super::promises::this_month;
use crate::components::chart_card::ChartCard;
use crate::components::text::tr;
use crate::core::chart::{charts_for, ChartSet};
use crate::core::city_report::{city_entry_html, city_page_html, city_report};
use crate::core::dataset::data;
use crate::core::filter::HEADLINES_PER_CITY;
use crate::core::i18n;
use crate::core::model::City;
use crate::core::overview::{city_card_html, city_cards};
use crate::core::url_state::ViewState;
use crate::state::UrlState;
use leptos::prelude::*;

/// Every city, or one city's page: the way into each city on top (markup from
/// core::city_report, its links followed in place by `nav_links`), the projects chart, the city
/// cards; for one city, also what it has promised, its documents and what they do not cover.
#[component]
pub fn OverviewPage() -> impl IntoView {
    let url = expect_context::<UrlState>();
    let lang = url.select(|s| s.lang);
    let one_city = url.select(|s| one_city_of(s).first().copied());
    // Markup from core::overview and core::city_report (every text escaped, links relative to
    // the page shown); none of it comes from the URL.
    let cards = move || {
        url.with_state(|s| {
            let city = one_city_of(s).first().copied();
            city_cards(data(), HEADLINES_PER_CITY)
                .iter()
                .filter(|c| city.is_none_or(|x| x == c.city))
                .map(|card| city_card_html(data(), card, s))
                .collect::<String>()
        })
    };
    let today = this_month();
    let city_page = move || {
        one_city.get().map(|city| {
            let report = city_report(data(), city);
            let html = move || url.with_state(|s| city_page_html(data(), &report, today, s));
            view! {
                <section class="city-page" aria-labelledby="city-promises-title" data-testid="city-page" data-city=city.id() inner_html=html></section>
            }
        })
    };
    // The landing chart covers every project of the page's cities: the overview has no other
    // filter, only the text size.
    let inputs = url.select(|s| ViewState { large: s.large, cities: one_city_of(s), ..ViewState::default() });
    let charts = Memo::new(move |_| inputs.with(|s| charts_for(data(), s, lang.get(), ChartSet::Landing)));
    let landing = move || {
        let lang = url.scoped().select(|s| s.lang);
        charts.get().into_iter().map(|chart| view! { <ChartCard chart=chart lang=lang heading=2/> }).collect_view()
    };
    view! {
        <div inner_html=move || url.with_state(|s| city_entry_html(data(), s))></div>
        <div class="landing-chart">{landing}</div>
        <section aria-labelledby="cities-heading">
            <h2 id="cities-heading">{tr(lang, i18n::CITIES_HEADING)}</h2>
            <div class="city-grid" inner_html=cards></div>
        </section>
        {city_page}
    }
}

/// The city of a one-city overview (none for every city or several).
fn one_city_of(state: &ViewState) -> Vec<City> {
    match state.cities.as_slice() {
        [city] => vec![*city],
        _ => Vec::new(),
    }
}
