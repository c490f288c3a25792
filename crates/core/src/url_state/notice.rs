//! What the notice shows of the parts of a link that were dropped.

use super::Dropped;

/// How many dropped parts of a link the notice lists, and how long each shown key or value is.
pub const NOTICE_ITEMS: usize = 5;
pub const NOTICE_CHARS: usize = 40;

/// What the notice shows of dropped parts: at most `NOTICE_ITEMS` (key, value) pairs, each cut to
/// `NOTICE_CHARS` characters with "…", and how many more there were. Link text can be anything
/// (a long "this data was withdrawn, see …"): shown short, it cannot pass for the site's words.
pub fn notice_items(dropped: &[Dropped]) -> (Vec<(String, String)>, usize) {
    let cut = |text: &str| match text.char_indices().nth(NOTICE_CHARS) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_string(),
    };
    let shown = dropped.iter().take(NOTICE_ITEMS).map(|d| (cut(&d.key), cut(&d.value))).collect();
    (shown, dropped.len().saturating_sub(NOTICE_ITEMS))
}
