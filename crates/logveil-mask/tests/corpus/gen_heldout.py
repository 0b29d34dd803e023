#!/usr/bin/env python3
"""Deterministic generator of logveil's held-out PII corpus (heldout.jsonl).

Every value is synthetic (random.Random(SEED), stdlib only, no network). The log formats and
phrasings are deliberately different from the development corpus (shared/pii/dev-corpus.jsonl):
Apache combined / vhost logs, nginx error logs, sshd / PAM / sudo / journald, nested and
escaped JSON, logfmt with quoted values, YAML-ish `key: value`, HTTP header dumps, query
strings, URLs with credentials, Java / Python exceptions, CSV, free-text tickets and mails,
KYC / HR records, DHCP leases, neighbour tables, CI environment dumps, and decoy lines full of
ids, hashes, versions and numbers that are not PII.

Output: one JSON object a line, {"line": ..., "spans": [{"start", "end", "kind"}], "tpl": ...},
offsets in code points of "line". A span covers exactly the value (no key, quotes or
punctuation); lines without spans are decoys.

Usage: python3 gen_heldout.py [OUTPUT]   (default: heldout.jsonl next to this script)
"""

import base64
import collections
import ipaddress
import json
import os
import re
import sys
import unicodedata
import random

SEED = 20261123

KINDS = (
    "email", "phone", "credit_card", "iban", "ipv4", "ipv6", "mac_address", "us_ssn",
    "national_id", "date_of_birth", "person", "username", "user_id", "password", "secret",
    "jwt", "address", "url_credentials",
)

# ---------------------------------------------------------------------------------------------
# Template filling: "text {{name:kind}} text {{plain}}". A value given as a (text, kind) tuple
# carries its own kind (kind None = not labeled). Offsets are correct by construction.
# ---------------------------------------------------------------------------------------------

_PH = re.compile(r"\{\{(\w+)(?::(\w+))?\}\}")


def fill(tpl, **vals):
    out, spans, n, pos = [], [], 0, 0
    for m in _PH.finditer(tpl):
        lit = tpl[pos:m.start()]
        out.append(lit)
        n += len(lit)
        v = vals[m.group(1)]
        kind = m.group(2)
        if isinstance(v, tuple):
            v, kind = v
        v = str(v)
        if kind:
            assert kind in KINDS, kind
            spans.append({"start": n, "end": n + len(v), "kind": kind})
        out.append(v)
        n += len(v)
        pos = m.end()
    out.append(tpl[pos:])
    return "".join(out), spans


# ---------------------------------------------------------------------------------------------
# Basic helpers
# ---------------------------------------------------------------------------------------------

HEX = "0123456789abcdef"
DIG = "0123456789"
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LO = "abcdefghijklmnopqrstuvwxyz"
ALNUM = UP + LO + DIG
B64U = ALNUM + "-_"


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def hexs(r, n):
    return rs(r, HEX, n)


def uuid4(r):
    h = hexs(r, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], r.choice("89ab"), h[17:20], h[20:])


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]


def _when(r):
    # a moment in Oct/Nov 2026
    mo = r.choice([10, 11])
    d = r.randint(1, 30 if mo == 11 else 31)
    return 2026, mo, d, r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999)


def ts_iso(r):
    y, mo, d, h, mi, s, ms = _when(r)
    return "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (y, mo, d, h, mi, s, ms)


def ts_iso_off(r):
    y, mo, d, h, mi, s, ms = _when(r)
    return "%04d-%02d-%02dT%02d:%02d:%02d%s" % (y, mo, d, h, mi, s, r.choice(["+00:00", "+01:00", "+02:00", "-05:00"]))


def ts_syslog(r):
    y, mo, d, h, mi, s, ms = _when(r)
    return "%s %2d %02d:%02d:%02d" % (MON3[mo - 1], d, h, mi, s)


def ts_apache(r):
    y, mo, d, h, mi, s, ms = _when(r)
    return "%02d/%s/%04d:%02d:%02d:%02d %s" % (d, MON3[mo - 1], y, h, mi, s, r.choice(["+0000", "-0700", "+0100", "+0200"]))


def ts_py(r):
    y, mo, d, h, mi, s, ms = _when(r)
    return "%04d-%02d-%02d %02d:%02d:%02d,%03d" % (y, mo, d, h, mi, s, ms)


def ts_spring(r):
    y, mo, d, h, mi, s, ms = _when(r)
    return "%04d-%02d-%02d %02d:%02d:%02d.%03d" % (y, mo, d, h, mi, s, ms)


def ts_ngx(r):
    y, mo, d, h, mi, s, ms = _when(r)
    return "%04d/%02d/%02d %02d:%02d:%02d" % (y, mo, d, h, mi, s)


def epoch_s(r):
    return r.randint(1790000000, 1795000000)


# ---------------------------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------------------------

FIRST = ["Maria", "Priya", "Ahmed", "Jane", "Zoë", "José", "Łukasz", "Anne-Marie", "Seán",
         "Mei", "Oluwaseun", "Björn", "Søren", "François", "Chloé", "Dmitri", "Aisha", "Hiroshi",
         "Camila", "Thomas", "Emily", "Kwame", "Ingrid", "Mateo", "Fatima", "Siobhán", "Linh",
         "Rafael", "Agnieszka", "Giulia", "Youssef", "Noah", "Olivia", "Wei", "Ana", "Lars",
         "Leila", "Jürgen", "Ciarán", "Maël", "Ayşe", "Tomás", "Marie-Claire", "Hans-Peter",
         "Grace", "Daniel", "Sofía", "Ravi", "Nadia", "Kenji", "Ewa", "Pedro", "Hannah", "Omar"]
LAST = ["Gonzalez", "Patel", "Khan", "O'Neil", "Müller", "Álvarez", "Kowalski", "van der Berg",
        "Nakamura", "Okafor", "Andersson", "Dubois", "Rossi", "Ivanov", "Haddad", "Smith",
        "Johnson", "García", "Nguyen", "Schmidt", "Fernández", "Papadopoulos", "O'Brien",
        "MacDonald", "de la Cruz", "Mensah", "Lindqvist", "Yılmaz", "Novák", "Brennan", "Silva",
        "da Silva", "Wiśniewski", "Chen", "Kim", "Abara-Lewis", "Fitzgerald-Hart", "von Bülow",
        "Østergaard", "Lefèvre", "Bianchi", "Sørensen", "Mbeki", "Reyes", "Šimková", "Weiß",
        "D'Angelo", "ter Horst", "Al-Farsi", "Takahashi", "Murphy", "Jansen", "Costa"]
TITLES = ["Dr.", "Dr", "Prof.", "Mrs.", "Ms.", "Mr.", "Mx."]

_FOLD = {"Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "ß": "ss", "æ": "ae", "Æ": "AE", "ı": "i",
         "đ": "d", "Đ": "D"}


def fold(s):
    s = "".join(_FOLD.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return s


def slug(s):
    return re.sub(r"[^a-z0-9-]", "", fold(s).lower())


def first(r):
    return r.choice(FIRST)


def last(r):
    return r.choice(LAST)


def person(r, title=0.0):
    n = "%s %s" % (first(r), last(r))
    if r.random() < 0.12:
        n = "%s %s. %s" % (first(r), r.choice(UP), last(r))
    if r.random() < title:
        n = "%s %s" % (r.choice(TITLES), n)
    return n


USER_CLASSIC = ["alice", "bob", "carol", "dave", "erin", "mallory", "trent", "deploy",
                "jenkins", "svc-backup", "ops_admin", "oracle", "postgres", "ubuntu", "admin",
                "test", "git", "ftpuser", "pi", "support"]


def username(r):
    f, l = slug(first(r)).replace("-", ""), slug(last(r)).replace("-", "")
    forms = [f, "%s.%s" % (f, l), "%s%s" % (f[0], l), "%s_%s" % (f, l), "%s%d" % (f, r.randint(1, 99)),
             "%s.%s%d" % (f[0], l, r.randint(1, 9)), r.choice(USER_CLASSIC), r.choice(USER_CLASSIC)]
    return r.choice(forms)


EMAIL_DOMAINS = ["example.com", "example.org", "example.net", "mail.example.co.uk",
                 "corp.example.de", "students.example.edu", "example.fr", "post.example.nl",
                 "correo.example.es", "gmail.com", "outlook.com", "yahoo.co.uk", "web.de",
                 "orange.fr", "gmx.net", "icloud.com", "proton.me", "eu.acme-example.io",
                 "hr.globex-example.com", "alumni.uni-example.ac.uk", "libero.it", "fastmail.fm"]
TAGS = ["billing", "news", "shop", "2026", "work", "alerts", "promo"]


def email(r, f=None, l=None):
    f = slug(f or first(r)) or "x"
    l = slug(l or last(r)).replace("-", "") or "y"
    tag = r.choice(TAGS)
    forms = ["%s.%s" % (f, l), "%s%s" % (f, l), "%s%s%d" % (f[0], l, r.randint(1, 99)),
             "%s+%s" % (f, tag), "%s.%s+%s" % (f, l, tag), "%s.%s" % (l, f[0]), "%s_%s" % (f, l),
             "%s.%s.%s" % (f, r.choice(LO), l), "%s-%s" % (l, f)]
    loc = r.choice(forms)
    if r.random() < 0.08:
        loc = loc.capitalize()
    return "%s@%s" % (loc, r.choice(EMAIL_DOMAINS))


def email_enc(r):
    return email(r).replace("+", "%2B").replace("@", "%40")


def user_id(r, shape=None):
    shape = shape or r.choice(["num", "usr", "cus", "uuid", "acct", "num"])
    if shape == "num":
        return str(r.randint(10000, 9999999999))
    if shape == "usr":
        return "usr_" + rs(r, LO + DIG, r.randint(5, 9))
    if shape == "cus":
        return "cus_" + rs(r, ALNUM, 14)
    if shape == "acct":
        return "acct_" + rs(r, ALNUM, 16)
    return uuid4(r)


# ---------------------------------------------------------------------------------------------
# Contact data
# ---------------------------------------------------------------------------------------------

def d(r, n):
    return rs(r, DIG, n)


def nzd(r, n):
    return r.choice("123456789") + d(r, n - 1)


def phone(r, style=None, url_safe=False):
    a = "%d%s" % (r.randint(2, 9), d(r, 2))
    e = "%d%s" % (r.randint(2, 9), d(r, 2))
    s = d(r, 4)
    styles = {
        "us_intl_paren": "+1 (%s) %s-%s" % (a, e, s),
        "us_paren": "(%s) %s-%s" % (a, e, s),
        "us_dash": "%s-%s-%s" % (a, e, s),
        "us_dot": "%s.%s.%s" % (a, e, s),
        "us_intl_dash": "+1-%s-%s-%s" % (a, e, s),
        "us_555": "+1 (%s) 555-01%s" % (a, d(r, 2)),
        "uk_london": "+44 20 7946 %s" % d(r, 4),
        "uk_mobile_intl": "+44 7700 900%s" % d(r, 3),
        "uk_mobile_nat": "07700 900%s" % d(r, 3),
        "uk_nat_london": "020 7946 %s" % d(r, 4),
        "uk_paren0": "+44 (0)161 496 %s" % d(r, 4),
        "de_berlin": "+49 30 %s" % nzd(r, 8),
        "de_mobile": "+49 151 %s" % nzd(r, 8),
        "de_nat": "030 %s" % nzd(r, 7),
        "fr_mobile_intl": "+33 6 %s %s %s %s" % (d(r, 2), d(r, 2), d(r, 2), d(r, 2)),
        "fr_mobile_nat": "06 %s %s %s %s" % (d(r, 2), d(r, 2), d(r, 2), d(r, 2)),
        "fr_paris": "+33 1 %s %s %s %s" % (d(r, 2), d(r, 2), d(r, 2), d(r, 2)),
        "nl": "+31 20 %s %s" % (nzd(r, 3), d(r, 4)),
        "es": "+34 6%s %s %s %s" % (d(r, 2), d(r, 2), d(r, 2), d(r, 2)),
        "it": "+39 06 %s %s" % (nzd(r, 4), d(r, 4)),
        "in": "+91 9%s %s" % (d(r, 4), d(r, 5)),
        "au": "+61 2 %s %s" % (nzd(r, 4), d(r, 4)),
    }
    if url_safe:
        style = style or r.choice(["us_dash", "us_dot", "uk_mobile_compact", "fr_compact", "us_dash"])
        if style == "uk_mobile_compact":
            return "07700900" + d(r, 3)
        if style == "fr_compact":
            return "06" + d(r, 8)
        return styles[style]
    return styles[style or r.choice(sorted(styles))]


def ipv4(r):
    if r.random() < 0.25:
        return "%s.%d" % (r.choice(["203.0.113", "198.51.100", "192.0.2"]), r.randint(1, 254))
    while True:
        a = r.randint(1, 223)
        if a in (10, 100, 127, 169, 172, 192):
            continue
        return "%d.%d.%d.%d" % (a, r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))


def _g(r):
    return "%x" % r.randint(1, 0xFFFF)


def ipv6(r, style=None):
    style = style or r.choice(["full", "doc", "doc", "global", "global", "link", "noabbrev"])
    if style == "full":
        return "2001:0db8:" + ":".join("%04x" % r.randint(0, 0xFFFF) for _ in range(6))
    if style == "doc":
        k = r.randint(0, 2)
        mid = "".join(":" + _g(r) for _ in range(k))
        return "2001:db8%s::%s" % (mid, ":".join(_g(r) for _ in range(r.randint(1, 4 - k))))
    if style == "global":
        pre = r.choice(["2a02", "2a01", "2600", "2605", "2406", "2a00", "2804", "2c0f"])
        k = r.randint(1, 3)
        return "%s:%s::%s" % (pre, ":".join(_g(r) for _ in range(k)),
                              ":".join(_g(r) for _ in range(r.randint(1, 5 - k))))
    if style == "link":
        m = rbytes(r, 6)
        return "fe80::%x:%xff:fe%02x:%x" % (((m[0] ^ 2) << 8) | m[1], m[2], m[3], (m[4] << 8) | m[5])
    return ":".join([r.choice(["2a02", "2001", "2620", "2a03"])] + [_g(r) for _ in range(7)])


def ip_any(r, p6=0.3):
    return (ipv6(r), "ipv6") if r.random() < p6 else (ipv4(r), "ipv4")


def mac(r, style=None):
    b = bytearray(rbytes(r, 6))
    b[0] &= 0xFE  # unicast, like a real interface
    style = style or r.choice(["colon", "colon", "COLON", "DASH", "dash"])
    if style == "colon":
        return ":".join("%02x" % x for x in b)
    if style == "COLON":
        return ":".join("%02X" % x for x in b)
    if style == "DASH":
        return "-".join("%02X" % x for x in b)
    return "-".join("%02x" % x for x in b)


# ---------------------------------------------------------------------------------------------
# Financial and government ids
# ---------------------------------------------------------------------------------------------

def luhn_ok(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def luhn_complete(body):
    for c in DIG:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card_digits(r, brand=None):
    brand = brand or r.choice(["visa", "visa", "mc", "mc2", "amex", "discover"])
    if brand == "visa":
        pre, n = "4", 16
    elif brand == "mc":
        pre, n = str(r.randint(51, 55)), 16
    elif brand == "mc2":
        pre, n = str(r.randint(2221, 2720)), 16
    elif brand == "amex":
        pre, n = r.choice(["34", "37"]), 15
    else:
        pre, n = "6011", 16
    return luhn_complete(pre + d(r, n - len(pre) - 1))


def card(r, brand=None, style=None):
    num = card_digits(r, brand)
    style = style or r.choice(["plain", "space", "dash"])
    if style == "plain":
        return num
    sep = " " if style == "space" else "-"
    if len(num) == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


def card_valid(s):
    num = re.sub(r"[ -]", "", s)
    if not num.isdigit() or not luhn_ok(num):
        return False
    n = len(num)
    if num[0] == "4":
        return n == 16
    if 51 <= int(num[:2]) <= 55 or 2221 <= int(num[:4]) <= 2720:
        return n == 16
    if num[:2] in ("34", "37"):
        return n == 15
    if num.startswith("6011"):
        return n == 16
    return False


IBAN_LEN = {"GB": 22, "DE": 22, "FR": 27, "NL": 18, "ES": 24, "IT": 27}


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban(r, country=None, grouped=None):
    cc = country or r.choice(sorted(IBAN_LEN))
    if cc == "GB":
        bban = r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + d(r, 14)
    elif cc == "DE":
        bban = d(r, 18)
    elif cc == "FR":
        bban = d(r, 23)
    elif cc == "NL":
        bban = r.choice(["ABNA", "INGB", "RABO", "TRIO"]) + d(r, 10)
    elif cc == "ES":
        bban = d(r, 20)
    else:
        bban = r.choice(UP) + d(r, 22)
    check = 98 - _iban_num(bban + cc + "00") % 97
    s = "%s%02d%s" % (cc, check, bban)
    assert len(s) == IBAN_LEN[cc]
    if grouped is None:
        grouped = r.random() < 0.5
    if grouped:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def iban_valid(s):
    c = s.replace(" ", "")
    return (c[:2] in IBAN_LEN and len(c) == IBAN_LEN[c[:2]]
            and _iban_num(c[4:] + c[:4]) % 97 == 1)


def ssn(r):
    while True:
        area = r.randint(1, 899)
        if area != 666:
            break
    return "%03d-%02d-%04d" % (area, r.randint(1, 99), r.randint(1, 9999))


def ssn_valid(s):
    m = re.fullmatch(r"(\d{3})-(\d{2})-(\d{4})", s)
    if not m:
        return False
    a, g, sr = (int(x) for x in m.groups())
    return a not in (0, 666) and a < 900 and g != 0 and sr != 0


_NINO_1 = [c for c in UP if c not in "DFIQUV"]
_NINO_2 = [c for c in UP if c not in "DFIOQUV"]
_NINO_BAD = ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")


def nino(r, spaced=None):
    while True:
        p = r.choice(_NINO_1) + r.choice(_NINO_2)
        if p not in _NINO_BAD:
            break
    digits = d(r, 6)
    suf = r.choice("ABCD")
    if spaced is None:
        spaced = r.random() < 0.6
    if spaced:
        return "%s %s %s %s %s" % (p, digits[:2], digits[2:4], digits[4:], suf)
    return p + digits + suf


def passport(r):
    kind = r.choice(["uk", "us", "us_new", "de", "fr"])
    if kind == "uk":
        return nzd(r, 9)
    if kind == "us":
        return nzd(r, 9)
    if kind == "us_new":
        return r.choice(UP) + d(r, 8)
    if kind == "de":
        return r.choice("CFGHJK") + rs(r, "CFGHJKLMNPRTVWXYZ0123456789", 8)
    return d(r, 2) + rs(r, UP, 2) + d(r, 5)


def dob(r, style=None):
    y, m, dd = r.randint(1941, 2006), r.randint(1, 12), r.randint(1, 28)
    style = style or r.choice(["iso", "dmy", "mdy", "long", "us_long", "de", "short", "dmon"])
    return {
        "iso": "%04d-%02d-%02d" % (y, m, dd),
        "dmy": "%02d/%02d/%04d" % (dd, m, y),
        "mdy": "%02d/%02d/%04d" % (m, dd, y),
        "long": "%d %s %d" % (dd, MONTHS[m - 1], y),
        "us_long": "%s %d, %d" % (MONTHS[m - 1], dd, y),
        "de": "%02d.%02d.%04d" % (dd, m, y),
        "short": "%s %d, %d" % (MON3[m - 1], dd, y),
        "dmon": "%02d-%s-%d" % (dd, MON3[m - 1], y),
    }[style]


# ---------------------------------------------------------------------------------------------
# Addresses
# ---------------------------------------------------------------------------------------------

US_STREETS = ["Evergreen", "Maple", "Oak", "Cedar Ridge", "Lakeview", "Sunset", "Willow Creek",
              "Pine Hollow", "Market", "Mission", "Elm", "Chestnut", "Highland", "Magnolia"]
US_SUFFIX = ["Street", "St", "Avenue", "Ave", "Road", "Rd", "Terrace", "Boulevard", "Blvd",
             "Lane", "Drive", "Court", "Way", "Place"]
US_CITIES = [("Springfield", "IL"), ("Portland", "OR"), ("Austin", "TX"), ("Columbus", "OH"),
             ("Madison", "WI"), ("Boulder", "CO"), ("Raleigh", "NC"), ("Tacoma", "WA"),
             ("Savannah", "GA"), ("Burlington", "VT"), ("Fresno", "CA"), ("Tucson", "AZ")]
UK_STREETS = ["Kingsway", "Victoria Road", "Church Lane", "Mill Close", "Park Gardens",
              "Station Road", "Queen's Walk", "Albert Street", "Orchard Way", "High Street"]
UK_CITIES = [("London", ["SW1A", "N1", "E14", "SE10", "W2"]), ("Manchester", ["M1", "M20"]),
             ("Edinburgh", ["EH1", "EH9"]), ("Birmingham", ["B15", "B1"]), ("Leeds", ["LS6"]),
             ("Bristol", ["BS8"]), ("Cardiff", ["CF10"])]
DE_STREETS = ["Hauptstraße", "Schillerstraße", "Goethestraße", "Bahnhofstraße", "Lindenweg",
              "Am Markt", "Gartenstraße", "Müllerstraße", "Kastanienallee", "Friedrichstraße"]
DE_CITIES = [("10115", "Berlin"), ("80331", "München"), ("50667", "Köln"), ("20095", "Hamburg"),
             ("04109", "Leipzig"), ("60311", "Frankfurt am Main"), ("70173", "Stuttgart")]
FR_STREETS = ["rue de la Paix", "rue Victor Hugo", "rue des Lilas", "avenue Jean Jaurès",
              "boulevard Voltaire", "rue du Faubourg Saint-Antoine", "place Bellecour",
              "rue de l'Église", "allée des Tilleuls"]
FR_CITIES = [("75002", "Paris"), ("69002", "Lyon"), ("13001", "Marseille"), ("31000", "Toulouse"),
             ("33000", "Bordeaux"), ("44000", "Nantes")]


def address(r, country=None):
    c = country or r.choice(["us", "us", "uk", "de", "fr", "nl", "es", "it"])
    if c == "us":
        city, st = r.choice(US_CITIES)
        unit = r.choice(["", "", "", ", Apt %d%s" % (r.randint(1, 20), r.choice("ABCD")), ", Suite %d" % r.randint(100, 990)])
        return "%d %s %s%s%s, %s, %s %s" % (r.randint(1, 9999), r.choice(US_STREETS), r.choice(US_SUFFIX),
                                           r.choice(["", "", " NW", " SE"]), unit, city, st, d(r, 5))
    if c == "uk":
        city, areas = r.choice(UK_CITIES)
        pc = "%s %d%s" % (r.choice(areas), r.randint(1, 9), rs(r, "ABDEFGHJLNPQRSTUWXYZ", 2))
        flat = r.choice(["", "", "Flat %d, " % r.randint(1, 30)])
        return "%s%d %s, %s %s" % (flat, r.randint(1, 250), r.choice(UK_STREETS), city, pc)
    if c == "de":
        plz, city = r.choice(DE_CITIES)
        return "%s %d%s, %s %s" % (r.choice(DE_STREETS), r.randint(1, 120), r.choice(["", "", "a", "b"]), plz, city)
    if c == "fr":
        cp, city = r.choice(FR_CITIES)
        return "%d%s %s, %s %s" % (r.randint(1, 140), r.choice(["", "", " bis"]), r.choice(FR_STREETS), cp, city)
    if c == "nl":
        return "%s %d, %s %s %s" % (r.choice(["Keizersgracht", "Prinsengracht", "Oudegracht", "Damrak"]),
                                    r.randint(1, 600), nzd(r, 4), rs(r, "ABCDEGHJKLMNPRSTVWXZ", 2),
                                    r.choice(["Amsterdam", "Utrecht", "Rotterdam"]))
    if c == "es":
        return "%s %d, %s %s" % (r.choice(["Calle de Alcalá", "Calle Mayor", "Avinguda Diagonal", "Paseo de Gracia"]),
                                 r.randint(1, 400), r.choice(["28014", "08008", "41001", "46002"]),
                                 r.choice(["Madrid", "Barcelona", "Sevilla", "Valencia"]))
    return "%s %d, %s %s" % (r.choice(["Via Roma", "Corso Italia", "Via Garibaldi", "Piazza Navona"]),
                             r.randint(1, 200), r.choice(["00184", "20121", "50123", "10121"]),
                             r.choice(["Roma", "Milano", "Firenze", "Torino"]))


def street_only(r):
    return "%d %s %s" % (r.randint(1, 9999), r.choice(US_STREETS), r.choice(US_SUFFIX))


# ---------------------------------------------------------------------------------------------
# Credentials and tokens
# ---------------------------------------------------------------------------------------------

PW_WORDS = ["Summer", "Falcon", "Orange", "Winter", "Tiger", "Maple", "Coffee", "Rocket",
            "Harbor", "Violet", "Monkey", "Dragon", "Sunshine", "Pirate", "Zebra", "Nimbus"]
SAFE_SYM = "!$*-_.~"            # fine in URLs (userinfo), form bodies, logfmt, JSON
MORE_SYM = "!#$%^&*()-_=+.,;:@?~[]{}|<>/"


def password(r, ctx="any"):
    sym = SAFE_SYM if ctx in ("url", "form") else MORE_SYM
    if ctx in ("csv",):
        sym = SAFE_SYM + "#%^&@?"
    if ctx in ("logfmt", "yaml"):
        sym = SAFE_SYM + "#%^&@?+"
    form = r.randint(0, 4)
    if form == 0:
        pw = r.choice(PW_WORDS) + d(r, r.randint(2, 4)) + r.choice(sym)
    elif form == 1:
        w = r.choice(PW_WORDS).lower()
        pw = w.translate(str.maketrans("aeio", "4310")).capitalize() + r.choice(sym) + d(r, 1)
    elif form == 2:
        pw = rs(r, ALNUM + sym, r.randint(12, 20))
    elif form == 3:
        pw = "-".join(r.choice(PW_WORDS).lower() for _ in range(r.randint(3, 4)))
    else:
        pw = "%s%s%s%s" % (r.choice(UP), rs(r, LO, 5), r.choice(sym), d(r, 3))
    pw = pw.strip()
    if ctx == "yaml" and pw[0] in "!&*#%@?-[{|>":
        pw = "x" + pw
    return pw


def secret(r, which=None):
    which = which or r.choice(["aws", "ghp", "glpat", "slack", "stripe", "google"])
    if which == "aws":
        return "AKIA" + rs(r, UP + "234567", 16)
    if which == "ghp":
        return "ghp_" + rs(r, ALNUM, 36)
    if which == "glpat":
        body = rs(r, ALNUM, 20)
        if r.random() < 0.3:
            i = r.randint(2, 17)
            body = body[:i] + r.choice("-_") + body[i + 1:]
        return "glpat-" + body
    if which == "slack":
        return "xoxb-%d-%d-%s" % (r.randint(10 ** 9, 10 ** 12), r.randint(10 ** 11, 10 ** 13), rs(r, ALNUM, 24))
    if which == "stripe":
        return "sk_live_" + rs(r, ALNUM, 24)
    return "AIza" + rs(r, ALNUM, 34) + r.choice(ALNUM)


def opaque(r, n=None):
    return rs(r, ALNUM, n or r.randint(32, 48))


JWT_ISS = ["https://auth.example.com/", "https://login.example-idp.net/oauth2/v2.0",
           "https://accounts.acme-example.io", "https://sso.example.org/realms/prod"]


def jwt(r):
    alg = r.choice(["HS256", "RS256", "ES256", "RS256"])
    hdr = {"alg": alg, "typ": "JWT"}
    if alg != "HS256" and r.random() < 0.6:
        hdr = {"alg": alg, "kid": hexs(r, 16), "typ": "JWT"}
    iat = epoch_s(r)
    pl = {"sub": user_id(r, r.choice(["num", "usr", "uuid"])), "iss": r.choice(JWT_ISS),
          "aud": r.choice(["web-app", "mobile", "api://orders", "checkout"]), "iat": iat,
          "exp": iat + r.choice([300, 900, 3600, 86400])}
    if r.random() < 0.4:
        pl["email"] = email(r)
    if r.random() < 0.4:
        pl["scope"] = r.choice(["openid profile email", "orders:read orders:write", "admin"])
    sig = rbytes(r, {"HS256": 32, "RS256": 256, "ES256": 64}[alg])
    enc = lambda o: b64u(json.dumps(o, separators=(",", ":")).encode())
    return "%s.%s.%s" % (enc(hdr), enc(pl), b64u(sig))


def token_any(r):
    # tokens that really travel as bearer / query tokens
    return (jwt(r), "jwt") if r.random() < 0.4 else (secret(r, r.choice(["ghp", "glpat", "slack", "stripe"])), "secret")


def basic_b64(r):
    return base64.b64encode(("%s:%s" % (username(r), password(r, "form"))).encode()).decode()


# ---------------------------------------------------------------------------------------------
# Non-PII filler (appears unlabeled in PII lines and in decoys)
# ---------------------------------------------------------------------------------------------

HOSTS = ["bastion-01", "web-03", "edge-gw", "db-primary", "vpn-01", "build-runner-7", "mx2",
         "api-eu-1", "jump-az2", "nas-home"]
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.91 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
    "curl/8.5.0", "python-requests/2.31.0", "okhttp/4.12.0", "Go-http-client/2.0",
]


def semver(r):
    return "%d.%d.%d" % (r.randint(0, 9), r.randint(0, 30), r.randint(0, 20))


def pod(r, app=None):
    app = app or r.choice(["checkout", "payments", "auth", "search", "notifier", "gateway"])
    return "%s-%s-%s" % (app, rs(r, "bcdfghjklmnpqrstvwxz2456789", 9), rs(r, "bcdfghjklmnpqrstvwxz2456789", 5))


def order_no(r, luhn_visa=None):
    """16-digit order number; sometimes deliberately Luhn-valid with a Visa prefix (decoy)."""
    if luhn_visa is None:
        luhn_visa = r.random() < 0.4
    if luhn_visa:
        return luhn_complete("4" + d(r, 14))
    return nzd(r, 16)


# ---------------------------------------------------------------------------------------------
# PII templates. Each takes the Random and returns (line, spans).
# ---------------------------------------------------------------------------------------------

def t_apache_combined_auth(r):
    v = r.randint(0, 4)
    em = (email_enc(r), "email") if r.random() < 0.6 else (email(r), "email")
    paths = ["/account/settings", "/api/v3/profile", "/download/statement-2026-10.pdf",
             "/newsletter/confirm?addr={{em}}&src=footer", "/admin/users?search={{em}}&page=2"]
    path = paths[v]
    user = "{{u:username}}" if r.random() < 0.85 else "-"
    ref = r.choice(["-", "https://shop.example.com/cart", "https://portal.example.org/login?next=%2Faccount"])
    tpl = '{{ip:ipv4}} - ' + user + ' [{{ts}}] "{{m}} ' + path + ' HTTP/1.1" {{st}} {{b}} "{{ref}}" "{{ua}}"'
    return fill(tpl, ip=ipv4(r), u=username(r), ts=ts_apache(r), m=r.choice(["GET", "POST", "GET"]),
                em=em, st=r.choice([200, 200, 302, 304, 401, 403]), b=r.randint(120, 90000), ref=ref, ua=r.choice(UAS))


def t_apache_vhost_ipv6(r):
    vhost = r.choice(["shop.example.com:443", "www.example.org:80", "api.example.net:443"])
    user = "{{u:username}}" if r.random() < 0.4 else "-"
    q = r.choice(["", "", "?lang=de&ref=mail", "?contact={{em:email}}"])
    tpl = '{{vh}} {{ip:ipv6}} - ' + user + ' [{{ts}}] "{{m}} {{p}}' + q + ' HTTP/2.0" {{st}} {{b}} "-" "{{ua}}"'
    return fill(tpl, vh=vhost, ip=ipv6(r), u=username(r), ts=ts_apache(r), m=r.choice(["GET", "POST"]),
                p=r.choice(["/checkout/confirm", "/", "/static/app.4f9c2e1b.js", "/api/cart/items"]),
                em=email_enc(r), st=r.choice([200, 201, 302, 404]), b=r.choice(["-", str(r.randint(100, 60000))]),
                ua=r.choice(UAS))


def t_nginx_error_client(r):
    ip = ip_any(r, 0.35)
    v = r.randint(0, 2)
    if v == 0:
        tpl = ('{{ts}} [warn] {{pid}}#{{pid}}: *{{c}} limiting requests, excess: {{ex}} by zone "login", '
               'client: {{ip}}, server: auth.example.com, request: "POST /login?username={{u:username}} HTTP/1.1", '
               'host: "auth.example.com"')
    elif v == 1:
        tpl = ('{{ts}} [error] {{pid}}#{{pid}}: *{{c}} access forbidden by rule, client: {{ip}}, '
               'server: admin.example.net, request: "GET /users/export?email={{em:email}} HTTP/1.1", host: "admin.example.net"')
    else:
        tpl = ('{{ts}} [error] {{pid}}#{{pid}}: *{{c}} upstream timed out (110: Connection timed out) while reading '
               'response header from upstream, client: {{ip}}, server: api.example.com, request: '
               '"GET /v1/customers/{{cid:user_id}} HTTP/1.1", upstream: "http://unix:/run/app.sock:/v1/customers"')
    return fill(tpl, ts=ts_ngx(r), pid=r.randint(100, 9999), c=r.randint(1, 999999), ex="%.3f" % (r.random() * 40),
                ip=ip, u=username(r), em=email_enc(r), cid=user_id(r))


def t_sshd_accepted(r):
    meth = r.choice(["publickey", "password", "keyboard-interactive/pam", "publickey"])
    suf = ""
    if meth == "publickey":
        suf = ": %s SHA256:%s" % (r.choice(["RSA", "ED25519", "ECDSA"]), b64u(rbytes(r, 32)).replace("-", "+").replace("_", "/"))
    if r.random() < 0.3:
        tpl = "<38>1 {{ts}} {{h}} sshd {{pid}} - - Accepted {{m}} for {{u:username}} from {{ip}} port {{port}} ssh2" + suf
        ts = ts_iso_off(r)
    else:
        tpl = "{{ts}} {{h}} sshd[{{pid}}]: Accepted {{m}} for {{u:username}} from {{ip}} port {{port}} ssh2" + suf
        ts = ts_syslog(r)
    return fill(tpl, ts=ts, h=r.choice(HOSTS), pid=r.randint(300, 65000), m=meth, u=username(r),
                ip=ip_any(r, 0.3), port=r.randint(1024, 65535))


def t_sshd_invalid_user(r):
    tpl = r.choice([
        "Invalid user {{u:username}} from {{ip}} port {{port}}",
        "Failed password for invalid user {{u:username}} from {{ip}} port {{port}} ssh2",
        "Failed password for {{u:username}} from {{ip}} port {{port}} ssh2",
        "Connection closed by authenticating user {{u:username}} {{ip}} port {{port}} [preauth]",
        "Disconnected from invalid user {{u:username}} {{ip}} port {{port}} [preauth]",
        "error: maximum authentication attempts exceeded for {{u:username}} from {{ip}} port {{port}} ssh2 [preauth]",
    ])
    return fill("{{ts}} {{h}} sshd[{{pid}}]: " + tpl, ts=ts_syslog(r), h=r.choice(HOSTS), pid=r.randint(300, 65000),
                u=username(r), ip=ip_any(r, 0.25), port=r.randint(1024, 65535))


def t_pam_session_sudo(r):
    tpl = r.choice([
        "{{ts}} {{h}} sshd[{{pid}}]: pam_unix(sshd:session): session opened for user {{u:username}} by (uid=0)",
        "{{ts}} {{h}} sshd[{{pid}}]: pam_unix(sshd:session): session closed for user {{u:username}}",
        "{{ts}} {{h}} sudo[{{pid}}]:    {{u:username}} : TTY=pts/{{tty}} ; PWD=/srv/app ; USER=root ; COMMAND=/usr/bin/systemctl restart nginx",
        "{{ts}} {{h}} su[{{pid}}]: (to root) {{u:username}} on pts/{{tty}}",
        "{{ts}} {{h}} sudo[{{pid}}]: pam_unix(sudo:auth): authentication failure; logname={{u:username}} uid={{uid:user_id}} euid=0 tty=/dev/pts/{{tty}} ruser={{u:username}} rhost=  user={{u:username}}",
        "{{ts}} {{h}} systemd-logind[{{pid}}]: New session {{sess}} of user {{u:username}}.",
    ])
    return fill(tpl, ts=ts_syslog(r), h=r.choice(HOSTS), pid=r.randint(300, 65000), u=username(r),
                tty=r.randint(0, 9), uid=r.randint(1000, 60000), sess=r.randint(1, 9999))


def t_journald_json(r):
    u = username(r)
    v = r.randint(0, 2)
    if v == 0:
        ident, msg = "sshd", "Accepted password for {{u:username}} from {{ip}} port {{port}} ssh2"
    elif v == 1:
        ident = "useradd"
        msg = ("new user: name={{u:username}}, UID={{uid:user_id}}, GID={{uid}}, home=/home/{{u:username}}, "
               "shell=/bin/bash, from=/dev/pts/{{tty}}")
    else:
        ident, msg = "passwd", "pam_unix(passwd:chauthtok): password changed for {{u:username}}"
    tpl = ('{"__CURSOR":"s={{cur}};i={{i}};b={{boot}};m={{m}};t={{t}};x={{x}}","__REALTIME_TIMESTAMP":"{{rt}}",'
           '"_BOOT_ID":"{{boot}}","_HOSTNAME":"{{h}}","SYSLOG_IDENTIFIER":"' + ident + '","_PID":"{{pid}}",'
           '"PRIORITY":"6","MESSAGE":"' + msg + '"}')
    return fill(tpl, cur=hexs(r, 32), i="%x" % r.randint(1, 99999), boot=hexs(r, 32), m="%x" % r.randint(1, 9999999),
                t="%x" % r.randint(10 ** 14, 10 ** 15), x=hexs(r, 16), rt=epoch_s(r) * 1000000 + r.randint(0, 999999),
                h=r.choice(HOSTS), pid=r.randint(300, 65000), u=u, ip=ip_any(r, 0.3), port=r.randint(1024, 65535),
                uid=r.randint(1000, 60000), tty=r.randint(0, 9))


def t_json_nested_profile(r):
    f, l = first(r), last(r)
    name = r.choice(['"name": "{{nm:person}}"', '"fullName": "{{nm:person}}"',
                     '"first_name": "{{fn:person}}", "last_name": "{{ln:person}}"'])
    tpl = ('{"ts": "{{ts}}", "event": "{{ev}}", "user": {"id": "{{uid:user_id}}", ' + name +
           ', "email": "{{em:email}}", "phone": "{{ph:phone}}"}, "client": {"ip": "{{ip}}", "ua": "{{ua}}"}, '
           '"request_id": "{{rid}}"}')
    return fill(tpl, ts=ts_iso(r), ev=r.choice(["profile.updated", "user.created", "contact.verified"]),
                uid=user_id(r), nm="%s %s" % (f, l), fn=f, ln=l, em=email(r, f, l), ph=phone(r),
                ip=ip_any(r, 0.3), ua=r.choice(UAS[4:]), rid=uuid4(r))


def t_json_escaped_customer(r):
    f, l = first(r), last(r)
    tpl = ('{"level":"debug","logger":"webhooks.stripe","msg":"event received","payload":"{\\"id\\":\\"evt_{{evt}}\\",'
           '\\"type\\":\\"customer.created\\",\\"data\\":{\\"customerId\\":\\"{{cid:user_id}}\\",\\"email\\":\\"{{em:email}}\\",'
           '\\"phone\\":\\"{{ph:phone}}\\",\\"name\\":\\"{{nm:person}}\\"}}","attempt":{{a}}}')
    return fill(tpl, evt=rs(r, ALNUM, 24), cid=user_id(r, r.choice(["cus", "usr", "num"])), em=email(r, f, l),
                ph=phone(r), nm="%s %s" % (f, l), a=r.randint(1, 5))


def t_json_escaped_payment(r):
    tpl = r.choice([
        ('{"time":"{{ts}}","severity":"ERROR","message":"psp rejected request","request_body":"{\\"card\\":{\\"number\\":\\"{{cc:credit_card}}\\",'
         '\\"exp_month\\":{{mm}},\\"exp_year\\":{{yy}}},\\"holder\\":\\"{{nm:person}}\\",\\"amount\\":{{amt}}}","status":402}'),
        ('{"time":"{{ts}}","severity":"INFO","message":"payout queued","body":"{\\"beneficiary\\":{\\"name\\":\\"{{nm:person}}\\",'
         '\\"iban\\":\\"{{ib:iban}}\\"},\\"reference\\":\\"INV-{{inv}}\\",\\"amount\\":{{amt}}}"}'),
    ])
    return fill(tpl, ts=ts_iso(r), cc=card(r), mm=r.randint(1, 12), yy=r.randint(2027, 2032), nm=person(r),
                amt=r.randint(100, 99999), ib=iban(r), inv=d(r, 6))


def t_json_kyc_applicant(r):
    idk = r.choice([('"passport_number": "{{pp:national_id}}"', "pp"), ('"passportNo": "{{pp:national_id}}"', "pp"),
                    ('"ni_number": "{{ni:national_id}}"', "ni"), ('"nino": "{{ni:national_id}}"', "ni")])[0]
    dk = r.choice(["birthDate", "dob", "date_of_birth"])
    tpl = ('{"type": "kyc.submitted", "applicant": {"fullName": "{{nm:person}}", "' + dk + '": "{{dob:date_of_birth}}", '
           '"nationality": "{{nat}}", ' + idk + '}, "checks": {"pep": false, "sanctions": "clear"}, "case": "{{case}}"}')
    return fill(tpl, nm=person(r), dob=dob(r), nat=r.choice(["GB", "DE", "FR", "PL", "ES", "IE"]), pp=passport(r),
                ni=nino(r), case=uuid4(r))


def t_logfmt_reset_request(r):
    f, l = first(r), last(r)
    ukey = r.choice(["user", "login", "username"])
    tpl = ('ts={{ts}} lvl=warn component=auth msg="password reset requested" ' + ukey + '="{{u:username}}" '
           'email="{{em:email}}" phone="{{ph:phone}}" remote_addr={{ip}} request_id={{rid}} took={{ms}}ms')
    return fill(tpl, ts=ts_iso(r), u=username(r), em=email(r, f, l), ph=phone(r), ip=ip_any(r, 0.3),
                rid=uuid4(r), ms=r.randint(2, 900))


def t_logfmt_signup_names(r):
    tpl = r.choice([
        'time="{{ts}}" level=info msg="account created" first_name="{{fn:person}}" last_name="{{ln:person}}" accountId={{aid:user_id}} locale={{loc}} plan=free',
        'time="{{ts}}" level=info msg="invite accepted" customer="{{nm:person}}" customerId={{aid:user_id}} inviter_uid={{iu:user_id}} locale={{loc}}',
    ])
    return fill(tpl, ts=ts_iso_off(r), fn=first(r), ln=last(r), nm=person(r), aid=user_id(r),
                iu=user_id(r, "num"), loc=r.choice(["de-DE", "en-GB", "fr-FR", "pl-PL", "es-ES"]))


def t_yaml_profile_field(r):
    opts = [
        ("email", "{{v:email}}", email(r)),
        ("phone", '"{{v:phone}}"', phone(r)),
        ("mobile", "{{v:phone}}", phone(r)),
        ("fullName", "{{v:person}}", person(r)),
        ("name", '"{{v:person}}"', person(r)),
        ("customer", "{{v:person}}", person(r)),
        ("dob", "{{v:date_of_birth}}", dob(r, r.choice(["iso", "dmy", "de"]))),
        ("birthDate", '"{{v:date_of_birth}}"', dob(r)),
        ("date_of_birth", "'{{v:date_of_birth}}'", dob(r)),
        ("address", '"{{v:address}}"', address(r)),
        ("shipping_address", '"{{v:address}}"', address(r)),
        ("street", "{{v:address}}", street_only(r)),
        ("iban", "{{v:iban}}", iban(r)),
        ("nino", '"{{v:national_id}}"', nino(r)),
        ("passport", "{{v:national_id}}", passport(r)),
        ("ssn", '"{{v:us_ssn}}"', ssn(r)),
    ]
    k, val, v = r.choice(opts)
    if r.random() < 0.25:
        pre = "[config-dump] customer.contact."
    else:
        pre = r.choice(["  ", "    ", "      ", "  - "])
    return fill(pre + k + ": " + val, v=v)


def t_yaml_credentials_field(r):
    opts = [
        ("username", "{{v:username}}", username(r)),
        ("login", "{{v:username}}", username(r)),
        ("user", '"{{v:username}}"', username(r)),
        ("password", "{{v:password}}", password(r, "yaml")),
        ("password", '"{{v:password}}"', password(r, "logfmt")),
        ("passwd", "'{{v:password}}'", password(r, "logfmt")),
        ("pwd", "{{v:password}}", password(r, "yaml")),
        ("api_key", "{{v:secret}}", secret(r)),
        ("access_key_id", "{{v:secret}}", secret(r, "aws")),
        ("token", '"{{v:secret}}"', secret(r)),
        ("user_id", "{{v:user_id}}", user_id(r)),
        ("uid", "{{v:user_id}}", user_id(r, "num")),
    ]
    k, val, v = r.choice(opts)
    pre = r.choice(["  ", "    ", "  - ", "        ", "spring.datasource."]) if r.random() < 0.85 else "smtp."
    return fill(pre + k + ": " + val, v=v)


def t_http_basic_auth(r):
    tpl = r.choice([
        "> Authorization: Basic {{b:secret}}",
        "{{ts}} DEBUG http.client send: Authorization: Basic {{b:secret}}",
        "[proxy] {{ip}} -> upstream headers: Host: registry.example.com | Authorization: Basic {{b:secret}} | Accept: */*",
        "curl -sS -H 'Authorization: Basic {{b:secret}}' https://jenkins.example.com/job/deploy/build",
    ])
    return fill(tpl, b=basic_b64(r), ts=ts_iso(r), ip=ip_any(r, 0.2))


def t_http_headers_pydict(r):
    tok = token_any(r)
    tpl = r.choice([
        "DEBUG:urllib3.connectionpool:request headers {'User-Agent': 'python-requests/2.31.0', 'Authorization': 'Bearer {{t}}', 'X-Request-Id': '{{rid}}'}",
        "{{ts}} DEBUG [httpx] outgoing headers={'accept': 'application/json', 'x-api-key': '{{k:secret}}', 'content-length': '{{n}}'}",
        "{{ts}} TRACE request headers: {\"Authorization\": \"Bearer {{j:jwt}}\", \"X-Correlation-Id\": \"{{rid}}\", \"Content-Type\": \"application/json\"}",
    ])
    return fill(tpl, t=tok, rid=uuid4(r), ts=ts_iso(r), k=secret(r, r.choice(["google", "stripe", "aws"])),
                n=r.randint(2, 4096), j=jwt(r))


def t_http_cookie(r):
    sess = (jwt(r), "jwt") if r.random() < 0.35 else (opaque(r), "secret")
    tpl = r.choice([
        "> Cookie: theme=dark; session={{s}}; lang=en-GB",
        "< Set-Cookie: session={{s}}; Path=/; Expires=Wed, 09 Dec 2026 10:18:14 GMT; HttpOnly; Secure; SameSite=Lax",
        "{{ts}} req_headers.cookie=\"consent=1; sessionid={{s}}; tz=Europe%2FBerlin\" path=/cart",
        "Cookie: _locale=fr; auth_token={{s}}",
    ])
    return fill(tpl, s=sess, ts=ts_iso(r))


def t_http_token_headers(r):
    tpl = r.choice([
        "> Authorization: token {{g:secret}}",
        "> PRIVATE-TOKEN: {{gl:secret}}",
        "> X-Api-Key: {{k:secret}}",
        "> Authorization: AWS4-HMAC-SHA256 Credential={{ak:secret}}/{{day}}/eu-west-1/s3/aws4_request, SignedHeaders=host;x-amz-date, Signature={{sig}}",
        "{{ts}} WARN slack: chat.postMessage failed (invalid_auth) Authorization: Bearer {{sl:secret}}",
    ])
    return fill(tpl, g=secret(r, "ghp"), gl=secret(r, "glpat"), k=secret(r, r.choice(["google", "stripe"])),
                ak=secret(r, "aws"), day="202610%02d" % r.randint(1, 31), sig=hexs(r, 64), ts=ts_iso(r),
                sl=secret(r, "slack"))


def t_envoy_query_string(r):
    q = r.choice([
        "/unsubscribe?email={{e:email}}&list=weekly",
        "/api/v2/contacts/lookup?phone={{ph:phone}}&country=US",
        "/api/v2/contacts/lookup?email={{e:email}}&phone={{ph:phone}}",
        "/v1/export?format=csv&token={{t}}",
        "/oauth/userinfo?access_token={{j:jwt}}",
        "/maps/api/geocode/json?address=redacted&key={{k:secret}}",
        "/reset?email={{e:email}}&token={{t}}",
    ])
    tpl = ('[{{ts}}] "GET ' + q + ' HTTP/1.1" {{st}} - 0 {{b}} {{d}} {{d2}} "{{ip}}" "{{ua}}" "{{rid}}" '
           '"{{host}}" "{{up}}"')
    e = (email_enc(r), "email") if r.random() < 0.7 else (email(r), "email")
    return fill(tpl, ts=ts_iso(r), e=e, ph=phone(r, url_safe=True), t=token_any(r), j=jwt(r),
                k=secret(r, "google"), st=r.choice([200, 200, 204, 400, 404]), b=r.randint(0, 40000),
                d=r.randint(1, 900), d2=r.randint(1, 900), ip=ip_any(r, 0.3), ua=r.choice(UAS),
                rid=uuid4(r), host=r.choice(["mail.example.com", "api.example.net", "shop.example.org"]),
                up=r.choice(["contacts-svc", "outbound|8080||export.default.svc.cluster.local", "geo-proxy"]))


def _cred(r):
    u = r.choice([username(r), "app", "svc_orders", "readonly", "admin", "deploy", "ci-bot"])
    pw = password(r, "url")
    if r.random() < 0.15:
        pw = pw + "%40" + d(r, 2)
    return "%s:%s" % (u, pw)


def t_url_creds_database(r):
    dsn = r.choice([
        "postgres://{{c:url_credentials}}@db.internal:5432/{{db}}?sslmode=require",
        "postgresql://{{c:url_credentials}}@pg-primary.prod.svc:6432/{{db}}",
        "mysql://{{c:url_credentials}}@mysql-1.example.net:3306/{{db}}",
        "mongodb+srv://{{c:url_credentials}}@cluster0.ab1cd.mongodb.net/{{db}}?retryWrites=true&w=majority",
        "redis://{{c:url_credentials}}@cache.internal:6379/0",
        "amqp://{{c:url_credentials}}@rabbit.example.org:5672/%2F",
    ])
    tpl = r.choice([
        "{{ts}} INFO [pool] connecting to " + dsn,
        "DATABASE_URL=" + dsn,
        "{{ts}} ERROR sqlalchemy.pool: could not connect to '" + dsn + "': connection refused",
        "Error: connect ECONNREFUSED (" + dsn + ")",
    ])
    return fill(tpl, ts=ts_iso(r), c=_cred(r), db=r.choice(["orders", "app", "x", "billing", "crm_prod"]))


def t_url_creds_vcs(r):
    tpl = r.choice([
        "fatal: unable to access 'https://{{c:url_credentials}}@git.example.com/{{repo}}.git/': The requested URL returned error: 403",
        "+ git clone https://{{c:url_credentials}}@gitlab.example.org/{{repo}}.git",
        "Looking in indexes: https://{{c:url_credentials}}@pypi.example.com/simple",
        "{{ts}} backup: uploading to ftp://{{c:url_credentials}}@ftp.example.net/backups/{{day}}.tar.gz",
        "remote: Repository not found. url=https://{{c:url_credentials}}@bitbucket.example.io/{{repo}}",
    ])
    return fill(tpl, c=_cred(r), repo=r.choice(["platform/api", "org/repo", "infra/terraform", "team/web-app"]),
                ts=ts_iso(r), day="2026-10-%02d" % r.randint(1, 31))


JAVA_THREADS = ["nio-8080-exec-3", "scheduling-1", "main", "kafka-consumer-2", "task-7"]


def t_java_exception_auth(r):
    tpl = r.choice([
        "{{ts}}  WARN 1 --- [{{th}}] o.s.s.a.DaoAuthenticationProvider : Authentication failed for user '{{u:username}}': org.springframework.security.authentication.BadCredentialsException: Bad credentials",
        "Caused by: com.acme.accounts.AccountLockedException: account {{uid:user_id}} ({{em:email}}) locked after 5 failed attempts from {{ip}}",
        "{{ts}} ERROR 1 --- [{{th}}] c.a.payments.SepaService : IBAN {{ib:iban}} rejected for customer \"{{nm:person}}\": SEPA not enabled",
        "{{ts}} ERROR [{{th}}] [user={{u:username}}] c.a.users.UserController - java.util.NoSuchElementException: No user with login '{{u:username}}'",
        "Exception in thread \"{{th}}\" java.lang.IllegalStateException: duplicate registration for {{em:email}} (phone {{ph:phone}})",
    ])
    return fill(tpl, ts=ts_spring(r), th=r.choice(JAVA_THREADS), u=username(r), uid=user_id(r), em=email(r),
                ip=ip_any(r, 0.3), ib=iban(r), nm=person(r), ph=phone(r))


def t_java_sql_constraint(r):
    tpl = r.choice([
        "Caused by: org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint \"users_email_key\"  Detail: Key (email)=({{em:email}}) already exists.",
        "Caused by: org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint \"users_username_idx\"  Detail: Key (lower(username::text))=({{u:username}}) already exists.",
        "Caused by: java.sql.SQLIntegrityConstraintViolationException: Duplicate entry '{{em:email}}' for key 'customers.uk_email'",
        "org.hibernate.exception.ConstraintViolationException: could not execute statement [ERROR: null value in column \"phone\" violates not-null constraint  Detail: Failing row contains ({{id:user_id}}, {{nm:person}}, {{em:email}}, null).]",
    ])
    return fill(tpl, em=email(r), u=username(r), id=user_id(r, "num"), nm=person(r))


def t_python_traceback_value(r):
    tpl = r.choice([
        "ValueError: invalid phone number '{{ph:phone}}' for customer_id={{cid:user_id}}",
        "ERROR:root:lookup failed: KeyError('{{em:email}}')",
        "pydantic_core._pydantic_core.ValidationError: 1 validation error for SignupRequest\\n  phone\\n  String should match pattern [type=string_pattern_mismatch, input_value='{{ph:phone}}', input_type=str]",
        "django.db.utils.IntegrityError: duplicate key value violates unique constraint \"accounts_user_username_key\" DETAIL:  Key (username)=({{u:username}}) already exists.",
        "{{ts}} ERROR [billing.charge] charge failed for {{nm:person}} <{{em:email}}>: CardError('Your card was declined.', card='{{cc:credit_card}}')",
        "  File \"/srv/app/accounts/views.py\", line {{ln}}, in login -> authenticate(username='{{u:username}}', password='{{pw:password}}')",
    ])
    return fill(tpl, ph=phone(r), cid=user_id(r), em=email(r), u=username(r), ts=ts_py(r), nm=person(r),
                cc=card(r), ln=r.randint(10, 400), pw=password(r, "form"))


def t_csv_customer_export(r):
    f, l = first(r), last(r)
    if r.random() < 0.5:
        tpl = "{{row}},{{fn:person}},{{ln:person}},{{em:email}},{{ph:phone}},{{dob:date_of_birth}},{{cc2}}"
    else:
        tpl = '"{{row}}","{{fn:person}}","{{ln:person}}","{{em:email}}","{{ph:phone}}","{{dob:date_of_birth}}","{{ad:address}}"'
    return fill(tpl, row=r.randint(1, 99999), fn=f, ln=l, em=email(r, f, l), ph=phone(r),
                dob=dob(r, r.choice(["iso", "dmy", "mdy", "de"])), cc2=r.choice(["DE", "GB", "FR", "US", "PL"]),
                ad=address(r))


def t_csv_sepa_payout(r):
    tpl = r.choice([
        "{{day}};PAYOUT;{{nm:person}};{{ib:iban}};EUR;{{amt}};INV-2026-{{inv}}",
        "{{day}}|DIRECT_DEBIT|{{ib:iban}}|{{nm:person}}|MNDT-{{inv}}|{{amt}}",
    ])
    return fill(tpl, day="2026-%02d-%02d" % (r.choice([10, 11]), r.randint(1, 28)), nm=person(r), ib=iban(r),
                amt="%d,%02d" % (r.randint(1, 9999), r.randint(0, 99)), inv=d(r, 5))


def t_ticket_assignment(r):
    tpl = r.choice([
        "[helpdesk] ticket #{{n}} reassigned to {{a:person}} by {{b:person}}",
        "[helpdesk] ticket #{{n}}: customer {{c:person}} reported that card ending {{l4}} was charged twice",
        "[helpdesk] ticket #{{n}} escalated by {{a:person}}; customer {{c:person}} asked for a callback on {{ph:phone}}",
        "Zendesk: ticket {{n}} status changed open -> pending (assignee: {{a:person}}, requester: {{em:email}})",
    ])
    return fill(tpl, n=r.randint(1000, 999999), a=person(r), b=person(r), c=person(r), l4=d(r, 4), ph=phone(r),
                em=email(r))


def t_email_dear(r):
    f, l = first(r), last(r)
    tpl = r.choice([
        'mailer: rendered template=order_shipped to={{em:email}} body="Dear {{nm:person}}, your parcel is on its way to {{ad:address}}."',
        'mailer: rendered template=kyc_reminder to={{em:email}} body="Dear {{tnm:person}}, please confirm your date of birth ({{dob:date_of_birth}}) to continue."',
        'smtp: queued qid={{mid}} size={{sz}} nrcpt=1 to=<{{em:email}}> subject="Welcome, {{nm:person}}!"',
        'mailer: rendered template=signature body="Kind regards, {{tnm:person}} | Customer Care | {{ph:phone}}"',
    ])
    return fill(tpl, em=email(r, f, l), nm="%s %s" % (f, l), tnm=person(r, 0.6), ad=address(r), dob=dob(r),
                mid=hexs(r, 10).upper(), sz=r.randint(900, 90000), ph=phone(r))


def t_chat_call_me(r):
    tpl = r.choice([
        'chat[{{cid}}] visitor: "hi, please call me at {{ph:phone}} after 5pm"',
        'chat[{{cid}}] visitor: "my email is {{em:email}} and my username is {{u:username}}"',
        'chat[{{cid}}] visitor: "you can reach me on {{ph:phone}} or {{em:email}}, thanks"',
        'voicemail transcript: "Hello, this is {{nm:person}}, call me back at {{ph:phone}}."',
    ])
    return fill(tpl, cid=hexs(r, 12), ph=phone(r), em=email(r), u=username(r), nm=person(r))


def t_signed_by_title(r):
    tpl = r.choice([
        "esign: envelope {{env}} signed by {{a:person}} at {{ts}}; countersigned by {{b:person}}",
        "prescription {{n}} signed by {{a:person}} for patient {{c:person}}",
        "audit: report approved by {{a:person}} (reviewer: {{b:person}})",
    ])
    return fill(tpl, env=uuid4(r), a=person(r, 0.8), b=person(r, 0.5), c=person(r), ts=ts_iso(r), n=d(r, 8))


def t_kyc_pipe_record(r):
    idp = r.choice(["nino: {{ni:national_id}}", "passport: {{pp:national_id}}", "passport_no: {{pp:national_id}}",
                    "NI number: {{ni:national_id}}"])
    dk = r.choice(["dob", "date_of_birth", "DOB"])
    tpl = "KYC | name: {{nm:person}} | " + dk + ": {{dob:date_of_birth}} | " + idp + " | risk: {{risk}} | case: KYC-{{c}}"
    return fill(tpl, nm=person(r), dob=dob(r), ni=nino(r), pp=passport(r), risk=r.choice(["low", "medium", "high"]),
                c=d(r, 6))


def t_hr_tostring(r):
    tpl = r.choice([
        "{{ts}} DEBUG c.a.hr.SyncJob - upserting Employee(firstName={{fn:person}}, lastName={{ln:person}}, birthDate={{dob:date_of_birth}}, ssn={{s:us_ssn}}, email={{em:email}}, dept=ENG-{{dep}})",
        "{{ts}} INFO  c.a.hr.PayrollImport - W-2 import: SSN {{s:us_ssn}} matched employee {{nm:person}}",
        "{{ts}} WARN  c.a.hr.PayrollImport - Employee[name={{nm:person}}, date_of_birth={{dob:date_of_birth}}, street={{st:address}}]: missing tax class",
    ])
    f, l = first(r), last(r)
    return fill(tpl, ts=ts_spring(r), fn=f, ln=l, dob=dob(r), s=ssn(r), em=email(r, f, l), dep=r.randint(1, 99),
                nm=person(r), st=street_only(r))


def t_born_on_freetext(r):
    tpl = r.choice([
        "onboarding note: {{nm:person}} was born on {{dob:date_of_birth}} and joined on 2026-09-01",
        "applicant {{nm:person}} (born on {{dob:date_of_birth}}) requested a credit limit increase",
        "age check failed: customer born on {{dob:date_of_birth}} is under 18",
        "support: caller verified identity with date of birth {{dob:date_of_birth}} and postcode",
    ])
    return fill(tpl, nm=person(r), dob=dob(r, r.choice(["long", "us_long", "short", "dmy", "iso"])))


def t_json_shipping_order(r):
    tpl = r.choice([
        '{"orderId": "{{o}}", "shipping_address": "{{ad:address}}", "items": {{n}}, "carrier": "DHL"}',
        '{"orderId": "{{o}}", "billing": {"name": "{{nm:person}}", "street": "{{st:address}}", "city": "{{city}}", "zip": "{{zip}}"}}',
        '{"order": {"id": "{{o}}", "customer": "{{nm:person}}", "address": "{{ad:address}}"}, "status": "packed"}',
    ])
    city, _ = r.choice(US_CITIES)
    return fill(tpl, o=order_no(r), ad=address(r), n=r.randint(1, 9), nm=person(r), st=street_only(r), city=city,
                zip=d(r, 5))


def t_address_freetext(r):
    tpl = r.choice([
        "courier note: ship to {{ad:address}} before 18:00",
        "delivery failed: nobody home at {{ad:address}}; parcel returned to depot",
        "customer moved, new address is {{ad:address}} (effective 2026-11-01)",
        "geo: normalized address=\"{{ad:address}}\" confidence=0.{{c}} provider=nominatim",
    ])
    return fill(tpl, ad=address(r), c=r.randint(50, 99))


def t_form_body_login(r):
    tpl = r.choice([
        "POST /login body: username={{u:username}}&password={{pw:password}}&remember_me=1",
        "{{ts}} DEBUG oauth token request: grant_type=password&username={{u:username}}&password={{pw:password}}&client_id=web-app",
        "request.form={'login': '{{u:username}}', 'pwd': '{{pw:password}}', 'csrf': '{{csrf}}'}",
    ])
    return fill(tpl, u=username(r), pw=password(r, "form"), ts=ts_iso(r), csrf=opaque(r, 40))


def t_password_kv_mixed(r):
    tpl = r.choice([
        "db.passwd = {{pw:password}}",
        "export PGPASSWORD='{{pw:password}}'",
        "{{ts}} DEBUG config loaded: {\"host\": \"smtp.example.com\", \"user\": \"{{u:username}}\", \"password\": \"{{pw:password}}\"}",
        "+ ./manage.py createsuperuser --username={{u:username}} --password={{pw:password}}",
        "ldap bind dn=uid={{u:username}},ou=people,dc=example,dc=com pwd={{pw:password}} result=49",
    ])
    ctx = "form" if ("--password" in tpl or "pwd=" in tpl) else "logfmt"
    return fill(tpl, pw=password(r, ctx), ts=ts_iso(r), u=username(r))


def t_password_phrase(r):
    tpl = r.choice([
        "sms: your temporary password is {{pw:password}} (expires in 24h)",
        "admin: password for {{u:username}} reset to {{pw:password}} by helpdesk",
        "note from {{nm:person}}: the new VPN password is {{pw:password}} (please rotate by Friday)",
        "welcome mail: login {{u:username}} / password: {{pw:password}}",
    ])
    return fill(tpl, pw=password(r, "form"), u=username(r), nm=person(r))


def t_audit_user_ids(r):
    tpl = r.choice([
        "AUDIT actor.uid={{a:user_id}} action=card.delete target.customerId={{c:user_id}} request_id={{rid}} result=ok",
        "AUDIT accountId={{b:user_id}} action=login.mfa_disabled by user_id={{a:user_id}} trace={{tr}}",
        "{{ts}} INFO billing: invoice {{inv}} generated for customerId={{c:user_id}} (accountId={{b:user_id}})",
        "{{ts}} INFO gdpr: erasure request for user_id={{b:user_id}} completed in {{ms}}ms",
    ])
    return fill(tpl, a=user_id(r, r.choice(["num", "usr"])), c=user_id(r, r.choice(["cus", "num", "uuid"])),
                b=user_id(r, r.choice(["uuid", "acct", "usr"])), rid=uuid4(r), tr=hexs(r, 32), ts=ts_iso(r),
                inv="INV-%s" % d(r, 7), ms=r.randint(10, 9000))


def t_dhcp_lease(r):
    tpl = r.choice([
        "{{ts}} gw dnsmasq-dhcp[{{pid}}]: DHCPACK(br-lan) {{ip:ipv4}} {{m:mac_address}} lobby-printer",
        "{{ts}} gw dnsmasq-dhcp[{{pid}}]: DHCPDISCOVER(br-lan) {{m:mac_address}}",
        "{{ts}} core1 dhcpd[{{pid}}]: DHCPACK on {{ip:ipv4}} to {{m:mac_address}} via eth1",
        "{{ts}} core1 dhcpd[{{pid}}]: DHCPREQUEST for {{ip:ipv4}} from {{m:mac_address}} via eth1: lease owned by peer",
        "{{ts}} core1 dhcpd[{{pid}}]: DHCPOFFER on {{ip:ipv4}} to {{m:mac_address}} (android-phone) via eth1",
        "{{ts}} core1 dhcpd[{{pid}}]: Reply NA to {{ll:ipv6}} port 546, transaction ID 0x{{tid}}",
    ])
    return fill(tpl, ts=ts_syslog(r), pid=r.randint(300, 9999), ip=ipv4(r),
                m=mac(r, r.choice(["colon", "colon", "COLON"])), ll=ipv6(r, "link"), tid=hexs(r, 6))


def t_neighbor_arp_table(r):
    tpl = r.choice([
        "{{v6:ipv6}} dev eth0 lladdr {{m:mac_address}} router REACHABLE",
        "{{v6:ipv6}} dev wlan0 lladdr {{m:mac_address}} STALE",
        "  {{ip:ipv4}}          {{md:mac_address}}     dynamic",
        "{{ip:ipv4}}             ether   {{m:mac_address}}   C                     eth0",
        "? ({{ip:ipv4}}) at {{m:mac_address}} [ether] on enp3s0",
    ])
    return fill(tpl, v6=ipv6(r, r.choice(["link", "link", "doc", "global"])), m=mac(r, r.choice(["colon", "COLON"])),
                md=mac(r, r.choice(["DASH", "dash"])), ip=ipv4(r))


def t_wifi_firewall(r):
    tpl = r.choice([
        "{{ts}} ap1 hostapd: wlan0: STA {{m:mac_address}} IEEE 802.11: associated (aid {{aid}})",
        "{{ts}} ap1 hostapd: wlan1: AP-STA-CONNECTED {{m:mac_address}} auth_alg=sae",
        "{{ts}} edge-gw kernel: [{{up}}] [UFW BLOCK] IN=eth0 OUT= SRC={{src:ipv4}} DST={{dst:ipv4}} LEN=60 TOS=0x00 PREC=0x00 TTL={{ttl}} ID={{id}} DF PROTO=TCP SPT={{sp}} DPT={{dp}} WINDOW=64240 RES=0x00 SYN URGP=0",
        "{{ts}} edge-gw kernel: [{{up}}] [UFW BLOCK] IN=eth0 OUT= SRC={{s6:ipv6}} DST={{d6:ipv6}} LEN=80 TC=0 HOPLIMIT=57 FLOWLBL=0 PROTO=TCP SPT={{sp}} DPT={{dp}} WINDOW=64800 RES=0x00 SYN URGP=0",
        "{{ts}} sw-core Wi-Fi client {{md:mac_address}} roamed from AP-2F-East to AP-3F-West (rssi -{{rssi}} dBm)",
    ])
    return fill(tpl, ts=ts_syslog(r), m=mac(r, "colon"), md=mac(r, r.choice(["DASH", "dash"])), aid=r.randint(1, 200),
                up="%d.%06d" % (r.randint(1000, 9999999), r.randint(0, 999999)), src=ipv4(r), dst=ipv4(r),
                ttl=r.randint(30, 250), id=r.randint(1, 65535), sp=r.randint(1024, 65535),
                dp=r.choice([22, 23, 445, 3389, 5432, 8080]), s6=ipv6(r, r.choice(["global", "noabbrev"])),
                d6=ipv6(r, "doc"), rssi=r.randint(40, 85))


def t_card_refund_text(r):
    tpl = r.choice([
        "[billing] refund of EUR {{amt}} issued to card {{cc:credit_card}} exp 09/29 customer=\"{{nm:person}}\"",
        "[billing] 3DS challenge failed pan={{cc:credit_card}} holder={{nm:person}} attempt={{n}}",
        "PAYMENT_FAILED | card_number: {{cc:credit_card}} | cvv: *** | name_on_card: {{nm:person}} | order_id={{o}}",
    ])
    return fill(tpl, amt="%d.%02d" % (r.randint(1, 999), r.randint(0, 99)), cc=card(r), nm=person(r),
                n=r.randint(1, 3), o=order_no(r))


def t_sms_voice_phone(r):
    tpl = r.choice([
        "{{ts}} notify: SMS to {{ph:phone}} queued (sid=SM{{sid}}, segments=1)",
        "{{ts}} voice: inbound call from {{ph:phone}} to {{ph2:phone}} duration={{s}}s",
        "{{ts}} otp: code sent via sms recipient={{ph:phone}} ttl=300s",
        "{{ts}} whatsapp: delivery receipt for {{ph:phone}} status=read",
    ])
    return fill(tpl, ts=ts_iso(r), ph=phone(r), ph2=phone(r), sid=hexs(r, 32), s=r.randint(3, 3000))


def t_ssn_text(r):
    tpl = r.choice([
        "tax: 1099 form for {{nm:person}} (SSN {{s:us_ssn}}) generated",
        "credit bureau pull ok ssn={{s:us_ssn}} score={{sc}} bureau=EXP",
        "{\"applicant\": {\"ssn\": \"{{s:us_ssn}}\", \"dob\": \"{{dob:date_of_birth}}\"}, \"product\": \"loan\"}",
    ])
    return fill(tpl, nm=person(r), s=ssn(r), sc=r.randint(450, 850), dob=dob(r, "iso"))


def t_oauth_tokens_jwt(r):
    tpl = r.choice([
        "GET /oauth/callback#id_token={{j:jwt}}&token_type=Bearer&state={{st}}",
        "{{ts}} DEBUG token response: {\"access_token\": \"{{j:jwt}}\", \"token_type\": \"Bearer\", \"expires_in\": 3600}",
        "ws: upgrade /socket?jwt={{j:jwt}} from {{ip}}",
        "grpc metadata: authorization=Bearer {{j:jwt}} x-request-id={{rid}}",
    ])
    return fill(tpl, j=jwt(r), st=hexs(r, 16), ts=ts_iso(r), ip=ip_any(r, 0.3), rid=uuid4(r))


def t_ci_env_secrets(r):
    which = r.choice(["ghp", "slack", "stripe", "aws", "google", "glpat"])
    var = {"ghp": "GITHUB_TOKEN", "slack": "SLACK_BOT_TOKEN", "stripe": "STRIPE_SECRET_KEY",
           "aws": "AWS_ACCESS_KEY_ID", "google": "GOOGLE_MAPS_API_KEY", "glpat": "GITLAB_TOKEN"}[which]
    tpl = r.choice([
        "+ export " + var + "={{s:secret}}",
        "[env] " + var + "={{s:secret}}",
        "##[debug]Evaluating: env." + var + " => '{{s:secret}}'",
        "Step 3/9 : ENV " + var + "={{s:secret}}",
    ])
    return fill(tpl, s=secret(r, which))


# ---------------------------------------------------------------------------------------------
# Decoy templates: realistic non-PII that a careless masker would flag. No spans at all.
# ---------------------------------------------------------------------------------------------

JAVA_CLASSES = ["com.acme.checkout.CartService", "org.springframework.web.filter.OncePerRequestFilter",
                "io.netty.channel.nio.NioEventLoop", "org.apache.kafka.clients.consumer.KafkaConsumer",
                "com.zaxxer.hikari.pool.HikariPool", "org.hibernate.engine.jdbc.spi.SqlExceptionHelper",
                "com.acme.users.UserRepository", "java.util.concurrent.ThreadPoolExecutor"]


def dc_otel_json(r):
    tpl = ('{"timestamp": "{{ts}}", "traceId": "{{tr}}", "spanId": "{{sp}}", "parentSpanId": "{{pa}}", '
           '"name": "{{nm}}", "durationNanos": {{dn}}, "attributes": {"http.status_code": {{st}}, '
           '"http.request_id": "{{rid}}", "net.peer.port": {{port}}, "service.version": "{{ver}}"}}')
    return fill(tpl, ts=ts_iso(r), tr=hexs(r, 32), sp=hexs(r, 16), pa=hexs(r, 16),
                nm=r.choice(["GET /api/cart", "POST /v1/charges", "SELECT orders", "kafka.consume"]),
                dn=r.randint(10 ** 5, 10 ** 10), st=r.choice([200, 201, 204, 404, 500, 503]), rid=uuid4(r),
                port=r.choice([443, 8080, 5432, 6379, 9092]), ver=semver(r))


def dc_ci_build(r):
    tpl = r.choice([
        "Step {{a}}/{{b}} : FROM registry.example.com/base/python@sha256:{{h64}}",
        "HEAD is now at {{sha7}} Bump version to v{{ver}} ({{sha40}})",
        "Successfully built {{h12}} and tagged registry.example.com/shop/checkout:{{ver}}-{{sha7}}",
        "{{ts}} artifact checkout-{{ver}}.tar.gz sha256={{h64}} sha1={{sha40}} size={{sz}} bytes",
        "digest: sha256:{{h64}} size: {{sz2}}",
        "npm notice package: @acme/ui@{{ver}} integrity: sha512-{{b64}}",
    ])
    return fill(tpl, a=r.randint(1, 5), b=r.randint(6, 14), h64=hexs(r, 64), sha7=hexs(r, 7), ver=semver(r),
                sha40=hexs(r, 40), h12=hexs(r, 12), ts=ts_iso(r), sz=r.randint(10 ** 5, 10 ** 9),
                sz2=r.randint(500, 9000), b64=base64.b64encode(rbytes(r, 48)).decode()[:86])


def dc_k8s_events(r):
    tpl = r.choice([
        "{{ts}} Normal Pulled pod/{{pod}} Successfully pulled image \"registry.example.com/shop/{{app}}:v{{ver}}\" in {{dur}} (image size {{sz}} bytes)",
        "{{ts}} Warning BackOff pod/{{pod}} Back-off restarting failed container app (restartCount={{rc}}, resourceVersion={{rv}})",
        "I{{kts}} {{pid}} reflector.go:{{ln}}] watch of *v1.Pod ended with: too old resource version: {{rv}} ({{rv2}})",
        "{{ts}} deployment.apps/{{app}} scaled from {{a}} to {{b}} replicas (generation {{g}}, node gke-prod-pool-1-{{h8}}-{{s4}})",
    ])
    app = r.choice(["checkout", "payments", "auth", "search", "notifier"])
    return fill(tpl, ts=ts_iso(r), pod=pod(r, app), app=app, ver=semver(r), dur=r.choice(["1.5s", "823ms", "12.04s"]),
                sz=r.randint(10 ** 7, 10 ** 9), rc=r.randint(1, 40), rv=r.randint(10 ** 6, 10 ** 9),
                rv2=r.randint(10 ** 6, 10 ** 9), kts="%02d%02d %02d:%02d:%02d.%06d" % (r.randint(10, 11), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999999)),
                pid=r.randint(1, 99), ln=r.randint(100, 999), a=r.randint(1, 5), b=r.randint(2, 20),
                g=r.randint(1, 300), h8=hexs(r, 8), s4=rs(r, LO + DIG, 4))


def dc_order_numbers(r):
    tpl = r.choice([
        "{{ts}} INFO orders: created order_id={{o1}} amount={{amt}} currency=USD status=201 bytes={{b}}",
        "{\"orderId\": \"{{o1}}\", \"invoice_no\": \"{{o2}}\", \"total\": {{amt}}, \"items\": {{n}}}",
        "fulfilment: invoice_no={{o2}} orderId={{o1}} warehouse=FRA-2 picked in {{ms}}ms",
        "{{ts}} WARN orders: order {{o1}} retry {{n}}/5 after HTTP {{st}}",
    ])
    return fill(tpl, ts=ts_iso(r), o1=order_no(r, r.random() < 0.5), o2=order_no(r, r.random() < 0.5),
                amt="%d.%02d" % (r.randint(1, 5000), r.randint(0, 99)), b=r.randint(100, 90000),
                n=r.randint(1, 5), ms=r.randint(5, 9000), st=r.choice([429, 500, 502, 503]))


def dc_versions(r):
    tpl = r.choice([
        "agent started: version {{v4}} os=\"Microsoft Windows [Version 6.1.7601.{{b}}]\" runtime=go1.{{gm}}.{{gp}}",
        "Detected kernel 5.15.0-{{k}}-azure, openssl 3.0.{{op}}, glibc 2.{{gl}}, build v{{ver}}+{{sha7}}",
        "Upgrading firmware from version {{v4}} to version {{v4b}} (bootloader {{ver}})",
        "SNMP sysDescr: Cisco IOS Software, Version 15.{{a}}({{b2}})M{{c}}, RELEASE SOFTWARE, uptime {{up}} ticks",
    ])
    v4 = lambda: "%d.%d.%d.%d" % (r.randint(1, 12), r.randint(0, 9), r.randint(0, 30), r.randint(1, 250))
    return fill(tpl, v4=v4(), v4b=v4(), b=r.randint(17000, 26000), gm=r.randint(19, 23), gp=r.randint(0, 9),
                k=r.randint(1000, 1090), op=r.randint(2, 15), gl=r.randint(31, 39), ver=semver(r), sha7=hexs(r, 7),
                a=r.randint(1, 9), b2=r.randint(1, 4), c=r.randint(1, 9), up=r.randint(10 ** 6, 10 ** 10))


def dc_net_bind(r):
    tpl = r.choice([
        "listening on 0.0.0.0:{{p1}} and [::]:{{p2}}; health on 127.0.0.1:{{p3}}; metrics on [::1]:{{p4}}",
        "trusted_proxies=10.0.0.0/8,172.16.0.0/12,192.168.0.0/16 allow=127.0.0.1 deny=0.0.0.0/0",
        "redis: connecting to 127.0.0.1:6379 (attempt {{n}}), fallback ::1 port 6380",
        "netpol: ingress from cidr 10.{{a}}.0.0/16 to port {{p1}}/TCP; egress to 0.0.0.0/0 except 10.96.0.0/12",
        "bind: address already in use (0.0.0.0:{{p1}}), retry in {{ms}}ms",
    ])
    return fill(tpl, p1=r.choice([8080, 8443, 3000, 9000]), p2=r.choice([8443, 9443]), p3=r.choice([9090, 8081]),
                p4=r.choice([9100, 9102]), n=r.randint(1, 9), a=r.randint(0, 255), ms=r.randint(100, 5000))


def dc_metrics_timing(r):
    tpl = r.choice([
        "request finished in {{dur}} (p99={{ms}}ms) ts={{es}} ts_ms={{em}} bytes_in={{bi}} bytes_out={{bo}} status={{st}}",
        "{{iso}} gc pause {{ms}}ms heap {{mb}}MB/{{mb2}}MB, uptime {{es}}s",
        "cron: job nightly-compaction finished at {{iso}} epoch={{es}} duration={{dur}} rows={{rows}}",
        "rate-limit: bucket=api key_hash={{h16}} remaining={{n}} reset={{es}} window=60s port={{port}}",
    ])
    es = epoch_s(r)
    return fill(tpl, dur=r.choice(["1.5s", "250ms", "12.3s", "87ms", "2m3s"]), ms=r.randint(1, 2000), es=es,
                em=es * 1000 + r.randint(0, 999), bi=r.randint(0, 10 ** 6), bo=r.randint(0, 10 ** 8),
                st=r.choice([200, 204, 301, 404, 500]), iso=ts_iso_off(r), mb=r.randint(100, 2000),
                mb2=r.randint(2048, 8192), rows=r.randint(10 ** 4, 10 ** 9), h16=hexs(r, 16), n=r.randint(0, 1000),
                port=r.choice([443, 8080, 5432]))


def dc_java_stack_misc(r):
    cls = r.choice(JAVA_CLASSES)
    simple = cls.rsplit(".", 1)[1]
    tpl = r.choice([
        "\tat {{cls}}.{{m}}({{simple}}.java:{{ln}}) ~[{{jar}}-{{ver}}.jar:{{ver}}]",
        "Caused by: java.net.SocketTimeoutException: Read timed out after {{ms}} ms",
        "{{ts}} WARN  {{cls}} - SQL Error: 0, SQLState: 08006",
        "mysql: [Warning] Using a password on the command line interface can be insecure.",
        "{{ts}} INFO  password policy loaded: min_length=12 require_symbol=true history=5 max_age_days=90",
        "{{ts}} INFO  session store: evicted {{n}} expired sessions in {{ms}}ms",
    ])
    return fill(tpl, cls=cls, simple=simple, m=r.choice(["doFilter", "run", "poll", "total", "getConnection"]),
                ln=r.randint(20, 900), jar=r.choice(["checkout", "spring-web", "netty-transport", "kafka-clients"]),
                ver=semver(r), ms=r.randint(1000, 60000), ts=ts_spring(r), n=r.randint(0, 5000))


# ---------------------------------------------------------------------------------------------
# Registry, self-check, main
# ---------------------------------------------------------------------------------------------

TEMPLATES = [(name[2:], fn) for name, fn in list(globals().items()) if name.startswith("t_") and callable(fn)]
DECOYS = [(name[3:], fn) for name, fn in list(globals().items()) if name.startswith("dc_") and callable(fn)]

NINO_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]")
PASSPORT_RE = re.compile(r"[0-9]{9}|[A-Z][0-9]{8}|[CFGHJK][CFGHJKLMNPRTVWXYZ0-9]{8}|[0-9]{2}[A-Z]{2}[0-9]{5}")
MAC_RE = re.compile(r"[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(\1[0-9A-Fa-f]{2}){4}")
SSN_RE = re.compile(r"\d{3}-\d{2}-\d{4}")


def _b64u_json(part):
    return json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))


def check_value(kind, v):
    if kind == "credit_card":
        assert card_valid(v), v
    elif kind == "iban":
        assert iban_valid(v), v
    elif kind == "us_ssn":
        assert ssn_valid(v), v
    elif kind == "ipv4":
        a = ipaddress.IPv4Address(v)
        assert not a.is_loopback and not a.is_unspecified and not a.is_private or v.startswith(("203.0.113.", "198.51.100.", "192.0.2.")), v
        assert not v.startswith("0.") and not v.endswith(".0"), v
    elif kind == "ipv6":
        a = ipaddress.IPv6Address(v)
        assert not a.is_loopback and not a.is_unspecified, v
    elif kind == "mac_address":
        assert MAC_RE.fullmatch(v), v
    elif kind == "jwt":
        h, p, s = v.split(".")
        assert h.startswith("eyJ") and p.startswith("eyJ") and s, v
        assert "alg" in _b64u_json(h) and isinstance(_b64u_json(p), dict), v
    elif kind == "email":
        assert re.fullmatch(r"[A-Za-z0-9._%+-]+(@|%40)[a-z0-9.-]+\.[a-z]{2,}", v), v
    elif kind == "national_id":
        assert NINO_RE.fullmatch(v) or PASSPORT_RE.fullmatch(v), v
    elif kind == "url_credentials":
        assert ":" in v and "@" not in v and "/" not in v, v
    elif kind == "secret":
        assert re.fullmatch(r"AKIA[A-Z2-7]{16}|ghp_[A-Za-z0-9]{36}|glpat-[A-Za-z0-9_-]{20}|xoxb-\d+-\d+-[A-Za-z0-9]{24}"
                            r"|sk_live_[A-Za-z0-9]{24}|AIza[A-Za-z0-9_-]{35}|[A-Za-z0-9+/]+=*|[A-Za-z0-9]{32,48}", v), v
        if not re.match(r"AKIA|ghp_|glpat-|xoxb-|sk_live_|AIza", v) and len(v) % 4 == 0:
            base64.b64decode(v, validate=True)
    elif kind == "phone":
        assert re.fullmatch(r"[+0-9() .-]+", v) and len(re.sub(r"\D", "", v)) >= 10, v


def check(rec):
    line, spans = rec["line"], rec["spans"]
    assert "\n" not in line and "\r" not in line
    prev = 0
    for s in spans:
        a, b, k = s["start"], s["end"], s["kind"]
        assert k in KINDS, k
        assert prev <= a < b <= len(line), (rec, s)
        prev = b
        v = line[a:b]
        assert v and v == v.strip(), (rec, v)
        assert v[0] not in "\"'`" and v[-1] not in "\"'`", (rec, v)
        check_value(k, v)
    assert spans or rec["tpl"].startswith("decoy_")
    # a value of a structured kind must never show up unlabeled elsewhere in the line
    for s in spans:
        v = line[s["start"]:s["end"]]
        if s["kind"] in ("email", "credit_card", "iban", "us_ssn", "jwt", "secret", "url_credentials"):
            for m in re.finditer(re.escape(v), line):
                assert any(t["start"] <= m.start() and m.end() <= t["end"] for t in spans), (rec, v)


def generate():
    r = random.Random(SEED)
    recs = []
    for name, fn in TEMPLATES:
        for _ in range(r.randint(60, 64)):
            line, spans = fn(r)
            recs.append({"line": line, "spans": spans, "tpl": name})
    n_pii = len(recs)
    per_decoy = round(n_pii * 0.15 / 0.85 / len(DECOYS))
    for name, fn in DECOYS:
        for _ in range(per_decoy):
            line, spans = fn(r)
            assert not spans
            recs.append({"line": line, "spans": [], "tpl": "decoy_" + name})
    r.shuffle(recs)
    return recs


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout.jsonl")
    recs = generate()
    kinds = collections.Counter()
    tpls = collections.Counter()
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for rec in recs:
            check(rec)
            for s in rec["spans"]:
                kinds[s["kind"]] += 1
            tpls[rec["tpl"]] += 1
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    decoys = sum(1 for x in recs if not x["spans"])
    print("wrote %d lines (%d decoys, %.1f%%) from %d templates + %d decoy templates to %s"
          % (len(recs), decoys, 100.0 * decoys / len(recs), len(TEMPLATES), len(DECOYS), out), file=sys.stderr)
    for k in KINDS:
        print("  %-16s %5d" % (k, kinds[k]), file=sys.stderr)
    missing = [k for k in KINDS if not kinds[k]]
    assert not missing, missing


if __name__ == "__main__":
    main()
