//! OIDC sign-in against a small identity provider this test starts itself (`oidc_idp.rs`):
//! real HTTP on 127.0.0.1, real RS256-signed ID tokens, PKCE checked by the provider. The
//! browser is played with ureq, one redirect at a time.

use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Duration;

use logveil_core::{Clock, ManualClock, Timestamp};
use logveil_server::config::GatewayConfig;
use logveil_server::{AppState, Limits};
use logveil_store::control::TokenKind;
use logveil_store::storage::{Storage, StorageOptions};
use serde_json::{json, Value};

use crate::{json_post, Api};

#[path = "oidc_idp.rs"]
mod idp;
use idp::{browse, cookie, query_of, Forge, Hop, Idp, CLIENT_ID, CLIENT_SECRET};

struct Sso {
    api: Api,
    idp: Arc<Idp>,
    clock: ManualClock,
}

/// A gateway with `[oidc]` pointing at a fresh provider, both on `clock`.
fn start_sso(clock: ManualClock) -> Sso {
    let dir = tempfile::tempdir().unwrap();
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let (url, admin, storage, idp, state) = rt.block_on(async {
        let idp = idp::spawn(clock.clone()).await;
        let issuer = idp.issuer.lock().unwrap().clone();

        let (storage, _) = Storage::open(
            StorageOptions::new(dir.path()),
            logveil_mask::Engine::builtin(),
            Arc::new(clock.clone()),
        )
        .await
        .unwrap();
        let storage = Arc::new(storage);
        let admin = storage
            .control()
            .create_token(&TokenKind::Admin, "test", Timestamp::from_nanos(0))
            .await
            .unwrap();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let config = GatewayConfig::from_toml(&format!(
            r#"
            public_url = "{url}"
            [oidc]
            issuer = "{issuer}"
            client_id = "{CLIENT_ID}"
            client_secret = "{CLIENT_SECRET}"
            [oidc.group_roles]
            payments-oncall = ["payments"]
            api-devs = ["api-dev"]
            everyone = ["no-such-role"]
            "#
        ))
        .unwrap();
        let state = Arc::new(
            AppState::new(storage.clone(), Limits::default(), 30)
                .unwrap()
                .with_config(config),
        );
        let serving = state.clone();
        tokio::spawn(async move { axum::serve(listener, logveil_server::app(serving)).await });
        (url, admin, storage, idp, state)
    });
    let api = Api {
        url,
        admin,
        storage,
        state,
        rt,
        _dir: dir,
    };
    api.role(
        "payments",
        json!({"services": ["payments"], "min_level": "info"}),
    );
    api.role("api-dev", json!({"services": ["api"], "min_level": "info"}));
    Sso { api, idp, clock }
}

fn real_now() -> Timestamp {
    Timestamp::from_system_time(std::time::SystemTime::now())
}

/// The browser's way up to the provider's redirect back: the callback URL and the binding
/// cookie the gateway set.
fn to_callback(sso: &Sso, login_query: &str) -> (String, String) {
    let start = browse(
        &format!("{}/auth/oidc/login{login_query}", sso.api.url),
        None,
    );
    assert_eq!(start.status, 303, "{start:?}");
    let binding = cookie(&start, "logveil_oidc").expect("binding cookie");
    assert!(start.location.starts_with(&*sso.idp.issuer.lock().unwrap()));
    let at_idp = browse(&start.location, None);
    assert_eq!(at_idp.status, 302, "{at_idp:?}");
    assert!(at_idp.location.starts_with(&sso.api.url));
    (at_idp.location, binding)
}

/// A whole browser sign-in; the callback's answer.
fn sign_in(sso: &Sso) -> Hop {
    let (callback, binding) = to_callback(sso, "");
    browse(&callback, Some(&format!("logveil_oidc={binding}")))
}

fn refused(hop: &Hop, check: &str) {
    assert_eq!(hop.status, 401, "{hop:?}");
    let v: Value = serde_json::from_str(&hop.body).unwrap();
    assert_eq!(v["error"]["code"], "sign_in_failed", "{v}");
    let message = v["error"]["message"].as_str().unwrap();
    assert!(message.starts_with("sign-in failed: "), "{message}");
    assert!(message.contains(check), "{message:?} should name {check:?}");
    assert!(cookie(hop, "logveil_session").is_none());
}

fn whoami(sso: &Sso, token: &str) -> Value {
    let (status, body) = sso.api.send("GET", "/api/v1/whoami", Some(token), &[], b"");
    assert_eq!(status, 200);
    serde_json::from_slice(&body).unwrap()
}

fn lines_seen(sso: &Sso, token: &str) -> Vec<String> {
    let (status, v) = json_post(
        &sso.api,
        "/api/v1/query",
        Some(token),
        json!({"query": "{service=~\"api|payments\"}"}),
    );
    assert_eq!(status, 200, "{v}");
    let mut seen: Vec<String> = v["records"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["line"].as_str().unwrap().to_owned())
        .collect();
    seen.sort();
    seen
}

fn audit_lines(sso: &Sso) -> Vec<Value> {
    sso.api.audit_events()
}

#[test]
fn oidc_sign_in_creates_the_person_and_roles_follow_their_groups() {
    let sso = start_sso(ManualClock::new(real_now()));
    let ingest = sso.api.token(&["api", "payments"]);
    let body = "{\"service\":\"api\",\"level\":\"info\",\"message\":\"api line\"}\n{\"service\":\"payments\",\"level\":\"info\",\"message\":\"payments line\"}\n";
    assert_eq!(
        sso.api
            .send("POST", "/api/v1/push", Some(&ingest), &[], body.as_bytes())
            .0,
        200
    );
    sso.api.commit();

    let done = sign_in(&sso);
    assert_eq!(done.status, 200, "{done:?}");
    assert!(done.body.contains("Signed in to logveil as kim"));
    let session = done
        .cookies
        .iter()
        .find(|c| c.starts_with("logveil_session="))
        .unwrap();
    assert!(session.contains("HttpOnly") && session.contains("SameSite=Strict"));
    assert!(session.contains("Path=/;") || session.ends_with("Path=/"));
    let token = cookie(&done, "logveil_session").unwrap();
    let me = whoami(&sso, &token);
    assert_eq!(
        (me["user"].as_str(), me["token"].as_str()),
        (Some("kim"), Some("user"))
    );
    assert_eq!(me["admin"], false);
    assert_eq!(lines_seen(&sso, &token), vec!["payments line"]);

    // The person exists without a password; the unknown role of "everyone" was ignored.
    let (_, users) = sso
        .api
        .send("GET", "/api/v1/users", Some(&sso.api.admin), &[], b"");
    let users: Value = serde_json::from_slice(&users).unwrap();
    let kim = users["users"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["name"] == "kim")
        .unwrap();
    assert_eq!(kim["roles"], json!(["payments"]));
    assert_eq!(kim["service_account"], false);
    let (status, _) = json_post(
        &sso.api,
        "/api/v1/login",
        None,
        json!({"user": "kim", "password": ""}),
    );
    assert_eq!(status, 401, "an SSO person has no password to sign in with");

    // Moved from payments to the API team: the next sign-in says so.
    sso.idp.user.lock().unwrap()["groups"] = json!(["api-devs"]);
    let again = sign_in(&sso);
    let token2 = cookie(&again, "logveil_session").unwrap();
    assert_eq!(lines_seen(&sso, &token2), vec!["api line"]);
    assert_eq!(
        lines_seen(&sso, &token),
        vec!["api line"],
        "roles belong to the person, so the earlier session follows too"
    );

    // No mapped group: signed in, reads nothing.
    sso.idp.user.lock().unwrap()["groups"] = json!(["unrelated"]);
    let none = sign_in(&sso);
    let token3 = cookie(&none, "logveil_session").unwrap();
    assert_eq!(whoami(&sso, &token3)["user"], "kim");
    assert!(lines_seen(&sso, &token3).is_empty());

    let events: Vec<(String, String)> = audit_lines(&sso)
        .iter()
        .filter(|e| e["action"] == "sign_in")
        .map(|e| {
            (
                e["actor"].as_str().unwrap().to_owned(),
                e["outcome"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let ok = ("kim".to_owned(), "success".to_owned());
    let no = ("kim".to_owned(), "failure".to_owned());
    assert_eq!(
        events,
        vec![ok.clone(), no, ok.clone(), ok],
        "three SSO sign-ins and the refused password attempt"
    );
}

#[test]
fn oidc_sign_in_cannot_take_over_a_local_password_account() {
    let sso = start_sso(ManualClock::new(real_now()));
    let (status, _) = json_post(
        &sso.api,
        "/api/v1/users",
        Some(&sso.api.admin),
        json!({"name": "kim", "password": "correct horse battery"}),
    );
    assert_eq!(status, 200);
    let done = sign_in(&sso);
    assert_eq!(done.status, 401, "{done:?}");
    assert!(done.body.contains("local account"), "{}", done.body);
    assert!(cookie(&done, "logveil_session").is_none());
}

#[test]
fn oidc_refuses_forged_misaddressed_stale_and_replayed_answers() {
    let sso = start_sso(ManualClock::new(real_now()));
    let now = sso.clock.now().as_unix_seconds();
    let cases: Vec<(&str, Forge, &str)> = vec![
        (
            "wrong signature",
            Forge::ForeignKey(2),
            "signature is invalid",
        ),
        (
            "alg none",
            Forge::AlgNone,
            "malformed or uses an unsupported algorithm",
        ),
        ("HS256", Forge::Hs256, "algorithm is not allowed"),
        ("unknown kid", Forge::UnknownKid, "unknown key"),
        ("ES256 under an RSA kid", Forge::WrongKeyType, "unknown key"),
        (
            "wrong issuer",
            Forge::Claims(
                json!({"iss": "http://127.0.0.1:1"})
                    .as_object()
                    .unwrap()
                    .clone(),
            ),
            "wrong issuer",
        ),
        (
            "wrong audience",
            Forge::Claims(json!({"aud": "someone-else"}).as_object().unwrap().clone()),
            "wrong audience",
        ),
        (
            "several audiences, no azp",
            Forge::Claims(
                json!({"aud": [CLIENT_ID, "other"]})
                    .as_object()
                    .unwrap()
                    .clone(),
            ),
            "wrong authorized party",
        ),
        (
            "expired",
            Forge::Claims(
                json!({"iat": now - 600, "exp": now - 61})
                    .as_object()
                    .unwrap()
                    .clone(),
            ),
            "token expired",
        ),
        (
            "from the future",
            Forge::Claims(
                json!({"iat": now + 600, "exp": now + 900})
                    .as_object()
                    .unwrap()
                    .clone(),
            ),
            "issued in the future",
        ),
        (
            "not yet valid",
            Forge::Claims(json!({"nbf": now + 600}).as_object().unwrap().clone()),
            "not yet valid",
        ),
        (
            "wrong nonce",
            Forge::Claims(
                json!({"nonce": "attacker-nonce"})
                    .as_object()
                    .unwrap()
                    .clone(),
            ),
            "wrong nonce",
        ),
        (
            "no nonce",
            Forge::Claims(json!({"nonce": null}).as_object().unwrap().clone()),
            "wrong nonce",
        ),
    ];
    for (what, forge, check) in cases {
        *sso.idp.forge.lock().unwrap() = forge;
        let hop = sign_in(&sso);
        assert!(
            !hop.body.contains("eyJ"),
            "{what}: a token is echoed: {}",
            hop.body
        );
        refused(&hop, check);
    }
    *sso.idp.forge.lock().unwrap() = Forge::Honest;

    // Skew within a minute is tolerated.
    *sso.idp.forge.lock().unwrap() = Forge::Claims(
        json!({"iat": now + 50, "exp": now - 50})
            .as_object()
            .unwrap()
            .clone(),
    );
    assert_eq!(sign_in(&sso).status, 200);
    *sso.idp.forge.lock().unwrap() = Forge::Honest;

    // A state is single use, and an unknown one gets nowhere.
    let (callback, binding) = to_callback(&sso, "");
    let jar = format!("logveil_oidc={binding}");
    assert_eq!(browse(&callback, Some(&jar)).status, 200);
    refused(
        &browse(&callback, Some(&jar)),
        "unknown or already used sign-in state",
    );
    let (callback, binding) = to_callback(&sso, "");
    let state = query_of(&callback)["state"].clone();
    let forged = callback.replace(&state, "made-up-state");
    refused(
        &browse(&forged, Some(&format!("logveil_oidc={binding}"))),
        "unknown or already used sign-in state",
    );

    // A callback finished in another browser than the one that started it (login CSRF).
    let (callback, _) = to_callback(&sso, "");
    refused(
        &browse(&callback, None),
        "this browser did not start the sign-in",
    );
    let (callback, _) = to_callback(&sso, "");
    refused(
        &browse(&callback, Some("logveil_oidc=someone-elses")),
        "this browser did not start the sign-in",
    );

    // A sign-in left at the provider for more than ten minutes has lapsed.
    let (callback, binding) = to_callback(&sso, "");
    sso.clock.advance(Duration::from_secs(601));
    refused(
        &browse(&callback, Some(&format!("logveil_oidc={binding}"))),
        "took too long",
    );

    // The challenge swapped on its way to the provider: the provider refuses our verifier.
    let start = browse(&format!("{}/auth/oidc/login", sso.api.url), None);
    let binding = cookie(&start, "logveil_oidc").unwrap();
    let challenge = query_of(&start.location)["code_challenge"].clone();
    let swapped = start.location.replace(
        &challenge,
        &logveil_server::oidc::s256("an attacker's verifier"),
    );
    let at_idp = browse(&swapped, None);
    refused(
        &browse(&at_idp.location, Some(&format!("logveil_oidc={binding}"))),
        "refused the authorization code",
    );

    // The provider saying no.
    let (callback, binding) = to_callback(&sso, "");
    let state = query_of(&callback)["state"].clone();
    let denied = format!(
        "{}/auth/oidc/callback?error=access_denied&state={state}",
        sso.api.url
    );
    refused(
        &browse(&denied, Some(&format!("logveil_oidc={binding}"))),
        "refused the sign-in",
    );

    let failures = audit_lines(&sso)
        .iter()
        .filter(|e| e["action"] == "sign_in" && e["outcome"] == "failure")
        .count();
    assert_eq!(failures, 13 + 2 + 2 + 1 + 1 + 1, "every refusal is audited");
    assert!(
        !std::fs::read_to_string(sso.api._dir.path().join("audit.jsonl"))
            .unwrap()
            .contains("eyJ"),
        "no token in the audit log"
    );
}

#[test]
fn oidc_keys_rotate_but_unknown_kids_refetch_at_most_once_a_minute() {
    // A day ahead of the wall clock: tokens are judged by the server's clock, not the OS's.
    let clock = ManualClock::new(real_now().saturating_add(Duration::from_secs(86_400)));
    let sso = start_sso(clock);
    assert_eq!(sign_in(&sso).status, 200);
    assert_eq!(sso.idp.jwks_fetches.load(Ordering::SeqCst), 1);
    assert_eq!(sign_in(&sso).status, 200);
    assert_eq!(
        sso.idp.jwks_fetches.load(Ordering::SeqCst),
        1,
        "keys are cached"
    );

    // Forged kids: one refetch, then none for a minute.
    *sso.idp.forge.lock().unwrap() = Forge::UnknownKid;
    sso.clock.advance(Duration::from_secs(61));
    for _ in 0..5 {
        refused(&sign_in(&sso), "unknown key");
    }
    assert_eq!(sso.idp.jwks_fetches.load(Ordering::SeqCst), 2);
    *sso.idp.forge.lock().unwrap() = Forge::Honest;

    // The provider rotates to key 2. Within the minute the new kid is not fetched...
    sso.idp
        .published
        .lock()
        .unwrap()
        .push((1, "key-2".to_owned()));
    *sso.idp.signing.lock().unwrap() = (1, "key-2".to_owned());
    refused(&sign_in(&sso), "unknown key");
    assert_eq!(sso.idp.jwks_fetches.load(Ordering::SeqCst), 2);
    // ...after it, it is, once.
    sso.clock.advance(Duration::from_secs(61));
    let done = sign_in(&sso);
    assert_eq!(done.status, 200, "{done:?}");
    assert_eq!(sso.idp.jwks_fetches.load(Ordering::SeqCst), 3);
    assert_eq!(sign_in(&sso).status, 200);
    assert_eq!(sso.idp.jwks_fetches.load(Ordering::SeqCst), 3);
}

#[test]
fn oidc_cli_hand_off_gives_a_token_once_for_the_right_verifier() {
    let sso = start_sso(ManualClock::new(real_now()));
    let verifier = "a-verifier-only-the-cli-knows-0123456789abcdef";
    let challenge = logveil_server::oidc::s256(verifier);
    let cli = |port: u16| {
        let (callback, binding) =
            to_callback(&sso, &format!("?cli_port={port}&cli_challenge={challenge}"));
        let hop = browse(&callback, Some(&format!("logveil_oidc={binding}")));
        assert_eq!(hop.status, 303, "{hop:?}");
        assert!(
            cookie(&hop, "logveil_session").is_none(),
            "no session for the CLI's browser"
        );
        let prefix = format!("http://127.0.0.1:{port}/callback?code=");
        assert!(hop.location.starts_with(&prefix), "{}", hop.location);
        hop.location[prefix.len()..].to_owned()
    };
    let redeem = |code: &str, verifier: &str| {
        json_post(
            &sso.api,
            "/api/v1/oidc/token",
            None,
            json!({"code": code, "verifier": verifier}),
        )
    };

    let code = cli(45_678);
    let (status, v) = redeem(&code, verifier);
    assert_eq!(status, 200, "{v}");
    assert_eq!(v["user"], "kim");
    let token = v["token"].as_str().unwrap();
    assert_eq!(whoami(&sso, token)["user"], "kim");
    let (status, v) = redeem(&code, verifier);
    assert_eq!(status, 401, "a code is single use: {v}");

    // A wrong verifier burns the code.
    let code = cli(45_679);
    assert_eq!(redeem(&code, "guess").0, 401);
    assert_eq!(redeem(&code, verifier).0, 401);

    // A code lapses after a minute.
    let code = cli(45_680);
    sso.clock.advance(Duration::from_secs(61));
    assert_eq!(redeem(&code, verifier).0, 401);

    // Malformed hand-off requests are refused before anyone goes to the provider.
    for q in [
        "?cli_port=45678",
        "?cli_challenge=abc",
        "?cli_port=0&cli_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
        "?cli_port=99999&cli_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
    ] {
        let hop = browse(&format!("{}/auth/oidc/login{q}", sso.api.url), None);
        assert_eq!(hop.status, 400, "{q}: {hop:?}");
    }
}
