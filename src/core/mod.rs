//! The pure core: data model, loading and checking, URL state, texts. No web-sys, no Leptos,
//! so all of it is tested natively with `cargo test`.

pub mod about;
pub mod chart;
pub mod chips;
pub mod city_report;
pub mod coverage;
pub mod csv_out;
pub mod dataset;
pub mod dictionary;
pub mod display;
pub mod embed;
pub mod filter;
pub mod i18n;
pub mod items;
pub mod links;
#[cfg(not(target_arch = "wasm32"))]
pub mod loaded;
pub mod markup;
pub mod model;
pub mod numerals;
pub mod overview;
pub mod page;
#[cfg(not(target_arch = "wasm32"))]
pub mod palette;
pub mod promises;
pub mod query;
#[cfg(not(target_arch = "wasm32"))]
pub mod rows;
pub mod url_state;
