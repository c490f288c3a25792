//! The state's vocabulary: the views, the colour themes, the figures table's columns and order,
//! and what a chart's row stands for.

use crate::model::{Category, City};
use renewal_dataset::id_enum;

/// What a row of a chart stands for, when it leads somewhere: a category (the category charts)
/// or a city (the landing chart). Part of the state's vocabulary: choosing the row filters by it
/// (`ViewState::with_chart_row`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum RowFilter {
    Category(Category),
    City(City),
}

id_enum! {
    /// The explorer's pages; `ALL` in the order the navigation offers them.
    #[derive(Default)]
    View {
        #[default]
        Overview => "overview",
        Projects => "projects",
        Figures => "figures",
        Charts => "charts",
        Compare => "compare",
        Promises => "promises",
        About => "about",
    }
}

id_enum! {
    /// Colour scheme requested by the host page (`theme=`).
    #[derive(Default)]
    Theme {
        #[default]
        Auto => "auto",
        Light => "light",
        Dark => "dark",
    }
}

id_enum! {
    /// A column of the figures table.
    SortKey {
        City => "city",
        Category => "category",
        Metric => "metric",
        Value => "value",
        Kind => "kind",
        Year => "year",
    }
}

/// Table order: `sort=value` ascending, `sort=-value` descending.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sort {
    pub key: SortKey,
    pub descending: bool,
}

impl Sort {
    pub fn from_id(text: &str) -> Option<Sort> {
        let (descending, id) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        SortKey::from_id(id).map(|key| Sort { key, descending })
    }

    pub fn id(self) -> String {
        format!("{}{}", if self.descending { "-" } else { "" }, self.key.id())
    }

    /// Clicking a column header: ascending first, then descending, then back to ascending.
    pub fn toggled(current: Option<Sort>, key: SortKey) -> Sort {
        match current {
            Some(s) if s.key == key => Sort { key, descending: !s.descending },
            _ => Sort { key, descending: false },
        }
    }
}
