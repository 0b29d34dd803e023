//! Just-in-time access under configuration: scope rules (caps, N-of-M, approver roles),
//! auto-approval, break-glass, TOTP step-up, bad input, and the decision explainer.

use std::sync::Arc;

use logveil_core::{Clock, ManualClock, Timestamp};
use logveil_server::config::GatewayConfig;
use logveil_server::Limits;

use crate::{json_post, now_nanos, start_with_config, Api};

pub(crate) fn config(text: &str) -> GatewayConfig {
    GatewayConfig::from_toml(text).unwrap()
}

pub(crate) fn manual_clock() -> ManualClock {
    ManualClock::new(Timestamp::from_nanos(now_nanos() as i64))
}

/// Writes NDJSON records (service, level, message) and commits them.
pub(crate) fn push(api: &Api, records: &[(&str, &str, &str)]) {
    let services: Vec<&str> = records.iter().map(|r| r.0).collect();
    let token = api.token(&services);
    let body: String = records
        .iter()
        .map(|(s, l, m)| {
            format!(
                "{}\n",
                serde_json::json!({"service": s, "level": l, "message": m})
            )
        })
        .collect();
    assert_eq!(
        api.send("POST", "/api/v1/push", Some(&token), &[], body.as_bytes())
            .0,
        200
    );
    api.commit();
}

pub(crate) fn ask(api: &Api, token: &str, body: serde_json::Value) -> (u16, serde_json::Value) {
    json_post(api, "/api/v1/requests", Some(token), body)
}

pub(crate) fn act(
    api: &Api,
    token: &str,
    id: &str,
    action: &str,
    body: serde_json::Value,
) -> (u16, serde_json::Value) {
    json_post(
        api,
        &format!("/api/v1/requests/{id}/{action}"),
        Some(token),
        body,
    )
}

/// The lines a token's query returns, and whether the answer asks for a step-up.
pub(crate) fn lines(api: &Api, token: &str, query: &str) -> (Vec<String>, bool) {
    let (status, v) = json_post(
        api,
        "/api/v1/query",
        Some(token),
        serde_json::json!({"query": query, "since": "1d"}),
    );
    assert_eq!(status, 200, "{v}");
    let lines = v["records"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["line"].as_str().unwrap().to_owned())
        .collect();
    (lines, v["step_up_required"].as_bool() == Some(true))
}

fn audit(api: &Api) -> Vec<serde_json::Value> {
    api.audit_events()
}

/// The code an authenticator app shows for `secret` at `at`, `offset` steps away.
pub(crate) fn totp_code(secret: &str, at: Timestamp, offset: i64) -> String {
    let step = (at.as_unix_seconds() / 30 + offset) as u64;
    let code = logveil_server::totp::hotp(
        logveil_server::totp::Algorithm::Sha1,
        &logveil_server::totp::base32_decode(secret).unwrap(),
        step,
        6,
    );
    format!("{code:06}")
}

const CARD_LINE: &str = "charge ok card=4111 1111 1111 1111 customer=jane.doe@example.com";

#[test]
fn scope_rules_set_caps_approval_counts_and_approver_roles() {
    let api = start_with_config(
        Limits::default(),
        Arc::new(logveil_core::SystemClock),
        config(
            r#"
            [access]
            max_duration = "2h"
            [[access.scope]]
            services = ["payments"]
            kinds = ["credit_card"]
            max_duration = "30m"
            approvals = 2
            approvers = ["payments-leads"]
            "#,
        ),
    );
    push(&api, &[("payments", "info", CARD_LINE)]);
    api.role("dev", serde_json::json!({"services": ["payments"]}));
    api.role(
        "payments-leads",
        serde_json::json!({"services": ["payments"]}),
    );
    api.role(
        "approvers",
        serde_json::json!({"services": ["payments"], "approver_for": ["*"]}),
    );
    let alice = api.person("alice", "dev");
    let (lead1, lead2, other) = (
        api.person("lead1", "payments-leads"),
        api.person("lead2", "payments-leads"),
        api.person("olga", "approvers"),
    );
    let card = |d: &str| serde_json::json!({"services": ["payments"], "unmask": ["credit_card"], "for": d, "reason": "INC-9 refunds"});
    let (status, v) = ask(&api, &alice, card("1h"));
    assert_eq!(
        (status, v["error"]["code"].as_str()),
        (400, Some("invalid_duration"))
    );
    assert!(
        v["error"]["message"]
            .as_str()
            .unwrap()
            .contains("30 minutes"),
        "{v}"
    );
    let (status, v) = ask(&api, &alice, card("30m"));
    assert_eq!(status, 200, "{v}");
    assert_eq!(v["needed"], 2);
    let id = v["id"].as_str().unwrap().to_owned();
    assert_eq!(
        act(&api, &other, &id, "approve", serde_json::json!({})).0,
        403,
        "approver_for alone does not cover a scope whose rule names approver roles"
    );
    let (status, v) = act(&api, &lead1, &id, "approve", serde_json::json!({}));
    assert_eq!(
        (status, v["status"].as_str()),
        (200, Some("pending")),
        "1 of 2"
    );
    assert_eq!(
        act(&api, &lead1, &id, "approve", serde_json::json!({})).0,
        409,
        "each reviewer counts once"
    );
    assert!(!lines(&api, &alice, "{service=\"payments\"}").0[0].contains("4111 1111 1111 1111"));
    let (status, v) = act(&api, &lead2, &id, "approve", serde_json::json!({}));
    assert_eq!(
        (status, v["status"].as_str()),
        (200, Some("active")),
        "2 of 2"
    );
    assert!(lines(&api, &alice, "{service=\"payments\"}").0[0].contains("4111 1111 1111 1111"));

    // Other kinds on the same service fall under the global rules: 2 h, one approval by
    // approver_for.
    let (status, v) = ask(
        &api,
        &alice,
        serde_json::json!({"services": ["payments"], "unmask": ["email"], "for": "2h", "reason": "INC-9 refunds"}),
    );
    assert_eq!((status, v["needed"].as_u64()), (200, Some(1)), "{v}");
    let id = v["id"].as_str().unwrap();
    assert_eq!(
        act(&api, &other, id, "approve", serde_json::json!({})).0,
        200
    );
}

#[test]
fn auto_approval_rules_need_on_call_severity_and_scope_and_are_recorded_as_the_rules_review() {
    let dir = tempfile::tempdir().unwrap();
    let rota = dir.path().join("on-call.txt");
    std::fs::write(&rota, "# this week\nalice\n").unwrap();
    let api = start_with_config(
        Limits::default(),
        Arc::new(logveil_core::SystemClock),
        config(&format!(
            r#"
            [[access.auto_approve]]
            name = "sev1-on-call"
            services = ["api"]
            kinds = ["email"]
            severities = ["SEV1", "sev2"]
            on_call_file = "{}"
            max_duration = "1h"
            "#,
            rota.display()
        )),
    );
    push(
        &api,
        &[(
            "api",
            "info",
            "login by jane.doe@example.com from 203.0.113.9",
        )],
    );
    api.role("dev", serde_json::json!({"services": ["api"]}));
    let (alice, bob) = (api.person("alice", "dev"), api.person("bob", "dev"));
    let asking = |token: &str, kinds: &[&str], sev: &str, d: &str| {
        let (status, v) = ask(
            &api,
            token,
            serde_json::json!({"services": ["api"], "unmask": kinds, "for": d,
                "reason": "checkout down", "incident": {"id": "INC-4213", "severity": sev}}),
        );
        assert_eq!(status, 200, "{v}");
        (v["status"].as_str().unwrap().to_owned(), v)
    };
    let (status, v) = asking(&alice, &["email"], "sev1", "30m");
    assert_eq!(status, "active", "on call, sev1, in scope");
    assert_eq!(v["approvals"], serde_json::json!(["rule:sev1-on-call"]));
    assert_eq!(v["incident"]["severity"], "sev1");
    assert!(lines(&api, &alice, "{service=\"api\"}").0[0].contains("jane.doe@example.com"));
    assert_eq!(
        asking(&alice, &["email"], "sev3", "30m").0,
        "pending",
        "severity"
    );
    assert_eq!(
        asking(&bob, &["email"], "sev1", "30m").0,
        "pending",
        "not on call"
    );
    assert_eq!(
        asking(&alice, &["email", "ipv4"], "sev1", "30m").0,
        "pending",
        "kinds beyond the rule"
    );
    assert_eq!(
        asking(&alice, &["email"], "sev1", "2h").0,
        "pending",
        "longer than the rule gives"
    );
    std::fs::write(&rota, "bob\n").unwrap();
    assert_eq!(
        asking(&alice, &["email"], "sev1", "30m").0,
        "pending",
        "the rota is read at each decision"
    );
    assert_eq!(asking(&bob, &["email"], "sev2", "30m").0, "active");
    std::fs::remove_file(&rota).unwrap();
    assert_eq!(
        asking(&bob, &["email"], "sev2", "30m").0,
        "pending",
        "an unreadable rota approves nobody"
    );
    let (status, v) = ask(
        &api,
        &alice,
        serde_json::json!({"services": ["api"], "unmask": ["email"], "for": "30m",
            "reason": "checkout down", "incident": {"id": "", "severity": "sev1"}}),
    );
    assert_eq!(
        (status, v["error"]["code"].as_str()),
        (400, Some("invalid_incident"))
    );

    let events = audit(&api);
    let auto: Vec<&serde_json::Value> = events
        .iter()
        .filter(|e| e["action"] == "access_auto_approve")
        .collect();
    assert_eq!(auto.len(), 2);
    assert!(auto.iter().all(|e| e["actor"] == "rule:sev1-on-call"));
}

#[test]
fn break_glass_is_self_activated_short_and_waits_for_review() {
    let closed = start_with_config(
        Limits::default(),
        Arc::new(logveil_core::SystemClock),
        GatewayConfig::default(),
    );
    push(&closed, &[("payments", "info", CARD_LINE)]);
    closed.role("dev", serde_json::json!({"services": ["payments"]}));
    let alice = closed.person("alice", "dev");
    let glass = serde_json::json!({"services": ["payments"], "unmask": ["credit_card"], "for": "15m",
        "reason": "INC-4214 fraud in progress", "break_glass": true});
    assert_eq!(
        ask(&closed, &alice, glass.clone()).0,
        403,
        "off unless configured"
    );

    let api = start_with_config(
        Limits::default(),
        Arc::new(logveil_core::SystemClock),
        config("[access.break_glass]\nenabled = true\nservices = [\"payments\"]\nmax_duration = \"20m\""),
    );
    push(
        &api,
        &[("payments", "info", CARD_LINE), ("api", "info", "x")],
    );
    api.role("dev", serde_json::json!({"services": ["payments", "api"]}));
    api.role(
        "lead",
        serde_json::json!({"services": ["payments"], "approver_for": ["payments"]}),
    );
    let (alice, bob) = (api.person("alice", "dev"), api.person("bob", "lead"));
    let mut long = glass.clone();
    long["for"] = "1h".into();
    assert_eq!(
        ask(&api, &alice, long).1["error"]["code"],
        "invalid_duration"
    );
    let mut elsewhere = glass.clone();
    elsewhere["services"] = serde_json::json!(["api"]);
    assert_eq!(
        ask(&api, &alice, elsewhere).0,
        403,
        "only the configured services"
    );
    let (status, v) = ask(&api, &alice, glass);
    assert_eq!(status, 200, "{v}");
    assert_eq!(
        (v["status"].as_str(), v["break_glass"].as_bool()),
        (Some("active"), Some(true))
    );
    assert_eq!(v["awaiting_review"], true);
    let id = v["id"].as_str().unwrap().to_owned();
    assert!(lines(&api, &alice, "{service=\"payments\"}").0[0].contains("4111 1111 1111 1111"));
    let (_, inbox) = api.send("GET", "/api/v1/requests", Some(&bob), &[], b"");
    let inbox: serde_json::Value = serde_json::from_slice(&inbox).unwrap();
    assert!(inbox["requests"]
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["id"] == id.as_str() && r["awaiting_review"] == true));
    let verdict = serde_json::json!({"justified": true, "reason": "confirmed fraud case INC-4214"});
    assert_eq!(
        act(&api, &alice, &id, "review", verdict.clone()).1["error"]["code"],
        "self_review"
    );
    assert_eq!(
        act(
            &api,
            &bob,
            &id,
            "review",
            serde_json::json!({"reason": "fine by me"})
        )
        .1["error"]["code"],
        "invalid_body",
        "a verdict is required"
    );
    let (status, v) = act(&api, &bob, &id, "review", verdict.clone());
    assert_eq!(status, 200, "{v}");
    assert_eq!(v["awaiting_review"], false);
    assert_eq!(v["post_review"]["by"], "bob");
    assert_eq!(
        act(&api, &bob, &id, "review", verdict).0,
        409,
        "reviewed once"
    );
    assert!(audit(&api)
        .iter()
        .any(|e| e["action"] == "break_glass" && e["actor"] == "alice"));
}

#[test]
fn step_up_is_required_by_scope_before_values_show_and_codes_work_once() {
    let clock = manual_clock();
    let api = start_with_config(
        Limits::default(),
        Arc::new(clock.clone()),
        config(
            "[access]\nstep_up_valid = \"10m\"\n[[access.scope]]\nservices = [\"payments\"]\nstep_up = true",
        ),
    );
    push(&api, &[("payments", "info", CARD_LINE)]);
    api.role("dev", serde_json::json!({"services": ["payments"]}));
    api.role(
        "lead",
        serde_json::json!({"services": ["payments"], "approver_for": ["payments"]}),
    );
    let (alice, bob) = (api.person("alice", "dev"), api.person("bob", "lead"));
    let (status, v) = ask(
        &api,
        &alice,
        serde_json::json!({"services": ["payments"], "unmask": ["credit_card"], "for": "1h", "reason": "INC-5 refunds"}),
    );
    assert_eq!((status, v["step_up"].as_bool()), (200, Some(true)), "{v}");
    let id = v["id"].as_str().unwrap().to_owned();
    assert_eq!(
        act(&api, &bob, &id, "approve", serde_json::json!({})).0,
        200
    );
    let q = "{service=\"payments\"}";
    let (shown, wants) = lines(&api, &alice, q);
    assert!(
        !shown[0].contains("4111 1111 1111 1111") && wants,
        "masked until a step-up"
    );

    let code = |body: serde_json::Value, path: &str| json_post(&api, path, Some(&alice), body);
    assert_eq!(
        code(serde_json::json!({"code": "123456"}), "/api/v1/step-up").1["error"]["code"],
        "totp_not_enrolled"
    );
    let (status, enrol) = code(serde_json::json!({}), "/api/v1/totp/enroll");
    assert_eq!(status, 200, "{enrol}");
    let secret = enrol["secret"].as_str().unwrap().to_owned();
    assert!(enrol["uri"]
        .as_str()
        .unwrap()
        .starts_with("otpauth://totp/logveil:alice?secret="));
    let now = clock.now();
    let (status, v) = code(
        serde_json::json!({"code": totp_code(&secret, now, 0)}),
        "/api/v1/totp/confirm",
    );
    assert_eq!(status, 200, "{v}");
    assert!(
        lines(&api, &alice, q).0[0].contains("4111 1111 1111 1111"),
        "confirming steps up"
    );
    assert_eq!(
        code(
            serde_json::json!({"code": totp_code(&secret, now, 0)}),
            "/api/v1/step-up"
        )
        .1["error"]["code"],
        "totp_replayed"
    );
    assert_eq!(
        code(serde_json::json!({"code": "12345"}), "/api/v1/step-up").1["error"]["code"],
        "totp_malformed"
    );
    // Enrolled already: replacing needs a fresh step-up, which this session has.
    assert_eq!(code(serde_json::json!({}), "/api/v1/totp/enroll").0, 200);

    clock.advance(std::time::Duration::from_secs(11 * 60));
    let (shown, wants) = lines(&api, &alice, q);
    assert!(
        !shown[0].contains("4111 1111 1111 1111") && wants,
        "a step-up lapses"
    );
    assert_eq!(
        code(serde_json::json!({}), "/api/v1/totp/enroll").0,
        403,
        "a stale session cannot swap the authenticator"
    );
    let now = clock.now();
    let (status, v) = code(
        serde_json::json!({"code": totp_code(&secret, now, 1)}),
        "/api/v1/step-up",
    );
    assert_eq!(status, 200, "one step of drift is accepted: {v}");
    assert!(lines(&api, &alice, q).0[0].contains("4111 1111 1111 1111"));
    let bob_sees = lines(&api, &bob, q).0;
    assert!(
        !bob_sees[0].contains("4111 1111 1111 1111"),
        "the step-up is alice's alone"
    );

    for _ in 0..5 {
        assert_eq!(
            code(serde_json::json!({"code": "000000"}), "/api/v1/step-up").1["error"]["code"],
            "totp_wrong"
        );
    }
    let (status, v) = code(
        serde_json::json!({"code": totp_code(&secret, now, 2)}),
        "/api/v1/step-up",
    );
    assert_eq!(
        (status, v["error"]["code"].as_str()),
        (429, Some("totp_locked"))
    );
    let events = audit(&api);
    assert!(events
        .iter()
        .any(|e| e["action"] == "step_up" && e["outcome"] == "failure"));
    assert!(
        !events.iter().any(|e| e.to_string().contains(&secret)),
        "never the secret"
    );
}

#[test]
fn bad_input_gets_a_clear_4xx_with_a_stable_code() {
    let api = start_with_config(
        Limits::default(),
        Arc::new(logveil_core::SystemClock),
        GatewayConfig::default(),
    );
    push(&api, &[("api", "info", "hello")]);
    api.role(
        "dev",
        serde_json::json!({"services": ["api"], "approver_for": ["api"]}),
    );
    let alice = api.person("alice", "dev");
    let base = serde_json::json!({"services": ["api"], "unmask": ["email"], "for": "30m", "reason": "INC-1 check"});
    let with = |k: &str, v: serde_json::Value| {
        let mut b = base.clone();
        b[k] = v;
        b
    };
    for (body, status, code) in [
        (
            with("services", serde_json::json!(["nope"])),
            400,
            "unknown_service",
        ),
        (
            with("services", serde_json::json!(["../etc"])),
            400,
            "invalid_service",
        ),
        (
            with("unmask", serde_json::json!(["shoe_size"])),
            400,
            "unknown_kind",
        ),
        (with("for", "5h".into()), 400, "invalid_duration"),
        (with("for", "10s".into()), 400, "invalid_duration"),
        (with("for", "soon".into()), 400, "invalid_duration"),
        (with("reason", "".into()), 400, "invalid_reason"),
        (with("reason", "  \u{7} ".into()), 400, "invalid_reason"),
        (with("level", "loud".into()), 400, "invalid_level"),
        (
            with("logs_from", "2026-01-02T00:00:00Z".into())
                .as_object()
                .cloned()
                .map(|mut o| {
                    o.insert("logs_to".into(), "2026-01-01T00:00:00Z".into());
                    serde_json::Value::Object(o)
                })
                .unwrap(),
            400,
            "invalid_range",
        ),
        (with("surprise", true.into()), 400, "invalid_body"),
        (with("break_glass", true.into()), 403, "forbidden"),
    ] {
        let (got, v) = ask(&api, &alice, body.clone());
        assert_eq!(
            (got, v["error"]["code"].as_str()),
            (status, Some(code)),
            "{body}: {v}"
        );
        assert!(v["error"]["message"]
            .as_str()
            .is_some_and(|m| !m.is_empty()));
    }
    let (got, v) = api.send(
        "POST",
        "/api/v1/requests",
        Some(&alice),
        &[("Content-Type", "application/json")],
        b"{\"services\": [",
    );
    assert_eq!(got, 400, "{}", String::from_utf8_lossy(&v));
    for (id, status, code) in [
        ("req_0000000000000000", 404, "not_found"),
        ("req_zz", 400, "invalid_id"),
        ("..%2F..%2Fetc", 400, "invalid_id"),
        ("req_00000000000000000000", 400, "invalid_id"),
    ] {
        let (got, v) = act(&api, &alice, id, "approve", serde_json::json!({}));
        assert_eq!(
            (got, v["error"]["code"].as_str()),
            (status, Some(code)),
            "{id}: {v}"
        );
    }
    let (status, v) = ask(&api, &alice, base);
    assert_eq!(status, 200);
    let id = v["id"].as_str().unwrap();
    assert_eq!(
        act(&api, &alice, id, "frobnicate", serde_json::json!({})).0,
        404
    );
    assert_eq!(
        act(&api, &alice, id, "deny", serde_json::json!({"reason": 5})).1["error"]["code"],
        "invalid_body"
    );
}

#[test]
fn policy_check_explains_what_is_decided_and_why() {
    let api = start_with_config(
        Limits::default(),
        Arc::new(logveil_core::SystemClock),
        config(
            "[[access.scope]]\nservices = [\"payments\"]\napprovals = 2\napprovers = [\"leads\"]",
        ),
    );
    push(&api, &[("payments", "info", CARD_LINE)]);
    api.role(
        "dev",
        serde_json::json!({"services": ["payments"], "min_level": "info"}),
    );
    api.role("leads", serde_json::json!({"services": ["payments"]}));
    let bob = api.person("bob", "dev");
    let (l1, l2) = (api.person("lee", "leads"), api.person("liu", "leads"));
    let check = |token: &str, body: serde_json::Value| {
        json_post(&api, "/api/v1/policy/check", Some(token), body)
    };
    assert_eq!(
        check(
            &bob,
            serde_json::json!({"user": "bob", "action": "administer"})
        )
        .0,
        403,
        "administrators only"
    );
    let admin = api.admin.clone();
    let (status, v) = check(
        &admin,
        serde_json::json!({"user": "bob", "action": "read_masked", "service": "payments"}),
    );
    assert_eq!(
        (status, v["decision"].as_str()),
        (200, Some("allow")),
        "{v}"
    );
    assert_eq!(v["policies"], serde_json::json!(["read_masked_by_role"]));
    let (_, v) = check(
        &admin,
        serde_json::json!({"user": "bob", "action": "read_masked", "service": "payments", "level": "debug"}),
    );
    assert_eq!(v["decision"], "deny");
    assert!(v["because"].to_string().contains("default deny"), "{v}");
    let unmask = serde_json::json!({"user": "bob", "action": "read_unmasked", "service": "payments", "kind": "credit_card"});
    let (_, v) = check(&admin, unmask.clone());
    assert_eq!(v["decision"], "deny");
    let (_, r) = ask(
        &api,
        &bob,
        serde_json::json!({"services": ["payments"], "unmask": ["credit_card"], "for": "30m", "reason": "INC-7 refunds"}),
    );
    let id = r["id"].as_str().unwrap();
    let (_, v) = check(&admin, unmask.clone());
    assert!(v["because"].to_string().contains("0 of 2 approvals"), "{v}");
    let (_, v) = check(
        &admin,
        serde_json::json!({"user": "lee", "action": "approve", "service": "payments"}),
    );
    assert_eq!(v["decision"], "allow", "{v}");
    assert!(v["because"].to_string().contains("leads"));
    assert_eq!(
        check(
            &admin,
            serde_json::json!({"user": "bob", "action": "approve", "service": "payments"})
        )
        .1["decision"],
        "deny"
    );
    act(&api, &l1, id, "approve", serde_json::json!({}));
    act(&api, &l2, id, "approve", serde_json::json!({}));
    let (_, v) = check(&admin, unmask);
    assert_eq!(v["decision"], "allow", "{v}");
    assert_eq!(v["policies"], serde_json::json!(["read_unmasked_by_grant"]));
    assert!(
        audit(&api)
            .iter()
            .any(|e| e["action"] == "policy_check" && e["subject"] == "user:bob"),
        "explaining someone's access is audited"
    );
    for (body, code) in [
        (
            serde_json::json!({"user": "nobody", "action": "administer"}),
            "unknown_user",
        ),
        (
            serde_json::json!({"user": "bob", "action": "fly"}),
            "invalid_action",
        ),
        (
            serde_json::json!({"user": "bob", "action": "read_unmasked", "service": "payments"}),
            "invalid_body",
        ),
    ] {
        assert_eq!(check(&admin, body).1["error"]["code"], code);
    }
}

/// Follows a tail in a thread; each record's line arrives on the channel.
pub(crate) fn follow(api: &Api, token: &str, query: &str) -> std::sync::mpsc::Receiver<String> {
    let (tx, rx) = std::sync::mpsc::channel::<String>();
    let url = api.url.clone();
    let token = token.to_owned();
    let query = query.to_owned();
    std::thread::spawn(move || {
        let r = ureq::post(&format!("{url}/api/v1/tail"))
            .header("Authorization", &format!("Bearer {token}"))
            .send_json(serde_json::json!({"query": query, "limit": 1}))
            .unwrap();
        let mut reader = std::io::BufReader::new(r.into_body().into_reader());
        let mut l = String::new();
        while std::io::BufRead::read_line(&mut reader, &mut l).unwrap_or(0) > 0 {
            if let Some(data) = l.strip_prefix("data: ") {
                let v: serde_json::Value = serde_json::from_str(data.trim()).unwrap();
                if tx
                    .send(v["line"].as_str().unwrap_or("").to_owned())
                    .is_err()
                {
                    return;
                }
            }
            l.clear();
        }
    });
    rx
}

#[test]
fn a_real_short_grant_turns_an_open_tail_masked_at_its_deadline() {
    // Real time throughout: a 3-second grant (the configured minimum is 1 s).
    let api = start_with_config(
        Limits::default(),
        Arc::new(logveil_core::SystemClock),
        config("[access]\nmin_duration = \"1s\""),
    );
    push(&api, &[("api", "info", "warm-up for jane.doe@example.com")]);
    api.role("dev", serde_json::json!({"services": ["api"]}));
    api.role(
        "lead",
        serde_json::json!({"services": ["api"], "approver_for": ["api"]}),
    );
    let (alice, bob) = (api.person("alice", "dev"), api.person("bob", "lead"));
    let (_, v) = ask(
        &api,
        &alice,
        serde_json::json!({"services": ["api"], "unmask": ["email"], "for": "3s", "reason": "INC-80 short look"}),
    );
    let id = v["id"].as_str().unwrap().to_owned();
    let rx = follow(&api, &alice, "{service=\"api\"} |= \"order\"");
    std::thread::sleep(std::time::Duration::from_millis(300));
    let ingest = api.token(&["api"]);
    let send = |n: u32| -> String {
        let body =
            format!("{{\"service\":\"api\",\"message\":\"order {n} for jane.doe@example.com\"}}\n");
        assert_eq!(
            api.send("POST", "/api/v1/push", Some(&ingest), &[], body.as_bytes())
                .0,
            200
        );
        rx.recv_timeout(std::time::Duration::from_secs(5)).unwrap()
    };
    assert_eq!(send(1), "order 1 for j***@example.com", "before approval");
    let (status, v) = act(&api, &bob, &id, "approve", serde_json::json!({}));
    assert_eq!(status, 200);
    let approved = std::time::Instant::now();
    let deadline = v["ends_at"].as_str().unwrap().to_owned();
    // The tail reloads grants at most once a second.
    std::thread::sleep(std::time::Duration::from_millis(1100));
    let inside = send(2);
    let sent_inside = approved.elapsed();
    if sent_inside < std::time::Duration::from_secs(3) {
        assert_eq!(
            inside, "order 2 for jane.doe@example.com",
            "inside the grant"
        );
    }
    let wait = std::time::Duration::from_millis(3100).saturating_sub(approved.elapsed());
    std::thread::sleep(wait);
    assert_eq!(
        send(3),
        "order 3 for j***@example.com",
        "masked from the deadline {deadline} on, on the same stream"
    );
    let (shown, _) = lines(&api, &alice, "{service=\"api\"} |= \"order 2\"");
    assert_eq!(
        shown,
        vec!["order 2 for j***@example.com"],
        "and in queries"
    );
}
