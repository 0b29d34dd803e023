//! Alert rules on high-risk actions: the audit log's watcher, deciding which durable events a
//! security team must hear about at once.
//!
//! This module owns the rules' evaluation and their in-memory state; delivery is
//! [`crate::notify`]'s (kind `alert`: same signature, retries and failure record as access
//! notifications), and the rules themselves are `[alerts]` in the configuration
//! ([`crate::config::AlertsConfig`]). It sits behind [`AuditLog::watch`] rather than in each
//! handler so that every audited action is seen, in one place, only once it is durable: an
//! action that was refused for want of an audit record raises nothing.
//!
//! The rules ([`Rule`]): break-glass activated; an unmasked read of a listed kind (payment and
//! government ids by default); more than N records read unmasked by one person within a
//! window; N denials of one actor within a window; a change of roles or configuration; a
//! failed verification of the audit log.
//!
//! Evaluation runs on the task that recorded the event, so it only counts, under a short
//! lock, and hands the alert to the notifier (which spawns) and its `alert` audit record to a
//! spawned task. Windows are measured in event time (the gateway's clock), never wall time.
//! Threshold rules raise at most one alert per actor per window. Memory is bounded: entries
//! older than a window are dropped, each actor keeps at most [`MAX_ENTRIES`] entries per
//! counter (beyond that, the newest entries are merged, which can only make a rule fire
//! earlier), and at most [`MAX_ACTORS`] actors are tracked (the one idle longest is forgotten).
//!
//! An alert carries the rule, a severity, the actor, the action, kinds and counts, grant ids,
//! counts and the event's time: never a value, never the query's selector, never a secret. The
//! only free-form field, a change's subject (`role:dev`, `config:masking`), is masked like a
//! log line before it leaves.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex, Weak};
use std::time::Duration;

use logveil_core::Timestamp;
use logveil_mask::Masker;
use serde::Serialize;

use crate::audit::{AuditEvent, AuditLog};
use crate::config::AlertsConfig;
use crate::notify::{NotificationKind, Notifier};

/// The audit action recording that an alert was raised; never evaluated itself.
pub const ALERT_ACTION: &str = "alert";
/// Actors whose counters are kept at once.
pub const MAX_ACTORS: usize = 10_000;
/// Entries one counter of one actor keeps.
pub const MAX_ENTRIES: usize = 1024;

/// Which rule raised an alert: named like its `[alerts]` key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    BreakGlass,
    UnmaskKinds,
    BulkUnmask,
    RepeatedDenials,
    Changes,
    VerificationFailure,
}

impl Rule {
    pub fn as_str(self) -> &'static str {
        match self {
            Rule::BreakGlass => "break_glass",
            Rule::UnmaskKinds => "unmask_kinds",
            Rule::BulkUnmask => "bulk_unmask",
            Rule::RepeatedDenials => "repeated_denials",
            Rule::Changes => "changes",
            Rule::VerificationFailure => "verification_failure",
        }
    }

    fn severity(self) -> Severity {
        match self {
            Rule::BreakGlass | Rule::VerificationFailure => Severity::Critical,
            Rule::UnmaskKinds | Rule::BulkUnmask => Severity::High,
            Rule::RepeatedDenials | Rule::Changes => Severity::Medium,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Critical,
    High,
    Medium,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Critical => "critical",
            Severity::High => "high",
            Severity::Medium => "medium",
        }
    }
}

/// How many values of one kind were shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct KindCount {
    pub kind: String,
    pub count: u32,
}

/// One raised alert, as delivered (under `logveil` in the payload) and recorded.
#[derive(Debug, Clone, Serialize)]
pub struct Alert {
    /// `alert_` and 24 hex digits: the delivery's id in the failed-deliveries record.
    pub id: String,
    pub rule: Rule,
    pub severity: Severity,
    /// Who acted (for a sign-in failure, the name that was tried, when it is a valid name).
    pub actor: String,
    /// The audited action that raised it, and its outcome.
    pub action: &'static str,
    pub outcome: &'static str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub kinds: Vec<KindCount>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub grants: Vec<String>,
    /// What a change changed (`role:dev`, `config:masking`), masked.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// Threshold rules: the count within the window, the limit and the window.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub count: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub window_secs: Option<u64>,
    /// The event's time.
    pub at: Timestamp,
}

impl Alert {
    fn new(rule: Rule, e: &AuditEvent) -> Self {
        Alert {
            id: format!("alert_{}", crate::notify::random_id()),
            rule,
            severity: rule.severity(),
            actor: e.actor.clone(),
            action: e.action,
            outcome: e.outcome,
            kinds: Vec::new(),
            grants: e.grants.clone(),
            subject: None,
            count: None,
            limit: None,
            window_secs: None,
            at: e.time,
        }
    }

    /// One line saying what happened, for people (Slack's `text`).
    pub fn headline(&self) -> String {
        let who = &self.actor;
        let kinds = || {
            self.kinds
                .iter()
                .map(|k| format!("{} ({})", k.kind, k.count))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let count = self.count.unwrap_or_default();
        let window = crate::notify::human_duration(self.window_secs.unwrap_or_default());
        match self.rule {
            Rule::BreakGlass => format!("Break-glass access activated by {who}"),
            Rule::UnmaskKinds => format!("{who} read {} unmasked", kinds()),
            Rule::BulkUnmask => format!(
                "{who} read {count} records unmasked within {window} (limit {})",
                self.limit.unwrap_or_default()
            ),
            Rule::RepeatedDenials => format!("{count} denials for {who} within {window}"),
            Rule::Changes => format!(
                "{} by {who}: {}",
                self.action,
                self.subject.as_deref().unwrap_or("(unnamed)")
            ),
            Rule::VerificationFailure => format!("Audit log verification failed (run by {who})"),
        }
    }

    /// The audit record of this alert: action `alert`, outcome `raised`, subject the rule.
    fn audit_event(&self) -> AuditEvent {
        let mut e = AuditEvent::new(self.at, &self.actor, ALERT_ACTION, "raised");
        e.subject = Some(self.rule.as_str().to_owned());
        e.grants = self.grants.clone();
        e.revealed = self
            .kinds
            .iter()
            .map(|k| (k.kind.clone(), k.count))
            .collect();
        e.count = self.count;
        e
    }
}

/// Counts within a sliding window of event time, raising at most once per window.
#[derive(Debug, Default, Clone)]
pub struct Window {
    /// (time, count), oldest first; times never decrease.
    entries: VecDeque<(Timestamp, u64)>,
    total: u64,
    /// When this counter last raised an alert.
    raised: Option<Timestamp>,
}

impl Window {
    /// Adds `n` at `at`, drops what is `window` or more older, and answers the total within
    /// the window when it reaches `limit` and no alert was raised within the last `window`.
    pub fn add(&mut self, at: Timestamp, n: u64, window: Duration, limit: u64) -> Option<u64> {
        // Events of concurrent requests can be recorded slightly out of order: an entry is
        // never placed before a later one, so pruning from the front stays correct.
        let at = self.entries.back().map_or(at, |&(last, _)| last.max(at));
        self.prune(at, window);
        if self.entries.len() >= MAX_ENTRIES {
            // Merged into the newest entry: the merged counts stay longer, so the rule can only
            // fire earlier, never miss a crossing.
            if let Some((_, m)) = self.entries.pop_back() {
                self.entries.push_back((at, m.saturating_add(n)));
            }
        } else {
            self.entries.push_back((at, n));
        }
        self.total = self.total.saturating_add(n);
        let quiet = self.raised.is_some_and(|r| at < r.saturating_add(window));
        if self.total >= limit && !quiet {
            self.raised = Some(at);
            return Some(self.total);
        }
        None
    }

    fn prune(&mut self, now: Timestamp, window: Duration) {
        let cutoff = now.saturating_sub(window);
        while let Some(&(t, n)) = self.entries.front() {
            if t > cutoff {
                break;
            }
            self.entries.pop_front();
            self.total = self.total.saturating_sub(n);
        }
    }

    /// Whether nothing in it still matters at `now`: no entry and no quiet period left.
    fn idle(&mut self, now: Timestamp, window: Duration) -> bool {
        self.prune(now, window);
        self.entries.is_empty() && self.raised.is_none_or(|r| now >= r.saturating_add(window))
    }
}

/// What is kept about one actor.
#[derive(Debug, Default)]
struct Tracked {
    last_seen: Timestamp,
    unmasked: Window,
    denials: Window,
    /// Kind → until when its reads stay quiet.
    quiet: Vec<(String, Timestamp)>,
}

/// The rules in force, their counters, and where alerts go.
#[derive(Debug)]
struct State {
    rules: Arc<AlertsConfig>,
    notifier: Option<Notifier>,
    actors: HashMap<String, Tracked>,
}

impl State {
    /// Whether anything would be evaluated: rules on and someone to tell.
    fn active(&self) -> bool {
        self.rules.enabled
            && self
                .notifier
                .as_ref()
                .is_some_and(|n| n.wants(NotificationKind::Alert))
    }

    fn tracked(&mut self, actor: &str, now: Timestamp) -> &mut Tracked {
        if !self.actors.contains_key(actor) && self.actors.len() >= MAX_ACTORS {
            self.forget_idle(now);
            if self.actors.len() >= MAX_ACTORS {
                let oldest = self
                    .actors
                    .iter()
                    .min_by_key(|(_, t)| t.last_seen)
                    .map(|(name, _)| name.clone());
                if let Some(name) = oldest {
                    self.actors.remove(&name);
                }
            }
        }
        let t = self.actors.entry(actor.to_owned()).or_default();
        t.last_seen = t.last_seen.max(now);
        t
    }

    fn forget_idle(&mut self, now: Timestamp) {
        let (bulk, denials) = (
            self.rules.bulk_unmask.window.0,
            self.rules.repeated_denials.window.0,
        );
        self.actors.retain(|_, t| {
            t.quiet.retain(|(_, until)| now < *until);
            !(t.unmasked.idle(now, bulk) && t.denials.idle(now, denials) && t.quiet.is_empty())
        });
    }

    /// The alerts `e` raises under the rules in force, counters updated.
    fn evaluate(&mut self, e: &AuditEvent, masker: &Masker) -> Vec<Alert> {
        let mut out = Vec::new();
        let rules = Arc::clone(&self.rules);
        match e.action {
            "break_glass" if rules.break_glass => out.push(Alert::new(Rule::BreakGlass, e)),
            "unmasked_read" => {
                let sensitive: Vec<KindCount> = e
                    .revealed
                    .iter()
                    .filter(|(k, n)| *n > 0 && rules.unmask_kinds.contains(k))
                    .map(|(k, n)| KindCount {
                        kind: k.clone(),
                        count: *n,
                    })
                    .collect();
                if !sensitive.is_empty() {
                    let quiet = rules.unmask_quiet.0;
                    let t = self.tracked(&e.actor, e.time);
                    t.quiet.retain(|(_, until)| e.time < *until);
                    let fresh: Vec<KindCount> = sensitive
                        .into_iter()
                        .filter(|k| !t.quiet.iter().any(|(q, _)| *q == k.kind))
                        .collect();
                    if !fresh.is_empty() {
                        for k in &fresh {
                            t.quiet.push((k.kind.clone(), e.time.saturating_add(quiet)));
                        }
                        let mut a = Alert::new(Rule::UnmaskKinds, e);
                        a.kinds = fresh;
                        a.count = Some(e.records.len() as u64);
                        out.push(a);
                    }
                }
                let bulk = rules.bulk_unmask;
                // The alert names the grants of the read that crossed the line; earlier reads
                // in the window may have used others (their events name them).
                if bulk.enabled && !e.records.is_empty() {
                    let limit = u64::from(bulk.records) + 1;
                    let t = self.tracked(&e.actor, e.time);
                    let n = e.records.len() as u64;
                    if let Some(total) = t.unmasked.add(e.time, n, bulk.window.0, limit) {
                        let mut a = Alert::new(Rule::BulkUnmask, e);
                        a.count = Some(total);
                        a.limit = Some(u64::from(bulk.records));
                        a.window_secs = Some(bulk.window.0.as_secs());
                        out.push(a);
                    }
                }
            }
            "role_change" | "config_change" if rules.changes => {
                let mut a = Alert::new(Rule::Changes, e);
                a.subject = e.subject.as_deref().map(|s| mask(masker, s));
                out.push(a);
            }
            "audit_verify" if rules.verification_failure && e.outcome == "failure" => {
                out.push(Alert::new(Rule::VerificationFailure, e));
            }
            _ => {}
        }
        let denials = rules.repeated_denials;
        if denials.enabled && is_denial(e) {
            let t = self.tracked(&e.actor, e.time);
            let limit = u64::from(denials.count);
            if let Some(total) = t.denials.add(e.time, 1, denials.window.0, limit) {
                let mut a = Alert::new(Rule::RepeatedDenials, e);
                a.count = Some(total);
                a.limit = Some(limit);
                a.window_secs = Some(denials.window.0.as_secs());
                out.push(a);
            }
        }
        out
    }
}

/// Whether `e` is someone being refused: a failed sign-in, a failed or locked step-up or
/// authenticator confirmation, or any refused API call. A reviewer denying a request
/// (`access_deny`) is a decision, not a refusal of its actor.
pub fn is_denial(e: &AuditEvent) -> bool {
    matches!(
        (e.action, e.outcome),
        ("sign_in", "failure" | "locked")
            | ("step_up" | "totp_confirm", "failure" | "locked")
            | ("access_denied", _)
    )
}

fn mask(masker: &Masker, text: &str) -> String {
    String::from_utf8_lossy(&masker.mask(text.as_bytes()).text).into_owned()
}

/// Why the alert rules could not watch the audit log.
#[derive(Debug, thiserror::Error)]
pub enum AlertsError {
    #[error("the audit log already has a watcher; the alert rules cannot see its events")]
    AlreadyWatched,
}

/// The alert rules: installed once as the audit log's watcher, reconfigured (rules and
/// notifier) whenever the gateway's configuration is applied.
#[derive(Debug)]
pub struct Alerts {
    state: Mutex<State>,
    masker: Arc<Masker>,
    /// Weak: the log holds this engine (as its watcher), and a cycle would keep both, and the
    /// log's writer thread, alive forever.
    audit: Weak<AuditLog>,
}

impl Alerts {
    /// Rules at their defaults, with nobody to tell yet (so nothing is evaluated), watching
    /// `audit`.
    pub fn install(audit: &Arc<AuditLog>, masker: Arc<Masker>) -> Result<Arc<Self>, AlertsError> {
        let alerts = Arc::new(Alerts {
            state: Mutex::new(State {
                rules: Arc::new(AlertsConfig::default()),
                notifier: None,
                actors: HashMap::new(),
            }),
            masker,
            audit: Arc::downgrade(audit),
        });
        let watcher = alerts.clone();
        audit
            .watch(Arc::new(move |e: &AuditEvent| watcher.observe(e)))
            .map_err(|_| AlertsError::AlreadyWatched)?;
        Ok(alerts)
    }

    /// Puts `rules` in force, delivering to `notifier`; counters start afresh.
    pub fn configure(&self, rules: &AlertsConfig, notifier: Notifier) {
        let mut state = self.state.lock().unwrap_or_else(|p| p.into_inner());
        state.rules = Arc::new(rules.clone());
        state.notifier = Some(notifier);
        state.actors.clear();
    }

    /// Evaluates one durable event; raised alerts are delivered and recorded in the
    /// background.
    pub fn observe(&self, e: &AuditEvent) {
        if e.action == ALERT_ACTION {
            return;
        }
        let (alerts, notifier) = {
            // A panic elsewhere while holding the lock leaves counters that are still valid
            // numbers: keep alerting rather than go quiet.
            let mut state = self.state.lock().unwrap_or_else(|p| p.into_inner());
            if !state.active() {
                return;
            }
            let alerts = state.evaluate(e, &self.masker);
            (alerts, state.notifier.clone())
        };
        if alerts.is_empty() {
            return;
        }
        let Some(notifier) = notifier else {
            return;
        };
        for alert in alerts {
            notifier.alert(&alert);
            self.record(&alert);
        }
    }

    /// Appends the alert's `alert` event to the audit log from a spawned task: the watcher
    /// must not wait on the log it is called from.
    fn record(&self, alert: &Alert) {
        let Some(audit) = self.audit.upgrade() else {
            return;
        };
        let Ok(runtime) = tokio::runtime::Handle::try_current() else {
            eprintln!(
                "logveil: alert {} ({}) not recorded: outside the runtime",
                alert.id,
                alert.rule.as_str()
            );
            return;
        };
        let event = alert.audit_event();
        let (id, rule) = (alert.id.clone(), alert.rule.as_str());
        runtime.spawn(async move {
            if audit.record(&event).await.is_err() {
                eprintln!("logveil: alert {id} ({rule}) could not be recorded in the audit log");
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MIN: Duration = Duration::from_secs(60);

    fn at(secs: i64) -> Timestamp {
        Timestamp::from_unix_seconds(1_700_000_000 + secs)
    }

    #[test]
    fn a_threshold_fires_on_reaching_its_limit_once_per_window() {
        let mut w = Window::default();
        let window = 10 * MIN;
        assert_eq!(w.add(at(0), 3, window, 4), None, "3 of 4");
        assert_eq!(w.add(at(60), 1, window, 4), Some(4), "the 4th");
        assert_eq!(w.add(at(120), 5, window, 4), None, "quiet in the window");
        // At 660 s the entries of 0 and 60 are out (the window is (60, 660]), the 5 of 120 in.
        assert_eq!(
            w.add(at(660), 0, window, 4),
            Some(5),
            "again a window later"
        );
        assert_eq!(w.add(at(3000), 3, window, 4), None, "all expired: 3 of 4");
        assert_eq!(w.add(at(3001), 1, window, 4), Some(4));
    }

    #[test]
    fn an_entry_leaves_the_window_exactly_at_its_length() {
        let mut w = Window::default();
        assert_eq!(w.add(at(0), 2, MIN, 3), None);
        assert_eq!(
            w.add(at(60), 1, MIN, 3),
            None,
            "the entry of 0 is out at 60"
        );
        assert_eq!(w.add(at(119), 2, MIN, 3), Some(3));
    }

    #[test]
    fn late_events_count_as_the_latest_and_memory_stays_bounded() {
        let mut w = Window::default();
        assert_eq!(w.add(at(100), 1, MIN, 1000), None);
        assert_eq!(w.add(at(50), 1, MIN, 1000), None);
        assert_eq!(w.total, 2);
        for i in 0..(3 * MAX_ENTRIES as i64) {
            w.add(at(101 + i / 1000), 1, Duration::from_secs(3600), u64::MAX);
        }
        assert!(w.entries.len() <= MAX_ENTRIES);
        assert_eq!(
            w.total,
            2 + 3 * MAX_ENTRIES as u64,
            "merging loses no count"
        );
    }

    fn read(actor: &str, t: i64, kinds: &[(&str, u32)], records: u64) -> AuditEvent {
        let mut e = AuditEvent::new(at(t), actor, "unmasked_read", "success");
        e.revealed = kinds.iter().map(|(k, n)| ((*k).to_owned(), *n)).collect();
        e.records = (0..records).collect();
        e.grants = vec!["req_1".into()];
        e.selector = Some("{service=\"payments\"} |= \"4111 1111 1111 1111\"".into());
        e
    }

    fn masker() -> Masker {
        Masker::new(
            logveil_mask::Engine::builtin(),
            logveil_mask::TokenKey::new([7; 32]),
        )
    }

    fn state(rules: AlertsConfig) -> State {
        State {
            rules: Arc::new(rules),
            notifier: None,
            actors: HashMap::new(),
        }
    }

    fn rules(text: &str) -> AlertsConfig {
        crate::config::GatewayConfig::from_toml(text)
            .unwrap()
            .alerts
    }

    #[test]
    fn sensitive_kinds_alert_once_per_kind_per_quiet_period() {
        let masker = masker();
        let mut s = state(rules("[alerts.bulk_unmask]\nenabled = false"));
        let names = |v: &[Alert]| {
            v.iter()
                .map(|a| (a.rule, a.kinds.iter().map(|k| k.kind.clone()).collect()))
                .collect::<Vec<(Rule, Vec<String>)>>()
        };
        let got = s.evaluate(&read("alice", 0, &[("email", 2)], 2), &masker);
        assert!(got.is_empty(), "email is not listed");
        let got = s.evaluate(
            &read("alice", 1, &[("credit_card", 1), ("email", 1)], 1),
            &masker,
        );
        assert_eq!(
            names(&got),
            vec![(Rule::UnmaskKinds, vec!["credit_card".into()])]
        );
        let text = serde_json::to_string(&got[0]).unwrap();
        assert!(
            !text.contains("4111") && !text.contains("service="),
            "{text}"
        );
        assert!(s
            .evaluate(&read("alice", 2, &[("credit_card", 1)], 1), &masker)
            .is_empty());
        let got = s.evaluate(
            &read("alice", 3, &[("credit_card", 1), ("iban", 1)], 1),
            &masker,
        );
        assert_eq!(names(&got), vec![(Rule::UnmaskKinds, vec!["iban".into()])]);
        let got = s.evaluate(&read("bob", 4, &[("credit_card", 1)], 1), &masker);
        assert_eq!(got.len(), 1, "per person");
        let got = s.evaluate(&read("alice", 601, &[("credit_card", 1)], 1), &masker);
        assert_eq!(got.len(), 1, "after 10 minutes");
    }

    #[test]
    fn denials_count_refusals_not_reviews() {
        let masker = masker();
        let mut s = state(rules(
            "[alerts.repeated_denials]\ncount = 3\nwindow = \"1m\"",
        ));
        let ev = |action, outcome, t| AuditEvent::new(at(t), "mallory", action, outcome);
        assert!(s.evaluate(&ev("sign_in", "failure", 0), &masker).is_empty());
        assert!(s.evaluate(&ev("sign_in", "success", 1), &masker).is_empty());
        assert!(s
            .evaluate(&ev("access_deny", "denied", 2), &masker)
            .is_empty());
        assert!(s.evaluate(&ev("step_up", "locked", 3), &masker).is_empty());
        let got = s.evaluate(&ev("access_denied", "denied", 4), &masker);
        assert_eq!(got.len(), 1);
        assert_eq!(
            (got[0].rule, got[0].count),
            (Rule::RepeatedDenials, Some(3))
        );
    }

    #[test]
    fn tracked_actors_are_capped() {
        let masker = masker();
        let mut s = state(AlertsConfig::default());
        for i in 0..(MAX_ACTORS + 50) {
            let e = AuditEvent::new(at(0), &format!("u{i}"), "sign_in", "failure");
            s.evaluate(&e, &masker);
        }
        assert_eq!(s.actors.len(), MAX_ACTORS);
        // Once their windows have passed, they make room without evicting anyone active.
        let e = AuditEvent::new(at(3600), "late", "sign_in", "failure");
        s.evaluate(&e, &masker);
        assert_eq!(s.actors.len(), 1);
    }

    proptest::proptest! {
        /// Against a plain recount of every event in the window: the counter raises exactly
        /// when the recount reaches the limit and nothing was raised within the last window.
        #[test]
        fn windows_agree_with_a_recount(
            steps in proptest::collection::vec((0i64..120, 0u64..5), 1..200),
            limit in 1u64..20,
            window_secs in 1u64..300,
        ) {
            let window = Duration::from_secs(window_secs);
            let mut w = Window::default();
            let (mut t, mut seen, mut raised): (i64, Vec<(i64, u64)>, Option<i64>) =
                (0, Vec::new(), None);
            for (gap, n) in steps {
                t += gap;
                seen.push((t, n));
                let total: u64 = seen
                    .iter()
                    .filter(|(s, _)| *s > t - window_secs as i64)
                    .map(|(_, n)| n)
                    .sum();
                let quiet = raised.is_some_and(|r| t < r + window_secs as i64);
                let expect = (total >= limit && !quiet).then_some(total);
                if expect.is_some() {
                    raised = Some(t);
                }
                proptest::prop_assert_eq!(w.add(at(t), n, window, limit), expect);
            }
        }
    }
}
