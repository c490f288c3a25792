//! Projects: the filter panel and the matching project cards, or one project's detail.

use super::project_detail::ProjectDetail;
use crate::components::filter_panel::ExtraFacet;
use crate::components::results_frame::{result_count, results_frame};
use crate::components::results_note::EmptyResult;
use crate::components::text::tr;
use crate::core::dataset::data;
use crate::core::filter::{apply, project_facets};
use crate::core::i18n;
use crate::core::items::project_card_html;
use crate::state::UrlState;
use leptos::prelude::*;

/// Cards rendered at first; "show more" adds this many again (phones stay quick).
const PAGE: usize = 40;

#[component]
pub fn ProjectsPage() -> impl IntoView {
    let url = expect_context::<UrlState>();
    let selected = url.select(|s| s.project.clone());
    move || match (url.scoped(), selected.get()) {
        (_, Some(id)) => view! { <ProjectDetail id=id/> }.into_any(),
        (_, None) => view! { <ProjectList/> }.into_any(),
    }
}

#[component]
fn ProjectList() -> impl IntoView {
    let url = expect_context::<UrlState>();
    let lang = url.select(|s| s.lang);
    let filters = url.select(|s| s.filters_only());
    let results = Memo::new(move |_| filters.with(|s| apply(data().projects, s)));
    let facets = Memo::new(move |_| filters.with(|s| project_facets(data().cities, data().projects, s)));
    let shown = RwSignal::new(PAGE);
    // A new set of results starts from the first page again.
    Effect::new(move |_| {
        results.track();
        shown.set(PAGE);
    });
    let list = move || {
        // Rebuilt with every change of the results: what the cards read dies with them.
        let lang = url.scoped().select(|s| s.lang);
        let items = results.get();
        if items.is_empty() {
            return view! { <EmptyResult facets=facets/> }.into_any();
        }
        // Markup from core::items (every text escaped; links relative to the page shown).
        let cards: String =
            url.with_state(|s| items.iter().take(shown.get()).map(|p| project_card_html(data(), p, s)).collect());
        let more = (items.len() > shown.get()).then(|| {
            view! {
                <button type="button" class="show-more" data-testid="show-more" on:click=move |_| shown.update(|n| *n += PAGE)>
                    {tr(lang, i18n::SHOW_MORE)}
                </button>
            }
        });
        view! { <ul class="project-list" inner_html=cards></ul>{more} }.into_any()
    };
    let count = result_count(move || i18n::count_projects(results.with(Vec::len), lang.get()));
    results_frame(facets, ExtraFacet::Status, view! { {count} {list} }.into_any())
}
