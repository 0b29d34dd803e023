use crate::bytes::{char_at, is_word};
use crate::keys::MAX_KEY;

pub(super) fn trim_spaces(line: &[u8], mut s: usize, mut e: usize) -> (usize, usize) {
    while s < e && line[s] == b' ' {
        s += 1;
    }
    while e > s && line[e - 1] == b' ' {
        e -= 1;
    }
    (s, e)
}

/// Index of the closing quote `q` from `from`, skipping backslash-escaped ones.
pub(super) fn find_close(line: &[u8], from: usize, q: u8) -> Option<usize> {
    let mut p = from;
    while let Some(i) = memchr::memchr2(q, b'\\', &line[p.min(line.len())..]) {
        let at = p + i;
        if line[at] == b'\\' {
            p = at + 2;
            continue;
        }
        return Some(at);
    }
    None
}

/// Index of the `\"` that closes a string of JSON written inside a JSON string: a quote with
/// exactly one backslash before it (three backslashes and a quote are a quote inside the value).
pub(super) fn find_escaped_close(line: &[u8], from: usize) -> Option<usize> {
    let mut p = from;
    while let Some(i) = memchr::memchr(b'"', &line[p.min(line.len())..]) {
        let at = p + i;
        let slashes = line[from..at]
            .iter()
            .rev()
            .take_while(|&&b| b == b'\\')
            .count();
        if slashes == 1 {
            return Some(at - 1);
        }
        p = at + 1;
    }
    None
}

/// `p` moved back over spaces and tabs, not before `s`.
pub(super) fn trim_end_spaces(line: &[u8], s: usize, mut p: usize) -> usize {
    while p > s && matches!(line[p - 1], b' ' | b'\t' | b'\r') {
        p -= 1;
    }
    p
}

/// Whether `p` starts `ident=` or `ident:` (another key in the same record).
pub(super) fn looks_like_key_at(line: &[u8], p: usize) -> bool {
    key_separator_at(line, p).is_some()
}

/// Where the `=` or `:` of an `ident=` / `ident:` starting at `p` is.
pub(super) fn key_separator_at(line: &[u8], p: usize) -> Option<usize> {
    let mut q = p;
    if matches!(line.get(q), Some(b'"') | Some(b'\'')) {
        q += 1;
    }
    let ks = q;
    // Keys are short: stop early on long runs (a JWT is not a key).
    while q < line.len()
        && q - ks <= MAX_KEY
        && (is_word(line[q]) || matches!(line[q], b'.' | b'-'))
    {
        q += 1;
    }
    if q == ks || q - ks > MAX_KEY || !line[ks].is_ascii_alphabetic() && line[ks] != b'_' {
        return None;
    }
    if matches!(line.get(q), Some(b'"') | Some(b'\'')) {
        q += 1;
    }
    matches!(line.get(q), Some(b'=') | Some(b':')).then_some(q)
}

/// `name=value` at `p`, where the value is really there (`dXNlcjpw==` is base64, not a key).
pub(super) fn looks_like_param_at(line: &[u8], p: usize) -> bool {
    let Some(sep) = key_separator_at(line, p) else {
        return false;
    };
    // `username="tanya"` is a parameter; `dXNlcjpw==` (base64 padding) is not.
    line.get(sep + 1)
        .is_some_and(|&b| !matches!(b, b'=' | b' ' | b',' | b';' | b'\'' | b'&'))
}

/// `p` moved on over spaces and tabs.
pub(super) fn skip_spaces(line: &[u8], mut p: usize) -> usize {
    while p < line.len() && matches!(line[p], b' ' | b'\t') {
        p += 1;
    }
    p
}

pub(super) fn starts_upper(line: &[u8], p: usize) -> bool {
    match char_at(line, p) {
        Some((c, _)) => c.is_uppercase(),
        None => false,
    }
}

/// End of a credential token: everything up to whitespace or a quote.
pub(super) fn secret_token_end(line: &[u8], p: usize) -> usize {
    // Credentials are long (a JWT is hundreds of bytes): search the stops with SIMD.
    let rest = &line[p.min(line.len())..];
    let a = memchr::memchr3(b' ', b'"', b'\'', rest).unwrap_or(rest.len());
    let b = memchr::memchr3(b'\t', b',', b'\\', &rest[..a]).unwrap_or(a);
    let mut e = p + b;
    while e > p && matches!(line[e - 1], b'.' | b';' | b')' | b']' | b'}') {
        e -= 1;
    }
    e
}

/// The end of `line` without its trailing whitespace.
pub(super) fn content_end(line: &[u8]) -> usize {
    line.len()
        - line
            .iter()
            .rev()
            .take_while(|b| b.is_ascii_whitespace())
            .count()
}

/// Where the group opened at `open` closes: `opens` and `closes` nest, strings in any of
/// `quotes` are skipped whole; the line's end if it does not close.
pub(super) fn group_end(
    line: &[u8],
    open: usize,
    opens: &[u8],
    closes: &[u8],
    quotes: &[u8],
) -> usize {
    let mut depth = 0usize;
    let mut p = open;
    while p < line.len() {
        let b = line[p];
        if opens.contains(&b) {
            depth += 1;
        } else if closes.contains(&b) {
            depth = depth.saturating_sub(1);
            if depth == 0 {
                return p;
            }
        } else if quotes.contains(&b) {
            p = find_close(line, p + 1, b).unwrap_or(line.len());
        }
        p += 1;
    }
    line.len()
}
