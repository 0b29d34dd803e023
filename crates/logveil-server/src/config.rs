//! The gateway's configuration file (`logveil serve --config logveil.toml`): how access is
//! granted, where notifications go, how people sign in. Every field has a default, so an empty
//! file (or none) is a working gateway: one approval, grants of at most 4 hours, no
//! auto-approval, no break-glass, no step-up.
//!
//! Unknown fields are errors, so a typo never silently weakens a rule.
//!
//! # `[alerts]`
//!
//! Rules on high-risk actions, evaluated on every audit event ([`crate::alerts`]) and delivered
//! to the webhooks that take the `alert` kind (all of them unless their `events` say
//! otherwise). Every rule is on by default; with no such webhook nothing is evaluated, since
//! there is nobody to tell. The keys and their defaults:
//!
//! | key | default | raises an alert when |
//! | --- | --- | --- |
//! | `enabled` | `true` | (turns every rule below off when `false`) |
//! | `break_glass` | `true` | someone activates break-glass access |
//! | `unmask_kinds` | `["credit_card", "iban", "us_ssn", "national_id", "bank_account"]` | an unmasked read shows one of these kinds (payment, bank and government ids); `[]` turns it off |
//! | `unmask_quiet` | `"10m"` | (after such an alert, the same person reading the same kind again within this raises none; the bulk rule still counts) |
//! | `bulk_unmask.enabled` | `true` | |
//! | `bulk_unmask.records` | `1000` | one person has read more than this many records unmasked… |
//! | `bulk_unmask.window` | `"10m"` | …within this sliding window; then at most one alert per person per window |
//! | `repeated_denials.enabled` | `true` | |
//! | `repeated_denials.count` | `5` | one actor has this many denials (failed sign-in, failed or locked step-up or TOTP confirmation, a refused API call)… |
//! | `repeated_denials.window` | `"5m"` | …within this sliding window; then at most one alert per actor per window |
//! | `changes` | `true` | a role, the masking rules, the policy or other configuration changes |
//! | `verification_failure` | `true` | a verification of the audit log fails |
//!
//! Counts and windows must be at least 1 (windows 1s to 24h); kinds must be kinds the masking
//! engine knows ([`GatewayConfig::check_kinds`], once the engine is loaded).
//!
//! # `[audit]`
//!
//! | key | default | what |
//! | --- | --- | --- |
//! | `store` | `"file"` | where the log is kept: `"file"` (`DATA_DIR/audit.jsonl`) or `"postgres"` |
//! | `postgres_url` / `postgres_url_env` | none | with `store = "postgres"`, exactly one: the URL, or the environment variable holding it |
//! | `postgres_schema` | `"logveil"` | the schema its table is created in (one gateway writes a schema) |
//! | `refusals_per_minute` | `120` | refused calls from one address recorded one by one each minute; the rest as one event with their count; `0` records all |

use std::time::Duration;

use serde::Deserialize;

/// A duration as people write it in config: `30m`, `1h30m`, `7d`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(try_from = "String")]
pub struct ConfigDuration(pub Duration);

impl TryFrom<String> for ConfigDuration {
    type Error = String;

    fn try_from(s: String) -> Result<Self, Self::Error> {
        logveil_core::parse_duration(&s)
            .map(ConfigDuration)
            .map_err(|e| e.to_string())
    }
}

impl ConfigDuration {
    pub const fn secs(s: u64) -> Self {
        ConfigDuration(Duration::from_secs(s))
    }
}

/// Why a configuration was refused.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{0}")]
    Parse(String),
    #[error("{0}")]
    Invalid(String),
}

/// The whole file.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GatewayConfig {
    /// The URL people reach the gateway at (`https://logs.example.com`), used in links sent
    /// out (approval links in notifications, OIDC redirects). Without it, notifications carry
    /// no approval links (the server does not know the address people reach it at).
    #[serde(default)]
    pub public_url: Option<String>,
    #[serde(default)]
    pub access: AccessConfig,
    /// Where access events are sent (`[[webhooks]]`); see [`crate::notify`].
    #[serde(default)]
    pub webhooks: Vec<crate::notify::WebhookConfig>,
    /// Sign-in through an OpenID Connect provider.
    #[serde(default)]
    pub oidc: Option<crate::oidc::OidcConfig>,
    /// Alert rules on high-risk actions; see the module documentation.
    #[serde(default)]
    pub alerts: AlertsConfig,
    /// Where the audit log is kept.
    #[serde(default)]
    pub audit: AuditConfig,
}

/// Why a setting given inline or through an environment variable has no value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum InlineOrEnvError {
    Neither,
    Both,
    /// The variable named is not set.
    Unset(String),
}

/// A setting given inline (`secret = "…"`) or as the name of an environment variable holding
/// it (`secret_env = "VAR"`): exactly one of the two, and the variable set.
pub(crate) fn inline_or_env(
    inline: Option<&str>,
    env: Option<&str>,
) -> Result<String, InlineOrEnvError> {
    match (inline, env) {
        (Some(_), Some(_)) => Err(InlineOrEnvError::Both),
        (None, None) => Err(InlineOrEnvError::Neither),
        (Some(value), None) => Ok(value.to_owned()),
        (None, Some(var)) => {
            std::env::var(var).map_err(|_| InlineOrEnvError::Unset(var.to_owned()))
        }
    }
}

/// Where `[audit] store` keeps the log.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AuditStoreKind {
    /// `DATA_DIR/audit.jsonl`, synced at every append.
    #[default]
    File,
    /// A table in a PostgreSQL schema, one transaction per append.
    Postgres,
}

/// `[audit]`: where the audit log is kept. The signing key stays in the data directory
/// (`audit.key`) either way.
///
/// ```toml
/// [audit]
/// store = "postgres"                            # default "file"
/// postgres_url_env = "LOGVEIL_AUDIT_POSTGRES"   # or postgres_url = "postgres://..."
/// postgres_schema = "logveil"                   # default "logveil"
/// refusals_per_minute = 120                     # default 120; 0 records every one
/// ```
#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuditConfig {
    #[serde(default)]
    pub store: AuditStoreKind,
    /// The server's URL, inline (it may hold a password: keep the file private)…
    #[serde(default)]
    pub postgres_url: Option<String>,
    /// …or the name of an environment variable holding it.
    #[serde(default)]
    pub postgres_url_env: Option<String>,
    /// The schema the log's table is created in; one gateway writes a schema at a time.
    #[serde(default)]
    pub postgres_schema: Option<String>,
    /// Refused calls (401, 403) from one address recorded one by one each minute; the rest
    /// of that minute are recorded as one event with their count, so a flood of bad tokens
    /// cannot fill the disk. 0 records every one.
    #[serde(default = "default_refusals_per_minute")]
    pub refusals_per_minute: u32,
}

fn default_refusals_per_minute() -> u32 {
    120
}

impl Default for AuditConfig {
    fn default() -> Self {
        Self {
            store: AuditStoreKind::default(),
            postgres_url: None,
            postgres_url_env: None,
            postgres_schema: None,
            refusals_per_minute: default_refusals_per_minute(),
        }
    }
}

// By hand: the URL may hold a password, and `{:?}` of the configuration must not show it.
impl std::fmt::Debug for AuditConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AuditConfig")
            .field("store", &self.store)
            .field("postgres_url", &self.postgres_url.as_ref().map(|_| "…"))
            .field("postgres_url_env", &self.postgres_url_env)
            .field("postgres_schema", &self.postgres_schema)
            .field("refusals_per_minute", &self.refusals_per_minute)
            .finish()
    }
}

impl AuditConfig {
    fn check(&self) -> Result<(), ConfigError> {
        let postgres_keys = self.postgres_url.is_some()
            || self.postgres_url_env.is_some()
            || self.postgres_schema.is_some();
        match self.store {
            AuditStoreKind::File if postgres_keys => Err(ConfigError::Invalid(
                "audit: postgres_* keys are set but store is \"file\"; add store = \"postgres\" or remove them".into(),
            )),
            AuditStoreKind::Postgres
                if matches!(
                    inline_or_env(
                        self.postgres_url.as_deref(),
                        self.postgres_url_env.as_deref()
                    ),
                    Err(InlineOrEnvError::Neither | InlineOrEnvError::Both)
                ) =>
            {
                Err(ConfigError::Invalid(
                    "audit: store = \"postgres\" needs exactly one of postgres_url and postgres_url_env".into(),
                ))
            }
            _ => Ok(()),
        }
    }

    /// The PostgreSQL URL and schema, when the log is kept there.
    pub fn postgres(&self) -> Result<Option<(String, &str)>, crate::audit::PgStoreError> {
        if self.store != AuditStoreKind::Postgres {
            return Ok(None);
        }
        let url = inline_or_env(self.postgres_url.as_deref(), self.postgres_url_env.as_deref())
            .map_err(|e| {
                crate::audit::PgStoreError::Url(match e {
                    InlineOrEnvError::Unset(var) => {
                        format!("audit.postgres_url_env names {var}, which is not set")
                    }
                    _ => "audit: store = \"postgres\" needs exactly one of postgres_url and postgres_url_env".into(),
                })
            })?;
        Ok(Some((
            url,
            self.postgres_schema.as_deref().unwrap_or("logveil"),
        )))
    }
}

impl GatewayConfig {
    pub fn from_toml(text: &str) -> Result<Self, ConfigError> {
        let config: GatewayConfig =
            toml::from_str(text).map_err(|e| ConfigError::Parse(e.to_string()))?;
        config.check()?;
        Ok(config)
    }

    /// Rules serde cannot express: a config that parses but makes no sense is refused at
    /// start, with the rule it breaks.
    pub fn check(&self) -> Result<(), ConfigError> {
        self.access.check()?;
        for (i, w) in self.webhooks.iter().enumerate() {
            w.check(i)?;
        }
        if let Some(url) = &self.public_url {
            if !(url.starts_with("http://") || url.starts_with("https://")) {
                return Err(ConfigError::Invalid(format!(
                    "public_url {url:?} must start with http:// or https://"
                )));
            }
        }
        if let Some(oidc) = &self.oidc {
            oidc.check(self.public_url.as_deref())?;
        }
        self.alerts.check()?;
        self.audit.check()?;
        Ok(())
    }

    /// The checks that need the masking engine (which kinds exist comes from its rules file,
    /// loaded after this file): every kind named here must be one it reports.
    pub fn check_kinds(&self, engine: &logveil_mask::Engine) -> Result<(), ConfigError> {
        for name in &self.alerts.unmask_kinds {
            if engine.kind_by_name(name).is_none() {
                let known: Vec<&str> = engine.kinds().map(|k| engine.kind_name(k)).collect();
                return Err(ConfigError::Invalid(format!(
                    "alerts.unmask_kinds: unknown kind {name:?}; known kinds: {}",
                    known.join(", ")
                )));
            }
        }
        Ok(())
    }
}

/// `[alerts]`: which high-risk actions raise an alert. See the module documentation for each
/// key and its default.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AlertsConfig {
    #[serde(default = "defaults::on")]
    pub enabled: bool,
    #[serde(default = "defaults::on")]
    pub break_glass: bool,
    /// Kinds whose unmasked reading is alerted at once.
    #[serde(default = "defaults::unmask_kinds")]
    pub unmask_kinds: Vec<String>,
    /// How long one person's reads of one such kind stay quiet after an alert: a tail of
    /// card numbers raises one alert, not one per line.
    #[serde(default = "defaults::unmask_quiet")]
    pub unmask_quiet: ConfigDuration,
    #[serde(default)]
    pub bulk_unmask: BulkUnmaskRule,
    #[serde(default)]
    pub repeated_denials: RepeatedDenialsRule,
    /// Role changes and configuration changes (masking rules, access rules, policy).
    #[serde(default = "defaults::on")]
    pub changes: bool,
    #[serde(default = "defaults::on")]
    pub verification_failure: bool,
}

impl Default for AlertsConfig {
    fn default() -> Self {
        Self {
            enabled: true,
            break_glass: true,
            unmask_kinds: defaults::unmask_kinds(),
            unmask_quiet: defaults::unmask_quiet(),
            bulk_unmask: BulkUnmaskRule::default(),
            repeated_denials: RepeatedDenialsRule::default(),
            changes: true,
            verification_failure: true,
        }
    }
}

/// `[alerts.bulk_unmask]`: more than `records` records read unmasked by one person within
/// `window`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BulkUnmaskRule {
    #[serde(default = "defaults::on")]
    pub enabled: bool,
    #[serde(default = "defaults::bulk_records")]
    pub records: u32,
    #[serde(default = "defaults::bulk_window")]
    pub window: ConfigDuration,
}

impl Default for BulkUnmaskRule {
    fn default() -> Self {
        Self {
            enabled: true,
            records: defaults::bulk_records(),
            window: defaults::bulk_window(),
        }
    }
}

/// `[alerts.repeated_denials]`: `count` denials of one actor within `window`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RepeatedDenialsRule {
    #[serde(default = "defaults::on")]
    pub enabled: bool,
    #[serde(default = "defaults::denials")]
    pub count: u32,
    #[serde(default = "defaults::denials_window")]
    pub window: ConfigDuration,
}

impl Default for RepeatedDenialsRule {
    fn default() -> Self {
        Self {
            enabled: true,
            count: defaults::denials(),
            window: defaults::denials_window(),
        }
    }
}

/// The longest alert window: counters are kept in memory, and a day bounds what they hold.
const MAX_ALERT_WINDOW: Duration = Duration::from_secs(24 * 3600);

fn check_window(what: &str, d: ConfigDuration) -> Result<(), ConfigError> {
    if d.0 < Duration::from_secs(1) || d.0 > MAX_ALERT_WINDOW {
        return Err(ConfigError::Invalid(format!("{what} must be 1s to 24h")));
    }
    Ok(())
}

impl AlertsConfig {
    fn check(&self) -> Result<(), ConfigError> {
        let bad = |m: String| Err(ConfigError::Invalid(m));
        for (i, k) in self.unmask_kinds.iter().enumerate() {
            // Whether the kind exists is for `check_kinds`: custom kinds come from the
            // masking rules file. A name no kind can have is refused here already.
            let well_formed = k.starts_with(|c: char| c.is_ascii_lowercase())
                && k.len() <= 32
                && k.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
            if !well_formed {
                return bad(format!(
                    "alerts.unmask_kinds: {k:?} is not a kind name (like credit_card)"
                ));
            }
            if self.unmask_kinds[..i].contains(k) {
                return bad(format!("alerts.unmask_kinds: {k:?} is listed twice"));
            }
        }
        check_window("alerts.unmask_quiet", self.unmask_quiet)?;
        if self.bulk_unmask.records == 0 {
            return bad("alerts.bulk_unmask.records must be at least 1".into());
        }
        check_window("alerts.bulk_unmask.window", self.bulk_unmask.window)?;
        if self.repeated_denials.count == 0 {
            return bad("alerts.repeated_denials.count must be at least 1".into());
        }
        check_window(
            "alerts.repeated_denials.window",
            self.repeated_denials.window,
        )?;
        Ok(())
    }
}

/// How access is requested and granted. See [`AccessConfig::rules_for`] for how scopes
/// combine.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AccessConfig {
    /// How long a request waits for reviews before it lapses.
    #[serde(default = "defaults::pending_ttl")]
    pub pending_ttl: ConfigDuration,
    /// The longest grant anyone may ask for, unless a scope says less.
    #[serde(default = "defaults::max_duration")]
    pub max_duration: ConfigDuration,
    /// The shortest grant.
    #[serde(default = "defaults::min_duration")]
    pub min_duration: ConfigDuration,
    /// Approvals a grant needs, unless a scope says more.
    #[serde(default = "defaults::approvals")]
    pub approvals: u8,
    /// Require a TOTP step-up before any unmasked read.
    #[serde(default)]
    pub step_up: bool,
    /// How long a step-up lasts.
    #[serde(default = "defaults::step_up_valid")]
    pub step_up_valid: ConfigDuration,
    /// Stricter rules for some services or kinds.
    #[serde(default, rename = "scope")]
    pub scopes: Vec<ScopeRule>,
    /// Requests approved by rule instead of by a person.
    #[serde(default)]
    pub auto_approve: Vec<AutoApproveRule>,
    #[serde(default)]
    pub break_glass: BreakGlassConfig,
}

impl Default for AccessConfig {
    fn default() -> Self {
        Self {
            pending_ttl: defaults::pending_ttl(),
            max_duration: defaults::max_duration(),
            min_duration: defaults::min_duration(),
            approvals: defaults::approvals(),
            step_up: false,
            step_up_valid: defaults::step_up_valid(),
            scopes: Vec::new(),
            auto_approve: Vec::new(),
            break_glass: BreakGlassConfig::default(),
        }
    }
}

mod defaults {
    use super::ConfigDuration;

    pub fn pending_ttl() -> ConfigDuration {
        ConfigDuration::secs(3600)
    }
    pub fn max_duration() -> ConfigDuration {
        ConfigDuration::secs(4 * 3600)
    }
    pub fn min_duration() -> ConfigDuration {
        ConfigDuration::secs(60)
    }
    pub fn approvals() -> u8 {
        1
    }
    pub fn step_up_valid() -> ConfigDuration {
        ConfigDuration::secs(15 * 60)
    }
    pub fn break_glass_max() -> ConfigDuration {
        ConfigDuration::secs(30 * 60)
    }
    pub fn on() -> bool {
        true
    }
    /// Payment and government ids (credit_card, iban, us_ssn, national_id): what a leak costs
    /// most. The masking engine's own list, so a new such kind is alerted by default too.
    pub fn unmask_kinds() -> Vec<String> {
        logveil_mask::Kind::BUILTIN
            .iter()
            .filter(|k| k.is_high_risk())
            .filter_map(|k| k.builtin_name())
            .map(String::from)
            .collect()
    }
    pub fn unmask_quiet() -> ConfigDuration {
        ConfigDuration::secs(10 * 60)
    }
    pub fn bulk_records() -> u32 {
        1000
    }
    pub fn bulk_window() -> ConfigDuration {
        ConfigDuration::secs(10 * 60)
    }
    pub fn denials() -> u32 {
        5
    }
    pub fn denials_window() -> ConfigDuration {
        ConfigDuration::secs(5 * 60)
    }
}

/// Rules for requests that touch some services (and, optionally, only some kinds).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScopeRule {
    /// Services (or `*`) this rule covers.
    pub services: Vec<String>,
    /// Kinds this rule covers; empty covers every request on its services.
    #[serde(default)]
    pub kinds: Vec<String>,
    #[serde(default)]
    pub max_duration: Option<ConfigDuration>,
    #[serde(default)]
    pub approvals: Option<u8>,
    /// Roles whose members review such requests; empty leaves it to roles' `approver_for`.
    #[serde(default)]
    pub approvers: Vec<String>,
    #[serde(default)]
    pub step_up: Option<bool>,
}

/// Approval by rule: the requester is on call and names an incident of a listed severity.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AutoApproveRule {
    /// Recorded as the reviewer: `rule:NAME`.
    pub name: String,
    /// Services (or `*`) the rule may open.
    pub services: Vec<String>,
    /// Kinds the rule may unmask; empty: none (levels and services only).
    #[serde(default)]
    pub kinds: Vec<String>,
    /// Incident severities that qualify (`sev1`, `sev2`…), compared without case.
    pub severities: Vec<String>,
    /// People on call.
    #[serde(default)]
    pub on_call: Vec<String>,
    /// A file listing people on call, one name a line, read at every decision so a rota tool
    /// can rewrite it. A missing or unreadable file approves nobody.
    #[serde(default)]
    pub on_call_file: Option<std::path::PathBuf>,
    /// The longest grant this rule gives.
    #[serde(default = "defaults::max_duration")]
    pub max_duration: ConfigDuration,
}

/// Self-activated emergency access: short, alerted at once, reviewed afterwards.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BreakGlassConfig {
    #[serde(default)]
    pub enabled: bool,
    /// Services (or `*`) break-glass may open.
    #[serde(default)]
    pub services: Vec<String>,
    #[serde(default = "defaults::break_glass_max")]
    pub max_duration: ConfigDuration,
}

impl Default for BreakGlassConfig {
    fn default() -> Self {
        Self {
            enabled: false,
            services: Vec::new(),
            max_duration: defaults::break_glass_max(),
        }
    }
}

fn check_services(what: &str, services: &[String]) -> Result<(), ConfigError> {
    for s in services {
        if s != "*" && s.parse::<logveil_core::ServiceName>().is_err() {
            return Err(ConfigError::Invalid(format!(
                "{what}: {s:?} is not a service name or *"
            )));
        }
    }
    Ok(())
}

fn covers(list: &[String], service: &str) -> bool {
    list.iter().any(|s| s == "*" || s == service)
}

/// The rules that apply to one request, strictest of every matching scope.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EffectiveRules {
    pub max_duration: Duration,
    pub approvals: u8,
    /// Each inner list is one matching rule's approver roles: a reviewer must hold a role of
    /// every list. Empty: roles' `approver_for` decides.
    pub approver_roles: Vec<Vec<String>>,
    pub step_up: bool,
}

impl AccessConfig {
    fn check(&self) -> Result<(), ConfigError> {
        let bad = |m: String| Err(ConfigError::Invalid(m));
        if self.min_duration.0 < Duration::from_secs(1) {
            return bad("access.min_duration must be at least 1s".into());
        }
        if self.min_duration > self.max_duration {
            return bad("access.min_duration is longer than access.max_duration".into());
        }
        if self.approvals == 0 {
            return bad("access.approvals must be at least 1".into());
        }
        for (i, s) in self.scopes.iter().enumerate() {
            let what = format!("access.scope #{}", i + 1);
            if s.services.is_empty() {
                return bad(format!("{what}: services is empty"));
            }
            check_services(&what, &s.services)?;
            if s.approvals == Some(0) {
                return bad(format!("{what}: approvals must be at least 1"));
            }
            for r in &s.approvers {
                if r.parse::<logveil_core::RoleName>().is_err() {
                    return bad(format!("{what}: {r:?} is not a role name"));
                }
            }
        }
        for r in &self.auto_approve {
            let what = format!("access.auto_approve {:?}", r.name);
            if r.name.is_empty()
                || !r
                    .name
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
            {
                return bad(format!("{what}: names are letters, digits, - and _"));
            }
            check_services(&what, &r.services)?;
            if r.severities.is_empty() {
                return bad(format!("{what}: severities is empty"));
            }
            if r.on_call.is_empty() && r.on_call_file.is_none() {
                return bad(format!("{what}: give on_call or on_call_file"));
            }
        }
        check_services("access.break_glass", &self.break_glass.services)?;
        if self.break_glass.enabled && self.break_glass.services.is_empty() {
            return bad("access.break_glass is enabled but names no services".into());
        }
        Ok(())
    }

    /// The rules for a request on `services` unmasking `kinds`: the global defaults, tightened
    /// by every scope rule that matches (shorter cap, more approvals, step-up, approver roles).
    pub fn rules_for(&self, services: &[&str], kinds: &[String]) -> EffectiveRules {
        let mut out = EffectiveRules {
            max_duration: self.max_duration.0,
            approvals: self.approvals,
            approver_roles: Vec::new(),
            step_up: self.step_up,
        };
        for rule in &self.scopes {
            let service_hit = services.iter().any(|s| covers(&rule.services, s));
            let kind_hit = rule.kinds.is_empty() || kinds.iter().any(|k| rule.kinds.contains(k));
            if !(service_hit && kind_hit) {
                continue;
            }
            if let Some(d) = rule.max_duration {
                out.max_duration = out.max_duration.min(d.0);
            }
            if let Some(n) = rule.approvals {
                out.approvals = out.approvals.max(n);
            }
            if !rule.approvers.is_empty() {
                out.approver_roles.push(rule.approvers.clone());
            }
            out.step_up |= rule.step_up.unwrap_or(false);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_file_is_the_documented_defaults() {
        let c = GatewayConfig::from_toml("").unwrap();
        assert_eq!(c.access.max_duration.0, Duration::from_secs(4 * 3600));
        assert_eq!(c.access.pending_ttl.0, Duration::from_secs(3600));
        assert_eq!(c.access.approvals, 1);
        assert!(!c.access.break_glass.enabled);
        assert!(!c.access.step_up);
        let a = &c.alerts;
        assert!(a.enabled && a.break_glass && a.changes && a.verification_failure);
        assert_eq!(
            a.unmask_kinds,
            [
                "credit_card",
                "iban",
                "us_ssn",
                "national_id",
                "bank_account"
            ]
        );
        assert_eq!(a.unmask_quiet.0, Duration::from_secs(600));
        assert_eq!(
            (
                a.bulk_unmask.enabled,
                a.bulk_unmask.records,
                a.bulk_unmask.window.0
            ),
            (true, 1000, Duration::from_secs(600))
        );
        assert_eq!(
            (
                a.repeated_denials.enabled,
                a.repeated_denials.count,
                a.repeated_denials.window.0
            ),
            (true, 5, Duration::from_secs(300))
        );
        assert_eq!(*a, AlertsConfig::default());
        c.check_kinds(&logveil_mask::Engine::builtin()).unwrap();
    }

    #[test]
    fn alert_settings_are_refused_with_the_rule_they_break() {
        for (text, needle) in [
            (
                "[alerts]
break_glas = true",
                "unknown field",
            ),
            (
                "[alerts.bulk_unmask]
records = 0",
                "records must be at least 1",
            ),
            (
                "[alerts.bulk_unmask]
records = -1",
                "invalid value",
            ),
            (
                "[alerts.bulk_unmask]
window = \"0s\"",
                "1s to 24h",
            ),
            (
                "[alerts.bulk_unmask]
window = \"2d\"",
                "1s to 24h",
            ),
            (
                "[alerts.bulk_unmask]
limit = 5",
                "unknown field",
            ),
            (
                "[alerts.repeated_denials]
count = 0",
                "count must be at least 1",
            ),
            (
                "[alerts.repeated_denials]
window = \"0ms\"",
                "1s to 24h",
            ),
            (
                "[alerts]
unmask_quiet = \"0s\"",
                "unmask_quiet",
            ),
            (
                "[alerts]
unmask_kinds = [\"Credit Card\"]",
                "not a kind name",
            ),
            (
                "[alerts]
unmask_kinds = [\"iban\", \"iban\"]",
                "twice",
            ),
            (
                "[alerts]
changes = \"yes\"",
                "invalid type",
            ),
        ] {
            let e = GatewayConfig::from_toml(text).unwrap_err().to_string();
            assert!(e.contains(needle), "{text:?}: {e}");
        }
        // Well-formed but unknown to the engine: refused once the engine is known, with the
        // kinds it knows.
        let c = GatewayConfig::from_toml(
            "[alerts]
unmask_kinds = [\"credit_crad\"]",
        )
        .unwrap();
        let e = c
            .check_kinds(&logveil_mask::Engine::builtin())
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("\"credit_crad\"") && e.contains("known kinds: email, phone, credit_card"),
            "{e}"
        );
        let off = GatewayConfig::from_toml(
            "[alerts]
unmask_kinds = []
[alerts.bulk_unmask]
enabled = false",
        )
        .unwrap();
        assert!(off.alerts.unmask_kinds.is_empty() && !off.alerts.bulk_unmask.enabled);
        assert_eq!(
            off.alerts.bulk_unmask.records, 1000,
            "other keys keep defaults"
        );
    }

    #[test]
    fn the_readme_alerts_example_is_a_valid_configuration() {
        let readme = include_str!("../../../README.md");
        let section = &readme[readme.find("#### Alert rules").unwrap()..];
        let start = section.find("```toml\n").unwrap() + 8;
        let example = &section[start..start + section[start..].find("```").unwrap()];
        let c = GatewayConfig::from_toml(example).unwrap();
        assert_eq!(
            c.alerts,
            AlertsConfig::default(),
            "the README shows the defaults"
        );
    }

    #[test]
    fn the_strictest_matching_scope_wins() {
        let c = GatewayConfig::from_toml(
            r#"
            [access]
            max_duration = "2h"
            [[access.scope]]
            services = ["payments"]
            kinds = ["credit_card"]
            max_duration = "30m"
            approvals = 2
            approvers = ["payments-leads"]
            step_up = true
            [[access.scope]]
            services = ["*"]
            max_duration = "1h"
            "#,
        )
        .unwrap();
        let card = c
            .access
            .rules_for(&["payments"], &["credit_card".to_owned()]);
        assert_eq!(card.max_duration, Duration::from_secs(1800));
        assert_eq!(card.approvals, 2);
        assert!(card.step_up);
        assert_eq!(card.approver_roles, vec![vec!["payments-leads".to_owned()]]);
        let email = c.access.rules_for(&["payments"], &["email".to_owned()]);
        assert_eq!(email.max_duration, Duration::from_secs(3600));
        assert_eq!(email.approvals, 1);
        assert!(!email.step_up);
    }

    #[test]
    fn the_readme_access_example_is_a_valid_configuration() {
        let readme = include_str!("../../../README.md");
        let section = &readme[readme.find("#### Access rules").unwrap()..];
        let start = section.find("```toml\n").unwrap() + 8;
        let example = &section[start..start + section[start..].find("```").unwrap()];
        let c = GatewayConfig::from_toml(example).unwrap();
        assert_eq!(c.access.scopes.len(), 1);
        assert_eq!(c.access.auto_approve[0].name, "sev1-on-call");
        assert!(c.access.break_glass.enabled);
        let card = c
            .access
            .rules_for(&["payments"], &["credit_card".to_owned()]);
        assert_eq!((card.approvals, card.step_up), (2, true));
    }

    #[test]
    fn mistakes_are_refused_with_the_rule_they_break() {
        for (text, needle) in [
            ("[access]\napprovals = 0", "approvals"),
            ("[access]\nmax_duraton = \"1h\"", "unknown field"),
            ("[access]\nmax_duration = \"1 hour\"", "unit"),
            ("[[access.scope]]\nservices = [\"../x\"]", "not a service"),
            (
                "[[access.auto_approve]]\nname = \"x\"\nservices = [\"api\"]\nseverities = [\"sev1\"]",
                "on_call",
            ),
            ("[access.break_glass]\nenabled = true", "names no services"),
            ("public_url = \"logs.example.com\"", "http"),
        ] {
            let e = GatewayConfig::from_toml(text).unwrap_err().to_string();
            assert!(e.contains(needle), "{text:?}: {e}");
        }
    }

    const KEYS: [&str; 35] = [
        "public_url",
        "[access]",
        "pending_ttl",
        "max_duration",
        "min_duration",
        "approvals",
        "step_up",
        "step_up_valid",
        "[[access.scope]]",
        "services",
        "kinds",
        "approvers",
        "[[access.auto_approve]]",
        "name",
        "severities",
        "on_call",
        "on_call_file",
        "[access.break_glass]",
        "enabled",
        "[[webhooks]]",
        "url",
        "secret",
        "events",
        "[oidc]",
        "[alerts]",
        "break_glass",
        "unmask_kinds",
        "unmask_quiet",
        "changes",
        "verification_failure",
        "[alerts.bulk_unmask]",
        "records",
        "window",
        "[alerts.repeated_denials]",
        "count",
    ];
    const VALUES: [&str; 12] = [
        "\"30m\"",
        "0",
        "255",
        "-1",
        "true",
        "[\"api\", \"*\"]",
        "[]",
        "\"https://x.example\"",
        "\"\"",
        "1e400",
        "[\"credit_card\", \"iban\"]",
        "[\"alert\", \"break_glass\"]",
    ];

    proptest::proptest! {
        /// Whatever a configuration file holds, reading it answers a config or an error that
        /// names what is wrong: never a panic. Documents are built from the real keys with
        /// values of every TOML type, plus raw bytes.
        #[test]
        fn any_file_is_a_config_or_an_error(
            raw in "\\PC{0,200}",
            picks in proptest::collection::vec((0usize..KEYS.len(), 0usize..VALUES.len()), 0..12),
        ) {
            let _ = GatewayConfig::from_toml(&raw);
            let doc: String = picks
                .iter()
                .map(|(k, v)| {
                    if KEYS[*k].starts_with('[') {
                        format!("{}\n", KEYS[*k])
                    } else {
                        format!("{} = {}\n", KEYS[*k], VALUES[*v])
                    }
                })
                .collect();
            match GatewayConfig::from_toml(&doc) {
                Ok(c) => {
                    if let Err(e) = c.check_kinds(&logveil_mask::Engine::builtin()) {
                        proptest::prop_assert!(!e.to_string().is_empty());
                    }
                }
                Err(e) => proptest::prop_assert!(!e.to_string().is_empty()),
            }
        }
    }
}
