//! Henan Urban Renewal Explorer.
//!
//! `core` (the `renewal-core` crate) is pure Rust (data, filters, URL state, charts, texts) and is
//! tested natively; `state` is
//! the one adapter to the browser URL; `components` and `pages` wire signals to the core;
//! `takeover` starts the app in the browser, `prerender` renders the same components at build time.

pub mod app;
pub mod components;
pub mod crash;
mod download;
pub mod embed_state;
mod focus;
mod nav_links;
mod pages;
#[cfg(feature = "ssr")]
pub mod prerender;
mod reveal;
mod stages;
pub mod state;
pub mod takeover;
mod texts;

pub use app::App;
/// The pure core, a crate of its own (`crates/core`) so that it cannot use Leptos or web-sys;
/// named `core` here as it always was.
pub use renewal_core as core;
