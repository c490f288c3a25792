//! A tiny static file server for `dist/` on 127.0.0.1, optionally under a sub-path, so the
//! end-to-end tests exercise the same files a CDN would serve.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

/// How the server answers for `.wasm` files: the ways a reader's app download goes wrong.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Wasm {
    /// Served like any file.
    Served,
    /// Held back this long first (a slow link on which the HTML arrives long before the app).
    Delayed(Duration),
    /// 404: a broken deploy, a blocking proxy.
    Missing,
    /// The first bytes, then nothing more on an open connection ("lie-fi").
    Stalled,
    /// Half the file, then the connection closes.
    Cut,
}

/// Everything a test can set about the server.
#[derive(Clone, Debug)]
pub struct Options {
    pub compression: Compression,
    /// Extra response headers, one `Name: value` per line (e.g. a CSP).
    pub headers: String,
    pub wasm: Wasm,
    /// Answers an unknown path with the root's `index.html`, as many hosts of single-page apps do.
    pub fallback_to_index: bool,
    /// Files (paths below the prefix) answered with 404 although they exist: a CDN mid-deploy.
    pub missing: Vec<String>,
    /// The README's cache headers, as a CDN would send them: files with a content hash in their
    /// name kept for a year, the rest revalidated (with an ETag, answered 304 when unchanged).
    /// Otherwise every response is `no-store`.
    pub cdn_caching: bool,
    /// 0: any free port.
    pub port: u16,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            compression: Compression::None,
            headers: String::new(),
            wasm: Wasm::Served,
            fallback_to_index: false,
            missing: Vec::new(),
            cdn_caching: false,
            port: 0,
        }
    }
}

pub struct StaticServer {
    pub base_url: String,
    /// While set, every connection is closed unanswered, as when the network is gone.
    offline: Arc<AtomicBool>,
    /// While set, every connection is held open and never answered ("lie-fi").
    silent: Arc<AtomicBool>,
    /// Every request's target, in order.
    log: Arc<Mutex<Vec<String>>>,
    /// Bytes of response bodies sent so far (as sent: compressed where they were).
    sent: Arc<AtomicU64>,
}

/// How responses are compressed (for clients that accept it), as a CDN would. The e2e tests
/// serve plain files; the browser timing benchmark uses the compressed ones.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Compression {
    None,
    /// gzip -9, the SPEC's measure.
    Gzip,
    /// brotli -q 11 (Debian's `brotli` command), what most CDNs serve to browsers today.
    Brotli,
}

impl StaticServer {
    /// Serves `root` at `http://127.0.0.1:PORT{prefix}` (prefix like "/" or "/news/renewal/").
    pub fn start(root: &Path, prefix: &str) -> StaticServer {
        Self::start_with(root, prefix, Options::default())
    }

    /// Like `start`, compressing responses for clients that accept it, as a CDN would.
    pub fn start_compressed(root: &Path, prefix: &str, compression: Compression) -> StaticServer {
        Self::start_with(root, prefix, Options { compression, ..Options::default() })
    }

    /// Like `start`, adding response headers (one `Name: value` per line), e.g. a CSP.
    pub fn start_with_headers(root: &Path, prefix: &str, headers: &str) -> StaticServer {
        Self::start_with(root, prefix, Options { headers: headers.into(), ..Options::default() })
    }

    /// Like `start_with_headers`, holding back every `.wasm` response for `delay`.
    pub fn start_with_slow_wasm(root: &Path, prefix: &str, headers: &str, delay: Duration) -> StaticServer {
        Self::start_with(
            root,
            prefix,
            Options { headers: headers.into(), wasm: Wasm::Delayed(delay), ..Options::default() },
        )
    }

    /// Like `start`, answering 404 for every `.wasm` (a broken deploy, a blocking proxy).
    pub fn start_without_wasm(root: &Path, prefix: &str) -> StaticServer {
        Self::start_with(root, prefix, Options { wasm: Wasm::Missing, ..Options::default() })
    }

    /// Like `start_compressed`, on a given port (0: any free one).
    pub fn start_on(root: &Path, prefix: &str, compression: Compression, port: u16) -> StaticServer {
        Self::start_with(root, prefix, Options { compression, port, ..Options::default() })
    }

    pub fn start_with(root: &Path, prefix: &str, options: Options) -> StaticServer {
        let listener = TcpListener::bind(("127.0.0.1", options.port)).expect("bind a local port");
        let port = listener.local_addr().expect("local address").port();
        let root = root.to_path_buf();
        let prefix_owned = prefix.to_string();
        let offline = Arc::new(AtomicBool::new(false));
        let silent = Arc::new(AtomicBool::new(false));
        let log = Arc::new(Mutex::new(Vec::new()));
        let sent = Arc::new(AtomicU64::new(0));
        let (cut, hush, record, count) =
            (Arc::clone(&offline), Arc::clone(&silent), Arc::clone(&log), Arc::clone(&sent));
        let options = Arc::new(options);
        thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                if cut.load(Ordering::SeqCst) {
                    continue;
                }
                if hush.load(Ordering::SeqCst) {
                    thread::spawn(move || {
                        thread::sleep(Duration::from_secs(120));
                        drop(stream);
                    });
                    continue;
                }
                let (root, prefix, options) = (root.clone(), prefix_owned.clone(), Arc::clone(&options));
                let (record, count) = (Arc::clone(&record), Arc::clone(&count));
                thread::spawn(move || {
                    let _ = handle(stream, &root, &prefix, &options, &record, &count);
                });
            }
        });
        StaticServer { base_url: format!("http://127.0.0.1:{port}{prefix}"), offline, silent, log, sent }
    }

    /// From now on, the site cannot be reached (connections are closed unanswered).
    pub fn go_offline(&self) {
        self.offline.store(true, Ordering::SeqCst);
    }

    /// From now on, the network seems up but nothing ever answers ("lie-fi").
    pub fn go_silent(&self) {
        self.silent.store(true, Ordering::SeqCst);
    }

    /// Bytes of response bodies sent so far.
    pub fn bytes_sent(&self) -> u64 {
        self.sent.load(Ordering::SeqCst)
    }

    /// The targets requested so far (paths with their queries), and forgets them.
    pub fn take_requests(&self) -> Vec<String> {
        self.log.lock().map(|mut log| std::mem::take(&mut *log)).unwrap_or_default()
    }
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "csv" => "text/csv; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "webmanifest" => "application/manifest+json",
        "ico" => "image/x-icon",
        _ => "application/octet-stream",
    }
}

fn resolve(root: &Path, prefix: &str, target: &str) -> Option<PathBuf> {
    let path = target.split(['?', '#']).next()?;
    // The folder without its slash gets its index.html, as many static hosts do (the page's
    // first script then adds the slash).
    let path = if prefix.len() > 1 && path == prefix.trim_end_matches('/') { prefix } else { path };
    let rest = path.strip_prefix(prefix)?;
    let rest = if rest.is_empty() { "index.html" } else { rest };
    if rest.starts_with('/') || rest.contains('\\') || rest.split('/').any(|part| part == "..") {
        return None;
    }
    let file = root.join(rest);
    let file = if file.is_dir() { file.join("index.html") } else { file };
    file.is_file().then_some(file)
}

/// A file compressed once and kept, as a CDN serves pre-compressed files.
fn compressed(file: &Path, body: &[u8], compression: Compression) -> std::io::Result<Vec<u8>> {
    type Cache = Vec<((PathBuf, Compression), Vec<u8>)>;
    static CACHE: std::sync::Mutex<Cache> = std::sync::Mutex::new(Vec::new());
    let key = (file.to_path_buf(), compression);
    if let Some((_, hit)) = CACHE.lock().ok().and_then(|c| c.iter().find(|(k, _)| *k == key).cloned()) {
        return Ok(hit);
    }
    let packed = if compression == Compression::Brotli {
        let out = std::process::Command::new("brotli").args(["-q", "11", "-c"]).arg(file).output()?;
        if !out.status.success() {
            return Err(std::io::Error::other(format!("brotli failed on {}", file.display())));
        }
        out.stdout
    } else {
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        encoder.write_all(body)?;
        encoder.finish()?
    };
    if let Ok(mut cache) = CACHE.lock() {
        cache.push((key, packed.clone()));
    }
    Ok(packed)
}

/// A file name with a content hash (`main-c40dfa778fa7ca1b.css`, `app-…_bg.wasm`): 8 to 16 hex
/// digits, as Trunk writes its hash without leading zeros (see tools/publish's `offline.rs`).
fn is_hashed(file: &Path) -> bool {
    let name = file.file_name().and_then(|n| n.to_str()).unwrap_or_default();
    let stem = name.split('.').next().unwrap_or_default().trim_end_matches("_bg");
    stem.rsplit_once('-').is_some_and(|(head, hash)| {
        !head.is_empty()
            && (8..=16).contains(&hash.len())
            && hash.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
    })
}

fn handle(
    mut stream: TcpStream,
    root: &Path,
    prefix: &str,
    options: &Options,
    log: &Mutex<Vec<String>>,
    sent: &AtomicU64,
) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    // Read the headers (only Accept-Encoding matters); the body of a GET is empty.
    let mut line = String::new();
    let mut accepted = String::new();
    let mut if_none_match = String::new();
    while reader.read_line(&mut line)? > 2 {
        let lower = line.to_ascii_lowercase();
        if let Some(value) = lower.strip_prefix("accept-encoding:") {
            accepted = value.to_string();
        }
        if let Some(value) = lower.strip_prefix("if-none-match:") {
            if_none_match = value.trim().to_string();
        }
        line.clear();
    }
    let accepts = |coding: &str| accepted.split(',').any(|c| c.trim().split(';').next() == Some(coding));
    let target = request_line.split_whitespace().nth(1).unwrap_or("/");
    if let Ok(mut log) = log.lock() {
        log.push(target.to_string());
    }
    let path = target.split(['?', '#']).next().unwrap_or("");
    let withheld = options.missing.iter().any(|m| path.strip_prefix(prefix) == Some(m.as_str()));
    let found = resolve(root, prefix, target).filter(|_| !withheld).or_else(|| {
        let index = root.join("index.html");
        (options.fallback_to_index && index.is_file()).then_some(index)
    });
    let not_found = b"HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\nConnection: close\r\n\r\nnot found";
    let Some(file) = found else { return stream.write_all(not_found) };
    let wasm = file.extension().is_some_and(|e| e == "wasm");
    match options.wasm {
        Wasm::Missing if wasm => return stream.write_all(not_found),
        Wasm::Delayed(delay) if wasm => thread::sleep(delay),
        _ => {}
    }
    let mut body = std::fs::read(&file)?;
    let print = body.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3));
    let etag = format!("\"{print:016x}\"");
    let caching = match (options.cdn_caching, is_hashed(&file)) {
        (false, _) => "Cache-Control: no-store\r\n".to_string(),
        (true, true) => "Cache-Control: public, max-age=31536000, immutable\r\n".to_string(),
        (true, false) => format!("Cache-Control: no-cache\r\nETag: {etag}\r\n"),
    };
    if options.cdn_caching && if_none_match == etag {
        let head = format!("HTTP/1.1 304 Not Modified\r\n{caching}Connection: close\r\n\r\n");
        return stream.write_all(head.as_bytes());
    }
    let encoding = match options.compression {
        Compression::Gzip if accepts("gzip") => "Content-Encoding: gzip\r\n",
        Compression::Brotli if accepts("br") => "Content-Encoding: br\r\n",
        _ => "",
    };
    if !encoding.is_empty() {
        body = compressed(&file, &body, options.compression)?;
    }
    let extra: String =
        options.headers.lines().filter(|l| !l.trim().is_empty()).map(|l| format!("{}\r\n", l.trim())).collect();
    let head = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: {}\r\nContent-Length: {}\r\n{encoding}{extra}{caching}Connection: close\r\n\r\n",
        content_type(&file),
        body.len()
    );
    stream.write_all(head.as_bytes())?;
    sent.fetch_add(body.len() as u64, Ordering::SeqCst);
    match options.wasm {
        Wasm::Stalled if wasm => {
            stream.write_all(&body[..body.len().min(16 * 1024)])?;
            stream.flush()?;
            // Holds the connection open, sending nothing more, for longer than any test waits.
            thread::sleep(Duration::from_secs(120));
            Ok(())
        }
        Wasm::Cut if wasm => {
            stream.write_all(&body[..body.len() / 2])?;
            stream.flush()
        }
        _ => stream.write_all(&body),
    }
}
