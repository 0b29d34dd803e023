use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::CoreError;

const NANOS_PER_SEC: i64 = 1_000_000_000;
const NANOS_PER_DAY: i64 = 86_400 * NANOS_PER_SEC;

/// An instant, as nanoseconds since the Unix epoch (UTC). i64 nanoseconds reach year 2262, past
/// any log's lifetime, and keep ordering and arithmetic trivial.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Timestamp(i64);

impl Timestamp {
    pub const MIN: Timestamp = Timestamp(i64::MIN);
    pub const MAX: Timestamp = Timestamp(i64::MAX);

    pub const fn from_nanos(nanos: i64) -> Self {
        Self(nanos)
    }

    pub const fn as_nanos(self) -> i64 {
        self.0
    }

    pub const fn from_unix_seconds(secs: i64) -> Self {
        Self(secs.saturating_mul(NANOS_PER_SEC))
    }

    pub const fn as_unix_seconds(self) -> i64 {
        self.0.div_euclid(NANOS_PER_SEC)
    }

    pub fn from_system_time(t: std::time::SystemTime) -> Self {
        match t.duration_since(std::time::UNIX_EPOCH) {
            Ok(d) => Self(i64::try_from(d.as_nanos()).unwrap_or(i64::MAX)),
            Err(e) => Self(i64::try_from(e.duration().as_nanos()).map_or(i64::MIN, |n| -n)),
        }
    }

    /// Days since the epoch: the unit of log partitions and of data keys.
    pub const fn day(self) -> i64 {
        self.0.div_euclid(NANOS_PER_DAY)
    }

    pub fn saturating_add(self, d: std::time::Duration) -> Self {
        Self(
            self.0
                .saturating_add(i64::try_from(d.as_nanos()).unwrap_or(i64::MAX)),
        )
    }

    pub fn saturating_sub(self, d: std::time::Duration) -> Self {
        Self(
            self.0
                .saturating_sub(i64::try_from(d.as_nanos()).unwrap_or(i64::MAX)),
        )
    }

    /// Parses RFC 3339 (`2026-11-23T05:00:00Z`, `2026-11-23T06:00:00.123+01:00`).
    pub fn parse_rfc3339(s: &str) -> Result<Self, CoreError> {
        let t = time::OffsetDateTime::parse(s, &time::format_description::well_known::Rfc3339)
            .map_err(|e| {
                CoreError::Timestamp(format!(
                    "{e}; expected RFC 3339 such as 2026-11-23T05:00:00Z"
                ))
            })?;
        i64::try_from(t.unix_timestamp_nanos())
            .map(Self)
            .map_err(|_| CoreError::Timestamp("out of range".into()))
    }

    /// RFC 3339 in UTC with nanoseconds trimmed of trailing zeros.
    pub fn to_rfc3339(self) -> String {
        let t = time::OffsetDateTime::from_unix_timestamp_nanos(i128::from(self.0))
            .unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
        t.format(&time::format_description::well_known::Rfc3339)
            .unwrap_or_else(|_| self.0.to_string())
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_rfc3339())
    }
}

/// RFC 3339 text in human-readable formats (JSON), nanoseconds in binary ones (the stored
/// record encoding), where formatting would cost more than the rest of the record.
impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if s.is_human_readable() {
            s.serialize_str(&self.to_rfc3339())
        } else {
            s.serialize_i64(self.0)
        }
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        if d.is_human_readable() {
            let s = String::deserialize(d)?;
            Self::parse_rfc3339(&s).map_err(serde::de::Error::custom)
        } else {
            i64::deserialize(d).map(Self)
        }
    }
}

/// A service's name: what ingest tokens, roles and grants are scoped to, and part of on-disk
/// paths. 1–128 ASCII letters, digits, `.`, `_` or `-`, starting with a letter or digit, so it can
/// never be a path separator, `..`, or something a shell or URL would need to escape.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct ServiceName(String);

impl ServiceName {
    pub const MAX_LEN: usize = 128;

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl FromStr for ServiceName {
    type Err = CoreError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let b = s.as_bytes();
        match b.first() {
            None => return Err(CoreError::ServiceName("empty")),
            Some(c) if !c.is_ascii_alphanumeric() => {
                return Err(CoreError::ServiceName("must start with a letter or digit"))
            }
            _ => {}
        }
        if b.len() > Self::MAX_LEN {
            return Err(CoreError::ServiceName("longer than 128 characters"));
        }
        if !b
            .iter()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'-'))
        {
            return Err(CoreError::ServiceName(
                "only letters, digits, '.', '_' and '-' are allowed",
            ));
        }
        Ok(Self(s.to_owned()))
    }
}

impl<'de> Deserialize<'de> for ServiceName {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d)?
            .parse()
            .map_err(serde::de::Error::custom)
    }
}

impl fmt::Display for ServiceName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Severity, ordered from least to most severe. A record that carries none is `Info`: that is how
/// shippers label plain lines, and it keeps such records visible to roles that read info and above
/// rather than silently hiding them.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Trace,
    Debug,
    #[default]
    Info,
    Warn,
    Error,
    Fatal,
}

impl Level {
    pub const ALL: [Level; 6] = [
        Level::Trace,
        Level::Debug,
        Level::Info,
        Level::Warn,
        Level::Error,
        Level::Fatal,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            Level::Trace => "trace",
            Level::Debug => "debug",
            Level::Info => "info",
            Level::Warn => "warn",
            Level::Error => "error",
            Level::Fatal => "fatal",
        }
    }

    /// OTLP `SeverityNumber` (1–24, four steps per level); 0 (unspecified) and out-of-range
    /// numbers give `None` so the caller can fall back to the severity text.
    pub const fn from_otlp_number(n: i32) -> Option<Level> {
        match n {
            1..=4 => Some(Level::Trace),
            5..=8 => Some(Level::Debug),
            9..=12 => Some(Level::Info),
            13..=16 => Some(Level::Warn),
            17..=20 => Some(Level::Error),
            21..=24 => Some(Level::Fatal),
            _ => None,
        }
    }

    /// The many spellings shippers and frameworks use (syslog, log4j, Python, Go, .NET), case
    /// insensitive. Unknown text gives `None`.
    pub fn from_text(s: &str) -> Option<Level> {
        let s = s.trim();
        let mut buf = [0u8; 16];
        let n = s.len();
        if n == 0 || n > buf.len() {
            return None;
        }
        for (d, c) in buf.iter_mut().zip(s.bytes()) {
            *d = c.to_ascii_lowercase();
        }
        Some(match &buf[..n] {
            b"trace" | b"trc" | b"finest" | b"finer" | b"verbose" | b"v" => Level::Trace,
            b"debug" | b"dbg" | b"fine" | b"d" | b"debug1" | b"debug2" => Level::Debug,
            b"info" | b"inf" | b"information" | b"informational" | b"notice" | b"i" | b"config" => {
                Level::Info
            }
            b"warn" | b"warning" | b"wrn" | b"w" => Level::Warn,
            b"error" | b"err" | b"eror" | b"e" | b"severe" => Level::Error,
            b"fatal" | b"critical" | b"crit" | b"alert" | b"emerg" | b"emergency" | b"panic"
            | b"f" => Level::Fatal,
            _ => return None,
        })
    }
}

impl FromStr for Level {
    type Err = CoreError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Level::from_text(s).ok_or_else(|| CoreError::Level(s.chars().take(32).collect()))
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

macro_rules! hex_id {
    ($name:ident, $len:literal, $what:literal) => {
        #[doc = concat!("A ", $what, ": ", stringify!($len), " bytes, never all zero (W3C Trace Context and OTLP treat zero as absent).")]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name([u8; $len]);

        impl $name {
            /// `None` for the all-zero id, which OTLP uses to mean "no id".
            pub fn from_bytes(b: [u8; $len]) -> Option<Self> {
                (b != [0; $len]).then_some(Self(b))
            }

            /// From a slice as OTLP protobuf carries it: empty means absent.
            pub fn from_slice(b: &[u8]) -> Result<Option<Self>, CoreError> {
                if b.is_empty() {
                    return Ok(None);
                }
                let arr: [u8; $len] = b.try_into().map_err(|_| CoreError::HexId { what: $what, len: 2 * $len })?;
                Ok(Self::from_bytes(arr))
            }

            pub fn as_bytes(&self) -> &[u8; $len] {
                &self.0
            }
        }

        impl FromStr for $name {
            type Err = CoreError;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                let err = || CoreError::HexId { what: $what, len: 2 * $len };
                let s = s.as_bytes();
                if s.len() != 2 * $len {
                    return Err(err());
                }
                let mut out = [0u8; $len];
                for (o, pair) in out.iter_mut().zip(s.chunks_exact(2)) {
                    let hi = (pair[0] as char).to_digit(16).ok_or_else(err)?;
                    let lo = (pair[1] as char).to_digit(16).ok_or_else(err)?;
                    *o = (hi * 16 + lo) as u8;
                }
                Self::from_bytes(out).ok_or_else(err)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                for b in self.0 {
                    write!(f, "{b:02x}")?;
                }
                Ok(())
            }
        }

        /// Hex in human-readable formats, raw bytes in binary ones.
        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                if s.is_human_readable() {
                    s.collect_str(self)
                } else {
                    self.0.serialize(s)
                }
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                if d.is_human_readable() {
                    String::deserialize(d)?.parse().map_err(serde::de::Error::custom)
                } else {
                    let b = <[u8; $len]>::deserialize(d)?;
                    Self::from_bytes(b).ok_or_else(|| serde::de::Error::custom(concat!("zero ", $what)))
                }
            }
        }
    };
}

hex_id!(TraceId, 16, "trace id");
hex_id!(SpanId, 8, "span id");

/// One log record as received, before masking: the common shape that OTLP, Elasticsearch `_bulk`
/// and NDJSON ingest all decode into.
///
/// `labels` are the stream's identity beyond the service (`env`, `host`, `k8s.namespace.name`…),
/// matched by LogQL selectors; `attributes` are everything else the shipper sent, kept and masked
/// like the line. Both are flat: nested values are joined with `.` as OTLP does.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LogRecord {
    pub ts: Timestamp,
    pub service: ServiceName,
    pub level: Level,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trace_id: Option<TraceId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span_id: Option<SpanId>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub labels: BTreeMap<String, String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub attributes: BTreeMap<String, String>,
    pub line: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn service_names_cannot_escape_a_directory() {
        for bad in [
            "",
            "..",
            ".",
            "a/b",
            "a\\b",
            "-x",
            "a b",
            "é",
            &"a".repeat(129),
        ] {
            assert!(bad.parse::<ServiceName>().is_err(), "{bad:?}");
        }
        for good in ["api", "checkout-service", "Payments.v2", "a_1", "9lives"] {
            assert_eq!(good.parse::<ServiceName>().unwrap().as_str(), good);
        }
    }

    #[test]
    fn levels_parse_from_text_and_otlp_numbers() {
        assert_eq!(Level::from_text("WARNING"), Some(Level::Warn));
        assert_eq!(Level::from_text(" crit "), Some(Level::Fatal));
        assert_eq!(Level::from_text("loud"), None);
        assert_eq!(Level::from_otlp_number(9), Some(Level::Info));
        assert_eq!(Level::from_otlp_number(0), None);
        assert!(Level::Debug < Level::Info && Level::Error < Level::Fatal);
    }

    #[test]
    fn ids_round_trip_and_reject_zero() {
        let t: TraceId = "5b8efff798038103d269b633813fc60c".parse().unwrap();
        assert_eq!(t.to_string(), "5b8efff798038103d269b633813fc60c");
        assert!("00000000000000000000000000000000"
            .parse::<TraceId>()
            .is_err());
        assert!("5b8e".parse::<TraceId>().is_err());
        assert!("zz8efff798038103".parse::<SpanId>().is_err());
        assert_eq!(SpanId::from_slice(&[]).unwrap(), None);
        assert!(SpanId::from_slice(&[1, 2]).is_err());
    }

    #[test]
    fn timestamps_round_trip_rfc3339_and_days() {
        let t = Timestamp::parse_rfc3339("2026-11-23T05:00:00.5+01:00").unwrap();
        assert_eq!(t.to_rfc3339(), "2026-11-23T04:00:00.5Z");
        assert_eq!(Timestamp::from_nanos(-1).day(), -1);
        assert!(Timestamp::parse_rfc3339("yesterday").is_err());
    }
}
