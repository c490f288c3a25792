//! What the test files share (`mod support;` in each).

use renewal_explorer::core::dataset::data;
use renewal_explorer::core::model::City;

/// A city of `data/cities.csv`, by its id.
pub fn city(id: &str) -> City {
    data().city(id).unwrap_or_else(|| panic!("{id} is not a city of data/cities.csv"))
}
