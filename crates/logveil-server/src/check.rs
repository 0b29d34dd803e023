//! `POST /api/v1/policy/check`: what the gateway would decide for a person, and why. The
//! answer comes from the same code paths as real requests (Cedar for reads and
//! administration, the grant state machine, the access configuration for reviews), not from a
//! second implementation that could drift from them.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::State;
use axum::Json;
use logveil_core::access::{AccessRequest, Status};
use logveil_core::{Level, Role, Timestamp, UserName};
use serde::Deserialize;

use crate::auth::Caller;
use crate::error::ApiError;
use crate::query::json_body;
use crate::AppState;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CheckBody {
    user: String,
    action: String,
    #[serde(default)]
    service: Option<String>,
    #[serde(default)]
    env: Option<String>,
    #[serde(default)]
    level: Option<String>,
    #[serde(default)]
    kind: Option<String>,
    /// The time of the log records in question; default now.
    #[serde(default)]
    record_time: Option<Timestamp>,
}

fn role_line(r: &Role) -> String {
    format!(
        "role {}: reads {} in env {} from {} up, masked{}{}",
        r.name,
        if r.services.is_empty() {
            "no service".to_owned()
        } else {
            r.services.join(",")
        },
        r.envs.join(","),
        r.min_level,
        if r.approver_for.is_empty() {
            String::new()
        } else {
            format!("; approves {}", r.approver_for.join(","))
        },
        if r.admin { "; administrator" } else { "" },
    )
}

fn grant_line(id: &str, g: &AccessRequest, now: Timestamp) -> String {
    let status = g.status(now);
    let mut line = format!(
        "{id}: {} for {} unmasking [{}]{}",
        status.as_str(),
        g.scope
            .services
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join(","),
        g.scope.kinds.join(","),
        g.scope
            .level
            .map(|l| format!(", levels from {l}"))
            .unwrap_or_default(),
    );
    match status {
        Status::Active => {
            if let Some(end) = g.ends_at() {
                line.push_str(&format!(" until {end}"));
            }
        }
        Status::Pending => line.push_str(&format!(
            " ({} of {} approvals)",
            g.approvals.len(),
            g.needed
        )),
        _ => {}
    }
    if g.step_up {
        line.push_str("; needs a TOTP step-up");
    }
    line
}

/// `POST /api/v1/policy/check` (administrators).
pub async fn check(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    body: Bytes,
) -> Result<Json<serde_json::Value>, ApiError> {
    caller.require_admin(&state.policy)?;
    let req: CheckBody = json_body(&body)?;
    let name: UserName = req.user.parse().map_err(|e: logveil_core::CoreError| {
        ApiError::bad_request("invalid_user", e.to_string())
    })?;
    let control = state.storage.control();
    let user = control.user(&name).await?.ok_or_else(|| {
        ApiError::new(
            axum::http::StatusCode::NOT_FOUND,
            "unknown_user",
            format!("no user {name}; `logveil users list` shows them"),
        )
    })?;
    let (who, roles) = crate::auth::principal_of(&state, &user).await?;
    // Explaining someone's access reads about them: audited like any read.
    let now = state.storage.clock().now();
    state
        .audit
        .record_action(now, &caller, "policy_check", Some(format!("user:{name}")))
        .await?;
    let policy_error = |e: crate::policy::PolicyError| ApiError::unavailable(&e);
    let service = req
        .service
        .as_deref()
        .map(crate::params::service)
        .transpose()?;
    let need_service = || {
        service
            .clone()
            .ok_or_else(|| ApiError::bad_request("invalid_body", "this action needs --service"))
    };
    let level = match &req.level {
        Some(l) => crate::params::level(l)?,
        None => Level::Info,
    };
    let env = req.env.clone().unwrap_or_default();
    let record_ts = req.record_time.unwrap_or(now);
    let grants = crate::access::active_grants(&state, &who, now).await?;
    let mut because: Vec<String> = Vec::new();
    if user.disabled {
        because.push(format!(
            "{name} is disabled: every token of theirs is refused"
        ));
    }
    if roles.is_empty() {
        because.push(format!("{name} has no role"));
    }
    because.extend(roles.iter().map(role_line));
    let mut policies: Vec<String> = Vec::new();
    let mut step_up = false;
    let allowed = match req.action.as_str() {
        "read_masked" => {
            let service = need_service()?;
            policies = state
                .policy
                .explain_read_masked(&who, service.as_str(), &env, level)
                .map_err(policy_error)?;
            let by_grant: Vec<&(String, AccessRequest)> = grants
                .iter()
                .filter(|(_, g)| g.opens(now, &service, level, record_ts))
                .collect();
            for (id, g) in &by_grant {
                because.push(format!("opened by grant {}", grant_line(id, g, now)));
            }
            if policies.is_empty() && by_grant.is_empty() {
                because.push(format!(
                    "no role or active grant covers {service} env {env:?} at {level}: default deny"
                ));
            }
            !policies.is_empty() || !by_grant.is_empty()
        }
        "read_unmasked" => {
            let service = need_service()?;
            let kind = req.kind.clone().ok_or_else(|| {
                ApiError::bad_request("invalid_body", "read_unmasked needs --kind (email, phone…)")
            })?;
            crate::params::kind(state.storage.masker().engine(), &kind)?;
            let mut allowed = false;
            let requests = crate::access::recent_requests(&state, &who, now).await?;
            for (id, g) in &requests {
                let in_scope = g.unmasks(now, &service, level, record_ts, &kind);
                let by_policy = state
                    .policy
                    .may_unmask(
                        &who,
                        id,
                        g,
                        now,
                        service.as_str(),
                        level,
                        record_ts,
                        &kind,
                        true,
                    )
                    .map_err(policy_error)?;
                let verdict = match (in_scope, by_policy) {
                    (true, true) => {
                        allowed = true;
                        step_up |= g.step_up;
                        "unmasks it"
                    }
                    _ => "does not cover it",
                };
                because.push(format!("grant {}: {verdict}", grant_line(id, g, now)));
            }
            if allowed {
                policies.push("read_unmasked_by_grant".to_owned());
            } else {
                because.push(format!(
                    "no active grant of {name} unmasks {kind} on {service} for logs of {record_ts}: default deny (ask with `logveil request`)"
                ));
            }
            allowed
        }
        "approve" => {
            let service = need_service()?;
            let kinds: Vec<String> = req.kind.iter().cloned().collect();
            let rules = state.config.access.rules_for(&[service.as_str()], &kinds);
            let ok = crate::access::reviews_scope(
                &state.config.access,
                &who,
                std::slice::from_ref(&service),
                &kinds,
            );
            if rules.approver_roles.is_empty() {
                because.push(format!(
                    "approvers of {service} are members of roles whose approver_for covers it"
                ));
            } else {
                for roles in &rules.approver_roles {
                    because.push(format!(
                        "the scope rules want a member of: {}",
                        roles.join(" or ")
                    ));
                }
            }
            because.push(format!(
                "a grant here needs {} approval(s), lasts at most {} min{}; never by its requester",
                rules.approvals,
                rules.max_duration.as_secs() / 60,
                if rules.step_up {
                    ", and a TOTP step-up to unmask"
                } else {
                    ""
                }
            ));
            ok
        }
        "administer" => {
            let ok = state.policy.may_administer(&who).map_err(policy_error)?;
            if ok {
                policies.push("administer".to_owned());
            } else {
                because.push("no role of theirs is an administrator role: default deny".to_owned());
            }
            ok
        }
        other => {
            return Err(ApiError::bad_request(
                "invalid_action",
                format!(
                    "unknown action {other:?}: read_masked, read_unmasked, approve or administer"
                ),
            ))
        }
    };
    Ok(Json(serde_json::json!({
        "user": name,
        "action": req.action,
        "decision": if allowed { "allow" } else { "deny" },
        "policies": policies,
        "step_up_required": step_up,
        "because": because,
    })))
}
