//! Alert rules end to end: real actions through the API (or, where no endpoint produces an
//! event yet, events recorded straight into the audit log), a real webhook receiver, and the
//! gateway's clock driven by hand so windows open and close when the test says.

use std::sync::Arc;
use std::time::{Duration, Instant};

use logveil_core::ManualClock;
use logveil_server::audit::AuditEvent;
use logveil_server::Limits;

use crate::access::{act, ask, config, manual_clock, push};
use crate::notify::{receiver, sign, webhook, Got, Receiver, SECRET};
use crate::{json_post, start_with_config, Api};

const CARD: &str = "4111 1111 1111 1111";
const EMAIL: &str = "jane.doe@example.com";

/// A gateway on `clock` whose one webhook takes only alerts, under `alerts` (TOML added to the
/// file as is).
fn alerting(alerts: &str, clock: &ManualClock) -> (Api, Receiver) {
    let rec = receiver(&[], 200);
    let text = format!(
        "{alerts}\n[access.break_glass]\nenabled = true\nservices = [\"payments\"]\n{}",
        webhook(&rec.url, "events = [\"alert\"]")
    );
    let api = start_with_config(Limits::default(), Arc::new(clock.clone()), config(&text));
    (api, rec)
}

/// Every alert delivered so far whose rule is `rule`, waiting (at most 10 s) for `n`.
fn alerts(rec: &Receiver, rule: &str, n: usize) -> Vec<Got> {
    let start = Instant::now();
    loop {
        let got: Vec<Got> = rec
            .wait_for(0)
            .into_iter()
            .filter(|d| d.json()["logveil"]["rule"] == rule)
            .collect();
        if got.len() >= n || start.elapsed() > Duration::from_secs(10) {
            assert!(got.len() >= n, "{} of {n} {rule} alerts arrived", got.len());
            return got;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Waits a moment for anything still in flight, then answers how many `rule` alerts arrived.
fn settled(rec: &Receiver, rule: &str) -> usize {
    std::thread::sleep(Duration::from_millis(300));
    alerts(rec, rule, 0).len()
}

/// The audit log's `alert` records of `rule` (any rule: `None`), waiting (at most 10 s) for
/// `n`: they are written by a task of their own, after the event that raised them.
fn alert_records(api: &Api, rule: Option<&str>, n: usize) -> Vec<serde_json::Value> {
    let start = Instant::now();
    loop {
        let got: Vec<serde_json::Value> = api
            .audit_events()
            .into_iter()
            .filter(|e| e["action"] == "alert" && rule.is_none_or(|r| e["subject"] == r))
            .collect();
        if got.len() >= n || start.elapsed() > Duration::from_secs(10) {
            assert!(got.len() >= n, "{} of {n} alert records", got.len());
            return got;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Records `e` as the handlers do, as if an endpoint had produced it.
fn record(api: &Api, e: &AuditEvent) {
    api.rt.block_on(api.state.audit.record(e)).unwrap();
}

fn event(api: &Api, actor: &str, action: &'static str, outcome: &'static str) -> AuditEvent {
    AuditEvent::new(api.storage.clock().now(), actor, action, outcome)
}

/// Unmasked records read by `token` on `service`, at most `limit`: the count an
/// `unmasked_read` event carries.
fn read(api: &Api, token: &str, service: &str, limit: usize) -> Vec<String> {
    let (status, v) = json_post(
        api,
        "/api/v1/query",
        Some(token),
        serde_json::json!({"query": format!("{{service=\"{service}\"}}"), "since": "1d", "limit": limit}),
    );
    assert_eq!(status, 200, "{v}");
    let lines: Vec<String> = v["records"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["line"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(lines.len(), limit, "{v}");
    lines
}

/// Asks for and approves (as bob) a 30-minute grant unmasking `kinds` on `service`.
fn grant(api: &Api, requester: &str, approver: &str, service: &str, kinds: &[&str]) -> String {
    let (status, v) = ask(
        api,
        requester,
        serde_json::json!({"services": [service], "unmask": kinds, "for": "30m", "reason": "INC-77 refunds"}),
    );
    assert_eq!(status, 200, "{v}");
    let id = v["id"].as_str().unwrap().to_owned();
    let (status, v) = act(api, approver, &id, "approve", serde_json::json!({}));
    assert_eq!((status, v["status"].as_str()), (200, Some("active")), "{v}");
    id
}

/// alice (reads payments and api) and bob (approves both).
fn people(api: &Api) -> (String, String) {
    api.role("dev", serde_json::json!({"services": ["payments", "api"]}));
    api.role(
        "lead",
        serde_json::json!({"services": ["payments", "api"], "approver_for": ["*"]}),
    );
    (api.person("alice", "dev"), api.person("bob", "lead"))
}

fn assert_signed_and_clean(d: &Got) {
    assert_eq!(d.header("x-logveil-event"), "alert");
    assert_eq!(
        d.header("x-logveil-signature"),
        sign(SECRET, d.header("x-logveil-timestamp"), &d.body),
        "signed like every delivery"
    );
    let raw = String::from_utf8_lossy(&d.body);
    for value in [
        CARD, "4111", EMAIL, "jane.doe", "INC-77", "INC-4214", "service=", SECRET,
    ] {
        assert!(!raw.contains(value), "{value} in {raw}");
    }
}

#[test]
fn break_glass_and_a_card_read_raise_signed_slack_alerts_without_any_value() {
    let clock = manual_clock();
    let (api, rec) = alerting("", &clock);
    push(
        &api,
        &[(
            "payments",
            "info",
            &format!("charge ok card={CARD} customer={EMAIL}"),
        )],
    );
    let (alice, _) = people(&api);
    let (status, v) = ask(
        &api,
        &alice,
        serde_json::json!({"services": ["payments"], "unmask": ["credit_card", "email"], "for": "15m",
            "reason": "INC-4214 fraud in progress", "break_glass": true}),
    );
    assert_eq!(status, 200, "{v}");
    let id = v["id"].as_str().unwrap().to_owned();

    let glass = &alerts(&rec, "break_glass", 1)[0];
    assert_signed_and_clean(glass);
    let v = glass.json();
    let text = v["text"].as_str().unwrap();
    assert!(
        text.contains("Break-glass access activated by alice"),
        "{text}"
    );
    let m = &v["logveil"];
    assert_eq!(m["kind"], "alert");
    assert_eq!(m["severity"], "critical");
    assert_eq!(m["actor"], "alice");
    assert_eq!(m["action"], "break_glass");
    assert_eq!(m["grants"], serde_json::json!([id]));
    assert!(m["id"].as_str().unwrap().starts_with("alert_"));
    assert!(v["blocks"].as_array().unwrap().len() >= 2, "{v}");

    // The grant shows the card and the email; only the card is a listed kind.
    let shown = read(&api, &alice, "payments", 1);
    assert!(
        shown[0].contains(CARD) && shown[0].contains(EMAIL),
        "{shown:?}"
    );
    let card = &alerts(&rec, "unmask_kinds", 1)[0];
    assert_signed_and_clean(card);
    let v = card.json();
    let text = v["text"].as_str().unwrap();
    assert!(
        text.contains("alice read credit_card (1) unmasked"),
        "{text}"
    );
    let m = &v["logveil"];
    assert_eq!(m["severity"], "high");
    assert_eq!(
        m["kinds"],
        serde_json::json!([{"kind": "credit_card", "count": 1}])
    );
    assert_eq!(m["grants"], serde_json::json!([id]));
    assert!(m.get("selector").is_none(), "{m}");

    let glass = alert_records(&api, Some("break_glass"), 1);
    assert_eq!(glass[0]["grants"], serde_json::json!([id]));
    let card = alert_records(&api, Some("unmask_kinds"), 1);
    assert_eq!(card[0]["revealed"], serde_json::json!({"credit_card": 1}));
    assert!(
        rec.wait_for(0)
            .iter()
            .all(|d| d.header("x-logveil-event") == "alert"),
        "the webhook takes alerts only: the break-glass access notification is not among them"
    );
    for e in [&glass[0], &card[0]] {
        assert_eq!(
            (e["outcome"].as_str(), e["actor"].as_str()),
            (Some("raised"), Some("alice"))
        );
    }
}

#[test]
fn reads_of_a_listed_kind_through_a_grant_alert_once_per_quiet_period() {
    let clock = manual_clock();
    let (api, rec) = alerting("[alerts.bulk_unmask]\nenabled = false", &clock);
    push(
        &api,
        &[
            ("payments", "info", &format!("charge ok card={CARD}")),
            ("api", "info", &format!("login by {EMAIL}")),
        ],
    );
    let (alice, bob) = people(&api);
    grant(&api, &alice, &bob, "api", &["email"]);
    assert!(read(&api, &alice, "api", 1)[0].contains(EMAIL));
    grant(&api, &alice, &bob, "payments", &["credit_card"]);
    assert!(read(&api, &alice, "payments", 1)[0].contains(CARD));
    let first = alerts(&rec, "unmask_kinds", 1);
    assert_eq!(
        first[0].json()["logveil"]["kinds"],
        serde_json::json!([{"kind": "credit_card", "count": 1}])
    );
    assert_signed_and_clean(&first[0]);

    read(&api, &alice, "payments", 1);
    assert_eq!(settled(&rec, "unmask_kinds"), 1, "quiet for 10 minutes");
    clock.advance(Duration::from_secs(10 * 60));
    read(&api, &alice, "payments", 1);
    alerts(&rec, "unmask_kinds", 2);
    assert_eq!(
        settled(&rec, "unmask_kinds"),
        2,
        "the email reads never alerted"
    );
}

#[test]
fn bulk_unmasking_alerts_past_n_records_once_per_window_and_again_in_a_later_window() {
    let clock = manual_clock();
    let (api, rec) = alerting(
        "[alerts]\nunmask_kinds = []\n[alerts.bulk_unmask]\nrecords = 3\nwindow = \"10m\"",
        &clock,
    );
    let lines: Vec<String> = (0..4).map(|i| format!("login {i} by {EMAIL}")).collect();
    let records: Vec<(&str, &str, &str)> =
        lines.iter().map(|l| ("api", "info", l.as_str())).collect();
    push(&api, &records);
    let (alice, bob) = people(&api);
    grant(&api, &alice, &bob, "api", &["email"]);

    read(&api, &alice, "api", 3);
    assert_eq!(
        settled(&rec, "bulk_unmask"),
        0,
        "3 records is not more than 3"
    );
    read(&api, &alice, "api", 1);
    let first = alerts(&rec, "bulk_unmask", 1);
    assert_signed_and_clean(&first[0]);
    let v = first[0].json();
    let m = &v["logveil"];
    assert_eq!(
        (m["count"].as_u64(), m["limit"].as_u64()),
        (Some(4), Some(3))
    );
    assert_eq!(m["window_secs"], 600);
    assert_eq!(m["actor"], "alice");
    assert!(
        v["text"]
            .as_str()
            .unwrap()
            .contains("alice read 4 records unmasked within 10m (limit 3)"),
        "{v}"
    );

    read(&api, &alice, "api", 4);
    clock.advance(Duration::from_secs(9 * 60));
    read(&api, &alice, "api", 2);
    assert_eq!(settled(&rec, "bulk_unmask"), 1, "one alert per window");

    // Ten minutes and a second after the last read, everything counted before is out of the
    // window: the count starts again, and crossing it again alerts again.
    clock.advance(Duration::from_secs(10 * 60 + 1));
    read(&api, &alice, "api", 3);
    assert_eq!(
        settled(&rec, "bulk_unmask"),
        1,
        "3 again is not more than 3"
    );
    read(&api, &alice, "api", 1);
    let both = alerts(&rec, "bulk_unmask", 2);
    assert_eq!(both[1].json()["logveil"]["count"], 4);
    alert_records(&api, Some("bulk_unmask"), 2);
}

#[test]
fn repeated_denials_of_one_actor_alert_once_per_window() {
    let clock = manual_clock();
    let (api, rec) = alerting(
        "[alerts.repeated_denials]\ncount = 3\nwindow = \"5m\"",
        &clock,
    );
    let (alice, _) = people(&api);
    let wrong = |who: &str| {
        let (status, _) = json_post(
            &api,
            "/api/v1/login",
            None,
            serde_json::json!({"user": who, "password": "not the password"}),
        );
        assert_eq!(status, 401);
    };
    wrong("bob");
    wrong("bob");
    wrong("alice");
    assert_eq!(
        settled(&rec, "repeated_denials"),
        0,
        "2 for bob, 1 for alice"
    );
    // A refused API call counts with failed sign-ins (no endpoint records these yet).
    record(&api, &event(&api, "bob", "access_denied", "denied"));
    let first = alerts(&rec, "repeated_denials", 1);
    assert_signed_and_clean(&first[0]);
    let m = first[0].json()["logveil"].clone();
    assert_eq!(
        (m["actor"].as_str(), m["count"].as_u64()),
        (Some("bob"), Some(3))
    );
    assert_eq!(m["severity"], "medium");
    let text = first[0].json()["text"].as_str().unwrap().to_owned();
    assert!(text.contains("3 denials for bob within 5m"), "{text}");

    wrong("bob");
    assert_eq!(settled(&rec, "repeated_denials"), 1, "once per window");
    clock.advance(Duration::from_secs(5 * 60));
    for _ in 0..3 {
        wrong("bob");
    }
    alerts(&rec, "repeated_denials", 2);
    // alice's own token still works: denials alert, they do not lock anyone out.
    let (status, _) = api.send("GET", "/api/v1/whoami", Some(&alice), &[], b"");
    assert_eq!(status, 200);
}

#[test]
fn role_and_configuration_changes_and_failed_verifications_alert() {
    let clock = manual_clock();
    let (api, rec) = alerting("", &clock);
    api.role("dev", serde_json::json!({"services": ["api"]}));
    let role = &alerts(&rec, "changes", 1)[0];
    assert_signed_and_clean(role);
    let m = role.json()["logveil"].clone();
    assert_eq!(
        (
            m["action"].as_str(),
            m["subject"].as_str(),
            m["actor"].as_str()
        ),
        (Some("role_change"), Some("role:dev"), Some("admin"))
    );

    let mut masking = event(&api, "admin", "config_change", "success");
    masking.subject = Some("config:masking".into());
    record(&api, &masking);
    let changes = alerts(&rec, "changes", 2);
    assert!(
        changes
            .iter()
            .any(|d| d.json()["logveil"]["subject"] == "config:masking"),
        "{changes:?}"
    );

    record(&api, &event(&api, "auditor", "audit_verify", "success"));
    assert_eq!(settled(&rec, "verification_failure"), 0);
    record(&api, &event(&api, "auditor", "audit_verify", "failure"));
    let failed = &alerts(&rec, "verification_failure", 1)[0];
    assert_signed_and_clean(failed);
    let v = failed.json();
    assert_eq!(v["logveil"]["severity"], "critical");
    assert!(v["text"]
        .as_str()
        .unwrap()
        .contains("Audit log verification failed"));
    alert_records(&api, Some("verification_failure"), 1);
    assert_eq!(alert_records(&api, Some("changes"), 2).len(), 2);
}

#[test]
fn rules_turned_off_raise_nothing() {
    let clock = manual_clock();
    // Everything off but the failed verification, which ends the test as a marker.
    let (api, rec) = alerting(
        "[alerts]\nbreak_glass = false\nunmask_kinds = []\nchanges = false\n\
         [alerts.bulk_unmask]\nenabled = false\nrecords = 1\n\
         [alerts.repeated_denials]\nenabled = false\ncount = 1",
        &clock,
    );
    push(
        &api,
        &[("payments", "info", &format!("charge ok card={CARD}"))],
    );
    let (alice, _) = people(&api);
    let (status, _) = ask(
        &api,
        &alice,
        serde_json::json!({"services": ["payments"], "unmask": ["credit_card"], "for": "15m",
            "reason": "INC-4214 fraud in progress", "break_glass": true}),
    );
    assert_eq!(status, 200);
    read(&api, &alice, "payments", 1);
    let (status, _) = json_post(
        &api,
        "/api/v1/login",
        None,
        serde_json::json!({"user": "alice", "password": "not the password"}),
    );
    assert_eq!(status, 401);
    let mut masking = event(&api, "admin", "config_change", "success");
    masking.subject = Some("config:policy".into());
    record(&api, &masking);
    record(&api, &event(&api, "auditor", "audit_verify", "failure"));
    alerts(&rec, "verification_failure", 1);
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(rec.count(), 1, "only the rule left on");
    assert_eq!(alert_records(&api, None, 1).len(), 1);

    // The master switch turns off even that.
    let (api, rec) = alerting("[alerts]\nenabled = false", &clock);
    api.role("dev", serde_json::json!({"services": ["api"]}));
    record(&api, &event(&api, "auditor", "audit_verify", "failure"));
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(rec.count(), 0);
    assert!(!api.audit_events().iter().any(|e| e["action"] == "alert"));
}

#[test]
fn an_alert_the_receiver_refuses_is_retried_then_recorded_as_failed() {
    let rec = receiver(&[], 503);
    let clock = manual_clock();
    // No `events`: a webhook takes every kind, alerts included.
    let api = start_with_config(
        Limits::default(),
        Arc::new(clock.clone()),
        config(&webhook(&rec.url, "")),
    );
    record(&api, &event(&api, "auditor", "audit_verify", "failure"));
    let got = rec.wait_for(3);
    let id = got[0].json()["logveil"]["id"].as_str().unwrap().to_owned();
    let delivery = got[0].header("x-logveil-delivery");
    for d in &got {
        assert_signed_and_clean(d);
        assert_eq!(
            d.header("x-logveil-delivery"),
            delivery,
            "one delivery, retried"
        );
    }
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
        if !list.is_empty() || start.elapsed() > Duration::from_secs(10) {
            break list;
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    assert_eq!(failed.len(), 1, "{failed:?}");
    let f = &failed[0];
    assert_eq!(f["kind"], "alert");
    assert_eq!(f["request_id"], id.as_str());
    assert_eq!(f["attempts"], 3);
    assert_eq!(f["last_status"], 503);
    assert_eq!(f["host"], rec.host());
    assert_eq!(rec.count(), 3, "attempts stop at the configured number");
    // Undelivered, and still on the record.
    assert_eq!(
        alert_records(&api, None, 1)[0]["subject"],
        "verification_failure"
    );
}
