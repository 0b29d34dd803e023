//! UN/EDIFACT segments (ISO 9735): `TAG+element+element:component'`. Elements are separated
//! by `+`, components by `:`, segments end with `'`, and `?` releases the next character. An
//! element's meaning is its position in the segment, as the message's directory defines it;
//! read here are the segments that carry people in the passenger lists airlines send to
//! border agencies (PAXLST, per the WCO/IATA/ICAO API guidelines) and in other messages:
//! NAD (a person's name and street), DTM with qualifier 329 (date of birth), DOC (a travel
//! document's number) and COM (phone, e-mail).

use super::scanner::Scanner;
use crate::span::{Rule, Syntax};
use crate::Kind;

/// NAD party qualifiers that name a person: flight passenger and crew, in-transit passenger
/// and crew, and the sender's contact.
fn is_person_party(qualifier: &[u8]) -> bool {
    matches!(qualifier, b"FL" | b"FM" | b"DDT" | b"DDU" | b"COT" | b"MS")
}

/// The element and component boundaries of a segment body `s..end`, honouring `?`.
struct Segment {
    /// (start, end) of each component, with its element number (1-based) and component index.
    parts: [(usize, usize, u8, u8); 24],
    n: usize,
}

impl Segment {
    fn parse(line: &[u8], s: usize, end: usize) -> Segment {
        let mut seg = Segment {
            parts: [(0, 0, 0, 0); 24],
            n: 0,
        };
        let (mut element, mut component, mut start) = (1u8, 0u8, s);
        let mut p = s;
        while p <= end && seg.n < seg.parts.len() {
            let b = if p == end { b'\'' } else { line[p] };
            match b {
                b'?' => {
                    p += 2;
                    continue;
                }
                b'+' | b':' | b'\'' => {
                    seg.parts[seg.n] = (start, p, element, component);
                    seg.n += 1;
                    if b == b'+' {
                        element = element.saturating_add(1);
                        component = 0;
                    } else {
                        component = component.saturating_add(1);
                    }
                    start = p + 1;
                }
                _ => {}
            }
            p += 1;
        }
        seg
    }

    fn get(&self, element: u8, component: u8) -> Option<(usize, usize)> {
        self.parts[..self.n]
            .iter()
            .find(|p| p.2 == element && p.3 == component)
            .map(|p| (p.0, p.1))
    }

    fn components(&self, element: u8) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.parts[..self.n]
            .iter()
            .filter(move |p| p.2 == element)
            .map(|p| (p.0, p.1))
    }
}

/// Where the segment whose body starts at `s` ends: its unreleased `'`, or the line's end.
fn segment_end(line: &[u8], s: usize) -> usize {
    let mut p = s;
    while p < line.len() {
        match line[p] {
            b'?' => p += 2,
            b'\'' => return p,
            _ => p += 1,
        }
    }
    line.len()
}

impl Scanner<'_> {
    /// The segment whose three-letter tag starts at `s` (followed by `+`). Returns where
    /// scanning resumes: the segment's end for the segments read here.
    pub(super) fn edifact_segment(&mut self, s: usize) -> Option<usize> {
        let line = self.line;
        // A segment starts the line or follows the previous one's terminator.
        if s > 0 && line[s - 1] != b'\'' && !(line[s - 1] == b' ' && line[..s].ends_with(b"' ")) {
            return None;
        }
        let tag = line.get(s..s + 3)?;
        if !matches!(tag, b"NAD" | b"DTM" | b"DOC" | b"COM") {
            return None;
        }
        let body = s + 4;
        let end = segment_end(line, body);
        let seg = Segment::parse(line, body, end);
        let value = |(a, b): (usize, usize)| &line[a..b];
        let emit = |this: &mut Self, part: Option<(usize, usize)>, kind, label| {
            if let Some((a, b)) = part.filter(|(a, b)| b > a) {
                this.emit(a, b, kind, Rule::Position(Syntax::Edifact, label));
            }
        };
        match tag {
            b"NAD" => {
                if !seg.get(1, 0).map(value).is_some_and(is_person_party) {
                    return Some(end);
                }
                for part in seg.components(4) {
                    emit(self, Some(part), Kind::PERSON, "NAD party name");
                }
                emit(self, seg.get(5, 0), Kind::ADDRESS, "NAD street");
            }
            b"DTM" if seg.get(1, 0).map(value) == Some(b"329") => {
                emit(
                    self,
                    seg.get(1, 1),
                    Kind::DATE_OF_BIRTH,
                    "DTM 329 date of birth",
                );
            }
            b"DOC" => {
                emit(
                    self,
                    seg.get(2, 0),
                    Kind::NATIONAL_ID,
                    "DOC document number",
                );
            }
            b"COM" => {
                for element in 1..=3 {
                    let kind = match seg.get(element, 1).map(value) {
                        Some(b"TE" | b"FX") => Kind::PHONE,
                        Some(b"EM") => Kind::EMAIL,
                        _ => continue,
                    };
                    emit(self, seg.get(element, 0), kind, "COM communication number");
                }
            }
            _ => return None,
        }
        Some(end)
    }
}
