//! The export format, and its offline verification.
//!
//! See the crate documentation for the format. [`Verifier`] reads an export line by line in
//! O(log n) memory (it keeps a [`MerkleLog`], not the leaves); [`verify`] runs it over a whole
//! export in memory.

use std::fmt;

use serde::Deserialize;

use crate::canonical::{Entry, Value};
use crate::merkle::{empty_root, leaf_hash, Hash, MerkleLog};
use crate::note::{Checkpoint, VerifierKey};
use crate::AuditError;

/// The export line for event `index`: `{"type":"event","index":N,"entry":<canonical entry>}`.
pub fn event_line(index: u64, entry: &Entry) -> String {
    let mut s = String::with_capacity(entry.canonical().len() + 48);
    push_event_line(&mut s, index, entry);
    s
}

/// Appends [`event_line`] to `out`: the writer builds a batch of lines in one buffer.
pub fn push_event_line(out: &mut String, index: u64, entry: &Entry) {
    use std::fmt::Write as _;
    let _ = write!(out, "{{\"type\":\"event\",\"index\":{index},\"entry\":");
    out.push_str(&String::from_utf8_lossy(entry.canonical()));
    out.push('}');
}

/// The export line for a signed checkpoint note: `{"type":"checkpoint","note":"..."}`.
pub fn checkpoint_line(note: &str) -> String {
    let mut out = Vec::with_capacity(note.len() + 40);
    out.extend_from_slice(b"{\"type\":\"checkpoint\",\"note\":");
    Value::String(note.to_owned()).write_canonical(&mut out);
    out.push(b'}');
    String::from_utf8_lossy(&out).into_owned()
}

/// The first line of a partial export: the tree state before its first event,
/// `{"type":"frontier","size":N,"hashes":["<hex>",...]}` (see [`MerkleLog::frontier`]).
pub fn frontier_line(log: &MerkleLog) -> String {
    let mut s = String::with_capacity(48 + 67 * log.frontier().len());
    s.push_str("{\"type\":\"frontier\",\"size\":");
    s.push_str(&log.size().to_string());
    s.push_str(",\"hashes\":[");
    for (i, h) in log.frontier().iter().enumerate() {
        if i > 0 {
            s.push(',');
        }
        s.push('"');
        s.push_str(&h.to_hex());
        s.push('"');
    }
    s.push_str("]}");
    s
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
    /// A checkpoint of this log saved earlier (its signature already checked, with
    /// [`VerifierKey::open_checkpoint`]): the export's tree must have had its root at its size.
    /// Signatures alone cannot show a history rewritten and re-signed by whoever holds the key;
    /// a head kept from before the rewrite can.
    pub consistent_with: Option<Checkpoint>,
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
    /// A frontier line anywhere but first, or one that does not parse.
    BadFrontier(String),
    /// At the size of the checkpoint the auditor kept, the export's tree has another root.
    Inconsistent {
        size: u64,
        computed: Hash,
        kept: Hash,
    },
    /// The export starts after the size of the checkpoint the auditor kept, so it cannot be
    /// compared with it.
    StartsAfterKept { start: u64, kept_size: u64 },
    /// The export ends before the size of the checkpoint the auditor kept.
    EndsBeforeKept { end: u64, kept_size: u64 },
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
            Problem::BadFrontier(m) => write!(f, "bad frontier line: {m}"),
            Problem::Inconsistent {
                size,
                computed,
                kept,
            } => write!(
                f,
                "the first {size} events hash to root {computed}, the checkpoint kept from \
                 before signs {kept}: the history was rewritten since"
            ),
            Problem::StartsAfterKept { start, kept_size } => write!(
                f,
                "the export starts at event {start}, after the kept checkpoint's size \
                 {kept_size}: export from earlier to compare, or check with a consistency proof"
            ),
            Problem::EndsBeforeKept { end, kept_size } => write!(
                f,
                "the export ends at size {end}, before the kept checkpoint's size {kept_size} \
                 (the export was cut, or is older than the checkpoint)"
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
    /// The index of the export's first event: 0 for a whole export, the frontier's size for a
    /// partial one (events before it are not covered).
    pub start: u64,
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
    /// Whether the tree matched the checkpoint kept from before
    /// ([`VerifyOptions::consistent_with`]).
    pub consistent_with_kept: bool,
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
            "{}, {}, {}; verified {}",
            counted(self.lines, "line"),
            counted(self.events, "event"),
            counted(self.checkpoints, "checkpoint"),
            counted(self.verified_size, "event")
        )?;
        if let Some(r) = &self.verified_root {
            write!(f, " (root {r})")?;
        }
        if self.start > 0 {
            write!(
                f,
                "; this export starts at event {}: events before it are not covered",
                self.start
            )?;
        }
        if self.consistent_with_kept {
            write!(f, "; consistent with the kept checkpoint")?;
        }
        if self.unverified_tail > 0 {
            write!(
                f,
                "; {} after the last checkpoint {} unverified",
                counted(self.unverified_tail, "event"),
                if self.unverified_tail == 1 {
                    "is"
                } else {
                    "are"
                }
            )?;
        }
        Ok(())
    }
}

/// `1 event`, `2 events`.
fn counted(n: u64, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
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
    size: Option<u64>,
    hashes: Option<Vec<String>>,
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
                start: 0,
                lines: 0,
                events: 0,
                checkpoints: 0,
                origin: None,
                verified_size: 0,
                verified_root: None,
                unverified_tail: 0,
                failure: None,
                consistent_with_kept: false,
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

    /// Reads lines as [`Verifier::push_line`] reads each in turn, with the leaf hashes of the
    /// event lines written in canonical form (nearly all) taken first, on every core: the
    /// same report, in a fraction of the time. Returns false once a failure was found.
    pub fn push_lines(&mut self, lines: &[&[u8]]) -> bool {
        let leaves = canonical_leaves(lines);
        for (line, leaf) in lines.iter().zip(leaves) {
            if self.report.failure.is_some() {
                return false;
            }
            let Some((index, leaf)) = leaf else {
                if !self.push_line(line) {
                    return false;
                }
                continue;
            };
            self.report.lines += 1;
            if let Err(problem) = self.push_leaf(index, leaf) {
                self.report.failure = Some(Failure {
                    line: self.report.lines,
                    problem,
                });
                return false;
            }
        }
        self.report.failure.is_none()
    }

    /// Reads an export from `reader` to its end (or the first failure), a block of lines at
    /// a time through [`Verifier::push_lines`]. Lines end in `\n`; the last one may not.
    pub fn push_reader(&mut self, reader: impl std::io::Read) -> std::io::Result<()> {
        self.push_reader_in_blocks(reader, BLOCK)
    }

    /// [`Verifier::push_reader`] with blocks of about `block` bytes: for tests of the block
    /// boundaries.
    #[doc(hidden)]
    pub fn push_reader_in_blocks(
        &mut self,
        mut reader: impl std::io::Read,
        block: usize,
    ) -> std::io::Result<()> {
        let read = block.clamp(1, READ);
        let mut buf: Vec<u8> = Vec::with_capacity(block + read);
        loop {
            let len = buf.len();
            buf.resize(len + read, 0);
            let n = loop {
                match reader.read(&mut buf[len..]) {
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                    other => break other,
                }
            };
            let n = match n {
                Ok(n) => n,
                Err(e) => {
                    buf.truncate(len);
                    return Err(e);
                }
            };
            buf.truncate(len + n);
            if n == 0 {
                // The end: what is left are whole lines, the last maybe without its newline.
                // As in `verify`, one newline at the very end closes the last line; a lone
                // newline there after other lines is an empty line.
                let body = buf.strip_suffix(b"\n").unwrap_or(&buf);
                if !body.is_empty() || (!buf.is_empty() && self.report.lines > 0) {
                    let lines: Vec<&[u8]> = body.split(|&b| b == b'\n').collect();
                    self.push_lines(&lines);
                }
                return Ok(());
            }
            if buf.len() < block {
                continue;
            }
            let Some(last) = last_newline(&buf) else {
                continue;
            };
            let lines: Vec<&[u8]> = buf[..last].split(|&b| b == b'\n').collect();
            if !self.push_lines(&lines) {
                return Ok(());
            }
            buf.drain(..=last);
        }
    }

    fn check_line(&mut self, line: &[u8]) -> Result<(), Problem> {
        // Lines as the writer wrote them are hashed as they stand (see `fast`).
        if let Some((index, entry)) = crate::fast::canonical_event(line) {
            return self.push_leaf(index, leaf_hash(entry));
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
            parsed.size,
            parsed.hashes,
        ) {
            ("event", Some(index), Some(entry), None, None, None) => self.check_event(index, entry),
            ("checkpoint", None, None, Some(note), None, None) => self.check_checkpoint(&note),
            ("frontier", None, None, None, Some(size), Some(hashes)) => {
                self.check_frontier(size, &hashes)
            }
            ("event", ..) => Err(Problem::Malformed(
                "an event line has exactly \"type\", \"index\" and \"entry\"".into(),
            )),
            ("checkpoint", ..) => Err(Problem::Malformed(
                "a checkpoint line has exactly \"type\" and \"note\"".into(),
            )),
            ("frontier", ..) => Err(Problem::Malformed(
                "a frontier line has exactly \"type\", \"size\" and \"hashes\"".into(),
            )),
            (other, ..) => Err(Problem::Malformed(format!(
                "unknown line type {other:?} (expected \"event\", \"checkpoint\" or \"frontier\")"
            ))),
        }
    }

    /// A partial export's first line: the tree starts from it instead of empty. Nothing here
    /// can tell a wrong frontier: the next checkpoint's root does.
    fn check_frontier(&mut self, size: u64, hashes: &[String]) -> Result<(), Problem> {
        if self.report.lines != 1 {
            return Err(Problem::BadFrontier(
                "a frontier line may only be an export's first line".into(),
            ));
        }
        let hashes = hashes
            .iter()
            .map(|h| {
                Hash::from_hex(h)
                    .ok_or_else(|| Problem::BadFrontier(format!("{h:?} is not 64 hex digits")))
            })
            .collect::<Result<Vec<Hash>, Problem>>()?;
        self.log = MerkleLog::from_frontier(size, hashes)
            .map_err(|e| Problem::BadFrontier(e.to_string()))?;
        self.report.start = size;
        if let Some(kept) = &self.options.consistent_with {
            if kept.size < size {
                return Err(Problem::StartsAfterKept {
                    start: size,
                    kept_size: kept.size,
                });
            }
        }
        self.check_kept()
    }

    /// Compares the tree with the checkpoint kept from before, once it reaches its size.
    fn check_kept(&mut self) -> Result<(), Problem> {
        let Some(kept) = &self.options.consistent_with else {
            return Ok(());
        };
        if self.report.consistent_with_kept || self.log.size() != kept.size {
            return Ok(());
        }
        let computed = self.log.root();
        if computed != kept.root {
            return Err(Problem::Inconsistent {
                size: kept.size,
                computed,
                kept: kept.root,
            });
        }
        self.report.consistent_with_kept = true;
        Ok(())
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
        self.check_kept()
    }

    fn check_checkpoint(&mut self, note: &str) -> Result<(), Problem> {
        let cp: Checkpoint = self
            .key
            .open_checkpoint(note)
            .map_err(Problem::BadCheckpoint)?;
        let expected_origin = self
            .options
            .origin
            .as_ref()
            .or(self.options.consistent_with.as_ref().map(|k| &k.origin))
            .or(self.report.origin.as_ref());
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

    /// The tree over every event read so far (the unverified tail included): what a writer
    /// that just verified its own log appends to next.
    pub fn log(&self) -> &MerkleLog {
        &self.log
    }

    /// The report of everything read.
    pub fn finish(mut self) -> Verification {
        if self.report.failure.is_none() && !self.report.consistent_with_kept {
            if let Some(kept) = &self.options.consistent_with {
                // The tree passes size 0 before any line is read, so a kept checkpoint of the
                // empty log is compared here.
                let problem = if kept.size == 0 && self.report.start == 0 {
                    (kept.root != empty_root()).then(|| Problem::Inconsistent {
                        size: 0,
                        computed: empty_root(),
                        kept: kept.root,
                    })
                } else {
                    Some(Problem::EndsBeforeKept {
                        end: self.log.size(),
                        kept_size: kept.size,
                    })
                };
                self.report.consistent_with_kept = problem.is_none();
                if let Some(problem) = problem {
                    self.report.failure = Some(Failure {
                        line: self.report.lines,
                        problem,
                    });
                }
            }
        }
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
        let lines: Vec<&[u8]> = body.split(|&b| b == b'\n').collect();
        for block in lines.chunks(BLOCK_LINES) {
            if !v.push_lines(block) {
                break;
            }
        }
    }
    v.finish()
}

/// Bytes read before a block of lines is verified, and the size of each read.
const BLOCK: usize = 16 << 20;
const READ: usize = 1 << 20;
/// Lines verified as one block when the export is in memory.
const BLOCK_LINES: usize = 16 * 1024;
/// Below this many lines, hashing on other threads costs more than it saves.
const PARALLEL_LINES: usize = 256;

fn last_newline(bytes: &[u8]) -> Option<usize> {
    bytes.iter().rposition(|&b| b == b'\n')
}

/// For each line, its index and leaf hash when it is an event line in canonical form (see
/// `fast`), computed on up to as many threads as there are cores; `None` for any other line,
/// which the verifier reads the slow way.
fn canonical_leaves(lines: &[&[u8]]) -> Vec<Option<(u64, Hash)>> {
    let leaf = |line: &&[u8]| {
        crate::fast::canonical_event(line).map(|(index, entry)| (index, leaf_hash(entry)))
    };
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get().min(8));
    if threads < 2 || lines.len() < PARALLEL_LINES {
        return lines.iter().map(leaf).collect();
    }
    let per = lines.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let parts: Vec<_> = lines
            .chunks(per)
            .map(|part| {
                (
                    part,
                    scope.spawn(move || part.iter().map(leaf).collect::<Vec<_>>()),
                )
            })
            .collect();
        parts
            .into_iter()
            // A thread that could not finish leaves its lines to the slow way.
            .flat_map(|(part, handle)| handle.join().unwrap_or_else(|_| vec![None; part.len()]))
            .collect()
    })
}
