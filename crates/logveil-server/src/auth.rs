//! Who is calling. Every route but health and readiness needs a token, presented the ways
//! shippers can send one: `Authorization: Bearer TOKEN` (CLI, OTLP exporters, Vector),
//! `Basic base64(user:TOKEN)` (Fluent Bit, Logstash, Filebeat `username`/`password`) or
//! Elasticsearch's `ApiKey base64(id:TOKEN)`.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use base64::Engine as _;
use logveil_core::Role;
use logveil_core::ServiceName;
use logveil_store::control::{TokenInfo, TokenKind};

use crate::policy::{Policy, Principal};

/// The principal name of the admin token written at first start.
pub const ADMIN: &str = "admin";

use crate::error::ApiError;
use crate::AppState;

/// A verified caller: its token, and for people and service accounts (and the admin token)
/// the principal the policies decide for.
#[derive(Debug, Clone)]
pub struct Caller {
    pub token: TokenInfo,
    pub principal: Option<Principal>,
}

impl Caller {
    /// Whether this caller may write logs of `service`: ingest tokens for their services, the
    /// admin token for any. People read; shippers write.
    pub fn may_write(&self, service: &ServiceName) -> bool {
        match &self.token.kind {
            TokenKind::Admin => true,
            TokenKind::Ingest(services) => services.contains(service),
            TokenKind::User(_) => false,
        }
    }

    /// The one service an ingest token is bound to, used for records that name none.
    pub fn default_service(&self) -> Option<ServiceName> {
        match &self.token.kind {
            TokenKind::Ingest(s) if s.len() == 1 => s.first().cloned(),
            _ => None,
        }
    }

    pub fn require_admin(&self, policy: &Policy) -> Result<&Principal, ApiError> {
        match &self.principal {
            Some(p)
                if policy
                    .may_administer(p)
                    .map_err(|e| ApiError::unavailable(&e))? =>
            {
                Ok(p)
            }
            _ => Err(ApiError::forbidden("this needs an administrator")),
        }
    }

    /// The person (user or service account, not the admin token or an ingest token) behind
    /// this caller; `why` says what only people do.
    pub fn person(&self, why: &str) -> Result<&Principal, ApiError> {
        match &self.principal {
            Some(p) if p.person => Ok(p),
            _ => Err(ApiError::forbidden(why)),
        }
    }

    /// The principal whose reads the policies decide; ingest tokens never read.
    pub fn reader(&self) -> Result<&Principal, ApiError> {
        self.principal.as_ref().ok_or_else(|| {
            ApiError::forbidden("ingest tokens can only write logs; sign in with `logveil login`")
        })
    }
}

/// The value of cookie `name` in a request's `Cookie` headers.
pub fn cookie_value<'a>(headers: &'a axum::http::HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(axum::http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// The secret in an `Authorization` header value, whichever scheme carries it.
fn presented_secret(header: &str) -> Option<String> {
    let (scheme, rest) = header.trim().split_once(' ')?;
    let rest = rest.trim();
    match scheme.to_ascii_lowercase().as_str() {
        "bearer" => Some(rest.to_owned()),
        "basic" | "apikey" => {
            let decoded = base64::engine::general_purpose::STANDARD
                .decode(rest)
                .ok()?;
            let text = String::from_utf8(decoded).ok()?;
            match text.split_once(':') {
                Some((_, secret)) => Some(secret.to_owned()),
                None => Some(text),
            }
        }
        _ => None,
    }
}

impl FromRequestParts<std::sync::Arc<AppState>> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &std::sync::Arc<AppState>,
    ) -> Result<Self, Self::Rejection> {
        let Some(header) = parts.headers.get(axum::http::header::AUTHORIZATION) else {
            return Err(ApiError::unauthenticated(
                "no credentials: send Authorization: Bearer TOKEN (an admin token is in DATA_DIR/admin.token)",
            ));
        };
        let secret = header
            .to_str()
            .ok()
            .and_then(presented_secret)
            .ok_or_else(|| {
                ApiError::unauthenticated("unreadable Authorization header: use Bearer TOKEN")
            })?;
        Caller::from_secret(state, &secret).await
    }
}

/// A user as the policies see them, with their roles as they stand now.
pub async fn principal_of(
    state: &AppState,
    user: &logveil_store::control::UserRecord,
) -> Result<(Principal, Vec<Role>), ApiError> {
    let roles: Vec<Role> = state
        .storage
        .control()
        .roles()
        .await?
        .into_iter()
        .filter(|r| user.roles.contains(&r.name))
        .collect();
    Ok((Principal::from_roles(user.name.clone(), &roles), roles))
}

impl Caller {
    /// The caller a token secret stands for, however it was presented (header or the web
    /// UI's session cookie).
    pub async fn from_secret(state: &AppState, secret: &str) -> Result<Caller, ApiError> {
        let control = state.storage.control();
        let Some(token) = control
            .verify_token(secret, state.storage.clock().now())
            .await?
        else {
            return Err(ApiError::unauthenticated(
                "invalid, expired or revoked token; sign in again with `logveil login`",
            ));
        };
        let principal = match &token.kind {
            TokenKind::Admin => Some(Principal {
                name: ADMIN.parse().map_err(|e| ApiError::unavailable(&e))?,
                read_keys: Vec::new(),
                admin: true,
                approver_for: Vec::new(),
                person: false,
                roles: Vec::new(),
            }),
            TokenKind::Ingest(_) => None,
            TokenKind::User(name) => {
                let user = control.user(name).await?.ok_or_else(|| {
                    ApiError::unauthenticated("the token's user no longer exists")
                })?;
                Some(principal_of(state, &user).await?.0)
            }
        };
        Ok(Caller { token, principal })
    }
}
