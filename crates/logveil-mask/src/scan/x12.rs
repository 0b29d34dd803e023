//! ASC X12 EDI segments (`NM1*IL*1*DOE*JANE*M***34*123456789~`): elements are separated by
//! `*` and segments end with `~`, and an element's meaning is its position, as the X12
//! implementation guides define it (005010X220 benefit enrollment, X221 remittance, X222
//! and X223 claims use the same person segments). Read here: NM1 (an individual's name and
//! id), DMG (date of birth), N3 (street), PER (phones and email), REF (subscriber and social
//! security numbers).

use super::scanner::Scanner;
use crate::span::{Rule, Syntax};
use crate::Kind;

/// The segments this reader knows, by id.
pub(super) fn is_person_segment(id: &[u8]) -> bool {
    matches!(id, b"NM1" | b"DMG" | b"N3" | b"PER" | b"REF")
}

impl Scanner<'_> {
    /// The segment whose id is `s..e` (followed by `*`). Returns the segment's end.
    pub(super) fn x12_segment(&mut self, s: usize, e: usize) -> Option<usize> {
        let line = self.line;
        // A segment starts the line or follows the previous one's terminator.
        if s > 0 && !matches!(line[s - 1], b'~' | b'\n' | b' ' | b'\'') {
            return None;
        }
        let end = memchr::memchr(b'~', &line[e..]).map_or(line.len(), |i| e + i);
        let mut elements = [(0usize, 0usize); 12];
        let mut n = 0;
        let mut p = e + 1;
        while n < elements.len() && p <= end {
            let q = memchr::memchr(b'*', &line[p..end]).map_or(end, |i| p + i);
            elements[n] = (p, q);
            n += 1;
            p = q + 1;
        }
        let el = |i: usize| {
            elements
                .get(i - 1)
                .filter(|_| i <= n)
                .map(|&(a, b)| &line[a..b])
        };
        let emit = |this: &mut Self, i: usize, kind: Kind, label: &'static str| {
            if let Some(&(a, b)) = elements.get(i - 1).filter(|_| i <= n) {
                if a < b {
                    this.emit(a, b, kind, Rule::Position(Syntax::X12, label));
                }
            }
        };
        match &line[s..e] {
            // NM1*IL*1*last*first*middle*prefix*suffix*id-qualifier*id: a person (type 1).
            b"NM1" if el(2) == Some(b"1") => {
                emit(self, 3, Kind::PERSON, "NM103 last name");
                emit(self, 4, Kind::PERSON, "NM104 first name");
                emit(self, 5, Kind::PERSON, "NM105 middle name");
                let id_kind = match el(8) {
                    Some(b"34") => Kind::US_SSN,
                    Some(b"MI" | b"II" | b"ZZ" | b"N") => Kind::USER_ID,
                    _ => return Some(end),
                };
                emit(self, 9, id_kind, "NM109 identification code");
            }
            b"DMG" if el(1) == Some(b"D8") => {
                emit(self, 2, Kind::DATE_OF_BIRTH, "DMG02 date of birth")
            }
            b"N3" => {
                emit(self, 1, Kind::ADDRESS, "N301 address line");
                emit(self, 2, Kind::ADDRESS, "N302 address line");
            }
            // PER*IP*name*qualifier*number*qualifier*number…
            b"PER" => {
                for (q, v) in [(3, 4), (5, 6), (7, 8)] {
                    let kind = match el(q) {
                        Some(b"TE" | b"HP" | b"WP" | b"CP" | b"EX" | b"FX") => Kind::PHONE,
                        Some(b"EM") => Kind::EMAIL,
                        _ => continue,
                    };
                    emit(self, v, kind, "PER communication number");
                }
            }
            // REF*0F subscriber number, REF*23 client number, REF*SY social security number.
            b"REF" => match el(1) {
                Some(b"0F" | b"23") => emit(self, 2, Kind::USER_ID, "REF02 member id"),
                Some(b"SY") => emit(self, 2, Kind::US_SSN, "REF02 social security number"),
                _ => {}
            },
            _ => return None,
        }
        Some(end)
    }
}
