//! Refused calls are audited too: a run of 401s and 403s is how probing and misuse show, and
//! the alert on repeated denials counts these events.
//!
//! One layer sees every API response; a refusal (401 or 403) is recorded as `access_denied`
//! with who (when the token is valid: a 403), where, the route and the refusal's code. Routes
//! that audit their own refusals (sign-in, TOTP) are left to do so.

use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::Response;

use crate::auth::Caller;
use crate::error::ErrorCode;
use crate::AppState;

/// Paths whose handlers record their own failures (`sign_in`, `step_up`).
fn audits_itself(path: &str, code: Option<&str>) -> bool {
    path == "/api/v1/login"
        || path.starts_with("/auth/oidc/")
        || path.starts_with("/ui/")
        || code.is_some_and(|c| c.starts_with("totp_"))
}

pub async fn record_denials(
    State(state): State<Arc<AppState>>,
    request: Request,
    next: Next,
) -> Response {
    let (parts, body) = request.into_parts();
    let origin = crate::auth::request_context(&parts);
    let authorization = parts
        .headers
        .get(axum::http::header::AUTHORIZATION)
        .cloned();
    let response = next.run(Request::from_parts(parts, body)).await;
    let status = response.status();
    if status != StatusCode::UNAUTHORIZED && status != StatusCode::FORBIDDEN {
        return response;
    }
    let code = response.extensions().get::<ErrorCode>().map(|c| c.0);
    let path = origin.path.clone().unwrap_or_default();
    if audits_itself(&path, code) {
        return response;
    }
    // A 403 comes with a valid token: name who was refused. A 401 has no one to name.
    let caller = match (status, authorization) {
        (StatusCode::FORBIDDEN, Some(header)) => match header.to_str() {
            Ok(h) => match crate::auth::presented_secret(h) {
                Some(secret) => Caller::from_secret(&state, &secret).await.ok(),
                None => None,
            },
            Err(_) => None,
        },
        _ => None,
    };
    let (actor, context) = match caller {
        Some(c) => (c.actor(), c.with_origin(origin).context),
        None => ("anonymous".to_owned(), origin),
    };
    let now = state.storage.clock().now();
    let mut event =
        super::AuditEvent::new(now, &actor, "access_denied", "denied").with_context(&context);
    event.subject = code.map(|c| format!("error:{c}"));
    event.decision = Some(super::Decision {
        allowed: false,
        by: Vec::new(),
    });
    // The call was refused whatever happens here; a failed write is in the server's log.
    if state.audit.record(&event).await.is_err() {
        eprintln!("logveil: a refused call to {path} could not be audited");
    }
    response
}
