//! Reading the stored audit log (any [`LineStore`]) without the writer: lines from a byte offset, the first event
//! at or after a time, the tree state before an event, and proofs — all in one pass or a few
//! seeks, in memory that does not grow with the log.
//!
//! Readers stop at a [`Snapshot`]'s length: the writer keeps appending past it, and every byte
//! before it is a whole, synced line ending with a checkpoint.
//!
//! Leaves are hashed from the stored lines as the writer wrote them (`event_line`: the entry in
//! canonical form), so no entry is parsed on the way; a line in any other shape is parsed and
//! canonicalised like a verifier does.

use std::borrow::Cow;
use std::io::{self, BufRead, BufReader, Read};

use logveil_audit::{
    leaf_hash, ConsistencyProof, Entry, InclusionProof, MerkleLog, ProofBuilder, SignedHead,
};
use serde::Deserialize;

use super::{LineStore, Snapshot};

/// How far out of time order events may be stored: events are appended as they happen, but a
/// request's clock reading and its turn at the writer can be a little apart. Time searches
/// look this much further back, then filter exactly.
pub const SKEW_NANOS: i64 = 60 * 1_000_000_000;

/// Below this span the time search stops bisecting and reads on.
const BISECT_WINDOW: u64 = 64 << 10;

/// Why the stored log could not answer.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("reading the audit log: {0}")]
    Io(#[from] io::Error),
    #[error("the audit log does not parse at byte {offset}: {why}")]
    Corrupt { offset: u64, why: String },
    #[error("no event {index}: the log holds {size} events, 0 to {}", size.saturating_sub(1))]
    UnknownEvent { index: u64, size: u64 },
    #[error("no checkpoint of size {size} was written to the log")]
    UnknownCheckpoint { size: u64 },
    #[error("{0}")]
    InvalidRange(String),
}

/// One stored line, as far as readers need it.
#[derive(Debug)]
pub enum Line<'a> {
    /// An event: its index and the canonical bytes its leaf hash is taken over.
    Event {
        index: u64,
        entry: Cow<'a, [u8]>,
    },
    Checkpoint {
        note: String,
        size: u64,
    },
}

impl Line<'_> {
    fn leaf(&self) -> Option<(u64, logveil_audit::Hash)> {
        match self {
            Line::Event { index, entry } => Some((*index, leaf_hash(entry))),
            Line::Checkpoint { .. } => None,
        }
    }
}

#[derive(Deserialize)]
struct RawLine {
    #[serde(rename = "type")]
    kind: String,
    index: Option<u64>,
    entry: Option<logveil_audit::Value>,
    note: Option<String>,
}

const EVENT_PREFIX: &[u8] = b"{\"type\":\"event\",\"index\":";
const ENTRY_KEY: &[u8] = b",\"entry\":";

/// Reads one line (without its newline) that starts at byte `offset`.
pub fn classify(offset: u64, line: &[u8]) -> Result<Line<'_>, ReadError> {
    if let Some(rest) = line.strip_prefix(EVENT_PREFIX) {
        let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
        let index = std::str::from_utf8(&rest[..digits])
            .ok()
            .and_then(|d| d.parse::<u64>().ok());
        let entry = rest[digits..]
            .strip_prefix(ENTRY_KEY)
            .and_then(|e| e.strip_suffix(b"}"));
        if let (Some(index), Some(entry)) = (index, entry) {
            return Ok(Line::Event {
                index,
                entry: Cow::Borrowed(entry),
            });
        }
    }
    let corrupt = |why: String| ReadError::Corrupt { offset, why };
    let raw: RawLine = serde_json::from_slice(line).map_err(|e| corrupt(e.to_string()))?;
    match (raw.kind.as_str(), raw.index, raw.entry, raw.note) {
        ("event", Some(index), Some(entry), None) => {
            let entry = Entry::new(entry).map_err(|e| corrupt(e.to_string()))?;
            Ok(Line::Event {
                index,
                entry: Cow::Owned(entry.canonical().to_vec()),
            })
        }
        ("checkpoint", None, None, Some(note)) => {
            let size = checkpoint_size(&note).map_err(corrupt)?;
            Ok(Line::Checkpoint { note, size })
        }
        (kind, ..) => Err(corrupt(format!("a {kind:?} line in the stored log"))),
    }
}

/// The size a checkpoint note claims (its signature was checked when the log was opened).
fn checkpoint_size(note: &str) -> Result<u64, String> {
    let n = logveil_audit::Note::parse(note).map_err(|e| e.to_string())?;
    logveil_audit::Checkpoint::parse_text(&n.text)
        .map(|c| c.size)
        .map_err(|e| e.to_string())
}

/// An event's time in nanoseconds: `time` as integer milliseconds since the epoch (OCSF) or
/// as RFC 3339 text (entries written before it). `None` when neither.
pub fn event_time(entry: &[u8]) -> Option<i64> {
    #[derive(Deserialize)]
    struct Timed {
        time: Option<TimeField>,
    }
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum TimeField {
        Millis(i64),
        Text(String),
    }
    match serde_json::from_slice::<Timed>(entry).ok()?.time? {
        TimeField::Millis(ms) => ms.checked_mul(1_000_000),
        TimeField::Text(t) => logveil_core::Timestamp::parse_rfc3339(&t)
            .ok()
            .map(|t| t.as_nanos()),
    }
}

/// Whole lines of the file between two byte offsets.
pub struct Lines {
    reader: BufReader<Box<dyn Read + Send>>,
    pos: u64,
    buf: Vec<u8>,
}

impl Lines {
    /// Lines from `start` (a line start) to `end`.
    pub fn open(store: &dyn LineStore, start: u64, end: u64, buffer: usize) -> io::Result<Lines> {
        Ok(Lines {
            reader: BufReader::with_capacity(buffer, store.read_range(start, end.max(start))?),
            pos: start,
            buf: Vec::new(),
        })
    }

    /// Lines from the first line start at or after `at`.
    pub fn open_after(store: &dyn LineStore, at: u64, end: u64) -> io::Result<Lines> {
        if at == 0 {
            return Lines::open(store, 0, end, 8 << 10);
        }
        // The byte before `at` tells whether `at` starts a line; else skip to the next one.
        let mut lines = Lines::open(store, at - 1, end, 8 << 10)?;
        lines.buf.clear();
        let n = lines.reader.read_until(b'\n', &mut lines.buf)?;
        lines.pos += n as u64;
        Ok(lines)
    }

    /// The next line's start offset and bytes (without the newline), or `None` at the end.
    pub fn next_line(&mut self) -> io::Result<Option<(u64, &[u8])>> {
        self.buf.clear();
        let n = self.reader.read_until(b'\n', &mut self.buf)?;
        if n == 0 {
            return Ok(None);
        }
        let start = self.pos;
        self.pos += n as u64;
        let line = self.buf.strip_suffix(b"\n").unwrap_or(&self.buf);
        Ok(Some((start, line)))
    }

    /// Where the next line starts.
    pub fn position(&self) -> u64 {
        self.pos
    }
}

impl std::fmt::Debug for Lines {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lines").field("pos", &self.pos).finish()
    }
}

/// The last checkpoint in the first `len` bytes: the one a snapshot ends with.
fn last_checkpoint(store: &dyn LineStore, len: u64) -> Result<(String, u64), ReadError> {
    // Checkpoint lines are a few hundred bytes; this reads back far enough for any.
    let from = len.saturating_sub(16 << 10);
    let mut lines = Lines::open_after(store, from, len)?;
    let mut last = None;
    while let Some((offset, line)) = lines.next_line()? {
        if let Line::Checkpoint { note, size } = classify(offset, line)? {
            last = Some((note, size, offset));
        } else {
            last = None;
        }
    }
    match last {
        Some((note, size, _)) => Ok((note, size)),
        None => Err(ReadError::Corrupt {
            offset: len,
            why: "the log does not end with a checkpoint after one was written".into(),
        }),
    }
}

/// Calls `each(offset, line)` on every line in `start..end`, checking that event indexes run
/// on from `first_index`, until it returns false.
fn scan(
    store: &dyn LineStore,
    start: u64,
    end: u64,
    first_index: u64,
    mut each: impl FnMut(u64, &Line<'_>) -> Result<bool, ReadError>,
) -> Result<(), ReadError> {
    let mut lines = Lines::open(store, start, end, 256 << 10)?;
    let mut next = first_index;
    while let Some((offset, bytes)) = lines.next_line()? {
        let line = classify(offset, bytes)?;
        if let Line::Event { index, .. } = line {
            if index != next {
                return Err(ReadError::Corrupt {
                    offset,
                    why: format!("event index {index}, expected {next}"),
                });
            }
            next += 1;
        }
        if !each(offset, &line)? {
            break;
        }
    }
    Ok(())
}

/// Event `index`, its audit path to the snapshot's checkpoint, and that checkpoint.
pub fn inclusion(
    store: &dyn LineStore,
    snap: Snapshot,
    index: u64,
) -> Result<InclusionProof, ReadError> {
    if index >= snap.size {
        return Err(ReadError::UnknownEvent {
            index,
            size: snap.size,
        });
    }
    let (checkpoint, size) = last_checkpoint(store, snap.len)?;
    let mut builder = ProofBuilder::inclusion(index, size).map_err(|e| corrupt_at(snap, e))?;
    let mut entry = None;
    scan(store, 0, snap.len, 0, |offset, line| {
        if let Some((i, leaf)) = line.leaf() {
            builder.push(leaf);
            if i == index {
                if let Line::Event { entry: bytes, .. } = line {
                    entry = Some(Entry::parse(bytes).map_err(|e| ReadError::Corrupt {
                        offset,
                        why: e.to_string(),
                    })?);
                }
            }
            return Ok(i + 1 < size);
        }
        Ok(true)
    })?;
    let entry = entry.ok_or(ReadError::UnknownEvent {
        index,
        size: snap.size,
    })?;
    let proof = builder.finish().map_err(|e| corrupt_at(snap, e))?;
    Ok(InclusionProof {
        index,
        entry,
        size,
        proof,
        checkpoint,
    })
}

/// The proof that the checkpoint of size `new` (default: the snapshot's) extends the one of
/// size `old`; both must be checkpoints the log holds.
pub fn consistency(
    store: &dyn LineStore,
    snap: Snapshot,
    old: u64,
    new: Option<u64>,
) -> Result<ConsistencyProof, ReadError> {
    let new = new.unwrap_or(snap.size);
    if old > new {
        return Err(ReadError::InvalidRange(format!(
            "from ({old}) is larger than to ({new}): a log only grows"
        )));
    }
    if new > snap.size {
        return Err(ReadError::UnknownCheckpoint { size: new });
    }
    let mut builder = ProofBuilder::consistency(old, new).map_err(|e| corrupt_at(snap, e))?;
    let (mut old_note, mut new_note) = (None, None);
    scan(store, 0, snap.len, 0, |_, line| {
        match line {
            Line::Event { .. } => {
                if let Some((_, leaf)) = line.leaf() {
                    builder.push(leaf);
                }
            }
            Line::Checkpoint { note, size } => {
                if *size == old && old_note.is_none() {
                    old_note = Some(note.clone());
                }
                if *size == new && new_note.is_none() {
                    new_note = Some(note.clone());
                }
            }
        }
        // The checkpoint of size `new` follows every leaf the proof needs.
        Ok(new_note.is_none())
    })?;
    let old_note = old_note.ok_or(ReadError::UnknownCheckpoint { size: old })?;
    let new_note = new_note.ok_or(ReadError::UnknownCheckpoint { size: new })?;
    let proof = builder.finish().map_err(|e| corrupt_at(snap, e))?;
    Ok(ConsistencyProof {
        from: SignedHead {
            size: old,
            checkpoint: old_note,
        },
        to: SignedHead {
            size: new,
            checkpoint: new_note,
        },
        proof,
    })
}

fn corrupt_at(snap: Snapshot, e: logveil_audit::AuditError) -> ReadError {
    ReadError::Corrupt {
        offset: snap.len,
        why: e.to_string(),
    }
}

/// What a ranged export sends: the tree before its first event (when it does not start at
/// event 0), then the file's bytes `start..end`, which end with a checkpoint.
#[derive(Debug)]
pub struct ExportPlan {
    pub frontier: Option<MerkleLog>,
    pub start: u64,
    pub end: u64,
}

/// The lines of a ranged export: from the first event at or after `from` through the last
/// event at or before `to`, then on to the next checkpoint so every event in it is signed.
/// Times are nanoseconds since the epoch; `None` is the log's start or end.
pub fn plan_export(
    store: &dyn LineStore,
    snap: Snapshot,
    from: Option<i64>,
    to: Option<i64>,
) -> Result<ExportPlan, ReadError> {
    let (start, start_index) = match from {
        None => (0, 0),
        Some(from) => first_event_from(store, snap, from)?,
    };
    let frontier = if start_index == 0 {
        None
    } else {
        let mut log = MerkleLog::new();
        scan(store, 0, start, 0, |_, line| {
            if let Some((_, leaf)) = line.leaf() {
                log.push(leaf);
            }
            Ok(true)
        })?;
        if log.size() != start_index {
            return Err(ReadError::Corrupt {
                offset: start,
                why: format!("{} events before event {start_index}", log.size()),
            });
        }
        Some(log)
    };
    let end = match to {
        None => snap.len,
        Some(to) => {
            let last = end_of_last_event_until(store, snap, start, to)?;
            end_of_next_checkpoint(store, snap, last)?
        }
    };
    Ok(ExportPlan {
        frontier,
        start,
        end: end.max(start),
    })
}

/// The offset and index of the first event whose time is at or after `from`; when there is
/// none, the offset of the snapshot's last checkpoint (and the log's size), so the export is
/// the frontier and the checkpoint that signs it.
fn first_event_from(
    store: &dyn LineStore,
    snap: Snapshot,
    from: i64,
) -> Result<(u64, u64), ReadError> {
    let lo = lower_bound(store, snap.len, from.saturating_sub(SKEW_NANOS))?;
    let mut lines = Lines::open(store, lo, snap.len, 64 << 10)?;
    let mut last_checkpoint = None;
    while let Some((offset, bytes)) = lines.next_line()? {
        match classify(offset, bytes)? {
            Line::Event { index, entry } => {
                if event_time(&entry).is_some_and(|t| t >= from) {
                    return Ok((offset, index));
                }
            }
            Line::Checkpoint { .. } => last_checkpoint = Some(offset),
        }
    }
    match last_checkpoint {
        Some(offset) => Ok((offset, snap.size)),
        None => Ok((snap.len, snap.size)),
    }
}

/// The end offset of the last event at or before `to` (reading from `start`); `start` when
/// there is none after it.
fn end_of_last_event_until(
    store: &dyn LineStore,
    snap: Snapshot,
    start: u64,
    to: i64,
) -> Result<u64, ReadError> {
    let lo = lower_bound(store, snap.len, to.saturating_sub(SKEW_NANOS))?.max(start);
    let mut lines = Lines::open(store, lo, snap.len, 64 << 10)?;
    let mut last = lo;
    while let Some((offset, bytes)) = lines.next_line()? {
        if let Line::Event { entry, .. } = classify(offset, bytes)? {
            match event_time(&entry) {
                Some(t) if t <= to => last = lines.position(),
                // Past the skew no earlier event can follow.
                Some(t) if t > to.saturating_add(SKEW_NANOS) => break,
                _ => {}
            }
        }
    }
    Ok(last)
}

/// The end offset of the first checkpoint line at or after `at`.
fn end_of_next_checkpoint(
    store: &dyn LineStore,
    snap: Snapshot,
    at: u64,
) -> Result<u64, ReadError> {
    let mut lines = Lines::open(store, at, snap.len, 64 << 10)?;
    while let Some((offset, bytes)) = lines.next_line()? {
        if let Line::Checkpoint { .. } = classify(offset, bytes)? {
            return Ok(lines.position());
        }
    }
    Ok(snap.len)
}

/// A line start at or before the first event whose time is at least `target`, found by
/// bisecting byte offsets: every event before it is earlier than `target`, as far as the
/// events are in time order. Callers read on from it to filter exactly.
pub fn lower_bound(store: &dyn LineStore, len: u64, target: i64) -> Result<u64, ReadError> {
    let (mut lo, mut hi) = (0u64, len);
    while hi - lo > BISECT_WINDOW {
        let mid = lo + (hi - lo) / 2;
        let mut lines = Lines::open_after(store, mid, hi)?;
        let mut probe = None;
        while let Some((offset, bytes)) = lines.next_line()? {
            if let Line::Event { entry, .. } = classify(offset, bytes)? {
                let time = event_time(&entry);
                probe = Some((offset, lines.position(), time));
                break;
            }
        }
        match probe {
            Some((start, _, Some(t))) if t >= target => hi = start,
            Some((_, end, Some(_))) => lo = end,
            // Only checkpoints up to `hi`, or an event without a time: read on from `lo`.
            _ => break,
        }
    }
    Ok(lo)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

    use logveil_audit::{checkpoint_line, event_line, Checkpoint, Signer};

    use super::*;

    const MS: i64 = 1_000_000;

    #[test]
    fn times_read_as_milliseconds_or_rfc3339() {
        assert_eq!(
            event_time(br#"{"time":1700000000123}"#),
            Some(1_700_000_000_123 * MS)
        );
        assert_eq!(
            event_time(br#"{"actor":"a","time":"1970-01-01T00:00:01Z","time_dt":"x"}"#),
            Some(1_000_000_000)
        );
        assert_eq!(event_time(br#"{"time":"yesterday"}"#), None);
        assert_eq!(event_time(br#"{"actor":"a"}"#), None);
        assert_eq!(event_time(b"not json"), None);
    }

    /// A stored log of `n` events a second apart (integer milliseconds, as OCSF writes them),
    /// each tenth written up to `skew` seconds early, with a checkpoint after every 100.
    fn stored(n: u64, skew: i64) -> (tempfile::TempDir, Snapshot, Vec<i64>) {
        let dir = tempfile::tempdir().unwrap();
        let signer = Signer::new("logveil/audit", &[3; 32]).unwrap();
        let mut log = MerkleLog::new();
        let mut text = String::new();
        let mut times = Vec::new();
        for i in 0..n {
            let early = if i % 10 == 9 { skew } else { 0 };
            let t = (1_000_000 + i as i64 - early) * 1000;
            times.push(t * MS);
            let e =
                Entry::parse(format!(r#"{{"time":{t},"pad":"{}"}}"#, "x".repeat(200)).as_bytes())
                    .unwrap();
            text += &event_line(log.push_entry(&e), &e);
            text.push('\n');
            if (i + 1) % 100 == 0 || i + 1 == n {
                let cp = Checkpoint::new("logveil/audit", log.size(), log.root());
                text += &checkpoint_line(&signer.sign_checkpoint(&cp).unwrap());
                text.push('\n');
            }
        }
        std::fs::write(dir.path().join("audit.jsonl"), &text).unwrap();
        let snap = Snapshot {
            len: text.len() as u64,
            size: n,
        };
        (dir, snap, times)
    }

    #[test]
    fn a_time_range_is_found_by_bisection_despite_a_little_skew() {
        let (dir, snap, times) = stored(3000, 30);
        let store = crate::audit::FileStore::open(&dir.path().join("audit.jsonl")).unwrap();
        assert!(
            snap.len > 8 * BISECT_WINDOW,
            "the file is large enough to bisect"
        );
        for (from, to) in [(0, 0), (1234, 1500), (2999, 2999), (5, 2000), (1999, 2001)] {
            let plan = plan_export(&store, snap, Some(times[from]), Some(times[to])).unwrap();
            // The first event at or after `from` by time, whatever its place.
            let want = (0..3000).find(|&i| times[i] >= times[from]).unwrap() as u64;
            let start = plan.frontier.as_ref().map_or(0, MerkleLog::size);
            assert_eq!(start, want, "{from}..{to}");
            let mut lines = Lines::open(&store, plan.start, plan.end, 1 << 16).unwrap();
            let mut indexes = Vec::new();
            let mut last = None;
            while let Some((offset, bytes)) = lines.next_line().unwrap() {
                last = Some(match classify(offset, bytes).unwrap() {
                    Line::Event { index, .. } => {
                        indexes.push(index);
                        "event"
                    }
                    Line::Checkpoint { .. } => "checkpoint",
                });
            }
            assert_eq!(last, Some("checkpoint"), "ends with a checkpoint");
            assert_eq!(indexes.first().copied(), Some(want));
            // Every event at or before `to` is in it, and it stops at the next checkpoint.
            let last_wanted = (0..3000).rev().find(|&i| times[i] <= times[to]).unwrap() as u64;
            let end = indexes.last().copied().unwrap();
            assert!(
                end >= last_wanted && end < (last_wanted / 100 + 1) * 100,
                "{from}..{to}: {end}"
            );
            assert_eq!(indexes, (want..=end).collect::<Vec<_>>());
        }
    }
}
