//! One project: summary, status, its figures, and the verbatim source sentence with its document.

use crate::components::chart_card::ChartCard;
use crate::components::state_link::StateLink;
use crate::components::text::tr;
use crate::core::chart::{project_charts, text_size};
use crate::core::dataset::data;
use crate::core::filter::figures_of_project;
use crate::core::i18n::Tr;
use crate::core::i18n::{self};
use crate::core::items::{figure_list_html, project_about_html};
use crate::core::url_state::ViewState;
use crate::state::UrlState;
use leptos::html::H2;
use leptos::prelude::*;

#[component]
pub fn ProjectDetail(id: String) -> impl IntoView {
    let url = expect_context::<UrlState>();
    let lang = url.select(|s| s.lang);
    let back = move || ViewState { project: None, ..url.get() };
    let heading = NodeRef::<H2>::new();
    // Move focus to the new heading so keyboard and screen-reader users land on the detail.
    Effect::new(move |_| {
        if let Some(h) = heading.get() {
            let _ = h.focus();
        }
    });
    let Some(p) = data().project(&id) else {
        return view! {
            <div class="empty" data-testid="project-missing">
                <p>{tr(lang, i18n::PROJECT_NOT_FOUND)}</p>
                <StateLink to=back>{tr(lang, i18n::BACK_TO_LIST)}</StateLink>
            </div>
        }
        .into_any();
    };
    let charts = move || {
        project_charts(data(), p.id, lang.get(), url.with_state(text_size))
            .into_iter()
            .map(|chart| view! { <ChartCard chart=chart lang=lang/> })
            .collect_view()
    };
    let figures = figures_of_project(data(), p.id);
    let figure_list = if figures.is_empty() {
        view! { <p>{tr(lang, i18n::NO_LINKED_FIGURES)}</p> }.into_any()
    } else {
        let items = move || figure_list_html(data(), &figures, &url.root(), lang.get());
        view! { <ul class="figure-list" inner_html=items></ul> }.into_any()
    };
    view! {
        <article class="project-detail" data-testid="project-detail">
            // Back in the list, focus returns to the project the reader came from.
            <StateLink
                to=back
                class="back-link"
                testid="back-to-list"
                focus=vec![format!("[data-id='{}'] [data-testid=project-link]", p.id), "#view-title".into()]
            >
                {tr(lang, i18n::BACK_TO_LIST)}
            </StateLink>
            <h2 node_ref=heading tabindex="-1">{tr(lang, Tr::new(p.name_zh, p.name_en))}</h2>
            // Markup from core::items, every text escaped.
            <div inner_html=move || project_about_html(data(), p, &url.root(), lang.get())></div>
            <section>
                <h3>{tr(lang, i18n::LINKED_FIGURES)}</h3>
                {figure_list}
                <div class="chart-grid">{charts}</div>
            </section>
        </article>
    }
    .into_any()
}
