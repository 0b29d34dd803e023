use super::dates::is_month;
use super::people::{is_name_stopword, is_particle};
use super::scanner::Scanner;
use super::text::{looks_like_key_at, starts_upper};
use crate::bytes::{class, is_alnum, is_word, lower_into, UPPER};
use crate::span::Rule;
use crate::words::{set, WordMap, WordSet};
use crate::Kind;

/// Capitalized words and particles after a street prefix (`rue de la Paix`).
pub(super) fn street_words(line: &[u8], mut end: usize) -> usize {
    let mut words = 0;
    while words < 5 && line.get(end) == Some(&b' ') {
        let ws = end + 1;
        let mut we = ws;
        while we < line.len()
            && (is_word(line[we]) || matches!(line[we], b'\'' | b'-'))
            && !line[we].is_ascii_digit()
        {
            we += 1;
        }
        let w = &line[ws..we];
        let elided = (w.starts_with(b"l'") || w.starts_with(b"d'")) && starts_upper(line, ws + 2);
        if w.is_empty() || !(starts_upper(line, ws) || is_particle(w) || elided) {
            break;
        }
        end = we;
        words += 1;
    }
    end
}

/// Whether `, 1234 AB`, `, 10115`, `, 75002 ` follows `p`.
pub(super) fn postal_code_follows(line: &[u8], p: usize) -> bool {
    let mut q = p;
    if line.get(q) == Some(&b',') {
        q += 1;
    }
    if line.get(q) != Some(&b' ') {
        return false;
    }
    q += 1;
    let digits = line[q.min(line.len())..]
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count();
    // `Aadhaar 2345 6789 0124` is a number in groups, not a house number and a postal code.
    let more_digits = line.get(q + digits) == Some(&b' ')
        && line.get(q + digits + 1).is_some_and(u8::is_ascii_digit);
    (4..=5).contains(&digits)
        && !line.get(q + digits).is_some_and(u8::is_ascii_alphanumeric)
        && !more_digits
}

/// Extends an address back over a unit before it: `Flat 12, 74 Church Lane`, `Apt 4B, 12 …`.
pub(super) fn unit_before(line: &[u8], start: usize) -> usize {
    let Some(before) = start.checked_sub(2).filter(|&b| &line[b..start] == b", ") else {
        return start;
    };
    let mut ne = before;
    let mut ns = ne;
    while ns > 0 && is_alnum(line[ns - 1]) {
        ns -= 1;
    }
    if ns == ne || ns < 2 || line[ns - 1] != b' ' {
        return start;
    }
    ne = ns - 1;
    let mut ws = ne;
    while ws > 0 && line[ws - 1].is_ascii_alphabetic() {
        ws -= 1;
    }
    let mut buf = [0u8; 16];
    let unit = lower_into(&line[ws..ne], &mut buf).is_some_and(|w| {
        matches!(
            w,
            b"flat" | b"apt" | b"apartment" | b"suite" | b"unit" | b"floor" | b"room"
        )
    });
    if unit {
        ws
    } else {
        start
    }
}

pub(super) fn is_house_number(w: &[u8]) -> bool {
    let digits = w.iter().take_while(|b| b.is_ascii_digit()).count();
    if digits == 0 || digits > 5 {
        return false;
    }
    let rest = &w[digits..];
    rest.is_empty()
        || (rest.len() == 1 && rest[0].is_ascii_alphabetic())
        || ((rest[0] == b'-' || rest[0] == b'/')
            && rest.len() > 1
            && rest[1..].iter().all(u8::is_ascii_alphanumeric)
            && rest.len() <= 4)
}

pub(super) fn is_ordinal(w: &[u8]) -> bool {
    let digits = w.iter().take_while(|b| b.is_ascii_digit()).count();
    digits > 0 && matches!(&w[digits..], b"st" | b"nd" | b"rd" | b"th")
}

pub(super) static STREET_SUFFIXES: WordSet = WordMap::new(set![
    b"street",
    b"st",
    b"avenue",
    b"ave",
    b"road",
    b"rd",
    b"boulevard",
    b"blvd",
    b"lane",
    b"ln",
    b"drive",
    b"court",
    b"ct",
    b"way",
    b"place",
    b"pl",
    b"terrace",
    b"close",
    b"square",
    b"sq",
    b"parkway",
    b"pkwy",
    b"highway",
    b"hwy",
    b"crescent",
    b"cres",
    b"circle",
    b"cir",
    b"trail",
    b"trl",
    b"row",
    b"walk",
    b"hill",
    b"gardens",
    b"grove",
    b"mews",
    b"plaza",
    b"loop",
    b"alley",
    b"pike",
    b"expressway",
    b"freeway",
    b"turnpike",
    b"crossing",
    b"view",
    b"ridge",
    b"heights",
    b"meadows",
    b"park",
    b"green",
    b"rise",
    b"vale",
    b"wharf",
    b"quay",
    b"parade",
    b"esplanade",
    b"broadway",
    b"causeway",
    b"dr"
]);

pub(super) fn is_street_suffix(lw: &[u8]) -> bool {
    STREET_SUFFIXES.contains(lw)
}

pub(super) static STREET_PREFIXES: WordSet = WordMap::new(set![
    b"avinguda",
    b"all\xc3\xa9e",
    b"rambla",
    b"carrera",
    b"rua",
    b"ulica",
    b"ul",
    b"rue",
    b"avenue",
    b"boulevard",
    b"bd",
    b"chemin",
    b"impasse",
    b"quai",
    b"place",
    b"calle",
    b"avenida",
    b"via",
    b"viale",
    b"piazza",
    b"corso",
    b"rua",
    b"travessa",
    b"carrer",
    b"paseo",
    b"plaza",
    b"allee",
    b"route"
]);

pub(super) fn is_street_prefix(lw: &[u8]) -> bool {
    STREET_PREFIXES.contains(lw)
}

pub(super) fn is_compound_street(lw: &[u8]) -> bool {
    if lw.len() < 6 {
        return false;
    }
    const SUFFIXES: &[&[u8]] = &[
        "straße".as_bytes(),
        b"strasse",
        b"str",
        b"weg",
        b"allee",
        b"platz",
        b"gasse",
        b"damm",
        b"ufer",
        b"ring",
        b"steig",
        b"pfad",
        b"chaussee",
        b"laan",
        b"straat",
        b"gracht",
        b"vej",
        b"gatan",
        b"gata",
        b"veien",
        b"katu",
    ];
    SUFFIXES.iter().any(|s| lw.ends_with(s))
}

/// After a street: units, city, region and postal code (`, Apt 4B, Springfield, IL 62704`).
pub(super) fn address_tail(line: &[u8], mut end: usize) -> usize {
    let n = line.len();
    for _ in 0..6 {
        let mut p = end;
        if line.get(p) == Some(&b',') {
            p += 1;
        }
        if line.get(p) != Some(&b' ') {
            break;
        }
        p += 1;
        let ws = p;
        let mut we = p;
        while we < n && (is_word(line[we]) || matches!(line[we], b'#' | b'-' | b'\'')) {
            we += 1;
        }
        if we == ws || looks_like_key_at(line, ws) {
            break;
        }
        let w = &line[ws..we];
        let mut lb = [0u8; 16];
        let lw = lower_into(w, &mut lb).unwrap_or_default();
        let unit = matches!(
            lw,
            b"apt"
                | b"apartment"
                | b"suite"
                | b"ste"
                | b"unit"
                | b"flat"
                | b"floor"
                | b"fl"
                | b"room"
                | b"rm"
                | b"bldg"
                | b"building"
        );
        if unit {
            let mut q = we;
            if line.get(q) == Some(&b'.') {
                q += 1;
            }
            if line.get(q) == Some(&b' ') {
                let us = q + 1;
                let mut ue = us;
                while ue < n && is_alnum(line[ue]) {
                    ue += 1;
                }
                if ue > us {
                    end = ue;
                    continue;
                }
            }
            break;
        }
        if w[0] == b'#' && w.len() > 1 {
            end = we;
            continue;
        }
        let postal = (w.iter().all(u8::is_ascii_digit) && (4..=5).contains(&w.len()))
            || (w.len() == 10 && w[5] == b'-' && w[..5].iter().all(u8::is_ascii_digit));
        let uk_outward = (2..=4).contains(&w.len())
            && w[0].is_ascii_uppercase()
            && w.iter().any(u8::is_ascii_digit)
            && w.iter()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
        let state = w.len() == 2 && w.iter().all(u8::is_ascii_uppercase);
        let city = starts_upper(line, ws)
            && !is_name_stopword(w)
            && !(w.len() > 3 && w.iter().all(|b| b.is_ascii_uppercase()));
        if uk_outward {
            // Outward and inward code: "NW1 6XE", "SW1A 1AA".
            let inward = line.get(we + 1..we + 4);
            let ok = line.get(we) == Some(&b' ')
                && inward.is_some_and(|i| {
                    i[0].is_ascii_digit() && i[1].is_ascii_uppercase() && i[2].is_ascii_uppercase()
                })
                && !line.get(we + 4).is_some_and(|&b| is_word(b));
            end = if ok { we + 4 } else { we };
            continue;
        }
        if postal || state || city {
            end = we;
            // Multi-word city names: "New York", "Los Angeles".
            while city
                && line.get(end) == Some(&b' ')
                && starts_upper(line, end + 1)
                && !looks_like_key_at(line, end + 1)
            {
                let mut q = end + 1;
                while q < n && (is_word(line[q]) || line[q] == b'-') {
                    q += 1;
                }
                let w2 = &line[end + 1..q];
                if is_name_stopword(w2) || !w2.iter().any(u8::is_ascii_lowercase) {
                    break;
                }
                end = q;
            }
            continue;
        }
        break;
    }
    end
}

impl Scanner<'_> {
    /// A street name ending in `word` (`221B Baker Street`), or starting with it
    /// (`12 rue de la Paix`), or a German-style compound (`Hauptstraße 5`); with what follows
    /// (`, Springfield, IL 62704`).
    #[inline(never)]
    pub(super) fn street(&mut self, s: usize, te: usize, lw: &[u8]) -> Option<usize> {
        let line = self.line;
        let capitalized = class(line[s]) & UPPER != 0;
        let found = self
            .street_by_suffix(s, te, lw)
            .or_else(|| self.street_by_prefix_after_number(s, te, lw))
            .or_else(|| {
                capitalized
                    .then(|| self.street_name_then_number(s, te, lw))
                    .flatten()
            });
        let (start, end) = found?;
        let start = unit_before(line, start);
        let end = address_tail(line, end);
        self.emit(start, end, Kind::ADDRESS, Rule::Context("street"));
        Some(end)
    }

    /// `221B Baker Street`, `1600 Pennsylvania Avenue NW`: a house number, capitalized words,
    /// then the street word at `s..te`.
    pub(super) fn street_by_suffix(
        &self,
        s: usize,
        te: usize,
        lw: &[u8],
    ) -> Option<(usize, usize)> {
        let line = self.line;
        // Cheap structural checks first: every capitalized word passes through here.
        let after_word = s >= 2 && line[s - 1] == b' ' && is_alnum(line[s - 2]);
        if !after_word || !is_street_suffix(lw) {
            return None;
        }
        let mut q = s;
        let mut words = 0;
        let start = loop {
            if q < 2 || line[q - 1] != b' ' {
                return None;
            }
            let we = q - 1;
            let mut ws = we;
            while ws > 0 && (is_word(line[ws - 1]) || matches!(line[ws - 1], b'\'' | b'-' | b'.')) {
                ws -= 1;
            }
            let w = &line[ws..we];
            if is_house_number(w) && words > 0 {
                break ws;
            }
            if words == 4 || w.is_empty() || !(starts_upper(line, ws) || is_ordinal(w)) {
                return None;
            }
            words += 1;
            q = ws;
        };
        let end = if line.get(te) == Some(&b'.') {
            te + 1
        } else {
            te
        };
        Some((start, end))
    }

    /// `12 rue de la Paix`, `12, rue …`, `59 bis rue …`, `23 place Bellecour`.
    pub(super) fn street_by_prefix_after_number(
        &self,
        s: usize,
        te: usize,
        lw: &[u8],
    ) -> Option<(usize, usize)> {
        let line = self.line;
        // A house number (or `12,`, `59 bis`) right before, then the word table.
        let numbered = s >= 2
            && line[s - 1] == b' '
            && (line[s - 2].is_ascii_digit()
                || line[s - 2] == b','
                || line[..s - 1].ends_with(b" bis")
                || line[..s - 1].ends_with(b" ter"));
        if !numbered || !is_street_prefix(lw) {
            return None;
        }
        let mut q = s - 1;
        // "bis", "ter": house number suffixes written as words.
        for suffix in [&b"bis"[..], b"ter"] {
            if line[..q].ends_with(suffix) && q > suffix.len() && line[q - suffix.len() - 1] == b' '
            {
                q -= suffix.len() + 1;
            }
        }
        if q > 0 && line[q - 1] == b',' {
            q -= 1;
        }
        let ne = q;
        let mut ns = ne;
        while ns > 0 && is_alnum(line[ns - 1]) {
            ns -= 1;
        }
        if ns == ne || !is_house_number(&line[ns..ne]) {
            return None;
        }
        let end = street_words(line, te);
        (end > te).then_some((ns, end))
    }

    /// `Via Roma 150`, `Paseo de Gracia 302`, `Hauptstraße 5`, `Damrak 121, 2728 XS`:
    /// a street name first, then the house number.
    pub(super) fn street_name_then_number(
        &self,
        s: usize,
        te: usize,
        lw: &[u8],
    ) -> Option<(usize, usize)> {
        let line = self.line;
        // `Damrak 121`, `Hauptstraße 5`: the number right after; `Via Roma 150`: after a
        // street word and its name.
        let number_next = |p: usize| {
            let p = if line.get(p) == Some(&b'.') { p + 1 } else { p };
            line.get(p) == Some(&b' ') && line.get(p + 1).is_some_and(u8::is_ascii_digit)
        };
        let name_end = if number_next(te) {
            te
        } else if is_street_prefix(lw) {
            street_words(line, te)
        } else {
            return None;
        };
        // `Jun 11 2024` is a date.
        if is_month(lw) {
            return None;
        }
        let mut p = name_end;
        if line.get(p) == Some(&b'.') {
            p += 1;
        }
        if line.get(p) != Some(&b' ') || !line.get(p + 1).is_some_and(u8::is_ascii_digit) {
            return None;
        }
        let ns = p + 1;
        let mut ne = ns;
        while ne < line.len() && is_alnum(line[ne]) {
            ne += 1;
        }
        if !is_house_number(&line[ns..ne]) {
            return None;
        }
        // A prefix word (`Via`) or a street compound (`…straße`) says street by itself; a bare
        // name (`Damrak 121`) needs a postal code after it.
        let named = is_street_prefix(lw) && name_end > te || is_compound_street(lw);
        if !named && !postal_code_follows(line, ne) {
            return None;
        }
        Some((s, ne))
    }
}

impl Scanner<'_> {
    /// After a word for an address, a label that ends with `: ` within three more words
    /// (`Naujas pristatymo adresas: …`, `Нов адрес за доставка: …`, `Address changed for
    /// customer 9713941: …`): the rest of the sentence, when it holds a number, is the
    /// address. Returns where it ends.
    pub(super) fn address_after_label(&mut self, te: usize) -> Option<usize> {
        let line = self.line;
        let window = &line[te..line.len().min(te + 64)];
        let colon = memchr::memmem::find(window, b": ")?;
        let label = &window[..colon];
        if label.iter().filter(|&&b| b == b' ').count() > 3 || label.contains(&b'=') {
            return None;
        }
        let vs = te + colon + 2;
        let rest = &line[vs..];
        // The sentence ends at a stop before a space or the line's end, a Bengali danda, a
        // quote or a JSON string's end.
        let mut ve = vs + rest.len();
        for stop in ["।".as_bytes(), b"\"", b" instead", b" - ", " – ".as_bytes()] {
            if let Some(i) = memchr::memmem::find(rest, stop) {
                ve = ve.min(vs + i);
            }
        }
        // A stop after a word of five letters or more ends the sentence; after a shorter
        // one it is an abbreviation's (`No. 32`, `ул. „Витоша“`, `Gedimino pr. 169`).
        let mut from = 0;
        while let Some(i) = memchr::memmem::find(&rest[from..], b". ") {
            let dot = from + i;
            let word = rest[..dot]
                .iter()
                .rev()
                .take_while(|b| b.is_ascii_alphabetic() || **b >= 0x80)
                .count();
            if word >= 5 && vs + dot < ve {
                ve = vs + dot;
                break;
            }
            from = dot + 2;
        }
        while ve > vs && matches!(line[ve - 1], b'.' | b' ' | b',') {
            ve -= 1;
        }
        let value = &line[vs..ve];
        let digit =
            value.iter().any(|b| b.is_ascii_digit()) || crate::bytes::has_non_ascii_digit(value);
        // A street has a word in it; `remote address: 10.0.0.1 port 22` is a network's.
        let network = super::keyed::starts_with_network_address(value);
        let word = value
            .split(|&b| matches!(b, b' ' | b','))
            .any(|w| w.len() >= 3 && w.iter().all(|b| b.is_ascii_alphabetic() || *b >= 0x80));
        if ve - vs < 8 || ve - vs > 160 || !digit || !value.contains(&b' ') || network || !word {
            return None;
        }
        self.emit(vs, ve, Kind::ADDRESS, Rule::Context("address label"));
        Some(ve)
    }
}
