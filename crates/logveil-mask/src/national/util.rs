//! Digit arrays, dates and the check-digit systems several schemes share.

/// The values of exactly `N` ASCII digits.
pub(super) fn digits<const N: usize>(b: &[u8]) -> Option<[u32; N]> {
    let b: &[u8; N] = b.try_into().ok()?;
    let mut out = [0u32; N];
    for (o, &c) in out.iter_mut().zip(b) {
        if !c.is_ascii_digit() {
            return None;
        }
        *o = u32::from(c - b'0');
    }
    Some(out)
}

/// The ASCII digits of `b` with separators (`-`, `+`, `A`…) skipped, as values; `None` if there
/// are not exactly `N`.
pub(super) fn digits_skipping<const N: usize>(b: &[u8]) -> Option<[u32; N]> {
    let mut out = [0u32; N];
    let mut n = 0;
    for &c in b.iter().filter(|c| c.is_ascii_digit()) {
        *out.get_mut(n)? = u32::from(c - b'0');
        n += 1;
    }
    (n == N).then_some(out)
}

/// The number the digits spell (at most 19 of them).
pub(super) fn number(d: &[u32]) -> u64 {
    d.iter().fold(0u64, |acc, &x| acc * 10 + u64::from(x))
}

/// Two digits as a number.
pub(super) fn pair(a: u32, b: u32) -> u32 {
    a * 10 + b
}

pub(super) fn weighted(d: &[u32], w: &[u32]) -> u32 {
    d.iter().zip(w).map(|(a, b)| a * b).sum()
}

pub(super) fn all_same(d: &[u32]) -> bool {
    d.windows(2).all(|w| w.first() == w.get(1))
}

fn is_leap(year: u32) -> bool {
    year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400))
}

fn month_days(month: u32, leap: bool) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => 0,
    }
}

/// A real calendar date.
pub(super) fn valid_date(year: u32, month: u32, day: u32) -> bool {
    day >= 1 && day <= month_days(month, is_leap(year))
}

/// A real date when only the last two digits of the year are known: 29 February passes in
/// years ending 00 (2000 was leap, 1900 was not).
pub(super) fn valid_yy_date(yy: u32, month: u32, day: u32) -> bool {
    day >= 1 && day <= month_days(month, yy.is_multiple_of(4))
}

/// Luhn over digit values.
pub(super) fn luhn(d: &[u32]) -> bool {
    let sum: u32 = d
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &x)| {
            if i % 2 == 1 {
                let y = x * 2;
                if y > 9 {
                    y - 9
                } else {
                    y
                }
            } else {
                x
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

/// ISO 7064 MOD 11,10: the check digit of `d`.
pub(super) fn iso7064_mod11_10(d: &[u32]) -> u32 {
    let mut product = 10;
    for &x in d {
        let mut sum = (x + product) % 10;
        if sum == 0 {
            sum = 10;
        }
        product = (sum * 2) % 11;
    }
    (11 - product) % 10
}

const VERHOEFF_D: [[u8; 10]; 10] = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
    [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
    [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];

const VERHOEFF_P: [[u8; 10]; 8] = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
    [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
    [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];

/// Verhoeff (dihedral group D5) checksum over the digits, check digit included.
pub(super) fn verhoeff(d: &[u32]) -> bool {
    let mut c = 0usize;
    for (i, &x) in d.iter().rev().enumerate() {
        let Some(&p) = VERHOEFF_P.get(i % 8).and_then(|row| row.get(x as usize)) else {
            return false;
        };
        let Some(&next) = VERHOEFF_D.get(c).and_then(|row| row.get(usize::from(p))) else {
            return false;
        };
        c = usize::from(next);
    }
    c == 0
}
