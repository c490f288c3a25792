//! A resident's app: after one visit the explorer works with the network gone (another view,
//! filters, charts, the open data), and it can be installed (manifest, icons, a worker).

use super::browser::Browser;
use super::serve_dist;
use renewal_explorer::core::dataset::BUNDLED;
use renewal_explorer::core::i18n::{around_cities, TAGLINE};
use renewal_explorer::core::model::Lang;
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

    server.go_offline();
    let reachable = answers(&server.base_url);
    b.goto(&format!("{}?view=projects&city=hebi&cat=greening&lang=en", server.base_url)).await;
    let cards = b.wait_for_count("[data-testid=project-card]", 1).await;
    let count = b.text("[data-testid=result-count]").await;
    let url = b.current_url().await;
    b.goto(&format!("{}?view=charts&city=jiaozuo", server.base_url)).await;
    let charts = b.wait_for_count("[data-testid=chart] svg", 2).await;
    let data = b.eval("return fetch('./data/figures.csv').then(r => r.text()).then(t => t.split('\\n').length)").await;
    let embed_page = b.eval("return fetch('./embed/projects-by-status.html').then(r => r.ok)").await;
    let errors = b.console_errors().await;
    b.close().await;

    assert_eq!(controlled, Value::Bool(true), "a service worker controls the page after the first visit");
    assert_eq!(manifest["start_url"], "./");
    assert_eq!(manifest["display"], "standalone");
    assert!(manifest["name"].as_str().is_some_and(|n| n.contains("河南城市更新") && n.contains("Henan")), "{manifest}");
    // The build writes the site's description from data/cities.csv.
    let names = around_cities(TAGLINE, &BUNDLED, Lang::Zh);
    assert!(manifest["description"].as_str().is_some_and(|d| d.starts_with(&names)), "{manifest}");
    assert!(description.as_str().is_some_and(|d| d.starts_with(&names)), "{description}");
    assert!(names.starts_with(&BUNDLED.cities.iter().map(|c| c.label().zh).collect::<Vec<_>>().join("、")));
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
    assert!(url.contains("city=hebi") && url.contains("cat=greening"), "{url}");
    assert!(count.chars().any(|c| c.is_ascii_digit()), "a result count: {count}");
    assert!(charts >= 2, "offline, the charts are drawn: {charts}");
    assert!(data.as_u64().is_some_and(|n| n > 100), "the open data downloads offline: {data}");
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

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
async fn a_new_deploy_takes_over_an_open_page_with_a_calm_note_and_embeds_install_nothing() {
    let dist = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("dist");
    let site = std::env::temp_dir().join(format!("renewal-deploy-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&site);
    copy_tree(&dist, &site);
    let server = super::server::StaticServer::start(&site, "/");
    let b = Browser::start(1280, 900).await;
    // An embed registers no worker: it lives in its reader's news article.
    b.goto(&format!("{}?embed=1&view=charts", server.base_url)).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let embed_workers = b.eval("return navigator.serviceWorker.getRegistrations().then(r => r.length)").await;
    b.goto(&server.base_url).await;
    let controlled = wait_for(&b, "return !!navigator.serviceWorker.controller").await;
    let before = b.eval("return document.getElementById('updated') === null").await;
    // The next deploy: any change to the site's files gives a new worker.
    let worker = site.join("sw.js");
    let text = std::fs::read_to_string(&worker).expect("sw.js");
    std::fs::write(&worker, text.replacen("const VERSION = \"", "const VERSION = \"next-", 1)).expect("a new sw.js");
    b.eval("navigator.serviceWorker.getRegistration().then(r => r.update()); return 0").await;
    let note = b.wait_for_text("#updated", |t| !t.is_empty()).await;
    let role = b.eval("return document.getElementById('updated')?.getAttribute('role')").await;
    // The new worker deletes the old deploy's cache as it takes over.
    wait_for(&b, "return caches.keys().then(k => k.length === 1)").await;
    let caches = b.eval("return caches.keys()").await;
    let errors = b.console_errors().await;
    b.close().await;
    let _ = std::fs::remove_dir_all(&site);

    assert_eq!(embed_workers, json!(0), "an embed installs no service worker");
    assert_eq!(controlled, Value::Bool(true));
    assert_eq!(before, Value::Bool(true), "no note before an update");
    assert!(note.contains("本站已更新") && note.contains("Reload"), "a calm bilingual note: {note}");
    assert_eq!(role, "status");
    let caches = caches.as_array().cloned().unwrap_or_default();
    assert_eq!(caches.len(), 1, "the old deploy's cache is gone: {caches:?}");
    assert!(caches[0].as_str().is_some_and(|c| c.contains("next-")), "{caches:?}");
    assert!(errors.is_empty(), "console errors: {errors:#?}");
}
