//! vCard (RFC 6350) and iCalendar (RFC 5545) content lines: `NAME;PARAM=value:VALUE`, one
//! property per line. The property says what its value is: `FN` a formatted name, `N` the
//! name's parts (`Family;Given;Additional;Prefix;Suffix`), `ADR` an address whose third part
//! is the street, `BDAY` a birthday; an attendee's or organizer's `CN` parameter is the
//! person's name (their `mailto:` value is an address the email reader finds). Values escape
//! `,` and `;` with a backslash.

use super::scanner::Scanner;
use super::text::content_end;
use crate::span::{Rule, Syntax};
use crate::Kind;

#[derive(Clone, Copy, PartialEq)]
enum Property {
    FormattedName,
    Name,
    Address,
    Birthday,
    /// ATTENDEE, ORGANIZER: the `CN` parameter names the person.
    Party,
    /// LOCATION: an address when it starts with a house number.
    Location,
    /// UID: the object's own identifier (`urn:uuid:…`, `…@example.com`), nobody's.
    Uid,
    /// TEL: a `tel:` URI or a number, read on from the number.
    Tel,
}

fn property(name: &[u8]) -> Option<Property> {
    Some(match name {
        b"FN" => Property::FormattedName,
        b"N" => Property::Name,
        b"ADR" => Property::Address,
        b"BDAY" => Property::Birthday,
        b"ATTENDEE" | b"ORGANIZER" => Property::Party,
        b"LOCATION" => Property::Location,
        b"UID" => Property::Uid,
        b"TEL" => Property::Tel,
        _ => return None,
    })
}

/// Ends of the `;`-separated components of a value, backslash escapes honoured.
fn components(line: &[u8], vs: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = vs;
    let mut p = vs;
    while p < line.len() {
        match line[p] {
            b'\\' => p += 2,
            b';' => {
                out.push((start, p));
                p += 1;
                start = p;
            }
            _ => p += 1,
        }
    }
    out.push((start, line.len().min(p)));
    out
}

impl Scanner<'_> {
    /// The property `s..e` at the start of a line, followed by `;` or `:`. Returns where to go
    /// on, `None` if this is no content line the reader knows.
    pub(super) fn content_line(&mut self, s: usize, e: usize) -> Option<usize> {
        let line = self.line;
        let prop = property(&line[s..e])?;
        // Parameters up to the `:` that starts the value (a quoted parameter may hold one).
        let mut p = e;
        let mut cn = None;
        // `CUTYPE=ROOM` or `RESOURCE`: the attendee is a room or a projector, not a person.
        let mut thing = false;
        while line.get(p) == Some(&b';') {
            let ps = p + 1;
            let eq = ps
                + line[ps..]
                    .iter()
                    .position(|&b| matches!(b, b'=' | b':' | b';'))?;
            if line[eq] != b'=' {
                return None;
            }
            let vs = eq + 1;
            let (v0, v1, next) = if line.get(vs) == Some(&b'"') {
                let close = vs + 1 + memchr::memchr(b'"', &line[vs + 1..])?;
                (vs + 1, close, close + 1)
            } else {
                let end = vs + line[vs..].iter().position(|&b| matches!(b, b';' | b':'))?;
                (vs, end, end)
            };
            if line[ps..eq].eq_ignore_ascii_case(b"CN") {
                cn = Some((v0, v1));
            }
            if line[ps..eq].eq_ignore_ascii_case(b"CUTYPE") {
                thing = matches!(&line[v0..v1], b"ROOM" | b"RESOURCE");
            }
            p = next;
        }
        if line.get(p) != Some(&b':') {
            return None;
        }
        let vs = p + 1;
        let ve = content_end(line);
        let rule = |label| Rule::Position(Syntax::ContentLine, label);
        match prop {
            Property::FormattedName if ve > vs => {
                self.emit(vs, ve, Kind::PERSON, rule("FN"));
                Some(ve)
            }
            Property::Name => {
                // Family, given and additional names; prefixes and suffixes are titles.
                for (cs, ce) in components(line, vs).into_iter().take(3) {
                    self.emit(cs, ce, Kind::PERSON, rule("N"));
                }
                Some(ve)
            }
            Property::Address => {
                // Post office box, extended address, street: the street is the third part.
                let (cs, ce) = *components(line, vs).get(2)?;
                self.emit(cs, ce, Kind::ADDRESS, rule("ADR"));
                Some(ce)
            }
            Property::Birthday if line[vs..ve].iter().any(u8::is_ascii_digit) => {
                self.emit(vs, ve, Kind::DATE_OF_BIRTH, rule("BDAY"));
                Some(ve)
            }
            Property::Party => {
                let (c0, c1) = cn?;
                if !thing {
                    self.emit(c0, c1, Kind::PERSON, rule("CN"));
                }
                // The value (`mailto:…`) is read on as usual.
                Some(vs)
            }
            Property::Location if line.get(vs).is_some_and(u8::is_ascii_digit) => {
                self.emit(vs, ve, Kind::ADDRESS, rule("LOCATION"));
                Some(ve)
            }
            Property::Uid => Some(ve),
            Property::Tel if line[vs..].starts_with(b"tel:") => Some(vs + 4),
            _ => None,
        }
    }
}
