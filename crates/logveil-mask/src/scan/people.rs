use super::text::starts_upper;
use crate::bytes::{char_at, is_word, lower_into};
use crate::words::{set, WordMap, WordSet};

/// Whether a value reads like a person's name: capitalized words, particles, initials,
/// titles (`Dr. Jane van der Berg`, `Zoë Müller`), not `SELECT orders` or `GET /api/cart`.
/// A letter of a script without case (CJK, Hangul, Thai, Arabic…).
pub(super) fn uncased(c: char) -> bool {
    c.is_alphabetic() && !c.is_lowercase() && !c.is_uppercase()
}

pub(super) fn looks_like_person_name(v: &[u8]) -> bool {
    let mut words = 0;
    for w in v.split(|&b| b == b' ') {
        if w.is_empty() {
            continue;
        }
        let w = w.strip_suffix(b",").unwrap_or(w);
        let w = w.strip_suffix(b".").unwrap_or(w);
        if w.is_empty() {
            continue;
        }
        let ok_chars = w
            .iter()
            .all(|&b| b.is_ascii_alphabetic() || b >= 0x80 || matches!(b, b'-' | b'\'' | b'.'));
        if !ok_chars {
            return false;
        }
        if is_particle(w) {
            continue;
        }
        // Scripts without case (`高橋`, `김민수`) start every name as they can.
        let upper_first = char_at(w, 0).is_some_and(|(c, _)| c.is_uppercase() || uncased(c))
            || w.iter()
                .position(|&b| b == b'-' || b == b'\'')
                .is_some_and(|i| w.get(i + 1).is_some_and(u8::is_ascii_uppercase));
        let shouting = w.len() > 3 && !w.iter().any(|b| b.is_ascii_lowercase() || *b >= 0x80);
        if !upper_first || shouting || is_camel_identifier(w) {
            return false;
        }
        words += 1;
    }
    words > 0
}

/// Capitalized words that follow a trigger but are not names.
pub(super) static NAME_STOPWORDS: WordSet = WordMap::new(set![
    // Honorifics written after a name (`Mehmet Bey`, `Ayşe Hanım`, `田中様`).
    b"Bey",
    b"Hanim",
    "Hanım".as_bytes(),
    b"Efendi",
    // `Account For Which Logon Failed:` (Windows event 4625) is a heading.
    b"Which",
    // Hindi postpositions and verbs after a name: Devanagari has no capitals to end it.
    "का".as_bytes(),
    "की".as_bytes(),
    "के".as_bytes(),
    "को".as_bytes(),
    "ने".as_bytes(),
    "से".as_bytes(),
    "में".as_bytes(),
    "पर".as_bytes(),
    "है".as_bytes(),
    "हैं".as_bytes(),
    "और".as_bytes(),
    "जी".as_bytes(),
    "द्वारा".as_bytes(),
    // ActiveRecord and other ORMs log `Customer Create (5.3ms)`: a model and an action.
    b"Load",
    b"Create",
    b"Update",
    b"Destroy",
    b"Delete",
    b"Exists",
    b"Count",
    b"Pluck",
    b"Insert",
    b"Upsert",
    b"Sum",
    b"Find",
    b"Save",
    b"Columns",
    b"Bulk",
    b"Care",
    b"Services",
    b"Success",
    b"Experience",
    b"Relations",
    b"Desk",
    b"Helpdesk",
    b"Center",
    b"Centre",
    b"Office",
    b"Operations",
    b"Everybody",
    b"Again",
    b"Back",
    b"The",
    b"A",
    b"An",
    b"And",
    b"Or",
    b"Of",
    b"In",
    b"On",
    b"At",
    b"To",
    b"For",
    b"From",
    b"With",
    b"By",
    b"Team",
    b"Customer",
    b"Customers",
    b"User",
    b"Users",
    b"Support",
    b"Admin",
    b"Administrator",
    b"Sir",
    b"Madam",
    b"All",
    b"Everyone",
    b"World",
    b"There",
    b"Service",
    b"System",
    b"Error",
    b"Warning",
    b"Info",
    b"Debug",
    b"Null",
    b"None",
    b"Unknown",
    b"Anonymous",
    b"Valued",
    b"Friend",
    b"Friends",
    b"Colleague",
    b"Manager",
    b"Partner",
    b"Client",
    b"Member",
    b"Guest",
    b"Inc",
    b"Ltd",
    b"LLC",
    b"GmbH",
    b"Corp",
    b"Company",
    b"Department",
    b"Dept",
    b"Group",
    b"Order",
    b"Account",
    b"Request",
    b"Ticket",
    b"Issue",
    b"Case",
    b"Incident",
    b"Thanks",
    b"Thank",
    b"Regards",
    b"Please",
    b"Yes",
    b"No",
    b"OK",
    b"Ok",
    b"True",
    b"False",
    b"Server",
    b"Host",
    b"Node",
    b"Job",
    b"Task",
    b"Queue",
    b"Worker",
    b"Bot",
    b"Agent",
    b"Operator",
    b"Owner",
    b"Staff",
    b"Sales",
    b"Billing",
    b"Finance",
    b"Security",
    b"Ops",
    b"Monday",
    b"Tuesday",
    b"Wednesday",
    b"Thursday",
    b"Friday",
    b"Saturday",
    b"Sunday",
    b"I",
    b"We",
    b"You",
    b"He",
    b"She",
    b"They",
    b"It",
    b"This",
    b"That",
    b"These",
    b"Those",
    b"My",
    b"Our",
    b"Your",
    b"His",
    b"Her",
    b"Their",
    b"Id",
    b"ID",
    b"Name",
    b"Login",
    b"Session",
    b"Not",
    b"Is",
    b"Has",
    b"Was",
    b"Will"
]);

pub(super) fn is_name_stopword(w: &[u8]) -> bool {
    NAME_STOPWORDS.contains(w)
}

pub(super) static USERNAME_STOPWORDS: WordSet = WordMap::new(set![
    b"incorrect",
    b"permitted",
    b"refused",
    b"allowed",
    b"blocked",
    b"disconnected",
    b"phone",
    b"ip",
    b"dialog",
    b"correct",
    b"attempted",
    b"successfully",
    b"is",
    b"has",
    b"was",
    b"not",
    b"with",
    b"from",
    b"in",
    b"on",
    b"to",
    b"and",
    b"or",
    b"for",
    b"by",
    b"at",
    b"the",
    b"a",
    b"an",
    b"session",
    b"sessions",
    b"agent",
    b"name",
    b"id",
    b"unknown",
    b"logged",
    b"login",
    b"logout",
    b"account",
    b"data",
    b"info",
    b"profile",
    b"invalid",
    b"illegal",
    b"does",
    b"did",
    b"had",
    b"will",
    b"can",
    b"cannot",
    b"may",
    b"must",
    b"should",
    b"exists",
    b"found",
    b"created",
    b"deleted",
    b"updated",
    b"authenticated",
    b"authentication",
    b"request",
    b"requests",
    b"details",
    b"record",
    b"list",
    b"mode",
    b"space",
    b"level",
    b"group",
    b"groups",
    b"role",
    b"roles",
    b"settings",
    b"preferences",
    b"unknown_user",
    b"null",
    b"none",
    b"nobody_",
    b"changed",
    b"context",
    b"interface",
    b"input",
    b"time",
    b"cpu",
    b"ids",
    b"root_",
    b"as",
    b"if",
    b"that",
    b"which",
    b"who",
    b"of",
    b"ok",
    b"success",
    b"successful",
    b"succeeded",
    b"failed",
    b"failure",
    b"fail",
    b"attempt",
    b"attempts",
    b"error",
    b"denied",
    b"accepted",
    b"rejected",
    b"required",
    b"timeout",
    b"expired"
]);

pub(super) fn is_username_stopword(w: &[u8]) -> bool {
    let mut buf = [0u8; 16];
    match lower_into(w, &mut buf) {
        Some(l) => USERNAME_STOPWORDS.contains(l),
        None => false,
    }
}

pub(super) static PARTICLES: WordSet = WordMap::new(set![
    b"van", b"von", b"de", b"der", b"den", b"del", b"della", b"di", b"da", b"du", b"la", b"le",
    b"bin", b"ibn", b"al", b"el", b"ten", b"ter", b"dos", b"das", b"y", b"des", b"zu", b"und",
    b"dela", b"delos", b"binti", b"bint", b"ap", b"mac"
]);

pub(super) fn is_title(w: &[u8]) -> bool {
    matches!(
        w,
        b"Mr" | b"Mrs" | b"Ms" | b"Miss" | b"Mx" | b"Dr" | b"Prof" | b"Sir" | b"Rev" | b"Hon"
    )
}

pub(super) fn is_particle(w: &[u8]) -> bool {
    PARTICLES.contains(w)
}

/// Start of 1-4 capitalized words ending right before `end` (a name written before something
/// that marks it, like ` <email>`).
pub(super) fn name_before(line: &[u8], end: usize) -> Option<usize> {
    let mut q = end;
    let mut start = None;
    for _ in 0..4 {
        let we = q;
        let mut ws = we;
        while ws > 0 && (is_word(line[ws - 1]) || matches!(line[ws - 1], b'\'' | b'-' | b'.')) {
            ws -= 1;
        }
        // `Jane da Silva`: a particle between capitalized words.
        if start.is_some() && is_particle(&line[ws..we]) && ws > 0 && line[ws - 1] == b' ' {
            q = ws - 1;
            continue;
        }
        if ws == we || !starts_upper(line, ws) || is_name_stopword(&line[ws..we]) {
            break;
        }
        start = Some(ws);
        if ws == 0 || line[ws - 1] != b' ' {
            break;
        }
        q = ws - 1;
    }
    let s = start?;
    person_words(line, s).filter(|&e| e == end).map(|_| s)
}

/// Capitalized words, with particles and initials: `Jane van der Berg`, `J. R. Smith`.
/// Returns the end of the name, `None` if no name starts at `p`.
const UNCASED_WORDS: usize = 3;

pub(super) fn person_words(line: &[u8], p: usize) -> Option<usize> {
    let n = line.len();
    let mut q = p;
    let mut words = 0;
    let mut end = p;
    while words < 5 {
        let (c, _) = char_at(line, q)?;
        let mut we = q;
        while we < n
            && (is_word(line[we]) || matches!(line[we], b'\'' | b'-'))
            && line[we] != b'_'
            && !line[we].is_ascii_digit()
        {
            we += 1;
        }
        if we == q {
            break;
        }
        let w = &line[q..we];
        // A name word ends at a boundary: `B4-7A-78-…` is a MAC, not the name "B". A word
        // glued to `:` and a value, or to `=`, is the next field's key (`Name:Ivy Thomas
        // Phone:661…`); `from Pedro Okafor: the …` ends a name.
        let next_key = match line.get(we) {
            Some(b'=') => true,
            Some(b':') => line.get(we + 1).is_some_and(|&b| b != b' ' && b != b'\t'),
            _ => false,
        };
        if line.get(we).is_some_and(u8::is_ascii_digit) || (words > 0 && next_key) {
            break;
        }
        // `van-Naser`, `al-Hassan`, `d'Angelo`: a lowercase particle joined to a capital.
        let joined_particle = !c.is_uppercase()
            && w.iter()
                .position(|&b| b == b'-' || b == b'\'')
                .is_some_and(|i| w.get(i + 1).is_some_and(u8::is_ascii_uppercase));
        if c.is_uppercase() || uncased(c) || (words > 0 && joined_particle) {
            // `J.`, and in scripts without capitals a letter with its vowel sign (`கி.`).
            let one_letter = w.len() == 1
                || (uncased(c) && std::str::from_utf8(w).is_ok_and(|t| t.chars().count() <= 2));
            let initial = one_letter && line.get(we) == Some(&b'.');
            if w.len() == 1 && !initial {
                break;
            }
            if !initial && is_name_stopword(w) {
                break;
            }
            let upper_only = w.len() > 2 && w.iter().all(|b| !b.is_ascii_lowercase() && *b < 0x80);
            if upper_only || is_camel_identifier(w) {
                break;
            }
            end = we;
            // `J.`, `Dr.`: an initial or a title; `Lan.` at a sentence's end is a name.
            let sentence_end = !line
                .get(we + 2)
                .is_some_and(|&b| line[we + 1] == b' ' && (b.is_ascii_uppercase() || b >= 0x80));
            if line.get(we) == Some(&b'.')
                && (initial || is_title(w) || (w.len() <= 3 && !sentence_end))
            {
                end = we + 1; // initial or title: "J.", "Dr.", "Prof."
            }
            words += 1;
            // Scripts without capitals give no end: a name there is two or three words, and
            // the verb after it is not part of it (`به نام ستاره صادقی انجام شد`).
            if uncased(c) && words >= UNCASED_WORDS {
                break;
            }
        } else if words > 0 && is_particle(w) {
            // Kept only if a capitalized word follows (`end` moves with that word).
            if line.get(we) == Some(&b' ') {
                q = we + 1;
                continue;
            }
            break;
        } else {
            break;
        }
        if line.get(end) == Some(&b' ') && end + 1 < n {
            q = end + 1;
        } else {
            break;
        }
    }
    if words == 0 {
        return None;
    }
    Some(end)
}

/// `WindowsUpdateAgent`, `HttpClient`: identifiers, not names. Names may have one inner capital
/// early on (`McDonald`, `MacArthur`, `DeVito`, `O'Brien`).
pub(super) fn is_camel_identifier(w: &[u8]) -> bool {
    let mut humps = 0;
    for i in 1..w.len() {
        if w[i].is_ascii_uppercase() && w[i - 1].is_ascii_lowercase() {
            if i > 3 {
                return true;
            }
            humps += 1;
        }
    }
    humps > 1
}
