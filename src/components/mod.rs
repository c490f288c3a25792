//! Reusable pieces of the interface; each wires signals to the pure core.

pub mod city_card;
pub mod lang_switch;
pub mod notice_bar;
pub mod site_footer;
pub mod site_header;
pub mod state_link;
