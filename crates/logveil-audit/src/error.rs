use thiserror::Error;

/// Everything this crate can refuse. Verification of a whole export does not use this type for
/// what it finds wrong in the export: that is a [`crate::Problem`] in the
/// [`crate::Verification`] it returns, with the line it concerns.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum AuditError {
    #[error("not an audit entry: {0}")]
    Entry(String),
    #[error("leaf {index} is not in a tree of size {size}")]
    IndexOutOfRange { index: u64, size: u64 },
    #[error("tree size {asked} is larger than the {have} leaves held")]
    SizeOutOfRange { asked: u64, have: u64 },
    #[error("consistency from size {old} to size {new}: the old size is larger")]
    SizesReversed { old: u64, new: u64 },
    #[error("a frontier of size {size} has {expected} hashes (one per set bit of the size), not {found}")]
    Frontier {
        size: u64,
        expected: u32,
        found: usize,
    },
    #[error("not a proof: {0}")]
    ProofFormat(String),
    #[error("inclusion proof refused: {0}")]
    InclusionProof(&'static str),
    #[error("consistency proof refused: {0}")]
    ConsistencyProof(&'static str),
    #[error("malformed signed note: {0}")]
    Note(&'static str),
    #[error("malformed checkpoint: {0}")]
    Checkpoint(&'static str),
    #[error("malformed verifier key: {0}")]
    Key(&'static str),
    #[error("key names must be non-empty, without spaces or '+'")]
    KeyName,
    #[error("no signature by key {name} on the note")]
    NotSigned { name: String },
    #[error("the signature by key {name} does not verify")]
    BadSignature { name: String },
}
