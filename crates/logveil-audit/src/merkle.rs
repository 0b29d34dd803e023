//! RFC 6962 Merkle tree hashing, the append-only log, and audit paths and consistency proofs
//! with the RFC 9162 verification algorithms.
//!
//! Two shapes of the same tree: [`MerkleLog`] keeps only the roots of its perfect subtrees
//! (O(log n) memory: what an appender or a streaming verifier needs), [`MerkleTree`] keeps every
//! level (2n hashes: what a proof server needs to answer in O(log n)). The free functions
//! work on a slice of leaf hashes for callers that hold them anyway.

use std::fmt;

use sha2::{Digest, Sha256};

use crate::AuditError;

/// A SHA-256 output: a leaf hash, a node hash or a tree head.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Hash(pub [u8; 32]);

impl Hash {
    pub fn as_bytes(&self) -> &[u8; 32] {
        &self.0
    }

    pub fn to_hex(&self) -> String {
        let mut s = String::with_capacity(64);
        for b in self.0 {
            s.push(char::from(HEX[usize::from(b >> 4)]));
            s.push(char::from(HEX[usize::from(b & 15)]));
        }
        s
    }

    /// Parses 64 hex digits (either case).
    pub fn from_hex(s: &str) -> Option<Hash> {
        let b = s.as_bytes();
        if b.len() != 64 {
            return None;
        }
        let mut out = [0u8; 32];
        for (i, pair) in b.chunks_exact(2).enumerate() {
            let hi = char::from(pair[0]).to_digit(16)?;
            let lo = char::from(pair[1]).to_digit(16)?;
            out[i] = u8::try_from(hi * 16 + lo).ok()?;
        }
        Some(Hash(out))
    }
}

const HEX: &[u8; 16] = b"0123456789abcdef";

impl fmt::Debug for Hash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_hex())
    }
}

impl fmt::Display for Hash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_hex())
    }
}

/// `SHA-256(0x00 ‖ entry)`: the domain byte keeps a leaf from ever passing for a node.
pub fn leaf_hash(entry: &[u8]) -> Hash {
    let mut h = Sha256::new();
    h.update([0u8]);
    h.update(entry);
    Hash(h.finalize().into())
}

/// `SHA-256(0x01 ‖ left ‖ right)`.
pub fn node_hash(left: &Hash, right: &Hash) -> Hash {
    let mut h = Sha256::new();
    h.update([1u8]);
    h.update(left.0);
    h.update(right.0);
    Hash(h.finalize().into())
}

/// The head of the empty tree, `SHA-256("")`, as RFC 6962 defines it.
pub fn empty_root() -> Hash {
    Hash(Sha256::digest([]).into())
}

/// The largest power of two strictly smaller than `n` (`n >= 2`): where RFC 6962 splits.
fn split(n: u64) -> u64 {
    debug_assert!(n >= 2);
    1u64 << (63 - (n - 1).leading_zeros())
}

/// The append-only log in O(log n) memory: one hash per set bit of the size, the roots of the
/// perfect subtrees the RFC tree decomposes into, largest first.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MerkleLog {
    size: u64,
    peaks: Vec<Hash>,
}

impl MerkleLog {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn size(&self) -> u64 {
        self.size
    }

    /// Appends a leaf hash (see [`leaf_hash`]); amortised one node hash, at most log n.
    pub fn push(&mut self, leaf: Hash) {
        let mut carry = leaf;
        let mut s = self.size;
        while s & 1 == 1 {
            match self.peaks.pop() {
                Some(left) => carry = node_hash(&left, &carry),
                None => break,
            }
            s >>= 1;
        }
        self.peaks.push(carry);
        self.size += 1;
    }

    /// Hashes `entry` as a leaf and appends it; returns the new leaf's index.
    pub fn append(&mut self, entry: &[u8]) -> u64 {
        self.push(leaf_hash(entry));
        self.size - 1
    }

    /// The log's state as a frontier: the roots of its perfect subtrees, largest (leftmost)
    /// first, one per set bit of [`MerkleLog::size`]. With the size it is all an appender or a
    /// verifier needs to carry on from here, which is what a partial export starts with.
    pub fn frontier(&self) -> &[Hash] {
        &self.peaks
    }

    /// The log of `size` leaves whose frontier is `hashes` (as [`MerkleLog::frontier`] gives
    /// it). Only the count can be checked here: whether the hashes are the right ones shows
    /// when a root computed from them is compared with a signed one.
    pub fn from_frontier(size: u64, hashes: Vec<Hash>) -> Result<MerkleLog, AuditError> {
        let expected = size.count_ones();
        if hashes.len() != expected as usize {
            return Err(AuditError::Frontier {
                size,
                expected,
                found: hashes.len(),
            });
        }
        Ok(MerkleLog {
            size,
            peaks: hashes,
        })
    }

    /// The tree head at the current size.
    pub fn root(&self) -> Hash {
        // RFC 6962 splits off the largest perfect subtree on the left each time, so the head is
        // the peaks folded from the right.
        let mut it = self.peaks.iter().rev();
        let Some(last) = it.next() else {
            return empty_root();
        };
        it.fold(*last, |acc, peak| node_hash(peak, &acc))
    }
}

/// Every level of the tree, for O(log n) roots at any past size and O(log n) proofs.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MerkleTree {
    /// `levels[k][i]` is the root of the perfect subtree over leaves `i·2^k .. (i+1)·2^k`.
    levels: Vec<Vec<Hash>>,
}

impl MerkleTree {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn from_leaves(leaves: impl IntoIterator<Item = Hash>) -> Self {
        let mut t = Self::new();
        for l in leaves {
            t.push(l);
        }
        t
    }

    pub fn size(&self) -> u64 {
        self.levels.first().map_or(0, |l| l.len() as u64)
    }

    pub fn leaf(&self, index: u64) -> Option<Hash> {
        let i = usize::try_from(index).ok()?;
        self.levels.first()?.get(i).copied()
    }

    /// Appends a leaf hash.
    pub fn push(&mut self, leaf: Hash) {
        let mut carry = leaf;
        let mut k = 0;
        loop {
            if self.levels.len() == k {
                self.levels.push(Vec::new());
            }
            let level = &mut self.levels[k];
            level.push(carry);
            if level.len() % 2 == 1 {
                return;
            }
            let n = level.len();
            carry = node_hash(&level[n - 2], &level[n - 1]);
            k += 1;
        }
    }

    /// Hashes `entry` as a leaf and appends it; returns the new leaf's index.
    pub fn append(&mut self, entry: &[u8]) -> u64 {
        self.push(leaf_hash(entry));
        self.size() - 1
    }

    pub fn root(&self) -> Hash {
        self.subtree(0, self.size())
    }

    /// The tree head the log had when it held `size` leaves.
    pub fn root_at(&self, size: u64) -> Result<Hash, AuditError> {
        self.check_size(size)?;
        Ok(self.subtree(0, size))
    }

    /// The RFC 6962 audit path of leaf `index` in the tree of the first `size` leaves.
    pub fn inclusion_proof(&self, index: u64, size: u64) -> Result<Vec<Hash>, AuditError> {
        self.check_size(size)?;
        inclusion_path(index, size, |lo, hi| self.subtree(lo, hi))
    }

    /// The RFC 6962 consistency proof from the tree of `old` leaves to the tree of `new`.
    pub fn consistency_proof(&self, old: u64, new: u64) -> Result<Vec<Hash>, AuditError> {
        self.check_size(new)?;
        consistency_path(old, new, |lo, hi| self.subtree(lo, hi))
    }

    fn check_size(&self, size: u64) -> Result<(), AuditError> {
        let have = self.size();
        if size > have {
            return Err(AuditError::SizeOutOfRange { asked: size, have });
        }
        Ok(())
    }

    /// MTH over leaves `lo..hi`; callers keep `hi <= size`.
    fn subtree(&self, lo: u64, hi: u64) -> Hash {
        let n = hi - lo;
        if n == 0 {
            return empty_root();
        }
        if n.is_power_of_two() && lo.is_multiple_of(n) {
            let k = n.trailing_zeros() as usize;
            if let Some(h) = self
                .levels
                .get(k)
                .and_then(|level| level.get(usize::try_from(lo >> k).ok()?))
            {
                return *h;
            }
        }
        let k = split(n);
        node_hash(&self.subtree(lo, lo + k), &self.subtree(lo + k, hi))
    }
}

/// The tree head over a list of leaf hashes (O(n), O(log n) memory).
pub fn root(leaves: &[Hash]) -> Hash {
    let mut log = MerkleLog::new();
    for l in leaves {
        log.push(*l);
    }
    log.root()
}

/// The audit path of `leaves[index]` in the tree over all of `leaves` (O(n): holders of many
/// proofs over one tree want [`MerkleTree`]).
pub fn inclusion_proof(leaves: &[Hash], index: u64) -> Result<Vec<Hash>, AuditError> {
    inclusion_path(index, leaves.len() as u64, |lo, hi| {
        root(&leaves[lo as usize..hi as usize])
    })
}

/// The consistency proof from the tree over `leaves[..old]` to the tree over all of `leaves`.
pub fn consistency_proof(leaves: &[Hash], old: u64) -> Result<Vec<Hash>, AuditError> {
    consistency_path(old, leaves.len() as u64, |lo, hi| {
        root(&leaves[lo as usize..hi as usize])
    })
}

/// PATH(m, D[n]) of RFC 6962 §2.1.1, walked from the root down and returned leaf-side first.
fn inclusion_path(
    index: u64,
    size: u64,
    mut subtree: impl FnMut(u64, u64) -> Hash,
) -> Result<Vec<Hash>, AuditError> {
    if index >= size {
        return Err(AuditError::IndexOutOfRange { index, size });
    }
    let mut path = Vec::new();
    let (mut lo, mut hi) = (0u64, size);
    while hi - lo > 1 {
        let k = split(hi - lo);
        if index < lo + k {
            path.push(subtree(lo + k, hi));
            hi = lo + k;
        } else {
            path.push(subtree(lo, lo + k));
            lo += k;
        }
    }
    path.reverse();
    Ok(path)
}

/// PROOF(m, D[n]) = SUBPROOF(m, D[n], true) of RFC 6962 §2.1.2, returned leaf-side first.
/// Sizes 0 and `new` get the empty proof: every tree extends the empty one and itself.
fn consistency_path(
    old: u64,
    new: u64,
    mut subtree: impl FnMut(u64, u64) -> Hash,
) -> Result<Vec<Hash>, AuditError> {
    if old > new {
        return Err(AuditError::SizesReversed { old, new });
    }
    let mut path = Vec::new();
    if old == 0 || old == new {
        return Ok(path);
    }
    let (mut lo, mut hi, mut m) = (0u64, new, old);
    let mut whole = true;
    loop {
        let n = hi - lo;
        if m == n {
            if !whole {
                path.push(subtree(lo, hi));
            }
            break;
        }
        let k = split(n);
        if m <= k {
            path.push(subtree(lo + k, hi));
            hi = lo + k;
        } else {
            path.push(subtree(lo, lo + k));
            lo += k;
            m -= k;
            whole = false;
        }
    }
    path.reverse();
    Ok(path)
}

/// Makes one inclusion or consistency proof from the leaves fed in order, in O(log n) memory:
/// for a proof server that reads its leaves from a file and should not hold them all (a
/// [`MerkleTree`] of a million leaves is 64 MB).
///
/// A proof is the heads of a few disjoint ranges of leaves; the builder learns which ranges
/// first, then hashes each as its leaves go by.
#[derive(Clone, Debug)]
pub struct ProofBuilder {
    /// `(lo, hi, position in the proof)` of each range, by `lo`.
    ranges: Vec<(u64, u64, usize)>,
    heads: Vec<Option<Hash>>,
    /// The first range not yet complete.
    next: usize,
    current: MerkleLog,
    fed: u64,
    needed: u64,
}

impl ProofBuilder {
    /// For the audit path of leaf `index` in the tree of the first `size` leaves.
    pub fn inclusion(index: u64, size: u64) -> Result<ProofBuilder, AuditError> {
        let mut ranges = Vec::new();
        inclusion_path(index, size, |lo, hi| {
            ranges.push((lo, hi));
            empty_root()
        })?;
        Ok(Self::over(ranges, size))
    }

    /// For the consistency proof from the tree of `old` leaves to the tree of `new`.
    pub fn consistency(old: u64, new: u64) -> Result<ProofBuilder, AuditError> {
        let mut ranges = Vec::new();
        consistency_path(old, new, |lo, hi| {
            ranges.push((lo, hi));
            empty_root()
        })?;
        Ok(Self::over(ranges, new))
    }

    /// `ranges` in the order the path functions asked for them: the proof lists them reversed.
    fn over(ranges: Vec<(u64, u64)>, needed: u64) -> ProofBuilder {
        let n = ranges.len();
        let mut ranges: Vec<(u64, u64, usize)> = ranges
            .into_iter()
            .enumerate()
            .map(|(i, (lo, hi))| (lo, hi, n - 1 - i))
            .collect();
        ranges.sort_unstable();
        ProofBuilder {
            ranges,
            heads: vec![None; n],
            next: 0,
            current: MerkleLog::new(),
            fed: 0,
            needed,
        }
    }

    /// How many leaves the proof needs: feed leaves `0..leaves_needed()`.
    pub fn leaves_needed(&self) -> u64 {
        self.needed
    }

    /// Takes the next leaf (index 0 first); leaves past [`ProofBuilder::leaves_needed`] are
    /// ignored.
    pub fn push(&mut self, leaf: Hash) {
        let index = self.fed;
        self.fed += 1;
        let Some(&(lo, hi, position)) = self.ranges.get(self.next) else {
            return;
        };
        if index < lo || index >= hi {
            return;
        }
        self.current.push(leaf);
        if index + 1 == hi {
            self.heads[position] = Some(self.current.root());
            self.current = MerkleLog::new();
            self.next += 1;
        }
    }

    /// The proof, once every needed leaf was fed.
    pub fn finish(self) -> Result<Vec<Hash>, AuditError> {
        if self.fed < self.needed {
            return Err(AuditError::SizeOutOfRange {
                asked: self.needed,
                have: self.fed,
            });
        }
        self.heads
            .into_iter()
            .map(|h| {
                h.ok_or(AuditError::SizeOutOfRange {
                    asked: self.needed,
                    have: self.fed,
                })
            })
            .collect()
    }
}

/// Checks an audit path with the algorithm of RFC 9162 §2.1.3.2.
pub fn verify_inclusion(
    leaf: &Hash,
    index: u64,
    size: u64,
    proof: &[Hash],
    root: &Hash,
) -> Result<(), AuditError> {
    if index >= size {
        return Err(AuditError::InclusionProof(
            "the leaf index is not below the tree size",
        ));
    }
    let (mut fn_, mut sn) = (index, size - 1);
    let mut r = *leaf;
    for p in proof {
        if sn == 0 {
            return Err(AuditError::InclusionProof("the proof is too long"));
        }
        if fn_ & 1 == 1 || fn_ == sn {
            r = node_hash(p, &r);
            if fn_ & 1 == 0 {
                while fn_ & 1 == 0 && fn_ != 0 {
                    fn_ >>= 1;
                    sn >>= 1;
                }
            }
        } else {
            r = node_hash(&r, p);
        }
        fn_ >>= 1;
        sn >>= 1;
    }
    if sn != 0 {
        return Err(AuditError::InclusionProof("the proof is too short"));
    }
    if r != *root {
        return Err(AuditError::InclusionProof("the computed root differs"));
    }
    Ok(())
}

/// Checks a consistency proof with the algorithm of RFC 9162 §2.1.4.2, plus the two cases it
/// leaves out: from size 0 (any tree, empty proof) and to the same size (equal roots, empty
/// proof).
pub fn verify_consistency(
    old: u64,
    new: u64,
    old_root: &Hash,
    new_root: &Hash,
    proof: &[Hash],
) -> Result<(), AuditError> {
    if old > new {
        return Err(AuditError::ConsistencyProof(
            "the old size is larger than the new",
        ));
    }
    if old == 0 || old == new {
        if !proof.is_empty() {
            return Err(AuditError::ConsistencyProof("the proof should be empty"));
        }
        if old == 0 && *old_root != empty_root() {
            return Err(AuditError::ConsistencyProof(
                "the old root is not the empty tree's",
            ));
        }
        if old == new && old_root != new_root {
            return Err(AuditError::ConsistencyProof("same size, different roots"));
        }
        return Ok(());
    }
    let mut path = proof.iter();
    // A power-of-two old tree is itself a node of the new one, so the proof leaves it out.
    let first = if old.is_power_of_two() {
        *old_root
    } else {
        *path
            .next()
            .ok_or(AuditError::ConsistencyProof("the proof is empty"))?
    };
    let (mut fn_, mut sn) = (old - 1, new - 1);
    while fn_ & 1 == 1 {
        fn_ >>= 1;
        sn >>= 1;
    }
    let (mut fr, mut sr) = (first, first);
    for c in path {
        if sn == 0 {
            return Err(AuditError::ConsistencyProof("the proof is too long"));
        }
        if fn_ & 1 == 1 || fn_ == sn {
            fr = node_hash(c, &fr);
            sr = node_hash(c, &sr);
            if fn_ & 1 == 0 {
                while fn_ & 1 == 0 && fn_ != 0 {
                    fn_ >>= 1;
                    sn >>= 1;
                }
            }
        } else {
            sr = node_hash(&sr, c);
        }
        fn_ >>= 1;
        sn >>= 1;
    }
    if sn != 0 {
        return Err(AuditError::ConsistencyProof("the proof is too short"));
    }
    if fr != *old_root {
        return Err(AuditError::ConsistencyProof("the old root differs"));
    }
    if sr != *new_root {
        return Err(AuditError::ConsistencyProof("the new root differs"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

    use super::*;

    /// MTH exactly as RFC 6962 §2.1 writes it.
    fn naive_root(leaves: &[Hash]) -> Hash {
        match leaves.len() {
            0 => empty_root(),
            1 => leaves[0],
            n => {
                let k = split(n as u64) as usize;
                node_hash(&naive_root(&leaves[..k]), &naive_root(&leaves[k..]))
            }
        }
    }

    fn leaves(n: usize) -> Vec<Hash> {
        (0..n)
            .map(|i| leaf_hash(&(i as u64).to_be_bytes()))
            .collect()
    }

    #[test]
    fn split_is_the_largest_power_of_two_below() {
        assert_eq!(split(2), 1);
        assert_eq!(split(3), 2);
        assert_eq!(split(4), 2);
        assert_eq!(split(5), 4);
        assert_eq!(split(8), 4);
        assert_eq!(split(9), 8);
        assert_eq!(split(u64::MAX), 1 << 63);
    }

    #[test]
    fn log_and_tree_roots_match_the_recursive_definition() {
        let all = leaves(130);
        let mut log = MerkleLog::new();
        let mut tree = MerkleTree::new();
        assert_eq!(log.root(), empty_root());
        for (n, l) in all.iter().enumerate() {
            log.push(*l);
            tree.push(*l);
            let want = naive_root(&all[..=n]);
            assert_eq!(log.root(), want, "log size {}", n + 1);
            assert_eq!(tree.root(), want, "tree size {}", n + 1);
            assert_eq!(root(&all[..=n]), want);
        }
        for n in 0..=130 {
            assert_eq!(tree.root_at(n).unwrap(), naive_root(&all[..n as usize]));
        }
        assert!(tree.root_at(131).is_err());
    }

    #[test]
    fn log_memory_is_one_hash_per_set_bit() {
        let mut log = MerkleLog::new();
        for l in leaves(1000) {
            log.push(l);
            assert_eq!(log.peaks.len() as u32, log.size().count_ones());
        }
    }

    #[test]
    fn a_log_carries_on_from_its_frontier() {
        let all = leaves(100);
        let mut log = MerkleLog::new();
        for (n, l) in all.iter().enumerate() {
            let mut resumed =
                MerkleLog::from_frontier(log.size(), log.frontier().to_vec()).unwrap();
            assert_eq!(resumed, log, "size {n}");
            resumed.push(*l);
            log.push(*l);
            assert_eq!(resumed.root(), log.root());
        }
        assert!(MerkleLog::from_frontier(3, vec![all[0]]).is_err());
        assert!(MerkleLog::from_frontier(0, vec![all[0]]).is_err());
        assert_eq!(
            MerkleLog::from_frontier(0, vec![]).unwrap().root(),
            empty_root()
        );
    }

    #[test]
    fn streamed_proofs_match_the_full_tree() {
        let all = leaves(70);
        let tree = MerkleTree::from_leaves(all.iter().copied());
        for size in 1..=70u64 {
            for index in 0..size {
                let mut b = ProofBuilder::inclusion(index, size).unwrap();
                assert_eq!(b.leaves_needed(), size);
                for l in &all {
                    b.push(*l);
                }
                assert_eq!(
                    b.finish().unwrap(),
                    tree.inclusion_proof(index, size).unwrap()
                );
            }
            for old in 0..=size {
                let mut b = ProofBuilder::consistency(old, size).unwrap();
                for l in &all[..size as usize] {
                    b.push(*l);
                }
                assert_eq!(
                    b.finish().unwrap(),
                    tree.consistency_proof(old, size).unwrap(),
                    "{old} -> {size}"
                );
            }
        }
        let mut short = ProofBuilder::inclusion(3, 10).unwrap();
        for l in &all[..9] {
            short.push(*l);
        }
        assert!(short.finish().is_err());
        assert!(ProofBuilder::inclusion(10, 10).is_err());
        assert!(ProofBuilder::consistency(11, 10).is_err());
    }

    #[test]
    fn hex_round_trips() {
        let h = leaf_hash(b"x");
        assert_eq!(Hash::from_hex(&h.to_hex()), Some(h));
        assert_eq!(Hash::from_hex(&h.to_hex().to_uppercase()), Some(h));
        assert_eq!(Hash::from_hex("zz"), None);
        assert_eq!(Hash::from_hex(&"g".repeat(64)), None);
    }

    #[test]
    fn out_of_range_requests_are_errors() {
        let t = MerkleTree::from_leaves(leaves(5));
        assert!(t.inclusion_proof(5, 5).is_err());
        assert!(t.inclusion_proof(0, 6).is_err());
        assert!(t.consistency_proof(4, 6).is_err());
        assert!(t.consistency_proof(5, 4).is_err());
        assert!(inclusion_proof(&[], 0).is_err());
    }
}
