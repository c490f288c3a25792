//! Trunk writes the wasm loader as an inline `<script type="module">` in index.html. A strict
//! Content-Security-Policy (no 'unsafe-inline') would block it, so the build writes a loader file
//! of its own, named by a hash of its content, and index.html loads that file. It finds the wasm
//! next to itself (so pages in `embed/` load it too), and if the app cannot start (a missing
//! file, no WebAssembly, an error at start) it marks the page, which then keeps its rendered view
//! and shows a notice with links to the data (see `.load-failed` in style/main.css).
//!
//! The page's view is in its HTML, so the app is fetched after the first paint, not preloaded
//! from the head: on a slow link the HTML and CSS then have the bandwidth to themselves. Only
//! when the page cannot show the view its URL asks for (`stale`) is the app fetched at once.

/// FNV-1a, 64 bits: a stable content hash for the file name (cache busting, not security).
fn content_hash(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

/// The text between `start` and the next `'` after it.
fn quoted_after<'a>(script: &'a str, start: &str) -> Option<&'a str> {
    let from = script.find(start)? + start.len();
    let len = script[from..].find('\'')?;
    Some(&script[from..from + len])
}

/// Our loader for Trunk's: the same bindings module and wasm file, and a catch.
fn loader(bindings: &str, wasm: &str) -> String {
    format!(
        "// Starts the explorer once the page's own view is painted (at once if the page cannot\n\
         // show the view its URL asks for). If it cannot start (a missing file, no WebAssembly, an\n\
         // error at start), the page keeps the view rendered into it and says so (class `failed`).\n\
         const root = document.documentElement;\n\
         if (!root.classList.contains('stale')) {{\n  \
           await new Promise(painted => requestAnimationFrame(() => setTimeout(painted, 0)));\n\
         }}\n\
         try {{\n  \
           const bindings = await import('{bindings}');\n  \
           const wasm = await bindings.default({{ module_or_path: new URL('{wasm}', import.meta.url) }});\n  \
           window.wasmBindings = bindings;\n  \
           dispatchEvent(new CustomEvent('TrunkApplicationStarted', {{ detail: {{ wasm }} }}));\n\
         }} catch (error) {{\n  \
           root.classList.add('failed');\n  \
           console.warn('The explorer could not start:', error);\n\
         }}\n"
    )
}

/// `html` without Trunk's `<link rel="preload">` / `<link rel="modulepreload">` of the app.
fn without_preloads(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<link rel=\"") {
        let Some(len) = rest[start..].find('>') else { break };
        let tag = &rest[start..start + len + 1];
        out.push_str(&rest[..start]);
        if !(tag.starts_with("<link rel=\"preload\"") || tag.starts_with("<link rel=\"modulepreload\"")) {
            out.push_str(tag);
        }
        rest = &rest[start + len + 1..];
    }
    out.push_str(rest);
    out
}

/// Returns the new index.html and the (file name, script) to write, or `None` if index.html has
/// no inline module script (already external), or an error if Trunk's loader is not the kind
/// this build knows (a new Trunk version: look at its loader and update `loader`).
pub fn externalize(html: &str) -> Result<Option<(String, String, String)>, String> {
    let open = "<script type=\"module\">";
    let Some(start) = html.find(open) else { return Ok(None) };
    let body_start = start + open.len();
    let body_len = html[body_start..].find("</script>").ok_or("index.html: unclosed inline module script")?;
    let inline = &html[body_start..body_start + body_len];
    let bindings = quoted_after(inline, "import init, * as bindings from '");
    let wasm = quoted_after(inline, "module_or_path: '");
    let (Some(bindings), Some(wasm)) = (bindings, wasm) else {
        return Err(format!("index.html: Trunk's wasm loader has an unexpected form:\n{inline}"));
    };
    let script = loader(bindings, wasm);
    let name = format!("loader-{:016x}.js", content_hash(&script));
    let tag = format!("<script type=\"module\" src=\"./{name}\"></script>");
    let page = format!("{}{tag}{}", &html[..start], &html[body_start + body_len + "</script>".len()..]);
    Ok(Some((without_preloads(&page), name, script)))
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRUNK: &str = "<head><script type=\"module\">\nimport init, * as bindings from './app-1.js';\n\
        const wasm = await init({ module_or_path: './app-1_bg.wasm' });\nwindow.wasmBindings = bindings;\n</script>\
        <link rel=\"modulepreload\" href=\"./app-1.js\"><link rel=\"preload\" href=\"./app-1_bg.wasm\" as=\"fetch\"></head>";

    #[test]
    fn the_inline_loader_becomes_a_hashed_file() {
        let (page, name, script) = externalize(TRUNK).expect("a known loader").expect("an inline script");
        assert!(name.starts_with("loader-") && name.ends_with(".js"));
        assert_eq!(page, format!("<head><script type=\"module\" src=\"./{name}\"></script></head>"));
        assert!(externalize(&page).expect("nothing to read").is_none(), "nothing left to move");
        assert!(script.contains("await import('./app-1.js')"), "{script}");
    }

    #[test]
    fn the_app_is_not_preloaded_but_fetched_after_the_first_paint_unless_the_view_is_stale() {
        let (page, _, script) = externalize(TRUNK).expect("a known loader").expect("an inline script");
        assert!(!page.contains("preload"), "{page}");
        let wait = script.find("requestAnimationFrame").expect("waits for a paint");
        assert!(script[..wait].contains("if (!root.classList.contains('stale'))"), "{script}");
        assert!(wait < script.find("await import(").expect("imports the app"), "{script}");
        assert_eq!(without_preloads("<link rel=\"stylesheet\" href=\"a.css\"><p>"), "<link rel=\"stylesheet\" href=\"a.css\"><p>");
    }

    #[test]
    fn the_wasm_is_found_next_to_the_loader_and_a_failure_marks_the_page() {
        let (_, _, script) = externalize(TRUNK).expect("a known loader").expect("an inline script");
        assert!(script.contains("module_or_path: new URL('./app-1_bg.wasm', import.meta.url)"), "{script}");
        let catch = script.find("catch (error)").expect("a catch");
        assert!(script[catch..].contains("classList.add('failed')"), "{script}");
    }

    #[test]
    fn an_unknown_loader_is_an_error_not_a_silent_copy() {
        let html = "<script type=\"module\">\nimport start from './x.js'; start();\n</script>";
        assert!(externalize(html).is_err());
    }
}
