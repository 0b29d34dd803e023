//! Builds the name gazetteer's fst map and its bloom filter from the key list that
//! `scripts/gen-names` writes. Run by that script (a developer's tool), never at build or run
//! time.
//!
//! Usage: names_build KEYS.tsv OUT.fst OUT.bloom
//!
//! Each line of KEYS.tsv is `key<TAB>flags`, sorted by the key's UTF-8 bytes; flags are the
//! letters `g` (given name), `s` (surname), `c` (ordinary word), `l` (log word) and an optional
//! rank digit 1-3. The value stored for a key is `g=1 | s=2 | c=4 | l=8 | rank << 4`, the layout
//! `src/names.rs` reads. The same input always gives the same bytes.
#[path = "../src/names/bloom.rs"]
#[allow(dead_code)] // the lookup side is the crate's
mod bloom;

fn value(flags: &str) -> Result<u64, String> {
    let mut v = 0u64;
    for c in flags.chars() {
        v |= match c {
            'g' => 1,
            's' => 2,
            'c' => 4,
            'l' => 8,
            '1'..='3' => u64::from(c as u8 - b'0') << 4,
            _ => return Err(format!("unknown flag {c:?} in {flags:?}")),
        };
    }
    Ok(v)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, out_fst, out_bloom] = args.as_slice() else {
        return Err("usage: names_build KEYS.tsv OUT.fst OUT.bloom".into());
    };
    let text = std::fs::read_to_string(input)?;
    let mut builder = fst::MapBuilder::memory();
    let mut filter = bloom::empty(text.lines().count());
    for (n, line) in text.lines().enumerate() {
        let (key, flags) = line
            .split_once('\t')
            .ok_or_else(|| format!("{input}:{}: no tab", n + 1))?;
        builder
            .insert(key.as_bytes(), value(flags)?)
            .map_err(|e| format!("{input}:{}: {e}", n + 1))?;
        bloom::insert(&mut filter, key.as_bytes());
    }
    let bytes = builder.into_inner()?;
    std::fs::write(out_fst, &bytes)?;
    std::fs::write(out_bloom, &filter)?;
    eprintln!(
        "{out_fst}: {} bytes; {out_bloom}: {} bytes",
        bytes.len(),
        filter.len()
    );
    Ok(())
}
