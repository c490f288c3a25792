//! How a figure reads in each language: qualifier, value exactly as the document gives it, unit.

use super::i18n::Tr;
use super::model::{Figure, Lang, Scope};

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

/// The time a figure covers, in the document's terms: "2025年" (that year's), "2021—2025年累计"
/// (a total over the period: never shown as one year's work), "截至2025年" (a state),
/// "到2027年" (a deadline), "未注明时间"; "2020→2025年" for a from-A-to-B figure.
pub fn scope_label(f: &Figure, lang: Lang) -> String {
    time_label(f.scope, f.period_from, f.year, f.baseline_year, lang)
}

/// `scope_label` from the columns themselves (for the build's pages, which read the CSV rows).
pub fn time_label(
    scope: Scope,
    period_from: Option<u16>,
    year: Option<u16>,
    baseline_year: Option<u16>,
    lang: Lang,
) -> String {
    let zh = lang == Lang::Zh;
    let Some(year) = year else { return Tr::new("未注明时间", "no date given").get(lang).to_string() };
    if let Some(from) = baseline_year {
        return if zh { format!("{from}→{year}年") } else { format!("{from}→{year}") };
    }
    match (scope, period_from, zh) {
        (Scope::Period, Some(from), true) => format!("{from}—{year}年累计"),
        (Scope::Period, Some(from), false) => format!("total {from}–{year}"),
        // The document gives no start ("近年来"): no year is guessed for it.
        (Scope::Period, None, true) => format!("近年来累计（至{year}年）"),
        (Scope::Period, None, false) => format!("total in recent years, to {year}"),
        (Scope::AsOf, _, true) => format!("截至{year}年"),
        (Scope::AsOf, _, false) => format!("as of {year}"),
        (Scope::By, _, true) => format!("到{year}年"),
        (Scope::By, _, false) => format!("by {year}"),
        (_, _, true) => format!("{year}年"),
        (_, _, false) => year.to_string(),
    }
}
