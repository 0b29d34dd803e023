//! SQL as applications and ORMs log it: `INSERT INTO t (cols) VALUES (…)` pairs each value with
//! its column (also when the values are placeholders and the arguments follow, as Django and
//! many drivers log them: `VALUES (%s, %s); args=('Tanya', 'Miller')`), and Rails-style bind
//! lists `[["first_name", "Tanya"], ["email", "…"]]`. `col = 'value'` and `SET col = …` are
//! plain keys, read by the key scanner.

use super::keyed::is_reference;
use super::scanner::Scanner;
use super::text::skip_spaces;
use crate::bytes::is_word;
use crate::keys::KeyClass;
use crate::span::Syntax;

/// Most columns one statement's values are mapped to.
const MAX_COLUMNS: usize = 48;

/// A value in a tuple: its extent, whether it was a quoted string, and where the tuple goes on.
#[derive(Clone, Copy)]
struct Literal {
    start: usize,
    end: usize,
    quoted: bool,
    next: usize,
}

/// An identifier, possibly quoted (`"first_name"`, `` `dob` ``, `[email]`); `(start, end, next)`.
fn identifier(line: &[u8], p: usize) -> Option<(usize, usize, usize)> {
    let p = skip_spaces(line, p);
    let (open, close) = match line.get(p)? {
        b'"' => (1, b'"'),
        b'`' => (1, b'`'),
        b'[' => (1, b']'),
        _ => (0, 0),
    };
    let s = p + open;
    let mut e = s;
    while e < line.len() && (is_word(line[e]) || line[e] == b'.') {
        e += 1;
    }
    if e == s {
        return None;
    }
    let mut next = e;
    if open == 1 {
        if line.get(e) != Some(&close) {
            return None;
        }
        next += 1;
    }
    // `t.col`: the column is the last part.
    let s = match memchr::memrchr(b'.', &line[s..e]) {
        Some(d) => s + d + 1,
        None => s,
    };
    Some((s, e, next))
}

/// A quoted string starting at `p` (`'it''s'`, `E'…'`, `"…"`): the index of its closing quote.
fn string_end(line: &[u8], p: usize, q: u8) -> Option<usize> {
    let mut i = p + 1;
    while i < line.len() {
        let b = line[i];
        if b == b'\\' {
            i += 2;
            continue;
        }
        if b == q {
            if line.get(i + 1) == Some(&q) {
                i += 2;
                continue;
            }
            return Some(i);
        }
        i += 1;
    }
    None
}

/// One value of a tuple at `p`: a string, a number, a placeholder, a keyword, or a function
/// call whose first string argument stands for the value (`crypt('s3cret', gen_salt('bf'))`).
fn literal(line: &[u8], p: usize) -> Option<Literal> {
    let p = skip_spaces(line, p);
    let b = *line.get(p)?;
    let lit = match b {
        b'\'' | b'"' => {
            let c = string_end(line, p, b)?;
            Literal {
                start: p + 1,
                end: c,
                quoted: true,
                next: c + 1,
            }
        }
        b'E' | b'N' if line.get(p + 1) == Some(&b'\'') => {
            let c = string_end(line, p + 1, b'\'')?;
            Literal {
                start: p + 2,
                end: c,
                quoted: true,
                next: c + 1,
            }
        }
        _ => {
            let mut e = p;
            let mut depth = 0usize;
            let mut inner: Option<(usize, usize)> = None;
            while e < line.len() {
                match line[e] {
                    b'(' => depth += 1,
                    b')' if depth == 0 => break,
                    b')' => depth -= 1,
                    b',' if depth == 0 => break,
                    q @ (b'\'' | b'"') => {
                        let c = string_end(line, e, q)?;
                        if inner.is_none() {
                            inner = Some((e + 1, c));
                        }
                        e = c;
                    }
                    _ => {}
                }
                e += 1;
            }
            let mut te = e;
            while te > p && matches!(line[te - 1], b' ' | b'\t') {
                te -= 1;
            }
            match inner {
                Some((s, c)) => Literal {
                    start: s,
                    end: c,
                    quoted: true,
                    next: e,
                },
                None => Literal {
                    start: p,
                    end: te,
                    quoted: false,
                    next: e,
                },
            }
        }
    };
    Some(lit)
}

/// The values of a tuple opening at `open`, at most `MAX_COLUMNS`; with the index after `)`.
fn tuple(line: &[u8], open: usize, out: &mut [Literal; MAX_COLUMNS]) -> Option<(usize, usize)> {
    let mut p = open + 1;
    let mut k = 0;
    loop {
        let lit = literal(line, p)?;
        if k < MAX_COLUMNS {
            out[k] = lit;
            k += 1;
        }
        p = skip_spaces(line, lit.next);
        match line.get(p)? {
            b',' => p += 1,
            b')' | b']' => return Some((k, p + 1)),
            _ => return None,
        }
    }
}

/// Case-insensitive search for `word` (lowercase) in `hay`, as a whole word.
fn find_word(hay: &[u8], word: &[u8]) -> Option<usize> {
    let mut from = 0;
    while from + word.len() <= hay.len() {
        let i = hay[from..]
            .windows(word.len())
            .position(|w| w.eq_ignore_ascii_case(word))?
            + from;
        let before_ok = i == 0 || !is_word(hay[i - 1]);
        let after_ok = hay.get(i + word.len()).is_none_or(|&b| !is_word(b));
        if before_ok && after_ok {
            return Some(i);
        }
        from = i + 1;
    }
    None
}

/// Where logged statement arguments start after a statement: `args=(…)`, `params: […]`,
/// `parameters=[…]`, `binds=(…)`, `with params (…)`; the index of the opening bracket.
fn arguments_after(line: &[u8], from: usize) -> Option<usize> {
    for marker in [
        &b"args"[..],
        b"params",
        b"parameters",
        b"binds",
        b"bindings",
        b"bind",
    ] {
        if let Some(i) = find_word(&line[from..], marker) {
            let mut p = from + i + marker.len();
            p = skip_spaces(line, p);
            if matches!(line.get(p), Some(b'=') | Some(b':')) {
                p = skip_spaces(line, p + 1);
            }
            if matches!(line.get(p), Some(b'(') | Some(b'[')) {
                return Some(p);
            }
        }
    }
    None
}

impl Scanner<'_> {
    /// `INSERT INTO t (a, b) VALUES ('x', 'y'), (…)` from the `INSERT` at `s`: each value is
    /// judged by its column's name. Returns `None`: scanning goes on through the statement,
    /// so shapes inside values are found too.
    pub(super) fn sql_insert(&mut self, s: usize) -> Option<usize> {
        let line = self.line;
        let window = &line[s..line.len().min(s + 4096)];
        let open = s + memchr::memchr(b'(', window)?;
        let into =
            find_word(&line[s..open], b"into").or_else(|| find_word(&line[s..open], b"upsert"));
        into?;
        let mut cols = [(0usize, 0usize); MAX_COLUMNS];
        let mut ncols = 0;
        let mut p = open + 1;
        loop {
            let (cs, ce, next) = identifier(line, p)?;
            if ncols < MAX_COLUMNS {
                cols[ncols] = (cs, ce);
                ncols += 1;
            }
            p = skip_spaces(line, next);
            match line.get(p)? {
                b',' => p += 1,
                b')' => break,
                _ => return None,
            }
        }
        let after_cols = p + 1;
        let values = after_cols + find_word(&line[after_cols..], b"values")?;
        let mut p = skip_spaces(line, values + 6);
        let mut lits = [Literal {
            start: 0,
            end: 0,
            quoted: false,
            next: 0,
        }; MAX_COLUMNS];
        let mut all_references = true;
        let mut tuples = 0;
        while line.get(p) == Some(&b'(') && tuples < 1000 {
            let (k, next) = tuple(line, p, &mut lits)?;
            for (&(cs, ce), lit) in cols[..ncols].iter().zip(&lits[..k]) {
                let value = &line[lit.start..lit.end];
                if lit.quoted || !is_reference(value) {
                    all_references = false;
                }
                self.column_value(&line[cs..ce], *lit, Syntax::Sql);
            }
            tuples += 1;
            p = skip_spaces(line, next);
            if line.get(p) != Some(&b',') {
                break;
            }
            p = skip_spaces(line, p + 1);
        }
        // `VALUES (%s, %s)` and the arguments logged after the statement.
        if tuples == 1 && all_references {
            if let Some(open) = arguments_after(line, p) {
                if let Some((k, _)) = tuple(line, open, &mut lits) {
                    for (&(cs, ce), lit) in cols[..ncols].iter().zip(&lits[..k]) {
                        self.column_value(&line[cs..ce], *lit, Syntax::Sql);
                    }
                }
            }
        }
        None
    }

    /// `[["first_name", "Tanya"], ["dob", "1969-05-20"]]` opening at `open`: the bind
    /// parameters Rails and other ORMs log after a statement.
    pub(super) fn bind_pairs(&mut self, open: usize) -> Option<usize> {
        let line = self.line;
        let mut p = open + 1;
        let mut pairs = 0;
        while line.get(p) == Some(&b'[') && pairs < 256 {
            let ks = skip_spaces(line, p + 1);
            let q = *line.get(ks)?;
            if q != b'"' && q != b'\'' {
                return None;
            }
            let ke = string_end(line, ks, q)?;
            let mut c = skip_spaces(line, ke + 1);
            if line.get(c) != Some(&b',') {
                return None;
            }
            c += 1;
            let lit = literal(line, c)?;
            let close = skip_spaces(line, lit.next);
            if line.get(close) != Some(&b']') {
                return None;
            }
            self.column_value(&line[ks + 1..ke], lit, Syntax::BindParameters);
            pairs += 1;
            p = skip_spaces(line, close + 1);
            if line.get(p) != Some(&b',') {
                break;
            }
            p = skip_spaces(line, p + 1);
        }
        None
    }

    fn column_value(&mut self, column: &[u8], lit: Literal, syntax: Syntax) {
        if lit.start >= lit.end {
            return;
        }
        let numeric = self.line[lit.start].is_ascii_digit();
        if let KeyClass::Sensitive(rule, label) = self.keys.classify(column, numeric) {
            let rule = *rule;
            let _ = self.keyed_value(rule, label, syntax, lit.start, lit.end, lit.quoted);
        }
    }
}
