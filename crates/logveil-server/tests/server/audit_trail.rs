//! The audit trail as auditors use it: OCSF events with who, where and why; refusals, grant
//! ends, configuration changes and self-verification recorded; search (by person, action,
//! time, and "who saw this customer" through keyed tokens); the auditor role; the access
//! review report.

use std::sync::Arc;

use logveil_core::ManualClock;
use logveil_server::Limits;

use crate::access::{act, ask, config, manual_clock, push};
use crate::{json_post, start_with_clock, Api};

const JANE: &str = "jane.doe@example.com";

/// alice (dev) reads api; bob (lead) approves api; eve audits. alice holds an approved
/// grant to see emails, and has read a line with Jane's email in clear once.
struct World {
    api: Api,
    clock: ManualClock,
    alice: String,
    bob: String,
    eve: String,
    grant: String,
}

fn world() -> World {
    let clock = manual_clock();
    let api = start_with_clock(Limits::default(), Arc::new(clock.clone()));
    api.developer_and_lead_roles();
    api.role("auditors", serde_json::json!({"auditor": true}));
    let (alice, bob, eve) = (
        api.person("alice", "dev"),
        api.person("bob", "lead"),
        api.person("eve", "auditors"),
    );
    push(
        &api,
        &[("api", "info", &format!("checkout failed for {JANE}"))],
    );
    let (status, v) = ask(
        &api,
        &alice,
        serde_json::json!({
            "services": ["api"], "unmask": ["email"], "for": "30m",
            "reason": format!("customer {JANE} cannot pay"),
            "incident": {"id": "INC-4211", "severity": "sev2"},
        }),
    );
    assert_eq!(status, 200, "{v}");
    let grant = v["id"].as_str().unwrap().to_owned();
    assert_eq!(
        act(&api, &bob, &grant, "approve", serde_json::json!({})).0,
        200
    );
    let body = serde_json::json!({"query": "{service=\"api\"}", "since": "1d"}).to_string();
    let (status, answer) = api.send(
        "POST",
        "/api/v1/query",
        Some(&alice),
        &[
            ("X-Forwarded-For", "203.0.113.7, 10.1.2.3"),
            ("User-Agent", "incident-laptop/2.1"),
        ],
        body.as_bytes(),
    );
    assert_eq!(status, 200);
    assert!(
        String::from_utf8_lossy(&answer).contains(JANE),
        "the grant shows the email"
    );
    World {
        api,
        clock,
        alice,
        bob,
        eve,
        grant,
    }
}

fn search(api: &Api, token: &str, body: serde_json::Value) -> (u16, serde_json::Value) {
    json_post(api, "/api/v1/audit/search", Some(token), body)
}

fn actions(v: &serde_json::Value) -> Vec<String> {
    v["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            e["entry"]["metadata"]["event_code"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect()
}

#[test]
fn events_are_ocsf_with_who_where_why_and_the_decision_but_never_a_value() {
    let w = world();
    let events = w.api.audit_events();
    let read = events
        .iter()
        .find(|e| e["action"] == "unmasked_read")
        .expect("the unmasked read is audited");
    let ocsf = &read["ocsf"];
    // A class per kind of action, with OCSF's required attributes.
    assert_eq!(ocsf["class_uid"], 6005, "{ocsf}");
    assert_eq!(ocsf["class_name"], "Datastore Activity");
    assert_eq!(ocsf["activity_name"], "Decrypt");
    assert_eq!(ocsf["type_uid"], 600510);
    assert_eq!(ocsf["category_uid"], 6);
    assert!(ocsf["time"].is_i64() && ocsf["severity_id"].is_u64());
    assert_eq!(ocsf["metadata"]["product"]["name"], "logveil");
    // Who: the person, their roles, how they signed in, their MFA state.
    assert_eq!(ocsf["actor"]["user"]["name"], "alice");
    assert_eq!(ocsf["actor"]["user"]["groups"][0]["name"], "dev");
    assert_eq!(read["auth_method"], "password");
    assert_eq!(ocsf["actor"]["session"]["is_mfa"], false);
    // Where: the peer as seen, forwarded addresses kept but marked untrusted, the agent.
    assert_eq!(ocsf["src_endpoint"]["ip"], "127.0.0.1");
    assert_eq!(
        ocsf["http_request"]["x_forwarded_for"],
        serde_json::json!(["203.0.113.7", "10.1.2.3"])
    );
    assert_eq!(read["forwarded_for_trusted"], false);
    assert_eq!(ocsf["http_request"]["user_agent"], "incident-laptop/2.1");
    assert_eq!(ocsf["http_request"]["url"]["path"], "/api/v1/query");
    // Why, and what decided: the grant, its incident and its reason (masked).
    assert_eq!(read["incident"], "INC-4211");
    assert!(read["reason"].as_str().unwrap().contains("cannot pay"));
    assert_eq!(ocsf["actor"]["authorizations"][0]["decision"], "Allow");
    assert_eq!(
        ocsf["actor"]["authorizations"][0]["policy"]["name"],
        format!("grant:{}", w.grant)
    );
    // What: kinds, counts and the value's keyed token, never the value.
    assert_eq!(read["revealed"], serde_json::json!({"email": 1}));
    let token = read["tokens"][0].as_str().unwrap();
    assert!(token.starts_with("email:") && token.len() == 14, "{token}");

    let approve = events
        .iter()
        .find(|e| e["action"] == "access_approve")
        .unwrap();
    assert_eq!(approve["ocsf"]["class_name"], "User Access Management");
    assert_eq!(approve["ocsf"]["activity_name"], "Assign Privileges");
    assert_eq!(approve["actor"], "bob");
    let sign_in = events.iter().find(|e| e["action"] == "sign_in").unwrap();
    assert_eq!(sign_in["ocsf"]["class_uid"], 3002);
    assert_eq!(sign_in["ocsf"]["src_endpoint"]["ip"], "127.0.0.1");
    let asked = events
        .iter()
        .find(|e| e["action"] == "access_request")
        .unwrap();
    assert_eq!(asked["subject"], "services:api kinds:email");

    let raw = std::fs::read_to_string(w.api._dir.path().join("audit.jsonl")).unwrap();
    assert!(!raw.contains(JANE), "the audit never holds a value");
    assert!(
        !raw.contains(&w.alice) && !raw.contains(&w.bob),
        "nor a token"
    );
}

#[test]
fn refusals_grant_ends_configuration_and_self_verification_are_recorded() {
    let w = world();
    let api = &w.api;
    // A refused call, with who when the token is valid, and without when it is not.
    let (status, _) = json_post(
        api,
        "/api/v1/tokens",
        Some(&w.alice),
        serde_json::json!({"services": ["api"]}),
    );
    assert_eq!(status, 403);
    let (status, _) = json_post(
        api,
        "/api/v1/query",
        Some("lv_0000000000000000_x"),
        serde_json::json!({}),
    );
    assert_eq!(status, 401);
    let denied: Vec<serde_json::Value> = api
        .audit_events()
        .into_iter()
        .filter(|e| e["action"] == "access_denied")
        .collect();
    assert_eq!(denied.len(), 2, "{denied:?}");
    assert_eq!(denied[0]["actor"], "alice");
    assert_eq!(denied[0]["subject"], "error:forbidden");
    assert_eq!(denied[0]["ocsf"]["status"], "Failure");
    assert_eq!(
        denied[0]["ocsf"]["http_request"]["url"]["path"],
        "/api/v1/tokens"
    );
    assert_eq!(denied[1]["actor"], "anonymous");
    assert_eq!(denied[1]["subject"], "error:unauthenticated");

    // The grant's end comes by the clock: the sweep records it once.
    let ended = || {
        api.audit_events()
            .into_iter()
            .filter(|e| e["action"] == "grant_expired")
            .collect::<Vec<_>>()
    };
    let sweep = || {
        api.rt
            .block_on(logveil_server::access::record_endings(&api.state))
            .unwrap()
    };
    assert_eq!(sweep(), 0, "nothing has ended yet");
    w.clock.advance(std::time::Duration::from_secs(31 * 60));
    assert_eq!(sweep(), 1);
    assert_eq!(sweep(), 0, "each end is recorded once");
    let e = &ended()[0];
    assert_eq!(e["actor"], "logveil");
    assert_eq!(e["grants"], serde_json::json!([w.grant]));
    assert_eq!(e["subject"], "user:alice services:api kinds:email");
    assert_eq!(e["ocsf"]["activity_name"], "Revoke Privileges");

    // Configuration: recorded when it differs from the last start's.
    let record = |sources: &[(&str, &[u8])]| {
        api.rt
            .block_on(logveil_server::audit::lifecycle::record_configuration(
                &api.state, sources,
            ))
            .unwrap()
    };
    assert_eq!(
        record(&[("gateway", b"a = 1"), ("masking", b"")]),
        vec!["gateway", "masking"]
    );
    assert!(record(&[("gateway", b"a = 1"), ("masking", b"")]).is_empty());
    assert_eq!(
        record(&[("gateway", b"a = 1"), ("masking", b"[[rule]]")]),
        vec!["masking"]
    );
    let changes: Vec<String> = api
        .audit_events()
        .iter()
        .filter(|e| e["action"] == "config_change")
        .map(|e| {
            e["subject"]
                .as_str()
                .unwrap()
                .split(' ')
                .next()
                .unwrap()
                .to_owned()
        })
        .collect();
    assert_eq!(
        changes,
        ["config:gateway", "config:masking", "config:masking"]
    );

    // Self-verification: the stored log verifies, and an edit under the running server is
    // found and recorded as a failure.
    let verify = || {
        api.rt
            .block_on(logveil_server::audit::lifecycle::verify_stored(&api.state))
            .unwrap()
    };
    api.rt.block_on(api.state.audit.checkpoint()).unwrap();
    assert!(verify().is_valid());
    let path = api._dir.path().join("audit.jsonl");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, text.replacen("\"alice\"", "\"mallory\"", 1)).unwrap();
    let report = verify();
    assert!(!report.is_valid());
    let results: Vec<(String, String)> = api
        .audit_events()
        .iter()
        .filter(|e| e["action"] == "audit_verify")
        .map(|e| {
            (
                e["outcome"].as_str().unwrap().to_owned(),
                e["ocsf"]["severity"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(
        results,
        [
            ("success".to_owned(), "Informational".to_owned()),
            ("failure".to_owned(), "Critical".to_owned())
        ]
    );
}

#[test]
fn auditors_search_by_person_action_time_and_find_who_saw_a_customer() {
    let w = world();
    let api = &w.api;
    // Someone else reads the same line masked, and nobody else sees Jane in clear.
    let (status, _) = json_post(
        api,
        "/api/v1/query",
        Some(&w.bob),
        serde_json::json!({"query": "{service=\"api\"}", "since": "1d"}),
    );
    assert_eq!(status, 200);

    // Only auditors (and admins) search; the auditor reads nothing else.
    let (status, v) = search(api, &w.alice, serde_json::json!({}));
    assert_eq!(
        (status, v["error"]["code"].as_str()),
        (403, Some("forbidden"))
    );
    let (status, v) = json_post(
        api,
        "/api/v1/query",
        Some(&w.eve),
        serde_json::json!({"query": "{service=\"api\"}", "since": "1d"}),
    );
    assert!(
        status == 403 || v["records"].as_array().is_some_and(Vec::is_empty),
        "an auditor reads no logs: {status} {v}"
    );

    // By person and action (`unmask` is short for unmasked reads), over a window.
    let (status, v) = search(
        api,
        &w.eve,
        serde_json::json!({"user": "alice", "action": "unmask", "since": "7d"}),
    );
    assert_eq!(status, 200, "{v}");
    assert_eq!(actions(&v), ["unmasked_read"]);
    let (_, v) = search(
        api,
        &w.eve,
        serde_json::json!({"user": "alice", "action": "unmask", "until": "2h"}),
    );
    assert!(actions(&v).is_empty(), "nothing before two hours ago");

    // Who saw this customer: the value goes in the body, becomes its keyed token, and only
    // the reader in clear is found.
    let (_, v) = search(
        api,
        &w.eve,
        serde_json::json!({"value": {"kind": "email", "value": JANE}, "since": "30d"}),
    );
    let who: Vec<&str> = v["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["entry"]["actor"]["user"]["name"].as_str().unwrap())
        .collect();
    assert_eq!(who, ["alice"]);
    let token = v["events"][0]["entry"]["unmapped"]["tokens"][0]
        .as_str()
        .unwrap()
        .to_owned();
    let (_, by_token) = search(api, &w.eve, serde_json::json!({"token": token}));
    assert_eq!(
        by_token["events"], v["events"],
        "the token masked lines show finds the same"
    );
    let (_, other) = search(
        api,
        &w.eve,
        serde_json::json!({"value": {"kind": "email", "value": "john.roe@example.com"}}),
    );
    assert!(
        actions(&other).is_empty(),
        "another customer was seen by nobody"
    );

    // Pages: one event at a time, continuing from the cursor, with nothing lost or repeated.
    let mut cursor: Option<u64> = None;
    let mut paged = Vec::new();
    loop {
        let mut body = serde_json::json!({"user": "alice", "limit": 1});
        if let Some(c) = cursor {
            body["cursor"] = c.into();
        }
        let (_, v) = search(api, &w.eve, body);
        paged.extend(actions(&v));
        match v["next_cursor"].as_u64() {
            Some(c) => cursor = Some(c),
            None => break,
        }
    }
    let (_, all) = search(api, &w.eve, serde_json::json!({"user": "alice"}));
    assert_eq!(paged, actions(&all));
    assert!(paged.len() >= 4, "{paged:?}");

    // Bad input: a clear 400 with a stable code.
    for (body, code) in [
        (
            serde_json::json!({"token": "email:nothex!!"}),
            "invalid_token",
        ),
        (serde_json::json!({"since": "last tuesday"}), "invalid_time"),
        (serde_json::json!({"limit": 0}), "invalid_limit"),
        (
            serde_json::json!({"value": {"kind": "shoe_size", "value": "9"}}),
            "unknown_kind",
        ),
        (serde_json::json!({"colour": "red"}), "invalid_body"),
    ] {
        let (status, v) = search(api, &w.eve, body.clone());
        assert_eq!(
            (status, v["error"]["code"].as_str()),
            (400, Some(code)),
            "{body}"
        );
    }

    // Every search is itself audited, with the value only as its token.
    let searches: Vec<serde_json::Value> = api
        .audit_events()
        .into_iter()
        .filter(|e| e["action"] == "audit_search")
        .collect();
    assert!(searches.iter().all(|e| e["actor"] == "eve"));
    assert!(searches.iter().any(|e| e["subject"]
        .as_str()
        .unwrap_or("")
        .contains(&format!("token:{token}"))));
    let raw = std::fs::read_to_string(api._dir.path().join("audit.jsonl")).unwrap();
    assert!(!raw.contains(JANE) && !raw.contains("john.roe"));
}

#[test]
fn the_access_review_lists_grants_reads_break_glass_and_unused_roles() {
    let w = world();
    let api = &w.api;
    api.role("idle", serde_json::json!({"services": ["api"]}));
    api.person("ivan", "idle");
    let report = |token: &str, query: &str| {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .build()
            .into();
        let mut r = agent
            .get(&format!("{}/api/v1/audit/report?{query}", api.url))
            .header("Authorization", &format!("Bearer {token}"))
            .call()
            .unwrap();
        let status = r.status().as_u16();
        (status, r.body_mut().read_to_string().unwrap())
    };
    let (status, text) = report(&w.eve, "since=30d");
    assert_eq!(status, 200, "{text}");
    assert!(text.starts_with("Access review "), "{text}");
    let section = |name: &str| -> String {
        let start = text
            .find(name)
            .unwrap_or_else(|| panic!("{name} in {text}"));
        let rest = &text[start..];
        rest[..rest[1..].find("\n\n").map_or(rest.len(), |e| e + 1)].to_owned()
    };
    assert!(section("Grants by scope and approver (1)").contains("services:api kinds:email  bob"));
    assert!(section("Unmasked reads per person (1)").contains("alice"));
    assert!(section("Unmasked reads per person").contains("email:1"));
    assert!(section("Break-glass grants awaiting review (0)").contains("none"));
    let unused = section("Unused standing roles");
    assert!(
        unused.contains("idle") && unused.contains("ivan"),
        "{unused}"
    );
    assert!(!unused.contains("alice"), "alice read under dev: {unused}");
    assert!(
        !unused.contains("bob"),
        "bob reviewed a request under lead: {unused}"
    );
    assert!(
        !unused.contains("eve"),
        "eve is reading the audit now: {unused}"
    );
    assert!(!text.contains(JANE), "the reason is masked");

    let (status, csv) = report(&w.eve, "since=30d&format=csv");
    assert_eq!(status, 200);
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some("section,c1,c2,c3,c4,c5"));
    assert!(
        csv.contains("grants,services:api kinds:email,bob,1,alice,"),
        "{csv}"
    );
    assert!(csv.contains("unmasked_reads,alice,1,1,email:1,"), "{csv}");
    assert!(csv
        .lines()
        .all(|l| l.split(',').count() >= 6 || l.contains('"')));

    assert_eq!(report(&w.alice, "since=30d").0, 403);
    assert_eq!(report(&w.eve, "since=soon").0, 400);
    assert_eq!(report(&w.eve, "format=pdf").0, 400);
    assert!(api
        .audit_events()
        .iter()
        .any(|e| e["action"] == "audit_report" && e["actor"] == "eve"));
}

#[test]
fn a_flood_of_refusals_from_one_address_writes_a_bounded_number_of_events_and_a_count() {
    let clock = manual_clock();
    let api = crate::start_in(
        tempfile::tempdir().unwrap(),
        Limits::default(),
        Arc::new(clock.clone()),
        config("[audit]\nrefusals_per_minute = 3\n"),
    );
    let refused = |n: usize| {
        for _ in 0..n {
            let (status, _) = json_post(
                &api,
                "/api/v1/query",
                Some("lv_0000000000000000_x"),
                serde_json::json!({}),
            );
            // The answer is the same whether or not the refusal is recorded on its own.
            assert_eq!(status, 401);
        }
    };
    let denied = || {
        api.audit_events()
            .into_iter()
            .filter(|e| e["action"] == "access_denied")
            .map(|e| {
                (
                    e["outcome"].as_str().unwrap().to_owned(),
                    e["count"].clone(),
                )
            })
            .collect::<Vec<_>>()
    };
    refused(50);
    assert_eq!(denied().len(), 3, "{:?}", denied());
    // The next minute: the next refusal brings the count of the last one's unrecorded 47.
    clock.advance(std::time::Duration::from_secs(61));
    refused(1);
    let events = denied();
    assert_eq!(events.len(), 5, "{events:?}");
    assert_eq!(events[3], ("suppressed".to_owned(), serde_json::json!(47)));
    assert_eq!(events[4].0, "denied");
    // A flood that stops is summed up by the background sweep.
    refused(10);
    clock.advance(std::time::Duration::from_secs(61));
    let now = logveil_core::Clock::now(&clock);
    for summary in api.state.refusals.expire(now) {
        api.rt
            .block_on(logveil_server::audit::denials::record_suppressed(
                &api.state, summary,
            ));
    }
    let events = denied();
    assert_eq!(events.len(), 8, "{events:?}");
    assert_eq!(events[7], ("suppressed".to_owned(), serde_json::json!(8)));
    let last = api.audit_events().pop().unwrap();
    assert_eq!(last["ocsf"]["status"], "Failure");
    assert_eq!(last["ocsf"]["src_endpoint"]["ip"], "127.0.0.1");
}

#[test]
fn guessing_a_password_locks_that_name_from_that_address_for_the_rest_of_the_window() {
    let clock = manual_clock();
    let api = start_with_clock(Limits::default(), Arc::new(clock.clone()));
    api.developer_and_lead_roles();
    api.person("alice", "dev");
    let login = |user: &str, password: &str| {
        json_post(
            &api,
            "/api/v1/login",
            None,
            serde_json::json!({"user": user, "password": password}),
        )
    };
    for _ in 0..10 {
        assert_eq!(login("alice", "not her password").0, 401);
    }
    // Locked: even the right password is refused, before it is checked, and says until when.
    let (status, v) = login("alice", "correct horse battery");
    assert_eq!(status, 429, "{v}");
    assert_eq!(v["error"]["code"], "sign_in_locked");
    assert!(
        v["error"]["message"]
            .as_str()
            .unwrap()
            .contains("try again in 15 minute(s)"),
        "{v}"
    );
    // Another name is not locked by alice's guesses.
    assert_eq!(login("bob", "not his password").0, 401);
    let outcomes: Vec<String> = api
        .audit_events()
        .into_iter()
        .filter(|e| e["action"] == "sign_in" && e["actor"] == "alice")
        .map(|e| e["outcome"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(outcomes.iter().filter(|o| *o == "failure").count(), 10);
    assert_eq!(outcomes.last().map(String::as_str), Some("locked"));
    // After the window, the right password works again.
    clock.advance(std::time::Duration::from_secs(15 * 60));
    assert_eq!(login("alice", "correct horse battery").0, 200);
}
