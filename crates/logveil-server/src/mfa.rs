//! TOTP enrolment and step-up over HTTP.
//!
//! - `POST /api/v1/totp/enroll`: a new secret (base32 and an `otpauth://` URI for an
//!   authenticator app), pending until confirmed. Replacing an enrolled secret needs a fresh
//!   step-up first, so a stolen session token cannot swap in the thief's authenticator.
//! - `POST /api/v1/totp/confirm {code}`: the first code makes the pending secret the
//!   enrolled one (and counts as a step-up).
//! - `POST /api/v1/step-up {code}`: marks the caller's token as stepped up now; grants whose
//!   scope requires it unmask only within `access.step_up_valid` of that.
//!
//! Secrets are sealed under the master key, bound to their user. A code is accepted once (the
//! last accepted time step is stored and compared atomically), and five wrong codes in five
//! minutes lock step-up for that user for the rest of those minutes.

use std::sync::Arc;
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::State;
use axum::Json;
use logveil_core::{Timestamp, UserName};
use serde::Deserialize;

use crate::audit::AuditEvent;
use crate::auth::Caller;
use crate::error::ApiError;
use crate::policy::Principal;
use crate::query::json_body;
use crate::totp::{self, TotpError};
use crate::AppState;

const MAX_FAILURES: u32 = 5;
const FAILURE_WINDOW: Duration = Duration::from_secs(300);

/// Wrong codes per user in the current window, to stop guessing.
pub type Failures = crate::lockout::Lockout<UserName>;

/// The TOTP lockout: five wrong codes in five minutes.
pub fn failures() -> Failures {
    crate::lockout::Lockout::new(MAX_FAILURES, FAILURE_WINDOW)
}

fn context(who: &UserName) -> String {
    format!("totp|{who}")
}

fn totp_error(e: TotpError) -> ApiError {
    let code = match e {
        TotpError::Malformed => "totp_malformed",
        TotpError::Wrong => "totp_wrong",
        TotpError::Replayed => "totp_replayed",
    };
    ApiError::bad_request(code, e.to_string())
}

fn person(caller: &Caller) -> Result<&Principal, ApiError> {
    caller.person("TOTP belongs to people: sign in with `logveil login` first")
}

fn step_up_fresh(state: &AppState, caller: &Caller, now: Timestamp) -> bool {
    caller
        .token
        .stepped_up_at
        .is_some_and(|t| now < t.saturating_add(state.config.access.step_up_valid.0))
}

/// `POST /api/v1/totp/enroll`
pub async fn enroll(
    State(state): State<Arc<AppState>>,
    caller: Caller,
) -> Result<Json<serde_json::Value>, ApiError> {
    let who = person(&caller)?;
    let now = state.storage.clock().now();
    let control = state.storage.control();
    let current = control.totp(&who.name).await?;
    if current.secret.is_some() && !step_up_fresh(&state, &caller, now) {
        return Err(ApiError::forbidden(
            "you are enrolled already: step up with your current code (`logveil step-up`) before replacing it",
        ));
    }
    let mut secret = zeroize::Zeroizing::new([0u8; 20]);
    getrandom::getrandom(secret.as_mut()).map_err(|e| ApiError::unavailable(&e))?;
    let sealed = state
        .storage
        .seal_secret(&context(&who.name), secret.as_ref())?;
    state
        .audit
        .record(
            &AuditEvent::new(now, who.name.as_str(), "totp_enroll", "pending")
                .with_context(&caller.context),
        )
        .await?;
    control.set_totp_pending(&who.name, &sealed).await?;
    let b32 = totp::base32(secret.as_ref());
    let uri = format!(
        "otpauth://totp/logveil:{}?secret={b32}&issuer=logveil&algorithm=SHA1&digits={}&period={}",
        who.name,
        totp::DIGITS,
        totp::STEP_SECS
    );
    Ok(Json(serde_json::json!({ "secret": b32, "uri": uri })))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CodeBody {
    code: String,
}

/// Checks a code against the enrolled secret (or, with `confirm`, the pending one), accepts it
/// once, and marks the caller's token as stepped up. Every attempt is audited.
async fn check_code(
    state: &AppState,
    caller: &Caller,
    body: &[u8],
    confirm: bool,
) -> Result<Timestamp, ApiError> {
    let who = person(caller)?;
    let req: CodeBody = json_body(body)?;
    let now = state.storage.clock().now();
    let action = if confirm { "totp_confirm" } else { "step_up" };
    if state.mfa_failures.locked(&who.name, now).is_some() {
        state
            .audit
            .record(
                &AuditEvent::new(now, who.name.as_str(), action, "locked")
                    .with_context(&caller.context),
            )
            .await?;
        return Err(ApiError::new(
            axum::http::StatusCode::TOO_MANY_REQUESTS,
            "totp_locked",
            "too many wrong codes; wait five minutes and try again",
        ));
    }
    let control = state.storage.control();
    let enrolled = control.totp(&who.name).await?;
    let sealed = if confirm {
        enrolled.pending
    } else {
        enrolled.secret
    };
    let Some(sealed) = sealed else {
        return Err(ApiError::bad_request(
            "totp_not_enrolled",
            if confirm {
                "nothing to confirm: start with `logveil totp enroll`"
            } else {
                "no authenticator enrolled: run `logveil totp enroll` first"
            },
        ));
    };
    let secret = state.storage.open_secret(&context(&who.name), &sealed)?;
    let last = enrolled.last_step.and_then(|s| u64::try_from(s).ok());
    let checked = totp::verify(&secret, &req.code, now.as_unix_seconds(), last);
    let accepted = match checked {
        Ok(step) => {
            let step = i64::try_from(step).unwrap_or(i64::MAX);
            if control.accept_totp_step(&who.name, step, confirm).await? {
                Ok(())
            } else {
                // Another request used this code first.
                Err(TotpError::Replayed)
            }
        }
        Err(e) => Err(e),
    };
    match accepted {
        Ok(()) => {
            state
                .audit
                .record(
                    &AuditEvent::new(now, who.name.as_str(), action, "success")
                        .with_context(&caller.context),
                )
                .await?;
            state.mfa_failures.cleared(&who.name);
            control.set_stepped_up(&caller.token.id, now).await?;
            Ok(now)
        }
        Err(e) => {
            state.mfa_failures.failed(who.name.clone(), now);
            state
                .audit
                .record(
                    &AuditEvent::new(now, who.name.as_str(), action, "failure")
                        .with_context(&caller.context),
                )
                .await?;
            Err(totp_error(e))
        }
    }
}

/// `POST /api/v1/totp/confirm`
pub async fn confirm(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    body: Bytes,
) -> Result<Json<serde_json::Value>, ApiError> {
    let at = check_code(&state, &caller, &body, true).await?;
    Ok(Json(serde_json::json!({
        "enrolled": true,
        "stepped_up_at": at,
        "valid_until": at.saturating_add(state.config.access.step_up_valid.0),
    })))
}

/// `POST /api/v1/step-up`
pub async fn step_up(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    body: Bytes,
) -> Result<Json<serde_json::Value>, ApiError> {
    let at = check_code(&state, &caller, &body, false).await?;
    Ok(Json(serde_json::json!({
        "stepped_up_at": at,
        "valid_until": at.saturating_add(state.config.access.step_up_valid.0),
    })))
}
