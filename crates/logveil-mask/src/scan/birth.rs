//! Dates of birth without a key or a context word: a whole date (day, month and a four-digit
//! year) in a year people alive are born in, written in a data payload rather than as the time
//! of an event. Logs date their events with this year's dates and carry old ones in records:
//! `parameters: $1 = '1959-08-28'`, `binding parameter [1] as [DATE] - [1951-02-19]`,
//! `ISODate("2000-09-22T00:00:00.000Z")`, `“10/20/1988” value has an invalid date format`.
//! The engine has no clock (it is pure), so the window is fixed: 1900 to 2010.

use super::dates::{date_end, full_date_year};
use super::scanner::Scanner;
use crate::span::Rule;
use crate::Kind;

const FIRST_YEAR: u32 = 1900;
const LAST_YEAR: u32 = 2010;

/// `T00:00`, `T00:00:00`, `T00:00:00.000Z`, `T00:00:00+00:00`: a date stored as a timestamp.
fn midnight_at(line: &[u8], p: usize) -> Option<usize> {
    let rest = line.get(p..)?;
    if !rest.starts_with(b"T00:00") {
        return None;
    }
    let mut e = p + 6;
    for tail in [&b":00"[..], b".000", b"Z", b"+00:00"] {
        if line[e..].starts_with(tail) {
            e += tail.len();
        }
    }
    Some(e)
}

impl Scanner<'_> {
    /// A date of a birth year starting at `s`. Returns its end.
    pub(super) fn birth_date(&mut self, s: usize) -> Option<usize> {
        let line = self.line;
        if self.numeric_value_at == s || self.numeric_value_at == s.wrapping_sub(1) {
            return None;
        }
        // Glued to a word or a longer number is not a date of its own (CJK text glues
        // everything: `生年月日は1944年12月15日です`).
        if s > 0
            && (line[s - 1].is_ascii_alphanumeric()
                || matches!(line[s - 1], b'.' | b':' | b'/' | b'-'))
        {
            return None;
        }
        // The date a log line starts with is the event's, however old the log; so is one right
        // after an epoch (`1117869872 2005.06.04`, BlueGene/L's headers).
        let epoch_before = s >= 11
            && line[s - 1] == b' '
            && line[..s - 1]
                .iter()
                .rev()
                .take_while(|b| b.is_ascii_digit())
                .count()
                >= 9;
        if epoch_before
            || !line[..s]
                .iter()
                .any(|b| b.is_ascii_alphabetic() || *b >= 0x80)
        {
            return None;
        }
        let end = date_end(line, s);
        if end <= s + 5
            || line
                .get(end)
                .is_some_and(|b| b.is_ascii_alphanumeric() && *b != b'T')
        {
            return None;
        }
        let year = full_date_year(&line[s..end])?;
        if !(FIRST_YEAR..=LAST_YEAR).contains(&year) {
            return None;
        }
        // A time that is not midnight makes it an event's timestamp.
        let end = match line.get(end) {
            Some(b'T') => midnight_at(line, end)?,
            // `25/May/1972:11:25:56` (an access log's time), `1972-05-25 11:25`.
            Some(b':') if line.get(end + 1).is_some_and(u8::is_ascii_digit) => return None,
            Some(b' ')
                if line.get(end + 1).is_some_and(u8::is_ascii_digit)
                    && line.get(end + 3) == Some(&b':') =>
            {
                return None;
            }
            _ => end,
        };
        self.emit(
            s,
            end,
            Kind::DATE_OF_BIRTH,
            Rule::Context("date of a birth year"),
        );
        Some(end)
    }
}

impl Scanner<'_> {
    /// Dates inside a token of CJK text, which has no spaces between words.
    pub(super) fn birth_date_in_cjk(&mut self, s: usize, e: usize) -> Option<usize> {
        let line = self.line;
        let mut i = s + 1;
        while i < e {
            if line[i].is_ascii_digit() && line[i - 1] >= 0x80 {
                if let Some(end) = self.birth_date(i) {
                    return Some(end);
                }
                while i < e && line[i].is_ascii_digit() {
                    i += 1;
                }
            }
            i += 1;
        }
        None
    }
}
