//! Dovecot's log prefixes, which name the user by position: mail processes log
//! `imap(alice)<pid><session>: …` (the default `mail_log_prefix`, `%s(%u)<%{pid}><%{session}>`),
//! authentication logs `passwd-file(alice,203.0.113.7,<session>): …` (the passdb, then the
//! user, the remote address and the session), and with `auth_debug_passwords` a failed login
//! ends `Password mismatch (given password: …)`.

use super::identity::is_system_identity;
use super::scanner::Scanner;
use super::text::content_end;
use crate::span::{Rule, Syntax};
use crate::Kind;

/// Services and passdb drivers whose parenthesized first argument is the user.
fn names_its_user(w: &[u8]) -> bool {
    matches!(
        w,
        b"imap"
            | b"pop3"
            | b"lmtp"
            | b"submission"
            | b"managesieve"
            | b"doveadm"
            | b"indexer-worker"
            | b"passwd-file"
            | b"passwd"
            | b"shadow"
            | b"pam"
            | b"sql"
            | b"ldap"
            | b"checkpassword"
            | b"static"
            | b"oauth2"
            | b"lua"
            | b"bsdauth"
    )
}

impl Scanner<'_> {
    /// `s..e` followed by `(`: the user a Dovecot prefix names. Returns where to go on.
    pub(super) fn dovecot_user(&mut self, s: usize, e: usize) -> Option<usize> {
        let line = self.line;
        if !names_its_user(&line[s..e]) || memchr::memmem::find(&line[..s], b"dovecot").is_none() {
            return None;
        }
        let us = e + 1;
        let ue = us + line[us..].iter().position(|&b| matches!(b, b',' | b')'))?;
        let user = &line[us..ue];
        if user.is_empty() || user == b"?" || is_system_identity(user) {
            return Some(ue);
        }
        // The user may be an address (`sql(ana@example.org,…)`): the email reader names it.
        if user.contains(&b'@') {
            return Some(us);
        }
        self.emit(
            us,
            ue,
            Kind::USERNAME,
            Rule::Position(Syntax::Dovecot, "user"),
        );
        Some(ue)
    }

    /// `(given password: …)`: the password Dovecot's debug log quotes, to the parenthesis that
    /// closes the line (the password may hold parentheses and spaces of its own).
    pub(super) fn dovecot_given_password(&mut self, s: usize, e: usize) -> Option<usize> {
        let line = self.line;
        const LEAD: &[u8] = b" password: ";
        if &line[s..e] != b"given" || !line[e..].starts_with(LEAD) || s == 0 || line[s - 1] != b'('
        {
            return None;
        }
        let vs = e + LEAD.len();
        let trimmed = content_end(line);
        let ve = if trimmed > vs && line[trimmed - 1] == b')' {
            trimmed - 1
        } else {
            trimmed
        };
        if ve <= vs {
            return None;
        }
        self.emit(
            vs,
            ve,
            Kind::PASSWORD,
            Rule::Position(Syntax::Dovecot, "given password"),
        );
        Some(ve)
    }
}
