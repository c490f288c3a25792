//! The one escaper for text put into markup (HTML or SVG, element text or a double-quoted
//! attribute value): the SVG of charts, the embed snippet, the pages the build writes.

/// `text` made inert in markup: `&`, `<`, `>` and `"` become entities.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}
