//! `logveil demo`: the gateway with three made-up people and their roles, four made-up
//! services writing realistic logs full of made-up personal data through all three ingest
//! paths (OTLP JSON, Elasticsearch `_bulk`, NDJSON), and what to try next.

use std::path::PathBuf;
use std::time::Duration;

use anyhow::Context;
use logveil_core::{Clock, SystemClock};

use crate::client::{Client, ServerArgs};
use crate::serve_cmd::{self, ServeArgs};

#[derive(Debug, Clone, clap::Args)]
pub struct DemoArgs {
    /// Data directory of the demo (created if absent; reused if present).
    #[arg(long, default_value = "logveil-demo")]
    pub data_dir: PathBuf,

    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:7700")]
    pub listen: std::net::SocketAddr,

    /// Records per second across all demo services.
    #[arg(long, default_value_t = 20)]
    pub rate: u32,
}

const PEOPLE: &[(&str, &str)] = &[
    ("Jane Doe", "jane.doe@example.com"),
    ("Kwame Mensah", "kwame.mensah@example.org"),
    ("Ana Sousa", "ana.sousa@example.net"),
    ("Li Wei", "li.wei@example.com"),
    ("Priya Raman", "priya.raman@example.org"),
    ("Tomás Novák", "tomas.novak@example.net"),
];
const IPS: &[&str] = &[
    "203.0.113.7",
    "198.51.100.23",
    "192.0.2.44",
    "203.0.113.190",
    "2001:db8::7:1",
];
const PHONES: &[&str] = &[
    "+1 202 555 0143",
    "+44 20 7946 0958",
    "+49 30 901820",
    "+33 1 70 18 99 00",
];
// Issuers' published test numbers: valid Luhn and prefixes, never real accounts.
const CARDS: &[&str] = &[
    "4111 1111 1111 1111",
    "5555 5555 5555 4444",
    "3782 822463 10005",
];

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a, T>(&mut self, v: &'a [T]) -> &'a T {
        &v[(self.next() % v.len() as u64) as usize]
    }
    fn hex(&mut self, bytes: usize) -> String {
        (0..bytes)
            .map(|_| format!("{:02x}", self.next() as u8))
            .collect()
    }
}

/// One simulated request: api receives it, payments charges, auth checked the session, the
/// worker sends a receipt. Records of one request share a trace id.
fn simulate(rng: &mut Rng, now: logveil_core::Timestamp, c: &Clients) -> anyhow::Result<()> {
    let (name, email) = *rng.pick(PEOPLE);
    let ip = *rng.pick(IPS);
    let trace = rng.hex(16);
    let order = 10_000 + rng.next() % 90_000;
    let ts = now.to_rfc3339();
    let slow = rng.next().is_multiple_of(10);
    let user = email.split('@').next().unwrap_or("user").replace('.', "_");

    // api: NDJSON
    let api_lines = [
        serde_json::json!({"ts": ts, "level": "info", "service": "api", "trace_id": trace, "env": "prod",
            "message": format!("POST /v1/orders 201 client={ip} user={user} order_id={order} 84ms")}),
        if slow {
            serde_json::json!({"ts": ts, "level": "error", "service": "api", "trace_id": trace, "env": "prod",
                "message": format!("upstream timeout calling payments for {email} after 5000ms (order {order})")})
        } else {
            serde_json::json!({"ts": ts, "level": "debug", "service": "api", "trace_id": trace, "env": "prod",
                "message": format!("request body: {{\"email\": \"{email}\", \"phone\": \"{}\", \"name\": \"{name}\"}}", rng.pick(PHONES))})
        },
    ];
    let body: String = api_lines.iter().map(|l| format!("{l}\n")).collect();
    c.api
        .post_bytes("/api/v1/push", "application/x-ndjson", body.as_bytes())?;

    // payments: OTLP JSON
    let card = *rng.pick(CARDS);
    let otlp = serde_json::json!({"resourceLogs": [{
        "resource": {"attributes": [
            {"key": "service.name", "value": {"stringValue": "payments"}},
            {"key": "deployment.environment", "value": {"stringValue": "prod"}}]},
        "scopeLogs": [{"scope": {"name": "payments.charge"}, "logRecords": [
            {"timeUnixNano": now.as_nanos().to_string(), "severityNumber": if slow { 17 } else { 9 },
             "severityText": if slow { "ERROR" } else { "INFO" },
             "traceId": trace, "spanId": rng.hex(8),
             "body": {"stringValue": if slow {
                 format!("charge declined card={card} holder=\"{name}\" reason=issuer_timeout")
             } else {
                 format!("charge ok card={card} amount=42.50 EUR customer={email}")
             }},
             "attributes": [{"key": "order.id", "value": {"intValue": order.to_string()}},
                            {"key": "customer.email", "value": {"stringValue": email}}]}]}]}]});
    c.payments
        .post_bytes("/v1/logs", "application/json", otlp.to_string().as_bytes())?;

    // auth: Elasticsearch _bulk, as Filebeat would send it
    let bulk = format!(
        "{{\"create\":{{\"_index\":\"auth\"}}}}\n{}\n",
        serde_json::json!({"@timestamp": ts, "log.level": "info", "service.name": "auth", "trace.id": trace,
            "message": format!("Accepted password for {user} from {ip} port {} ssh2", 40_000 + rng.next() % 20_000)})
    );
    c.auth
        .post_bytes("/_bulk", "application/x-ndjson", bulk.as_bytes())?;

    // worker: NDJSON with a bearer token in a retried HTTP call
    let worker = serde_json::json!({"ts": ts, "level": "info", "service": "worker", "trace_id": trace,
        "message": format!("sent receipt for order {order} to {email}; webhook Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ7e30ifQ.{}", rng.hex(16))});
    c.worker.post_bytes(
        "/api/v1/push",
        "application/x-ndjson",
        format!("{worker}\n").as_bytes(),
    )?;
    Ok(())
}

/// Demo people: (name, password, role). Made up, printed, for this demo only.
const DEMO_USERS: [(&str, &str, &str); 3] = [
    ("alice", "alice-demo-pass", "developer"),
    ("bob", "bob-demo-pass", "payments"),
    ("carol", "carol-demo-pass", "security"),
];

/// Roles and people of the demo; already there when the demo directory is reused.
fn seed_people(admin: &Client) -> anyhow::Result<()> {
    let roles = [
        (
            "developer",
            serde_json::json!({"services": ["api", "worker", "auth"], "min_level": "info"}),
        ),
        (
            "payments",
            serde_json::json!({"services": ["payments"], "min_level": "info"}),
        ),
        (
            "security",
            serde_json::json!({"services": ["*"], "min_level": "warn", "admin": true}),
        ),
    ];
    for (name, body) in roles {
        admin.put_json(&format!("/api/v1/roles/{name}"), &body)?;
    }
    for (name, password, role) in DEMO_USERS {
        let body = serde_json::json!({"name": name, "password": password, "roles": [role]});
        if let Err(e) = admin.post_json("/api/v1/users", &body) {
            if !e.to_string().contains("exists") {
                return Err(e);
            }
        }
    }
    Ok(())
}

struct Clients {
    api: Client,
    payments: Client,
    auth: Client,
    worker: Client,
}

pub fn run(args: DemoArgs) -> anyhow::Result<std::process::ExitCode> {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    rt.block_on(async {
        let serve = ServeArgs {
            data_dir: args.data_dir.clone(),
            listen: args.listen,
            retention_days: 7,
            config: None,
            rules: None,
            max_body_mib: 16,
            max_line_kib: 256,
        };
        let running = serve_cmd::start(&serve).await?;
        let server = format!("http://{}", running.addr);
        let admin = std::fs::read_to_string(&running.admin_token_file)
            .with_context(|| format!("reading {}", running.admin_token_file.display()))?;
        let admin_client = Client::new(&ServerArgs { server: server.clone(), token: Some(admin.trim().to_owned()) })?;
        let token_for = |service: &str| -> anyhow::Result<Client> {
            let resp = admin_client.post_json(
                "/api/v1/tokens",
                &serde_json::json!({"kind": "ingest", "services": [service], "label": "demo"}),
            )?;
            let token = resp["token"].as_str().unwrap_or_default().to_owned();
            Client::new(&ServerArgs { server: server.clone(), token: Some(token) })
        };
        let (api, payments, auth, worker) = tokio::task::block_in_place(|| -> anyhow::Result<_> {
            seed_people(&admin_client)?;
            Ok((token_for("api")?, token_for("payments")?, token_for("auth")?, token_for("worker")?))
        })?;
        let clients = Clients { api, payments, auth, worker };
        let rate = args.rate.max(1);
        std::thread::spawn(move || {
            let clock = SystemClock;
            let mut rng = Rng(clock.now().as_nanos() as u64 | 1);
            // Each simulated request writes five records.
            let pause = Duration::from_secs_f64(5.0 / f64::from(rate));
            loop {
                if let Err(e) = simulate(&mut rng, clock.now(), &clients) {
                    eprintln!("logveil demo: a demo service could not write: {e:#}");
                    std::thread::sleep(Duration::from_secs(2));
                }
                std::thread::sleep(pause);
            }
        });
        let admin_file = running.admin_token_file.display();
        println!("logveil demo: listening on {server}, data in {}", args.data_dir.display());
        println!("Four made-up services (api, payments, auth, worker) are writing logs full of made-up");
        println!("personal data, masked before anything is stored. Three made-up people can sign in:");
        println!("alice (developer), bob (payments), carol (security). Try, in another terminal:");
        println!();
        println!("  export LOGVEIL_SERVER={server}");
        println!("  echo {} | logveil login --user alice    # api, worker, auth; info and up", DEMO_USERS[0].1);
        println!("  logveil logs '{{service=~\"api|payments\"}}' --since 5m --limit 5    # only api: payments is not hers");
        println!("  logveil logs '{{service=\"api\"}} |= \"timeout\"' -f");
        println!("  logveil logs '{{service=\"api\", level=\"debug\"}}' --since 5m         # nothing: debug needs a grant");
        println!("  logveil logs '{{service=~\"api|worker\"}}' --match email=jane.doe@example.com");
        println!("  logveil logs --trace TRACE_ID         # a trace_id from --output json, across her services");
        println!("  echo {} | logveil login --user bob      # payments; info and up", DEMO_USERS[1].1);
        println!("  logveil logs '{{service=\"payments\"}}' --since 5m --limit 10");
        println!("  export LOGVEIL_TOKEN=$(cat {admin_file})   # the admin token reads every stream, masked");
        println!("  logveil logs '{{service=\"api\", level=\"debug\"}} | json' --limit 5 --output json");
        println!("  logveil users list; logveil roles list");
        println!();
        println!("Stop with Ctrl-C.");
        let _ = tokio::signal::ctrl_c().await;
        eprintln!("logveil demo: shutting down");
        serve_cmd::stop(running).await
    })?;
    Ok(std::process::ExitCode::SUCCESS)
}
