//! SWIFT MT940 account statements: field `:86:` (information to the account owner) names
//! the counterparty of each booking. Two written forms are read: the structured codes of
//! Dutch and Belgian banks (`/CNTP/account/BIC/name/city/`, counterparty) and the German
//! DFÜ agreement's subfields (`?32` and `?33`, the counterparty's name in two parts).

use super::scanner::Scanner;
use crate::span::{Rule, Syntax};
use crate::Kind;

impl Scanner<'_> {
    /// `CNTP` at `s..e`, between slashes: its third component is the counterparty's name.
    pub(super) fn mt940_counterparty(&mut self, s: usize, e: usize) -> Option<usize> {
        let line = self.line;
        if &line[s..e] != b"CNTP" || s == 0 || line[s - 1] != b'/' || line.get(e) != Some(&b'/') {
            return None;
        }
        let mut p = e + 1;
        for _ in 0..2 {
            p += memchr::memchr(b'/', &line[p..])? + 1;
        }
        let end = memchr::memchr(b'/', &line[p..]).map_or(line.len(), |i| p + i);
        self.emit(
            p,
            end,
            Kind::PERSON,
            Rule::Position(Syntax::Mt940, "/CNTP/ counterparty name"),
        );
        // The account before the name is read as what it is (an IBAN, by its check).
        Some(e)
    }

    /// A DFÜ subfield at the `?` at `i`: `?31` holds the counterparty's account, `?32` and
    /// `?33` their name.
    pub(super) fn mt940_subfield(&mut self, i: usize) -> Option<usize> {
        let line = self.line;
        let code = line.get(i + 1..i + 3)?;
        let (kind, label) = match code {
            b"31" => (Kind::BANK_ACCOUNT, "DFÜ ?31 counterparty account"),
            b"32" | b"33" => (Kind::PERSON, "DFÜ ?32/?33 counterparty name"),
            _ => return None,
        };
        // A statement's `?2x` purpose lines or `:86:` are on the line, or it starts with a
        // subfield: not a query string's `?32`.
        let statement = i == 0 || memchr::memmem::find(line, b":86:").is_some();
        let vs = i + 3;
        let ve = memchr::memchr(b'?', &line[vs..]).map_or(line.len(), |j| vs + j);
        if !statement || ve == vs || !line[vs].is_ascii_alphanumeric() {
            return None;
        }
        let value = &line[vs..ve];
        let kind = if kind == Kind::BANK_ACCOUNT && crate::validate::iban_ok(value) {
            Kind::IBAN
        } else {
            kind
        };
        self.emit(vs, ve, kind, Rule::Position(Syntax::Mt940, label));
        Some(ve)
    }
}
