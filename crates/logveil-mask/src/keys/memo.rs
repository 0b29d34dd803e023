//! A per-thread memo of key classifications.
//!
//! Logs repeat their keys on every line (`trace_id`, `user_id`, `email`), and classifying one
//! (normalizing it, then probing the table whole, by its last segments and run together) costs
//! more than the rest of reading its value. The memo answers a key seen before on this thread
//! with one hash and one comparison of its bytes: an answer is only reused for the same bytes,
//! the same table and the same kind of value, so it is the answer the table would give.

use std::cell::RefCell;
use std::sync::atomic::{AtomicU64, Ordering};

/// Keys longer than this are classified every time (they are rare and seldom repeat).
const MAX_CACHED: usize = 32;
const SLOTS: usize = 1024;

static NEXT_TABLE: AtomicU64 = AtomicU64::new(1);

/// A fresh identity for a table whose contents changed: answers given for the old contents
/// are never reused for the new.
pub(super) fn new_table_id() -> u64 {
    NEXT_TABLE.fetch_add(1, Ordering::Relaxed)
}

/// A classification, with the entry by its index in the table rather than by reference.
#[derive(Clone, Copy)]
pub(super) enum Memo {
    Sensitive(u16, &'static str),
    Numeric,
    Other,
}

#[derive(Clone, Copy)]
struct Slot {
    table: u64,
    len: u8,
    numeric_value: bool,
    key: [u8; MAX_CACHED],
    memo: Memo,
}

const EMPTY: Slot = Slot {
    table: 0,
    len: 0,
    numeric_value: false,
    key: [0; MAX_CACHED],
    memo: Memo::Other,
};

thread_local! {
    static MEMO: RefCell<[Slot; SLOTS]> = const { RefCell::new([EMPTY; SLOTS]) };
}

#[inline]
fn slot_of(raw: &[u8], numeric_value: bool) -> usize {
    // The first and last eight bytes (overlapping for short keys) and the length: keys that
    // share both ends and their length are rare enough to share a slot.
    let word = |b: &[u8]| {
        let mut w = [0u8; 8];
        let n = b.len().min(8);
        w[..n].copy_from_slice(&b[..n]);
        u64::from_le_bytes(w)
    };
    let head = word(raw);
    let tail = word(&raw[raw.len().saturating_sub(8)..]);
    let h = (head ^ tail.rotate_left(29) ^ ((raw.len() as u64) << 1 | u64::from(numeric_value)))
        .wrapping_mul(0x9e37_79b9_7f4a_7c15);
    (h >> 40) as usize % SLOTS
}

/// The memo of `raw` under table `table`, computing it with `classify` on a miss.
#[inline]
pub(super) fn memoized(
    table: u64,
    raw: &[u8],
    numeric_value: bool,
    classify: impl FnOnce() -> Memo,
) -> Memo {
    if raw.len() > MAX_CACHED {
        return classify();
    }
    let i = slot_of(raw, numeric_value);
    let hit = MEMO.with(|m| {
        let m = m.try_borrow().ok()?;
        let s = m.get(i)?;
        (s.table == table
            && s.numeric_value == numeric_value
            && usize::from(s.len) == raw.len()
            && s.key.get(..raw.len()) == Some(raw))
        .then_some(s.memo)
    });
    if let Some(memo) = hit {
        return memo;
    }
    let memo = classify();
    MEMO.with(|m| {
        if let Ok(mut m) = m.try_borrow_mut() {
            if let Some(s) = m.get_mut(i) {
                s.table = table;
                s.numeric_value = numeric_value;
                s.len = raw.len() as u8;
                s.key[..raw.len()].copy_from_slice(raw);
                s.memo = memo;
            }
        }
    });
    memo
}
