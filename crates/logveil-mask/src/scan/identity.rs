//! Identities of the system itself: accounts, principals and bots that name no person, so
//! a login or user id that is one of them is left in clear wherever it is found.

use crate::bytes::lower_into;
use crate::words::{set, WordMap, WordSet};

/// Accounts that belong to the system, not to a person: `root`, `www-data`, Kubernetes'
/// `system:…` identities, Windows' `SYSTEM` and machine accounts (`HOST$`).
pub(super) fn is_system_identity(v: &[u8]) -> bool {
    if v.starts_with(b"system:") || v.ends_with(b"$") || v.starts_with(b"NT AUTHORITY") {
        return true;
    }
    // Windows' well-known SIDs (`S-1-5-18` LocalSystem, `S-1-0-0` nobody, `S-1-5-32-544`
    // Administrators): only a domain's or machine's accounts (`S-1-5-21-…`) are someone's.
    if v.starts_with(b"S-1-") && !v.starts_with(b"S-1-5-21-") {
        return true;
    }
    // Daemons' own accounts (`systemd-resolve`, `systemd-network`). (Not `svc-backup`: a
    // login someone types, and attackers try, is masked as one.)
    if v.starts_with(b"systemd-") {
        return true;
    }
    // GitHub Apps act as `name[bot]`, GitLab's and others' bots as `GitLab-Bot`.
    let bot = |suffix: &[u8]| {
        v.len() > suffix.len() && v[v.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
    };
    if bot(b"[bot]") || bot(b"-bot") || bot(b"_bot") {
        return true;
    }
    // Cisco's privilege levels log in as themselves (`User 'enable_15' executed …`).
    if v.strip_prefix(b"enable_")
        .is_some_and(|l| !l.is_empty() && l.iter().all(u8::is_ascii_digit))
    {
        return true;
    }
    let mut buf = [0u8; 24];
    let Some(l) = lower_into(v, &mut buf) else {
        return false;
    };
    SYSTEM_ACCOUNTS.contains(l)
}

/// Identities of the system itself. Common logins that are also attacked or shared (`admin`,
/// `postgres`, `ubuntu`) are not here: someone typed them, and they are masked as logins.
static SYSTEM_ACCOUNTS: WordSet = WordMap::new(set![
    b"root",
    // Windows' built-in administrator account (RID 500), which GitLab and others copy.
    b"administrator",
    b"daemon",
    b"nobody",
    b"www-data",
    b"system",
    b"local service",
    b"network service",
    b"localsystem",
    b"anonymous logon",
    b"kube-system",
    b"_apt",
    // Accounts Debian's packages create for their daemons: no person logs in as them.
    b"sshd",
    b"messagebus",
    b"syslog",
    b"polkitd",
    b"_chrony",
    b"nginx",
    b"redis",
    b"postfix",
    b"dnsmasq",
    b"uuidd",
    b"avahi"
]);

/// Windows' built-in accounts and groups, as a domain's accounts (`CONTOSO\\krbtgt`): no
/// one's, beside [`is_system_identity`]'s.
const WINDOWS_BUILTINS: &[&[u8]] = &[
    b"administrators",
    b"users",
    b"guest",
    b"guests",
    b"krbtgt",
    b"defaultaccount",
    b"wdagutilityaccount",
    b"iusr",
    b"defaultapppool",
];

pub(super) fn is_windows_builtin(account: &[u8]) -> bool {
    WINDOWS_BUILTINS
        .iter()
        .any(|a| a.eq_ignore_ascii_case(account))
}
