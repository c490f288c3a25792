//! How a figure reads in each language: qualifier, value exactly as the document gives it, unit.

use super::i18n::Tr;
use super::model::{Figure, Lang};

/// Units written straight after the number in English ("43.33%", not "43.33 %").
fn tight_unit(unit: &str) -> bool {
    matches!(unit, "%" | "‰" | "°C")
}

fn join(lang: Lang, number: &str, unit: &str) -> String {
    match lang {
        Lang::Zh => format!("{number}{unit}"),
        Lang::En if tight_unit(unit) => format!("{number}{unit}"),
        Lang::En => format!("{number} {unit}"),
    }
}

/// "超过18.7亿元" / "more than 18.7 100 million yuan": never rounded, never converted.
pub fn value_label(f: &Figure, lang: Lang) -> String {
    let unit = Tr::new(f.unit_zh, f.unit_en).get(lang);
    let amount = join(lang, f.value_text, unit);
    match (f.approx, lang) {
        (Some(a), Lang::Zh) => format!("{}{amount}", a.label().get(lang)),
        (Some(a), Lang::En) => format!("{} {amount}", a.label().get(lang)),
        (None, _) => amount,
    }
}

/// "380.6 → 600.59公里" for a figure with a starting value, else `None`.
pub fn change_label(f: &Figure, lang: Lang) -> Option<String> {
    let base = f.baseline_text?;
    let unit = Tr::new(f.unit_zh, f.unit_en).get(lang);
    Some(format!("{} → {}", join(lang, base, unit), join(lang, f.value_text, unit)))
}

/// "2025年" / "2025"; with the baseline year when there is one ("2020→2025").
pub fn year_label(f: &Figure, lang: Lang) -> Option<String> {
    let year = f.year?;
    let text = match f.baseline_year {
        Some(b) => format!("{b}→{year}"),
        None => year.to_string(),
    };
    Some(match lang {
        Lang::Zh => format!("{text}年"),
        Lang::En => text,
    })
}
