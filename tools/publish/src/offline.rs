//! `sw.js`, the service worker that keeps the explorer readable offline after one visit. Written
//! last, with the list of every file in `dist/` (each hashed file by its hashed name) and a
//! fingerprint of each file's contents, so any new deploy changes `sw.js` and browsers take it on
//! the next visit. Plain JS, no framework; the page registers it (see `loader.rs`).
//!
//! What it does:
//! - install: keeps the app ahead of time — the landing page (which stands in for any page not
//!   kept yet), the loader, the bindings, the wasm, the dataset's texts in the reader's language,
//!   the stylesheet, icons, manifest and the two small page scripts — in a cache named by its scope (the folder `dist/` is served from) and
//!   the deploy's version, so two deploys on one origin keep apart. The app draws every view
//!   from its wasm, so the other pages and the open data are kept as they are visited. A file
//!   whose fingerprint is unchanged is carried over from the previous deploy's cache, not
//!   downloaded again (a hashed file may also come from the HTTP cache the page has just filled);
//!   a file that cannot be fetched (a CDN mid-deploy) is left out and named in the console, and
//!   the rest still works offline;
//! - activate: deletes the older caches of its own scope only, and takes over open pages;
//! - pages (navigations): the network first, so a new deploy is seen at once, and kept; offline,
//!   or after a few seconds without an answer, the kept page with the same path, else the landing
//!   page made to stand for it (its addresses adjusted to its folder; the app then shows the
//!   view the address names);
//! - files with a content hash in their name: the cache first (they never change);
//! - other files of this site (data, embed scripts): the network first, with the same patience,
//!   and kept;
//! - anything from another origin, or not a GET: left alone;
//! - a page asks whether it runs this deploy's app (its loader is in the list): only a page that
//!   runs an older one offers a reload.

use std::path::Path;

/// FNV-1a over bytes: a stable fingerprint (cache naming and carrying over, not security).
fn fingerprint(hash: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(hash, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

const FNV_START: u64 = 0xcbf2_9ce4_8422_2325;

/// Every file under `dir`, as paths relative to `root` with `/` separators, sorted.
fn files(root: &Path, dir: &Path, out: &mut Vec<String>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            files(root, &path, out)?;
        } else if let Ok(relative) = path.strip_prefix(root) {
            let parts: Vec<String> =
                relative.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
            out.push(parts.join("/"));
        }
    }
    out.sort();
    Ok(())
}

pub const WORKER_FILE: &str = "sw.js";

/// Whether the install keeps a file ahead of time: what the app needs to start and to stand in
/// for any page (see the module's notes).
fn ahead(path: &str) -> bool {
    path == "index.html"
        || (content_hashed(path) && !path.contains('/') && !path.ends_with(".txt"))
        || path.starts_with("icons/")
        || ["manifest.webmanifest", "embed-child.js", "copy.js"].contains(&path)
}

/// Whether a file's name ends in a content hash (`main-c40dfa778fa7ca1b.css`, `app-…_bg.wasm`).
/// Trunk writes its hash, a `u64`, in hex without leading zeros: 16 digits, or fewer in one build
/// of sixteen (`renewal-explorer-8ebdba139e72866_bg.wasm`); the build's own are 16. Fewer than 8
/// is taken for a word or a number, not a hash.
fn content_hashed(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    let stem = name.split('.').next().unwrap_or(name).trim_end_matches("_bg");
    stem.rsplit_once('-').is_some_and(|(head, hash)| {
        !head.is_empty()
            && (8..=16).contains(&hash.len())
            && hash.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
    })
}

/// The language of a pack of the dataset's texts (`rows-hebi-en-<hash>.txt` → `en`), kept ahead of
/// time for the languages the installing pages are in (see `install` below): every pack, so any
/// view shows offline.
fn language_texts(path: &str) -> Option<&str> {
    let rest = path.strip_prefix("rows-")?.strip_suffix(".txt")?;
    let (rest, hash) = rest.rsplit_once('-')?;
    let (pack, lang) = rest.rsplit_once('-')?;
    let named = !pack.is_empty() && !path.contains('/') && ["zh", "en"].contains(&lang);
    (named && hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit())).then_some(lang)
}

/// The service worker for the files now in `dist`.
pub fn service_worker(dist: &Path) -> std::io::Result<String> {
    let mut paths = Vec::new();
    files(dist, dist, &mut paths)?;
    // Neither the worker itself nor the host's headers file is a file a reader loads.
    paths.retain(|p| p != WORKER_FILE && p != "_headers");
    let mut version = FNV_START;
    let mut entries = Vec::new();
    let mut kept_ahead = Vec::new();
    let mut texts: Vec<(&str, Vec<String>)> = vec![("zh", vec![]), ("en", vec![])];
    for path in &paths {
        let bytes = std::fs::read(dist.join(path))?;
        let own = fingerprint(FNV_START, &bytes);
        version = fingerprint(version, path.as_bytes());
        version = fingerprint(version, &bytes);
        // A folder stands for its index.html (how pages are addressed).
        let mut addresses = vec![format!("./{path}")];
        if let Some(folder) = path.strip_suffix("index.html").filter(|f| f.is_empty() || f.ends_with('/')) {
            addresses.insert(0, format!("./{folder}"));
        }
        if ahead(path) {
            kept_ahead.push(format!("{:?}", addresses[0]));
        }
        if let Some(lang) = language_texts(path) {
            texts
                .iter_mut()
                .filter(|(l, _)| *l == lang)
                .for_each(|(_, files)| files.push(format!("{:?}", addresses[0])));
        }
        entries.extend(addresses.iter().map(|a| format!("{a:?}: \"{own:016x}\"")));
    }
    let list = entries.join(",\n  ");
    let ahead = kept_ahead.join(", ");
    let texts: Vec<String> = texts
        .iter()
        .filter(|(_, files)| !files.is_empty())
        .map(|(lang, files)| format!("{lang}: [{}]", files.join(", ")))
        .collect();
    let texts = texts.join(", ");
    Ok(format!(
        "{HEADER}const VERSION = \"{version:016x}\";\nconst FILES = {{\n  {list}\n}};\nconst AHEAD = [{ahead}];\nconst TEXTS = {{ {texts} }};\n{BODY}"
    ))
}

const HEADER: &str = "// Henan Urban Renewal Explorer: offline after the first visit. Written by the build\n\
// (tools/publish/src/offline.rs) with this deploy's files and their fingerprints; a new deploy\n\
// writes a new list.\n\"use strict\";\n";

const BODY: &str = r#"const SCOPE = self.registration.scope;
// One cache per deploy and scope: two deploys on one origin (/a/, /b/) never touch each other's.
const PREFIX = "renewal-explorer " + SCOPE + " ";
const CACHE = PREFIX + VERSION;
// Kept beside the files: the fingerprints they were cached with, for the next deploy to compare.
const LIST = "./sw-files.json";
// A file name with a content hash (main-caef727d508b6356.css) never changes: cache first.
const HASHED = /-[0-9a-f]{8,16}(_bg)?\.[a-z]+$/;
// How long a request waits for the network before the copy in the cache is used.
const PATIENCE_MS = 4000;

// The previous deploy's cache of this scope and its fingerprints, if there is one.
async function previous() {
  const keys = (await caches.keys()).filter((k) => k.startsWith(PREFIX) && k !== CACHE);
  for (const key of keys.reverse()) {
    const cache = await caches.open(key);
    const list = await cache.match(LIST);
    if (list) return { cache, files: await list.json().catch(() => ({})) };
  }
  return null;
}

// Carries a file over from the previous deploy's cache if it is there with the same fingerprint.
async function carry(cache, old, file) {
  if (!old || old.files[file] !== FILES[file]) return false;
  const copy = await old.cache.match(file);
  if (!copy) return false;
  await cache.put(file, copy);
  return true;
}

// One file kept ahead of time: carried over, else fetched (a hashed file may come from the HTTP
// cache, which the page has just filled; any other is revalidated).
async function keep(cache, old, file) {
  if (await carry(cache, old, file)) return;
  const response = await fetch(file, { cache: HASHED.test(file) ? "default" : "no-cache" });
  if (!response.ok) throw new Error(file + ": HTTP " + response.status);
  await cache.put(file, response);
}

// The languages of the pages that install the worker (English below en/, else Chinese): the
// dataset's texts of those are kept ahead; another language's are kept once its page is read
// (the app fetches them then, as hashed files), so a first visit moves one language's texts.
async function languagesRead() {
  const pages = await self.clients.matchAll({ includeUncontrolled: true, type: "window" });
  const english = (page) => page.url.startsWith(SCOPE + "en/") || page.url.split(/[?#]/)[0] === SCOPE + "en";
  const langs = new Set(pages.filter((p) => p.url.startsWith(SCOPE)).map((p) => (english(p) ? "en" : "zh")));
  return langs.size ? [...langs] : ["zh"];
}

async function install() {
  const cache = await caches.open(CACHE);
  const old = await previous();
  const ahead = AHEAD.concat((await languagesRead()).flatMap((lang) => TEXTS[lang] || []));
  const results = await Promise.allSettled(ahead.map((file) => keep(cache, old, file)));
  const missing = ahead.filter((_, i) => results[i].status === "rejected");
  // Pages and data kept on an earlier visit stay kept while they are unchanged.
  const others = Object.keys(FILES).filter((file) => !ahead.includes(file));
  await Promise.all(others.map((file) => carry(cache, old, file).catch(() => false)));
  await cache.put(LIST, new Response(JSON.stringify(FILES), { headers: { "Content-Type": "application/json" } }));
  if (missing.length) {
    // Offline use keeps what could be fetched; say what is not there.
    console.warn("Offline use: these files could not be kept: " + missing.join(", "));
    const pages = await self.clients.matchAll({ includeUncontrolled: true });
    pages.forEach((page) => page.postMessage({ type: "renewal-explorer:not-kept", files: missing }));
  }
}

self.addEventListener("install", (event) => {
  event.waitUntil(install().then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim())
  );
});

// A page asks whether the app it runs (its loader's address) is this deploy's.
self.addEventListener("message", (event) => {
  const data = event.data;
  if (!data || data.type !== "renewal-explorer:runs" || !event.ports[0] || typeof data.url !== "string") return;
  const ours = data.url.startsWith(SCOPE);
  event.ports[0].postMessage({ current: !ours || Object.prototype.hasOwnProperty.call(FILES, fileOf(data.url)) });
});

// The list's name for an address of this site: "./en/charts/", "./data/figures.csv".
function fileOf(address) {
  return "./" + address.slice(SCOPE.length).split(/[?#]/)[0];
}

function fromCache(request, ignoreSearch) {
  return caches.open(CACHE).then((cache) => cache.match(request, { ignoreSearch }));
}

// Keeps a good answer for one of this deploy's files, by its address without query.
function remember(url, response) {
  const file = fileOf(url.href);
  if (!response.ok || !Object.prototype.hasOwnProperty.call(FILES, file)) return;
  const copy = response.clone();
  caches.open(CACHE).then((cache) => cache.put(url.origin + url.pathname, copy)).catch(() => {});
}

// The landing page, standing in for a page not kept yet: its addresses and the way up to the
// explorer's folder adjusted to the page's folder, so the app shows the view the address names.
async function standIn(url) {
  const landing = await fromCache("./", false);
  if (!landing) return undefined;
  const up = "../".repeat((fileOf(url.href).slice(2).match(/\//g) || []).length);
  // Marked, so the page's loader reads the dataset's texts from what is kept, not the network.
  const text = (await landing.text())
    .replace("<html ", "<html data-stand-in ")
    .replace(/data-root="[^"]*"/, 'data-root="' + up + '"')
    .replace(/(href|src|content)="\.\//g, '$1="' + up);
  return new Response(text, { headers: { "Content-Type": "text/html; charset=utf-8" } });
}

// The network, falling back to the cache (then, for pages, the stand-in) when it fails or keeps
// us waiting.
function networkFirst(request, url, isPage) {
  return new Promise((resolve, reject) => {
    let settled = false;
    const useCache = () => fromCache(request, isPage)
      .then((cached) => cached || (isPage ? standIn(url) : undefined))
      .then((kept) => {
        if (kept && !settled) { settled = true; resolve(kept); }
        return kept;
      });
    const timer = setTimeout(useCache, PATIENCE_MS);
    fetch(request).then((response) => {
      clearTimeout(timer);
      remember(url, response);
      if (!settled) { settled = true; resolve(response); }
    }, (error) => {
      clearTimeout(timer);
      useCache().then((kept) => { if (!kept && !settled) { settled = true; reject(error); } });
    });
  });
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.href.startsWith(SCOPE)) return;
  if (request.mode === "navigate") {
    event.respondWith(networkFirst(request, url, true));
  } else if (HASHED.test(url.pathname)) {
    event.respondWith(fromCache(request, false).then((cached) => cached || fetch(request).then((response) => {
      remember(url, response);
      return response;
    })));
  } else {
    event.respondWith(networkFirst(request, url, false));
  }
});
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_app_and_its_landing_page_are_kept_ahead_pages_and_data_when_visited() {
        for path in ["index.html", "loader-0123456789abcdef.js", "renewal-explorer-0123456789abcdef_bg.wasm"] {
            assert!(ahead(path), "{path}");
        }
        for path in ["main-c40dfa778fa7ca1b.css", "icons/icon-192.png", "manifest.webmanifest", "copy.js"] {
            assert!(ahead(path), "{path}");
        }
        for path in ["en/index.html", "charts/hebi/index.html", "embed/x.html", "data/figures.csv", "embed.js"] {
            assert!(!ahead(path), "{path}");
        }
        assert!(!ahead("embed/compare-0123456789abcdef.html"), "a page in a folder is not an asset");
        assert!(!ahead("loader-0123456789abcdeg.js") && !ahead("x-0123456.js"), "not a content hash");
        // Trunk's hash without its leading zeros (seen: a 15-digit one left the app out of the
        // offline copy).
        for path in
            ["renewal-explorer-8ebdba139e72866_bg.wasm", "renewal-explorer-8ebdba139e72866.js", "x-01234567.css"]
        {
            assert!(ahead(path), "{path}");
        }
        // The dataset's texts: the reader's language at install (`TEXTS`), the quotes' English when read.
        for path in [
            "rows-hebi-zh-0123456789abcdef.txt",
            "rows-landing-en-0123456789abcdef.txt",
            "quotes-en-0123456789abcdef.txt",
        ] {
            assert!(!ahead(path), "{path}");
        }
        assert_eq!(language_texts("rows-hebi-en-0123456789abcdef.txt"), Some("en"));
        assert_eq!(language_texts("rows-landing-zh-0123456789abcdef.txt"), Some("zh"));
        for path in [
            "quotes-en-0123456789abcdef.txt",
            "rows-hebi-zh-0123.txt",
            "data/rows-hebi-zh-0123456789abcdef.txt",
            "rows-hebi-zh.txt",
            "rows-zh-0123456789abcdef.txt",
            "rows-hebi-fr-0123456789abcdef.txt",
        ] {
            assert_eq!(language_texts(path), None, "{path}");
        }
    }

    #[test]
    fn the_worker_lists_every_file_but_itself_and_its_version_follows_the_contents() {
        let dir = std::env::temp_dir().join(format!("sw-test-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("embed")).expect("a folder");
        std::fs::write(dir.join("index.html"), "<p>1</p>").expect("a file");
        std::fs::write(dir.join("embed/a.html"), "<p>a</p>").expect("a file");
        std::fs::write(dir.join(WORKER_FILE), "old").expect("a file");
        std::fs::write(dir.join("rows-hebi-en-0123456789abcdef.txt"), "x").expect("a file");
        let first = service_worker(&dir).expect("written");
        std::fs::write(dir.join("index.html"), "<p>2</p>").expect("a file");
        let second = service_worker(&dir).expect("written");
        let _ = std::fs::remove_dir_all(&dir);
        let listed: Vec<&str> =
            first.lines().filter(|l| l.starts_with("  \"./")).map(|l| l.split(':').next().unwrap_or("")).collect();
        assert_eq!(
            listed,
            ["  \"./embed/a.html\"", "  \"./\"", "  \"./index.html\"", "  \"./rows-hebi-en-0123456789abcdef.txt\""],
            "{first}"
        );
        assert!(first.contains("const TEXTS = { en: [\"./rows-hebi-en-0123456789abcdef.txt\"] };"), "{first}");
        let print = |sw: &str, file: &str| {
            sw.lines().find(|l| l.starts_with(&format!("  \"{file}\":"))).map(|l| l.trim_end_matches(',').to_string())
        };
        assert_eq!(
            print(&first, "./embed/a.html"),
            print(&second, "./embed/a.html"),
            "an unchanged file keeps its print"
        );
        assert_ne!(print(&first, "./index.html"), print(&second, "./index.html"), "a changed file gets a new print");
        assert_eq!(
            print(&first, "./").map(|l| l.replacen("./\"", "./index.html\"", 1)),
            print(&first, "./index.html"),
            "the folder is its index.html"
        );
        let ahead = first.lines().find(|l| l.starts_with("const AHEAD")).unwrap_or_default();
        assert_eq!(ahead, "const AHEAD = [\"./\"];", "the landing page is kept ahead, other pages when visited");
        let version = |sw: &str| sw.lines().find(|l| l.starts_with("const VERSION")).map(str::to_string);
        assert_ne!(version(&first), version(&second), "a changed file is a new version");
    }
}
