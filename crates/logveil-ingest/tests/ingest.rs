//! Decoders on the shapes real shippers send, and on hostile bytes.

// Test helpers may fail loudly.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use logveil_core::{Level, Timestamp};
use logveil_ingest::{
    decode_body, es_bulk, ndjson, otlp_json, otlp_protobuf, DecodeContext, IngestError,
};
use proptest::prelude::*;

fn ctx() -> DecodeContext {
    DecodeContext {
        now: Timestamp::from_unix_seconds(1_795_000_000),
        default_service: None,
        max_line: 4096,
    }
}

#[test]
fn fluent_bit_es_output_with_suppressed_type_names() {
    // Fluent Bit `es` output, Suppress_Type_Name On, Logstash_Format On: float epoch in
    // @timestamp, kubernetes metadata.
    let body = concat!(
        "{\"create\":{\"_index\":\"logstash-2026.11.23\"}}\n",
        "{\"@timestamp\":\"2026-11-23T08:00:01.250Z\",\"log\":\"GET /cart 500 user=ana\\n\",\"stream\":\"stdout\",",
        "\"kubernetes\":{\"namespace_name\":\"shop\",\"container_name\":\"cart\",\"labels\":{\"app\":\"cart\"}}}\n",
    );
    let items = es_bulk(body.as_bytes(), &ctx(), None).unwrap();
    assert_eq!(items.len(), 1);
    let r = items[0].result.as_ref().unwrap();
    assert_eq!(r.service.as_str(), "cart");
    assert_eq!(r.labels["namespace"], "shop");
    assert_eq!(r.line, "GET /cart 500 user=ana\n");
    assert_eq!(
        r.ts,
        Timestamp::parse_rfc3339("2026-11-23T08:00:01.25Z").unwrap()
    );
    assert_eq!(r.attributes["stream"], "stdout");
}

#[test]
fn vector_and_logstash_documents() {
    // Vector's elasticsearch sink (bulk create, `timestamp`), Logstash (`@version`, `host`).
    let body = concat!(
        "{\"create\":{\"_index\":\"vector-2026.11.23\"}}\n",
        "{\"timestamp\":1795000000123,\"message\":\"user login\",\"level\":\"WARNING\",\"service\":\"sso\",\"host\":\"node-3\"}\n",
        "{\"index\":{\"_index\":\"logstash\",\"_id\":7}}\n",
        "{\"@timestamp\":\"2026-11-23T08:00:00.000+01:00\",\"@version\":\"1\",\"message\":\"x\",\"host\":{\"name\":\"lb-1\"}}\n",
    );
    let items = es_bulk(body.as_bytes(), &ctx(), None).unwrap();
    let a = items[0].result.as_ref().unwrap();
    assert_eq!(
        (a.service.as_str(), a.level, a.labels["host"].as_str()),
        ("sso", Level::Warn, "node-3")
    );
    assert_eq!(a.ts, Timestamp::from_nanos(1_795_000_000_123_000_000));
    let b = items[1].result.as_ref().unwrap();
    assert_eq!(
        b.service.as_str(),
        "logstash",
        "service from the index when the document names none"
    );
    assert_eq!(items[1].meta.id.as_deref(), Some("7"));
    assert_eq!(b.labels["host"], "lb-1");
    assert_eq!(b.attributes["@version"], "1");
}

#[test]
fn bulk_resynchronises_after_garbage_and_reports_truncation() {
    let body = "not json at all\n{\"create\":{}}\n{\"message\":\"ok\",\"service\":\"a\"}\n{\"update\":{\"_id\":\"1\"}}\n{\"doc\":{}}\n{\"create\":{}}\n";
    let items = es_bulk(body.as_bytes(), &ctx(), None).unwrap();
    let ok: Vec<bool> = items.iter().map(|i| i.result.is_ok()).collect();
    assert_eq!(ok, vec![false, true, false, false]);
    assert!(items[3]
        .result
        .as_ref()
        .unwrap_err()
        .message()
        .contains("truncated"));
}

#[test]
fn missing_service_uses_the_token_default_or_says_how_to_set_one() {
    let body = b"{\"message\":\"hello\"}\n";
    let err = ndjson(body, &ctx()).remove(0).unwrap_err();
    assert!(err.message().contains("service.name"), "{}", err.message());
    let mut c = ctx();
    c.default_service = Some("api".parse().unwrap());
    assert_eq!(ndjson(body, &c).remove(0).unwrap().service.as_str(), "api");
}

#[test]
fn ndjson_lines_fail_alone_with_their_line_number() {
    let body = b"{\"service\":\"a\",\"msg\":\"one\"}\r\n\n[1,2]\n{\"service\":\"a\",\"ts\":\"soon\"}\n{\"service\":\"bad/name\"}\n{\"service\":\"a\",\"msg\":\"two\"}";
    let out = ndjson(body, &ctx());
    assert_eq!(out.len(), 5);
    assert_eq!(out[0].as_ref().unwrap().line, "one");
    assert_eq!(out[1].as_ref().unwrap_err().line(), Some(3));
    let ts_err = out[2].as_ref().unwrap_err();
    assert_eq!(ts_err.line(), Some(4));
    assert!(
        ts_err.message().contains("ts") && !ts_err.message().contains("soon"),
        "names the field, not the value"
    );
    assert!(out[3].is_err());
    assert_eq!(out[4].as_ref().unwrap().line, "two");
}

#[test]
fn gzip_is_inflated_under_the_limit_only() {
    use std::io::Write;
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    e.write_all(&vec![0u8; 64 << 20]).unwrap();
    let bomb = e.finish().unwrap();
    assert!(bomb.len() < 256 << 10, "a thousandfold bomb");
    assert!(matches!(
        decode_body(Some("gzip"), &bomb, 1 << 20),
        Err(IngestError::TooLarge(_))
    ));
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    e.write_all(b"hello").unwrap();
    assert_eq!(
        &*decode_body(Some("GZIP"), &e.finish().unwrap(), 100).unwrap(),
        b"hello"
    );
    assert!(matches!(
        decode_body(Some("gzip"), b"not gzip", 100),
        Err(IngestError::Malformed(_))
    ));
    assert_eq!(
        decode_body(Some("zstd"), b"x", 100).unwrap_err().status(),
        415
    );
}

#[test]
fn otlp_json_accepts_snake_case_numbers_and_enum_names() {
    let body = br#"{"resource_logs":[{"resource":{"attributes":[{"key":"service.name","value":{"string_value":"w"}}]},
        "scope_logs":[{"log_records":[{"time_unix_nano":1795000000000000000,"severity_number":"SEVERITY_NUMBER_WARN2",
        "body":{"string_value":"x"},"trace_id":"zz"}, {"body":{"int_value":7}}]}]}]}"#;
    let out = otlp_json(body, &ctx()).unwrap();
    assert!(
        out[0].as_ref().unwrap_err().message().contains("trace_id"),
        "a bad id fails its record alone"
    );
    let r = out[1].as_ref().unwrap();
    assert_eq!((r.line.as_str(), r.ts), ("7", ctx().now));
    let good = br#"{"resourceLogs":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"w"}}]},"scopeLogs":[{"logRecords":[{"severityNumber":"SEVERITY_NUMBER_WARN2","body":{"stringValue":"x"}}]}]}]}"#;
    assert_eq!(
        otlp_json(good, &ctx()).unwrap()[0].as_ref().unwrap().level,
        Level::Warn
    );
}

fn action() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("{\"create\":{}}\n{\"message\":\"m\",\"service\":\"s\"}\n".to_owned()),
        Just("{\"index\":{\"_index\":\"s\"}}\n{\"msg\":\"m\"}\n".to_owned()),
        Just("{\"delete\":{\"_id\":\"1\"}}\n".to_owned()),
        Just("{\"update\":{\"_id\":\"1\"}}\n{\"doc\":{}}\n".to_owned()),
        Just("{\"create\":{}}\n{not json}\n".to_owned()),
    ]
}

proptest! {
    #[test]
    fn decoders_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        let c = ctx();
        let _ = otlp_protobuf(&bytes, &c);
        let _ = otlp_json(&bytes, &c);
        let _ = es_bulk(&bytes, &c, Some("x"));
        let _ = ndjson(&bytes, &c);
        let _ = decode_body(Some("gzip"), &bytes, 1 << 16);
    }

    #[test]
    fn bulk_gives_one_item_per_action(actions in prop::collection::vec(action(), 0..40)) {
        let items = es_bulk(actions.concat().as_bytes(), &ctx(), None).unwrap();
        prop_assert_eq!(items.len(), actions.len());
    }
}
