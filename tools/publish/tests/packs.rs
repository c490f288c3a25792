//! Each page's packs of texts are enough for it: rendered from a dataset that holds only the packs
//! the page names (`packs::packs_for`, what the app fetches before it takes the page over), every
//! page of the build is the page rendered from the whole dataset, character for character. One
//! test, as the dataset the components read is the program's (`dataset::set_current`).

use renewal_explorer::core::dataset::{assemble_packs, data, set_current, Dataset, PACK_COUNT};
use renewal_explorer::core::packs::packs_for;
use renewal_explorer::core::page::{static_pages, Page, PageKind};
use renewal_explorer::prerender::render;

fn render_with(data: Dataset, page: &Page) -> String {
    set_current(data);
    render(page).body
}

#[test]
fn every_page_renders_the_same_from_its_own_packs_as_from_all() {
    let whole = assemble_packs(&(0..PACK_COUNT).collect::<Vec<_>>());
    let pages = static_pages(&whole);
    // Every view, city and language; a project and a chart of each kind in both languages.
    let mut sample: Vec<&Page> = pages.iter().filter(|p| matches!(p.kind, PageKind::View { .. })).collect();
    let mut projects_seen = std::collections::HashSet::new();
    let mut charts_seen = std::collections::HashSet::new();
    for page in &pages {
        match &page.kind {
            PageKind::Project(id) => {
                let city = whole.project(id).map(|p| p.city.id());
                if projects_seen.insert((city, page.lang)) {
                    sample.push(page);
                }
            }
            PageKind::Chart(id) => {
                let kind = id.split('-').next().unwrap_or_default().to_string();
                if charts_seen.insert((kind, page.lang)) {
                    sample.push(page);
                }
            }
            PageKind::View { .. } => {}
        }
    }
    assert!(sample.len() > 60, "{} pages", sample.len());
    let mut partial_somewhere = false;
    for page in sample {
        let packs = packs_for(&whole, &page.own_state());
        let own = assemble_packs(&packs);
        partial_somewhere |= own.projects.iter().any(|p| p.name_zh.is_empty());
        let expected = render_with(whole, page);
        let got = render_with(own, page);
        assert!(expected == got, "{} with packs {packs:?} renders otherwise", page.address());
    }
    assert!(partial_somewhere, "some page holds fewer than every pack");
    set_current(whole);
    assert_eq!(data().projects, whole.projects);
}
