//! Wire formats logveil accepts, decoded into [`logveil_core::LogRecord`]s, and the answers
//! each protocol expects back. Pure: no sockets, no files, no clock (the caller passes "now").
//!
//! - OTLP/HTTP logs, protobuf ([`otlp_protobuf`]) and JSON ([`otlp_json`]);
//! - Elasticsearch `_bulk` ([`es_bulk`]) with per-item results ([`es_bulk_response`]), the
//!   version document shippers ask for ([`es_root_document`]) and the other probes they make;
//! - NDJSON, one JSON object a line ([`ndjson`]);
//! - gzip bodies, inflated under a limit ([`decode_body`]).
//!
//! A body that cannot be read at all is an [`IngestError`]; otherwise each record decodes on
//! its own, and a bad one is a [`RecordError`] that leaves the others whole. Error messages name
//! fields and positions, never values: a value may be personal data.

mod bulk;
mod document;
mod ndjson;
mod otlp;
pub mod otlp_proto;

use std::borrow::Cow;
use std::io::Read;

use logveil_core::{ServiceName, Timestamp};

pub use bulk::{
    es_bulk, es_bulk_response, es_probe_answers, es_root_document, BulkAction, BulkItem, BulkMeta,
};
pub use ndjson::ndjson;
pub use otlp::{otlp_json, otlp_protobuf, otlp_response_json, otlp_response_protobuf};

/// A whole body refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IngestError {
    #[error("malformed body: {0}")]
    Malformed(String),
    #[error("body too large: {0}")]
    TooLarge(String),
    #[error("unsupported content encoding {0:?}: send gzip or no encoding")]
    UnsupportedEncoding(String),
}

impl IngestError {
    /// The HTTP status to answer with.
    pub fn status(&self) -> u16 {
        match self {
            IngestError::Malformed(_) => 400,
            IngestError::TooLarge(_) => 413,
            IngestError::UnsupportedEncoding(_) => 415,
        }
    }
}

/// One record refused; the rest of its batch is unaffected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordError {
    status: u16,
    kind: &'static str,
    message: String,
    line: Option<usize>,
}

impl RecordError {
    /// `kind` is an Elasticsearch error type (`mapper_parsing_exception`…), which `_bulk`
    /// clients log and some act on.
    pub fn new(status: u16, kind: &'static str, message: impl Into<String>) -> Self {
        Self {
            status,
            kind,
            message: message.into(),
            line: None,
        }
    }

    pub(crate) fn at_line(mut self, line: usize) -> Self {
        self.line = Some(line);
        self
    }

    pub fn status(&self) -> u16 {
        self.status
    }

    pub fn kind(&self) -> &'static str {
        self.kind
    }

    pub fn message(&self) -> &str {
        &self.message
    }

    /// The 1-based line of the body the record was on, for line-oriented formats.
    pub fn line(&self) -> Option<usize> {
        self.line
    }
}

/// What decoding needs from the server.
#[derive(Debug, Clone)]
pub struct DecodeContext {
    /// The time of records that carry none.
    pub now: Timestamp,
    /// The service of records that name none: an ingest token's, when bound to exactly one.
    pub default_service: Option<ServiceName>,
    /// Longest line accepted, in bytes; a longer record is refused with 413.
    pub max_line: usize,
}

pub(crate) fn no_service() -> RecordError {
    RecordError::new(
        400,
        "mapper_parsing_exception",
        "record names no service: set service.name (OTLP resource attribute or document field), or use an ingest token bound to one service",
    )
}

pub(crate) fn line_too_long(max: usize) -> RecordError {
    RecordError::new(
        413,
        "illegal_argument_exception",
        format!("log line longer than the {max}-byte limit"),
    )
}

/// The body as sent, inflated if gzip. Inflation stops at `max_decoded` bytes: a small
/// compressed body that would inflate to gigabytes is refused, never inflated in full.
pub fn decode_body<'a>(
    content_encoding: Option<&str>,
    body: &'a [u8],
    max_decoded: usize,
) -> Result<Cow<'a, [u8]>, IngestError> {
    let enc = content_encoding.map(|e| e.trim().to_ascii_lowercase());
    match enc.as_deref() {
        None | Some("") | Some("identity") => {
            if body.len() > max_decoded {
                return Err(IngestError::TooLarge(format!(
                    "{} bytes, limit {max_decoded}",
                    body.len()
                )));
            }
            Ok(Cow::Borrowed(body))
        }
        Some("gzip") | Some("x-gzip") => {
            let mut out = Vec::with_capacity(body.len().saturating_mul(4).min(max_decoded));
            let limit = u64::try_from(max_decoded)
                .unwrap_or(u64::MAX)
                .saturating_add(1);
            flate2::read::MultiGzDecoder::new(body)
                .take(limit)
                .read_to_end(&mut out)
                .map_err(|e| IngestError::Malformed(format!("gzip: {e}")))?;
            if out.len() > max_decoded {
                return Err(IngestError::TooLarge(format!(
                    "inflates past the {max_decoded}-byte limit"
                )));
            }
            Ok(Cow::Owned(out))
        }
        Some(other) => Err(IngestError::UnsupportedEncoding(
            other.chars().take(32).collect(),
        )),
    }
}
