//! Counting per key in fixed windows, and what is built on it: limits on guessing ([`Lockout`]:
//! after `max` failures of one key within a window, the key is refused for the rest of it,
//! before any secret is checked) and the bound on recorded refusals
//! ([`crate::audit::denials::RefusalThrottle`]).

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::Mutex;
use std::time::Duration;

use logveil_core::Timestamp;

/// Keys kept before windows that are over are dropped: many keys (names, addresses) must not
/// grow the map without end.
const PRUNE_AT: usize = 100_000;

/// One key's window: when it opened and how much was counted in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    pub start: Timestamp,
    pub count: u64,
}

/// Counts per key; a key's window opens at its first count and lasts `window`.
#[derive(Debug)]
pub struct WindowCounts<K> {
    window: Duration,
    counts: Mutex<HashMap<K, Window>>,
}

impl<K: Eq + Hash> WindowCounts<K> {
    pub fn new(window: Duration) -> Self {
        Self {
            window,
            counts: Mutex::new(HashMap::new()),
        }
    }

    fn is_open(&self, w: &Window, now: Timestamp) -> bool {
        now < w.start.saturating_add(self.window)
    }

    /// Counts one for `key`: the count in its window after this one, and the window that
    /// `now` ended for it, if any. `None` when counting is lost (a poisoned lock).
    pub fn add(&self, key: K, now: Timestamp) -> Option<(u64, Option<Window>)> {
        let mut counts = self.counts.lock().ok()?;
        if counts.len() >= PRUNE_AT {
            counts.retain(|_, w| now < w.start.saturating_add(self.window));
        }
        let fresh = Window {
            start: now,
            count: 0,
        };
        let window = counts.entry(key).or_insert(fresh);
        let mut ended = None;
        if !self.is_open(window, now) {
            ended = Some(*window);
            *window = fresh;
        }
        window.count += 1;
        Some((window.count, ended))
    }

    /// `key`'s window, while it is open.
    pub fn current(&self, key: &K, now: Timestamp) -> Option<Window> {
        let counts = self.counts.lock().ok()?;
        counts.get(key).copied().filter(|w| self.is_open(w, now))
    }

    /// When `key`'s window closes.
    pub fn closes(&self, w: &Window) -> Timestamp {
        w.start.saturating_add(self.window)
    }

    pub fn remove(&self, key: &K) {
        if let Ok(mut counts) = self.counts.lock() {
            counts.remove(key);
        }
    }

    /// Takes out every window that is over.
    pub fn expire(&self, now: Timestamp) -> Vec<(K, Window)> {
        let Ok(mut counts) = self.counts.lock() else {
            return Vec::new();
        };
        let mut out = Vec::new();
        let all = std::mem::take(&mut *counts);
        for (key, w) in all {
            if self.is_open(&w, now) {
                counts.insert(key, w);
            } else {
                out.push((key, w));
            }
        }
        out
    }
}

/// Failures per key in the current window.
#[derive(Debug)]
pub struct Lockout<K> {
    max: u32,
    failures: WindowCounts<K>,
}

impl<K: Eq + Hash> Lockout<K> {
    pub fn new(max: u32, window: Duration) -> Self {
        Self {
            max,
            failures: WindowCounts::new(window),
        }
    }

    /// How long `key` stays refused, when it is.
    pub fn locked(&self, key: &K, now: Timestamp) -> Option<Duration> {
        let w = self.failures.current(key, now)?;
        let until = self.failures.closes(&w);
        (w.count >= u64::from(self.max))
            .then(|| Duration::from_nanos(until.as_nanos().saturating_sub(now.as_nanos()) as u64))
    }

    pub fn failed(&self, key: K, now: Timestamp) {
        let _ = self.failures.add(key, now);
    }

    pub fn cleared(&self, key: &K) {
        self.failures.remove(key);
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

    #[test]
    fn windows_that_are_over_are_handed_back_once() {
        let c = WindowCounts::new(Duration::from_secs(60));
        assert_eq!(c.add("a", at(0)), Some((1, None)));
        assert_eq!(c.add("a", at(59)), Some((2, None)));
        c.add("b", at(30));
        assert_eq!(
            c.add("a", at(60)),
            Some((
                1,
                Some(Window {
                    start: at(0),
                    count: 2
                })
            ))
        );
        assert_eq!(
            c.expire(at(95)),
            [(
                "b",
                Window {
                    start: at(30),
                    count: 1
                }
            )]
        );
        assert!(c.expire(at(95)).is_empty());
        assert_eq!(c.current(&"a", at(95)).map(|w| w.count), Some(1));
    }
}
