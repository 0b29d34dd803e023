//! NDJSON: one JSON object a line.

use logveil_core::LogRecord;

use crate::document::record_from_document;
use crate::{DecodeContext, RecordError};

/// One result per non-blank line, in order; errors carry their 1-based line number.
pub fn ndjson(body: &[u8], ctx: &DecodeContext) -> Vec<Result<LogRecord, RecordError>> {
    let mut out = Vec::new();
    for (i, raw) in body.split(|&b| b == b'\n').enumerate() {
        let line_no = i + 1;
        let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
        if raw.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let result = match serde_json::from_slice::<serde_json::Value>(raw) {
            Ok(serde_json::Value::Object(doc)) => record_from_document(&doc, ctx, None),
            Ok(_) => Err(RecordError::new(
                400,
                "mapper_parsing_exception",
                "not a JSON object",
            )),
            Err(e) if e.is_syntax() || e.is_eof() => Err(RecordError::new(
                400,
                "parse_exception",
                format!("invalid JSON at column {}", e.column()),
            )),
            Err(_) => Err(RecordError::new(
                400,
                "parse_exception",
                "invalid JSON or UTF-8",
            )),
        };
        out.push(result.map_err(|e| e.at_line(line_no)));
    }
    out
}
