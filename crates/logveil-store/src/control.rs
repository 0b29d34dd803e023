//! The control plane on SQLite: API tokens, wrapped data keys and per-service retention.
//! One file (`control.db`) in the data directory, opened through sqlx so the same async API
//! can later sit on PostgreSQL. `secure_delete` is on so a destroyed data key's bytes are
//! overwritten in the file, not just unlinked from the b-tree.

use std::path::Path;
use std::str::FromStr;

use logveil_core::{ServiceName, Timestamp};
use sha2::{Digest, Sha256};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Row, SqlitePool};
use subtle::ConstantTimeEq;

use crate::StoreError;

/// Schema versions, applied in order inside one transaction each; `PRAGMA user_version`
/// records how far a database has come.
const MIGRATIONS: &[&str] = &[r#"
CREATE TABLE tokens (
    id          TEXT PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('admin', 'ingest')),
    secret_hash BLOB NOT NULL,
    services    TEXT NOT NULL DEFAULT '[]',
    label       TEXT NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL,
    revoked_at  INTEGER
);
CREATE TABLE data_keys (
    service    TEXT NOT NULL,
    day        INTEGER NOT NULL,
    wrapped    BLOB NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (service, day)
);
CREATE TABLE services (
    name           TEXT PRIMARY KEY,
    retention_days INTEGER NOT NULL CHECK (retention_days > 0)
);
"#];

/// What a token may do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TokenKind {
    /// Everything: created at first start, written to `admin.token`.
    Admin,
    /// Write logs of these services, nothing else.
    Ingest(Vec<ServiceName>),
}

/// A verified token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenInfo {
    pub id: String,
    pub kind: TokenKind,
}

#[derive(Debug, Clone)]
pub struct ControlPlane {
    pool: SqlitePool,
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn db_err(e: sqlx::Error) -> StoreError {
    StoreError::Database(e.to_string())
}

impl ControlPlane {
    pub async fn open(path: &Path) -> Result<Self, StoreError> {
        let opts = SqliteConnectOptions::from_str("sqlite://")
            .map_err(db_err)?
            .filename(path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Full)
            .pragma("secure_delete", "ON")
            .foreign_keys(true);
        let pool = SqlitePoolOptions::new()
            .max_connections(4)
            .connect_with(opts)
            .await
            .map_err(db_err)?;
        let cp = Self { pool };
        cp.migrate().await?;
        Ok(cp)
    }

    async fn migrate(&self) -> Result<(), StoreError> {
        let version: i64 = sqlx::query_scalar("PRAGMA user_version")
            .fetch_one(&self.pool)
            .await
            .map_err(db_err)?;
        let known = MIGRATIONS.len() as i64;
        if version > known {
            return Err(StoreError::Config(format!(
                "control.db has schema version {version}, newer than this logveil knows ({known}); upgrade logveil"
            )));
        }
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(version as usize) {
            let mut tx = self.pool.begin().await.map_err(db_err)?;
            sqlx::raw_sql(sql).execute(&mut *tx).await.map_err(db_err)?;
            sqlx::raw_sql(&format!("PRAGMA user_version = {}", i + 1))
                .execute(&mut *tx)
                .await
                .map_err(db_err)?;
            tx.commit().await.map_err(db_err)?;
        }
        Ok(())
    }

    // ------------------------------------------------------------------ tokens

    /// Creates a token and returns its secret form (`lv_<id>_<secret>`), shown once: only a
    /// hash of the secret is kept.
    pub async fn create_token(
        &self,
        kind: &TokenKind,
        label: &str,
        now: Timestamp,
    ) -> Result<String, StoreError> {
        let mut id = [0u8; 8];
        let mut secret = [0u8; 32];
        getrandom::getrandom(&mut id).map_err(|e| StoreError::Crypto(e.to_string()))?;
        getrandom::getrandom(&mut secret).map_err(|e| StoreError::Crypto(e.to_string()))?;
        let (id, secret) = (hex(&id), hex(&secret));
        let (kind_name, services) = match kind {
            TokenKind::Admin => ("admin", Vec::new()),
            TokenKind::Ingest(s) => ("ingest", s.iter().map(|s| s.as_str().to_owned()).collect()),
        };
        let services =
            serde_json::to_string(&services).map_err(|e| StoreError::Encoding(e.to_string()))?;
        sqlx::query("INSERT INTO tokens (id, kind, secret_hash, services, label, created_at) VALUES (?, ?, ?, ?, ?, ?)")
            .bind(&id)
            .bind(kind_name)
            .bind(Sha256::digest(secret.as_bytes()).to_vec())
            .bind(services)
            .bind(label)
            .bind(now.as_unix_seconds())
            .execute(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(format!("lv_{id}_{secret}"))
    }

    /// The token a bearer secret belongs to, if it is valid and not revoked. The secret is
    /// compared by hash in constant time.
    pub async fn verify_token(&self, presented: &str) -> Result<Option<TokenInfo>, StoreError> {
        let Some((id, secret)) = presented
            .strip_prefix("lv_")
            .and_then(|r| r.split_once('_'))
        else {
            return Ok(None);
        };
        if id.len() != 16 || !id.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Ok(None);
        }
        let row = sqlx::query(
            "SELECT kind, secret_hash, services FROM tokens WHERE id = ? AND revoked_at IS NULL",
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await
        .map_err(db_err)?;
        let Some(row) = row else { return Ok(None) };
        let stored: Vec<u8> = row.get("secret_hash");
        let given = Sha256::digest(secret.as_bytes());
        if !bool::from(stored.as_slice().ct_eq(given.as_slice())) {
            return Ok(None);
        }
        let kind: String = row.get("kind");
        let kind = match kind.as_str() {
            "admin" => TokenKind::Admin,
            _ => {
                let names: Vec<String> = serde_json::from_str(row.get::<&str, _>("services"))
                    .map_err(|e| StoreError::Encoding(e.to_string()))?;
                TokenKind::Ingest(names.iter().filter_map(|n| n.parse().ok()).collect())
            }
        };
        Ok(Some(TokenInfo {
            id: id.to_owned(),
            kind,
        }))
    }

    pub async fn revoke_token(&self, id: &str, now: Timestamp) -> Result<bool, StoreError> {
        let r = sqlx::query("UPDATE tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")
            .bind(now.as_unix_seconds())
            .bind(id)
            .execute(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(r.rows_affected() == 1)
    }

    // ------------------------------------------------------------------ data keys

    pub async fn data_key(
        &self,
        service: &ServiceName,
        day: i64,
    ) -> Result<Option<Vec<u8>>, StoreError> {
        sqlx::query_scalar("SELECT wrapped FROM data_keys WHERE service = ? AND day = ?")
            .bind(service.as_str())
            .bind(day)
            .fetch_optional(&self.pool)
            .await
            .map_err(db_err)
    }

    /// Stores `wrapped` unless a key for that service and day exists, and returns the one that
    /// is stored: two writers racing on a new day agree on one key.
    pub async fn insert_data_key(
        &self,
        service: &ServiceName,
        day: i64,
        wrapped: &[u8],
        now: Timestamp,
    ) -> Result<Vec<u8>, StoreError> {
        sqlx::query("INSERT OR IGNORE INTO data_keys (service, day, wrapped, created_at) VALUES (?, ?, ?, ?)")
            .bind(service.as_str())
            .bind(day)
            .bind(wrapped)
            .bind(now.as_unix_seconds())
            .execute(&self.pool)
            .await
            .map_err(db_err)?;
        self.data_key(service, day)
            .await?
            .ok_or_else(|| StoreError::Database("data key vanished after insert".into()))
    }

    /// Destroys the data keys of `service` for days before `keep_from_day`: their sealed
    /// originals can never be opened again. Returns the days destroyed.
    pub async fn destroy_data_keys_before(
        &self,
        service: &ServiceName,
        keep_from_day: i64,
    ) -> Result<Vec<i64>, StoreError> {
        let days: Vec<i64> =
            sqlx::query_scalar("DELETE FROM data_keys WHERE service = ? AND day < ? RETURNING day")
                .bind(service.as_str())
                .bind(keep_from_day)
                .fetch_all(&self.pool)
                .await
                .map_err(db_err)?;
        // Checkpoint so the deleted pages leave the SQLite WAL file too.
        sqlx::raw_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            .execute(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(days)
    }

    // ------------------------------------------------------------------ retention

    pub async fn set_retention(&self, service: &ServiceName, days: u32) -> Result<(), StoreError> {
        sqlx::query("INSERT INTO services (name, retention_days) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET retention_days = excluded.retention_days")
            .bind(service.as_str())
            .bind(i64::from(days))
            .execute(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(())
    }

    pub async fn retention(&self) -> Result<Vec<(ServiceName, u32)>, StoreError> {
        let rows = sqlx::query("SELECT name, retention_days FROM services ORDER BY name")
            .fetch_all(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(rows
            .iter()
            .filter_map(|r| {
                let name: String = r.get("name");
                let days: i64 = r.get("retention_days");
                Some((name.parse().ok()?, u32::try_from(days).ok()?))
            })
            .collect())
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }
}
