//! Reading a state from a query string, leniently per key: a bad value is dropped and reported
//! (`Dropped`), the rest still applies.

use super::{Sort, Theme, View, ViewState, MAX_QUERY_CHARS};
use crate::dataset::cities;
use crate::model::{Category, City, FigureKind, Lang, Status};
use crate::query::parse_pairs;

/// What a URL asked for that could not be honoured.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dropped {
    pub key: String,
    pub value: String,
    pub reason: DropReason,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DropReason {
    UnknownKey,
    UnknownValue,
    BadEncoding,
    TooLong,
}

/// Reads a state from a query string, collecting what it had to drop; `city=` takes the ids of
/// the bundled data's cities.
pub fn parse(query: &str) -> (ViewState, Vec<Dropped>) {
    parse_with_cities(query, cities())
}

/// `parse`, over a page's own state: each key of the query replaces what the page holds.
pub fn parse_over(start: ViewState, query: &str) -> (ViewState, Vec<Dropped>) {
    read_query(start, query, cities())
}

/// `parse`, for a dataset with these cities.
pub fn parse_with_cities(query: &str, cities: &[City]) -> (ViewState, Vec<Dropped>) {
    read_query(ViewState::default(), query, cities)
}

fn read_query(start: ViewState, query: &str, cities: &[City]) -> (ViewState, Vec<Dropped>) {
    let mut state = start;
    let mut dropped = Vec::new();
    // A list in the query replaces the page's own (the page's city is not kept beside others).
    let mut listed: Vec<&'static str> = Vec::new();
    for pair in parse_pairs(query) {
        let mut drop =
            |value: &str, reason| dropped.push(Dropped { key: pair.key.clone(), value: value.to_string(), reason });
        if !pair.clean {
            drop(&pair.value, DropReason::BadEncoding);
            continue;
        }
        let value = pair.value.as_str();
        match pair.key.as_str() {
            "view" => set_one(&mut state.view, value, View::from_id, &mut drop),
            "lang" => set_one(&mut state.lang, value, Lang::from_id, &mut drop),
            "theme" => set_one(&mut state.theme, value, Theme::from_id, &mut drop),
            "city" => {
                if !listed.contains(&"city") {
                    listed.push("city");
                    state.cities.clear();
                }
                add_list(&mut state.cities, value, |id| City::find(cities, id), &mut drop)
            }
            "cat" => add_list(&mut state.categories, value, Category::from_id, &mut drop),
            "kind" => add_list(&mut state.kinds, value, FigureKind::from_id, &mut drop),
            "status" => add_list(&mut state.statuses, value, Status::from_id, &mut drop),
            "q" => {
                let trimmed = value.trim();
                if trimmed.chars().count() > MAX_QUERY_CHARS {
                    drop(value, DropReason::TooLong);
                    state.q = trimmed.chars().take(MAX_QUERY_CHARS).collect();
                } else {
                    state.q = trimmed.to_string();
                }
            }
            "project" => set_id(&mut state.project, value, &mut drop),
            "sort" => match Sort::from_id(value) {
                Some(sort) => state.sort = Some(sort),
                None => drop(value, DropReason::UnknownValue),
            },
            "chart" => set_id(&mut state.chart, value, &mut drop),
            "embed" => set_flag(&mut state.embed, value, &mut drop),
            "large" => set_flag(&mut state.large, value, &mut drop),
            _ => drop(value, DropReason::UnknownKey),
        }
    }
    (state, dropped)
}

fn set_one<T>(slot: &mut T, value: &str, parse: fn(&str) -> Option<T>, drop: &mut impl FnMut(&str, DropReason)) {
    match parse(value) {
        Some(v) => *slot = v,
        None => drop(value, DropReason::UnknownValue),
    }
}

/// Adds each comma-separated item, keeping the canonical order of `ALL` (by `Ord`) without repeats.
fn add_list<T: Ord + Copy>(
    list: &mut Vec<T>,
    value: &str,
    parse: impl Fn(&str) -> Option<T>,
    drop: &mut impl FnMut(&str, DropReason),
) {
    for item in value.split(',').filter(|s| !s.is_empty()) {
        match parse(item) {
            Some(v) => insert_sorted(list, v),
            None => drop(item, DropReason::UnknownValue),
        }
    }
}

/// Inserts `item` in order unless present. (Insertion, not `sort`: each `sort` over a new type
/// adds its own copy of the sorting code to the wasm.)
fn insert_sorted<T: Ord>(list: &mut Vec<T>, item: T) {
    if let Err(at) = list.binary_search(&item) {
        list.insert(at, item);
    }
}

fn set_flag(slot: &mut bool, value: &str, drop: &mut impl FnMut(&str, DropReason)) {
    match value {
        "1" | "true" | "" => *slot = true,
        "0" | "false" => *slot = false,
        _ => drop(value, DropReason::UnknownValue),
    }
}

/// Ids are short `a-z0-9-` words; anything else cannot name a project or chart. Empty clears it.
fn set_id(slot: &mut Option<String>, value: &str, drop: &mut impl FnMut(&str, DropReason)) {
    if value.is_empty() {
        *slot = None;
        return;
    }
    let ok = value.len() <= 64 && value.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if ok {
        *slot = Some(value.to_string());
    } else {
        drop(value, DropReason::UnknownValue);
    }
}
