//! The write-ahead log: a batch is acknowledged once its records are here and synced, before
//! any index sees them. After a crash, entries newer than what the indexes committed are
//! replayed; a torn entry at the very end (the write the crash interrupted, never acknowledged)
//! is cut off.
//!
//! On disk: segment files `<first seq, 20 digits>.wal`, each a run of entries
//! `len: u32 LE ‖ crc32(seq ‖ payload): u32 LE ‖ seq: u64 LE ‖ payload`. Sequence numbers are
//! consecutive across segments; whole segments are deleted once every index has committed past
//! their last entry.

use std::fs::{File, OpenOptions};
use std::io::{BufWriter, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use crate::StoreError;

const HEADER: usize = 16;
/// An entry larger than this is corruption, not data: records are limited far below it.
const MAX_ENTRY: u32 = 64 << 20;
const SEGMENT_BYTES: u64 = 64 << 20;

#[derive(Debug)]
pub struct Wal {
    dir: PathBuf,
    out: BufWriter<File>,
    out_len: u64,
    next_seq: u64,
    /// First sequence number of each segment, oldest first; the last is being written.
    segments: Vec<u64>,
}

fn segment_path(dir: &Path, first: u64) -> PathBuf {
    dir.join(format!("{first:020}.wal"))
}

fn crc(seq: u64, payload: &[u8]) -> u32 {
    let mut h = crc32fast::Hasher::new();
    h.update(&seq.to_le_bytes());
    h.update(payload);
    h.finalize()
}

impl Wal {
    /// Opens the log in `dir` (created if absent), calling `replay(seq, payload)` for every
    /// entry with `seq > after`, in order. `after` is the last sequence number every index has
    /// committed; new entries continue after the highest of it and what the log holds.
    pub fn open(
        dir: &Path,
        after: u64,
        mut replay: impl FnMut(u64, &[u8]) -> Result<(), StoreError>,
    ) -> Result<Self, StoreError> {
        std::fs::create_dir_all(dir).map_err(|e| StoreError::io(dir, e))?;
        let mut segments: Vec<u64> = std::fs::read_dir(dir)
            .map_err(|e| StoreError::io(dir, e))?
            .filter_map(|e| e.ok())
            .filter_map(|e| {
                let name = e.file_name();
                let name = name.to_str()?;
                name.strip_suffix(".wal")?.parse::<u64>().ok()
            })
            .collect();
        segments.sort_unstable();
        let mut next_seq = after + 1;
        let mut expected: Option<u64> = None;
        let count = segments.len();
        let mut last_len = 0;
        for (i, &first) in segments.iter().enumerate() {
            let path = segment_path(dir, first);
            let is_last = i + 1 == count;
            let mut bytes = Vec::new();
            File::open(&path)
                .and_then(|mut f| f.read_to_end(&mut bytes))
                .map_err(|e| StoreError::io(&path, e))?;
            let mut pos = 0usize;
            let valid_end = loop {
                match read_entry(&bytes, pos) {
                    Some((seq, payload, next)) => {
                        if expected.is_some_and(|x| x != seq) {
                            return Err(StoreError::Corrupt(format!(
                                "{}: entry {seq} follows {}; the log has a gap",
                                path.display(),
                                expected.unwrap_or(0).saturating_sub(1)
                            )));
                        }
                        if seq > after {
                            replay(seq, payload)?;
                        }
                        expected = Some(seq + 1);
                        pos = next;
                    }
                    None => break pos,
                }
            };
            if valid_end < bytes.len() {
                if !is_last {
                    return Err(StoreError::Corrupt(format!(
                        "{}: damaged entry at byte {valid_end} in a sealed segment; acknowledged records \
                         would be lost, so logveil will not start. Restore the file from backup or move it \
                         aside to accept the loss",
                        path.display()
                    )));
                }
                // The torn tail of the last write before a crash: it was never acknowledged.
                let f = OpenOptions::new()
                    .write(true)
                    .open(&path)
                    .map_err(|e| StoreError::io(&path, e))?;
                f.set_len(valid_end as u64)
                    .map_err(|e| StoreError::io(&path, e))?;
                f.sync_all().map_err(|e| StoreError::io(&path, e))?;
            }
            if is_last {
                last_len = valid_end as u64;
            }
        }
        if let Some(x) = expected {
            next_seq = next_seq.max(x);
        }
        // An empty last segment still names the next number: never reuse one.
        if let Some(&first) = segments.last() {
            next_seq = next_seq.max(first);
        }
        let (out, out_len) = match segments.last() {
            Some(&first) => {
                let path = segment_path(dir, first);
                let mut f = OpenOptions::new()
                    .append(true)
                    .open(&path)
                    .map_err(|e| StoreError::io(&path, e))?;
                f.seek(SeekFrom::End(0))
                    .map_err(|e| StoreError::io(&path, e))?;
                (f, last_len)
            }
            None => {
                let f = create_segment(dir, next_seq)?;
                segments.push(next_seq);
                (f, 0)
            }
        };
        Ok(Self {
            dir: dir.to_owned(),
            out: BufWriter::with_capacity(1 << 20, out),
            out_len,
            next_seq,
            segments,
        })
    }

    /// The sequence number the next appended entry gets.
    pub fn next_seq(&self) -> u64 {
        self.next_seq
    }

    /// Makes the next sequence number at least `seq`.
    pub fn skip_to(&mut self, seq: u64) {
        self.next_seq = self.next_seq.max(seq);
    }

    /// Appends one entry with the next sequence number and returns it. Not durable until
    /// [`Wal::sync`].
    pub fn append(&mut self, payload: &[u8]) -> Result<u64, StoreError> {
        let len = u32::try_from(payload.len())
            .ok()
            .filter(|&l| l <= MAX_ENTRY)
            .ok_or_else(|| {
                StoreError::Encoding("record larger than the log's 64 MiB entry limit".into())
            })?;
        if self.out_len >= SEGMENT_BYTES {
            self.roll()?;
        }
        let seq = self.next_seq;
        let mut header = [0u8; HEADER];
        header[..4].copy_from_slice(&len.to_le_bytes());
        header[4..8].copy_from_slice(&crc(seq, payload).to_le_bytes());
        header[8..].copy_from_slice(&seq.to_le_bytes());
        let io = |e| StoreError::io(&self.dir, e);
        self.out.write_all(&header).map_err(io)?;
        self.out.write_all(payload).map_err(io)?;
        self.out_len += (HEADER + payload.len()) as u64;
        self.next_seq += 1;
        Ok(seq)
    }

    /// Flushes and fsyncs: everything appended so far survives a crash once this returns.
    pub fn sync(&mut self) -> Result<(), StoreError> {
        self.out.flush().map_err(|e| StoreError::io(&self.dir, e))?;
        self.out
            .get_ref()
            .sync_data()
            .map_err(|e| StoreError::io(&self.dir, e))
    }

    fn roll(&mut self) -> Result<(), StoreError> {
        self.sync()?;
        let f = create_segment(&self.dir, self.next_seq)?;
        self.out = BufWriter::with_capacity(1 << 20, f);
        self.out_len = 0;
        self.segments.push(self.next_seq);
        Ok(())
    }

    /// Deletes the segments whose every entry is `<= seq` (committed to the indexes).
    pub fn truncate_through(&mut self, seq: u64) -> Result<(), StoreError> {
        // A segment's last entry is one before the next segment's first; the segment being
        // written is never deleted.
        while self.segments.len() > 1 && self.segments[1] <= seq + 1 {
            let path = segment_path(&self.dir, self.segments[0]);
            std::fs::remove_file(&path).map_err(|e| StoreError::io(&path, e))?;
            self.segments.remove(0);
        }
        Ok(())
    }
}

fn create_segment(dir: &Path, first: u64) -> Result<File, StoreError> {
    let path = segment_path(dir, first);
    let f = OpenOptions::new()
        .create(true)
        .append(true)
        .open(&path)
        .map_err(|e| StoreError::io(&path, e))?;
    // The new file's directory entry must survive a crash too.
    File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(|e| StoreError::io(dir, e))?;
    Ok(f)
}

/// The entry at `pos`, if whole and intact: (seq, payload, next position).
fn read_entry(bytes: &[u8], pos: usize) -> Option<(u64, &[u8], usize)> {
    let header = bytes.get(pos..pos + HEADER)?;
    let len = u32::from_le_bytes(header[..4].try_into().ok()?);
    if len > MAX_ENTRY {
        return None;
    }
    let sum = u32::from_le_bytes(header[4..8].try_into().ok()?);
    let seq = u64::from_le_bytes(header[8..].try_into().ok()?);
    let end = pos + HEADER + len as usize;
    let payload = bytes.get(pos + HEADER..end)?;
    (crc(seq, payload) == sum).then_some((seq, payload, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn collect(dir: &Path, after: u64) -> (Wal, Vec<(u64, Vec<u8>)>) {
        let mut got = Vec::new();
        let wal = Wal::open(dir, after, |s, p| {
            got.push((s, p.to_vec()));
            Ok(())
        })
        .unwrap();
        (wal, got)
    }

    #[test]
    fn entries_replay_after_the_committed_point() {
        let dir = tempfile::tempdir().unwrap();
        let (mut w, got) = collect(dir.path(), 0);
        assert!(got.is_empty());
        for i in 0..5u8 {
            assert_eq!(w.append(&[i; 3]).unwrap(), u64::from(i) + 1);
        }
        w.sync().unwrap();
        drop(w);
        let (w, got) = collect(dir.path(), 2);
        assert_eq!(got.iter().map(|g| g.0).collect::<Vec<_>>(), vec![3, 4, 5]);
        assert_eq!(got[0].1, vec![2, 2, 2]);
        assert_eq!(w.next_seq(), 6);
    }

    #[test]
    fn torn_tail_is_cut_and_writing_goes_on() {
        let dir = tempfile::tempdir().unwrap();
        let (mut w, _) = collect(dir.path(), 0);
        w.append(b"one").unwrap();
        w.append(b"two").unwrap();
        w.sync().unwrap();
        drop(w);
        let seg = segment_path(dir.path(), 1);
        let mut f = OpenOptions::new().append(true).open(&seg).unwrap();
        f.write_all(&[9, 0, 0, 0, 1, 2]).unwrap();
        drop(f);
        let (mut w, got) = collect(dir.path(), 0);
        assert_eq!(got.len(), 2);
        assert_eq!(w.append(b"three").unwrap(), 3);
        w.sync().unwrap();
        drop(w);
        let (_, got) = collect(dir.path(), 0);
        assert_eq!(got.last().unwrap(), &(3, b"three".to_vec()));
    }

    #[test]
    fn committed_point_past_the_log_continues_numbering() {
        let dir = tempfile::tempdir().unwrap();
        let (w, _) = collect(dir.path(), 41);
        assert_eq!(w.next_seq(), 42);
    }

    #[test]
    fn damage_inside_an_older_segment_refuses_to_open() {
        let dir = tempfile::tempdir().unwrap();
        let (mut w, _) = collect(dir.path(), 0);
        w.append(b"aaaa").unwrap();
        w.roll().unwrap();
        w.append(b"bbbb").unwrap();
        w.sync().unwrap();
        drop(w);
        let seg = segment_path(dir.path(), 1);
        let mut bytes = std::fs::read(&seg).unwrap();
        let last = bytes.len() - 1;
        bytes[last] ^= 0xff;
        std::fs::write(&seg, bytes).unwrap();
        let err = Wal::open(dir.path(), 0, |_, _| Ok(()))
            .unwrap_err()
            .to_string();
        assert!(err.contains("will not start"), "{err}");
    }

    #[test]
    fn truncation_keeps_the_segment_being_written() {
        let dir = tempfile::tempdir().unwrap();
        let (mut w, _) = collect(dir.path(), 0);
        w.append(b"a").unwrap();
        w.roll().unwrap();
        w.append(b"b").unwrap();
        w.roll().unwrap();
        w.sync().unwrap();
        w.truncate_through(1).unwrap();
        assert_eq!(w.segments, vec![2, 3]);
        w.truncate_through(99).unwrap();
        assert_eq!(w.segments, vec![3]);
        drop(w);
        let (w, got) = collect(dir.path(), 2);
        assert!(got.is_empty());
        assert_eq!(w.next_seq(), 3);
    }
}
