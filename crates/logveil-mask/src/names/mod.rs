//! The name gazetteer: is a word of a log line a person's given name, a surname, an ordinary
//! word, or a software word?
//!
//! The person detector asks this about capitalised words that no context word announces
//! (`Ananya Pillai`, `Müller, Hans`, `田中 太郎`) and weighs the answer: `Tanya Miller` is two
//! names, `Customer Create` two ordinary words, `Windows Update` two log words, `Will Smith` a
//! name that is also a word followed by a surname.
//!
//! The data is an [`fst::Map`] (`data/names/names.fst`, built by `scripts/gen-names` from the
//! sources that `data/names/README.md` lists) compiled into the binary: one key per normalised
//! word, valued with [`NameInfo`]'s bits. It is read in place; the first lookup (or
//! [`preload`]) builds the small tables in front of it, in about 3 ms.
//!
//! Keys are the word lowercased character by character (Unicode full lowercase mapping), NFC,
//! with `ς` as `σ` and without apostrophes (`O'Brien`, `O’Brien` → `obrien`). Words with
//! diacritics also have their ASCII fold as a key (`müller`, `muller`, `mueller`), Cyrillic and
//! Greek names their Latin transliteration (`иванов`, `ivanov`).
//!
//! A lookup lowercases the word into a stack buffer and hashes it once. The ~8,500 words most
//! often capitalised in logs (`Error`, `Failed`, `User`, `Will`) are answered by one probe of a
//! hash table (~30 ns); the other words go to a bloom filter, which stops nearly all words that
//! are not keys (~50 ns a miss), and the rest walk the fst, from a table of where the walk stands
//! after two letters (~140 ns a name). Decomposed input (`Mu\u{308}ller`) is looked up without
//! its combining marks; a hyphenated word that is not a key itself (`García-Lopez`) is looked up
//! part by part. Nothing allocates after the first lookup.

use std::sync::OnceLock;

use fst::raw::Output;
use fst::Map;

mod bloom;

/// The fst map: normalised word → `GIVEN | SURNAME | COMMON | LOG | rank << 4`.
static FST: &[u8] = include_bytes!("../../data/names/names.fst");
/// The bloom filter over the fst's keys ([`bloom`]).
static BLOOM: &[u8] = include_bytes!("../../data/names/names.bloom");

const GIVEN: u64 = 1;
const SURNAME: u64 = 2;
const COMMON: u64 = 4;
const LOG: u64 = 8;
const RANK_SHIFT: u32 = 4;

/// The longest key, in bytes (scripts/gen-names keeps no longer ones): longer words are not
/// looked up.
pub const MAX_KEY: usize = 48;
/// A hyphenated word is looked up part by part if it has at most this many parts.
const MAX_PARTS: usize = 4;

/// What the gazetteer knows about a word.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct NameInfo {
    /// A given name in some country's lists (`Ananya`, `Agnieszka`, `太郎`).
    pub given: bool,
    /// A surname in some country's lists (`Pillai`, `Kowalska`, `田中`).
    pub surname: bool,
    /// Also an ordinary word: in English (`Will`, `Mark`, `Customer`), or in a language that
    /// lists it as a name too (`Rosa` in Spanish, `Bauer` in German).
    pub common_word: bool,
    /// A software or log word that is never a name alone (`Exception`, `Handler`, `Windows`);
    /// such a word has no name flags.
    pub log_word: bool,
    /// How common the name is: 3 very common (the first half of a frequency-ranked list,
    /// `Smith`, `Maria`), 2 common (in a curated list of a country's names), 1 rare (the tail
    /// of the US Census lists), 0 not a name.
    pub rank: u8,
}

impl NameInfo {
    fn from_value(v: u64) -> Self {
        NameInfo {
            given: v & GIVEN != 0,
            surname: v & SURNAME != 0,
            common_word: v & COMMON != 0,
            log_word: v & LOG != 0,
            rank: ((v >> RANK_SHIFT) & 3) as u8,
        }
    }

    /// A given name or a surname.
    pub fn is_name(self) -> bool {
        self.given || self.surname
    }

    /// A name and not a software or log word: what the readers of free text trust.
    pub fn is_known_name(self) -> bool {
        self.is_name() && !self.log_word
    }
}

/// The map, and the table of hot words in front of it.
struct Gazetteer {
    map: Map<&'static [u8]>,
    /// Open addressing, linear probing: a slot is a key of at most [`HOT_KEY`] bytes padded
    /// with zeros, then its value. An empty slot starts with a zero byte (no key does).
    hot: Box<[[u8; 16]]>,
    /// Where the fst walk stands after two ASCII letters (`a`..`z` each): the node and the
    /// output so far, or `None` if no key starts so. Saves the two widest nodes of a walk.
    after2: Box<[Option<(fst::raw::CompiledAddr, u64)>]>,
}

/// The longest key of the hot-word table.
const HOT_KEY: usize = 15;

/// The words most often capitalised in logs (`data/names/hot.txt`: frequent English words and
/// the log words, keys as in the map), answered by one hash probe instead of an fst walk.
static HOT_WORDS: &str = include_str!("../../data/names/hot.txt");

fn gazetteer() -> Option<&'static Gazetteer> {
    static G: OnceLock<Option<Gazetteer>> = OnceLock::new();
    G.get_or_init(|| {
        let map = Map::new(FST).ok()?;
        let words: Vec<&[u8]> = HOT_WORDS
            .lines()
            .map(str::as_bytes)
            .filter(|w| !w.is_empty() && w.len() <= HOT_KEY)
            .collect();
        let mut hot = vec![[0u8; 16]; (words.len() * 3 / 2).max(16).next_power_of_two()];
        let mask = hot.len() - 1;
        for w in words {
            let Some(v) = map.get(w) else { continue };
            let slot = hot_slot(w, v as u8);
            let mut i = bloom::hash(w) as usize & mask;
            while hot[i][0] != 0 && hot[i] != slot {
                i = (i + 1) & mask;
            }
            hot[i] = slot;
        }
        let fst = map.as_fst();
        let after2 = (0..26 * 26)
            .map(|i| {
                let mut node = fst.root();
                let mut out = Output::zero();
                for b in [b'a' + (i / 26) as u8, b'a' + (i % 26) as u8] {
                    let t = node.transition(node.find_input(b)?);
                    out = out.cat(t.out);
                    node = fst.node(t.addr);
                }
                Some((node.addr(), out.value()))
            })
            .collect();
        Some(Gazetteer {
            map,
            hot: hot.into_boxed_slice(),
            after2,
        })
    })
    .as_ref()
}

/// A hot-table slot: `key` (at most [`HOT_KEY`] bytes) padded with zeros, then `value`.
#[inline]
fn hot_slot(key: &[u8], value: u8) -> [u8; 16] {
    let mut slot = [0u8; 16];
    slot[..key.len()].copy_from_slice(key);
    slot[HOT_KEY] = value;
    slot
}

/// Loads the gazetteer now rather than at the first lookup (about 2 ms: the hot-word table is
/// built then). Whether it loaded: `false` only if the data is damaged.
pub fn preload() -> bool {
    gazetteer().is_some()
}

/// A key being looked up: its bytes, zero-padded to [`MAX_KEY`] (the hash and the hot-word
/// table read whole 8- and 16-byte blocks of it).
struct Key {
    buf: [u8; MAX_KEY],
    len: usize,
}

impl Key {
    fn new() -> Self {
        Key {
            buf: [0; MAX_KEY],
            len: 0,
        }
    }

    fn from_slice(bytes: &[u8]) -> Option<Self> {
        let mut k = Key::new();
        k.buf.get_mut(..bytes.len())?.copy_from_slice(bytes);
        k.len = bytes.len();
        Some(k)
    }

    fn bytes(&self) -> &[u8] {
        &self.buf[..self.len]
    }

    /// Appends `c`'s UTF-8 bytes; `None` past [`MAX_KEY`].
    fn push(&mut self, c: char) -> Option<()> {
        let end = self.len + c.len_utf8();
        c.encode_utf8(self.buf.get_mut(self.len..end)?);
        self.len = end;
        Some(())
    }
}

/// Looks up one word as written in a log (`Müller`, `MÜLLER`, `müller`, `O'Brien`,
/// `Jean-Pierre`, `田中`). `None`: not a known name or word (also for invalid UTF-8, and for
/// words longer than 48 bytes once lowercased). Allocates nothing.
pub fn lookup(word: &[u8]) -> Option<NameInfo> {
    let (key, marks) = normalise(word)?;
    lookup_key(&key, marks).or_else(|| {
        if key.bytes().contains(&b'-') {
            lookup_parts(key.bytes(), marks)
        } else {
            None
        }
    })
}

/// The key of `word`, and whether it has combining diacritics.
#[inline]
fn normalise(word: &[u8]) -> Option<(Key, bool)> {
    let mut key = Key::new();
    let mut marks = false;
    if word.is_ascii() && word.len() <= MAX_KEY {
        let mut apostrophe = false;
        let mut nul = false;
        for (d, &b) in key.buf.iter_mut().zip(word) {
            *d = b.to_ascii_lowercase();
            apostrophe |= b == b'\'' || b == b'`';
            nul |= b == 0;
        }
        if nul {
            return None; // no key has one, and the zero padding must stay unambiguous
        }
        key.len = word.len();
        if apostrophe {
            key = Key::new();
            for &b in word.iter().filter(|&&b| b != b'\'' && b != b'`') {
                key.buf[key.len] = b.to_ascii_lowercase();
                key.len += 1;
            }
        }
    } else {
        let s = std::str::from_utf8(word).ok()?;
        for c in s.chars() {
            if matches!(
                c,
                '\'' | '`' | '\u{2018}' | '\u{2019}' | '\u{02BB}' | '\u{02BC}'
            ) {
                continue;
            }
            if c == '\0' {
                return None;
            }
            let (l, more) = lower(c);
            for l in std::iter::once(l).chain(more.into_iter().flatten()) {
                let l = if l == 'ς' { 'σ' } else { l };
                marks |= ('\u{300}'..='\u{36f}').contains(&l);
                key.push(l)?;
            }
        }
    }
    (key.len > 0).then_some((key, marks))
}

/// `c` lowercased: the first char, and the rest of a multi-char lowercase (`İ` → `i̇`). The
/// Latin-1 letters and the caseless CJK, kana and Hangul blocks skip the table search of
/// `char::to_lowercase`.
#[inline]
fn lower(c: char) -> (char, Option<std::char::ToLowercase>) {
    match c {
        'A'..='Z' | 'À'..='Ö' | 'Ø'..='Þ' => (char::from_u32(c as u32 + 32).unwrap_or(c), None),
        '\0'..='@'
        | '['..='¿'
        | '×'
        | 'ß'..='ÿ'
        | '\u{2E80}'..='\u{A4CF}'
        | '\u{AC00}'..='\u{D7FF}' => (c, None),
        _ => {
            let mut it = c.to_lowercase();
            match it.next() {
                Some(first) => (first, Some(it)),
                None => (c, None),
            }
        }
    }
}

/// The key, or failing that (for decomposed input) the key without its combining marks.
fn lookup_key(key: &Key, marks: bool) -> Option<NameInfo> {
    get(key).or_else(|| {
        if marks {
            get(&strip_marks(key.bytes()))
        } else {
            None
        }
    })
}

/// `key` without U+0300..U+036F (UTF-8 `CC 80`..`CD AF`).
fn strip_marks(key: &[u8]) -> Key {
    let mut out = Key::new();
    let mut i = 0;
    while i < key.len() {
        let b = key[i];
        let next = key.get(i + 1).copied().unwrap_or(0);
        if (b == 0xCC && (0x80..=0xBF).contains(&next))
            || (b == 0xCD && (0x80..=0xAF).contains(&next))
        {
            i += 2;
            continue;
        }
        if let Some(slot) = out.buf.get_mut(out.len) {
            *slot = b;
            out.len += 1;
        }
        i += 1;
    }
    out
}

/// A hyphenated word that is not a key itself: every part must be known. It is a name if every
/// part is one (`García-Lopez`, `Anna-Lena`), an ordinary word if every part is one
/// (`Follow-Up`), a log word if a part is one.
fn lookup_parts(key: &[u8], marks: bool) -> Option<NameInfo> {
    let mut names_all = true;
    let mut out = NameInfo {
        common_word: true,
        rank: 3,
        ..NameInfo::default()
    };
    let mut count = 0;
    for part in key.split(|&b| b == b'-').filter(|p| !p.is_empty()) {
        count += 1;
        if count > MAX_PARTS {
            return None;
        }
        let info = lookup_key(&Key::from_slice(part)?, marks)?;
        names_all &= info.is_name();
        out.given |= info.given;
        out.surname |= info.surname;
        out.common_word &= info.common_word;
        out.log_word |= info.log_word;
        out.rank = out.rank.min(info.rank);
    }
    if count == 0 {
        return None;
    }
    if !names_all {
        out.given = false;
        out.surname = false;
        out.rank = 0;
    }
    (out.is_name() || out.common_word || out.log_word).then_some(out)
}

#[inline]
fn get(key: &Key) -> Option<NameInfo> {
    let g = gazetteer()?;
    let h = bloom::hash_padded(&key.buf, key.len);
    if key.len <= HOT_KEY {
        let mut probe = [0u8; 16];
        probe.copy_from_slice(&key.buf[..16]);
        probe[HOT_KEY] = 0;
        let mask = g.hot.len() - 1;
        let mut i = h as usize & mask;
        loop {
            let mut slot = g.hot[i];
            if slot[0] == 0 {
                break;
            }
            let value = slot[HOT_KEY];
            slot[HOT_KEY] = 0;
            if slot == probe {
                return Some(NameInfo::from_value(u64::from(value)));
            }
            i = (i + 1) & mask;
        }
    }
    if !bloom::may_contain(BLOOM, h) {
        return None;
    }
    g.walk(key.bytes()).map(NameInfo::from_value)
}

impl Gazetteer {
    /// `map.get(key)`, starting after the first two bytes where they are two ASCII letters.
    #[inline]
    fn walk(&self, key: &[u8]) -> Option<u64> {
        let fst = self.map.as_fst();
        let (mut node, mut out, rest) = match key {
            [a @ b'a'..=b'z', b @ b'a'..=b'z', rest @ ..] => {
                let i = usize::from(a - b'a') * 26 + usize::from(b - b'a');
                let (addr, out) = (*self.after2.get(i)?)?;
                (fst.node(addr), Output::new(out), rest)
            }
            _ => (fst.root(), Output::zero(), key),
        };
        for &b in rest {
            let t = node.transition(node.find_input(b)?);
            out = out.cat(t.out);
            node = fst.node(t.addr);
        }
        node.is_final()
            .then(|| out.cat(node.final_output()).value())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use fst::Streamer;
    use proptest::prelude::*;

    fn info(w: &str) -> NameInfo {
        lookup(w.as_bytes()).unwrap_or_else(|| panic!("{w:?} not found"))
    }

    #[test]
    fn given_names_of_many_countries() {
        for w in [
            "Ananya",
            "Agnieszka",
            "Hans",
            "Tanya",
            "Jean-Pierre",
            "José",
            "Mohammed",
            "Olumide",
            "Priya",
            "Søren",
            "Björn",
            "Zeynep",
            "Giuseppe",
            "João",
            "Thị",
            "太郎",
            "Wei",
            "Minh",
            "Aleksandr",
            "Александр",
            "Dmytro",
            "Γιώργος",
            "Siobhan",
            "Hiroshi",
        ] {
            let i = info(w);
            assert!(i.given, "{w}: {i:?}");
            assert!(!i.log_word, "{w}: {i:?}");
        }
    }

    #[test]
    fn surnames_of_many_countries() {
        for w in [
            "Pillai",
            "Kowalska",
            "Kowalski",
            "Yılmaz",
            "Nguyễn",
            "Müller",
            "García",
            "Tanaka",
            "田中",
            "O'Brien",
            "Miller",
            "Ivanov",
            "Иванов",
            "Smirnova",
            "Papadopoulos",
            "Παπαδόπουλος",
            "Wang",
            "Zhang",
            "王",
            "Kim",
            "김",
            "Singh",
            "Sharma",
            "Dubois",
            "Rossi",
            "Jansen",
            "Andersson",
            "Korhonen",
            "Novák",
            "Horváth",
            "Popescu",
            "Silva",
            "Okafor",
            "Sato",
            "Satou",
            "Suzuki",
            "Hernández",
            "Kovačević",
        ] {
            let i = info(w);
            assert!(i.surname, "{w}: {i:?}");
            assert!(i.rank >= 1, "{w}: {i:?}");
        }
    }

    #[test]
    fn case_diacritics_and_apostrophes_do_not_matter() {
        let m = info("Müller");
        for w in [
            "MÜLLER",
            "müller",
            "Muller",
            "MULLER",
            "Mueller",
            "Mu\u{308}ller",
        ] {
            assert!(info(w).surname, "{w}");
        }
        assert_eq!(info("MÜLLER"), m);
        for w in ["García", "GARCÍA", "Garcia", "GARCIA", "Garci\u{301}a"] {
            assert!(info(w).surname, "{w}");
        }
        for w in [
            "Yılmaz",
            "YILMAZ",
            "Yilmaz",
            "Nguyễn",
            "NGUYỄN",
            "Nguyen",
            "Nguye\u{302}\u{303}n",
        ] {
            assert!(info(w).surname, "{w}");
        }
        for w in ["O'Brien", "O’Brien", "O'BRIEN", "OBrien", "o'brien"] {
            assert!(info(w).surname, "{w}");
        }
        // Final sigma in capitals, Turkish dotted capital I.
        assert!(info("ΠΑΠΑΔΌΠΟΥΛΟΣ").surname);
        assert!(info("İlhan").given);
        assert!(info("ILHAN").given);
    }

    #[test]
    fn ordinary_words_are_flagged() {
        for w in [
            "Will", "Mark", "Rose", "Grant", "Page", "Long", "King", "May", "Summer",
        ] {
            let i = info(w);
            assert!(i.is_name() && i.common_word, "{w}: {i:?}");
        }
        for w in [
            "Customer",
            "Create",
            "Update",
            "Incorrect",
            "Login",
            "Connection",
            "Invoice",
        ] {
            let i = info(w);
            assert!(i.common_word && !i.is_name(), "{w}: {i:?}");
        }
        // Names that are words only in a language that does not list them as names.
        for w in ["Tanya", "Ananya", "Pillai", "Agnieszka", "Devi"] {
            assert!(!info(w).common_word, "{w}");
        }
    }

    #[test]
    fn log_words_are_never_names() {
        for w in [
            "Exception",
            "Handler",
            "Service",
            "Server",
            "Manager",
            "Controller",
            "Error",
            "Update",
            "Windows",
            "Chrome",
            "Login",
            "Kafka",
        ] {
            let i = info(w);
            assert!(
                i.log_word && i.common_word && !i.is_name() && i.rank == 0,
                "{w}: {i:?}"
            );
        }
    }

    #[test]
    fn ranks() {
        assert_eq!(info("Smith").rank, 3);
        assert_eq!(info("Maria").rank, 3);
        assert_eq!(info("Nighman").rank, 1);
        assert_eq!(info("Customer").rank, 0);
    }

    #[test]
    fn hyphenated_words() {
        assert!(info("Jean-Pierre").given);
        let i = info("García-Lopez");
        assert!(i.surname && !i.common_word, "{i:?}");
        assert!(info("Smith-Jones").surname);
        assert!(info("Anna-Lena").given);
        assert!(info("Müller-Schmidt").surname);
        let i = info("Error-Handler");
        assert!(i.log_word && !i.is_name(), "{i:?}");
        let i = info("Follow-Up");
        assert!(i.common_word && !i.is_name(), "{i:?}");
        // A part unknown, or a name joined to a word that is not one: no name.
        assert_eq!(lookup(b"Smith-Xqzv"), None);
        assert!(!lookup(b"Anna-Customer").is_some_and(NameInfo::is_name));
        assert!(info("Smith-").surname);
        for w in ["-", "--", "a-b-c-d-e-f"] {
            assert!(!lookup(w.as_bytes()).is_some_and(NameInfo::is_name), "{w}");
        }
    }

    #[test]
    fn unknown_and_odd_input() {
        for w in [
            &b""[..],
            b"HikariPool",
            b"ECONNREFUSED",
            b"NullPointerException",
            b"'",
            b"\xff\xfe",
            b"M\xc3",
            b"\0",
            b"a\0",
            b"will\0",
            "Müller\0".as_bytes(),
            &[b'A'; 200],
        ] {
            assert_eq!(lookup(w), None, "{w:?}");
        }
        // At most MAX_KEY bytes once lowercased: `ẞ` (3 bytes) lowercases to `ß` (2 bytes).
        assert_eq!(lookup("Ä".repeat(25).as_bytes()), None);
    }

    proptest! {
        #[test]
        fn any_bytes_are_safe(bytes in proptest::collection::vec(any::<u8>(), 0..80)) {
            let _ = lookup(&bytes);
        }

        #[test]
        fn any_text_is_safe(s in "\\PC{0,40}") {
            let _ = lookup(s.as_bytes());
        }

        #[test]
        fn the_walk_is_the_maps_get(s in "[a-z]{0,3}[a-zé'-]{0,10}") {
            let g = gazetteer().expect("the gazetteer loads");
            prop_assert_eq!(g.walk(s.as_bytes()), g.map.get(s.as_bytes()));
        }

        #[test]
        fn ascii_case_does_not_matter(s in "[a-zA-Z'-]{1,20}") {
            let lower = lookup(s.to_ascii_lowercase().as_bytes());
            prop_assert_eq!(lookup(s.as_bytes()), lower);
            prop_assert_eq!(lookup(s.to_ascii_uppercase().as_bytes()), lower);
        }
    }

    /// `| name | value |` rows of the counts block of data/names/README.md.
    fn readme_counts() -> std::collections::HashMap<String, String> {
        let readme = include_str!("../../data/names/README.md");
        let start = readme
            .find("<!-- gen-names:counts -->")
            .expect("counts block");
        let end = readme
            .find("<!-- /gen-names:counts -->")
            .expect("counts block end");
        readme[start..end]
            .lines()
            .filter_map(|l| {
                let cells: Vec<&str> = l.split('|').map(str::trim).collect();
                (cells.len() == 4).then(|| (cells[1].to_string(), cells[2].to_string()))
            })
            .collect()
    }

    #[test]
    fn data_is_what_the_readme_says() {
        use sha2::Digest;
        let counts = readme_counts();
        let want = |k: &str| -> usize { counts[k].parse().unwrap_or_else(|_| panic!("{k}")) };
        assert_eq!(FST.len(), want("fst_bytes"));
        assert_eq!(BLOOM.len(), want("bloom_bytes"));
        let digest: String = sha2::Sha256::digest(FST)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_eq!(digest, counts["fst_sha256"]);
        assert_eq!(HOT_WORDS.lines().count(), want("hot_words"));

        let map = Map::new(FST).expect("the map loads");
        let mut bloom = bloom::empty(map.len());
        let (mut given, mut surname, mut common, mut log, mut both) = (0, 0, 0, 0, 0);
        let mut not_normalised = Vec::new();
        let mut stream = map.stream();
        while let Some((key, v)) = stream.next() {
            let i = NameInfo::from_value(v);
            given += usize::from(i.given);
            surname += usize::from(i.surname);
            common += usize::from(i.common_word);
            log += usize::from(i.log_word);
            both += usize::from(i.is_name() && i.common_word);
            assert!(v < 64, "{key:?}: {v}");
            assert!(!i.log_word || !i.is_name(), "{key:?}");
            assert!((i.rank > 0) == i.is_name(), "{key:?}: {i:?}");
            assert!(
                key.len() <= MAX_KEY && std::str::from_utf8(key).is_ok(),
                "{key:?}"
            );
            // Every key is what a lookup of it writes: the generator's normalisation and this
            // module's agree.
            match normalise(key) {
                Some((k, _)) if k.bytes() == key => {}
                _ => not_normalised.push(String::from_utf8_lossy(key).into_owned()),
            }
            let mut k = Key::new();
            k.buf[..key.len()].copy_from_slice(key);
            k.len = key.len();
            assert_eq!(bloom::hash(key), bloom::hash_padded(&k.buf, k.len));
            bloom::insert(&mut bloom, key);
            assert_eq!(get(&k), Some(i), "{key:?}");
        }
        assert!(
            not_normalised.is_empty(),
            "{} keys: {:?}",
            not_normalised.len(),
            &not_normalised[..not_normalised.len().min(20)]
        );
        assert_eq!(
            bloom.as_slice(),
            BLOOM,
            "names.bloom is the bloom filter of names.fst"
        );
        assert_eq!(map.len(), want("keys"));
        assert_eq!(given, want("given"));
        assert_eq!(surname, want("surname"));
        assert_eq!(common, want("common"));
        assert_eq!(log, want("log"));
        assert_eq!(both, want("name_and_common"));
        for w in HOT_WORDS.lines() {
            assert!(map.get(w).is_some(), "hot word {w:?} is a key");
        }
    }

    #[test]
    fn the_bloom_filter_rules_out_most_words_that_are_not_keys() {
        let map = Map::new(FST).expect("the map loads");
        let mut passed = 0;
        let total = 20_000;
        for n in 0..total {
            let w = format!("zz{n}qx");
            assert!(map.get(&w).is_none());
            passed += usize::from(bloom::may_contain(BLOOM, bloom::hash(w.as_bytes())));
        }
        assert!(
            passed * 100 < total * 2,
            "{passed} of {total} false positives"
        );
    }
}
