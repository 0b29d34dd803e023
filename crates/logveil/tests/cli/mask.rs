//! `logveil mask`.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn logveil(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_logveil"))
        .args(args)
        .env("LOGVEIL_MASK_KEY", "11".repeat(32))
        .env_remove("LOGVEIL_MASK_RULES")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn logveil");
    let mut input = child.stdin.take().expect("stdin");
    let data = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let out = child.wait_with_output().expect("wait");
    writer.join().expect("writer");
    out
}

fn temp_file(name: &str, content: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("logveil-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, content).expect("write temp file");
    path
}

#[test]
fn hostile_input_gives_one_line_out_per_line_in() {
    let mut input = Vec::new();
    input.extend_from_slice(b"email=jane@example.com\n");
    input.extend_from_slice(b"\n");
    input.extend_from_slice(b"bad utf8 \xff\xfe user=jdoe \xc3\x28\n");
    input.extend_from_slice(b"nul\0byte 203.0.113.9\0\n");
    input.extend_from_slice(b"crlf card=4111111111111111\r\n");
    let mut big = b"big ".to_vec();
    while big.len() < (1 << 20) {
        big.extend_from_slice(b"filler text jane@example.com 203.0.113.9 ");
    }
    input.extend_from_slice(&big);
    input.push(b'\n');
    input.extend_from_slice(b"last line without newline ssn 123-45-6789");

    let out = logveil(&["mask"], &input);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = &out.stdout;
    assert_eq!(text.iter().filter(|&&b| b == b'\n').count(), 6);
    assert!(
        !text.ends_with(b"\n"),
        "a missing final newline stays missing"
    );
    let lines: Vec<&[u8]> = text.split(|&b| b == b'\n').collect();
    assert_eq!(lines.len(), 7);
    assert_eq!(lines[0], b"email=j***@example.com");
    assert_eq!(lines[1], b"");
    assert!(lines[2].starts_with(b"bad utf8 \xff\xfe user=<username:"));
    assert!(lines[3].starts_with(b"nul\0byte <ipv4:"));
    assert_eq!(lines[4], b"crlf card=************1111\r");
    assert!(lines[5].len() > 1 << 20);
    for leaked in [
        &b"jane@example.com"[..],
        b"203.0.113.9",
        b"jdoe",
        b"123-45-6789",
    ] {
        assert!(
            !text.windows(leaked.len()).any(|w| w == leaked),
            "{} leaked",
            String::from_utf8_lossy(leaked)
        );
    }
}

#[test]
fn spans_follow_the_scorer_contract() {
    let out = logveil(
        &["mask", "--spans"],
        b"ip 203.0.113.9 mail jane@example.com\n\xff user=jdoe\n\n",
    );
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .expect("json output is utf-8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object per line"))
        .collect();
    assert_eq!(lines.len(), 3);
    let spans = lines[0]["spans"].as_array().expect("spans");
    assert_eq!(spans[0]["start"], 3);
    assert_eq!(spans[0]["end"], 14);
    assert_eq!(spans[0]["kind"], "ipv4");
    assert_eq!(spans[1]["start"], 20);
    assert_eq!(spans[1]["end"], 36);
    assert_eq!(spans[1]["kind"], "email");
    // Offsets count original bytes even where the masked text shows U+FFFD.
    let s = &lines[1]["spans"][0];
    assert_eq!(
        (s["start"].as_u64(), s["end"].as_u64()),
        (Some(7), Some(11))
    );
    assert!(lines[1]["masked"]
        .as_str()
        .is_some_and(|m| m.starts_with('\u{fffd}')));
    assert_eq!(lines[2]["spans"].as_array().map(Vec::len), Some(0));
}

#[test]
fn oversized_lines_are_withheld_never_written_in_clear() {
    let mut input = b"x ".repeat(100);
    input.extend_from_slice(b"jane@example.com\nshort 203.0.113.9\n");
    let out = logveil(&["mask", "--max-line-bytes", "64"], &input);
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2);
    assert!(lines[0].contains("withheld"), "{}", lines[0]);
    assert!(!text.contains("jane@example.com"));
    assert!(lines[1].starts_with("short <ipv4:"));
    assert!(String::from_utf8_lossy(&out.stderr).contains("1 line(s)"));
}

#[test]
fn explain_names_the_rule_of_each_span() {
    let out = logveil(
        &["mask", "--explain"],
        b"password=hunter2 from 203.0.113.9\n",
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("password <- sensitive key: password (key=value) => ***"),
        "{text}"
    );
    assert!(text.contains("ipv4 <- shape: ipv4"), "{text}");
    assert!(!text.contains("hunter2"));
}

#[test]
fn rules_file_is_applied_and_a_bad_one_names_the_rule() {
    let good = temp_file(
        "good.toml",
        b"[[pattern]]\nname = \"employee id\"\nkind = \"employee_id\"\nregex = 'EMP-\\d{6}'\nstyle = \"redact\"\n",
    );
    let out = logveil(
        &["mask", "--rules", good.to_str().unwrap_or_default()],
        b"by EMP-123456\n",
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout), "by ***\n");

    let bad = temp_file(
        "bad.toml",
        b"[[pattern]]\nname = \"employee id\"\nkind = \"employee_id\"\nregex = 'EMP-(\\d{6}'\n",
    );
    let out = logveil(
        &["mask", "--rules", bad.to_str().unwrap_or_default()],
        b"x\n",
    );
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("bad.toml"), "{err}");
    assert!(
        err.contains("`employee id`") && err.contains("invalid regex"),
        "{err}"
    );
    assert!(out.stdout.is_empty());

    let out = logveil(&["mask", "--style", "email=blur"], b"x\n");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown style `blur`"));
}

#[test]
fn tokens_depend_on_the_key_and_only_on_it() {
    let key_a = temp_file("a.key", "ab".repeat(32).as_bytes());
    let key_b = temp_file("b.key", &[7u8; 32]);
    let run = |key: &PathBuf| {
        logveil(
            &["mask", "--key-file", key.to_str().unwrap_or_default()],
            b"ip=203.0.113.9\n",
        )
        .stdout
    };
    assert_eq!(run(&key_a), run(&key_a));
    assert_ne!(run(&key_a), run(&key_b));
    let short = temp_file("short.key", b"tooshort");
    let out = logveil(
        &["mask", "--key-file", short.to_str().unwrap_or_default()],
        b"x\n",
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("32 raw bytes or 64 hex digits"));
}

#[test]
fn reads_files_and_stdin_in_order() {
    let f = temp_file("in.log", b"from file jane@example.com\n");
    let out = logveil(
        &["mask", f.to_str().unwrap_or_default(), "-"],
        b"from stdin 203.0.113.9\n",
    );
    let text = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "from file j***@example.com");
    assert!(lines[1].starts_with("from stdin <ipv4:"));
    let out = logveil(&["mask", "/nonexistent/x.log"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot open /nonexistent/x.log"));
}

#[test]
fn help_explains_with_examples() {
    let out = logveil(&["mask", "--help"], b"");
    let text = String::from_utf8_lossy(&out.stdout);
    for needle in [
        "--spans",
        "--explain",
        "--rules",
        "Examples",
        "LOGVEIL_MASK_KEY",
    ] {
        assert!(text.contains(needle), "help lacks {needle}");
    }
}
