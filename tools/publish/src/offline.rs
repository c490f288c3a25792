//! `sw.js`, the service worker that keeps the explorer readable offline after one visit. Written
//! last, with the list of every file in `dist/` (each hashed file by its hashed name) and a
//! version taken from all their contents, so any new deploy changes `sw.js` and browsers take it
//! on the next visit. Plain JS, no framework; the page registers it (see `loader.rs`).
//!
//! What it does:
//! - install: caches every file of this deploy in one cache named by the version;
//! - activate: deletes the caches of older deploys and takes over open pages;
//! - pages (navigations): the network first, so a new deploy is seen at once; offline, or after
//!   a few seconds without an answer, the cached page with the same path (any query: the app
//!   reads the view from the URL itself);
//! - files with a content hash in their name: the cache first (they never change);
//! - other files of this site (data, embed scripts): the network first, the cache offline;
//! - anything from another origin, or not a GET: left alone.

use std::path::Path;

/// FNV-1a over bytes: a stable fingerprint of the deploy (cache naming, not security).
fn fingerprint(hash: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(hash, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

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
    let mut version = 0xcbf2_9ce4_8422_2325;
    for path in &paths {
        version = fingerprint(version, path.as_bytes());
        version = fingerprint(version, &std::fs::read(dist.join(path))?);
    }
    // The folder itself stands for its index.html (how pages are addressed).
    let mut urls = vec!["./".to_string()];
    urls.extend(paths.iter().map(|p| format!("./{p}")));
    let list = urls.iter().map(|u| format!("{u:?}")).collect::<Vec<_>>().join(",\n  ");
    Ok(format!("{HEADER}const VERSION = \"{version:016x}\";\nconst FILES = [\n  {list}\n];\n{BODY}"))
}

const HEADER: &str = "// Henan Urban Renewal Explorer: offline after the first visit. Written by the build\n\
// (tools/publish/src/offline.rs) with this deploy's files; a new deploy writes a new list.\n\"use strict\";\n";

const BODY: &str = r#"const PREFIX = "renewal-explorer-";
const CACHE = PREFIX + VERSION;
// A file name with a content hash (main-caef727d508b6356.css) never changes: cache first.
const HASHED = /-[0-9a-f]{16}(_bg)?\.[a-z]+$/;
// How long a page waits for the network before the copy in the cache is shown.
const PATIENCE_MS = 4000;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => cache.addAll(FILES.map((file) => new Request(file, { cache: "reload" }))))
      .then(() => self.skipWaiting())
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim())
  );
});

function fromCache(request, ignoreSearch) {
  return caches.open(CACHE).then((cache) => cache.match(request, { ignoreSearch }));
}

// The network, falling back to the cache when it fails or, for pages, keeps us waiting.
function networkFirst(request, ignoreSearch, patience) {
  return new Promise((resolve, reject) => {
    let settled = false;
    const useCache = () => fromCache(request, ignoreSearch).then((cached) => {
      if (cached && !settled) { settled = true; resolve(cached); }
      return cached;
    });
    const timer = patience ? setTimeout(useCache, patience) : 0;
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
  if (url.origin !== self.location.origin || !url.href.startsWith(self.registration.scope)) return;
  if (request.mode === "navigate") {
    event.respondWith(networkFirst(request, true, PATIENCE_MS));
  } else if (HASHED.test(url.pathname)) {
    event.respondWith(fromCache(request, false).then((cached) => cached || fetch(request)));
  } else {
    event.respondWith(networkFirst(request, false, 0));
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
        assert!(first.contains("\"./\",\n  \"./embed/a.html\",\n  \"./index.html\"\n]"), "{first}");
        assert!(!first.contains("\"./sw.js\""), "the worker does not cache itself");
        let version = |sw: &str| sw.lines().find(|l| l.starts_with("const VERSION")).map(str::to_string);
        assert_ne!(version(&first), version(&second), "a changed file is a new version");
    }
}
