//! The landing view's city cards: one per city of the data, in its order, with what the
//! explorer holds about it and its headline figures.

use super::dataset::Dataset;
use super::filter::headlines;
use super::model::{City, Figure};

/// What one city's card shows.
#[derive(Clone, Debug, PartialEq)]
pub struct CityCard {
    pub city: City,
    pub documents: usize,
    pub projects: usize,
    pub figures: usize,
    /// Up to the asked number of headline figures (`filter::headlines`).
    pub headlines: Vec<&'static Figure>,
}

/// A card for every city of `data`, in display order.
pub fn city_cards(data: &Dataset, headlines_per_city: usize) -> Vec<CityCard> {
    data.cities
        .iter()
        .map(|&city| {
            let (documents, projects, figures) = data.city_counts(city);
            CityCard { city, documents, projects, figures, headlines: headlines(data, city, headlines_per_city) }
        })
        .collect()
}
