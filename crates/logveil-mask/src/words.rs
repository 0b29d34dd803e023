//! Constant word tables with O(1) lookup, built at compile time.
//!
//! The scanner asks "is this word a trigger / a street suffix / a placeholder" for most words of
//! every line. A `matches!` over dozens of byte strings compiles to a chain of length checks and
//! `memcmp` calls; a small open-addressing table built by a `const fn` answers with one hash of
//! the word and, usually, one comparison.

const SLOTS: usize = 1024;
const EMPTY: u16 = u16::MAX;

const fn hash(w: &[u8]) -> usize {
    let mut h: u32 = 0x811c_9dc5;
    let mut i = 0;
    while i < w.len() {
        h ^= w[i] as u32;
        h = h.wrapping_mul(0x0100_0193);
        i += 1;
    }
    (h ^ (h >> 15)) as usize
}

/// A constant map from words (as written, usually lowercase) to values.
#[derive(Debug)]
pub(crate) struct WordMap<T: 'static> {
    slots: [u16; SLOTS],
    /// Per word length (16 = longer), a bit per first letter: most words of a line are ruled
    /// out by one load and a shift, without hashing.
    shapes: [u32; 17],
    entries: &'static [(&'static [u8], T)],
}

impl<T: Copy> WordMap<T> {
    /// Builds the table; fails to compile if there are too many words.
    pub(crate) const fn new(entries: &'static [(&'static [u8], T)]) -> Self {
        assert!(entries.len() < SLOTS / 2, "word table too full");
        let mut slots = [EMPTY; SLOTS];
        let mut shapes = [0u32; 17];
        let mut i = 0;
        while i < entries.len() {
            let w = entries[i].0;
            if let Some(&first) = w.first() {
                let len = if w.len() > 16 { 16 } else { w.len() };
                shapes[len] |= 1 << (first & 31);
            }
            let mut slot = hash(entries[i].0) % SLOTS;
            while slots[slot] != EMPTY {
                slot = (slot + 1) % SLOTS;
            }
            slots[slot] = i as u16;
            i += 1;
        }
        WordMap {
            slots,
            shapes,
            entries,
        }
    }

    /// Cheap pre-check: `false` means `w` is certainly not in the map.
    #[inline]
    pub(crate) fn may_contain(&self, w: &[u8]) -> bool {
        match w.first() {
            Some(&first) => self.shapes[w.len().min(16)] & (1 << (first & 31)) != 0,
            None => !self.entries.is_empty() && self.entries.iter().any(|e| e.0.is_empty()),
        }
    }

    #[inline]
    pub(crate) fn get(&self, w: &[u8]) -> Option<T> {
        if !self.may_contain(w) {
            return None;
        }
        let mut slot = hash(w) % SLOTS;
        loop {
            let idx = self.slots[slot];
            if idx == EMPTY {
                return None;
            }
            let (word, value) = self.entries[usize::from(idx)];
            if word == w {
                return Some(value);
            }
            slot = (slot + 1) % SLOTS;
        }
    }

    #[inline]
    pub(crate) fn contains(&self, w: &[u8]) -> bool {
        self.get(w).is_some()
    }
}

/// Shorthand for a set: a map to `()`.
pub(crate) type WordSet = WordMap<()>;

/// `set![b"a", b"b"]`: the entries of a [`WordSet`].
macro_rules! set {
    ($($w:expr),* $(,)?) => {
        &[$(($w as &[u8], ())),*]
    };
}
pub(crate) use set;

#[cfg(test)]
mod tests {
    use super::*;

    static S: WordSet = WordMap::new(set![b"street", b"st", b"avenue", b""]);

    #[test]
    fn finds_members_only() {
        assert!(S.contains(b"street"));
        assert!(S.contains(b"st"));
        assert!(S.contains(b""));
        assert!(!S.contains(b"stree"));
        assert!(!S.contains(b"streets"));
    }
}
