//! Starts chromedriver and a headless Chromium session, and reads the browser console log.
//! `Browser::close` (also run on drop) ends the session and the driver, so a failed test does not
//! orphan Chromium.

use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub const WAIT: Duration = Duration::from_secs(10);

pub struct Browser {
    pub client: Client,
    /// Whether `goto` waits for the app to run the page (see `goto`).
    wait_for_app: bool,
    driver: Child,
    profile: TempDir,
}

/// A fresh Chromium profile directory, removed afterwards.
struct TempDir(std::path::PathBuf);

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).expect("a free port")
}

impl Browser {
    /// Chromium with the flags this machine needs, at the given window size.
    pub async fn start(width: u32, height: u32) -> Browser {
        Self::start_with(width, height, "normal").await
    }

    /// Like `start`, but `goto` returns as soon as navigation starts instead of at the `load`
    /// event, for tests that read a page while some of it is still arriving.
    pub async fn start_without_waiting(width: u32, height: u32) -> Browser {
        Self::start_with(width, height, "none").await
    }

    /// Like `start`, with JavaScript turned off (the page is parsed as without scripts, so
    /// `<noscript>` shows).
    pub async fn start_without_scripts(width: u32, height: u32) -> Browser {
        Self::start_with(width, height, "no-scripts").await
    }

    /// `mode`: a WebDriver page load strategy, or `no-scripts`.
    async fn start_with(width: u32, height: u32, mode: &str) -> Browser {
        let (page_load_strategy, javascript) = if mode == "no-scripts" { ("normal", 2) } else { (mode, 1) };
        let driver_path = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".into());
        let port = free_port();
        let driver = Command::new(&driver_path)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {driver_path} ({e}); run scripts/test.sh, which installs it"));
        let deadline = Instant::now() + WAIT;
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "chromedriver did not start listening");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let profile = std::env::temp_dir().join(format!("renewal-e2e-{}-{port}", std::process::id()));
        let caps = json!({
            "pageLoadStrategy": page_load_strategy,
            "goog:chromeOptions": {
                "prefs": { "profile.managed_default_content_settings.javascript": javascript },
                "binary": std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into()),
                "args": [
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", format!("--user-data-dir={}", profile.display()),
                    format!("--window-size={width},{height}"),
                    // performance.memory with exact figures, and gc() for the soak test.
                    "--enable-precise-memory-info", "--js-flags=--expose-gc",
                ]
            },
            "goog:loggingPrefs": { "browser": "ALL" }
        });
        let mut builder = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new());
        if let Value::Object(map) = caps {
            builder.capabilities(map);
        }
        let client = builder.connect(&format!("http://127.0.0.1:{port}")).await.expect("a WebDriver session");
        let browser = Browser { client, driver, profile: TempDir(profile), wait_for_app: mode == "normal" };
        // Chromium keeps a window at least 500 px wide: a phone's width is set on the viewport.
        let metrics = json!({ "width": width, "height": height, "deviceScaleFactor": 1, "mobile": false });
        browser.cdp("Emulation.setDeviceMetricsOverride", metrics).await;
        browser
    }

    /// Navigates, and on an explorer page waits until the app runs it: the page shows its view
    /// from the HTML at once, and a click before the app takes over would reach a button that
    /// does nothing yet. (The app removes the loading note `#boot` when it takes over.)
    pub async fn goto(&self, url: &str) {
        self.client.goto(url).await.expect("navigation");
        if self.wait_for_app {
            let script = "return !document.getElementById('boot')";
            self.poll(async || self.client.execute(script, vec![]).await.ok(), |v| *v == Some(Value::Bool(true))).await;
        }
    }

    /// Clicks the language switch and waits until the other language's page runs its app: the
    /// app holds its reader's language only, so the switch loads that language's page (see
    /// `core::dataset`), which shows its view from the HTML before the app takes over.
    pub async fn switch_language(&self) {
        let before = self.eval("return document.documentElement.lang").await;
        self.click("[data-testid=lang-switch]").await;
        let script = format!(
            "return document.documentElement.lang !== {before} && document.readyState === 'complete' && !document.getElementById('boot')"
        );
        self.poll(async || self.client.execute(&script, vec![]).await.ok(), |v| *v == Some(Value::Bool(true))).await;
    }

    /// How many elements match `selector` now.
    async fn count(&self, selector: &str) -> usize {
        self.client.find_all(Locator::Css(selector)).await.map(|v| v.len()).unwrap_or(0)
    }

    /// Reads with `read` every 50 ms until `done` holds or `WAIT` passes; returns the last reading.
    async fn poll<T>(&self, mut read: impl AsyncFnMut() -> T, done: impl Fn(&T) -> bool) -> T {
        let deadline = Instant::now() + WAIT;
        loop {
            let value = read().await;
            if done(&value) || Instant::now() > deadline {
                return value;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Waits until `selector` matches at least `count` elements (exactly none, for 0); returns
    /// how many matched.
    pub async fn wait_for_count(&self, selector: &str, count: usize) -> usize {
        self.poll(async || self.count(selector).await, |&n| if count == 0 { n == 0 } else { n >= count }).await
    }

    /// Waits until `selector` matches exactly `count` elements; returns the last count seen.
    pub async fn wait_for_count_exactly(&self, selector: &str, count: usize) -> usize {
        self.poll(async || self.count(selector).await, |&n| n == count).await
    }

    /// Text of the first element matching `selector` ("" if none).
    pub async fn text(&self, selector: &str) -> String {
        match self.client.find(Locator::Css(selector)).await {
            Ok(e) => e.text().await.unwrap_or_default(),
            Err(_) => String::new(),
        }
    }

    /// Polls until the text of `selector` satisfies `check`, returning the last text seen.
    pub async fn wait_for_text(&self, selector: &str, check: impl Fn(&str) -> bool) -> String {
        self.poll(async || self.text(selector).await, |t| check(t)).await
    }

    /// Polls until the page URL satisfies `check`; returns the last URL seen.
    pub async fn wait_for_url(&self, check: impl Fn(&str) -> bool) -> String {
        self.poll(async || self.current_url().await, |u| check(u)).await
    }

    /// Clicks the first element matching `selector` that is shown (a chart has a drawing per
    /// width class, only one of them on screen).
    pub async fn click(&self, selector: &str) {
        let found = self.client.find_all(Locator::Css(selector)).await.unwrap_or_default();
        for element in found {
            if element.is_displayed().await.unwrap_or(false) {
                return element.click().await.unwrap_or_else(|e| panic!("{selector}: click: {e}"));
            }
        }
        panic!("{selector}: no element shown");
    }

    pub async fn current_url(&self) -> String {
        self.client.current_url().await.map(|u| u.to_string()).unwrap_or_default()
    }

    pub async fn eval(&self, script: &str) -> Value {
        self.client.execute(script, vec![]).await.expect("script runs")
    }

    /// Browser console entries at level SEVERE (errors), as "level: message" lines.
    pub async fn console_errors(&self) -> Vec<String> {
        self.console(&["SEVERE"]).await
    }

    /// Browser console entries at these levels (SEVERE, WARNING, INFO), as "level: message"
    /// lines; each entry is read once.
    pub async fn console(&self, levels: &[&str]) -> Vec<String> {
        let entries = self.client.issue_cmd(BrowserLog).await.expect("the browser log");
        entries
            .as_array()
            .map(|a| {
                a.iter()
                    .filter(|e| levels.iter().any(|l| e["level"] == *l))
                    .map(|e| format!("{}: {}", e["level"], e["message"]))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Runs a DevTools Protocol command, e.g. `Emulation.setCPUThrottlingRate`.
    pub async fn cdp(&self, cmd: &str, params: Value) -> Value {
        self.client.issue_cmd(Cdp { cmd: cmd.into(), params }).await.unwrap_or_else(|e| panic!("{cmd}: {e}"))
    }

    /// Clicks `selector` and returns the bytes of the file the page then downloads as `name`.
    pub async fn download(&self, selector: &str, name: &str) -> Vec<u8> {
        let folder = self.profile.0.join("downloads");
        let _ = std::fs::create_dir_all(&folder);
        let file = folder.join(name);
        let _ = std::fs::remove_file(&file);
        let folder_text = folder.display().to_string();
        self.cdp("Browser.setDownloadBehavior", json!({ "behavior": "allow", "downloadPath": folder_text })).await;
        self.click(selector).await;
        // Chrome first reserves the name with an empty file and writes a `.crdownload` beside
        // it, renamed over the name when done: reading as soon as the name appears can read
        // nothing (a CI run did).
        self.poll(async || finished_download(&folder, &file), Option::is_some)
            .await
            .unwrap_or_else(|| panic!("{selector}: no file {name} was downloaded"))
    }

    /// Ends the session and the driver; call before asserting so a failure leaves nothing behind.
    pub async fn close(mut self) {
        let _ = self.client.clone().close().await;
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.driver.kill();
    }
}

/// The bytes of `file` once its download has finished: it has bytes and no partial
/// download (`.crdownload`) is left in `folder`.
fn finished_download(folder: &std::path::Path, file: &std::path::Path) -> Option<Vec<u8>> {
    let partial = std::fs::read_dir(folder)
        .ok()?
        .flatten()
        .any(|entry| entry.file_name().to_string_lossy().ends_with(".crdownload"));
    let bytes = std::fs::read(file).ok()?;
    (!partial && !bytes.is_empty()).then_some(bytes)
}

/// A Chrome DevTools Protocol command through chromedriver (network and CPU throttling, scripts
/// that run before the page's own).
#[derive(Debug)]
struct Cdp {
    cmd: String,
    params: Value,
}

impl WebDriverCompatibleCommand for Cdp {
    fn endpoint(&self, base: &url::Url, session: Option<&str>) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/goog/cdp/execute", session.unwrap_or_default()))
    }

    fn method_and_body(&self, _url: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(json!({ "cmd": self.cmd, "params": self.params }).to_string()))
    }
}

/// chromedriver's log endpoint (not in the W3C spec, so fantoccini has no method for it).
#[derive(Debug)]
struct BrowserLog;

impl WebDriverCompatibleCommand for BrowserLog {
    fn endpoint(&self, base: &url::Url, session: Option<&str>) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/se/log", session.unwrap_or_default()))
    }

    fn method_and_body(&self, _url: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(json!({ "type": "browser" }).to_string()))
    }
}
