//! Telephone numbers, validated against libphonenumber's metadata.
//!
//! This module owns two things: [`validate()`], which says whether a piece of text already cut at
//! token boundaries is a telephone number and of which region, and [`candidate_at`], which finds
//! where such a piece of text ends in a line. The scanner decides where to look and what to do
//! with a match; nothing here reads keys or words (the caller passes [`Hint::PhoneKey`]).
//!
//! # Decision rules
//!
//! A candidate is groups of digits joined by what people write between them: one space, `-`,
//! `.`, `/`, ` - `, ` / `, one group in parentheses; a leading `+`, `%2B` or `00`. At most one of
//! `-`, `.`, `/` is used, and `.` not with spaces or parentheses (`0.000 0.001` is no number),
//! except for one space after an international prefix (`+687 20.12.34`). Then:
//!
//! - **International** (`+CC…`, `%2BCC…`, `00CC…`): the country calling code is read as
//!   libphonenumber reads it, the national prefix is stripped the way its parser strips it (so
//!   `+49 (0)221 2982859` works), and the number must be valid for the region that owns it
//!   (`ZZ` for the global services, `+800` …). `00CC…` without a phone hint must be written in
//!   two groups or more (`0049 221 …`): a bare `00…` run is as often an id.
//! - **National** (no international prefix): tried against [`NATIONAL_REGIONS`]; the number
//!   must be valid there once that region's national prefix is stripped, as libphonenumber's
//!   parser strips it. Because a random 9–11 digit number is valid in *some* region surprisingly
//!   often, without a phone hint it must also be written the way that region writes numbers:
//!   - never the shape of something else (also under a phone key): a date (`2026-12-06`,
//!     `06.12.2026`), a decimal (two dotted groups), an IPv4 address, a ZIP+4 (`94105-1234`), a
//!     US SSN (`123-45-6789`), a card number (Luhn, issuer and a card's grouping);
//!   - two groups or more, 8–14 digits, the first group not `00…`, one `/` at most and only
//!     after a trunk `0` (`0221/2982859`, not `1024/2048`);
//!   - then the grouping is compared with libphonenumber's national formats of the region, at
//!     the level of the national number (the trunk prefix taken off): the grouping of the
//!     format libphonenumber picks for this number scores 3, that of another format of the
//!     region 1 (`612 345 678` in Spain), one more when the separators are the format's too
//!     (`090-1234-5678` is Japanese rather than Italian; `/` counts as a space, `.` as a dash);
//!   - with the area code marked, by parentheses or by a trunk prefix where the region writes
//!     one (`0221/29 82 859`, `(21) 91920-1728`), a first group that is the area code of the
//!     picked format (its first group) scores 1 too. Unmarked, only the format's own
//!     separators count (`96807-57409` is an id), and two groups joined by a space are not
//!     enough (`404 75233` is a status and a size, not a Norwegian mobile). Formats that write
//!     the trunk prefix do not count without it (`3 1234 5678` is no Japanese number), and a
//!     one-digit group needs a score of 3 (`0 801 23 45 67`);
//!   - score 0 is no phone number; otherwise the region with the best score wins, the first in
//!     the list among equals. The list puts the open numbering plans (DE, AT, IT), which
//!     accept almost any length after almost any area code, last.
//!
//!   [`candidate_at`] adds the line around it: groups joined only by spaces that follow or are
//!   followed by another number and a space are fields of a record (`0.000 200 404 75233`).
//!
//!   With [`Hint::PhoneKey`] (the value of `phone=`, `tel:`, `mobile` …) the writing is no
//!   longer needed: a run valid in one of the regions is a phone number (a bare one needs the
//!   trunk prefix where the region always writes it), and so is an MSISDN written without its
//!   `+` (`4915123456789`).
//!
//! # Metadata and speed
//!
//! The `phonenumber` crate carries libphonenumber's metadata, but validates through a regex
//! cache of 100 entries behind one global mutex: trying thirty regions thrashes it, and threads
//! masking in parallel queue on it. So this module reads the metadata (patterns, possible
//! lengths, national-prefix rules, formats) from the crate and compiles each region once, when
//! first needed, into anchored `regex-automata` regexes, validating as libphonenumber does
//! (`isValidNumberForRegion`: the whole national number matches the general pattern and one
//! number type's pattern and lengths; the crate itself only checks a prefix match). The first
//! call pays the crate's database load and the compilation of the national regions (see
//! [`warm`]); later calls take no lock. A national candidate skips every region whose formats
//! cannot write its grouping, and is validated only where it could beat the best so far.

use std::sync::OnceLock;

use crate::bytes::is_wide_lead;
use crate::phone_metadata::{Desc, RegionMeta, BY_CODE, REGIONS};
use regex_automata::meta::Regex;
use regex_automata::util::syntax;
use regex_automata::{Anchored, Input, MatchKind, PatternID, PatternSet};

use crate::validate;

/// Regions a national-form number is tried against. A number written as well in several of them
/// is reported for the first: closed numbering plans first, the open ones (DE, AT, IT) last.
pub(crate) const NATIONAL_REGIONS: [&str; 29] = [
    "FR", "GB", "US", "CA", "ES", "NL", "BE", "CH", "PL", "PT", "BR", "MX", "AR", "IN", "JP", "KR",
    "CN", "AU", "TR", "SE", "NO", "DK", "FI", "IE", "ZA", "NG", "DE", "AT", "IT",
];

/// Digits a candidate may hold, country code included (libphonenumber: 3 + 17).
const MAX_DIGITS: usize = 20;
const MAX_GROUPS: usize = 12;
/// A national number written without a phone hint: fewer digits are local numbers, codes or
/// counters; more are ids.
const NATIONAL_DIGITS: std::ops::RangeInclusive<usize> = 8..=14;
/// Under a phone key: libphonenumber knows valid national numbers of 5 digits, but 6 is where
/// they stop being mostly short codes.
const KEYED_MIN_DIGITS: usize = 6;
/// Longest national significant number libphonenumber accepts.
const MAX_NSN: usize = 17;

/// The ISO 3166 alpha-2 code of a region; [`Region::NON_GEOGRAPHIC`] for the global services of
/// libphonenumber's region `001` (`+800`, `+882` …).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct Region(pub(crate) [u8; 2]);

impl Region {
    pub(crate) const NON_GEOGRAPHIC: Region = Region(*b"ZZ");

    pub(crate) fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).unwrap_or("ZZ")
    }

    fn from_id(id: &str) -> Region {
        match id.as_bytes() {
            &[a, b] if a.is_ascii_uppercase() && b.is_ascii_uppercase() => Region([a, b]),
            _ => Region::NON_GEOGRAPHIC,
        }
    }
}

impl std::fmt::Debug for Region {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What the caller knows about where the candidate stands.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Hint {
    None,
    /// The value of a phone-like key (`phone=`, `tel:`, `msisdn` …) or text right after a
    /// phone word: the writing of the number is no longer evidence needed.
    PhoneKey,
}

/// How the number was written.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Form {
    /// With `+`, `%2B` or `00` and a country calling code.
    International,
    /// In a region's national format (or, under a phone key, as an MSISDN without `+`).
    National,
}

/// A validated phone number.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) struct Phone {
    pub(crate) region: Region,
    pub(crate) form: Form,
}

/// Whether `candidate` (text already cut at token boundaries) is a telephone number, and the
/// region it is valid for. See the module documentation for the rules.
pub(crate) fn validate(candidate: &[u8], hint: Hint) -> Option<Region> {
    check(candidate, hint).map(|(p, _)| p.region)
}

/// Loads the metadata and compiles the national regions now rather than on the first
/// candidate (about a tenth of a second in a release build).
pub(crate) fn warm() {
    let t = table();
    for &i in &t.national {
        let _ = t.compiled(i);
    }
}

/// Finds the phone number that starts at `s` (a digit, `+`, `(` or `%2B`) in `line`: the
/// longest run of digit groups joined by phone separators, at token boundaries, validated.
/// Returns where it ends and what it is.
pub(crate) fn candidate_at(line: &[u8], s: usize, hint: Hint) -> Option<(usize, Phone)> {
    let first = *line.get(s)?;
    if glued_before(line, s) {
        return None;
    }
    let mut p = s;
    if first == b'+' {
        p += 1;
    } else if first == b'%' {
        if !is_pct_plus(line, s) {
            return None;
        }
        p += 3;
    } else if !(first.is_ascii_digit() || first == b'(') {
        return None;
    }
    // Group ends (after a closing parenthesis) and whether the separator before each group
    // was a plain space.
    let mut ends = [0usize; MAX_GROUPS];
    let mut spaced = [false; MAX_GROUPS];
    let mut ng = 0;
    let mut digits = 0;
    let mut paren_used = false;
    let mut sep_space = false;
    loop {
        let paren = line.get(p) == Some(&b'(');
        if paren && paren_used {
            break;
        }
        let gs = if paren { p + 1 } else { p };
        let mut q = gs;
        while line.get(q).is_some_and(u8::is_ascii_digit) {
            q += 1;
        }
        if q == gs {
            break;
        }
        let mut end = q;
        if paren {
            if line.get(q) != Some(&b')') {
                break;
            }
            end = q + 1;
        }
        digits += q - gs;
        if digits > MAX_DIGITS || ng == MAX_GROUPS {
            // Cut from a longer run of numbers: nothing here is a phone number.
            return None;
        }
        // A group glued to letters, or that goes on as a time or a decimal comma
        // (`10:30`, `12,5`), is not part of the number.
        let glued = match line.get(end) {
            Some(&b) if is_word(b) && !is_wide_lead(b) => true,
            Some(b':' | b',') => line.get(end + 1).is_some_and(u8::is_ascii_digit),
            _ => false,
        };
        if glued {
            // Only a group set off by a space can be left out; one joined by `-`, `.` or `/`
            // means the whole thing is something else (`2026-12-06T10`, `1.2.3-rc1`).
            if ng == 0 || !sep_space {
                return None;
            }
            break;
        }
        ends[ng] = end;
        spaced[ng] = sep_space;
        ng += 1;
        if paren {
            paren_used = true;
        }
        p = end;
        // What may follow: a separator, then the next group.
        let (next, is_space) = match (line.get(p), line.get(p + 1), line.get(p + 2)) {
            (Some(b' '), Some(b'-' | b'/'), Some(b' ')) => (p + 3, false),
            (Some(b' '), _, _) => (p + 1, true),
            (Some(b'-' | b'.' | b'/'), _, _) => (p + 1, false),
            // `(0)221 …`, `(21)91920-1728`: a closing parenthesis is a separator of its own.
            (Some(b), _, _) if paren && (b.is_ascii_digit() || *b == b'(') => (p, false),
            _ => break,
        };
        match line.get(next) {
            Some(b) if b.is_ascii_digit() => {}
            Some(b'(') if !paren_used => {}
            _ => break,
        }
        p = next;
        sep_space = is_space;
    }
    if ng == 0 {
        return None;
    }
    // Try the longest run first; shorter ones only by leaving out groups set off by spaces
    // after a head that is clearly a phone number of its own (`+49 221 2982859 200`), and keep
    // the best written: `0221/2982859 200` is valid as a whole in Germany's open plan, but its
    // head is written as Cologne numbers are.
    let mut best: Option<(usize, Phone, u8)> = None;
    let mut k = ng;
    for _ in 0..4 {
        let end = ends[k - 1];
        if ends_cleanly(line, end) {
            let cand = &line[s..end];
            // Only national numbers can be fields; an international one (`0049 …`) says what
            // it is.
            let fields =
                hint == Hint::None && !cand.starts_with(b"00") && in_field_list(line, s, end, cand);
            if let Some((phone, score)) = (!fields).then(|| check(cand, hint)).flatten() {
                if best.is_none_or(|(_, _, b)| score > b) {
                    best = Some((end, phone, score));
                }
            }
        }
        if best.is_some_and(|(_, _, b)| b >= 4) || k <= 1 || !spaced[k - 1] {
            break;
        }
        k -= 1;
        if !strong_head(&line[s..ends[k - 1]]) {
            break;
        }
    }
    best.map(|(end, phone, _)| (end, phone))
}

/// Whether the text before `s` makes a number starting at `s` part of something longer: a word
/// (`abc0221`), a number going on (`12.0221`, `10:30`), an id (`ORD-2026`), or a `+`/`%2B` the
/// caller should have started at.
fn glued_before(line: &[u8], s: usize) -> bool {
    let Some(i) = s.checked_sub(1) else {
        return false;
    };
    let Some(&prev) = line.get(i) else {
        return false;
    };
    if is_word(prev) {
        // `電話番号は08079444315`: Japanese and Chinese put no space between words.
        return !(i >= 2 && is_wide_lead(line[i - 2]));
    }
    let prev2 = i.checked_sub(1).and_then(|j| line.get(j)).copied();
    let at_digit = line.get(s).is_some_and(u8::is_ascii_digit);
    match prev {
        b'.' | b',' | b':' | b'-' | b'/' | b'+' if prev2.is_some_and(|b| b.is_ascii_digit()) => {
            true
        }
        b'.' | b'-' | b'/' if prev2.is_some_and(|b| b.is_ascii_alphabetic()) => true,
        b'+' => at_digit,
        _ => at_digit && s >= 3 && is_pct_plus(line, s - 3),
    }
}

/// `_`, letters, digits and non-ASCII bytes glue onto a number.
fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80
}

fn is_pct_plus(line: &[u8], i: usize) -> bool {
    matches!(
        (line.get(i), line.get(i + 1), line.get(i + 2)),
        (Some(b'%'), Some(b'2'), Some(b'B' | b'b'))
    )
}

/// The character after a candidate must not glue it to more of a number (`…859.5`, `…/12`).
fn ends_cleanly(line: &[u8], end: usize) -> bool {
    match line.get(end) {
        None => true,
        Some(&b) if is_word(b) => is_wide_lead(b),
        Some(b'.' | b',' | b':' | b'-' | b'/') => {
            !line.get(end + 1).is_some_and(u8::is_ascii_digit)
        }
        _ => true,
    }
}

/// Numbers joined only by single spaces, next to more numbers joined by a space, are fields of
/// a record (`0.000 200 404 75233 312`), whatever the middle ones look like.
fn in_field_list(line: &[u8], s: usize, end: usize, cand: &[u8]) -> bool {
    let spaces_only = cand.iter().all(|&b| b.is_ascii_digit() || b == b' ');
    if !spaces_only {
        return false;
    }
    let before = s >= 2 && line[s - 1] == b' ' && line[s - 2].is_ascii_digit();
    let after = line.get(end) == Some(&b' ') && line.get(end + 1).is_some_and(u8::is_ascii_digit);
    before || after
}

/// A head whose own writing says "phone number", so that a space-separated number after it is
/// another field: an international prefix, parentheses, or separators other than spaces.
fn strong_head(head: &[u8]) -> bool {
    head.first() == Some(&b'+')
        || head.first() == Some(&b'%')
        || head.starts_with(b"00")
        || head.iter().any(|&b| matches!(b, b'(' | b'-' | b'/'))
}

// ---------------------------------------------------------------------------------------------
// The candidate as written.

const SPACE: u8 = 1;
const DASH: u8 = 2;
const DOT: u8 = 4;
const SLASH: u8 = 8;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Prefix {
    None,
    Plus,
    Idd,
}

#[derive(Debug)]
struct Shape {
    prefix: Prefix,
    /// The digits after the prefix (`+`, `%2B`, `00`).
    digits: [u8; MAX_DIGITS],
    nd: usize,
    /// Digit count of each group as written (`00` not counted).
    groups: [u8; MAX_GROUPS],
    ng: usize,
    seps: u8,
    slashes: u8,
    paren: Option<usize>,
}

impl Shape {
    fn digits(&self) -> &[u8] {
        &self.digits[..self.nd]
    }

    fn groups(&self) -> &[u8] {
        &self.groups[..self.ng]
    }
}

/// Reads a candidate; `None` when it holds anything but digits and phone separators.
fn parse(c: &[u8]) -> Option<Shape> {
    let mut sh = Shape {
        prefix: Prefix::None,
        digits: [0; MAX_DIGITS],
        nd: 0,
        groups: [0; MAX_GROUPS],
        ng: 0,
        seps: 0,
        slashes: 0,
        paren: None,
    };
    let mut p = 0;
    if c.first() == Some(&b'+') {
        sh.prefix = Prefix::Plus;
        p = 1;
    } else if is_pct_plus(c, 0) {
        sh.prefix = Prefix::Plus;
        p = 3;
    }
    let mut spaces = 0;
    let mut first_sep = 0;
    loop {
        if sh.ng == 1 && first_sep == 0 {
            first_sep = sh.seps;
        }
        let paren = c.get(p) == Some(&b'(');
        if paren {
            if sh.paren.is_some() {
                return None;
            }
            sh.paren = Some(sh.ng);
            p += 1;
        }
        let gs = p;
        while let Some(&b) = c.get(p) {
            if !b.is_ascii_digit() {
                break;
            }
            if sh.nd == MAX_DIGITS {
                return None;
            }
            sh.digits[sh.nd] = b;
            sh.nd += 1;
            p += 1;
        }
        if p == gs || sh.ng == MAX_GROUPS {
            return None;
        }
        sh.groups[sh.ng] = (p - gs) as u8;
        sh.ng += 1;
        let mut glued = false;
        if paren {
            if c.get(p) != Some(&b')') {
                return None;
            }
            p += 1;
            glued = matches!(c.get(p), Some(b) if b.is_ascii_digit() || *b == b'(');
        }
        if p == c.len() {
            break;
        }
        if !glued {
            match (c.get(p), c.get(p + 1), c.get(p + 2)) {
                (Some(b' '), Some(b'-'), Some(b' ')) => {
                    sh.seps |= DASH;
                    p += 3;
                }
                (Some(b' '), Some(b'/'), Some(b' ')) => {
                    sh.seps |= SLASH;
                    sh.slashes = sh.slashes.saturating_add(1);
                    p += 3;
                }
                (Some(b' '), _, _) => {
                    sh.seps |= SPACE;
                    spaces += 1;
                    p += 1;
                }
                (Some(b'-'), _, _) => {
                    sh.seps |= DASH;
                    p += 1;
                }
                (Some(b'.'), _, _) => {
                    sh.seps |= DOT;
                    p += 1;
                }
                (Some(b'/'), _, _) => {
                    sh.seps |= SLASH;
                    sh.slashes = sh.slashes.saturating_add(1);
                    p += 1;
                }
                _ => return None,
            }
        }
    }
    let punct = sh.seps & (DASH | DOT | SLASH);
    if punct.count_ones() > 1 {
        return None;
    }
    let international = sh.prefix == Prefix::Plus || sh.digits().starts_with(b"00");
    // `+687 20.12.34`: one space after the country code of a dotted number.
    let dotted_intl = international && spaces == 1 && first_sep == SPACE;
    if sh.seps & DOT != 0 && ((sh.seps & SPACE != 0 && !dotted_intl) || sh.paren.is_some()) {
        return None;
    }
    if sh.prefix == Prefix::None
        && sh.digits().starts_with(b"00")
        && sh.digits().get(2).is_some_and(|&b| b != b'0')
        && sh.groups[0] >= 3
    {
        sh.prefix = Prefix::Idd;
        sh.digits.copy_within(2..sh.nd, 0);
        sh.nd -= 2;
        sh.groups[0] -= 2;
    }
    Some(sh)
}

/// The number and how well it is written: [`INTERNATIONAL_SCORE`] for international ones, the
/// national fit score otherwise.
fn check(candidate: &[u8], hint: Hint) -> Option<(Phone, u8)> {
    let sh = parse(candidate)?;
    match sh.prefix {
        Prefix::Plus => international(sh.digits()).map(|p| (p, INTERNATIONAL_SCORE)),
        Prefix::Idd => {
            if hint == Hint::None && sh.ng < 2 {
                return None;
            }
            international(sh.digits()).map(|p| (p, INTERNATIONAL_SCORE))
        }
        Prefix::None => national(&sh, hint),
    }
}

/// Above any national fit score: a country code says more than any grouping.
const INTERNATIONAL_SCORE: u8 = 5;

/// Written shapes that are something else than a phone number, whatever the digits and the
/// key: dates, decimals, IPv4 addresses, ZIP+4, US SSNs, card numbers (Luhn, issuer, grouping).
fn something_else(sh: &Shape) -> bool {
    let g = sh.groups();
    let d = sh.digits();
    let punct = sh.seps & (DASH | DOT | SLASH);
    // 2026-12-06, 06.12.2026, 12/06/26.
    if punct != 0
        && g.len() == 3
        && g[1] <= 2
        && (g[0] <= 2 || g[0] == 4)
        && (g[2] <= 2 || g[2] == 4)
    {
        return true;
    }
    // Two dotted groups are a decimal; four of at most three digits an IPv4 address.
    if sh.seps & DOT != 0
        && (g.len() < 3 || g.len() == 4 && validate::ipv4(dotted(sh).as_slice()).is_some())
    {
        return true;
    }
    if sh.seps == DASH && matches!(g, [5, 4] | [3, 2, 4]) {
        return true;
    }
    // A card number written as cards are (`4111 1111 1111 1111`, `3782 822463 10005`).
    let card_grouping = match g {
        [_] | [4, 6, 5] | [4, 6, 4] => true,
        [init @ .., last] => init.iter().all(|&n| n == 4) && (1..=4).contains(last),
        [] => false,
    };
    (13..=19).contains(&d.len())
        && card_grouping
        && sh.paren.is_none()
        && validate::luhn(d)
        && validate::card_issuer_ok(d)
}

/// Without a phone hint, a national number must be written like one: two groups or more, of two
/// digits or more, 8–14 digits, not starting with a group of zeros, `/` only after an area code
/// with its trunk `0`, once (`0221/2982859`, not `1024/2048` or `0221/2982859/12`).
fn written_like_phone(sh: &Shape) -> bool {
    let g = sh.groups();
    let d = sh.digits();
    if g.len() < 2 || !NATIONAL_DIGITS.contains(&d.len()) {
        return false;
    }
    let first = &d[..usize::from(g[0])];
    // `0 800 …` is French; `00 …`, `000 …` are padding.
    if first.len() > 1 && first.iter().all(|&b| b == b'0') {
        return false;
    }
    sh.slashes == 0 || (sh.slashes == 1 && first[0] == b'0')
}

/// The dotted candidate rebuilt, for the IPv4 check.
fn dotted(sh: &Shape) -> Vec<u8> {
    let mut out = Vec::with_capacity(sh.nd + sh.ng);
    let mut at = 0;
    for (i, &n) in sh.groups().iter().enumerate() {
        if i > 0 {
            out.push(b'.');
        }
        let n = usize::from(n);
        out.extend_from_slice(sh.digits().get(at..at + n).unwrap_or_default());
        at += n;
    }
    out
}

/// A national number and how well it is written (see [`Compiled::fit_score`]).
fn national(sh: &Shape, hint: Hint) -> Option<(Phone, u8)> {
    let d = sh.digits();
    if something_else(sh) {
        return None;
    }
    let written_ok = match hint {
        Hint::None => written_like_phone(sh),
        Hint::PhoneKey => d.len() >= KEYED_MIN_DIGITS,
    };
    if !written_ok {
        return None;
    }
    let found = |region| Phone {
        region,
        form: Form::National,
    };
    let t = table();
    // The best-written region wins; among equals, the first in the list.
    let mut best: Option<(u8, Region)> = None;
    for &i in &t.national {
        let Some(c) = t.compiled(i) else { continue };
        if hint == Hint::None && !c.could_fit(sh) {
            continue;
        }
        let mut buf = [0u8; MAX_DIGITS + 4];
        let Some((nsn, consumed)) = c.strip_national_prefix(d, &mut buf) else {
            continue;
        };
        if sh.ng == 1 {
            if !c.is_valid(nsn) {
                continue;
            }
            // Only under a phone key (the shape rules want two groups): nothing to compare but
            // the trunk prefix, without which Germans, say, never write a number (a bare
            // `4474…` is rather an MSISDN).
            if consumed == 0 && c.format_for(nsn).is_some_and(|f| f.needs_prefix) {
                continue;
            }
            return Some((found(c.region), 0));
        }
        let mut score = c.fit_score(nsn, sh, consumed);
        // A one-digit group (`0900 1 234567`) is the format's own or not a phone's.
        if score < 3 && hint == Hint::None && sh.groups().iter().any(|&g| g < 2) {
            score = 0;
        }
        // Validation, the dear part, only where this region could win.
        let beaten = match best {
            Some((b, _)) => score <= b,
            None => score == 0 && hint == Hint::None,
        };
        if beaten || !c.is_valid(nsn) {
            continue;
        }
        if score == 4 {
            return Some((found(c.region), score));
        }
        if best.is_none_or(|(b, _)| score > b) {
            best = Some((score, c.region));
        }
    }
    if let Some((score, region)) = best {
        if score > 0 || hint == Hint::PhoneKey {
            return Some((found(region), score));
        }
    }
    // An MSISDN (`4915123456789`): international, without its `+`.
    if hint == Hint::PhoneKey && sh.ng == 1 && d.first() != Some(&b'0') && d.len() >= 8 {
        return international(d).map(|p| (p, 0));
    }
    None
}

/// `digits` are those after `+`/`00`: a country calling code, then the national number.
fn international(digits: &[u8]) -> Option<Phone> {
    if digits.first().is_none_or(|&b| b == b'0') {
        return None;
    }
    let t = table();
    let (code_len, regions) = (1..=3).find_map(|n| {
        let code = parse_u16(digits.get(..n)?)?;
        t.regions_for(code).map(|r| (n, r))
    })?;
    let national = digits.get(code_len..)?;
    // libphonenumber: more than two digits after the code, at most 17.
    if national.len() <= 2 || national.len() > MAX_NSN {
        return None;
    }
    // The national prefix is stripped with the rules of the code's main region (`+49 0221 …`).
    let main = t.compiled(*regions.first()?)?;
    let mut buf = [0u8; MAX_DIGITS + 4];
    let (nsn, _) = main.strip_national_prefix(national, &mut buf)?;
    // libphonenumber's getRegionCodeForNumber: the first region whose leading digits match, or
    // (without leading digits) where the number is valid.
    for &i in regions {
        let Some(c) = t.compiled(i) else { continue };
        let chosen = match &c.leading {
            Some(re) => re.is_match(Input::new(nsn).anchored(Anchored::Yes)),
            None => c.is_valid(nsn),
        };
        if chosen {
            return c.is_valid(nsn).then_some(Phone {
                region: c.region,
                form: Form::International,
            });
        }
    }
    None
}

fn parse_u16(d: &[u8]) -> Option<u16> {
    d.iter().try_fold(0u16, |acc, &b| {
        b.is_ascii_digit()
            .then(|| acc.checked_mul(10)?.checked_add(u16::from(b - b'0')))
            .flatten()
    })
}

// ---------------------------------------------------------------------------------------------
// The metadata, compiled.

/// Every region of the metadata by calling code, compiled on first use.
struct Table {
    regions: Vec<LazyRegion>,
    /// Indexed by calling code (below 1000): indices into `regions`, main region first.
    by_code: Vec<Vec<usize>>,
    /// [`NATIONAL_REGIONS`] as indices into `regions`.
    national: Vec<usize>,
}

struct LazyRegion {
    meta: &'static RegionMeta,
    /// The main region of its calling code, whose formats a region without its own uses.
    main: &'static RegionMeta,
    compiled: OnceLock<Option<Compiled>>,
}

static TABLE: OnceLock<Table> = OnceLock::new();

fn table() -> &'static Table {
    TABLE.get_or_init(|| {
        let mut regions = Vec::new();
        let mut by_code = vec![Vec::new(); 1000];
        // By code, not by region: the non-geographic services all have the region `001`. The
        // main region of a shared code comes first, as libphonenumber lists it.
        for &(code, ids) in BY_CODE {
            let Some(slot) = by_code.get_mut(usize::from(code)) else {
                continue;
            };
            let Some(main) = ids.first().and_then(|&i| REGIONS.get(usize::from(i))) else {
                continue;
            };
            for &i in ids {
                if let Some(meta) = REGIONS.get(usize::from(i)) {
                    slot.push(regions.len());
                    regions.push(LazyRegion {
                        meta,
                        main,
                        compiled: OnceLock::new(),
                    });
                }
            }
        }
        let national = NATIONAL_REGIONS
            .iter()
            .filter_map(|id| regions.iter().position(|r| r.meta.id == *id))
            .collect();
        Table {
            regions,
            by_code,
            national,
        }
    })
}

impl Table {
    fn regions_for(&self, code: u16) -> Option<&[usize]> {
        self.by_code
            .get(usize::from(code))
            .map(Vec::as_slice)
            .filter(|r| !r.is_empty())
    }

    fn compiled(&self, i: usize) -> Option<&Compiled> {
        let r = self.regions.get(i)?;
        r.compiled
            .get_or_init(|| {
                // Regions sharing a code without formats of their own (Canada) are written the
                // way the code's main region writes.
                let formats = if r.meta.formats.is_empty() {
                    r.main
                } else {
                    r.meta
                };
                Compiled::new(r.meta, formats)
            })
            .as_ref()
    }
}

/// One region's rules, as libphonenumber applies them.
struct Compiled {
    region: Region,
    /// `nationalPrefixForParsing` (or the national prefix), anchored at the start.
    prefix: Option<Regex>,
    transform: Option<Vec<Part>>,
    /// The general pattern, whole-number.
    general: Regex,
    /// Lengths of valid numbers of any type (bit n: n digits).
    lengths: u32,
    /// Lengths of numbers only dialable locally.
    local_lengths: u32,
    /// One whole-number pattern per number type, and the lengths of each.
    types: Regex,
    type_lengths: Vec<u32>,
    /// For regions sharing a calling code: the leading digits that pick this one.
    leading: Option<Regex>,
    /// National formats, and one prefix pattern per format for its leading digits.
    formats: Vec<Option<Format>>,
    format_leading: Option<Regex>,
    /// What the formats can write, whatever the leading digits, to skip a region before any
    /// regex: the national prefix when it is a plain string (`0`), every grouping of the
    /// national number (those of formats written without the prefix apart), and the lengths a
    /// first group can have.
    literal_prefix: Option<Vec<u8>>,
    groupings: Vec<Vec<u8>>,
    groupings_without_prefix: Vec<Vec<u8>>,
    first_groups: u32,
}

#[derive(Debug, Clone, Copy)]
enum Part {
    Digits(u8),
    Group(u8),
}

/// A national format whose pattern is groups of `\d{m,n}` (all of them are, today).
struct Format {
    /// The groups of a national number of each length (index) written in this format.
    by_len: Vec<Option<Vec<u8>>>,
    /// Separators the format writes (`SPACE`, `DASH` …).
    seps: u8,
    /// The national format writes the trunk prefix (`0221 …`): without it, the number is not
    /// written the way this region writes it.
    needs_prefix: bool,
    /// The national format writes the trunk prefix at all (Chinese mobiles are written
    /// without it).
    writes_prefix: bool,
}

impl std::fmt::Debug for Compiled {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Compiled")
            .field("region", &self.region)
            .finish_non_exhaustive()
    }
}

fn build(patterns: &[String], kind: MatchKind) -> Option<Regex> {
    Regex::builder()
        .syntax(syntax::Config::new().ignore_whitespace(true).unicode(false))
        .configure(Regex::config().match_kind(kind))
        .build_many(patterns)
        .ok()
}

fn whole(p: &str) -> String {
    format!("^(?:{p})$")
}

fn prefix(p: &str) -> String {
    format!("^(?:{p})")
}

fn length_mask(lengths: &[u16]) -> u32 {
    lengths
        .iter()
        .filter(|&&n| n < 32)
        .fold(0, |m, &n| m | (1u32 << n))
}

fn has_len(mask: u32, n: usize) -> bool {
    n < 32 && mask & (1u32 << n) != 0
}

impl Compiled {
    fn new(meta: &RegionMeta, formats_of: &RegionMeta) -> Option<Compiled> {
        let types: Vec<&Desc> = meta.types.iter().flatten().collect();
        if types.is_empty() {
            return None;
        }
        // The crate leaves the general lengths empty; libphonenumber's build makes them the
        // union of the types'.
        let lengths = types.iter().fold(0, |m, t| m | length_mask(t.lengths));
        let local_lengths = types
            .iter()
            .fold(0, |m, t| m | length_mask(t.local_lengths))
            & !lengths;
        let type_lengths = types
            .iter()
            .map(|t| match length_mask(t.lengths) {
                0 => u32::MAX,
                m => m,
            })
            .collect();
        let type_patterns: Vec<String> = types.iter().map(|t| whole(t.pattern)).collect();
        let prefix_source = meta
            .national_prefix_for_parsing
            .map(str::to_owned)
            .or_else(|| meta.national_prefix.map(regex_escape));
        let prefix_re = match prefix_source {
            Some(p) if !p.is_empty() => Some(build(&[prefix(&p)], MatchKind::LeftmostFirst)?),
            _ => None,
        };
        let has_prefix = meta.national_prefix.is_some_and(|p| !p.is_empty());
        let formats: Vec<Option<Format>> = formats_of
            .formats
            .iter()
            .map(|f| {
                let ranges = parse_ranges(f.pattern)?;
                let runs = parse_runs(f.format)?;
                Some(Format {
                    by_len: (0..=MAX_NSN)
                        .map(|len| format_groups(&ranges, &runs, len))
                        .collect(),
                    seps: format_seps(f.format),
                    needs_prefix: has_prefix
                        && !f.national_prefix_optional
                        && f.national_prefix_rule.is_some_and(|r| r.contains("$NP")),
                    writes_prefix: has_prefix
                        && f.national_prefix_rule.is_some_and(|r| r.contains("$NP")),
                })
            })
            .collect();
        let mut groupings = Vec::new();
        let mut groupings_without_prefix = Vec::new();
        let mut first_groups = 0u32;
        for f in formats.iter().flatten() {
            for g in f.by_len.iter().flatten() {
                let g = g.clone();
                if let Some(&first) = g.first() {
                    first_groups |= 1u32 << first.min(31);
                }
                if !f.needs_prefix && !groupings_without_prefix.contains(&g) {
                    groupings_without_prefix.push(g.clone());
                }
                if !groupings.contains(&g) {
                    groupings.push(g);
                }
            }
        }
        let leading_patterns: Vec<String> = formats_of
            .formats
            .iter()
            .map(|f| prefix(f.leading_digits.unwrap_or("")))
            .collect();
        let format_leading = if leading_patterns.is_empty() {
            None
        } else {
            Some(build(&leading_patterns, MatchKind::All)?)
        };
        Some(Compiled {
            region: Region::from_id(meta.id),
            prefix: prefix_re,
            transform: meta
                .national_prefix_transform_rule
                .filter(|t| !t.is_empty())
                .map(parse_transform),
            general: build(&[whole(meta.general)], MatchKind::LeftmostFirst)?,
            lengths,
            local_lengths,
            types: build(&type_patterns, MatchKind::All)?,
            type_lengths,
            leading: match meta.leading_digits {
                Some(l) => Some(build(&[prefix(l)], MatchKind::LeftmostFirst)?),
                None => None,
            },
            literal_prefix: match (meta.national_prefix_for_parsing, meta.national_prefix) {
                (None, Some(np)) if !np.is_empty() && np.bytes().all(|b| b.is_ascii_digit()) => {
                    Some(np.as_bytes().to_vec())
                }
                _ => None,
            },
            groupings,
            groupings_without_prefix,
            first_groups,
            formats,
            format_leading,
        })
    }

    fn general_matches(&self, nsn: &[u8]) -> bool {
        self.general
            .is_match(Input::new(nsn).anchored(Anchored::Yes))
    }

    /// libphonenumber's `getNumberTypeHelper(nsn) != UNKNOWN`.
    fn is_valid(&self, nsn: &[u8]) -> bool {
        let n = nsn.len();
        if !has_len(self.lengths, n) || !self.general_matches(nsn) {
            return false;
        }
        let mut set = PatternSet::new(self.types.pattern_len());
        self.types
            .which_overlapping_matches(&Input::new(nsn).anchored(Anchored::Yes), &mut set);
        set.iter().any(|pid| {
            self.type_lengths
                .get(pid.as_usize())
                .is_some_and(|&m| has_len(m, n))
        })
    }

    /// libphonenumber's `maybeStripNationalPrefixAndCarrierCode`, then kept only when the rest
    /// has a possible length (as its parser does). Returns the national significant number and,
    /// when it is the end of `digits`, how many leading digits were stripped.
    fn strip_national_prefix<'b>(
        &self,
        digits: &'b [u8],
        buf: &'b mut [u8; MAX_DIGITS + 4],
    ) -> Option<(&'b [u8], usize)> {
        if digits.len() > MAX_DIGITS {
            return None;
        }
        let Some(re) = &self.prefix else {
            return Some((digits, 0));
        };
        let input = Input::new(digits).anchored(Anchored::Yes);
        let viable = self.general_matches(digits);
        let (len, consumed) = match &self.transform {
            None => {
                let Some(m) = re.search(&input) else {
                    return Some((digits, 0));
                };
                let rest = digits.get(m.end()..)?;
                if viable && !self.general_matches(rest) {
                    return Some((digits, 0));
                }
                buf.get_mut(..rest.len())?.copy_from_slice(rest);
                (rest.len(), m.end())
            }
            Some(parts) => {
                let mut caps = re.create_captures();
                re.search_captures(&input, &mut caps);
                let Some(m) = caps.get_match() else {
                    return Some((digits, 0));
                };
                let last = caps.group_len().saturating_sub(1);
                let rest = digits.get(m.end()..)?;
                let mut n = 0;
                if caps.get_group(last).is_none() {
                    buf.get_mut(..rest.len())?.copy_from_slice(rest);
                    n = rest.len();
                } else {
                    for part in parts {
                        let bytes: &[u8] = match *part {
                            Part::Digits(b) => &[b],
                            Part::Group(g) => caps
                                .get_group(usize::from(g))
                                .and_then(|sp| digits.get(sp.range()))
                                .unwrap_or_default(),
                        };
                        buf.get_mut(n..n + bytes.len())?.copy_from_slice(bytes);
                        n += bytes.len();
                    }
                    buf.get_mut(n..n + rest.len())?.copy_from_slice(rest);
                    n += rest.len();
                }
                let out = buf.get(..n)?;
                if viable && !self.general_matches(out) {
                    return Some((digits, 0));
                }
                let consumed = if digits.ends_with(out) {
                    digits.len() - n
                } else {
                    usize::MAX
                };
                (n, consumed)
            }
        };
        let stripped = buf.get(..len)?;
        // testNumberLength: keep the stripped number unless it is too short, local-only or of
        // an impossible length.
        if self.length_ok_after_strip(len) {
            Some((stripped, consumed))
        } else {
            Some((digits, 0))
        }
    }

    fn length_ok_after_strip(&self, n: usize) -> bool {
        if has_len(self.local_lengths, n) {
            return false;
        }
        let min = self.lengths.trailing_zeros() as usize;
        let max = 31usize.saturating_sub(self.lengths.leading_zeros() as usize);
        n >= min && (n > max || has_len(self.lengths, n))
    }

    /// The format libphonenumber picks for `nsn`: the first whose leading digits and pattern
    /// match. `None` also when that one could not be read, rather than letting a later one
    /// answer.
    fn format_for(&self, nsn: &[u8]) -> Option<&Format> {
        let lead = self.format_leading.as_ref()?;
        let mut set = PatternSet::new(lead.pattern_len());
        lead.which_overlapping_matches(&Input::new(nsn).anchored(Anchored::Yes), &mut set);
        for (i, f) in self.formats.iter().enumerate() {
            if !PatternID::new(i).is_ok_and(|pid| set.contains(pid)) {
                continue;
            }
            let f = f.as_ref()?;
            if f.groups(nsn.len()).is_some() {
                return Some(f);
            }
        }
        None
    }

    /// Whether the candidate can have a fit score above 0 here, from lengths and groupings
    /// alone: most candidates are no region's writing, and this spares them the validation.
    fn could_fit(&self, sh: &Shape) -> bool {
        let d = sh.digits();
        // What the national prefix could take off: nothing, or what it matches.
        let stripped = match (&self.literal_prefix, &self.prefix) {
            (Some(np), _) => d.starts_with(np).then_some(np.len()),
            (None, None) => None,
            (None, Some(re)) => {
                let m = re.search(&Input::new(d).anchored(Anchored::Yes));
                // A transform rewrites the number (Argentina's `15`): try it in full.
                if self.transform.is_some() && m.is_some_and(|m| m.end() > 0) {
                    return true;
                }
                m.map(|m| m.end())
            }
        };
        let mut buf = [0u8; MAX_GROUPS];
        let mut fits = |consumed: usize| {
            let n = d.len().saturating_sub(consumed);
            if !has_len(self.lengths, n) {
                return false;
            }
            let written = written_groups(sh, consumed, &mut buf);
            let area = consumed > 0 || sh.paren == Some(0);
            if !area && sh.seps == SPACE && written.len() < 3 {
                return false;
            }
            if area {
                written
                    .first()
                    .is_some_and(|&f| has_len(self.first_groups, f.into()))
                    || self.groupings.iter().any(|g| g == written)
            } else {
                self.groupings_without_prefix.iter().any(|g| g == written)
            }
        };
        fits(0) || stripped.is_some_and(|n| n > 0 && fits(n))
    }

    /// How well the candidate's writing matches this region's national formats (see the module
    /// documentation): 0 not at all; 1 the area code is the first group of the format of this
    /// number, or the grouping is that of another format of the region; 3 the grouping is that
    /// of the format of this number; one more when the separators are the format's too.
    /// `consumed`: digits stripped as national prefix.
    fn fit_score(&self, nsn: &[u8], sh: &Shape, consumed: usize) -> u8 {
        // A carrier-code transform (Argentina's `0 11 15 …`) rewrites the number: its writing
        // cannot be compared, and the prefix alone marks it.
        if consumed == usize::MAX {
            return 1;
        }
        let mut written = [0u8; MAX_GROUPS];
        let written = written_groups(sh, consumed, &mut written);
        if written.len() < 2 {
            return 0;
        }
        let trunk = consumed > 0;
        // No format writes `/` or `.`; those who do write a space in place of the one
        // (`0221/2982859`), a dash in place of the other (`415.555.0134`).
        let punct = |s: u8| if s & DOT != 0 { DASH } else { s & DASH };
        let score = |f: &Format, picked: bool| -> u8 {
            if !trunk && f.needs_prefix {
                return 0;
            }
            // The area code is marked by parentheses, or by a trunk prefix where the region
            // writes one (a US `1640 6991305` is two numbers, `0151 …` no Chinese mobile).
            let area = sh.paren == Some(0) || (trunk && f.writes_prefix);
            let agree = punct(f.seps) == punct(sh.seps);
            // Unmarked, only the format's own separators say "phone" (`96807-57409` is an id),
            // and two groups joined by a space are as often a status and a size.
            if !area && (!agree || (sh.seps == SPACE && written.len() < 3)) {
                return 0;
            }
            let Some(canon) = f.groups(nsn.len()) else {
                return 0;
            };
            let agree = u8::from(agree);
            if written == canon {
                if picked {
                    3 + agree
                } else {
                    1 + agree
                }
            } else if picked && area && written.first() == canon.first() {
                1 + agree
            } else {
                0
            }
        };
        let mut best = self.format_for(nsn).map_or(0, |f| score(f, true));
        if best < 2 {
            for f in self.formats.iter().flatten() {
                best = best.max(score(f, false));
            }
        }
        best
    }
}

/// The groups of the national number as written: the candidate's, less the stripped prefix.
fn written_groups<'o>(sh: &Shape, consumed: usize, out: &'o mut [u8; MAX_GROUPS]) -> &'o [u8] {
    let mut n = 0;
    let mut skip = consumed;
    for &g in sh.groups() {
        let g = usize::from(g);
        if skip >= g {
            skip -= g;
            continue;
        }
        out[n] = (g - skip) as u8;
        skip = 0;
        n += 1;
    }
    &out[..n]
}

impl Format {
    /// The groups of a national number of `len` digits written in this format.
    fn groups(&self, len: usize) -> Option<&[u8]> {
        self.by_len.get(len)?.as_deref()
    }
}

/// The digit-group lengths of a number of `len` digits written with a pattern of `\d{m,n}`
/// groups and a format's runs of groups and literal digits.
fn format_groups(ranges: &[(u8, u8)], runs: &[Vec<Part>], len: usize) -> Option<Vec<u8>> {
    let mut sizes = [0u8; MAX_GROUPS];
    if !greedy_sizes(ranges, len, &mut sizes) {
        return None;
    }
    let mut out = Vec::new();
    for run in runs {
        let len: usize = run
            .iter()
            .map(|p| match *p {
                Part::Digits(_) => 1,
                Part::Group(g) => {
                    usize::from(*sizes.get(usize::from(g).wrapping_sub(1)).unwrap_or(&0))
                }
            })
            .sum();
        if len > 0 {
            out.push(u8::try_from(len).ok()?);
        }
    }
    (!out.is_empty() && out.len() <= MAX_GROUPS).then_some(out)
}

/// Sizes of the groups a pattern of `\d{m,n}` groups gives a number of `len` digits: each
/// group as long as it can be while the rest can still match, as a backtracking regex does.
fn greedy_sizes(ranges: &[(u8, u8)], len: usize, out: &mut [u8; MAX_GROUPS]) -> bool {
    if ranges.len() > MAX_GROUPS {
        return false;
    }
    let min: usize = ranges.iter().map(|r| usize::from(r.0)).sum();
    let max: usize = ranges.iter().map(|r| usize::from(r.1)).sum();
    if len < min || len > max {
        return false;
    }
    let mut left = len;
    for (i, r) in ranges.iter().enumerate() {
        let rest_min: usize = ranges[i + 1..].iter().map(|r| usize::from(r.0)).sum();
        let take = usize::from(r.1).min(left - rest_min);
        out[i] = take as u8;
        left -= take;
    }
    left == 0
}

/// `(\d{3})(\d{3,12})` → [(3, 3), (3, 12)]; `None` for any other kind of pattern.
fn parse_ranges(p: &str) -> Option<Vec<(u8, u8)>> {
    let p: String = p.chars().filter(|c| !c.is_whitespace()).collect();
    let mut rest = p.as_str();
    let mut out = Vec::new();
    while !rest.is_empty() {
        rest = rest.strip_prefix("(\\d")?;
        let (range, after) = if let Some(r) = rest.strip_prefix('{') {
            let close = r.find('}')?;
            let inner = &r[..close];
            let range = match inner.split_once(',') {
                Some((a, b)) => (a.parse().ok()?, b.parse().ok()?),
                None => {
                    let n = inner.parse().ok()?;
                    (n, n)
                }
            };
            (range, &r[close + 1..])
        } else {
            ((1, 1), rest)
        };
        rest = after.strip_prefix(')')?;
        if range.0 > range.1 {
            return None;
        }
        out.push(range);
    }
    (!out.is_empty()).then_some(out)
}

/// `$1 $2-$3` → [[$1], [$2], [$3]]; `$2 15-$3` → [[$2], [1, 5, $3]]… split where a character
/// that is neither a digit nor a group reference stands.
fn parse_runs(f: &str) -> Option<Vec<Vec<Part>>> {
    let b = f.as_bytes();
    let mut runs = vec![Vec::new()];
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'$' {
            let g = *b.get(i + 1)?;
            if !g.is_ascii_digit() {
                return None;
            }
            runs.last_mut()?.push(Part::Group(g - b'0'));
            i += 2;
        } else if c.is_ascii_digit() {
            runs.last_mut()?.push(Part::Digits(c));
            i += 1;
        } else {
            if !runs.last()?.is_empty() {
                runs.push(Vec::new());
            }
            i += 1;
        }
    }
    runs.retain(|r| !r.is_empty());
    Some(runs)
}

fn format_seps(f: &str) -> u8 {
    f.bytes().fold(0, |m, b| {
        m | match b {
            b' ' => SPACE,
            b'-' => DASH,
            b'.' => DOT,
            b'/' => SLASH,
            _ => 0,
        }
    })
}

/// `9$1` → [9, $1].
fn parse_transform(t: &str) -> Vec<Part> {
    let b = t.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        match (b[i], b.get(i + 1)) {
            (b'$', Some(&g)) if g.is_ascii_digit() => {
                out.push(Part::Group(g - b'0'));
                i += 2;
            }
            (c, _) => {
                if c.is_ascii_digit() {
                    out.push(Part::Digits(c));
                }
                i += 1;
            }
        }
    }
    out
}

fn regex_escape(s: &str) -> String {
    s.chars()
        .flat_map(|c| {
            let esc = !c.is_ascii_alphanumeric();
            esc.then_some('\\').into_iter().chain(std::iter::once(c))
        })
        .collect()
}

/// For `examples/phone_bench.rs`, which can only reach public items; not part of the API.
#[doc(hidden)]
pub mod bench {
    /// `validate`; `phone_key` for `Hint::PhoneKey`. The region's two letters.
    pub fn validate(candidate: &[u8], phone_key: bool) -> Option<[u8; 2]> {
        let hint = if phone_key {
            super::Hint::PhoneKey
        } else {
            super::Hint::None
        };
        super::validate(candidate, hint).map(|r| r.0)
    }

    /// `candidate_at` without a hint: the end of the phone number starting at `s`.
    pub fn candidate_at(line: &[u8], s: usize) -> Option<usize> {
        super::candidate_at(line, s, super::Hint::None).map(|(e, _)| e)
    }

    /// `warm`.
    pub fn warm() {
        super::warm()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use phonenumber::metadata::{Descriptor, Metadata, DATABASE};
    use phonenumber::Mode;
    use proptest::prelude::*;

    fn region(s: &str, hint: Hint) -> Option<String> {
        validate(s.as_bytes(), hint).map(|r| r.as_str().to_owned())
    }

    /// Every phone number `candidate_at` finds in `line`, starting where the scanner would try.
    fn find_all(line: &str, hint: Hint) -> Vec<(String, String)> {
        let b = line.as_bytes();
        let mut out = Vec::new();
        let mut s = 0;
        while s < b.len() {
            if matches!(b[s], b'0'..=b'9' | b'+' | b'(' | b'%') {
                if let Some((end, phone)) = candidate_at(b, s, hint) {
                    assert!(end > s && end <= b.len());
                    out.push((line[s..end].to_owned(), phone.region.as_str().to_owned()));
                    s = end;
                    continue;
                }
            }
            s += 1;
        }
        out
    }

    fn types(meta: &Metadata) -> Vec<(&'static str, &Descriptor)> {
        let d = meta.descriptors();
        [
            ("fixed line", d.fixed_line()),
            ("mobile", d.mobile()),
            ("toll free", d.toll_free()),
            ("premium rate", d.premium_rate()),
            ("shared cost", d.shared_cost()),
            ("personal", d.personal_number()),
            ("voip", d.voip()),
            ("pager", d.pager()),
            ("uan", d.uan()),
            ("voicemail", d.voicemail()),
        ]
        .into_iter()
        .filter_map(|(n, d)| Some((n, d?)))
        .collect()
    }

    #[test]
    fn every_national_region_compiles_with_readable_formats() {
        let t = table();
        assert_eq!(t.national.len(), NATIONAL_REGIONS.len());
        for (&i, id) in t.national.iter().zip(NATIONAL_REGIONS) {
            let c = t
                .compiled(i)
                .unwrap_or_else(|| panic!("{id} does not compile"));
            assert_eq!(c.region.as_str(), id);
            assert!(!c.formats.is_empty(), "{id} has no formats");
            assert!(
                c.formats.iter().all(Option::is_some),
                "{id}: a format we cannot read"
            );
        }
    }

    #[test]
    fn every_region_of_the_metadata_compiles() {
        let t = table();
        for (i, r) in t.regions.iter().enumerate() {
            assert!(t.compiled(i).is_some(), "{} does not compile", r.meta.id);
        }
    }

    /// libphonenumber's example number of every type of every region, written as its
    /// international format writes it, bare after `+`, after `00` and URL-encoded.
    #[test]
    fn metadata_examples_in_international_form() {
        let mut n = 0;
        for meta in DATABASE.iter() {
            let code = meta.country_code();
            for (ty, desc) in types(meta) {
                let Some(ex) = desc.example() else { continue };
                let num = phonenumber::parse(None, format!("+{code}{ex}")).unwrap();
                let int = num.format().mode(Mode::International).to_string();
                // The crate strips a national prefix it should keep from a few (`+7 8…`).
                let digits: String = int.chars().filter(char::is_ascii_digit).collect();
                if digits != format!("{code}{ex}") {
                    continue;
                }
                for written in [
                    int.clone(),
                    format!("+{code}{ex}"),
                    format!("%2B{code}{ex}"),
                    format!("00{}", int.trim_start_matches('+')),
                ] {
                    let got = validate(written.as_bytes(), Hint::None)
                        .unwrap_or_else(|| panic!("{} {ty}: {written} not found", meta.id()));
                    // Shared codes: the number may belong to the code's main region (the
                    // Canadian toll-free example is as much a US number).
                    let same_code = t_code(got) == code;
                    assert!(
                        got == Region::from_id(meta.id()) || same_code,
                        "{} {ty}: {written} found as {got:?}",
                        meta.id()
                    );
                    n += 1;
                }
            }
        }
        assert!(n > 3000, "{n} examples");
    }

    fn t_code(r: Region) -> u16 {
        let t = table();
        t.regions
            .iter()
            .find(|x| Region::from_id(x.meta.id) == r)
            .and_then(|x| DATABASE.by_id(x.meta.id))
            .map_or(0, |m| m.country_code())
    }

    /// The fixed-line and mobile examples of the national regions, written in their national
    /// format (libphonenumber's, through the crate's formatter), are found without any hint;
    /// the region may be another one where the same digits are also valid and written so.
    #[test]
    fn metadata_examples_in_national_form() {
        let mut same_region = 0;
        let mut n = 0;
        for id in NATIONAL_REGIONS {
            let meta = DATABASE.by_id(id).unwrap();
            for (ty, desc) in types(meta) {
                if !matches!(ty, "fixed line" | "mobile") {
                    continue;
                }
                let ex = desc.example().unwrap();
                let num =
                    phonenumber::parse(None, format!("+{}{ex}", meta.country_code())).unwrap();
                let nat = num.format().mode(Mode::National).to_string();
                let got = region(&nat, Hint::None);
                assert!(got.is_some(), "{id} {ty}: {nat} not found");
                n += 1;
                same_region += usize::from(got.as_deref() == Some(id));
                // Under a phone key the bare national number is enough.
                let bare: String = nat.chars().filter(char::is_ascii_digit).collect();
                assert!(region(&bare, Hint::PhoneKey).is_some(), "{id} {ty}: {bare}");
            }
        }
        // Most are reported for their own region; the rest are valid and written the same
        // way elsewhere (Dutch, South African and Irish `0XX XXX XXXX` numbers).
        assert!(
            same_region * 10 >= n * 7,
            "{same_region}/{n} in their own region"
        );
    }

    #[test]
    fn international_spellings() {
        for (s, want) in [
            ("+49 221 2982859", "DE"),
            ("+49 (0)221 2982859", "DE"),
            ("+49 (0) 221 2982859", "DE"),
            ("+49-221-2982859", "DE"),
            ("+49 221/2982859", "DE"),
            ("+4922129828590", "DE"),
            ("+49 151 23456789", "DE"),
            ("0049 221 2982859", "DE"),
            ("0049 (0)221 2982859", "DE"),
            ("%2B4922129828590", "DE"),
            ("%2b4915123456789", "DE"),
            ("+33 4 94 35 71 78", "FR"),
            ("+33 (0)4 94 35 71 78", "FR"),
            ("+33.4.94.35.71.78", "FR"),
            ("+33494357178", "FR"),
            ("0033 6 12 34 56 78", "FR"),
            ("+44 20 7946 0018", "GB"),
            ("+44 (0) 20 7946 0018", "GB"),
            ("+44 7400 123456", "GB"),
            ("+447400123456", "GB"),
            ("+34 913 926 553", "ES"),
            ("+34 612 34 56 78", "ES"),
            ("+39 06 1234 5678", "IT"),
            ("+39 312 345 6789", "IT"),
            ("+31 6 12345678", "NL"),
            ("+31 20 123 4567", "NL"),
            ("%2B31612345678", "NL"),
            ("+32 2 555 12 12", "BE"),
            ("+32 470 12 34 56", "BE"),
            ("+43 1 58058", "AT"),
            ("+43 664 123456", "AT"),
            ("+41 44 668 18 00", "CH"),
            ("+41 78 123 45 67", "CH"),
            ("+48 512 345 678", "PL"),
            ("+351 912 345 678", "PT"),
            ("+55 21 91920-1728", "BR"),
            ("+55 (21) 91920-1728", "BR"),
            ("+52 55 1234 5678", "MX"),
            ("+54 9 11 2345-6789", "AR"),
            ("+91 98765 43210", "IN"),
            ("+81 90-1234-5678", "JP"),
            ("+81 3-1234-5678", "JP"),
            ("+82 10-1234-5678", "KR"),
            ("+86 138 0013 8000", "CN"),
            ("+61 412 345 678", "AU"),
            ("+61 2 1234 5678", "AU"),
            ("+90 501 234 56 78", "TR"),
            ("+46 70 123 45 67", "SE"),
            ("+47 412 34 567", "NO"),
            ("+45 32 12 34 56", "DK"),
            ("+358 41 2345678", "FI"),
            ("+353 85 012 3456", "IE"),
            ("+27 71 123 4567", "ZA"),
            ("+234 802 123 4567", "NG"),
            ("+1 415 555 0134", "US"),
            ("+1 (415) 555-0134", "US"),
            ("+1-415-555-0134", "US"),
            ("+1 506 234 5678", "CA"),
            ("+1 416 555 0134", "CA"),
            ("+7 912 345-67-89", "RU"),
            ("+7 701 123 4567", "KZ"),
            ("+972 50-234-5678", "IL"),
            ("+687 20.12.34", "NC"),
            ("+800 1234 5678", "ZZ"),
        ] {
            assert_eq!(region(s, Hint::None).as_deref(), Some(want), "{s}");
        }
    }

    #[test]
    fn international_invalid() {
        for s in [
            "+49 123",
            "+1 234 567",
            "+0049 221 2982859",
            "+999 1234 5678",
            "+44 7911 12345",
            "+33 0 00 00 00 00",
            "+1 2530000",
            "+49 221 29828591234567890",
            "+",
            "%2B",
            "+33 4 94 35 71 78 12",
            "00 49 221 2982859",
            "004922129828590",
            "0000 221 2982859",
        ] {
            assert_eq!(region(s, Hint::None), None, "{s}");
        }
        // A bare `00…` run is an id unless a phone key says otherwise.
        assert_eq!(
            region("004922129828590", Hint::PhoneKey).as_deref(),
            Some("DE")
        );
    }

    /// National shapes from the brief and from each country's usual writing, with the region
    /// they are reported for.
    #[test]
    fn national_spellings() {
        for (s, want) in [
            ("0221/2982859", "DE"),
            ("0221 2982859", "DE"),
            ("0221-2982859", "DE"),
            ("(0221) 2982859", "DE"),
            ("030 12345678", "DE"),
            ("0171 1234567", "DE"),
            ("0151 23456789", "DE"),
            ("0221 / 2982859", "DE"),
            ("0221/29 82 859", "DE"),
            ("04.94.35.71.78", "FR"),
            ("04 94 35 71 78", "FR"),
            ("06 12 34 56 78", "FR"),
            ("06-12-34-56-78", "FR"),
            ("0 801 23 45 67", "FR"),
            ("06 12345678", "NL"),
            ("06-12345678", "NL"),
            ("020 7946 0018", "GB"),
            ("0207 946 0018", "GB"),
            ("07400 123456", "GB"),
            ("0161 496 0000", "GB"),
            ("(21) 91920-1728", "BR"),
            ("(21) 2345-6789", "BR"),
            ("(021) 91920-1728", "BR"),
            ("090-1234-5678", "JP"),
            ("03-1234-5678", "JP"),
            ("06 1234 5678", "IT"),
            ("02 1234 5678", "AU"),
            ("0039 02 1234 5678", "IT"),
            ("55 1234 5678", "MX"),
            ("(415) 555-0134", "US"),
            ("415-555-0134", "US"),
            ("415.555.0134", "US"),
            ("1-415-555-0134", "US"),
            ("(506) 234-5678", "CA"),
            ("010-1234-5678", "KR"),
            ("02-312-3456", "KR"),
            ("(02) 1234 5678", "AU"),
            ("08-123 456 78", "SE"),
            ("070-123 45 67", "SE"),
            ("0501 234 56 78", "TR"),
            ("412 34 567", "NO"),
            ("081234 56789", "IN"),
            ("0802 123 4567", "NG"),
            ("0800 123 4567", "GB"),
            ("512 345 678", "PL"),
            ("612 34 56 78", "ES"),
            ("612 345 678", "ES"),
        ] {
            assert_eq!(region(s, Hint::None).as_deref(), Some(want), "{s}");
        }
        // Valid and written the same way in several regions: found, for the first of them.
        for (s, first) in [
            ("0412 345 678", "NL"),
            ("010 123 4567", "NL"),
            ("085 012 3456", "NL"),
            ("071 123 4567", "NL"),
            ("0800 123456", "GB"),
            ("32 12 34 56", "NO"),
        ] {
            assert_eq!(region(s, Hint::None).as_deref(), Some(first), "{s}");
        }
    }

    /// Valid in a region, but not written the way it writes numbers: not without a hint.
    #[test]
    fn national_numbers_need_a_phone_writing() {
        for s in [
            "02212982859",
            "0612345678",
            "4155550134",
            // Spaces and two groups, nothing marking an area code: a status and a size.
            "404 75233",
            "1234 5678",
            // Not the grouping of any of the regions' formats.
            "02 212 982 859",
            // Unmarked numbers need the format's own separators: an id, not an Indian mobile.
            "96807-57409",
            // A US trunk `1` glued to the area code is nobody's writing.
            "1640 6991305",
            // A JP number needs its trunk 0 to be written nationally.
            "3 1234 5678",
            // 07700 900xxx is reserved for drama in the UK, and libphonenumber knows it; 99x is
            // not allocated in Spain.
            "993 926 553",
        ] {
            assert_eq!(region(s, Hint::None), None, "{s}");
        }
        // Under a phone key, the bare run is enough; the region is the first in the list where
        // it is valid, as nothing in the writing tells them apart.
        for (s, want) in [
            ("02212982859", "AR"),
            ("0612345678", "FR"),
            ("4155550134", "US"),
            ("07400123456", "GB"),
            ("0412345678", "FR"),
            ("09012345678", "GB"),
        ] {
            assert_eq!(region(s, Hint::PhoneKey).as_deref(), Some(want), "{s}");
        }
        // An MSISDN is an international number without its `+`.
        assert_eq!(
            region("4915123456789", Hint::PhoneKey).as_deref(),
            Some("DE")
        );
        assert_eq!(
            region("447400123456", Hint::PhoneKey).as_deref(),
            Some("GB")
        );
        assert_eq!(region("4915123456789", Hint::None), None);
    }

    /// Numbers of logs that are not phone numbers, alone and in their lines.
    #[test]
    fn false_positives() {
        for s in [
            // HTTP status and byte counts, ALB/ELB timing fields.
            "200 404 75233",
            "200 404 75233 312",
            "0.000 0.001 0.000 200 404 75233 312",
            "0.000",
            "12.345",
            "404 75233",
            "200 1534",
            // Sizes, ports, PIDs.
            "1024 2048 4096",
            "8080 8443 9090",
            "12345 67890",
            "65536 131072",
            // Dates and times.
            "2026-12-06",
            "2026/12/06",
            "06.12.2026",
            "06/12/2026",
            "12-06-2026",
            "2026.12.06",
            "20261206",
            "10:30:15",
            // Epoch seconds and millis.
            "1733443200",
            "1733443200123",
            // Cards (Luhn-valid, issuer, grouping).
            "4111 1111 1111 1111",
            "4111-1111-1111-1111",
            "4111111111111111",
            "3782 822463 10005",
            "5555 5555 5555 4444",
            // Order ids, versions, IP addresses.
            "0012345678",
            "000123456789",
            "1.2.3",
            "10.20.30.40",
            "192.168.100.200",
            "2.6.32",
            "1.22.333.4444",
            // ZIP+4, SSN, UK sort codes and account numbers.
            "94105-1234",
            "02134-1234",
            "123-45-6789",
            "12-34-56",
            "12-34-56 12345678",
            // Ratios and paths.
            "1024/2048",
            "2048/4096/8192",
        ] {
            assert_eq!(region(s, Hint::None), None, "{s}");
            assert_eq!(find_all(s, Hint::None), vec![], "{s}");
        }
        // Dates, decimals and addresses stay what they are under a phone key too.
        for s in [
            "2026-12-06",
            "0.000",
            "192.168.100.200",
            "4111 1111 1111 1111",
        ] {
            assert_eq!(region(s, Hint::PhoneKey), None, "{s}");
        }
    }

    #[test]
    fn lines() {
        let none: Vec<(String, String)> = vec![];
        for line in [
            // AWS ALB access log.
            "https 2026-12-06T10:30:15.123456Z app/my-alb/50dc6c495c0c9188 \
             192.168.131.39:2817 10.0.0.1:80 0.000 0.001 0.000 200 404 34 366 \
             \"GET https://example.com:443/ HTTP/1.1\" \"curl/8.0\" - - \
             arn:aws:elasticloadbalancing:us-east-2:123456789012:targetgroup/t/73e2d6bc24d8a067",
            "0.000 0.001 0.000 200 404 75233 312",
            // Apache combined log.
            "127.0.0.1 - - [06/Dec/2026:10:30:15 +0100] \"GET /a.html HTTP/1.1\" 404 75233 \"-\" \"curl/8\"",
            "2026-12-06 10:30:15,123 INFO pid=12345 took 1024 2048 4096 ms",
            "ts=1733443200 ms=1733443200123 v=1.2.3 build 2026.12.06 ip 192.168.100.200:8080",
            "card 4111 1111 1111 1111 zip 94105-1234 sort 12-34-56 acct 12345678",
            "sizes 512 345 678 1024",
            "GET /x 200 512 345 678",
            "order ORD-0221-2982859 ref v0221/2982859 id_0221 2982859x",
            "value 10.0221 2982859",
            "at 0221/2982859.5 and 0221/2982859/12",
            "t=10:30:15 0221 29 82",
            "uuid 123e4567-e89b-12d3-a456-426614174000",
        ] {
            assert_eq!(find_all(line, Hint::None), none, "{line}");
        }
        let found = |line: &str| find_all(line, Hint::None);
        let one = |s: &str, r: &str| vec![(s.to_owned(), r.to_owned())];
        assert_eq!(found("call 0221/2982859 now"), one("0221/2982859", "DE"));
        assert_eq!(
            found("tel:+49 221 2982859, ext"),
            one("+49 221 2982859", "DE")
        );
        assert_eq!(
            found("GET /cb?to=%2B31612345678&x=1"),
            one("%2B31612345678", "NL")
        );
        assert_eq!(found("from (21) 91920-1728."), one("(21) 91920-1728", "BR"));
        assert_eq!(
            found("sms +44 20 7946 0018 200 OK"),
            one("+44 20 7946 0018", "GB")
        );
        assert_eq!(found("sent to 0221/2982859 200"), one("0221/2982859", "DE"));
        assert_eq!(found("Tél: 04.94.35.71.78"), one("04.94.35.71.78", "FR"));
        assert_eq!(found("[06 12 34 56 78]"), one("06 12 34 56 78", "FR"));
        assert_eq!(found("jp=090-1234-5678;"), one("090-1234-5678", "JP"));
        assert_eq!(
            found("a +81 90-1234-5678 b 0049 221 2982859 c"),
            vec![
                ("+81 90-1234-5678".to_owned(), "JP".to_owned()),
                ("0049 221 2982859".to_owned(), "DE".to_owned())
            ]
        );
        // Under a phone key, bare runs and field-like spacing are phone numbers.
        assert_eq!(
            find_all("4915123456789", Hint::PhoneKey),
            one("4915123456789", "DE")
        );
        assert_eq!(
            find_all("0612345678", Hint::PhoneKey),
            one("0612345678", "FR")
        );
        // The scanner must start at the `+` or `(`, not inside.
        assert_eq!(candidate_at(b"+49 221 2982859", 1, Hint::None), None);
        assert_eq!(candidate_at(b"%2B31612345678", 3, Hint::None), None);
        assert_eq!(candidate_at(b"x", 5, Hint::None), None);
        assert_eq!(candidate_at(b"", 0, Hint::None), None);
    }

    /// Our compiled regions agree with the crate's own validation: everything we find valid the
    /// crate finds valid (it only checks that a valid number is a prefix, so it may find more).
    #[test]
    fn agrees_with_the_crate() {
        let t = table();
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let mut ours_valid = 0;
        let mut crate_only = 0;
        for &i in &t.national {
            let c = t.compiled(i).unwrap();
            let meta = DATABASE.by_id(c.region.as_str()).unwrap();
            let mut samples: Vec<String> = types(meta)
                .iter()
                .filter_map(|(_, d)| d.example().map(str::to_owned))
                .collect();
            // Random numbers that share the first digits of the examples, so that many are
            // valid: three variations of each at every length of the region.
            for ex in samples.clone() {
                for len in 5..=13usize {
                    if !has_len(c.lengths, len) {
                        continue;
                    }
                    for keep in [2usize, 3, 4] {
                        let mut s: String = ex.chars().take(keep.min(len)).collect();
                        while s.len() < len {
                            s.push(char::from(b'0' + (next() % 10) as u8));
                        }
                        samples.push(s);
                    }
                }
            }
            for nsn in samples {
                let ours = c.is_valid(nsn.as_bytes());
                let theirs = phonenumber::parse(None, format!("+{}{nsn}", meta.country_code()))
                    .map(|n| phonenumber::is_valid(&n))
                    .unwrap_or(false);
                if ours {
                    ours_valid += 1;
                    assert!(theirs, "{}: {nsn} valid for us only", c.region.as_str());
                } else if theirs {
                    crate_only += 1;
                }
            }
        }
        assert!(ours_valid > 500, "{ours_valid}");
        // The crate's prefix matching accepts a few more; not many.
        assert!(crate_only * 10 < ours_valid, "{crate_only} vs {ours_valid}");
    }

    #[test]
    fn greedy_sizes_follow_the_regex() {
        let mut out = [0u8; MAX_GROUPS];
        assert!(greedy_sizes(&[(3, 4), (4, 4)], 8, &mut out));
        assert_eq!(out[..2], [4, 4]);
        assert!(greedy_sizes(&[(3, 4), (4, 4)], 7, &mut out));
        assert_eq!(out[..2], [3, 4]);
        assert!(greedy_sizes(&[(2, 2), (3, 13)], 10, &mut out));
        assert_eq!(out[..2], [2, 8]);
        assert!(!greedy_sizes(&[(2, 2), (3, 3)], 6, &mut out));
        assert_eq!(
            parse_ranges(r"(\d{3})(\d{3,12})"),
            Some(vec![(3, 3), (3, 12)])
        );
        assert_eq!(parse_ranges(r"(\d)(\d{2})"), Some(vec![(1, 1), (2, 2)]));
        assert_eq!(parse_ranges(r"(\d{3})([2-9]\d)"), None);
        assert_eq!(format_seps("($1) $2-$3"), SPACE | DASH);
    }

    #[test]
    fn first_call_loads_once() {
        warm();
        let t = std::time::Instant::now();
        for _ in 0..100 {
            assert!(validate(b"0221/2982859", Hint::None).is_some());
        }
        // Warm: no compilation left (a debug build, so generous).
        assert!(t.elapsed().as_millis() < 1000);
    }

    #[test]
    fn threads_share_the_tables() {
        let handles: Vec<_> = (0..4)
            .map(|_| {
                std::thread::spawn(|| {
                    (0..200).all(|_| validate(b"+49 221 2982859", Hint::None).is_some())
                })
            })
            .collect();
        for h in handles {
            assert!(h.join().unwrap());
        }
    }

    /// Random numbers in the shapes of log fields and ids: how many are taken for phone
    /// numbers. Random digits are often valid somewhere, and some of these shapes are phone
    /// groupings (a lone `12 3242 1237` is a Brazilian number as written), so this bounds the
    /// rate rather than asking for zero.
    #[test]
    fn random_fields_are_rarely_phones() {
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        let mut rnd = move |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % n
        };
        let mut num = |len: u64| -> String {
            (0..len)
                .map(|i| char::from(b'0' + if i == 0 { 1 + rnd(9) } else { rnd(10) } as u8))
                .collect()
        };
        let total = 3000;
        // (shape, at most this many lines with a match)
        for (shape, bound) in [("fields", 60), ("pair", 0), ("dash2", 60), ("dotted", 60)] {
            let mut hits = 0;
            for i in 0..total {
                let line = match shape {
                    "fields" => (0..3 + i % 6)
                        .map(|j| num(1 + (i * 7 + j * 3) % 6))
                        .collect::<Vec<_>>()
                        .join(" "),
                    "pair" => format!("x {} {} y", num(2 + i % 4), num(3 + i % 5)),
                    "dash2" => format!("id {}-{} ok", num(2 + i % 4), num(4 + i % 4)),
                    _ => format!(
                        "v {}.{}.{} ok",
                        num(1 + i % 3),
                        num(1 + i % 4),
                        num(1 + i % 5)
                    ),
                };
                let f = find_all(&line, Hint::None);
                hits += usize::from(!f.is_empty());
            }
            assert!(hits <= bound, "{shape}: {hits}/{total}");
        }
    }

    fn line_strategy() -> impl Strategy<Value = Vec<u8>> {
        let alphabet = prop::sample::select(
            b"0123456789012345678901234567890123456789 +-./()%2Bb:,a_\xc3".to_vec(),
        );
        prop::collection::vec(alphabet, 0..60)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn never_panics_and_stays_in_bounds(line in line_strategy(), s in 0usize..64) {
            for hint in [Hint::None, Hint::PhoneKey] {
                if let Some((end, _)) = candidate_at(&line, s, hint) {
                    prop_assert!(end > s && end <= line.len());
                }
                let _ = validate(&line, hint);
                if s <= line.len() {
                    let _ = validate(&line[s..], hint);
                }
            }
        }

        #[test]
        fn arbitrary_bytes(line in prop::collection::vec(any::<u8>(), 0..48), s in 0usize..50) {
            for hint in [Hint::None, Hint::PhoneKey] {
                if let Some((end, _)) = candidate_at(&line, s, hint) {
                    prop_assert!(end > s && end <= line.len());
                }
                let _ = validate(&line, hint);
            }
        }
    }
}
