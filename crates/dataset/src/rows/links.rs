//! The tables against each other (unique ids, known cities, sources and projects, colours told
//! apart) and every quote against its document.

use super::error::LoadError;
use super::tables::Tables;
use super::tables::{CITIES_FILE, CITY_COLUMNS, COMMITMENTS_FILE, COMMITMENT_COLUMNS, FIGURES_FILE, FIGURE_COLUMNS};
use super::tables::{PROJECTS_FILE, PROJECT_COLUMNS, SOURCES_FILE, SOURCE_COLUMNS};
use crate::model::Held;
use crate::palette;
use std::collections::{HashMap, HashSet};

/// Which rules `load_with` applies beyond a row's own fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Checks {
    /// Every two cities' colours told apart (`palette`). Only a benchmark's made-up province
    /// goes without: at most about 13 colours can meet the rule together, so 18 cities cannot.
    pub colours_apart: bool,
}

impl Checks {
    pub const ALL: Checks = Checks { colours_apart: true };

    /// What the build applies: everything, unless `RENEWAL_FIXTURE` says the data is a
    /// benchmark's made-up province (`examples/province.rs`).
    pub fn for_build() -> Checks {
        Checks { colours_apart: std::env::var_os(FIXTURE_VAR).is_none() }
    }
}

/// Set, with `RENEWAL_DATA_DIR`, for a benchmark's made-up province (see `Checks`).
pub const FIXTURE_VAR: &str = "RENEWAL_FIXTURE";

/// A problem in the column `name` of a table whose header is `columns`.
fn link_error(file: &str, line: usize, columns: &[&str], name: &str, reason: String) -> LoadError {
    LoadError::cell(file, line, columns.iter().position(|c| *c == name), name, reason)
}

/// Unique ids; cities' orders unique and colours told apart; every city named in the other
/// tables known, and with a document; known source ids, a row's city equal to its document's
/// city; known project ids.
pub(super) fn check_links(t: &Tables, checks: Checks, errors: &mut Vec<LoadError>) {
    let mut check_unique = |file: &str, columns: &[&str], ids: Vec<(&str, usize)>| {
        let mut seen = HashSet::new();
        for (id, line) in ids {
            if !seen.insert(id) {
                errors.push(link_error(file, line, columns, "id", format!("duplicate id `{id}`")));
            }
        }
    };
    check_unique(CITIES_FILE, CITY_COLUMNS, t.cities.iter().map(|c| (c.id.as_str(), c.line)).collect());
    check_unique(SOURCES_FILE, SOURCE_COLUMNS, t.sources.iter().map(|s| (s.id.as_str(), s.line)).collect());
    check_unique(FIGURES_FILE, FIGURE_COLUMNS, t.figures.iter().map(|f| (f.id.as_str(), f.line)).collect());
    check_unique(PROJECTS_FILE, PROJECT_COLUMNS, t.projects.iter().map(|p| (p.id.as_str(), p.line)).collect());
    check_unique(COMMITMENTS_FILE, COMMITMENT_COLUMNS, t.commitments.iter().map(|c| (c.id.as_str(), c.line)).collect());
    check_cities(t, checks, errors);

    let source_city: HashMap<&str, &str> = t.sources.iter().map(|s| (s.id.as_str(), s.city.as_str())).collect();
    let known_city = |id: &str| t.cities.iter().any(|c| c.id == id);
    let project_ids: HashSet<&str> = t.projects.iter().map(|p| p.id.as_str()).collect();
    let mut check_source =
        |file: &str, columns: &[&str], line: usize, source_id: &str, city: &str| match source_city.get(source_id) {
            None => errors.push(link_error(file, line, columns, "source_id", format!("unknown source `{source_id}`"))),
            // An unknown city is reported once, by `check_cities`.
            Some(&c) if c != city && known_city(city) => errors.push(link_error(
                file,
                line,
                columns,
                "city",
                format!("`{city}` but source `{source_id}` is about `{c}`"),
            )),
            Some(_) => {}
        };
    for f in &t.figures {
        check_source(FIGURES_FILE, FIGURE_COLUMNS, f.line, &f.source_id, &f.city);
    }
    for p in &t.projects {
        check_source(PROJECTS_FILE, PROJECT_COLUMNS, p.line, &p.source_id, &p.city);
    }
    for c in &t.commitments {
        check_source(COMMITMENTS_FILE, COMMITMENT_COLUMNS, c.line, &c.source_id, &c.city);
    }
    let links = t.figures.iter().map(|f| (FIGURES_FILE, FIGURE_COLUMNS, f.line, &f.project_id));
    let links =
        links.chain(t.commitments.iter().map(|c| (COMMITMENTS_FILE, COMMITMENT_COLUMNS, c.line, &c.project_id)));
    for (file, columns, line, project_id) in links {
        if !project_id.is_empty() && !project_ids.contains(project_id.as_str()) {
            errors.push(link_error(file, line, columns, "project_id", format!("unknown project `{project_id}`")));
        }
    }
}

/// The cities table against itself and the others: one place in the order per city, colours
/// told apart, every city named elsewhere listed in `cities.csv`, every listed city documented.
/// Ids a city cannot take: a city's pages are `<id>/` and `<view>/<id>/`, beside the views' and
/// the languages' folders and the site's own (`core::page`).
pub const RESERVED_CITY_IDS: [&str; 13] = [
    "overview", "projects", "figures", "charts", "compare", "promises", "about", "en", "zh", "embed", "data", "icons",
    "sources",
];

fn check_cities(t: &Tables, checks: Checks, errors: &mut Vec<LoadError>) {
    let city_error = |line, name: &str, reason| link_error(CITIES_FILE, line, CITY_COLUMNS, name, reason);
    for (i, city) in t.cities.iter().enumerate() {
        for earlier in &t.cities[..i] {
            if earlier.order == city.order {
                errors.push(city_error(
                    city.line,
                    "order",
                    format!("{} is also the order of `{}` (line {})", city.order, earlier.id, earlier.line),
                ));
            }
            let difference = palette::difference(earlier.colour, city.colour);
            if checks.colours_apart && difference < palette::MIN_DIFFERENCE {
                errors.push(city_error(
                    city.line,
                    "colour",
                    format!(
                        "{} is too close to `{}`'s {} (difference {difference:.1}, with red-green colour blindness \
                         included; at least {} is needed)",
                        palette::hex(city.colour),
                        earlier.id,
                        palette::hex(earlier.colour),
                        palette::MIN_DIFFERENCE
                    ),
                ));
            }
        }
        if !t.sources.iter().any(|s| s.city == city.id) {
            errors.push(city_error(city.line, "id", format!("`{}` has no document in {SOURCES_FILE}", city.id)));
        }
        if RESERVED_CITY_IDS.contains(&city.id.as_str()) {
            let reason =
                format!("`{}` is the name of a page folder (a city's page is `<id>/`): choose another id", city.id);
            errors.push(city_error(city.line, "id", reason));
        }
    }
    let known: Vec<&str> = t.cities.iter().map(|c| c.id.as_str()).collect();
    let named = t.sources.iter().map(|s| (SOURCES_FILE, SOURCE_COLUMNS, s.line, &s.city));
    let named = named.chain(t.figures.iter().map(|f| (FIGURES_FILE, FIGURE_COLUMNS, f.line, &f.city)));
    let named = named.chain(t.projects.iter().map(|p| (PROJECTS_FILE, PROJECT_COLUMNS, p.line, &p.city)));
    let named = named.chain(t.commitments.iter().map(|c| (COMMITMENTS_FILE, COMMITMENT_COLUMNS, c.line, &c.city)));
    for (file, columns, line, city) in named {
        if !city.is_empty() && !known.contains(&city.as_str()) {
            let reason = format!("unknown city `{city}` (known in {CITIES_FILE}: {})", known.join(", "));
            errors.push(link_error(file, line, columns, "city", reason));
        }
    }
}

/// Where the repository holds the text of the document `source_id`: whole, or by the
/// paragraphs it quotes (`Held`), one paragraph a line, "…" alone on a line for a gap.
pub fn held_text_file(source_id: &str) -> String {
    format!("{HELD_DIR}/{source_id}.txt")
}

pub const HELD_DIR: &str = "data/sources";

/// A line of a held text that stands for paragraphs left out.
pub const GAP: &str = "…";

/// Every quote (figures, projects, dated promises) against the text the repository holds of its
/// document, read by `held_text` from the source's id. A quote has no line break, so it lies
/// within one paragraph and never across a gap.
pub fn quotes_not_in_held_texts(t: &Tables, held_text: impl Fn(&str) -> Option<String>) -> Vec<LoadError> {
    let texts: HashMap<&str, Option<String>> = t.sources.iter().map(|s| (s.id.as_str(), held_text(&s.id))).collect();
    let mut errors = Vec::new();
    let mut check = |file: &str, columns: &[&str], line: usize, source_id: &str, quote: &str| {
        let reason = match texts.get(source_id) {
            Some(Some(text)) if text.contains(quote) => return,
            Some(Some(_)) => format!("not found verbatim in {}: {quote}", held_text_file(source_id)),
            _ => format!("{} could not be read", held_text_file(source_id)),
        };
        errors.push(link_error(file, line, columns, "quote", reason));
    };
    for f in &t.figures {
        check(FIGURES_FILE, FIGURE_COLUMNS, f.line, &f.source_id, &f.quote);
    }
    for p in &t.projects {
        check(PROJECTS_FILE, PROJECT_COLUMNS, p.line, &p.source_id, &p.quote);
    }
    for c in &t.commitments {
        check(COMMITMENTS_FILE, COMMITMENT_COLUMNS, c.line, &c.source_id, &c.quote);
    }
    errors
}

/// Each held text against its full document (`document` reads a source's `file`), where the
/// full texts are at hand: every paragraph held is a paragraph of the document, verbatim and in
/// the document's order; paragraphs left out are marked by a gap; a document held whole has no
/// gap and every paragraph.
pub fn held_texts_not_in_documents(
    t: &Tables,
    held_text: impl Fn(&str) -> Option<String>,
    document: impl Fn(&str) -> Option<String>,
) -> Vec<LoadError> {
    let mut errors = Vec::new();
    for source in &t.sources {
        let file = held_text_file(&source.id);
        let (Some(held), Some(full)) = (held_text(&source.id), document(&source.file)) else {
            let reason = format!("{file} or the document `{}` could not be read", source.file);
            errors.push(link_error(SOURCES_FILE, source.line, SOURCE_COLUMNS, "file", reason));
            continue;
        };
        let paragraphs: Vec<&str> = full.lines().filter(|l| !l.trim().is_empty()).collect();
        let mut next = 0; // the document's first paragraph not yet passed
        let mut after_gap = true; // the text may start anywhere in the document
        for (i, line) in held.lines().enumerate() {
            let error = |reason: String| LoadError::row(&file, i + 1, reason);
            if line == GAP {
                if source.held == Held::Whole {
                    errors.push(error(format!("a gap, but `{}` is held whole in {SOURCES_FILE}", source.id)));
                }
                after_gap = true;
                continue;
            }
            match paragraphs[next.min(paragraphs.len())..].iter().position(|p| *p == line) {
                None => errors.push(error(format!(
                    "not a paragraph of `{}` (verbatim, after the one before it): {line}",
                    source.file
                ))),
                Some(skipped) => {
                    if skipped > 0 && !after_gap {
                        errors.push(error(format!(
                            "{skipped} paragraph(s) of `{}` left out with no gap (…) before this line",
                            source.file
                        )));
                    }
                    next += skipped + 1;
                }
            }
            after_gap = false;
        }
        if source.held == Held::Whole && next < paragraphs.len() {
            let reason = format!("held whole, but {file} stops before the end of `{}`", source.file);
            errors.push(link_error(SOURCES_FILE, source.line, SOURCE_COLUMNS, "held", reason));
        }
    }
    errors
}
