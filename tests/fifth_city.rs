//! A fifth city, and a new document for a city already there, are changes of data alone: the
//! real tables plus the rows of `tests/fixtures/fifth-city` load, and the city appears in the
//! filters, the overview, the charts' legends and colours, the texts that name the cities, and
//! the URL state, with no line of code about it.
#![cfg(not(target_arch = "wasm32"))]

use renewal_explorer::core::chart::{categories, compare, status, TextSize};
use renewal_explorer::core::dataset::{data, Dataset};
use renewal_explorer::core::filter::{apply, figure_facets, project_facets};
use renewal_explorer::core::i18n::{around_cities, site_description, CITATION, TAGLINE};
use renewal_explorer::core::loaded;
use renewal_explorer::core::model::{City, Lang};
use renewal_explorer::core::overview::city_cards;
use renewal_explorer::core::rows::{self, CsvFiles, Tables};
use renewal_explorer::core::url_state::{format, parse, parse_with_cities, DropReason, View, ViewState};
use std::convert::Infallible;
use std::path::Path;
use std::sync::LazyLock;

const FIXTURE: &str = "tests/fixtures/fifth-city";

/// Each table of `data/` with the fixture's rows after its own.
fn tables() -> Tables {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let read = |path: &Path| std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let joined = |file: &str| {
        let name = file.trim_start_matches("data/");
        Ok::<_, Infallible>(format!("{}\n{}", read(&repo.join(file)).trim_end(), read(&repo.join(FIXTURE).join(name))))
    };
    let Ok(files) = CsvFiles::read(joined);
    rows::load(&files.texts()).unwrap_or_else(|errors| panic!("{errors:#?}"))
}

static DATA: LazyLock<Dataset> = LazyLock::new(|| loaded::dataset(&tables()).expect("the fixture names its cities"));

fn city(id: &str) -> City {
    DATA.city(id).unwrap_or_else(|| panic!("{id} is a city of the fixture"))
}

fn colour_of(city: City) -> String {
    let [r, g, b] = city.0.colour;
    format!("#{r:02X}{g:02X}{b:02X}")
}

#[test]
fn the_fixture_s_quotes_are_verbatim_in_its_documents() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join(FIXTURE);
    let fixture_sources = ["sample-report-2025", "hebi-made-up-2025"];
    let held = |id: &str| std::fs::read_to_string(folder.join(format!("sources/{id}.txt"))).ok();
    let misses: Vec<String> = rows::quotes_not_in_held_texts(&tables(), held)
        .into_iter()
        .map(|e| e.to_string())
        .filter(|e| fixture_sources.iter().any(|id| e.contains(id)))
        .collect();
    assert!(misses.is_empty(), "{misses:#?}");
}

#[test]
fn the_fifth_city_is_listed_last_with_its_own_name_and_colour() {
    let sample = city("sample");
    assert_eq!(DATA.cities.len(), data().cities.len() + 1);
    assert_eq!(DATA.cities.last(), Some(&sample), "order 5 puts it after the four");
    assert!(DATA.cities.windows(2).all(|w| w[0] < w[1] && w[0].cmp(&w[1]).is_lt()), "cities sort by their order");
    assert!(sample > city("hebi") && sample != city("hebi") && sample == city("sample"));
    assert_eq!(format!("{sample:?}"), "City(sample)", "debug output names the city, as row comparisons rely on");
    assert_eq!((sample.label().zh, sample.label().en), ("示例市", "Sample City"));
    assert_eq!(colour_of(sample), "#CC3344");
    assert_eq!(around_cities(TAGLINE, &DATA, Lang::En).matches("Sample City").count(), 1);
    assert!(around_cities(TAGLINE, &DATA, Lang::Zh).starts_with("平顶山、济源、鹤壁、焦作、示例市"));
    assert!(around_cities(CITATION, &DATA, Lang::En).contains("Hebi, Jiaozuo and Sample City"));
    assert_eq!(
        site_description(&DATA),
        "平顶山、济源、鹤壁、焦作、示例市城市更新项目与指标，每个数字都附原文出处。 Urban-renewal projects and \
         indicators of Pingdingshan, Jiyuan, Hebi, Jiaozuo and Sample City — every figure with its source sentence."
    );
}

#[test]
fn names_are_listed_as_a_sentence_lists_them() {
    use renewal_explorer::core::model::name_list;
    assert_eq!(name_list(&["鹤壁", "示例市"], Lang::Zh), "鹤壁、示例市");
    assert_eq!(name_list(&["Hebi"], Lang::En), "Hebi");
    assert_eq!(name_list(&["Hebi", "Sample City"], Lang::En), "Hebi and Sample City");
    assert_eq!(name_list(&["Jiyuan", "Hebi", "Sample City"], Lang::En), "Jiyuan, Hebi and Sample City");
    assert_eq!(name_list(&[], Lang::En), "");
}

#[test]
fn the_fifth_city_is_a_filter_with_its_counts() {
    let sample = city("sample");
    let all = ViewState::default();
    let figures = figure_facets(DATA.cities, DATA.figures, &all);
    assert_eq!(figures.cities.iter().map(|(c, _)| *c).collect::<Vec<_>>(), DATA.cities);
    assert_eq!(figures.cities.last(), Some(&(sample, 3)));
    assert_eq!(project_facets(DATA.cities, DATA.projects, &all).cities.last(), Some(&(sample, 1)));
    let only_sample = ViewState { cities: vec![sample], ..ViewState::default() };
    let ids: Vec<&str> = apply(DATA.figures, &only_sample).iter().map(|f| f.id).collect();
    assert_eq!(ids, ["sample25-f001", "sample25-f002", "sample25-f003"]);
}

#[test]
fn the_overview_has_a_card_for_the_fifth_city() {
    let cards = city_cards(&DATA, 4);
    assert_eq!(cards.iter().map(|c| c.city).collect::<Vec<_>>(), DATA.cities);
    let card = cards.last().expect("five cards");
    assert_eq!(card.city, city("sample"));
    assert_eq!((card.documents, card.projects, card.figures), (1, 1, 3));
    let headlines: Vec<&str> = card.headlines.iter().map(|f| f.id).collect();
    assert_eq!(headlines, ["sample25-f001", "sample25-f002", "sample25-f003"], "headline keys first, in their order");
}

#[test]
fn charts_give_the_fifth_city_its_legend_entry_colour_and_row() {
    let sample = city("sample");
    let everything = ViewState::default();
    let projects = apply(DATA.projects, &everything);
    let chart = categories::projects_chart(&DATA, &projects, Lang::En, TextSize::Normal).expect("drawn");
    assert_eq!(chart.table.headers.len(), 1 + DATA.cities.len() + 1, "category, one column per city, total");
    assert_eq!(chart.table.headers[5], "Sample City");
    let greening = chart.table.rows.iter().find(|r| r[0] == "Parks & greening").expect("a greening row");
    assert_eq!(greening[5], "1", "the fifth city's pocket parks: {greening:?}");
    let fill = format!("fill=\"{}\"", colour_of(sample));
    assert_eq!(chart.svg().matches(&fill).count(), 2, "its legend swatch and its one segment");
    assert!(chart.svg().contains(">Sample City<"), "named in the legend");

    let by_status = status::chart(&DATA, &projects, Lang::En, TextSize::Normal).expect("drawn");
    assert_eq!(by_status.table.rows.last().map(|r| r[0].as_str()), Some("Sample City"));

    let figures = apply(DATA.figures, &everything);
    let compared = compare::charts(&DATA, &figures, None, Lang::En, TextSize::Normal);
    let green = compared
        .iter()
        .find(|c| c.id == "compare-green-coverage-rate")
        .unwrap_or_else(|| panic!("green coverage compared: {:?}", compared.iter().map(|c| &c.id).collect::<Vec<_>>()));
    let cities: Vec<&str> = green.table.rows.iter().map(|r| r[0].as_str()).collect();
    assert!(cities.contains(&"Sample City") && cities.contains(&"Hebi"), "{cities:?}");
    assert!(green.svg().contains(&fill), "its bar in its colour");
}

#[test]
fn the_fifth_city_round_trips_through_the_url() {
    let state = ViewState { view: View::Projects, cities: vec![city("hebi"), city("sample")], ..ViewState::default() };
    let query = format(&state);
    assert!(query.contains("city=hebi,sample"), "{query}");
    assert_eq!(parse_with_cities(&query, DATA.cities), (state, Vec::new()));
    // The bundled data has no such city: the link says so instead of guessing.
    let (bundled, dropped) = parse(&query);
    assert_eq!(bundled.cities, vec![data().city("hebi").expect("hebi")]);
    assert_eq!(dropped.len(), 1);
    assert_eq!((dropped[0].value.as_str(), dropped[0].reason), ("sample", DropReason::UnknownValue));
}

#[test]
fn a_new_document_for_a_city_already_there_is_data_alone() {
    let hebi = city("hebi");
    let bundled_hebi = data().city("hebi").expect("hebi");
    let (documents, projects, figures) = DATA.city_counts(hebi);
    let (bundled_documents, bundled_projects, bundled_figures) = data().city_counts(bundled_hebi);
    assert_eq!((documents, projects, figures), (bundled_documents + 1, bundled_projects, bundled_figures + 1));
    let heritage = ViewState {
        cities: vec![hebi],
        categories: vec![renewal_explorer::core::model::Category::Heritage],
        ..ViewState::default()
    };
    let rows = apply(DATA.figures, &heritage);
    assert!(rows.iter().any(|f| f.id == "hbx25-f001"), "its figure is Hebi's");
    let chart = categories::figures_chart(&DATA, &rows, Lang::En, TextSize::Normal).expect("drawn");
    assert!(chart.caption.contains("Hebi test document (made up)"), "cited in the caption: {}", chart.caption);
}
