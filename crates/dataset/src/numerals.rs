//! Does a quote contain a figure's value? In digits ("600.59") or in Chinese numerals
//! (双向八车道 → 8, 九大 → 9, 超百万 → 100 with unit 万人次, 一刻钟 → 15).

const DIGITS: [(char, u64); 12] = [
    ('〇', 0),
    ('零', 0),
    ('一', 1),
    ('二', 2),
    ('两', 2),
    ('三', 3),
    ('四', 4),
    ('五', 5),
    ('六', 6),
    ('七', 7),
    ('八', 8),
    ('九', 9),
];
const SMALL_UNITS: [(char, u64); 3] = [('十', 10), ('百', 100), ('千', 1000)];
const BIG_UNITS: [(char, u64); 2] = [('万', 10_000), ('亿', 100_000_000)];
/// Words that stand for a number without numeral characters of their own.
const IDIOMS: [(&str, f64); 3] = [("一刻钟", 15.0), ("双", 2.0), ("半", 0.5)];

fn digit(c: char) -> Option<u64> {
    DIGITS.iter().find(|(d, _)| *d == c).map(|&(_, v)| v)
}

fn is_numeral(c: char) -> bool {
    digit(c).is_some() || SMALL_UNITS.iter().chain(&BIG_UNITS).any(|(u, _)| *u == c)
}

/// The value of a run of Chinese numerals such as 三百六十五 or 十二万, or `None` if the run is
/// not a well-formed number (two digits in a row, as in 一二, are a list, not a number).
pub fn chinese_value(run: &str) -> Option<u64> {
    let (mut total, mut section, mut pending) = (0u64, 0u64, None::<u64>);
    for c in run.chars() {
        if let Some(d) = digit(c) {
            if pending.is_some() {
                return None;
            }
            pending = Some(d);
        } else if let Some(&(_, u)) = SMALL_UNITS.iter().find(|(s, _)| *s == c) {
            section += pending.take().unwrap_or(1) * u;
        } else if let Some(&(_, u)) = BIG_UNITS.iter().find(|(b, _)| *b == c) {
            total += (section + pending.take().unwrap_or(0)) * u;
            section = 0;
        } else {
            return None;
        }
    }
    Some(total + section + pending.unwrap_or(0))
}

/// Every number that a sub-run of Chinese numerals in `text` can stand for, plus idioms.
pub fn chinese_numbers(text: &str) -> Vec<f64> {
    let mut found = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if !is_numeral(chars[i]) {
            i += 1;
            continue;
        }
        let end = (i..chars.len()).find(|&j| !is_numeral(chars[j])).unwrap_or(chars.len());
        for a in i..end {
            for b in a + 1..=end {
                let run: String = chars[a..b].iter().collect();
                if let Some(v) = chinese_value(&run) {
                    found.push(v as f64);
                }
            }
        }
        i = end;
    }
    found.extend(IDIOMS.iter().filter(|(w, _)| text.contains(w)).map(|&(_, v)| v));
    found
}

/// True if `quote` holds `value_text` as a whole number: not inside a longer one, so `2` is not
/// found in `2025` nor `600.5` in `600.59`.
fn contains_whole_number(quote: &str, value_text: &str) -> bool {
    quote.match_indices(value_text).any(|(start, _)| {
        let before = quote[..start].chars().next_back();
        let mut after = quote[start + value_text.len()..].chars();
        let next = after.next();
        let digit_after_point = next == Some('.') && after.next().is_some_and(|c| c.is_ascii_digit());
        !before.is_some_and(|c| c.is_ascii_digit() || c == '.')
            && !next.is_some_and(|c| c.is_ascii_digit())
            && !digit_after_point
    })
}

/// True if `quote` states `value_text` in digits, or the same number in Chinese numerals.
pub fn quote_states_value(quote: &str, value_text: &str) -> bool {
    if !value_text.is_empty() && contains_whole_number(quote, value_text) {
        return true;
    }
    match value_text.parse::<f64>() {
        Ok(value) => chinese_numbers(quote).contains(&value),
        Err(_) => false,
    }
}

/// True for a cell that a spreadsheet would run as a formula: it begins with `=`, `+`, `-`, `@`,
/// a tab or a carriage return, and is not a plain number such as `-3.5` or `+2`.
pub fn runs_as_formula(cell: &str) -> bool {
    cell.starts_with(['=', '+', '-', '@', '\t', '\r']) && !is_plain_decimal(cell.strip_prefix('+').unwrap_or(cell))
}

/// `18.7`, `600`, `-3.5`: digits with at most one point, nothing else.
pub fn is_plain_decimal(text: &str) -> bool {
    let digits = text.strip_prefix('-').unwrap_or(text);
    let mut parts = digits.split('.');
    let int = parts.next().unwrap_or("");
    let frac = parts.next();
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    parts.next().is_none() && all_digits(int) && frac.is_none_or(all_digits)
}

/// Powers of ten a double holds exactly, for `decimal_value`.
const POWERS_OF_TEN: [f64; 16] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/// The value of a plain decimal (`is_plain_decimal`), without float parsing's ≈ 20 KB of code in
/// the wasm: its digits as a whole number divided by the power of ten of its decimals. Both are
/// exact doubles (up to 15 significant digits and 15 decimals), and a division rounds correctly,
/// so this is the double `str::parse::<f64>` gives; `None` for any other text.
pub fn decimal_value(text: &str) -> Option<f64> {
    if !is_plain_decimal(text) {
        return None;
    }
    let (sign, digits) = text.strip_prefix('-').map_or((1.0, text), |rest| (-1.0, rest));
    let decimals = digits.split_once('.').map_or(0, |(_, fraction)| fraction.len());
    let mut whole: u64 = 0;
    for digit in digits.bytes().filter(u8::is_ascii_digit) {
        whole = whole.checked_mul(10)?.checked_add(u64::from(digit - b'0'))?;
    }
    // A double holds every whole number up to 2^53 exactly.
    if whole > 1 << 53 {
        return None;
    }
    #[allow(clippy::cast_precision_loss)]
    let whole = whole as f64;
    Some(sign * whole / *POWERS_OF_TEN.get(decimals)?)
}
