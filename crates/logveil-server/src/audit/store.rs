//! Where the audit log's lines are kept: the one storage interface under [`AuditLog`].
//!
//! The log is a sequence of whole lines (events and checkpoints, in the export format),
//! addressed by byte offset in the stream they make together. Everything above this trait —
//! the writer, verification at start, search, bisection by time, proofs, ranged exports — asks
//! only for "append these lines durably" and "read bytes `start..end`", so a backend is a
//! small thing to add. The embedded backend is a file ([`FileStore`]); a PostgreSQL backend
//! keeps one row per line keyed by its offset (`offset bigint primary key, line bytea`),
//! commits each append in one transaction, and serves a range from the rows that overlap it.
//! Byte offsets, rather than row numbers, keep search cursors and bisection the same on both.
//!
//! The contract every backend meets (and [`conformance`] checks):
//! - `append` takes whole lines, each ending in `\n`, and returns only once they are durable;
//!   when it fails, none of them is kept and the next append follows the last whole line;
//! - `len` is the offset after the last durable line; it only grows;
//! - `read_range(start, end)` yields exactly the bytes `start..end` for any `start ≤ end ≤
//!   len`, also while appends go on, and refuses a range past `len`.
//!
//! [`AuditLog`]: super::AuditLog

use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

/// Storage for the audit log's lines; see the module documentation for the contract.
pub trait LineStore: Send + Sync + std::fmt::Debug {
    /// The offset after the last durable line.
    fn len(&self) -> u64;

    /// Whether nothing has been stored yet.
    fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Appends whole lines and makes them durable; on an error nothing of them is kept.
    fn append(&self, lines: &[u8]) -> io::Result<()>;

    /// The bytes `start..end` of the stored lines.
    fn read_range(&self, start: u64, end: u64) -> io::Result<Box<dyn Read + Send>>;

    /// Where the lines are, for messages.
    fn location(&self) -> String;
}

/// Refuses a range a store cannot serve.
fn check_range(start: u64, end: u64, len: u64) -> io::Result<()> {
    if start > end || end > len {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("audit range {start}..{end} is outside the stored {len} bytes"),
        ));
    }
    Ok(())
}

/// The embedded backend: one append-only file (`DIR/audit.jsonl`), synced at every append.
#[derive(Debug)]
pub struct FileStore {
    path: PathBuf,
    /// The writer's handle (opened for append).
    file: Mutex<std::fs::File>,
    /// Bytes of whole, synced lines: readers stop here, and a failed append is cut back to it.
    len: AtomicU64,
}

impl FileStore {
    /// Opens (or creates, mode 0600) the file and cuts off a partial last line a crash left
    /// between write and sync: it was never acknowledged, so the action it recorded did not
    /// happen.
    pub fn open(path: &Path) -> io::Result<FileStore> {
        let mut opts = std::fs::OpenOptions::new();
        opts.create(true).read(true).append(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            opts.mode(0o600);
        }
        let mut file = opts.open(path)?;
        let len = file.metadata()?.len();
        let whole = end_of_last_line(&mut file, len)?;
        if whole < len {
            file.set_len(whole)?;
            file.sync_all()?;
        }
        Ok(FileStore {
            path: path.to_owned(),
            file: Mutex::new(file),
            len: AtomicU64::new(whole),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// The offset just after the last `\n` in the first `len` bytes (0 when there is none),
/// read backwards a block at a time.
fn end_of_last_line(file: &mut std::fs::File, len: u64) -> io::Result<u64> {
    const BLOCK: u64 = 64 << 10;
    let mut end = len;
    let mut buf = vec![0u8; BLOCK as usize];
    while end > 0 {
        let start = end.saturating_sub(BLOCK);
        let chunk = &mut buf[..(end - start) as usize];
        file.seek(SeekFrom::Start(start))?;
        file.read_exact(chunk)?;
        if let Some(i) = memchr::memrchr(b'\n', chunk) {
            return Ok(start + i as u64 + 1);
        }
        end = start;
    }
    Ok(0)
}

impl LineStore for FileStore {
    fn len(&self) -> u64 {
        self.len.load(Ordering::Acquire)
    }

    fn append(&self, lines: &[u8]) -> io::Result<()> {
        if lines.last().is_some_and(|&b| b != b'\n') {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                "audit lines must end with a newline",
            ));
        }
        let mut file = self
            .file
            .lock()
            .map_err(|_| io::Error::other("audit file lock poisoned"))?;
        let len = self.len.load(Ordering::Acquire);
        let written = file.write_all(lines).and_then(|()| file.sync_data());
        match written {
            Ok(()) => {
                self.len.store(len + lines.len() as u64, Ordering::Release);
                Ok(())
            }
            Err(e) => {
                // A later append must never follow a torn line.
                let _ = file.set_len(len);
                Err(e)
            }
        }
    }

    fn read_range(&self, start: u64, end: u64) -> io::Result<Box<dyn Read + Send>> {
        check_range(start, end, self.len())?;
        let mut file = std::fs::File::open(&self.path)?;
        file.seek(SeekFrom::Start(start))?;
        Ok(Box::new(file.take(end - start)))
    }

    fn location(&self) -> String {
        self.path.display().to_string()
    }
}

/// The contract every [`LineStore`] meets, checked against a fresh, empty store made by
/// `fresh` and reopened by `reopen` (the same storage, a new handle). Panics on a breach:
/// for the backends' tests.
#[cfg(any(test, feature = "conformance"))]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
pub fn conformance<S: LineStore>(fresh: impl FnOnce() -> S, reopen: impl Fn() -> S) {
    let read = |s: &S, a: u64, b: u64| {
        let mut out = Vec::new();
        s.read_range(a, b).unwrap().read_to_end(&mut out).unwrap();
        out
    };
    let store = fresh();
    assert_eq!(store.len(), 0);
    assert!(store.is_empty());
    assert_eq!(read(&store, 0, 0), b"");
    let mut all = Vec::new();
    for i in 0..200u32 {
        // Lines of many lengths, appended alone and in batches.
        let batch: String = (0..=(i % 5))
            .map(|j| {
                format!(
                    "{{\"line\":{i},\"part\":{j},\"pad\":\"{}\"}}\n",
                    "é".repeat((i as usize * 7 + j as usize) % 90)
                )
            })
            .collect();
        store.append(batch.as_bytes()).unwrap();
        all.extend_from_slice(batch.as_bytes());
        assert_eq!(store.len(), all.len() as u64);
    }
    let len = all.len() as u64;
    // Any range, whether or not it starts or ends on a line boundary.
    let mut x = 0x9e37_79b9_7f4a_7c15u64;
    for _ in 0..300 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let a = x % (len + 1);
        let b = a + (x >> 32) % (len - a + 1);
        assert_eq!(read(&store, a, b), &all[a as usize..b as usize], "{a}..{b}");
    }
    assert_eq!(read(&store, 0, len), all);
    assert!(
        store.read_range(0, len + 1).is_err(),
        "a range past the end"
    );
    assert!(store.read_range(5, 4).is_err(), "a reversed range");
    assert!(
        store.append(b"{\"no\":\"newline\"}").is_err(),
        "a partial line is refused"
    );
    assert_eq!(store.len(), len, "a refused append keeps nothing");
    // A reader opened before an append still reads its range, and the append lands after.
    let mut early = store.read_range(0, len).unwrap();
    store.append(b"{\"after\":true}\n").unwrap();
    let mut got = Vec::new();
    early.read_to_end(&mut got).unwrap();
    assert_eq!(got, all);
    all.extend_from_slice(b"{\"after\":true}\n");
    drop(store);
    // Durable: a new handle sees every line.
    let again = reopen();
    assert_eq!(again.len(), all.len() as u64);
    assert_eq!(read(&again, 0, again.len()), all);
    again.append(b"{\"reopened\":1}\n").unwrap();
    all.extend_from_slice(b"{\"reopened\":1}\n");
    assert_eq!(read(&again, 0, again.len()), all);
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

    use super::*;

    #[test]
    fn the_file_store_meets_the_contract() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("audit.jsonl");
        conformance(
            || FileStore::open(&path).unwrap(),
            || FileStore::open(&path).unwrap(),
        );
    }

    #[test]
    fn a_torn_last_line_is_cut_at_open() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("audit.jsonl");
        // Longer than one backward block, so the search crosses blocks.
        let whole = format!("{{\"a\":\"{}\"}}\n", "x".repeat(100_000));
        std::fs::write(&path, format!("{whole}{{\"torn\":\"{}", "y".repeat(70_000))).unwrap();
        let store = FileStore::open(&path).unwrap();
        assert_eq!(store.len(), whole.len() as u64);
        assert_eq!(std::fs::read(&path).unwrap(), whole.as_bytes());
        // Nothing but a torn line: nothing is kept.
        std::fs::write(&path, "{\"torn\":").unwrap();
        assert_eq!(FileStore::open(&path).unwrap().len(), 0);
    }
}
