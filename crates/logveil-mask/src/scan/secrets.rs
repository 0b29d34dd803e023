use super::scanner::Scanner;
use super::text::{secret_token_end, skip_spaces};
use crate::span::Rule;
use crate::Kind;

/// `Bearer abc`, `Basic dXNlcjpwYXNz`: the credential after the scheme word, within `vs..ve`.
pub(super) fn credential_after_scheme(line: &[u8], vs: usize, ve: usize) -> Option<(usize, usize)> {
    let ve = ve.min(line.len());
    let mut p = vs;
    while p < ve && (line[p].is_ascii_alphanumeric() || line[p] == b'-') {
        p += 1;
    }
    let is_scheme = p > vs && p < ve && line[p] == b' ';
    let cs = if is_scheme { skip_spaces(line, p) } else { vs };
    let ce = secret_token_end(line, cs).min(ve);
    if ce <= cs {
        return None;
    }
    Some((cs, ce))
}

/// Known API key and token shapes, by prefix. Returns the rule name.
pub(super) fn secret_prefix(t: &[u8]) -> Option<&'static str> {
    let rest_ok = |prefix: &[u8], min: usize, ok: fn(&u8) -> bool| {
        t.len() >= prefix.len() + min && t.starts_with(prefix) && t[prefix.len()..].iter().all(ok)
    };
    let b62: fn(&u8) -> bool = u8::is_ascii_alphanumeric;
    let b64url: fn(&u8) -> bool = |b| b.is_ascii_alphanumeric() || *b == b'_' || *b == b'-';
    let slack: fn(&u8) -> bool = |b| b.is_ascii_alphanumeric() || *b == b'-';
    let hex: fn(&u8) -> bool = u8::is_ascii_hexdigit;
    let aws: fn(&u8) -> bool = |b| b.is_ascii_uppercase() || b.is_ascii_digit();
    match t[0] {
        b'A' => {
            const AWS: [&[u8]; 10] = [
                b"AKIA", b"ASIA", b"AGPA", b"AIDA", b"AROA", b"ANPA", b"ANVA", b"AIPA", b"ABIA",
                b"ACCA",
            ];
            if t.len() == 20 && AWS.iter().any(|p| t.starts_with(p)) && t.iter().all(aws) {
                return Some("aws access key id");
            }
            if rest_ok(b"AIza", 30, b64url) {
                return Some("google api key");
            }
            if rest_ok(b"ATATT", 30, |b| {
                b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'=')
            }) {
                return Some("atlassian api token");
            }
        }
        b'g' => {
            for p in [&b"ghp_"[..], b"gho_", b"ghu_", b"ghs_", b"ghr_"] {
                if rest_ok(p, 30, b62) {
                    return Some("github token");
                }
            }
            if rest_ok(b"github_pat_", 22, |b| {
                b.is_ascii_alphanumeric() || *b == b'_'
            }) {
                return Some("github token");
            }
            for p in [
                &b"glpat-"[..],
                b"glptt-",
                b"gldt-",
                b"glrt-",
                b"glsoat-",
                b"glcbt-",
            ] {
                if rest_ok(p, 20, b64url) {
                    return Some("gitlab token");
                }
            }
        }
        b'x' => {
            if t.len() >= 15
                && t.starts_with(b"xox")
                && matches!(t[3], b'a' | b'b' | b'p' | b'r' | b's' | b'e')
                && t[4] == b'-'
                && t[5..].iter().all(slack)
            {
                return Some("slack token");
            }
            if rest_ok(b"xapp-", 20, slack) {
                return Some("slack token");
            }
        }
        b's' => {
            for p in [&b"sk_live_"[..], b"sk_test_", b"rk_live_", b"rk_test_"] {
                if rest_ok(p, 16, b62) {
                    return Some("stripe key");
                }
            }
            if rest_ok(b"sk-ant-", 20, b64url) || rest_ok(b"sk-proj-", 20, b64url) {
                return Some("llm api key");
            }
            if rest_ok(b"sk-", 32, b64url) {
                return Some("llm api key");
            }
            for p in [&b"shpat_"[..], b"shpss_", b"shpca_", b"shppa_"] {
                if rest_ok(p, 32, hex) {
                    return Some("shopify token");
                }
            }
        }
        b'w' if rest_ok(b"whsec_", 16, b62) => {
            return Some("stripe key");
        }
        b'y' if rest_ok(b"ya29.", 20, |b| {
            b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.')
        }) =>
        {
            return Some("google oauth token");
        }
        b'S' => {
            if t.len() >= 60
                && t.starts_with(b"SG.")
                && t[3..].iter().all(|b| b64url(b) || *b == b'.')
            {
                return Some("sendgrid key");
            }
            if t.len() == 34 && t.starts_with(b"SK") && t[2..].iter().all(hex) {
                return Some("twilio api key");
            }
        }
        b'h' if rest_ok(b"hf_", 30, b62) => {
            return Some("hugging face token");
        }
        b'n' if rest_ok(b"npm_", 36, b62) => {
            return Some("npm token");
        }
        b'p' if rest_ok(b"pypi-AgEIcHlwaS5vcmc", 30, b64url) => {
            return Some("pypi token");
        }
        b'd' => {
            for p in [&b"dop_v1_"[..], b"doo_v1_", b"dor_v1_"] {
                if rest_ok(p, 64, hex) {
                    return Some("digitalocean token");
                }
            }
        }
        _ => {}
    }
    None
}

/// `header.payload.signature` (or the five parts of a JWE), base64url, JSON header and payload.
pub(super) fn is_jwt(tok: &[u8]) -> bool {
    if tok.len() < 24 || !tok.starts_with(b"eyJ") {
        return false;
    }
    let mut parts = 1;
    let mut part_start = 0;
    for (i, &b) in tok.iter().enumerate() {
        if b == b'.' {
            if parts == 1 && i < 10 {
                return false;
            }
            if parts == 2 && (i - part_start < 10 || !tok[part_start..].starts_with(b"eyJ")) {
                return false;
            }
            parts += 1;
            part_start = i + 1;
        } else if !(b.is_ascii_alphanumeric() || b == b'_' || b == b'-' || b == b'=') {
            return false;
        }
    }
    parts == 3 || parts == 5
}

/// The kind of a credential by its shape: a JWT or a known API key; `None` if it has neither.
pub(super) fn credential_shape(v: &[u8]) -> Option<(Kind, Rule)> {
    if is_jwt(v) {
        return Some((Kind::JWT, Rule::Shape("jwt")));
    }
    if v.len() >= 16 {
        if let Some(name) = secret_prefix(v) {
            return Some((Kind::SECRET, Rule::Shape(name)));
        }
    }
    None
}

impl Scanner<'_> {
    /// A provider's key or token, known by its prefix (`AKIA…`, `ghp_…`, `sk_live_…`).
    pub(super) fn known_secret(&mut self, s: usize, te: usize) -> Option<usize> {
        let name = secret_prefix(&self.line[s..te])?;
        self.emit(s, te, Kind::SECRET, Rule::Shape(name));
        Some(te)
    }

    #[inline(never)]
    pub(super) fn jwt(&mut self, s: usize, e: usize) -> Option<usize> {
        if !is_jwt(&self.line[s..e]) {
            return None;
        }
        self.emit(s, e, Kind::JWT, Rule::Shape("jwt"));
        Some(e)
    }

    #[inline(never)]
    pub(super) fn pem(&mut self, s: usize) -> Option<usize> {
        let line = self.line;
        let head_end = memchr::memmem::find(&line[s..], b"-----\n")
            .or_else(|| memchr::memmem::find(&line[s + 10..], b"-----").map(|i| i + 10))?
            + s;
        memchr::memmem::find(&line[s..head_end], b"PRIVATE KEY")?;
        let end = match memchr::memmem::find(&line[head_end..], b"-----END") {
            Some(i) => {
                let from = head_end + i + 8;
                memchr::memmem::find(&line[from..], b"-----").map_or(line.len(), |j| from + j + 5)
            }
            None => line.len(),
        };
        self.emit(s, end, Kind::SECRET, Rule::Shape("pem private key"));
        Some(end)
    }
}
