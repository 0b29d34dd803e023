//! Prints the spans the engine finds in each line of stdin (for quick looks while tuning).
use std::io::BufRead;

fn main() {
    let engine = logveil_mask::Engine::builtin();
    for line in std::io::stdin().lock().split(b'\n').map_while(Result::ok) {
        for s in engine.detect(&line) {
            println!(
                "{:>4}..{:<4} {:<14} {:<40} {}",
                s.start,
                s.end,
                engine.kind_name(s.kind),
                engine.describe(s.rule),
                String::from_utf8_lossy(&line[s.start..s.end])
            );
        }
    }
}
