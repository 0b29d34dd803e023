//! The canonical bytes of an audit entry: what the leaf hash covers.
//!
//! An entry is a JSON object. Its canonical form is RFC 8785 (JCS) restricted to the shapes
//! audit events use — objects, arrays, strings, integers, `true`, `false`, `null`:
//!
//! - no whitespace between tokens;
//! - object members sorted by key, comparing keys as UTF-16 code units (RFC 8785 §3.2.3; for
//!   ASCII keys that is byte order); a key present twice is an error, not "last one wins", so
//!   two readers can never see different entries behind one hash;
//! - strings as RFC 8785 writes them: `"` and `\` escaped, `\b \t \n \f \r` for those controls,
//!   other controls below U+0020 as `\u00xx` (lower-case hex), everything else as literal
//!   UTF-8 — including `/`, DEL and U+2028;
//! - integers in plain decimal, `-` for negatives, no leading zeros, no exponent. Any value that
//!   fits `i64` or `u64` is kept exactly (RFC 8785 would round integers above 2^53 through a
//!   double; for |n| ≤ 2^53 the two agree);
//! - **floating-point numbers are refused**: `1.5`, `1e3` and `1.0` are errors. A number whose
//!   meaning depends on how a parser rounds it has no place in evidence; write a count in
//!   integer units, or a string.
//!
//! So re-serialising an exported entry — reordering keys, adding whitespace, escaping `é` as
//! `\u00e9` — leaves its hash alone, and changing any value changes it.

use std::cmp::Ordering;
use std::fmt;

use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;

use crate::merkle::{leaf_hash, Hash};
use crate::AuditError;

/// A JSON value of the shapes audit entries may hold; objects keep their members sorted in
/// canonical order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    Null,
    Bool(bool),
    /// Every `i64` and `u64` value.
    Int(i128),
    String(String),
    Array(Vec<Value>),
    /// Members in canonical key order, keys unique.
    Object(Vec<(String, Value)>),
}

fn key_order(a: &str, b: &str) -> Ordering {
    a.encode_utf16().cmp(b.encode_utf16())
}

impl Value {
    /// Parses JSON text, refusing floats and duplicate keys.
    pub fn parse(json: &[u8]) -> Result<Value, AuditError> {
        serde_json::from_slice(json).map_err(|e| AuditError::Entry(e.to_string()))
    }

    /// Takes a `serde_json::Value`, refusing floats (it cannot hold duplicate keys).
    pub fn from_json(v: &serde_json::Value) -> Result<Value, AuditError> {
        Ok(match v {
            serde_json::Value::Null => Value::Null,
            serde_json::Value::Bool(b) => Value::Bool(*b),
            serde_json::Value::Number(n) => {
                if let Some(i) = n.as_i64() {
                    Value::Int(i128::from(i))
                } else if let Some(u) = n.as_u64() {
                    Value::Int(i128::from(u))
                } else {
                    return Err(AuditError::Entry(format!(
                        "the number {n} is not an integer; floating-point numbers are not allowed"
                    )));
                }
            }
            serde_json::Value::String(s) => Value::String(s.clone()),
            serde_json::Value::Array(a) => {
                Value::Array(a.iter().map(Value::from_json).collect::<Result<_, _>>()?)
            }
            serde_json::Value::Object(m) => {
                let mut members = m
                    .iter()
                    .map(|(k, v)| Ok((k.clone(), Value::from_json(v)?)))
                    .collect::<Result<Vec<_>, AuditError>>()?;
                members.sort_by(|a, b| key_order(&a.0, &b.0));
                Value::Object(members)
            }
        })
    }

    /// The canonical bytes (see the module documentation).
    pub fn canonical(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(256);
        self.write_canonical(&mut out);
        out
    }

    pub fn write_canonical(&self, out: &mut Vec<u8>) {
        match self {
            Value::Null => out.extend_from_slice(b"null"),
            Value::Bool(true) => out.extend_from_slice(b"true"),
            Value::Bool(false) => out.extend_from_slice(b"false"),
            Value::Int(i) => out.extend_from_slice(i.to_string().as_bytes()),
            Value::String(s) => write_string(s, out),
            Value::Array(items) => {
                out.push(b'[');
                for (i, v) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(b',');
                    }
                    v.write_canonical(out);
                }
                out.push(b']');
            }
            Value::Object(members) => {
                out.push(b'{');
                for (i, (k, v)) in members.iter().enumerate() {
                    if i > 0 {
                        out.push(b',');
                    }
                    write_string(k, out);
                    out.push(b':');
                    v.write_canonical(out);
                }
                out.push(b'}');
            }
        }
    }
}

/// Writes the canonical bytes of a `serde_json::Value` straight out, as
/// `Value::from_json(v)?.canonical()` would, without building a second tree: the writer's
/// path, where every event costs this once (a property test holds the two to each other).
fn write_json_canonical(v: &serde_json::Value, out: &mut Vec<u8>) -> Result<(), AuditError> {
    match v {
        serde_json::Value::Null => out.extend_from_slice(b"null"),
        serde_json::Value::Bool(true) => out.extend_from_slice(b"true"),
        serde_json::Value::Bool(false) => out.extend_from_slice(b"false"),
        serde_json::Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                out.extend_from_slice(i.to_string().as_bytes());
            } else if let Some(u) = n.as_u64() {
                out.extend_from_slice(u.to_string().as_bytes());
            } else {
                return Err(AuditError::Entry(format!(
                    "the number {n} is not an integer; floating-point numbers are not allowed"
                )));
            }
        }
        serde_json::Value::String(s) => write_string(s, out),
        serde_json::Value::Array(items) => {
            out.push(b'[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                write_json_canonical(item, out)?;
            }
            out.push(b']');
        }
        serde_json::Value::Object(members) => {
            let mut sorted: Vec<(&String, &serde_json::Value)> = members.iter().collect();
            // Keys in a serde_json map are unique already.
            sorted.sort_unstable_by(|a, b| key_order(a.0, b.0));
            out.push(b'{');
            for (i, (k, item)) in sorted.into_iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                write_string(k, out);
                out.push(b':');
                write_json_canonical(item, out)?;
            }
            out.push(b'}');
        }
    }
    Ok(())
}

fn write_string(s: &str, out: &mut Vec<u8>) {
    out.push(b'"');
    let bytes = s.as_bytes();
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let esc: &[u8] = match b {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            0x08 => b"\\b",
            0x09 => b"\\t",
            0x0a => b"\\n",
            0x0c => b"\\f",
            0x0d => b"\\r",
            0x00..=0x1f => b"",
            _ => continue,
        };
        out.extend_from_slice(&bytes[start..i]);
        if esc.is_empty() {
            out.extend_from_slice(b"\\u00");
            out.push(HEX[usize::from(b >> 4)]);
            out.push(HEX[usize::from(b & 15)]);
        } else {
            out.extend_from_slice(esc);
        }
        start = i + 1;
    }
    out.extend_from_slice(&bytes[start..]);
    out.push(b'"');
}

const HEX: &[u8; 16] = b"0123456789abcdef";

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&String::from_utf8_lossy(&self.canonical()))
    }
}

/// An audit entry: a JSON object, held with its canonical bytes and leaf hash.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    canonical: Vec<u8>,
}

impl Entry {
    pub fn new(value: Value) -> Result<Entry, AuditError> {
        if !matches!(value, Value::Object(_)) {
            return Err(AuditError::Entry(
                "an audit entry must be a JSON object".into(),
            ));
        }
        Ok(Entry {
            canonical: value.canonical(),
        })
    }

    /// Parses an entry from JSON text in any formatting.
    pub fn parse(json: &[u8]) -> Result<Entry, AuditError> {
        Entry::new(Value::parse(json)?)
    }

    /// Takes an entry from anything serde can turn into JSON (an `AuditEvent`, say).
    pub fn from_serialize<T: serde::Serialize>(event: &T) -> Result<Entry, AuditError> {
        let v = serde_json::to_value(event).map_err(|e| AuditError::Entry(e.to_string()))?;
        Entry::from_json(&v)
    }

    /// Takes an entry from a JSON object built in memory, writing its canonical bytes at once.
    pub fn from_json(v: &serde_json::Value) -> Result<Entry, AuditError> {
        if !v.is_object() {
            return Err(AuditError::Entry(
                "an audit entry must be a JSON object".into(),
            ));
        }
        let mut canonical = Vec::with_capacity(1024);
        write_json_canonical(v, &mut canonical)?;
        Ok(Entry { canonical })
    }

    pub fn canonical(&self) -> &[u8] {
        &self.canonical
    }

    /// `SHA-256(0x00 ‖ canonical bytes)`.
    pub fn leaf_hash(&self) -> Hash {
        leaf_hash(&self.canonical)
    }
}

impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(ValueVisitor)
    }
}

struct ValueVisitor;

impl<'de> Visitor<'de> for ValueVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value without floating-point numbers")
    }

    fn visit_unit<E: de::Error>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_bool<E: de::Error>(self, b: bool) -> Result<Value, E> {
        Ok(Value::Bool(b))
    }

    fn visit_i64<E: de::Error>(self, i: i64) -> Result<Value, E> {
        Ok(Value::Int(i128::from(i)))
    }

    fn visit_u64<E: de::Error>(self, u: u64) -> Result<Value, E> {
        Ok(Value::Int(i128::from(u)))
    }

    fn visit_f64<E: de::Error>(self, f: f64) -> Result<Value, E> {
        Err(E::custom(format_args!(
            "the number {f} is not an integer (or does not fit 64 bits); \
             floating-point numbers are not allowed in audit entries"
        )))
    }

    fn visit_str<E: de::Error>(self, s: &str) -> Result<Value, E> {
        Ok(Value::String(s.to_owned()))
    }

    fn visit_string<E: de::Error>(self, s: String) -> Result<Value, E> {
        Ok(Value::String(s))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(64));
        while let Some(v) = seq.next_element()? {
            items.push(v);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut members: Vec<(String, Value)> = Vec::with_capacity(16);
        while let Some((k, v)) = map.next_entry::<String, Value>()? {
            members.push((k, v));
        }
        members.sort_by(|a, b| key_order(&a.0, &b.0));
        if let Some(w) = members.windows(2).find(|w| w[0].0 == w[1].0) {
            return Err(de::Error::custom(format_args!(
                "the key {:?} appears twice in one object",
                w[0].0
            )));
        }
        Ok(Value::Object(members))
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

    use super::*;

    fn canon(s: &str) -> String {
        String::from_utf8(Value::parse(s.as_bytes()).unwrap().canonical()).unwrap()
    }

    #[test]
    fn keys_are_sorted_and_whitespace_dropped() {
        assert_eq!(
            canon(r#" { "b" : [1, 2 , {"z":null,"a":true}], "a": "x" } "#),
            r#"{"a":"x","b":[1,2,{"a":true,"z":null}]}"#
        );
    }

    #[test]
    fn keys_sort_by_utf16_code_units() {
        // U+FB01 sorts after U+1F600 in UTF-16 (a surrogate pair starts 0xD83D) but before it
        // in UTF-8 and in code points: RFC 8785's own example of the difference.
        assert_eq!(
            canon("{\"\u{1F600}\":1,\"\u{FB01}\":2,\"a\":3}"),
            "{\"a\":3,\"\u{1F600}\":1,\"\u{FB01}\":2}"
        );
    }

    #[test]
    fn strings_are_escaped_as_rfc_8785_writes_them() {
        assert_eq!(
            canon(r#"["\u0000\u001f\b\t\n\f\r\"\\\/\u00e9\u2028\u007f"]"#),
            "[\"\\u0000\\u001f\\b\\t\\n\\f\\r\\\"\\\\/\u{e9}\u{2028}\u{7f}\"]"
        );
    }

    #[test]
    fn integers_are_exact_and_floats_refused() {
        assert_eq!(
            canon("[0,-1,9007199254740993,18446744073709551615,-9223372036854775808]"),
            "[0,-1,9007199254740993,18446744073709551615,-9223372036854775808]"
        );
        for bad in [
            "[1.5]",
            "[1.0]",
            "[1e3]",
            "[18446744073709551616]",
            "[-0.0]",
        ] {
            let e = Value::parse(bad.as_bytes()).unwrap_err();
            assert!(e.to_string().contains("not an integer"), "{bad}: {e}");
        }
    }

    #[test]
    fn duplicate_keys_are_refused_at_any_depth() {
        assert!(Value::parse(br#"{"a":1,"a":1}"#).is_err());
        assert!(Value::parse(br#"{"x":[{"a":1,"b":2,"a":3}]}"#).is_err());
        // An escape does not make a different key.
        assert!(Value::parse(br#"{"a":1,"\u0061":2}"#).is_err());
    }

    #[test]
    fn entries_are_objects() {
        assert!(Entry::parse(b"[1]").is_err());
        assert!(Entry::parse(b"\"x\"").is_err());
        assert!(Entry::parse(b"{}").is_ok());
        assert!(Entry::parse(b"{} {}").is_err());
        assert!(Entry::parse(b"{\"a\":\"\\ud800\"}").is_err());
    }

    #[test]
    fn serde_json_values_canonicalise_the_same() {
        let text = r#"{"time":"2026-01-01T00:00:00Z","actor":"alice","records":[3,1],"n":-4}"#;
        let a = Entry::parse(text.as_bytes()).unwrap();
        let v: serde_json::Value = serde_json::from_str(text).unwrap();
        let b = Entry::from_serialize(&v).unwrap();
        assert_eq!(a, b);
        assert!(Entry::from_serialize(&serde_json::json!({"x": 0.5})).is_err());
    }
}
