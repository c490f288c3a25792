//! The dataset's own crate: its vocabulary (`model`) and the vocabulary's labels in both
//! languages (`labels`), finding a figure's value in its quote (`numerals`) and, with the `read`
//! feature, reading and checking `data/*.csv` (`rows`), the rules a city's colour must meet
//! (`palette`) and a made-up province for benchmarks (`fixture`). It depends on no UI crate, so
//! the build script, the app and tools/publish share it as it is.

#[cfg(feature = "read")]
pub mod fixture;
pub mod headlines;
pub mod labels;
pub mod model;
pub mod numerals;
#[cfg(feature = "read")]
pub mod palette;
#[cfg(feature = "read")]
pub mod rows;
