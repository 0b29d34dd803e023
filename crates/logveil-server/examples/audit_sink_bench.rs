//! Append rate of the audit log as the server writes it: every event a Merkle leaf, written
//! and synced to disk before the action it records proceeds. Concurrent actions share a sync
//! (group commit); one caller at a time pays a sync per event.
//!
//!   cargo run --release -p logveil-server --example audit_sink_bench [EVENTS]

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use std::sync::Arc;
use std::time::Instant;

use logveil_server::audit::{AuditEvent, AuditLog};

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
    let log = Arc::new(AuditLog::open(dir.path()).unwrap());
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
    });
}
