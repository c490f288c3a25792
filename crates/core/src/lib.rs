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
pub mod overview;
pub mod packs;
pub mod page;
pub mod promises;
pub mod query;
pub mod url_state;

// The dataset's crate, where the build script reads it too; re-exported so the whole program
// names one vocabulary as `core::model`.
pub use renewal_dataset::{model, numerals};
#[cfg(not(target_arch = "wasm32"))]
pub use renewal_dataset::{palette, rows};
