//! `logveil tokens`: API tokens.

use anyhow::bail;

use crate::client::{Client, ServerArgs};

#[derive(Debug, Clone, clap::Args)]
pub struct TokensArgs {
    #[command(subcommand)]
    pub command: TokensCommand,
}

#[derive(Debug, Clone, clap::Subcommand)]
pub enum TokensCommand {
    /// Create a token and print it (once: only its hash is kept).
    ///
    ///   logveil tokens create --ingest --service api --service worker
    #[command(verbatim_doc_comment)]
    Create {
        /// An ingest token: may write logs of its services, nothing else.
        #[arg(long, required = true)]
        ingest: bool,
        /// A service the token may write (repeatable).
        #[arg(long = "service", value_name = "NAME", required = true)]
        services: Vec<String>,
        /// A note to recognise the token by (e.g. "fluent-bit on web-1").
        #[arg(long, default_value = "")]
        label: String,
        #[command(flatten)]
        server: ServerArgs,
    },
}

pub fn run(args: TokensArgs) -> anyhow::Result<std::process::ExitCode> {
    match args.command {
        TokensCommand::Create {
            ingest,
            services,
            label,
            server,
        } => {
            if !ingest {
                bail!("only --ingest tokens can be created here");
            }
            let client = Client::new(&server)?;
            let resp = client.post_json(
                "/api/v1/tokens",
                &serde_json::json!({ "kind": "ingest", "services": services, "label": label }),
            )?;
            match resp["token"].as_str() {
                Some(t) => println!("{t}"),
                None => bail!("the server did not return a token"),
            }
        }
    }
    Ok(std::process::ExitCode::SUCCESS)
}
