//! `logveil logs`: query and follow logs, with logcli's conventions.

use std::io::Write;

use anyhow::{bail, Context};

use crate::client::{Client, ServerArgs};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Output {
    /// `TIME SERVICE LEVEL LINE`, one record a line.
    Text,
    /// One JSON object a line: ts, service, level, line, and trace_id, span_id, labels,
    /// attributes when present.
    Json,
}

/// Query logs (masked). Examples:
///
///   logveil logs '{service="api"} |= "timeout"' --since 1h --limit 100
///   logveil logs '{service="api", env="prod"} | json | status >= 500' -f
///   logveil logs --trace 5b8efff798038103d269b633813fc60c
///   logveil logs '{service="payments"}' --match email=jane@example.com
#[derive(Debug, Clone, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct LogsArgs {
    /// LogQL: a selector `{label="value", ...}` (labels: service, level, env, host, namespace;
    /// operators = != =~ !~), then line filters `|= "text"`, `!= "text"`, `|~ "regex"`,
    /// `!~ "regex"`, and `| json` with field filters (`| status >= 500, method="POST"`).
    pub query: Option<String>,

    /// How far back to look: 90s, 30m, 1h, 7d.
    #[arg(long, default_value = "1h", conflicts_with = "from")]
    pub since: String,

    /// Start of the window (RFC 3339, e.g. 2026-11-23T08:00:00Z).
    #[arg(long)]
    pub from: Option<String>,

    /// End of the window (RFC 3339); default now.
    #[arg(long)]
    pub to: Option<String>,

    /// Most records to print (with --follow: how many past records before following).
    #[arg(long, default_value_t = 100)]
    pub limit: usize,

    /// Oldest first (the default is newest first).
    #[arg(long)]
    pub forward: bool,

    /// Keep printing new records as they arrive.
    #[arg(short = 'f', long)]
    pub follow: bool,

    /// Only records of this trace (32 hex digits), across services, oldest first.
    #[arg(long, value_name = "TRACE_ID")]
    pub trace: Option<String>,

    /// Only records holding this value, e.g. email=jane@example.com. The value is sent in the
    /// request body and compared by keyed token: results stay masked. Repeatable.
    #[arg(long = "match", value_name = "KIND=VALUE")]
    pub matches: Vec<String>,

    #[arg(long, short = 'o', value_enum, default_value_t = Output::Text)]
    pub output: Output,

    #[command(flatten)]
    pub server: ServerArgs,
}

fn body(args: &LogsArgs) -> anyhow::Result<serde_json::Value> {
    let mut matches = Vec::new();
    for m in &args.matches {
        let Some((kind, value)) = m.split_once('=') else {
            bail!("--match takes KIND=VALUE, e.g. --match email=jane@example.com");
        };
        matches.push(serde_json::json!({ "kind": kind.trim(), "value": value }));
    }
    if args.query.is_none() && args.trace.is_none() {
        bail!("give a query, e.g. logveil logs '{{service=\"api\"}}', or --trace ID");
    }
    let mut b = serde_json::json!({
        "limit": args.limit,
        "direction": if args.forward || (args.trace.is_some() && !args.follow) { "forward" } else { "backward" },
        "match": matches,
    });
    if let Some(q) = &args.query {
        b["query"] = q.clone().into();
    }
    if let Some(t) = &args.trace {
        b["trace"] = t.clone().into();
    }
    match &args.from {
        Some(f) => b["from"] = f.clone().into(),
        None => b["since"] = args.since.clone().into(),
    }
    if let Some(t) = &args.to {
        b["to"] = t.clone().into();
    }
    Ok(b)
}

fn print(out: &mut impl Write, record: &serde_json::Value, format: Output) -> anyhow::Result<()> {
    match format {
        Output::Json => writeln!(out, "{record}")?,
        Output::Text => writeln!(
            out,
            "{} {} {:<5} {}",
            record["ts"].as_str().unwrap_or(""),
            record["service"].as_str().unwrap_or(""),
            record["level"].as_str().unwrap_or(""),
            record["line"].as_str().unwrap_or("")
        )?,
    }
    Ok(())
}

pub fn run(args: LogsArgs) -> anyhow::Result<std::process::ExitCode> {
    let client = Client::new(&args.server)?;
    let body = body(&args)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if args.follow {
        client.stream_events("/api/v1/tail", &body, |event, data| {
            match event {
                "record" => {
                    let v: serde_json::Value =
                        serde_json::from_str(data).context("bad record from server")?;
                    print(&mut out, &v, args.output)?;
                    out.flush()?;
                }
                "lagged" => eprintln!(
                    "logveil: this terminal fell behind; some records were skipped ({data})"
                ),
                _ => {}
            }
            Ok(true)
        })?;
        return Ok(std::process::ExitCode::SUCCESS);
    }
    let resp = client.post_json("/api/v1/query", &body)?;
    let records = resp["records"].as_array().cloned().unwrap_or_default();
    for r in &records {
        print(&mut out, r, args.output)?;
    }
    out.flush()?;
    if resp["step_up_required"].as_bool() == Some(true) {
        eprintln!("logveil: your grant shows more after a TOTP step-up: run `logveil step-up`");
    }
    Ok(std::process::ExitCode::SUCCESS)
}
