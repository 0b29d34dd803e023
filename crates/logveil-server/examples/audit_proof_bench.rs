//! What proofs and ranged exports cost the server over a large stored audit log: the time to
//! answer an inclusion or consistency proof request (a fresh checkpoint, then one pass over
//! the file's leaves), to plan a ranged export (bisect by time, rebuild the frontier) and
//! stream it, and to verify that partial export offline.
//!
//! `cargo run --release -p logveil-server --example audit_proof_bench [events]`
//!
//! The log is written the way the writer writes it (canonical event lines, a signed
//! checkpoint every 1,000 events), then opened by `AuditLog::open`, which verifies it whole.
//! "server" times are what a request costs after its permission check: the audit record
//! (one sync), a fresh checkpoint (one sync) and the pass over the file; "verify" includes the
//! Ed25519 signature checks.
//!
//! On the 2-core dev VM, shared with other builds (1M events, 296 MB): open 2.86 s; inclusion
//! proofs 13-20 hashes (1.4-1.8 kB of JSON with the entry and the note), 0.54-0.86 s to
//! answer, 72-85 µs to verify; consistency proofs 16-18 hashes, 0.52-0.57 s, 124-140 µs; a
//! ranged export of the last quarter planned (bisection and a frontier of 10 hashes rebuilt
//! from 750k leaves) in 0.38 s, its 250k events (74 MB) verified offline in 0.62 s.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::io::Write;
use std::time::Instant;

use logveil_audit::{checkpoint_line, event_line, Checkpoint, Entry, MerkleLog, Signer};
use logveil_server::audit::{AuditLog, ORIGIN};

fn main() {
    let n: u64 = std::env::args()
        .nth(1)
        .map(|s| s.parse().unwrap())
        .unwrap_or(1_000_000);
    let dir = tempfile::tempdir().unwrap();
    // The log creates its key at first open; the bench signs with the same one.
    drop(AuditLog::open(dir.path()).unwrap());
    let seed = std::fs::read_to_string(dir.path().join("audit.key")).unwrap();
    let seed: Vec<u8> = (0..32)
        .map(|i| u8::from_str_radix(&seed.trim()[2 * i..2 * i + 2], 16).unwrap())
        .collect();
    let signer = Signer::new(ORIGIN, &seed.try_into().unwrap()).unwrap();

    let t0 = logveil_core::Timestamp::parse_rfc3339("2026-11-23T00:00:00Z").unwrap();
    let t = Instant::now();
    let path = dir.path().join("audit.jsonl");
    let mut out = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
    let mut log = MerkleLog::new();
    for i in 0..n {
        // Shaped like an AuditEvent for an unmasked read, 100 ms apart.
        let time = t0.saturating_add(std::time::Duration::from_millis(100 * i));
        let v = serde_json::json!({
            "time": time.to_rfc3339(),
            "actor": "alice",
            "action": "unmasked_read",
            "outcome": "success",
            "grants": [format!("req_{:016x}", i.wrapping_mul(0x9e37_79b9_7f4a_7c15))],
            "selector": "{service=\"payments\"} |= \"timeout\"",
            "revealed": [["email", i % 17], ["credit_card", i % 3]],
            "records": [i, i + 1, i + 2],
        });
        let e = Entry::from_serialize(&v).unwrap();
        writeln!(out, "{}", event_line(log.push_entry(&e), &e)).unwrap();
        if (i + 1) % 1000 == 0 || i + 1 == n {
            let cp = Checkpoint::new(ORIGIN, log.size(), log.root());
            writeln!(
                out,
                "{}",
                checkpoint_line(&signer.sign_checkpoint(&cp).unwrap())
            )
            .unwrap();
        }
    }
    out.flush().unwrap();
    drop(out);
    let bytes = std::fs::metadata(&path).unwrap().len();
    println!(
        "wrote {n} events ({:.0} MB) in {:.2} s",
        bytes as f64 / 1e6,
        t.elapsed().as_secs_f64()
    );

    let t = Instant::now();
    let audit = AuditLog::open(dir.path()).unwrap();
    println!(
        "open (verify the whole log)          {:>8.3} s",
        t.elapsed().as_secs_f64()
    );
    let key = logveil_audit::VerifierKey::parse(&audit.verifier_key()).unwrap();
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let now = t0.saturating_add(std::time::Duration::from_secs(86_400 * 30));
        // As a request does: record the read, then answer (a fresh checkpoint, one pass).
        for index in [0, n / 2, n - 1] {
            let t = Instant::now();
            audit
                .record(&logveil_server::audit::AuditEvent::new(
                    now,
                    "admin",
                    "audit_proof",
                    "success",
                ))
                .await
                .unwrap();
            let p = audit.inclusion_proof(index).await.unwrap();
            let took = t.elapsed();
            let json = p.to_json();
            let t = Instant::now();
            p.verify(&key).unwrap();
            println!(
                "inclusion proof of event {index:>7}: {} hashes, {} bytes of JSON; \
                 server {:.3} s, verify {:.0} µs",
                p.proof.len(),
                json.len(),
                took.as_secs_f64(),
                t.elapsed().as_secs_f64() * 1e6
            );
        }
        for old in [1000, n / 2 - n / 2 % 1000, n - n % 1000 - 1000] {
            let t = Instant::now();
            audit
                .record(&logveil_server::audit::AuditEvent::new(
                    now,
                    "admin",
                    "audit_proof",
                    "success",
                ))
                .await
                .unwrap();
            let p = audit.consistency_proof(old, None).await.unwrap();
            let took = t.elapsed();
            let json = p.to_json();
            let t = Instant::now();
            p.verify(&key).unwrap();
            println!(
                "consistency proof {old:>7} -> {}: {} hashes, {} bytes of JSON; \
                 server {:.3} s, verify {:.0} µs",
                p.to.size,
                p.proof.len(),
                json.len(),
                took.as_secs_f64(),
                t.elapsed().as_secs_f64() * 1e6
            );
        }

        // The last day of a 28-hour log: bisect to its start, rebuild the frontier from the
        // leaves before it, then read it out.
        let from = t0.saturating_add(std::time::Duration::from_millis(100 * (n - n / 4)));
        let t = Instant::now();
        let plan = audit
            .plan_export(Some(from.as_nanos()), None)
            .await
            .unwrap();
        let planned = t.elapsed();
        let frontier = plan.frontier.clone().unwrap();
        let mut export = logveil_audit::frontier_line(&frontier);
        export.push('\n');
        let mut file = std::fs::File::open(&path).unwrap();
        std::io::Seek::seek(&mut file, std::io::SeekFrom::Start(plan.start)).unwrap();
        let mut rest = Vec::new();
        std::io::Read::read_to_end(
            &mut std::io::Read::take(file, plan.end - plan.start),
            &mut rest,
        )
        .unwrap();
        let mut export = export.into_bytes();
        export.extend_from_slice(&rest);
        let t = Instant::now();
        let r = logveil_audit::verify(&export, &key, &logveil_audit::VerifyOptions::default());
        let verified = t.elapsed();
        assert!(r.is_valid(), "{r}");
        println!(
            "ranged export from event {}: plan (bisect + frontier of {} hashes) {:.3} s; \
             {} events, {:.0} MB, verified offline in {:.3} s",
            frontier.size(),
            frontier.frontier().len(),
            planned.as_secs_f64(),
            r.events,
            export.len() as f64 / 1e6,
            verified.as_secs_f64()
        );
    });
}
