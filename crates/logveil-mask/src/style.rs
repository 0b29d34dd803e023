//! How a detected value is written in the masked line, and the keyed tokens that let people
//! follow one value through the logs without seeing it.

use std::fmt;

use crate::kind::normalize_for_token;
use crate::Kind;

/// How a kind is masked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MaskStyle {
    /// `***`: nothing of the value is kept.
    Redact,
    /// Keeps what helps debugging and identifies no one: an email's first letter and domain, a
    /// card's last four digits, a phone's country code and last two digits, a MAC's vendor
    /// prefix, an IP's network part, a secret's provider prefix. Digits and letters become `*`;
    /// separators stay, so the shape is still recognisable.
    Partial,
    /// `<email:7f3a9c21>`: the first 4 bytes of HMAC-SHA256 of the normalized value under the
    /// token key. The same value always gives the same token, so one customer can be followed
    /// through the logs; without the key nothing can be learned from it.
    Token,
}

impl MaskStyle {
    pub fn parse(s: &str) -> Option<MaskStyle> {
        match s {
            "redact" => Some(MaskStyle::Redact),
            "partial" => Some(MaskStyle::Partial),
            "token" => Some(MaskStyle::Token),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            MaskStyle::Redact => "redact",
            MaskStyle::Partial => "partial",
            MaskStyle::Token => "token",
        }
    }

    /// The default style of a kind: the most debugging value that reveals nothing.
    ///
    /// | kinds | default |
    /// |---|---|
    /// | email, phone, credit_card, iban, mac_address, secret, jwt | partial |
    /// | ipv4, ipv6, person, username, user_id, address, date_of_birth, us_ssn, national_id, custom | token |
    /// | password, url_credentials | redact |
    pub fn default_for(kind: Kind) -> MaskStyle {
        match kind {
            Kind::EMAIL
            | Kind::PHONE
            | Kind::CREDIT_CARD
            | Kind::IBAN
            | Kind::MAC_ADDRESS
            | Kind::SECRET
            | Kind::JWT => MaskStyle::Partial,
            Kind::PASSWORD | Kind::URL_CREDENTIALS => MaskStyle::Redact,
            _ => MaskStyle::Token,
        }
    }
}

/// The key of keyed tokens (per tenant in the gateway). 32 bytes.
///
/// Tokens are HMAC-SHA256 (RFC 2104). The key's inner and outer pad blocks are absorbed once,
/// here, and each token then costs two SHA-256 compressions for values up to 40-odd bytes:
/// masking computes one per token-styled value of every line, so the generic `hmac` path's
/// per-call setup showed up as a quarter of `logveil mask`'s time. A test checks every length
/// against the `hmac` crate.
#[derive(Clone)]
pub struct TokenKey {
    inner: [u32; 8],
    outer: [u32; 8],
}

impl fmt::Debug for TokenKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("TokenKey(..)")
    }
}

/// A keyed token: HMAC-SHA256 of the kind name and the normalized value.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Token(pub [u8; 32]);

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Token({})", self.short_hex())
    }
}

impl Token {
    /// The 8 hex digits shown in masked lines.
    pub fn short_hex(&self) -> String {
        hex(&self.0[..4])
    }

    pub fn to_hex(&self) -> String {
        hex(&self.0)
    }
}

fn push_hex(bytes: &[u8], out: &mut Vec<u8>) {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    for &b in bytes {
        out.push(DIGITS[usize::from(b >> 4)]);
        out.push(DIGITS[usize::from(b & 15)]);
    }
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    let mut v = Vec::with_capacity(bytes.len() * 2);
    push_hex(bytes, &mut v);
    v.into_iter().map(char::from).collect()
}

const SHA256_IV: [u32; 8] = [
    0x6a09_e667,
    0xbb67_ae85,
    0x3c6e_f372,
    0xa54f_f53a,
    0x510e_527f,
    0x9b05_688c,
    0x1f83_d9ab,
    0x5be0_cd19,
];

fn compress(state: &mut [u32; 8], block: &[u8; 64]) {
    sha2::compress256(state, &[(*block).into()]);
}

/// Finishes a SHA-256 whose state has absorbed `prefix_len` bytes (a multiple of 64), over
/// `parts` (concatenated), and returns the digest.
fn sha256_finish(mut state: [u32; 8], prefix_len: u64, parts: &[&[u8]]) -> [u8; 32] {
    let mut block = [0u8; 64];
    let mut fill = 0;
    let mut total = prefix_len;
    for part in parts {
        let mut rest: &[u8] = part;
        while !rest.is_empty() {
            let take = rest.len().min(64 - fill);
            block[fill..fill + take].copy_from_slice(&rest[..take]);
            fill += take;
            rest = &rest[take..];
            if fill == 64 {
                compress(&mut state, &block);
                fill = 0;
            }
        }
        total += part.len() as u64;
    }
    block[fill] = 0x80;
    block[fill + 1..].fill(0);
    if fill >= 56 {
        compress(&mut state, &block);
        block = [0u8; 64];
    }
    block[56..].copy_from_slice(&(total * 8).to_be_bytes());
    compress(&mut state, &block);
    let mut out = [0u8; 32];
    for (chunk, word) in out.chunks_exact_mut(4).zip(state) {
        chunk.copy_from_slice(&word.to_be_bytes());
    }
    out
}

impl TokenKey {
    pub fn new(key: [u8; 32]) -> Self {
        let mut ipad = [0x36u8; 64];
        let mut opad = [0x5cu8; 64];
        for (i, k) in key.iter().enumerate() {
            ipad[i] ^= k;
            opad[i] ^= k;
        }
        let mut inner = SHA256_IV;
        let mut outer = SHA256_IV;
        compress(&mut inner, &ipad);
        compress(&mut outer, &opad);
        TokenKey { inner, outer }
    }

    /// HMAC-SHA256 of the concatenated `parts` under this key.
    fn mac(&self, parts: &[&[u8]]) -> [u8; 32] {
        let inner = sha256_finish(self.inner, 64, parts);
        sha256_finish(self.outer, 64, &[&inner])
    }

    /// Token of `value` as `kind` (named `kind_name`), after normalization (`Jane@X.com` and
    /// `jane@x.com` are one token).
    pub fn token(&self, kind: Kind, kind_name: &str, value: &[u8], scratch: &mut Vec<u8>) -> Token {
        normalize_for_token(kind, value, scratch);
        Token(self.mac(&[kind_name.as_bytes(), &[0], scratch]))
    }
}

/// Writes the masked form of `value` into `out`.
pub(crate) fn render(
    style: MaskStyle,
    kind: Kind,
    kind_name: &str,
    value: &[u8],
    token: Option<&Token>,
    out: &mut Vec<u8>,
) {
    match style {
        MaskStyle::Redact => out.extend_from_slice(b"***"),
        MaskStyle::Token => {
            out.push(b'<');
            out.extend_from_slice(kind_name.as_bytes());
            out.push(b':');
            match token {
                Some(t) => push_hex(&t.0[..4], out),
                None => out.extend_from_slice(b"********"),
            }
            out.push(b'>');
        }
        MaskStyle::Partial => partial(kind, value, out),
    }
}

/// Keeps the characters at positions where `keep` says so, stars the other letters and digits,
/// and keeps separators.
fn star_except(value: &[u8], out: &mut Vec<u8>, keep: impl Fn(usize) -> bool) {
    for (i, &b) in value.iter().enumerate() {
        if keep(i) || !(b.is_ascii_alphanumeric() || b >= 0x80) {
            out.push(b);
        } else {
            out.push(b'*');
        }
    }
}

fn partial(kind: Kind, value: &[u8], out: &mut Vec<u8>) {
    match kind {
        Kind::EMAIL => {
            let at = memchr::memchr(b'@', value)
                .map(|i| (i, 1))
                .or_else(|| memchr::memmem::find(value, b"%40").map(|i| (i, 3)));
            match at {
                Some((i, _)) if i > 0 => {
                    out.push(value[0]);
                    out.extend_from_slice(b"***");
                    out.extend_from_slice(&value[i..]);
                }
                _ => out.extend_from_slice(b"***"),
            }
        }
        Kind::CREDIT_CARD | Kind::US_SSN => {
            let digits = value.iter().filter(|b| b.is_ascii_digit()).count();
            // Cards keep their last four; anything short (a CVV) keeps nothing.
            let keep_from = if digits >= 12 { digits - 4 } else { usize::MAX };
            let mut seen = 0;
            for &b in value {
                if b.is_ascii_digit() {
                    out.push(if seen >= keep_from { b } else { b'*' });
                    seen += 1;
                } else if b.is_ascii_alphanumeric() {
                    out.push(b'*');
                } else {
                    out.push(b);
                }
            }
        }
        Kind::IBAN => {
            let alnum = value.iter().filter(|b| b.is_ascii_alphanumeric()).count();
            let mut seen = 0;
            for &b in value {
                if b.is_ascii_alphanumeric() {
                    let keep = seen < 2 || seen + 4 >= alnum;
                    out.push(if keep { b } else { b'*' });
                    seen += 1;
                } else {
                    out.push(b);
                }
            }
        }
        Kind::PHONE => {
            let digits = value.iter().filter(|b| b.is_ascii_digit()).count();
            // "+44 7151 594017" → "+44 **** ****17": country code and last two digits.
            let cc_end = if value.first() == Some(&b'+') {
                value
                    .iter()
                    .position(|b| !b.is_ascii_digit() && *b != b'+')
                    .filter(|&p| p <= 4)
                    .unwrap_or(0)
            } else {
                0
            };
            let mut seen = 0;
            for (i, &b) in value.iter().enumerate() {
                if b.is_ascii_digit() {
                    let keep = i < cc_end || seen + 2 >= digits;
                    out.push(if keep { b } else { b'*' });
                    seen += 1;
                } else {
                    out.push(b);
                }
            }
        }
        Kind::MAC_ADDRESS => star_except(value, out, |i| i < 8),
        Kind::IPV4 => {
            // Network part: first two octets.
            let mut dots = 0;
            for &b in value {
                if b == b'.' {
                    dots += 1;
                    out.push(b);
                } else {
                    out.push(if dots < 2 { b } else { b'*' });
                }
            }
        }
        Kind::IPV6 => {
            let mut colons = 0;
            for &b in value {
                if b == b':' {
                    colons += 1;
                    out.push(b);
                } else if colons < 2 {
                    out.push(b);
                }
            }
            out.push(b'*');
        }
        Kind::SECRET | Kind::JWT => {
            // Keep a provider prefix (`sk_live_`, `ghp_`, `xoxb-`, `eyJ`), never the secret.
            let prefix = value
                .iter()
                .take(12)
                .position(|&b| b == b'_' || b == b'-' || b == b'.')
                .map(|p| p + 1)
                .filter(|&p| p <= 8 && p * 3 < value.len());
            let keep = if value.starts_with(b"eyJ") {
                3
            } else {
                prefix.unwrap_or(0)
            };
            out.extend_from_slice(&value[..keep]);
            out.extend_from_slice(b"***");
        }
        Kind::URL_CREDENTIALS => out.extend_from_slice(b"***:***"),
        _ => star_except(value, out, |_| false),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(kind: Kind, v: &str) -> String {
        let mut out = Vec::new();
        partial(kind, v.as_bytes(), &mut out);
        String::from_utf8(out).unwrap_or_default()
    }

    #[test]
    fn partial_forms() {
        assert_eq!(p(Kind::EMAIL, "jane@example.com"), "j***@example.com");
        assert_eq!(
            p(Kind::CREDIT_CARD, "4111 1111 1111 0501"),
            "**** **** **** 0501"
        );
        assert_eq!(p(Kind::PHONE, "+44 7151 594017"), "+44 **** ****17");
        assert_eq!(
            p(Kind::IBAN, "GB82WEST12345698765432"),
            "GB****************5432"
        );
        assert_eq!(
            p(Kind::MAC_ADDRESS, "00:1a:2b:3c:4d:5e"),
            "00:1a:2b:**:**:**"
        );
        assert_eq!(
            p(Kind::SECRET, "sk_live_Hx4LP4AzUdIG1OHqttidvRzF"),
            "sk_***"
        );
        assert_eq!(p(Kind::IPV4, "10.20.30.40"), "10.20.**.**");
    }

    #[test]
    fn tokens_are_keyed_and_normalized() {
        let k = TokenKey::new([7; 32]);
        let mut s = Vec::new();
        let a = k.token(Kind::EMAIL, "email", b"Jane@Example.com", &mut s);
        let b = k.token(Kind::EMAIL, "email", b"jane@example.com", &mut s);
        let c = TokenKey::new([8; 32]).token(Kind::EMAIL, "email", b"jane@example.com", &mut s);
        assert_eq!(a, b);
        assert_ne!(a, c);
    }

    #[test]
    fn tokens_are_hmac_sha256_for_every_length() {
        use hmac::{Hmac, Mac};
        let key: [u8; 32] = std::array::from_fn(|i| (i * 37 + 11) as u8);
        let k = TokenKey::new(key);
        let data: Vec<u8> = (0..300u32).map(|i| (i * 7 % 251) as u8).collect();
        for len in 0..data.len() {
            let msg = &data[..len];
            let mut m = <Hmac<sha2::Sha256> as Mac>::new_from_slice(&key).unwrap();
            m.update(msg);
            let (a, b) = msg.split_at(len / 3);
            assert_eq!(
                k.mac(&[a, b]),
                m.finalize().into_bytes()[..],
                "length {len}"
            );
        }
    }
}
