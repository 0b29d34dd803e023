//! Custom rules from a TOML file: extra patterns, extra sensitive keys, allow-lists, styles.
//!
//! ```toml
//! # Turn built-in kinds off entirely.
//! disable = ["mac_address"]
//!
//! # Extra patterns: a regex (Rust syntax); a capture group named `value` narrows the span.
//! [[pattern]]
//! name = "employee id"
//! kind = "employee_id"          # a built-in kind, or a new one
//! regex = 'EMP-\d{6}'
//! style = "token"               # optional: redact | partial | token
//!
//! # Extra sensitive keys (matched like built-in keys: case, `_`, `-`, `.` ignored).
//! [[key]]
//! names = ["x-tenant-secret", "tenantSecret"]
//! kind = "secret"
//!
//! # Values never masked: exact values, or regexes that must match the whole value.
//! [allow]
//! values = ["support@example.com"]
//! patterns = ['^10\.0\.\d+\.\d+$']
//!
//! # Mask style per kind (see `MaskStyle`).
//! [styles]
//! email = "token"
//! ipv4 = "partial"
//! ```

use std::collections::BTreeMap;

use serde::Deserialize;

/// A parsed rules file. Build an engine from it with [`crate::Engine::new`].
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RulesConfig {
    /// Built-in kinds to turn off.
    #[serde(default)]
    pub disable: Vec<String>,
    #[serde(default, rename = "pattern")]
    pub patterns: Vec<PatternRule>,
    #[serde(default, rename = "key")]
    pub keys: Vec<KeyRuleConfig>,
    #[serde(default)]
    pub allow: AllowConfig,
    /// Kind name → style name.
    #[serde(default)]
    pub styles: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PatternRule {
    pub name: String,
    pub kind: String,
    pub regex: String,
    #[serde(default)]
    pub style: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeyRuleConfig {
    pub names: Vec<String>,
    pub kind: String,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AllowConfig {
    #[serde(default)]
    pub values: Vec<String>,
    #[serde(default)]
    pub patterns: Vec<String>,
}

impl RulesConfig {
    /// Parses a rules file. Errors name the line and column.
    pub fn from_toml(text: &str) -> Result<Self, crate::MaskError> {
        toml::from_str(text).map_err(|e| crate::MaskError::Parse(e.to_string()))
    }
}
