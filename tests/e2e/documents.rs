//! A figure's own page and its place in its document (issue 30): from the figures view a
//! figure's link opens its page, which holds its quote lit in its paragraph; "read it in the
//! document" lands on the mark, on screen and lit; Back returns. And the pages' links, texts and
//! marks, read from `dist/`.

use crate::browser::Browser;
use crate::serve_dist;

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
async fn a_figure_opens_its_page_and_its_lit_mark_in_the_document_and_back_returns() {
    let server = serve_dist("/");
    let b = Browser::start(360, 780).await;
    // Hebi's figures: its report's paragraphs hold several rows' quotes each.
    b.goto(&format!("{}figures/hebi/", server.base_url)).await;
    b.wait_for_count("[data-testid=figure-row]", 10).await;
    let id = b.eval("return document.querySelector('[data-testid=figure-row]').dataset.id").await;
    let id = id.as_str().unwrap_or_default().to_string();
    b.click("[data-testid=figure-row] [data-testid=show-source]").await;
    b.click("[data-testid=figure-row] [data-testid=row-page]").await;
    let page = b.wait_for_url(|u| u.ends_with(&format!("/figures/{id}.html"))).await;
    let heading = b.text("h1").await;
    let marked = b.text("[data-testid=paragraph] mark").await;
    let og = b.eval("return document.querySelector('meta[property=\"og:title\"]').content").await;
    b.click("[data-testid=in-document]").await;
    let document = b.wait_for_url(|u| u.contains("/sources/") && u.ends_with(&format!("#{id}"))).await;
    let landed = b
        .eval(&format!(
            "const label = document.getElementById('{id}');
             const marks = [...document.querySelectorAll('mark.r-{id}')];
             const box = marks[0].getBoundingClientRect();
             return {{ target: label.matches(':target'),
                      on_screen: box.top >= 0 && box.bottom <= innerHeight && marks[0].checkVisibility(),
                      lit: marks.map(m => getComputedStyle(m).backgroundColor),
                      other: getComputedStyle(document.querySelector('mark:not(.r-{id})')).backgroundColor }}"
        ))
        .await;
    b.client.back().await.expect("back");
    let back = b.wait_for_url(|u| u.ends_with(&format!("/figures/{id}.html"))).await;
    let errors = b.console_errors().await;
    b.close().await;

    assert!(page.ends_with(&format!("figures/{id}.html")), "{page}");
    assert!(
        !heading.is_empty() && !marked.is_empty(),
        "the page names the figure and marks its quote: {heading} / {marked}"
    );
    assert!(og.as_str().is_some_and(|t| t.chars().any(|c| c.is_ascii_digit())), "og:title carries the number: {og}");
    assert!(document.contains(&format!("#{id}")), "{document}");
    assert_eq!(landed["target"], true, "{landed}");
    assert_eq!(landed["on_screen"], true, "the mark is on screen: {landed}");
    let lit = landed["lit"].as_array().cloned().unwrap_or_default();
    assert!(
        !lit.is_empty() && lit.iter().all(|c| c == "rgb(255, 201, 64)"),
        "every piece of the quote is lit: {landed}"
    );
    assert_ne!(landed["other"], "rgb(255, 201, 64)", "another row's mark is not: {landed}");
    assert!(back.ends_with(&format!("figures/{id}.html")));
    assert!(errors.is_empty(), "{errors:?}");
}

/// Every page the build writes for a document or a row, and the data page.
fn reading_pages(dist: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut pages = vec![dist.join("data/index.html")];
    for folder in ["sources", "figures", "promises", "en/sources", "en/figures", "en/promises"] {
        let entries = std::fs::read_dir(dist.join(folder)).unwrap_or_else(|e| panic!("{folder}: {e}"));
        let mut files: Vec<_> = entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "html") && !p.ends_with("index.html"))
            .collect();
        files.sort();
        pages.extend(files);
    }
    pages
}

/// The `href`s of a page's markup.
fn hrefs(html: &str) -> Vec<String> {
    html.split("href=\"").skip(1).filter_map(|rest| rest.split('"').next()).map(|h| h.replace("&amp;", "&")).collect()
}

#[test]
#[ignore = "needs dist/: run scripts/test.sh"]
fn every_link_of_the_reading_pages_resolves_to_a_file_and_every_fragment_to_its_id() {
    use renewal_explorer::core::dataset::data;
    let dist = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("dist");
    let pages = reading_pages(&dist);
    let documents = data().sources.len() * 2;
    let rows = (data().figures.len() + data().commitments.len()) * 2;
    assert_eq!(pages.len(), 1 + documents + rows, "a page per document and per figure and promise, zh and en");
    let mut broken = Vec::new();
    let mut checked = 0;
    for page in &pages {
        let html = std::fs::read_to_string(page).expect("a page");
        let folder = page.parent().expect("a folder");
        for href in hrefs(&html).iter().filter(|h| !h.starts_with("http")) {
            let (path, fragment) = href.split_once('#').unwrap_or((href, ""));
            let path = path.split('?').next().unwrap_or_default();
            let mut target = if path.is_empty() { page.clone() } else { folder.join(path) };
            if path.ends_with('/') || target.is_dir() {
                target = target.join("index.html");
            }
            checked += 1;
            let Ok(text) = std::fs::read_to_string(&target) else {
                broken.push(format!("{}: {href} (no file)", page.display()));
                continue;
            };
            if !fragment.is_empty() && !text.contains(&format!("id=\"{fragment}\"")) {
                broken.push(format!("{}: {href} (no id {fragment})", page.display()));
            }
        }
    }
    assert!(checked > 5_000, "{checked} links checked");
    assert!(broken.is_empty(), "{} broken link(s):\n{}", broken.len(), broken.join("\n"));
}

#[test]
#[ignore = "needs dist/: run scripts/test.sh"]
fn each_document_page_holds_its_text_and_marks_every_quote_by_its_row_id() {
    use renewal_explorer::core::dataset::data;
    use renewal_explorer::core::markup::escape;
    let repo = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    for source in data().sources {
        for page in [format!("sources/{}.html", source.id), format!("en/sources/{}.html", source.id)] {
            let html = std::fs::read_to_string(repo.join("dist").join(&page)).expect("a document page");
            let held = std::fs::read_to_string(repo.join(format!("data/sources/{}.txt", source.id))).expect("held");
            // Each paragraph's text, with the marks' labels and tags taken out, is on the page.
            let text = strip_tags(&without_labels(&html));
            for paragraph in held.lines().filter(|l| *l != "…") {
                let paragraph = escape(paragraph.trim_start_matches("## "));
                assert!(text.contains(&paragraph), "{page} lacks the paragraph {paragraph}");
            }
            let quoted = (data().figures.iter().filter(|f| f.source_id == source.id).map(|f| (f.id, f.quote)))
                .chain(data().projects.iter().filter(|p| p.source_id == source.id).map(|p| (p.id, p.quote)))
                .chain(data().commitments.iter().filter(|c| c.source_id == source.id).map(|c| (c.id, c.quote)));
            for (id, quote) in quoted {
                assert!(html.contains(&format!(r#"id="{id}""#)), "{page}: no anchor for {id}");
                let lit: String = html
                    .split(&format!("r-{id}"))
                    .skip(1)
                    .filter_map(|rest| rest.split_once("\">").and_then(|(_, t)| t.split("</mark>").next()))
                    .collect();
                assert_eq!(lit, escape(quote), "{page}: the marks of {id} hold exactly its quote");
            }
        }
    }
}

#[test]
#[ignore = "needs dist/: run scripts/test.sh"]
fn each_row_page_holds_its_quote_value_time_citation_and_preview_tags() {
    use renewal_explorer::core::dataset::{data, VERSION};
    use renewal_explorer::core::display::{scope_label, value_label};
    use renewal_explorer::core::markup::escape;
    use renewal_explorer::core::model::Lang;
    let dist = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("dist");
    for f in data().figures {
        for (lang, page) in
            [(Lang::Zh, format!("figures/{}.html", f.id)), (Lang::En, format!("en/figures/{}.html", f.id))]
        {
            let html = std::fs::read_to_string(dist.join(&page)).expect("a figure page");
            let value = escape(&value_label(f, lang));
            let time = escape(&scope_label(data(), f, lang));
            let og = html.split(r#"property="og:title" content=""#).nth(1).and_then(|t| t.split('"').next());
            assert!(
                og.is_some_and(|t| t.contains(&time) && (t.contains(&value) || f.baseline_text.is_some())),
                "{page}: og:title {og:?}"
            );
            assert!(html.contains(r#"property="og:description""#), "{page}");
            assert!(
                html.contains(&format!(r#"<mark class="r-{}">{}</mark>"#, f.id, escape(f.quote))),
                "{page}: the quote lit"
            );
            assert!(html.contains(&time), "{page}: its time");
            assert!(html.contains("GB/T 7714-2015") && html.contains(VERSION), "{page}: its citation with the version");
        }
    }
    // The charts that draw a figure: its change chart; the progress chart of the goal it reports on.
    let charts = |page: &str| std::fs::read_to_string(dist.join(page)).expect("a figure page");
    assert!(charts("figures/pds25-f008.html")
        .contains(r#"href="../embed/change-pds25-f008.html" data-testid="figure-chart""#));
    assert!(charts("en/figures/pds25-f008.html").contains(r#"href="../../embed/change-pds25-f008.en.html""#));
    let drawn_in = |id: &str| charts(&format!("figures/{id}.html")).matches(r#"data-testid="figure-chart""#).count();
    assert!(
        drawn_in("pds25-f024") >= 1 && drawn_in("pds25-f001") == 0,
        "a goal's progress chart; none for a lone fact"
    );
}

/// A page without its marks' labels (links put where quotes start).
fn without_labels(html: &str) -> String {
    let mut parts = html.split(r#"<a class="mark-label""#);
    let mut out = parts.next().unwrap_or_default().to_string();
    for part in parts {
        out.push_str(part.split_once("</a>").map_or(part, |(_, rest)| rest));
    }
    out
}

/// A page's text with its tags taken out (the entities stay as written).
fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}
