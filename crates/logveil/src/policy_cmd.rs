//! `logveil policy`: the Cedar policies logveil decides with.

#[derive(Debug, Clone, clap::Args)]
pub struct PolicyArgs {
    #[command(subcommand)]
    pub command: PolicyCommand,
}

#[derive(Debug, Clone, clap::Subcommand)]
pub enum PolicyCommand {
    /// Check the policies against their schema (strict mode; warnings fail too).
    Validate,
    /// Print the policies and the schema.
    Show,
}

pub fn run(args: PolicyArgs) -> anyhow::Result<std::process::ExitCode> {
    match args.command {
        PolicyCommand::Validate => {
            let n = logveil_server::policy::validate()?;
            println!("{n} policies valid against the schema (strict)");
        }
        PolicyCommand::Show => {
            println!("// schema{}", logveil_server::policy::SCHEMA);
            println!("// policies{}", logveil_server::policy::POLICIES);
        }
    }
    Ok(std::process::ExitCode::SUCCESS)
}
