//! logveil-audit from the outside: published test vectors, proofs against the RFC's own
//! recursive definitions, strict parsers fed garbage, and the issue's 1,000 tamperings.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use base64::Engine as _;
use logveil_audit::{
    checkpoint_line, consistency_proof, empty_root, event_line, frontier_line, inclusion_proof,
    leaf_hash, node_hash, root, verify, verify_consistency, verify_inclusion, Checkpoint,
    ConsistencyProof, Entry, Hash, InclusionProof, MerkleLog, MerkleTree, Note, Problem, Proof,
    SignedHead, Signer, Value, Verifier, VerifierKey, VerifyOptions,
};
use proptest::prelude::*;

fn h(s: &str) -> Hash {
    Hash::from_hex(s).unwrap()
}

// ── RFC 6962 as written: the recursive definitions, used as the reference ─────────────────

fn split(n: usize) -> usize {
    let mut k = 1;
    while k * 2 < n {
        k *= 2;
    }
    k
}

fn mth(l: &[Hash]) -> Hash {
    match l.len() {
        0 => empty_root(),
        1 => l[0],
        n => node_hash(&mth(&l[..split(n)]), &mth(&l[split(n)..])),
    }
}

fn naive_path(m: usize, l: &[Hash]) -> Vec<Hash> {
    if l.len() <= 1 {
        return vec![];
    }
    let k = split(l.len());
    let (mut p, sibling) = if m < k {
        (naive_path(m, &l[..k]), mth(&l[k..]))
    } else {
        (naive_path(m - k, &l[k..]), mth(&l[..k]))
    };
    p.push(sibling);
    p
}

fn naive_subproof(m: usize, l: &[Hash], whole: bool) -> Vec<Hash> {
    let n = l.len();
    if m == n {
        return if whole { vec![] } else { vec![mth(l)] };
    }
    let k = split(n);
    let (mut p, other) = if m <= k {
        (naive_subproof(m, &l[..k], whole), mth(&l[k..]))
    } else {
        (naive_subproof(m - k, &l[k..], false), mth(&l[..k]))
    };
    p.push(other);
    p
}

fn leaves(n: usize, salt: u64) -> Vec<Hash> {
    (0..n as u64)
        .map(|i| leaf_hash(&[salt.to_be_bytes(), i.to_be_bytes()].concat()))
        .collect()
}

// ── Certificate Transparency test vectors ─────────────────────────────────────────────────

/// The 8-leaf test data of the CT implementations (certificate-transparency, trillian,
/// transparency-dev/merkle) and their tree heads for sizes 1..=8.
const CT_DATA: [&str; 8] = [
    "",
    "00",
    "10",
    "2021",
    "3031",
    "40414243",
    "5051525354555657",
    "606162636465666768696a6b6c6d6e6f",
];
const CT_ROOTS: [&str; 8] = [
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
];

fn unhex(s: &str) -> Vec<u8> {
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
        .collect()
}

fn ct_leaves() -> Vec<Hash> {
    CT_DATA.iter().map(|d| leaf_hash(&unhex(d))).collect()
}

#[test]
fn ct_tree_heads_for_every_size() {
    let l = ct_leaves();
    assert_eq!(
        empty_root(),
        h("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    );
    let mut log = MerkleLog::new();
    let tree = MerkleTree::from_leaves(l.iter().copied());
    for n in 1..=8 {
        log.push(l[n - 1]);
        let want = h(CT_ROOTS[n - 1]);
        assert_eq!(log.root(), want, "log size {n}");
        assert_eq!(tree.root_at(n as u64).unwrap(), want, "tree size {n}");
        assert_eq!(root(&l[..n]), want);
        assert_eq!(mth(&l[..n]), want);
    }
}

#[test]
fn ct_inclusion_and_consistency_vectors() {
    let l = ct_leaves();
    let tree = MerkleTree::from_leaves(l.iter().copied());
    let inclusion: [(u64, u64, &[&str]); 3] = [
        (
            0,
            8,
            &[
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
            ],
        ),
        (
            5,
            8,
            &[
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            ],
        ),
        (
            2,
            3,
            &["fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"],
        ),
    ];
    for (index, size, want) in inclusion {
        let want: Vec<Hash> = want.iter().map(|s| h(s)).collect();
        assert_eq!(tree.inclusion_proof(index, size).unwrap(), want);
        assert_eq!(inclusion_proof(&l[..size as usize], index).unwrap(), want);
        verify_inclusion(
            &l[index as usize],
            index,
            size,
            &want,
            &h(CT_ROOTS[size as usize - 1]),
        )
        .unwrap();
    }
    let consistency: [(u64, u64, &[&str]); 4] = [
        (
            1,
            8,
            &[
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
            ],
        ),
        (
            2,
            8,
            &[
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
            ],
        ),
        (
            6,
            8,
            &[
                "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            ],
        ),
        (
            2,
            5,
            &[
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
            ],
        ),
    ];
    for (old, new, want) in consistency {
        let want: Vec<Hash> = want.iter().map(|s| h(s)).collect();
        assert_eq!(
            tree.consistency_proof(old, new).unwrap(),
            want,
            "{old}->{new}"
        );
        assert_eq!(consistency_proof(&l[..new as usize], old).unwrap(), want);
        verify_consistency(
            old,
            new,
            &h(CT_ROOTS[old as usize - 1]),
            &h(CT_ROOTS[new as usize - 1]),
            &want,
        )
        .unwrap();
    }
}

// ── Proofs against the recursive definitions, and tampered proofs ─────────────────────────

fn assert_inclusion_refused(leaf: &Hash, index: u64, size: u64, proof: &[Hash], root: &Hash) {
    for i in 0..proof.len() {
        let mut bad = proof.to_vec();
        bad[i].0[i % 32] ^= 1;
        assert!(verify_inclusion(leaf, index, size, &bad, root).is_err());
    }
    if !proof.is_empty() {
        assert!(verify_inclusion(leaf, index, size, &proof[1..], root).is_err());
        assert!(verify_inclusion(leaf, index, size, &proof[..proof.len() - 1], root).is_err());
    }
    let mut long = proof.to_vec();
    long.push(Hash([0xab; 32]));
    assert!(verify_inclusion(leaf, index, size, &long, root).is_err());
    let mut other = *leaf;
    other.0[0] ^= 0x80;
    assert!(verify_inclusion(&other, index, size, proof, root).is_err());
    assert!(verify_inclusion(leaf, size, size, proof, root).is_err());
    if size > 1 {
        let wrong = if index == 0 { 1 } else { index - 1 };
        // Some neighbours share a path shape; they must still miss the root.
        assert!(verify_inclusion(leaf, wrong, size, proof, root).is_err());
    }
}

fn assert_consistency_refused(old: u64, new: u64, r1: &Hash, r2: &Hash, proof: &[Hash]) {
    for i in 0..proof.len() {
        let mut bad = proof.to_vec();
        bad[i].0[31 - i % 32] ^= 4;
        assert!(verify_consistency(old, new, r1, r2, &bad).is_err());
    }
    if !proof.is_empty() {
        assert!(verify_consistency(old, new, r1, r2, &proof[..proof.len() - 1]).is_err());
    }
    let mut long = proof.to_vec();
    long.push(Hash([0xcd; 32]));
    assert!(verify_consistency(old, new, r1, r2, &long).is_err());
    let mut b1 = *r1;
    b1.0[5] ^= 1;
    let mut b2 = *r2;
    b2.0[6] ^= 1;
    assert!(verify_consistency(old, new, &b1, r2, proof).is_err());
    if old > 0 {
        // From the empty tree any new root is consistent: nothing to refuse there.
        assert!(verify_consistency(old, new, r1, &b2, proof).is_err());
    }
    if old < new {
        assert!(verify_consistency(new, old, r2, r1, proof).is_err());
    }
}

fn check_tree(n: usize, salt: u64, indexes: &[usize], olds: &[usize]) {
    let l = leaves(n, salt);
    let tree = MerkleTree::from_leaves(l.iter().copied());
    let r = mth(&l);
    assert_eq!(tree.root(), r);
    assert_eq!(root(&l), r);
    for &m in indexes {
        let want = naive_path(m, &l);
        let got = tree.inclusion_proof(m as u64, n as u64).unwrap();
        assert_eq!(got, want, "inclusion {m} of {n}");
        assert_eq!(inclusion_proof(&l, m as u64).unwrap(), want);
        verify_inclusion(&l[m], m as u64, n as u64, &got, &r).unwrap();
        assert_inclusion_refused(&l[m], m as u64, n as u64, &got, &r);
    }
    for &m in olds {
        let want = if m == 0 {
            vec![]
        } else {
            naive_subproof(m, &l, true)
        };
        let got = tree.consistency_proof(m as u64, n as u64).unwrap();
        assert_eq!(got, want, "consistency {m} -> {n}");
        assert_eq!(consistency_proof(&l, m as u64).unwrap(), want);
        let r1 = mth(&l[..m]);
        assert_eq!(tree.root_at(m as u64).unwrap(), r1);
        verify_consistency(m as u64, n as u64, &r1, &r, &got).unwrap();
        assert_consistency_refused(m as u64, n as u64, &r1, &r, &got);
    }
}

#[test]
fn every_proof_of_every_small_tree_matches_the_rfc() {
    for n in 1..=48 {
        let all: Vec<usize> = (0..n).collect();
        let olds: Vec<usize> = (0..=n).collect();
        check_tree(n, n as u64, &all, &olds);
    }
}

proptest! {
    #[test]
    fn proofs_match_the_rfc_up_to_a_few_hundred_leaves(
        n in 1usize..400,
        picks in proptest::collection::vec(any::<prop::sample::Index>(), 1..6),
        salt in any::<u64>(),
    ) {
        let indexes: Vec<usize> = picks.iter().map(|p| p.index(n)).collect();
        let olds: Vec<usize> = picks.iter().map(|p| p.index(n + 1)).collect();
        check_tree(n, salt, &indexes, &olds);
    }

    #[test]
    fn a_log_grown_in_steps_stays_consistent(steps in proptest::collection::vec(0usize..40, 1..8)) {
        let mut tree = MerkleTree::new();
        let mut heads = vec![(0u64, empty_root())];
        let mut next = 0u64;
        for s in steps {
            for _ in 0..s {
                tree.append(&next.to_le_bytes());
                next += 1;
            }
            heads.push((tree.size(), tree.root()));
        }
        for (i, (m, r1)) in heads.iter().enumerate() {
            for (n, r2) in &heads[i..] {
                let p = tree.consistency_proof(*m, *n).unwrap();
                prop_assert!(verify_consistency(*m, *n, r1, r2, &p).is_ok());
            }
        }
    }
}

// ── Canonical encoding ──────────────────────────────────────────────────────────────────

fn arb_json() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::Bool),
        any::<i64>().prop_map(|i| serde_json::json!(i)),
        any::<u64>().prop_map(|i| serde_json::json!(i)),
        ".{0,12}".prop_map(serde_json::Value::String),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::Array),
            proptest::collection::btree_map(".{0,8}", inner, 0..6)
                .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Writes JSON with members in reverse order, spaces everywhere and every non-ASCII
/// character escaped: what a careless re-serialiser might do.
fn scramble(v: &serde_json::Value, out: &mut String) {
    match v {
        serde_json::Value::Object(m) => {
            out.push_str("{ ");
            for (i, (k, v)) in m.iter().rev().enumerate() {
                if i > 0 {
                    out.push_str(" ,\n");
                }
                escape_all(k, out);
                out.push_str(" : ");
                scramble(v, out);
            }
            out.push_str(" }");
        }
        serde_json::Value::Array(a) => {
            out.push_str("[ ");
            for (i, v) in a.iter().enumerate() {
                if i > 0 {
                    out.push_str(" , ");
                }
                scramble(v, out);
            }
            out.push_str(" ]");
        }
        serde_json::Value::String(s) => escape_all(s, out),
        other => out.push_str(&other.to_string()),
    }
}

fn escape_all(s: &str, out: &mut String) {
    out.push('"');
    for u in s.encode_utf16() {
        out.push_str(&format!("\\u{u:04X}"));
    }
    out.push('"');
}

proptest! {
    #[test]
    fn reserialising_an_entry_keeps_its_hash(v in arb_json()) {
        let v = serde_json::json!({ "payload": v });
        let a = Entry::from_serialize(&v).unwrap();
        // The writer's direct path and the value tree agree byte for byte.
        prop_assert_eq!(&a, &Entry::new(Value::from_json(&v).unwrap()).unwrap());
        let b = Entry::parse(serde_json::to_string_pretty(&v).unwrap().as_bytes()).unwrap();
        let mut scrambled = String::new();
        scramble(&v, &mut scrambled);
        let c = Entry::parse(scrambled.as_bytes()).unwrap();
        prop_assert_eq!(a.leaf_hash(), b.leaf_hash());
        prop_assert_eq!(a.leaf_hash(), c.leaf_hash());
        // The canonical form is itself valid JSON that means the same thing.
        let back: serde_json::Value = serde_json::from_slice(a.canonical()).unwrap();
        prop_assert_eq!(back, v);
        prop_assert_eq!(Entry::parse(a.canonical()).unwrap(), a);
    }

    #[test]
    fn parsers_never_panic_on_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        let _ = Value::parse(&bytes);
        let _ = Entry::parse(&bytes);
        let text = String::from_utf8_lossy(&bytes);
        let _ = Note::parse(&text);
        let _ = Checkpoint::parse_text(&text);
        let _ = VerifierKey::parse(&text);
        let key = signer().verifier_key();
        let _ = key.verify_note(&text);
        let r = verify(&bytes, &key, &VerifyOptions::default());
        prop_assert_eq!(r.verified_size, 0);
    }

    #[test]
    fn note_shaped_garbage_never_panics(
        origin in "[a-z./]{0,12}",
        size in "[0-9+-]{0,22}",
        root in "[A-Za-z0-9+/=]{0,48}",
        sig in "[A-Za-z0-9+/= —\n]{0,120}",
    ) {
        let text = format!("{origin}\n{size}\n{root}\n\n\u{2014} {origin} {sig}\n");
        let _ = Note::parse(&text);
        let _ = signer().verifier_key().open_checkpoint(&text);
        let _ = Checkpoint::parse_text(&format!("{origin}\n{size}\n{root}\n"));
        let _ = VerifierKey::parse(&format!("{origin}+{size}+{root}"));
    }

    #[test]
    fn byte_flips_in_an_export_never_panic(flips in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..4)) {
        let log = generate(1, 30, &[10, 25]);
        let mut bytes = log.text().into_bytes();
        for (at, b) in flips {
            let i = at.index(bytes.len());
            bytes[i] ^= b | 1;
        }
        let _ = verify(&bytes, &log.signer.verifier_key(), &VerifyOptions::default());
    }
}

// ── Signed notes: the Go reference implementation's example ─────────────────────────────

#[test]
fn signing_reproduces_the_go_sumdb_note_example() {
    // golang.org/x/mod/sumdb/note's example signer key "PRIVATE+KEY+PeterNeumann+c74f20a3+…":
    // Ed25519 is deterministic, so the same seed must give the published note byte for byte.
    let blob = base64::engine::general_purpose::STANDARD
        .decode("AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz")
        .unwrap();
    let seed: [u8; 32] = blob[1..].try_into().unwrap();
    let signer = Signer::new("PeterNeumann", &seed).unwrap();
    assert_eq!(
        signer.verifier_key().to_string(),
        "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"
    );
    let note = signer
        .sign_note(
            "If you think cryptography is the answer to your problem,\n\
             then you don't know what your problem is.\n",
        )
        .unwrap();
    assert!(note.ends_with(
        "\n\n\u{2014} PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n"
    ));
}

// ── Exports and their verification ──────────────────────────────────────────────────────

const ORIGIN: &str = "logveil.example/audit";

fn signer() -> Signer {
    Signer::new(ORIGIN, &[42; 32]).unwrap()
}

/// A generated export, kept as lines.
struct Log {
    signer: Signer,
    lines: Vec<String>,
    /// (line position, size) of each checkpoint.
    checkpoints: Vec<(usize, u64)>,
}

impl Log {
    fn text(&self) -> String {
        join(&self.lines)
    }
}

fn join(lines: &[String]) -> String {
    let mut s = lines.join("\n");
    s.push('\n');
    s
}

fn event(i: u64, rng: &mut Rng) -> Entry {
    let actors = ["alice", "bob", "carol", "rule:sev1-on-call"];
    let actions = ["sign_in", "query", "unmask", "request", "approve", "revoke"];
    let v = serde_json::json!({
        "seq": i,
        "time": format!("2026-11-23T07:{:02}:{:02}.{:09}Z", i / 60 % 60, i % 60, rng.next() % 1_000_000_000),
        "actor": actors[rng.below(actors.len() as u64) as usize],
        "action": actions[rng.below(actions.len() as u64) as usize],
        "outcome": if rng.below(5) == 0 { "denied" } else { "ok" },
        "selector": format!("{{service=\"api\"}} |= \"{}\"", rng.below(1000)),
        "revealed": [["email", rng.below(50)]],
        "records": (0..rng.below(4)).map(|_| rng.next() >> 12).collect::<Vec<_>>(),
    });
    Entry::from_serialize(&v).unwrap()
}

/// `n` events with a checkpoint after the events of each size in `at` (sorted, distinct).
fn generate(seed: u64, n: u64, at: &[u64]) -> Log {
    let signer = signer();
    let mut rng = Rng(seed);
    let mut log = MerkleLog::new();
    let mut lines = Vec::new();
    let mut checkpoints = Vec::new();
    let mut cps = at.iter().peekable();
    for i in 0..=n {
        while cps.peek() == Some(&&i) {
            cps.next();
            let cp = Checkpoint::new(ORIGIN, log.size(), log.root());
            checkpoints.push((lines.len(), log.size()));
            lines.push(checkpoint_line(&signer.sign_checkpoint(&cp).unwrap()));
        }
        if i < n {
            let e = event(i, &mut rng);
            let idx = log.push_entry(&e);
            lines.push(event_line(idx, &e));
        }
    }
    Log {
        signer,
        lines,
        checkpoints,
    }
}

/// splitmix64: a seeded generator, so a failing tampering can be replayed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

#[test]
fn an_honest_export_verifies() {
    let log = generate(7, 100, &[0, 10, 10, 64, 90]);
    let key = log.signer.verifier_key();
    let r = verify(log.text().as_bytes(), &key, &VerifyOptions::default());
    assert!(r.is_valid(), "{r}");
    assert_eq!(r.events, 100);
    assert_eq!(r.checkpoints, 5);
    assert_eq!(r.verified_size, 90);
    assert_eq!(r.unverified_tail, 10);
    assert_eq!(r.origin.as_deref(), Some(ORIGIN));
    assert!(r
        .to_string()
        .contains("10 events after the last checkpoint are unverified"));

    // The verifier key travels as text.
    let key2 = VerifierKey::parse(&key.to_string()).unwrap();
    assert!(verify(log.text().as_bytes(), &key2, &VerifyOptions::default()).is_valid());

    // No final newline is fine; the origin can be pinned; a known later size is demanded.
    let text = log.text();
    assert!(verify(text.trim_end().as_bytes(), &key, &VerifyOptions::default()).is_valid());
    let pinned = VerifyOptions {
        origin: Some(ORIGIN.into()),
        min_size: Some(90),
        consistent_with: None,
    };
    assert!(verify(text.as_bytes(), &key, &pinned).is_valid());
    let wrong_origin = VerifyOptions {
        origin: Some("elsewhere".into()),
        ..VerifyOptions::default()
    };
    let r = verify(text.as_bytes(), &key, &wrong_origin);
    assert!(matches!(
        r.failure.unwrap().problem,
        Problem::WrongOrigin { .. }
    ));
}

#[test]
fn a_reserialised_export_still_verifies() {
    let log = generate(8, 40, &[20, 40]);
    let lines: Vec<String> = log
        .lines
        .iter()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            // Members reversed, spaces added, every string \u-escaped.
            let mut s = String::new();
            scramble(&v, &mut s);
            s.replace('\n', " ")
        })
        .collect();
    let r = verify(
        join(&lines).as_bytes(),
        &log.signer.verifier_key(),
        &VerifyOptions::default(),
    );
    assert!(r.is_valid(), "{r}");
    assert_eq!(r.verified_size, 40);
}

#[test]
fn an_export_without_checkpoints_proves_nothing() {
    let log = generate(9, 12, &[]);
    let key = log.signer.verifier_key();
    let r = verify(log.text().as_bytes(), &key, &VerifyOptions::default());
    assert!(r.is_valid());
    assert_eq!((r.verified_size, r.unverified_tail), (0, 12));
    let r = verify(
        log.text().as_bytes(),
        &key,
        &VerifyOptions {
            min_size: Some(1),
            ..VerifyOptions::default()
        },
    );
    assert!(matches!(
        r.failure.unwrap().problem,
        Problem::TooShort { .. }
    ));
}

#[test]
fn failures_name_the_line_and_what_was_expected() {
    let log = generate(10, 20, &[10, 20]);
    let key = log.signer.verifier_key();
    let mut lines = log.lines.clone();
    lines.remove(3);
    let r = verify(join(&lines).as_bytes(), &key, &VerifyOptions::default());
    let f = r.failure.unwrap();
    assert_eq!(f.line, 4);
    assert_eq!(
        f.problem,
        Problem::IndexOutOfSequence {
            expected: 3,
            found: 4
        }
    );
    assert_eq!(f.to_string(), "line 4: expected event index 3, found 4");
    assert_eq!((r.events, r.verified_size), (3, 0));

    let mut lines = log.lines.clone();
    lines[2] = lines[2].replace("\"seq\":2", "\"seq\":2.5");
    let f = verify(join(&lines).as_bytes(), &key, &VerifyOptions::default())
        .failure
        .unwrap();
    assert_eq!(f.line, 3);
    assert!(matches!(f.problem, Problem::BadEntry(_)), "{f}");

    for (bad, what) in [
        ("", "empty line"),
        ("{\"type\":\"event\",\"index\":5}", "no entry"),
        (
            "{\"type\":\"event\",\"index\":5,\"entry\":{},\"x\":1}",
            "extra member",
        ),
        ("{\"type\":\"note\",\"note\":\"x\"}", "unknown type"),
        (
            "{\"type\":\"event\",\"index\":5,\"index\":5,\"entry\":{}}",
            "duplicate member",
        ),
        (
            "{\"type\":\"event\",\"index\":5,\"entry\":[]}",
            "entry not an object",
        ),
    ] {
        let mut lines = log.lines.clone();
        lines[5] = bad.to_owned();
        let f = verify(join(&lines).as_bytes(), &key, &VerifyOptions::default())
            .failure
            .unwrap();
        assert_eq!(f.line, 6, "{what}: {f}");
    }
}

// ── The issue's test: 1,000 random tamperings, every one detected ───────────────────────

#[derive(Debug, Clone, Copy)]
enum Tamper {
    EditField,
    DeleteEvent,
    InsertEvent,
    ReorderEvents,
    TruncateTail,
    SwapCheckpoints,
    ForgeCheckpoint,
    AlterCheckpoint,
    MoveCheckpoint,
    /// Partial exports only.
    AlterFrontier,
}

const TAMPERS: [Tamper; 9] = [
    Tamper::EditField,
    Tamper::DeleteEvent,
    Tamper::InsertEvent,
    Tamper::ReorderEvents,
    Tamper::TruncateTail,
    Tamper::SwapCheckpoints,
    Tamper::ForgeCheckpoint,
    Tamper::AlterCheckpoint,
    Tamper::MoveCheckpoint,
];

/// Renumbers event lines 0, 1, 2, … (from the frontier's size, if any) as a careful forger
/// would.
fn renumber(lines: &mut [String]) {
    let mut i = 0u64;
    for l in lines.iter_mut() {
        let mut v: serde_json::Value = serde_json::from_str(l).unwrap();
        if v["type"] == "frontier" {
            i = v["size"].as_u64().unwrap();
        }
        if v["type"] == "event" {
            v["index"] = i.into();
            *l = serde_json::to_string(&v).unwrap();
            i += 1;
        }
    }
}

fn event_positions(log: &Log, below_size: u64) -> Vec<usize> {
    log.lines
        .iter()
        .enumerate()
        .filter(|(_, l)| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            v["type"] == "event" && v["index"].as_u64().unwrap() < below_size
        })
        .map(|(p, _)| p)
        .collect()
}

/// The tree a frontier line describes.
fn parse_frontier(v: &serde_json::Value) -> MerkleLog {
    let hashes = v["hashes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| Hash::from_hex(h.as_str().unwrap()).unwrap())
        .collect();
    MerkleLog::from_frontier(v["size"].as_u64().unwrap(), hashes).unwrap()
}

/// The export of `log` from event `start` on, as the server cuts it: a frontier line (the tree
/// of events before `start`), then every line from event `start`.
fn partial(log: &Log, start: u64) -> Log {
    let mut tree = MerkleLog::new();
    let mut from = None;
    for (p, l) in log.lines.iter().enumerate() {
        let v: serde_json::Value = serde_json::from_str(l).unwrap();
        if v["type"] == "event" {
            if v["index"] == start {
                from = Some(p);
                break;
            }
            tree.push_entry(&Entry::from_serialize(&v["entry"]).unwrap());
        }
    }
    let from = from.unwrap();
    let mut lines = vec![frontier_line(&tree)];
    lines.extend(log.lines[from..].iter().cloned());
    Log {
        signer: signer(),
        lines,
        checkpoints: log
            .checkpoints
            .iter()
            .filter(|(p, _)| *p > from)
            .map(|(p, size)| (p - from + 1, *size))
            .collect(),
    }
}

/// Applies one tampering inside what the last checkpoint covers; returns the lines, options
/// for the verifier, and a description to replay it.
fn tamper(log: &Log, t: Tamper, rng: &mut Rng) -> (Vec<String>, VerifyOptions, String) {
    let mut lines = log.lines.clone();
    let mut options = VerifyOptions::default();
    let last = log.checkpoints.last().unwrap().1;
    let covered = event_positions(log, last);
    let pick = |rng: &mut Rng| covered[rng.below(covered.len() as u64) as usize];
    let careful = rng.below(2) == 0;
    let what;
    match t {
        Tamper::EditField => {
            let p = pick(rng);
            let mut v: serde_json::Value = serde_json::from_str(&lines[p]).unwrap();
            let e = &mut v["entry"];
            let field = [
                "actor", "action", "outcome", "selector", "revealed", "records", "seq", "time",
                "new", "drop",
            ][rng.below(10) as usize];
            match field {
                "seq" => e["seq"] = (e["seq"].as_u64().unwrap() + 1 + rng.below(5)).into(),
                "revealed" => {
                    e["revealed"][0][1] = (e["revealed"][0][1].as_u64().unwrap() + 1).into()
                }
                "records" => e["records"].as_array_mut().unwrap().push(7.into()),
                "new" => e["reviewed_by"] = "mallory".into(),
                "drop" => {
                    e.as_object_mut().unwrap().remove("selector");
                }
                f => {
                    let s = e[f].as_str().unwrap().to_owned();
                    e[f] = format!("{s}x").into();
                }
            }
            lines[p] = serde_json::to_string(&v).unwrap();
            what = format!("edit {field} of line {}", p + 1);
        }
        Tamper::DeleteEvent => {
            let p = pick(rng);
            lines.remove(p);
            if careful {
                renumber(&mut lines);
            }
            what = format!("delete line {} (renumbered: {careful})", p + 1);
        }
        Tamper::InsertEvent => {
            let p = pick(rng) + usize::from(rng.below(2) == 0);
            let e = event(1_000_000 + rng.below(1000), rng);
            lines.insert(p, event_line(0, &e));
            if careful {
                renumber(&mut lines);
            }
            what = format!("insert at line {} (renumbered: {careful})", p + 1);
        }
        Tamper::ReorderEvents => {
            let a = pick(rng);
            let mut b = pick(rng);
            while b == a {
                b = pick(rng);
            }
            lines.swap(a, b);
            if careful {
                renumber(&mut lines);
            }
            what = format!("swap lines {} and {} (renumbered: {careful})", a + 1, b + 1);
        }
        Tamper::TruncateTail => {
            // Cut events after an earlier checkpoint. Keeping later checkpoints, they claim
            // events that are gone; dropping everything after the cut leaves an honest-looking
            // older export, which only an auditor who knows the later size can refuse.
            let k = rng.below(log.checkpoints.len() as u64 - 1) as usize;
            let (pos, size) = log.checkpoints[k];
            if careful {
                lines.truncate(pos + 1);
                options.min_size = Some(last);
            } else {
                lines = lines
                    .into_iter()
                    .enumerate()
                    .filter(|(i, l)| *i <= pos || l.starts_with("{\"type\":\"checkpoint\""))
                    .map(|(_, l)| l)
                    .collect();
            }
            what = format!("truncate after size {size} (whole lines: {careful})");
        }
        Tamper::SwapCheckpoints => {
            let n = log.checkpoints.len() as u64;
            let a = rng.below(n) as usize;
            let mut b = rng.below(n) as usize;
            while b == a {
                b = rng.below(n) as usize;
            }
            lines.swap(log.checkpoints[a].0, log.checkpoints[b].0);
            what = format!("swap checkpoints {a} and {b}");
        }
        Tamper::ForgeCheckpoint => {
            // Another key signs: under the log's name (so a different key id), or its own.
            let name = if careful {
                ORIGIN
            } else {
                "mallory.example/audit"
            };
            let forger = Signer::new(name, &[rng.below(200) as u8 + 50; 32]).unwrap();
            // The forger also edits an event and signs the tree it now has.
            let k = rng.below(log.checkpoints.len() as u64) as usize;
            let (pos, size) = log.checkpoints[k];
            let mut tree = MerkleLog::new();
            let mut edited = false;
            for l in lines.iter_mut().take(pos) {
                let mut v: serde_json::Value = serde_json::from_str(l).unwrap();
                if v["type"] == "frontier" {
                    tree = parse_frontier(&v);
                }
                if v["type"] == "event" {
                    if !edited && rng.below(4) == 0 {
                        v["entry"]["actor"] = "nobody".into();
                        *l = serde_json::to_string(&v).unwrap();
                        edited = true;
                    }
                    tree.push_entry(&Entry::from_serialize(&v["entry"]).unwrap());
                }
            }
            let note = forger
                .sign_checkpoint(&Checkpoint::new(ORIGIN, size, tree.root()))
                .unwrap();
            lines[pos] = checkpoint_line(&note);
            what = format!("forge checkpoint {k} as {name} (edited an event: {edited})");
        }
        Tamper::AlterCheckpoint => {
            let k = rng.below(log.checkpoints.len() as u64) as usize;
            let (pos, size) = log.checkpoints[k];
            let v: serde_json::Value = serde_json::from_str(&lines[pos]).unwrap();
            let note = v["note"].as_str().unwrap();
            let (body, sigs) = note.split_once("\n\n").unwrap();
            let mut cp = Checkpoint::parse_text(&format!("{body}\n")).unwrap();
            if rng.below(2) == 0 {
                cp.root.0[rng.below(32) as usize] ^= 1 << rng.below(8);
            } else {
                cp.size = if size == 0 || rng.below(2) == 0 {
                    size + 1 + rng.below(3)
                } else {
                    size - 1 - rng.below(size.min(3))
                };
            }
            let altered = format!("{}\n{sigs}", cp.to_text().unwrap());
            lines[pos] = checkpoint_line(&altered);
            what = format!("alter checkpoint {k} to size {} root {}", cp.size, cp.root);
        }
        Tamper::MoveCheckpoint => {
            let k = rng.below(log.checkpoints.len() as u64) as usize;
            let (pos, _) = log.checkpoints[k];
            let cp = lines.remove(pos);
            let to = if pos == 0 || (rng.below(2) == 0 && pos < lines.len()) {
                pos + 1
            } else {
                pos - 1
            };
            lines.insert(to, cp);
            what = format!("move checkpoint {k} from line {} to {}", pos + 1, to + 1);
        }
        Tamper::AlterFrontier => {
            let v: serde_json::Value = serde_json::from_str(&lines[0]).unwrap();
            let tree = parse_frontier(&v);
            let mut hashes = tree.frontier().to_vec();
            match rng.below(4) {
                0 => {
                    let i = rng.below(hashes.len() as u64) as usize;
                    hashes[i].0[rng.below(32) as usize] ^= 1 << rng.below(8);
                    let forged = MerkleLog::from_frontier(tree.size(), hashes).unwrap();
                    lines[0] = frontier_line(&forged);
                    what = format!("flip a bit of frontier hash {i}");
                }
                1 => {
                    // A forger who picks the history before the export: another tree of the
                    // same size.
                    let mut other = MerkleLog::new();
                    for i in 0..tree.size() {
                        other.push_entry(&event(2_000_000 + i, rng));
                    }
                    lines[0] = frontier_line(&other);
                    what = "a frontier of another history".into();
                }
                2 => {
                    lines.remove(0);
                    what = "drop the frontier".into();
                }
                _ => {
                    // Claim more (or fewer) events before the export and renumber the rest,
                    // with as many hashes as the new size needs.
                    let size = if careful || tree.size() == 1 {
                        tree.size() + 1
                    } else {
                        tree.size() - 1
                    };
                    hashes.resize(size.count_ones() as usize, Hash([7; 32]));
                    let forged = MerkleLog::from_frontier(size, hashes).unwrap();
                    lines[0] = frontier_line(&forged);
                    renumber(&mut lines);
                    what = format!("frontier size {} -> {size}, renumbered", tree.size());
                }
            }
        }
    }
    (lines, options, what)
}

#[test]
fn a_thousand_random_tamperings_are_all_detected() {
    let logs = [
        generate(1, 40, &[5, 17, 32]),
        generate(2, 64, &[0, 1, 33, 64]),
        generate(3, 30, &[8, 16, 29]),
    ];
    let by_kind = tamper_rounds(&logs, &TAMPERS, 0x010c_5ea1);
    assert!(by_kind.iter().all(|&n| n > 50), "{by_kind:?}");
}

#[test]
fn a_thousand_random_tamperings_of_partial_exports_are_all_detected() {
    let logs = [
        partial(&generate(5, 80, &[10, 25, 40, 60, 80]), 30),
        partial(&generate(6, 50, &[7, 20, 21, 35, 49]), 20),
        // From a power of two: the frontier is one hash.
        partial(&generate(7, 70, &[16, 33, 64, 70]), 16),
    ];
    let mut kinds = TAMPERS.to_vec();
    kinds.push(Tamper::AlterFrontier);
    let by_kind = tamper_rounds(&logs, &kinds, 0x0f40_0713);
    assert!(by_kind.iter().all(|&n| n > 50), "{by_kind:?}");
}

/// 1,000 tamperings picked at random among `kinds`, each found; how many of each kind ran.
fn tamper_rounds(logs: &[Log], kinds: &[Tamper], seed: u64) -> Vec<usize> {
    let key = logs[0].signer.verifier_key();
    for log in logs {
        let r = verify(log.text().as_bytes(), &key, &VerifyOptions::default());
        assert!(r.is_valid(), "{r}");
    }
    let mut rng = Rng(seed);
    let mut by_kind = vec![0usize; kinds.len()];
    for round in 0..1000 {
        let log = &logs[round % logs.len()];
        let k = rng.below(kinds.len() as u64) as usize;
        let (lines, options, what) = tamper(log, kinds[k], &mut rng);
        if lines == log.lines && options == VerifyOptions::default() {
            panic!("round {round}: {what} changed nothing");
        }
        let r = verify(join(&lines).as_bytes(), &key, &options);
        let Some(f) = &r.failure else {
            panic!("round {round}: {:?} not detected: {what}; {r}", kinds[k]);
        };
        // The first bad line is never before the first line that changed (a cut export is
        // found wanting at its end).
        let first_change = lines
            .iter()
            .zip(&log.lines)
            .position(|(a, b)| a != b)
            .unwrap_or(lines.len().min(log.lines.len()) - 1);
        assert!(
            f.line as usize > first_change,
            "round {round}: {what}: failure at line {} before the change at {}",
            f.line,
            first_change + 1
        );
        by_kind[k] += 1;
    }
    by_kind
}

/// A reader that hands out a few bytes at a time, as a pipe or a socket may.
struct Trickle<'a> {
    bytes: &'a [u8],
    rng: Rng,
}

impl std::io::Read for Trickle<'_> {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        let n = (1 + self.rng.below(700) as usize)
            .min(out.len())
            .min(self.bytes.len());
        out[..n].copy_from_slice(&self.bytes[..n]);
        self.bytes = &self.bytes[n..];
        Ok(n)
    }
}

#[test]
fn verifying_in_parallel_and_in_blocks_reports_exactly_what_one_line_at_a_time_does() {
    // Enough lines that leaves are hashed on several threads.
    let log = generate(9, 800, &[100, 300, 301, 512, 700]);
    let key = log.signer.verifier_key();
    let mut rng = Rng(0x5eed_b10c);
    for round in 0..40 {
        let (lines, options) = if round == 0 {
            (log.lines.clone(), VerifyOptions::default())
        } else {
            let t = TAMPERS[rng.below(TAMPERS.len() as u64) as usize];
            let (lines, options, _) = tamper(&log, t, &mut rng);
            (lines, options)
        };
        let text = join(&lines);
        let mut one_by_one = Verifier::new(&key, options.clone());
        let body = text.strip_suffix('\n').unwrap_or(&text);
        for line in body.split('\n') {
            if !one_by_one.push_line(line.as_bytes()) {
                break;
            }
        }
        let want = one_by_one.finish();
        assert_eq!(want.is_valid(), round == 0, "{want}");
        assert_eq!(
            verify(text.as_bytes(), &key, &options),
            want,
            "round {round}"
        );
        for block in [97, 64 << 10] {
            let mut v = Verifier::new(&key, options.clone());
            let reader = Trickle {
                bytes: text.as_bytes(),
                rng: Rng(round),
            };
            v.push_reader_in_blocks(reader, block).unwrap();
            assert_eq!(v.finish(), want, "round {round}, blocks of {block}");
        }
    }
}

#[test]
fn the_unverified_tail_is_reported_not_trusted() {
    let log = generate(4, 30, &[10, 20]);
    let key = log.signer.verifier_key();
    // Edits after the last checkpoint cannot be seen; they are reported as an unproven tail.
    let mut lines = log.lines.clone();
    let p = lines.len() - 1;
    lines[p] = lines[p].replace("\"seq\":29", "\"seq\":1000");
    let r = verify(join(&lines).as_bytes(), &key, &VerifyOptions::default());
    assert!(r.is_valid());
    assert_eq!((r.verified_size, r.unverified_tail), (20, 10));
}

// ── Partial exports, kept checkpoints and proof documents ───────────────────────────────

proptest! {
    #[test]
    fn a_log_resumed_from_its_frontier_has_the_full_logs_roots(
        before in 0u64..1500,
        after in 0u64..300,
        salt in any::<u64>(),
    ) {
        let all = leaves((before + after) as usize, salt);
        let mut full = MerkleLog::new();
        for l in &all[..before as usize] {
            full.push(*l);
        }
        let mut resumed = MerkleLog::from_frontier(before, full.frontier().to_vec()).unwrap();
        prop_assert_eq!(resumed.frontier().len() as u32, before.count_ones());
        prop_assert_eq!(resumed.root(), full.root());
        for l in &all[before as usize..] {
            full.push(*l);
            resumed.push(*l);
            prop_assert_eq!(resumed.root(), full.root());
        }
        prop_assert_eq!(resumed.root(), mth(&all));
        // One hash too many or too few is refused.
        let mut more = full.frontier().to_vec();
        more.push(Hash([1; 32]));
        prop_assert!(MerkleLog::from_frontier(full.size(), more).is_err());
        if full.size() > 0 {
            let fewer = full.frontier()[1..].to_vec();
            prop_assert!(MerkleLog::from_frontier(full.size(), fewer).is_err());
        }
    }

    #[test]
    fn a_partial_export_from_any_event_verifies(start in 0u64..60) {
        let log = generate(11, 60, &[13, 30, 47, 60]);
        let part = partial(&log, start);
        let r = verify(part.text().as_bytes(), &log.signer.verifier_key(), &VerifyOptions::default());
        prop_assert!(r.is_valid(), "{}", r);
        prop_assert_eq!(r.start, start);
        prop_assert_eq!(r.events, 60 - start);
        prop_assert_eq!(r.verified_size, 60);
    }
}

#[test]
fn a_partial_export_says_where_it_starts_and_a_frontier_only_leads() {
    let log = generate(12, 40, &[10, 20, 40]);
    let key = log.signer.verifier_key();
    let part = partial(&log, 12);
    let r = verify(part.text().as_bytes(), &key, &VerifyOptions::default());
    assert!(r.is_valid(), "{r}");
    assert_eq!(
        (r.start, r.events, r.checkpoints, r.verified_size),
        (12, 28, 2, 40)
    );
    assert!(
        r.to_string()
            .contains("this export starts at event 12: events before it are not covered"),
        "{r}"
    );
    // A whole export says nothing of the kind.
    let whole = verify(log.text().as_bytes(), &key, &VerifyOptions::default());
    assert!(!whole.to_string().contains("starts at event"));

    // A frontier anywhere but first is refused, even a correct one.
    let mut lines = part.lines.clone();
    let f = lines.remove(0);
    lines.insert(3, f);
    let fail = verify(join(&lines).as_bytes(), &key, &VerifyOptions::default())
        .failure
        .unwrap();
    assert_eq!(fail.line, 1, "{fail}");
    let mut lines = log.lines.clone();
    lines.insert(5, part.lines[0].clone());
    let fail = verify(join(&lines).as_bytes(), &key, &VerifyOptions::default())
        .failure
        .unwrap();
    assert_eq!(fail.line, 6);
    assert!(matches!(fail.problem, Problem::BadFrontier(_)), "{fail}");
    // Hashes that are not hex, or too few, are named at line 1.
    for bad in [
        "{\"type\":\"frontier\",\"size\":12,\"hashes\":[\"zz\",\"00\"]}".to_owned(),
        "{\"type\":\"frontier\",\"size\":12,\"hashes\":[]}".to_owned(),
        "{\"type\":\"frontier\",\"size\":12}".to_owned(),
    ] {
        let mut lines = part.lines.clone();
        lines[0] = bad;
        let fail = verify(join(&lines).as_bytes(), &key, &VerifyOptions::default())
            .failure
            .unwrap();
        assert_eq!(fail.line, 1, "{fail}");
    }
}

/// The signed head of `log` at checkpoint `k`.
fn kept(log: &Log, k: usize) -> Checkpoint {
    let v: serde_json::Value = serde_json::from_str(&log.lines[log.checkpoints[k].0]).unwrap();
    log.signer
        .verifier_key()
        .open_checkpoint(v["note"].as_str().unwrap())
        .unwrap()
}

#[test]
fn an_export_is_checked_against_a_checkpoint_kept_from_before() {
    let log = generate(13, 50, &[10, 25, 50]);
    let key = log.signer.verifier_key();
    let with = |cp: Checkpoint| VerifyOptions {
        consistent_with: Some(cp),
        ..VerifyOptions::default()
    };
    let r = verify(log.text().as_bytes(), &key, &with(kept(&log, 1)));
    assert!(r.is_valid() && r.consistent_with_kept, "{r}");
    assert!(r
        .to_string()
        .contains("consistent with the kept checkpoint"));
    let empty = Checkpoint::new(ORIGIN, 0, empty_root());
    assert!(verify(log.text().as_bytes(), &key, &with(empty)).consistent_with_kept);

    // The key holder rewrites event 3 and signs everything anew: each signature checks, the
    // kept head does not.
    let mut forged = MerkleLog::new();
    let mut lines = Vec::new();
    for l in &log.lines {
        let mut v: serde_json::Value = serde_json::from_str(l).unwrap();
        if v["type"] == "event" {
            if v["index"] == 3 {
                v["entry"]["actor"] = "nobody".into();
            }
            let e = Entry::from_serialize(&v["entry"]).unwrap();
            let i = forged.push_entry(&e);
            lines.push(event_line(i, &e));
        } else {
            let cp = Checkpoint::new(ORIGIN, forged.size(), forged.root());
            lines.push(checkpoint_line(&log.signer.sign_checkpoint(&cp).unwrap()));
        }
    }
    let rewritten = join(&lines);
    assert!(verify(rewritten.as_bytes(), &key, &VerifyOptions::default()).is_valid());
    let f = verify(rewritten.as_bytes(), &key, &with(kept(&log, 1)))
        .failure
        .unwrap();
    assert!(
        matches!(f.problem, Problem::Inconsistent { size: 25, .. }),
        "{f}"
    );
    assert!(f.to_string().contains("the history was rewritten since"));
    // An export cut before the kept size, or starting after it, cannot show consistency.
    let cut = join(&log.lines[..log.checkpoints[0].0 + 1]);
    let f = verify(cut.as_bytes(), &key, &with(kept(&log, 1)))
        .failure
        .unwrap();
    assert!(matches!(f.problem, Problem::EndsBeforeKept { .. }), "{f}");
    let part = partial(&log, 30);
    let f = verify(part.text().as_bytes(), &key, &with(kept(&log, 1)))
        .failure
        .unwrap();
    assert_eq!(f.line, 1);
    assert!(matches!(f.problem, Problem::StartsAfterKept { .. }), "{f}");
    // From a frontier at or before the kept size it works.
    let part = partial(&log, 25);
    let r = verify(part.text().as_bytes(), &key, &with(kept(&log, 1)));
    assert!(r.is_valid() && r.consistent_with_kept, "{r}");
    // A kept head of another log is refused by origin.
    let other = Checkpoint::new("elsewhere", 25, kept(&log, 1).root);
    let f = verify(log.text().as_bytes(), &key, &with(other))
        .failure
        .unwrap();
    assert!(matches!(f.problem, Problem::WrongOrigin { .. }), "{f}");
}

#[test]
fn proof_documents_verify_offline_and_refuse_any_change() {
    let log = generate(14, 37, &[20, 37]);
    let key = log.signer.verifier_key();
    let entries: Vec<Entry> = log
        .lines
        .iter()
        .filter_map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            (v["type"] == "event").then(|| Entry::from_serialize(&v["entry"]).unwrap())
        })
        .collect();
    let tree = MerkleTree::from_leaves(entries.iter().map(Entry::leaf_hash));
    let note = |k: usize| {
        let v: serde_json::Value = serde_json::from_str(&log.lines[log.checkpoints[k].0]).unwrap();
        v["note"].as_str().unwrap().to_owned()
    };
    for index in [0u64, 1, 19, 36] {
        let p = InclusionProof {
            index,
            entry: entries[index as usize].clone(),
            size: 37,
            proof: tree.inclusion_proof(index, 37).unwrap(),
            checkpoint: note(1),
        };
        let json = p.to_json();
        let Proof::Inclusion(back) = Proof::parse(json.as_bytes()).unwrap() else {
            panic!("not an inclusion proof: {json}");
        };
        assert_eq!(back, p);
        assert_eq!(back.verify(&key).unwrap().size, 37);
        // Another entry, a changed one, another index, another size, another key: refused.
        let mut bad = p.clone();
        bad.entry = entries[(index as usize + 1) % 37].clone();
        assert!(bad.verify(&key).is_err());
        let changed = json.replacen("\"actor\":\"", "\"actor\":\"x", 1);
        let Proof::Inclusion(bad) = Proof::parse(changed.as_bytes()).unwrap() else {
            panic!()
        };
        assert!(bad.verify(&key).is_err());
        let mut bad = p.clone();
        bad.index = (index + 1) % 37;
        assert!(bad.verify(&key).is_err());
        let mut bad = p.clone();
        bad.size = 20;
        assert!(bad.verify(&key).is_err());
        let other = Signer::new(ORIGIN, &[1; 32]).unwrap().verifier_key();
        assert!(p.verify(&other).is_err());
    }
    let c = ConsistencyProof {
        from: SignedHead {
            size: 20,
            checkpoint: note(0),
        },
        to: SignedHead {
            size: 37,
            checkpoint: note(1),
        },
        proof: tree.consistency_proof(20, 37).unwrap(),
    };
    let json = c.to_json();
    let parsed = Proof::parse(json.as_bytes()).unwrap();
    assert_eq!(parsed, Proof::Consistency(c.clone()));
    assert_eq!(parsed.latest_checkpoint(), note(1));
    let (old, new) = c.verify(&key).unwrap();
    assert_eq!((old.size, new.size), (20, 37));
    let mut bad = c.clone();
    bad.proof[0].0[0] ^= 1;
    assert!(bad.verify(&key).is_err());
    let mut bad = c.clone();
    std::mem::swap(&mut bad.from, &mut bad.to);
    assert!(bad.verify(&key).is_err());
    let mut bad = c.clone();
    bad.from.size = 21;
    assert!(bad.verify(&key).is_err());

    for garbage in [
        "",
        "{}",
        "[]",
        "{\"index\":1}",
        "{\"from\":{\"size\":1,\"checkpoint\":\"x\"},\"proof\":[]}",
        "{\"index\":0,\"entry\":{},\"size\":1,\"checkpoint\":\"x\",\"proof\":[\"zz\"]}",
    ] {
        assert!(Proof::parse(garbage.as_bytes()).is_err(), "{garbage}");
    }
}

#[test]
fn the_partial_export_fuzz_seed_verifies_under_the_fuzz_key() {
    // The fuzz target's key and origin: a seed that verifies lets the fuzzer start from the
    // deep paths (frontier, then events and checkpoints that check).
    let signer = Signer::new("logveil/audit", &[7; 32]).unwrap();
    let mut log = MerkleLog::new();
    let mut lines = Vec::new();
    for i in 0..7u64 {
        if i == 3 {
            lines.clear();
            lines.push(frontier_line(&log));
        }
        let e = Entry::parse(
            format!(
                r#"{{"action":"sign_in","actor":"bob","outcome":"success","time":{}}}"#,
                1_764_700_000_000 + i
            )
            .as_bytes(),
        )
        .unwrap();
        lines.push(event_line(log.push_entry(&e), &e));
        if i == 4 || i == 6 {
            let cp = Checkpoint::new("logveil/audit", log.size(), log.root());
            lines.push(checkpoint_line(&signer.sign_checkpoint(&cp).unwrap()));
        }
    }
    let text = join(&lines);
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/fuzz/seeds/partial_export.jsonl"
    );
    if std::env::var_os("LOGVEIL_WRITE_SEEDS").is_some() {
        std::fs::write(path, &text).unwrap();
    }
    assert_eq!(
        std::fs::read_to_string(path).unwrap(),
        text,
        "the seed is out of date: rerun with LOGVEIL_WRITE_SEEDS=1"
    );
    let r = verify(
        text.as_bytes(),
        &signer.verifier_key(),
        &VerifyOptions::default(),
    );
    assert!(r.is_valid(), "{r}");
    assert_eq!((r.start, r.events, r.verified_size), (3, 4, 7));
}
