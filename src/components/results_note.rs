//! What a view says when its results are empty: why, from the data (core::coverage), where else
//! the same filters find results, and a way out that keeps what the reader did not ask to clear.

use crate::core::coverage::{coverage, elsewhere_label, explanation, in_city};
use crate::core::dataset::BUNDLED;
use crate::core::filter::Facets;
use crate::core::i18n::{self, Tr};
use crate::core::model::{City, Lang};
use crate::core::url_state::ViewState;
use crate::state::UrlState;
use leptos::prelude::*;

const CLEAR_KEEP_CITY: Tr = Tr::new("清除其他筛选，保留所选城市", "Clear the other filters, keep the city");

/// What the note says, made from the state and the results per city; the note is built again
/// when it changes, with plain strings (far less code than a reactive closure for each text).
#[derive(Clone, PartialEq)]
struct Said {
    lang: Lang,
    lines: Vec<String>,
    /// Other cities with results, and how many.
    elsewhere: Vec<(City, usize)>,
    keeps_city: bool,
}

fn said(url: UrlState, facets: Memo<Facets>) -> Memo<Said> {
    Memo::new(move |_| {
        let state = url.get();
        let found = facets.with(|f| coverage(&BUNDLED, &state, &f.cities));
        let lines = found.as_ref().map(|c| explanation(c, &state, state.lang)).unwrap_or_default();
        let elsewhere = found.map(|c| c.elsewhere).unwrap_or_default();
        Said { lang: state.lang, lines, elsewhere, keeps_city: !state.cities.is_empty() }
    })
}

/// Says that nothing matches, why, and where the same filters do find results; its clear button
/// keeps the chosen cities.
#[component]
pub fn EmptyResult(facets: Memo<Facets>) -> impl IntoView {
    let url = expect_context::<UrlState>();
    let said = said(url, facets);
    move || {
        let Said { lang, lines, elsewhere, keeps_city, .. } = said.get();
        let lines = lines.into_iter().map(|l| view! { <p data-testid="coverage">{l}</p> }).collect_view();
        let buttons = elsewhere
            .into_iter()
            .map(|(city, n)| {
                view! {
                    <li>
                        <button
                            type="button"
                            data-testid=format!("elsewhere-{}", city.id())
                            on:click=move |_| url.update(|s| *s = in_city(s, city))
                        >
                            {elsewhere_label(city, n, lang)}
                        </button>
                    </li>
                }
            })
            .collect_view();
        let clear = if keeps_city { CLEAR_KEEP_CITY } else { i18n::CLEAR_ALL };
        view! {
            <div class="empty" data-testid="empty-result">
                <p>{i18n::NO_RESULTS.get(lang)}</p>
                {lines}
                <ul class="elsewhere">{buttons}</ul>
                <button
                    type="button"
                    data-testid="clear-keep-city"
                    on:click=move |_| {
                        url.update(|s| *s = ViewState { cities: s.cities.clone(), ..s.without_filters() });
                        crate::focus::move_to(vec!["#search-box".into()]);
                    }
                >
                    {clear.get(lang)}
                </button>
            </div>
        }
    }
}
