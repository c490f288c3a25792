//! One city on the landing view: its name, what it is, and how much data the explorer has.

use crate::core::dataset::BUNDLED;
use crate::core::i18n;
use crate::core::model::{City, Lang};
use leptos::prelude::*;

#[component]
pub fn CityCard(city: City, lang: Memo<Lang>) -> impl IntoView {
    let (documents, projects, figures) = BUNDLED.city_counts(city);
    let other = move || lang.get().other();
    view! {
        <article class="city-card" data-testid="city-card" data-city=city.id()>
            <h3>
                {move || city.label().get(lang.get())}
                <span class="city-alt" lang=move || other().html_lang()>{move || city.label().get(other())}</span>
            </h3>
            <p>{move || city.blurb().get(lang.get())}</p>
            <dl class="city-counts">
                <div><dt>{move || i18n::DOCUMENTS.get(lang.get())}</dt><dd>{documents}</dd></div>
                <div><dt>{move || i18n::PROJECTS.get(lang.get())}</dt><dd>{projects}</dd></div>
                <div><dt>{move || i18n::FIGURES.get(lang.get())}</dt><dd>{figures}</dd></div>
            </dl>
        </article>
    }
}
