//! Cost of phone validation: the first call (metadata load and compilation), then nanoseconds
//! per call for valid numbers, invalid candidates and non-candidates, the finder over whole log
//! lines, and, for comparison, the `phonenumber` crate's own parse-and-validate.
//! Usage: cargo run --release -p logveil-mask --example phone_bench
//! (PHONE_BENCH_EACH=1 also times every input alone.)
use std::hint::black_box;
use std::time::{Duration, Instant};

use logveil_mask::__phone_bench as phone;

const VALID_INTERNATIONAL: &[&str] = &[
    "+49 221 2982859",
    "+33 4 94 35 71 78",
    "+44 20 7946 0018",
    "%2B31612345678",
    "+81 90-1234-5678",
    "+1 (415) 555-0134",
    "0049 221 2982859",
    "+55 21 91920-1728",
];
const VALID_NATIONAL: &[&str] = &[
    "0221/2982859",
    "04.94.35.71.78",
    "(21) 91920-1728",
    "090-1234-5678",
    "06 12 34 56 78",
    "07400 123456",
    "(415) 555-0134",
    "55 1234 5678",
];
/// Written like phone numbers, but not valid anywhere or not written the region's way: these
/// go through the metadata of every national region.
const INVALID_CANDIDATES: &[&str] = &[
    "200 404 75233",
    "1024 2048 4096",
    "0123 4567 8901",
    "0000 123 456",
    "12 345 678 90",
    "+49 123",
    "+999 1234 5678",
    "022 12 34",
];
/// Rejected by their shape before any metadata.
const NON_CANDIDATES: &[&str] = &[
    "0.000",
    "2026-12-06",
    "1.2.3",
    "1733443200",
    "192.168.100.200",
    "4111 1111 1111 1111",
    "94105-1234",
    "abc",
];

const LINES: &[&str] = &[
    "https 2026-12-06T10:30:15.123456Z app/my-alb/50dc6c495c0c9188 192.168.131.39:2817 \
     10.0.0.1:80 0.000 0.001 0.000 200 404 34 366 \"GET https://example.com:443/ HTTP/1.1\" \
     \"curl/8.0\" - - arn:aws:elasticloadbalancing:us-east-2:123456789012:targetgroup/t/73e2d6bc",
    "127.0.0.1 - - [06/Dec/2026:10:30:15 +0100] \"GET /a.html HTTP/1.1\" 404 75233 \"-\" \"curl/8\"",
    "2026-12-06 10:30:15,123 INFO order 4711 confirmed for Erika Mustermann, tel 0221/2982859, \
     mobile +49 151 23456789, callback (21) 91920-1728 in 0.031 s",
];

fn per_call(inputs: &[&str], phone_key: bool, budget: Duration) -> (f64, usize) {
    let mut calls = 0u64;
    let mut found = 0;
    for s in inputs {
        found += usize::from(phone::validate(s.as_bytes(), phone_key).is_some());
    }
    let t = Instant::now();
    while t.elapsed() < budget {
        for s in inputs {
            black_box(phone::validate(black_box(s.as_bytes()), phone_key));
        }
        calls += inputs.len() as u64;
    }
    (t.elapsed().as_nanos() as f64 / calls as f64, found)
}

/// Calls the finder at every position a scanner could (digit, `+`, `(`, `%`), skipping over
/// what it finds: the worst case, as the real scanner calls it less often.
fn scan_line(line: &[u8]) -> usize {
    let mut n = 0;
    let mut s = 0;
    while s < line.len() {
        if matches!(line[s], b'0'..=b'9' | b'+' | b'(' | b'%') {
            if let Some(end) = phone::candidate_at(line, s) {
                n += 1;
                s = end;
                continue;
            }
        }
        s += 1;
    }
    n
}

/// This process's resident set, from /proc (Linux only).
fn rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn main() {
    let budget = Duration::from_millis(400);
    let rss0 = rss_kib();

    let t = Instant::now();
    black_box(phonenumber::metadata::DATABASE.iter().count());
    let load = t.elapsed();
    let t = Instant::now();
    phone::warm();
    let compile = t.elapsed();
    println!("first call: metadata load (phonenumber's DATABASE) {load:.1?}, compiling the 29 national regions {compile:.1?}");
    let t = Instant::now();
    black_box(phone::validate(b"+7 912 345-67-89", false));
    println!(
        "first international call to a region not yet compiled (RU): {:.1?}",
        t.elapsed()
    );
    if let (Some(a), Some(b)) = (rss0, rss_kib()) {
        println!("resident memory: {a} KiB before, {b} KiB after (metadata, compiled regions)");
    }

    for (name, inputs, key) in [
        ("valid, international", VALID_INTERNATIONAL, false),
        ("valid, national", VALID_NATIONAL, false),
        ("invalid candidates", INVALID_CANDIDATES, false),
        ("non-candidates", NON_CANDIDATES, false),
        (
            "bare digits under a phone key",
            &["02212982859", "4915123456789", "1733443200"][..],
            true,
        ),
    ] {
        let (ns, found) = per_call(inputs, key, budget);
        println!(
            "validate, {name:32} {ns:8.0} ns/call  ({found}/{} found)",
            inputs.len()
        );
        if std::env::var_os("PHONE_BENCH_EACH").is_some() {
            for s in inputs {
                let (ns, found) = per_call(&[s], key, budget / 8);
                let found = if found > 0 { "found" } else { "" };
                println!("    {s:24} {ns:8.0} ns  {found}");
            }
        }
    }

    for line in LINES {
        let b = line.as_bytes();
        let found = scan_line(b);
        let t = Instant::now();
        let mut n = 0u64;
        while t.elapsed() < budget {
            black_box(scan_line(black_box(b)));
            n += 1;
        }
        let ns = t.elapsed().as_nanos() as f64 / n as f64;
        println!(
            "candidate_at at every start, {:3}-byte line: {ns:8.0} ns/line, {:6.1} MB/s, {found} found",
            b.len(),
            b.len() as f64 / ns * 1e3
        );
    }

    // Two threads: no lock is shared, so the rate should double on two cores.
    let rate = |threads: usize| {
        let t = Instant::now();
        let handles: Vec<_> = (0..threads)
            .map(|_| {
                std::thread::spawn(move || {
                    let mut n = 0u64;
                    let t = Instant::now();
                    while t.elapsed() < budget {
                        for s in VALID_NATIONAL {
                            black_box(phone::validate(black_box(s.as_bytes()), false));
                        }
                        n += VALID_NATIONAL.len() as u64;
                    }
                    n
                })
            })
            .collect();
        let calls: u64 = handles.into_iter().map(|h| h.join().unwrap_or(0)).sum();
        calls as f64 / t.elapsed().as_secs_f64() / 1e6
    };
    println!(
        "validate, valid national: {:.2} M calls/s on 1 thread, {:.2} M calls/s on 2",
        rate(1),
        rate(2)
    );

    // The crate's own path, for comparison (one region given, as a national number needs).
    let crate_call = |s: &str, region: Option<phonenumber::country::Id>| {
        phonenumber::parse(region, s)
            .map(|n| phonenumber::is_valid(&n))
            .unwrap_or(false)
    };
    for (name, s, region) in [
        ("+49 221 2982859", "+49 221 2982859", None),
        (
            "0221/2982859 as DE",
            "0221/2982859",
            Some(phonenumber::country::Id::DE),
        ),
    ] {
        let t = Instant::now();
        let mut n = 0u64;
        while t.elapsed() < budget {
            black_box(crate_call(black_box(s), region));
            n += 1;
        }
        println!(
            "phonenumber::parse + is_valid, {name:24} {:8.0} ns/call",
            t.elapsed().as_nanos() as f64 / n as f64
        );
    }
}
