//! The gateway's configuration file (`logveil serve --config logveil.toml`): how access is
//! granted, where notifications go, how people sign in. Every field has a default, so an empty
//! file (or none) is a working gateway: one approval, grants of at most 4 hours, no
//! auto-approval, no break-glass, no step-up.
//!
//! Unknown fields are errors, so a typo never silently weakens a rule.

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

    proptest::proptest! {
        /// Whatever a configuration file holds, reading it answers a config or an error that
        /// names what is wrong: never a panic. Documents are built from the real keys with
        /// values of every TOML type, plus raw bytes.
        #[test]
        fn any_file_is_a_config_or_an_error(
            raw in "\\PC{0,200}",
            picks in proptest::collection::vec((0usize..24, 0usize..10), 0..12),
        ) {
            let _ = GatewayConfig::from_toml(&raw);
            const KEYS: [&str; 24] = [
                "public_url", "[access]", "pending_ttl", "max_duration", "min_duration",
                "approvals", "step_up", "step_up_valid", "[[access.scope]]", "services", "kinds",
                "approvers", "[[access.auto_approve]]", "name", "severities", "on_call",
                "on_call_file", "[access.break_glass]", "enabled", "[[webhooks]]", "url",
                "secret", "events", "[oidc]",
            ];
            const VALUES: [&str; 10] = [
                "\"30m\"", "0", "255", "-1", "true", "[\"api\", \"*\"]", "[]",
                "\"https://x.example\"", "\"\"", "1e400",
            ];
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
            if let Err(e) = GatewayConfig::from_toml(&doc) {
                proptest::prop_assert!(!e.to_string().is_empty());
            }
        }
    }
}
