//! The audit log's proofs and ranged exports on the command line: `audit prove`,
//! `audit consistency`, `audit verify-proof`, `audit export --from/--to` and
//! `audit verify --since-checkpoint`, against a running server.

use std::path::Path;
use std::process::{Command, Output};

use crate::gateway::Server;

const BIN: &str = env!("CARGO_BIN_EXE_logveil");

fn text(out: &Output) -> (String, String) {
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Runs the CLI with no server and no token: what an auditor has.
fn offline(args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .env_remove("LOGVEIL_TOKEN")
        .env("LOGVEIL_SERVER", "http://127.0.0.1:9")
        .output()
        .unwrap()
}

fn ok(out: &Output) -> String {
    let (stdout, stderr) = text(out);
    assert_eq!(out.status.code(), Some(0), "{stdout}\n{stderr}");
    stdout
}

fn failed(out: &Output) -> String {
    let (stdout, stderr) = text(out);
    assert_eq!(out.status.code(), Some(1), "{stdout}\n{stderr}");
    stdout + &stderr
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn proofs_ranged_exports_and_kept_checkpoints_on_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let server = Server::start_with(&data, &[]);
    let key = ok(&server.cli(&["audit", "pubkey", "--data-dir", s(&data)]))
        .trim()
        .to_owned();
    for i in 0..5 {
        server.ingest_token(&format!("svc{i}"));
    }

    // Inclusion: fetched, checked here, saved, checked again offline.
    let p2 = dir.path().join("event-4.json");
    let said = ok(&server.cli(&["audit", "prove", "4", "--pubkey", &key, "--save", s(&p2)]));
    assert!(said.starts_with("event 4: {"), "{said}");
    assert!(said.contains("\"event_code\":\"token_create\""), "{said}");
    assert!(said.contains("checked: checkpoint of size "), "{said}");
    assert!(said.contains("audit path give that root"), "{said}");
    assert!(said.contains("ok: event 4 is in the log of "), "{said}");
    let said = ok(&offline(&[
        "audit",
        "verify-proof",
        s(&p2),
        "--pubkey",
        &key,
    ]));
    assert!(said.contains("ok: event 4 is in the log"), "{said}");
    let saved = std::fs::read_to_string(&p2).unwrap();
    let forged = dir.path().join("forged-proof.json");
    std::fs::write(&forged, saved.replacen("svc", "svx", 1)).unwrap();
    let said = failed(&offline(&[
        "audit",
        "verify-proof",
        s(&forged),
        "--pubkey",
        &key,
    ]));
    assert!(said.contains("FAILED: inclusion proof refused"), "{said}");
    // Without --pubkey the server's key is used, with a warning that this proves little.
    let out = server.cli(&["audit", "prove", "0"]);
    ok(&out);
    assert!(
        text(&out).1.contains("warning: no --pubkey"),
        "{}",
        text(&out).1
    );
    let out = server.cli(&["audit", "prove", "100000", "--pubkey", &key]);
    assert!(!out.status.success());
    assert!(text(&out).1.contains("no event 100000"), "{}", text(&out).1);

    // A time range: from a moment between two batches of events.
    std::thread::sleep(std::time::Duration::from_millis(20));
    let cut = logveil_core::Timestamp::from_system_time(std::time::SystemTime::now());
    std::thread::sleep(std::time::Duration::from_millis(20));
    for i in 5..8 {
        server.ingest_token(&format!("svc{i}"));
    }
    let out = server.cli(&["audit", "export", "--from", &cut.to_rfc3339()]);
    let ranged = ok(&out);
    let first: serde_json::Value = serde_json::from_str(ranged.lines().next().unwrap()).unwrap();
    assert_eq!(first["type"], "frontier");
    let start = first["size"].as_u64().unwrap();
    let second: serde_json::Value = serde_json::from_str(ranged.lines().nth(1).unwrap()).unwrap();
    assert_eq!(second["index"].as_u64(), Some(start));
    assert_eq!(second["entry"]["unmapped"]["subject"], "service:svc5");
    let file = dir.path().join("ranged.jsonl");
    std::fs::write(&file, &ranged).unwrap();
    let said = ok(&offline(&["audit", "verify", s(&file), "--pubkey", &key]));
    assert!(
        said.starts_with("ok; ")
            && said.contains(&format!(
                "this export starts at event {start}: events before it are not covered"
            )),
        "{said}"
    );
    std::fs::write(&file, ranged.replacen("svc6", "svc9", 1)).unwrap();
    failed(&offline(&["audit", "verify", s(&file), "--pubkey", &key]));
    // Up to the cut, relative to now: a whole export's beginning, still verifying.
    let head = ok(&server.cli(&["audit", "export", "--from", "1h", "--to", &cut.to_rfc3339()]));
    assert!(
        head.lines()
            .next()
            .unwrap()
            .contains("\"type\":\"frontier\",\"size\":0")
            || head.starts_with("{\"type\":\"event\",\"index\":0"),
        "{head}"
    );
    assert!(!head.contains("service:svc6"));
    std::fs::write(&file, &head).unwrap();
    ok(&offline(&["audit", "verify", s(&file), "--pubkey", &key]));
    let out = server.cli(&["audit", "export", "--from", "yesterday"]);
    assert!(!out.status.success());
    assert!(text(&out).1.contains("RFC 3339"), "{}", text(&out).1);

    // Consistency from the checkpoint kept in the saved proof to the latest.
    let c = dir.path().join("head.json");
    let said = ok(&server.cli(&[
        "audit",
        "consistency",
        "--old",
        s(&p2),
        "--pubkey",
        &key,
        "--save",
        s(&c),
    ]));
    assert!(
        said.contains("checked: the older checkpoint is the one kept in"),
        "{said}"
    );
    assert!(said.contains("extends the log of "), "{said}");
    let said = ok(&offline(&[
        "audit",
        "verify-proof",
        s(&c),
        "--pubkey",
        &key,
    ]));
    assert!(
        said.contains("consistency proof between their roots"),
        "{said}"
    );
    let old_size = serde_json::from_str::<serde_json::Value>(&saved).unwrap()["size"]
        .as_u64()
        .unwrap();
    ok(&server.cli(&[
        "audit",
        "consistency",
        "--old",
        &old_size.to_string(),
        "--pubkey",
        &key,
    ]));
    let out = server.cli(&["audit", "consistency", "--old", "1", "--pubkey", &key]);
    assert!(!out.status.success());
    assert!(
        text(&out).1.contains("no checkpoint of size 1"),
        "{}",
        text(&out).1
    );

    // The whole export checks against the kept checkpoint...
    let whole = dir.path().join("whole.jsonl");
    std::fs::write(&whole, ok(&server.cli(&["audit", "export"]))).unwrap();
    let said = ok(&offline(&[
        "audit",
        "verify",
        s(&whole),
        "--pubkey",
        &key,
        "--since-checkpoint",
        s(&p2),
    ]));
    assert!(
        said.contains("consistent with the kept checkpoint"),
        "{said}"
    );

    // ...and a head of another history signed with the log's own key (a leaked key) is
    // caught by both.
    let seed = std::fs::read_to_string(data.join("audit.key")).unwrap();
    let seed: Vec<u8> = (0..32)
        .map(|i| u8::from_str_radix(&seed.trim()[2 * i..2 * i + 2], 16).unwrap())
        .collect();
    let signer = logveil_audit::Signer::new("logveil/audit", &seed.try_into().unwrap()).unwrap();
    let fake = logveil_audit::Checkpoint::new(
        "logveil/audit",
        old_size,
        logveil_audit::leaf_hash(b"another history"),
    );
    let fake_note = dir.path().join("fake.note");
    std::fs::write(&fake_note, signer.sign_checkpoint(&fake).unwrap()).unwrap();
    let said = failed(&server.cli(&[
        "audit",
        "consistency",
        "--old",
        s(&fake_note),
        "--pubkey",
        &key,
    ]));
    assert!(said.contains("history was rewritten"), "{said}");
    let said = failed(&offline(&[
        "audit",
        "verify",
        s(&whole),
        "--pubkey",
        &key,
        "--since-checkpoint",
        s(&fake_note),
    ]));
    assert!(said.contains("the history was rewritten since"), "{said}");

    let exported = std::fs::read_to_string(&whole).unwrap();
    for subject in ["event:4", "event:0", "event:100000"] {
        assert!(
            exported.contains(&format!("\"subject\":\"{subject}\"")),
            "{subject} is audited"
        );
    }
    assert!(
        exported.contains(&format!("\"from\":\"{}\"", cut.to_rfc3339())),
        "the range is audited"
    );
    server.stop();
}
