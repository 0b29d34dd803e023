//! The access matrix: every endpoint × every kind of caller × every grant state (none,
//! pending, active, expired, revoked), with the status each must answer and, for reads,
//! whether values come back masked or in clear. One table, so a new endpoint or caller that
//! is not in it stands out.

use std::sync::Arc;
use std::time::Duration;

use logveil_server::Limits;

use crate::access::{act, ask, config, manual_clock, push};
use crate::{start_with_config, Api};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Who {
    Anonymous,
    Ingest,
    Admin,
    /// A person whose role reads api (masked) and who asked for the grant.
    Requester,
    /// An approver of api.
    Approver,
    /// Another person with the same role as the requester.
    Colleague,
}

const EVERYONE: [Who; 6] = [
    Who::Anonymous,
    Who::Ingest,
    Who::Admin,
    Who::Requester,
    Who::Approver,
    Who::Colleague,
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    None,
    Pending,
    Active,
    Expired,
    Revoked,
}

const STATES: [State; 5] = [
    State::None,
    State::Pending,
    State::Active,
    State::Expired,
    State::Revoked,
];

const SECRET_LINE: &str = "login by jane.doe@example.com";

struct World {
    api: Api,
    ingest: String,
    approver: String,
    colleague: String,
    clock: logveil_core::ManualClock,
}

impl World {
    fn token(&self, who: Who, requester: &str) -> Option<String> {
        match who {
            Who::Anonymous => None,
            Who::Ingest => Some(self.ingest.clone()),
            Who::Admin => Some(self.api.admin.clone()),
            Who::Requester => Some(requester.to_owned()),
            Who::Approver => Some(self.approver.clone()),
            Who::Colleague => Some(self.colleague.clone()),
        }
    }
}

fn request_body(duration: &str) -> serde_json::Value {
    serde_json::json!({"services": ["api"], "unmask": ["email"], "level": "debug", "for": duration, "reason": "INC-1 matrix"})
}

/// A requester (signed-in person) with a request in `state`; `None` has no request.
fn requester_in(w: &World, n: usize, state: State) -> (String, Option<String>) {
    let token = w.api.person(&format!("req-{n}"), "dev");
    let id = request_in(w, &token, state);
    (token, id)
}

/// A new request by `token` in `state`.
fn request_in(w: &World, token: &str, state: State) -> Option<String> {
    if state == State::None {
        return None;
    }
    let duration = if state == State::Expired { "1m" } else { "30m" };
    let (status, v) = ask(&w.api, token, request_body(duration));
    assert_eq!(status, 200, "{v}");
    let id = v["id"].as_str().unwrap().to_owned();
    if state != State::Pending {
        assert_eq!(
            act(&w.api, &w.approver, &id, "approve", serde_json::json!({})).0,
            200
        );
    }
    if state == State::Revoked {
        assert_eq!(
            act(&w.api, &w.approver, &id, "revoke", serde_json::json!({})).0,
            200
        );
    }
    Some(id)
}

fn call(w: &World, method: &str, path: &str, token: Option<&str>, body: &str) -> u16 {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .max_redirects(0)
        .timeout_global(Some(Duration::from_secs(20)))
        .build()
        .into();
    let url = format!("{}{path}", w.api.url);
    let auth = token.map(|t| format!("Bearer {t}"));
    let resp = match method {
        "GET" => {
            let mut r = agent.get(&url);
            if let Some(a) = &auth {
                r = r.header("Authorization", a);
            }
            r.call()
        }
        _ => {
            let mut r = match method {
                "PUT" => agent.put(&url),
                _ => agent.post(&url),
            };
            if let Some(a) = &auth {
                r = r.header("Authorization", a);
            }
            r.header("Content-Type", "application/json")
                .send(body.as_bytes())
        }
    };
    // Dropping the response closes a tail's stream.
    resp.unwrap().status().as_u16()
}

/// The line a query returns to `token`, and the first line a tail sends it.
fn reads(w: &World, token: &str) -> (String, String) {
    let (status, v) = crate::json_post(
        &w.api,
        "/api/v1/query",
        Some(token),
        serde_json::json!({"query": "{service=\"api\"}", "since": "1d"}),
    );
    assert_eq!(status, 200, "{v}");
    let queried = v["records"][0]["line"].as_str().unwrap_or("").to_owned();
    let resp = ureq::post(&format!("{}/api/v1/tail", w.api.url))
        .header("Authorization", &format!("Bearer {token}"))
        .send_json(serde_json::json!({"query": "{service=\"api\"}", "since": "1d", "limit": 1}))
        .unwrap();
    let mut reader = std::io::BufReader::new(resp.into_body().into_reader());
    let mut l = String::new();
    let mut tailed = String::new();
    while std::io::BufRead::read_line(&mut reader, &mut l).unwrap_or(0) > 0 {
        if let Some(data) = l.strip_prefix("data: ") {
            let v: serde_json::Value = serde_json::from_str(data.trim()).unwrap();
            tailed = v["line"].as_str().unwrap_or("").to_owned();
            break;
        }
        l.clear();
    }
    (queried, tailed)
}

#[test]
fn every_endpoint_answers_each_caller_and_grant_state_as_the_table_says() {
    let clock = manual_clock();
    let api = start_with_config(
        Limits::default(),
        Arc::new(clock.clone()),
        config("[access.break_glass]\nenabled = true\nservices = [\"api\"]"),
    );
    push(&api, &[("api", "info", SECRET_LINE)]);
    api.developer_and_lead_roles();
    let w = World {
        ingest: api.token(&["api"]),
        approver: api.person("lead", "lead"),
        colleague: api.person("colleague", "dev"),
        clock,
        api,
    };

    // ---- Reads: masked for everyone who may read, in clear only for the requester of an
    // active grant, in queries and tails alike.
    let mut readers = Vec::new();
    for (n, state) in STATES.iter().enumerate() {
        readers.push((*state, requester_in(&w, n, *state)));
    }
    // Expired grants were 1 minute long.
    w.clock.advance(Duration::from_secs(120));
    let masked = "login by j***@example.com";
    for (state, (token, _)) in &readers {
        let (queried, tailed) = reads(&w, token);
        // Active was approved for 30 minutes: still active after two.
        let want = if *state == State::Active {
            SECRET_LINE
        } else {
            masked
        };
        assert_eq!(queried, want, "query by the requester, grant {state:?}");
        assert_eq!(tailed, want, "tail by the requester, grant {state:?}");
    }
    for token in [&w.approver, &w.colleague, &w.api.admin] {
        let (queried, tailed) = reads(&w, token);
        assert_eq!((queried.as_str(), tailed.as_str()), (masked, masked));
    }
    for who in [Who::Anonymous, Who::Ingest] {
        let token = w.token(who, "");
        for path in ["/api/v1/query", "/api/v1/tail"] {
            let status = call(
                &w,
                "POST",
                path,
                token.as_deref(),
                "{\"query\":\"{service=\\\"api\\\"}\"}",
            );
            assert_eq!(
                status,
                if who == Who::Anonymous { 401 } else { 403 },
                "{who:?} {path}"
            );
        }
    }

    // ---- Request actions: each cell on a fresh request in the given state, so no cell sees
    // another's effects.
    let mut cells = 0;
    let requester = w.api.person("asker", "dev");
    for action in ["approve", "deny", "revoke", "drop", "review"] {
        for state in STATES {
            for who in EVERYONE {
                let id = request_in(&w, &requester, state);
                if state == State::Expired {
                    // Made and approved for a minute; now past its deadline.
                    w.clock.advance(Duration::from_secs(61));
                }
                let id = id.unwrap_or_else(|| "req_00000000000000ff".to_owned());
                let token = w.token(who, &requester);
                let body = match action {
                    "deny" => "{\"reason\":\"not needed\"}",
                    "review" => "{\"justified\":true,\"reason\":\"looked fine\"}",
                    _ => "{}",
                };
                let status = call(
                    &w,
                    "POST",
                    &format!("/api/v1/requests/{id}/{action}"),
                    token.as_deref(),
                    body,
                );
                let want = expected_action(action, state, who);
                assert_eq!(status, want, "{action} by {who:?} on a {state:?} request");
                cells += 1;
            }
        }
    }
    assert_eq!(cells, 5 * 5 * 6);

    // ---- Everything else: by caller (grant state does not enter).
    let requester = w.api.person("plain", "dev");
    let table: &[(&str, &str, &str, [u16; 6])] = &[
        // method, path, body, [anonymous, ingest, admin, requester, approver, colleague]
        ("GET", "/healthz", "", [200; 6]),
        ("GET", "/readyz", "", [200; 6]),
        ("GET", "/api/v1/whoami", "", [401, 200, 200, 200, 200, 200]),
        (
            "GET",
            "/api/v1/requests",
            "",
            [401, 403, 200, 200, 200, 200],
        ),
        (
            "POST",
            "/api/v1/requests",
            r#"{"services":["api"],"unmask":["email"],"for":"30m","reason":"INC-2 table"}"#,
            [401, 403, 403, 200, 200, 200],
        ),
        ("GET", "/api/v1/users", "", [401, 403, 200, 403, 403, 403]),
        (
            "POST",
            "/api/v1/users",
            r#"{"name":"newbie","roles":["dev"],"service_account":true}"#,
            [401, 403, 200, 403, 403, 403],
        ),
        ("GET", "/api/v1/roles", "", [401, 403, 200, 403, 403, 403]),
        (
            "PUT",
            "/api/v1/roles/dev",
            r#"{"services":["api"],"min_level":"info"}"#,
            [401, 403, 200, 403, 403, 403],
        ),
        (
            "POST",
            "/api/v1/tokens",
            r#"{"kind":"ingest","services":["api"]}"#,
            [401, 403, 200, 403, 403, 403],
        ),
        (
            "GET",
            "/api/v1/services",
            "",
            [401, 403, 200, 200, 200, 200],
        ),
        (
            "PUT",
            "/api/v1/services/api/retention",
            r#"{"days":7}"#,
            [401, 403, 200, 403, 403, 403],
        ),
        (
            "POST",
            "/api/v1/retention/run",
            "{}",
            [401, 403, 200, 403, 403, 403],
        ),
        (
            "POST",
            "/api/v1/policy/check",
            r#"{"user":"plain","action":"administer"}"#,
            [401, 403, 200, 403, 403, 403],
        ),
        (
            "GET",
            "/api/v1/notifications/failed",
            "",
            [401, 403, 200, 403, 403, 403],
        ),
        (
            "POST",
            "/api/v1/totp/enroll",
            "{}",
            [401, 403, 403, 200, 200, 200],
        ),
        (
            "POST",
            "/api/v1/step-up",
            r#"{"code":"000000"}"#,
            [401, 403, 403, 400, 400, 400],
        ),
        (
            "POST",
            "/api/v1/push",
            r#"{"service":"api","message":"hello"}"#,
            [401, 200, 200, 403, 403, 403],
        ),
        ("GET", "/", "", [401, 200, 200, 200, 200, 200]),
        (
            "POST",
            "/api/v1/login",
            r#"{"user":"plain","password":"not the password"}"#,
            [401; 6],
        ),
        // The approval page answers a sign-in form to a browser without a session cookie
        // (bearer tokens are not sessions), and shows nothing of the request.
        ("GET", "/ui/requests/req_00000000000000ff", "", [200; 6]),
        ("GET", "/auth/oidc/login", "", [404; 6]),
        ("GET", "/api/v1/nowhere", "", [404; 6]),
    ];
    for (method, path, body, want) in table {
        for (who, want) in EVERYONE.iter().zip(want) {
            let token = w.token(*who, &requester);
            let status = call(&w, method, path, token.as_deref(), body);
            assert_eq!(status, *want, "{method} {path} by {who:?}");
        }
    }
}

/// What a review or end of a request answers, by action, state and caller.
fn expected_action(action: &str, state: State, who: Who) -> u16 {
    match who {
        Who::Anonymous => return 401,
        Who::Ingest | Who::Admin => return 403,
        _ => {}
    }
    if state == State::None {
        return 404;
    }
    match (action, who) {
        // Reviews: only approvers, never the requester, only while pending.
        ("approve" | "deny", Who::Approver) if state == State::Pending => 200,
        ("approve" | "deny", Who::Approver) => 409,
        ("approve" | "deny", _) => 403,
        // Ending a grant: approvers revoke, the requester drops, only while active.
        ("revoke", Who::Approver) | ("drop", Who::Requester) if state == State::Active => 200,
        ("revoke", Who::Approver) => 409,
        ("revoke", _) => 403,
        ("drop", Who::Requester) => 409,
        ("drop", _) => 403,
        // After-the-fact reviews are for break-glass grants only.
        ("review", Who::Requester) => 403,
        ("review", Who::Approver) => 400,
        ("review", _) => 403,
        _ => 500,
    }
}
