//! A project in the list: name, city, category, status, how many figures; opens its detail.

use super::state_link::StateLink;
use super::text::tr;
use crate::core::dataset::BUNDLED;
use crate::core::filter::figures_of_project;
use crate::core::i18n::Tr;
use crate::core::i18n::{self};
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
                <StateLink to=to testid="project-link">{tr(lang, Tr::new(p.name_zh, p.name_en))}</StateLink>
            </h3>
            <p class="project-meta">
                <span>{tr(lang, p.city.label())}</span>
                <span>{tr(lang, p.category.label())}</span>
                <span class=format!("status status-{}", p.status.id())>{tr(lang, p.status.label())}</span>
                {(figures > 0).then(|| view! { <span>{move || i18n::count_figures(figures, lang.get())}</span> })}
            </p>
            <p class="project-summary">{tr(lang, Tr::new(p.summary_zh, p.summary_en))}</p>
        </li>
    }
}
