//! `logveil audit search` and `logveil audit report`: the audit log read by people.

use anyhow::Context;

use crate::client::{Client, ServerArgs};

/// Find audit events: by who, what, when, grant, or a customer's value.
#[derive(Debug, Clone, clap::Args)]
#[command(after_help = "\
Examples:
  logveil audit search --user alice --action unmask --since 7d
  logveil audit search --action access_denied,sign_in --outcome failure --since 24h
  logveil audit search --kind email --value jane.doe@example.com --since 30d   (who saw this customer)
  logveil audit search --value-token email:7f3a9c21                            (the token masked lines show)

Needs an auditor (a role with \"auditor\": true) or an administrator; each search is itself
audited. A value is sent in the request body, turned into its keyed token by the server and
never recorded.")]
pub struct SearchArgs {
    /// Who acted (a user name, `rule:NAME`, `logveil` for the server itself).
    #[arg(long)]
    pub user: Option<String>,
    /// Actions, comma-separated: unmask (unmasked reads), query, tail, access_request,
    /// access_approve, break_glass, grant_expired, sign_in, access_denied, role_change…
    #[arg(long)]
    pub action: Option<String>,
    /// success, failure, denied, pending, active, expired…
    #[arg(long)]
    pub outcome: Option<String>,
    /// From this time: RFC 3339 or a duration back from now (7d, 24h).
    #[arg(long)]
    pub since: Option<String>,
    /// Before this time: RFC 3339 or a duration back from now.
    #[arg(long)]
    pub until: Option<String>,
    /// Events naming this grant (request id).
    #[arg(long)]
    pub grant: Option<String>,
    /// Events whose subject contains this (role:dev, user:alice, config:masking).
    #[arg(long)]
    pub subject: Option<String>,
    /// A keyed token as masked lines show it (email:7f3a9c21): who was shown that value.
    #[arg(long, value_name = "KIND:HEX", conflicts_with = "value")]
    pub value_token: Option<String>,
    /// The kind of --value (email, credit_card, phone…).
    #[arg(long, requires = "value")]
    pub kind: Option<String>,
    /// A value whose readers to find (with --kind); it never leaves the request body.
    #[arg(long, requires = "kind")]
    pub value: Option<String>,
    /// Stop after this many events (all pages are fetched up to it).
    #[arg(long, default_value_t = 1000)]
    pub max: usize,
    /// Print each event's whole OCSF JSON entry, one per line.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub server: ServerArgs,
}

pub fn search(args: SearchArgs) -> anyhow::Result<std::process::ExitCode> {
    let client = Client::new(&args.server)?;
    let mut body = serde_json::json!({});
    for (k, v) in [
        ("user", &args.user),
        ("action", &args.action),
        ("outcome", &args.outcome),
        ("since", &args.since),
        ("until", &args.until),
        ("grant", &args.grant),
        ("subject", &args.subject),
        ("token", &args.value_token),
    ] {
        if let Some(v) = v {
            body[k] = v.clone().into();
        }
    }
    if let (Some(kind), Some(value)) = (&args.kind, &args.value) {
        body["value"] = serde_json::json!({ "kind": kind, "value": value });
    }
    let mut shown = 0usize;
    let mut cursor: Option<u64> = None;
    loop {
        body["limit"] = args.max.saturating_sub(shown).clamp(1, 1000).into();
        if let Some(c) = cursor {
            body["cursor"] = c.into();
        }
        let page = client.post_json("/api/v1/audit/search", &body)?;
        let events = page["events"].as_array().cloned().unwrap_or_default();
        for e in &events {
            if args.json {
                println!("{}", serde_json::to_string(&e["entry"])?);
            } else {
                println!("{}", line(e));
            }
        }
        shown += events.len();
        cursor = page["next_cursor"].as_u64();
        if cursor.is_none() || shown >= args.max {
            break;
        }
    }
    if !args.json {
        eprintln!("{shown} event(s)");
    }
    if cursor.is_some() {
        eprintln!("logveil: more events match; raise --max or narrow --since");
    }
    Ok(std::process::ExitCode::SUCCESS)
}

/// One event as a line: time, who, what, outcome, then what the event names.
fn line(e: &serde_json::Value) -> String {
    let entry = &e["entry"];
    let u = &entry["unmapped"];
    let mut out = format!(
        "#{:<6} {} {:<12} {:<20} {:<8}",
        e["index"].as_u64().unwrap_or(0),
        entry["time_dt"].as_str().unwrap_or("?"),
        entry["actor"]["user"]["name"].as_str().unwrap_or("?"),
        entry["metadata"]["event_code"].as_str().unwrap_or("?"),
        entry["status_detail"].as_str().unwrap_or("?"),
    );
    if let Some(ip) = entry["src_endpoint"]["ip"].as_str() {
        out.push_str(&format!(" from={ip}"));
    }
    if let Some(s) = u["subject"].as_str() {
        out.push_str(&format!(" {s}"));
    }
    if let Some(g) = u["grants"].as_array() {
        let ids: Vec<&str> = g.iter().filter_map(|v| v.as_str()).collect();
        out.push_str(&format!(" grants={}", ids.join(",")));
    }
    if let Some(r) = u["revealed"].as_object() {
        let kinds: Vec<String> = r.iter().map(|(k, n)| format!("{k}:{n}")).collect();
        out.push_str(&format!(" revealed={}", kinds.join(",")));
    }
    if let Some(n) = u["count"].as_u64() {
        out.push_str(&format!(" count={n}"));
    }
    if let Some(s) = u["selector"].as_str() {
        out.push_str(&format!(" selector={s:?}"));
    }
    if let Some(r) = u["reason"].as_str() {
        out.push_str(&format!(" reason={r:?}"));
    }
    out
}

/// The periodic access review.
#[derive(Debug, Clone, clap::Args)]
#[command(after_help = "\
Examples:
  logveil audit report --since 30d
  logveil audit report --since 30d --csv > access-review.csv

Sections: grants by scope and approver; unmasked reads per person; break-glass grants
awaiting review; standing roles nobody used. Needs an auditor or an administrator; the
report is itself audited.")]
pub struct ReportArgs {
    /// The period: RFC 3339 or a duration back from now.
    #[arg(long, default_value = "30d")]
    pub since: String,
    /// CSV (one table, a `section` column first) instead of text.
    #[arg(long)]
    pub csv: bool,
    #[command(flatten)]
    pub server: ServerArgs,
}

pub fn report(args: ReportArgs) -> anyhow::Result<std::process::ExitCode> {
    let client = Client::new(&args.server)?;
    let format = if args.csv { "csv" } else { "text" };
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    client
        .get_to(
            &format!(
                "/api/v1/audit/report?since={}&format={format}",
                urlencode(&args.since)
            ),
            &mut out,
        )
        .context("fetching the report")?;
    out.flush()?;
    Ok(std::process::ExitCode::SUCCESS)
}

fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}
