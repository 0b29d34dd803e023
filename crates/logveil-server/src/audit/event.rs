//! What one audited action records, and its shape on disk: an OCSF event (Open Cybersecurity
//! Schema Framework 1.3), so a SIEM takes the exported lines as they are.
//!
//! Each action maps to the OCSF class that describes it (a sign-in is `Authentication`, an
//! unmasked read is a `Datastore Activity: Decrypt`, an approval is `User Access Management:
//! Assign Privileges`…). Who, where and the policy decision sit in OCSF's own fields (`actor`,
//! `src_endpoint`, `http_request`, `actor.authorizations`); what only logveil knows (grants, kinds
//! and counts, record ids, value tokens) sits under `unmapped`, as OCSF intends.
//!
//! Never a value: selectors and reasons are masked by the engine before they are recorded, and
//! revealed values appear only as keyed tokens (`email:7f3a9c21`, the token masked lines show).

use std::collections::BTreeMap;
use std::net::IpAddr;

use logveil_core::Timestamp;
use serde::{Deserialize, Serialize};

/// OCSF schema version the events follow.
pub const OCSF_VERSION: &str = "1.3.0";

/// How the caller proved who they are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum AuthMethod {
    /// A session from a password sign-in (CLI or web).
    Password,
    /// A session from single sign-on.
    Oidc,
    /// A long-lived token an administrator created.
    ApiToken,
    /// The admin token written at first start.
    AdminToken,
    /// A shipper's ingest token.
    IngestToken,
    /// No credential (failed sign-ins, refused calls without a token).
    #[default]
    None,
}

impl AuthMethod {
    pub fn as_str(self) -> &'static str {
        match self {
            AuthMethod::Password => "password",
            AuthMethod::Oidc => "oidc",
            AuthMethod::ApiToken => "api_token",
            AuthMethod::AdminToken => "admin_token",
            AuthMethod::IngestToken => "ingest_token",
            AuthMethod::None => "none",
        }
    }
}

/// Who called and from where, as the request showed it. Forwarded addresses are kept as
/// sent: any client can write `X-Forwarded-For`, so they are recorded and marked untrusted,
/// never used in place of the peer address.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RequestContext {
    /// The TCP peer: the only address the server saw itself.
    pub peer_ip: Option<IpAddr>,
    /// `X-Forwarded-For` and `Forwarded: for=` entries, as sent (at most a few, each short).
    pub forwarded_for: Vec<String>,
    pub user_agent: Option<String>,
    pub method: Option<String>,
    pub path: Option<String>,
    pub auth_method: AuthMethod,
    /// The caller's roles when they acted.
    pub roles: Vec<String>,
    /// Seconds since the caller's last TOTP step-up on this session, if any.
    pub mfa_age_secs: Option<i64>,
}

/// Bounds on what a request can make the audit keep: headers are the client's to write.
const MAX_FORWARDED: usize = 8;
const MAX_HEADER_TEXT: usize = 256;

impl RequestContext {
    /// The where of a request: peer, forwarded chain, user agent, method and path.
    pub fn from_request(
        peer: Option<std::net::SocketAddr>,
        method: &axum::http::Method,
        uri: &axum::http::Uri,
        headers: &axum::http::HeaderMap,
    ) -> Self {
        let text = |v: &axum::http::HeaderValue| -> Option<String> {
            let s = v.to_str().ok()?.trim();
            (!s.is_empty()).then(|| clip(s))
        };
        let mut forwarded_for: Vec<String> = headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(clip)
            .collect();
        // RFC 7239: `Forwarded: for=192.0.2.60;proto=http, for="[2001:db8::1]"`.
        forwarded_for.extend(
            headers
                .get_all(axum::http::header::FORWARDED)
                .iter()
                .filter_map(|v| v.to_str().ok())
                .flat_map(|v| v.split([',', ';']))
                .filter_map(|p| {
                    let (k, v) = p.trim().split_once('=')?;
                    k.eq_ignore_ascii_case("for")
                        .then(|| clip(v.trim().trim_matches('"')))
                }),
        );
        forwarded_for.truncate(MAX_FORWARDED);
        RequestContext {
            peer_ip: peer.map(|p| p.ip()),
            forwarded_for,
            user_agent: headers.get(axum::http::header::USER_AGENT).and_then(text),
            method: Some(method.as_str().to_owned()),
            path: Some(clip(uri.path())),
            ..RequestContext::default()
        }
    }
}

fn clip(s: &str) -> String {
    let mut end = s.len().min(MAX_HEADER_TEXT);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s[..end].to_owned()
}

/// The policy's answer to the action, when one was asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    pub allowed: bool,
    /// What decided: Cedar policy ids, a grant id, a rule name.
    pub by: Vec<String>,
}

/// One audited action.
#[derive(Debug, Clone)]
pub struct AuditEvent {
    pub time: Timestamp,
    pub actor: String,
    pub action: &'static str,
    pub outcome: &'static str,
    pub grants: Vec<String>,
    pub selector: Option<String>,
    /// Kind → how many values were shown.
    pub revealed: Vec<(String, u32)>,
    pub records: Vec<u64>,
    /// What an administrative action changed: `role:dev`, `user:alice`, `service:api`.
    pub subject: Option<String>,
    /// The log time range a query or tail covered.
    pub from: Option<Timestamp>,
    pub to: Option<Timestamp>,
    /// How many records a query returned.
    pub count: Option<u64>,
    /// Who and where; absent for what the server does by itself (expiry, checkpoints).
    pub context: Option<RequestContext>,
    /// Why: the request's reason, masked by the engine.
    pub reason: Option<String>,
    /// The incident or ticket the action was for.
    pub incident: Option<String>,
    pub decision: Option<Decision>,
    /// Keyed tokens of the values an unmasked read showed (`kind:8 hex`), so "who saw this
    /// customer" can be answered without the audit holding the value.
    pub tokens: Vec<String>,
}

impl AuditEvent {
    /// An event with no grant, selector or records.
    pub fn new(time: Timestamp, actor: &str, action: &'static str, outcome: &'static str) -> Self {
        Self {
            time,
            actor: actor.to_owned(),
            action,
            outcome,
            grants: Vec::new(),
            selector: None,
            revealed: Vec::new(),
            records: Vec::new(),
            subject: None,
            from: None,
            to: None,
            count: None,
            context: None,
            reason: None,
            incident: None,
            decision: None,
            tokens: Vec::new(),
        }
    }

    /// The same event, saying who called and from where.
    pub fn with_context(mut self, context: &RequestContext) -> Self {
        self.context = Some(context.clone());
        self
    }
}

/// Free text as the audit keeps it (selectors, reasons): masked like a log line, since a line
/// filter or a reason may hold a value someone typed (`|= "jane.doe@example.com"`), and the
/// audit never holds values.
pub fn masked_text(masker: &logveil_mask::Masker, text: &str) -> String {
    String::from_utf8_lossy(&masker.mask(text.as_bytes()).text).into_owned()
}

/// The OCSF class and activity of each action.
struct Class {
    class_uid: u32,
    class_name: &'static str,
    category_uid: u32,
    category_name: &'static str,
    activity_id: u32,
    activity_name: &'static str,
}

const IAM: (u32, &str) = (3, "Identity & Access Management");
const APP: (u32, &str) = (6, "Application Activity");
const FINDINGS: (u32, &str) = (2, "Findings");

fn class_of(action: &str, method: Option<&str>) -> Class {
    let c = |(category_uid, category_name): (u32, &'static str),
             class_uid,
             class_name,
             activity_id,
             activity_name| Class {
        class_uid,
        class_name,
        category_uid,
        category_name,
        activity_id,
        activity_name,
    };
    const AUTH: (u32, &str) = (3002, "Authentication");
    const ACCOUNT: (u32, &str) = (3001, "Account Change");
    const ENTITY: (u32, &str) = (3004, "Entity Management");
    const ACCESS: (u32, &str) = (3005, "User Access Management");
    const DATASTORE: (u32, &str) = (6005, "Datastore Activity");
    const API: (u32, &str) = (6003, "API Activity");
    let (class, activity_id, activity_name) = match action {
        "sign_in" => (AUTH, 1, "Logon"),
        "step_up" => (AUTH, 99, "Step-up"),
        "user_create" => (ACCOUNT, 1, "Create"),
        "totp_confirm" => (ACCOUNT, 10, "MFA Factor Enable"),
        "totp_enroll" => (ACCOUNT, 99, "MFA Factor Enrol"),
        "token_create" => (ACCOUNT, 99, "Token Create"),
        "role_change" | "retention_set" | "config_change" => (ENTITY, 3, "Update"),
        "retention_run" => (ENTITY, 4, "Delete"),
        "query" | "log_export" => (DATASTORE, 8, "Query"),
        "tail" => (DATASTORE, 1, "Read"),
        "unmasked_read" => (DATASTORE, 10, "Decrypt"),
        "access_approve" | "access_auto_approve" | "break_glass" => {
            (ACCESS, 1, "Assign Privileges")
        }
        "access_revoke" | "access_drop" | "grant_expired" => (ACCESS, 2, "Revoke Privileges"),
        "access_request" | "access_deny" | "break_glass_review" => (ACCESS, 99, "Other"),
        "alert" => {
            return c(FINDINGS, 2004, "Detection Finding", 1, "Create");
        }
        _ => {
            // Everything else is a call on the API: audit reads, policy checks, refusals.
            let (id, name) = match method {
                Some("POST") => (1, "Create"),
                Some("PUT") | Some("PATCH") => (3, "Update"),
                Some("DELETE") => (4, "Delete"),
                _ => (2, "Read"),
            };
            (API, id, name)
        }
    };
    let category = if class.0 / 1000 == 3 { IAM } else { APP };
    c(category, class.0, class.1, activity_id, activity_name)
}

/// OCSF severity: what a SOC should look at first.
fn severity_of(action: &str, outcome: &str) -> (u32, &'static str) {
    match (action, outcome) {
        ("audit_verify", "failure") => (5, "Critical"),
        ("break_glass", _) | ("alert", _) => (4, "High"),
        ("unmasked_read", _) | ("access_auto_approve", _) => (3, "Medium"),
        (_, "failure" | "denied" | "locked") => (2, "Low"),
        _ => (1, "Informational"),
    }
}

fn failed(outcome: &str) -> bool {
    matches!(
        outcome,
        "failure" | "denied" | "locked" | "error" | "suppressed"
    )
}

/// The `unmapped` part: what only logveil knows about the action.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Details {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub grants: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub selector: Option<String>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub revealed: BTreeMap<String, u32>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub records: Vec<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<Timestamp>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to: Option<Timestamp>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub count: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub incident: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tokens: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auth_method: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mfa_age_secs: Option<i64>,
    /// Always false where forwarded addresses were recorded: they are what the client said.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub forwarded_for_trusted: Option<bool>,
}

impl Serialize for AuditEvent {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.to_ocsf().serialize(s)
    }
}

impl AuditEvent {
    /// The event as an OCSF JSON object.
    pub fn to_ocsf(&self) -> serde_json::Value {
        use serde_json::{json, Map, Value};
        let ctx = self.context.as_ref();
        let class = class_of(self.action, ctx.and_then(|c| c.method.as_deref()));
        let (severity_id, severity) = severity_of(self.action, self.outcome);
        let (status_id, status) = if failed(self.outcome) {
            (2, "Failure")
        } else {
            (1, "Success")
        };
        let time_ms = self.time.as_nanos().div_euclid(1_000_000);
        let user_type = if self.actor.starts_with("rule:") || self.actor == SYSTEM {
            "System"
        } else if self.actor == crate::auth::ADMIN {
            "Admin"
        } else {
            "User"
        };
        let mut user = Map::new();
        user.insert("name".into(), json!(self.actor));
        user.insert("type".into(), json!(user_type));
        if let Some(c) = ctx.filter(|c| !c.roles.is_empty()) {
            let groups: Vec<Value> = c
                .roles
                .iter()
                .map(|r| json!({"name": r, "type": "role"}))
                .collect();
            user.insert("groups".into(), Value::Array(groups));
        }
        let mut actor = Map::new();
        actor.insert("user".into(), Value::Object(user));
        if let Some(d) = &self.decision {
            let policies: Vec<Value> = d
                .by
                .iter()
                .map(|p| json!({"decision": if d.allowed { "Allow" } else { "Deny" }, "policy": {"name": p}}))
                .collect();
            let policies = if policies.is_empty() {
                vec![json!({"decision": if d.allowed { "Allow" } else { "Deny" }})]
            } else {
                policies
            };
            actor.insert("authorizations".into(), Value::Array(policies));
        }
        if let Some(c) = ctx.filter(|c| c.auth_method != AuthMethod::None) {
            actor.insert(
                "session".into(),
                json!({"is_mfa": c.mfa_age_secs.is_some()}),
            );
        }
        let mut event = Map::new();
        for (k, v) in [
            ("activity_id", json!(class.activity_id)),
            ("activity_name", json!(class.activity_name)),
            ("category_uid", json!(class.category_uid)),
            ("category_name", json!(class.category_name)),
            ("class_uid", json!(class.class_uid)),
            ("class_name", json!(class.class_name)),
            (
                "type_uid",
                json!(u64::from(class.class_uid) * 100 + u64::from(class.activity_id)),
            ),
            (
                "type_name",
                json!(format!("{}: {}", class.class_name, class.activity_name)),
            ),
            ("severity_id", json!(severity_id)),
            ("severity", json!(severity)),
            ("status_id", json!(status_id)),
            ("status", json!(status)),
            ("status_detail", json!(self.outcome)),
            ("time", json!(time_ms)),
            ("time_dt", json!(self.time.to_rfc3339())),
            (
                "message",
                json!(format!("{} {}: {}", self.actor, self.action, self.outcome)),
            ),
            (
                "metadata",
                json!({
                    "version": OCSF_VERSION,
                    "event_code": self.action,
                    "log_name": "audit",
                    "product": {"name": "logveil", "vendor_name": "logveil", "version": env!("CARGO_PKG_VERSION")},
                }),
            ),
            ("actor", Value::Object(actor)),
        ] {
            event.insert(k.into(), v);
        }
        if let Some(c) = ctx {
            if let Some(ip) = c.peer_ip {
                event.insert("src_endpoint".into(), json!({"ip": ip.to_string()}));
            }
            let mut http = Map::new();
            if let Some(ua) = &c.user_agent {
                http.insert("user_agent".into(), json!(ua));
            }
            if !c.forwarded_for.is_empty() {
                http.insert("x_forwarded_for".into(), json!(c.forwarded_for));
            }
            if let Some(m) = &c.method {
                http.insert("http_method".into(), json!(m));
            }
            if let Some(p) = &c.path {
                http.insert("url".into(), json!({"path": p}));
            }
            if !http.is_empty() {
                event.insert("http_request".into(), Value::Object(http));
            }
        }
        let details = Details {
            grants: self.grants.clone(),
            selector: self.selector.clone(),
            revealed: self.revealed.iter().cloned().collect(),
            records: self.records.clone(),
            subject: self.subject.clone(),
            from: self.from,
            to: self.to,
            count: self.count,
            reason: self.reason.clone(),
            incident: self.incident.clone(),
            tokens: self.tokens.clone(),
            auth_method: ctx
                .filter(|c| c.auth_method != AuthMethod::None)
                .map(|c| c.auth_method.as_str().to_owned()),
            mfa_age_secs: ctx.and_then(|c| c.mfa_age_secs),
            forwarded_for_trusted: ctx.filter(|c| !c.forwarded_for.is_empty()).map(|_| false),
        };
        event.insert(
            "unmapped".into(),
            serde_json::to_value(details).unwrap_or(Value::Null),
        );
        Value::Object(event)
    }
}

/// The actor name of what the server does by itself.
pub const SYSTEM: &str = "logveil";

/// An event as read back from the log: the fields search and reports look at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredEvent {
    pub index: u64,
    /// Milliseconds since the Unix epoch.
    pub time_ms: i64,
    pub actor: String,
    pub action: String,
    pub outcome: String,
    pub class_uid: u32,
    pub roles: Vec<String>,
    pub src_ip: Option<String>,
    pub details: Details,
}

#[derive(Deserialize)]
struct OcsfIn {
    #[serde(default)]
    time: i64,
    #[serde(default)]
    class_uid: u32,
    #[serde(default)]
    status_detail: String,
    #[serde(default)]
    metadata: MetadataIn,
    #[serde(default)]
    actor: ActorIn,
    #[serde(default)]
    src_endpoint: Option<EndpointIn>,
    #[serde(default)]
    unmapped: Details,
}

#[derive(Deserialize, Default)]
struct MetadataIn {
    #[serde(default)]
    event_code: String,
}

#[derive(Deserialize, Default)]
struct ActorIn {
    #[serde(default)]
    user: UserIn,
}

#[derive(Deserialize, Default)]
struct UserIn {
    #[serde(default)]
    name: String,
    #[serde(default)]
    groups: Vec<GroupIn>,
}

#[derive(Deserialize)]
struct GroupIn {
    name: String,
}

#[derive(Deserialize)]
struct EndpointIn {
    ip: Option<String>,
}

impl StoredEvent {
    /// Reads one stored entry (the `entry` of an event line); `None` for anything that is not
    /// an OCSF event of this log.
    pub fn parse(index: u64, entry: &[u8]) -> Option<StoredEvent> {
        let e: OcsfIn = serde_json::from_slice(entry).ok()?;
        if e.metadata.event_code.is_empty() {
            return None;
        }
        Some(StoredEvent {
            index,
            time_ms: e.time,
            actor: e.actor.user.name,
            action: e.metadata.event_code,
            outcome: e.status_detail,
            class_uid: e.class_uid,
            roles: e.actor.user.groups.into_iter().map(|g| g.name).collect(),
            src_ip: e.src_endpoint.and_then(|s| s.ip),
            details: e.unmapped,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn context() -> RequestContext {
        let mut headers = axum::http::HeaderMap::new();
        headers.insert("x-forwarded-for", "203.0.113.9, 10.0.0.1".parse().unwrap());
        headers.insert(
            "forwarded",
            "for=\"[2001:db8::1]\";proto=https".parse().unwrap(),
        );
        headers.insert("user-agent", "logveil-cli/0.1".parse().unwrap());
        let mut c = RequestContext::from_request(
            Some("127.0.0.1:5555".parse().unwrap()),
            &axum::http::Method::POST,
            &"/api/v1/query?x=1".parse().unwrap(),
            &headers,
        );
        c.auth_method = AuthMethod::Password;
        c.roles = vec!["dev".into()];
        c.mfa_age_secs = Some(42);
        c
    }

    #[test]
    fn an_unmasked_read_is_an_ocsf_decrypt_with_who_and_where() {
        let mut e = AuditEvent::new(
            Timestamp::from_nanos(1_700_000_000_123_456_789),
            "alice",
            "unmasked_read",
            "success",
        )
        .with_context(&context());
        e.revealed = vec![("email".into(), 2)];
        e.tokens = vec!["email:7f3a9c21".into()];
        e.decision = Some(Decision {
            allowed: true,
            by: vec!["grant:abc".into()],
        });
        let v = e.to_ocsf();
        assert_eq!(v["class_uid"], 6005);
        assert_eq!(v["activity_id"], 10);
        assert_eq!(v["type_uid"], 600510);
        assert_eq!(v["category_uid"], 6);
        assert_eq!(v["time"], 1_700_000_000_123i64);
        assert_eq!(v["severity_id"], 3);
        assert_eq!(v["status_id"], 1);
        assert_eq!(v["metadata"]["event_code"], "unmasked_read");
        assert_eq!(v["metadata"]["version"], OCSF_VERSION);
        assert_eq!(v["actor"]["user"]["name"], "alice");
        assert_eq!(v["actor"]["user"]["groups"][0]["name"], "dev");
        assert_eq!(v["actor"]["session"]["is_mfa"], true);
        assert_eq!(v["actor"]["authorizations"][0]["decision"], "Allow");
        assert_eq!(v["src_endpoint"]["ip"], "127.0.0.1");
        assert_eq!(
            v["http_request"]["x_forwarded_for"],
            serde_json::json!(["203.0.113.9", "10.0.0.1", "[2001:db8::1]"])
        );
        assert_eq!(v["http_request"]["user_agent"], "logveil-cli/0.1");
        assert_eq!(v["http_request"]["url"]["path"], "/api/v1/query");
        assert_eq!(v["unmapped"]["forwarded_for_trusted"], false);
        assert_eq!(v["unmapped"]["auth_method"], "password");
        assert_eq!(v["unmapped"]["mfa_age_secs"], 42);
        assert_eq!(v["unmapped"]["revealed"]["email"], 2);
        // The entry is acceptable canonical JSON (integers only) and reads back.
        let entry = logveil_audit::Entry::from_serialize(&e).unwrap();
        let back = StoredEvent::parse(7, entry.canonical()).unwrap();
        assert_eq!(back.index, 7);
        assert_eq!(back.actor, "alice");
        assert_eq!(back.action, "unmasked_read");
        assert_eq!(back.roles, vec!["dev".to_owned()]);
        assert_eq!(back.src_ip.as_deref(), Some("127.0.0.1"));
        assert_eq!(back.details.tokens, vec!["email:7f3a9c21".to_owned()]);
        assert_eq!(back.time_ms, 1_700_000_000_123);
    }

    #[test]
    fn every_action_has_a_class_and_failures_say_so() {
        for (action, outcome, class, status) in [
            ("sign_in", "failure", 3002, 2),
            ("step_up", "locked", 3002, 2),
            ("user_create", "success", 3001, 1),
            ("role_change", "success", 3004, 1),
            ("query", "success", 6005, 1),
            ("access_approve", "active", 3005, 1),
            ("grant_expired", "expired", 3005, 1),
            ("access_denied", "denied", 6003, 2),
            ("audit_verify", "failure", 6003, 2),
            ("alert", "raised", 2004, 1),
        ] {
            let v = AuditEvent::new(Timestamp::from_nanos(0), "x", action, outcome).to_ocsf();
            assert_eq!(v["class_uid"], class, "{action}");
            assert_eq!(v["status_id"], status, "{action}");
            assert!(v["category_name"].is_string());
        }
    }

    #[test]
    fn hostile_headers_are_bounded() {
        let mut headers = axum::http::HeaderMap::new();
        let long = "a".repeat(10_000);
        for _ in 0..50 {
            headers.append(
                "x-forwarded-for",
                format!("{long}, 1.2.3.4").parse().unwrap(),
            );
        }
        headers.insert("user-agent", long.parse().unwrap());
        let c = RequestContext::from_request(
            None,
            &axum::http::Method::GET,
            &"/".parse().unwrap(),
            &headers,
        );
        assert_eq!(c.forwarded_for.len(), MAX_FORWARDED);
        assert!(c.forwarded_for.iter().all(|f| f.len() <= MAX_HEADER_TEXT));
        assert_eq!(c.user_agent.map(|u| u.len()), Some(MAX_HEADER_TEXT));
    }
}
