//! logveil-core's integration tests: the LogQL subset on real-shaped records.

// Test helpers may fail loudly.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use std::collections::BTreeMap;

use logveil_core::logql::parse;
use logveil_core::{Level, LogRecord, Timestamp};
use proptest::prelude::*;

fn rec(service: &str, level: Level, env: Option<&str>, line: &str) -> LogRecord {
    LogRecord {
        ts: Timestamp::from_unix_seconds(1_795_000_000),
        service: service.parse().unwrap(),
        level,
        trace_id: None,
        span_id: None,
        labels: env
            .map(|e| BTreeMap::from([("env".to_owned(), e.to_owned())]))
            .unwrap_or_default(),
        attributes: BTreeMap::new(),
        line: line.to_owned(),
    }
}

fn matches(q: &str, r: &LogRecord) -> bool {
    parse(q)
        .unwrap_or_else(|e| panic!("{}", e.render(q)))
        .matches(r)
}

#[test]
fn selectors_match_service_level_and_labels() {
    let r = rec("api", Level::Error, Some("prod"), "GET /healthz 200");
    assert!(matches(r#"{service="api"}"#, &r));
    assert!(!matches(r#"{service="web"}"#, &r));
    assert!(matches(r#"{service=~"api|web", env="prod"}"#, &r));
    assert!(
        !matches(r#"{service=~"ap"}"#, &r),
        "label regexes are anchored"
    );
    assert!(matches(r#"{service="api", env!="staging"}"#, &r));
    assert!(matches(r#"{level="error"}"#, &r));
    assert!(
        matches(r#"{service="api", host=""}"#, &r),
        "a missing label is empty"
    );
    assert!(matches(r#"{service!~"web.*", level=~"warn|error"}"#, &r));
}

#[test]
fn line_filters_chain_in_order() {
    let r = rec(
        "api",
        Level::Info,
        None,
        "upstream timeout after 5000ms calling payments",
    );
    assert!(matches(r#"{service="api"} |= "timeout""#, &r));
    assert!(!matches(
        r#"{service="api"} |= "timeout" != "payments""#,
        &r
    ));
    assert!(matches(r#"{service="api"} |~ "after \d+ms""#, &r));
    assert!(matches(r#"{service="api"} !~ "(?i)HEALTHZ""#, &r));
    assert!(matches(r#"{service="api"} |= `5000ms`"#, &r));
    assert!(
        !matches(r#"{service="api"} |= "Timeout""#, &r),
        "case-sensitive"
    );
}

#[test]
fn json_stage_and_field_filters() {
    let r = rec(
        "api",
        Level::Info,
        None,
        r#"{"status":503,"req":{"method":"POST","path":"/pay"},"ok":false}"#,
    );
    assert!(matches(r#"{service="api"} | json | status >= 500"#, &r));
    assert!(!matches(r#"{service="api"} | json | status < 500"#, &r));
    assert!(matches(
        r#"{service="api"} | json | req_method="POST", req_path=~"/pa.*""#,
        &r
    ));
    assert!(matches(
        r#"{service="api"} | json | status == 503 and ok="false""#,
        &r
    ));
    assert!(
        matches(r#"{service="api"} | level="info""#, &r),
        "labels are fields too"
    );
    let plain = rec("api", Level::Info, None, "not json at all");
    assert!(matches(
        r#"{service="api"} | json | __error__="JSONParserErr""#,
        &plain
    ));
    assert!(!matches(r#"{service="api"} | json | status > 1"#, &plain));
}

#[test]
fn errors_name_the_column_and_what_to_do() {
    let cases = [
        (r#"{service="api" |= "x""#, 16, "',' or '}'"),
        (r#"{service="api"} |= "x"#, 20, "unterminated string"),
        (r#"service="api""#, 1, "stream selector"),
        (r#"{}"#, 2, "empty selector"),
        (r#"{service=~".*"}"#, 1, "matches every stream"),
        (r#"{service=~"(api"}"#, 11, "invalid regex"),
        (r#"{service="api"} | status >= "x""#, 26, "compares numbers"),
        (
            r#"{service="api"} | status =~ 5"#,
            26,
            "takes a quoted string",
        ),
        (r#"{service="api"} | 5"#, 19, "field filter"),
        (r#"{service="api"} |="#, 19, "quoted string"),
        (r#"{service="api" # }"#, 16, "unexpected character"),
    ];
    for (q, col, msg) in cases {
        let e = parse(q).unwrap_err();
        assert_eq!(e.column, col, "{q}: {e}");
        assert!(e.message.contains(msg), "{q}: {e}");
        let rendered = e.render(q);
        let caret_line = rendered.lines().nth(1).unwrap();
        assert_eq!(caret_line.find('^'), Some(col - 1), "{rendered}");
    }
}

#[test]
fn pushdown_hints_are_what_every_match_must_have() {
    let q =
        parse(r#"{service="api", env=~"prod|dr"} |= "timeout" != "x" | json |= "after""#).unwrap();
    assert_eq!(q.pinned_values("service"), Some(vec!["api"]));
    assert_eq!(q.pinned_values("env"), None);
    assert_eq!(q.required_substrings(), vec!["timeout"]);
}

#[test]
fn escapes_and_raw_strings() {
    let r = rec("api", Level::Info, None, "say \"hi\"\tnow \\ done é");
    assert!(matches(
        r#"{service="api"} |= "\"hi\"\tnow \\ done \u{e9}""#,
        &r
    ));
    assert!(matches(r#"{service="api"} |= `"hi"`"#, &r));
}

#[test]
fn hostile_queries_are_errors_not_panics() {
    assert!(parse(&"{service=\"a\"}".repeat(2000)).is_err());
    assert!(
        parse(r#"{service=~"(a{1000}){1000}"}"#).is_err(),
        "regex size is limited"
    );
    for q in [
        "{",
        "{a",
        "{a=",
        "{a=\"",
        "|",
        "{a=\"b\"} |",
        "{a=\"b\"} | json |",
        "\u{0}",
        "{a=\"b\"} | x > 1e999999",
    ] {
        let _ = parse(q);
    }
}

fn token() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("{".to_owned()),
        Just("}".to_owned()),
        Just(",".to_owned()),
        Just("|".to_owned()),
        Just("|=".to_owned()),
        Just("!=".to_owned()),
        Just("=~".to_owned()),
        Just(">=".to_owned()),
        Just("json".to_owned()),
        Just("service".to_owned()),
        Just("\"api\"".to_owned()),
        Just("`x`".to_owned()),
        Just("5".to_owned()),
        Just(" ".to_owned()),
        "[a-z\"\\\\`{}|=!~<>,. ]{0,3}",
    ]
}

fn value() -> impl Strategy<Value = String> {
    "[a-zA-Z0-9 \"\\\\`\t.-]{0,12}"
}

proptest! {
    #[test]
    fn parse_never_panics(s in "\\PC{0,200}") {
        let _ = parse(&s);
    }

    #[test]
    fn parse_never_panics_on_grammar_soup(toks in prop::collection::vec(token(), 0..30)) {
        let _ = parse(&toks.concat());
    }

    #[test]
    fn display_parses_back_to_the_same_query(
        svc in "[a-z]{1,8}",
        env in value(),
        needle in value(),
        num in 0u32..1000,
    ) {
        let q = parse(&format!(
            "{{service={}, env!={}}} |= {} != `z` | json | status >= {num}, msg=~{}",
            serde_json::to_string(&svc).unwrap(),
            serde_json::to_string(&env).unwrap(),
            serde_json::to_string(&needle).unwrap(),
            serde_json::to_string("a.*").unwrap(),
        ));
        // serde_json escapes differ from LogQL's for control characters; skip those.
        if let Ok(q) = q {
            let text = q.to_string();
            let back = parse(&text).unwrap_or_else(|e| panic!("{}", e.render(&text)));
            prop_assert_eq!(back, q);
        }
    }
}

mod access {
    //! The grant state machine against an independent model, over random histories.

    use std::time::Duration;

    use logveil_core::access::{AccessRequest, Reason, Scope};
    use logveil_core::{Level, ServiceName, Timestamp, UserName};
    use proptest::prelude::*;

    #[derive(Debug, Clone)]
    enum Op {
        Approve(u8),
        Deny(u8),
        Revoke(u8),
        Drop(u8),
        Advance(u32),
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            (0u8..4).prop_map(Op::Approve),
            (0u8..4).prop_map(Op::Deny),
            (0u8..4).prop_map(Op::Revoke),
            (0u8..4).prop_map(Op::Drop),
            (0u32..1200).prop_map(Op::Advance),
        ]
    }

    const PEOPLE: [&str; 4] = ["alice", "bob", "carol", "dave"];

    fn user(i: u8) -> UserName {
        PEOPLE[usize::from(i) % 4].parse().unwrap()
    }

    /// What the model says: granted at `start` until `end` (exclusive), if ever.
    #[derive(Debug, Default)]
    struct Model {
        approvals: Vec<u8>,
        closed: bool,
        window: Option<(i64, i64)>,
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]
        #[test]
        fn nothing_is_unmasked_outside_an_active_grants_scope_and_window(
            ops in prop::collection::vec(op(), 0..40),
            needed in 1u8..3,
            probes in prop::collection::vec((0i64..6000, 0u8..3, 0u8..2, 0u8..2), 1..8),
        ) {
            let t0 = 1_795_000_000i64;
            let svc: ServiceName = "payments".parse().unwrap();
            let other: ServiceName = "api".parse().unwrap();
            let mut r = AccessRequest::new(
                user(0),
                Scope { services: vec![svc.clone()], kinds: vec!["email".into()], level: None,
                        logs_from: Some(Timestamp::from_unix_seconds(t0 - 3600)), logs_to: None },
                Reason::try_from("INC-1 probe".to_owned()).unwrap(),
                Duration::from_secs(900), Duration::from_secs(3600), Duration::from_secs(600),
                needed, Timestamp::from_unix_seconds(t0),
            ).unwrap();
            let mut m = Model::default();
            let mut now = t0;
            for op in ops {
                let at = Timestamp::from_unix_seconds(now);
                let pending = !m.closed && m.window.is_none() && now < t0 + 600;
                let active = m.window.is_some_and(|(s, e)| now >= s && now < e);
                match op {
                    Op::Approve(i) => {
                        let ok = r.approve(&user(i), at).is_ok();
                        let want = pending && i % 4 != 0 && !m.approvals.contains(&(i % 4));
                        prop_assert_eq!(ok, want, "approve by {} at +{}", i, now - t0);
                        if ok {
                            m.approvals.push(i % 4);
                            if m.approvals.len() >= usize::from(needed) {
                                m.window = Some((now, now + 900));
                            }
                        }
                    }
                    Op::Deny(i) => {
                        let ok = r.deny(&user(i), Reason::try_from("no way".to_owned()).unwrap(), at).is_ok();
                        prop_assert_eq!(ok, pending && i % 4 != 0);
                        if ok { m.closed = true; }
                    }
                    Op::Revoke(i) => {
                        let ok = r.revoke(&user(i), at).is_ok();
                        prop_assert_eq!(ok, active);
                        if ok { m.window = m.window.map(|(s, _)| (s, now)); }
                    }
                    Op::Drop(i) => {
                        let ok = r.drop_grant(&user(i), at).is_ok();
                        prop_assert_eq!(ok, active && i % 4 == 0);
                        if ok { m.window = m.window.map(|(s, _)| (s, now)); }
                    }
                    Op::Advance(s) => now += i64::from(s),
                }
                for &(dt, which_svc, kind, old) in &probes {
                    let when = t0 + dt;
                    if when < now { continue; }
                    let s = if which_svc == 0 { &other } else { &svc };
                    let k = if kind == 0 { "email" } else { "phone" };
                    let record_ts = Timestamp::from_unix_seconds(if old == 0 { t0 } else { t0 - 7200 });
                    let got = r.unmasks(Timestamp::from_unix_seconds(when), s, Level::Info, record_ts, k);
                    let in_window = m.window.is_some_and(|(st, e)| when >= st && when < e);
                    let want = in_window && which_svc != 0 && kind == 0 && old == 0;
                    prop_assert_eq!(got, want, "probe at +{} svc {} kind {} old {}", dt, which_svc, kind, old);
                }
            }
        }
    }
}
