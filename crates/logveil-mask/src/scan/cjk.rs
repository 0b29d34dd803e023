//! Text in Chinese, Japanese and Korean, which puts no space between words: a whole sentence
//! is one token (`電話番号は08079444315です。`). Inside such a token the numbers are read apart
//! from the ideographs around them, and a name is found by the title written after it
//! (`高橋 美咲様`, `渡辺 翔 さん`, `田中氏`), checked against the gazetteer's names in kanji.

use super::scanner::Scanner;
use crate::bytes::{class, is_wide_lead};
use crate::names;
use crate::span::Rule;
use crate::Kind;

/// Titles written after a name in Japanese, Chinese and Korean.
const SUFFIXES: [&str; 10] = [
    "様", "さん", "さま", "氏", "殿", "先生", "女士", "小姐", "님", "씨",
];

/// Korean words that take `님` and are not names (`고객님`, dear customer).
const NOT_NAMES_KO: [&str; 8] = [
    "고객",
    "회원",
    "관리자",
    "사용자",
    "선생",
    "사장",
    "부장",
    "과장",
];

/// Whether `word` is two to four Hangul syllables: a Korean name (family name and given
/// name, written together), which the gazetteer does not list in Hangul.
fn hangul_name(word: &[u8]) -> bool {
    let n = word.len() / 3;
    word.len().is_multiple_of(3)
        && (2..=4).contains(&n)
        && word.chunks(3).all(|c| {
            matches!(
                c,
                [0xEA, 0xB0..=0xBF, _] | [0xEB..=0xEC, _, _] | [0xED, 0x80..=0x9E, _]
            )
        })
        && !NOT_NAMES_KO.iter().any(|w| word == w.as_bytes())
}

/// Whether the character at `i` (a wide one) can be part of a name: kana or an ideograph, not
/// punctuation (`、`, `（`, `：`) or a full-width form.
fn is_name_char(line: &[u8], i: usize) -> bool {
    match line.get(i..i + 3) {
        // U+3040–U+30FF hiragana and katakana; U+30FB `・` and U+30FC `ー` count too.
        Some([0xE3, 0x81..=0x83, _]) => true,
        // U+3400–U+9FFF: CJK ideographs.
        Some([0xE3, 0x90..=0xBF, _]) | Some([0xE4..=0xE9, _, _]) => true,
        // U+AC00–U+D7A3: Hangul syllables.
        Some([0xEA, 0xB0..=0xBF, _]) | Some([0xEB..=0xEC, _, _]) | Some([0xED, 0x80..=0x9E, _]) => {
            true
        }
        _ => false,
    }
}

/// Start of the run of name characters ending at `end`, at most `max` of them.
fn run_start(line: &[u8], floor: usize, end: usize, max: usize) -> usize {
    let mut p = end;
    let mut n = 0;
    while p >= floor + 3 && n < max && is_name_char(line, p - 3) {
        p -= 3;
        n += 1;
    }
    p
}

/// Words for a telephone number in Japanese, Chinese and Korean.
const PHONE_WORDS: [&str; 9] = [
    "電話番号",
    "電話",
    "携帯番号",
    "携帯",
    "連絡先",
    "电话",
    "手机号",
    "手机",
    "전화번호",
];

/// Words for a password in Japanese, Chinese and Korean.
const PASSWORD_WORDS: [&str; 4] = ["パスワード", "密码", "密碼", "비밀번호"];

/// Words that announce a person's name written right after them (`客户杨磊`,
/// `持卡人：方晓明`).
const PERSON_WORDS: [&str; 9] = [
    "客户",
    "用户",
    "顾客",
    "会员",
    "患者",
    "持卡人：",
    "收件人：",
    "联系人：",
    "姓名：",
];

/// Whether `head` ends with one of `words`, then perhaps one of `tails` (a particle or a
/// colon: `は`, `为：`).
fn ends_with_word(head: &[u8], words: &[&str], tails: &[&str]) -> bool {
    let mut h = head;
    for tail in tails {
        if let Some(rest) = h.strip_suffix(tail.as_bytes()) {
            h = rest;
            break;
        }
    }
    words.iter().any(|w| h.ends_with(w.as_bytes()))
}

/// Whether `word` is a name, or a surname and a given name written together (`高橋美咲`).
fn known_name(word: &[u8]) -> bool {
    let known = |w: &[u8]| names::lookup(w).is_some_and(|i| i.is_known_name());
    if known(word) {
        return true;
    }
    (3..word.len()).step_by(3).any(|k| {
        names::lookup(&word[..k]).is_some_and(|i| i.surname)
            && names::lookup(&word[k..]).is_some_and(|i| i.given)
    })
}

impl Scanner<'_> {
    /// A token with wide characters and ASCII digits in it: what the whole token holds (a
    /// date `1944年12月15日`), then each run between wide characters as a token of its own.
    pub(super) fn wide_token(&mut self, s: usize, e: usize, any: u16, all: u16) -> usize {
        let found = self.out.len();
        let next = self.token(s, e, any, all);
        if self.out.len() > found || next > e {
            return next;
        }
        let line = self.line;
        let mut end = e;
        let mut p = s;
        while p < e {
            if is_wide_lead(line[p]) {
                p += 3;
                continue;
            }
            let ps = p;
            let (mut pa, mut pl) = (0u16, u16::MAX);
            while p < e && !is_wide_lead(line[p]) {
                let c = class(line[p]);
                pa |= c;
                pl &= c;
                p += 1;
            }
            if ps == s && p == e {
                break;
            }
            // `電話番号は08079444315`: a number after a phone word is read as one.
            let announced = pa & crate::bytes::DIGIT != 0
                && ends_with_word(&line[s..ps], &PHONE_WORDS, &["は", "：", ":", "为", "是"]);
            let r = match announced.then(|| self.phone_after_word(ps)).flatten() {
                Some(r) => r,
                None => self.token(ps, p, pa, pl),
            };
            end = end.max(r);
            p = p.max(r.min(e));
        }
        end
    }

    /// Names before a Japanese title inside a wide token `s..e`: `高橋 美咲様`, `田中様`,
    /// `渡辺 翔 さん` (the title a token of its own). Nothing before `floor` is taken.
    pub(super) fn names_before_titles(&mut self, s: usize, e: usize, floor: usize) {
        let line = self.line;
        for suffix in SUFFIXES {
            let suffix = suffix.as_bytes();
            let mut from = s;
            while let Some(i) = memchr::memmem::find(&line[from..e], suffix) {
                let at = from + i;
                from = at + suffix.len();
                // `渡辺 翔 さん`: the title after a space.
                let end = if at == s && s >= 1 && line[s - 1] == b' ' {
                    s - 1
                } else {
                    at
                };
                self.name_ending_at(end, floor);
            }
        }
    }

    /// A password after a password word in a wide token and its particle or colon
    /// (`临时密码为：/RL:&'MQ3X|O，`, `パスワード：Abc;123`): up to a space or a wide
    /// punctuation mark. Returns its end.
    pub(super) fn password_after_wide_word(&mut self, s: usize, e: usize) -> Option<usize> {
        let line = self.line;
        let (at, word) = PASSWORD_WORDS.iter().find_map(|w| {
            memchr::memmem::find(&line[s..e], w.as_bytes()).map(|i| (s + i, w.len()))
        })?;
        let mut vs = at + word;
        if let Some(tail) = ["为：", "为", "是", "：", "は：", "は", ":"]
            .iter()
            .find(|t| line[vs..].starts_with(t.as_bytes()))
        {
            vs += tail.len();
        } else {
            return None;
        }
        // `パスワードは電話でお伺いすることはありません`: prose about the password goes on in
        // the same script; a password is typed on a Latin keyboard.
        if !line.get(vs).is_some_and(|&b| b.is_ascii_graphic()) {
            return None;
        }
        let e = vs;
        let mut ve = e;
        while ve < line.len()
            && !matches!(line[ve], b' ' | b'\t')
            && !crate::bytes::is_wide_punct(line, ve)
        {
            ve += 1;
        }
        (ve > e).then(|| {
            self.emit(e, ve, Kind::PASSWORD, Rule::Context("password word"));
            ve
        })
    }

    /// Names right after a word for a person (`客户杨磊（…`, `持卡人：方晓明）`): the longest
    /// run of two to four ideographs after it that the gazetteer knows as a name.
    pub(super) fn names_after_person_words(&mut self, s: usize, e: usize) {
        let line = self.line;
        for word in PERSON_WORDS {
            let word = word.as_bytes();
            let mut from = s;
            while let Some(i) = memchr::memmem::find(&line[from..e], word) {
                let ns = from + i + word.len();
                from = ns;
                let mut run_end = ns;
                while run_end < e && run_end - ns < 12 && is_name_char(line, run_end) {
                    run_end += 3;
                }
                let name_end = (ns + 6..=run_end)
                    .rev()
                    .step_by(3)
                    .find(|&ne| known_name(&line[ns..ne]));
                if let Some(ne) = name_end {
                    self.emit(ns, ne, Kind::PERSON, Rule::Context("person word"));
                }
            }
        }
    }

    /// A Japanese name ending at `end`: one word of up to four characters (`田中`, `高橋美咲`),
    /// or two separated by a space (`高橋 美咲`), known to the gazetteer.
    fn name_ending_at(&mut self, end: usize, floor: usize) {
        let line = self.line;
        let floor = floor.min(end);
        let run = run_start(line, floor, end, 4);
        // The longest known name the run ends with: `会員の高橋美咲` holds `高橋美咲`.
        let Some(given) = (run..end).step_by(3).find(|&g| {
            known_name(&line[g..end]) || names::lookup(&line[g..end]).is_some_and(|i| i.given)
        }) else {
            return;
        };
        let mut start = given;
        // `高橋 美咲`, `高橋　美咲` (an ideographic space): a surname before.
        let gap = if given >= 1 && line[given - 1] == b' ' {
            1
        } else if line[..given].ends_with("\u{3000}".as_bytes()) {
            3
        } else {
            0
        };
        if gap > 0 && given >= floor + gap {
            let sur = run_start(line, floor, given - gap, 3);
            if sur < given - gap
                && names::lookup(&line[sur..given - gap]).is_some_and(|i| i.surname)
                && names::lookup(&line[given..end]).is_some_and(|i| i.given)
            {
                start = sur;
            }
        }
        if start == given && !known_name(&line[given..end]) {
            // `최수빈 님`: a Korean name, set off from what comes before.
            let run = run_start(line, floor, end, 4);
            let bounded = run == 0 || matches!(line[run - 1], b' ' | b'(' | b',' | b':');
            if !(bounded && hangul_name(&line[run..end])) {
                return;
            }
            start = run;
        }
        self.emit(start, end, Kind::PERSON, Rule::Context("japanese title"));
    }
}
