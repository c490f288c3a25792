//! Which figures a city's card on the landing shows (its headline figures). Here, beside the
//! model, because two ends must pick the same ones: the app's landing (`core::filter::headlines`)
//! and the build, which writes those figures' texts into the landing's own small file of texts.

use crate::model::FigureKind;

/// Metrics worth a headline, most telling first (explicit keys, never guessed from text).
pub const HEADLINE_KEYS: &[&str] = &[
    "green_coverage_rate",
    "green_space_rate",
    "park_green_per_capita",
    "road_length",
    "road_network_density",
    "old_compounds_renovated",
    "back_alleys_renovated",
    "lifts_installed",
    "pocket_parks",
    "parking_spaces",
    "complete_communities",
    "investment",
    "reclaimed_water_use_rate",
    "youth_housing",
];

/// How many headline figures the landing shows on each city's card.
pub const HEADLINES_PER_CITY: usize = 4;

/// What the choice of a headline looks at in a figure of the city.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Candidate<'a> {
    pub metric_key: Option<&'a str>,
    pub kind: FigureKind,
    pub year: Option<u16>,
}

/// Positions (in `figures`, one city's figures in document order) of up to `limit` headline
/// figures: first those with a headline metric key (one per key, achievements before targets and
/// plans, the latest first), then, for a city whose documents report none of those, its other
/// figures with a metric key, then any, in document order.
pub fn headline_positions(figures: &[Candidate], limit: usize) -> Vec<usize> {
    let rank = |k: FigureKind| match k {
        FigureKind::Achieved | FigureKind::Fact => 0,
        FigureKind::Change | FigureKind::Baseline => 1,
        FigureKind::Target | FigureKind::Plan => 2,
    };
    let mut picked: Vec<usize> = HEADLINE_KEYS
        .iter()
        .filter_map(|key| {
            (0..figures.len())
                .filter(|&i| figures[i].metric_key == Some(key))
                .min_by_key(|&i| (rank(figures[i].kind), std::cmp::Reverse(figures[i].year)))
        })
        .take(limit)
        .collect();
    let fill = (0..figures.len()).filter(|&i| figures[i].metric_key.is_some()).chain(0..figures.len());
    for i in fill {
        if picked.len() >= limit {
            break;
        }
        if !picked.contains(&i) {
            picked.push(i);
        }
    }
    picked
}
