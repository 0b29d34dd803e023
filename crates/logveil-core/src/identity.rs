//! Who reads logs and what a role lets them read.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize};

use crate::{CoreError, Level};

macro_rules! name_type {
    ($name:ident, $what:literal) => {
        #[doc = concat!("A ", $what, " name: 1–64 lowercase ASCII letters, digits, `.`, `_` or `-`, starting with a letter or digit.")]
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl FromStr for $name {
            type Err = CoreError;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                let ok = !s.is_empty()
                    && s.len() <= 64
                    && s.as_bytes()[0].is_ascii_alphanumeric()
                    && s.bytes().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, b'.' | b'_' | b'-'));
                if ok {
                    Ok(Self(s.to_owned()))
                } else {
                    Err(CoreError::Name(concat!(
                        "a ",
                        $what,
                        " name is 1-64 lowercase letters, digits, '.', '_' or '-', starting with a letter or digit"
                    )))
                }
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                String::deserialize(d)?.parse().map_err(serde::de::Error::custom)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

name_type!(UserName, "user");
name_type!(RoleName, "role");

/// What a role lets its members read, masked: services (or `*`), environments (or `*`), and
/// levels from `min_level` up. Debug logs often carry the most personal data, so a role may
/// stop at info and leave debug to grants.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Role {
    pub name: RoleName,
    #[serde(default)]
    pub services: Vec<String>,
    #[serde(default = "any")]
    pub envs: Vec<String>,
    #[serde(default)]
    pub min_level: Level,
    /// Manages users, roles and tokens.
    #[serde(default)]
    pub admin: bool,
    /// Services (or `*`) whose access requests members may review.
    #[serde(default)]
    pub approver_for: Vec<String>,
    /// Reads the audit log (search, export, proofs, the access review). Alone it reads no
    /// logs: auditors see who did what, never the logs themselves.
    #[serde(default)]
    pub auditor: bool,
}

fn any() -> Vec<String> {
    vec!["*".to_owned()]
}

impl Role {
    /// The scope keys of this role, `service|env|min_level`: what the read policy compares
    /// with a stream's keys ([`stream_keys`]).
    pub fn read_keys(&self) -> Vec<String> {
        let mut out = Vec::new();
        for s in &self.services {
            for e in &self.envs {
                out.push(format!("{s}|{e}|{}", self.min_level.as_str()));
            }
        }
        out
    }
}

/// Every scope key that would let a reader see records of this service, environment and level:
/// the exact names or `*`, and any minimum level at or below the record's.
pub fn stream_keys(service: &str, env: &str, level: Level) -> Vec<String> {
    let mut out = Vec::with_capacity(24);
    for s in [service, "*"] {
        for e in [env, "*"] {
            for l in Level::ALL.iter().filter(|l| **l <= level) {
                out.push(format!("{s}|{e}|{}", l.as_str()));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_plain() {
        assert!("alice".parse::<UserName>().is_ok());
        assert!("svc.ci-bot_1".parse::<UserName>().is_ok());
        for bad in ["", "Alice", "-x", "a b", "é", &"a".repeat(65)] {
            assert!(bad.parse::<UserName>().is_err(), "{bad}");
        }
    }

    #[test]
    fn a_role_covers_a_stream_when_keys_meet() {
        let role = Role {
            name: "dev".parse().unwrap(),
            services: vec!["api".into()],
            envs: vec!["*".into()],
            min_level: Level::Info,
            admin: false,
            approver_for: Vec::new(),
            auditor: false,
        };
        let keys = role.read_keys();
        let covers = |s, e, l| stream_keys(s, e, l).iter().any(|k| keys.contains(k));
        assert!(covers("api", "prod", Level::Info));
        assert!(covers("api", "", Level::Error));
        assert!(!covers("api", "prod", Level::Debug));
        assert!(!covers("payments", "prod", Level::Error));
    }
}
