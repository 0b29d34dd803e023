//! Random histories of request, approve, deny, revoke, drop and clock advances, run against the
//! real server, checked after every step against a small independent model of grants: an
//! original value shows exactly when an active grant of the reader covers its service and
//! kind at that instant — never outside a grant's scope or window, and never less than it.

use std::sync::Arc;
use std::time::Duration;

use logveil_core::{Clock, Timestamp};
use logveil_server::Limits;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};

use crate::access::{act, ask, manual_clock};
use crate::{json_post, start_with_config, Api};

const SERVICES: [&str; 2] = ["api", "web"];
/// Per service: the line as stored, its email and its IPv4 address.
const RECORDS: [(&str, &str, &str); 2] = [
    (
        "login by jane.doe@example.com from 203.0.113.9",
        "jane.doe@example.com",
        "203.0.113.9",
    ),
    (
        "view by john.roe@example.org from 198.51.100.7",
        "john.roe@example.org",
        "198.51.100.7",
    ),
];
const KINDS: [&str; 2] = ["email", "ipv4"];
const PEOPLE: usize = 3;
const TTL: Duration = Duration::from_secs(3600);
const CAP: Duration = Duration::from_secs(4 * 3600);

#[derive(Debug, Clone)]
enum Op {
    Request {
        who: usize,
        services: u8,
        kinds: u8,
        minutes: u64,
    },
    Approve(usize),
    SelfApprove(usize),
    Deny(usize),
    Revoke(usize),
    Drop(usize),
    Advance(u64),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        3 => (0..PEOPLE, 1u8..4, 1u8..4, 1u64..300).prop_map(|(who, services, kinds, minutes)| {
            Op::Request { who, services, kinds, minutes }
        }),
        3 => (0usize..8).prop_map(Op::Approve),
        1 => (0usize..8).prop_map(Op::SelfApprove),
        1 => (0usize..8).prop_map(Op::Deny),
        1 => (0usize..8).prop_map(Op::Revoke),
        1 => (0usize..8).prop_map(Op::Drop),
        2 => (0u64..3 * 3600).prop_map(Op::Advance),
    ]
}

#[derive(Debug, Clone, PartialEq)]
enum Stage {
    Pending,
    Denied,
    Granted {
        deadline: Timestamp,
        ended: Option<Timestamp>,
    },
}

#[derive(Debug, Clone)]
struct Modelled {
    id: String,
    who: usize,
    services: Vec<&'static str>,
    kinds: Vec<&'static str>,
    duration: Duration,
    created: Timestamp,
    stage: Stage,
}

impl Modelled {
    fn pending(&self, now: Timestamp) -> bool {
        self.stage == Stage::Pending && now < self.created.saturating_add(TTL)
    }

    fn active(&self, now: Timestamp) -> bool {
        matches!(self.stage, Stage::Granted { deadline, ended: None } if now < deadline)
    }

    fn shows(&self, who: usize, service: &str, kind: &str, now: Timestamp) -> bool {
        self.who == who
            && self.active(now)
            && self.services.contains(&service)
            && self.kinds.contains(&kind)
    }
}

fn pick<T: Copy>(all: &[T], mask: u8) -> Vec<T> {
    all.iter()
        .enumerate()
        .filter(|(i, _)| mask & (1 << i) != 0)
        .map(|(_, x)| *x)
        .collect()
}

struct Fixture {
    api: Api,
    clock: logveil_core::ManualClock,
    people: Vec<String>,
    approver: String,
    logs_from: Timestamp,
}

/// What `who` is shown of each service's record: (email in clear, IPv4 in clear).
fn shown(f: &Fixture, who: usize) -> Result<Vec<(bool, bool)>, TestCaseError> {
    let mut out = Vec::new();
    for (service, (_, email, ip)) in SERVICES.iter().zip(RECORDS) {
        let (status, v) = json_post(
            &f.api,
            "/api/v1/query",
            Some(&f.people[who]),
            serde_json::json!({"query": format!("{{service=\"{service}\"}}"),
                "from": f.logs_from, "to": f.clock.now()}),
        );
        prop_assert_eq!(status, 200);
        let line = v["records"][0]["line"].as_str().unwrap_or("").to_owned();
        prop_assert!(!line.is_empty(), "the role reads {service}");
        out.push((line.contains(email), line.contains(ip)));
    }
    Ok(out)
}

fn step(f: &Fixture, model: &mut Vec<Modelled>, op: &Op) -> Result<(), TestCaseError> {
    let now = f.clock.now();
    match op {
        Op::Request {
            who,
            services,
            kinds,
            minutes,
        } => {
            let services = pick(&SERVICES, *services);
            let kinds = pick(&KINDS, *kinds);
            let duration = Duration::from_secs(minutes * 60);
            let (status, v) = ask(
                &f.api,
                &f.people[*who],
                serde_json::json!({"services": services, "unmask": kinds,
                    "for": format!("{minutes}m"), "reason": "INC-1 model"}),
            );
            if duration > CAP {
                prop_assert_eq!(status, 400);
            } else {
                prop_assert_eq!(status, 200, "{}", v);
                model.push(Modelled {
                    id: v["id"].as_str().unwrap_or("").to_owned(),
                    who: *who,
                    services,
                    kinds,
                    duration,
                    created: now,
                    stage: Stage::Pending,
                });
            }
        }
        Op::Advance(secs) => f.clock.advance(Duration::from_secs(*secs)),
        Op::Approve(i) | Op::SelfApprove(i) | Op::Deny(i) | Op::Revoke(i) | Op::Drop(i) => {
            if model.is_empty() {
                return Ok(());
            }
            let n = model.len();
            let m = &mut model[i % n];
            let (token, action, body, want) = match op {
                Op::Approve(_) => {
                    let ok = m.pending(now);
                    if ok {
                        m.stage = Stage::Granted {
                            deadline: now.saturating_add(m.duration),
                            ended: None,
                        };
                    }
                    (
                        &f.approver,
                        "approve",
                        serde_json::json!({}),
                        if ok { 200 } else { 409 },
                    )
                }
                Op::SelfApprove(_) => (&f.people[m.who], "approve", serde_json::json!({}), 403),
                Op::Deny(_) => {
                    let ok = m.pending(now);
                    if ok {
                        m.stage = Stage::Denied;
                    }
                    let body = serde_json::json!({"reason": "not now"});
                    (&f.approver, "deny", body, if ok { 200 } else { 409 })
                }
                Op::Revoke(_) | Op::Drop(_) => {
                    let ok = m.active(now);
                    if let (true, Stage::Granted { ended, .. }) = (ok, &mut m.stage) {
                        *ended = Some(now);
                    }
                    let (token, action) = match op {
                        Op::Revoke(_) => (&f.approver, "revoke"),
                        _ => (&f.people[m.who], "drop"),
                    };
                    (
                        token,
                        action,
                        serde_json::json!({}),
                        if ok { 200 } else { 409 },
                    )
                }
                Op::Request { .. } | Op::Advance(_) => return Ok(()),
            };
            let (status, v) = act(&f.api, token, &m.id, action, body);
            prop_assert_eq!(status, want, "{} {}: {}", action, m.id, v);
        }
    }
    // After every step, every person sees exactly what the model allows.
    let now = f.clock.now();
    for who in 0..PEOPLE {
        let seen = shown(f, who)?;
        for (s, (email, ip)) in SERVICES.iter().zip(seen) {
            let want_email = model.iter().any(|m| m.shows(who, s, "email", now));
            let want_ip = model.iter().any(|m| m.shows(who, s, "ipv4", now));
            prop_assert_eq!(
                email,
                want_email,
                "person {} email on {} after {:?}",
                who,
                s,
                op
            );
            prop_assert_eq!(ip, want_ip, "person {} ipv4 on {} after {:?}", who, s, op);
        }
    }
    Ok(())
}

#[test]
fn no_original_value_is_shown_outside_an_active_grants_scope_and_window() {
    let clock = manual_clock();
    let api = start_with_config(
        Limits::default(),
        Arc::new(clock.clone()),
        logveil_server::config::GatewayConfig::default(),
    );
    let logs_from = clock.now().saturating_sub(Duration::from_secs(60));
    crate::access::push(
        &api,
        &[("api", "info", RECORDS[0].0), ("web", "info", RECORDS[1].0)],
    );
    api.role("dev", serde_json::json!({"services": ["api", "web"]}));
    api.role("lead", serde_json::json!({"approver_for": ["*"]}));
    // Histories span days of driven time: tokens without the 12-hour expiry of a sign-in.
    let token = |name: &str, role: &str| {
        api.person(name, role);
        api.rt.block_on(async {
            api.storage
                .control()
                .create_token(
                    &logveil_store::control::TokenKind::User(name.parse().unwrap()),
                    "model",
                    clock.now(),
                )
                .await
                .unwrap()
        })
    };
    let people = (0..PEOPLE)
        .map(|i| token(&format!("p{i}"), "dev"))
        .collect();
    let approver = token("lead", "lead");
    let f = Fixture {
        api,
        clock,
        people,
        approver,
        logs_from,
    };
    let mut runner = TestRunner::new(Config {
        cases: 24,
        failure_persistence: None,
        ..Config::default()
    });
    runner
        .run(&proptest::collection::vec(op(), 1..14), |ops| {
            // Each history starts after every earlier grant and request has ended.
            f.clock.advance(Duration::from_secs(86_400));
            let mut model = Vec::new();
            for op in &ops {
                step(&f, &mut model, op)?;
            }
            Ok(())
        })
        .unwrap();
}
