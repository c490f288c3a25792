//! How a figure reads in each language: qualifier, value exactly as the document gives it, unit.

use super::dataset::Dataset;
use super::i18n::Tr;
use super::model::{Figure, Lang, Scope};

/// The months' English names, January first.
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

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
    qualified(f, join(lang, f.value_text, unit), lang)
}

/// The value with its qualifier and without its unit: "超过76" / "more than 76".
pub fn amount_label(f: &Figure, lang: Lang) -> String {
    qualified(f, f.value_text.to_string(), lang)
}

fn qualified(f: &Figure, amount: String, lang: Lang) -> String {
    match (f.approx, lang) {
        (Some(a), Lang::Zh) => format!("{}{amount}", a.label().get(lang)),
        (Some(a), Lang::En) => format!("{} {amount}", a.label().get(lang)),
        (None, _) => amount,
    }
}

/// Words by which a sentence states the time of its total itself: its first year is then in it,
/// or a span the document counts from (“十四五”以来, 五年, 三年, 近年来).
const PERIOD_WORDS: [&str; 6] = ["十四五", "以来", "五年", "三年", "近年来", "多年来"];

/// Whether a total's period is the editor's reading of the document's frame (its title, the plan
/// period it reports on) rather than of the sentence: "累计新增公共停车位2.9万余个" in a report on
/// the 14th Five-Year Plan is a total of 2021–2025 only by that frame.
pub fn period_inferred(f: &Figure) -> bool {
    let stated = |from: u16| f.quote.contains(&from.to_string()) || PERIOD_WORDS.iter().any(|w| f.quote.contains(w));
    f.scope == Scope::Period && f.period_from.is_some_and(|from| !stated(from))
}

const INFERRED_PERIOD: Tr = Tr::new(
    "时期为编者据文件的框架（标题或所述规划期）所读，本句未写明。",
    "The period is the editor's reading of the document's frame (its title or the plan period it covers); this sentence does not state it.",
);

/// A figure's reading note in `lang`: the editor's note, and where its period comes from the
/// document's frame, that too. Empty if there is nothing to say.
pub fn figure_note(f: &Figure, lang: Lang) -> String {
    let own = Tr::new(f.note_zh, f.note_en).get(lang);
    match (own.is_empty(), period_inferred(f)) {
        (_, false) => own.to_string(),
        (true, true) => INFERRED_PERIOD.get(lang).to_string(),
        (false, true) => format!("{own} {}", INFERRED_PERIOD.get(lang)),
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
/// "到2027年" (a deadline), "未注明时间"; "2020→2025年" for a from-A-to-B figure. A state is dated
/// as precisely as the document allows ("截至2025年10月9日", "截至2025年10月": `as_of_date`).
pub fn scope_label(data: &Dataset, f: &Figure, lang: Lang) -> String {
    let published = data.source(f.source_id).map_or("", |s| s.published);
    let date = match (f.scope, f.year) {
        (Scope::AsOf, Some(year)) => as_of_date(f.quote, year, published),
        _ => None,
    };
    time_label(f.scope, f.period_from, f.year, f.baseline_year, date, lang)
}

/// The month and day a state holds at, where the document says more than its year: the date its
/// sentence gives after 截至 ("截至10月9日"; a year there must be the figure's), else the
/// document's own month where it is of the figure's year (a report of October 2025 speaks as of
/// October 2025: "截至目前" there is October 2025). `None`: the year alone.
pub fn as_of_date(quote: &str, year: u16, published: &str) -> Option<(u8, Option<u8>)> {
    if let Some(date) = quote_date(quote, year) {
        return Some(date);
    }
    let (published_year, rest) = published.split_once('-')?;
    if published_year.parse::<u16>().ok()? != year {
        return None;
    }
    let month = rest.get(..2)?.parse::<u8>().ok().filter(|m| (1..=12).contains(m))?;
    Some((month, None))
}

/// The date after 截至 in a sentence: "截至10月9日" → (10, Some(9)), "截至2025年10月" → (10, None).
fn quote_date(quote: &str, year: u16) -> Option<(u8, Option<u8>)> {
    let mut rest = &quote[quote.find("截至")? + "截至".len()..];
    let (digits, after) = leading_digits(rest);
    if let Some(after) = after.strip_prefix('年') {
        if digits.parse::<u16>().ok()? != year {
            return None;
        }
        rest = after;
    }
    let (digits, after) = leading_digits(rest);
    let month = digits.parse::<u8>().ok().filter(|m| (1..=12).contains(m))?;
    let after = after.strip_prefix('月')?;
    let (digits, after) = leading_digits(after);
    let day = digits.parse::<u8>().ok().filter(|d| (1..=31).contains(d) && after.starts_with('日'));
    Some((month, day))
}

fn leading_digits(text: &str) -> (&str, &str) {
    text.split_at(text.bytes().take_while(u8::is_ascii_digit).count())
}

/// "截至2025年10月9日" / "as of 9 October 2025", as precise as `date` (month, day) allows.
fn as_of_label(year: u16, date: Option<(u8, Option<u8>)>, lang: Lang) -> String {
    let month_name = |m: u8| MONTHS.get(usize::from(m).wrapping_sub(1)).copied().unwrap_or_default();
    match (date, lang) {
        (Some((m, Some(d))), Lang::Zh) => format!("截至{year}年{m}月{d}日"),
        (Some((m, None)), Lang::Zh) => format!("截至{year}年{m}月"),
        (None, Lang::Zh) => format!("截至{year}年"),
        (Some((m, Some(d))), Lang::En) => format!("as of {d} {} {year}", month_name(m)),
        (Some((m, None)), Lang::En) => format!("as of {} {year}", month_name(m)),
        (None, Lang::En) => format!("as of {year}"),
    }
}

/// `scope_label` from the columns themselves (for the build's pages, which read the CSV rows).
pub fn time_label(
    scope: Scope,
    period_from: Option<u16>,
    year: Option<u16>,
    baseline_year: Option<u16>,
    date: Option<(u8, Option<u8>)>,
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
        (Scope::AsOf, _, _) => as_of_label(year, date, lang),
        (Scope::By, _, true) => format!("到{year}年"),
        (Scope::By, _, false) => format!("by {year}"),
        (_, _, true) => format!("{year}年"),
        (_, _, false) => year.to_string(),
    }
}
