//! `logveil audit`: the public key, an export, and offline verification of an export.

use std::io::{BufRead, Write};
use std::path::PathBuf;

use anyhow::Context;

use crate::client::{Client, ServerArgs};

/// The tamper-evident audit log: every action, in an RFC 6962 Merkle tree with Ed25519-signed
/// checkpoints.
///
///   logveil audit pubkey --data-dir /var/lib/logveil > audit.pub
///   logveil audit export > audit.jsonl
///   logveil audit verify audit.jsonl --pubkey "$(cat audit.pub)"
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
    /// Write the whole log (events and signed checkpoints) as JSON lines to stdout; the
    /// export itself is audited. Needs an administrator.
    Export {
        #[command(flatten)]
        server: ServerArgs,
    },
    /// Check an export offline: every event against the Merkle tree, every checkpoint's
    /// signature and root. Says what it checked, or the first bad line and why; exits 1 when
    /// anything is wrong.
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
    },
    /// Find events by who, what, when, grant, or a customer's value (keyed token).
    Search(Box<crate::audit_search_cmd::SearchArgs>),
    /// The periodic access review, as text or CSV.
    Report(crate::audit_search_cmd::ReportArgs),
}

pub fn run(args: AuditArgs) -> anyhow::Result<std::process::ExitCode> {
    match args.command {
        AuditCommand::Search(a) => return crate::audit_search_cmd::search(*a),
        AuditCommand::Report(a) => return crate::audit_search_cmd::report(a),
        AuditCommand::Pubkey { data_dir, server } => {
            let key = match data_dir {
                Some(dir) => logveil_server::audit::verifier_key(&dir)?,
                None => {
                    let v = Client::new(&server)?.get_json("/api/v1/audit/pubkey")?;
                    v["key"]
                        .as_str()
                        .context("the server sent no key")?
                        .to_owned()
                }
            };
            println!("{key}");
        }
        AuditCommand::Export { server } => {
            let body = Client::new(&server)?.get_bytes("/api/v1/audit/export")?;
            let mut out = std::io::stdout().lock();
            out.write_all(&body)?;
            out.flush()?;
        }
        AuditCommand::Verify {
            file,
            pubkey,
            min_size,
        } => {
            let key = logveil_audit::VerifierKey::parse(pubkey.trim())
                .context("--pubkey: expected the key as `logveil audit pubkey` prints it")?;
            let options = logveil_audit::VerifyOptions {
                origin: None,
                min_size,
            };
            let mut verifier = logveil_audit::Verifier::new(&key, options);
            let reader: Box<dyn BufRead> = if file.as_os_str() == "-" {
                Box::new(std::io::stdin().lock())
            } else {
                Box::new(std::io::BufReader::new(
                    std::fs::File::open(&file)
                        .with_context(|| format!("opening {}", file.display()))?,
                ))
            };
            for line in reader.split(b'\n') {
                let line = line.context("reading the export")?;
                if !verifier.push_line(&line) {
                    break;
                }
            }
            let report = verifier.finish();
            println!("{report}");
            if !report.is_valid() {
                return Ok(std::process::ExitCode::from(1));
            }
            if report.verified_size == 0 {
                eprintln!("logveil: no checkpoint covers any event: nothing is proven");
                return Ok(std::process::ExitCode::from(1));
            }
        }
    }
    Ok(std::process::ExitCode::SUCCESS)
}
