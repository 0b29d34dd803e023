//! Machine-readable zones of travel documents (ICAO Doc 9303): the lines of capitals, digits
//! and `<` fillers printed at the foot of passports and identity cards, which document
//! scanners log whole. Three layouts: TD3 (passports, two lines of 44), TD2 (two of 36) and
//! TD1 (identity cards, three of 30). A line's meaning is its layout: the name line holds
//! `SURNAME<<GIVEN<NAMES`, the data lines the document number, the date of birth and an
//! optional personal number, each number followed by a check digit (weights 7, 3, 1), which
//! is what tells a data line from any other run of capitals and digits.

use super::scanner::Scanner;
use crate::span::{Rule, Syntax};
use crate::Kind;

fn is_mrz_byte(b: u8) -> bool {
    b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'<'
}

/// ICAO 9303's check digit over `field`.
fn check_digit(field: &[u8]) -> Option<u8> {
    let mut sum = 0u32;
    for (i, &b) in field.iter().enumerate() {
        let v = match b {
            b'0'..=b'9' => u32::from(b - b'0'),
            b'A'..=b'Z' => u32::from(b - b'A') + 10,
            b'<' => 0,
            _ => return None,
        };
        sum += v * [7, 3, 1][i % 3];
    }
    u8::try_from(sum % 10).ok().map(|d| b'0' + d)
}

/// Whether `field` is followed, at `check`, by its check digit (`<` for an empty field).
fn checked(line: &[u8], field: std::ops::Range<usize>, check: usize) -> bool {
    let f = &line[field];
    match line.get(check) {
        Some(b'<') => f.iter().all(|&b| b == b'<'),
        Some(&c) => check_digit(f) == Some(c),
        None => false,
    }
}

/// `s..e` without the `<` fillers at its end.
fn trimmed(line: &[u8], s: usize, e: usize) -> (usize, usize) {
    let n = line[s..e].iter().rev().take_while(|&&b| b == b'<').count();
    (s, e - n)
}

impl Scanner<'_> {
    /// A machine-readable zone line starting at `s`. Returns its end.
    pub(super) fn mrz_line(&mut self, s: usize) -> Option<usize> {
        let line = self.line;
        if s > 0 && is_mrz_byte(line[s - 1]) && !line[..s].ends_with(b"\\n") {
            return None;
        }
        let len = line[s..].iter().take_while(|&&b| is_mrz_byte(b)).count();
        if !matches!(len, 30 | 36 | 44) || line.get(s + len).is_some_and(u8::is_ascii_alphanumeric)
        {
            return None;
        }
        let l = &line[s..s + len];
        let names_at = match (len, l[0]) {
            // TD3 and TD2 name lines: document code, issuing state, then the names.
            (44 | 36, b'P' | b'V' | b'I' | b'A' | b'C')
                if l[1] == b'<' || l[1].is_ascii_uppercase() =>
            {
                Some(s + 5)
            }
            // TD1's third line is the names alone.
            (30, _) if l.iter().all(|&b| b.is_ascii_uppercase() || b == b'<') => Some(s),
            _ => None,
        };
        if let Some(ns) = names_at {
            let field = &line[ns..s + len];
            if field.iter().all(|&b| b.is_ascii_uppercase() || b == b'<')
                && memchr::memmem::find(field, b"<<").is_some()
                && field.ends_with(b"<")
                && self.mrz_names(ns, s + len)
            {
                return Some(s + len);
            }
        }
        self.mrz_data(s, len)
    }

    /// `SURNAME<<GIVEN<NAMES<<<…`: the surname, then the given names as one span.
    fn mrz_names(&mut self, ns: usize, ne: usize) -> bool {
        let line = self.line;
        let Some(sep) = memchr::memmem::find(&line[ns..ne], b"<<").map(|i| ns + i) else {
            return false;
        };
        let rule = Rule::Position(Syntax::Mrz, "MRZ name field");
        let (gs, ge) = trimmed(line, sep + 2, ne);
        if sep == ns && ge == gs {
            return false;
        }
        if sep > ns {
            self.emit(ns, sep, Kind::PERSON, rule);
        }
        if ge > gs {
            self.emit(gs, ge, Kind::PERSON, rule);
        }
        true
    }

    /// A data line, known by its check digits.
    fn mrz_data(&mut self, s: usize, len: usize) -> Option<usize> {
        let line = self.line;
        let doc = Rule::Position(Syntax::Mrz, "MRZ document number");
        let dob = Rule::Position(Syntax::Mrz, "MRZ date of birth");
        let personal = Rule::Position(Syntax::Mrz, "MRZ personal number");
        match len {
            // TD3 (44) and TD2 (36) second lines: number, check, nationality, birth, check, sex,
            // expiry, check, optional data (TD3: a personal number and its check).
            44 | 36
                if checked(line, s..s + 9, s + 9)
                    && checked(line, s + 13..s + 19, s + 19)
                    && checked(line, s + 21..s + 27, s + 27) =>
            {
                let (a, b) = trimmed(line, s, s + 9);
                self.emit(a, b, Kind::NATIONAL_ID, doc);
                self.emit(s + 13, s + 19, Kind::DATE_OF_BIRTH, dob);
                if len == 44 {
                    let (a, b) = trimmed(line, s + 28, s + 42);
                    if b > a {
                        self.emit(a, b, Kind::NATIONAL_ID, personal);
                    }
                }
                Some(s + len)
            }
            // TD1's first line: code, state, number, check, optional data (a personal number).
            30 if checked(line, s + 5..s + 14, s + 14) && line[s].is_ascii_uppercase() => {
                let (a, b) = trimmed(line, s + 5, s + 14);
                self.emit(a, b, Kind::NATIONAL_ID, doc);
                let (a, b) = trimmed(line, s + 15, s + 30);
                if b > a {
                    self.emit(a, b, Kind::NATIONAL_ID, personal);
                }
                Some(s + len)
            }
            // TD1's second line: birth, check, sex, expiry, check, nationality, optional.
            30 if checked(line, s..s + 6, s + 6) && checked(line, s + 8..s + 14, s + 14) => {
                self.emit(s, s + 6, Kind::DATE_OF_BIRTH, dob);
                Some(s + len)
            }
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::check_digit;

    #[test]
    fn check_digits_of_icao_9303s_specimen() {
        // Doc 9303's specimen passport: number L898902C3, check 6; birth 740812, check 2.
        assert_eq!(check_digit(b"L898902C3"), Some(b'6'));
        assert_eq!(check_digit(b"740812"), Some(b'2'));
        assert_eq!(check_digit(b"120415"), Some(b'9'));
    }
}
