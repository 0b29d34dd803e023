//! `logveil import` and `logveil export`: bulk work with progress on stderr.

use std::io::{BufRead, Write};
use std::path::PathBuf;

use anyhow::{bail, Context};

use crate::client::{Client, ServerArgs};
use crate::progress::Progress;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ImportFormat {
    /// Plain text, one record a line.
    Lines,
    /// One JSON object a line (message/msg/log, @timestamp/ts, level, service.name…).
    Ndjson,
}

/// Send log files to the gateway (masked and sealed on arrival), with progress.
///
///   logveil import --service api /var/log/api/*.log
///   logveil import --format ndjson --service api exported.jsonl
#[derive(Debug, Clone, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct ImportArgs {
    /// Files to read ("-" for stdin).
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// The service the records belong to (records in NDJSON may name their own).
    #[arg(long)]
    pub service: String,
    #[arg(long, value_enum, default_value_t = ImportFormat::Lines)]
    pub format: ImportFormat,
    /// Records per request.
    #[arg(long, default_value_t = 2000)]
    pub batch: usize,
    #[command(flatten)]
    pub server: ServerArgs,
}

pub fn import(args: ImportArgs) -> anyhow::Result<std::process::ExitCode> {
    let client = Client::new(&args.server)?;
    let total: u64 = args
        .files
        .iter()
        .filter_map(|f| std::fs::metadata(f).ok())
        .map(|m| m.len())
        .sum();
    let mut progress = Progress::new("import");
    let (mut records, mut bytes, mut rejected, mut lossy) = (0u64, 0u64, 0u64, 0u64);
    let mut body = Vec::with_capacity(1 << 20);
    let mut in_batch = 0usize;
    let flush =
        |body: &mut Vec<u8>, in_batch: &mut usize, rejected: &mut u64| -> anyhow::Result<()> {
            if *in_batch == 0 {
                return Ok(());
            }
            let resp = client.post_bytes("/api/v1/push", "application/x-ndjson", body)?;
            *rejected += resp["rejected"].as_u64().unwrap_or(0);
            body.clear();
            *in_batch = 0;
            Ok(())
        };
    for path in &args.files {
        let reader: Box<dyn BufRead> = if path.as_os_str() == "-" {
            Box::new(std::io::BufReader::new(std::io::stdin()))
        } else {
            Box::new(std::io::BufReader::new(
                std::fs::File::open(path).with_context(|| format!("opening {}", path.display()))?,
            ))
        };
        for raw in reader.split(b'\n') {
            let raw = raw.with_context(|| format!("reading {}", path.display()))?;
            bytes += raw.len() as u64 + 1;
            let raw = raw.strip_suffix(b"\r").unwrap_or(&raw);
            if raw.is_empty() {
                continue;
            }
            let text = match std::str::from_utf8(raw) {
                Ok(t) => std::borrow::Cow::Borrowed(t),
                Err(_) => {
                    lossy += 1;
                    String::from_utf8_lossy(raw)
                }
            };
            match args.format {
                ImportFormat::Lines => {
                    serde_json::to_writer(
                        &mut body,
                        &serde_json::json!({"service": args.service, "message": text}),
                    )?;
                }
                ImportFormat::Ndjson => {
                    let mut doc: serde_json::Value = match serde_json::from_str(&text) {
                        Ok(v @ serde_json::Value::Object(_)) => v,
                        _ => serde_json::json!({ "message": text }),
                    };
                    if doc.get("service").is_none()
                        && doc.pointer("/service/name").is_none()
                        && doc.get("service.name").is_none()
                    {
                        doc["service"] = args.service.clone().into();
                    }
                    serde_json::to_writer(&mut body, &doc)?;
                }
            }
            body.push(b'\n');
            in_batch += 1;
            records += 1;
            if in_batch >= args.batch {
                flush(&mut body, &mut in_batch, &mut rejected)?;
                progress.show(records, bytes, Some(total), false);
            }
        }
    }
    flush(&mut body, &mut in_batch, &mut rejected)?;
    progress.show(records, bytes, Some(total), true);
    if lossy > 0 {
        eprintln!(
            "import: {lossy} lines were not valid UTF-8; invalid bytes were replaced with U+FFFD"
        );
    }
    if rejected > 0 {
        bail!("{rejected} of {records} records were rejected by the server (see its messages with a smaller --batch)");
    }
    Ok(std::process::ExitCode::SUCCESS)
}

/// Write every record a query matches as JSON lines (masked), oldest first, with progress.
///
///   logveil export '{service="api"}' --from 2026-11-01T00:00:00Z --to 2026-11-02T00:00:00Z > api.jsonl
#[derive(Debug, Clone, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct ExportArgs {
    /// LogQL query.
    pub query: String,
    /// Start (RFC 3339).
    #[arg(long)]
    pub from: Option<String>,
    /// End (RFC 3339); default now.
    #[arg(long)]
    pub to: Option<String>,
    /// How far back when --from is not given.
    #[arg(long, default_value = "24h", conflicts_with = "from")]
    pub since: String,
    #[command(flatten)]
    pub server: ServerArgs,
}

pub fn export(args: ExportArgs) -> anyhow::Result<std::process::ExitCode> {
    const PAGE: usize = 5000;
    let client = Client::new(&args.server)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut progress = Progress::new("export");
    let (mut records, mut bytes) = (0u64, 0u64);
    // Pages are time windows: each starts at the last timestamp seen; records at that exact
    // instant already written are skipped by id.
    let mut from: Option<String> = args.from.clone();
    let mut seen_at_from: Vec<u64> = Vec::new();
    loop {
        let mut body =
            serde_json::json!({"query": args.query, "limit": PAGE, "direction": "forward"});
        match &from {
            Some(f) => body["from"] = f.clone().into(),
            None => body["since"] = args.since.clone().into(),
        }
        if let Some(t) = &args.to {
            body["to"] = t.clone().into();
        }
        let resp = client.post_json("/api/v1/query", &body)?;
        let page = resp["records"].as_array().cloned().unwrap_or_default();
        let full = page.len() == PAGE;
        let mut last_ts: Option<String> = None;
        let mut ids_at_last: Vec<u64> = Vec::new();
        for r in &page {
            let id = r["id"].as_u64().unwrap_or(0);
            let ts = r["ts"].as_str().unwrap_or_default().to_owned();
            if Some(&ts) == from.as_ref() && seen_at_from.contains(&id) {
                continue;
            }
            let line = r.to_string();
            bytes += line.len() as u64 + 1;
            writeln!(out, "{line}")?;
            records += 1;
            if last_ts.as_ref() != Some(&ts) {
                ids_at_last.clear();
                last_ts = Some(ts);
            }
            ids_at_last.push(id);
        }
        progress.show(records, bytes, None, false);
        match (full, last_ts) {
            (true, Some(ts)) => {
                if from.as_ref() == Some(&ts) {
                    seen_at_from.extend(ids_at_last);
                    if seen_at_from.len() >= PAGE {
                        bail!("more than {PAGE} records share one timestamp; export them with a narrower query");
                    }
                } else {
                    seen_at_from = ids_at_last;
                }
                from = Some(ts);
            }
            _ => break,
        }
    }
    out.flush()?;
    progress.show(records, bytes, None, true);
    Ok(std::process::ExitCode::SUCCESS)
}
