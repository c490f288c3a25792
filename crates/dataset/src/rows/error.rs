//! Where a problem with the data is, and why.

/// One problem with the data, located as precisely as possible:
/// `file:line:column: [column name] reason`.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{file}:{line}:{column}: {}{reason}", named(column_name))]
pub struct LoadError {
    pub file: String,
    pub line: usize,
    /// 1-based column; 0 when the problem is the whole row or file.
    pub column: usize,
    pub column_name: String,
    pub reason: String,
}

/// `[name] `, or nothing for a problem with a whole row.
fn named(column_name: &str) -> String {
    if column_name.is_empty() {
        String::new()
    } else {
        format!("[{column_name}] ")
    }
}

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
