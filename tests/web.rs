//! Component tests in a real browser (wasm-bindgen-test in headless Chromium):
//! `cargo test --target wasm32-unknown-unknown --test web`.
#![cfg(target_arch = "wasm32")]

mod support;

use leptos::prelude::*;
use renewal_explorer::components::chart_card::ChartCard;
use renewal_explorer::core::chart::{chart_by_id, ChartError};
use renewal_explorer::core::dataset::{data, provide_pack, refresh, BUNDLED_PACKS};
use renewal_explorer::core::model::Lang;
use renewal_explorer::core::url_state::ViewState;
use renewal_explorer::state::UrlState;
use renewal_explorer::App;
use support::city;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

/// The test page's own path: the explorer's folder for these tests (the app writes each state's
/// address below it, e.g. `en/` after a language switch).
static FOLDER: std::sync::OnceLock<String> = std::sync::OnceLock::new();

/// Sets the page URL to the folder with this query, then mounts a fresh App into its own wrapper
/// element.
fn mount_at(query: &str) -> web_sys::Element {
    // Both languages, as the loader would hand over the one a page asks for: the language switch
    // then changes the view in place (with one language only, it loads the other's page).
    for (pack, texts) in BUNDLED_PACKS.iter().enumerate() {
        for lang in [Lang::Zh, Lang::En] {
            provide_pack(pack, lang, texts[lang as usize].to_string()).expect("this build's texts");
        }
    }
    refresh();
    let window = web_sys::window().expect("a window");
    let path = FOLDER.get_or_init(|| window.location().pathname().expect("a path")).clone();
    window
        .history()
        .expect("history")
        .replace_state_with_url(&JsValue::NULL, "", Some(&format!("{path}{query}")))
        .expect("replaceState");
    let document = window.document().expect("a document");
    let wrapper = document.create_element("div").expect("a div");
    document.body().expect("a body").append_child(&wrapper).expect("append");
    leptos::mount::mount_to(wrapper.clone().unchecked_into(), || view! { <App url=UrlState::from_browser()/> })
        .forget();
    wrapper
}

/// Leptos updates the DOM after an event, not during it: wait a little before reading.
async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .expect("a window")
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20)
            .expect("setTimeout");
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.expect("timer");
}

fn text(root: &web_sys::Element, selector: &str) -> String {
    root.query_selector(selector).expect("valid selector").and_then(|e| e.text_content()).unwrap_or_default()
}

fn click(root: &web_sys::Element, selector: &str) {
    root.query_selector(selector)
        .expect("valid selector")
        .expect("element present")
        .unchecked_into::<HtmlElement>()
        .click();
}

#[wasm_bindgen_test]
async fn landing_lists_the_four_cities_in_chinese() {
    let root = mount_at("");
    settle().await;
    assert_eq!(root.query_selector_all("[data-testid=city-card]").expect("selector").length(), 4);
    assert_eq!(text(&root, "[data-testid=product-name]"), "河南城市更新数据浏览");
    assert!(text(&root, "[data-city=hebi] h3").starts_with("鹤壁"));
}

#[wasm_bindgen_test]
async fn language_switch_changes_text_url_and_html_lang() {
    let root = mount_at("");
    settle().await;
    click(&root, "[data-testid=lang-switch]");
    settle().await;
    assert_eq!(text(&root, "[data-testid=product-name]"), "Henan Urban Renewal Explorer");
    let window = web_sys::window().expect("a window");
    let folder = FOLDER.get().cloned().unwrap_or_default();
    assert_eq!(window.location().pathname().expect("path"), format!("{folder}en/"), "the English page's address");
    assert_eq!(window.location().search().expect("search"), "");
    let html_lang = window.document().and_then(|d| d.document_element()).and_then(|e| e.get_attribute("lang"));
    assert_eq!(html_lang.as_deref(), Some("en"));
    click(&root, "[data-testid=lang-switch]");
    settle().await;
    assert_eq!(text(&root, "[data-testid=product-name]"), "河南城市更新数据浏览");
}

#[wasm_bindgen_test]
async fn a_malformed_url_shows_a_notice_as_text_and_can_be_dismissed() {
    let root = mount_at("?city=atlantis&q=%E5%85%AC%E5%9B%AD&<b>=<img src=x>");
    settle().await;
    let notice = text(&root, "[data-testid=url-notice]");
    assert!(notice.contains("atlantis"), "notice: {notice}");
    assert!(notice.contains("<img src=x>"), "the URL text is shown as text: {notice}");
    assert!(root.query_selector("[data-testid=url-notice] img").expect("selector").is_none());
    click(&root, "[data-testid=dismiss-notice]");
    settle().await;
    assert!(root.query_selector("[data-testid=url-notice]").expect("selector").is_none());
}

#[wasm_bindgen_test]
async fn a_panic_leaves_a_reload_notice_not_a_dead_page() {
    renewal_explorer::crash::show_notice();
    renewal_explorer::crash::show_notice();
    let document = web_sys::window().and_then(|w| w.document()).expect("a document");
    let notices = document.query_selector_all("#crash-notice").expect("selector");
    assert_eq!(notices.length(), 1, "shown once");
    let text = document.get_element_by_id("crash-notice").and_then(|e| e.text_content()).unwrap_or_default();
    assert!(text.contains("请刷新") && text.contains("reload"), "{text}");
    assert!(document.query_selector("#crash-notice a[href='']").expect("selector").is_some(), "a reload link");
    if let Some(n) = document.get_element_by_id("crash-notice") {
        n.remove();
    }
}

/// A real panic, through the hook `main` installs (`crash::install`). The harness passes a
/// `should_panic` test only if its own hook records the expected message; here it is called
/// after the app's hook, and only when that hook has put the notice on the page.
#[wasm_bindgen_test]
#[should_panic(expected = "a real panic, after which the notice is on the page")]
fn a_real_panic_reaches_the_notice_through_the_installed_hook() {
    let document = web_sys::window().and_then(|w| w.document()).expect("a document");
    if let Some(old) = document.get_element_by_id("crash-notice") {
        old.remove();
    }
    let harness = std::panic::take_hook();
    renewal_explorer::crash::install();
    let app = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        app(info);
        if let Some(notice) = document.get_element_by_id("crash-notice") {
            notice.remove();
            harness(info);
        }
    }));
    panic!("a real panic, after which the notice is on the page");
}

#[wasm_bindgen_test]
async fn embed_mode_marks_the_page_and_a_chart_link_shows_one_chart() {
    let root = mount_at("?embed=1&chart=compare-green-coverage-rate");
    settle().await;
    let document = web_sys::window().and_then(|w| w.document()).expect("a document");
    let classes = document.document_element().map(|e| e.class_name()).unwrap_or_default();
    assert!(classes.split(' ').any(|c| c == "embed"), "html class: {classes}");
    assert_eq!(root.query_selector_all("[data-testid=chart]").expect("selector").length(), 1);
    assert!(text(&root, "[data-testid=chart] .chart-caption").starts_with("来源："));
    assert!(text(&root, "[data-testid=open-full]").contains("完整浏览器"));
}

#[wasm_bindgen_test]
async fn a_chart_that_could_not_be_drawn_says_so_and_shows_its_table() {
    mount_at("");
    let mut chart = chart_by_id(data(), &ViewState::default(), Lang::Zh, "projects-by-status").expect("a chart");
    chart.drawings = Err(ChartError("the canvas refused".into()));
    let document = web_sys::window().and_then(|w| w.document()).expect("a document");
    let root = document.create_element("div").expect("a div");
    document.body().expect("a body").append_child(&root).expect("append");
    leptos::mount::mount_to(root.clone().unchecked_into(), move || {
        provide_context(UrlState::from_browser());
        view! { <ChartCard chart=chart.clone() lang=Memo::new(|_| Lang::Zh)/> }
    })
    .forget();
    settle().await;
    assert!(text(&root, "[data-testid=chart-failed]").contains("未能绘制"), "the reader is told");
    assert!(text(&root, ".chart-title").contains("项目"), "the card keeps its title");
    let table = root.query_selector("[data-testid=chart-table]").expect("selector").expect("a table");
    assert!(!table.has_attribute("hidden"), "its table is shown in the picture's place");
    assert!(text(&root, "[data-testid=chart-table]").contains("鹤壁"), "with its data");
    assert!(
        root.query_selector("[data-testid=download-svg]").expect("selector").is_none(),
        "no empty picture to download"
    );
    assert!(
        root.query_selector("[data-testid=download-csv]").expect("selector").is_some(),
        "its data can be downloaded"
    );
}

#[wasm_bindgen_test]
fn the_embeds_state_reaches_javascript_as_the_fields_a_host_reads() {
    use renewal_explorer::core::embed::state_message;
    use renewal_explorer::core::model::Category;
    use renewal_explorer::core::url_state::{View, ViewState};
    let state = ViewState {
        view: View::Charts,
        cities: vec![city("jiyuan"), city("hebi")],
        categories: vec![Category::Greening],
        embed: true,
        ..Default::default()
    };
    let value =
        renewal_explorer::embed_state::to_js(&state_message("https://h.example/renewal/", &state)).expect("to JS");
    let field = |name: &str| js_sys::Reflect::get(&value, &JsValue::from_str(name)).expect("a field");
    assert_eq!(field("type").as_string().as_deref(), Some("renewal-explorer:state"));
    assert_eq!(field("view").as_string().as_deref(), Some("charts"));
    assert_eq!(field("lang").as_string().as_deref(), Some("zh"));
    let cities = js_sys::Array::from(&field("cities"));
    assert_eq!(cities.iter().filter_map(|c| c.as_string()).collect::<Vec<_>>(), ["jiyuan", "hebi"]);
    assert_eq!(js_sys::Array::from(&field("categories")).get(0).as_string().as_deref(), Some("greening"));
    assert!(field("chart").is_null() && field("project").is_null(), "empty fields are null, not missing");
    assert_eq!(
        field("url").as_string().as_deref(),
        Some("https://h.example/renewal/charts/?city=jiyuan,hebi&cat=greening")
    );
}

/// The rendered copy leaves in pieces holding at most `PIECE_ELEMENTS` elements (never thousands in
/// one task), from its end, its loading note last and then the copy itself.
#[wasm_bindgen_test]
async fn the_rendered_copy_leaves_in_small_pieces_and_its_loading_note_last() {
    use renewal_explorer::takeover::{remove_in_pieces, PIECE_ELEMENTS};
    let window = web_sys::window().expect("a window");
    let document = window.document().expect("a document");
    let holder = document.create_element("div").expect("a div");
    holder.set_id("holder");
    let section = |n: usize| {
        format!("<section>{}</section>", "<div><svg><g><rect></rect><text>1</text></g></svg></div>".repeat(n))
    };
    holder.set_inner_html(&format!(
        "<div id=\"copy\" hidden><header><nav><a>1</a><a>2</a></nav></header>\
         <main><p id=\"boot\">Loading</p>{}{}<ul>{}</ul></main><footer><p>f</p></footer></div>",
        section(300),
        section(150),
        "<li>x</li>".repeat(300)
    ));
    document.body().expect("a body").append_child(&holder).expect("append");
    let copy = document.get_element_by_id("copy").expect("the copy");
    let elements = copy.query_selector_all("*").expect("a query").length();
    js_sys::Function::new_no_args(
        "window.__pieces = []; new MutationObserver(records => { for (const r of records) for (const n of r.removedNodes) \
         if (n.nodeType === 1 && !n.isConnected) window.__pieces.push([n.id, n.querySelectorAll('*').length]); }) \
         .observe(document.getElementById('holder'), { childList: true, subtree: true });",
    )
    .call0(&JsValue::NULL)
    .expect("a watch");
    remove_in_pieces(&copy).await;
    settle().await;
    assert!(document.get_element_by_id("copy").is_none(), "the copy is gone");
    let pieces: Vec<(String, u32)> =
        js_sys::Array::from(&js_sys::Reflect::get(&window, &JsValue::from_str("__pieces")).expect("pieces"))
            .iter()
            .map(|p| {
                let p = js_sys::Array::from(&p);
                (p.get(0).as_string().unwrap_or_default(), p.get(1).as_f64().unwrap_or(f64::NAN) as u32)
            })
            .collect();
    assert!(elements > 2_000, "a copy as large as a Charts page's: {elements} elements");
    assert!(pieces.len() > 20, "{} pieces", pieces.len());
    let largest = pieces.iter().map(|(_, under)| *under).max().unwrap_or(0);
    assert!(largest <= PIECE_ELEMENTS, "no piece holds over {PIECE_ELEMENTS} elements: {largest}");
    let last: Vec<&str> = pieces.iter().rev().take(2).map(|(id, _)| id.as_str()).collect();
    assert_eq!(last, ["copy", "boot"], "the note leaves last, then the emptied copy");
    assert_eq!(pieces.iter().map(|(_, under)| under + 1).sum::<u32>(), elements + 1, "every element left once");
}
