//! Command lines as shells, CI logs and audit trails record them: a flag's value is the next
//! argument (`--password X`, `-storepass X`), glued (`-pX`, `-p'X'` for the MySQL clients), or
//! a positional argument of a known command (`htpasswd -b FILE USER PASSWORD`,
//! `aws configure set aws_secret_access_key VALUE`). Short flags mean different things to
//! different programs (`-p` is a port to ssh and a password to mysql), so they are read by the
//! command they belong to.

use super::people::is_username_stopword;
use super::scanner::Scanner;
use super::text::find_close;
use crate::bytes::lower_into;
use crate::keys::{KeyClass, KeyRule, ValueShape};
use crate::span::Syntax;
use crate::Kind;

/// What a short flag's argument is for one program.
#[derive(Clone, Copy, PartialEq, Eq)]
enum FlagValue {
    /// A password, glued to the flag only (`mysql -pX`; `-p X` asks for it, X is a database).
    GluedPassword,
    /// A password, glued or as the next argument.
    Password,
    /// A login, glued or as the next argument.
    User,
    /// `user:password` (curl) or `user%password` (smbclient): a login, then maybe a password.
    UserAndPassword(u8),
}

/// The short flags of the programs that take credentials on the command line.
fn short_flag(command: &[u8], flag: u8) -> Option<FlagValue> {
    use FlagValue::*;
    let v = match (command, flag) {
        (
            b"mysql" | b"mysqldump" | b"mysqladmin" | b"mysqlimport" | b"mysqlcheck" | b"mysqlshow"
            | b"mariadb" | b"mariadb-dump" | b"mysqlpump" | b"mysqlsh",
            b'p',
        ) => GluedPassword,
        (
            b"mysql" | b"mysqldump" | b"mysqladmin" | b"mysqlimport" | b"mysqlcheck" | b"mysqlshow"
            | b"mariadb" | b"mariadb-dump" | b"mysqlpump" | b"mysqlsh",
            b'u',
        ) => User,
        (b"7z" | b"7za" | b"7zr", b'p') => GluedPassword,
        (
            b"sshpass" | b"docker" | b"podman" | b"nerdctl" | b"buildah" | b"skopeo" | b"helm"
            | b"oras" | b"mongo" | b"mongosh" | b"mongodump" | b"mongorestore" | b"mongoexport"
            | b"mongoimport" | b"az" | b"useradd" | b"usermod" | b"rdesktop" | b"vncviewer",
            b'p',
        ) => Password,
        (
            b"docker" | b"podman" | b"nerdctl" | b"buildah" | b"skopeo" | b"helm" | b"oras"
            | b"mongo" | b"mongosh" | b"mongodump" | b"mongorestore" | b"mongoexport"
            | b"mongoimport" | b"az" | b"rdesktop",
            b'u',
        ) => User,
        (b"redis-cli" | b"keydb-cli", b'a') => Password,
        (b"curl", b'u' | b'U') => UserAndPassword(b':'),
        (
            b"ldapsearch" | b"ldapadd" | b"ldapmodify" | b"ldapdelete" | b"ldapwhoami"
            | b"ldappasswd" | b"ldapcompare" | b"ldapmodrdn",
            b'w',
        ) => Password,
        (b"smbclient" | b"smbmap" | b"rpcclient" | b"smbcacls", b'U') => UserAndPassword(b'%'),
        (b"sqlcmd" | b"bcp" | b"osql" | b"isql", b'P') => Password,
        (b"sqlcmd" | b"bcp" | b"osql" | b"isql" | b"psql" | b"pg_dump" | b"createdb", b'U') => User,
        (b"zip" | b"unzip" | b"zipcloak", b'P') => Password,
        _ => return None,
    };
    Some(v)
}

/// The program a flag at `s` belongs to: the first word of its command (after `sudo`, `env`,
/// assignments and a path), in the same pipeline stage.
fn command_before(line: &[u8], s: usize) -> Option<&[u8]> {
    let seg_start = line[..s]
        .iter()
        .rposition(|&b| matches!(b, b'|' | b';' | b'&' | b'`' | b'(' | b'"' | b'\''))
        .map_or(0, |i| i + 1);
    let mut words = line[seg_start..s]
        .split(|&b| b == b' ' || b == b'\t')
        .filter(|w| !w.is_empty());
    // A prompt (`$ `, `# `, `+ `, `>`) and wrappers come before the program.
    for w in words.by_ref() {
        if matches!(
            w,
            b"$" | b"#" | b"+" | b">" | b"sudo" | b"env" | b"time" | b"nohup" | b"exec"
        ) || w.starts_with(b"-")
            || w.ends_with(b":")
            || w.iter().all(u8::is_ascii_digit)
        {
            // Shell history numbers each command (`  1981  redis-cli …`).
            continue;
        }
        // sudo's `COMMAND=/usr/bin/htpasswd`: the program after the `=`; other
        // assignments (`PGPASSWORD=x psql`) come before it.
        if let Some(i) = memchr::memchr(b'=', w) {
            if w.get(i + 1) != Some(&b'/') {
                continue;
            }
        }
        let base = match memchr::memrchr(b'/', w) {
            Some(i) => &w[i + 1..],
            None => w,
        };
        return Some(base.strip_suffix(b".exe").unwrap_or(base));
    }
    None
}

/// Programs that take a password as a positional argument: the argument's index (from 1)
/// for the login and for the password, after the words given.
fn positional(command: &[u8]) -> Option<(&'static [u8], usize, usize)> {
    match command {
        // `radtest USER PASSWORD SERVER PORT SECRET` (FreeRADIUS).
        b"radtest" => Some((b"", 1, 2)),
        // `net user USER PASSWORD /add` (Windows).
        b"net" => Some((b"user ", 1, 2)),
        // `echo 'PASSWORD' | docker login --password-stdin`: checked for the pipe below.
        b"echo" | b"printf" => Some((b"", 0, 1)),
        _ => None,
    }
}

/// The shell word at `p` (quotes may start and stop inside it: `alice:'pa ss'`), without
/// quotes that wrap it whole; `(start, end, next, quoted)`.
fn argument(line: &[u8], p: usize) -> Option<(usize, usize, usize, bool)> {
    let mut e = p;
    let mut quoted = false;
    while e < line.len() && !matches!(line[e], b' ' | b'\t') {
        if let q @ (b'\'' | b'"') = line[e] {
            e = find_close(line, e + 1, q)?;
            quoted = true;
        }
        e += 1;
    }
    if e == p {
        return None;
    }
    let (vs, ve) = unquote(line, p, e);
    Some((vs, ve, e, quoted))
}

/// `p..e` without one pair of quotes around it.
fn unquote(line: &[u8], p: usize, e: usize) -> (usize, usize) {
    match (line.get(p), e.checked_sub(1).and_then(|l| line.get(l))) {
        (Some(&a @ (b'\'' | b'"')), Some(&b)) if a == b && e >= p + 2 => (p + 1, e - 1),
        _ => (p, e),
    }
}

static PASSWORD_ARG: KeyRule = KeyRule {
    kind: Kind::PASSWORD,
    shape: ValueShape::Secret,
    custom: None,
    suffix_ok: false,
};
static USER_ARG: KeyRule = KeyRule {
    kind: Kind::USERNAME,
    shape: ValueShape::Username,
    custom: None,
    suffix_ok: false,
};

impl Scanner<'_> {
    /// A flag `s..e` that is not `--key=value`. Returns where scanning resumes when it took
    /// a value.
    pub(super) fn command_flag(&mut self, s: usize, e: usize) -> Option<usize> {
        let line = self.line;
        let dashes = line[s..e].iter().take_while(|&&b| b == b'-').count();
        let ks = s + dashes;
        if ks >= e || !line[ks].is_ascii_alphabetic() || !(s == 0 || line[s - 1] == b' ') {
            return None;
        }
        if dashes == 1 && (e - ks == 1 || !line[ks + 1].is_ascii_lowercase() || e - ks < 4) {
            return self.short_flag(s, ks, e);
        }
        // `--password X`, `-storepass X`, `--db-pass X`.
        let name = &line[ks..e];
        let (rule, label) = match self.keys.classify(name, false) {
            KeyClass::Sensitive(rule, label) => (*rule, label),
            _ => {
                let mut buf = [0u8; 48];
                let lower = lower_into(name, &mut buf)?;
                if lower.ends_with(b"pass")
                    || lower.ends_with(b"passin")
                    || lower.ends_with(b"passout")
                {
                    (PASSWORD_ARG, "pass")
                } else {
                    return None;
                }
            }
        };
        if line.get(e) != Some(&b' ') || line.get(e + 1) == Some(&b'-') {
            return None;
        }
        // PowerShell's `-NewPassword (ConvertTo-SecureString "…" -AsPlainText)`: a command
        // in parentheses gives the value; it is read as what it is.
        if line.get(e + 1) == Some(&b'(') {
            return None;
        }
        let (mut vs, ve, next, quoted) = argument(line, e + 1)?;
        // openssl's `-passin pass:SECRET`; `env:VAR` and `file:PATH` name where it is.
        if line[vs..ve].starts_with(b"pass:") {
            vs += 5;
        } else if line[vs..ve].starts_with(b"env:") || line[vs..ve].starts_with(b"file:") {
            return Some(next);
        }
        self.keyed_value(rule, label, Syntax::CommandLine, vs, ve, quoted)
            .map(|_| next)
    }

    fn short_flag(&mut self, s: usize, ks: usize, e: usize) -> Option<usize> {
        let line = self.line;
        let command = command_before(line, s)?;
        let mut buf = [0u8; 24];
        let command = lower_into(command, &mut buf)?;
        let flag = line[ks];
        if command == b"htpasswd" {
            return self.htpasswd(s, e);
        }
        let what = short_flag(command, flag)?;
        // Container tools take credentials in `login` only: `docker run -p 8080:80` publishes
        // a port, `podman push -u` is no user.
        if matches!(
            command,
            b"docker" | b"podman" | b"nerdctl" | b"buildah" | b"skopeo" | b"helm" | b"oras"
        ) && memchr::memmem::find(&line[..s], b" login ").is_none()
            && memchr::memmem::find(&line[..s], b" registry login").is_none()
        {
            return None;
        }
        // Glued (`-pSECRET`, `-p'SECRET'`) or the next argument.
        let glued = ks + 1;
        let (vs, ve, next, quoted) = if glued < line.len() && !matches!(line[glued], b' ' | b'\t') {
            argument(line, glued)?
        } else if what != FlagValue::GluedPassword && line.get(glued) == Some(&b' ') {
            argument(line, glued + 1)?
        } else {
            return None;
        };
        let syntax = Syntax::CommandLine;
        match what {
            FlagValue::GluedPassword | FlagValue::Password => {
                self.keyed_value(PASSWORD_ARG, "password flag", syntax, vs, ve, quoted)?;
            }
            FlagValue::User => {
                self.keyed_value(USER_ARG, "user flag", syntax, vs, ve, quoted)?;
            }
            FlagValue::UserAndPassword(sep) => {
                let split = memchr::memchr(sep, &line[vs..ve]).map_or(ve, |i| vs + i);
                let (us, ue) = unquote(line, vs, split);
                // `CORP\m.pham`: the domain is not the login.
                let us = memchr::memrchr(b'\\', &line[us..ue]).map_or(us, |i| us + i + 1);
                let _ = self.keyed_value(USER_ARG, "user flag", syntax, us, ue, quoted);
                if split + 1 < ve {
                    let (ps, pe) = unquote(line, split + 1, ve);
                    let _ = self.keyed_value(PASSWORD_ARG, "password flag", syntax, ps, pe, true);
                }
            }
        }
        Some(next)
    }

    /// `htpasswd -b[c…] FILE USER PASSWORD`: with `-b` the password is the last argument.
    fn htpasswd(&mut self, s: usize, e: usize) -> Option<usize> {
        let line = self.line;
        if !line[s..e].contains(&b'b') {
            return None;
        }
        let mut p = e;
        let mut args = [(0usize, 0usize, false); 3];
        let mut k = 0;
        while k < 3 {
            while line.get(p) == Some(&b' ') {
                p += 1;
            }
            if line.get(p) == Some(&b'-') {
                // Another flag.
                p = memchr::memchr(b' ', &line[p..]).map_or(line.len(), |i| p + i);
                continue;
            }
            let (vs, ve, next, quoted) = argument(line, p)?;
            args[k] = (vs, ve, quoted);
            k += 1;
            p = next;
        }
        let syntax = Syntax::CommandLine;
        let (us, ue, uq) = args[1];
        let _ = self.keyed_value(USER_ARG, "htpasswd user", syntax, us, ue, uq);
        let (ps, pe, _) = args[2];
        let _ = self.keyed_value(PASSWORD_ARG, "htpasswd password", syntax, ps, pe, true);
        Some(p)
    }

    /// A program at `s..e` that takes a login and a password as positional arguments
    /// (`radtest USER PASSWORD …`, `net user USER PASSWORD /add`), or a password piped into
    /// `--password-stdin`.
    pub(super) fn positional_password(&mut self, s: usize, e: usize) -> Option<usize> {
        let line = self.line;
        if line.get(e) != Some(&b' ') || !(s == 0 || matches!(line[s - 1], b' ' | b';' | b'/')) {
            return None;
        }
        let mut buf = [0u8; 8];
        let command = lower_into(&line[s..e], &mut buf)?;
        let (then, user_at, password_at) = positional(command)?;
        if user_at == 0 && memchr::memmem::find(&line[e..], b"--password-stdin").is_none() {
            return None;
        }
        let mut p = e + 1;
        if !then.is_empty() {
            if !line[p..].starts_with(then) {
                return None;
            }
            p += then.len();
        }
        let syntax = Syntax::CommandLine;
        let mut end = p;
        for k in 1..=password_at {
            while line.get(p) == Some(&b' ') {
                p += 1;
            }
            if matches!(line.get(p), Some(b'/' | b'-' | b'|' | b'*') | None) {
                return (end > e + 1).then_some(end);
            }
            let (vs, ve, next, quoted) = argument(line, p)?;
            if k == user_at {
                let _ = self.keyed_value(USER_ARG, "positional user", syntax, vs, ve, quoted);
            } else if k == password_at {
                let _ = self.keyed_value(PASSWORD_ARG, "positional password", syntax, vs, ve, true);
            }
            end = next;
            p = next;
        }
        Some(end)
    }

    /// PowerShell's `ConvertTo-SecureString "PLAIN" -AsPlainText -Force` at `s..e`: the plain
    /// text is a password, wherever the flags stand.
    pub(super) fn secure_string(&mut self, s: usize, e: usize) -> Option<usize> {
        let line = self.line;
        if !line[s..e].eq_ignore_ascii_case(b"ConvertTo-SecureString") {
            return None;
        }
        let mut p = e;
        for _ in 0..4 {
            while line.get(p) == Some(&b' ') {
                p += 1;
            }
            match line.get(p) {
                Some(b'-') => {
                    p = memchr::memchr(b' ', &line[p..]).map_or(line.len(), |i| p + i);
                }
                Some(b'"' | b'\'') => {
                    let (vs, ve, next, _) = argument(line, p)?;
                    let _ = self.keyed_value(
                        PASSWORD_ARG,
                        "ConvertTo-SecureString",
                        Syntax::CommandLine,
                        vs,
                        ve,
                        true,
                    );
                    return Some(next);
                }
                _ => return None,
            }
        }
        None
    }

    /// `… set aws_secret_access_key VALUE`: a secret key as an argument, its value the next
    /// (`aws configure set`, `git config`, `npm config set`, `heroku config:set`).
    pub(super) fn set_argument(&mut self, s: usize, e: usize) -> Option<usize> {
        let line = self.line;
        let before = &line[..s];
        let set =
            before.ends_with(b"set ") || before.ends_with(b"config ") || before.ends_with(b"add ");
        if !set || line.get(e) != Some(&b' ') {
            return None;
        }
        let KeyClass::Sensitive(rule, label) = self.keys.classify(&line[s..e], false) else {
            return None;
        };
        let rule = *rule;
        let (vs, ve, next, quoted) = argument(line, e + 1)?;
        // `# set SMTP_PASSWORD in the vault`: prose, not a value.
        if !quoted && (ve - vs < 4 || is_username_stopword(&line[vs..ve])) {
            return None;
        }
        self.keyed_value(rule, label, Syntax::CommandLine, vs, ve, quoted)
            .map(|_| next)
    }
}
