//! The `mask --spans` contract of `logveil mask` on the built-in engine, without building the
//! gateway: reads raw lines on stdin, prints `{"masked": …, "spans": [{start, end, kind}]}` per
//! line (byte offsets). For scoring corpora while tuning (`score_pii.py --cmd …`).
use std::io::{BufRead, BufWriter, Write};

use logveil_mask::{Engine, Masker, TokenKey};

fn main() -> std::io::Result<()> {
    let masker = Masker::new(Engine::builtin(), TokenKey::new([1; 32]));
    let engine = masker.engine();
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut masked = logveil_mask::MaskedLine::new();
    let mut stream = logveil_mask::StreamState::default();
    for line in std::io::stdin().lock().split(b'\n') {
        let mut line = line?;
        // Like `logveil mask`: a CRLF line ending is not part of the line.
        if line.last() == Some(&b'\r') {
            line.pop();
        }
        masker.mask_in_stream(&line, &mut stream, &mut masked);
        let spans: Vec<serde_json::Value> = masked
            .spans
            .iter()
            .map(|s| {
                serde_json::json!({
                    "start": s.span.start,
                    "end": s.span.end,
                    "kind": engine.kind_name(s.span.kind),
                })
            })
            .collect();
        let text = String::from_utf8_lossy(&masked.text);
        serde_json::to_writer(
            &mut out,
            &serde_json::json!({"masked": text, "spans": spans}),
        )?;
        out.write_all(b"\n")?;
    }
    out.flush()
}
