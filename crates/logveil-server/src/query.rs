//! Reading logs: `POST /api/v1/query` (a page of records) and `POST /api/v1/tail` (server-sent
//! events: the last few records, then every new one as it becomes durable).
//!
//! Both take the query in a JSON body, never in the URL: a `match` value is something a user
//! holds about a person, and URLs end up in proxy and access logs.

use std::collections::{BTreeMap, HashMap};
use std::convert::Infallible;
use std::sync::Arc;
use std::sync::Mutex;
use std::time::Duration;

use crate::access::Grant;
use axum::body::Bytes;
use axum::extract::State;
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::IntoResponse;
use axum::Json;
use futures_util::stream::{self, Stream, StreamExt};
use logveil_core::logql::{self, Query};
use logveil_core::{parse_duration, Level, ServiceName, Timestamp, TraceId};
use logveil_store::logs::SearchRequest;
use logveil_store::record::StoredRecord;
use serde::{Deserialize, Serialize};
use tokio::sync::broadcast::error::RecvError;

use crate::auth::Caller;
use crate::error::ApiError;
use crate::policy::Principal;
use crate::AppState;

const DEFAULT_LIMIT: usize = 100;
const MAX_LIMIT: usize = 5_000;
const DEFAULT_TAIL_BACKLOG: usize = 10;
const DEFAULT_SINCE: Duration = Duration::from_secs(3600);

#[derive(Debug, Clone, Copy, Default, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    #[default]
    Backward,
    Forward,
}

/// A value the caller already holds, to find the records that carry it (by keyed token).
#[derive(Debug, Clone, Deserialize)]
pub struct MatchValue {
    pub kind: String,
    pub value: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QueryBody {
    /// LogQL: `{service="api"} |= "timeout"`. Optional when `trace` is given.
    #[serde(default)]
    pub query: Option<String>,
    /// How far back from now (`1h`, `30m`, `7d`); default 1h. Ignored when `from` is given.
    #[serde(default)]
    pub since: Option<String>,
    #[serde(default)]
    pub from: Option<Timestamp>,
    #[serde(default)]
    pub to: Option<Timestamp>,
    #[serde(default)]
    pub limit: Option<usize>,
    #[serde(default)]
    pub direction: Direction,
    #[serde(default, rename = "match")]
    pub matches: Vec<MatchValue>,
    #[serde(default)]
    pub trace: Option<TraceId>,
}

/// One record as the API returns it (masked).
#[derive(Debug, Clone, Serialize)]
pub struct RecordOut {
    pub id: u64,
    pub ts: Timestamp,
    pub service: ServiceName,
    pub level: logveil_core::Level,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trace_id: Option<TraceId>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub span_id: Option<logveil_core::SpanId>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub labels: BTreeMap<String, String>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub attributes: BTreeMap<String, String>,
    pub line: String,
    /// Kinds shown in clear in this record, by a grant.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub unmasked: Vec<String>,
}

impl From<&StoredRecord> for RecordOut {
    fn from(r: &StoredRecord) -> Self {
        RecordOut {
            id: r.id,
            ts: r.ts,
            service: r.service.clone(),
            level: r.level,
            trace_id: r.trace_id,
            span_id: r.span_id,
            labels: r.labels.iter().cloned().collect(),
            attributes: r.attributes.iter().cloned().collect(),
            line: r.line.clone(),
            unmasked: Vec::new(),
        }
    }
}

/// Puts back, from the sealed originals, the values that the reader's active grants show, and
/// writes the audit event (who, grants, selector, kinds and counts, record ids) before anything
/// is returned. If the event cannot be written, nothing unmasked leaves: the error is returned
/// (fail closed). Records whose data key retention destroyed stay masked.
async fn reveal(
    state: &AppState,
    access: &ReadAccess,
    selector: Option<String>,
    found: Vec<StoredRecord>,
) -> Result<Vec<RecordOut>, ApiError> {
    // One instant for the whole page, so every record is judged against the same grants.
    let now = state.storage.clock().now();
    let mut memo = HashMap::new();
    let mut keys: HashMap<(ServiceName, i64), Option<logveil_store::keyring::DataKey>> =
        HashMap::new();
    let mut out = Vec::with_capacity(found.len());
    let mut counts: Vec<(String, u32)> = Vec::new();
    let mut records = Vec::new();
    let mut grants: Vec<String> = Vec::new();
    let mut tokens: std::collections::BTreeSet<String> = std::collections::BTreeSet::new();
    for r in found {
        let (kinds, ids) = access.revealed(&r, now, &mut memo);
        if kinds.is_empty() {
            out.push(RecordOut::from(&r));
            continue;
        }
        let slot = (r.service.clone(), r.ts.day());
        if !keys.contains_key(&slot) {
            let key = state.storage.existing_data_key(&slot.0, slot.1).await?;
            keys.insert(slot.clone(), key);
        }
        let opened = keys
            .get(&slot)
            .and_then(|k| k.as_ref())
            .and_then(|k| r.open(k).ok());
        let Some(originals) = opened else {
            out.push(RecordOut::from(&r));
            continue;
        };
        let (shown, c) = r.reveal(&originals, &kinds);
        // The keyed token of each value shown (as masked lines print it), so the audit can
        // say who saw a customer's data without holding the data.
        for (i, s) in r.spans.iter().enumerate() {
            if kinds.contains(&s.kind) && i < originals.len() {
                let short: String = s.token[..4].iter().map(|b| format!("{b:02x}")).collect();
                tokens.insert(format!("{}:{short}", s.kind));
            }
        }
        for (k, n) in c {
            match counts.iter_mut().find(|(x, _)| *x == k) {
                Some((_, m)) => *m += n,
                None => counts.push((k, n)),
            }
        }
        records.push(r.id);
        for id in ids {
            if !grants.contains(&id) {
                grants.push(id);
            }
        }
        let mut o = RecordOut::from(&shown);
        o.unmasked = kinds;
        out.push(o);
    }
    if !records.is_empty() {
        let mut event = crate::audit::AuditEvent::new(
            state.storage.clock().now(),
            access.who.name.as_str(),
            "unmasked_read",
            "success",
        );
        let (reasons, incidents) = access.why(&grants);
        event.decision = Some(crate::audit::Decision {
            allowed: true,
            by: grants.iter().map(|g| format!("grant:{g}")).collect(),
        });
        event.grants = grants;
        event.selector = selector;
        event.revealed = counts;
        event.records = records;
        event.tokens = tokens.into_iter().collect();
        event.reason = reasons;
        event.incident = incidents;
        event.context = Some(access.context.clone());
        state.audit.record(&event).await?;
    }
    Ok(out)
}

/// Parses a JSON body without ever echoing its content: serde's messages quote the offending
/// value, and these bodies carry values people hold about people.
pub fn json_body<T: serde::de::DeserializeOwned>(body: &[u8]) -> Result<T, ApiError> {
    serde_json::from_slice(body).map_err(|e| {
        let what = match e.classify() {
            serde_json::error::Category::Syntax | serde_json::error::Category::Eof => {
                "malformed JSON"
            }
            serde_json::error::Category::Data => "a field has the wrong type or name",
            serde_json::error::Category::Io => "unreadable body",
        };
        ApiError::bad_request(
            "invalid_body",
            format!(
                "{what} at line {} column {}; see the API reference for the fields",
                e.line(),
                e.column()
            ),
        )
    })
}

/// Whether any stream of `service` could be readable by `who`: narrows the partitions a query
/// opens. The policy decides per stream afterwards ([`ReadAccess`]).
pub fn may_touch(who: &Principal, service: &ServiceName) -> bool {
    who.admin
        || who.read_keys.iter().any(|k| {
            let s = k.split('|').next().unwrap_or("");
            s == "*" || s == service.as_str()
        })
}

/// The read decisions of one query or tail: the policy, asked once per stream (service,
/// environment, level) and remembered. A policy error denies.
#[derive(Debug)]
pub struct ReadAccess {
    state: Arc<AppState>,
    who: Principal,
    /// Who and from where, for the audit of what this reader is shown.
    context: crate::audit::RequestContext,
    decided: Mutex<HashMap<(ServiceName, String, Level), bool>>,
    /// The reader's active grants, which open services and levels beyond the roles; checked
    /// against the clock on every record, so a grant stops at its deadline mid-stream.
    grants: std::sync::RwLock<Vec<Grant>>,
    /// Until when the reader's last TOTP step-up counts, for grants that require one.
    step_up_until: Option<Timestamp>,
    /// Set when a grant would have shown a value but for a missing or stale step-up.
    step_up_missing: std::sync::atomic::AtomicBool,
}

impl ReadAccess {
    pub fn new(
        state: Arc<AppState>,
        who: Principal,
        context: crate::audit::RequestContext,
        grants: Vec<Grant>,
        stepped_up_at: Option<Timestamp>,
    ) -> Self {
        let valid = state.config.access.step_up_valid.0;
        Self {
            state,
            who,
            context,
            decided: Mutex::new(HashMap::new()),
            grants: std::sync::RwLock::new(grants),
            step_up_until: stepped_up_at.map(|t| t.saturating_add(valid)),
            step_up_missing: std::sync::atomic::AtomicBool::new(false),
        }
    }

    /// Why values were shown: the reasons (masked by the engine) and incidents of `grants`.
    fn why(&self, grants: &[String]) -> (Option<String>, Option<String>) {
        let Ok(known) = self.grants.read() else {
            return (None, None);
        };
        let mut reasons = Vec::new();
        let mut incidents = Vec::new();
        for (_, r) in known.iter().filter(|(id, _)| grants.contains(id)) {
            reasons.push(crate::audit::masked_text(
                self.state.storage.masker(),
                r.reason.as_str(),
            ));
            if let Some(i) = &r.incident {
                incidents.push(i.id.clone());
            }
        }
        let join = |v: Vec<String>| (!v.is_empty()).then(|| v.join("; "));
        (join(reasons), join(incidents))
    }

    /// Whether some value stayed masked only because the reader has not stepped up lately.
    pub fn step_up_missing(&self) -> bool {
        self.step_up_missing
            .load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Reloads the grants (a live tail does every second, so a revocation takes effect).
    pub async fn refresh(&self) -> Result<(), ApiError> {
        let now = self.state.storage.clock().now();
        let fresh = crate::access::active_grants(&self.state, &self.who, now).await?;
        if let Ok(mut g) = self.grants.write() {
            *g = fresh;
        }
        Ok(())
    }

    /// Whether any stream of `service` might be readable, by role or grant.
    pub fn touches(&self, service: &ServiceName) -> bool {
        may_touch(&self.who, service)
            || self
                .grants
                .read()
                .is_ok_and(|g| g.iter().any(|(_, r)| r.scope.services.contains(service)))
    }

    pub fn may_read(&self, r: &StoredRecord) -> bool {
        let now = self.state.storage.clock().now();
        let granted = self.grants.read().is_ok_and(|g| {
            g.iter()
                .any(|(_, a)| a.opens(now, &r.service, r.level, r.ts))
        });
        granted || self.may_read_by_role(r)
    }

    /// The kinds of `r` that a grant shows in clear at `now`, with the ids of those grants.
    ///
    /// `memo` keeps the policy's answers for one instant: given that the state machine found
    /// the record inside a grant's scope (service, level, log range, kind, window), Cedar's
    /// answer depends only on the grant, service, level and kind, so a page of records asks
    /// it once per combination instead of once per value.
    pub fn revealed(
        &self,
        r: &StoredRecord,
        now: Timestamp,
        memo: &mut HashMap<(String, ServiceName, Level, String), bool>,
    ) -> (Vec<String>, Vec<String>) {
        let fresh = self.step_up_until.is_some_and(|until| now < until);
        let mut kinds: Vec<String> = Vec::new();
        let mut ids: Vec<String> = Vec::new();
        if let Ok(g) = self.grants.read() {
            for span in &r.spans {
                if kinds.contains(&span.kind) {
                    continue;
                }
                for (id, a) in g.iter() {
                    // The state machine and the policy must both agree; either saying no keeps
                    // the value masked.
                    let in_scope = a.unmasks(now, &r.service, r.level, r.ts, &span.kind);
                    if in_scope && a.step_up && !fresh {
                        self.step_up_missing
                            .store(true, std::sync::atomic::Ordering::Relaxed);
                        continue;
                    }
                    let allowed = in_scope && {
                        let key = (id.clone(), r.service.clone(), r.level, span.kind.clone());
                        *memo.entry(key).or_insert_with(|| {
                            self.state
                                .policy
                                .may_unmask(
                                    &self.who,
                                    id,
                                    a,
                                    now,
                                    r.service.as_str(),
                                    r.level,
                                    r.ts,
                                    &span.kind,
                                    fresh,
                                )
                                .unwrap_or(false)
                        })
                    };
                    if allowed {
                        kinds.push(span.kind.clone());
                        if !ids.contains(id) {
                            ids.push(id.clone());
                        }
                        break;
                    }
                }
            }
        }
        (kinds, ids)
    }

    fn may_read_by_role(&self, r: &StoredRecord) -> bool {
        let env = r
            .labels
            .iter()
            .find(|(k, _)| k == "env")
            .map_or("", |(_, v)| v.as_str());
        let key = (r.service.clone(), env.to_owned(), r.level);
        if let Some(d) = self.decided.lock().ok().and_then(|m| m.get(&key).copied()) {
            return d;
        }
        let d = self
            .state
            .policy
            .may_read_masked(&self.who, r.service.as_str(), env, r.level)
            .unwrap_or(false);
        if let Ok(mut m) = self.decided.lock() {
            m.insert(key, d);
        }
        d
    }
}

/// A query ready to run: the parsed LogQL, the index narrowing and the exact filter.
struct Plan {
    request: SearchRequest,
    query: Option<Arc<Query>>,
    trace: Option<TraceId>,
    access: Arc<ReadAccess>,
}

impl Plan {
    fn keep(&self) -> Arc<dyn Fn(&StoredRecord) -> bool + Send + Sync> {
        let query = self.query.clone();
        let trace = self.trace;
        let access = self.access.clone();
        Arc::new(move |r: &StoredRecord| {
            if trace.is_some() && r.trace_id != trace {
                return false;
            }
            if !access.may_read(r) {
                return false;
            }
            match &query {
                Some(q) => q.matches(&r.to_log_record()),
                None => true,
            }
        })
    }

    fn tokens_match(&self, r: &StoredRecord) -> bool {
        self.request
            .tokens
            .iter()
            .all(|(kind, tok)| r.spans.iter().any(|s| &s.kind == kind && &s.token == tok))
    }
}

fn plan(
    grants: Vec<Grant>,
    caller: &Caller,
    state: &Arc<AppState>,
    who: &Principal,
    body: QueryBody,
    default_limit: usize,
) -> Result<Plan, ApiError> {
    let query =
        match body
            .query
            .as_deref()
            .map(str::trim)
            .filter(|q| !q.is_empty())
        {
            Some(text) => Some(Arc::new(logql::parse(text).map_err(|e| {
                ApiError::bad_request("invalid_query", format!("{e}\n{}", e.render(text)))
            })?)),
            None if body.trace.is_some() => None,
            None => return Err(ApiError::bad_request(
                "invalid_query",
                "a query is required, e.g. {service=\"api\"} |= \"timeout\" (or give a trace id)",
            )),
        };
    let now = state.storage.clock().now();
    let to = body.to.unwrap_or(now);
    let from = match (body.from, body.since.as_deref()) {
        (Some(f), _) => f,
        (None, Some(s)) => {
            let d = parse_duration(s)
                .map_err(|e| ApiError::bad_request("invalid_since", e.to_string()))?;
            now.saturating_sub(d)
        }
        (None, None) => now.saturating_sub(DEFAULT_SINCE),
    };
    if from > to {
        return Err(ApiError::bad_request("invalid_range", "from is after to"));
    }
    let limit = body.limit.unwrap_or(default_limit);
    if limit == 0 || limit > MAX_LIMIT {
        return Err(ApiError::bad_request(
            "invalid_limit",
            format!("limit must be 1 to {MAX_LIMIT}"),
        ));
    }
    let mut tokens = Vec::new();
    for m in &body.matches {
        let engine = state.storage.masker().engine();
        let kind = crate::params::kind(engine, &m.kind)?;
        let name = engine.kind_name(kind).to_owned();
        let tok = state.storage.masker().token_key().token(
            kind,
            &name,
            m.value.as_bytes(),
            &mut Vec::new(),
        );
        let mut first = [0u8; 8];
        first.copy_from_slice(&tok.0[..8]);
        tokens.push((name, first));
    }
    let access = Arc::new(ReadAccess::new(
        state.clone(),
        who.clone(),
        caller.context.clone(),
        grants,
        caller.token.stepped_up_at,
    ));
    let stored: Vec<ServiceName> = state
        .storage
        .services()?
        .into_iter()
        .filter(|s| access.touches(s))
        .collect();
    let services: Vec<ServiceName> = match query.as_deref().and_then(|q| q.pinned_values("service"))
    {
        Some(pinned) => stored
            .into_iter()
            .filter(|s| pinned.contains(&s.as_str()))
            .collect(),
        None => stored,
    };
    let mut labels = Vec::new();
    for name in ["env", "host", "namespace"] {
        if let Some(values) = query.as_deref().and_then(|q| q.pinned_values(name)) {
            if let [one] = values.as_slice() {
                if !one.is_empty() {
                    labels.push((name.to_owned(), (*one).to_owned()));
                }
            }
        }
    }
    let substrings = query
        .as_deref()
        .map(|q| {
            q.required_substrings()
                .into_iter()
                .map(|s| s.to_string())
                .collect()
        })
        .unwrap_or_default();
    Ok(Plan {
        request: SearchRequest {
            services,
            from,
            to: if body.to.is_some() {
                to
            } else {
                to.saturating_add(Duration::from_nanos(1))
            },
            trace_id: body.trace,
            labels,
            tokens,
            substrings,
            limit,
            newest_first: body.direction == Direction::Backward,
        },
        query,
        trace: body.trace,
        access,
    })
}

pub async fn query(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    body: Bytes,
) -> Result<impl IntoResponse, ApiError> {
    let who = caller.reader()?;
    let grants = crate::access::active_grants(&state, who, state.storage.clock().now()).await?;
    let body: QueryBody = json_body(&body)?;
    let selector = body.query.clone();
    let plan = plan(grants, &caller, &state, who, body, DEFAULT_LIMIT)?;
    let found = state
        .storage
        .search(plan.request.clone(), plan.keep())
        .await?;
    let selector = selector.map(|q| crate::audit::masked_text(state.storage.masker(), &q));
    // Every query is audited before it is answered, unmasked or not.
    let mut event = crate::audit::AuditEvent::new(
        state.storage.clock().now(),
        who.name.as_str(),
        "query",
        "success",
    )
    .with_context(&caller.context);
    event.selector = selector.clone();
    event.from = Some(plan.request.from);
    event.to = Some(plan.request.to);
    event.count = Some(found.len() as u64);
    state.audit.record(&event).await?;
    let records = reveal(&state, &plan.access, selector, found).await?;
    let mut out = serde_json::json!({ "records": records });
    if plan.access.step_up_missing() {
        // The grant would show more: say how, without saying what.
        out["step_up_required"] = true.into();
    }
    Ok(Json(out))
}

pub async fn tail(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    body: Bytes,
) -> Result<Sse<impl Stream<Item = Result<Event, Infallible>>>, ApiError> {
    let who = caller.reader()?.clone();
    let mut body: QueryBody = json_body(&body)?;
    body.direction = Direction::Backward;
    let backlog_limit = body.limit.unwrap_or(DEFAULT_TAIL_BACKLOG);
    body.limit = Some(backlog_limit.max(1));
    // Subscribe before reading the backlog so nothing falls between the two.
    let live = state.storage.subscribe();
    let grants = crate::access::active_grants(&state, &who, state.storage.clock().now()).await?;
    let plan = plan(grants, &caller, &state, &who, body, DEFAULT_TAIL_BACKLOG)?;
    let keep = plan.keep();
    let mut backlog = state
        .storage
        .search(plan.request.clone(), keep.clone())
        .await?;
    backlog.reverse();
    let last_seen = backlog.last().map_or(0, |r| r.id);
    let pinned: Option<Vec<ServiceName>> = plan
        .query
        .as_deref()
        .and_then(|q| q.pinned_values("service"))
        .map(|v| v.iter().filter_map(|s| s.parse().ok()).collect());
    let plan = Arc::new(plan);

    let selector = plan
        .query
        .as_deref()
        .map(|q| crate::audit::masked_text(state.storage.masker(), &q.to_string()));
    let mut opened = crate::audit::AuditEvent::new(
        state.storage.clock().now(),
        who.name.as_str(),
        "tail",
        "success",
    )
    .with_context(&caller.context);
    opened.selector = selector.clone();
    opened.from = Some(plan.request.from);
    state.audit.record(&opened).await?;
    let backlog = reveal(&state, &plan.access, selector.clone(), backlog).await?;
    let first = stream::iter(backlog.into_iter().map(|r| Ok(record_event(&r))));
    let state_live = state.clone();
    let refreshed = Arc::new(Mutex::new(std::time::Instant::now()));
    let rest = stream::unfold((live, last_seen), move |(mut live, last_seen)| {
        let keep = keep.clone();
        let plan = plan.clone();
        let pinned = pinned.clone();
        let refreshed = refreshed.clone();
        let state = state_live.clone();
        let selector = selector.clone();
        async move {
            loop {
                match live.recv().await {
                    Ok(r) => {
                        let due = refreshed
                            .lock()
                            .is_ok_and(|t| t.elapsed() >= Duration::from_secs(1));
                        if due {
                            // Grants revoked elsewhere stop here within a second; an error keeps the
                            // grants already known, which still expire by the clock.
                            let _ = plan.access.refresh().await;
                            if let Ok(mut t) = refreshed.lock() {
                                *t = std::time::Instant::now();
                            }
                        }
                        if r.id <= last_seen {
                            continue;
                        }
                        if pinned.as_ref().is_some_and(|p| !p.contains(&r.service)) {
                            continue;
                        }
                        if !plan.tokens_match(&r) || !keep(&r) {
                            continue;
                        }
                        // An audit failure sends the record masked: nothing unmasked leaves
                        // without its event.
                        let one = vec![(*r).clone()];
                        let shown = match reveal(&state, &plan.access, selector.clone(), one).await
                        {
                            Ok(mut v) => v.pop().unwrap_or_else(|| RecordOut::from(&*r)),
                            Err(_) => RecordOut::from(&*r),
                        };
                        return Some((Ok(record_event(&shown)), (live, last_seen)));
                    }
                    Err(RecvError::Lagged(n)) => {
                        let ev = Event::default()
                            .event("lagged")
                            .data(format!("{{\"skipped\":{n}}}"));
                        return Some((Ok(ev), (live, last_seen)));
                    }
                    Err(RecvError::Closed) => return None,
                }
            }
        }
    });
    Ok(Sse::new(first.chain(rest)).keep_alive(KeepAlive::new().interval(Duration::from_secs(15))))
}

fn record_event(r: &RecordOut) -> Event {
    let data = serde_json::to_string(r).unwrap_or_else(|_| "{}".into());
    Event::default()
        .event("record")
        .id(r.id.to_string())
        .data(data)
}
