//! Searching the audit log: who did what, when, from where — and who saw a customer's data,
//! answered through keyed tokens so neither the log nor the query holds the value.
//!
//! The log is its own index: events are scanned in order from the file, each line first
//! tested as bytes for the strings a filter needs (an actor, an action, a token), so only the
//! few candidate lines are parsed. Pages continue from an event index (`cursor`), which stays
//! valid however much is appended later. Reading is for auditors and administrators, and each
//! search is itself audited.

use std::io::BufRead;
use std::path::Path;
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::State;
use axum::Json;
use logveil_core::Timestamp;
use serde::Deserialize;

use super::StoredEvent;
use crate::auth::Caller;
use crate::error::ApiError;
use crate::query::json_body;
use crate::AppState;

pub const DEFAULT_LIMIT: usize = 100;
pub const MAX_LIMIT: usize = 1000;

/// What to look for; every given field must match.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub actors: Vec<String>,
    /// Action names (`unmask` is short for `unmasked_read`).
    pub actions: Vec<String>,
    pub outcome: Option<String>,
    pub since: Option<Timestamp>,
    pub until: Option<Timestamp>,
    /// A grant (request id) the event names.
    pub grant: Option<String>,
    /// A keyed token of a value (`email:7f3a9c21`) the event showed.
    pub token: Option<String>,
    /// Text the event's subject contains (`role:dev`, `user:alice`).
    pub subject: Option<String>,
}

impl Filter {
    /// Whether a raw event line could match: a byte test that spares parsing most lines.
    fn may_match(&self, line: &[u8]) -> bool {
        let has = |needle: &str| memfind(line, needle.as_bytes());
        (self.actors.is_empty() || self.actors.iter().any(|a| has(a)))
            && (self.actions.is_empty() || self.actions.iter().any(|a| has(a)))
            && self.token.as_deref().is_none_or(has)
            && self.grant.as_deref().is_none_or(has)
    }

    fn matches(&self, e: &StoredEvent) -> bool {
        let ms = |t: Timestamp| t.as_nanos().div_euclid(1_000_000);
        (self.actors.is_empty() || self.actors.contains(&e.actor))
            && (self.actions.is_empty() || self.actions.contains(&e.action))
            && self.outcome.as_ref().is_none_or(|o| *o == e.outcome)
            && self.since.is_none_or(|t| e.time_ms >= ms(t))
            && self.until.is_none_or(|t| e.time_ms < ms(t))
            && self
                .grant
                .as_ref()
                .is_none_or(|g| e.details.grants.contains(g))
            && self
                .token
                .as_ref()
                .is_none_or(|t| e.details.tokens.contains(t))
            && self.subject.as_ref().is_none_or(|s| {
                e.details
                    .subject
                    .as_deref()
                    .is_some_and(|have| have.contains(s.as_str()))
            })
    }
}

fn memfind(hay: &[u8], needle: &[u8]) -> bool {
    needle.is_empty() || hay.windows(needle.len()).any(|w| w == needle)
}

/// One page of matches.
#[derive(Debug, Default)]
pub struct Page {
    /// Each match: its index and its entry as stored.
    pub events: Vec<(u64, serde_json::Value)>,
    /// Where the next page starts, when there may be more.
    pub next: Option<u64>,
    /// Events looked at.
    pub scanned: u64,
}

/// Reads event lines of the log at `path` from index `from` on, in order, calling `each` with
/// the index and raw entry bytes until it returns false. Checkpoint lines are skipped; a torn
/// last line (an append in progress) is left alone.
pub fn scan_events(
    path: &Path,
    from: u64,
    mut each: impl FnMut(u64, &[u8], &[u8]) -> bool,
) -> std::io::Result<()> {
    let file = std::fs::File::open(path)?;
    let mut reader = std::io::BufReader::with_capacity(1 << 20, file);
    let mut line = Vec::new();
    const PREFIX: &[u8] = b"{\"type\":\"event\",\"index\":";
    loop {
        line.clear();
        let n = reader.read_until(b'\n', &mut line)?;
        if n == 0 || line.last() != Some(&b'\n') {
            return Ok(());
        }
        let Some(rest) = line.strip_prefix(PREFIX) else {
            continue;
        };
        let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
        let Some(index) = std::str::from_utf8(&rest[..digits])
            .ok()
            .and_then(|d| d.parse::<u64>().ok())
        else {
            continue;
        };
        if index < from {
            continue;
        }
        // `,"entry":{...}}` then the newline.
        let entry = rest
            .get(digits + 9..rest.len().saturating_sub(2))
            .unwrap_or_default();
        if !each(index, entry, &line) {
            return Ok(());
        }
    }
}

/// Finds up to `limit` events matching `filter`, from index `cursor` on.
pub fn search(path: &Path, filter: &Filter, cursor: u64, limit: usize) -> std::io::Result<Page> {
    let mut page = Page::default();
    scan_events(path, cursor, |index, entry, line| {
        page.scanned += 1;
        if !filter.may_match(line) {
            return true;
        }
        let Some(event) = StoredEvent::parse(index, entry) else {
            return true;
        };
        if !filter.matches(&event) {
            return true;
        }
        if page.events.len() == limit {
            page.next = Some(index);
            return false;
        }
        if let Ok(v) = serde_json::from_slice(entry) {
            page.events.push((index, v));
        }
        true
    })?;
    Ok(page)
}

/// Every event matching `filter`, parsed, for reports. Stops at `cap` events.
pub fn collect(path: &Path, filter: &Filter, cap: usize) -> std::io::Result<Vec<StoredEvent>> {
    let mut out = Vec::new();
    scan_events(path, 0, |index, entry, line| {
        if filter.may_match(line) {
            if let Some(e) = StoredEvent::parse(index, entry).filter(|e| filter.matches(e)) {
                out.push(e);
            }
        }
        out.len() < cap
    })?;
    Ok(out)
}

/// `POST /api/v1/audit/search` body. Values travel in the body, never the URL.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SearchBody {
    #[serde(default)]
    user: Option<String>,
    /// One action or several, comma-separated.
    #[serde(default)]
    action: Option<String>,
    #[serde(default)]
    outcome: Option<String>,
    /// RFC 3339, or a duration back from now (`7d`).
    #[serde(default)]
    since: Option<String>,
    #[serde(default)]
    until: Option<String>,
    #[serde(default)]
    grant: Option<String>,
    #[serde(default)]
    subject: Option<String>,
    /// `kind:8 hex digits`, as masked lines show a token.
    #[serde(default)]
    token: Option<String>,
    /// A value to find readers of, with its kind: turned into its keyed token here and
    /// forgotten.
    #[serde(default)]
    value: Option<KindValue>,
    #[serde(default)]
    cursor: Option<u64>,
    #[serde(default)]
    limit: Option<usize>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KindValue {
    kind: String,
    value: String,
}

/// The short keyed token masked lines show for `value` of `kind`: `email:7f3a9c21`.
pub fn value_token(
    masker: &logveil_mask::Masker,
    kind: &str,
    value: &str,
) -> Result<String, ApiError> {
    let engine = masker.engine();
    let k = crate::params::kind(engine, kind)?;
    let name = engine.kind_name(k);
    let token = masker
        .token_key()
        .token(k, name, value.as_bytes(), &mut Vec::new());
    Ok(format!("{name}:{}", token.short_hex()))
}

fn token_param(text: &str) -> Result<String, ApiError> {
    let ok = text.split_once(':').is_some_and(|(k, hex)| {
        !k.is_empty()
            && k.len() <= 64
            && k.bytes()
                .all(|b| b.is_ascii_lowercase() || b == b'_' || b.is_ascii_digit())
            && hex.len() == 8
            && hex.bytes().all(|b| b.is_ascii_hexdigit())
    });
    if ok {
        Ok(text.to_ascii_lowercase())
    } else {
        Err(ApiError::bad_request(
            "invalid_token",
            "a token is KIND:8 hex digits, as masked lines show it (email:7f3a9c21)",
        ))
    }
}

/// The filter a search body asks for.
pub fn filter_of(state: &AppState, body: &SearchBody) -> Result<Filter, ApiError> {
    let now = state.storage.clock().now();
    let time = |t: &Option<String>| {
        t.as_deref()
            .map(|t| crate::params::since(now, t))
            .transpose()
    };
    let mut filter = Filter {
        actors: body.user.iter().map(|u| u.trim().to_owned()).collect(),
        actions: body
            .action
            .iter()
            .flat_map(|a| a.split(','))
            .map(|a| match a.trim() {
                "unmask" | "unmasked" => "unmasked_read".to_owned(),
                other => other.to_owned(),
            })
            .filter(|a| !a.is_empty())
            .collect(),
        outcome: body.outcome.clone(),
        since: time(&body.since)?,
        until: time(&body.until)?,
        grant: body.grant.clone(),
        token: body.token.as_deref().map(token_param).transpose()?,
        subject: body.subject.clone(),
    };
    if let Some(v) = &body.value {
        filter.token = Some(value_token(state.storage.masker(), &v.kind, &v.value)?);
        if filter.actions.is_empty() {
            filter.actions = vec!["unmasked_read".to_owned()];
        }
    }
    Ok(filter)
}

/// `POST /api/v1/audit/search`: a page of events matching the body's filters, oldest first.
pub async fn search_handler(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    body: Bytes,
) -> Result<Json<serde_json::Value>, ApiError> {
    caller.require_auditor(&state.policy)?;
    let body: SearchBody = json_body(&body)?;
    let filter = filter_of(&state, &body)?;
    let limit = body.limit.unwrap_or(DEFAULT_LIMIT);
    if limit == 0 || limit > MAX_LIMIT {
        return Err(ApiError::bad_request(
            "invalid_limit",
            format!("limit must be 1 to {MAX_LIMIT}"),
        ));
    }
    // The search is recorded with its filters; a value asked about appears only as its token.
    let mut described = Vec::new();
    for (name, v) in [
        ("user", filter.actors.join(",")),
        ("action", filter.actions.join(",")),
        ("token", filter.token.clone().unwrap_or_default()),
        ("grant", filter.grant.clone().unwrap_or_default()),
    ] {
        if !v.is_empty() {
            described.push(format!("{name}:{v}"));
        }
    }
    let now = state.storage.clock().now();
    let mut event = super::AuditEvent::new(now, &caller.actor(), "audit_search", "success")
        .with_context(&caller.context);
    event.subject = (!described.is_empty()).then(|| described.join(" "));
    event.from = filter.since;
    event.to = filter.until;
    state.audit.record(&event).await?;
    let path = state.audit.path().to_owned();
    let cursor = body.cursor.unwrap_or(0);
    let page = tokio::task::spawn_blocking(move || search(&path, &filter, cursor, limit))
        .await
        .map_err(|e| ApiError::unavailable(&e))?
        .map_err(|e| ApiError::unavailable(&e))?;
    let events: Vec<serde_json::Value> = page
        .events
        .into_iter()
        .map(|(index, entry)| serde_json::json!({ "index": index, "entry": entry }))
        .collect();
    Ok(Json(serde_json::json!({
        "events": events,
        "next_cursor": page.next,
        "scanned": page.scanned,
    })))
}
