//! The frame every filtered view shares: the filters beside the results, which open with their
//! count (a live region, so a screen reader hears each new count). Plain functions, not
//! components: the same markup with less code in the wasm.

use super::filter_panel::{ExtraFacet, FilterPanel};
use crate::core::filter::Facets;
use leptos::prelude::*;

/// The filters and the results (which start with a `result_count`).
pub fn results_frame(facets: Memo<Facets>, extra: ExtraFacet, results: AnyView) -> impl IntoView {
    view! {
        <div class="explorer">
            <FilterPanel facets=facets extra=extra/>
            <section class="results">{results}</section>
        </div>
    }
}

/// "12 个项目" / "12 projects": how many results the filters leave.
pub fn result_count(text: impl Fn() -> String + Send + Sync + 'static) -> impl IntoView {
    view! { <p class="result-count" role="status" data-testid="result-count">{text}</p> }
}
