//! Query-string encoding and decoding (`application/x-www-form-urlencoded` style), UTF-8 aware.

/// One `key=value` pair; `clean` is false when the raw text had a broken `%` escape or bytes
/// that are not UTF-8 (the value then holds U+FFFD where they were).
#[derive(Debug, Clone, PartialEq)]
pub struct Pair {
    pub key: String,
    pub value: String,
    pub clean: bool,
}

/// Splits `?a=1&b=%E5%85%AC` into decoded pairs. Never fails: damage is reported per pair.
pub fn parse_pairs(query: &str) -> Vec<Pair> {
    let query = query.strip_prefix('?').unwrap_or(query);
    query
        .split('&')
        .filter(|part| !part.is_empty())
        .map(|part| {
            let (k, v) = part.split_once('=').unwrap_or((part, ""));
            let (key, key_clean) = decode(k);
            let (value, value_clean) = decode(v);
            Pair { key, value, clean: key_clean && value_clean }
        })
        .collect()
}

/// Percent-decodes one component (`+` is a space). Returns the text and whether it was clean.
pub fn decode(raw: &str) -> (String, bool) {
    let bytes = raw.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut clean = true;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => match (bytes.get(i + 1).and_then(hex), bytes.get(i + 2).and_then(hex)) {
                (Some(h), Some(l)) => {
                    out.push(h << 4 | l);
                    i += 2;
                }
                _ => {
                    clean = false;
                    out.push(b'%');
                }
            },
            b => out.push(b),
        }
        i += 1;
    }
    match String::from_utf8(out) {
        Ok(s) => (s, clean),
        Err(e) => (String::from_utf8_lossy(e.as_bytes()).into_owned(), false),
    }
}

fn hex(b: &u8) -> Option<u8> {
    (*b as char).to_digit(16).map(|d| d as u8)
}

/// Percent-encodes a component; letters, digits, `-_.~` and the list separator `,` stay as is.
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for &b in text.as_bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~,".contains(&b) {
            out.push(b as char);
        } else {
            out.push('%');
            out.push(char::from_digit((b >> 4) as u32, 16).unwrap_or('0').to_ascii_uppercase());
            out.push(char::from_digit((b & 15) as u32, 16).unwrap_or('0').to_ascii_uppercase());
        }
    }
    out
}
