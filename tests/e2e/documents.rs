//! A figure's own page and its place in its document (issue 30): a figure's page holds its
//! quote marked in its paragraph; "read it in the document" lands on the mark, on screen and lit;
//! Back returns. (The explorer's rows do not link to these pages yet: see the README.)

use crate::browser::Browser;
use crate::serve_dist;

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
async fn a_figure_s_page_leads_to_its_lit_mark_in_the_document_and_back_returns() {
    let server = serve_dist("/");
    let b = Browser::start(360, 780).await;
    // A figure of the Hebi report whose quote shares its paragraph with other rows' quotes.
    let id = "hb25-f001";
    b.goto(&format!("{}figures/", server.base_url)).await;
    b.goto(&format!("{}figures/{id}.html", server.base_url)).await;
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
