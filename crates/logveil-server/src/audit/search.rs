//! Searching the audit log: who did what, when, from where — and who saw a customer's data,
//! answered through keyed tokens so neither the log nor the query holds the value.
//!
//! The log is its own index: a search starts at the first event that can be as late as its
//! `since` (found by bisecting the file, see [`read::lower_bound`]), reads on in order, and
//! tests each line as bytes for the strings the filter needs (an actor, an action, a token)
//! so only the few candidate lines are parsed; it stops past `until`. Pages continue from a
//! byte offset (`cursor`), which stays valid however much is appended later. Searches read up
//! to a fresh checkpoint, so every event they show is one a proof can be asked for. Reading is
//! for auditors and administrators, and each search is itself audited.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::State;
use axum::Json;
use logveil_core::Timestamp;
use serde::Deserialize;

use super::read::{self, Line, ReadError};
use super::{LineStore, StoredEvent};
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
    /// Whether a raw event line could match: a byte test (SIMD substring search) that spares
    /// parsing most lines.
    fn may_match(&self, line: &[u8]) -> bool {
        let has = |needle: &str| memchr::memmem::find(line, needle.as_bytes()).is_some();
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

/// One page of matches.
#[derive(Debug, Default)]
pub struct Page {
    /// Each match: its index and its entry as stored.
    pub events: Vec<(u64, serde_json::Value)>,
    /// Where the next page starts (a byte offset in the log), when there may be more.
    pub next: Option<u64>,
    /// Events looked at.
    pub scanned: u64,
}

/// Calls `each` with the byte offset, index and entry of every event among the first `len`
/// bytes of the log in `store`, from byte `cursor` (or, without one, from the first event that
/// can be as late as `filter.since`, found by bisection) until `each` returns false.
fn scan(
    store: &dyn LineStore,
    len: u64,
    filter: &Filter,
    cursor: Option<u64>,
    mut each: impl FnMut(u64, u64, &[u8]) -> bool,
) -> Result<(), ReadError> {
    let start = match (cursor, filter.since) {
        (Some(at), _) => at.min(len),
        (None, Some(since)) => read::lower_bound(store, len, since.as_nanos())?,
        (None, None) => 0,
    };
    let mut lines = read::Lines::open_after(store, start, len)?;
    while let Some((offset, bytes)) = lines.next_line()? {
        if let Line::Event { index, entry } = read::classify(offset, bytes)? {
            if !each(offset, index, &entry) {
                break;
            }
        }
    }
    Ok(())
}

/// Finds up to `limit` events matching `filter` among the first `len` bytes of the log, from
/// the cursor a previous page gave (or the start).
pub fn search(
    store: &dyn LineStore,
    len: u64,
    filter: &Filter,
    cursor: Option<u64>,
    limit: usize,
) -> Result<Page, ReadError> {
    let mut page = Page::default();
    let until = filter
        .until
        .map(|t| t.as_nanos().saturating_add(read::SKEW_NANOS));
    scan(store, len, filter, cursor, |offset, index, entry| {
        page.scanned += 1;
        if !filter.may_match(entry) {
            // Past `until` (and its skew) nothing later can match.
            return until.is_none_or(|u| read::event_time(entry).is_none_or(|t| t <= u));
        }
        let Some(event) = StoredEvent::parse(index, entry) else {
            return true;
        };
        if until.is_some_and(|u| event.time_ms.saturating_mul(1_000_000) > u) {
            return false;
        }
        if !filter.matches(&event) {
            return true;
        }
        if page.events.len() == limit {
            page.next = Some(offset);
            return false;
        }
        if let Ok(v) = serde_json::from_slice(entry) {
            page.events.push((index, v));
        }
        true
    })?;
    Ok(page)
}

/// Every event matching `filter` among the first `len` bytes, parsed, for reports. Stops at
/// `cap` events.
pub fn collect(
    store: &dyn LineStore,
    len: u64,
    filter: &Filter,
    cap: usize,
) -> Result<Vec<StoredEvent>, ReadError> {
    let mut out = Vec::new();
    scan(store, len, filter, None, |_, index, entry| {
        if filter.may_match(entry) {
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
    /// `next_cursor` of the previous page.
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
    let snap = state
        .audit
        .snapshot()
        .await
        .map_err(|e| ApiError::unavailable(&e))?;
    let store = state.audit.store();
    let cursor = body.cursor;
    let page =
        tokio::task::spawn_blocking(move || search(&*store, snap.len, &filter, cursor, limit))
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

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

    use super::*;
    use crate::audit::{AuditEvent, AuditLog};

    /// A real log of `n` events, a minute apart with every seventh written up to 30 s early,
    /// from four people and three actions, with tokens on the unmasked reads.
    fn log(n: u64) -> (tempfile::TempDir, AuditLog, Vec<StoredEvent>) {
        let dir = tempfile::tempdir().unwrap();
        let log = AuditLog::open(dir.path()).unwrap();
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let people = ["alice", "bob", "carol", "dave"];
        let actions = ["query", "unmasked_read", "sign_in"];
        let mut all = Vec::new();
        rt.block_on(async {
            for i in 0..n {
                let skew = if i % 7 == 0 { 30 } else { 0 };
                let time = Timestamp::from_unix_seconds(1_800_000_000 + 60 * i as i64 - skew);
                let mut e = AuditEvent::new(
                    time,
                    people[(i % 4) as usize],
                    actions[(i % 3) as usize],
                    "success",
                );
                if e.action == "unmasked_read" {
                    e.tokens = vec![format!("email:{:08x}", i % 5)];
                    e.grants = vec![format!("req_{:016x}", i % 3)];
                }
                log.record(&e).await.unwrap();
                if i % 50 == 49 {
                    log.checkpoint().await.unwrap();
                }
                let entry = logveil_audit::Entry::from_serialize(&e).unwrap();
                all.push(StoredEvent::parse(i, entry.canonical()).unwrap());
            }
        });
        (dir, log, all)
    }

    #[test]
    fn pages_of_any_filter_are_exactly_what_a_full_scan_finds() {
        let (_dir, log, all) = log(600);
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let len = rt.block_on(log.snapshot()).unwrap().len;
        let at = |minute: i64| Some(Timestamp::from_unix_seconds(1_800_000_000 + 60 * minute));
        let filters = [
            Filter::default(),
            Filter {
                actors: vec!["bob".into()],
                ..Filter::default()
            },
            Filter {
                actions: vec!["unmasked_read".into()],
                token: Some("email:00000003".into()),
                ..Filter::default()
            },
            Filter {
                since: at(250),
                ..Filter::default()
            },
            Filter {
                since: at(100),
                until: at(130),
                actors: vec!["alice".into(), "carol".into()],
                ..Filter::default()
            },
            Filter {
                grant: Some(format!("req_{:016x}", 1)),
                since: at(590),
                ..Filter::default()
            },
            Filter {
                until: at(3),
                ..Filter::default()
            },
            Filter {
                actors: vec!["mallory".into()],
                ..Filter::default()
            },
        ];
        for filter in &filters {
            let expected: Vec<u64> = all
                .iter()
                .filter(|e| filter.matches(e))
                .map(|e| e.index)
                .collect();
            for limit in [1, 7, 1000] {
                let mut got = Vec::new();
                let mut cursor = None;
                loop {
                    let page = search(&*log.store(), len, filter, cursor, limit).unwrap();
                    assert!(page.events.len() <= limit);
                    got.extend(page.events.iter().map(|(i, _)| *i));
                    match page.next {
                        Some(c) => cursor = Some(c),
                        None => break,
                    }
                }
                assert_eq!(got, expected, "{filter:?} limit {limit}");
            }
        }
        // A bisected start reads far less than the whole log.
        let late = Filter {
            since: at(590),
            ..Filter::default()
        };
        let page = search(&*log.store(), len, &late, None, 1000).unwrap();
        assert!(page.scanned < 200, "{} events read", page.scanned);
        // `collect` agrees with the pages.
        let collected: Vec<u64> = collect(&*log.store(), len, &filters[4], 10_000)
            .unwrap()
            .iter()
            .map(|e| e.index)
            .collect();
        let expected: Vec<u64> = all
            .iter()
            .filter(|e| filters[4].matches(e))
            .map(|e| e.index)
            .collect();
        assert_eq!(collected, expected);
    }
}
