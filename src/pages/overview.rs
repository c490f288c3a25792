//! Landing view: the four cities and what the explorer holds about each.

use crate::components::city_card::CityCard;
use crate::core::i18n;
use crate::core::model::City;
use crate::state::UrlState;
use leptos::prelude::*;

#[component]
pub fn OverviewPage() -> impl IntoView {
    let url = expect_context::<UrlState>();
    let lang = url.select(|s| s.lang);
    let cards = City::ALL.iter().map(|&city| view! { <CityCard city=city lang=lang/> }).collect_view();
    view! {
        <section aria-labelledby="cities-heading">
            <h2 id="cities-heading">{move || i18n::CITIES_HEADING.get(lang.get())}</h2>
            <div class="city-grid">{cards}</div>
        </section>
    }
}
