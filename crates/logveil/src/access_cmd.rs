//! `logveil request`, `requests`, `approve`, `deny`, `revoke`, `drop`.

use anyhow::Context;

use crate::client::{Client, ServerArgs};

/// Ask for access beyond your roles, for a while, with a reason. Another person approves it,
/// or an auto-approval rule when you are on call for an incident of a qualifying severity.
///
///   logveil request --service payments --unmask email,phone --for 30m --reason "INC-4211 checkout failures"
///   logveil request --service api --level debug --for 1h --reason "INC-4212 retries"
///   logveil request --service api --unmask email --for 30m --reason "checkout down" --incident INC-4213 --severity sev1
///   logveil request --service payments --unmask credit_card --for 15m --reason "INC-4214 fraud" --break-glass
#[derive(Debug, Clone, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct RequestArgs {
    /// A service (repeatable).
    #[arg(long = "service", required = true)]
    pub services: Vec<String>,
    /// PII kinds to see in clear, comma-separated (email, phone, credit_card…).
    #[arg(long, value_delimiter = ',')]
    pub unmask: Vec<String>,
    /// Open levels down to this one (e.g. debug), beyond what your roles show.
    #[arg(long)]
    pub level: Option<String>,
    /// How long, once approved: 30m, 2h (capped per scope).
    #[arg(long = "for", value_name = "DURATION")]
    pub duration: String,
    /// Why: the incident or ticket. Required.
    #[arg(long)]
    pub reason: String,
    /// Only logs from this time on (RFC 3339).
    #[arg(long)]
    pub logs_from: Option<String>,
    /// Only logs before this time (RFC 3339).
    #[arg(long)]
    pub logs_to: Option<String>,
    /// The incident this is for (INC-4213); with --severity, auto-approval rules may apply.
    #[arg(long, requires = "severity")]
    pub incident: Option<String>,
    /// The incident's severity (sev1, sev2…).
    #[arg(long, requires = "incident")]
    pub severity: Option<String>,
    /// Emergency access without review, where configured: short, announced to the alert
    /// webhooks at once, and reviewed afterwards.
    #[arg(long)]
    pub break_glass: bool,
    #[command(flatten)]
    pub server: ServerArgs,
}

fn line(r: &serde_json::Value) -> String {
    let list = |k: &str| {
        r[k].as_array()
            .into_iter()
            .flatten()
            .filter_map(|v| v.as_str())
            .collect::<Vec<_>>()
            .join(",")
    };
    let mut what = list("unmask");
    if let Some(l) = r["level"].as_str() {
        what = if what.is_empty() {
            format!("level {l}")
        } else {
            format!("{what}; level {l}")
        };
    }
    format!(
        "{:<21} {:<9} {:<12} {:<20} {:<24} {:>5}m  {}",
        r["id"].as_str().unwrap_or(""),
        r["status"].as_str().unwrap_or(""),
        r["requester"].as_str().unwrap_or(""),
        list("services"),
        what,
        r["duration_secs"].as_u64().unwrap_or(0) / 60,
        r["reason"].as_str().unwrap_or("")
    )
}

pub fn request(args: RequestArgs) -> anyhow::Result<std::process::ExitCode> {
    let client = Client::new(&args.server)?;
    let mut body = serde_json::json!({
        "services": args.services, "unmask": args.unmask, "for": args.duration, "reason": args.reason,
    });
    if let Some(l) = args.level {
        body["level"] = l.into();
    }
    if let Some(f) = args.logs_from {
        body["logs_from"] = f.into();
    }
    if let Some(t) = args.logs_to {
        body["logs_to"] = t.into();
    }
    if let (Some(id), Some(sev)) = (args.incident, args.severity) {
        body["incident"] = serde_json::json!({ "id": id, "severity": sev });
    }
    if args.break_glass {
        body["break_glass"] = true.into();
    }
    let r = client.post_json("/api/v1/requests", &body)?;
    let id = r["id"].as_str().context("the server returned no id")?;
    println!("{id}");
    let until = r["ends_at"].as_str().unwrap_or("?");
    if r["break_glass"].as_bool() == Some(true) {
        eprintln!("break-glass grant active until {until}; alerted, and it will be reviewed");
    } else if r["status"] == "active" {
        let by = r["approvals"]
            .as_array()
            .and_then(|a| a.last())
            .and_then(|v| v.as_str())
            .unwrap_or("?");
        eprintln!("approved by {by}; active until {until}");
    } else {
        eprintln!(
            "pending until {}: an approver runs `logveil approve {id}`",
            r["pending_until"].as_str().unwrap_or("?"),
        );
    }
    if r["step_up"].as_bool() == Some(true) {
        eprintln!("this scope shows values in clear only after `logveil step-up`");
    }
    Ok(std::process::ExitCode::SUCCESS)
}

#[derive(Debug, Clone, clap::Args)]
pub struct ListArgs {
    #[command(flatten)]
    pub server: ServerArgs,
}

/// Your requests and those you may review.
pub fn requests(args: ListArgs) -> anyhow::Result<std::process::ExitCode> {
    let client = Client::new(&args.server)?;
    let resp = client.get_json("/api/v1/requests")?;
    println!(
        "{:<21} {:<9} {:<12} {:<20} {:<24} {:>6}  REASON",
        "ID", "STATUS", "REQUESTER", "SERVICES", "OPENS", "FOR"
    );
    let mut awaiting = 0;
    for r in resp["requests"].as_array().into_iter().flatten() {
        let mut l = line(r);
        if r["awaiting_review"].as_bool() == Some(true) {
            l.push_str("  [break-glass: awaiting review]");
            awaiting += 1;
        }
        println!("{l}");
    }
    if awaiting > 0 {
        eprintln!(
            "{awaiting} break-glass grant(s) await review: logveil review ID --justified|--unjustified --reason \"…\""
        );
    }
    Ok(std::process::ExitCode::SUCCESS)
}

#[derive(Debug, Clone, clap::Args)]
pub struct ActArgs {
    /// The request id (req_…).
    pub id: String,
    /// Why (required to deny).
    #[arg(long)]
    pub reason: Option<String>,
    #[command(flatten)]
    pub server: ServerArgs,
}

fn check_id(id: &str) -> anyhow::Result<()> {
    if !id.starts_with("req_") || id.len() != 20 || !id[4..].bytes().all(|b| b.is_ascii_hexdigit())
    {
        anyhow::bail!(
            "{id:?} is not a request id (req_ and 16 hex digits; see `logveil requests`)"
        );
    }
    Ok(())
}

/// Approve, deny, revoke or drop a request or its grant.
pub fn act(action: &str, args: ActArgs) -> anyhow::Result<std::process::ExitCode> {
    let client = Client::new(&args.server)?;
    check_id(&args.id)?;
    let mut body = serde_json::json!({});
    if let Some(r) = args.reason {
        body["reason"] = r.into();
    }
    let r = client.post_json(&format!("/api/v1/requests/{}/{action}", args.id), &body)?;
    println!("{}", line(&r));
    Ok(std::process::ExitCode::SUCCESS)
}

/// Review a break-glass grant after the fact: was its use justified?
///
///   logveil review req_5f0c2a9e41d7b380 --justified --reason "INC-4214 confirmed fraud"
#[derive(Debug, Clone, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct ReviewArgs {
    /// The break-glass grant's id (req_…).
    pub id: String,
    /// The use was justified.
    #[arg(
        long,
        conflicts_with = "unjustified",
        required_unless_present = "unjustified"
    )]
    pub justified: bool,
    /// The use was not justified (follow up with the requester).
    #[arg(long)]
    pub unjustified: bool,
    /// What you checked. Required.
    #[arg(long)]
    pub reason: String,
    #[command(flatten)]
    pub server: ServerArgs,
}

pub fn review(args: ReviewArgs) -> anyhow::Result<std::process::ExitCode> {
    let client = Client::new(&args.server)?;
    check_id(&args.id)?;
    let body = serde_json::json!({ "justified": args.justified, "reason": args.reason });
    let r = client.post_json(&format!("/api/v1/requests/{}/review", args.id), &body)?;
    println!("{}", line(&r));
    Ok(std::process::ExitCode::SUCCESS)
}
