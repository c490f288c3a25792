//! Charts and Compare views: the charts of the current filters, each with its sources and table.

use crate::components::chart_card::ChartCard;
use crate::components::filter_panel::ExtraFacet;
use crate::components::results_frame::{result_count, results_frame};
use crate::components::results_note::EmptyResult;
use crate::components::text::tr;
use crate::core::chart::{charts_for, ChartSet};
use crate::core::dataset::data;
use crate::core::filter::figure_facets;
use crate::core::i18n::{self, Tr};
use crate::stages::{in_stages, staged};
use crate::state::UrlState;
use leptos::prelude::*;

const CHARTS_INTRO: Tr = Tr::new(
    "图表随筛选变化。点击类别条形可按该类别筛选。实心为已完成或现状，空心为目标或计划。",
    "Charts follow the filters. Choose a category bar to filter by it. Solid bars are achievements or facts; outlined bars are targets or plans.",
);
const COMPARE_INTRO: Tr = Tr::new(
    "多个城市报告了同一指标时才作对比；各市原文措辞见表格。实心为已完成，空心为目标。",
    "Cities are compared only where several report the same metric; each city's own wording is in the table. Solid: achieved; outline: target.",
);
const COMPARE_EMPTY: Tr = Tr::new(
    "当前筛选下没有两个以上城市共同报告的指标。",
    "With these filters, no metric is reported by two or more cities.",
);

/// How many charts are drawn before the reader scrolls: the first screen of a phone and more.
const EAGER_CHARTS: usize = 2;
/// Chart cards built per task during the take-over (each holds its table and its drawings).
const CARDS_PER_STAGE: usize = 1;

#[component]
pub fn ChartsPage(set: ChartSet) -> impl IntoView {
    let url = expect_context::<UrlState>();
    let lang = url.select(|s| s.lang);
    let filters = url.select(|s| s.filters_only());
    let chart_inputs = url.select(|s| s.chart_inputs());
    let facets = Memo::new(move |_| filters.with(|s| figure_facets(data().cities, data().figures, s)));
    let charts = Memo::new(move |_| chart_inputs.with(|s| charts_for(data(), s, lang.get(), set)));
    let intro = if set == ChartSet::Compare { COMPARE_INTRO } else { CHARTS_INTRO };
    let drawn_upto = StoredValue::new(EAGER_CHARTS);
    let list = move || {
        // Rebuilt with every change of the charts: what the cards read dies with them.
        let lang = url.scoped().select(|s| s.lang);
        let charts = charts.get();
        if charts.is_empty() {
            return match set {
                ChartSet::Compare => view! {
                    <div class="empty" data-testid="empty-result">
                        <p>{tr(lang, COMPARE_EMPTY)}</p>

                    </div>
                }
                .into_any(),
                ChartSet::Overview | ChartSet::Landing => view! { <EmptyResult facets=facets/> }.into_any(),
            };
        }
        // The first charts are drawn at once, the rest as the reader nears them; a chart drawn
        // once stays drawn when the filters change (no empty frames where the reader is).
        // During the take-over, one card per task (see `stages`).
        let cards = in_stages(&charts.into_iter().enumerate().collect::<Vec<_>>(), CARDS_PER_STAGE, 2, move |cards| {
            cards
                .iter()
                .cloned()
                .map(|(i, chart)| {
                    let on_drawn = Callback::new(move |()| drawn_upto.update_value(|n| *n = (*n).max(i + 1)));
                    let eager = i < drawn_upto.get_value();
                    view! { <ChartCard chart=chart lang=lang eager=eager on_drawn=on_drawn/> }
                })
                .collect_view()
                .into_any()
        });
        view! { <div class="chart-grid">{cards}</div> }.into_any()
    };
    // During the take-over, the results come a task after the filters (see `stages`).
    let results = staged(1, move || {
        view! {
            {result_count(move || i18n::count_charts(charts.with(Vec::len), lang.get()))}
            {list}
        }
    });
    view! {
        <p class="intro">{move || intro.get(lang.get())}</p>
        {results_frame(facets, ExtraFacet::Kind, results.into_any())}
    }
}
