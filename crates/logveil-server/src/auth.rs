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

use crate::audit::{AuthMethod, RequestContext};
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
    /// Who and from where, for the audit: how they signed in, their roles, MFA age, peer
    /// address, forwarded chain and user agent.
    pub context: RequestContext,
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

    /// The principal who may read the audit log (auditors and administrators).
    pub fn require_auditor(&self, policy: &Policy) -> Result<&Principal, ApiError> {
        match &self.principal {
            Some(p)
                if policy
                    .may_read_audit(p)
                    .map_err(|e| ApiError::unavailable(&e))? =>
            {
                Ok(p)
            }
            _ => Err(ApiError::forbidden(
                "this needs an auditor or an administrator (a role with \"auditor\": true)",
            )),
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
pub(crate) fn presented_secret(header: &str) -> Option<String> {
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
        Ok(Caller::from_secret(state, &secret)
            .await?
            .with_origin(request_context(parts)))
    }
}

/// Where a call came from, for routes that take no token (sign-in): never refuses.
#[derive(Debug, Clone)]
pub struct Origin(pub RequestContext);

impl<S: Send + Sync> FromRequestParts<S> for Origin {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(Origin(request_context(parts)))
    }
}

impl Caller {
    /// The caller, with where its request came from (the token only says who).
    pub fn with_origin(mut self, origin: RequestContext) -> Caller {
        let auth = std::mem::take(&mut self.context);
        self.context = RequestContext {
            auth_method: auth.auth_method,
            roles: auth.roles,
            mfa_age_secs: auth.mfa_age_secs,
            ..origin
        };
        self
    }

    /// Who acts, as the audit names them: the principal, or the ingest token's id.
    pub fn actor(&self) -> String {
        match &self.principal {
            Some(p) => p.name.to_string(),
            None => format!("token:{}", self.token.id),
        }
    }
}

/// The where of a request, before anyone is known.
pub fn request_context(parts: &Parts) -> RequestContext {
    let peer = parts
        .extensions
        .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
        .map(|c| c.0);
    RequestContext::from_request(peer, &parts.method, &parts.uri, &parts.headers)
}

/// How a token's bearer signed in, from what the token was made for.
fn auth_method(token: &TokenInfo) -> AuthMethod {
    match &token.kind {
        TokenKind::Admin => AuthMethod::AdminToken,
        TokenKind::Ingest(_) => AuthMethod::IngestToken,
        TokenKind::User(_) => match token.label.as_str() {
            crate::identity::PASSWORD_SESSION | crate::identity::WEB_SESSION => {
                AuthMethod::Password
            }
            crate::identity::OIDC_SESSION => AuthMethod::Oidc,
            _ => AuthMethod::ApiToken,
        },
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
                auditor: false,
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
        let now = state.storage.clock().now();
        let context = RequestContext {
            auth_method: auth_method(&token),
            roles: principal
                .as_ref()
                .map(|p| p.roles.iter().map(|r| r.as_str().to_owned()).collect())
                .unwrap_or_default(),
            mfa_age_secs: token
                .stepped_up_at
                .map(|t| (now.as_unix_seconds() - t.as_unix_seconds()).max(0)),
            ..RequestContext::default()
        };
        Ok(Caller {
            token,
            principal,
            context,
        })
    }
}
