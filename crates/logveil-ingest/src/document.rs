//! One JSON document (an Elasticsearch `_bulk` source or an NDJSON line) as a log record. The
//! field names are those of ECS, Filebeat, Fluent Bit, Vector, Logstash and common loggers.

use std::collections::BTreeMap;

use logveil_core::{Level, LogRecord, ServiceName, SpanId, Timestamp, TraceId};
use serde_json::{Map, Value};

use crate::{line_too_long, no_service, DecodeContext, RecordError};

/// Nested objects deeper than this are kept as compact JSON text rather than flattened.
const MAX_DEPTH: usize = 32;

const TS_KEYS: &[&str] = &["@timestamp", "timestamp", "time", "ts"];
const LINE_KEYS: &[&str] = &["message", "msg", "log", "line"];
const LEVEL_KEYS: &[&str] = &["log.level", "level", "severity", "lvl", "loglevel"];
const SERVICE_KEYS: &[&str] = &[
    "service.name",
    "service",
    "kubernetes.labels.app",
    "kubernetes.container_name",
];
const TRACE_KEYS: &[&str] = &["trace.id", "trace_id", "traceId"];
const SPAN_KEYS: &[&str] = &["span.id", "span_id", "spanId"];
const LABELS: &[(&str, &[&str])] = &[
    (
        "env",
        &[
            "env",
            "environment",
            "service.environment",
            "deployment.environment",
        ],
    ),
    ("host", &["host.name", "host", "hostname"]),
    (
        "namespace",
        &[
            "kubernetes.namespace_name",
            "kubernetes.namespace",
            "k8s.namespace.name",
        ],
    ),
];

fn flatten<'a>(prefix: &str, v: &'a Value, depth: usize, out: &mut Vec<(String, &'a Value)>) {
    match v {
        Value::Object(m) if depth < MAX_DEPTH && !m.is_empty() => {
            for (k, v) in m {
                let key = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                flatten(&key, v, depth + 1, out);
            }
        }
        _ => out.push((prefix.to_owned(), v)),
    }
}

pub(crate) fn text_of(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// Integer epochs by magnitude: seconds, millis, micros or nanos, exactly.
fn epoch_int(n: i64) -> Option<Timestamp> {
    if n < 0 {
        return None;
    }
    let nanos = if n < 100_000_000_000 {
        n.checked_mul(1_000_000_000)?
    } else if n < 100_000_000_000_000 {
        n.checked_mul(1_000_000)?
    } else if n < 100_000_000_000_000_000 {
        n.checked_mul(1_000)?
    } else {
        n
    };
    Some(Timestamp::from_nanos(nanos))
}

/// Fractional epochs (Fluent Bit sends seconds with a fraction), by the same magnitudes.
fn epoch(n: f64) -> Option<Timestamp> {
    if !n.is_finite() || n < 0.0 {
        return None;
    }
    let nanos = if n < 1e11 {
        n * 1e9
    } else if n < 1e14 {
        n * 1e6
    } else if n < 1e17 {
        n * 1e3
    } else {
        n
    };
    (nanos < 9.2e18).then(|| Timestamp::from_nanos(nanos as i64))
}

pub(crate) fn parse_time(v: &Value) -> Option<Timestamp> {
    match v {
        Value::Number(n) => match n.as_i64() {
            Some(i) => epoch_int(i),
            None => epoch(n.as_f64()?),
        },
        Value::String(s) => {
            let s = s.trim();
            if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) {
                return epoch_int(s.parse().ok()?);
            }
            if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
                return epoch(s.parse().ok()?);
            }
            Timestamp::parse_rfc3339(s).ok().or_else(|| {
                // `2026-11-23 08:00:00.123Z` and `…+0000`: common, and unambiguous.
                let fixed = s.replacen(' ', "T", 1);
                Timestamp::parse_rfc3339(&fixed).ok()
            })
        }
        _ => None,
    }
}

/// `filebeat-8.11.0-2026.11.23` → `filebeat-8.11.0`: index names often end in a date.
pub(crate) fn service_from_index(index: &str) -> Option<ServiceName> {
    let name = index.trim();
    let is_date = |t: &str| {
        let p: Vec<&str> = t.split('.').collect();
        p.len() == 3
            && [4, 2, 2]
                .iter()
                .zip(&p)
                .all(|(n, x)| x.len() == *n && x.bytes().all(|b| b.is_ascii_digit()))
    };
    let name = match name.rsplit_once('-') {
        Some((head, tail)) if is_date(tail) => head,
        _ => name,
    };
    name.parse().ok()
}

pub(crate) fn record_from_document(
    doc: &Map<String, Value>,
    ctx: &DecodeContext,
    fallback_service: Option<&str>,
) -> Result<LogRecord, RecordError> {
    let mut fields: Vec<(String, &Value)> = Vec::with_capacity(doc.len());
    for (k, v) in doc {
        flatten(k, v, 1, &mut fields);
    }
    let mut used = vec![false; fields.len()];
    let mut take =
        |keys: &[&'static str], want: &dyn Fn(&Value) -> bool| -> Option<(&'static str, &Value)> {
            for &key in keys {
                if let Some(i) = fields.iter().position(|(k, v)| k == key && want(v)) {
                    used[i] = true;
                    return Some((key, fields[i].1));
                }
            }
            None
        };
    let is_str = |v: &Value| v.is_string();
    let scalar = |v: &Value| v.is_string() || v.is_number();

    let ts = match take(TS_KEYS, &scalar) {
        Some((k, v)) => parse_time(v).ok_or_else(|| {
            RecordError::new(
                400,
                "mapper_parsing_exception",
                format!("field {k} is not a time: use RFC 3339 or epoch seconds/millis"),
            )
        })?,
        None => ctx.now,
    };
    let line = take(LINE_KEYS, &is_str).map(|(_, v)| text_of(v));
    let level = take(LEVEL_KEYS, &is_str)
        .and_then(|(_, v)| Level::from_text(&text_of(v)))
        .unwrap_or_default();
    let service = match take(SERVICE_KEYS, &is_str) {
        Some((k, v)) => text_of(v).parse::<ServiceName>().map_err(|_| {
            RecordError::new(
                400,
                "mapper_parsing_exception",
                format!("field {k} is not a valid service name (letters, digits, '.', '_', '-')"),
            )
        })?,
        None => match (
            &ctx.default_service,
            fallback_service.and_then(service_from_index),
        ) {
            (Some(s), _) => s.clone(),
            (None, Some(s)) => s,
            (None, None) => return Err(no_service()),
        },
    };
    let trace_id = take(TRACE_KEYS, &|v| {
        v.as_str().is_some_and(|s| s.parse::<TraceId>().is_ok())
    })
    .and_then(|(_, v)| v.as_str()?.parse().ok());
    let span_id = take(SPAN_KEYS, &|v| {
        v.as_str().is_some_and(|s| s.parse::<SpanId>().is_ok())
    })
    .and_then(|(_, v)| v.as_str()?.parse().ok());
    let mut labels = BTreeMap::new();
    for (label, keys) in LABELS {
        if let Some((_, v)) = take(keys, &scalar) {
            labels.insert((*label).to_owned(), text_of(v));
        }
    }
    let line = match line {
        Some(l) => l,
        None => Value::Object(doc.clone()).to_string(),
    };
    if line.len() > ctx.max_line {
        return Err(line_too_long(ctx.max_line));
    }
    let attributes = fields
        .iter()
        .zip(&used)
        .filter(|(_, u)| !**u)
        .map(|((k, v), _)| (k.clone(), text_of(v)))
        .collect();
    Ok(LogRecord {
        ts,
        service,
        level,
        trace_id,
        span_id,
        labels,
        attributes,
        line,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_date_suffixes_are_not_service_names() {
        assert_eq!(
            service_from_index("filebeat-8.11.0-2026.11.23")
                .unwrap()
                .as_str(),
            "filebeat-8.11.0"
        );
        assert_eq!(service_from_index("auth").unwrap().as_str(), "auth");
        assert_eq!(
            service_from_index("logs-2026.11.23").unwrap().as_str(),
            "logs"
        );
        assert!(service_from_index("../etc").is_none());
    }

    #[test]
    fn epoch_numbers_by_magnitude() {
        let want = Timestamp::from_unix_seconds(1_795_000_000);
        for v in [
            serde_json::json!(1_795_000_000),
            serde_json::json!(1_795_000_000_000u64),
            serde_json::json!("1795000000000000"),
        ] {
            assert_eq!(parse_time(&v), Some(want), "{v}");
        }
        assert_eq!(
            parse_time(&serde_json::json!(1_795_000_000.5)),
            Some(Timestamp::from_nanos(1_795_000_000_500_000_000))
        );
        assert_eq!(
            parse_time(&serde_json::json!("2026-11-23 08:00:00Z")),
            Timestamp::parse_rfc3339("2026-11-23T08:00:00Z").ok()
        );
        assert_eq!(parse_time(&serde_json::json!("yesterday")), None);
    }
}
