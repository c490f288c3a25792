//! The shell: URL state as context, `<html lang>` and title, header, the current view, footer.

use crate::components::notice_bar::NoticeBar;
use crate::components::site_footer::SiteFooter;
use crate::components::site_header::SiteHeader;
use crate::core::chart::ChartSet;
use crate::core::i18n;
use crate::core::url_state::View;
use crate::pages::about::AboutPage;
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
    let look = url.select(|s| (s.theme, s.large));

    Effect::new(move |_| {
        let lang = lang.get();
        let (theme, large) = look.get();
        let doc = document();
        if let Some(root) = doc.document_element() {
            let _ = root.set_attribute("lang", lang.html_lang());
            // `theme-auto` leaves the colours to prefers-color-scheme (see style/main.css).
            let large = if large { " large" } else { "" };
            root.set_class_name(&format!("theme-{}{large}", theme.id()));
        }
        doc.set_title(&format!("{} · {}", view_now.get().label().get(lang), i18n::PRODUCT_NAME.get(lang)));
    });

    let page = move || match view_now.get() {
        View::Projects => view! { <ProjectsPage/> }.into_any(),
        View::Figures => view! { <FiguresPage/> }.into_any(),
        View::Promises => view! { <PromisesPage/> }.into_any(),
        View::Charts => view! { <ChartsPage set=ChartSet::Overview/> }.into_any(),
        View::Compare => view! { <ChartsPage set=ChartSet::Compare/> }.into_any(),
        View::About => view! { <AboutPage/> }.into_any(),
        View::Overview => view! { <OverviewPage/> }.into_any(),
    };
    view! {
        <SiteHeader/>
        <NoticeBar/>
        <main id="main" tabindex="-1" data-testid="main">{page}</main>
        <SiteFooter/>
    }
}
