//! National identifiers and domestic bank account numbers of many countries: their written
//! shapes, the check digits of their official definitions, and the words that announce them.
//!
//! This module owns recognition only. It answers two questions the scanner asks about a token of
//! a line: "does a national id or bank account start here, and how much evidence is its shape
//! alone" ([`match_at`], [`match_in_context`]) and "does this word or key announce one"
//! ([`context_word`], [`context_before`]); [`reportable_at`] combines the two for a scanner that
//! has no key for the value. It never masks, never allocates, and reads a bounded window of the
//! line: a few dozen bytes from the start, at most 64 before it for context words.
//!
//! # Evidence
//!
//! A checksum never decides alone: one random number in 10 passes a mod-10 check, one in 11 a
//! mod-11 check, and a bare 9–12 digit number in a log is usually an id, a timestamp or a byte
//! count. So a match is [`Strength::Strong`] only when a check that random input rarely passes
//! (a check letter, a mod-97 key, a date plus a check) comes with a written form that other
//! numbers do not take (`123.456.789-09`, `850101-1234567`, `1234 5678 9012`, `RSSMRA85T10A562S`).
//! Everything else is [`Strength::NeedsContext`]: the scanner reports it only next to a context
//! word or under a key ([`context_word`]). Letters written in lower case (`12345678z`) also only
//! count with context, except in the two schemes whose structure is long and rigid (codice fiscale,
//! Chinese id with its `x`): lower-case letters beside digits are usually hex or base-36 ids.
//!
//! # Schemes
//!
//! | scheme | written as | rule checked | definition |
//! |---|---|---|---|
//! | UK NINO | `AB123456C`, `AB 12 34 56 C` | prefix letters (not D F I Q U V, second not O, not BG GB KN NK NT TN; QQ/ZZ kept as in [`crate::validate`]), suffix A–D | HMRC National Insurance Manual NIM39110 |
//! | DE Steuer-ID (IdNr) | `12345678995`, `12 345 678 995` | 11 digits, first not 0, in the first ten exactly one digit twice or three times, ISO 7064 MOD 11,10 check | § 139b AO; Steueridentifikationsnummerverordnung; check as BGBl. 1993 I 736 (ZMDV Anlage 3) |
//! | DE Personalausweis | `T220001293` | 9 characters of `0-9 C F G H J K L M N P R T V W X Y Z` + check digit, weights 7-3-1 | PAuswG § 5; ICAO Doc 9303 part 3 |
//! | FR NIR | `1 85 08 75 123 456 78`, 15 digits | sex, month (01–12, 20–42, 50–99), department (2A/2B = 19/18), order ≠ 000, key = 97 − (NIR mod 97) | décret n° 82-103 du 22 janvier 1982 (INSEE, RNIPP) |
//! | IT codice fiscale | `RSSMRA85T10A562S` | 16 characters, month letter, day 1–31 or 41–71, omocodia letters `LMNPQRSTUV`, check letter from the odd/even tables mod 26 | DM 23 dicembre 1976 n. 13813 |
//! | ES DNI / NIE | `12345678Z`, `X1234567L` | letter = `TRWAGMYFPDXBNJZSQVHLCKE`[n mod 23], NIE with X/Y/Z = 0/1/2 | RD 1553/2005 art. 11; Ministerio del Interior (check letter) |
//! | ES CIF | `A58818501` | entity letter, 7 digits, control digit or letter (`JABCDEFGHI`) from the doubled odd positions | Decreto 2423/1975; Orden EHA/451/2008 |
//! | NL BSN | `123456782`, `1234.56.782` | 11-proof: 9·d1 + … + 2·d8 − d9 ≡ 0 (mod 11) | Wet algemene bepalingen BSN; Logisch Ontwerp BSN |
//! | BE national number | `85.07.30-033.28`, 11 digits | birth date YYMMDD (month +20/+40 for bis numbers, 00 unknown), serial 001–998, 97 − (first nine mod 97), with a leading 2 for births from 2000 | Wet van 8 augustus 1983 (Rijksregister) |
//! | BR CPF / CNPJ | `123.456.789-09`, `11.222.333/0001-81` | two mod-11 check digits; not all digits the same; CNPJ characters valued ASCII − 48 (alphanumeric CNPJ) | Receita Federal do Brasil; alphanumeric CNPJ: IN RFB 2.229/2024, Nota Técnica COCAD/SUARA/RFB 49/2024 |
//! | TR TC Kimlik No | 11 digits | first not 0; d10 = (7·(d1+d3+d5+d7+d9) − (d2+d4+d6+d8)) mod 10; d11 = (d1+…+d10) mod 10 | Nüfus Hizmetleri Kanunu 5490; NVİ |
//! | IN Aadhaar | `2345 6789 0124`, 12 digits | first digit 2–9, Verhoeff check | UIDAI (Aadhaar Act 2016) |
//! | IN PAN | `ABCPE1234F` | five letters (4th = holder type `ABCFGHJLPT`), four digits not 0000, a letter | Income-tax Act s. 139A; CBDT |
//! | KR RRN | `850101-1234567` | valid birth date with the century of the 7th digit (9 0 / 1 2 5 6 / 3 4 7 8); check (11 − Σ wᵢdᵢ mod 11) mod 10, weights 2–9,2–5 | 주민등록법 시행규칙 (since 2020-10-05 the last six digits are random: a failed check only lowers the evidence) |
//! | PL PESEL | 11 digits | weights 1-3-7-9, valid date with the century in the month (+80, +0, +20, +40, +60) | Ustawa o ewidencji ludności 2010, art. 15 |
//! | SE personnummer | `850709-9805`, `19850709-9805` | valid date (samordningsnummer: day + 60), birth number ≠ 000, Luhn over the ten digits; `+` from age 100 | Folkbokföringslagen 18 §, 18 a §; Skatteverket |
//! | DK CPR | `010180-1234` | valid date, century from the 7th digit (modulus 11 dropped in 2007) | CPR-kontoret, "Personnummeret i CPR-systemet" |
//! | FI henkilötunnus | `131052-308T`, `010594Y9032` | valid date, century sign (`+`; `-` Y X W V U; A B C D E F), individual number ≥ 002, check character of DDMMYYZZZ mod 31 | DVV; VN asetus 128/2010 as amended 2023 |
//! | NO fødselsnummer | `31129956715` | two mod-11 check digits (weights 3 7 6 1 8 9 4 5 2 and 5 4 3 2 7 6 5 4 3 2), date with D-number (+40 day), H-number (+40 month), synthetic (+80 month) and the century of the individual number | Skatteetaten, folkeregisterforskriften |
//! | CN resident id | `11010519491231002X` | province code, valid date 1800–2099, ISO 7064 MOD 11-2 check (`X` = 10) | GB 11643-1999; GB/T 2260 |
//! | CA SIN | `046 454 286` | first digit not 0 or 8, Luhn | ESDC SIN Code of Practice |
//! | AU TFN | `123 456 782` | weights 1 4 3 7 5 8 6 9 10, sum ≡ 0 (mod 11) | ATO |
//! | US ITIN | `912-70-1234` | first digit 9, middle digits 50–65, 70–88, 90–92, 94–99 | IRS Publication 1915 |
//! | passport, driver's licence | by key only | an alphanumeric token with a digit | (no common shape) |
//! | UK sort code (+ account) | `12-34-56 12345678` | shape only (the modulus tables of Pay.UK are not carried) | Pay.UK EISCD |
//! | US ABA routing number | `021000021` | prefix 00–12, 21–32, 61–72, 80; 3-7-1 weights mod 10 | ABA Key to Routing Numbers; Regulation CC app. A |
//! | DE BLZ / Kontonummer | `370 400 44`, `532013000` | BLZ: 8 digits, first 1–8 (clearing area); account: up to 10 digits, by key (per-bank check methods not applied) | Deutsche Bundesbank, Bankleitzahlendatei |
//! | bank account number | 8–20 digits | by key or context word only | (none) |
//!
//! Bank schemes are reported with `bank: true` so the scanner can give them their own kind.

mod bank;
mod context;
mod europe;
mod nordic;
mod schemes;
mod util;
mod world;

#[cfg(test)]
mod tests;

#[cfg(test)]
pub(crate) use context::context_word;
pub(crate) use context::{context_before, Context};

/// Whether nine digits are a US ABA routing number (its Federal Reserve prefix and check).
pub(crate) fn is_us_routing(digits: &[u8]) -> bool {
    digits.len() == 9 && bank::us_routing(digits).is_some()
}

use schemes::{Mode, Pat, PATTERNS};

/// How much a match proves by itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Strength {
    /// Report only with a context word or key nearby.
    NeedsContext,
    /// The written form and its check are evidence enough.
    Strong,
}

/// A national id or bank account found in a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct IdMatch {
    pub start: usize,
    pub end: usize,
    /// The scheme's name, e.g. `"DE Steuer-ID"`.
    pub scheme: &'static str,
    /// A bank account or routing number rather than a national id.
    pub bank: bool,
    pub strength: Strength,
}

/// A national id or bank account starting at `s` in `line`, judged by its shape alone.
///
/// It may run over separators past the first token (`123.456.789-09`, `1 85 08 75 123 456 78`,
/// `1234 5678 9012`, `850101-1234567`). `None` when `s` is not at the start of a token or nothing
/// starts there. Most tokens are rejected by their first byte and length before any arithmetic.
/// When several schemes share a bare shape (11 digits: CPF, PESEL, TCKN, Steuer-ID, …) the
/// first that validates is named; with a context word at hand use [`match_in_context`], which
/// names the scheme the word announces.
pub(crate) fn match_at(line: &[u8], s: usize) -> Option<IdMatch> {
    find(line, s, u64::MAX, false)
}

/// Like [`match_at`], but only for the schemes `ctx` announces, including those that have no
/// shape of their own (bank account numbers, passport numbers, …). Every match it returns is
/// reportable: the context is the evidence its `NeedsContext` strength asked for.
pub(crate) fn match_in_context(line: &[u8], s: usize, ctx: Context) -> Option<IdMatch> {
    find(line, s, ctx.mask(), true).or_else(|| bank::generic(line, s, ctx.mask()))
}

/// What to report at `s` when the scanner has no key of its own for the value: a match of the
/// schemes the words just before `s` announce ([`context_before`]), else a strong match.
pub(crate) fn reportable_at(line: &[u8], s: usize) -> Option<IdMatch> {
    let m = match_at(line, s);
    if m.is_some_and(|m| m.strength == Strength::Strong) {
        return m;
    }
    // Only tokens that can start a value are worth the look back, and only those that could
    // be one: a weak match, or a run with digits enough for an account or document number
    // (the look back costs more than every check before it).
    if !line.get(s).is_some_and(u8::is_ascii_alphanumeric) || !start_ok(line, s) {
        return None;
    }
    if m.is_none() {
        let run = &line[s..s + alnum_run(line, s)];
        let digits = run.iter().filter(|b| b.is_ascii_digit()).count();
        // `1234 5678 9012`, `12-34-56`; not the year of a date (`2026-12-06`).
        let sep = line.get(s + run.len()).copied();
        // `61101-9248592-4` (Pakistan's CNIC) too; four digits and a dash are a year.
        let grouped = line.get(s + run.len() + 1).is_some_and(u8::is_ascii_digit)
            && (sep == Some(b' ') || (sep == Some(b'-') && matches!(digits, 2 | 3 | 5)));
        if !(digits >= 6 || (grouped && digits >= 1)) {
            return None;
        }
    }
    let ctx = context_before(line, s)?;
    match_in_context(line, s, ctx)
}

fn find(line: &[u8], s: usize, mask: u64, in_context: bool) -> Option<IdMatch> {
    let first = *line.get(s)?;
    if !first.is_ascii_alphanumeric() || !start_ok(line, s) {
        return None;
    }
    let run = alnum_run(line, s);
    let leads = if first.is_ascii_digit() {
        schemes::DIGIT_LEADS
    } else {
        schemes::ALPHA_LEADS
    };
    if run >= 32 || leads & (1u32 << run) == 0 {
        return None;
    }
    let mut candidates = schemes::BY_LEAD[run];
    while candidates != 0 {
        let i = candidates.trailing_zeros() as usize;
        candidates &= candidates - 1;
        let Some(pat) = PATTERNS.get(i) else {
            break;
        };
        if mask & pat.scheme.bit() == 0 || (pat.mode == Mode::ContextOnly && !in_context) {
            continue;
        }
        if let Some(m) = try_pattern(line, s, pat) {
            return Some(m);
        }
    }
    None
}

fn try_pattern(line: &[u8], s: usize, pat: &Pat) -> Option<IdMatch> {
    let sh = shape(line, s, pat.pat)?;
    let spaced = pat.pat.contains(&b' ');
    if !end_ok(line, sh.end, spaced) || (spaced && digit_space_before(line, s)) {
        return None;
    }
    let cap = pat.scheme.check(sh.chars())?;
    let mut strength = match pat.mode {
        Mode::Strong => cap,
        Mode::Weak | Mode::ContextOnly => Strength::NeedsContext,
    };
    if sh.lower && !pat.scheme.lowercase_ok() {
        strength = Strength::NeedsContext;
    }
    Some(IdMatch {
        start: s,
        end: sh.end,
        scheme: pat.scheme.name(),
        bank: pat.scheme.is_bank(),
        strength,
    })
}

/// The characters a pattern collected (separators dropped, letters upper-cased).
struct Shape {
    buf: [u8; 20],
    n: usize,
    end: usize,
    lower: bool,
}

impl Shape {
    fn chars(&self) -> &[u8] {
        self.buf.get(..self.n).unwrap_or_default()
    }
}

/// Matches `pat` at `s`. Pattern bytes: `d` digit, `L` letter, `A` letter or digit, `x` digit or
/// `X`, `?` `+` or `-` (kept: it carries the century in SE and FI ids); anything else is a
/// literal separator that must be there and is dropped.
fn shape(line: &[u8], s: usize, pat: &[u8]) -> Option<Shape> {
    let mut sh = Shape {
        buf: [0; 20],
        n: 0,
        end: s,
        lower: false,
    };
    let mut i = s;
    for &pc in pat {
        let b = *line.get(i)?;
        i += 1;
        let fits = match pc {
            b'd' => b.is_ascii_digit(),
            b'L' => b.is_ascii_alphabetic(),
            b'A' => b.is_ascii_alphanumeric(),
            b'x' => b.is_ascii_digit() || b == b'X' || b == b'x',
            b'?' => b == b'+' || b == b'-',
            literal if b == literal => continue,
            _ => false,
        };
        if !fits {
            return None;
        }
        sh.lower |= b.is_ascii_lowercase();
        *sh.buf.get_mut(sh.n)? = b.to_ascii_uppercase();
        sh.n += 1;
    }
    sh.end = i;
    Some(sh)
}

/// Number of ASCII letters and digits from `s` (counting stops past 32).
fn alnum_run(line: &[u8], s: usize) -> usize {
    line.get(s..)
        .unwrap_or_default()
        .iter()
        .take(32)
        .take_while(|b| b.is_ascii_alphanumeric())
        .count()
}

/// Whether `s` starts a token: not inside a word, not after a sign, not the tail of a longer
/// dotted, dashed or slashed number (`1.85.08.75`, `ORD-123456789`, `2024-01-05`).
fn start_ok(line: &[u8], s: usize) -> bool {
    let Some(&p) = s.checked_sub(1).and_then(|i| line.get(i)) else {
        return true;
    };
    let pp = s.checked_sub(2).and_then(|i| line.get(i)).copied();
    match p {
        b'_' | b'+' => false,
        _ if p.is_ascii_alphanumeric() => false,
        b'.' | b'-' => !pp.is_some_and(|b| b.is_ascii_alphanumeric()),
        b'/' | b':' => !pp.is_some_and(|b| b.is_ascii_digit()),
        _ => true,
    }
}

/// Whether a match may end at `e`: not glued to a word, an email's `@`, or more of a number
/// (`123.456.789-091`, `…-09.5`). A spaced shape must not be cut out of a longer run of digit
/// groups either (`4111 1111 1111 1111` is a card, not an Aadhaar).
fn end_ok(line: &[u8], e: usize, spaced: bool) -> bool {
    let Some(&n) = line.get(e) else {
        return true;
    };
    let nn_digit = line.get(e + 1).is_some_and(u8::is_ascii_digit);
    match n {
        b'_' | b'@' => false,
        _ if n.is_ascii_alphanumeric() => false,
        b'.' | b'-' | b'/' | b':' => !nn_digit,
        b' ' => !(spaced && nn_digit),
        _ => true,
    }
}

/// `… 7 1 85 08 …`: a spaced shape that starts right after another digit group.
fn digit_space_before(line: &[u8], s: usize) -> bool {
    s >= 2 && line.get(s - 1) == Some(&b' ') && line.get(s - 2).is_some_and(u8::is_ascii_digit)
}
