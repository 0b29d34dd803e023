//! [`Storage`]: the data directory as one object — lock, keys, control plane, write-ahead log,
//! log store — and the single writer thread that makes ingested batches durable, indexes them
//! and feeds live tails.
//!
//! Layout of the data directory:
//! ```text
//! DIR/lock          held (flock) while a server runs: a second one is refused
//! DIR/master.key    the master key, mode 0600 (unless LOGVEIL_MASTER_KEY is set)
//! DIR/control.db    SQLite control plane: tokens, wrapped data keys, retention
//! DIR/wal/          write-ahead log segments
//! DIR/logs/<service>/<day>/   tantivy partitions (masked text only)
//! ```

use std::collections::HashMap;
use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;

use logveil_core::{Clock, LogRecord, ServiceName};
use logveil_mask::{MaskedLine, Masker};
use tokio::sync::{broadcast, mpsc, oneshot};

use crate::control::ControlPlane;
use crate::keyring::{DataKey, MasterKey, Nonces};
use crate::logs::{LogStore, SearchRequest};
use crate::record::StoredRecord;
use crate::wal::Wal;
use crate::StoreError;

/// How often the writer commits indexes (the delay before ingested records become queryable;
/// live tails see them at once).
const COMMIT_EVERY: Duration = Duration::from_secs(1);
/// Records buffered in the broadcast to live tails; a slower tail is told it lagged.
const TAIL_BUFFER: usize = 16_384;

type WriteReply = oneshot::Sender<Result<Vec<u64>, StoreError>>;

enum WriteJob {
    Append(Vec<StoredRecord>, WriteReply),
    Commit(oneshot::Sender<Result<(), StoreError>>),
    /// Commit if anything was added since the last commit.
    Tick,
    Stop,
}

/// Options of [`Storage::open`].
#[derive(Debug, Clone)]
pub struct StorageOptions {
    pub dir: PathBuf,
    /// 64 hex digits; when `None` the key file `DIR/master.key` is used (created if absent).
    pub master_key_hex: Option<String>,
    /// How often indexes are committed: the delay before ingested records become queryable
    /// (live tails see them at once). Default 1 s.
    pub commit_every: Duration,
    /// Store records as received, without masking or sealing. Only for benchmarks that show
    /// what masking costs; no command-line flag or configuration sets it.
    pub unmasked_for_benchmarks: bool,
}

impl StorageOptions {
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        Self {
            dir: dir.into(),
            master_key_hex: None,
            commit_every: COMMIT_EVERY,
            unmasked_for_benchmarks: false,
        }
    }
}

/// What [`Storage::open`] found or created, for the startup message.
#[derive(Debug, Clone, Default)]
pub struct OpenReport {
    pub created_master_key: bool,
    pub replayed: u64,
}

pub struct Storage {
    dir: PathBuf,
    master: MasterKey,
    control: ControlPlane,
    logs: Arc<RwLock<LogStore>>,
    writer: mpsc::Sender<WriteJob>,
    writer_thread: Mutex<Option<std::thread::JoinHandle<()>>>,
    tail: broadcast::Sender<Arc<StoredRecord>>,
    keys: Mutex<HashMap<(ServiceName, i64), DataKey>>,
    masker: Arc<Masker>,
    clock: Arc<dyn Clock>,
    unmasked: bool,
    _lock: File,
}

impl std::fmt::Debug for Storage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Storage")
            .field("dir", &self.dir)
            .finish_non_exhaustive()
    }
}

fn lock_dir(dir: &Path) -> Result<File, StoreError> {
    let path = dir.join("lock");
    let f = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|e| StoreError::io(&path, e))?;
    match f.try_lock() {
        Ok(()) => Ok(f),
        Err(std::fs::TryLockError::WouldBlock) => Err(StoreError::Config(format!(
            "{} is in use by another logveil server; stop it first, or give this one another --data-dir",
            dir.display()
        ))),
        Err(std::fs::TryLockError::Error(e)) => Err(StoreError::io(&path, e)),
    }
}

impl Storage {
    /// Opens (or creates) the data directory, replays the write-ahead log into the indexes and
    /// starts the writer. `engine` decides what is masked; every span gets a keyed token.
    pub async fn open(
        opts: StorageOptions,
        engine: logveil_mask::Engine,
        clock: Arc<dyn Clock>,
    ) -> Result<(Self, OpenReport), StoreError> {
        let dir = opts.dir.clone();
        create_private_dir(&dir)?;
        let lock = lock_dir(&dir)?;
        let mut report = OpenReport::default();
        let master = match &opts.master_key_hex {
            Some(hex) => MasterKey::from_hex(hex)?,
            None => {
                let (k, created) = MasterKey::load_or_create(&dir.join("master.key"))?;
                report.created_master_key = created;
                k
            }
        };
        let control = ControlPlane::open(&dir.join("control.db")).await?;
        let masker = Arc::new(Masker::new(engine, master.token_key()).with_all_tokens(true));

        let log_dir = dir.join("logs");
        let wal_dir = dir.join("wal");
        let today = clock.now().day();
        let (logs, wal, replayed) =
            tokio::task::spawn_blocking(move || -> Result<_, StoreError> {
                let mut logs = LogStore::open(&log_dir)?;
                let after = logs.committed_through();
                let mut replayed = 0u64;
                let mut wal = Wal::open(&wal_dir, 0, |seq, payload| {
                    let rec = StoredRecord::decode(payload)?;
                    if rec.id != seq {
                        return Err(StoreError::Corrupt(format!(
                            "log entry {seq} holds record {}",
                            rec.id
                        )));
                    }
                    if !logs.is_committed(&rec)? {
                        logs.add(&rec, payload)?;
                        replayed += 1;
                    }
                    Ok(())
                })?;
                // Never reuse a number an index already holds, whatever happened to the log files.
                wal.skip_to(after + 1);
                logs.commit(today)?;
                Ok((logs, wal, replayed))
            })
            .await
            .map_err(|e| StoreError::Corrupt(format!("replay failed: {e}")))??;
        report.replayed = replayed;

        let logs = Arc::new(RwLock::new(logs));
        let (tail, _) = broadcast::channel(TAIL_BUFFER);
        let (tx, rx) = mpsc::channel(256);
        let thread = {
            let logs = logs.clone();
            let tail = tail.clone();
            let clock = clock.clone();
            std::thread::Builder::new()
                .name("logveil-writer".into())
                .spawn(move || writer_loop(wal, logs, tail, rx, clock))
                .map_err(|e| StoreError::io(&dir, e))?
        };
        {
            let tx = tx.clone();
            let commit_every = opts.commit_every;
            tokio::spawn(async move {
                let mut every = tokio::time::interval(commit_every);
                every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
                loop {
                    every.tick().await;
                    if tx.send(WriteJob::Tick).await.is_err() {
                        return;
                    }
                }
            });
        }
        Ok((
            Self {
                dir,
                master,
                control,
                logs,
                writer: tx,
                writer_thread: Mutex::new(Some(thread)),
                tail,
                keys: Mutex::new(HashMap::new()),
                masker,
                clock,
                unmasked: opts.unmasked_for_benchmarks,
                _lock: lock,
            },
            report,
        ))
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn control(&self) -> &ControlPlane {
        &self.control
    }

    pub fn clock(&self) -> &Arc<dyn Clock> {
        &self.clock
    }

    /// See [`MasterKey::seal_secret`].
    pub fn seal_secret(&self, context: &str, plaintext: &[u8]) -> Result<Vec<u8>, StoreError> {
        self.master.seal_secret(context, plaintext)
    }

    pub fn open_secret(
        &self,
        context: &str,
        sealed: &[u8],
    ) -> Result<zeroize::Zeroizing<Vec<u8>>, StoreError> {
        self.master.open_secret(context, sealed)
    }

    pub fn masker(&self) -> &Arc<Masker> {
        &self.masker
    }

    /// The data key of a service's day, created (and stored wrapped) on first use.
    pub async fn data_key(&self, service: &ServiceName, day: i64) -> Result<DataKey, StoreError> {
        let key = (service.clone(), day);
        if let Some(k) = self.keys.lock().map_err(poisoned)?.get(&key) {
            return Ok(k.clone());
        }
        let wrapped = match self.control.data_key(service, day).await? {
            Some(w) => w,
            None => {
                let fresh = DataKey::generate()?;
                let wrapped = self.master.wrap(&fresh, service, day)?;
                self.control
                    .insert_data_key(service, day, &wrapped, self.clock.now())
                    .await?
            }
        };
        let dk = self.master.unwrap(&wrapped, service, day)?;
        self.keys.lock().map_err(poisoned)?.insert(key, dk.clone());
        Ok(dk)
    }

    /// The data key of a service's day if it still exists (retention destroys them).
    pub async fn existing_data_key(
        &self,
        service: &ServiceName,
        day: i64,
    ) -> Result<Option<DataKey>, StoreError> {
        let key = (service.clone(), day);
        if let Some(k) = self.keys.lock().map_err(poisoned)?.get(&key) {
            return Ok(Some(k.clone()));
        }
        match self.control.data_key(service, day).await? {
            Some(w) => Ok(Some(self.master.unwrap(&w, service, day)?)),
            None => Ok(None),
        }
    }

    /// Masks and seals `records`, writes them to the write-ahead log and returns their ids once
    /// they are durable (fsynced). Nothing is acknowledged before that.
    pub async fn ingest(&self, records: Vec<LogRecord>) -> Result<Vec<u64>, StoreError> {
        if records.is_empty() {
            return Ok(Vec::new());
        }
        let mut keys: HashMap<(ServiceName, i64), DataKey> = HashMap::new();
        for r in &records {
            let k = (r.service.clone(), r.ts.day());
            if let std::collections::hash_map::Entry::Vacant(slot) = keys.entry(k) {
                let (service, day) = slot.key();
                let dk = self.data_key(service, *day).await?;
                slot.insert(dk);
            }
        }
        let masker = self.masker.clone();
        let unmasked = self.unmasked;
        let sealed =
            tokio::task::spawn_blocking(move || -> Result<Vec<StoredRecord>, StoreError> {
                let mut scratch = MaskedLine::new();
                let mut nonces = Nonces::new()?;
                records
                    .into_iter()
                    .map(|r| {
                        let key = keys
                            .get(&(r.service.clone(), r.ts.day()))
                            .ok_or_else(|| StoreError::Crypto("no data key".into()))?;
                        if unmasked {
                            return Ok(StoredRecord::unmasked(r));
                        }
                        StoredRecord::seal(&masker, key, &mut nonces, r, &mut scratch)
                    })
                    .collect()
            })
            .await
            .map_err(|e| StoreError::Corrupt(format!("sealing failed: {e}")))??;
        let (tx, rx) = oneshot::channel();
        self.writer
            .send(WriteJob::Append(sealed, tx))
            .await
            .map_err(|_| StoreError::Config("the log writer has stopped".into()))?;
        rx.await
            .map_err(|_| StoreError::Config("the log writer has stopped".into()))?
    }

    /// Commits the indexes now (tests and shutdown; the writer also commits every second).
    pub async fn commit(&self) -> Result<(), StoreError> {
        let (tx, rx) = oneshot::channel();
        self.writer
            .send(WriteJob::Commit(tx))
            .await
            .map_err(|_| StoreError::Config("the log writer has stopped".into()))?;
        rx.await
            .map_err(|_| StoreError::Config("the log writer has stopped".into()))?
    }

    /// Records as they become durable, for live tails.
    pub fn subscribe(&self) -> broadcast::Receiver<Arc<StoredRecord>> {
        self.tail.subscribe()
    }

    /// Searches committed records; `keep` is the exact filter applied after the index narrowed.
    pub async fn search(
        &self,
        req: SearchRequest,
        keep: Arc<dyn Fn(&StoredRecord) -> bool + Send + Sync>,
    ) -> Result<Vec<StoredRecord>, StoreError> {
        let logs = self.logs.clone();
        tokio::task::spawn_blocking(move || {
            let logs = logs.read().map_err(poisoned)?;
            logs.search(&req, &*keep)
        })
        .await
        .map_err(|e| StoreError::Corrupt(format!("search failed: {e}")))?
    }

    /// Services that have stored logs.
    pub fn services(&self) -> Result<Vec<ServiceName>, StoreError> {
        Ok(self.logs.read().map_err(poisoned)?.services())
    }

    /// Applies each service's retention: drops partitions older than its window and destroys
    /// their data keys. Returns (service, days dropped).
    pub async fn run_retention(
        &self,
        default_days: u32,
    ) -> Result<Vec<(ServiceName, Vec<i64>)>, StoreError> {
        let today = self.clock.now().day();
        let configured: HashMap<ServiceName, u32> =
            self.control.retention().await?.into_iter().collect();
        let mut out = Vec::new();
        for service in self.services()? {
            let days = configured.get(&service).copied().unwrap_or(default_days);
            let keep_from = today - i64::from(days) + 1;
            let dropped = {
                let mut logs = self.logs.write().map_err(poisoned)?;
                logs.drop_before(&service, keep_from)?
            };
            let destroyed = self
                .control
                .destroy_data_keys_before(&service, keep_from)
                .await?;
            self.keys
                .lock()
                .map_err(poisoned)?
                .retain(|(s, d), _| s != &service || *d >= keep_from);
            let mut all: Vec<i64> = dropped.into_iter().chain(destroyed).collect();
            all.sort_unstable();
            all.dedup();
            if !all.is_empty() {
                out.push((service, all));
            }
        }
        Ok(out)
    }

    /// Commits, stops the writer and waits for it.
    pub async fn shutdown(&self) {
        let _ = self.writer.send(WriteJob::Stop).await;
        let handle = self.writer_thread.lock().ok().and_then(|mut h| h.take());
        if let Some(h) = handle {
            let _ = tokio::task::spawn_blocking(move || h.join()).await;
        }
        self.control.close().await;
    }
}

impl Drop for Storage {
    fn drop(&mut self) {
        let _ = self.writer.try_send(WriteJob::Stop);
    }
}

fn poisoned<T>(_: std::sync::PoisonError<T>) -> StoreError {
    StoreError::Corrupt("a storage lock was poisoned by a crashed thread".into())
}

fn create_private_dir(dir: &Path) -> Result<(), StoreError> {
    let mut b = std::fs::DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        b.mode(0o700);
    }
    b.create(dir).map_err(|e| StoreError::io(dir, e))
}

/// The one thread that writes: appends to the log, syncs once per group of batches, answers
/// each batch, then indexes and broadcasts. A failed sync fails every batch of the group and
/// stops the writer: after an fsync error the file's state is unknown, and acknowledging
/// anything more would be a lie. Commits come from `Tick`s (every [`COMMIT_EVERY`]), explicit
/// `Commit`s and `Stop`.
fn writer_loop(
    mut wal: Wal,
    logs: Arc<RwLock<LogStore>>,
    tail: broadcast::Sender<Arc<StoredRecord>>,
    mut rx: mpsc::Receiver<WriteJob>,
    clock: Arc<dyn Clock>,
) {
    let mut pending_index = false;
    // Once indexing a record failed, the log is kept whole until a restart replays it.
    let mut keep_log = false;
    loop {
        let mut group: Vec<(Vec<StoredRecord>, WriteReply)> = Vec::new();
        let mut control = match rx.blocking_recv() {
            Some(WriteJob::Append(recs, reply)) => {
                group.push((recs, reply));
                None
            }
            Some(other) => Some(other),
            None => Some(WriteJob::Stop),
        };
        // Group commit: everything already queued shares one fsync.
        while control.is_none() && group.len() < 512 {
            match rx.try_recv() {
                Ok(WriteJob::Append(recs, reply)) => group.push((recs, reply)),
                Ok(other) => control = Some(other),
                Err(_) => break,
            }
        }
        if !group.is_empty() {
            match append_group(&mut wal, &logs, &tail, group) {
                Appended::Ok => {}
                Appended::IndexFailed => keep_log = true,
                Appended::LogFailed => {
                    // The log is in an unknown state: refuse all further writes (fail closed).
                    fail_remaining(&mut rx);
                    return;
                }
            }
            pending_index = true;
        }
        match control {
            Some(WriteJob::Commit(reply)) => {
                let r = commit(&mut wal, &logs, clock.now().day(), keep_log);
                pending_index = false;
                let _ = reply.send(r);
            }
            Some(WriteJob::Tick) if pending_index => {
                let _ = commit(&mut wal, &logs, clock.now().day(), keep_log);
                pending_index = false;
            }
            Some(WriteJob::Stop) => {
                let _ = commit(&mut wal, &logs, clock.now().day(), keep_log);
                return;
            }
            _ => {}
        }
    }
}

enum Appended {
    Ok,
    IndexFailed,
    LogFailed,
}

fn append_group(
    wal: &mut Wal,
    logs: &RwLock<LogStore>,
    tail: &broadcast::Sender<Arc<StoredRecord>>,
    group: Vec<(Vec<StoredRecord>, WriteReply)>,
) -> Appended {
    let mut encoded: Vec<(Vec<StoredRecord>, Vec<Vec<u8>>, WriteReply)> =
        Vec::with_capacity(group.len());
    let mut failed: Option<String> = None;
    for (mut recs, reply) in group {
        let mut bytes = Vec::with_capacity(recs.len());
        for r in &mut recs {
            r.id = wal.next_seq();
            match r.encode().and_then(|b| wal.append(&b).map(|_| b)) {
                Ok(b) => bytes.push(b),
                Err(e) => {
                    failed.get_or_insert(e.to_string());
                }
            }
        }
        encoded.push((recs, bytes, reply));
    }
    let synced = match failed {
        Some(e) => Err(e),
        None => wal.sync().map_err(|e| e.to_string()),
    };
    if let Err(msg) = synced {
        for (_, _, reply) in encoded {
            let _ = reply.send(Err(StoreError::Config(format!(
                "write-ahead log failed, nothing stored: {msg}"
            ))));
        }
        return Appended::LogFailed;
    }
    let mut logs = match logs.write() {
        Ok(l) => l,
        Err(_) => return Appended::LogFailed,
    };
    let mut result = Appended::Ok;
    for (recs, bytes, reply) in encoded {
        let _ = reply.send(Ok(recs.iter().map(|r| r.id).collect()));
        for (r, b) in recs.into_iter().zip(bytes) {
            // Indexing errors leave the record in the log: the next start replays it.
            if logs.add(&r, &b).is_err() {
                result = Appended::IndexFailed;
            }
            let _ = tail.send(Arc::new(r));
        }
    }
    result
}

fn commit(
    wal: &mut Wal,
    logs: &RwLock<LogStore>,
    today: i64,
    keep_log: bool,
) -> Result<(), StoreError> {
    let through = wal.next_seq().saturating_sub(1);
    logs.write().map_err(poisoned)?.commit(today)?;
    if keep_log {
        return Ok(());
    }
    wal.truncate_through(through)
}

fn fail_remaining(rx: &mut mpsc::Receiver<WriteJob>) {
    rx.close();
    while let Some(job) = rx.blocking_recv() {
        if let WriteJob::Append(_, reply) = job {
            let _ = reply.send(Err(StoreError::Config(
                "write-ahead log failed earlier; restart logveil".into(),
            )));
        }
    }
}
