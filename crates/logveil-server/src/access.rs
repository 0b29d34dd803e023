//! Access requests, reviews and grants over HTTP. The state machine is
//! `logveil_core::access`; this module checks who may do what, persists with optimistic
//! concurrency, and answers.
//!
//! Defaults (configuration comes later): a grant lasts at most 4 hours, a pending request
//! lapses after 1 hour, one approval activates it. Approvers are members of a role whose
//! `approver_for` covers every service of the request; nobody reviews their own request.

use std::sync::Arc;
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::Json;
use logveil_core::access::{AccessError, AccessRequest, Reason, Scope, Status};
use logveil_core::{parse_duration, Level, ServiceName, Timestamp};
use serde::Deserialize;

use crate::auth::Caller;
use crate::error::ApiError;
use crate::policy::Principal;
use crate::query::json_body;
use crate::AppState;

pub const GRANT_CAP: Duration = Duration::from_secs(4 * 3600);
pub const PENDING_TTL: Duration = Duration::from_secs(3600);
pub const APPROVALS_NEEDED: u8 = 1;
/// How far back the inbox and grant lookups reach: longer than any grant or pending request.
const LOOKBACK: Duration = Duration::from_secs(2 * 86_400);

fn access_error(e: AccessError) -> ApiError {
    let status = match e {
        AccessError::SelfReview | AccessError::NotRequester => axum::http::StatusCode::FORBIDDEN,
        AccessError::NotPending(_) | AccessError::NotActive(_) | AccessError::AlreadyApproved => {
            axum::http::StatusCode::CONFLICT
        }
        _ => axum::http::StatusCode::BAD_REQUEST,
    };
    let code = match e {
        AccessError::Reason => "invalid_reason",
        AccessError::DurationOverCap { .. } | AccessError::DurationTooShort => "invalid_duration",
        AccessError::EmptyScope => "invalid_scope",
        AccessError::SelfReview => "self_review",
        AccessError::AlreadyApproved => "already_approved",
        AccessError::NotPending(_) => "not_pending",
        AccessError::NotActive(_) => "not_active",
        AccessError::NotRequester => "not_requester",
    };
    ApiError::new(status, code, e.to_string())
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct NewRequest {
    services: Vec<String>,
    #[serde(default)]
    unmask: Vec<String>,
    #[serde(default)]
    level: Option<String>,
    #[serde(rename = "for")]
    duration: String,
    reason: String,
    #[serde(default)]
    logs_from: Option<Timestamp>,
    #[serde(default)]
    logs_to: Option<Timestamp>,
}

fn person(caller: &Caller) -> Result<&Principal, ApiError> {
    let p = caller.reader()?;
    if !p.person {
        return Err(ApiError::forbidden(
            "access is requested and reviewed by people: sign in with `logveil login`",
        ));
    }
    Ok(p)
}

/// A request as the API shows it.
pub fn view(id: &str, r: &AccessRequest, now: Timestamp) -> serde_json::Value {
    let (granted_at, deadline) = match &r.decided {
        Some(logveil_core::access::Decided::Granted { at, deadline, .. }) => {
            (Some(*at), Some(*deadline))
        }
        _ => (None, None),
    };
    serde_json::json!({
        "id": id,
        "requester": r.requester,
        "services": r.scope.services,
        "unmask": r.scope.kinds,
        "level": r.scope.level,
        "logs_from": r.scope.logs_from,
        "logs_to": r.scope.logs_to,
        "reason": r.reason.as_str(),
        "duration_secs": r.duration.as_secs(),
        "status": r.status(now).as_str(),
        "approvals": r.approvals,
        "needed": r.needed,
        "pending_until": r.pending_until,
        "granted_at": granted_at,
        "ends_at": r.ends_at().or(deadline),
    })
}

/// `POST /api/v1/requests`
pub async fn create(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    body: Bytes,
) -> Result<Json<serde_json::Value>, ApiError> {
    let who = person(&caller)?;
    let req: NewRequest = json_body(&body)?;
    let services = req
        .services
        .iter()
        .map(|s| s.parse::<ServiceName>())
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| ApiError::bad_request("invalid_service", e.to_string()))?;
    let engine = state.storage.masker().engine();
    for k in &req.unmask {
        if engine.kind_by_name(k).is_none() {
            let known: Vec<&str> = engine.kinds().map(|k| engine.kind_name(k)).collect();
            return Err(ApiError::bad_request(
                "unknown_kind",
                format!("unknown kind {k:?}; known kinds: {}", known.join(", ")),
            ));
        }
    }
    let level = match req.level {
        Some(l) => Some(
            l.parse::<Level>()
                .map_err(|e| ApiError::bad_request("invalid_level", e.to_string()))?,
        ),
        None => None,
    };
    let duration = parse_duration(&req.duration)
        .map_err(|e| ApiError::bad_request("invalid_duration", e.to_string()))?;
    let reason = Reason::try_from(req.reason).map_err(access_error)?;
    let now = state.storage.clock().now();
    let scope = Scope {
        services,
        kinds: req.unmask,
        level,
        logs_from: req.logs_from,
        logs_to: req.logs_to,
    };
    let r = AccessRequest::new(
        who.name.clone(),
        scope,
        reason,
        duration,
        GRANT_CAP,
        PENDING_TTL,
        APPROVALS_NEEDED,
        now,
    )
    .map_err(access_error)?;
    let id = state.storage.control().insert_request(&r).await?;
    let mut event =
        crate::audit::AuditEvent::new(now, who.name.as_str(), "access_request", "pending");
    event.grants = vec![id.clone()];
    // Fail closed: a request whose event cannot be written is withdrawn before anyone sees it.
    if let Err(e) = state.audit.record(&event).await {
        let mut withdrawn = r.clone();
        withdrawn.pending_until = now;
        let _ = state
            .storage
            .control()
            .update_request(&id, &withdrawn, 1)
            .await;
        return Err(e);
    }
    state.notifier.notify(crate::notify::Notification::about(
        crate::notify::NotificationKind::RequestCreated,
        &id,
        &r,
        who.name.as_str(),
        now,
    ));
    Ok(Json(view(&id, &r, now)))
}

/// `GET /api/v1/requests`: the caller's own requests and those they may review.
pub async fn list(
    State(state): State<Arc<AppState>>,
    caller: Caller,
) -> Result<Json<serde_json::Value>, ApiError> {
    let who = caller.reader()?;
    let now = state.storage.clock().now();
    let all = state
        .storage
        .control()
        .requests_since(now.saturating_sub(LOOKBACK))
        .await?;
    let visible: Vec<serde_json::Value> = all
        .iter()
        .filter(|(_, r)| who.admin || r.requester == who.name || who.approves(&r.scope.services))
        .map(|(id, r)| view(id, r, now))
        .collect();
    Ok(Json(serde_json::json!({ "requests": visible })))
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct Review {
    #[serde(default)]
    reason: Option<String>,
}

/// What a reviewer, approver or requester does to a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReviewAction {
    Approve,
    Deny,
    Revoke,
    Drop,
}

impl std::str::FromStr for ReviewAction {
    type Err = ApiError;

    fn from_str(s: &str) -> Result<Self, ApiError> {
        match s {
            "approve" => Ok(ReviewAction::Approve),
            "deny" => Ok(ReviewAction::Deny),
            "revoke" => Ok(ReviewAction::Revoke),
            "drop" => Ok(ReviewAction::Drop),
            _ => Err(ApiError::new(
                axum::http::StatusCode::NOT_FOUND,
                "not_found",
                "no such action: approve, deny, revoke or drop",
            )),
        }
    }
}

impl ReviewAction {
    /// The audit event's action name.
    fn audit_name(self) -> &'static str {
        match self {
            ReviewAction::Approve => "access_approve",
            ReviewAction::Deny => "access_deny",
            ReviewAction::Revoke => "access_revoke",
            ReviewAction::Drop => "access_drop",
        }
    }
}

/// `POST /api/v1/requests/{id}/{approve|deny|revoke|drop}`
pub async fn act(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path((id, action)): Path<(String, String)>,
    body: Bytes,
) -> Result<Json<serde_json::Value>, ApiError> {
    let who = person(&caller)?;
    let action: ReviewAction = action.parse()?;
    let review: Review = if body.is_empty() {
        Review::default()
    } else {
        json_body(&body)?
    };
    perform(&state, who, &id, action, review.reason)
        .await
        .map(Json)
}

/// Reviews or ends request `id` as `who` (a person), audited before it is saved; answers the
/// request as it now stands. The API and the web UI's approval page both come here.
pub async fn perform(
    state: &AppState,
    who: &Principal,
    id: &str,
    action: ReviewAction,
    reason: Option<String>,
) -> Result<serde_json::Value, ApiError> {
    let control = state.storage.control();
    // Optimistic concurrency: two approvers at once both read, one write wins, the other retries.
    for _ in 0..5 {
        let (mut r, version) = control.request(id).await?.ok_or_else(|| {
            ApiError::new(
                axum::http::StatusCode::NOT_FOUND,
                "not_found",
                "no such request",
            )
        })?;
        let now = state.storage.clock().now();
        let may_review = who.approves(&r.scope.services);
        match action {
            ReviewAction::Approve | ReviewAction::Deny if !may_review => {
                if r.requester == who.name {
                    return Err(access_error(AccessError::SelfReview));
                }
                return Err(ApiError::forbidden(
                    "you are not an approver of this request's services",
                ));
            }
            ReviewAction::Approve => {
                r.approve(&who.name, now).map_err(access_error)?;
            }
            ReviewAction::Deny => {
                let reason =
                    Reason::try_from(reason.clone().unwrap_or_default()).map_err(access_error)?;
                r.deny(&who.name, reason, now).map_err(access_error)?;
            }
            ReviewAction::Revoke => {
                if !(may_review || who.admin) {
                    return Err(ApiError::forbidden(
                        "only approvers of its services or administrators revoke a grant",
                    ));
                }
                r.revoke(&who.name, now).map_err(access_error)?;
            }
            ReviewAction::Drop => r.drop_grant(&who.name, now).map_err(access_error)?,
        }
        // The event is written first: an action that cannot be audited is not performed.
        let mut event = crate::audit::AuditEvent::new(
            now,
            who.name.as_str(),
            action.audit_name(),
            r.status(now).as_str(),
        );
        event.grants = vec![id.to_owned()];
        state.audit.record(&event).await?;
        if control.update_request(id, &r, version).await? {
            let kind = match action {
                ReviewAction::Approve => crate::notify::NotificationKind::RequestApproved,
                ReviewAction::Deny => crate::notify::NotificationKind::RequestDenied,
                ReviewAction::Revoke => crate::notify::NotificationKind::GrantRevoked,
                ReviewAction::Drop => crate::notify::NotificationKind::GrantDropped,
            };
            state.notifier.notify(crate::notify::Notification::about(
                kind,
                id,
                &r,
                who.name.as_str(),
                now,
            ));
            return Ok(view(id, &r, now));
        }
    }
    Err(ApiError::new(
        axum::http::StatusCode::CONFLICT,
        "busy",
        "the request changed repeatedly while saving; try again",
    ))
}

/// A grant in force, with its request id (named in audit events).
pub type Grant = (String, AccessRequest);

/// The grants of `who` active at `now`, for the read path.
pub async fn active_grants(
    state: &AppState,
    who: &Principal,
    now: Timestamp,
) -> Result<Vec<Grant>, ApiError> {
    if !who.person {
        return Ok(Vec::new());
    }
    Ok(state
        .storage
        .control()
        .requests_since(now.saturating_sub(LOOKBACK))
        .await?
        .into_iter()
        .filter(|(_, r)| r.requester == who.name && r.status(now) == Status::Active)
        .collect())
}
