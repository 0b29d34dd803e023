//! Limits on guessing: after `max` failures of one key (a user for TOTP codes; a user and an
//! address for passwords) within a window, that key is refused for the rest of the window,
//! before any secret is checked.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::Mutex;
use std::time::Duration;

use logveil_core::Timestamp;

/// Keys kept before windows that are over are dropped: many names from many addresses must
/// not grow the map without end.
const PRUNE_AT: usize = 100_000;

/// Failures per key in the current window.
#[derive(Debug)]
pub struct Lockout<K> {
    max: u32,
    window: Duration,
    failures: Mutex<HashMap<K, (u32, Timestamp)>>,
}

impl<K: Eq + Hash> Lockout<K> {
    pub fn new(max: u32, window: Duration) -> Self {
        Self {
            max,
            window,
            failures: Mutex::new(HashMap::new()),
        }
    }

    /// How long `key` stays refused, when it is.
    pub fn locked(&self, key: &K, now: Timestamp) -> Option<Duration> {
        let failures = self.failures.lock().ok()?;
        let (n, since) = failures.get(key)?;
        let until = since.saturating_add(self.window);
        (*n >= self.max && now < until)
            .then(|| Duration::from_nanos(until.as_nanos().saturating_sub(now.as_nanos()) as u64))
    }

    pub fn failed(&self, key: K, now: Timestamp) {
        let Ok(mut failures) = self.failures.lock() else {
            return;
        };
        if failures.len() >= PRUNE_AT {
            let window = self.window;
            failures.retain(|_, (_, since)| now < since.saturating_add(window));
        }
        let entry = failures.entry(key).or_insert((0, now));
        if now >= entry.1.saturating_add(self.window) {
            *entry = (0, now);
        }
        entry.0 += 1;
    }

    pub fn cleared(&self, key: &K) {
        if let Ok(mut failures) = self.failures.lock() {
            failures.remove(key);
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

    use super::*;

    fn at(secs: i64) -> Timestamp {
        Timestamp::from_unix_seconds(1_800_000_000 + secs)
    }

    #[test]
    fn a_key_is_refused_after_max_failures_for_the_rest_of_its_window() {
        let l = Lockout::new(3, Duration::from_secs(300));
        for i in 0..3 {
            assert_eq!(l.locked(&"a", at(i)), None);
            l.failed("a", at(i));
        }
        assert_eq!(l.locked(&"a", at(100)), Some(Duration::from_secs(200)));
        assert_eq!(l.locked(&"b", at(100)), None, "keys are counted apart");
        assert_eq!(l.locked(&"a", at(300)), None, "the window is over");
        // A new window starts from zero.
        l.failed("a", at(301));
        assert_eq!(l.locked(&"a", at(302)), None);
        // Success clears the count.
        l.failed("a", at(303));
        l.failed("a", at(304));
        l.cleared(&"a");
        assert_eq!(l.locked(&"a", at(305)), None);
    }
}
