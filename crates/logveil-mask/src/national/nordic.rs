//! Swedish, Danish, Finnish and Norwegian personal identity numbers: a birth date, an
//! individual number, and (except in Denmark since 2007) check digits.

use super::util::{digits, digits_skipping, luhn, number, pair, valid_date, valid_yy_date};
use super::Strength::{self, NeedsContext, Strong};

/// `YYMMDD-NNNC`, `YYMMDD+NNNC` (aged 100 or more), `YYMMDDNNNC` and the twelve-digit forms
/// with the century (`YYYYMMDD-NNNC`).
pub(super) fn se_personnummer(c: &[u8]) -> Option<Strength> {
    let (century, rest): (Option<u32>, &[u8]) = match c.len() {
        10 | 11 => (None, c),
        12 | 13 => {
            let (cc, rest) = c.split_at(2);
            let cc: [u32; 2] = digits(cc)?;
            match pair(cc[0], cc[1]) {
                n @ 18..=20 => (Some(n * 100), rest),
                _ => return None,
            }
        }
        _ => return None,
    };
    if rest.len() == 11 && !matches!(rest.get(6), Some(b'-' | b'+')) {
        return None;
    }
    let d: [u32; 10] = digits_skipping(rest)?;
    let yy = pair(d[0], d[1]);
    let month = pair(d[2], d[3]);
    // Co-ordination numbers (samordningsnummer) add 60 to the day.
    let day = match pair(d[4], d[5]) {
        n @ 61..=91 => n - 60,
        n => n,
    };
    let date_ok = match century {
        Some(cc) => valid_date(cc + yy, month, day),
        None => valid_yy_date(yy, month, day),
    };
    if !date_ok || number(&d[6..9]) == 0 || !luhn(&d) {
        return None;
    }
    Some(Strong)
}

/// `DDMMYY-SSSS`: the check digit was given up in 2007, so only the date is left to check.
pub(super) fn dk_cpr(c: &[u8]) -> Option<Strength> {
    if c.len() == 11 && c.get(6) != Some(&b'-') {
        return None;
    }
    let d: [u32; 10] = digits_skipping(c)?;
    let day = pair(d[0], d[1]);
    let month = pair(d[2], d[3]);
    let yy = pair(d[4], d[5]);
    // The century follows from the year and the first digit of the serial number.
    let century = match (d[6], yy) {
        (0..=3, _) => 1900,
        (4 | 9, 0..=36) => 2000,
        (4 | 9, _) => 1900,
        (_, 0..=57) => 2000,
        _ => 1800,
    };
    valid_date(century + yy, month, day).then_some(NeedsContext)
}

const FI_CHECK: &[u8; 31] = b"0123456789ABCDEFHJKLMNPRSTUVWXY";

/// `DDMMYYCZZZQ`: C is the century sign, ZZZ the individual number, Q the check character.
pub(super) fn fi_hetu(c: &[u8]) -> Option<Strength> {
    let c: &[u8; 11] = c.try_into().ok()?;
    let (date, rest) = c.split_at(6);
    let (&sign, rest) = rest.split_first()?;
    let (individual, check) = rest.split_at(3);
    let date: [u32; 6] = digits(date)?;
    let individual: [u32; 3] = digits(individual)?;
    let century = match sign {
        b'+' => 1800,
        // Since 2023 letters Y X W V U (1900s) and B–F (2000s) join `-` and `A`.
        b'-' | b'Y' | b'X' | b'W' | b'V' | b'U' => 1900,
        b'A'..=b'F' => 2000,
        _ => return None,
    };
    let (day, month) = (pair(date[0], date[1]), pair(date[2], date[3]));
    if !valid_date(century + pair(date[4], date[5]), month, day) {
        return None;
    }
    let z = number(&individual);
    // 000 and 001 are never given; 900–999 are temporary numbers, still a person's.
    if z < 2 {
        return None;
    }
    let n = number(&date) * 1000 + z;
    let expected = FI_CHECK.get(usize::try_from(n % 31).ok()?)?;
    (check.first() == Some(expected)).then_some(Strong)
}

/// `DDMMYYIIIKK`: two mod-11 check digits over date and individual number.
pub(super) fn no_fodselsnummer(c: &[u8]) -> Option<Strength> {
    let d: [u32; 11] = digits(c)?;
    let k1 = mod11_check(&d[..9], &[3, 7, 6, 1, 8, 9, 4, 5, 2])?;
    let k2 = mod11_check(&d[..10], &[5, 4, 3, 2, 7, 6, 5, 4, 3, 2])?;
    if k1 != d[9] || k2 != d[10] {
        return None;
    }
    let day = match pair(d[0], d[1]) {
        // D-numbers (foreigners) add 40 to the day.
        n @ 41..=71 => n - 40,
        n => n,
    };
    let month = match pair(d[2], d[3]) {
        // H-numbers (health services) add 40 to the month, synthetic test numbers 80.
        n @ 41..=52 => n - 40,
        n @ 81..=92 => n - 80,
        n => n,
    };
    let yy = pair(d[4], d[5]);
    let individual = number(&d[6..9]);
    let century = match (individual, yy) {
        (0..=499, _) => 1900,
        (500..=749, 54..=99) => 1800,
        (500..=999, 0..=39) => 2000,
        (900..=999, 40..=99) => 1900,
        _ => return None,
    };
    valid_date(century + yy, month, day).then_some(Strong)
}

/// 11 − (weighted sum mod 11), 11 counting as 0; `None` for 10, which is never issued.
fn mod11_check(d: &[u32], w: &[u32]) -> Option<u32> {
    let sum: u32 = d.iter().zip(w).map(|(a, b)| a * b).sum();
    match 11 - sum % 11 {
        11 => Some(0),
        10 => None,
        k => Some(k),
    }
}
