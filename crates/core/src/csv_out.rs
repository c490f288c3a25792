//! Writing the explorer's CSV downloads: a field quoted when it needs to be (RFC 4180). Reading
//! CSV is the `csv` crate's job, natively only (`core::rows`).

/// Quotes a field for writing when it needs it (comma, quote or line break).
pub fn escape(field: &str) -> String {
    if field.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_string()
    }
}
