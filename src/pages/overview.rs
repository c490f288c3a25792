//! Overview: per city, what the explorer holds and a handful of headline figures with sources.

use crate::components::chart_card::ChartCard;
use crate::components::figure_item::FigureItem;
use crate::components::state_link::StateLink;
use crate::components::text::tr;
use crate::core::chart::{charts_for, ChartSet};
use crate::core::dataset::BUNDLED;
use crate::core::i18n::{self, Tr};
use crate::core::model::Lang;
use crate::core::overview::{city_cards, CityCard};
use crate::core::url_state::{View, ViewState};
use crate::stages::in_stages;
use crate::state::UrlState;
use leptos::prelude::*;

const HEADLINES_PER_CITY: usize = 4;
const SEE_PROJECTS: Tr = Tr::new("查看该市全部项目 →", "All projects of this city →");

#[component]
pub fn OverviewPage() -> impl IntoView {
    let url = expect_context::<UrlState>();
    let lang = url.select(|s| s.lang);
    // During the take-over, a city per task after the chart (see `stages`).
    let (cards, _) =
        in_stages(city_cards(&BUNDLED, HEADLINES_PER_CITY), 1, 1, move |card| city_section(url, card, lang).into_any());
    // The landing chart covers every project: the overview has no filters, only the text size.
    let inputs = url.select(|s| ViewState { large: s.large, ..ViewState::default() });
    let charts = Memo::new(move |_| inputs.with(|s| charts_for(&BUNDLED, s, lang.get(), ChartSet::Landing)));
    let landing = move || {
        let lang = url.scoped().select(|s| s.lang);
        charts.get().into_iter().map(|chart| view! { <ChartCard chart=chart lang=lang heading=2/> }).collect_view()
    };
    view! {
        <div class="landing-chart">{landing}</div>
        <section aria-labelledby="cities-heading">
            <h2 id="cities-heading">{tr(lang, i18n::CITIES_HEADING)}</h2>
            <div class="city-grid">{cards}</div>
        </section>
    }
}

fn city_section(url: UrlState, card: CityCard, lang: Memo<Lang>) -> impl IntoView {
    let CityCard { city, documents, projects, figures, headlines } = card;
    let other = move || lang.get().other();
    let figures_list = headlines.into_iter().map(|f| view! { <FigureItem figure=f lang=lang/> }).collect_view();
    let to_projects = move || ViewState { view: View::Projects, cities: vec![city], ..url.get().without_filters() };
    view! {
        <article class="city-card" data-testid="city-card" data-city=city.id()>
            <h3>
                {tr(lang, city.label())}
                <span class="city-alt" lang=move || other().html_lang()>{move || city.label().get(other())}</span>
            </h3>
            <p>{move || city.blurb().get(lang.get())}</p>
            <dl class="city-counts">
                <div><dt>{tr(lang, i18n::DOCUMENTS)}</dt><dd>{documents}</dd></div>
                <div><dt>{tr(lang, i18n::PROJECTS)}</dt><dd>{projects}</dd></div>
                <div><dt>{tr(lang, i18n::FIGURES)}</dt><dd>{figures}</dd></div>
            </dl>
            <h4>{tr(lang, i18n::HEADLINES)}</h4>
            <ul class="figure-list">{figures_list}</ul>
            <StateLink to=to_projects testid=format!("city-projects-{}", city.id())>
                {tr(lang, SEE_PROJECTS)}
            </StateLink>
        </article>
    }
}
