//! What one audited action records.

use serde::Serialize;

/// One audited action.
#[derive(Debug, Clone, Serialize)]
pub struct AuditEvent {
    pub time: logveil_core::Timestamp,
    pub actor: String,
    pub action: &'static str,
    pub outcome: &'static str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub grants: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub selector: Option<String>,
    /// Kind → how many values were shown.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub revealed: Vec<(String, u32)>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub records: Vec<u64>,
    /// What an administrative action changed: `role:dev`, `user:alice`, `service:api`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// The log time range a query or tail covered.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<logveil_core::Timestamp>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to: Option<logveil_core::Timestamp>,
    /// How many records a query returned.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub count: Option<u64>,
}

impl AuditEvent {
    /// An event with no grant, selector or records.
    pub fn new(
        time: logveil_core::Timestamp,
        actor: &str,
        action: &'static str,
        outcome: &'static str,
    ) -> Self {
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
        }
    }
}

/// A selector as the audit keeps it: masked like a log line, since a line filter may hold a
/// value someone typed (`|= "jane.doe@example.com"`), and the audit never holds values.
pub fn masked_selector(masker: &logveil_mask::Masker, selector: &str) -> String {
    String::from_utf8_lossy(&masker.mask(selector.as_bytes()).text).into_owned()
}
