//! The embedded backend: one append-only file, synced at every append.

use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

use crate::{check_range, check_whole_lines, LineStore};

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
        check_whole_lines(lines)?;
        let mut file = self
            .file
            .lock()
            .map_err(|_| io::Error::other("audit file lock poisoned"))?;
        let len = self.len.load(Ordering::Acquire);
        let written = file.write_all(lines).and_then(|()| file.sync_data());
        match written {
            Ok(()) => {
                // The file's own size, not a count kept aside: should someone edit the file
                // under the server, readers (and the re-verification that finds the edit) see
                // what it now holds, not a range shifted by the edit.
                let size = file
                    .metadata()
                    .map_or(len + lines.len() as u64, |m| m.len());
                self.len.store(size, Ordering::Release);
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
