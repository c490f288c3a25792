//! Finding a figure's value in its quote, in digits or Chinese numerals (SPEC §1 examples).
#![cfg(not(target_arch = "wasm32"))]

use renewal_explorer::core::numerals::{chinese_value, quote_states_value};

#[test]
fn chinese_numeral_runs() {
    for (run, value) in [
        ("八", 8),
        ("十", 10),
        ("十二", 12),
        ("三百六十五", 365),
        ("两千", 2000),
        ("一万二千", 12000),
        ("百万", 1_000_000),
        ("五亿", 500_000_000),
    ] {
        assert_eq!(chinese_value(run), Some(value), "{run}");
    }
    assert_eq!(chinese_value("一二"), None, "a list of digits is not a number");
}

#[test]
fn spec_examples_are_found() {
    assert!(quote_states_value("改造为双向八车道", "8"));
    assert!(quote_states_value("实施九大行动", "9"));
    assert!(quote_states_value("年接待游客超百万人次", "100"));
    assert!(quote_states_value("打造一刻钟便民生活圈", "15"));
    assert!(quote_states_value("由380.6公里增加到600.59公里", "600.59"));
    assert!(quote_states_value("由380.6公里增加到600.59公里", "380.6"));
}

#[test]
fn absent_values_are_not_found() {
    assert!(!quote_states_value("由380.6公里增加到600.59公里", "600.6"));
    assert!(!quote_states_value("实施九大行动", "8"));
    assert!(!quote_states_value("", "1"));
    assert!(!quote_states_value("实施九大行动", "0"), "no empty run of numerals stands for 0");
}

#[test]
fn digits_must_be_a_whole_number_in_the_quote() {
    assert!(!quote_states_value("截至2025年", "2"));
    assert!(!quote_states_value("截至2025年", "202"));
    assert!(!quote_states_value("600.59公里", "600.5"));
    assert!(!quote_states_value("600.59公里", "0.59"));
    assert!(!quote_states_value("600.59公里", "600"));
    assert!(quote_states_value("600.59公里。", "600.59"));
    assert!(quote_states_value("(2)改造50个", "50"));
    assert!(quote_states_value("2.9万个", "2.9"));
}

#[test]
fn a_cell_runs_as_a_formula_when_it_starts_like_one_and_is_not_a_number() {
    use renewal_explorer::core::numerals::runs_as_formula;
    for formula in ["=1+1", "+cmd", "-1+2", "@SUM(A1)", "\tx", "\rx", "-", "+", "=HYPERLINK(\"x\")"] {
        assert!(runs_as_formula(formula), "{formula:?}");
    }
    for plain in ["-3.5", "+2", "-0", "18.7", "1+1", "a=b", "平顶山", "", "#009e73"] {
        assert!(!runs_as_formula(plain), "{plain:?}");
    }
}

/// The app reads a figure's number from the text it was written as without float parsing's code
/// (`decimal_value`); it must be the double `str::parse` gives, for every value of the dataset.
#[test]
fn a_decimal_s_value_is_the_double_parse_gives_for_every_value_of_the_dataset() {
    use renewal_explorer::core::dataset::data;
    use renewal_explorer::core::numerals::decimal_value;
    for f in data().figures {
        assert_eq!(decimal_value(f.value_text), f.value_text.parse::<f64>().ok(), "{}", f.id);
        assert_eq!(Some(f.value), f.value_text.parse::<f64>().ok(), "{}", f.id);
        assert_eq!(f.baseline_value, f.baseline_text.and_then(|t| t.parse::<f64>().ok()), "{}", f.id);
    }
    assert!(data().figures.iter().any(|f| f.baseline_value.is_some()), "some figure has a baseline");
    for text in [
        "0",
        "07",
        "-3.5",
        "18.70",
        "0.1",
        "0.3",
        "600.59",
        "43.33",
        "123456789012345",
        "9007199254740992",
        "-0.000000000000001",
    ] {
        assert_eq!(decimal_value(text), text.parse::<f64>().ok(), "{text}");
    }
    let too_long = ["9007199254740993", "1.0000000000000001", "12345678901234567890123"];
    for text in ["", "1e5", "+1", "1.", ".5", "1.2.3", "١٢", " 1"].iter().chain(&too_long) {
        assert_eq!(decimal_value(text), None, "{text}");
    }
}
