//! For tests against a real PostgreSQL server (feature `testing`): a schema of their own on
//! the server named by `LOGVEIL_TEST_POSTGRES` (default
//! `postgres://postgres@127.0.0.1:5432/test`; `scripts/test` makes sure it answers), dropped
//! at the end. Tests fail, never skip, without the server.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::sync::atomic::{AtomicU64, Ordering};

use sqlx::Connection;

use crate::PgStore;

/// A schema of its own on the test server, dropped when this is.
#[derive(Debug)]
pub struct PgSchema {
    pub url: String,
    pub name: String,
}

impl PgSchema {
    /// A new schema name (`PREFIX_<pid>_<n>_<time>`): unique across test binaries run at once.
    pub fn new(prefix: &str) -> PgSchema {
        let url = std::env::var("LOGVEIL_TEST_POSTGRES")
            .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".into());
        PgSchema::at(&url, prefix)
    }

    /// The same on the server at `url` (a benchmark's, say).
    pub fn at(url: &str, prefix: &str) -> PgSchema {
        static NEXT: AtomicU64 = AtomicU64::new(0);
        let url = url.to_owned();
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let name = format!(
            "{prefix}_{}_{}_{nanos:x}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        );
        PgSchema { url, name }
    }

    /// The store in this schema; the message says what to do when no server answers.
    pub fn open(&self) -> PgStore {
        PgStore::open(&self.url, &self.name).unwrap_or_else(|e| {
            panic!(
                "{e}\nThe PostgreSQL tests need a server at {} (set LOGVEIL_TEST_POSTGRES); scripts/test starts one",
                self.url
            )
        })
    }

    /// Runs SQL on the server (to tamper with rows, say); the rows it touched.
    pub fn sql(&self, statement: &str) -> u64 {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        runtime.block_on(async {
            let mut conn = sqlx::PgConnection::connect(&self.url).await.unwrap();
            let done = sqlx::raw_sql(statement).execute(&mut conn).await.unwrap();
            conn.close().await.unwrap();
            done.rows_affected()
        })
    }
}

impl Drop for PgSchema {
    fn drop(&mut self) {
        let statement = format!("DROP SCHEMA IF EXISTS {} CASCADE", self.name);
        // Best effort: a failed test still drops its schema when the server is there.
        let _ = std::panic::catch_unwind(|| self.sql(&statement));
    }
}
