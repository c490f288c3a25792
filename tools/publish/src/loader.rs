//! Trunk writes the wasm loader as an inline `<script type="module">` in index.html. A strict
//! Content-Security-Policy (no 'unsafe-inline') would block it, so the build writes a loader file
//! of its own, named by a hash of its content, and index.html loads that file. It finds the wasm
//! next to itself (so pages in `embed/` load it too), and if the app cannot start (a missing
//! file, no WebAssembly, an error at start) it marks the page, which then keeps its rendered view
//! and shows a notice with links to the data (see `.load-failed` in style/main.css).
//!
//! The page's view is in its HTML, so the app is fetched once the first paint is on screen (the
//! `paint` performance entry; at most a second's wait where a browser reports none), not
//! preloaded from the head: on a slow link the HTML and CSS then have the bandwidth to
//! themselves. When the page cannot show the view its URL asks for (`stale`) the app is fetched
//! at once (and preloaded by the page's first script).

use renewal_explorer::core::dataset::{PACK_FILES, PACK_NAMES};

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

/// Our loader for Trunk's: the same bindings module and wasm file, and one outcome for the start.
fn loader(bindings: &str, wasm: &str) -> String {
    format!(
        "{START}const bindingsFile = '{bindings}';\nconst wasmFile = '{wasm}';\nconst packFiles = {{ {} }};\n{RUN}{OFFLINE}",
        pack_files()
    )
}

/// Each pack's files by language, as a script's object literal (names the build wrote).
fn pack_files() -> String {
    let pairs =
        PACK_NAMES.iter().zip(PACK_FILES).map(|(name, [zh, en])| format!("'{name}': {{ zh: '{zh}', en: '{en}' }}"));
    pairs.collect::<Vec<_>>().join(", ")
}

/// How a start ends: the app takes over (`<html class="running">`, set by `takeover.rs`) or the
/// page is marked `failed` and says so (see `.load-failed` in style/main.css), never both and
/// never neither. A start that makes no progress for `PATIENCE_MS` has failed: no byte of the app
/// for that long, or a take-over that has not finished that long after the app arrived. On
/// Lighthouse's slow 4G the app's bytes never pause for even a second, and its take-over takes
/// about half a second on a phone 4× slower than a desktop; 8 s of nothing is a stalled
/// connection, while a slow one that keeps delivering is waited for. Every error of the start
/// (a failed download, no WebAssembly, an exception in a take-over task, a failed swap, which the
/// app reports as `renewal-explorer:failed`) reaches the same `fail`.
const START: &str = r#"// Starts the explorer once the page's own view is painted (at once if the page cannot show the
// view its URL asks for), and makes sure the start ends one way or the other: the app takes over
// (class `running`, set by the app) or the page says it could not start (class `failed`).
const root = document.documentElement;
const PATIENCE_MS = 8000;
const download = new AbortController();
let watchdog = 0;
const settled = () => root.classList.contains('running') || root.classList.contains('failed');
function fail(why) {
  if (settled()) return;
  clearTimeout(watchdog);
  download.abort();
  root.classList.add('failed');
  console.warn('The explorer could not start:', why);
}
// Re-armed whenever the start moves on.
function expect(step) {
  clearTimeout(watchdog);
  if (!settled()) watchdog = setTimeout(() => fail(new Error(step + ': nothing happened for ' + PATIENCE_MS / 1000 + ' s')), PATIENCE_MS);
}
addEventListener('error', (event) => fail(event.error || event.message));
addEventListener('unhandledrejection', (event) => fail(event.reason));
addEventListener('renewal-explorer:failed', (event) => fail(event.detail));
addEventListener('renewal-explorer:running', () => clearTimeout(watchdog));
if (!root.classList.contains('stale')) {
  await new Promise(painted => {
    const observer = new PerformanceObserver(() => { observer.disconnect(); setTimeout(painted, 0); });
    try { observer.observe({ type: 'paint', buffered: true }); } catch (e) { painted(); }
    setTimeout(painted, 1000);
  });
}
"#;

/// Fetches the wasm and hands it to the bindings as a stream that re-arms the watchdog with each
/// chunk, so a download that stalls midway fails the start instead of loading for ever. The
/// dataset's texts the page shows (its packs, named on `<html data-packs>` by the build) in the
/// page's language are fetched beside it; the app asks for the packs its address shows through
/// `renewalTexts` (the same fetches, or more: a query's other cities, the other language).
const RUN: &str = r#"const texts = new Map();
window.renewalTexts = (file) => {
  if (!texts.has(file)) {
    const url = new URL(file, import.meta.url);
    // A page the service worker stood in for (offline): only what it kept, not a request that
    // must fail (the app then shows the other language's texts).
    const kept = root.hasAttribute('data-stand-in') && 'caches' in window
      ? caches.match(url.href).then((hit) => { if (!hit) throw new Error(file + ': not kept for offline use'); return hit; })
      : null;
    texts.set(file, (kept || fetch(url, { signal: download.signal })).then((response) => {
      if (!response.ok) throw new Error(file + ': HTTP ' + response.status);
      return response.text();
    }));
  }
  return texts.get(file);
};
for (const pack of (root.getAttribute('data-packs') || '').split(' ')) {
  const files = packFiles[pack];
  if (files) window.renewalTexts(files[root.lang.startsWith('en') ? 'en' : 'zh']).catch(() => {});
}
async function watched(url) {
  const response = await fetch(url, { signal: download.signal });
  if (!response.ok) throw new Error(url + ': HTTP ' + response.status);
  if (!response.body) return response;
  const reader = response.body.getReader();
  const body = new ReadableStream({
    async pull(controller) {
      const { done, value } = await reader.read();
      if (done) return controller.close();
      expect('downloading the app');
      controller.enqueue(value);
    },
    cancel(reason) { return reader.cancel(reason); },
  });
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
}
try {
  expect('loading the app');
  const bindings = await import(bindingsFile);
  const wasm = await bindings.default({ module_or_path: watched(new URL(wasmFile, import.meta.url)) });
  expect('the app taking over the page');
  window.wasmBindings = bindings;
  dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
} catch (error) {
  fail(error);
}
"#;

/// Offline use after the first visit (`sw.js`, written by `offline.rs`), registered once the app
/// runs, and only by a page of its own: an embed in a news article never installs a worker in
/// its reader's browser. When a newer deploy takes over an open page that runs an older app (the
/// new worker does not list this loader), a calm note offers a reload (the page keeps working:
/// its files stay as they were until then).
const OFFLINE: &str = "\
if ('serviceWorker' in navigator && window.top === window && !root.classList.contains('embed')) {
  const worker = navigator.serviceWorker;
  worker.addEventListener('controllerchange', () => {
    if (!worker.controller || document.getElementById('updated')) return;
    const channel = new MessageChannel();
    channel.port1.onmessage = (event) => { if (event.data && event.data.current === false) offerReload(); };
    worker.controller.postMessage({ type: 'renewal-explorer:runs', url: import.meta.url }, [channel.port2]);
  });
  worker.addEventListener('message', (event) => {
    if (event.data && event.data.type === 'renewal-explorer:not-kept') {
      console.warn('Offline use: these files could not be kept, the rest works offline: ' + [].concat(event.data.files).join(', '));
    }
  });
  worker.register(new URL('sw.js', import.meta.url)).catch((error) => console.warn('Offline use is not available:', error));
}
function offerReload() {
  if (document.getElementById('updated')) return;
  const note = document.createElement('p');
  note.id = 'updated';
  note.className = 'updated';
  note.setAttribute('role', 'status');
  const zh = document.createElement('span');
  zh.lang = 'zh-CN';
  zh.textContent = '本站已更新。';
  const en = document.createElement('span');
  en.lang = 'en';
  en.textContent = 'A newer version is ready. ';
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.textContent = '重新加载 Reload';
  reload.addEventListener('click', () => location.reload());
  note.append(zh, en, reload);
  document.body.append(note);
}
";

/// `html` without Trunk's `<link rel="preload">` of the wasm, and with the wasm's address in a
/// `<meta>` after `<meta charset>`, where the page's first script finds it to preload the wasm
/// itself when the page is stale (see index.html). The bindings' small `modulepreload` stays.
fn without_wasm_preload(html: &str, wasm: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<link rel=\"preload\"") {
        let Some(len) = rest[start..].find('>') else { break };
        let tag = &rest[start..start + len + 1];
        out.push_str(&rest[..start]);
        if !tag.contains(".wasm\"") {
            out.push_str(tag);
        }
        rest = &rest[start + len + 1..];
    }
    out.push_str(rest);
    let charset = "<meta charset=\"utf-8\">";
    out.replacen(charset, &format!("{charset}\n  <meta name=\"{WASM_META}\" content=\"{wasm}\">"), 1)
}

/// The `<meta name>` that tells the page's first script where the wasm is.
pub const WASM_META: &str = "renewal-explorer:wasm";

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
    Ok(Some((without_wasm_preload(&page, wasm), name, script)))
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRUNK: &str = "<head><meta charset=\"utf-8\"><script type=\"module\">\nimport init, * as bindings from './app-1.js';\n\
        const wasm = await init({ module_or_path: './app-1_bg.wasm' });\nwindow.wasmBindings = bindings;\n</script>\
        <link rel=\"modulepreload\" href=\"./app-1.js\"><link rel=\"preload\" href=\"./app-1_bg.wasm\" as=\"fetch\"></head>";

    #[test]
    fn the_inline_loader_becomes_a_hashed_file() {
        let (page, name, script) = externalize(TRUNK).expect("a known loader").expect("an inline script");
        assert!(name.starts_with("loader-") && name.ends_with(".js"));
        assert!(page.contains(&format!("<script type=\"module\" src=\"./{name}\"></script>")), "{page}");
        assert!(!page.contains("await init"), "{page}");
        assert!(externalize(&page).expect("nothing to read").is_none(), "nothing left to move");
        assert!(script.contains("const bindingsFile = './app-1.js';"), "{script}");
        assert!(script.contains("await import(bindingsFile)"), "{script}");
    }

    #[test]
    fn the_wasm_is_not_preloaded_but_fetched_after_the_first_paint_unless_the_view_is_stale() {
        let (page, _, script) = externalize(TRUNK).expect("a known loader").expect("an inline script");
        assert!(!page.contains("rel=\"preload\""), "{page}");
        assert!(
            page.contains("<link rel=\"modulepreload\" href=\"./app-1.js\">"),
            "the bindings stay preloaded: {page}"
        );
        assert!(
            page.starts_with(
                "<head><meta charset=\"utf-8\">\n  <meta name=\"renewal-explorer:wasm\" content=\"./app-1_bg.wasm\">"
            ),
            "{page}"
        );
        let wait = script.find("type: 'paint'").expect("waits for the first paint");
        assert!(script[..wait].contains("if (!root.classList.contains('stale'))"), "{script}");
        assert!(wait < script.find("await import(").expect("imports the app"), "{script}");
        assert!(
            script.find("addEventListener('error'").is_some_and(|at| at < wait),
            "errors are caught from the start"
        );
        let other = "<link rel=\"preload\" href=\"a.woff2\" as=\"font\"><p>";
        assert_eq!(without_wasm_preload(other, "x.wasm"), other, "other preloads stay");
    }

    #[test]
    fn the_wasm_is_found_next_to_the_loader_and_every_failure_reaches_one_outcome() {
        let (_, _, script) = externalize(TRUNK).expect("a known loader").expect("an inline script");
        assert!(script.contains("const wasmFile = './app-1_bg.wasm';"), "{script}");
        assert!(script.contains("module_or_path: watched(new URL(wasmFile, import.meta.url))"), "{script}");
        let catch = script.find("catch (error)").expect("a catch");
        assert!(script[catch..].starts_with("catch (error) {\n  fail(error);"), "{script}");
        for route in ["'error'", "'unhandledrejection'", "'renewal-explorer:failed'"] {
            assert!(script.contains(&format!("addEventListener({route}, (event) => fail(")), "{route}: {script}");
        }
        assert!(script.contains("classList.add('failed')"), "{script}");
        // Each chunk of the wasm re-arms the watchdog.
        let pull = script.find("async pull(").expect("a watched stream");
        assert!(script[pull..].find("expect(").is_some_and(|at| at < script[pull..].find("enqueue").unwrap_or(0)));
    }

    #[test]
    fn the_dataset_texts_of_the_page_s_language_are_fetched_beside_the_wasm_and_once() {
        let (_, _, script) = externalize(TRUNK).expect("a known loader").expect("an inline script");
        for (name, [zh, en]) in PACK_NAMES.iter().zip(PACK_FILES) {
            assert!(script.contains(&format!("'{name}': {{ zh: '{zh}', en: '{en}' }}")), "{script}");
        }
        assert!(script.contains("root.getAttribute('data-packs')"), "the page's own packs: {script}");
        let prefetch = script.find("window.renewalTexts(files[").expect("fetches the page's language");
        assert!(prefetch < script.find("await import(bindingsFile)").unwrap_or(0), "with the wasm, not after it");
        assert!(script.contains("root.lang.startsWith('en') ? 'en' : 'zh'"), "{script}");
        assert!(script.contains("if (!texts.has(file))"), "each file is fetched once: {script}");
        assert!(script.contains("throw new Error(file + ': HTTP '"), "a missing file fails the start: {script}");
        assert!(
            script.contains("root.hasAttribute('data-stand-in') && 'caches' in window"),
            "a stand-in page reads what the worker kept: {script}"
        );
    }

    #[test]
    fn an_unknown_loader_is_an_error_not_a_silent_copy() {
        let html = "<script type=\"module\">\nimport start from './x.js'; start();\n</script>";
        assert!(externalize(html).is_err());
    }
}
