//! The HTTP API over a real socket and real storage: every ingest protocol, its errors and
//! limits, authentication, and reading back.

// Test helpers may fail loudly.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use std::io::Write;
use std::sync::Arc;

use logveil_core::SystemClock;
use logveil_ingest::otlp_proto as pb;
use logveil_server::config::GatewayConfig;
use logveil_server::{AppState, Limits};
use logveil_store::control::TokenKind;
use logveil_store::storage::{Storage, StorageOptions};
use prost::Message;

mod access;
mod alerts;
mod audit_log;
mod audit_proof;
mod audit_trail;
mod grant_model;
mod matrix;
mod notify;
mod oidc;

struct Api {
    url: String,
    admin: String,
    storage: Arc<Storage>,
    /// The server's state, for what runs in the background (grant ends, re-verification).
    state: Arc<AppState>,
    rt: tokio::runtime::Runtime,
    _dir: tempfile::TempDir,
}

fn start(limits: Limits) -> Api {
    start_with_clock(limits, Arc::new(SystemClock))
}

fn start_with_clock(limits: Limits, clock: Arc<dyn logveil_core::Clock>) -> Api {
    start_with_config(limits, clock, GatewayConfig::default())
}

fn start_with_config(
    limits: Limits,
    clock: Arc<dyn logveil_core::Clock>,
    config: GatewayConfig,
) -> Api {
    start_in(tempfile::tempdir().unwrap(), limits, clock, config)
}

/// A server on a data directory that may already hold data (an audit log, say).
fn start_in(
    dir: tempfile::TempDir,
    limits: Limits,
    clock: Arc<dyn logveil_core::Clock>,
    config: GatewayConfig,
) -> Api {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let (url, admin, storage, state) = rt.block_on(async {
        let (storage, _) = Storage::open(
            StorageOptions::new(dir.path()),
            logveil_mask::Engine::builtin(),
            clock,
        )
        .await
        .unwrap();
        let storage = Arc::new(storage);
        let admin = storage
            .control()
            .create_token(
                &TokenKind::Admin,
                "test",
                logveil_core::Timestamp::from_nanos(0),
            )
            .await
            .unwrap();
        let audit =
            logveil_server::audit::AuditLog::open_configured(dir.path(), &config.audit).unwrap();
        let state = Arc::new(
            AppState::with_audit_log(storage.clone(), limits, 30, audit)
                .unwrap()
                .with_config(config),
        );
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let served = state.clone();
        tokio::spawn(async move { axum::serve(listener, logveil_server::service(served)).await });
        (url, admin, storage, state)
    });
    Api {
        url,
        admin,
        storage,
        state,
        rt,
        _dir: dir,
    }
}

impl Api {
    fn token(&self, services: &[&str]) -> String {
        self.rt.block_on(async {
            let s = services.iter().map(|s| s.parse().unwrap()).collect();
            self.storage
                .control()
                .create_token(
                    &TokenKind::Ingest(s),
                    "t",
                    logveil_core::Timestamp::from_nanos(0),
                )
                .await
                .unwrap()
        })
    }

    fn commit(&self) {
        self.rt.block_on(self.storage.commit()).unwrap();
    }

    fn send(
        &self,
        method: &str,
        path: &str,
        token: Option<&str>,
        headers: &[(&str, &str)],
        body: &[u8],
    ) -> (u16, Vec<u8>) {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .build()
            .into();
        let url = format!("{}{path}", self.url);
        let mut resp = match method {
            "GET" => {
                let mut r = agent.get(&url);
                if let Some(t) = token {
                    r = r.header("Authorization", &format!("Bearer {t}"));
                }
                r.call().unwrap()
            }
            _ => {
                let mut r = agent.post(&url);
                if let Some(t) = token {
                    r = r.header("Authorization", &format!("Bearer {t}"));
                }
                for (k, v) in headers {
                    r = r.header(*k, *v);
                }
                r.send(body).unwrap()
            }
        };
        let status = resp.status().as_u16();
        let bytes = resp
            .body_mut()
            .with_config()
            .limit(1 << 30)
            .read_to_vec()
            .unwrap();
        (status, bytes)
    }

    fn query(&self, q: serde_json::Value) -> Vec<serde_json::Value> {
        let (status, body) = self.send(
            "POST",
            "/api/v1/query",
            Some(&self.admin),
            &[("Content-Type", "application/json")],
            q.to_string().as_bytes(),
        );
        let v: serde_json::Value = serde_json::from_slice(&body).unwrap();
        assert_eq!(status, 200, "{v}");
        v["records"].as_array().unwrap().clone()
    }
}

fn kv(k: &str, v: &str) -> pb::KeyValue {
    pb::KeyValue {
        key: k.into(),
        value: Some(pb::AnyValue {
            value: Some(pb::Value::StringValue(v.into())),
        }),
    }
}

fn now_nanos() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64
}

fn otlp_request(service: &str, records: Vec<pb::LogRecord>) -> pb::ExportLogsServiceRequest {
    pb::ExportLogsServiceRequest {
        resource_logs: vec![pb::ResourceLogs {
            resource: Some(pb::Resource {
                attributes: vec![
                    kv("service.name", service),
                    kv("deployment.environment", "prod"),
                    kv("host.name", "web-1"),
                ],
                dropped_attributes_count: 0,
            }),
            scope_logs: vec![pb::ScopeLogs {
                scope: None,
                log_records: records,
                schema_url: String::new(),
            }],
            schema_url: String::new(),
        }],
    }
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

#[test]
fn otlp_protobuf_keeps_ids_levels_attributes_and_rejects_bad_records_alone() {
    let api = start(Limits::default());
    let token = api.token(&["checkout"]);
    let good = pb::LogRecord {
        time_unix_nano: now_nanos(),
        severity_number: 17,
        body: Some(pb::AnyValue {
            value: Some(pb::Value::StringValue(
                "card 4111 1111 1111 1111 declined for kim@example.org".into(),
            )),
        }),
        attributes: vec![kv("http.route", "/pay")],
        trace_id: vec![0xab; 16],
        span_id: vec![0xcd; 8],
        ..Default::default()
    };
    let bad = pb::LogRecord {
        trace_id: vec![1; 9],
        ..good.clone()
    };
    let body = otlp_request("checkout", vec![good, bad]).encode_to_vec();
    let (status, resp) = api.send(
        "POST",
        "/v1/logs",
        Some(&token),
        &[("Content-Type", "application/x-protobuf")],
        &body,
    );
    assert_eq!(status, 200);
    let resp = pb::ExportLogsServiceResponse::decode(&resp[..]).unwrap();
    let partial = resp.partial_success.unwrap();
    assert_eq!(partial.rejected_log_records, 1);
    assert!(
        partial.error_message.contains("trace_id"),
        "{}",
        partial.error_message
    );

    // A token for checkout cannot write billing: the whole request is refused.
    let other = otlp_request(
        "billing",
        vec![pb::LogRecord {
            body: Some(pb::AnyValue {
                value: Some(pb::Value::StringValue("x".into())),
            }),
            ..Default::default()
        }],
    );
    let (status, _) = api.send(
        "POST",
        "/v1/logs",
        Some(&token),
        &[("Content-Type", "application/x-protobuf")],
        &other.encode_to_vec(),
    );
    assert_eq!(status, 403);

    api.commit();
    let found = api.query(serde_json::json!({"query": "{service=\"checkout\", env=\"prod\"}"}));
    assert_eq!(found.len(), 1);
    let r = &found[0];
    assert_eq!(r["level"], "error");
    assert_eq!(r["trace_id"], "abababababababababababababababab");
    assert_eq!(r["labels"]["host"], "web-1");
    assert_eq!(r["attributes"]["http.route"], "/pay");
    let line = r["line"].as_str().unwrap();
    assert!(
        !line.contains("4111 1111 1111 1111") && !line.contains("kim@example.org"),
        "{line}"
    );

    let by_trace = api.query(serde_json::json!({"trace": "abababababababababababababababab"}));
    assert_eq!(by_trace.len(), 1);
}

#[test]
fn otlp_json_gzip_is_accepted_and_malformed_bodies_are_400() {
    let api = start(Limits::default());
    let token = api.token(&["web"]);
    let body = serde_json::json!({"resourceLogs": [{
    "resource": {"attributes": [{"key": "service.name", "value": {"stringValue": "web"}}]},
    "scopeLogs": [{"scope": {"name": "web.handler"}, "logRecords": [
        {"timeUnixNano": now_nanos().to_string(), "severityText": "WARN", "body": {"stringValue": "slow request from 198.51.100.4"},
         "traceId": "5b8efff798038103d269b633813fc60c", "spanId": "eee19b7ec3c1b174",
         "attributes": [{"key": "user", "value": {"kvlistValue": {"values": [{"key": "id", "value": {"intValue": "42"}}]}}}]},
        {"observedTimeUnixNano": now_nanos(), "severityNumber": 9, "body": {"kvlistValue": {"values": [{"key": "msg", "value": {"stringValue": "structured"}}]}}}
    ]}]}]});
    let (status, resp) = api.send(
        "POST",
        "/v1/logs",
        Some(&token),
        &[
            ("Content-Type", "application/json"),
            ("Content-Encoding", "gzip"),
        ],
        &gzip(body.to_string().as_bytes()),
    );
    assert_eq!(status, 200, "{}", String::from_utf8_lossy(&resp));
    assert_eq!(
        serde_json::from_slice::<serde_json::Value>(&resp).unwrap(),
        serde_json::json!({})
    );
    api.commit();
    let found =
        api.query(serde_json::json!({"query": "{service=\"web\"}", "direction": "forward"}));
    assert_eq!(found.len(), 2);
    assert_eq!(found[0]["level"], "warn");
    assert_eq!(found[0]["attributes"]["user.id"], "42");
    assert_eq!(found[0]["attributes"]["scope.name"], "web.handler");
    assert_eq!(found[1]["line"], "{\"msg\":\"structured\"}");

    let (status, resp) = api.send(
        "POST",
        "/v1/logs",
        Some(&token),
        &[("Content-Type", "application/json")],
        b"{\"resourceLogs\": [",
    );
    assert_eq!(status, 400, "{}", String::from_utf8_lossy(&resp));
    let (status, _) = api.send(
        "POST",
        "/v1/logs",
        Some(&token),
        &[("Content-Type", "application/x-protobuf")],
        b"\xff\xff\xff",
    );
    assert_eq!(status, 400);
    let (status, _) = api.send(
        "POST",
        "/v1/logs",
        Some(&token),
        &[("Content-Type", "text/plain")],
        b"x",
    );
    assert_eq!(status, 415);
    let (status, _) = api.send(
        "POST",
        "/v1/logs",
        Some(&token),
        &[
            ("Content-Type", "application/json"),
            ("Content-Encoding", "br"),
        ],
        b"x",
    );
    assert_eq!(status, 415);
}

#[test]
fn bulk_answers_per_item_like_elasticsearch() {
    let api = start(Limits::default());
    let token = api.token(&["auth", "filebeat-8.11.0"]);
    let now = logveil_core::Timestamp::from_nanos(now_nanos() as i64).to_rfc3339();
    let body = format!(
        concat!(
            "{{\"create\":{{\"_index\":\"auth\"}}}}\n",
            "{{\"@timestamp\":\"{now}\",\"message\":\"Accepted password for jdoe from 203.0.113.5\",\"log\":{{\"level\":\"info\"}},\"service\":{{\"name\":\"auth\"}}}}\n",
            "{{\"index\":{{\"_index\":\"filebeat-8.11.0-2026.11.23\",\"_id\":\"a1\"}}}}\n",
            "{{\"@timestamp\":\"{now}\",\"message\":\"from the index name\"}}\n",
            "{{\"delete\":{{\"_index\":\"auth\",\"_id\":\"x\"}}}}\n",
            "{{\"create\":{{}}}}\n",
            "{{\"message\": broken json}}\n",
            "{{\"create\":{{\"_index\":\"auth\"}}}}\n",
            "{{\"message\":\"not mine\",\"service\":\"payments\"}}\n",
            "{{\"create\":{{\"_index\":\"auth\"}}}}\n",
            "{{\"@timestamp\":\"{now}\",\"msg\":\"second good one\",\"service.name\":\"auth\"}}\n",
        ),
        now = now
    );
    let (status, resp) = api.send(
        "POST",
        "/_bulk",
        Some(&token),
        &[("Content-Type", "application/x-ndjson")],
        body.as_bytes(),
    );
    assert_eq!(status, 200);
    let v: serde_json::Value = serde_json::from_slice(&resp).unwrap();
    assert_eq!(v["errors"], true);
    let items = v["items"].as_array().unwrap();
    let statuses: Vec<u64> = items
        .iter()
        .map(|i| {
            i.as_object().unwrap().values().next().unwrap()["status"]
                .as_u64()
                .unwrap()
        })
        .collect();
    assert_eq!(statuses, vec![201, 201, 400, 400, 403, 201]);
    assert_eq!(items[1]["index"]["_id"], "a1");
    assert_eq!(
        items[2]["delete"]["error"]["type"],
        "illegal_argument_exception"
    );
    assert_eq!(
        items[3]["create"]["error"]["type"],
        "mapper_parsing_exception"
    );
    assert!(
        !items[3].to_string().contains("broken json"),
        "errors never echo content"
    );

    let (status, root) = api.send("GET", "/", Some(&token), &[], b"");
    assert_eq!(status, 200);
    let root: serde_json::Value = serde_json::from_slice(&root).unwrap();
    assert_eq!(root["version"]["number"], "8.11.0");
    assert_eq!(api.send("GET", "/_license", Some(&token), &[], b"").0, 200);
    assert_eq!(api.send("GET", "/", None, &[], b"").0, 401);

    api.commit();
    let found = api.query(
        serde_json::json!({"query": "{service=~\"auth|filebeat.*\"}", "direction": "forward"}),
    );
    let lines: Vec<&str> = found.iter().map(|r| r["line"].as_str().unwrap()).collect();
    assert_eq!(lines.len(), 3, "{lines:?}");
    assert!(
        !lines[0].contains("jdoe") && !lines[0].contains("203.0.113.5"),
        "{}",
        lines[0]
    );
    assert_eq!(found[1]["service"], "filebeat-8.11.0");
}

#[test]
fn limits_answer_413_and_lose_nothing_else() {
    let api = start(Limits {
        max_body: 64 << 10,
        max_decoded: 256 << 10,
        max_line: 1 << 10,
    });
    let token = api.token(&["api"]);
    let big = vec![b'x'; 100 << 10];
    let (status, _) = api.send("POST", "/api/v1/push", Some(&token), &[], &big);
    assert_eq!(status, 413);
    let bomb = gzip(&vec![b'{'; 8 << 20]);
    assert!(bomb.len() < 64 << 10);
    let (status, _) = api.send(
        "POST",
        "/api/v1/push",
        Some(&token),
        &[("Content-Encoding", "gzip")],
        &bomb,
    );
    assert_eq!(status, 413);
    let long_line = "y".repeat(2000);
    let mut body = format!("{{\"service\":\"api\",\"message\":\"{long_line}\"}}\n{{\"service\":\"api\",\"message\":\"short one\"}}\n").into_bytes();
    body.extend_from_slice(b"\xff\n");
    let (status, resp) = api.send("POST", "/api/v1/push", Some(&token), &[], &body);
    let v: serde_json::Value = serde_json::from_slice(&resp).unwrap();
    assert_eq!(status, 207, "{v}");
    assert_eq!(v["accepted"], 1);
    assert_eq!(v["errors"][0]["line"], 1);
    assert_eq!(v["errors"][0]["status"], 413);
    assert_eq!(v["errors"][1]["line"], 3);
    api.commit();
    assert_eq!(
        api.query(serde_json::json!({"query": "{service=\"api\"}"}))
            .len(),
        1
    );
}

#[test]
fn only_health_answers_without_a_token() {
    let api = start(Limits::default());
    assert_eq!(api.send("GET", "/healthz", None, &[], b"").0, 200);
    assert_eq!(api.send("GET", "/readyz", None, &[], b"").0, 200);
    for path in [
        "/api/v1/query",
        "/api/v1/tail",
        "/api/v1/push",
        "/v1/logs",
        "/_bulk",
        "/api/v1/tokens",
        "/api/v1/retention/run",
    ] {
        assert_eq!(api.send("POST", path, None, &[], b"{}").0, 401, "{path}");
        assert_eq!(
            api.send("POST", path, Some("lv_0123456789abcdef_00"), &[], b"{}")
                .0,
            401,
            "{path}"
        );
    }
    assert_eq!(api.send("GET", "/api/v1/services", None, &[], b"").0, 401);
    // Bad query bodies are 400 with a message that does not echo the body.
    let (status, body) = api.send(
        "POST",
        "/api/v1/query",
        Some(&api.admin),
        &[],
        br#"{"query": 12, "match": [{"kind":"email","value":"jane@example.com"}]}"#,
    );
    assert_eq!(status, 400);
    assert!(
        !String::from_utf8_lossy(&body).contains("jane"),
        "{}",
        String::from_utf8_lossy(&body)
    );
    let (status, body) = api.send(
        "POST",
        "/api/v1/query",
        Some(&api.admin),
        &[],
        br#"{"query": "{service=\"a\"}", "match": [{"kind":"shoe_size","value":"44"}]}"#,
    );
    assert_eq!(status, 400);
    assert!(String::from_utf8_lossy(&body).contains("known kinds"));
}

fn json_post(
    api: &Api,
    path: &str,
    token: Option<&str>,
    body: serde_json::Value,
) -> (u16, serde_json::Value) {
    let (status, bytes) = api.send(
        "POST",
        path,
        token,
        &[("Content-Type", "application/json")],
        body.to_string().as_bytes(),
    );
    (
        status,
        serde_json::from_slice(&bytes).unwrap_or(serde_json::Value::Null),
    )
}

impl Api {
    /// The audit log's events (their entries), in order; checkpoint lines left out.
    /// Every event in the audit log, from its store (a file or PostgreSQL).
    fn audit_events(&self) -> Vec<serde_json::Value> {
        use std::io::Read;
        let store = self.state.audit.store();
        let mut text = String::new();
        store
            .read_range(0, store.len())
            .unwrap()
            .read_to_string(&mut text)
            .unwrap();
        text.lines()
            .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
            .filter(|v| v["type"] == "event")
            .map(|mut v| flat_event(v["entry"].take()))
            .collect()
    }

    /// Role `dev` reads api from info up; role `lead` reads and approves api.
    fn developer_and_lead_roles(&self) {
        self.role(
            "dev",
            serde_json::json!({"services": ["api"], "min_level": "info"}),
        );
        self.role(
            "lead",
            serde_json::json!({"services": ["api"], "approver_for": ["api"]}),
        );
    }

    /// Creates or replaces a role as the admin.
    fn role(&self, name: &str, body: serde_json::Value) {
        assert_eq!(
            json_put(self, &format!("/api/v1/roles/{name}"), &self.admin, body),
            200
        );
    }

    /// Adds a person with one role and signs them in; returns their token.
    fn person(&self, name: &str, role: &str) -> String {
        let (status, v) = json_post(
            self,
            "/api/v1/users",
            Some(&self.admin),
            serde_json::json!({"name": name, "roles": [role], "password": "correct horse battery"}),
        );
        assert_eq!(status, 200, "{v}");
        let (_, v) = json_post(
            self,
            "/api/v1/login",
            None,
            serde_json::json!({"user": name, "password": "correct horse battery"}),
        );
        v["token"].as_str().unwrap().to_owned()
    }
}

fn json_put(api: &Api, path: &str, token: &str, body: serde_json::Value) -> u16 {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into();
    agent
        .put(&format!("{}{path}", api.url))
        .header("Authorization", &format!("Bearer {token}"))
        .send_json(body)
        .unwrap()
        .status()
        .as_u16()
}

#[test]
fn roles_decide_which_streams_a_user_reads() {
    let api = start(Limits::default());
    assert_eq!(
        json_put(
            &api,
            "/api/v1/roles/dev",
            &api.admin,
            serde_json::json!({"services": ["api"], "envs": ["prod"], "min_level": "info"})
        ),
        200
    );
    assert_eq!(
        json_put(
            &api,
            "/api/v1/roles/bad",
            &api.admin,
            serde_json::json!({"services": ["../x"]})
        ),
        400
    );
    let (status, _) = json_post(
        &api,
        "/api/v1/users",
        Some(&api.admin),
        serde_json::json!({"name": "alice", "roles": ["dev"], "password": "correct horse battery"}),
    );
    assert_eq!(status, 200);
    let (status, v) = json_post(
        &api,
        "/api/v1/users",
        Some(&api.admin),
        serde_json::json!({"name": "bob", "roles": ["nope"], "password": "correct horse battery"}),
    );
    assert_eq!(
        (status, v["error"]["code"].as_str()),
        (400, Some("unknown_role"))
    );
    let (status, _) = json_post(
        &api,
        "/api/v1/users",
        Some(&api.admin),
        serde_json::json!({"name": "weak", "password": "short"}),
    );
    assert_eq!(status, 400);

    let ingest = api.token(&["api", "payments"]);
    let lines = [
        ("api", "prod", "info", "api prod info"),
        ("api", "prod", "debug", "api prod debug"),
        ("api", "staging", "error", "api staging error"),
        ("payments", "prod", "error", "payments prod error"),
    ];
    let body: String = lines
        .iter()
        .map(|(s, e, l, m)| {
            format!(
                "{}\n",
                serde_json::json!({"service": s, "env": e, "level": l, "message": m})
            )
        })
        .collect();
    assert_eq!(
        api.send("POST", "/api/v1/push", Some(&ingest), &[], body.as_bytes())
            .0,
        200
    );
    api.commit();

    let (status, v) = json_post(
        &api,
        "/api/v1/login",
        None,
        serde_json::json!({"user": "alice", "password": "wrong password!"}),
    );
    assert_eq!(status, 401);
    let wrong_message = v["error"]["message"].clone();
    let (status, v) = json_post(
        &api,
        "/api/v1/login",
        None,
        serde_json::json!({"user": "mallory", "password": "wrong password!"}),
    );
    assert_eq!(status, 401);
    assert_eq!(
        v["error"]["message"], wrong_message,
        "an unknown user is refused the same way"
    );
    let (status, v) = json_post(
        &api,
        "/api/v1/login",
        None,
        serde_json::json!({"user": "alice", "password": "correct horse battery"}),
    );
    assert_eq!(status, 200, "{v}");
    let alice = v["token"].as_str().unwrap().to_owned();
    assert!(v["expires_at"].as_str().is_some());

    let (status, v) = json_post(
        &api,
        "/api/v1/query",
        Some(&alice),
        serde_json::json!({"query": "{service=~\"api|payments\"}"}),
    );
    assert_eq!(status, 200);
    let seen: Vec<&str> = v["records"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["line"].as_str().unwrap())
        .collect();
    assert_eq!(
        seen,
        vec!["api prod info"],
        "only prod, info and above, of api"
    );
    let (_, v) = json_post(
        &api,
        "/api/v1/query",
        Some(&api.admin),
        serde_json::json!({"query": "{service=~\"api|payments\"}"}),
    );
    assert_eq!(
        v["records"].as_array().unwrap().len(),
        4,
        "the admin reads everything, masked"
    );

    // Alice administers nothing, and ingest tokens cannot sign in or read.
    let (status, _) = json_post(
        &api,
        "/api/v1/users",
        Some(&alice),
        serde_json::json!({"name": "eve", "password": "correct horse battery"}),
    );
    assert_eq!(status, 403);
    assert_eq!(
        json_put(
            &api,
            "/api/v1/roles/dev",
            &alice,
            serde_json::json!({"services": ["*"]})
        ),
        403
    );
    let (status, v) = api.send("GET", "/api/v1/whoami", Some(&alice), &[], b"");
    assert_eq!(status, 200);
    assert_eq!(
        serde_json::from_slice::<serde_json::Value>(&v).unwrap()["user"],
        "alice"
    );

    // A service account gets a token, not a password.
    let (status, v) = json_post(
        &api,
        "/api/v1/users",
        Some(&api.admin),
        serde_json::json!({"name": "ci-bot", "roles": ["dev"], "service_account": true}),
    );
    assert_eq!(status, 200);
    let bot = v["token"].as_str().unwrap().to_owned();
    let (status, v) = json_post(
        &api,
        "/api/v1/query",
        Some(&bot),
        serde_json::json!({"query": "{service=\"api\"}"}),
    );
    assert_eq!(status, 200);
    assert_eq!(v["records"].as_array().unwrap().len(), 1);
    let (status, _) = json_post(
        &api,
        "/api/v1/login",
        None,
        serde_json::json!({"user": "ci-bot", "password": ""}),
    );
    assert_eq!(status, 401);
}

#[test]
fn grants_open_what_roles_do_not_for_their_window_only() {
    let api = start(Limits::default());
    let admin = api.admin.clone();
    api.developer_and_lead_roles();
    let (alice, bob, carol) = (
        api.person("alice", "dev"),
        api.person("bob", "lead"),
        api.person("carol", "dev"),
    );
    let ingest = api.token(&["api"]);
    let body = "{\"service\":\"api\",\"level\":\"debug\",\"message\":\"debug detail\"}\n{\"service\":\"api\",\"message\":\"info line\"}\n";
    assert_eq!(
        api.send("POST", "/api/v1/push", Some(&ingest), &[], body.as_bytes())
            .0,
        200
    );
    api.commit();
    let seen = |token: &str| {
        let (_, v) = json_post(
            &api,
            "/api/v1/query",
            Some(token),
            serde_json::json!({"query": "{service=\"api\"}"}),
        );
        assert!(v["records"].is_array(), "{v}");
        v["records"].as_array().unwrap().len()
    };
    assert_eq!(seen(&alice), 1, "debug needs a grant");

    for (body, code) in [
        (
            serde_json::json!({"services": ["api"], "level": "debug", "for": "30m", "reason": ""}),
            "invalid_reason",
        ),
        (
            serde_json::json!({"services": ["api"], "level": "debug", "for": "5h", "reason": "INC-1"}),
            "invalid_duration",
        ),
        (
            serde_json::json!({"services": ["api"], "unmask": ["shoe_size"], "for": "30m", "reason": "INC-1"}),
            "unknown_kind",
        ),
        (
            serde_json::json!({"services": ["api"], "for": "30m", "reason": "INC-1"}),
            "invalid_scope",
        ),
    ] {
        let (status, v) = json_post(&api, "/api/v1/requests", Some(&alice), body);
        assert_eq!(
            (status, v["error"]["code"].as_str()),
            (400, Some(code)),
            "{v}"
        );
    }
    let (status, _) = json_post(
        &api,
        "/api/v1/requests",
        Some(&admin),
        serde_json::json!({"services": ["api"], "level": "debug", "for": "30m", "reason": "INC-1"}),
    );
    assert_eq!(
        status, 403,
        "the admin token is nobody: people request access"
    );

    let (status, v) = json_post(
        &api,
        "/api/v1/requests",
        Some(&alice),
        serde_json::json!({"services": ["api"], "level": "debug", "unmask": ["email"], "for": "30m", "reason": "INC-4211 checkout failures"}),
    );
    assert_eq!(status, 200, "{v}");
    assert_eq!(v["status"], "pending");
    let id = v["id"].as_str().unwrap().to_owned();
    let act = |token: &str, action: &str| {
        json_post(
            &api,
            &format!("/api/v1/requests/{id}/{action}"),
            Some(token),
            serde_json::json!({}),
        )
        .0
    };
    assert_eq!(act(&alice, "approve"), 403, "never one's own");
    assert_eq!(act(&carol, "approve"), 403, "not an approver");
    assert_eq!(seen(&alice), 1);
    let (_, inbox) = api.send("GET", "/api/v1/requests", Some(&bob), &[], b"");
    assert!(
        String::from_utf8_lossy(&inbox).contains(&id),
        "the approver sees it in the inbox"
    );
    assert_eq!(act(&bob, "approve"), 200);
    assert_eq!(act(&bob, "approve"), 409, "already decided");
    assert_eq!(seen(&alice), 2, "the grant opens debug");
    assert_eq!(seen(&carol), 1, "only for the requester");
    assert_eq!(act(&carol, "revoke"), 403);
    assert_eq!(act(&bob, "revoke"), 200);
    assert_eq!(seen(&alice), 1, "revoked at once");
    assert_eq!(act(&alice, "drop"), 409, "already ended");
    assert_eq!(
        json_post(
            &api,
            "/api/v1/requests/req_0000000000000000/approve",
            Some(&bob),
            serde_json::json!({})
        )
        .0,
        404
    );
}

#[test]
fn a_grant_shows_its_kinds_in_clear_audits_the_read_and_ends_masked() {
    let api = start(Limits::default());
    api.role("dev", serde_json::json!({"services": ["api", "web"]}));
    api.role(
        "lead",
        serde_json::json!({"services": ["api"], "approver_for": ["api"]}),
    );
    let (alice, bob) = (api.person("alice", "dev"), api.person("bob", "lead"));
    let ingest = api.token(&["api", "web"]);
    let body = concat!(
        "{\"service\":\"api\",\"message\":\"checkout failed for jane.doe@example.com from 203.0.113.77\"}\n",
        "{\"service\":\"web\",\"message\":\"web view by jane.doe@example.com\"}\n",
    );
    assert_eq!(
        api.send("POST", "/api/v1/push", Some(&ingest), &[], body.as_bytes())
            .0,
        200
    );
    api.commit();
    let lines = |token: &str| {
        let (_, v) = json_post(
            &api,
            "/api/v1/query",
            Some(token),
            serde_json::json!({"query": "{service=~\"api|web\"}", "direction": "forward"}),
        );
        v["records"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                (
                    r["line"].as_str().unwrap().to_owned(),
                    r["unmasked"].clone(),
                )
            })
            .collect::<Vec<_>>()
    };
    assert!(lines(&alice)
        .iter()
        .all(|(l, _)| !l.contains("jane.doe@example.com")));

    let (_, v) = json_post(
        &api,
        "/api/v1/requests",
        Some(&alice),
        serde_json::json!({"services": ["api"], "unmask": ["email"], "for": "30m", "reason": "INC-4211 checkout failures"}),
    );
    let id = v["id"].as_str().unwrap().to_owned();
    assert_eq!(
        json_post(
            &api,
            &format!("/api/v1/requests/{id}/approve"),
            Some(&bob),
            serde_json::json!({})
        )
        .0,
        200
    );
    let shown = lines(&alice);
    assert_eq!(
        shown[0].0,
        "checkout failed for jane.doe@example.com from <ipv4:".to_owned()
            + shown[0].0.split("<ipv4:").nth(1).unwrap()
    );
    assert_eq!(shown[0].1, serde_json::json!(["email"]));
    assert!(
        !shown[1].0.contains("jane.doe@example.com"),
        "web is outside the grant: {}",
        shown[1].0
    );
    assert!(
        !lines(&bob)
            .iter()
            .any(|(l, _)| l.contains("jane.doe@example.com")),
        "only the requester sees in clear"
    );

    let audit = std::fs::read_to_string(api._dir.path().join("audit.jsonl")).unwrap();
    let events = api.audit_events();
    let read = events
        .iter()
        .find(|e| e["action"] == "unmasked_read")
        .expect("an unmasked read is audited");
    assert_eq!(read["actor"], "alice");
    assert_eq!(read["grants"], serde_json::json!([id]));
    assert_eq!(read["revealed"], serde_json::json!({"email": 1}));
    assert_eq!(read["records"].as_array().unwrap().len(), 1);
    assert!(!audit.contains("jane.doe"), "the audit never holds values");

    assert_eq!(
        json_post(
            &api,
            &format!("/api/v1/requests/{id}/revoke"),
            Some(&bob),
            serde_json::json!({})
        )
        .0,
        200
    );
    assert!(
        lines(&alice)
            .iter()
            .all(|(l, _)| !l.contains("jane.doe@example.com")),
        "masked again once revoked"
    );
}

#[test]
fn a_live_tail_turns_masked_when_its_grant_expires() {
    let clock =
        logveil_core::ManualClock::new(logveil_core::Timestamp::from_nanos(now_nanos() as i64));
    let api = start_with_clock(Limits::default(), Arc::new(clock.clone()));
    api.role("dev", serde_json::json!({"services": ["api"]}));
    api.role(
        "lead",
        serde_json::json!({"services": ["api"], "approver_for": ["api"]}),
    );
    let ingest = api.token(&["api"]);
    let (alice, bob) = (api.person("alice", "dev"), api.person("bob", "lead"));
    let (_, v) = json_post(
        &api,
        "/api/v1/requests",
        Some(&alice),
        serde_json::json!({"services": ["api"], "unmask": ["email"], "for": "30m", "reason": "INC-77 live debugging"}),
    );
    let id = v["id"].as_str().unwrap().to_owned();
    assert_eq!(
        json_post(
            &api,
            &format!("/api/v1/requests/{id}/approve"),
            Some(&bob),
            serde_json::json!({})
        )
        .0,
        200
    );

    let (tx, rx) = std::sync::mpsc::channel::<String>();
    let url = api.url.clone();
    let token = alice.clone();
    std::thread::spawn(move || {
        let r = ureq::post(&format!("{url}/api/v1/tail"))
            .header("Authorization", &format!("Bearer {token}"))
            .send_json(serde_json::json!({"query": "{service=\"api\"} |= \"order\"", "limit": 1}))
            .unwrap();
        let mut reader = std::io::BufReader::new(r.into_body().into_reader());
        let mut l = String::new();
        while std::io::BufRead::read_line(&mut reader, &mut l).unwrap_or(0) > 0 {
            if let Some(data) = l.strip_prefix("data: ") {
                let _ = tx.send(data.trim().to_owned());
            }
            l.clear();
        }
    });
    std::thread::sleep(std::time::Duration::from_millis(300));
    let push = |n: u32| {
        let body =
            format!("{{\"service\":\"api\",\"message\":\"order {n} for jane.doe@example.com\"}}\n");
        assert_eq!(
            api.send("POST", "/api/v1/push", Some(&ingest), &[], body.as_bytes())
                .0,
            200
        );
        let got: serde_json::Value =
            serde_json::from_str(&rx.recv_timeout(std::time::Duration::from_secs(5)).unwrap())
                .unwrap();
        got["line"].as_str().unwrap().to_owned()
    };
    assert_eq!(
        push(1),
        "order 1 for jane.doe@example.com",
        "inside the grant"
    );
    clock.advance(std::time::Duration::from_secs(29 * 60));
    assert_eq!(
        push(2),
        "order 2 for jane.doe@example.com",
        "a minute before the deadline"
    );
    clock.advance(std::time::Duration::from_secs(60));
    assert_eq!(
        push(3),
        "order 3 for j***@example.com",
        "masked from the deadline on, mid-stream"
    );

    // A new grant reaches the open tail, and its revocation stops it within a second.
    let (_, v) = json_post(
        &api,
        "/api/v1/requests",
        Some(&alice),
        serde_json::json!({"services": ["api"], "unmask": ["email"], "for": "30m", "reason": "INC-78 more debugging"}),
    );
    let second = v["id"].as_str().unwrap().to_owned();
    assert_eq!(
        json_post(
            &api,
            &format!("/api/v1/requests/{second}/approve"),
            Some(&bob),
            serde_json::json!({})
        )
        .0,
        200
    );
    std::thread::sleep(std::time::Duration::from_millis(1100));
    assert_eq!(push(4), "order 4 for jane.doe@example.com");
    assert_eq!(
        json_post(
            &api,
            &format!("/api/v1/requests/{second}/revoke"),
            Some(&bob),
            serde_json::json!({})
        )
        .0,
        200
    );
    std::thread::sleep(std::time::Duration::from_millis(1100));
    assert_eq!(
        push(5),
        "order 5 for j***@example.com",
        "revoked mid-stream"
    );
}

/// An OCSF audit entry as the tests read it: action, actor and outcome beside what only
/// logveil records (`unmapped`), with the whole entry under `ocsf`.
fn flat_event(entry: serde_json::Value) -> serde_json::Value {
    let mut flat = entry["unmapped"].clone();
    if !flat.is_object() {
        flat = serde_json::json!({});
    }
    flat["action"] = entry["metadata"]["event_code"].clone();
    flat["actor"] = entry["actor"]["user"]["name"].clone();
    flat["outcome"] = entry["status_detail"].clone();
    flat["ocsf"] = entry;
    flat
}
