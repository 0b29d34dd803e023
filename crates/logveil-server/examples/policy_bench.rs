//! Policy decision latency with 10,000 active grants (1,000 people, 10 grants each): for a
//! random person, stream and kind, the read decision (roles) and the unmask decision (each of
//! that person's grants until one allows, the state machine's scope check first and Cedar on
//! the grants that pass, as the read path does). Prints p50/p99/max over 100,000 decisions.
//!
//!   cargo run --release -p logveil-server --example policy_bench

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use std::collections::HashMap;
use std::time::{Duration, Instant};

use logveil_core::access::{AccessRequest, Reason, Scope};
use logveil_core::{Level, Role, Timestamp};
use logveil_server::policy::{Policy, Principal};

fn main() {
    let policy = Policy::new().unwrap();
    let t0 = Timestamp::from_unix_seconds(1_795_000_000);
    let services: Vec<String> = (0..50).map(|i| format!("svc-{i}")).collect();
    let kinds = ["email", "phone", "credit_card", "ipv4", "person"];
    let mut grants: HashMap<String, Vec<(String, AccessRequest)>> = HashMap::new();
    let mut people = Vec::new();
    let mut n = 0u64;
    for u in 0..1000 {
        let name = format!("user-{u}");
        let role = Role {
            name: "dev".parse().unwrap(),
            services: vec![services[u % 50].clone()],
            envs: vec!["*".into()],
            min_level: Level::Info,
            admin: false,
            approver_for: Vec::new(),
            auditor: false,
        };
        people.push(Principal::from_roles(name.parse().unwrap(), &[role]));
        for g in 0..10 {
            let mut r = AccessRequest::new(
                name.parse().unwrap(),
                Scope {
                    services: vec![services[(u + g) % 50].parse().unwrap()],
                    kinds: vec![kinds[g % 5].to_owned()],
                    level: None,
                    logs_from: None,
                    logs_to: None,
                },
                Reason::try_from("INC-1 benchmark".to_owned()).unwrap(),
                Duration::from_secs(3600),
                Duration::from_secs(4 * 3600),
                Duration::from_secs(3600),
                1,
                t0,
            )
            .unwrap();
            r.approve(&"approver".parse().unwrap(), t0).unwrap();
            n += 1;
            grants
                .entry(name.clone())
                .or_default()
                .push((format!("req_{n:016x}"), r));
        }
    }
    let total: usize = grants.values().map(Vec::len).sum();
    let now = Timestamp::from_unix_seconds(1_795_000_600);
    let mut seed = 0x9e37_79b9u64;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut lat = Vec::with_capacity(100_000);
    let mut allowed = 0u64;
    for _ in 0..100_000 {
        let who = &people[(next() % 1000) as usize];
        let svc = &services[(next() % 50) as usize];
        let kind = kinds[(next() % 5) as usize];
        let start = Instant::now();
        let read = policy
            .may_read_masked(who, svc, "prod", Level::Info)
            .unwrap();
        let unmask = grants.get(who.name.as_str()).is_some_and(|gs| {
            // As the read path does: the state machine's check first, Cedar on what passes.
            let svc_name = svc.parse().unwrap();
            gs.iter().any(|(id, g)| {
                g.unmasks(now, &svc_name, Level::Info, t0, kind)
                    && policy
                        .may_unmask(who, id, g, now, svc, Level::Info, t0, kind, false)
                        .unwrap()
            })
        });
        lat.push(start.elapsed());
        allowed += u64::from(read) + u64::from(unmask);
    }
    lat.sort();
    let p = |q: f64| lat[((lat.len() - 1) as f64 * q) as usize].as_secs_f64() * 1e6;
    println!(
        "policy decision (read + unmask over the person's grants) with {total} active grants: p50 {:.1} µs, p99 {:.1} µs, max {:.1} µs ({allowed} allows in 100000)",
        p(0.5),
        p(0.99),
        lat.last().unwrap().as_secs_f64() * 1e6
    );
}
