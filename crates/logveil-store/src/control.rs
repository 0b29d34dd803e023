//! The control plane on SQLite: API tokens, wrapped data keys and per-service retention.
//! One file (`control.db`) in the data directory, opened through sqlx so the same async API
//! can later sit on PostgreSQL. `secure_delete` is on so a destroyed data key's bytes are
//! overwritten in the file, not just unlinked from the b-tree.

use std::path::Path;
use std::str::FromStr;

use logveil_core::access::AccessRequest;
use logveil_core::{Role, RoleName, ServiceName, Timestamp, UserName};
use sha2::{Digest, Sha256};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Row, SqlitePool};
use subtle::ConstantTimeEq;

use crate::StoreError;

/// Schema versions, applied in order inside one transaction each; `PRAGMA user_version`
/// records how far a database has come.
const MIGRATIONS: &[&str] = &[
    r#"
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
"#,
    r#"
CREATE TABLE tokens_v2 (
    id          TEXT PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('admin', 'ingest', 'user')),
    secret_hash BLOB NOT NULL,
    services    TEXT NOT NULL DEFAULT '[]',
    user        TEXT,
    label       TEXT NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER,
    revoked_at  INTEGER
);
INSERT INTO tokens_v2 (id, kind, secret_hash, services, label, created_at, revoked_at)
    SELECT id, kind, secret_hash, services, label, created_at, revoked_at FROM tokens;
DROP TABLE tokens;
ALTER TABLE tokens_v2 RENAME TO tokens;
CREATE TABLE users (
    name          TEXT PRIMARY KEY,
    kind          TEXT NOT NULL CHECK (kind IN ('user', 'service')),
    password_hash TEXT,
    roles         TEXT NOT NULL DEFAULT '[]',
    created_at    INTEGER NOT NULL,
    disabled_at   INTEGER
);
CREATE TABLE roles (
    name TEXT PRIMARY KEY,
    body TEXT NOT NULL
);
"#,
    r#"
CREATE TABLE access_requests (
    id         TEXT PRIMARY KEY,
    requester  TEXT NOT NULL,
    body       TEXT NOT NULL,
    version    INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL
);
CREATE INDEX access_requests_requester ON access_requests (requester);
"#,
    r#"
ALTER TABLE users ADD COLUMN totp_secret BLOB;
ALTER TABLE users ADD COLUMN totp_pending BLOB;
ALTER TABLE users ADD COLUMN totp_last_step INTEGER;
ALTER TABLE tokens ADD COLUMN stepped_up_at INTEGER;
"#,
    r#"
ALTER TABLE access_requests ADD COLUMN end_recorded_at INTEGER;
CREATE INDEX access_requests_unended ON access_requests (end_recorded_at) WHERE end_recorded_at IS NULL;
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"#,
];

/// What a token may do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TokenKind {
    /// Everything: created at first start, written to `admin.token`.
    Admin,
    /// Write logs of these services, nothing else.
    Ingest(Vec<ServiceName>),
    /// Acts as this user or service account, with its roles (from `logveil login`, or created
    /// for a service account).
    User(UserName),
}

/// A user or service account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserRecord {
    pub name: UserName,
    pub service_account: bool,
    /// Argon2 PHC string; `None` for service accounts (they only have tokens).
    pub password_hash: Option<String>,
    pub roles: Vec<RoleName>,
    pub disabled: bool,
}

/// A verified token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenInfo {
    pub id: String,
    pub kind: TokenKind,
    /// When the bearer last proved a TOTP code on this token (step-up).
    pub stepped_up_at: Option<Timestamp>,
    /// What the token was made for (`login`, `web`, `oidc`, or an administrator's label):
    /// tells the audit how its bearer signed in.
    pub label: String,
}

/// A user's TOTP enrolment, sealed (see `Storage::seal_secret`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TotpState {
    pub secret: Option<Vec<u8>>,
    /// A secret issued by enrolment and not yet confirmed with a code.
    pub pending: Option<Vec<u8>>,
    /// The last time step a code was accepted for: no code of it or before is accepted again.
    pub last_step: Option<i64>,
}

#[derive(Debug, Clone)]
pub struct ControlPlane {
    pool: SqlitePool,
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn user_from_row(r: &sqlx::sqlite::SqliteRow) -> Result<UserRecord, StoreError> {
    let name: String = r.get("name");
    let kind: String = r.get("kind");
    let roles: Vec<RoleName> = serde_json::from_str(r.get::<&str, _>("roles"))
        .map_err(|e| StoreError::Encoding(e.to_string()))?;
    let disabled: Option<i64> = r.get("disabled_at");
    Ok(UserRecord {
        name: name
            .parse()
            .map_err(|_| StoreError::Corrupt("a user name in control.db is invalid".into()))?,
        service_account: kind == "service",
        password_hash: r.get("password_hash"),
        roles,
        disabled: disabled.is_some(),
    })
}

/// Rows of `id, body` as requests.
fn decode_requests(
    rows: &[sqlx::sqlite::SqliteRow],
) -> Result<Vec<(String, AccessRequest)>, StoreError> {
    rows.iter()
        .map(|r| {
            let body: &str = r.get("body");
            serde_json::from_str(body)
                .map(|b| (r.get::<String, _>("id"), b))
                .map_err(|e| StoreError::Encoding(e.to_string()))
        })
        .collect()
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
        self.create_token_until(kind, label, now, None).await
    }

    /// [`ControlPlane::create_token`] with an absolute expiry.
    pub async fn create_token_until(
        &self,
        kind: &TokenKind,
        label: &str,
        now: Timestamp,
        expires: Option<Timestamp>,
    ) -> Result<String, StoreError> {
        let mut id = [0u8; 8];
        let mut secret = [0u8; 32];
        getrandom::getrandom(&mut id).map_err(|e| StoreError::Crypto(e.to_string()))?;
        getrandom::getrandom(&mut secret).map_err(|e| StoreError::Crypto(e.to_string()))?;
        let (id, secret) = (hex(&id), hex(&secret));
        let (kind_name, services, user) = match kind {
            TokenKind::Admin => ("admin", Vec::new(), None),
            TokenKind::Ingest(s) => (
                "ingest",
                s.iter().map(|s| s.as_str().to_owned()).collect(),
                None,
            ),
            TokenKind::User(u) => ("user", Vec::new(), Some(u.as_str().to_owned())),
        };
        let services =
            serde_json::to_string(&services).map_err(|e| StoreError::Encoding(e.to_string()))?;
        sqlx::query(
            "INSERT INTO tokens (id, kind, secret_hash, services, user, label, created_at, expires_at) \
             VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        )
            .bind(&id)
            .bind(kind_name)
            .bind(Sha256::digest(secret.as_bytes()).to_vec())
            .bind(services)
            .bind(user)
            .bind(label)
            .bind(now.as_unix_seconds())
            .bind(expires.map(|e| e.as_unix_seconds()))
            .execute(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(format!("lv_{id}_{secret}"))
    }

    /// The token a bearer secret belongs to, if it is valid, unexpired at `now` and not revoked,
    /// and (for user tokens) its user is not disabled. The secret is compared by hash in
    /// constant time.
    pub async fn verify_token(
        &self,
        presented: &str,
        now: Timestamp,
    ) -> Result<Option<TokenInfo>, StoreError> {
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
            "SELECT t.kind, t.secret_hash, t.services, t.user, t.stepped_up_at, t.label FROM tokens t LEFT JOIN users u ON u.name = t.user \
             WHERE t.id = ? AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > ?) \
             AND (t.user IS NULL OR (u.name IS NOT NULL AND u.disabled_at IS NULL))",
        )
        .bind(id)
        .bind(now.as_unix_seconds())
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
            "user" => {
                let name: Option<String> = row.get("user");
                match name.and_then(|n| n.parse().ok()) {
                    Some(u) => TokenKind::User(u),
                    None => return Ok(None),
                }
            }
            _ => {
                let names: Vec<String> = serde_json::from_str(row.get::<&str, _>("services"))
                    .map_err(|e| StoreError::Encoding(e.to_string()))?;
                TokenKind::Ingest(names.iter().filter_map(|n| n.parse().ok()).collect())
            }
        };
        let stepped_up_at: Option<i64> = row.get("stepped_up_at");
        Ok(Some(TokenInfo {
            id: id.to_owned(),
            kind,
            stepped_up_at: stepped_up_at.map(Timestamp::from_nanos),
            label: row.get("label"),
        }))
    }

    /// Services some unrevoked ingest token may write: services that exist before their
    /// first record arrives.
    pub async fn ingest_services(&self) -> Result<Vec<ServiceName>, StoreError> {
        let rows: Vec<String> = sqlx::query_scalar(
            "SELECT services FROM tokens WHERE kind = 'ingest' AND revoked_at IS NULL",
        )
        .fetch_all(&self.pool)
        .await
        .map_err(db_err)?;
        let mut out: Vec<ServiceName> = Vec::new();
        for r in rows {
            let names: Vec<String> =
                serde_json::from_str(&r).map_err(|e| StoreError::Encoding(e.to_string()))?;
            for n in names.iter().filter_map(|n| n.parse::<ServiceName>().ok()) {
                if !out.contains(&n) {
                    out.push(n);
                }
            }
        }
        Ok(out)
    }

    /// Records a step-up on token `id` at `now`.
    pub async fn set_stepped_up(&self, id: &str, now: Timestamp) -> Result<(), StoreError> {
        sqlx::query("UPDATE tokens SET stepped_up_at = ? WHERE id = ?")
            .bind(now.as_nanos())
            .bind(id)
            .execute(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(())
    }

    // ------------------------------------------------------------------ TOTP

    pub async fn totp(&self, user: &UserName) -> Result<TotpState, StoreError> {
        let row = sqlx::query(
            "SELECT totp_secret, totp_pending, totp_last_step FROM users WHERE name = ?",
        )
        .bind(user.as_str())
        .fetch_optional(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(row.map_or_else(TotpState::default, |r| TotpState {
            secret: r.get("totp_secret"),
            pending: r.get("totp_pending"),
            last_step: r.get("totp_last_step"),
        }))
    }

    /// Stores a new, unconfirmed secret; the enrolled one (if any) stays in force until the
    /// new one is confirmed.
    pub async fn set_totp_pending(&self, user: &UserName, sealed: &[u8]) -> Result<(), StoreError> {
        sqlx::query("UPDATE users SET totp_pending = ? WHERE name = ?")
            .bind(sealed)
            .bind(user.as_str())
            .execute(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(())
    }

    /// Accepts a code of time step `step` once: true if no code of this step or a later one was
    /// accepted before (atomically, so two racing uses of one code cannot both pass). With
    /// `confirm`, the pending secret becomes the enrolled one in the same statement.
    pub async fn accept_totp_step(
        &self,
        user: &UserName,
        step: i64,
        confirm: bool,
    ) -> Result<bool, StoreError> {
        let sql = if confirm {
            "UPDATE users SET totp_last_step = ?, totp_secret = totp_pending, totp_pending = NULL \
             WHERE name = ? AND totp_pending IS NOT NULL AND (totp_last_step IS NULL OR totp_last_step < ?)"
        } else {
            "UPDATE users SET totp_last_step = ? \
             WHERE name = ? AND totp_secret IS NOT NULL AND (totp_last_step IS NULL OR totp_last_step < ?)"
        };
        let r = sqlx::query(sql)
            .bind(step)
            .bind(user.as_str())
            .bind(step)
            .execute(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(r.rows_affected() == 1)
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

    // ------------------------------------------------------------------ users and roles

    /// Creates a user or service account; an existing name is an error.
    pub async fn create_user(&self, user: &UserRecord, now: Timestamp) -> Result<bool, StoreError> {
        let roles =
            serde_json::to_string(&user.roles).map_err(|e| StoreError::Encoding(e.to_string()))?;
        let r = sqlx::query(
            "INSERT OR IGNORE INTO users (name, kind, password_hash, roles, created_at) VALUES (?, ?, ?, ?, ?)",
        )
        .bind(user.name.as_str())
        .bind(if user.service_account { "service" } else { "user" })
        .bind(&user.password_hash)
        .bind(roles)
        .bind(now.as_unix_seconds())
        .execute(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(r.rows_affected() == 1)
    }

    pub async fn user(&self, name: &UserName) -> Result<Option<UserRecord>, StoreError> {
        let row = sqlx::query(
            "SELECT name, kind, password_hash, roles, disabled_at FROM users WHERE name = ?",
        )
        .bind(name.as_str())
        .fetch_optional(&self.pool)
        .await
        .map_err(db_err)?;
        row.map(|r| user_from_row(&r)).transpose()
    }

    /// Replaces a person's roles (single sign-on sets them from the provider's groups at every
    /// sign-in). Service accounts are left alone; false when no such person exists.
    pub async fn set_user_roles(
        &self,
        name: &UserName,
        roles: &[RoleName],
    ) -> Result<bool, StoreError> {
        let roles =
            serde_json::to_string(roles).map_err(|e| StoreError::Encoding(e.to_string()))?;
        let r = sqlx::query("UPDATE users SET roles = ? WHERE name = ? AND kind = 'user'")
            .bind(roles)
            .bind(name.as_str())
            .execute(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(r.rows_affected() == 1)
    }

    pub async fn users(&self) -> Result<Vec<UserRecord>, StoreError> {
        let rows = sqlx::query(
            "SELECT name, kind, password_hash, roles, disabled_at FROM users ORDER BY name",
        )
        .fetch_all(&self.pool)
        .await
        .map_err(db_err)?;
        rows.iter().map(user_from_row).collect()
    }

    /// Creates or replaces a role.
    pub async fn put_role(&self, role: &Role) -> Result<(), StoreError> {
        let body = serde_json::to_string(role).map_err(|e| StoreError::Encoding(e.to_string()))?;
        sqlx::query("INSERT INTO roles (name, body) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET body = excluded.body")
            .bind(role.name.as_str())
            .bind(body)
            .execute(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(())
    }

    pub async fn roles(&self) -> Result<Vec<Role>, StoreError> {
        let bodies: Vec<String> = sqlx::query_scalar("SELECT body FROM roles ORDER BY name")
            .fetch_all(&self.pool)
            .await
            .map_err(db_err)?;
        bodies
            .iter()
            .map(|b| serde_json::from_str(b).map_err(|e| StoreError::Encoding(e.to_string())))
            .collect()
    }

    // ------------------------------------------------------------------ access requests

    /// Stores a new request under a fresh id (`req_` and 16 hex digits) and returns the id.
    pub async fn insert_request(&self, r: &AccessRequest) -> Result<String, StoreError> {
        let mut raw = [0u8; 8];
        getrandom::getrandom(&mut raw).map_err(|e| StoreError::Crypto(e.to_string()))?;
        let id = format!("req_{}", hex(&raw));
        let body = serde_json::to_string(r).map_err(|e| StoreError::Encoding(e.to_string()))?;
        sqlx::query(
            "INSERT INTO access_requests (id, requester, body, created_at) VALUES (?, ?, ?, ?)",
        )
        .bind(&id)
        .bind(r.requester.as_str())
        .bind(body)
        .bind(r.created_at.as_unix_seconds())
        .execute(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(id)
    }

    /// A request and its version (for [`ControlPlane::update_request`]).
    pub async fn request(&self, id: &str) -> Result<Option<(AccessRequest, i64)>, StoreError> {
        let row = sqlx::query("SELECT body, version FROM access_requests WHERE id = ?")
            .bind(id)
            .fetch_optional(&self.pool)
            .await
            .map_err(db_err)?;
        row.map(|r| {
            let body: String = r.get("body");
            let version: i64 = r.get("version");
            serde_json::from_str(&body)
                .map(|a| (a, version))
                .map_err(|e| StoreError::Encoding(e.to_string()))
        })
        .transpose()
    }

    /// Saves a changed request if nobody changed it since `version` was read; returns false
    /// when someone did (the caller reads again and retries).
    pub async fn update_request(
        &self,
        id: &str,
        r: &AccessRequest,
        version: i64,
    ) -> Result<bool, StoreError> {
        let body = serde_json::to_string(r).map_err(|e| StoreError::Encoding(e.to_string()))?;
        let done = sqlx::query("UPDATE access_requests SET body = ?, version = version + 1 WHERE id = ? AND version = ?")
            .bind(body)
            .bind(id)
            .bind(version)
            .execute(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(done.rows_affected() == 1)
    }

    /// Break-glass grants nobody has reviewed after the fact, however old.
    pub async fn requests_awaiting_review(
        &self,
    ) -> Result<Vec<(String, AccessRequest)>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, body FROM access_requests \
             WHERE json_extract(body, '$.break_glass') = 1 \
             AND json_extract(body, '$.post_review') IS NULL ORDER BY created_at",
        )
        .fetch_all(&self.pool)
        .await
        .map_err(db_err)?;
        decode_requests(&rows)
    }

    /// Requests whose end (expiry, lapse, denial, revocation) is not yet marked as recorded:
    /// the pending and active ones, and those that ended since the last sweep.
    pub async fn requests_unended(&self) -> Result<Vec<(String, AccessRequest)>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, body FROM access_requests WHERE end_recorded_at IS NULL ORDER BY created_at, id",
        )
        .fetch_all(&self.pool)
        .await
        .map_err(db_err)?;
        decode_requests(&rows)
    }

    /// Marks that the end of request `id` is in the audit log.
    pub async fn mark_end_recorded(&self, id: &str, now: Timestamp) -> Result<(), StoreError> {
        sqlx::query("UPDATE access_requests SET end_recorded_at = ? WHERE id = ?")
            .bind(now.as_unix_seconds())
            .bind(id)
            .execute(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(())
    }

    /// A value the server keeps for itself (the digest of the configuration last audited).
    pub async fn setting(&self, key: &str) -> Result<Option<String>, StoreError> {
        sqlx::query_scalar("SELECT value FROM settings WHERE key = ?")
            .bind(key)
            .fetch_optional(&self.pool)
            .await
            .map_err(db_err)
    }

    pub async fn set_setting(&self, key: &str, value: &str) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        )
        .bind(key)
        .bind(value)
        .execute(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(())
    }

    pub async fn requests_since(
        &self,
        since: Timestamp,
    ) -> Result<Vec<(String, AccessRequest)>, StoreError> {
        let rows = sqlx::query("SELECT id, body FROM access_requests WHERE created_at >= ? ORDER BY created_at DESC, id")
            .bind(since.as_unix_seconds())
            .fetch_all(&self.pool)
            .await
            .map_err(db_err)?;
        decode_requests(&rows)
    }

    /// [`ControlPlane::requests_since`] for one requester, through the requester index: the
    /// read path asks this on every query and every second of every tail.
    pub async fn requests_of(
        &self,
        requester: &UserName,
        since: Timestamp,
    ) -> Result<Vec<(String, AccessRequest)>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, body FROM access_requests WHERE requester = ? AND created_at >= ? \
             ORDER BY created_at DESC, id",
        )
        .bind(requester.as_str())
        .bind(since.as_unix_seconds())
        .fetch_all(&self.pool)
        .await
        .map_err(db_err)?;
        decode_requests(&rows)
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
