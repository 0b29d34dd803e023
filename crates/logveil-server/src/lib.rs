//! logveil's HTTP API, buildable without a socket ([`app`]) so tests and the binary share it.
//!
//! | route | who | what |
//! | --- | --- | --- |
//! | `GET /healthz`, `GET /readyz` | anyone | liveness, readiness |
//! | `POST /v1/logs` | ingest | OTLP/HTTP logs, protobuf or JSON, gzip |
//! | `GET /`, `POST /_bulk`, `POST /{index}/_bulk` | ingest | Elasticsearch shippers |
//! | `POST /api/v1/push` | ingest | NDJSON, one record per line |
//! | `POST /api/v1/query` | reader | LogQL query, masked, only streams the reader's roles cover |
//! | `POST /api/v1/tail` | reader | the same, live (server-sent events) |
//! | `POST /api/v1/login` | credentials | sign in: a user token with an expiry |
//! | `GET /api/v1/whoami` | any token | who the token acts as |
//! | `GET /auth/oidc/login`, `GET /auth/oidc/callback`, `POST /api/v1/oidc/token` | anyone | single sign-on ([`oidc`]) |
//! | `POST /api/v1/users`, `GET /api/v1/users` | admin | people and service accounts |
//! | `PUT /api/v1/roles/{name}`, `GET /api/v1/roles` | admin | what roles may read |
//! | `POST /api/v1/requests`, `GET /api/v1/requests` | people | ask for access; the inbox |
//! | `POST /api/v1/requests/{id}/{approve,deny,revoke,drop}` | approvers, requester | review and end |
//! | `POST /api/v1/requests/{id}/review` | approvers, admins | after-the-fact review of a break-glass grant |
//! | `POST /api/v1/totp/enroll`, `POST /api/v1/totp/confirm` | people | enrol an authenticator |
//! | `POST /api/v1/step-up` | people | prove a TOTP code; grants that need it unmask for a while |
//! | `POST /api/v1/policy/check` | admin | what would be decided for a person, and why |
//! | `GET /api/v1/audit/export[?from=&to=]` | auditor, admin | the audit log with signed checkpoints, streamed; a time range starts with the tree's frontier (audited) |
//! | `GET /api/v1/audit/proof/inclusion?index=N` | auditor, admin | one event, its audit path and the latest signed checkpoint (audited) |
//! | `GET /api/v1/audit/proof/consistency?from=M[&to=N]` | auditor, admin | two written checkpoints and the proof that N extends M (audited) |
//! | `GET /api/v1/audit/pubkey` | any token | the key that verifies the audit checkpoints |
//! | `POST /api/v1/audit/search` | auditor, admin | events by who, what, when, grant, or a value's keyed token (audited) |
//! | `GET /api/v1/audit/report?since=30d&format=text\|csv` | auditor, admin | the periodic access review (audited) |
//! | `POST /api/v1/tokens` | admin | create an ingest token |
//! | `GET /api/v1/services` | reader | services and their retention |
//! | `PUT /api/v1/services/{name}/retention` | admin | set a service's retention |
//! | `POST /api/v1/retention/run` | admin | apply retention now |
//! | `GET /api/v1/notifications/failed` | admin | webhook deliveries that failed every attempt |
//! | `GET /ui/requests/{id}`, `POST /ui/login`, `POST /ui/requests/{id}/{approve,deny}` | people (session cookie) | the approval page notifications link to |

pub mod access;
pub mod admin;
pub mod alerts;
pub mod audit;
pub mod auth;
pub mod check;
pub mod config;
pub mod error;
pub mod identity;
pub mod ingest;
pub mod lockout;
pub mod mfa;
pub mod notify;
pub mod oidc;
pub mod params;
pub mod policy;
pub mod query;
pub mod totp;
pub mod ui;

use std::sync::Arc;

use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post, put};
use axum::Router;
use logveil_store::storage::Storage;

/// Size limits of ingest. Exceeding one is answered 413 and nothing of that request (or, for a
/// line, that record) is stored.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Request body as sent (compressed or not).
    pub max_body: usize,
    /// Body after decompression.
    pub max_decoded: usize,
    /// One record's line.
    pub max_line: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_body: 16 << 20,
            max_decoded: 64 << 20,
            max_line: 256 << 10,
        }
    }
}

#[derive(Debug)]
pub struct AppState {
    pub storage: Arc<Storage>,
    pub limits: Limits,
    /// Retention of services that have none configured.
    pub retention_days: u32,
    pub policy: policy::Policy,
    pub audit: Arc<audit::AuditLog>,
    pub config: config::GatewayConfig,
    /// Wrong TOTP codes per user, to stop guessing.
    pub mfa_failures: mfa::Failures,
    /// Wrong passwords per user name and address, to stop guessing.
    pub sign_in_failures: identity::SignInFailures,
    /// Sends access events and alerts to the configured webhooks.
    pub notifier: notify::Notifier,
    /// The alert rules, watching the audit log; [`AppState::with_config`] sets their rules.
    pub alerts: Arc<alerts::Alerts>,
    /// Signs the web UI's CSRF tokens; new at every start, so a restart only asks for a
    /// page reload.
    pub ui_key: ui::UiKey,
    /// Single sign-on, when `[oidc]` is configured.
    pub oidc: Option<Arc<oidc::Oidc>>,
    /// How many refused calls from one address are recorded one by one each minute.
    pub refusals: audit::denials::RefusalThrottle,
}

/// Why the API could not be set up.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error(transparent)]
    Policy(#[from] policy::PolicyError),
    #[error(transparent)]
    Audit(#[from] audit::AuditOpenError),
    #[error("no randomness for the web UI's key: {0}")]
    Random(String),
    #[error(transparent)]
    Alerts(#[from] alerts::AlertsError),
}

impl AppState {
    /// The state over the embedded audit log (`DATA_DIR/audit.jsonl`).
    pub fn new(
        storage: Arc<Storage>,
        limits: Limits,
        retention_days: u32,
    ) -> Result<Self, StartError> {
        let audit = audit::AuditLog::open(storage.dir())?;
        Self::with_audit_log(storage, limits, retention_days, audit)
    }

    /// The state over an audit log already opened (where `[audit]` says, see
    /// [`audit::AuditLog::open_configured`]).
    pub fn with_audit_log(
        storage: Arc<Storage>,
        limits: Limits,
        retention_days: u32,
        audit: audit::AuditLog,
    ) -> Result<Self, StartError> {
        let audit = Arc::new(audit);
        let notifier = notify::Notifier::new(
            &[],
            None,
            storage.masker().clone(),
            storage.clock().clone(),
            storage.dir(),
        );
        // Installed here, where the log is opened, so the one watcher slot is always taken by
        // these rules; `with_config` only changes what they say and where alerts go.
        let alerts = alerts::Alerts::install(&audit, storage.masker().clone())?;
        alerts.configure(&config::AlertsConfig::default(), notifier.clone());
        Ok(Self {
            storage,
            limits,
            retention_days,
            policy: policy::Policy::new()?,
            audit,
            config: config::GatewayConfig::default(),
            mfa_failures: mfa::failures(),
            sign_in_failures: identity::sign_in_failures(),
            notifier,
            alerts,
            ui_key: ui::UiKey::random()?,
            oidc: None,
            refusals: audit::denials::RefusalThrottle::new(
                config::AuditConfig::default().refusals_per_minute,
            ),
        })
    }

    /// The same state under a configuration file's settings.
    pub fn with_config(mut self, config: config::GatewayConfig) -> Self {
        self.notifier = notify::Notifier::new(
            &config.webhooks,
            config.public_url.clone(),
            self.storage.masker().clone(),
            self.storage.clock().clone(),
            self.storage.dir(),
        );
        // A kind the masking engine does not know would never match: say so rather than
        // watch for nothing (`logveil serve` refuses such a file before it gets here).
        if let Err(e) = config.check_kinds(self.storage.masker().engine()) {
            eprintln!("logveil: {e}");
        }
        self.alerts.configure(&config.alerts, self.notifier.clone());
        self.oidc = config
            .oidc
            .as_ref()
            .map(|o| Arc::new(oidc::Oidc::new(o, config.public_url.as_deref())));
        self.refusals = audit::denials::RefusalThrottle::new(config.audit.refusals_per_minute);
        self.config = config;
        self
    }
}

/// The app as served on a socket: with each connection's peer address, which the audit
/// records as where a call came from.
pub fn service(
    state: Arc<AppState>,
) -> axum::extract::connect_info::IntoMakeServiceWithConnectInfo<Router, std::net::SocketAddr> {
    app(state).into_make_service_with_connect_info::<std::net::SocketAddr>()
}

pub fn app(state: Arc<AppState>) -> Router {
    let body_limit = state.limits.max_body;
    Router::new()
        .route("/healthz", get(|| async { "ok\n" }))
        .route("/readyz", get(|| async { "ready\n" }))
        .route("/", get(ingest::es_root).head(ingest::es_root))
        .route("/_bulk", post(ingest::es_bulk).put(ingest::es_bulk))
        .route(
            "/{index}/_bulk",
            post(ingest::es_bulk_index).put(ingest::es_bulk_index),
        )
        .route("/v1/logs", post(ingest::otlp))
        .route("/api/v1/push", post(ingest::ndjson))
        .route("/api/v1/query", post(query::query))
        .route("/api/v1/tail", post(query::tail))
        .route("/api/v1/tokens", post(admin::create_token))
        .route("/api/v1/login", post(identity::login))
        .route("/api/v1/requests", post(access::create).get(access::list))
        .route("/api/v1/requests/{id}/{action}", post(access::act))
        .route("/api/v1/whoami", get(identity::whoami))
        .route("/api/v1/totp/enroll", post(mfa::enroll))
        .route("/api/v1/totp/confirm", post(mfa::confirm))
        .route("/api/v1/step-up", post(mfa::step_up))
        .route("/api/v1/policy/check", post(check::check))
        .route("/api/v1/audit/export", get(audit::export))
        .route("/api/v1/audit/pubkey", get(audit::pubkey))
        .route("/api/v1/audit/search", post(audit::search::search_handler))
        .route("/api/v1/audit/report", get(audit::report::report_handler))
        .route("/api/v1/audit/proof/inclusion", get(audit::inclusion))
        .route("/api/v1/audit/proof/consistency", get(audit::consistency))
        .route(
            "/api/v1/users",
            post(identity::create_user).get(identity::users),
        )
        .route("/api/v1/roles", get(identity::roles))
        .route("/api/v1/roles/{name}", put(identity::put_role))
        .route("/api/v1/services", get(admin::services))
        .route(
            "/api/v1/services/{name}/retention",
            put(admin::set_retention),
        )
        .route("/api/v1/retention/run", post(admin::run_retention))
        .route("/api/v1/notifications/failed", get(notify::failed))
        .route("/ui/login", post(ui::login))
        .route("/ui/requests/{id}", get(ui::request_page))
        .route("/ui/requests/{id}/{action}", post(ui::act))
        .merge(ingest::es_probe_routes())
        .merge(oidc::routes())
        .fallback(|| async {
            error::ApiError::new(
                axum::http::StatusCode::NOT_FOUND,
                "not_found",
                "no such endpoint",
            )
        })
        .layer(DefaultBodyLimit::max(body_limit))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            audit::denials::record_denials,
        ))
        .with_state(state)
}
