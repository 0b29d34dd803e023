//! The built-in detectors: one left-to-right pass over a line.
//!
//! The line is cut into tokens (runs of letters, digits, `_`, non-ASCII bytes and the glue
//! `. - + %`). Each token is looked at once, by what it is and what follows it: a token followed
//! by `@` may be an email's local part, one followed by `=` or `:` is a key, one starting with a
//! digit may begin an IP, card, phone or SSN, a few words (`Dear`, `invalid user`, `Street`) mark
//! the words around them. Candidates then go through validators (checksums, issuer prefixes,
//! allocation rules). This replaces one regex pass per kind with one pass for all of them, and
//! lets every detector see the key its value belongs to: a 16-digit `order_id` is not a card.

use crate::bytes::{
    char_at, class, is_alnum, is_word, lower_into, ALPHA, DASH, DIGIT, DOT, HEX, LOWER, NONASCII,
    PCT, TOKEN, UNDERSCORE, UPPER, WORDX,
};
use crate::keys::{KeyClass, KeyRule, KeyTable, ValueShape, MAX_KEY};
use crate::span::{Rule, Span};
use crate::validate;
use crate::words::{set, WordMap, WordSet};
use crate::Kind;

const NONE: usize = usize::MAX;

/// What [`Scanner::key`] found.
enum KeyScan {
    NotAKey,
    /// A key (sensitive or not); scanning resumes at the position given.
    Key(usize),
}

/// What a trigger word marks.
#[derive(Clone, Copy, Debug)]
enum Trigger {
    Greeting,
    Title,
    Preposition,
    PersonNoun,
    User,
    Born,
    Bearer,
    Password,
    Login,
    Is,
}

static TRIGGERS: WordMap<Trigger> = WordMap::new(&[
    (b"regards", Trigger::Greeting),
    (b"sincerely", Trigger::Greeting),
    (b"cheers", Trigger::Greeting),
    (b"thanks", Trigger::Greeting),
    (b"birth", Trigger::Born),
    (b"login", Trigger::Login),
    (b"is", Trigger::Is),
    (b"dear", Trigger::Greeting),
    (b"hi", Trigger::Greeting),
    (b"hello", Trigger::Greeting),
    (b"hey", Trigger::Greeting),
    (b"attn", Trigger::Greeting),
    (b"greetings", Trigger::Greeting),
    (b"welcome", Trigger::Greeting),
    (b"mr", Trigger::Title),
    (b"mrs", Trigger::Title),
    (b"ms", Trigger::Title),
    (b"miss", Trigger::Title),
    (b"mx", Trigger::Title),
    (b"dr", Trigger::Title),
    (b"prof", Trigger::Title),
    (b"sir", Trigger::Title),
    (b"madam", Trigger::Title),
    (b"mme", Trigger::Title),
    (b"mlle", Trigger::Title),
    (b"herr", Trigger::Title),
    (b"frau", Trigger::Title),
    (b"to", Trigger::Preposition),
    (b"by", Trigger::Preposition),
    (b"from", Trigger::Preposition),
    (b"for", Trigger::Preposition),
    (b"with", Trigger::Preposition),
    (b"cc", Trigger::Preposition),
    (b"customer", Trigger::PersonNoun),
    (b"patient", Trigger::PersonNoun),
    (b"client", Trigger::PersonNoun),
    (b"cardholder", Trigger::PersonNoun),
    (b"holder", Trigger::PersonNoun),
    (b"recipient", Trigger::PersonNoun),
    (b"beneficiary", Trigger::PersonNoun),
    (b"employee", Trigger::PersonNoun),
    (b"member", Trigger::PersonNoun),
    (b"passenger", Trigger::PersonNoun),
    (b"guest", Trigger::PersonNoun),
    (b"applicant", Trigger::PersonNoun),
    (b"contact", Trigger::PersonNoun),
    (b"named", Trigger::PersonNoun),
    (b"signed", Trigger::PersonNoun),
    (b"driver", Trigger::PersonNoun),
    (b"owner", Trigger::PersonNoun),
    (b"payee", Trigger::PersonNoun),
    (b"payer", Trigger::PersonNoun),
    (b"subscriber", Trigger::PersonNoun),
    (b"consignee", Trigger::PersonNoun),
    (b"student", Trigger::PersonNoun),
    (b"tenant", Trigger::PersonNoun),
    (b"user", Trigger::User),
    (b"username", Trigger::User),
    (b"born", Trigger::Born),
    (b"dob", Trigger::Born),
    (b"birthday", Trigger::Born),
    (b"bearer", Trigger::Bearer),
    (b"password", Trigger::Password),
    (b"passwd", Trigger::Password),
    (b"passcode", Trigger::Password),
    (b"passphrase", Trigger::Password),
]);

pub(crate) struct Scanner<'a> {
    line: &'a [u8],
    keys: &'a KeyTable,
    out: &'a mut Vec<Span>,
    /// Start of the value of a key that holds ids, counts or times (`order_id=…`).
    numeric_value_at: usize,
    /// The last two words (letters only), most recent first, as byte ranges.
    prev: [(usize, usize); 2],
    /// End of a JSON object that describes a person (`"user": {…}`): its `id` is a user id.
    owner_until: usize,
    /// End of the last person span found by context (`… to Jane Doe by Kim Lee`).
    last_person_end: usize,
    /// How many `,` `;` `|` and tabs separate tokens: enough of one makes a record.
    delims: [u16; 4],
}

pub(crate) fn scan(line: &[u8], keys: &KeyTable, out: &mut Vec<Span>) {
    let mut s = Scanner {
        line,
        keys,
        out,
        numeric_value_at: NONE,
        prev: [(NONE, NONE); 2],
        owner_until: 0,
        last_person_end: NONE,
        delims: [0; 4],
    };
    s.run();
}

impl<'a> Scanner<'a> {
    fn emit(&mut self, start: usize, end: usize, kind: Kind, rule: Rule) {
        if start < end && end <= self.line.len() {
            self.out.push(Span::new(start, end, kind, rule));
        }
    }

    fn run(&mut self) {
        let line = self.line;
        let n = line.len();
        let mut i = 0;
        while i < n {
            let c = class(line[i]);
            if c & TOKEN == 0 {
                i = self.punct(i);
                continue;
            }
            let s = i;
            let mut any = 0u16;
            let mut all = u16::MAX;
            let mut e = i;
            while e < n {
                let c = class(line[e]);
                if c & TOKEN == 0 {
                    break;
                }
                any |= c;
                all &= c;
                e += 1;
            }
            let next = self.token(s, e, any, all);
            i = next.max(s + 1);
        }
        self.maybe_delimited_record();
    }

    /// CSV-like records (`17454,"Kwame","Novák","kwame@…","020 7946 2298","22.03.1977",…`):
    /// fields carry no keys, but a record that holds an email, phone, card or IBAN is about a
    /// person, and its name-, date- and address-shaped fields are that person's too.
    #[inline(never)]
    fn maybe_delimited_record(&mut self) {
        let line = self.line;
        let Some((&count, delim)) = self
            .delims
            .iter()
            .zip([b',', b';', b'|', b'\t'])
            .max_by_key(|(c, _)| **c)
        else {
            return;
        };
        let strong = |sp: &Span| {
            matches!(
                sp.kind,
                Kind::EMAIL | Kind::PHONE | Kind::IBAN | Kind::CREDIT_CARD
            )
        };
        if count < 4 || line.first() == Some(&b'{') || !self.out.iter().any(strong) {
            return;
        }
        let n = line.len();
        let mut fields: Vec<(usize, usize)> = Vec::new();
        let mut i = 0;
        while i <= n {
            let (cs, ce, next) = if line.get(i) == Some(&b'"') {
                match find_close(line, i + 1, b'"') {
                    Some(c) => {
                        let next = memchr::memchr(delim, &line[c..]).map_or(n, |d| c + d);
                        (i + 1, c, next)
                    }
                    None => (i + 1, n, n),
                }
            } else {
                let next = memchr::memchr(delim, &line[i.min(n)..]).map_or(n, |d| i + d);
                (i, next, next)
            };
            fields.push(trim_spaces(line, cs, ce));
            i = next + 1;
        }
        // A record: five fields or more, one of them wholly an email, phone, card or IBAN.
        let whole_field = |sp: &Span| {
            fields
                .iter()
                .any(|&(cs, ce)| sp.start == cs && sp.end == ce)
        };
        let anchored = self.out.iter().any(|sp| {
            matches!(
                sp.kind,
                Kind::EMAIL | Kind::PHONE | Kind::IBAN | Kind::CREDIT_CARD
            ) && whole_field(sp)
        });
        if fields.len() < 5 || !anchored {
            return;
        }
        let found = self.out.len();
        for (cs, ce) in fields {
            let taken = self.out[..found]
                .iter()
                .any(|sp| sp.start < ce && sp.end > cs);
            if cs < ce && !taken {
                if let Some(kind) = record_field_kind(&line[cs..ce]) {
                    self.emit(cs, ce, kind, Rule::Context("record field"));
                }
            }
        }
    }

    /// A byte that is not part of a token: a few of them start a value.
    fn punct(&mut self, i: usize) -> usize {
        let line = self.line;
        match line[i] {
            b',' => self.delims[0] += 1,
            b';' => self.delims[1] += 1,
            b'|' => self.delims[2] += 1,
            b'\t' => self.delims[3] += 1,
            _ => {}
        }
        match line[i] {
            b'(' if line.get(i + 1).is_some_and(u8::is_ascii_digit) => {
                self.digit_seq(i, false).unwrap_or(i + 1)
            }
            b':' if line.get(i + 1) == Some(&b':') && (i == 0 || !is_word(line[i - 1])) => {
                self.hex_colon(i).unwrap_or(i + 2)
            }
            _ => i + 1,
        }
    }

    /// One token `s..e`; `any`/`all` are the OR/AND of its byte classes. Returns where to go on.
    fn token(&mut self, s: usize, e: usize, any: u16, all: u16) -> usize {
        let line = self.line;
        let next = line.get(e).copied();
        let first = line[s];
        let fc = class(first);

        if next == Some(b'@') {
            if let Some(end) = self.email(s, e) {
                return end;
            }
        } else if any & PCT != 0 {
            if let Some(end) = self.email_pct(s, e) {
                return end;
            }
        }
        if fc & ALPHA != 0 && next == Some(b':') && line[e..].starts_with(b"://") {
            return self.url(e + 3);
        }
        if e - s == 17 && any & DASH != 0 {
            if let Some(end) = self.mac_dashed(s, e) {
                return end;
            }
        }
        if fc & ALPHA != 0 && next == Some(b':') && all & HEX != 0 && e - s <= 4 {
            // `E0:31:07:22:35:55`, `fe80::1`: an address, before it can pass for a key.
            if let Some(end) = self.hex_colon(s) {
                if end > e {
                    return end;
                }
            }
        }
        if s > 0 && matches!(line[s - 1], b'/' | b'\\') {
            if let Some(kind) = path_owner(&line[..s]) {
                let te = s + line[s..e]
                    .iter()
                    .rposition(|&b| b != b'.')
                    .map_or(0, |i| i + 1);
                let id_like = kind != Kind::USER_ID || line[s..te].iter().any(u8::is_ascii_digit);
                // Built-in profiles are nobody's: `C:\Users\Default`, `/Users/Shared`.
                let mut buf = [0u8; 16];
                let builtin_profile = lower_into(&line[s..te], &mut buf).is_some_and(|w| {
                    matches!(
                        w,
                        b"default"
                            | b"public"
                            | b"shared"
                            | b"guest"
                            | b"all users"
                            | b"default user"
                    )
                });
                let id_like = id_like && !builtin_profile;
                if te > s && id_like {
                    self.emit(s, te, kind, Rule::Context("path"));
                    return e;
                }
            }
        }
        // `new user: name=giulia.fernandez` (useradd), `(to root) git on pts/9` (su)
        let useradd = s >= 11
            && line[s - 1] == b'='
            && line[s - 2] == b'e'
            && line[..s].ends_with(b"user: name=");
        let su = line.get(e + 1) == Some(&b'o')
            && s > 0
            && line[s - 1] == b' '
            && (line[e..].starts_with(b" on pts/") || line[e..].starts_with(b" on tty"))
            && line[..s].ends_with(b") ");
        if useradd || su {
            self.emit(s, e, Kind::USERNAME, Rule::Context("system log user"));
            return e;
        }
        // The auth-user field of access logs: `203.0.113.7 - alice [08/Oct/2026:…`, and sudo's
        // `alice : TTY=pts/0 ; PWD=…`.
        let after_space = line.get(e) == Some(&b' ');
        if after_space
            && ((line.get(e + 1) == Some(&b'[')
                && line.get(e + 2).is_some_and(u8::is_ascii_digit)
                && s >= 2
                && line[s - 2] == b'-'
                && line[s - 1] == b' ')
                || (line.get(e + 1) == Some(&b':') && line[e..].starts_with(b" : TTY=")))
        {
            if line[s..e] != *b"-" {
                self.emit(s, e, Kind::USERNAME, Rule::Context("log user field"));
            }
            return e;
        }
        if fc & ALPHA != 0 || first == b'_' {
            match self.key(s, e) {
                KeyScan::NotAKey => {}
                KeyScan::Key(resume) => return resume,
            }
        } else if first == b'-' {
            // Command-line flags: `--username=jdoe`, `-password=…`.
            let ks = s + line[s..e].iter().take_while(|&&b| b == b'-').count();
            if ks < e && line[ks].is_ascii_alphabetic() {
                if let KeyScan::Key(resume) = self.key(ks, e) {
                    return resume;
                }
            }
        }
        if fc & DIGIT != 0 || (first == b'+' && line.get(s + 1).is_some_and(u8::is_ascii_digit)) {
            if let Some(end) = self.numeric(s, e, all) {
                return end;
            }
        } else if next == Some(b':') && all & HEX != 0 {
            if let Some(end) = self.hex_colon(s) {
                return end;
            }
        }
        if fc & ALPHA != 0 {
            if let Some(end) = self.alpha(s, e, any) {
                return end;
            }
        } else if first == b'-' && line[s..e].starts_with(b"-----BEGIN") {
            if let Some(end) = self.pem(s) {
                return end;
            }
        }
        // Host names are lowercase and at least `a1.2.3.4` long; timestamps (`…T08`) are not.
        if e - s >= 8 && any & LOWER != 0 && any & DIGIT != 0 && any & (DOT | DASH) != 0 {
            self.ip_in_host_name(s, e);
        }
        e
    }

    /// Host names that spell out an address (`5.36.59.76.dynamic-dsl.example.net`,
    /// `dsl-static-059.45.101.203.example.in`, `host-10-105-162-105`): the address part is
    /// as personal as the address itself.
    #[inline(never)]
    fn ip_in_host_name(&mut self, s: usize, e: usize) {
        let line = self.line;
        let mut i = s;
        while i < e {
            if !line[i].is_ascii_digit() || (i > s && line[i - 1].is_ascii_alphanumeric()) {
                i += 1;
                continue;
            }
            // Four runs of 1-3 digits, one separator throughout.
            let mut p = i;
            let mut runs = 0;
            let mut sep = 0u8;
            let mut octets_ok = true;
            loop {
                let rs = p;
                while p < e && line[p].is_ascii_digit() {
                    p += 1;
                }
                let len = p - rs;
                if len == 0 || len > 3 {
                    octets_ok = false;
                    break;
                }
                let v = line[rs..p]
                    .iter()
                    .fold(0u32, |a, &b| a * 10 + u32::from(b - b'0'));
                octets_ok &= v <= 255;
                runs += 1;
                if runs == 4 || p >= e || !matches!(line[p], b'.' | b'-') {
                    break;
                }
                if sep == 0 {
                    sep = line[p];
                } else if line[p] != sep {
                    break;
                }
                p += 1;
            }
            // Not glued to letters, and not the start of a longer number group.
            let continues_number = matches!(line[p.min(e - 1)], b'.' | b'-')
                && line.get(p + 1).is_some_and(u8::is_ascii_digit);
            let bounded = p == e || (!line[p].is_ascii_alphanumeric() && !continues_number);
            if runs == 4 && octets_ok && bounded && sep != 0 {
                self.emit(i, p, Kind::IPV4, Rule::Shape("ipv4 in host name"));
                return;
            }
            i = p.max(i + 1);
        }
    }

    fn note_word(&mut self, s: usize, e: usize) {
        self.prev = [(s, e), self.prev[0]];
    }

    /// The previous word, if only spaces separate it from `s`.
    fn prev_word(&self, s: usize) -> Option<&'a [u8]> {
        let (ps, pe) = self.prev[0];
        if ps == NONE || pe > s {
            return None;
        }
        let gap = &self.line[pe..s];
        if gap.is_empty() || gap.len() > 3 || !gap.iter().all(|&b| b == b' ') {
            return None;
        }
        Some(&self.line[ps..pe])
    }

    // ---------------------------------------------------------------- emails and URLs

    /// `s..e` is followed by `@`.
    #[inline(never)]
    fn email(&mut self, s: usize, e: usize) -> Option<usize> {
        let line = self.line;
        let mut ls = s;
        while ls < e && matches!(line[ls], b'.' | b'-' | b'+' | b'%') {
            ls += 1;
        }
        if ls == e || line[e - 1] == b'.' || e - ls > 64 {
            return None;
        }
        let de = domain_end(line, e + 1)?;
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
    fn email_pct(&mut self, s: usize, e: usize) -> Option<usize> {
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
    fn url(&mut self, a: usize) -> usize {
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

    // ---------------------------------------------------------------- keys

    /// A key followed by `=` or `:` (possibly quoted, as in JSON, or escaped-quoted, as in JSON
    /// inside a string). Returns where scanning resumes, `None` if this is not a key.
    fn key(&mut self, s: usize, e: usize) -> KeyScan {
        let line = self.line;
        let n = line.len();
        // `<email:7f3a9c21>` is a token this engine wrote, not a key: masking stays idempotent.
        if e - s > MAX_KEY || (s > 0 && line[s - 1] == b'<') {
            return KeyScan::NotAKey;
        }
        let mut p = e;
        match line.get(p) {
            Some(b'"') | Some(b'\'') => p += 1,
            Some(b'\\') if line.get(p + 1) == Some(&b'"') => p += 2,
            // PostgreSQL's `Key (username)=(o.rossi6) already exists`
            Some(b')') if s > 0 && line[s - 1] == b'(' => p += 1,
            _ => {}
        }
        while p < n && line[p] == b' ' && p - e < 3 {
            p += 1;
        }
        let Some(&sep) = line.get(p) else {
            return KeyScan::NotAKey;
        };
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
                if s > 0 && line[s - 1] == b'(' && line.get(p + 1) != Some(&b' ') {
                    return KeyScan::NotAKey;
                }
            }
            _ => return KeyScan::NotAKey,
        }
        let mut v = p + 1;
        while v < n && line[v] == b' ' && v - p < 4 {
            v += 1;
        }
        let numeric_value = match line.get(v) {
            Some(b'"') | Some(b'\'') => line.get(v + 1).is_some_and(u8::is_ascii_digit),
            Some(b) => b.is_ascii_digit(),
            None => false,
        };
        let class = match self.keys.classify(&line[s..e], numeric_value) {
            KeyClass::Numeric | KeyClass::Other
                if s < self.owner_until && is_id_key(&line[s..e]) =>
            {
                KeyClass::Sensitive(&OWNER_ID_RULE, "id of user object")
            }
            c => c,
        };
        let (rule, label) = match class {
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
                return KeyScan::Key(p + 1);
            }
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
                return KeyScan::Key(v);
            }
            Some(b'[') => return KeyScan::Key(v),
            Some(b'(') if line[p - 1] == b')' => match memchr::memchr(b')', &line[v + 1..]) {
                Some(c) => (v + 1, v + 1 + c),
                None => return KeyScan::Key(v),
            },
            Some(&q @ (b'"' | b'\'')) => match find_close(line, v + 1, q) {
                Some(c) => (v + 1, c),
                None => (v + 1, self.unquoted_end(s, v + 1, rule.shape)),
            },
            Some(b'\\') if line.get(v + 1) == Some(&b'"') => {
                match memchr::memmem::find(&line[v + 2..], b"\\\"") {
                    Some(c) => (v + 2, v + 2 + c),
                    None => (v + 2, self.unquoted_end(s, v + 2, rule.shape)),
                }
            }
            Some(_) if looks_like_key_at(line, v) && line.get(v + 1).is_some() => {
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
                        self.emit(v, end, Kind::PERSON, Rule::Key(label));
                        self.last_person_end = end;
                        return KeyScan::Key(end);
                    }
                    _ => (v, self.unquoted_end(s, v, rule.shape)),
                }
            }
            Some(_) => (v, self.unquoted_end(s, v, rule.shape)),
        };
        let quoted = vs != v;
        let (vs, ve) = match rule.shape {
            ValueShape::Authorization if quoted => match credential_after_scheme(line, vs, ve) {
                Some(r) => r,
                None => return KeyScan::Key(v),
            },
            _ => (vs, ve),
        };
        let value = &line[vs..ve];
        if rule.shape == ValueShape::Username
            && value.contains(&b' ')
            && looks_like_person_name(value)
        {
            self.emit(vs, ve, Kind::PERSON, Rule::Key(label));
            return KeyScan::Key(ve);
        }
        // uid 0 is root on every Unix host: it names no one. `PWD=/srv/app` is sudo's working
        // directory, not a password.
        let not_personal = (rule.kind == Kind::USER_ID && value == b"0")
            || (rule.kind == Kind::PASSWORD && value.first() == Some(&b'/') && value.len() > 1);
        if not_personal || !value_ok(rule.shape, value) {
            return KeyScan::Key(v);
        }
        let r = match rule.custom {
            Some(i) => Rule::CustomKey(i),
            None => Rule::Key(label),
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
                None => match credential_shape(&line[vs..lead]) {
                    Some((k, r)) => (k, r, lead),
                    None => (rule.kind, r, ve),
                },
            };
            self.emit(vs, ve, kind, r);
            return KeyScan::Key(ve);
        }
        self.emit(vs, ve, rule.kind, r);
        // Scan the value too: a shape inside it (an email under `user`) names the kind better.
        KeyScan::Key(vs)
    }

    /// End of an unquoted value starting at `v`, by what the key says the value looks like.
    #[inline(never)]
    fn unquoted_end(&self, key_start: usize, v: usize, shape: ValueShape) -> usize {
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
            | ValueShape::SessionId => word_end(v),
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
                    if glen == 0 || glen > 6 || ge - v > 40 || looks_like_key_at(line, g) {
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

    // ---------------------------------------------------------------- numbers

    fn numeric(&mut self, s: usize, e: usize, all: u16) -> Option<usize> {
        let line = self.line;
        let mut te = e;
        while te > s && matches!(line[te - 1], b'.' | b'-' | b'+' | b'%') {
            te -= 1;
        }
        let tok = &line[s..te];
        if tok.iter().all(|&b| b.is_ascii_digit() || b == b'.') {
            let dots = tok.iter().filter(|&&b| b == b'.').count();
            if dots == 3 && line.get(te) != Some(&b'.') {
                if let Some(o) = validate::ipv4(tok) {
                    let cidr = line.get(te) == Some(&b'/')
                        && line.get(te + 1).is_some_and(u8::is_ascii_digit);
                    if validate::ipv4_is_personal(o) && !cidr && !self.version_context(s) {
                        self.emit(s, te, Kind::IPV4, Rule::Shape("ipv4"));
                    }
                    return Some(te);
                }
            }
            if dots >= 2 && !(dots == 2 && tok.len() == 12) {
                // Versions, OIDs, dotted dates: nothing personal is written like that, except
                // the `415.555.0134` phone shape (12 bytes, two dots), tried below.
                return Some(e);
            }
        }
        if line.get(e) == Some(&b':') && all & HEX != 0 {
            if let Some(end) = self.hex_colon(s) {
                return Some(end);
            }
        }
        // Phones, cards and SSNs have at least 7 digits: a short number that does not go on
        // into another group (`+44 7151 …`) cannot start one.
        let digits = tok.iter().filter(|b| b.is_ascii_digit()).count();
        let continues = matches!(line.get(e), Some(b' ') | Some(b'-') | Some(b'.'))
            && line
                .get(e + 1)
                .is_some_and(|&b| b.is_ascii_digit() || b == b'(');
        if digits < 7 && !continues {
            return None;
        }
        // `account 4270043649`, `customer #88123`: the word before says whose id it is.
        let id_shaped = tok
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_'));
        if id_shaped && tok.len() >= 4 {
            let prev = self.prev_word(s.saturating_sub(usize::from(s > 0 && line[s - 1] == b'#')));
            let mut buf = [0u8; 16];
            let owner = prev.and_then(|w| lower_into(w, &mut buf)).is_some_and(|l| {
                matches!(
                    l,
                    b"account"
                        | b"customer"
                        | b"member"
                        | b"user"
                        | b"uid"
                        | b"patient"
                        | b"subscriber"
                )
            });
            if owner {
                self.emit(s, te, Kind::USER_ID, Rule::Context("account number"));
                return Some(te);
            }
        }
        // `order 4667382752615110`, `invoice #4111…`: the word before says it is a number.
        let numeric_ctx = self.numeric_value_at == s
            || (self.prev_word(s.saturating_sub(usize::from(s > 0 && line[s - 1] == b'#'))))
                .is_some_and(|w| {
                    let mut buf = [0u8; 16];
                    lower_into(w, &mut buf).is_some_and(|l| NUMBER_NOUNS.contains(l))
                });
        self.digit_seq(s, numeric_ctx)
    }

    /// Whether the number at `s` is a version (`version 1.2.3.4`, `Chrome/10.0.1.5`, `~~6.1.1.1`)
    /// or a network (`network 10.96.0.0`).
    fn version_context(&self, s: usize) -> bool {
        let line = self.line;
        if s == 0 {
            return false;
        }
        match line[s - 1] {
            b'~' => return true,
            b'/' if s >= 2 && line[s - 2].is_ascii_alphanumeric() => {
                return true;
            }
            _ => {}
        }
        // The word just before, across one separator: `version 1.2.3.4`, `rv:1.9.1.20`.
        let mut q = s;
        if q > 0 && matches!(line[q - 1], b' ' | b':' | b'=') {
            q -= 1;
        }
        let we = q;
        while q > 0 && line[q - 1].is_ascii_alphabetic() {
            q -= 1;
        }
        let mut buf = [0u8; 16];
        match lower_into(&line[q..we], &mut buf) {
            // Versions, and networks rather than hosts (`on network 10.96.0.0`).
            Some(l) => matches!(
                l,
                b"version"
                    | b"ver"
                    | b"v"
                    | b"rv"
                    | b"build"
                    | b"release"
                    | b"firmware"
                    | b"kernel"
                    | b"os"
                    | b"android"
                    | b"agent"
                    | b"network"
                    | b"subnet"
                    | b"netmask"
                    | b"mask"
                    | b"route"
                    | b"cidr"
                    | b"prefix"
            ),
            None => false,
        }
    }

    /// Digit groups starting at `s` (`+44 20 7946 0018`, `(415) 555-0134`, `4111-1111-…`,
    /// `123-45-6789`): phone, card or SSN, validated. Tries the longest run of groups first.
    #[inline(never)]
    fn digit_seq(&mut self, s: usize, numeric_ctx: bool) -> Option<usize> {
        let line = self.line;
        let n = line.len();
        let mut p = s;
        let plus = line[p] == b'+';
        if plus {
            p += 1;
        }
        // (start, end, end including a closing paren)
        let mut groups = [(0usize, 0usize, 0usize); 8];
        let mut seps = [0u8; 8];
        let mut ng = 0;
        let mut digits = 0;
        let mut paren_first = false;
        loop {
            let paren = line.get(p) == Some(&b'(');
            let gs = if paren { p + 1 } else { p };
            let mut q = gs;
            while q < n && line[q].is_ascii_digit() {
                q += 1;
            }
            if q == gs || q - gs > 19 {
                break;
            }
            let mut after = q;
            if paren {
                if line.get(q) != Some(&b')') {
                    break;
                }
                after = q + 1;
                if ng == 0 {
                    paren_first = true;
                }
            }
            groups[ng] = (gs, q, after);
            digits += q - gs;
            ng += 1;
            p = after;
            if ng == groups.len() || digits > 19 {
                break;
            }
            // `+44 (0)161 496 2512`: a group may follow a closing paren directly.
            if paren && line.get(p).is_some_and(u8::is_ascii_digit) {
                seps[ng - 1] = b' ';
                continue;
            }
            if let Some(&sep @ (b' ' | b'-' | b'.')) = line.get(p) {
                let nx = line.get(p + 1).copied();
                if nx.is_some_and(|b| b.is_ascii_digit()) || (sep == b' ' && nx == Some(b'(')) {
                    seps[ng - 1] = sep;
                    p += 1;
                    continue;
                }
            }
            break;
        }
        if ng == 0 {
            return None;
        }
        let mut buf = [0u8; 24];
        for k in (1..=ng).rev() {
            let end = groups[k - 1].2;
            // The run must end at a boundary: not glued to letters, nor cut out of a longer
            // dashed or dotted number.
            match line.get(end) {
                Some(&b) if is_word(b) => continue,
                Some(b'-') | Some(b'.') | Some(b'/') | Some(b':')
                    if line.get(end + 1).is_some_and(u8::is_ascii_digit) =>
                {
                    continue
                }
                _ => {}
            }
            let mut nd = 0;
            let mut sizes = [0usize; 8];
            for (g, size) in groups[..k].iter().zip(sizes.iter_mut()) {
                *size = g.1 - g.0;
                for &b in &line[g.0..g.1] {
                    if nd < buf.len() {
                        buf[nd] = b;
                    }
                    nd += 1;
                }
            }
            if nd > buf.len() {
                continue;
            }
            let d = &buf[..nd];
            let sizes = &sizes[..k];
            let seps = &seps[..k - 1];
            let start = if paren_first && !plus {
                groups[0].0 - 1
            } else {
                s
            };
            if let Some((kind, rule)) =
                classify_digits(d, sizes, seps, plus, paren_first, numeric_ctx)
            {
                self.emit(start, end, kind, Rule::Shape(rule));
                return Some(end);
            }
        }
        None
    }

    // ---------------------------------------------------------------- hex: IPv6 and MAC

    /// A run of hex digits and colons at `s`: a MAC address or an IPv6 address.
    #[inline(never)]
    fn hex_colon(&mut self, s: usize) -> Option<usize> {
        let line = self.line;
        let n = line.len();
        let mut p = s;
        let mut colons = 0;
        while p < n && (line[p].is_ascii_hexdigit() || line[p] == b':' || line[p] == b'.') {
            colons += usize::from(line[p] == b':');
            p += 1;
        }
        if colons < 2 {
            return None;
        }
        while p > s && line[p - 1] == b'.' {
            p -= 1;
        }
        if line.get(p).is_some_and(|&b| is_word(b)) {
            return None;
        }
        if p - s == 17 && is_mac(&line[s..p], b':') {
            self.emit(s, p, Kind::MAC_ADDRESS, Rule::Shape("mac address"));
            return Some(p);
        }
        // iptables `MAC=dst:src:type`: two MAC addresses and an ethertype, 14 byte pairs.
        if p - s == 41
            && line[s..p].chunks(3).all(|c| {
                c[0].is_ascii_hexdigit()
                    && c[1].is_ascii_hexdigit()
                    && (c.len() == 2 || c[2] == b':')
            })
        {
            self.emit(s, s + 35, Kind::MAC_ADDRESS, Rule::Shape("mac address"));
            return Some(p);
        }
        let mut end = p;
        for _ in 0..3 {
            let cand = &line[s..end];
            if let Some(addr) = validate::ipv6(cand) {
                let groups = cand.split(|&b| b == b':').filter(|g| !g.is_empty()).count();
                let has_digit = cand.iter().any(u8::is_ascii_digit);
                let compressed = memchr::memmem::find(cand, b"::").is_some();
                // Eight groups of two hex digits are hardware ids (EUI, WWN), not addresses.
                let byte_pairs = !compressed && cand.len() == 23;
                if has_digit && !byte_pairs && (groups >= 3 || compressed) {
                    if validate::ipv6_is_personal(&addr) {
                        self.emit(s, end, Kind::IPV6, Rule::Shape("ipv6"));
                    }
                    return Some(end);
                }
                return Some(p);
            }
            // Drop a trailing `:port` and try again.
            match memchr::memrchr(b':', cand) {
                Some(c) if c > 0 => end = s + c,
                _ => break,
            }
            if end > s && line[end - 1] == b':' && !(end >= s + 2 && line[end - 2] == b':') {
                end -= 1;
            }
        }
        // Times, hardware ids, C++ paths: nothing here, and nothing to look for inside either.
        Some(p)
    }

    #[inline(never)]
    fn mac_dashed(&mut self, s: usize, e: usize) -> Option<usize> {
        if is_mac(&self.line[s..e], b'-') {
            self.emit(s, e, Kind::MAC_ADDRESS, Rule::Shape("mac address"));
            return Some(e);
        }
        None
    }

    // ---------------------------------------------------------------- letters

    fn alpha(&mut self, s: usize, e: usize, any: u16) -> Option<usize> {
        let line = self.line;
        let mut te = e;
        while te > s && matches!(line[te - 1], b'.' | b'-' | b'+' | b'%') {
            te -= 1;
        }
        let len = te - s;
        if len >= 16 {
            if line[s..te].starts_with(b"eyJ") {
                if let Some(end) = self.jwt(s, e) {
                    return Some(end);
                }
            }
            if let Some(name) = secret_prefix(&line[s..te]) {
                self.emit(s, te, Kind::SECRET, Rule::Shape(name));
                return Some(te);
            }
        }
        let c0 = class(line[s]);
        // IBANs and NINOs: two capitals, then a digit (or a space and a digit: `QQ 12 …`).
        let digit_after = |i: usize| line.get(i).is_some_and(u8::is_ascii_digit);
        if c0 & UPPER != 0
            && len >= 2
            && class(line[s + 1]) & UPPER != 0
            && (digit_after(s + 2)
                || (len == 2 && line.get(te) == Some(&b' ') && digit_after(te + 1)))
        {
            if let Some(end) = self.iban(s, te) {
                return Some(end);
            }
            if let Some(end) = self.nino(s, te) {
                return Some(end);
            }
        }
        // Words only from here: context triggers and street names.
        if any & !(ALPHA | HEX | DOT | NONASCII | WORDX | DASH) != 0
            || any & UNDERSCORE != 0
            || len > 14
        {
            return None;
        }
        let r = self.trigger(s, te);
        self.note_word(s, te);
        r
    }

    #[inline(never)]
    fn jwt(&mut self, s: usize, e: usize) -> Option<usize> {
        if !is_jwt(&self.line[s..e]) {
            return None;
        }
        self.emit(s, e, Kind::JWT, Rule::Shape("jwt"));
        Some(e)
    }

    /// `GB82WEST12345698765432` or `GB82 WEST 1234 5698 7654 32`.
    #[inline(never)]
    fn iban(&mut self, s: usize, te: usize) -> Option<usize> {
        let line = self.line;
        let tok = &line[s..te];
        if tok.len() < 4 || !tok[2].is_ascii_digit() || !tok[3].is_ascii_digit() {
            return None;
        }
        if tok.len() >= 15 {
            if tok.iter().all(u8::is_ascii_alphanumeric) && validate::iban_ok(tok) {
                self.emit(s, te, Kind::IBAN, Rule::Shape("iban (mod-97)"));
                return Some(te);
            }
            return None;
        }
        if tok.len() != 4 {
            return None;
        }
        let mut compact = [0u8; 34];
        compact[..4].copy_from_slice(tok);
        let mut len = 4;
        let mut p = te;
        let mut end = NONE;
        while line.get(p) == Some(&b' ') {
            let g = p + 1;
            let mut q = g;
            while q < line.len() && line[q].is_ascii_alphanumeric() && q - g < 4 {
                q += 1;
            }
            if q == g || line.get(q).is_some_and(|&b| is_alnum(b)) || len + (q - g) > 34 {
                break;
            }
            compact[len..len + (q - g)].copy_from_slice(&line[g..q]);
            len += q - g;
            p = q;
            if len >= 15 && validate::iban_ok(&compact[..len]) {
                end = q;
            }
        }
        if end == NONE {
            return None;
        }
        self.emit(s, end, Kind::IBAN, Rule::Shape("iban (mod-97)"));
        Some(end)
    }

    /// UK National Insurance numbers: `QQ123456C`, `QQ 12 34 56 C`, `QQ 123456 C`.
    #[inline(never)]
    fn nino(&mut self, s: usize, te: usize) -> Option<usize> {
        let line = self.line;
        let tok = &line[s..te];
        if !validate::nino_prefix_ok(tok[0], tok[1]) {
            return None;
        }
        let suffix_ok = |b: u8| matches!(b, b'A'..=b'D');
        if tok.len() == 9 && tok[2..8].iter().all(u8::is_ascii_digit) && suffix_ok(tok[8]) {
            self.emit(s, te, Kind::NATIONAL_ID, Rule::Shape("uk nino"));
            return Some(te);
        }
        if tok.len() != 2 {
            return None;
        }
        let mut p = te;
        let mut digits = 0;
        while digits < 6 && line.get(p) == Some(&b' ') {
            let g = p + 1;
            let mut q = g;
            while q < line.len() && line[q].is_ascii_digit() {
                q += 1;
            }
            if q == g || digits + (q - g) > 6 {
                return None;
            }
            digits += q - g;
            p = q;
        }
        if digits != 6 || line.get(p) != Some(&b' ') {
            return None;
        }
        let last = *line.get(p + 1)?;
        if !suffix_ok(last) || line.get(p + 2).is_some_and(|&b| is_word(b)) {
            return None;
        }
        self.emit(s, p + 2, Kind::NATIONAL_ID, Rule::Shape("uk nino"));
        Some(p + 2)
    }

    #[inline(never)]
    fn pem(&mut self, s: usize) -> Option<usize> {
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

    // ---------------------------------------------------------------- context words

    fn trigger(&mut self, s: usize, te: usize) -> Option<usize> {
        let line = self.line;
        let word = &line[s..te];
        let mut buf = [0u8; 16];
        let lw = lower_into(word, &mut buf)?;
        let lw: &[u8] = match lw.last() {
            Some(b'.') => &lw[..lw.len() - 1],
            _ => lw,
        };
        let after = skip_spaces(line, te);
        match TRIGGERS.get(lw) {
            Some(Trigger::Greeting) => {
                // "Dear Jane,", "Welcome, Jane Doe!", "Kind regards, Jane Doe"
                let p = if line.get(te) == Some(&b',') {
                    skip_spaces(line, te + 1)
                } else {
                    after
                };
                self.person_at(p, "greeting")
            }
            Some(Trigger::Title) => {
                if class(line[s]) & UPPER == 0 {
                    return None;
                }
                let end = person_words(line, after)?;
                self.emit(s, end, Kind::PERSON, Rule::Context("title"));
                Some(end)
            }
            Some(Trigger::Preposition) => {
                let prev = self.prev_word(s).unwrap_or_default();
                let mut pb = [0u8; 16];
                let prev = lower_into(prev, &mut pb).unwrap_or_default();
                if lw == b"for" && is_ssh_auth_method(prev) {
                    return self.username_at(after, "password for");
                }
                // sshd: "… exceeded for oluwaseun21 from 104.111.171.134 port 32802"
                if lw == b"for" && followed_by_from_address(line, after) {
                    return self.username_at(after, "for … from");
                }
                // "password changed for sofia"
                if lw == b"for"
                    && matches!(
                        prev,
                        b"changed" | b"reset" | b"updated" | b"expired" | b"set"
                    )
                    && self
                        .word_before_prev(s)
                        .is_some_and(|w| w.eq_ignore_ascii_case(b"password"))
                {
                    return self.username_at(after, "password changed for");
                }
                // "password for jdoe reset to Rocket2866~"
                if lw == b"to"
                    && matches!(prev, b"reset" | b"changed" | b"set" | b"updated")
                    && memchr::memmem::find(&line[..s], b"password").is_some()
                {
                    let ve = secret_token_end(line, after);
                    if ve > after {
                        self.emit(
                            after,
                            ve,
                            Kind::PASSWORD,
                            Rule::Context("password reset to"),
                        );
                        return Some(ve);
                    }
                }
                // "reassigned to Pedro Nguyen by Kenji Abara-Lewis"
                // The name just before this word: "… to Pedro Nguyen by Kenji Abara-Lewis".
                let after_person = self.last_person_end != NONE
                    && self.last_person_end < s
                    && line[self.last_person_end..s].iter().all(|&b| b == b' ');
                if person_verb(lw, prev) || (after_person && starts_upper(line, after)) {
                    if starts_upper(line, after) {
                        return self.person_at(after, "assigned to");
                    }
                    if lw == b"by" && human_actor_verb(prev) {
                        return self.username_at(after, "by");
                    }
                }
                None
            }
            Some(Trigger::PersonNoun) => {
                // `customer Jane Doe`, `for customer "Jane Doe"`
                let p = if matches!(line.get(after), Some(b'"') | Some(b'\'')) {
                    after + 1
                } else {
                    after
                };
                if starts_upper(line, p) {
                    self.person_at(p, "person noun")
                } else {
                    None
                }
            }
            Some(Trigger::User) => {
                // "my username is m.obrien9"
                let rest = &line[after.min(line.len())..];
                if rest.starts_with(b"is ") || rest.starts_with(b"was ") {
                    let p = skip_spaces(line, after + if rest.starts_with(b"is ") { 3 } else { 4 });
                    return self.username_at(p, "user is");
                }
                if starts_upper(line, after) {
                    return self.person_at(after, "user");
                }
                // "invalid user admin", "for user root by": a login name, when the words around
                // say so; "user clicked" or "user agent" are not.
                let prev = self.prev_word(s).unwrap_or_default();
                let mut pb = [0u8; 16];
                let prev = lower_into(prev, &mut pb).unwrap_or_default();
                let prev_says = matches!(
                    prev,
                    b"invalid"
                        | b"illegal"
                        | b"for"
                        | b"unknown"
                        | b"nonexistent"
                        | b"existing"
                        | b"as"
                        | b"by"
                        | b"disabled"
                        | b"locked"
                        | b"deleted"
                        | b"created"
                        | b"authenticating"
                );
                if !prev_says && !followed_by_login_context(line, after) {
                    return None;
                }
                self.username_at(after, "user")
            }
            Some(Trigger::Login) => {
                // "No user with login 'oluwaseun'", "login thomas.oneil / password: …"
                let quoted = matches!(line.get(after), Some(b'"') | Some(b'\''));
                let mut e = after;
                while e < line.len() && !matches!(line[e], b' ' | b'\t') {
                    e += 1;
                }
                if quoted
                    || line[e..].starts_with(b" / password")
                    || followed_by_login_context(line, after) && !line[after..].is_empty()
                {
                    return self.username_at(after, "login");
                }
                None
            }
            Some(Trigger::Is) => {
                // "this is Nadia R. Murphy", "my name is Jane Doe"
                let prev = self.prev_word(s).unwrap_or_default();
                if (prev.eq_ignore_ascii_case(b"this") || prev.eq_ignore_ascii_case(b"name"))
                    && starts_upper(line, after)
                {
                    return self.person_at(after, "this is");
                }
                None
            }
            Some(Trigger::Born) => {
                // "Noah Sørensen was born on …": the name before `was`.
                if let Some(w) = self.prev_word(s) {
                    if w == b"was" || w == b"is" {
                        let ws = self.prev[0].0;
                        if ws >= 1 && line[ws - 1] == b' ' {
                            if let Some(ns) = name_before(line, ws - 1) {
                                self.emit(ns, ws - 1, Kind::PERSON, Rule::Context("was born"));
                            }
                        }
                    }
                }
                let mut p = after;
                if line[p.min(line.len())..].starts_with(b"on ") {
                    p += 3;
                }
                // "date of birth (06/02/1948)", "date of birth: 1980-01-02", "birth date is …"
                while matches!(line.get(p), Some(b'(') | Some(b':') | Some(b' ')) {
                    p += 1;
                }
                if line[p.min(line.len())..].starts_with(b"is ") {
                    p += 3;
                }
                if !line.get(p).is_some_and(u8::is_ascii_digit) && !starts_upper(line, p) {
                    return None;
                }
                let end = date_end(line, p);
                if end > p && line[p..end].iter().any(u8::is_ascii_digit) {
                    self.emit(p, end, Kind::DATE_OF_BIRTH, Rule::Context("born"));
                    return Some(end);
                }
                None
            }
            Some(Trigger::Bearer) => {
                if line.get(te) != Some(&b' ') {
                    return None;
                }
                let end = secret_token_end(line, after);
                if end - after >= 8 {
                    let (kind, rule) = credential_shape(&line[after..end])
                        .unwrap_or((Kind::SECRET, Rule::Context("bearer")));
                    self.emit(after, end, kind, rule);
                    return Some(end);
                }
                None
            }
            Some(Trigger::Password) => {
                // "password is hunter2", "password was hunter2"
                let rest = &line[after.min(line.len())..];
                let skip = if rest.starts_with(b"is ") {
                    3
                } else if rest.starts_with(b"was ") {
                    4
                } else if rest.starts_with(b"set to ") {
                    7
                } else {
                    return None;
                };
                let vs = skip_spaces(line, after + skip);
                let ve = secret_token_end(line, vs);
                if ve > vs {
                    self.emit(vs, ve, Kind::PASSWORD, Rule::Context("password is"));
                    return Some(ve);
                }
                None
            }
            None => self.street(s, te, lw),
        }
    }

    #[inline(never)]
    fn person_at(&mut self, p: usize, rule: &'static str) -> Option<usize> {
        let end = person_words(self.line, p)?;
        self.emit(p, end, Kind::PERSON, Rule::Context(rule));
        self.last_person_end = end;
        Some(end)
    }

    /// The word before the previous word, if only spaces separate them.
    fn word_before_prev(&self, s: usize) -> Option<&'a [u8]> {
        self.prev_word(s)?;
        let (ps, pe) = self.prev[1];
        let (cs, _) = self.prev[0];
        if ps == NONE || pe > cs {
            return None;
        }
        let gap = &self.line[pe..cs];
        (!gap.is_empty() && gap.len() <= 3 && gap.iter().all(|&b| b == b' '))
            .then(|| &self.line[ps..pe])
    }

    #[inline(never)]
    fn username_at(&mut self, p: usize, rule: &'static str) -> Option<usize> {
        let line = self.line;
        // `for user 'mike.jones'`
        let quote = line.get(p).copied().filter(|&b| b == b'\'' || b == b'"');
        let p = if quote.is_some() { p + 1 } else { p };
        let mut e = p;
        while e < line.len()
            && (line[e].is_ascii_alphanumeric() || matches!(line[e], b'_' | b'-' | b'.' | b'$'))
        {
            e += 1;
        }
        while e > p && line[e - 1] == b'.' {
            e -= 1;
        }
        if e == p || e - p > 32 || !line[p].is_ascii_alphanumeric() && line[p] != b'_' {
            return None;
        }
        if line
            .get(e)
            .is_some_and(|&b| matches!(b, b'=' | b'@' | b'(' | b'/'))
        {
            return None;
        }
        if quote.is_some() && line.get(e).copied() != quote {
            return None;
        }
        let w = &line[p..e];
        if is_username_stopword(w) {
            return None;
        }
        self.emit(p, e, Kind::USERNAME, Rule::Context(rule));
        Some(e)
    }

    /// A street name ending in `word` (`221B Baker Street`), or starting with it
    /// (`12 rue de la Paix`), or a German-style compound (`Hauptstraße 5`); with what follows
    /// (`, Springfield, IL 62704`).
    #[inline(never)]
    fn street(&mut self, s: usize, te: usize, lw: &[u8]) -> Option<usize> {
        let line = self.line;
        let capitalized = class(line[s]) & UPPER != 0;
        let found = self
            .street_by_suffix(s, te, lw)
            .or_else(|| self.street_by_prefix_after_number(s, te, lw))
            .or_else(|| {
                capitalized
                    .then(|| self.street_name_then_number(s, te, lw))
                    .flatten()
            });
        let (start, end) = found?;
        let start = unit_before(line, start);
        let end = address_tail(line, end);
        self.emit(start, end, Kind::ADDRESS, Rule::Context("street"));
        Some(end)
    }

    /// `221B Baker Street`, `1600 Pennsylvania Avenue NW`: a house number, capitalized words,
    /// then the street word at `s..te`.
    fn street_by_suffix(&self, s: usize, te: usize, lw: &[u8]) -> Option<(usize, usize)> {
        let line = self.line;
        // Cheap structural checks first: every capitalized word passes through here.
        let after_word = s >= 2 && line[s - 1] == b' ' && is_alnum(line[s - 2]);
        if !after_word || !is_street_suffix(lw) {
            return None;
        }
        let mut q = s;
        let mut words = 0;
        let start = loop {
            if q < 2 || line[q - 1] != b' ' {
                return None;
            }
            let we = q - 1;
            let mut ws = we;
            while ws > 0 && (is_word(line[ws - 1]) || matches!(line[ws - 1], b'\'' | b'-' | b'.')) {
                ws -= 1;
            }
            let w = &line[ws..we];
            if is_house_number(w) && words > 0 {
                break ws;
            }
            if words == 4 || w.is_empty() || !(starts_upper(line, ws) || is_ordinal(w)) {
                return None;
            }
            words += 1;
            q = ws;
        };
        let end = if line.get(te) == Some(&b'.') {
            te + 1
        } else {
            te
        };
        Some((start, end))
    }

    /// `12 rue de la Paix`, `12, rue …`, `59 bis rue …`, `23 place Bellecour`.
    fn street_by_prefix_after_number(
        &self,
        s: usize,
        te: usize,
        lw: &[u8],
    ) -> Option<(usize, usize)> {
        let line = self.line;
        // A house number (or `12,`, `59 bis`) right before, then the word table.
        let numbered = s >= 2
            && line[s - 1] == b' '
            && (line[s - 2].is_ascii_digit()
                || line[s - 2] == b','
                || line[..s - 1].ends_with(b" bis")
                || line[..s - 1].ends_with(b" ter"));
        if !numbered || !is_street_prefix(lw) {
            return None;
        }
        let mut q = s - 1;
        // "bis", "ter": house number suffixes written as words.
        for suffix in [&b"bis"[..], b"ter"] {
            if line[..q].ends_with(suffix) && q > suffix.len() && line[q - suffix.len() - 1] == b' '
            {
                q -= suffix.len() + 1;
            }
        }
        if q > 0 && line[q - 1] == b',' {
            q -= 1;
        }
        let ne = q;
        let mut ns = ne;
        while ns > 0 && is_alnum(line[ns - 1]) {
            ns -= 1;
        }
        if ns == ne || !is_house_number(&line[ns..ne]) {
            return None;
        }
        let end = street_words(line, te);
        (end > te).then_some((ns, end))
    }

    /// `Via Roma 150`, `Paseo de Gracia 302`, `Hauptstraße 5`, `Damrak 121, 2728 XS`:
    /// a street name first, then the house number.
    fn street_name_then_number(&self, s: usize, te: usize, lw: &[u8]) -> Option<(usize, usize)> {
        let line = self.line;
        // `Damrak 121`, `Hauptstraße 5`: the number right after; `Via Roma 150`: after a
        // street word and its name.
        let number_next = |p: usize| {
            let p = if line.get(p) == Some(&b'.') { p + 1 } else { p };
            line.get(p) == Some(&b' ') && line.get(p + 1).is_some_and(u8::is_ascii_digit)
        };
        let name_end = if number_next(te) {
            te
        } else if is_street_prefix(lw) {
            street_words(line, te)
        } else {
            return None;
        };
        let mut p = name_end;
        if line.get(p) == Some(&b'.') {
            p += 1;
        }
        if line.get(p) != Some(&b' ') || !line.get(p + 1).is_some_and(u8::is_ascii_digit) {
            return None;
        }
        let ns = p + 1;
        let mut ne = ns;
        while ne < line.len() && is_alnum(line[ne]) {
            ne += 1;
        }
        if !is_house_number(&line[ns..ne]) {
            return None;
        }
        // A prefix word (`Via`) or a street compound (`…straße`) says street by itself; a bare
        // name (`Damrak 121`) needs a postal code after it.
        let named = is_street_prefix(lw) && name_end > te || is_compound_street(lw);
        if !named && !postal_code_follows(line, ne) {
            return None;
        }
        Some((s, ne))
    }
}

fn trim_spaces(line: &[u8], mut s: usize, mut e: usize) -> (usize, usize) {
    while s < e && line[s] == b' ' {
        s += 1;
    }
    while e > s && line[e - 1] == b' ' {
        e -= 1;
    }
    (s, e)
}

/// What an unkeyed field of a personal record is: a name, a date of birth (a date in a year
/// people are born in, not this year's transaction date), or a street address.
fn record_field_kind(f: &[u8]) -> Option<Kind> {
    if f.len() > 100 {
        return None;
    }
    let words = f.split(|&b| b == b' ').filter(|w| !w.is_empty()).count();
    if (1..=4).contains(&words)
        && f.len() <= 48
        && f.iter().any(|b| b.is_ascii_lowercase() || *b >= 0x80)
        && looks_like_person_name(f)
        && !f.split(|&b| b == b' ').any(is_name_stopword)
    {
        return Some(Kind::PERSON);
    }
    if f.first().is_some_and(u8::is_ascii_digit) && date_end(f, 0) == f.len() {
        let year = f
            .split(|b| !b.is_ascii_digit())
            .find(|g| g.len() == 4)
            .map(|g| g.iter().fold(0u32, |a, &b| a * 10 + u32::from(b - b'0')));
        if year.is_some_and(|y| (1900..=2012).contains(&y)) {
            return Some(Kind::DATE_OF_BIRTH);
        }
    }
    let has_number = f.split(|&b| b == b' ' || b == b',').any(is_house_number);
    let has_name = f.split(|&b| b == b' ').any(|w| {
        w.len() > 2
            && char_at(w, 0).is_some_and(|(c, _)| c.is_uppercase())
            && w.iter().any(u8::is_ascii_lowercase)
    });
    if words >= 2 && has_number && has_name && !f.contains(&b'@') {
        return Some(Kind::ADDRESS);
    }
    None
}

/// Capitalized words and particles after a street prefix (`rue de la Paix`).
fn street_words(line: &[u8], mut end: usize) -> usize {
    let mut words = 0;
    while words < 5 && line.get(end) == Some(&b' ') {
        let ws = end + 1;
        let mut we = ws;
        while we < line.len()
            && (is_word(line[we]) || matches!(line[we], b'\'' | b'-'))
            && !line[we].is_ascii_digit()
        {
            we += 1;
        }
        let w = &line[ws..we];
        let elided = (w.starts_with(b"l'") || w.starts_with(b"d'")) && starts_upper(line, ws + 2);
        if w.is_empty() || !(starts_upper(line, ws) || is_particle(w) || elided) {
            break;
        }
        end = we;
        words += 1;
    }
    end
}

/// Whether `, 1234 AB`, `, 10115`, `, 75002 ` follows `p`.
fn postal_code_follows(line: &[u8], p: usize) -> bool {
    let mut q = p;
    if line.get(q) == Some(&b',') {
        q += 1;
    }
    if line.get(q) != Some(&b' ') {
        return false;
    }
    q += 1;
    let digits = line[q.min(line.len())..]
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count();
    (4..=5).contains(&digits) && !line.get(q + digits).is_some_and(u8::is_ascii_alphanumeric)
}

/// Extends an address back over a unit before it: `Flat 12, 74 Church Lane`, `Apt 4B, 12 …`.
fn unit_before(line: &[u8], start: usize) -> usize {
    let Some(before) = start.checked_sub(2).filter(|&b| &line[b..start] == b", ") else {
        return start;
    };
    let mut ne = before;
    let mut ns = ne;
    while ns > 0 && is_alnum(line[ns - 1]) {
        ns -= 1;
    }
    if ns == ne || ns < 2 || line[ns - 1] != b' ' {
        return start;
    }
    ne = ns - 1;
    let mut ws = ne;
    while ws > 0 && line[ws - 1].is_ascii_alphabetic() {
        ws -= 1;
    }
    let mut buf = [0u8; 16];
    let unit = lower_into(&line[ws..ne], &mut buf).is_some_and(|w| {
        matches!(
            w,
            b"flat" | b"apt" | b"apartment" | b"suite" | b"unit" | b"floor" | b"room"
        )
    });
    if unit {
        ws
    } else {
        start
    }
}

// -------------------------------------------------------------------- helpers

/// End of a domain name starting at `ds`: at least two labels, an alphabetic TLD.
fn domain_end(line: &[u8], ds: usize) -> Option<usize> {
    let n = line.len();
    let mut p = ds;
    let mut labels = 0;
    let mut last_label = (0, 0);
    loop {
        let ls = p;
        while p < n && (line[p].is_ascii_alphanumeric() || line[p] == b'-' || line[p] >= 0x80) {
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

/// The rule for `id` inside an object that describes a person.
static OWNER_ID_RULE: KeyRule = KeyRule {
    kind: Kind::USER_ID,
    shape: ValueShape::Word,
    custom: None,
    suffix_ok: false,
};

fn is_id_key(k: &[u8]) -> bool {
    matches!(
        k,
        b"id" | b"Id" | b"ID" | b"uid" | b"uuid" | b"_id" | b"number" | b"no"
    )
}

/// Keys whose object value describes a person (`"user": {"id": …, "email": …}`).
fn is_owner_key(k: &[u8]) -> bool {
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
fn object_end(line: &[u8], open: usize) -> usize {
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

/// Whether a value reads like a person's name: capitalized words, particles, initials,
/// titles (`Dr. Jane van der Berg`, `Zoë Müller`), not `SELECT orders` or `GET /api/cart`.
fn looks_like_person_name(v: &[u8]) -> bool {
    let mut words = 0;
    for w in v.split(|&b| b == b' ') {
        if w.is_empty() {
            continue;
        }
        let w = w.strip_suffix(b",").unwrap_or(w);
        let w = w.strip_suffix(b".").unwrap_or(w);
        if w.is_empty() {
            continue;
        }
        let ok_chars = w
            .iter()
            .all(|&b| b.is_ascii_alphabetic() || b >= 0x80 || matches!(b, b'-' | b'\'' | b'.'));
        if !ok_chars {
            return false;
        }
        if is_particle(w) {
            continue;
        }
        let upper_first = char_at(w, 0).is_some_and(|(c, _)| c.is_uppercase())
            || w.iter()
                .position(|&b| b == b'-' || b == b'\'')
                .is_some_and(|i| w.get(i + 1).is_some_and(u8::is_ascii_uppercase));
        let shouting = w.len() > 3 && !w.iter().any(|b| b.is_ascii_lowercase() || *b >= 0x80);
        if !upper_first || shouting || is_camel_identifier(w) {
            return false;
        }
        words += 1;
    }
    words > 0
}

/// Whether the URL scheme ending `before` is one whose userinfo is a login.
fn scheme_has_login(before: &[u8]) -> bool {
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

/// Index of the closing quote `q` from `from`, skipping backslash-escaped ones.
fn find_close(line: &[u8], from: usize, q: u8) -> Option<usize> {
    let mut p = from;
    while let Some(i) = memchr::memchr2(q, b'\\', &line[p.min(line.len())..]) {
        let at = p + i;
        if line[at] == b'\\' {
            p = at + 2;
            continue;
        }
        return Some(at);
    }
    None
}

/// Whether `p` starts `ident=` or `ident:` (another key in the same record).
fn looks_like_key_at(line: &[u8], p: usize) -> bool {
    key_separator_at(line, p).is_some()
}

/// Where the `=` or `:` of an `ident=` / `ident:` starting at `p` is.
fn key_separator_at(line: &[u8], p: usize) -> Option<usize> {
    let mut q = p;
    if matches!(line.get(q), Some(b'"') | Some(b'\'')) {
        q += 1;
    }
    let ks = q;
    // Keys are short: stop early on long runs (a JWT is not a key).
    while q < line.len()
        && q - ks <= MAX_KEY
        && (is_word(line[q]) || matches!(line[q], b'.' | b'-'))
    {
        q += 1;
    }
    if q == ks || q - ks > MAX_KEY || !line[ks].is_ascii_alphabetic() && line[ks] != b'_' {
        return None;
    }
    if matches!(line.get(q), Some(b'"') | Some(b'\'')) {
        q += 1;
    }
    matches!(line.get(q), Some(b'=') | Some(b':')).then_some(q)
}

/// Whether the token at `p` is followed by words that make it a login: `X from 1.2.3.4`,
/// `X by (uid=0)`, `X [preauth]`, `X on tty1`, or the end of the line.
fn followed_by_login_context(line: &[u8], p: usize) -> bool {
    let mut e = p;
    while e < line.len() && !matches!(line[e], b' ' | b'\t' | b',' | b';') {
        e += 1;
    }
    let rest = &line[e..];
    rest.is_empty()
        || rest.starts_with(b" from ")
        || rest.starts_with(b" by ")
        || rest.starts_with(b" on ")
        || rest.starts_with(b" at ")
        || rest.starts_with(b" port ")
        || rest.starts_with(b" [")
        || rest.starts_with(b" (")
        || rest.starts_with(b";")
        || rest.starts_with(b",")
}

/// Paths whose next segment names a person: home directories hold a login
/// (`/home/alice`, `C:\Users\alice`), REST resources a user id (`/users/8869125101`).
fn path_owner(before: &[u8]) -> Option<Kind> {
    const HOMES: &[&[u8]] = &[b"/home/", b"/Users/", b"\\Users\\", b"/export/home/"];
    const RESOURCES: &[&[u8]] = &[
        b"/users/",
        b"/user/",
        b"/customers/",
        b"/customer/",
        b"/accounts/",
        b"/members/",
        b"/profiles/",
        b"/patients/",
        b"/employees/",
        b"/subscribers/",
    ];
    if HOMES.iter().any(|h| before.ends_with(h)) {
        return Some(Kind::USERNAME);
    }
    if RESOURCES.iter().any(|r| before.ends_with(r)) {
        return Some(Kind::USER_ID);
    }
    None
}

/// Whether the token at `p` is followed by ` from ` and an address (digit or hex).
fn followed_by_from_address(line: &[u8], p: usize) -> bool {
    let mut e = p;
    while e < line.len() && !matches!(line[e], b' ' | b'\t') {
        e += 1;
    }
    line[e..].starts_with(b" from ") && line.get(e + 6).is_some_and(u8::is_ascii_hexdigit)
}

/// `name=value` at `p`, where the value is really there (`dXNlcjpw==` is base64, not a key).
fn looks_like_param_at(line: &[u8], p: usize) -> bool {
    let Some(sep) = key_separator_at(line, p) else {
        return false;
    };
    line.get(sep + 1)
        .is_some_and(|&b| !matches!(b, b'=' | b' ' | b',' | b';' | b'\'' | b'"' | b'&'))
}

fn skip_spaces(line: &[u8], mut p: usize) -> usize {
    while p < line.len() && line[p] == b' ' {
        p += 1;
    }
    p
}

fn starts_upper(line: &[u8], p: usize) -> bool {
    match char_at(line, p) {
        Some((c, _)) => c.is_uppercase(),
        None => false,
    }
}

/// End of a credential token: everything up to whitespace or a quote.
fn secret_token_end(line: &[u8], p: usize) -> usize {
    // Credentials are long (a JWT is hundreds of bytes): search the stops with SIMD.
    let rest = &line[p.min(line.len())..];
    let a = memchr::memchr3(b' ', b'"', b'\'', rest).unwrap_or(rest.len());
    let b = memchr::memchr3(b'\t', b',', b'\\', &rest[..a]).unwrap_or(a);
    let mut e = p + b;
    while e > p && matches!(line[e - 1], b'.' | b';' | b')' | b']' | b'}') {
        e -= 1;
    }
    e
}

/// `Bearer abc`, `Basic dXNlcjpwYXNz`: the credential after the scheme word, within `vs..ve`.
fn credential_after_scheme(line: &[u8], vs: usize, ve: usize) -> Option<(usize, usize)> {
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

/// Placeholders that are not values: masking them would hide what the log says.
static PLACEHOLDERS: WordSet = WordMap::new(set![
    b"",
    b"-",
    b"--",
    b"null",
    b"nil",
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
    b"[]"
]);

fn is_placeholder(v: &[u8]) -> bool {
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

/// `Token{…`, `Credentials(…`: an identifier directly followed by a bracket.
fn is_object_dump(v: &[u8]) -> bool {
    let word = v
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || **b == b'_')
        .count();
    word > 0 && matches!(v.get(word), Some(b'{') | Some(b'(') | Some(b'['))
}

fn value_ok(shape: ValueShape, v: &[u8]) -> bool {
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
        ValueShape::Address => {
            v.len() <= 256
                && !v.contains(&b'@')
                && v.iter().any(u8::is_ascii_alphabetic)
                && v.contains(&b' ')
                && !v.starts_with(b"0x")
        }
        ValueShape::Code => (3..=12).contains(&v.len()) && digits() >= 3,
        ValueShape::SessionId => {
            v.len() >= 16 && digits() > 0 && v.iter().any(u8::is_ascii_alphabetic)
        }
        ValueShape::Secret | ValueShape::Authorization => {
            // `0x34f4a63146b003c` (a ZooKeeper session), `Token{a64f992 …}` (an object's
            // toString) are handles, not credentials.
            v.len() <= 8192 && !v.starts_with(b"0x") && !is_object_dump(v)
        }
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

/// Classifies digit groups as SSN, card or phone. `d` are the digits, `sizes` the group sizes.
fn classify_digits(
    d: &[u8],
    sizes: &[usize],
    seps: &[u8],
    plus: bool,
    paren_first: bool,
    numeric_ctx: bool,
) -> Option<(Kind, &'static str)> {
    let total = d.len();
    let uniform = seps.windows(2).all(|w| w[0] == w[1]);
    let sep = seps.first().copied();
    if plus {
        // E.164: up to 15 digits, a country code that does not start with 0.
        if (8..=15).contains(&total) && d[0] != b'0' && (sizes.len() >= 2 || total >= 10) {
            return Some((Kind::PHONE, "phone (international)"));
        }
        return None;
    }
    if sizes == [3, 2, 4]
        && uniform
        && matches!(sep, Some(b'-') | Some(b' '))
        && validate::ssn_ok(d)
    {
        return Some((Kind::US_SSN, "us ssn"));
    }
    if !numeric_ctx
        && (13..=19).contains(&total)
        && uniform
        && sep != Some(b'.')
        && card_grouping_ok(sizes)
        && validate::luhn(d)
        && validate::card_issuer_ok(d)
    {
        return Some((Kind::CREDIT_CARD, "credit card (luhn + issuer)"));
    }
    let nanp = |a: u8, x: u8| (b'2'..=b'9').contains(&a) && (b'2'..=b'9').contains(&x);
    if sizes == [3, 3, 4] && nanp(d[0], d[3]) {
        let ok = if paren_first {
            matches!(seps, [b' ', b'-'] | [b'-', b'-'] | [b' ', b' '])
        } else {
            uniform && sep.is_some()
        };
        if ok {
            return Some((Kind::PHONE, "phone (north american)"));
        }
    }
    if sizes == [1, 3, 3, 4] && d[0] == b'1' && uniform && nanp(d[1], d[4]) {
        return Some((Kind::PHONE, "phone (north american)"));
    }
    if numeric_ctx || sizes.len() < 2 {
        return None;
    }
    let spaced = uniform && matches!(sep, Some(b' ') | Some(b'-'));
    if d.len() > 4
        && d.starts_with(b"00")
        && d[2] != b'0'
        && (10..=15).contains(&total)
        && (4..=5).contains(&sizes[0])
        && spaced
    {
        return Some((Kind::PHONE, "phone (international)"));
    }
    if d[0] == b'0'
        && d[1] != b'0'
        && (10..=12).contains(&total)
        && sizes[0] <= 5
        && sizes.iter().all(|&s| s >= 2)
        && (spaced || (uniform && sep == Some(b'.') && sizes.iter().all(|&s| s == 2)))
    {
        return Some((Kind::PHONE, "phone (national)"));
    }
    None
}

fn card_grouping_ok(sizes: &[usize]) -> bool {
    match sizes {
        [_] => true,
        [4, 6, 5] | [4, 6, 4] => true,
        [init @ .., last] => init.iter().all(|&s| s == 4) && (1..=4).contains(last),
        [] => false,
    }
}

fn is_mac(t: &[u8], sep: u8) -> bool {
    t.len() == 17
        && t.chunks(3).all(|c| {
            c[0].is_ascii_hexdigit() && c[1].is_ascii_hexdigit() && (c.len() == 2 || c[2] == sep)
        })
}

/// Known API key and token shapes, by prefix. Returns the rule name.
fn secret_prefix(t: &[u8]) -> Option<&'static str> {
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
fn is_jwt(tok: &[u8]) -> bool {
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
fn credential_shape(v: &[u8]) -> Option<(Kind, Rule)> {
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

fn is_ssh_auth_method(prev: &[u8]) -> bool {
    matches!(
        prev,
        b"password"
            | b"publickey"
            | b"none"
            | b"hostbased"
            | b"pam"
            | b"keyboard-interactive/pam"
            | b"gssapi-with-mic"
            | b"keyboard-interactive"
    )
}

/// Words after which a long number is an id, not a card or phone number.
static NUMBER_NOUNS: WordSet = WordMap::new(set![
    b"order",
    b"orders",
    b"invoice",
    b"ticket",
    b"txn",
    b"transaction",
    b"ref",
    b"reference",
    b"id",
    b"no",
    b"tracking",
    b"shipment",
    b"job",
    b"build",
    b"request",
    b"case",
    b"incident",
    b"pid",
    b"port",
    b"block",
    b"batch",
    b"record",
    b"row",
    b"offset",
    b"seq",
    b"sequence",
    b"epoch",
    b"timestamp",
    b"version",
    b"issue",
    b"pr",
    b"commit",
    b"item",
    b"sku",
    b"serial"
]);

static TO_VERBS: WordSet = WordMap::new(set![
    b"assigned",
    b"reassigned",
    b"sent",
    b"transferred",
    b"escalated",
    b"delivered",
    b"shipped",
    b"addressed",
    b"forwarded",
    b"granted",
    b"issued",
    b"paid",
    b"refunded",
    b"routed",
    b"handed",
    b"given",
    b"emailed",
    b"invited",
    b"mailed",
    b"billed",
    b"charged",
    b"assign",
    b"send",
    b"reply",
    b"replied",
    b"written",
    b"wrote",
    b"talked",
    b"spoke",
    b"married",
    b"belongs",
    b"registered",
    b"licensed"
]);
static BY_VERBS: WordSet = WordMap::new(set![
    b"countersigned",
    b"cosigned",
    b"witnessed",
    b"notarized",
    b"approved",
    b"signed",
    b"created",
    b"requested",
    b"submitted",
    b"reviewed",
    b"updated",
    b"modified",
    b"placed",
    b"ordered",
    b"reported",
    b"written",
    b"edited",
    b"authored",
    b"opened",
    b"closed",
    b"deleted",
    b"booked",
    b"made",
    b"initiated",
    b"performed",
    b"acknowledged",
    b"resolved",
    b"assigned",
    b"verified",
    b"authorized",
    b"authorised",
    b"rejected",
    b"denied",
    b"cancelled",
    b"canceled",
    b"uploaded",
    b"shared",
    b"invited",
    b"referred",
    b"owned",
    b"changed",
    b"accepted",
    b"declined",
    b"paid",
    b"received",
    b"sent",
    b"filed",
    b"raised",
    b"escalated",
    b"triggered",
    b"started",
    b"stopped",
    b"locked",
    b"unlocked",
    b"banned",
    b"blocked",
    b"added",
    b"removed",
    b"revoked",
    b"granted",
    b"impersonated"
]);
static FROM_NOUNS: WordSet = WordMap::new(set![
    b"message",
    b"email",
    b"mail",
    b"call",
    b"letter",
    b"complaint",
    b"request",
    b"reply",
    b"response",
    b"feedback",
    b"payment",
    b"transfer",
    b"refund",
    b"invitation",
    b"invite",
    b"note",
    b"sms",
    b"text",
    b"received"
]);
static FOR_NOUNS: WordSet = WordMap::new(set![
    b"form",
    b"record",
    b"records",
    b"file",
    b"report",
    b"certificate",
    b"application",
    b"document",
    b"payslip",
    b"contract",
    b"quote",
    b"visa",
    b"summary",
    b"letter",
    b"badge",
    b"reminder",
    b"booked",
    b"reserved",
    b"booking",
    b"reservation",
    b"order",
    b"invoice",
    b"refund",
    b"prescription",
    b"appointment",
    b"ticket",
    b"profile",
    b"account",
    b"card",
    b"shipment",
    b"parcel",
    b"package",
    b"delivery",
    b"statement",
    b"receipt",
    b"policy",
    b"claim",
    b"subscription"
]);
static WITH_NOUNS: WordSet = WordMap::new(set![
    b"meeting",
    b"call",
    b"appointment",
    b"chat",
    b"session"
]);

/// Verbs that put a person after `to`/`by`/`from`/`for`/`with`.
fn person_verb(prep: &[u8], prev: &[u8]) -> bool {
    match prep {
        b"to" => TO_VERBS.contains(prev),
        b"by" => BY_VERBS.contains(prev),
        b"from" => FROM_NOUNS.contains(prev),
        b"for" => FOR_NOUNS.contains(prev),
        b"with" => WITH_NOUNS.contains(prev),
        b"cc" => true,
        _ => false,
    }
}

/// Verbs after which `by X` names a person's login (`approved by jdoe`), not a system
/// (`rejected by validator`, `triggered by cron`).
static HUMAN_ACTOR_VERBS: WordSet = WordMap::new(set![
    b"approved",
    b"signed",
    b"reviewed",
    b"authored",
    b"submitted",
    b"requested",
    b"impersonated",
    b"invited",
    b"referred",
    b"edited",
    b"written",
    b"acknowledged",
    b"authorized",
    b"authorised"
]);

fn human_actor_verb(prev: &[u8]) -> bool {
    HUMAN_ACTOR_VERBS.contains(prev)
}

/// Capitalized words that follow a trigger but are not names.
static NAME_STOPWORDS: WordSet = WordMap::new(set![
    b"Care",
    b"Services",
    b"Success",
    b"Experience",
    b"Relations",
    b"Desk",
    b"Helpdesk",
    b"Center",
    b"Centre",
    b"Office",
    b"Operations",
    b"Everybody",
    b"Again",
    b"Back",
    b"The",
    b"A",
    b"An",
    b"And",
    b"Or",
    b"Of",
    b"In",
    b"On",
    b"At",
    b"To",
    b"For",
    b"From",
    b"With",
    b"By",
    b"Team",
    b"Customer",
    b"Customers",
    b"User",
    b"Users",
    b"Support",
    b"Admin",
    b"Administrator",
    b"Sir",
    b"Madam",
    b"All",
    b"Everyone",
    b"World",
    b"There",
    b"Service",
    b"System",
    b"Error",
    b"Warning",
    b"Info",
    b"Debug",
    b"Null",
    b"None",
    b"Unknown",
    b"Anonymous",
    b"Valued",
    b"Friend",
    b"Friends",
    b"Colleague",
    b"Manager",
    b"Partner",
    b"Client",
    b"Member",
    b"Guest",
    b"Inc",
    b"Ltd",
    b"LLC",
    b"GmbH",
    b"Corp",
    b"Company",
    b"Department",
    b"Dept",
    b"Group",
    b"Order",
    b"Account",
    b"Request",
    b"Ticket",
    b"Issue",
    b"Case",
    b"Incident",
    b"Thanks",
    b"Thank",
    b"Regards",
    b"Please",
    b"Yes",
    b"No",
    b"OK",
    b"Ok",
    b"True",
    b"False",
    b"Server",
    b"Host",
    b"Node",
    b"Job",
    b"Task",
    b"Queue",
    b"Worker",
    b"Bot",
    b"Agent",
    b"Operator",
    b"Owner",
    b"Staff",
    b"Sales",
    b"Billing",
    b"Finance",
    b"Security",
    b"Ops",
    b"Monday",
    b"Tuesday",
    b"Wednesday",
    b"Thursday",
    b"Friday",
    b"Saturday",
    b"Sunday",
    b"I",
    b"We",
    b"You",
    b"He",
    b"She",
    b"They",
    b"It",
    b"This",
    b"That",
    b"These",
    b"Those",
    b"My",
    b"Our",
    b"Your",
    b"His",
    b"Her",
    b"Their",
    b"Id",
    b"ID",
    b"Name",
    b"Login",
    b"Session",
    b"Not",
    b"Is",
    b"Has",
    b"Was",
    b"Will"
]);

fn is_name_stopword(w: &[u8]) -> bool {
    NAME_STOPWORDS.contains(w)
}

static USERNAME_STOPWORDS: WordSet = WordMap::new(set![
    b"is",
    b"has",
    b"was",
    b"not",
    b"with",
    b"from",
    b"in",
    b"on",
    b"to",
    b"and",
    b"or",
    b"for",
    b"by",
    b"at",
    b"the",
    b"a",
    b"an",
    b"session",
    b"sessions",
    b"agent",
    b"name",
    b"id",
    b"unknown",
    b"logged",
    b"login",
    b"logout",
    b"account",
    b"data",
    b"info",
    b"profile",
    b"invalid",
    b"illegal",
    b"does",
    b"did",
    b"had",
    b"will",
    b"can",
    b"cannot",
    b"may",
    b"must",
    b"should",
    b"exists",
    b"found",
    b"created",
    b"deleted",
    b"updated",
    b"authenticated",
    b"authentication",
    b"request",
    b"requests",
    b"details",
    b"record",
    b"list",
    b"mode",
    b"space",
    b"level",
    b"group",
    b"groups",
    b"role",
    b"roles",
    b"settings",
    b"preferences",
    b"unknown_user",
    b"null",
    b"none",
    b"nobody_",
    b"changed",
    b"context",
    b"interface",
    b"input",
    b"time",
    b"cpu",
    b"ids",
    b"root_",
    b"as",
    b"if",
    b"that",
    b"which",
    b"who",
    b"of",
    b"ok",
    b"success",
    b"successful",
    b"succeeded",
    b"failed",
    b"failure",
    b"fail",
    b"attempt",
    b"attempts",
    b"error",
    b"denied",
    b"accepted",
    b"rejected",
    b"required",
    b"timeout",
    b"expired"
]);

fn is_username_stopword(w: &[u8]) -> bool {
    let mut buf = [0u8; 16];
    match lower_into(w, &mut buf) {
        Some(l) => USERNAME_STOPWORDS.contains(l),
        None => false,
    }
}

static PARTICLES: WordSet = WordMap::new(set![
    b"van", b"von", b"de", b"der", b"den", b"del", b"della", b"di", b"da", b"du", b"la", b"le",
    b"bin", b"ibn", b"al", b"el", b"ten", b"ter", b"dos", b"das", b"y", b"des", b"zu", b"und"
]);

fn is_title(w: &[u8]) -> bool {
    matches!(
        w,
        b"Mr" | b"Mrs" | b"Ms" | b"Miss" | b"Mx" | b"Dr" | b"Prof" | b"Sir" | b"Rev" | b"Hon"
    )
}

fn is_particle(w: &[u8]) -> bool {
    PARTICLES.contains(w)
}

/// Start of 1-4 capitalized words ending right before `end` (a name written before something
/// that marks it, like ` <email>`).
fn name_before(line: &[u8], end: usize) -> Option<usize> {
    let mut q = end;
    let mut start = None;
    for _ in 0..4 {
        let we = q;
        let mut ws = we;
        while ws > 0 && (is_word(line[ws - 1]) || matches!(line[ws - 1], b'\'' | b'-' | b'.')) {
            ws -= 1;
        }
        if ws == we || !starts_upper(line, ws) || is_name_stopword(&line[ws..we]) {
            break;
        }
        start = Some(ws);
        if ws == 0 || line[ws - 1] != b' ' {
            break;
        }
        q = ws - 1;
    }
    let s = start?;
    person_words(line, s).filter(|&e| e == end).map(|_| s)
}

/// Capitalized words, with particles and initials: `Jane van der Berg`, `J. R. Smith`.
/// Returns the end of the name, `None` if no name starts at `p`.
pub(crate) fn person_words(line: &[u8], p: usize) -> Option<usize> {
    let n = line.len();
    let mut q = p;
    let mut words = 0;
    let mut end = p;
    while words < 5 {
        let (c, _) = char_at(line, q)?;
        let mut we = q;
        while we < n
            && (is_word(line[we]) || matches!(line[we], b'\'' | b'-'))
            && line[we] != b'_'
            && !line[we].is_ascii_digit()
        {
            we += 1;
        }
        if we == q {
            break;
        }
        let w = &line[q..we];
        // A name word ends at a boundary: `B4-7A-78-…` is a MAC, not the name "B".
        if line.get(we).is_some_and(|b| b.is_ascii_digit()) {
            break;
        }
        // `van-Naser`, `al-Hassan`, `d'Angelo`: a lowercase particle joined to a capital.
        let joined_particle = !c.is_uppercase()
            && w.iter()
                .position(|&b| b == b'-' || b == b'\'')
                .is_some_and(|i| w.get(i + 1).is_some_and(u8::is_ascii_uppercase));
        if c.is_uppercase() || (words > 0 && joined_particle) {
            let initial = w.len() == 1 && line.get(we) == Some(&b'.');
            if w.len() == 1 && !initial {
                break;
            }
            if !initial && is_name_stopword(w) {
                break;
            }
            let upper_only = w.len() > 2 && w.iter().all(|b| !b.is_ascii_lowercase() && *b < 0x80);
            if upper_only || is_camel_identifier(w) {
                break;
            }
            end = we;
            if line.get(we) == Some(&b'.') && (w.len() <= 3 || is_title(w)) {
                end = we + 1; // initial or title: "J.", "Dr.", "Prof."
            }
            words += 1;
        } else if words > 0 && is_particle(w) {
            // Kept only if a capitalized word follows (`end` moves with that word).
            if line.get(we) == Some(&b' ') {
                q = we + 1;
                continue;
            }
            break;
        } else {
            break;
        }
        if line.get(end) == Some(&b' ') && end + 1 < n {
            q = end + 1;
        } else {
            break;
        }
    }
    if words == 0 {
        return None;
    }
    Some(end)
}

/// `WindowsUpdateAgent`, `HttpClient`: identifiers, not names. Names may have one inner capital
/// early on (`McDonald`, `MacArthur`, `DeVito`, `O'Brien`).
fn is_camel_identifier(w: &[u8]) -> bool {
    let mut humps = 0;
    for i in 1..w.len() {
        if w[i].is_ascii_uppercase() && w[i - 1].is_ascii_lowercase() {
            if i > 3 {
                return true;
            }
            humps += 1;
        }
    }
    humps > 1
}

static MONTHS: WordSet = WordMap::new(set![
    b"jan",
    b"january",
    b"feb",
    b"february",
    b"mar",
    b"march",
    b"apr",
    b"april",
    b"may",
    b"jun",
    b"june",
    b"jul",
    b"july",
    b"aug",
    b"august",
    b"sep",
    b"sept",
    b"september",
    b"oct",
    b"october",
    b"nov",
    b"november",
    b"dec",
    b"december"
]);

fn is_month(w: &[u8]) -> bool {
    let mut buf = [0u8; 16];
    let Some(l) = lower_into(w, &mut buf) else {
        return false;
    };
    MONTHS.contains(l.strip_suffix(b".").unwrap_or(l))
}

/// End of a date starting at `p`: `1980-01-02`, `02/01/1980`, `2 Jan 1980`, `January 2, 1980`.
fn date_end(line: &[u8], p: usize) -> usize {
    let n = line.len();
    let mut end = p;
    let mut q = p;
    let mut parts = 0;
    while parts < 4 && q < n {
        let ws = q;
        let mut we = q;
        while we < n && (line[we].is_ascii_alphanumeric() || matches!(line[we], b'-' | b'/' | b'.'))
        {
            we += 1;
        }
        let w = &line[ws..we];
        let w = w.strip_suffix(b".").unwrap_or(w);
        let is_part = !w.is_empty()
            && (w
                .iter()
                .all(|b| b.is_ascii_digit() || matches!(b, b'-' | b'/' | b'.'))
                || is_month(w)
                || (w.iter().any(u8::is_ascii_digit)
                    && w.split(|&b| matches!(b, b'-' | b'/' | b'.')).all(|p| {
                        !p.is_empty() && (p.iter().all(u8::is_ascii_digit) || is_month(p))
                    }))
                || (w.len() <= 4
                    && w[0].is_ascii_digit()
                    && matches!(
                        &w[w.len().saturating_sub(2)..],
                        b"st" | b"nd" | b"rd" | b"th"
                    )));
        if !is_part {
            break;
        }
        end = ws + w.len();
        parts += 1;
        q = we;
        if line.get(q) == Some(&b',') {
            q += 1;
        }
        if line.get(q) == Some(&b' ') {
            q += 1;
        } else {
            break;
        }
    }
    end
}

fn is_house_number(w: &[u8]) -> bool {
    let digits = w.iter().take_while(|b| b.is_ascii_digit()).count();
    if digits == 0 || digits > 5 {
        return false;
    }
    let rest = &w[digits..];
    rest.is_empty()
        || (rest.len() == 1 && rest[0].is_ascii_alphabetic())
        || ((rest[0] == b'-' || rest[0] == b'/')
            && rest.len() > 1
            && rest[1..].iter().all(u8::is_ascii_alphanumeric)
            && rest.len() <= 4)
}

fn is_ordinal(w: &[u8]) -> bool {
    let digits = w.iter().take_while(|b| b.is_ascii_digit()).count();
    digits > 0 && matches!(&w[digits..], b"st" | b"nd" | b"rd" | b"th")
}

static STREET_SUFFIXES: WordSet = WordMap::new(set![
    b"street",
    b"st",
    b"avenue",
    b"ave",
    b"road",
    b"rd",
    b"boulevard",
    b"blvd",
    b"lane",
    b"ln",
    b"drive",
    b"court",
    b"ct",
    b"way",
    b"place",
    b"pl",
    b"terrace",
    b"close",
    b"square",
    b"sq",
    b"parkway",
    b"pkwy",
    b"highway",
    b"hwy",
    b"crescent",
    b"cres",
    b"circle",
    b"cir",
    b"trail",
    b"trl",
    b"row",
    b"walk",
    b"hill",
    b"gardens",
    b"grove",
    b"mews",
    b"plaza",
    b"loop",
    b"alley",
    b"pike",
    b"expressway",
    b"freeway",
    b"turnpike",
    b"crossing",
    b"view",
    b"ridge",
    b"heights",
    b"meadows",
    b"park",
    b"green",
    b"rise",
    b"vale",
    b"wharf",
    b"quay",
    b"parade",
    b"esplanade",
    b"broadway",
    b"causeway",
    b"dr"
]);

fn is_street_suffix(lw: &[u8]) -> bool {
    STREET_SUFFIXES.contains(lw)
}

static STREET_PREFIXES: WordSet = WordMap::new(set![
    b"avinguda",
    b"all\xc3\xa9e",
    b"rambla",
    b"carrera",
    b"rua",
    b"ulica",
    b"ul",
    b"rue",
    b"avenue",
    b"boulevard",
    b"bd",
    b"chemin",
    b"impasse",
    b"quai",
    b"place",
    b"calle",
    b"avenida",
    b"via",
    b"viale",
    b"piazza",
    b"corso",
    b"rua",
    b"travessa",
    b"carrer",
    b"paseo",
    b"plaza",
    b"allee",
    b"route"
]);

fn is_street_prefix(lw: &[u8]) -> bool {
    STREET_PREFIXES.contains(lw)
}

fn is_compound_street(lw: &[u8]) -> bool {
    if lw.len() < 6 {
        return false;
    }
    const SUFFIXES: &[&[u8]] = &[
        "straße".as_bytes(),
        b"strasse",
        b"str",
        b"weg",
        b"allee",
        b"platz",
        b"gasse",
        b"damm",
        b"ufer",
        b"ring",
        b"steig",
        b"pfad",
        b"chaussee",
        b"laan",
        b"straat",
        b"gracht",
        b"vej",
        b"gatan",
        b"gata",
        b"veien",
        b"katu",
    ];
    SUFFIXES.iter().any(|s| lw.ends_with(s))
}

/// After a street: units, city, region and postal code (`, Apt 4B, Springfield, IL 62704`).
fn address_tail(line: &[u8], mut end: usize) -> usize {
    let n = line.len();
    for _ in 0..6 {
        let mut p = end;
        if line.get(p) == Some(&b',') {
            p += 1;
        }
        if line.get(p) != Some(&b' ') {
            break;
        }
        p += 1;
        let ws = p;
        let mut we = p;
        while we < n && (is_word(line[we]) || matches!(line[we], b'#' | b'-' | b'\'')) {
            we += 1;
        }
        if we == ws || looks_like_key_at(line, ws) {
            break;
        }
        let w = &line[ws..we];
        let mut lb = [0u8; 16];
        let lw = lower_into(w, &mut lb).unwrap_or_default();
        let unit = matches!(
            lw,
            b"apt"
                | b"apartment"
                | b"suite"
                | b"ste"
                | b"unit"
                | b"flat"
                | b"floor"
                | b"fl"
                | b"room"
                | b"rm"
                | b"bldg"
                | b"building"
        );
        if unit {
            let mut q = we;
            if line.get(q) == Some(&b'.') {
                q += 1;
            }
            if line.get(q) == Some(&b' ') {
                let us = q + 1;
                let mut ue = us;
                while ue < n && is_alnum(line[ue]) {
                    ue += 1;
                }
                if ue > us {
                    end = ue;
                    continue;
                }
            }
            break;
        }
        if w[0] == b'#' && w.len() > 1 {
            end = we;
            continue;
        }
        let postal = (w.iter().all(u8::is_ascii_digit) && (4..=5).contains(&w.len()))
            || (w.len() == 10 && w[5] == b'-' && w[..5].iter().all(u8::is_ascii_digit));
        let uk_outward = (2..=4).contains(&w.len())
            && w[0].is_ascii_uppercase()
            && w.iter().any(u8::is_ascii_digit)
            && w.iter()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
        let state = w.len() == 2 && w.iter().all(u8::is_ascii_uppercase);
        let city = starts_upper(line, ws)
            && !is_name_stopword(w)
            && !(w.len() > 3 && w.iter().all(|b| b.is_ascii_uppercase()));
        if uk_outward {
            // Outward and inward code: "NW1 6XE", "SW1A 1AA".
            let inward = line.get(we + 1..we + 4);
            let ok = line.get(we) == Some(&b' ')
                && inward.is_some_and(|i| {
                    i[0].is_ascii_digit() && i[1].is_ascii_uppercase() && i[2].is_ascii_uppercase()
                })
                && !line.get(we + 4).is_some_and(|&b| is_word(b));
            end = if ok { we + 4 } else { we };
            continue;
        }
        if postal || state || city {
            end = we;
            // Multi-word city names: "New York", "Los Angeles".
            while city
                && line.get(end) == Some(&b' ')
                && starts_upper(line, end + 1)
                && !looks_like_key_at(line, end + 1)
            {
                let mut q = end + 1;
                while q < n && (is_word(line[q]) || line[q] == b'-') {
                    q += 1;
                }
                let w2 = &line[end + 1..q];
                if is_name_stopword(w2) || !w2.iter().any(u8::is_ascii_lowercase) {
                    break;
                }
                end = q;
            }
            continue;
        }
        break;
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(line: &str) -> Vec<(String, Kind)> {
        let keys = KeyTable::builtin();
        let mut out = Vec::new();
        scan(line.as_bytes(), &keys, &mut out);
        crate::span::resolve(&mut out);
        out.iter()
            .map(|s| (line[s.start..s.end].to_string(), s.kind))
            .collect()
    }

    #[test]
    fn person_words_stop_at_lowercase() {
        let l = b"Jane van der Berg said";
        assert_eq!(person_words(l, 0), Some(17));
        assert_eq!(person_words(b"J. R. Smith x", 0), Some(11));
        assert_eq!(person_words(b"the end", 0), None);
    }

    #[test]
    fn digit_groups() {
        assert_eq!(
            kinds("call (415) 555-0134 now"),
            vec![("(415) 555-0134".into(), Kind::PHONE)]
        );
        assert_eq!(
            kinds("ssn 123-45-6789."),
            vec![("123-45-6789".into(), Kind::US_SSN)]
        );
        assert_eq!(
            kinds("paid with 4111 1111 1111 1111 ok"),
            vec![("4111 1111 1111 1111".into(), Kind::CREDIT_CARD)]
        );
        assert!(kinds("order_id=4111111111111111").is_empty());
        assert!(kinds("081110 220637 32 INFO").is_empty());
    }

    #[test]
    fn ips_and_versions() {
        assert_eq!(
            kinds("from 10.1.2.3:22"),
            vec![("10.1.2.3".into(), Kind::IPV4)]
        );
        assert!(kinds("Chrome/10.0.1.5 version 1.2.3.4 ~~6.1.1.1").is_empty());
        assert_eq!(
            kinds("peer [2001:db8::1]:443"),
            vec![("2001:db8::1".into(), Kind::IPV6)]
        );
        assert!(kinds("/0:0:0:0:0:0:0:0:2181 at 12:30:45").is_empty());
    }
}
