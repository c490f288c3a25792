//! The shell: URL state as context, `<html lang>` and title, header, the current view, footer.

use crate::components::embed_bar::EmbedBar;
use crate::components::notice_bar::NoticeBar;
use crate::components::share_panel::SharePanel;
use crate::components::site_footer::SiteFooter;
use crate::components::site_header::SiteHeader;
use crate::core::chart::ChartSet;
use crate::core::i18n;
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

#[component]
pub fn App() -> impl IntoView {
    let url = UrlState::from_location();
    provide_context(url);
    let lang = url.select(|s| s.lang);
    let view_now = url.select(|s| s.view);
    let look = url.select(|s| (s.theme, s.large, s.embed));

    Effect::new(move |_| {
        let lang = lang.get();
        let (theme, large, embed) = look.get();
        let doc = document();
        if let Some(root) = doc.document_element() {
            let _ = root.set_attribute("lang", lang.html_lang());
            // `theme-auto` leaves the colours to prefers-color-scheme (see style/main.css).
            let large = if large { " large" } else { "" };
            let embed = if embed { " embed" } else { "" };
            root.set_class_name(&format!("theme-{}{large}{embed}", theme.id()));
        }
        doc.set_title(&format!("{} · {}", view_now.get().label().get(lang), i18n::PRODUCT_NAME.get(lang)));
    });

    let embed = url.select(|s| (s.embed, s.chart.clone()));
    let page = move || match (embed.get(), view_now.get()) {
        ((true, Some(chart)), _) => view! { <ChartEmbedPage id=chart/> }.into_any(),
        (_, View::Projects) => view! { <ProjectsPage/> }.into_any(),
        (_, View::Figures) => view! { <FiguresPage/> }.into_any(),
        (_, View::Promises) => view! { <PromisesPage/> }.into_any(),
        (_, View::Charts) => view! { <ChartsPage set=ChartSet::Overview/> }.into_any(),
        (_, View::Compare) => view! { <ChartsPage set=ChartSet::Compare/> }.into_any(),
        (_, View::About) => view! { <AboutPage/> }.into_any(),
        (_, View::Overview) => view! { <OverviewPage/> }.into_any(),
    };
    // One shell for both modes: embedded (embed=1), a class on <html> hides the site header,
    // footer and share panel and shows the compact source line (see style/main.css). A second
    // view tree for embeds would cost about 7 KB of wasm.
    view! {
        <SiteHeader/>
        <NoticeBar/>
        <main id="main" tabindex="-1" data-testid="main">
            <SharePanel/>
            {page}
        </main>
        <SiteFooter/>
        <EmbedBar/>
    }
}
