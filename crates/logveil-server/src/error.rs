//! The API's errors: an HTTP status, a stable machine-readable code and a message for people.
//! Internals (paths, database errors) are logged by the caller, never sent.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;

#[derive(Debug, Clone)]
pub struct ApiError {
    pub status: StatusCode,
    pub code: &'static str,
    pub message: String,
}

impl ApiError {
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Self {
        Self {
            status,
            code,
            message: message.into(),
        }
    }

    pub fn bad_request(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, code, message)
    }

    pub fn forbidden(message: impl Into<String>) -> Self {
        Self::new(StatusCode::FORBIDDEN, "forbidden", message)
    }

    pub fn unauthenticated(message: impl Into<String>) -> Self {
        Self::new(StatusCode::UNAUTHORIZED, "unauthenticated", message)
    }

    /// Storage failed: the request did nothing. The detail goes to the server's log only.
    pub fn unavailable(detail: &dyn std::fmt::Display) -> Self {
        eprintln!("logveil: storage error: {detail}");
        Self::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "storage_unavailable",
            "storage is unavailable; nothing was stored or returned. Retry later; the server log says why",
        )
    }
}

/// The stable code of an error response, for layers that look at outcomes (the audit of
/// refusals) without parsing bodies.
#[derive(Debug, Clone, Copy)]
pub struct ErrorCode(pub &'static str);

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = serde_json::json!({ "error": { "code": self.code, "message": self.message } });
        let mut response = (self.status, Json(body)).into_response();
        response.extensions_mut().insert(ErrorCode(self.code));
        response
    }
}

impl From<logveil_store::StoreError> for ApiError {
    fn from(e: logveil_store::StoreError) -> Self {
        ApiError::unavailable(&e)
    }
}
