//! About & sources: the documents, what the dataset holds, how to cite it, its columns, downloads.

use crate::components::text::tr;
use crate::core::dataset::BUNDLED;
use crate::core::dictionary;
use crate::core::i18n::{self, Tr};
use crate::core::model::Lang;
use crate::state::UrlState;
use leptos::prelude::*;

/// Files published next to the app by the build (tools/open-data).
const DOWNLOADS: &[(&str, Tr)] = &[
    ("data/figures.csv", Tr::new("数据 figures.csv", "Figures, figures.csv")),
    ("data/projects.csv", Tr::new("项目 projects.csv", "Projects, projects.csv")),
    ("data/commitments.csv", Tr::new("有期限的承诺 commitments.csv", "Dated commitments, commitments.csv")),
    ("data/sources.csv", Tr::new("来源 sources.csv", "Sources, sources.csv")),
    ("data/cities.csv", Tr::new("城市 cities.csv", "Cities, cities.csv")),
    ("data/dataset.json", Tr::new("全部数据 dataset.json", "Everything, dataset.json")),
];

fn dictionary_table(columns: &'static [(&'static str, Tr)], caption: &'static str, lang: Memo<Lang>) -> impl IntoView {
    let rows = columns
        .iter()
        .map(|&(name, meaning)| view! { <tr><th scope="row"><code>{name}</code></th><td>{tr(lang, meaning)}</td></tr> })
        .collect_view();
    view! {
        <div class="table-scroll" role="region" aria-label=caption tabindex="0">
            <table class="dictionary"><caption><code>{caption}</code></caption><tbody>{rows}</tbody></table>
        </div>
    }
}

const COUNTS_BY_CITY: Tr = Tr::new("各市文件、项目与数据条数", "Documents, projects and figures per city");

#[component]
pub fn AboutPage() -> impl IntoView {
    let url = expect_context::<UrlState>();
    let lang = url.select(|s| s.lang);
    let sources = BUNDLED
        .sources
        .iter()
        .map(|s| {
            view! {
                <li id=format!("source-{}", s.id) data-testid="source-item">
                    <strong>{tr(lang, Tr::new(s.title_zh, s.title_en))}</strong>
                    <br/>
                    {tr(lang, s.city.label())}" · "
                    {tr(lang, s.kind.label())}" · "
                    {tr(lang, Tr::new(s.publisher_zh, s.publisher_en))}" · "
                    <time>{s.published}</time>
                </li>
            }
        })
        .collect_view();
    let counts = BUNDLED
        .cities
        .iter()
        .map(|&c| {
            let (d, p, f) = BUNDLED.city_counts(c);
            view! { <tr><th scope="row">{tr(lang, c.label())}</th><td>{d}</td><td>{p}</td><td>{f}</td></tr> }
        })
        .collect_view();
    let downloads = DOWNLOADS
        .iter()
        .map(|&(href, label)| view! { <li><a href=href download="">{move || label.get(lang.get())}</a></li> })
        .collect_view();
    view! {
        <article class="about">
            <p class="intro">{tr(lang, i18n::ABOUT_INTRO)}</p>
            <section aria-labelledby="sources-heading">
                <h2 id="sources-heading">{tr(lang, i18n::SOURCES_HEADING)}</h2>
                <ol class="source-docs">{sources}</ol>
            </section>
            <section aria-labelledby="dataset-heading">
                <h2 id="dataset-heading">{tr(lang, i18n::DATASET_HEADING)}</h2>
                <div class="table-scroll" role="region" aria-label=tr(lang, COUNTS_BY_CITY) tabindex="0">
                <table class="counts" data-testid="dataset-counts">
                    <thead>
                        <tr>
                            <th scope="col">{tr(lang, i18n::COL_CITY)}</th>
                            <th scope="col">{tr(lang, i18n::COUNT_SOURCES)}</th>
                            <th scope="col">{tr(lang, i18n::PROJECTS)}</th>
                            <th scope="col">{tr(lang, i18n::FIGURES)}</th>
                        </tr>
                    </thead>
                    <tbody>{counts}</tbody>
                </table>
                </div>
            </section>
            <section aria-labelledby="downloads-heading">
                <h2 id="downloads-heading">{tr(lang, i18n::DOWNLOADS_HEADING)}</h2>
                <ul>{downloads}</ul>
                <p>{tr(lang, i18n::DOWNLOADS_NOTE)}</p>
            </section>
            <section aria-labelledby="cite-heading">
                <h2 id="cite-heading">{tr(lang, i18n::CITE_HEADING)}</h2>
                <p>{tr(lang, i18n::CITATION[0])}{tr(lang, i18n::city_names(&BUNDLED))}{tr(lang, i18n::CITATION[1])}</p>
            </section>
            <section aria-labelledby="dictionary-heading">
                <h2 id="dictionary-heading">{tr(lang, i18n::DICTIONARY_HEADING)}</h2>
                {dictionary_table(dictionary::FIGURE_COLUMNS, "figures.csv", lang)}
                {dictionary_table(dictionary::PROJECT_COLUMNS, "projects.csv", lang)}
                {dictionary_table(dictionary::COMMITMENT_COLUMNS, "commitments.csv", lang)}
                {dictionary_table(dictionary::CITY_COLUMNS, "cities.csv", lang)}
            </section>
        </article>
    }
}
