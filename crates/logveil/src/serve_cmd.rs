//! `logveil serve`: the gateway on the embedded default — SQLite control plane, tantivy log
//! partitions and a master key file, all under one data directory.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use logveil_core::{Clock, SystemClock};
use logveil_server::config::GatewayConfig;
use logveil_server::{AppState, Limits};
use logveil_store::control::TokenKind;
use logveil_store::keyring::write_private;
use logveil_store::storage::{Storage, StorageOptions};

#[derive(Debug, Clone, clap::Args)]
pub struct ServeArgs {
    /// Where everything is kept: control.db, master.key, admin.token, audit.jsonl and
    /// audit.key, wal/, logs/.
    /// Created (mode 0700) if absent. Only one server may use a directory at a time.
    #[arg(long, env = "LOGVEIL_DATA_DIR", default_value = "logveil-data")]
    pub data_dir: PathBuf,

    /// Address to listen on. Keep it on loopback unless a TLS proxy is in front.
    #[arg(long, env = "LOGVEIL_LISTEN", default_value = "127.0.0.1:7700")]
    pub listen: SocketAddr,

    /// Days of logs kept for services without their own retention
    /// (`PUT /api/v1/services/NAME/retention`).
    #[arg(long, default_value_t = 30, value_parser = clap::value_parser!(u32).range(1..=36500))]
    pub retention_days: u32,

    /// Gateway configuration (TOML): access rules (`[access]`: approvals, caps, auto-approval,
    /// break-glass, step-up), notifications (`[[webhooks]]`), alert rules (`[alerts]`),
    /// sign-in (`[oidc]`), where the audit log is kept (`[audit]`: the data directory's file or
    /// PostgreSQL). Every setting has a default, and unknown keys are errors; see the README
    /// ("Access rules", "Alert rules", "Where the log is kept").
    #[arg(long, env = "LOGVEIL_CONFIG", value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// Masking rules file (TOML, see `logveil mask --help`): extra patterns, keys, allow-lists.
    #[arg(long, value_name = "FILE")]
    pub rules: Option<PathBuf>,

    /// Largest request body accepted, in MiB (compressed size); larger gets 413.
    #[arg(long, default_value_t = 16)]
    pub max_body_mib: usize,

    /// Largest log line accepted, in KiB; a longer record is refused (413) by itself.
    #[arg(long, default_value_t = 256)]
    pub max_line_kib: usize,
}

/// A running server: its address, data directory and admin token file.
pub struct Running {
    pub addr: SocketAddr,
    pub admin_token_file: PathBuf,
    pub created_admin_token: bool,
    pub storage: Arc<Storage>,
    pub serve: tokio::task::JoinHandle<std::io::Result<()>>,
    pub shutdown: tokio::sync::watch::Sender<bool>,
    pub audit: Arc<logveil_server::audit::AuditLog>,
}

/// The masking engine: built in, or from the rules file whose `text` was read.
fn engine(rules: Option<&Path>, text: &str) -> anyhow::Result<logveil_mask::Engine> {
    match rules {
        None => Ok(logveil_mask::Engine::builtin()),
        Some(p) => {
            let config = logveil_mask::RulesConfig::from_toml(text)
                .with_context(|| format!("rules file {}", p.display()))?;
            logveil_mask::Engine::new(&config)
                .with_context(|| format!("rules file {}", p.display()))
        }
    }
}

/// A file's text, or empty when none is given (the built-in defaults).
fn read_text(path: Option<&Path>, what: &str) -> anyhow::Result<String> {
    match path {
        None => Ok(String::new()),
        Some(p) => std::fs::read_to_string(p)
            .with_context(|| format!("reading {what} file {}", p.display())),
    }
}

/// The configuration from the file whose `text` was read, or the defaults without one.
fn gateway_config(path: Option<&Path>, text: &str) -> anyhow::Result<GatewayConfig> {
    match path {
        None => Ok(GatewayConfig::default()),
        Some(p) => GatewayConfig::from_toml(text)
            .with_context(|| format!("configuration file {}", p.display())),
    }
}

/// Opens storage, makes sure an admin token exists and starts listening.
pub async fn start(args: &ServeArgs) -> anyhow::Result<Running> {
    let config_text = read_text(args.config.as_deref(), "configuration")?;
    let rules_text = read_text(args.rules.as_deref(), "rules")?;
    // Each file is read once: what is audited as loaded is exactly what runs.
    let config = gateway_config(args.config.as_deref(), &config_text)?;
    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    let mut opts = StorageOptions::new(&args.data_dir);
    opts.master_key_hex = std::env::var("LOGVEIL_MASTER_KEY").ok();
    let (storage, report) = Storage::open(
        opts,
        engine(args.rules.as_deref(), &rules_text)?,
        clock.clone(),
    )
    .await
    .with_context(|| format!("opening data directory {}", args.data_dir.display()))?;
    let storage = Arc::new(storage);
    // Which kinds exist depends on the masking rules file: alert rules naming others are
    // refused now, not left watching for nothing.
    if let Some(path) = args.config.as_deref() {
        config
            .check_kinds(storage.masker().engine())
            .with_context(|| format!("configuration file {}", path.display()))?;
    }
    if report.created_master_key {
        eprintln!(
            "logveil: created master key {} (mode 0600); back it up: sealed originals need it",
            args.data_dir.join("master.key").display()
        );
    }
    if report.replayed > 0 {
        eprintln!(
            "logveil: indexed {} records from the write-ahead log",
            report.replayed
        );
    }
    let admin_token_file = args.data_dir.join("admin.token");
    let mut created_admin_token = false;
    if !admin_token_file.exists() {
        let token = storage
            .control()
            .create_token(&TokenKind::Admin, "admin (first start)", clock.now())
            .await?;
        write_private(&admin_token_file, format!("{token}\n").as_bytes())?;
        created_admin_token = true;
    }
    let limits = Limits {
        max_body: args.max_body_mib.saturating_mul(1 << 20),
        max_decoded: args.max_body_mib.saturating_mul(4 << 20),
        max_line: args.max_line_kib.saturating_mul(1 << 10),
    };
    let audit = logveil_server::audit::AuditLog::open_configured(storage.dir(), &config.audit)
        .context("opening the audit log")?;
    let state = Arc::new(
        AppState::with_audit_log(storage.clone(), limits, args.retention_days, audit)?
            .with_config(config),
    );
    let listener = tokio::net::TcpListener::bind(args.listen)
        .await
        .with_context(|| {
            format!(
                "listening on {} (is another server using the port? try --listen 127.0.0.1:0)",
                args.listen
            )
        })?;
    let addr = listener.local_addr()?;
    let (shutdown, mut stop) = tokio::sync::watch::channel(false);
    let app = logveil_server::service(state.clone());
    let serve = tokio::spawn(async move {
        axum::serve(listener, app)
            .with_graceful_shutdown(async move {
                let _ = stop.wait_for(|s| *s).await;
            })
            .await
    });
    // What changed in the configuration since the last start is audited before anyone is
    // served under it.
    let sources = [
        ("gateway", config_text.as_bytes()),
        ("masking", rules_text.as_bytes()),
        ("policy", logveil_server::policy::POLICIES.as_bytes()),
    ];
    logveil_server::audit::lifecycle::record_configuration(&state, &sources)
        .await
        .map_err(|e| {
            anyhow::anyhow!(
                "recording the configuration in the audit log: {}",
                e.message
            )
        })?;
    // Checkpoints every few seconds (the last one at shutdown), grant ends by the clock, and
    // an hourly re-verification of the stored log.
    logveil_server::audit::lifecycle::spawn_background(state.clone(), Default::default());
    // Retention runs at start and every hour.
    {
        let storage = storage.clone();
        let days = args.retention_days;
        tokio::spawn(async move {
            let mut every = tokio::time::interval(Duration::from_secs(3600));
            loop {
                every.tick().await;
                match storage.run_retention(days).await {
                    Ok(dropped) => {
                        for (service, days) in dropped {
                            eprintln!(
                                "logveil: retention dropped {} day(s) of {service}",
                                days.len()
                            );
                        }
                    }
                    Err(e) => eprintln!("logveil: retention failed: {e}"),
                }
            }
        });
    }
    Ok(Running {
        addr,
        admin_token_file,
        created_admin_token,
        storage,
        serve,
        shutdown,
        audit: state.audit.clone(),
    })
}

async fn until_signal() {
    let ctrl_c = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut term =
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(t) => t,
                Err(_) => {
                    let _ = ctrl_c.await;
                    return;
                }
            };
        tokio::select! {
            _ = ctrl_c => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    {
        let _ = ctrl_c.await;
    }
}

/// Stops accepting, finishes requests in flight, commits and closes storage.
pub async fn stop(running: Running) -> anyhow::Result<()> {
    let _ = running.shutdown.send(true);
    running.serve.await??;
    running.audit.checkpoint().await?;
    running.storage.shutdown().await;
    Ok(())
}

pub fn run(args: ServeArgs) -> anyhow::Result<std::process::ExitCode> {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    rt.block_on(async {
        let running = start(&args).await?;
        println!("logveil: listening on http://{}", running.addr);
        println!("logveil: audit log in {}", running.audit.store().location());
        println!(
            "logveil: admin token {} {}",
            if running.created_admin_token {
                "written to"
            } else {
                "is in"
            },
            running.admin_token_file.display()
        );
        until_signal().await;
        eprintln!("logveil: shutting down");
        stop(running).await?;
        Ok(std::process::ExitCode::SUCCESS)
    })
}
