//! The export format, and its offline verification.
//!
//! See the crate documentation for the format. [`Verifier`] reads an export line by line in
//! O(log n) memory (it keeps a [`MerkleLog`], not the leaves); [`verify`] runs it over a whole
//! export in memory.

use std::fmt;

use serde::Deserialize;

use crate::canonical::{Entry, Value};
use crate::merkle::{Hash, MerkleLog};
use crate::note::{Checkpoint, VerifierKey};
use crate::AuditError;

/// The export line for event `index`: `{"type":"event","index":N,"entry":<canonical entry>}`.
pub fn event_line(index: u64, entry: &Entry) -> String {
    let mut s = String::with_capacity(entry.canonical().len() + 48);
    s.push_str("{\"type\":\"event\",\"index\":");
    s.push_str(&index.to_string());
    s.push_str(",\"entry\":");
    s.push_str(&String::from_utf8_lossy(entry.canonical()));
    s.push('}');
    s
}

/// The export line for a signed checkpoint note: `{"type":"checkpoint","note":"..."}`.
pub fn checkpoint_line(note: &str) -> String {
    let mut out = Vec::with_capacity(note.len() + 40);
    out.extend_from_slice(b"{\"type\":\"checkpoint\",\"note\":");
    Value::String(note.to_owned()).write_canonical(&mut out);
    out.push(b'}');
    String::from_utf8_lossy(&out).into_owned()
}

/// What the verifier must know besides the key.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct VerifyOptions {
    /// The origin every checkpoint must name; `None` accepts the first checkpoint's origin and
    /// requires the others to repeat it.
    pub origin: Option<String>,
    /// A size the auditor knows the log reached (from a checkpoint seen elsewhere, say): an
    /// export whose checkpoints stop short of it was cut, which the export alone cannot show.
    pub min_size: Option<u64>,
}

/// What was wrong, in the first line found wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// Not one JSON object of either line shape.
    Malformed(String),
    /// The line is an event, but its entry is not an acceptable JSON object.
    BadEntry(String),
    /// Event indexes must run 0, 1, 2, … with nothing left out or repeated.
    IndexOutOfSequence { expected: u64, found: u64 },
    /// The checkpoint note did not parse, or its signature did not verify under the key.
    BadCheckpoint(AuditError),
    /// The checkpoint names another log.
    WrongOrigin { expected: String, found: String },
    /// A checkpoint smaller than one before it.
    SizeDecreased { previous: u64, found: u64 },
    /// A checkpoint must follow exactly the events it covers.
    SizeMismatch {
        events_before: u64,
        checkpoint_size: u64,
    },
    /// The tree recomputed from the events is not the one the checkpoint signs.
    RootMismatch {
        size: u64,
        computed: Hash,
        signed: Hash,
    },
    /// The last checkpoint is smaller than the size the auditor required.
    TooShort { verified: u64, required: u64 },
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Malformed(m) => write!(f, "not an export line: {m}"),
            Problem::BadEntry(m) => write!(f, "bad event entry: {m}"),
            Problem::IndexOutOfSequence { expected, found } => {
                write!(f, "expected event index {expected}, found {found}")
            }
            Problem::BadCheckpoint(e) => write!(f, "checkpoint refused: {e}"),
            Problem::WrongOrigin { expected, found } => {
                write!(f, "checkpoint of log {found:?}, expected {expected:?}")
            }
            Problem::SizeDecreased { previous, found } => write!(
                f,
                "checkpoint of size {found} after one of size {previous}: a log only grows"
            ),
            Problem::SizeMismatch {
                events_before,
                checkpoint_size,
            } => write!(
                f,
                "checkpoint of size {checkpoint_size} after {events_before} events \
                 (events missing, added, or the checkpoint moved)"
            ),
            Problem::RootMismatch {
                size,
                computed,
                signed,
            } => write!(
                f,
                "the first {size} events hash to root {computed}, the checkpoint signs {signed} \
                 (an event before this line was changed, added, removed or reordered)"
            ),
            Problem::TooShort { verified, required } => write!(
                f,
                "the export's checkpoints reach size {verified}, the log is known to have \
                 reached {required} (the export was cut)"
            ),
        }
    }
}

/// The first thing found wrong: the 1-based line of the export and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Failure {
    /// 1-based line number; for [`Problem::TooShort`] the number of lines read.
    pub line: u64,
    pub problem: Problem,
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.problem)
    }
}

/// What a verification checked and found. Only events up to `verified_size` are proven; the
/// `unverified_tail` after the last checkpoint is neither valid nor invalid, only unproven.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verification {
    pub lines: u64,
    pub events: u64,
    pub checkpoints: u64,
    /// The log's origin, from its checkpoints.
    pub origin: Option<String>,
    /// Events covered by the last good checkpoint.
    pub verified_size: u64,
    /// The tree head of the last good checkpoint.
    pub verified_root: Option<Hash>,
    /// Events read after the last good checkpoint.
    pub unverified_tail: u64,
    /// The first thing wrong; `None` when everything read checks.
    pub failure: Option<Failure>,
}

impl Verification {
    /// True when nothing was found wrong. Check `verified_size` and `unverified_tail` too: an
    /// export without checkpoints proves nothing.
    pub fn is_valid(&self) -> bool {
        self.failure.is_none()
    }
}

impl fmt::Display for Verification {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.failure {
            Some(fail) => write!(f, "FAILED at {fail}; ")?,
            None => write!(f, "ok; ")?,
        }
        write!(
            f,
            "{} lines, {} events, {} checkpoints; verified {} events",
            self.lines, self.events, self.checkpoints, self.verified_size
        )?;
        if let Some(r) = &self.verified_root {
            write!(f, " (root {r})")?;
        }
        if self.unverified_tail > 0 {
            write!(
                f,
                "; {} events after the last checkpoint are unverified",
                self.unverified_tail
            )?;
        }
        Ok(())
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Line {
    #[serde(rename = "type")]
    kind: String,
    index: Option<u64>,
    entry: Option<Value>,
    note: Option<String>,
}

/// Verifies an export one line at a time.
#[derive(Debug)]
pub struct Verifier<'k> {
    key: &'k VerifierKey,
    options: VerifyOptions,
    log: MerkleLog,
    report: Verification,
}

impl<'k> Verifier<'k> {
    pub fn new(key: &'k VerifierKey, options: VerifyOptions) -> Self {
        Verifier {
            key,
            options,
            log: MerkleLog::new(),
            report: Verification {
                lines: 0,
                events: 0,
                checkpoints: 0,
                origin: None,
                verified_size: 0,
                verified_root: None,
                unverified_tail: 0,
                failure: None,
            },
        }
    }

    /// Reads the next line (without its newline). Returns false once a failure was found;
    /// further lines are then ignored.
    pub fn push_line(&mut self, line: &[u8]) -> bool {
        if self.report.failure.is_some() {
            return false;
        }
        self.report.lines += 1;
        if let Err(problem) = self.check_line(line) {
            self.report.failure = Some(Failure {
                line: self.report.lines,
                problem,
            });
            return false;
        }
        true
    }

    fn check_line(&mut self, line: &[u8]) -> Result<(), Problem> {
        // Lines as the writer wrote them are hashed as they stand (see `fast`).
        if let Some((index, entry)) = crate::fast::canonical_event(line) {
            return self.push_leaf(index, crate::merkle::leaf_hash(entry));
        }
        let parsed: Line = serde_json::from_slice(line).map_err(|e| {
            // An entry's own faults (floats, duplicate keys) surface here too: name them as such.
            let msg = e.to_string();
            if msg.contains("not an integer") || msg.contains("appears twice") {
                Problem::BadEntry(msg)
            } else {
                Problem::Malformed(msg)
            }
        })?;
        match (
            parsed.kind.as_str(),
            parsed.index,
            parsed.entry,
            parsed.note,
        ) {
            ("event", Some(index), Some(entry), None) => self.check_event(index, entry),
            ("checkpoint", None, None, Some(note)) => self.check_checkpoint(&note),
            ("event", ..) => Err(Problem::Malformed(
                "an event line has exactly \"type\", \"index\" and \"entry\"".into(),
            )),
            ("checkpoint", ..) => Err(Problem::Malformed(
                "a checkpoint line has exactly \"type\" and \"note\"".into(),
            )),
            (other, ..) => Err(Problem::Malformed(format!(
                "unknown line type {other:?} (expected \"event\" or \"checkpoint\")"
            ))),
        }
    }

    fn check_event(&mut self, index: u64, entry: Value) -> Result<(), Problem> {
        let entry = Entry::new(entry).map_err(|e| Problem::BadEntry(e.to_string()))?;
        self.push_leaf(index, entry.leaf_hash())
    }

    fn push_leaf(&mut self, index: u64, leaf: Hash) -> Result<(), Problem> {
        let expected = self.log.size();
        if index != expected {
            return Err(Problem::IndexOutOfSequence {
                expected,
                found: index,
            });
        }
        self.log.push(leaf);
        self.report.events += 1;
        self.report.unverified_tail += 1;
        Ok(())
    }

    fn check_checkpoint(&mut self, note: &str) -> Result<(), Problem> {
        let cp: Checkpoint = self
            .key
            .open_checkpoint(note)
            .map_err(Problem::BadCheckpoint)?;
        let expected_origin = self.options.origin.as_ref().or(self.report.origin.as_ref());
        if let Some(expected) = expected_origin {
            if *expected != cp.origin {
                return Err(Problem::WrongOrigin {
                    expected: expected.clone(),
                    found: cp.origin,
                });
            }
        }
        if cp.size < self.report.verified_size {
            return Err(Problem::SizeDecreased {
                previous: self.report.verified_size,
                found: cp.size,
            });
        }
        if cp.size != self.log.size() {
            return Err(Problem::SizeMismatch {
                events_before: self.log.size(),
                checkpoint_size: cp.size,
            });
        }
        // Every checkpoint is checked against a root recomputed from the same leaves, so all
        // of them are consistent with each other by construction: no proof needed.
        let computed = self.log.root();
        if computed != cp.root {
            return Err(Problem::RootMismatch {
                size: cp.size,
                computed,
                signed: cp.root,
            });
        }
        self.report.checkpoints += 1;
        self.report.verified_size = cp.size;
        self.report.verified_root = Some(cp.root);
        self.report.unverified_tail = 0;
        self.report.origin = Some(cp.origin);
        Ok(())
    }

    /// The report of everything read.
    /// The tree over every event read so far (the unverified tail included): what a writer
    /// that just verified its own log appends to next.
    pub fn log(&self) -> &MerkleLog {
        &self.log
    }

    pub fn finish(mut self) -> Verification {
        if self.report.failure.is_none() {
            if let Some(required) = self.options.min_size {
                if self.report.verified_size < required {
                    self.report.failure = Some(Failure {
                        line: self.report.lines,
                        problem: Problem::TooShort {
                            verified: self.report.verified_size,
                            required,
                        },
                    });
                }
            }
        }
        self.report
    }
}

/// Verifies a whole export held in memory: lines end in `\n` (the last one may not); an empty
/// line anywhere but at the very end is malformed.
pub fn verify(export: &[u8], key: &VerifierKey, options: &VerifyOptions) -> Verification {
    let mut v = Verifier::new(key, options.clone());
    let body = export.strip_suffix(b"\n").unwrap_or(export);
    if !body.is_empty() {
        for line in body.split(|&b| b == b'\n') {
            if !v.push_line(line) {
                break;
            }
        }
    }
    v.finish()
}
