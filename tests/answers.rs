//! A resident's answers, in the core: a city's page and the way into it, why a result is empty
//! or partial, the filters a view carries over and shows as chips, a chart bar on the overview,
//! comparisons that say who is missing, a link for people, and the rows' markup.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use renewal_explorer::core::chart::{charts_for, ChartSet};
use renewal_explorer::core::coverage::{coverage, elsewhere_label, explanation, in_city, subject};
use renewal_explorer::core::dataset::data;
use renewal_explorer::core::filter::{apply, project_facets};
use renewal_explorer::core::model::{Category, FigureKind, Lang, Status};
use renewal_explorer::core::url_state::{Sort, SortKey, View, ViewState};
use support::city;

fn hebi_searching(q: &str) -> ViewState {
    ViewState { view: View::Projects, cities: vec![city("hebi")], q: q.into(), ..Default::default() }
}

#[test]
fn an_empty_search_in_hebi_says_its_documents_do_not_cover_it_and_where_it_is_found() {
    let state = hebi_searching("老旧小区");
    let facets = project_facets(data().cities, data().projects, &state);
    assert!(apply(data().projects, &state).is_empty());
    let found = coverage(data(), &state, &facets.cities).expect("explained");
    assert_eq!(found.silent, vec![city("hebi")]);
    assert!(found.filtered_out.is_empty());
    let pds = found.elsewhere.iter().find(|(c, _)| *c == city("pingdingshan")).map(|(_, n)| *n);
    let pds_count = apply(data().projects, &in_city(&state, city("pingdingshan"))).len();
    assert!(pds_count > 0);
    assert_eq!(pds, Some(pds_count));
    assert!(found.elsewhere.iter().all(|(_, n)| *n > 0), "only cities with results");
    assert_eq!(explanation(&found, &state, Lang::Zh), vec!["鹤壁的文件未涉及「老旧小区」。".to_string()]);
    assert_eq!(
        explanation(&found, &state, Lang::En),
        vec!["The documents of Hebi do not cover “老旧小区”.".to_string()]
    );
    assert_eq!(elsewhere_label(city("pingdingshan"), 3, Lang::Zh), "平顶山有 3 项");
    assert_eq!(elsewhere_label(city("pingdingshan"), 3, Lang::En), "Pingdingshan has 3");
    let moved = in_city(&state, city("pingdingshan"));
    assert_eq!((moved.cities, moved.q.as_str(), moved.view), (vec![city("pingdingshan")], "老旧小区", View::Projects));
}

#[test]
fn a_city_that_covers_the_subject_but_not_the_other_filters_is_told_apart() {
    // Hebi reports greening, but no greening project of unknown status.
    let state = ViewState {
        view: View::Projects,
        cities: vec![city("hebi")],
        categories: vec![Category::Greening],
        statuses: vec![Status::Unknown],
        ..Default::default()
    };
    let facets = project_facets(data().cities, data().projects, &state);
    let hebi_n = facets.cities.iter().find(|(c, _)| *c == city("hebi")).map(|(_, n)| *n);
    assert_eq!(hebi_n, Some(0), "the data has no greening project of unknown status in Hebi");
    let found = coverage(data(), &state, &facets.cities).expect("explained");
    assert_eq!((found.silent.len(), found.filtered_out.clone()), (0, vec![city("hebi")]));
    let line = &explanation(&found, &state, Lang::Zh)[0];
    assert_eq!(line, "鹤壁的文件涉及园林绿化，但没有符合其他筛选条件的结果。");
}

#[test]
fn a_partial_result_names_the_cities_it_leaves_out_and_nothing_is_said_without_a_subject() {
    let state = ViewState { view: View::Projects, categories: vec![Category::Housing], ..Default::default() };
    let facets = project_facets(data().cities, data().projects, &state);
    let found = coverage(data(), &state, &facets.cities).expect("some city has no housing projects");
    assert!(found.silent.contains(&city("hebi")));
    assert!(found.elsewhere.is_empty(), "no city is left unchosen");
    for (c, n) in &facets.cities {
        assert_eq!(*n == 0, found.silent.contains(c) || found.filtered_out.contains(c), "{c:?}");
    }
    let status_only = ViewState { statuses: vec![Status::Unknown], ..state.clone() };
    let status_only = ViewState { categories: Vec::new(), ..status_only };
    let facets = project_facets(data().cities, data().projects, &status_only);
    assert!(facets.cities.iter().any(|(_, n)| *n == 0), "some city has no project of unknown status");
    assert_eq!(coverage(data(), &status_only, &facets.cities), None, "a status alone is no gap in the documents");
    let everything = ViewState { q: "公园".into(), ..Default::default() };
    let facets = project_facets(data().cities, data().projects, &everything);
    let all_have = facets.cities.iter().all(|(_, n)| *n > 0);
    assert_eq!(coverage(data(), &everything, &facets.cities).is_none(), all_have);
}

#[test]
fn the_subject_is_said_as_the_reader_chose_it() {
    let both =
        ViewState { categories: vec![Category::Greening, Category::Housing], q: "公园".into(), ..Default::default() };
    assert_eq!(subject(&both, Lang::Zh), "园林绿化、住房与老旧小区中的「公园」");
    assert_eq!(subject(&both, Lang::En), "“公园” in Parks & greening, Housing & old compounds");
    let category = ViewState { q: String::new(), ..both.clone() };
    assert_eq!(subject(&category, Lang::Zh), "园林绿化、住房与老旧小区");
    let search = ViewState { categories: Vec::new(), ..both };
    assert_eq!(subject(&search, Lang::En), "“公园”");
}

#[test]
fn each_view_keeps_the_filters_it_uses_and_drops_the_rest() {
    let full = ViewState {
        view: View::Projects,
        cities: vec![city("hebi")],
        categories: vec![Category::Greening],
        kinds: vec![FigureKind::Target],
        statuses: vec![Status::Planned],
        q: "公园".into(),
        sort: Some(Sort { key: SortKey::Value, descending: true }),
        project: Some("hb25-p001".into()),
        chart: Some("projects-by-status".into()),
        lang: Lang::En,
        large: true,
        ..Default::default()
    };
    let kept = |view: View| {
        let s = full.carried_to(view);
        assert_eq!(
            (s.view, s.lang, s.large, s.cities.clone(), s.project.clone(), s.chart.clone()),
            (view, Lang::En, true, full.cities.clone(), None, None)
        );
        (!s.categories.is_empty(), !s.q.is_empty(), !s.kinds.is_empty(), !s.statuses.is_empty(), s.sort.is_some())
    };
    assert_eq!(kept(View::Overview), (false, false, false, false, false));
    assert_eq!(kept(View::About), (false, false, false, false, false));
    assert_eq!(kept(View::Projects), (true, true, false, true, false));
    assert_eq!(kept(View::Figures), (true, true, true, false, true));
    assert_eq!(kept(View::Charts), (true, true, true, false, false));
    assert_eq!(kept(View::Compare), (true, true, true, false, false));
    assert_eq!(kept(View::Promises), (true, true, false, false, false));
}

#[test]
fn a_chart_row_on_the_overview_opens_its_projects_or_its_city_elsewhere_it_toggles() {
    use renewal_explorer::core::chart::{row_action, RowFilter};
    let greening = RowFilter::Category(Category::Greening);
    let hebi_row = RowFilter::City(city("hebi"));
    let hebi = ViewState { cities: vec![city("hebi")], lang: Lang::En, ..Default::default() };
    assert_eq!(
        hebi.with_chart_row(greening),
        ViewState { view: View::Projects, categories: vec![Category::Greening], ..hebi.clone() },
        "the city's page keeps its city"
    );
    let landing = ViewState { large: true, ..Default::default() };
    assert_eq!(
        landing.with_chart_row(hebi_row),
        ViewState { cities: vec![city("hebi")], large: true, ..Default::default() }
    );
    assert_eq!(row_action(hebi_row, View::Overview, Lang::Zh), "查看该市：鹤壁");
    let charts = ViewState { view: View::Charts, categories: vec![Category::Housing], ..Default::default() };
    assert_eq!(charts.with_chart_row(greening).categories, vec![Category::Housing, Category::Greening]);
    assert!(
        charts.with_chart_row(RowFilter::Category(Category::Housing)).categories.is_empty(),
        "a second tap removes it"
    );
    assert_eq!(charts.with_chart_row(greening).view, View::Charts);
    let by_city = charts.with_chart_row(hebi_row);
    assert!(by_city.cities == vec![city("hebi")] && by_city.row_chosen(hebi_row) && !charts.row_chosen(hebi_row));
    assert!(by_city.with_chart_row(hebi_row).cities.is_empty());
    assert_eq!(row_action(hebi_row, View::Charts, Lang::En), "Filter by this city: Hebi");
    assert_eq!(row_action(greening, View::Charts, Lang::Zh), "按此类别筛选：园林绿化");
}

#[test]
fn one_city_s_comparisons_set_it_beside_every_city_that_reports_the_same() {
    let hebi = ViewState { view: View::Compare, cities: vec![city("hebi")], ..Default::default() };
    let charts = charts_for(data(), &hebi, Lang::Zh, ChartSet::Compare);
    assert!(!charts.is_empty(), "Hebi shares metrics with other cities");
    let every =
        charts_for(data(), &ViewState { view: View::Compare, ..Default::default() }, Lang::Zh, ChartSet::Compare);
    for chart in &charts {
        let cities: Vec<&String> = chart.table.rows.iter().map(|r| &r[0]).collect();
        assert!(cities.iter().any(|c| c.as_str() == "鹤壁"), "{}: Hebi is in it", chart.id);
        assert!(cities.len() >= 2, "{}: beside another city", chart.id);
        assert!(
            every.iter().any(|c| c.id == chart.id && c.table == chart.table),
            "{}: the same chart as unfiltered",
            chart.id
        );
    }
    let without_hebi = every.iter().filter(|c| !c.table.rows.iter().any(|r| r[0] == "鹤壁")).count();
    assert_eq!(charts.len() + without_hebi, every.len());
}

#[test]
fn a_comparison_names_the_cities_without_the_figure_and_a_target_beside_an_achievement() {
    let every =
        charts_for(data(), &ViewState { view: View::Compare, ..Default::default() }, Lang::Zh, ChartSet::Compare);
    let greening = every.iter().find(|c| c.id == "compare-green-coverage-rate").expect("the greening comparison");
    let shown: Vec<&str> = greening.table.rows.iter().map(|r| r[0].as_str()).collect();
    let missing: Vec<&str> = data().cities.iter().map(|c| c.label().zh).filter(|name| !shown.contains(name)).collect();
    assert!(!missing.is_empty(), "the greening comparison covers {shown:?}");
    assert!(
        greening.notes[0].starts_with(&missing.join("、")) && greening.notes[0].ends_with("的文件没有可比的此项数据。"),
        "{:?}",
        greening.notes
    );
    let mixed = greening.table.rows.iter().map(|r| r[4].as_str()).collect::<Vec<_>>();
    let goal_beside_done =
        mixed.iter().any(|k| k.contains("目标")) && mixed.iter().any(|k| !k.contains("目标") && !k.contains("计划"));
    assert_eq!(greening.notes.iter().any(|n| n.starts_with("注意：")), goal_beside_done, "{mixed:?}");
    for chart in &every {
        let all = chart.table.rows.len() == data().cities.len();
        assert_eq!(chart.notes.iter().any(|n| n.contains("没有可比")), !all, "{}", chart.id);
    }
}

#[test]
fn hebi_s_page_lists_its_planned_projects_and_plans_names_its_document_and_its_gaps() {
    use renewal_explorer::core::city_report::{city_page_html, city_report, uncovered_text};
    use renewal_explorer::core::model::FigureKind;
    use renewal_explorer::core::promises::{Month, Promise};
    let hebi = city("hebi");
    let report = city_report(data(), hebi);
    assert_eq!(report.sources.len(), 1, "one document");
    let promised: Vec<&Promise> = report.promised.iter().flat_map(|(_, list)| list).collect();
    let planned = promised.iter().filter(|p| matches!(p, Promise::Planned(_))).count();
    let goals = promised.iter().filter(|p| matches!(p, Promise::Goal(_))).count();
    assert_eq!((planned, goals), (12, 3), "Hebi's 12 planned projects and 3 plans");
    assert!(promised.iter().all(|p| match p {
        Promise::Goal(f) => f.city == hebi && matches!(f.kind, FigureKind::Target | FigureKind::Plan),
        Promise::Planned(p) => p.city == hebi && p.status == Status::Planned,
        Promise::Commitment(c) => c.city == hebi,
    }));
    assert!(report.uncovered.contains(&Category::Housing), "Hebi's report is silent on old compounds");
    assert!(!report.uncovered.contains(&Category::Greening));
    for c in &report.uncovered {
        let about = ViewState { cities: vec![hebi], categories: vec![*c], ..Default::default() };
        assert!(apply(data().projects, &about).is_empty() && apply(data().figures, &about).is_empty());
    }
    let text = uncovered_text(hebi, &report.uncovered, Lang::Zh);
    assert!(text.starts_with("鹤壁的文件未涉及：") && text.contains("住房与老旧小区、"), "{text}");
    let now = ViewState { cities: vec![hebi], ..Default::default() };
    let html = city_page_html(data(), &report, Month { year: 2026, month: 12 }, &now);
    assert_eq!(html.matches(r#"data-testid="planned-project""#).count(), 12);
    assert_eq!(html.matches(r#"data-testid="figure-item""#).count(), 3);
    assert!(html.contains("15 项目标与承诺"), "the count of what is listed");
    assert!(html.contains(report.sources[0].title_zh) && html.contains(&text));
    // Each planned project links to its page, relative to hebi/.
    let first =
        promised.iter().find_map(|p| if let Promise::Planned(p) = p { Some(p.id) } else { None }).unwrap_or_default();
    assert!(html.contains(&format!(r#"href="../projects/{first}.html" data-nav"#)), "{html}");
}

#[test]
fn the_way_into_a_city_links_each_city_s_page_and_marks_the_one_shown() {
    use renewal_explorer::core::city_report::{city_entry_html, city_page};
    let landing = city_entry_html(data(), &ViewState::default());
    for c in data().cities {
        assert!(
            landing.contains(&format!(
                r#"<a href="{}/" data-nav class="city-button" data-testid="city-entry-{}">"#,
                c.id(),
                c.id()
            )),
            "{landing}"
        );
    }
    assert!(!landing.contains("aria-current") && !landing.contains("city-entry-all"));
    let hebi = ViewState { cities: vec![city("hebi")], lang: Lang::En, large: true, ..Default::default() };
    let html = city_entry_html(data(), &hebi);
    assert!(html.contains(r#"data-testid="city-entry-hebi" aria-current="page">Hebi</a>"#), "{html}");
    assert!(
        html.contains(
            r#"<a href="../?large=1" data-nav class="city-button every" data-testid="city-entry-all">Every city</a>"#
        ),
        "{html}"
    );
    let from_figures =
        ViewState { view: View::Figures, kinds: vec![FigureKind::Target], q: "x".into(), ..hebi.clone() };
    assert_eq!(
        city_page(city("jiyuan"), &from_figures),
        ViewState { cities: vec![city("jiyuan")], lang: Lang::En, large: true, ..Default::default() }
    );
}

#[test]
fn chips_show_what_narrows_the_view_and_each_links_to_the_view_without_it() {
    use renewal_explorer::core::chips::{chips, chips_html, Chip};
    let state = ViewState {
        view: View::Promises,
        cities: vec![city("hebi")],
        categories: vec![Category::Greening],
        statuses: vec![Status::Planned],
        q: "公园".into(),
        ..Default::default()
    };
    let shown = chips(&state);
    assert_eq!(
        shown,
        vec![Chip::City(city("hebi")), Chip::Category(Category::Greening), Chip::Search("公园".into())],
        "a status does nothing in Promises: no chip"
    );
    for chip in &shown {
        let mut after = state.clone();
        chip.remove_from(&mut after);
        let left = chips(&after);
        assert!(!left.contains(chip) && shown.iter().filter(|c| *c != chip).all(|c| left.contains(c)), "{chip:?}");
    }
    let mut without = ViewState { view: View::Projects, ..state.clone() };
    Chip::Status(Status::Planned).remove_from(&mut without);
    assert!(without.statuses.is_empty() && without.q == state.q);
    let html = chips_html(data(), &state);
    assert_eq!(html.matches(r#"data-testid="filter-chip""#).count(), 3);
    assert!(html.contains(r#"aria-label="移除筛选：搜索：公园">搜索：公园 ×</a>"#), "{html}");
    // Removing the search keeps the rest: the link goes to the same page without `q`.
    assert!(html.contains(r#"<a href="?cat=greening" data-nav"#), "{html}");
    assert!(chips_html(data(), &ViewState::default()).is_empty());
    let hostile = ViewState { view: View::Projects, q: "<img src=x onerror=alert(1)>".into(), ..Default::default() };
    let html = chips_html(data(), &hostile);
    assert!(!html.contains("<img") && html.contains("&lt;img src=x onerror=alert(1)&gt;"), "{html}");
}

#[test]
fn an_empty_result_s_markup_explains_links_elsewhere_and_keeps_the_city() {
    use renewal_explorer::core::coverage::{empty_html, partial_html};
    let state = hebi_searching("老旧小区");
    let facets = project_facets(data().cities, data().projects, &state);
    let html = empty_html(data(), &state, &facets.cities);
    assert!(html.contains(r#"<p data-testid="coverage">鹤壁的文件未涉及「老旧小区」。</p>"#), "{html}");
    assert!(html.contains(r#"href="../pingdingshan/?q=%E8%80%81%E6%97%A7%E5%B0%8F%E5%8C%BA" data-nav class="button-link" data-testid="elsewhere-pingdingshan">平顶山有 "#), "{html}");
    assert!(html.contains(r##"<a href="./" data-nav class="button-link" data-testid="clear-keep-city" data-focus="#search-box">清除其他筛选，保留所选城市</a>"##), "{html}");
    assert!(partial_html(data(), &state, &facets.cities).is_empty(), "the empty result says it");
    let housing = ViewState { view: View::Projects, categories: vec![Category::Housing], ..Default::default() };
    let facets = project_facets(data().cities, data().projects, &housing);
    let partial = partial_html(data(), &housing, &facets.cities);
    assert!(partial.contains("鹤壁") && partial.contains("的文件未涉及住房与老旧小区。"), "{partial}");
}

#[test]
fn a_link_for_people_leaves_out_reading_preferences_and_the_search_unless_chosen() {
    use renewal_explorer::core::embed::{for_people, share_url};
    use renewal_explorer::core::url_state::Theme;
    let root = "https://example.org/explorer/";
    let state = ViewState {
        view: View::Projects,
        cities: vec![city("hebi")],
        q: "公园".into(),
        large: true,
        theme: Theme::Dark,
        ..Default::default()
    };
    assert_eq!(share_url(root, &for_people(&state, false)), format!("{root}projects/hebi/"));
    let searched = share_url(root, &for_people(&state, true));
    assert!(searched.starts_with(&format!("{root}projects/hebi/?q=")), "{searched}");
    assert!(!searched.contains("large") && !searched.contains("theme"), "{searched}");
}

#[test]
fn row_markup_escapes_every_text_and_keeps_what_the_tests_and_styles_find() {
    use renewal_explorer::core::items::{figure_item_html, figure_row_html, project_card_html};
    let figure = &data().figures[0];
    let item = figure_item_html(data(), figure, true, "", "../", Lang::Zh);
    assert!(item.starts_with(&format!(
        r#"<li class="figure-item" data-testid="figure-item" data-kind="{}">"#,
        figure.kind.id()
    )));
    assert!(item.contains(r#"<details class="source"><summary data-testid="show-source">出处</summary><blockquote class="quote" lang="zh-CN" data-testid="quote">"#));
    let place = format!(r#"<a href="../sources/{1}.html#{0}" data-testid="in-document">"#, figure.id, figure.source_id);
    assert!(item.contains(&place), "the document's title links to the quote's place in it: {item}");
    let own = format!(r#"<a href="../figures/{}.html" data-testid="row-page">本条页面</a>"#, figure.id);
    assert!(item.contains(&own), "a figure links to its own page: {item}");
    let row = figure_row_html(data(), figure, "../../", Lang::En);
    assert_eq!(row.matches("<td data-label=").count(), 7, "{row}");
    let own = format!(r#"<a href="../../en/figures/{}.html" data-testid="row-page">Its own page</a>"#, figure.id);
    assert!(row.contains(&own), "{row}");
    let place =
        format!(r#"<a href="../../en/sources/{1}.html#{0}" data-testid="in-document">"#, figure.id, figure.source_id);
    assert!(row.contains(&place), "{row}");
    let hostile = renewal_explorer::core::model::Figure { metric_zh: "<script>x</script>", quote: "a\"b<", ..*figure };
    let item = figure_item_html(data(), &hostile, false, "", "", Lang::Zh);
    assert!(!item.contains("<script>") && item.contains("&lt;script&gt;") && item.contains("a&quot;b&lt;"), "{item}");
    let project = &data().projects[0];
    let now = ViewState { view: View::Projects, cities: vec![project.city], ..Default::default() };
    let card = project_card_html(data(), project, &now);
    let link =
        format!(r#"<a href="../{}.html?city={}" data-nav data-testid="project-link">"#, project.id, project.city.id());
    assert!(card.contains(&link), "the list's filters come along, for the way back: {card}");
    // From another view's state (the city's overview, a folder down), still the project's page.
    let elsewhere = project_card_html(data(), project, &ViewState { view: View::Overview, ..now });
    assert!(elsewhere.contains(&format!(r#"href="../projects/{}.html?city="#, project.id)), "{elsewhere}");
}
