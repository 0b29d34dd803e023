//! Proofs over HTTP: that one event is in the signed log, and that a later checkpoint extends
//! an earlier one. Each answer is a JSON document that `logveil audit verify-proof` checks
//! offline (see [`logveil_audit::Proof`]). Every request is itself audited, before it is
//! answered.
//!
//! The proofs are computed from the stored file in one pass over its leaves in O(log n)
//! memory (no tree is kept in memory): a request costs about a second per million events
//! (see the `audit_bench` example).

use std::sync::Arc;

use axum::extract::{RawQuery, State};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::api::{audit_reader, parse_query};
use super::read::{self, ReadError};
use super::{AuditLog, Snapshot};
use crate::error::ApiError;
use crate::AppState;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct InclusionParams {
    index: u64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ConsistencyParams {
    from: u64,
    to: Option<u64>,
}

/// `GET /api/v1/audit/proof/inclusion?index=N`: event N, its audit path, and the latest
/// checkpoint (made fresh, so it covers every event up to this request).
pub async fn inclusion(
    State(state): State<Arc<AppState>>,
    caller: crate::auth::Caller,
    RawQuery(query): RawQuery,
) -> Result<Response, ApiError> {
    audit_reader(&caller, &state)?;
    let params: InclusionParams = parse_query(query.as_deref(), "?index=42")?;
    let now = state.storage.clock().now();
    state
        .audit
        .record_action(
            now,
            &caller,
            "audit_proof",
            Some(format!("event:{}", params.index)),
        )
        .await?;
    let proof = state.audit.inclusion_proof(params.index).await?;
    Ok(json(proof.to_json()))
}

/// `GET /api/v1/audit/proof/consistency?from=M[&to=N]`: the checkpoints of sizes M and N (the
/// latest when N is not given), both as written in the log, and the proof that N extends M.
pub async fn consistency(
    State(state): State<Arc<AppState>>,
    caller: crate::auth::Caller,
    RawQuery(query): RawQuery,
) -> Result<Response, ApiError> {
    audit_reader(&caller, &state)?;
    let params: ConsistencyParams = parse_query(query.as_deref(), "?from=1000&to=2000")?;
    let now = state.storage.clock().now();
    let subject = match params.to {
        Some(to) => format!("consistency:{}..{to}", params.from),
        None => format!("consistency:{}..latest", params.from),
    };
    state
        .audit
        .record_action(now, &caller, "audit_proof", Some(subject))
        .await?;
    let proof = state
        .audit
        .consistency_proof(params.from, params.to)
        .await?;
    Ok(json(proof.to_json()))
}

fn json(body: String) -> Response {
    (
        [(axum::http::header::CONTENT_TYPE, "application/json")],
        body,
    )
        .into_response()
}

impl AuditLog {
    /// Event `index`'s inclusion proof against a fresh checkpoint.
    pub async fn inclusion_proof(
        &self,
        index: u64,
    ) -> Result<logveil_audit::InclusionProof, ReadError> {
        let snap = self.snapshot().await?;
        let store = self.store.clone();
        blocking(move || read::inclusion(&*store, snap, index)).await
    }

    /// The consistency proof between the written checkpoints of sizes `old` and `new` (the
    /// latest, made fresh, when `None`).
    pub async fn consistency_proof(
        &self,
        old: u64,
        new: Option<u64>,
    ) -> Result<logveil_audit::ConsistencyProof, ReadError> {
        let snap = self.snapshot().await?;
        let store = self.store.clone();
        blocking(move || read::consistency(&*store, snap, old, new)).await
    }

    /// What a ranged export sends, as of a fresh checkpoint (times in nanoseconds).
    pub async fn plan_export(
        &self,
        from: Option<i64>,
        to: Option<i64>,
    ) -> Result<read::ExportPlan, ReadError> {
        let snap: Snapshot = self.snapshot().await?;
        let store = self.store.clone();
        blocking(move || read::plan_export(&*store, snap, from, to)).await
    }
}

/// Runs file reading off the async workers.
async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, ReadError> + Send + 'static,
) -> Result<T, ReadError> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|e| ReadError::Io(std::io::Error::other(e.to_string())))?
}

impl From<ReadError> for ApiError {
    fn from(e: ReadError) -> Self {
        use axum::http::StatusCode;
        match e {
            ReadError::UnknownEvent { .. } => ApiError::new(
                StatusCode::NOT_FOUND,
                "unknown_event",
                format!("{e}; `logveil audit export` lists the events"),
            ),
            ReadError::UnknownCheckpoint { .. } => ApiError::new(
                StatusCode::NOT_FOUND,
                "unknown_checkpoint",
                format!(
                    "{e}; give the size of a checkpoint in an export (or saved earlier), and \
                     leave out `to` for the latest"
                ),
            ),
            ReadError::InvalidRange(m) => ApiError::bad_request("invalid_range", m),
            ReadError::Io(_) | ReadError::Corrupt { .. } => {
                // The detail (an offset in a file, an OS error) is for the operator only.
                eprintln!("logveil: audit log read failed: {e}");
                ApiError::new(
                    StatusCode::SERVICE_UNAVAILABLE,
                    "audit_unavailable",
                    "the audit log cannot be read now; retry later, and if it persists see the \
                     server's log",
                )
            }
        }
    }
}
