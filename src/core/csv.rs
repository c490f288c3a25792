//! A small RFC 4180 CSV reader that remembers where each field came from, so that a bad value can
//! be reported as `file:line:column`. Shared with `build.rs`; depends only on `std`.

/// One field and the 1-based column it sits in.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub text: String,
    pub column: usize,
}

/// One record and the 1-based line it starts on.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    pub line: usize,
    pub fields: Vec<Field>,
}

/// A syntax error: where, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct CsvError {
    pub line: usize,
    pub column: usize,
    pub reason: &'static str,
}

/// Splits `text` into records. A leading UTF-8 BOM is skipped; `\r\n` and `\n` both end a
/// record; blank lines are skipped. Quoted fields may hold commas, doubled quotes and newlines.
pub fn parse(text: &str) -> Result<Vec<Record>, CsvError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut records = Vec::new();
    let mut chars = text.chars().peekable();
    let mut line = 1;
    while chars.peek().is_some() {
        let start_line = line;
        let mut fields = Vec::new();
        let mut field = String::new();
        let mut column = 1;
        let mut quoted = false;
        let mut after_quote = false;
        loop {
            let Some(c) = chars.next() else {
                if quoted {
                    return Err(CsvError { line: start_line, column, reason: "unterminated quoted field" });
                }
                break;
            };
            if quoted {
                match c {
                    '"' if chars.peek() == Some(&'"') => {
                        chars.next();
                        field.push('"');
                    }
                    '"' => {
                        quoted = false;
                        after_quote = true;
                    }
                    '\n' => {
                        line += 1;
                        field.push(c);
                    }
                    _ => field.push(c),
                }
                continue;
            }
            match c {
                ',' => {
                    fields.push(Field { text: std::mem::take(&mut field), column });
                    column += 1;
                    after_quote = false;
                }
                '\r' if chars.peek() == Some(&'\n') => {}
                '\n' => {
                    line += 1;
                    break;
                }
                '"' if field.is_empty() && !after_quote => quoted = true,
                _ if after_quote => {
                    return Err(CsvError { line, column, reason: "text after a closing quote" });
                }
                '"' => return Err(CsvError { line, column, reason: "quote inside an unquoted field" }),
                _ => field.push(c),
            }
        }
        fields.push(Field { text: field, column });
        let blank = fields.len() == 1 && fields[0].text.is_empty();
        if !blank {
            records.push(Record { line: start_line, fields });
        }
    }
    Ok(records)
}

/// Quotes a field for writing when it needs it (comma, quote or line break).
pub fn escape(field: &str) -> String {
    if field.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_string()
    }
}
