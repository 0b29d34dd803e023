use super::months::MORE_MONTHS;
use crate::bytes::lower_into;
use crate::words::{set, WordMap, WordSet};

/// Month names and abbreviations in the languages logs are written in (lowercase).
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
    b"december",
    b"januar",
    "jänner".as_bytes(),
    b"februar",
    "märz".as_bytes(),
    b"maerz",
    b"mai",
    b"juni",
    b"juli",
    b"oktober",
    b"dezember",
    b"okt",
    b"dez",
    b"janvier",
    "février".as_bytes(),
    b"fevrier",
    b"mars",
    b"avril",
    b"juin",
    b"juillet",
    "août".as_bytes(),
    b"aout",
    b"septembre",
    b"octobre",
    b"novembre",
    "décembre".as_bytes(),
    b"decembre",
    b"janv",
    "févr".as_bytes(),
    b"avr",
    b"juil",
    "déc".as_bytes(),
    b"enero",
    b"febrero",
    b"marzo",
    b"abril",
    b"mayo",
    b"junio",
    b"julio",
    b"agosto",
    b"septiembre",
    b"setiembre",
    b"octubre",
    b"noviembre",
    b"diciembre",
    b"ene",
    b"dic",
    b"gennaio",
    b"febbraio",
    b"aprile",
    b"maggio",
    b"giugno",
    b"luglio",
    b"settembre",
    b"ottobre",
    b"dicembre",
    b"gen",
    b"mag",
    b"giu",
    b"lug",
    b"ott",
    b"janeiro",
    b"fevereiro",
    "março".as_bytes(),
    b"marco",
    b"maio",
    b"junho",
    b"julho",
    b"setembro",
    b"outubro",
    b"novembro",
    b"dezembro",
    b"fev",
    b"out",
    b"januari",
    b"februari",
    b"maart",
    b"mei",
    b"augustus",
    "styczeń".as_bytes(),
    b"stycznia",
    b"luty",
    b"lutego",
    b"marzec",
    b"marca",
    "kwiecień".as_bytes(),
    b"kwietnia",
    b"maj",
    b"maja",
    b"czerwiec",
    b"czerwca",
    b"lipiec",
    b"lipca",
    "sierpień".as_bytes(),
    b"sierpnia",
    "wrzesień".as_bytes(),
    "września".as_bytes(),
    "październik".as_bytes(),
    "października".as_bytes(),
    b"listopad",
    b"listopada",
    "grudzień".as_bytes(),
    b"grudnia",
    b"ocak",
    "şubat".as_bytes(),
    b"subat",
    b"mart",
    b"nisan",
    "mayıs".as_bytes(),
    b"mayis",
    b"haziran",
    b"temmuz",
    "ağustos".as_bytes(),
    b"agustos",
    "eylül".as_bytes(),
    b"eylul",
    b"ekim",
    "kasım".as_bytes(),
    b"kasim",
    "aralık".as_bytes(),
    b"aralik",
    b"augusti",
    b"marts"
]);

/// Words between the parts of a written date: `8 de marzo de 1956`, `ngày 19 tháng 8 năm
/// 1961`, `the 3rd of May`.
fn is_date_connector(w: &[u8]) -> bool {
    matches!(
        w,
        b"de" | b"del" | b"di" | b"of" | b"van" | b"w" | b"r" | b"roku" | b"m" | b"d"
    ) || w == "ngày".as_bytes()
        || w == "г".as_bytes()
        || w == "tháng".as_bytes()
        || w == "năm".as_bytes()
}

pub(super) fn is_month(w: &[u8]) -> bool {
    let mut buf = [0u8; 40];
    let Some(l) = lower_into(w, &mut buf) else {
        return false;
    };
    let l = l.strip_suffix(b".").unwrap_or(l);
    MONTHS.contains(l) || MORE_MONTHS.contains(l)
}

/// End of a date starting at `p`: `1980-01-02`, `02/01/1980`, `2 Jan 1980`, `January 2, 1980`.
pub(super) fn date_end(line: &[u8], p: usize) -> usize {
    let n = line.len();
    let mut end = p;
    let mut q = p;
    let mut parts = 0;
    if let Some(end) = cjk_date_end(line, p) {
        return end;
    }
    let mut connectors = 0;
    while parts < 4 && q < n {
        let ws = q;
        let mut we = q;
        while we < n
            && (line[we].is_ascii_alphanumeric()
                || line[we] >= 0x80
                || matches!(line[we], b'-' | b'/' | b'.'))
        {
            we += 1;
        }
        let w = &line[ws..we];
        let w = w.strip_suffix(b".").unwrap_or(w);
        // `8 de marzo de 1956`: a connector joins two parts, it is never the last word.
        if parts > 0 && connectors < 3 && is_date_connector(w) && line.get(we) == Some(&b' ') {
            connectors += 1;
            q = we + 1;
            continue;
        }
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

/// `1944年12月15日`, `昭和27年1月13日` (with a Japanese era), `2024년 3월 1일`: the end of a
/// CJK date at `p`, `None` if none starts there.
fn cjk_date_end(line: &[u8], p: usize) -> Option<usize> {
    const ERAS: [&str; 4] = ["昭和", "平成", "令和", "大正"];
    let mut q = p;
    for era in ERAS {
        if line[p..].starts_with(era.as_bytes()) {
            q = p + era.len();
            break;
        }
    }
    let digits = |q: usize| line[q..].iter().take_while(|b| b.is_ascii_digit()).count();
    let mut end = None;
    for unit in [["年", "년"], ["月", "월"], ["日", "일"]] {
        let d = digits(q);
        if d == 0 || d > 4 {
            break;
        }
        let after = q + d;
        let Some(u) = unit
            .iter()
            .find(|u| line[after..].starts_with(u.as_bytes()))
        else {
            break;
        };
        q = after + u.len();
        // `2024년 3월`: Korean puts a space after each unit.
        if line.get(q) == Some(&b' ') && line.get(q + 1).is_some_and(u8::is_ascii_digit) {
            q += 1;
        }
        end = Some(q);
    }
    // A year alone is not a date.
    end.filter(|&e| {
        line[p..e].iter().filter(|b| b.is_ascii_digit()).count() >= 3 && line[p..e].len() > 8
    })
}

/// The year, month and day of the date `d` (as `date_end` found it), when it names all three
/// (`1959-08-28`, `28.08.1959`, `10/20/1988`, `22 April 1988`, `8 de marzo de 1956`,
/// `1944年12月15日`). The year has four digits; an era year counts as unknown.
pub(super) fn full_date_year(d: &[u8]) -> Option<u32> {
    let mut numbers = [0u32; 3];
    let mut lens = [0usize; 3];
    let mut k = 0;
    let mut month_word = false;
    let mut i = 0;
    while i < d.len() {
        if d[i].is_ascii_digit() {
            let s = i;
            while i < d.len() && d[i].is_ascii_digit() {
                i += 1;
            }
            if k == 3 || i - s > 4 {
                return None;
            }
            numbers[k] = d[s..i]
                .iter()
                .fold(0u32, |a, &b| a * 10 + u32::from(b - b'0'));
            lens[k] = i - s;
            k += 1;
        } else if d[i].is_ascii_alphabetic() || d[i] >= 0x80 {
            let s = i;
            while i < d.len() && (d[i].is_ascii_alphabetic() || d[i] >= 0x80) {
                i += 1;
            }
            month_word |= is_month(&d[s..i]);
        } else {
            i += 1;
        }
    }
    let parts = k + usize::from(month_word);
    if parts < 3 {
        return None;
    }
    let y = (0..k).find(|&j| lens[j] == 4)?;
    // The other numbers are a day and a month (`001-01-1920` is an SSN, not a date).
    let others = (0..k).filter(|&j| j != y);
    let mut small = 0;
    for j in others {
        if lens[j] > 2 || numbers[j] == 0 || numbers[j] > 31 {
            return None;
        }
        small += usize::from(numbers[j] <= 12);
    }
    if !month_word && small == 0 {
        return None;
    }
    Some(numbers[y])
}
