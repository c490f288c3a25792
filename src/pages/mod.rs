//! One page per view of SPEC §3.

pub mod about;
pub mod overview;
