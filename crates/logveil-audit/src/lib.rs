//! logveil's tamper-evident audit trail, as data: the canonical bytes of an audit entry, the
//! RFC 6962 Merkle tree log over them, Ed25519-signed checkpoints in the C2SP signed-note
//! format, inclusion and consistency proofs, and offline verification of an exported log.
//!
//! This crate owns the audit trail's *format and proofs*, not its storage (that is
//! `logveil-audit-store`): it opens nothing and keeps no clock or global state, reading only
//! the bytes or the reader it is given, so that an auditor can check an export with nothing but
//! this crate, the export and the log's public key. The server's audit sink appends through it.
//!
//! # Hashing
//!
//! - entry bytes: the canonical JSON of the event ([`canonical`]: sorted keys, no whitespace,
//!   RFC 8785 strings, integers only — floats are refused);
//! - leaf: `SHA-256(0x00 ‖ entry bytes)`; node: `SHA-256(0x01 ‖ left ‖ right)`;
//! - tree head of n leaves: RFC 6962 §2.1 (split at the largest power of two below n; the
//!   empty tree's head is `SHA-256("")`).
//!
//! # Checkpoints
//!
//! A checkpoint is a c2sp.org/tlog-checkpoint signed note ([`note`]): `<origin>\n<size>\n<base64
//! root>\n`, a blank line, and `— <key name> <base64(key id ‖ Ed25519 signature)>\n`. The public
//! key is given as `<name>+<hex key id>+<base64(0x01 ‖ key)>` ([`VerifierKey`]).
//!
//! # Export format
//!
//! An export is UTF-8 JSON lines, each ending in `\n` (the last may omit it), of two kinds:
//!
//! ```text
//! {"type":"event","index":0,"entry":{"action":"sign_in","actor":"alice",...}}
//! {"type":"event","index":1,"entry":{...}}
//! {"type":"checkpoint","note":"logveil.example/audit\n2\n<base64 root>\n\n— logveil.example/audit <base64>\n"}
//! ```
//!
//! - An **event line** has exactly the members `type` (`"event"`), `index` (its leaf index, an
//!   integer) and `entry` (a JSON object: the audit event). Indexes run 0, 1, 2, … in file
//!   order, without gaps or repeats. The entry may be written in any JSON formatting — its leaf
//!   hash is taken over its canonical form, so re-serialising an export does not change it —
//!   but it must not hold floating-point numbers or a key twice.
//! - A **checkpoint line** has exactly the members `type` (`"checkpoint"`) and `note` (the
//!   signed note as a JSON string). It stands right after the event it covers last: a
//!   checkpoint of size n follows exactly n event lines. Checkpoint sizes never decrease; two
//!   checkpoints of one size sign the same root.
//! - A **frontier line** may stand first, and only first: a *partial* export (events from
//!   index i > 0 on, say those of one week) starts with the tree as it was before event i,
//!   `{"type":"frontier","size":i,"hashes":["<hex>",...]}`: the roots of the perfect subtrees
//!   the first i leaves decompose into, largest (leftmost) first, one per set bit of i
//!   ([`MerkleLog::frontier`]). The first event line after it has index i. The frontier is not
//!   signed itself; the checkpoints after it are, and their roots are computed from it, so a
//!   wrong frontier fails at the first checkpoint just as a wrong event does.
//! - Members may come in any order; any other member, line type, or an empty line is an error.
//!
//! ```text
//! {"type":"frontier","size":6,"hashes":["<root of events 0-3>","<root of events 4-5>"]}
//! {"type":"event","index":6,"entry":{...}}
//! {"type":"checkpoint","note":"logveil.example/audit\n7\n..."}
//! ```
//!
//! # What verification proves
//!
//! [`verify`] (or [`Verifier`], line by line in O(log n) memory) recomputes every leaf and the
//! tree head at every checkpoint, checks each checkpoint's signature and origin, and reports
//! counts and the last verified size in a [`Verification`] — or the first bad line and why.
//!
//! Everything up to the **last checkpoint** is proven: any edit, insertion, removal or
//! reordering of those events, and any change to a checkpoint, is found. Events after the last
//! checkpoint are reported as an *unverified tail*: nothing signed covers them yet, so they
//! could be changed or dropped unseen. Likewise an export cut right after one of its
//! checkpoints looks like an older, honest export; an auditor who knows a later size (from a
//! checkpoint published elsewhere) passes it as [`VerifyOptions::min_size`].
//!
//! A partial export proves its own events the same way, and nothing about the events before
//! its frontier ([`Verification::start`]).
//!
//! # Threat model
//!
//! The signatures show that whoever holds the log's signing key vouched for each tree head;
//! the proofs show what each head contains. Anyone without the key (an operator editing the
//! file, a tampered copy in transit) cannot change a covered event unseen. Whoever holds the
//! key could rewrite history and sign it anew: every signature would check. What catches
//! that is a head kept from before — a checkpoint an auditor saved, or published elsewhere —
//! and a proof that the current log extends it: a [`ConsistencyProof`], or an export verified
//! with [`VerifyOptions::consistent_with`].
//!
//! # Proofs
//!
//! [`InclusionProof`] (one event is in a signed tree head) and [`ConsistencyProof`] (a later
//! head extends an earlier one) are JSON documents that verify offline; [`ProofBuilder`]
//! makes either from the leaves in one pass in O(log n) memory.
//!
//! ```
//! use logveil_audit::{event_line, checkpoint_line, verify, Checkpoint, Entry, MerkleLog, Signer, VerifyOptions};
//!
//! let signer = Signer::new("logveil.example/audit", &[42; 32]).unwrap();
//! let mut log = MerkleLog::new();
//! let mut export = String::new();
//! for actor in ["alice", "bob"] {
//!     let entry = Entry::parse(format!(r#"{{"actor":"{actor}","action":"sign_in"}}"#).as_bytes()).unwrap();
//!     let index = log.push_entry(&entry);
//!     export += &event_line(index, &entry);
//!     export.push('\n');
//! }
//! let note = signer.sign_checkpoint(&Checkpoint::new("logveil.example/audit", log.size(), log.root())).unwrap();
//! export += &checkpoint_line(&note);
//! export.push('\n');
//!
//! let report = verify(export.as_bytes(), &signer.verifier_key(), &VerifyOptions::default());
//! assert!(report.is_valid());
//! assert_eq!((report.verified_size, report.unverified_tail), (2, 0));
//!
//! let tampered = export.replace("bob", "eve");
//! let report = verify(tampered.as_bytes(), &signer.verifier_key(), &VerifyOptions::default());
//! assert_eq!(report.failure.unwrap().line, 3);
//! ```

pub mod canonical;
mod error;
mod export;
mod fast;
pub mod merkle;
pub mod note;
mod proof;

pub use canonical::{Entry, Value};
pub use error::AuditError;
pub use export::{
    checkpoint_line, event_line, frontier_line, push_event_line, verify, Failure, Problem,
    Verification, Verifier, VerifyOptions,
};
pub use merkle::{
    consistency_proof, empty_root, inclusion_proof, leaf_hash, node_hash, root, verify_consistency,
    verify_inclusion, Hash, MerkleLog, MerkleTree, ProofBuilder,
};
pub use note::{Checkpoint, Note, NoteSignature, Signer, VerifierKey};
pub use proof::{ConsistencyProof, InclusionProof, Proof, SignedHead};

/// Re-exported so callers build keys with the same version this crate signs with.
pub use ed25519_dalek::SigningKey;

impl MerkleLog {
    /// Appends an entry's leaf hash; returns its index.
    pub fn push_entry(&mut self, entry: &Entry) -> u64 {
        self.push(entry.leaf_hash());
        self.size() - 1
    }
}

impl MerkleTree {
    /// Appends an entry's leaf hash; returns its index.
    pub fn push_entry(&mut self, entry: &Entry) -> u64 {
        self.push(entry.leaf_hash());
        self.size() - 1
    }
}
