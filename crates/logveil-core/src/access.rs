//! Just-in-time access as a state machine: a request for a scope, reviews, the grant it becomes,
//! and the ways a grant ends. Pure: every method takes "now", so tests drive time, and the
//! store only persists what these methods decide.
//!
//! ```text
//! Pending ──approvals reach N──▶ Active ──deadline──▶ Expired
//!    │  └──TTL──▶ Lapsed              ├──revoke──▶ Revoked
//!    └──deny──▶ Denied                └──drop────▶ Dropped
//! ```
//!
//! A grant's clock starts at the approval that activates it and its deadline is absolute. A
//! requester never reviews their own request, administrators included; each reviewer counts
//! once.

use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::{Level, ServiceName, Timestamp, UserName};

/// What a grant opens: services, PII kinds to unmask, optionally levels below the roles'
/// minimum, and optionally only logs from a time range.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scope {
    pub services: Vec<ServiceName>,
    /// PII kind names (`email`, `phone`…) to show in clear; empty opens services or levels only.
    pub kinds: Vec<String>,
    /// Opens levels down to this one (e.g. debug) on the scope's services.
    pub level: Option<Level>,
    pub logs_from: Option<Timestamp>,
    pub logs_to: Option<Timestamp>,
}

impl Scope {
    /// Whether a record of this service, level and time is inside the scope.
    pub fn covers_record(&self, service: &ServiceName, level: Level, ts: Timestamp) -> bool {
        self.services.contains(service)
            && self.logs_from.is_none_or(|f| ts >= f)
            && self.logs_to.is_none_or(|t| ts < t)
            && self.level.is_none_or(|min| level >= min)
    }

    /// Whether values of `kind` in such a record may be shown in clear.
    pub fn unmasks(&self, kind: &str) -> bool {
        self.kinds.iter().any(|k| k == kind)
    }
}

/// Why a request was made: required, 3–500 characters, kept with the grant and in the audit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Reason(String);

impl Reason {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Reason {
    type Error = AccessError;

    fn try_from(s: String) -> Result<Self, Self::Error> {
        let t = s.trim();
        let n = t.chars().count();
        if !(3..=500).contains(&n) {
            return Err(AccessError::Reason);
        }
        if t.chars().any(char::is_control) {
            return Err(AccessError::Reason);
        }
        Ok(Reason(t.to_owned()))
    }
}

impl From<Reason> for String {
    fn from(r: Reason) -> String {
        r.0
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AccessError {
    #[error(
        "a reason of 3 to 500 characters is required (what you are investigating, e.g. INC-4211)"
    )]
    Reason,
    #[error("the requested duration exceeds this scope's cap of {cap_minutes} minutes")]
    DurationOverCap { cap_minutes: u64 },
    #[error("a duration of at least one minute is required")]
    DurationTooShort,
    #[error("a scope needs at least one service, and kinds or a level to open")]
    EmptyScope,
    #[error("requesters cannot review their own request")]
    SelfReview,
    #[error("this reviewer has already approved the request")]
    AlreadyApproved,
    #[error("the request is {0}, not pending")]
    NotPending(&'static str),
    #[error("the grant is {0}, not active")]
    NotActive(&'static str),
    #[error("only the requester can drop their grant; others revoke it")]
    NotRequester,
}

/// Where a request stands, as of a given instant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Pending,
    /// Pending past its TTL without enough approvals.
    Lapsed,
    Denied,
    Active,
    Expired,
    Revoked,
    Dropped,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Pending => "pending",
            Status::Lapsed => "lapsed",
            Status::Denied => "denied",
            Status::Active => "active",
            Status::Expired => "expired",
            Status::Revoked => "revoked",
            Status::Dropped => "dropped",
        }
    }
}

/// How a request ended or became a grant; `None` while pending.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "event")]
pub enum Decided {
    Denied {
        by: UserName,
        at: Timestamp,
        reason: Reason,
    },
    Granted {
        at: Timestamp,
        deadline: Timestamp,
        ended: Option<Ended>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "how")]
pub enum Ended {
    Revoked { by: UserName, at: Timestamp },
    Dropped { at: Timestamp },
}

/// A request for access, and the grant it may become.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessRequest {
    pub requester: UserName,
    pub scope: Scope,
    pub reason: Reason,
    pub duration: Duration,
    pub created_at: Timestamp,
    /// Pending requests lapse at this instant.
    pub pending_until: Timestamp,
    /// Approvals needed (N of the scope's approvers).
    pub needed: u8,
    pub approvals: Vec<UserName>,
    pub decided: Option<Decided>,
}

impl AccessRequest {
    /// A new pending request. `cap` is the longest grant the scope allows, `ttl` how long the
    /// request may wait for reviews, `needed` how many distinct approvals activate it.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        requester: UserName,
        scope: Scope,
        reason: Reason,
        duration: Duration,
        cap: Duration,
        ttl: Duration,
        needed: u8,
        now: Timestamp,
    ) -> Result<Self, AccessError> {
        if scope.services.is_empty() || (scope.kinds.is_empty() && scope.level.is_none()) {
            return Err(AccessError::EmptyScope);
        }
        if duration < Duration::from_secs(60) {
            return Err(AccessError::DurationTooShort);
        }
        if duration > cap {
            return Err(AccessError::DurationOverCap {
                cap_minutes: cap.as_secs() / 60,
            });
        }
        Ok(Self {
            requester,
            scope,
            reason,
            duration,
            created_at: now,
            pending_until: now.saturating_add(ttl),
            needed: needed.max(1),
            approvals: Vec::new(),
            decided: None,
        })
    }

    pub fn status(&self, now: Timestamp) -> Status {
        match &self.decided {
            None if now >= self.pending_until => Status::Lapsed,
            None => Status::Pending,
            Some(Decided::Denied { .. }) => Status::Denied,
            Some(Decided::Granted {
                ended: Some(Ended::Revoked { .. }),
                ..
            }) => Status::Revoked,
            Some(Decided::Granted {
                ended: Some(Ended::Dropped { .. }),
                ..
            }) => Status::Dropped,
            Some(Decided::Granted { deadline, .. }) if now >= *deadline => Status::Expired,
            Some(Decided::Granted { .. }) => Status::Active,
        }
    }

    /// The instant the grant stops (deadline, revocation or drop), once granted.
    pub fn ends_at(&self) -> Option<Timestamp> {
        match &self.decided {
            Some(Decided::Granted {
                deadline, ended, ..
            }) => Some(match ended {
                Some(Ended::Revoked { at, .. }) | Some(Ended::Dropped { at }) => {
                    (*at).min(*deadline)
                }
                None => *deadline,
            }),
            _ => None,
        }
    }

    fn pending(&self, now: Timestamp) -> Result<(), AccessError> {
        match self.status(now) {
            Status::Pending => Ok(()),
            s => Err(AccessError::NotPending(s.as_str())),
        }
    }

    /// Records an approval by `by` (already checked to be an approver of the scope). Returns
    /// whether this approval activated the grant.
    pub fn approve(&mut self, by: &UserName, now: Timestamp) -> Result<bool, AccessError> {
        self.pending(now)?;
        if *by == self.requester {
            return Err(AccessError::SelfReview);
        }
        if self.approvals.contains(by) {
            return Err(AccessError::AlreadyApproved);
        }
        self.approvals.push(by.clone());
        if self.approvals.len() >= usize::from(self.needed) {
            self.decided = Some(Decided::Granted {
                at: now,
                deadline: now.saturating_add(self.duration),
                ended: None,
            });
            return Ok(true);
        }
        Ok(false)
    }

    pub fn deny(
        &mut self,
        by: &UserName,
        reason: Reason,
        now: Timestamp,
    ) -> Result<(), AccessError> {
        self.pending(now)?;
        if *by == self.requester {
            return Err(AccessError::SelfReview);
        }
        self.decided = Some(Decided::Denied {
            by: by.clone(),
            at: now,
            reason,
        });
        Ok(())
    }

    fn end(&mut self, how: Ended, now: Timestamp) -> Result<(), AccessError> {
        match self.status(now) {
            Status::Active => {}
            s => return Err(AccessError::NotActive(s.as_str())),
        }
        if let Some(Decided::Granted { ended, .. }) = &mut self.decided {
            *ended = Some(how);
        }
        Ok(())
    }

    /// An approver or administrator ends someone's grant early.
    pub fn revoke(&mut self, by: &UserName, now: Timestamp) -> Result<(), AccessError> {
        self.end(
            Ended::Revoked {
                by: by.clone(),
                at: now,
            },
            now,
        )
    }

    /// The requester ends their own grant early.
    pub fn drop_grant(&mut self, by: &UserName, now: Timestamp) -> Result<(), AccessError> {
        if *by != self.requester {
            return Err(AccessError::NotRequester);
        }
        self.end(Ended::Dropped { at: now }, now)
    }

    /// Whether, at `now`, this grant shows values of `kind` of such a record in clear.
    pub fn unmasks(
        &self,
        now: Timestamp,
        service: &ServiceName,
        level: Level,
        ts: Timestamp,
        kind: &str,
    ) -> bool {
        self.status(now) == Status::Active
            && self.scope.covers_record(service, level, ts)
            && self.scope.unmasks(kind)
    }

    /// Whether, at `now`, this grant opens such a record (a level or service the roles do
    /// not); values stay masked unless [`AccessRequest::unmasks`] too.
    pub fn opens(
        &self,
        now: Timestamp,
        service: &ServiceName,
        level: Level,
        ts: Timestamp,
    ) -> bool {
        self.status(now) == Status::Active && self.scope.covers_record(service, level, ts)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: i64) -> Timestamp {
        Timestamp::from_unix_seconds(1_795_000_000 + s)
    }

    fn user(n: &str) -> UserName {
        n.parse().unwrap()
    }

    fn request(needed: u8) -> AccessRequest {
        AccessRequest::new(
            user("alice"),
            Scope {
                services: vec!["payments".parse().unwrap()],
                kinds: vec!["email".into()],
                level: None,
                logs_from: Some(t(-3600)),
                logs_to: None,
            },
            Reason::try_from("INC-4211 checkout failures".to_owned()).unwrap(),
            Duration::from_secs(1800),
            Duration::from_secs(3600),
            Duration::from_secs(900),
            needed,
            t(0),
        )
        .unwrap()
    }

    #[test]
    fn a_grant_starts_at_approval_and_ends_at_its_absolute_deadline() {
        let mut r = request(1);
        assert_eq!(
            r.approve(&user("alice"), t(10)),
            Err(AccessError::SelfReview)
        );
        assert_eq!(r.approve(&user("bob"), t(100)), Ok(true));
        assert_eq!(r.status(t(100)), Status::Active);
        let svc: ServiceName = "payments".parse().unwrap();
        assert!(r.unmasks(t(1899), &svc, Level::Info, t(50), "email"));
        assert!(
            !r.unmasks(t(1900), &svc, Level::Info, t(50), "email"),
            "deadline = approval + 30 min"
        );
        assert!(
            !r.unmasks(t(500), &svc, Level::Info, t(-7200), "email"),
            "logs before the window"
        );
        assert!(
            !r.unmasks(t(500), &svc, Level::Info, t(50), "phone"),
            "kind not granted"
        );
        assert_eq!(r.status(t(1900)), Status::Expired);
    }

    #[test]
    fn n_of_m_counts_each_reviewer_once_and_pending_requests_lapse() {
        let mut r = request(2);
        assert_eq!(r.approve(&user("bob"), t(10)), Ok(false));
        assert_eq!(
            r.approve(&user("bob"), t(11)),
            Err(AccessError::AlreadyApproved)
        );
        assert_eq!(r.approve(&user("carol"), t(12)), Ok(true));
        let mut late = request(1);
        assert_eq!(
            late.approve(&user("bob"), t(900)),
            Err(AccessError::NotPending("lapsed"))
        );
    }

    #[test]
    fn requests_are_refused_without_reason_scope_or_within_cap() {
        assert_eq!(Reason::try_from("  ".to_owned()), Err(AccessError::Reason));
        assert_eq!(
            Reason::try_from("ok\u{7}".to_owned()),
            Err(AccessError::Reason)
        );
        let over = AccessRequest::new(
            user("a"),
            Scope {
                services: vec!["x".parse().unwrap()],
                kinds: vec!["email".into()],
                level: None,
                logs_from: None,
                logs_to: None,
            },
            Reason::try_from("why not".to_owned()).unwrap(),
            Duration::from_secs(7200),
            Duration::from_secs(3600),
            Duration::from_secs(60),
            1,
            t(0),
        );
        assert_eq!(over, Err(AccessError::DurationOverCap { cap_minutes: 60 }));
    }

    #[test]
    fn revoke_and_drop_end_a_grant_at_once() {
        let svc: ServiceName = "payments".parse().unwrap();
        let mut r = request(1);
        r.approve(&user("bob"), t(0)).unwrap();
        assert_eq!(
            r.drop_grant(&user("bob"), t(5)),
            Err(AccessError::NotRequester)
        );
        r.revoke(&user("bob"), t(5)).unwrap();
        assert!(!r.unmasks(t(5), &svc, Level::Info, t(1), "email"));
        assert_eq!(r.status(t(6)), Status::Revoked);
        assert_eq!(
            r.revoke(&user("bob"), t(7)),
            Err(AccessError::NotActive("revoked"))
        );
        let mut d = request(1);
        d.approve(&user("bob"), t(0)).unwrap();
        d.drop_grant(&user("alice"), t(9)).unwrap();
        assert_eq!(d.ends_at(), Some(t(9)));
    }
}
