//! UK, German, French, Italian, Spanish, Dutch, Belgian and Polish ids.
//!
//! Each validator takes the characters its patterns collected (separators dropped, letters
//! upper-case) and returns `None` for an invalid number, else the most evidence its structure
//! allows; the module doc lists the rules and their official definitions.

use super::util::{all_same, digits, iso7064_mod11_10, number, pair, valid_date, valid_yy_date};
use super::Strength::{self, NeedsContext, Strong};
use crate::validate;

pub(super) fn uk_nino(c: &[u8]) -> Option<Strength> {
    let (&a, rest) = c.split_first()?;
    let (&b, rest) = rest.split_first()?;
    if !validate::nino_prefix_ok(a, b) {
        return None;
    }
    match rest {
        [d @ .., suffix] if d.len() == 6 => {
            (d.iter().all(u8::is_ascii_digit) && matches!(suffix, b'A'..=b'D')).then_some(Strong)
        }
        // The suffix is sometimes left off; without it the shape is a common reference code.
        d if d.len() == 6 => d.iter().all(u8::is_ascii_digit).then_some(NeedsContext),
        _ => None,
    }
}

pub(super) fn de_steuer_id(c: &[u8]) -> Option<Strength> {
    let d: [u32; 11] = digits(c)?;
    let (body, check) = d.split_at(10);
    if body.first() == Some(&0) {
        return None;
    }
    // Exactly one digit repeats, twice or three times; the others appear at most once.
    let mut counts = [0u8; 10];
    for &x in body {
        *counts.get_mut(x as usize)? += 1;
    }
    let repeated = counts.iter().fold(Repeats::default(), |acc, &n| acc.add(n));
    if repeated.twice + repeated.thrice != 1 || repeated.more > 0 {
        return None;
    }
    (check.first() == Some(&iso7064_mod11_10(body))).then_some(Strong)
}

/// How many digits occur twice, three times, or more.
#[derive(Default, Clone, Copy)]
struct Repeats {
    twice: u8,
    thrice: u8,
    more: u8,
}

impl Repeats {
    fn add(self, n: u8) -> Self {
        match n {
            2 => Repeats {
                twice: self.twice + 1,
                ..self
            },
            3 => Repeats {
                thrice: self.thrice + 1,
                ..self
            },
            0 | 1 => self,
            _ => Repeats {
                more: self.more + 1,
                ..self
            },
        }
    }
}

/// ICAO 9303 character value: digits as themselves, `A` = 10 … `Z` = 35.
fn icao_value(b: u8) -> Option<u32> {
    match b {
        b'0'..=b'9' => Some(u32::from(b - b'0')),
        b'A'..=b'Z' => Some(u32::from(b - b'A') + 10),
        _ => None,
    }
}

/// ICAO 9303 check digit: weights 7, 3, 1 repeating, sum mod 10.
pub(super) fn icao_check(s: &[u8]) -> Option<u32> {
    let mut sum = 0;
    for (&b, w) in s.iter().zip([7, 3, 1].iter().cycle()) {
        sum += icao_value(b)? * w;
    }
    Some(sum % 10)
}

pub(super) fn de_ausweis(c: &[u8]) -> Option<Strength> {
    let (&check, serial) = c.split_last()?;
    // Letters that cannot be mistaken for digits (no A B D E I O Q S U).
    let allowed = |b: &u8| b.is_ascii_digit() || b"CFGHJKLMNPRTVWXYZ".contains(b);
    if serial.len() != 9 || !serial.iter().all(allowed) || !check.is_ascii_digit() {
        return None;
    }
    (icao_check(serial)? == u32::from(check - b'0')).then_some(NeedsContext)
}

pub(super) fn fr_nir(c: &[u8]) -> Option<Strength> {
    let c: &[u8; 15] = c.try_into().ok()?;
    let (body, key) = c.split_at(13);
    // Corsica's departments 2A and 2B count as 19 and 18 in the key.
    let mut v = [0u32; 13];
    for (i, (o, &b)) in v.iter_mut().zip(body).enumerate() {
        *o = match (i, b) {
            (_, b'0'..=b'9') => u32::from(b - b'0'),
            (6, b'A') if body.get(5) == Some(&b'2') => 9,
            (6, b'B') if body.get(5) == Some(&b'2') => 8,
            _ => return None,
        };
    }
    let corsica = !body.get(6).is_some_and(u8::is_ascii_digit);
    if corsica {
        v[5] = 1;
    }
    let key: [u32; 2] = digits(key)?;
    let key = pair(key[0], key[1]);
    if u64::from(key) != 97 - number(&v) % 97 {
        return None;
    }
    let sex = match v[0] {
        1 | 2 => Strong,
        // Temporary numbers (NIA) of people born abroad.
        3 | 4 | 7 | 8 => NeedsContext,
        _ => return None,
    };
    let month = match pair(v[3], v[4]) {
        1..=12 | 20 => Strong,
        // Pseudo-months of births registered without a known month.
        21..=42 | 50..=99 => NeedsContext,
        _ => return None,
    };
    let dept = pair(v[5], v[6]);
    let order = number(&v[10..13]);
    if (dept == 0 && !corsica) || order == 0 {
        return None;
    }
    Some(sex.min(month))
}

const CF_MONTHS: &[u8; 12] = b"ABCDEHLMPRST";
/// Letters standing for digits 0–9 in a code changed to tell two people apart (omocodia).
const CF_OMOCODIA: &[u8; 10] = b"LMNPQRSTUV";
/// Values of characters at odd positions (1st, 3rd, …): index 0–9 for digits, A–Z for letters.
const CF_ODD: [u32; 26] = [
    1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23,
];

fn cf_digit(b: u8) -> Option<u32> {
    if b.is_ascii_digit() {
        return Some(u32::from(b - b'0'));
    }
    let i = CF_OMOCODIA.iter().position(|&l| l == b)?;
    u32::try_from(i).ok()
}

pub(super) fn it_codice_fiscale(c: &[u8]) -> Option<Strength> {
    let c: &[u8; 16] = c.try_into().ok()?;
    for i in [0, 1, 2, 3, 4, 5, 8, 11, 15] {
        if !c[i].is_ascii_uppercase() {
            return None;
        }
    }
    let yy = pair(cf_digit(c[6])?, cf_digit(c[7])?);
    let month = CF_MONTHS.iter().position(|&m| m == c[8])?;
    let month = u32::try_from(month).ok()? + 1;
    let day = pair(cf_digit(c[9])?, cf_digit(c[10])?);
    // Women's days are written + 40.
    let day = if day > 40 { day - 40 } else { day };
    if !valid_yy_date(yy, month, day) {
        return None;
    }
    for i in [12, 13, 14] {
        cf_digit(c[i])?;
    }
    let mut sum = 0;
    for (i, &b) in c.iter().take(15).enumerate() {
        let v = if b.is_ascii_digit() {
            u32::from(b - b'0')
        } else {
            u32::from(b - b'A')
        };
        sum += if i % 2 == 0 {
            *CF_ODD.get(v as usize)?
        } else {
            v
        };
    }
    let expected = b'A' + u8::try_from(sum % 26).ok()?;
    (c[15] == expected).then_some(Strong)
}

const DNI_LETTERS: &[u8; 23] = b"TRWAGMYFPDXBNJZSQVHLCKE";

fn dni_letter(n: u64) -> Option<u8> {
    DNI_LETTERS.get(usize::try_from(n % 23).ok()?).copied()
}

pub(super) fn es_dni(c: &[u8]) -> Option<Strength> {
    let (&letter, body) = c.split_last()?;
    let d: [u32; 8] = digits(body)?;
    (dni_letter(number(&d))? == letter).then_some(Strong)
}

pub(super) fn es_nie(c: &[u8]) -> Option<Strength> {
    let (&first, rest) = c.split_first()?;
    let (&letter, body) = rest.split_last()?;
    let prefix = match first {
        b'X' => 0,
        b'Y' => 1,
        b'Z' => 2,
        _ => return None,
    };
    let d: [u32; 7] = digits(body)?;
    (dni_letter(prefix * 10_000_000 + number(&d))? == letter).then_some(Strong)
}

pub(super) fn es_cif(c: &[u8]) -> Option<Strength> {
    let (&kind, rest) = c.split_first()?;
    let (&control, body) = rest.split_last()?;
    let d: [u32; 7] = digits(body)?;
    if !b"ABCDEFGHJNPQRSUVW".contains(&kind) {
        return None;
    }
    let mut sum = 0;
    for (i, &x) in d.iter().enumerate() {
        sum += if i % 2 == 0 {
            let y = x * 2;
            y / 10 + y % 10
        } else {
            x
        };
    }
    let digit = (10 - sum % 10) % 10;
    let letter = *b"JABCDEFGHI".get(digit as usize)?;
    let ok = match kind {
        // Public bodies and non-residents write a letter, companies (A, B, E, H) a digit.
        b'P' | b'Q' | b'R' | b'S' | b'N' | b'W' => control == letter,
        b'A' | b'B' | b'E' | b'H' => u32::from(control.wrapping_sub(b'0')) == digit,
        _ => control == letter || u32::from(control.wrapping_sub(b'0')) == digit,
    };
    ok.then_some(NeedsContext)
}

pub(super) fn nl_bsn(c: &[u8]) -> Option<Strength> {
    let d: [u32; 9] = digits(c)?;
    if all_same(&d) {
        return None;
    }
    let sum: i64 = d
        .iter()
        .zip([9, 8, 7, 6, 5, 4, 3, 2, -1])
        .map(|(&x, w)| i64::from(x) * w)
        .sum();
    (sum % 11 == 0).then_some(Strong)
}

pub(super) fn be_national_number(c: &[u8]) -> Option<Strength> {
    let d: [u32; 11] = digits(c)?;
    let base = number(&d[..9]);
    let key = u64::from(pair(d[9], d[10]));
    // Births from 2000 on compute the key as if a 2 preceded the nine digits.
    let century = if key == 97 - base % 97 {
        1900
    } else if key == 97 - (2_000_000_000 + base) % 97 {
        2000
    } else {
        return None;
    };
    let serial = number(&d[6..9]);
    if serial == 0 || serial == 999 {
        return None;
    }
    let yy = pair(d[0], d[1]);
    let (month, bis) = match pair(d[2], d[3]) {
        m @ 0..=12 => (m, false),
        m @ 20..=32 => (m - 20, true),
        m @ 40..=52 => (m - 40, true),
        _ => return None,
    };
    let day = pair(d[4], d[5]);
    if month == 0 || day == 0 {
        // Unknown birth month or day (refugees): valid, but nothing left to cross-check.
        return (day <= 31).then_some(NeedsContext);
    }
    if !valid_date(century + yy, month, day) {
        return None;
    }
    Some(if bis { NeedsContext } else { Strong })
}

pub(super) fn pl_pesel(c: &[u8]) -> Option<Strength> {
    let d: [u32; 11] = digits(c)?;
    let sum: u32 = d
        .iter()
        .zip([1, 3, 7, 9, 1, 3, 7, 9, 1, 3])
        .map(|(&x, w)| x * w)
        .sum();
    if (10 - sum % 10) % 10 != d[10] {
        return None;
    }
    let yy = pair(d[0], d[1]);
    let (century, month) = match pair(d[2], d[3]) {
        m @ 81..=92 => (1800, m - 80),
        m @ 1..=12 => (1900, m),
        m @ 21..=32 => (2000, m - 20),
        m @ 41..=52 => (2100, m - 40),
        m @ 61..=72 => (2200, m - 60),
        _ => return None,
    };
    valid_date(century + yy, month, pair(d[4], d[5])).then_some(Strong)
}
