//! The `logveil` binary: command-line interface, configuration and startup.
//!
//! Library crates do the work; this crate parses arguments, picks backends and turns errors into
//! messages that say what to do next.

mod access_cmd;
mod audit_cmd;
mod audit_search_cmd;
mod client;
mod demo_cmd;
mod identity_cmd;
mod lines;
mod logs_cmd;
mod mask_cmd;
mod mfa_cmd;
mod oidc_cmd;
mod policy_cmd;
mod progress;
mod serve_cmd;
mod services_cmd;
mod tokens_cmd;
mod transfer_cmd;

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
    /// Run the gateway: ingest, mask, seal, store, query and tail logs.
    Serve(serve_cmd::ServeArgs),
    /// Run the gateway with made-up services writing logs, and show what to try.
    Demo(demo_cmd::DemoArgs),
    /// Sign in; later commands use the saved session token.
    Login(identity_cmd::LoginArgs),
    /// Add and list users and service accounts.
    Users(identity_cmd::UsersArgs),
    /// Set and list roles: what their members read, masked.
    Roles(identity_cmd::RolesArgs),
    /// Ask for access beyond your roles, for a while, with a reason.
    Request(access_cmd::RequestArgs),
    /// Your access requests and those you may review.
    Requests(access_cmd::ListArgs),
    /// Approve a request (never your own).
    Approve(access_cmd::ActArgs),
    /// Deny a request, with a reason.
    Deny(access_cmd::ActArgs),
    /// End someone's grant early.
    Revoke(access_cmd::ActArgs),
    /// End your own grant early.
    Drop(access_cmd::ActArgs),
    /// Review a break-glass grant after the fact.
    Review(access_cmd::ReviewArgs),
    /// Enrol an authenticator app (TOTP) for step-up.
    Totp(mfa_cmd::TotpArgs),
    /// Prove a TOTP code: grants that require it show values in clear for a while.
    StepUp(mfa_cmd::StepUpArgs),
    /// Query and follow logs (masked).
    Logs(logs_cmd::LogsArgs),
    /// Send log files to the gateway, with progress.
    Import(transfer_cmd::ImportArgs),
    /// Write a query's records as JSON lines, with progress.
    Export(transfer_cmd::ExportArgs),
    /// The tamper-evident audit log: public key, export, offline verification.
    Audit(audit_cmd::AuditArgs),
    /// Validate and show the access policies (Cedar), and explain a decision.
    Policy(policy_cmd::PolicyArgs),
    /// List services and set their retention.
    Services(services_cmd::ServicesArgs),
    /// Create API tokens.
    Tokens(tokens_cmd::TokensArgs),
    Mask(mask_cmd::MaskArgs),
}

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Serve(args) => serve_cmd::run(args),
        Command::Demo(args) => demo_cmd::run(args),
        Command::Logs(args) => logs_cmd::run(args),
        Command::Request(args) => access_cmd::request(args),
        Command::Requests(args) => access_cmd::requests(args),
        Command::Approve(args) => access_cmd::act("approve", args),
        Command::Deny(args) => access_cmd::act("deny", args),
        Command::Revoke(args) => access_cmd::act("revoke", args),
        Command::Drop(args) => access_cmd::act("drop", args),
        Command::Review(args) => access_cmd::review(args),
        Command::Totp(args) => mfa_cmd::totp(args),
        Command::StepUp(args) => mfa_cmd::step_up(args),
        Command::Login(args) => identity_cmd::login(args),
        Command::Users(args) => identity_cmd::users(args),
        Command::Roles(args) => identity_cmd::roles(args),
        Command::Import(args) => transfer_cmd::import(args),
        Command::Export(args) => transfer_cmd::export(args),
        Command::Policy(args) => policy_cmd::run(args),
        Command::Audit(args) => audit_cmd::run(args),
        Command::Services(args) => services_cmd::run(args),
        Command::Tokens(args) => tokens_cmd::run(args),
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
