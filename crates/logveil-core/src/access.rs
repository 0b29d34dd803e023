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
    #[error("a duration of at least {min_secs} seconds is required")]
    DurationTooShort { min_secs: u64 },
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
    #[error("a rule name is 1-64 letters, digits, '-' or '_'")]
    RuleName,
    #[error("only break-glass grants are reviewed after the fact")]
    NotBreakGlass,
    #[error("this break-glass grant has been reviewed already")]
    AlreadyReviewed,
    #[error("an incident id is 1-64 printable characters and a severity 1-32 letters or digits")]
    Incident,
}

/// Who approved: a person, or an auto-approval rule of the configuration (`rule:NAME`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Reviewer {
    Person(UserName),
    Rule(String),
}

impl std::fmt::Display for Reviewer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Reviewer::Person(u) => write!(f, "{u}"),
            Reviewer::Rule(r) => write!(f, "rule:{r}"),
        }
    }
}

impl std::str::FromStr for Reviewer {
    type Err = crate::CoreError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.strip_prefix("rule:") {
            Some(r)
                if !r.is_empty()
                    && r.len() <= 64
                    && r.bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_') =>
            {
                Ok(Reviewer::Rule(r.to_owned()))
            }
            Some(_) => Err(crate::CoreError::Name(
                "a rule name is 1-64 letters, digits, '-' or '_'",
            )),
            None => s.parse().map(Reviewer::Person),
        }
    }
}

impl Serialize for Reviewer {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Reviewer {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d)?
            .parse()
            .map_err(serde::de::Error::custom)
    }
}

/// The incident a request is made for, as the requester names it; auto-approval rules check
/// its severity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Incident {
    /// `INC-4211`: 1-64 printable characters.
    pub id: String,
    /// `sev1`…: compared without case.
    pub severity: String,
}

/// The after-the-fact review every break-glass grant must get.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PostReview {
    pub by: UserName,
    pub at: Timestamp,
    /// Whether the use was justified.
    pub justified: bool,
    pub note: Reason,
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
    pub approvals: Vec<Reviewer>,
    pub decided: Option<Decided>,
    /// Unmasked reads under this grant need a fresh TOTP step-up.
    #[serde(default)]
    pub step_up: bool,
    #[serde(default)]
    pub incident: Option<Incident>,
    /// Self-activated in an emergency; must be reviewed afterwards.
    #[serde(default)]
    pub break_glass: bool,
    #[serde(default)]
    pub post_review: Option<PostReview>,
}

impl Incident {
    pub fn new(id: &str, severity: &str) -> Result<Self, AccessError> {
        let id = id.trim();
        let severity = severity.trim().to_ascii_lowercase();
        let id_ok = (1..=64).contains(&id.chars().count()) && !id.chars().any(char::is_control);
        let sev_ok = (1..=32).contains(&severity.len())
            && severity.bytes().all(|b| b.is_ascii_alphanumeric());
        if !(id_ok && sev_ok) {
            return Err(AccessError::Incident);
        }
        Ok(Incident {
            id: id.to_owned(),
            severity,
        })
    }
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
        Self::with_bounds(
            requester,
            scope,
            reason,
            duration,
            Duration::from_secs(60)..=cap,
            ttl,
            needed,
            now,
        )
    }

    /// [`AccessRequest::new`] with the shortest grant set by configuration too.
    #[allow(clippy::too_many_arguments)]
    pub fn with_bounds(
        requester: UserName,
        scope: Scope,
        reason: Reason,
        duration: Duration,
        bounds: std::ops::RangeInclusive<Duration>,
        ttl: Duration,
        needed: u8,
        now: Timestamp,
    ) -> Result<Self, AccessError> {
        if scope.services.is_empty() || (scope.kinds.is_empty() && scope.level.is_none()) {
            return Err(AccessError::EmptyScope);
        }
        if duration < *bounds.start() {
            return Err(AccessError::DurationTooShort {
                min_secs: bounds.start().as_secs(),
            });
        }
        let cap = *bounds.end();
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
            step_up: false,
            incident: None,
            break_glass: false,
            post_review: None,
        })
    }

    /// A break-glass grant: active from `now` without review, for at most `cap`; it waits for
    /// an after-the-fact review ([`AccessRequest::review_after`]).
    pub fn break_glass(
        requester: UserName,
        scope: Scope,
        reason: Reason,
        duration: Duration,
        bounds: std::ops::RangeInclusive<Duration>,
        now: Timestamp,
    ) -> Result<Self, AccessError> {
        let mut r = Self::with_bounds(
            requester,
            scope,
            reason,
            duration,
            bounds,
            Duration::ZERO,
            1,
            now,
        )?;
        r.break_glass = true;
        r.decided = Some(Decided::Granted {
            at: now,
            deadline: now.saturating_add(duration),
            ended: None,
        });
        Ok(r)
    }

    /// Whether this is a break-glass grant nobody has reviewed yet.
    pub fn awaiting_review(&self) -> bool {
        self.break_glass && self.post_review.is_none()
    }

    /// The after-the-fact review of a break-glass grant, by someone other than its requester;
    /// once. It may come while the grant is still active.
    pub fn review_after(
        &mut self,
        by: &UserName,
        justified: bool,
        note: Reason,
        now: Timestamp,
    ) -> Result<(), AccessError> {
        if !self.break_glass {
            return Err(AccessError::NotBreakGlass);
        }
        if *by == self.requester {
            return Err(AccessError::SelfReview);
        }
        if self.post_review.is_some() {
            return Err(AccessError::AlreadyReviewed);
        }
        self.post_review = Some(PostReview {
            by: by.clone(),
            at: now,
            justified,
            note,
        });
        Ok(())
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
        let reviewer = Reviewer::Person(by.clone());
        if self.approvals.contains(&reviewer) {
            return Err(AccessError::AlreadyApproved);
        }
        self.approvals.push(reviewer);
        if self.approvals.len() >= usize::from(self.needed) {
            self.activate(now);
            return Ok(true);
        }
        Ok(false)
    }

    /// Approval by a configured rule (the caller checked that the rule covers the request):
    /// recorded as that rule's review, and it activates the grant.
    pub fn approve_by_rule(&mut self, rule: &str, now: Timestamp) -> Result<(), AccessError> {
        self.pending(now)?;
        let reviewer: Reviewer = format!("rule:{rule}")
            .parse()
            .map_err(|_| AccessError::RuleName)?;
        self.approvals.push(reviewer);
        self.activate(now);
        Ok(())
    }

    fn activate(&mut self, now: Timestamp) {
        self.decided = Some(Decided::Granted {
            at: now,
            deadline: now.saturating_add(self.duration),
            ended: None,
        });
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
