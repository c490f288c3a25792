//! Henan Urban Renewal Explorer.
//!
//! `core` is pure Rust (data, filters, URL state, texts) and is tested natively; `state` is the
//! one adapter to the browser URL; `components` and `pages` wire signals to the core.

pub mod app;
mod components;
pub mod core;
pub mod crash;
mod pages;
mod state;

pub use app::App;
