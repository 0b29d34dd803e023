//! Detected spans and the rules that produced them.

use crate::Kind;

/// The syntax a key and its value were read in: what `--explain` names beside the key, so a
/// span can be traced to the structure that decided its extent.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Syntax {
    /// `"key": value` (JSON, and the quoted keys of JSON-like dumps).
    Json,
    /// `\"key\":\"value\"`: JSON written inside a JSON string.
    EscapedJson,
    /// `key=value` (logfmt, key=value, `key => value`).
    KeyValue,
    /// `key: value` (YAML, HTTP headers, struct dumps, `Name: value` blocks).
    Colon,
    /// `?key=value&…` and form bodies: values end at `&`, `+` is a space.
    Query,
    /// `Cookie: name=value; …` and `Set-Cookie`.
    Cookie,
    /// `<key>value</key>`, and `<Data Name="key">value</Data>`.
    XmlElement,
    /// `--key value`, `-pvalue` and the positional arguments of known commands.
    CommandLine,
    /// SQL: `col = 'value'`, `INSERT (cols) VALUES (…)`, `IDENTIFIED BY '…'`, `PASSWORD '…'`.
    Sql,
    /// `[["col", value], …]`: the bind parameters ORMs log.
    BindParameters,
    /// `"key" "value"` arguments of a command (Redis `HSET`).
    QuotedArguments,
    /// An LDAP distinguished name (`CN=Miller\, Tanya,OU=…`).
    LdapDn,
    /// An HL7 v2 segment: fields by position (`PID-5` is the patient's name).
    Hl7,
    /// A delimited record whose header line named the columns.
    CsvHeader,
    /// An ISO 8583 card message: data elements by number (DE2 the card, DE52 the PIN block).
    Iso8583,
    /// Dovecot's log prefixes: `imap(user)<pid>`, `passwd-file(user,ip,<session>)`.
    Dovecot,
    /// vCard and iCalendar content lines: `NAME;PARAM=value:VALUE`.
    ContentLine,
    /// DICOM attributes: `dcmdump`'s `(0010,0010) PN [Doe^Jane] # … PatientName` and the
    /// DICOM JSON model's person names.
    Dicom,
    /// A FIX protocol message: fields by tag number (553 Username, 554 Password).
    Fix,
    /// An ASC X12 EDI segment: elements by position (`NM103` the last name).
    X12,
    /// A Windows down-level logon name: `DOMAIN\\account`.
    DownLevelLogon,
    /// An NCPDP Telecommunication claim: fields by their two-character id (`CA` first name).
    Ncpdp,
    /// jCard (vCard in JSON): `["fn",{},"text","…"]`.
    JCard,
    /// A UN/EDIFACT segment: elements by position (`NAD+FL+++surname:given`).
    Edifact,
    /// A Nacha ACH record: fields at fixed columns.
    Nacha,
    /// A SWIFT MT940 statement's `:86:` field: counterparty codes and DFÜ subfields.
    Mt940,
    /// A travel document's machine-readable zone (ICAO 9303): fields by position.
    Mrz,
    /// An airline's boarding pass (BCBP) or reservation display: `SURNAME/GIVEN` by position.
    Travel,
}

impl Syntax {
    /// What `--explain` calls it.
    pub fn name(self) -> &'static str {
        match self {
            Syntax::Json => "JSON",
            Syntax::EscapedJson => "escaped JSON",
            Syntax::KeyValue => "key=value",
            Syntax::Colon => "key: value",
            Syntax::Query => "query string",
            Syntax::Cookie => "cookie",
            Syntax::XmlElement => "XML element",
            Syntax::CommandLine => "command line",
            Syntax::Sql => "SQL",
            Syntax::BindParameters => "bind parameters",
            Syntax::QuotedArguments => "quoted arguments",
            Syntax::LdapDn => "LDAP DN",
            Syntax::Hl7 => "HL7 v2",
            Syntax::CsvHeader => "CSV header",
            Syntax::Iso8583 => "ISO 8583",
            Syntax::Dovecot => "Dovecot log prefix",
            Syntax::ContentLine => "vCard/iCalendar content line",
            Syntax::Dicom => "DICOM",
            Syntax::Fix => "FIX",
            Syntax::X12 => "X12",
            Syntax::DownLevelLogon => "Windows logon name",
            Syntax::Ncpdp => "NCPDP field",
            Syntax::JCard => "jCard property",
            Syntax::Edifact => "EDIFACT",
            Syntax::Nacha => "Nacha ACH record",
            Syntax::Mt940 => "MT940 :86:",
            Syntax::Mrz => "MRZ",
            Syntax::Travel => "boarding pass or reservation",
        }
    }
}

/// Which rule found a span: what `--explain` shows to people tuning rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Rule {
    /// A validated shape (checksum, structure), named by what it checks.
    Shape(&'static str),
    /// The value of a sensitive key, named by the key entry (`password`, `user_id`…) and the
    /// syntax the pair was read in.
    Key(Syntax, &'static str),
    /// A value marked by the words around it (`assigned to`, `invalid user`…).
    Context(&'static str),
    /// A custom pattern from the rules file (its index among `[[pattern]]` entries).
    CustomPattern(u16),
    /// A custom sensitive key from the rules file (its index among `[[key]]` entries).
    CustomKey(Syntax, u16),
    /// A value known by its position in a record (`PID-5`: the patient's name in HL7).
    Position(Syntax, &'static str),
}

impl Rule {
    /// How certain the rule is; decides which of two overlapping spans names the kind.
    pub(crate) fn strength(self) -> u8 {
        match self {
            Rule::Shape(_) | Rule::CustomPattern(_) => 2,
            Rule::Key(..) | Rule::CustomKey(..) | Rule::Position(..) | Rule::Context(_) => 1,
        }
    }
}

/// A detected value: byte range `start..end` of the input line, its kind and the rule that
/// found it. Spans returned by the engine are sorted, in bounds and never overlap.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    pub rule: Rule,
}

impl Span {
    pub(crate) fn new(start: usize, end: usize, kind: Kind, rule: Rule) -> Self {
        Span {
            start,
            end,
            kind,
            rule,
        }
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
}

/// Turns candidate spans (any order, overlapping) into sorted, non-overlapping spans.
///
/// Overlaps come from two rules seeing the same value (`"user": "jane@example.com"` is a user
/// key and an email shape) or from a key's value holding a shape. When a stronger rule's span
/// covers the other one all but a few bytes, its kind wins; otherwise the outer span is kept, so
/// nothing that either rule found is left in clear.
pub(crate) fn resolve(cands: &mut Vec<Span>) {
    if cands.len() < 2 {
        cands.retain(|s| s.start < s.end);
        return;
    }
    cands.sort_unstable_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    let mut w = 0;
    for r in 0..cands.len() {
        let c = cands[r];
        if c.start >= c.end {
            continue;
        }
        if w > 0 {
            let last = &mut cands[w - 1];
            if c.start < last.end {
                let near = |outer: &Span, inner: &Span| {
                    (inner.start - outer.start) + outer.end.saturating_sub(inner.end) <= 2
                };
                if c.end <= last.end {
                    if c.rule.strength() > last.rule.strength() && near(last, &c) {
                        last.kind = c.kind;
                        last.rule = c.rule;
                    }
                } else {
                    if c.rule.strength() > last.rule.strength() {
                        last.kind = c.kind;
                        last.rule = c.rule;
                    }
                    last.end = c.end;
                }
                continue;
            }
        }
        cands[w] = c;
        w += 1;
    }
    cands.truncate(w);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sp(start: usize, end: usize, kind: Kind, rule: Rule) -> Span {
        Span::new(start, end, kind, rule)
    }

    #[test]
    fn stronger_equal_span_names_the_kind() {
        let mut v = vec![
            sp(5, 20, Kind::USERNAME, Rule::Key(Syntax::KeyValue, "user")),
            sp(5, 20, Kind::EMAIL, Rule::Shape("email")),
        ];
        resolve(&mut v);
        assert_eq!(v, vec![sp(5, 20, Kind::EMAIL, Rule::Shape("email"))]);
    }

    #[test]
    fn outer_key_span_keeps_inner_shape_covered() {
        let mut v = vec![
            sp(10, 14, Kind::IPV4, Rule::Shape("ipv4")),
            sp(0, 40, Kind::ADDRESS, Rule::Key(Syntax::KeyValue, "address")),
        ];
        resolve(&mut v);
        assert_eq!(
            v,
            vec![sp(
                0,
                40,
                Kind::ADDRESS,
                Rule::Key(Syntax::KeyValue, "address")
            )]
        );
    }

    #[test]
    fn partial_overlap_is_merged() {
        let mut v = vec![
            sp(0, 10, Kind::PERSON, Rule::Context("dear")),
            sp(8, 12, Kind::EMAIL, Rule::Shape("email")),
            sp(20, 22, Kind::PHONE, Rule::Shape("phone")),
        ];
        resolve(&mut v);
        assert_eq!(v.len(), 2);
        assert_eq!((v[0].start, v[0].end, v[0].kind), (0, 12, Kind::EMAIL));
    }
}
