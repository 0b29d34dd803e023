//! Feeds arbitrary bytes to every parser an auditor runs on untrusted input: the export
//! verifier (whole and line by line, which must agree; partial exports start with a frontier
//! line, see seeds/partial_export.jsonl), signed notes, checkpoints, verifier keys, entries
//! and proof documents. No panic; a verification either passes or names a line within the
//! input.
#![no_main]

use libfuzzer_sys::fuzz_target;
use logveil_audit::{
    verify, Checkpoint, Entry, Note, Proof, Signer, Verifier, VerifierKey, VerifyOptions,
};

fuzz_target!(|data: &[u8]| {
    let Ok(signer) = Signer::new("logveil/audit", &[7; 32]) else {
        return;
    };
    let key = signer.verifier_key();
    let whole = verify(data, &key, &VerifyOptions::default());
    // Lines as a reader yields them: the last newline ends a line rather than starting one.
    let body = data.strip_suffix(b"\n").unwrap_or(data);
    if !body.is_empty() {
        let mut stream = Verifier::new(&key, VerifyOptions::default());
        for line in body.split(|b| *b == b'\n') {
            if !stream.push_line(line) {
                break;
            }
        }
        let streamed = stream.finish();
        assert_eq!(whole.is_valid(), streamed.is_valid());
    }
    if let Some(f) = &whole.failure {
        assert!(f.line <= whole.lines.max(1) + 1);
    }
    let text = String::from_utf8_lossy(data);
    let _ = Note::parse(&text);
    let _ = key.verify_note(&text);
    let _ = Checkpoint::parse_text(&text);
    let _ = VerifierKey::parse(&text);
    let _ = Entry::parse(data);
    match Proof::parse(data) {
        Ok(Proof::Inclusion(p)) => {
            let _ = p.verify(&key);
        }
        Ok(Proof::Consistency(p)) => {
            let _ = p.verify(&key);
        }
        Err(_) => {}
    }
});
