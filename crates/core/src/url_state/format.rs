//! Writing a state as a query string: only what differs from the base, in a fixed key order.

use super::{Sort, ViewState};
use crate::query::encode;

/// Every key with its value as the query writes it, defaults included, in the fixed key order.
fn words(state: &ViewState) -> [(&'static str, String); 13] {
    let list = |ids: Vec<&str>| ids.join(",");
    let flag = |on: bool| if on { "1" } else { "0" }.to_string();
    [
        ("city", list(state.cities.iter().map(|c| c.id()).collect())),
        ("cat", list(state.categories.iter().map(|c| c.id()).collect())),
        ("kind", list(state.kinds.iter().map(|k| k.id()).collect())),
        ("status", list(state.statuses.iter().map(|s| s.id()).collect())),
        ("q", state.q.clone()),
        ("project", state.project.clone().unwrap_or_default()),
        ("sort", state.sort.map(Sort::id).unwrap_or_default()),
        ("view", state.view.id().to_string()),
        ("lang", state.lang.id().to_string()),
        ("embed", flag(state.embed)),
        ("chart", state.chart.clone().unwrap_or_default()),
        ("theme", state.theme.id().to_string()),
        ("large", flag(state.large)),
    ]
}

/// The query string (without `?`) that turns `base` into `state`: only the keys whose values
/// differ, in a fixed order. A page whose file stands for a state of its own (an embed page)
/// writes its links over that state; every other page over the defaults.
pub fn format_over(state: &ViewState, base: &ViewState) -> String {
    words(state)
        .into_iter()
        .zip(words(base))
        .filter(|((_, mine), (_, theirs))| mine != theirs)
        .map(|((key, value), _)| format!("{key}={}", encode(&value)))
        .collect::<Vec<_>>()
        .join("&")
}

/// Writes the query string (without `?`) for a state: only non-default values, fixed order.
pub fn format(state: &ViewState) -> String {
    format_over(state, &ViewState::default())
}
