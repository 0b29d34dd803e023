//! The `logveil` binary, run as users run it: `mask` on files and pipes, and the gateway
//! (`serve`, `tokens`, `logs`) over real HTTP with real files, including `kill -9`.

// Test helpers may fail loudly.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

mod access;
mod audit;
mod audit_search;
mod gateway;
mod mask;
mod oidc;
