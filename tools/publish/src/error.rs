//! Why finishing `dist/` stopped: each problem with the file it concerns.

use renewal_dataset::rows::LoadError;
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum PublishError {
    #[error("give the dist directory, or run as a Trunk post_build hook")]
    NoDist,
    /// The tables did not pass the checks (the build script would have stopped first).
    #[error("{} problem(s) in the data:\n  {}", .0.len(), .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n  "))]
    Data(Vec<LoadError>),
    #[error("{}: {source}", path.display())]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{}: {source}", path.display())]
    Json { path: PathBuf, source: serde_json::Error },
    /// A page or the template did not have the shape this tool rewrites.
    #[error("{}: {reason}", path.display())]
    Markup { path: PathBuf, reason: String },
}

impl PublishError {
    pub fn io(path: &Path) -> impl FnOnce(std::io::Error) -> PublishError + '_ {
        move |source| PublishError::Io { path: path.to_path_buf(), source }
    }

    pub fn json(path: &Path) -> impl FnOnce(serde_json::Error) -> PublishError + '_ {
        move |source| PublishError::Json { path: path.to_path_buf(), source }
    }

    pub fn markup(path: &Path) -> impl FnOnce(String) -> PublishError + '_ {
        move |reason| PublishError::Markup { path: path.to_path_buf(), reason }
    }
}

/// A file's text.
pub fn read(path: &Path) -> Result<String, PublishError> {
    std::fs::read_to_string(path).map_err(PublishError::io(path))
}

/// Writes a file, making its folder first.
pub fn write(path: &Path, contents: impl AsRef<[u8]>) -> Result<(), PublishError> {
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder).map_err(PublishError::io(folder))?;
    }
    std::fs::write(path, contents).map_err(PublishError::io(path))
}
