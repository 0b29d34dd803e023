//! `logveil audit search` and `logveil audit report` as an auditor runs them.

use crate::gateway::{eventually, signed_in_cli, Server};

const JANE: &str = "jane.doe@example.com";

fn ok(out: std::process::Output) -> String {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn an_auditor_finds_who_saw_a_customer_and_runs_the_access_review() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(&dir.path().join("data"));
    for args in [
        &["roles", "set", "dev", "--service", "api"][..],
        &[
            "roles",
            "set",
            "lead",
            "--service",
            "api",
            "--approver-for",
            "api",
        ][..],
        &["roles", "set", "compliance", "--auditor"][..],
    ] {
        ok(server.cli(args));
    }
    let home = |n: &str| dir.path().join(n);
    server.signed_in_person("alice", "dev", &home("alice"));
    server.signed_in_person("bob", "lead", &home("bob"));
    server.signed_in_person("eve", "compliance", &home("eve"));
    let as_ = |who: &str, args: &[&str]| signed_in_cli(&server.url, &home(who), args, b"");
    let token = server.ingest_token("api");
    let line = format!("{{\"service\":\"api\",\"message\":\"refund failed for {JANE}\"}}\n");
    assert_eq!(
        server
            .post(
                "/api/v1/push",
                &token,
                "application/x-ndjson",
                line.as_bytes()
            )
            .0,
        200
    );
    eventually("indexed", || {
        (server.query_json(&["{service=\"api\"}"]).len() == 1).then_some(())
    });
    let id = ok(as_(
        "alice",
        &[
            "request",
            "--service",
            "api",
            "--unmask",
            "email",
            "--for",
            "30m",
            "--reason",
            "INC-7 refunds",
        ],
    ))
    .trim()
    .to_owned();
    ok(as_("bob", &["approve", &id]));
    let read = ok(as_("alice", &["logs", "{service=\"api\"}"]));
    assert!(read.contains(JANE), "{read}");

    // Who saw this customer: by value (sent in the body), and by the token masked lines show.
    let found = ok(as_(
        "eve",
        &[
            "audit", "search", "--kind", "email", "--value", JANE, "--since", "7d",
        ],
    ));
    assert_eq!(found.lines().count(), 1, "{found}");
    assert!(
        found.contains("alice") && found.contains("unmasked_read"),
        "{found}"
    );
    assert!(
        found.contains("revealed=email:1") && found.contains(&id),
        "{found}"
    );
    let json = ok(as_(
        "eve",
        &[
            "audit", "search", "--user", "alice", "--action", "unmask", "--since", "7d", "--json",
        ],
    ));
    let entry: serde_json::Value = serde_json::from_str(json.lines().next().unwrap()).unwrap();
    assert_eq!(entry["class_uid"], 6005);
    let token = entry["unmapped"]["tokens"][0].as_str().unwrap();
    let by_token = ok(as_("eve", &["audit", "search", "--value-token", token]));
    assert_eq!(by_token, found);
    // Paging is invisible: --max stops early and says so.
    let all = ok(as_("eve", &["audit", "search", "--user", "alice"]));
    assert!(all.lines().count() >= 4, "{all}");
    let out = as_("eve", &["audit", "search", "--user", "alice", "--max", "2"]);
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 2);
    assert!(String::from_utf8_lossy(&out.stderr).contains("more events match"));

    // Only auditors: a developer is told what is needed.
    let out = as_("alice", &["audit", "search", "--since", "1d"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("auditor"));

    // The access review, as text and as CSV.
    let text = ok(as_("eve", &["audit", "report", "--since", "30d"]));
    assert!(text.contains("Grants by scope and approver (1)"), "{text}");
    assert!(text.contains("services:api kinds:email  bob"), "{text}");
    assert!(text.contains("Unmasked reads per person (1)"), "{text}");
    let csv = ok(as_("eve", &["audit", "report", "--since", "30d", "--csv"]));
    assert!(csv.starts_with("section,c1,c2,c3,c4,c5\n"), "{csv}");
    assert!(csv.contains("unmasked_reads,alice,1,1,email:1,"), "{csv}");
    assert!(!text.contains(JANE) && !csv.contains(JANE));
    let raw = std::fs::read_to_string(dir.path().join("data/audit.jsonl")).unwrap();
    assert!(
        !raw.contains(JANE),
        "neither the read nor the search left the value"
    );
    server.stop();
}
