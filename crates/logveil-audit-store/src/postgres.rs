//! The PostgreSQL backend: one row per line, keyed by the line's byte offset.
//!
//! ```sql
//! CREATE TABLE <schema>.audit_lines ("offset" bigint PRIMARY KEY, line bytea NOT NULL)
//! ```
//!
//! Each append is one transaction (one multi-row insert) with `synchronous_commit = on`, so it
//! is durable when it returns and a failed one keeps nothing. A range is served from the rows
//! that overlap it, a page at a time, found through the primary key.
//!
//! One process writes a log: the store holds a session advisory lock for as long as it is
//! open, and a second gateway pointed at the same schema is refused at open rather than
//! interleaving a second Merkle tree into the first.
//!
//! The interface is synchronous (the audit writer is a thread, readers run on the blocking
//! pool), and sqlx is asynchronous: the store runs its own small runtime on one thread, and
//! each call waits on a reply channel. Waiting on a channel, unlike entering a runtime, is
//! allowed anywhere, so the store can be opened and used from async code as well.

use std::io::{self, Read};
use std::str::FromStr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{mpsc, Mutex};

use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::{Connection, PgPool};

use crate::{check_range, check_whole_lines, LineStore};

/// Rows fetched per page when reading a range.
const PAGE_ROWS: i64 = 512;

/// Why a PostgreSQL store could not be opened.
#[derive(Debug, thiserror::Error)]
pub enum PgStoreError {
    #[error("invalid PostgreSQL URL: {0}")]
    Url(String),
    #[error("invalid schema name {0:?}: use lower-case letters, digits and _, starting with a letter or _, at most 63")]
    Schema(String),
    #[error("PostgreSQL audit store at {location}: {why}")]
    Database { location: String, why: String },
    #[error("the PostgreSQL audit store at {location} is open in another process (one gateway writes a log); stop it, or give this one its own schema")]
    Locked { location: String },
    #[error("the PostgreSQL audit store could not start its worker: {0}")]
    Worker(String),
}

/// An audit log kept in PostgreSQL; see the module documentation.
pub struct PgStore {
    requests: tokio::sync::mpsc::UnboundedSender<Request>,
    len: AtomicU64,
    /// Appends take their offsets from `len`: one at a time.
    appending: Mutex<()>,
    /// Joined at drop, so the writer's lock is released when the store is gone.
    worker: Option<std::thread::JoinHandle<()>>,
    location: String,
}

impl std::fmt::Debug for PgStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PgStore")
            .field("location", &self.location)
            .finish()
    }
}

type Reply<T> = mpsc::SyncSender<io::Result<T>>;

enum Request {
    Append {
        at: u64,
        lines: Vec<u8>,
        reply: Reply<()>,
    },
    Page {
        from: u64,
        end: u64,
        reply: Reply<Vec<(u64, Vec<u8>)>>,
    },
    /// The store is dropped: close the connections (readers still open get errors).
    Close,
}

impl Drop for PgStore {
    fn drop(&mut self) {
        let _ = self.requests.send(Request::Close);
        if let Some(worker) = self.worker.take() {
            let _ = worker.join();
        }
    }
}

/// Whether `name` is a plain lower-case SQL identifier (it is written into statements).
fn valid_schema(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c == '_')
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && name.len() <= 63
}

fn db_err(location: &str) -> impl Fn(sqlx::Error) -> PgStoreError + '_ {
    move |e| PgStoreError::Database {
        location: location.to_owned(),
        why: e.to_string(),
    }
}

impl PgStore {
    /// Connects to `url`, creates `schema` and its table when absent, takes the writer's lock
    /// and reads where the log ends.
    pub fn open(url: &str, schema: &str) -> Result<PgStore, PgStoreError> {
        if !valid_schema(schema) {
            return Err(PgStoreError::Schema(schema.to_owned()));
        }
        let options = PgConnectOptions::from_str(url)
            // The URL may hold a password: the error names no part of it.
            .map_err(|_| {
                PgStoreError::Url("it does not parse as postgres://USER@HOST:PORT/DATABASE".into())
            })?
            .options([("synchronous_commit", "on")])
            .application_name("logveil-audit");
        // Where, without credentials: for messages and logs.
        let location = format!(
            "postgres://{}:{}/{} schema {schema}",
            options.get_host(),
            options.get_port(),
            options.get_database().unwrap_or("")
        );
        let (opened, wait) = mpsc::sync_channel(1);
        let (requests, queue) = tokio::sync::mpsc::unbounded_channel();
        let worker_location = location.clone();
        let schema = schema.to_owned();
        let worker = std::thread::Builder::new()
            .name("audit-postgres".into())
            .spawn(move || worker(options, schema, worker_location, opened, queue))
            .map_err(|e| PgStoreError::Worker(e.to_string()))?;
        let len = wait
            .recv()
            .map_err(|_| PgStoreError::Worker("the worker stopped while opening".into()))??;
        Ok(PgStore {
            requests,
            len: AtomicU64::new(len),
            appending: Mutex::new(()),
            worker: Some(worker),
            location,
        })
    }

    fn ask<T>(&self, request: impl FnOnce(Reply<T>) -> Request) -> io::Result<T> {
        let (reply, wait) = mpsc::sync_channel(1);
        self.requests
            .send(request(reply))
            .map_err(|_| io::Error::other("the PostgreSQL audit store has stopped"))?;
        wait.recv()
            .map_err(|_| io::Error::other("the PostgreSQL audit store has stopped"))?
    }
}

/// The worker thread: opens the pool, answers `opened`, then serves requests until the store
/// is dropped (its sender closes the queue).
fn worker(
    options: PgConnectOptions,
    schema: String,
    location: String,
    opened: mpsc::SyncSender<Result<u64, PgStoreError>>,
    mut queue: tokio::sync::mpsc::UnboundedReceiver<Request>,
) {
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            let _ = opened.send(Err(PgStoreError::Worker(e.to_string())));
            return;
        }
    };
    runtime.block_on(async move {
        let setup = async {
            let fail = db_err(&location);
            // The lock lives on its own connection, held until the store closes.
            let mut lock = sqlx::PgConnection::connect_with(&options)
                .await
                .map_err(&fail)?;
            let locked: bool =
                sqlx::query_scalar("SELECT pg_try_advisory_lock(hashtextextended($1, 0))")
                    .bind(format!("logveil-audit:{schema}"))
                    .fetch_one(&mut lock)
                    .await
                    .map_err(&fail)?;
            if !locked {
                return Err(PgStoreError::Locked {
                    location: location.clone(),
                });
            }
            sqlx::query(&format!("CREATE SCHEMA IF NOT EXISTS {schema}"))
                .execute(&mut lock)
                .await
                .map_err(&fail)?;
            sqlx::query(&format!(
                "CREATE TABLE IF NOT EXISTS {schema}.audit_lines \
                 (\"offset\" bigint PRIMARY KEY, line bytea NOT NULL)"
            ))
            .execute(&mut lock)
            .await
            .map_err(&fail)?;
            let end: Option<i64> = sqlx::query_scalar(&format!(
                "SELECT \"offset\" + length(line) FROM {schema}.audit_lines \
                 ORDER BY \"offset\" DESC LIMIT 1"
            ))
            .fetch_optional(&mut lock)
            .await
            .map_err(&fail)?;
            let pool = PgPoolOptions::new()
                .max_connections(4)
                .connect_with(options.clone())
                .await
                .map_err(&fail)?;
            let len = u64::try_from(end.unwrap_or(0)).map_err(|_| PgStoreError::Database {
                location: location.clone(),
                why: "a negative offset is stored".into(),
            })?;
            Ok((lock, pool, len))
        };
        let (lock, pool, len) = match setup.await {
            Ok(ready) => ready,
            Err(e) => {
                let _ = opened.send(Err(e));
                return;
            }
        };
        if opened.send(Ok(len)).is_err() {
            return;
        }
        let table = format!("{schema}.audit_lines");
        while let Some(request) = queue.recv().await {
            match request {
                // Appends run one at a time, in order.
                Request::Append { at, lines, reply } => {
                    let _ = reply.send(append(&pool, &table, at, &lines).await);
                }
                Request::Page { from, end, reply } => {
                    let (pool, table) = (pool.clone(), table.clone());
                    tokio::spawn(async move {
                        let _ = reply.send(page(&pool, &table, from, end).await);
                    });
                }
                Request::Close => break,
            }
        }
        pool.close().await;
        let _ = lock.close().await;
    });
}

fn to_i64(n: u64) -> io::Result<i64> {
    i64::try_from(n).map_err(|_| io::Error::other("audit offset out of range"))
}

fn io_err(e: sqlx::Error) -> io::Error {
    io::Error::other(format!("PostgreSQL audit store: {e}"))
}

/// Inserts each line of `lines` at its offset from `at`, in one transaction.
async fn append(pool: &PgPool, table: &str, at: u64, lines: &[u8]) -> io::Result<()> {
    let mut offsets = Vec::new();
    let mut rows: Vec<&[u8]> = Vec::new();
    let mut next = at;
    for line in lines.split_inclusive(|&b| b == b'\n') {
        offsets.push(to_i64(next)?);
        rows.push(line);
        next += line.len() as u64;
    }
    sqlx::query(&format!(
        "INSERT INTO {table} (\"offset\", line) SELECT * FROM UNNEST($1::bigint[], $2::bytea[])"
    ))
    .bind(offsets)
    .bind(rows)
    .execute(pool)
    .await
    .map_err(io_err)?;
    Ok(())
}

/// Up to a page of rows from the one holding byte `from` on, before `end`.
async fn page(pool: &PgPool, table: &str, from: u64, end: u64) -> io::Result<Vec<(u64, Vec<u8>)>> {
    let rows: Vec<(i64, Vec<u8>)> = sqlx::query_as(&format!(
        "SELECT \"offset\", line FROM {table} \
         WHERE \"offset\" >= COALESCE((SELECT max(\"offset\") FROM {table} WHERE \"offset\" <= $1), 0) \
           AND \"offset\" < $2 \
         ORDER BY \"offset\" LIMIT $3"
    ))
    .bind(to_i64(from)?)
    .bind(to_i64(end)?)
    .bind(PAGE_ROWS)
    .fetch_all(pool)
    .await
    .map_err(io_err)?;
    rows.into_iter()
        .map(|(offset, line)| {
            u64::try_from(offset)
                .map(|o| (o, line))
                .map_err(|_| io::Error::other("a negative offset is stored"))
        })
        .collect()
}

impl LineStore for PgStore {
    fn len(&self) -> u64 {
        self.len.load(Ordering::Acquire)
    }

    fn append(&self, lines: &[u8]) -> io::Result<()> {
        check_whole_lines(lines)?;
        if lines.is_empty() {
            return Ok(());
        }
        let _one_at_a_time = self
            .appending
            .lock()
            .map_err(|_| io::Error::other("audit append lock poisoned"))?;
        let at = self.len();
        let lines = lines.to_vec();
        let n = lines.len() as u64;
        self.ask(|reply| Request::Append { at, lines, reply })?;
        self.len.store(at + n, Ordering::Release);
        Ok(())
    }

    fn read_range(&self, start: u64, end: u64) -> io::Result<Box<dyn Read + Send>> {
        check_range(start, end, self.len())?;
        Ok(Box::new(PgRange {
            requests: self.requests.clone(),
            pos: start,
            end,
            buf: Vec::new(),
            at: 0,
        }))
    }

    fn location(&self) -> String {
        self.location.clone()
    }
}

/// The bytes of a range, fetched a page of rows at a time as they are read.
struct PgRange {
    requests: tokio::sync::mpsc::UnboundedSender<Request>,
    /// The offset of the next byte not yet in `buf`.
    pos: u64,
    end: u64,
    buf: Vec<u8>,
    /// How much of `buf` was read.
    at: usize,
}

impl PgRange {
    fn fill(&mut self) -> io::Result<()> {
        let (reply, wait) = mpsc::sync_channel(1);
        self.requests
            .send(Request::Page {
                from: self.pos,
                end: self.end,
                reply,
            })
            .map_err(|_| io::Error::other("the PostgreSQL audit store has stopped"))?;
        let rows = wait
            .recv()
            .map_err(|_| io::Error::other("the PostgreSQL audit store has stopped"))??;
        self.buf.clear();
        self.at = 0;
        for (offset, line) in rows {
            let line_end = offset + line.len() as u64;
            if offset > self.pos || line_end <= self.pos {
                // A gap in the stored offsets: rows were deleted under the store.
                return Err(io::Error::other(format!(
                    "PostgreSQL audit store: no line holds byte {}",
                    self.pos
                )));
            }
            let from = (self.pos - offset) as usize;
            let to = (self.end.min(line_end) - offset) as usize;
            self.buf.extend_from_slice(&line[from..to]);
            self.pos = offset + to as u64;
            if self.pos == self.end {
                break;
            }
        }
        if self.buf.is_empty() {
            return Err(io::Error::new(
                io::ErrorKind::UnexpectedEof,
                format!("PostgreSQL audit store: no line holds byte {}", self.pos),
            ));
        }
        Ok(())
    }
}

impl Read for PgRange {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        if self.at == self.buf.len() {
            if self.pos == self.end || out.is_empty() {
                return Ok(0);
            }
            self.fill()?;
        }
        let n = out.len().min(self.buf.len() - self.at);
        out[..n].copy_from_slice(&self.buf[self.at..self.at + n]);
        self.at += n;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schema_names_are_plain_identifiers() {
        for good in ["logveil", "_x", "audit_2026", &"a".repeat(63)] {
            assert!(valid_schema(good), "{good}");
        }
        for bad in [
            "",
            "1x",
            "Logveil",
            "a-b",
            "a;drop",
            "a b",
            &"a".repeat(64),
            "é",
        ] {
            assert!(!valid_schema(bad), "{bad}");
        }
    }
}
