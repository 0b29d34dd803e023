//! The audit log over HTTP.

use std::sync::Arc;

use axum::body::{Body, Bytes};
use axum::extract::{RawQuery, State};
use axum::response::IntoResponse;
use futures_util::stream::{self, Stream, StreamExt};
use logveil_core::Timestamp;
use serde::Deserialize;

use super::{AuditEvent, ORIGIN};
use crate::auth::Caller;
use crate::error::ApiError;
use crate::policy::Principal;
use crate::AppState;

/// Who may read the audit log (export it, ask for proofs): the one check every audit read
/// goes through. Auditors and administrators, as the Cedar policy `read_audit` says.
pub(super) fn audit_reader<'c>(
    caller: &'c Caller,
    state: &AppState,
) -> Result<&'c Principal, ApiError> {
    caller.require_auditor(&state.policy)
}

/// Reads a query string into `T`; any fault is `invalid_range`, with an example of what is
/// accepted.
pub(super) fn parse_query<T: serde::de::DeserializeOwned>(
    query: Option<&str>,
    example: &str,
) -> Result<T, ApiError> {
    serde_urlencoded::from_str(query.unwrap_or("")).map_err(|e| {
        ApiError::bad_request(
            "invalid_range",
            format!("bad query parameters ({e}); expected e.g. {example}"),
        )
    })
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExportParams {
    from: Option<String>,
    to: Option<String>,
}

/// An export bound: RFC 3339, or a duration back from now (`7d`, `24h`, `30m`).
fn export_time(name: &str, text: &str, now: Timestamp) -> Result<Timestamp, ApiError> {
    crate::params::since(now, text)
        .map_err(|e| ApiError::bad_request("invalid_range", format!("{name}={}", e.message)))
}

/// Bytes read from the file per chunk of the response.
const CHUNK: u64 = 64 << 10;

/// `GET /api/v1/audit/export[?from=TIME][&to=TIME]`: the log (events and signed checkpoints),
/// for `logveil audit verify`; streamed from the file, so memory does not grow with the log.
/// With `from`, it starts with a frontier line (the tree before its first event) and the
/// events from the first one at or after `from`; with `to`, it ends at the first checkpoint
/// after the last event at or before `to`. Either way every event in it is under a signed
/// checkpoint. The read is itself audited (with its range), and a full export includes that
/// event.
pub async fn export(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    RawQuery(query): RawQuery,
) -> Result<axum::response::Response, ApiError> {
    let who = audit_reader(&caller, &state)?;
    let params: ExportParams = parse_query(
        query.as_deref(),
        "?from=7d or ?from=2026-11-23T00:00:00Z&to=2026-11-24T00:00:00Z",
    )?;
    let now = state.storage.clock().now();
    let from = params
        .from
        .as_deref()
        .map(|t| export_time("from", t, now))
        .transpose()?;
    let to = params
        .to
        .as_deref()
        .map(|t| export_time("to", t, now))
        .transpose()?;
    if let (Some(f), Some(t)) = (from, to) {
        if f > t {
            return Err(ApiError::bad_request(
                "invalid_range",
                format!("from ({f}) is after to ({t})"),
            ));
        }
    }
    let mut event = AuditEvent::new(now, who.name.as_str(), "audit_export", "success")
        .with_context(&caller.context);
    event.from = from;
    event.to = to;
    state.audit.record(&event).await?;
    let plan = state
        .audit
        .plan_export(from.map(Timestamp::as_nanos), to.map(Timestamp::as_nanos))
        .await?;
    let store = state.audit.store();
    let range = tokio::task::spawn_blocking(move || store.read_range(plan.start, plan.end))
        .await
        .map_err(|e| ApiError::unavailable(&e))?
        .map_err(super::read::ReadError::from)?;
    let head = plan.frontier.map(|f| {
        let mut line = logveil_audit::frontier_line(&f);
        line.push('\n');
        Ok(Bytes::from(line))
    });
    let body = stream::iter(head).chain(stored_bytes(range, plan.end - plan.start));
    Ok((
        [(axum::http::header::CONTENT_TYPE, "application/x-ndjson")],
        Body::from_stream(body),
    )
        .into_response())
}

/// `len` bytes from a stored range, a chunk at a time (each read on the blocking pool: a
/// store may be a file or a database).
fn stored_bytes(
    range: Box<dyn std::io::Read + Send>,
    len: u64,
) -> impl Stream<Item = std::io::Result<Bytes>> + Send + 'static {
    stream::unfold((range, len), |(mut range, left)| async move {
        if left == 0 {
            return None;
        }
        let chunk = tokio::task::spawn_blocking(move || {
            let mut buf = vec![0u8; left.min(CHUNK) as usize];
            let read = range.read(&mut buf);
            (range, buf, read)
        })
        .await;
        let (range, mut buf, read) = match chunk {
            Ok(c) => c,
            Err(e) => {
                return Some((
                    Err(std::io::Error::other(e)),
                    (
                        Box::new(std::io::empty()) as Box<dyn std::io::Read + Send>,
                        0,
                    ),
                ))
            }
        };
        match read {
            Ok(0) => {
                eprintln!("logveil: the audit log ended before the export did");
                Some((
                    Err(std::io::Error::from(std::io::ErrorKind::UnexpectedEof)),
                    (range, 0),
                ))
            }
            Ok(n) => {
                buf.truncate(n);
                Some((Ok(Bytes::from(buf)), (range, left - n as u64)))
            }
            Err(e) => {
                eprintln!("logveil: audit export read failed: {e}");
                Some((Err(e), (range, 0)))
            }
        }
    })
}

/// `GET /api/v1/audit/pubkey`: the key that verifies the checkpoints (public by nature, but
/// only to signed-in callers, like every other route).
pub async fn pubkey(
    axum::extract::State(state): axum::extract::State<Arc<crate::AppState>>,
    _caller: crate::auth::Caller,
) -> axum::Json<serde_json::Value> {
    axum::Json(serde_json::json!({ "key": state.audit.verifier_key(), "origin": ORIGIN }))
}
