//! ISO 8583 card messages as payment switches log them, fields by number (ISO 8583:1987 data
//! elements): 2 the card number, 35 and 45 track 2 and track 1 data, 52 the PIN block, 102 and
//! 103 the account identifications. The dumps of jPOS and its kin: `DE002 PAN ........: 4111…`,
//! `F002: [16]4111…`, `Field 035 (Track 2 Equivalent Data): 4111…D2512…`, and XML
//! `<field id="52" value="…"/>`.

use super::scanner::Scanner;
use crate::span::{Rule, Syntax};
use crate::Kind;

/// What a data element holds.
fn element(n: u32) -> Option<(Kind, &'static str)> {
    Some(match n {
        2 => (Kind::CREDIT_CARD, "DE2 primary account number"),
        35 => (Kind::CREDIT_CARD, "DE35 track 2 data"),
        45 => (Kind::CREDIT_CARD, "DE45 track 1 data"),
        52 => (Kind::SECRET, "DE52 PIN data"),
        102 => (Kind::BANK_ACCOUNT, "DE102 account identification 1"),
        103 => (Kind::BANK_ACCOUNT, "DE103 account identification 2"),
        _ => return None,
    })
}

fn number(d: &[u8]) -> Option<u32> {
    (!d.is_empty() && d.len() <= 3 && d.iter().all(u8::is_ascii_digit))
        .then(|| d.iter().fold(0u32, |a, &b| a * 10 + u32::from(b - b'0')))
}

impl Scanner<'_> {
    /// A field label at `s..e` (`DE052`, `F002`, `Field` before ` 035`): masks its value.
    pub(super) fn iso8583_field(&mut self, s: usize, e: usize) -> Option<usize> {
        let line = self.line;
        let tok = &line[s..e];
        let (n, after) = if tok.len() == 5
            && (tok.starts_with(b"DE") || tok.starts_with(b"F0") || tok.starts_with(b"F1"))
        {
            let digits = if tok[0] == b'D' { &tok[2..] } else { &tok[1..] };
            (number(digits)?, e)
        } else if tok == b"Field" && line.get(e) == Some(&b' ') {
            let ds = e + 1;
            let de = ds + line[ds..].iter().take_while(|b| b.is_ascii_digit()).count();
            (number(&line[ds..de])?, de)
        } else {
            return None;
        };
        let (kind, label) = element(n)?;
        // The value follows the first `: ` of the line after the label (`........: `).
        let colon = after + memchr::memmem::find(&line[after..], b": ")?;
        let mut vs = colon + 2;
        // `[16]4111…`: the length of a variable field.
        if line.get(vs) == Some(&b'[') {
            vs += memchr::memchr(b']', &line[vs..]).map_or(0, |i| i + 1);
        }
        self.iso8583_value(vs, line.len(), kind, label)
    }

    /// `<field id="2" value="…"/>`: jPOS's XML dump.
    pub(super) fn iso8583_xml_field(&mut self, id: &[u8], vs: usize, ve: usize) -> Option<usize> {
        let (kind, label) = element(number(id)?)?;
        self.iso8583_value(vs, ve, kind, label)
    }

    fn iso8583_value(
        &mut self,
        vs: usize,
        limit: usize,
        kind: Kind,
        label: &'static str,
    ) -> Option<usize> {
        let line = self.line;
        let mut ve = vs;
        while ve < limit && !matches!(line[ve], b' ' | b'\t' | b'"' | b'\'' | b'<' | b'|') {
            ve += 1;
        }
        // `473590******8256`: a card number already truncated as PCI DSS allows to display.
        if ve == vs
            || line[vs..ve]
                .iter()
                .any(|b| matches!(b, b'*' | b'X' | b'x' | b'#'))
        {
            return None;
        }
        let rule = Rule::Position(Syntax::Iso8583, label);
        // Track 2 (`4111…=2512…` or `…D2512…`): the card number, then the rest.
        let split = (kind == Kind::CREDIT_CARD)
            .then(|| {
                line[vs..ve]
                    .iter()
                    .position(|&b| matches!(b, b'=' | b'D' | b'^'))
            })
            .flatten();
        match split {
            Some(i) if i >= 12 => {
                self.emit(vs, vs + i, kind, rule);
                self.emit(vs + i + 1, ve, kind, rule);
            }
            _ => self.emit(vs, ve, kind, rule),
        }
        Some(ve)
    }
}
