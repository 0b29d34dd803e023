//! The one interface every audited action goes through. For now an append-only JSON-lines file
//! in the data directory (`audit.jsonl`), synced before the action proceeds; the tamper-evident
//! Merkle log replaces the sink behind the same interface next. Fail closed: when an event
//! cannot be written, the caller does not perform the action (an unmasked read is answered
//! masked, or refused).
//!
//! Events name who, which grant, the selector, kinds and counts, and record ids — never values.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use serde::Serialize;

use crate::error::ApiError;

#[derive(Debug)]
pub struct AuditLog {
    path: PathBuf,
    file: Arc<Mutex<std::fs::File>>,
}

/// One audited action.
#[derive(Debug, Clone, Serialize)]
pub struct AuditEvent {
    pub time: logveil_core::Timestamp,
    pub actor: String,
    pub action: &'static str,
    pub outcome: &'static str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub grants: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub selector: Option<String>,
    /// Kind → how many values were shown.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub revealed: Vec<(String, u32)>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub records: Vec<u64>,
}

impl AuditEvent {
    /// An event with no grant, selector or records.
    pub fn new(
        time: logveil_core::Timestamp,
        actor: &str,
        action: &'static str,
        outcome: &'static str,
    ) -> Self {
        Self {
            time,
            actor: actor.to_owned(),
            action,
            outcome,
            grants: Vec::new(),
            selector: None,
            revealed: Vec::new(),
            records: Vec::new(),
        }
    }
}

impl AuditLog {
    pub fn open(dir: &Path) -> std::io::Result<Self> {
        let path = dir.join("audit.jsonl");
        let mut opts = std::fs::OpenOptions::new();
        opts.create(true).append(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            opts.mode(0o600);
        }
        let file = opts.open(&path)?;
        Ok(Self {
            path,
            file: Arc::new(Mutex::new(file)),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Appends and syncs one event; an error means the action must not happen.
    pub async fn record(&self, event: &AuditEvent) -> Result<(), ApiError> {
        let mut line = serde_json::to_vec(event).map_err(|e| ApiError::unavailable(&e))?;
        line.push(b'\n');
        let file = self.file.clone();
        tokio::task::spawn_blocking(move || -> std::io::Result<()> {
            let mut f = file
                .lock()
                .map_err(|_| std::io::Error::other("audit log lock poisoned"))?;
            f.write_all(&line)?;
            f.sync_data()
        })
        .await
        .map_err(|e| ApiError::unavailable(&e))?
        .map_err(|e| {
            eprintln!("logveil: audit log write failed: {e}");
            ApiError::new(
                axum::http::StatusCode::SERVICE_UNAVAILABLE,
                "audit_unavailable",
                "the audit log cannot be written, so nothing unmasked is returned; retry later",
            )
        })
    }
}
