//! Where logveil's audit log is kept: one storage interface ([`LineStore`]) and its backends,
//! a file ([`FileStore`], the embedded default) and PostgreSQL ([`PgStore`]).
//!
//! The log is a sequence of whole lines (events and checkpoints, in the export format of
//! `logveil-audit`), addressed by byte offset in the stream they make together. Everything
//! above this interface (the writer, verification at start, search, bisection by time,
//! proofs, ranged exports) asks only for "append these lines durably" and "read bytes
//! `start..end`". Byte offsets, rather than row numbers, keep search cursors and bisection the
//! same on every backend; a database backend keeps each line with its offset.
//!
//! A backend stores, it does not vouch: the Merkle tree and signed checkpoints above it make
//! any change to stored lines (a file edited, a row updated or deleted) fail verification.
//!
//! The contract every backend meets, checked by one conformance suite run on each
//! (`tests/store.rs`):
//! - `append` takes whole lines, each ending in `\n`, and returns only once they are durable;
//!   when it fails, none of them is kept and the next append follows the last whole line;
//! - `len` is the offset after the last durable line; it only grows;
//! - `read_range(start, end)` yields exactly the bytes `start..end` for any `start <= end <=
//!   len`, also while appends go on, and refuses a range past `len`;
//! - what was appended is there when the store is opened again.

use std::io::{self, Read};

mod file;
mod postgres;

#[cfg(feature = "testing")]
pub mod testing;

pub use file::FileStore;
pub use postgres::{PgStore, PgStoreError};

/// Storage for the audit log's lines; see the crate documentation for the contract.
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
pub(crate) fn check_range(start: u64, end: u64, len: u64) -> io::Result<()> {
    if start > end || end > len {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("audit range {start}..{end} is outside the stored {len} bytes"),
        ));
    }
    Ok(())
}

/// Refuses lines that do not end with a newline: a store holds whole lines only.
pub(crate) fn check_whole_lines(lines: &[u8]) -> io::Result<()> {
    if lines.last().is_some_and(|&b| b != b'\n') {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            "audit lines must end with a newline",
        ));
    }
    Ok(())
}
