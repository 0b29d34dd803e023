//! The gazetteer's prefilter: a split-block bloom filter over every key of the fst.
//!
//! Most capitalised words of a log line that are not in the gazetteer (`HikariPool`,
//! `ECONNREFUSED`) are ruled out here with one hash and eight bit tests in one 32-byte block,
//! instead of an fst walk. The filter is built with the fst by `examples/names_build.rs`, which
//! includes this file, and checked in as `data/names/names.bloom`; the tests rebuild it from the
//! fst and compare. This file uses nothing from the crate so that the example can include it.

/// Bytes per block: eight 32-bit words, one bit set in each per key.
pub const BLOCK: usize = 32;

/// Bits per key the builder aims at (rounded up to a power-of-two number of blocks): about
/// 0.5 % false positives.
#[cfg_attr(not(test), allow(dead_code))] // used by examples/names_build.rs and the tests
pub const BITS_PER_KEY: usize = 11;

const SALT: [u32; 8] = [
    0x47b6_137b,
    0x4497_4d91,
    0x8824_ad5b,
    0xa2b7_289d,
    0x7054_95c7,
    0x2df1_424b,
    0x9efc_4947,
    0x5c6b_fb31,
];

const K1: u64 = 0x9E37_79B9_7F4A_7C15;
const K2: u64 = 0xD6E8_FEB8_6659_FD93;

#[inline(always)]
fn mix(a: u64, b: u64) -> u64 {
    let m = u128::from(a) * u128::from(b);
    (m as u64) ^ ((m >> 64) as u64)
}

/// A 64-bit hash of a key (at most a few dozen bytes), eight bytes at a time; the last block
/// is zero-padded.
#[inline]
#[cfg_attr(not(test), allow(dead_code))] // used by examples/names_build.rs and the tests
pub fn hash(key: &[u8]) -> u64 {
    let mut h = (key.len() as u64) ^ 0x243F_6A88_85A3_08D3;
    let mut chunks = key.chunks_exact(8);
    for c in &mut chunks {
        let mut b = [0u8; 8];
        b.copy_from_slice(c);
        h = mix(h ^ u64::from_le_bytes(b), K1);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut b = [0u8; 8];
        b[..rest.len()].copy_from_slice(rest);
        h = mix(h ^ u64::from_le_bytes(b), K1);
    }
    mix(h, K2)
}

/// [`hash`] of `buf[..len]` where the rest of `buf` is zeros: the same value without copying
/// the last block.
#[inline]
pub fn hash_padded<const N: usize>(buf: &[u8; N], len: usize) -> u64 {
    let mut h = (len as u64) ^ 0x243F_6A88_85A3_08D3;
    for c in buf.chunks_exact(8).take(len.div_ceil(8)) {
        let mut b = [0u8; 8];
        b.copy_from_slice(c);
        h = mix(h ^ u64::from_le_bytes(b), K1);
    }
    mix(h, K2)
}

/// The block of `h` (the high 32 bits pick it) and, per 32-bit word of the block, the bit.
#[inline(always)]
fn probe(h: u64, blocks: usize) -> (usize, [u32; 8]) {
    let block = ((h >> 32) as usize) & (blocks.wrapping_sub(1));
    let low = h as u32;
    let mut bits = [0u32; 8];
    for (bit, salt) in bits.iter_mut().zip(SALT) {
        *bit = 1 << (low.wrapping_mul(salt) >> 27);
    }
    (block * BLOCK, bits)
}

/// Whether a key of hash `h` ([`hash`]) may be in the set the filter `bytes` was built from
/// (`false`: certainly not). A filter whose length is not a power-of-two number of blocks lets
/// everything pass.
#[inline]
pub fn may_contain(bytes: &[u8], h: u64) -> bool {
    let blocks = bytes.len() / BLOCK;
    if !blocks.is_power_of_two() || !bytes.len().is_multiple_of(BLOCK) {
        return true;
    }
    let (base, bits) = probe(h, blocks);
    let Some(block) = bytes.get(base..base + BLOCK) else {
        return true;
    };
    let mut all = true;
    for (i, bit) in bits.iter().enumerate() {
        let w = u32::from_le_bytes([
            block[i * 4],
            block[i * 4 + 1],
            block[i * 4 + 2],
            block[i * 4 + 3],
        ]);
        all &= w & bit != 0;
    }
    all
}

/// An empty filter for `keys` keys.
#[cfg_attr(not(test), allow(dead_code))] // used by examples/names_build.rs and the tests
pub fn empty(keys: usize) -> Vec<u8> {
    let blocks = (keys * BITS_PER_KEY)
        .div_ceil(BLOCK * 8)
        .next_power_of_two();
    vec![0; blocks * BLOCK]
}

/// Adds `key` to the filter `bytes` (made by [`empty`]).
#[cfg_attr(not(test), allow(dead_code))] // used by examples/names_build.rs and the tests
pub fn insert(bytes: &mut [u8], key: &[u8]) {
    let blocks = bytes.len() / BLOCK;
    let (base, bits) = probe(hash(key), blocks);
    for (i, bit) in bits.iter().enumerate() {
        for (j, b) in bit.to_le_bytes().iter().enumerate() {
            if let Some(slot) = bytes.get_mut(base + i * 4 + j) {
                *slot |= b;
            }
        }
    }
}
