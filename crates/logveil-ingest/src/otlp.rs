//! OTLP/HTTP logs: `ExportLogsServiceRequest` as protobuf or as OTLP's JSON mapping, and the
//! `ExportLogsServiceResponse` with `partial_success` when records were rejected.

use std::collections::BTreeMap;

use logveil_core::{Level, LogRecord, ServiceName, SpanId, Timestamp, TraceId};
use prost::Message;
use serde_json::Value as Json;

use crate::otlp_proto::{self as pb, AnyValue, KeyValue, Value};
use crate::{line_too_long, no_service, DecodeContext, IngestError, RecordError};

const MAX_DEPTH: usize = 32;

type Decoded = Vec<Result<LogRecord, RecordError>>;

pub fn otlp_protobuf(body: &[u8], ctx: &DecodeContext) -> Result<Decoded, IngestError> {
    let req = pb::ExportLogsServiceRequest::decode(body).map_err(|e| {
        IngestError::Malformed(format!("not an OTLP ExportLogsServiceRequest: {e}"))
    })?;
    Ok(records(&req, ctx))
}

pub fn otlp_json(body: &[u8], ctx: &DecodeContext) -> Result<Decoded, IngestError> {
    let v: Json = serde_json::from_slice(body).map_err(|e| {
        IngestError::Malformed(format!(
            "invalid JSON at line {} column {}",
            e.line(),
            e.column()
        ))
    })?;
    let req = request_from_json(&v)?;
    Ok(records(&req, ctx))
}

fn response(rejected: i64, message: &str) -> pb::ExportLogsServiceResponse {
    pb::ExportLogsServiceResponse {
        partial_success: (rejected > 0).then(|| pb::ExportLogsPartialSuccess {
            rejected_log_records: rejected,
            error_message: message.to_owned(),
        }),
    }
}

pub fn otlp_response_protobuf(rejected: i64, message: &str) -> Vec<u8> {
    response(rejected, message).encode_to_vec()
}

pub fn otlp_response_json(rejected: i64, message: &str) -> Vec<u8> {
    let v = match response(rejected, message).partial_success {
        Some(p) => serde_json::json!({ "partialSuccess": {
            "rejectedLogRecords": p.rejected_log_records.to_string(),
            "errorMessage": p.error_message } }),
        None => serde_json::json!({}),
    };
    v.to_string().into_bytes()
}

// ------------------------------------------------------------------------------ mapping

fn any_to_json(v: &AnyValue, depth: usize) -> Json {
    match &v.value {
        None => Json::Null,
        Some(Value::StringValue(s)) => Json::String(s.clone()),
        Some(Value::BoolValue(b)) => Json::Bool(*b),
        Some(Value::IntValue(i)) => Json::from(*i),
        Some(Value::DoubleValue(d)) => {
            serde_json::Number::from_f64(*d).map_or(Json::Null, Json::Number)
        }
        Some(Value::BytesValue(b)) => Json::String(b.iter().map(|x| format!("{x:02x}")).collect()),
        Some(Value::ArrayValue(a)) if depth < MAX_DEPTH => {
            Json::Array(a.values.iter().map(|v| any_to_json(v, depth + 1)).collect())
        }
        Some(Value::KvlistValue(kv)) if depth < MAX_DEPTH => Json::Object(
            kv.values
                .iter()
                .map(|p| {
                    (
                        p.key.clone(),
                        p.value
                            .as_ref()
                            .map_or(Json::Null, |v| any_to_json(v, depth + 1)),
                    )
                })
                .collect(),
        ),
        Some(_) => Json::String("…".into()),
    }
}

fn any_to_text(v: &AnyValue) -> String {
    match &v.value {
        Some(Value::StringValue(s)) => s.clone(),
        None => String::new(),
        _ => match any_to_json(v, 0) {
            Json::String(s) => s,
            other => other.to_string(),
        },
    }
}

/// Attributes flattened: nested key-value lists joined with `.`, arrays as compact JSON.
fn flatten_attrs(
    prefix: &str,
    attrs: &[KeyValue],
    depth: usize,
    out: &mut BTreeMap<String, String>,
) {
    for kv in attrs {
        let key = if prefix.is_empty() {
            kv.key.clone()
        } else {
            format!("{prefix}.{}", kv.key)
        };
        match kv.value.as_ref().and_then(|v| v.value.as_ref()) {
            Some(Value::KvlistValue(list)) if depth < MAX_DEPTH => {
                flatten_attrs(&key, &list.values, depth + 1, out)
            }
            _ => {
                out.insert(key, kv.value.as_ref().map(any_to_text).unwrap_or_default());
            }
        }
    }
}

const LABEL_KEYS: &[(&str, &[&str])] = &[
    (
        "env",
        &["deployment.environment.name", "deployment.environment"],
    ),
    ("host", &["host.name"]),
    ("namespace", &["k8s.namespace.name"]),
];

fn records(req: &pb::ExportLogsServiceRequest, ctx: &DecodeContext) -> Decoded {
    let mut out = Vec::new();
    for rl in &req.resource_logs {
        let mut resource = BTreeMap::new();
        if let Some(r) = &rl.resource {
            flatten_attrs("", &r.attributes, 0, &mut resource);
        }
        let service: Result<ServiceName, RecordError> = match resource.remove("service.name") {
            Some(name) => name.parse().map_err(|_| {
                RecordError::new(400, "mapper_parsing_exception", "resource attribute service.name is not a valid service name (letters, digits, '.', '_', '-')")
            }),
            None => ctx.default_service.clone().ok_or_else(no_service),
        };
        let mut labels = BTreeMap::new();
        for (label, keys) in LABEL_KEYS {
            if let Some(v) = keys.iter().find_map(|k| resource.remove(*k)) {
                labels.insert((*label).to_owned(), v);
            }
        }
        let resource_attrs: Vec<(String, String)> = resource
            .into_iter()
            .map(|(k, v)| (format!("resource.{k}"), v))
            .collect();
        for sl in &rl.scope_logs {
            let mut scope_attrs = Vec::new();
            if let Some(s) = &sl.scope {
                if !s.name.is_empty() {
                    scope_attrs.push(("scope.name".to_owned(), s.name.clone()));
                }
                let mut m = BTreeMap::new();
                flatten_attrs("scope", &s.attributes, 0, &mut m);
                scope_attrs.extend(m);
            }
            for lr in &sl.log_records {
                out.push(record(
                    lr,
                    &service,
                    &labels,
                    &resource_attrs,
                    &scope_attrs,
                    ctx,
                ));
            }
        }
    }
    out
}

fn record(
    lr: &pb::LogRecord,
    service: &Result<ServiceName, RecordError>,
    labels: &BTreeMap<String, String>,
    resource_attrs: &[(String, String)],
    scope_attrs: &[(String, String)],
    ctx: &DecodeContext,
) -> Result<LogRecord, RecordError> {
    let service = service.clone()?;
    let nanos =
        |n: u64| (n > 0).then(|| Timestamp::from_nanos(i64::try_from(n).unwrap_or(i64::MAX)));
    let ts = nanos(lr.time_unix_nano)
        .or_else(|| nanos(lr.observed_time_unix_nano))
        .unwrap_or(ctx.now);
    let level = Level::from_otlp_number(lr.severity_number)
        .or_else(|| Level::from_text(&lr.severity_text))
        .unwrap_or_default();
    let trace_id = TraceId::from_slice(&lr.trace_id).map_err(|_| {
        RecordError::new(400, "mapper_parsing_exception", "trace_id must be 16 bytes")
    })?;
    let span_id = SpanId::from_slice(&lr.span_id).map_err(|_| {
        RecordError::new(400, "mapper_parsing_exception", "span_id must be 8 bytes")
    })?;
    let line = lr.body.as_ref().map(any_to_text).unwrap_or_default();
    if line.len() > ctx.max_line {
        return Err(line_too_long(ctx.max_line));
    }
    let mut attributes: BTreeMap<String, String> = resource_attrs.iter().cloned().collect();
    attributes.extend(scope_attrs.iter().cloned());
    flatten_attrs("", &lr.attributes, 0, &mut attributes);
    if !lr.event_name.is_empty() {
        attributes.insert("event.name".to_owned(), lr.event_name.clone());
    }
    Ok(LogRecord {
        ts,
        service,
        level,
        trace_id,
        span_id,
        labels: labels.clone(),
        attributes,
        line,
    })
}

// ------------------------------------------------------------------------------ JSON mapping

/// A field by its lowerCamelCase name (the OTLP JSON mapping) or its proto name.
fn field<'a>(obj: &'a Json, camel: &str, snake: &str) -> Option<&'a Json> {
    obj.get(camel)
        .or_else(|| obj.get(snake))
        .filter(|v| !v.is_null())
}

fn malformed(what: &str) -> IngestError {
    IngestError::Malformed(format!("{what} (see the OTLP JSON encoding)"))
}

fn array<'a>(obj: &'a Json, camel: &str, snake: &str) -> Result<&'a [Json], IngestError> {
    match field(obj, camel, snake) {
        None => Ok(&[]),
        Some(Json::Array(a)) => Ok(a),
        Some(_) => Err(malformed(&format!("{camel} must be an array"))),
    }
}

fn string(obj: &Json, camel: &str, snake: &str) -> Result<String, IngestError> {
    match field(obj, camel, snake) {
        None => Ok(String::new()),
        Some(Json::String(s)) => Ok(s.clone()),
        Some(_) => Err(malformed(&format!("{camel} must be a string"))),
    }
}

/// int64/fixed64 fields: JSON numbers or decimal strings.
fn integer(obj: &Json, camel: &str, snake: &str) -> Result<i128, IngestError> {
    match field(obj, camel, snake) {
        None => Ok(0),
        Some(Json::Number(n)) => n
            .as_i64()
            .map(i128::from)
            .or_else(|| n.as_u64().map(i128::from))
            .ok_or_else(|| malformed(&format!("{camel} must be an integer"))),
        Some(Json::String(s)) => s
            .trim()
            .parse()
            .map_err(|_| malformed(&format!("{camel} must be an integer"))),
        Some(_) => Err(malformed(&format!("{camel} must be an integer"))),
    }
}

/// Trace and span ids are hex in OTLP JSON. Text that is not hex becomes one byte, a length
/// no id has, so that record alone is refused with the id's own message while the rest of the
/// batch goes through.
fn hex_bytes(obj: &Json, camel: &str, snake: &str) -> Result<Vec<u8>, IngestError> {
    let s = string(obj, camel, snake)?;
    let bytes: Option<Vec<u8>> = (s.len() % 2 == 0)
        .then(|| {
            (0..s.len())
                .step_by(2)
                .map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok())
                .collect()
        })
        .flatten();
    Ok(bytes.unwrap_or_else(|| vec![0]))
}

fn any_from_json(v: &Json, depth: usize) -> Result<AnyValue, IngestError> {
    if depth > MAX_DEPTH {
        return Ok(AnyValue {
            value: Some(Value::StringValue(v.to_string())),
        });
    }
    let value = if let Some(s) = field(v, "stringValue", "string_value") {
        Some(Value::StringValue(
            s.as_str()
                .ok_or_else(|| malformed("stringValue must be a string"))?
                .to_owned(),
        ))
    } else if let Some(b) = field(v, "boolValue", "bool_value") {
        Some(Value::BoolValue(
            b.as_bool()
                .ok_or_else(|| malformed("boolValue must be a boolean"))?,
        ))
    } else if field(v, "intValue", "int_value").is_some() {
        let i = integer(v, "intValue", "int_value")?;
        Some(Value::IntValue(
            i64::try_from(i).map_err(|_| malformed("intValue out of range"))?,
        ))
    } else if let Some(d) = field(v, "doubleValue", "double_value") {
        let d = match d {
            Json::Number(n) => n.as_f64(),
            Json::String(s) => s.parse().ok(),
            _ => None,
        };
        Some(Value::DoubleValue(
            d.ok_or_else(|| malformed("doubleValue must be a number"))?,
        ))
    } else if let Some(a) = field(v, "arrayValue", "array_value") {
        let values = array(a, "values", "values")?
            .iter()
            .map(|x| any_from_json(x, depth + 1))
            .collect::<Result<_, _>>()?;
        Some(Value::ArrayValue(pb::ArrayValue { values }))
    } else if let Some(kv) = field(v, "kvlistValue", "kvlist_value") {
        Some(Value::KvlistValue(pb::KeyValueList {
            values: key_values(kv, "values", "values", depth + 1)?,
        }))
    } else {
        // bytesValue (base64 in JSON) is kept as its text.
        field(v, "bytesValue", "bytes_value")
            .map(|b| Value::StringValue(b.as_str().unwrap_or_default().to_owned()))
    };
    Ok(AnyValue { value })
}

fn key_values(
    obj: &Json,
    camel: &str,
    snake: &str,
    depth: usize,
) -> Result<Vec<KeyValue>, IngestError> {
    array(obj, camel, snake)?
        .iter()
        .map(|kv| {
            Ok(KeyValue {
                key: string(kv, "key", "key")?,
                value: match field(kv, "value", "value") {
                    Some(v) => Some(any_from_json(v, depth)?),
                    None => None,
                },
            })
        })
        .collect()
}

fn severity_number(lr: &Json) -> Result<i32, IngestError> {
    match field(lr, "severityNumber", "severity_number") {
        None => Ok(0),
        Some(Json::Number(n)) => Ok(n.as_i64().and_then(|x| i32::try_from(x).ok()).unwrap_or(0)),
        // The enum's name, as some encoders write it: SEVERITY_NUMBER_WARN2.
        Some(Json::String(s)) => {
            let name = s.trim_start_matches("SEVERITY_NUMBER_");
            let (base, step) = match name.find(|c: char| c.is_ascii_digit()) {
                Some(i) => (&name[..i], name[i..].parse::<i32>().unwrap_or(1)),
                None => (name, 1),
            };
            let first = match base {
                "TRACE" => 1,
                "DEBUG" => 5,
                "INFO" => 9,
                "WARN" => 13,
                "ERROR" => 17,
                "FATAL" => 21,
                _ => return Ok(0),
            };
            Ok(first + step.clamp(1, 4) - 1)
        }
        Some(_) => Err(malformed("severityNumber must be a number")),
    }
}

fn request_from_json(v: &Json) -> Result<pb::ExportLogsServiceRequest, IngestError> {
    if !v.is_object() {
        return Err(malformed(
            "the body must be a JSON object with resourceLogs",
        ));
    }
    let mut req = pb::ExportLogsServiceRequest::default();
    for rl in array(v, "resourceLogs", "resource_logs")? {
        let resource = match field(rl, "resource", "resource") {
            Some(r) => Some(pb::Resource {
                attributes: key_values(r, "attributes", "attributes", 0)?,
                dropped_attributes_count: 0,
            }),
            None => None,
        };
        let mut scope_logs = Vec::new();
        for sl in array(rl, "scopeLogs", "scope_logs")? {
            let scope = match field(sl, "scope", "scope") {
                Some(s) => Some(pb::InstrumentationScope {
                    name: string(s, "name", "name")?,
                    version: string(s, "version", "version")?,
                    attributes: key_values(s, "attributes", "attributes", 0)?,
                    dropped_attributes_count: 0,
                }),
                None => None,
            };
            let mut log_records = Vec::new();
            for lr in array(sl, "logRecords", "log_records")? {
                let time = |c, s| integer(lr, c, s).map(|n| u64::try_from(n).unwrap_or(0));
                log_records.push(pb::LogRecord {
                    time_unix_nano: time("timeUnixNano", "time_unix_nano")?,
                    observed_time_unix_nano: time(
                        "observedTimeUnixNano",
                        "observed_time_unix_nano",
                    )?,
                    severity_number: severity_number(lr)?,
                    severity_text: string(lr, "severityText", "severity_text")?,
                    body: match field(lr, "body", "body") {
                        Some(b) => Some(any_from_json(b, 0)?),
                        None => None,
                    },
                    attributes: key_values(lr, "attributes", "attributes", 0)?,
                    dropped_attributes_count: 0,
                    flags: 0,
                    trace_id: hex_bytes(lr, "traceId", "trace_id")?,
                    span_id: hex_bytes(lr, "spanId", "span_id")?,
                    event_name: string(lr, "eventName", "event_name")?,
                });
            }
            scope_logs.push(pb::ScopeLogs {
                scope,
                log_records,
                schema_url: String::new(),
            });
        }
        req.resource_logs.push(pb::ResourceLogs {
            resource,
            scope_logs,
            schema_url: String::new(),
        });
    }
    Ok(req)
}
