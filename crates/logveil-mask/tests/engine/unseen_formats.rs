//! Regression tests for the classes of values an earlier engine left in clear on formats it
//! had never seen (issue 12), each named after the class, and the false positives it raised.
//! Lines follow the formats' own documentation; every value is made up.

use crate::{covered, engine, found, left_alone, masked_as};

#[test]
fn secrets_with_punctuation_or_spaces_are_masked_whole() {
    masked_as(
        r#"{"password":"Kaffee(62)syW;Lluvia"}"#,
        "Kaffee(62)syW;Lluvia",
        "password",
    );
    masked_as(
        r#"POSTGRES_PASSWORD="Monsoon chai soleil; 42""#,
        "Monsoon chai soleil; 42",
        "password",
    );
    masked_as(
        "POSTGRES_PASSWORD=Monsoon chai soleil; 42",
        "Monsoon chai soleil; 42",
        "password",
    );
    masked_as(
        "db:\n  password: Monsoon chai soleil; 42"
            .lines()
            .nth(1)
            .unwrap_or_default(),
        "Monsoon chai soleil; 42",
        "password",
    );
    masked_as(
        r#"{\"user\":\"x\",\"password\":\"pa\\\"ss word\"}"#,
        r#"pa\\\"ss word"#,
        "password",
    );
    masked_as(
        "connected with password UZ5X)Vh9kq to db",
        "UZ5X)Vh9kq",
        "password",
    );
}

#[test]
fn sql_passwords_in_identified_by_and_password_literals() {
    masked_as(
        "CREATE USER 'app'@'%' IDENTIFIED BY 'S3cr3t;pass';",
        "S3cr3t;pass",
        "password",
    );
    masked_as(
        "CREATE USER app IDENTIFIED WITH caching_sha2_password BY 'Tr0ub(4)dor';",
        "Tr0ub(4)dor",
        "password",
    );
    masked_as(
        "ALTER ROLE app WITH LOGIN PASSWORD 'Hello World (2024)';",
        "Hello World (2024)",
        "password",
    );
    masked_as(
        "SET PASSWORD FOR 'bob'@'localhost' = PASSWORD('it''s me');",
        "it''s me",
        "password",
    );
}

#[test]
fn ws_security_and_xml_elements_are_keys() {
    masked_as(
        r#"<wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">Kennwort!2024</wsse:Password>"#,
        "Kennwort!2024",
        "password",
    );
    masked_as(
        "<cus:fullName>Tanya Miller</cus:fullName>",
        "Tanya Miller",
        "person",
    );
    masked_as(
        "<birthDate>1969-05-20</birthDate>",
        "1969-05-20",
        "date_of_birth",
    );
    masked_as(
        r#"<Data Name="TargetUserName">tmiller</Data><Data Name="IpPort">51034</Data>"#,
        "tmiller",
        "username",
    );
    // A WS-Security digest is a hash of the password and a nonce; a certificate is public.
    left_alone(
        r#"<wsse:Password Type="...#PasswordDigest">EM0AcoMcsbLVeKuc2R4oXMaRlhY=</wsse:Password>"#,
    );
}

#[test]
fn command_line_passwords_are_read_by_program() {
    masked_as("$ mysql -u app -p'Zx9(q)w' -h db", "Zx9(q)w", "password");
    masked_as("$ mysql -u app -pZx9qw -h db", "Zx9qw", "password");
    masked_as(
        "$ curl -u alice:'pa ss;w0rd' https://api.example.com",
        "pa ss;w0rd",
        "password",
    );
    masked_as(
        "htpasswd -b /etc/nginx/.htpasswd jdoe 'Secr3t pass'",
        "Secr3t pass",
        "password",
    );
    masked_as(
        "sshpass -p 'N0t(so)secret' ssh deploy@10.1.2.3",
        "N0t(so)secret",
        "password",
    );
    masked_as(
        "keytool -importkeystore -srcstorepass Ch4ngeIt! -deststorepass x",
        "Ch4ngeIt!",
        "password",
    );
    masked_as(
        "$ aws configure set aws_secret_access_key wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        "secret",
    );
    // `-p` is a port to ssh and asks mysql to prompt when nothing is glued to it.
    left_alone("ssh -p 2222 bastion.example.com");
}

#[test]
fn keys_not_listed_verbatim_are_classified_by_their_words() {
    masked_as(
        "STRIPE_KEY=rk_live_51HqLyjWDarjtT1zdp7dc",
        "rk_live_51HqLyjWDarjtT1zdp7dc",
        "secret",
    );
    masked_as(r#"{"cust_nm":"Ananya Pillai"}"#, "Ananya Pillai", "person");
    masked_as("geburtsdatum=22.12.1995", "22.12.1995", "date_of_birth");
    masked_as(
        r#"{"doğum_tarihi":"1990-01-02"}"#,
        "1990-01-02",
        "date_of_birth",
    );
    masked_as(r#"{"contraseña":"Lluvia(7)"}"#, "Lluvia(7)", "password");
    masked_as(
        r#"{"nome_completo":"Giulia Rossi"}"#,
        "Giulia Rossi",
        "person",
    );
    masked_as(
        r#"Authorization: Digest username="tanya", realm="http-auth@example.org", response="6629fae49393a05397450978507c4ef1""#,
        "tanya",
        "username",
    );
}

#[test]
fn session_cookies_are_found_by_their_name() {
    let line = "Cookie: theme=dark; _shop_session=a8f9d7c6b5e4a3f2e1d0c9b8; _gitlab_session=1f2e3d4c5b6a7988; laravel_session=eyJpdiI6IkxXNk; __Host-session=Zm9vYmFy12; connect.sid=s%3Aty7U0SoY";
    for v in [
        "a8f9d7c6b5e4a3f2e1d0c9b8",
        "1f2e3d4c5b6a7988",
        "eyJpdiI6IkxXNk",
        "Zm9vYmFy12",
        "s%3Aty7U0SoY",
    ] {
        masked_as(line, v, "secret");
    }
    assert_eq!(covered(line, "dark"), None);
    masked_as(
        "request.headers.cookie=currency=USD; _shop_session=w2Aug/ZtY+U8n--693ff4c7",
        "w2Aug/ZtY+U8n--693ff4c7",
        "secret",
    );
}

#[test]
fn hl7_segments_are_read_by_field_position() {
    let pid = "PID|1||799949^^^UCSF^MR~051-48-8731^^^USSSA^SS||Bell^Noah^||194908040000|M||2106-3^White^HL70005|2519 King Street^^MADISON^WI^53703^USA^C||773.775.0450^PRN^PH~^NET^Internet^nbell@gmail.com||de|W|||325-27-8244|C367208156969^TX";
    masked_as(pid, "799949", "user_id");
    masked_as(pid, "051-48-8731", "us_ssn");
    masked_as(pid, "Bell", "person");
    masked_as(pid, "Noah", "person");
    masked_as(pid, "194908040000", "date_of_birth");
    masked_as(pid, "2519 King Street", "address");
    masked_as(pid, "773.775.0450", "phone");
    masked_as(pid, "C367208156969", "national_id");
    assert_eq!(covered(pid, "MADISON"), None);
    masked_as(
        "EVN|A01|20240613050647|||OP5667^YOUNG^HOPE",
        "YOUNG",
        "person",
    );
    left_alone("OBX|1|NM|2160-0^Creatinine^LN||190|mg/dL|0.6-1.3||||F|||20240611001343");
}

#[test]
fn sql_values_are_judged_by_their_column() {
    let insert = "INSERT INTO customers (first_name, last_name, phone, dob) VALUES ('Tanya', 'Miller', '0221/2982859', '1969-05-20');";
    masked_as(insert, "Tanya", "person");
    masked_as(insert, "0221/2982859", "phone");
    masked_as(insert, "1969-05-20", "date_of_birth");
    let django = "INSERT INTO \"auth_user\" (\"username\", \"email\", \"first_name\") VALUES (%s, %s, %s); args=('kmueller', 'k@example.de', 'Karin')";
    masked_as(django, "kmueller", "username");
    masked_as(django, "Karin", "person");
    let rails = r#"User Create (5.3ms)  INSERT INTO "users" ("first_name", "dob") VALUES ($1, $2)  [["first_name", "Tanya"], ["dob", "1969-05-20"]]"#;
    masked_as(rails, "Tanya", "person");
    masked_as(rails, "1969-05-20", "date_of_birth");
    assert_eq!(covered(rails, "Create"), None);
}

#[test]
fn positional_and_block_syntaxes_name_their_values() {
    masked_as("\tAccount Name:\t\ttmiller", "tmiller", "username");
    masked_as(
        "# User@Host: tmiller[tmiller] @ localhost [203.0.113.5]  Id: 42",
        "tmiller",
        "username",
    );
    let radius = "Auth: (72) Login incorrect: [mathieu_f/z<#;\"v=7!FPT.VHw3?] (from client ap-floor3 port 0)";
    masked_as(radius, "mathieu_f", "username");
    masked_as(radius, "z<#;\"v=7!FPT.VHw3?", "password");
    masked_as("Date of Birth: 12/05/1980", "12/05/1980", "date_of_birth");
    masked_as(
        r#""HSET" "user:1001" "dob" "1969-05-20" "name" "Tanya Miller""#,
        "Tanya Miller",
        "person",
    );
    masked_as(
        r#"dn="CN=Miller\, Tanya,OU=Staff,DC=corp,DC=example""#,
        r"Miller\, Tanya",
        "person",
    );
    masked_as(
        "conn=1001 op=2 BIND dn=\"uid=jdoe,ou=people,dc=example,dc=com\" method=128",
        "jdoe",
        "username",
    );
    masked_as(
        "Key (lower(username::text))=(a.yilmaz5) already exists.",
        "a.yilmaz5",
        "username",
    );
    masked_as(
        r#"{"env":[{"name":"DB_PASSWORD","value":"Hunter2(x)"}]}"#,
        "Hunter2(x)",
        "password",
    );
    masked_as(
        r#"{"telecom":[{"system":"phone","value":"(85) 2719-8230"}],"identifier":[{"system":"https://fhir.nhs.uk/Id/nhs-number","value":"9434765919"}]}"#,
        "9434765919",
        "national_id",
    );
}

#[test]
fn card_track_data_is_masked() {
    let line = "swipe data: %B4111111111111111^MILLER/TANYA              ^2512101000000000000000?";
    masked_as(line, "4111111111111111", "credit_card");
    masked_as(line, "MILLER/TANYA", "person");
    masked_as(line, "000000000000000", "credit_card");
    masked_as(
        ";4111111111111111=25121010000012300000?",
        "4111111111111111",
        "credit_card",
    );
}

#[test]
fn iso8583_fields_by_number() {
    masked_as(
        "DE002 PAN ....................: 2720438801432102",
        "2720438801432102",
        "credit_card",
    );
    masked_as(
        "DE052 PIN DATA ...............: F48DDEAF4E0C535B",
        "F48DDEAF4E0C535B",
        "secret",
    );
    masked_as(
        "DE102 ACCOUNT ID 1 ...........: 2254891376",
        "2254891376",
        "bank_account",
    );
    masked_as(
        r#"      <field id="102" value="5373606834"/>"#,
        "5373606834",
        "bank_account",
    );
    masked_as(
        "Field 035 (Track 2 Equivalent Data): 370489682483745D27112013484280562",
        "370489682483745",
        "credit_card",
    );
    // A card number truncated for display is not one.
    left_alone("DE002 PAN ....................: 473590******8256");
}

#[test]
fn sudo_and_auth_lines_name_the_login() {
    masked_as(
        "Dec 10 06:55:46 host sudo:   tmiller : TTY=pts/0 ; PWD=/home/tmiller ; USER=root ; COMMAND=/bin/ls",
        "tmiller",
        "username",
    );
    // The second mention of a value found once is the same value.
    let k8s = r#"{"user":{"username":"ximena.lopez"},"annotations":{"reason":"RBAC: allowed by ClusterRoleBinding \"oncall\" to User \"ximena.lopez\""}}"#;
    let e = engine();
    let spans = e.detect(k8s.as_bytes());
    assert_eq!(
        spans
            .iter()
            .filter(|s| &k8s[s.start..s.end] == "ximena.lopez")
            .count(),
        2
    );
}

#[test]
fn names_without_context_words() {
    masked_as(
        r#"{"name":{"given":["Tanya"],"family":"Miller"}}"#,
        "Tanya",
        "person",
    );
    masked_as(
        r#"{"name":{"given":["Tanya"],"family":"Miller"}}"#,
        "Miller",
        "person",
    );
    masked_as("name: Miller, Tanya", "Miller, Tanya", "person");
    masked_as(
        "POST /signup name=Ananya+Pillai&email=a%40x.com",
        "Ananya+Pillai",
        "person",
    );
    masked_as(
        "Rückruf erbeten: Lena Krüger hat angerufen",
        "Lena Krüger",
        "person",
    );
    masked_as(
        "Il cliente Matteo Marino ha chiamato oggi",
        "Matteo Marino",
        "person",
    );
    masked_as(
        "Zgłoszenie od: Kowalska, Agnieszka",
        "Kowalska, Agnieszka",
        "person",
    );
    masked_as("Hola Nuria, tu pedido ha sido enviado", "Nuria", "person");
    masked_as(r#"{"name":[{"text":"山田 太郎"}]}"#, "山田 太郎", "person");
}

#[test]
fn dates_of_birth_outside_dob_keys() {
    masked_as(
        "Kontakt: Herr Müller, geb. 22.12.1995, Tel. 0221/2982859",
        "22.12.1995",
        "date_of_birth",
    );
    masked_as(
        "Mme Dupont, née le 27/08/1968, a appelé",
        "27/08/1968",
        "date_of_birth",
    );
    masked_as(
        "nacido el 8 de marzo de 1956 en Sevilla",
        "8 de marzo de 1956",
        "date_of_birth",
    );
    masked_as(
        r#"Cannot deserialize value of type `java.time.LocalDate` from String "11.02.1952": Failed to deserialize (through reference chain: com.example.Patient["dateOfBirth"])"#,
        "11.02.1952",
        "date_of_birth",
    );
    masked_as(
        "DETAIL:  parameters: $1 = '1959-08-28', $2 = 'x'",
        "1959-08-28",
        "date_of_birth",
    );
    masked_as(
        "生年月日は1944年12月15日です",
        "1944年12月15日",
        "date_of_birth",
    );
    // An old log's own dates are its events'.
    left_alone("- 1117838570 2005.06.03 R02-M1-N0-C:J12-U11 RAS KERNEL INFO cache parity error");
    let access = r#"203.0.113.9 - - [25/May/1972:11:25:56 +0000] "GET / HTTP/1.1" 200 512"#;
    assert_eq!(covered(access, "25/May/1972"), None);
}

#[test]
fn phones_in_national_formats_and_url_encoded() {
    masked_as("Rückrufnummer 0221/2982859 bitte", "0221/2982859", "phone");
    masked_as("rappeler au 04.94.35.71.78 svp", "04.94.35.71.78", "phone");
    masked_as(
        "ligar para (21) 91920-1728 amanhã",
        "(21) 91920-1728",
        "phone",
    );
    masked_as("電話: 090-1234-5678", "090-1234-5678", "phone");
    masked_as(
        "From=%2B31612345678&To=%2B14155550100&Body=hi",
        "%2B31612345678",
        "phone",
    );
    masked_as(
        "INVITE sip:+497115837022@voip.example.de;user=phone SIP/2.0",
        "+497115837022",
        "phone",
    );
}

#[test]
fn national_ids_are_one_kind_validated_by_check_digits() {
    masked_as(
        "CPF 123.456.789-09 cadastrado",
        "123.456.789-09",
        "national_id",
    );
    masked_as(
        "codice fiscale RSSMRA85T10A562S",
        "RSSMRA85T10A562S",
        "national_id",
    );
    masked_as("DNI 12345678Z", "12345678Z", "national_id");
    masked_as("BSN 123456782 bevestigd", "123456782", "national_id");
    masked_as("TC Kimlik No: 10000000146", "10000000146", "national_id");
    masked_as(
        "Aadhaar 2345 6789 0124 linked",
        "2345 6789 0124",
        "national_id",
    );
    masked_as(
        "sort code 12-34-56 12345678",
        "12-34-56 12345678",
        "bank_account",
    );
    // A checksum never decides alone: a bare number that passes 11-proof is an id of a record.
    left_alone("processed batch 123456782 in 3 ms");
}

#[test]
fn shapes_inside_other_tokens() {
    masked_as(
        "GET /geo/v1/ip/203.0.113.39?fields=city HTTP/1.1",
        "203.0.113.39",
        "ipv4",
    );
    masked_as(
        "interface Gi0/1 mac 94db.dcf0.e55d learned",
        "94db.dcf0.e55d",
        "mac_address",
    );
    masked_as(
        "Built inbound TCP connection for outside:176.91.104.249/57168 to inside",
        "176.91.104.249",
        "ipv4",
    );
}

#[test]
fn look_alikes_are_left_alone() {
    // ALB: timings, status codes and sizes.
    left_alone(
        r#"h2 2026-12-06T00:00:00Z app/my-lb/50dc6c495c0c9188 - - 0.000 0.001 0.000 200 404 75233 312 "GET / HTTP/1.1""#,
    );
    left_alone("Access denied for user (using password: YES)");
    left_alone("query Login($email: String!, $password: String!) { login }");
    left_alone("SELECT * FROM users WHERE email = $1 AND password = ?");
    left_alone("Login incorrect");
    left_alone("Customer Create (5.3ms)  BEGIN");
    left_alone("devTime=Jun 12 2024 10:00:00 cat=auth");
    left_alone(
        r#"{"user":{"username":"system:kube-controller-manager","uid":"a3f1c1b2-5d6e-4f7a-8b9c-0d1e2f3a4b5c"}}"#,
    );
    left_alone("pam_unix(cron:session): session opened for user root by (uid=0)");
    left_alone("password=${DB_PASSWORD} user=$DB_USER");
    // Chromium's log prefix: a date and a time, not a German number.
    left_alone("Dropbox[24019]: [0701/114930:WARNING:dns_config_service_posix.cc(306)] Failed");
    left_alone(r#"{"password":"HIDDEN_DUE_TO_SECURITY_REASONS","token":"[FILTERED]"}"#);
}

/// Values a secret can hold: any printable bytes, spaces and punctuation included. A leading
/// `k9` keeps them from reading as a placeholder (`yes`, `***`) or a reference (`$VAR`).
fn secret_value() -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    proptest::collection::vec(prop::char::range(' ', '~'), 1..40)
        .prop_map(|cs| format!("k9{}", cs.into_iter().collect::<String>()))
}

/// Writes `value` under a secret key in one syntax; returns the line and the value's byte
/// range as that syntax delimits it.
fn under_secret_key(syntax: usize, value: &str) -> Option<(String, std::ops::Range<usize>)> {
    let (prefix, written, suffix) = match syntax {
        // JSON: `"` and `\` escaped.
        0 => (
            r#"{"level":"info","password":""#.to_string(),
            value.replace('\\', "\\\\").replace('"', "\\\""),
            r#"","user_id":42}"#.to_string(),
        ),
        // key="value" (logfmt quoted), `"` escaped.
        1 => (
            "ts=2026-12-06 msg=login db_password=\"".to_string(),
            value.replace('\\', "\\\\").replace('"', "\\\""),
            "\" status=ok".to_string(),
        ),
        // An environment file's line: the rest of the line.
        2 => {
            let v = value.trim_end();
            if v.contains(['=', '"', '\'']) {
                return None;
            }
            (
                "POSTGRES_PASSWORD=".to_string(),
                v.to_string(),
                String::new(),
            )
        }
        // An XML element.
        3 => {
            if value.contains(['<', '>', '&']) || value.trim() != value {
                return None;
            }
            (
                "<wsse:Password>".to_string(),
                value.to_string(),
                "</wsse:Password>".to_string(),
            )
        }
        // A query string parameter.
        _ => {
            if value.contains(['&', '#', ' ', '"', '\'', '\\']) {
                return None;
            }
            (
                "GET /cb?state=1&access_token=".to_string(),
                value.to_string(),
                "&x=1 HTTP/1.1".to_string(),
            )
        }
    };
    let start = prefix.len();
    let end = start + written.len();
    Some((format!("{prefix}{written}{suffix}"), start..end))
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(400))]

    #[test]
    fn a_value_under_a_secret_key_is_masked_whatever_bytes_it_holds(
        syntax in 0usize..5,
        value in secret_value(),
    ) {
        let Some((line, range)) = under_secret_key(syntax, &value) else {
            return Ok(());
        };
        let spans = engine().detect(line.as_bytes());
        let covering = spans.iter().find(|s| s.start <= range.start && s.end >= range.end);
        proptest::prop_assert!(covering.is_some(), "{line}: {spans:?}");
    }

    #[test]
    fn a_values_extent_is_the_one_its_syntax_gives_it(
        syntax in 0usize..5,
        value in secret_value(),
    ) {
        let Some((line, range)) = under_secret_key(syntax, &value) else {
            return Ok(());
        };
        let spans = engine().detect(line.as_bytes());
        let span = spans.iter().find(|s| s.start < range.end && s.end > range.start);
        proptest::prop_assert!(
            span.is_some_and(|s| s.start == range.start && s.end == range.end),
            "{line}: want {range:?}, got {span:?}"
        );
    }
}

/// Every line of both corpora cut at every byte (a line a shipper truncated, a buffer that
/// ended mid-value) is scanned without a panic, and its spans stay in bounds: the syntax
/// readers look ahead for closing quotes, brackets and separators that may not be there.
#[test]
fn corpus_lines_cut_anywhere_never_panic() {
    let e = engine();
    for corpus in ["formats.jsonl", "heldout.jsonl"] {
        let text = std::fs::read_to_string(format!(
            "{}/tests/corpus/{corpus}",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap_or_default();
        assert!(!text.is_empty(), "{corpus} is missing");
        for row in text.lines() {
            let value: serde_json::Value = serde_json::from_str(row).unwrap_or_default();
            let line = value["line"].as_str().unwrap_or_default().as_bytes();
            // Every byte of the formats corpus; every third of the other (the test runs
            // unoptimized in CI).
            let step = if corpus == "formats.jsonl" { 1 } else { 3 };
            for cut in (0..=line.len()).step_by(step) {
                for part in [&line[..cut], &line[cut..]] {
                    for s in e.detect(part) {
                        assert!(s.start < s.end && s.end <= part.len());
                    }
                }
            }
        }
    }
}

/// Debug dumps name an object's type before its fields: inside a person's object, its own id
/// is a user id (Go `%#v` and `%+v`, Rust `{:?}`, Python dataclasses, Ruby `inspect`), as is a
/// Kubernetes user's `uid`; a service account's object holds nobody's.
#[test]
fn ids_inside_a_persons_object_are_user_ids() {
    masked_as(
        r#"got &models.User{ID:51778, Email:"m.t@example.jp", Roles:[]string{"customer"}}"#,
        "51778",
        "user_id",
    );
    masked_as(
        "created User { id: 31091, email: \"f.i@proton.me\", phone: None }",
        "31091",
        "user_id",
    );
    masked_as("saved Customer(id=20725, tier='gold')", "20725", "user_id");
    masked_as(
        r#"loaded #<User id: 4412, email: "a@b.example">"#,
        "4412",
        "user_id",
    );
    masked_as(
        r#"{"user":{"username":"oidc:maria","uid":"05fe477c-b04d-40aa-876d-d9890c036feb"}}"#,
        "05fe477c-b04d-40aa-876d-d9890c036feb",
        "user_id",
    );
    left_alone(
        r#"{"user":{"username":"system:apiserver","uid":"9ae2c039-d7f8-4be3-89d8-4f9104424354"}}"#,
    );
    // An order's id is an order's.
    left_alone("saved Order(id=20725, total=12.50)");
}

/// Ids whose issuers document a shape that says whose they are: IAM users' unique ids, Stripe
/// customers, Windows account SIDs (not the built-in accounts: RID below 1000, or the
/// well-known `S-1-5-18`); and keys of security formats that hold user ids (CEF's suid/duid,
/// LDAP's employeeNumber, Adyen's shopperReference).
#[test]
fn user_ids_by_issuer_shape_and_by_key() {
    masked_as(
        r#"{"userIdentity":{"type":"IAMUser","principalId":"AIDAJQABLZS4A3QDU576Q"}}"#,
        "AIDAJQABLZS4A3QDU576Q",
        "user_id",
    );
    masked_as(
        r#"{"object":"charge","customer":"cus_zhPJUaXi8FUbtRLQkeinBi5e"}"#,
        "cus_zhPJUaXi8FUbtRLQkeinBi5e",
        "user_id",
    );
    masked_as(
        "Security ID: S-1-5-21-2019066518-1106534950-1986241077-8670",
        "S-1-5-21-2019066518-1106534950-1986241077-8670",
        "user_id",
    );
    left_alone("ACL entry S-1-5-21-2019066518-1106534950-1986241077-500 inherited");
    left_alone(r#"{"principalId":"AROATGLFGC5NIYYNBAD6E:AutoScaling"}"#);
    masked_as(
        "CEF:0|Okta|SSO|1.0|100|login|1|suid=00uLdUkOVoTuJmpthxgg act=allowed",
        "00uLdUkOVoTuJmpthxgg",
        "user_id",
    );
    masked_as(
        r#"filter="(&(objectClass=inetOrgPerson)(employeeNumber=48008))""#,
        "48008",
        "user_id",
    );
    masked_as(
        r#"{"shopperReference":"shopper-038220","merchantAccount":"ShopEU"}"#,
        "shopper-038220",
        "user_id",
    );
}

/// Dovecot names the user by position in its log prefixes and quotes a failed password in
/// debug logs; its `session=<…>` is the log's own id. (Lines as Dovecot's documentation of
/// `mail_log_prefix` and `auth_debug_passwords` shows them.)
#[test]
fn dovecot_prefixes_name_the_user() {
    masked_as(
        "Jun 15 00:22:57 mail dovecot: imap(yusuf.haddad)<15409><ECZ6tKuP7fWdIb5B>: Disconnected: Logged out in=2927",
        "yusuf.haddad",
        "username",
    );
    masked_as(
        "Jun 15 13:42:23 imap1 dovecot: auth: Debug: passwd-file(espositoc,213.108.22.99,<r3VfN2eBumVl9+4i>): Password mismatch (given password: Ch@ng (e) Me!)",
        "espositoc",
        "username",
    );
    masked_as(
        "Jun 15 13:42:23 imap1 dovecot: auth: Debug: passwd-file(espositoc,213.108.22.99,<r3VfN2eBumVl9+4i>): Password mismatch (given password: Ch@ng (e) Me!)",
        "Ch@ng (e) Me!",
        "password",
    );
    masked_as(
        "Jun 11 16:05:01 imap1 dovecot: imap-login: Login: user=<anke_m>, method=PLAIN, rip=10.1.2.3, TLS, session=<Yju18/cwzrZGGh9P>",
        "anke_m",
        "username",
    );
    left_alone(
        "Jun 12 12:37:13 mail dovecot: imap-login: Disconnected (no auth attempts in 5 secs): user=<>, rip=127.0.0.1, lip=127.0.0.1, session=<RqQPjfPOuf05jPvN>",
    );
    // Not Dovecot's: a function call in another program's log.
    left_alone("worker: sql(select 1) took 3 ms");
}

/// sudo writes the invoking user before ` : ` and its fields, with a message between them
/// when it refuses; pam_unix writes `by login(uid=N)`; service accounts are nobody's.
#[test]
fn sudo_and_pam_lines_of_every_shape() {
    masked_as(
        "Jun 11 00:06:57 app-03 sudo[222]:    ciaranmccarthy82 : 2 incorrect password attempts ; TTY=pts/5 ; PWD=/srv/app ; USER=www-data ; COMMAND=/bin/bash",
        "ciaranmccarthy82",
        "username",
    );
    masked_as(
        "Jun 14 21:04:11 srv-app-12 sudo:    evansa : user NOT in sudoers ; TTY=pts/6 ; PWD=/srv/app ; USER=www-data ; COMMAND=/bin/bash",
        "evansa",
        "username",
    );
    masked_as(
        "Jun 11 17:20:57 web-01 sudo: pam_unix(sudo:session): session opened for user root(uid=0) by amelie.fontaine(uid=45774)",
        "amelie.fontaine",
        "username",
    );
    left_alone("LEEF:2.0|Cisco|ISE|3.2|41|x09|usrName=systemd-resolve\tsrcPort=46995");
    masked_as(
        "LEEF:2.0|IBM|Guardium|11.5|41|x09|dst=192.168.83.55\tsev=7\tusrName=daisuke.kobayashi",
        "daisuke.kobayashi",
        "username",
    );
}

/// Spring Boot's `/actuator/env` wraps each value in `{"value": …}`; `System.getenv()` maps
/// print `{KEY=value with spaces, KEY=…}`.
#[test]
fn environment_dumps_of_spring_and_java_maps() {
    masked_as(
        r#"{"name":"systemEnvironment","properties":{"STRIPE_API_KEY":{"value":"rk_live_z4EpO0xWMx9d5sDwxcG1ozbU","origin":"System Environment Property \"STRIPE_API_KEY\""}}}"#,
        "rk_live_z4EpO0xWMx9d5sDwxcG1ozbU",
        "secret",
    );
    masked_as(
        r#"{"properties":{"JWT_SECRET":{"value":"ZxeWXbKNNvXPmgcaxpYossSZCiBK9Dv0+cICckXl+Ws="}}}"#,
        "ZxeWXbKNNvXPmgcaxpYossSZCiBK9Dv0+cICckXl+Ws=",
        "secret",
    );
    let env = "DEBUG c.e.shop.Bootstrap - System.getenv(): {DB_PASSWORD=Mot de passe 2024!, PATH=/usr/bin:/bin, HOME=/root}";
    masked_as(env, "Mot de passe 2024!", "password");
    assert_eq!(
        covered(env, "/usr/bin:/bin"),
        None,
        "PATH is not part of the password"
    );
}

/// A CSV export's header line names the columns of the records after it (RFC 4180 quoting,
/// `;`-separated Excel exports); a line that is not one of its records ends it.
#[test]
fn csv_records_are_read_by_their_header() {
    let e = engine();
    let mut stream = logveil_mask::StreamState::default();
    let mut spans = Vec::new();
    let mut kinds = |line: &str| -> Vec<(String, String)> {
        e.detect_in_stream(line.as_bytes(), &mut stream, &mut spans);
        spans
            .iter()
            .map(|s| {
                (
                    e.kind_name(s.kind).to_string(),
                    line[s.start..s.end].to_string(),
                )
            })
            .collect()
    };
    assert_eq!(
        kinds("customer_id,full_name,country,id_number,created_at"),
        vec![]
    );
    let row = kinds(r#"C1876000,"Nair, Lakshmi",IN,5895 1790 7589,2024-06-13T09:18:36Z"#);
    assert!(
        row.contains(&("user_id".into(), "C1876000".into())),
        "{row:?}"
    );
    assert!(
        row.contains(&("person".into(), "Nair, Lakshmi".into())),
        "{row:?}"
    );
    assert!(row.iter().any(|(_, v)| v == "5895 1790 7589"), "{row:?}");
    assert!(!row.iter().any(|(_, v)| v == "IN"), "{row:?}");
    // Another format's line ends the export: its fields are not the columns'.
    assert_eq!(kinds("worker started in 3 ms"), vec![]);
    assert_eq!(kinds("C1876001,ok,IN,done,later"), vec![]);
    // `;` exports, and a header of names only (no sensitive column) is no header.
    assert_eq!(kinds("Name;Ort;Geburtsdatum"), vec![]);
    let row = kinds("Zofia Kot;Kraków;1984-06-23");
    assert!(
        row.contains(&("date_of_birth".into(), "1984-06-23".into())),
        "{row:?}"
    );
    assert_eq!(kinds("endpoint,p50_ms,p99_ms,count"), vec![]);
    assert_eq!(kinds("/checkout,33,1597,78620"), vec![]);
}

/// vCard and iCalendar properties say what their values are (RFC 6350, RFC 5545): `FN`, the
/// parts of `N`, the street of `ADR`, `BDAY`, an attendee's `CN`; a room is not a person and
/// a `UID` is the object's own.
#[test]
fn vcard_and_icalendar_properties_name_their_values() {
    masked_as("FN:Bill Smith", "Bill Smith", "person");
    masked_as("N:García;María;;Ms.;", "García", "person");
    masked_as("N:García;María;;Ms.;", "María", "person");
    masked_as(
        r"ADR;TYPE=work:;;Gran Vía 69\, 8º A;Madrid;;28013;",
        r"Gran Vía 69\, 8º A",
        "address",
    );
    masked_as("BDAY:19850412", "19850412", "date_of_birth");
    masked_as(
        "ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Priya Sharma:mailto:priya.sharma@example.in",
        "Priya Sharma",
        "person",
    );
    masked_as(
        r#"ORGANIZER;CN="Ó Súilleabháin, Siobhán":mailto:siobhan@example.org"#,
        "Ó Súilleabháin, Siobhán",
        "person",
    );
    assert_eq!(
        covered(
            "ATTENDEE;CUTYPE=ROOM;CN=Konferenzraum Berlin:mailto:raum@resource.example.com",
            "Konferenzraum Berlin"
        ),
        None
    );
    left_alone("UID:20240614T205402Z-C173C9@example.com");
}

/// SIP (RFC 3261): an address of record `sip:user@domain` is written and used like a mailbox,
/// a contact `sip:user@192.0.2.1:5061` names a login at a device, a quoted display name is the
/// person, and `sip:+49…@…` is a phone number.
#[test]
fn sip_addresses_of_record_contacts_and_display_names() {
    masked_as(
        "INVITE sip:chinedu.okonkwo@voip.example.de SIP/2.0",
        "chinedu.okonkwo@voip.example.de",
        "email",
    );
    masked_as(
        "Contact: <sip:maartje89@192.0.2.158:5061;transport=tls>",
        "maartje89",
        "username",
    );
    masked_as(
        r#"From: "van der Meer, Maartje" <sip:maartje.vandermeer@voip.example.de>;tag=4736377794"#,
        "van der Meer, Maartje",
        "person",
    );
    masked_as(
        "To: <sip:+4971158370@voip.example.de>",
        "+4971158370",
        "phone",
    );
}

/// Look-alikes: Windows' well-known SIDs are nobody's, a placeholder after `Bearer` is not a
/// token, "password is read from …" says where the password is, and a Go dump's next key is
/// not part of the name before it.
#[test]
fn well_known_sids_placeholders_and_next_keys_are_not_values() {
    left_alone("\tSecurity ID:\t\tS-1-5-18");
    left_alone("\tSecurity ID:\t\tS-1-0-0");
    left_alone("Authorization: Bearer <redacted>");
    left_alone("; password is read from the environment");
    let dump =
        "created user: {ID:642220 Email:ithomas@example.co.uk Name:Ivy Thomas Password:x;y;z#2024}";
    masked_as(dump, "Ivy Thomas", "person");
    assert_eq!(
        covered(dump, "Thomas Password").as_deref(),
        None,
        "{:?}",
        found(&engine(), dump)
    );
    masked_as(
        "note from Pedro Okafor: the new VPN password is W1nt3r.4",
        "Pedro Okafor",
        "person",
    );
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]

    /// A stream of any lines (headers, quoted fields left open, other delimiters) is read
    /// without a panic, and every span stays inside its line.
    #[test]
    fn any_stream_of_delimited_lines_is_read_within_bounds(
        lines in proptest::collection::vec(
            proptest::string::string_regex("[a-z_\",;|\\t 0-9A-Z@.-]{0,40}").unwrap_or_else(|_| unreachable!()),
            1..12,
        ),
    ) {
        let e = engine();
        let mut stream = logveil_mask::StreamState::default();
        let mut spans = Vec::new();
        for line in std::iter::once("customer_id,full_name,email").chain(lines.iter().map(String::as_str)) {
            e.detect_in_stream(line.as_bytes(), &mut stream, &mut spans);
            for s in &spans {
                proptest::prop_assert!(s.start < s.end && s.end <= line.len(), "{line:?}: {s:?}");
            }
        }
    }
}
