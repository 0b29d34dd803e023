//! Sensitive keys: `password=…`, `"email": …`, `X-Api-Key: …`, `customerName=…`.
//!
//! Keys are normalized before lookup (ASCII lowercase, `_` `-` `.` and spaces dropped), so
//! `user_id`, `userId`, `user-id` and `USER.ID` are one key. A key matches on the whole name, or —
//! for entries safe to match that way — on its last one or two segments (`billing.address`,
//! `customer_email`, `target_user_id`). Ambiguous words (`name`, `id`, `key`) only match whole or
//! with a prefix that makes them personal (`full_name`, `customer_name`).

use crate::Kind;

/// How far a value reaches when it is not quoted, and what it must look like to count.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ValueShape {
    /// One token; any non-placeholder value.
    Word,
    /// Capitalized words (`Jane van Doe`); unquoted values stop at the first lowercase word.
    Person,
    /// A login: one token.
    Username,
    /// A date, possibly written with spaces (`April 28, 1920`).
    Date,
    /// A street address: words up to the next `key=`; must contain a letter and a space.
    Address,
    /// A secret: one token, keeping `,;)` that belong to it.
    Secret,
    /// `Authorization` header values: skip the scheme (`Bearer`, `Basic`…), take the credential.
    Authorization,
    /// A one-time code or PIN: a few characters, some of them digits.
    Code,
    /// An opaque session handle: long enough and mixed enough to be a bearer credential.
    SessionId,
    /// 12 to 19 digits with optional spaces or dashes.
    CardNumber,
    /// 3 or 4 digits.
    Cvv,
    /// Letters, digits and spaces, 9 to 34 of them.
    AccountNumber,
    /// A government id: letters and digits, possibly in space-separated groups.
    GovernmentId,
    /// Digits with phone punctuation.
    Phone,
    /// `name=value; name=value`: a cookie header, each cookie judged by its own name.
    CookieList,
}

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

const BUCKETS: usize = 1024;

impl Default for KeyTable {
    fn default() -> Self {
        KeyTable {
            slots: vec![u16::MAX; BUCKETS],
            entries: Vec::new(),
            endings: [0; ENDING_WORDS],
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

/// Words that make `…name` a person's name.
const PERSON_NAME_PREFIXES: &[&str] = &[
    "",
    "first",
    "last",
    "full",
    "given",
    "family",
    "middle",
    "sur",
    "display",
    "real",
    "legal",
    "customer",
    "client",
    "patient",
    "contact",
    "holder",
    "cardholder",
    "accountholder",
    "owner",
    "recipient",
    "sender",
    "billing",
    "shipping",
    "person",
    "employee",
    "member",
    "buyer",
    "passenger",
    "guest",
    "applicant",
    "beneficiary",
    "nick",
    "maiden",
    "fathers",
    "mothers",
    "spouse",
    "parent",
    "child",
    "student",
    "teacher",
    "driver",
    "user",
    "account",
    "author",
    "signer",
    "payer",
    "payee",
    "cardholder",
    "delivery",
    "subscriber",
    "consignee",
    "attendee",
    "emergencycontact",
    "kin",
];

const BUILTIN: &[(&str, Kind, ValueShape, bool)] = &[
    // Contact details.
    ("email", Kind::EMAIL, ValueShape::Word, true),
    ("emailaddress", Kind::EMAIL, ValueShape::Word, true),
    ("emailaddr", Kind::EMAIL, ValueShape::Word, true),
    ("phone", Kind::PHONE, ValueShape::Phone, true),
    ("phonenumber", Kind::PHONE, ValueShape::Phone, true),
    ("telephone", Kind::PHONE, ValueShape::Phone, true),
    ("tel", Kind::PHONE, ValueShape::Phone, false),
    ("mobile", Kind::PHONE, ValueShape::Phone, true),
    ("mobilenumber", Kind::PHONE, ValueShape::Phone, true),
    ("cell", Kind::PHONE, ValueShape::Phone, false),
    ("cellphone", Kind::PHONE, ValueShape::Phone, true),
    ("msisdn", Kind::PHONE, ValueShape::Phone, true),
    ("fax", Kind::PHONE, ValueShape::Phone, false),
    // Identity.
    ("dob", Kind::DATE_OF_BIRTH, ValueShape::Date, true),
    ("dateofbirth", Kind::DATE_OF_BIRTH, ValueShape::Date, true),
    ("birthdate", Kind::DATE_OF_BIRTH, ValueShape::Date, true),
    ("birthday", Kind::DATE_OF_BIRTH, ValueShape::Date, true),
    ("birthdt", Kind::DATE_OF_BIRTH, ValueShape::Date, true),
    ("bday", Kind::DATE_OF_BIRTH, ValueShape::Date, false),
    ("born", Kind::DATE_OF_BIRTH, ValueShape::Date, false),
    ("surname", Kind::PERSON, ValueShape::Person, true),
    ("forename", Kind::PERSON, ValueShape::Person, true),
    ("customer", Kind::PERSON, ValueShape::Person, false),
    ("patient", Kind::PERSON, ValueShape::Person, false),
    ("cardholder", Kind::PERSON, ValueShape::Person, false),
    ("holder", Kind::PERSON, ValueShape::Person, true),
    ("nameoncard", Kind::PERSON, ValueShape::Person, true),
    ("cardholdername", Kind::PERSON, ValueShape::Person, true),
    ("accountholder", Kind::PERSON, ValueShape::Person, true),
    ("requester", Kind::USERNAME, ValueShape::Username, false),
    ("reporter", Kind::USERNAME, ValueShape::Username, false),
    ("reviewer", Kind::USERNAME, ValueShape::Username, false),
    ("approver", Kind::USERNAME, ValueShape::Username, false),
    ("inviter", Kind::USERNAME, ValueShape::Username, false),
    ("invitee", Kind::USERNAME, ValueShape::Username, false),
    ("contact", Kind::PERSON, ValueShape::Person, false),
    ("recipient", Kind::PERSON, ValueShape::Person, false),
    ("attn", Kind::PERSON, ValueShape::Person, false),
    ("person", Kind::PERSON, ValueShape::Person, true),
    ("user", Kind::USERNAME, ValueShape::Username, true),
    ("username", Kind::USERNAME, ValueShape::Username, true),
    ("uname", Kind::USERNAME, ValueShape::Username, false),
    ("usr", Kind::USERNAME, ValueShape::Username, false),
    ("login", Kind::USERNAME, ValueShape::Username, true),
    ("loginname", Kind::USERNAME, ValueShape::Username, true),
    ("loginid", Kind::USERNAME, ValueShape::Username, true),
    ("userlogin", Kind::USERNAME, ValueShape::Username, true),
    ("logname", Kind::USERNAME, ValueShape::Username, false),
    ("ruser", Kind::USERNAME, ValueShape::Username, false),
    ("euser", Kind::USERNAME, ValueShape::Username, false),
    ("screenname", Kind::USERNAME, ValueShape::Username, true),
    ("handle", Kind::USERNAME, ValueShape::Username, false),
    ("nickname", Kind::USERNAME, ValueShape::Username, true),
    ("principal", Kind::USERNAME, ValueShape::Username, false),
    ("actor", Kind::USERNAME, ValueShape::Username, false),
    ("assignee", Kind::USERNAME, ValueShape::Username, false),
    ("createdby", Kind::USERNAME, ValueShape::Username, true),
    ("updatedby", Kind::USERNAME, ValueShape::Username, true),
    ("modifiedby", Kind::USERNAME, ValueShape::Username, true),
    ("requestedby", Kind::USERNAME, ValueShape::Username, true),
    ("approvedby", Kind::USERNAME, ValueShape::Username, true),
    ("userid", Kind::USER_ID, ValueShape::Word, true),
    ("uid", Kind::USER_ID, ValueShape::Word, true),
    ("euid", Kind::USER_ID, ValueShape::Word, false),
    ("sub", Kind::USER_ID, ValueShape::Word, false),
    ("customerid", Kind::USER_ID, ValueShape::Word, true),
    ("accountid", Kind::USER_ID, ValueShape::Word, true),
    ("memberid", Kind::USER_ID, ValueShape::Word, true),
    ("patientid", Kind::USER_ID, ValueShape::Word, true),
    ("employeeid", Kind::USER_ID, ValueShape::Word, true),
    ("subscriberid", Kind::USER_ID, ValueShape::Word, true),
    ("personid", Kind::USER_ID, ValueShape::Word, true),
    ("playerid", Kind::USER_ID, ValueShape::Word, true),
    ("studentid", Kind::USER_ID, ValueShape::Word, true),
    ("clientnumber", Kind::USER_ID, ValueShape::Word, true),
    ("customernumber", Kind::USER_ID, ValueShape::Word, true),
    ("accountnumber", Kind::USER_ID, ValueShape::Word, true),
    // Addresses.
    ("address", Kind::ADDRESS, ValueShape::Address, true),
    ("addr", Kind::ADDRESS, ValueShape::Address, false),
    ("street", Kind::ADDRESS, ValueShape::Address, true),
    ("streetaddress", Kind::ADDRESS, ValueShape::Address, true),
    ("addressline", Kind::ADDRESS, ValueShape::Address, true),
    ("addressline1", Kind::ADDRESS, ValueShape::Address, true),
    ("addressline2", Kind::ADDRESS, ValueShape::Address, true),
    ("address1", Kind::ADDRESS, ValueShape::Address, true),
    ("address2", Kind::ADDRESS, ValueShape::Address, true),
    ("homeaddress", Kind::ADDRESS, ValueShape::Address, true),
    ("shippingaddress", Kind::ADDRESS, ValueShape::Address, true),
    ("billingaddress", Kind::ADDRESS, ValueShape::Address, true),
    ("mailingaddress", Kind::ADDRESS, ValueShape::Address, true),
    ("postaladdress", Kind::ADDRESS, ValueShape::Address, true),
    ("deliveryaddress", Kind::ADDRESS, ValueShape::Address, true),
    ("shipto", Kind::ADDRESS, ValueShape::Address, true),
    // Government ids.
    ("ssn", Kind::US_SSN, ValueShape::GovernmentId, true),
    (
        "socialsecuritynumber",
        Kind::US_SSN,
        ValueShape::GovernmentId,
        true,
    ),
    (
        "socialsecurity",
        Kind::US_SSN,
        ValueShape::GovernmentId,
        true,
    ),
    ("nino", Kind::NATIONAL_ID, ValueShape::GovernmentId, true),
    (
        "nationalinsurancenumber",
        Kind::NATIONAL_ID,
        ValueShape::GovernmentId,
        true,
    ),
    (
        "nationalid",
        Kind::NATIONAL_ID,
        ValueShape::GovernmentId,
        true,
    ),
    (
        "passport",
        Kind::NATIONAL_ID,
        ValueShape::GovernmentId,
        true,
    ),
    (
        "passportnumber",
        Kind::NATIONAL_ID,
        ValueShape::GovernmentId,
        true,
    ),
    (
        "passportno",
        Kind::NATIONAL_ID,
        ValueShape::GovernmentId,
        true,
    ),
    ("taxid", Kind::NATIONAL_ID, ValueShape::GovernmentId, true),
    ("tin", Kind::NATIONAL_ID, ValueShape::GovernmentId, false),
    (
        "driverslicense",
        Kind::NATIONAL_ID,
        ValueShape::GovernmentId,
        true,
    ),
    (
        "driverlicense",
        Kind::NATIONAL_ID,
        ValueShape::GovernmentId,
        true,
    ),
    (
        "licensenumber",
        Kind::NATIONAL_ID,
        ValueShape::GovernmentId,
        true,
    ),
    // Payment.
    ("card", Kind::CREDIT_CARD, ValueShape::CardNumber, false),
    (
        "cardnumber",
        Kind::CREDIT_CARD,
        ValueShape::CardNumber,
        true,
    ),
    ("cardno", Kind::CREDIT_CARD, ValueShape::CardNumber, true),
    ("cardnum", Kind::CREDIT_CARD, ValueShape::CardNumber, true),
    (
        "creditcard",
        Kind::CREDIT_CARD,
        ValueShape::CardNumber,
        true,
    ),
    (
        "creditcardnumber",
        Kind::CREDIT_CARD,
        ValueShape::CardNumber,
        true,
    ),
    ("ccnumber", Kind::CREDIT_CARD, ValueShape::CardNumber, true),
    ("ccnum", Kind::CREDIT_CARD, ValueShape::CardNumber, true),
    ("cc", Kind::CREDIT_CARD, ValueShape::CardNumber, false),
    ("pan", Kind::CREDIT_CARD, ValueShape::CardNumber, false),
    ("cvv", Kind::CREDIT_CARD, ValueShape::Cvv, true),
    ("cvv2", Kind::CREDIT_CARD, ValueShape::Cvv, true),
    ("cvc", Kind::CREDIT_CARD, ValueShape::Cvv, true),
    ("cvc2", Kind::CREDIT_CARD, ValueShape::Cvv, true),
    ("securitycode", Kind::CREDIT_CARD, ValueShape::Cvv, true),
    ("iban", Kind::IBAN, ValueShape::AccountNumber, true),
    ("bankaccount", Kind::IBAN, ValueShape::AccountNumber, true),
    // Credentials.
    ("password", Kind::PASSWORD, ValueShape::Secret, true),
    ("passwd", Kind::PASSWORD, ValueShape::Secret, true),
    ("pwd", Kind::PASSWORD, ValueShape::Secret, true),
    ("pass", Kind::PASSWORD, ValueShape::Secret, false),
    ("passphrase", Kind::PASSWORD, ValueShape::Secret, true),
    ("passcode", Kind::PASSWORD, ValueShape::Secret, true),
    ("pin", Kind::PASSWORD, ValueShape::Code, false),
    ("secret", Kind::SECRET, ValueShape::Secret, true),
    ("clientsecret", Kind::SECRET, ValueShape::Secret, true),
    ("secretkey", Kind::SECRET, ValueShape::Secret, true),
    ("secretaccesskey", Kind::SECRET, ValueShape::Secret, true),
    ("privatekey", Kind::SECRET, ValueShape::Secret, true),
    ("accesskey", Kind::SECRET, ValueShape::Secret, true),
    ("accesskeyid", Kind::SECRET, ValueShape::Secret, true),
    ("apikey", Kind::SECRET, ValueShape::Secret, true),
    ("apitoken", Kind::SECRET, ValueShape::Secret, true),
    ("apisecret", Kind::SECRET, ValueShape::Secret, true),
    ("appsecret", Kind::SECRET, ValueShape::Secret, true),
    ("appkey", Kind::SECRET, ValueShape::Secret, true),
    ("accountkey", Kind::SECRET, ValueShape::Secret, true),
    ("sharedaccesskey", Kind::SECRET, ValueShape::Secret, true),
    ("token", Kind::SECRET, ValueShape::Secret, true),
    ("accesstoken", Kind::SECRET, ValueShape::Secret, true),
    ("refreshtoken", Kind::SECRET, ValueShape::Secret, true),
    ("idtoken", Kind::SECRET, ValueShape::Secret, true),
    ("authtoken", Kind::SECRET, ValueShape::Secret, true),
    ("sessiontoken", Kind::SECRET, ValueShape::Secret, true),
    ("securitytoken", Kind::SECRET, ValueShape::Secret, true),
    ("bearertoken", Kind::SECRET, ValueShape::Secret, true),
    ("csrftoken", Kind::SECRET, ValueShape::Secret, true),
    ("xsrftoken", Kind::SECRET, ValueShape::Secret, true),
    ("sessionid", Kind::SECRET, ValueShape::Secret, true),
    ("sessid", Kind::SECRET, ValueShape::Secret, true),
    ("jsessionid", Kind::SECRET, ValueShape::Secret, true),
    ("phpsessid", Kind::SECRET, ValueShape::Secret, true),
    ("credential", Kind::SECRET, ValueShape::Secret, true),
    ("credentials", Kind::SECRET, ValueShape::Secret, true),
    ("otp", Kind::SECRET, ValueShape::Code, true),
    ("totp", Kind::SECRET, ValueShape::Code, true),
    ("mfacode", Kind::SECRET, ValueShape::Code, true),
    ("webhooksecret", Kind::SECRET, ValueShape::Secret, true),
    ("signingkey", Kind::SECRET, ValueShape::Secret, true),
    ("encryptionkey", Kind::SECRET, ValueShape::Secret, true),
    ("xapikey", Kind::SECRET, ValueShape::Secret, true),
    (
        "authorization",
        Kind::SECRET,
        ValueShape::Authorization,
        true,
    ),
    (
        "proxyauthorization",
        Kind::SECRET,
        ValueShape::Authorization,
        true,
    ),
    ("session", Kind::SECRET, ValueShape::SessionId, false),
    ("sid", Kind::SECRET, ValueShape::SessionId, false),
    ("sess", Kind::SECRET, ValueShape::SessionId, false),
    ("connectsid", Kind::SECRET, ValueShape::SessionId, false),
    ("remembertoken", Kind::SECRET, ValueShape::Secret, true),
    ("authtoken", Kind::SECRET, ValueShape::Secret, true),
    ("cookie", Kind::SECRET, ValueShape::CookieList, false),
    ("cookies", Kind::SECRET, ValueShape::CookieList, false),
    ("setcookie", Kind::SECRET, ValueShape::CookieList, false),
    ("httpcookie", Kind::SECRET, ValueShape::CookieList, false),
];

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
        for &(name, kind, shape, suffix_ok) in BUILTIN {
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
    fn get(&self, k: &[u8]) -> Option<(&KeyRule, &'static str)> {
        let mut slot = bucket_of(k);
        loop {
            let i = *self.slots.get(slot)?;
            let e = self.entries.get(usize::from(i))?;
            if e.0.len() == k.len() && &*e.0 == k {
                return Some((&e.1, e.2));
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
        (got >= 4 && probe(4)) || (got >= 3 && probe(3)) || (got >= 2 && probe(2))
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
        let may_be_sensitive = self.may_be_sensitive(raw);
        if !may_be_sensitive && !numeric_value {
            return KeyClass::Other;
        }
        let mut buf = [0u8; MAX_KEY];
        let mut segs = [0usize; 8];
        let Some((norm, nsegs)) = normalize(raw, &mut buf, &mut segs) else {
            return KeyClass::Other;
        };
        if !may_be_sensitive {
            return if is_numeric_key(norm) {
                KeyClass::Numeric
            } else {
                KeyClass::Other
            };
        }
        if let Some((rule, label)) = self.get(norm) {
            return KeyClass::Sensitive(rule, label);
        }
        // Last two segments, then the last one, for entries that allow it.
        for &start in segs[..nsegs].iter().rev().take(3).rev() {
            if start == 0 {
                continue;
            }
            let tail = &norm[start..];
            if let Some((rule, label)) = self.get(tail) {
                if rule.suffix_ok && !(rule.kind == Kind::SECRET && token_not_secret(norm, start)) {
                    return KeyClass::Sensitive(rule, label);
                }
            }
        }
        // Run-together names: `PGPASSWORD`, `MYSQLPWD`, `DBSECRET`, `GITHUBTOKEN`.
        for (word, label) in RUN_TOGETHER {
            if norm.len() > word.len() && norm.ends_with(word) {
                if let Some((rule, _)) = self.get(word) {
                    if !(rule.kind == Kind::SECRET
                        && token_not_secret(norm, norm.len() - word.len()))
                    {
                        return KeyClass::Sensitive(rule, label);
                    }
                }
            }
        }
        if numeric_value && is_numeric_key(norm) {
            KeyClass::Numeric
        } else {
            KeyClass::Other
        }
    }
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
}
