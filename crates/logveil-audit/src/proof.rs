//! Inclusion and consistency proofs as JSON documents: what a proof server answers, and what an
//! auditor keeps and checks offline with nothing but the log's public key.
//!
//! ```text
//! {"index":N,"entry":{...},"size":S,"proof":["<hex>",...],"checkpoint":"<signed note of size S>"}
//! {"from":{"size":M,"checkpoint":"<note>"},"to":{"size":S,"checkpoint":"<note>"},"proof":["<hex>",...]}
//! ```
//!
//! Verifying one checks the signature on every note, that the sizes the document states are the
//! ones signed, and the RFC 9162 proof against the signed roots. The sizes stated outside the
//! notes are a convenience for readers: the signed ones are what counts.

use serde::Deserialize;

use crate::canonical::{Entry, Value};
use crate::merkle::{verify_consistency, verify_inclusion, Hash};
use crate::note::{Checkpoint, VerifierKey};
use crate::AuditError;

/// A checkpoint as a proof carries it: the size it claims and the signed note.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SignedHead {
    pub size: u64,
    pub checkpoint: String,
}

/// Event `index` is in the log whose checkpoint of size `size` is `checkpoint`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InclusionProof {
    pub index: u64,
    pub entry: Entry,
    pub size: u64,
    pub proof: Vec<Hash>,
    pub checkpoint: String,
}

/// The log at checkpoint `to` extends the log at checkpoint `from` without changing it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConsistencyProof {
    pub from: SignedHead,
    pub to: SignedHead,
    pub proof: Vec<Hash>,
}

/// Either proof, as read from a saved document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Proof {
    Inclusion(InclusionProof),
    Consistency(ConsistencyProof),
}

impl InclusionProof {
    /// The JSON document, with the entry in its canonical form.
    pub fn to_json(&self) -> String {
        let mut s = String::with_capacity(self.entry.canonical().len() + 80 * self.proof.len());
        s.push_str("{\"index\":");
        s.push_str(&self.index.to_string());
        s.push_str(",\"entry\":");
        s.push_str(&String::from_utf8_lossy(self.entry.canonical()));
        s.push_str(",\"size\":");
        s.push_str(&self.size.to_string());
        s.push_str(",\"proof\":");
        push_hashes(&mut s, &self.proof);
        s.push_str(",\"checkpoint\":");
        push_string(&mut s, &self.checkpoint);
        s.push('}');
        s
    }

    /// Checks the note's signature, that it signs the stated size, and the audit path from
    /// the entry's leaf hash to the signed root. Returns the signed checkpoint.
    pub fn verify(&self, key: &VerifierKey) -> Result<Checkpoint, AuditError> {
        let cp = key.open_checkpoint(&self.checkpoint)?;
        if cp.size != self.size {
            return Err(AuditError::InclusionProof(
                "the stated size is not the one the checkpoint signs",
            ));
        }
        verify_inclusion(
            &self.entry.leaf_hash(),
            self.index,
            cp.size,
            &self.proof,
            &cp.root,
        )?;
        Ok(cp)
    }
}

impl ConsistencyProof {
    pub fn to_json(&self) -> String {
        let mut s = String::with_capacity(600 + 80 * self.proof.len());
        s.push_str("{\"from\":");
        push_head(&mut s, &self.from);
        s.push_str(",\"to\":");
        push_head(&mut s, &self.to);
        s.push_str(",\"proof\":");
        push_hashes(&mut s, &self.proof);
        s.push('}');
        s
    }

    /// Checks both notes' signatures, that they sign the stated sizes of one log, and the
    /// proof between their roots. Returns the two signed checkpoints, older first.
    pub fn verify(&self, key: &VerifierKey) -> Result<(Checkpoint, Checkpoint), AuditError> {
        let old = key.open_checkpoint(&self.from.checkpoint)?;
        let new = key.open_checkpoint(&self.to.checkpoint)?;
        if old.size != self.from.size || new.size != self.to.size {
            return Err(AuditError::ConsistencyProof(
                "a stated size is not the one its checkpoint signs",
            ));
        }
        if old.origin != new.origin {
            return Err(AuditError::ConsistencyProof(
                "the two checkpoints name different logs",
            ));
        }
        verify_consistency(old.size, new.size, &old.root, &new.root, &self.proof)?;
        Ok((old, new))
    }
}

impl Proof {
    /// Reads a proof document: an inclusion proof has `index`, a consistency proof `from`.
    /// Members this version does not know are ignored, so a newer server's proofs still read.
    pub fn parse(json: &[u8]) -> Result<Proof, AuditError> {
        let raw: RawProof =
            serde_json::from_slice(json).map_err(|e| AuditError::ProofFormat(e.to_string()))?;
        let missing = |what: &str| AuditError::ProofFormat(format!("no {what:?}"));
        let proof = raw
            .proof
            .ok_or_else(|| missing("proof"))?
            .iter()
            .map(|h| {
                Hash::from_hex(h)
                    .ok_or_else(|| AuditError::ProofFormat(format!("{h:?} is not 64 hex digits")))
            })
            .collect::<Result<Vec<_>, _>>()?;
        match (raw.index, raw.from) {
            (Some(index), None) => Ok(Proof::Inclusion(InclusionProof {
                index,
                entry: Entry::new(raw.entry.ok_or_else(|| missing("entry"))?)?,
                size: raw.size.ok_or_else(|| missing("size"))?,
                proof,
                checkpoint: raw.checkpoint.ok_or_else(|| missing("checkpoint"))?,
            })),
            (None, Some(from)) => Ok(Proof::Consistency(ConsistencyProof {
                from: from.into(),
                to: raw.to.ok_or_else(|| missing("to"))?.into(),
                proof,
            })),
            _ => Err(AuditError::ProofFormat(
                "expected an inclusion proof (with \"index\") or a consistency proof (with \"from\")"
                    .into(),
            )),
        }
    }

    pub fn to_json(&self) -> String {
        match self {
            Proof::Inclusion(p) => p.to_json(),
            Proof::Consistency(p) => p.to_json(),
        }
    }

    /// The newest checkpoint note the proof carries: a head to keep and check later proofs
    /// and exports against.
    pub fn latest_checkpoint(&self) -> &str {
        match self {
            Proof::Inclusion(p) => &p.checkpoint,
            Proof::Consistency(p) => &p.to.checkpoint,
        }
    }
}

#[derive(Deserialize)]
struct RawProof {
    index: Option<u64>,
    entry: Option<Value>,
    size: Option<u64>,
    proof: Option<Vec<String>>,
    checkpoint: Option<String>,
    from: Option<RawHead>,
    to: Option<RawHead>,
}

#[derive(Deserialize)]
struct RawHead {
    size: u64,
    checkpoint: String,
}

impl From<RawHead> for SignedHead {
    fn from(h: RawHead) -> SignedHead {
        SignedHead {
            size: h.size,
            checkpoint: h.checkpoint,
        }
    }
}

fn push_hashes(s: &mut String, hashes: &[Hash]) {
    s.push('[');
    for (i, h) in hashes.iter().enumerate() {
        if i > 0 {
            s.push(',');
        }
        s.push('"');
        s.push_str(&h.to_hex());
        s.push('"');
    }
    s.push(']');
}

fn push_string(s: &mut String, text: &str) {
    let mut out = Vec::with_capacity(text.len() + 8);
    Value::String(text.to_owned()).write_canonical(&mut out);
    s.push_str(&String::from_utf8_lossy(&out));
}

fn push_head(s: &mut String, head: &SignedHead) {
    s.push_str("{\"size\":");
    s.push_str(&head.size.to_string());
    s.push_str(",\"checkpoint\":");
    push_string(s, &head.checkpoint);
    s.push('}');
}
