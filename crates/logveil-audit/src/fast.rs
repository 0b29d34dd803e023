//! The verifier's fast path: an event line whose entry is already in canonical form is hashed
//! as it stands, without building a value tree and writing it out again.
//!
//! The writer writes canonical entries, so nearly every line of a real export takes this path.
//! [`is_canonical`] accepts only byte strings that [`Value::parse`] followed by
//! [`Value::canonical`] would reproduce exactly; anything else (other formatting, escapes in
//! keys, non-ASCII keys, a float, a fault) goes the slow way, which also names the fault. So
//! the hash is the same either way, and the fast path only saves time. A property test holds
//! the two paths to that.
//!
//! [`Value::parse`]: crate::Value::parse
//! [`Value::canonical`]: crate::Value::canonical

/// Deeper than this goes the slow way (which has its own limit).
const MAX_DEPTH: usize = 64;

/// The index and canonical entry bytes of an event line, when the line is exactly
/// `{"type":"event","index":N,"entry":{...}}` with `N` canonical and the entry canonical.
pub(crate) fn canonical_event(line: &[u8]) -> Option<(u64, &[u8])> {
    let rest = line.strip_prefix(b"{\"type\":\"event\",\"index\":")?;
    let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
    let (number, rest) = rest.split_at(digits);
    if number.is_empty() || (number[0] == b'0' && number.len() > 1) {
        return None;
    }
    let index: u64 = std::str::from_utf8(number).ok()?.parse().ok()?;
    let entry = rest.strip_prefix(b",\"entry\":")?.strip_suffix(b"}")?;
    (entry.first() == Some(&b'{') && is_canonical(entry)).then_some((index, entry))
}

/// Whether `bytes` is one JSON value exactly as the canonical form writes it.
pub(crate) fn is_canonical(bytes: &[u8]) -> bool {
    let mut at = 0;
    value(bytes, &mut at, 0) && at == bytes.len()
}

fn value(b: &[u8], at: &mut usize, depth: usize) -> bool {
    if depth > MAX_DEPTH {
        return false;
    }
    match b.get(*at) {
        Some(b'{') => object(b, at, depth),
        Some(b'[') => array(b, at, depth),
        Some(b'"') => string(b, at).is_some(),
        Some(b'-' | b'0'..=b'9') => integer(b, at),
        Some(b't') => literal(b, at, b"true"),
        Some(b'f') => literal(b, at, b"false"),
        Some(b'n') => literal(b, at, b"null"),
        _ => false,
    }
}

fn literal(b: &[u8], at: &mut usize, word: &[u8]) -> bool {
    if b[*at..].starts_with(word) {
        *at += word.len();
        true
    } else {
        false
    }
}

fn object(b: &[u8], at: &mut usize, depth: usize) -> bool {
    *at += 1;
    if b.get(*at) == Some(&b'}') {
        *at += 1;
        return true;
    }
    let mut previous: Option<&[u8]> = None;
    loop {
        let Some(key) = string(b, at) else {
            return false;
        };
        // Keys compare as UTF-16 code units; for ASCII without escapes that is byte order.
        // Anything else is left to the slow path.
        if !key.is_ascii() || key.contains(&b'\\') {
            return false;
        }
        // Strictly increasing: sorted, and no key twice.
        if previous.is_some_and(|p| p >= key) {
            return false;
        }
        previous = Some(key);
        if b.get(*at) != Some(&b':') {
            return false;
        }
        *at += 1;
        if !value(b, at, depth + 1) {
            return false;
        }
        match b.get(*at) {
            Some(b',') => *at += 1,
            Some(b'}') => {
                *at += 1;
                return true;
            }
            _ => return false,
        }
    }
}

fn array(b: &[u8], at: &mut usize, depth: usize) -> bool {
    *at += 1;
    if b.get(*at) == Some(&b']') {
        *at += 1;
        return true;
    }
    loop {
        if !value(b, at, depth + 1) {
            return false;
        }
        match b.get(*at) {
            Some(b',') => *at += 1,
            Some(b']') => {
                *at += 1;
                return true;
            }
            _ => return false,
        }
    }
}

/// A string in canonical form; returns its raw content (between the quotes).
fn string<'a>(b: &'a [u8], at: &mut usize) -> Option<&'a [u8]> {
    if b.get(*at) != Some(&b'"') {
        return None;
    }
    let start = *at + 1;
    let mut i = start;
    loop {
        match *b.get(i)? {
            b'"' => break,
            0x00..=0x1f => return None,
            b'\\' => {
                match *b.get(i + 1)? {
                    b'"' | b'\\' | b'b' | b't' | b'n' | b'f' | b'r' => i += 2,
                    b'u' => {
                        // Only controls without a short form are written as \u00xx, lower-case.
                        let hex = b.get(i + 2..i + 6)?;
                        let code = match hex {
                            [b'0', b'0', hi @ (b'0' | b'1'), lo] => {
                                let lo = match lo {
                                    b'0'..=b'9' => lo - b'0',
                                    b'a'..=b'f' => lo - b'a' + 10,
                                    _ => return None,
                                };
                                (hi - b'0') * 16 + lo
                            }
                            _ => return None,
                        };
                        if matches!(code, 0x08 | 0x09 | 0x0a | 0x0c | 0x0d) {
                            return None;
                        }
                        i += 6;
                    }
                    _ => return None,
                }
            }
            _ => i += 1,
        }
    }
    let content = &b[start..i];
    // Literal text must be valid UTF-8 (escapes are ASCII, so checking the whole is enough).
    std::str::from_utf8(content).ok()?;
    *at = i + 1;
    Some(content)
}

fn integer(b: &[u8], at: &mut usize) -> bool {
    let start = *at;
    let negative = b[*at] == b'-';
    if negative {
        *at += 1;
    }
    let digits_start = *at;
    while b.get(*at).is_some_and(u8::is_ascii_digit) {
        *at += 1;
    }
    let digits = &b[digits_start..*at];
    if digits.is_empty() || digits.len() > 20 || (digits[0] == b'0' && digits.len() > 1) {
        return false;
    }
    // `-0` is written `0`; a fraction or exponent makes a float, which entries refuse.
    if (negative && digits == b"0") || matches!(b.get(*at), Some(b'.' | b'e' | b'E')) {
        return false;
    }
    let Ok(text) = std::str::from_utf8(&b[start..*at]) else {
        return false;
    };
    // The values the slow path keeps exactly: every i64 and u64.
    text.parse::<i64>().is_ok() || text.parse::<u64>().is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_bytes_pass_and_every_other_spelling_goes_the_slow_way() {
        for ok in [
            &br#"{}"#[..],
            br#"{"a":1,"b":[true,false,null,"x"],"c":{"d":-5}}"#,
            br#"{"s":"tab\there \"q\" \\ \u0001 \u001f"}"#,
            br#"{"m":-9223372036854775808,"n":18446744073709551615}"#,
            "{\"u\":\"é \u{2028} \u{7f}\"}".as_bytes(),
        ] {
            assert!(is_canonical(ok), "{}", String::from_utf8_lossy(ok));
            let v = crate::Value::parse(ok).unwrap();
            assert_eq!(v.canonical(), ok);
        }
        for bad in [
            &br#"{"b":1,"a":2}"#[..],
            br#"{"a":1,"a":1}"#,
            br#"{ "a":1}"#,
            br#"{"a":1.0}"#,
            br#"{"a":1e3}"#,
            br#"{"a":-0}"#,
            br#"{"a":01}"#,
            br#"{"a":"\u0041"}"#,
            br#"{"a":"\u000A"}"#,
            br#"{"a":18446744073709551616}"#,
            br#"{"\u0061":1}"#,
            br#"{"a":tru}"#,
            br#"{"a":"\/"}"#,
            b"{\"a\":\"\n\"}",
            b"{\"a\":\"\xff\"}",
            br#"{"a":1}x"#,
        ] {
            assert!(!is_canonical(bad), "{}", String::from_utf8_lossy(bad));
        }
        assert_eq!(
            canonical_event(br#"{"type":"event","index":12,"entry":{"a":1}}"#),
            Some((12, &br#"{"a":1}"#[..]))
        );
        for line in [
            &br#"{"type":"event","index":012,"entry":{"a":1}}"#[..],
            br#"{"type":"event","index":1,"entry":{"a":1},"x":2}"#,
            br#"{"type":"event","index":1,"entry":[1]}"#,
            br#"{"type":"event","index":1, "entry":{"a":1}}"#,
        ] {
            assert_eq!(
                canonical_event(line),
                None,
                "{}",
                String::from_utf8_lossy(line)
            );
        }
    }

    proptest::proptest! {
        /// The fast path never accepts what the slow path would hash differently: whatever it
        /// accepts re-serialises to itself.
        #[test]
        fn whatever_the_fast_path_accepts_is_its_own_canonical_form(
            seed in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..64),
            edits in proptest::collection::vec((proptest::prelude::any::<usize>(), proptest::prelude::any::<u8>()), 0..4),
        ) {
            let mut bytes = sample(&seed);
            for (at, b) in edits {
                if !bytes.is_empty() {
                    let i = at % bytes.len();
                    bytes[i] = b;
                }
            }
            if is_canonical(&bytes) {
                let v = crate::Value::parse(&bytes);
                proptest::prop_assert!(v.is_ok(), "{}", String::from_utf8_lossy(&bytes));
                proptest::prop_assert_eq!(v.unwrap().canonical(), bytes);
            }
        }

        #[test]
        fn canonical_output_always_takes_the_fast_path(
            seed in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..64),
        ) {
            let bytes = sample(&seed);
            proptest::prop_assert!(is_canonical(&bytes), "{}", String::from_utf8_lossy(&bytes));
        }
    }

    /// A canonical entry shaped by `seed`: nested objects and arrays, strings with controls,
    /// quotes, backslashes and non-ASCII text, integers at the edges.
    fn sample(seed: &[u8]) -> Vec<u8> {
        use crate::Value;
        let mut members = Vec::new();
        for (i, chunk) in seed.chunks(4).enumerate() {
            let pick = chunk.first().copied().unwrap_or(0);
            let text: String = chunk
                .iter()
                .map(|&c| match c % 8 {
                    0 => '"',
                    1 => '\\',
                    2 => char::from(c % 32),
                    3 => 'é',
                    4 => '\u{2028}',
                    5 => '😀',
                    _ => char::from(b'a' + c % 26),
                })
                .collect();
            let value = match pick % 6 {
                0 => Value::String(text),
                1 => Value::Int(i128::from(i64::MIN) + i128::from(pick)),
                2 => Value::Int(i128::from(u64::MAX) - i128::from(pick)),
                3 => Value::Array(vec![
                    Value::Bool(pick % 2 == 0),
                    Value::Null,
                    Value::String(text),
                ]),
                4 => Value::Object(vec![("k".into(), Value::Int(i128::from(pick) - 128))]),
                _ => Value::Int(0),
            };
            members.push((format!("key{i:03}"), value));
        }
        Value::Object(members).canonical()
    }
}
