use super::dates::date_end;
use super::people::{looks_like_person_name, person_words};
use super::scanner::{KeyScan, Scanner};
use super::secrets::{credential_after_scheme, credential_shape};
use super::text::{find_close, looks_like_key_at, looks_like_param_at, starts_upper};
use crate::bytes::{is_alnum, lower_into};
use crate::keys::{KeyClass, KeyRule, ValueShape, MAX_KEY};
use crate::span::Rule;
use crate::words::{set, WordMap, WordSet};
use crate::Kind;

/// The rule for `id` inside an object that describes a person.
pub(super) static OWNER_ID_RULE: KeyRule = KeyRule {
    kind: Kind::USER_ID,
    shape: ValueShape::Word,
    custom: None,
    suffix_ok: false,
};

pub(super) fn is_id_key(k: &[u8]) -> bool {
    matches!(
        k,
        b"id" | b"Id" | b"ID" | b"uid" | b"uuid" | b"_id" | b"number" | b"no"
    )
}

/// Keys whose object value describes a person (`"user": {"id": …, "email": …}`).
pub(super) fn is_owner_key(k: &[u8]) -> bool {
    let mut buf = [0u8; 16];
    match lower_into(k, &mut buf) {
        Some(l) => matches!(
            l,
            b"user"
                | b"customer"
                | b"account"
                | b"member"
                | b"patient"
                | b"subscriber"
                | b"client"
                | b"person"
                | b"employee"
                | b"owner"
                | b"buyer"
                | b"payer"
                | b"sender"
                | b"recipient"
                | b"contact"
                | b"profile"
                | b"actor"
                | b"principal"
        ),
        None => false,
    }
}

/// End of the `{…}` object opening at `open` (braces counted, strings not parsed: an
/// approximation that only widens where an `id` counts as a user id).
pub(super) fn object_end(line: &[u8], open: usize) -> usize {
    let mut depth = 0usize;
    for (i, &b) in line[open..].iter().enumerate() {
        match b {
            b'{' => depth += 1,
            b'}' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return open + i;
                }
            }
            _ => {}
        }
    }
    line.len()
}

/// Placeholders that are not values: masking them would hide what the log says.
pub(super) static PLACEHOLDERS: WordSet = WordMap::new(set![
    b"",
    b"-",
    b"--",
    b"null",
    b"nil",
    b"none",
    b"undefined",
    b"n/a",
    b"na",
    b"true",
    b"false",
    b"redacted",
    b"[redacted]",
    b"<redacted>",
    b"[filtered]",
    b"masked",
    b"hidden",
    b"unknown",
    b"empty",
    b"{}",
    b"[]"
]);

pub(super) fn is_placeholder(v: &[u8]) -> bool {
    if v.len() > 16 {
        return false;
    }
    let mut buf = [0u8; 16];
    let Some(l) = lower_into(v, &mut buf) else {
        return false;
    };
    PLACEHOLDERS.contains(l)
        || v.iter().all(|&b| b == b'*' || b == b'x' || b == b'X')
        || (v.first() == Some(&b'<') && v.last() == Some(&b'>'))
}

/// `Token{…`, `Credentials(…`: an identifier directly followed by a bracket.
pub(super) fn is_object_dump(v: &[u8]) -> bool {
    let word = v
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || **b == b'_')
        .count();
    word > 0 && matches!(v.get(word), Some(b'{') | Some(b'(') | Some(b'['))
}

pub(super) fn value_ok(shape: ValueShape, v: &[u8]) -> bool {
    if v.is_empty() || is_placeholder(v) {
        return false;
    }
    let digits = || v.iter().filter(|b| b.is_ascii_digit()).count();
    let alnum = || v.iter().filter(|b| b.is_ascii_alphanumeric()).count();
    match shape {
        ValueShape::Word => v.len() <= 256,
        // Logins start with a letter or `_`: `last_login=2026-…` holds a time, `user=0` a uid.
        ValueShape::Username => {
            v.len() <= 256 && (v[0].is_ascii_alphabetic() || v[0] == b'_' || v[0] >= 0x80)
        }
        ValueShape::Person => v.len() <= 128 && looks_like_person_name(v),
        ValueShape::Date => digits() >= 2 && v.len() <= 40,
        ValueShape::Address => {
            v.len() <= 256
                && !v.contains(&b'@')
                && v.iter().any(u8::is_ascii_alphabetic)
                && v.contains(&b' ')
                && !v.starts_with(b"0x")
        }
        ValueShape::Code => (3..=12).contains(&v.len()) && digits() >= 3,
        ValueShape::SessionId => {
            v.len() >= 16 && digits() > 0 && v.iter().any(u8::is_ascii_alphabetic)
        }
        ValueShape::Secret | ValueShape::Authorization => {
            // `0x34f4a63146b003c` (a ZooKeeper session), `Token{a64f992 …}` (an object's
            // toString) are handles, not credentials.
            v.len() <= 8192 && !v.starts_with(b"0x") && !is_object_dump(v)
        }
        ValueShape::CardNumber => {
            (12..=19).contains(&digits())
                && v.iter()
                    .all(|&b| b.is_ascii_digit() || b == b' ' || b == b'-')
        }
        ValueShape::Cvv => (3..=4).contains(&digits()) && digits() == v.len(),
        ValueShape::AccountNumber => (8..=34).contains(&alnum()) && v.len() <= 48,
        ValueShape::GovernmentId => {
            (5..=20).contains(&alnum())
                && (digits() >= 1 || v.iter().all(u8::is_ascii_uppercase))
                && v.len() <= 32
        }
        ValueShape::Phone => (6..=15).contains(&digits()) && v.len() <= 32,
    }
}

impl Scanner<'_> {
    /// A key followed by `=` or `:` (possibly quoted, as in JSON, or escaped-quoted, as in JSON
    /// inside a string). Returns where scanning resumes, `None` if this is not a key.
    pub(super) fn key(&mut self, s: usize, e: usize) -> KeyScan {
        let line = self.line;
        let n = line.len();
        // `<email:7f3a9c21>` is a token this engine wrote, not a key: masking stays idempotent.
        if e - s > MAX_KEY || (s > 0 && line[s - 1] == b'<') {
            return KeyScan::NotAKey;
        }
        let mut p = e;
        match line.get(p) {
            Some(b'"') | Some(b'\'') => p += 1,
            Some(b'\\') if line.get(p + 1) == Some(&b'"') => p += 2,
            // PostgreSQL's `Key (username)=(o.rossi6) already exists`
            Some(b')') if s > 0 && line[s - 1] == b'(' => p += 1,
            _ => {}
        }
        while p < n && line[p] == b' ' && p - e < 3 {
            p += 1;
        }
        let Some(&sep) = line.get(p) else {
            return KeyScan::NotAKey;
        };
        match sep {
            b'=' => {
                if line.get(p + 1) == Some(&b'=') {
                    return KeyScan::NotAKey;
                }
                // `key => value` (Ruby, Perl, PHP dumps).
                if line.get(p + 1) == Some(&b'>') {
                    p += 1;
                }
            }
            b':' => {
                if matches!(line.get(p + 1), Some(b':') | Some(b'/')) {
                    return KeyScan::NotAKey;
                }
                // `pam_unix(passwd:chauthtok)`: a facility, not a key.
                if s > 0 && line[s - 1] == b'(' && line.get(p + 1) != Some(&b' ') {
                    return KeyScan::NotAKey;
                }
            }
            _ => return KeyScan::NotAKey,
        }
        let mut v = p + 1;
        while v < n && line[v] == b' ' && v - p < 4 {
            v += 1;
        }
        let numeric_value = match line.get(v) {
            Some(b'"') | Some(b'\'') => line.get(v + 1).is_some_and(u8::is_ascii_digit),
            Some(b) => b.is_ascii_digit(),
            None => false,
        };
        let class = match self.keys.classify(&line[s..e], numeric_value) {
            KeyClass::Numeric | KeyClass::Other
                if s < self.owner_until && is_id_key(&line[s..e]) =>
            {
                KeyClass::Sensitive(&OWNER_ID_RULE, "id of user object")
            }
            c => c,
        };
        let (rule, label) = match class {
            KeyClass::Sensitive(rule, label) => (*rule, label),
            KeyClass::Numeric => {
                let mut vs = v;
                if matches!(line.get(vs), Some(b'"') | Some(b'\'')) {
                    vs += 1;
                }
                self.numeric_value_at = vs;
                return KeyScan::Key(v);
            }
            KeyClass::Other => {
                if line.get(v) == Some(&b'{') && is_owner_key(&line[s..e]) {
                    self.owner_until = object_end(line, v);
                }
                return KeyScan::Key(p + 1);
            }
        };
        let (vs, ve) = match line.get(v) {
            None => return KeyScan::Key(v),
            Some(b'{') => {
                if rule.kind == Kind::USERNAME
                    || rule.kind == Kind::PERSON
                    || rule.kind == Kind::USER_ID
                {
                    self.owner_until = object_end(line, v);
                }
                return KeyScan::Key(v);
            }
            Some(b'[') => return KeyScan::Key(v),
            Some(b'(') if line[p - 1] == b')' => match memchr::memchr(b')', &line[v + 1..]) {
                Some(c) => (v + 1, v + 1 + c),
                None => return KeyScan::Key(v),
            },
            Some(&q @ (b'"' | b'\'')) => match find_close(line, v + 1, q) {
                Some(c) => (v + 1, c),
                None => (v + 1, self.unquoted_end(s, v + 1, rule.shape)),
            },
            Some(b'\\') if line.get(v + 1) == Some(&b'"') => {
                match memchr::memmem::find(&line[v + 2..], b"\\\"") {
                    Some(c) => (v + 2, v + 2 + c),
                    None => (v + 2, self.unquoted_end(s, v + 2, rule.shape)),
                }
            }
            Some(_) if looks_like_key_at(line, v) && line.get(v + 1).is_some() => {
                // `USER_LOGIN: Username=jdoe`: a label, not a key; its "value" is the next key.
                return KeyScan::Key(v);
            }
            Some(_) if rule.shape == ValueShape::Authorization => {
                match credential_after_scheme(line, v, line.len()) {
                    // `AWS4-HMAC-SHA256 Credential=…, Signature=…`, `Digest username="…"`:
                    // parameters, each judged by its own key.
                    Some((cs, _)) if looks_like_param_at(line, cs) => return KeyScan::Key(cs),
                    Some((cs, ce)) => (cs, ce),
                    None => return KeyScan::Key(v),
                }
            }
            Some(_) if rule.shape == ValueShape::Username && starts_upper(line, v) => {
                // `assignee: Jane Doe, …`: a name where a login was expected.
                match person_words(line, v) {
                    Some(end) if line[v..end].contains(&b' ') => {
                        self.emit(v, end, Kind::PERSON, Rule::Key(label));
                        self.last_person_end = end;
                        return KeyScan::Key(end);
                    }
                    _ => (v, self.unquoted_end(s, v, rule.shape)),
                }
            }
            Some(_) => (v, self.unquoted_end(s, v, rule.shape)),
        };
        let quoted = vs != v;
        let (vs, ve) = match rule.shape {
            ValueShape::Authorization if quoted => match credential_after_scheme(line, vs, ve) {
                Some(r) => r,
                None => return KeyScan::Key(v),
            },
            _ => (vs, ve),
        };
        let value = &line[vs..ve];
        if rule.shape == ValueShape::Username
            && value.contains(&b' ')
            && looks_like_person_name(value)
        {
            self.emit(vs, ve, Kind::PERSON, Rule::Key(label));
            return KeyScan::Key(ve);
        }
        // uid 0 is root on every Unix host: it names no one. `PWD=/srv/app` is sudo's working
        // directory, not a password.
        let not_personal = (rule.kind == Kind::USER_ID && value == b"0")
            || (rule.kind == Kind::PASSWORD && value.first() == Some(&b'/') && value.len() > 1);
        if not_personal || !value_ok(rule.shape, value) {
            return KeyScan::Key(v);
        }
        let r = match rule.custom {
            Some(i) => Rule::CustomKey(i),
            None => Rule::Key(label),
        };
        if matches!(rule.shape, ValueShape::Secret | ValueShape::Authorization) {
            // A credential's shape names it better than its key, and bounds it better:
            // `Credential=AKIA…/20261010/eu-west-1/s3/aws4_request` holds one key id.
            let lead = vs
                + line[vs..ve]
                    .iter()
                    .position(|&b| matches!(b, b'/' | b',' | b';'))
                    .unwrap_or(ve - vs);
            let (kind, r, ve) = match credential_shape(&line[vs..ve]) {
                Some((k, r)) => (k, r, ve),
                None => match credential_shape(&line[vs..lead]) {
                    Some((k, r)) => (k, r, lead),
                    None => (rule.kind, r, ve),
                },
            };
            self.emit(vs, ve, kind, r);
            return KeyScan::Key(ve);
        }
        self.emit(vs, ve, rule.kind, r);
        // Scan the value too: a shape inside it (an email under `user`) names the kind better.
        KeyScan::Key(vs)
    }

    /// End of an unquoted value starting at `v`, by what the key says the value looks like.
    #[inline(never)]
    pub(super) fn unquoted_end(&self, key_start: usize, v: usize, shape: ValueShape) -> usize {
        let line = self.line;
        let n = line.len();
        let stop = |b: u8| {
            matches!(
                b,
                b' ' | b'\t'
                    | b'"'
                    | b'\''
                    | b','
                    | b';'
                    | b'&'
                    | b'|'
                    | b')'
                    | b']'
                    | b'}'
                    | b'<'
                    | b'>'
                    | b'\\'
            )
        };
        let word_end = |from: usize| {
            let mut p = from;
            while p < n && !stop(line[p]) {
                p += 1;
            }
            p
        };
        match shape {
            ValueShape::Word
            | ValueShape::Username
            | ValueShape::Cvv
            | ValueShape::Code
            | ValueShape::SessionId => word_end(v),
            ValueShape::Secret | ValueShape::Authorization => {
                // `&` separates query parameters; elsewhere it is part of a password.
                let in_query = key_start > 0 && matches!(line[key_start - 1], b'?' | b'&');
                let mut p = v;
                while p < n
                    && !matches!(line[p], b' ' | b'\t' | b'"' | b'\'' | b'\\')
                    && !(in_query && line[p] == b'&')
                {
                    p += 1;
                }
                // `a=b,c=d`, `a=b&c=d`: a separator before another key ends the value.
                let mut q = v;
                while q < p {
                    if matches!(line[q], b',' | b';' | b'&') && looks_like_key_at(line, q + 1) {
                        p = q;
                        break;
                    }
                    q += 1;
                }
                while p > v && matches!(line[p - 1], b',' | b';' | b')' | b']' | b'}' | b'.') {
                    p -= 1;
                }
                p
            }
            ValueShape::Person => person_words(line, v).unwrap_or_else(|| word_end(v)),
            ValueShape::Date => date_end(line, v),
            ValueShape::Address => {
                let mut p = v;
                while p < n {
                    let b = line[p];
                    if matches!(
                        b,
                        b'"' | b'|'
                            | b'['
                            | b']'
                            | b'{'
                            | b'}'
                            | b'<'
                            | b'>'
                            | b';'
                            | b'\\'
                            | b'\t'
                            | b'&'
                    ) {
                        break;
                    }
                    if b == b' ' && looks_like_key_at(line, p + 1) {
                        break;
                    }
                    p += 1;
                }
                while p > v && matches!(line[p - 1], b' ' | b',' | b'.') {
                    p -= 1;
                }
                p
            }
            ValueShape::CardNumber
            | ValueShape::Phone
            | ValueShape::AccountNumber
            | ValueShape::GovernmentId => {
                let mut p = word_end(v);
                // Grouped numbers: `4111 1111 1111 1111`, `GB82 WEST 1234…`, `ZZ 34 72 01 T`.
                loop {
                    if p + 1 >= n || !matches!(line[p], b' ' | b'-') {
                        break;
                    }
                    let g = p + 1;
                    let ge = {
                        let mut q = g;
                        while q < n && is_alnum(line[q]) {
                            q += 1;
                        }
                        q
                    };
                    let glen = ge - g;
                    if glen == 0 || glen > 6 || ge - v > 40 || looks_like_key_at(line, g) {
                        break;
                    }
                    if shape == ValueShape::Phone && !line[g..ge].iter().all(u8::is_ascii_digit) {
                        break;
                    }
                    p = ge;
                }
                p
            }
        }
    }
}
