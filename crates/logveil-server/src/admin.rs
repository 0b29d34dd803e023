//! Administration: ingest tokens, services and their retention.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::Json;
use logveil_core::ServiceName;
use logveil_store::control::TokenKind;
use serde::Deserialize;

use crate::auth::Caller;
use crate::error::ApiError;
use crate::query::json_body;
use crate::AppState;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CreateToken {
    /// Only ingest tokens are created through the API; the admin token comes from first start.
    kind: String,
    services: Vec<String>,
    #[serde(default)]
    label: String,
}

use crate::params::service;

pub async fn create_token(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    body: Bytes,
) -> Result<Json<serde_json::Value>, ApiError> {
    caller.require_admin(&state.policy)?;
    let req: CreateToken = json_body(&body)?;
    if req.kind != "ingest" {
        return Err(ApiError::bad_request(
            "invalid_kind",
            "kind must be \"ingest\"",
        ));
    }
    if req.services.is_empty() {
        return Err(ApiError::bad_request(
            "invalid_service",
            "an ingest token needs at least one service",
        ));
    }
    let services = req
        .services
        .iter()
        .map(|s| service(s))
        .collect::<Result<Vec<_>, _>>()?;
    if req.label.len() > 200 {
        return Err(ApiError::bad_request(
            "invalid_label",
            "label longer than 200 bytes",
        ));
    }
    let now = state.storage.clock().now();
    let names: Vec<&str> = services.iter().map(|s| s.as_str()).collect();
    state
        .audit
        .record_action(
            now,
            &caller,
            "token_create",
            Some(format!("service:{}", names.join(","))),
        )
        .await?;
    let token = state
        .storage
        .control()
        .create_token(
            &TokenKind::Ingest(services.clone()),
            &req.label,
            state.storage.clock().now(),
        )
        .await?;
    Ok(Json(
        serde_json::json!({ "token": token, "kind": "ingest", "services": services }),
    ))
}

pub async fn services(
    State(state): State<Arc<AppState>>,
    caller: Caller,
) -> Result<Json<serde_json::Value>, ApiError> {
    let reader = caller.reader()?;
    let retention: std::collections::HashMap<ServiceName, u32> = state
        .storage
        .control()
        .retention()
        .await?
        .into_iter()
        .collect();
    let list: Vec<serde_json::Value> = state
        .storage
        .services()?
        .into_iter()
        .filter(|s| crate::query::may_touch(reader, s))
        .map(|s| {
            let days = retention.get(&s).copied().unwrap_or(state.retention_days);
            serde_json::json!({ "name": s, "retention_days": days })
        })
        .collect();
    Ok(Json(serde_json::json!({ "services": list })))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SetRetention {
    days: u32,
}

pub async fn set_retention(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(name): Path<String>,
    body: Bytes,
) -> Result<Json<serde_json::Value>, ApiError> {
    caller.require_admin(&state.policy)?;
    let svc = service(&name)?;
    let req: SetRetention = json_body(&body)?;
    if req.days == 0 || req.days > 36_500 {
        return Err(ApiError::bad_request(
            "invalid_retention",
            "days must be 1 to 36500",
        ));
    }
    let now = state.storage.clock().now();
    state
        .audit
        .record_action(
            now,
            &caller,
            "retention_set",
            Some(format!("service:{svc}")),
        )
        .await?;
    state
        .storage
        .control()
        .set_retention(&svc, req.days)
        .await?;
    Ok(Json(
        serde_json::json!({ "name": svc, "retention_days": req.days }),
    ))
}

pub async fn run_retention(
    State(state): State<Arc<AppState>>,
    caller: Caller,
) -> Result<Json<serde_json::Value>, ApiError> {
    caller.require_admin(&state.policy)?;
    let now = state.storage.clock().now();
    state
        .audit
        .record_action(now, &caller, "retention_run", None)
        .await?;
    let dropped = state.storage.run_retention(state.retention_days).await?;
    let list: Vec<serde_json::Value> = dropped
        .into_iter()
        .map(|(s, days)| serde_json::json!({ "service": s, "days_dropped": days }))
        .collect();
    Ok(Json(serde_json::json!({ "dropped": list })))
}
