//! The audit log over HTTP.

use std::sync::Arc;

use axum::response::IntoResponse;

use super::ORIGIN;
use crate::error::ApiError;

/// `GET /api/v1/audit/export`: the whole log (events and signed checkpoints), for
/// `logveil audit verify`. Administrators only for now; the read is itself audited, and the
/// export includes that event under a checkpoint.
pub async fn export(
    axum::extract::State(state): axum::extract::State<Arc<crate::AppState>>,
    caller: crate::auth::Caller,
) -> Result<axum::response::Response, ApiError> {
    caller.require_auditor(&state.policy)?;
    let now = state.storage.clock().now();
    state
        .audit
        .record_action(now, &caller, "audit_export", None)
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
