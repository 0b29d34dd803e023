//! Just-in-time access on the command line under a configuration file: auto-approval by an
//! on-call rule, break-glass and its review, TOTP enrolment and step-up, and `policy check`.

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};

use crate::gateway::{eventually, signed_in_cli, Server};

const BIN: &str = env!("CARGO_BIN_EXE_logveil");

fn text(out: &std::process::Output) -> (String, String) {
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn code_now(secret: &[u8]) -> String {
    let unix = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let code =
        logveil_server::totp::hotp(logveil_server::totp::Algorithm::Sha1, secret, unix / 30, 6);
    format!("{code:06}")
}

/// `logveil totp enroll` as a person runs it: read the secret it prints, answer its prompt
/// with the authenticator's code.
fn enroll(url: &str, config: &Path) -> Vec<u8> {
    let mut child = Command::new(BIN)
        .args(["totp", "enroll"])
        .env("LOGVEIL_SERVER", url)
        .env_remove("LOGVEIL_TOKEN")
        .env("XDG_CONFIG_HOME", config)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    out.read_line(&mut line).unwrap();
    let secret = line.trim().strip_prefix("secret: ").unwrap().to_owned();
    line.clear();
    out.read_line(&mut line).unwrap();
    assert!(
        line.contains("otpauth://totp/logveil:alice?secret="),
        "{line}"
    );
    let key = logveil_server::totp::base32_decode(&secret).unwrap();
    writeln!(child.stdin.take().unwrap(), "{}", code_now(&key)).unwrap();
    let done = child.wait_with_output().unwrap();
    assert!(
        done.status.success(),
        "{}",
        String::from_utf8_lossy(&done.stderr)
    );
    assert!(String::from_utf8_lossy(&done.stderr).contains("Enrolled; stepped up until"));
    key
}

#[test]
fn on_call_auto_approval_break_glass_step_up_and_policy_check_on_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("logveil.toml");
    std::fs::write(
        &config,
        r#"
[[access.scope]]
services = ["payments"]
step_up = true

[[access.auto_approve]]
name = "sev1-on-call"
services = ["api"]
kinds = ["email"]
severities = ["sev1"]
on_call = ["alice"]

[access.break_glass]
enabled = true
services = ["payments"]
max_duration = "20m"
"#,
    )
    .unwrap();
    let server = Server::start_with(
        &dir.path().join("data"),
        &["--config", config.to_str().unwrap()],
    );
    for args in [
        &[
            "roles",
            "set",
            "dev",
            "--service",
            "api",
            "--service",
            "payments",
        ][..],
        &[
            "roles",
            "set",
            "lead",
            "--service",
            "payments",
            "--approver-for",
            "*",
        ][..],
    ] {
        assert!(server.cli(args).status.success());
    }
    let (alice, bob) = (dir.path().join("alice"), dir.path().join("bob"));
    server.signed_in_person("alice", "dev", &alice);
    server.signed_in_person("bob", "lead", &bob);
    for (service, line) in [
        ("api", "login by jane.doe@example.com"),
        ("payments", "charge ok card=4111 1111 1111 1111"),
    ] {
        let token = server.ingest_token(service);
        let body = format!(
            "{}\n",
            serde_json::json!({"service": service, "message": line})
        );
        assert_eq!(
            server
                .post(
                    "/api/v1/push",
                    &token,
                    "application/x-ndjson",
                    body.as_bytes()
                )
                .0,
            200
        );
    }
    eventually("indexed", || {
        (server.query_json(&["{service=~\"api|payments\"}"]).len() == 2).then_some(())
    });
    let as_alice = |args: &[&str]| text(&signed_in_cli(&server.url, &alice, args, b""));
    let logs = |service: &str| {
        as_alice(&[
            "logs",
            &format!("{{service=\"{service}\"}}"),
            "--since",
            "1h",
        ])
    };

    // On call for a sev1: approved by the rule at once.
    let (id, err) = as_alice(&[
        "request",
        "--service",
        "api",
        "--unmask",
        "email",
        "--for",
        "30m",
        "--reason",
        "checkout down",
        "--incident",
        "INC-4213",
        "--severity",
        "sev1",
    ]);
    assert!(id.trim().starts_with("req_"), "{err}");
    assert!(err.contains("approved by rule:sev1-on-call"), "{err}");
    assert!(logs("api").0.contains("jane.doe@example.com"));

    // Break-glass on payments: active without review, but this scope wants a step-up first.
    let (glass, err) = as_alice(&[
        "request",
        "--service",
        "payments",
        "--unmask",
        "credit_card",
        "--for",
        "15m",
        "--reason",
        "INC-4214 fraud in progress",
        "--break-glass",
    ]);
    let glass = glass.trim().to_owned();
    assert!(err.contains("break-glass grant active until"), "{err}");
    assert!(err.contains("logveil step-up"), "{err}");
    let (shown, err) = logs("payments");
    assert!(!shown.contains("4111 1111 1111 1111"), "{shown}");
    assert!(err.contains("run `logveil step-up`"), "{err}");
    let key = enroll(&server.url, &alice);
    assert!(
        logs("payments").0.contains("4111 1111 1111 1111"),
        "enrolling steps up"
    );
    let (_, err) = text(&signed_in_cli(
        &server.url,
        &alice,
        &["step-up", "--code", &code_now(&key)],
        b"",
    ));
    assert!(err.contains("already used"), "a code works once: {err}");

    // Bob's inbox keeps the break-glass grant until he reviews it.
    let (inbox, _) = text(&signed_in_cli(&server.url, &bob, &["requests"], b""));
    assert!(
        inbox
            .lines()
            .any(|l| l.contains(&glass) && l.contains("awaiting review")),
        "{inbox}"
    );
    let out = signed_in_cli(
        &server.url,
        &bob,
        &[
            "review",
            &glass,
            "--justified",
            "--reason",
            "confirmed fraud case INC-4214",
        ],
        b"",
    );
    assert!(out.status.success(), "{}", text(&out).1);
    let (inbox, _) = text(&signed_in_cli(&server.url, &bob, &["requests"], b""));
    assert!(!inbox.contains("awaiting review"), "{inbox}");
    // Regression: an exported but empty LOGVEIL_TOKEN hid the saved session.
    let out = Command::new(BIN)
        .arg("requests")
        .env("LOGVEIL_SERVER", &server.url)
        .env("LOGVEIL_TOKEN", "")
        .env("XDG_CONFIG_HOME", &bob)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out).1);

    // Why: allowed for alice by her grant, denied for bob, with the exit code saying so.
    let out = server.cli(&[
        "policy",
        "check",
        "--user",
        "alice",
        "--action",
        "read_unmasked",
        "--service",
        "payments",
        "--kind",
        "credit_card",
    ]);
    let (said, _) = text(&out);
    assert_eq!(out.status.code(), Some(0), "{said}");
    assert!(
        said.starts_with(
            "allow: alice read_unmasked on payments (credit_card), after a TOTP step-up"
        ),
        "{said}"
    );
    assert!(
        said.contains("permitted by: read_unmasked_by_grant"),
        "{said}"
    );
    let out = server.cli(&[
        "policy",
        "check",
        "--user",
        "bob",
        "--action",
        "read_unmasked",
        "--service",
        "payments",
        "--kind",
        "credit_card",
    ]);
    assert_eq!(out.status.code(), Some(3));
    assert!(text(&out).0.contains("default deny"));

    // Everything above is in the audit log: exported, then verified offline.
    let key = server.cli(&[
        "audit",
        "pubkey",
        "--data-dir",
        dir.path().join("data").to_str().unwrap(),
    ]);
    let key = text(&key).0.trim().to_owned();
    assert!(key.starts_with("logveil/audit+"), "{key}");
    let export = server.cli(&["audit", "export"]);
    assert!(export.status.success(), "{}", text(&export).1);
    let file = dir.path().join("audit.jsonl");
    std::fs::write(&file, &export.stdout).unwrap();
    let check = |path: &Path| {
        Command::new(BIN)
            .args(["audit", "verify", path.to_str().unwrap(), "--pubkey", &key])
            .output()
            .unwrap()
    };
    let out = check(&file);
    let (said, _) = text(&out);
    assert_eq!(out.status.code(), Some(0), "{said}");
    assert!(
        said.starts_with("ok; ") && said.contains("checkpoints; verified"),
        "{said}"
    );
    let exported = String::from_utf8(export.stdout).unwrap();
    for action in [
        "access_auto_approve",
        "break_glass",
        "step_up",
        "totp_confirm",
        "break_glass_review",
        "audit_export",
    ] {
        assert!(
            exported.contains(&format!("\"event_code\":\"{action}\"")),
            "{action} is audited"
        );
    }
    let forged = dir.path().join("forged.jsonl");
    std::fs::write(
        &forged,
        exported.replacen("\"name\":\"alice\"", "\"name\":\"bob\"", 1),
    )
    .unwrap();
    let out = check(&forged);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out).0.starts_with("FAILED at line"),
        "{}",
        text(&out).0
    );
    server.stop();
}
