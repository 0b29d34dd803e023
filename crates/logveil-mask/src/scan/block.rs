//! `Name: value` blocks, whose keys are words: Windows event text (`Account Name:` a tab, `jdoe`),
//! forms and reports (`Date of Birth: 12/05/1980`, `Full Name: Tanya Miller`). Each line of
//! a block is one key and one value; the value runs to the end of the line (or to a tab or two
//! spaces when a line holds several).

use super::scanner::Scanner;
use super::text::trim_end_spaces;
use crate::keys::KeyClass;
use crate::span::Syntax;

impl Scanner<'_> {
    /// A key of two to five words starting at `s`, ended by `:`. Returns where scanning
    /// resumes when it was one.
    pub(super) fn block_key(&mut self, s: usize) -> Option<usize> {
        let line = self.line;
        let n = line.len();
        // A block key starts its line, or a column (after a tab or two spaces).
        let lead_ok = s == 0
            || line[..s].iter().all(|&b| matches!(b, b' ' | b'\t'))
            || line[s - 1] == b'\t'
            || (s >= 2 && &line[s - 2..s] == b"  ");
        // `Account Name`, `Date of Birth`: the first word is capitalized.
        if !lead_ok || !line[s].is_ascii_uppercase() {
            return None;
        }
        let mut p = s;
        let mut words = 0;
        loop {
            let ws = p;
            // Words of letters (`E-mail`, `Mother's`); ids and numbers make no key.
            while p < n && (line[p].is_ascii_alphabetic() || matches!(line[p], b'-' | b'\'')) {
                p += 1;
            }
            if p == ws || !line[ws].is_ascii_alphabetic() {
                return None;
            }
            words += 1;
            match line.get(p) {
                Some(b':') => break,
                Some(b' ') if words < 5 && line.get(p + 1).is_some_and(u8::is_ascii_alphabetic) => {
                    p += 1
                }
                _ => return None,
            }
        }
        let colon = p;
        if words < 2 || !matches!(line.get(colon + 1), None | Some(b' ') | Some(b'\t')) {
            return None;
        }
        // Not a key this engine knows: the words are read as the line goes on.
        let KeyClass::Sensitive(rule, label) = self.keys.classify(&line[s..colon], false) else {
            return None;
        };
        let rule = *rule;
        let mut vs = colon + 1;
        while vs < n && matches!(line[vs], b' ' | b'\t') {
            vs += 1;
        }
        // The value ends at a tab or two spaces (the next column), else at the end of the line.
        let mut ve = vs;
        while ve < n && line[ve] != b'\t' && !(line[ve] == b' ' && line.get(ve + 1) == Some(&b' '))
        {
            ve += 1;
        }
        let ve = trim_end_spaces(line, vs, ve);
        if ve == vs {
            return Some(colon + 1);
        }
        match self.keyed_value(rule, label, Syntax::Colon, vs, ve, false) {
            Some(resume) => Some(resume),
            None => Some(colon + 1),
        }
    }
}
