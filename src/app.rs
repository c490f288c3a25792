//! The shell: URL state as context, `<html lang>` and title, header, the current view, footer.
//! It comes in three parts (top, main, bottom), each in its own `.app-part` element (which does
//! not take part in layout), so the browser can build them in separate tasks (see `takeover`);
//! `App` is all three at once.

use crate::components::embed_bar::EmbedBar;
use crate::components::notice_bar::NoticeBar;
use crate::components::share_panel::SharePanel;
use crate::components::site_footer::SiteFooter;
use crate::components::site_header::SiteHeader;
use crate::components::text::tr;
use crate::core::chart::ChartSet;
use crate::core::dataset::data;
use crate::core::i18n;
use crate::core::page::{document_title, root_classes, same_classes};
use crate::core::url_state::View;
use crate::pages::about::AboutPage;
use crate::pages::chart_embed::ChartEmbedPage;
use crate::pages::charts::ChartsPage;
use crate::pages::figures::FiguresPage;
use crate::pages::overview::OverviewPage;
use crate::pages::projects::ProjectsPage;
use crate::pages::promises::PromisesPage;
use crate::state::UrlState;
use leptos::prelude::*;

/// A part of the page, in document order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// `<html>` attributes and title, the site header, the URL notice.
    Top,
    /// The current view.
    Main,
    /// The footer and the embed line.
    Bottom,
}

impl Part {
    /// In document order.
    pub const ALL: [Part; 3] = [Part::Top, Part::Main, Part::Bottom];
}

/// The whole explorer for one page's URL state (made from the browser's location, or at build
/// time from the page being prerendered).
#[component]
pub fn App(url: UrlState) -> impl IntoView {
    Part::ALL.map(|part| view! { <div class="app-part"><AppPart url=url part=part/></div> })
}

/// One part of the explorer, with the URL state as its context.
#[component]
pub fn AppPart(url: UrlState, part: Part) -> impl IntoView {
    provide_context(url);
    match part {
        Part::Top => top(url).into_any(),
        Part::Main => main(url).into_any(),
        // One shell for both modes: embedded (embed=1), a class on <html> hides the site header,
        // footer and share panel and shows the compact source line (see style/main.css). A
        // second view tree for embeds would cost about 7 KB of wasm.
        Part::Bottom => view! { <SiteFooter/> <EmbedBar/> }.into_any(),
    }
}

/// The classes of `<html>` that the start owns (the page's first script, the loader, `takeover`).
const START_CLASSES: [&str; 3] = ["stale", "running", "failed"];

fn top(url: UrlState) -> impl IntoView {
    crate::embed_state::report_to_host(url);
    let head = url.select(|s| (s.lang, root_classes(s), document_title(data(), s)));
    // In the browser only (effects do not run at build time, where the prerender step writes
    // the same values into the page with the same functions).
    Effect::new(move |_| {
        let (lang, classes, title) = head.get();
        let doc = document();
        // Written only when they differ: setting `lang` or the class of <html>, even to the same
        // value, makes the browser re-check the style of every element of the page.
        if let Some(root) = doc.document_element() {
            if root.get_attribute("lang").as_deref() != Some(lang.html_lang()) {
                let _ = root.set_attribute("lang", lang.html_lang());
            }
            // `theme-auto` leaves the colours to prefers-color-scheme (see style/main.css).
            // How the start stands stays as it is (see takeover): `stale` until the app's view
            // is swapped in (this part is built before the others, and the page's own view must
            // stay hidden until then), then `running`.
            let start: String =
                START_CLASSES.iter().filter(|c| root.class_list().contains(c)).map(|c| format!(" {c}")).collect();
            let class = format!("js {classes}{start}");
            if !same_classes(&root.class_name(), &class) {
                root.set_class_name(&class);
            }
        }
        doc.set_title(&title);
    });
    view! { <SiteHeader/> <NoticeBar/> }
}

/// A new view closes the share panel left open and clears its "copied": they were for the view
/// that was. (Through the DOM: the panel outlives the view, and this costs the wasm least.)
fn close_share_panels() {
    let each = |selector: &str, act: &dyn Fn(&web_sys::Element)| {
        let Ok(found) = document().query_selector_all(selector) else { return };
        for node in (0..found.length()).filter_map(|i| found.item(i)) {
            if let Ok(element) = wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(node) {
                act(&element);
            }
        }
    };
    each("details.share[open]", &|e| {
        let _ = e.remove_attribute("open");
    });
    each("[data-copy-status]", &|e| e.set_text_content(None));
}

fn main(url: UrlState) -> impl IntoView {
    let view_now = url.select(|s| s.view);
    let lang = url.select(|s| s.lang);
    let embedded = url.select(|s| s.embed);
    // A new view moves focus to its heading, which screen readers then read out. (Not when the
    // page first loads: focus stays where the browser put it.)
    Effect::new(move |previous: Option<View>| {
        let now = view_now.get();
        if previous.is_some_and(|p| p != now) {
            crate::focus::move_to(vec!["#view-title".into()]);
            close_share_panels();
        }
        now
    });
    let embed = url.select(|s| (s.embed, s.chart.clone()));
    // A new view is built in a scope of its own: what it reads dies with it (see `scoped`).
    let page = move || match (url.scoped(), embed.get(), view_now.get()) {
        (_, (true, Some(chart)), _) => view! { <ChartEmbedPage id=chart/> }.into_any(),
        (_, _, View::Projects) => view! { <ProjectsPage/> }.into_any(),
        (_, _, View::Figures) => view! { <FiguresPage/> }.into_any(),
        (_, _, View::Promises) => view! { <PromisesPage/> }.into_any(),
        (_, _, View::Charts) => view! { <ChartsPage set=ChartSet::Overview/> }.into_any(),
        (_, _, View::Compare) => view! { <ChartsPage set=ChartSet::Compare/> }.into_any(),
        (_, _, View::About) => view! { <AboutPage/> }.into_any(),
        (_, _, View::Overview) => view! { <OverviewPage/> }.into_any(),
    };
    // The view's name as its heading (the navigation shows it on screen); an embed, whose site
    // header is hidden, also names the explorer as its level-one heading.
    let heading = move || view_now.get().label().get(lang.get());
    let embed_heading =
        move || embedded.get().then(|| view! { <h1 class="visually-hidden">{tr(lang, i18n::PRODUCT_NAME)}</h1> });
    // In the build's HTML only: the note that holds the view's place while the page waits for the
    // app to show what its address asks for (the page's first script marks it `stale`).
    let waiting = url.prerendering().then(|| {
        view! {
            <p id="boot" class="boot" role="status">"正在加载… "<span lang="en">"Loading…"</span></p>
        }
    });
    view! {
        <main id="main" tabindex="-1" data-testid="main" on:click=move |ev| crate::nav_links::follow(url, &ev)>
            {waiting}
            {embed_heading}
            <h2 id="view-title" class="visually-hidden" tabindex="-1" data-testid="view-title">{heading}</h2>
            <SharePanel/>
            {page}
        </main>
    }
}
