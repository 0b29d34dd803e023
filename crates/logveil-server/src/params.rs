//! Request parameters parsed into domain types, each refusal with the API's stable code and a
//! message that says what is accepted — the same wording wherever the parameter appears.

use logveil_core::{Level, ServiceName};

use crate::error::ApiError;

/// An instant given as RFC 3339 (`2026-12-01T00:00:00Z`) or as a duration back from `now`
/// (`7d`, `90m`).
pub fn since(
    now: logveil_core::Timestamp,
    text: &str,
) -> Result<logveil_core::Timestamp, ApiError> {
    let text = text.trim();
    if let Ok(t) = logveil_core::Timestamp::parse_rfc3339(text) {
        return Ok(t);
    }
    logveil_core::parse_duration(text)
        .map(|d| now.saturating_sub(d))
        .map_err(|_| {
            ApiError::bad_request(
                "invalid_time",
                format!("{text:?} is neither an RFC 3339 time nor a duration like 7d or 90m"),
            )
        })
}

pub fn service(name: &str) -> Result<ServiceName, ApiError> {
    name.parse().map_err(|e: logveil_core::CoreError| {
        ApiError::bad_request("invalid_service", e.to_string())
    })
}

pub fn level(name: &str) -> Result<Level, ApiError> {
    name.parse()
        .map_err(|e: logveil_core::CoreError| ApiError::bad_request("invalid_level", e.to_string()))
}

/// A PII kind the engine knows (built in or from the rules file); an unknown one is refused
/// with the list of known kinds.
pub fn kind(engine: &logveil_mask::Engine, name: &str) -> Result<logveil_mask::Kind, ApiError> {
    engine.kind_by_name(name).ok_or_else(|| {
        let known: Vec<&str> = engine.kinds().map(|k| engine.kind_name(k)).collect();
        ApiError::bad_request(
            "unknown_kind",
            format!("unknown kind {name:?}; known kinds: {}", known.join(", ")),
        )
    })
}
