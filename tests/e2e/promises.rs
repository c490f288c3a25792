//! The time a figure covers, shown wherever a figure is (issue 18), and every dated promise with
//! its deadline, its quote and, once the deadline has passed with no report of completion in the
//! documents, a plain note saying so (issue 15).

use super::browser::Browser;
use super::serve_dist;
use crate::city;
use renewal_explorer::core::dataset::data;
use serde_json::Value;

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
async fn a_citys_dated_promises_show_deadlines_quotes_and_a_plain_note_once_passed() {
    let expected = data().commitments.iter().filter(|c| c.city == city("jiyuan")).count();
    let server = serve_dist("/");
    let b = Browser::start(360, 800).await;
    b.goto(&format!("{}?view=promises&city=jiyuan", server.base_url)).await;
    let shown = b.wait_for_count("[data-testid=commitment]", expected).await;
    // Each commitment: its deadline as written, whether the note is shown, and its quote.
    let items = b
        .eval(
            "const now = new Date(); const month = now.getFullYear() * 12 + now.getMonth() + 1; \
             return [...document.querySelectorAll('[data-testid=commitment]')].map(li => { \
               const d = li.dataset.deadline; const due = +d.slice(0, 4) * 12 + (d.length > 4 ? +d.slice(5, 7) : 12); \
               li.querySelector('summary').click(); \
               const note = li.querySelector('[data-testid=deadline-note]'); \
               return { deadline: li.querySelector('[data-testid=deadline]').textContent, passed: due < month, \
                        note: note ? note.textContent : '', \
                        quote: li.querySelector('[data-testid=quote]').textContent, cities: li.textContent.includes('济源') }; })",
        )
        .await;
    let other_city = b.eval("return document.body.innerText.includes('平顶山 ·')").await;
    // A list holds only list items (axe `list`).
    let stray = b.eval("return document.querySelectorAll('ul.figure-list > :not(li)').length").await;
    let errors = b.console_errors().await;
    b.close().await;

    assert_eq!(shown, expected, "every dated promise of Jiyuan");
    let items = items.as_array().cloned().unwrap_or_default();
    assert_eq!(items.len(), expected);
    let mut passed = 0;
    for item in &items {
        let text = |k: &str| item[k].as_str().unwrap_or_default().to_string();
        assert!(text("deadline").contains("20"), "a deadline: {item}");
        assert!(
            !text("quote").is_empty() && text("quote").contains(&text("deadline")[..4].replace("到", "")),
            "{item}"
        );
        if item["passed"] == Value::Bool(true) {
            passed += 1;
            assert_eq!(text("note"), "期限已过，本文件未见完成情况", "{item}");
        } else {
            assert_eq!(text("note"), "", "no note before the deadline: {item}");
        }
    }
    assert!(passed > 0, "on this date some of Jiyuan's deadlines (2025–2026) have passed");
    assert_eq!(other_city, false, "filtered to the city");
    assert_eq!(stray, 0, "notes sit inside their list items");
    assert!(errors.is_empty(), "console errors: {errors:#?}");
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run scripts/test.sh"]
async fn a_five_year_total_reads_as_a_period_in_the_table_in_both_languages() {
    let server = serve_dist("/");
    let b = Browser::start(1280, 900).await;
    let cell = "return document.querySelector('[data-id=hb25-f048] td:nth-child(6)').textContent";
    b.goto(&format!("{}?view=figures&city=hebi", server.base_url)).await;
    let zh = b.eval(cell).await;
    b.switch_language().await;
    let en = b.wait_for_text("[data-id=hb25-f048] td:nth-child(6)", |t| t.contains("total")).await;
    let errors = b.console_errors().await;
    b.close().await;

    assert_eq!(zh, "2021—2025年累计");
    assert_eq!(en, "total 2021–2025");
    assert!(errors.is_empty(), "console errors: {errors:#?}");
}
