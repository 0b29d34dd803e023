//! The audit log behind the one audit interface: every line verifiable against signed
//! checkpoints, exported over HTTP, and refused at start once edited.

use std::sync::Arc;

use logveil_audit_store::testing::PgSchema;
use logveil_server::Limits;

use crate::access::{ask, config, push};
use crate::start_with_config;

/// A server with one stored line, two roles, alice (`dev`), and her request to see emails;
/// alice's token.
fn started_with_a_request(config: logveil_server::config::GatewayConfig) -> (crate::Api, String) {
    let api = start_with_config(
        Limits::default(),
        Arc::new(logveil_core::SystemClock),
        config,
    );
    push(&api, &[("api", "info", "login by jane.doe@example.com")]);
    api.developer_and_lead_roles();
    let alice = api.person("alice", "dev");
    let (status, _) = ask(
        &api,
        &alice,
        serde_json::json!({"services": ["api"], "unmask": ["email"], "for": "30m", "reason": "INC-3 audit"}),
    );
    assert_eq!(status, 200);
    (api, alice)
}

#[test]
fn actions_land_in_a_verifiable_log_and_an_edited_log_does_not_start() {
    let (api, alice) = started_with_a_request(config(""));

    let (status, found) = crate::json_post(
        &api,
        "/api/v1/query",
        Some(&alice),
        serde_json::json!({"query": "{service=\"api\"} |= \"jane.doe@example.com\"", "since": "1h"}),
    );
    // Stored lines are masked, so a clear value in a line filter finds nothing (`match`
    // finds by keyed token); what matters here is what the audit keeps of the filter.
    assert_eq!(
        (status, found["records"].as_array().map(Vec::len)),
        (200, Some(0))
    );
    let (status, key) = api.send("GET", "/api/v1/audit/pubkey", Some(&alice), &[], b"");
    assert_eq!(status, 200);
    let key: serde_json::Value = serde_json::from_slice(&key).unwrap();
    let key = logveil_audit::VerifierKey::parse(key["key"].as_str().unwrap()).unwrap();
    assert_eq!(
        api.send("GET", "/api/v1/audit/export", Some(&alice), &[], b"")
            .0,
        403,
        "auditors and administrators only"
    );
    let (status, export) = api.send("GET", "/api/v1/audit/export", Some(&api.admin), &[], b"");
    assert_eq!(status, 200);
    let report = logveil_audit::verify(&export, &key, &Default::default());
    assert!(report.is_valid(), "{report}");
    assert_eq!(
        report.unverified_tail, 0,
        "an export ends with a checkpoint"
    );
    let actions: Vec<String> = api
        .audit_events()
        .iter()
        .map(|e| e["action"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(
        actions,
        [
            "role_change",
            "role_change",
            "user_create",
            "sign_in",
            "access_request",
            "query",
            "access_denied",
            "audit_export"
        ],
        "administration, sign-in, request, and the export itself"
    );
    let events = api.audit_events();
    assert_eq!(events[0]["subject"], "role:dev");
    assert_eq!(events[2]["subject"], "user:alice");
    let query = &events[5];
    assert_eq!(query["count"], 0);
    assert!(query["from"].is_string() && query["to"].is_string());
    let selector = query["selector"].as_str().unwrap();
    assert!(
        selector.starts_with("{service=\"api\"} |= \"") && !selector.contains("jane.doe"),
        "a value typed into a filter is masked in the audit: {selector}"
    );
    assert_eq!(report.verified_size, 8);
    assert!(!String::from_utf8_lossy(&export).contains("jane.doe"));

    // Opened again as it is: it verifies and carries on.
    let dir = api._dir.path().to_owned();
    let reopened = logveil_server::audit::AuditLog::open(&dir).unwrap();
    assert_eq!(reopened.verifier_key(), key.to_string());
    drop(reopened);

    // An edit that keeps the line well-formed: found at start, at the checkpoint that covers
    // it (line 9 signs events 1-8).
    let path = dir.join("audit.jsonl");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, text.replacen("\"alice\"", "\"mallory\"", 1)).unwrap();
    let err = logveil_server::audit::AuditLog::open(&dir)
        .unwrap_err()
        .to_string();
    assert!(err.contains("fails verification at line 9"), "{err}");
    assert!(
        err.contains("was changed, added, removed or reordered"),
        "{err}"
    );

    // A torn last line (a crash mid-write, never acknowledged) is cut off, not fatal.
    std::fs::write(&path, format!("{text}{{\"type\":\"event\",\"ind")).unwrap();
    let log = logveil_server::audit::AuditLog::open(&dir).unwrap();
    drop(log);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text);

    // A log from before the Merkle chain is set aside, not mistaken for tampering.
    std::fs::write(
        &path,
        "{\"time\":\"2026-11-23T07:00:00Z\",\"actor\":\"alice\",\"action\":\"sign_in\",\"outcome\":\"success\"}\n",
    )
    .unwrap();
    logveil_server::audit::AuditLog::open(&dir).unwrap();
    assert!(dir.join("audit.unchained.jsonl").exists());
}

/// A gateway configuration that keeps the audit log in `db`.
fn postgres_config(db: &PgSchema) -> logveil_server::config::GatewayConfig {
    config(&format!(
        "[audit]\nstore = \"postgres\"\npostgres_url = \"{}\"\npostgres_schema = \"{}\"\n",
        db.url, db.name
    ))
}

#[test]
fn a_log_kept_in_postgres_serves_the_same_trail_and_an_edited_row_does_not_start() {
    let db = PgSchema::new("audit_server");
    let cfg = postgres_config(&db);
    let (api, _) = started_with_a_request(cfg.clone());
    assert!(
        !std::path::Path::new(&api._dir.path().join("audit.jsonl")).exists(),
        "nothing is written to the file store"
    );
    let (_, key) = api.send("GET", "/api/v1/audit/pubkey", Some(&api.admin), &[], b"");
    let key: serde_json::Value = serde_json::from_slice(&key).unwrap();
    let key = logveil_audit::VerifierKey::parse(key["key"].as_str().unwrap()).unwrap();

    // Search, export and proofs read the rows as they read the file.
    let (status, found) = crate::json_post(
        &api,
        "/api/v1/audit/search",
        Some(&api.admin),
        serde_json::json!({"user": "alice", "action": "access_request"}),
    );
    assert_eq!(status, 200, "{found}");
    assert_eq!(found["events"].as_array().map(Vec::len), Some(1), "{found}");
    let (status, export) = api.send("GET", "/api/v1/audit/export", Some(&api.admin), &[], b"");
    assert_eq!(status, 200);
    let report = logveil_audit::verify(&export, &key, &Default::default());
    assert!(report.is_valid(), "{report}");
    assert_eq!(report.unverified_tail, 0);
    assert!(report.verified_size >= 6, "{report}");
    let (status, proof) = api.send(
        "GET",
        "/api/v1/audit/proof/inclusion?index=3",
        Some(&api.admin),
        &[],
        b"",
    );
    assert_eq!(status, 200, "{}", String::from_utf8_lossy(&proof));
    let actions: Vec<String> = api
        .audit_events()
        .iter()
        .map(|e| e["action"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(
        &actions[..5],
        [
            "role_change",
            "role_change",
            "user_create",
            "sign_in",
            "access_request"
        ]
    );

    // Closed and opened again: it verifies and carries on, with the key in the data
    // directory.
    let crate::Api {
        _dir: dir,
        rt,
        state,
        storage,
        ..
    } = api;
    // The server's tasks hold the state; the log closes with its last holder.
    drop(rt);
    drop(state);
    drop(storage);
    let reopened =
        logveil_server::audit::AuditLog::open_configured(dir.path(), &cfg.audit).unwrap();
    assert_eq!(reopened.verifier_key(), key.to_string());
    drop(reopened);

    // A row edited in the database (same length, so the offsets still line up) is found at
    // start.
    let edited = db.sql(&format!(
        "UPDATE {0}.audit_lines SET line = convert_to(replace(convert_from(line, 'UTF8'), '\"alice\"', '\"carol\"'), 'UTF8') \
         WHERE \"offset\" = (SELECT min(\"offset\") FROM {0}.audit_lines WHERE convert_from(line, 'UTF8') LIKE '%\"alice\"%')",
        db.name
    ));
    assert_eq!(edited, 1);
    let err = logveil_server::audit::AuditLog::open_configured(dir.path(), &cfg.audit)
        .unwrap_err()
        .to_string();
    assert!(err.contains("fails verification at line"), "{err}");
    assert!(err.contains("schema audit_server_"), "names where: {err}");
    assert!(
        !err.contains("postgres@"),
        "names no user or password: {err}"
    );
}
