//! Masks arbitrary bytes: no panic, and the invariants every caller relies on hold.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use logveil_mask::{Engine, Masker, TokenKey};

static MASKER: LazyLock<Masker> =
    LazyLock::new(|| Masker::new(Engine::builtin(), TokenKey::new([42; 32])).with_all_tokens(true));

fuzz_target!(|data: &[u8]| {
    let out = MASKER.mask(data);
    let mut prev_end = 0;
    let mut prev_masked_end = 0;
    for s in &out.spans {
        let sp = s.span;
        assert!(sp.start >= prev_end, "spans sorted and disjoint");
        assert!(sp.start < sp.end && sp.end <= data.len(), "span in bounds and not empty");
        assert!(s.masked_start >= prev_masked_end && s.masked_end <= out.text.len());
        // Text between spans is copied unchanged.
        let gap_len = sp.start - prev_end;
        assert_eq!(
            &out.text[s.masked_start - gap_len..s.masked_start],
            &data[prev_end..sp.start]
        );
        prev_end = sp.end;
        prev_masked_end = s.masked_end;
        assert!(s.token.is_some());
    }
    assert_eq!(&out.text[prev_masked_end..], &data[prev_end..]);
});
