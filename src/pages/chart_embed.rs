//! `embed=1&chart=<id>`: one chart alone, with its title, caption and sources.

use crate::components::chart_card::ChartCard;
use crate::components::text::tr;
use crate::core::chart::chart_by_id;
use crate::core::dataset::data;
use crate::core::i18n::Tr;
use crate::state::UrlState;
use leptos::prelude::*;

const NOT_FOUND: Tr = Tr::new(
    "没有找到这张图表（链接中的图表或筛选条件可能已变化）。",
    "This chart was not found (the chart or the filters in the link may have changed).",
);

#[component]
pub fn ChartEmbedPage(id: String) -> impl IntoView {
    let url = expect_context::<UrlState>();
    let lang = url.select(|s| s.lang);
    let inputs = url.select(|s| s.chart_inputs());
    let chart = Memo::new(move |_| inputs.with(|s| chart_by_id(data(), s, lang.get(), &id)));
    move || match chart.get() {
        Some(chart) => view! { <ChartCard chart=chart lang=lang/> }.into_any(),
        None => view! { <p class="empty" data-testid="chart-missing">{tr(lang, NOT_FOUND)}</p> }.into_any(),
    }
}
