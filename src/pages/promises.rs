//! Promises: targets, plans and dated commitments by deadline, with progress where the documents
//! report it, and a plain note where a deadline has passed with no report of completion.

use crate::components::figure_item::FigureItem;
use crate::components::filter_panel::{ExtraFacet, FilterPanel};
use crate::components::results_note::EmptyResult;
use crate::components::source_quote::SourceDisclosure;
use crate::components::state_link::StateLink;
use crate::components::text::tr;
use crate::core::dataset::BUNDLED;
use crate::core::display::value_label;
use crate::core::filter::{apply, planned_only, progress_of, promise_facets};
use crate::core::i18n::{self, Tr};
use crate::core::model::{Commitment, Figure, FigureKind, Lang, Project};
use crate::core::promises::{
    by_deadline, deadline_label, outcome, Month, Outcome, Promise, PASSED_UNREPORTED, REPORTED_DONE,
};
use crate::core::url_state::{View, ViewState};
use crate::stages::in_stages;
use crate::state::UrlState;
use leptos::prelude::*;

const PROGRESS: Tr = Tr::new("已报告完成", "Reported done");
const PLANNED: Tr = Tr::new("计划中的项目", "Planned project");
const COMMITMENT: Tr = Tr::new("承诺（无具体数字）", "Commitment (no number)");
/// Items built per task during the take-over.
const ITEMS_PER_STAGE: usize = 8;

/// This month, from the reader's clock (deadlines are compared by month); at build time, the
/// build machine's (the app then takes over with the reader's).
pub fn this_month() -> Month {
    #[cfg(target_arch = "wasm32")]
    {
        let now = js_sys::Date::new_0();
        Month { year: now.get_full_year() as u16, month: now.get_month() as u8 + 1 }
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let seconds = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(0));
        Month::of_unix_day(seconds.div_euclid(86_400))
    }
}

#[component]
pub fn PromisesPage() -> impl IntoView {
    let url = expect_context::<UrlState>();
    let lang = url.select(|s| s.lang);
    // The kind filter is fixed here: a numeric promise is a target or a plan.
    let filters = url.select(|s| {
        let mut f = s.filters_only();
        f.kinds = vec![FigureKind::Target, FigureKind::Plan];
        f
    });
    let facets = Memo::new(move |_| filters.with(|s| promise_facets(&BUNDLED, s)));
    let goals = Memo::new(move |_| filters.with(|s| apply(BUNDLED.figures, s)));
    let commitments = Memo::new(move |_| filters.with(|s| apply(BUNDLED.commitments, s)));
    let planned = Memo::new(move |_| filters.with(|s| apply(BUNDLED.projects, &planned_only(s))));
    let today = this_month();
    let count = move || goals.with(Vec::len) + commitments.with(Vec::len) + planned.with(Vec::len);
    let groups = move || {
        // Rebuilt with every change of the results: what the items read dies with them.
        let lang = url.scoped().select(|s| s.lang);
        let (goals, commitments, planned) = (goals.get(), commitments.get(), planned.get());
        if goals.is_empty() && commitments.is_empty() && planned.is_empty() {
            return view! { <EmptyResult facets=facets/> }.into_any();
        }
        // During the take-over, a few items per task, group after group (see `stages`).
        deadline_groups(by_deadline(&goals, &commitments, &planned), 3, 1, today, lang).into_any()
    };
    view! {
        <p class="intro">{tr(lang, i18n::PROMISES_INTRO)}</p>
        <div class="explorer">
            <FilterPanel facets=facets extra=ExtraFacet::None/>
            <section class="results">
                <p class="result-count" role="status" data-testid="result-count">
                    {move || i18n::count_promises(count(), lang.get())}
                </p>

                {groups}
            </section>
        </div>
    }
}

/// Promises under a heading per deadline year (`heading` is its level), a few items per task
/// during the take-over from `first_stage` on, group after group (see `stages`).
pub fn deadline_groups(
    groups: Vec<(Option<u16>, Vec<Promise<'static>>)>,
    heading: u8,
    first_stage: usize,
    today: Month,
    lang: Memo<Lang>,
) -> impl IntoView {
    let mut stage = first_stage;
    groups
        .into_iter()
        .map(|(year, promises)| {
            let title = move || match year {
                Some(y) => format!("{} {y}", i18n::BY_DEADLINE.get(lang.get())),
                None => i18n::NO_DEADLINE.get(lang.get()).to_string(),
            };
            let (items, next) = in_stages(promises, ITEMS_PER_STAGE, stage, move |p| promise_item(p, today, lang));
            stage = next;
            // One element for every level: a second heading element would add its own code.
            view! {
                <section class="deadline-group" data-testid="deadline-group">
                    <p class="group-title" role="heading" attr:aria-level=heading.to_string()>{title}</p>
                    <ul class="figure-list">{items}</ul>
                </section>
            }
        })
        .collect_view()
}

fn promise_item(promise: Promise<'static>, today: Month, lang: Memo<Lang>) -> AnyView {
    let state = match outcome(&BUNDLED, &promise, today) {
        Outcome::PassedUnreported => Some(("passed", PASSED_UNREPORTED)),
        Outcome::ReportedDone => Some(("done", REPORTED_DONE)),
        Outcome::Open => None,
    };
    let note = state.map(|(class, text)| {
        view! { <p class=format!("deadline-note {class}") data-testid="deadline-note">{tr(lang, text)}</p> }
    });
    // The notes go inside the list item: a list holds only items.
    match promise {
        Promise::Goal(goal) => view! {
            <FigureItem figure=goal lang=lang show_city=true>
                {progress(goal, lang)}
                {note}
            </FigureItem>
        }
        .into_any(),
        Promise::Commitment(c) => commitment_item(c, note, lang).into_any(),
        Promise::Planned(p) => planned_item(p, lang).into_any(),
    }
}

/// A project the documents plan: its name (to its page), what it is, and the sentence.
fn planned_item(p: &'static Project, lang: Memo<Lang>) -> impl IntoView {
    let url = expect_context::<UrlState>();
    let city = move || format!("{} · ", p.city.label().get(lang.get()));
    let to = move || ViewState { view: View::Projects, project: Some(p.id.to_string()), ..url.get() };
    view! {
        <li class="figure-item commitment" data-testid="planned-project" data-kind="planned">
            <div class="figure-metric">{city}{tr(lang, PLANNED)}</div>
            <div class="commitment-text">
                <StateLink to=to testid="project-link">{tr(lang, Tr::new(p.name_zh, p.name_en))}</StateLink>
            </div>
            <SourceDisclosure quote=p.quote source_id=p.source_id lang=lang/>
        </li>
    }
}

fn progress(goal: &'static Figure, lang: Memo<Lang>) -> Option<impl IntoView> {
    progress_of(&BUNDLED, goal).map(|done| {
        let text = move || format!("{}: {}", PROGRESS.get(lang.get()), value_label(done, lang.get()));
        view! { <p class="progress" data-testid="progress">{text}</p> }
    })
}

/// A dated promise without a number: what, by when, and the sentence that says so.
fn commitment_item(c: &'static Commitment, note: Option<impl IntoView>, lang: Memo<Lang>) -> impl IntoView {
    let city = move || format!("{} · ", c.city.label().get(lang.get()));
    view! {
        <li class="figure-item commitment" data-testid="commitment" data-kind="commitment" data-deadline=c.deadline>
            <div class="figure-metric">{city}{tr(lang, COMMITMENT)}</div>
            <div class="commitment-text">{tr(lang, Tr::new(c.text_zh, c.text_en))}</div>
            <div class="figure-meta">
                <span class="year" data-testid="deadline">{move || deadline_label(c, lang.get())}</span>
            </div>
            <SourceDisclosure quote=c.quote source_id=c.source_id lang=lang/>
            {note}
        </li>
    }
}
