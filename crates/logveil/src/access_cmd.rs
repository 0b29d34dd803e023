//! `logveil request`, `requests`, `approve`, `deny`, `revoke`, `drop`.

use anyhow::Context;

use crate::client::{Client, ServerArgs};

/// Ask for access beyond your roles, for a while, with a reason. Another person approves it.
///
///   logveil request --service payments --unmask email,phone --for 30m --reason "INC-4211 checkout failures"
///   logveil request --service api --level debug --for 1h --reason "INC-4212 retries"
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
    let r = client.post_json("/api/v1/requests", &body)?;
    println!("{}", r["id"].as_str().context("the server returned no id")?);
    eprintln!(
        "pending until {}: an approver runs `logveil approve {}`",
        r["pending_until"].as_str().unwrap_or("?"),
        r["id"].as_str().unwrap_or("")
    );
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
    for r in resp["requests"].as_array().into_iter().flatten() {
        println!("{}", line(r));
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

/// Approve, deny, revoke or drop a request or its grant.
pub fn act(action: &str, args: ActArgs) -> anyhow::Result<std::process::ExitCode> {
    let client = Client::new(&args.server)?;
    if !args.id.starts_with("req_")
        || args.id.len() != 20
        || !args.id[4..].bytes().all(|b| b.is_ascii_hexdigit())
    {
        anyhow::bail!(
            "{:?} is not a request id (req_ and 16 hex digits; see `logveil requests`)",
            args.id
        );
    }
    let mut body = serde_json::json!({});
    if let Some(r) = args.reason {
        body["reason"] = r.into();
    }
    let r = client.post_json(&format!("/api/v1/requests/{}/{action}", args.id), &body)?;
    println!("{}", line(&r));
    Ok(std::process::ExitCode::SUCCESS)
}
