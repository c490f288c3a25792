//! Reusable pieces of the interface; each wires signals to the pure core.

pub mod chart_card;
pub mod embed_bar;
pub mod filter_panel;
pub mod lang_switch;
pub mod large_text_toggle;
pub mod notice_bar;
pub mod results_frame;
pub mod results_note;
pub mod share_panel;
pub mod site_footer;
pub mod site_header;
pub mod state_link;
pub mod text;
