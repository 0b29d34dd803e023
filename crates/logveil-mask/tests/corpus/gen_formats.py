#!/usr/bin/env python3
"""Deterministic generator of a labeled PII-in-logs corpus across many real-world log formats.

Each format is written from its own public specification / vendor documentation (see FORMATS.md).
Python 3 stdlib only, fixed seed, no network.  Output: formats.jsonl beside this file, one JSON object
a line: {"line": str, "spans": [{"start", "end", "kind"}], "tpl": "format/variant"} with offsets in
Unicode code points.  Lines without spans are decoys.

usage: gen_formats.py [--out PATH] [--check]   (--check: build, self-test, print stats, write nothing)
"""
import base64, collections, datetime, hashlib, json, os, random, string, sys, unicodedata, urllib.parse

SEED = 20240611
R = random.Random(SEED)

# ----------------------------------------------------------------------------------------------
# Line builder: a line is a sequence of parts; a part is a str (plain), a V (labeled value), a
# list/tuple of parts, or None.  Offsets are computed here, so they cannot drift.
# ----------------------------------------------------------------------------------------------
class V:
    __slots__ = ("kind", "text", "chk")
    def __init__(self, kind, text, chk=None):
        self.kind, self.text, self.chk = kind, str(text), chk
    def map(self, f):
        return V(self.kind, f(self.text), self.chk)

def _flat(parts, out):
    for p in parts:
        if p is None:
            continue
        if isinstance(p, (list, tuple)):
            _flat(p, out)
        else:
            out.append(p)
    return out

def mk(tpl, *parts):
    buf, spans, pos, checks = [], [], 0, []
    for p in _flat(parts, []):
        if isinstance(p, V):
            if p.kind is None or p.text == "":
                buf.append(p.text); pos += len(p.text); continue
            spans.append({"start": pos, "end": pos + len(p.text), "kind": p.kind})
            checks.append((p.text, p.chk))
            buf.append(p.text); pos += len(p.text)
        else:
            buf.append(p); pos += len(p)
    line = "".join(buf)
    # Labeling convention: every IPv4 address is personal data (client, VPN pool, node or LAN address alike),
    # except loopback / unspecified ones.  Addresses written as plain text by a template are labeled here.
    for m in IPV4_RE.finditer(line):
        a, b = m.span()
        if m.group(0).startswith(("127.", "0.")) or any(sp["start"] < b and a < sp["end"] for sp in spans):
            continue
        if a and (line[a - 1] == "/" or line[a - 1].isalpha()):  # product versions: Chrome/125.0.0.0, v1.2.3.4
            continue
        if all(0 <= int(x) <= 255 for x in m.group(0).split(".")):
            spans.append({"start": a, "end": b, "kind": "ipv4"}); checks.append((m.group(0), None))
    order = sorted(range(len(spans)), key=lambda i: spans[i]["start"])
    d = {"line": line, "spans": [spans[i] for i in order], "tpl": tpl}
    d["_vals"] = [checks[i] for i in order]
    return d
import re
IPV4_RE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d]|\.\d)")

def plain(x):
    """Label-free rendering of a part (for values that are decoys in this context)."""
    if isinstance(x, V):
        return x.text
    return x

# --- escaping helpers that keep labels --------------------------------------------------------
def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]

def jesc2(s):  # a JSON string inside a JSON string (escaped twice)
    return jesc(jesc(s))

def esc_parts(parts, f):
    """Apply an escaping function to every text of a part list, keeping labels."""
    out = []
    for p in _flat(parts, []):
        if isinstance(p, V):
            out.append(p.map(f))
        else:
            out.append(f(p))
    return out

class S(list):
    """A composite JSON string value: its parts are escaped and wrapped in quotes."""

class Raw:
    """Emit text/parts as-is inside J() (for numbers, literals, pre-rendered parts)."""
    def __init__(self, *parts): self.parts = parts

class VN(V):
    """A labeled value rendered unquoted in JSON (numbers)."""

def J(obj, sep=(",", ":"), esc=jesc):
    """JSON serializer that keeps labels: V -> quoted labeled string, VN -> unquoted number."""
    out = []
    def w(o):
        if isinstance(o, VN):
            out.append(V(o.kind, o.text, o.chk))
        elif isinstance(o, V):
            out.append('"'); out.append(o.map(esc)); out.append('"')
        elif isinstance(o, S):
            out.append('"'); out.extend(esc_parts(o, esc)); out.append('"')
        elif isinstance(o, Raw):
            out.extend(o.parts)
        elif isinstance(o, dict):
            out.append("{")
            for i, (k, v) in enumerate(o.items()):
                if i: out.append(sep[0])
                out.append('"' + esc(k) + '"' + sep[1]); w(v)
            out.append("}")
        elif isinstance(o, (list, tuple)):
            out.append("[")
            for i, v in enumerate(o):
                if i: out.append(sep[0])
                w(v)
            out.append("]")
        elif o is True: out.append("true")
        elif o is False: out.append("false")
        elif o is None: out.append("null")
        elif isinstance(o, (int, float)): out.append(json.dumps(o))
        else: out.append('"' + esc(str(o)) + '"')
    w(obj)
    return out

def J2(obj):
    """A JSON document embedded as a string inside another JSON string (escaped twice)."""
    return J(obj, esc=jesc2)

def ch(seq): return R.choice(seq)
def chw(pairs):
    tot = sum(w for _, w in pairs); x = R.random() * tot
    for v, w in pairs:
        x -= w
        if x <= 0: return v
    return pairs[-1][0]
def rint(a, b): return R.randint(a, b)
def coin(p=0.5): return R.random() < p
def rdigits(n): return "".join(R.choice(string.digits) for _ in range(n))
def rhex(n, upper=False):
    s = "".join(R.choice("0123456789abcdef") for _ in range(n)); return s.upper() if upper else s
def ralnum(n, alphabet=string.ascii_letters + string.digits): return "".join(R.choice(alphabet) for _ in range(n))
def rb64(nbytes, url=False, pad=True):
    b = bytes(R.getrandbits(8) for _ in range(nbytes))
    s = base64.urlsafe_b64encode(b).decode() if url else base64.b64encode(b).decode()
    return s if pad else s.rstrip("=")
def b64url(b): return base64.urlsafe_b64encode(b).decode().rstrip("=")
def uuid4():
    h = rhex(32); return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{ch('89ab')}{h[17:20]}-{h[20:32]}"

# ----------------------------------------------------------------------------------------------
# People: given names and surnames of many countries (own lists)
# ----------------------------------------------------------------------------------------------
NAMES = {
    "US": (["James", "Mary", "Rose", "Mark", "Will", "Grant", "Hope", "Faith", "Summer", "Bill", "Frank", "Olivia",
            "Ethan", "Chloe", "Noah", "Grace", "Dakota", "Hunter", "Autumn", "Chase"],
           ["Smith", "Johnson", "Page", "Long", "King", "Brown", "White", "Grant", "Rose", "Young", "Hunter", "Baker",
            "Price", "Bell", "Miller", "Wood", "Stone", "Little", "Fox", "Hill", "Walker", "Black"]),
    "GB": (["Oliver", "Amelia", "Harry", "Isla", "George", "Poppy", "Jack", "Ivy", "Reggie", "Florence", "Mark", "Page"],
           ["Taylor", "Davies", "Evans", "Thomas", "Roberts", "Wright", "Hughes", "Green", "Hall", "Clarke", "Long", "Cook"]),
    "IE": (["Siobhán", "Seán", "Niamh", "Aoife", "Oisín", "Ciarán", "Saoirse"],
           ["O'Brien", "O'Connor", "McCarthy", "Ní Bhriain", "Ó Súilleabháin", "Byrne", "Kavanagh"]),
    "DE": (["Lukas", "Jürgen", "Anke", "Björn", "Sören", "Käthe", "Heike", "Uwe", "Gisela", "Maximilian", "Jörg", "Lena"],
           ["Müller", "Schröder", "Weiß", "Groß", "Hoffmann", "Köhler", "Schäfer", "Becker", "Krüger", "Zimmermann",
            "von Stein", "Meyer-Lüdenscheid"]),
    "FR": (["Amélie", "Benoît", "Céline", "Hélène", "François", "Gaëlle", "Loïc", "Théo", "Zoé", "Mathieu", "Aurélien"],
           ["Dubois", "Lefèvre", "Lemaître", "Girard", "Moreau", "Fontaine", "Garnier", "Rousseau", "Chevalier",
            "de la Fontaine", "Le Goff", "Mercier"]),
    "ES": (["José", "María", "Lucía", "Álvaro", "Iñigo", "Begoña", "Sergio", "Nuria", "Raúl", "Pilar", "Ximena"],
           ["García", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Muñoz", "Ibáñez", "de la Cruz",
            "del Río", "Núñez"]),
    "IT": (["Giuseppe", "Chiara", "Francesca", "Lorenzo", "Matteo", "Giulia", "Niccolò", "Alessandra", "Marco", "Federica"],
           ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "De Luca",
            "Dell'Acqua"]),
    "BR": (["João", "Thiago", "Luíza", "Gonçalo", "Inês", "Beatriz", "Caio", "Letícia", "Rafael", "Mariana", "Vitória"],
           ["Silva", "Santos", "Oliveira", "Souza", "Gonçalves", "Pereira", "Carvalho", "Araújo", "Conceição",
            "da Silva", "dos Santos"]),
    "NL": (["Daan", "Sanne", "Bram", "Femke", "Joost", "Maartje", "Sven", "Lieke", "Pieter", "Anouk", "Fleur"],
           ["de Vries", "van den Berg", "van der Meer", "Jansen", "de Boer", "Bakker", "Visser", "Smit", "van Dijk",
            "Mulder", "van der Linden"]),
    "PL": (["Łukasz", "Małgorzata", "Wojciech", "Agnieszka", "Paweł", "Krzysztof", "Zofia", "Michał", "Katarzyna",
            "Bartłomiej", "Grażyna"],
           ["Nowak", "Wójcik", "Woźniak", "Mazur", "Krawczyk", "Kowalczyk", "Dąbrowska", "Wiśniewski", "Zieliński",
            "Szymańska", "Lewandowski"]),
    "TR": (["Mehmet", "Ayşe", "Emre", "Zeynep", "Burak", "Elif", "Oğuz", "Gülşen", "Çağrı", "İbrahim", "Şule"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın", "Özdemir", "Arslan"]),
    "VN": (["Thị Lan", "Văn Hùng", "Minh Anh", "Quốc Bảo", "Thu Trang", "Đức Thắng", "Ngọc Hân"],
           ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"]),
    "IN": (["Aarav", "Priya", "Rohan", "Ananya", "Vikram", "Deepika", "Arjun", "Sneha", "Lakshmi"],
           ["Sharma", "Patel", "Iyer", "Reddy", "Gupta", "Nair", "Singh", "Banerjee", "Krishnamurthy"]),
    "KR": (["Min-jun", "Seo-yeon", "Ji-hoon", "Su-a", "Do-yun", "Ha-eun"], ["Kim", "Lee", "Park", "Choi", "Jung", "Kang"]),
    "CN": (["Wei", "Fang", "Jing", "Lei", "Xiuying", "Hao", "Yan"], ["Wang", "Li", "Zhang", "Liu", "Chen", "Zhou"]),
    "NG": (["Chinedu", "Ngozi", "Oluwaseun", "Adaeze", "Emeka", "Folake"], ["Okafor", "Adeyemi", "Okonkwo", "Balogun", "Eze"]),
    "NO": (["Øyvind", "Åsa", "Ingrid", "Sigrid", "Lars", "Bjørn", "Solveig"],
           ["Lindqvist", "Øvergaard", "Håkansson", "Nyström", "Bjørnstad", "Ødegård"]),
    "MY": (["Ahmad", "Fatimah", "Nur Aisyah", "Muhammad Hafiz", "Siti"],
           ["bin Abdullah", "binti Hassan", "bin Ismail", "binti Yusof"]),
    "AR": (["Omar", "Layla", "Yusuf", "Mariam", "Khalid"], ["Al-Farsi", "Haddad", "Nasser", "El-Amin", "Al-Rashid"]),
    "GR": (["Dimitrios", "Eleni", "Konstantinos", "Georgia", "Nikos"], ["Papadopoulos", "Georgiou", "Nikolaidis", "Oikonomou"]),
}
JP_NAMES = [("山田", "太郎", "Yamada", "Taro"), ("佐藤", "花子", "Sato", "Hanako"), ("鈴木", "一郎", "Suzuki", "Ichiro"),
            ("高橋", "美咲", "Takahashi", "Misaki"), ("田中", "健太", "Tanaka", "Kenta"), ("伊藤", "さくら", "Ito", "Sakura"),
            ("渡辺", "翔", "Watanabe", "Sho"), ("中村", "陽子", "Nakamura", "Yoko"), ("小林", "大輔", "Kobayashi", "Daisuke")]
KR_HANGUL = {("Kim", "Min-jun"): "김민준", ("Lee", "Seo-yeon"): "이서연", ("Park", "Ji-hoon"): "박지훈", ("Choi", "Su-a"): "최수아"}
FEMALE = {"Mary", "Rose", "Hope", "Faith", "Summer", "Olivia", "Chloe", "Grace", "Autumn", "Amelia", "Isla", "Poppy", "Ivy",
          "Florence", "Siobhán", "Niamh", "Aoife", "Saoirse", "Anke", "Käthe", "Heike", "Gisela", "Lena", "Amélie", "Céline",
          "Hélène", "Gaëlle", "Zoé", "María", "Lucía", "Begoña", "Nuria", "Pilar", "Ximena", "Chiara", "Francesca", "Giulia",
          "Alessandra", "Federica", "Luíza", "Inês", "Beatriz", "Letícia", "Mariana", "Vitória", "Sanne", "Femke", "Maartje",
          "Lieke", "Anouk", "Fleur", "Małgorzata", "Agnieszka", "Zofia", "Katarzyna", "Grażyna", "Ayşe", "Zeynep", "Elif",
          "Gülşen", "Şule", "Thị Lan", "Minh Anh", "Thu Trang", "Ngọc Hân", "Priya", "Ananya", "Deepika", "Sneha", "Lakshmi",
          "Seo-yeon", "Su-a", "Ha-eun", "Fang", "Jing", "Xiuying", "Yan", "Ngozi", "Adaeze", "Folake", "Åsa", "Ingrid",
          "Sigrid", "Solveig", "Fatimah", "Nur Aisyah", "Siti", "Layla", "Mariam", "Eleni", "Georgia", "Hanako", "Misaki",
          "Sakura", "Yoko"}

FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "đ": "d", "Đ": "D", "ı": "i", "æ": "ae", "'": ""})
def ascii_fold(s):
    s = s.translate(FOLD)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))

class Person:
    def __init__(self, country=None):
        if country is None:
            country = ch(list(NAMES) + ["JP", "JP"])
        self.country = country
        if country == "JP":
            fk, gk, fr, gr = ch(JP_NAMES)
            self.family, self.given, self.family_kanji, self.given_kanji = fr, gr, fk, gk
        else:
            gs, fs = NAMES[country]
            self.given, self.family = ch(gs), ch(fs)
            self.family_kanji = self.given_kanji = None
            if country == "PL" and self.given in FEMALE and self.family.endswith("ski"):
                self.family = self.family[:-1] + "a"
        self.female = self.given in FEMALE
        self.middle = ch(["A.", "J.", "M.", "Maria", "Louise", "Lee", None, None, None]) if country in ("US", "GB") else None
        self.dob = rdate(1941, 2006)
        self.sex = "F" if self.female else "M"

    @property
    def full(self):
        if self.country == "VN":
            return f"{self.family} {self.given}"
        return f"{self.given} {self.family}"
    @property
    def rev(self): return f"{self.family}, {self.given}"
    @property
    def kanji(self): return f"{self.family_kanji} {self.given_kanji}" if self.family_kanji else self.full
    def any_name(self):
        opts = [(self.full, 6), (self.rev, 2), (self.full.upper(), 1), (f"{self.given[0]}. {self.family}", 1)]
        if self.middle: opts.append((f"{self.given} {self.middle} {self.family}", 1))
        if self.family_kanji: opts.append((self.kanji, 4))
        return chw(opts)
    @property
    def gascii(self): return ascii_fold(self.given).lower().replace(" ", "")
    @property
    def fascii(self): return ascii_fold(self.family).lower().replace(" ", "").replace("-", "")
    def username(self):
        g, f = self.gascii, self.fascii
        return chw([(f"{g[0]}{f}", 3), (f"{g}.{f}", 3), (f"{g}{rint(1, 99)}", 1), (f"{g}_{f[0]}", 1),
                    (f"{f}{g[0]}", 1), (f"{g[0]}.{f}", 1), (f"{g}{f}{rint(70, 99)}", 1)])
    def email(self, domain=None):
        g, f = self.gascii, self.fascii
        local = chw([(f"{g}.{f}", 5), (f"{g[0]}{f}", 2), (f"{g}{rint(1, 99)}", 1), (f"{g}_{f}", 1),
                     (f"{g}.{f}+{ch(['shop', 'news', 'work', 'promo'])}", 1), (f"{f}.{g[0]}", 1)])
        return f"{local}@{domain or email_domain(self.country)}"

DOMAINS = {"US": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "example.com"],
           "GB": ["btinternet.com", "gmail.com", "example.co.uk"], "DE": ["web.de", "gmx.de", "t-online.de", "example.de"],
           "FR": ["orange.fr", "free.fr", "laposte.net", "example.fr"], "ES": ["telefonica.net", "gmail.com", "example.es"],
           "IT": ["libero.it", "virgilio.it", "example.it"], "BR": ["uol.com.br", "bol.com.br", "example.com.br"],
           "NL": ["ziggo.nl", "kpnmail.nl", "example.nl"], "PL": ["wp.pl", "onet.pl", "interia.pl"],
           "TR": ["hotmail.com.tr", "example.com.tr"], "VN": ["gmail.com", "example.vn"],
           "JP": ["yahoo.co.jp", "docomo.ne.jp", "example.co.jp"], "KR": ["naver.com", "daum.net"],
           "IN": ["rediffmail.com", "gmail.com"], "CN": ["qq.com", "163.com"]}
def email_domain(c): return ch(DOMAINS.get(c, ["gmail.com", "example.org", "mail.example.net", "proton.me"]))

def rdate(y0, y1):
    d0 = datetime.date(y0, 1, 1).toordinal(); d1 = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(rint(d0, d1))

def ts_event(fmt="iso"):
    """A timestamp of an ordinary event (log time, created_at) in June 2024: never labeled."""
    t = datetime.datetime(2024, 6, 11, 0, 0, 0) + datetime.timedelta(seconds=rint(0, 5 * 86400), microseconds=rint(0, 999999))
    return t

MONTHS = {"en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
          "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
          "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
          "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
          "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
          "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
          "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
          "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
          "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"]}

def fdate(d, style):
    y, m, dd = d.year, d.month, d.day
    return {
        "iso": f"{y:04d}-{m:02d}-{dd:02d}", "us": f"{m:02d}/{dd:02d}/{y:04d}", "us_short": f"{m}/{dd}/{y}",
        "eu_slash": f"{dd:02d}/{m:02d}/{y:04d}", "eu_dot": f"{dd:02d}.{m:02d}.{y:04d}", "eu_dash": f"{dd:02d}-{m:02d}-{y:04d}",
        "compact": f"{y:04d}{m:02d}{dd:02d}", "en_long": f"{dd} {MONTHS['en'][m-1]} {y}", "en_us_long": f"{MONTHS['en'][m-1]} {dd}, {y}",
        "en_short": f"{dd:02d}-{MONTHS['en'][m-1][:3]}-{y}", "de_long": f"{dd}. {MONTHS['de'][m-1]} {y}",
        "fr_long": f"{dd} {MONTHS['fr'][m-1]} {y}", "es_long": f"{dd} de {MONTHS['es'][m-1]} de {y}",
        "it_long": f"{dd} {MONTHS['it'][m-1]} {y}", "pt_long": f"{dd} de {MONTHS['pt'][m-1]} de {y}",
        "nl_long": f"{dd} {MONTHS['nl'][m-1]} {y}", "pl_long": f"{dd} {MONTHS['pl'][m-1]} {y}", "tr_long": f"{dd} {MONTHS['tr'][m-1]} {y}",
        "ja": f"{y}年{m}月{dd}日", "ja_era": f"{'昭和' if y < 1989 else '平成'}{y - 1925 if y < 1989 else y - 1988}年{m}月{dd}日",
        "vi": f"ngày {dd} tháng {m} năm {y}", "yymmdd": f"{y % 100:02d}{m:02d}{dd:02d}", "hl7ts": f"{y:04d}{m:02d}{dd:02d}",
    }[style]

# ----------------------------------------------------------------------------------------------
# Check-digit algorithms (implemented from their official definitions) and validators
# ----------------------------------------------------------------------------------------------
def luhn_digit(body):
    s = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        s += d
    return str((10 - s % 10) % 10)
def luhn_ok(num):
    n = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, d in enumerate(reversed(n)):
        if i % 2 == 1:
            d *= 2
            if d > 9: d -= 9
        s += d
    return s % 10 == 0 and len(n) >= 12

CARD_NETS = [("visa", ["4"], 16), ("mastercard", ["51", "52", "53", "54", "55", "2221", "2720", "2500"], 16),
             ("amex", ["34", "37"], 15), ("discover", ["6011", "65", "644"], 16), ("jcb", ["3528", "3566", "3589"], 16),
             ("diners", ["36", "38"], 14), ("unionpay", ["62"], 16), ("maestro", ["6759", "5018"], 19), ("visa19", ["4"], 19)]
def card(net=None, fmt=None):
    name, prefixes, n = ch(CARD_NETS) if net is None else next(c for c in CARD_NETS if c[0] == net)
    body = ch(prefixes); body += rdigits(n - 1 - len(body)); num = body + luhn_digit(body)
    fmt = fmt or chw([("plain", 4), ("space", 3), ("dash", 1)])
    if fmt == "plain": return num
    sep = " " if fmt == "space" else "-"
    if n == 15: return sep.join([num[:4], num[4:10], num[10:]])
    if n == 14: return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i:i + 4] for i in range(0, n, 4))
def vcard(net=None, fmt=None): return V("credit_card", card(net, fmt), "luhn")

def mod97(s):
    return int("".join(str(int(c, 36)) for c in s)) % 97
IBAN_ALNUM = string.ascii_uppercase + string.digits
def _es_dc(digits):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]; s = sum(int(d) * w[i] for i, d in enumerate(digits)); d = 11 - s % 11
    return 0 if d == 11 else (1 if d == 10 else d)
CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))
CF_EVEN = {**{str(i): i for i in range(10)}, **{c: i for i, c in enumerate(string.ascii_uppercase)}}
def cf_check(s):
    return chr(65 + sum(CF_ODD[c] if i % 2 == 0 else CF_EVEN[c] for i, c in enumerate(s)) % 26)
def nl_account():
    while True:
        d = rdigits(10)
        if d[0] != "0" and sum(int(c) * (10 - i) for i, c in enumerate(d)) % 11 == 0: return d
def pl_bank():
    b = rdigits(7); w = [3, 9, 7, 1, 3, 9, 7]; return b + str((10 - sum(int(c) * w[i] for i, c in enumerate(b)) % 10) % 10)
def bban(cc):
    if cc == "DE": return rdigits(8) + rdigits(10)
    if cc == "GB": return ch(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + rdigits(6) + rdigits(8)
    if cc == "IE": return ch(["AIBK", "BOFI"]) + rdigits(6) + rdigits(8)
    if cc == "FR":
        b, g, a = rdigits(5), rdigits(5), rdigits(11)
        return b + g + a + f"{97 - (89 * int(b) + 15 * int(g) + 3 * int(a)) % 97:02d}"
    if cc == "ES":
        b, s, a = rdigits(4), rdigits(4), rdigits(10)
        return b + s + f"{_es_dc('00' + b + s)}{_es_dc(a)}" + a
    if cc == "IT":
        abi, cab, acc = rdigits(5), rdigits(5), rdigits(12)
        return cf_check(abi + cab + acc) + abi + cab + acc
    if cc == "NL": return ch(["ABNA", "RABO", "INGB", "TRIO", "SNSB", "ASNB"]) + nl_account()
    if cc == "PL": return pl_bank() + rdigits(16)
    if cc == "BE":
        f = rdigits(10); c = int(f) % 97; return f + f"{c if c else 97:02d}"
    if cc == "CH": return rdigits(5) + rdigits(12)
    if cc == "AT": return rdigits(5) + rdigits(11)
    if cc == "PT":
        f = rdigits(19); return f + f"{98 - int(f + '00') % 97:02d}"
    if cc == "TR": return rdigits(5) + "0" + rdigits(16)
    if cc == "BR": return rdigits(8) + rdigits(5) + rdigits(10) + ch("CP") + ch("12")
    raise ValueError(cc)
IBAN_LEN = {"DE": 22, "GB": 22, "IE": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "PL": 28, "BE": 16, "CH": 21, "AT": 20,
            "PT": 25, "TR": 26, "BR": 29}
def iban(cc=None, fmt=None):
    cc = cc or ch(list(IBAN_LEN)); b = bban(cc)
    chk = 98 - mod97(b + cc + "00"); s = f"{cc}{chk:02d}{b}"
    assert len(s) == IBAN_LEN[cc], (cc, s)
    fmt = fmt or chw([("plain", 1), ("print", 1)])
    return s if fmt == "plain" else " ".join(s[i:i + 4] for i in range(0, len(s), 4))
def viban(cc=None, fmt=None): return V("iban", iban(cc, fmt), "iban")
def iban_ok(s):
    s = s.replace(" ", "")
    return s[:2] in IBAN_LEN and len(s) == IBAN_LEN[s[:2]] and mod97(s[4:] + s[:4]) == 1

def aba():
    while True:
        d = [int(c) for c in f"{ch([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 26, 31]):02d}" + rdigits(6)]
        for last in range(10):
            x = d + [last]
            if (3 * (x[0] + x[3] + x[6]) + 7 * (x[1] + x[4] + x[7]) + (x[2] + x[5] + x[8])) % 10 == 0:
                return "".join(map(str, x))
def aba_ok(s):
    x = [int(c) for c in s]
    return len(x) == 9 and (3 * (x[0] + x[3] + x[6]) + 7 * (x[1] + x[4] + x[7]) + (x[2] + x[5] + x[8])) % 10 == 0

# --- national ids ---
def ssn(fmt="dash"):
    while True:
        a = rint(1, 899)
        if a != 666: break
    s = f"{a:03d}{rint(1, 99):02d}{rint(1, 9999):04d}"
    return f"{s[:3]}-{s[3:5]}-{s[5:]}" if fmt == "dash" else (f"{s[:3]} {s[3:5]} {s[5:]}" if fmt == "space" else s)
def ssn_ok(s):
    d = s.replace("-", "").replace(" ", "")
    return len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000"

NINO_BAD1, NINO_BAD2 = set("DFIQUV"), set("DFIQUVO")
def nino(fmt=None):
    while True:
        a, b = ch(string.ascii_uppercase), ch(string.ascii_uppercase)
        if a in NINO_BAD1 or b in NINO_BAD2 or a + b in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"): continue
        break
    d = rdigits(6); s = ch("ABCD")
    return chw([(f"{a}{b}{d}{s}", 1), (f"{a}{b} {d[:2]} {d[2:4]} {d[4:]} {s}", 1)]) if fmt is None else f"{a}{b}{d}{s}"
def nino_ok(s):
    s = s.replace(" ", "")
    return len(s) == 9 and s[0] not in NINO_BAD1 and s[1] not in NINO_BAD2 and s[2:8].isdigit() and s[8] in "ABCD" \
        and s[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")

def steuer_id_check(d10):
    product = 10
    for c in d10:
        s = (int(c) + product) % 10
        if s == 0: s = 10
        product = (s * 2) % 11
    c = 11 - product
    return "0" if c == 10 else str(c)
def steuer_id(fmt=None):
    while True:
        digits = R.sample(range(10), 9); dup = ch(digits); ds = digits + [dup]; R.shuffle(ds)
        if ds[0] != 0: break
    body = "".join(map(str, ds)); s = body + steuer_id_check(body)
    return s if (fmt or ch(["plain", "plain", "space"])) == "plain" else f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"
def steuer_id_ok(s):
    s = s.replace(" ", "")
    if len(s) != 11 or s[0] == "0": return False
    c = collections.Counter(s[:10]).values()
    return max(c) in (2, 3) and steuer_id_check(s[:10]) == s[10]

def nir(p=None, fmt=None):
    sex = ("2" if p.female else "1") if p else ch("12"); d = p.dob if p else rdate(1950, 2000)
    dept = ch(["75", "13", "69", "31", "06", "33", "59", "44", "83", "92", "93", "2A", "2B"])
    commune, order = f"{rint(1, 899):03d}", f"{rint(1, 999):03d}"
    s13 = f"{sex}{d.year % 100:02d}{d.month:02d}{dept}{commune}{order}"
    num = int(s13.replace("2A", "19").replace("2B", "18")); key = 97 - num % 97
    s = s13 + f"{key:02d}"
    if (fmt or ch(["plain", "space"])) == "plain": return s
    return f"{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:13]} {s[13:]}"
def nir_ok(s):
    s = s.replace(" ", "")
    return len(s) == 15 and 97 - int(s[:13].replace("2A", "19").replace("2B", "18")) % 97 == int(s[13:])

def _cf_letters(s, is_name):
    s = ascii_fold(s).upper(); s = "".join(c for c in s if c.isalpha())
    cons = [c for c in s if c not in "AEIOU"]; vow = [c for c in s if c in "AEIOU"]
    if is_name and len(cons) >= 4: cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vow) + "XXX")[:3]
COMUNI = ["H501", "F205", "F839", "L219", "G273", "A944", "D612", "L736", "A662", "C351"]
def codice_fiscale(p):
    d = p.dob; mon = "ABCDEHLMPRST"[d.month - 1]; day = d.day + (40 if p.female else 0)
    s = _cf_letters(p.family, False) + _cf_letters(p.given, True) + f"{d.year % 100:02d}" + mon + f"{day:02d}" + ch(COMUNI)
    return s + cf_check(s)
def cf_ok(s): return len(s) == 16 and cf_check(s[:15]) == s[15]

DNI_L = "TRWAGMYFPDXBNJZSQVHLCKE"
def dni(): n = rint(10000000, 99999999); return f"{n}{DNI_L[n % 23]}"
def nie():
    p = ch("XYZ"); n = rdigits(7); return f"{p}{n}{DNI_L[int(str('XYZ'.index(p)) + n) % 23]}"
def dni_ok(s):
    s = s.replace("-", "")
    if s[0] in "XYZ": s2 = str("XYZ".index(s[0])) + s[1:8]
    else: s2 = s[:8]
    return len(s) == 9 and s2.isdigit() and DNI_L[int(s2) % 23] == s[8]

def bsn():
    while True:
        d = rdigits(8)
        if d[0] == "0": continue
        r = sum(int(c) * (9 - i) for i, c in enumerate(d)) % 11
        if r < 10: return d + str(r)
def bsn_ok(s):
    s = s.replace(".", "").replace(" ", "")
    return len(s) == 9 and (sum(int(c) * (9 - i) for i, c in enumerate(s[:8])) - int(s[8])) % 11 == 0

def cpf(fmt=None):
    while True:
        d = [int(c) for c in rdigits(9)]
        if len(set(d)) > 1: break
    for n in (10, 11):
        r = sum(x * (n - i) for i, x in enumerate(d)) * 10 % 11; d.append(0 if r == 10 else r)
    s = "".join(map(str, d))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}" if (fmt or ch(["dot", "dot", "plain"])) == "dot" else s
def cpf_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 11: return False
    for n, k in ((10, 9), (11, 10)):
        r = sum(x * (n - i) for i, x in enumerate(d[:k])) * 10 % 11
        if (0 if r == 10 else r) != d[k]: return False
    return True

def tckn():
    d = [rint(1, 9)] + [rint(0, 9) for _ in range(8)]
    d.append(((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10); d.append(sum(d) % 10)
    return "".join(map(str, d))
def tckn_ok(s):
    d = [int(c) for c in s]
    return len(d) == 11 and d[0] != 0 and d[9] == ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10 \
        and d[10] == sum(d[:10]) % 10

VH_D = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],
        [5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
VH_P = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,6,8,7,0],
        [4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
VH_INV = [0,4,3,2,1,5,6,7,8,9]
def verhoeff_digit(num):
    c = 0
    for i, x in enumerate(reversed(num)): c = VH_D[c][VH_P[(i + 1) % 8][int(x)]]
    return str(VH_INV[c])
def verhoeff_ok(num):
    c = 0
    for i, x in enumerate(reversed(num)): c = VH_D[c][VH_P[i % 8][int(x)]]
    return c == 0
def aadhaar(fmt=None):
    b = str(rint(2, 9)) + rdigits(10); s = b + verhoeff_digit(b)
    return f"{s[:4]} {s[4:8]} {s[8:]}" if (fmt or ch(["space", "space", "plain"])) == "space" else s
def aadhaar_ok(s): s = s.replace(" ", ""); return len(s) == 12 and s[0] in "23456789" and verhoeff_ok(s)

def rrn(p):
    d = p.dob; g = (("4" if p.female else "3") if d.year >= 2000 else ("2" if p.female else "1"))
    b = f"{d.year % 100:02d}{d.month:02d}{d.day:02d}{g}{rdigits(5)}"
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]; c = (11 - sum(int(x) * w[i] for i, x in enumerate(b)) % 11) % 10
    s = b + str(c); return f"{s[:6]}-{s[6:]}"
def rrn_ok(s):
    s = s.replace("-", ""); w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return len(s) == 13 and (11 - sum(int(x) * w[i] for i, x in enumerate(s[:12])) % 11) % 10 == int(s[12])

def pesel(p):
    d = p.dob; m = d.month + (20 if d.year >= 2000 else 0)
    sexd = ch("02468") if p.female else ch("13579")
    b = f"{d.year % 100:02d}{m:02d}{d.day:02d}{rdigits(3)}{sexd}"
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]; return b + str((10 - sum(int(x) * w[i] for i, x in enumerate(b)) % 10) % 10)
def pesel_ok(s):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return len(s) == 11 and (10 - sum(int(x) * w[i] for i, x in enumerate(s[:10])) % 10) % 10 == int(s[10])

def nif_pt():
    b = ch("123") + rdigits(7); c = 11 - sum(int(x) * (9 - i) for i, x in enumerate(b)) % 11
    return b + str(0 if c >= 10 else c)
def nif_pt_ok(s):
    c = 11 - sum(int(x) * (9 - i) for i, x in enumerate(s[:8])) % 11
    return len(s) == 9 and int(s[8]) == (0 if c >= 10 else c)

def mynumber(fmt=None):
    b = rdigits(11); p = [int(x) for x in reversed(b)]
    r = sum(p[n - 1] * (n + 1 if n <= 6 else n - 5) for n in range(1, 12)) % 11
    s = b + str(0 if r <= 1 else 11 - r)
    return f"{s[:4]} {s[4:8]} {s[8:]}" if (fmt or ch(["plain", "space"])) == "space" else s
def mynumber_ok(s):
    s = s.replace(" ", ""); p = [int(x) for x in reversed(s[:11])]
    r = sum(p[n - 1] * (n + 1 if n <= 6 else n - 5) for n in range(1, 12)) % 11
    return len(s) == 12 and int(s[11]) == (0 if r <= 1 else 11 - r)

def cccd(p):
    d = p.dob; g = (2 if d.year >= 2000 else 0) + (1 if p.female else 0)
    return f"{ch(['001', '079', '048', '031', '092'])}{g}{d.year % 100:02d}{rdigits(6)}"

def uk_dl(p):
    sur = (ascii_fold(p.family).upper().replace(" ", "").replace("-", "").replace("'", "") + "99999")[:5]
    if sur.startswith("MAC"): sur = ("MC" + sur[3:] + "9999")[:5]
    y = p.dob.year; m = p.dob.month + (50 if p.female else 0)
    ini = (ascii_fold(p.given[0]) + (ascii_fold(p.middle[0]) if p.middle else "9")).upper()
    return f"{sur}{(y % 100) // 10}{m:02d}{p.dob.day:02d}{y % 10}{ini}9{ch(string.ascii_uppercase)}{ch(string.ascii_uppercase)}"

MRZ_W = [7, 3, 1]
def mrz_check(s):
    v = lambda c: int(c) if c.isdigit() else (0 if c == "<" else ord(c) - 55)
    return str(sum(v(c) * MRZ_W[i % 3] for i, c in enumerate(s)) % 10)
def passport_de():
    s = ch("CFGHJK") + "".join(ch("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)); return s
def passport_us(): return str(rint(5, 6)) + rdigits(8)

CHECKS = {"luhn": luhn_ok, "iban": iban_ok, "ssn": ssn_ok, "nino": nino_ok, "steuer": steuer_id_ok, "nir": nir_ok,
          "cf": cf_ok, "dni": dni_ok, "bsn": bsn_ok, "cpf": cpf_ok, "tckn": tckn_ok, "aadhaar": aadhaar_ok, "rrn": rrn_ok,
          "pesel": pesel_ok, "nifpt": nif_pt_ok, "mynumber": mynumber_ok, "aba": aba_ok}

def natid(p=None, country=None):
    """A valid national id for a person's country, as a labeled value."""
    p = p or Person(country); c = country or p.country
    if c == "US": return V("us_ssn", ssn(), "ssn")
    if c in ("GB", "IE"): return chw([(V("national_id", nino(), "nino"), 3), (V("national_id", uk_dl(p)), 1)])
    if c == "DE": return V("national_id", steuer_id(), "steuer")
    if c == "FR": return V("national_id", nir(p), "nir")
    if c == "IT": return V("national_id", codice_fiscale(p), "cf")
    if c == "ES": return V("national_id", chw([(dni(), 3), (nie(), 1)]), "dni")
    if c == "NL": return V("national_id", bsn(), "bsn")
    if c == "BR": return V("national_id", cpf(), "cpf")
    if c == "TR": return V("national_id", tckn(), "tckn")
    if c == "IN": return V("national_id", aadhaar(), "aadhaar")
    if c == "KR": return V("national_id", rrn(p), "rrn")
    if c == "PL": return V("national_id", pesel(p), "pesel")
    if c == "JP": return V("national_id", mynumber(), "mynumber")
    if c == "VN": return V("national_id", cccd(p))
    return V("national_id", chw([(passport_de(), 1), (passport_us(), 1)]))

# ----------------------------------------------------------------------------------------------
# Phones valid under each country's numbering plan, national and international formats
# ----------------------------------------------------------------------------------------------
def _nanp():
    while True:
        npa = f"{rint(2, 9)}{rint(0, 8)}{rint(0, 9)}"; nxx = f"{rint(2, 9)}{rint(0, 9)}{rint(0, 9)}"
        if npa[1:] != "11" and nxx[1:] != "11" and npa not in ("555", "800", "888", "900"): return npa, nxx, rdigits(4)
def phone(country=None, style=None):
    c = country or ch(["US", "GB", "DE", "FR", "ES", "IT", "NL", "PL", "BR", "PT", "TR", "VN", "JP", "IN", "KR", "IE", "NO", "CN", "NG"])
    st = style or ch(["nat", "nat", "intl", "intl", "e164"])
    d = rdigits
    if c == "US":
        a, b, l = _nanp()
        return {"nat": ch([f"({a}) {b}-{l}", f"{a}-{b}-{l}", f"{a}.{b}.{l}"]), "intl": ch([f"+1 {a}-{b}-{l}", f"+1 ({a}) {b}-{l}", f"1-{a}-{b}-{l}"]),
                "e164": f"+1{a}{b}{l}"}[st]
    if c == "GB":
        if coin(0.7):
            m = f"7{ch('1234579')}{d(2)}"; r = d(6)
            return {"nat": f"0{m} {r}", "intl": f"+44 {m} {r}", "e164": f"+44{m}{r}"}[st]
        a, b = f"{ch('378')}{d(3)}", d(4)
        return {"nat": f"020 {a} {b}", "intl": f"+44 20 {a} {b}", "e164": f"+4420{a}{b}"}[st]
    if c == "DE":
        if coin(0.5):
            p = ch(["151", "152", "157", "160", "162", "170", "171", "172", "176", "178"]); r = d(8 if p[1] == "5" else 7)
            return {"nat": ch([f"0{p} {r}", f"0{p}/{r}", f"0{p}-{r}"]), "intl": ch([f"+49 {p} {r}", f"+49 (0){p} {r[:4]} {r[4:]}"]),
                    "e164": f"+49{p}{r}"}[st]
        a, n = ch([("221", 7), ("30", 8), ("89", 8), ("40", 8), ("69", 8), ("711", 7), ("911", 7)]); r = str(rint(2, 9)) + d(n - 1)
        return {"nat": ch([f"0{a}/{r}", f"0{a} {r}", f"(0{a}) {r}", f"0{a}-{r}"]), "intl": f"+49 {a} {r}", "e164": f"+49{a}{r}"}[st]
    if c == "FR":
        f = str(ch([1, 2, 3, 4, 5, 6, 6, 7, 9])); r = d(8); g = [r[i:i + 2] for i in range(0, 8, 2)]
        return {"nat": ch([f"0{f} " + " ".join(g), f"0{f}." + ".".join(g), f"0{f}{r}", f"0{f}-" + "-".join(g)]),
                "intl": ch([f"+33 {f} " + " ".join(g), f"+33 (0){f} " + " ".join(g)]), "e164": f"+33{f}{r}"}[st]
    if c == "ES":
        if coin(0.6): r = ch("67") + d(8)
        else: r = "9" + ch("12345678") + d(7)
        return {"nat": ch([f"{r[:3]} {r[3:6]} {r[6:]}", f"{r[:3]} {r[3:5]} {r[5:7]} {r[7:]}", r]),
                "intl": f"+34 {r[:3]} {r[3:5]} {r[5:7]} {r[7:]}", "e164": f"+34{r}"}[st]
    if c == "IT":
        if coin(0.6):
            p = f"3{ch('234789')}{d(1)}"; r = d(7)
            return {"nat": ch([f"{p} {r[:3]} {r[3:]}", f"{p} {r}", f"{p}-{r}"]), "intl": f"+39 {p} {r}", "e164": f"+39{p}{r}"}[st]
        a = ch(["06", "02", "011", "055", "081"]); r = d(10 - len(a))
        return {"nat": f"{a} {r[:4]} {r[4:]}", "intl": f"+39 {a} {r}", "e164": f"+39{a}{r}"}[st]
    if c == "NL":
        if coin(0.6):
            r = str(rint(1, 9)) + d(7)
            return {"nat": ch([f"06-{r}", f"06 {r}", f"06 {r[:2]} {r[2:4]} {r[4:6]} {r[6:]}"]), "intl": f"+31 6 {r}", "e164": f"+316{r}"}[st]
        a = ch(["20", "10", "30", "70", "40"]); r = str(rint(2, 9)) + d(6)
        return {"nat": f"0{a}-{r}", "intl": f"+31 (0){a} {r[:3]} {r[3:]}", "e164": f"+31{a}{r}"}[st]
    if c == "PL":
        if coin(0.6):
            r = ch("5678") + d(8)
            return {"nat": ch([f"{r[:3]} {r[3:6]} {r[6:]}", f"{r[:3]}-{r[3:6]}-{r[6:]}", r]), "intl": f"+48 {r[:3]} {r[3:6]} {r[6:]}", "e164": f"+48{r}"}[st]
        a = ch(["22", "12", "42", "58", "71", "61"]); r = str(rint(2, 8)) + d(6)
        return {"nat": f"{a} {r[:3]} {r[3:5]} {r[5:]}", "intl": f"+48 {a} {r[:3]} {r[3:5]} {r[5:]}", "e164": f"+48{a}{r}"}[st]
    if c == "BR":
        a = ch(["11", "21", "31", "41", "51", "61", "71", "81", "85"])
        r = ("9" + str(rint(6, 9)) + d(7)) if coin(0.7) else (str(rint(2, 5)) + d(7))
        loc = f"{r[:-4]}-{r[-4:]}"
        return {"nat": ch([f"({a}) {loc}", f"{a} {loc}", f"0{a} {loc}"]), "intl": ch([f"+55 {a} {loc}", f"+55 ({a}) {loc}"]), "e164": f"+55{a}{r}"}[st]
    if c == "PT":
        r = (ch(["91", "92", "93", "96"]) + d(7)) if coin(0.7) else ("21" + d(7))
        return {"nat": f"{r[:3]} {r[3:6]} {r[6:]}", "intl": f"+351 {r[:3]} {r[3:6]} {r[6:]}", "e164": f"+351{r}"}[st]
    if c == "TR":
        r = "5" + ch("0345") + str(rint(0, 9)) + d(7)
        return {"nat": ch([f"0{r[:3]} {r[3:6]} {r[6:8]} {r[8:]}", f"0 ({r[:3]}) {r[3:6]} {r[6:8]} {r[8:]}"]),
                "intl": ch([f"+90 {r[:3]} {r[3:6]} {r[6:8]} {r[8:]}", f"+90 ({r[:3]}) {r[3:6]} {r[6:]}"]), "e164": f"+90{r}"}[st]
    if c == "VN":
        r = ch(["90", "91", "93", "94", "96", "97", "98", "32", "35", "38", "70", "77", "86"]) + d(7)
        return {"nat": ch([f"0{r[:3]} {r[3:6]} {r[6:]}", f"0{r[:2]} {r[2:5]} {r[5:]}", f"0{r}"]), "intl": f"+84 {r[:3]} {r[3:6]} {r[6:]}", "e164": f"+84{r}"}[st]
    if c == "JP":
        if coin(0.7):
            p = ch(["90", "80", "70"]); a, b = d(4), d(4)
            return {"nat": ch([f"0{p}-{a}-{b}", f"0{p} {a} {b}", f"0{p}{a}{b}"]), "intl": f"+81 {p}-{a}-{b}", "e164": f"+81{p}{a}{b}"}[st]
        a, b = d(4), d(4); ar = ch(["3", "6"])
        return {"nat": f"0{ar}-{a}-{b}", "intl": f"+81 {ar}-{a}-{b}", "e164": f"+81{ar}{a}{b}"}[st]
    if c == "IN":
        r = ch("6789") + d(9)
        return {"nat": ch([f"0{r[:5]} {r[5:]}", f"{r[:5]}-{r[5:]}", f"{r[:5]} {r[5:]}"]), "intl": ch([f"+91 {r[:5]} {r[5:]}", f"+91-{r}"]), "e164": f"+91{r}"}[st]
    if c == "KR":
        a, b = d(4), d(4)
        return {"nat": f"010-{a}-{b}", "intl": f"+82 10-{a}-{b}", "e164": f"+8210{a}{b}"}[st]
    if c == "IE":
        r = ch(["83", "85", "86", "87", "89"]) + d(7)
        return {"nat": f"0{r[:2]} {r[2:5]} {r[5:]}", "intl": f"+353 {r[:2]} {r[2:5]} {r[5:]}", "e164": f"+353{r}"}[st]
    if c == "NO":
        r = ch("49") + d(7)
        return {"nat": f"{r[:3]} {r[3:5]} {r[5:]}", "intl": f"+47 {r[:3]} {r[3:5]} {r[5:]}", "e164": f"+47{r}"}[st]
    if c == "CN":
        r = "1" + ch(["38", "39", "35", "50", "58", "86", "89"]) + d(8)
        return {"nat": f"{r[:3]} {r[3:7]} {r[7:]}", "intl": f"+86 {r[:3]} {r[3:7]} {r[7:]}", "e164": f"+86{r}"}[st]
    if c == "NG":
        r = ch(["803", "806", "813", "703", "805", "807"]) + d(7)
        return {"nat": f"0{r[:3]} {r[3:6]} {r[6:]}", "intl": f"+234 {r[:3]} {r[3:6]} {r[6:]}", "e164": f"+234{r}"}[st]
    return phone("US", st)
def vphone(country=None, style=None): return V("phone", phone(country, style))

# ----------------------------------------------------------------------------------------------
# Network identifiers
# ----------------------------------------------------------------------------------------------
PUB_FIRST = [2, 5, 24, 31, 37, 46, 50, 62, 63, 68, 71, 73, 77, 78, 79, 81, 82, 83, 84, 85, 86, 87, 88, 89, 91, 93, 94, 95,
             98, 99, 104, 108, 109, 151, 176, 178, 185, 188, 193, 195, 212, 213, 217]
def ipv4():
    r = R.random()
    if r < 0.35: return ch(["192.0.2.", "198.51.100.", "203.0.113."]) + str(rint(1, 254))
    return f"{ch(PUB_FIRST)}.{rint(0, 255)}.{rint(0, 255)}.{rint(1, 254)}"
def priv4():
    return ch([f"10.{rint(0, 255)}.{rint(0, 255)}.{rint(1, 254)}", f"172.{rint(16, 31)}.{rint(0, 255)}.{rint(1, 254)}",
               f"192.168.{rint(0, 255)}.{rint(1, 254)}"])
def vip4(): return V("ipv4", ipv4())
def ipv6():
    pre = ch(["2001:db8", "2001:0db8", "2a02:8109", "2a01:e0a", "2600:1700", "2003:e6", "2001:16b8", "2a00:23c5", "2406:da18", "2804:14c"])
    groups = [f"{rint(0, 0xffff):x}" for _ in range(6)]
    form = ch(["full", "zcomp", "zcomp", "short"])
    if form == "full": return pre + ":" + ":".join(groups)
    if form == "short": return pre + "::" + groups[-1]
    a, r = rint(0, 3), rint(1, 2)
    return pre + ":" + "".join(g + ":" for g in groups[:a]) + ":" + ":".join(groups[6 - r:])
def vip6(): return V("ipv6", ipv6())
OUIS = ["3c:22:fb", "f0:18:98", "ac:de:48", "b8:27:eb", "dc:a6:32", "94:db:dc", "a4:83:e7", "38:f9:d3", "60:f2:62", "e4:5f:01", "8c:85:90"]
def mac(fmt=None):
    b = ch(OUIS).split(":") + [f"{rint(0, 255):02x}" for _ in range(3)]
    fmt = fmt or ch(["colon", "colon", "COLON", "DASH", "cisco", "dash"])
    if fmt == "colon": return ":".join(b)
    if fmt == "COLON": return ":".join(b).upper()
    if fmt == "DASH": return "-".join(b).upper()
    if fmt == "dash": return "-".join(b)
    if fmt == "cisco": h = "".join(b); return f"{h[:4]}.{h[4:8]}.{h[8:]}"
    if fmt == "plain": return "".join(b).upper()
    raise ValueError(fmt)
def vmac(fmt=None): return V("mac_address", mac(fmt))

# ----------------------------------------------------------------------------------------------
# Addresses
# ----------------------------------------------------------------------------------------------
def address(c=None):
    """-> (street_line, postcode, city, full_one_line)"""
    c = c or ch(["US", "GB", "DE", "FR", "ES", "IT", "NL", "PL", "BR", "PT", "TR", "JP", "VN", "IN"])
    n = rint(1, 240)
    if c == "US":
        st = f"{rint(10, 9899)} {ch(['Maple', 'Oak', 'Elm', 'Washington', 'Lakeview', 'Sunset', 'Highland', 'Cedar', 'Pine', 'King'])} {ch(['St', 'Ave', 'Blvd', 'Rd', 'Dr', 'Street', 'Lane'])}"
        if coin(0.3): st += f" {ch(['Apt', 'Unit', 'Ste'])} {rint(1, 40)}{ch(['', 'B', 'C'])}"
        city, pc = ch([("Springfield, IL", "62704"), ("Portland, OR", "97205"), ("Austin, TX", "78701"), ("Columbus, OH", "43215"), ("Madison, WI", "53703")])
        return st, pc, city, f"{st}, {city} {pc}"
    if c == "GB":
        st = f"{n} {ch(['Baker Street', 'High Street', 'Church Road', 'Victoria Road', 'Station Road', 'Mill Lane', 'Queensway'])}"
        city, pc = ch([("London", "NW1 6XE"), ("Leeds", "LS1 4DY"), ("Bristol", "BS1 5TR"), ("Manchester", "M1 1AE"), ("Edinburgh", "EH1 1YZ")])
        return st, pc, city, f"{st}, {city} {pc}"
    if c == "DE":
        st = f"{ch(['Hauptstraße', 'Bahnhofstraße', 'Schillerstraße', 'Goethestraße', 'Lindenallee', 'Am Markt', 'Königsallee', 'Kaiser-Wilhelm-Ring'])} {n}{ch(['', '', 'a', 'b'])}"
        pc, city = ch([("50667", "Köln"), ("10115", "Berlin"), ("80331", "München"), ("20095", "Hamburg"), ("60311", "Frankfurt am Main")])
        return st, pc, city, f"{st}, {pc} {city}"
    if c == "FR":
        st = f"{n}{ch(['', '', ' bis'])} {ch(['rue de la Paix', 'avenue Victor Hugo', 'boulevard Saint-Michel', 'rue du Faubourg Saint-Antoine', 'place Bellecour', 'chemin des Vignes'])}"
        pc, city = ch([("75002", "Paris"), ("69002", "Lyon"), ("13001", "Marseille"), ("31000", "Toulouse"), ("83000", "Toulon")])
        return st, pc, city, f"{st}, {pc} {city}"
    if c == "ES":
        st = f"{ch(['Calle Mayor', 'Calle de Alcalá', 'Gran Vía', 'Calle del Carmen', 'Avenida de la Constitución', 'C/ Serrano'])} {n}, {rint(1, 9)}º {ch('ABCD')}"
        pc, city = ch([("28013", "Madrid"), ("08002", "Barcelona"), ("41001", "Sevilla"), ("46002", "Valencia")])
        return st, pc, city, f"{st}, {pc} {city}"
    if c == "IT":
        st = f"{ch(['Via Roma', 'Via Garibaldi', 'Via Mazzini', 'Via dei Mille', 'Piazza Navona', 'Corso Vittorio Emanuele II'])} {n}"
        pc, city = ch([("00184", "Roma"), ("20121", "Milano"), ("80132", "Napoli"), ("50122", "Firenze")])
        return st, pc, city, f"{st}, {pc} {city}"
    if c == "NL":
        st = f"{ch(['Keizersgracht', 'Damrak', 'Stationsweg', 'Dorpsstraat', 'Kerkstraat', 'Oudegracht'])} {n}{ch(['', '', '-II', 'A'])}"
        pc, city = ch([("1015 CJ", "Amsterdam"), ("3511 AX", "Utrecht"), ("2511 BT", "Den Haag"), ("3011 AD", "Rotterdam")])
        return st, pc, city, f"{st}, {pc} {city}"
    if c == "PL":
        st = f"ul. {ch(['Marszałkowska', 'Długa', 'Piotrkowska', 'Floriańska', 'Świętokrzyska', 'Grunwaldzka'])} {n}/{rint(1, 60)}"
        pc, city = ch([("00-514", "Warszawa"), ("90-001", "Łódź"), ("31-019", "Kraków"), ("80-831", "Gdańsk")])
        return st, pc, city, f"{st}, {pc} {city}"
    if c == "BR":
        st = f"{ch(['Rua Augusta', 'Rua das Flores', 'Rua XV de Novembro', 'Av. Paulista', 'Rua da Consolação'])}, {rint(10, 2500)}{ch(['', ', Apto ' + str(rint(11, 184))])}"
        pc, city = ch([("01304-001", "São Paulo - SP"), ("20040-020", "Rio de Janeiro - RJ"), ("80010-000", "Curitiba - PR")])
        return st, pc, city, f"{st}, {city}, {pc}"
    if c == "PT":
        st = f"{ch(['Rua Augusta', 'Avenida da Liberdade', 'Rua de Santa Catarina', 'Travessa do Carmo'])} {n}, {rint(1, 6)}º {ch(['Esq.', 'Dto.'])}"
        pc, city = ch([("1100-053", "Lisboa"), ("4000-447", "Porto"), ("3000-150", "Coimbra")])
        return st, pc, city, f"{st}, {pc} {city}"
    if c == "TR":
        st = f"{ch(['Atatürk Cad.', 'İstiklal Cad.', 'Bağdat Cad.', 'Cumhuriyet Mah. Gül Sok.'])} No: {n} D: {rint(1, 20)}"
        pc, city = ch([("34710", "Kadıköy/İstanbul"), ("06420", "Çankaya/Ankara"), ("35210", "Konak/İzmir")])
        return st, pc, city, f"{st}, {pc} {city}"
    if c == "JP":
        ward, pc, city = ch([("世田谷区桜新町", "154-0015", "東京都"), ("中央区銀座", "104-0061", "東京都"), ("北区梅田", "530-0001", "大阪府"), ("名古屋市中区栄", "460-0008", "愛知県"), ("福岡市博多区博多駅前", "812-0011", "福岡県")])
        st = ward + f"{rint(1, 4)}-{rint(1, 30)}-{rint(1, 20)}"
        return st, pc, city, f"〒{pc} {city}{st}"
    if c == "VN":
        st = f"{ch(['Số ', ''])}{n} {ch(['Phố Huế', 'Nguyễn Huệ', 'Lê Lợi', 'Trần Hưng Đạo', 'Hai Bà Trưng'])}"
        pc, city = "", ch(["Quận 1, TP. Hồ Chí Minh", "Quận Hoàn Kiếm, Hà Nội", "Quận Hải Châu, Đà Nẵng"])
        return st, pc, city, f"{st}, {city}"
    if c == "IN":
        st = f"Flat {rint(101, 1204)}, {ch(['Shanti Apartments', 'Green Park Residency', 'Lotus Towers'])}, {ch(['MG Road', 'Linking Road', 'Anna Salai'])}"
        pc, city = ch([("560001", "Bengaluru"), ("400050", "Mumbai"), ("600002", "Chennai")])
        return st, pc, city, f"{st}, {city} {pc}"
    return address("US")

# ----------------------------------------------------------------------------------------------
# Passwords and secrets
# ----------------------------------------------------------------------------------------------
PW_POOL = ["Sommer2024!", "Winter#23", "Kwiecień2023!", "Passwort123", "Summer24$", "Tr0ub4dor&3", "hunter2", "qwerty!234",
           "zaq1@WSX", "Ilovemydog7", "correct horse battery staple", "my cat is 7 (and fat)", "blue sky; green grass",
           "it's-Me!42", 'say "cheese" 9', "p@ss;word(1)", "x;y;z#2024", "(Secret)+1", "Tx9;Q(7)r$", "pässwörd!2024",
           "Zażółć#gęślą1", "Ünïcödé;42", "パスワード2024", "Fußball#1990", "Mot de passe 2024!", "contraseña_Segura9",
           "S3cr3t;pw", "Hello World (2024)", "a;b;c;d!", "1q2w3e4r!", "Admin@12345", "Ch@ngeMe!", "Orzeł&Reszka7",
           "don't;panic(42)", "back\\slash9", "Gr8=Pa$$?", "100%Sure!", "tab<>tag&co", "Çok_gizli:2024", "Mật khẩu 123"]
PW_SYMS = "!#$%&()*+,-./:;<=>?@[]^_{|}~"
def pw(forbid=""):
    forbid = set(forbid)
    for _ in range(60):
        if coin(0.55): p = ch(PW_POOL)
        else:
            p = "".join(R.choice(string.ascii_letters + string.digits + PW_SYMS) for _ in range(rint(10, 22)))
            if coin(0.3): p = p[:4] + ch([" ", ";", "(", ")", "'", '"']) + p[4:]
        p = p.strip()
        if not (set(p) & forbid): return p
    return ralnum(14) + "!"
def vpw(forbid=""): return V("password", pw(forbid))

AZ2_7 = string.ascii_uppercase + "234567"
B64CH = string.ascii_letters + string.digits + "+/"
URLCH = string.ascii_letters + string.digits + "-_"
def aws_akid(temp=False): return ("ASIA" if temp else "AKIA") + ralnum(16, AZ2_7)
def aws_secret(): return ralnum(40, string.ascii_letters + string.digits + "/+")
def stripe_key(kind=None, live=True):
    kind = kind or ch(["sk", "rk"]); return f"{kind}_{'live' if live else 'test'}_" + ralnum(ch([24, 99]))
def gh_token(): return chw([("ghp_" + ralnum(36), 3), ("gho_" + ralnum(36), 1), ("ghs_" + ralnum(36), 1),
                            ("github_pat_11" + ralnum(20, string.ascii_uppercase + string.digits) + "_" + ralnum(59), 1)])
def slack_token(): return f"xox{ch('bpa')}-{rdigits(12)}-{rdigits(13)}-" + ralnum(24)
def slack_webhook(): return f"https://hooks.slack.com/services/T{ralnum(8, string.ascii_uppercase + string.digits)}/B{ralnum(10, string.ascii_uppercase + string.digits)}/{ralnum(24)}"
def gcp_key(): return "AIza" + ralnum(35, URLCH)
def sendgrid(): return "SG." + ralnum(22, URLCH) + "." + ralnum(43, URLCH)
def twilio_key(): return "SK" + rhex(32)
def openai_key(): return "sk-proj-" + ralnum(64, URLCH)
def anthropic_key(): return "sk-ant-api03-" + ralnum(93, URLCH) + "AA"
def npm_token(): return "npm_" + ralnum(36)
def pypi_token(): return "pypi-AgEIcHlwaS5vcmc" + ralnum(ch([70, 120]), URLCH)
def mailgun(): return "key-" + rhex(32)
def shopify(): return "shpat_" + rhex(32)
def do_token(): return "dop_v1_" + rhex(64)
def vault_token(): return "hvs." + ralnum(24)
def docker_pat(): return "dckr_pat_" + ralnum(27, URLCH)
def telegram(): return f"{rint(100000000, 9999999999)}:AA" + ralnum(33, URLCH)
def azure_key(): return ralnum(86, B64CH) + "=="
def square(): return "sq0atp-" + ralnum(22, URLCH)
def glpat(): return "glpat-" + ralnum(20, URLCH)
def mapbox_sk(): return "sk.eyJ1Ijoi" + ralnum(50, URLCH) + "." + ralnum(22, URLCH)
def fcm_token(): return ralnum(22, URLCH) + ":APA91b" + ralnum(134, URLCH)
def session_id(): return chw([(rhex(32), 3), (rhex(40), 1), (rb64(24, True, False), 2), (ralnum(26, string.ascii_lowercase + string.digits), 2)])
def pem_body(): return rb64(ch([48, 60, 96]))
def private_key_pem(nl="\\n"):
    kind = ch(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    return f"-----BEGIN {kind}-----{nl}" + nl.join(rb64(48) for _ in range(rint(2, 4))) + f"{nl}-----END {kind}-----"

def api_key():
    f = chw([(lambda: aws_akid(), 2), (lambda: stripe_key(), 3), (gh_token, 2), (slack_token, 1), (gcp_key, 2), (sendgrid, 1),
             (twilio_key, 1), (openai_key, 1), (anthropic_key, 1), (npm_token, 1), (pypi_token, 1), (mailgun, 1), (shopify, 1),
             (do_token, 1), (vault_token, 1), (docker_pat, 1), (glpat, 1), (square, 1), (telegram, 1)])
    return f()
def vsecret(v=None): return V("secret", v if v is not None else api_key())

def jwt_token(p=None, alg=None):
    alg = alg or ch(["HS256", "RS256", "ES256"])
    hdr = {"alg": alg, "typ": "JWT"}
    if alg != "HS256": hdr["kid"] = rhex(16)
    p = p or Person()
    now = 1718064000 + rint(0, 400000)
    pl = chw([({"sub": str(rint(1000, 999999)), "name": p.full, "iat": now, "exp": now + 3600}, 2),
              ({"sub": uuid4(), "email": p.email(), "email_verified": True, "iss": "https://auth.example.com/", "aud": "shop-web", "iat": now, "exp": now + 900}, 2),
              ({"user_id": rint(1000, 99999), "role": "customer", "iat": now}, 1),
              ({"iss": "https://accounts.google.com", "azp": "1234.apps.googleusercontent.com", "sub": rdigits(21), "email": p.email("gmail.com"), "exp": now + 3600}, 1)])
    seg = lambda o: b64url(json.dumps(o, separators=(",", ":"), ensure_ascii=False).encode())
    sig = b64url(bytes(R.getrandbits(8) for _ in range({"HS256": 32, "RS256": 256, "ES256": 64}[alg])))
    return f"{seg(hdr)}.{seg(pl)}.{sig}"
def vjwt(p=None): return V("jwt", jwt_token(p))
def jwt_ok(t):
    try:
        h, p, s = t.split(".")
        for x in (h, p): json.loads(base64.urlsafe_b64decode(x + "=" * (-len(x) % 4)))
        return True
    except Exception:
        return False
CHECKS["jwt"] = jwt_ok

# ----------------------------------------------------------------------------------------------
# Decoy material: system identities and machine-generated values
# ----------------------------------------------------------------------------------------------
SYS_USERS = ["root", "postgres", "www-data", "nobody", "daemon", "mysql", "redis", "nginx", "systemd-resolve", "_apt", "sshd",
             "backup", "jenkins", "git", "ubuntu", "ec2-user", "admin", "oracle", "svc_backup", "deploy", "ansible", "prometheus"]
SVC_DB_USERS = ["app", "shop_app", "replicator", "grafana_ro", "postgres", "root", "debezium", "readonly", "migrator"]
WIN_SYS = [("S-1-5-18", "SYSTEM", "NT AUTHORITY"), ("S-1-5-19", "LOCAL SERVICE", "NT AUTHORITY"),
           ("S-1-5-20", "NETWORK SERVICE", "NT AUTHORITY"), ("S-1-5-7", "ANONYMOUS LOGON", "NT AUTHORITY"),
           ("S-1-5-90-0-1", "DWM-1", "Window Manager"), ("S-1-5-96-0-0", "UMFD-0", "Font Driver Host")]
K8S_SYS = ["system:kube-controller-manager", "system:kube-scheduler", "system:apiserver", "system:kube-proxy",
           "system:serviceaccount:kube-system:replicaset-controller", "system:serviceaccount:kube-system:generic-garbage-collector",
           "system:serviceaccount:argocd:argocd-application-controller", "system:serviceaccount:monitoring:prometheus-k8s",
           "system:node:ip-10-0-1-23.ec2.internal", "system:serviceaccount:kube-system:coredns"]
def trace_id(): return rhex(32)
def span_id(): return rhex(16)
def sha256(): return rhex(64)
def sha1(): return rhex(40)
def md5(): return rhex(32)
def gitsha(): return rhex(ch([7, 8, 12]))
def version(): return ch([f"{rint(0, 9)}.{rint(0, 30)}.{rint(0, 20)}", f"v{rint(1, 3)}.{rint(0, 30)}.{rint(0, 9)}", f"{rint(1, 20)}.{rint(0, 9)}",
                          f"10.0.{rint(17000, 26000)}.{rint(1, 5000)}", f"{rint(1, 5)}.{rint(0, 9)}.{rint(0, 9)}-rc.{rint(1, 5)}"])
def pod(): return f"{ch(['checkout', 'api', 'worker', 'auth', 'payments', 'search', 'web'])}-{rhex(ch([9, 10]))}-{ralnum(5, string.ascii_lowercase + string.digits)}"
def node_name(): return ch([f"ip-10-0-{rint(0, 255)}-{rint(1, 254)}.ec2.internal", f"gke-prod-pool-1-{rhex(8)}-{ralnum(4, string.ascii_lowercase)}",
                            f"aks-nodepool1-{rdigits(8)}-vmss00000{rint(0, 9)}"])
def host(): return ch(["web-01", "web-02", "app-03.prod.internal", "db-primary", "mx1.example.com", "ldap1", "fw-edge-01", "worker-7",
                       "ip-10-0-3-17", "api-gateway", "cache-02", "ci-runner-4", "srv-app-12"])
def epoch(): return 1718064000 + rint(0, 432000)
def epoch_ms(): return epoch() * 1000 + rint(0, 999)
def order_no(): return ch([f"ORD-2024-{rint(1, 999999):06d}", f"INV-{rint(10000, 99999)}", f"#{rint(100000, 999999)}", f"PO{rdigits(8)}",
                           f"{rint(100, 999)}-{rdigits(7)}-{rdigits(7)}", f"RE-2024-{rint(1, 99999):05d}"])
def dur(): return ch([f"{rint(1, 999)}ms", f"{R.random() * 3:.3f}s", f"{rint(1, 59)}.{rint(0, 999):03d}", f"{R.random() * 200:.2f} ms"])
def ua(): return ch(["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
                     "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
                     "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0", "curl/8.5.0", "okhttp/4.12.0",
                     "python-requests/2.32.3", "Go-http-client/2.0", "kubectl/v1.29.3 (linux/amd64) kubernetes/6813625",
                     "aws-cli/2.15.58 Python/3.11.8 Linux/6.5.0-1020-aws exe/x86_64.ubuntu.22", "ELB-HealthChecker/2.0"])
def iso_ts(t=None, frac=3, z="Z"):
    t = t or ts_event(); s = t.strftime("%Y-%m-%dT%H:%M:%S")
    if frac: s += "." + f"{t.microsecond:06d}"[:frac]
    return s + z
def syslog_ts(t=None): t = t or ts_event(); return t.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if t.day < 10 else t.strftime("%b %d %H:%M:%S")

def produce(n, lab, dec, dfrac=0.35):
    """Build about n lines: labeled variants `lab` and decoy variants `dec` (lists of (fn, weight) or fns)."""
    out = []
    def pick(pool):
        return chw([x if isinstance(x, tuple) else (x, 1) for x in pool])
    while len(out) < n:
        f = pick(dec) if (dec and R.random() < dfrac) else pick(lab)
        r = f()
        out.extend(r if isinstance(r, list) else [r])
    return out

# ==============================================================================================
# FORMATS.  Each: fmt_<name>(n) -> list of lines.  Registry at the end carries the spec notes.
# ==============================================================================================
FORMATS = []
def fmt(name, spec, labeled, decoys, n=(70, 100)):
    def deco(f):
        FORMATS.append({"name": name, "spec": spec, "labeled": labeled, "decoys": decoys, "fn": f, "n": n}); return f
    return deco

def P(c=None): return Person(c)
def vname(text): return V("person", text)
def vuser(text): return V("username", text)
def vuid(text): return V("user_id", str(text))
def vemail(p=None, domain=None): return V("email", (p or P()).email(domain))
def vdob(d, style): return V("date_of_birth", fdate(d, style))

# ---------------------------------------------------------------------------------------------- HL7 v2
def hl7_ts(): t = ts_event(); return t.strftime("%Y%m%d%H%M%S") + ch(["", "", "+0000", ".123"])
def hl7_xpn(p, upper=None):
    upper = coin(0.6) if upper is None else upper
    f = p.family.upper() if upper else p.family; g = p.given.upper() if upper else p.given
    parts = [vname(f), "^", vname(g)]
    if p.middle and len(p.middle) > 2: parts += ["^", vname(p.middle.upper() if upper else p.middle)]
    else: parts += ["^"]
    parts.append(ch(["^^^^L", "^^^^", "", "^^MR^^L", "^JR^^L"]) if not p.middle else ch(["^^^L", ""]))
    return parts
US_STATES = ["IL", "OR", "TX", "OH", "WI", "CA", "NY", "MA"]
def hl7_xad(c):
    st, pc, city, _ = address(c)
    city1 = city.split(",")[0]
    return [V("address", st), "^", ch(["", "", "APT " + str(rint(1, 40))]), "^", city1.upper(), "^", ch(US_STATES) if c == "US" else "",
            "^", pc, "^", {"US": "USA", "GB": "GBR", "DE": "DEU", "NL": "NLD", "FR": "FRA"}.get(c, "USA"), "^", ch(["H", "M", "C"])]
def hl7_msh(typ=None):
    typ = typ or ch(["ADT^A01^ADT_A01", "ADT^A04^ADT_A01", "ADT^A08^ADT_A01", "ORU^R01^ORU_R01", "ADT^A03^ADT_A03"])
    return mk("hl7v2/msh", f"MSH|^~\\&|{ch(['EPIC', 'CERNER', 'MEDITECH', 'ADTAPP'])}|{ch(['UCSF', 'MAINHOSP', 'STJ'])}|{ch(['LAB', 'RADIS', 'MIRTH'])}|"
              f"{ch(['LABFAC', 'HUB'])}|{hl7_ts()}||{typ}|{ch(['MSG', 'CTRL', ''])}{rdigits(8)}|{ch(['P', 'T'])}|{ch(['2.3', '2.4', '2.5', '2.5.1'])}|||AL|NE")
def hl7_pid(p=None):
    p = p or P(ch(["US", "US", "US", "GB", "NL", "DE", "FR"])); c = p.country
    mrn = vuid(rdigits(ch([6, 7, 8])))
    ids = [mrn, f"^^^{ch(['MAINHOSP', 'UCSF', 'STJ'])}^MR"]
    ssnv = None
    if c == "US":
        ssnv = V("us_ssn", ssn(ch(["dash", "plain"])), "ssn")
        if coin(0.5): ids += ["~", V("us_ssn", ssn(), "ssn"), "^^^USSSA^SS"]
    elif c == "NL": ids += ["~", V("national_id", bsn(), "bsn"), "^^^NLMINBIZA^NNNLD"]
    elif c == "GB": ids += ["~", V("national_id", rdigits(3) + " " + rdigits(3) + " " + rdigits(4)), "^^^NHS^NH"]
    elif c == "FR": ids += ["~", V("national_id", nir(p, "plain"), "nir"), "^^^ASIP-SANTE-INS-NIR&1.2.250.1.213.1.4.8&ISO^INS"]
    elif c == "DE": ids += ["~", V("national_id", steuer_id("plain"), "steuer"), "^^^BZSt^TAX"]
    maiden = [vname(P(c).family.upper()), "^^^^^^M"] if coin(0.4) else ""
    dob = V("date_of_birth", fdate(p.dob, "hl7ts") + ch(["", "", "0000", "1432"]))
    ph = [vphone(c, "nat"), "^PRN^PH"]
    if coin(0.5): ph += ["~^NET^Internet^", vemail(p)]
    biz = [vphone(c, ch(["nat", "intl"])), "^WPN^PH"] if coin(0.4) else ""
    acct = vuid(ch(["", "A", "ACC"]) + rdigits(8)) if coin(0.6) else ""
    dl = [V("national_id", ch(string.ascii_uppercase) + rdigits(ch([7, 8, 12]))), "^", ch(US_STATES)] if (c == "US" and coin(0.4)) else ""
    return mk(f"hl7v2/pid-{c.lower()}", "PID|1||", ids, "||", hl7_xpn(p), "|", maiden, "|", dob, "|", p.sex, "||",
              ch(["2106-3^White^HL70005", "2054-5^Black^HL70005", "", "2028-9^Asian^HL70005"]), "|", hl7_xad(c), "||", ph, "|", biz, "|",
              ch(["EN^English^ISO6391", "en", "", "nl", "de"]), "|", ch(["M", "S", "D", "W", ""]), "||", acct, "|", ssnv or "", "|", dl)
def hl7_nk1(c="US"):
    p = P(c)
    return mk("hl7v2/nk1", f"NK1|{rint(1, 3)}|", hl7_xpn(p), "|", ch(["SPO^Spouse", "MTH^Mother", "FTH^Father", "CHD^Child", "FRD^Friend"]), "^HL70063|",
              hl7_xad(c) if coin(0.6) else "", "|", vphone(c, "nat"), "^PRN^PH||EC^Emergency Contact^HL70131")
def hl7_xcn(c="US"):
    d = P(c); return [rdigits(10), "^", vname(d.family.upper()), "^", vname(d.given.upper()), "^^^^", ch(["Dr", "DR", "MD"]), "^^^NPI"]
def hl7_pv1():
    f = [""] * 45
    f[1], f[2], f[3], f[4] = "1", ch(["I", "O", "E"]), f"{ch(['W4', 'ICU', 'ER'])}^{rint(100, 499)}^{ch('AB')}^MAIN", ch(["E", "R", "U"])
    f[7] = hl7_xcn(); f[8] = hl7_xcn() if coin(0.4) else ""; f[10] = ch(["MED", "SUR", "CAR"]); f[14] = ch(["1", "7", ""])
    f[18] = ch(["IP", "OP"]); f[19] = f"V{rdigits(9)}"; f[44] = hl7_ts()
    parts = ["PV1"]
    for x in f[1:]: parts += ["|", x]
    return mk("hl7v2/pv1", parts)
def hl7_evn(labeled=True):
    if labeled and coin(0.6):
        d = P("US"); return mk("hl7v2/evn", f"EVN|{ch(['A01', 'A04', 'A08'])}|{hl7_ts()}|||{ch(['OP', 'U'])}{rdigits(4)}^", vname(d.family.upper()), "^", vname(d.given.upper()))
    return mk("hl7v2/evn", f"EVN|{ch(['A01', 'A04', 'A08', 'A03'])}|{hl7_ts()}||{ch(['01', '02', ''])}")
def hl7_obx(i=1):
    code, name, unit, rng = ch([("2345-7", "Glucose", "mg/dL", "70-99"), ("718-7", "Hemoglobin", "g/dL", "12.0-16.0"), ("2160-0", "Creatinine", "mg/dL", "0.6-1.3"),
                                ("8480-6", "Systolic blood pressure", "mm[Hg]", "90-120"), ("2823-3", "Potassium", "mmol/L", "3.5-5.1")])
    return mk("hl7v2/obx", f"OBX|{i}|NM|{code}^{name}^LN||{rint(3, 250)}{ch(['', '.' + str(rint(0, 9))])}|{unit}|{rng}|{ch(['N', 'H', 'L', ''])}|||F|||{hl7_ts()}")
def hl7_other_decoy():
    return ch([lambda: mk("hl7v2/dg1", f"DG1|1|I10|{ch(['E11.9^Type 2 diabetes mellitus without complications', 'I10^Essential (primary) hypertension', 'J45.909^Unspecified asthma'])}^I10||{hl7_ts()}|A"),
               lambda: mk("hl7v2/al1", f"AL1|1|DA|{ch(['7980^PENICILLIN', '2670^CODEINE', '1191^ASPIRIN'])}^RXNORM|{ch(['SV', 'MO', 'MI'])}|{ch(['HIVES', 'RASH', 'ANAPHYLAXIS'])}"),
               lambda: mk("hl7v2/msa", f"MSA|AA|{ch(['MSG', 'CTRL'])}{rdigits(8)}|Message accepted"),
               lambda: mk("hl7v2/obr", f"OBR|1|{rdigits(8)}^LAB|{rdigits(9)}^LAB|24323-8^Comprehensive metabolic panel^LN|||{hl7_ts()}")])()
@fmt("hl7v2", "HL7 v2.5.1 ch. 3 (PID, NK1, PV1, EVN) and ch. 7 (OBR/OBX), MSH ch. 2; segment-per-line as logged by interface engines",
     "PID-3 MRN (user_id) + national ids (SSN, BSN, NIR, NHS no., Steuer-ID), PID-5/6 XPN name components (person), PID-7 DOB, PID-11 street (address), PID-13/14 XTN phone & email, PID-18 account (user_id), PID-19 SSN, PID-20 driver's licence, NK1 names/address/phone, PV1-7/8 and EVN-5 clinician names",
     "MSH (timestamps, control ids, versions), OBX/OBR values and LOINC codes, DG1/AL1 codes, MSA acks, visit numbers, NPI-style provider ids")
def fmt_hl7v2(n):
    def adt():
        c = ch(["US", "US", "GB", "NL", "DE", "FR"])
        out = [hl7_msh(), hl7_evn(), hl7_pid(P(c))]
        if coin(0.5): out.append(hl7_nk1(c))
        out.append(hl7_pv1())
        return out
    def oru():
        out = [hl7_msh("ORU^R01^ORU_R01"), hl7_pid(), hl7_other_decoy()]
        out += [hl7_obx(i) for i in range(1, rint(2, 4))]
        return out
    def one(): return hl7_pid()
    return produce(n, [(adt, 3), (oru, 2), (one, 2)], [(hl7_obx, 2), (hl7_other_decoy, 2), (lambda: hl7_evn(False), 1), (hl7_msh, 1)], 0.15)

# ---------------------------------------------------------------------------------------------- FHIR R4
def fhir_meta(): return {"versionId": str(rint(1, 9)), "lastUpdated": iso_ts(frac=3, z="+00:00")}
def fhir_patient(p=None):
    p = p or P(ch(["US", "NL", "FR", "DE", "GB", "BR", "JP"])); c = p.country
    idents = [{"use": "usual", "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]},
               "system": "urn:oid:1.2.36.146.595.217.0.1", "value": vuid(rdigits(7))}]
    sysmap = {"US": ("http://hl7.org/fhir/sid/us-ssn", V("us_ssn", ssn(), "ssn")), "NL": ("http://fhir.nl/fhir/NamingSystem/bsn", V("national_id", bsn(), "bsn")),
              "FR": ("urn:oid:1.2.250.1.213.1.4.8", V("national_id", nir(p, "plain"), "nir")), "BR": ("http://rnds.saude.gov.br/fhir/r4/NamingSystem/cpf", V("national_id", cpf("plain"), "cpf")),
              "GB": ("https://fhir.nhs.uk/Id/nhs-number", V("national_id", rdigits(10))), "DE": ("http://fhir.de/sid/bzst/steuer-id", V("national_id", steuer_id("plain"), "steuer")),
              "JP": ("urn:oid:1.2.392.100495.20.3.51", V("national_id", mynumber("plain"), "mynumber"))}
    if coin(0.7): s, v = sysmap[c]; idents.append({"system": s, "value": v})
    name = {"use": "official", "family": vname(p.family), "given": [vname(p.given)]}
    if p.middle and len(p.middle) > 2: name["given"].append(vname(p.middle))
    if coin(0.2): name["prefix"] = [ch(["Mr.", "Ms.", "Dr."])]
    if c == "JP" and coin(0.6):
        name = {"use": "official", "text": vname(p.kanji), "family": vname(p.family_kanji), "given": [vname(p.given_kanji)],
                "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/iso21090-EN-representation", "valueCode": "IDE"}]}
    tel = [{"system": "phone", "value": vphone(c), "use": ch(["home", "mobile", "work"])}]
    if coin(0.6): tel.append({"system": "email", "value": vemail(p), "use": "home"})
    st, pc, city, _ = address(c if c not in ("GB",) else "GB")
    res = {"resourceType": "Patient", "id": ch(["pat-", "", "example-"]) + ralnum(8, string.ascii_lowercase + string.digits), "meta": fhir_meta(),
           "identifier": idents, "active": True, "name": [name], "telecom": tel, "gender": "female" if p.female else "male",
           "birthDate": vdob(p.dob, "iso")}
    if coin(0.75): res["address"] = [{"use": "home", "line": [V("address", st)], "city": city.split(",")[0], "postalCode": pc, "country": c}]
    if coin(0.2): res["contact"] = [{"relationship": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0131", "code": "N"}]}],
                                      "name": {"family": vname(P(c).family), "given": [vname(P(c).given)]}, "telecom": [{"system": "phone", "value": vphone(c)}]}]
    return res
@fmt("fhir", "HL7 FHIR R4 Patient resource (identifier, name HumanName, telecom ContactPoint, birthDate, address), Bundle and OperationOutcome; JSON one resource per line as logged by FHIR servers",
     "name.family/given/text (person), identifier.value for MR (user_id) and national systems (us-ssn, NL BSN, FR INS-NIR, BR CPF, NHS, JP My Number), telecom phone/email, birthDate, address.line",
     "Observation/Encounter/CapabilityStatement/OperationOutcome, meta.lastUpdated and versionId, resource ids, LOINC/SNOMED codes, search URLs with date ranges (birthdate=ge1900-01-01 style parameters are not a person's DOB)")
def fmt_fhir(n):
    def patient(): return mk("fhir/patient", J(fhir_patient(), sep=ch([(",", ":"), (", ", ": ")])))
    def bundle():
        ents = [{"fullUrl": f"https://fhir.example.org/r4/Patient/{rdigits(5)}", "resource": fhir_patient(), "search": {"mode": "match"}}]
        return mk("fhir/bundle", J({"resourceType": "Bundle", "type": "searchset", "total": 1, "entry": ents}))
    def update_log():
        p = P(ch(["US", "GB", "NL"]))
        return mk("fhir/server", f"{iso_ts()} INFO  [ca.uhn.fhir.rest.server.interceptor.LoggingInterceptor] PUT Patient/{rdigits(5)} ",
                  J({"name": [{"family": vname(p.family), "given": [vname(p.given)]}], "birthDate": vdob(p.dob, "iso")}))
    def obs():
        return mk("fhir/observation", J({"resourceType": "Observation", "id": ralnum(10, string.ascii_lowercase + string.digits), "meta": fhir_meta(), "status": "final",
                  "code": {"coding": [{"system": "http://loinc.org", "code": ch(["8867-4", "29463-7", "8310-5"]), "display": ch(["Heart rate", "Body weight", "Body temperature"])}]},
                  "effectiveDateTime": iso_ts(frac=0, z="+00:00"), "valueQuantity": {"value": rint(36, 120), "unit": ch(["/min", "kg", "Cel"]), "system": "http://unitsofmeasure.org"},
                  "encounter": {"reference": f"Encounter/enc-{rhex(8)}"}}))
    def oo():
        return mk("fhir/operationoutcome", J({"resourceType": "OperationOutcome", "issue": [{"severity": "error", "code": ch(["processing", "invalid", "not-found"]),
                  "diagnostics": ch(["HAPI-0450: Failed to parse request body as JSON resource", "Resource Patient/12345 is not known", "HAPI-1094: Resource version 3 does not match"])}]}))
    def search():
        return mk("fhir/access", f"{iso_ts()} GET /fhir/r4/{ch(['Patient', 'Observation', 'Encounter'])}?{ch(['birthdate=ge1900-01-01&_count=50', '_lastUpdated=gt2024-06-01&_sort=-_lastUpdated', 'date=ge2024-01-01&code=http://loinc.org|8867-4', '_id=' + rdigits(5)])} 200 {rint(2, 900)}ms")
    def cap(): return mk("fhir/metadata", J({"resourceType": "CapabilityStatement", "status": "active", "date": "2024-06-01", "fhirVersion": "4.0.1", "format": ["json", "xml"], "software": {"name": "HAPI FHIR Server", "version": "7.2.0"}}))
    return produce(n, [(patient, 5), (bundle, 1), (update_log, 2)], [obs, oo, search, cap], 0.35)

# ---------------------------------------------------------------------------------------------- WS-Security
WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"
WSU = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd"
UTP = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0"
def xesc(s): return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;").replace("'", "&apos;")
@fmt("wssec", "OASIS WSS UsernameToken Profile 1.0/1.1 (wsse:UsernameToken, Username, Password Type=#PasswordText/#PasswordDigest, Nonce, wsu:Created), SOAP 1.1 envelopes as logged by Apache CXF LoggingInInterceptor / Spring-WS",
     "wsse:Username (username), #PasswordText passwords incl. XML-escaped ones (span covers the escaped text), SOAP body customer fields (person, email, phone, DOB), SAML NameID emails",
     "#PasswordDigest values and Nonces (hashes/random), wsu:Created/Timestamp, wsa:MessageID urn:uuid, BinarySecurityToken (public X.509 cert), Action URIs, system users in Username (svc accounts)")
def fmt_wssec(n):
    pre = lambda: ch(["", f"{iso_ts()} INFO  [org.apache.cxf.services.CustomerService.CustomerPort] Inbound Message ", "Payload: ", f"DEBUG o.s.ws.server.MessageTracing.received - Received request [SaajSoapMessage "])
    def ut(text=True):
        p = P(); u = vuser(p.username()) if coin(0.8) else vemail(p)
        if text:
            pwd = V("password", xesc(pw())); ptype = "PasswordText"
        else:
            pwd = base64.b64encode(hashlib.sha1(rhex(8).encode()).digest()).decode(); ptype = "PasswordDigest"
        return [f'<wsse:UsernameToken wsu:Id="UsernameToken-{rhex(32).upper() if coin(0.3) else rint(1, 99)}"><wsse:Username>', u,
                f'</wsse:Username><wsse:Password Type="{UTP}#{ptype}">', pwd, "</wsse:Password>",
                f'<wsse:Nonce EncodingType="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary">{rb64(16)}</wsse:Nonce>' if coin(0.7) or not text else "",
                f"<wsu:Created>{iso_ts()}</wsu:Created></wsse:UsernameToken>"]
    def header_line():
        return mk("wssec/usernametoken", pre(), f'<soap:Header><wsse:Security xmlns:wsse="{WSSE}" xmlns:wsu="{WSU}" soap:mustUnderstand="1">', ut(coin(0.8)), "</wsse:Security></soap:Header>")
    def only_token(): return mk("wssec/token", ut(True))
    def body():
        p = P(ch(["US", "GB", "DE", "NL", "FR", "IT"]))
        return mk("wssec/body", pre(), f'<soapenv:Body><cus:CreateCustomerRequest xmlns:cus="http://example.com/crm/customer/v2"><cus:FirstName>', vname(p.given),
                  "</cus:FirstName><cus:LastName>", vname(p.family), "</cus:LastName><cus:Email>", vemail(p), "</cus:Email><cus:Phone>", vphone(p.country),
                  "</cus:Phone><cus:BirthDate>", vdob(p.dob, "iso"), f"</cus:BirthDate><cus:Segment>{ch(['RETAIL', 'SMB'])}</cus:Segment></cus:CreateCustomerRequest></soapenv:Body>")
    def saml():
        p = P()
        return mk("wssec/saml", pre(), f'<saml2:Assertion ID="_{rhex(32)}" IssueInstant="{iso_ts()}" Version="2.0"><saml2:Issuer>https://idp.example.com/saml</saml2:Issuer><saml2:Subject>'
                  f'<saml2:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">', vemail(p), "</saml2:NameID></saml2:Subject>",
                  '<saml2:AttributeStatement><saml2:Attribute Name="displayName"><saml2:AttributeValue>', vname(p.full), "</saml2:AttributeValue></saml2:Attribute></saml2:AttributeStatement></saml2:Assertion>")
    def fault():
        return mk("wssec/fault", pre(), "<soap:Fault><faultcode>wsse:FailedAuthentication</faultcode><faultstring>The security token could not be authenticated or authorized for user ",
                  vuser(P().username()), "</faultstring></soap:Fault>")
    def d_digest():
        u = ch(SYS_USERS + ["svc-erp", "integration", "b2b-gateway"])
        return mk("wssec/digest", pre(), f'<wsse:UsernameToken wsu:Id="UsernameToken-{rint(1, 99)}"><wsse:Username>{u}</wsse:Username><wsse:Password Type="{UTP}#PasswordDigest">'
                  f'{rb64(20)}</wsse:Password><wsse:Nonce EncodingType="...#Base64Binary">{rb64(16)}</wsse:Nonce><wsu:Created>{iso_ts()}</wsu:Created></wsse:UsernameToken>')
    def d_ts():
        t = ts_event()
        return mk("wssec/timestamp", pre(), f'<wsu:Timestamp wsu:Id="TS-{rhex(32).upper()}"><wsu:Created>{iso_ts(t)}</wsu:Created><wsu:Expires>{iso_ts(t + datetime.timedelta(minutes=5))}</wsu:Expires></wsu:Timestamp>')
    def d_addr():
        return mk("wssec/addressing", pre(), f'<wsa:Action>http://example.com/crm/customer/v2/CustomerPort/GetCustomerRequest</wsa:Action><wsa:MessageID>urn:uuid:{uuid4()}</wsa:MessageID><wsa:To>https://crm.example.com/ws/customer</wsa:To>')
    def d_bst():
        return mk("wssec/bst", pre(), f'<wsse:BinarySecurityToken EncodingType="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary" ValueType="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-x509-token-profile-1.0#X509v3" wsu:Id="X509-{rhex(32).upper()}">MIID{rb64(90)}</wsse:BinarySecurityToken>')
    def d_cxf():
        return mk("wssec/cxf", f"{iso_ts()} INFO  [org.apache.cxf.services.CustomerService] ID: {rint(1, 9999)} Address: https://crm.example.com/ws/customer HttpMethod: POST Content-Type: text/xml; charset=UTF-8 ExchangeId: {uuid4()}")
    return produce(n, [(header_line, 4), (only_token, 1), (body, 2), (saml, 1), (fault, 1)], [d_digest, d_ts, d_addr, d_bst, d_cxf], 0.38)

# ---------------------------------------------------------------------------------------------- Windows Security events
def user_sid(rid=None): return f"S-1-5-21-{rint(10**8, 4 * 10**9)}-{rint(10**8, 4 * 10**9)}-{rint(10**8, 4 * 10**9)}-{rid or rint(1100, 9999)}"
DOMAINS_NB = ["CORP", "EXAMPLE", "CONTOSO", "ACME", "HQ"]
def wks(): return ch(["WS-", "LT-", "DESKTOP-", "PC"]) + ralnum(ch([4, 7]), string.ascii_uppercase + string.digits)
@fmt("winevt", "Microsoft Learn: security auditing events 4624, 4625, 4720, 4738, 4740, 4672 (message text 'Name: value' blocks and Event XML EventData); Sysinternals Sysmon event ID 1 (Process Create) field list",
     "New Logon / Account For Which Logon Failed / New Account / Target account names (username), user SIDs S-1-5-21-…-RID (user_id), Display Name (person), User Principal Name (email), Home Directory path user segment (username), Source Network Address (ipv4/ipv6)",
     "SYSTEM / LOCAL SERVICE / NETWORK SERVICE / ANONYMOUS LOGON / DWM-1 / UMFD-0, NT AUTHORITY\\SYSTEM (Sysmon event 1 User field), machine accounts HOST$, Administrator (built-in RID 500), well-known SIDs, Logon IDs 0x…, GUIDs, Workstation names, ports, status codes, process names, privilege lists, '-' and <never>",
     n=(120, 140))
def fmt_winevt(n):
    def block(evt, rows):
        tab = coin(0.7)
        out = []
        for r in rows:
            if isinstance(r, str):
                out.append(mk(f"winevt/{evt}", r)); continue
            ind, name, val = r
            if tab: pre = "\t" * ind + name + ":" + ("\t\t" if len(name) < 15 else "\t")
            else: pre = "    " * ind + name + ": "
            out.append(mk(f"winevt/{evt}", pre, val))
        return out
    def subj(human=False):
        if human:
            p = P(); u = p.username()
            return [(0, "Subject", ""), (1, "Security ID", vuid(user_sid())), (1, "Account Name", vuser(u)), (1, "Account Domain", ch(DOMAINS_NB)), (1, "Logon ID", f"0x{rint(0x10000, 0xFFFFFF):X}")], p
        sid, name, dom = ch(WIN_SYS[:3]) if coin(0.6) else ("S-1-5-18", f"{ch(['DC01', 'WIN-SRV01', 'FS01', 'SQL02'])}$", ch(DOMAINS_NB))
        return [(0, "Subject", ""), (1, "Security ID", sid), (1, "Account Name", name), (1, "Account Domain", dom), (1, "Logon ID", "0x3E7")], None
    def fix(rows):  # "Subject:" header rows carry no value
        return [f"{r[1]}:" if (not isinstance(r, str) and r[0] == 0 and r[2] == "") else r for r in rows]
    def e4624():
        p = P(); s, _ = subj()
        src = ch([vip4(), vip4(), vip6(), priv4()]); lt = ch(["3", "10", "2", "11"])
        rows = ["An account was successfully logged on."]
        if coin(0.3): rows += s
        if coin(0.4): rows += [(0, "Logon Information", ""), (1, "Logon Type", lt), (1, "Elevated Token", ch(["Yes", "No"]))]
        rows += [(0, "New Logon", ""), (1, "Security ID", vuid(user_sid())), (1, "Account Name", vuser(p.username())), (1, "Account Domain", ch(DOMAINS_NB)),
                 (1, "Logon ID", f"0x{rint(0x10000, 0xFFFFFF):X}")]
        if coin(0.3): rows += [(1, "Linked Logon ID", "0x0"), (1, "Logon GUID", "{" + uuid4() + "}")]
        rows += [(0, "Network Information", ""), (1, "Workstation Name", wks()), (1, "Source Network Address", src), (1, "Source Port", str(rint(1024, 65535)))]
        if coin(0.25): rows += [(0, "Detailed Authentication Information", ""), (1, "Logon Process", ch(["NtLmSsp", "Kerberos", "User32"])), (1, "Authentication Package", ch(["NTLM", "Kerberos", "Negotiate"]))]
        return block("4624", fix(rows))
    def e4624_sys():
        sid, name, dom = ch(WIN_SYS)
        rows = ["An account was successfully logged on."] + subj()[0] + [(0, "Logon Information", ""), (1, "Logon Type", "5"), (0, "New Logon", ""),
                (1, "Security ID", sid), (1, "Account Name", name), (1, "Account Domain", dom), (1, "Logon ID", "0x3E7"), (0, "Process Information", ""),
                (1, "Process ID", f"0x{rint(0x100, 0xfff):x}"), (1, "Process Name", r"C:\Windows\System32\services.exe"), (0, "Network Information", ""),
                (1, "Workstation Name", "-"), (1, "Source Network Address", ch(["-", "::1", "127.0.0.1"])), (1, "Source Port", ch(["-", "0"]))]
        return block("4624", fix(rows))
    def e4625():
        p = P(); ip = ch([vip4(), vip4(), vip6()])
        rows = ["An account failed to log on."] + subj()[0] + [(0, "Logon Type", "3"), (0, "Account For Which Logon Failed", ""), (1, "Security ID", "S-1-0-0"),
                (1, "Account Name", vuser(p.username()) if coin(0.8) else vemail(p)), (1, "Account Domain", ch(DOMAINS_NB + ["-"])), (0, "Failure Information", ""),
                (1, "Failure Reason", ch(["Unknown user name or bad password.", "Account locked out.", "The user has not been granted the requested logon type at this machine."])),
                (1, "Status", "0xC000006D"), (1, "Sub Status", ch(["0xC000006A", "0xC0000064", "0xC0000234"])), (0, "Network Information", ""),
                (1, "Workstation Name", wks()), (1, "Source Network Address", ip), (1, "Source Port", str(rint(1024, 65535)))]
        return block("4625", fix(rows))
    def e4720():
        s, adm = subj(True); p = P(); u = p.username(); dom = ch(["corp.example.com", "example.org", "contoso.com"])
        rows = ["A user account was created."] + s + [(0, "New Account", ""), (1, "Security ID", vuid(user_sid())), (1, "Account Name", vuser(u)), (1, "Account Domain", ch(DOMAINS_NB)),
                (0, "Attributes", ""), (1, "SAM Account Name", vuser(u)), (1, "Display Name", vname(p.full)), (1, "User Principal Name", [vuser(u), "@" + dom]),
                (1, "Home Directory", [f"\\\\{ch(['fs01', 'filer'])}\\home\\", vuser(u)]), (1, "Home Drive", "H:")]
        rows += R.sample([(1, "Script Path", "-"), (1, "Profile Path", "-"), (1, "User Workstations", "-"), (1, "Password Last Set", "<never>"), (1, "Account Expires", "<never>"),
                          (1, "Primary Group ID", "513"), (1, "Old UAC Value", "0x0"), (1, "New UAC Value", "0x15"), (1, "SID History", "-"), (1, "Logon Hours", "All")], 3)
        return block("4720", fix(rows))
    def e4738():
        s, adm = subj(True); p = P(); u = p.username()
        changed = ch([(1, "Display Name", vname(p.full)), (1, "User Principal Name", vemail(p)), (1, "Password Last Set", f"{rint(1, 12)}/{rint(1, 28)}/2024 {rint(1, 12)}:{rint(10, 59)}:{rint(10, 59)} AM"),
                      (1, "Account Expires", "12/31/2024"), (1, "Home Directory", [f"\\\\fs01\\home\\", vuser(u)])])
        rows = ["A user account was changed."] + s + [(0, "Target Account", ""), (1, "Security ID", vuid(user_sid())), (1, "Account Name", vuser(u)), (1, "Account Domain", ch(DOMAINS_NB)),
                (0, "Changed Attributes", ""), (1, "SAM Account Name", "-"), changed, (1, "Script Path", "-"), (1, "Primary Group ID", "-"), (1, "Old UAC Value", "-"), (1, "New UAC Value", "-")]
        return block("4738", fix(rows))
    def e4740():
        p = P()
        rows = ["A user account was locked out."] + subj()[0] + [(0, "Account That Was Locked Out", ""), (1, "Security ID", vuid(user_sid())), (1, "Account Name", vuser(p.username())),
                (0, "Additional Information", ""), (1, "Caller Computer Name", wks())]
        return block("4740", fix(rows))
    def e4672():
        sid, name, dom = ch(WIN_SYS[:3] + [(user_sid(500), "Administrator", "CORP")])
        rows = ["Special privileges assigned to new logon.", "Subject:", (1, "Security ID", sid), (1, "Account Name", name), (1, "Account Domain", dom), (1, "Logon ID", "0x3E7"),
                (0, "Privileges", ch(["SeAssignPrimaryTokenPrivilege", "SeSecurityPrivilege", "SeBackupPrivilege", "SeDebugPrivilege"]))]
        return block("4672", rows)
    def xml():
        p = P(); ip = ch([vip4(), vip6()])
        return mk("winevt/xml", f'<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System><EventID>{ch(["4624", "4625"])}</EventID><TimeCreated SystemTime="{iso_ts(frac=7)}"/>'
                  f'<Computer>{ch(["DC01", "WIN-SRV01"])}.corp.example.com</Computer></System><EventData><Data Name="SubjectUserSid">S-1-5-18</Data><Data Name="SubjectUserName">DC01$</Data>'
                  '<Data Name="TargetUserSid">', vuid(user_sid()), '</Data><Data Name="TargetUserName">', vuser(p.username()), f'</Data><Data Name="TargetDomainName">{ch(DOMAINS_NB)}</Data>'
                  f'<Data Name="LogonType">3</Data><Data Name="WorkstationName">{wks()}</Data><Data Name="IpAddress">', ip, f'</Data><Data Name="IpPort">{rint(1024, 65535)}</Data></EventData></Event>')
    def sysmon():
        human = coin(0.7); p = P()
        user = [ch(DOMAINS_NB), "\\", vuser(p.username())] if human else ch(["NT AUTHORITY\\SYSTEM", "NT AUTHORITY\\LOCAL SERVICE", "NT AUTHORITY\\NETWORK SERVICE"])
        img = ch([r"C:\Windows\System32\cmd.exe", r"C:\Program Files\Google\Chrome\Application\chrome.exe", r"C:\Windows\System32\WindowsPowerShell\v1.0\powershell.exe"])
        rows = ["Process Create:", (0, "RuleName", "-"), (0, "UtcTime", ts_event().strftime("%Y-%m-%d %H:%M:%S.%f")[:-3]), (0, "ProcessGuid", "{" + uuid4() + "}"), (0, "ProcessId", str(rint(100, 20000))),
                (0, "Image", img), (0, "CommandLine", ['"', img, '" ', ch(["/c whoami", "--profile-directory=Default", "-NoProfile -ExecutionPolicy Bypass"])])]
        if human:
            rows.append((0, "CurrentDirectory", ["C:\\Users\\", vuser(p.username()) if False else user[2].map(lambda x: x), "\\"]))
        rows += [(0, "User", user), (0, "LogonId", f"0x{rint(0x10000, 0xFFFFFF):X}"), (0, "IntegrityLevel", ch(["Medium", "High", "System"])),
                 (0, "Hashes", f"SHA256={sha256().upper()}"), (0, "ParentImage", r"C:\Windows\explorer.exe")]
        out = []
        for r in rows:
            if isinstance(r, str): out.append(mk("winevt/sysmon1", r)); continue
            out.append(mk("winevt/sysmon1", r[1], ": ", r[2]))
        return out
    return produce(n, [(e4624, 3), (e4625, 2), (e4720, 1), (e4738, 1), (e4740, 1), (xml, 5), (sysmon, 2)], [(e4624_sys, 1), (e4672, 1)], 0.12)

# ---------------------------------------------------------------------------------------------- Kubernetes audit
@fmt("k8saudit", "Kubernetes audit.k8s.io/v1 Event (kube-apiserver audit configuration reference): auditID, stage, requestURI, verb, user{username,uid,groups,extra}, impersonatedUser, sourceIPs, userAgent, objectRef, responseStatus, requestObject, annotations",
     "user.username / impersonatedUser.username of humans (username or email), user.uid of OIDC users (user_id), sourceIPs of humans (ip), requestObject Secret data / stringData values (secret), RBAC annotation reason naming the user",
     "system:kube-controller-manager, system:serviceaccount:*, system:node:*, system:apiserver, auditID UUIDs, pod names, node IPs in sourceIPs of system users, resourceVersion, timestamps, userAgent strings")
def fmt_k8saudit(n):
    def ev(user, ips, verb, uri, obj, extra=None, level="Metadata", code=200):
        t = ts_event()
        e = {"kind": "Event", "apiVersion": "audit.k8s.io/v1", "level": level, "auditID": uuid4(), "stage": "ResponseComplete", "requestURI": uri, "verb": verb,
             "user": user, "sourceIPs": ips, "userAgent": ua() if coin(0.5) else "kubectl/v1.29.3 (linux/amd64) kubernetes/6813625", "objectRef": obj,
             "responseStatus": {"metadata": {}, "code": code}, "requestReceivedTimestamp": iso_ts(t, 6), "stageTimestamp": iso_ts(t + datetime.timedelta(milliseconds=rint(1, 90)), 6)}
        if extra: e.update(extra)
        return e
    def human():
        p = P(); name = chw([(V("email", p.email(ch(["example.com", "corp.example.com"]))), 3), (V("username", p.username()), 1), (S(["oidc:", V("username", p.username())]), 1)])
        u = {"username": name, "groups": ["system:authenticated", ch(["oncall", "devs", "sre"])]}
        if coin(0.5): u["uid"] = vuid(uuid4() if coin(0.5) else rdigits(21))
        return u, name
    def h_get():
        u, name = human(); ns = ch(["shop", "payments", "default", "monitoring"]); res = ch(["secrets", "pods", "configmaps", "deployments"]); nm = ch(["db-creds", pod(), "app-config", "api"])
        ann = {"authorization.k8s.io/decision": "allow", "authorization.k8s.io/reason": S([f'RBAC: allowed by ClusterRoleBinding "oncall-admins" of ClusterRole "cluster-admin" to User "', name.map(lambda x: x) if isinstance(name, V) else name[1], '"'])} if coin(0.5) else None
        return mk("k8saudit/human", J(ev(u, [vip4() if coin(0.8) else vip6()], ch(["get", "list", "delete", "patch"]), f"/api/v1/namespaces/{ns}/{res}/{nm}",
                                        {"resource": res, "namespace": ns, "name": nm, "apiVersion": "v1"}, {"annotations": ann} if ann else None)))
    def h_secret():
        u, _ = human(); ns = ch(["shop", "payments"]); nm = ch(["db-creds", "stripe", "smtp"])
        data = {"password": V("secret", base64.b64encode(pw().encode()).decode())} if coin(0.5) else {"api-key": V("secret", base64.b64encode(api_key().encode()).decode())}
        ro = {"kind": "Secret", "apiVersion": "v1", "metadata": {"name": nm, "namespace": ns}, "data": data, "type": "Opaque"}
        if coin(0.4): ro = {"kind": "Secret", "apiVersion": "v1", "metadata": {"name": nm, "namespace": ns}, "stringData": {"DB_PASSWORD": vpw()}}
        return mk("k8saudit/secret", J(ev(u, [vip4()], "create", f"/api/v1/namespaces/{ns}/secrets", {"resource": "secrets", "namespace": ns, "name": nm, "apiVersion": "v1"},
                                         {"requestObject": ro}, level="Request", code=201)))
    def h_impersonate():
        p = P()
        return mk("k8saudit/impersonate", J(ev({"username": "system:serviceaccount:ci:deployer", "groups": ["system:serviceaccounts"]}, [priv4()], "get", "/api/v1/namespaces/shop/pods",
                  {"resource": "pods", "namespace": "shop", "apiVersion": "v1"}, {"impersonatedUser": {"username": vemail(p), "groups": ["devs"]}})))
    def sysev():
        u = {"username": ch(K8S_SYS), "groups": ["system:serviceaccounts", "system:authenticated"] if coin(0.5) else ["system:nodes", "system:authenticated"]}
        if coin(0.4): u["uid"] = uuid4()
        ns = ch(["kube-system", "shop", "argocd", "monitoring"]); res = ch(["leases", "endpointslices", "pods", "replicasets", "events"])
        ips = ch([["127.0.0.1"], ["::1"], ["127.0.0.1"], [priv4()]]) if u["username"] in ("system:apiserver", "system:kube-controller-manager", "system:kube-scheduler") or coin(0.5) else [priv4()]
        return mk("k8saudit/system", J(ev(u, ips, ch(["update", "get", "watch", "list", "patch"]), f"/apis/coordination.k8s.io/v1/namespaces/{ns}/{res}/{pod() if coin(0.5) else 'kube-controller-manager'}",
                                         {"resource": res, "namespace": ns, "name": pod(), "uid": uuid4(), "apiGroup": "coordination.k8s.io", "apiVersion": "v1", "resourceVersion": rdigits(8)})))
    def anon():
        return mk("k8saudit/anon", J(ev({"username": "system:anonymous", "groups": ["system:unauthenticated"]}, ch([["127.0.0.1"], ["::1"], [priv4()]]), "get", ch(["/healthz", "/readyz", "/livez", "/version"]), None, code=ch([200, 403]))))
    return produce(n, [(h_get, 4), (h_secret, 2), (h_impersonate, 1)], [(sysev, 4), (anon, 1)], 0.4)

# ---------------------------------------------------------------------------------------------- PostgreSQL
def pg_prefix(user=None, db=None):
    t = ts_event(); u = user if user is not None else ch(SVC_DB_USERS); d = db or ch(["shop", "crm", "billing", "postgres"])
    style = ch(["std", "std", "pgbadger", "csvish"])
    ts = t.strftime("%Y-%m-%d %H:%M:%S") + f".{t.microsecond // 1000:03d} UTC"
    pid = rint(1000, 99999)
    if style == "std": return [f"{ts} [{pid}] ", u, "@", d, " "]
    if style == "pgbadger": return [f"{t.strftime('%Y-%m-%d %H:%M:%S')} UTC [{pid}]: [{rint(1, 9)}-1] user=", u, f",db={d},app={ch(['psql', 'PostgreSQL JDBC Driver', '[unknown]', 'rails'])},client={priv4()} "]
    return [f"{ts} [{pid}] {ch(['LOG', 'ERROR'])[:0]}"]
@fmt("postgres", "PostgreSQL 16 docs: log_line_prefix escapes (%m %p %u %d %a %h), error message style guide (primary/DETAIL/HINT/STATEMENT), log_connections/log_disconnections, log_min_duration_statement, auth failure messages",
     "human role names in prefix / connection authorized / password authentication failed (username), connection received host= (ip), DETAIL Key (col)=(value) and Failing row contains (…) values, parameters: $1 = '…', literals in statements, ALTER ROLE … PASSWORD '…'",
     "service roles (app, postgres, replicator…), $1/$2 placeholders, durations, checkpoints, autovacuum stats, relation/constraint names, pg_hba lines, session time, event timestamps")
def fmt_postgres(n):
    def human(): p = P(); return p, vuser(p.username().replace(".", "_") if coin(0.3) else p.username())
    def conn():
        p, u = human(); ip = ch([vip4(), vip6()])
        return ch([lambda: mk("postgres/conn", pg_prefix("[unknown]", "[unknown]"), "LOG:  connection received: host=", ip, f" port={rint(1024, 65535)}"),
                   lambda: mk("postgres/auth", pg_prefix(u, None), "LOG:  connection authorized: user=", u, f" database={ch(['shop', 'crm'])} application_name={ch(['psql', 'DBeaver 24.0.5 - Main'])} SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)"),
                   lambda: mk("postgres/authfail", pg_prefix(u, None), 'FATAL:  password authentication failed for user "', u, '"'),
                   lambda: mk("postgres/disconn", pg_prefix(u, None), f"LOG:  disconnection: session time: 0:{rint(0, 59):02d}:{rint(0, 59):02d}.{rint(0, 999):03d} user=", u, f" database=shop host=", ip, f" port={rint(1024, 65535)}")])()
    def dup():
        p = P(); col, v = ch([("email", vemail(p)), ("phone", vphone(p.country)), ("username", vuser(p.username())), ("iban", viban())])
        return [mk("postgres/error", pg_prefix(), f'ERROR:  duplicate key value violates unique constraint "customers_{col}_key"'),
                mk("postgres/detail", pg_prefix(), f"DETAIL:  Key ({col})=(", v, ") already exists.")]
    def failing():
        p = P(ch(["US", "DE", "FR", "PL", "NL"])); st, pc, city, _ = address(p.country)
        return [mk("postgres/error", pg_prefix(), f'ERROR:  null value in column "{ch(["phone", "country", "city"])}" of relation "customers" violates not-null constraint'),
                mk("postgres/detail", pg_prefix(), f"DETAIL:  Failing row contains ({rint(1000, 99999)}, ", vname(p.given), ", ", vname(p.family), ", ", vemail(p), ", null, ",
                   vdob(p.dob, "iso"), ", ", V("address", st), f", {pc}, {city}, {iso_ts(frac=6, z='+00').replace('T', ' ')}, t).")]
    def params():
        p = P(); v = ch([vemail(p), vname(p.full), vphone(p.country), vdob(p.dob, "iso")])
        sql = ch(['SELECT id, email FROM customers WHERE email = $1', 'UPDATE customers SET full_name = $1 WHERE id = $2', 'SELECT * FROM users WHERE phone = $1 LIMIT 1', 'INSERT INTO people (dob) VALUES ($1)'])
        return [mk("postgres/execute", pg_prefix(), f"LOG:  duration: {R.random() * 50:.3f} ms  execute <unnamed>: {sql}"),
                mk("postgres/params", pg_prefix(), "DETAIL:  parameters: $1 = '", v, "'" + (f", $2 = '{rint(1, 99999)}'" if "$2" in sql else ""))]
    def stmt():
        p = P(); return ch([lambda: mk("postgres/statement", pg_prefix(), "STATEMENT:  INSERT INTO users (email, full_name) VALUES ('", vemail(p), "', '", V("person", p.full.replace("'", "''")), "')"),
                            lambda: mk("postgres/statement", pg_prefix(), "LOG:  statement: ALTER ROLE ", vuser(p.username().replace(".", "_")), " WITH LOGIN PASSWORD '", V("password", pw("'\\")), "'"),
                            lambda: mk("postgres/statement", pg_prefix(), "LOG:  statement: SELECT * FROM orders WHERE customer_email = '", vemail(p), "' AND created_at > now() - interval '30 days'")])()
    def d_dur(): return mk("postgres/duration", pg_prefix(), f"LOG:  duration: {R.random() * 3000:.3f} ms  statement: {ch(['SELECT * FROM customers WHERE email = $1', 'SELECT count(*) FROM orders WHERE created_at >= $1', 'UPDATE sessions SET last_seen = now() WHERE id = $1', 'SELECT id FROM users WHERE email = :email'])}")
    def d_ckpt(): return mk("postgres/checkpoint", pg_prefix("", ""), f"LOG:  checkpoint complete: wrote {rint(10, 9999)} buffers ({R.random() * 20:.1f}%); 0 WAL file(s) added, 0 removed, {rint(0, 5)} recycled; write={R.random() * 200:.3f} s, sync={R.random():.3f} s, total={R.random() * 200:.3f} s; sync files={rint(1, 99)}, longest={R.random():.3f} s, average={R.random() / 10:.3f} s; distance={rint(1000, 99999)} kB, estimate={rint(1000, 99999)} kB; lsn={rhex(1).upper()}/{rhex(8).upper()}, redo lsn={rhex(1).upper()}/{rhex(8).upper()}")
    def d_vac(): return mk("postgres/autovacuum", pg_prefix("", ""), f'LOG:  automatic vacuum of table "shop.public.{ch(["orders", "customers", "sessions"])}": index scans: 1, pages: 0 removed, {rint(100, 99999)} remain, {rint(0, 999)} scanned (1.2% of total), tuples: {rint(0, 9999)} removed, {rint(1000, 999999)} remain, 0 are dead but not yet removable')
    def d_err(): return mk("postgres/error", pg_prefix(), ch(['ERROR:  relation "user_profiles" does not exist at character 15', 'ERROR:  canceling statement due to statement timeout',
                                                               'ERROR:  could not serialize access due to concurrent update', 'LOG:  database system is ready to accept connections',
                                                               f'FATAL:  password authentication failed for user "{ch(SVC_DB_USERS)}"', 'DETAIL:  Connection matched pg_hba.conf line 99: "host all all 0.0.0.0/0 scram-sha-256"',
                                                               'HINT:  Perhaps you meant to reference the column "customers.email".', 'ERROR:  column "emial" does not exist at character 8']))
    return produce(n, [(conn, 3), (dup, 2), (failing, 1), (params, 2), (stmt, 2)], [d_dur, d_ckpt, d_vac, (d_err, 2)], 0.35)

# ---------------------------------------------------------------------------------------------- MySQL
@fmt("mysql", "MySQL 8.0 Reference Manual 5.4.3 General Query Log (Id Command Argument columns), 5.4.5 Slow Query Log (# Time, # User@Host, # Query_time, SET timestamp), error log access-denied messages (ER_ACCESS_DENIED_ERROR)",
     "Connect user@host (username, ip), Access denied for user 'x'@'ip' (username, ip), literals in queried SQL (email, phone, names, DOB, card, password in CREATE USER/SET PASSWORD/IDENTIFIED BY), # User@Host of humans",
     "root/app/replication users, '(using password: YES)', Query_time/Lock_time/Rows_examined, SET timestamp epochs, thread ids, ? placeholders, Quit/Init DB/Statistics commands")
def fmt_mysql(n):
    def gl_ts(): t = ts_event(); return t.strftime("%Y-%m-%dT%H:%M:%S") + f".{t.microsecond:06d}Z"
    def gl(cmd, *arg): return [gl_ts(), f"\t{rint(8, 9999):>5} {cmd}\t", list(arg)]
    def human(): p = P(); return p, vuser(p.username() if coin(0.7) else p.gascii)
    def connect():
        p, u = human(); ip = ch([vip4(), vip4(), vip6()])
        return ch([lambda: mk("mysql/general", gl("Connect", u, "@", ip, f" on {ch(['shop', 'crm', ''])} using {ch(['TCP/IP', 'SSL/TLS'])}")),
                   lambda: mk("mysql/general", gl("Connect", "Access denied for user '", u, "'@'", ip, "' (using password: YES)")),
                   lambda: mk("mysql/error", f"{gl_ts()} {rint(8, 999)} [Note] [MY-010926] [Server] Access denied for user '", u, "'@'", ip, f"' (using password: {ch(['YES', 'NO'])})")])()
    def query():
        p = P(ch(["US", "GB", "DE", "PL", "ES", "IT"]))
        q = ch([lambda: ["SELECT id, status FROM customers WHERE email = '", vemail(p), "' LIMIT 1"],
                lambda: ["UPDATE customers SET phone = '", vphone(p.country), f"' WHERE id = {rint(1, 99999)}"],
                lambda: ["INSERT INTO customers (first_name, last_name, email, birth_date) VALUES ('", vname(p.given.replace("'", "''")), "','", vname(p.family.replace("'", "''")), "','", vemail(p), "','", vdob(p.dob, "iso"), "')"],
                lambda: ["INSERT INTO payments (order_id, card_number, amount) VALUES (", str(rint(10000, 99999)), ", '", vcard(fmt="plain"), f"', {rint(1, 999)}.{rint(0, 99):02d})"],
                lambda: ["CREATE USER '", vuser(p.username()), "'@'%' IDENTIFIED BY '", V("password", pw("'\\")), "'"],
                lambda: ["ALTER USER '", vuser(p.username()), "'@'localhost' IDENTIFIED WITH caching_sha2_password BY '", V("password", pw("'\\")), "'"],
                lambda: ["SELECT * FROM users WHERE username = '", vuser(p.username()), "' AND deleted_at IS NULL"]])()
        return mk("mysql/general", gl("Query", q))
    def slow():
        p, u = human(); ip = vip4()
        t = ts_event()
        return [mk("mysql/slow", f"# Time: {t.strftime('%Y-%m-%dT%H:%M:%S')}.{t.microsecond:06d}Z"),
                mk("mysql/slow", "# User@Host: ", u, "[", u.map(lambda x: x), "] @ ", ch(["", "laptop.example.net "]), "[", ip, f"]  Id: {rint(8, 9999):>5}"),
                mk("mysql/slow", f"# Query_time: {R.random() * 9:.6f}  Lock_time: {R.random() / 1000:.6f} Rows_sent: {rint(0, 50)}  Rows_examined: {rint(1000, 999999)}"),
                mk("mysql/slow", f"SET timestamp={epoch()};"),
                mk("mysql/slow", "SELECT o.id, o.total FROM orders o JOIN customers c ON c.id = o.customer_id WHERE c.email = '", vemail(p), "';")]
    def slow_svc():
        t = ts_event(); u = ch(["app", "shop_app", "root", "debezium"])
        return [mk("mysql/slow", f"# Time: {t.strftime('%Y-%m-%dT%H:%M:%S')}.{t.microsecond:06d}Z"),
                mk("mysql/slow", f"# User@Host: {u}[{u}] @  [{priv4()}]  Id: {rint(8, 9999):>5}"),
                mk("mysql/slow", f"# Query_time: {R.random() * 9:.6f}  Lock_time: {R.random() / 1000:.6f} Rows_sent: {rint(0, 50)}  Rows_examined: {rint(1000, 999999)}"),
                mk("mysql/slow", f"SET timestamp={epoch()};"),
                mk("mysql/slow", ch(["SELECT * FROM customers WHERE email = ?;", f"SELECT COUNT(*) FROM orders WHERE created_at > '2024-06-0{rint(1, 9)} 00:00:00';", "DELETE FROM sessions WHERE expires_at < NOW();"]))]
    def d_gen():
        return mk("mysql/general", gl(ch(["Query", "Quit", "Init DB", "Statistics", "Connect"]), ch(["SELECT @@version_comment LIMIT 1", "", "shop", "SET NAMES utf8mb4",
                                                                                                    f"{ch(SVC_DB_USERS)}@{priv4()} on shop using TCP/IP", "SHOW VARIABLES LIKE 'lower_case%'",
                                                                                                    "SELECT id FROM customers WHERE email = ? LIMIT 1", f"Access denied for user 'root'@'localhost' (using password: YES)"])))
    def d_err():
        return mk("mysql/error", f"{gl_ts()} 0 [System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. Version: '{ch(['8.0.36', '8.4.0'])}'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL.")
    return produce(n, [(connect, 3), (query, 4), (slow, 1)], [(d_gen, 3), (slow_svc, 1), (d_err, 1)], 0.3)

# ---------------------------------------------------------------------------------------------- RFC 5424 syslog
def rfc5424_hdr(app, procid=None, msgid="-", sd="-"):
    return [f"<{rint(8, 191)}>1 {iso_ts(frac=ch([0, 3, 6]), z=ch(['Z', '+02:00']))} {host()} {app} {procid or rint(100, 65000)} {msgid} ", sd, " "]
@fmt("syslog5424", "RFC 5424 The Syslog Protocol (HEADER, STRUCTURED-DATA SD-ELEMENT/SD-PARAM with escaping of \" \\ ], MSG) with sshd/PAM/app messages; examples follow §6.5",
     "sshd 'Accepted/Failed password for USER from IP', PAM session user names and uid of humans (user_id), SD-PARAMs carrying user/ip/email ([auth@32473 user=\"…\"], [origin ip=…]), app messages with emails/phones",
     "SD-IDs (exampleSDID@32473 iut eventSource eventID, meta sequenceId sysUpTime), invalid users admin/test/oracle/ubuntu, root/uid=0, CRON and systemd lines, hostnames, procids, msgids")
def fmt_syslog5424(n):
    def sshd():
        p = P(); u = vuser(p.username()); ip = ch([vip4(), vip4(), vip6()])
        msg = ch([lambda: [ch(["Accepted password", "Accepted publickey", "Failed password"]), " for ", u, " from ", ip, f" port {rint(1024, 65535)} ssh2" + (f": RSA SHA256:{rb64(32, pad=False)}" if coin(0.3) else "")],
                  lambda: ["pam_unix(sshd:session): session opened for user ", u, "(uid=", vuid(rint(1000, 60000)), ") by (uid=0)"],
                  lambda: ["Disconnected from user ", u, " ", ip, f" port {rint(1024, 65535)}"],
                  lambda: ["Connection closed by authenticating user ", u, " ", ip, f" port {rint(1024, 65535)} [preauth]"]])()
        sd = ch(["-", "-", ["[origin ip=\"", vip4(), "\"]"], f"[meta sequenceId=\"{rint(1, 99999)}\"]"])
        return mk("syslog5424/sshd", rfc5424_hdr("sshd", msgid=ch(["-", "AUTH"]), sd=sd), msg)
    def sd_user():
        p = P()
        sd = ch([lambda: ["[auth@32473 user=\"", vuser(p.username()), "\" src=\"", vip4(), f"\" result=\"{ch(['success', 'failure'])}\"]"],
                 lambda: ["[user@32473 email=\"", vemail(p), "\" name=\"", vname(p.full.replace('"', '\\"')), "\"][meta sequenceId=\"", str(rint(1, 9999)), "\"]"],
                 lambda: ["[origin ip=\"", vip4(), "\" software=\"shop-api\" swVersion=\"", version(), "\"][customer@32473 id=\"", vuid(rint(1000, 999999)), "\" phone=\"", vphone(), "\"]"]])()
        msg = ch(["login", "profile updated", "password reset requested", "\ufeffcustomer record changed", "checkout started"])
        return mk("syslog5424/sd", rfc5424_hdr(ch(["shop-api", "auth-svc", "crm"]), msgid=ch(["ID47", "AUDIT", "-"]), sd=sd), msg)
    def app():
        p = P()
        m = ch([lambda: ["Password reset link sent to ", vemail(p)], lambda: ["SMS OTP sent to ", vphone()], lambda: ["User ", vuser(p.username()), " changed shipping address to \"", V("address", address(p.country if p.country in ('DE', 'FR', 'US', 'GB') else 'US')[3]), "\""],
                lambda: ["Failed login for ", vemail(p), " from ", vip4(), " (bad password)"]])()
        return mk("syslog5424/app", rfc5424_hdr(ch(["shop-api", "auth-svc", "notifier"]), msgid=ch(["-", "NOTIFY"])), m)
    def d_sd():
        return mk("syslog5424/decoy", rfc5424_hdr(ch(["evntslog", "app", "su", "kernel"]), msgid=ch(["ID47", "-"]),
                  sd=ch([f'[exampleSDID@32473 iut="{rint(1, 9)}" eventSource="Application" eventID="{rint(1000, 1999)}"]', f'[meta sequenceId="{rint(1, 99999)}" sysUpTime="{rint(1000, 9999999)}" language="en"]', "-"])),
                  ch(["An application event log entry...", "'su root' failed for lonvick on /dev/pts/8", "BOMsuccessful restart", "%% It's time to make the do-nuts.", "Starting daily apt upgrade and clean activities"]))
    def d_sshd():
        return mk("syslog5424/sshd", rfc5424_hdr("sshd"), ch([f"Invalid user {ch(['admin', 'test', 'oracle', 'ubuntu', 'git', 'user'])} from {priv4()} port {rint(1024, 65535)}",
                                                              f"Server listening on 0.0.0.0 port 22.", "pam_unix(sshd:session): session opened for user root(uid=0) by (uid=0)",
                                                              f"Received disconnect from {priv4()} port {rint(1024, 65535)}:11: disconnected by user", "error: kex_exchange_identification: Connection closed by remote host"]))
    def d_cron():
        return mk("syslog5424/cron", rfc5424_hdr(ch(["CRON", "systemd"])), ch([f"(root) CMD (/usr/lib/php/sessionclean)", "Started Session 42 of User root.", "Finished Daily apt download activities.",
                                                                             f"({ch(['www-data', 'backup'])}) CMD (test -x /usr/sbin/anacron || run-parts --report /etc/cron.daily)"]))
    return produce(n, [(sshd, 4), (sd_user, 3), (app, 2)], [d_sd, d_sshd, d_cron], 0.38)

# ---------------------------------------------------------------------------------------------- CEF
def cef_esc_v(s): return s.replace("\\", "\\\\").replace("=", "\\=")
def cef_hdr(vendor=None):
    v, pr, ver = ch([("Security", "threatmanager", "1.0"), ("CISCO", "ASA", "9.18"), ("Palo Alto Networks", "PAN-OS", "11.0.2"), ("Microsoft", "Microsoft Windows", ""),
                     ("Fortinet", "FortiGate", "7.2.5"), ("Okta", "SSO", "1.0"), ("Imperva Inc.", "SecureSphere", "14.7")])
    sid, name = ch([("100", "worm successfully stopped"), ("4624", "An account was successfully logged on"), ("auth.fail", "Authentication failure"),
                    ("TRAFFIC", "end"), ("user.session.start", "User login to Okta"), ("302013", "Built inbound TCP connection")])
    pre = ch(["", f"{syslog_ts()} {host()} ", f"<134>{syslog_ts()} {host()} "])
    return f"{pre}CEF:0|{v}|{pr}|{ver}|{sid}|{name}|{rint(1, 10)}|"
@fmt("cef", "ArcSight Common Event Format (CEF) Implementation Standard: header CEF:Version|Device Vendor|Device Product|Device Version|Signature ID|Name|Severity| and extension dictionary (suser, duser, suid, duid, src, dst, smac, dmac, shost, request, cs1…cs6 with labels, msg) with \\= escaping",
     "suser/duser (username or email), suid/duid (user_id), src/dst of clients (ip/ipv6), smac/dmac (mac), request URLs with PII query values, msg text with names/emails, cs1 values labelled as e.g. Email/Phone",
     "header fields (vendor, product, versions, signature ids, severity), rt/start/end epoch ms, spt/dpt ports, proto, act, cnt, deviceExternalId, cat, shost/dhost host names, infrastructure addresses, system users")
def fmt_cef(n):
    def ev():
        p = P(); parts = [cef_hdr()]
        kv = []
        kv.append(("rt", str(epoch_ms())))
        if coin(0.8): kv.append(("src", vip4() if coin(0.85) else vip6()))
        if coin(0.5): kv.append(("spt", str(rint(1024, 65535))))
        kv.append(("dst", priv4()))
        kv.append(("dpt", ch(["443", "22", "3389", "389"])))
        if coin(0.7): kv.append(("suser", vuser(p.username()) if coin(0.6) else vemail(p)))
        if coin(0.3): kv.append(("duser", vuser(P().username())))
        if coin(0.3): kv.append(("suid", vuid(ch([rint(1000, 99999), "00u" + ralnum(17)]))))
        if coin(0.3): kv.append(("smac", vmac(ch(["colon", "COLON", "DASH"]))))
        if coin(0.3): kv.append(("request", ["https://shop.example.com/account?email=", V("email", urllib.parse.quote(p.email())), "&ref=nav"]))
        if coin(0.3): kv.append(("cs1Label", "Email")); kv.append(("cs1", vemail(p)))
        if coin(0.2): kv.append(("cs2Label", "PhoneNumber")); kv.append(("cs2", vphone()))
        if coin(0.35): kv.append(("msg", ch([["User ", vname(p.any_name()), " (", vemail(p), ") signed in"], ["Login failed for ", vuser(p.username()), ": bad password"],
                                             ["Password changed\\=true for ", vuser(p.username())]])))
        kv += [("act", ch(["allowed", "blocked", "success"])), ("cnt", str(rint(1, 9)))]
        R.shuffle(kv)
        for i, (k, v) in enumerate(kv):
            parts += [(" " if i else ""), k, "=", v]
        return mk("cef/event", parts)
    def decoy():
        kv = [f"rt={epoch_ms()}", f"dvchost={host()}", f"dhost={host()}", f"spt={rint(1024, 65535)}", f"dpt={ch(['53', '443', '123'])}", f"proto={ch(['TCP', 'UDP'])}",
              f"act={ch(['allow', 'deny', 'drop'])}", f"cnt={rint(1, 99)}", f"deviceExternalId={rhex(12).upper()}", f"cat={ch(['Traffic', 'System', 'Threat'])}",
              f"shost={host()}", f"suser={ch(SYS_USERS)}", f"fileHash={sha256()}", f"msg=Policy {ch(['allow-dns', 'default-deny'])} matched", f"cs1Label=Rule cs1={rint(1, 999)}",
              f"deviceProcessName={ch(['svchost.exe', 'sshd', 'nginx'])}", f"requestClientApplication={cef_esc_v('curl/8.5.0')}", f"in={rint(40, 99999)} out={rint(40, 99999)}"]
        R.shuffle(kv)
        return mk("cef/decoy", cef_hdr() + " ".join(kv[:rint(5, 10)]))
    return produce(n, [ev], [decoy], 0.35)

# ---------------------------------------------------------------------------------------------- LEEF
@fmt("leef", "IBM QRadar DSM guide: LEEF event components (LEEF:1.0 / LEEF:2.0 header with delimiter field, syslog header RFC 3164/5424) and predefined event attributes (usrName, accountName, identSrc, identHostName, identMAC, srcMAC, dstMAC, src, dst, srcPreNAT, devTime, url)",
     "usrName/accountName (username or email), identSrc/src of users (ip), identMAC/srcMAC/dstMAC (mac), url query values (email), custom keys like email/phone",
     "header (vendor, product, version, EventID), devTime/devTimeFormat, sev, cat, proto, srcPort/dstPort, srcBytes/dstBytes, identHostName, policy names, LEEF 2.0 delimiter declarations (^, x09), system users")
def fmt_leef(n):
    def hdr():
        v2 = coin(0.5); delim = ch(["^", "|", "\t", "x09"]) if v2 else "\t"
        d = "\t" if delim in ("\t", "x09") else delim
        pre = ch(["", f"<13>{syslog_ts()} {host()} ", f"<133>1 {iso_ts()} {host()} "])
        h = f"{pre}LEEF:{'2.0' if v2 else '1.0'}|{ch(['Lancope|StealthWatch|1.0', 'Microsoft|MSExchange|4.0 SP1', 'IBM|Guardium|11.5', 'Cisco|ISE|3.2'])}|{ch(['41', '15345', 'UserLogin', 'AuthFailed'])}|"
        if v2: h += (delim if delim != "\t" else "x09") + "|"
        return h, d
    def ev():
        p = P(); h, d = hdr(); kv = [("devTime", ts_event().strftime("%b %d %Y %H:%M:%S")), ("devTimeFormat", "MMM dd yyyy HH:mm:ss"), ("sev", str(rint(1, 10))), ("cat", ch(["anomaly", "auth", "Success"]))]
        kv.append(("src", vip4() if coin(0.8) else vip6())); kv.append(("dst", priv4())); kv.append(("srcPort", str(rint(1024, 65535)))); kv.append(("dstPort", ch(["21", "443", "1812"])))
        kv.append((ch(["usrName", "accountName"]), vuser(p.username()) if coin(0.6) else vemail(p)))
        if coin(0.4): kv.append(("identSrc", vip4()))
        if coin(0.4): kv.append((ch(["srcMAC", "identMAC"]), vmac(ch(["colon", "COLON", "DASH"]))))
        if coin(0.25): kv.append(("url", ["/profile?email=", V("email", urllib.parse.quote(p.email()))]))
        if coin(0.25): kv.append(("phone", vphone()))
        if coin(0.2): kv.append(("identHostName", wks()))
        R.shuffle(kv); parts = [h]
        for i, (k, v) in enumerate(kv): parts += [d if i else "", k, "=", v]
        return mk("leef/event", parts)
    def decoy():
        h, d = hdr()
        kv = [f"devTime={epoch_ms()}", f"identHostName={host()}", f"dstHost={host()}", f"srcPort={rint(1024, 65535)}", f"dstPort={ch(['53', '443'])}", f"proto={ch(['TCP', 'UDP'])}",
              f"sev={rint(1, 10)}", f"srcBytes={rint(40, 999999)}", f"dstBytes={rint(40, 999999)}", f"policy={ch(['Default', 'PCI-Zone'])}", f"usrName={ch(SYS_USERS)}",
              f"identHostName={host()}", f"resource={ch(['/var/log/secure', 'db01:5432'])}"]
        R.shuffle(kv)
        return mk("leef/decoy", h + d.join(kv[:rint(5, 9)]))
    return produce(n, [ev], [decoy], 0.35)

# ---------------------------------------------------------------------------------------------- Cookies (RFC 6265)
def cookie_session(name):
    if name in ("_shop_session", "_myapp_session"): return rb64(ch([96, 150]), pad=True).replace("=", "%3D") + "--" + rhex(40)
    if name == "_gitlab_session": return rhex(32)
    if name == "laravel_session": return base64.b64encode(json.dumps({"iv": rb64(16), "value": rb64(48), "mac": rhex(64), "tag": ""}, separators=(",", ":")).encode()).decode().replace("=", "%3D")
    if name == "__Host-session": return rb64(32, url=True, pad=False)
    if name == "JSESSIONID": return rhex(32).upper() + ch(["", "." + ch(["node1", "worker2", "jvmRoute-3"])])
    if name == "connect.sid": return "s%3A" + ralnum(32, URLCH) + "." + rb64(32, pad=False).replace("+", "%2B").replace("/", "%2F")
    if name == "PHPSESSID": return ralnum(26, string.ascii_lowercase + string.digits)
    if name == "ASP.NET_SessionId": return ralnum(24, string.ascii_lowercase + "012345")
    if name == "sessionid": return ralnum(32, string.ascii_lowercase + string.digits)
    if name == "remember_user_token": return rb64(60, pad=False) + "--" + rhex(40)
    if name in ("XSRF-TOKEN", "csrftoken", "_csrf"): return rb64(32, url=True, pad=False)
    if name == "__Secure-next-auth.session-token": return "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0.." + ralnum(22, URLCH) + "." + ralnum(120, URLCH) + "." + ralnum(22, URLCH)
    return session_id()
COOKIE_NAMES = ["_shop_session", "_gitlab_session", "laravel_session", "__Host-session", "JSESSIONID", "connect.sid", "PHPSESSID", "ASP.NET_SessionId",
                "sessionid", "remember_user_token", "XSRF-TOKEN", "csrftoken", "__Secure-next-auth.session-token", "_myapp_session", "sid"]
def plain_cookie():
    return ch([f"locale={ch(['de_DE', 'en-GB', 'fr', 'pl'])}", f"theme={ch(['dark', 'light'])}", "cookie_consent=true", f"ab_bucket={ch('ABC')}", f"cart_count={rint(0, 9)}",
               f"tz={ch(['Europe%2FBerlin', 'UTC', 'America%2FNew_York'])}", f"currency={ch(['EUR', 'USD', 'PLN'])}", f"_dd_s=rum=0&expire={epoch_ms()}", "hide_banner=1"])
@fmt("cookies", "RFC 6265 HTTP State Management (Cookie / Set-Cookie syntax and attributes Path, Domain, Expires, Max-Age, Secure, HttpOnly, SameSite; __Host-/__Secure- prefixes); framework session cookie formats (Rails, Laravel, Express connect.sid, Java JSESSIONID, Django sessionid/csrftoken, GitLab)",
     "session / remember-me / CSRF / auth cookie values (secret), user identifiers and emails stored in cookies (user_id, email)",
     "cookie names and attributes, expiry dates, deletions (value empty, Expires=Thu, 01 Jan 1970), locale/theme/consent/ab-test/cart counters, Max-Age numbers")
def fmt_cookies(n):
    def cookie_hdr():
        k = rint(1, 3); names = R.sample(COOKIE_NAMES, k); parts = []
        items = [[nm, "=", V("secret", cookie_session(nm))] for nm in names] + [[plain_cookie()] for _ in range(rint(0, 3))]
        if coin(0.2): items.append(["user_email=", V("email", urllib.parse.quote(P().email()))])
        if coin(0.2): items.append(["uid=", vuid(rint(10000, 9999999))])
        R.shuffle(items)
        for i, it in enumerate(items): parts += (["; "] if i else []) + it
        pre = ch(["Cookie: ", "> Cookie: ", "cookie: ", "request.headers.cookie=", "HTTP_COOKIE="])
        return mk("cookies/request", pre, parts)
    def set_cookie():
        nm = ch(COOKIE_NAMES); t = ts_event() + datetime.timedelta(days=rint(1, 30))
        attrs = ch(["; Path=/; Secure; HttpOnly; SameSite=Lax", f"; path=/; expires={t.strftime('%a, %d %b %Y %H:%M:%S GMT')}; HttpOnly", f"; Max-Age={ch([3600, 86400, 1209600])}; Path=/; Secure; SameSite=Strict",
                    f"; Domain=.example.com; Path=/; Expires={t.strftime('%a, %d-%b-%Y %H:%M:%S GMT')}; Secure; HttpOnly", "; Path=/; HttpOnly"])
        if nm.startswith("__Host-"): attrs = "; Path=/; Secure; HttpOnly; SameSite=Lax"
        return mk("cookies/set", ch(["Set-Cookie: ", "< Set-Cookie: ", "set-cookie: ", "Response header Set-Cookie="]), nm, "=", V("secret", cookie_session(nm)), attrs)
    def nginx():
        nm = ch(COOKIE_NAMES)
        return mk("cookies/accesslog", vip4(), f' - - [{ts_event().strftime("%d/%b/%Y:%H:%M:%S +0000")}] "GET /{ch(["account", "cart", "api/v1/me"])} HTTP/1.1" 200 {rint(200, 9999)} "-" "{ua()}" cookie="',
                  nm, "=", V("secret", cookie_session(nm)), "; ", plain_cookie(), '"')
    def js():
        nm = ch(["sid", "token", "session"]); p = P()
        return mk("cookies/console", ch(["console.log document.cookie: ", "[app] cookies: "]), f"{plain_cookie()}; {nm}=", V("secret", session_id()), "; last_login_email=", V("email", urllib.parse.quote(p.email())))
    def d_delete():
        nm = ch(COOKIE_NAMES)
        return mk("cookies/delete", ch(["Set-Cookie: ", "set-cookie: "]), f"{nm}=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0" + ch(["", "; Secure; HttpOnly"]))
    def d_plain():
        return mk("cookies/plain", ch(["Cookie: ", "Set-Cookie: "]), "; ".join(plain_cookie() for _ in range(rint(1, 4))) + ch(["", "; Path=/; SameSite=Lax"]))
    def d_warn():
        return mk("cookies/warn", ch([f"Cookie \u201c{ch(COOKIE_NAMES)}\u201d has been rejected because it is already expired.", f"A cookie associated with a cross-site resource at https://cdn.example.net/ was set without the `SameSite` attribute.",
                                      f"Cookie \"{ch(COOKIE_NAMES)}\" does not have a proper \"SameSite\" attribute value.", f"WARN  csrf: Forbidden (CSRF cookie not set.): /accounts/login/"]))
    return produce(n, [(cookie_hdr, 4), (set_cookie, 3), (nginx, 2), (js, 1)], [d_delete, d_plain, d_warn], 0.33)

# ---------------------------------------------------------------------------------------------- HTTP authentication schemes
@fmt("httpauth", "RFC 7235 (Authorization/WWW-Authenticate framework), RFC 7617 Basic (base64 user-pass, charset), RFC 7616 Digest (username, username* ext-value, realm, nonce, response), RFC 6750 Bearer, AWS SigV4 Authorization header, GitHub 'token' scheme",
     "Basic credentials (secret, the base64 user:pass), Bearer tokens (jwt or secret), Digest username / username* (username), SigV4 Credential access key id (secret), X-API-Key style headers (secret)",
     "WWW-Authenticate challenges (realm, charset, error=invalid_token, error_description), Digest nonce/cnonce/opaque/response hashes, nc counters, SigV4 SignedHeaders and Signature, dates, realms, 401 lines")
def fmt_httpauth(n):
    pre = lambda: ch(["", "> ", "DEBUG http.client: send: header ", f"{iso_ts()} DEBUG o.a.h.headers - http-outgoing-{rint(0, 40)} >> ", "[req] "])
    def basic():
        p = P(); cred = base64.b64encode(f"{p.username()}:{pw(':')}".encode()).decode()
        return mk("httpauth/basic", pre(), ch(["Authorization: Basic ", "authorization: Basic ", "Proxy-Authorization: Basic "]), V("secret", cred))
    def bearer():
        tok = V("jwt", jwt_token()) if coin(0.6) else V("secret", ch([api_key(), rb64(32, url=True, pad=False), "ya29." + ralnum(120, URLCH)]))
        return mk("httpauth/bearer", pre(), ch(["Authorization: Bearer ", "authorization: bearer ", "Authorization: Token ", "Authorization: token "]), tok)
    def digest():
        p = P(); u = p.username(); realm = ch(["api@example.org", "http-auth@example.org", "atlanta.example.com"])
        uname = ['username="', vuser(u), '"'] if coin(0.75) else ["username*=UTF-8''", vuser(urllib.parse.quote(p.given + " " + p.family))]
        return mk("httpauth/digest", pre(), "Authorization: Digest ", uname, f', realm="{realm}", uri="/{ch(["dir/index.html", "api/v1/orders"])}", algorithm={ch(["SHA-256", "MD5", "SHA-512-256"])}, '
                  f'nonce="{rb64(32, pad=False)}", nc={rint(1, 9):08x}, cnonce="{rb64(12, pad=False)}", qop=auth, response="{sha256()}", opaque="{rb64(24, pad=False)}"')
    def sigv4():
        return mk("httpauth/sigv4", pre(), "Authorization: AWS4-HMAC-SHA256 Credential=", V("secret", aws_akid(coin(0.3))), f"/2024061{rint(1, 5)}/{ch(['us-east-1', 'eu-central-1'])}/{ch(['s3', 'sts', 'dynamodb'])}/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature={sha256()}")
    def apikey():
        return mk("httpauth/apikey", pre(), ch(["X-API-Key: ", "x-api-key: ", "X-Auth-Token: ", "Api-Key: ", "X-Shopify-Access-Token: ", "DD-API-KEY: "]), V("secret", ch([api_key(), rhex(32), uuid4()])))
    def curl():
        p = P()
        return mk("httpauth/curl", "* Server auth using Basic with user '", vuser(p.username()), "'")
    def d_chal():
        return mk("httpauth/challenge", pre().replace(">", "<"), ch([f'WWW-Authenticate: Basic realm="{ch(["WallyWorld", "Restricted", "api"])}", charset="UTF-8"',
                   'WWW-Authenticate: Bearer realm="example", error="invalid_token", error_description="The access token expired"',
                   f'WWW-Authenticate: Digest realm="http-auth@example.org", qop="auth, auth-int", algorithm=SHA-256, nonce="{rb64(32, pad=False)}", opaque="{rb64(24, pad=False)}"',
                   'WWW-Authenticate: Negotiate', 'WWW-Authenticate: Bearer realm="api", scope="orders:read"']))
    def d_401():
        return mk("httpauth/status", ch([f"{iso_ts()} WARN  auth: 401 Unauthorized: missing Authorization header path=/api/v1/orders",
                                          f"{iso_ts()} INFO  auth: token expired exp={epoch()} now={epoch()} kid={rhex(16)}",
                                          "< HTTP/1.1 401 Unauthorized", "Authorization: Bearer <redacted>", "Authorization: Basic [FILTERED]",
                                          f"{iso_ts()} DEBUG auth: scheme=Bearer alg=RS256 iss=https://auth.example.com/ aud=shop-web"]))
    return produce(n, [(basic, 3), (bearer, 3), (digest, 2), (sigv4, 1), (apikey, 2), (curl, 1)], [d_chal, d_401], 0.33)

# ---------------------------------------------------------------------------------------------- AWS ALB access logs
@fmt("alb", "Elastic Load Balancing User Guide: Application Load Balancer access log entries (type time elb client:port target:port request/target/response_processing_time elb_status target_status received/sent bytes \"request\" \"user_agent\" ssl_cipher ssl_protocol target_group_arn \"trace_id\" \"domain\" \"chosen_cert_arn\" matched_rule_priority request_creation_time \"actions\" \"redirect_url\" \"error_reason\" \"target:port_list\" \"target_status_code_list\" \"classification\" \"classification_reason\" conn_trace_id)",
     "client IPs (ipv4; target addresses too under the convention that every IPv4 is labeled), PII inside the request URL query/path (email, phone, user_id, token)",
     "processing-time triples (0.000 0.001 0.000), status codes, byte counts, ARNs with account ids, X-Amzn-Trace-Id Root=…, cipher/protocol, rule priority, request_creation_time, TID conn trace ids, user agents")
def fmt_alb(n):
    def entry():
        t = ts_event(); typ = ch(["http", "https", "h2", "https", "wss"]); p = P()
        path = chw([(["/api/v1/orders/", str(rint(10000, 99999))], 3), (["/account?email=", V("email", urllib.parse.quote(p.email()))], 2),
                    (["/api/v1/users/", vuid(rint(1000, 999999)), "/profile"], 2), (["/reset-password?token=", V("secret", rb64(24, url=True, pad=False)), "&uid=", vuid(rint(1000, 99999))], 1),
                    (["/geo/v1/ip/", vip4(), "?fields=country,city"], 1), (["/sms/verify?phone=", V("phone", urllib.parse.quote(phone(style="e164")))], 1),
                    ([ch(["/", "/static/app.js", "/health", "/favicon.ico", "/api/v1/products?page=2"])], 4)])
        dom = ch(["shop.example.com", "api.example.com"])
        ua_ = ua()
        tgt = [priv4(), f":{ch([80, 8080, 3000])}"] if coin(0.9) else ["-"]
        st = ch(["200", "200", "302", "404", "500", "403"])
        ptimes = f"{R.random() / 100:.3f} {R.random():.3f} {R.random() / 100:.3f}" if tgt[0] != "-" else "-1 -1 -1"
        return mk("alb/access", f"{typ} {t.strftime('%Y-%m-%dT%H:%M:%S')}.{t.microsecond:06d}Z app/{ch(['prod-web', 'my-loadbalancer'])}/{rhex(16)} ", vip4(), f":{rint(1024, 65535)} ", tgt,
                  f" {ptimes} {st} {st if tgt[0] != '-' else '-'} {rint(30, 2000)} {rint(100, 900000)} \"{ch(['GET', 'POST', 'GET', 'PUT'])} {'https' if typ != 'http' else 'http'}://{dom}:{443 if typ != 'http' else 80}",
                  path, f" HTTP/{'2.0' if typ == 'h2' else '1.1'}\" \"{ua_}\" {'ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2' if typ != 'http' else '- -'} arn:aws:elasticloadbalancing:{ch(['us-east-2', 'eu-west-1'])}:{rdigits(12)}:targetgroup/{ch(['web', 'api'])}-tg/{rhex(16)} "
                  f"\"Root=1-{rhex(8)}-{rhex(24)}\" \"{dom}\" \"arn:aws:acm:us-east-2:{rdigits(12)}:certificate/{uuid4()}\" {ch(['0', '1', '5', '10000'])} {t.strftime('%Y-%m-%dT%H:%M:%S')}.{t.microsecond:06d}Z "
                  f"\"{ch(['forward', 'authenticate,forward', 'redirect', 'waf,forward'])}\" \"-\" \"-\" \"", tgt, f"\" \"{st}\" \"-\" \"-\" TID_{rhex(32)}")
    def testfile():
        return mk("alb/testfile", f"Enable AccessLog for ELB: {ch(['prod-web', 'my-loadbalancer', 'api-internal'])} at {iso_ts()}")
    return produce(n, [entry], [testfile], 0.04)

# ---------------------------------------------------------------------------------------------- AWS CloudTrail
@fmt("cloudtrail", "AWS CloudTrail User Guide: record contents (eventVersion, userIdentity{type, principalId, arn, accountId, accessKeyId, userName, sessionContext}, eventTime, eventSource, eventName, awsRegion, sourceIPAddress, userAgent, requestParameters, responseElements, requestID, eventID, readOnly, eventType, recipientAccountId)",
     "userIdentity.userName and the user name inside IAM ARNs (username), SSO role session names that are emails, accessKeyId (secret), sourceIPAddress (ip), requestParameters of IAM/Cognito calls (userName, email, phone_number attributes, temporary passwords)",
     "AWSService identities (invokedBy, sourceIPAddress ec2.amazonaws.com), service-linked roles, account ids, principalId AIDA/AROA ids, requestID/eventID UUIDs, HIDDEN_DUE_TO_SECURITY_REASONS, ARNs of resources, timestamps")
def fmt_cloudtrail(n):
    def base(ident, src, name, source, req=None, resp=None, ua_=None):
        t = ts_event()
        return {"eventVersion": "1.09", "userIdentity": ident, "eventTime": iso_ts(t, 0), "eventSource": source, "eventName": name, "awsRegion": ch(["us-east-1", "eu-central-1"]),
                "sourceIPAddress": src, "userAgent": ua_ or ua(), "requestParameters": req, "responseElements": resp, "requestID": uuid4(), "eventID": uuid4(),
                "readOnly": name.startswith(("Get", "List", "Describe")), "eventType": "AwsApiCall", "managementEvent": True, "recipientAccountId": rdigits(12), "eventCategory": "Management"}
    def iam_user():
        p = P(); u = p.username(); acct = rdigits(12)
        return {"type": "IAMUser", "principalId": vuid("AIDA" + ralnum(17, AZ2_7)), "arn": S([f"arn:aws:iam::{acct}:user/", vuser(u)]), "accountId": acct,
                "accessKeyId": V("secret", aws_akid()), "userName": vuser(u)}
    def sso_user():
        p = P(); acct = rdigits(12); role = ch(["AWSReservedSSO_AdministratorAccess_" + rhex(16), "AWSReservedSSO_ReadOnly_" + rhex(16)]); em = p.email(ch(["example.com", "corp.example.com"]))
        return {"type": "AssumedRole", "principalId": S(["AROA" + ralnum(17, AZ2_7) + ":", V("email", em)]), "arn": S([f"arn:aws:sts::{acct}:assumed-role/{role}/", V("email", em)]),
                "accountId": acct, "accessKeyId": V("secret", aws_akid(True)),
                "sessionContext": {"sessionIssuer": {"type": "Role", "principalId": "AROA" + ralnum(17, AZ2_7), "arn": f"arn:aws:iam::{acct}:role/aws-reserved/sso.amazonaws.com/{role}", "accountId": acct, "userName": role},
                                   "attributes": {"creationDate": iso_ts(frac=0), "mfaAuthenticated": "false"}}}
    def human_ev():
        ident = iam_user() if coin(0.5) else sso_user(); src = vip4() if coin(0.85) else vip6()
        name, source, req = ch([("GetObject", "s3.amazonaws.com", {"bucketName": "shop-invoices", "key": f"2024/06/INV-{rint(10000, 99999)}.pdf"}),
                                ("DescribeInstances", "ec2.amazonaws.com", {"maxResults": 1000}),
                                ("ConsoleLogin", "signin.amazonaws.com", None),
                                ("PutBucketPolicy", "s3.amazonaws.com", {"bucketName": "shop-assets"}),
                                ("GetSecretValue", "secretsmanager.amazonaws.com", {"secretId": "prod/db"})])
        return mk("cloudtrail/user", J(base(ident, src, name, source, req)))
    def iam_create():
        ident = iam_user(); p = P(); nu = p.username()
        req = ch([{"userName": vuser(nu), "tags": [{"key": "email", "value": vemail(p)}, {"key": "team", "value": ch(["payments", "sre"])}]},
                  {"userName": vuser(nu), "password": vpw(), "passwordResetRequired": True}])
        name = "CreateUser" if "tags" in req else "CreateLoginProfile"
        resp = {"user": {"path": "/", "userName": vuser(nu), "userId": vuid("AIDA" + ralnum(17, AZ2_7)), "arn": S([f"arn:aws:iam::{rdigits(12)}:user/", vuser(nu)]), "createDate": "Jun 11, 2024 8:30:15 AM"}} if name == "CreateUser" else None
        return mk("cloudtrail/iam", J(base(ident, vip4(), name, "iam.amazonaws.com", req, resp)))
    def cognito():
        p = P(); ident = iam_user()
        req = {"userPoolId": f"eu-central-1_{ralnum(9)}", "username": vuser(p.username()), "userAttributes": [{"name": "email", "value": vemail(p)}, {"name": "phone_number", "value": vphone(style="e164")},
               {"name": "birthdate", "value": vdob(p.dob, "iso")}, {"name": "name", "value": vname(p.full)}], "temporaryPassword": "HIDDEN_DUE_TO_SECURITY_REASONS"}
        return mk("cloudtrail/cognito", J(base(ident, vip4(), "AdminCreateUser", "cognito-idp.amazonaws.com", req)))
    def svc():
        svc_ = ch(["ec2.amazonaws.com", "autoscaling.amazonaws.com", "lambda.amazonaws.com", "elasticloadbalancing.amazonaws.com"])
        ident = {"type": "AWSService", "invokedBy": svc_} if coin(0.5) else {"type": "AssumedRole", "principalId": "AROA" + ralnum(17, AZ2_7) + ":" + ch(["AutoScaling", rhex(16)]),
                 "arn": f"arn:aws:sts::{rdigits(12)}:assumed-role/AWSServiceRoleForAutoScaling/AutoScaling", "accountId": rdigits(12), "accessKeyId": "",
                 "sessionContext": {"sessionIssuer": {"type": "Role", "userName": "AWSServiceRoleForAutoScaling"}}, "invokedBy": "autoscaling.amazonaws.com"}
        name, req = ch([("AssumeRole", {"roleArn": f"arn:aws:iam::{rdigits(12)}:role/ecsTaskExecutionRole", "roleSessionName": rhex(32), "durationSeconds": 3600}),
                        ("RunInstances", {"instanceType": "m6i.large", "minCount": 1, "maxCount": 1}), ("Decrypt", {"encryptionAlgorithm": "SYMMETRIC_DEFAULT"})])
        resp = {"credentials": {"accessKeyId": "ASIA" + "X" * 16 if False else "HIDDEN_DUE_TO_SECURITY_REASONS", "sessionToken": "HIDDEN_DUE_TO_SECURITY_REASONS", "expiration": "Jun 11, 2024, 9:30:15 AM"}} if name == "AssumeRole" else None
        return mk("cloudtrail/service", J(base(ident, svc_, name, "sts.amazonaws.com" if name == "AssumeRole" else "ec2.amazonaws.com", req, resp, ua_=svc_)))
    return produce(n, [(human_ev, 4), (iam_create, 2), (cognito, 1)], [svc], 0.35)

# ---------------------------------------------------------------------------------------------- GCP Cloud Audit Logs
@fmt("gcpaudit", "Google Cloud Audit Logs: LogEntry with protoPayload google.cloud.audit.AuditLog (serviceName, methodName, resourceName, authenticationInfo.principalEmail/principalSubject, requestMetadata.callerIp/callerSuppliedUserAgent, authorizationInfo, request, response), insertId, resource, severity, logName",
     "authenticationInfo.principalEmail and principalSubject user:… (email; service-account emails are labeled as email too), callerIp (ip), IAM policy binding members user:/group:/serviceAccount: (email), BigQuery job SQL literals (email, phone), Cloud SQL user creation names/passwords",
     "System Event entries without principal, callerIp 'private' and 'gce-internal-ip', insertIds, resource labels (project_id, zone), method names, permissions, numResponseItems, timestamps, domain: members")
def fmt_gcpaudit(n):
    def entry(auth, ip, svc_, method, res, req=None, extra_pp=None, sev="NOTICE", log="activity"):
        t = ts_event(); proj = ch(["shop-prod-4821", "analytics-eu", "my-project"])
        pp = {"@type": "type.googleapis.com/google.cloud.audit.AuditLog", "status": {}, "authenticationInfo": auth,
              "requestMetadata": {"callerIp": ip, "callerSuppliedUserAgent": ch(["google-cloud-sdk gcloud/474.0.0 command/gcloud.compute.instances.list", "Terraform/1.8.4 (+https://www.terraform.io) terraform-provider-google/5.31.0", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7),gzip(gfe)"]),
                                  "requestAttributes": {"time": iso_ts(t, 6), "auth": {}}, "destinationAttributes": {}},
              "serviceName": svc_, "methodName": method, "authorizationInfo": [{"resource": res, "permission": method.split(".")[-1].lower(), "granted": True, "resourceAttributes": {}}], "resourceName": res}
        if req is not None: pp["request"] = req
        if extra_pp: pp.update(extra_pp)
        return {"protoPayload": pp, "insertId": ralnum(12, string.ascii_lowercase + string.digits), "resource": {"type": ch(["gce_instance", "project", "bigquery_dataset", "cloudsql_database"]), "labels": {"project_id": proj}},
                "timestamp": iso_ts(t, 6), "severity": sev, "logName": f"projects/{proj}/logs/cloudaudit.googleapis.com%2F{log}", "receiveTimestamp": iso_ts(t, 9)}
    def who():
        p = P()
        if coin(0.8):
            em = p.email(ch(["example.com", "gmail.com", "corp.example.com"])); return {"principalEmail": V("email", em), "principalSubject": S(["user:", V("email", em)])}
        sa = f"{ch(['terraform', 'deployer', 'ci-runner'])}@{ch(['shop-prod-4821', 'my-project'])}.iam.gserviceaccount.com"
        return {"principalEmail": V("email", sa), "serviceAccountDelegationInfo": [{"firstPartyPrincipal": {"principalEmail": V("email", "service-" + rdigits(12) + "@compute-system.iam.gserviceaccount.com")}}]}
    def admin():
        return mk("gcpaudit/admin", J(entry(who(), ch([vip4(), vip4(), vip6()]), ch(["compute.googleapis.com", "storage.googleapis.com"]), ch(["v1.compute.instances.insert", "storage.buckets.update", "v1.compute.firewalls.patch"]),
                                            f"projects/shop-prod-4821/zones/europe-west1-b/instances/{pod()}")))
    def iam():
        p = P(); m1, m2 = p.email("example.com"), P().email("example.com")
        delta = {"bindingDeltas": [{"action": "ADD", "role": ch(["roles/editor", "roles/bigquery.dataViewer", "roles/owner"]), "member": S(["user:", V("email", m1)])},
                                   {"action": "REMOVE", "role": "roles/viewer", "member": S([ch(["user:", "group:"]), V("email", m2)])}]}
        return mk("gcpaudit/iam", J(entry(who(), vip4(), "cloudresourcemanager.googleapis.com", "SetIamPolicy", "projects/shop-prod-4821", extra_pp={"serviceData": {"@type": "type.googleapis.com/google.iam.v1.logging.AuditData", "policyDelta": delta}})))
    def bq():
        p = P(); q = S(["SELECT order_id, total FROM `shop.orders` WHERE customer_email = '", vemail(p), "'"]) if coin(0.6) else S(["SELECT * FROM crm.contacts WHERE phone = '", vphone(), "' LIMIT 10"])
        return mk("gcpaudit/bigquery", J(entry(who(), vip4(), "bigquery.googleapis.com", "jobservice.jobcompleted", f"projects/analytics-eu/jobs/bquxjob_{rhex(8)}_{rhex(12)}",
                                               extra_pp={"serviceData": {"@type": "type.googleapis.com/google.cloud.bigquery.logging.v1.AuditData", "jobCompletedEvent": {"eventName": "query_job_completed", "job": {"jobConfiguration": {"query": {"query": q, "statementType": "SELECT"}}}}}}, sev="INFO", log="data_access")))
    def sqluser():
        p = P()
        return mk("gcpaudit/cloudsql", J(entry(who(), vip4(), "cloudsql.googleapis.com", "cloudsql.users.create", "projects/shop-prod-4821/instances/pg-main",
                                               req={"@type": "type.googleapis.com/google.cloud.sql.v1beta4.SqlUsersInsertRequest", "body": {"name": vuser(p.username()), "password": vpw(), "instance": "pg-main"}})))
    def sysev():
        return mk("gcpaudit/system", J(entry({}, ch(["private", "gce-internal-ip", "0.0.0.0"]), "compute.googleapis.com", ch(["compute.instances.preempted", "compute.instances.migrateOnHostMaintenance", "compute.instances.automaticRestart"]),
                                             f"projects/shop-prod-4821/zones/europe-west1-b/instances/{pod()}", sev="INFO", log="system_event")))
    def d_list():
        return mk("gcpaudit/list", J(entry({"principalEmail": V("email", f"{ch(['monitoring', 'scanner'])}@shop-prod-4821.iam.gserviceaccount.com")}, ch(["private", "gce-internal-ip"]), "compute.googleapis.com", "v1.compute.instances.list",
                                           "projects/shop-prod-4821/zones/europe-west1-b/instances", extra_pp={"numResponseItems": str(rint(0, 99))}, sev="INFO", log="data_access")))
    return produce(n, [(admin, 3), (iam, 2), (bq, 2), (sqluser, 1), (d_list, 1)], [sysev], 0.3)

# ---------------------------------------------------------------------------------------------- vCard 4.0
def vc_esc(s): return s.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
@fmt("vcard", "RFC 6350 vCard 4.0 (FN, N, NICKNAME, BDAY incl. --MMDD, TEL;VALUE=uri:tel:, EMAIL, ADR components, ORG, TITLE, UID, REV, GENDER) and vCard 3.0 TYPE= parameters, one content line per corpus line as logged by CardDAV servers",
     "FN (person), N family/given components (person), NICKNAME (person), BDAY (date_of_birth), TEL (phone), EMAIL (email), ADR street component (address), IMPP/X-SKYPE handles (username)",
     "BEGIN/END/VERSION/PRODID, ORG, TITLE, ROLE, CATEGORIES, UID urn:uuid, REV timestamps, GENDER, LANG, TZ, KIND, escaped commas in ORG")
def fmt_vcard(n):
    def card_():
        p = P(ch(["US", "GB", "DE", "FR", "NL", "PL", "ES", "IT", "JP", "BR"])); v4 = coin(0.6); c = p.country
        out = [mk("vcard/begin", "BEGIN:VCARD"), mk("vcard/version", "VERSION:" + ("4.0" if v4 else "3.0"))]
        if coin(0.4): out.append(mk("vcard/prodid", f"PRODID:-//{ch(['Apple Inc.//iPhone OS 17.5', 'Sabre//Sabre VObject 4.5.4', 'Google Inc//Google Contacts'])}//EN"))
        out.append(mk("vcard/fn", "FN:", vname(vc_esc(p.kanji if c == "JP" and coin(0.5) else p.full))))
        out.append(mk("vcard/n", "N:", vname(vc_esc(p.family)), ";", vname(vc_esc(p.given)), ";", ch(["", vname(p.middle.rstrip('.')) if p.middle and len(p.middle) > 2 else ""]), ";", ch(["", "Dr.", "Mr.", "Ms."]), ";"))
        if coin(0.3): out.append(mk("vcard/nickname", "NICKNAME:", vname(p.given[:3] + ch(["i", "y", "o"]))))
        if coin(0.7):
            st = ch(["compact", "iso", "partial"]) if v4 else "iso"
            b = {"compact": fdate(p.dob, "compact"), "iso": fdate(p.dob, "iso"), "partial": f"--{p.dob.month:02d}{p.dob.day:02d}"}[st]
            out.append(mk("vcard/bday", "BDAY:", V("date_of_birth", b)))
        tel = phone(c, ch(["intl", "e164"])) if v4 else phone(c)
        out.append(mk("vcard/tel", "TEL;" + ("VALUE=uri;TYPE=\"voice,cell\":tel:" if v4 else ch(["TYPE=CELL:", "TYPE=WORK,VOICE:", "TYPE=HOME:"])), V("phone", tel.replace(" ", "-") if v4 else tel)))
        out.append(mk("vcard/email", "EMAIL;" + ch(["TYPE=work:", "TYPE=INTERNET,PREF:", "PREF=1:", "TYPE=home:"]), vemail(p)))
        if coin(0.6):
            st, pc, city, _ = address(c if c in ("US", "GB", "DE", "FR", "NL", "PL", "ES", "IT", "BR", "JP") else "US")
            out.append(mk("vcard/adr", "ADR;TYPE=" + ch(["home", "work", "HOME"]) + ":;;", V("address", vc_esc(st)), f";{vc_esc(city)};;{pc};{ch(['', c])}"))
        if coin(0.2): out.append(mk("vcard/impp", "IMPP;TYPE=personal:xmpp:", vuser(p.username()), f"@{ch(['jabber.org', 'chat.example.com'])}"))
        if coin(0.5): out.append(mk("vcard/org", "ORG:" + ch(['Example Corp.', 'ACME\\, Inc.', 'Müller & Söhne GmbH', 'Université de Lyon']) + ";" + ch(['Sales', 'R&D', ''])))
        if coin(0.4): out.append(mk("vcard/title", f"TITLE:{ch(['Project Manager', 'Research Scientist', 'Head of Sales', 'Engineer'])}"))
        if coin(0.3): out.append(mk("vcard/gender", f"GENDER:{p.sex}"))
        if coin(0.5): out.append(mk("vcard/uid", f"UID:urn:uuid:{uuid4()}"))
        if coin(0.5): out.append(mk("vcard/rev", f"REV:{ts_event().strftime('%Y%m%dT%H%M%SZ')}"))
        out.append(mk("vcard/end", "END:VCARD"))
        return out
    def dav():
        return mk("vcard/dav", f"{iso_ts()} INFO  sabre: PUT /addressbooks/{ch(['anna', 'u' + rdigits(5)])[:0]}default/{uuid4()}.vcf 201 Created etag=\"{md5()}\"")
    return produce(n, [card_], [dav], 0.1)

# ---------------------------------------------------------------------------------------------- iCalendar
@fmt("ical", "RFC 5545 iCalendar (VEVENT ORGANIZER;CN=, ATTENDEE;CN=;ROLE;PARTSTAT:mailto:, DTSTART/DTEND, SUMMARY, LOCATION, DESCRIPTION escaping, UID, SEQUENCE) and RFC 6047 iMIP, one content line per corpus line",
     "CN= parameter values (person, quoted when they contain commas), mailto: addresses (email), DESCRIPTION text with phone numbers / names, X-*-ID user ids",
     "BEGIN/END, DTSTART/DTEND/DTSTAMP/CREATED/LAST-MODIFIED (event dates), UID values that look like emails (19970610T172345Z-AF23B2@example.com), RRULE, SEQUENCE, STATUS, TRANSP, PRODID, meeting rooms")
def fmt_ical(n):
    def ev():
        out = [mk("ical/begin", "BEGIN:VEVENT")]
        t = ts_event()
        out.append(mk("ical/uid", f"UID:{t.strftime('%Y%m%dT%H%M%SZ')}-{rhex(6).upper()}@{ch(['example.com', 'calendar.example.org'])}" if coin(0.6) else f"UID:{uuid4()}"))
        out.append(mk("ical/dtstamp", f"DTSTAMP:{t.strftime('%Y%m%dT%H%M%SZ')}"))
        out.append(mk("ical/dtstart", f"DTSTART;TZID=Europe/Berlin:{(t + datetime.timedelta(days=2)).strftime('%Y%m%dT%H0000')}"))
        o = P()
        cn = o.rev if coin(0.3) else o.any_name()
        out.append(mk("ical/organizer", "ORGANIZER;CN=", ('"', vname(cn), '"') if "," in cn or coin(0.3) else vname(cn), ":mailto:", vemail(o)))
        for _ in range(rint(1, 3)):
            a = P(); cn = a.full if coin(0.7) else a.rev
            out.append(mk("ical/attendee", f"ATTENDEE;ROLE={ch(['REQ-PARTICIPANT', 'OPT-PARTICIPANT'])};PARTSTAT={ch(['ACCEPTED', 'NEEDS-ACTION', 'TENTATIVE'])};RSVP=TRUE;CN=",
                          ('"', vname(cn), '"') if "," in cn else vname(cn), ":mailto:", vemail(a)))
        if coin(0.4): out.append(mk("ical/attendee", "ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN=" + ch(["Room 4.12", "Konferenzraum Berlin", "Salle Lumière"]) + ":mailto:", V("email", ch(["room-412", "raum-berlin"]) + "@resource.example.com")))
        out.append(mk("ical/summary", "SUMMARY:" + ch(["Quarterly review", "1:1", "Sprint planning", "Kick-off\\, project Atlas", "Zahnarzttermin", "Entretien annuel"])))
        if coin(0.4):
            d = P()
            out.append(mk("ical/description", "DESCRIPTION:", ch([["Dial-in: ", vphone(), " PIN 4821#"], ["Call ", vname(d.full), " at ", vphone(d.country), " if late"],
                                                                   ["Agenda\\n1. budget\\n2. hiring (", vname(d.given), ")"]])))
        if coin(0.5): out.append(mk("ical/location", "LOCATION:", ch(["Room 4.12", "https://meet.example.com/abc-defg-hij", V("address", vc_esc(address(ch(["DE", "FR", "US"]))[3]))])))
        if coin(0.3): out.append(mk("ical/rrule", f"RRULE:FREQ=WEEKLY;BYDAY={ch(['MO', 'TU,TH', 'FR'])};UNTIL=20241231T235959Z"))
        out.append(mk("ical/seq", f"SEQUENCE:{rint(0, 4)}"))
        out.append(mk("ical/end", "END:VEVENT"))
        return out
    def imip():
        p = P()
        return mk("ical/imip", f"{iso_ts()} INFO  caldav: iMIP REQUEST delivered to ", vemail(p), f" for event {uuid4()}")
    return produce(n, [(ev, 4), (imip, 1)], [], 0.0)

# ---------------------------------------------------------------------------------------------- SIP
@fmt("sip", "RFC 3261 SIP (request line, Via with received/rport, From/To name-addr with display-name and tag, Contact, Call-ID, CSeq, Max-Forwards, Authorization: Digest), RFC 3325 P-Asserted-Identity, RFC 3966 tel URIs, RFC 4566 SDP o=/c= lines; Asterisk/Kamailio log lines",
     "display names (person), SIP AoR user@host (email) and tel:/sip:+E.164 (phone), user part of Contact (username), Via received=/rport and SDP/Contact addresses (ip/ipv6), Digest username (username), SDP o= username",
     "Call-ID values that look like user@host (a84b4c76e66710@pc33.atlanta.example.com), branch/tag parameters, CSeq, Max-Forwards, Content-Length/Type, User-Agent, Allow, SDP m=/a= lines, status lines")
def fmt_sip(n):
    def msg():
        a, b = P(), P(); dom = ch(["atlanta.example.com", "sip.example.net", "voip.example.de"]); ipa = vip4()
        aor = lambda p: [V("email", f"{p.gascii}.{p.fascii}@{dom}")] if coin(0.6) else [V("phone", phone(p.country if p.country in ('DE', 'US', 'GB', 'FR', 'NL') else 'DE', "e164")), f"@{dom};user=phone"]
        out = [mk("sip/request", f"INVITE sip:", aor(b), " SIP/2.0"),
               mk("sip/via", f"Via: SIP/2.0/{ch(['UDP', 'TCP', 'TLS'])} ", ipa, f":5060;branch=z9hG4bK{rhex(10)};rport" + ch(["", ";received="]), ch([None, None]))]
        if coin(0.3): out.append(mk("sip/via", f"Via: SIP/2.0/UDP {ch(['pc33.atlanta.example.com', 'proxy1.example.net'])};branch=z9hG4bK{rhex(8)}"))
        out.append(mk("sip/maxfwd", "Max-Forwards: 70"))
        dn = a.any_name()
        out.append(mk("sip/from", "From: ", ['"', vname(dn), '" '] if coin(0.7) else "", "<sip:", aor(a), f">;tag={rint(10**9, 10**10)}"))
        out.append(mk("sip/to", "To: ", [vname(b.full), " "] if coin(0.4) else "", "<sip:", aor(b), ">"))
        out.append(mk("sip/callid", f"Call-ID: {rhex(14)}@{ch(['pc33.atlanta.example.com', 'host.example.net', ''])}"))
        out.append(mk("sip/cseq", f"CSeq: {rint(1, 999999)} INVITE"))
        out.append(mk("sip/contact", "Contact: <sip:", vuser(a.username()), "@", ipa.map(lambda x: x), f":{ch([5060, 5061, 51234])};transport={ch(['udp', 'tcp', 'tls'])}>"))
        if coin(0.4): out.append(mk("sip/pai", "P-Asserted-Identity: ", ['"', vname(a.full), '" '], "<tel:", vphone(a.country if a.country in ('DE', 'US', 'GB', 'FR') else 'US', "e164"), ">"))
        if coin(0.4): out.append(mk("sip/auth", 'Authorization: Digest username="', vuser(a.username()), f'", realm="{dom}", nonce="{rhex(32)}", uri="sip:{dom}", response="{md5()}", algorithm=MD5'))
        out.append(mk("sip/ua", f"User-Agent: {ch(['Linphone/5.2.0 (belle-sip/5.2.0)', 'Zoiper rv2.10.20.6', 'Asterisk PBX 20.7.0', 'Yealink SIP-T46U 108.86.0.45'])}"))
        out.append(mk("sip/ctype", "Content-Type: application/sdp"))
        out.append(mk("sip/clen", f"Content-Length: {rint(120, 480)}"))
        out.append(mk("sip/sdp", f"o=", vuser(a.gascii), f" {rint(10**9, 4 * 10**9)} {rint(10**9, 4 * 10**9)} IN IP4 ", ipa.map(lambda x: x)))
        out.append(mk("sip/sdp", "c=IN IP4 ", ipa.map(lambda x: x)) if coin(0.7) else mk("sip/sdp", "c=IN IP6 ", vip6()))
        out.append(mk("sip/sdp", f"m=audio {rint(10000, 60000)} RTP/AVP 0 8 101"))
        return out
    def asterisk():
        p = P(); ip = vip4()
        return mk("sip/asterisk", f"[{ts_event().strftime('%b %d %H:%M:%S')}] NOTICE[{rint(1000, 9999)}] chan_sip.c: Registration from '\"", vname(p.full), "\" <sip:", vuser(p.username()),
                  "@", f"{ch(['pbx.example.com', 'sip.example.net'])}>' failed for '", ip, f":{rint(1024, 65535)}' - {ch(['Wrong password', 'No matching peer found', 'Username/auth name mismatch'])}")
    def d_status():
        return mk("sip/status", ch(["SIP/2.0 100 Trying", "SIP/2.0 180 Ringing", "SIP/2.0 200 OK", "SIP/2.0 401 Unauthorized", "SIP/2.0 486 Busy Here", "ACK sip:bob@192.0.2.4 SIP/2.0"[:0] + "Allow: INVITE, ACK, CANCEL, OPTIONS, BYE, REFER, NOTIFY",
                                     "Supported: replaces, timer", "a=rtpmap:101 telephone-event/8000", "a=sendrecv", f"Session-Expires: {ch([1800, 3600])};refresher=uac", "Content-Length: 0",
                                     f"Call-ID: {rhex(14)}@{ch(['pc33.atlanta.example.com', 'host.example.net'])}", f"CSeq: {rint(1, 99999)} {ch(['BYE', 'OPTIONS', 'REGISTER'])}"]))
    return produce(n, [(msg, 3), (asterisk, 1)], [d_status], 0.15)

# ---------------------------------------------------------------------------------------------- RADIUS (FreeRADIUS)
@fmt("radius", "RFC 2865/2866 RADIUS attributes (User-Name, User-Password, NAS-IP-Address, Calling-Station-Id, Called-Station-Id, Framed-IP-Address, Acct-*) as written by FreeRADIUS 3 detail files and radius.log 'Login OK/Login incorrect' lines (auth_goodpass/auth_badpass)",
     "User-Name (username or email; host/… machine names are not), User-Password and logged bad/good passwords (password), Calling-Station-Id and Called-Station-Id MACs (mac), Framed-IP-Address / NAS-IP-Address / cli addresses (ip)",
     "Packet-Type, Acct-Session-Id, Acct-Unique-Session-Id, octet/packet counters, Event-Timestamp, Timestamp epochs, NAS-Port, Service-Type, EAP-Message/Message-Authenticator hex, 'Ready to process requests', client short names")
def fmt_radius(n):
    def detail():
        p = P(); t = ts_event(); human = coin(0.85)
        out = [mk("radius/detail", t.strftime("%a %b %d %H:%M:%S %Y"))]
        rows = [("Packet-Type", ch(["Access-Request", "Accounting-Request"]))]
        rows.append(("User-Name", ['"', (vuser(p.username()) if coin(0.5) else vemail(p)) if human else f"host/{wks()}.corp.example.com", '"']))
        if rows[0][1] == "Access-Request" and coin(0.5): rows.append(("User-Password", ['"', V("password", pw('"\\')), '"']))
        rows.append(("NAS-IP-Address", priv4()))
        rows.append(("Calling-Station-Id", ['"', vmac(ch(["DASH", "dash", "colon"])), '"']))
        rows.append(("Called-Station-Id", ['"', vmac("DASH"), f':{ch(["CorpWiFi", "eduroam", "Guest"])}"']))
        if coin(0.5): rows.append(("Framed-IP-Address", vip4()))
        rows += [("NAS-Port", str(rint(0, 50))), ("Service-Type", ch(["Framed-User", "Login-User"])), ("Acct-Session-Id", f'"{rhex(16).upper()}"'),
                 ("Acct-Input-Octets", str(rint(0, 10**9))), ("Event-Timestamp", f'"{t.strftime("%b %d %Y %H:%M:%S")} UTC"'), ("Timestamp", str(epoch()))]
        rows = rows[:5] + R.sample(rows[5:], min(len(rows) - 5, rint(3, 6)))
        for k, v in rows: out.append(mk("radius/detail", "\t", k, " = ", v))
        return out
    def log():
        p = P(); t = ts_event(); u = vuser(p.username()) if coin(0.7) else vemail(p)
        pre = f"{t.strftime('%a %b %d %H:%M:%S %Y')} : Auth: ({rint(1, 9999)}) "
        cli = ch([vmac("dash"), vmac("DASH"), vip4()])
        return ch([lambda: mk("radius/log", pre, "Login OK: [", u, "] (from client ", ch(["ap-floor3", "vpn-gw", "switch-core"]), " port ", str(rint(0, 48)), " cli ", cli, ")"),
                   lambda: mk("radius/log", pre, f"Login incorrect ({ch(['mschap: MS-CHAP2-Response is incorrect', 'pap: Crypt digest does not match', 'No Auth-Type found'])}): [", u, "/<via Auth-Type = eap>] (from client vpn-gw port ", str(rint(0, 48)), " cli ", cli, ")"),
                   lambda: mk("radius/log", pre, "Login incorrect: [", u, "/", V("password", pw("]/")), "] (from client ap-floor3 port 0 cli ", cli, ")"),
                   lambda: mk("radius/log", pre, "Login OK: [", u, "/", V("password", pw("]/")), "] (from client vpn-gw port 12 cli ", cli, ")")])()
    def d_log():
        t = ts_event()
        return mk("radius/log", f"{t.strftime('%a %b %d %H:%M:%S %Y')} : " + ch(["Info: Ready to process requests", "Info: Loaded virtual server <default>", "Warning: Ignoring \"ldap\" (see raddb/mods-available/README.rst)",
                                                                               f"Info: Need {rint(2, 9)} more connections to reach 10 spares", "Error: (0) eap: ERROR: Failed continuing EAP TLS (13) session.  EAP sub-module failed",
                                                                               f"Auth: ({rint(1, 999)}) Login incorrect (eap: Failed continuing EAP TLS (13) session): [host/{wks()}.corp.example.com/<via Auth-Type = eap>] (from client ap-floor3 port 0)"]))
    return produce(n, [(detail, 2), (log, 3)], [d_log], 0.25)

# ---------------------------------------------------------------------------------------------- Postfix
def mail_pre(prog): return f"{syslog_ts()} {ch(['mx1', 'mail', 'smtp-out-2'])} {prog}[{rint(100, 99999)}]: "
def qid(): return ralnum(ch([10, 11, 12]), "0123456789ABCDEF") if coin(0.5) else ralnum(12, string.ascii_letters + string.digits)
@fmt("postfix", "Postfix documentation (DEBUG_README, postconf smtpd_* and smtp delivery status, LOGGING): smtpd connect/client=/sasl_username, cleanup message-id, qmgr from=/size/nrcpt, smtp/local to=/relay/delay/delays/dsn/status, NOQUEUE reject lines, SASL warnings, anvil statistics",
     "envelope from=/to= addresses and rejected RCPT addresses (email), sasl_username (email or username), client and relay addresses (ip)",
     "queue ids, message-id=<…@mail.gmail.com> (looks like an email, is not), delays=0.1/0/0.5/0.6 and delay=, dsn codes, size/nrcpt, base64 'UGFzc3dvcmQ6' SASL prompt, 'uid=33 from=<www-data>', daemon started -- version, host names")
def fmt_postfix(n):
    def flow():
        p, r = P(), P(); q = qid(); cip = vip4()
        out = [mk("postfix/smtpd", mail_pre("postfix/smtpd"), f"connect from {ch(['unknown', 'mail-wr1-f54.google.com', 'mout.example.de'])}[", cip, "]")]
        if coin(0.5): out.append(mk("postfix/smtpd", mail_pre("postfix/smtpd"), f"{q}: client=unknown[", cip.map(lambda x: x), f"], sasl_method={ch(['PLAIN', 'LOGIN'])}, sasl_username=", vemail(p) if coin(0.7) else vuser(p.username())))
        else: out.append(mk("postfix/smtpd", mail_pre("postfix/smtpd"), f"{q}: client=mail-wr1-f54.google.com[", cip.map(lambda x: x), "]"))
        out.append(mk("postfix/cleanup", mail_pre("postfix/cleanup"), f"{q}: message-id=<{ch(['CAF', 'CA+', ''])}{ralnum(20, string.ascii_letters + string.digits + '=_')}@{ch(['mail.gmail.com', 'example.com', 'DB9PR01MB1234.eurprd01.prod.exchangelabs.com'])}>"))
        out.append(mk("postfix/qmgr", mail_pre("postfix/qmgr"), f"{q}: from=<", vemail(p), f">, size={rint(900, 9999999)}, nrcpt={rint(1, 3)} (queue active)"))
        d = [R.random() for _ in range(4)]
        st = ch(["sent (250 2.0.0 OK  " + f"{epoch()} {ralnum(12)}.{rint(1, 999)} - gsmtp)", "sent (250 2.0.0 Ok: queued as " + qid() + ")", "deferred (connect to mx.example.net[" + "198.51.100.25" + "]:25: Connection timed out)",
                 "bounced (host mx.example.org said: 550 5.1.1 <" + "X" + ">: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command))"])
        if "<X>" in st:
            pre_, post_ = st.split("X", 1); stp = [pre_, vemail(r), post_]
        else: stp = [st]
        out.append(mk("postfix/smtp", mail_pre("postfix/smtp"), f"{q}: to=<", vemail(r), f">, relay={ch(['mx.example.nl', 'gmail-smtp-in.l.google.com', 'mx01.mail.example.de'])}[", vip4(), f"]:25, delay={sum(d):.2f}, delays={d[0]:.2f}/{d[1]:.2f}/{d[2]:.2f}/{d[3]:.2f}, dsn={ch(['2.0.0', '4.4.1', '5.1.1'])}, status=", stp))
        out.append(mk("postfix/qmgr", mail_pre("postfix/qmgr"), f"{q}: removed"))
        return out
    def reject():
        a, b = P(), P()
        return mk("postfix/reject", mail_pre("postfix/smtpd"), "NOQUEUE: reject: RCPT from unknown[", vip4(), "]: ", ch(["554 5.7.1 <", "450 4.1.2 <"]), vemail(b), ">: ",
                  ch(["Relay access denied", "Recipient address rejected: Domain not found"]), "; from=<", vemail(a), "> to=<", vemail(b), f"> proto=ESMTP helo=<{ch(['WIN-ABC123', 'localhost', 'mail.example.com'])}>")
    def saslfail():
        return mk("postfix/sasl", mail_pre("postfix/smtpd"), "warning: unknown[", vip4(), f"]: SASL {ch(['LOGIN', 'PLAIN'])} authentication failed: {ch(['UGFzc3dvcmQ6', 'authentication failure', 'Invalid authentication mechanism'])}")
    def d_misc():
        return mk("postfix/misc", mail_pre(ch(["postfix/master", "postfix/pickup", "postfix/anvil", "postfix/scache"])), ch([f"daemon started -- version {ch(['3.8.5', '3.7.11'])}, configuration /etc/postfix",
                  f"{qid()}: uid=33 from=<www-data>", f"{qid()}: uid=0 from=<root>", "statistics: max cache size 1 at Jun 11 08:30:15", f"statistics: max connection count 1 for (smtp:localhost) at Jun 11 08:30:15",
                  "reload -- version 3.8.5, configuration /etc/postfix", f"statistics: domain lookup hits={rint(0, 9)} miss={rint(0, 9)} success={rint(0, 100)}%"]))
    return produce(n, [(flow, 3), (reject, 1), (saslfail, 1)], [d_misc], 0.3)

# ---------------------------------------------------------------------------------------------- Dovecot
@fmt("dovecot", "Dovecot 2.3 documentation (logging: login process 'Login: user=<>, method=, rip=, lip=, mpid=, TLS, session=<>' and 'Disconnected (auth failed …)', auth passdb/userdb debug lines, mail process imap(user)<pid><session> prefix, auth_debug_passwords)",
     "user=<…> and imap(user)/lmtp(user) prefixes (email or username), passdb(user,ip) tuples, rip= remote addresses (ip/ipv6), logged given passwords (password)",
     "session=<…> log correlation ids, mpid/pids, in=/out= byte counters, deleted/expunged counts, lip= server addresses (labeled as ip under the all-IPv4 convention), msgid=<…@…>, version/startup lines")
def fmt_dovecot(n):
    pre = lambda: f"{syslog_ts()} {ch(['mail', 'imap1'])} dovecot: "
    sess = lambda: f"<{rb64(12, pad=False)}>"
    def who(): p = P(); return vemail(p) if coin(0.6) else vuser(p.username())
    def login():
        u = who(); ip = ch([vip4(), vip4(), vip6()])
        return ch([lambda: mk("dovecot/login", pre(), f"{ch(['imap-login', 'pop3-login', 'submission-login'])}: Login: user=<", u, f">, method={ch(['PLAIN', 'LOGIN', 'XOAUTH2'])}, rip=", ip, ", lip=", priv4(), f", mpid={rint(1000, 99999)}, TLS, session={sess()}"),
                   lambda: mk("dovecot/login", pre(), f"imap-login: Disconnected (auth failed, {rint(1, 3)} attempts in {rint(2, 20)} secs): user=<", u, ">, method=PLAIN, rip=", ip, ", lip=", priv4(), f", TLS, session={sess()}"),
                   lambda: mk("dovecot/auth", pre(), f"auth: {ch(['passwd-file', 'sql', 'ldap', 'pam'])}(", u, ",", ip, f",{sess()}): {ch(['unknown user', 'Password mismatch', 'pam_authenticate() failed: Authentication failure (Password mismatch?)'])}"),
                   lambda: mk("dovecot/auth", pre(), f"auth: Debug: {ch(['sql', 'passwd-file'])}(", u, ",", ip, f",{sess()}): Password mismatch (given password: ", V("password", pw(")")), ")")])()
    def mailp():
        u = who()
        return ch([lambda: mk("dovecot/imap", pre(), "imap(", u, f")<{rint(1000, 99999)}>{sess()}: Disconnected: {ch(['Logged out', 'Connection closed'])} in={rint(0, 9999)} out={rint(0, 999999)} deleted={rint(0, 9)} expunged={rint(0, 9)} trashed=0 hdr_count=0 hdr_bytes=0 body_count=0 body_bytes=0"),
                   lambda: mk("dovecot/lmtp", pre(), "lmtp(", u, f")<{rint(1000, 99999)}><{rb64(16, pad=False)}>: msgid=<{ralnum(16)}@{ch(['example.org', 'mail.gmail.com'])}>: saved mail to {ch(['INBOX', 'Junk', 'INBOX/Rechnungen'])}"),
                   lambda: mk("dovecot/auth", pre(), f"auth: Debug: client passdb out: OK\t{rint(1, 99)}\tuser=", u)])()
    def d_misc():
        return mk("dovecot/misc", pre(), ch([f"master: Dovecot v2.3.21 (47349e2482) starting up for imap, lmtp, sieve (core dumps disabled)", "master: Warning: Killed with signal 15 (by pid=1 uid=0 code=kill)",
                                             f"imap-login: Disconnected (no auth attempts in {rint(0, 10)} secs): user=<>, rip=127.0.0.1, lip=127.0.0.1, session={sess()}",
                                             "auth: Warning: auth client 0 disconnected with 1 pending requests: EOF", "ssl-params: SSL parameters regeneration completed",
                                             f"stats: Warning: Couldn't send to /var/run/dovecot/stats-writer: Connection refused"]))
    return produce(n, [(login, 4), (mailp, 2)], [d_misc], 0.3)

# ---------------------------------------------------------------------------------------------- OpenLDAP slapd
def rfc4514(s):
    out = s.replace("\\", "\\\\")
    for c in ',+"<>;=': out = out.replace(c, "\\" + c)
    if out.startswith(("#", " ")): out = "\\" + out
    return out
def rfc4514_hex(s):
    return "".join(c if ord(c) < 128 else "".join(f"\\{b:02X}" for b in c.encode()) for c in rfc4514(s))
@fmt("slapd", "OpenLDAP 2.6 Administrator's Guide (loglevel stats: conn= fd= ACCEPT from IP=, op= BIND dn=\"…\" method=128, RESULT tag=97 err=49, SRCH base= scope= deref= filter=, MOD, ADD, UNBIND) and 389-DS access log; DNs follow RFC 4514 string representation with \\, and \\XX escapes",
     "RDN values naming people: uid= (username), cn= with escaped commas 'Miller\\, Tanya' or \\C3\\BC hex escapes (person), mail=/telephoneNumber=/uid= assertions in search filters (email, phone, username), ACCEPT from IP= (ip)",
     "cn=admin / cn=replicator / cn=Manager / ou=system DNs, base DNs (dc=example,dc=com), tag/err/nentries/etime, STARTTLS, anonymous binds (dn=\"\"), attrs= lists, conn/op/fd numbers, ssf values")
def fmt_slapd(n):
    pre = lambda: f"{syslog_ts()} ldap1 slapd[{rint(100, 9999)}]: " if coin(0.7) else f"{ts_event().strftime('[%d/%b/%Y:%H:%M:%S.%f')[:-3]}000 +0000] "
    base = lambda: ch(["dc=example,dc=com", "DC=corp,DC=example", "o=example,c=de"])
    def person_dn():
        p = P(); st = ch(["uid", "cn_rev", "cn", "cn_hex"])
        if st == "uid": return ["uid=", vuser(p.username()), f",ou={ch(['people', 'users', 'Staff'])},{base()}"]
        if st == "cn_rev": return ["CN=", vname(rfc4514(p.rev)), f",OU={ch(['Staff', 'Users', 'Sales'])},{base()}"]
        if st == "cn_hex" and any(ord(c) > 127 for c in p.full): return ["cn=", vname(rfc4514_hex(p.full)), f",ou=people,{base()}"]
        return ["cn=", vname(rfc4514(p.full)), f",ou=people,{base()}"]
    def session():
        c = rint(1000, 99999); out = []
        out.append(mk("slapd/accept", pre(), f"conn={c} fd={rint(10, 99)} ACCEPT from IP=", vip4(), f":{rint(1024, 65535)} (IP=0.0.0.0:{ch([389, 636])})"))
        if coin(0.3): out.append(mk("slapd/op", pre(), f"conn={c} op=0 STARTTLS"))
        out.append(mk("slapd/bind", pre(), f"conn={c} op={rint(0, 1)} BIND dn=\"", person_dn(), "\" method=128"))
        err = ch([0, 0, 49])
        out.append(mk("slapd/result", pre(), f"conn={c} op=1 RESULT tag=97 err={err} text=" + ("" if err == 0 else "invalid credentials")))
        if coin(0.6):
            p = P()
            flt = ch([["(&(objectClass=person)(mail=", vemail(p), "))"], ["(uid=", vuser(p.username()), ")"], ["(telephoneNumber=", vphone(p.country if p.country in ('DE', 'US', 'FR', 'GB') else 'DE', 'intl'), ")"],
                      ["(|(cn=", vname(rfc4514(p.full)), ")(sn=", vname(p.family), "))"], ["(&(objectClass=inetOrgPerson)(employeeNumber=", vuid(rint(10000, 99999)), "))"]])
            out.append(mk("slapd/search", pre(), f"conn={c} op=2 SRCH base=\"{base()}\" scope={ch([1, 2])} deref=0 filter=\"", flt, "\""))
            out.append(mk("slapd/attrs", pre(), f"conn={c} op=2 SRCH attr={ch(['cn mail', 'uid memberOf', '1.1', 'dn'])}"))
            out.append(mk("slapd/result", pre(), f"conn={c} op=2 SEARCH RESULT tag=101 err=0 qtime=0.000012 etime=0.{rint(100, 9999):06d} nentries={rint(0, 3)} text="))
        if coin(0.3):
            out.append(mk("slapd/mod", pre(), f"conn={c} op=3 MOD dn=\"", person_dn(), "\""))
            out.append(mk("slapd/mod", pre(), f"conn={c} op=3 MOD attr={ch(['userPassword', 'telephoneNumber mail', 'pwdChangedTime'])}"))
        out.append(mk("slapd/unbind", pre(), f"conn={c} op={rint(3, 5)} UNBIND"))
        out.append(mk("slapd/closed", pre(), f"conn={c} fd={rint(10, 99)} closed"))
        return out
    def d_sys():
        c = rint(1000, 99999)
        return ch([lambda: mk("slapd/bind", pre(), f"conn={c} op=0 BIND dn=\"{ch(['cn=admin', 'cn=replicator,ou=system', 'cn=Manager', 'uid=svc-jenkins,ou=services'])},{base()}\" method=128"),
                   lambda: mk("slapd/bind", pre(), f"conn={c} op=0 BIND dn=\"\" method=128"), lambda: mk("slapd/bind", pre(), f"conn={c} op=0 BIND anonymous mech=implicit bind_ssf=0 ssf=256"),
                   lambda: mk("slapd/search", pre(), f"conn={c} op=1 SRCH base=\"{base()}\" scope=2 deref=0 filter=\"(&(objectClass=posixGroup)(gidNumber={rint(100, 9999)}))\""),
                   lambda: mk("slapd/result", pre(), f"conn={c} op=1 RESULT tag=97 err=0 qtime=0.000010 etime=0.000{rint(100, 999)} text="),
                   lambda: mk("slapd/misc", pre(), f"slapd starting"), lambda: mk("slapd/accept", pre(), f"conn={c} fd=12 ACCEPT from PATH=/var/run/slapd/ldapi (PATH=/var/run/slapd/ldapi)")])()
    return produce(n, [session], [d_sys], 0.3)

# ---------------------------------------------------------------------------------------------- Rails
def ruby_h(pairs, style):
    out = ["{"]
    for i, (k, v) in enumerate(pairs):
        if i: out.append(", ")
        out += [f'"{k}"=>' if style == "old" else f'"{k}" => ', v]
    out.append("}"); return out
@fmt("rails", "Rails Guides (Debugging Rails Applications; Active Record query logs '<Model> <Action> (Xms)  SQL  [[\"col\", val]]'; ActionController 'Started/Processing by/Parameters/Completed'; filter_parameters [FILTERED]; ActionMailer 'Delivered mail'); Ruby Hash#inspect in 3.3 and 3.4 styles; lograge key=value",
     "request params values (email, names, phone, DOB), ActiveRecord bind values [[\"first_name\", \"…\"]], WHERE users.id = $1 [[\"id\", 4821]] user ids, remote IP in 'Started … for IP', lograge remote_ip/user_id, 'Sent mail to', GlobalID User/4821",
     "'Customer Create (5.3ms)' model+action names, [FILTERED] values, authenticity_token placeholders, created_at/updated_at timestamps, LIMIT binds, SQL text, durations/Allocations, render lines, controller#action, request ids")
def fmt_rails(n):
    def req():
        p = P(); ip = vip4(); out = []
        t = ts_event(); rid = uuid4()
        tag = f"[{rid}] " if coin(0.4) else ""
        out.append(mk("rails/started", tag, f"Started {ch(['POST', 'PATCH'])} \"/{ch(['users', 'customers', 'account', 'signup'])}\" for ", ip, f" at {t.strftime('%Y-%m-%d %H:%M:%S')} +0000"))
        out.append(mk("rails/processing", tag, f"Processing by {ch(['Users', 'Customers', 'Registrations'])}Controller#{ch(['create', 'update'])} as {ch(['HTML', 'JSON', 'TURBO_STREAM'])}"))
        style = ch(["old", "new"])
        inner = [("email", V("email", p.email())), ("first_name", vname(p.given)), ("last_name", vname(p.family))]
        if coin(0.4): inner.append(("phone", vphone(p.country)))
        if coin(0.4): inner.append(("date_of_birth", vdob(p.dob, "iso")))
        inner.append(("password", '"[FILTERED]"'))
        inner = [(k, ['"', v, '"'] if isinstance(v, V) else v) for k, v in inner]
        out.append(mk("rails/params", tag, "  Parameters: ", ruby_h([("authenticity_token", '"[FILTERED]"'), ("user", ruby_h(inner, style)), ("commit", '"Sign up"')], style)))
        sty = ch(["create", "load"])
        if sty == "create":
            out.append(mk("rails/sql", tag, f"  {ch(['Customer', 'User'])} Create ({R.random() * 9:.1f}ms)  INSERT INTO \"{ch(['customers', 'users'])}\" (\"first_name\", \"last_name\", \"email\", \"created_at\", \"updated_at\") VALUES ($1, $2, $3, $4, $5) RETURNING \"id\"  [[\"first_name\", \"",
                          vname(p.given), "\"], [\"last_name\", \"", vname(p.family), "\"], [\"email\", \"", V("email", p.email()), f"\"], [\"created_at\", \"{t.strftime('%Y-%m-%d %H:%M:%S')}.{t.microsecond:06d}\"], [\"updated_at\", \"{t.strftime('%Y-%m-%d %H:%M:%S')}.{t.microsecond:06d}\"]]"))
        else:
            out.append(mk("rails/sql", tag, f"  User Load ({R.random():.1f}ms)  SELECT \"users\".* FROM \"users\" WHERE \"users\".\"email\" = $1 LIMIT $2  [[\"email\", \"", V("email", p.email()), "\"], [\"LIMIT\", 1]]"))
        uid = rint(1000, 999999)
        if coin(0.5): out.append(mk("rails/redirect", tag, "Redirected to https://shop.example.com/users/", vuid(uid)))
        out.append(mk("rails/completed", tag, f"Completed {ch(['302 Found', '200 OK', '422 Unprocessable Content'])} in {rint(5, 900)}ms (Views: {R.random() * 20:.1f}ms | ActiveRecord: {R.random() * 20:.1f}ms (3 queries, 0 cached) | GC: 0.{rint(0, 9)}ms)"))
        return out
    def load():
        uid = rint(1000, 999999)
        return mk("rails/sql", f"  User Load ({R.random():.1f}ms)  SELECT \"users\".* FROM \"users\" WHERE \"users\".\"id\" = $1 LIMIT $2  [[\"id\", ", vuid(uid), "], [\"LIMIT\", 1]]")
    def lograge():
        return mk("rails/lograge", f"method={ch(['GET', 'POST'])} path=/{ch(['orders', 'account', 'cart'])} format=html controller={ch(['Orders', 'Accounts'])}Controller action={ch(['index', 'show', 'create'])} status=200 duration={R.random() * 300:.2f} view={R.random() * 100:.2f} db={R.random() * 50:.2f} remote_ip=", vip4(), " user_id=", vuid(rint(1000, 999999)))
    def mailer():
        p = P()
        return ch([lambda: mk("rails/mailer", f"Delivered mail {ralnum(24, string.ascii_lowercase + string.digits)}@{ch(['shop-web-1', 'worker'])}.mail ({rint(5, 900)}.{rint(0, 9)}ms)"),
                   lambda: mk("rails/mailer", "Sent mail to ", vemail(p), f" ({rint(5, 900)}.{rint(0, 9)}ms)"),
                   lambda: mk("rails/job", f"[ActiveJob] [ActionMailer::MailDeliveryJob] [{uuid4()}] Performing ActionMailer::MailDeliveryJob (Job ID: {uuid4()}) from Sidekiq(default) enqueued at {iso_ts()} with arguments: \"UserMailer\", \"welcome\", \"deliver_now\", {{:args=>[#<GlobalID:0x{rhex(16)} @uri=#<URI::GID gid://shop/User/", vuid(rint(1000, 999999)), ">>]}")])()
    def d_misc():
        return mk("rails/misc", ch([f"  Rendered {ch(['users/new', 'orders/index'])}.html.erb within layouts/application (Duration: {R.random() * 9:.1f}ms | Allocations: {rint(100, 99999)})",
                                    f"  \u21b3 app/controllers/{ch(['users', 'orders'])}_controller.rb:{rint(5, 90)}:in `{ch(['create', 'index'])}'", "Can't verify CSRF token authenticity.",
                                    f"  Customer Create ({R.random() * 9:.1f}ms)  INSERT INTO \"customers\" (\"email\", \"created_at\") VALUES ($1, $2) RETURNING \"id\"  [[\"email\", \"[FILTERED]\"], [\"created_at\", \"2024-06-1{rint(1, 5)} 0{rint(0, 9)}:{rint(10, 59)}:{rint(10, 59)}.{rdigits(6)}\"]]",
                                    f"  TRANSACTION ({R.random():.1f}ms)  BEGIN", f"  Order Count ({R.random():.1f}ms)  SELECT COUNT(*) FROM \"orders\" WHERE \"orders\".\"status\" = $1  [[\"status\", \"paid\"]]",
                                    f"Completed 200 OK in {rint(5, 900)}ms (Views: {R.random() * 20:.1f}ms | ActiveRecord: {R.random() * 9:.1f}ms | Allocations: {rint(1000, 99999)})",
                                    "  Parameters: {\"authenticity_token\"=>\"[FILTERED]\", \"user\"=>{\"email\"=>\"[FILTERED]\", \"password\"=>\"[FILTERED]\"}}"]))
    return produce(n, [(req, 3), (load, 1), (lograge, 1), (mailer, 1)], [d_misc], 0.3)

# ---------------------------------------------------------------------------------------------- Hibernate
def spring_pre(level="TRACE", logger="o.h.type.descriptor.sql.BasicBinder"):
    return f"{ts_event().strftime('%Y-%m-%d %H:%M:%S')}.{rint(0, 999):03d} {level:>5} {rint(1000, 99999)} --- [{ch(['nio-8080-exec-1', 'nio-8080-exec-7', 'main', 'task-3'])}] {logger:<40} : "
@fmt("hibernate", "Hibernate ORM 5/6 logging guide (org.hibernate.SQL statements with ? placeholders, org.hibernate.type.descriptor.sql.BasicBinder 'binding parameter [n] as [TYPE] - [value]', Hibernate 6 org.hibernate.orm.jdbc.bind 'binding parameter (n:TYPE) <- [value]', extracted value lines, SqlExceptionHelper) in Spring Boot console format",
     "bound/extracted values of personal columns (email, first/last name, phone, birth_date, iban, card, user ids), duplicate-key DETAIL values",
     "SQL text with ? placeholders, bound timestamps of created_at/updated_at, status enums, version numbers, HHH000xxx messages, HikariPool lines, SQLState codes, thread names, pids")
def fmt_hibernate(n):
    def insert():
        p = P(ch(["US", "DE", "FR", "NL", "IT", "PL"])); h6 = coin(0.4)
        cols = [("birth_date", "DATE", vdob(p.dob, "iso")), ("email", "VARCHAR", vemail(p)), ("first_name", "VARCHAR", vname(p.given)), ("last_name", "VARCHAR", vname(p.family))]
        if coin(0.4): cols.append(("phone", "VARCHAR", vphone(p.country)))
        if coin(0.3): cols.append(("iban", "VARCHAR", viban(p.country if p.country in IBAN_LEN else "DE", "plain")))
        t = ts_event()
        cols.append(("created_at", "TIMESTAMP", f"{t.strftime('%Y-%m-%d %H:%M:%S')}.{t.microsecond // 1000:03d}"))
        cols.append(("id", "BIGINT", vuid(rint(1000, 999999))))
        out = [mk("hibernate/sql", spring_pre("DEBUG", "org.hibernate.SQL"), f"insert into customer ({', '.join(c for c, _, _ in cols)}) values ({', '.join('?' for _ in cols)})")]
        for i, (c, ty, v) in enumerate(cols, 1):
            if h6: out.append(mk("hibernate/bind", spring_pre("TRACE", "org.hibernate.orm.jdbc.bind"), f"binding parameter ({i}:{ty}) <- [", v, "]"))
            else: out.append(mk("hibernate/bind", spring_pre(), f"binding parameter [{i}] as [{ty}] - [", v, "]"))
        return out
    def select():
        p = P(); v = ch([vemail(p), vname(p.family)])
        col = "email" if v.kind == "email" else "last_name"
        return [mk("hibernate/sql", spring_pre("DEBUG", "org.hibernate.SQL"), f"select c1_0.id,c1_0.{col},c1_0.status from customer c1_0 where c1_0.{col}=?"),
                mk("hibernate/bind", spring_pre(), "binding parameter [1] as [VARCHAR] - [", v, "]"),
                mk("hibernate/extract", spring_pre("TRACE", "o.h.type.descriptor.sql.BasicExtractor"), f"extracted value ([id1_0_] : [BIGINT]) - [", vuid(rint(1000, 99999)), "]"),
                mk("hibernate/extract", spring_pre("TRACE", "o.h.type.descriptor.sql.BasicExtractor"), f"extracted value ([status2_0_] : [VARCHAR]) - [{ch(['ACTIVE', 'BLOCKED'])}]")]
    def dup():
        p = P()
        return [mk("hibernate/error", spring_pre("WARN", "o.h.engine.jdbc.spi.SqlExceptionHelper"), "SQL Error: 0, SQLState: 23505"),
                mk("hibernate/error", spring_pre("ERROR", "o.h.engine.jdbc.spi.SqlExceptionHelper"), "ERROR: duplicate key value violates unique constraint \"uk_customer_email\"  Detail: Key (email)=(", vemail(p), ") already exists.")]
    def d_misc():
        return mk("hibernate/misc", spring_pre(ch(["INFO", "DEBUG", "TRACE"]), ch(["org.hibernate.Version", "com.zaxxer.hikari.HikariDataSource", "org.hibernate.SQL", "o.h.type.descriptor.sql.BasicBinder"])),
                  ch(["HHH000412: Hibernate ORM core version 6.4.4.Final", "HikariPool-1 - Starting...", "HikariPool-1 - Start completed.",
                      "update orders set status=?, updated_at=? where id=? and version=?", f"binding parameter [1] as [VARCHAR] - [{ch(['PAID', 'SHIPPED', 'CANCELLED'])}]",
                      f"binding parameter [2] as [TIMESTAMP] - [{iso_ts(frac=3, z='').replace('T', ' ')}]", f"binding parameter [3] as [BIGINT] - [{rint(100000, 999999)}]",
                      f"binding parameter [4] as [INTEGER] - [{rint(0, 9)}]", "HHH000490: Using JtaPlatform implementation: [org.hibernate.engine.transaction.jta.platform.internal.NoJtaPlatform]",
                      "select o1_0.id,o1_0.total from orders o1_0 where o1_0.customer_id=? and o1_0.created_at>?"]))
    return produce(n, [(insert, 2), (select, 2), (dup, 1)], [d_misc], 0.35)

# ---------------------------------------------------------------------------------------------- Django / Python logging
def py_ts(): t = ts_event(); return t.strftime("%Y-%m-%d %H:%M:%S") + f",{t.microsecond // 1000:03d}"
@fmt("django", "Python logging (LogRecord %(levelname)s %(asctime)s %(name)s %(message)s, default BASIC_FORMAT 'LEVEL:name:message'), Django logging docs (django.request, django.security.csrf, django.db.backends with (duration) sql; args=…), QueryDict repr, ValidationError messages, Celery worker log format",
     "usernames/emails/phones in messages, django.db.backends SQL literals and args tuples, QueryDict values incl. csrfmiddlewaretoken (secret), user ids in request paths, invalid DOB values echoed by ValidationError, Celery task args",
     "runserver access lines, CSRF failures, logger names, durations (0.002), task ids (UUID), 'Internal Server Error: /api/…' paths without ids, settings/startup lines, migrations")
def fmt_django(n):
    def lvl(): return ch(["INFO", "WARNING", "ERROR", "DEBUG"])
    def std(name, *msg): return mk(f"django/{name.split('.')[-1]}", f"{lvl()} {py_ts()} {name} {rint(100, 99999)} {rint(10**14, 10**15)} ", list(msg))
    def login():
        p = P(); return std("accounts.views", "User ", vuser(p.username()), " logged in from ", vip4())
    def dbq():
        p = P(); u = p.username()
        return mk("django/db", f"DEBUG {py_ts()} django.db.backends ({R.random() / 100:.3f}) SELECT \"auth_user\".\"id\", \"auth_user\".\"password\", \"auth_user\".\"username\" FROM \"auth_user\" WHERE \"auth_user\".\"username\" = '",
                  vuser(u), "' LIMIT 21; args=('", vuser(u), "',); alias=default")
    def qd():
        p = P()
        return mk("django/request", f"WARNING {py_ts()} django.request Bad Request: /api/signup/ request.POST=<QueryDict: {{'email': ['", vemail(p), "'], 'phone': ['", vphone(p.country),
                  "'], 'csrfmiddlewaretoken': ['", V("secret", ralnum(64)), "']}>")
    def basic():
        p = P()
        return ch([lambda: mk("django/basic", "INFO:accounts.signals:password reset requested for ", vemail(p)),
                   lambda: mk("django/basic", "WARNING:payments.views:card declined for customer ", vuid(rint(1000, 99999)), " (", vname(p.any_name()), ")"),
                   lambda: mk("django/basic", "ERROR:django.request:Internal Server Error: /api/users/", vuid(rint(1000, 999999)), "/")])()
    def validation():
        p = P(); bad = ch([fdate(p.dob, "eu_dot"), fdate(p.dob, "us"), f"{p.dob.day:02d}.{p.dob.month:02d}.{p.dob.year % 100:02d}"])
        return std("api.serializers", "ValidationError: {'date_of_birth': ['\u201c", V("date_of_birth", bad), "\u201d value has an invalid date format. It must be in YYYY-MM-DD format.']}")
    def celery():
        p = P()
        return mk("django/celery", f"[{py_ts()}: INFO/ForkPoolWorker-{rint(1, 8)}] accounts.tasks.send_welcome_email[{uuid4()}]: args=(", vuid(rint(1000, 99999)), ", '", vemail(p), "')")
    def mail():
        p = P(); return std("django.core.mail", "Sending email to ['", vemail(p), "'] subject='Willkommen'")
    def d_misc():
        return ch([lambda: mk("django/runserver", f"[{ts_event().strftime('%d/%b/%Y %H:%M:%S')}] \"{ch(['GET', 'POST'])} /{ch(['accounts/login/', 'static/app.css', 'api/health/'])} HTTP/1.1\" {ch([200, 302, 404])} {rint(0, 9999)}"),
                   lambda: std("django.security.csrf", "Forbidden (CSRF token missing.): /accounts/login/"),
                   lambda: std("django.request", f"Internal Server Error: /api/{ch(['orders', 'search', 'checkout'])}/"),
                   lambda: mk("django/celery", f"[{py_ts()}: INFO/MainProcess] Task accounts.tasks.send_welcome_email[{uuid4()}] {ch(['received', 'succeeded in 0.12s: None'])}"),
                   lambda: std("django.db.backends", f"({R.random() / 100:.3f}) SELECT COUNT(*) AS \"__count\" FROM \"orders_order\" WHERE \"orders_order\".\"status\" = 'paid'; args=('paid',); alias=default"),
                   lambda: mk("django/basic", "INFO:django.utils.autoreload:Watching for file changes with StatReloader"),
                   lambda: std("django.request", "Not Found: /wp-login.php")])()
    return produce(n, [login, dbq, qd, (basic, 2), validation, celery, mail], [d_misc], 0.33)

# ---------------------------------------------------------------------------------------------- Jackson
@fmt("jackson", "Jackson databind 2.x exception messages (InvalidFormatException 'Cannot deserialize value of type `X` from String \"v\": …', MismatchedInputException, UnrecognizedPropertyException with known properties, JsonParseException, 'through reference chain: Class[\"field\"]', [Source: …; line: 1, column: N]) wrapped by Spring HttpMessageNotReadableException",
     "offending values quoted by the exception for personal fields (dateOfBirth, email, phone, card number, IBAN, national id), source JSON quoted in [Source: (String)\"…\"] with escaped quotes",
     "type names (`java.time.LocalDate`), property names and known-property lists, enum values, line/column numbers, REDACTED source (StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION disabled), stack frames")
def fmt_jackson(n):
    pre = lambda: ch(["", f"{spring_pre('WARN', '.w.s.m.s.DefaultHandlerExceptionResolver')}Resolved [org.springframework.http.converter.HttpMessageNotReadableException: JSON parse error: ",
                      "com.fasterxml.jackson.databind.exc.InvalidFormatException: ", f"{iso_ts()} ERROR [api] "])
    def invalid():
        p = P()
        field, typ, val = ch([("dateOfBirth", "java.time.LocalDate", V("date_of_birth", ch([fdate(p.dob, "eu_slash"), fdate(p.dob, "eu_dot"), fdate(p.dob, "us"), f"{p.dob.year}-{p.dob.month:02d}-{p.dob.day:02d}T00:00"]))),
                              ("birthDate", "java.time.LocalDate", V("date_of_birth", fdate(p.dob, "en_long"))),
                              ("cardNumber", "java.lang.Long", vcard(fmt="space")), ("phone", "com.example.PhoneNumber", vphone()),
                              ("iban", "org.iban4j.Iban", viban(fmt="print")), ("taxId", "java.lang.Long", natid(p)), ("email", "com.example.Email", V("email", p.email().replace("@", "@@")))])
        src = ch(["(org.springframework.util.StreamUtils$NonClosingInputStream)", "REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled)"])
        cls = ch(["com.example.dto.CustomerDto", "com.example.api.SignupRequest", "com.example.payment.CardDetails"])
        why = (f"Failed to deserialize {typ}: (java.time.format.DateTimeParseException) Text '" if typ == "java.time.LocalDate" else
               ("not a valid `java.lang.Long` value: '" if typ == "java.lang.Long" else "not a valid representation: '"))
        return mk("jackson/invalidformat", pre(), f"Cannot deserialize value of type `{typ}` from String \"", val, "\": ", why, val.map(lambda x: x),
                  f"' could not be parsed at index {rint(0, 9)}" if typ == "java.time.LocalDate" else "'",
                  f" at [Source: {src}; line: 1, column: {rint(10, 200)}] (through reference chain: {cls}[\"{field}\"])" + ("]" if pre().startswith("20") else ""))
    def source():
        p = P(); st = ch(["eu_dot", "us", "eu_slash"])
        return mk("jackson/source", pre(), "Unexpected character ('}' (code 125)): was expecting double-quote to start field name\n"[:-1], " at [Source: (String)\"{\\\"email\\\":\\\"", vemail(p), "\\\",\\\"dateOfBirth\\\":\\\"", vdob(p.dob, st), f"\\\",}}\"; line: 1, column: {rint(40, 90)}]")
    def mismatch():
        p = P()
        return mk("jackson/mismatch", pre(), "Cannot construct instance of `com.example.Customer` (although at least one Creator exists): no String-argument constructor/factory method to deserialize from String value ('",
                  ch([vname(p.full), vemail(p)]), "')")
    def d_unrec():
        return mk("jackson/unrecognized", pre(), f"Unrecognized field \"{ch(['phoneNumber', 'dob', 'eMail', 'firstname'])}\" (class com.example.dto.SignupRequest), not marked as ignorable (5 known properties: \"email\", \"password\", \"firstName\", \"lastName\", \"dateOfBirth\"])")
    def d_enum():
        return mk("jackson/enum", pre(), ch([f"Cannot deserialize value of type `com.example.Gender` from String \"{ch(['X', 'f', 'unknown'])}\": not one of the values accepted for Enum class: [FEMALE, MALE, DIVERSE]",
                                             f"Cannot deserialize value of type `java.lang.Integer` from String \"{ch(['abc', '12a', 'null'])}\": not a valid `java.lang.Integer` value",
                                             f"Missing required creator property 'email' (index 0) at [Source: REDACTED; line: 1, column: {rint(2, 90)}]",
                                             f"Cannot deserialize value of type `java.time.LocalDate` from String \"{ch(['2024-13-01', 'tomorrow', '2024-06-31'])}\": Failed to deserialize java.time.LocalDate (through reference chain: com.example.dto.OrderDto[\"deliveryDate\"])",
                                             "JSON parse error: Unexpected end-of-input: expected close marker for Object", "\tat com.fasterxml.jackson.databind.DeserializationContext.weirdStringException(DeserializationContext.java:2002)"]))
    return produce(n, [(invalid, 4), (source, 2), (mismatch, 1)], [d_unrec, d_enum], 0.33)

# ---------------------------------------------------------------------------------------------- Go %+v / %#v / %v
@fmt("godump", "Go fmt package verbs (%v struct {a b}, %+v {Field:value}, %#v &pkg.T{Field:\"v\"} Go-syntax, time.Time String(), nil/[]string{}), log.Printf default prefix, log/slog TextHandler and JSONHandler, zap JSON encoder",
     "struct field values (user ids, emails, names with spaces, phones, DOB dates, passwords, API keys, tokens) including positional %v output without field names, slog/zap attributes",
     "empty structs {ID:0 Email: Name:}, durations, byte counts, status codes, goroutine traces and pointers (0xc000123456), created_at time.Time values, config structs (ports, workers), caller file:line")
def fmt_godump(n):
    lp = lambda: ch([f"{ts_event().strftime('%Y/%m/%d %H:%M:%S')} ", f"{ts_event().strftime('%Y/%m/%d %H:%M:%S')}.{rdigits(6)} ", ""])
    def plusv():
        p = P(); t = ts_event()
        fields = [["ID:", vuid(rint(1, 999999))], ["Email:", vemail(p)], ["Name:", vname(p.full)]]
        if coin(0.5): fields.append(["Phone:", vphone(p.country)])
        if coin(0.5): fields.append(["DOB:", vdob(p.dob, "iso"), " 00:00:00 +0000 UTC"])
        if coin(0.3): fields.append(["Password:", vpw("}")])
        if coin(0.3): fields.append(["APIKey:", V("secret", api_key())])
        fields.append([f"CreatedAt:{t.strftime('%Y-%m-%d %H:%M:%S')}.{t.microsecond} +0000 UTC"])
        body = []
        for i, f in enumerate(fields): body += ([" "] if i else []) + f
        return mk("godump/plusv", lp(), ch(["created user: ", "user=", "DEBUG: upsert ", "saving "]), ch(["{", "&{"]), body, "}")
    def sharpv():
        p = P()
        return mk("godump/sharpv", lp(), "got &models.User{ID:", vuid(rint(1, 99999)), ", Email:\"", vemail(p), "\", Name:\"", vname(p.full), "\", Roles:[]string{\"", ch(["admin", "customer"]), "\"}, Token:\"", V("secret", session_id()), "\"}")
    def plainv():
        p = P()
        return mk("godump/v", lp(), "record: {", vuid(rint(1, 99999)), " ", vemail(p), " ", vname(p.full), " [", ch(["admin", "customer"]), "] ", ch(["true", "false"]), "}")
    def nested():
        p = P()
        return mk("godump/nested", lp(), "login ok: {User:{ID:", vuid(rint(1, 99999)), " Username:", vuser(p.username()), "} Session:{Token:", vjwt(p), f" ExpiresIn:{ch([900, 3600])}}}}}")
    def slog():
        p = P()
        return ch([lambda: mk("godump/slog", f"time={iso_ts(frac=3, z='+02:00')} level=INFO msg=\"user signed in\" user.id=", vuid(rint(1, 99999)), " user.email=", vemail(p), " remote_addr=", vip4(), f":{rint(1024, 65535)}"),
                   lambda: mk("godump/zap", '{"level":"info","ts":', f"{epoch()}.{rdigits(4)}", ',"caller":"api/handler.go:', str(rint(10, 300)), '","msg":"password reset","email":"', vemail(p), '","ip":"', vip4(), '"}'),
                   lambda: mk("godump/slog", f"time={iso_ts()} level=WARN msg=\"invalid credentials\" username=", vuser(p.username()), " attempt=", str(rint(1, 5)))])()
    def tls():
        return mk("godump/tls", lp(), "http: TLS handshake error from ", vip4(), f":{rint(1024, 65535)}: {ch(['EOF', 'remote error: tls: bad certificate', 'tls: client offered only unsupported versions: [302 301]'])}")
    def d_misc():
        return mk("godump/misc", ch([f"{lp()}config: {{Port:8080 Workers:{rint(1, 16)} LogLevel:info Timeout:{rint(1, 60)}s}}", f"{lp()}empty user: {{ID:0 Email: Name: Phone:}}",
                                     f"{lp()}resp: &{{Code:200 Took:{dur()} Bytes:{rint(100, 99999)}}}", f"goroutine {rint(1, 999)} [running]:",
                                     f"main.(*Server).handleLogin(0xc000{rhex(6)}, {{0x{rhex(7)}, 0xc000{rhex(6)}}}, 0xc000{rhex(6)})", f"\t/app/internal/server/auth.go:{rint(10, 400)} +0x{rhex(3)}",
                                     f"{lp()}pq: duplicate key value violates unique constraint \"users_email_key\"", f"time={iso_ts()} level=INFO msg=\"request\" method=GET path=/healthz status=200 dur={dur()}",
                                     f"{lp()}migrated to version {rint(1, 99)} (dirty: false)"]))
    return produce(n, [(plusv, 3), (sharpv, 2), (plainv, 1), (nested, 1), (slog, 2), (tls, 1)], [d_misc], 0.33)

# ---------------------------------------------------------------------------------------------- Python repr
def pyq(s):
    """Python str repr: single quotes unless the text contains ' and no \"."""
    return repr(s)
@fmt("pyrepr", "Python data model: repr() of str (quote choice and escapes), dict/list/tuple, dataclasses and attrs reprs, datetime.date(...) reprs, argparse.Namespace, SQLAlchemy/Django model __repr__, pydantic v2 ValidationError text (input_value=…)",
     "values inside reprs (emails, names incl. ones repr'd with double quotes because of an apostrophe, phones, passwords, tokens), date of birth as datetime.date(1985, 3, 12) (the argument list is labeled), pydantic input_value of personal fields",
     "created_at datetime.datetime(...) reprs, KeyError/TypeError/ValueError messages naming fields, bytes reprs, ids of orders, namedtuple product rows, logger prefixes")
def fmt_pyrepr(n):
    pre = lambda: ch(["", f"{py_ts()} DEBUG app.services ", "DEBUG:root:", f"[{py_ts()}] INFO in views: "])
    def qv(kind, text):
        r = pyq(text); return [r[0], V(kind, r[1:-1]), r[-1]]
    def dataclass():
        p = P(); d = p.dob
        return mk("pyrepr/dataclass", pre(), f"{ch(['User', 'Customer', 'Patient'])}(id=", vuid(rint(1, 99999)), ", email=", qv("email", p.email()), ", full_name=", qv("person", p.full),
                  ", dob=datetime.date(", V("date_of_birth", f"{d.year}, {d.month}, {d.day}"), "), phone=", qv("phone", phone(p.country)), ch([[], [", password=", qv("password", pw("\\\n"))]]), ")")
    def dict_():
        p = P(); nm = ch([p.full, f"O'Brien, {p.given}", f"{p.given} D'Angelo"]) if coin(0.4) else p.full
        return mk("pyrepr/dict", pre(), "payload=", "{'user': {'email': ", qv("email", p.email()), ", 'name': ", qv("person", nm), "}, 'token': ", qv("secret", session_id()), ", 'ts': ", str(epoch()), "}")
    def namespace():
        p = P()
        return mk("pyrepr/namespace", pre(), f"Namespace(host='db.internal', port={ch([5432, 3306])}, user=", qv("username", p.username()), ", password=", qv("password", pw("\\")), ", verbose=False)")
    def model():
        p = P()
        return ch([lambda: mk("pyrepr/model", pre(), "<User: ", vuser(p.username()), ">"), lambda: mk("pyrepr/model", pre(), "<Customer id=", vuid(rint(1, 99999)), " email=", qv("email", p.email()), ">"),
                   lambda: mk("pyrepr/model", pre(), "[<Contact: ", vname(p.full), ">, <Contact: ", vname(P().full), ">]")])()
    def pydantic():
        p = P()
        return ch([lambda: mk("pyrepr/pydantic", "  value is not a valid email address: An email address must have an @-sign. [type=value_error, input_value=", qv("email", p.email().replace("@", "")), ", input_type=str]"),
                   lambda: mk("pyrepr/pydantic", "  Input should be a valid date or datetime, invalid date separator, expected `-` [type=date_from_datetime_parsing, input_value=", qv("date_of_birth", fdate(p.dob, ch(["eu_slash", "eu_dot", "us"]))), ", input_type=str]"),
                   lambda: mk("pyrepr/pydantic", "  String should match pattern '^\\+?[0-9 ]+$' [type=string_pattern_mismatch, input_value=", qv("phone", phone(p.country).replace(" ", "-") + "x"), ", input_type=str]")])()
    def tup():
        p = P()
        return mk("pyrepr/tuple", pre(), "row=(", vuid(rint(1, 99999)), ", ", qv("person", p.given), ", ", qv("person", p.family), ", ", qv("email", p.email()), ", ", qv("iban", iban(fmt="plain")), ")")
    def d_misc():
        return mk("pyrepr/misc", pre(), ch(["KeyError: 'email'", "TypeError: __init__() missing 1 required positional argument: 'email'", "ValueError: invalid literal for int() with base 10: 'abc'",
                                            f"created_at=datetime.datetime(2024, 6, {rint(11, 15)}, {rint(0, 23)}, {rint(0, 59)}, {rint(0, 59)}, {rint(0, 999999)}, tzinfo=datetime.timezone.utc)",
                                            f"b'\\x00\\x01{rhex(4)}'", f"Row(id={rint(1, 999)}, sku='AB-{rint(100, 999)}', qty={rint(1, 9)})", "1 validation error for SignupRequest", "email", "  Field required [type=missing, input_value={}, input_type=dict]",
                                            f"{{'status': 'ok', 'took_ms': {rint(1, 900)}, 'items': {rint(0, 50)}}}", f"Order(id={rint(10000, 99999)}, total=Decimal('{rint(1, 999)}.{rint(0, 99):02d}'), currency='EUR')"]))
    return produce(n, [dataclass, dict_, namespace, model, (pydantic, 2), tup], [d_misc], 0.33)

# ---------------------------------------------------------------------------------------------- Rust Debug
@fmt("rustdebug", "Rust std::fmt::Debug derive output ({:?} `User { id: 1, email: \"..\" }`, {:#?} pretty multi-line with trailing commas, Some(..)/Ok(..)/tuple structs, str Debug escaping), tracing-subscriber fmt layer (spans{field=..}: target: message key=value)",
     "field values in Debug output incl. pretty-printed lines (email, name, phone, dob, password, token, user id newtypes UserId(4821)), tracing fields user.email/username/client.ip",
     "Config/Duration/SocketAddr 0.0.0.0:8080 debug output, panics 'thread .. panicked at src/main.rs:42:5', None values, enums without data, request spans with method/uri/version, durations")
def fmt_rustdebug(n):
    def ts(): return f"{iso_ts(frac=6)} {ch([' INFO', ' WARN', 'DEBUG', 'ERROR'])} "
    def qd(kind, text): return ['"', V(kind, text.replace("\\", "\\\\").replace('"', '\\"')), '"']
    def oneline():
        p = P()
        return mk("rustdebug/debug", ts(), f"{ch(['api::users', 'shop::auth'])}: {ch(['created', 'loaded', 'updated'])} User {{ id: ", vuid(rint(1, 99999)), ", email: ", qd("email", p.email()), ", name: ", qd("person", p.full),
                  ", phone: ", ch([["Some(", qd("phone", phone(p.country)), ")"], "None"]), ", dob: ", vdob(p.dob, "iso"), " }")
    def pretty():
        p = P(); lines = [mk("rustdebug/pretty", ts(), "request body: SignupRequest {")]
        lines.append(mk("rustdebug/pretty", "    email: ", qd("email", p.email()), ","))
        lines.append(mk("rustdebug/pretty", "    password: ", qd("password", pw()), ","))
        lines.append(mk("rustdebug/pretty", "    full_name: ", qd("person", p.full), ","))
        if coin(0.5): lines.append(mk("rustdebug/pretty", "    phone: Some(", qd("phone", phone(p.country)), "),"))
        lines.append(mk("rustdebug/pretty", "    marketing_opt_in: " + ch(["true", "false"]) + ","))
        lines.append(mk("rustdebug/pretty", "}"))
        return lines
    def newtype():
        p = P()
        return ch([lambda: mk("rustdebug/newtype", ts(), "session: Ok(Session { token: ", qd("secret", session_id()), ", user_id: UserId(", vuid(rint(1, 99999)), "), expires_in: 3600s })"),
                   lambda: mk("rustdebug/newtype", ts(), "auth: Credentials::Password { user: ", qd("username", p.username()), ", secret: ", qd("password", pw()), " }"),
                   lambda: mk("rustdebug/newtype", ts(), "lookup Email(", qd("email", p.email()), ") -> Some(CustomerId(", vuid(rint(1, 99999)), "))")])()
    def tracing():
        p = P()
        return ch([lambda: mk("rustdebug/tracing", ts(), f"request{{method=POST uri=/login version=HTTP/1.1}}: api::auth: invalid password for username=\"", vuser(p.username()), "\""),
                   lambda: mk("rustdebug/tracing", ts(), "api::auth: login succeeded user.email=", vemail(p), " user.id=", vuid(rint(1, 99999)), " client.ip=", vip4()),
                   lambda: mk("rustdebug/tracing", ts(), f"http_request{{method=GET path=/api/customers/", vuid(rint(1, 99999)), f"}}: tower_http::trace::on_response: finished processing request latency={rint(1, 900)} ms status=200")])()
    def d_misc():
        return mk("rustdebug/misc", ch([f"{ts()}app: config: Config {{ port: 8080, workers: {rint(1, 16)}, log_level: \"info\", db_pool: PoolConfig {{ max: {rint(5, 50)}, min: 1 }} }}",
                                        f"{ts()}app: listening on 0.0.0.0:{ch([8080, 3000, 443])}", f"thread 'tokio-runtime-worker' panicked at src/main.rs:{rint(10, 400)}:{rint(1, 40)}:",
                                        f"{ts()}tower_http::trace::on_response: finished processing request latency={rint(1, 900)} ms status={ch([200, 404, 500])}",
                                        f"{ts()}sqlx::query: summary=\"SELECT id, email FROM …\" db.statement=\"\" rows_affected=0 rows_returned={rint(0, 9)} elapsed={R.random() * 9:.3f}ms",
                                        f"{ts()}app::jobs: retry in Duration {{ secs: {rint(1, 60)}, nanos: {rint(0, 999999999)} }}", "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace",
                                        f"{ts()}app: user lookup result: None", "    email: None,", "    phone: None,"]))
    return produce(n, [(oneline, 3), (pretty, 1), (newtype, 2), (tracing, 2)], [d_misc], 0.3)

# ---------------------------------------------------------------------------------------------- Serilog / .NET
@fmt("serilog", "Serilog message templates and output (text sink '[HH:mm:ss INF] …', destructuring {@Obj} rendered as TypeName { Prop: \"v\" }), CLEF compact JSON (@t @mt @l @x, properties), Microsoft.Extensions.Logging console format ('info: Category[EventId]' + indented message), EF Core 'Executed DbCommand … [Parameters=[@p0='…' (Size = 4000)]]'",
     "rendered property values (UserName, Email, ClientIp, names, phones), destructured objects, CLEF property values, EF Core parameter values with EnableSensitiveDataLogging, emails URL-encoded in request URLs",
     "@mt templates with {UserName} holes, SourceContext/RequestId/ConnectionId/TraceId, EF Core parameters shown as '?' (sensitive logging off), 'Now listening on: http://[::]:8080', hosting lifetime lines, elapsed ms")
def fmt_serilog(n):
    def text():
        p = P(); t = ts_event(); lv = ch(["INF", "WRN", "ERR", "DBG"])
        pre = ch([f"[{t.strftime('%H:%M:%S')} {lv}] ", f"{t.strftime('%Y-%m-%d %H:%M:%S')}.{t.microsecond // 1000:03d} +00:00 [{lv}] "])
        return ch([lambda: mk("serilog/text", pre, "User ", vname(p.any_name()), " <", vemail(p), "> logged in from ", vip4()),
                   lambda: mk("serilog/text", pre, f"Processed order {rint(10000, 99999)} for Customer {{ Name: \"", vname(p.full), "\", Email: \"", vemail(p), "\", Phone: \"", vphone(p.country), f"\" }} in {rint(1, 900)} ms"),
                   lambda: mk("serilog/text", pre, f"Processed {{\"OrderId\": {rint(10000, 99999)}, \"Customer\": {{\"Name\": \"", vname(p.full), "\", \"Email\": \"", vemail(p), "\"}}}} in ", str(rint(1, 900)), " ms"),
                   lambda: mk("serilog/text", pre, "Password reset requested for \"", vuser(p.username()), "\" (UserId ", vuid(rint(1, 99999)), ")")])()
    def clef():
        p = P(); t = ts_event()
        ev = ch([{"@mt": "User {UserName} signed in from {ClientIp}", "UserName": vuser(p.username()), "ClientIp": vip4()},
                 {"@mt": "Customer {@Customer} created", "Customer": {"Name": vname(p.full), "Email": vemail(p), "DateOfBirth": vdob(p.dob, "iso"), "$type": "Customer"}},
                 {"@mt": "Sending SMS to {PhoneNumber}", "@l": "Debug", "PhoneNumber": vphone()},
                 {"@mt": "Payment failed for {Iban}", "@l": "Warning", "Iban": viban()}])
        d = {"@t": iso_ts(t, 7)}; d.update(ev)
        d.update({"SourceContext": ch(["Shop.Auth.LoginHandler", "Shop.Crm.CustomerService"]), "RequestId": f"0HN{ralnum(9, string.ascii_uppercase + string.digits)}:0000000{rint(1, 9)}", "RequestPath": ch(["/account/login", "/api/customers"]),
                  "ConnectionId": f"0HN{ralnum(9, string.ascii_uppercase + string.digits)}"})
        return mk("serilog/clef", J(d))
    def mel():
        p = P()
        return ch([lambda: [mk("serilog/mel", "info: Microsoft.AspNetCore.Hosting.Diagnostics[1]"),
                            mk("serilog/mel", f"      Request starting HTTP/1.1 {ch(['GET', 'POST'])} https://shop.example.com/api/customers?email=", V("email", urllib.parse.quote(p.email())), f" - application/json {rint(10, 900)}")],
                   lambda: [mk("serilog/mel", "info: Microsoft.EntityFrameworkCore.Database.Command[20101]"),
                            mk("serilog/mel", f"      Executed DbCommand ({rint(1, 90)}ms) [Parameters=[@p0='", vemail(p), "' (Nullable = false) (Size = 4000), @p1='", vname(p.given), "' (Size = 4000), @p2='",
                               V("date_of_birth", fdate(p.dob, "iso") + "T00:00:00.0000000"), "' (DbType = DateTime2)], CommandType='Text', CommandTimeout='30']")]])()
    def d_misc():
        return ch([lambda: mk("serilog/mel", ch(["info: Microsoft.Hosting.Lifetime[14]", "info: Microsoft.Hosting.Lifetime[0]", "      Now listening on: http://[::]:8080", "      Application started. Press Ctrl+C to shut down.",
                                                 "      Hosting environment: Production", "      Content root path: /app", "warn: Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager[35]",
                                                 f"      Executed DbCommand ({rint(1, 90)}ms) [Parameters=[@p0='?' (Size = 4000), @p1='?' (DbType = DateTime2)], CommandType='Text', CommandTimeout='30']"])),
                   lambda: mk("serilog/clef", J({"@t": iso_ts(frac=7), "@mt": "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms", "RequestMethod": "GET", "RequestPath": "/health",
                                                 "StatusCode": 200, "Elapsed": round(R.random() * 20, 4), "SourceContext": "Serilog.AspNetCore.RequestLoggingMiddleware", "TraceId": trace_id(), "SpanId": span_id()})),
                   lambda: mk("serilog/text", f"[{ts_event().strftime('%H:%M:%S')} INF] " + ch(["Starting web host", "Hosted service CleanupWorker started", f"Cache warmed in {rint(1, 900)} ms", "Template {UserName} was not rendered"]))])()
    return produce(n, [(text, 3), (clef, 3), (mel, 2)], [d_misc], 0.33)

# ---------------------------------------------------------------------------------------------- GraphQL
@fmt("graphql", "GraphQL over HTTP (query/operationName/variables request body), GraphQL spec (variable definitions `$email: String!`, inline literal arguments), Apollo Server / Hasura request & error logs, APQ persistedQuery extensions",
     "variables values (email, phone, DOB, names, passwords), literal string arguments in queries (email, username, password), tokens in responses (jwt), values echoed in 'Variable \"$input\" got invalid value' errors",
     "variable type declarations ($email: String!), operation and field names, introspection queries, persisted query sha256Hash, resolver timings, error codes, trace ids")
def fmt_graphql(n):
    pre = lambda: ch(["", f"{iso_ts()} INFO graphql: ", "[apollo] request: "])
    def req():
        p = P()
        q, v = ch([("mutation CreateCustomer($email: String!, $phone: String, $dob: Date!) { createCustomer(input: {email: $email, phone: $phone, dateOfBirth: $dob}) { id } }",
                    {"email": vemail(p), "phone": vphone(p.country), "dob": vdob(p.dob, "iso")}),
                   ("mutation SignUp($input: SignUpInput!) { signUp(input: $input) { user { id } } }", {"input": {"firstName": vname(p.given), "lastName": vname(p.family), "email": vemail(p), "password": vpw()}}),
                   ("query Customer($id: ID!) { customer(id: $id) { name email } }", {"id": vuid(str(rint(1, 99999)))}),
                   ("query FindByPhone($phone: String!) { users(where: {phone: {_eq: $phone}}) { id name } }", {"phone": vphone()})])
        return mk("graphql/json", pre() if False else "", J({"operationName": q.split()[1].split("(")[0], "query": q, "variables": v}))
    def inline():
        p = P()
        return ch([lambda: mk("graphql/inline", pre(), "query { user(email: \"", vemail(p), "\") { id name orders(last: 5) { id } } }"),
                   lambda: mk("graphql/inline", pre(), "mutation { login(username: \"", vuser(p.username()), "\", password: \"", V("password", pw('"\\')), "\") { token } }"),
                   lambda: mk("graphql/inline", pre(), "mutation { updateProfile(id: ", vuid(rint(1, 99999)), ", name: \"", vname(p.full), "\") { id } }")])()
    def resp():
        p = P()
        return ch([lambda: mk("graphql/json", J({"data": {"login": {"token": vjwt(p), "user": {"id": vuid(str(rint(1, 99999))), "email": vemail(p)}}}})),
                   lambda: mk("graphql/json", J({"errors": [{"message": S(["Variable \"$input\" got invalid value \"", V("email", p.email().split("@")[0] + "@example"), "\" at \"input.email\"; Expected type \"Email\"."]),
                                                             "extensions": {"code": "BAD_USER_INPUT"}}]}))])()
    def d_misc():
        return ch([lambda: mk("graphql/json", J({"operationName": "IntrospectionQuery", "query": "query IntrospectionQuery { __schema { queryType { name } mutationType { name } types { ...FullType } } }", "variables": {}})),
                   lambda: mk("graphql/json", J({"operationName": ch(["GetProducts", "Cart"]), "variables": {"first": rint(5, 50), "after": None}, "extensions": {"persistedQuery": {"version": 1, "sha256Hash": sha256()}}})),
                   lambda: mk("graphql/json", J({"operationName": "CreateCustomer", "query": "mutation CreateCustomer($email: String!, $phone: String) { createCustomer(input: {email: $email, phone: $phone}) { id } }", "variables": {"email": "[REDACTED]", "phone": None}})),
                   lambda: mk("graphql/timing", pre(), f"operation=GetProducts duration={rint(1, 900)}ms resolvers={rint(1, 40)} complexity={rint(1, 300)} traceId={trace_id()}"),
                   lambda: mk("graphql/json", J({"errors": [{"message": "Cannot query field \"emial\" on type \"User\". Did you mean \"email\"?", "locations": [{"line": 1, "column": rint(10, 60)}], "extensions": {"code": "GRAPHQL_VALIDATION_FAILED"}}]}))])()
    return produce(n, [(req, 4), (inline, 2), (resp, 2)], [d_misc], 0.33)

# ---------------------------------------------------------------------------------------------- Redis MONITOR
@fmt("redis", "Redis MONITOR output format (`<unix-time.micro> [<db> <client-addr>] \"CMD\" \"arg\" …` with \\\" escapes; AUTH shown as (redacted) since 6.0) and redis-server log lines (pid:role date level message)",
     "hash field values (email, dob, name, phone), key segments that are user ids (user:4821), session keys (secret), escaped JSON values in SET, usernames in sorted sets, client addresses (ip), AUTH passwords in pre-6.0 monitors",
     "PING/INFO/EXPIRE/INCRBY/CLIENT SETNAME/EVALSHA sha1, cache keys of products/stats, (redacted) AUTH, unix socket and lua clients, server log lines (Background saving, DB saved on disk)")
def fmt_redis(n):
    def pre(): return [f"{epoch()}.{rdigits(6)} [{ch([0, 0, 1, 2])} ", ch([[vip4(), f":{rint(1024, 65535)}"], ["unix:/var/run/redis/redis.sock"], ["lua"]]), "] "]
    def q(kind, text): return ['"', V(kind, text.replace("\\", "\\\\").replace('"', '\\"')), '"']
    def hset():
        p = P(); uid = rint(1, 999999)
        parts = ['"HSET" "user:', vuid(uid), '"']
        for f, k, v in R.sample([("email", "email", p.email()), ("dob", "date_of_birth", fdate(p.dob, "iso")), ("name", "person", p.full), ("phone", "phone", phone(p.country))], rint(2, 4)):
            parts += [f' "{f}" ', q(k, v)]
        return mk("redis/monitor", pre(), parts)
    def setjson():
        p = P(); sid = session_id()
        return mk("redis/monitor", pre(), '"SET" "session:', V("secret", sid), '" "{\\"user_id\\":', vuid(rint(1, 99999)), ',\\"email\\":\\"', vemail(p), f'\\"}}" "EX" "{ch([900, 3600, 86400])}"')
    def misc():
        p = P()
        return ch([lambda: mk("redis/monitor", pre(), '"GET" "rate:login:', vip4(), '"'), lambda: mk("redis/monitor", pre(), f'"ZADD" "leaderboard:{ch(["weekly", "2024-24"])}" "{rint(100, 9999)}" ', q("username", p.username())),
                   lambda: mk("redis/monitor", pre(), '"AUTH" ', q("password", pw())), lambda: mk("redis/monitor", pre(), '"HGET" "customer:by_email" ', q("email", p.email())),
                   lambda: mk("redis/monitor", pre(), '"LPUSH" "queue:sms" "{\\"to\\":\\"', vphone(style="e164"), '\\",\\"template\\":\\"otp\\"}"')])()
    def d_mon():
        return mk("redis/monitor", f"{epoch()}.{rdigits(6)} [0 {ch(['unix:/var/run/redis/redis.sock', 'lua', '127.0.0.1:' + str(rint(1024, 65535))])}] " + ch(['"PING"', '"INFO" "replication"', f'"EXPIRE" "cache:product:{rint(1000, 99999)}" "300"',
                  f'"INCRBY" "stats:orders:2024-06-1{rint(1, 5)}" "1"', f'"CLIENT" "SETNAME" "worker-{rint(1, 9)}"', f'"EVALSHA" "{sha1()}" "1" "lock:job:{rint(1, 999)}"', '"AUTH" "(redacted)"',
                  f'"GET" "feature:{ch(["dark-mode", "new-checkout"])}"', '"SELECT" "2"', f'"XADD" "events" "*" "type" "order.paid" "order_id" "{rint(10000, 99999)}"']))
    def d_log():
        t = ts_event()
        return mk("redis/server", f"{rint(1, 9999)}:{ch(['M', 'S', 'C'])} {t.strftime('%d %b %Y %H:%M:%S')}.{rint(0, 999):03d} {ch(['*', '#', '-'])} " + ch(["Background saving started by pid " + str(rint(1000, 99999)), "DB saved on disk",
                  f"{rint(1, 999)} changes in 300 seconds. Saving...", "Ready to accept connections tcp", f"Redis version=7.2.{rint(0, 5)}, bits=64, commit=00000000, modified=0, pid={rint(1, 999)}, just started"]))
    return produce(n, [(hset, 3), (setjson, 2), (misc, 3)], [(d_mon, 3), (d_log, 1)], 0.35)

# ---------------------------------------------------------------------------------------------- MongoDB
@fmt("mongodb", "MongoDB 7.0 manual 'Log Messages' (structured JSON t/s/c/id/ctx/msg/attr; Slow query attr.command/planSummary/durationMillis; ACCESS 'Successfully authenticated'/'Authentication failed'; NETWORK 'Connection accepted' remote; client metadata) and log redaction (redactClientLogData shows ###)",
     "query filter / update values in slow query commands (email, phone, names, addresses, DOB), attr.user of human principals (username), attr.remote / client addresses (ip)",
     "### redacted values, lsid UUIDs, planSummary IXSCAN { email: 1 }, keysExamined/docsExamined/durationMillis, connectionId/count, driver metadata, WiredTiger/REPL/STORAGE/CONTROL messages, internal users __system")
def fmt_mongodb(n):
    def base(c, id_, ctx, msg, attr, s="I"):
        return {"t": {"$date": iso_ts(frac=3, z="+00:00")}, "s": s, "c": c, "id": id_, "ctx": ctx, "msg": msg, "attr": attr}
    def slow():
        p = P(); ns = ch(["shop.customers", "crm.contacts", "app.users"])
        flt = ch([{"email": vemail(p)}, {"phone": vphone(p.country)}, {"lastName": vname(p.family), "firstName": vname(p.given)}, {"profile.dob": {"$date": V("date_of_birth", fdate(p.dob, "iso") + "T00:00:00.000Z")}}])
        if coin(0.35):
            st, _, _, _ = address(p.country if p.country in ("DE", "US", "FR", "PL", "GB") else "DE")
            cmd = {"update": ns.split(".")[1], "updates": [{"q": {"_id": {"$oid": rhex(24)}}, "u": {"$set": {"phone": vphone(p.country), "address.street": V("address", st)}}}], "ordered": True, "$db": ns.split(".")[0]}
        else:
            cmd = {"find": ns.split(".")[1], "filter": flt, "limit": 1, "lsid": {"id": {"$uuid": uuid4()}}, "$db": ns.split(".")[0]}
        return mk("mongodb/slow", J(base("COMMAND", 51803, f"conn{rint(1, 9999)}", "Slow query", {"type": "command", "ns": ns, "command": cmd, "planSummary": ch(["IXSCAN { email: 1 }", "COLLSCAN", "IDHACK"]),
                                                "keysExamined": rint(0, 9), "docsExamined": rint(0, 99999), "nreturned": rint(0, 3), "durationMillis": rint(100, 9000)})))
    def auth():
        p = P(); ok = coin(0.6)
        a = {"client": S([vip4(), f":{rint(1024, 65535)}"]), "isSpeculative": False, "isClusterMember": False, "mechanism": ch(["SCRAM-SHA-256", "SCRAM-SHA-1"]), "user": vuser(p.username()), "db": ch(["admin", "shop"])}
        if not ok: a["error"] = "AuthenticationFailed: SCRAM authentication failed, storedKey mismatch"
        return mk("mongodb/access", J(base("ACCESS", 5286306 if ok else 5286307, f"conn{rint(1, 9999)}", "Successfully authenticated" if ok else "Authentication failed", a)))
    def accepted():
        return mk("mongodb/network", J(base("NETWORK", 22943, "listener", "Connection accepted", {"remote": S([ch([vip4(), vip4(), vip6()]), f":{rint(1024, 65535)}"]), "uuid": {"uuid": {"$uuid": uuid4()}}, "connectionId": rint(1, 9999), "connectionCount": rint(1, 300)})))
    def d_misc():
        return ch([lambda: mk("mongodb/redacted", J(base("COMMAND", 51803, f"conn{rint(1, 9999)}", "Slow query", {"type": "command", "ns": "shop.customers", "command": {"find": "customers", "filter": {"email": "###"}, "$db": "shop"}, "planSummary": "IXSCAN { email: 1 }", "durationMillis": rint(100, 900)}))),
                   lambda: mk("mongodb/storage", J(base("STORAGE", 22430, "Checkpointer", "WiredTiger message", {"message": {"ts_sec": epoch(), "ts_usec": rint(0, 999999), "thread": f"{rint(1, 99)}:0x{rhex(12)}", "session_name": "WT_SESSION.checkpoint", "category": "WT_VERB_CHECKPOINT_PROGRESS", "verbose_level": "DEBUG_1", "msg": f"saving checkpoint snapshot min: {rint(1, 999)}, snapshot max: {rint(1, 999)}"}}))),
                   lambda: mk("mongodb/network", J(base("NETWORK", 51800, f"conn{rint(1, 9999)}", "client metadata", {"remote": "127.0.0.1:" + str(rint(1024, 65535)), "client": f"conn{rint(1, 9999)}", "doc": {"driver": {"name": ch(["PyMongo", "nodejs", "mongo-java-driver"]), "version": version()}, "os": {"type": "Linux", "architecture": "x86_64"}, "platform": "CPython 3.11.7"}}))),
                   lambda: mk("mongodb/repl", J(base("REPL", 21392, "ReplCoord-0", "New replica set config in use", {"config": {"_id": "rs0", "version": rint(1, 9), "term": rint(1, 99)}}))),
                   lambda: mk("mongodb/access", J(base("ACCESS", 5286306, f"conn{rint(1, 9999)}", "Successfully authenticated", {"client": "127.0.0.1:" + str(rint(1024, 65535)), "mechanism": "SCRAM-SHA-256", "user": "__system", "db": "local"})))])()
    return produce(n, [(slow, 3), (auth, 2), (accepted, 1)], [d_misc], 0.35)

# ---------------------------------------------------------------------------------------------- Elasticsearch slow logs
@fmt("esslowlog", "Elasticsearch reference 'Slow log' (index.search.slowlog / index.indexing.slowlog; text layout took[], took_millis[], total_hits[], search_type[], source[…]; 8.x ECS JSON layout elasticsearch.slowlog.* fields incl. user.name/realm)",
     "query terms and indexed document fields inside source[…] and elasticsearch.slowlog.source (email, names, phones, addresses, IBANs), slow-log user names",
     "took/took_millis, total_hits, shard ids [customers][0], node names, search_type, stats/types, auto-generated _id values, range queries on @timestamp, aggregations-only sources, x-opaque-id")
def fmt_esslowlog(n):
    def query_src(p):
        return ch([lambda: ['{"query":{"term":{"email.keyword":{"value":"', vemail(p), '","boost":1.0}}}}'],
                   lambda: ['{"query":{"match":{"full_name":{"query":"', vname(p.full), '","operator":"OR"}}},"size":10}'],
                   lambda: ['{"query":{"bool":{"filter":[{"term":{"phone":{"value":"', vphone(p.country), '"}}}]}}}'],
                   lambda: ['{"query":{"multi_match":{"query":"', vname(p.family), '","fields":["last_name^2","company"]}}}']])()
    def text():
        p = P(); t = ts_event(); ms = rint(500, 9000)
        return mk("esslowlog/text", f"[{t.strftime('%Y-%m-%dT%H:%M:%S')},{rint(0, 999):03d}][{ch(['WARN ', 'INFO ', 'DEBUG'])}][i.s.s.query              ] [{ch(['node-1', 'es-data-0', 'es-hot-2'])}] [{ch(['customers', 'contacts', 'orders'])}][{rint(0, 4)}] took[{ms / 1000:.1f}s], took_millis[{ms}], total_hits[{rint(0, 40)} hits], types[], stats[], search_type[QUERY_THEN_FETCH], total_shards[{rint(1, 10)}], source[",
                  query_src(p), "], id[],")
    def index():
        p = P(); st, pc, city, full = address(p.country if p.country in ("ES", "DE", "FR", "IT", "NL", "PL", "US") else "ES")
        return mk("esslowlog/index", f"[{iso_ts(frac=0, z='').replace('T', 'T')},{rint(0, 999):03d}][WARN ][i.i.s.index              ] [es-hot-{rint(0, 3)}] [customers/{ralnum(22, URLCH)}] took[{rint(10, 900)}ms], took_millis[{rint(10, 900)}], type[_doc], id[{ralnum(20, URLCH)}], routing[], source[{{\"email\":\"",
                  vemail(p), "\",\"phone\":\"", vphone(p.country), "\",\"address\":\"", V("address", full), "\",\"iban\":\"", viban(fmt="plain"), "\"}]")
    def jsonl():
        p = P(); ms = rint(500, 9000)
        src = ch([{"query": {"term": {"email": {"value": vemail(p)}}}}, {"query": {"match": {"name": vname(p.full)}}}])
        d = {"@timestamp": iso_ts(), "log.level": "WARN", "elasticsearch.slowlog.id": None, "elasticsearch.slowlog.message": f"[customers][{rint(0, 4)}]", "elasticsearch.slowlog.search_type": "QUERY_THEN_FETCH",
             "elasticsearch.slowlog.source": S(J2(src)), "elasticsearch.slowlog.stats": "[]", "elasticsearch.slowlog.took": f"{ms / 1000:.1f}s", "elasticsearch.slowlog.took_millis": ms,
             "elasticsearch.slowlog.total_hits": f"{rint(0, 40)} hits", "elasticsearch.slowlog.total_shards": rint(1, 5), "ecs.version": "1.2.0", "service.name": "ES_ECS", "event.dataset": "elasticsearch.index_search_slowlog",
             "process.thread.name": f"elasticsearch[es-hot-{rint(0, 3)}][search][T#{rint(1, 9)}]", "log.logger": "index.search.slowlog.query", "elasticsearch.cluster.name": "prod"}
        if coin(0.5): d["elasticsearch.slowlog.user.name"] = vuser(p.username()); d["elasticsearch.slowlog.user.realm"] = "native"
        return mk("esslowlog/json", J(d))
    def d_misc():
        ms = rint(500, 9000)
        return ch([lambda: mk("esslowlog/text", f"[{iso_ts(frac=0, z='')},{rint(0, 999):03d}][WARN ][i.s.s.query              ] [node-1] [orders][{rint(0, 4)}] took[{ms / 1000:.1f}s], took_millis[{ms}], total_hits[10000+ hits], types[], stats[], search_type[QUERY_THEN_FETCH], total_shards[5], source[{{\"size\":0,\"query\":{{\"range\":{{\"@timestamp\":{{\"gte\":\"now-7d\",\"lt\":\"now\"}}}}}},\"aggs\":{{\"by_status\":{{\"terms\":{{\"field\":\"status\"}}}}}}}}], id[],"),
                   lambda: mk("esslowlog/text", f"[{iso_ts(frac=0, z='')},{rint(0, 999):03d}][INFO ][i.s.s.fetch              ] [es-data-{rint(0, 3)}] [logs-2024.06.1{rint(1, 5)}][{rint(0, 4)}] took[{ms}ms], took_millis[{ms}], total_hits[{rint(100, 99999)} hits], types[], stats[], search_type[QUERY_THEN_FETCH], total_shards[{rint(1, 30)}], source[{{\"query\":{{\"match_all\":{{\"boost\":1.0}}}},\"sort\":[{{\"@timestamp\":{{\"order\":\"desc\"}}}}]}}], id[{uuid4()}],"),
                   lambda: mk("esslowlog/json", J({"@timestamp": iso_ts(), "log.level": "INFO", "elasticsearch.slowlog.message": f"[products][{rint(0, 4)}]", "elasticsearch.slowlog.source": "{\"query\":{\"term\":{\"sku\":{\"value\":\"AB-" + str(rint(100, 999)) + "\"}}}}",
                                                   "elasticsearch.slowlog.took": f"{ms}ms", "elasticsearch.slowlog.took_millis": ms, "elasticsearch.slowlog.total_hits": "1 hits", "event.dataset": "elasticsearch.index_search_slowlog"}))])()
    return produce(n, [(text, 3), (index, 2), (jsonl, 3)], [d_misc], 0.33)

# ---------------------------------------------------------------------------------------------- Android logcat
@fmt("logcat", "Android developer docs 'Logcat command-line tool' output formats (threadtime 'MM-DD HH:MM:SS.mmm  PID  TID L TAG: msg', brief 'L/TAG(PID): msg', time), OkHttp HttpLoggingInterceptor BODY lines, AndroidRuntime crash lines",
     "request/response bodies and headers logged by OkHttp (email, password, Bearer jwt), app messages with usernames/phones/emails, Wi-Fi BSSID/client MACs, FCM registration tokens (secret), Chromium console messages",
     "ActivityManager/chatty/AndroidRuntime/FA lines, uid=10123(com.example.shop) app uids, package names, PIDs/TIDs, OkHttp request lines and timings, Bundle event params, device build fingerprints")
def fmt_logcat(n):
    def tt(lvl, tag):
        t = ts_event(); pid = rint(1000, 32000)
        return ch([f"{t.strftime('%m-%d %H:%M:%S')}.{rint(0, 999):03d} {pid:>5} {pid + rint(0, 60):>5} {lvl} {tag:<8}: ", f"{lvl}/{tag}({pid:>5}): ", f"{t.strftime('%m-%d %H:%M:%S')}.{rint(0, 999):03d} {lvl}/{tag}({pid:>5}): "])
    def okhttp():
        p = P()
        return ch([lambda: mk("logcat/okhttp", tt("D", "OkHttp"), '{"email":"', vemail(p), '","password":"', V("password", jesc(pw())), '"}'),
                   lambda: mk("logcat/okhttp", tt("D", "OkHttp"), "Authorization: Bearer ", vjwt(p)),
                   lambda: mk("logcat/okhttp", tt("D", "OkHttp"), '{"id":', vuid(rint(1, 99999)), ',"name":"', vname(p.full), '","phone":"', vphone(p.country), '"}')])()
    def app():
        p = P()
        return ch([lambda: mk("logcat/app", tt("I", "ShopAuth"), "login ok for ", vuser(p.username())),
                   lambda: mk("logcat/app", tt("D", "TelephonyManager"), "getLine1Number: ", vphone(p.country)),
                   lambda: mk("logcat/app", tt("D", "WifiStateMachine"), f"Connected to SSID \"{ch(['HomeNet', 'FRITZ!Box 7590 XY', 'eduroam'])}\" BSSID ", vmac("colon")),
                   lambda: mk("logcat/app", tt("I", "FirebaseMessaging"), "FCM token: ", V("secret", fcm_token())),
                   lambda: mk("logcat/app", tt("I", "chromium"), "[INFO:CONSOLE(1)] \"user email ", vemail(p), f"\", source: https://shop.example.com/static/app.js ({rint(1, 999)})")])()
    def d_misc():
        return mk("logcat/system", tt(ch(["I", "D", "W", "E", "V"]), ch(["ActivityManager", "chatty", "AndroidRuntime", "FA", "OkHttp", "Choreographer"])),
                  ch([f"Start proc {rint(1000, 32000)}:com.example.shop/u0a{rint(100, 300)} for activity {{com.example.shop/com.example.shop.MainActivity}}", f"uid={rint(10000, 10999)}(com.example.shop) expire {rint(1, 9)} lines",
                      "FATAL EXCEPTION: main", f"Process: com.example.shop, PID: {rint(1000, 32000)}", "Logging event (FE): login, Bundle[{ga_event_origin(_o)=app, method=email}]",
                      f"--> POST https://api.example.com/v1/login", f"<-- 200 OK https://api.example.com/v1/login ({rint(40, 2000)}ms)", f"Skipped {rint(30, 200)} frames!  The application may be doing too much work on its main thread.",
                      "java.lang.NullPointerException: Attempt to invoke virtual method 'java.lang.String com.example.shop.User.getEmail()' on a null object reference", "Content-Type: application/json; charset=UTF-8",
                      f"Content-Length: {rint(20, 900)}", "--> END POST (112-byte body)"]))
    return produce(n, [(okhttp, 3), (app, 4)], [d_misc], 0.35)

# ---------------------------------------------------------------------------------------------- Apple unified logging
@fmt("ioslog", "Apple 'log show' output (default style columns Timestamp Thread Type Activity PID TTL Process: (Library) [Subsystem:Category] message; compact style), os_log privacy (<private> redaction unless %{public}), legacy syslog '<Notice>' style device console",
     "messages with public emails, usernames, phone numbers (incl. URL-encoded in request URLs), APNs device tokens (secret), keychain account names",
     "<private> placeholders, CFNetwork task ids Task <UUID>.<1>, subsystems/categories, thread ids 0x1a2b3c, activity ids, kernel/SpringBoard lines, build versions")
def fmt_ioslog(n):
    def dflt(proc, sub):
        t = ts_event()
        return ch([f"{t.strftime('%Y-%m-%d %H:%M:%S')}.{t.microsecond:06d}+0200 0x{rhex(6)}   {ch(['Default', 'Info   ', 'Error  ', 'Debug  '])}     0x0                  {rint(100, 9999):<6} 0    {proc}: [{sub}] ",
                   f"{t.strftime('%Y-%m-%d %H:%M:%S')}.{t.microsecond // 1000:03d} {ch(['I', 'Df', 'E'])}  {proc}[{rint(100, 9999)}:{rhex(6)}] [{sub}] ",
                   f"{t.strftime('%b %d %H:%M:%S')} {ch(['iPhone', 'Annas-iPhone'[:0] + 'iPad'])} {proc}({ch(['Network', 'ShopKit'])})[{rint(100, 9999)}] <{ch(['Notice', 'Error'])}>: "])
    def msg():
        p = P()
        return ch([lambda: mk("ioslog/app", dflt("ShopApp", "com.example.shop:auth"), "Signed in user ", vemail(p)),
                   lambda: mk("ioslog/app", dflt("ShopApp", "com.example.shop:net"), f"POST https://api.example.com/v1/users?phone=", V("phone", urllib.parse.quote(phone(ch(['JP', 'US', 'DE']), 'intl'))), "&lang=ja"),
                   lambda: mk("ioslog/app", dflt("ShopApp", "com.example.shop:push"), "APNs device token: ", V("secret", rhex(64))),
                   lambda: mk("ioslog/app", dflt("ShopApp", "com.example.shop:keychain"), "Keychain item not found for account ", vuser(p.username())),
                   lambda: mk("ioslog/app", dflt("ShopApp", "com.example.shop:profile"), "Profile updated name=", vname(p.kanji if p.family_kanji else p.full), " phone=", vphone(p.country))])()
    def d_misc():
        return mk("ioslog/system", dflt(ch(["ShopApp", "SpringBoard", "kernel", "locationd", "nsurlsessiond"]), ch(["com.apple.CFNetwork:Default", "com.example.shop:auth", "com.apple.SpringBoard:Icon", "com.apple.locationd.Core:Client"])),
                  ch([f"Task <{uuid4().upper()}>.<{rint(1, 9)}> finished successfully", "Signed in user <private>", "Keychain item not found for account <private>", f"(AppleH13CamIn) power on, build {version()}",
                      "Application launched with bundle identifier com.example.shop", f"Connection {rint(1, 99)}: received failure notification", f"Received configuration update from daemon (initial)",
                      "POST <private>", "[Icon] Badge count updated"]))
    return produce(n, [msg], [d_misc], 0.35)

# ---------------------------------------------------------------------------------------------- Stripe webhooks
@fmt("stripe", "Stripe API reference: Event object (id evt_, type, api_version, created, data.object, livemode, request{id, idempotency_key}) with Customer (cus_ id, email, name, phone, address), PaymentMethod/Charge billing_details and card{brand,last4,exp_*,fingerprint}; Stripe-Signature header t=,v1=",
     "customer ids cus_… (user_id), email/name/phone/address line1 of customers and billing_details, receipt_email, shipping names, whsec_/sk_live_ secrets when a webhook handler logs its configuration",
     "evt_/pi_/ch_/pm_/in_/req_ ids, idempotency keys (UUID), card brand/last4/exp_month/fingerprint, amounts/currency, created epochs, api_version dates, Stripe-Signature t=…,v1=… HMACs, invoice numbers")
def fmt_stripe(n):
    def sid(pre): return pre + "_" + ralnum(ch([14, 24]))
    def customer(p):
        st, pc, city, _ = address(p.country if p.country in ("US", "GB", "DE", "FR", "PL", "NL", "ES", "IT") else "US")
        return {"id": vuid(sid("cus")), "object": "customer", "address": {"city": city.split(",")[0], "country": p.country, "line1": V("address", st), "line2": None, "postal_code": pc, "state": None},
                "balance": 0, "created": epoch(), "currency": ch(["eur", "usd", "gbp"]), "email": vemail(p), "livemode": True, "name": vname(p.full), "phone": vphone(p.country, "e164"),
                "invoice_settings": {"default_payment_method": sid("pm")}, "metadata": {"shop_user_id": vuid(str(rint(1000, 999999)))}}
    def event(typ, obj):
        return {"id": sid("evt"), "object": "event", "api_version": ch(["2024-04-10", "2023-10-16"]), "created": epoch(), "data": {"object": obj}, "livemode": True, "pending_webhooks": rint(1, 3),
                "request": {"id": sid("req"), "idempotency_key": uuid4()}, "type": typ}
    def cust_ev():
        p = P(); return mk("stripe/customer", ch(["", f"{iso_ts()} INFO webhook received: "]), J(event(ch(["customer.created", "customer.updated"]), customer(p))))
    def charge_ev():
        p = P()
        obj = {"id": sid("ch"), "object": "charge", "amount": rint(100, 99999), "currency": "eur", "customer": vuid(sid("cus")), "receipt_email": vemail(p),
               "billing_details": {"address": {"country": p.country, "postal_code": None}, "email": vemail(p), "name": vname(p.full), "phone": None},
               "payment_method_details": {"card": {"brand": ch(["visa", "mastercard", "amex"]), "country": ch(["DE", "US", "FR"]), "exp_month": rint(1, 12), "exp_year": rint(2025, 2031), "fingerprint": ralnum(16), "last4": rdigits(4), "network": "visa"}, "type": "card"},
               "status": "succeeded", "payment_intent": sid("pi")}
        return mk("stripe/charge", J(event("charge.succeeded", obj)))
    def cfg():
        return ch([lambda: mk("stripe/config", f"{iso_ts()} DEBUG stripe: configured endpoint secret=", V("secret", "whsec_" + ralnum(32)), " api_key=", V("secret", stripe_key("sk"))),
                   lambda: mk("stripe/config", f"{iso_ts()} INFO stripe: request POST /v1/customers api_key=", V("secret", stripe_key()), f" idempotency_key={uuid4()} status=200")])()
    def d_inv():
        obj = {"id": sid("in"), "object": "invoice", "amount_due": rint(100, 99999), "amount_paid": rint(100, 99999), "currency": "eur", "number": f"{ralnum(8, string.ascii_uppercase + string.digits)}-{rint(1, 999):04d}",
               "status": "paid", "subscription": sid("sub"), "period_start": epoch(), "period_end": epoch(), "lines": {"object": "list", "total_count": rint(1, 3)}}
        return mk("stripe/invoice", J(event("invoice.paid", obj)))
    def d_sig():
        return mk("stripe/signature", ch([f"Stripe-Signature: t={epoch()},v1={sha256()},v0={sha256()}", f"{iso_ts()} INFO webhook evt_{ralnum(24)} type=payment_intent.succeeded handled in {rint(5, 900)}ms",
                                          f"{iso_ts()} WARN webhook signature verification failed: No signatures found matching the expected signature for payload", f"{iso_ts()} INFO stripe: request POST /v1/payment_intents status=200 request_id=req_{ralnum(14)} elapsed={rint(100, 900)}ms"]))
    return produce(n, [(cust_ev, 3), (charge_ev, 2), (cfg, 1)], [d_inv, d_sig], 0.33)

# ---------------------------------------------------------------------------------------------- Adyen notifications
@fmt("adyen", "Adyen docs: standard webhook (notificationItems[].NotificationRequestItem with additionalData, amount, eventCode, eventDate, merchantAccountCode, merchantReference, pspReference, reason, success) and additionalData keys (cardHolderName, shopperEmail, shopperIP, shopperReference, iban, cardBin, cardSummary, expiryDate)",
     "cardHolderName (person), shopperEmail (email), shopperIP (ip), shopperReference (user_id), IBAN of SEPA payouts (iban), full PAN when a test/debug integration logs it (credit_card), X-API-Key (secret)",
     "pspReference, merchantReference (order numbers), cardSummary/last4, cardBin, expiryDate, authCode, hmacSignature, amounts, eventDate, reason 'authCode:last4:expiry', merchant account codes")
def fmt_adyen(n):
    def item():
        p = P()
        ad = {"authCode": rdigits(6), "cardSummary": rdigits(4), "expiryDate": f"{rint(1, 12):02d}/{rint(2025, 2031)}", "cardBin": rdigits(6), "hmacSignature": rb64(32)}
        if coin(0.8): ad["cardHolderName"] = vname(p.full.upper() if coin(0.3) else p.full)
        if coin(0.7): ad["shopperEmail"] = vemail(p)
        if coin(0.6): ad["shopperIP"] = vip4()
        if coin(0.6): ad["shopperReference"] = vuid("shopper-" + rdigits(6))
        if coin(0.3): ad["iban"] = viban(ch(["NL", "DE", "BE", "FR"]), "plain"); ad["ownerName"] = vname(p.full)
        return {"NotificationRequestItem": {"additionalData": ad, "amount": {"currency": ch(["EUR", "USD"]), "value": rint(100, 99999)}, "eventCode": ch(["AUTHORISATION", "CAPTURE", "REFUND", "PAYOUT_THIRDPARTY"]),
                "eventDate": iso_ts(frac=0, z="+02:00"), "merchantAccountCode": ch(["ShopECOM", "ShopPOS"]), "merchantReference": order_no(), "paymentMethod": ch(["visa", "mc", "sepadirectdebit", "ideal"]),
                "pspReference": ralnum(16, string.ascii_uppercase + string.digits), "reason": f"{rdigits(6)}:{rdigits(4)}:{rint(1, 12):02d}/{rint(2025, 2031)}", "success": ch(["true", "false"])}}
    def notif(): return mk("adyen/notification", ch(["", f"{iso_ts()} INFO adyen-webhook: "]), J({"live": "true", "notificationItems": [item()]}))
    def req():
        p = P()
        return ch([lambda: mk("adyen/request", f"{iso_ts()} DEBUG adyen: POST https://checkout-test.adyen.com/v71/payments X-API-Key=", V("secret", "AQE" + ralnum(ch([80, 100]), URLCH)), " body=",
                              J({"amount": {"currency": "EUR", "value": rint(100, 9999)}, "reference": order_no(), "paymentMethod": {"type": "scheme", "number": vcard(fmt="plain"), "expiryMonth": f"{rint(1, 12):02d}", "expiryYear": str(rint(2025, 2031)), "holderName": vname(p.full)},
                                 "shopperEmail": vemail(p), "shopperIP": vip4(), "merchantAccount": "ShopECOM"})),
                   lambda: mk("adyen/request", f"{iso_ts()} INFO adyen: payout to ", viban(fmt="print"), " (", vname(p.full), f") amount=EUR {rint(10, 9999)}.{rint(0, 99):02d} ref={order_no()}")])()
    def d_misc():
        return ch([lambda: mk("adyen/ack", f"{iso_ts()} INFO adyen-webhook: [accepted] pspReference={ralnum(16, string.ascii_uppercase + string.digits)} eventCode={ch(['AUTHORISATION', 'CAPTURE'])} success=true"),
                   lambda: mk("adyen/notification", J({"live": "false", "notificationItems": [{"NotificationRequestItem": {"additionalData": {"hmacSignature": rb64(32)}, "amount": {"currency": "EUR", "value": 0},
                               "eventCode": "REPORT_AVAILABLE", "eventDate": iso_ts(frac=0, z="+02:00"), "merchantAccountCode": "ShopECOM", "merchantReference": "", "pspReference": f"settlement_detail_report_batch_{rint(1, 999)}.csv",
                               "reason": f"https://ca-test.adyen.com/reports/download/MerchantAccount/ShopECOM/settlement_detail_report_batch_{rint(1, 999)}.csv", "success": "true"}}]})),
                   lambda: mk("adyen/hmac", f"{iso_ts()} WARN adyen-webhook: HMAC validation failed for pspReference={ralnum(16, string.ascii_uppercase + string.digits)} merchantReference={order_no()}")])()
    return produce(n, [(notif, 4), (req, 2)], [d_misc], 0.33)

# ---------------------------------------------------------------------------------------------- ISO 8583
@fmt("iso8583", "ISO 8583:1987 data elements (MTI, DE2 PAN, DE3 processing code, DE4 amount, DE7 transmission time, DE11 STAN, DE14 expiry, DE22, DE35 Track 2 equivalent, DE37 RRN, DE41/42 terminal/merchant ids, DE43 name/location, DE52 PIN block, DE102 account id) as dumped by jPOS <isomsg> logs and switch 'DE0nn' traces",
     "DE2 PAN and the PAN inside DE35 track 2 (credit_card), DE52 PIN data (secret), DE102/103 account identification (bank_account), cardholder names in private-use fields",
     "MTI, processing codes, amounts, STAN, RRN, transmission date/time, expiry YYMM, POS entry mode, terminal and merchant ids, DE43 merchant name/location, response codes, masked PANs 476173******0119, bitmaps")
def fmt_iso8583(n):
    def jpos():
        pan = card(ch(["visa", "mastercard", "maestro"]), "plain"); out = [mk("iso8583/jpos", f'<log realm="channel/{priv4()}:{ch([5000, 8583])}" at="{ts_event().strftime("%a %b %d %H:%M:%S UTC %Y")}" lifespan="{rint(1, 900)}ms">'),
                                                                          mk("iso8583/jpos", '  <receive>'), mk("iso8583/jpos", f'    <isomsg direction="{ch(["incoming", "outgoing"])}">')]
        f = [("0", ch(["0100", "0200", "0400", "0110", "0210"])), ("2", V("credit_card", pan, "luhn")), ("3", ch(["000000", "010000", "200000"])), ("4", f"{rint(100, 999999):012d}"),
             ("7", ts_event().strftime("%m%d%H%M%S")), ("11", rdigits(6)), ("14", f"{rint(25, 31)}{rint(1, 12):02d}"), ("22", ch(["051", "071", "012"])),
             ("35", [V("credit_card", pan, "luhn"), f"={rint(25, 31)}{rint(1, 12):02d}{ch(['201', '101'])}{rdigits(12)}"]), ("37", rdigits(12)), ("41", f"TERM{rdigits(4)}"), ("42", f"MERCHANT{rdigits(7)}"),
             ("43", f"{ch(['SHOP EXAMPLE', 'CAFE CENTRAL', 'TANKSTELLE NORD'])[:22]:<22} {ch(['BERLIN', 'MUNICH', 'PARIS'])[:13]:<13} {ch(['DE', 'FR'])}"), ("49", ch(["978", "840"]))]
        if coin(0.5): f.append(("52", V("secret", rhex(16).upper())))
        if coin(0.4): f.append(("102", V("bank_account", rdigits(ch([10, 12])))))
        keep = set(R.sample(range(len(f)), rint(5, 8))) | {1, 8}
        for i, (k, v) in enumerate(f):
            if i in keep or k in ("52", "102"):
                out.append(mk("iso8583/jpos", f'      <field id="{k}" value="', v, '"' + (' type="binary"' if k == "52" else "") + "/>"))
        out += [mk("iso8583/jpos", "    </isomsg>"), mk("iso8583/jpos", "  </receive>"), mk("iso8583/jpos", "</log>")]
        return out
    def trace():
        pan = card(ch(["visa", "mastercard", "amex", "discover"]), "plain")
        return ch([lambda: mk("iso8583/trace", f"DE002 PAN ....................: ", V("credit_card", pan, "luhn")),
                   lambda: mk("iso8583/trace", f"F002: [{len(pan)}]", V("credit_card", pan, "luhn")),
                   lambda: mk("iso8583/trace", f"Field 035 (Track 2 Equivalent Data): ", V("credit_card", pan, "luhn"), f"D{rint(25, 31)}{rint(1, 12):02d}201{rdigits(10)}"),
                   lambda: mk("iso8583/trace", "DE052 PIN DATA ...............: ", V("secret", rhex(16).upper())),
                   lambda: mk("iso8583/trace", "DE102 ACCOUNT ID 1 ...........: ", V("bank_account", rdigits(10))),
                   lambda: mk("iso8583/trace", "DE048 ADDITIONAL DATA ........: NAME=", vname(P().full.upper()), f";REF={rdigits(8)}")])()
    def d_trace():
        return mk("iso8583/trace", ch([f"MTI .........................: {ch(['0200', '0210', '0800', '0810'])}", f"DE003 PROCESSING CODE .......: {ch(['000000', '200000'])}", f"DE004 AMOUNT, TRANSACTION ...: {rint(1, 999999):012d}",
                                       f"DE011 STAN ..................: {rdigits(6)}", f"DE037 RRN ...................: {rdigits(12)}", f"DE039 RESPONSE CODE .........: {ch(['00', '05', '51', '54'])}",
                                       f"DE002 PAN ....................: {card('visa', 'plain')[:6]}******{rdigits(4)}", f"F070: [3]{ch(['001', '301'])}", f"BITMAP: {rhex(16).upper()}",
                                       f"DE041 TERMINAL ID ...........: TERM{rdigits(4)}", f"DE007 TRANSMISSION DATE/TIME : {ts_event().strftime('%m%d%H%M%S')}"]))
    return produce(n, [(jpos, 1), (trace, 10)], [d_trace], 0.3)

# ---------------------------------------------------------------------------------------------- Magnetic stripe
def track1(pan, p):
    nm = (ascii_fold(p.family).upper().replace("'", "") + "/" + ascii_fold(p.given).upper() + ch(["", "", " " + ch("ABJM") + "", ".MR", ".MS"]))[:26]
    pad = " " * (26 - len(nm)) if coin(0.5) else ""
    return ["%B", V("credit_card", pan, "luhn"), "^", vname(nm), pad, f"^{rint(25, 31)}{rint(1, 12):02d}{ch(['101', '201', '121'])}{rdigits(ch([10, 14]))}?"]
@fmt("magstripe", "ISO/IEC 7813 magnetic stripe track 1 (%B PAN ^ NAME SURNAME/GIVEN ^ YYMM service-code discretionary ?) and track 2 (; PAN = YYMM service-code discretionary ?) as captured in POS terminal / MSR driver debug logs",
     "PAN in track 1 and track 2 (credit_card), cardholder name field SURNAME/GIVEN (person)",
     "sentinels and separators, expiry YYMM, service codes, discretionary data, LRC errors, masked track data (%B4815********7896^…), reader status lines, device serials")
def fmt_magstripe(n):
    def swipe():
        p = P(); pan = card(ch(["visa", "mastercard", "amex", "discover"]), "plain")
        t2 = [";", V("credit_card", pan, "luhn"), f"={rint(25, 31)}{rint(1, 12):02d}{ch(['101', '201'])}{rdigits(ch([9, 13]))}?"]
        return ch([lambda: mk("magstripe/swipe", f"{iso_ts()} DEBUG msr: swipe data: ", track1(pan, p), t2),
                   lambda: mk("magstripe/track1", f"[{ts_event().strftime('%H:%M:%S')}] MSR T1: ", track1(pan, p)),
                   lambda: mk("magstripe/track2", f"[{ts_event().strftime('%H:%M:%S')}] MSR T2: ", t2),
                   lambda: mk("magstripe/pos", f"POS{rint(1, 30):02d} TXN {rdigits(6)} raw_track=\"", track1(pan, p), "\" amount=", f"{rint(1, 999)}.{rint(0, 99):02d} EUR")])()
    def d_misc():
        pan = card("visa", "plain")
        return mk("magstripe/status", ch([f"{iso_ts()} WARN  msr: swipe error, LRC mismatch on track 1", f"{iso_ts()} INFO  msr: reader {ralnum(8, string.ascii_uppercase + string.digits)} connected (firmware {version()})",
                                          f"[{ts_event().strftime('%H:%M:%S')}] MSR T1: %E?", f"[{ts_event().strftime('%H:%M:%S')}] MSR T2: ;E?", f"{iso_ts()} DEBUG msr: masked track1=%B{pan[:4]}********{pan[-4:]}^****************^****?",
                                          f"{iso_ts()} INFO  msr: card read ok, service code {ch(['101', '201', '121'])}, chip card - please insert", f"{iso_ts()} INFO  emv: fallback to magstripe not allowed (TVR {rhex(10).upper()})"]))
    return produce(n, [swipe], [d_misc], 0.33, )

# ---------------------------------------------------------------------------------------------- Shell history / CLI
def sq(s): return "'" + s.replace("'", "'\\''") + "'"
@fmt("shell", "bash/zsh history files (HISTTIMEFORMAT '#epoch' lines, zsh EXTENDED_HISTORY ': epoch:0;cmd') and the documented CLI syntax of mysql, psql, curl, htpasswd, docker login, aws configure, git, ssh, sshpass, redis-cli, mongosh, kubectl, openssl, gpg, net user, smbclient, wget, heroku, gh, npm",
     "passwords passed as -p'…', --password=, PGPASSWORD=, -a, pass:, --passphrase (password), curl -u user:pass (username + password), URL userinfo (url_credentials), exported API keys and tokens (secret), ssh user@host (username, ip), emails in commands",
     "commands without secrets, variable references ($DB_PASSWORD, \"$TOKEN\", ${VAULT_PW}), -p prompting, system users (root, postgres, deploy), '#1718094615' timestamp lines, grep for the word password, git commit messages, image tags, ports")
def fmt_shell(n):
    def cmd():
        p = P(); u = p.username(); pw_ = pw("'\"\\$`!")
        c = ch([lambda: ["mysql -u ", vuser(u), " -p", V("password", sq(pw_)[1:-1]) if False else ["'", V("password", pw("'")), "'"], f" -h {ch(['db.internal', 'db.example.com'])} shop"],
                lambda: ["mysql --user=", vuser(u), ' --password="', V("password", pw('"\\$`!')), '" shop'],
                lambda: ["curl -u ", vuser(u), ":", ["'", V("password", pw("'")), "'"], " https://api.example.com/v1/me"],
                lambda: ["curl -H \"Authorization: Bearer ", V("secret", stripe_key("sk")), "\" https://api.stripe.com/v1/charges"],
                lambda: ["htpasswd -b /etc/nginx/.htpasswd ", vuser(u), " ", ["'", V("password", pw("'")), "'"]],
                lambda: ["psql \"postgresql://", V("url_credentials", f"{u}:{urllib.parse.quote(pw(), safe='')}"), f"@{ch(['db.example.com', 'pg-main.internal'])}:5432/shop?sslmode=require\""],
                lambda: ["export ", ch(["STRIPE_KEY", "STRIPE_SECRET_KEY"]), "=", V("secret", stripe_key("rk" if coin(0.5) else "sk"))],
                lambda: ["export ", ch(["GITHUB_TOKEN", "GH_TOKEN"]), "=", V("secret", gh_token())],
                lambda: ["aws configure set aws_secret_access_key ", V("secret", aws_secret())],
                lambda: ["aws configure set aws_access_key_id ", V("secret", aws_akid())],
                lambda: ["docker login -u ", vuser(u), " -p ", V("secret", docker_pat()), " ", ch(["registry.example.com", "docker.io"])],
                lambda: ["echo ", ["'", V("password", pw("'")), "'"], " | docker login --password-stdin -u ", vuser(u), " ghcr.io"],
                lambda: ["git clone https://", V("url_credentials", f"{u}:{gh_token()}"), "@github.com/example/shop.git"],
                lambda: ["ssh ", vuser(u), "@", vip4(), f" -p {ch([22, 2222])}"],
                lambda: ["sshpass -p ", ["'", V("password", pw("'")), "'"], " ssh root@", vip4()],
                lambda: ["redis-cli -a ", ["'", V("password", pw("'")), "'"], " -h cache.internal --no-auth-warning"],
                lambda: ["mongosh \"mongodb+srv://", V("url_credentials", f"{u}:{urllib.parse.quote(pw(), safe='')}"), "@cluster0.ab1cd.mongodb.net/shop\""],
                lambda: ["kubectl create secret generic db --from-literal=password=", ["'", V("password", pw("'")), "'"]],
                lambda: ["gpg --batch --passphrase ", ["'", V("password", pw("'")), "'"], " -d backup.tar.gpg"],
                lambda: ["openssl pkcs12 -export -in cert.pem -inkey key.pem -passout pass:", V("password", ralnum(14) + ch(["!", "#", "_"]))],
                lambda: ["net user ", vuser(u), " ", V("password", pw(" '\"")), " /add /domain"],
                lambda: ["PGPASSWORD=", ["'", V("password", pw("'")), "'"], " pg_dump -U ", vuser(u), " -h db.example.com shop > shop.sql"],
                lambda: ["smbclient //fs01/share -U ", ["'", f"CORP\\", vuser(u), "%", V("password", pw("'%")), "'"]],
                lambda: ["wget --user=", vuser(u), " --password=", ["'", V("password", pw("'")), "'"], " https://files.example.com/export.csv"],
                lambda: ["heroku config:set SENDGRID_API_KEY=", V("secret", sendgrid()), " -a shop-prod"],
                lambda: ["npm config set //registry.npmjs.org/:_authToken ", V("secret", npm_token())],
                lambda: ["./reset-mfa.sh --email ", vemail(p), " --phone ", ["'", vphone(p.country, "intl"), "'"]],
                lambda: ["radtest ", vuser(u), " ", ["'", V("password", pw("'")), "'"], " localhost 0 ", V("secret", ch(["testing123", ralnum(16)]))]])()
        return mk("shell/history", ch(["", "", f": {epoch()}:0;", f"  {rint(1, 2000)}  "]), c)
    def d_cmd():
        return mk("shell/history", ch(["", f": {epoch()}:0;", f"  {rint(1, 2000)}  "]), ch(["ls -la /var/log", "git commit -m \"fix email validation regex\"", f"docker run -p 8080:80 nginx:1.25.{rint(0, 5)}", "mysql -u root -p",
                  "psql -U postgres -h localhost", "ssh deploy@web-01", "sudo systemctl restart nginx", "curl -s https://api.example.com/health", "export PATH=$HOME/bin:$PATH", "kubectl get pods -n shop",
                  "grep -rn \"password\" src/", "history | tail -50", "echo $AWS_SECRET_ACCESS_KEY", "mysql -u app -p\"$DB_PASSWORD\" shop", "curl -u \"$USER:$TOKEN\" https://api.example.com/",
                  "docker login -u \"$CI_REGISTRY_USER\" -p \"$CI_REGISTRY_PASSWORD\" $CI_REGISTRY", "export DB_PASSWORD=${VAULT_DB_PASSWORD}", "aws sts get-caller-identity", "vim ~/.pgpass",
                  f"openssl rand -hex 32", "tail -f /var/log/auth.log | grep sudo", f"git checkout -b feature/SHOP-{rint(100, 9999)}"]))
    def d_ts(): return mk("shell/timestamp", f"#{epoch()}")
    return produce(n, [cmd], [(d_cmd, 4), (d_ts, 1)], 0.35)

# ---------------------------------------------------------------------------------------------- sudo / su / polkit (auth.log)
@fmt("sudo", "sudo(8)/sudoers(5) log format ('user : TTY=… ; PWD=… ; USER=… ; COMMAND=…', 'N incorrect password attempts', 'user NOT in sudoers', 'command not allowed'), pam_unix session/auth messages, su(1) and polkit authentication lines in /var/log/auth.log",
     "invoking users (username) incl. their /home/<user> PWD segment, logname/ruser/user= of humans, uid of humans (user_id), secrets and emails inside COMMAND= arguments, polkit unix-user:<name>",
     "root/www-data/postgres targets (USER=root), uid=0, TTY names, PWD of system paths, COMMAND paths without arguments, session opened/closed for user root, cron, hostnames, pids")
def fmt_sudo(n):
    pre = lambda prog="sudo": f"{syslog_ts()} {host()} {prog}{ch(['', f'[{rint(100, 99999)}]'])}: "
    def sudo():
        p = P(); u = p.username().replace(".", "") if coin(0.3) else p.username()
        cmd = ch([["/usr/bin/systemctl restart nginx"], ["/usr/bin/cat /etc/shadow"], ["/bin/bash"],
                  ["/usr/bin/psql -c ALTER USER app PASSWORD '", V("password", pw("' ;")), "'"], ["/usr/local/bin/reset-mfa --email ", vemail(p)],
                  ["/usr/bin/htpasswd -b /etc/nginx/.htpasswd ", vuser(P().username()), " ", V("password", pw(" ;'\""))], ["/usr/bin/tail -n 100 /var/log/nginx/error.log"]])
        head = ch([" : ", f" : {rint(1, 3)} incorrect password attempts ; ", " : user NOT in sudoers ; ", " : command not allowed ; "])
        if head == " : ": head = " : "
        return mk("sudo/sudo", pre(), ch(["", "   "]), vuser(u), head, f"TTY=pts/{rint(0, 9)} ; PWD=", ch([["/home/", vuser(u)], ["/srv/app"], ["/home/", vuser(u), "/deploy"]]), f" ; USER={ch(['root', 'root', 'postgres', 'www-data'])} ; COMMAND=", cmd)
    def pam():
        p = P(); u = p.username(); uid = rint(1000, 60000)
        return ch([lambda: mk("sudo/pam", pre(), "pam_unix(sudo:auth): authentication failure; logname=", vuser(u), " uid=", vuid(uid), " euid=0 tty=/dev/pts/", str(rint(0, 9)), " ruser=", vuser(u), " rhost=  user=", vuser(u)),
                   lambda: mk("sudo/pam", pre(), "pam_unix(sudo:session): session opened for user root(uid=0) by ", vuser(u), "(uid=", vuid(uid), ")"),
                   lambda: mk("sudo/su", pre("su"), "(to root) ", vuser(u), " on pts/", str(rint(0, 9))),
                   lambda: mk("sudo/su", pre("su"), "FAILED SU (to root) ", vuser(u), " on pts/", str(rint(0, 9))),
                   lambda: mk("sudo/polkit", pre("polkitd"), f"Operator of unix-session:{rint(1, 99)} successfully authenticated as unix-user:", vuser(u), f" to gain TEMPORARY authorization for action org.freedesktop.systemd1.manage-units for system-bus-name::1.{rint(10, 999)} [systemctl restart nginx] (owned by unix-user:", vuser(u), ")")])()
    def d_misc():
        return mk("sudo/system", pre(ch(["sudo", "sudo", "CRON", "systemd-logind"])), ch([f"    root : TTY=pts/{rint(0, 9)} ; PWD=/root ; USER=root ; COMMAND=/usr/sbin/reboot", "pam_unix(sudo:session): session closed for user root",
                  f"www-data : command not allowed ; TTY=unknown ; PWD=/var/www ; USER=root ; COMMAND=/usr/bin/id", f"pam_unix(cron:session): session opened for user root(uid=0) by (uid=0)",
                  f"New session {rint(1, 999)} of user deploy.", f"Removed session {rint(1, 999)}.", f"  ansible : TTY=pts/{rint(0, 9)} ; PWD=/home/ansible ; USER=root ; COMMAND=/bin/sh -c echo BECOME-SUCCESS-{ralnum(32, string.ascii_lowercase)} ; /usr/bin/python3",
                  "pam_unix(sudo:session): session opened for user root(uid=0) by (uid=0)", f"  jenkins : TTY=unknown ; PWD=/var/lib/jenkins ; USER=root ; COMMAND=/usr/bin/docker ps"]))
    return produce(n, [(sudo, 3), (pam, 2)], [d_misc], 0.33)

# ---------------------------------------------------------------------------------------------- .env files
@fmt("dotenv", "dotenv file syntax as documented by motdotla/dotenv and Docker Compose env_file (KEY=VALUE, export prefix, single/double quotes, # comments, ${VAR} interpolation, escaped JSON in double quotes)",
     "secret values (API keys with documented prefixes, JWT secrets, SECRET_KEY_BASE), passwords (quoted, with spaces, ;, (, quotes), DATABASE_URL/REDIS_URL userinfo (url_credentials), admin/support emails, private keys with \\n escapes, credentials inside escaped JSON",
     "PORT/NODE_ENV/LOG_LEVEL/TZ/APP_VERSION, empty values, ${VAR} references, publishable keys (pk_live_… are public by design), feature flags, comments mentioning passwords, PASSWORD_MIN_LENGTH=12, URLs without userinfo")
def fmt_dotenv(n):
    ex = lambda: ch(["", "", "export "])
    def kv():
        p = P()
        return ch([lambda: mk("dotenv/url", ex(), "DATABASE_URL=", ch(["postgres", "postgresql", "mysql"]), "://", V("url_credentials", f"{ch(['shop', 'app', p.username()])}:{urllib.parse.quote(pw(), safe='')}"), f"@{ch(['db.example.com', 'localhost'])}:{ch([5432, 3306])}/shop"),
                   lambda: mk("dotenv/url", ex(), "REDIS_URL=redis://", V("url_credentials", ":" + ralnum(24)), "@cache:6379/0"),
                   lambda: mk("dotenv/secret", ex(), ch(["STRIPE_SECRET_KEY", "OPENAI_API_KEY", "SENDGRID_API_KEY", "GITHUB_TOKEN", "SLACK_BOT_TOKEN", "TWILIO_API_KEY", "ANTHROPIC_API_KEY", "NPM_TOKEN"]), "=", V("secret", api_key())),
                   lambda: mk("dotenv/secret", ex(), "JWT_SECRET='", V("secret", rb64(32)), "'"),
                   lambda: mk("dotenv/secret", ex(), "SECRET_KEY_BASE=", V("secret", rhex(128))),
                   lambda: mk("dotenv/secret", ex(), "AWS_SECRET_ACCESS_KEY=", V("secret", aws_secret())),
                   lambda: mk("dotenv/secret", ex(), "SLACK_WEBHOOK_URL=", V("secret", slack_webhook())),
                   lambda: mk("dotenv/password", ex(), ch(["SMTP_PASSWORD", "DB_PASSWORD", "MYSQL_ROOT_PASSWORD", "ADMIN_PASSWORD"]), '="', V("password", pw('"\\$`').replace("\\", "")), '"'),
                   lambda: mk("dotenv/password", ex(), ch(["LDAP_BIND_PASSWORD", "KEYSTORE_PASS"]), "='", V("password", pw("'")), "'"),
                   lambda: mk("dotenv/password", ex(), "POSTGRES_PASSWORD=", V("password", pw(" '\"#$\\`"))),
                   lambda: mk("dotenv/email", ex(), ch(["ADMIN_EMAIL", "SUPPORT_EMAIL", "MAIL_FROM"]), "=", vemail(p, ch(["example.com", "shop.example.com"]))),
                   lambda: mk("dotenv/pem", ex(), 'GOOGLE_PRIVATE_KEY="', V("secret", private_key_pem("\\n")), '"'),
                   lambda: mk("dotenv/json", ex(), 'APP_CONFIG="{\\"db\\":{\\"user\\":\\"', vuser(p.username()), '\\",\\"password\\":\\"', V("password", pw('"\\')), '\\"},\\"owner\\":\\"', vemail(p), '\\"}"'),
                   lambda: mk("dotenv/secret", ex(), "SENTRY_DSN=https://", V("secret", rhex(32)), f"@o{rdigits(6)}.ingest.sentry.io/{rdigits(7)}")])()
    def d_kv():
        return mk("dotenv/plain", ex(), ch([f"PORT={ch([3000, 8080, 8000])}", "NODE_ENV=production", "LOG_LEVEL=info", "TZ=Europe/Berlin", f"APP_VERSION={version()}", "DB_PASSWORD=", "DB_PASSWORD=${VAULT_DB_PASSWORD}",
                  f"STRIPE_PUBLISHABLE_KEY=pk_live_{ralnum(24)}", "# set SMTP_PASSWORD in the vault, not here", "FEATURE_FLAGS=new-checkout,dark-mode", "PASSWORD_MIN_LENGTH=12", f"MAX_UPLOAD_MB={rint(5, 100)}",
                  "CORS_ORIGINS=https://shop.example.com,https://admin.example.com", "DATABASE_URL=postgres://db.example.com:5432/shop", f"REDIS_URL=redis://cache:6379/{rint(0, 9)}", "SESSION_COOKIE_SECURE=true",
                  "JWT_SECRET=${JWT_SECRET:?required}", f"WORKERS={rint(1, 16)}", "MAIL_HOST=smtp.example.com", "MAIL_PORT=587"]))
    return produce(n, [kv], [d_kv], 0.35)

# ---------------------------------------------------------------------------------------------- YAML config
@fmt("yaml", "YAML 1.2 (block mappings, plain/single-quoted ('' escape)/double-quoted scalars, sequences, literal block scalars) as used by Spring application.yml, Kubernetes Secret manifests (data base64 / stringData), docker-compose environment lists and Ansible vars; one physical line per corpus line",
     "password/secret/api_key/token values in any quoting style, base64 Secret data values (secret), private key block bodies (secret), admin emails, contact names and phones in lists",
     "structure-only lines (keys ending in ':'), replicas/ports/images, secretKeyRef name/key references, ${VAR} placeholders, password_policy settings, comments, usernames of service accounts (shop_app), jdbc URLs without credentials")
def fmt_yaml(n):
    ind = lambda k=1: "  " * k
    def spring():
        p = P(); pwv = pw("'\n")
        q = ch(["plain", "single", "double"])
        if q == "plain": pwv = pw(" '\"#:{}[],&*!|>%@`") ; pv = [V("password", pwv)]
        elif q == "single": pv = ["'", V("password", pwv.replace("'", "''")), "'"]
        else: pwv = pw('"\\'); pv = ['"', V("password", pwv), '"']
        return [mk("yaml/spring", "spring:"), mk("yaml/spring", ind(), "datasource:"), mk("yaml/spring", ind(2), f"url: jdbc:postgresql://db.example.com:5432/shop"),
                mk("yaml/spring", ind(2), f"username: {ch(['shop_app', 'app'])}"), mk("yaml/spring", ind(2), "password: ", pv),
                mk("yaml/spring", ind(), "mail:"), mk("yaml/spring", ind(2), "username: ", vemail(p, "example.com")), mk("yaml/spring", ind(2), "password: ", V("password", pw(" '\"#:{}[],&*!|>%@`")))]
    def k8s():
        out = [mk("yaml/k8s", "apiVersion: v1"), mk("yaml/k8s", "kind: Secret"), mk("yaml/k8s", "metadata:"), mk("yaml/k8s", ind(), f"name: {ch(['db-creds', 'stripe', 'smtp'])}"), mk("yaml/k8s", "type: Opaque")]
        if coin(0.5):
            out.append(mk("yaml/k8s", "data:"))
            out.append(mk("yaml/k8s", ind(), "password: ", V("secret", base64.b64encode(pw().encode()).decode())))
            out.append(mk("yaml/k8s", ind(), "api-key: ", V("secret", base64.b64encode(api_key().encode()).decode())))
        else:
            out.append(mk("yaml/k8s", "stringData:"))
            out.append(mk("yaml/k8s", ind(), 'DB_PASSWORD: "', V("password", pw('"\\')), '"'))
            out.append(mk("yaml/k8s", ind(), "STRIPE_KEY: ", V("secret", stripe_key())))
        return out
    def compose():
        return [mk("yaml/compose", ind(), "environment:"), mk("yaml/compose", ind(2), "- POSTGRES_PASSWORD=", V("password", pw(" '\"#"))),
                mk("yaml/compose", ind(2), "- MINIO_ROOT_PASSWORD=", V("password", ralnum(20))), mk("yaml/compose", ind(2), "- POSTGRES_USER=shop")]
    def contacts():
        out = [mk("yaml/contacts", "oncall:")]
        for _ in range(rint(1, 3)):
            p = P()
            out += [mk("yaml/contacts", ind(), "- name: ", vname(p.full)), mk("yaml/contacts", ind(2), 'phone: "', vphone(p.country, "intl"), '"'), mk("yaml/contacts", ind(2), "email: ", vemail(p))]
        return out
    def ansible():
        return [mk("yaml/ansible", "ansible_user: deploy"), mk("yaml/ansible", 'ansible_become_pass: "', V("password", pw('"\\')), '"'), mk("yaml/ansible", "vault_api_token: ", V("secret", vault_token()))]
    def pem():
        return [mk("yaml/pem", "ssh_private_key: |"), mk("yaml/pem", ind(), "-----BEGIN OPENSSH PRIVATE KEY-----")] + [mk("yaml/pem", ind(), V("secret", pem_body())) for _ in range(rint(2, 3))] + [mk("yaml/pem", ind(), "-----END OPENSSH PRIVATE KEY-----")]
    def d_misc():
        return mk("yaml/plain", ch(["", ind(), ind(2)]), ch([f"replicas: {rint(1, 9)}", f"image: nginx:1.25.{rint(0, 5)}", "password_policy:", f"min_length: {rint(8, 16)}", "valueFrom:", "secretKeyRef:", "name: db-creds",
                  "key: password", "password: ${DB_PASSWORD}", f"containerPort: {ch([80, 8080, 5432])}", "email_template: welcome.html", "# TODO rotate password quarterly", "username: shop_app",
                  "url: jdbc:postgresql://db.example.com:5432/shop", "passwordSecretRef:", "tls: true", f"timeout: {rint(1, 60)}s", "---"]))
    def flat():
        p = P(); k = ch(["password", "client_secret", "api_key", "token", "smtp_password", "admin_email", "webhook_secret", "owner"])
        val = {"password": lambda: ['"', V("password", pw('"\\')), '"'], "smtp_password": lambda: ["'", V("password", pw("'")), "'"], "client_secret": lambda: [V("secret", rb64(32, url=True, pad=False))],
               "api_key": lambda: [V("secret", api_key())], "token": lambda: [V("secret", ch([gh_token(), glpat(), slack_token()]))], "admin_email": lambda: [vemail(p, "example.com")],
               "webhook_secret": lambda: [V("secret", "whsec_" + ralnum(32))], "owner": lambda: ['"', vname(p.full), ' <', vemail(p), '>"']}[k]()
        return mk("yaml/flat", ch(["", ind(), ind(2), ind(3)]), ch(["", "- "]) if k == "owner" else "", k, ": ", val)
    return produce(n, [(spring, 2), (k8s, 2), (compose, 1), (contacts, 1), (ansible, 1), (pem, 1), (flat, 6)], [d_misc], 0.12)

# ---------------------------------------------------------------------------------------------- INI-style credential files
@fmt("ini", "INI conventions of MySQL option files (my.cnf [client] user/password), PostgreSQL .pgpass (hostname:port:database:username:password with \\: escapes), .netrc (machine/login/password), s3cmd .s3cfg, git-credential-store lines, unixODBC odbc.ini (UID/PWD), php.ini/Samba-style key = value with ; comments",
     "password/PWD/secret_key/access_key values (password, secret), login/user/UID of people (username), .pgpass username and password fields, git-credentials userinfo (url_credentials)",
     "[section] headers, host/port/database keys, ; and # comments, service users (root, postgres, replicator), empty passwords, socket paths, booleans, log levels")
def fmt_ini(n):
    def pair(k, v, sep=None):
        return mk(f"ini/{k.lower()}", k, sep or ch([" = ", "=", " ="]), v)
    def mycnf():
        p = P()
        return [mk("ini/section", "[client]"), pair("user", vuser(p.username())), pair("password", ch([['"', V("password", pw('"\\')), '"'], [V("password", pw(" '\"#;\\"))]])), pair("host", "db.example.com")]
    def pgpass():
        p = P(); pv = pw("\n").replace("\\", "\\\\").replace(":", "\\:")
        return mk("ini/pgpass", f"{ch(['db.example.com', 'localhost', '*'])}:{ch(['5432', '*'])}:{ch(['shop', '*'])}:", vuser(p.username()), ":", V("password", pv))
    def netrc():
        p = P()
        return mk("ini/netrc", f"machine {ch(['api.example.com', 'github.com', 'ftp.example.org'])} login ", vuser(p.username()) if coin(0.6) else vemail(p), " password ", V("password", pw(" \t'\"")))
    def s3cfg():
        return [mk("ini/section", "[default]"), pair("access_key", V("secret", aws_akid())), pair("secret_key", V("secret", aws_secret())), pair("host_base", "s3.amazonaws.com")]
    def gitcred():
        p = P()
        return mk("ini/git-credentials", "https://", V("url_credentials", f"{p.username()}:{ch([gh_token(), glpat(), urllib.parse.quote(pw(), safe='')])}"), f"@{ch(['github.com', 'gitlab.example.com', 'bitbucket.org'])}")
    def odbc():
        p = P()
        return [mk("ini/section", "[ShopDSN]"), pair("Driver", "PostgreSQL Unicode"), pair("UID", vuser(p.username())), pair("PWD", V("password", pw(" ;{}")))]
    def d_misc():
        return mk("ini/plain", ch([f"[{ch(['mysqld', 'database', 'logging', 'server', 'global'])}]", "; password is read from the environment", "# default credentials removed", f"port = {ch([3306, 5432, 8080])}",
                                   "socket = /var/run/mysqld/mysqld.sock", "user = root", "user=postgres", "password =", "log_level = warning", f"max_connections = {rint(50, 500)}", "ssl = true",
                                   "machine localhost login anonymous password ''"[:0] + "default login anonymous", "bind-address = 127.0.0.1", "user = replicator", "password = ${MYSQL_PASSWORD}"]))
    return produce(n, [(mycnf, 2), (pgpass, 2), (netrc, 2), (s3cfg, 1), (gitcred, 2), (odbc, 1)], [d_misc], 0.3)

# ---------------------------------------------------------------------------------------------- Java .properties
def prop_esc(s):
    out = []
    for i, c in enumerate(s):
        if c in "\\": out.append("\\\\")
        elif c in ":=#!" : out.append("\\" + c)
        elif c == " " and (i == 0 or coin(0.5)): out.append("\\ ")
        elif ord(c) > 127 and coin(0.6): out.append("\\u%04X" % ord(c) if ord(c) < 0x10000 else c)
        else: out.append(c)
    return "".join(out)
@fmt("properties", "java.util.Properties.load format (key=value / key: value / key value, \\: \\= \\  escapes, \\uXXXX escapes, # and ! comments) as used by Spring Boot application.properties, Kafka/JDBC client configs (sasl.jaas.config with username/password)",
     "password/secret/token values (escaped as written), admin phone/email/name values incl. \\uXXXX-escaped names (span covers the escaped text), sasl.jaas.config username and password",
     "server.port, logging levels, ${PLACEHOLDER} values, comments, jdbc URLs without credentials, feature toggles, timeouts, spring.profiles.active")
def fmt_properties(n):
    sep = lambda: ch(["=", "=", " = ", ": "])
    def kv():
        p = P()
        return ch([lambda: mk("properties/password", ch(["spring.datasource.password", "spring.mail.password", "app.keystore.password", "ldap.manager.password"]), sep(), V("password", prop_esc(pw()))),
                   lambda: mk("properties/secret", ch(["jwt.secret", "app.api-key", "stripe.secret-key", "github.token", "aws.secret-key"]), sep(), V("secret", ch([rb64(32), api_key(), aws_secret()]))),
                   lambda: mk("properties/contact", "app.admin.phone", sep(), V("phone", prop_esc(phone(p.country, "intl")))),
                   lambda: mk("properties/contact", ch(["app.owner.name", "support.contact.name"]), sep(), vname(prop_esc(p.full))),
                   lambda: mk("properties/contact", ch(["spring.mail.username", "app.admin.email", "alerts.recipient"]), sep(), vemail(p)),
                   lambda: mk("properties/jaas", "sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\"", vuser(p.username()), "\" password=\"", V("password", pw('"\\;')), "\";"),
                   lambda: mk("properties/jdbc", "spring.datasource.url=jdbc:mysql://db.example.com:3306/shop?user=", vuser(p.username()), "&password=", V("password", urllib.parse.quote(pw(), safe="")))])()
    def d_misc():
        return mk("properties/plain", ch(["server.port=8080", "logging.level.org.hibernate.SQL=DEBUG", "spring.datasource.password=${DB_PASSWORD}", "# passwords are injected by Vault", "! legacy settings",
                                          "spring.datasource.url=jdbc:postgresql://db.example.com:5432/shop", "spring.profiles.active=prod", f"app.feature.new-checkout={ch(['true', 'false'])}",
                                          f"spring.datasource.hikari.maximum-pool-size={rint(5, 50)}", f"server.servlet.session.timeout={rint(5, 60)}m", "management.endpoints.web.exposure.include=health,info,env",
                                          "spring.datasource.username=shop_app", "app.password-policy.min-length=12", "spring.mail.host=smtp.example.com"]))
    return produce(n, [kv], [d_misc], 0.35)

# ---------------------------------------------------------------------------------------------- Spring Boot actuator / env dumps
@fmt("springenv", "Spring Boot Actuator reference: /actuator/env response (activeProfiles, propertySources[].properties{name:{value, origin}}) and /actuator/configprops, with sanitizing ('******') governed by management.endpoint.env.show-values; Java Map.toString() environment dumps",
     "unsanitized property values (passwords with ;, (, quotes, spaces; API keys; datasource usernames of people; admin emails), values in System.getenv() Map dumps (where values may contain ', ' and '=')",
     "'******' sanitized values, origin strings (System Environment Property \"DB_PASSWORD\", class path resource [application.yml] - 12:17), property names, PATH/HOME/JAVA_HOME, profiles, ports")
def fmt_springenv(n):
    def env():
        p = P(); show = coin(0.75)
        props = {}
        for name, mkv in R.sample([("DB_PASSWORD", lambda: vpw()), ("SPRING_DATASOURCE_PASSWORD", lambda: vpw()), ("STRIPE_API_KEY", lambda: V("secret", stripe_key())), ("JWT_SECRET", lambda: V("secret", rb64(32))),
                                   ("spring.mail.username", lambda: vemail(p)), ("app.admin.name", lambda: vname(p.full)), ("OPENAI_API_KEY", lambda: V("secret", openai_key()))], rint(2, 4)):
            props[name] = {"value": mkv() if show else "******", "origin": f"System Environment Property \"{name}\"" if name.isupper() else f"class path resource [application.yml] - {rint(1, 90)}:{rint(1, 30)}"}
        props["SERVER_PORT"] = {"value": "8080", "origin": "System Environment Property \"SERVER_PORT\""}
        return mk("springenv/actuator", J({"activeProfiles": ["prod"], "propertySources": [{"name": "server.ports", "properties": {"local.server.port": {"value": 8080}}},
                                                                                         {"name": "systemEnvironment", "properties": props}]}))
    def mapdump():
        p = P()
        items = [["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin"], ["HOME=/root"], ["JAVA_HOME=/opt/java/openjdk"], ["DB_PASSWORD=", vpw()], ["ADMIN_EMAIL=", vemail(p)], ["API_TOKEN=", V("secret", api_key())]]
        R.shuffle(items); parts = [f"{iso_ts()} DEBUG c.e.shop.Bootstrap - System.getenv(): {{"]
        for i, it in enumerate(items): parts += ([", "] if i else []) + it
        return mk("springenv/mapdump", parts, "}")
    def d_sanitized():
        return mk("springenv/actuator", J({"activeProfiles": ["prod"], "propertySources": [{"name": "systemEnvironment", "properties": {k: {"value": "******", "origin": f"System Environment Property \"{k}\""} for k in R.sample(["DB_PASSWORD", "JWT_SECRET", "STRIPE_API_KEY", "HOME", "PATH"], 3)}}]}))
    def d_log():
        return mk("springenv/log", f"{spring_pre('INFO', 'c.e.shop.ShopApplication')}" + ch(["The following 1 profile is active: \"prod\"", f"Started ShopApplication in {R.random() * 20:.3f} seconds (process running for {R.random() * 25:.3f})",
                                                                                           "Exposing 3 endpoint(s) beneath base path '/actuator'", "Tomcat started on port 8080 (http) with context path ''"]))
    return produce(n, [(env, 3), (mapdump, 2)], [d_sanitized, d_log], 0.3)

# ---------------------------------------------------------------------------------------------- URL-encoded bodies and webhooks
def fenc(s): return urllib.parse.quote_plus(s)
@fmt("formbody", "HTML application/x-www-form-urlencoded serialization (WHATWG URL standard: + for space, %XX), Twilio incoming-message webhook parameters (MessageSid, From, To, Body, FromCity…), Slack slash-command payload, OAuth 2.0 token requests (RFC 6749 §4.1.3/§4.3/§6), PayPal IPN variables",
     "encoded values of personal fields (email with %40, phone with %2B, names, DOB, street), passwords and client_secret/refresh_token/code (password, secret), Slack token/user_id/user_name, Twilio From/To and names inside Body, PayPal payer_email/payer_id",
     "MessageSid/SmsSid, NumMedia/NumSegments, ApiVersion, country/state codes, utm_* params, search queries, page numbers, grant_type/scope, redirect_uri, csrf-free bodies")
def fmt_formbody(n):
    pre = lambda: ch(["", f"{iso_ts()} DEBUG request body: ", f"{iso_ts()} INFO  POST /webhooks/sms body=", "body="])
    def signup():
        p = P(); st, pc, city, _ = address(p.country if p.country in ("DE", "FR", "US", "GB", "NL", "PL") else "DE")
        parts = [["email=", V("email", fenc(p.email()))], ["password=", V("password", fenc(pw()))], ["first_name=", vname(fenc(p.given))], ["last_name=", vname(fenc(p.family))]]
        if coin(0.5): parts.append(["dob=", V("date_of_birth", fenc(fdate(p.dob, ch(["iso", "eu_dot", "us"]))))])
        if coin(0.5): parts.append(["phone=", V("phone", fenc(phone(p.country, ch(["intl", "nat"]))))])
        if coin(0.4): parts.append(["street=", V("address", fenc(st))]); parts.append([f"postcode={fenc(pc)}&city={fenc(city)}"])
        parts.append([f"newsletter={ch(['on', '0'])}"])
        out = []
        for i, x in enumerate(parts): out += (["&"] if i else []) + x
        return mk("formbody/signup", pre(), out)
    def twilio():
        p = P(); c = ch(["NL", "DE", "GB", "US", "FR"])
        body = ch([["Hallo, mijn naam is ", vname(p.full), " en mijn ordernummer is ", str(rint(10000, 99999))], ["Please call me back ", vname(p.given)], ["STOP"], ["Bitte Rückruf an ", vphone(c, "nat")]])
        body = esc_parts(body, fenc)
        return mk("formbody/twilio", pre(), f"ToCountry={c}&ToState=&SmsMessageSid=SM{rhex(32)}&NumMedia=0&ToCity=&FromZip=&SmsSid=SM{rhex(32)}&FromState=&SmsStatus=received&FromCity=&Body=", body,
                  f"&FromCountry={c}&To=", V("phone", fenc(phone(c, "e164"))), f"&MessagingServiceSid=MG{rhex(32)}&ToZip=&NumSegments=1&MessageSid=SM{rhex(32)}&From=", V("phone", fenc(phone(c, "e164"))), "&ApiVersion=2010-04-01")
    def slack():
        p = P()
        return mk("formbody/slack", pre(), "token=", V("secret", ralnum(24)), f"&team_id=T{ralnum(8, string.ascii_uppercase + string.digits)}&team_domain=example&channel_id=C{ralnum(8, string.ascii_uppercase + string.digits)}&channel_name=ops&user_id=", vuid("U" + ralnum(10, string.ascii_uppercase + string.digits)),
                  "&user_name=", vuser(p.username()), f"&command=%2F{ch(['deploy', 'oncall', 'weather'])}&text={fenc(ch(['shop prod', 'who', '94070']))}&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT{rdigits(8)}%2F{rdigits(13)}%2F{ralnum(24)}&trigger_id={rdigits(13)}.{rdigits(12)}.{rhex(32)}")
    def oauth():
        p = P()
        return ch([lambda: mk("formbody/oauth", pre(), "grant_type=password&username=", V("username", fenc(p.username() if coin(0.5) else p.email())), "&password=", V("password", fenc(pw())), f"&client_id=shop-web&scope=openid+profile"),
                   lambda: mk("formbody/oauth", pre(), f"grant_type=authorization_code&code=", V("secret", ralnum(22, URLCH)), f"&redirect_uri=https%3A%2F%2Fshop.example.com%2Fcallback&client_id=shop-web&client_secret=", V("secret", rb64(32, url=True, pad=False)), "&code_verifier=", V("secret", ralnum(43, URLCH))),
                   lambda: mk("formbody/oauth", pre(), "grant_type=refresh_token&refresh_token=", V("secret", ralnum(ch([40, 64]), URLCH)), "&client_id=mobile-app")])()
    def ipn():
        p = P(); st, pc, city, _ = address("US")
        return mk("formbody/ipn", pre(), f"mc_gross={rint(1, 999)}.{rint(0, 99):02d}&protection_eligibility=Eligible&address_status=confirmed&payer_id=", vuid(ralnum(13, string.ascii_uppercase + string.digits)), "&address_street=", V("address", fenc(st)),
                  f"&payment_date={fenc(ts_event().strftime('%H:%M:%S %b %d, %Y PDT'))}&payment_status=Completed&charset=UTF-8&address_zip={pc}&first_name=", vname(fenc(p.given)), "&last_name=", vname(fenc(p.family)),
                  "&payer_email=", V("email", fenc(p.email())), f"&txn_id={ralnum(17, string.ascii_uppercase + string.digits)}&receiver_email=", V("email", "payments%40shop.example.com"), f"&item_name=Order+{rint(10000, 99999)}")
    def d_misc():
        return mk("formbody/plain", pre(), ch([f"q={fenc(ch(['running shoes', 'laptop bag', 'kaffeemaschine']))}&page={rint(1, 9)}&sort=price_asc", "utm_source=newsletter&utm_medium=email&utm_campaign=summer24",
                  "grant_type=client_credentials&scope=orders%3Aread", f"quantity={rint(1, 9)}&sku=AB-{rint(100, 999)}&add_to_cart=1", f"lang=de&currency=EUR&consent=granted",
                  f"SmsSid=SM{rhex(32)}&SmsStatus=delivered&MessageStatus=delivered&MessageSid=SM{rhex(32)}&ApiVersion=2010-04-01", f"rating={rint(1, 5)}&product_id={rint(1000, 9999)}"]))
    return produce(n, [(signup, 3), (twilio, 2), (slack, 1), (oauth, 2), (ipn, 1)], [d_misc], 0.33)

# ---------------------------------------------------------------------------------------------- HTTP header dumps
@fmt("httpheaders", "RFC 9110 header fields (From, Host, User-Agent), RFC 7239 Forwarded (for=/by= incl. quoted \"[IPv6]:port\"), de-facto X-Forwarded-For / X-Real-IP / CF-Connecting-IP / True-Client-IP, Google IAP X-Goog-Authenticated-User-Email, AWS ALB X-Amzn-Oidc-Data/Identity, W3C traceparent; dumps as 'Name: value' lines, Go http.Header map and Node.js objects",
     "client addresses in forwarding headers (ipv4/ipv6), identity headers (email, user ids, usernames), OIDC data JWTs (jwt), API keys and auth tokens (secret), HTTP From header emails",
     "Host, User-Agent, Accept*, Content-Length/Type, X-Request-ID UUIDs, traceparent/X-Amzn-Trace-Id, Date, ETag, Cache-Control, CSP nonces, rate-limit counters, Strict-Transport-Security, loopback-only X-Forwarded-For")
def fmt_httpheaders(n):
    def hdr():
        p = P()
        return ch([lambda: mk("httpheaders/xff", ch(["X-Forwarded-For: ", "x-forwarded-for: "]), vip4(), ", ", vip4(), ", ", priv4()),
                   lambda: mk("httpheaders/forwarded", "Forwarded: for=", vip4(), ";proto=https;by=", vip4()),
                   lambda: mk("httpheaders/forwarded", 'Forwarded: for="[', vip6(), f']:{rint(1024, 65535)}";proto=https'),
                   lambda: mk("httpheaders/realip", ch(["X-Real-IP: ", "CF-Connecting-IP: ", "True-Client-IP: "]), ch([vip4(), vip6()])),
                   lambda: mk("httpheaders/identity", "X-Goog-Authenticated-User-Email: accounts.google.com:", vemail(p)),
                   lambda: mk("httpheaders/identity", "X-Goog-Authenticated-User-Id: accounts.google.com:", vuid(rdigits(21))),
                   lambda: mk("httpheaders/identity", "X-Amzn-Oidc-Identity: ", vuid(uuid4())),
                   lambda: mk("httpheaders/identity", "X-Amzn-Oidc-Data: ", vjwt(p)),
                   lambda: mk("httpheaders/identity", ch(["X-User-Email: ", "X-Auth-Request-Email: "]), vemail(p)),
                   lambda: mk("httpheaders/identity", ch(["X-Auth-Request-User: ", "X-Remote-User: ", "Remote-User: "]), vuser(p.username())),
                   lambda: mk("httpheaders/from", "From: ", vemail(p)),
                   lambda: mk("httpheaders/key", ch(["X-Api-Key: ", "X-Auth-Token: ", "Private-Token: ", "X-Vault-Token: "]), V("secret", ch([api_key(), glpat(), vault_token()])))])()
    def gomap():
        p = P()
        return mk("httpheaders/gomap", f"{ts_event().strftime('%Y/%m/%d %H:%M:%S')} headers: map[Accept:[*/*] Authorization:[Bearer ", vjwt(p), "] User-Agent:[Go-http-client/2.0] X-Forwarded-For:[", vip4(), "]]")
    def node():
        p = P()
        return mk("httpheaders/node", "{ host: 'shop.example.com', 'user-agent': 'okhttp/4.12.0', authorization: 'Basic ", V("secret", base64.b64encode(f"{p.username()}:{pw(':')}".encode()).decode()), "', 'x-forwarded-for': '", vip4(), "' }")
    def d_misc():
        return mk("httpheaders/plain", ch([f"Host: {ch(['shop.example.com', 'api.example.com'])}", f"User-Agent: {ua()}", "Accept: application/json, text/plain, */*", "Accept-Language: de-DE,de;q=0.9,en;q=0.8",
                  f"Content-Length: {rint(0, 99999)}", "Content-Type: application/json; charset=utf-8", f"X-Request-ID: {uuid4()}", f"traceparent: 00-{trace_id()}-{span_id()}-01",
                  f"X-Amzn-Trace-Id: Root=1-{rhex(8)}-{rhex(24)}", f"Date: {ts_event().strftime('%a, %d %b %Y %H:%M:%S GMT')}", f"ETag: W/\"{rhex(8)}-{rhex(12)}\"", "Cache-Control: no-store",
                  f"Content-Security-Policy: script-src 'self' 'nonce-{rb64(16)}'", f"X-RateLimit-Remaining: {rint(0, 5000)}", "Strict-Transport-Security: max-age=63072000; includeSubDomains; preload",
                  "X-Forwarded-For: 127.0.0.1", "X-Forwarded-Proto: https", f"X-Forwarded-Port: 443", "Connection: keep-alive", "Vary: Accept-Encoding", "Authorization: [REDACTED]"]))
    return produce(n, [(hdr, 6), (gomap, 1), (node, 1)], [d_misc], 0.35)

# ---------------------------------------------------------------------------------------------- Cisco / network devices
def cisco_pre():
    t = ts_event()
    return ch([f"{t.strftime('%b %d %H:%M:%S')}.{rint(0, 999):03d}: ", f"{rint(1, 999999)}: {t.strftime('%b %d %H:%M:%S')}.{rint(0, 999):03d} UTC: ", f"<{rint(100, 191)}>{t.strftime('%b %d %Y %H:%M:%S')}: ",
               f"{t.strftime('%b %d %H:%M:%S')} {ch(['sw-core-1', 'asa-edge', 'wlc-1'])} "])
@fmt("cisco", "Cisco IOS/IOS-XE system message format (%FACILITY-SEVERITY-MNEMONIC: text) for SW_MATM, DOT1X, SEC_LOGIN, SSH, SYS-5-CONFIG_I, PARSER-5-CFGLOG_LOGGEDCMD, DHCPD; Cisco ASA syslog messages 113004, 302013, 605005, 722051, 722037; show mac address-table rows; Cisco WSA/Squid native access log",
     "MAC addresses in dotted-quad Cisco form (94db.dcf0.e55d) and DHCP client-ids (mac), login users and VPN users (username), source and assigned addresses (ip), passwords inside logged 'username … secret 0 …' commands, IPs inside URL paths of proxied requests",
     "interface names, VLANs, AuditSessionIDs, connection ids, ports, ciphers, OSPF/LINK/SPANTREE/CDP messages, IOS version strings, 'enable_15', 'admin'/'cisco' default users, sequence numbers, byte counts")
def fmt_cisco(n):
    def ev():
        p = P(); u = p.username()
        return ch([lambda: mk("cisco/ios", cisco_pre(), f"%SW_MATM-4-MACFLAP_NOTIF: Host ", vmac("cisco"), f" in vlan {rint(1, 400)} is flapping between port Gi1/0/{rint(1, 48)} and port Gi1/0/{rint(1, 48)}"),
                   lambda: mk("cisco/ios", cisco_pre(), f"%DOT1X-5-SUCCESS: Authentication successful for client (", vmac("cisco"), f") on Interface Gi1/0/{rint(1, 48)} AuditSessionID {rhex(24).upper()}"),
                   lambda: mk("cisco/ios", cisco_pre(), "%SEC_LOGIN-5-LOGIN_SUCCESS: Login Success [user: ", vuser(u), "] [Source: ", vip4(), f"] [localport: 22] at {ts_event().strftime('%H:%M:%S UTC %a %b %d %Y')}"),
                   lambda: mk("cisco/ios", cisco_pre(), "%SEC_LOGIN-4-LOGIN_FAILED: Login failed [user: ", vuser(u), "] [Source: ", vip4(), f"] [localport: 22] [Reason: Login Authentication Failed] at {ts_event().strftime('%H:%M:%S UTC %a %b %d %Y')}"),
                   lambda: mk("cisco/ios", cisco_pre(), "%SYS-5-CONFIG_I: Configured from console by ", vuser(u), f" on vty{rint(0, 4)} (", vip4(), ")"),
                   lambda: mk("cisco/ios", cisco_pre(), "%SSH-5-SSH2_USERAUTH: User '", vuser(u), "' authentication for SSH2 Session from ", vip4(), " (tty = 0) using crypto cipher 'aes256-ctr', hmac 'hmac-sha2-256' Succeeded"),
                   lambda: mk("cisco/ios", cisco_pre(), "%PARSER-5-CFGLOG_LOGGEDCMD: User:", vuser(u), "  logged command:username ", vuser(P().username()), f" privilege {ch([1, 15])} secret 0 ", V("password", pw(" \t"))),
                   lambda: mk("cisco/ios", cisco_pre(), f"%DHCPD-6-ADDRESS_ASSIGN: Interface Vlan{rint(1, 400)} assigned DHCP address ", vip4(), " to client ", V("mac_address", "01" + mac("plain").lower()[:2] + "." + (lambda m: f"{m[2:6]}.{m[6:10]}.{m[10:]}")(mac("plain").lower())), "."),
                   lambda: mk("cisco/asa", cisco_pre(), "%ASA-6-113004: AAA user authentication Successful : server =  ", priv4(), " : user = ", vuser(u)),
                   lambda: mk("cisco/asa", cisco_pre(), f"%ASA-6-722051: Group <VPN-Users> User <", vuser(u), "> IP <", vip4(), "> IPv4 Address <", vip4(), "> IPv6 address <::> assigned to session"),
                   lambda: mk("cisco/asa", cisco_pre(), f"%ASA-4-722037: Group <VPN-Users> User <", vuser(u), "> IP <", vip4(), "> SVC closing connection: DPD failure."),
                   lambda: mk("cisco/asa", cisco_pre(), f"%ASA-6-302013: Built inbound TCP connection {rint(10000, 999999)} for outside:", vip4(), f"/{rint(1024, 65535)} (", vip4(), f"/{rint(1024, 65535)}) to inside:", vip4(), "/443 (", vip4(), "/443)"),
                   lambda: mk("cisco/asa", cisco_pre(), "%ASA-5-605005: Login permitted from ", vip4(), f"/{rint(1024, 65535)} to inside:", vip4(), "/https for user \"", vuser(u), "\""),
                   lambda: mk("cisco/mactable", f"  {rint(1, 400):<4}   ", vmac("cisco"), f"    {ch(['DYNAMIC', 'STATIC'])}     Gi1/0/{rint(1, 48)}"),
                   lambda: mk("cisco/wsa", f"{epoch()}.{rint(0, 999):03d} {rint(1, 9999):>6} ", vip4(), f" TCP_MISS/200 {rint(200, 99999)} GET https://api.example.com/geo/v1/ip/", vip4(), f"?fields=country,city - DIRECT/", vip4(), " application/json")])()
    def d_misc():
        return mk("cisco/system", cisco_pre(), ch([f"%LINK-3-UPDOWN: Interface GigabitEthernet1/0/{rint(1, 48)}, changed state to {ch(['up', 'down'])}", f"%LINEPROTO-5-UPDOWN: Line protocol on Interface Vlan{rint(1, 400)}, changed state to up",
                  f"%OSPF-5-ADJCHG: Process 1, Nbr {ch(['10.0.0.2', '10.0.0.6'])} on Gi0/0 from LOADING to FULL, Loading Done"[:0] + f"%SPANTREE-2-BLOCK_PVID_LOCAL: Blocking Gi1/0/{rint(1, 48)} on VLAN{rint(1, 400):04d}. Inconsistent local vlan.",
                  f"%CDP-4-NATIVE_VLAN_MISMATCH: Native VLAN mismatch discovered on GigabitEthernet1/0/{rint(1, 48)} (1), with sw-access-{rint(1, 9)} GigabitEthernet0/1 ({rint(2, 400)}).",
                  "%ASA-5-111008: User 'enable_15' executed the 'write memory' command.", f"%SYS-6-CLOCKUPDATE: System clock has been updated from {ts_event().strftime('%H:%M:%S UTC %a %b %d %Y')} to {ts_event().strftime('%H:%M:%S UTC %a %b %d %Y')}, configured from console by NTP.",
                  "%SYS-5-RESTART: System restarted --", f"Cisco IOS Software, C2960X Software (C2960X-UNIVERSALK9-M), Version 15.2(7)E{rint(1, 9)}, RELEASE SOFTWARE (fc{rint(1, 4)})",
                  f"%SEC_LOGIN-4-LOGIN_FAILED: Login failed [user: {ch(['admin', 'cisco', 'root'])}] [Source: 127.0.0.1] [localport: 22] [Reason: Login Authentication Failed]",
                  f"%ASA-6-302014: Teardown TCP connection {rint(10000, 999999)} for outside:{ch(['eth0', 'uplink'])} duration 0:00:{rint(10, 59)} bytes {rint(100, 99999)} TCP FINs",
                  f"%PLATFORM_ENV-1-FAN: Faulty fan{rint(1, 3)} detected"]))
    return produce(n, [ev], [d_misc], 0.33)

# ---------------------------------------------------------------------------------------------- CSV exports
def csv_q(s, sep):
    return f'"{s}"' if (sep in s or '"' in s) else s
@fmt("csv", "RFC 4180 CSV (header record, quoted fields with embedded separators/quotes doubled) and European Excel ';'-separated exports with decimal commas; TSV; the header line is its own corpus line, immediately followed by its rows",
     "row values under personal headers: names (incl. quoted 'Last, First'), emails, phones, DOBs, street addresses, IBANs, national ids of 15 countries plus passports and UK driving licences (KYC export), UK sort code+account and US routing+account pairs (bank_account: the account number; the combined token when written as one), customer ids",
     "header lines, created_at/paid_at timestamps, amounts with decimal commas, currencies, card_last4, order/invoice numbers, status columns, country codes, metric exports (p50_ms, p99_ms, counts)", n=(105, 120))
def fmt_csv(n):
    def customers():
        sep = ch([",", ";", "\t"]); out = [mk("csv/header", sep.join(["id", "first_name", "last_name", "email", "phone", "date_of_birth", "street", "postcode", "city", "country", "created_at"]))]
        for _ in range(rint(3, 7)):
            p = P(ch(["US", "GB", "DE", "FR", "NL", "PL", "ES", "IT"])); st, pc, city, _ = address(p.country)
            row = [str(rint(1, 99999)), vname(csv_q(p.given, sep)), vname(csv_q(p.family, sep)), vemail(p), vphone(p.country), vdob(p.dob, "iso" if sep == "," else ch(["eu_dot", "iso"])),
                   V("address", csv_q(st, sep)), pc, csv_q(city, sep), p.country, ts_event().strftime("%Y-%m-%d %H:%M:%S")]
            parts = []
            for i, x in enumerate(row): parts += ([sep] if i else []) + [x]
            out.append(mk("csv/customers", parts))
        return out
    def de_export():
        out = [mk("csv/header", "Kundennummer;Name;E-Mail;Telefon;Geburtsdatum;IBAN;Kontostand;Letzte Buchung")]
        for _ in range(rint(3, 6)):
            p = P("DE"); nm = p.rev
            out.append(mk("csv/de", vuid(f"K-{rdigits(6)}"), ";\"", vname(nm), "\";", vemail(p), ";", vphone("DE", "nat"), ";", vdob(p.dob, "eu_dot"), ";", viban("DE", ch(["print", "plain"])),
                          f";{rint(-999, 99999):,}".replace(",", ".") + f",{rint(0, 99):02d};{ts_event().strftime('%d.%m.%Y')}"))
        return out
    def hr():
        c = ch(["GB", "US"])
        out = [mk("csv/header", "employee_id,full_name,national_id,dob," + ("sort_code,account_number" if c == "GB" else "routing_number,account_number") + ",start_date")]
        for _ in range(rint(3, 6)):
            p = P(c); nid = natid(p, c)
            bank = [f"{rdigits(2)}-{rdigits(2)}-{rdigits(2)}", ",", V("bank_account", rdigits(8))] if c == "GB" else [V(None, aba()), ",", V("bank_account", rdigits(ch([9, 10, 12])))]
            out.append(mk("csv/hr", f"E{rdigits(5)},", vname(csv_q(p.full, ",")), ",", nid, ",", vdob(p.dob, "iso" if c == "GB" else "us"), ",", bank, f",{rdate(2015, 2024).isoformat()}"))
        return out
    def payroll_text():
        p = P(ch(["GB", "US", "DE"]))
        if p.country == "GB": acct = [V("bank_account", f"{rdigits(2)}-{rdigits(2)}-{rdigits(2)} {rdigits(8)}")]
        elif p.country == "US": acct = [V("bank_account", f"{aba()}-{rdigits(10)}")]
        else: acct = ["Kto. ", V("bank_account", rdigits(10)), f" BLZ {rdigits(8)}"]
        return [mk("csv/header", "name;bank_details;amount"), mk("csv/payroll", "\"", vname(p.rev), "\";\"", acct, f"\";{rint(1000, 9999)},{rint(0, 99):02d}")]
    def payments():
        out = [mk("csv/header", "order_id,customer_email,amount,currency,card_last4,iban,paid_at")]
        for _ in range(rint(3, 6)):
            p = P()
            out.append(mk("csv/payments", f"{order_no()},", vemail(p), f",{rint(1, 999)}.{rint(0, 99):02d},{ch(['EUR', 'USD', 'GBP', 'PLN'])},{rdigits(4)},", viban(fmt="plain") if coin(0.6) else "", f",{iso_ts()}"))
        return out
    def kyc():
        out = [mk("csv/header", "customer_id,full_name,country,id_type,id_number,date_of_birth,verified_at")]
        for _ in range(rint(4, 7)):
            c = ch(["US", "GB", "DE", "FR", "IT", "ES", "NL", "BR", "TR", "IN", "KR", "PL", "JP", "VN", "PT", "XX", "XX"])
            p = P(c if c not in ("XX", "PT") else "US")
            if c == "XX": idt, idv = ch([("passport", V("national_id", passport_de())), ("passport", V("national_id", passport_us())), ("driving_licence", V("national_id", uk_dl(P("GB"))))])
            elif c == "PT": idt, idv = "nif", V("national_id", nif_pt(), "nifpt")
            else:
                idv = natid(p, c); idt = {"US": "ssn", "GB": "nino", "DE": "steuer_id", "FR": "nir", "IT": "codice_fiscale", "ES": "dni", "NL": "bsn", "BR": "cpf", "TR": "tckn", "IN": "aadhaar",
                                         "KR": "rrn", "PL": "pesel", "JP": "my_number", "VN": "cccd"}[c]
                if c == "GB" and not idv.chk: idt = "driving_licence"
            out.append(mk("csv/kyc", vuid(f"C{rdigits(7)}"), ",", vname(csv_q(p.full, ",")), f",{c if c != 'XX' else ch(['DE', 'US', 'GB'])},{idt},", idv, ",", vdob(p.dob, "iso"), f",{iso_ts()}"))
        return out
    def metrics():
        out = [mk("csv/header", "timestamp,endpoint,p50_ms,p99_ms,count,errors")]
        for _ in range(rint(3, 6)):
            out.append(mk("csv/metrics", f"{iso_ts(frac=0)},{ch(['/api/v1/orders', '/api/v1/login', '/health', '/checkout'])},{rint(1, 90)},{rint(90, 2000)},{rint(100, 99999)},{rint(0, 40)}"))
        return out
    return produce(n, [(customers, 3), (de_export, 2), (hr, 2), (payroll_text, 1), (payments, 2), (kyc, 3)], [metrics], 0.12)

# ---------------------------------------------------------------------------------------------- Non-English free text
def tnum(): return str(rint(10000, 999999))
def money(c): return f"{rint(1, 4999):,}".replace(",", "." if c in ("de", "es", "it", "pt", "nl", "tr", "pl") else " ") + ("," if c != "ja" else ".") + f"{rint(0, 99):02d}"
def evdate(style): return fdate(datetime.date(2024, 6, rint(1, 30)), style)
def text_format(lang, spec, labeled, decoys):
    def deco(f):
        return fmt(f"text-{lang}", spec, labeled, decoys, n=(55, 75))(f)
    return deco
WORD_SURNAMES = {"de": ["Koch", "Vogel", "Fuchs", "Wolf", "Engel", "Sommer", "Winter", "Braun"], "fr": ["Petit", "Blanc", "Leroy", "Roux", "Lebrun"],
                 "es": ["Delgado", "Blanco", "Rubio", "Cano", "Calvo"], "pl": ["Kowal", "Wróbel", "Sikora", "Zając", "Kot"], "it": ["Bianco", "Gallo", "Conte", "Leone", "Fabbri"],
                 "pt": ["Rocha", "Pinto", "Coelho", "Cordeiro"], "nl": ["de Groot", "Visser", "Bakker", "de Bruijn", "Kok"], "tr": ["Demir", "Kaya", "Doğan", "Aslan", "Kurt"]}
def lperson(c, lang):
    p = P(c)
    if lang in WORD_SURNAMES and coin(0.3): p.family = ch(WORD_SURNAMES[lang])
    return p

@text_format("de", "German customer-support tickets and notifications (Duden conventions for dates 'geb. 22.12.1995', '22. Dezember 1995'; DIN 5008 phone formats '0221 2982859', '0221/2982859', '+49 221 2982859'; addresses 'Straße Nr, PLZ Ort'; Steuer-ID; IBAN DE)",
             "names with and without Herr/Frau/Kundin context (incl. surnames that are nouns: Koch, Vogel, Wolf), geb./geboren am DOBs, phones, emails, IBANs, Steuer-IDs, street addresses, temporary passwords",
             "order/invoice numbers, event dates (Versand, Wartungsfenster, Fälligkeit), amounts '1.234,56 €', versions, opening hours, the nouns Koch/Vogel/Wolf used as words")
def fmt_text_de(n):
    def lab():
        p = lperson("DE", "de"); anrede = "Frau" if p.female else "Herr"
        return mk("text-de/ticket", ch([
            lambda: [ch(["Kundin ", "Kunde ", ""]), vname(p.full), " (geb. ", vdob(p.dob, "eu_dot"), ") bittet um Rückruf unter ", vphone("DE", "nat"), "."],
            lambda: [f"Sehr geehrte{'r' if not p.female else ''} {anrede} ", vname(p.family), ", Ihre IBAN ", viban("DE", "print"), " wurde erfolgreich hinterlegt."],
            lambda: [f"Ticket #{tnum()} von ", vemail(p), ": Passwort vergessen, bitte Code an ", vphone("DE", ch(["nat", "intl"])), " senden."],
            lambda: ["Lieferadresse geändert auf ", V("address", address("DE")[3]), " (", vname(p.full), ")."],
            lambda: ["Steuer-ID ", V("national_id", steuer_id(), "steuer"), " für ", vname(p.rev), " gespeichert."],
            lambda: [f"Anruf von {'Frau' if p.female else 'Herrn'} ", vname(p.full), ", geboren am ", vdob(p.dob, "de_long"), ", Tel. ", vphone("DE", "nat"), "."],
            lambda: [vname(p.full), f" hat die Bestellung {tnum()} storniert und bittet um Erstattung auf ", viban("DE", "plain"), "."],
            lambda: ["Ihr vorläufiges Passwort lautet: ", vpw(" "), " – bitte nach der ersten Anmeldung ändern."],
            lambda: [f"Rückrufbitte: {anrede} ", vname(p.family), " ist unter ", vphone("DE", "nat"), " oder ", vemail(p), " erreichbar."]])())
    def dec():
        return mk("text-de/notice", ch([f"Bestellung {tnum()} wurde am {evdate('eu_dot')} versandt.", f"Wartungsfenster am {evdate('eu_dot')} von 02:00 bis 04:00 Uhr.", f"Version {version()} wurde ausgerollt.",
                                        f"Rechnung RE-2024-{rint(1, 99999):05d} über {money('de')} € ist fällig am {evdate('eu_dot')}.", "Ihr Paket wird zwischen 10:00 und 12:00 Uhr zugestellt.",
                                        "Die Hotline ist Mo–Fr von 8 bis 18 Uhr erreichbar.", "Der Koch hat die Küche um 22 Uhr geschlossen.", f"Der Wolf im Wildpark wurde am {evdate('de_long')} umgesiedelt.",
                                        f"Lieferung an Packstation {rint(100, 299)} in Köln.", "Bitte geben Sie Ihre Kundennummer an, nicht Ihr Passwort."]))
    return produce(n, [lab], [dec], 0.35)

@text_format("fr", "French support tickets/notifications (dates 'née le 27/08/1968', 'né le 3 mars 1975'; ARCEP phone formats '04.94.35.71.78', '06 12 34 56 78', '+33 6 12 34 56 78'; NIR with key; addresses 'n° rue, CP Ville')",
             "names with and without M./Mme context, né(e) le DOBs, phones, emails, NIR numbers, IBAN FR, street addresses",
             "order numbers 'Commande n° …', maintenance and delivery dates, amounts '1 234,56 €', invoice numbers, opening hours, common words that are surnames (petit, blanc)")
def fmt_text_fr(n):
    def lab():
        p = lperson("FR", "fr"); civ = "Mme" if p.female else "M."
        return mk("text-fr/ticket", ch([
            lambda: [f"{civ} ", vname(p.full), f", {'née' if p.female else 'né'} le ", vdob(p.dob, "eu_slash"), ", demande un rappel au ", vphone("FR", "nat"), "."],
            lambda: [f"{civ} ", vname(p.family), f" ({'née' if p.female else 'né'} le ", vdob(p.dob, "fr_long"), ") a changé son adresse : ", V("address", address("FR")[3]), "."],
            lambda: ["NIR ", V("national_id", nir(p), "nir"), " enregistré pour ", vname(p.rev), "."],
            lambda: [f"Ticket n° {tnum()} de ", vemail(p), " : mot de passe oublié, merci d'appeler le ", vphone("FR", "intl"), "."],
            lambda: ["Remboursement sur l'IBAN ", viban("FR", "print"), " au nom de ", vname(p.full.upper()), "."],
            lambda: ["Bonjour ", vname(p.given), ", votre code d'accès temporaire est ", vpw(" "), "."],
            lambda: [vname(p.full), " a laissé un message vocal : rappeler au ", vphone("FR", "nat"), " avant 18h."]])())
    def dec():
        return mk("text-fr/notice", ch([f"Commande n° 2024-{rint(1, 9999):04d} expédiée le {evdate('eu_slash')}.", f"Maintenance prévue le {evdate('eu_slash')} de 2h à 4h.", f"Facture FA-2024-{rint(1, 9999):04d} d'un montant de {money('fr')} €.",
                                        "Le service client est ouvert du lundi au vendredi de 9h à 18h.", f"Version {version()} déployée en production.", "Le petit déjeuner est servi à partir de 7h.",
                                        f"Livraison en point relais n° {rint(10000, 99999)} à Lyon.", "Ne communiquez jamais votre mot de passe par téléphone."]))
    return produce(n, [lab], [dec], 0.35)

@text_format("es", "Spanish support tickets (dates 'nacido el 8 de marzo de 1956', '08/03/1956'; phone plan '612 345 678', '91 123 45 67', '+34 612 34 56 78'; DNI/NIE with control letter; 'C/ Mayor 5, 28013 Madrid')",
             "names with and without Sr./Sra./D./Dña., nacido/a el DOBs, phones, emails, DNI/NIE, IBAN ES, street addresses",
             "order numbers, shipping and appointment dates, amounts '1.234,56 €', opening hours, versions")
def fmt_text_es(n):
    def lab():
        p = lperson("ES", "es"); tr = "Dña." if p.female else "D."
        return mk("text-es/ticket", ch([
            lambda: [f"{tr} ", vname(p.full), f", nacid{'a' if p.female else 'o'} el ", vdob(p.dob, "es_long"), ", solicita la baja del servicio."],
            lambda: ["Cliente ", vname(p.full), ", DNI ", V("national_id", dni(), "dni"), ", móvil ", vphone("ES", "nat"), "."],
            lambda: ["NIE ", V("national_id", nie(), "dni"), " registrado para ", vname(p.rev), f", fecha de nacimiento ", vdob(p.dob, "eu_slash"), "."],
            lambda: ["Nueva dirección de envío: ", V("address", address("ES")[3]), "."],
            lambda: [f"Incidencia {tnum()}: ", vemail(p), " no recibe el SMS en el ", vphone("ES", "intl"), "."],
            lambda: ["Devolución a la cuenta ", viban("ES", "print"), " de ", vname(p.full), "."],
            lambda: ["Llamar a ", vname(p.given), " al ", vphone("ES", "nat"), " por la tarde."]])())
    def dec():
        return mk("text-es/notice", ch([f"Pedido {tnum()} enviado el {evdate('eu_slash')}.", "La tienda abre de 9:00 a 21:00.", f"Factura F-2024-{rint(1, 9999):04d} por importe de {money('es')} €.",
                                        f"Cita confirmada para el {evdate('es_long')} a las 10:30.", f"Versión {version()} publicada.", "Recuerde que nunca le pediremos su contraseña."]))
    return produce(n, [lab], [dec], 0.35)

@text_format("pl", "Polish support tickets (dates 'ur. 3 maja 1980', '03.05.1980'; phone plan '601 234 567', '22 123 45 67', '+48 601 234 567'; PESEL with check digit; 'ul. Marszałkowska 84/92, 00-514 Warszawa')",
             "names with and without Pan/Pani context (incl. surnames that are nouns: Kowal, Wróbel, Zając), ur. DOBs, phones, emails, PESEL, IBAN PL, street addresses",
             "order numbers 'Zamówienie nr …', invoice numbers 'FV/2024/06/123', event dates, amounts '1 234,56 zł', opening hours")
def fmt_text_pl(n):
    def lab():
        p = lperson("PL", "pl"); tyt = "Pani" if p.female else "Pan"
        return mk("text-pl/ticket", ch([
            lambda: [f"{tyt} ", vname(p.full), ", ur. ", vdob(p.dob, "pl_long"), ", prosi o kontakt pod numerem ", vphone("PL", "nat"), "."],
            lambda: ["PESEL ", V("national_id", pesel(p), "pesel"), " – ", vname(p.rev), "."],
            lambda: ["Zmiana adresu: ", V("address", address("PL")[3]), " (klient ", vname(p.full), ")."],
            lambda: [f"Zgłoszenie {tnum()} od ", vemail(p), ": nie działa logowanie, tel. ", vphone("PL", "intl"), "."],
            lambda: ["Zwrot na rachunek ", viban("PL", "print"), " dla ", vname(p.full), "."],
            lambda: [vname(p.full), f" (ur. ", vdob(p.dob, "eu_dot"), ") odebrał przesyłkę."],
            lambda: ["Hasło tymczasowe: ", vpw(" "), "."]])())
    def dec():
        return mk("text-pl/notice", ch([f"Zamówienie nr {tnum()} zostało wysłane {evdate('eu_dot')}.", f"Faktura VAT FV/2024/06/{rint(1, 999)} na kwotę {money('pl')} zł.", f"Przerwa techniczna {evdate('eu_dot')} w godz. 2:00–4:00.",
                                        "Biuro obsługi klienta czynne pn.–pt. 8–16.", "Wróbel siedział na płocie.", f"Wersja {version()} została wdrożona."]))
    return produce(n, [lab], [dec], 0.35)

@text_format("it", "Italian support tickets (dates 'nato a Roma il 12/03/1985'; phone plan '347 123 4567', '06 6982 1234', '+39 347 1234567'; codice fiscale computed from name, birth date and comune with its check character; 'Via Roma 10, 00184 Roma')",
             "names with and without sig./sig.ra context, nato/a il DOBs, phones, emails, codice fiscale, IBAN IT, street addresses",
             "order numbers 'Ordine n. …', shipping/appointment dates, amounts '1.234,56 €', opening hours, versions")
def fmt_text_it(n):
    def lab():
        p = lperson("IT", "it"); s = "sig.ra" if p.female else "sig."
        return mk("text-it/ticket", ch([
            lambda: [f"Il {s} " if not p.female else f"La {s} ", vname(p.full), f", nat{'a' if p.female else 'o'} a {ch(['Roma', 'Milano', 'Napoli'])} il ", vdob(p.dob, "eu_slash"), ", chiede di essere richiamat" + ("a" if p.female else "o") + " al ", vphone("IT", "nat"), "."],
            lambda: ["Codice fiscale ", V("national_id", codice_fiscale(p), "cf"), " associato a ", vname(p.rev), "."],
            lambda: ["Nuovo indirizzo di consegna: ", V("address", address("IT")[3]), "."],
            lambda: [f"Ticket {tnum()} da ", vemail(p), ": cellulare ", vphone("IT", "intl"), " non riceve l'OTP."],
            lambda: ["Rimborso sull'IBAN ", viban("IT", "print"), " intestato a ", vname(p.full), "."],
            lambda: [vname(p.full), f" (nat{'a' if p.female else 'o'} il ", vdob(p.dob, "it_long"), ") ha annullato l'ordine."]])())
    def dec():
        return mk("text-it/notice", ch([f"Ordine n. {tnum()} spedito il {evdate('eu_slash')}.", f"Manutenzione programmata il {evdate('eu_slash')} dalle 2:00 alle 4:00.", f"Fattura n. {rint(1, 9999)}/2024 di {money('it')} €.",
                                        "Il servizio clienti è attivo dal lunedì al venerdì.", "Il gallo canta alle sei.", f"Versione {version()} rilasciata."]))
    return produce(n, [lab], [dec], 0.35)

@text_format("pt", "Brazilian and European Portuguese support tickets (dates 'nascido em 12/03/1985', '12 de março de 1985'; Anatel formats '(21) 91920-1728', '+55 11 98765-4321'; CPF with check digits; Portuguese NIF with check digit, '+351 912 345 678'; 'Rua Augusta, 1500 - São Paulo')",
             "names with and without Sr./Sra. context, nascido/a em DOBs, BR and PT phones, emails, CPF, NIF, IBAN PT/BR, street addresses",
             "order numbers, boleto due dates, amounts 'R$ 1.234,56', delivery dates, opening hours")
def fmt_text_pt(n):
    def lab():
        br = coin(0.6); p = lperson("BR" if br else "BR", "pt"); c = "BR" if br else "PT"
        return mk("text-pt/ticket", ch([
            lambda: [f"{'Sra.' if p.female else 'Sr.'} ", vname(p.full), f", nascid{'a' if p.female else 'o'} em ", vdob(p.dob, "eu_slash"), ", pede retorno no ", vphone(c, "nat"), "."],
            lambda: ["CPF ", V("national_id", cpf(), "cpf"), " cadastrado para ", vname(p.full), "."],
            lambda: ["NIF ", V("national_id", nif_pt(), "nifpt"), " de ", vname(p.full), ", telemóvel ", vphone("PT", "intl"), "."],
            lambda: ["Endereço de entrega: ", V("address", address(c)[3]), "."],
            lambda: [f"Chamado {tnum()} de ", vemail(p), f": não recebo o código no ", vphone(c, "intl"), "."],
            lambda: ["Reembolso para o IBAN ", viban(ch(["PT", "BR"]), "print"), " em nome de ", vname(p.full), "."],
            lambda: [vname(p.full), ", nascido em ", vdob(p.dob, "pt_long"), ", atualizou o cadastro."]])())
    def dec():
        return mk("text-pt/notice", ch([f"Pedido {tnum()} enviado em {evdate('eu_slash')}.", f"Boleto vence em {evdate('eu_slash')} no valor de R$ {money('pt')}.", f"Manutenção programada para {evdate('eu_slash')} às 02h.",
                                        "Atendimento de segunda a sexta, das 8h às 20h.", f"Versão {version()} publicada.", "Nunca pedimos sua senha por telefone."]))
    return produce(n, [lab], [dec], 0.35)

@text_format("nl", "Dutch support tickets (dates 'geboren op 12-03-1985', '12 maart 1985'; phone plan '06-12345678', '020-1234567', '+31 6 12345678'; BSN with 11-proof; 'Keizersgracht 123, 1015 CJ Amsterdam'; tussenvoegsels van der / de)",
             "names with and without meneer/mevrouw context (incl. tussenvoegsels and word surnames Visser, Bakker, de Groot), DOBs, phones, emails, BSN, IBAN NL, street addresses",
             "order numbers 'Bestelling …', maintenance/delivery dates, amounts '€ 1.234,56', opening hours, the words bakker/visser used as professions")
def fmt_text_nl(n):
    def lab():
        p = lperson("NL", "nl"); t = "mevrouw" if p.female else "meneer"
        return mk("text-nl/ticket", ch([
            lambda: [f"{t.capitalize()} ", vname(p.full), ", geboren op ", vdob(p.dob, "eu_dash"), ", wil teruggebeld worden op ", vphone("NL", "nat"), "."],
            lambda: ["BSN ", V("national_id", bsn(), "bsn"), " gekoppeld aan ", vname(p.full), "."],
            lambda: ["Nieuw afleveradres: ", V("address", address("NL")[3]), " (", vname(p.full), ")."],
            lambda: [f"Melding {tnum()} van ", vemail(p), ": geen sms ontvangen op ", vphone("NL", "intl"), "."],
            lambda: ["Terugbetaling naar ", viban("NL", "print"), " t.n.v. ", vname(p.full), "."],
            lambda: [f"Beste {t} ", vname(p.family), ", uw tijdelijke wachtwoord is ", vpw(" "), "."],
            lambda: [vname(p.full), " (", vdob(p.dob, "nl_long"), ") heeft de bestelling geannuleerd."]])())
    def dec():
        return mk("text-nl/notice", ch([f"Bestelling {tnum()} is op {evdate('eu_dash')} verzonden.", f"Onderhoud op {evdate('eu_dash')} tussen 02:00 en 04:00.", f"Factuur {rint(1, 99999)} van € {money('nl')}.",
                                        "De klantenservice is bereikbaar op werkdagen van 9 tot 17 uur.", "De bakker opent om 7 uur.", f"Versie {version()} is uitgerold."]))
    return produce(n, [lab], [dec], 0.35)

@text_format("tr", "Turkish support tickets (dates 'doğum tarihi 12.03.1985', '12 Mart 1985'; BTK formats '0532 123 45 67', '+90 532 123 45 67'; T.C. Kimlik No with both check digits; 'Atatürk Cad. No: 12 D: 3, 34710 Kadıköy/İstanbul')",
             "names with and without Sayın / Bey / Hanım context (incl. word surnames Demir, Kaya, Doğan), DOBs, phones, emails, TCKN, IBAN TR, street addresses",
             "order numbers, cargo dates, amounts '1.234,56 TL', opening hours, versions")
def fmt_text_tr(n):
    def lab():
        p = lperson("TR", "tr")
        return mk("text-tr/ticket", ch([
            lambda: ["Sayın ", vname(p.full), ", doğum tarihi ", vdob(p.dob, "eu_dot"), ", geri arama talep ediyor: ", vphone("TR", "nat"), "."],
            lambda: ["TC Kimlik No: ", V("national_id", tckn(), "tckn"), " – ", vname(p.full), "."],
            lambda: ["Teslimat adresi: ", V("address", address("TR")[3]), "."],
            lambda: [f"Talep {tnum()}: ", vemail(p), " adresinden şifre sıfırlama, cep ", vphone("TR", "intl"), "."],
            lambda: ["İade IBAN: ", viban("TR", "print"), " (", vname(p.full), ")."],
            lambda: [vname(p.given), f" {'Hanım' if p.female else 'Bey'} ", vdob(p.dob, "tr_long"), " doğumlu olduğunu belirtti."]])())
    def dec():
        return mk("text-tr/notice", ch([f"Siparişiniz {evdate('eu_dot')} tarihinde kargoya verildi (sipariş no {tnum()}).", f"Fatura tutarı {money('tr')} TL.", f"{evdate('eu_dot')} tarihinde 02:00-04:00 arası bakım yapılacaktır.",
                                        "Müşteri hizmetleri hafta içi 09:00-18:00 arası hizmet verir.", f"Sürüm {version()} yayınlandı.", "Demir fiyatları bu ay yükseldi."]))
    return produce(n, [lab], [dec], 0.35)

@text_format("vi", "Vietnamese support tickets (dates 'sinh ngày 12/03/1985', 'ngày 12 tháng 3 năm 1985'; VNTA mobile formats '0912 345 678', '+84 912 345 678'; 12-digit CCCD citizen id with province/century-sex/year structure; addresses 'Số 12 Phố Huế, Quận Hai Bà Trưng, Hà Nội')",
             "names in Vietnamese order (Họ Tên Đệm Tên) with and without anh/chị/ông/bà context, DOBs, phones, emails, CCCD numbers, street addresses",
             "order numbers, delivery dates, amounts '1.234.000 ₫', opening hours, versions")
def fmt_text_vi(n):
    def lab():
        p = lperson("VN", "vi"); t = ch(["chị", "bà"]) if p.female else ch(["anh", "ông"])
        return mk("text-vi/ticket", ch([
            lambda: ["Khách hàng ", vname(p.full), ", sinh ngày ", vdob(p.dob, "eu_slash"), ", số điện thoại ", vphone("VN", "nat"), "."],
            lambda: [f"Số CCCD ", V("national_id", cccd(p)), " của ", t, " ", vname(p.full), "."],
            lambda: ["Địa chỉ giao hàng: ", V("address", address("VN")[3]), "."],
            lambda: [f"Yêu cầu {tnum()} từ ", vemail(p), ": không nhận được mã OTP qua số ", vphone("VN", "intl"), "."],
            lambda: [t.capitalize(), " ", vname(p.full), " sinh ", vdob(p.dob, "vi"), " đã hủy đơn hàng."]])())
    def dec():
        return mk("text-vi/notice", ch([f"Đơn hàng {tnum()} đã được giao ngày {evdate('eu_slash')}.", f"Tổng tiền: {rint(100, 9999)}.000 ₫.", f"Bảo trì hệ thống vào ngày {evdate('eu_slash')} từ 2:00 đến 4:00.",
                                        "Tổng đài hỗ trợ từ 8:00 đến 22:00 hằng ngày.", f"Phiên bản {version()} đã được phát hành."]))
    return produce(n, [lab], [dec], 0.35)

@text_format("ja", "Japanese support tickets (dates '1985年3月12日', era dates '昭和60年3月12日'; MIC phone formats '090-1234-5678', '03-1234-5678', '+81 90-1234-5678'; My Number with check digit; addresses '〒154-0015 東京都世田谷区桜新町2-14-7'; names in kanji with 様/さん and in romaji 'YAMADA Taro')",
             "kanji names with and without 様/さん, romaji names, 生年月日 DOBs (Gregorian and era), phones, emails, My Number, addresses",
             "ご注文番号, shipping and maintenance dates '2024年6月11日', amounts '¥12,345', business hours, versions")
def fmt_text_ja(n):
    def lab():
        p = P("JP")
        return mk("text-ja/ticket", ch([
            lambda: [vname(p.kanji), "様（生年月日：", vdob(p.dob, "ja"), "）の電話番号は", vphone("JP", "nat"), "です。"],
            lambda: ["お客様 ", vname(p.kanji), " さんから、", vphone("JP", "intl"), " へ折り返しのご依頼がありました。"],
            lambda: ["マイナンバー：", V("national_id", mynumber(), "mynumber"), "（", vname(p.family_kanji + p.given_kanji), "）"],
            lambda: ["住所：", V("address", address("JP")[3]), "　", vname(p.kanji), "様"],
            lambda: ["問い合わせ番号", tnum(), "：", vemail(p), " よりパスワード再設定の依頼。"],
            lambda: ["Customer ", vname(f"{p.family.upper()} {p.given}"), " (DOB ", vdob(p.dob, "iso"), ") called from ", vphone("JP", "nat"), "."],
            lambda: [vname(p.kanji), "様 ", vdob(p.dob, "ja_era"), "生まれ、会員登録済み。"]])())
    def dec():
        return mk("text-ja/notice", ch([f"ご注文番号 {tnum()} は{evdate('ja')}に発送されました。", f"メンテナンスは{evdate('ja')} 2:00〜4:00に実施します。", f"お支払い金額：¥{rint(100, 99999):,}",
                                        "営業時間は平日9:00〜18:00です。", f"バージョン{version()}をリリースしました。", "パスワードは電話でお伺いすることはありません。"]))
    return produce(n, [lab], [dec], 0.35)

# ==============================================================================================
# Build, self-test, write
# ==============================================================================================
KINDS = {"email", "phone", "credit_card", "iban", "bank_account", "ipv4", "ipv6", "mac_address", "us_ssn", "national_id",
         "date_of_birth", "person", "username", "user_id", "password", "secret", "jwt", "address", "url_credentials"}
JSON_FORMATS = {"fhir/patient", "fhir/bundle", "fhir/observation", "fhir/operationoutcome", "fhir/metadata", "k8saudit", "cloudtrail", "gcpaudit",
                "mongodb", "stripe", "adyen", "serilog/clef", "graphql/json", "esslowlog/json", "springenv/actuator"}

def build():
    lines = []
    for f in FORMATS:
        R.seed(f"{SEED}/{f['name']}")
        n = rint(*f["n"])
        got = f["fn"](n)
        for l in got:
            assert l["tpl"].split("/")[0] == f["name"], (l["tpl"], f["name"])
        lines.extend(got)
    return lines

def selftest(lines):
    import ipaddress
    errs = []
    for i, l in enumerate(lines):
        s = l["line"]
        if "\n" in s or "\r" in s: errs.append((i, "newline in line"))
        prev = 0
        for sp, (txt, chk) in zip(l["spans"], l["_vals"]):
            a, b, k = sp["start"], sp["end"], sp["kind"]
            if k not in KINDS: errs.append((i, f"bad kind {k}"))
            if not (0 <= a < b <= len(s)): errs.append((i, f"bad offsets {a},{b}")); continue
            if a < prev: errs.append((i, f"overlap/unsorted at {a}"))
            prev = b
            if s[a:b] != txt: errs.append((i, f"span text {s[a:b]!r} != value {txt!r}"))
            if txt != txt.strip(): errs.append((i, f"span with surrounding whitespace {txt!r}"))
            if chk and not CHECKS[chk](txt): errs.append((i, f"check {chk} failed for {txt!r}"))
            if k == "ipv4":
                try: ipaddress.IPv4Address(txt)
                except ValueError: errs.append((i, f"bad ipv4 {txt!r}"))
            if k == "ipv6":
                try: ipaddress.IPv6Address(txt)
                except ValueError: errs.append((i, f"bad ipv6 {txt!r}"))
            if k == "email" and "@" not in txt and "%40" not in txt.upper() and l["tpl"] != "pyrepr/pydantic": errs.append((i, f"email without @ {txt!r}"))
            if k == "jwt" and not jwt_ok(txt): errs.append((i, f"jwt does not decode {txt!r}"))
            if k == "credit_card" and not luhn_ok(txt): errs.append((i, f"card fails Luhn {txt!r}"))
            if k == "iban" and not iban_ok(txt): errs.append((i, f"iban fails mod 97 {txt!r}"))
        if l["tpl"] in JSON_FORMATS or l["tpl"].split("/")[0] in JSON_FORMATS:
            k = s.find("{")
            if k == 0 or (k > 1 and s[k - 2:k] == ": " and s.rstrip().endswith("}")):
                try: json.loads(s[k:])
                except ValueError as e: errs.append((i, f"not JSON ({e}): {s[:120]}"))
    return errs

def stats(lines):
    per = collections.OrderedDict()
    for l in lines:
        f = l["tpl"].split("/")[0]
        d = per.setdefault(f, [0, 0, 0]); d[0] += 1; d[1] += (not l["spans"]); d[2] += len(l["spans"])
    return per

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "formats.jsonl")
    args = sys.argv[1:]
    if "--out" in args: out = args[args.index("--out") + 1]
    lines = build()
    errs = selftest(lines)
    per = stats(lines)
    nd = sum(v[1] for v in per.values())
    for f, (a, d, s) in per.items():
        print(f"{f:<14} lines={a:<4} decoys={d:<4} ({d / a:.0%}) values={s}")
    print(f"formats={len(per)} lines={len(lines)} decoys={nd} ({nd / len(lines):.1%}) values={sum(v[2] for v in per.values())}")
    if errs:
        for e in errs[:40]: print("SELFTEST", e)
        print(f"self-test FAILED: {len(errs)} problems"); sys.exit(1)
    print("self-test ok")
    if "--formats-md" in args:
        for f in FORMATS:
            cell = lambda t: t.replace("|", "\\|")
            print(f"| `{f['name']}` | {cell(f['spec'])} | {cell(f['labeled'])} | {cell(f['decoys'])} |")
    if "--check" in args: return
    with open(out, "w", encoding="utf-8") as fh:
        for l in lines:
            fh.write(json.dumps({"line": l["line"], "spans": l["spans"], "tpl": l["tpl"]}, ensure_ascii=False) + "\n")
    print("wrote", out)

if __name__ == "__main__":
    main()
