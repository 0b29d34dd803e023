//! Decoding throughput of each ingest format: batches of 1,000 records with ~150-byte lines.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use logveil_core::Timestamp;
use logveil_ingest::otlp_proto as pb;
use logveil_ingest::DecodeContext;
use prost::Message;

fn line(i: usize) -> String {
    format!("2026-11-23T08:00:{:02}.123Z GET /api/v1/orders/{i} 200 user=user{i}@example.com ip=203.0.113.{} took=12ms upstream=payments", i % 60, i % 250)
}

fn ctx() -> DecodeContext {
    DecodeContext {
        now: Timestamp::from_unix_seconds(1_795_000_000),
        default_service: None,
        max_line: 1 << 20,
    }
}

fn bench(c: &mut Criterion) {
    let n = 1000;
    let ndjson: String = (0..n)
        .map(|i| format!("{}\n", serde_json::json!({"ts": "2026-11-23T08:00:00Z", "level": "info", "service": "api", "message": line(i)})))
        .collect();
    let bulk: String = (0..n)
        .map(|i| format!("{{\"create\":{{\"_index\":\"api\"}}}}\n{}\n", serde_json::json!({"@timestamp": "2026-11-23T08:00:00Z", "log.level": "info", "service.name": "api", "message": line(i)})))
        .collect();
    let kv = |k: &str, v: &str| pb::KeyValue {
        key: k.into(),
        value: Some(pb::AnyValue {
            value: Some(pb::Value::StringValue(v.into())),
        }),
    };
    let req = pb::ExportLogsServiceRequest {
        resource_logs: vec![pb::ResourceLogs {
            resource: Some(pb::Resource {
                attributes: vec![kv("service.name", "api")],
                dropped_attributes_count: 0,
            }),
            scope_logs: vec![pb::ScopeLogs {
                scope: None,
                log_records: (0..n)
                    .map(|i| pb::LogRecord {
                        time_unix_nano: 1_795_000_000_000_000_000,
                        severity_number: 9,
                        body: Some(pb::AnyValue {
                            value: Some(pb::Value::StringValue(line(i))),
                        }),
                        trace_id: vec![1; 16],
                        span_id: vec![2; 8],
                        ..Default::default()
                    })
                    .collect(),
                schema_url: String::new(),
            }],
            schema_url: String::new(),
        }],
    };
    let proto = req.encode_to_vec();
    let json_body = serde_json::json!({"resourceLogs": [{"resource": {"attributes": [{"key": "service.name", "value": {"stringValue": "api"}}]},
        "scopeLogs": [{"logRecords": (0..n).map(|i| serde_json::json!({"timeUnixNano": "1795000000000000000", "severityNumber": 9, "body": {"stringValue": line(i)}, "traceId": "01010101010101010101010101010101", "spanId": "0202020202020202"})).collect::<Vec<_>>()}]}]})
    .to_string();

    let mut g = c.benchmark_group("decode");
    let ctx = ctx();
    g.throughput(Throughput::Elements(n as u64));
    g.bench_function("otlp_protobuf/records", |b| {
        b.iter(|| logveil_ingest::otlp_protobuf(&proto, &ctx))
    });
    g.bench_function("otlp_json/records", |b| {
        b.iter(|| logveil_ingest::otlp_json(json_body.as_bytes(), &ctx))
    });
    g.bench_function("es_bulk/records", |b| {
        b.iter(|| logveil_ingest::es_bulk(bulk.as_bytes(), &ctx, None))
    });
    g.bench_function("ndjson/records", |b| {
        b.iter(|| logveil_ingest::ndjson(ndjson.as_bytes(), &ctx))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
