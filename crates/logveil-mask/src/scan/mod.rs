//! The built-in detectors: one left-to-right pass over a line.
//!
//! The line is cut into tokens (runs of letters, digits, `_`, non-ASCII bytes and the glue
//! `. - + %`). Each token is looked at once, by what it is and what follows it: a token followed
//! by `@` may be an email's local part, one followed by `=` or `:` is a key, one starting with a
//! digit may begin an IP, card, phone or SSN, a few words (`Dear`, `invalid user`, `Street`) mark
//! the words around them. Candidates then go through validators (checksums, issuer prefixes,
//! allocation rules). This replaces one regex pass per kind with one pass for all of them, and
//! lets every detector see the key its value belongs to: a 16-digit `order_id` is not a card.
//!
//! The detectors live beside this file, one family each: [`scanner`] cuts the line and sends
//! each token to the family that can start there; `keyed` reads `key=value` in its many
//! syntaxes; `numbers` IPs, cards, phones and SSNs; `email_url`, `secrets`, `ids`, `context`
//! (words that mark a person or a login), `people`, `dates`, `address`, and `record` (CSV-like
//! lines). Helpers shared by several families are in `text`.

mod address;
mod birth;
mod block;
mod cjk;
mod cli;
mod context;
mod dates;
mod dicom;
mod dovecot;
mod edifact;
mod email_url;
mod fix;
mod header;
mod hl7;
mod identity;
mod ids;
mod iso8583;
mod jcard;
mod keyed;
mod logon;
mod months;
mod mrz;
mod mt940;
mod nacha;
mod names;
mod ncpdp;
mod numbers;
mod owner;
mod people;
mod record;
mod repeat;
mod scanner;
mod secrets;
mod sql;
mod text;
mod travel;
mod vcard;
mod x12;
mod xml;

pub use header::StreamState;
pub(crate) use scanner::scan;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keys::KeyTable;
    use crate::Kind;
    use people::person_words;

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
