//! The one interface every audited action goes through, and the tamper-evident log behind it.
//!
//! Events are appended in the export format of [`logveil_audit`] to a [`LineStore`]: the file
//! `DIR/audit.jsonl` ([`FileStore`], the default) or a PostgreSQL schema ([`PgStore`], with
//! `[audit] store = "postgres"`). Each
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

use std::io::{BufRead, Read};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

use logveil_audit::{checkpoint_line, push_event_line, Checkpoint, Entry, MerkleLog, Signer};

use crate::error::ApiError;

mod api;
pub mod denials;
mod event;
pub mod lifecycle;
mod proof;
pub mod read;
pub mod report;
pub mod search;

pub use api::{export, pubkey};
pub use event::{
    masked_text, AuditEvent, AuthMethod, Decision, Details, RequestContext, StoredEvent, SYSTEM,
};
pub use logveil_audit_store::{FileStore, LineStore, PgStore, PgStoreError};
pub use proof::{consistency, inclusion};

/// The checkpoints' origin line: names this log in every signed note.
pub const ORIGIN: &str = "logveil/audit";
const LOG_FILE: &str = "audit.jsonl";
const KEY_FILE: &str = "audit.key";

pub struct AuditLog {
    /// Where the lines are; readers share it with the writer thread.
    store: Arc<dyn LineStore>,
    /// The signing key itself lives in the writer thread only.
    key: logveil_audit::VerifierKey,
    /// To the writer thread, which owns the tree; `None` once the log is dropped.
    ops: Mutex<Option<std::sync::mpsc::Sender<Op>>>,
    /// Joined at drop: the store is closed (a database's writer lock released) when the log
    /// is gone, not some time later.
    writer: Option<std::thread::JoinHandle<()>>,
    /// Told of every event once it is durable (the alert rules watch here).
    watcher: OnceLock<Watcher>,
}

/// Sees each event after it is written and synced; must not block (it runs on the caller's
/// task).
pub type Watcher = Arc<dyn Fn(&AuditEvent) + Send + Sync>;

struct Inner {
    store: Arc<dyn LineStore>,
    log: MerkleLog,
    /// The size of the last checkpoint written.
    checkpointed: u64,
}

/// Why the audit log could not be opened.
#[derive(Debug, thiserror::Error)]
pub enum AuditOpenError {
    #[error("audit log {location}: {source}")]
    Io {
        location: String,
        source: std::io::Error,
    },
    #[error(transparent)]
    Postgres(#[from] PgStoreError),
    #[error("audit signing key {path}: {why}")]
    Key { path: PathBuf, why: String },
    #[error(
        "audit log {location} fails verification at line {line}: {why}. Nothing was changed; keep it for investigation, move it aside, and start again"
    )]
    Tampered {
        location: String,
        line: u64,
        why: String,
    },
}

fn io_err(location: &str) -> impl Fn(std::io::Error) -> AuditOpenError + '_ {
    move |source| AuditOpenError::Io {
        location: location.to_owned(),
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
    let (seed, _) =
        logveil_store::keyring::load_or_create_secret(&path, "a logveil audit signing key")
            .map_err(|e| bad(e.to_string()))?;
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
        std::fs::rename(path, &aside).map_err(io_err(&path.display().to_string()))?;
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
    /// Opens (or creates) the embedded log, `DIR/audit.jsonl`, with the signing key beside it
    /// (see [`AuditLog::open_store`]).
    pub fn open(dir: &Path) -> Result<Self, AuditOpenError> {
        let path = dir.join(LOG_FILE);
        let signer = load_or_create_key(dir)?;
        set_aside_unchained_log(&path)?;
        let store = FileStore::open(&path).map_err(io_err(&path.display().to_string()))?;
        Self::open_store(Arc::new(store), signer)
    }

    /// Opens the log where `[audit]` says, with the signing key in `dir`.
    pub fn open_configured(
        dir: &Path,
        config: &crate::config::AuditConfig,
    ) -> Result<Self, AuditOpenError> {
        match config.postgres()? {
            None => Self::open(dir),
            Some((url, schema)) => {
                let signer = load_or_create_key(dir)?;
                let store = PgStore::open(&url, schema)?;
                Self::open_store(Arc::new(store), signer)
            }
        }
    }

    /// Opens the log kept in `store`: verifies every line against the checkpoints (a log that
    /// was edited does not start), checkpoints whatever a crash left uncovered, and starts the
    /// writer.
    pub fn open_store(store: Arc<dyn LineStore>, signer: Signer) -> Result<Self, AuditOpenError> {
        let location = store.location();
        let key = signer.verifier_key();
        let report = verify_lines(&*store, &key).map_err(io_err(&location))?;
        let (log, report) = report;
        if let Some(f) = report.failure {
            return Err(AuditOpenError::Tampered {
                location,
                line: f.line,
                why: f.problem.to_string(),
            });
        }
        let mut inner = Inner {
            store: store.clone(),
            log,
            checkpointed: report.verified_size,
        };
        inner.checkpoint(&signer).map_err(io_err(&location))?;
        let (ops, queue) = std::sync::mpsc::channel();
        let writer = std::thread::Builder::new()
            .name("audit-writer".into())
            .spawn(move || inner.run(&queue, &signer))
            .map_err(io_err(&location))?;
        Ok(Self {
            store,
            key,
            ops: Mutex::new(Some(ops)),
            writer: Some(writer),
            watcher: OnceLock::new(),
        })
    }

    /// Sets the one watcher told of every durable event; a second call is refused.
    pub fn watch(&self, watcher: Watcher) -> Result<(), Watcher> {
        self.watcher.set(watcher)
    }

    /// Where the lines are kept, for readers (search, proofs, exports).
    pub fn store(&self) -> Arc<dyn LineStore> {
        self.store.clone()
    }

    /// `logveil audit pubkey`'s answer: the key that verifies this log's checkpoints.
    pub fn verifier_key(&self) -> String {
        self.key.to_string()
    }

    fn send(&self, op: Op) -> std::io::Result<()> {
        let stopped = || std::io::Error::other("the audit writer has stopped");
        self.ops
            .lock()
            .map_err(|_| std::io::Error::other("audit log lock poisoned"))?
            .as_ref()
            .ok_or_else(stopped)?
            .send(op)
            .map_err(|_| stopped())
    }

    /// Appends a checkpoint if events came since the last one.
    pub async fn checkpoint(&self) -> std::io::Result<()> {
        let (done, wait) = tokio::sync::oneshot::channel();
        self.send(Op::Checkpoint(done))?;
        wait.await.map_err(std::io::Error::other)?
    }

    /// Where the log stands after a fresh checkpoint: what readers of the file may read.
    pub async fn snapshot(&self) -> std::io::Result<Snapshot> {
        let (done, wait) = tokio::sync::oneshot::channel();
        self.send(Op::Snapshot(done))?;
        wait.await.map_err(std::io::Error::other)?
    }

    /// The whole log as exported: every event and checkpoint, after a fresh checkpoint so
    /// nothing in it is an unverified tail. In memory: the HTTP export streams the file instead
    /// ([`AuditLog::snapshot`], [`read`]).
    pub async fn export(&self) -> std::io::Result<Vec<u8>> {
        let (done, wait) = tokio::sync::oneshot::channel();
        self.send(Op::Export(done))?;
        wait.await.map_err(std::io::Error::other)?
    }

    /// Records that `actor` did `action` (successfully, about `subject` if given) before it
    /// takes effect: the shape of every administrative event.
    pub async fn record_action(
        &self,
        time: logveil_core::Timestamp,
        caller: &crate::auth::Caller,
        action: &'static str,
        subject: Option<String>,
    ) -> Result<(), ApiError> {
        let mut event =
            AuditEvent::new(time, &caller.actor(), action, "success").with_context(&caller.context);
        event.subject = subject;
        self.record(&event).await
    }

    /// Appends and syncs one event; an error means the action must not happen. Events
    /// recorded at the same moment share one write and one sync (group commit).
    pub async fn record(&self, event: &AuditEvent) -> Result<(), ApiError> {
        let entry = Entry::from_json(&event.to_ocsf()).map_err(|e| ApiError::unavailable(&e))?;
        let (done, wait) = tokio::sync::oneshot::channel();
        let sent = self.send(Op::Record(entry, done));
        let written = match sent {
            Ok(()) => wait.await.map_err(std::io::Error::other).and_then(|r| r),
            Err(e) => Err(e),
        };
        written.map_err(|e| {
            eprintln!("logveil: audit log write failed: {e}");
            ApiError::new(
                axum::http::StatusCode::SERVICE_UNAVAILABLE,
                "audit_unavailable",
                "the audit log cannot be written, so the action was not performed; retry later",
            )
        })?;
        if let Some(watcher) = self.watcher.get() {
            watcher(event);
        }
        Ok(())
    }
}

/// What the writer thread is asked to do, in order.
enum Op {
    Record(Entry, tokio::sync::oneshot::Sender<std::io::Result<()>>),
    Checkpoint(tokio::sync::oneshot::Sender<std::io::Result<()>>),
    Export(tokio::sync::oneshot::Sender<std::io::Result<Vec<u8>>>),
    Snapshot(tokio::sync::oneshot::Sender<std::io::Result<Snapshot>>),
}

/// The log as of a fresh checkpoint: its first `len` bytes are whole, synced lines that end
/// with the checkpoint of `size` events (unless the log is empty). Events appended later lie
/// past `len`, so a reader that stops there reads a signed, unchanging prefix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Snapshot {
    pub len: u64,
    pub size: u64,
}

impl Drop for AuditLog {
    fn drop(&mut self) {
        // Closing the queue ends the writer once it has written what it was given.
        if let Ok(mut ops) = self.ops.lock() {
            ops.take();
        }
        if let Some(writer) = self.writer.take() {
            let _ = writer.join();
        }
    }
}

impl std::fmt::Debug for AuditLog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AuditLog")
            .field("store", &self.store)
            .finish()
    }
}

/// Events taken into one write and sync at most.
const GROUP: usize = 4096;

impl Inner {
    /// The writer: owns the file and the tree, so appends need no lock and a batch of
    /// waiting events costs one sync. Ends when the log is dropped.
    fn run(mut self, queue: &std::sync::mpsc::Receiver<Op>, signer: &Signer) {
        while let Ok(first) = queue.recv() {
            let mut batch = vec![first];
            while batch.len() < GROUP {
                match queue.try_recv() {
                    Ok(op) => batch.push(op),
                    Err(_) => break,
                }
            }
            let mut waiting = Vec::new();
            for op in batch {
                match op {
                    Op::Record(entry, done) => waiting.push((entry, done)),
                    other => {
                        self.commit(std::mem::take(&mut waiting));
                        match other {
                            Op::Checkpoint(done) => {
                                let _ = done.send(self.checkpoint(signer));
                            }
                            Op::Export(done) => {
                                let copy = self.checkpoint(signer).and_then(|()| {
                                    let mut all = Vec::new();
                                    self.store
                                        .read_range(0, self.store.len())?
                                        .read_to_end(&mut all)?;
                                    Ok(all)
                                });
                                let _ = done.send(copy);
                            }
                            Op::Snapshot(done) => {
                                let snap = self.checkpoint(signer).map(|()| Snapshot {
                                    len: self.store.len(),
                                    size: self.log.size(),
                                });
                                let _ = done.send(snap);
                            }
                            Op::Record(..) => {}
                        }
                    }
                }
            }
            self.commit(waiting);
        }
    }

    /// Writes the waiting events' lines, syncs once, then answers each: the tree advances only
    /// once its lines are durable.
    fn commit(&mut self, waiting: Vec<(Entry, tokio::sync::oneshot::Sender<std::io::Result<()>>)>) {
        if waiting.is_empty() {
            return;
        }
        let mut next = self.log.clone();
        let mut lines = String::with_capacity(waiting.len() * 1536);
        for (entry, _) in &waiting {
            let index = next.push_entry(entry);
            push_event_line(&mut lines, index, entry);
            lines.push('\n');
        }
        let written = self.store.append(lines.as_bytes());
        if written.is_ok() {
            self.log = next;
        }
        for (_, done) in waiting {
            let _ = done.send(match &written {
                Ok(()) => Ok(()),
                Err(e) => Err(std::io::Error::new(e.kind(), e.to_string())),
            });
        }
    }

    /// Appends a signed checkpoint if events came since the last one.
    fn checkpoint(&mut self, signer: &Signer) -> std::io::Result<()> {
        let size = self.log.size();
        if size == self.checkpointed {
            return Ok(());
        }
        let note = signer
            .sign_checkpoint(&Checkpoint::new(ORIGIN, size, self.log.root()))
            .map_err(std::io::Error::other)?;
        let mut line = checkpoint_line(&note);
        line.push('\n');
        self.store.append(line.as_bytes())?;
        self.checkpointed = size;
        Ok(())
    }
}

/// Verifies every stored line against the checkpoints, as an auditor would, with the tree the
/// lines build (which the writer appends to).
pub(crate) fn verify_lines(
    store: &dyn LineStore,
    key: &logveil_audit::VerifierKey,
) -> std::io::Result<(MerkleLog, logveil_audit::Verification)> {
    let mut verifier = logveil_audit::Verifier::new(key, logveil_audit::VerifyOptions::default());
    verifier.push_reader(store.read_range(0, store.len())?)?;
    Ok((verifier.log().clone(), verifier.finish()))
}
