//! Durations as people type them on a command line: `90s`, `30m`, `1h30m`, `7d`, `2w`.

use std::time::Duration;

use crate::CoreError;

/// Parses a sum of `<integer><unit>` parts, units `ms`, `s`, `m`, `h`, `d`, `w`. At least one
/// part; no sign; at most 100 years (anything longer is a typo).
pub fn parse_duration(text: &str) -> Result<Duration, CoreError> {
    let bad =
        |why: &str| CoreError::Duration(format!("{why}; write it like 90s, 30m, 1h30m or 7d"));
    let s = text.trim();
    if s.is_empty() {
        return Err(bad("empty duration"));
    }
    let b = s.as_bytes();
    let mut i = 0;
    let mut total: u128 = 0;
    while i < b.len() {
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if start == i {
            return Err(bad(&format!("expected a number at {:?}", &s[start..])));
        }
        let n: u128 = s[start..i].parse().map_err(|_| bad("number too large"))?;
        let unit_start = i;
        while i < b.len() && b[i].is_ascii_alphabetic() {
            i += 1;
        }
        let millis: u128 = match &s[unit_start..i] {
            "ms" => 1,
            "s" => 1_000,
            "m" => 60_000,
            "h" => 3_600_000,
            "d" => 86_400_000,
            "w" => 7 * 86_400_000,
            "" => return Err(bad(&format!("{n} needs a unit"))),
            u => return Err(bad(&format!("unknown unit {u:?}"))),
        };
        total = total.saturating_add(n.saturating_mul(millis));
    }
    const HUNDRED_YEARS_MS: u128 = 100 * 365 * 86_400_000;
    if total > HUNDRED_YEARS_MS {
        return Err(bad("longer than 100 years"));
    }
    Ok(Duration::from_millis(total as u64))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_parse_as_typed() {
        assert_eq!(parse_duration("90s").unwrap(), Duration::from_secs(90));
        assert_eq!(parse_duration("1h30m").unwrap(), Duration::from_secs(5400));
        assert_eq!(
            parse_duration("7d").unwrap(),
            Duration::from_secs(7 * 86_400)
        );
        assert_eq!(parse_duration("250ms").unwrap(), Duration::from_millis(250));
        for bad in [
            "",
            "h",
            "10",
            "-5m",
            "5 m",
            "3y",
            "99999999999999999999999999999999999999999d",
        ] {
            assert!(parse_duration(bad).is_err(), "{bad}");
        }
    }
}
