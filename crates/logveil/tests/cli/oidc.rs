//! `logveil login --oidc` as a person runs it: a real `logveil serve` with `[oidc]`, the test
//! provider of the server's tests, and the test playing the browser from the printed address.

use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::process::{Command, Stdio};

use logveil_core::ManualClock;
use serde_json::json;

#[path = "../../../logveil-server/tests/server/oidc_idp.rs"]
mod idp;
use idp::{browse, cookie, CLIENT_ID, CLIENT_SECRET};

const BIN: &str = env!("CARGO_BIN_EXE_logveil");

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

#[test]
fn login_oidc_saves_a_session_token_that_never_crossed_a_url() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let clock = ManualClock::new(logveil_core::Timestamp::from_system_time(
        std::time::SystemTime::now(),
    ));
    let idp = rt.block_on(idp::spawn(clock));
    let issuer = idp.issuer.lock().unwrap().clone();

    let dir = tempfile::tempdir().unwrap();
    let port = free_port();
    let url = format!("http://127.0.0.1:{port}");
    let config = dir.path().join("logveil.toml");
    std::fs::write(
        &config,
        format!(
            "public_url = \"{url}\"\n[oidc]\nissuer = \"{issuer}\"\nclient_id = \"{CLIENT_ID}\"\n[oidc.group_roles]\npayments-oncall = [\"payments\"]\n"
        ),
    )
    .unwrap();
    let data = dir.path().join("data");
    let mut server = Command::new(BIN)
        .args([
            "serve",
            "--listen",
            &format!("127.0.0.1:{port}"),
            "--data-dir",
        ])
        .arg(&data)
        .arg("--config")
        .arg(&config)
        .env_remove("LOGVEIL_MASTER_KEY")
        // The secret comes from the environment, as the README recommends.
        .env("LOGVEIL_OIDC_CLIENT_SECRET", CLIENT_SECRET)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut out = BufReader::new(server.stdout.take().unwrap());
    let mut line = String::new();
    out.read_line(&mut line).unwrap();
    assert!(line.contains(&url), "{line}");
    std::thread::spawn(move || {
        let mut sink = String::new();
        let _ = out.read_to_string(&mut sink);
    });
    let admin = std::fs::read_to_string(data.join("admin.token"))
        .unwrap()
        .trim()
        .to_owned();
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into();
    let status = agent
        .put(&format!("{url}/api/v1/roles/payments"))
        .header("Authorization", &format!("Bearer {admin}"))
        .send_json(json!({"services": ["payments"]}))
        .unwrap()
        .status();
    assert_eq!(status, 200);

    let home = dir.path().join("config");
    let mut login = Command::new(BIN)
        .args(["login", "--oidc", "--no-browser"])
        .env("LOGVEIL_SERVER", &url)
        .env_remove("LOGVEIL_TOKEN")
        .env("XDG_CONFIG_HOME", &home)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut err = BufReader::new(login.stderr.take().unwrap());
    let address = loop {
        let mut l = String::new();
        assert!(
            err.read_line(&mut l).unwrap() > 0,
            "no sign-in address printed"
        );
        if let Some(a) = l.trim().strip_prefix(&format!("{url}/auth/oidc/login?")) {
            break format!("{url}/auth/oidc/login?{a}");
        }
    };
    assert!(address.contains("cli_port=") && address.contains("cli_challenge="));

    // The browser: gateway, provider, gateway, then the CLI's own listener.
    let start = browse(&address, None);
    assert_eq!(start.status, 303, "{start:?}");
    let binding = cookie(&start, "logveil_oidc").unwrap();
    let at_idp = browse(&start.location, None);
    let back = browse(&at_idp.location, Some(&format!("logveil_oidc={binding}")));
    assert_eq!(back.status, 303, "{back:?}");
    assert!(
        back.location.starts_with("http://127.0.0.1:"),
        "{}",
        back.location
    );
    assert!(!back.location.contains("lv_"), "no token in the URL");
    let landed = browse(&back.location, None);
    assert_eq!(landed.status, 200);
    assert!(landed.body.contains("Signed in"));

    let mut rest = String::new();
    err.read_to_string(&mut rest).unwrap();
    assert!(login.wait().unwrap().success(), "{rest}");
    assert!(rest.contains("Signed in as kim"), "{rest}");
    let saved = home.join("logveil").join("token");
    assert_eq!(mode(&saved), 0o600);
    let token = std::fs::read_to_string(&saved).unwrap();
    let me: serde_json::Value = agent
        .get(&format!("{url}/api/v1/whoami"))
        .header("Authorization", &format!("Bearer {}", token.trim()))
        .call()
        .unwrap()
        .body_mut()
        .read_json()
        .unwrap();
    assert_eq!(me["user"], "kim");

    // The code the browser carried is spent.
    let code = back.location.split("code=").nth(1).unwrap();
    let resp = agent
        .post(&format!("{url}/api/v1/oidc/token"))
        .send_json(json!({"code": code, "verifier": "anything"}))
        .unwrap();
    assert_eq!(resp.status(), 401);

    let _ = server.kill();
    let _ = server.wait();
}

#[cfg(unix)]
fn mode(p: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p).unwrap().permissions().mode() & 0o777
}

#[cfg(not(unix))]
fn mode(_: &Path) -> u32 {
    0o600
}
