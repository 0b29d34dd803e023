//! A small OpenID Connect provider for tests, shared by the server's and the CLI's test
//! binaries: discovery, `/authorize` (signs its one user in at once), `/token` (checks the
//! client secret, the code once and the PKCE verifier) and `/jwks`; ID tokens are really
//! signed, and [`Forge`] makes it misbehave on purpose. Also the browser, played one redirect
//! at a time.
//!
//! `fixtures/oidc-test-*.der` are throw-away keys made for these tests only (RSA keygen is slow
//! in debug builds): keys 1 and 2 are the provider's, key 3 is an attacker's, and the P-256 key
//! signs with the right `kid` but the wrong key type.

// Each test binary uses part of it.
#![allow(dead_code)]

use std::collections::HashMap;
use std::sync::atomic::AtomicUsize;
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex};

use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::IntoResponse;
use axum::routing::{get, post};
use base64::Engine as _;
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use logveil_core::{Clock, ManualClock};
use serde_json::{json, Value};

pub const CLIENT_ID: &str = "logveil-test";
pub const CLIENT_SECRET: &str = "test-client-secret";
pub const RSA_KEYS: [&[u8]; 3] = [
    include_bytes!("fixtures/oidc-test-rsa-1.der"),
    include_bytes!("fixtures/oidc-test-rsa-2.der"),
    include_bytes!("fixtures/oidc-test-rsa-3.der"),
];
pub const EC_KEY: &[u8] = include_bytes!("fixtures/oidc-test-ec-p256.der");

pub fn b64(data: &[u8]) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(data)
}

/// How the provider misbehaves for the next ID tokens it signs.
#[derive(Debug, Clone, Default)]
pub enum Forge {
    #[default]
    Honest,
    /// Claims overridden (a `null` removes one).
    Claims(serde_json::Map<String, Value>),
    /// Signed by a fixture key that is not published, under a published `kid`.
    ForeignKey(usize),
    /// A `kid` the provider never published.
    UnknownKid,
    /// `alg: none`, no signature.
    AlgNone,
    /// HS256 with the client secret as the key, the classic confusion attack.
    Hs256,
    /// ES256 with a P-256 key, under the RSA key's `kid`.
    WrongKeyType,
}

#[derive(Debug)]
pub struct Grant {
    pub nonce: String,
    pub challenge: String,
    pub redirect_uri: String,
}

#[derive(Debug)]
pub struct Idp {
    pub issuer: Mutex<String>,
    pub clock: ManualClock,
    /// The test user's own claims: sub, preferred_username, groups…
    pub user: Mutex<Value>,
    pub grants: Mutex<HashMap<String, Grant>>,
    /// Published keys: fixture index and kid.
    pub published: Mutex<Vec<(usize, String)>>,
    /// The key that signs: fixture index and kid.
    pub signing: Mutex<(usize, String)>,
    pub forge: Mutex<Forge>,
    pub jwks_fetches: AtomicUsize,
    pub issued: AtomicUsize,
}

impl Idp {
    fn id_token(&self, nonce: &str) -> String {
        let now = self.clock.now().as_unix_seconds();
        let mut claims = json!({
            "iss": *self.issuer.lock().unwrap(),
            "aud": CLIENT_ID,
            "iat": now,
            "exp": now + 300,
            "nonce": nonce,
        });
        for (k, v) in self.user.lock().unwrap().as_object().unwrap() {
            claims[k] = v.clone();
        }
        let (key, kid) = self.signing.lock().unwrap().clone();
        let rs256 = |key: usize, kid: &str| {
            let mut h = Header::new(Algorithm::RS256);
            h.kid = Some(kid.to_owned());
            (h, EncodingKey::from_rsa_der(RSA_KEYS[key]))
        };
        let (header, encoding) = match self.forge.lock().unwrap().clone() {
            Forge::Honest => rs256(key, &kid),
            Forge::Claims(over) => {
                for (k, v) in over {
                    match v {
                        Value::Null => {
                            claims.as_object_mut().unwrap().remove(&k);
                        }
                        v => claims[k] = v,
                    }
                }
                rs256(key, &kid)
            }
            Forge::ForeignKey(other) => rs256(other, &kid),
            Forge::UnknownKid => rs256(key, "never-published"),
            Forge::AlgNone => {
                let header = b64(br#"{"alg":"none","typ":"JWT"}"#);
                return format!("{header}.{}.", b64(claims.to_string().as_bytes()));
            }
            Forge::Hs256 => {
                let mut h = Header::new(Algorithm::HS256);
                h.kid = Some(kid);
                (h, EncodingKey::from_secret(CLIENT_SECRET.as_bytes()))
            }
            Forge::WrongKeyType => {
                let mut h = Header::new(Algorithm::ES256);
                h.kid = Some(kid);
                (h, EncodingKey::from_ec_der(EC_KEY))
            }
        };
        jsonwebtoken::encode(&header, &claims, &encoding).unwrap()
    }
}

pub fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                out.push(u8::from_str_radix(&s[i + 1..i + 3], 16).unwrap());
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).unwrap()
}

pub fn parse_query(q: &str) -> HashMap<String, String> {
    q.split('&')
        .filter(|kv| !kv.is_empty())
        .filter_map(|kv| kv.split_once('='))
        .map(|(k, v)| (percent_decode(k), percent_decode(v)))
        .collect()
}

pub fn query_of(url: &str) -> HashMap<String, String> {
    parse_query(url.split_once('?').map_or("", |(_, q)| q))
}

pub async fn discovery(State(idp): State<Arc<Idp>>) -> axum::Json<Value> {
    let iss = idp.issuer.lock().unwrap().clone();
    axum::Json(json!({
        "issuer": iss,
        "authorization_endpoint": format!("{iss}/authorize"),
        "token_endpoint": format!("{iss}/token"),
        "jwks_uri": format!("{iss}/jwks"),
        "response_types_supported": ["code"],
        "subject_types_supported": ["public"],
        "id_token_signing_alg_values_supported": ["RS256"],
        "code_challenge_methods_supported": ["S256"],
    }))
}

/// Signs the configured user in at once: no login form.
pub async fn authorize(
    State(idp): State<Arc<Idp>>,
    Query(q): Query<HashMap<String, String>>,
) -> axum::response::Response {
    let ok = q.get("client_id").map(String::as_str) == Some(CLIENT_ID)
        && q.get("response_type").map(String::as_str) == Some("code")
        && q.get("code_challenge_method").map(String::as_str) == Some("S256")
        && q.get("scope")
            .is_some_and(|s| s.split(' ').any(|s| s == "openid"));
    if !ok {
        return (StatusCode::BAD_REQUEST, "bad authorization request").into_response();
    }
    let code = format!("code-{}", idp.issued.fetch_add(1, Ordering::SeqCst));
    let redirect_uri = q["redirect_uri"].clone();
    idp.grants.lock().unwrap().insert(
        code.clone(),
        Grant {
            nonce: q["nonce"].clone(),
            challenge: q["code_challenge"].clone(),
            redirect_uri: redirect_uri.clone(),
        },
    );
    let location = format!("{redirect_uri}?code={code}&state={}", q["state"]);
    (StatusCode::FOUND, [("Location", location)]).into_response()
}

/// Checks the client's secret, the code (once) and the PKCE verifier against the challenge.
pub async fn token(
    State(idp): State<Arc<Idp>>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> axum::response::Response {
    let refuse =
        |e: &str| (StatusCode::BAD_REQUEST, axum::Json(json!({"error": e}))).into_response();
    let expected = format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(format!("{CLIENT_ID}:{CLIENT_SECRET}"))
    );
    if headers.get("authorization").and_then(|v| v.to_str().ok()) != Some(expected.as_str()) {
        return (
            StatusCode::UNAUTHORIZED,
            axum::Json(json!({"error": "invalid_client"})),
        )
            .into_response();
    }
    let form = parse_query(std::str::from_utf8(&body).unwrap());
    if form.get("grant_type").map(String::as_str) != Some("authorization_code") {
        return refuse("unsupported_grant_type");
    }
    let Some(grant) = form
        .get("code")
        .and_then(|c| idp.grants.lock().unwrap().remove(c))
    else {
        return refuse("invalid_grant");
    };
    if form.get("redirect_uri") != Some(&grant.redirect_uri) {
        return refuse("invalid_grant");
    }
    let verifier = form.get("code_verifier").cloned().unwrap_or_default();
    if logveil_server::oidc::s256(&verifier) != grant.challenge {
        return refuse("invalid_grant");
    }
    axum::Json(json!({
        "access_token": "opaque",
        "token_type": "Bearer",
        "expires_in": 300,
        "id_token": idp.id_token(&grant.nonce),
    }))
    .into_response()
}

pub async fn jwks(State(idp): State<Arc<Idp>>) -> axum::Json<Value> {
    idp.jwks_fetches.fetch_add(1, Ordering::SeqCst);
    let keys: Vec<Value> = idp
        .published
        .lock()
        .unwrap()
        .iter()
        .map(|(i, kid)| {
            let key = EncodingKey::from_rsa_der(RSA_KEYS[*i]);
            let mut jwk =
                jsonwebtoken::jwk::Jwk::from_encoding_key(&key, Algorithm::RS256).unwrap();
            jwk.common.key_id = Some(kid.clone());
            jwk.common.public_key_use = Some(jsonwebtoken::jwk::PublicKeyUse::Signature);
            serde_json::to_value(jwk).unwrap()
        })
        .collect();
    axum::Json(json!({ "keys": keys }))
}

/// A provider on 127.0.0.1 with one user, `kim`, and one published key; started on the
/// caller's runtime.
pub async fn spawn(clock: ManualClock) -> Arc<Idp> {
    let idp = Arc::new(Idp {
        issuer: Mutex::new(String::new()),
        clock,
        user: Mutex::new(json!({
            "sub": "00u1kim",
            "preferred_username": "kim",
            "email": "kim@example.org",
            "email_verified": true,
            "groups": ["payments-oncall", "everyone"],
        })),
        grants: Mutex::new(HashMap::new()),
        published: Mutex::new(vec![(0, "key-1".to_owned())]),
        signing: Mutex::new((0, "key-1".to_owned())),
        forge: Mutex::new(Forge::Honest),
        jwks_fetches: AtomicUsize::new(0),
        issued: AtomicUsize::new(0),
    });
    let idp_listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let issuer = format!("http://{}", idp_listener.local_addr().unwrap());
    *idp.issuer.lock().unwrap() = issuer.clone();
    let provider = axum::Router::new()
        .route("/.well-known/openid-configuration", get(discovery))
        .route("/authorize", get(authorize))
        .route("/token", post(token))
        .route("/jwks", get(jwks))
        .with_state(idp.clone());
    tokio::spawn(async move { axum::serve(idp_listener, provider).await });

    idp
}

/// One browser request, redirects not followed.
#[derive(Debug)]
pub struct Hop {
    pub status: u16,
    pub location: String,
    pub cookies: Vec<String>,
    pub body: String,
}

pub fn browse(url: &str, cookie: Option<&str>) -> Hop {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .max_redirects(0)
        .max_redirects_will_error(false)
        .build()
        .into();
    let mut req = agent.get(url);
    if let Some(c) = cookie {
        req = req.header("Cookie", c);
    }
    let mut resp = req.call().unwrap();
    let header = |name: &str| {
        resp.headers()
            .get_all(name)
            .iter()
            .map(|v| v.to_str().unwrap().to_owned())
            .collect::<Vec<_>>()
    };
    let location = header("location").into_iter().next().unwrap_or_default();
    let cookies = header("set-cookie");
    Hop {
        status: resp.status().as_u16(),
        location,
        cookies,
        body: resp.body_mut().read_to_string().unwrap_or_default(),
    }
}

pub fn cookie(hop: &Hop, name: &str) -> Option<String> {
    hop.cookies.iter().find_map(|c| {
        let (kv, _) = c.split_once(';').unwrap_or((c, ""));
        let (k, v) = kv.split_once('=')?;
        (k == name && !v.is_empty()).then(|| v.to_owned())
    })
}
