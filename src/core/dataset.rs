//! The bundled dataset: static tables generated at build time from `data/*.csv` by `build.rs`,
//! already checked, so the app never parses CSV at run time.

use super::model::{Approx, Category, City, Figure, FigureKind, Project, Source, SourceKind, Status};

include!(concat!(env!("OUT_DIR"), "/dataset.rs"));

/// The whole dataset, by table.
#[derive(Debug, Clone, Copy)]
pub struct Dataset {
    pub sources: &'static [Source],
    pub figures: &'static [Figure],
    pub projects: &'static [Project],
}

/// The data compiled into this build.
pub static BUNDLED: Dataset = Dataset { sources: SOURCES, figures: FIGURES, projects: PROJECTS };

impl Dataset {
    pub fn source(&self, id: &str) -> Option<&'static Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    pub fn project(&self, id: &str) -> Option<&'static Project> {
        self.projects.iter().find(|p| p.id == id)
    }

    /// Counts of (sources, projects, figures) about one city.
    pub fn city_counts(&self, city: City) -> (usize, usize, usize) {
        (
            self.sources.iter().filter(|s| s.city == city).count(),
            self.projects.iter().filter(|p| p.city == city).count(),
            self.figures.iter().filter(|f| f.city == city).count(),
        )
    }
}
