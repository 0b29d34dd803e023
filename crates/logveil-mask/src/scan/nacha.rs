//! Nacha ACH files: fixed-width records of 94 characters, the first one the record type.
//! An Entry Detail record (type 6, Nacha Operating Rules Appendix Three) holds the
//! receiver's account, id and name at fixed columns; its Addenda (type 7) holds free text
//! that often names the person paid. Positions are 1-based in the rules, 0-based here.

use super::scanner::Scanner;
use crate::span::{Rule, Syntax};
use crate::Kind;

const RECORD: usize = 94;

/// Transaction codes of entries to or from a person's account (checking 2x, savings 3x,
/// general ledger 4x, loan 5x): the live, prenote and zero-dollar forms of each.
fn is_transaction_code(code: &[u8]) -> bool {
    matches!(code[0], b'2'..=b'5') && matches!(code[1], b'1'..=b'9')
}

impl Scanner<'_> {
    /// An Entry Detail record starting at `s` (`6…`, 94 characters). Returns its end.
    pub(super) fn nacha_entry(&mut self, s: usize) -> Option<usize> {
        let line = self.line;
        let rec = line.get(s..s + RECORD)?;
        if rec[0] != b'6'
            || (s > 0 && !line[s - 1].is_ascii_whitespace())
            || line
                .get(s + RECORD)
                .is_some_and(|b| !b.is_ascii_whitespace())
            || !is_transaction_code(&rec[1..3])
            || !crate::national::is_us_routing(&rec[3..12])
            || !rec[29..39].iter().all(u8::is_ascii_digit)
        {
            return None;
        }
        let field = |this: &mut Self, from: usize, to: usize, kind: Kind, label: &'static str| {
            let f = &rec[from..to];
            let a = f.iter().position(|&b| b != b' ').unwrap_or(f.len());
            let b = f.iter().rposition(|&b| b != b' ').map_or(0, |i| i + 1);
            if a < b {
                let rule = Rule::Position(Syntax::Nacha, label);
                this.emit(s + from + a, s + from + b, kind, rule);
            }
        };
        field(
            self,
            12,
            29,
            Kind::BANK_ACCOUNT,
            "entry DFI account number (13-29)",
        );
        field(
            self,
            39,
            54,
            Kind::USER_ID,
            "entry individual id number (40-54)",
        );
        field(self, 54, 76, Kind::PERSON, "entry individual name (55-76)");
        Some(s + RECORD)
    }
}
