//! The stylesheet inlined into every page, and `_headers`, the HTTP headers to serve `dist/` with
//! (the format Netlify and Cloudflare Pages read; the README says how to carry them elsewhere):
//! the Content-Security-Policy with the hashes of the page's one inline script and inline
//! stylesheet, computed here so they always match the files, and the cache rules.
//!
//! Why inline: the stylesheet is needed for the first paint, and a separate file costs a reader
//! on a slow connection one more round trip before anything shows (≈ 150 ms on slow 4G); at ≈ 6
//! KB gzip it costs little on each page.

use base64::Engine;
use sha2::{Digest, Sha256};

/// The file of the explorer's HTTP headers.
pub const HEADERS_FILE: &str = "_headers";

/// `'sha256-…'` of a text, as a CSP source.
fn csp_hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    format!("'sha256-{}'", base64::engine::general_purpose::STANDARD.encode(digest))
}

/// The stylesheet link Trunk writes (`<link rel="stylesheet" href="./main-<hash>.css" …/>`) and
/// the file it names.
pub fn stylesheet_link(html: &str) -> Option<(std::ops::Range<usize>, &str)> {
    let start = html.find("<link rel=\"stylesheet\" href=\"./")?;
    let len = html[start..].find('>')? + 1;
    let tag = &html[start..start + len];
    let from = tag.find("href=\"./")? + "href=\"./".len();
    let file = &tag[from..from + tag[from..].find('"')?];
    Some((start..start + len, file))
}

/// `html` with the stylesheet link replaced by the stylesheet itself.
pub fn inline_stylesheet(html: &str, css: &str) -> Result<String, String> {
    let Some((range, _)) = stylesheet_link(html) else { return Err("index.html: no stylesheet link to inline".into()) };
    if css.contains("</style") {
        return Err("the stylesheet holds `</style`, which would end it early".into());
    }
    Ok(format!("{}<style>{css}</style>{}", &html[..range.start], &html[range.end..]))
}

/// The page's first inline script and its inline stylesheet (the CSP allows exactly these).
fn inline_blocks(html: &str) -> Result<(&str, &str), String> {
    let body = |open: &str, close: &str| -> Option<&str> {
        let start = html.find(open)? + open.len();
        Some(&html[start..start + html[start..].find(close)?])
    };
    let script = body("<script>", "</script>").ok_or("index.html: no inline script")?;
    let style = body("<style>", "</style>").ok_or("index.html: no inline stylesheet")?;
    Ok((script, style))
}

/// The headers for a page template (every page has the same inline script and stylesheet).
pub fn headers(html: &str) -> Result<String, String> {
    let (script, style) = inline_blocks(html)?;
    let policy = format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' {}; style-src 'self' {}; \
         img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'self'; \
         form-action 'none'; frame-ancestors *",
        csp_hash(script),
        csp_hash(style)
    );
    Ok(format!(
        "# Written by the build (tools/publish/src/headers.rs). The policy's hashes are those of the\n\
         # pages' one inline script and stylesheet: serve these headers with this dist/ as it is.\n\
         /*\n  Content-Security-Policy: {policy}\n\
         /*-*.js\n  Cache-Control: public, max-age=31536000, immutable\n\
         /*-*.wasm\n  Cache-Control: public, max-age=31536000, immutable\n\
         /*-*.svg\n  Cache-Control: public, max-age=31536000, immutable\n\
         /*-*.txt\n  Cache-Control: public, max-age=31536000, immutable\n"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The Content-Security-Policy line of a `_headers` file.
    fn policy(headers: &str) -> Option<&str> {
        headers.lines().find_map(|l| l.trim().strip_prefix("Content-Security-Policy: "))
    }

    const PAGE: &str =
        "<head><script>go()</script><link rel=\"stylesheet\" href=\"./main-1.css\" integrity=\"sha384-x\"/></head>";

    #[test]
    fn the_stylesheet_is_inlined_and_the_policy_allows_exactly_it_and_the_script() {
        assert_eq!(stylesheet_link(PAGE).map(|(_, f)| f), Some("main-1.css"));
        let page = inline_stylesheet(PAGE, "p{color:red}").expect("inlined");
        assert_eq!(page, "<head><script>go()</script><style>p{color:red}</style></head>");
        let headers = headers(&page).expect("headers");
        let policy = policy(&headers).expect("a policy");
        // echo -n 'go()' | openssl dgst -sha256 -binary | base64
        assert!(policy.contains("script-src 'self' 'wasm-unsafe-eval' 'sha256-"), "{policy}");
        assert!(policy.contains(&csp_hash("go()")) && policy.contains(&csp_hash("p{color:red}")), "{policy}");
        assert_ne!(csp_hash("go()"), csp_hash("go();"));
        assert_eq!(csp_hash(""), "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
        assert!(inline_stylesheet(PAGE, "a</style>b").is_err(), "a stylesheet cannot end its own element");
        assert!(inline_stylesheet("<head></head>", "p{}").is_err());
    }
}
