use super::scanner::{Scanner, NONE};
use crate::bytes::{is_alnum, is_word};
use crate::national;
use crate::span::Rule;
use crate::validate;
use crate::Kind;

impl Scanner<'_> {
    /// A national id or domestic bank account at `s`: by its shape when its written form and
    /// check digits are evidence enough, else only when the words before announce it
    /// (`BSN 123456782`, `sort code 12-34-56`).
    pub(super) fn national_id(&mut self, s: usize) -> Option<usize> {
        let m = national::reportable_at(self.line, s)?;
        let kind = if m.bank {
            Kind::BANK_ACCOUNT
        } else {
            Kind::NATIONAL_ID
        };
        self.emit(m.start, m.end, kind, Rule::Shape(m.scheme));
        Some(m.end)
    }

    /// `GB82WEST12345698765432` or `GB82 WEST 1234 5698 7654 32`.
    #[inline(never)]
    pub(super) fn iban(&mut self, s: usize, te: usize) -> Option<usize> {
        let line = self.line;
        let tok = &line[s..te];
        if tok.len() < 4 || !tok[2].is_ascii_digit() || !tok[3].is_ascii_digit() {
            return None;
        }
        if tok.len() >= 15 {
            if tok.iter().all(u8::is_ascii_alphanumeric) && validate::iban_ok(tok) {
                self.emit(s, te, Kind::IBAN, Rule::Shape("iban (mod-97)"));
                return Some(te);
            }
            return None;
        }
        if tok.len() != 4 {
            return None;
        }
        let mut compact = [0u8; 34];
        compact[..4].copy_from_slice(tok);
        let mut len = 4;
        let mut p = te;
        let mut end = NONE;
        while line.get(p) == Some(&b' ') {
            let g = p + 1;
            let mut q = g;
            while q < line.len() && line[q].is_ascii_alphanumeric() && q - g < 4 {
                q += 1;
            }
            if q == g || line.get(q).is_some_and(|&b| is_alnum(b)) || len + (q - g) > 34 {
                break;
            }
            compact[len..len + (q - g)].copy_from_slice(&line[g..q]);
            len += q - g;
            p = q;
            if len >= 15 && validate::iban_ok(&compact[..len]) {
                end = q;
            }
        }
        if end == NONE {
            return None;
        }
        self.emit(s, end, Kind::IBAN, Rule::Shape("iban (mod-97)"));
        Some(end)
    }

    /// UK National Insurance numbers: `QQ123456C`, `QQ 12 34 56 C`, `QQ 123456 C`.
    #[inline(never)]
    pub(super) fn nino(&mut self, s: usize, te: usize) -> Option<usize> {
        let line = self.line;
        let tok = &line[s..te];
        if !validate::nino_prefix_ok(tok[0], tok[1]) {
            return None;
        }
        let suffix_ok = |b: u8| matches!(b, b'A'..=b'D');
        if tok.len() == 9 && tok[2..8].iter().all(u8::is_ascii_digit) && suffix_ok(tok[8]) {
            self.emit(s, te, Kind::NATIONAL_ID, Rule::Shape("uk nino"));
            return Some(te);
        }
        if tok.len() != 2 {
            return None;
        }
        let mut p = te;
        let mut digits = 0;
        while digits < 6 && line.get(p) == Some(&b' ') {
            let g = p + 1;
            let mut q = g;
            while q < line.len() && line[q].is_ascii_digit() {
                q += 1;
            }
            if q == g || digits + (q - g) > 6 {
                return None;
            }
            digits += q - g;
            p = q;
        }
        if digits != 6 || line.get(p) != Some(&b' ') {
            return None;
        }
        let last = *line.get(p + 1)?;
        if !suffix_ok(last) || line.get(p + 2).is_some_and(|&b| is_word(b)) {
            return None;
        }
        self.emit(s, p + 2, Kind::NATIONAL_ID, Rule::Shape("uk nino"));
        Some(p + 2)
    }
}
