//! Trunk writes the wasm loader as an inline `<script type="module">` in index.html. A strict
//! Content-Security-Policy (no 'unsafe-inline') would block it, so it moves into a file named by
//! a hash of its content, and index.html loads that file.

/// FNV-1a, 64 bits: a stable content hash for the file name (cache busting, not security).
fn content_hash(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

/// Returns the new index.html and the (file name, script) to write, or `None` if index.html has
/// no inline module script (already external).
pub fn externalize(html: &str) -> Option<(String, String, String)> {
    let open = "<script type=\"module\">";
    let start = html.find(open)?;
    let body_start = start + open.len();
    let body_len = html[body_start..].find("</script>")?;
    let script = html[body_start..body_start + body_len].trim().to_string();
    let name = format!("loader-{:016x}.js", content_hash(&script));
    let tag = format!("<script type=\"module\" src=\"./{name}\"></script>");
    let page = format!("{}{tag}{}", &html[..start], &html[body_start + body_len + "</script>".len()..]);
    Some((page, name, script + "\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_loader_moves_to_a_hashed_file() {
        let html = "<head><script type=\"module\">\nimport init from './app.js';\nawait init();\n</script></head>";
        let (page, name, script) = externalize(html).expect("an inline script");
        assert_eq!(script, "import init from './app.js';\nawait init();\n");
        assert!(name.starts_with("loader-") && name.ends_with(".js"));
        assert_eq!(page, format!("<head><script type=\"module\" src=\"./{name}\"></script></head>"));
        assert!(externalize(&page).is_none(), "nothing left to move");
    }
}
