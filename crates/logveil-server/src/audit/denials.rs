//! Refused calls are audited too: a run of 401s and 403s is how probing and misuse show, and
//! the alert on repeated denials counts these events.
//!
//! One layer sees every API response; a refusal (401 or 403) is recorded as `access_denied`
//! with who (when the token is valid: a 403), where, the route and the refusal's code. Routes
//! that audit their own refusals (sign-in, TOTP) are left to do so.
//!
//! A flood of refusals must not become a flood of synced writes that fills the disk: from one
//! address, the first `[audit] refusals_per_minute` refusals of a minute are recorded one by
//! one, and the rest of that minute as one `access_denied` event with outcome `suppressed`
//! and their `count`, written when the minute is over ([`RefusalThrottle`]). The answers to
//! the calls are the same either way; what is bounded is what each one writes.

use std::net::IpAddr;
use std::sync::Arc;

use logveil_core::Timestamp;

use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::Response;

use crate::auth::Caller;
use crate::error::ErrorCode;
use crate::lockout::{Window, WindowCounts};
use crate::AppState;

/// Paths whose handlers record their own failures (`sign_in`, `step_up`).
fn audits_itself(path: &str, code: Option<&str>) -> bool {
    path == "/api/v1/login"
        || path.starts_with("/auth/oidc/")
        || path.starts_with("/ui/")
        || code.is_some_and(|c| c.starts_with("totp_"))
}

pub async fn record_denials(
    State(state): State<Arc<AppState>>,
    request: Request,
    next: Next,
) -> Response {
    let (parts, body) = request.into_parts();
    let origin = crate::auth::request_context(&parts);
    let authorization = parts
        .headers
        .get(axum::http::header::AUTHORIZATION)
        .cloned();
    let response = next.run(Request::from_parts(parts, body)).await;
    let status = response.status();
    if status != StatusCode::UNAUTHORIZED && status != StatusCode::FORBIDDEN {
        return response;
    }
    let code = response.extensions().get::<ErrorCode>().map(|c| c.0);
    let path = origin.path.clone().unwrap_or_default();
    if audits_itself(&path, code) {
        return response;
    }
    // A 403 comes with a valid token: name who was refused. A 401 has no one to name.
    let caller = match (status, authorization) {
        (StatusCode::FORBIDDEN, Some(header)) => match header.to_str() {
            Ok(h) => match crate::auth::presented_secret(h) {
                Some(secret) => Caller::from_secret(&state, &secret).await.ok(),
                None => None,
            },
            Err(_) => None,
        },
        _ => None,
    };
    let (actor, context) = match caller {
        Some(c) => (c.actor(), c.with_origin(origin).context),
        None => ("anonymous".to_owned(), origin),
    };
    let now = state.storage.clock().now();
    let mut event =
        super::AuditEvent::new(now, &actor, "access_denied", "denied").with_context(&context);
    event.subject = code.map(|c| format!("error:{c}"));
    event.decision = Some(super::Decision {
        allowed: false,
        by: Vec::new(),
    });
    // The call was refused whatever happens here; a failed write is in the server's log.
    if record_refusal(&state, context.peer_ip, &event)
        .await
        .is_err()
    {
        eprintln!("logveil: a refused call to {path} could not be audited");
    }
    response
}

/// Refusals from one address in one minute that were not recorded one by one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suppressed {
    pub address: Option<IpAddr>,
    pub from: Timestamp,
    pub to: Timestamp,
    pub count: u64,
}

/// Counts refusals per address and minute; see the module documentation.
#[derive(Debug)]
pub struct RefusalThrottle {
    per_minute: u32,
    counts: WindowCounts<Option<IpAddr>>,
}

impl RefusalThrottle {
    /// `per_minute` refusals from one address are recorded one by one; 0 records all.
    pub fn new(per_minute: u32) -> Self {
        Self {
            per_minute,
            counts: WindowCounts::new(std::time::Duration::from_secs(60)),
        }
    }

    /// Whether this refusal is recorded on its own, and the summary of this address's last
    /// minute when that minute just ended with refusals left unrecorded.
    pub fn admit(&self, address: Option<IpAddr>, now: Timestamp) -> (bool, Option<Suppressed>) {
        if self.per_minute == 0 {
            return (true, None);
        }
        // Counting lost (a poisoned lock) loses the bound, not the record.
        let Some((n, ended)) = self.counts.add(address, now) else {
            return (true, None);
        };
        let summary = ended.and_then(|w| self.summary(address, &w));
        (n <= u64::from(self.per_minute), summary)
    }

    /// Takes every minute that is over: the summaries of those with refusals left unrecorded.
    /// Run every few seconds, so a flood that stops is still accounted for.
    pub fn expire(&self, now: Timestamp) -> Vec<Suppressed> {
        self.counts
            .expire(now)
            .into_iter()
            .filter_map(|(address, w)| self.summary(address, &w))
            .collect()
    }

    fn summary(&self, address: Option<IpAddr>, w: &Window) -> Option<Suppressed> {
        let suppressed = w.count.saturating_sub(u64::from(self.per_minute));
        (suppressed > 0).then(|| Suppressed {
            address,
            from: w.start,
            to: self.counts.closes(w),
            count: suppressed,
        })
    }
}

/// Records a refused call's event within the bound: on its own while the address is under it,
/// counted otherwise; a summary of the address's last minute comes first when one is due.
pub async fn record_refusal(
    state: &AppState,
    address: Option<IpAddr>,
    event: &super::AuditEvent,
) -> Result<(), crate::error::ApiError> {
    let (record, ended) = state.refusals.admit(address, event.time);
    if let Some(summary) = ended {
        record_suppressed(state, summary).await;
    }
    if record {
        state.audit.record(event).await?;
    }
    Ok(())
}

/// Records one minute's unrecorded refusals from one address as one event.
pub async fn record_suppressed(state: &AppState, s: Suppressed) {
    let now = state.storage.clock().now();
    let context = super::RequestContext {
        peer_ip: s.address,
        ..super::RequestContext::default()
    };
    let mut event = super::AuditEvent::new(now, "anonymous", "access_denied", "suppressed")
        .with_context(&context);
    event.count = Some(s.count);
    event.from = Some(s.from);
    event.to = Some(s.to);
    event.decision = Some(super::Decision {
        allowed: false,
        by: Vec::new(),
    });
    if state.audit.record(&event).await.is_err() {
        eprintln!(
            "logveil: {} refused calls could not be audited as a summary",
            s.count
        );
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

    use super::*;

    fn at(secs: i64) -> Timestamp {
        Timestamp::from_unix_seconds(1_800_000_000 + secs)
    }

    #[test]
    fn past_the_limit_refusals_are_counted_and_summed_up_once_the_minute_is_over() {
        let t = RefusalThrottle::new(3);
        let a: Option<IpAddr> = Some("203.0.113.9".parse().unwrap());
        let b: Option<IpAddr> = Some("198.51.100.1".parse().unwrap());
        let admitted: Vec<bool> = (0..10).map(|i| t.admit(a, at(i)).0).collect();
        assert_eq!(
            admitted,
            [true, true, true, false, false, false, false, false, false, false]
        );
        // Another address has its own count.
        assert_eq!(t.admit(b, at(5)), (true, None));
        assert!(t.expire(at(59)).is_empty(), "the minute is not over");
        // The next refusal after the minute starts a new one and brings the summary.
        let (recorded, ended) = t.admit(a, at(61));
        assert!(recorded);
        assert_eq!(
            ended,
            Some(Suppressed {
                address: a,
                from: at(0),
                to: at(60),
                count: 7
            })
        );
        // A flood that stops is summed up by the periodic sweep; quiet minutes leave nothing.
        for i in 0..5 {
            t.admit(a, at(62 + i));
        }
        let swept = t.expire(at(200));
        assert_eq!(swept.len(), 1, "{swept:?}");
        assert_eq!((swept[0].address, swept[0].count), (a, 3));
        assert!(t.expire(at(400)).is_empty());
    }

    #[test]
    fn a_limit_of_zero_records_every_refusal() {
        let t = RefusalThrottle::new(0);
        assert!((0..1000).all(|i| t.admit(None, at(i / 100)) == (true, None)));
    }
}
