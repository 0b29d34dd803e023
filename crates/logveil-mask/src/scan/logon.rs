//! Windows down-level logon names: `DOMAIN\account`.
//!
//! Windows, IIS, SQL Server, Exchange and Samba write an account as its NetBIOS domain (at
//! most 15 characters), a backslash and its SAM account name (at most 20): `CONTOSO\jdoe`,
//! JSON's `"CORP\\jdoe"`. The account is the person's login; the domain names the
//! organisation and is left as it is. The system's own principals keep their names:
//! `NT AUTHORITY\SYSTEM`, `NT SERVICE\MSSQLSERVER`, `BUILTIN\Administrators`,
//! `IIS APPPOOL\DefaultAppPool`, `Window Manager\DWM-1`, and machine accounts (`HOST$`).

use super::identity::{is_system_identity, is_windows_builtin};
use super::scanner::Scanner;
use crate::span::{Rule, Syntax};
use crate::Kind;

/// Domains whose accounts are Windows' own (the last word of the domain, upper-cased).
const SYSTEM_DOMAINS: &[&[u8]] = &[
    b"AUTHORITY",
    b"SERVICE",
    b"BUILTIN",
    b"APPPOOL",
    b"MANAGER",
    b"HOST",
    b"MACHINE",
];

/// Levels that start a message, before an escaped line break or tab (`ERROR\\nat …`).
const LOG_LEVELS: &[&[u8]] = &[
    b"ERROR",
    b"WARN",
    b"WARNING",
    b"INFO",
    b"DEBUG",
    b"TRACE",
    b"FATAL",
    b"CRITICAL",
    b"NOTICE",
];

/// `app.log`, `setup.exe`: a file in a folder, not an account.
fn has_file_extension(name: &[u8]) -> bool {
    name.rsplit(|&b| b == b'.').next().is_some_and(|ext| {
        ext.len() < name.len()
            && matches!(
                ext,
                b"log"
                    | b"txt"
                    | b"exe"
                    | b"dll"
                    | b"sys"
                    | b"json"
                    | b"xml"
                    | b"ini"
                    | b"cfg"
                    | b"bat"
                    | b"ps1"
                    | b"csv"
            )
    })
}

/// Whether `tok` can be a NetBIOS domain name that is not Windows' own.
pub(super) fn is_domain(tok: &[u8]) -> bool {
    (2..=15).contains(&tok.len())
        && tok[0].is_ascii_alphabetic()
        && tok
            .iter()
            .all(|&b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_'))
        && !SYSTEM_DOMAINS.iter().any(|d| d.eq_ignore_ascii_case(tok))
}

/// The account after the backslash (or JSON's escaped `\\`) at `bs`: its extent, when it is a
/// person's login.
pub(super) fn account_after(line: &[u8], bs: usize) -> Option<(usize, usize)> {
    let mut s = bs + 1;
    if line.get(s) == Some(&b'\\') {
        s += 1;
    }
    let len = line[s..]
        .iter()
        .take_while(|&&b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_' | b'$'))
        .count();
    let mut e = s + len;
    // A sentence's stop after the account is not part of it.
    while e > s && line[e - 1] == b'.' {
        e -= 1;
    }
    let account = &line[s..e];
    let ok = (1..=20).contains(&account.len())
        && account[0].is_ascii_alphanumeric()
        && account.iter().any(u8::is_ascii_alphabetic)
        && !is_system_identity(account)
        && !is_windows_builtin(account);
    ok.then_some((s, e))
}

/// The account of a value `vs..ve` under a login key that is `DOMAIN\\account`, or a domain
/// the value stopped at.
pub(super) fn down_level_account(line: &[u8], vs: usize, ve: usize) -> Option<(usize, usize)> {
    let bs = if line.get(ve) == Some(&b'\\') {
        ve
    } else {
        vs + memchr::memchr(b'\\', &line[vs..ve])?
    };
    if !is_domain(&line[vs..bs]) {
        return None;
    }
    let (s, e) = account_after(line, bs)?;
    (bs == ve || e <= ve).then_some((s, e))
}

impl Scanner<'_> {
    /// `s..e` is a token followed by a backslash: `CONTOSO\jdoe` names the account `jdoe`.
    /// Only a domain in capitals is taken without a key before it: `Logs\app` is a path.
    pub(super) fn down_level_logon(&mut self, s: usize, e: usize) -> Option<usize> {
        let line = self.line;
        let domain = &line[s..e];
        let capitals = domain
            .iter()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || *b == b'-');
        // `…,kestrel\reto-huber,…`: a lowercase domain when the pair fills a field.
        let field_start =
            s == 0 || matches!(line[s - 1], b',' | b'|' | b'"' | b'\'' | b'=' | b'\t');
        if !is_domain(domain)
            || !(capitals || field_start)
            // `\\SERVER\share`: a UNC path names a machine, not a domain.
            || (s >= 1 && line[s - 1] == b'\\')
            || LOG_LEVELS.iter().any(|l| l.eq_ignore_ascii_case(domain))
        {
            return None;
        }
        // Inside JSON a lone backslash is an escape (`"…FAILED\nat …"`), never a separator.
        let single = line.get(e + 1) != Some(&b'\\');
        if single && memchr::memmem::find(line, b"\":").is_some() {
            return None;
        }
        let (as_, ae) = account_after(line, e)?;
        // `CONTOSO\Logs\app`: a path goes on after the account.
        if line.get(ae) == Some(&b'\\') {
            return None;
        }
        if !capitals
            && (!line
                .get(ae)
                .is_none_or(|b| matches!(b, b',' | b'|' | b'"' | b'\'' | b'\t'))
                || has_file_extension(&line[as_..ae]))
        {
            return None;
        }
        self.emit(
            as_,
            ae,
            Kind::USERNAME,
            Rule::Key(Syntax::DownLevelLogon, "domain\\account"),
        );
        Some(ae)
    }
}

#[cfg(test)]
mod tests {
    use super::{account_after, is_domain};

    #[test]
    fn an_account_after_its_domain() {
        let line = br"CONTOSO\thimai.pham 45.202.204.20";
        assert_eq!(account_after(line, 7), Some((8, 19)));
        let json = br#""CORP\\jsmith""#;
        assert_eq!(account_after(json, 5), Some((7, 13)));
    }

    #[test]
    fn windows_own_principals_are_no_ones() {
        assert!(!is_domain(b"AUTHORITY"));
        assert!(!is_domain(b"BUILTIN"));
        assert!(is_domain(b"FABRIKAM"));
        assert_eq!(account_after(br"CONTOSO\WEB01$", 7), None);
        assert_eq!(account_after(br"CONTOSO\krbtgt", 7), None);
        assert_eq!(account_after(br"CONTOSO\Administrator", 7), None);
    }
}
