//! Throughput of detection alone and of masking, over a file, on one core.
//! Usage: throughput FILE
use std::time::Instant;

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "/dev/stdin".into());
    let data = std::fs::read(path).unwrap_or_default();
    let lines: Vec<&[u8]> = data.split(|&b| b == b'\n').collect();
    let engine = logveil_mask::Engine::builtin();
    let mut spans = Vec::new();
    let t = Instant::now();
    let mut n = 0usize;
    for l in &lines {
        engine.detect_into(l, &mut spans);
        n += spans.len();
    }
    let dt = t.elapsed().as_secs_f64();
    println!(
        "detect: {:.1} MB/s ({} spans)",
        data.len() as f64 / dt / 1e6,
        n
    );
    let masker = logveil_mask::Masker::new(engine, logveil_mask::TokenKey::new([1; 32]));
    let mut out = logveil_mask::MaskedLine::new();
    let t = Instant::now();
    for l in &lines {
        masker.mask_into(l, &mut out);
    }
    let dt = t.elapsed().as_secs_f64();
    println!("mask:   {:.1} MB/s", data.len() as f64 / dt / 1e6);
}
