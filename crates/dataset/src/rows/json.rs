//! How a column is written in `dataset.json`, a published contract (README, "Open data"): ids
//! and choices as text, values as numbers (a figure's also as the text it was written as), colours
//! as `#rrggbb`, an empty optional field as `null`. The rows derive `Serialize` with these.

use crate::model::Vocabulary;
use serde::ser::{SerializeMap, Serializer};

/// A choice as its id (`category: "housing"`).
pub fn id<T: Vocabulary, S: Serializer>(value: &T, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(value.id())
}

/// An optional choice as its id, or `null`.
pub fn optional_id<T: Vocabulary, S: Serializer>(value: &Option<T>, s: S) -> Result<S::Ok, S::Error> {
    match value {
        Some(value) => s.serialize_str(value.id()),
        None => s.serialize_none(),
    }
}

/// An optional text, `null` when the table leaves it empty.
pub fn text_or_null<S: Serializer>(text: &str, s: S) -> Result<S::Ok, S::Error> {
    if text.is_empty() {
        s.serialize_none()
    } else {
        s.serialize_str(text)
    }
}

/// A checked decimal as a number: an integer stays an integer (`600`, not `600.0`); `null` for
/// an empty field. (JSON has no infinity: serde_json writes a decimal too long for a double as
/// `null` too.)
pub fn number<S: Serializer>(text: &str, s: S) -> Result<S::Ok, S::Error> {
    match (text.parse::<i64>(), text.parse::<f64>()) {
        (Ok(integer), _) => s.serialize_i64(integer),
        (_, Ok(number)) => s.serialize_f64(number),
        _ => s.serialize_none(),
    }
}

/// A figure's value twice: `value` as a number, `value_text` exactly as written (`18.70` keeps
/// its trailing zero). For a field flattened into its row.
pub fn number_and_text<S: Serializer>(text: &str, s: S) -> Result<S::Ok, S::Error> {
    struct Number<'a>(&'a str);
    impl serde::Serialize for Number<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            number(self.0, s)
        }
    }
    let mut map = s.serialize_map(Some(2))?;
    map.serialize_entry("value", &Number(text))?;
    map.serialize_entry("value_text", text)?;
    map.end()
}

/// An sRGB colour as `#rrggbb`.
pub fn hex_colour<S: Serializer>(&[r, g, b]: &[u8; 3], s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&format!("#{r:02x}{g:02x}{b:02x}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(write: impl FnOnce(&mut serde_json::Serializer<&mut Vec<u8>>) -> serde_json::Result<()>) -> String {
        let mut out = Vec::new();
        write(&mut serde_json::Serializer::new(&mut out)).expect("writes");
        String::from_utf8(out).expect("JSON is UTF-8")
    }

    #[test]
    fn numbers_keep_their_value_and_integers_stay_integers() {
        let text = |s: &str| written(|w| number(s, w));
        assert_eq!(text("600"), "600");
        assert_eq!(text("600.59"), "600.59");
        assert_eq!(text("18.70"), "18.7");
        assert_eq!(text("-3.5"), "-3.5");
        assert_eq!(text("07"), "7");
        assert_eq!(text(""), "null");
        assert_eq!(text(&format!("1{}", "0".repeat(400))), "null");
    }

    #[test]
    fn a_figure_value_is_a_number_and_its_text() {
        assert_eq!(written(|w| number_and_text("18.70", w)), r#"{"value":18.7,"value_text":"18.70"}"#);
    }

    #[test]
    fn empty_optional_fields_are_null_and_choices_their_ids() {
        assert_eq!(written(|w| text_or_null("", w)), "null");
        assert_eq!(written(|w| text_or_null("公", w)), "\"公\"");
        assert_eq!(written(|w| id(&crate::model::Category::Housing, w)), "\"housing\"");
        assert_eq!(written(|w| optional_id::<crate::model::Approx, _>(&None, w)), "null");
        assert_eq!(written(|w| hex_colour(&[0x1f, 0x6f, 0xeb], w)), "\"#1f6feb\"");
    }
}
