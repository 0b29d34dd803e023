use crate::bytes::lower_into;
use crate::words::{set, WordMap, WordSet};

pub(super) static MONTHS: WordSet = WordMap::new(set![
    b"jan",
    b"january",
    b"feb",
    b"february",
    b"mar",
    b"march",
    b"apr",
    b"april",
    b"may",
    b"jun",
    b"june",
    b"jul",
    b"july",
    b"aug",
    b"august",
    b"sep",
    b"sept",
    b"september",
    b"oct",
    b"october",
    b"nov",
    b"november",
    b"dec",
    b"december"
]);

pub(super) fn is_month(w: &[u8]) -> bool {
    let mut buf = [0u8; 16];
    let Some(l) = lower_into(w, &mut buf) else {
        return false;
    };
    MONTHS.contains(l.strip_suffix(b".").unwrap_or(l))
}

/// End of a date starting at `p`: `1980-01-02`, `02/01/1980`, `2 Jan 1980`, `January 2, 1980`.
pub(super) fn date_end(line: &[u8], p: usize) -> usize {
    let n = line.len();
    let mut end = p;
    let mut q = p;
    let mut parts = 0;
    while parts < 4 && q < n {
        let ws = q;
        let mut we = q;
        while we < n && (line[we].is_ascii_alphanumeric() || matches!(line[we], b'-' | b'/' | b'.'))
        {
            we += 1;
        }
        let w = &line[ws..we];
        let w = w.strip_suffix(b".").unwrap_or(w);
        let is_part = !w.is_empty()
            && (w
                .iter()
                .all(|b| b.is_ascii_digit() || matches!(b, b'-' | b'/' | b'.'))
                || is_month(w)
                || (w.iter().any(u8::is_ascii_digit)
                    && w.split(|&b| matches!(b, b'-' | b'/' | b'.')).all(|p| {
                        !p.is_empty() && (p.iter().all(u8::is_ascii_digit) || is_month(p))
                    }))
                || (w.len() <= 4
                    && w[0].is_ascii_digit()
                    && matches!(
                        &w[w.len().saturating_sub(2)..],
                        b"st" | b"nd" | b"rd" | b"th"
                    )));
        if !is_part {
            break;
        }
        end = ws + w.len();
        parts += 1;
        q = we;
        if line.get(q) == Some(&b',') {
            q += 1;
        }
        if line.get(q) == Some(&b' ') {
            q += 1;
        } else {
            break;
        }
    }
    end
}
