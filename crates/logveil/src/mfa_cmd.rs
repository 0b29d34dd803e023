//! `logveil totp enroll` and `logveil step-up`: the second factor unmasked reads may require.

use std::io::{BufRead, IsTerminal, Write};

use anyhow::Context;

use crate::client::{Client, ServerArgs};

/// A six-digit code: `--code`, else a line from the terminal or stdin.
fn read_code(given: Option<String>) -> anyhow::Result<String> {
    if let Some(c) = given {
        return Ok(c);
    }
    if std::io::stdin().is_terminal() {
        eprint!("Code from your authenticator app: ");
        std::io::stderr().flush()?;
    }
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .context("reading the code")?;
    Ok(line.trim().to_owned())
}

/// Enrol an authenticator app for step-up.
///
///   logveil totp enroll          # prints the secret and an otpauth:// URI, then asks for a code
#[derive(Debug, Clone, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct TotpArgs {
    #[command(subcommand)]
    pub command: TotpCommand,
}

#[derive(Debug, Clone, clap::Subcommand)]
pub enum TotpCommand {
    /// Create a secret, add it to an authenticator app, confirm with its first code. Replacing
    /// an enrolled secret needs `logveil step-up` with the old one first.
    Enroll {
        /// The first code, instead of asking for it.
        #[arg(long)]
        code: Option<String>,
        #[command(flatten)]
        server: ServerArgs,
    },
}

pub fn totp(args: TotpArgs) -> anyhow::Result<std::process::ExitCode> {
    match args.command {
        TotpCommand::Enroll { code, server } => {
            let client = Client::new(&server)?;
            let v = client.post_json("/api/v1/totp/enroll", &serde_json::json!({}))?;
            // The secret goes to the terminal the person typed the command in, once; it is
            // never stored on this machine.
            println!("secret: {}", v["secret"].as_str().unwrap_or(""));
            println!("uri:    {}", v["uri"].as_str().unwrap_or(""));
            eprintln!("Add it to your authenticator app, then enter the code it shows.");
            let code = read_code(code)?;
            let v =
                client.post_json("/api/v1/totp/confirm", &serde_json::json!({ "code": code }))?;
            eprintln!(
                "Enrolled; stepped up until {}",
                v["valid_until"].as_str().unwrap_or("?")
            );
        }
    }
    Ok(std::process::ExitCode::SUCCESS)
}

/// Prove a code from your authenticator: grants whose scope requires a step-up show values in
/// clear until it lapses (15 minutes by default), on this session.
///
///   logveil step-up
///   logveil step-up --code 492039
#[derive(Debug, Clone, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct StepUpArgs {
    #[arg(long)]
    pub code: Option<String>,
    #[command(flatten)]
    pub server: ServerArgs,
}

pub fn step_up(args: StepUpArgs) -> anyhow::Result<std::process::ExitCode> {
    let client = Client::new(&args.server)?;
    let code = read_code(args.code)?;
    let v = client.post_json("/api/v1/step-up", &serde_json::json!({ "code": code }))?;
    eprintln!(
        "Stepped up until {}",
        v["valid_until"].as_str().unwrap_or("?")
    );
    Ok(std::process::ExitCode::SUCCESS)
}
