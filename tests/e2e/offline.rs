//! A resident's app: after one visit the explorer works with the network gone (another view,
//! filters, charts, the open data), and it can be installed (manifest, icons, a worker).

use super::browser::Browser;
use super::serve_dist;
use crate::city;
use renewal_explorer::core::dataset::data;
use renewal_explorer::core::filter::apply;
use renewal_explorer::core::i18n::{around_cities, TAGLINE};
use renewal_explorer::core::model::{Category, Lang};
use renewal_explorer::core::url_state::{View, ViewState};
use serde_json::{json, Value};
use std::time::Duration;

async fn wait_for(b: &Browser, script: &str) -> Value {
    let mut value = Value::Null;
    for _ in 0..200 {
        value = b.eval(script).await;
        if value == Value::Bool(true) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    value
}

/// Whether the server at `base_url` answers a plain GET (outside the browser and its worker).
fn answers(base_url: &str) -> bool {
    use std::io::{Read, Write};
    let address = base_url.trim_start_matches("http://").trim_end_matches('/');
    let Ok(mut stream) = std::net::TcpStream::connect(address) else { return false };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(2)));
    let _ = stream.write_all(b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    let mut reply = Vec::new();
    let _ = stream.read_to_end(&mut reply);
    !reply.is_empty()
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
async fn after_one_visit_another_view_with_filters_opens_offline_and_the_app_is_installable() {
    let server = serve_dist("/");
    let b = Browser::start(1280, 900).await;
    b.goto(&server.base_url).await;
    // The worker has kept this deploy's files and runs the page.
    let controlled = wait_for(&b, "return !!navigator.serviceWorker.controller").await;
    let manifest = b.eval("return fetch(document.querySelector('link[rel=manifest]').href).then(r => r.json())").await;
    let installability = b.cdp("Page.getInstallabilityErrors", json!({})).await;
    let description = b.eval("return document.querySelector('meta[name=description]').content").await;

    // The reader downloads the open data once; the worker keeps what was fetched.
    let online_data = b.eval("return fetch('./data/figures.csv').then(r => r.text()).then(t => t.length)").await;
    wait_for(&b, "return caches.match(new URL('data/figures.csv', location.href).href).then(r => !!r)").await;
    server.go_offline();
    let reachable = answers(&server.base_url);
    b.goto(&format!("{}?view=projects&city=hebi&cat=greening&lang=en", server.base_url)).await;
    let cards = b.wait_for_count("[data-testid=project-card]", 1).await;
    let count = b.text("[data-testid=result-count]").await;
    // English was never read online: the kept Chinese texts stand in for its labels.
    let name = b.text("[data-testid=project-card] h3").await;
    let url = b.current_url().await;
    b.goto(&format!("{}?view=charts&city=jiaozuo", server.base_url)).await;
    let charts = b.wait_for_count("[data-testid=chart] svg", 2).await;
    let csv_lines = b
        .eval(&format!(
            "return fetch('{}data/figures.csv').then(r => r.text()).then(t => t.split('\\n').length)",
            server.base_url
        ))
        .await;
    // A chart's page not visited before: the kept landing page stands in, and the app draws it.
    b.goto(&format!("{}embed/projects-by-status.html", server.base_url)).await;
    let embed_page = Value::Bool(b.wait_for_count("[data-chart=projects-by-status] svg", 1).await > 0);
    let errors = b.console_errors().await;
    b.close().await;

    assert_eq!(controlled, Value::Bool(true), "a service worker controls the page after the first visit");
    assert_eq!(manifest["start_url"], "./");
    assert_eq!(manifest["display"], "standalone");
    assert!(manifest["name"].as_str().is_some_and(|n| n.contains("河南城市更新") && n.contains("Henan")), "{manifest}");
    // The build writes the site's description from data/cities.csv.
    let names = around_cities(TAGLINE, data(), Lang::Zh);
    assert!(manifest["description"].as_str().is_some_and(|d| d.starts_with(&names)), "{manifest}");
    assert!(description.as_str().is_some_and(|d| d.starts_with(&names)), "{description}");
    assert!(names.starts_with(&data().cities.iter().map(|c| c.label().zh).collect::<Vec<_>>().join("、")));
    let icons = manifest["icons"].as_array().cloned().unwrap_or_default();
    for size in ["192x192", "512x512"] {
        for purpose in ["any", "maskable"] {
            assert!(
                icons.iter().any(|i| i["sizes"] == size && i["type"] == "image/png" && i["purpose"] == purpose),
                "a {size} PNG icon for {purpose}: {icons:?}"
            );
        }
    }
    assert_eq!(installability["installabilityErrors"], json!([]), "installable: {installability}");
    assert!(!reachable, "the test server is really gone");
    assert!(cards >= 1, "offline, the filtered list shows its projects ({count})");
    assert!(url.contains("/en/projects/hebi/?cat=greening"), "{url}");
    let hebi_greening = ViewState {
        view: View::Projects,
        cities: vec![city("hebi")],
        categories: vec![Category::Greening],
        ..ViewState::default()
    };
    let names: Vec<&str> = apply(data().projects, &hebi_greening).iter().map(|p| p.name_zh).collect();
    assert!(names.contains(&name.trim()), "the labels in the language kept, never blank: {name:?} in {names:?}");
    assert!(online_data.as_u64().is_some_and(|n| n > 1000), "{online_data}");
    assert!(count.chars().any(|c| c.is_ascii_digit()), "a result count: {count}");
    assert!(charts >= 2, "offline, the charts are drawn: {charts}");
    assert!(csv_lines.as_u64().is_some_and(|n| n > 100), "the open data downloads offline: {csv_lines}");
    assert_eq!(embed_page, Value::Bool(true), "a chart's embed page is kept too");
    assert!(errors.is_empty(), "console errors: {errors:#?}");
}

/// Copies `from` into `to`, folders included.
fn copy_tree(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).expect("a folder");
    for entry in std::fs::read_dir(from).expect("dist/").flatten() {
        let (source, target) = (entry.path(), to.join(entry.file_name()));
        if source.is_dir() {
            copy_tree(&source, &target);
        } else {
            std::fs::copy(&source, &target).expect("a copy");
        }
    }
}

/// A copy of `dist/` to deploy and change, removed when dropped.
struct Site(std::path::PathBuf);

impl Site {
    fn new(name: &str) -> Site {
        let dist = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("dist");
        let site = std::env::temp_dir().join(format!("renewal-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&site);
        copy_tree(&dist, &site);
        Site(site)
    }

    fn read(&self, file: &str) -> String {
        std::fs::read_to_string(self.0.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"))
    }

    fn write(&self, file: &str, text: &str) {
        std::fs::write(self.0.join(file), text).unwrap_or_else(|e| panic!("{file}: {e}"));
    }

    /// The app's loader, `loader-<hash>.js`.
    fn loader(&self) -> String {
        let index = self.read("index.html");
        let at = index.find("loader-").expect("index.html loads a loader");
        index[at..at + "loader-0123456789abcdef.js".len()].to_string()
    }

    /// A new deploy as the build would write it: `sw.js` with a new version and `file`'s new
    /// fingerprint (its contents changed).
    fn redeploy(&self, changed: &str, version: &str) {
        let worker = self.read("sw.js");
        let worker = worker
            .lines()
            .map(|line| {
                if line.starts_with("const VERSION") {
                    format!("const VERSION = \"{version}\";")
                } else if line.starts_with(&format!("  \"./{changed}\":")) {
                    let comma = if line.ends_with(',') { "," } else { "" };
                    format!("  \"./{changed}\": \"{version}\"{comma}")
                } else {
                    line.to_string()
                }
            })
            .collect::<Vec<_>>()
            .join("\n");
        self.write("sw.js", &worker);
    }

    /// A new deploy with a new app: the loader under a new name, the pages and the worker
    /// pointing at it.
    fn new_app(&self, version: &str) -> String {
        let (old, new) = (self.loader(), format!("loader-{version}.js"));
        self.write(&new, &self.read(&old));
        for page in ["index.html", "sw.js"] {
            self.write(page, &self.read(page).replace(&old, &new));
        }
        self.redeploy("index.html", version);
        new
    }
}

impl Drop for Site {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Waits until the worker of this page's scope has finished and only this version's cache is
/// left of the scope; returns the cache names.
async fn caches_settle(b: &Browser, version: &str) -> Value {
    let script = format!(
        "return caches.keys().then(k => k.filter(n => n.startsWith('renewal-explorer ' + new URL('./', location.href).href))).then(k => k.length === 1 && k[0].endsWith({version:?}))"
    );
    wait_for(b, &script).await;
    b.eval("return caches.keys()").await
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
async fn a_new_deploy_fetches_only_what_changed_and_only_an_old_app_offers_a_reload() {
    let site = Site::new("deploy");
    let server = super::server::StaticServer::start(&site.0, "/");
    let b = Browser::start(1280, 900).await;
    // An embed registers no worker: it lives in its reader's news article.
    b.goto(&format!("{}?embed=1&view=charts", server.base_url)).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let embed_workers = b.eval("return navigator.serviceWorker.getRegistrations().then(r => r.length)").await;
    b.goto(&server.base_url).await;
    let controlled = wait_for(&b, "return !!navigator.serviceWorker.controller").await;
    let first = site
        .read("sw.js")
        .lines()
        .find_map(|l| l.strip_prefix("const VERSION = \""))
        .map(|v| v.trim_end_matches("\";").to_string());
    caches_settle(&b, first.as_deref().unwrap_or_default()).await;

    // A deploy that changes one plain file: only it (and the worker) are fetched again.
    site.write("copy.js", &(site.read("copy.js") + "\n// next\n"));
    site.redeploy("copy.js", "0000000000000002");
    server.take_requests();
    b.eval("navigator.serviceWorker.getRegistration().then(r => r.update()); return 0").await;
    caches_settle(&b, "0000000000000002").await;
    let fetched = server.take_requests();
    tokio::time::sleep(Duration::from_millis(300)).await;
    let note_for_same_app = b.eval("return document.getElementById('updated') !== null").await;

    // A deploy with a new app, met by a returning reader: the page already runs it.
    site.new_app("0000000000000003");
    b.goto(&server.base_url).await;
    caches_settle(&b, "0000000000000003").await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let note_for_new_visit = b.eval("return document.getElementById('updated') !== null").await;

    // Another new app while that page is open: now it runs an old one.
    site.new_app("0000000000000004");
    b.eval("navigator.serviceWorker.getRegistration().then(r => r.update()); return 0").await;
    let note = b.wait_for_text("#updated", |t| !t.is_empty()).await;
    let role = b.eval("return document.getElementById('updated')?.getAttribute('role')").await;
    let caches = caches_settle(&b, "0000000000000004").await;
    let errors = b.console_errors().await;
    b.close().await;

    assert_eq!(embed_workers, json!(0), "an embed installs no service worker");
    assert_eq!(controlled, Value::Bool(true));
    let mut fetched: Vec<&str> = fetched.iter().map(|r| r.split('?').next().unwrap_or("")).collect();
    fetched.sort();
    fetched.dedup();
    assert_eq!(fetched, ["/copy.js", "/sw.js"], "only the changed file and the worker are downloaded again");
    assert_eq!(note_for_same_app, Value::Bool(false), "the page runs the deploy's app: no note");
    assert_eq!(note_for_new_visit, Value::Bool(false), "a page loaded after the deploy runs it: no note");
    assert!(note.contains("本站已更新") && note.contains("Reload"), "a calm bilingual note: {note}");
    assert_eq!(role, "status");
    let caches = caches.as_array().cloned().unwrap_or_default();
    assert_eq!(caches.len(), 1, "the old deploys' caches are gone: {caches:?}");
    assert!(errors.is_empty(), "console errors: {errors:#?}");
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
async fn two_deploys_on_one_origin_keep_their_own_offline_copies() {
    let root = std::env::temp_dir().join(format!("renewal-two-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    let dist = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("dist");
    copy_tree(&dist, &root.join("a"));
    copy_tree(&dist, &root.join("b"));
    let server = super::server::StaticServer::start(&root, "/");
    let b = Browser::start(1280, 900).await;
    let mut kept = Vec::new();
    for folder in ["a", "b"] {
        b.goto(&format!("{}{folder}/", server.base_url)).await;
        wait_for(&b, "return !!navigator.serviceWorker.controller").await;
    }
    // Both scopes' caches, each still full.
    wait_for(&b, "return caches.keys().then(k => k.length === 2)").await;
    for folder in ["a", "b"] {
        let script = format!(
            "return caches.keys().then(k => k.find(n => n.includes('/{folder}/'))).then(n => n ? caches.open(n).then(c => c.keys()).then(k => k.length) : 0)"
        );
        kept.push(b.eval(&script).await);
    }
    server.go_offline();
    b.goto(&format!("{}a/?view=charts", server.base_url)).await;
    let charts = b.wait_for_count("[data-testid=chart] svg", 2).await;
    b.close().await;
    let _ = std::fs::remove_dir_all(&root);
    for (folder, files) in ["a", "b"].iter().zip(&kept) {
        assert!(files.as_u64().is_some_and(|n| n > 8), "/{folder}/ keeps its files: {files}");
    }
    assert!(charts >= 2, "the first deploy still works offline after the second was visited");
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
async fn on_a_connection_that_never_answers_a_returning_reader_gets_the_kept_copy() {
    let site = Site::new("liefi");
    let server = super::server::StaticServer::start(&site.0, "/");
    let b = Browser::start_without_waiting(1280, 900).await;
    b.goto(&server.base_url).await;
    wait_for(&b, "return !!navigator.serviceWorker.controller").await;
    wait_for(&b, "return caches.keys().then(k => k.length === 1)").await;
    server.go_silent();
    let started = std::time::Instant::now();
    b.goto(&format!("{}?view=projects&city=hebi", server.base_url)).await;
    // The new page (not the one still shown while the navigation waits) runs the app.
    let running = wait_for(
        &b,
        "return location.pathname.includes('projects/hebi') && !document.getElementById('boot') && !!document.querySelector('[data-testid=project-card]')",
    )
    .await;
    let after = started.elapsed();
    // A plain file waits as long as a page does (the worker's patience), then comes from the copy.
    let copy_script =
        wait_for(&b, "return performance.getEntriesByType('resource').some(e => e.name.endsWith('/copy.js'))").await;
    b.close().await;
    assert_eq!(running, Value::Bool(true), "the app runs from the kept copy");
    assert_eq!(copy_script, Value::Bool(true), "plain scripts come from the kept copy too");
    assert!(after < Duration::from_secs(20), "after the worker's patience, not for ever: {after:?}");
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
async fn a_file_missing_mid_deploy_leaves_offline_use_on_and_says_which() {
    let dist = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("dist");
    let missing = vec!["icons/icon-512.png".to_string(), "embed-child.js".to_string()];
    let options = super::server::Options { missing: missing.clone(), ..Default::default() };
    let server = super::server::StaticServer::start_with(&dist, "/", options);
    let b = Browser::start(1280, 900).await;
    b.goto(&server.base_url).await;
    let controlled = wait_for(&b, "return !!navigator.serviceWorker.controller").await;
    let mut warnings = Vec::new();
    for _ in 0..100 {
        warnings.extend(b.console(&["WARNING"]).await);
        if warnings.iter().any(|w| w.contains("could not be kept")) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    server.go_offline();
    b.goto(&format!("{}?view=charts&city=jiaozuo", server.base_url)).await;
    let charts = b.wait_for_count("[data-testid=chart] svg", 2).await;
    b.close().await;
    assert_eq!(controlled, Value::Bool(true), "the worker installs without the missing files");
    let warning = warnings.iter().find(|w| w.contains("could not be kept")).cloned().unwrap_or_default();
    for file in &missing {
        assert!(warning.contains(file.as_str()), "the console names {file}: {warnings:#?}");
    }
    assert!(charts >= 2, "offline, the explorer still works");
}
