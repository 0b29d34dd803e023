//! `logveil audit`: the public key, exports (whole or by time range), proofs, and offline
//! verification of exports and proofs.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;
use logveil_audit::{Checkpoint, Proof, VerifierKey};

use crate::client::{Client, ServerArgs};

/// The tamper-evident audit log: every action, in an RFC 6962 Merkle tree with Ed25519-signed
/// checkpoints.
///
///   logveil audit pubkey --data-dir /var/lib/logveil > audit.pub
///   logveil audit export > audit.jsonl
///   logveil audit verify audit.jsonl --pubkey "$(cat audit.pub)"
///   logveil audit export --from 7d > week.jsonl
///   logveil audit prove 1234 --pubkey "$(cat audit.pub)" --save event-1234.json
///   logveil audit consistency --old event-1234.json --pubkey "$(cat audit.pub)" --save head.json
///   logveil audit verify-proof event-1234.json --pubkey "$(cat audit.pub)"
///
/// What the key proves: a checkpoint signed by it was vouched for by the log's key holder.
/// Whoever holds the key could also sign a rewritten history; keep a checkpoint (a saved
/// proof or export) and check later logs against it (`consistency --old`, `verify
/// --since-checkpoint`) to catch that.
#[derive(Debug, Clone, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct AuditArgs {
    #[command(subcommand)]
    pub command: AuditCommand,
}

#[derive(Debug, Clone, clap::Subcommand)]
pub enum AuditCommand {
    /// Print the key that verifies the log's checkpoints: from the data directory (no server
    /// needed), or else from the server.
    Pubkey {
        /// The server's data directory (reads DIR/audit.key and prints only its public half).
        #[arg(long)]
        data_dir: Option<PathBuf>,
        #[command(flatten)]
        server: ServerArgs,
    },
    /// Write the log (events and signed checkpoints) as JSON lines to stdout, streamed.
    ///
    /// Needs an auditor or an administrator; the export itself is audited. With --from, the export starts
    /// at the first event at or after that time, with a frontier line (the tree before it) so
    /// it still verifies offline; events before it are not covered. With --to, it ends at the
    /// first checkpoint after the last event at or before that time.
    ///
    ///   logveil audit export --from 7d > last-week.jsonl
    ///   logveil audit export --from 2026-11-01T00:00:00Z --to 2026-12-01T00:00:00Z > nov.jsonl
    #[command(verbatim_doc_comment)]
    Export {
        /// Start: RFC 3339 (2026-11-23T05:00:00Z), or a duration back from now (7d, 24h, 30m).
        #[arg(long)]
        from: Option<String>,
        /// End: RFC 3339, or a duration back from now.
        #[arg(long)]
        to: Option<String>,
        #[command(flatten)]
        server: ServerArgs,
    },
    /// Check an export offline: says what it checked, or the first bad line and why.
    ///
    /// Every event against the Merkle tree, every checkpoint's signature and root; a partial
    /// export from its frontier. Exits 1 when anything is wrong.
    ///
    ///   logveil audit verify audit.jsonl --pubkey "$(cat audit.pub)"
    ///   logveil audit verify audit.jsonl --pubkey "$(cat audit.pub)" --since-checkpoint old.jsonl
    #[command(verbatim_doc_comment)]
    Verify {
        /// The export (JSON lines); `-` reads stdin.
        file: PathBuf,
        /// The verifier key, as `logveil audit pubkey` prints it (name+id+key).
        #[arg(long)]
        pubkey: String,
        /// Fail unless at least this many events are covered by a checkpoint (a size you
        /// know from elsewhere, to catch an export cut short).
        #[arg(long)]
        min_size: Option<u64>,
        /// A checkpoint kept from before (a saved proof, an older export, or a signed note):
        /// the export's tree must have had that checkpoint's root at its size. Catches a
        /// history rewritten and re-signed with the log's own key.
        #[arg(long, value_name = "FILE")]
        since_checkpoint: Option<PathBuf>,
    },
    /// Prove that event N is in the log, checking the server's inclusion proof here.
    ///
    /// Fetches the proof against the latest checkpoint and checks the checkpoint's signature,
    /// the entry's leaf hash and the audit path to the signed root. Exits 1 when the proof
    /// fails. Needs an auditor or an administrator; the request is audited.
    ///
    ///   logveil audit prove 1234 --pubkey "$(cat audit.pub)" --save event-1234.json
    #[command(verbatim_doc_comment)]
    Prove {
        /// The event's index (its `index` in an export).
        index: u64,
        /// The verifier key you keep. Without it the server's own key is used, which proves
        /// nothing against the server itself.
        #[arg(long)]
        pubkey: Option<String>,
        /// Also write the proof (JSON) here, to check again offline with `verify-proof`.
        #[arg(long, value_name = "FILE")]
        save: Option<PathBuf>,
        #[command(flatten)]
        server: ServerArgs,
    },
    /// Prove that the log only grew between two checkpoints, checking the proof here.
    ///
    /// Fetches both checkpoints (as written in the log) and the consistency proof, and checks
    /// the signatures and the proof. Exits 1 when anything fails. Needs an auditor or an administrator; the
    /// request is audited.
    ///
    ///   logveil audit consistency --old 1000 --pubkey "$(cat audit.pub)"
    ///   logveil audit consistency --old head.json --pubkey "$(cat audit.pub)" --save head.json
    ///
    /// Given a file, --old is a checkpoint you kept (a saved proof, an export, or a signed
    /// note): the server's checkpoint of that size must be that very one, so a history
    /// rewritten since is found even if it was signed again with the log's key.
    #[command(verbatim_doc_comment)]
    Consistency {
        /// The older checkpoint: its size, or a file holding it.
        #[arg(long, value_name = "SIZE|FILE")]
        old: String,
        /// The newer checkpoint's size (a checkpoint written in the log); default the latest.
        #[arg(long, value_name = "SIZE")]
        new: Option<u64>,
        /// The verifier key you keep. Without it the server's own key is used, which proves
        /// nothing against the server itself.
        #[arg(long)]
        pubkey: Option<String>,
        /// Also write the proof (JSON) here; its newer checkpoint is the one to give as --old
        /// next time.
        #[arg(long, value_name = "FILE")]
        save: Option<PathBuf>,
        #[command(flatten)]
        server: ServerArgs,
    },
    /// Check a saved proof (from `prove --save` or `consistency --save`) offline.
    ///
    ///   logveil audit verify-proof event-1234.json --pubkey "$(cat audit.pub)"
    #[command(verbatim_doc_comment)]
    VerifyProof {
        /// The proof (JSON); `-` reads stdin.
        file: PathBuf,
        /// The verifier key, as `logveil audit pubkey` prints it.
        #[arg(long)]
        pubkey: String,
    },
    /// Find events by who, what, when, grant, or a customer's value (keyed token).
    Search(Box<crate::audit_search_cmd::SearchArgs>),
    /// The periodic access review, as text or CSV.
    Report(crate::audit_search_cmd::ReportArgs),
}

pub fn run(args: AuditArgs) -> anyhow::Result<std::process::ExitCode> {
    match args.command {
        AuditCommand::Search(a) => crate::audit_search_cmd::search(*a),
        AuditCommand::Report(a) => crate::audit_search_cmd::report(a),
        AuditCommand::Pubkey { data_dir, server } => {
            let key = match data_dir {
                Some(dir) => logveil_server::audit::verifier_key(&dir)?,
                None => server_key(&Client::new(&server)?)?,
            };
            println!("{key}");
            Ok(std::process::ExitCode::SUCCESS)
        }
        AuditCommand::Export { from, to, server } => {
            let mut query = Vec::new();
            if let Some(f) = &from {
                query.push(format!("from={}", percent_encode(f)));
            }
            if let Some(t) = &to {
                query.push(format!("to={}", percent_encode(t)));
            }
            let mut path = "/api/v1/audit/export".to_owned();
            if !query.is_empty() {
                path = format!("{path}?{}", query.join("&"));
            }
            let mut out =
                crate::progress::Counted::new("audit export", std::io::stdout().lock(), None);
            Client::new(&server)?.get_to(&path, &mut out)?;
            out.flush()?;
            drop(out.finish());
            Ok(std::process::ExitCode::SUCCESS)
        }
        AuditCommand::Verify {
            file,
            pubkey,
            min_size,
            since_checkpoint,
        } => verify_export(&file, &pubkey, min_size, since_checkpoint.as_deref()),
        AuditCommand::Prove {
            index,
            pubkey,
            save,
            server,
        } => {
            let client = Client::new(&server)?;
            let key = key_or_servers(pubkey.as_deref(), &client)?;
            let json = client.get_json(&format!("/api/v1/audit/proof/inclusion?index={index}"))?;
            let proof = Proof::parse(json.to_string().as_bytes())
                .context("the server's answer is not an inclusion proof")?;
            save_proof(save.as_deref(), &proof)?;
            if let Proof::Inclusion(p) = &proof {
                if p.index != index {
                    println!(
                        "FAILED: asked for event {index}, the server proved event {}",
                        p.index
                    );
                    return Ok(std::process::ExitCode::from(1));
                }
            }
            Ok(report(&proof, &key, None))
        }
        AuditCommand::Consistency {
            old,
            new,
            pubkey,
            save,
            server,
        } => {
            let client = Client::new(&server)?;
            let key = key_or_servers(pubkey.as_deref(), &client)?;
            let kept = match old.parse::<u64>() {
                Ok(size) => Kept::Size(size),
                Err(_) => {
                    let path = PathBuf::from(&old);
                    let note = kept_checkpoint(&path)?;
                    let cp = key.open_checkpoint(&note).with_context(|| {
                        format!(
                            "--old {}: the kept checkpoint does not verify under the key",
                            path.display()
                        )
                    })?;
                    Kept::Checkpoint(cp, path)
                }
            };
            let old_size = match &kept {
                Kept::Size(s) => *s,
                Kept::Checkpoint(cp, _) => cp.size,
            };
            let mut path = format!("/api/v1/audit/proof/consistency?from={old_size}");
            if let Some(n) = new {
                path.push_str(&format!("&to={n}"));
            }
            let json = client.get_json(&path)?;
            let proof = Proof::parse(json.to_string().as_bytes())
                .context("the server's answer is not a consistency proof")?;
            save_proof(save.as_deref(), &proof)?;
            Ok(report(&proof, &key, Some(&kept)))
        }
        AuditCommand::VerifyProof { file, pubkey } => {
            let key = parse_key(&pubkey)?;
            let bytes = read_input(&file)?;
            let proof = Proof::parse(&bytes).with_context(|| {
                format!(
                    "{}: expected a proof saved by `logveil audit prove --save` or `consistency --save`",
                    file.display()
                )
            })?;
            Ok(report(&proof, &key, None))
        }
    }
}

/// A checkpoint the user gave to compare with: a bare size, or one kept in a file.
enum Kept {
    Size(u64),
    Checkpoint(Checkpoint, PathBuf),
}

fn parse_key(text: &str) -> anyhow::Result<VerifierKey> {
    VerifierKey::parse(text.trim())
        .context("--pubkey: expected the key as `logveil audit pubkey` prints it (name+id+key)")
}

fn server_key(client: &Client) -> anyhow::Result<String> {
    let v = client.get_json("/api/v1/audit/pubkey")?;
    Ok(v["key"]
        .as_str()
        .context("the server sent no key")?
        .to_owned())
}

/// The key from --pubkey, or else the server's, with a warning that it proves little.
fn key_or_servers(pubkey: Option<&str>, client: &Client) -> anyhow::Result<VerifierKey> {
    match pubkey {
        Some(k) => parse_key(k),
        None => {
            eprintln!(
                "logveil: warning: no --pubkey, so the key the server sent is used: that proves \
                 nothing against the server itself. Keep the key from `logveil audit pubkey \
                 --data-dir DIR` and pass it with --pubkey"
            );
            parse_key(&server_key(client)?)
        }
    }
}

fn read_input(path: &Path) -> anyhow::Result<Vec<u8>> {
    if path.as_os_str() == "-" {
        let mut v = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin().lock(), &mut v)?;
        return Ok(v);
    }
    std::fs::read(path).with_context(|| format!("reading {}", path.display()))
}

fn save_proof(path: Option<&Path>, proof: &Proof) -> anyhow::Result<()> {
    if let Some(path) = path {
        let mut text = proof.to_json();
        text.push('\n');
        std::fs::write(path, text).with_context(|| format!("writing {}", path.display()))?;
    }
    Ok(())
}

/// The signed note a file keeps: a proof's newest checkpoint, an export's last checkpoint
/// line, or the note itself.
fn kept_checkpoint(path: &Path) -> anyhow::Result<String> {
    let bytes = read_input(path)?;
    let text =
        String::from_utf8(bytes).with_context(|| format!("{}: not UTF-8 text", path.display()))?;
    if !text.trim_start().starts_with('{') {
        return Ok(text);
    }
    if let Ok(proof) = Proof::parse(text.as_bytes()) {
        return Ok(proof.latest_checkpoint().to_owned());
    }
    let mut last = None;
    for line in text.lines() {
        if let Ok(v) = serde_json::from_str::<serde_json::Value>(line) {
            if v["type"] == "checkpoint" {
                last = v["note"].as_str().map(str::to_owned);
            }
        }
    }
    last.with_context(|| {
        format!(
            "{}: no checkpoint in it; give a proof saved with --save, an export, or a signed note",
            path.display()
        )
    })
}

fn verify_export(
    file: &Path,
    pubkey: &str,
    min_size: Option<u64>,
    since_checkpoint: Option<&Path>,
) -> anyhow::Result<std::process::ExitCode> {
    let key = parse_key(pubkey)?;
    let consistent_with = match since_checkpoint {
        None => None,
        Some(path) => {
            let note = kept_checkpoint(path)?;
            Some(key.open_checkpoint(&note).with_context(|| {
                format!(
                    "--since-checkpoint {}: the kept checkpoint does not verify under the key",
                    path.display()
                )
            })?)
        }
    };
    let options = logveil_audit::VerifyOptions {
        origin: None,
        min_size,
        consistent_with,
    };
    let mut verifier = logveil_audit::Verifier::new(&key, options);
    let (reader, total): (Box<dyn std::io::Read>, Option<u64>) = if file.as_os_str() == "-" {
        (Box::new(std::io::stdin().lock()), None)
    } else {
        let f = std::fs::File::open(file).with_context(|| format!("opening {}", file.display()))?;
        let len = f.metadata().ok().map(|m| m.len());
        (Box::new(f), len)
    };
    let mut reader = crate::progress::Counted::new("audit verify", reader, total);
    verifier
        .push_reader(&mut reader)
        .context("reading the export")?;
    reader.finish();
    let report = verifier.finish();
    println!("{report}");
    if !report.is_valid() {
        return Ok(std::process::ExitCode::from(1));
    }
    if report.verified_size == 0 {
        eprintln!("logveil: no checkpoint covers any event: nothing is proven");
        return Ok(std::process::ExitCode::from(1));
    }
    Ok(std::process::ExitCode::SUCCESS)
}

/// Checks a proof, printing each thing checked; exit 1 on the first failure.
fn report(proof: &Proof, key: &VerifierKey, kept: Option<&Kept>) -> std::process::ExitCode {
    let failed = |why: &dyn std::fmt::Display| {
        println!("FAILED: {why}");
        std::process::ExitCode::from(1)
    };
    match proof {
        Proof::Inclusion(p) => {
            println!(
                "event {}: {}",
                p.index,
                String::from_utf8_lossy(p.entry.canonical())
            );
            let cp = match p.verify(key) {
                Ok(cp) => cp,
                Err(e) => return failed(&e),
            };
            println!(
                "checked: checkpoint of size {} signed by {} (root {})",
                cp.size,
                key.name(),
                cp.root
            );
            println!(
                "checked: the entry's leaf hash and the {}-hash audit path give that root",
                p.proof.len()
            );
            println!("ok: event {} is in the log of {} events", p.index, cp.size);
        }
        Proof::Consistency(p) => {
            let (old, new) = match p.verify(key) {
                Ok(heads) => heads,
                Err(e) => return failed(&e),
            };
            for cp in [&old, &new] {
                println!(
                    "checked: checkpoint of size {} signed by {} (root {})",
                    cp.size,
                    key.name(),
                    cp.root
                );
            }
            if let Some(Kept::Size(size)) = kept {
                if old.size != *size {
                    return failed(&format!(
                        "asked for the checkpoint of size {size}, the server sent size {}",
                        old.size
                    ));
                }
            }
            if let Some(Kept::Checkpoint(k, path)) = kept {
                if k.size != old.size || k.root != old.root {
                    return failed(&format!(
                        "the server's checkpoint of size {} has root {}, the one kept in {} has \
                         {}: both are signed, so the log's history was rewritten (or the key \
                         used twice)",
                        old.size,
                        old.root,
                        path.display(),
                        k.root
                    ));
                }
                println!(
                    "checked: the older checkpoint is the one kept in {}",
                    path.display()
                );
            }
            println!(
                "checked: the {}-hash consistency proof between their roots",
                p.proof.len()
            );
            println!(
                "ok: the log of {} events extends the log of {} unchanged",
                new.size, old.size
            );
        }
    }
    std::process::ExitCode::SUCCESS
}

/// Percent-encodes a query value (RFC 3339 offsets hold `+` and `:`).
fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::percent_encode;

    #[test]
    fn query_values_are_encoded() {
        assert_eq!(
            percent_encode("2026-11-23T05:00:00+01:00"),
            "2026-11-23T05%3A00%3A00%2B01%3A00"
        );
        assert_eq!(percent_encode("7d"), "7d");
    }
}
