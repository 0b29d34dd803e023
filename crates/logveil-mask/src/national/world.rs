//! Brazilian, Turkish, Indian, Korean, Chinese, Canadian, Australian and US ids.

use super::util::{all_same, digits, luhn, number, pair, valid_date, verhoeff, weighted};
use super::Strength::{self, NeedsContext, Strong};

/// Mod-11 digit as CPF and CNPJ compute it: remainder below 2 gives 0, else 11 − remainder.
fn br_digit(sum: u32) -> u32 {
    match sum % 11 {
        0 | 1 => 0,
        r => 11 - r,
    }
}

pub(super) fn br_cpf(c: &[u8]) -> Option<Strength> {
    let d: [u32; 11] = digits(c)?;
    // 111.111.111-11 and the like pass both checks but were never issued.
    if all_same(&d) {
        return None;
    }
    let d1 = br_digit(weighted(&d[..9], &[10, 9, 8, 7, 6, 5, 4, 3, 2]));
    let d2 = br_digit(weighted(&d[..10], &[11, 10, 9, 8, 7, 6, 5, 4, 3, 2]));
    (d1 == d[9] && d2 == d[10]).then_some(Strong)
}

/// Numeric and (from 2026) alphanumeric CNPJ: the first twelve characters count as their
/// ASCII code − 48, so digits keep their value and `A` = 17 … `Z` = 42.
pub(super) fn br_cnpj(c: &[u8]) -> Option<Strength> {
    let c: &[u8; 14] = c.try_into().ok()?;
    let mut v = [0u32; 14];
    for (o, &b) in v.iter_mut().zip(c.iter()) {
        if !b.is_ascii_digit() && !b.is_ascii_uppercase() {
            return None;
        }
        *o = u32::from(b - b'0');
    }
    if !c[12].is_ascii_digit() || !c[13].is_ascii_digit() || all_same(&v) {
        return None;
    }
    let d1 = br_digit(weighted(&v[..12], &[5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]));
    let d2 = br_digit(weighted(&v[..13], &[6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]));
    (d1 == v[12] && d2 == v[13]).then_some(Strong)
}

pub(super) fn tr_tckn(c: &[u8]) -> Option<Strength> {
    let d: [u32; 11] = digits(c)?;
    if d[0] == 0 {
        return None;
    }
    let odd = i64::from(d[0] + d[2] + d[4] + d[6] + d[8]);
    let even = i64::from(d[1] + d[3] + d[5] + d[7]);
    let d10 = (odd * 7 - even).rem_euclid(10);
    let d11 = d[..10].iter().sum::<u32>() % 10;
    (d10 == i64::from(d[9]) && d11 == d[10]).then_some(Strong)
}

pub(super) fn in_aadhaar(c: &[u8]) -> Option<Strength> {
    let d: [u32; 12] = digits(c)?;
    // UIDAI never issues numbers starting with 0 or 1.
    (d[0] >= 2 && verhoeff(&d)).then_some(Strong)
}

/// Five letters (the fourth is the holder type), four digits, a letter. The last letter is a
/// check character whose algorithm is not published, so the shape is all there is.
pub(super) fn in_pan(c: &[u8]) -> Option<Strength> {
    let c: &[u8; 10] = c.try_into().ok()?;
    let holder = b"ABCFGHJLPT".contains(&c[3]);
    let serial: [u32; 4] = digits(&c[5..9])?;
    (holder && number(&serial) != 0).then_some(NeedsContext)
}

/// `YYMMDD-SNNNNNC`. Numbers issued since 5 October 2020 end in random digits, so a failed
/// check lowers the evidence instead of rejecting; the date and century digit must hold.
pub(super) fn kr_rrn(c: &[u8]) -> Option<Strength> {
    let d: [u32; 13] = digits(c)?;
    let century = match d[6] {
        9 | 0 => 1800,
        1 | 2 | 5 | 6 => 1900,
        _ => 2000,
    };
    if !valid_date(
        century + pair(d[0], d[1]),
        pair(d[2], d[3]),
        pair(d[4], d[5]),
    ) {
        return None;
    }
    let sum = weighted(&d[..12], &[2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]);
    Some(if (11 - sum % 11) % 10 == d[12] {
        Strong
    } else {
        NeedsContext
    })
}

/// Province-level codes of GB/T 2260 (the first two digits of the address code).
const CN_PROVINCES: [u32; 34] = [
    11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52,
    53, 54, 61, 62, 63, 64, 65, 71, 81, 82,
];

pub(super) fn cn_resident_id(c: &[u8]) -> Option<Strength> {
    let (&check, body) = c.split_last()?;
    let d: [u32; 17] = digits(body)?;
    if !CN_PROVINCES.contains(&pair(d[0], d[1])) {
        return None;
    }
    let year = u32::try_from(number(&d[6..10])).ok()?;
    if !(1800..=2099).contains(&year) || !valid_date(year, pair(d[10], d[11]), pair(d[12], d[13])) {
        return None;
    }
    let w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    let expected = *b"10X98765432".get((weighted(&d, &w) % 11) as usize)?;
    (check == expected).then_some(Strong)
}

pub(super) fn ca_sin(c: &[u8]) -> Option<Strength> {
    let d: [u32; 9] = digits(c)?;
    // 0 and 8 are not assigned to any province.
    (d[0] != 0 && d[0] != 8 && luhn(&d)).then_some(Strong)
}

pub(super) fn au_tfn(c: &[u8]) -> Option<Strength> {
    let d: [u32; 9] = digits(c)?;
    let sum = weighted(&d, &[1, 4, 3, 7, 5, 8, 6, 9, 10]);
    (sum != 0 && sum.is_multiple_of(11)).then_some(Strong)
}

pub(super) fn us_itin(c: &[u8]) -> Option<Strength> {
    let d: [u32; 9] = digits(c)?;
    let group = pair(d[3], d[4]);
    let group_ok = matches!(group, 50..=65 | 70..=88 | 90..=92 | 94..=99);
    (d[0] == 9 && group_ok).then_some(Strong)
}

/// Japan's My Number (個人番号): eleven digits and a check digit, weights 2–7 then 2–6 from
/// the right, mod 11 (a remainder of 0 or 1 gives 0).
pub(super) fn jp_my_number(c: &[u8]) -> Option<Strength> {
    let d: [u32; 12] = digits(c)?;
    if all_same(&d) {
        return None;
    }
    let sum: u32 = (1..=11)
        .map(|n: u32| {
            let q = if n <= 6 { n + 1 } else { n - 5 };
            d[11 - n as usize] * q
        })
        .sum();
    let check = match sum % 11 {
        0 | 1 => 0,
        r => 11 - r,
    };
    (check == d[11]).then_some(NeedsContext)
}

/// Vietnam's citizen identity card number (CCCD): a province code (001–096), a digit for
/// the century and sex (0–3 for people born 1900–2099), two of the birth year, six more.
pub(super) fn vn_cccd(c: &[u8]) -> Option<Strength> {
    let d: [u32; 12] = digits(c)?;
    let province = d[0] * 100 + d[1] * 10 + d[2];
    ((1..=96).contains(&province) && d[3] <= 3).then_some(NeedsContext)
}

/// Russia's SNILS (insurance number): nine digits and a two-digit control number, the digits
/// weighted 9 down to 1, the sum mod 101 (100 and 101 give 00). Numbers up to 001-001-998
/// were issued before the control number existed.
pub(super) fn ru_snils(c: &[u8]) -> Option<Strength> {
    let d: [u32; 11] = digits(c)?;
    if all_same(&d[..9]) {
        return None;
    }
    let sum: u32 = (0..9).map(|i| d[i] * (9 - i as u32)).sum();
    let check = match sum {
        0..=99 => sum,
        100 | 101 => 0,
        _ => sum % 101 % 100,
    };
    (check == d[9] * 10 + d[10]).then_some(Strong)
}

/// Russia's INN of a person: ten digits and two check digits, each a weighted sum mod 11
/// mod 10.
pub(super) fn ru_inn(c: &[u8]) -> Option<Strength> {
    let d: [u32; 12] = digits(c)?;
    if all_same(&d) {
        return None;
    }
    let n11 = weighted(&d[..10], &[7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11 % 10;
    let n12 = weighted(&d[..11], &[3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11 % 10;
    (n11 == d[10] && n12 == d[11]).then_some(NeedsContext)
}

/// Romania's CNP: thirteen digits, the last a weighted sum (2 7 9 1 4 6 3 5 8 2 7 9) mod 11,
/// 10 written as 1; the first digit (sex and century) is never 0.
pub(super) fn ro_cnp(c: &[u8]) -> Option<Strength> {
    let d: [u32; 13] = digits(c)?;
    if d[0] == 0 {
        return None;
    }
    let check = match weighted(&d[..12], &[2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]) % 11 {
        10 => 1,
        r => r,
    };
    (check == d[12]).then_some(NeedsContext)
}

/// Hungary's TAJ (social security number): eight digits weighted 3 and 7 in turn, mod 10.
pub(super) fn hu_taj(c: &[u8]) -> Option<Strength> {
    let d: [u32; 9] = digits(c)?;
    if all_same(&d) {
        return None;
    }
    (weighted(&d[..8], &[3, 7, 3, 7, 3, 7, 3, 7]) % 10 == d[8]).then_some(NeedsContext)
}

/// Greece's AMKA: the date of birth (DDMMYY), four digits, and a Luhn check digit.
pub(super) fn gr_amka(c: &[u8]) -> Option<Strength> {
    let d: [u32; 11] = digits(c)?;
    let day = d[0] * 10 + d[1];
    let month = d[2] * 10 + d[3];
    ((1..=31).contains(&day) && (1..=12).contains(&month) && luhn(&d)).then_some(NeedsContext)
}

/// Israel's Teudat Zehut: nine digits weighted 1 and 2 in turn, the digits of each product
/// summed, the total a multiple of 10.
pub(super) fn il_id(c: &[u8]) -> Option<Strength> {
    let d: [u32; 9] = digits(c)?;
    if all_same(&d) {
        return None;
    }
    let sum: u32 = d
        .iter()
        .enumerate()
        .map(|(i, &x)| {
            let p = x * if i % 2 == 0 { 1 } else { 2 };
            p / 10 + p % 10
        })
        .sum();
    sum.is_multiple_of(10).then_some(NeedsContext)
}

/// Ukraine's RNOKPP (taxpayer number): nine digits weighted −1 5 7 9 4 6 10 5 7, the sum mod
/// 11 mod 10.
pub(super) fn ua_rnokpp(c: &[u8]) -> Option<Strength> {
    let d: [u32; 10] = digits(c)?;
    if all_same(&d) {
        return None;
    }
    let sum = i64::from(weighted(&d[1..9], &[5, 7, 9, 4, 6, 10, 5, 7])) - i64::from(d[0]);
    (sum.rem_euclid(11) % 10 == i64::from(d[9])).then_some(NeedsContext)
}

/// Thailand's citizen id: twelve digits weighted 13 down to 2, the check digit
/// (11 − sum mod 11) mod 10.
pub(super) fn th_id(c: &[u8]) -> Option<Strength> {
    let d: [u32; 13] = digits(c)?;
    if d[0] == 0 {
        return None;
    }
    let sum = weighted(&d[..12], &[13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2]);
    ((11 - sum % 11) % 10 == d[12]).then_some(Strong)
}
