//! Ingest routes: OTLP/HTTP logs, Elasticsearch `_bulk` (and the probes shippers make at
//! startup), NDJSON. Each decodes with `logveil-ingest`, checks every record's service against
//! the caller's token, stores the valid records (masked and sealed, acknowledged once durable)
//! and answers in the protocol's own shape: per-item results for `_bulk`, `partial_success`
//! for OTLP, a list of rejected lines for NDJSON. A bad record never costs the good ones.

use std::borrow::Cow;
use std::sync::Arc;
use std::time::Instant;

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use logveil_core::LogRecord;
use logveil_ingest::{DecodeContext, IngestError, RecordError};

use crate::auth::Caller;
use crate::error::ApiError;
use crate::AppState;

fn ingest_error(e: IngestError) -> ApiError {
    let status = StatusCode::from_u16(e.status()).unwrap_or(StatusCode::BAD_REQUEST);
    let code = match status.as_u16() {
        413 => "too_large",
        415 => "unsupported_encoding",
        _ => "malformed",
    };
    ApiError::new(status, code, e.to_string())
}

fn body<'a>(
    state: &AppState,
    headers: &HeaderMap,
    raw: &'a [u8],
) -> Result<Cow<'a, [u8]>, ApiError> {
    let encoding = headers
        .get(header::CONTENT_ENCODING)
        .and_then(|v| v.to_str().ok());
    logveil_ingest::decode_body(encoding, raw, state.limits.max_decoded).map_err(ingest_error)
}

fn context(state: &AppState, caller: &Caller) -> DecodeContext {
    DecodeContext {
        now: state.storage.clock().now(),
        default_service: caller.default_service(),
        max_line: state.limits.max_line,
    }
}

/// A record refused by authorization rather than by decoding.
fn not_allowed(rec: &LogRecord) -> RecordError {
    RecordError::new(
        403,
        "security_exception",
        format!("this token may not write service {}", rec.service),
    )
}

/// Splits decoded results into records this caller may write and per-record errors (by index).
fn authorize(
    caller: &Caller,
    decoded: Vec<Result<LogRecord, RecordError>>,
) -> (Vec<LogRecord>, Vec<usize>, Vec<(usize, RecordError)>) {
    let mut ok = Vec::with_capacity(decoded.len());
    let mut ok_index = Vec::with_capacity(decoded.len());
    let mut errors = Vec::new();
    for (i, r) in decoded.into_iter().enumerate() {
        match r {
            Ok(rec) if caller.may_write(&rec.service) => {
                ok.push(rec);
                ok_index.push(i);
            }
            Ok(rec) => errors.push((i, not_allowed(&rec))),
            Err(e) => errors.push((i, e)),
        }
    }
    (ok, ok_index, errors)
}

// ---------------------------------------------------------------------------------- NDJSON

pub async fn ndjson(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    headers: HeaderMap,
    raw: Bytes,
) -> Result<Response, ApiError> {
    let data = body(&state, &headers, &raw)?;
    let decoded = logveil_ingest::ndjson(&data, &context(&state, &caller));
    let (records, _, errors) = authorize(&caller, decoded);
    let accepted = records.len();
    state.storage.ingest(records).await?;
    if errors.is_empty() {
        return Ok(Json(serde_json::json!({ "accepted": accepted })).into_response());
    }
    let status = if accepted > 0 {
        StatusCode::MULTI_STATUS
    } else {
        StatusCode::from_u16(errors[0].1.status()).unwrap_or(StatusCode::BAD_REQUEST)
    };
    let list: Vec<serde_json::Value> = errors
        .iter()
        .take(1000)
        .map(|(i, e)| serde_json::json!({ "line": e.line().unwrap_or(i + 1), "status": e.status(), "message": e.message() }))
        .collect();
    Ok((
        status,
        Json(serde_json::json!({ "accepted": accepted, "rejected": errors.len(), "errors": list })),
    )
        .into_response())
}

// ---------------------------------------------------------------------------------- OTLP

pub async fn otlp(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    headers: HeaderMap,
    raw: Bytes,
) -> Result<Response, ApiError> {
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("application/x-protobuf")
        .to_ascii_lowercase();
    let json = content_type.starts_with("application/json");
    if !json
        && !content_type.starts_with("application/x-protobuf")
        && !content_type.starts_with("application/protobuf")
    {
        return Err(ApiError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
            "OTLP/HTTP takes application/x-protobuf or application/json",
        ));
    }
    let data = body(&state, &headers, &raw)?;
    let ctx = context(&state, &caller);
    let decoded = if json {
        logveil_ingest::otlp_json(&data, &ctx)
    } else {
        logveil_ingest::otlp_protobuf(&data, &ctx)
    }
    .map_err(ingest_error)?;
    let (records, _, errors) = authorize(&caller, decoded);
    if records.is_empty() && !errors.is_empty() {
        let e = &errors[0].1;
        return Err(ApiError::new(
            StatusCode::from_u16(e.status()).unwrap_or(StatusCode::BAD_REQUEST),
            "rejected",
            format!(
                "all {} log records rejected; first: {}",
                errors.len(),
                e.message()
            ),
        ));
    }
    state.storage.ingest(records).await?;
    let message = errors
        .first()
        .map(|(_, e)| e.message().to_owned())
        .unwrap_or_default();
    let rejected = errors.len() as i64;
    let (bytes, ct) = if json {
        (
            logveil_ingest::otlp_response_json(rejected, &message),
            "application/json",
        )
    } else {
        (
            logveil_ingest::otlp_response_protobuf(rejected, &message),
            "application/x-protobuf",
        )
    };
    Ok(([(header::CONTENT_TYPE, ct)], bytes).into_response())
}

// ---------------------------------------------------------------------------------- _bulk

pub async fn es_root(caller: Caller) -> Response {
    let _ = caller;
    (
        [
            (header::CONTENT_TYPE, "application/json"),
            (
                header::HeaderName::from_static("x-elastic-product"),
                "Elasticsearch",
            ),
        ],
        logveil_ingest::es_root_document("logveil"),
    )
        .into_response()
}

pub async fn es_bulk(
    state: State<Arc<AppState>>,
    caller: Caller,
    headers: HeaderMap,
    raw: Bytes,
) -> Result<Response, ApiError> {
    bulk(state, caller, headers, None, raw).await
}

pub async fn es_bulk_index(
    state: State<Arc<AppState>>,
    caller: Caller,
    Path(index): Path<String>,
    headers: HeaderMap,
    raw: Bytes,
) -> Result<Response, ApiError> {
    bulk(state, caller, headers, Some(index), raw).await
}

async fn bulk(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    headers: HeaderMap,
    index: Option<String>,
    raw: Bytes,
) -> Result<Response, ApiError> {
    let started = Instant::now();
    let data = body(&state, &headers, &raw)?;
    let items = logveil_ingest::es_bulk(&data, &context(&state, &caller), index.as_deref())
        .map_err(ingest_error)?;
    let mut metas = Vec::with_capacity(items.len());
    let mut decoded = Vec::with_capacity(items.len());
    for item in items {
        let (meta, result) = item.into_parts();
        metas.push(meta);
        decoded.push(result);
    }
    let (records, ok_index, errors) = authorize(&caller, decoded);
    let ids = state.storage.ingest(records).await?;
    let mut outcomes: Vec<Result<u64, RecordError>> = Vec::with_capacity(metas.len());
    outcomes.resize_with(metas.len(), || Ok(0));
    for (i, id) in ok_index.into_iter().zip(ids) {
        outcomes[i] = Ok(id);
    }
    for (i, e) in errors {
        outcomes[i] = Err(e);
    }
    let took = started.elapsed().as_millis() as u64;
    let bytes = logveil_ingest::es_bulk_response(&metas, &outcomes, took);
    Ok((
        [
            (header::CONTENT_TYPE, "application/json"),
            (
                header::HeaderName::from_static("x-elastic-product"),
                "Elasticsearch",
            ),
        ],
        bytes,
    )
        .into_response())
}

/// The other endpoints shippers call at startup, answered so they proceed.
pub fn es_probe_routes() -> Router<Arc<AppState>> {
    let mut r = Router::new();
    for (path, body) in logveil_ingest::es_probe_answers() {
        r = r.route(
            path,
            get(move |_caller: Caller| async move {
                (
                    [
                        (header::CONTENT_TYPE, "application/json"),
                        (
                            header::HeaderName::from_static("x-elastic-product"),
                            "Elasticsearch",
                        ),
                    ],
                    body,
                )
            }),
        );
    }
    r
}
