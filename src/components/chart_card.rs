//! One chart: title, the SVG, its sources, a table alternative, downloads of exactly what it
//! shows, and (for category charts) a real button over each row that filters by that category.

use super::share_panel::SharePanel;
use super::text::tr;
use crate::core::chart::poster::poster;
use crate::core::chart::scale::css_percent;
use crate::core::chart::{file_name, row_action, row_id, sources_of, Chart, HitRow, SOURCES_COLUMN};
use crate::core::embed::chart_anchor;
use crate::core::i18n::Tr;
use crate::core::model::Lang;
use crate::download;
use crate::state::UrlState;
use leptos::prelude::*;

const SHOW_TABLE: Tr = Tr::new("以表格显示", "Show as table");
const HIDE_TABLE: Tr = Tr::new("隐藏表格", "Hide table");
const DOWNLOAD_SVG: Tr = Tr::new("下载 SVG", "Download SVG");
const DOWNLOAD_CSV: Tr = Tr::new("下载 CSV", "Download CSV");
const DOWNLOAD_PNG: Tr = Tr::new("下载图片 PNG", "Download PNG");
const NOT_DRAWN: Tr = Tr::new("此图未能绘制，数据见下表。", "This chart could not be drawn; its data is in the table.");

/// One chart card; `heading` is the level of its title (3 inside a view's section, 2 where the
/// chart is the view's first section).
/// A real button over a category row that toggles the filter by that category. Its place is
/// set through the CSSOM, which a strict CSP allows and an HTML style attribute would not: the
/// build's HTML shows the picture, the app adds the buttons.
fn hit_button(url: UrlState, lang: Memo<Lang>, chart_id: String, hit: HitRow) -> impl IntoView {
    let row = hit.filter;
    let pressed = move || url.with_state(|s| s.row_chosen(row));
    let label = move || url.with_state(|s| row_action(row, s.view, lang.get()));
    let id = row_id(row);
    view! {
        <button
            type="button"
            class="chart-hit"
            data-testid=format!("chart-hit-{id}")
            style:top=css_percent(hit.top)
            style:height=css_percent(hit.height)
            aria-pressed=move || if pressed() { "true" } else { "false" }
            aria-label=label
            title=label
            on:click=move |_| {
                url.update(|s| *s = s.with_chart_row(row));
                // The chart is redrawn: focus returns to the same bar, or the chart's title.
                crate::focus::move_to(vec![
                    format!("[data-chart='{chart_id}'] [data-testid=chart-hit-{id}]"),
                    format!("[data-chart='{chart_id}'] .chart-title"),
                ]);
            }
        ></button>
    }
}

/// `eager: false` draws the picture only when the card comes near the viewport (a chart far
/// below the fold costs nothing until then); its frame keeps the drawing's size meanwhile.
#[component]
pub fn ChartCard(
    chart: Chart,
    lang: Memo<Lang>,
    #[prop(default = 3)] heading: u8,
    #[prop(default = true)] eager: bool,
    /// Told when a chart that was not eager gets drawn.
    #[prop(optional)]
    on_drawn: Option<Callback<()>>,
) -> impl IntoView {
    let url = expect_context::<UrlState>();
    // A chart whose picture failed says so, and shows its table instead.
    let failed = chart.drawings.as_ref().err().cloned();
    if let Some(error) = &failed {
        if !url.prerendering() {
            crate::crash::report_not_drawn(&chart.id, &error.0);
        }
    }
    let show_table = RwSignal::new(failed.is_some());
    let drawn = RwSignal::new(eager || url.prerendering());
    let canvas = NodeRef::<leptos::html::Div>::new();
    if !drawn.get_untracked() {
        Effect::new(move |_| {
            if let Some(element) = canvas.get() {
                crate::reveal::when_near_viewport(&element, move || {
                    // A card the filters have since removed is not drawn, nor counted.
                    let alive = drawn.try_set(true).is_none();
                    if let (true, Some(on_drawn)) = (alive, on_drawn) {
                        on_drawn.run(());
                    }
                });
            }
        });
    }
    let table_id = format!("table-{}", chart.id);
    // The buttons over category rows are positioned through the CSSOM, which a strict CSP allows
    // and an HTML style attribute would not: the build's HTML shows the picture, the app adds them.
    let chart_id = chart.id.clone();
    // One drawing per width class; the page shows the one that fits (a CSS container query).
    let drawings = chart
        .drawings
        .as_deref()
        .unwrap_or_default()
        .iter()
        .map(|drawing| {
            // The rows' buttons come with the picture, and only in the app.
            let (hit_rows, chart_id) = (drawing.hits.clone(), chart_id.clone());
            let hits = move || {
                (drawn.get() && !url.prerendering())
                    .then(|| hit_rows.iter().map(|hit| hit_button(url, lang, chart_id.clone(), *hit)).collect_view())
            };
            let svg = drawing.svg.clone();
            // Until drawn, an empty frame of the drawing's proportions holds its place.
            let frame = (!url.prerendering()).then(|| format!("{} / {}", drawing.width, drawing.height));
            view! {
                <div class="chart-variant" data-width=drawing.width>
                    // The SVG is generated by core::chart from the bundled data; every text in it is escaped.
                    <div
                        class="chart-svg"
                        style:aspect-ratio=frame
                        inner_html=move || if drawn.get() { svg.clone() } else { String::new() }
                    ></div>
                    {hits}
                </div>
            }
        })
        .collect_view();
    // Markup from core::chart, every text escaped.
    let table = chart.table.to_html(&chart.title);
    // Files named by what they show; the CSV's sources in a column of their own.
    let (svg, file_svg) = (chart.svg().to_string(), file_name(&chart.title, "svg"));
    let l = lang.get_untracked();
    let csv = chart.table.to_csv(SOURCES_COLUMN.get(l), sources_of(&chart.caption, l));
    let file_csv = file_name(&chart.title, "csv");
    let file_png = file_name(&chart.title, "png");
    // The picture is composed only when asked for; a chart that could not be drawn offers its
    // data (CSV) only.
    let for_picture = chart.clone();
    let picture_downloads = failed.is_none().then(move || {
        view! {
            <button
                type="button"
                data-testid="download-png"
                on:click=move |_| {
                    let (svg, width, height) = poster(&for_picture, lang.get_untracked());
                    let _ = download::save_png(file_png.clone(), &svg, width, height);
                }
            >
                {tr(lang, DOWNLOAD_PNG)}
            </button>
            <button
                type="button"
                data-testid="download-svg"
                on:click=move |_| {
                    let _ = download::save(&file_svg, "image/svg+xml", &svg);
                }
            >
                {tr(lang, DOWNLOAD_SVG)}
            </button>
        }
    });
    view! {
        <figure class="chart" id=chart_anchor(&chart.id) data-testid="chart" data-chart=chart.id.clone()>
            {match heading {
                2 => view! { <h2 class="chart-title" tabindex="-1">{chart.title.clone()}</h2> }.into_any(),
                _ => view! { <h3 class="chart-title" tabindex="-1">{chart.title.clone()}</h3> }.into_any(),
            }}
            <div class="chart-canvas" node_ref=canvas>{drawings}</div>
            {failed.as_ref().map(|_| view! { <p class="chart-failed" data-testid="chart-failed">{tr(lang, NOT_DRAWN)}</p> })}
            {chart.notes.iter().map(|n| view! { <p class="chart-note" data-testid="chart-note">{n.clone()}</p> }).collect_view()}
            <figcaption class="chart-caption">{chart.caption.clone()}</figcaption>
            <div class="chart-actions">
                <button
                    type="button"
                    data-testid="toggle-table"
                    aria-expanded=move || if show_table.get() { "true" } else { "false" }
                    aria-controls=table_id.clone()
                    on:click=move |_| show_table.update(|v| *v = !*v)
                >
                    {move || if show_table.get() { HIDE_TABLE.get(lang.get()) } else { SHOW_TABLE.get(lang.get()) }}
                </button>
                {picture_downloads}
                <button
                    type="button"
                    data-testid="download-csv"
                    on:click=move |_| {
                        let _ = download::save(&file_csv, "text/csv;charset=utf-8", &csv);
                    }
                >
                    {tr(lang, DOWNLOAD_CSV)}
                </button>
            </div>
            <SharePanel chart=chart.id.clone() shows=chart.title.clone()/>
            // A wide table scrolls inside its own labelled region, not the page.
            <div
                id=table_id
                class="table-scroll"
                role="region"
                aria-label=chart.title.clone()
                tabindex="0"
                hidden=move || !show_table.get()
                data-testid="chart-table"
            >
                <table class="chart-table" inner_html=table></table>
            </div>
        </figure>
    }
}
