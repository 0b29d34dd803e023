//! Checksums and structural validators run on candidates after the scanner found a shape.
//!
//! A checksum alone is never enough to call a number personal data (one random 16-digit number in
//! ten passes Luhn), so each validator checks the structure of the real thing as well: issuer
//! prefixes and lengths for cards, per-country lengths for IBANs, allocation rules for SSNs.

/// Luhn checksum over ASCII digits (non-digits are ignored).
pub(crate) fn luhn(digits: &[u8]) -> bool {
    let mut sum = 0u32;
    let mut double = false;
    for &b in digits.iter().rev() {
        if !b.is_ascii_digit() {
            continue;
        }
        let mut d = u32::from(b - b'0');
        if double {
            d *= 2;
            if d > 9 {
                d -= 9;
            }
        }
        sum += d;
        double = !double;
    }
    sum.is_multiple_of(10)
}

/// Whether `digits` (ASCII digits only) has the prefix and length of a payment card network.
pub(crate) fn card_issuer_ok(digits: &[u8]) -> bool {
    let len = digits.len();
    let prefix = |n: usize| -> u32 {
        digits
            .iter()
            .take(n)
            .fold(0u32, |acc, &b| acc * 10 + u32::from(b - b'0'))
    };
    let p1 = prefix(1);
    let p2 = prefix(2);
    let p3 = prefix(3);
    let p4 = prefix(4);
    let p6 = prefix(6);
    match p1 {
        // Visa
        4 => matches!(len, 13 | 16 | 19),
        // Mastercard 51-55 and 2221-2720; Mir 2200-2204
        5 => (51..=55).contains(&p2) && len == 16,
        2 => ((2221..=2720).contains(&p4) || (2200..=2204).contains(&p4)) && len == 16,
        3 => {
            // Amex 34/37 (15), JCB 3528-3589 (16-19), Diners 300-305/36/38/39 (14-19)
            (p2 == 34 || p2 == 37) && len == 15
                || (3528..=3589).contains(&p4) && (16..=19).contains(&len)
                || ((300..=305).contains(&p3) || p2 == 36 || p2 == 38 || p2 == 39)
                    && (14..=19).contains(&len)
        }
        6 => {
            // Discover 6011, 644-649, 65, 622126-622925; UnionPay 62; Maestro 6304/6759/676x
            (p4 == 6011 || (644..=649).contains(&p3) || p2 == 65 || p2 == 62)
                && (16..=19).contains(&len)
                || (p4 == 6304 || p4 == 6759 || (6761..=6763).contains(&p4))
                    && (12..=19).contains(&len)
                || (622126..=622925).contains(&p6) && (16..=19).contains(&len)
        }
        _ => false,
    }
}

/// IBAN length per country (the ISO 13616 registry, and national IBANs outside it).
fn iban_length(cc: &[u8]) -> Option<usize> {
    let len = match cc {
        b"AD" => 24,
        b"AE" => 23,
        b"AL" => 28,
        b"AT" => 20,
        b"AZ" => 28,
        b"BA" => 20,
        b"BE" => 16,
        b"BG" => 22,
        b"BH" => 22,
        b"BR" => 29,
        b"BY" => 28,
        b"CH" => 21,
        b"CR" => 22,
        b"CY" => 28,
        b"CZ" => 24,
        b"DE" => 22,
        b"DK" => 18,
        b"DO" => 28,
        b"EE" => 20,
        b"EG" => 29,
        b"ES" => 24,
        b"FI" => 18,
        b"FO" => 18,
        b"FR" => 27,
        b"GB" => 22,
        b"GE" => 22,
        b"GI" => 23,
        b"GL" => 18,
        b"GR" => 27,
        b"GT" => 28,
        b"HR" => 21,
        b"HU" => 28,
        b"IE" => 22,
        b"IL" => 23,
        b"IQ" => 23,
        b"IS" => 26,
        b"IT" => 27,
        b"JO" => 30,
        b"KW" => 30,
        b"KZ" => 20,
        b"LB" => 28,
        b"LC" => 32,
        b"LI" => 21,
        b"LT" => 20,
        b"LU" => 20,
        b"LV" => 21,
        b"MC" => 27,
        b"MD" => 24,
        b"ME" => 22,
        b"MK" => 19,
        b"MR" => 27,
        b"MT" => 31,
        b"MU" => 30,
        b"NL" => 18,
        b"NO" => 15,
        b"PK" => 24,
        b"PL" => 28,
        b"PS" => 29,
        b"PT" => 25,
        b"QA" => 29,
        b"RO" => 24,
        b"RS" => 22,
        b"SA" => 24,
        b"SC" => 31,
        b"SE" => 24,
        b"SI" => 19,
        b"SK" => 24,
        b"SM" => 27,
        b"ST" => 25,
        b"SV" => 28,
        b"TL" => 23,
        b"TN" => 24,
        b"TR" => 26,
        b"UA" => 29,
        b"VA" => 22,
        b"VG" => 24,
        b"XK" => 20,
        // Joined the registry since 2020.
        b"BI" => 27,
        b"DJ" => 27,
        b"FK" => 18,
        b"LY" => 25,
        b"MN" => 20,
        b"NI" => 28,
        b"OM" => 23,
        b"RU" => 33,
        b"SD" => 18,
        b"SO" => 23,
        b"YE" => 30,
        // National IBANs outside the registry (Iran's Sheba, the CFA franc zones', Morocco's,
        // Algeria's…): the same mod-97 check guards them.
        b"IR" => 26,
        b"DZ" => 26,
        b"AO" => 25,
        b"BJ" => 28,
        b"BF" => 28,
        b"CM" => 27,
        b"CV" => 25,
        b"CF" => 27,
        b"TD" => 27,
        b"KM" => 27,
        b"CG" => 27,
        b"GQ" => 27,
        b"GA" => 27,
        b"GW" => 25,
        b"HN" => 28,
        b"CI" => 28,
        b"MG" => 27,
        b"ML" => 28,
        b"MA" => 28,
        b"MZ" => 25,
        b"NE" => 28,
        b"SN" => 28,
        b"TG" => 28,
        _ => return None,
    };
    Some(len)
}

/// Whether `compact` (no spaces) is an IBAN: known country, its length, and mod-97 == 1.
pub(crate) fn iban_ok(compact: &[u8]) -> bool {
    if compact.len() < 15 || compact.len() > 34 {
        return false;
    }
    let (cc, rest) = compact.split_at(2);
    if iban_length(cc) != Some(compact.len()) {
        return false;
    }
    if !rest[..2].iter().all(u8::is_ascii_digit) || !rest.iter().all(u8::is_ascii_alphanumeric) {
        return false;
    }
    // Move the first four characters to the end, letters become 10..35, then mod 97.
    let mut rem: u32 = 0;
    for &b in compact[4..].iter().chain(&compact[..4]) {
        let v = match b {
            b'0'..=b'9' => u32::from(b - b'0'),
            b'A'..=b'Z' => u32::from(b - b'A') + 10,
            b'a'..=b'z' => u32::from(b - b'a') + 10,
            _ => return false,
        };
        rem = if v >= 10 {
            (rem * 100 + v) % 97
        } else {
            (rem * 10 + v) % 97
        };
    }
    rem == 1
}

/// US SSN allocation rules: area not 000, 666 or 900-999; group not 00; serial not 0000.
/// `digits` are the nine digits.
pub(crate) fn ssn_ok(digits: &[u8]) -> bool {
    if digits.len() != 9 || !digits.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let area = &digits[..3];
    if area == b"000" || area == b"666" || area[0] == b'9' {
        return false;
    }
    // Well-known advertising numbers are not anyone's: 078-05-1120 and 219-09-9999.
    if digits == b"078051120" || digits == b"219099999" {
        return false;
    }
    &digits[3..5] != b"00" && &digits[5..] != b"0000"
}

/// UK National Insurance number prefix rules: first letter not D F I Q U V, second not D F I O Q
/// U V, and not one of the never-issued pairs (except ZZ, the documented example/temporary prefix
/// that real systems still log).
pub(crate) fn nino_prefix_ok(a: u8, b: u8) -> bool {
    let a = a.to_ascii_uppercase();
    let b = b.to_ascii_uppercase();
    if !a.is_ascii_uppercase() || !b.is_ascii_uppercase() {
        return false;
    }
    // QQ is HMRC's documented example prefix, and like ZZ it shows up in real systems.
    if (a, b) == (b'Q', b'Q') {
        return true;
    }
    if b"DFIQUV".contains(&a) || b"DFIOQUV".contains(&b) {
        return false;
    }
    !matches!(&[a, b], b"BG" | b"GB" | b"KN" | b"NK" | b"NT" | b"TN")
}

/// Parses dotted-quad IPv4 (no leading zeros beyond one digit per octet) and returns its octets.
pub(crate) fn ipv4(s: &[u8]) -> Option<[u8; 4]> {
    let mut octets = [0u8; 4];
    let mut idx = 0;
    let mut val: u32 = 0;
    let mut digits = 0;
    for &b in s {
        match b {
            b'0'..=b'9' => {
                if digits == 3 {
                    return None;
                }
                val = val * 10 + u32::from(b - b'0');
                digits += 1;
            }
            b'.' => {
                if digits == 0 || idx == 3 {
                    return None;
                }
                octets[idx] = u8::try_from(val).ok()?;
                idx += 1;
                val = 0;
                digits = 0;
            }
            _ => return None,
        }
    }
    if idx != 3 || digits == 0 {
        return None;
    }
    octets[3] = u8::try_from(val).ok()?;
    Some(octets)
}

/// Whether an IPv4 address points at a person rather than at the machine itself.
pub(crate) fn ipv4_is_personal(o: [u8; 4]) -> bool {
    // 0.0.0.0/8 (unspecified, "this network"), 127/8 loopback, broadcast, netmasks.
    !(o[0] == 0 || o[0] == 127 || o[0] == 255)
}

/// Parses an IPv6 address (std's parser, which accepts `::`, embedded IPv4, no zone).
pub(crate) fn ipv6(s: &[u8]) -> Option<std::net::Ipv6Addr> {
    std::str::from_utf8(s).ok()?.parse().ok()
}

/// Loopback and unspecified addresses say nothing about a person.
pub(crate) fn ipv6_is_personal(a: &std::net::Ipv6Addr) -> bool {
    !(a.is_loopback() || a.is_unspecified())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn luhn_known_values() {
        assert!(luhn(b"4111111111111111"));
        assert!(luhn(b"4111 1111 1111 1111"));
        assert!(!luhn(b"4111111111111112"));
        assert!(luhn(b"378282246310005"));
    }

    #[test]
    fn card_issuers() {
        assert!(card_issuer_ok(b"4111111111111111"));
        assert!(card_issuer_ok(b"378282246310005"));
        assert!(card_issuer_ok(b"5555555555554444"));
        assert!(card_issuer_ok(b"2223003122003222"));
        assert!(card_issuer_ok(b"6011111111111117"));
        assert!(card_issuer_ok(b"3530111333300000"));
        assert!(card_issuer_ok(b"30569309025904"));
        // Amex must be 15 digits; 7/8/9/1 are not card networks we accept.
        assert!(!card_issuer_ok(b"3782822463100050"));
        assert!(!card_issuer_ok(b"7969797134720153"));
        assert!(!card_issuer_ok(b"1699999999999"));
    }

    #[test]
    fn ibans() {
        assert!(iban_ok(b"GB82WEST12345698765432"));
        assert!(iban_ok(b"DE89370400440532013000"));
        assert!(iban_ok(b"FR1420041010050500013M02606"));
        assert!(!iban_ok(b"GB82WEST12345698765433"));
        assert!(!iban_ok(b"GB82WEST1234569876543"));
        assert!(!iban_ok(b"XX82WEST12345698765432"));
    }

    #[test]
    fn ssns() {
        assert!(ssn_ok(b"123456789"));
        assert!(!ssn_ok(b"000123456"));
        assert!(!ssn_ok(b"666123456"));
        assert!(!ssn_ok(b"912345678"));
        assert!(!ssn_ok(b"123004567"));
        assert!(!ssn_ok(b"123450000"));
        assert!(!ssn_ok(b"078051120"));
    }

    #[test]
    fn ipv4s() {
        assert_eq!(ipv4(b"10.251.43.21"), Some([10, 251, 43, 21]));
        assert_eq!(ipv4(b"6.1.7601.23505"), None);
        assert_eq!(ipv4(b"1.2.3"), None);
        assert_eq!(ipv4(b"1.2.3.4.5"), None);
        assert_eq!(ipv4(b"256.1.1.1"), None);
        assert!(!ipv4_is_personal([127, 0, 0, 1]));
        assert!(ipv4_is_personal([10, 0, 0, 1]));
    }

    #[test]
    fn ninos() {
        assert!(nino_prefix_ok(b'Z', b'Z'));
        assert!(nino_prefix_ok(b'A', b'B'));
        assert!(!nino_prefix_ok(b'D', b'A'));
        assert!(!nino_prefix_ok(b'G', b'B'));
    }
}
