//! `sw.js`, the service worker that keeps the explorer readable offline after one visit. Written
//! last, with the list of every file in `dist/` (each hashed file by its hashed name) and a
//! fingerprint of each file's contents, so any new deploy changes `sw.js` and browsers take it on
//! the next visit. Plain JS, no framework; the page registers it (see `loader.rs`).
//!
//! What it does:
//! - install: keeps every file of this deploy in a cache named by its scope (the folder `dist/`
//!   is served from) and the deploy's version, so two deploys on one origin keep apart. A file
//!   whose fingerprint is unchanged is carried over from the previous deploy's cache, not
//!   downloaded again; a file that cannot be fetched (a CDN mid-deploy) is left out and named in
//!   the console, and the rest still works offline;
//! - activate: deletes the older caches of its own scope only, and takes over open pages;
//! - pages (navigations): the network first, so a new deploy is seen at once; offline, or after
//!   a few seconds without an answer, the cached page with the same path (any query: the app
//!   reads the view from the URL itself);
//! - files with a content hash in their name: the cache first (they never change);
//! - other files of this site (data, embed scripts): the network first, with the same patience;
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

/// The service worker for the files now in `dist`.
pub fn service_worker(dist: &Path) -> std::io::Result<String> {
    let mut paths = Vec::new();
    files(dist, dist, &mut paths)?;
    paths.retain(|p| p != WORKER_FILE);
    let mut version = FNV_START;
    let mut entries = Vec::new();
    for path in &paths {
        let bytes = std::fs::read(dist.join(path))?;
        let own = fingerprint(FNV_START, &bytes);
        version = fingerprint(version, path.as_bytes());
        version = fingerprint(version, &bytes);
        // The folder itself stands for its index.html (how pages are addressed).
        if path == "index.html" {
            entries.push(format!("\"./\": \"{own:016x}\""));
        }
        entries.push(format!("{:?}: \"{own:016x}\"", format!("./{path}")));
    }
    let list = entries.join(",\n  ");
    Ok(format!("{HEADER}const VERSION = \"{version:016x}\";\nconst FILES = {{\n  {list}\n}};\n{BODY}"))
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
const HASHED = /-[0-9a-f]{16}(_bg)?\.[a-z]+$/;
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

// One file: carried over when its fingerprint is unchanged, else fetched (a hashed file may come
// from the HTTP cache, which the page has just filled; any other is revalidated).
async function keep(cache, old, file) {
  if (old && old.files[file] === FILES[file]) {
    const copy = await old.cache.match(file);
    if (copy) return cache.put(file, copy);
  }
  const response = await fetch(file, { cache: HASHED.test(file) ? "default" : "no-cache" });
  if (!response.ok) throw new Error(file + ": HTTP " + response.status);
  return cache.put(file, response);
}

async function install() {
  const cache = await caches.open(CACHE);
  const old = await previous();
  const files = Object.keys(FILES);
  const results = await Promise.allSettled(files.map((file) => keep(cache, old, file)));
  const missing = files.filter((_, i) => results[i].status === "rejected");
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
  const file = "./" + data.url.slice(SCOPE.length).split(/[?#]/)[0];
  event.ports[0].postMessage({ current: !ours || Object.prototype.hasOwnProperty.call(FILES, file) });
});

function fromCache(request, ignoreSearch) {
  return caches.open(CACHE).then((cache) => cache.match(request, { ignoreSearch }));
}

// The network, falling back to the cache when it fails or keeps us waiting.
function networkFirst(request, ignoreSearch) {
  return new Promise((resolve, reject) => {
    let settled = false;
    const useCache = () => fromCache(request, ignoreSearch).then((cached) => {
      if (cached && !settled) { settled = true; resolve(cached); }
      return cached;
    });
    const timer = setTimeout(useCache, PATIENCE_MS);
    fetch(request).then((response) => {
      clearTimeout(timer);
      if (!settled) { settled = true; resolve(response); }
    }, (error) => {
      clearTimeout(timer);
      useCache().then((cached) => { if (!cached && !settled) { settled = true; reject(error); } });
    });
  });
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.href.startsWith(SCOPE)) return;
  if (request.mode === "navigate") {
    event.respondWith(networkFirst(request, true));
  } else if (HASHED.test(url.pathname)) {
    event.respondWith(fromCache(request, false).then((cached) => cached || fetch(request)));
  } else {
    event.respondWith(networkFirst(request, false));
  }
});
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_worker_lists_every_file_but_itself_and_its_version_follows_the_contents() {
        let dir = std::env::temp_dir().join(format!("sw-test-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("embed")).expect("a folder");
        std::fs::write(dir.join("index.html"), "<p>1</p>").expect("a file");
        std::fs::write(dir.join("embed/a.html"), "<p>a</p>").expect("a file");
        std::fs::write(dir.join(WORKER_FILE), "old").expect("a file");
        let first = service_worker(&dir).expect("written");
        std::fs::write(dir.join("index.html"), "<p>2</p>").expect("a file");
        let second = service_worker(&dir).expect("written");
        let _ = std::fs::remove_dir_all(&dir);
        let listed: Vec<&str> =
            first.lines().filter(|l| l.starts_with("  \"./")).map(|l| l.split(':').next().unwrap_or("")).collect();
        assert_eq!(listed, ["  \"./embed/a.html\"", "  \"./\"", "  \"./index.html\""], "{first}");
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
        let version = |sw: &str| sw.lines().find(|l| l.starts_with("const VERSION")).map(str::to_string);
        assert_ne!(version(&first), version(&second), "a changed file is a new version");
    }
}
