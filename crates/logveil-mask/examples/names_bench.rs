//! Speed of the name gazetteer's lookup, on one core: 10 million lookups of words drawn from a
//! mix of log words and names, timed separately for names (hits in the fst), frequent words
//! (hits in the hot-word table), words it does not know (misses), then all mixed.
//!
//! Usage: cargo run --release -p logveil-mask --example names_bench [-- LOOKUPS]
use std::hint::black_box;
use std::time::Instant;

use logveil_mask::{lookup_name, preload_names};

/// Names of many countries, as they stand in logs.
const NAMES: &[&str] = &[
    "Ananya",
    "Pillai",
    "Kowalska",
    "Agnieszka",
    "Yılmaz",
    "Nguyễn",
    "Müller",
    "Muller",
    "MÜLLER",
    "García",
    "Tanaka",
    "田中",
    "太郎",
    "O'Brien",
    "Jean-Pierre",
    "Tanya",
    "Miller",
    "Hans",
    "Smith",
    "Johnson",
    "Williams",
    "Maria",
    "José",
    "Mohammed",
    "Wang",
    "Zhang",
    "Ivanov",
    "Иванов",
    "Papadopoulos",
    "Kumar",
    "Sharma",
    "Patel",
    "Singh",
    "Hernández",
    "Rossi",
    "Bianchi",
    "Dubois",
    "Lefèvre",
    "Schmidt",
    "Schneider",
    "Jansen",
    "De Vries",
    "Andersson",
    "Nielsen",
    "Korhonen",
    "Novák",
    "Horváth",
    "Popescu",
    "Öztürk",
    "Kim",
    "Park",
    "Sato",
    "Suzuki",
    "Takahashi",
    "Silva",
    "Santos",
    "Oliveira",
    "Adeyemi",
    "Okafor",
];

/// Ordinary and log words capitalised in logs.
const WORDS: &[&str] = &[
    "Will",
    "Mark",
    "Rose",
    "Grant",
    "Page",
    "Long",
    "King",
    "May",
    "Summer",
    "Customer",
    "Create",
    "Update",
    "Error",
    "Exception",
    "Service",
    "Manager",
    "Handler",
    "Controller",
    "Windows",
    "Chrome",
    "Login",
    "Incorrect",
    "Failed",
    "Connection",
    "Request",
    "User",
    "Started",
    "Stopped",
    "Warning",
    "Timeout",
    "Server",
    "Client",
    "Session",
    "Account",
    "Payment",
    "Order",
    "Invoice",
    "Shipping",
    "Address",
    "Unable",
    "Received",
    "Sending",
];

/// Log tokens that are not words: identifiers, CamelCase class names, codes.
const UNKNOWN: &[&str] = &[
    "NullPointerException",
    "ERR_CONNECTION_RESET",
    "HikariPool",
    "XmlHttpRequest",
    "OAuth2",
    "UTF8",
    "Kubelet",
    "Xyzzy",
    "ECONNREFUSED",
    "SIGTERM",
    "Jvm",
    "GcPause",
    "UserServiceImpl",
    "OrderController",
    "K8s",
    "TLSv13",
    "X509",
    "NGINX1",
    "AbcDef",
    "QwertyUiop",
    "Zxcvbn",
    "Frobnicate",
    "Gzipped",
    "Deduped",
    "Upserted",
    "Tokenizer",
];

/// A small deterministic generator (xorshift) for made-up capitalised words.
fn made_up(n: usize) -> Vec<String> {
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut out = Vec::with_capacity(n);
    while out.len() < n {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let len = 4 + (x % 9) as usize;
        let mut w = String::with_capacity(len);
        for i in 0..len {
            let c = b'a' + ((x >> (i * 5 + 8)) % 26) as u8;
            w.push(if i == 0 { c.to_ascii_uppercase() } else { c } as char);
        }
        out.push(w);
    }
    out
}

/// Looks up `lookups` words of `words` in ten rounds; prints the best round's and the median
/// round's time per lookup (the best is the machine's speed; the median shows how noisy it was).
fn time(label: &str, words: &[Vec<u8>], lookups: usize) {
    const ROUNDS: usize = 10;
    if words.is_empty() {
        return;
    }
    let per_round = (lookups / ROUNDS).max(1);
    let mut ns = Vec::with_capacity(ROUNDS);
    let mut found = 0usize;
    for round in 0..ROUNDS {
        let t = Instant::now();
        for i in 0..per_round {
            let w = &words[(round * per_round + i) % words.len()];
            if black_box(lookup_name(black_box(w))).is_some() {
                found += 1;
            }
        }
        ns.push(t.elapsed().as_nanos() as f64 / per_round as f64);
    }
    ns.sort_by(f64::total_cmp);
    println!(
        "{label:<7} best {:6.1} ns/lookup, median {:6.1}  ({} lookups of {} words, {found} found)",
        ns[0],
        ns[ROUNDS / 2],
        per_round * ROUNDS,
        words.len()
    );
}

fn main() {
    let total: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(10_000_000);
    let t = Instant::now();
    if !preload_names() {
        eprintln!("the gazetteer did not load");
        std::process::exit(1);
    }
    println!("preload  {:7.2} ms", t.elapsed().as_secs_f64() * 1e3);
    let known = |set: &[&str]| -> Vec<Vec<u8>> {
        set.iter()
            .map(|s| s.as_bytes().to_vec())
            .filter(|w| lookup_name(w).is_some())
            .collect()
    };
    let names = known(NAMES);
    let words = known(WORDS);
    let misses: Vec<Vec<u8>> = UNKNOWN
        .iter()
        .map(|s| s.to_string())
        .chain(made_up(2000))
        .map(String::into_bytes)
        .filter(|w| lookup_name(w).is_none())
        .collect();
    // Names, words and misses in turn, as a scanner meets them.
    let mut mixed: Vec<Vec<u8>> = Vec::new();
    for i in 0..misses.len() {
        mixed.extend(names.get(i % names.len()).cloned());
        mixed.extend(words.get(i % words.len()).cloned());
        mixed.extend(misses.get(i).cloned());
    }
    for w in &mixed {
        black_box(lookup_name(w));
    }
    time("names", &names, total / 4);
    time("words", &words, total / 4);
    time("misses", &misses, total / 2);
    time("mixed", &mixed, total);
}
