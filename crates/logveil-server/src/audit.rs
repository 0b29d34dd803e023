//! The one interface every audited action goes through, and the tamper-evident log behind it.
//!
//! Events are appended to `DIR/audit.jsonl` in the export format of [`logveil_audit`]: each
//! event line carries its leaf index in an RFC 6962 Merkle tree, and signed checkpoints
//! (C2SP signed notes, Ed25519) are appended every few seconds and at shutdown
//! ([`AuditLog::checkpoint`]). The signing key is `DIR/audit.key` (mode 0600, created at first
//! start); `logveil audit pubkey` prints the verifier key, and `logveil audit verify` checks an
//! export offline with nothing else.
//!
//! Fail closed: an event is written and synced before the action proceeds; when it cannot be
//! written the caller does not act (an unmasked read is answered masked, or refused). At open,
//! the whole log is verified against its checkpoints: a log that was edited does not start.
//!
//! Events name who, which grant, the selector, kinds and counts, and record ids — never values.

use std::io::{BufRead, Seek, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use axum::response::IntoResponse;
use logveil_audit::{checkpoint_line, event_line, Checkpoint, Entry, MerkleLog, Signer};
use serde::Serialize;

use crate::error::ApiError;

/// The checkpoints' origin line: names this log in every signed note.
pub const ORIGIN: &str = "logveil/audit";
const LOG_FILE: &str = "audit.jsonl";
const KEY_FILE: &str = "audit.key";

#[derive(Debug)]
pub struct AuditLog {
    path: PathBuf,
    signer: Signer,
    inner: Arc<Mutex<Inner>>,
}

#[derive(Debug)]
struct Inner {
    file: std::fs::File,
    /// Bytes of whole lines in the file: a failed write is cut back to this.
    len: u64,
    log: MerkleLog,
    /// The size of the last checkpoint written.
    checkpointed: u64,
}

impl Inner {
    /// Writes and syncs whole lines; on failure the file is cut back to its last whole line,
    /// so a later append never follows a torn one.
    fn append(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        let written = self
            .file
            .write_all(bytes)
            .and_then(|()| self.file.sync_data());
        match written {
            Ok(()) => {
                self.len += bytes.len() as u64;
                Ok(())
            }
            Err(e) => {
                let _ = self.file.set_len(self.len);
                Err(e)
            }
        }
    }
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

/// Why the audit log could not be opened.
#[derive(Debug, thiserror::Error)]
pub enum AuditOpenError {
    #[error("audit log {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("audit signing key {path}: {why}")]
    Key { path: PathBuf, why: String },
    #[error(
        "audit log {path} fails verification at line {line}: {why}. Nothing was changed; keep the file for investigation, move it aside, and start again"
    )]
    Tampered {
        path: PathBuf,
        line: u64,
        why: String,
    },
}

fn io_err(path: &Path) -> impl Fn(std::io::Error) -> AuditOpenError + '_ {
    move |source| AuditOpenError::Io {
        path: path.to_owned(),
        source,
    }
}

/// The signing key: 64 hex digits in `DIR/audit.key`, created (0600) when absent.
fn load_or_create_key(dir: &Path) -> Result<Signer, AuditOpenError> {
    let path = dir.join(KEY_FILE);
    let bad = |why: String| AuditOpenError::Key {
        path: path.clone(),
        why,
    };
    let seed: [u8; 32] = match std::fs::read_to_string(&path) {
        Ok(text) => {
            let t = text.trim();
            if t.len() != 64 || !t.bytes().all(|b| b.is_ascii_hexdigit()) {
                return Err(bad("expected 64 hex digits".into()));
            }
            let mut seed = [0u8; 32];
            for (i, b) in seed.iter_mut().enumerate() {
                *b =
                    u8::from_str_radix(&t[2 * i..2 * i + 2], 16).map_err(|e| bad(e.to_string()))?;
            }
            seed
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let mut seed = [0u8; 32];
            getrandom::getrandom(&mut seed).map_err(|e| bad(e.to_string()))?;
            let hex: String = seed.iter().map(|b| format!("{b:02x}")).collect();
            logveil_store::keyring::write_private(&path, format!("{hex}\n").as_bytes())
                .map_err(|e| bad(e.to_string()))?;
            seed
        }
        Err(e) => return Err(bad(e.to_string())),
    };
    Signer::new(ORIGIN, &seed).map_err(|e| bad(e.to_string()))
}

/// Versions before the Merkle log wrote bare events with no chain to verify. Such a file is
/// kept, renamed, and a new log starts: it cannot be proven, and must not block the start.
fn set_aside_unchained_log(path: &Path) -> Result<(), AuditOpenError> {
    let Ok(file) = std::fs::File::open(path) else {
        return Ok(());
    };
    let mut first = String::new();
    let _ = std::io::BufReader::new(file).read_line(&mut first);
    let legacy = serde_json::from_str::<serde_json::Value>(&first)
        .is_ok_and(|v| v.is_object() && v.get("type").is_none() && v.get("action").is_some());
    if legacy {
        let aside = path.with_extension("unchained.jsonl");
        std::fs::rename(path, &aside).map_err(io_err(path))?;
        eprintln!(
            "logveil: {} predates the verifiable audit log; kept as {}",
            path.display(),
            aside.display()
        );
    }
    Ok(())
}

/// The verifier key of the log in `dir`, as `logveil audit pubkey` prints it.
pub fn verifier_key(dir: &Path) -> Result<String, AuditOpenError> {
    if !dir.join(KEY_FILE).exists() {
        return Err(AuditOpenError::Key {
            path: dir.join(KEY_FILE),
            why: "no key yet: the server creates it at first start".into(),
        });
    }
    Ok(load_or_create_key(dir)?.verifier_key().to_string())
}

impl AuditLog {
    /// Opens (or creates) the log, drops a torn last line left by a crash, verifies every
    /// line against the checkpoints, and checkpoints whatever a crash left uncovered.
    pub fn open(dir: &Path) -> Result<Self, AuditOpenError> {
        let path = dir.join(LOG_FILE);
        let signer = load_or_create_key(dir)?;
        set_aside_unchained_log(&path)?;
        let mut opts = std::fs::OpenOptions::new();
        opts.create(true).read(true).append(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            opts.mode(0o600);
        }
        let file = opts.open(&path).map_err(io_err(&path))?;
        // A crash between write and sync can leave a partial last line: it was never
        // acknowledged (the action did not happen), so it is cut off.
        let len = file.metadata().map_err(io_err(&path))?.len();
        let mut reader = std::io::BufReader::new(&file);
        let mut complete = 0u64;
        let mut log = MerkleLog::new();
        let key = signer.verifier_key();
        let mut verifier =
            logveil_audit::Verifier::new(&key, logveil_audit::VerifyOptions::default());
        let mut checkpointed = 0u64;
        let mut line = Vec::new();
        loop {
            line.clear();
            let n = reader.read_until(b'\n', &mut line).map_err(io_err(&path))?;
            if n == 0 || line.last() != Some(&b'\n') {
                break;
            }
            complete += n as u64;
            let body = &line[..line.len() - 1];
            if !verifier.push_line(body) {
                break;
            }
            if let Ok(v) = serde_json::from_slice::<serde_json::Value>(body) {
                match v["type"].as_str() {
                    Some("event") => {
                        let entry = serde_json::to_vec(&v["entry"])
                            .ok()
                            .and_then(|b| Entry::parse(&b).ok());
                        if let Some(entry) = entry {
                            log.push_entry(&entry);
                        }
                    }
                    Some("checkpoint") => checkpointed = log.size(),
                    _ => {}
                }
            }
        }
        let report = verifier.finish();
        if let Some(f) = report.failure {
            return Err(AuditOpenError::Tampered {
                path,
                line: f.line,
                why: f.problem.to_string(),
            });
        }
        drop(reader);
        if complete < len {
            file.set_len(complete).map_err(io_err(&path))?;
            file.sync_all().map_err(io_err(&path))?;
        }
        let mut file = file;
        file.seek(std::io::SeekFrom::End(0))
            .map_err(io_err(&path))?;
        let audit = Self {
            path,
            signer,
            inner: Arc::new(Mutex::new(Inner {
                file,
                len: complete,
                log,
                checkpointed,
            })),
        };
        audit
            .checkpoint_now()
            .map_err(io_err(&audit.path.clone()))?;
        Ok(audit)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// `logveil audit pubkey`'s answer: the key that verifies this log's checkpoints.
    pub fn verifier_key(&self) -> String {
        self.signer.verifier_key().to_string()
    }

    /// Appends a checkpoint if events came since the last one. Blocking (file sync).
    pub fn checkpoint_now(&self) -> std::io::Result<()> {
        let mut inner = self
            .inner
            .lock()
            .map_err(|_| std::io::Error::other("audit log lock poisoned"))?;
        let size = inner.log.size();
        if size == inner.checkpointed {
            return Ok(());
        }
        let note = self
            .signer
            .sign_checkpoint(&Checkpoint::new(ORIGIN, size, inner.log.root()))
            .map_err(std::io::Error::other)?;
        let mut line = checkpoint_line(&note);
        line.push('\n');
        inner.append(line.as_bytes())?;
        inner.checkpointed = size;
        Ok(())
    }

    /// [`AuditLog::checkpoint_now`] off the async threads.
    pub async fn checkpoint(self: &Arc<Self>) -> std::io::Result<()> {
        let me = self.clone();
        tokio::task::spawn_blocking(move || me.checkpoint_now())
            .await
            .map_err(std::io::Error::other)?
    }

    /// The whole log as exported: every event and checkpoint, after a fresh checkpoint so
    /// nothing in it is an unverified tail.
    pub async fn export(self: &Arc<Self>) -> std::io::Result<Vec<u8>> {
        self.checkpoint().await?;
        let me = self.clone();
        tokio::task::spawn_blocking(move || {
            // Holding the lock keeps a half-written line out of the copy.
            let _inner = me
                .inner
                .lock()
                .map_err(|_| std::io::Error::other("audit log lock poisoned"))?;
            std::fs::read(&me.path)
        })
        .await
        .map_err(std::io::Error::other)?
    }

    /// Appends and syncs one event; an error means the action must not happen.
    pub async fn record(&self, event: &AuditEvent) -> Result<(), ApiError> {
        let entry = Entry::from_serialize(event).map_err(|e| ApiError::unavailable(&e))?;
        let inner = self.inner.clone();
        tokio::task::spawn_blocking(move || -> std::io::Result<()> {
            let mut inner = inner
                .lock()
                .map_err(|_| std::io::Error::other("audit log lock poisoned"))?;
            // The tree advances only once the line is durable, so a failed write leaves the
            // file and the tree in step.
            let mut next = inner.log.clone();
            let index = next.push_entry(&entry);
            let mut line = event_line(index, &entry);
            line.push('\n');
            inner.append(line.as_bytes())?;
            inner.log = next;
            Ok(())
        })
        .await
        .map_err(|e| ApiError::unavailable(&e))?
        .map_err(|e| {
            eprintln!("logveil: audit log write failed: {e}");
            ApiError::new(
                axum::http::StatusCode::SERVICE_UNAVAILABLE,
                "audit_unavailable",
                "the audit log cannot be written, so the action was not performed; retry later",
            )
        })
    }
}

/// `GET /api/v1/audit/export`: the whole log (events and signed checkpoints), for
/// `logveil audit verify`. Administrators only for now; the read is itself audited, and the
/// export includes that event under a checkpoint.
pub async fn export(
    axum::extract::State(state): axum::extract::State<Arc<crate::AppState>>,
    caller: crate::auth::Caller,
) -> Result<axum::response::Response, ApiError> {
    let who = caller.require_admin(&state.policy)?;
    let now = state.storage.clock().now();
    state
        .audit
        .record(&AuditEvent::new(
            now,
            who.name.as_str(),
            "audit_export",
            "success",
        ))
        .await?;
    let body = state.audit.export().await.map_err(|e| {
        eprintln!("logveil: audit export failed: {e}");
        ApiError::new(
            axum::http::StatusCode::SERVICE_UNAVAILABLE,
            "audit_unavailable",
            "the audit log cannot be read now; retry later",
        )
    })?;
    Ok((
        [(axum::http::header::CONTENT_TYPE, "application/x-ndjson")],
        body,
    )
        .into_response())
}

/// `GET /api/v1/audit/pubkey`: the key that verifies the checkpoints (public by nature, but
/// only to signed-in callers, like every other route).
pub async fn pubkey(
    axum::extract::State(state): axum::extract::State<Arc<crate::AppState>>,
    _caller: crate::auth::Caller,
) -> axum::Json<serde_json::Value> {
    axum::Json(serde_json::json!({ "key": state.audit.verifier_key(), "origin": ORIGIN }))
}
