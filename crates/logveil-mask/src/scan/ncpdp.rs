//! NCPDP Telecommunication Standard (D.0) pharmacy claims: segments of fields, each field a
//! two-character id then its value, fields separated by the field separator (0x1C), segments
//! by 0x1E and groups by 0x1D. The ids that hold the patient's and cardholder's identity are
//! read by id, whatever order the segment puts them in (the data dictionary fixes what each
//! id means, not where it sits).

use super::scanner::Scanner;
use crate::span::{Rule, Syntax};
use crate::Kind;

const FIELD_SEPARATOR: u8 = 0x1C;

/// What an NCPDP field id holds, if it is a person's.
fn field(id: &[u8]) -> Option<(Kind, &'static str)> {
    Some(match id {
        b"C2" => (Kind::USER_ID, "NCPDP cardholder id (302-C2)"),
        b"CC" => (Kind::PERSON, "NCPDP cardholder first name (312-CC)"),
        b"CD" => (Kind::PERSON, "NCPDP cardholder last name (313-CD)"),
        b"CY" => (Kind::USER_ID, "NCPDP patient id (332-CY)"),
        b"C4" => (Kind::DATE_OF_BIRTH, "NCPDP date of birth (304-C4)"),
        b"CA" => (Kind::PERSON, "NCPDP patient first name (310-CA)"),
        b"CB" => (Kind::PERSON, "NCPDP patient last name (311-CB)"),
        b"CM" => (Kind::ADDRESS, "NCPDP patient street address (322-CM)"),
        b"CQ" => (Kind::PHONE, "NCPDP patient phone (326-CQ)"),
        b"HN" => (Kind::EMAIL, "NCPDP patient e-mail (350-HN)"),
        b"DR" => (Kind::PERSON, "NCPDP prescriber last name (427-DR)"),
        b"2J" => (Kind::PERSON, "NCPDP prescriber first name (364-2J)"),
        b"4E" => (
            Kind::PERSON,
            "NCPDP primary care provider last name (470-4E)",
        ),
        _ => return None,
    })
}

impl Scanner<'_> {
    /// The field that starts after the separator at `i`: a person's value by its id.
    pub(super) fn ncpdp_field(&mut self, i: usize) -> Option<usize> {
        let line = self.line;
        let id = line.get(i + 1..i + 3)?;
        let (kind, label) = field(id)?;
        let vs = i + 3;
        let ve = vs
            + line[vs..]
                .iter()
                .position(|&b| matches!(b, 0x1C..=0x1E))
                .unwrap_or(line.len() - vs);
        // Padding in fixed-width variants is no part of the value.
        let mut end = ve;
        while end > vs && line[end - 1] == b' ' {
            end -= 1;
        }
        if end == vs {
            return None;
        }
        self.emit(vs, end, kind, Rule::Position(Syntax::Ncpdp, label));
        Some(ve)
    }
}

/// Whether `b` separates NCPDP fields.
pub(super) fn is_field_separator(b: u8) -> bool {
    b == FIELD_SEPARATOR
}
