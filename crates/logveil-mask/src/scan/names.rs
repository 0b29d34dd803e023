//! People's names in free text, without a context word: `… Matteo Marino ha chiamato …`,
//! `Kot, Zofia`, `BENOÎT MERCIER`, `NAKAMURA Yoko`. A run of capitalized words is a name when
//! the gazetteer ([`crate::names`]) knows its words as given names and surnames of some
//! country, in an order people write them, and not only as ordinary words: `Customer Create`,
//! `Windows Update` and `Grant Page` (two names that are also English words) are not.

use super::dates::is_month;
use super::people::{is_name_stopword, is_particle, uncased};
use super::scanner::Scanner;
use crate::bytes::{char_at, is_word};
use crate::names::{self, NameInfo};
use crate::span::Rule;
use crate::Kind;

const MAX_WORDS: usize = 4;

/// One word of a candidate name: its extent and what the gazetteer says.
#[derive(Clone, Copy, Default)]
struct Word {
    #[allow(dead_code)]
    start: usize,
    end: usize,
    info: NameInfo,
    known: bool,
}

/// A word at `p` that could be part of a name: letters (any script), `'` and `-`, starting
/// with a capital or an uncased letter. Returns its end.
fn name_word(line: &[u8], p: usize) -> Option<usize> {
    let (c, _) = char_at(line, p)?;
    if !(c.is_uppercase() || uncased(c)) {
        return None;
    }
    let mut e = p;
    while e < line.len()
        && (is_word(line[e]) || matches!(line[e], b'\'' | b'-'))
        && line[e] != b'_'
        && !line[e].is_ascii_digit()
    {
        e += 1;
    }
    // A closing quote is not part of the name (`('Begoña Martínez')`).
    while e > p && line[e - 1] == b'\'' {
        e -= 1;
    }
    // `Name:` and `Name=` are keys; a digit glued on makes an id.
    if matches!(line.get(e), Some(b':' | b'=' | b'(' | b'[' | b'{'))
        || line.get(e).is_some_and(u8::is_ascii_digit)
    {
        return None;
    }
    let w = &line[p..e];
    // `ASL`, `API`: an all-capital word this short is an acronym.
    let acronym = w.len() <= 3 && w.iter().all(u8::is_ascii_uppercase);
    (w.len() >= 2 && !acronym && !w.ends_with(b"-") && !is_name_stopword(w) && !is_calendar_word(w))
        .then_some(e)
}

/// Days and months, which logs capitalize and name lists hold (`Tue Jun`, `May`, `August`).
fn is_calendar_word(w: &[u8]) -> bool {
    let mut buf = [0u8; 12];
    let Some(l) = crate::bytes::lower_into(&w[..w.len().min(12)], &mut buf) else {
        return false;
    };
    is_month(l)
        || matches!(
            l,
            b"mon"
                | b"tue"
                | b"wed"
                | b"thu"
                | b"fri"
                | b"sat"
                | b"sun"
                | b"monday"
                | b"tuesday"
                | b"wednesday"
                | b"thursday"
                | b"friday"
                | b"saturday"
                | b"sunday"
        )
}

/// Bytes taken by one or two surname particles at `p`, each followed by a space, before a
/// capitalized word: `de `, `van den `, `De ` (in `De Luca`), `dos `.
fn particles_at(line: &[u8], p: usize) -> usize {
    let mut q = p;
    for _ in 0..2 {
        let mut e = q;
        while e < line.len() && line[e].is_ascii_alphabetic() {
            e += 1;
        }
        if e == q || e - q > 5 || line.get(e) != Some(&b' ') {
            break;
        }
        let mut buf = [0u8; 8];
        let Some(w) = crate::bytes::lower_into(&line[q..e], &mut buf) else {
            break;
        };
        // A capitalized particle only where the next word is capitalized too (`De Luca`, not
        // the Spanish `De acuerdo`).
        let next_upper = line
            .get(e + 1)
            .is_some_and(|&b| b.is_ascii_uppercase() || b >= 0x80);
        if !is_particle(w)
            || !next_upper && line[q].is_ascii_uppercase()
            || w == b"y"
            || w == b"und"
        {
            break;
        }
        q = e + 1;
    }
    q - p
}

/// `Dell'Acqua`, `D'Angelo`, `O'Brien`, `Dall'Ara`: a surname with its particle elided onto it.
fn elided_particle(w: &[u8]) -> bool {
    let Some(i) = w.iter().position(|&b| b == b'\'') else {
        return false;
    };
    matches!(
        &w[..i],
        b"D" | b"Dell" | b"Dall" | b"O" | b"L" | b"Degl" | b"Nell"
    ) && w.get(i + 1).is_some_and(u8::is_ascii_uppercase)
        && w.len() > i + 2
}

fn lookup(line: &[u8], s: usize, e: usize) -> Word {
    let info = names::lookup(&line[s..e]).unwrap_or_default();
    Word {
        start: s,
        end: e,
        info,
        known: info.is_known_name(),
    }
}

impl Scanner<'_> {
    /// A name of two to four words starting at `s` (`s..te` is its first word), known to the
    /// gazetteer. Returns its end.
    pub(super) fn known_name(&mut self, s: usize, te: usize) -> Option<usize> {
        let line = self.line;
        // Cheap structure first: a capital (or another script) starts this word and the next
        // (` Marino`, `, Zofia`); most words of a log line are lowercase.
        let may_start = |p: usize| {
            line.get(p)
                .is_some_and(|&b| b.is_ascii_uppercase() || b >= 0x80)
        };
        if !may_start(s) {
            return None;
        }
        let comma = line.get(te) == Some(&b',');
        let mut next = te + 1 + usize::from(comma);
        if !matches!(line.get(te + usize::from(comma)), Some(b' ')) {
            return None;
        }
        // `Lieke de Boer`, `João dos Santos`, `Francesca De Luca`, `Matteo Dell'Acqua`: a
        // particle before the surname says a surname follows, known to the gazetteer or not.
        let particles = if comma { 0 } else { particles_at(line, next) };
        next += particles;
        if !may_start(next) {
            return None;
        }
        let second = name_word(line, next)?;
        let first = name_word(line, s).filter(|&e| e == te)?;
        let mut words = [Word::default(); MAX_WORDS];
        words[0] = lookup(line, s, first);
        if !words[0].known {
            return None;
        }
        words[1] = lookup(line, next, second);
        if (particles > 0 || elided_particle(&line[next..second])) && words[0].info.given {
            words[1].known = true;
            words[1].info.surname = true;
            words[1].info.common_word = false;
        }
        let mut n = 2;
        // More words without a comma: `Jean-Pierre de la Fontaine`, `Muhammad Hafiz bin Yusof`.
        let mut p = second;
        while !comma && n < MAX_WORDS && line.get(p) == Some(&b' ') {
            let mut q = p + 1;
            // Particles between the parts.
            let mut pe = q;
            while pe < line.len() && line[pe].is_ascii_lowercase() {
                pe += 1;
            }
            if pe > q && is_particle(&line[q..pe]) && line.get(pe) == Some(&b' ') {
                q = pe + 1;
            }
            let Some(we) = name_word(line, q) else {
                break;
            };
            let w = lookup(line, q, we);
            // A third word must be a name and nothing else (`Taro Yamada Phone:` ends at
            // `Yamada`).
            if !w.known || w.info.common_word {
                break;
            }
            words[n] = w;
            n += 1;
            p = we;
        }
        let words = &words[..n];
        if !words[1].known {
            return None;
        }
        // Some word must be a name and not an ordinary word too (`Grant Page`, `Rose Hill`).
        let distinct = words.iter().any(|w| !w.info.common_word);
        // In an order people write: given … surname, surname given (`Kot, Zofia`, `NAKAMURA
        // Yoko`), or given given surname.
        let last = words[n - 1].info;
        // `Columbus, OH` is a city and a state.
        let lowercase_second = line[next..words[1].end]
            .iter()
            .any(|b| b.is_ascii_lowercase() || *b >= 0x80);
        let order = if comma {
            words[0].info.surname && words[1].info.given && lowercase_second
        } else {
            (words[0].info.given && last.surname) || (words[0].info.surname && words[1].info.given)
        };
        if !distinct || !order {
            return None;
        }
        let end = words[n - 1].end;
        self.emit(s, end, Kind::PERSON, Rule::Context("known names"));
        self.last_person_end = end;
        Some(end)
    }
}
