//! XML elements whose name is a key: `<wsse:Password>…</wsse:Password>`, `<fullName>…`,
//! `<birthDate>…`, and the name-in-an-attribute form of Windows event XML and property lists
//! (`<Data Name="TargetUserName">jdoe</Data>`, `<entry key="password">…</entry>`). Attributes
//! themselves are `key="value"` pairs, read by the key scanner as the line goes on.

use super::scanner::Scanner;
use super::text::trim_end_spaces;
use crate::bytes::is_word;
use crate::keys::KeyClass;
use crate::span::Syntax;

/// Elements that carry their key in an attribute rather than in their name.
pub(super) fn generic_element(local: &[u8]) -> bool {
    matches!(
        local,
        b"Data"
            | b"data"
            | b"Field"
            | b"field"
            | b"Property"
            | b"property"
            | b"Attribute"
            | b"attribute"
            | b"Param"
            | b"param"
            | b"Parameter"
            | b"parameter"
            | b"entry"
            | b"Entry"
            | b"item"
            | b"Item"
            | b"string"
            | b"value"
            | b"Value"
    )
}

/// The value of attribute `name` (`Name="TargetUserName"`) among `attrs`.
fn attribute<'l>(attrs: &'l [u8], names: &[&[u8]]) -> Option<&'l [u8]> {
    attribute_range(attrs, names).map(|(s, e)| &attrs[s..e])
}

/// Where the value of attribute `name` is among `attrs`.
fn attribute_range(attrs: &[u8], names: &[&[u8]]) -> Option<(usize, usize)> {
    let mut p = 0;
    while p < attrs.len() {
        let ns = p;
        while p < attrs.len() && (is_word(attrs[p]) || matches!(attrs[p], b'-' | b':')) {
            p += 1;
        }
        let name = &attrs[ns..p];
        if attrs.get(p) == Some(&b'=') {
            if let Some(&q @ (b'"' | b'\'')) = attrs.get(p + 1) {
                let vs = p + 2;
                let ve = memchr::memchr(q, &attrs[vs.min(attrs.len())..])? + vs;
                if names.contains(&name) {
                    return Some((vs, ve));
                }
                p = ve + 1;
                continue;
            }
        }
        p = p.max(ns + 1);
    }
    None
}

impl Scanner<'_> {
    /// `<name attrs>text</…`: when the element's name (or its `Name` attribute) is a sensitive
    /// key, its text is the value. Scanning always goes on inside the tag (`None`): its
    /// attributes are pairs of their own.
    pub(super) fn xml_element(&mut self, lt: usize) -> Option<usize> {
        let line = self.line;
        let n = line.len();
        let ns = lt + 1;
        if !line.get(ns).is_some_and(u8::is_ascii_alphabetic) {
            return None;
        }
        let mut p = ns;
        while p < n && (is_word(line[p]) || matches!(line[p], b'-' | b'.' | b':')) {
            p += 1;
        }
        let qname = &line[ns..p];
        let local = match memchr::memrchr(b':', qname) {
            Some(c) => &qname[c + 1..],
            None => qname,
        };
        if local.is_empty() || local.len() > 64 {
            return None;
        }
        let gt = p + memchr::memchr(b'>', &line[p..])?;
        // jPOS: `<field id="2" value="4111…"/>`, an ISO 8583 data element by number.
        if local == b"field" {
            let attrs = &line[p..gt];
            if let (Some(id), Some((vs, ve))) = (
                attribute(attrs, &[b"id"]),
                attribute_range(attrs, &[b"value"]),
            ) {
                let _ = self.iso8583_xml_field(id, p + vs, p + ve);
                return None;
            }
        }
        if line[gt - 1] == b'/' {
            return None;
        }
        let key = if generic_element(local) {
            attribute(&line[p..gt], &[b"Name", b"name", b"key", b"Key"])?
        } else {
            local
        };
        let ts = gt + 1;
        // CDATA wraps the value without being part of it.
        let (vs, ve) = if line[ts.min(n)..].starts_with(b"<![CDATA[") {
            let vs = ts + 9;
            let ve = vs + memchr::memmem::find(&line[vs.min(n)..], b"]]>")?;
            if !line[ve + 3..].starts_with(b"</") {
                return None;
            }
            (vs, ve)
        } else {
            let te = memchr::memchr(b'<', &line[ts.min(n)..]).map_or(n, |i| ts + i);
            if !line[te..].starts_with(b"</") {
                return None;
            }
            let mut vs = ts;
            while vs < te && matches!(line[vs], b' ' | b'\t') {
                vs += 1;
            }
            (vs, trim_end_spaces(line, vs, te))
        };
        if vs == ve {
            return None;
        }
        // A certificate is public (`<BinarySecurityToken ValueType="…X509v3">MIID…`), and a
        // WS-Security password digest is a hash of the password with a nonce, not it.
        let attrs = &line[p..gt];
        let certificate = line[vs..ve].starts_with(b"MII") && !local.ends_with(b"PrivateKey");
        let digest =
            local == b"Password" && memchr::memmem::find(attrs, b"PasswordDigest").is_some();
        if certificate || digest {
            return None;
        }
        if let KeyClass::Sensitive(rule, label) = self.keys.classify(key, false) {
            let rule = *rule;
            let _ = self.keyed_value(rule, label, Syntax::XmlElement, vs, ve, true);
        }
        None
    }
}
