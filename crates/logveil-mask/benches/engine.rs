//! Criterion benchmarks of the engine: detection alone and full masking, in bytes per second
//! on one core. Inputs: a built-in mix of synthetic log lines, and the shared dev corpus when
//! it is there (`../shared/pii/dev-corpus.jsonl`, next to the repository).

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use logveil_mask::{Engine, MaskedLine, Masker, TokenKey};

const MIXED: &[&str] = &[
    r#"{"ts":"2026-11-08T07:40:37.351Z","level":"INFO","service":"auth","msg":"login ok","user_id":"52171399","email":"gleleu@example.com","ip":"191.0.29.51","trace_id":"a78beb7e0787c0de2f960063bc67ba94"}"#,
    r#"time=2026-10-27T08:30:57.428Z level=info service=payments msg="charge created" amount=435.93 currency=EUR card=4111111111111111 iban=GB82WEST12345698765432 order_id=7969797134720153 duration=114ms"#,
    r#"2026-11-07T23:33:09.210Z INFO gateway: request_id=64a9d9e2-3aa3-b80a-42cd-bf88c748b5fb trace_id=60bc39610e184a6ecc01f3c169d27a40 span_id=c176c6e21d0ff7fd version=v7.4.6 pod=checkout-b2e71036-9xk8v bytes=978828827 status=200 latency_ms=4380"#,
    r#"203.0.113.9 - jane@example.com [25/May/2026:11:25:56 +0000] "GET /api/v2/orders/74462?email=rraynaud%40example.fr HTTP/1.1" 200 11740 "-" "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_7_1) AppleWebKit/531.2 (KHTML, like Gecko) Chrome/38.0.812.0 Safari/531.2" rt=0.539"#,
    r#"Dec 10 11:04:32 host sshd[25523]: Failed password for invalid user admin from 183.62.140.253 port 34100 ssh2"#,
    r#"2026-11-09T02:13:24.105Z ERROR [http-nio-8080-exec-19] c.a.s.UserService - Failed to update profile for anthony@example.com: phone +44 7151 594017 rejected by validator (version 4.12.1, build 8f3a9c1)"#,
    r#"POST https://api.partner.example/v1/sync Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U status=503"#,
    r#"ticket INC-4211 assigned to Jane van der Berg, ship to 221B Baker Street, London NW1 6XE"#,
];

fn inputs() -> Vec<(String, Vec<Vec<u8>>)> {
    let mut sets = vec![(
        "mixed".to_string(),
        MIXED.iter().map(|l| l.as_bytes().to_vec()).collect(),
    )];
    let corpus = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/pii/dev-corpus.jsonl"
    );
    if let Ok(text) = std::fs::read_to_string(corpus) {
        let lines = text
            .lines()
            .filter_map(|l| {
                let start = l.find("\"line\": \"")? + 9;
                let end = l.find("\", \"spans\"")?;
                Some(l.get(start..end)?.replace("\\\"", "\"").into_bytes())
            })
            .collect();
        sets.push(("dev-corpus".to_string(), lines));
    }
    sets
}

fn bench(c: &mut Criterion) {
    let engine = Engine::builtin();
    let masker = Masker::new(Engine::builtin(), TokenKey::new([3; 32]));
    let mut group = c.benchmark_group("engine");
    for (name, lines) in inputs() {
        let bytes: usize = lines.iter().map(|l| l.len() + 1).sum();
        group.throughput(Throughput::Bytes(bytes as u64));
        let mut spans = Vec::new();
        group.bench_with_input(BenchmarkId::new("detect", &name), &lines, |b, lines| {
            b.iter(|| {
                for l in lines {
                    engine.detect_into(l, &mut spans);
                }
            })
        });
        let mut out = MaskedLine::new();
        group.bench_with_input(BenchmarkId::new("mask", &name), &lines, |b, lines| {
            b.iter(|| {
                for l in lines {
                    masker.mask_into(l, &mut out);
                }
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
