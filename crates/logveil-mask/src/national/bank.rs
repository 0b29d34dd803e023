//! Domestic bank codes and account numbers, and the shape-less schemes a key or context word
//! alone identifies (account, passport and driver's licence numbers).

use super::schemes::Scheme;
use super::util::{digits, digits_skipping, weighted};
use super::{end_ok, start_ok, IdMatch, Strength};

/// A sort code (`12-34-56`), alone or with its 8-digit account. The check that banks run
/// (Pay.UK's modulus tables, per sort-code range) needs data this crate does not carry.
pub(super) fn uk_sort_code(c: &[u8]) -> Option<Strength> {
    match c.len() {
        6 => digits::<6>(c).map(|_| Strength::Strong),
        14 => digits::<14>(c).map(|_| Strength::Strong),
        _ => None,
    }
}

/// ABA routing transit number: a Federal Reserve prefix and the 3-7-1 check.
pub(super) fn us_routing(c: &[u8]) -> Option<Strength> {
    let d: [u32; 9] = digits(c)?;
    let prefix = d[0] * 10 + d[1];
    if !matches!(prefix, 0..=12 | 21..=32 | 61..=72 | 80) || d.iter().all(|&x| x == 0) {
        return None;
    }
    weighted(&d, &[3, 7, 1, 3, 7, 1, 3, 7, 1])
        .is_multiple_of(10)
        .then_some(Strength::Strong)
}

/// Bankleitzahl: 8 digits, the first one the clearing area 1–8.
pub(super) fn de_blz(c: &[u8]) -> Option<Strength> {
    let d: [u32; 8] = digits_skipping(c)?;
    (1..=8).contains(&d[0]).then_some(Strength::Strong)
}

/// The schemes of `mask` that have no shape: a number under their key or after their word.
pub(super) fn generic(line: &[u8], s: usize, mask: u64) -> Option<IdMatch> {
    let first = *line.get(s)?;
    if !first.is_ascii_alphanumeric() || !start_ok(line, s) {
        return None;
    }
    let found = |scheme: Scheme, end: usize| IdMatch {
        start: s,
        end,
        scheme: scheme.name(),
        bank: scheme.is_bank(),
        strength: Strength::NeedsContext,
    };
    let on = |scheme: Scheme| mask & scheme.bit() != 0;
    if first.is_ascii_digit() {
        if on(Scheme::DeKonto) {
            let run = digit_run(line, s);
            // Not the first group of a longer spaced number (`1234 5678 9012`).
            if (3..=10).contains(&run) && end_ok(line, s + run, true) {
                return Some(found(Scheme::DeKonto, s + run));
            }
        }
        if on(Scheme::BankAccount) {
            if let Some(end) = digit_groups(line, s, 8, 20) {
                return Some(found(Scheme::BankAccount, end));
            }
        }
    }
    // A number after words that say it is a person's national id, of a country whose
    // scheme has no check here (`رقم الهوية 28312248860523`, `kennitala 120389-2349`).
    if on(Scheme::IdNumber) && first.is_ascii_digit() {
        if let Some(end) = digit_groups(line, s, 6, 20) {
            return Some(found(Scheme::IdNumber, end));
        }
    }
    if on(Scheme::Passport) {
        if let Some(end) = token_with_digit(line, s, 6, 20, false) {
            return Some(found(Scheme::Passport, end));
        }
    }
    if on(Scheme::DriverLicence) {
        if let Some(end) = token_with_digit(line, s, 4, 24, true) {
            return Some(found(Scheme::DriverLicence, end));
        }
    }
    None
}

fn digit_run(line: &[u8], s: usize) -> usize {
    line.get(s..)
        .unwrap_or_default()
        .iter()
        .take(32)
        .take_while(|b| b.is_ascii_digit())
        .count()
}

/// `min..=max` digits, compact or in groups joined by one `-` or one space throughout
/// (`12345678`, `1234 5678 9012`, `123-456789-01`). The end of the match is returned.
fn digit_groups(line: &[u8], s: usize, min: usize, max: usize) -> Option<usize> {
    let mut p = s;
    let mut total = 0;
    let mut sep = None;
    loop {
        let run = digit_run(line, p);
        total += run;
        p += run;
        if run == 0 || total > max {
            return None;
        }
        let (Some(&b), true) = (line.get(p), line.get(p + 1).is_some_and(u8::is_ascii_digit))
        else {
            break;
        };
        if !matches!(b, b' ' | b'-') || sep.is_some_and(|x| x != b) {
            break;
        }
        sep = Some(b);
        p += 1;
    }
    (total >= min && end_ok(line, p, sep == Some(b' '))).then_some(p)
}

/// A run of letters and digits (with single inner `-` when `dashes`) of `min..=max` bytes that
/// holds at least one digit: what passport and licence numbers of any issuer have in common.
fn token_with_digit(line: &[u8], s: usize, min: usize, max: usize, dashes: bool) -> Option<usize> {
    let mut p = s;
    let mut has_digit = false;
    while let Some(&b) = line.get(p) {
        let inner_dash =
            dashes && b == b'-' && line.get(p + 1).is_some_and(u8::is_ascii_alphanumeric);
        if !b.is_ascii_alphanumeric() && !inner_dash {
            break;
        }
        has_digit |= b.is_ascii_digit();
        p += 1;
        if p - s > max {
            return None;
        }
    }
    (p - s >= min && has_digit && end_ok(line, p, false)).then_some(p)
}
