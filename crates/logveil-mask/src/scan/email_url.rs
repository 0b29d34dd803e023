use super::people::name_before;
use super::scanner::{Scanner, NONE};
use crate::bytes::{is_alnum, lower_into};
use crate::span::Rule;
use crate::Kind;

/// SIP user parts that name a service, not a person (`sip:voicemail@…`).
fn is_system_login(v: &[u8]) -> bool {
    matches!(
        v,
        b"voicemail" | b"conference" | b"anonymous" | b"asterisk" | b"pbx" | b"registrar"
    )
}

/// Whether the local part of an address was generated rather than chosen: a UUID, or 20 hex
/// digits or more with both letters and digits.
fn is_generated_local_part(l: &[u8]) -> bool {
    let uuid = l.len() == 36
        && l.iter().enumerate().all(|(i, &b)| {
            if matches!(i, 8 | 13 | 18 | 23) {
                b == b'-'
            } else {
                b.is_ascii_hexdigit()
            }
        });
    let hex = l.len() >= 20
        && l.iter().all(u8::is_ascii_hexdigit)
        && l.iter().any(u8::is_ascii_digit)
        && l.iter().any(u8::is_ascii_alphabetic);
    uuid || hex
}

/// End of a domain name starting at `ds`: at least two labels, an alphabetic TLD.
pub(super) fn domain_end(line: &[u8], ds: usize) -> Option<usize> {
    let n = line.len();
    let mut p = ds;
    let mut labels = 0;
    let mut last_label = (0, 0);
    loop {
        let ls = p;
        while p < n
            && (line[p].is_ascii_alphanumeric()
                || line[p] == b'-'
                || (line[p] >= 0x80 && !crate::bytes::is_wide_punct(line, p)))
        {
            p += 1;
        }
        if p == ls || line[ls] == b'-' || line[p - 1] == b'-' {
            if labels == 0 {
                return None;
            }
            p = ls - 1; // back before the dot
            break;
        }
        labels += 1;
        last_label = (ls, p);
        if p + 1 < n && line[p] == b'.' && (is_alnum(line[p + 1]) || line[p + 1] >= 0x80) {
            p += 1;
            continue;
        }
        break;
    }
    let end = last_label.1;
    let tld = &line[last_label.0..last_label.1];
    let tld_ok = tld.len() >= 2
        && (tld.iter().all(|&b| b.is_ascii_alphabetic() || b >= 0x80) || tld.starts_with(b"xn--"));
    if labels < 2 || !tld_ok || end < p.min(end) {
        return None;
    }
    Some(end)
}

/// Whether the URL scheme ending `before` is one whose userinfo is a login.
pub(super) fn scheme_has_login(before: &[u8]) -> bool {
    let mut s = before.len();
    while s > 0
        && (before[s - 1].is_ascii_alphanumeric() || matches!(before[s - 1], b'+' | b'.' | b'-'))
    {
        s -= 1;
    }
    let mut buf = [0u8; 16];
    let Some(scheme) = lower_into(&before[s..], &mut buf) else {
        return false;
    };
    matches!(
        scheme,
        b"http"
            | b"https"
            | b"ftp"
            | b"ftps"
            | b"sftp"
            | b"ssh"
            | b"git+ssh"
            | b"smtp"
            | b"smtps"
            | b"imap"
            | b"imaps"
            | b"pop3"
            | b"ldap"
            | b"ldaps"
            | b"postgres"
            | b"postgresql"
            | b"mysql"
            | b"mariadb"
            | b"mongodb"
            | b"mongodb+srv"
            | b"redis"
            | b"rediss"
            | b"amqp"
            | b"amqps"
            | b"mqtt"
            | b"nats"
            | b"sqlserver"
            | b"jdbc"
            | b"telnet"
            | b"rtsp"
            | b"smb"
            | b"webdav"
            | b"svn+ssh"
    )
}

impl Scanner<'_> {
    /// `From: "van der Meer, Maartje" <sip:…>`: the quoted display name before a SIP URI at
    /// `s` (its user part) is the person.
    fn sip_display_name(&mut self, s: usize) {
        let line = self.line;
        let head = &line[..s];
        let open = if head.ends_with(b"\" <sip:") {
            s - 7
        } else if head.ends_with(b"\" <sips:") {
            s - 8
        } else {
            return;
        };
        if let Some(q) = memchr::memrchr(b'"', &line[..open]) {
            if open > q + 1 {
                self.emit(q + 1, open, Kind::PERSON, Rule::Context("display name"));
            }
        }
    }

    /// `s..e` is followed by `@`.
    #[inline(never)]
    pub(super) fn email(&mut self, s: usize, e: usize) -> Option<usize> {
        let line = self.line;
        // The local part is ASCII (`問い合わせ番号：sho@…` starts at `sho`).
        let mut ls = line[s..e]
            .iter()
            .rposition(|&b| b >= 0x80)
            .map_or(s, |i| s + i + 1);
        while ls < e && matches!(line[ls], b'.' | b'-' | b'+' | b'%') {
            ls += 1;
        }
        if ls == e || line[e - 1] == b'.' || e - ls > 64 {
            return None;
        }
        let sip = line[..s].ends_with(b"sip:") || line[..s].ends_with(b"sips:");
        let de = match domain_end(line, e + 1) {
            Some(de) => de,
            // `sip:maartje89@192.0.2.158:5061`: a login at a device's address.
            None if sip && line.get(e + 1).is_some_and(u8::is_ascii_digit) => {
                if !is_system_login(&line[s..e]) && !line[s..e].iter().all(u8::is_ascii_digit) {
                    self.emit(s, e, Kind::USERNAME, Rule::Shape("sip uri"));
                }
                return Some(e + 1);
            }
            None => return None,
        };
        // `sip:+4971158370@voip.example.de` names a phone number; `sip:alice@voip.example.de`
        // is an address of record, written and used like a mailbox.
        if sip {
            let digits = line[s..e].iter().filter(|b| b.is_ascii_digit()).count();
            let number = line[s..e]
                .iter()
                .all(|b| b.is_ascii_digit() || matches!(b, b'+' | b'-' | b'.'));
            if number && digits >= 6 {
                self.emit(s, e, Kind::PHONE, Rule::Shape("sip uri"));
            } else if !is_system_login(&line[s..e]) {
                self.emit(s, de, Kind::EMAIL, Rule::Shape("sip uri"));
                self.sip_display_name(s);
            }
            return Some(de);
        }
        // `<b2ab7d41-05f1-42f9-97dd-fcdd26f50407@acme.io>`: a Message-ID, made of a UUID or a
        // long run of hex, names a message, not a mailbox.
        if is_generated_local_part(&line[ls..e]) {
            return Some(de);
        }
        self.emit(ls, de, Kind::EMAIL, Rule::Shape("email"));
        // `Jane Murphy <jane@example.com>`: the display name is the person.
        if ls >= 2 && &line[ls - 2..ls] == b" <" && line.get(de) == Some(&b'>') {
            if let Some(ns) = name_before(line, ls - 2) {
                self.emit(ns, ls - 2, Kind::PERSON, Rule::Context("display name"));
            }
        }
        Some(de)
    }

    /// An email whose `@` is written `%40`, as in query strings.
    #[inline(never)]
    pub(super) fn email_pct(&mut self, s: usize, e: usize) -> Option<usize> {
        let line = self.line;
        let at = memchr::memmem::find(&line[s..e], b"%40")? + s;
        let mut ls = s;
        // `email=%22jane%40…`: skip a leading escape.
        while ls + 3 <= at && line[ls] == b'%' {
            ls += 3;
        }
        if ls >= at || line[at - 1] == b'.' {
            return None;
        }
        let de = domain_end(line, at + 3)?;
        self.emit(ls, de, Kind::EMAIL, Rule::Shape("email"));
        Some(de)
    }

    /// After `scheme://`: the `user:password@` part of the authority.
    #[inline(never)]
    pub(super) fn url(&mut self, a: usize) -> usize {
        let line = self.line;
        let mut p = a;
        let mut at = NONE;
        while p < line.len() {
            match line[p] {
                b'/' | b'?' | b'#' | b' ' | b'\t' | b'"' | b'\'' | b'<' | b'>' | b'\\' | b'['
                | b']' => break,
                b'@' => at = p,
                _ => {}
            }
            p += 1;
        }
        if at != NONE {
            // `user:password@` is a credential; a bare `name@` is a login for URL schemes that
            // carry one, and something else (an actor system, a queue) for the rest.
            if memchr::memchr(b':', &line[a..at]).is_some() {
                self.emit(a, at, Kind::URL_CREDENTIALS, Rule::Shape("url userinfo"));
            } else if scheme_has_login(&line[..a.saturating_sub(3)]) {
                self.emit(a, at, Kind::USERNAME, Rule::Shape("url userinfo"));
            }
            return at + 1;
        }
        a
    }
}
