//! What a record becomes before anything is written: masked text, the spans that say where each
//! masked value sits, keyed tokens to find values without showing them, and the originals sealed
//! under the data key of the record's service and day.

use logveil_core::{Level, LogRecord, ServiceName, SpanId, Timestamp, TraceId};
use logveil_mask::{MaskedLine, Masker};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::keyring::{DataKey, Nonces};
use crate::StoreError;

/// Which text of a record a span is in: the line, an attribute value or a label value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Field {
    Line,
    Attribute(u32),
    Label(u32),
}

/// One masked value: where its masked form is in the stored (masked) text, its kind and the
/// first 8 bytes of its keyed token (the index term that `--match` looks up).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredSpan {
    pub field: Field,
    pub start: u32,
    pub end: u32,
    pub kind: String,
    pub token: [u8; 8],
}

/// A record as stored: everything in clear here is masked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredRecord {
    /// Write-ahead log sequence number: unique, increasing in arrival order.
    pub id: u64,
    pub ts: Timestamp,
    pub service: ServiceName,
    pub level: Level,
    pub trace_id: Option<TraceId>,
    pub span_id: Option<SpanId>,
    pub labels: Vec<(String, String)>,
    pub attributes: Vec<(String, String)>,
    pub line: String,
    pub spans: Vec<StoredSpan>,
    /// version ‖ nonce ‖ AEAD(originals, one per span, in span order); empty when no span.
    pub sealed: Vec<u8>,
}

/// The index term of a keyed token: `kind:16 hex digits`.
pub fn token_term(kind: &str, token: &[u8; 8]) -> String {
    let mut s = String::with_capacity(kind.len() + 17);
    s.push_str(kind);
    s.push(':');
    const HEX: &[u8; 16] = b"0123456789abcdef";
    for b in token {
        s.push(char::from(HEX[usize::from(b >> 4)]));
        s.push(char::from(HEX[usize::from(b & 15)]));
    }
    s
}

impl StoredRecord {
    /// What the sealed originals are bound to: moving a sealed blob to another record, service
    /// or day makes it fail to open.
    fn aad(&self) -> Vec<u8> {
        let mut aad = Vec::with_capacity(64 + self.line.len());
        aad.extend_from_slice(b"logveil originals v1|");
        aad.extend_from_slice(self.service.as_str().as_bytes());
        aad.push(b'|');
        aad.extend_from_slice(&self.ts.as_nanos().to_le_bytes());
        aad.push(b'|');
        aad.extend_from_slice(self.line.as_bytes());
        aad
    }

    /// Masks every text of `rec` (line, attribute values, label values) and seals the originals
    /// under `key`. `id` is set later, by the write-ahead log.
    pub fn seal(
        masker: &Masker,
        key: &DataKey,
        nonces: &mut Nonces,
        rec: LogRecord,
        scratch: &mut MaskedLine,
    ) -> Result<Self, StoreError> {
        let mut spans = Vec::new();
        let mut originals: Vec<Zeroizing<Vec<u8>>> = Vec::new();
        let mut mask_text = |field: Field, text: &str, spans: &mut Vec<StoredSpan>| -> String {
            masker.mask_into(text.as_bytes(), scratch);
            if scratch.spans.is_empty() {
                return text.to_owned();
            }
            for ms in &scratch.spans {
                let r = ms.masked_range();
                let token = ms.token.as_ref().map_or([0; 8], |t| {
                    let mut b = [0u8; 8];
                    b.copy_from_slice(&t.0[..8]);
                    b
                });
                spans.push(StoredSpan {
                    field,
                    start: r.start as u32,
                    end: r.end as u32,
                    kind: masker.engine().kind_name(ms.span.kind).to_owned(),
                    token,
                });
                originals.push(Zeroizing::new(
                    text.as_bytes()[ms.span.start..ms.span.end].to_vec(),
                ));
            }
            // Masked forms are ASCII replacements of whole UTF-8 values, so the result is UTF-8;
            // lossy conversion only guards the invariant.
            String::from_utf8_lossy(&scratch.text).into_owned()
        };
        let line = mask_text(Field::Line, &rec.line, &mut spans);
        let mut mask_pairs = |pairs: &std::collections::BTreeMap<String, String>,
                              field: fn(u32) -> Field,
                              spans: &mut Vec<StoredSpan>| {
            pairs
                .iter()
                .enumerate()
                .map(|(i, (k, v))| (k.clone(), mask_text(field(i as u32), v, spans)))
                .collect::<Vec<_>>()
        };
        let attributes = mask_pairs(&rec.attributes, Field::Attribute, &mut spans);
        let labels = mask_pairs(&rec.labels, Field::Label, &mut spans);
        let mut out = StoredRecord {
            id: 0,
            ts: rec.ts,
            service: rec.service,
            level: rec.level,
            trace_id: rec.trace_id,
            span_id: rec.span_id,
            labels,
            attributes,
            line,
            spans,
            sealed: Vec::new(),
        };
        if !originals.is_empty() {
            let plain = Zeroizing::new(
                postcard::to_allocvec(&originals.iter().map(|o| o.as_slice()).collect::<Vec<_>>())
                    .map_err(|e| StoreError::Encoding(e.to_string()))?,
            );
            out.sealed = key.seal(nonces, &out.aad(), &plain)?;
        }
        Ok(out)
    }

    /// A record stored as received (benchmarks of the unmasked path only).
    pub fn unmasked(rec: LogRecord) -> Self {
        StoredRecord {
            id: 0,
            ts: rec.ts,
            service: rec.service,
            level: rec.level,
            trace_id: rec.trace_id,
            span_id: rec.span_id,
            labels: rec.labels.into_iter().collect(),
            attributes: rec.attributes.into_iter().collect(),
            line: rec.line,
            spans: Vec::new(),
            sealed: Vec::new(),
        }
    }

    /// The original values, one per span, in span order.
    pub fn open(&self, key: &DataKey) -> Result<Vec<Zeroizing<Vec<u8>>>, StoreError> {
        if self.sealed.is_empty() {
            return Ok(Vec::new());
        }
        let plain = key.open(&self.aad(), &self.sealed)?;
        let values: Vec<&[u8]> =
            postcard::from_bytes(&plain).map_err(|e| StoreError::Encoding(e.to_string()))?;
        if values.len() != self.spans.len() {
            return Err(StoreError::Encoding(
                "sealed originals do not match the record's spans".into(),
            ));
        }
        Ok(values
            .into_iter()
            .map(|v| Zeroizing::new(v.to_vec()))
            .collect())
    }

    pub fn encode(&self) -> Result<Vec<u8>, StoreError> {
        postcard::to_allocvec(self).map_err(|e| StoreError::Encoding(e.to_string()))
    }

    pub fn decode(bytes: &[u8]) -> Result<Self, StoreError> {
        postcard::from_bytes(bytes).map_err(|e| StoreError::Encoding(e.to_string()))
    }

    /// A copy with the values of `kinds` put back from `originals` (from [`StoredRecord::open`]),
    /// everything else left masked, and how many values of each kind were shown. The copy's
    /// spans are dropped: they describe the masked text.
    pub fn reveal(
        &self,
        originals: &[Zeroizing<Vec<u8>>],
        kinds: &[String],
    ) -> (StoredRecord, Vec<(String, u32)>) {
        let mut out = self.clone();
        out.spans.clear();
        out.sealed.clear();
        let mut counts: Vec<(String, u32)> = Vec::new();
        let rebuild = |field: Field, text: &str, counts: &mut Vec<(String, u32)>| -> String {
            let mut spans: Vec<(usize, &StoredSpan)> = self
                .spans
                .iter()
                .enumerate()
                .filter(|(_, s)| s.field == field)
                .collect();
            spans.sort_by_key(|(_, s)| s.start);
            let mut buf = String::with_capacity(text.len());
            let mut at = 0usize;
            for (i, s) in spans {
                let (start, end) = (s.start as usize, s.end as usize);
                let (Some(before), Some(masked)) = (text.get(at..start), text.get(start..end))
                else {
                    continue;
                };
                buf.push_str(before);
                match originals.get(i).filter(|_| kinds.contains(&s.kind)) {
                    Some(original) => {
                        buf.push_str(&String::from_utf8_lossy(original));
                        match counts.iter_mut().find(|(k, _)| *k == s.kind) {
                            Some((_, n)) => *n += 1,
                            None => counts.push((s.kind.clone(), 1)),
                        }
                    }
                    None => buf.push_str(masked),
                }
                at = end;
            }
            buf.push_str(text.get(at..).unwrap_or(""));
            buf
        };
        out.line = rebuild(Field::Line, &self.line, &mut counts);
        for (i, (_, v)) in out.attributes.iter_mut().enumerate() {
            *v = rebuild(
                Field::Attribute(i as u32),
                &self.attributes[i].1,
                &mut counts,
            );
        }
        for (i, (_, v)) in out.labels.iter_mut().enumerate() {
            *v = rebuild(Field::Label(i as u32), &self.labels[i].1, &mut counts);
        }
        (out, counts)
    }

    /// The masked text of a field.
    pub fn field_text(&self, field: Field) -> Option<&str> {
        match field {
            Field::Line => Some(&self.line),
            Field::Attribute(i) => self.attributes.get(i as usize).map(|(_, v)| v.as_str()),
            Field::Label(i) => self.labels.get(i as usize).map(|(_, v)| v.as_str()),
        }
    }

    /// The record as the query API shows it: masked, in the shape ingest received.
    pub fn to_log_record(&self) -> LogRecord {
        LogRecord {
            ts: self.ts,
            service: self.service.clone(),
            level: self.level,
            trace_id: self.trace_id,
            span_id: self.span_id,
            labels: self.labels.iter().cloned().collect(),
            attributes: self.attributes.iter().cloned().collect(),
            line: self.line.clone(),
        }
    }
}
