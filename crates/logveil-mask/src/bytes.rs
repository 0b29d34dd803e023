//! Byte classes for the scanner: one table lookup answers "can this byte be part of a token".

pub(crate) const DIGIT: u16 = 1;
pub(crate) const UPPER: u16 = 2;
pub(crate) const LOWER: u16 = 4;
/// `_` and every byte of a multi-byte UTF-8 sequence: part of words, never a delimiter.
pub(crate) const WORDX: u16 = 8;
/// `.` `-` `+` `%`: glue inside tokens (emails, versions, ids, numbers, URL escapes).
pub(crate) const GLUE: u16 = 16;
/// `0-9a-fA-F`.
pub(crate) const HEX: u16 = 32;
pub(crate) const DOT: u16 = 64;
pub(crate) const PCT: u16 = 128;
pub(crate) const DASH: u16 = 256;
pub(crate) const UNDERSCORE: u16 = 512;
pub(crate) const NONASCII: u16 = 1024;

pub(crate) const ALPHA: u16 = UPPER | LOWER;
pub(crate) const WORD: u16 = DIGIT | ALPHA | WORDX;
pub(crate) const TOKEN: u16 = WORD | GLUE;

pub(crate) static CLASS: [u16; 256] = build();

const fn build() -> [u16; 256] {
    let mut t = [0u16; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        let mut c = 0;
        if b.is_ascii_digit() {
            c |= DIGIT;
        }
        if b.is_ascii_uppercase() {
            c |= UPPER;
        }
        if b.is_ascii_lowercase() {
            c |= LOWER;
        }
        if b.is_ascii_hexdigit() {
            c |= HEX;
        }
        if b == b'-' {
            c |= DASH;
        }
        if b == b'_' {
            c |= UNDERSCORE;
        }
        if b >= 0x80 {
            c |= NONASCII;
        }
        if b == b'_' || b >= 0x80 {
            c |= WORDX;
        }
        if matches!(b, b'.' | b'-' | b'+' | b'%') {
            c |= GLUE;
        }
        if b == b'.' {
            c |= DOT;
        }
        if b == b'%' {
            c |= PCT;
        }
        t[i] = c;
        i += 1;
    }
    t
}

#[inline]
pub(crate) fn class(b: u8) -> u16 {
    CLASS[usize::from(b)]
}

#[inline]
pub(crate) fn is_word(b: u8) -> bool {
    class(b) & WORD != 0
}

#[inline]
pub(crate) fn is_alnum(b: u8) -> bool {
    class(b) & (DIGIT | ALPHA) != 0
}

/// Lowercases ASCII letters of `s` into `buf` (at most `buf.len()` bytes); returns the filled
/// prefix, or `None` if `s` does not fit.
#[inline]
pub(crate) fn lower_into<'a>(s: &[u8], buf: &'a mut [u8]) -> Option<&'a [u8]> {
    let dst = buf.get_mut(..s.len())?;
    for (d, b) in dst.iter_mut().zip(s) {
        *d = b.to_ascii_lowercase();
    }
    Some(dst)
}

/// Decodes the char starting at `i` (lossy: invalid UTF-8 gives `None`), with its byte length.
pub(crate) fn char_at(s: &[u8], i: usize) -> Option<(char, usize)> {
    let b = *s.get(i)?;
    let len = match b {
        0x00..=0x7f => return Some((char::from(b), 1)),
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf7 => 4,
        _ => return None,
    };
    let chunk = s.get(i..i + len)?;
    let c = std::str::from_utf8(chunk).ok()?.chars().next()?;
    Some((c, len))
}

/// Whether `b` starts a three-byte character from U+2000 on: punctuation, kana, ideographs,
/// Hangul and full-width forms. Chinese and Japanese put no space between words, so such a
/// character ends a number or an address as a space would.
pub(crate) fn is_wide_lead(b: u8) -> bool {
    (0xE2..=0xEF).contains(&b)
}

/// Whether the character at `i` is punctuation of the wide scripts: general punctuation
/// (U+2000–U+206F: `–`, `…`), CJK symbols (U+3000–U+303F: `、`, `。`, `「`) or a full-width
/// form (U+FF00–U+FFEF: `，`, `（`, `：`). Letters of any script are not.
pub(crate) fn is_wide_punct(s: &[u8], i: usize) -> bool {
    matches!(
        (s.get(i), s.get(i + 1)),
        (Some(0xE2), Some(0x80..=0x81))
            | (Some(0xE3), Some(0x80))
            | (Some(0xEF), Some(0xBC..=0xBF))
    )
}

/// Whether `s` holds a digit of another script (Bengali `৩৫`, Persian `۴۲`, Devanagari,
/// Thai…).
pub(crate) fn has_non_ascii_digit(s: &[u8]) -> bool {
    String::from_utf8_lossy(s)
        .chars()
        .any(|c| !c.is_ascii() && c.is_numeric())
}
