//! Who is calling. Every route but health and readiness needs a token, presented the ways
//! shippers can send one: `Authorization: Bearer TOKEN` (CLI, OTLP exporters, Vector),
//! `Basic base64(user:TOKEN)` (Fluent Bit, Logstash, Filebeat `username`/`password`) or
//! Elasticsearch's `ApiKey base64(id:TOKEN)`.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use base64::Engine as _;
use logveil_core::ServiceName;
use logveil_store::control::{TokenInfo, TokenKind};

use crate::error::ApiError;
use crate::AppState;

/// A verified caller.
#[derive(Debug, Clone)]
pub struct Caller(pub TokenInfo);

impl Caller {
    pub fn is_admin(&self) -> bool {
        self.0.kind == TokenKind::Admin
    }

    /// Whether this caller may write logs of `service`.
    pub fn may_write(&self, service: &ServiceName) -> bool {
        match &self.0.kind {
            TokenKind::Admin => true,
            TokenKind::Ingest(services) => services.contains(service),
        }
    }

    /// The one service an ingest token is bound to, used for records that name none.
    pub fn default_service(&self) -> Option<ServiceName> {
        match &self.0.kind {
            TokenKind::Ingest(s) if s.len() == 1 => s.first().cloned(),
            _ => None,
        }
    }

    pub fn require_admin(&self) -> Result<(), ApiError> {
        if self.is_admin() {
            Ok(())
        } else {
            Err(ApiError::forbidden("this needs an admin token"))
        }
    }

    /// Reading logs: admins only until roles arrive; ingest tokens never read.
    pub fn require_reader(&self) -> Result<(), ApiError> {
        if self.is_admin() {
            Ok(())
        } else {
            Err(ApiError::forbidden(
                "ingest tokens can only write logs; use a reader's token",
            ))
        }
    }
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
        match state.storage.control().verify_token(&secret).await? {
            Some(info) => Ok(Caller(info)),
            None => Err(ApiError::unauthenticated("invalid or revoked token")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_come_from_every_scheme_shippers_use() {
        let b64 = |s: &str| base64::engine::general_purpose::STANDARD.encode(s);
        assert_eq!(presented_secret("Bearer lv_a_b").as_deref(), Some("lv_a_b"));
        assert_eq!(
            presented_secret(&format!("Basic {}", b64("fluent:lv_a_b"))).as_deref(),
            Some("lv_a_b")
        );
        assert_eq!(
            presented_secret(&format!("ApiKey {}", b64("id:lv_a_b"))).as_deref(),
            Some("lv_a_b")
        );
        assert_eq!(presented_secret("Digest x"), None);
        assert_eq!(presented_secret("Basic !!!"), None);
    }
}
