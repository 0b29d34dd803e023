//! Sign-in through an OpenID Connect provider: the authorization code flow with PKCE (S256),
//! `state` and `nonce`, the ID token checked against the provider's published keys, and the
//! provider's groups mapped to logveil roles at every sign-in.
//!
//! | route | what |
//! | --- | --- |
//! | `GET /auth/oidc/login` | starts a sign-in: redirects the browser to the provider |
//! | `GET /auth/oidc/callback` | the provider's answer: checks it, signs the person in |
//! | `POST /api/v1/oidc/token` | the CLI trades its one-time code (and verifier) for a token |
//!
//! Everything a sign-in needs between the two redirects (PKCE verifier, nonce) stays on the
//! server, keyed by `state`, bounded in number, single use and short-lived; a cookie set at
//! the start binds it to the browser that started it, so nobody can make a victim's browser
//! finish a sign-in the attacker began (login CSRF).
//!
//! The CLI (`logveil login --oidc`) never sees a token in a URL: it listens on 127.0.0.1, the
//! callback redirects the browser there with a one-time code, and the CLI trades the code plus
//! a verifier only it knows for the session token.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::{Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use base64::Engine as _;
use jsonwebtoken::jwk::{AlgorithmParameters, EllipticCurve, Jwk, PublicKeyUse};
use jsonwebtoken::{Algorithm, DecodingKey, Validation};
use logveil_core::{RoleName, Timestamp, UserName};
use logveil_store::control::UserRecord;
use serde::Deserialize;
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;
use tokio::sync::Mutex;

use crate::audit::AuditEvent;
use crate::config::ConfigError;
use crate::error::ApiError;
use crate::AppState;

/// How long a started sign-in may take at the provider.
const PENDING_TTL: Duration = Duration::from_secs(10 * 60);
/// How long the CLI has to trade its one-time code.
const HANDOFF_TTL: Duration = Duration::from_secs(60);
/// Started sign-ins (and unredeemed CLI codes) kept at once; anonymous callers can start
/// sign-ins, so memory must not grow with them.
const MAX_PENDING: usize = 1024;
/// The provider's keys are fetched again for an unknown key id at most this often, so key
/// rotation works but forged tokens cannot make us hammer the provider.
const JWKS_REFETCH: Duration = Duration::from_secs(60);
/// Clock skew tolerated on `exp`, `nbf` and `iat`.
const LEEWAY_SECS: i64 = 60;
/// Answers from the provider larger than this are refused.
const MAX_PROVIDER_ANSWER: u64 = 1 << 20;
const HTTP_TIMEOUT: Duration = Duration::from_secs(10);
/// The cookie binding a started sign-in to its browser.
const BINDING_COOKIE: &str = "logveil_oidc";
/// The web UI's session cookie.
pub const SESSION_COOKIE: &str = "logveil_session";
/// Read when the config file has no `client_secret`, so the secret can stay out of files.
pub const CLIENT_SECRET_ENV: &str = "LOGVEIL_OIDC_CLIENT_SECRET";

/// A secret that never shows in logs or `Debug` output.
#[derive(Clone, Deserialize)]
#[serde(transparent)]
pub struct Secret(String);

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(***)")
    }
}

/// How the client secret is sent to the token endpoint.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TokenAuth {
    /// `client_secret_basic`: HTTP basic authentication (the spec's default).
    #[default]
    Basic,
    /// `client_secret_post`: in the form body.
    Post,
}

/// `[oidc]` in the gateway configuration.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OidcConfig {
    /// The provider's issuer URL, exactly as it appears in its ID tokens' `iss`.
    pub issuer: String,
    pub client_id: String,
    /// Or the environment variable `LOGVEIL_OIDC_CLIENT_SECRET`. None: a public client.
    #[serde(default)]
    pub client_secret: Option<Secret>,
    #[serde(default)]
    pub token_auth: TokenAuth,
    #[serde(default = "defaults::scopes")]
    pub scopes: Vec<String>,
    /// The claim naming the logveil user; when it is missing or no valid user name, a verified
    /// `email`'s local part, then `sub`, are used.
    #[serde(default = "defaults::username_claim")]
    pub username_claim: String,
    #[serde(default = "defaults::groups_claim")]
    pub groups_claim: String,
    /// Provider group → logveil roles. Roles are set from this at every sign-in; groups not
    /// listed, and roles that do not exist, give nothing.
    #[serde(default)]
    pub group_roles: BTreeMap<String, Vec<String>>,
    /// Signature algorithms accepted on ID tokens. Symmetric ones (HS*) are refused: the
    /// client secret must not double as a signing key.
    #[serde(default = "defaults::algorithms")]
    pub allowed_algorithms: Vec<String>,
}

mod defaults {
    pub fn scopes() -> Vec<String> {
        ["openid", "profile", "email", "groups"]
            .map(str::to_owned)
            .to_vec()
    }
    pub fn username_claim() -> String {
        "preferred_username".to_owned()
    }
    pub fn groups_claim() -> String {
        "groups".to_owned()
    }
    pub fn algorithms() -> Vec<String> {
        vec!["RS256".to_owned(), "ES256".to_owned()]
    }
}

/// Whether `url` is `http://` to this machine, allowed for tests and development only.
fn is_loopback_http(url: &str) -> bool {
    let Some(rest) = url.strip_prefix("http://") else {
        return false;
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host = match authority.strip_prefix('[') {
        Some(v6) => v6.split(']').next().unwrap_or_default(),
        None => authority.split(':').next().unwrap_or_default(),
    };
    matches!(host, "127.0.0.1" | "localhost" | "::1")
}

impl OidcConfig {
    pub(crate) fn check(&self, public_url: Option<&str>) -> Result<(), ConfigError> {
        let bad = |m: String| Err(ConfigError::Invalid(format!("oidc: {m}")));
        if !(self.issuer.starts_with("https://") || is_loopback_http(&self.issuer)) {
            return bad(format!(
                "issuer {:?} must be https:// (http:// only to 127.0.0.1 or localhost)",
                self.issuer
            ));
        }
        if self.client_id.is_empty() {
            return bad("client_id is empty".into());
        }
        if !self.scopes.iter().any(|s| s == "openid") {
            return bad("scopes must include openid".into());
        }
        if self.scopes.iter().any(|s| s.is_empty() || s.contains(' ')) {
            return bad("a scope is empty or contains a space".into());
        }
        if self.username_claim.is_empty() || self.groups_claim.is_empty() {
            return bad("username_claim and groups_claim must not be empty".into());
        }
        if self.allowed_algorithms.is_empty() {
            return bad("allowed_algorithms is empty".into());
        }
        for a in &self.allowed_algorithms {
            match Algorithm::from_str(a) {
                Ok(Algorithm::HS256 | Algorithm::HS384 | Algorithm::HS512) => {
                    return bad(format!(
                        "algorithm {a} is symmetric; only signatures by the provider's published keys are accepted"
                    ))
                }
                Ok(_) => {}
                Err(_) => return bad(format!("unknown algorithm {a:?}")),
            }
        }
        for (group, roles) in &self.group_roles {
            for r in roles {
                if r.parse::<RoleName>().is_err() {
                    return bad(format!("group_roles.{group}: {r:?} is not a role name"));
                }
            }
        }
        match public_url {
            None => bad("public_url is needed: the provider redirects browsers back to it".into()),
            Some(_) => Ok(()),
        }
    }

    fn algorithms(&self) -> Vec<Algorithm> {
        self.allowed_algorithms
            .iter()
            .filter_map(|a| Algorithm::from_str(a).ok())
            .filter(|a| !matches!(a, Algorithm::HS256 | Algorithm::HS384 | Algorithm::HS512))
            .collect()
    }
}

/// Why a sign-in was refused. The message names the check that failed, never a token or a
/// claim's value.
#[derive(Debug, thiserror::Error)]
pub enum OidcError {
    #[error("sign-in failed: {0}")]
    Refused(&'static str),
    /// The provider was unreachable or answered nonsense; the detail is logged, not sent.
    #[error(
        "sign-in failed: the identity provider could not be reached or gave an unusable answer"
    )]
    Provider(String),
    #[error("{}", .0.message)]
    Api(ApiError),
}

impl From<ApiError> for OidcError {
    fn from(e: ApiError) -> Self {
        OidcError::Api(e)
    }
}

impl From<logveil_store::StoreError> for OidcError {
    fn from(e: logveil_store::StoreError) -> Self {
        OidcError::Api(e.into())
    }
}

impl From<OidcError> for ApiError {
    fn from(e: OidcError) -> Self {
        match e {
            OidcError::Refused(_) => {
                ApiError::new(StatusCode::UNAUTHORIZED, "sign_in_failed", e.to_string())
            }
            OidcError::Provider(ref detail) => {
                eprintln!("logveil: oidc provider: {detail}");
                ApiError::new(StatusCode::BAD_GATEWAY, "sign_in_failed", e.to_string())
            }
            OidcError::Api(e) => e,
        }
    }
}

/// The provider's endpoints, from its discovery document.
#[derive(Debug, Clone)]
struct Provider {
    authorization_endpoint: String,
    token_endpoint: String,
    jwks_uri: String,
}

#[derive(Debug, Default)]
struct KeyCache {
    keys: Vec<Jwk>,
    last_fetch: Option<Timestamp>,
}

/// A sign-in between its start and the provider's answer.
#[derive(Debug)]
struct Pending {
    created: Timestamp,
    nonce: String,
    verifier: String,
    /// SHA-256 of the browser-binding cookie's value.
    binding: [u8; 32],
    cli: Option<CliHandoff>,
}

#[derive(Debug, Clone)]
struct CliHandoff {
    port: u16,
    challenge: String,
}

/// A finished sign-in waiting for the CLI to collect its token.
#[derive(Debug)]
struct Redeemable {
    created: Timestamp,
    user: UserName,
    challenge: String,
}

/// OIDC's runtime state: discovery, the key cache, sign-ins in progress.
#[derive(Debug)]
pub struct Oidc {
    config: OidcConfig,
    algorithms: Vec<Algorithm>,
    client_secret: Option<Secret>,
    redirect_uri: Option<String>,
    secure_cookies: bool,
    http: ureq::Agent,
    provider: Mutex<Option<Provider>>,
    keys: Mutex<KeyCache>,
    pending: Mutex<HashMap<String, Pending>>,
    redeemable: Mutex<HashMap<String, Redeemable>>,
}

impl Oidc {
    /// The runtime for a checked configuration. Nothing is fetched yet: the gateway starts
    /// even while the provider is down.
    pub fn new(config: &OidcConfig, public_url: Option<&str>) -> Self {
        let client_secret = config.client_secret.clone().or_else(|| {
            std::env::var(CLIENT_SECRET_ENV)
                .ok()
                .filter(|s| !s.is_empty())
                .map(Secret)
        });
        let http: ureq::Agent = ureq::Agent::config_builder()
            .timeout_global(Some(HTTP_TIMEOUT))
            .http_status_as_error(false)
            .max_redirects(0)
            .build()
            .into();
        Self {
            algorithms: config.algorithms(),
            config: config.clone(),
            client_secret,
            redirect_uri: public_url
                .map(|u| format!("{}/auth/oidc/callback", u.trim_end_matches('/'))),
            secure_cookies: public_url.is_some_and(|u| u.starts_with("https://")),
            http,
            provider: Mutex::new(None),
            keys: Mutex::new(KeyCache::default()),
            pending: Mutex::new(HashMap::new()),
            redeemable: Mutex::new(HashMap::new()),
        }
    }

    async fn get_json(&self, url: String) -> Result<Value, OidcError> {
        let agent = self.http.clone();
        tokio::task::spawn_blocking(move || {
            let mut resp = agent
                .get(&url)
                .header("Accept", "application/json")
                .call()
                .map_err(|e| OidcError::Provider(format!("GET {url}: {e}")))?;
            if !resp.status().is_success() {
                return Err(OidcError::Provider(format!(
                    "GET {url}: status {}",
                    resp.status()
                )));
            }
            resp.body_mut()
                .with_config()
                .limit(MAX_PROVIDER_ANSWER)
                .read_json::<Value>()
                .map_err(|e| OidcError::Provider(format!("GET {url}: {e}")))
        })
        .await
        .map_err(|e| OidcError::Provider(e.to_string()))?
    }

    /// The discovery document, fetched once and kept.
    async fn provider(&self) -> Result<Provider, OidcError> {
        let mut cached = self.provider.lock().await;
        if let Some(p) = cached.as_ref() {
            return Ok(p.clone());
        }
        let url = format!(
            "{}/.well-known/openid-configuration",
            self.config.issuer.trim_end_matches('/')
        );
        let doc = self.get_json(url).await?;
        let field = |k: &str| -> Result<String, OidcError> {
            doc.get(k)
                .and_then(Value::as_str)
                .map(str::to_owned)
                .ok_or_else(|| OidcError::Provider(format!("discovery has no {k}")))
        };
        // The issuer a discovery document names must be the one configured (OIDC Discovery
        // 4.3), or a look-alike could hand out its own endpoints.
        if field("issuer")? != self.config.issuer {
            return Err(OidcError::Provider(
                "the discovery document names another issuer".into(),
            ));
        }
        let p = Provider {
            authorization_endpoint: field("authorization_endpoint")?,
            token_endpoint: field("token_endpoint")?,
            jwks_uri: field("jwks_uri")?,
        };
        *cached = Some(p.clone());
        Ok(p)
    }

    /// The key that should have signed a token with this header: by `kid`, else the only key
    /// that fits the algorithm. An unknown key triggers one rate-limited refetch.
    async fn key_for(
        &self,
        kid: Option<&str>,
        alg: Algorithm,
        now: Timestamp,
    ) -> Result<Jwk, OidcError> {
        let mut cache = self.keys.lock().await;
        if let Some(k) = pick_key(&cache.keys, kid, alg) {
            return Ok(k);
        }
        let may_fetch = cache
            .last_fetch
            .is_none_or(|t| now >= t.saturating_add(JWKS_REFETCH) || now < t);
        if !may_fetch {
            return Err(OidcError::Refused(
                "the ID token is signed with an unknown key",
            ));
        }
        cache.last_fetch = Some(now);
        let jwks_uri = self.provider().await?.jwks_uri;
        let doc = self.get_json(jwks_uri).await?;
        // One key this library cannot read (a new key type, an encryption key) must not make
        // the others unusable, so keys are read one by one.
        cache.keys = doc
            .get("keys")
            .and_then(Value::as_array)
            .map(|keys| {
                keys.iter()
                    .filter_map(|k| serde_json::from_value::<Jwk>(k.clone()).ok())
                    .collect()
            })
            .unwrap_or_default();
        pick_key(&cache.keys, kid, alg).ok_or(OidcError::Refused(
            "the ID token is signed with an unknown key",
        ))
    }

    /// Trades the authorization code for the provider's tokens; answers the ID token.
    async fn exchange(
        &self,
        provider: &Provider,
        code: &str,
        verifier: &str,
    ) -> Result<String, OidcError> {
        let redirect_uri = self
            .redirect_uri
            .clone()
            .ok_or(OidcError::Refused("the gateway has no public_url"))?;
        let mut form: Vec<(&'static str, String)> = vec![
            ("grant_type", "authorization_code".to_owned()),
            ("code", code.to_owned()),
            ("redirect_uri", redirect_uri),
            ("code_verifier", verifier.to_owned()),
        ];
        let mut basic = None;
        match (&self.client_secret, self.config.token_auth) {
            (Some(secret), TokenAuth::Basic) => {
                // RFC 6749 2.3.1: both parts are form-encoded before base64.
                let pair = format!(
                    "{}:{}",
                    form_encode(&self.config.client_id),
                    form_encode(&secret.0)
                );
                basic = Some(format!(
                    "Basic {}",
                    base64::engine::general_purpose::STANDARD.encode(pair)
                ));
            }
            (Some(secret), TokenAuth::Post) => {
                form.push(("client_id", self.config.client_id.clone()));
                form.push(("client_secret", secret.0.clone()));
            }
            (None, _) => form.push(("client_id", self.config.client_id.clone())),
        }
        let agent = self.http.clone();
        let url = provider.token_endpoint.clone();
        let (status, body) = tokio::task::spawn_blocking(move || {
            let mut req = agent.post(&url).header("Accept", "application/json");
            if let Some(b) = &basic {
                req = req.header("Authorization", b);
            }
            let mut resp = req
                .send_form(form.iter().map(|(k, v)| (*k, v.as_str())))
                .map_err(|e| OidcError::Provider(format!("POST {url}: {e}")))?;
            let status = resp.status().as_u16();
            let body = resp
                .body_mut()
                .with_config()
                .limit(MAX_PROVIDER_ANSWER)
                .read_json::<Value>()
                .unwrap_or(Value::Null);
            Ok::<_, OidcError>((status, body))
        })
        .await
        .map_err(|e| OidcError::Provider(e.to_string()))??;
        if !(200..300).contains(&status) {
            // Only the OAuth error code is logged: descriptions may echo what was sent.
            eprintln!(
                "logveil: oidc token endpoint refused the code: status {status}, error {}",
                body.get("error").and_then(Value::as_str).unwrap_or("?")
            );
            return Err(OidcError::Refused(
                "the identity provider refused the authorization code",
            ));
        }
        body.get("id_token")
            .and_then(Value::as_str)
            .map(str::to_owned)
            .ok_or(OidcError::Refused("the identity provider sent no ID token"))
    }

    /// The ID token's claims once its signature, issuer, audience, times and nonce hold.
    async fn verify(
        &self,
        id_token: &str,
        nonce: &str,
        now: Timestamp,
    ) -> Result<Map<String, Value>, OidcError> {
        let header = jsonwebtoken::decode_header(id_token).map_err(|_| {
            OidcError::Refused("the ID token is malformed or uses an unsupported algorithm")
        })?;
        if !self.algorithms.contains(&header.alg) {
            return Err(OidcError::Refused(
                "the ID token's signature algorithm is not allowed",
            ));
        }
        let jwk = self.key_for(header.kid.as_deref(), header.alg, now).await?;
        let key = DecodingKey::from_jwk(&jwk)
            .map_err(|_| OidcError::Refused("the provider's signing key is unusable"))?;
        // The library checks the signature only; every claim is checked below against the
        // server's clock, which tests drive.
        let mut validation = Validation::new(header.alg);
        validation.algorithms = vec![header.alg];
        validation.validate_exp = false;
        validation.validate_nbf = false;
        validation.validate_aud = false;
        validation.required_spec_claims = HashSet::new();
        let data = jsonwebtoken::decode::<Map<String, Value>>(id_token, &key, &validation)
            .map_err(|e| match e.kind() {
                jsonwebtoken::errors::ErrorKind::InvalidSignature => {
                    OidcError::Refused("the ID token's signature is invalid")
                }
                _ => OidcError::Refused("the ID token is malformed"),
            })?;
        let claims = data.claims;
        self.check_claims(&claims, nonce, now)?;
        Ok(claims)
    }

    fn check_claims(
        &self,
        claims: &Map<String, Value>,
        nonce: &str,
        now: Timestamp,
    ) -> Result<(), OidcError> {
        let refuse = |m| Err(OidcError::Refused(m));
        if claims.get("iss").and_then(Value::as_str) != Some(self.config.issuer.as_str()) {
            return refuse("wrong issuer");
        }
        let client_id = self.config.client_id.as_str();
        let audiences: Vec<&str> = match claims.get("aud") {
            Some(Value::String(a)) => vec![a.as_str()],
            Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).collect(),
            _ => Vec::new(),
        };
        if !audiences.contains(&client_id) {
            return refuse("wrong audience");
        }
        let azp = claims.get("azp").and_then(Value::as_str);
        if (audiences.len() > 1 && azp.is_none()) || azp.is_some_and(|a| a != client_id) {
            return refuse("wrong authorized party");
        }
        let now = now.as_unix_seconds();
        let time = |k: &str| {
            claims
                .get(k)
                .and_then(|v| v.as_i64().or_else(|| v.as_f64().map(|f| f as i64)))
        };
        match time("exp") {
            None => return refuse("the ID token has no expiry"),
            Some(exp) if now > exp.saturating_add(LEEWAY_SECS) => return refuse("token expired"),
            Some(_) => {}
        }
        if time("nbf").is_some_and(|nbf| nbf > now.saturating_add(LEEWAY_SECS)) {
            return refuse("token not yet valid");
        }
        match time("iat") {
            None => return refuse("the ID token has no issue time"),
            Some(iat) if iat > now.saturating_add(LEEWAY_SECS) => {
                return refuse("token issued in the future")
            }
            Some(_) => {}
        }
        let sent = claims.get("nonce").and_then(Value::as_str).unwrap_or("");
        if !bool::from(sent.as_bytes().ct_eq(nonce.as_bytes())) {
            return refuse("wrong nonce");
        }
        if claims.get("sub").and_then(Value::as_str).is_none() {
            return refuse("the ID token has no subject");
        }
        Ok(())
    }

    /// The logveil user a verified token names.
    fn user_name(&self, claims: &Map<String, Value>) -> Result<UserName, OidcError> {
        let configured = claims
            .get(&self.config.username_claim)
            .and_then(Value::as_str)
            .and_then(|n| n.to_ascii_lowercase().parse::<UserName>().ok());
        // An unverified email could name anyone, so it is used only when the provider vouches
        // for it.
        let email = claims
            .get("email")
            .and_then(Value::as_str)
            .filter(|_| claims.get("email_verified") == Some(&Value::Bool(true)))
            .and_then(|e| e.split('@').next())
            .and_then(sanitize_name);
        let sub = claims
            .get("sub")
            .and_then(Value::as_str)
            .and_then(sanitize_name);
        configured
            .or(email)
            .or(sub)
            .ok_or(OidcError::Refused("the ID token names no usable user name"))
    }

    /// Roles from the groups claim through `group_roles`, limited to roles that exist.
    fn roles(&self, claims: &Map<String, Value>, known: &[RoleName]) -> Vec<RoleName> {
        let groups: Vec<&str> = match claims.get(&self.config.groups_claim) {
            Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).collect(),
            Some(Value::String(g)) => vec![g.as_str()],
            _ => Vec::new(),
        };
        let mut roles: Vec<RoleName> = groups
            .iter()
            .filter_map(|g| self.config.group_roles.get(*g))
            .flatten()
            .filter_map(|r| r.parse::<RoleName>().ok())
            .filter(|r| known.contains(r))
            .collect();
        roles.sort();
        roles.dedup();
        roles
    }

    fn cookie(&self, name: &str, value: &str, path: &str, max_age: u64, same_site: &str) -> String {
        let secure = if self.secure_cookies { "; Secure" } else { "" };
        format!("{name}={value}; HttpOnly; SameSite={same_site}; Path={path}; Max-Age={max_age}{secure}")
    }
}

fn pick_key(keys: &[Jwk], kid: Option<&str>, alg: Algorithm) -> Option<Jwk> {
    let fits = |k: &&Jwk| {
        let type_fits = match (&k.algorithm, alg) {
            (
                AlgorithmParameters::RSA(_),
                Algorithm::RS256
                | Algorithm::RS384
                | Algorithm::RS512
                | Algorithm::PS256
                | Algorithm::PS384
                | Algorithm::PS512,
            ) => true,
            (AlgorithmParameters::EllipticCurve(p), Algorithm::ES256) => {
                p.curve == EllipticCurve::P256
            }
            (AlgorithmParameters::EllipticCurve(p), Algorithm::ES384) => {
                p.curve == EllipticCurve::P384
            }
            (AlgorithmParameters::OctetKeyPair(p), Algorithm::EdDSA) => {
                p.curve == EllipticCurve::Ed25519
            }
            _ => false,
        };
        let alg_fits = k
            .common
            .key_algorithm
            .is_none_or(|ka| Algorithm::from_str(&ka.to_string()).is_ok_and(|a| a == alg));
        let use_fits = !matches!(k.common.public_key_use, Some(PublicKeyUse::Encryption));
        type_fits && alg_fits && use_fits
    };
    let mut candidates = keys.iter().filter(fits);
    match kid {
        Some(kid) => candidates
            .find(|k| k.common.key_id.as_deref() == Some(kid))
            .cloned(),
        None => {
            let first = candidates.next()?;
            candidates.next().is_none().then(|| first.clone())
        }
    }
}

/// A user name made from free text (an email's local part, a subject): lowercased, other
/// characters turned into `-`.
fn sanitize_name(raw: &str) -> Option<UserName> {
    let cleaned: String = raw
        .chars()
        .map(|c| c.to_ascii_lowercase())
        .map(|c| {
            if c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '.' | '_' | '-') {
                c
            } else {
                '-'
            }
        })
        .collect();
    let trimmed = cleaned.trim_start_matches(['.', '_', '-']);
    trimmed.chars().take(64).collect::<String>().parse().ok()
}

/// `application/x-www-form-urlencoded` / URL query encoding: everything but RFC 3986's
/// unreserved characters is percent-encoded.
fn form_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn random_token() -> Result<String, ApiError> {
    let mut b = [0u8; 32];
    getrandom::getrandom(&mut b).map_err(|e| ApiError::unavailable(&e))?;
    Ok(base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(b))
}

/// PKCE S256: base64url(SHA-256(verifier)).
pub fn s256(verifier: &str) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes()))
}

fn is_challenge(c: &str) -> bool {
    c.len() == 43
        && c.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Drops expired entries, then the oldest while over the bound.
fn prune<T>(map: &mut HashMap<String, T>, created: impl Fn(&T) -> Timestamp, cutoff: Timestamp) {
    map.retain(|_, v| created(v) >= cutoff);
    while map.len() >= MAX_PENDING {
        let oldest = map
            .iter()
            .min_by_key(|(_, v)| created(v))
            .map(|(k, _)| k.clone());
        match oldest {
            Some(k) => map.remove(&k),
            None => break,
        };
    }
}

fn enabled(state: &AppState) -> Result<Arc<Oidc>, ApiError> {
    state.oidc.clone().ok_or_else(|| {
        ApiError::new(
            StatusCode::NOT_FOUND,
            "oidc_not_configured",
            "single sign-on is not configured on this gateway; use `logveil login --user`",
        )
    })
}

fn no_store(headers: &mut HeaderMap) {
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
}

fn header_value(v: &str) -> Result<HeaderValue, ApiError> {
    HeaderValue::from_str(v).map_err(|e| ApiError::unavailable(&e))
}

pub fn routes() -> Router<Arc<AppState>> {
    Router::new()
        .route("/auth/oidc/login", get(login))
        .route("/auth/oidc/callback", get(callback))
        .route("/api/v1/oidc/token", post(redeem))
}

#[derive(Debug, Deserialize)]
pub struct LoginQuery {
    cli_port: Option<u16>,
    cli_challenge: Option<String>,
}

/// `GET /auth/oidc/login`: remembers a new sign-in and sends the browser to the provider.
pub async fn login(
    State(state): State<Arc<AppState>>,
    query: Result<Query<LoginQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Response, ApiError> {
    let oidc = enabled(&state)?;
    let Query(q) = query
        .map_err(|_| ApiError::bad_request("invalid_query", "cli_port must be a port number"))?;
    let cli = match (q.cli_port, q.cli_challenge) {
        (None, None) => None,
        (Some(port), Some(challenge)) if port != 0 && is_challenge(&challenge) => {
            Some(CliHandoff { port, challenge })
        }
        _ => {
            return Err(ApiError::bad_request(
                "invalid_query",
                "cli_port and cli_challenge (43 base64url characters) go together",
            ))
        }
    };
    let redirect_uri = oidc.redirect_uri.clone().ok_or_else(|| {
        ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "oidc_not_configured",
            "single sign-on needs public_url in the gateway configuration",
        )
    })?;
    let provider = oidc.provider().await?;
    let (state_id, nonce, verifier, binding) = (
        random_token()?,
        random_token()?,
        random_token()?,
        random_token()?,
    );
    let now = state.storage.clock().now();
    let url = format!(
        "{}{}response_type=code&client_id={}&redirect_uri={}&scope={}&state={}&nonce={}&code_challenge={}&code_challenge_method=S256",
        provider.authorization_endpoint,
        if provider.authorization_endpoint.contains('?') { '&' } else { '?' },
        form_encode(&oidc.config.client_id),
        form_encode(&redirect_uri),
        form_encode(&oidc.config.scopes.join(" ")),
        state_id,
        nonce,
        s256(&verifier),
    );
    {
        let mut pending = oidc.pending.lock().await;
        prune(&mut pending, |p| p.created, now.saturating_sub(PENDING_TTL));
        pending.insert(
            state_id,
            Pending {
                created: now,
                nonce,
                verifier,
                binding: Sha256::digest(binding.as_bytes()).into(),
                cli,
            },
        );
    }
    let mut headers = HeaderMap::new();
    no_store(&mut headers);
    headers.insert(header::LOCATION, header_value(&url)?);
    // Lax, not Strict: the browser must send it on the provider's redirect back to us.
    headers.insert(
        header::SET_COOKIE,
        header_value(&oidc.cookie(
            BINDING_COOKIE,
            &binding,
            "/auth/oidc",
            PENDING_TTL.as_secs(),
            "Lax",
        ))?,
    );
    Ok((StatusCode::SEE_OTHER, headers).into_response())
}

#[derive(Debug, Deserialize)]
pub struct CallbackQuery {
    code: Option<String>,
    state: Option<String>,
    error: Option<String>,
}

/// `GET /auth/oidc/callback`: the provider's answer. Every outcome is audited before anyone
/// is signed in; refusals name the failed check only.
pub async fn callback(
    State(state): State<Arc<AppState>>,
    crate::auth::Origin(origin): crate::auth::Origin,
    headers: HeaderMap,
    Query(q): Query<CallbackQuery>,
) -> Result<Response, ApiError> {
    let oidc = enabled(&state)?;
    let now = state.storage.clock().now();
    let mut actor = "(oidc)".to_owned();
    let outcome = finish(&state, &oidc, &headers, &origin, q, now, &mut actor).await;
    let (user, cli) = match outcome {
        Ok(v) => v,
        Err(e) => {
            state
                .audit
                .record(&AuditEvent::new(now, &actor, "sign_in", "failure").with_context(&origin))
                .await?;
            return Err(e.into());
        }
    };
    let mut out = HeaderMap::new();
    no_store(&mut out);
    out.append(
        header::SET_COOKIE,
        header_value(&oidc.cookie(BINDING_COOKIE, "", "/auth/oidc", 0, "Lax"))?,
    );
    match cli {
        Some(cli) => {
            let code = random_token()?;
            {
                let mut r = oidc.redeemable.lock().await;
                prune(&mut r, |x| x.created, now.saturating_sub(HANDOFF_TTL));
                r.insert(
                    code.clone(),
                    Redeemable {
                        created: now,
                        user,
                        challenge: cli.challenge,
                    },
                );
            }
            // Always the loopback address: the callback never sends a code to another host.
            out.insert(
                header::LOCATION,
                header_value(&format!(
                    "http://127.0.0.1:{}/callback?code={code}",
                    cli.port
                ))?,
            );
            Ok((StatusCode::SEE_OTHER, out).into_response())
        }
        None => {
            let (token, _) =
                crate::identity::issue_session(&state, &user, crate::identity::OIDC_SESSION, now)
                    .await?;
            out.append(
                header::SET_COOKIE,
                header_value(&oidc.cookie(
                    SESSION_COOKIE,
                    &token,
                    "/",
                    crate::identity::SESSION.as_secs(),
                    "Strict",
                ))?,
            );
            let page = format!(
                "<!doctype html>\n<meta charset=\"utf-8\">\n<title>logveil: signed in</title>\n<p>Signed in to logveil as {user}. You can close this tab.</p>\n"
            );
            Ok((StatusCode::OK, out, axum::response::Html(page)).into_response())
        }
    }
}

/// Checks the provider's answer and, once the sign-in is audited, creates the person or sets
/// their roles. `actor` is filled in as soon as the user is known, for the audit of a refusal.
async fn finish(
    state: &AppState,
    oidc: &Oidc,
    headers: &HeaderMap,
    origin: &crate::audit::RequestContext,
    q: CallbackQuery,
    now: Timestamp,
    actor: &mut String,
) -> Result<(UserName, Option<CliHandoff>), OidcError> {
    let pending = match &q.state {
        Some(s) => oidc.pending.lock().await.remove(s),
        None => None,
    }
    .ok_or(OidcError::Refused("unknown or already used sign-in state"))?;
    if now > pending.created.saturating_add(PENDING_TTL) {
        return Err(OidcError::Refused("the sign-in took too long; start again"));
    }
    let binding = crate::auth::cookie_value(headers, BINDING_COOKIE)
        .map(|b| Sha256::digest(b.as_bytes()))
        .unwrap_or_default();
    if !bool::from(binding.as_slice().ct_eq(&pending.binding)) {
        return Err(OidcError::Refused("this browser did not start the sign-in"));
    }
    if q.error.is_some() {
        return Err(OidcError::Refused(
            "the identity provider refused the sign-in",
        ));
    }
    let code = q
        .code
        .ok_or(OidcError::Refused("the identity provider sent no code"))?;
    let provider = oidc.provider().await?;
    let id_token = oidc.exchange(&provider, &code, &pending.verifier).await?;
    let claims = oidc.verify(&id_token, &pending.nonce, now).await?;
    let name = oidc.user_name(&claims)?;
    *actor = name.to_string();
    let control = state.storage.control();
    let existing = control.user(&name).await?;
    match &existing {
        Some(u) if u.service_account => {
            return Err(OidcError::Refused("the name belongs to a service account"))
        }
        Some(u) if u.disabled => return Err(OidcError::Refused("the user is disabled")),
        // A provider that lets people pick their user name (or an email local part that
        // happens to match) must not take over a local account and its grants.
        Some(u) if u.password_hash.is_some() => {
            return Err(OidcError::Refused(
                "the name belongs to a local account that signs in with a password",
            ))
        }
        _ => {}
    }
    let known: Vec<RoleName> = control.roles().await?.into_iter().map(|r| r.name).collect();
    let roles = oidc.roles(&claims, &known);
    state
        .audit
        .record(&{
            let mut origin = origin.clone();
            origin.auth_method = crate::audit::AuthMethod::Oidc;
            origin.roles = roles.iter().map(|r| r.as_str().to_owned()).collect();
            AuditEvent::new(now, actor, "sign_in", "success").with_context(&origin)
        })
        .await?;
    let record = UserRecord {
        name: name.clone(),
        service_account: false,
        password_hash: None,
        roles: roles.clone(),
        disabled: false,
    };
    if existing.is_none() && control.create_user(&record, now).await? {
        return Ok((name, pending.cli));
    }
    if !control.set_user_roles(&name, &roles).await? {
        return Err(OidcError::Refused("the name belongs to a service account"));
    }
    Ok((name, pending.cli))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RedeemBody {
    code: String,
    verifier: String,
}

/// `POST /api/v1/oidc/token`: the CLI's one-time code and the verifier whose challenge it
/// sent, for the session token. A code is gone after its first use, right or wrong.
pub async fn redeem(
    State(state): State<Arc<AppState>>,
    body: axum::body::Bytes,
) -> Result<Json<Value>, ApiError> {
    let oidc = enabled(&state)?;
    let req: RedeemBody = crate::query::json_body(&body)?;
    let now = state.storage.clock().now();
    let refused = |m: &'static str| ApiError::from(OidcError::Refused(m));
    let entry = oidc
        .redeemable
        .lock()
        .await
        .remove(&req.code)
        .ok_or_else(|| refused("unknown or already used code"))?;
    if now > entry.created.saturating_add(HANDOFF_TTL) {
        return Err(refused("the code expired; sign in again"));
    }
    if !bool::from(
        s256(&req.verifier)
            .as_bytes()
            .ct_eq(entry.challenge.as_bytes()),
    ) {
        return Err(refused("the verifier does not match"));
    }
    match state.storage.control().user(&entry.user).await? {
        Some(u) if !u.disabled && !u.service_account => {}
        _ => return Err(refused("the user is disabled")),
    }
    let (token, expires) =
        crate::identity::issue_session(&state, &entry.user, crate::identity::OIDC_SESSION, now)
            .await?;
    Ok(Json(
        serde_json::json!({ "token": token, "user": entry.user, "expires_at": expires }),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_http_is_recognised_and_look_alikes_are_not() {
        assert!(is_loopback_http("http://127.0.0.1:8080"));
        assert!(is_loopback_http("http://localhost/realms/x"));
        assert!(is_loopback_http("http://[::1]:9000"));
        assert!(!is_loopback_http("http://127.0.0.1.evil.example"));
        assert!(!is_loopback_http("http://localhost.evil.example/"));
        assert!(!is_loopback_http("https://127.0.0.1"));
    }

    #[test]
    fn names_from_free_text_are_valid_user_names() {
        assert_eq!(
            sanitize_name("Kim.Lee+ops").unwrap().as_str(),
            "kim.lee-ops"
        );
        assert_eq!(sanitize_name("auth0|abc").unwrap().as_str(), "auth0-abc");
        assert!(sanitize_name("+++").is_none());
    }

    #[test]
    fn oidc_config_mistakes_are_refused_and_the_secret_never_shows() {
        use crate::config::GatewayConfig;
        let good = "public_url = \"https://logs.example.com\"\n[oidc]\nissuer = \"https://id.example.com\"\nclient_id = \"logveil\"\nclient_secret = \"hunter2-very-secret\"\n[oidc.group_roles]\npayments-oncall = [\"payments\"]\n";
        let c = GatewayConfig::from_toml(good).unwrap();
        let o = c.oidc.as_ref().unwrap();
        assert_eq!(o.username_claim, "preferred_username");
        assert_eq!(o.allowed_algorithms, vec!["RS256", "ES256"]);
        assert!(!format!("{c:?}").contains("hunter2"));
        for (text, needle) in [
            ("public_url = \"https://l.example\"\n[oidc]\nissuer = \"http://id.example.com\"\nclient_id = \"x\"", "https"),
            ("public_url = \"https://l.example\"\n[oidc]\nissuer = \"http://127.0.0.1.evil.example\"\nclient_id = \"x\"", "https"),
            ("[oidc]\nissuer = \"https://id.example.com\"\nclient_id = \"x\"", "public_url"),
            ("public_url = \"https://l.example\"\n[oidc]\nissuer = \"https://id.example.com\"\nclient_id = \"x\"\nallowed_algorithms = [\"HS256\"]", "symmetric"),
            ("public_url = \"https://l.example\"\n[oidc]\nissuer = \"https://id.example.com\"\nclient_id = \"x\"\nallowed_algorithms = [\"none\"]", "unknown algorithm"),
            ("public_url = \"https://l.example\"\n[oidc]\nissuer = \"https://id.example.com\"\nclient_id = \"x\"\nscopes = [\"email\"]", "openid"),
            ("public_url = \"https://l.example\"\n[oidc]\nissuer = \"https://id.example.com\"\nclient_id = \"x\"\n[oidc.group_roles]\nops = [\"Not A Role\"]", "role name"),
            ("public_url = \"https://l.example\"\n[oidc]\nissuer = \"https://id.example.com\"\nclient_id = \"x\"\nclient_secert = \"y\"", "unknown field"),
        ] {
            let e = GatewayConfig::from_toml(text).unwrap_err().to_string();
            assert!(e.contains(needle), "{text:?}: {e}");
        }
    }

    #[test]
    fn pkce_matches_rfc_7636_appendix_b() {
        assert_eq!(
            s256("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
            "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
        );
    }
}
