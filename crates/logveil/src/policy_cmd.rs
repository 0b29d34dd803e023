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
    /// Explain what the gateway decides for a person now, and why (an administrator's
    /// token). Example: logveil policy check --user bob --action read_unmasked --service
    /// payments --kind email
    Check(CheckArgs),
}

#[derive(Debug, Clone, clap::Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub server: crate::client::ServerArgs,
    /// The person to decide for.
    #[arg(long)]
    pub user: String,
    /// read_masked, read_unmasked, approve or administer.
    #[arg(long)]
    pub action: String,
    #[arg(long)]
    pub service: Option<String>,
    /// The PII kind, for read_unmasked (email, phone, credit_card…) and approve.
    #[arg(long)]
    pub kind: Option<String>,
    /// The level of the records in question (default info).
    #[arg(long)]
    pub level: Option<String>,
    /// The `env` label of the records in question.
    #[arg(long)]
    pub env: Option<String>,
}

pub fn run(args: PolicyArgs) -> anyhow::Result<std::process::ExitCode> {
    match args.command {
        PolicyCommand::Validate => {
            let n = logveil_server::policy::validate()?;
            println!("{n} policies valid against the schema (strict)");
        }
        PolicyCommand::Check(a) => {
            let client = crate::client::Client::new(&a.server)?;
            let v = client.post_json(
                "/api/v1/policy/check",
                &serde_json::json!({
                    "user": a.user, "action": a.action, "service": a.service,
                    "kind": a.kind, "level": a.level, "env": a.env,
                }),
            )?;
            let decision = v["decision"].as_str().unwrap_or("deny");
            let mut head = format!("{decision}: {} {}", a.user, a.action);
            if let Some(s) = &a.service {
                head.push_str(&format!(" on {s}"));
            }
            if let Some(k) = &a.kind {
                head.push_str(&format!(" ({k})"));
            }
            if v["step_up_required"].as_bool() == Some(true) {
                head.push_str(", after a TOTP step-up");
            }
            println!("{head}");
            if let Some(p) = v["policies"].as_array().filter(|p| !p.is_empty()) {
                let names: Vec<&str> = p.iter().filter_map(|x| x.as_str()).collect();
                println!("  permitted by: {}", names.join(", "));
            }
            for line in v["because"].as_array().into_iter().flatten() {
                if let Some(l) = line.as_str() {
                    println!("  - {l}");
                }
            }
            return Ok(if decision == "allow" {
                std::process::ExitCode::SUCCESS
            } else {
                std::process::ExitCode::from(3)
            });
        }
        PolicyCommand::Show => {
            println!("// schema{}", logveil_server::policy::SCHEMA);
            println!("// policies{}", logveil_server::policy::POLICIES);
        }
    }
    Ok(std::process::ExitCode::SUCCESS)
}
