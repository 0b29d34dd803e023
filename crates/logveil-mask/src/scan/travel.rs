//! Airline records that name their passenger by position, in capitals, `SURNAME/GIVEN`:
//! IATA's Bar Coded Boarding Pass (BCBP, Resolution 792), whose mandatory items start with
//! `M`, the number of legs, and a 20-character name field, then the electronic ticket
//! indicator, the booking reference and the two airports; and the name elements of a
//! reservation display (`1.OBRADOVIC/MILICA MS`, Sabre's `1.1ADEYEMI/ADEWALE MR`).

use super::scanner::Scanner;
use crate::span::{Rule, Syntax};
use crate::Kind;

/// Titles and passenger types written after the given names.
const TITLES: &[&[u8]] = &[
    b"MR", b"MRS", b"MS", b"MISS", b"MSTR", b"DR", b"PROF", b"CHD", b"INF", b"REV",
];

impl Scanner<'_> {
    /// A BCBP at `s` (`M1SURNAME/GIVEN MR        E…`). Returns where scanning resumes.
    pub(super) fn boarding_pass(&mut self, s: usize) -> Option<usize> {
        let line = self.line;
        let m = line.get(s..s + 36)?;
        let name = &m[2..22];
        let airports = &m[30..36];
        if m[0] != b'M'
            || !(b'1'..=b'4').contains(&m[1])
            || !matches!(m[22], b'E' | b' ')
            || !name.contains(&b'/')
            || !name
                .iter()
                .all(|&b| b.is_ascii_uppercase() || matches!(b, b'/' | b' ' | b'-' | b'\''))
            || !m[23..30]
                .iter()
                .all(|&b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b' ')
            || !airports.iter().all(u8::is_ascii_uppercase)
        {
            return None;
        }
        self.passenger_name(s + 2, s + 22, "BCBP passenger name");
        Some(s + 22)
    }

    /// A reservation's name elements at the start of a line: `1.SURNAME/GIVEN TITLE`, one
    /// or more, separated by two spaces or more; Sabre numbers them `1.1`.
    pub(super) fn pnr_name(&mut self, s: usize) -> Option<usize> {
        let line = self.line;
        if !line[..s].iter().all(|&b| b == b' ') {
            return None;
        }
        let mut p = s;
        let mut found = None;
        while p < line.len() {
            let mut q = p;
            while line.get(q).is_some_and(u8::is_ascii_digit) {
                q += 1;
            }
            if q == p || line.get(q) != Some(&b'.') {
                break;
            }
            q += 1;
            while line.get(q).is_some_and(u8::is_ascii_digit) {
                q += 1;
            }
            let end = memchr::memmem::find(&line[q..], b"  ").map_or(line.len(), |i| q + i);
            let element = &line[q..end];
            let slash = memchr::memchr(b'/', element)?;
            if slash == 0
                || !element
                    .iter()
                    .all(|&b| b.is_ascii_uppercase() || matches!(b, b'/' | b' ' | b'-' | b'\''))
            {
                break;
            }
            self.passenger_name(q, end, "reservation name element");
            found = Some(end);
            p = end;
            while line.get(p) == Some(&b' ') {
                p += 1;
            }
        }
        found
    }

    /// `SSR DOCS`, the passport data of API (`… HK1 P/SRB/SA2257203/SRB/07FEB54/F/12DEC31/
    /// OBRADOVIC/MILICA`): document type, issuing state, number, nationality, birth, sex,
    /// expiry, surname, given names. `s` is where `DOCS` ends.
    pub(super) fn ssr_docs(&mut self, e: usize) -> Option<usize> {
        let line = self.line;
        // The document type: one letter alone between a space or slash and a slash.
        let rest = &line[e..line.len().min(e + 32)];
        let t = (1..rest.len().saturating_sub(1)).find(|&i| {
            matches!(rest[i - 1], b' ' | b'/')
                && rest[i].is_ascii_uppercase()
                && rest[i + 1] == b'/'
        })?;
        let mut fields = [(0usize, 0usize); 9];
        let mut p = e + t;
        for f in fields.iter_mut() {
            let end = line[p..]
                .iter()
                .position(|&b| matches!(b, b'/' | b' '))
                .map_or(line.len(), |i| p + i);
            *f = (p, end);
            if line.get(end) != Some(&b'/') {
                break;
            }
            p = end + 1;
        }
        let rule = |label| Rule::Position(Syntax::Travel, label);
        let emit = |this: &mut Self, (a, b): (usize, usize), kind, label| {
            if b > a {
                this.emit(a, b, kind, rule(label));
            }
        };
        emit(
            self,
            fields[2],
            Kind::NATIONAL_ID,
            "SSR DOCS document number",
        );
        emit(
            self,
            fields[4],
            Kind::DATE_OF_BIRTH,
            "SSR DOCS date of birth",
        );
        emit(self, fields[7], Kind::PERSON, "SSR DOCS surname");
        emit(self, fields[8], Kind::PERSON, "SSR DOCS given names");
        Some(fields.iter().map(|f| f.1).max().unwrap_or(e))
    }

    /// `SURNAME/GIVEN NAMES TITLE` in `s..e`, padded with spaces: the surname and the given
    /// names, each a span, without the title.
    fn passenger_name(&mut self, s: usize, e: usize, label: &'static str) {
        let line = self.line;
        let Some(slash) = memchr::memchr(b'/', &line[s..e]).map(|i| s + i) else {
            return;
        };
        let rule = Rule::Position(Syntax::Travel, label);
        if slash > s {
            self.emit(s, slash, Kind::PERSON, rule);
        }
        let mut ge = e;
        while ge > slash + 1 && line[ge - 1] == b' ' {
            ge -= 1;
        }
        if let Some(sp) = memchr::memrchr(b' ', &line[slash + 1..ge]).map(|i| slash + 1 + i) {
            if TITLES.contains(&&line[sp + 1..ge]) {
                ge = sp;
            }
        }
        if ge > slash + 1 {
            self.emit(slash + 1, ge, Kind::PERSON, rule);
        }
    }
}
