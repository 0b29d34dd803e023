use super::dates::date_end;
use super::identity::is_system_identity;
use super::logon::down_level_account;
use super::people::{is_username_stopword, looks_like_person_name, person_words};
use super::scanner::{KeyScan, Scanner, Scope};
use super::secrets::{credential_after_scheme, credential_shape};
use super::text::{
    find_close, find_escaped_close, group_end, key_separator_at, looks_like_key_at,
    looks_like_param_at, skip_spaces, starts_upper, trim_end_spaces,
};
use super::xml::generic_element;
use crate::bytes::{is_alnum, lower_into};
use crate::keys::{KeyClass, KeyRule, ValueShape, MAX_KEY};
use crate::names;
use crate::span::{Rule, Syntax};
use crate::words::{set, WordMap, WordSet};
use crate::Kind;

/// The rule for `id` inside an object that describes a person.
pub(super) static OWNER_ID_RULE: KeyRule = KeyRule {
    kind: Kind::USER_ID,
    shape: ValueShape::Word,
    custom: None,
    suffix_ok: false,
};

pub(super) fn is_id_key(k: &[u8]) -> bool {
    matches!(
        k,
        b"id" | b"Id" | b"ID" | b"uid" | b"uuid" | b"_id" | b"number" | b"no"
    )
}

/// Keys whose object value describes a person (`"user": {"id": …, "email": …}`).
pub(super) fn is_owner_key(k: &[u8]) -> bool {
    let mut buf = [0u8; 16];
    match lower_into(k, &mut buf) {
        Some(l) => matches!(
            l,
            b"user"
                | b"customer"
                | b"account"
                | b"member"
                | b"patient"
                | b"subscriber"
                | b"client"
                | b"person"
                | b"employee"
                | b"owner"
                | b"buyer"
                | b"payer"
                | b"sender"
                | b"recipient"
                | b"contact"
                | b"profile"
                | b"actor"
                | b"principal"
        ),
        None => false,
    }
}

/// End of the `{…}` object opening at `open` (braces counted, strings not parsed: an
/// approximation that only widens where an `id` counts as a user id).
pub(super) fn object_end(line: &[u8], open: usize) -> usize {
    let mut depth = 0usize;
    for (i, &b) in line[open..].iter().enumerate() {
        match b {
            b'{' => depth += 1,
            b'}' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return open + i;
                }
            }
            _ => {}
        }
    }
    line.len()
}

/// Placeholders that are not values: masking them would hide what the log says.
pub(super) static PLACEHOLDERS: WordSet = WordMap::new(set![
    b"",
    b"-",
    b"--",
    // YAML's block scalar indicators: the value is on the lines below.
    b"|",
    b"|-",
    b"|+",
    b">",
    b">-",
    b">+",
    b"null",
    b"nil",
    // Microsoft 365's audit records fill an unknown key with it.
    b"not available",
    b"none",
    b"undefined",
    b"n/a",
    b"na",
    b"true",
    b"false",
    b"redacted",
    b"[redacted]",
    b"<redacted>",
    b"[filtered]",
    b"masked",
    b"hidden",
    b"unknown",
    b"empty",
    b"{}",
    b"[]",
    b"yes",
    b"no",
    b"default",
    b"set",
    b"unset",
    b"present",
    b"provided",
    b"not set",
    b"******",
    b"[hidden]",
    b"[secure]",
    b"[protected]",
    b"sensitive",
    b"[sensitive]",
    b"omitted",
    b"removed",
    b"scrubbed"
]);

pub(super) fn is_placeholder(v: &[u8]) -> bool {
    // `HIDDEN_DUE_TO_SECURITY_REASONS`, `[FILTERED]`, `<redacted>`, `###`: someone masked it.
    if v.len() <= 48
        && v.iter().all(|b| {
            b.is_ascii_alphabetic()
                || matches!(
                    b,
                    b'_' | b'-' | b'[' | b']' | b'<' | b'>' | b' ' | b'(' | b')'
                )
        })
    {
        let mut buf = [0u8; 48];
        if let Some(l) = lower_into(v, &mut buf) {
            if says_masked(l) {
                return true;
            }
        }
    }
    if !v.is_empty()
        && v.iter()
            .all(|&b| matches!(b, b'#' | b'*' | b'x' | b'X' | b'.' | b'-'))
    {
        return true;
    }
    if v.len() > 16 {
        return false;
    }
    let mut buf = [0u8; 16];
    let Some(l) = lower_into(v, &mut buf) else {
        return false;
    };
    PLACEHOLDERS.contains(l)
        || v.iter().all(|&b| b == b'*' || b == b'x' || b == b'X')
        || (v.first() == Some(&b'<') && v.last() == Some(&b'>'))
}

/// Kinds that a shape reader names by itself: under a key of one of them, the value has no
/// better kind to be found inside. (Not national ids or accounts: `tax_id=123-45-6789` is an
/// SSN, `account=GB82…` an IBAN.)
fn is_shape_kind(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::CREDIT_CARD
            | Kind::IBAN
            | Kind::EMAIL
            | Kind::PHONE
            | Kind::IPV4
            | Kind::IPV6
            | Kind::MAC_ADDRESS
            | Kind::DATE_OF_BIRTH
    )
}

/// The end (after `>`) of a `<…>` value at `v` that closes before a blank, a comma or the
/// line's end; `None` if `<` only starts a value (`PWD=<6cw#!O8~,`).
fn bracketed_end(line: &[u8], v: usize) -> Option<usize> {
    let close = v + 1 + memchr::memchr(b'>', &line[v + 1..])?;
    let inside = &line[v + 1..close];
    let bounded = matches!(line.get(close + 1), None | Some(b' ' | b',' | b';' | b'\t'));
    (bounded && !inside.contains(&b' ')).then_some(close + 1)
}

/// Whether the key at `key_start` is an entry of a map printed `{KEY=value, KEY=value}`: it
/// opens the braces or follows `, `, and the braces follow `: ` or `= ` (a map logged by name).
fn map_entry(line: &[u8], key_start: usize) -> bool {
    let head = &line[..key_start];
    let entry = head.ends_with(b"{") || head.ends_with(b", ");
    entry
        && memchr::memrchr(b'{', head).is_some_and(|open| {
            line[..open].ends_with(b": ")
                || line[..open].ends_with(b"= ")
                || line[..open].ends_with(b"=")
        })
        && line[key_start..].contains(&b'=')
}

/// `email:7f3a9c21`: the inside of a token this engine wrote (masking stays idempotent).
fn is_mask_token(v: &[u8]) -> bool {
    match memchr::memrchr(b':', v) {
        Some(c) => {
            v[..c].iter().all(|&b| b.is_ascii_lowercase() || b == b'_')
                && v[c + 1..].len() == 8
                && v[c + 1..].iter().all(u8::is_ascii_hexdigit)
        }
        None => false,
    }
}

/// Whether lowercase `l` holds a word that says its value was masked. One pass with a switch
/// on the first letter: values are checked once per sensitive key, and nine substring searches
/// cost more than the rest of the key.
fn says_masked(l: &[u8]) -> bool {
    (0..l.len()).any(|i| {
        let rest = &l[i..];
        match l[i] {
            b'r' => rest.starts_with(b"redact") || rest.starts_with(b"removed"),
            b'f' => rest.starts_with(b"filtered"),
            b'h' => rest.starts_with(b"hidden"),
            b'm' => rest.starts_with(b"masked"),
            b'c' => rest.starts_with(b"censored"),
            b's' => rest.starts_with(b"scrubbed") || rest.starts_with(b"sanitized"),
            b'o' => rest.starts_with(b"obfuscated"),
            // Terraform's `(sensitive value)`.
            b'(' => rest.starts_with(b"(sensitive"),
            _ => false,
        }
    })
}

/// `Token{a64f992`, `Credentials(0x7f…`: the start of an object's `toString` (a type name, a
/// bracket, an id), cut where the value met a blank. A password may hold brackets too
/// (`Kaffee(62)syW`, `k9{`), so the type is capitalized and nothing follows the id.
pub(super) fn is_object_dump(v: &[u8]) -> bool {
    let word = v
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || **b == b'_')
        .count();
    let type_name = word >= 3 && v[0].is_ascii_uppercase();
    type_name
        && matches!(v.get(word), Some(b'{') | Some(b'(') | Some(b'['))
        && v[word + 1..].iter().all(u8::is_ascii_alphanumeric)
}

/// The rule for a cookie whose name says it holds a session (`_shop_session`, `connect.sid`).
static SESSION_COOKIE_RULE: KeyRule = KeyRule {
    kind: Kind::SECRET,
    shape: ValueShape::Secret,
    custom: None,
    suffix_ok: false,
};

/// Whether a cookie's name says it carries a session or a credential: frameworks name them
/// freely (`_gitlab_session`, `laravel_session`, `__Host-session`, `JSESSIONID`, `connect.sid`,
/// `XSRF-TOKEN`, `.AspNetCore.Identity.Application`, `wordpress_logged_in_…`).
fn is_session_cookie_name(name: &[u8]) -> bool {
    let mut buf = [0u8; 64];
    let Some(l) = lower_into(name, &mut buf) else {
        return false;
    };
    if memchr::memmem::find(l, b"sess").is_some() {
        return true;
    }
    l.split(|b| !b.is_ascii_alphanumeric()).any(|w| {
        matches!(
            w,
            b"sid"
                | b"token"
                | b"auth"
                | b"jwt"
                | b"remember"
                | b"rememberme"
                | b"login"
                | b"logged"
                | b"csrf"
                | b"xsrf"
                | b"identity"
                | b"aspxauth"
                | b"refresh"
                | b"access"
                | b"sso"
                | b"saml"
                | b"oauth"
                | b"credentials"
        )
    })
}

/// Whether a value starts with an IPv4 or IPv6 address (with or without a port).
pub(super) fn starts_with_network_address(v: &[u8]) -> bool {
    let first = v.split(|&b| b == b' ').next().unwrap_or_default();
    let dots = first.iter().filter(|&&b| b == b'.').count();
    let colons = first.iter().filter(|&&b| b == b':').count();
    first
        .iter()
        .all(|b| b.is_ascii_hexdigit() || matches!(b, b'.' | b':' | b'[' | b']'))
        && (dots == 3 || colons >= 2)
}

/// Whether the value at `v` is itself a key (`Username=jdoe`, `Name: x`): then the key before
/// it was a label.
fn label_before_key(line: &[u8], v: usize) -> bool {
    match key_separator_at(line, v) {
        // `Username=jdoe`; not `k9=&x=1` (base64 padding in a query string).
        Some(sep) if line[sep] == b'=' => line
            .get(sep + 1)
            .is_some_and(|&b| b.is_ascii_alphanumeric() || matches!(b, b'"' | b'\'' | b'<')),
        Some(sep) => line.get(sep + 1) == Some(&b' '),
        None => false,
    }
}

/// Keys that name the field of a name/value pair (`{"name": "email", "value": …}`).
fn is_pair_name_key(k: &[u8]) -> bool {
    matches!(
        k,
        b"name"
            | b"Name"
            | b"key"
            | b"Key"
            // ISO 18013-5 (mobile driving licences): `{"elementIdentifier": "…",
            // "elementValue": …}`.
            | b"elementIdentifier"
            | b"field"
            | b"Field"
            | b"attribute"
            | b"param"
            | b"parameter"
            | b"property"
            | b"variable"
            | b"header"
    )
}

/// Keys that hold "the value" of whatever encloses them.
fn is_generic_value_key(k: &[u8]) -> bool {
    matches!(
        k,
        b"value" | b"Value" | b"val" | b"text" | b"Text" | b"line" | b"lines" | b"v" | b"data"
        // OpenTelemetry's AnyValue: `"value":{"stringValue":"…"}`.
        | b"stringValue" | b"intValue" | b"elementValue"
    )
}

/// The key of the JSON object that `s` stands in (`runtime` for `{"runtime":{"name":…`), read
/// back over at most 2 KiB; quotes are not tracked, which braces inside strings can fool.
fn enclosing_key(line: &[u8], s: usize) -> Option<&[u8]> {
    let floor = s.saturating_sub(2048);
    let mut depth = 0usize;
    let mut p = s;
    while p > floor {
        p -= 1;
        match line[p] {
            b'}' | b']' => depth += 1,
            b'[' if depth == 0 => return None,
            b'{' if depth == 0 => {
                let head = line[..p].strip_suffix(b":")?;
                let head = head.strip_suffix(b"\"").unwrap_or(head);
                let ks = head
                    .iter()
                    .rposition(|&b| !(b.is_ascii_alphanumeric() || b == b'_'))
                    .map_or(0, |i| i + 1);
                return Some(&head[ks..]);
            }
            b'{' | b'[' => depth -= 1,
            _ => {}
        }
    }
    None
}

/// The `"type"` of the JSON object `s` stands in, read ahead to the object's end (at most
/// 512 bytes): Entra's `{"displayName":"Global Reader","type":"Role"}`.
fn object_type(line: &[u8], s: usize) -> Option<&[u8]> {
    let end = (s + 512).min(line.len());
    let close = memchr::memchr(b'}', &line[s..end]).map_or(end, |i| s + i);
    let window = &line[s..close];
    let at = memchr::memmem::find(window, b"\"type\":\"")? + 8;
    let vs = s + at;
    let ve = vs + memchr::memchr(b'"', &line[vs..close])?;
    Some(&line[vs..ve])
}

/// Types of actors that are programs, not people.
static PROGRAM_TYPES: WordSet = WordMap::new(set![
    b"bot",
    b"system",
    b"systemprincipal",
    b"serviceprincipal",
    b"integration",
    b"workflow",
    b"automation",
    b"servicecredential"
]);

/// Objects that describe things, whose `name` is the thing's (`os`, `runtime`, `browser`,
/// `device`, `sdk`, `app`…).
static THINGS: WordSet = WordMap::new(set![
    b"os",
    b"runtime",
    b"browser",
    b"device",
    b"sdk",
    b"app",
    b"application",
    b"client",
    b"server",
    b"service",
    b"package",
    b"library",
    b"framework",
    b"product",
    b"plan",
    b"project",
    b"repo",
    b"repository",
    b"organization",
    b"org",
    b"team",
    b"group",
    b"role",
    b"policy",
    b"bucket",
    b"file",
    b"folder",
    b"queue",
    b"topic",
    b"table",
    b"database",
    b"cluster",
    b"node",
    b"pod",
    b"container",
    b"image",
    b"job",
    b"task",
    b"region",
    b"zone",
    b"country",
    b"city",
    b"location",
    b"geo",
    b"integration",
    b"platform",
    b"module",
    b"plugin",
    b"event",
    b"category",
    b"tag",
    b"label",
    b"engine",
    b"target",
    b"resource",
    b"tenant",
    b"workspace",
    b"channel",
    b"site",
    b"store",
    b"shop",
    b"merchant",
    b"brand"
]);

/// Whether `k`, in lower case, is one of `words`.
fn lowered_in(words: &WordSet, k: &[u8]) -> bool {
    let mut buf = [0u8; 24];
    lower_into(k, &mut buf).is_some_and(|k| words.contains(k))
}

fn is_program_type(t: &[u8]) -> bool {
    lowered_in(&PROGRAM_TYPES, t)
}

fn is_thing(k: &[u8]) -> bool {
    lowered_in(&THINGS, k)
}

/// Container keys that say what their generic keys hold, though not sensitive themselves.
fn container_rule(k: &[u8]) -> Option<KeyRule> {
    let (kind, shape) = match k {
        b"telecom" | b"contactPoint" | b"phones" | b"phoneNumbers" => {
            (Kind::PHONE, ValueShape::Phone)
        }
        b"identifier" | b"identifiers" => (Kind::USER_ID, ValueShape::Word),
        _ => return None,
    };
    Some(KeyRule {
        kind,
        shape,
        custom: None,
        suffix_ok: false,
    })
}

/// The rule a sensitive container key gives its generic keys (a person's `name` object's
/// `text`, an `address` object's `line`).
fn scope_rule(rule: KeyRule) -> Option<KeyRule> {
    matches!(rule.kind, Kind::PERSON | Kind::ADDRESS | Kind::PHONE).then_some(rule)
}

/// The kind of an identifier by its FHIR naming system (`http://hl7.org/fhir/sid/us-ssn`,
/// `urn:oid:1.2.250.1.213.1.4.8` the French NIR, `https://fhir.nhs.uk/Id/nhs-number`).
fn system_rule(system: &[u8], rule: KeyRule) -> KeyRule {
    let mut buf = [0u8; 128];
    let Some(l) = lower_into(&system[..system.len().min(128)], &mut buf) else {
        return rule;
    };
    let national = [
        &b"ssn"[..],
        b"nhs",
        b"nir",
        b"bsn",
        b"cpf",
        b"national",
        b"social",
        b"passport",
        b"nino",
        b"aadhaar",
        b"steuer",
        b"tax",
        b"insee",
        b"1.2.250.1.213.1.4.8",
        b"2.16.840.1.113883.4.1",
        b"sin",
        b"pesel",
        b"dni",
        b"personnummer",
        b"medicare",
        b"driver",
    ]
    .iter()
    .any(|w| memchr::memmem::find(l, w).is_some());
    let kind = if national {
        Kind::NATIONAL_ID
    } else if memchr::memmem::find(l, b"phone").is_some() {
        Kind::PHONE
    } else {
        rule.kind
    };
    let shape = match kind {
        Kind::NATIONAL_ID => ValueShape::GovernmentId,
        Kind::PHONE => ValueShape::Phone,
        _ => rule.shape,
    };
    KeyRule {
        kind,
        shape,
        ..rule
    }
}

/// The end of the `[…]` or `{…}` opening at `open` (brackets counted, strings skipped).
fn bracket_end(line: &[u8], open: usize) -> usize {
    group_end(line, open, b"[{", b"]}", b"\"")
}

/// Keys whose values are identifiers written like email addresses.
fn is_address_like_id_key(k: &[u8]) -> bool {
    if !(5..=12).contains(&k.len()) || !matches!(k[0] | 0x20, b'r' | b'm' | b'c' | b'i' | b't') {
        return false;
    }
    let mut buf = [0u8; 24];
    lower_into(k, &mut buf).is_some_and(|l| {
        matches!(
            l,
            b"realm"
                | b"message-id"
                | b"messageid"
                | b"message_id"
                | b"msgid"
                | b"msg-id"
                | b"call-id"
                | b"callid"
                | b"in-reply-to"
                | b"references"
                | b"content-id"
                | b"thread-index"
        )
    })
}

/// End of a value to skip: quoted (`"…"`, `<…>`) or up to a blank or separator.
fn identifier_value_end(line: &[u8], v: usize) -> usize {
    match line.get(v) {
        Some(&q @ (b'"' | b'\'')) => find_close(line, v + 1, q).map_or(line.len(), |c| c + 1),
        Some(b'<') => memchr::memchr(b'>', &line[v..]).map_or(line.len(), |i| v + i + 1),
        _ => {
            let mut p = v;
            while p < line.len() && !matches!(line[p], b' ' | b'\t' | b',' | b';' | b'>') {
                p += 1;
            }
            p
        }
    }
}

/// Whether the key at `s` is an attribute of `<Data …>`, `<Property …>` and the like, whose
/// `Name` attribute names a field rather than a person.
fn in_generic_xml_tag(line: &[u8], s: usize) -> bool {
    let from = s.saturating_sub(24);
    let Some(lt) = memchr::memrchr(b'<', &line[from..s]).map(|i| from + i) else {
        return false;
    };
    if memchr::memchr(b'>', &line[lt..s]).is_some() {
        return false;
    }
    let name_end = line[lt + 1..s]
        .iter()
        .position(|&b| b == b' ')
        .map_or(s, |i| lt + 1 + i);
    let qname = &line[lt + 1..name_end];
    let local = match memchr::memrchr(b':', qname) {
        Some(c) => &qname[c + 1..],
        None => qname,
    };
    generic_element(local)
}

/// uids below 500 belong to system accounts on every Linux distribution (`uid=33` is
/// `www-data`); people start at 500 (older Red Hat) or 1000.
/// `4294967295` (and `-1`) is the audit system's unset login uid: no one logged in.
fn system_uid(v: &[u8]) -> bool {
    (v.len() <= 3
        && v.iter().all(u8::is_ascii_digit)
        && v.iter().fold(0u32, |a, &b| a * 10 + u32::from(b - b'0')) < 500)
        || v == b"4294967295"
        || v == b"-1"
}

/// Whether a value under a login key can be one: not a path (`projects/…/logs/…`), not a
/// word of the log's own (`user=phone` in a SIP URI, `Disconnected`).
fn login_like(v: &[u8]) -> bool {
    if memchr::memchr(b'/', v).is_some() || memchr::memmem::find(v, b"%2F").is_some() {
        return false;
    }
    if is_username_stopword(v) {
        return false;
    }
    // A capitalized ordinary word (`Disconnected`, `Aborted`) is the log talking.
    let capitalized_word = v.len() > 3
        && v[0].is_ascii_uppercase()
        && v[1..].iter().all(u8::is_ascii_lowercase)
        && names::lookup(v).is_some_and(|n| n.common_word && !n.is_name());
    !capitalized_word
        && !v.starts_with(b"AWSServiceRole")
        && !v.starts_with(b"AWSReservedSSO")
        && !v.starts_with(b"__")
}

/// An email key's value is an address (`"email": 1` in a MongoDB projection is not).
fn email_like(v: &[u8]) -> bool {
    memchr::memchr(b'@', v).is_some() || memchr::memmem::find(v, b"%40").is_some()
}

/// AWS account ids (12 digits) in AWS's own records name an organisation's account, not a
/// person: `"recipientAccountId":"623643666187"`, `arn:aws:iam::623643666187:…`.
fn cloud_account_id(line: &[u8], v: &[u8]) -> bool {
    v.len() == 12
        && v.iter().all(u8::is_ascii_digit)
        && (memchr::memmem::find(line, b"arn:aws").is_some()
            || memchr::memmem::find(line, b"amazonaws.com").is_some())
}

/// The naming attributes whose values are people or logins in a DN: `cn`, `uid`.
fn is_dn_attribute(k: &[u8]) -> bool {
    k.eq_ignore_ascii_case(b"cn") || k.eq_ignore_ascii_case(b"uid")
}

/// Words of built-in containers and groups (`CN=Users`, `CN=Domain Admins`): not people.
fn is_dn_group_word(w: &[u8]) -> bool {
    let mut buf = [0u8; 16];
    lower_into(w, &mut buf).is_some_and(|l| {
        matches!(
            l,
            b"users"
                | b"computers"
                | b"builtin"
                | b"admins"
                | b"administrators"
                | b"domain"
                | b"enterprise"
                | b"schema"
                | b"configuration"
                | b"services"
                | b"system"
                | b"group"
                | b"groups"
                | b"policies"
                | b"operators"
                | b"controllers"
                | b"servers"
                | b"guests"
                | b"managers"
                | b"staff"
                | b"people"
                | b"accounts"
                | b"roles"
        )
    })
}

/// A DN value without its escapes (`Miller\, Tanya` → `Miller, Tanya`), into `buf`.
fn unescape_dn<'b>(v: &[u8], buf: &'b mut [u8; 128]) -> &'b [u8] {
    let mut n = 0;
    let mut i = 0;
    while i < v.len() && n < buf.len() {
        if v[i] == b'\\' && i + 1 < v.len() {
            i += 1;
        }
        buf[n] = v[i];
        n += 1;
        i += 1;
    }
    &buf[..n]
}

fn is_uuid(v: &[u8]) -> bool {
    v.len() == 36
        && v.iter().enumerate().all(|(i, &b)| match i {
            8 | 13 | 18 | 23 => b == b'-',
            _ => b.is_ascii_hexdigit(),
        })
}

/// A reference to a value, not the value: `${DB_PASSWORD}`, `$1`, `?`, `:email`, `%s`,
/// `%(email)s`, `{{ .Values.password }}`, `@p1`.
pub(super) fn is_reference(v: &[u8]) -> bool {
    match v {
        [b'?'] | [b'%', b's'] | [b'%', b'd'] => true,
        // `${DB_PASSWORD}` (also cut at its brace by an unquoted value's end).
        [b'$', b'{', rest @ ..]
            if rest.iter().all(|b| {
                b.is_ascii_alphanumeric() || matches!(b, b'_' | b'}' | b':' | b'-' | b'.')
            }) =>
        {
            true
        }
        [b'{', b'{', .., b'}', b'}'] | [b'%', b'(', .., b')', b's'] => true,
        // `$email`, `$DB_PASSWORD`: a variable.
        [b'$', rest @ ..]
            if rest.len() >= 2
                && (rest[0].is_ascii_alphabetic() || rest[0] == b'_')
                && (rest
                    .iter()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'_')
                    || rest
                        .iter()
                        .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || *b == b'_')) =>
        {
            true
        }
        [b'$' | b'@' | b':', rest @ ..] if !rest.is_empty() => {
            rest.iter().all(|b| b.is_ascii_alphanumeric() || *b == b'_')
                && (rest[0].is_ascii_digit()
                    || v[0] != b'$'
                    || rest
                        .iter()
                        .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || *b == b'_'))
        }
        _ => false,
    }
}

/// A query-string value decoded (`+` and `%20` are spaces, `%XX` a byte) into `buf`; `None`
/// when it does not fit.
pub(super) fn decode_plus<'b>(v: &[u8], buf: &'b mut [u8; 128]) -> Option<&'b [u8]> {
    let mut n = 0;
    let mut i = 0;
    while i < v.len() {
        let (b, step) = match v[i] {
            b'+' => (b' ', 1),
            b'%' => match v.get(i + 1..i + 3).and_then(|h| {
                std::str::from_utf8(h)
                    .ok()
                    .and_then(|h| u8::from_str_radix(h, 16).ok())
            }) {
                Some(b) => (b, 3),
                None => (b'%', 1),
            },
            b => (b, 1),
        };
        *buf.get_mut(n)? = b;
        n += 1;
        i += step;
    }
    Some(&buf[..n])
}

/// Whether the unquoted value at `v` is one field of a form body (`name=Ananya+Pillai&email=…`):
/// an `&` and another `key=` come before any space.
fn form_body_value(line: &[u8], v: usize) -> bool {
    let end = memchr::memchr3(b' ', b'\t', b'"', &line[v..]).map_or(line.len(), |i| v + i);
    memchr::memchr(b'&', &line[v..end]).is_some_and(|i| looks_like_key_at(line, v + i + 1))
}

/// End of a query-string value: `&`, `#`, a quote or whitespace.
pub(super) fn query_value_end(line: &[u8], v: usize) -> usize {
    let mut p = v;
    while p < line.len() && !matches!(line[p], b'&' | b'#' | b'"' | b'\'' | b' ' | b'\t' | b'\\') {
        p += 1;
    }
    p
}

/// Whether an unquoted value runs to the end of the line: a secret, name or address under a
/// key that starts the line (`.env`, YAML, `Name: value` blocks), with no other key after it
/// (`POSTGRES_PASSWORD=Monsoon chai soleil; 42`).
pub(super) fn whole_line_value(line: &[u8], s: usize, syntax: Syntax, shape: ValueShape) -> bool {
    if !matches!(syntax, Syntax::Colon | Syntax::KeyValue)
        || !matches!(
            shape,
            ValueShape::Secret | ValueShape::Person | ValueShape::Address
        )
    {
        return false;
    }
    // `key=value` ends at a blank (logfmt, shells), but an environment file's `KEY=` takes
    // the rest of its line (Docker's env files do not quote).
    if syntax == Syntax::KeyValue {
        let key_end = line[s..]
            .iter()
            .position(|b| !(b.is_ascii_alphanumeric() || *b == b'_'))
            .map_or(line.len(), |i| s + i);
        let env_style = line[s..key_end]
            .iter()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || *b == b'_');
        if !env_style {
            return false;
        }
    }
    let mut ks = s;
    if ks > 0 && matches!(line[ks - 1], b'"' | b'\'') {
        ks -= 1;
    }
    let lead = &line[..ks];
    let lead = lead.strip_prefix(b"export ").unwrap_or(lead);
    if !lead.iter().all(|&b| matches!(b, b' ' | b'\t' | b'-')) {
        return false;
    }
    // (`PGPASSWORD=x pg_dump -h db` reads the same as an env file's `KEY=k9 -A`: the value
    // takes the rest of the line, the command with it. Masking the command too loses a
    // little; ending the value at the blank could leave a password's second half in clear.)
    let rest = &line[s..];
    // Another key of the same syntax after a blank ends the value: `PASSWORD=x USER=y`,
    // `password: x  user: y`.
    !rest.iter().enumerate().skip(1).any(|(i, &b)| {
        matches!(b, b' ' | b'\t')
            && key_separator_at(rest, i + 1).is_some_and(|sep| match syntax {
                Syntax::KeyValue => {
                    rest[sep] == b'='
                        && rest[i + 1..sep]
                            .iter()
                            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || *b == b'_')
                }
                _ => rest[sep] == b':' && rest.get(sep + 1) == Some(&b' '),
            })
    })
}

pub(super) fn value_ok(shape: ValueShape, v: &[u8], quoted: bool) -> bool {
    if v.is_empty() || is_placeholder(v) {
        return false;
    }
    let digits = || v.iter().filter(|b| b.is_ascii_digit()).count();
    let alnum = || v.iter().filter(|b| b.is_ascii_alphanumeric()).count();
    match shape {
        ValueShape::Word => v.len() <= 256,
        // Logins start with a letter or `_`: `last_login=2026-…` holds a time, `user=0` a uid.
        ValueShape::Username => {
            v.len() <= 256 && (v[0].is_ascii_alphabetic() || v[0] == b'_' || v[0] >= 0x80)
        }
        ValueShape::Person => v.len() <= 128 && looks_like_person_name(v),
        ValueShape::Date => digits() >= 2 && v.len() <= 40,
        // Not a network's address (`remote address: 10.0.0.1 port 22`, `0.0.0.0:8080 (http)`):
        // a street starts with a word or a house number, not an IP and a port.
        ValueShape::Address => {
            v.len() <= 256
                && !v.contains(&b'@')
                && v.iter().any(u8::is_ascii_alphabetic)
                && v.contains(&b' ')
                && !v.starts_with(b"0x")
                && !starts_with_network_address(v)
        }
        ValueShape::Code => (3..=12).contains(&v.len()) && digits() >= 3,
        // ZooKeeper's `sessionid 0x34f4a63146b003c` is a handle written in hex, not a token.
        // Nor is an error constant (`ERR_UPSTREAM_TIMEOUT_504`), nor a coded value
        // (FHIR's `code=http://loinc.org|8867-4`).
        ValueShape::SessionId => {
            v.len() >= 16
                && digits() > 0
                && v.iter().any(u8::is_ascii_alphabetic)
                && !v.starts_with(b"0x")
                && !v.contains(&b'|')
                && memchr::memmem::find(v, b"://").is_none()
                && !(v.contains(&b'_')
                    && v.iter()
                        .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || *b == b'_'))
        }
        // A quoted secret is whatever the quotes hold (`"Kaffee(62)syW;Lluvia"`).
        ValueShape::Secret | ValueShape::Authorization if quoted => v.len() <= 8192,
        ValueShape::Secret | ValueShape::Authorization => {
            // `0x34f4a63146b003c` (a ZooKeeper session), `Token{a64f992 …}` (an object's
            // toString) are handles, not credentials.
            v.len() <= 8192 && !v.starts_with(b"0x") && !is_object_dump(v)
        }
        ValueShape::CookieList => false,
        ValueShape::CardNumber => {
            (12..=19).contains(&digits())
                && v.iter()
                    .all(|&b| b.is_ascii_digit() || b == b' ' || b == b'-')
        }
        ValueShape::Cvv => (3..=4).contains(&digits()) && digits() == v.len(),
        ValueShape::AccountNumber => (8..=34).contains(&alnum()) && v.len() <= 48,
        ValueShape::GovernmentId => {
            (5..=20).contains(&alnum())
                && (digits() >= 1 || v.iter().all(u8::is_ascii_uppercase))
                && v.len() <= 32
        }
        ValueShape::Phone => (6..=15).contains(&digits()) && v.len() <= 32,
    }
}

impl Scanner<'_> {
    /// A key followed by `=` or `:` (possibly quoted, as in JSON, or escaped-quoted, as in JSON
    /// inside a string). Returns where scanning resumes, `None` if this is not a key.
    pub(super) fn key(&mut self, s: usize, e: usize) -> KeyScan {
        let line = self.line;
        let n = line.len();
        // `<email:7f3a9c21>` is a token this engine wrote, not a key: masking stays idempotent.
        if e - s > MAX_KEY || (s > 0 && line[s - 1] == b'<') {
            return KeyScan::NotAKey;
        }
        let before = if s > 0 { line[s - 1] } else { 0 };
        let mut p = e;
        let mut key_quote = None;
        match line.get(p) {
            Some(&q @ (b'"' | b'\'')) if before == q => {
                p += 1;
                key_quote = Some(q);
            }
            Some(b'"') | Some(b'\'') => p += 1,
            Some(b'\\') if line.get(p + 1) == Some(&b'"') => p += 2,
            // PostgreSQL's `Key (username)=(o.rossi6) already exists`
            Some(b')') if before == b'(' => p += 1,
            // … and `Key (lower(username::text))=(a.yilmaz5)`: a cast, then the closing parens.
            Some(b':') if before == b'(' && line.get(p + 1) == Some(&b':') => {
                p += 2;
                while p < n && (line[p].is_ascii_alphanumeric() || line[p] == b'_') {
                    p += 1;
                }
                while p < n && line[p] == b')' && p - e < 24 {
                    p += 1;
                }
                if line.get(p) != Some(&b'=') || line.get(p + 1) != Some(&b'(') {
                    return KeyScan::NotAKey;
                }
            }
            _ => {}
        }
        // `"HSET" "user:1001" "dob" "1969-05-20"`: a command's quoted arguments, key then value.
        if let Some(q) = key_quote {
            if line.get(p) == Some(&b' ') && line.get(p + 1) == Some(&q) {
                return self.quoted_argument(s, e, p + 1, q);
            }
        }
        // `GivenName              : Ebba`: PowerShell's Format-List, and other dumps that
        // align their values, pad a key that starts the line up to the colon.
        let aligned = p == e
            && line.get(p) == Some(&b' ')
            && line[..s].iter().all(|&b| b == b' ' || b == b'\t');
        let pad = if aligned { 48 } else { 3 };
        while p < n && line[p] == b' ' && p - e < pad {
            p += 1;
        }
        if aligned && p - e >= 3 && (line.get(p) != Some(&b':') || line.get(p + 1) != Some(&b' ')) {
            return KeyScan::NotAKey;
        }
        let Some(&sep) = line.get(p) else {
            return KeyScan::NotAKey;
        };
        if sep.is_ascii_alphabetic() && p == e + 1 {
            return match self.block_key(s) {
                Some(resume) => KeyScan::Key(resume),
                None => KeyScan::NotAKey,
            };
        }
        match sep {
            b'=' => {
                if line.get(p + 1) == Some(&b'=') {
                    return KeyScan::NotAKey;
                }
                // `key => value` (Ruby, Perl, PHP dumps).
                if line.get(p + 1) == Some(&b'>') {
                    p += 1;
                }
            }
            b':' => {
                if matches!(line.get(p + 1), Some(b':') | Some(b'/')) {
                    return KeyScan::NotAKey;
                }
                // `pam_unix(passwd:chauthtok)`: a facility, not a key.
                if before == b'(' && line.get(p + 1) != Some(&b' ') {
                    return KeyScan::NotAKey;
                }
                // `($email: String!)`: a GraphQL variable and its type, not a value.
                if before == b'$' && key_quote.is_none() && line.get(e) != Some(&b'"') {
                    return KeyScan::Key(p + 1);
                }
            }
            _ => return KeyScan::NotAKey,
        }
        let mut syntax = if p > e && line[e] == b'\\' {
            Syntax::EscapedJson
        } else if sep == b':' && key_quote == Some(b'"') {
            Syntax::Json
        } else if sep == b':' {
            Syntax::Colon
        } else if matches!(before, b'?' | b'&') {
            Syntax::Query
        } else if before == b'-' {
            Syntax::CommandLine
        } else {
            Syntax::KeyValue
        };
        let mut v = p + 1;
        while v < n && line[v] == b' ' && v - p < 4 {
            v += 1;
        }
        let numeric_value = match line.get(v) {
            Some(b'"') | Some(b'\'') => line.get(v + 1).is_some_and(u8::is_ascii_digit),
            Some(b) => b.is_ascii_digit(),
            None => false,
        };
        if sep == b'=' && is_dn_attribute(&line[s..e]) {
            if let Some(resume) = self.dn_value(s, e, v) {
                return KeyScan::Key(resume);
            }
        }
        // `{"name":"DB_PASSWORD","value":"…"}`: the name is a field's, the value is its value.
        if is_pair_name_key(&line[s..e]) {
            if let Some(&q @ (b'"' | b'\'')) = line.get(v) {
                if let Some(c) = find_close(line, v + 1, q) {
                    if let KeyClass::Sensitive(rule, label) =
                        self.keys.classify(&line[v + 1..c], false)
                    {
                        self.pair = Some(Scope {
                            end: memchr::memchr(b'}', &line[c..]).map_or(line.len(), |i| c + i),
                            rule: *rule,
                            label,
                        });
                        return KeyScan::Key(c + 1);
                    }
                }
            }
        }
        let generic = is_generic_value_key(&line[s..e]);
        let class = match self.keys.classify(&line[s..e], numeric_value) {
            KeyClass::Numeric | KeyClass::Other
                if s < self.owner_until && is_id_key(&line[s..e]) =>
            {
                KeyClass::Sensitive(&OWNER_ID_RULE, "id of user object")
            }
            KeyClass::Numeric | KeyClass::Other
                if generic && self.pair.is_some_and(|p| s < p.end) =>
            {
                match &self.pair {
                    Some(p) => KeyClass::Sensitive(&p.rule, p.label),
                    None => KeyClass::Other,
                }
            }
            KeyClass::Numeric | KeyClass::Other
                if generic && self.scope.is_some_and(|p| s < p.end) =>
            {
                match &self.scope {
                    Some(p) => KeyClass::Sensitive(&p.rule, p.label),
                    None => KeyClass::Other,
                }
            }
            // FHIR's `"system":"http://hl7.org/fhir/sid/us-ssn"` says which id the value is.
            KeyClass::Other
                if &line[s..e] == b"system" && self.scope.is_some_and(|p| s < p.end) =>
            {
                if let Some(&q @ (b'"' | b'\'')) = line.get(v) {
                    let c = find_close(line, v + 1, q).unwrap_or(line.len());
                    if let Some(scope) = self.scope.as_mut() {
                        scope.rule = system_rule(&line[v + 1..c], scope.rule);
                    }
                    return KeyScan::Key(c.min(line.len()));
                }
                KeyClass::Other
            }
            c => c,
        };
        // `"runtime":{"name":"CPython"}`, `"os":{"name":"Linux"}`: the name of a thing, not
        // of a person, when the object it stands in is named for a thing.
        let class = match class {
            KeyClass::Sensitive(rule, _)
                if rule.kind == Kind::PERSON
                    && matches!(&line[s..e], b"name" | b"Name" | b"displayName")
                    && key_quote.is_some()
                    && (enclosing_key(line, s).is_some_and(is_thing)
                        || object_type(line, s).is_some_and(is_thing)) =>
            {
                KeyClass::Other
            }
            c => c,
        };
        // Plaid's `"ach":[{"account":"657401612776","routing":"011401533"}]`: a bare
        // `account` of digits beside a routing number or sort code is a bank account.
        if matches!(&line[s..e], b"account" | b"Account") && key_quote.is_some() {
            if let Some(&q @ b'"') = line.get(v) {
                let c = find_close(line, v + 1, q).unwrap_or(line.len());
                let digits = &line[v + 1..c];
                let object_end = memchr::memchr(b'}', &line[c..]).map_or(line.len(), |i| c + i);
                let object_start = line[..s].iter().rposition(|&b| b == b'{').unwrap_or(0);
                let object = &line[object_start..object_end];
                let banking = [
                    &b"\"routing"[..],
                    b"\"sort_code",
                    b"\"sortCode",
                    b"\"bsb",
                    b"\"iban",
                ]
                .iter()
                .any(|k| memchr::memmem::find(object, k).is_some());
                if (6..=17).contains(&digits.len())
                    && digits.iter().all(u8::is_ascii_digit)
                    && banking
                {
                    self.emit(
                        v + 1,
                        c,
                        Kind::BANK_ACCOUNT,
                        Rule::Key(syntax, "account beside a routing number"),
                    );
                    return KeyScan::Key(c + 1);
                }
            }
        }
        // `"actor":{"type":"app","app":{"id":…}}`, Okta's `"type":"SystemPrincipal"`: the
        // object an owner key opened is a program's, and so are its ids.
        if s < self.owner_until
            && matches!(
                &line[s..e],
                b"type" | b"Type" | b"actorType" | b"principalType"
            )
        {
            if let Some(&q @ b'"') = line.get(v) {
                let c = find_close(line, v + 1, q).unwrap_or(line.len());
                if is_thing(&line[v + 1..c]) || is_program_type(&line[v + 1..c]) {
                    self.owner_until = 0;
                }
            }
        }
        let (rule, label) = match class {
            KeyClass::Sensitive(_, _) if self.has_markup && in_generic_xml_tag(line, s) => {
                return KeyScan::Key(identifier_value_end(line, v));
            }
            KeyClass::Sensitive(rule, label) => (*rule, label),
            KeyClass::Numeric => {
                let mut vs = v;
                if matches!(line.get(vs), Some(b'"') | Some(b'\'')) {
                    vs += 1;
                }
                self.numeric_value_at = vs;
                return KeyScan::Key(v);
            }
            KeyClass::Other => {
                if line.get(v) == Some(&b'{') && is_owner_key(&line[s..e]) {
                    self.owner_until = object_end(line, v);
                }
                if let Some(rule) = container_rule(&line[s..e]) {
                    if matches!(line.get(v), Some(b'[') | Some(b'{')) {
                        self.scope = Some(Scope {
                            end: bracket_end(line, v),
                            rule,
                            label: "container",
                        });
                    }
                }
                // `realm="http-auth@example.org"`, `Message-ID: <…@mail.gmail.com>`: ids
                // written like addresses. Skip the value.
                if is_address_like_id_key(&line[s..e]) {
                    return KeyScan::Key(identifier_value_end(line, v));
                }
                // `<Data Name="TargetUserName">`: the attribute names the element's field.
                if self.has_markup && in_generic_xml_tag(line, s) {
                    return KeyScan::Key(identifier_value_end(line, v));
                }
                return KeyScan::Key(p + 1);
            }
        };
        if rule.shape == ValueShape::CookieList {
            return KeyScan::Key(self.cookie_list(v));
        }
        let bracketed = match line.get(v) {
            Some(b'<') => bracketed_end(line, v),
            _ => None,
        };
        let (vs, ve) = match line.get(v) {
            None => return KeyScan::Key(v),
            Some(b'{') => {
                if rule.kind == Kind::USERNAME
                    || rule.kind == Kind::PERSON
                    || rule.kind == Kind::USER_ID
                {
                    self.owner_until = object_end(line, v);
                }
                // Spring Boot's /actuator/env: `"DB_PASSWORD":{"value":"…","origin":…}`; the
                // object's `value` is the key's value, whatever kind it has.
                let holds_value = line[skip_spaces(line, v + 1)..].starts_with(b"\"value\"");
                if let Some(rule) = scope_rule(rule).or(holds_value.then_some(rule)) {
                    self.scope = Some(Scope {
                        end: bracket_end(line, v),
                        rule,
                        label,
                    });
                }
                return KeyScan::Key(v);
            }
            // Microsoft 365's `"Actor":[{"ID":"…","Type":0},{"ID":"…"}]`: a list of the
            // person's objects; their ids are the person's.
            Some(b'[')
                if line.get(v + 1) == Some(&b'{')
                    && matches!(rule.kind, Kind::USERNAME | Kind::PERSON | Kind::USER_ID) =>
            {
                self.owner_until = bracket_end(line, v);
                return KeyScan::Key(v + 1);
            }
            // Dovecot's `user=<anke_m>`, mail headers' `<…>`: the brackets hold the value.
            // A secret's key with a bracketed value holds a placeholder (`password=<redacted>`)
            // or a log's own session id (Dovecot's `session=<Yju18/cwzrZGGh9P>`), not a secret.
            Some(b'<')
                if sep == b'='
                    && matches!(
                        rule.shape,
                        ValueShape::Secret | ValueShape::Authorization | ValueShape::SessionId
                    )
                    && bracketed.is_some() =>
            {
                return KeyScan::Key(bracketed.unwrap_or(v));
            }
            Some(b'<')
                if sep == b'='
                    && !matches!(
                        rule.shape,
                        ValueShape::Secret | ValueShape::Authorization | ValueShape::SessionId
                    ) =>
            {
                match memchr::memchr(b'>', &line[v + 1..]) {
                    Some(c) if c > 0 && c <= 256 && !is_mask_token(&line[v + 1..v + 1 + c]) => {
                        (v + 1, v + 1 + c)
                    }
                    _ => return KeyScan::Key(v),
                }
            }
            // `PGPASSWORD=[4cUy.4k]-`: a secret that starts with a bracket, not a list.
            Some(b'[')
                if matches!(rule.shape, ValueShape::Secret)
                    && memchr::memchr(b']', &line[v..])
                        .and_then(|c| line.get(v + c + 1))
                        .is_some_and(|&b| {
                            !matches!(b, b' ' | b',' | b';' | b'}' | b')' | b'"' | b'\'')
                        })
                    && !matches!(line.get(v + 1), Some(b'"' | b'\'' | b'{' | b'[')) =>
            {
                (v, self.unquoted_end(s, v, rule.shape))
            }
            // `"given": ["Tanya", "Jo"]`: each element is a value of the key; `"name": [{…}]`
            // holds objects whose generic keys are parts of the value.
            Some(b'[') => {
                if skip_spaces(line, v + 1) < line.len() && line[skip_spaces(line, v + 1)] == b'{' {
                    if let Some(rule) = scope_rule(rule) {
                        self.scope = Some(Scope {
                            end: bracket_end(line, v),
                            rule,
                            label,
                        });
                    }
                    return KeyScan::Key(v);
                }
                return KeyScan::Key(self.array_values(rule, label, syntax, v));
            }
            Some(b'(') if line[p - 1] == b')' => match memchr::memchr(b')', &line[v + 1..]) {
                Some(c) => (v + 1, v + 1 + c),
                None => return KeyScan::Key(v),
            },
            Some(&q @ (b'"' | b'\'')) => match find_close(line, v + 1, q) {
                Some(c) => (v + 1, c),
                None => (v + 1, self.unquoted_end(s, v + 1, rule.shape)),
            },
            Some(b'\\') if line.get(v + 1) == Some(&b'"') => {
                match find_escaped_close(line, v + 2) {
                    Some(c) => (v + 2, c),
                    None => (v + 2, self.unquoted_end(s, v + 2, rule.shape)),
                }
            }
            // An environment file's secret takes the rest of its line, whatever it looks like
            // (`POSTGRES_PASSWORD=k9: 0` is not a label before a key).
            Some(_)
                if rule.shape == ValueShape::Secret
                    && syntax == Syntax::KeyValue
                    && whole_line_value(line, s, syntax, rule.shape) =>
            {
                (v, trim_end_spaces(line, v, line.len()))
            }
            // `USER_LOGIN: Username=jdoe`: a label, not a key; its "value" is the next key. A
            // value with a colon in it (`k9:`, `w8toPQ:APA91b…`) is not a key.
            Some(_)
                if syntax != Syntax::Query
                    && !matches!(before, b'?' | b'&')
                    && label_before_key(line, v) =>
            {
                // `USER_LOGIN: Username=jdoe`: a label, not a key; its "value" is the next key.
                return KeyScan::Key(v);
            }
            Some(_) if rule.shape == ValueShape::Authorization => {
                match credential_after_scheme(line, v, line.len()) {
                    // `AWS4-HMAC-SHA256 Credential=…, Signature=…`, `Digest username="…"`:
                    // parameters, each judged by its own key.
                    Some((cs, _)) if looks_like_param_at(line, cs) => return KeyScan::Key(cs),
                    Some((cs, ce)) => (cs, ce),
                    None => return KeyScan::Key(v),
                }
            }
            Some(_) if rule.shape == ValueShape::Username && starts_upper(line, v) => {
                // `assignee: Jane Doe, …`: a name where a login was expected.
                match person_words(line, v) {
                    Some(end) if line[v..end].contains(&b' ') => {
                        self.emit(v, end, Kind::PERSON, Rule::Key(syntax, label));
                        self.last_person_end = end;
                        return KeyScan::Key(end);
                    }
                    _ => (v, self.unquoted_end(s, v, rule.shape)),
                }
            }
            Some(_) if whole_line_value(line, s, syntax, rule.shape) => {
                (v, trim_end_spaces(line, v, line.len()))
            }
            Some(_) if syntax == Syntax::Query || form_body_value(line, v) => {
                syntax = Syntax::Query;
                (v, query_value_end(line, v))
            }
            Some(_) => (v, self.unquoted_end(s, v, rule.shape)),
        };
        let quoted = vs != v;
        match self.keyed_value(rule, label, syntax, vs, ve, quoted) {
            Some(resume) => KeyScan::Key(resume),
            None => KeyScan::Key(v),
        }
    }

    /// Validates and emits the value `vs..ve` of a sensitive key read in `syntax`; returns
    /// where scanning resumes, `None` when the value is not one (a placeholder, the wrong
    /// shape). Every syntax that finds a key and a value ends here.
    pub(super) fn keyed_value(
        &mut self,
        rule: KeyRule,
        label: &'static str,
        syntax: Syntax,
        vs: usize,
        ve: usize,
        quoted: bool,
    ) -> Option<usize> {
        let line = self.line;
        let (vs, ve) = match rule.shape {
            ValueShape::Authorization if quoted => credential_after_scheme(line, vs, ve)?,
            // `"user_email":"'kai.haas@example.de'"`: Python's repr of a string inside a JSON
            // string (Sentry's frame variables); the quotes are the repr's, not the value's.
            // A password keeps them: its quotes may be its own.
            _ if quoted
                && rule.kind != Kind::PASSWORD
                && ve >= vs + 3
                && line[vs] == b'\''
                && line[ve - 1] == b'\'' =>
            {
                (vs + 1, ve - 1)
            }
            _ => (vs, ve),
        };
        // `user=CONTOSO\\jdoe`, `"user":"CORP\\\\jdoe"`: the login is the account after the domain.
        let (vs, ve) = if rule.kind == Kind::USERNAME {
            down_level_account(line, vs, ve).unwrap_or((vs, ve))
        } else {
            (vs, ve)
        };
        // The OpenTelemetry Collector's debug exporter types its values: `Str(jdoe)`.
        let (vs, ve) = match &line[vs..ve] {
            [b'S', b't', b'r', b'(', ..] | [b'I', b'n', b't', b'(', ..] if ve > vs + 4 => {
                (vs + 4, ve)
            }
            _ => (vs, ve),
        };
        let value = &line[vs..ve];
        // `customer=842332`, `"user":"10442"`: a person's key with a number names them by id
        // (four digits at least: `AccountName=163` is an account called 163).
        // Not a phone number (`recipient=07700 900356`): those start with a zero or go on
        // after a space.
        let spaced =
            line.get(ve) == Some(&b' ') && line.get(ve + 1).is_some_and(u8::is_ascii_digit);
        if matches!(rule.kind, Kind::USERNAME | Kind::PERSON)
            && (4..=20).contains(&value.len())
            && value.iter().all(u8::is_ascii_digit)
            && value[0] != b'0'
            && !spaced
        {
            self.emit(vs, ve, Kind::USER_ID, Rule::Key(syntax, label));
            return Some(ve);
        }
        let person_like = |v: &[u8]| {
            if syntax == Syntax::Query {
                looks_like_person_name(decode_plus(v, &mut [0u8; 128]).unwrap_or_default())
            } else {
                looks_like_person_name(v)
            }
        };
        if rule.shape == ValueShape::Username
            && (value.contains(&b' ') || (syntax == Syntax::Query && value.contains(&b'+')))
            && person_like(value)
        {
            self.emit(vs, ve, Kind::PERSON, Rule::Key(syntax, label));
            return Some(ve);
        }
        // A service account's object (`"user":{"username":"system:apiserver",…}`) is nobody's:
        // its ids are not a person's either.
        if vs < self.owner_until && rule.kind == Kind::USERNAME && is_system_identity(value) {
            self.owner_until = 0;
        }
        // uid 0 is root on every Unix host: it names no one. `PWD=/srv/app` is sudo's working
        // directory, not a password.
        // A one-digit user id is the first account a system made: root, its administrator
        // (GitLab's `author_id: 1`), a daemon.
        let not_personal = (rule.kind == Kind::USER_ID
            && ((value.len() == 1 && value[0].is_ascii_digit())
                || (label.ends_with("uid") && system_uid(value))))
            || (rule.kind == Kind::USERNAME && !login_like(value))
            || (rule.kind == Kind::EMAIL && !email_like(value))
            || (rule.kind == Kind::USER_ID && cloud_account_id(line, value))
            || (rule.kind == Kind::PASSWORD && value.first() == Some(&b'/') && value.len() > 1)
            || (matches!(rule.kind, Kind::USERNAME | Kind::USER_ID | Kind::PERSON)
                && is_system_identity(value))
            || is_reference(value)
            || (label == "signature" && syntax != Syntax::Query)
            // Kubernetes objects' `uid` is a UUID naming a pod or a secret, not a person; inside
            // a user (`"user":{"username":…,"uid":…}`) it names the user.
            || (label == "uid" && is_uuid(value) && vs >= self.owner_until)
            // `jose.jwt:decoded payload`: a logger's name before a word, not a token. Tokens
            // and keys are never a short word of lowercase letters.
            || (rule.kind == Kind::SECRET
                && !quoted
                && value.len() <= 12
                && value.iter().all(u8::is_ascii_lowercase));
        let shape_ok = if rule.shape == ValueShape::Person && syntax == Syntax::Query {
            value.len() <= 128 && person_like(value)
        } else {
            value_ok(rule.shape, value, quoted)
        };
        if not_personal || !shape_ok {
            return None;
        }
        let r = match rule.custom {
            Some(i) => Rule::CustomKey(syntax, i),
            None => Rule::Key(syntax, label),
        };
        if matches!(rule.shape, ValueShape::Secret | ValueShape::Authorization) {
            // A credential's shape names it better than its key, and bounds it better:
            // `Credential=AKIA…/20261010/eu-west-1/s3/aws4_request` holds one key id.
            let lead = vs
                + line[vs..ve]
                    .iter()
                    .position(|&b| matches!(b, b'/' | b',' | b';'))
                    .unwrap_or(ve - vs);
            let (kind, r, ve) = match credential_shape(&line[vs..ve]) {
                Some((k, r)) => (k, r, ve),
                None if quoted => (rule.kind, r, ve),
                None => match credential_shape(&line[vs..lead]) {
                    Some((k, r)) => (k, r, lead),
                    None => (rule.kind, r, ve),
                },
            };
            self.emit(vs, ve, kind, r);
            return Some(ve);
        }
        self.emit(vs, ve, rule.kind, r);
        // Scan the value too: a shape inside it (an email under `user`) names the kind better.
        // A value whose kind is itself a shape (a card under `card`) has nothing better to say.
        if is_shape_kind(rule.kind) {
            return Some(ve);
        }
        Some(vs)
    }

    /// `CN=Miller\, Tanya,OU=Staff,DC=corp` and `(uid=jdoe)`: the value of a naming attribute
    /// of an LDAP distinguished name or filter, to its unescaped end (RFC 4514).
    fn dn_value(&mut self, s: usize, e: usize, v: usize) -> Option<usize> {
        let line = self.line;
        let n = line.len();
        let mut ve = v;
        while ve < n {
            match line[ve] {
                b'\\' => ve += 2,
                b',' | b'+' | b'"' | b')' | b';' | b'\'' => break,
                _ => ve += 1,
            }
        }
        let ve = ve.min(n);
        // Only inside a DN (another `attr=` follows) or a filter (`(uid=…)`).
        let in_filter = s > 0 && line[s - 1] == b'(' && line.get(ve) == Some(&b')');
        let in_dn = line.get(ve) == Some(&b',') && looks_like_key_at(line, ve + 1);
        if !(in_filter || in_dn) || !line[v..ve].iter().any(u8::is_ascii_alphabetic) {
            return None;
        }
        let value = &line[v..ve];
        let uid = line[s..e].eq_ignore_ascii_case(b"uid");
        let mut buf = [0u8; 128];
        let plain = unescape_dn(value, &mut buf);
        let kind = if !uid
            && looks_like_person_name(plain)
            && !plain.split(|&b| b == b' ').any(is_dn_group_word)
        {
            Kind::PERSON
        } else if is_system_identity(plain) || plain.split(|&b| b == b' ').any(is_dn_group_word) {
            return Some(ve);
        } else {
            Kind::USERNAME
        };
        self.emit(
            v,
            ve,
            kind,
            Rule::Key(Syntax::LdapDn, if uid { "uid" } else { "cn" }),
        );
        Some(ve)
    }

    /// `"dob" "1969-05-20"` after a quoted key `s..e`: the next quoted argument is its value.
    fn quoted_argument(&mut self, s: usize, e: usize, open: usize, q: u8) -> KeyScan {
        let line = self.line;
        let KeyClass::Sensitive(rule, label) = self.keys.classify(&line[s..e], false) else {
            return KeyScan::NotAKey;
        };
        let rule = *rule;
        let Some(close) = find_close(line, open + 1, q) else {
            return KeyScan::NotAKey;
        };
        match self.keyed_value(rule, label, Syntax::QuotedArguments, open + 1, close, true) {
            Some(resume) => KeyScan::Key(resume),
            None => KeyScan::Key(close),
        }
    }

    /// `["Tanya", "Jo"]` under a sensitive key: each quoted element is a value. Returns where
    /// scanning resumes (after the array, or at its first element when it holds no strings).
    fn array_values(
        &mut self,
        rule: KeyRule,
        label: &'static str,
        syntax: Syntax,
        open: usize,
    ) -> usize {
        let line = self.line;
        let mut p = open + 1;
        let mut resume = open + 1;
        loop {
            p = skip_spaces(line, p);
            let Some(&q @ (b'"' | b'\'')) = line.get(p) else {
                break;
            };
            let Some(close) = find_close(line, p + 1, q) else {
                break;
            };
            if let Some(r) = self.keyed_value(rule, label, syntax, p + 1, close, true) {
                resume = r.max(close);
            }
            p = skip_spaces(line, close + 1);
            if line.get(p) != Some(&b',') {
                break;
            }
            p += 1;
        }
        resume.max(open + 1)
    }

    /// `Cookie: a=1; _shop_session=…; theme=dark`: each cookie judged by its name. Returns the
    /// end of the list.
    fn cookie_list(&mut self, v: usize) -> usize {
        let line = self.line;
        let n = line.len();
        let (mut p, end) = match line.get(v) {
            Some(&q @ (b'"' | b'\'')) => (v + 1, find_close(line, v + 1, q).unwrap_or(n)),
            _ => (
                v,
                memchr::memchr3(b'"', b'\t', b'|', &line[v..]).map_or(n, |i| v + i),
            ),
        };
        while p < end {
            p = skip_spaces(line, p);
            let ns = p;
            while p < end && !matches!(line[p], b'=' | b';' | b' ' | b',') {
                p += 1;
            }
            if line.get(p) != Some(&b'=') || p == ns {
                // An attribute (`HttpOnly`, `Secure`) or the end: go on after the next `;`.
                match memchr::memchr(b';', &line[p.min(end)..end]) {
                    Some(i) => {
                        p = p + i + 1;
                        continue;
                    }
                    None => break,
                }
            }
            let name = &line[ns..p];
            let vs = p + 1;
            let (cvs, cve, next) = match line.get(vs) {
                Some(b'"') => match memchr::memchr(b'"', &line[vs + 1..end]) {
                    Some(i) => (vs + 1, vs + 1 + i, vs + i + 2),
                    None => (vs + 1, end, end),
                },
                _ => {
                    let ve = memchr::memchr(b';', &line[vs.min(end)..end]).map_or(end, |i| vs + i);
                    let ve = trim_end_spaces(line, vs, ve);
                    (vs, ve, ve)
                }
            };
            let class = if is_session_cookie_name(name) {
                KeyClass::Sensitive(&SESSION_COOKIE_RULE, "session cookie")
            } else {
                self.keys.classify(name, false)
            };
            if let KeyClass::Sensitive(rule, label) = class {
                let rule = *rule;
                let _ = self.keyed_value(rule, label, Syntax::Cookie, cvs, cve, true);
            }
            p = next;
            match memchr::memchr(b';', &line[p.min(end)..end]) {
                Some(i) => p = p + i + 1,
                None => break,
            }
        }
        end
    }

    /// End of an unquoted value starting at `v`, by what the key says the value looks like.
    #[inline(never)]
    pub(super) fn unquoted_end(&self, key_start: usize, v: usize, shape: ValueShape) -> usize {
        let line = self.line;
        let n = line.len();
        let stop = |b: u8| {
            matches!(
                b,
                b' ' | b'\t'
                    | b'"'
                    | b'\''
                    | b','
                    | b';'
                    | b'&'
                    | b'|'
                    | b')'
                    | b']'
                    | b'}'
                    | b'<'
                    | b'>'
                    | b'\\'
            )
        };
        let word_end = |from: usize| {
            let mut p = from;
            while p < n && !stop(line[p]) {
                p += 1;
            }
            p
        };
        match shape {
            ValueShape::Word
            | ValueShape::Username
            | ValueShape::Cvv
            | ValueShape::Code
            | ValueShape::CookieList
            | ValueShape::SessionId => word_end(v),
            ValueShape::Secret | ValueShape::Authorization if map_entry(line, key_start) => {
                // Java's `Map.toString()` (`System.getenv(): {DB_PASSWORD=Mot de passe 2024!,
                // PATH=…}`): an entry runs to the `, ` before the next key, or to the brace.
                let mut p = v;
                let mut end = line[v..]
                    .iter()
                    .rposition(|&b| b == b'}')
                    .map_or(n, |i| v + i);
                while let Some(i) = memchr::memmem::find(&line[p..end], b", ") {
                    if looks_like_key_at(line, p + i + 2) {
                        end = p + i;
                        break;
                    }
                    p += i + 2;
                }
                end
            }
            ValueShape::Secret | ValueShape::Authorization => {
                // `&` separates query parameters; elsewhere it is part of a password.
                let in_query = key_start > 0 && matches!(line[key_start - 1], b'?' | b'&');
                let mut p = v;
                while p < n
                    && !matches!(line[p], b' ' | b'\t' | b'"' | b'\'' | b'\\')
                    && !(in_query && line[p] == b'&')
                {
                    p += 1;
                }
                // `a=b,c=d`, `a=b&c=d`: a separator before another key ends the value.
                let mut q = v;
                while q < p {
                    if matches!(line[q], b',' | b';' | b'&') && looks_like_key_at(line, q + 1) {
                        p = q;
                        break;
                    }
                    q += 1;
                }
                while p > v && matches!(line[p - 1], b',' | b';' | b')' | b']' | b'}' | b'.') {
                    p -= 1;
                }
                p
            }
            ValueShape::Person => person_words(line, v).unwrap_or_else(|| word_end(v)),
            ValueShape::Date => date_end(line, v),
            ValueShape::Address => {
                let mut p = v;
                while p < n {
                    let b = line[p];
                    if matches!(
                        b,
                        b'"' | b'|'
                            | b'['
                            | b']'
                            | b'{'
                            | b'}'
                            | b'<'
                            | b'>'
                            | b';'
                            | b'\\'
                            | b'\t'
                            | b'&'
                    ) {
                        break;
                    }
                    if b == b' ' && looks_like_key_at(line, p + 1) {
                        break;
                    }
                    p += 1;
                }
                while p > v && matches!(line[p - 1], b' ' | b',' | b'.') {
                    p -= 1;
                }
                p
            }
            ValueShape::CardNumber
            | ValueShape::Phone
            | ValueShape::AccountNumber
            | ValueShape::GovernmentId => {
                let mut p = word_end(v);
                // Grouped numbers: `4111 1111 1111 1111`, `GB82 WEST 1234…`, `ZZ 34 72 01 T`.
                loop {
                    if p + 1 >= n || !matches!(line[p], b' ' | b'-') {
                        break;
                    }
                    let g = p + 1;
                    let ge = {
                        let mut q = g;
                        while q < n && is_alnum(line[q]) {
                            q += 1;
                        }
                        q
                    };
                    let glen = ge - g;
                    // Italian and Polish numbers group seven or eight digits (`376 3227674`).
                    let longest = if shape == ValueShape::Phone { 8 } else { 6 };
                    if glen == 0 || glen > longest || ge - v > 40 || looks_like_key_at(line, g) {
                        break;
                    }
                    if shape == ValueShape::Phone && !line[g..ge].iter().all(u8::is_ascii_digit) {
                        break;
                    }
                    p = ge;
                }
                p
            }
        }
    }
}
