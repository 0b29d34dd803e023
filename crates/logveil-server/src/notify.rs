//! Notifications of access events and alerts to webhooks: Slack-compatible JSON, HMAC-signed,
//! delivered in the background with retries, and a durable record of what could not be
//! delivered.
//!
//! Access events ([`Notifier::notify`]) and alerts raised by the rules of [`crate::alerts`]
//! ([`Notifier::alert`], kind `alert`) share this one delivery path: the same signature,
//! retries and failure record.
//!
//! [`Notifier::notify`] never blocks or fails the request that triggers it: it masks the
//! request's reason, builds the payload once and hands one delivery per matching webhook to a
//! tokio task. A delivery is tried `attempts` times, waiting `retry_after`, then twice that,
//! and so on. What still fails is appended to `notifications-failed.jsonl` in the data
//! directory (webhook host, kind, request id, attempts, last status or error class: never the
//! payload, the URL's path, which for Slack is itself a secret, or the signing secret) and
//! listed by `GET /api/v1/notifications/failed`.
//!
//! Deliveries in flight are held in memory: a restart loses the ones still retrying.
//!
//! # Signature
//!
//! Every delivery carries `X-Logveil-Timestamp: <unix seconds>` and
//! `X-Logveil-Signature: v1=<hex HMAC-SHA256(secret, "<timestamp>." + body)>`, re-signed at each
//! attempt. Receivers recompute it over the raw body, compare in constant time and reject
//! timestamps more than 5 minutes old. `X-Logveil-Delivery` stays the same across the attempts
//! of one delivery, so a receiver can drop duplicates.

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::State;
use axum::Json;
use hmac::{Hmac, Mac};
use logveil_core::access::AccessRequest;
use logveil_core::{Clock, Timestamp};
use logveil_mask::Masker;
use serde::{Deserialize, Serialize};
use sha2::Sha256;

use crate::auth::Caller;
use crate::config::{inline_or_env, ConfigDuration, ConfigError, InlineOrEnvError};
use crate::error::ApiError;
use crate::AppState;

/// Deliveries waiting or retrying at once; past this a notification is recorded as failed
/// (`queue_full`) instead of holding more memory while a receiver is down.
const MAX_IN_FLIGHT: usize = 1000;
/// The longest wait between two attempts, however many there are.
const MAX_BACKOFF: Duration = Duration::from_secs(300);
/// Entries the admin endpoint answers with, newest last.
const LIST_LIMIT: usize = 1000;
const FAILED_FILE: &str = "notifications-failed.jsonl";

/// What happened to an access request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NotificationKind {
    RequestCreated,
    RequestApproved,
    RequestDenied,
    GrantRevoked,
    GrantDropped,
    BreakGlass,
    BreakGlassReviewed,
    AutoApproved,
    /// An alert rule fired ([`crate::alerts`]); not about one request.
    Alert,
}

impl NotificationKind {
    pub const ALL: [NotificationKind; 9] = [
        NotificationKind::RequestCreated,
        NotificationKind::RequestApproved,
        NotificationKind::RequestDenied,
        NotificationKind::GrantRevoked,
        NotificationKind::GrantDropped,
        NotificationKind::BreakGlass,
        NotificationKind::BreakGlassReviewed,
        NotificationKind::AutoApproved,
        NotificationKind::Alert,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            NotificationKind::RequestCreated => "request_created",
            NotificationKind::RequestApproved => "request_approved",
            NotificationKind::RequestDenied => "request_denied",
            NotificationKind::GrantRevoked => "grant_revoked",
            NotificationKind::GrantDropped => "grant_dropped",
            NotificationKind::BreakGlass => "break_glass",
            NotificationKind::BreakGlassReviewed => "break_glass_reviewed",
            NotificationKind::AutoApproved => "auto_approved",
            NotificationKind::Alert => "alert",
        }
    }

    fn headline(self) -> &'static str {
        match self {
            NotificationKind::RequestCreated => "Access requested",
            NotificationKind::RequestApproved => "Access request approved",
            NotificationKind::RequestDenied => "Access request denied",
            NotificationKind::GrantRevoked => "Grant revoked",
            NotificationKind::GrantDropped => "Grant dropped by its requester",
            NotificationKind::BreakGlass => ":rotating_light: Break-glass access",
            NotificationKind::BreakGlassReviewed => "Break-glass access reviewed",
            NotificationKind::AutoApproved => "Access approved by rule",
            NotificationKind::Alert => ":rotating_light: Alert",
        }
    }
}

fn all_kinds() -> Vec<NotificationKind> {
    NotificationKind::ALL.to_vec()
}

fn default_attempts() -> u32 {
    5
}

fn default_retry_after() -> ConfigDuration {
    ConfigDuration::secs(1)
}

/// One `[[webhooks]]` entry.
#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WebhookConfig {
    /// `http://` or `https://`. Slack's incoming-webhook URLs are secrets themselves: only the
    /// host is ever logged or recorded.
    pub url: String,
    /// The signing secret, inline…
    #[serde(default)]
    pub secret: Option<String>,
    /// …or the name of an environment variable holding it.
    #[serde(default)]
    pub secret_env: Option<String>,
    /// Which notifications this webhook receives; all by default.
    #[serde(default = "all_kinds")]
    pub events: Vec<NotificationKind>,
    /// Tries per notification, the first included.
    #[serde(default = "default_attempts")]
    pub attempts: u32,
    /// The wait after the first failed try; it doubles after each further one.
    #[serde(default = "default_retry_after")]
    pub retry_after: ConfigDuration,
}

// Written by hand so that neither the secret nor the URL's path reaches a log through
// `{:?}` of the configuration or the server state.
impl std::fmt::Debug for WebhookConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WebhookConfig")
            .field("host", &url_host(&self.url))
            .field("secret", &self.secret.as_ref().map(|_| "<redacted>"))
            .field("secret_env", &self.secret_env)
            .field("events", &self.events)
            .field("attempts", &self.attempts)
            .field("retry_after", &self.retry_after)
            .finish()
    }
}

/// The host (and port) of an http(s) URL, without scheme, credentials, path or query.
pub fn url_host(url: &str) -> Option<&str> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))?;
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    (!host.is_empty()).then_some(host)
}

impl WebhookConfig {
    pub(crate) fn check(&self, i: usize) -> Result<(), ConfigError> {
        let what = format!("webhooks #{}", i + 1);
        let bad = |m: String| Err(ConfigError::Invalid(format!("{what}: {m}")));
        if url_host(&self.url).is_none() {
            // The URL is not echoed: it may carry a token.
            return bad("url must be an http:// or https:// URL with a host".into());
        }
        if self
            .url
            .chars()
            .any(|c| c.is_whitespace() || c.is_control())
        {
            return bad("url contains spaces or control characters".into());
        }
        match inline_or_env(self.secret.as_deref(), self.secret_env.as_deref()) {
            Err(InlineOrEnvError::Both) => return bad("give secret or secret_env, not both".into()),
            Err(InlineOrEnvError::Neither) => {
                return bad("a secret (or secret_env) signs every delivery".into())
            }
            Err(InlineOrEnvError::Unset(var)) => {
                return bad(format!("environment variable {var} is not set"))
            }
            Ok(s) if s.len() < 16 => {
                return bad(match &self.secret_env {
                    Some(var) => format!("${var} must hold at least 16 characters"),
                    None => "secret must be at least 16 characters".into(),
                })
            }
            Ok(_) => {}
        }
        if self.events.is_empty() {
            return bad("events is empty; leave it out to receive every kind".into());
        }
        if !(1..=10).contains(&self.attempts) {
            return bad("attempts must be 1 to 10".into());
        }
        if self.retry_after.0 < Duration::from_millis(10) || self.retry_after.0 > MAX_BACKOFF {
            return bad("retry_after must be 10ms to 5m".into());
        }
        Ok(())
    }

    fn resolve_secret(&self) -> Option<Vec<u8>> {
        inline_or_env(self.secret.as_deref(), self.secret_env.as_deref())
            .ok()
            .map(String::into_bytes)
    }
}

/// One event about one access request. `reason` is the request's reason as typed: the
/// notifier masks it before it leaves.
#[derive(Debug, Clone, Serialize)]
pub struct Notification {
    pub kind: NotificationKind,
    pub request_id: String,
    pub requester: String,
    pub services: Vec<String>,
    pub kinds: Vec<String>,
    pub level: Option<String>,
    pub duration_secs: u64,
    pub reason: String,
    pub status: String,
    /// Who acted: a user name, or `rule:NAME` for auto-approval.
    pub actor: String,
    pub at: Timestamp,
}

impl Notification {
    /// The notification of `kind` for request `id` as it stands at `now`, after `actor` acted.
    pub fn about(
        kind: NotificationKind,
        id: &str,
        r: &AccessRequest,
        actor: &str,
        now: Timestamp,
    ) -> Self {
        Notification {
            kind,
            request_id: id.to_owned(),
            requester: r.requester.to_string(),
            services: r
                .scope
                .services
                .iter()
                .map(|s| s.as_str().to_owned())
                .collect(),
            kinds: r.scope.kinds.clone(),
            level: r.scope.level.map(|l| l.to_string()),
            duration_secs: r.duration.as_secs(),
            reason: r.reason.as_str().to_owned(),
            status: r.status(now).as_str().to_owned(),
            actor: actor.to_owned(),
            at: now,
        }
    }
}

/// A webhook ready to deliver to.
struct Hook {
    url: String,
    host: String,
    secret: Vec<u8>,
    events: Vec<NotificationKind>,
    attempts: u32,
    retry_after: Duration,
}

/// A delivery that did not succeed after every attempt, as recorded and listed.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FailedDelivery {
    pub time: Timestamp,
    /// The webhook URL's host: never its path, which may be a credential.
    pub host: String,
    pub kind: NotificationKind,
    /// The access request; for an `alert`, the alert's id (`alert_…`, also in its payload).
    pub request_id: String,
    pub attempts: u32,
    /// The last HTTP status received, if any.
    pub last_status: Option<u16>,
    /// `http_status`, `timeout`, `connect`, `dns`, `tls`, `io`, `protocol`, `queue_full` or
    /// `other`.
    pub error: String,
}

struct Inner {
    hooks: Vec<Hook>,
    public_url: Option<String>,
    masker: Arc<Masker>,
    clock: Arc<dyn Clock>,
    agent: ureq::Agent,
    failed_path: PathBuf,
    /// Serialises appends so lines never interleave.
    failed_lock: Arc<Mutex<()>>,
    in_flight: AtomicUsize,
}

/// Sends notifications; cheap to share, a no-op without webhooks.
#[derive(Clone)]
pub struct Notifier {
    inner: Arc<Inner>,
}

impl std::fmt::Debug for Notifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let hosts: Vec<&str> = self.inner.hooks.iter().map(|h| h.host.as_str()).collect();
        f.debug_struct("Notifier")
            .field("webhooks", &hosts)
            .finish()
    }
}

impl Notifier {
    /// A notifier for `webhooks` (already checked), recording failures in `dir`.
    pub fn new(
        webhooks: &[WebhookConfig],
        public_url: Option<String>,
        masker: Arc<Masker>,
        clock: Arc<dyn Clock>,
        dir: &std::path::Path,
    ) -> Self {
        let hooks = webhooks
            .iter()
            .filter_map(|w| {
                let host = url_host(&w.url)?.to_owned();
                let Some(secret) = w.resolve_secret() else {
                    eprintln!("logveil: webhook to {host} has no secret; it is not used");
                    return None;
                };
                Some(Hook {
                    url: w.url.clone(),
                    host,
                    secret,
                    events: w.events.clone(),
                    attempts: w.attempts.clamp(1, 10),
                    retry_after: w.retry_after.0,
                })
            })
            .collect();
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            // A redirect would carry the signature elsewhere; a receiver answers where it is.
            .max_redirects(0)
            .max_redirects_will_error(false)
            .timeout_connect(Some(Duration::from_secs(5)))
            .timeout_global(Some(Duration::from_secs(10)))
            .build()
            .into();
        Notifier {
            inner: Arc::new(Inner {
                hooks,
                public_url: public_url.map(|u| u.trim_end_matches('/').to_owned()),
                masker,
                clock,
                agent,
                failed_path: dir.join(FAILED_FILE),
                failed_lock: Arc::new(Mutex::new(())),
                in_flight: AtomicUsize::new(0),
            }),
        }
    }

    /// Whether some webhook takes notifications of `kind`.
    pub fn wants(&self, kind: NotificationKind) -> bool {
        self.inner.hooks.iter().any(|h| h.events.contains(&kind))
    }

    /// Queues `n` for every webhook that wants its kind and returns at once. Never fails the
    /// caller: problems end in the failed-deliveries record or the server log.
    pub fn notify(&self, mut n: Notification) {
        if !self.wants(n.kind) {
            return;
        }
        n.reason = mask(&self.inner.masker, &n.reason);
        let body = payload(&n, self.inner.public_url.as_deref());
        self.dispatch(n.kind, &n.request_id, &body);
    }

    /// Queues `alert` for every webhook that takes alerts, like [`Notifier::notify`]. An alert
    /// holds no value and no typed text, so nothing in it needs masking.
    pub fn alert(&self, alert: &crate::alerts::Alert) {
        if !self.wants(NotificationKind::Alert) {
            return;
        }
        self.dispatch(NotificationKind::Alert, &alert.id, &alert_payload(alert));
    }

    /// Encodes `body` once and hands one delivery per webhook taking `kind` to the runtime.
    fn dispatch(&self, kind: NotificationKind, id: &str, body: &serde_json::Value) {
        let hooks: Vec<usize> = (0..self.inner.hooks.len())
            .filter(|&i| self.inner.hooks[i].events.contains(&kind))
            .collect();
        if hooks.is_empty() {
            return;
        }
        let Ok(runtime) = tokio::runtime::Handle::try_current() else {
            eprintln!("logveil: notification outside the runtime dropped");
            return;
        };
        let body = match serde_json::to_vec(body) {
            Ok(b) => Arc::new(b),
            Err(e) => {
                eprintln!("logveil: notification not encoded: {e}");
                return;
            }
        };
        for i in hooks {
            let inner = self.inner.clone();
            let (id, body) = (id.to_owned(), body.clone());
            if inner.in_flight.fetch_add(1, Ordering::SeqCst) >= MAX_IN_FLIGHT {
                inner.in_flight.fetch_sub(1, Ordering::SeqCst);
                runtime.spawn(async move {
                    let host = inner.hooks[i].host.clone();
                    inner
                        .record_failure(host, kind, id, 0, None, "queue_full")
                        .await;
                });
                continue;
            }
            runtime.spawn(async move {
                inner.deliver(i, kind, id, body).await;
                inner.in_flight.fetch_sub(1, Ordering::SeqCst);
            });
        }
    }

    /// Failed deliveries recorded so far, oldest first, at most the last 1000.
    pub async fn failed(&self) -> Result<Vec<FailedDelivery>, ApiError> {
        let text = match tokio::fs::read_to_string(&self.inner.failed_path).await {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(ApiError::unavailable(&e)),
        };
        // A line cut short by a crash is skipped rather than failing the whole list.
        let all: Vec<FailedDelivery> = text
            .lines()
            .filter_map(|l| serde_json::from_str(l).ok())
            .collect();
        let skip = all.len().saturating_sub(LIST_LIMIT);
        Ok(all.into_iter().skip(skip).collect())
    }
}

fn mask(masker: &Masker, text: &str) -> String {
    String::from_utf8_lossy(&masker.mask(text.as_bytes()).text).into_owned()
}

/// How one attempt ended.
enum Attempt {
    Delivered,
    Failed {
        status: Option<u16>,
        class: &'static str,
    },
}

fn error_class(e: &ureq::Error) -> &'static str {
    match e {
        ureq::Error::Timeout(_) => "timeout",
        ureq::Error::ConnectionFailed => "connect",
        ureq::Error::HostNotFound => "dns",
        ureq::Error::Tls(_) => "tls",
        ureq::Error::Io(e) if e.kind() == std::io::ErrorKind::TimedOut => "timeout",
        ureq::Error::Io(e) if e.kind() == std::io::ErrorKind::ConnectionRefused => "connect",
        ureq::Error::Io(_) => "io",
        ureq::Error::Protocol(_) | ureq::Error::Http(_) | ureq::Error::BadUri(_) => "protocol",
        _ => "other",
    }
}

/// The `X-Logveil-Signature` value for `body` sent at unix second `ts`.
pub fn signature(secret: &[u8], ts: i64, body: &[u8]) -> String {
    // HMAC takes keys of any length, so this never fails; the fallback keeps it total.
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(secret) else {
        return String::new();
    };
    mac.update(ts.to_string().as_bytes());
    mac.update(b".");
    mac.update(body);
    format!("v1={}", hex(&mac.finalize().into_bytes()))
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn delivery_id() -> String {
    // Only for receivers to drop duplicates: without randomness, retries still share it.
    random_id()
}

/// 24 random hex digits naming a delivery or an alert; zeros when the system has no
/// randomness (these ids correlate, they protect nothing).
pub(crate) fn random_id() -> String {
    use argon2::password_hash::rand_core::{OsRng, RngCore};
    let mut id = [0u8; 12];
    if OsRng.try_fill_bytes(&mut id).is_err() {
        return "0".repeat(24);
    }
    hex(&id)
}

impl Inner {
    async fn deliver(&self, i: usize, kind: NotificationKind, id: String, body: Arc<Vec<u8>>) {
        let hook = &self.hooks[i];
        let delivery = delivery_id();
        let mut wait = hook.retry_after;
        let mut last = (None, "other");
        for attempt in 1..=hook.attempts {
            let ts = self.clock.now().as_unix_seconds();
            let sig = signature(&hook.secret, ts, &body);
            let (agent, url, body, delivery) = (
                self.agent.clone(),
                hook.url.clone(),
                body.clone(),
                delivery.clone(),
            );
            let outcome = tokio::task::spawn_blocking(move || {
                let sent = agent
                    .post(&url)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "logveil-notify/1")
                    .header("X-Logveil-Event", kind.as_str())
                    .header("X-Logveil-Delivery", &delivery)
                    .header("X-Logveil-Timestamp", &ts.to_string())
                    .header("X-Logveil-Signature", &sig)
                    .send(&body[..]);
                match sent {
                    Ok(r) if r.status().is_success() => Attempt::Delivered,
                    Ok(r) => Attempt::Failed {
                        status: Some(r.status().as_u16()),
                        class: "http_status",
                    },
                    Err(e) => Attempt::Failed {
                        status: None,
                        class: error_class(&e),
                    },
                }
            })
            .await
            .unwrap_or(Attempt::Failed {
                status: None,
                class: "other",
            });
            match outcome {
                Attempt::Delivered => return,
                Attempt::Failed { status, class } => last = (status, class),
            }
            if attempt < hook.attempts {
                tokio::time::sleep(wait).await;
                wait = (wait * 2).min(MAX_BACKOFF);
            }
        }
        self.record_failure(hook.host.clone(), kind, id, hook.attempts, last.0, last.1)
            .await;
    }

    async fn record_failure(
        &self,
        host: String,
        kind: NotificationKind,
        request_id: String,
        attempts: u32,
        last_status: Option<u16>,
        error: &'static str,
    ) {
        let entry = FailedDelivery {
            time: self.clock.now(),
            host,
            kind,
            request_id,
            attempts,
            last_status,
            error: error.to_owned(),
        };
        eprintln!(
            "logveil: notification {} for {} to {} not delivered after {} attempts ({})",
            kind.as_str(),
            entry.request_id,
            entry.host,
            attempts,
            error
        );
        let Ok(mut line) = serde_json::to_vec(&entry) else {
            return;
        };
        line.push(b'\n');
        let (path, lock) = (self.failed_path.clone(), self.failed_lock.clone());
        let written = tokio::task::spawn_blocking(move || -> std::io::Result<()> {
            use std::io::Write;
            let _guard = lock
                .lock()
                .map_err(|_| std::io::Error::other("lock poisoned"))?;
            let mut opts = std::fs::OpenOptions::new();
            opts.create(true).append(true);
            #[cfg(unix)]
            {
                use std::os::unix::fs::OpenOptionsExt;
                opts.mode(0o600);
            }
            let mut f = opts.open(&path)?;
            f.write_all(&line)?;
            f.sync_data()
        })
        .await;
        if !matches!(written, Ok(Ok(()))) {
            eprintln!("logveil: the failed-notifications record could not be written");
        }
    }
}

/// Slack's mrkdwn treats `&`, `<` and `>` as markup: typed text is escaped so it cannot
/// forge links or mentions.
fn slack_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

pub(crate) fn human_duration(secs: u64) -> String {
    match (secs / 3600, (secs % 3600) / 60, secs % 60) {
        (0, 0, s) => format!("{s}s"),
        (0, m, 0) => format!("{m}m"),
        (h, 0, 0) => format!("{h}h"),
        (h, m, _) => format!("{h}h{m}m"),
    }
}

/// The body sent: Slack's `text` and `blocks`, and every field for machines under `logveil`.
pub fn payload(n: &Notification, public_url: Option<&str>) -> serde_json::Value {
    let or_none = |v: &[String]| {
        if v.is_empty() {
            "none".to_owned()
        } else {
            v.join(", ")
        }
    };
    let services = slack_escape(&n.services.join(", "));
    let kinds = slack_escape(&or_none(&n.kinds));
    let requester = slack_escape(&n.requester);
    let actor = slack_escape(&n.actor);
    let duration = human_duration(n.duration_secs);
    let text = format!(
        "{}: {requester} on {services} for {duration} ({})",
        n.kind.headline(),
        n.request_id
    );
    let mut fields = vec![
        format!("*Requester*\n{requester}"),
        format!("*Services*\n{services}"),
        format!("*Unmask*\n{kinds}"),
        format!(
            "*Level*\n{}",
            slack_escape(n.level.as_deref().unwrap_or("roles' minimum"))
        ),
        format!("*Duration*\n{duration}"),
        format!("*Status*\n{}", slack_escape(&n.status)),
    ];
    if n.kind != NotificationKind::RequestCreated && n.kind != NotificationKind::BreakGlass {
        fields.push(format!("*By*\n{actor}"));
    }
    let fields: Vec<serde_json::Value> = fields
        .into_iter()
        .map(|t| serde_json::json!({"type": "mrkdwn", "text": t}))
        .collect();
    let mut blocks = vec![
        serde_json::json!({"type": "section", "text": {"type": "mrkdwn",
            "text": format!("*{}* `{}`", n.kind.headline(), n.request_id)}}),
        serde_json::json!({"type": "section", "fields": fields}),
        serde_json::json!({"type": "section", "text": {"type": "mrkdwn",
            "text": format!("*Reason*\n{}", slack_escape(&n.reason))}}),
    ];
    let link = public_url.map(|u| format!("{u}/ui/requests/{}", n.request_id));
    if n.kind == NotificationKind::RequestCreated {
        match &link {
            Some(url) => blocks.push(serde_json::json!({"type": "actions", "elements": [
                {"type": "button", "action_id": "approve", "style": "primary",
                 "text": {"type": "plain_text", "text": "Approve"}, "url": url},
                {"type": "button", "action_id": "deny", "style": "danger",
                 "text": {"type": "plain_text", "text": "Deny"}, "url": url},
            ]})),
            None => blocks.push(serde_json::json!({"type": "context", "elements": [
                {"type": "mrkdwn", "text":
                    "Review with `logveil access`; set public_url in the gateway's configuration to get approval links."}
            ]})),
        }
    }
    let mut machine = serde_json::to_value(n).unwrap_or_default();
    machine["version"] = 1.into();
    machine["url"] = link.map_or(serde_json::Value::Null, Into::into);
    serde_json::json!({ "text": text, "blocks": blocks, "logveil": machine })
}

/// The body of an alert: a headline saying what the rule saw, the facts as Slack fields, and
/// the alert itself for machines under `logveil` (`kind` is `alert`, `rule` which one).
pub fn alert_payload(a: &crate::alerts::Alert) -> serde_json::Value {
    let headline = slack_escape(&a.headline());
    let text = format!("{headline} ({})", a.id);
    let mut fields = vec![
        format!("*Rule*\n{}", a.rule.as_str()),
        format!("*Severity*\n{}", a.severity.as_str()),
        format!("*Actor*\n{}", slack_escape(&a.actor)),
        format!("*Action*\n{} ({})", a.action, a.outcome),
    ];
    if !a.kinds.is_empty() {
        let kinds: Vec<String> = a
            .kinds
            .iter()
            .map(|k| format!("{} ({})", k.kind, k.count))
            .collect();
        fields.push(format!("*Kinds*\n{}", slack_escape(&kinds.join(", "))));
    }
    if !a.grants.is_empty() {
        fields.push(format!("*Grants*\n{}", slack_escape(&a.grants.join(", "))));
    }
    if let Some(subject) = &a.subject {
        fields.push(format!("*Changed*\n{}", slack_escape(subject)));
    }
    if let (Some(count), Some(window)) = (a.count, a.window_secs) {
        fields.push(format!("*Count*\n{count} in {}", human_duration(window)));
    }
    fields.push(format!("*At*\n{}", a.at));
    let fields: Vec<serde_json::Value> = fields
        .into_iter()
        .map(|t| serde_json::json!({"type": "mrkdwn", "text": t}))
        .collect();
    let blocks = vec![
        serde_json::json!({"type": "section", "text": {"type": "mrkdwn",
            "text": format!("*{headline}* `{}`", a.id)}}),
        serde_json::json!({"type": "section", "fields": fields}),
        serde_json::json!({"type": "context", "elements": [{"type": "mrkdwn", "text":
            "Raised by logveil's alert rules; the audit log holds the event and an `alert` record."}]}),
    ];
    let mut machine = serde_json::to_value(a).unwrap_or_default();
    machine["version"] = 1.into();
    machine["kind"] = NotificationKind::Alert.as_str().into();
    serde_json::json!({ "text": text, "blocks": blocks, "logveil": machine })
}

/// `GET /api/v1/notifications/failed`: deliveries that failed every attempt (admin).
pub async fn failed(
    State(state): State<Arc<AppState>>,
    caller: Caller,
) -> Result<Json<serde_json::Value>, ApiError> {
    caller.require_admin(&state.policy)?;
    let list = state.notifier.failed().await?;
    Ok(Json(serde_json::json!({ "failed": list })))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_drop_scheme_credentials_and_path() {
        assert_eq!(
            url_host("https://hooks.slack.com/services/T0/B0/XXXX"),
            Some("hooks.slack.com")
        );
        assert_eq!(
            url_host("http://user:pw@127.0.0.1:8080/x?y#z"),
            Some("127.0.0.1:8080")
        );
        assert_eq!(url_host("ftp://x"), None);
        assert_eq!(url_host("https:///path"), None);
    }

    #[test]
    fn signatures_follow_the_documented_scheme() {
        // Computed independently: printf '1700000000.{}' | openssl dgst -sha256 -hmac 0123456789abcdef
        let sig = signature(b"0123456789abcdef", 1_700_000_000, b"{}");
        assert_eq!(
            sig,
            "v1=e4f8e2ecae2295b2ddb2f0b5584c8275e226c0ebe9b3b819e70156bb67122e3e"
        );
        assert_ne!(sig, signature(b"0123456789abcdeX", 1_700_000_000, b"{}"));
        assert_ne!(sig, signature(b"0123456789abcdef", 1_700_000_001, b"{}"));
    }

    #[test]
    fn slack_text_cannot_carry_markup() {
        assert_eq!(
            slack_escape("<!channel> & <http://x|y>"),
            "&lt;!channel&gt; &amp; &lt;http://x|y&gt;"
        );
    }

    #[test]
    fn webhook_mistakes_are_refused_without_echoing_the_url() {
        let ok = "[[webhooks]]\nurl = \"https://hooks.example.com/T0/B0/sekrit\"\nsecret = \"0123456789abcdef\"";
        let c = crate::config::GatewayConfig::from_toml(ok).unwrap();
        assert_eq!(c.webhooks[0].events.len(), NotificationKind::ALL.len());
        assert_eq!(c.webhooks[0].attempts, 5);
        let shown = format!("{c:?}");
        assert!(
            !shown.contains("sekrit") && !shown.contains("0123456789abcdef"),
            "{shown}"
        );
        for (text, needle) in [
            ("[[webhooks]]\nurl = \"ftp://h/sekrit\"\nsecret = \"0123456789abcdef\"", "http"),
            ("[[webhooks]]\nurl = \"https://h/sekrit\"", "secret"),
            ("[[webhooks]]\nurl = \"https://h/sekrit\"\nsecret = \"short\"", "16"),
            ("[[webhooks]]\nurl = \"https://h/sekrit\"\nsecret_env = \"LOGVEIL_TEST_UNSET_VAR\"", "not set"),
            ("[[webhooks]]\nurl = \"https://h/sekrit\"\nsecret = \"0123456789abcdef\"\nevents = [\"request_eaten\"]", "unknown variant"),
            ("[[webhooks]]\nurl = \"https://h/sekrit\"\nsecret = \"0123456789abcdef\"\nevents = []", "events"),
            ("[[webhooks]]\nurl = \"https://h/sekrit\"\nsecret = \"0123456789abcdef\"\nattempts = 0", "attempts"),
        ] {
            let e = crate::config::GatewayConfig::from_toml(text).unwrap_err().to_string();
            assert!(e.contains(needle), "{text:?}: {e}");
            assert!(!e.contains("sekrit"), "{e}");
        }
    }

    #[test]
    fn the_readme_example_is_a_valid_configuration() {
        let readme = include_str!("../../../README.md");
        let section = &readme[readme.find("### Notifications").unwrap()..];
        let start = section.find("```toml\n").unwrap() + 8;
        let example = &section[start..start + section[start..].find("```").unwrap()];
        // The secret's variable is not set here: the same entry with the secret inline.
        let example = example.replace(
            "secret_env = \"LOGVEIL_SLACK_SECRET\"",
            "secret = \"readme-example-secret\"",
        );
        assert!(
            example.contains("readme-example-secret"),
            "the example names secret_env"
        );
        let c = crate::config::GatewayConfig::from_toml(&example).unwrap();
        assert_eq!(c.webhooks[0].events.len(), 2);
        assert_eq!(c.webhooks[0].retry_after.0, Duration::from_secs(1));
    }

    #[test]
    fn durations_read_like_people_write_them() {
        assert_eq!(human_duration(1800), "30m");
        assert_eq!(human_duration(7200), "2h");
        assert_eq!(human_duration(5400), "1h30m");
        assert_eq!(human_duration(45), "45s");
    }
}
