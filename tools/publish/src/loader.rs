//! Trunk writes the wasm loader as an inline `<script type="module">` in index.html. A strict
//! Content-Security-Policy (no 'unsafe-inline') would block it, so the build writes a loader file
//! of its own, named by a hash of its content, and index.html loads that file. It finds the wasm
//! next to itself (so pages in `embed/` load it too), and if the app cannot start (a missing
//! file, no WebAssembly, an error at start) it marks the page, which then keeps its rendered view
//! and shows a notice with links to the data (see `.load-failed` in style/main.css).

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
        "// Starts the explorer. If it cannot (a missing file, no WebAssembly, an error at start),\n\
         // the page keeps the view rendered into it and says so (class `failed` on <html>).\n\
         try {{\n  \
           const bindings = await import('{bindings}');\n  \
           const wasm = await bindings.default({{ module_or_path: new URL('{wasm}', import.meta.url) }});\n  \
           window.wasmBindings = bindings;\n  \
           dispatchEvent(new CustomEvent('TrunkApplicationStarted', {{ detail: {{ wasm }} }}));\n\
         }} catch (error) {{\n  \
           document.documentElement.classList.add('failed');\n  \
           console.warn('The explorer could not start:', error);\n\
         }}\n"
    )
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
    Ok(Some((page, name, script)))
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRUNK: &str = "<head><script type=\"module\">\nimport init, * as bindings from './app-1.js';\n\
        const wasm = await init({ module_or_path: './app-1_bg.wasm' });\nwindow.wasmBindings = bindings;\n</script></head>";

    #[test]
    fn the_inline_loader_becomes_a_hashed_file() {
        let (page, name, script) = externalize(TRUNK).expect("a known loader").expect("an inline script");
        assert!(name.starts_with("loader-") && name.ends_with(".js"));
        assert_eq!(page, format!("<head><script type=\"module\" src=\"./{name}\"></script></head>"));
        assert!(externalize(&page).expect("nothing to read").is_none(), "nothing left to move");
        assert!(script.contains("await import('./app-1.js')"), "{script}");
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
