//! Nanoseconds per byte of each line of a file, detection only, for finding the dear ones.
//! Usage: line_cost FILE
use std::time::Instant;

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "/dev/stdin".into());
    let data = std::fs::read(path).unwrap_or_default();
    let engine = logveil_mask::Engine::builtin();
    let mut spans = Vec::new();
    for l in data.split(|&b| b == b'\n').filter(|l| !l.is_empty()) {
        let t = Instant::now();
        for _ in 0..200 {
            engine.detect_into(l, &mut spans);
        }
        let ns = t.elapsed().as_nanos() as f64 / 200.0;
        println!(
            "{:.2}\t{}\t{}",
            ns / l.len() as f64,
            l.len(),
            String::from_utf8_lossy(l)
        );
    }
}
