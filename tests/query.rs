//! The query-string codec against the standard one: the `form_urlencoded` crate (WHATWG URL
//! standard, the same decoding browsers use for `URLSearchParams`). Ours is kept because it says
//! which pairs were damaged (a broken `%` escape, bytes that are not UTF-8), which the explorer's
//! notice reports and the standard decoder silently replaces; on everything else both agree.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use renewal_explorer::core::query::{decode, encode, parse_pairs};
use url::form_urlencoded;

fn standard_pairs(query: &str) -> Vec<(String, String)> {
    form_urlencoded::parse(query.as_bytes()).map(|(k, v)| (k.into_owned(), v.into_owned())).collect()
}

#[test]
fn damage_is_reported_where_the_standard_decoder_only_substitutes() {
    for raw in ["%", "%E5%85", "%zz", "a%2", "%FF"] {
        let (ours, clean) = decode(raw);
        assert!(!clean, "{raw:?} is reported as damaged");
        let standard = standard_pairs(&format!("k={raw}"));
        assert_eq!(standard[0].1, ours, "{raw:?}: the same text shown, with the damage flagged");
    }
    assert_eq!(decode("%E5%85%AC+a"), ("公 a".to_string(), true));
}

proptest! {
    /// Any text, hostile or not: ours splits and decodes pairs exactly as the standard does.
    #[test]
    fn pairs_match_the_standard_decoder(query in "[a-z=&%+,0-9A-F\\PC]{0,60}") {
        let ours: Vec<(String, String)> =
            parse_pairs(&query).into_iter().map(|p| (p.key, p.value)).collect();
        // Like `URLSearchParams`, ours drops one leading `?`.
        prop_assert_eq!(ours, standard_pairs(query.strip_prefix('?').unwrap_or(&query)));
    }

    /// What we write, the standard reads back unchanged.
    #[test]
    fn encoded_text_reads_back_through_the_standard_decoder(text in "\\PC{0,40}") {
        let query = format!("q={}", encode(&text));
        let standard = standard_pairs(&query);
        prop_assert_eq!(standard, vec![("q".to_string(), text)]);
    }
}
