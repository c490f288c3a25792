//! One page per view of SPEC §3.

pub mod about;
pub mod chart_embed;
pub mod charts;
pub mod figures;
pub mod overview;
pub mod project_detail;
pub mod projects;
pub mod promises;
