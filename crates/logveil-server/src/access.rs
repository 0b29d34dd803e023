//! Access requests, reviews and grants over HTTP. The state machine is
//! `logveil_core::access`; this module checks who may do what under the configuration
//! ([`crate::config::AccessConfig`]), persists with optimistic concurrency, and answers.
//!
//! Three ways a request becomes a grant:
//! - reviews: N approvals (the strictest matching scope rule's N) by approvers of every
//!   service in it — members of the rule's approver roles, or else of roles whose
//!   `approver_for` covers the services; nobody reviews their own request, admins included;
//! - an auto-approval rule: the requester is on call and names an incident of a listed
//!   severity, within the rule's services, kinds and duration; recorded as a review by
//!   `rule:NAME`;
//! - break-glass: self-activated where configured, short, notified at once, and waiting for
//!   an after-the-fact review (`POST /api/v1/requests/{id}/review`).

use std::sync::Arc;
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::Json;
use logveil_core::access::{AccessError, AccessRequest, Incident, Reason, Scope, Status};
use logveil_core::{parse_duration, ServiceName, Timestamp, UserName};
use serde::Deserialize;

use crate::auth::Caller;
use crate::config::{AccessConfig, AutoApproveRule};
use crate::error::ApiError;
use crate::policy::Principal;
use crate::query::json_body;
use crate::AppState;

/// How far back the inbox and grant lookups reach: longer than any grant or pending request.
const LOOKBACK: Duration = Duration::from_secs(2 * 86_400);

fn access_error(e: AccessError) -> ApiError {
    let status = match e {
        AccessError::SelfReview | AccessError::NotRequester => axum::http::StatusCode::FORBIDDEN,
        AccessError::NotPending(_)
        | AccessError::NotActive(_)
        | AccessError::AlreadyApproved
        | AccessError::AlreadyReviewed => axum::http::StatusCode::CONFLICT,
        _ => axum::http::StatusCode::BAD_REQUEST,
    };
    let code = match e {
        AccessError::Reason => "invalid_reason",
        AccessError::DurationOverCap { .. } | AccessError::DurationTooShort { .. } => {
            "invalid_duration"
        }
        AccessError::EmptyScope => "invalid_scope",
        AccessError::SelfReview => "self_review",
        AccessError::AlreadyApproved => "already_approved",
        AccessError::NotPending(_) => "not_pending",
        AccessError::NotActive(_) => "not_active",
        AccessError::NotRequester => "not_requester",
        AccessError::RuleName => "invalid_rule",
        AccessError::NotBreakGlass => "not_break_glass",
        AccessError::AlreadyReviewed => "already_reviewed",
        AccessError::Incident => "invalid_incident",
    };
    ApiError::new(status, code, e.to_string())
}

fn not_found() -> ApiError {
    ApiError::new(
        axum::http::StatusCode::NOT_FOUND,
        "not_found",
        "no such request",
    )
}

/// Request ids are `req_` and 16 hex digits; anything else is refused before the database.
fn check_id(id: &str) -> Result<(), ApiError> {
    let ok = id
        .strip_prefix("req_")
        .is_some_and(|h| h.len() == 16 && h.bytes().all(|b| b.is_ascii_hexdigit()));
    if ok {
        Ok(())
    } else {
        Err(ApiError::bad_request(
            "invalid_id",
            "a request id looks like req_5f0c2a9e41d7b380 (see `logveil requests`)",
        ))
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct IncidentBody {
    id: String,
    severity: String,
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
    #[serde(default)]
    incident: Option<IncidentBody>,
    #[serde(default)]
    break_glass: bool,
}

fn person(caller: &Caller) -> Result<&Principal, ApiError> {
    caller.person("access is requested and reviewed by people: sign in with `logveil login`")
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
        "step_up": r.step_up,
        "incident": r.incident,
        "break_glass": r.break_glass,
        "awaiting_review": r.awaiting_review(),
        "post_review": r.post_review,
    })
}

fn covers(list: &[String], service: &ServiceName) -> bool {
    list.iter().any(|s| s == "*" || s == service.as_str())
}

/// Whether `who` is on the rule's on-call list. The file is read at each decision so a rota
/// tool can rewrite it; a file that cannot be read puts nobody on call (fail closed).
fn on_call(rule: &AutoApproveRule, who: &UserName) -> bool {
    if rule.on_call.iter().any(|n| n == who.as_str()) {
        return true;
    }
    let Some(path) = &rule.on_call_file else {
        return false;
    };
    match std::fs::read_to_string(path) {
        Ok(text) => text
            .lines()
            .map(|l| l.split('#').next().unwrap_or("").trim())
            .any(|n| n == who.as_str()),
        Err(e) => {
            eprintln!(
                "logveil: on-call file of rule {} unreadable ({}); nobody is on call for it",
                rule.name,
                e.kind()
            );
            false
        }
    }
}

/// The first auto-approval rule that covers a request entirely, if any.
fn auto_approval<'a>(config: &'a AccessConfig, r: &AccessRequest) -> Option<&'a AutoApproveRule> {
    let incident = r.incident.as_ref()?;
    config.auto_approve.iter().find(|rule| {
        rule.severities
            .iter()
            .any(|s| s.eq_ignore_ascii_case(&incident.severity))
            && r.scope.services.iter().all(|s| covers(&rule.services, s))
            && r.scope.kinds.iter().all(|k| rule.kinds.contains(k))
            && r.duration <= rule.max_duration.0
            && on_call(rule, &r.requester)
    })
}

/// Whether `who` may review `r` (approve, deny, revoke, review a break-glass use): members of
/// every matching scope rule's approver roles, or, where no rule names roles, approvers of all
/// its services by role. Never the requester.
pub fn may_review(config: &AccessConfig, who: &Principal, r: &AccessRequest) -> bool {
    who.name != r.requester && reviews_scope(config, who, &r.scope.services, &r.scope.kinds)
}

/// Whether `who` reviews requests on `services` unmasking `kinds` (anyone's but their own).
pub fn reviews_scope(
    config: &AccessConfig,
    who: &Principal,
    services: &[ServiceName],
    kinds: &[String],
) -> bool {
    let names: Vec<&str> = services.iter().map(|s| s.as_str()).collect();
    let rules = config.rules_for(&names, kinds);
    if rules.approver_roles.is_empty() {
        return who.approves(services);
    }
    rules.approver_roles.iter().all(|roles| {
        who.roles
            .iter()
            .any(|mine| roles.iter().any(|r| r == mine.as_str()))
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
        .map(|s| crate::params::service(s))
        .collect::<Result<Vec<_>, _>>()?;
    let mut known = state.storage.services()?;
    if services.iter().any(|s| !known.contains(s)) {
        known.extend(state.storage.control().ingest_services().await?);
    }
    if let Some(unknown) = services.iter().find(|s| !known.contains(s)) {
        return Err(ApiError::bad_request(
            "unknown_service",
            format!(
                "no service {unknown}: no logs of it are stored and no ingest token writes it; `logveil services` lists them"
            ),
        ));
    }
    let engine = state.storage.masker().engine();
    for k in &req.unmask {
        crate::params::kind(engine, k)?;
    }
    let level = req.level.as_deref().map(crate::params::level).transpose()?;
    if let (Some(f), Some(t)) = (req.logs_from, req.logs_to) {
        if f >= t {
            return Err(ApiError::bad_request(
                "invalid_range",
                "logs_from must be before logs_to",
            ));
        }
    }
    let duration = parse_duration(&req.duration)
        .map_err(|e| ApiError::bad_request("invalid_duration", e.to_string()))?;
    let reason = Reason::try_from(req.reason).map_err(access_error)?;
    let incident = match &req.incident {
        Some(i) => Some(Incident::new(&i.id, &i.severity).map_err(access_error)?),
        None => None,
    };
    let now = state.storage.clock().now();
    let config = &state.config.access;
    let service_names: Vec<&str> = services.iter().map(|s| s.as_str()).collect();
    let rules = config.rules_for(&service_names, &req.unmask);
    let scope = Scope {
        services,
        kinds: req.unmask,
        level,
        logs_from: req.logs_from,
        logs_to: req.logs_to,
    };
    let mut r = if req.break_glass {
        let bg = &config.break_glass;
        if !bg.enabled || !scope.services.iter().all(|s| covers(&bg.services, s)) {
            return Err(ApiError::forbidden(
                "break-glass is not enabled for these services; ask for a reviewed grant instead",
            ));
        }
        let cap = bg.max_duration.0.min(rules.max_duration);
        AccessRequest::break_glass(
            who.name.clone(),
            scope,
            reason,
            duration,
            config.min_duration.0..=cap,
            now,
        )
        .map_err(access_error)?
    } else {
        AccessRequest::with_bounds(
            who.name.clone(),
            scope,
            reason,
            duration,
            config.min_duration.0..=rules.max_duration,
            config.pending_ttl.0,
            rules.approvals,
            now,
        )
        .map_err(access_error)?
    };
    r.step_up = rules.step_up;
    r.incident = incident;
    let rule = if r.break_glass {
        None
    } else {
        auto_approval(config, &r).map(|rule| rule.name.clone())
    };
    if let Some(rule) = &rule {
        r.approve_by_rule(rule, now).map_err(access_error)?;
    }
    let id = state.storage.control().insert_request(&r).await?;
    let (actor, action, outcome) = match &rule {
        Some(rule) => (format!("rule:{rule}"), "access_auto_approve", "active"),
        None if r.break_glass => (who.name.to_string(), "break_glass", "active"),
        None => (who.name.to_string(), "access_request", "pending"),
    };
    // The what and why of every event of this request: its scope, reason and incident.
    let described = |mut e: crate::audit::AuditEvent| {
        e.grants = vec![id.clone()];
        e.subject = Some(scope_subject(&r.scope));
        e.reason = Some(crate::audit::masked_text(
            state.storage.masker(),
            r.reason.as_str(),
        ));
        e.incident = r.incident.as_ref().map(|i| i.id.clone());
        e
    };
    let mut events = Vec::new();
    if rule.is_some() {
        events.push(described(
            crate::audit::AuditEvent::new(now, who.name.as_str(), "access_request", "pending")
                .with_context(&caller.context),
        ));
    }
    let mut event = crate::audit::AuditEvent::new(now, &actor, action, outcome);
    if rule.is_none() {
        event = event.with_context(&caller.context);
    } else {
        event.decision = Some(crate::audit::Decision {
            allowed: true,
            by: vec![actor.clone()],
        });
    }
    events.push(described(event));
    // Fail closed: a request or grant whose events cannot be written is withdrawn before
    // anyone sees or uses it.
    for event in &events {
        if let Err(e) = state.audit.record(event).await {
            withdraw(&state, &id, &r, now).await;
            return Err(e);
        }
    }
    // Break-glass alerts at once; an auto-approval tells approvers what the rule let through.
    let kind = match &rule {
        Some(_) => crate::notify::NotificationKind::AutoApproved,
        None if r.break_glass => crate::notify::NotificationKind::BreakGlass,
        None => crate::notify::NotificationKind::RequestCreated,
    };
    state.notifier.notify(crate::notify::Notification::about(
        kind, &id, &r, &actor, now,
    ));
    Ok(Json(view(&id, &r, now)))
}

/// Ends a just-created request or grant whose audit event could not be written.
async fn withdraw(state: &AppState, id: &str, r: &AccessRequest, now: Timestamp) {
    let mut withdrawn = r.clone();
    withdrawn.pending_until = now;
    if let Some(logveil_core::access::Decided::Granted { ended, .. }) = &mut withdrawn.decided {
        *ended = Some(logveil_core::access::Ended::Dropped { at: now });
    }
    let _ = state
        .storage
        .control()
        .update_request(id, &withdrawn, 1)
        .await;
}

/// `GET /api/v1/requests`: the caller's own requests and those they may review.
pub async fn list(
    State(state): State<Arc<AppState>>,
    caller: Caller,
) -> Result<Json<serde_json::Value>, ApiError> {
    let who = caller.reader()?;
    let now = state.storage.clock().now();
    let control = state.storage.control();
    let mut all = control.requests_since(now.saturating_sub(LOOKBACK)).await?;
    // Break-glass grants stay in the inbox until someone reviews them, however old.
    for (id, r) in control.requests_awaiting_review().await? {
        if !all.iter().any(|(seen, _)| *seen == id) {
            all.push((id, r));
        }
    }
    let config = &state.config.access;
    let visible: Vec<serde_json::Value> = all
        .iter()
        .filter(|(_, r)| who.admin || r.requester == who.name || may_review(config, who, r))
        .map(|(id, r)| view(id, r, now))
        .collect();
    Ok(Json(serde_json::json!({ "requests": visible })))
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct Review {
    #[serde(default)]
    reason: Option<String>,
    /// For the after-the-fact review of a break-glass grant.
    #[serde(default)]
    justified: Option<bool>,
}

/// What a reviewer, approver or requester does to a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReviewAction {
    Approve,
    Deny,
    Revoke,
    Drop,
    /// The after-the-fact review of a break-glass grant: was it justified?
    PostReview {
        justified: bool,
    },
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
                "no such action: approve, deny, revoke, drop or review",
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
            ReviewAction::PostReview { .. } => "break_glass_review",
        }
    }
}

/// A grant's scope as the audit names it: `services:api,web kinds:email level:debug`, which
/// search and the access review read back.
pub fn scope_subject(scope: &Scope) -> String {
    let services: Vec<&str> = scope.services.iter().map(|s| s.as_str()).collect();
    let mut out = format!("services:{}", services.join(","));
    if !scope.kinds.is_empty() {
        out.push_str(&format!(" kinds:{}", scope.kinds.join(",")));
    }
    if let Some(level) = scope.level {
        out.push_str(&format!(" level:{}", level.as_str()));
    }
    out
}

/// `POST /api/v1/requests/{id}/{approve|deny|revoke|drop}`
pub async fn act(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path((id, action)): Path<(String, String)>,
    body: Bytes,
) -> Result<Json<serde_json::Value>, ApiError> {
    let who = person(&caller)?;
    check_id(&id)?;
    let review: Review = if body.is_empty() {
        Review::default()
    } else {
        json_body(&body)?
    };
    let action: ReviewAction = match action.as_str() {
        "review" => ReviewAction::PostReview {
            justified: review.justified.ok_or_else(|| {
                ApiError::bad_request(
                    "invalid_body",
                    "say whether the break-glass use was justified: {\"justified\": true|false, \"reason\": \"...\"}",
                )
            })?,
        },
        other => other.parse()?,
    };
    perform(&state, who, &caller.context, &id, action, review.reason)
        .await
        .map(Json)
}

/// Reviews or ends request `id` as `who` (a person), audited before it is saved; answers the
/// request as it now stands. The API and the web UI's approval page both come here.
pub async fn perform(
    state: &AppState,
    who: &Principal,
    context: &crate::audit::RequestContext,
    id: &str,
    action: ReviewAction,
    reason: Option<String>,
) -> Result<serde_json::Value, ApiError> {
    check_id(id)?;
    let control = state.storage.control();
    // Optimistic concurrency: two approvers at once both read, one write wins, the other retries.
    for _ in 0..5 {
        let (mut r, version) = control.request(id).await?.ok_or_else(not_found)?;
        let now = state.storage.clock().now();
        let may_review = may_review(&state.config.access, who, &r);
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
            ReviewAction::PostReview { justified } => {
                if r.requester == who.name {
                    return Err(access_error(AccessError::SelfReview));
                }
                if !(may_review || who.admin) {
                    return Err(ApiError::forbidden(
                        "only approvers of its services or administrators review a break-glass use",
                    ));
                }
                let note =
                    Reason::try_from(reason.clone().unwrap_or_default()).map_err(access_error)?;
                r.review_after(&who.name, justified, note, now)
                    .map_err(access_error)?;
            }
        }
        // The event is written first: an action that cannot be audited is not performed.
        let mut event = crate::audit::AuditEvent::new(
            now,
            who.name.as_str(),
            action.audit_name(),
            r.status(now).as_str(),
        )
        .with_context(context);
        event.grants = vec![id.to_owned()];
        if let Some(note) = &reason {
            event.reason = Some(crate::audit::masked_text(state.storage.masker(), note));
        }
        state.audit.record(&event).await?;
        if control.update_request(id, &r, version).await? {
            let kind = match action {
                ReviewAction::Approve => crate::notify::NotificationKind::RequestApproved,
                ReviewAction::Deny => crate::notify::NotificationKind::RequestDenied,
                ReviewAction::Revoke => crate::notify::NotificationKind::GrantRevoked,
                ReviewAction::Drop => crate::notify::NotificationKind::GrantDropped,
                ReviewAction::PostReview { .. } => {
                    crate::notify::NotificationKind::BreakGlassReviewed
                }
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

/// The recent requests of `who` in any state (the explainer shows pending and ended ones).
pub async fn recent_requests(
    state: &AppState,
    who: &Principal,
    now: Timestamp,
) -> Result<Vec<Grant>, ApiError> {
    Ok(state
        .storage
        .control()
        .requests_of(&who.name, now.saturating_sub(LOOKBACK))
        .await?)
}

/// The grants of `who` active at `now`, for the read path.
pub async fn active_grants(
    state: &AppState,
    who: &Principal,
    now: Timestamp,
) -> Result<Vec<Grant>, ApiError> {
    if !who.person {
        return Ok(Vec::new());
    }
    let mut grants = recent_requests(state, who, now).await?;
    grants.retain(|(_, r)| r.status(now) == Status::Active);
    Ok(grants)
}

/// Records the ends that happen by the clock alone, with no request to hang an event on: a
/// grant reaching its deadline (`grant_expired`) and a request lapsing unreviewed
/// (`access_lapsed`). Ends by a person (deny, revoke, drop) were recorded when they happened;
/// those requests are only marked. Run every few seconds; an event that cannot be written is
/// retried at the next run. Returns how many events were written.
pub async fn record_endings(state: &AppState) -> Result<usize, ApiError> {
    let control = state.storage.control();
    let now = state.storage.clock().now();
    let mut written = 0;
    for (id, r) in control.requests_unended().await? {
        let (action, at) = match r.status(now) {
            Status::Pending | Status::Active => continue,
            Status::Expired => ("grant_expired", r.ends_at()),
            Status::Lapsed => ("access_lapsed", Some(r.pending_until)),
            Status::Denied | Status::Revoked | Status::Dropped => {
                control.mark_end_recorded(&id, now).await?;
                continue;
            }
        };
        let mut event = crate::audit::AuditEvent::new(
            now,
            crate::audit::SYSTEM,
            action,
            r.status(now).as_str(),
        );
        event.grants = vec![id.clone()];
        event.subject = Some(format!("user:{} {}", r.requester, scope_subject(&r.scope)));
        event.to = at;
        state.audit.record(&event).await?;
        control.mark_end_recorded(&id, now).await?;
        written += 1;
    }
    Ok(written)
}
