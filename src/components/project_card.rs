//! A project in the list: name, city, category, status, how many figures; opens its detail.

use super::state_link::StateLink;
use crate::core::dataset::BUNDLED;
use crate::core::filter::figures_of_project;
use crate::core::i18n::{self, pick};
use crate::core::model::{Lang, Project};
use crate::core::url_state::ViewState;
use crate::state::UrlState;
use leptos::prelude::*;

#[component]
pub fn ProjectCard(project: &'static Project, lang: Memo<Lang>) -> impl IntoView {
    let url = expect_context::<UrlState>();
    let p = project;
    let figures = figures_of_project(&BUNDLED, p.id).len();
    let to = move || ViewState { project: Some(p.id.to_string()), ..url.get() };
    view! {
        <li class="project-card" data-testid="project-card" data-id=p.id>
            <h3>
                <StateLink to=to testid="project-link">{move || pick(lang.get(), p.name_zh, p.name_en)}</StateLink>
            </h3>
            <p class="project-meta">
                <span>{move || p.city.label().get(lang.get())}</span>
                <span>{move || p.category.label().get(lang.get())}</span>
                <span class=format!("status status-{}", p.status.id())>{move || p.status.label().get(lang.get())}</span>
                {(figures > 0).then(|| view! { <span>{move || i18n::count_figures(figures, lang.get())}</span> })}
            </p>
            <p class="project-summary">{move || pick(lang.get(), p.summary_zh, p.summary_en)}</p>
        </li>
    }
}
