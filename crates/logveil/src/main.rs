//! The `logveil` binary: command-line interface, configuration and startup.
//!
//! Library crates do the work; this crate parses arguments, picks backends and turns errors into
//! messages that say what to do next.

mod lines;
mod mask_cmd;

use clap::{Parser, Subcommand};

/// logveil: a gateway that gives engineers just-in-time access to masked production logs.
///
/// Logs are masked by default: personal data and secrets are never stored or shown in clear.
#[derive(Debug, Parser)]
#[command(
    name = "logveil",
    version,
    propagate_version = true,
    max_term_width = 100
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    Mask(mask_cmd::MaskArgs),
}

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Mask(args) => mask_cmd::run(args),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            // A closed pipe (`logveil mask | head`) is not an error worth a message.
            if err
                .downcast_ref::<std::io::Error>()
                .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
            {
                return std::process::ExitCode::SUCCESS;
            }
            eprintln!("logveil: error: {err:#}");
            std::process::ExitCode::from(2)
        }
    }
}
