//! The view state and its one source of truth, the query string (SPEC §2).
//!
//! Parsing is lenient per key: a bad value is dropped and reported, the rest still applies.
//! Formatting writes only what differs from the defaults, in a fixed key order, so that
//! `parse(&format(s)) == s` for every valid state.
//!
//! `vocabulary` names the views and the rest a link can say, `view_state` holds the state,
//! `parse` reads a query, `format` writes one and `notice` shows what was dropped.

mod format;
mod notice;
mod parse;
mod view_state;
mod vocabulary;

pub use format::{format, format_over};
pub use notice::{notice_items, NOTICE_CHARS, NOTICE_ITEMS};
pub use parse::{parse, parse_over, parse_with_cities, DropReason, Dropped};
pub use view_state::{toggle, ViewState, MAX_QUERY_CHARS};
pub use vocabulary::{RowFilter, Sort, SortKey, Theme, View};
