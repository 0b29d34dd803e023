//! Sign-in, users, service accounts and roles.
//!
//! Passwords are hashed with Argon2id (the crate's defaults: 19 MiB, 2 passes), checked with
//! a constant-time comparison, and a sign-in for an unknown user costs the same hash as a real
//! one, so timing does not tell which names exist. A sign-in gives a user token with an
//! absolute expiry; tokens are stored hashed like every other.
//!
//! Ten wrong passwords for one name from one address within fifteen minutes refuse that name
//! from that address for the rest of them (`sign_in_locked`, before any hash is computed).
//! Keyed by both, a guesser cannot lock a person out from everywhere, and spreading guesses
//! over many names or addresses is what the repeated-denials alert watches for.

use std::sync::Arc;
use std::time::Duration;

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use axum::body::Bytes;
use axum::extract::State;
use axum::Json;
use logveil_core::{Level, Role, RoleName, UserName};
use logveil_store::control::{TokenKind, UserRecord};
use serde::Deserialize;

use crate::auth::Caller;
use crate::error::ApiError;
use crate::query::json_body;
use crate::AppState;

/// How long a sign-in lasts.
pub const SESSION: Duration = Duration::from_secs(12 * 3600);
const MAX_PASSWORD: usize = 1024;
const MIN_PASSWORD: usize = 8;
const SIGN_IN_MAX_FAILURES: u32 = 10;
const SIGN_IN_WINDOW: Duration = Duration::from_secs(15 * 60);

/// Wrong passwords per user name (as typed, when it is a valid name) and address.
pub type SignInFailures = crate::lockout::Lockout<(String, Option<std::net::IpAddr>)>;

pub fn sign_in_failures() -> SignInFailures {
    crate::lockout::Lockout::new(SIGN_IN_MAX_FAILURES, SIGN_IN_WINDOW)
}

pub fn hash_password(password: &str) -> Result<String, ApiError> {
    let mut salt = [0u8; 16];
    getrandom_fill(&mut salt)?;
    let salt = SaltString::encode_b64(&salt).map_err(|e| ApiError::unavailable(&e))?;
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| ApiError::unavailable(&e))
}

fn getrandom_fill(buf: &mut [u8]) -> Result<(), ApiError> {
    use argon2::password_hash::rand_core::{OsRng, RngCore};
    OsRng
        .try_fill_bytes(buf)
        .map_err(|e| ApiError::unavailable(&e))
}

/// A hash of a random password, verified against when the user does not exist.
fn decoy_hash() -> &'static str {
    static DECOY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DECOY.get_or_init(|| hash_password("decoy password never matches").unwrap_or_default())
}

fn verify(password: &str, phc: &str) -> bool {
    PasswordHash::new(phc).is_ok_and(|h| {
        Argon2::default()
            .verify_password(password.as_bytes(), &h)
            .is_ok()
    })
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Login {
    user: String,
    password: String,
}

/// `POST /api/v1/login`: the one route that takes credentials instead of a token.
pub async fn login(
    State(state): State<Arc<AppState>>,
    crate::auth::Origin(origin): crate::auth::Origin,
    body: Bytes,
) -> Result<Json<serde_json::Value>, ApiError> {
    let req: Login = json_body(&body)?;
    let signed = sign_in(&state, &req.user, req.password, PASSWORD_SESSION, origin).await?;
    Ok(Json(
        serde_json::json!({ "token": signed.token, "user": signed.user, "expires_at": signed.expires }),
    ))
}

/// A successful sign-in: a user token's secret, shown once.
#[derive(Debug)]
pub struct SignedIn {
    pub token: String,
    pub user: UserName,
    pub expires: logveil_core::Timestamp,
}

/// A session token for a signed-in person (password, web page or OIDC alike): a user token
/// expiring after [`SESSION`].
/// Labels of session tokens, by how their bearer signed in (the audit's auth method).
pub const PASSWORD_SESSION: &str = "login";
pub const WEB_SESSION: &str = "web";
pub const OIDC_SESSION: &str = "oidc";

pub(crate) async fn issue_session(
    state: &AppState,
    user: &UserName,
    label: &str,
    now: logveil_core::Timestamp,
) -> Result<(String, logveil_core::Timestamp), ApiError> {
    let expires = now.saturating_add(SESSION);
    let token = state
        .storage
        .control()
        .create_token_until(&TokenKind::User(user.clone()), label, now, Some(expires))
        .await?;
    Ok((token, expires))
}

/// Checks a password and answers a new user token labelled `label`, audited either way. The
/// API's login and the web UI's sign-in form both come here.
pub async fn sign_in(
    state: &AppState,
    user_name: &str,
    password: String,
    label: &str,
    mut origin: crate::audit::RequestContext,
) -> Result<SignedIn, ApiError> {
    let refused = || ApiError::unauthenticated("wrong user name or password");
    if password.len() > MAX_PASSWORD {
        return Err(refused());
    }
    // The name is recorded only when it is a valid user name: a password typed into the name
    // field must not land in the audit log.
    let actor = user_name
        .parse::<UserName>()
        .map(|u| u.to_string())
        .unwrap_or_else(|_| "(invalid name)".to_owned());
    let guesses = (actor.clone(), origin.peer_ip);
    let now = state.storage.clock().now();
    if let Some(wait) = state.sign_in_failures.locked(&guesses, now) {
        // Bounded like other refusals: a locked name hammered from one address writes a few
        // events a minute and a count.
        crate::audit::denials::record_refusal(
            state,
            origin.peer_ip,
            &crate::audit::AuditEvent::new(now, &actor, "sign_in", "locked").with_context(&origin),
        )
        .await?;
        return Err(ApiError::new(
            axum::http::StatusCode::TOO_MANY_REQUESTS,
            "sign_in_locked",
            format!(
                "too many failed sign-ins for this name from this address; try again in {} minute(s)",
                wait.as_secs().div_ceil(60).max(1)
            ),
        ));
    }
    let user = match user_name.parse::<UserName>() {
        Ok(name) => state.storage.control().user(&name).await?,
        Err(_) => None,
    };
    let phc = user.as_ref().and_then(|u| u.password_hash.clone());
    let candidate = phc.clone().unwrap_or_else(|| decoy_hash().to_owned());
    let matched = tokio::task::spawn_blocking(move || verify(&password, &candidate))
        .await
        .map_err(|e| ApiError::unavailable(&e))?;
    let now = state.storage.clock().now();
    let Some(user) = user.filter(|u| matched && phc.is_some() && !u.disabled) else {
        state.sign_in_failures.failed(guesses, now);
        state
            .audit
            .record(
                &crate::audit::AuditEvent::new(now, &actor, "sign_in", "failure")
                    .with_context(&origin),
            )
            .await?;
        return Err(refused());
    };
    state
        .audit
        .record(&{
            origin.auth_method = crate::audit::AuthMethod::Password;
            crate::audit::AuditEvent::new(now, &actor, "sign_in", "success").with_context(&origin)
        })
        .await?;
    state.sign_in_failures.cleared(&guesses);
    let (token, expires) = issue_session(state, &user.name, label, now).await?;
    Ok(SignedIn {
        token,
        user: user.name,
        expires,
    })
}

pub async fn whoami(caller: Caller) -> Result<Json<serde_json::Value>, ApiError> {
    let kind = match &caller.token.kind {
        TokenKind::Admin => "admin",
        TokenKind::Ingest(_) => "ingest",
        TokenKind::User(_) => "user",
    };
    let (name, admin) = caller
        .principal
        .as_ref()
        .map_or((None, false), |p| (Some(p.name.clone()), p.admin));
    Ok(Json(
        serde_json::json!({ "token": kind, "user": name, "admin": admin }),
    ))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct NewUser {
    name: String,
    #[serde(default)]
    roles: Vec<String>,
    #[serde(default)]
    password: Option<String>,
    #[serde(default)]
    service_account: bool,
}

/// `POST /api/v1/users`: a person (with a password) or a service account (answered with a
/// token, as it never signs in).
pub async fn create_user(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    body: Bytes,
) -> Result<Json<serde_json::Value>, ApiError> {
    caller.require_admin(&state.policy)?;
    let req: NewUser = json_body(&body)?;
    let name: UserName = req.name.parse().map_err(|e: logveil_core::CoreError| {
        ApiError::bad_request("invalid_user", e.to_string())
    })?;
    let roles = req
        .roles
        .iter()
        .map(|r| r.parse::<RoleName>())
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| ApiError::bad_request("invalid_role", e.to_string()))?;
    let known: Vec<RoleName> = state
        .storage
        .control()
        .roles()
        .await?
        .into_iter()
        .map(|r| r.name)
        .collect();
    if let Some(missing) = roles.iter().find(|r| !known.contains(r)) {
        return Err(ApiError::bad_request(
            "unknown_role",
            format!("no role {missing}; create it with `logveil roles set`"),
        ));
    }
    let password_hash = match (req.service_account, req.password) {
        (true, Some(_)) => {
            return Err(ApiError::bad_request(
                "invalid_user",
                "service accounts have tokens, not passwords",
            ))
        }
        (true, None) => None,
        (false, Some(p)) if (MIN_PASSWORD..=MAX_PASSWORD).contains(&p.chars().count()) => Some(
            tokio::task::spawn_blocking(move || hash_password(&p))
                .await
                .map_err(|e| ApiError::unavailable(&e))??,
        ),
        (false, _) => {
            return Err(ApiError::bad_request(
                "invalid_password",
                format!("a password of {MIN_PASSWORD} to {MAX_PASSWORD} characters is required"),
            ))
        }
    };
    let record = UserRecord {
        name: name.clone(),
        service_account: req.service_account,
        password_hash,
        roles,
        disabled: false,
    };
    let now = state.storage.clock().now();
    state
        .audit
        .record_action(now, &caller, "user_create", Some(format!("user:{name}")))
        .await?;
    if !state.storage.control().create_user(&record, now).await? {
        return Err(ApiError::new(
            axum::http::StatusCode::CONFLICT,
            "user_exists",
            format!("user {name} exists"),
        ));
    }
    let mut out = serde_json::json!({ "name": name, "service_account": record.service_account, "roles": record.roles });
    if record.service_account {
        out["token"] = state
            .storage
            .control()
            .create_token(&TokenKind::User(name), "service account", now)
            .await?
            .into();
    }
    Ok(Json(out))
}

pub async fn users(
    State(state): State<Arc<AppState>>,
    caller: Caller,
) -> Result<Json<serde_json::Value>, ApiError> {
    caller.require_admin(&state.policy)?;
    let list: Vec<serde_json::Value> = state
        .storage
        .control()
        .users()
        .await?
        .into_iter()
        .map(|u| serde_json::json!({"name": u.name, "service_account": u.service_account, "roles": u.roles, "disabled": u.disabled}))
        .collect();
    Ok(Json(serde_json::json!({ "users": list })))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RoleBody {
    #[serde(default)]
    services: Vec<String>,
    #[serde(default)]
    envs: Option<Vec<String>>,
    #[serde(default)]
    min_level: Option<String>,
    #[serde(default)]
    admin: bool,
    #[serde(default)]
    approver_for: Vec<String>,
    #[serde(default)]
    auditor: bool,
}

/// `PUT /api/v1/roles/{name}`: creates or replaces a role.
pub async fn put_role(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    axum::extract::Path(name): axum::extract::Path<String>,
    body: Bytes,
) -> Result<Json<serde_json::Value>, ApiError> {
    caller.require_admin(&state.policy)?;
    let name: RoleName = name.parse().map_err(|e: logveil_core::CoreError| {
        ApiError::bad_request("invalid_role", e.to_string())
    })?;
    let req: RoleBody = json_body(&body)?;
    for s in req.services.iter().chain(&req.approver_for) {
        if s != "*" && s.parse::<logveil_core::ServiceName>().is_err() {
            return Err(ApiError::bad_request(
                "invalid_service",
                format!("{s:?} is not a service name or *"),
            ));
        }
    }
    let envs = req.envs.unwrap_or_else(|| vec!["*".to_owned()]);
    if envs
        .iter()
        .any(|e| e.is_empty() || e.len() > 64 || e.contains('|'))
    {
        return Err(ApiError::bad_request(
            "invalid_env",
            "environments are 1-64 characters without '|', or *",
        ));
    }
    let min_level = match req.min_level.as_deref() {
        Some(l) => crate::params::level(l)?,
        None => Level::Info,
    };
    let role = Role {
        name,
        services: req.services,
        envs,
        min_level,
        admin: req.admin,
        approver_for: req.approver_for,
        auditor: req.auditor,
    };
    let subject = Some(format!("role:{}", role.name));
    let now = state.storage.clock().now();
    state
        .audit
        .record_action(now, &caller, "role_change", subject)
        .await?;
    state.storage.control().put_role(&role).await?;
    Ok(Json(
        serde_json::to_value(&role).map_err(|e| ApiError::unavailable(&e))?,
    ))
}

pub async fn roles(
    State(state): State<Arc<AppState>>,
    caller: Caller,
) -> Result<Json<serde_json::Value>, ApiError> {
    caller.require_admin(&state.policy)?;
    Ok(Json(
        serde_json::json!({ "roles": state.storage.control().roles().await? }),
    ))
}
