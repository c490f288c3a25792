//! The About page's markup (core::about): every document, the counts per city, the downloads,
//! the citation, and the way to the data dictionary, in either language, every text escaped.
#![cfg(not(target_arch = "wasm32"))]

use renewal_explorer::core::about::about_html;
use renewal_explorer::core::dataset::{data, Dataset};
use renewal_explorer::core::model::{Lang, Source};

#[test]
fn about_lists_each_document_the_counts_the_downloads_and_where_the_columns_are_explained() {
    let zh = about_html(data(), Lang::Zh);
    for s in data().sources {
        assert!(
            zh.contains(&format!(
                r#"<li id="source-{}" data-testid="source-item"><strong>{}</strong>"#,
                s.id, s.title_zh
            )),
            "{}",
            s.id
        );
    }
    for id in ["sources", "dataset", "downloads", "cite", "dictionary"] {
        assert!(zh.contains(&format!(r#"<section aria-labelledby="{id}-heading"><h2 id="{id}-heading">"#)), "{id}");
    }
    assert!(zh.contains(r#"<div class="table-scroll" role="region" aria-label="各市文件、项目与数据条数" tabindex="0"><table class="counts" data-testid="dataset-counts">"#), "{zh}");
    for &c in data().cities {
        let (d, p, f) = data().city_counts(c);
        assert!(zh.contains(&format!(
            r#"<tr><th scope="row">{}</th><td>{d}</td><td>{p}</td><td>{f}</td></tr>"#,
            c.label().zh
        )));
    }
    assert!(zh.contains(r#"<li><a href="data/figures.csv" download="">数据 figures.csv</a></li>"#));
    assert!(zh.contains(r#"<a href="data/index.html#dictionary">"#));
    let en = about_html(data(), Lang::En);
    assert!(
        en.contains(r#"<h2 id="dictionary-heading">Data dictionary</h2>"#) && en.contains("Everything, dataset.json"),
        "{en}"
    );
    assert_ne!(zh, en);
}

#[test]
fn about_escapes_the_data_it_shows() {
    let hostile: &'static [Source] =
        Box::leak(vec![Source { title_zh: "<script>alert(1)</script>", ..data().sources[0] }].into_boxed_slice());
    let data = Dataset { sources: hostile, ..*data() };
    let html = about_html(&data, Lang::Zh);
    assert!(!html.contains("<script>") && html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "{html}");
}
