//! Sensitive keys: `password=…`, `"email": …`, `X-Api-Key: …`, `customerName=…`.
//!
//! Keys are normalized before lookup (ASCII lowercase, `_` `-` `.` and spaces dropped), so
//! `user_id`, `userId`, `user-id` and `USER.ID` are one key. A key matches on the whole name, or —
//! for entries safe to match that way — on its last one or two segments (`billing.address`,
//! `customer_email`, `target_user_id`). Ambiguous words (`name`, `id`, `key`) only match whole or
//! with a prefix that makes them personal (`full_name`, `customer_name`).

use crate::Kind;

mod memo;
mod shape;
mod vocabulary;

pub(crate) use shape::ValueShape;

use memo::Memo;
use vocabulary::{BUILTIN, MULTILINGUAL, PERSON_NAME_PREFIXES};

/// What a sensitive key masks.
#[derive(Clone, Copy, Debug)]
pub(crate) struct KeyRule {
    pub kind: Kind,
    pub shape: ValueShape,
    /// Index of the custom rule that declared this key, `None` for built-in keys.
    pub custom: Option<u16>,
    /// Whether the entry may match the last segments of a longer key.
    pub suffix_ok: bool,
}

/// What a key tells about its value.
#[derive(Clone, Copy, Debug)]
pub(crate) enum KeyClass<'a> {
    Sensitive(&'a KeyRule, &'static str),
    /// Ids, counters, timestamps, sizes: a number here is not a card or phone number.
    Numeric,
    Other,
}

/// The longest key worth looking up; longer ones are never sensitive names.
pub(crate) const MAX_KEY: usize = 48;

/// Sensitive key names, in a small open hash table: keys are short and looked up once per
/// `key=` in every line, so the hash is a few byte loads rather than a pass over the key.
#[derive(Clone, Debug)]
pub(crate) struct KeyTable {
    /// Open addressing: slot → index into `entries` (`u16::MAX` = empty). Compact, so the
    /// probe stays in cache.
    slots: Vec<u16>,
    entries: Vec<KeyEntry>,
    /// Bitmap of the last four letters/digits of every entry (all of it for shorter ones). A
    /// key whose ending is not in it cannot be sensitive (whole or suffix matches share the
    /// ending), which answers most keys of a line (`ts`, `level`, `msg`, `trace_id`) without
    /// normalizing them.
    endings: [u64; ENDING_WORDS],
    /// This table's identity in the per-thread memo ([`memo`]): new whenever an entry changes.
    id: u64,
}

const ENDING_WORDS: usize = 256;

/// The last four ASCII letters or digits of `k`, lowercased and packed (last one in the low
/// byte), and how many there were (at most 4). Separators are skipped.
#[inline]
fn tail4(k: &[u8]) -> (u64, usize) {
    let mut packed = 0u64;
    let mut got = 0;
    for &b in k.iter().rev() {
        if b.is_ascii_alphanumeric() {
            packed |= u64::from(b.to_ascii_lowercase()) << (8 * got);
            got += 1;
            if got == 4 {
                break;
            }
        }
    }
    (packed, got)
}

/// Bit index of the last `n` characters of a packed tail.
#[inline]
fn tail_bit(packed: u64, n: usize) -> usize {
    let mask = (1u64 << (8 * n)) - 1;
    let h = ((packed & mask) | (n as u64) << 32).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    (h >> 40) as usize % (ENDING_WORDS * 64)
}

/// A normalized key name, its rule, and the label `--explain` shows.
type KeyEntry = (Box<[u8]>, KeyRule, &'static str);

const BUCKETS: usize = 4096;

impl Default for KeyTable {
    fn default() -> Self {
        KeyTable {
            slots: vec![u16::MAX; BUCKETS],
            entries: Vec::new(),
            endings: [0; ENDING_WORDS],
            id: memo::new_table_id(),
        }
    }
}

#[inline]
fn bucket_of(k: &[u8]) -> usize {
    let (Some(&first), Some(&last)) = (k.first(), k.last()) else {
        return 0;
    };
    let mid = k[k.len() / 2];
    (k.len()
        .wrapping_mul(0x9e37)
        .wrapping_add(usize::from(first).wrapping_mul(0x2f1))
        .wrapping_add(usize::from(last).wrapping_mul(0x65))
        .wrapping_add(usize::from(mid).wrapping_mul(0x1d3)))
        % BUCKETS
}

/// Credential words that mark a key even when run together with another word.
const RUN_TOGETHER: &[(&[u8], &str)] = &[
    (b"password", "password"),
    (b"passwd", "passwd"),
    (b"secret", "secret"),
    (b"apikey", "apikey"),
    (b"token", "token"),
    (b"privatekey", "privatekey"),
];

/// Prefixes that make a `…token` key not a credential (pagination cursors, counters).
const TOKEN_NOT_SECRET: &[&str] = &[
    "page",
    "next",
    "continuation",
    "pagination",
    "cursor",
    "sync",
    "cancellation",
    "max",
    "total",
    "prompt",
    "completion",
    "input",
    "output",
    "num",
    "count",
    "csrfheader",
    // A token's hash or fingerprint (GitHub's `hashed_token`) cannot be used as the token.
    "hashed",
    "hash",
    "tokenhash",
    "fingerprint",
];

/// Keys whose numeric values are ids, counters or times, never card or phone numbers.
fn is_numeric_key(k: &[u8]) -> bool {
    let whole = matches!(
        k,
        b"id"
            | b"ts"
            | b"time"
            | b"timestamp"
            | b"epoch"
            | b"nonce"
            | b"seq"
            | b"sequence"
            | b"offset"
            | b"size"
            | b"bytes"
            | b"len"
            | b"length"
            | b"duration"
            | b"latency"
            | b"elapsed"
            | b"checksum"
            | b"crc"
            | b"hash"
            | b"version"
            | b"build"
            | b"port"
            | b"amount"
            | b"total"
            | b"qty"
            | b"quantity"
            | b"ref"
            | b"reference"
            | b"txn"
            | b"transaction"
            | b"invoice"
            | b"order"
            | b"tracking"
            | b"serial"
            | b"sku"
            | b"ean"
            | b"upc"
            | b"isbn"
            | b"block"
            | b"blk"
            | b"inode"
            | b"lsn"
            | b"rev"
            | b"revision"
            | b"etag"
            | b"pid"
            | b"tid"
            | b"ppid"
            | b"status"
            | b"code"
            | b"trace"
            | b"span"
            | b"request"
            | b"job"
            | b"task"
            | b"batch"
            | b"partition"
            | b"shard"
            | b"index"
            | b"idx"
            | b"count"
            | b"price"
            | b"cost"
            | b"rate"
    );
    if whole {
        return true;
    }
    let tail = |n: usize| k.len() > n && k.get(k.len() - n..).is_some();
    let ends = |s: &[u8]| tail(s.len()) && k.ends_with(s);
    match k.last() {
        Some(b'd') => ends(b"id"),
        Some(b's') => {
            ends(b"ids")
                || ends(b"ms")
                || ends(b"ns")
                || ends(b"us")
                || ends(b"secs")
                || ends(b"seconds")
                || ends(b"bytes")
                || ends(b"ts")
        }
        Some(b'c') => ends(b"sec"),
        Some(b't') => ends(b"count") || ends(b"at") || ends(b"offset"),
        Some(b'e') => ends(b"size") || ends(b"time"),
        Some(b'm') => ends(b"num") || ends(b"sum"),
        Some(b'o') => ends(b"no"),
        Some(b'q') => ends(b"seq"),
        Some(b'h') => ends(b"hash"),
        Some(b'n') => ends(b"version"),
        Some(b'r') => ends(b"number") || ends(b"nr"),
        _ => false,
    }
}

impl KeyTable {
    pub(crate) fn builtin() -> Self {
        let mut t = KeyTable::default();
        for &(name, kind, shape, suffix_ok) in BUILTIN.iter().chain(MULTILINGUAL) {
            t.put(
                name,
                KeyRule {
                    kind,
                    shape,
                    custom: None,
                    suffix_ok,
                },
                name,
            );
        }
        for p in PERSON_NAME_PREFIXES {
            t.put(
                &format!("{p}name"),
                KeyRule {
                    kind: Kind::PERSON,
                    shape: ValueShape::Person,
                    custom: None,
                    suffix_ok: !p.is_empty(),
                },
                "name",
            );
        }
        // `username`/`user_name` are logins, not names.
        for login in ["username", "loginname", "accountname", "screenname"] {
            t.put(
                login,
                KeyRule {
                    kind: Kind::USERNAME,
                    shape: ValueShape::Username,
                    custom: None,
                    suffix_ok: true,
                },
                login,
            );
        }
        t
    }

    fn put(&mut self, normalized: &str, rule: KeyRule, label: &'static str) {
        self.put_bytes(normalized.as_bytes(), rule, label);
    }

    fn put_bytes(&mut self, k: &[u8], rule: KeyRule, label: &'static str) {
        self.id = memo::new_table_id();
        // Entries are normalized (letters and digits only), so their tail is their end.
        let (packed, got) = tail4(k);
        if got > 0 {
            let bit = tail_bit(packed, got);
            self.endings[bit / 64] |= 1 << (bit % 64);
        }
        let mut slot = bucket_of(k);
        loop {
            match self.slots[slot] {
                u16::MAX => break,
                i => {
                    if let Some(e) = self.entries.get_mut(usize::from(i)) {
                        if &*e.0 == k {
                            e.1 = rule;
                            e.2 = label;
                            return;
                        }
                    }
                }
            }
            slot = (slot + 1) % BUCKETS;
        }
        // Keep the table at most half full; past that, new keys are dropped (custom rules
        // would need more than 500 keys for this to happen).
        if self.entries.len() >= BUCKETS / 2 {
            return;
        }
        if let Ok(i) = u16::try_from(self.entries.len()) {
            self.slots[slot] = i;
            self.entries
                .push((k.to_vec().into_boxed_slice(), rule, label));
        }
    }

    #[inline]
    fn index_of(&self, k: &[u8]) -> Option<u16> {
        let mut slot = bucket_of(k);
        loop {
            let i = *self.slots.get(slot)?;
            let e = self.entries.get(usize::from(i))?;
            if e.0.len() == k.len() && &*e.0 == k {
                return Some(i);
            }
            slot = (slot + 1) % BUCKETS;
        }
    }

    /// Whether the ending of `raw` (its last 2, 3 or 4 letters and digits) is the ending of an
    /// entry: one backward pass, three bit probes.
    #[inline]
    fn may_be_sensitive(&self, raw: &[u8]) -> bool {
        let (packed, got) = tail4(raw);
        let probe = |n: usize| {
            let bit = tail_bit(packed, n);
            self.endings[bit / 64] & (1 << (bit % 64)) != 0
        };
        // Keys written mostly in another script (`氏名`, `ngày_sinh`) have too few ASCII letters
        // for the bitmap to say no.
        got < 2 || (got >= 4 && probe(4)) || (got >= 3 && probe(3)) || probe(2)
    }

    /// Adds a custom sensitive key (normalized here).
    pub(crate) fn insert_custom(&mut self, key: &str, rule: KeyRule, label: &'static str) {
        let mut buf = [0u8; MAX_KEY];
        let mut segs = [0usize; 8];
        if let Some((norm, _)) = normalize(key.as_bytes(), &mut buf, &mut segs) {
            let norm = norm.to_vec();
            self.put_bytes(&norm, rule, label);
        }
    }

    /// Classifies a raw key as written in the log.
    /// `numeric_value` says whether the value starts with a digit: only then does it matter
    /// whether the key holds ids or counters.
    pub(crate) fn classify(&self, raw: &[u8], numeric_value: bool) -> KeyClass<'_> {
        let memo = memo::memoized(self.id, raw, numeric_value, || {
            let may_be_sensitive = self.may_be_sensitive(raw);
            if !may_be_sensitive && !numeric_value {
                return Memo::Other;
            }
            self.classify_uncached(raw, numeric_value, may_be_sensitive)
        });
        match memo {
            Memo::Sensitive(i, label) => match self.entries.get(usize::from(i)) {
                Some(e) => KeyClass::Sensitive(&e.1, label),
                None => KeyClass::Other,
            },
            Memo::Numeric => KeyClass::Numeric,
            Memo::Other => KeyClass::Other,
        }
    }

    fn classify_uncached(&self, raw: &[u8], numeric_value: bool, may_be_sensitive: bool) -> Memo {
        let mut buf = [0u8; MAX_KEY];
        let mut segs = [0usize; 8];
        let Some((norm, nsegs)) = normalize(raw, &mut buf, &mut segs) else {
            return Memo::Other;
        };
        if !may_be_sensitive {
            return if is_numeric_key(norm) {
                Memo::Numeric
            } else {
                Memo::Other
            };
        }
        if let Some(i) = self.index_of(norm) {
            return Memo::Sensitive(i, self.label_at(i));
        }
        // Last two segments, then the last one, for entries that allow it.
        for &start in segs[..nsegs].iter().rev().take(3).rev() {
            if start == 0 {
                continue;
            }
            let tail = &norm[start..];
            if let Some(i) = self.index_of(tail) {
                let Some(rule) = self.rule_at(i) else {
                    continue;
                };
                if rule.suffix_ok
                    && !(rule.kind == Kind::SECRET && token_not_secret(norm, start))
                    && !(rule.kind == Kind::PERSON && name_of_a_thing(norm, start))
                {
                    return Memo::Sensitive(i, self.label_at(i));
                }
            }
        }
        // Run-together names: `PGPASSWORD`, `MYSQLPWD`, `DBSECRET`, `GITHUBTOKEN`.
        for (word, label) in RUN_TOGETHER {
            if norm.len() > word.len() && norm.ends_with(word) {
                if let Some(i) = self.index_of(word) {
                    let secret = self.rule_at(i).is_some_and(|r| r.kind == Kind::SECRET);
                    if !(secret && token_not_secret(norm, norm.len() - word.len())) {
                        return Memo::Sensitive(i, label);
                    }
                }
            }
        }
        if numeric_value && is_numeric_key(norm) {
            Memo::Numeric
        } else {
            Memo::Other
        }
    }

    fn rule_at(&self, i: u16) -> Option<&KeyRule> {
        self.entries.get(usize::from(i)).map(|e| &e.1)
    }

    fn label_at(&self, i: u16) -> &'static str {
        self.entries.get(usize::from(i)).map_or("", |e| e.2)
    }
}

/// Prefixes that make `…name` / `…displayname` a thing's name: `appDisplayName`,
/// `serviceName`, `productName`, `groupName`.
const NAME_OF_A_THING: &[&str] = &[
    "app",
    "application",
    "service",
    "serviceprincipal",
    "product",
    "device",
    "resource",
    "group",
    "team",
    "role",
    "policy",
    "org",
    "organization",
    "tenant",
    "company",
    "business",
    "merchant",
    "shop",
    "store",
    "project",
    "repo",
    "repository",
    "bucket",
    "channel",
    "workspace",
    "site",
    "domain",
    "host",
    "server",
    "plan",
    "package",
    "queue",
    "topic",
    "file",
    "folder",
    "job",
    "task",
    "event",
    "connector",
    "cluster",
    "node",
    "database",
    "table",
    "schema",
    "bank",
    "institution",
    "branch",
    "brand",
    "browser",
    "os",
    "client",
];

fn name_of_a_thing(norm: &[u8], tail_start: usize) -> bool {
    let prefix = &norm[..tail_start];
    NAME_OF_A_THING
        .iter()
        .any(|p| prefix.ends_with(p.as_bytes()))
}

fn token_not_secret(norm: &[u8], tail_start: usize) -> bool {
    let prefix = &norm[..tail_start];
    TOKEN_NOT_SECRET
        .iter()
        .any(|p| prefix.ends_with(p.as_bytes()))
}

/// Normalizes a key into `buf`: ASCII lowercase, separators dropped. Records where each segment
/// starts (segments split at separators and at camelCase humps). `None` if the key is empty,
/// too long, or contains bytes no key name has.
fn normalize<'a>(
    raw: &[u8],
    buf: &'a mut [u8; MAX_KEY],
    segs: &mut [usize; 8],
) -> Option<(&'a [u8], usize)> {
    let mut n = 0;
    let mut nsegs = 0;
    let mut new_seg = true;
    let mut prev_lower = false;
    for &b in raw {
        match b {
            b'_' | b'-' | b'.' | b' ' | b'[' | b']' | b'$' | b'@' => {
                new_seg = true;
                prev_lower = false;
            }
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' => {
                let upper = b.is_ascii_uppercase();
                if (new_seg || (upper && prev_lower)) && nsegs < segs.len() {
                    segs[nsegs] = n;
                    nsegs += 1;
                }
                new_seg = false;
                prev_lower = b.is_ascii_lowercase() || b.is_ascii_digit();
                *buf.get_mut(n)? = b.to_ascii_lowercase();
                n += 1;
            }
            // Letters of other scripts (`contraseña`, `doğum_tarihi`, `氏名`), kept as written.
            0x80..=0xff => {
                if new_seg && nsegs < segs.len() {
                    segs[nsegs] = n;
                    nsegs += 1;
                }
                new_seg = false;
                prev_lower = true;
                *buf.get_mut(n)? = b;
                n += 1;
            }
            _ => return None,
        }
    }
    if n == 0 {
        return None;
    }
    Some((&buf[..n], nsegs))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind_of(t: &KeyTable, k: &str) -> Option<Kind> {
        match t.classify(k.as_bytes(), true) {
            KeyClass::Sensitive(r, _) => Some(r.kind),
            _ => None,
        }
    }

    #[test]
    fn spellings_of_one_key_match() {
        let t = KeyTable::builtin();
        for k in ["user_id", "userId", "USER-ID", "user.id", "UserID"] {
            assert_eq!(kind_of(&t, k), Some(Kind::USER_ID), "{k}");
        }
        assert_eq!(kind_of(&t, "target_user_id"), Some(Kind::USER_ID));
        assert_eq!(kind_of(&t, "customerEmail"), Some(Kind::EMAIL));
        assert_eq!(kind_of(&t, "billing.address"), Some(Kind::ADDRESS));
        assert_eq!(kind_of(&t, "X-Api-Key"), Some(Kind::SECRET));
        assert_eq!(kind_of(&t, "first_name"), Some(Kind::PERSON));
        assert_eq!(kind_of(&t, "user.name"), Some(Kind::USERNAME));
    }

    #[test]
    fn ambiguous_keys_do_not_match() {
        let t = KeyTable::builtin();
        for k in [
            "service_name",
            "hostname",
            "order_id",
            "next_page_token",
            "max_tokens",
            "key",
            "id",
        ] {
            assert_eq!(kind_of(&t, k), None, "{k}");
        }
        assert!(matches!(t.classify(b"order_id", true), KeyClass::Numeric));
        assert!(matches!(t.classify(b"latency_ms", true), KeyClass::Numeric));
    }

    /// The memo answers a key seen before from the same table only: a table with a custom key
    /// added (a clone of the built-in one, on the same thread) classifies it afresh, and the
    /// built-in table's answer for it stays its own.
    #[test]
    fn memo_is_not_shared_between_tables_that_differ() {
        let builtin = KeyTable::builtin();
        assert_eq!(kind_of(&builtin, "flux_ref"), None);
        let mut custom = builtin.clone();
        custom.insert_custom(
            "flux_ref",
            KeyRule {
                kind: Kind::SECRET,
                shape: ValueShape::Secret,
                custom: Some(0),
                suffix_ok: false,
            },
            "flux_ref",
        );
        for _ in 0..2 {
            assert_eq!(kind_of(&custom, "flux_ref"), Some(Kind::SECRET));
            assert_eq!(kind_of(&builtin, "flux_ref"), None);
        }
        // The kind of value is part of what is remembered: `latency_ms` holds a number.
        assert!(matches!(
            builtin.classify(b"latency_ms", true),
            KeyClass::Numeric
        ));
        assert!(matches!(
            builtin.classify(b"latency_ms", false),
            KeyClass::Other
        ));
    }
}
