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
        mid = "".join(":" + _g(r) for _ in range(r.randint(0, 2)))
        return "2001:db8%s::%s" % (mid, ":".join(_g(r) for _ in range(r.randint(1, 3))))
    if style == "global":
        pre = r.choice(["2a02", "2a01", "2600", "2605", "2406", "2a00", "2804", "2c0f"])
        return "%s:%s::%s" % (pre, ":".join(_g(r) for _ in range(r.randint(1, 3))),
                              ":".join(_g(r) for _ in range(r.randint(1, 2))))
    if style == "link":
        m = rbytes(r, 6)
        return "fe80::%x:%xff:fe%02x:%x" % (((m[0] ^ 2) << 8) | m[1], m[2], m[3], (m[4] << 8) | m[5])
    return ":".join([r.choice(["2a02", "2001", "2620", "2a03"])] + [_g(r) for _ in range(7)])


def ip_any(r, p6=0.3):
    return (ipv6(r), "ipv6") if r.random() < p6 else (ipv4(r), "ipv4")


def mac(r, style=None):
    b = rbytes(r, 6)
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
    return (jwt(r), "jwt") if r.random() < 0.4 else (secret(r), "secret")


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
