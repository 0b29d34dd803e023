//! `logveil login`, `logveil users`, `logveil roles`.

use std::io::{BufRead, IsTerminal, Write};

use anyhow::{bail, Context};

use crate::client::{token_file, Client, ServerArgs};

/// A password from the terminal (not echoed), or the first line of stdin when piped.
fn read_password(prompt: &str) -> anyhow::Result<String> {
    if std::io::stdin().is_terminal() {
        return rpassword::prompt_password(prompt).context("reading the password");
    }
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .context("reading the password from stdin")?;
    Ok(line.trim_end_matches(['\r', '\n']).to_owned())
}

/// Sign in; the session token is saved for later commands (mode 0600).
///
///   logveil login --user alice
///   echo "$PASSWORD" | logveil login --user alice
///   logveil login --oidc
#[derive(Debug, Clone, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct LoginArgs {
    #[arg(long, required_unless_present = "oidc", conflicts_with = "oidc")]
    pub user: Option<String>,
    /// Sign in through the gateway's identity provider (single sign-on), in a browser.
    #[arg(long)]
    pub oidc: bool,
    /// With --oidc: only print the sign-in address, do not try to open a browser.
    #[arg(long, requires = "oidc")]
    pub no_browser: bool,
    /// Print the token instead of saving it.
    #[arg(long)]
    pub print: bool,
    #[command(flatten)]
    pub server: ServerArgs,
}

pub fn login(args: LoginArgs) -> anyhow::Result<std::process::ExitCode> {
    let resp = match &args.user {
        Some(user) if !args.oidc => {
            let password = read_password("Password: ")?;
            Client::anonymous(&args.server).post_json_anonymous(
                "/api/v1/login",
                &serde_json::json!({"user": user, "password": password}),
            )?
        }
        _ => crate::oidc_cmd::sign_in(&args.server, !args.no_browser)?,
    };
    let user = resp["user"].as_str().unwrap_or("?");
    let token = resp["token"]
        .as_str()
        .context("the server returned no token")?;
    let until = resp["expires_at"].as_str().unwrap_or("?");
    if args.print {
        println!("{token}");
        return Ok(std::process::ExitCode::SUCCESS);
    }
    let path =
        token_file().context("no HOME or XDG_CONFIG_HOME to keep the token in; use --print")?;
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    }
    let tmp = path.with_extension("tmp");
    let _ = std::fs::remove_file(&tmp);
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    let mut f = opts
        .open(&tmp)
        .with_context(|| format!("writing {}", tmp.display()))?;
    f.write_all(token.as_bytes())?;
    f.sync_all()?;
    std::fs::rename(&tmp, &path).with_context(|| format!("saving {}", path.display()))?;
    eprintln!(
        "Signed in as {user} until {until}; token saved to {}",
        path.display()
    );
    Ok(std::process::ExitCode::SUCCESS)
}

#[derive(Debug, Clone, clap::Args)]
pub struct UsersArgs {
    #[command(subcommand)]
    pub command: UsersCommand,
    #[command(flatten)]
    pub server: ServerArgs,
}

#[derive(Debug, Clone, clap::Subcommand)]
pub enum UsersCommand {
    /// Add a person (asks for a password) or a service account (prints its token).
    ///
    ///   logveil users add alice --role developer
    ///   logveil users add ci-bot --role reader --service-account
    #[command(verbatim_doc_comment)]
    Add {
        name: String,
        /// A role of the user (repeatable); see `logveil roles list`.
        #[arg(long = "role")]
        roles: Vec<String>,
        #[arg(long)]
        service_account: bool,
    },
    /// List users and service accounts.
    List,
}

pub fn users(args: UsersArgs) -> anyhow::Result<std::process::ExitCode> {
    let client = Client::new(&args.server)?;
    match args.command {
        UsersCommand::Add {
            name,
            roles,
            service_account,
        } => {
            let mut body = serde_json::json!({"name": name, "roles": roles, "service_account": service_account});
            if !service_account {
                let p = read_password(&format!("Password for {name}: "))?;
                if std::io::stdin().is_terminal() && read_password("Again: ")? != p {
                    bail!("the passwords differ");
                }
                body["password"] = p.into();
            }
            let resp = client.post_json("/api/v1/users", &body)?;
            match resp["token"].as_str() {
                Some(t) => println!("{t}"),
                None => eprintln!("added {name}"),
            }
        }
        UsersCommand::List => {
            let resp = client.get_json("/api/v1/users")?;
            println!("{:<24} {:<8} ROLES", "NAME", "KIND");
            for u in resp["users"].as_array().into_iter().flatten() {
                let roles: Vec<&str> = u["roles"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|r| r.as_str())
                    .collect();
                let kind = if u["service_account"] == true {
                    "service"
                } else {
                    "user"
                };
                println!(
                    "{:<24} {kind:<8} {}",
                    u["name"].as_str().unwrap_or(""),
                    roles.join(",")
                );
            }
        }
    }
    Ok(std::process::ExitCode::SUCCESS)
}

#[derive(Debug, Clone, clap::Args)]
pub struct RolesArgs {
    #[command(subcommand)]
    pub command: RolesCommand,
    #[command(flatten)]
    pub server: ServerArgs,
}

#[derive(Debug, Clone, clap::Subcommand)]
pub enum RolesCommand {
    /// Create or replace a role: what its members read, masked.
    ///
    ///   logveil roles set developer --service api --service worker --env prod --min-level info
    ///   logveil roles set sre --service '*' --min-level warn
    ///   logveil roles set security --admin
    ///   logveil roles set compliance --auditor      # reads the audit log and nothing else
    #[command(verbatim_doc_comment)]
    Set {
        name: String,
        /// A service the role reads, or * (repeatable).
        #[arg(long = "service")]
        services: Vec<String>,
        /// An environment (the `env` label) the role reads, or * (repeatable; default *).
        #[arg(long = "env")]
        envs: Vec<String>,
        /// The lowest level the role reads; lower levels need a grant.
        #[arg(long, default_value = "info")]
        min_level: String,
        /// Members administer users, roles, tokens and retention.
        #[arg(long)]
        admin: bool,
        /// A service (or *) whose access requests members may approve (repeatable).
        #[arg(long = "approver-for", value_name = "SERVICE")]
        approver_for: Vec<String>,
        /// Members read the audit log (search, export, proofs, the access review), and
        /// nothing else unless other flags say so.
        #[arg(long)]
        auditor: bool,
    },
    /// List roles.
    List,
}

pub fn roles(args: RolesArgs) -> anyhow::Result<std::process::ExitCode> {
    let client = Client::new(&args.server)?;
    match args.command {
        RolesCommand::Set {
            name,
            services,
            envs,
            min_level,
            admin,
            approver_for,
            auditor,
        } => {
            let mut body = serde_json::json!({
                "services": services, "min_level": min_level, "admin": admin,
                "approver_for": approver_for, "auditor": auditor,
            });
            if !envs.is_empty() {
                body["envs"] = envs.into();
            }
            client.put_json(&format!("/api/v1/roles/{name}"), &body)?;
            eprintln!("role {name} saved");
        }
        RolesCommand::List => {
            let resp = client.get_json("/api/v1/roles")?;
            println!(
                "{:<20} {:<30} {:<16} {:<6} ADMIN",
                "ROLE", "SERVICES", "ENVS", "LEVEL"
            );
            for r in resp["roles"].as_array().into_iter().flatten() {
                let join = |k: &str| {
                    r[k].as_array()
                        .into_iter()
                        .flatten()
                        .filter_map(|v| v.as_str())
                        .collect::<Vec<_>>()
                        .join(",")
                };
                println!(
                    "{:<20} {:<30} {:<16} {:<6} {}",
                    r["name"].as_str().unwrap_or(""),
                    join("services"),
                    join("envs"),
                    r["min_level"].as_str().unwrap_or(""),
                    if r["admin"] == true { "yes" } else { "" }
                );
            }
        }
    }
    Ok(std::process::ExitCode::SUCCESS)
}
