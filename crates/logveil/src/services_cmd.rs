//! `logveil services`: the services that have logs, and their retention.

use crate::client::{Client, ServerArgs};

#[derive(Debug, Clone, clap::Args)]
pub struct ServicesArgs {
    #[command(subcommand)]
    pub command: Option<ServicesCommand>,
    #[command(flatten)]
    pub server: ServerArgs,
}

#[derive(Debug, Clone, clap::Subcommand)]
pub enum ServicesCommand {
    /// List services and their retention (the default).
    List,
    /// Keep a service's logs this many days. Older days are dropped and their data keys
    /// destroyed, so their sealed originals can never be read again.
    Retention {
        service: String,
        #[arg(value_parser = clap::value_parser!(u32).range(1..=36500))]
        days: u32,
    },
}

pub fn run(args: ServicesArgs) -> anyhow::Result<std::process::ExitCode> {
    let client = Client::new(&args.server)?;
    match args.command.unwrap_or(ServicesCommand::List) {
        ServicesCommand::List => {
            let resp = client.get_json("/api/v1/services")?;
            println!("{:<32} RETENTION", "SERVICE");
            for s in resp["services"].as_array().into_iter().flatten() {
                println!(
                    "{:<32} {}d",
                    s["name"].as_str().unwrap_or(""),
                    s["retention_days"]
                );
            }
        }
        ServicesCommand::Retention { service, days } => {
            client.put_json(
                &format!("/api/v1/services/{service}/retention"),
                &serde_json::json!({ "days": days }),
            )?;
            println!("{service}: logs kept {days} days");
        }
    }
    Ok(std::process::ExitCode::SUCCESS)
}
