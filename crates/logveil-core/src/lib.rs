//! logveil's domain types, shared by every other crate: what a log record is once it has been
//! received ([`LogRecord`]), the names that scope access ([`ServiceName`]), severities
//! ([`Level`]), trace correlation ids, instants ([`Timestamp`]) and the [`Clock`] that is the only
//! source of "now" in the whole system (so tests can drive time through grant expiry, retention
//! and checkpoints without sleeping).
//!
//! Everything here is parsed, not validated: a value of one of these types is known good, so code
//! that receives one does not check it again.

pub mod access;
mod clock;
mod duration;
mod identity;
pub mod logql;
mod record;

pub use clock::{Clock, ManualClock, SystemClock};
pub use duration::parse_duration;
pub use identity::{stream_keys, Role, RoleName, UserName};
pub use record::{Level, LogRecord, ServiceName, SpanId, Timestamp, TraceId};

/// Why a value could not be turned into one of the domain types. The message names the value's
/// role and what was wrong with it, never the value itself when it could be sensitive.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CoreError {
    #[error("invalid service name: {0}")]
    ServiceName(&'static str),
    #[error("invalid level {0:?}: expected trace, debug, info, warn, error or fatal")]
    Level(String),
    #[error("invalid {what}: expected {len} hex digits, not all zero")]
    HexId { what: &'static str, len: usize },
    #[error("invalid timestamp: {0}")]
    Timestamp(String),
    #[error("invalid duration: {0}")]
    Duration(String),
    #[error("invalid name: {0}")]
    Name(&'static str),
}
