use super::scanner::Scanner;
use crate::bytes::{is_word, lower_into, HEX};
use crate::phone;
use crate::span::Rule;
use crate::validate;
use crate::words::{set, WordMap, WordSet};
use crate::Kind;

/// Classifies digit groups as SSN, card or phone. `d` are the digits, `sizes` the group sizes.
pub(super) fn classify_digits(
    d: &[u8],
    sizes: &[usize],
    seps: &[u8],
    plus: bool,
    paren_first: bool,
    numeric_ctx: bool,
) -> Option<(Kind, &'static str)> {
    let total = d.len();
    let uniform = seps.windows(2).all(|w| w[0] == w[1]);
    let sep = seps.first().copied();
    if plus {
        // E.164: up to 15 digits, a country code that does not start with 0. The written
        // form is the evidence; numbers libphonenumber does not know (unallocated ranges,
        // test numbers) are still someone's number as far as a log is concerned.
        if (8..=15).contains(&total) && d[0] != b'0' && (sizes.len() >= 2 || total >= 10) {
            return Some((Kind::PHONE, "phone (international)"));
        }
        return None;
    }
    if sizes == [3, 2, 4]
        && uniform
        && matches!(sep, Some(b'-') | Some(b' '))
        && validate::ssn_ok(d)
    {
        return Some((Kind::US_SSN, "us ssn"));
    }
    if !numeric_ctx
        && (13..=19).contains(&total)
        && uniform
        && sep != Some(b'.')
        && card_grouping_ok(sizes)
        && validate::luhn(d)
        && validate::card_issuer_ok(d)
    {
        return Some((Kind::CREDIT_CARD, "credit card (luhn + issuer)"));
    }
    let nanp = |a: u8, x: u8| (b'2'..=b'9').contains(&a) && (b'2'..=b'9').contains(&x);
    if sizes == [3, 3, 4] && nanp(d[0], d[3]) {
        // `415-555-0134`, `415.555.0134`, `(415) 555-0134`; not `500 500 1080` (an ALB
        // line's status codes and size).
        let ok = if paren_first {
            matches!(seps, [b' ', b'-'] | [b'-', b'-'] | [b' ', b' '])
        } else {
            uniform && matches!(sep, Some(b'-') | Some(b'.'))
        };
        if ok {
            return Some((Kind::PHONE, "phone (north american)"));
        }
    }
    if sizes == [1, 3, 3, 4]
        && d[0] == b'1'
        && uniform
        && matches!(sep, Some(b'-') | Some(b'.'))
        && nanp(d[1], d[4])
    {
        return Some((Kind::PHONE, "phone (north american)"));
    }
    if numeric_ctx || sizes.len() < 2 {
        return None;
    }
    let spaced = uniform && matches!(sep, Some(b' ') | Some(b'-'));
    if d.len() > 4
        && d.starts_with(b"00")
        && d[2] != b'0'
        && (10..=15).contains(&total)
        && (4..=5).contains(&sizes[0])
        && spaced
    {
        return Some((Kind::PHONE, "phone (international)"));
    }
    if d[0] == b'0'
        && d[1] != b'0'
        && (10..=12).contains(&total)
        && sizes[0] <= 5
        && sizes.iter().all(|&s| s >= 2)
        && (spaced || (uniform && sep == Some(b'.') && sizes.iter().all(|&s| s == 2)))
    {
        return Some((Kind::PHONE, "phone (national)"));
    }
    // Other national forms are judged by libphonenumber's metadata (`phone_at`).
    None
}

/// The rule name of a phone number by the region it is valid for.
fn phone_rule(p: phone::Phone) -> &'static str {
    let international = p.form == phone::Form::International;
    match (&p.region.0, international) {
        (b"US" | b"CA", _) => "phone (north american, libphonenumber)",
        (b"GB", _) => "phone (GB, libphonenumber)",
        (b"DE", _) => "phone (DE, libphonenumber)",
        (b"FR", _) => "phone (FR, libphonenumber)",
        (b"ES", _) => "phone (ES, libphonenumber)",
        (b"IT", _) => "phone (IT, libphonenumber)",
        (b"NL", _) => "phone (NL, libphonenumber)",
        (b"BE", _) => "phone (BE, libphonenumber)",
        (b"CH", _) => "phone (CH, libphonenumber)",
        (b"AT", _) => "phone (AT, libphonenumber)",
        (b"PL", _) => "phone (PL, libphonenumber)",
        (b"PT", _) => "phone (PT, libphonenumber)",
        (b"BR", _) => "phone (BR, libphonenumber)",
        (b"MX", _) => "phone (MX, libphonenumber)",
        (b"AR", _) => "phone (AR, libphonenumber)",
        (b"IN", _) => "phone (IN, libphonenumber)",
        (b"JP", _) => "phone (JP, libphonenumber)",
        (b"KR", _) => "phone (KR, libphonenumber)",
        (b"CN", _) => "phone (CN, libphonenumber)",
        (b"AU", _) => "phone (AU, libphonenumber)",
        (b"TR", _) => "phone (TR, libphonenumber)",
        (b"SE" | b"NO" | b"DK" | b"FI", _) => "phone (nordic, libphonenumber)",
        (b"IE", _) => "phone (IE, libphonenumber)",
        (_, true) => "phone (international, libphonenumber)",
        (_, false) => "phone (national, libphonenumber)",
    }
}

pub(super) fn card_grouping_ok(sizes: &[usize]) -> bool {
    match sizes {
        [_] => true,
        [4, 6, 5] | [4, 6, 4] => true,
        [init @ .., last] => init.iter().all(|&s| s == 4) && (1..=4).contains(last),
        [] => false,
    }
}

pub(super) fn is_mac(t: &[u8], sep: u8) -> bool {
    t.len() == 17
        && t.chunks(3).all(|c| {
            c[0].is_ascii_hexdigit() && c[1].is_ascii_hexdigit() && (c.len() == 2 || c[2] == sep)
        })
}

/// Words after which a long number is an id, not a card or phone number.
pub(super) static NUMBER_NOUNS: WordSet = WordMap::new(set![
    b"order",
    b"orders",
    b"invoice",
    b"ticket",
    b"txn",
    b"transaction",
    b"ref",
    b"reference",
    b"id",
    b"no",
    b"tracking",
    b"shipment",
    b"job",
    b"build",
    b"request",
    b"case",
    b"incident",
    b"pid",
    b"port",
    b"block",
    b"batch",
    b"record",
    b"row",
    b"offset",
    b"seq",
    b"sequence",
    b"epoch",
    b"timestamp",
    b"version",
    b"issue",
    b"pr",
    b"commit",
    b"item",
    b"sku",
    b"serial"
]);

impl Scanner<'_> {
    /// Host names that spell out an address (`5.36.59.76.dynamic-dsl.example.net`,
    /// `dsl-static-059.45.101.203.example.in`, `host-10-105-162-105`): the address part is
    /// as personal as the address itself.
    #[inline(never)]
    pub(super) fn ip_in_host_name(&mut self, s: usize, e: usize) {
        let line = self.line;
        let mut i = s;
        while i < e {
            if !line[i].is_ascii_digit() || (i > s && line[i - 1].is_ascii_alphanumeric()) {
                i += 1;
                continue;
            }
            // Four runs of 1-3 digits, one separator throughout.
            let mut p = i;
            let mut runs = 0;
            let mut sep = 0u8;
            let mut octets_ok = true;
            loop {
                let rs = p;
                while p < e && line[p].is_ascii_digit() {
                    p += 1;
                }
                let len = p - rs;
                if len == 0 || len > 3 {
                    octets_ok = false;
                    break;
                }
                let v = line[rs..p]
                    .iter()
                    .fold(0u32, |a, &b| a * 10 + u32::from(b - b'0'));
                octets_ok &= v <= 255;
                runs += 1;
                if runs == 4 || p >= e || !matches!(line[p], b'.' | b'-') {
                    break;
                }
                if sep == 0 {
                    sep = line[p];
                } else if line[p] != sep {
                    break;
                }
                p += 1;
            }
            // Not glued to letters, and not the start of a longer number group.
            let continues_number = matches!(line[p.min(e - 1)], b'.' | b'-')
                && line.get(p + 1).is_some_and(u8::is_ascii_digit);
            let bounded = p == e || (!line[p].is_ascii_alphanumeric() && !continues_number);
            // `ip-10-0-3-17.ec2.internal`: EC2's private DNS names a server by its private
            // address. (A DHCP client's name, `calvisitor-10-105-162-105`, names a visitor's
            // machine and stays masked.)
            let private = runs == 4 && sep != 0 && i == s + 3 && line[s..].starts_with(b"ip-") && {
                let octet = |k: usize| {
                    line[i..p]
                        .split(|&b| b == sep)
                        .nth(k)
                        .map(|g| {
                            g.iter()
                                .filter(|b| b.is_ascii_digit())
                                .fold(0u32, |a, &b| a * 10 + u32::from(b - b'0'))
                        })
                        .unwrap_or(0)
                };
                let (a, b) = (octet(0), octet(1));
                a == 10 || (a == 172 && (16..=31).contains(&b)) || (a == 192 && b == 168)
            };
            if runs == 4 && octets_ok && bounded && sep != 0 && !private {
                self.emit(i, p, Kind::IPV4, Rule::Shape("ipv4 in host name"));
                return;
            }
            i = p.max(i + 1);
        }
    }

    pub(super) fn numeric(&mut self, s: usize, e: usize, all: u16) -> Option<usize> {
        let line = self.line;
        let mut te = e;
        while te > s && matches!(line[te - 1], b'.' | b'-' | b'+' | b'%') {
            te -= 1;
        }
        let tok = &line[s..te];
        // `2026-11-05T18:40:09`: the most common number of a log line is its timestamp, and a
        // date (already offered to the birth-date reader) is no phone, card or id.
        if is_iso_date(tok) {
            return None;
        }
        if tok.iter().all(|&b| b.is_ascii_digit() || b == b'.') {
            let dots = tok.iter().filter(|&&b| b == b'.').count();
            if dots == 3 && line.get(te) != Some(&b'.') {
                if let Some(o) = validate::ipv4(tok) {
                    // `10.0.0.0/8` is a network; `176.91.104.249/57168` an address and a port.
                    let prefix_len = line[(te + 1).min(line.len())..]
                        .iter()
                        .take_while(|b| b.is_ascii_digit())
                        .fold(0u32, |a, &b| {
                            a.saturating_mul(10).saturating_add(u32::from(b - b'0'))
                        });
                    let cidr = line.get(te) == Some(&b'/')
                        && line.get(te + 1).is_some_and(u8::is_ascii_digit)
                        && prefix_len <= 32;
                    if validate::ipv4_is_personal(o) && !cidr && !self.version_context(s) {
                        self.emit(s, te, Kind::IPV4, Rule::Shape("ipv4"));
                    }
                    return Some(te);
                }
            }
            // `04.94.35.71.78`: the French way of writing a phone number, pairs of digits.
            let pairs =
                tok[0] == b'0' && dots >= 3 && tok.split(|&b| b == b'.').all(|g| g.len() == 2);
            if dots >= 2 && !(dots == 2 && tok.len() == 12) && !pairs {
                // Versions, OIDs, dotted dates: nothing personal is written like that, except
                // the `415.555.0134` phone shape (12 bytes, two dots), tried below.
                return Some(e);
            }
        }
        if line.get(e) == Some(&b':') && all & HEX != 0 {
            if let Some(end) = self.hex_colon(s) {
                return Some(end);
            }
        }
        // Phones, cards and SSNs have at least 7 digits: a short number that does not go on
        // into another group (`+44 7151 …`) cannot start one.
        let digits = tok.iter().filter(|b| b.is_ascii_digit()).count();
        let continues = matches!(
            line.get(e),
            Some(b' ') | Some(b'-') | Some(b'.') | Some(b'/')
        ) && line
            .get(e + 1)
            .is_some_and(|&b| b.is_ascii_digit() || b == b'(');
        // A short number with a dot (`Mozilla/5.0 (…`) is a version, not a phone's first group;
        // nor is an access log's status (`HTTP/1.1" 200 88566`).
        let http_status = te - s == 3 && s >= 2 && line[s - 1] == b' ' && line[s - 2] == b'"';
        // `for customer 538970`: an id after its owner's noun, however short. (Not a short
        // `uid`: Android's app sandboxes run as `uid 10111`.)
        if digits >= 4 && self.prev_word(s) != Some(b"uid") {
            if let Some(end) = self.owner_id(s, te) {
                return Some(end);
            }
        }
        if digits < 7 && (!continues || tok.contains(&b'.') || http_status) {
            return None;
        }
        if let Some(end) = self.owner_id(s, te) {
            return Some(end);
        }
        // `order 4667382752615110`, `invoice #4111…`: the word before says it is a number.
        let numeric_ctx = self.numeric_value_at == s
            || (self.prev_word(s.saturating_sub(usize::from(s > 0 && line[s - 1] == b'#'))))
                .is_some_and(|w| {
                    let mut buf = [0u8; 16];
                    lower_into(w, &mut buf).is_some_and(|l| NUMBER_NOUNS.contains(l))
                });
        if let Some(end) = self.digit_seq(s, numeric_ctx) {
            return Some(end);
        }
        // Inside a value a key already masked (`"user_id":"60084160"`), a phone could only
        // rename what is masked anyway, and the metadata check is the dearest one here.
        if numeric_ctx || s < self.covered_until {
            return None;
        }
        self.phone_at(s)
    }

    /// A telephone number starting at `s` (a digit, `+`, `(` or `%2B`), valid by
    /// libphonenumber's metadata for its region and written the way that region writes it.
    pub(super) fn phone_at(&mut self, s: usize) -> Option<usize> {
        self.phone_with(s, phone::Hint::None)
    }

    /// [`Self::phone_at`] with what the caller knows of the number's place.
    fn phone_with(&mut self, s: usize, hint: phone::Hint) -> Option<usize> {
        let (end, phone) = phone::candidate_at(self.line, s, hint)?;
        // `[0701/114930:WARNING:…]` (Chromium's log prefix) is a date and a time.
        if self.line.get(end) == Some(&b':') {
            return None;
        }
        // `0730 1005`: two clock times (a flight's departure and arrival), not a number.
        if is_two_clock_times(&self.line[s..end]) {
            return None;
        }
        self.emit(s, end, Kind::PHONE, Rule::Shape(phone_rule(phone)));
        Some(end)
    }

    /// A telephone number announced by a word before it (`rappeler au 0675357143`,
    /// `richiamata al 376 3227674`, `pod numerem 873-158-175`, `Tel. 0162…`): after at most
    /// two short words and a colon or dot, validated by the metadata with the word as its
    /// evidence.
    pub(super) fn phone_after_word(&mut self, after: usize) -> Option<usize> {
        let line = self.line;
        let mut p = after;
        let mut words = 0;
        loop {
            match line.get(p) {
                Some(b'0'..=b'9' | b'+' | b'(') => break,
                Some(b':' | b'.' | b' ') => p += 1,
                Some(b) if b.is_ascii_lowercase() && words < 2 => {
                    let ws = p;
                    while line.get(p).is_some_and(u8::is_ascii_lowercase) {
                        p += 1;
                    }
                    if p - ws > 6 || line.get(p) != Some(&b' ') {
                        return None;
                    }
                    words += 1;
                }
                _ => return None,
            }
            if p - after > 24 {
                return None;
            }
        }
        // `+44 7151 594017` and `(878) 258-6870` say what they are by themselves: the number's
        // own reader takes them. The word is the evidence for a national number written the
        // way the text around it has it (`0675357143`, `376 3227674`).
        if p < self.covered_until || line[p] != b'0' && !line[p].is_ascii_digit() {
            return None;
        }
        self.phone_with(p, phone::Hint::PhoneKey)
    }

    /// Whether the number at `s` is a version (`version 1.2.3.4`, `Chrome/10.0.1.5`, `~~6.1.1.1`)
    /// or a network (`network 10.96.0.0`).
    pub(super) fn version_context(&self, s: usize) -> bool {
        let line = self.line;
        if s == 0 {
            return false;
        }
        match line[s - 1] {
            b'~' => return true,
            // `Chrome/10.0.1.5`, `curl/7.68.0`: a product and its version. `/geo/ip/203.0.113.39`
            // is a path whose segment is an address.
            b'/' if s >= 2 && line[s - 2].is_ascii_alphanumeric() => {
                let ws = line[..s - 1]
                    .iter()
                    .rposition(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.')))
                    .map_or(0, |i| i + 1);
                // Squid's `HIER_DIRECT/37.207.40.233`: a code in capitals and underscores
                // names how the address was reached, not a product.
                let word = &line[ws..s - 1];
                let code = word.contains(&b'_')
                    && word.iter().all(|b| b.is_ascii_uppercase() || *b == b'_');
                return !(code || ws > 0 && line[ws - 1] == b'/');
            }
            _ => {}
        }
        // The word just before, across one separator: `version 1.2.3.4`, `rv:1.9.1.20`.
        let mut q = s;
        // One separator or two (`version 1.2`, `ver=1.2`, `SerializationVersion: 1.1.0.1`).
        for _ in 0..2 {
            if q > 0 && matches!(line[q - 1], b' ' | b':' | b'=') {
                q -= 1;
            }
        }
        let we = q;
        while q > 0 && line[q - 1].is_ascii_alphabetic() {
            q -= 1;
        }
        let mut buf = [0u8; 32];
        match lower_into(&line[q..we], &mut buf) {
            // PowerShell's `SerializationVersion: 1.1.0.1`, `OsVersion=10.0.19045.1`.
            Some(l) if l.len() > 7 && l.ends_with(b"version") => true,
            // Versions, and networks rather than hosts (`on network 10.96.0.0`).
            Some(l) => matches!(
                l,
                b"version"
                    | b"ver"
                    | b"v"
                    | b"rv"
                    | b"build"
                    | b"release"
                    | b"firmware"
                    | b"kernel"
                    | b"os"
                    | b"android"
                    | b"agent"
                    | b"network"
                    | b"subnet"
                    | b"netmask"
                    | b"mask"
                    | b"route"
                    | b"cidr"
                    | b"prefix"
            ),
            None => false,
        }
    }

    /// Digit groups starting at `s` (`+44 20 7946 0018`, `(415) 555-0134`, `4111-1111-…`,
    /// `123-45-6789`): phone, card or SSN, validated. Tries the longest run of groups first.
    #[inline(never)]
    pub(super) fn digit_seq(&mut self, s: usize, numeric_ctx: bool) -> Option<usize> {
        let line = self.line;
        let n = line.len();
        let mut p = s;
        let plus = line[p] == b'+';
        if plus {
            p += 1;
        }
        // (start, end, end including a closing paren)
        let mut groups = [(0usize, 0usize, 0usize); 8];
        let mut seps = [0u8; 8];
        let mut ng = 0;
        let mut digits = 0;
        let mut paren_first = false;
        loop {
            let paren = line.get(p) == Some(&b'(');
            let gs = if paren { p + 1 } else { p };
            let mut q = gs;
            while q < n && line[q].is_ascii_digit() {
                q += 1;
            }
            if q == gs || q - gs > 19 {
                break;
            }
            let mut after = q;
            if paren {
                if line.get(q) != Some(&b')') {
                    break;
                }
                after = q + 1;
                if ng == 0 {
                    paren_first = true;
                }
            }
            groups[ng] = (gs, q, after);
            digits += q - gs;
            ng += 1;
            p = after;
            if ng == groups.len() || digits > 19 {
                break;
            }
            // `+44 (0)161 496 2512`: a group may follow a closing paren directly.
            if paren && line.get(p).is_some_and(u8::is_ascii_digit) {
                seps[ng - 1] = b' ';
                continue;
            }
            if let Some(&sep @ (b' ' | b'-' | b'.')) = line.get(p) {
                let nx = line.get(p + 1).copied();
                if nx.is_some_and(|b| b.is_ascii_digit()) || (sep == b' ' && nx == Some(b'(')) {
                    seps[ng - 1] = sep;
                    p += 1;
                    continue;
                }
            }
            break;
        }
        if ng == 0 {
            return None;
        }
        let mut buf = [0u8; 24];
        for k in (1..=ng).rev() {
            let end = groups[k - 1].2;
            // The run must end at a boundary: not glued to letters, nor cut out of a longer
            // dashed or dotted number.
            match line.get(end) {
                Some(&b) if is_word(b) && !crate::bytes::is_wide_lead(b) => continue,
                Some(b'-') | Some(b'.') | Some(b'/') | Some(b':')
                    if line.get(end + 1).is_some_and(u8::is_ascii_digit) =>
                {
                    continue
                }
                _ => {}
            }
            let mut nd = 0;
            let mut sizes = [0usize; 8];
            for (g, size) in groups[..k].iter().zip(sizes.iter_mut()) {
                *size = g.1 - g.0;
                for &b in &line[g.0..g.1] {
                    if nd < buf.len() {
                        buf[nd] = b;
                    }
                    nd += 1;
                }
            }
            if nd > buf.len() {
                continue;
            }
            let d = &buf[..nd];
            let sizes = &sizes[..k];
            let seps = &seps[..k - 1];
            let start = if paren_first && !plus {
                groups[0].0 - 1
            } else {
                s
            };
            if let Some((kind, rule)) =
                classify_digits(d, sizes, seps, plus, paren_first, numeric_ctx)
            {
                self.emit(start, end, kind, Rule::Shape(rule));
                return Some(end);
            }
        }
        None
    }

    /// A run of hex digits and colons at `s`: a MAC address or an IPv6 address.
    #[inline(never)]
    pub(super) fn hex_colon(&mut self, s: usize) -> Option<usize> {
        let line = self.line;
        let n = line.len();
        let mut p = s;
        let mut colons = 0;
        while p < n && (line[p].is_ascii_hexdigit() || line[p] == b':' || line[p] == b'.') {
            colons += usize::from(line[p] == b':');
            p += 1;
        }
        if colons < 2 {
            return None;
        }
        while p > s && line[p - 1] == b'.' {
            p -= 1;
        }
        if line.get(p).is_some_and(|&b| is_word(b)) {
            return None;
        }
        if p - s == 17 && is_mac(&line[s..p], b':') {
            self.emit(s, p, Kind::MAC_ADDRESS, Rule::Shape("mac address"));
            return Some(p);
        }
        // iptables `MAC=dst:src:type`: two MAC addresses and an ethertype, 14 byte pairs.
        if p - s == 41
            && line[s..p].chunks(3).all(|c| {
                c[0].is_ascii_hexdigit()
                    && c[1].is_ascii_hexdigit()
                    && (c.len() == 2 || c[2] == b':')
            })
        {
            self.emit(s, s + 35, Kind::MAC_ADDRESS, Rule::Shape("mac address"));
            return Some(p);
        }
        // `10:30:45`, `04:30:42.117`: the time of a log line, the most common colon run.
        if is_clock_time(&line[s..p]) {
            return Some(p);
        }
        let mut end = p;
        for _ in 0..3 {
            let cand = &line[s..end];
            if let Some(addr) = validate::ipv6(cand) {
                let groups = cand.split(|&b| b == b':').filter(|g| !g.is_empty()).count();
                let has_digit = cand.iter().any(u8::is_ascii_digit);
                let compressed = memchr::memmem::find(cand, b"::").is_some();
                // Eight groups of two hex digits are hardware ids (EUI, WWN), not addresses.
                let byte_pairs = !compressed && cand.len() == 23;
                if has_digit && !byte_pairs && (groups >= 3 || compressed) {
                    if validate::ipv6_is_personal(&addr) {
                        self.emit(s, end, Kind::IPV6, Rule::Shape("ipv6"));
                    }
                    return Some(end);
                }
                return Some(p);
            }
            // Drop a trailing `:port` and try again.
            match memchr::memrchr(b':', cand) {
                Some(c) if c > 0 => end = s + c,
                _ => break,
            }
            if end > s && line[end - 1] == b':' && !(end >= s + 2 && line[end - 2] == b':') {
                end -= 1;
            }
        }
        // Times, hardware ids, C++ paths: nothing here, and nothing to look for inside either.
        Some(p)
    }

    #[inline(never)]
    pub(super) fn mac_dashed(&mut self, s: usize, e: usize) -> Option<usize> {
        if is_mac(&self.line[s..e], b'-') {
            self.emit(s, e, Kind::MAC_ADDRESS, Rule::Shape("mac address"));
            return Some(e);
        }
        None
    }
}

/// Cisco's way of writing a MAC address: `94db.dcf0.e55d`.
fn is_dotted_mac(t: &[u8]) -> bool {
    t.len() == 14
        && t.iter().enumerate().all(|(i, &b)| match i {
            4 | 9 => b == b'.',
            _ => b.is_ascii_hexdigit(),
        })
        && t.iter().any(u8::is_ascii_digit)
}

impl Scanner<'_> {
    /// `account 4270043649`, `customer #88123`, `account usr_b9i3dk37a`: an id whose owner the
    /// word before names.
    pub(super) fn owner_id(&mut self, s: usize, te: usize) -> Option<usize> {
        let line = self.line;
        let prev = self.prev_word(s.saturating_sub(usize::from(s > 0 && line[s - 1] == b'#')))?;
        if !matches!(
            prev.first().map(u8::to_ascii_lowercase),
            Some(b'a' | b'c' | b'm' | b'u' | b'p' | b's')
        ) {
            return None;
        }
        let tok = &line[s..te];
        let id_shaped = tok
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_'));
        // `customer c1_0` is a table alias in generated SQL.
        let alias = tok.len() < 6 && tok.contains(&b'_');
        if !id_shaped || tok.len() < 4 || alias || !tok.iter().any(u8::is_ascii_digit) {
            return None;
        }
        let mut buf = [0u8; 16];
        let owner = lower_into(prev, &mut buf).is_some_and(|l| {
            matches!(
                l,
                b"account"
                    | b"customer"
                    | b"member"
                    | b"user"
                    | b"uid"
                    | b"patient"
                    | b"subscriber"
            )
        });
        if !owner {
            return None;
        }
        self.emit(s, te, Kind::USER_ID, Rule::Context("account number"));
        Some(te)
    }

    pub(super) fn dotted_mac(&mut self, s: usize, e: usize) -> Option<usize> {
        if !is_dotted_mac(&self.line[s..e]) {
            return None;
        }
        self.emit(s, e, Kind::MAC_ADDRESS, Rule::Shape("mac address"));
        Some(e)
    }

    /// Magnetic stripe data: track 1 `%B4111…^MILLER/TANYA^2512101…?` and track 2
    /// `;4111…=2512101…?`. The card number, the holder's name and the discretionary data
    /// (which may hold the card's verification value) are all masked.
    pub(super) fn card_track(&mut self, s: usize) -> Option<usize> {
        let line = self.line;
        let track1 =
            line.get(s) == Some(&b'%') && matches!(line.get(s + 1), Some(b'B') | Some(b'b'));
        let ps = if track1 { s + 2 } else { s + 1 };
        let pan_len = line[ps.min(line.len())..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        let pe = ps + pan_len;
        if !(13..=19).contains(&pan_len) || !validate::luhn(&line[ps..pe]) {
            return None;
        }
        let sep = if track1 { b'^' } else { b'=' };
        if line.get(pe) != Some(&sep) {
            return None;
        }
        self.emit(ps, pe, Kind::CREDIT_CARD, Rule::Shape("card track data"));
        let mut p = pe + 1;
        if track1 {
            let ne = p + memchr::memchr(b'^', &line[p..]).unwrap_or(0);
            // Track 1 pads the name with spaces to its field's width.
            let mut te = ne;
            while te > p && line[te - 1] == b' ' {
                te -= 1;
            }
            if te > p {
                self.emit(p, te, Kind::PERSON, Rule::Shape("card track data"));
            }
            p = ne + 1;
        }
        // Expiry (YYMM) and service code stay; what follows is the issuer's discretionary data.
        let de = memchr::memchr(b'?', &line[p.min(line.len())..]).map_or(line.len(), |i| p + i);
        let ds = (p + 7).min(de);
        if de > ds {
            self.emit(ds, de, Kind::CREDIT_CARD, Rule::Shape("card track data"));
        }
        Some(de)
    }
}

/// `yyyy-mm-dd`, alone or starting a timestamp.
pub(super) fn is_iso_date(tok: &[u8]) -> bool {
    tok.len() >= 10
        && tok[4] == b'-'
        && tok[7] == b'-'
        && tok[..4].iter().all(u8::is_ascii_digit)
        && tok[5..7].iter().all(u8::is_ascii_digit)
        && tok[8..10].iter().all(u8::is_ascii_digit)
}

/// `hh:mm` or `hh:mm:ss`, two digits each, the seconds perhaps with a fraction.
fn is_clock_time(t: &[u8]) -> bool {
    let (clock, fraction) = match memchr::memchr(b'.', t) {
        Some(d) => (&t[..d], &t[d + 1..]),
        None => (t, &b""[..]),
    };
    let groups = clock.split(|&b| b == b':');
    (clock.len() == 5 || clock.len() == 8)
        && groups
            .into_iter()
            .all(|g| g.len() == 2 && g.iter().all(u8::is_ascii_digit))
        && fraction.iter().all(u8::is_ascii_digit)
}

/// `HHMM HHMM`, both valid times of day.
fn is_two_clock_times(v: &[u8]) -> bool {
    let time = |t: &[u8]| {
        t.len() == 4
            && t.iter().all(u8::is_ascii_digit)
            && (t[0] - b'0') * 10 + (t[1] - b'0') < 24
            && t[2] < b'6'
    };
    v.len() == 9 && v[4] == b' ' && time(&v[..4]) && time(&v[5..])
}
