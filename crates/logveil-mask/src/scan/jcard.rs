//! jCard (RFC 7095): vCard written as JSON arrays, as RDAP (RFC 9083) and CardDAV clients
//! log it: `["fn",{},"text","Serena Lombardi"]`, `["n",{},"text",["Lombardi","Serena",…]]`.
//! Each property is `[name, parameters, value type, value…]`; the name says what the value
//! is, the position inside a structured value (`n`, `adr`) which part. Read also when the
//! document sits escaped inside a JSON string (`[\"fn\",{},…]`).

use super::keyed::is_placeholder;
use super::scanner::Scanner;
use crate::span::{Rule, Syntax};
use crate::Kind;

/// What a property holds, and for structured values which components are personal.
fn property(name: &[u8]) -> Option<(Kind, &'static str, Components)> {
    Some(match name {
        b"fn" => (Kind::PERSON, "jCard fn", Components::All),
        b"n" => (Kind::PERSON, "jCard n", Components::All),
        b"nickname" => (Kind::PERSON, "jCard nickname", Components::All),
        // `adr`: post office box, extended address, street, locality, region, code, country.
        b"adr" => (Kind::ADDRESS, "jCard adr", Components::Street),
        b"tel" => (Kind::PHONE, "jCard tel", Components::All),
        b"email" => (Kind::EMAIL, "jCard email", Components::All),
        b"bday" => (Kind::DATE_OF_BIRTH, "jCard bday", Components::All),
        _ => return None,
    })
}

#[derive(Clone, Copy, PartialEq)]
enum Components {
    All,
    /// The extended address and the street (`adr` components 1 and 2).
    Street,
}

/// A JSON string at `p` quoted by `q` (`"` or `\"`): the extent of its contents.
fn string_at(line: &[u8], p: usize, q: &[u8]) -> Option<(usize, usize)> {
    let s = p + q.len();
    if !line[p..].starts_with(q) {
        return None;
    }
    let mut i = s;
    while i < line.len() {
        if line[i..].starts_with(q) {
            return Some((s, i));
        }
        // An escape inside the string: `\\` or `\"` when the quote is `"`; `\\\"` when it is
        // already escaped.
        i += if line[i] == b'\\' && q.len() == 1 {
            2
        } else {
            1
        };
    }
    None
}

impl Scanner<'_> {
    /// A jCard property starting at the `[` at `i`. Returns where scanning resumes.
    pub(super) fn jcard_property(&mut self, i: usize) -> Option<usize> {
        let line = self.line;
        let q: &[u8] = if line.get(i + 1) == Some(&b'"') {
            b"\""
        } else if line[i + 1..].starts_with(b"\\\"") {
            b"\\\""
        } else {
            return None;
        };
        let (ns, ne) = string_at(line, i + 1, q)?;
        let (kind, label, components) = property(&line[ns..ne])?;
        let mut p = ne + q.len();
        if !line[p..].starts_with(b",{") {
            return None;
        }
        let params_end = p + memchr::memchr(b'}', &line[p..])?;
        let rule = Rule::Position(Syntax::JCard, label);
        // `["adr",{"label":"Feldstraße 108\n8010 Graz"},…]`: the address as printed.
        if kind == Kind::ADDRESS {
            let key = [q, b"label", q, b":"].concat();
            if let Some(k) = memchr::memmem::find(&line[p..params_end], &key) {
                if let Some((vs, ve)) = string_at(line, p + k + key.len(), q) {
                    self.emit_unless_placeholder(vs, ve, kind, rule);
                }
            }
        }
        p = params_end + 1;
        if line.get(p) != Some(&b',') {
            return None;
        }
        let (_, te) = string_at(line, p + 1, q)?;
        p = te + q.len();
        if line.get(p) != Some(&b',') {
            return None;
        }
        p += 1;
        if line.get(p) == Some(&b'[') {
            p += 1;
            let mut index = 0;
            while let Some((vs, ve)) = string_at(line, p, q) {
                let personal = match components {
                    Components::All => true,
                    Components::Street => matches!(index, 1 | 2),
                };
                if personal {
                    self.emit_unless_placeholder(vs, ve, kind, rule);
                }
                p = ve + q.len();
                if line.get(p) != Some(&b',') {
                    break;
                }
                p += 1;
                index += 1;
            }
            return Some(p);
        }
        let (vs, ve) = string_at(line, p, q)?;
        // `tel` is a URI: `tel:+1-555-0100`.
        let vs = if kind == Kind::PHONE && line[vs..ve].starts_with(b"tel:") {
            vs + 4
        } else {
            vs
        };
        self.emit_unless_placeholder(vs, ve, kind, rule);
        Some(ve + q.len())
    }

    /// RDAP servers redact what they may not publish (`REDACTED FOR PRIVACY`, RFC 9537).
    fn emit_unless_placeholder(&mut self, vs: usize, ve: usize, kind: Kind, rule: Rule) {
        if ve > vs && !is_placeholder(&self.line[vs..ve]) {
            self.emit(vs, ve, kind, rule);
        }
    }
}
