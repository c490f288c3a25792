//! Promises: targets and plans by deadline, with progress where the documents report it.

use super::projects::EmptyResult;
use crate::components::figure_item::FigureItem;
use crate::components::filter_panel::{ExtraFacet, FilterPanel};
use crate::components::text::tr;
use crate::core::dataset::BUNDLED;
use crate::core::display::value_label;
use crate::core::filter::{apply, figure_facets, progress_of, promises_by_deadline};
use crate::core::i18n::{self, Tr};
use crate::core::model::{Figure, FigureKind};
use crate::state::UrlState;
use leptos::prelude::*;

const PROGRESS: Tr = Tr::new("已报告完成", "Reported done");

#[component]
pub fn PromisesPage() -> impl IntoView {
    let url = expect_context::<UrlState>();
    let lang = url.select(|s| s.lang);
    // The kind filter is fixed here: a promise is a target or a plan.
    let filters = url.select(|s| {
        let mut f = s.filters_only();
        f.kinds = vec![FigureKind::Target, FigureKind::Plan];
        f
    });
    let facets = Memo::new(move |_| filters.with(|s| figure_facets(BUNDLED.figures, s)));
    let goals = Memo::new(move |_| filters.with(|s| apply(BUNDLED.figures, s)));
    let groups = move || {
        let goals = goals.get();
        if goals.is_empty() {
            return view! { <EmptyResult/> }.into_any();
        }
        promises_by_deadline(&goals)
            .into_iter()
            .map(|(year, figures)| {
                let heading = move || match year {
                    Some(y) => format!("{} {y}", i18n::BY_DEADLINE.get(lang.get())),
                    None => i18n::NO_DEADLINE.get(lang.get()).to_string(),
                };
                let items = figures.into_iter().map(|f| promise_item(f, lang)).collect_view();
                view! {
                    <section class="deadline-group" data-testid="deadline-group">
                        <h3>{heading}</h3>
                        <ul class="figure-list">{items}</ul>
                    </section>
                }
            })
            .collect_view()
            .into_any()
    };
    view! {
        <p class="intro">{tr(lang, i18n::PROMISES_INTRO)}</p>
        <div class="explorer">
            <FilterPanel facets=facets extra=ExtraFacet::None/>
            <section class="results" aria-live="polite">
                <p class="result-count" data-testid="result-count">
                    {move || i18n::count_figures(goals.with(Vec::len), lang.get())}
                </p>
                {groups}
            </section>
        </div>
    }
}

fn promise_item(goal: &'static Figure, lang: Memo<crate::core::model::Lang>) -> impl IntoView {
    let progress = progress_of(&BUNDLED, goal).map(|done| {
        let text = move || format!("{}: {}", PROGRESS.get(lang.get()), value_label(done, lang.get()));
        view! { <p class="progress" data-testid="progress">{text}</p> }
    });
    view! { <FigureItem figure=goal lang=lang show_city=true/>{progress} }
}
