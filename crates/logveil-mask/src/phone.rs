//! Telephone numbers, validated against libphonenumber's metadata.
//!
//! This module owns two things: [`validate`], which says whether a piece of text already cut at
//! token boundaries is a telephone number and of which region, and [`candidate_at`], which finds
//! where such a piece of text ends in a line. The scanner decides where to look and what to do
//! with a match; nothing here reads keys or words (the caller passes [`Hint::PhoneKey`]).
//!
//! # Decision rules
//!
//! A candidate is groups of digits joined by what people write between them: one space, `-`,
//! `.`, `/`, ` - `, ` / `, one group in parentheses; a leading `+`, `%2B` or `00`. At most one of
//! `-`, `.`, `/` is used, and `.` never with spaces or parentheses (`0.000 0.001` is not a
//! number). Then:
//!
//! - **International** (`+CC…`, `%2BCC…`, `00CC…`): the country calling code is read as
//!   libphonenumber reads it, the national prefix is stripped the way its parser strips it (so
//!   `+49 (0)221 2982859` works), and the number must be valid for the region that owns it.
//!   `00CC…` without a phone hint must also be written in two groups or more (`0049 221 …`), as a
//!   bare `00…` run is as often an id.
//! - **National** (no international prefix): tried against [`NATIONAL_REGIONS`] in that order;
//!   the number must be valid there once that region's national prefix is stripped. Because a
//!   random 9–11 digit number is valid in *some* region surprisingly often, without a phone hint
//!   it must also be written like a phone of that region:
//!   - two groups or more, each of two digits or more, 8–14 digits, the first group not all
//!     zeros; never the shape of a date (`2026-12-06`, `06.12.2026`), a decimal or version
//!     (dotted numbers need three groups), an IPv4 address, a ZIP+4 (`94105-1234`), a US SSN
//!     (`123-45-6789`), a fraction (`/` only after an area code with its trunk `0`), or a
//!     Luhn-valid card number;
//!   - written with the trunk prefix or the area code in parentheses (`0221/2982859`,
//!     `(21) 91920-1728`, `07700 900123`): the first group must be that region's area code,
//!     i.e. end where libphonenumber's national format for the number ends its first group;
//!   - written without (`993 926 553`, `55 1234 5678`): the grouping must be exactly the
//!     region's national format, and, when only spaces separate the groups, in three groups or
//!     more (`404 75233` is a status and a size, not a Norwegian mobile);
//!   - [`candidate_at`] adds the line around it: groups joined only by spaces that follow or are
//!     followed by another number and a space are fields of a record (`200 404 75233 312`).
//!
//!   With [`Hint::PhoneKey`] (the value of `phone=`, `tel:`, `mobile` …) the writing does not
//!   matter: a bare run valid in one of the regions is a phone, and so is an MSISDN written
//!   without its `+` (`4915123456789`).
//!
//! # Metadata and speed
//!
//! The `phonenumber` crate carries libphonenumber's metadata, but validates through a regex
//! cache of 100 entries behind one global mutex: trying thirty regions thrashes it, and threads
//! masking in parallel queue on it. So this module reads the metadata (patterns, possible
//! lengths, national-prefix rules, formats) from the crate and compiles each region it needs
//! once, lazily, into anchored `regex-automata` regexes, validating as libphonenumber does
//! (`isValidNumberForRegion`: the whole national number matches the general pattern and one
//! number type's pattern and lengths; the crate itself only checks a prefix match). The first
//! call pays the crate's database load and the compilation of the national regions (see
//! [`warm`]); later calls do no allocation beyond a few bytes and take no lock.

use std::sync::OnceLock;

use phonenumber::metadata::{Descriptor, Metadata, DATABASE};
use regex_automata::meta::Regex;
use regex_automata::util::syntax;
use regex_automata::{Anchored, Input, MatchKind, PatternID, PatternSet};

use crate::validate;

/// Regions a national-form number is tried against, in this order. A number written in the
/// national format of several of them is reported for the first.
pub(crate) const NATIONAL_REGIONS: [&str; 29] = [
    "DE", "FR", "GB", "ES", "IT", "NL", "BE", "AT", "CH", "PL", "PT", "BR", "MX", "AR", "IN", "JP",
    "KR", "CN", "AU", "TR", "SE", "NO", "DK", "FI", "IE", "ZA", "NG", "US", "CA",
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
    check(candidate, hint).map(|p| p.region)
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
            Some(&b) if is_word(b) => true,
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
    // Try the longest run first; a shorter one only by leaving out groups set off by spaces
    // after a head that is clearly a phone number of its own (`+49 221 2982859 200`).
    let mut k = ng;
    let mut tries = 0;
    loop {
        let end = ends[k - 1];
        if ends_cleanly(line, end) {
            let cand = &line[s..end];
            if let Some(phone) = check(cand, hint) {
                if hint == Hint::PhoneKey || phone.form == Form::International {
                    return Some((end, phone));
                }
                if !in_field_list(line, s, end, cand) {
                    return Some((end, phone));
                }
            }
        }
        tries += 1;
        if k <= 1 || !spaced[k - 1] || tries > 3 {
            return None;
        }
        k -= 1;
        let head = &line[s..ends[k - 1]];
        if !strong_head(head) {
            return None;
        }
    }
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
        return true;
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
        Some(&b) if is_word(b) => false,
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
    loop {
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
                    p += 3;
                }
                (Some(b' '), _, _) => {
                    sh.seps |= SPACE;
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
    if sh.seps & DOT != 0 && (sh.seps & SPACE != 0 || sh.paren.is_some()) {
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

fn check(candidate: &[u8], hint: Hint) -> Option<Phone> {
    let sh = parse(candidate)?;
    match sh.prefix {
        Prefix::Plus => international(sh.digits()),
        Prefix::Idd => {
            if hint == Hint::None && (sh.ng < 2 || sh.seps & DOT != 0) {
                return None;
            }
            international(sh.digits())
        }
        Prefix::None => national(&sh, hint),
    }
}

/// Written shapes that are something else than a national phone number, whatever the digits.
fn national_shape_ok(sh: &Shape) -> bool {
    let g = sh.groups();
    let d = sh.digits();
    if g.len() < 2 || !NATIONAL_DIGITS.contains(&d.len()) || g.iter().any(|&n| n < 2) {
        return false;
    }
    let first = &d[..usize::from(g[0])];
    if first.iter().all(|&b| b == b'0') {
        return false;
    }
    let punct = sh.seps & (DASH | DOT | SLASH);
    // Dates: 2026-12-06, 06.12.2026, 12/06/26.
    if punct != 0 && matches!(g, [4, 2, 2] | [2, 2, 4] | [2, 2, 2]) {
        return false;
    }
    if sh.seps & DOT != 0 {
        // Two dotted groups are a decimal; four of at most three digits an IPv4 address.
        if g.len() < 3 {
            return false;
        }
        if g.len() == 4 && validate::ipv4(dotted(sh).as_slice()).is_some() {
            return false;
        }
    }
    // `/` is an area code's (`0221/2982859`), not a ratio's or a path's.
    if sh.seps & SLASH != 0 && (first[0] != b'0' || g.len() > 3) {
        return false;
    }
    // ZIP+4 and US SSN.
    if sh.seps == DASH && matches!(g, [5, 4] | [3, 2, 4]) {
        return false;
    }
    !(d.len() >= 13 && validate::luhn(d))
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

fn national(sh: &Shape, hint: Hint) -> Option<Phone> {
    let d = sh.digits();
    match hint {
        Hint::None => {
            if !national_shape_ok(sh) {
                return None;
            }
        }
        Hint::PhoneKey => {
            if !(KEYED_MIN_DIGITS..=MAX_DIGITS).contains(&d.len())
                || (d.len() >= 13 && validate::luhn(d))
            {
                return None;
            }
        }
    }
    let t = table();
    for &i in &t.national {
        let Some(c) = t.compiled(i) else { continue };
        let mut buf = [0u8; MAX_DIGITS + 4];
        let Some((nsn, consumed)) = c.strip_national_prefix(d, &mut buf) else {
            continue;
        };
        if !c.is_valid(nsn) {
            continue;
        }
        if hint == Hint::PhoneKey || c.fits(nsn, sh, consumed) {
            return Some(Phone {
                region: c.region,
                form: Form::National,
            });
        }
    }
    // An MSISDN (`4915123456789`): international, without its `+`.
    if hint == Hint::PhoneKey && sh.ng == 1 && d.first() != Some(&b'0') && d.len() >= 8 {
        return international(d);
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
    id: String,
    code: u16,
    compiled: OnceLock<Option<Compiled>>,
}

static TABLE: OnceLock<Table> = OnceLock::new();

fn table() -> &'static Table {
    TABLE.get_or_init(|| {
        let mut regions = Vec::new();
        let mut by_code = vec![Vec::new(); 1000];
        let mut codes: Vec<u16> = DATABASE.iter().map(Metadata::country_code).collect();
        codes.sort_unstable();
        codes.dedup();
        for code in codes {
            let Some(slot) = by_code.get_mut(usize::from(code)) else {
                continue;
            };
            // `region` lists the main region of a shared code first, as libphonenumber does.
            for id in DATABASE.region(&code).unwrap_or_default() {
                slot.push(regions.len());
                regions.push(LazyRegion {
                    id: id.to_owned(),
                    code,
                    compiled: OnceLock::new(),
                });
            }
        }
        let national = NATIONAL_REGIONS
            .iter()
            .filter_map(|id| regions.iter().position(|r| r.id == *id))
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
                let metas = DATABASE.by_code(&r.code)?;
                let meta = metas.into_iter().find(|m| m.id() == r.id)?;
                Compiled::new(meta)
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
}

#[derive(Debug, Clone, Copy)]
enum Part {
    Digits(u8),
    Group(u8),
}

/// A national format whose pattern is groups of `\d{m,n}` (all of them are, today).
struct Format {
    ranges: Vec<(u8, u8)>,
    /// Digit runs of the formatted number: each a list of pattern groups and literal digits.
    runs: Vec<Vec<Part>>,
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
    fn new(meta: &Metadata) -> Option<Compiled> {
        let d = meta.descriptors();
        let types: Vec<&Descriptor> = [
            d.premium_rate(),
            d.toll_free(),
            d.shared_cost(),
            d.voip(),
            d.personal_number(),
            d.pager(),
            d.uan(),
            d.voicemail(),
            d.fixed_line(),
            d.mobile(),
        ]
        .into_iter()
        .flatten()
        .collect();
        if types.is_empty() {
            return None;
        }
        // The crate leaves the general lengths empty; libphonenumber's build makes them the
        // union of the types'.
        let lengths = types
            .iter()
            .fold(0, |m, t| m | length_mask(t.possible_length()));
        let local_lengths = types
            .iter()
            .fold(0, |m, t| m | length_mask(t.possible_local_length()))
            & !lengths;
        let type_lengths = types
            .iter()
            .map(|t| match length_mask(t.possible_length()) {
                0 => u32::MAX,
                m => m,
            })
            .collect();
        let type_patterns: Vec<String> = types
            .iter()
            .map(|t| whole(t.national_number().as_str()))
            .collect();
        let prefix_source = meta
            .national_prefix_for_parsing()
            .map(|r| r.as_str().to_owned())
            .or_else(|| meta.national_prefix().map(regex_escape));
        let prefix_re = match prefix_source {
            Some(p) if !p.is_empty() => Some(build(&[prefix(&p)], MatchKind::LeftmostFirst)?),
            _ => None,
        };
        let formats: Vec<Option<Format>> = meta
            .formats()
            .iter()
            .map(|f| {
                Some(Format {
                    ranges: parse_ranges(f.pattern().as_str())?,
                    runs: parse_runs(f.format())?,
                })
            })
            .collect();
        let leading_patterns: Vec<String> = meta
            .formats()
            .iter()
            .map(|f| prefix(f.leading_digits().last().map_or("", |l| l.as_str())))
            .collect();
        let format_leading = if leading_patterns.is_empty() {
            None
        } else {
            Some(build(&leading_patterns, MatchKind::All)?)
        };
        Some(Compiled {
            region: Region::from_id(meta.id()),
            prefix: prefix_re,
            transform: meta
                .national_prefix_transform_rule()
                .filter(|t| !t.is_empty())
                .map(parse_transform),
            general: build(
                &[whole(d.general().national_number().as_str())],
                MatchKind::LeftmostFirst,
            )?,
            lengths,
            local_lengths,
            types: build(&type_patterns, MatchKind::All)?,
            type_lengths,
            leading: match meta.leading_digits() {
                Some(l) => Some(build(&[prefix(l.as_str())], MatchKind::LeftmostFirst)?),
                None => None,
            },
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

    /// The digit-group lengths of `nsn` in the region's national format, or `None` when no
    /// format applies.
    fn canonical_groups(&self, nsn: &[u8], out: &mut [u8; MAX_GROUPS]) -> Option<usize> {
        let lead = self.format_leading.as_ref()?;
        let mut set = PatternSet::new(lead.pattern_len());
        lead.which_overlapping_matches(&Input::new(nsn).anchored(Anchored::Yes), &mut set);
        let mut sizes = [0u8; MAX_GROUPS];
        for (i, f) in self.formats.iter().enumerate() {
            if !PatternID::new(i).is_ok_and(|pid| set.contains(pid)) {
                continue;
            }
            // libphonenumber picks the first format whose leading digits and pattern match; one
            // we could not read ends the search rather than letting a later one answer.
            let f = f.as_ref()?;
            if !greedy_sizes(&f.ranges, nsn.len(), &mut sizes) {
                continue;
            }
            let mut n = 0;
            for run in &f.runs {
                let len: usize = run
                    .iter()
                    .map(|p| match *p {
                        Part::Digits(_) => 1,
                        Part::Group(g) => {
                            usize::from(*sizes.get(usize::from(g).wrapping_sub(1)).unwrap_or(&0))
                        }
                    })
                    .sum();
                if len == 0 {
                    continue;
                }
                *out.get_mut(n)? = u8::try_from(len).ok()?;
                n += 1;
            }
            return Some(n);
        }
        None
    }

    /// Whether the candidate is written in this region's national format (see the module
    /// documentation). `consumed`: digits stripped as national prefix.
    fn fits(&self, nsn: &[u8], sh: &Shape, consumed: usize) -> bool {
        // A carrier-code transform (Argentina's `0 11 15 …`) rewrites the number: its writing
        // cannot be compared, and the prefix alone marks it.
        if consumed == usize::MAX {
            return true;
        }
        let mut canon = [0u8; MAX_GROUPS];
        let Some(nc) = self.canonical_groups(nsn, &mut canon) else {
            return false;
        };
        let canon = &canon[..nc];
        // The written groups, less the stripped prefix.
        let mut written = [0u8; MAX_GROUPS];
        let mut nw = 0;
        let mut skip = consumed;
        for &g in sh.groups() {
            let g = usize::from(g);
            if skip >= g {
                skip -= g;
                continue;
            }
            written[nw] = (g - skip) as u8;
            skip = 0;
            nw += 1;
        }
        let written = &written[..nw];
        if written.len() < 2 {
            return false;
        }
        let trunk = consumed > 0
            && sh
                .groups()
                .first()
                .is_some_and(|&g| usize::from(g) > consumed);
        if trunk || sh.paren == Some(0) {
            return written.first() == canon.first();
        }
        written == canon && (sh.seps != SPACE || written.len() >= 3)
    }
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
    /// [`super::validate`]; `phone_key` for [`super::Hint::PhoneKey`]. The region as text.
    pub fn validate(candidate: &[u8], phone_key: bool) -> Option<[u8; 2]> {
        let hint = if phone_key {
            super::Hint::PhoneKey
        } else {
            super::Hint::None
        };
        super::validate(candidate, hint).map(|r| r.0)
    }

    /// [`super::candidate_at`]: the end of the phone number starting at `s`.
    pub fn candidate_at(line: &[u8], s: usize) -> Option<usize> {
        super::candidate_at(line, s, super::Hint::None).map(|(e, _)| e)
    }

    /// [`super::warm`].
    pub fn warm() {
        super::warm()
    }
}
