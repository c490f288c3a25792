//! Where a problem with the data is, and why.

use std::fmt;

/// One problem with the data, located as precisely as possible.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadError {
    pub file: String,
    pub line: usize,
    /// 1-based column; 0 when the problem is the whole row or file.
    pub column: usize,
    pub column_name: String,
    pub reason: String,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}: ", self.file, self.line, self.column)?;
        if !self.column_name.is_empty() {
            write!(f, "[{}] ", self.column_name)?;
        }
        f.write_str(&self.reason)
    }
}

impl std::error::Error for LoadError {}

impl LoadError {
    /// A problem with a whole row, or with the whole file at line 1.
    pub(super) fn row(file: &str, line: usize, reason: String) -> LoadError {
        LoadError { file: file.into(), line, column: 0, column_name: String::new(), reason }
    }

    /// A problem in the column `name`, which is the header's `index`-th (0-based) when known.
    pub(super) fn cell(file: &str, line: usize, index: Option<usize>, name: &str, reason: String) -> LoadError {
        let column = index.map_or(0, |i| i + 1);
        LoadError { file: file.into(), line, column, column_name: name.into(), reason }
    }
}
