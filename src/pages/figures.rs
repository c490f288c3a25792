//! Figures: every figure in a sortable table, with the same filters as the project list.
//! On narrow screens each row becomes a labelled card (see `.figure-table` in the stylesheet).

use crate::components::filter_panel::ExtraFacet;
use crate::components::results_frame::{result_count, results_frame};
use crate::components::results_note::EmptyResult;
use crate::components::text::tr;
use crate::core::dataset::data;
use crate::core::filter::{apply, figure_facets, sort_figures};
use crate::core::i18n::{self, Tr};
use crate::core::items::figure_row_html;
use crate::core::model::{Figure, Lang};
use crate::core::url_state::{Sort, SortKey};
use crate::stages::in_stages;
use crate::state::UrlState;
use leptos::prelude::*;

const COLUMNS: [(SortKey, Tr); 6] = [
    (SortKey::City, i18n::COL_CITY),
    (SortKey::Category, i18n::COL_CATEGORY),
    (SortKey::Metric, i18n::COL_METRIC),
    (SortKey::Value, i18n::COL_VALUE),
    (SortKey::Kind, i18n::COL_KIND),
    (SortKey::Year, i18n::COL_YEAR),
];

/// Rows rendered at first; "show more" adds this many again.
const PAGE: usize = 50;

/// Rows in one `<tbody>`, built in one task of the take-over.
const ROWS_PER_STAGE: usize = 10;

#[component]
pub fn FiguresPage() -> impl IntoView {
    let url = expect_context::<UrlState>();
    let lang = url.select(|s| s.lang);
    let filters = url.select(|s| s.filters_only());
    let sort = url.select(|s| s.sort);
    let facets = Memo::new(move |_| filters.with(|s| figure_facets(data().cities, data().figures, s)));
    let rows = Memo::new(move |_| {
        let mut rows = filters.with(|s| apply(data().figures, s));
        sort_figures(&mut rows, sort.get(), lang.get());
        rows
    });

    // The first rows at first, more on request: a phone lays out and the app builds a table of
    // 50 rows, not of every figure (the page's blocking time, and its take-over, stay short).
    let shown = RwSignal::new(PAGE);
    Effect::new(move |_| {
        rows.track();
        shown.set(PAGE);
    });
    let bodies = move || {
        // Rebuilt with every change of the rows: what the rows read dies with them.
        // Markup from core::items, every text escaped; during the take-over, one `<tbody>` of
        // rows per task (see `stages`).
        let l = lang.get();
        let root = url.root();
        let rows: Vec<&'static Figure> = rows.with(|rows| rows.iter().take(shown.get()).copied().collect());
        in_stages(&rows, ROWS_PER_STAGE, 1, move |rows| {
            let html: String = rows.iter().map(|f| figure_row_html(data(), f, &root, l)).collect();
            view! { <tbody inner_html=html></tbody> }.into_any()
        })
    };
    let more = move || {
        (rows.with(Vec::len) > shown.get()).then(|| {
            view! {
                <button type="button" class="show-more" data-testid="show-more" on:click=move |_| shown.update(|n| *n += PAGE)>
                    {tr(lang, i18n::SHOW_MORE)}
                </button>
            }
        })
    };
    // Rebuilt only when the table appears or disappears, so sort buttons keep keyboard focus.
    let empty = Memo::new(move |_| rows.with(Vec::is_empty));
    let table = move || {
        let url = url.scoped();
        let lang = url.select(|s| s.lang);
        if empty.get() {
            return view! { <EmptyResult facets=facets/> }.into_any();
        }
        view! {
            <table class="figure-table" data-testid="figure-table">
                <caption>
                    {tr(lang, i18n::TABLE_CAPTION)}
                    <span class="sort-hint">{tr(lang, i18n::SORT_HINT)}</span>
                </caption>
                <thead><tr>{header_cells(url, lang, sort)}<th scope="col">{tr(lang, i18n::COL_SOURCE)}</th></tr></thead>
                {bodies}
            </table>
        }
        .into_any()
    };
    let count = result_count(move || i18n::count_figures(rows.with(Vec::len), lang.get()));
    results_frame(facets, ExtraFacet::Kind, view! { {count} {table} {more} }.into_any())
}

/// Column headers as buttons that sort; `aria-sort` tells screen readers the order.
fn header_cells(url: UrlState, lang: Memo<Lang>, sort: Memo<Option<Sort>>) -> impl IntoView {
    COLUMNS
        .iter()
        .map(|&(key, label)| {
            let aria_sort = move || match sort.get() {
                Some(Sort { key: k, descending: true }) if k == key => "descending",
                Some(Sort { key: k, descending: false }) if k == key => "ascending",
                _ => "none",
            };
            let arrow = move || match aria_sort() {
                "ascending" => "▲",
                "descending" => "▼",
                _ => "↕",
            };
            view! {
                <th scope="col" aria-sort=aria_sort>
                    <button
                        type="button"
                        data-testid=format!("sort-{}", key.id())
                        on:click=move |_| url.update(|s| s.sort = Some(Sort::toggled(s.sort, key)))
                    >
                        {move || label.get(lang.get())}
                        <span class="sort-arrow" aria-hidden="true">{arrow}</span>
                    </button>
                </th>
            }
        })
        .collect_view()
}
