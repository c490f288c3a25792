//! Axis ticks and label fitting: small pure helpers for chart layout.

/// Tick values from 0 to at least `max`, on a 1/2/5 × 10ⁿ step, about `target` ticks.
pub fn nice_ticks(max: f64, target: usize) -> Vec<f64> {
    if !(max.is_finite() && max > 0.0) {
        return vec![0.0, 1.0];
    }
    let rough = max / target.max(1) as f64;
    // The power of ten at or below `rough`, by multiplying: `powf` and `log10` would bring their
    // libm code into the wasm for this one line.
    let mut magnitude = 1.0;
    while magnitude * 10.0 <= rough {
        magnitude *= 10.0;
    }
    while magnitude > rough {
        magnitude /= 10.0;
    }
    // `rough` lies in [magnitude, 10 × magnitude), so the last step always serves.
    let steps = [1.0, 2.0, 5.0, 10.0].map(|m| m * magnitude);
    let step = steps.into_iter().find(|s| *s >= rough).unwrap_or(steps[3]);
    let count = (max / step).ceil() as usize;
    (0..=count).map(|i| (i as f64 * step * 1e9).round() / 1e9).collect()
}

/// Estimated width of `text` in pixels at `size`: CJK characters are square, others narrower.
pub fn text_width(text: &str, size: u32) -> u32 {
    let em: f64 = text.chars().map(|c| if c.is_ascii() { 0.58 } else { 1.0 }).sum();
    (em * f64::from(size)).ceil() as u32
}

/// `text` cut to fit `max_width` pixels with "…", and whether it was cut.
pub fn fit_label(text: &str, max_width: u32, size: u32) -> (String, bool) {
    if text_width(text, size) <= max_width {
        return (text.to_string(), false);
    }
    let mut out = String::new();
    for c in text.chars() {
        out.push(c);
        if text_width(&out, size) + size > max_width {
            out.pop();
            break;
        }
    }
    (format!("{}…", out.trim_end()), true)
}

/// `value` with at most three decimals and no trailing zeros ("20", "2.5", "0.125"). Written with
/// integers: float formatting would add about 11 KB to the wasm for this alone.
pub fn decimal(value: f64) -> String {
    let thousandths = (value * 1000.0).round() as i64;
    let (sign, abs) = if thousandths < 0 { ("-", -thousandths) } else { ("", thousandths) };
    let (whole, frac) = (abs / 1000, abs % 1000);
    if frac == 0 {
        return format!("{sign}{whole}");
    }
    let digits = format!("{frac:03}");
    format!("{sign}{whole}.{}", digits.trim_end_matches('0'))
}

/// A tick value as text.
pub fn tick_label(value: f64) -> String {
    decimal(value)
}

/// A fraction of the chart's height as a CSS percentage ("12.5%").
pub fn css_percent(fraction: f64) -> String {
    format!("{}%", decimal(fraction * 100.0))
}
