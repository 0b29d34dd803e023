//! Delimited exports whose header line names the columns (RFC 4180 CSV, `;`-separated Excel
//! exports, TSV): `customer_id,full_name,country,id_type,id_number,dob` makes the fields of the
//! rows after it values of those keys. The header is a line of its own, so this is the one
//! reader that carries something from one line to the next ([`StreamState`]).

use super::keyed::{is_placeholder, value_ok};
use crate::keys::{KeyClass, KeyRule, KeyTable, MAX_KEY};
use crate::span::{Rule, Span, Syntax};

/// What a stream of lines carries from one line to the next: the header of a delimited export,
/// until a line that is not one of its records. One per input (file, connection, service).
#[derive(Clone, Debug, Default)]
pub struct StreamState {
    header: Option<Header>,
}

#[derive(Clone, Debug)]
struct Header {
    delim: u8,
    /// Per column, the rule and label of its name when the name is a sensitive key.
    columns: Vec<Option<(KeyRule, &'static str)>>,
}

/// Fields of `line` split at `delim`, RFC 4180 quoting honoured: each as (start, end, quoted),
/// the quotes excluded. `None` past `max` fields.
fn fields(line: &[u8], delim: u8, max: usize) -> Option<Vec<(usize, usize, bool)>> {
    let mut out = Vec::new();
    let mut p = 0;
    loop {
        if out.len() == max {
            return None;
        }
        if line.get(p) == Some(&b'"') {
            // A quoted field: `""` is a quote inside it.
            let mut q = p + 1;
            loop {
                let c = q + memchr::memchr(b'"', line.get(q..)?)?;
                if line.get(c + 1) == Some(&b'"') {
                    q = c + 2;
                } else {
                    out.push((p + 1, c, true));
                    p = c + 1;
                    break;
                }
            }
        } else {
            let e = memchr::memchr(delim, &line[p..]).map_or(line.len(), |i| p + i);
            // Tables printed for people (`psql`, `airflow connections list`) pad their cells:
            // ` login      | password `.
            let (mut fs, mut fe) = (p, e);
            while fs < fe && line[fs] == b' ' {
                fs += 1;
            }
            while fe > fs && line[fe - 1] == b' ' {
                fe -= 1;
            }
            out.push((fs, fe, false));
            p = e;
        }
        match line.get(p) {
            None => return Some(out),
            Some(&b) if b == delim => p += 1,
            Some(_) => return None,
        }
    }
}

/// A column name: letters first, then letters, digits, `_`, `-`, `.` or spaces.
fn column_name(name: &[u8]) -> bool {
    !name.is_empty()
        && name.len() <= MAX_KEY
        && (name[0].is_ascii_alphabetic() || name[0] >= 0x80)
        && name.iter().all(|&b| {
            b.is_ascii_alphanumeric() || b >= 0x80 || matches!(b, b'_' | b'-' | b'.' | b' ')
        })
}

const MAX_COLUMNS: usize = 64;

impl StreamState {
    /// Reads `line` as a record under the header seen before it (its fields pushed to `out` as
    /// values of their columns), or as a new header. Any other line ends the header.
    pub(crate) fn read(&mut self, line: &[u8], keys: &KeyTable, out: &mut Vec<Span>) {
        if let Some(h) = &self.header {
            if let Some(fs) = fields(line, h.delim, MAX_COLUMNS) {
                if fs.len() == h.columns.len() {
                    for (&(s, e, quoted), column) in fs.iter().zip(&h.columns) {
                        let Some((rule, label)) = column else {
                            continue;
                        };
                        let v = &line[s..e];
                        if s < e && !is_placeholder(v) && value_ok(rule.shape, v, quoted) {
                            let r = match rule.custom {
                                Some(i) => Rule::CustomKey(Syntax::CsvHeader, i),
                                None => Rule::Key(Syntax::CsvHeader, label),
                            };
                            out.push(Span::new(s, e, rule.kind, r));
                        }
                    }
                    return;
                }
            }
        }
        self.header = header(line, keys);
    }
}

/// `line` as a header: two columns or more, each a column name, one of them a sensitive key.
fn header(line: &[u8], keys: &KeyTable) -> Option<Header> {
    // Every line of a stream without a header comes here: one pass that stops at the first
    // byte no header holds (the digit of a timestamp, a `{`, a `:`) keeps that cheap.
    let header_bytes = line
        .iter()
        .find(|&&b| b != b' ')
        .is_some_and(|&b| b.is_ascii_alphabetic() || b >= 0x80 || b == b'"')
        && line.iter().all(|&b| {
            b.is_ascii_alphanumeric()
                || b >= 0x80
                || matches!(
                    b,
                    b'_' | b'-' | b'.' | b' ' | b'"' | b',' | b';' | b'\t' | b'|'
                )
        });
    if !header_bytes {
        return None;
    }
    let delim = [b',', b';', b'\t', b'|']
        .into_iter()
        .max_by_key(|&d| memchr::memchr_iter(d, line).count())?;
    let fs = fields(line, delim, MAX_COLUMNS)?;
    if fs.len() < 2 {
        return None;
    }
    let mut any = false;
    let mut columns = Vec::with_capacity(fs.len());
    for &(s, e, _) in &fs {
        let name = &line[s..e];
        if !column_name(name) {
            return None;
        }
        let column = match keys.classify(name, false) {
            KeyClass::Sensitive(rule, label) => Some((*rule, label)),
            _ => None,
        };
        any |= column.is_some();
        columns.push(column);
    }
    any.then_some(Header { delim, columns })
}
