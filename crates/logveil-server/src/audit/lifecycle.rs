//! What the server records about itself: configuration that changed between starts, the
//! result of re-verifying its own log, and the background work that keeps the log current
//! (checkpoints, ends of grants by the clock).

use std::sync::Arc;
use std::time::Duration;

use sha2::{Digest, Sha256};

use super::{AuditEvent, SYSTEM};
use crate::error::ApiError;
use crate::AppState;

/// Records a `config_change` for each named source whose content differs from what the last
/// start recorded (`config:gateway`, `config:masking`, `config:policy`), with the new digest.
/// The first start records them all: a change from nothing. Returns the names that changed.
pub async fn record_configuration(
    state: &AppState,
    sources: &[(&str, &[u8])],
) -> Result<Vec<String>, ApiError> {
    let control = state.storage.control();
    let mut changed = Vec::new();
    for (name, content) in sources {
        let digest = Sha256::digest(content);
        let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
        let key = format!("config_digest:{name}");
        if control.setting(&key).await?.as_deref() == Some(hex.as_str()) {
            continue;
        }
        let mut event = AuditEvent::new(
            state.storage.clock().now(),
            SYSTEM,
            "config_change",
            "success",
        );
        event.subject = Some(format!("config:{name} sha256:{hex}"));
        state.audit.record(&event).await?;
        control.set_setting(&key, &hex).await?;
        changed.push((*name).to_owned());
    }
    Ok(changed)
}

/// Re-reads the whole stored log and verifies it against the checkpoints, as an auditor
/// would, and records the result (`audit_verify`, outcome `success` or `failure` with the
/// first bad line). A failure means the file was changed under the running server.
pub async fn verify_stored(state: &AppState) -> Result<logveil_audit::Verification, ApiError> {
    let store = state.audit.store();
    let key = logveil_audit::VerifierKey::parse(&state.audit.verifier_key())
        .map_err(|e| ApiError::unavailable(&e))?;
    let report = tokio::task::spawn_blocking(move || super::verify_lines(&*store, &key))
        .await
        .map_err(|e| ApiError::unavailable(&e))?
        .map_err(|e| ApiError::unavailable(&e))?
        .1;
    let now = state.storage.clock().now();
    let mut event = match &report.failure {
        None => AuditEvent::new(now, SYSTEM, "audit_verify", "success"),
        Some(f) => {
            let mut e = AuditEvent::new(now, SYSTEM, "audit_verify", "failure");
            e.subject = Some(format!("line:{} {}", f.line, f.problem));
            e
        }
    };
    event.count = Some(report.verified_size);
    state.audit.record(&event).await?;
    Ok(report)
}

/// How often the server's background work runs.
#[derive(Debug, Clone, Copy)]
pub struct Intervals {
    /// Signed checkpoints (when events came) and ends of grants by the clock.
    pub checkpoint: Duration,
    /// Re-verification of the whole stored log.
    pub verify: Duration,
}

impl Default for Intervals {
    fn default() -> Self {
        Self {
            checkpoint: Duration::from_secs(5),
            verify: Duration::from_secs(3600),
        }
    }
}

/// Starts the background work: grant ends recorded and a signed checkpoint every few seconds
/// (so an export is covered up to moments ago), and the stored log re-verified every hour.
pub fn spawn_background(state: Arc<AppState>, every: Intervals) {
    {
        let state = state.clone();
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(every.checkpoint);
            loop {
                tick.tick().await;
                if let Err(e) = crate::access::record_endings(&state).await {
                    eprintln!("logveil: recording grant ends failed: {}", e.message);
                }
                for summary in state.refusals.expire(state.storage.clock().now()) {
                    super::denials::record_suppressed(&state, summary).await;
                }
                if let Err(e) = state.audit.checkpoint().await {
                    eprintln!("logveil: audit checkpoint failed: {e}");
                }
            }
        });
    }
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(every.verify);
        // The log was verified at open; the first tick would repeat that at once.
        tick.tick().await;
        loop {
            tick.tick().await;
            match verify_stored(&state).await {
                Ok(r) if !r.is_valid() => {
                    eprintln!("logveil: the stored audit log fails verification: {r}");
                }
                Ok(_) => {}
                Err(e) => eprintln!("logveil: audit verification could not run: {}", e.message),
            }
        }
    });
}
