//! The rules a city's chart colour must meet (checked at build time, `rows`): readable on the
//! chart's background in both themes, and told apart from every other city's colour by readers
//! with normal vision and with the common red-green deficiencies. Native only (the `read`
//! feature); depends on `std` alone.

/// The chart card's background, light and dark theme (`--card` in `style/main.css`; a test
/// keeps the two in step).
pub const BACKGROUNDS: [[u8; 3]; 2] = [[0xf6, 0xf7, 0xf9], [0x1f, 0x22, 0x26]];

/// WCAG 1.4.11: graphics a reader needs have at least 3:1 against what is next to them.
pub const MIN_CONTRAST: f64 = 3.0;

/// The least CIE76 colour difference between two cities' colours, as seen with normal vision,
/// protanopia and deuteranopia (the Okabe–Ito hues here are ≥ 16.6 apart in all three).
pub const MIN_DIFFERENCE: f64 = 15.0;

/// Eight colours that meet the rules together, for up to eight cities (README). The first four
/// are the Okabe–Ito hues the explorer's cities use (orange and pink darkened to 3:1).
pub const SUGGESTED: [&str; 8] =
    ["#0072b2", "#b86e00", "#009e73", "#b4508c", "#cc3344", "#5555ff", "#dd22bb", "#5588ff"];

/// `#rrggbb` (either case) as sRGB bytes.
pub fn parse_hex(text: &str) -> Option<[u8; 3]> {
    let hex = text.strip_prefix('#').filter(|h| h.len() == 6 && h.bytes().all(|b| b.is_ascii_hexdigit()))?;
    let byte = |at: usize| u8::from_str_radix(&hex[at..at + 2], 16).ok();
    Some([byte(0)?, byte(2)?, byte(4)?])
}

fn linear(channel: u8) -> f64 {
    let c = f64::from(channel) / 255.0;
    if c <= 0.04045 {
        c / 12.92
    } else {
        ((c + 0.055) / 1.055).powf(2.4)
    }
}

fn linear_rgb(colour: [u8; 3]) -> [f64; 3] {
    colour.map(linear)
}

fn luminance([r, g, b]: [f64; 3]) -> f64 {
    0.2126 * r + 0.7152 * g + 0.0722 * b
}

/// WCAG contrast ratio, 1 to 21.
pub fn contrast(a: [u8; 3], b: [u8; 3]) -> f64 {
    let (la, lb) = (luminance(linear_rgb(a)), luminance(linear_rgb(b)));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// CIELAB (D65) of a linear-RGB colour.
fn lab([r, g, b]: [f64; 3]) -> [f64; 3] {
    let x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    let y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    let z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    let f = |t: f64| if t > 0.008856 { t.cbrt() } else { 7.787 * t + 16.0 / 116.0 };
    let (fx, fy, fz) = (f(x), f(y), f(z));
    [116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)]
}

/// How a colour looks with normal vision, protanopia and deuteranopia (Viénot, Brettel and
/// Mollon 1999, in linear RGB).
fn as_seen(colour: [u8; 3]) -> [[f64; 3]; 3] {
    const PROTAN: [[f64; 3]; 3] = [[0.11238, 0.88762, 0.0], [0.11238, 0.88762, 0.0], [0.00401, -0.00401, 1.0]];
    const DEUTAN: [[f64; 3]; 3] = [[0.29275, 0.70725, 0.0], [0.29275, 0.70725, 0.0], [-0.02234, 0.02234, 1.0]];
    let rgb = linear_rgb(colour);
    let through = |m: [[f64; 3]; 3]| m.map(|row| (row[0] * rgb[0] + row[1] * rgb[1] + row[2] * rgb[2]).clamp(0.0, 1.0));
    [lab(rgb), lab(through(PROTAN)), lab(through(DEUTAN))]
}

/// The smallest CIE76 difference between two colours over the three ways of seeing.
pub fn difference(a: [u8; 3], b: [u8; 3]) -> f64 {
    let (a, b) = (as_seen(a), as_seen(b));
    a.iter()
        .zip(&b)
        .map(|(p, q)| p.iter().zip(q).map(|(x, y)| (x - y) * (x - y)).sum::<f64>().sqrt())
        .fold(f64::INFINITY, f64::min)
}

/// Why a colour cannot be a city's on its own, if it cannot (too little contrast).
pub fn contrast_problem(colour: [u8; 3]) -> Option<String> {
    let worst = BACKGROUNDS.iter().map(|&bg| contrast(colour, bg)).fold(f64::INFINITY, f64::min);
    (worst < MIN_CONTRAST).then(|| {
        format!(
            "has {worst:.2}:1 against a chart's background (light or dark theme); at least {MIN_CONTRAST}:1 is needed"
        )
    })
}

/// `#rrggbb` of a colour, for messages.
pub fn hex([r, g, b]: [u8; 3]) -> String {
    format!("#{r:02x}{g:02x}{b:02x}")
}
