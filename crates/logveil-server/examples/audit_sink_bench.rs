//! Append rate of the audit log as the server writes it: every event a Merkle leaf, written
//! and synced to disk before the action it records proceeds. Concurrent actions share a sync
//! (group commit); one caller at a time pays a sync per event. Then, over the log written,
//! what auditors wait for: verifying it from disk, and searching it.
//!
//! Events are the real OCSF shape of an unmasked read, with who, where and why filled in as a
//! request through a proxy would (about 1.2 KB a line).
//!
//!   cargo run --release -p logveil-server --example audit_sink_bench [EVENTS]
//!
//! With `AUDIT_BENCH_POSTGRES=postgres://...` the log is kept in PostgreSQL instead (a schema
//! made for the run and dropped after it).

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use std::sync::Arc;
use std::time::Instant;

use logveil_audit_store::testing::PgSchema;
use logveil_server::audit::search::{search, Filter};
use logveil_server::audit::{AuditEvent, AuditLog, AuthMethod, Decision, RequestContext};

fn event(i: u64) -> AuditEvent {
    let mut e = AuditEvent::new(
        logveil_core::Timestamp::from_unix_seconds(1_795_000_000 + i as i64),
        "alice",
        "unmasked_read",
        "success",
    );
    e.grants = vec!["req_5f0c2a9e41d7b380".into()];
    e.selector = Some("{service=\"payments\"} |= \"charge\"".into());
    e.revealed = vec![("email".into(), 3), ("credit_card".into(), 1)];
    e.records = vec![i, i + 1, i + 2];
    e.tokens = vec![
        format!("email:{:08x}", i.wrapping_mul(2_654_435_761) as u32),
        "credit_card:9f2c11ab".into(),
    ];
    e.reason = Some("INC-4211 checkout failures for j***@example.com".into());
    e.incident = Some("INC-4211".into());
    e.decision = Some(Decision {
        allowed: true,
        by: vec!["grant:req_5f0c2a9e41d7b380".into()],
    });
    let mut c = RequestContext {
        peer_ip: Some("10.20.30.40".parse().unwrap()),
        forwarded_for: vec!["203.0.113.7".into(), "10.1.2.3".into()],
        user_agent: Some("logveil-cli/0.1.0 (linux x86_64)".into()),
        method: Some("POST".into()),
        path: Some("/api/v1/query".into()),
        roles: vec!["payments-dev".into(), "oncall".into()],
        mfa_age_secs: Some(240),
        ..RequestContext::default()
    };
    c.auth_method = AuthMethod::Oidc;
    e.context = Some(c);
    e
}

fn main() {
    let events: u64 = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(200_000);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let dir =
        tempfile::tempdir_in(std::env::var("BENCH_DIR").unwrap_or_else(|_| "/tmp".into())).unwrap();
    let postgres = std::env::var("AUDIT_BENCH_POSTGRES")
        .ok()
        .map(|url| PgSchema::at(&url, "audit_bench"));
    let log = Arc::new(match &postgres {
        None => AuditLog::open(dir.path()).unwrap(),
        Some(db) => {
            let store = db.open();
            println!(
                "audit log in {}",
                logveil_server::audit::LineStore::location(&store)
            );
            let signer =
                logveil_audit::Signer::new(logveil_server::audit::ORIGIN, &[7; 32]).unwrap();
            AuditLog::open_store(Arc::new(store), signer).unwrap()
        }
    });
    rt.block_on(async {
        for callers in [1u64, 16, 256] {
            let n = if callers == 1 { events / 50 } else { events };
            let t = Instant::now();
            let mut tasks = Vec::new();
            for c in 0..callers {
                let log = log.clone();
                tasks.push(tokio::spawn(async move {
                    for i in 0..n / callers {
                        log.record(&event(c * 1_000_000 + i)).await.unwrap();
                    }
                }));
            }
            for t in tasks {
                t.await.unwrap();
            }
            let secs = t.elapsed().as_secs_f64();
            println!(
                "audit append, {callers:>3} concurrent caller(s): {:>8.0} events/s ({n} events, each synced before its caller goes on)",
                n as f64 / secs
            );
        }
        let t = Instant::now();
        let export = log.export().await.unwrap();
        println!(
            "export with a fresh checkpoint: {} MB in {:.2} s",
            export.len() / 1_000_000,
            t.elapsed().as_secs_f64()
        );
        let t = Instant::now();
        let report = logveil_audit::verify(&export, &key(&log), &Default::default());
        assert!(report.is_valid(), "{report}");
        println!(
            "verify {} events ({} MB): {:.2} s ({:.0} events/s)",
            report.verified_size,
            export.len() / 1_000_000,
            t.elapsed().as_secs_f64(),
            report.verified_size as f64 / t.elapsed().as_secs_f64()
        );
        drop(export);
        let store = log.store();
        let len = log.snapshot().await.unwrap().len;
        for (what, filter) in [
            (
                "one person's unmasked reads",
                Filter {
                    actors: vec!["alice".into()],
                    actions: vec!["unmasked_read".into()],
                    ..Filter::default()
                },
            ),
            (
                "who saw one customer (a keyed token)",
                Filter {
                    token: Some(format!("email:{:08x}", 77u64.wrapping_mul(2_654_435_761) as u32)),
                    ..Filter::default()
                },
            ),
            (
                "a person with no events",
                Filter {
                    actors: vec!["mallory".into()],
                    ..Filter::default()
                },
            ),
            (
                "the last minute (bisection to the start)",
                Filter {
                    since: Some(logveil_core::Timestamp::from_unix_seconds(
                        1_795_000_000 + 999_940,
                    )),
                    ..Filter::default()
                },
            ),
        ] {
            let t = Instant::now();
            let page = search(&*store, len, &filter, None, 100).unwrap();
            println!(
                "search, {what}: first page of {} in {:.3} s ({} events scanned)",
                page.events.len(),
                t.elapsed().as_secs_f64(),
                page.scanned
            );
        }
    });
    // The log first: it holds the schema's writer lock, which dropping the schema waits for.
    drop(log);
    drop(postgres);
}

fn key(log: &AuditLog) -> logveil_audit::VerifierKey {
    logveil_audit::VerifierKey::parse(&log.verifier_key()).unwrap()
}
