//! The periodic access review (`logveil audit report --since 30d`): what a compliance team
//! signs off each month.
//!
//! - **Grants by scope and approver**, from the control plane (the authority on grants).
//! - **Unmasked reads per person**, from the audit log: reads, records and values, by kind.
//! - **Break-glass grants awaiting review**, however old.
//! - **Unused standing roles**: members who did nothing in the period that the role lets them
//!   do (read logs, review requests, administer, read the audit). Standing access nobody uses
//!   is access to remove.
//!
//! As text for people, or CSV (one table, the section first) for spreadsheets. Cells that a
//! spreadsheet would run as a formula are quoted inert.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use axum::extract::{Query, State};
use axum::response::IntoResponse;
use logveil_core::access::Status;
use logveil_core::Timestamp;
use serde::Deserialize;

use super::search::{collect, Filter};
use crate::auth::Caller;
use crate::error::ApiError;
use crate::AppState;

/// At most this many events are read for one report.
const MAX_EVENTS: usize = 5_000_000;

/// One row of a section: its cells, in the section's column order.
pub type Row = Vec<String>;

/// One section of the review.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    pub name: &'static str,
    pub title: &'static str,
    pub columns: &'static [&'static str],
    pub rows: Vec<Row>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccessReview {
    pub since: Timestamp,
    pub until: Timestamp,
    pub sections: Vec<Section>,
}

/// Builds the review of `since..now`.
pub async fn build(state: &AppState, since: Timestamp) -> Result<AccessReview, ApiError> {
    let now = state.storage.clock().now();
    let control = state.storage.control();

    // Grants by scope and approver.
    let mut by_scope: BTreeMap<(String, String), (u32, BTreeSet<String>)> = BTreeMap::new();
    for (_, r) in control.requests_since(since).await? {
        if !matches!(
            r.status(now),
            Status::Active | Status::Expired | Status::Revoked | Status::Dropped
        ) {
            continue;
        }
        let scope = crate::access::scope_subject(&r.scope);
        let approvers: Vec<String> = if r.break_glass {
            vec!["break-glass (self)".to_owned()]
        } else {
            r.approvals.iter().map(ToString::to_string).collect()
        };
        for approver in approvers {
            let e = by_scope.entry((scope.clone(), approver)).or_default();
            e.0 += 1;
            e.1.insert(r.requester.to_string());
        }
    }
    let grants = Section {
        name: "grants",
        title: "Grants by scope and approver",
        columns: &["scope", "approver", "grants", "requesters"],
        rows: by_scope
            .into_iter()
            .map(|((scope, approver), (n, who))| {
                vec![
                    scope,
                    approver,
                    n.to_string(),
                    who.into_iter().collect::<Vec<_>>().join(" "),
                ]
            })
            .collect(),
    };

    // What each person did in the period, from the audit log.
    let store = state.audit.store();
    let filter = Filter {
        since: Some(since),
        ..Filter::default()
    };
    let snap = state
        .audit
        .snapshot()
        .await
        .map_err(|e| ApiError::unavailable(&e))?;
    let events =
        tokio::task::spawn_blocking(move || collect(&*store, snap.len, &filter, MAX_EVENTS))
            .await
            .map_err(|e| ApiError::unavailable(&e))?
            .map_err(|e| ApiError::unavailable(&e))?;
    #[derive(Default)]
    struct Reads {
        reads: u64,
        records: u64,
        values: BTreeMap<String, u64>,
    }
    let mut reads: BTreeMap<String, Reads> = BTreeMap::new();
    let mut did: BTreeMap<String, BTreeSet<&'static str>> = BTreeMap::new();
    for e in &events {
        let use_of = match e.action.as_str() {
            "query" | "tail" | "unmasked_read" => Some("read"),
            "access_approve" | "access_deny" | "break_glass_review" => Some("review"),
            "role_change" | "user_create" | "token_create" | "retention_set" | "retention_run"
            | "policy_check" => Some("administer"),
            "audit_search" | "audit_export" | "audit_report" | "audit_proof" => Some("audit"),
            _ => None,
        };
        if let Some(u) = use_of {
            did.entry(e.actor.clone()).or_default().insert(u);
        }
        if e.action == "unmasked_read" {
            let r = reads.entry(e.actor.clone()).or_default();
            r.reads += 1;
            r.records += e.details.records.len() as u64;
            for (kind, n) in &e.details.revealed {
                *r.values.entry(kind.clone()).or_default() += u64::from(*n);
            }
        }
    }
    let unmasked = Section {
        name: "unmasked_reads",
        title: "Unmasked reads per person",
        columns: &["person", "reads", "records", "values by kind"],
        rows: reads
            .into_iter()
            .map(|(who, r)| {
                let kinds: Vec<String> = r.values.iter().map(|(k, n)| format!("{k}:{n}")).collect();
                vec![
                    who,
                    r.reads.to_string(),
                    r.records.to_string(),
                    kinds.join(" "),
                ]
            })
            .collect(),
    };

    let awaiting = Section {
        name: "break_glass_awaiting_review",
        title: "Break-glass grants awaiting review",
        columns: &["grant", "requester", "scope", "activated", "reason"],
        rows: control
            .requests_awaiting_review()
            .await?
            .into_iter()
            .map(|(id, r)| {
                vec![
                    id,
                    r.requester.to_string(),
                    crate::access::scope_subject(&r.scope),
                    r.created_at.to_rfc3339(),
                    super::masked_text(state.storage.masker(), r.reason.as_str()),
                ]
            })
            .collect(),
    };

    let roles: BTreeMap<String, logveil_core::Role> = control
        .roles()
        .await?
        .into_iter()
        .map(|r| (r.name.to_string(), r))
        .collect();
    let mut unused = Vec::new();
    for user in control.users().await?.into_iter().filter(|u| !u.disabled) {
        let done = did.get(user.name.as_str());
        for role_name in &user.roles {
            let Some(role) = roles.get(role_name.as_str()) else {
                continue;
            };
            let mut lets: Vec<&'static str> = Vec::new();
            if !role.services.is_empty() {
                lets.push("read");
            }
            if !role.approver_for.is_empty() {
                lets.push("review");
            }
            if role.admin {
                lets.push("administer");
            }
            if role.auditor {
                lets.push("audit");
            }
            let used = lets.iter().any(|u| done.is_some_and(|d| d.contains(u)));
            if !lets.is_empty() && !used {
                unused.push(vec![
                    role_name.to_string(),
                    user.name.to_string(),
                    lets.join(" "),
                ]);
            }
        }
    }
    let unused = Section {
        name: "unused_standing_roles",
        title: "Unused standing roles (no use in the period)",
        columns: &["role", "member", "lets them"],
        rows: unused,
    };
    Ok(AccessReview {
        since,
        until: now,
        sections: vec![grants, unmasked, awaiting, unused],
    })
}

impl AccessReview {
    pub fn to_text(&self) -> String {
        let mut out = format!(
            "Access review {} to {}\n",
            self.since.to_rfc3339(),
            self.until.to_rfc3339()
        );
        for s in &self.sections {
            out.push_str(&format!("\n{} ({})\n", s.title, s.rows.len()));
            if s.rows.is_empty() {
                out.push_str("  none\n");
                continue;
            }
            let mut widths: Vec<usize> = s.columns.iter().map(|c| c.chars().count()).collect();
            for row in &s.rows {
                for (w, cell) in widths.iter_mut().zip(row) {
                    *w = (*w).max(cell.chars().count());
                }
            }
            let render = |cells: &mut dyn Iterator<Item = &str>| -> String {
                let parts: Vec<String> = cells
                    .zip(&widths)
                    .map(|(c, w)| format!("{c:<w$}", w = *w))
                    .collect();
                format!("  {}\n", parts.join("  ").trim_end())
            };
            out.push_str(&render(&mut s.columns.iter().copied()));
            for row in &s.rows {
                out.push_str(&render(&mut row.iter().map(String::as_str)));
            }
        }
        out
    }

    /// One CSV table: `section` then up to five cells, with a header row.
    pub fn to_csv(&self) -> String {
        let mut out = String::from("section,c1,c2,c3,c4,c5\n");
        for s in &self.sections {
            // Each section's own header first, so the columns can be read.
            let header: Vec<&str> = s.columns.to_vec();
            out.push_str(&csv_row(s.name, header.iter().copied()));
            for row in &s.rows {
                out.push_str(&csv_row(s.name, row.iter().map(String::as_str)));
            }
        }
        out
    }
}

fn csv_row<'a>(section: &str, cells: impl Iterator<Item = &'a str>) -> String {
    let mut fields = vec![csv_cell(section)];
    fields.extend(cells.map(csv_cell));
    while fields.len() < 6 {
        fields.push(String::new());
    }
    format!("{}\n", fields.join(","))
}

/// RFC 4180 quoting, and formula-looking cells made inert (CSV injection).
fn csv_cell(cell: &str) -> String {
    let inert = if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_owned()
    };
    if inert.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", inert.replace('"', "\"\""))
    } else {
        inert
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportQuery {
    #[serde(default)]
    since: Option<String>,
    #[serde(default)]
    format: Option<String>,
}

/// `GET /api/v1/audit/report?since=30d&format=text|csv`
pub async fn report_handler(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Query(q): Query<ReportQuery>,
) -> Result<axum::response::Response, ApiError> {
    caller.require_auditor(&state.policy)?;
    let now = state.storage.clock().now();
    let since = crate::params::since(now, q.since.as_deref().unwrap_or("30d"))?;
    let csv = match q.format.as_deref().unwrap_or("text") {
        "text" => false,
        "csv" => true,
        _ => {
            return Err(ApiError::bad_request(
                "invalid_format",
                "format is text or csv",
            ))
        }
    };
    let mut event = super::AuditEvent::new(now, &caller.actor(), "audit_report", "success")
        .with_context(&caller.context);
    event.from = Some(since);
    event.to = Some(now);
    state.audit.record(&event).await?;
    let review = build(&state, since).await?;
    let (body, content_type) = if csv {
        (review.to_csv(), "text/csv; charset=utf-8")
    } else {
        (review.to_text(), "text/plain; charset=utf-8")
    };
    Ok(([(axum::http::header::CONTENT_TYPE, content_type)], body).into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_cells_are_quoted_and_formulas_made_inert() {
        assert_eq!(csv_cell("plain"), "plain");
        assert_eq!(csv_cell("a,b"), "\"a,b\"");
        assert_eq!(csv_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(csv_row("s", ["x", "y"].into_iter()), "s,x,y,,,\n");
    }
}
