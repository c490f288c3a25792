//! Promises: targets, plans and dated commitments by deadline, with progress where the documents
//! report it, and a plain note where a deadline has passed with no report of completion.

use crate::components::filter_panel::ExtraFacet;
use crate::components::results_frame::{result_count, results_frame};
use crate::components::results_note::EmptyResult;
use crate::components::text::tr;
use crate::core::dataset::data;
use crate::core::filter::{apply, planned_only, promise_facets};
use crate::core::i18n;
use crate::core::items::{any_dated, deadline_group_html};
use crate::core::model::FigureKind;
use crate::core::promises::{by_deadline, Month};
use crate::stages::in_stages;
use crate::state::UrlState;
use leptos::prelude::*;

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
    let facets = Memo::new(move |_| filters.with(|s| promise_facets(data(), s)));
    let goals = Memo::new(move |_| filters.with(|s| apply(data().figures, s)));
    let commitments = Memo::new(move |_| filters.with(|s| apply(data().commitments, s)));
    let planned = Memo::new(move |_| filters.with(|s| apply(data().projects, &planned_only(s))));
    let today = this_month();
    let count = move || goals.with(Vec::len) + commitments.with(Vec::len) + planned.with(Vec::len);
    let groups = move || {
        // Markup from core::items (every text escaped): rebuilt with the results, the language
        // and the page the links are relative to.
        let (goals, commitments, planned) = (goals.get(), commitments.get(), planned.get());
        if goals.is_empty() && commitments.is_empty() && planned.is_empty() {
            return view! { <EmptyResult facets=facets/> }.into_any();
        }
        let groups = by_deadline(&goals, &commitments, &planned);
        let after_dated = any_dated(&groups);
        let now = url.with_state(Clone::clone);
        // During the take-over, a deadline group per task (see `stages`).
        let groups = in_stages(&groups, 1, 1, move |group| {
            let html =
                group.iter().map(|g| deadline_group_html(data(), g, after_dated, 3, today, &now)).collect::<String>();
            view! { <div inner_html=html></div> }.into_any()
        });
        view! { <div>{groups}</div> }.into_any()
    };
    let results = view! { {result_count(move || i18n::count_promises(count(), lang.get()))} {groups} };
    view! {
        <p class="intro">{tr(lang, i18n::PROMISES_INTRO)}</p>
        {results_frame(facets, ExtraFacet::None, results.into_any())}
    }
}
