//! Webhook notifications and the approval page, over real sockets: a receiver started here
//! records what the gateway sends; a browser is played by hand (cookies, forms, redirects).

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use hmac::{Hmac, Mac};
use logveil_core::SystemClock;
use logveil_server::config::GatewayConfig;
use logveil_server::Limits;
use sha2::Sha256;

use crate::{json_post, start_with_config, Api};

pub(crate) const SECRET: &str = "whsec-0123456789abcdef";
const PUBLIC: &str = "https://logs.example.com";
const PASSWORD: &str = "correct horse battery";

#[derive(Debug, Clone)]
pub(crate) struct Got {
    pub(crate) headers: HeaderMap,
    pub(crate) body: Vec<u8>,
}

impl Got {
    pub(crate) fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
    }

    pub(crate) fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).unwrap()
    }
}

#[derive(Debug)]
struct Script {
    got: Mutex<Vec<Got>>,
    answers: Mutex<VecDeque<u16>>,
    then: u16,
}

/// A webhook receiver answering `first` in order, then `then` to everything.
pub(crate) struct Receiver {
    pub(crate) url: String,
    script: Arc<Script>,
    _rt: tokio::runtime::Runtime,
}

async fn hook(State(s): State<Arc<Script>>, headers: HeaderMap, body: Bytes) -> StatusCode {
    s.got.lock().unwrap().push(Got {
        headers,
        body: body.to_vec(),
    });
    let code = s.answers.lock().unwrap().pop_front().unwrap_or(s.then);
    StatusCode::from_u16(code).unwrap()
}

pub(crate) fn receiver(first: &[u16], then: u16) -> Receiver {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let script = Arc::new(Script {
        got: Mutex::new(Vec::new()),
        answers: Mutex::new(first.iter().copied().collect()),
        then,
    });
    let url = rt.block_on(async {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let app = axum::Router::new()
            .fallback(hook)
            .with_state(script.clone());
        tokio::spawn(async move { axum::serve(listener, app).await });
        url
    });
    Receiver {
        url,
        script,
        _rt: rt,
    }
}

impl Receiver {
    /// Waits until at least `n` requests arrived (at most 10 s) and answers all so far.
    pub(crate) fn wait_for(&self, n: usize) -> Vec<Got> {
        let start = Instant::now();
        loop {
            let got = self.script.got.lock().unwrap().clone();
            if got.len() >= n || start.elapsed() > Duration::from_secs(10) {
                assert!(got.len() >= n, "{} of {n} deliveries arrived", got.len());
                return got;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    pub(crate) fn count(&self) -> usize {
        self.script.got.lock().unwrap().len()
    }

    pub(crate) fn host(&self) -> &str {
        self.url.trim_start_matches("http://")
    }
}

/// A `[[webhooks]]` entry for `url`, retrying fast.
pub(crate) fn webhook(url: &str, extra: &str) -> String {
    format!(
        "[[webhooks]]\nurl = \"{url}/hooks/T0/sekrit-path\"\nsecret = \"{SECRET}\"\nattempts = 3\nretry_after = \"20ms\"\n{extra}\n"
    )
}

/// A gateway with `webhooks` and alert rules off: these tests are about access notifications
/// (alerts have theirs in `alerts.rs`).
fn gateway(webhooks: &str) -> Api {
    let config = GatewayConfig::from_toml(&format!(
        "public_url = \"{PUBLIC}\"\n[alerts]\nenabled = false\n{webhooks}"
    ))
    .unwrap();
    start_with_config(Limits::default(), Arc::new(SystemClock), config)
}

/// alice and carol (developers), bob (approver of `api`); service api exists (an ingest
/// token writes it).
fn people(api: &Api) -> (String, String, String) {
    api.developer_and_lead_roles();
    api.token(&["api"]);
    (
        api.person("alice", "dev"),
        api.person("bob", "lead"),
        api.person("carol", "dev"),
    )
}

fn request(api: &Api, token: &str, reason: &str) -> String {
    let (status, v) = json_post(
        api,
        "/api/v1/requests",
        Some(token),
        serde_json::json!({"services": ["api"], "level": "debug", "unmask": ["email"], "for": "30m", "reason": reason}),
    );
    assert_eq!(status, 200, "{v}");
    v["id"].as_str().unwrap().to_owned()
}

fn act(api: &Api, token: &str, id: &str, action: &str, body: serde_json::Value) {
    let (status, v) = json_post(
        api,
        &format!("/api/v1/requests/{id}/{action}"),
        Some(token),
        body,
    );
    assert_eq!(status, 200, "{action}: {v}");
}

fn status_of(api: &Api, token: &str, id: &str) -> String {
    let (status, body) = api.send("GET", "/api/v1/requests", Some(token), &[], b"");
    assert_eq!(status, 200);
    let v: serde_json::Value = serde_json::from_slice(&body).unwrap();
    v["requests"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == id)
        .map(|r| r["status"].as_str().unwrap().to_owned())
        .unwrap()
}

pub(crate) fn sign(secret: &str, ts: &str, body: &[u8]) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).unwrap();
    mac.update(ts.as_bytes());
    mac.update(b".");
    mac.update(body);
    let hex: String = mac
        .finalize()
        .into_bytes()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    format!("v1={hex}")
}

#[test]
fn a_new_request_arrives_slack_shaped_signed_and_with_its_reason_masked() {
    let rec = receiver(&[], 200);
    let api = gateway(&webhook(&rec.url, ""));
    let (alice, _, _) = people(&api);
    let id = request(
        &api,
        &alice,
        "INC-4211 checkout fails for jane.doe@example.com",
    );
    let got = rec.wait_for(1);
    let d = &got[0];
    assert_eq!(d.header("x-logveil-event"), "request_created");
    assert_eq!(d.header("content-type"), "application/json");

    let ts = d.header("x-logveil-timestamp");
    let sig = d.header("x-logveil-signature");
    assert!(ts.parse::<i64>().unwrap() > 1_600_000_000, "{ts}");
    assert_eq!(sig, sign(SECRET, ts, &d.body), "verifies with the secret");
    assert_ne!(sig, sign("whsec-another-secret-xx", ts, &d.body));
    let later = (ts.parse::<i64>().unwrap() + 1).to_string();
    assert_ne!(
        sig,
        sign(SECRET, &later, &d.body),
        "the timestamp is signed"
    );

    let text = String::from_utf8_lossy(&d.body);
    assert!(
        !text.contains("jane.doe"),
        "the reason leaves masked: {text}"
    );
    assert!(!text.contains(SECRET) && !text.contains("sekrit-path"));
    let v = d.json();
    assert!(v["text"].as_str().unwrap().contains("alice"), "{v}");
    let m = &v["logveil"];
    assert_eq!(m["kind"], "request_created");
    assert_eq!(m["request_id"], id.as_str());
    assert_eq!(m["requester"], "alice");
    assert_eq!(m["services"], serde_json::json!(["api"]));
    assert_eq!(m["kinds"], serde_json::json!(["email"]));
    assert_eq!(m["level"], "debug");
    assert_eq!(m["duration_secs"], 1800);
    assert_eq!(m["status"], "pending");
    let reason = m["reason"].as_str().unwrap();
    assert!(
        reason.starts_with("INC-4211 checkout fails for "),
        "{reason}"
    );
    let blocks = v["blocks"].as_array().unwrap();
    let section = blocks
        .iter()
        .find(|b| b["type"] == "section" && b["fields"].is_array())
        .unwrap()
        .to_string();
    for needle in ["alice", "api", "email", "30m"] {
        assert!(section.contains(needle), "{needle} in {section}");
    }
    let actions = blocks.iter().find(|b| b["type"] == "actions").unwrap();
    let link = format!("{PUBLIC}/ui/requests/{id}");
    let buttons: Vec<(&str, &str)> = actions["elements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| {
            (
                b["text"]["text"].as_str().unwrap(),
                b["url"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        buttons,
        vec![("Approve", link.as_str()), ("Deny", link.as_str())]
    );
}

#[test]
fn reviews_and_ends_notify_with_who_acted_and_webhooks_get_only_their_events() {
    let all = receiver(&[], 200);
    let revocations = receiver(&[], 200);
    let api = gateway(&format!(
        "{}{}",
        webhook(&all.url, ""),
        webhook(&revocations.url, "events = [\"grant_revoked\"]")
    ));
    let (alice, bob, _) = people(&api);
    let revoked = request(&api, &alice, "INC-1 revoke me");
    act(&api, &bob, &revoked, "approve", serde_json::json!({}));
    act(&api, &bob, &revoked, "revoke", serde_json::json!({}));
    let denied = request(&api, &alice, "INC-2 deny me");
    act(
        &api,
        &bob,
        &denied,
        "deny",
        serde_json::json!({"reason": "not needed"}),
    );
    let dropped = request(&api, &alice, "INC-3 drop me");
    act(&api, &bob, &dropped, "approve", serde_json::json!({}));
    act(&api, &alice, &dropped, "drop", serde_json::json!({}));

    let mut seen: Vec<(String, String, String, String)> = all
        .wait_for(8)
        .iter()
        .map(|d| {
            let m = d.json()["logveil"].clone();
            (
                m["request_id"].as_str().unwrap().to_owned(),
                m["kind"].as_str().unwrap().to_owned(),
                m["actor"].as_str().unwrap().to_owned(),
                m["status"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    seen.sort();
    let row = |id: &str, kind: &str, actor: &str, status: &str| {
        (
            id.to_owned(),
            kind.to_owned(),
            actor.to_owned(),
            status.to_owned(),
        )
    };
    let mut want = vec![
        row(&revoked, "request_created", "alice", "pending"),
        row(&revoked, "request_approved", "bob", "active"),
        row(&revoked, "grant_revoked", "bob", "revoked"),
        row(&denied, "request_created", "alice", "pending"),
        row(&denied, "request_denied", "bob", "denied"),
        row(&dropped, "request_created", "alice", "pending"),
        row(&dropped, "request_approved", "bob", "active"),
        row(&dropped, "grant_dropped", "alice", "dropped"),
    ];
    want.sort();
    assert_eq!(seen, want);
    let only = revocations.wait_for(1);
    std::thread::sleep(Duration::from_millis(200));
    assert_eq!(revocations.count(), 1, "events filter what a webhook gets");
    assert_eq!(only[0].json()["logveil"]["kind"], "grant_revoked");
    assert!(
        only[0].json()["blocks"]
            .as_array()
            .unwrap()
            .iter()
            .all(|b| b["type"] != "actions"),
        "only new requests carry review buttons"
    );
}

#[test]
fn a_receiver_failing_twice_gets_the_notification_on_the_third_attempt() {
    let rec = receiver(&[500, 500], 200);
    let api = gateway(&webhook(&rec.url, ""));
    let (alice, _, _) = people(&api);
    let id = request(&api, &alice, "INC-7 flaky receiver");
    let got = rec.wait_for(3);
    assert!(
        got.iter().all(|d| d.body == got[0].body),
        "the same payload"
    );
    let delivery = got[0].header("x-logveil-delivery");
    assert!(!delivery.is_empty());
    assert!(
        got.iter()
            .all(|d| d.header("x-logveil-delivery") == delivery),
        "one delivery id across attempts"
    );
    for d in &got {
        assert_eq!(
            d.header("x-logveil-signature"),
            sign(SECRET, d.header("x-logveil-timestamp"), &d.body)
        );
    }
    assert_eq!(got[2].json()["logveil"]["request_id"], id.as_str());
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(rec.count(), 3, "no attempt after a success");
    let (status, body) = api.send(
        "GET",
        "/api/v1/notifications/failed",
        Some(&api.admin),
        &[],
        b"",
    );
    assert_eq!(status, 200);
    let v: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(v["failed"], serde_json::json!([]), "delivered in the end");
}

#[test]
fn deliveries_that_always_fail_are_recorded_for_administrators_only() {
    let rec = receiver(&[], 503);
    // A port nobody listens on: bound, then released.
    let dead = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let dead_url = format!("http://{}", dead.local_addr().unwrap());
    drop(dead);
    let api = gateway(&format!(
        "{}{}",
        webhook(&rec.url, ""),
        webhook(&dead_url, "events = [\"request_created\"]")
    ));
    let (alice, bob, _) = people(&api);
    let id = request(&api, &alice, "INC-8 mail jane.doe@example.com");
    rec.wait_for(3);

    let start = Instant::now();
    let failed = loop {
        let (status, body) = api.send(
            "GET",
            "/api/v1/notifications/failed",
            Some(&api.admin),
            &[],
            b"",
        );
        assert_eq!(status, 200);
        let v: serde_json::Value = serde_json::from_slice(&body).unwrap();
        let list = v["failed"].as_array().unwrap().clone();
        if list.len() >= 2 || start.elapsed() > Duration::from_secs(10) {
            break list;
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    assert_eq!(failed.len(), 2, "{failed:?}");
    let text = serde_json::to_string(&failed).unwrap();
    for secret in ["jane.doe", "INC-8", SECRET, "sekrit-path"] {
        assert!(!text.contains(secret), "{secret} in {text}");
    }
    let by_host = |host: &str| {
        failed
            .iter()
            .find(|f| f["host"] == host)
            .unwrap_or_else(|| panic!("{host} in {failed:?}"))
            .clone()
    };
    let refused = by_host(rec.host());
    assert_eq!(refused["kind"], "request_created");
    assert_eq!(refused["request_id"], id.as_str());
    assert_eq!(refused["attempts"], 3);
    assert_eq!(refused["last_status"], 503);
    assert_eq!(refused["error"], "http_status");
    let unreachable = by_host(dead_url.trim_start_matches("http://"));
    assert_eq!(unreachable["last_status"], serde_json::Value::Null);
    assert_eq!(unreachable["error"], "connect");
    assert_eq!(rec.count(), 3, "attempts stop at the configured number");

    for token in [&alice, &bob] {
        let (status, body) = api.send("GET", "/api/v1/notifications/failed", Some(token), &[], b"");
        assert_eq!(status, 403, "{}", String::from_utf8_lossy(&body));
    }
}

// ------------------------------------------------------------------ the approval page

/// A browser's answer: status, headers, body.
struct Page {
    status: u16,
    headers: Vec<(String, String)>,
    body: String,
}

impl Page {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The hidden CSRF field's value.
    fn csrf(&self) -> String {
        let at = self
            .body
            .find("name=\"csrf\" value=\"")
            .expect("a csrf field")
            + 19;
        self.body[at..].split('"').next().unwrap().to_owned()
    }
}

/// One browser request, without following redirects.
fn browse(
    api: &Api,
    method: &str,
    path: &str,
    cookie: Option<&str>,
    form: &[(&str, &str)],
) -> Page {
    browse_with(api, method, path, cookie, form, &[])
}

fn browse_with(
    api: &Api,
    method: &str,
    path: &str,
    cookie: Option<&str>,
    form: &[(&str, &str)],
    headers: &[(&str, &str)],
) -> Page {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .max_redirects(0)
        .max_redirects_will_error(false)
        .build()
        .into();
    let url = format!("{}{path}", api.url);
    let cookie = cookie.map(|c| format!("{}={c}", logveil_server::ui::COOKIE));
    let mut resp = if method == "GET" {
        let mut r = agent.get(&url);
        if let Some(c) = &cookie {
            r = r.header("Cookie", c);
        }
        for (k, v) in headers {
            r = r.header(*k, *v);
        }
        r.call().unwrap()
    } else {
        let mut r = agent
            .post(&url)
            .header("Content-Type", "application/x-www-form-urlencoded");
        if let Some(c) = &cookie {
            r = r.header("Cookie", c);
        }
        for (k, v) in headers {
            r = r.header(*k, *v);
        }
        r.send(serde_urlencoded::to_string(form).unwrap()).unwrap()
    };
    let headers = resp
        .headers()
        .iter()
        .map(|(k, v)| {
            (
                k.as_str().to_owned(),
                v.to_str().unwrap_or_default().to_owned(),
            )
        })
        .collect();
    Page {
        status: resp.status().as_u16(),
        headers,
        body: resp.body_mut().read_to_string().unwrap_or_default(),
    }
}

/// Signs in through the form and answers the session cookie's value.
fn sign_in(api: &Api, user: &str, next: &str) -> String {
    let p = browse(
        api,
        "POST",
        "/ui/login",
        None,
        &[("user", user), ("password", PASSWORD), ("next", next)],
    );
    assert_eq!(p.status, 303, "{}", p.body);
    assert_eq!(p.header("location"), Some(next));
    let cookie = p.header("set-cookie").unwrap();
    for attr in ["HttpOnly", "SameSite=Strict", "Path=/ui", "Secure"] {
        assert!(cookie.contains(attr), "{attr} in {cookie}");
    }
    cookie
        .split(';')
        .next()
        .unwrap()
        .strip_prefix("logveil_session=")
        .unwrap()
        .to_owned()
}

fn assert_strict(p: &Page) {
    assert_eq!(
        p.header("content-security-policy"),
        Some("default-src 'none'; style-src 'unsafe-inline'; form-action 'self'")
    );
    assert_eq!(p.header("x-frame-options"), Some("DENY"));
    assert_eq!(p.header("referrer-policy"), Some("no-referrer"));
    assert_eq!(p.header("cache-control"), Some("no-store"));
    assert!(p.header("content-type").unwrap().starts_with("text/html"));
}

#[test]
fn the_approval_link_asks_to_sign_in_and_approves_only_with_the_sessions_csrf_token() {
    let api = gateway("");
    let (alice, _, _) = people(&api);
    let id = request(&api, &alice, "INC-4211 checkout failures");
    let path = format!("/ui/requests/{id}");

    let p = browse(&api, "GET", &path, None, &[]);
    assert_eq!(p.status, 200);
    assert_strict(&p);
    assert!(p.body.contains("action=\"/ui/login\""), "{}", p.body);
    assert!(p.body.contains("type=\"password\""));
    assert!(
        p.body.contains(&format!("value=\"{path}\"")),
        "returns here"
    );
    assert!(!p.body.contains("INC-4211"), "nothing shown before sign-in");
    assert!(!p.body.contains(">Approve<"));
    let p = browse(
        &api,
        "POST",
        &format!("{path}/approve"),
        None,
        &[("csrf", "x")],
    );
    assert_eq!(p.status, 401);
    assert_eq!(status_of(&api, &alice, &id), "pending", "nothing approved");

    let p = browse(
        &api,
        "POST",
        "/ui/login",
        None,
        &[
            ("user", "bob"),
            ("password", "wrong password!"),
            ("next", &path),
        ],
    );
    assert_eq!(p.status, 401);
    assert!(p.header("set-cookie").is_none());
    assert!(p.body.contains("wrong user name or password"));
    for evil in ["//evil.example/ui/", "https://evil.example/ui/x"] {
        let p = browse(
            &api,
            "POST",
            "/ui/login",
            None,
            &[("user", "bob"), ("password", PASSWORD), ("next", evil)],
        );
        assert_eq!(p.status, 200, "no redirect off this UI");
        assert!(p.header("location").is_none());
    }

    let session = sign_in(&api, "bob", &path);
    let p = browse(&api, "GET", &path, Some(&session), &[]);
    assert_eq!(p.status, 200);
    assert_strict(&p);
    for needle in [
        "alice",
        "INC-4211 checkout failures",
        "email",
        "debug",
        "30 minutes",
        "pending",
        ">Approve<",
        ">Deny<",
    ] {
        assert!(p.body.contains(needle), "{needle} in {}", p.body);
    }
    let csrf = p.csrf();

    let approve = format!("{path}/approve");
    let p = browse(&api, "POST", &approve, Some(&session), &[]);
    assert_eq!(p.status, 403, "no CSRF token");
    let p = browse(&api, "POST", &approve, Some(&session), &[("csrf", "00ff")]);
    assert_eq!(p.status, 403, "a wrong CSRF token");
    // Another session of the same person has another token.
    let other = sign_in(&api, "bob", &path);
    let p = browse(&api, "POST", &approve, Some(&other), &[("csrf", &csrf)]);
    assert_eq!(p.status, 403, "a token of another session");
    let p = browse_with(
        &api,
        "POST",
        &approve,
        Some(&session),
        &[("csrf", &csrf)],
        &[("Origin", "https://evil.example")],
    );
    assert_eq!(p.status, 403, "sent from another site");
    assert_eq!(status_of(&api, &alice, &id), "pending");

    let p = browse_with(
        &api,
        "POST",
        &approve,
        Some(&session),
        &[("csrf", &csrf)],
        &[("Origin", PUBLIC)],
    );
    assert_eq!(p.status, 303, "{}", p.body);
    assert_eq!(p.header("location"), Some(path.as_str()));
    assert_eq!(status_of(&api, &alice, &id), "active", "the grant is open");
    let p = browse(&api, "GET", &path, Some(&session), &[]);
    assert!(p.body.contains("active") && !p.body.contains(">Approve<"));
}

#[test]
fn the_requester_gets_no_buttons_and_a_forged_approval_is_refused_as_self_review() {
    let api = gateway("");
    api.role(
        "lead",
        serde_json::json!({"services": ["api"], "approver_for": ["api"]}),
    );
    api.token(&["api"]);
    let alice = api.person("alice", "lead");
    let carol = api.person("carol", "lead");
    let own = request(&api, &alice, "INC-5 my own request");
    let theirs = request(&api, &carol, "INC-6 carol's request");
    let session = sign_in(&api, "alice", &format!("/ui/requests/{own}"));

    let p = browse(
        &api,
        "GET",
        &format!("/ui/requests/{own}"),
        Some(&session),
        &[],
    );
    assert_eq!(p.status, 200);
    assert!(p.body.contains("INC-5 my own request"));
    assert!(
        !p.body.contains(">Approve<") && !p.body.contains("name=\"csrf\""),
        "{}",
        p.body
    );
    // Her session's token, taken from a page where she is a reviewer.
    let csrf = browse(
        &api,
        "GET",
        &format!("/ui/requests/{theirs}"),
        Some(&session),
        &[],
    )
    .csrf();
    let p = browse(
        &api,
        "POST",
        &format!("/ui/requests/{own}/approve"),
        Some(&session),
        &[("csrf", &csrf)],
    );
    assert_eq!(p.status, 403);
    assert!(p.body.contains("own request"), "{}", p.body);
    assert_eq!(status_of(&api, &alice, &own), "pending");

    let p = browse(
        &api,
        "GET",
        "/ui/requests/req_0000000000000000",
        Some(&session),
        &[],
    );
    assert_eq!(p.status, 404);
}

#[test]
fn a_hostile_reason_is_escaped_and_a_denial_through_the_form_is_saved() {
    let api = gateway("");
    let (alice, _, _) = people(&api);
    let id = request(
        &api,
        &alice,
        "INC-9 <script>alert(1)</script> \"><img src=x onerror=alert(2)>",
    );
    let path = format!("/ui/requests/{id}");
    let session = sign_in(&api, "bob", &path);
    let p = browse(&api, "GET", &path, Some(&session), &[]);
    assert_eq!(p.status, 200);
    assert!(
        !p.body.contains("<script>") && !p.body.contains("<img"),
        "{}",
        p.body
    );
    assert!(p
        .body
        .contains("&lt;script&gt;alert(1)&lt;/script&gt; &quot;&gt;&lt;img"));

    let csrf = p.csrf();
    let p = browse(
        &api,
        "POST",
        &format!("{path}/deny"),
        Some(&session),
        &[("csrf", &csrf), ("reason", "x")],
    );
    assert_eq!(p.status, 400, "a denial needs a reason: {}", p.body);
    assert!(p.body.contains("reason"));
    let p = browse(
        &api,
        "POST",
        &format!("{path}/deny"),
        Some(&session),
        &[("csrf", &csrf), ("reason", "<b>not</b> needed")],
    );
    assert_eq!(p.status, 303, "{}", p.body);
    assert_eq!(status_of(&api, &alice, &id), "denied");
}
