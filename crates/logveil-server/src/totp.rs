//! Time-based one-time passwords (RFC 6238 over RFC 4226's HOTP), for the step-up that scopes
//! may require before unmasked reads (the `mfa` module enrols and checks). A code is accepted in a window of one step either side (clock drift),
//! and never twice: the caller keeps the last accepted step per user and passes it back, so a
//! code seen over someone's shoulder is worthless once used.

use hmac::{Hmac, Mac};

/// Seconds per step, and digits per code: the values every authenticator app uses.
pub const STEP_SECS: i64 = 30;
pub const DIGITS: u32 = 6;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Algorithm {
    Sha1,
    Sha256,
    Sha512,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TotpError {
    #[error("the code must be {DIGITS} digits")]
    Malformed,
    #[error("wrong or expired code")]
    Wrong,
    #[error("this code was already used; wait for the next one")]
    Replayed,
}

fn mac<M: Mac + hmac::digest::KeyInit>(key: &[u8], msg: &[u8]) -> Vec<u8> {
    match <M as hmac::digest::KeyInit>::new_from_slice(key) {
        Ok(mut m) => {
            m.update(msg);
            m.finalize().into_bytes().to_vec()
        }
        // HMAC takes keys of any length; this arm cannot be reached.
        Err(_) => Vec::new(),
    }
}

/// HOTP (RFC 4226 §5.3): dynamic truncation of HMAC(key, counter) to `digits` decimal digits.
pub fn hotp(alg: Algorithm, key: &[u8], counter: u64, digits: u32) -> u32 {
    let msg = counter.to_be_bytes();
    let h = match alg {
        Algorithm::Sha1 => mac::<Hmac<sha1::Sha1>>(key, &msg),
        Algorithm::Sha256 => mac::<Hmac<sha2::Sha256>>(key, &msg),
        Algorithm::Sha512 => mac::<Hmac<sha2::Sha512>>(key, &msg),
    };
    let Some(&last) = h.last() else { return 0 };
    let off = usize::from(last & 0x0f);
    let bin = h
        .get(off..off + 4)
        .map_or(0, |b| u32::from_be_bytes([b[0] & 0x7f, b[1], b[2], b[3]]));
    bin % 10u32.pow(digits)
}

/// The step of a Unix time.
pub fn step_at(unix_secs: i64) -> u64 {
    u64::try_from(unix_secs.div_euclid(STEP_SECS)).unwrap_or(0)
}

/// Checks `code` against steps `now-1 ..= now+1` and returns the step it matched, which must be
/// later than `last_used` (the step of the previous accepted code, if any). Comparisons are
/// constant-time.
pub fn verify(
    key: &[u8],
    code: &str,
    unix_secs: i64,
    last_used: Option<u64>,
) -> Result<u64, TotpError> {
    use subtle::ConstantTimeEq;
    let code = code.trim();
    if code.len() != DIGITS as usize || !code.bytes().all(|b| b.is_ascii_digit()) {
        return Err(TotpError::Malformed);
    }
    let given: u32 = code.parse().map_err(|_| TotpError::Malformed)?;
    let now = step_at(unix_secs);
    let mut matched = None;
    for step in [now.saturating_sub(1), now, now + 1] {
        let want = hotp(Algorithm::Sha1, key, step, DIGITS);
        if bool::from(want.ct_eq(&given)) && matched.is_none() {
            matched = Some(step);
        }
    }
    let step = matched.ok_or(TotpError::Wrong)?;
    if last_used.is_some_and(|l| step <= l) {
        return Err(TotpError::Replayed);
    }
    Ok(step)
}

/// RFC 4648 base32 without padding, as `otpauth://` URIs carry secrets.
pub fn base32(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    let mut out = String::new();
    let (mut buf, mut bits) = (0u32, 0u32);
    for &b in bytes {
        buf = (buf << 8) | u32::from(b);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(char::from(ALPHABET[((buf >> bits) & 31) as usize]));
        }
    }
    if bits > 0 {
        out.push(char::from(ALPHABET[((buf << (5 - bits)) & 31) as usize]));
    }
    out
}

/// The inverse of [`base32`] (authenticator apps show secrets this way); `None` for anything
/// outside the alphabet. Padding and lowercase are accepted.
pub fn base32_decode(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let (mut buf, mut bits) = (0u32, 0u32);
    for c in text.trim_end_matches('=').bytes() {
        let v = match c.to_ascii_uppercase() {
            c @ b'A'..=b'Z' => c - b'A',
            c @ b'2'..=b'7' => c - b'2' + 26,
            _ => return None,
        };
        buf = (buf << 5) | u32::from(v);
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            out.push((buf >> bits) as u8);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 6238 Appendix B: 8-digit codes for the seeds of each algorithm.
    #[test]
    fn rfc_6238_test_vectors() {
        let sha1 = b"12345678901234567890";
        let sha256 = b"12345678901234567890123456789012";
        let sha512 = b"1234567890123456789012345678901234567890123456789012345678901234";
        let cases: [(i64, u32, u32, u32); 6] = [
            (59, 94287082, 46119246, 90693936),
            (1111111109, 7081804, 68084774, 25091201),
            (1111111111, 14050471, 67062674, 99943326),
            (1234567890, 89005924, 91819424, 93441116),
            (2000000000, 69279037, 90698825, 38618901),
            (20000000000, 65353130, 77737706, 47863826),
        ];
        for (t, a, b, c) in cases {
            let s = step_at(t);
            assert_eq!(hotp(Algorithm::Sha1, sha1, s, 8), a, "sha1 at {t}");
            assert_eq!(hotp(Algorithm::Sha256, sha256, s, 8), b, "sha256 at {t}");
            assert_eq!(hotp(Algorithm::Sha512, sha512, s, 8), c, "sha512 at {t}");
        }
    }

    #[test]
    fn a_code_is_accepted_once_within_a_step_of_drift() {
        let key = b"12345678901234567890";
        let t = 1_795_000_000;
        let code = format!("{:06}", hotp(Algorithm::Sha1, key, step_at(t), 6));
        let step = verify(key, &code, t, None).unwrap();
        assert_eq!(verify(key, &code, t, Some(step)), Err(TotpError::Replayed));
        assert!(
            verify(key, &code, t + 30, None).is_ok(),
            "one step of drift"
        );
        assert_eq!(verify(key, &code, t + 90, None), Err(TotpError::Wrong));
        assert_eq!(verify(key, "12a456", t, None), Err(TotpError::Malformed));
        assert_eq!(verify(key, "1234567", t, None), Err(TotpError::Malformed));
    }

    #[test]
    fn base32_matches_rfc_4648() {
        assert_eq!(base32(b""), "");
        assert_eq!(base32(b"f"), "MY");
        assert_eq!(base32(b"foobar"), "MZXW6YTBOI");
        assert_eq!(
            base32(b"12345678901234567890"),
            "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
        );
        for text in [&b""[..], b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar"] {
            assert_eq!(base32_decode(&base32(text)).as_deref(), Some(text));
        }
        assert_eq!(base32_decode("mzxw6===").as_deref(), Some(&b"foo"[..]));
        assert_eq!(base32_decode("MZ1W"), None);
    }
}
