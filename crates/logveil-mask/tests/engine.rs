//! Integration tests of the masking engine: every kind in its real shapes, the values it must
//! leave alone, regressions found on real logs, custom rules, properties, and quality on a
//! held-out labeled corpus written for this purpose.

use logveil_mask::{Engine, Kind, MaskStyle, Masker, RulesConfig, TokenKey};
use proptest::prelude::*;

#[path = "engine/unseen_formats.rs"]
mod unseen_formats;
#[path = "engine/unseen_languages.rs"]
mod unseen_languages;
#[path = "engine/unseen_shapes.rs"]
mod unseen_shapes;

fn engine() -> Engine {
    Engine::builtin()
}

/// (kind name, matched text) for each span.
fn found(e: &Engine, line: &str) -> Vec<(String, String)> {
    e.detect(line.as_bytes())
        .iter()
        .map(|s| {
            (
                e.kind_name(s.kind).to_string(),
                line[s.start..s.end].to_string(),
            )
        })
        .collect()
}

/// The value the engine found for `needle` in `line`, with its kind, if a span covers it.
fn covered(line: &str, needle: &str) -> Option<String> {
    let e = engine();
    let Some(at) = line.find(needle) else {
        return Some(format!("(the test's line lacks {needle})"));
    };
    let end = at + needle.len();
    e.detect(line.as_bytes())
        .iter()
        .find(|s| s.start <= at && s.end >= end)
        .map(|s| e.kind_name(s.kind).to_string())
}

#[track_caller]
fn masked_as(line: &str, needle: &str, kind: &str) {
    assert_eq!(
        covered(line, needle).as_deref(),
        Some(kind),
        "{needle} should be masked as {kind} in: {line}\n  found: {:?}",
        found(&engine(), line)
    );
}

#[track_caller]
fn left_alone(line: &str) {
    assert_eq!(found(&engine(), line), vec![], "in: {line}");
}

fn assert_found(line: &str, expected: &[(&str, &str)]) {
    let got = found(&engine(), line);
    let want: Vec<(String, String)> = expected
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    assert_eq!(got, want, "in line: {line}");
}

fn masker() -> Masker {
    Masker::new(Engine::builtin(), TokenKey::new([9; 32]))
}

fn mask(line: &str) -> String {
    String::from_utf8_lossy(&masker().mask(line.as_bytes()).text).into_owned()
}

#[test]
fn detects_shapes_in_free_text() {
    assert_found(
        "mail from jane.doe+billing@mail.example.co.uk bounced",
        &[("email", "jane.doe+billing@mail.example.co.uk")],
    );
    assert_found(
        "GET /search?q=x&email=jane%40example.com HTTP/1.1",
        &[("email", "jane%40example.com")],
    );
    assert_found(
        "paid with 5555-5555-5555-4444.",
        &[("credit_card", "5555-5555-5555-4444")],
    );
    assert_found(
        "amex 378282246310005 ok",
        &[("credit_card", "378282246310005")],
    );
    assert_found(
        "wire to DE89 3704 0044 0532 0130 00 today",
        &[("iban", "DE89 3704 0044 0532 0130 00")],
    );
    assert_found("iban NL91ABNA0417164300", &[("iban", "NL91ABNA0417164300")]);
    assert_found("ssn 219-09-9998 on file", &[("us_ssn", "219-09-9998")]);
    assert_found("nino QQ 12 34 56 C", &[("national_id", "QQ 12 34 56 C")]);
    assert_found(
        "conn from 198.51.100.23:52214 to [2001:db8:85a3::8a2e:370:7334]:443",
        &[
            ("ipv4", "198.51.100.23"),
            ("ipv6", "2001:db8:85a3::8a2e:370:7334"),
        ],
    );
    assert_found(
        "lease fe80::1ff:fe23:4567:890a mac 00:1A:2B:3C:4D:5E and 00-1a-2b-3c-4d-5f",
        &[
            ("ipv6", "fe80::1ff:fe23:4567:890a"),
            ("mac_address", "00:1A:2B:3C:4D:5E"),
            ("mac_address", "00-1a-2b-3c-4d-5f"),
        ],
    );
}

#[test]
fn detects_phone_formats_of_several_countries() {
    for phone in [
        "+44 20 7946 0958",
        "+1 (415) 555-0134",
        "+49 30 12345678",
        "+33 6 12 34 56 78",
        "(415) 555-0134",
        "415-555-0134",
        "415.555.0134",
        "07700 900123",
        "06 12 34 56 78",
        "0044 20 7946 0958",
        "+919876543210",
    ] {
        assert_found(&format!("call {phone} now"), &[("phone", phone)]);
    }
}

#[test]
fn detects_secrets_by_shape() {
    for (secret, kind) in [
        ("AKIAIOSFODNN7EXAMPLE", "secret"),
        ("ghp_1234567890abcdefghijklmnopqrstuvwxyz", "secret"),
        ("glpat-xxxxxxxxxxxxxxxxxxxx", "secret"),
        ("xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx", "secret"),
        ("sk_live_4eC39HqLyjWDarjtT1zdp7dc", "secret"),
        ("AIzaSyDaGmWKa4JsXZ-HjGw7ISLn_3namBGewQe", "secret"),
        (
            "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
            "jwt",
        ),
    ] {
        assert_found(&format!("using {secret} for sync"), &[(kind, secret)]);
    }
    assert_found(
        "db url postgres://app:S3cr3t!@db.internal:5432/orders",
        &[("url_credentials", "app:S3cr3t!")],
    );
    assert_found(
        "-----BEGIN RSA PRIVATE KEY----- MIIEow... -----END RSA PRIVATE KEY----- loaded",
        &[(
            "secret",
            "-----BEGIN RSA PRIVATE KEY----- MIIEow... -----END RSA PRIVATE KEY-----",
        )],
    );
}

#[test]
fn detects_values_by_key_in_structured_formats() {
    assert_found(
        r#"{"user": {"name": "Zoë Müller", "user_id": 4711, "password": "p@ss, word"}}"#,
        &[
            ("person", "Zoë Müller"),
            ("user_id", "4711"),
            ("password", "p@ss, word"),
        ],
    );
    assert_found(
        r#"msg="created" full_name="Anne-Marie van der Berg" dob=1984-03-07 login=amvdb"#,
        &[
            ("person", "Anne-Marie van der Berg"),
            ("date_of_birth", "1984-03-07"),
            ("username", "amvdb"),
        ],
    );
    assert_found(
        r#"payload="{\"email\":\"a.b@example.org\",\"ssn\":\"123-45-6789\"}""#,
        &[("email", "a.b@example.org"), ("us_ssn", "123-45-6789")],
    );
    assert_found(
        "Authorization: Basic dXNlcjpwYXNzd29yZA== X-Api-Key: 9f8e7d6c5b4a",
        &[
            ("secret", "dXNlcjpwYXNzd29yZA=="),
            ("secret", "9f8e7d6c5b4a"),
        ],
    );
    assert_found(
        r#"shipping_address="742 Evergreen Terrace, Springfield, IL 62704" status=ok"#,
        &[("address", "742 Evergreen Terrace, Springfield, IL 62704")],
    );
    assert_found(
        "customerId: usr_8f3k2, birthDate: March 7, 1984",
        &[("user_id", "usr_8f3k2"), ("date_of_birth", "March 7, 1984")],
    );
    assert_found(
        "card=4111111111111111 cvv=123",
        &[("credit_card", "4111111111111111"), ("credit_card", "123")],
    );
}

#[test]
fn detects_values_by_context_in_free_text() {
    assert_found(
        "Dear Maria Gonzalez, your order",
        &[("person", "Maria Gonzalez")],
    );
    assert_found(
        "ticket reassigned to Priya Patel by ops",
        &[("person", "Priya Patel")],
    );
    assert_found("signed by Dr. Ahmed Khan", &[("person", "Dr. Ahmed Khan")]);
    assert_found(
        "Accepted publickey for alice from 203.0.113.5 port 51234 ssh2",
        &[("username", "alice"), ("ipv4", "203.0.113.5")],
    );
    assert_found(
        "Invalid user oracle from 187.141.143.180",
        &[("username", "oracle"), ("ipv4", "187.141.143.180")],
    );
    assert_found(
        "session opened for user carol by (uid=0)",
        &[("username", "carol")],
    );
    assert_found(
        "patient born on 7 March 1984 admitted",
        &[("date_of_birth", "7 March 1984")],
    );
    assert_found(
        "ship to 1600 Pennsylvania Avenue NW, Washington, DC 20500 today",
        &[(
            "address",
            "1600 Pennsylvania Avenue NW, Washington, DC 20500",
        )],
    );
    assert_found(
        "deliver to Hauptstraße 5, 10115 Berlin please",
        &[("address", "Hauptstraße 5, 10115 Berlin")],
    );
    assert_found("the password is hunter2!", &[("password", "hunter2!")]);
}

#[test]
fn leaves_non_personal_values_alone() {
    let e = engine();
    for line in [
        "request_id=64a9d9e2-3aa3-b80a-42cd-bf88c748b5fb trace_id=60bc39610e184a6ecc01f3c169d27a40 span_id=c176c6e21d0ff7fd",
        "sha256=1e6a21488e2841cfae08e7565a9d8212cd7095d814bf45919db5431bc8e6c223 commit 8f3a9c1",
        "version=v2.14.1 build 6.1.7601.23505 version 1.2.3.4 pod=checkout-7d9f8c6b5-x2k9p",
        "2026-11-08T07:40:37.351Z took 250ms (1.5s) bytes=978828827 port 8080 status=503",
        "order_id=4111111111111111 orderId: 4909906225997026 invoice_no=5555555555554444",
        "listening on 127.0.0.1:8080 and [::1]:8080 and 0.0.0.0:9090, route 10.0.0.0/8",
        "at com.example.billing.InvoiceService.charge(InvoiceService.java:142)",
        "image sha256:3f4e5d6c7b8a9f0e1d2c3b4a5f6e7d8c9b0a1f2e3d4c5b6a7f8e9d0c1b2a3f4e",
        "epoch=1699999999 ms=1699999999123 ns=1699999999123456789 ts=1731000000",
        "Chrome/38.0.812.0 Safari/531.2 rv:1.9.1.20 Gecko/20100101",
        "upgrade Package_for_KB3149090~31bf3856ad364e35~amd64~~6.1.1.1 done",
        "HTTP/1.1 200 11740 rt=0.539 upstream_time=0.079464614",
    ] {
        assert_eq!(found(&e, line), vec![], "in line: {line}");
    }
}

// Regressions found while reading masked real-world logs (loghub); the lines here are
// synthetic stand-ins with the same shape.

#[test]
fn label_before_key_value_pairs_is_not_a_username_key() {
    assert_found(
        "USER_LOGIN: Username=reilly, Email=x@example.org, Status=Success",
        &[("username", "reilly"), ("email", "x@example.org")],
    );
}

#[test]
fn rejected_by_validator_is_not_a_username() {
    assert_found(
        "phone +44 7151 594017 rejected by validator",
        &[("phone", "+44 7151 594017")],
    );
}

#[test]
fn user_agent_rv_version_is_not_an_ip() {
    assert_found("Mozilla/5.0 (Windows 95; rv:1.9.1.20) Gecko", &[]);
}

#[test]
fn akka_actor_system_url_is_not_a_credential() {
    assert_found(
        "akka.tcp://sparkExecutorActorSystem@10.10.34.11:55904",
        &[("ipv4", "10.10.34.11")],
    );
}

#[test]
fn hex_session_handle_is_not_a_secret() {
    assert_found("Expiring session, sessionid 0x34f4a63146b003c", &[]);
    assert_found("Expiring sessionid=0x34f4a63146b003c", &[]);
}

#[test]
fn camel_case_identifier_after_client_is_not_a_person() {
    assert_found("Session initialized by client WindowsUpdateAgent.", &[]);
}

#[test]
fn decimal_fractions_and_pids_are_not_phones() {
    assert_found("progress is : 0.079464614 at 00.935 25746 INFO", &[]);
}

#[test]
fn eight_byte_pairs_are_hardware_ids_not_ipv6() {
    assert_found("node card 9F:16:EB:27:00:0D:60:E9 failed", &[]);
}

#[test]
fn network_addresses_are_not_hosts() {
    assert_found("connection on network 10.96.0.0 via interface", &[]);
}

#[test]
fn object_dump_under_token_key_is_not_a_secret() {
    assert_found(
        "wtoken = AppWindowToken{9f4ef63 token=Token{a64f992 ActivityRecord}",
        &[],
    );
}

#[test]
fn masking_is_idempotent_on_its_own_output() {
    let line = r#"user=jdoe email=jane@example.com ip=203.0.113.9 card=4111111111111111 name="Jane Doe" dob=1980-01-02"#;
    let once = mask(line);
    assert_eq!(mask(&once), once);
    for v in [
        "jdoe",
        "jane@example.com",
        "203.0.113.9",
        "4111111111111111",
        "Jane Doe",
    ] {
        assert!(!once.contains(v), "{v} left in {once}");
    }
}

#[test]
fn styles_render_as_documented() {
    let out =
        mask("email=jane@example.com card=4111 1111 1111 0501 password=hunter2 ip=203.0.113.9");
    assert!(out.contains("email=j***@example.com"), "{out}");
    assert!(out.contains("card=**** **** **** 0501"), "{out}");
    assert!(out.contains("password=***"), "{out}");
    assert!(out.contains("ip=<ipv4:"), "{out}");
    // Same value, same token; different key, different token.
    let a = masker().mask(b"ip=203.0.113.9");
    let b = masker().mask(b"peer 203.0.113.9 up");
    assert_eq!(a.spans[0].token, b.spans[0].token);
    let c = Masker::new(Engine::builtin(), TokenKey::new([1; 32])).mask(b"ip=203.0.113.9");
    assert_ne!(a.spans[0].token, c.spans[0].token);
}

#[test]
fn custom_rules_add_patterns_keys_allow_lists_and_styles() {
    let config = RulesConfig::from_toml(
        r#"
        disable = ["mac_address"]
        [[pattern]]
        name = "employee id"
        kind = "employee_id"
        regex = 'EMP-(?P<value>\d{6})'
        [[key]]
        names = ["x-tenant-secret"]
        kind = "secret"
        [allow]
        values = ["support@example.com"]
        patterns = ['10\.0\.0\.\d+']
        [styles]
        email = "token"
        "#,
    )
    .unwrap();
    let e = Engine::new(&config).unwrap();
    let line = "EMP-123456 X-Tenant-Secret: abc123 support@example.com jane@example.com 10.0.0.7 00:1a:2b:3c:4d:5e";
    assert_eq!(
        found(&e, line),
        vec![
            ("employee_id".to_string(), "123456".to_string()),
            ("secret".to_string(), "abc123".to_string()),
            ("email".to_string(), "jane@example.com".to_string()),
        ]
    );
    assert_eq!(e.style(Kind::EMAIL), MaskStyle::Token);
    let k = e.kind_by_name("employee_id").unwrap();
    assert_eq!(e.style(k), MaskStyle::Token);
}

#[test]
fn bad_rules_are_errors_that_name_the_rule() {
    let cases = [
        (
            "[[pattern]]\nname = \"emp\"\nkind = \"employee_id\"\nregex = '(unclosed'\n",
            "`emp`",
        ),
        (
            "[[pattern]]\nname = \"all\"\nkind = \"x\"\nregex = '.*'\n",
            "empty string",
        ),
        (
            "[[pattern]]\nname = \"k\"\nkind = \"Bad Kind\"\nregex = 'x'\n",
            "Bad Kind",
        ),
        ("disable = [\"emial\"]\n", "emial"),
        ("[styles]\nemail = \"blur\"\n", "blur"),
        ("[[key]]\nnames = [\"a b\"]\nkind = \"secret\"\n", "a b"),
        ("[[pattern]]\nname = \"x\"\n", "missing field"),
        ("bogus = 1\n", "unknown field"),
    ];
    for (text, needle) in cases {
        let err = RulesConfig::from_toml(text)
            .map_err(|e| e.to_string())
            .and_then(|c| Engine::new(&c).map(|_| ()).map_err(|e| e.to_string()))
            .expect_err(text);
        assert!(
            err.contains(needle),
            "error {err:?} should mention {needle:?}"
        );
    }
}

// ------------------------------------------------------------------ properties

fn luhn_complete(prefix: &str, len: usize, fill: &[u8]) -> String {
    let mut digits: Vec<u8> = prefix.bytes().map(|b| b - b'0').collect();
    let mut i = 0;
    while digits.len() < len - 1 {
        digits.push(fill[i % fill.len()] % 10);
        i += 1;
    }
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &d)| {
            let d = u32::from(d);
            if i % 2 == 0 {
                let x = d * 2;
                if x > 9 {
                    x - 9
                } else {
                    x
                }
            } else {
                d
            }
        })
        .sum();
    digits.push(((10 - sum % 10) % 10) as u8);
    digits.iter().map(|d| char::from(b'0' + d)).collect()
}

fn gb_iban(bank: &str, account: u64) -> String {
    let bban = format!("{bank}{:014}", account % 100_000_000_000_000);
    let rearranged = format!("{bban}GB00");
    let mut rem: u64 = 0;
    for c in rearranged.chars() {
        let v = c.to_digit(36).map(u64::from).unwrap_or(0);
        rem = if v >= 10 {
            (rem * 100 + v) % 97
        } else {
            (rem * 10 + v) % 97
        };
    }
    format!("GB{:02}{bban}", 98 - rem)
}

/// A personal value of a shape-detected kind, with its kind name.
fn planted_value() -> impl Strategy<Value = (String, &'static str)> {
    prop_oneof![
        (
            "[a-z]{3,10}",
            "[a-z]{2,8}",
            prop::sample::select(vec!["com", "org", "de", "co.uk", "io"])
        )
            .prop_map(|(l, d, t)| (format!("{l}@{d}.{t}"), "email")),
        (11u8..=223, 0u8..=255, 0u8..=255, 1u8..=254)
            .prop_filter("not loopback", |(a, ..)| *a != 127)
            .prop_map(|(a, b, c, d)| (format!("{a}.{b}.{c}.{d}"), "ipv4")),
        prop::collection::vec(0u8..10, 15)
            .prop_map(|f| (luhn_complete("4", 16, &f), "credit_card")),
        prop::collection::vec(0u8..10, 15)
            .prop_map(|f| (luhn_complete("51", 16, &f), "credit_card")),
        (1u16..=665, 1u8..=99, 1u16..=9999)
            .prop_map(|(a, g, s)| (format!("{a:03}-{g:02}-{s:04}"), "us_ssn")),
        ("[A-Z]{4}", any::<u64>()).prop_map(|(b, a)| (gb_iban(&b, a), "iban")),
        (100u32..=999, 100_000u32..=999_999).prop_map(|(a, b)| (format!("+44 7{a} {b}"), "phone")),
        (
            "[A-Za-z0-9_-]{20,40}",
            "[A-Za-z0-9_-]{20,60}",
            "[A-Za-z0-9_-]{20,43}"
        )
            .prop_map(|(h, p, s)| (format!("eyJ{h}.eyJ{p}.{s}"), "jwt")),
        "[A-Za-z0-9]{36}".prop_map(|s| (format!("ghp_{s}"), "secret")),
    ]
}

/// Text around values: log-ish words that are never personal.
fn filler() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "INFO",
        "request done",
        "status=200",
        "latency_ms=12",
        "v1.2.3",
        "took 5ms",
        "retry=3",
        "GET /api/v2/items",
        "-",
        "|",
        "ok",
        "trace_id=60bc39610e184a6ecc01f3c169d27a40",
    ])
    .prop_map(str::to_string)
}

/// How a value is written into the line.
fn framed(value: String) -> impl Strategy<Value = String> {
    prop::sample::select(vec![0usize, 1, 2, 3, 4]).prop_map(move |f| match f {
        0 => format!("value={value}"),
        1 => format!("\"field\":\"{value}\""),
        2 => format!("({value})"),
        3 => format!("see {value}, then"),
        _ => value.clone(),
    })
}

fn planted_line() -> impl Strategy<Value = (String, Vec<(String, &'static str)>)> {
    prop::collection::vec((filler(), planted_value()), 1..5).prop_flat_map(|parts| {
        let values: Vec<(String, &'static str)> = parts.iter().map(|(_, v)| v.clone()).collect();
        let framed_parts: Vec<_> = parts
            .into_iter()
            .map(|(f, (v, _))| framed(v).prop_map(move |fv| format!("{f} {fv}")))
            .collect();
        (framed_parts, Just(values)).prop_map(|(ps, vs)| (ps.join(" "), vs))
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn spans_are_sorted_in_bounds_and_disjoint(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let spans = Engine::builtin().detect(&bytes);
        let mut prev = 0;
        for s in spans {
            prop_assert!(s.start >= prev && s.start < s.end && s.end <= bytes.len());
            prev = s.end;
        }
    }

    #[test]
    fn spans_hold_on_log_like_text(line in "[ a-zA-Z0-9=:\"'@.,;/()+_%-]{0,300}") {
        let spans = Engine::builtin().detect(line.as_bytes());
        let mut prev = 0;
        for s in spans {
            prop_assert!(s.start >= prev && s.start < s.end && s.end <= line.len());
            prev = s.end;
        }
    }

    #[test]
    fn planted_values_are_found_and_never_left_in_clear((line, values) in planted_line()) {
        let m = masker();
        let out = m.mask(line.as_bytes());
        let masked = String::from_utf8_lossy(&out.text).into_owned();
        for (value, kind) in &values {
            prop_assert!(!masked.contains(value.as_str()), "{kind} {value} left in {masked}");
            let start = line.find(value.as_str()).unwrap_or(0);
            let end = start + value.len();
            let covered = out.spans.iter().any(|s| s.span.start <= start && s.span.end >= end);
            prop_assert!(covered, "{kind} {value} not covered in {line}");
            let named = out.spans.iter().any(|s| s.span.start <= start && s.span.end >= end
                && m.engine().kind_name(s.span.kind) == *kind);
            prop_assert!(named, "{value} not named {kind} in {line}");
        }
    }

    #[test]
    fn masking_its_own_output_changes_nothing((line, _) in planted_line()) {
        let m = masker();
        let once = m.mask(line.as_bytes()).text;
        let twice = m.mask(&once).text;
        prop_assert_eq!(String::from_utf8_lossy(&once), String::from_utf8_lossy(&twice));
    }
}

#[test]
fn quoted_login_after_user_is_a_username() {
    assert_found(
        "login failed for user 'mike.jones' from 2001:db8:cafe::17 (attempt 3)",
        &[("username", "mike.jones"), ("ipv6", "2001:db8:cafe::17")],
    );
}

#[test]
fn ampersand_belongs_to_a_password_outside_query_strings() {
    assert_found(
        "user_password=Tr0ub4dor&3 retries=2",
        &[("password", "Tr0ub4dor&3")],
    );
    assert_found(
        "GET /login?password=hunter2&next=/home",
        &[("password", "hunter2")],
    );
}

#[test]
fn iptables_mac_header_is_masked_as_mac_addresses() {
    assert_found(
        "IN=eth0 MAC=00:16:3e:5e:6c:00:52:54:00:12:35:02:08:00 SRC=203.0.113.77",
        &[
            ("mac_address", "00:16:3e:5e:6c:00:52:54:00:12:35:02"),
            ("ipv4", "203.0.113.77"),
        ],
    );
}

#[test]
fn cookie_session_values_are_secrets_and_other_cookies_are_not() {
    assert_found(
        "Cookie: theme=dark; session=3f9a7c2e1b4d8f6a0c5e; lang=en-GB",
        &[("secret", "3f9a7c2e1b4d8f6a0c5e")],
    );
    assert_found(
        "Set-Cookie: sid=s%3Aabc123def456ghi789; Path=/; HttpOnly",
        &[("secret", "s%3Aabc123def456ghi789")],
    );
    // A short or wordy `session` is a counter or a state, not a credential.
    assert_found("session=3 state: session=opened", &[]);
}

#[test]
fn initials_inside_names_are_kept_with_the_name() {
    assert_found(
        "Patient: John A. Smith, DOB: 03/14/1975, MRN 00482913",
        &[("person", "John A. Smith"), ("date_of_birth", "03/14/1975")],
    );
}

#[test]
fn keys_ending_in_user_or_person_are_sensitive() {
    assert_found(
        r#"smtp_user: mailer contact_person="Ms. Olga Petrova""#,
        &[("username", "mailer"), ("person", "Ms. Olga Petrova")],
    );
}

#[test]
fn host_names_that_spell_an_address_have_it_masked() {
    assert_found(
        "rhost=5.36.59.76.dynamic-dsl-ip.example.net user=root",
        &[("ipv4", "5.36.59.76")],
    );
    assert_found(
        "connection from 203.101.45.59 (dsl-static-059.45.101.203.example.in)",
        &[("ipv4", "203.101.45.59"), ("ipv4", "059.45.101.203")],
    );
    assert_found(
        "host calvisitor-10-105-162-105 kernel[0]: wake",
        &[("ipv4", "10-105-162-105")],
    );
    // Timestamps, versions and ids with four number groups are not host names.
    assert_found(
        "2005-07-15-23.49.42.308319 R02-M0-NA-C:J16-U11 v1.2.3.4-beta",
        &[],
    );
}

// ------------------------------------------------------------------ quality on held-out data

/// What the engine scored on a labeled corpus, the way the shared scorer counts: a value is
/// found when 80% of its bytes are inside spans.
struct Score {
    per_kind: std::collections::BTreeMap<String, (usize, usize)>,
    precision: f64,
    decoys: usize,
    decoys_hit: usize,
}

impl Score {
    fn recall(&self) -> f64 {
        let (gold, found) = self
            .per_kind
            .values()
            .fold((0, 0), |(g, f), (kg, kf)| (g + kg, f + kf));
        found as f64 / gold as f64
    }
}

#[allow(clippy::unwrap_used)] // a test helper: a malformed corpus should fail the test loudly
fn score(corpus: &str) -> Score {
    let text = std::fs::read_to_string(format!(
        "{}/tests/corpus/{corpus}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let engine = Engine::builtin();
    let mut per_kind: std::collections::BTreeMap<String, (usize, usize)> = Default::default();
    let (mut predicted, mut true_positive) = (0usize, 0usize);
    let (mut decoys, mut decoys_hit) = (0usize, 0usize);
    for row in text.lines() {
        let row: serde_json::Value = serde_json::from_str(row).unwrap();
        let line = row["line"].as_str().unwrap();
        let byte_at = |cp: u64| {
            line.char_indices()
                .nth(cp as usize)
                .map_or(line.len(), |(b, _)| b)
        };
        let mut gold = vec![false; line.len()];
        let spans: Vec<(usize, usize, String)> = row["spans"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| {
                let (a, b) = (
                    byte_at(s["start"].as_u64().unwrap()),
                    byte_at(s["end"].as_u64().unwrap()),
                );
                gold[a..b].iter_mut().for_each(|g| *g = true);
                (a, b, s["kind"].as_str().unwrap().to_string())
            })
            .collect();
        let mut hit = vec![false; line.len()];
        for s in engine.detect(line.as_bytes()) {
            hit[s.start..s.end].iter_mut().for_each(|h| *h = true);
        }
        predicted += hit.iter().filter(|&&h| h).count();
        true_positive += hit.iter().zip(&gold).filter(|(h, g)| **h && **g).count();
        if spans.is_empty() {
            decoys += 1;
            decoys_hit += usize::from(hit.iter().any(|&h| h));
        }
        for (a, b, kind) in spans {
            let covered = hit[a..b].iter().filter(|&&h| h).count();
            let e = per_kind.entry(kind).or_default();
            e.0 += 1;
            e.1 += usize::from(covered * 5 >= (b - a) * 4);
        }
    }
    Score {
        per_kind,
        precision: true_positive as f64 / predicted as f64,
        decoys,
        decoys_hit,
    }
}

/// Scores the engine on `tests/corpus/heldout.jsonl` (3.5k synthetic lines in formats the
/// shared dev corpus does not have; written by `gen_heldout.py` beside it).
#[test]
fn quality_on_the_held_out_corpus() {
    let s = score("heldout.jsonl");
    let mut failures = Vec::new();
    for (kind, (gold, found)) in &s.per_kind {
        let recall = *found as f64 / *gold as f64;
        let floor = match kind.as_str() {
            "person" | "address" => 0.95,
            // By key or context only, in formats that sometimes give neither.
            "user_id" | "username" => 0.90,
            _ => 0.99,
        };
        println!("{kind:<16} {gold:>5} recall {recall:.3}");
        if recall < floor {
            failures.push(format!("{kind}: recall {recall:.3} < {floor}"));
        }
    }
    println!(
        "precision {:.4}, decoy lines with a span {}/{}",
        s.precision, s.decoys_hit, s.decoys
    );
    if s.precision < 0.97 {
        failures.push(format!("character precision {:.4} < 0.97", s.precision));
    }
    if s.decoys_hit as f64 / s.decoys as f64 > 0.01 {
        failures.push(format!("decoy lines with a span {}", s.decoys_hit));
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

/// Scores the engine on `tests/corpus/formats.jsonl`: 61 formats written from their own
/// specifications (`gen_formats.py`, `FORMATS.md`). It was measured before the engine was
/// tuned on it (recall 0.654, precision 0.864, decoys flagged 12.5%) and has been tuned on
/// since, so it guards against regressions; it is not a blind measure. The floors sit just
/// under today's figures; the targets (recall 0.97, precision 0.97, decoys 2%) are not met yet.
#[test]
fn quality_on_the_formats_corpus() {
    holds_floors("formats.jsonl", 0.91, 0.97, 0.04);
}

/// Scores the engine on a corpus of `tests/corpus/`, prints the figures by kind, and fails
/// below the floors given.
fn holds_floors(corpus: &str, recall: f64, precision: f64, decoys: f64) {
    let s = score(corpus);
    for (kind, (gold, found)) in &s.per_kind {
        println!(
            "{kind:<16} {gold:>5} recall {:.3}",
            *found as f64 / *gold as f64
        );
    }
    let decoy_rate = s.decoys_hit as f64 / s.decoys as f64;
    println!(
        "{corpus}: recall {:.4}, precision {:.4}, decoy lines with a span {}/{}",
        s.recall(),
        s.precision,
        s.decoys_hit,
        s.decoys
    );
    assert!(s.recall() >= recall, "recall {:.4}", s.recall());
    assert!(s.precision >= precision, "precision {:.4}", s.precision);
    assert!(decoy_rate <= decoys, "decoy rate {decoy_rate:.4}");
}

/// Scores the engine on `tests/corpus/formats-b.jsonl`: 41 more formats (`gen_formats_b.py`,
/// `FORMATS-B.md`), written without reading the engine and measured before any tuning on them
/// (recall 0.766, precision 0.894, decoys flagged 6.6%). The classes it showed have been
/// built since (DICOM, FIX, X12, free text in other scripts…; the figures rose to 0.875 /
/// 0.930 / 7.0%), so it is a regression guard now; the floors sit just under them.
#[test]
fn quality_on_the_second_formats_corpus() {
    holds_floors("formats-b.jsonl", 0.86, 0.92, 0.075);
}

/// Scores the engine on `tests/corpus/formats-c.jsonl`: 38 more formats (`gen_formats_c.py`,
/// `FORMATS-C.md`), written without reading the engine and measured before any tuning on them
/// (recall 0.814, precision 0.896, decoys flagged 16.8%; the engine as the third session of
/// issue 12 found it: 0.795, 0.877, 16.7%). Classes it showed were built since (0.844, 0.916,
/// 11.0%); the floors sit just under today's figures.
#[test]
fn quality_on_the_third_formats_corpus() {
    holds_floors("formats-c.jsonl", 0.83, 0.91, 0.12);
}

/// Scores the engine on `tests/corpus/formats-d.jsonl`: 47 more formats (`gen_formats_d.py`,
/// FORMATS-D.md), written blind like B and C. Before anything was tuned on it the engine
/// scored recall 0.683, precision 0.874, decoys flagged 4.1% (0.674 as the fourth session of
/// issue 12 found it). Readers for the standards it showed were built since (NCPDP, jCard,
/// EDIFACT, Nacha, MT940, national id words); the floors sit just under today's figures.
#[test]
fn quality_on_the_fourth_formats_corpus() {
    holds_floors("formats-d.jsonl", 0.79, 0.87, 0.05);
}

/// Scores the engine on `tests/corpus/formats-e.jsonl`: 49 more formats (`gen_formats_e.py`,
/// FORMATS-E.md), written blind. Before anything was tuned on it the engine scored recall
/// 0.708, precision 0.898, decoys flagged 4.5%. Readers for the travel documents it showed
/// (MRZ, boarding passes, reservations) and national id words were built since; the floors
/// sit just under today's figures.
#[test]
fn quality_on_the_fifth_formats_corpus() {
    holds_floors("formats-e.jsonl", 0.75, 0.89, 0.05);
}

#[test]
fn people_in_free_text_around_their_markers() {
    assert_found(
        "ticket reassigned to Pedro Nguyen by Kenji Abara-Lewis",
        &[("person", "Pedro Nguyen"), ("person", "Kenji Abara-Lewis")],
    );
    assert_found(
        "charge failed for Jane Murphy <jane.m@example.com>: declined",
        &[("person", "Jane Murphy"), ("email", "jane.m@example.com")],
    );
    assert_found(
        "Hello, this is Nadia R. Murphy, call me",
        &[("person", "Nadia R. Murphy")],
    );
    assert_found(
        "signed by Prof. Marie-Claire MacDonald at noon",
        &[("person", "Prof. Marie-Claire MacDonald")],
    );
    assert_found(
        "note: Noah Sørensen was born on 20/10/1951 and joined",
        &[("person", "Noah Sørensen"), ("date_of_birth", "20/10/1951")],
    );
}

#[test]
fn delimited_personal_records_mask_their_unkeyed_fields() {
    assert_found(
        r#""17454","Kwame","Novák","kwame_novak@example.co.uk","020 7946 2298","22.03.1977","6071 Maple Terrace NW, Burlington, VT 72358""#,
        &[
            ("person", "Kwame"),
            ("person", "Novák"),
            ("email", "kwame_novak@example.co.uk"),
            ("phone", "020 7946 2298"),
            ("date_of_birth", "22.03.1977"),
            ("address", "6071 Maple Terrace NW, Burlington, VT 72358"),
        ],
    );
    // A user agent has semicolons and version numbers, but no personal field: not a record.
    assert_found(
        "1.2.3.4 jane@example.com \"Mozilla/5.0 (compatible; MSIE 6.0; Windows 98; Win 9x 4.90)\"",
        &[("ipv4", "1.2.3.4"), ("email", "jane@example.com")],
    );
}

#[test]
fn logins_in_paths_flags_and_database_errors() {
    assert_found(
        "home=/home/giulia.fernandez GET /api/v1/users/8869125101/orders C:\\Users\\Default",
        &[("username", "giulia.fernandez"), ("user_id", "8869125101")],
    );
    assert_found(
        "manage.py createsuperuser --username=f.pap6 --password=Albjij!436",
        &[("username", "f.pap6"), ("password", "Albjij!436")],
    );
    assert_found(
        "Key (username)=(o.rossi6) already exists. export PGPASSWORD='Rocket42&'",
        &[("username", "o.rossi6"), ("password", "Rocket42&")],
    );
    assert_found(
        "No user with login 'oluwaseun'",
        &[("username", "oluwaseun")],
    );
    assert_found("account 4270043649 locked", &[("user_id", "4270043649")]);
}

#[test]
fn street_addresses_in_european_forms() {
    for addr in [
        "Via Roma 150, 10121 Firenze",
        "Paseo de Gracia 302, 08008 Sevilla",
        "Damrak 121, 2728 XS Amsterdam",
        "84 bis boulevard Voltaire, 33000 Bordeaux",
        "59 rue de l'Église, 44000 Nantes",
        "Flat 12, 74 Church Lane, Manchester M20 5GX",
    ] {
        assert_found(&format!("ship to {addr}; thanks"), &[("address", addr)]);
    }
}
