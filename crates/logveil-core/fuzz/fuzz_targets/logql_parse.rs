//! Parses arbitrary text as LogQL: no panic; what parses evaluates, and its canonical form
//! parses back to the same query.
#![no_main]

use std::collections::BTreeMap;

use libfuzzer_sys::fuzz_target;
use logveil_core::logql::parse;
use logveil_core::{Level, LogRecord, Timestamp};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let Ok(q) = parse(&text) else { return };
    for line in ["plain line", r#"{"a":{"b":1},"s":"x"}"#, ""] {
        let rec = LogRecord {
            ts: Timestamp::from_nanos(0),
            service: "api".parse().unwrap(),
            level: Level::Info,
            trace_id: None,
            span_id: None,
            labels: BTreeMap::from([("env".to_owned(), "prod".to_owned())]),
            attributes: BTreeMap::new(),
            line: line.to_owned(),
        };
        let _ = q.matches(&rec);
    }
    let canonical = q.to_string();
    let back = parse(&canonical).unwrap_or_else(|e| panic!("canonical form does not parse: {}", e.render(&canonical)));
    assert_eq!(back, q, "canonical form parses to another query");
});
