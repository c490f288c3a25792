//! The active filters of a view as removable chips: what narrows the results is always in
//! sight (a search carried over from another view included), and one tap takes it away. Each
//! chip is a link to the same view without that filter.

use super::dataset::Dataset;
use super::i18n::Tr;
use super::links::nav_link;
use super::markup::escape;
use super::model::{Category, City, FigureKind, Lang, Status};
use super::url_state::ViewState;

/// One active filter.
#[derive(Clone, Debug, PartialEq)]
pub enum Chip {
    City(City),
    Category(Category),
    Kind(FigureKind),
    Status(Status),
    Search(String),
}

const SEARCH: Tr = Tr::new("搜索：", "Search: ");
const REMOVE: Tr = Tr::new("移除筛选：", "Remove filter: ");
const ACTIVE: Tr = Tr::new("当前筛选", "Active filters");

/// The filters that narrow the current view, in the filter panel's order. Filters the view does
/// not use (a status in the Figures view, from a hand-made link) are not shown: they do nothing.
pub fn chips(state: &ViewState) -> Vec<Chip> {
    let used = state.carried_to(state.view);
    let mut chips: Vec<Chip> = used.cities.iter().map(|&c| Chip::City(c)).collect();
    chips.extend(used.categories.iter().map(|&c| Chip::Category(c)));
    chips.extend(used.kinds.iter().map(|&k| Chip::Kind(k)));
    chips.extend(used.statuses.iter().map(|&s| Chip::Status(s)));
    if !used.q.is_empty() {
        chips.push(Chip::Search(used.q));
    }
    chips
}

impl Chip {
    /// What the chip says: "鹤壁", "搜索：公园".
    pub fn label(&self, lang: Lang) -> String {
        match self {
            Chip::City(c) => c.label().get(lang).to_string(),
            Chip::Category(c) => c.label().get(lang).to_string(),
            Chip::Kind(k) => k.label().get(lang).to_string(),
            Chip::Status(s) => s.label().get(lang).to_string(),
            Chip::Search(q) => format!("{}{q}", SEARCH.get(lang)),
        }
    }

    /// What its link says to a screen reader: "移除筛选：鹤壁".
    pub fn remove_label(&self, lang: Lang) -> String {
        format!("{}{}", REMOVE.get(lang), self.label(lang))
    }

    /// Takes this filter out of `state`, and nothing else.
    pub fn remove_from(&self, state: &mut ViewState) {
        match self {
            Chip::City(c) => state.cities.retain(|x| x != c),
            Chip::Category(c) => state.categories.retain(|x| x != c),
            Chip::Kind(k) => state.kinds.retain(|x| x != k),
            Chip::Status(s) => state.statuses.retain(|x| x != s),
            Chip::Search(_) => state.q.clear(),
        }
    }
}

/// The chips as a list of links, each to the view without it (empty when nothing narrows it).
pub fn chips_html(data: &Dataset, state: &ViewState) -> String {
    let lang = state.lang;
    let items: String = chips(state)
        .iter()
        .map(|chip| {
            // The same view without it (and without what the view does not use).
            let mut without = state.carried_to(state.view);
            chip.remove_from(&mut without);
            let attributes = format!(
                r##" class="chip-remove" data-testid="filter-chip" data-focus="#search-box" aria-label="{}""##,
                escape(&chip.remove_label(lang))
            );
            format!("<li>{}</li>", nav_link(data, state, &without, &attributes, &format!("{} ×", chip.label(lang))))
        })
        .collect();
    if items.is_empty() {
        return items;
    }
    format!(r#"<ul class="filter-chips" aria-label="{}">{items}</ul>"#, escape(ACTIVE.get(lang)))
}
