use super::numbers::is_iso_date;
use crate::bytes::{
    class, is_word, ALPHA, DASH, DIGIT, DOT, GLUE, HEX, LOWER, NONASCII, PCT, TOKEN, UNDERSCORE,
    UPPER, WORDX,
};
use crate::keys::{KeyRule, KeyTable};
use crate::span::{Rule, Span};
use crate::Kind;

pub(super) const NONE: usize = usize::MAX;

/// What [`Scanner::key`] found.
pub(super) enum KeyScan {
    NotAKey,
    /// A key (sensitive or not); scanning resumes at the position given.
    Key(usize),
}

pub(super) struct Scanner<'a> {
    pub(super) line: &'a [u8],
    pub(super) keys: &'a KeyTable,
    pub(super) out: &'a mut Vec<Span>,
    /// Start of the value of a key that holds ids, counts or times (`order_id=…`).
    pub(super) numeric_value_at: usize,
    /// The last two words (letters only), most recent first, as byte ranges.
    pub(super) prev: [(usize, usize); 2],
    /// End of a JSON object that describes a person (`"user": {…}`): its `id` is a user id.
    pub(super) owner_until: usize,
    /// End of the last person span found by context (`… to Jane Doe by Kim Lee`).
    pub(super) last_person_end: usize,
    /// How many `,` `;` `|` and tabs separate tokens: enough of one makes a record.
    pub(super) delims: [u16; 4],
    /// A container whose generic keys (`value`, `text`, `line`) hold its kind, until its end:
    /// FHIR's `"telecom":[{"system":"phone","value":…}]`, `"name":[{"text":…}]`.
    pub(super) scope: Option<Scope>,
    /// A name/value pair whose name was a sensitive key (`{"name":"DB_PASSWORD","value":…}`):
    /// the rule its `value` takes, until the object's end.
    pub(super) pair: Option<Scope>,
    /// End of the furthest span emitted so far: a token inside it is already masked.
    pub(super) covered_until: usize,
    /// Whether the line holds a `<` at all: most lines have no markup, and one SIMD search
    /// answers for every key that would otherwise look back for an enclosing tag.
    pub(super) has_markup: bool,
}

/// A rule that holds for generic keys up to `end`.
#[derive(Clone, Copy)]
pub(super) struct Scope {
    pub(super) end: usize,
    pub(super) rule: KeyRule,
    pub(super) label: &'static str,
}

pub(crate) fn scan(line: &[u8], keys: &KeyTable, out: &mut Vec<Span>) {
    let mut s = Scanner {
        line,
        keys,
        out,
        numeric_value_at: NONE,
        prev: [(NONE, NONE); 2],
        owner_until: 0,
        last_person_end: NONE,
        delims: [0; 4],
        scope: None,
        pair: None,
        covered_until: 0,
        has_markup: memchr::memchr(b'<', line).is_some(),
    };
    s.run();
}

impl<'a> Scanner<'a> {
    pub(super) fn emit(&mut self, start: usize, end: usize, kind: Kind, rule: Rule) {
        if start < end && end <= self.line.len() {
            self.out.push(Span::new(start, end, kind, rule));
            self.covered_until = self.covered_until.max(end);
        }
    }

    pub(super) fn run(&mut self) {
        let line = self.line;
        let n = line.len();
        let mut i = 0;
        while i < n {
            let c = class(line[i]);
            if c & TOKEN == 0 {
                i = self.punct(i);
                continue;
            }
            let s = i;
            let mut any = 0u16;
            let mut all = u16::MAX;
            let mut e = i;
            while e < n {
                let c = class(line[e]);
                if c & TOKEN == 0 {
                    break;
                }
                any |= c;
                all &= c;
                e += 1;
            }
            let next = if any & NONASCII != 0 {
                self.non_ascii_token(s, e, any, all)
            } else {
                self.token(s, e, any, all)
            };
            i = next.max(s + 1);
        }
        self.maybe_delimited_record();
        self.repeated_values();
    }

    /// A token with bytes of other scripts. Chinese, Japanese and Korean write whole
    /// sentences without a space: such a token is read in pieces, and searched for names
    /// before a title once its numbers are read.
    fn non_ascii_token(&mut self, s: usize, e: usize, any: u16, all: u16) -> usize {
        let token = &self.line[s..e];
        if !token.iter().any(|&b| crate::bytes::is_wide_lead(b)) {
            return self.token(s, e, any, all);
        }
        // Kana, ideographs and Hangul (U+3040 on): the only wide characters names and
        // password words are written in. A dash or a euro sign alone needs no search.
        let cjk = token.iter().any(|&b| (0xE3..=0xED).contains(&b));
        // Spans the pieces find are after a name as often as before it: the name may go back
        // to where the token's spans could start.
        let floor = self.covered_until;
        let next = if any & DIGIT != 0 {
            self.wide_token(s, e, any, all)
        } else {
            self.token(s, e, any, all)
        };
        if !cjk {
            return next;
        }
        self.names_before_titles(s, e, floor);
        self.names_after_person_words(s, e);
        self.password_after_wide_word(s, e)
            .map_or(next, |end| end.max(next))
    }

    /// A byte that is not part of a token: a few of them start a value.
    pub(super) fn punct(&mut self, i: usize) -> usize {
        let line = self.line;
        match line[i] {
            b',' => self.delims[0] += 1,
            b';' => self.delims[1] += 1,
            b'|' => self.delims[2] += 1,
            b'\t' => self.delims[3] += 1,
            _ => {}
        }
        match line[i] {
            b'(' if line.get(i + 1).is_some_and(u8::is_ascii_digit) => self
                .dcmdump_attribute(i)
                .or_else(|| self.digit_seq(i, false))
                .or_else(|| self.phone_at(i))
                .unwrap_or(i + 1),
            b':' if line.get(i + 1) == Some(&b':') && (i == 0 || !is_word(line[i - 1])) => {
                self.hex_colon(i).unwrap_or(i + 2)
            }
            b'<' => self.xml_element(i).unwrap_or(i + 1),
            b';' if line.get(i + 1).is_some_and(u8::is_ascii_digit) => {
                self.card_track(i).unwrap_or(i + 1)
            }
            b'[' if line.get(i + 1) == Some(&b'[') => self.bind_pairs(i).unwrap_or(i + 1),
            b'[' if matches!(line.get(i + 1), Some(b'"' | b'\\')) => {
                self.jcard_property(i).unwrap_or(i + 1)
            }
            b if super::ncpdp::is_field_separator(b) => self.ncpdp_field(i).unwrap_or(i + 1),
            b'?' if line.get(i + 1) == Some(&b'3') => self.mt940_subfield(i).unwrap_or(i + 1),
            _ => i + 1,
        }
    }

    /// One token `s..e`; `any`/`all` are the OR/AND of its byte classes. Returns where to go on.
    pub(super) fn token(&mut self, s: usize, e: usize, any: u16, all: u16) -> usize {
        let line = self.line;
        let next = line.get(e).copied();
        let first = line[s];
        let fc = class(first);

        if next == Some(b'@') {
            if let Some(end) = self.email(s, e) {
                return end;
            }
        } else if any & PCT != 0 {
            if let Some(end) = self.email_pct(s, e) {
                return end;
            }
        }
        if let Some(end) = self.by_next_byte(s, e, next, any) {
            return end;
        }
        if fc & ALPHA != 0 && next == Some(b':') && line[e..].starts_with(b"://") {
            return self.url(e + 3);
        }
        // `From=%2B31612345678`: a number in a URL-encoded body.
        if first == b'%' && line[s..e].starts_with(b"%2B") {
            if let Some(end) = self.phone_at(s) {
                return end;
            }
        }
        if first == b'%' && e - s > 14 && line[s + 1] | 0x20 == b'b' {
            if let Some(end) = self.card_track(s) {
                return end;
            }
        }
        if e - s == 14 && any & DOT != 0 {
            if let Some(end) = self.dotted_mac(s, e) {
                return end;
            }
        }
        if e - s == 3 && next == Some(b'|') && s + 4 < line.len() {
            if let Some(end) = self.hl7_segment(s) {
                return end;
            }
        }
        if e - s == 17 && any & DASH != 0 {
            if let Some(end) = self.mac_dashed(s, e) {
                return end;
            }
        }
        if fc & ALPHA != 0 && next == Some(b':') && all & HEX != 0 && e - s <= 4 {
            // `E0:31:07:22:35:55`, `fe80::1`: an address, before it can pass for a key.
            if let Some(end) = self.hex_colon(s) {
                if end > e {
                    return end;
                }
            }
        }
        if let Some(end) = self.user_by_position(s, e) {
            return end;
        }
        // Okta's and Salesforce's ids of people start with two zeros (`00u…`, `005…`).
        if first == b'0' && (15..=20).contains(&(e - s)) && line[s + 1] == b'0' && any & ALPHA != 0
        {
            if let Some(end) = self.user_id_shape(s, e) {
                return end;
            }
        }
        // Hashes, trace ids and UUIDs fill log lines and hold nothing personal: the only reader
        // that takes one is an owner's id after its noun (`customer 5f3a…`).
        if is_hex_id(&line[s..e], any, all) && !matches!(next, Some(b':' | b'=' | b'@')) {
            return self.owner_id(s, e).unwrap_or(e);
        }
        // ISO 8583 dumps: `DE052 PIN DATA ...: …`, `F002: [16]…`, `Field 035 (…): …`.
        if (e - s == 5 && matches!(first, b'D' | b'F')) || &line[s..e] == b"Field" {
            if let Some(end) = self.iso8583_field(s, e) {
                return end;
            }
        }
        if s == 0 && fc & UPPER != 0 && matches!(next, Some(b':' | b';')) {
            if let Some(end) = self.content_line(s, e) {
                return end;
            }
        }
        if fc & ALPHA != 0 && next == Some(b'(') {
            if let Some(end) = self.dovecot_user(s, e) {
                return end;
            }
        }
        if e - s == 5 && next == Some(b' ') && s > 0 && line[s - 1] == b'(' {
            if let Some(end) = self.dovecot_given_password(s, e) {
                return end;
            }
        }
        if next == Some(b'*') && e - s <= 3 && super::x12::is_person_segment(&line[s..e]) {
            if let Some(end) = self.x12_segment(s, e) {
                return end;
            }
        }
        if first == b'6' && e - s >= 12 && line.len() - s >= 94 {
            if let Some(end) = self.nacha_entry(s) {
                return end;
            }
        }
        if e - s == 4 && first == b'C' && next == Some(b'/') {
            if let Some(end) = self.mt940_counterparty(s, e) {
                return end;
            }
        }
        if e - s > 4 && fc & UPPER != 0 && line[s + 3] == b'+' {
            if let Some(end) = self.edifact_segment(s) {
                return end;
            }
        }
        if e - s == 1 && first == b'8' && next == Some(b'=') {
            if let Some(end) = self.fix_message(s) {
                return end;
            }
        }
        if e - s == 8 && first == b'0' && next == Some(b'"') {
            if let Some(end) = self.dicom_json_tag(s, e) {
                return end;
            }
        }
        if matches!(first, b'A' | b'I' | b'P') && next == Some(b'"') {
            if let Some(end) = self.dicom_json_name(s, e) {
                return end;
            }
        }
        if fc & ALPHA != 0 || first == b'_' {
            match self.key(s, e) {
                KeyScan::NotAKey => {}
                KeyScan::Key(resume) => return resume,
            }
            if any & UNDERSCORE != 0 {
                if let Some(resume) = self.set_argument(s, e) {
                    return resume;
                }
            }
            if e - s == 22 && next == Some(b' ') {
                if let Some(resume) = self.secure_string(s, e) {
                    return resume;
                }
            }
            if (3..=7).contains(&(e - s)) && next == Some(b' ') {
                if let Some(resume) = self.positional_password(s, e) {
                    return resume;
                }
            }
        } else if first == b'-' {
            // Command-line flags: `--username=jdoe`, `-password=…`.
            let ks = s + line[s..e].iter().take_while(|&&b| b == b'-').count();
            if ks < e && line[ks].is_ascii_alphabetic() {
                if let KeyScan::Key(resume) = self.key(ks, e) {
                    return resume;
                }
            }
            if let Some(resume) = self.command_flag(s, e) {
                return resume;
            }
        }
        // Not the value of an id or counter key (`order_id=…`): those are numbers, not ids of people.
        // Every national id holds digits; one that starts with a letter has some in its token.
        let id_start = if fc & DIGIT != 0 {
            // Not an ISO date (`2026-12-06…`), the most common long number of a log line, nor
            // the seconds of its time (`…:09.336Z`).
            let date = is_iso_date(&line[s..e]);
            let seconds = s >= 2 && line[s - 1] == b':' && line[s - 2].is_ascii_digit();
            // Digits and dots are an address, a version or an amount, unless in the one dotted
            // form of an id (`1234.56.789`, two dots).
            // A sentence's stop after the number (`ИНН 770661098888.`) is not one of its dots.
            let core = line[s..e].strip_suffix(b".").unwrap_or(&line[s..e]);
            let dotted = any & DOT != 0
                && any & (ALPHA | DASH | PCT | WORDX) == 0
                && core.contains(&b'.')
                && core.iter().filter(|&&b| b == b'.').count() != 2;
            !date
                && !seconds
                && !dotted
                && (e - s >= 6
                    || (next == Some(b' ') && line.get(e + 1).is_some_and(u8::is_ascii_digit)))
        } else {
            fc & UPPER != 0 && any & DIGIT != 0 && e - s >= 8
        };
        if id_start
            && s >= self.covered_until
            && self.numeric_value_at != s
            && self.numeric_value_at != s.wrapping_sub(1)
        {
            if let Some(end) = self.national_id(s) {
                return end;
            }
        }
        // `1959-08-28`, `28.08.1959`, `10/20/1988`, `22 April 1988`, `1944年12月15日`,
        // `昭和27年1月13日`.
        let date_start = if fc & DIGIT != 0 {
            let len = e - s;
            // `1959-08-28`, `28.08.1959` are one token; `10/20/1988` and `22 April 1988` start
            // with a day or a month.
            (len >= 8 && any & (DASH | DOT) != 0 && numeric_birth_date_shape(&line[s..e]))
                || (len <= 2 && matches!(next, Some(b'/' | b'.')))
                || (len == 4 && next == Some(b'/'))
                || ((len <= 2 || (len == 3 && line[e - 1] == b'.'))
                    && next == Some(b' ')
                    && line
                        .get(e + 1)
                        .is_some_and(|b| b.is_ascii_alphabetic() || *b >= 0x80))
                // `1993 m. birželio 25 d.`: the year first, then the month's name.
                || (len == 4
                    && next == Some(b' ')
                    && line.get(e + 1).is_some_and(|b| b.is_ascii_alphabetic() || *b >= 0x80)
                    && year_then_month(line, e + 1))
        } else {
            first >= 0x80 && e - s >= 9
        };
        if date_start && s >= self.covered_until {
            if let Some(end) = self.birth_date(s) {
                return end;
            }
        }
        if any & NONASCII != 0 && any & DIGIT != 0 && first >= 0x80 {
            if let Some(end) = self.birth_date_in_cjk(s, e) {
                return end;
            }
        }
        if fc & DIGIT != 0 || (first == b'+' && line.get(s + 1).is_some_and(u8::is_ascii_digit)) {
            if let Some(end) = self.numeric(s, e, all) {
                return end;
            }
        } else if next == Some(b':') && all & HEX != 0 {
            if let Some(end) = self.hex_colon(s) {
                return end;
            }
        }
        if fc & ALPHA != 0 {
            if let Some(end) = self.alpha(s, e, any) {
                return end;
            }
            if any & DIGIT != 0 {
                if let Some(end) = self.owner_id(s, e) {
                    return end;
                }
            }
        } else if first == b'-' && line[s..e].starts_with(b"-----BEGIN") {
            if let Some(end) = self.pem(s) {
                return end;
            }
        } else if first >= 0x80 && e - s <= 40 && any & (DIGIT | PCT | UNDERSCORE) == 0 {
            // A word of another script (`Клиент`, `श्री`, `Şifre`) may mark what follows.
            let mut te = e;
            while te > s && matches!(line[te - 1], b'.' | b'-') {
                te -= 1;
            }
            if let Some(end) = self.trigger(s, te) {
                return end;
            }
            self.note_word(s, te);
        }
        // Host names are lowercase and at least `a1.2.3.4` long; timestamps (`…T08`) are not.
        if e - s >= 8 && any & LOWER != 0 && any & DIGIT != 0 && any & (DOT | DASH) != 0 {
            self.ip_in_host_name(s, e);
        }
        e
    }

    /// The readers a token's next byte announces (`DOMAIN\\`, `SURNAME/`, `CUSTOMER#`, an MRZ's
    /// `<`, `SSR DOCS `): one branch on that byte, since most tokens are followed by a space
    /// or punctuation none of them wants.
    fn by_next_byte(&mut self, s: usize, e: usize, next: Option<u8>, any: u16) -> Option<usize> {
        let line = self.line;
        let first = line[s];
        let fc = class(first);
        match next? {
            b'\\' if fc & ALPHA != 0 && s >= self.covered_until => self.down_level_logon(s, e),
            // IATA boarding passes (`M1SURNAME/GIVEN…`) and reservations' name elements.
            b'/' if e - s >= 3 => {
                if first == b'M' && (b'1'..=b'4').contains(&line[s + 1]) {
                    self.boarding_pass(s)
                } else if fc & DIGIT != 0 && any & UPPER != 0 {
                    self.pnr_name(s)
                } else {
                    None
                }
            }
            b' ' => {
                if e - s == 4 && &line[s..e] == b"DOCS" && line[..s].ends_with(b"SSR ") {
                    return self.ssr_docs(e);
                }
                // `UPDATE customers …`, `FROM users`: a statement on a table of people.
                if matches!(
                    &line[s..e],
                    b"UPDATE" | b"update" | b"FROM" | b"from" | b"INTO" | b"into"
                ) {
                    self.person_table(e);
                }
                None
            }
            b'#' if fc & UPPER != 0 && e - s <= 8 => self.typed_key_id(s, e),
            // A passport's machine-readable zone: capitals and digits padded with `<`; also
            // after JSON's escaped line break (`"P<ARG…\\nGT52148193ARG…"`).
            b'<' if fc & (UPPER | DIGIT) != 0 && e - s <= 44 => self.mrz_line(s),
            b'<' if first == b'n' && s > 0 && line[s - 1] == b'\\' && e - s <= 45 => {
                self.mrz_line(s + 1)
            }
            _ => None,
        }
    }

    pub(super) fn note_word(&mut self, s: usize, e: usize) {
        self.prev = [(s, e), self.prev[0]];
    }

    /// The previous word, if only spaces separate it from `s`.
    pub(super) fn prev_word(&self, s: usize) -> Option<&'a [u8]> {
        let (ps, pe) = self.prev[0];
        if ps == NONE || pe > s {
            return None;
        }
        let gap = &self.line[pe..s];
        if gap.is_empty() || gap.len() > 3 || !gap.iter().all(|&b| b == b' ') {
            return None;
        }
        Some(&self.line[ps..pe])
    }

    #[inline(always)]
    pub(super) fn alpha(&mut self, s: usize, e: usize, any: u16) -> Option<usize> {
        let line = self.line;
        let mut te = e;
        while te > s && matches!(line[te - 1], b'.' | b'-' | b'+' | b'%') {
            te -= 1;
        }
        let len = te - s;
        if len >= 16 {
            if line[s..te].starts_with(b"eyJ") {
                if let Some(end) = self.jwt(s, e) {
                    return Some(end);
                }
            }
            if let Some(end) = self.known_secret(s, te) {
                return Some(end);
            }
        }
        let c0 = class(line[s]);
        if len >= 12 {
            if let Some(end) = self.user_id_shape(s, te) {
                return Some(end);
            }
        }
        match line.get(e) {
            Some(b'{' | b'(') => self.owner_type(s, e),
            // Rust's `User { id: 1, … }`, Ruby's `#<User id: 1, …>`.
            Some(b' ')
                if matches!(line.get(e + 1), Some(b'{' | b'('))
                    || (s >= 2 && line[s - 1] == b'<' && line[s - 2] == b'#') =>
            {
                self.owner_type(s, e)
            }
            _ => {}
        }
        // IBANs and NINOs: two capitals, then a digit (or a space and a digit: `QQ 12 …`).
        let digit_after = |i: usize| line.get(i).is_some_and(u8::is_ascii_digit);
        if c0 & UPPER != 0
            && len >= 2
            && class(line[s + 1]) & UPPER != 0
            && (digit_after(s + 2)
                || (len == 2 && line.get(te) == Some(&b' ') && digit_after(te + 1)))
        {
            if let Some(end) = self.iban(s, te) {
                return Some(end);
            }
            if let Some(end) = self.nino(s, te) {
                return Some(end);
            }
        }
        // Words only from here: context triggers and street names. Dots and dashes are glue
        // (`Dr.`, `nar.`, `Jean-Pierre`); `%` and digits are not in words.
        if any & !(ALPHA | HEX | DOT | NONASCII | WORDX | DASH | GLUE) != 0
            || any & UNDERSCORE != 0
            || len > 14
        {
            return None;
        }
        let r = self.trigger(s, te);
        self.note_word(s, te);
        r
    }

    /// The word before the previous word, if only spaces separate them.
    pub(super) fn word_before_prev(&self, s: usize) -> Option<&'a [u8]> {
        self.prev_word(s)?;
        let (ps, pe) = self.prev[1];
        let (cs, _) = self.prev[0];
        if ps == NONE || pe > cs {
            return None;
        }
        let gap = &self.line[pe..cs];
        (!gap.is_empty() && gap.len() <= 3 && gap.iter().all(|&b| b == b' '))
            .then(|| &self.line[ps..pe])
    }
}

/// Whether the words at `p` are a month's name, after an optional year marker (`m.`, `г.`).
fn year_then_month(line: &[u8], p: usize) -> bool {
    let word = |from: usize| {
        let len = line[from..]
            .iter()
            .take_while(|&&b| b.is_ascii_alphabetic() || b >= 0x80)
            .count();
        &line[from..from + len]
    };
    let w = word(p);
    if super::dates::is_month(w) {
        return true;
    }
    let after = p + w.len();
    (w == b"m" || w == "г".as_bytes())
        && line[after..].starts_with(b". ")
        && super::dates::is_month(word(after + 2))
}

/// Whether a token starts like a numeric date of a birth year (`1959-08-28`, `28.08.1959`):
/// groups of 4, 1–2, 1–2 digits or 1–2, 1–2, 4, one separator, the year 1900–2010. Checked
/// before any parsing: IP addresses, versions and this year's timestamps start most such
/// tokens.
fn numeric_birth_date_shape(tok: &[u8]) -> bool {
    let mut lens = [0usize; 3];
    let mut year = 0u32;
    let mut k = 0;
    let mut sep = 0u8;
    let mut i = 0;
    while k < 3 {
        let s = i;
        while i < tok.len() && tok[i].is_ascii_digit() {
            i += 1;
        }
        lens[k] = i - s;
        if i - s == 4 {
            year = tok[s..i]
                .iter()
                .fold(0, |a, &b| a * 10 + u32::from(b - b'0'));
        }
        k += 1;
        if k == 3 {
            break;
        }
        match tok.get(i) {
            Some(&b @ (b'-' | b'.' | b'/')) if sep == 0 || sep == b => sep = b,
            _ => return false,
        }
        i += 1;
    }
    let small = |l: usize| (1..=2).contains(&l);
    let shape = (lens[0] == 4 && small(lens[1]) && small(lens[2]))
        || (small(lens[0]) && small(lens[1]) && lens[2] == 4);
    shape && (1900..=2010).contains(&year)
}

/// Lowercase hex of 16 digits or more, with letters and digits both (`bdd88261a3decc09…`), or a
/// UUID. Not a MAC (`94-db-…` is 17 bytes), an IBAN or a card (uppercase, digits only), nor a
/// host name with an address in it (`ec2-203-0-113-25`: dashes elsewhere than a UUID's).
fn is_hex_id(tok: &[u8], any: u16, all: u16) -> bool {
    let n = tok.len();
    if n < 16 || any & DIGIT == 0 || any & LOWER == 0 || any & UPPER != 0 {
        return false;
    }
    if any & DASH == 0 {
        return all & HEX != 0;
    }
    n == 36
        && tok.iter().enumerate().all(|(i, &b)| {
            if matches!(i, 8 | 13 | 18 | 23) {
                b == b'-'
            } else {
                b.is_ascii_hexdigit()
            }
        })
}
