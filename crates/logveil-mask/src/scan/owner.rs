//! Whose object this is, and ids that say whose they are by their shape.
//!
//! Debug dumps name an object's type before its fields: `&models.User{ID:51778, …}` (Go's
//! `%#v`), `User { id: 31091, … }` (Rust's `{:?}`), `User(id=7, …)` (Python dataclasses),
//! `#<User id: 1, …>` (Ruby's `inspect`). When the type is a person's, the object's own id
//! is a user id, as it is under `"user": {…}` in JSON.
//!
//! Some ids carry their kind in their shape, documented by the systems that issue them: AWS
//! IAM users' unique ids (`AIDA` and 17 base-32 characters), Stripe customers (`cus_…`) and
//! Windows account SIDs of a domain or machine (`S-1-5-21-…-RID`, RID 1000 and up; lower
//! RIDs are the built-in accounts every Windows has), Okta users (`00u` and 17 base-62
//! characters), and Salesforce records of people: a record id's first three characters name
//! its object (`005` User, `003` Contact, `00Q` Lead), then 12 base-62 characters, and the
//! 18-character form adds three that let case-blind tools tell ids apart.

use super::keyed::is_owner_key;
use super::scanner::Scanner;
use super::text::group_end;
use crate::bytes::lower_into;
use crate::span::Rule;
use crate::Kind;

impl Scanner<'_> {
    /// `CUSTOMER#1526110`, `USER#u-42`: a single-table design's key (DynamoDB) names the
    /// entity's type before `#`, then its id.
    pub(super) fn typed_key_id(&mut self, s: usize, e: usize) -> Option<usize> {
        let line = self.line;
        let mut buf = [0u8; 16];
        let kind = lower_into(&line[s..e], &mut buf)?;
        if !matches!(
            kind,
            b"customer" | b"user" | b"patient" | b"member" | b"employee" | b"person"
        ) {
            return None;
        }
        let vs = e + 1;
        let len = line[vs..]
            .iter()
            .take_while(|&&b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_'))
            .count();
        if len < 2 || !line[vs..vs + len].iter().any(u8::is_ascii_digit) {
            return None;
        }
        self.emit(vs, vs + len, Kind::USER_ID, Rule::Shape("entity key id"));
        Some(vs + len)
    }

    /// `UPDATE customers … WHERE id = 5133928`: a statement on a table of people, whose `id`
    /// is a user id until the statement ends. `e` is where `UPDATE`, `FROM` or `INTO` ends.
    pub(super) fn person_table(&mut self, e: usize) {
        let line = self.line;
        let mut p = e + 1;
        // `"Customers"`, `public.customers`, `dbo.Patients`.
        if matches!(line.get(p), Some(b'"' | b'`' | b'[')) {
            p += 1;
        }
        let len = line[p..]
            .iter()
            .take_while(|&&b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.'))
            .count();
        let name = &line[p..p + len];
        let table = name.rsplit(|&b| b == b'.').next().unwrap_or(name);
        let singular = table.strip_suffix(b"s").unwrap_or(table);
        if !(is_owner_key(singular) || singular.eq_ignore_ascii_case(b"applicant")) {
            return;
        }
        let end = line[p..]
            .iter()
            .position(|&b| matches!(b, b';' | b'"'))
            .map_or(line.len(), |i| p + i);
        self.owner_until = self.owner_until.max(end);
    }

    /// `s..e` is a capitalized word: when it names a person's type and opens an object, the
    /// object's id keys hold a user id until the object ends.
    pub(super) fn owner_type(&mut self, s: usize, e: usize) {
        let line = self.line;
        // `models.User`, `app.models.Customer`: the type is the last segment.
        let s = memchr::memrchr(b'.', &line[s..e]).map_or(s, |d| s + d + 1);
        // Protocol Buffers' text format names a message field in lowercase: `user { id: 7 }`.
        let proto_field = line.get(e) == Some(&b' ') && line.get(e + 1) == Some(&b'{');
        if !line.get(s).is_some_and(u8::is_ascii_uppercase) && !proto_field {
            return;
        }
        let p = if line.get(e) == Some(&b' ') { e + 1 } else { e };
        let open = match line.get(p) {
            Some(b'{' | b'(') => p,
            // Ruby: `#<User id: 1, email: "…">`.
            Some(_) if p > e && s >= 2 && &line[s - 2..s] == b"#<" => s - 1,
            _ => return,
        };
        if is_owner_key(&line[s..e]) {
            self.owner_until = self
                .owner_until
                .max(group_end(line, open, b"{([<", b"})]>", b"\"'"));
        }
    }

    /// A user id known by its shape at `s..te` (a word starting with a letter).
    pub(super) fn user_id_shape(&mut self, s: usize, te: usize) -> Option<usize> {
        let tok = &self.line[s..te];
        let rule = user_id_shape(tok)?;
        self.emit(s, te, Kind::USER_ID, Rule::Shape(rule));
        Some(te)
    }
}

fn user_id_shape(tok: &[u8]) -> Option<&'static str> {
    let base32 = |b: &u8| b.is_ascii_uppercase() || (b'2'..=b'7').contains(b);
    if tok.len() == 21 && tok.starts_with(b"AIDA") && tok[4..].iter().all(base32) {
        return Some("aws iam user id");
    }
    if tok.len() >= 12 && tok.starts_with(b"cus_") && tok[4..].iter().all(u8::is_ascii_alphanumeric)
    {
        return Some("stripe customer id");
    }
    if tok.len() == 20 && tok.starts_with(b"00u") && tok[3..].iter().all(u8::is_ascii_alphanumeric)
    {
        return Some("okta user id");
    }
    if let Some(rule) = salesforce_person_id(tok) {
        return Some(rule);
    }
    if let Some(rest) = tok.strip_prefix(b"S-1-5-21-") {
        let parts: Vec<&[u8]> = rest.split(|&b| b == b'-').collect();
        let numeric =
            |p: &&[u8]| !p.is_empty() && p.len() <= 10 && p.iter().all(u8::is_ascii_digit);
        if parts.len() == 4 && parts.iter().all(numeric) {
            let rid = parts[3]
                .iter()
                .fold(0u64, |a, &b| a * 10 + u64::from(b - b'0'));
            if rid >= 1000 {
                return Some("windows account sid");
            }
        }
    }
    None
}

/// A Salesforce record id of a person's object, in its 15- or 18-character form. Its record
/// part must mix in letters: `005000000000001` is a number with zeros in front. (The 18th
/// form's suffix is not checked: exports and tools that rewrite ids get it wrong, and the
/// prefix with the length already says what the id is.)
fn salesforce_person_id(tok: &[u8]) -> Option<&'static str> {
    let rule = match tok.get(..3)? {
        b"005" => "salesforce user id",
        b"003" => "salesforce contact id",
        b"00Q" => "salesforce lead id",
        _ => return None,
    };
    if !matches!(tok.len(), 15 | 18) || !tok.iter().all(u8::is_ascii_alphanumeric) {
        return None;
    }
    let body = &tok[..15];
    if !body[3..].iter().any(u8::is_ascii_alphabetic) {
        return None;
    }
    Some(rule)
}

#[cfg(test)]
mod tests {
    use super::user_id_shape;

    #[test]
    fn ids_known_by_their_issuers_shape() {
        assert!(user_id_shape(b"AIDAJQABLZS4A3QDU576Q").is_some());
        assert!(user_id_shape(b"cus_zhPJUaXi8FUbtRLQkeinBi5e").is_some());
        assert!(user_id_shape(b"S-1-5-21-2019066518-1106534950-1986241077-8670").is_some());
        // The built-in Administrator (RID 500) is nobody's; `AKIA…` is a key, not a user.
        assert!(user_id_shape(b"S-1-5-21-2019066518-1106534950-1986241077-500").is_none());
        assert!(user_id_shape(b"AKIAJQABLZS4A3QDU576Q").is_none());
        assert!(user_id_shape(b"cus_").is_none());
        assert!(user_id_shape(b"00uRVQBMBpRGLpWkt0CX").is_some());
        assert!(user_id_shape(b"00uRVQBMBpRGLpWkt0C").is_none());
    }

    #[test]
    fn salesforce_records_of_people_by_prefix_and_case_check() {
        assert!(user_id_shape(b"0055f0bny5rTW7c").is_some());
        assert!(user_id_shape(b"0035f00000AbCdE").is_some());
        assert!(user_id_shape(b"00Q5f00000AbCdE").is_some());
        assert!(user_id_shape(b"0055f0bny5rTW7cAAG").is_some());
        assert!(user_id_shape(b"0055f0bny5rTW7cAA").is_none());
        // Accounts (`001`) are companies; digits alone are a number.
        assert!(user_id_shape(b"0015f00000AbCdE").is_none());
        assert!(user_id_shape(b"005000000000001").is_none());
    }
}
