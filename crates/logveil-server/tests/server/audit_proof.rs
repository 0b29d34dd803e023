//! Proofs and ranged, streamed exports of the audit log, over HTTP: inclusion proofs for any
//! event, consistency between checkpoints the log really wrote, exports of a time range that
//! verify offline from their frontier, a large log streamed, and every read itself audited.

use std::sync::Arc;

use logveil_audit::{verify, Proof, VerifierKey, VerifyOptions};
use logveil_core::{ManualClock, Timestamp};
use logveil_server::audit::AuditLog;
use logveil_server::config::GatewayConfig;
use logveil_server::Limits;

use crate::{start, start_in, Api};

fn get(api: &Api, path: &str, token: &str) -> (u16, Vec<u8>) {
    api.send("GET", path, Some(token), &[], b"")
}

/// The error code of a refusal.
fn code(body: &[u8]) -> String {
    let v: serde_json::Value = serde_json::from_slice(body).unwrap();
    v["error"]["code"].as_str().unwrap().to_owned()
}

fn key(api: &Api) -> VerifierKey {
    let (status, body) = get(api, "/api/v1/audit/pubkey", &api.admin);
    assert_eq!(status, 200);
    let v: serde_json::Value = serde_json::from_slice(&body).unwrap();
    VerifierKey::parse(v["key"].as_str().unwrap()).unwrap()
}

/// The sizes and notes of the checkpoints in the stored log, in order.
fn checkpoints(api: &Api, key: &VerifierKey) -> Vec<(u64, String)> {
    std::fs::read_to_string(api._dir.path().join("audit.jsonl"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .filter(|v| v["type"] == "checkpoint")
        .map(|v| {
            let note = v["note"].as_str().unwrap().to_owned();
            (key.open_checkpoint(&note).unwrap().size, note)
        })
        .collect()
}

/// `n` administrative events (each role created is audited).
fn roles(api: &Api, from: usize, n: usize) {
    for i in from..from + n {
        api.role(
            &format!("r{i}"),
            serde_json::json!({"services": ["api"], "min_level": "info"}),
        );
    }
}

fn inclusion(api: &Api, index: u64) -> (Vec<u8>, logveil_audit::InclusionProof) {
    let (status, body) = get(
        api,
        &format!("/api/v1/audit/proof/inclusion?index={index}"),
        &api.admin,
    );
    assert_eq!(status, 200, "{}", String::from_utf8_lossy(&body));
    let Proof::Inclusion(p) = Proof::parse(&body).unwrap() else {
        panic!("not an inclusion proof: {}", String::from_utf8_lossy(&body));
    };
    (body, p)
}

#[test]
fn inclusion_proofs_verify_for_any_event_and_fail_for_a_changed_one() {
    let api = start(Limits::default());
    roles(&api, 0, 30);
    let key = key(&api);
    for index in [0u64, 1, 13, 29] {
        let (body, p) = inclusion(&api, index);
        assert_eq!(p.index, index);
        let cp = p.verify(&key).unwrap();
        // Against the latest checkpoint, made fresh: it covers this very request's event.
        let written = checkpoints(&api, &key);
        assert_eq!(written.last().unwrap(), &(cp.size, p.checkpoint.clone()));
        assert_eq!(cp.size as usize, api.audit_events().len());
        let stored: serde_json::Value = serde_json::from_slice(p.entry.canonical()).unwrap();
        assert_eq!(stored, api.audit_events()[index as usize]["ocsf"]);

        let text = String::from_utf8(body).unwrap();
        let changed = text.replacen("\"role:r", "\"role:x", 1);
        assert_ne!(changed, text);
        let Proof::Inclusion(bad) = Proof::parse(changed.as_bytes()).unwrap() else {
            panic!()
        };
        assert!(bad.verify(&key).is_err(), "a changed entry is refused");
        let mut other = p.clone();
        other.index = (index + 1) % 30;
        assert!(other.verify(&key).is_err(), "so is another index");
    }
    let events = api.audit_events();
    let proofs: Vec<&str> = events
        .iter()
        .filter(|e| e["action"] == "audit_proof")
        .map(|e| e["subject"].as_str().unwrap())
        .collect();
    assert_eq!(proofs, ["event:0", "event:1", "event:13", "event:29"]);

    // Bad requests: stable codes, no panic, nothing internal.
    let size = api.audit_events().len() + 1;
    for (path, status, want) in [
        (format!("index={size}0"), 404, "unknown_event"),
        (format!("index={}", u64::MAX), 404, "unknown_event"),
        ("index=abc".into(), 400, "invalid_range"),
        ("index=-1".into(), 400, "invalid_range"),
        (String::new(), 400, "invalid_range"),
        ("index=1&extra=2".into(), 400, "invalid_range"),
    ] {
        let (got, body) = get(
            &api,
            &format!("/api/v1/audit/proof/inclusion?{path}"),
            &api.admin,
        );
        assert_eq!((got, code(&body)), (status, want.to_owned()), "{path}");
        let text = String::from_utf8_lossy(&body);
        assert!(
            !text.contains("audit.jsonl") && !text.contains("/tmp"),
            "{text}"
        );
    }
}

#[test]
fn consistency_proofs_join_checkpoints_the_log_wrote() {
    let api = start(Limits::default());
    let key = key(&api);
    roles(&api, 0, 10);
    let (_, a) = inclusion(&api, 3);
    roles(&api, 10, 10);
    let (_, b) = inclusion(&api, 15);
    let (a, b) = (a.size, b.size);
    assert!(a < b);
    let written = checkpoints(&api, &key);
    let note_of = |size: u64| written.iter().find(|(s, _)| *s == size).unwrap().1.clone();

    let fetch = |query: &str| {
        let (status, body) = get(
            &api,
            &format!("/api/v1/audit/proof/consistency?{query}"),
            &api.admin,
        );
        assert_eq!(status, 200, "{query}: {}", String::from_utf8_lossy(&body));
        let Proof::Consistency(p) = Proof::parse(&body).unwrap() else {
            panic!("not a consistency proof")
        };
        p
    };
    let p = fetch(&format!("from={a}&to={b}"));
    let (old, new) = p.verify(&key).unwrap();
    assert_eq!((old.size, new.size), (a, b));
    assert_eq!(
        (p.from.checkpoint.clone(), p.to.checkpoint.clone()),
        (note_of(a), note_of(b))
    );
    let mut bad = p.clone();
    bad.proof[0].0[3] ^= 1;
    assert!(bad.verify(&key).is_err());

    // To the latest by default: a fresh checkpoint that covers this request.
    let p = fetch(&format!("from={a}"));
    let (_, latest) = p.verify(&key).unwrap();
    assert_eq!(latest.size as usize, api.audit_events().len());
    assert!(latest.size > b);
    let p = fetch(&format!("from={a}&to={a}"));
    assert!(p.proof.is_empty());
    p.verify(&key).unwrap();

    for (query, status, want) in [
        (format!("from={}", a - 1), 404, "unknown_checkpoint"),
        (format!("from={a}&to=100000"), 404, "unknown_checkpoint"),
        (format!("from={b}&to={a}"), 400, "invalid_range"),
        ("from=abc".into(), 400, "invalid_range"),
        ("to=3".into(), 400, "invalid_range"),
    ] {
        let (got, body) = get(
            &api,
            &format!("/api/v1/audit/proof/consistency?{query}"),
            &api.admin,
        );
        assert_eq!((got, code(&body)), (status, want.to_owned()), "{query}");
    }
    let subjects: Vec<String> = api
        .audit_events()
        .iter()
        .filter(|e| e["action"] == "audit_proof")
        .map(|e| e["subject"].as_str().unwrap().to_owned())
        .collect();
    assert!(
        subjects.contains(&format!("consistency:{a}..{b}")),
        "{subjects:?}"
    );
    assert!(
        subjects.contains(&format!("consistency:{a}..latest")),
        "{subjects:?}"
    );
}

#[test]
fn audit_reads_are_for_administrators_only() {
    let api = start(Limits::default());
    api.developer_and_lead_roles();
    let alice = api.person("alice", "dev");
    for path in [
        "/api/v1/audit/export",
        "/api/v1/audit/export?from=1h",
        "/api/v1/audit/proof/inclusion?index=0",
        "/api/v1/audit/proof/consistency?from=1",
    ] {
        let (status, body) = get(&api, path, &alice);
        assert_eq!((status, code(&body)), (403, "forbidden".into()), "{path}");
    }
    assert!(api
        .audit_events()
        .iter()
        .all(|e| !e["action"].as_str().unwrap().starts_with("audit_")));
}

fn t0() -> Timestamp {
    Timestamp::parse_rfc3339("2026-11-23T00:00:00Z").unwrap()
}

fn minutes(m: u64) -> Timestamp {
    t0().saturating_add(std::time::Duration::from_secs(60 * m))
}

/// A data directory whose audit log holds events in `chunks`: each chunk's events share one
/// time and are recorded concurrently (so in any order among themselves), and a checkpoint
/// follows every `checkpoint_every` chunks.
fn prefilled(chunks: &[(Timestamp, usize)], checkpoint_every: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let log = Arc::new(AuditLog::open(dir.path()).unwrap());
        for (c, &(time, n)) in chunks.iter().enumerate() {
            let tasks: Vec<_> = (0..n)
                .map(|_| {
                    let log = log.clone();
                    tokio::spawn(async move {
                        log.record(&logveil_server::audit::AuditEvent::new(
                            time, "alice", "sign_in", "success",
                        ))
                        .await
                        .unwrap()
                    })
                })
                .collect();
            for t in tasks {
                t.await.unwrap();
            }
            if (c + 1) % checkpoint_every == 0 {
                log.checkpoint().await.unwrap();
            }
        }
    });
    dir
}

/// Lines of an export as JSON.
fn lines(export: &[u8]) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(export)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn event_indexes(export: &[u8]) -> Vec<u64> {
    lines(export)
        .iter()
        .filter(|v| v["type"] == "event")
        .map(|v| v["index"].as_u64().unwrap())
        .collect()
}

#[test]
fn a_ranged_export_holds_its_range_verifies_from_its_frontier_and_refuses_tampering() {
    // 300 events a minute apart from midnight, a checkpoint after every 50.
    let chunks: Vec<(Timestamp, usize)> = (0..300).map(|m| (minutes(m), 1)).collect();
    let dir = prefilled(&chunks, 50);
    let clock = Arc::new(ManualClock::new(minutes(400)));
    let api = start_in(dir, Limits::default(), clock, GatewayConfig::default());
    let key = key(&api);
    let export = |query: &str| {
        let (status, body) = get(&api, &format!("/api/v1/audit/export?{query}"), &api.admin);
        assert_eq!(status, 200, "{query}: {}", String::from_utf8_lossy(&body));
        body
    };

    // 02:00 to 02:50 is events 120 to 170; the export runs on to the checkpoint of size 200
    // (with the one of size 150 on the way).
    let ranged = export("from=2026-11-23T02:00:00Z&to=2026-11-23T02:50:00Z");
    let r = verify(&ranged, &key, &VerifyOptions::default());
    assert!(r.is_valid(), "{r}");
    assert_eq!(
        (
            r.start,
            r.events,
            r.checkpoints,
            r.verified_size,
            r.unverified_tail
        ),
        (120, 80, 2, 200, 0)
    );
    assert!(r
        .to_string()
        .contains("this export starts at event 120: events before it are not covered"));
    assert_eq!(event_indexes(&ranged), (120..200).collect::<Vec<_>>());
    let first = &lines(&ranged)[0];
    assert_eq!(
        (first["type"].as_str(), first["size"].as_u64()),
        (Some("frontier"), Some(120))
    );

    // The same range, relative to the server's clock (04:40 - 280m = 02:00).
    let relative = export("from=280m&to=230m");
    assert_eq!(relative, ranged);

    // Open-ended: from 02:00 to the fresh checkpoint, which covers the exports' own events.
    let open = export("from=2026-11-23T02:00:00Z");
    let r = verify(&open, &key, &VerifyOptions::default());
    assert!(r.is_valid(), "{r}");
    assert_eq!(r.start, 120);
    assert_eq!(r.verified_size as usize, api.audit_events().len());
    // Up to 00:30: no frontier, events 0 to 49 and their checkpoint.
    let head = export("to=2026-11-23T00:30:00Z");
    assert_eq!(event_indexes(&head), (0..50).collect::<Vec<_>>());
    let r = verify(&head, &key, &VerifyOptions::default());
    assert!(r.is_valid() && r.start == 0 && r.verified_size == 50, "{r}");
    // Nothing after the start: the frontier and the checkpoint that signs it.
    let empty = export("from=2026-11-23T09:00:00Z");
    let r = verify(&empty, &key, &VerifyOptions::default());
    assert!(r.is_valid(), "{r}");
    assert_eq!((r.events, r.checkpoints), (0, 1));
    assert_eq!(r.start, r.verified_size);

    // Tampering with a ranged export is found: an event edited, the frontier altered, an
    // event dropped, or the frontier dropped.
    let text = String::from_utf8(ranged.clone()).unwrap();
    let all: Vec<&str> = text.lines().collect();
    let frontier_hash = lines(&ranged)[0]["hashes"][0].as_str().unwrap().to_owned();
    let mut flipped = frontier_hash.clone().into_bytes();
    flipped[0] = if flipped[0] == b'0' { b'1' } else { b'0' };
    let tampered = [
        text.replacen("\"name\":\"alice\"", "\"name\":\"mallory\"", 1),
        text.replacen(&frontier_hash, &String::from_utf8(flipped).unwrap(), 1),
        [&all[..5], &all[6..]].concat().join("\n") + "\n",
        all[1..].join("\n") + "\n",
    ];
    for (i, t) in tampered.iter().enumerate() {
        assert_ne!(t, &text);
        let r = verify(t.as_bytes(), &key, &VerifyOptions::default());
        assert!(!r.is_valid(), "tampering {i} not found: {r}");
    }

    // The reads are audited with their range.
    let reads: Vec<serde_json::Value> = api
        .audit_events()
        .into_iter()
        .filter(|e| e["action"] == "audit_export")
        .collect();
    assert_eq!(reads.len(), 5);
    assert_eq!(reads[0]["from"], "2026-11-23T02:00:00Z");
    assert_eq!(reads[0]["to"], "2026-11-23T02:50:00Z");
    assert_eq!(reads[1]["from"], "2026-11-23T02:00:00Z");
    assert!(reads[2]["to"].is_null());

    for query in [
        "from=yesterday",
        "from=2026-11-23T03:00:00Z&to=2026-11-23T02:00:00Z",
        "since=1h",
        "from=2026-13-01T00:00:00Z",
    ] {
        let (status, body) = get(&api, &format!("/api/v1/audit/export?{query}"), &api.admin);
        assert_eq!(
            (status, code(&body)),
            (400, "invalid_range".into()),
            "{query}"
        );
    }
}

#[test]
fn a_large_log_streams_whole_and_by_range() {
    // 50,000 events, a thousand an hour, a checkpoint after each thousand.
    let chunks: Vec<(Timestamp, usize)> = (0..50).map(|h| (minutes(60 * h), 1000)).collect();
    let dir = prefilled(&chunks, 1);
    let clock = Arc::new(ManualClock::new(minutes(60 * 60)));
    let api = start_in(dir, Limits::default(), clock, GatewayConfig::default());
    let key = key(&api);

    let (status, whole) = get(&api, "/api/v1/audit/export", &api.admin);
    assert_eq!(status, 200);
    let r = verify(&whole, &key, &VerifyOptions::default());
    assert!(r.is_valid(), "{r}");
    assert_eq!((r.events, r.verified_size), (50_001, 50_001));
    assert_eq!(r.checkpoints, 51);

    // Hour 20 alone: events 20,000 to 20,999 from a frontier found by bisecting the file.
    let (status, hour) = get(
        &api,
        "/api/v1/audit/export?from=2026-11-23T20:00:00Z&to=2026-11-23T20:00:00Z",
        &api.admin,
    );
    assert_eq!(status, 200);
    let r = verify(&hour, &key, &VerifyOptions::default());
    assert!(r.is_valid(), "{r}");
    assert_eq!((r.start, r.events, r.verified_size), (20_000, 1000, 21_000));

    // A proof over the whole log, from the file.
    let (_, p) = inclusion(&api, 34_567);
    assert_eq!(p.verify(&key).unwrap().size, 50_003);
}
