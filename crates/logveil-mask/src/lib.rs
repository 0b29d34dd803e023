//! logveil's masking engine: finds personal data and secrets in log lines and masks them.
//!
//! This crate owns detection (which bytes of a line are an email, a card number, a password…),
//! the mask styles (`***`, `j***@example.com`, `<email:7f3a9c21>`) and keyed tokens (HMAC of a
//! value, so one customer can be followed without being seen). It is pure: no I/O, no clock, no
//! global state. The gateway masks every record with it before anything is stored; `logveil mask`
//! exposes it on the command line.
//!
//! Detection is one pass per line (see [`scan`](crate::scan) for how): a tokenizer that looks at
//! each token once, with the key it belongs to, and validators (Luhn and issuer prefixes, IBAN
//! mod-97, SSN allocation rules, IP parsing) on candidates. Custom patterns from a rules file
//! run as one multi-pattern regex over the line.
//!
//! ```
//! use logveil_mask::{Engine, Kind, Masker, TokenKey};
//!
//! let masker = Masker::new(Engine::builtin(), TokenKey::new([7; 32]));
//! let out = masker.mask(b"login ok user=jdoe email=jane@example.com ip=203.0.113.9");
//! let text = String::from_utf8(out.text).unwrap();
//! assert!(text.contains("j***@example.com"));
//! assert!(!text.contains("jdoe") && !text.contains("203.0.113.9"));
//! assert_eq!(out.spans[1].span.kind, Kind::EMAIL);
//! ```

mod bytes;
mod config;
mod engine;
mod keys;
mod kind;
mod names;
mod national;
mod phone;
mod phone_metadata;
mod scan;
mod span;
mod style;
mod validate;
mod words;

#[doc(hidden)]
pub use phone::bench as __phone_bench;

pub use config::{AllowConfig, KeyRuleConfig, PatternRule, RulesConfig};
pub use engine::{Engine, MaskedLine, MaskedSpan, Masker};
pub use kind::Kind;
/// The name gazetteer, public for `examples/names_bench.rs` only: not a stable API.
#[doc(hidden)]
pub use names::{lookup as lookup_name, preload as preload_names, NameInfo};
pub use scan::StreamState;
pub use span::{Rule, Span, Syntax};
pub use style::{MaskStyle, Token, TokenKey};

/// Errors of the masking engine: all of them come from building an engine from rules.
#[derive(Debug, thiserror::Error)]
pub enum MaskError {
    /// The rules file is not valid TOML or has unknown fields.
    #[error("rules file: {0}")]
    Parse(String),
    /// A rule is invalid; `rule` names it.
    #[error("rule {rule}: {reason}")]
    Rule { rule: String, reason: String },
}
