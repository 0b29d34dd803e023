//! logveil's storage, everything that touches the data directory:
//!
//! - [`keyring`]: the master key file, per service-and-day data keys (stored wrapped) and the
//!   AEAD that seals original values;
//! - [`record`]: a log record as stored — masked text, spans, keyed tokens, sealed originals;
//! - [`wal`]: the write-ahead log that makes an acknowledged batch durable;
//! - [`logs`]: the tantivy log store, partitioned by service and day;
//! - [`control`]: the SQLite control plane (tokens, data keys, retention).
//!
//! Nothing here writes a value in clear: records are masked and sealed before they reach the
//! write-ahead log, and keys are written only wrapped (the master key file excepted).

pub mod control;
pub mod keyring;
pub mod logs;
pub mod record;
pub mod storage;
pub mod wal;

use std::path::Path;

/// Storage errors. Messages name files and what to do; they never carry record content.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("{0}")]
    Config(String),
    #[error("{0}")]
    Crypto(String),
    #[error("encoding: {0}")]
    Encoding(String),
    #[error("corrupt data: {0}")]
    Corrupt(String),
    #[error("log index: {0}")]
    Index(#[from] tantivy::TantivyError),
    #[error("control database: {0}")]
    Database(String),
}

impl StoreError {
    pub(crate) fn io(path: &Path, source: std::io::Error) -> Self {
        StoreError::Io {
            path: path.display().to_string(),
            source,
        }
    }
}

impl From<tantivy::query::QueryParserError> for StoreError {
    fn from(e: tantivy::query::QueryParserError) -> Self {
        StoreError::Config(e.to_string())
    }
}
