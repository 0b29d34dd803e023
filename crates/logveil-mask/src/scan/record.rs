use super::address::is_house_number;
use super::dates::date_end;
use super::people::{is_name_stopword, looks_like_person_name};
use super::scanner::Scanner;
use super::text::{find_close, trim_spaces};
use crate::bytes::char_at;
use crate::names;
use crate::span::{Rule, Span};
use crate::Kind;

/// What an unkeyed field of a personal record is: a name, a date of birth (a date in a year
/// people are born in, not this year's transaction date), or a street address.
const MAX_FIELDS: usize = 64;

/// A word the gazetteer knows as a name and not as an ordinary word (`Agnieszka`, not
/// `Madrid` or `Rose`).
fn distinct_name(w: &[u8]) -> bool {
    names::lookup(w).is_some_and(|i| i.is_name() && !i.common_word && !i.log_word)
}

pub(super) fn record_field_kind(f: &[u8]) -> Option<Kind> {
    if f.len() > 100 {
        return None;
    }
    let words = f.split(|&b| b == b' ').filter(|w| !w.is_empty()).count();
    if (1..=4).contains(&words)
        && f.len() <= 48
        && f.iter().any(|b| b.is_ascii_lowercase() || *b >= 0x80)
        && looks_like_person_name(f)
        && !f.split(|&b| b == b' ').any(is_name_stopword)
    {
        return Some(Kind::PERSON);
    }
    if f.first().is_some_and(u8::is_ascii_digit) && date_end(f, 0) == f.len() {
        let year = f
            .split(|b| !b.is_ascii_digit())
            .find(|g| g.len() == 4)
            .map(|g| g.iter().fold(0u32, |a, &b| a * 10 + u32::from(b - b'0')));
        if year.is_some_and(|y| (1900..=2012).contains(&y)) {
            return Some(Kind::DATE_OF_BIRTH);
        }
    }
    let has_number = f.split(|&b| b == b' ' || b == b',').any(is_house_number);
    let has_name = f.split(|&b| b == b' ').any(|w| {
        w.len() > 2
            && char_at(w, 0).is_some_and(|(c, _)| c.is_uppercase())
            && w.iter().any(u8::is_ascii_lowercase)
    });
    // `250 2.0.0 Ok: queued as …`: an SMTP reply and its enhanced status code (RFC 3463).
    let smtp_reply = f.len() > 10
        && f[..3].iter().all(u8::is_ascii_digit)
        && f[3] == b' '
        && f[4].is_ascii_digit()
        && f[5] == b'.';
    if smtp_reply {
        return None;
    }
    // `Thu, 07 Nov 2024 16:05:38 +0100` (an RFC 5322 date): a clock time is in no address.
    let clock = f
        .windows(3)
        .any(|w| w[0].is_ascii_digit() && w[1] == b':' && w[2].is_ascii_digit());
    if words >= 2 && has_number && has_name && !clock && !f.contains(&b'@') {
        return Some(Kind::ADDRESS);
    }
    None
}

impl Scanner<'_> {
    /// CSV-like records (`17454,"Kwame","Novák","kwame@…","020 7946 2298","22.03.1977",…`):
    /// fields carry no keys, but a record that holds an email, phone, card or IBAN is about a
    /// person, and its name-, date- and address-shaped fields are that person's too.
    #[inline(never)]
    pub(super) fn maybe_delimited_record(&mut self) {
        let line = self.line;
        let Some((&count, delim)) = self
            .delims
            .iter()
            .zip([b',', b';', b'|', b'\t'])
            .max_by_key(|(c, _)| **c)
        else {
            return;
        };
        let strong = |sp: &Span| {
            matches!(
                sp.kind,
                Kind::EMAIL | Kind::PHONE | Kind::IBAN | Kind::CREDIT_CARD
            )
        };
        if count < 4 || line.first() == Some(&b'{') || !self.out.iter().any(strong) {
            return;
        }
        let n = line.len();
        // Records wider than this are read up to it: on the hot path, no allocation.
        let mut field_buf = [(0usize, 0usize); MAX_FIELDS];
        let mut nfields = 0;
        let mut i = 0;
        while i <= n && nfields < MAX_FIELDS {
            let (cs, ce, next) = if line.get(i) == Some(&b'"') {
                match find_close(line, i + 1, b'"') {
                    Some(c) => {
                        let next = memchr::memchr(delim, &line[c..]).map_or(n, |d| c + d);
                        (i + 1, c, next)
                    }
                    None => (i + 1, n, n),
                }
            } else {
                let next = memchr::memchr(delim, &line[i.min(n)..]).map_or(n, |d| i + d);
                (i, next, next)
            };
            field_buf[nfields] = trim_spaces(line, cs, ce);
            nfields += 1;
            i = next + 1;
        }
        let fields = &field_buf[..nfields];
        // A record: five fields or more, one of them wholly an email, phone, card or IBAN.
        let whole_field = |sp: &Span| {
            fields
                .iter()
                .any(|&(cs, ce)| sp.start == cs && sp.end == ce)
        };
        let anchored = self.out.iter().any(|sp| {
            matches!(
                sp.kind,
                Kind::EMAIL | Kind::PHONE | Kind::IBAN | Kind::CREDIT_CARD
            ) && whole_field(sp)
        });
        if fields.len() < 5 || !anchored {
            return;
        }
        let found = self.out.len();
        let mut kinds = [None; MAX_FIELDS];
        for (kind, &(cs, ce)) in kinds.iter_mut().zip(fields) {
            let taken = self.out[..found]
                .iter()
                .any(|sp| sp.start < ce && sp.end > cs);
            *kind = (cs < ce && !taken)
                .then(|| record_field_kind(&line[cs..ce]))
                .flatten();
        }
        let kinds = &kinds[..nfields];
        for (i, &(cs, ce)) in fields.iter().enumerate() {
            let Some(kind) = kinds[i] else { continue };
            // A one-word name stands beside another (`Maria,Nguyen`), or the gazetteer knows
            // it as nothing but a name: a lone capitalized field is as often a city.
            if kind == Kind::PERSON && !line[cs..ce].contains(&b' ') {
                let beside = |j: Option<usize>| {
                    j.and_then(|j| kinds.get(j).copied().flatten()) == Some(Kind::PERSON)
                };
                if !beside(i.checked_sub(1))
                    && !beside(Some(i + 1))
                    && !distinct_name(&line[cs..ce])
                {
                    continue;
                }
            }
            self.emit(cs, ce, kind, Rule::Context("record field"));
        }
    }
}
