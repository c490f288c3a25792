//! The rules for cities' chart colours: the suggested palette meets them for eight cities, the
//! backgrounds they are checked against are the stylesheet's, and the measures are the standard ones.
#![cfg(not(target_arch = "wasm32"))]

use renewal_explorer::core::palette::{
    contrast, contrast_problem, difference, parse_hex, BACKGROUNDS, MIN_DIFFERENCE, SUGGESTED,
};

#[test]
fn eight_suggested_colours_meet_the_rules_together() {
    let colours: Vec<[u8; 3]> = SUGGESTED.iter().map(|h| parse_hex(h).expect("#rrggbb")).collect();
    for (i, &a) in colours.iter().enumerate() {
        assert_eq!(contrast_problem(a), None, "{}", SUGGESTED[i]);
        for (j, &b) in colours.iter().enumerate().skip(i + 1) {
            assert!(difference(a, b) >= MIN_DIFFERENCE, "{} and {}", SUGGESTED[i], SUGGESTED[j]);
        }
    }
}

#[test]
fn the_backgrounds_are_the_chart_cards_of_both_themes() {
    let css = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/style/main.css")).expect("stylesheet");
    let cards: Vec<[u8; 3]> =
        css.split("--card:").skip(1).filter_map(|rest| parse_hex(rest.trim_start().get(..7)?)).collect();
    assert!(cards.len() >= 2, "light and dark --card: {cards:?}");
    for card in cards {
        assert!(BACKGROUNDS.contains(&card), "--card {card:?} is one the colours are checked against");
    }
}

#[test]
fn contrast_and_difference_are_the_standard_measures() {
    let (black, white) = ([0, 0, 0], [255, 255, 255]);
    assert!((contrast(black, white) - 21.0).abs() < 1e-9);
    assert!((contrast(white, white) - 1.0).abs() < 1e-9);
    // Dark channels take the linear part of the sRGB curve: #050505 on white is 20.38:1.
    assert!((contrast([5; 3], white) - 20.38).abs() < 0.01);
    // WebAIM's checker: #767676 on white is 4.54:1.
    assert!((contrast([0x76; 3], white) - 4.54).abs() < 0.01);
    assert_eq!(difference(white, white), 0.0);
    // Black to white is 100 in CIELAB lightness, whatever the vision.
    assert!((difference(black, white) - 100.0).abs() < 0.01);
    // Vermilion and olive look alike to the red-green colour blind: 50.3 apart in normal vision,
    // 6.45 with protanopia (the least; a separate Python implementation of the same formulas).
    assert!((difference([0xd5, 0x5e, 0x00], [0x8a, 0x7d, 0x00]) - 6.455).abs() < 0.01);
    // The Okabe–Ito blue and reddish purple: 16.68, closest with protanopia.
    assert!((difference([0x00, 0x72, 0xb2], [0xb4, 0x50, 0x8c]) - 16.681).abs() < 0.01);
    assert_eq!(parse_hex("#0072B2"), Some([0x00, 0x72, 0xb2]));
    for bad in ["0072b2", "#0072b", "#0072b2f", "#00 2b2", "#gg72b2", "#０072b2"] {
        assert_eq!(parse_hex(bad), None, "{bad}");
    }
}
