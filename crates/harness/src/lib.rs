//! The end-to-end tests' and the timing benchmark's tools, in one crate so both use them as
//! they are: a headless Chromium session (`browser`) and a static server for `dist/` (`server`).

pub mod browser;
pub mod server;

// Tests find elements through the session's client (`Browser::client`) with fantoccini's locator.
pub use fantoccini::Locator;
