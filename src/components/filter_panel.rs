//! Search box, city checkboxes, category chips, kind or status checkboxes, and "clear all".
//! Every control is rendered once and only its state and count update, so keyboard focus stays
//! where it is while the counts change.

use super::text::tr;
use crate::core::chips::chips_html;
use crate::core::coverage::partial_html;
use crate::core::dataset::data;
use crate::core::filter::Facets;
use crate::core::i18n::{self, Tr};
use crate::core::model::{Category, City, FigureKind, Lang, Status};
use crate::core::url_state::{toggle, ViewState, MAX_QUERY_CHARS};
use crate::state::UrlState;
use leptos::prelude::*;

/// Which optional facet the panel shows besides city and category.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum ExtraFacet {
    Kind,
    Status,
    None,
}

/// A filterable dimension: where its selection lives in the state and its counts in `Facets`.
trait Facet: Copy + Ord + Send + Sync + 'static {
    const NAME: &'static str;
    fn selected(s: &ViewState) -> &Vec<Self>;
    fn selected_mut(s: &mut ViewState) -> &mut Vec<Self>;
    fn counts(f: &Facets) -> &[(Self, usize)];
    fn text(self) -> Tr;
    fn key(self) -> &'static str;
}

macro_rules! facet {
    ($t:ty, $name:literal, $field:ident) => {
        impl Facet for $t {
            const NAME: &'static str = $name;
            fn selected(s: &ViewState) -> &Vec<Self> {
                &s.$field
            }
            fn selected_mut(s: &mut ViewState) -> &mut Vec<Self> {
                &mut s.$field
            }
            fn counts(f: &Facets) -> &[(Self, usize)] {
                &f.$field
            }
            fn text(self) -> Tr {
                self.label()
            }
            fn key(self) -> &'static str {
                self.id()
            }
        }
    };
}

facet!(City, "city", cities);
facet!(Category, "cat", categories);
facet!(FigureKind, "kind", kinds);
facet!(Status, "status", statuses);

fn count_of<K: Facet>(facets: Memo<Facets>, key: K) -> impl Fn() -> usize {
    move || facets.with(|f| K::counts(f).iter().find(|(k, _)| *k == key).map_or(0, |(_, n)| *n))
}

fn is_selected<K: Facet>(url: UrlState, key: K) -> impl Fn() -> bool + Copy {
    move || url.with_state(|s| K::selected(s).contains(&key))
}

/// A labelled checkbox per value of `K`, in a fieldset.
fn checkbox_group<K: Facet>(
    url: UrlState,
    lang: Memo<Lang>,
    facets: Memo<Facets>,
    all: &[K],
    legend: Tr,
) -> impl IntoView {
    let items = all
        .iter()
        .map(|&key| {
            let checked = is_selected(url, key);
            view! {
                <label class="check" data-testid=format!("{}-{}", K::NAME, key.key())>
                    <input
                        type="checkbox"
                        prop:checked=checked
                        on:change=move |_| url.update(|s| toggle(K::selected_mut(s), key))
                    />
                    <span>{move || key.text().get(lang.get())}</span>
                    <span class="count">{count_of(facets, key)}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="facet">
            <legend>{move || legend.get(lang.get())}</legend>
            {items}
        </fieldset>
    }
}

/// Toggle buttons (`aria-pressed`) per category: quicker to scan than 15 checkboxes.
fn category_chips(url: UrlState, lang: Memo<Lang>, facets: Memo<Facets>) -> impl IntoView {
    let chips = Category::ALL
        .iter()
        .map(|&c| {
            let on = is_selected(url, c);
            view! {
                <li>
                    <button
                        type="button"
                        class="chip"
                        data-testid=format!("cat-{}", c.id())
                        aria-pressed=move || if on() { "true" } else { "false" }
                        on:click=move |_| url.update(|s| toggle(&mut s.categories, c))
                    >
                        {tr(lang, c.label())}
                        <span class="count">{count_of(facets, c)}</span>
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <fieldset class="facet">
            <legend>{tr(lang, i18n::FILTER_CATEGORY)}</legend>
            <ul class="chips">{chips}</ul>
        </fieldset>
    }
}

#[component]
pub fn FilterPanel(facets: Memo<Facets>, extra: ExtraFacet) -> impl IntoView {
    let url = expect_context::<UrlState>();
    let lang = url.select(|s| s.lang);
    let q = url.select(|s| s.q.clone());
    let has_filters = url.select(ViewState::has_filters);
    // Phones: the facets fold away behind a button so results are not a screen away.
    let open = RwSignal::new(false);
    let active = url.select(|s| s.cities.len() + s.categories.len() + s.kinds.len() + s.statuses.len());
    let extra_group = match extra {
        ExtraFacet::Kind => Some(checkbox_group(url, lang, facets, FigureKind::ALL, i18n::FILTER_KIND).into_any()),
        ExtraFacet::Status => Some(checkbox_group(url, lang, facets, Status::ALL, i18n::FILTER_STATUS).into_any()),
        ExtraFacet::None => None,
    };
    view! {
        <section class="filters" aria-label=tr(lang, i18n::FILTERS)>
            <div class="search">
                <label for="search-box">{tr(lang, i18n::SEARCH_LABEL)}</label>
                <input
                    id="search-box"
                    type="search"
                    data-testid="search"
                    maxlength=MAX_QUERY_CHARS
                    autocomplete="off"
                    placeholder=tr(lang, i18n::SEARCH_PLACEHOLDER)
                    prop:value=move || q.get()
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        url.replace(|s| s.q = text.chars().take(MAX_QUERY_CHARS).collect());
                    }
                />
            </div>
            // Markup from core::chips, every text escaped; its links are followed by `nav_links`.
            <div inner_html=move || url.with_state(|s| chips_html(data(), s))></div>
            <div inner_html=move || facets.with(|f| url.with_state(|s| partial_html(data(), s, &f.cities)))></div>
            <button
                type="button"
                class="facets-toggle"
                data-testid="facets-toggle"
                aria-expanded=move || if open.get() { "true" } else { "false" }
                aria-controls="facets"
                on:click=move |_| open.update(|o| *o = !*o)
            >
                {tr(lang, i18n::FILTERS)}
                {move || (active.get() > 0).then(|| format!(" ({})", active.get()))}
            </button>
            <div id="facets" class="facets" class:open=move || open.get()>
                {checkbox_group(url, lang, facets, data().cities, i18n::FILTER_CITY)}
                {category_chips(url, lang, facets)}
                {extra_group}
            </div>
            <button
                type="button"
                class="clear-all"
                data-testid="clear-all"
                disabled=move || !has_filters.get()
                on:click=move |_| {
                    url.update(|s| *s = s.without_filters());
                    // The button is disabled now: focus goes back to the top of the filters.
                    crate::focus::move_to(vec!["#search-box".into()]);
                }
            >
                {tr(lang, i18n::CLEAR_ALL)}
            </button>
        </section>
    }
}
