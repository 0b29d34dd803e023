//! FIX protocol messages (`8=FIX.4.4|9=112|35=A|…|553=jdoe|554=secret|10=109|`): fields are
//! numbered tags, the meaning of each is the FIX specification's. The tags that hold a
//! person's credentials or accounts are read by number; the other fields (free text in
//! Text(58)) are left to the rest of the scanner. Fields are separated by SOH, written `\x01`,
//! `|` or `^A` in logs.

use super::scanner::Scanner;
use crate::span::{Rule, Syntax};
use crate::Kind;

/// What a FIX tag holds, if it is a person's.
fn tag(number: &[u8]) -> Option<(Kind, &'static str)> {
    Some(match number {
        b"553" => (Kind::USERNAME, "FIX Username(553)"),
        b"554" => (Kind::PASSWORD, "FIX Password(554)"),
        b"925" => (Kind::PASSWORD, "FIX NewPassword(925)"),
        b"1" => (Kind::USER_ID, "FIX Account(1)"),
        b"448" => (Kind::USER_ID, "FIX PartyID(448)"),
        _ => return None,
    })
}

impl Scanner<'_> {
    /// A FIX message starting at `s` (`8=FIX`): its credential and account fields.
    /// Returns where scanning resumes (right after `8=`, so the other fields are read as
    /// usual).
    pub(super) fn fix_message(&mut self, s: usize) -> Option<usize> {
        let line = self.line;
        if !line[s..].starts_with(b"8=FIX") {
            return None;
        }
        // The separator is what ends the BeginString field.
        let v = s + 2;
        let sep_at = v + line[v..]
            .iter()
            .position(|&b| matches!(b, 0x01 | b'|' | b'^'))?;
        let sep: &[u8] = match line[sep_at] {
            b'^' if line.get(sep_at + 1) == Some(&b'A') => b"^A",
            b'^' => return None,
            0x01 => b"\x01",
            _ => b"|",
        };
        let mut p = sep_at + sep.len();
        while p < line.len() {
            let fe = memchr::memmem::find(&line[p..], sep).map_or(line.len(), |i| p + i);
            if let Some(eq) = memchr::memchr(b'=', &line[p..fe]).map(|i| p + i) {
                let number = &line[p..eq];
                if let Some((kind, label)) = tag(number).filter(|_| eq + 1 < fe) {
                    self.emit(eq + 1, fe, kind, Rule::Position(Syntax::Fix, label));
                }
            }
            p = fe + sep.len();
        }
        Some(v)
    }
}
