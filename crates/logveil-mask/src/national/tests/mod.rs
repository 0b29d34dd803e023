//! Valid numbers below were built with each scheme's official algorithm by a separate reference
//! implementation (check digits computed, not copied); where a number is a public example, the
//! comment names its source.

use super::schemes::Scheme;
use super::Strength::{NeedsContext, Strong};
use super::*;
use proptest::prelude::*;

mod schemes;

/// What `match_at` finds at the start of `line`: scheme, strength, matched text.
pub(super) fn first(line: &str) -> Option<(&'static str, Strength, String)> {
    at(line, 0)
}

pub(super) fn at(line: &str, s: usize) -> Option<(&'static str, Strength, String)> {
    let m = match_at(line.as_bytes(), s)?;
    Some((m.scheme, m.strength, line[m.start..m.end].to_string()))
}

/// `line` is matched whole, as `scheme`, with `strength`.
#[track_caller]
pub(super) fn whole(line: &str, scheme: Scheme, strength: Strength) {
    assert_eq!(
        first(line),
        Some((scheme.name(), strength, line.to_string())),
        "{line}"
    );
}

#[track_caller]
pub(super) fn strong(line: &str, scheme: Scheme) {
    whole(line, scheme, Strong);
}

#[track_caller]
pub(super) fn weak(line: &str, scheme: Scheme) {
    whole(line, scheme, NeedsContext);
}

/// Nothing at all starts at 0.
#[track_caller]
pub(super) fn none(line: &str) {
    assert_eq!(first(line), None, "{line}");
}

/// Whatever starts at 0, it is not strong evidence, and not `scheme`.
#[track_caller]
pub(super) fn not_scheme(line: &str, scheme: Scheme) {
    if let Some((name, _, _)) = first(line) {
        assert_ne!(name, scheme.name(), "{line}");
    }
}

/// In context `word`, the whole of `value` is `scheme`.
#[track_caller]
pub(super) fn in_ctx(word: &str, value: &str, scheme: Scheme) {
    let ctx = context_word(word.as_bytes()).unwrap_or_else(|| panic!("{word} is no context word"));
    let m = match_in_context(value.as_bytes(), 0, ctx)
        .unwrap_or_else(|| panic!("{word}: {value} not matched"));
    assert_eq!(
        (m.scheme, &value[m.start..m.end]),
        (scheme.name(), value),
        "{word} {value}"
    );
}

#[track_caller]
pub(super) fn not_in_ctx(word: &str, value: &str) {
    let ctx = context_word(word.as_bytes()).unwrap_or_else(|| panic!("{word} is no context word"));
    assert_eq!(
        match_in_context(value.as_bytes(), 0, ctx),
        None,
        "{word} {value}"
    );
}

/// Every single-digit substitution of `valid` fails `scheme`'s check (or, with `weak_ok`,
/// at least loses its strength).
#[track_caller]
pub(super) fn substitutions_fail(scheme: Scheme, valid: &str) {
    assert!(
        scheme.check(valid.as_bytes()).is_some(),
        "{valid} should be valid"
    );
    let mut b = valid.as_bytes().to_vec();
    for i in 0..b.len() {
        let orig = b[i];
        if !orig.is_ascii_digit() {
            continue;
        }
        for d in b'0'..=b'9' {
            if d == orig {
                continue;
            }
            b[i] = d;
            assert_ne!(
                scheme.check(&b),
                Some(Strong),
                "{} passes",
                String::from_utf8_lossy(&b)
            );
            b[i] = orig;
        }
    }
}

/// Every swap of two adjacent, different digits of `valid` fails `scheme`'s check.
#[track_caller]
pub(super) fn transpositions_fail(scheme: Scheme, valid: &str) {
    let mut b = valid.as_bytes().to_vec();
    for i in 0..b.len() - 1 {
        if b[i] == b[i + 1] || !b[i].is_ascii_digit() || !b[i + 1].is_ascii_digit() {
            continue;
        }
        b.swap(i, i + 1);
        assert_ne!(
            scheme.check(&b),
            Some(Strong),
            "{} passes",
            String::from_utf8_lossy(&b)
        );
        b.swap(i, i + 1);
    }
}

// ------------------------------------------------------------------ shared check systems

#[test]
fn check_systems() {
    use super::util::{iso7064_mod11_10, luhn, verhoeff};
    // Verhoeff's own example (Wikipedia, "Verhoeff algorithm"): 236 has check digit 3.
    assert!(verhoeff(&[2, 3, 6, 3]));
    assert!(!verhoeff(&[2, 3, 6, 4]));
    assert!(luhn(&[7, 9, 9, 2, 7, 3, 9, 8, 7, 1, 3]));
    // ZMDV Anlage 3 (BGBl. 1993 I 736) is MOD 11,10 over the USt-IdNr body: DE136695976.
    assert_eq!(iso7064_mod11_10(&[1, 3, 6, 6, 9, 5, 9, 7]), 6);
}

// ------------------------------------------------------------------ boundaries

#[test]
fn token_boundaries() {
    assert_eq!(
        at("cpf=123.456.789-09,", 4).map(|m| m.2),
        Some("123.456.789-09".into())
    );
    assert_eq!(
        at("(123.456.789-09)", 1).map(|m| m.2),
        Some("123.456.789-09".into())
    );
    assert_eq!(
        at("CPF 123.456.789-09.", 4).map(|m| m.2),
        Some("123.456.789-09".into())
    );
    assert_eq!(at("x123.456.789-09", 1), None);
    none("123.456.789-091");
    none("123.456.789-09.5");
    none("123.456.789-09-1");
    none("123.456.789-09x");
    assert_eq!(at("1.123.456.789-09", 2), None);
    assert_eq!(at("ORD-123456782", 4), None);
    assert_eq!(at("id_123456782", 3), None);
    assert_eq!(at("+4912345678995", 1), None);
    none("12345678995@example.com");
    none("RSSMRA85T10A562SX");
    assert_eq!(at("XRSSMRA85T10A562S", 1), None);
    // Spaced shapes are not cut out of longer digit groups.
    none("2345 6789 0124 5678");
    assert_eq!(at("7 2345 6789 0124", 2), None);
    none("1 85 08 75 123 456 24 99");
    // A match may start at the end of the line or after non-ASCII text.
    assert_eq!(
        at("身份证11010519491231002X", "身份证".len()).map(|m| m.1),
        Some(Strong)
    );
    assert_eq!(match_at(b"123", 3), None);
    assert_eq!(match_at(b"123", 99), None);
    assert_eq!(match_at(b"", 0), None);
}

#[test]
fn look_alikes_are_not_strong() {
    let lines = [
        "2026-12-06T10:30:15.123Z 20261206103015 done",
        "ts=1733480000000 took 1701234567890 ms",
        "trace=4f3a9c21d8e7b6a5 span=00f067aa0ba902b7",
        "req 123e4567-e89b-12d3-a456-426614174000 ok",
        "call +44 20 7946 0018 or (415) 555-0134 or +33 1 85 08 75 12",
        "order ORD-123456789 #4667382752615110 invoice 2024-000123",
        "from 192.168.100.200 and 10.20.30.40 via 8.8.8.8",
        "version 1.85.08.75 build 20240105.1 v2.10.3",
        "bytes=1073741824 size 2147483648 rows 123456789012",
        "card 4111 1111 1111 1111 exp 12/26",
        "date 05.01.2024 time 10:30:15 zone +05:30",
        "ssn 123-45-6789 phone 555-123-4567",
        "imei 352099001761481 iccid 8944500102198304826",
        "sha 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    ];
    for line in lines {
        for s in 0..line.len() {
            if let Some(m) = match_at(line.as_bytes(), s) {
                assert_eq!(
                    m.strength,
                    NeedsContext,
                    "{line}: {} at {s} taken as {}",
                    &line[m.start..m.end],
                    m.scheme
                );
            }
        }
    }
}

// ------------------------------------------------------------------ context words

#[test]
fn context_words() {
    let label = |w: &str| context_word(w.as_bytes()).map(Context::label);
    assert_eq!(label("bsn"), Some("NL BSN"));
    assert_eq!(label("BSN"), Some("NL BSN"));
    assert_eq!(label("burgerservicenummer"), Some("NL BSN"));
    assert_eq!(label("tc kimlik no"), Some("TR TC Kimlik No"));
    assert_eq!(label("tckn"), Some("TR TC Kimlik No"));
    assert_eq!(label("steuer-id"), Some("DE Steuer-ID"));
    assert_eq!(label("Steueridentifikationsnummer"), Some("DE Steuer-ID"));
    assert_eq!(label("numéro de sécurité sociale"), Some("FR NIR"));
    assert_eq!(label("numero_de_securite_sociale"), Some("FR NIR"));
    assert_eq!(label("codiceFiscale"), Some("IT codice fiscale"));
    assert_eq!(label("주민등록번호"), Some("KR RRN"));
    assert_eq!(label("sort_code"), Some("UK sort code"));
    assert_eq!(label("Routing-Number"), Some("US routing number"));
    assert_eq!(label("billingAccountNumber"), Some("bank account"));
    assert_eq!(label("user.cpf"), Some("BR CPF"));
    assert_eq!(label("cpr_nr"), Some("DK CPR"));
    assert_eq!(label("bsn_id"), Some("NL BSN"));
    assert_eq!(label("personnummer"), Some("personnummer"));
    assert_eq!(label("iban"), Some("bank account"));
    assert_eq!(label("national_id"), Some("national id"));
    // Not context words: generic ids, words that merely contain one.
    assert_eq!(label("id"), None);
    assert_eq!(label("user_id"), None);
    assert_eq!(label("number"), None);
    assert_eq!(label("pancake"), None);
    assert_eq!(label("tinder"), None);
    assert_eq!(label(""), None);
    let ctx = context_word(b"iban").unwrap();
    assert!(ctx.is_bank() && ctx.announces(Scheme::UsRouting));
    assert!(!context_word(b"bsn").unwrap().is_bank());
    // Very long keys keep their tail.
    assert_eq!(label("a_b_c_d_e_f_g_h_i_j_customer_bsn"), Some("NL BSN"));
    let long = format!("{}_customer_bsn", "segment".repeat(30));
    assert_eq!(label(&long), Some("NL BSN"));
}

#[test]
fn word_list_is_normalized_and_unique() {
    let list = super::context::WORD_LIST;
    for (i, (w, ctx)) in list.iter().enumerate() {
        let text = String::from_utf8_lossy(w);
        assert!(
            w.iter()
                .all(|b| !b.is_ascii() || b.is_ascii_lowercase() || b.is_ascii_digit()),
            "{text} is not normalized"
        );
        assert!(
            list[..i].iter().all(|(other, _)| other != w),
            "{text} is listed twice"
        );
        assert_eq!(context_word(w), Some(*ctx), "{text}");
    }
}

#[test]
fn context_before_values() {
    let before = |line: &str, value: &str| {
        let s = line.find(value).unwrap();
        context_before(line.as_bytes(), s).map(Context::label)
    };
    assert_eq!(before("bsn: 123456782", "123456782"), Some("NL BSN"));
    assert_eq!(
        before(r#"{"routing_number":"021000021"}"#, "021000021"),
        Some("US routing number")
    );
    assert_eq!(
        before("numéro de sécurité sociale 1 85 08 75 123 456 24", "1 85"),
        Some("FR NIR")
    );
    assert_eq!(
        before("sort code 123456 account number 12345678", "123456 "),
        Some("UK sort code")
    );
    assert_eq!(
        before("sort code 123456 account number 12345678", "12345678"),
        Some("bank account")
    );
    assert_eq!(
        before("TC Kimlik No: 10000000146", "10000000146"),
        Some("TR TC Kimlik No")
    );
    assert_eq!(before("paid 123456782 cents", "123456782"), None);
    assert_eq!(before("123456782", "123456782"), None);
    let line = "user bsn=123456782 logged in";
    let s = line.find("123").unwrap();
    let ctx = context_before(line.as_bytes(), s).unwrap();
    let m = match_in_context(line.as_bytes(), s, ctx).unwrap();
    assert_eq!((m.scheme, &line[m.start..m.end]), ("NL BSN", "123456782"));
}

#[test]
fn reportable_with_words_before() {
    let report = |line: &str, value: &str| {
        let s = line.find(value).unwrap();
        reportable_at(line.as_bytes(), s).map(|m| (m.scheme, line[m.start..m.end].to_string()))
    };
    let found = |scheme: &'static str, text: &str| Some((scheme, text.to_string()));
    assert_eq!(
        report("bsn: 123456782 ok", "123"),
        found("NL BSN", "123456782")
    );
    assert_eq!(report("paid 123456782 cents", "123"), None);
    assert_eq!(
        report("CPF 123.456.789-09", "123"),
        found("BR CPF", "123.456.789-09")
    );
    // A strong shape stands even after a word that announces something else.
    assert_eq!(
        report("bsn 123.456.789-09", "123"),
        found("BR CPF", "123.456.789-09")
    );
    assert_eq!(
        report("sort code 123456 account number 12345678", "123456 "),
        found("UK sort code", "123456")
    );
    assert_eq!(
        report("sort code 123456 account number 12345678", "12345678"),
        found("bank account number", "12345678")
    );
    assert_eq!(
        report("Passport No: C03005988.", "C03"),
        found("passport number", "C03005988")
    );
    assert_eq!(report("x=1 passport", "passport"), None);
}

#[test]
fn context_picks_the_scheme_of_a_shared_shape() {
    // 11 digits valid as several schemes at once are named by the word before them.
    let v = "10000000146";
    in_ctx("tckn", v, Scheme::TrTckn);
    assert_eq!(
        match_in_context(v.as_bytes(), 0, context_word(b"pesel").unwrap()),
        None
    );
}

#[test]
fn every_scheme_has_a_name_and_bit() {
    let mut seen = 0u64;
    for s in Scheme::ALL {
        assert!(!s.name().is_empty());
        assert_eq!(seen & s.bit(), 0);
        seen |= s.bit();
    }
    for p in super::schemes::PATTERNS {
        assert!(p.pat.len() <= 24 && usize::from(p.lead) <= p.pat.len());
    }
}

// ------------------------------------------------------------------ robustness

fn id_bytes() -> impl Strategy<Value = Vec<u8>> {
    let alphabet: Vec<u8> = b"0123456789 .-/+:_@ABCDEHLMPRSTXYZabcxz\xc3\xa9\xe4\xb8\xad".to_vec();
    prop::collection::vec(prop::sample::select(alphabet), 0..48)
}

const WORDS: [&str; 12] = [
    "bsn",
    "account number",
    "passport",
    "driver's licence",
    "kontonummer",
    "sort code",
    "national id",
    "iban",
    "routing",
    "personnummer",
    "rrn",
    "pan",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2048))]

    #[test]
    fn never_panics_and_stays_in_bounds(
        line in prop_oneof![id_bytes(), prop::collection::vec(any::<u8>(), 0..64)],
        pos in 0usize..70,
        word in 0usize..WORDS.len(),
    ) {
        if let Some(m) = match_at(&line, pos) {
            prop_assert_eq!(m.start, pos);
            prop_assert!(m.end > m.start && m.end <= line.len());
        }
        let ctx = context_word(WORDS[word].as_bytes()).unwrap();
        if let Some(m) = match_in_context(&line, pos, ctx) {
            prop_assert_eq!(m.start, pos);
            prop_assert!(m.end > m.start && m.end <= line.len());
            prop_assert!(ctx.mask() & bit_of(m.scheme) != 0);
        }
        if let Some(m) = reportable_at(&line, pos) {
            prop_assert_eq!(m.start, pos);
            prop_assert!(m.end > m.start && m.end <= line.len());
        }
        let _ = context_before(&line, pos);
        let _ = context_word(&line);
    }

    #[test]
    fn a_match_ends_at_token_boundaries(line in id_bytes(), pos in 0usize..48) {
        if let Some(m) = match_at(&line, pos) {
            let glued = |b: Option<&u8>| b.is_some_and(|&b| b.is_ascii_alphanumeric() || b == b'_');
            prop_assert!(!glued(m.start.checked_sub(1).and_then(|i| line.get(i))));
            prop_assert!(!glued(line.get(m.end)));
        }
    }
}

fn bit_of(name: &str) -> u64 {
    Scheme::ALL
        .iter()
        .find(|s| s.name() == name)
        .map_or(0, |s| s.bit())
}

#[test]
fn national_holds_the_shaped_national_ids_and_nothing_else() {
    for s in Scheme::ALL {
        let shaped_id = !s.is_bank()
            && !matches!(
                s,
                Scheme::Passport | Scheme::DriverLicence | Scheme::IdNumber
            );
        assert_eq!(super::context::NATIONAL & s.bit() != 0, shaped_id, "{s:?}");
    }
}
