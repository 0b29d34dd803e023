#!/usr/bin/env python3
"""Deterministic generator of corpus B: labeled PII-in-logs lines in log formats that corpus A (gen_formats.py) does
not cover, written blind (from each format's public specification / vendor documentation, without looking at the
engine).  Python 3 stdlib only, fixed seed, no network, self-contained (helper ideas copied from gen_formats.py).

Output: formats-b.jsonl beside this file, one JSON object a line:
    {"line": str, "spans": [{"start", "end", "kind"}], "tpl": "format/variant"}
offsets in Unicode code points, spans sorted and non-overlapping.  Lines without spans are decoys.
Labeling conventions: those of FORMATS.md ("Labeling conventions"), plus the ones listed in FORMATS-B.md.

usage: gen_formats_b.py [--out PATH] [--check] [--formats-md]
    --check       build and self-test, print stats, write nothing
    --formats-md  also print the format table rows for FORMATS-B.md
"""
import base64, collections, datetime, json, os, random, re, string, sys, unicodedata, urllib.parse

SEED = 20241105
R = random.Random(SEED)

# ----------------------------------------------------------------------------------------------
# Line builder.  A line is a sequence of parts: str (plain), V (labeled value), list/tuple of parts, or None.
# Offsets are computed here, so they cannot drift.
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

IPV4_RE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d]|\.\d)")

def mk(tpl, *parts):
    buf, spans, pos, checks = [], [], 0, []
    for p in _flat(parts, []):
        if isinstance(p, V):
            if p.kind is None or p.text == "":
                buf.append(p.text); pos += len(p.text); continue
            spans.append({"start": pos, "end": pos + len(p.text), "kind": p.kind})
            checks.append((p.text, p.chk))
        buf.append(p.text if isinstance(p, V) else p)
        pos += len(p.text if isinstance(p, V) else p)
    line = "".join(buf)
    # Convention (FORMATS.md): every IPv4 address is labeled, except loopback / unspecified ones and addresses inside
    # product versions.  Addresses written as plain text by a template are labeled here.
    for m in IPV4_RE.finditer(line):
        a, b = m.span()
        if m.group(0).startswith(("127.", "0.")) or any(sp["start"] < b and a < sp["end"] for sp in spans):
            continue
        if a and (line[a - 1] == "/" or line[a - 1].isalpha()):
            continue
        if line[max(0, a - 4):a] == "oid:":  # urn:oid:2.5.4.42 is an OID, not an address
            continue
        if all(0 <= int(x) <= 255 for x in m.group(0).split(".")):
            spans.append({"start": a, "end": b, "kind": "ipv4"}); checks.append((m.group(0), None))
    order = sorted(range(len(spans)), key=lambda i: spans[i]["start"])
    d = {"line": line, "spans": [spans[i] for i in order], "tpl": tpl}
    d["_vals"] = [checks[i] for i in order]
    return d

def plain(x):
    return x.text if isinstance(x, V) else x

def jesc(s): return json.dumps(s, ensure_ascii=False)[1:-1]
def jesc2(s): return jesc(jesc(s))
def xesc(s): return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
def xattr(s): return xesc(s).replace('"', "&quot;")

def esc_parts(parts, f):
    out = []
    for p in _flat(parts, []):
        out.append(p.map(f) if isinstance(p, V) else f(p))
    return out

class S(list):
    """A composite JSON string value: its parts are escaped and wrapped in quotes."""
class Raw:
    def __init__(self, *parts): self.parts = parts
class VN(V):
    """A labeled value rendered unquoted in JSON (numbers)."""

def J(obj, sep=(",", ":"), esc=jesc, indent=None):
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
UPPER_DIG = string.ascii_uppercase + string.digits
LOWER_DIG = string.ascii_lowercase + string.digits

# ----------------------------------------------------------------------------------------------
# People.  Own lists (different from corpus A's), incl. names that are ordinary words in English (Dawn, Amber, Cash,
# Bishop, Frost, Snow, Banks, Bond, Church, Marsh, Joy, April, Penny, Sterling) and in other languages (Lind, Berg,
# Holm, Björk; Novák, Černý, Král, Kovář, Zima; Мороз, Соловей; Putri, Cahaya).  Native scripts for RU/CN/KR/JP/IN.
# ----------------------------------------------------------------------------------------------
NAMES = {
    "US": (["Dawn", "Amber", "Cash", "Joy", "April", "Penny", "Tyler", "Brooke", "Jordan", "Madison", "Logan", "Savannah",
            "Wyatt", "Paisley", "Destiny", "Ryder", "Skye", "River"],
           ["Bishop", "Frost", "Snow", "Banks", "Bond", "Church", "Marsh", "Sterling", "Rich", "Moody", "Powell", "Ramirez",
            "Washington", "Nguyen", "Patterson", "Hayes", "Goodman", "Summers", "Lowe", "Knight"]),
    "GB": (["Alfie", "Freya", "Archie", "Matilda", "Theo", "Evie", "Rory", "Imogen", "Harvey", "Phoebe"],
           ["Ashworth", "Pemberton", "Whitehead", "Barnes", "Sharp", "Gardner", "Fletcher", "Turner", "Nash", "Fisher", "O'Neill"]),
    "AU": (["Lachlan", "Matilda", "Jarrah", "Indi", "Banjo"], ["Kelly", "Mitchell", "Murray", "Tan", "Nguyen"]),
    "DE": (["Dieter", "Ursula", "Torben", "Wiebke", "Hannelore", "Friedrich", "Jana", "Mats", "Frauke", "Kai"],
           ["Schulze", "Neumann", "Schwarz", "Krause", "Lehmann", "Böhm", "Kühn", "Jäger", "Haas", "Graf", "Vogt", "Sauer"]),
    "AT": (["Florian", "Theresa", "Valentin", "Magdalena"], ["Gruber", "Huber", "Wallner", "Pichler", "Steiner"]),
    "FR": (["Clément", "Margaux", "Étienne", "Solène", "Rémi", "Inès", "Baptiste", "Maëlys", "Noémie", "Timothée"],
           ["Lambert", "Bonnet", "Faure", "Rousseau", "Perrin", "Marchand", "Gauthier", "Lacroix", "Brun", "Roy"]),
    "ES": (["Íñigo", "Ainhoa", "Joaquín", "Rocío", "Marta", "Andrés", "Leire", "Óscar"],
           ["Romero", "Navarro", "Torres", "Domínguez", "Vázquez", "Iglesias", "Ortega", "Castillo", "Ruiz"]),
    "MX": (["Guadalupe", "Alejandro", "Ximena", "Santiago", "Itzel", "Emiliano"],
           ["Hernández", "Rodríguez", "Flores", "Morales", "Cruz", "Reyes", "Mendoza"]),
    "IT": (["Gianluca", "Beatrice", "Tommaso", "Ginevra", "Riccardo", "Aurora", "Salvatore", "Benedetta"],
           ["Galli", "Costa", "Fontana", "Mancini", "Rinaldi", "Barbieri", "Lombardi", "Moretti", "D'Amico"]),
    "BR": (["Gustavo", "Larissa", "Felipe", "Camila", "Murilo", "Yasmin", "Heitor", "Lívia"],
           ["Ferreira", "Rodrigues", "Almeida", "Nascimento", "Lima", "Ribeiro", "Barbosa", "Cardoso"]),
    "NL": (["Thijs", "Iris", "Ruben", "Noor", "Jesse", "Lotte", "Koen", "Roos"],
           ["van Leeuwen", "de Wit", "Dekker", "Brouwer", "van der Heijden", "Vermeulen", "Willems", "Kok"]),
    "PL": (["Kacper", "Wiktoria", "Szymon", "Julia", "Jakub", "Natalia", "Mateusz", "Oliwia"],
           ["Kamińska", "Lewandowska", "Jankowski", "Wójtowicz", "Kaczmarek", "Pawlak", "Michalski", "Sikorska"]),
    "CZ": (["Jiří", "Tereza", "Vojtěch", "Kateřina", "Ondřej", "Lucie", "Tomáš", "Markéta", "Petr", "Eliška"],
           ["Novák", "Černý", "Král", "Kovář", "Dvořák", "Procházka", "Zima", "Svoboda", "Veselý", "Horák"]),
    "SE": (["Linnea", "Oskar", "Elsa", "Hugo", "Maja", "Axel", "Ebba", "Nils", "Saga", "Viggo"],
           ["Lind", "Berg", "Holm", "Björk", "Andersson", "Lundqvist", "Sjöberg", "Ek", "Nyberg", "Wallin"]),
    "NO": (["Eirik", "Ingeborg", "Sindre", "Tuva"], ["Hansen", "Johansen", "Haugen", "Dahl", "Strand"]),
    "FI": (["Aino", "Eero", "Veera", "Juho"], ["Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Järvinen"]),
    "TR": (["Kerem", "Defne", "Arda", "Ecem", "Umut", "Irmak"], ["Koç", "Kurt", "Özkan", "Polat", "Erdoğan", "Güneş"]),
    "GR": (["Yannis", "Sofia", "Christos", "Athina"], ["Papadakis", "Vlachos", "Karagiannis", "Antonopoulos"]),
    "NG": (["Chidi", "Amaka", "Tunde", "Yetunde", "Ifeanyi"], ["Nwosu", "Afolabi", "Obi", "Adebayo", "Eze"]),
    "KE": (["Wanjiru", "Otieno", "Achieng", "Kamau"], ["Mwangi", "Odhiambo", "Kiprop", "Njoroge"]),
    "ZA": (["Thabo", "Lerato", "Sipho", "Naledi"], ["Nkosi", "Dlamini", "van Wyk", "Botha", "Mokoena"]),
    "EG": (["Ahmed", "Nour", "Mostafa", "Salma"], ["Abdelrahman", "Fathy", "Mansour", "El-Sayed"]),
    "PH": (["Jose Miguel", "Maria Clara", "Paolo", "Andrea"], ["dela Cruz", "Santos", "Reyes", "Bautista", "Villanueva"]),
    "ID": (["Budi", "Siti", "Agus", "Putri", "Dewi", "Rizky", "Indah", "Cahaya"], ["Santoso", "Wijaya", "Rahayu", "Hidayat", "Saputra", "Kusuma", "Pratama"]),
    "TH": (["Somchai", "Ploy", "Anong"], ["Wongsakul", "Chaiyaporn", "Srisai"]),
}
# native-script lists: (given_native, family_native, given_latin, family_latin, female)
RU_NAMES = [("Алексей", "Смирнов", "Aleksei", "Smirnov", 0), ("Екатерина", "Иванова", "Ekaterina", "Ivanova", 1),
            ("Дмитрий", "Кузнецов", "Dmitrii", "Kuznetsov", 0), ("Ольга", "Попова", "Olga", "Popova", 1),
            ("Сергей", "Мороз", "Sergei", "Moroz", 0), ("Наталья", "Соловей", "Natalia", "Solovei", 1),
            ("Михаил", "Волков", "Mikhail", "Volkov", 0), ("Анастасия", "Лебедева", "Anastasiia", "Lebedeva", 1),
            ("Игорь", "Орлов", "Igor", "Orlov", 0), ("Татьяна", "Зайцева", "Tatiana", "Zaitseva", 1)]
RU_PATRONYMIC = {0: ["Иванович", "Петрович", "Сергеевич", "Александрович"], 1: ["Ивановна", "Петровна", "Сергеевна", "Александровна"]}
CN_NAMES = [("伟", "王", "Wei", "Wang", 0), ("娜", "李", "Na", "Li", 1), ("敏", "张", "Min", "Zhang", 1), ("强", "刘", "Qiang", "Liu", 0),
            ("静", "陈", "Jing", "Chen", 1), ("磊", "杨", "Lei", "Yang", 0), ("秀英", "黄", "Xiuying", "Huang", 1),
            ("建华", "高", "Jianhua", "Gao", 0), ("晓明", "方", "Xiaoming", "Fang", 0), ("丽", "周", "Li", "Zhou", 1)]
KR_NAMES = [("민준", "김", "Min-jun", "Kim", 0), ("서연", "이", "Seo-yeon", "Lee", 1), ("지훈", "박", "Ji-hoon", "Park", 0),
            ("수빈", "최", "Su-bin", "Choi", 1), ("현우", "정", "Hyun-woo", "Jung", 0), ("지민", "강", "Ji-min", "Kang", 1),
            ("예준", "조", "Ye-jun", "Cho", 0), ("하은", "윤", "Ha-eun", "Yoon", 1)]
JP_NAMES = [("翔太", "山本", "Shota", "Yamamoto", 0), ("愛", "中島", "Ai", "Nakajima", 1), ("蓮", "松本", "Ren", "Matsumoto", 0),
            ("結衣", "井上", "Yui", "Inoue", 1), ("大和", "木村", "Yamato", "Kimura", 0), ("陽菜", "林", "Hina", "Hayashi", 1)]
IN_NAMES = [("राहुल", "शर्मा", "Rahul", "Sharma", 0), ("प्रिया", "वर्मा", "Priya", "Verma", 1), ("अमित", "कुमार", "Amit", "Kumar", 0),
            ("सुनीता", "यादव", "Sunita", "Yadav", 1), ("विकास", "गुप्ता", "Vikas", "Gupta", 0), ("पूजा", "सिंह", "Pooja", "Singh", 1),
            ("अनिल", "मिश्रा", "Anil", "Mishra", 0), ("नेहा", "जोशी", "Neha", "Joshi", 1), ("संजय", "पटेल", "Sanjay", "Patel", 0)]
NATIVE = {"RU": RU_NAMES, "CN": CN_NAMES, "KR": KR_NAMES, "JP": JP_NAMES, "IN": IN_NAMES}
FEMALE = {"Dawn", "Amber", "Joy", "April", "Penny", "Brooke", "Madison", "Savannah", "Paisley", "Destiny", "Skye", "Freya",
          "Matilda", "Evie", "Imogen", "Phoebe", "Indi", "Ursula", "Wiebke", "Hannelore", "Jana", "Frauke", "Theresa", "Magdalena",
          "Margaux", "Solène", "Inès", "Maëlys", "Noémie", "Ainhoa", "Rocío", "Marta", "Leire", "Guadalupe", "Ximena", "Itzel",
          "Beatrice", "Ginevra", "Aurora", "Benedetta", "Larissa", "Camila", "Yasmin", "Lívia", "Iris", "Noor", "Lotte", "Roos",
          "Wiktoria", "Julia", "Natalia", "Oliwia", "Tereza", "Kateřina", "Lucie", "Markéta", "Eliška", "Linnea", "Elsa", "Maja",
          "Ebba", "Saga", "Ingeborg", "Tuva", "Aino", "Veera", "Defne", "Ecem", "Irmak", "Sofia", "Athina", "Amaka", "Yetunde",
          "Wanjiru", "Achieng", "Lerato", "Naledi", "Nour", "Salma", "Maria Clara", "Andrea", "Siti", "Putri", "Dewi", "Indah",
          "Cahaya", "Ploy", "Anong"}

FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "đ": "d", "Đ": "D", "ı": "i", "æ": "ae", "'": ""})
def ascii_fold(s):
    s = s.translate(FOLD)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))

def rdate(y0, y1):
    d0 = datetime.date(y0, 1, 1).toordinal(); d1 = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(rint(d0, d1))

class Person:
    def __init__(self, country=None):
        if country is None:
            country = ch(list(NAMES) + ["RU", "CN", "KR", "JP", "IN", "US", "GB", "DE"])
        self.country = country
        self.native_given = self.native_family = None
        if country in NATIVE:
            gn, fn, gl, fl, fem = ch(NATIVE[country])
            self.native_given, self.native_family, self.given, self.family, self.female = gn, fn, gl, fl, bool(fem)
        else:
            gs, fs = NAMES[country]
            self.given, self.family = ch(gs), ch(fs)
            self.female = self.given in FEMALE
            if country == "CZ" and self.female and not self.family.endswith("á"):
                self.family = {"Novák": "Nováková", "Černý": "Černá", "Král": "Králová", "Kovář": "Kovářová", "Dvořák": "Dvořáková",
                               "Procházka": "Procházková", "Zima": "Zimová", "Svoboda": "Svobodová", "Veselý": "Veselá", "Horák": "Horáková"}[self.family]
            if country == "PL" and not self.female and self.family.endswith("ska"):
                self.family = self.family[:-1] + "i"
            if country == "PL" and self.female and self.family.endswith("ski"):
                self.family = self.family[:-1] + "a"
        self.middle = ch(["R.", "K.", "Lee", "Marie", None, None, None]) if country in ("US", "GB", "AU") else None
        self.patronymic = ch(RU_PATRONYMIC[int(self.female)]) if country == "RU" else None
        self.dob = rdate(1942, 2006)
        self.sex = "F" if self.female else "M"

    @property
    def full(self):
        if self.country in ("CN", "KR", "VN"): return f"{self.family} {self.given}"
        return f"{self.given} {self.family}"
    @property
    def rev(self): return f"{self.family}, {self.given}"
    @property
    def native(self):
        if self.country in ("CN", "JP", "KR"): return f"{self.native_family}{self.native_given}" if self.country != "JP" else f"{self.native_family} {self.native_given}"
        if self.country in ("RU", "IN"): return f"{self.native_given} {self.native_family}"
        return self.full
    def any_name(self):
        opts = [(self.full, 6), (self.rev, 2), (self.full.upper(), 1), (f"{self.given[0]}. {self.family}", 1)]
        if self.middle: opts.append((f"{self.given} {self.middle} {self.family}", 1))
        return chw(opts)
    @property
    def gascii(self): return ascii_fold(self.given).lower().replace(" ", "").replace("-", "")
    @property
    def fascii(self): return ascii_fold(self.family).lower().replace(" ", "").replace("-", "")
    def username(self):
        """The person's login (memoized: one person, one login)."""
        if getattr(self, "_login", None): return self._login
        g, f = self.gascii, self.fascii
        self._login = chw([(f"{g[0]}{f}", 3), (f"{g}.{f}", 3), (f"{g}{rint(1, 99)}", 1), (f"{g}_{f[0]}", 1), (f"{f}{g[0]}", 1),
                    (f"{g}-{f}", 1), (f"{g}{f}", 1)])
        return self._login
    def email(self, domain=None):
        """The person's mailbox at a domain (memoized per domain: one person, one address there)."""
        memo = self.__dict__.setdefault("_mail", {})
        if domain in memo: return memo[domain]
        g, f = self.gascii, self.fascii
        opts = [(f"{g}.{f}", 5), (f"{g[0]}{f}", 2), (f"{g}{rint(1, 99)}", 1), (f"{g}_{f}", 1), (f"{f}.{g}", 1), (f"{g[0]}.{f}{rint(70, 99)}", 1)]
        if domain is None: opts.append((f"{g}.{f}+{ch(['orders', 'news', 'bank'])}", 1))  # sub-addressing on private mailboxes only
        local = chw(opts)
        memo[domain] = f"{local}@{domain or email_domain(self.country)}"
        return memo[domain]

DOMAINS = {"US": ["gmail.com", "outlook.com", "aol.com", "example.com"], "GB": ["gmail.com", "hotmail.co.uk", "example.co.uk"],
           "DE": ["gmx.net", "posteo.de", "example.de"], "AT": ["gmx.at", "aon.at"], "FR": ["sfr.fr", "wanadoo.fr", "example.fr"],
           "ES": ["hotmail.es", "yahoo.es"], "IT": ["alice.it", "tiscali.it"], "BR": ["terra.com.br", "gmail.com"],
           "NL": ["xs4all.nl", "planet.nl"], "PL": ["o2.pl", "gazeta.pl"], "CZ": ["seznam.cz", "email.cz", "centrum.cz"],
           "SE": ["telia.com", "bredband.net", "gmail.com"], "RU": ["yandex.ru", "mail.ru", "rambler.ru"], "CN": ["qq.com", "126.com", "sina.com"],
           "KR": ["naver.com", "kakao.com", "hanmail.net"], "JP": ["yahoo.co.jp", "ezweb.ne.jp"], "IN": ["rediffmail.com", "gmail.com", "yahoo.co.in"],
           "ID": ["yahoo.co.id", "gmail.com"], "MX": ["prodigy.net.mx", "hotmail.com"], "TR": ["yandex.com.tr", "gmail.com"]}
def email_domain(c): return ch(DOMAINS.get(c, ["gmail.com", "example.org", "mail.example.net", "proton.me", "fastmail.com"]))

MONTHS = {"en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
          "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
          "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
          "cs": ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince"],
          "id": ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"],
          "hi": ["जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"]}

def fdate(d, style):
    y, m, dd = d.year, d.month, d.day
    return {
        "iso": f"{y:04d}-{m:02d}-{dd:02d}", "us": f"{m:02d}/{dd:02d}/{y:04d}", "us_short": f"{m}/{dd}/{y}",
        "eu_slash": f"{dd:02d}/{m:02d}/{y:04d}", "eu_dot": f"{dd:02d}.{m:02d}.{y:04d}", "eu_dash": f"{dd:02d}-{m:02d}-{y:04d}",
        "compact": f"{y:04d}{m:02d}{dd:02d}", "en_long": f"{dd} {MONTHS['en'][m-1]} {y}", "en_us_long": f"{MONTHS['en'][m-1]} {dd}, {y}",
        "dot_ymd": f"{y}.{m:02d}.{dd:02d}", "ru_long": f"{dd} {MONTHS['ru'][m-1]} {y} г.", "sv_long": f"{dd} {MONTHS['sv'][m-1]} {y}",
        "cs_long": f"{dd}. {MONTHS['cs'][m-1]} {y}", "cs_dot": f"{dd}. {m}. {y}", "id_long": f"{dd} {MONTHS['id'][m-1]} {y}",
        "hi_long": f"{dd} {MONTHS['hi'][m-1]} {y}", "zh": f"{y}年{m}月{dd}日", "ko": f"{y}년 {m}월 {dd}일", "ko_dot": f"{y}. {m}. {dd}.",
        "yymmdd": f"{y % 100:02d}{m:02d}{dd:02d}", "mt": f"{y:04d}{m:02d}{dd:02d}",
    }[style]

# ----------------------------------------------------------------------------------------------
# Check-digit algorithms (from their official definitions) and validators
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
def luhn_ok(num, minlen=12):
    n = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, d in enumerate(reversed(n)):
        if i % 2 == 1:
            d *= 2
            if d > 9: d -= 9
        s += d
    return s % 10 == 0 and len(n) >= minlen

CARD_NETS = [("visa", ["4"], 16), ("mastercard", ["51", "53", "55", "2221", "2720", "2637"], 16), ("amex", ["34", "37"], 15),
             ("discover", ["6011", "65"], 16), ("jcb", ["3530", "3589"], 16), ("unionpay", ["62"], 16), ("mir", ["2200", "2204"], 16),
             ("rupay", ["6521", "6522", "508"], 16), ("elo", ["636368", "504175"], 16), ("diners", ["36"], 14)]
def card(net=None, fmt=None):
    name, prefixes, n = ch(CARD_NETS) if net is None else next(c for c in CARD_NETS if c[0] == net)
    body = ch(prefixes); body += rdigits(n - 1 - len(body)); num = body + luhn_digit(body)
    fmt = fmt or chw([("plain", 4), ("space", 3), ("dash", 1)])
    if fmt == "plain": return num
    sep = " " if fmt == "space" else "-"
    if n in (14, 15): return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i:i + 4] for i in range(0, n, 4))
def vcard(net=None, fmt=None): return V("credit_card", card(net, fmt), "luhn")

def mod97(s): return int("".join(str(int(c, 36)) for c in s)) % 97
def _es_dc(digits):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]; s = sum(int(d) * w[i] for i, d in enumerate(digits)); d = 11 - s % 11
    return 0 if d == 11 else (1 if d == 10 else d)
def nl_account():
    while True:
        d = rdigits(10)
        if d[0] != "0" and sum(int(c) * (10 - i) for i, c in enumerate(d)) % 11 == 0: return d
CZ_W_ACC = [6, 3, 7, 9, 10, 5, 8, 4, 2, 1]
CZ_W_PRE = [10, 5, 8, 4, 2, 1]
def cz_account():
    """(prefix, number, bank): Czech domestic account, both parts pass the CNB mod-11 weights."""
    while True:
        num = rdigits(10)
        if int(num) and sum(int(c) * CZ_W_ACC[i] for i, c in enumerate(num)) % 11 == 0: break
    pre = ""
    if coin(0.35):
        while True:
            p = f"{rint(1, 999999):06d}"
            if sum(int(c) * CZ_W_PRE[i] for i, c in enumerate(p)) % 11 == 0: pre = p.lstrip("0"); break
    return pre, num.lstrip("0") or "0", ch(["0100", "0300", "0800", "2010", "0600", "5500", "3030"])
def cz_account_ok(s):
    a, bank = s.split("/")
    pre, num = (a.split("-") if "-" in a else ("", a))
    n = num.zfill(10); p = pre.zfill(6)
    return len(bank) == 4 and sum(int(c) * CZ_W_ACC[i] for i, c in enumerate(n)) % 11 == 0 and sum(int(c) * CZ_W_PRE[i] for i, c in enumerate(p)) % 11 == 0
def bban(cc):
    if cc == "DE": return rdigits(8) + rdigits(10)
    if cc == "GB": return ch(["NWBK", "BARC", "LOYD", "HBUK"]) + rdigits(6) + rdigits(8)
    if cc == "FR":
        b, g, a = rdigits(5), rdigits(5), rdigits(11)
        return b + g + a + f"{97 - (89 * int(b) + 15 * int(g) + 3 * int(a)) % 97:02d}"
    if cc == "ES":
        b, s, a = rdigits(4), rdigits(4), rdigits(10)
        return b + s + f"{_es_dc('00' + b + s)}{_es_dc(a)}" + a
    if cc == "NL": return ch(["ABNA", "RABO", "INGB", "KNAB"]) + nl_account()
    if cc == "AT": return rdigits(5) + rdigits(11)
    if cc == "CH": return rdigits(5) + rdigits(12)
    if cc == "IT": return ch(string.ascii_uppercase) + rdigits(10) + rdigits(12)
    if cc == "PL": return rdigits(8) + rdigits(16)
    if cc == "SE": return ch(["500", "800", "600", "300", "120"]) + rdigits(17)
    if cc == "CZ":
        pre, num, bank = cz_account(); return bank + pre.zfill(6) + num.zfill(10)
    if cc == "BE":
        f = rdigits(10); c = int(f) % 97; return f + f"{c if c else 97:02d}"
    if cc == "DK": return rdigits(4) + rdigits(10)
    if cc == "NO":
        return rdigits(11)
    if cc == "FI": return rdigits(14)
    raise ValueError(cc)
IBAN_LEN = {"DE": 22, "GB": 22, "FR": 27, "ES": 24, "NL": 18, "AT": 20, "CH": 21, "IT": 27, "PL": 28, "SE": 24, "CZ": 24,
            "BE": 16, "DK": 18, "NO": 15, "FI": 18}
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
        d = [int(c) for c in f"{ch([1, 2, 3, 4, 6, 7, 9, 11, 12, 21, 26, 31]):02d}" + rdigits(6)]
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
def nino():
    while True:
        a, b = ch(string.ascii_uppercase), ch(string.ascii_uppercase)
        if a in NINO_BAD1 or b in NINO_BAD2 or a + b in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"): continue
        break
    d = rdigits(6); s = ch("ABCD")
    return chw([(f"{a}{b}{d}{s}", 1), (f"{a}{b} {d[:2]} {d[2:4]} {d[4:]} {s}", 1)])
def nino_ok(s):
    s = s.replace(" ", "")
    return len(s) == 9 and s[0] not in NINO_BAD1 and s[1] not in NINO_BAD2 and s[2:8].isdigit() and s[8] in "ABCD"

def nhs_number(fmt=None):
    while True:
        b = str(rint(4, 6)) + rdigits(8)
        c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(b)) % 11
        if c == 10: continue
        s = b + str(0 if c == 11 else c); break
    return f"{s[:3]} {s[3:6]} {s[6:]}" if (fmt or ch(["space", "plain"])) == "space" else s
def nhs_ok(s):
    s = s.replace(" ", "")
    if len(s) != 10: return False
    c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(s[:9])) % 11
    return c != 10 and int(s[9]) == (0 if c == 11 else c)

def steuer_id_check(d10):
    product = 10
    for c in d10:
        s = (int(c) + product) % 10
        if s == 0: s = 10
        product = (s * 2) % 11
    c = 11 - product
    return "0" if c == 10 else str(c)
def steuer_id():
    while True:
        digits = R.sample(range(10), 9); dup = ch(digits); ds = digits + [dup]; R.shuffle(ds)
        if ds[0] != 0: break
    body = "".join(map(str, ds)); return body + steuer_id_check(body)
def steuer_id_ok(s):
    s = s.replace(" ", "")
    if len(s) != 11 or s[0] == "0": return False
    return max(collections.Counter(s[:10]).values()) in (2, 3) and steuer_id_check(s[:10]) == s[10]

def nir(p):
    sex = "2" if p.female else "1"; d = p.dob
    dept = ch(["75", "13", "69", "31", "59", "44", "67", "2A"])
    s13 = f"{sex}{d.year % 100:02d}{d.month:02d}{dept}{rint(1, 899):03d}{rint(1, 999):03d}"
    key = 97 - int(s13.replace("2A", "19").replace("2B", "18")) % 97
    return s13 + f"{key:02d}"
def nir_ok(s):
    s = s.replace(" ", "")
    return len(s) == 15 and 97 - int(s[:13].replace("2A", "19").replace("2B", "18")) % 97 == int(s[13:])

DNI_L = "TRWAGMYFPDXBNJZSQVHLCKE"
def dni(): n = rint(10000000, 99999999); return f"{n}{DNI_L[n % 23]}"
def nie():
    p = ch("XYZ"); n = rdigits(7); return f"{p}{n}{DNI_L[int(str('XYZ'.index(p)) + n) % 23]}"
def dni_ok(s):
    s2 = (str("XYZ".index(s[0])) + s[1:8]) if s[0] in "XYZ" else s[:8]
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
    return len(d) == 11 and d[0] != 0 and d[9] == ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10 and d[10] == sum(d[:10]) % 10

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
def pan_in(p):
    """Indian PAN: AAA + holder type P + first letter of surname + 4 digits + letter (structure, no public check)."""
    return ralnum(3, string.ascii_uppercase) + "P" + ascii_fold(p.family)[0].upper() + rdigits(4) + ch(string.ascii_uppercase)

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
    b = f"{d.year % 100:02d}{m:02d}{d.day:02d}{rdigits(3)}{ch('02468') if p.female else ch('13579')}"
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]; return b + str((10 - sum(int(x) * w[i] for i, x in enumerate(b)) % 10) % 10)
def pesel_ok(s):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return len(s) == 11 and (10 - sum(int(x) * w[i] for i, x in enumerate(s[:10])) % 10) % 10 == int(s[10])

def mynumber():
    b = rdigits(11); p = [int(x) for x in reversed(b)]
    r = sum(p[n - 1] * (n + 1 if n <= 6 else n - 5) for n in range(1, 12)) % 11
    return b + str(0 if r <= 1 else 11 - r)
def mynumber_ok(s):
    s = s.replace(" ", ""); p = [int(x) for x in reversed(s[:11])]
    r = sum(p[n - 1] * (n + 1 if n <= 6 else n - 5) for n in range(1, 12)) % 11
    return len(s) == 12 and int(s[11]) == (0 if r <= 1 else 11 - r)

# Russia: SNILS (check number from the Pension Fund rules) and personal INN (12 digits, two FNS check digits)
def snils(fmt=None):
    while True:
        b = rdigits(9)
        if int(b) > 1001998: break
    s = sum(int(x) * (9 - i) for i, x in enumerate(b))
    c = s if s < 100 else (0 if s in (100, 101) else s % 101)
    if c == 100: c = 0
    v = b + f"{c:02d}"
    return f"{v[:3]}-{v[3:6]}-{v[6:9]} {v[9:]}" if (fmt or ch(["fmt", "fmt", "plain"])) == "fmt" else v
def snils_ok(s):
    d = s.replace("-", "").replace(" ", "")
    if len(d) != 11: return False
    t = sum(int(x) * (9 - i) for i, x in enumerate(d[:9]))
    c = t if t < 100 else (0 if t in (100, 101) else t % 101)
    return (0 if c == 100 else c) == int(d[9:])
INN_W11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]; INN_W12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
def inn_ru():
    b = ch(["77", "78", "50", "54", "66", "16"]) + rdigits(8)
    n11 = sum(int(x) * INN_W11[i] for i, x in enumerate(b)) % 11 % 10; b += str(n11)
    n12 = sum(int(x) * INN_W12[i] for i, x in enumerate(b)) % 11 % 10; return b + str(n12)
def inn_ok(s):
    return len(s) == 12 and sum(int(x) * INN_W11[i] for i, x in enumerate(s[:10])) % 11 % 10 == int(s[10]) \
        and sum(int(x) * INN_W12[i] for i, x in enumerate(s[:11])) % 11 % 10 == int(s[11])

# China: resident identity card number, GB 11643-1999 (ISO 7064 MOD 11-2 check character)
CN_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
def cn_id(p):
    d = p.dob; area = ch(["110105", "310104", "440305", "510107", "330106", "420111"])
    seq = rint(0, 99) * 10 + (ch([0, 2, 4, 6, 8]) if p.female else ch([1, 3, 5, 7, 9]))
    b = f"{area}{d.year:04d}{d.month:02d}{d.day:02d}{seq:03d}"
    return b + "10X98765432"[sum(int(x) * CN_W[i] for i, x in enumerate(b)) % 11]
def cn_id_ok(s): return len(s) == 18 and "10X98765432"[sum(int(x) * CN_W[i] for i, x in enumerate(s[:17])) % 11] == s[17]

# Sweden: personnummer YYMMDD-NNNC, Luhn over the 9 digits
def personnummer(p, fmt=None):
    d = p.dob; b = f"{d.year % 100:02d}{d.month:02d}{d.day:02d}{rint(0, 99):02d}{ch('02468') if p.female else ch('13579')}"
    c = luhn_digit(b); sep = "+" if d.year < 1925 else "-"
    f = fmt or chw([("short", 3), ("long", 2)])
    return f"{b[:6]}{sep}{b[6:]}{c}" if f == "short" else f"{d.year // 100}{b[:6]}-{b[6:]}{c}"
def personnummer_ok(s):
    d = s.replace("-", "").replace("+", "")
    d = d[-10:]
    return len(d) == 10 and luhn_ok(d, 10)

# Czech Republic: rodné číslo YYMMDD/SSSC (women: month + 50), the 10-digit number divisible by 11
def rodne_cislo(p, slash=True):
    d = p.dob
    while True:
        b = f"{d.year % 100:02d}{d.month + (50 if p.female else 0):02d}{d.day:02d}{rdigits(3)}"
        c = int(b) % 11
        if c != 10: break
    s = b + str(c)
    return f"{s[:6]}/{s[6:]}" if slash else s
def rodne_cislo_ok(s):
    d = s.replace("/", ""); return len(d) == 10 and int(d) % 11 == 0

# Indonesia: NIK (Nomor Induk Kependudukan): region code 6 digits + DDMMYY (women: day + 40) + 4-digit serial
def nik_id(p):
    d = p.dob; region = ch(["317101", "317404", "327301", "357801", "510301", "120105"])
    return f"{region}{d.day + (40 if p.female else 0):02d}{d.month:02d}{d.year % 100:02d}{rint(1, 9999):04d}"

CHECKS = {"luhn": luhn_ok, "iban": iban_ok, "ssn": ssn_ok, "nino": nino_ok, "nhs": nhs_ok, "steuer": steuer_id_ok, "nir": nir_ok,
          "dni": dni_ok, "bsn": bsn_ok, "cpf": cpf_ok, "tckn": tckn_ok, "aadhaar": aadhaar_ok, "rrn": rrn_ok, "pesel": pesel_ok,
          "mynumber": mynumber_ok, "aba": aba_ok, "snils": snils_ok, "inn": inn_ok, "cnid": cn_id_ok, "pnr": personnummer_ok,
          "rc": rodne_cislo_ok, "czacc": cz_account_ok}

def natid(p):
    """A valid national id for a person's country, as a labeled value."""
    c = p.country
    if c == "US": return V("us_ssn", ssn(), "ssn")
    if c == "GB": return chw([(V("national_id", nino(), "nino"), 2), (V("national_id", nhs_number(), "nhs"), 1)])
    if c in ("DE", "AT"): return V("national_id", steuer_id(), "steuer")
    if c == "FR": return V("national_id", nir(p), "nir")
    if c in ("ES", "MX"): return V("national_id", chw([(dni(), 3), (nie(), 1)]), "dni")
    if c == "NL": return V("national_id", bsn(), "bsn")
    if c == "BR": return V("national_id", cpf(), "cpf")
    if c == "TR": return V("national_id", tckn(), "tckn")
    if c == "IN": return V("national_id", aadhaar(), "aadhaar")
    if c == "KR": return V("national_id", rrn(p), "rrn")
    if c == "PL": return V("national_id", pesel(p), "pesel")
    if c == "JP": return V("national_id", mynumber(), "mynumber")
    if c == "RU": return V("national_id", snils(), "snils")
    if c == "CN": return V("national_id", cn_id(p), "cnid")
    if c == "SE": return V("national_id", personnummer(p), "pnr")
    if c == "CZ": return V("national_id", rodne_cislo(p), "rc")
    if c == "ID": return V("national_id", nik_id(p))
    return V("national_id", ch(["C", "F", "G", "H"]) + ralnum(8, "CFGHJKLMNPRTVWXYZ0123456789"))  # passport-style

# ----------------------------------------------------------------------------------------------
# Phones valid under each country's numbering plan, in national and international formats
# ----------------------------------------------------------------------------------------------
PHONE_COUNTRIES = ["US", "GB", "AU", "DE", "AT", "FR", "ES", "MX", "IT", "BR", "NL", "PL", "CZ", "SE", "NO", "FI", "TR", "GR", "NG",
                   "KE", "ZA", "EG", "PH", "ID", "TH", "RU", "CN", "KR", "JP", "IN"]
def _nanp():
    while True:
        npa = f"{rint(2, 9)}{rint(0, 8)}{rint(0, 9)}"; nxx = f"{rint(2, 9)}{rint(0, 9)}{rint(0, 9)}"
        if npa[1:] != "11" and nxx[1:] != "11" and npa not in ("555", "800", "888", "900", "877", "866") and nxx != "555":
            return npa, nxx, rdigits(4)
def phone(country=None, style=None):
    c = country if country in PHONE_COUNTRIES else ch(PHONE_COUNTRIES) if country is None else "US"
    st = style or ch(["nat", "nat", "intl", "intl", "e164"])
    d = rdigits
    def g(r, *cuts):
        out, i = [], 0
        for n in cuts: out.append(r[i:i + n]); i += n
        return out
    if c == "US":
        a, b, l = _nanp()
        return {"nat": ch([f"({a}) {b}-{l}", f"{a}-{b}-{l}", f"{a}.{b}.{l}", f"{a}{b}{l}"]), "intl": ch([f"+1 {a}-{b}-{l}", f"+1 ({a}) {b}-{l}", f"+1 {a} {b} {l}"]), "e164": f"+1{a}{b}{l}"}[st]
    if c == "GB":
        m = f"7{ch('4579')}{d(2)}"; r = d(6)
        return {"nat": ch([f"0{m} {r}", f"0{m} {r[:3]} {r[3:]}"]), "intl": f"+44 {m} {r}", "e164": f"+44{m}{r}"}[st]
    if c == "AU":
        r = "4" + d(8)
        return {"nat": f"0{r[:3]} {r[3:6]} {r[6:]}", "intl": f"+61 {r[:3]} {r[3:6]} {r[6:]}", "e164": f"+61{r}"}[st]
    if c == "DE":
        p = ch(["151", "160", "170", "171", "175", "176", "179"]); r = d(8 if p == "151" else 7)
        return {"nat": ch([f"0{p} {r}", f"0{p}/{r}", f"0{p}-{r}"]), "intl": ch([f"+49 {p} {r}", f"+49 (0){p} {r}"]), "e164": f"+49{p}{r}"}[st]
    if c == "AT":
        p = ch(["664", "650", "676", "699"]); r = d(7)
        return {"nat": f"0{p} {r}", "intl": f"+43 {p} {r}", "e164": f"+43{p}{r}"}[st]
    if c == "FR":
        f = ch("67"); r = d(8); gg = [r[i:i + 2] for i in range(0, 8, 2)]
        return {"nat": ch([f"0{f} " + " ".join(gg), f"0{f}." + ".".join(gg)]), "intl": f"+33 {f} " + " ".join(gg), "e164": f"+33{f}{r}"}[st]
    if c == "ES":
        r = ch("67") + d(8)
        return {"nat": f"{r[:3]} {r[3:6]} {r[6:]}", "intl": f"+34 {r[:3]} {r[3:6]} {r[6:]}", "e164": f"+34{r}"}[st]
    if c == "MX":
        a = ch(["55", "33", "81"]); r = d(8)
        return {"nat": f"{a} {r[:4]} {r[4:]}", "intl": f"+52 {a} {r[:4]} {r[4:]}", "e164": f"+52{a}{r}"}[st]
    if c == "IT":
        p = f"3{ch('23456789')}{d(1)}"; r = d(7)
        return {"nat": f"{p} {r[:3]} {r[3:]}", "intl": f"+39 {p} {r}", "e164": f"+39{p}{r}"}[st]
    if c == "BR":
        a = ch(["11", "21", "31", "47", "61", "71"]); r = "9" + str(rint(6, 9)) + d(7)
        return {"nat": f"({a}) {r[:5]}-{r[5:]}", "intl": f"+55 {a} {r[:5]}-{r[5:]}", "e164": f"+55{a}{r}"}[st]
    if c == "NL":
        r = str(rint(1, 9)) + d(7)
        return {"nat": ch([f"06-{r}", f"06 {r[:2]} {r[2:4]} {r[4:6]} {r[6:]}"]), "intl": f"+31 6 {r}", "e164": f"+316{r}"}[st]
    if c == "PL":
        r = ch("5678") + d(8)
        return {"nat": f"{r[:3]} {r[3:6]} {r[6:]}", "intl": f"+48 {r[:3]} {r[3:6]} {r[6:]}", "e164": f"+48{r}"}[st]
    if c == "CZ":
        r = ch(["60", "70", "72", "73", "77", "79"]) + d(7)
        return {"nat": f"{r[:3]} {r[3:6]} {r[6:]}", "intl": f"+420 {r[:3]} {r[3:6]} {r[6:]}", "e164": f"+420{r}"}[st]
    if c == "SE":
        if coin(0.75):
            r = "7" + ch("0236") + d(7)
            return {"nat": ch([f"0{r[:2]}-{r[2:5]} {r[5:7]} {r[7:]}", f"0{r[:2]}-{r[2:]}", f"0{r[:2]} {r[2:5]} {r[5:7]} {r[7:]}"]),
                    "intl": f"+46 {r[:2]} {r[2:5]} {r[5:7]} {r[7:]}", "e164": f"+46{r}"}[st]
        r = d(8)
        return {"nat": f"08-{r[:3]} {r[3:6]} {r[6:]}", "intl": f"+46 8 {r[:3]} {r[3:6]} {r[6:]}", "e164": f"+468{r}"}[st]
    if c == "NO":
        r = ch("49") + d(7)
        return {"nat": f"{r[:3]} {r[3:5]} {r[5:]}", "intl": f"+47 {r[:3]} {r[3:5]} {r[5:]}", "e164": f"+47{r}"}[st]
    if c == "FI":
        r = ch(["40", "50", "45"]) + d(7)
        return {"nat": f"0{r[:2]} {r[2:]}", "intl": f"+358 {r[:2]} {r[2:]}", "e164": f"+358{r}"}[st]
    if c == "TR":
        r = "5" + ch("0345") + str(rint(0, 9)) + d(7)
        return {"nat": f"0{r[:3]} {r[3:6]} {r[6:8]} {r[8:]}", "intl": f"+90 {r[:3]} {r[3:6]} {r[6:8]} {r[8:]}", "e164": f"+90{r}"}[st]
    if c == "GR":
        r = "69" + ch("3479") + d(7)
        return {"nat": f"{r[:3]} {r[3:6]} {r[6:]}", "intl": f"+30 {r[:3]} {r[3:6]} {r[6:]}", "e164": f"+30{r}"}[st]
    if c == "NG":
        r = ch(["803", "806", "813", "903", "705"]) + d(7)
        return {"nat": f"0{r[:3]} {r[3:6]} {r[6:]}", "intl": f"+234 {r[:3]} {r[3:6]} {r[6:]}", "e164": f"+234{r}"}[st]
    if c == "KE":
        r = "7" + ch(["0", "1", "2", "9"]) + d(7)
        return {"nat": f"0{r[:3]} {r[3:6]} {r[6:]}", "intl": f"+254 {r[:3]} {r[3:6]} {r[6:]}", "e164": f"+254{r}"}[st]
    if c == "ZA":
        r = ch(["82", "83", "72", "79", "61"]) + d(7)
        return {"nat": f"0{r[:2]} {r[2:5]} {r[5:]}", "intl": f"+27 {r[:2]} {r[2:5]} {r[5:]}", "e164": f"+27{r}"}[st]
    if c == "EG":
        r = "1" + ch("0125") + d(8)
        return {"nat": f"0{r[:2]} {r[2:6]} {r[6:]}", "intl": f"+20 {r[:2]} {r[2:6]} {r[6:]}", "e164": f"+20{r}"}[st]
    if c == "PH":
        r = "9" + ch(["17", "18", "27", "05", "99"]) + d(7)
        return {"nat": f"0{r[:3]} {r[3:6]} {r[6:]}", "intl": f"+63 {r[:3]} {r[3:6]} {r[6:]}", "e164": f"+63{r}"}[st]
    if c == "ID":
        r = "8" + ch(["11", "12", "13", "21", "52", "57", "77", "78"]) + d(ch([7, 8]))
        return {"nat": ch([f"0{r[:3]}-{r[3:7]}-{r[7:]}", f"0{r}", f"0{r[:3]} {r[3:7]} {r[7:]}"]), "intl": f"+62 {r[:3]}-{r[3:7]}-{r[7:]}", "e164": f"+62{r}"}[st]
    if c == "TH":
        r = ch("689") + str(rint(1, 9)) + d(7)
        return {"nat": f"0{r[:2]}-{r[2:5]}-{r[5:]}", "intl": f"+66 {r[:2]} {r[2:5]} {r[5:]}", "e164": f"+66{r}"}[st]
    if c == "RU":
        if coin(0.8):
            a = "9" + ch(["03", "05", "09", "10", "15", "16", "26", "77", "85"])
        else:
            a = ch(["495", "499", "812", "343"])
        r = d(7)
        return {"nat": ch([f"8 ({a}) {r[:3]}-{r[3:5]}-{r[5:]}", f"8{a}{r}", f"8-{a}-{r[:3]}-{r[3:5]}-{r[5:]}"]),
                "intl": ch([f"+7 ({a}) {r[:3]}-{r[3:5]}-{r[5:]}", f"+7 {a} {r[:3]}-{r[3:5]}-{r[5:]}", f"+7 {a} {r[:3]} {r[3:5]} {r[5:]}"]), "e164": f"+7{a}{r}"}[st]
    if c == "CN":
        r = "1" + ch(["38", "39", "50", "58", "86", "88", "77", "99"]) + d(8)
        return {"nat": ch([f"{r[:3]} {r[3:7]} {r[7:]}", r, f"{r[:3]}-{r[3:7]}-{r[7:]}"]), "intl": f"+86 {r[:3]} {r[3:7]} {r[7:]}", "e164": f"+86{r}"}[st]
    if c == "KR":
        if coin(0.8):
            a, b = d(4), d(4)
            return {"nat": ch([f"010-{a}-{b}", f"010 {a} {b}"]), "intl": f"+82 10-{a}-{b}", "e164": f"+8210{a}{b}"}[st]
        a, b = str(rint(2, 9)) + d(3), d(4)
        return {"nat": f"02-{a}-{b}", "intl": f"+82 2-{a}-{b}", "e164": f"+822{a}{b}"}[st]
    if c == "JP":
        p = ch(["90", "80", "70"]); a, b = d(4), d(4)
        return {"nat": f"0{p}-{a}-{b}", "intl": f"+81 {p}-{a}-{b}", "e164": f"+81{p}{a}{b}"}[st]
    if c == "IN":
        r = ch("6789") + d(9)
        return {"nat": ch([f"0{r[:5]} {r[5:]}", f"{r[:5]} {r[5:]}", r]), "intl": ch([f"+91 {r[:5]} {r[5:]}", f"+91-{r}"]), "e164": f"+91{r}"}[st]
    raise ValueError(c)
def vphone(country=None, style=None): return V("phone", phone(country, style))
def pphone(p, style=None):
    """A phone number of the person's own country (any plan when the country has none here)."""
    return V("phone", phone(p.country if p.country in PHONE_COUNTRIES else None, style))
def us_dt(t=None):
    t = t or ts_event(); h = t.hour % 12 or 12
    return f"{t.month}/{t.day}/{t.year} {h}:{t.minute:02d}:{t.second:02d} {'AM' if t.hour < 12 else 'PM'}"

# ----------------------------------------------------------------------------------------------
# Network identifiers
# ----------------------------------------------------------------------------------------------
PUB_FIRST = [5, 31, 37, 45, 46, 62, 66, 69, 72, 77, 80, 81, 83, 85, 86, 87, 89, 90, 91, 94, 95, 103, 109, 112, 141, 145,
             151, 154, 176, 178, 185, 188, 194, 196, 200, 201, 212, 213]
def ipv4():
    if coin(0.3): return ch(["192.0.2.", "198.51.100.", "203.0.113."]) + str(rint(1, 254))
    return f"{ch(PUB_FIRST)}.{rint(0, 255)}.{rint(0, 255)}.{rint(1, 254)}"
def priv4():
    return ch([f"10.{rint(0, 255)}.{rint(0, 255)}.{rint(1, 254)}", f"172.{rint(16, 31)}.{rint(0, 255)}.{rint(1, 254)}",
               f"192.168.{rint(0, 255)}.{rint(1, 254)}"])
def vip4(): return V("ipv4", ipv4())
def vpriv4(): return V("ipv4", priv4())
def ipv6():
    pre = ch(["2001:db8", "2a02:810d", "2a01:cb00", "2600:387", "2003:c1", "2a00:1028", "2401:4900", "2804:7f0", "240e:3b7", "2a02:6b8"])
    groups = [f"{rint(0, 0xffff):x}" for _ in range(6)]
    form = ch(["full", "zcomp", "zcomp", "short"])
    if form == "full": return pre + ":" + ":".join(groups)
    if form == "short": return pre + "::" + groups[-1]
    a, r = rint(0, 3), rint(1, 2)
    return pre + ":" + "".join(x + ":" for x in groups[:a]) + ":" + ":".join(groups[6 - r:])
def vip6(): return V("ipv6", ipv6())
def vip(p6=0.25): return vip6() if coin(p6) else vip4()
OUIS = ["00:1b:63", "3c:06:30", "a8:5e:45", "f4:5c:89", "b0:be:76", "00:e0:4c", "70:85:c2", "d8:3a:dd", "e8:48:b8", "24:0a:c4", "9c:b6:d0"]
def mac(fmt=None):
    b = ch(OUIS).split(":") + [f"{rint(0, 255):02x}" for _ in range(3)]
    fmt = fmt or ch(["colon", "colon", "COLON", "DASH"])
    if fmt == "colon": return ":".join(b)
    if fmt == "COLON": return ":".join(b).upper()
    if fmt == "DASH": return "-".join(b).upper()
    if fmt == "plain": return "".join(b)
    raise ValueError(fmt)
def vmac(fmt=None): return V("mac_address", mac(fmt))

# ----------------------------------------------------------------------------------------------
# Addresses -> (street_line, postcode, city, one_line)
# ----------------------------------------------------------------------------------------------
def address(c=None):
    c = c or ch(["US", "GB", "DE", "FR", "NL", "ES", "IT", "BR", "PL", "CZ", "SE", "RU", "AU", "MX"])
    n = rint(1, 180)
    if c == "US":
        st = f"{rint(10, 9899)} {ch(['Magnolia', 'Birch', 'Jefferson', 'Ridgeview', 'Meadow', 'Harbor', 'Willow', 'Prospect', 'Franklin'])} {ch(['St', 'Ave', 'Blvd', 'Rd', 'Ct', 'Way', 'Drive'])}"
        if coin(0.25): st += f" {ch(['Apt', 'Unit', '#'])} {rint(1, 40)}{ch(['', 'A'])}"
        city, pc = ch([("Denver, CO", "80203"), ("Raleigh, NC", "27601"), ("Tucson, AZ", "85701"), ("Omaha, NE", "68102"), ("Boise, ID", "83702")])
        return st, pc, city, f"{st}, {city} {pc}"
    if c == "GB":
        st = f"{n} {ch(['Kingsway', 'Park Lane', 'Windsor Road', 'Castle Street', 'Abbey Road', 'Greenfield Avenue'])}"
        city, pc = ch([("Cardiff", "CF10 1EP"), ("Glasgow", "G2 3BZ"), ("York", "YO1 7HH"), ("Brighton", "BN1 1AE")])
        return st, pc, city, f"{st}, {city} {pc}"
    if c == "AU":
        st = f"{n} {ch(['George Street', 'Collins Street', 'Queen Street', 'Hay Street'])}"
        city, pc = ch([("Sydney NSW", "2000"), ("Melbourne VIC", "3000"), ("Perth WA", "6000")])
        return st, pc, city, f"{st}, {city} {pc}"
    if c in ("DE", "AT"):
        st = f"{ch(['Lindenstraße', 'Gartenweg', 'Mühlenstraße', 'Friedrichstraße', 'Am Anger', 'Rosenweg', 'Marktplatz'])} {n}{ch(['', '', 'a'])}"
        pc, city = ch([("04109", "Leipzig"), ("01067", "Dresden"), ("28195", "Bremen"), ("70173", "Stuttgart")]) if c == "DE" else ch([("1010", "Wien"), ("8010", "Graz")])
        return st, pc, city, f"{st}, {pc} {city}"
    if c == "FR":
        st = f"{n} {ch(['rue Nationale', 'rue des Lilas', 'avenue Jean Jaurès', 'allée des Tilleuls', 'impasse du Moulin'])}"
        pc, city = ch([("59000", "Lille"), ("67000", "Strasbourg"), ("35000", "Rennes"), ("44000", "Nantes")])
        return st, pc, city, f"{st}, {pc} {city}"
    if c == "NL":
        st = f"{ch(['Herengracht', 'Molenstraat', 'Schoolstraat', 'Julianalaan', 'Nieuwe Binnenweg'])} {n}{ch(['', '-2', 'B'])}"
        pc, city = ch([("5611 AB", "Eindhoven"), ("9711 LM", "Groningen"), ("6511 HK", "Nijmegen")])
        return st, pc, city, f"{st}, {pc} {city}"
    if c == "ES":
        st = f"{ch(['Calle de Atocha', 'Avenida Diagonal', 'Calle Real', 'Paseo de Gracia'])} {n}, {rint(1, 8)}º {ch('ABCD')}"
        pc, city = ch([("28012", "Madrid"), ("08008", "Barcelona"), ("29015", "Málaga")])
        return st, pc, city, f"{st}, {pc} {city}"
    if c == "MX":
        st = f"{ch(['Av. Insurgentes Sur', 'Calle Durango', 'Av. Reforma'])} {rint(10, 2000)}, Col. {ch(['Roma Norte', 'Del Valle', 'Condesa'])}"
        pc, city = ch([("06700", "Ciudad de México, CDMX"), ("03100", "Ciudad de México, CDMX")])
        return st, pc, city, f"{st}, {pc} {city}"
    if c == "IT":
        st = f"{ch(['Via Nazionale', 'Via Manzoni', 'Corso Buenos Aires', 'Via della Spiga'])} {n}"
        pc, city = ch([("00185", "Roma"), ("20129", "Milano"), ("10121", "Torino")])
        return st, pc, city, f"{st}, {pc} {city}"
    if c == "BR":
        st = f"{ch(['Rua Oscar Freire', 'Av. Atlântica', 'Rua dos Andradas'])}, {rint(10, 2500)}"
        pc, city = ch([("01426-001", "São Paulo - SP"), ("22021-001", "Rio de Janeiro - RJ"), ("90020-004", "Porto Alegre - RS")])
        return st, pc, city, f"{st}, {city}, {pc}"
    if c == "PL":
        st = f"ul. {ch(['Mickiewicza', 'Słowackiego', 'Kościuszki', 'Wojska Polskiego'])} {n}/{rint(1, 40)}"
        pc, city = ch([("60-101", "Poznań"), ("50-001", "Wrocław"), ("20-001", "Lublin")])
        return st, pc, city, f"{st}, {pc} {city}"
    if c == "CZ":
        st = f"{ch(['Vinohradská', 'Masarykova', 'Nádražní', 'Husova', 'Palackého'])} {rint(100, 2999)}/{rint(1, 99)}"
        pc, city = ch([("120 00", "Praha 2"), ("602 00", "Brno"), ("301 00", "Plzeň"), ("702 00", "Ostrava")])
        return st, pc, city, f"{st}, {pc} {city}"
    if c == "SE":
        st = f"{ch(['Storgatan', 'Drottninggatan', 'Kungsgatan', 'Sveavägen', 'Vasagatan'])} {n}{ch(['', '', ' B', ' lgh 1102'])}"
        pc, city = ch([("114 55", "Stockholm"), ("411 38", "Göteborg"), ("211 22", "Malmö"), ("753 20", "Uppsala")])
        return st, pc, city, f"{st}, {pc} {city}"
    if c == "RU":
        st = f"{ch(['ул. Ленина', 'ул. Гагарина', 'пр-т Мира', 'ул. Пушкина', 'Невский пр-т'])}, д. {n}, кв. {rint(1, 220)}"
        pc, city = ch([("125009", "Москва"), ("191186", "Санкт-Петербург"), ("620014", "Екатеринбург"), ("630099", "Новосибирск")])
        return st, pc, city, f"{st}, {city}, {pc}"
    if c == "CN":
        road, pc, city = ch([("朝阳区建国路", "100022", "北京市"), ("浦东新区世纪大道", "200120", "上海市"), ("天河区天河路", "510620", "广州市"), ("南山区科技园路", "518057", "深圳市")])
        st = f"{road}{rint(1, 300)}号{ch(['', str(rint(1, 30)) + '栋' + str(rint(101, 2805)) + '室'])}"
        return st, pc, city, f"{city}{st}"
    if c == "KR":
        st = f"{ch(['강남구 테헤란로', '마포구 월드컵북로', '종로구 세종대로', '해운대구 센텀중앙로'])} {rint(1, 400)}"
        if coin(0.5): st += f", {rint(101, 120)}동 {rint(101, 2504)}호"
        pc, city = ch([("06164", "서울특별시"), ("03925", "서울특별시"), ("48058", "부산광역시")])
        return st, pc, city, f"{city} {st}"
    if c == "ID":
        st = f"Jl. {ch(['Sudirman', 'Gatot Subroto', 'Diponegoro', 'Merdeka', 'Malioboro'])} No. {n}{ch(['', ', RT 03/RW 05'])}"
        pc, city = ch([("10220", "Jakarta Pusat"), ("40115", "Bandung"), ("60271", "Surabaya"), ("55213", "Yogyakarta")])
        return st, pc, city, f"{st}, {city} {pc}"
    if c == "IN":
        st = f"मकान नं. {n}, {ch(['सेक्टर 15', 'गांधी नगर', 'शास्त्री नगर', 'लाजपत नगर'])}"
        pc, city = ch([("201301", "नोएडा"), ("110024", "नई दिल्ली"), ("302001", "जयपुर")])
        return st, pc, city, f"{st}, {city} {pc}"
    if c == "JP":
        st = f"{ch(['渋谷区神南', '港区六本木', '中央区日本橋'])}{rint(1, 4)}-{rint(1, 30)}-{rint(1, 20)}"
        pc, city = ch([("150-0041", "東京都"), ("106-0032", "東京都"), ("103-0027", "東京都")])
        return st, pc, city, f"〒{pc} {city}{st}"
    return address("US")

# ----------------------------------------------------------------------------------------------
# Passwords and secrets
# ----------------------------------------------------------------------------------------------
PW_POOL = ["Herbst2024!", "Autumn#24", "Zima2023?", "Passw0rd!", "Letmein#2024", "Dragon$77", "Sunshine_99", "monkey123!",
           "Qwerty#2024", "P@ssword1", "Welcome1!", "Hej;hopp(3)", "Jaro2024#", "пароль2024", "Пароль!2024", "密码123456a",
           "비밀번호1234!", "Rahasia2024!", "Heslo;123", "Lösenord#7", "my dog is 9 (and loud)", "red sun; blue moon", "it's 4:20!",
           'quote"me"7', "semi;colon;2", "(Paren)+9", "Tab\\Back9", "100%Legit", "a&b<c>d", "Š¥ř#2024", "Nástup(12)",
           "Grüße!2024", "Contraseña9", "Kärlek#99", "Sommar;2024", "Mật khẩu 9", "पासवर्ड123", "swordfish", "trustno1!", "Tigger=2024"]
PW_SYMS = "!#$%&()*+,-./:;<=>?@[]^_{|}~"
def pw(forbid=""):
    forbid = set(forbid)
    for _ in range(80):
        if coin(0.55): p = ch(PW_POOL)
        else:
            p = "".join(R.choice(string.ascii_letters + string.digits + PW_SYMS) for _ in range(rint(10, 20)))
            if coin(0.25): p = p[:5] + ch([" ", ";", "(", "'", '"']) + p[5:]
        p = p.strip()
        if not (set(p) & forbid): return p
    return ralnum(14) + "!"
def vpw(forbid=""): return V("password", pw(forbid))

AZ2_7 = string.ascii_uppercase + "234567"
B64CH = string.ascii_letters + string.digits + "+/"
URLCH = string.ascii_letters + string.digits + "-_"
def aws_akid(temp=False): return ("ASIA" if temp else "AKIA") + ralnum(16, AZ2_7)
def aws_secret(): return ralnum(40, string.ascii_letters + string.digits + "/+")
def stripe_key(): return f"{ch(['sk', 'rk'])}_live_" + ralnum(ch([24, 99]))
def gh_token(): return chw([("ghp_" + ralnum(36), 3), ("gho_" + ralnum(36), 1), ("github_pat_11" + ralnum(20, UPPER_DIG) + "_" + ralnum(59), 1)])
def slack_token(): return f"xox{ch('bp')}-{rdigits(12)}-{rdigits(13)}-" + ralnum(24)
def gcp_key(): return "AIza" + ralnum(35, URLCH)
def sendgrid(): return "SG." + ralnum(22, URLCH) + "." + ralnum(43, URLCH)
def openai_key(): return "sk-proj-" + ralnum(64, URLCH)
def npm_token(): return "npm_" + ralnum(36)
def glpat(): return "glpat-" + ralnum(20, URLCH)
def vault_token(): return "hvs." + ralnum(24)
def docker_pat(): return "dckr_pat_" + ralnum(27, URLCH)
def shopify(): return "shpat_" + rhex(32)
def twilio_auth(): return rhex(32)
def datadog_key(): return rhex(32)
def api_key():
    return chw([(aws_akid, 2), (stripe_key, 3), (gh_token, 2), (slack_token, 1), (gcp_key, 2), (sendgrid, 1), (openai_key, 1),
                (npm_token, 1), (glpat, 1), (vault_token, 1), (docker_pat, 1), (shopify, 1)])()
def vsecret(v=None): return V("secret", v if v is not None else api_key())
def session_id(): return chw([(rhex(32), 3), (rb64(24, True, False), 2), (ralnum(32, UPPER_DIG), 2), (ralnum(26, LOWER_DIG), 1)])
def bcrypt_hash(): return f"$2{ch('aby')}$12$" + ralnum(53, string.ascii_letters + string.digits + "./")

def jwt_token(p=None, alg=None, claims=None):
    alg = alg or ch(["HS256", "RS256", "ES256"])
    hdr = {"alg": alg, "typ": "JWT"}
    if alg != "HS256": hdr["kid"] = rhex(16)
    p = p or Person()
    now = 1730800000 + rint(0, 400000)
    pl = claims or chw([({"sub": str(rint(1000, 999999)), "name": p.full, "iat": now, "exp": now + 3600}, 2),
                        ({"sub": uuid4(), "email": p.email(), "email_verified": True, "iss": "https://login.example.com/", "aud": "web", "iat": now, "exp": now + 900}, 2),
                        ({"uid": rint(1000, 99999), "scope": "orders:read", "iat": now}, 1)])
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
SYS_USERS = ["root", "www-data", "nobody", "daemon", "nginx", "apache", "postfix", "Debian-exim", "sshd", "jenkins", "ubuntu",
             "ec2-user", "admin", "deploy", "ansible", "svc_backup", "systemd-network"]
def trace_id(): return rhex(32)
def sha256(): return rhex(64)
def gitsha(n=40): return rhex(n)
def version(): return ch([f"{rint(0, 9)}.{rint(0, 30)}.{rint(0, 20)}", f"v{rint(1, 3)}.{rint(0, 30)}.{rint(0, 9)}", f"{rint(1, 20)}.{rint(0, 9)}"])
def host(): return ch(["web-01", "web-02", "app-3.prod.internal", "edge-fra-1", "mx2.example.net", "vpn-gw-1", "db-replica-2",
                       "api-gw", "build-agent-4", "lb-01", "k8s-node-7"])
def epoch(): return 1730800000 + rint(0, 432000)
def epoch_ms(): return epoch() * 1000 + rint(0, 999)
def ts_event():
    return datetime.datetime(2024, 11, 5, 0, 0, 0) + datetime.timedelta(seconds=rint(0, 5 * 86400), microseconds=rint(0, 999999))
def iso_ts(t=None, frac=3, z="Z"):
    t = t or ts_event(); s = t.strftime("%Y-%m-%dT%H:%M:%S")
    if frac: s += "." + f"{t.microsecond:06d}"[:frac]
    return s + z
def syslog_ts(t=None):
    t = t or ts_event(); s = t.strftime("%b %d %H:%M:%S")
    return s[:4] + s[4:6].replace("0", " ", 1) + s[6:] if s[4] == "0" else s
def clf_ts(t=None): t = t or ts_event(); return t.strftime("%d/%b/%Y:%H:%M:%S") + ch([" +0000", " +0100", " -0500"])
def order_no(): return ch([f"ORD-{rint(100000, 999999)}", f"INV-2024-{rint(1, 99999):05d}", f"#{rint(100000, 999999)}", f"SO{rdigits(8)}"])
def ua(): return ch(["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
                     "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15",
                     "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36",
                     "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0", "curl/8.10.1", "okhttp/4.12.0",
                     "python-requests/2.32.3", "Go-http-client/1.1", "axios/1.7.7", "PostmanRuntime/7.42.0"])

def produce(n, lab, dec, dfrac=0.33):
    """About n lines from labeled variants `lab` and decoy variants `dec` (lists of fn or (fn, weight)).
    `dfrac` is the target share of lines without spans in the format: decoy variants are drawn more or less often
    so that the share (counting span-less lines inside labeled multi-line artifacts too) tends to it.
    A decoy variant must yield no span; a labeled variant may yield span-less lines (structure lines of an
    artifact, or optional parts that came out empty): those are decoys of that format too."""
    out = []; nodec = 0
    def pick(pool): return chw([x if isinstance(x, tuple) else (x, 1) for x in pool])
    while len(out) < n:
        cur = nodec / len(out) if out else dfrac
        is_dec = bool(dec) and R.random() < max(0.0, min(1.0, dfrac + 1.5 * (dfrac - cur)))
        f = pick(dec) if is_dec else pick(lab)
        r = f()
        rs = r if isinstance(r, list) else [r]
        if is_dec:
            for l in rs: assert not l["spans"], ("decoy variant produced spans", l["tpl"], l["line"], l["spans"])
        out.extend(rs); nodec += sum(1 for l in rs if not l["spans"])
    return out

FORMATS = []
def fmt(name, spec, labeled, decoys, n=(50, 68)):
    def deco(f):
        FORMATS.append({"name": name, "spec": spec, "labeled": labeled, "decoys": decoys, "fn": f, "n": n}); return f
    return deco

def P(c=None): return Person(c)
def vname(text): return V("person", text)
def vuser(text): return V("username", text)
def vuid(text): return V("user_id", str(text))
def vemail(p=None, domain=None): return V("email", (p or P()).email(domain))
def vdob(d, style): return V("date_of_birth", fdate(d, style))
def vaddr(text): return V("address", text)
def uname_or_email(p):
    """A login that is either a username or an e-mail address, labeled by what it is (FORMATS.md: username or email)."""
    return vemail(p) if coin(0.4) else vuser(p.username())

# ==============================================================================================
# FORMATS.  Each fmt_<name>(n) -> list of lines; the @fmt registry carries the notes for FORMATS-B.md.
# ==============================================================================================
def q(s, safe=""): return urllib.parse.quote(s, safe=safe)
def url_pii(p=None):
    """A request target carrying personal data in its path or query (values URL-encoded as a client sends them)."""
    p = p or P()
    return chw([
        (["/account/verify?email=", V("email", q(p.email())), f"&lang={ch(['de', 'en', 'fr', 'sv'])}"], 3),
        (["/api/v2/users/", vuid(rint(1000, 9999999)), f"/orders?page={rint(1, 9)}"], 3),
        (["/login?username=", vuser(p.username()), "&password=", V("password", q(pw()))], 1),
        (["/oauth/callback?code=", V("secret", ralnum(32, URLCH)), f"&state={rhex(16)}"], 1),
        (["/download/statement.pdf?access_token=", vjwt(p)], 1),
        (["/api/sms/send?to=", V("phone", q(phone(style="e164")))], 2),
        (["/search?q=", vname(urllib.parse.quote_plus(p.full)), "&type=customer"], 1),
        (["/reset-password/", V("secret", rb64(32, url=True, pad=False))], 1),
        (["/api/v1/customers?lastName=", vname(q(p.family)), "&dob=", vdob(p.dob, "iso")], 1),
        (["/unsubscribe/", V("email", q(p.email(), safe="@"))], 1),
        (["/api/geo?ip=", vip4()], 1)])
def url_plain():
    return ch(["/", "/static/js/app.8f3c2a.js", "/favicon.ico", "/api/v2/products?page=3&sort=price", "/healthz", "/robots.txt",
               "/images/banner-autumn.webp", "/api/v2/cart", "/checkout/step-2", "/sitemap.xml", f"/orders/{order_no().lstrip('#')}"])
def referer(p=None):
    return chw([("-", 5), ("https://www.google.com/", 2), (["https://shop.example.com/checkout?email=", V("email", q((p or P()).email()))], 1),
                ("https://shop.example.com/cart", 2)])

# ---------------------------------------------------------------------------------------------- nginx
@fmt("nginx", "nginx ngx_http_log_module: predefined 'combined' log_format ($remote_addr - $remote_user [$time_local] \"$request\" $status $body_bytes_sent \"$http_referer\" \"$http_user_agent\") and the common 'main' variant with \"$http_x_forwarded_for\" plus rt=$request_time uct/uht/urt upstream timings; error_log line format (YYYY/MM/DD HH:MM:SS [level] pid#tid: *cid message, client: …, server: …, request: \"…\", upstream: \"…\", host: \"…\", referrer: \"…\") incl. ngx_http_auth_basic_module messages",
     "$remote_addr and X-Forwarded-For chains (ipv4/ipv6), $remote_user of basic-auth users (username), personal data in request URIs and referrers (URL-encoded email/phone/name, user ids in paths, tokens and OAuth codes (secret), access_token JWTs, passwords in query strings, DOB), auth_basic 'user \"x\" was not found' / 'password mismatch' user names, client: addresses in error lines, upstream addresses",
     "loopback health checks (127.0.0.1, ::1), static assets, status/bytes/timings, startup and worker notices (nginx/1.27.2, epoll, worker process pids), deprecation warnings, $remote_user '-'")
def fmt_nginx(n):
    def access():
        p = P(); t = clf_ts()
        user = vuser(p.username()) if coin(0.15) else "-"
        target = url_pii(p) if coin(0.55) else url_plain()
        meth = ch(["GET", "GET", "GET", "POST", "PUT"])
        parts = [vip(0.2), " - ", user, f" [{t}] \"{meth} ", target, f" HTTP/{ch(['1.1', '1.1', '2.0'])}\" {ch([200, 200, 200, 302, 404, 401, 499, 502])} {rint(0, 90000)} \"", referer(p), f"\" \"{ua()}\""]
        if coin(0.4):
            parts += [" \"", ch([[vip4()], [vip4(), ", ", vpriv4()], ["-"]]), "\""]
        if coin(0.3):
            parts.append(f" rt={R.random():.3f} uct=\"0.00{rint(0, 9)}\" uht=\"0.0{rint(10, 99)}\" urt=\"0.0{rint(10, 99)}\"")
        return mk("nginx/access", parts)
    def err():
        t = ts_event().strftime("%Y/%m/%d %H:%M:%S"); p = P(); pid = rint(20, 60); cid = rint(1, 999999)
        pre = f"{t} [{ch(['error', 'error', 'warn', 'crit'])}] {pid}#{pid}: *{cid} "
        srv = ch(["shop.example.com", "api.example.com", "_"])
        host_ = ch(["shop.example.com", "api.example.com"])
        return ch([
            lambda: mk("nginx/error", pre, "user \"", vuser(p.username()), "\" was not found in \"/etc/nginx/.htpasswd\", client: ", vip(), f", server: {srv}, request: \"GET /admin/ HTTP/1.1\", host: \"{host_}\""),
            lambda: mk("nginx/error", pre, "user \"", vuser(p.username()), "\": password mismatch, client: ", vip(), f", server: {srv}, request: \"GET /internal/metrics HTTP/1.1\", host: \"{host_}\""),
            lambda: mk("nginx/error", pre, "upstream timed out (110: Connection timed out) while reading response header from upstream, client: ", vip(), f", server: {srv}, request: \"POST ", url_pii(p), " HTTP/1.1\", upstream: \"http://", vpriv4(), f":8080/\", host: \"{host_}\""),
            lambda: mk("nginx/error", pre, "open() \"/usr/share/nginx/html/.env\" failed (2: No such file or directory), client: ", vip(), f", server: {srv}, request: \"GET /.env HTTP/1.1\", host: \"{host_}\""),
            lambda: mk("nginx/error", pre, f"limiting requests, excess: {R.random() * 20:.3f} by zone \"login\", client: ", vip(), f", server: {srv}, request: \"POST /api/login HTTP/2.0\", host: \"{host_}\", referrer: \"", referer(p), "\""),
            lambda: mk("nginx/error", pre, "FastCGI sent in stderr: \"PHP message: PHP Warning:  Undefined array key \"phone\" in /var/www/html/register.php on line 41; PHP message: registration failed for ", vemail(p), "\" while reading response header from upstream, client: ", vip(), f", server: {srv}, request: \"POST /register HTTP/1.1\", upstream: \"fastcgi://unix:/run/php/php8.2-fpm.sock:\", host: \"{host_}\"")])()
    def d_access():
        t = clf_ts()
        return mk("nginx/access", ch(["127.0.0.1", "::1"]), f" - - [{t}] \"GET {ch(['/nginx_status', '/healthz', '/stub_status', '/ready'])} HTTP/1.1\" 200 {rint(2, 120)} \"-\" \"{ch(['Go-http-client/1.1', 'kube-probe/1.31', 'Prometheus/2.54.1', 'curl/8.10.1'])}\"")
    def d_err():
        t = ts_event().strftime("%Y/%m/%d %H:%M:%S")
        return mk("nginx/error", f"{t} [{ch(['notice', 'notice', 'warn'])}] 1#1: ", ch(["using the \"epoll\" event method", "nginx/1.27.2", "built by gcc 12.2.0 (Debian 12.2.0-14)",
                  "OS: Linux 6.1.0-26-amd64", "getrlimit(RLIMIT_NOFILE): 1048576:1048576", "start worker processes", f"start worker process {rint(20, 60)}",
                  "the \"listen ... http2\" directive is deprecated, use the \"http2\" directive instead in /etc/nginx/conf.d/default.conf:3",
                  f"signal 3 (SIGQUIT) received from {rint(100, 9999)}, shutting down", f"worker process {rint(20, 60)} exited with code 0", "signal process started"]))
    return produce(n, [(access, 3), (err, 2)], [(d_access, 1), (d_err, 1)])

# ---------------------------------------------------------------------------------------------- Apache httpd
@fmt("apache", "Apache HTTP Server 2.4 docs: mod_log_config (Common/Combined Log Format %h %l %u %t \"%r\" %>s %b \"%{Referer}i\" \"%{User-agent}i\", vhost_combined %v:%p prefix) and the 2.4 error log format ([time] [module:level] [pid N:tid N] [client ip:port] AHnnnnn: message, referer), mod_auth_basic AH01617/AH01618, mod_authz_core AH01630, mod_proxy AH01114, PHP error lines",
     "%h client addresses (ipv4/ipv6), %u authenticated users (username), PII in %r request lines and referers, [client ip:port], AH01617 'user X: authentication failure' and AH01618 'user X not found' names, values quoted in PHP errors (emails), backend addresses",
     "'(internal dummy connection)' requests from ::1, server-status scrapes from 127.0.0.1, AH00489/AH00094/AH00492/AH00558 lifecycle notices, '-' identd and user fields, byte counts, module names, pids/tids")
def fmt_apache(n):
    def access():
        p = P(); t = clf_ts()
        user = vuser(p.username()) if coin(0.25) else "-"
        target = url_pii(p) if coin(0.5) else url_plain()
        vh = ch(["", "", f"shop.example.com:{ch([80, 443])} "])
        return mk("apache/access", vh, vip(0.15), " - ", user, f" [{t}] \"{ch(['GET', 'GET', 'POST'])} ", target, f" HTTP/1.1\" {ch([200, 200, 304, 401, 403, 404, 500])} {ch(['-', str(rint(100, 80000))])} \"", referer(p), f"\" \"{ua()}\"")
    def err():
        p = P(); t = ts_event()
        pre = f"[{t.strftime('%a %b %d %H:%M:%S')}.{t.microsecond:06d} {t.year}] "
        pid = f"[pid {rint(1000, 99999)}:tid {rint(139000000000000, 140999999999999)}] "
        cl = lambda: ["[client ", vip(0.15) if coin(0.85) else vip6(), f":{rint(1024, 65535)}] "]
        return ch([
            lambda: mk("apache/error", pre, "[auth_basic:error] ", pid, cl(), "AH01617: user ", vuser(p.username()), ": authentication failure for \"/private/\": Password Mismatch"),
            lambda: mk("apache/error", pre, "[auth_basic:error] ", pid, cl(), "AH01618: user ", vuser(p.username()), " not found: /admin/"),
            lambda: mk("apache/error", pre, "[authz_core:error] ", pid, cl(), "AH01630: client denied by server configuration: /var/www/html/.git/config"),
            lambda: mk("apache/error", pre, "[php:error] ", pid, cl(), "PHP Fatal error:  Uncaught PDOException: SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry '", vemail(p), "' for key 'users.email' in /var/www/html/src/Signup.php:88, referer: https://shop.example.com/register"),
            lambda: mk("apache/error", pre, "[proxy_http:error] ", pid, "(111)Connection refused: ", cl(), "AH01114: HTTP: failed to make connection to backend: ", vpriv4()),
            lambda: mk("apache/error", pre, "[php:warn] ", pid, cl(), "PHP Warning:  mail(): Failed to send reset link to ", vemail(p), " in /var/www/html/forgot.php on line 27")])()
    def d_misc():
        t = ts_event()
        pre = f"[{t.strftime('%a %b %d %H:%M:%S')}.{t.microsecond:06d} {t.year}] "
        return ch([lambda: mk("apache/access", f"::1 - - [{clf_ts()}] \"OPTIONS * HTTP/1.0\" 200 126 \"-\" \"Apache/2.4.62 (Debian) (internal dummy connection)\""),
                   lambda: mk("apache/access", f"127.0.0.1 - - [{clf_ts()}] \"GET /server-status?auto HTTP/1.1\" 200 {rint(600, 1400)} \"-\" \"collectd/5.12.0\""),
                   lambda: mk("apache/error", pre, "[mpm_event:notice] [pid 1:tid 1] ", ch(["AH00489: Apache/2.4.62 (Unix) OpenSSL/3.0.15 configured -- resuming normal operations",
                              "AH00492: caught SIGWINCH, shutting down gracefully", "AH00493: SIGUSR1 received.  Doing graceful restart"])),
                   lambda: mk("apache/error", pre, "[core:notice] [pid 1:tid 1] ", ch(["AH00094: Command line: 'httpd -D FOREGROUND'",
                              "AH00558: apache2: Could not reliably determine the server's fully qualified domain name, using 127.0.1.1. Set the 'ServerName' directive globally to suppress this message"]))])()
    return produce(n, [(access, 3), (err, 2)], [d_misc])

# ---------------------------------------------------------------------------------------------- HAProxy
def hap_date(t=None): t = t or ts_event(); return t.strftime("%d/%b/%Y:%H:%M:%S") + f".{t.microsecond // 1000:03d}"
@fmt("haproxy", "HAProxy 2.8 configuration manual §8.2.3 HTTP log format ('option httplog': client_ip:port [accept_date] frontend backend/server Tq/Tw/Tc/Tr/Tt status bytes captured_request_cookie captured_response_cookie termination_state actconn/feconn/beconn/srv_conn/retries srv_queue/backend_queue {captured request headers} {captured response headers} \"request\"), 'capture cookie' / 'capture request header', a log-format JSON template, and the process's [NOTICE]/[WARNING] and server state messages",
     "client_ip (ipv4/ipv6), captured session cookie values (secret), captured request headers: X-Forwarded-For (ip), Authorization Bearer JWT (jwt), X-User-Email (email), PII in the request line (URL-encoded emails/phones, user ids, reset tokens)",
     "health-check state messages (Layer4/Layer7, check duration), 'Proxy X started.', backend has no server available, [NOTICE]/[WARNING] startup lines, timers, termination states (----, cD--, SH--), connection counters, '-' captures")
def fmt_haproxy(n):
    pre = lambda: f"{syslog_ts()} {ch(['lb-01', 'lb-02', 'edge-fra-1'])} haproxy[{rint(1000, 99999)}]: "
    def http():
        p = P(); tq, tw, tc, tr = rint(0, 30), 0, rint(0, 5), rint(1, 900)
        cookie = chw([("-", 3), (["SESSIONID=", V("secret", session_id())], 1)])
        hdrs = ch([[f"{ch(['shop.example.com', 'api.example.com'])}|", vip4(), f"|{ua()}"], [f"{ch(['shop.example.com', 'api.example.com'])}||{ua()}"],
                   ["api.example.com|Bearer ", vjwt(p)], ["api.example.com|", vemail(p)]])
        target = url_pii(p) if coin(0.6) else url_plain()
        term = ch(["----", "----", "----", "cD--", "SH--", "CC--"])
        return mk("haproxy/http", pre(), vip(0.15), f":{rint(1024, 65535)} [{hap_date()}] {ch(['fe_https~', 'http-in', 'fe_api'])} {ch(['be_app', 'be_api', 'static'])}/{ch(['app1', 'app2', 'srv1'])} {tq}/{tw}/{tc}/{tr}/{tq + tw + tc + tr} {ch([200, 200, 302, 401, 503])} {rint(100, 99999)} ",
                  cookie, " - ", term, f" {rint(1, 900)}/{rint(1, 900)}/{rint(0, 50)}/{rint(0, 20)}/0 0/0 {{", hdrs, "} {} \"", ch(["GET", "POST"]), " ", target, " HTTP/1.1\"")
    def jsonl():
        p = P(); ip = vip(0.1)
        obj = {"host": "lb-01", "ident": "haproxy", "pid": rint(1000, 9999), "time": hap_date(), "internal": {"conn": {"act": rint(1, 99), "fe": rint(1, 99), "be": rint(0, 9), "srv": rint(0, 9)}},
               "termination_state": "----", "network": {"client_ip": ip, "client_port": rint(1024, 65535), "frontend_ip": V("ipv4", priv4()), "frontend_port": 443},
               "request": {"method": "POST", "hu": S(url_pii(p)), "protocol": "HTTP/1.1", "header": {"host": "api.example.com", "xforwardfor": vip4(), "user_agent": ua()}},
               "name": {"backend": "be_api", "frontend": "fe_https", "server": "app2"}, "response": {"status_code": 200}, "bytes": {"uploaded": rint(100, 9999), "read": rint(100, 99999)}}
        return mk("haproxy/json", pre(), J(obj))
    def d_misc():
        return mk("haproxy/system", ch([pre(), f"[{ch(['NOTICE', 'WARNING'])}]   ({rint(1, 9)}) : "]), ch([
            f"Proxy {ch(['http-in', 'fe_api', 'stats'])} started.", f"Server be_app/app{rint(1, 4)} is DOWN, reason: Layer4 timeout, check duration: {rint(1000, 3000)}ms. {rint(0, 3)} active and 0 backup servers left. 0 sessions active, 0 requeued, 0 remaining in queue.",
            "backend be_app has no server available!", f"Health check for server be_api/app{rint(1, 4)} succeeded, reason: Layer7 check passed, code: 200, check duration: {rint(1, 9)}ms, status: 3/3 UP.",
            "haproxy version is 2.8.5-1ubuntu3.1", "path to executable is /usr/sbin/haproxy", "config : 'option forwardfor' ignored for proxy 'fe_tcp' as it requires HTTP mode.",
            "Loading success.", f"Stopping frontend GLOBAL in 0 ms.", f"Server be_api/app{rint(1, 4)} is UP, reason: Layer7 check passed, code: 200, check duration: 4ms. 2 active and 0 backup servers online. 0 sessions requeued, 0 total in queue."]))
    return produce(n, [(http, 4), (jsonl, 1)], [d_misc])

# ---------------------------------------------------------------------------------------------- Envoy
@fmt("envoy", "Envoy proxy docs 'Access logging': default format string ([%START_TIME%] \"%REQ(:METHOD)% %REQ(X-ENVOY-ORIGINAL-PATH?:PATH)% %PROTOCOL%\" %RESPONSE_CODE% %RESPONSE_FLAGS% %BYTES_RECEIVED% %BYTES_SENT% %DURATION% %RESP(X-ENVOY-UPSTREAM-SERVICE-TIME)% \"%REQ(X-FORWARDED-FOR)%\" \"%REQ(USER-AGENT)%\" \"%REQ(X-REQUEST-ID)%\" \"%REQ(:AUTHORITY)%\" \"%UPSTREAM_HOST%\"), format strings with %DOWNSTREAM_REMOTE_ADDRESS% and %REQ(AUTHORIZATION)%, json_format dictionaries; server log lines [time][thread][level][logger] [file:line] message",
     "X-Forwarded-For and downstream remote addresses (ipv4, [ipv6]:port), upstream hosts (every IPv4), PII in paths (URL-encoded emails/phones, user ids, tokens), Authorization Bearer JWTs logged via %REQ(AUTHORIZATION)% (jwt) or opaque tokens (secret), x-user-email header values (email)",
     "kube-probe / readiness requests with '-' upstream, request ids (UUID), response flags (UF, UH, NR, URX), durations and byte counts, main/upstream/config server log lines (cds/lds updates, 'starting main dispatch loop', hot restart version)")
def fmt_envoy(n):
    def default():
        p = P(); t = iso_ts()
        xff = ch([[vip4()], [vip4(), ",", vpriv4()], [vip6()], ["-"]])
        target = url_pii(p) if coin(0.65) else url_plain()
        return mk("envoy/default", f"[{t}] \"{ch(['GET', 'POST', 'PUT', 'DELETE'])} ", target, f" {ch(['HTTP/1.1', 'HTTP/2'])}\" {ch([200, 200, 201, 401, 503, 404])} {ch(['-', '-', 'UF', 'URX', 'UH'])} {rint(0, 4000)} {rint(0, 90000)} {rint(1, 900)} {ch([str(rint(1, 800)), '-'])} \"",
                  xff, f"\" \"{ua()}\" \"{uuid4()}\" \"{ch(['api.example.com', 'shop.example.com', 'payments.svc.cluster.local:8080'])}\" \"", ch([[vpriv4(), f":{ch([8080, 9000, 3000])}"], ["-"]]), "\"")
    def custom():
        p = P(); t = iso_ts()
        auth = ch([["Bearer ", vjwt(p)], ["Bearer ", vsecret(ralnum(40, URLCH))], ["-"]])
        addr = ch([[vip4(), f":{rint(1024, 65535)}"], ["[", vip6(), f"]:{rint(1024, 65535)}"]])
        return mk("envoy/custom", f"[{t}] ", addr, f" \"{ch(['GET', 'POST'])} {url_plain()} HTTP/1.1\" {ch([200, 401, 403])} authz=\"", auth, f"\" rid={uuid4()}")
    def jsonf():
        p = P()
        o = {"start_time": iso_ts(), "method": ch(["GET", "POST"]), "path": S(url_pii(p)), "protocol": "HTTP/2", "response_code": ch([200, 204, 400]), "response_flags": "-",
             "bytes_received": rint(0, 900), "bytes_sent": rint(0, 9000), "duration": rint(1, 400), "upstream_service_time": str(rint(1, 300)),
             "x_forwarded_for": vip4(), "user_agent": ua(), "request_id": uuid4(), "authority": "api.example.com", "upstream_host": S([vpriv4(), ":8080"]),
             "downstream_remote_address": S([vip4(), f":{rint(1024, 65535)}"])}
        if coin(0.5): o["x_user_email"] = vemail(p)
        return mk("envoy/json", J(o))
    def d_misc():
        t = ts_event()
        return ch([lambda: mk("envoy/default", f"[{iso_ts()}] \"GET {ch(['/healthz/ready', '/ready', '/stats/prometheus'])} HTTP/1.1\" 200 - 0 {rint(2, 900)} 0 - \"-\" \"{ch(['kube-probe/1.31', 'Prometheus/2.54.1'])}\" \"{uuid4()}\" \"localhost:15021\" \"-\""),
                   lambda: mk("envoy/server", f"[{t.strftime('%Y-%m-%d %H:%M:%S')}.{t.microsecond // 1000:03d}][{rint(1, 40)}][{ch(['info', 'warning', 'debug'])}][{ch(['main', 'upstream', 'config'])}] ", ch([
                       "[source/server/server.cc:932] starting main dispatch loop", "[source/common/upstream/cluster_manager_impl.cc:240] cm init: all clusters initialized",
                       "[source/server/server.cc:413] initializing epoch 0 (base id=0, hot restart version=11.104)", "[source/extensions/config_subscription/grpc/grpc_stream.h:155] StreamAggregatedResources gRPC config stream to xds-grpc closed: 13, upstream connect error or disconnect/reset before headers",
                       f"[source/common/upstream/cds_api_helper.cc:32] cds: add {rint(1, 90)} cluster(s), remove {rint(0, 5)} cluster(s)", "[source/server/listener_impl.cc:882] lds: add/update listener 'virtualInbound'"]))])()
    return produce(n, [(default, 4), (custom, 1), (jsonf, 2)], [d_misc])

# ---------------------------------------------------------------------------------------------- Okta System Log
def okta_id(pfx="00u"): return pfx + ralnum(17)
@fmt("okta", "Okta System Log API: LogEvent object (uuid, published, eventType, version, severity, legacyEventType, displayMessage, actor{id,type,alternateId,displayName,detailEntry}, client{userAgent{rawUserAgent,os,browser}, zone, device, id, ipAddress, geographicalContext{city,state,country,postalCode,geolocation}}, outcome{result,reason}, target[], transaction{type,id,detail}, debugContext.debugData, authenticationContext, securityContext, request.ipChain[]) for user.session.start, user.authentication.sso, user.lifecycle.create, group.user_membership.add, user.account.update_password, system.org.rate_limit.warning",
     "actor.id / target.id of users 00u… (user_id), actor/target alternateId (email or username), displayName of users (person), client.ipAddress and request.ipChain[].ip (ipv4/ipv6)",
     "SystemPrincipal actor (id 0oa…, alternateId system@okta.com, 'Okta System': a system identity), AppInstance/UserGroup/PolicyEntity targets, transaction ids, uuids, requestId, threatSuspected, IP geolocation city/postalCode (coarse location of an address, not a person's address), rate-limit events with null client address")
def fmt_okta(n):
    def ev(kind):
        p = P(); uid = okta_id(); ip = vip(0.15); alt = vemail(p, ch(["example.com", "acme.io"])) if coin(0.8) else vuser(p.username())
        actor = {"id": vuid(uid), "type": "User", "alternateId": alt, "displayName": vname(p.full), "detailEntry": None}
        geo = ch([("Berlin", "Land Berlin", "Germany", "10115", 52.5244, 13.4105), ("Stockholm", "Stockholm County", "Sweden", "111 20", 59.3293, 18.0686),
                  ("Austin", "Texas", "United States", "78701", 30.2672, -97.7431), ("Praha", "Praha", "Czechia", "110 00", 50.0755, 14.4378)])
        gc = {"city": geo[0], "state": geo[1], "country": geo[2], "postalCode": geo[3], "geolocation": {"lat": geo[4], "lon": geo[5]}}
        client = {"userAgent": {"rawUserAgent": ua(), "os": ch(["Windows 10", "Mac OS X", "Android"]), "browser": ch(["CHROME", "SAFARI", "FIREFOX"])},
                  "zone": "null", "device": ch(["Computer", "Mobile"]), "id": None, "ipAddress": ip, "geographicalContext": gc}
        target = None; outcome = {"result": "SUCCESS", "reason": None}; legacy = None
        if kind == "session":
            et, msg = "user.session.start", "User login to Okta"
            if coin(0.35): outcome = {"result": "FAILURE", "reason": ch(["INVALID_CREDENTIALS", "VERIFICATION_ERROR", "LOCKED_OUT"])}
            legacy = "core.user_auth.login_success" if outcome["result"] == "SUCCESS" else "core.user_auth.login_failed"
        elif kind == "sso":
            et, msg = "user.authentication.sso", "User single sign on to app"
            target = [{"id": okta_id("0oa"), "type": "AppInstance", "alternateId": ch(["Salesforce.com", "Slack", "Zoom"]), "displayName": ch(["Salesforce.com", "Slack", "Zoom"]), "detailEntry": {"signOnModeType": "SAML_2_0"}},
                      {"id": okta_id("0ua"), "type": "AppUser", "alternateId": vemail(p, "acme.io"), "displayName": vname(p.full), "detailEntry": None}]
        elif kind == "create":
            q_ = P(); et, msg = "user.lifecycle.create", "Create Okta user"
            target = [{"id": vuid(okta_id()), "type": "User", "alternateId": vemail(q_, "acme.io"), "displayName": vname(q_.full), "detailEntry": None}]
        elif kind == "group":
            q_ = P(); et, msg = "group.user_membership.add", "Add user to group membership"
            target = [{"id": vuid(okta_id()), "type": "User", "alternateId": vemail(q_, "acme.io"), "displayName": vname(q_.full), "detailEntry": None},
                      {"id": okta_id("00g"), "type": "UserGroup", "alternateId": "unknown", "displayName": ch(["Finance", "Engineering", "VPN Users"]), "detailEntry": None}]
        else:
            et, msg = "user.account.update_password", "User update password for Okta"
            target = [{"id": vuid(uid), "type": "User", "alternateId": alt, "displayName": vname(p.full), "detailEntry": None}]
        o = {"actor": actor, "client": client, "device": None, "authenticationContext": {"authenticationProvider": None, "credentialProvider": None, "credentialType": None,
             "issuer": None, "interface": None, "authenticationStep": 0, "externalSessionId": "unknown"}, "displayMessage": msg, "eventType": et, "outcome": outcome,
             "published": iso_ts(), "securityContext": {"asNumber": rint(1000, 65000), "asOrg": ch(["deutsche telekom ag", "telia company ab", "comcast cable"]), "isp": ch(["deutsche telekom ag", "telia", "comcast"]), "domain": ch(["t-ipconnect.de", "telia.com", "comcast.net"]), "isProxy": False},
             "severity": "INFO" if outcome["result"] == "SUCCESS" else "WARN", "debugContext": {"debugData": {"requestId": ralnum(27), "requestUri": "/api/v1/authn", "threatSuspected": "false", "url": "/api/v1/authn?"}},
             "legacyEventType": legacy, "transaction": {"type": "WEB", "id": ralnum(27), "detail": {}}, "uuid": uuid4(), "version": "0",
             "request": {"ipChain": [{"ip": ip, "geographicalContext": gc, "version": "V4" if ip.kind == "ipv4" else "V6", "source": None}]}, "target": target}
        return mk("okta/event", J(o))
    def lab(): return ev(chw([("session", 4), ("sso", 2), ("create", 1), ("group", 1), ("pw", 1)]))
    def d_sys():
        o = {"actor": {"id": okta_id("0oa"), "type": "SystemPrincipal", "alternateId": "system@okta.com", "displayName": "Okta System", "detailEntry": None},
             "client": {"userAgent": None, "zone": None, "device": None, "id": None, "ipAddress": None, "geographicalContext": None},
             "displayMessage": ch(["Rate limit warning", "Import of users from app completed", "Okta AD agent read configuration"]),
             "eventType": ch(["system.org.rate_limit.warning", "system.import.complete", "system.agent.ad.read_config"]), "outcome": {"result": "SUCCESS", "reason": None},
             "published": iso_ts(), "severity": "WARN", "debugContext": {"debugData": {"rateLimitBucketUuid": uuid4(), "rateLimitScopeType": "ORG", "rateLimitSecondsToReset": str(rint(1, 60)), "threshold": str(rint(100, 1200)), "timeSpan": "1", "timeUnit": "MINUTES"}},
             "legacyEventType": None, "transaction": {"type": "JOB", "id": ralnum(27), "detail": {}}, "uuid": uuid4(), "version": "0", "request": {"ipChain": []}, "target": None}
        return mk("okta/event", J(o))
    return produce(n, [lab], [d_sys])

# ---------------------------------------------------------------------------------------------- Keycloak
@fmt("keycloak", "Keycloak Server Administration Guide 'Auditing and events' (login events LOGIN, LOGIN_ERROR, REGISTER, UPDATE_EMAIL, SEND_RESET_PASSWORD, CODE_TO_TOKEN with details; admin events operationType/resourceType/resourcePath) as written by the jboss-logging event listener in the WildFly era (key=value, unquoted) and the Quarkus distribution (key=\"value\"), plus server startup messages",
     "userId (user_id), username (username, or email when it is one), email / previous_email / updated_email details (email), ipAddress (ipv4/ipv6), resourcePath users/<id> of admin events (user_id)",
     "realmId/realmName, clientId of applications, code_id / token_id / refresh_token_id (ids of sessions and tokens, not the tokens), userId=\"null\", redirect_uri without personal data, error codes, startup lines (Quarkus version, 'Listening on: http://0.0.0.0:8080', installed features, KC-SERVICES0009 for the bootstrap 'admin')")
def fmt_keycloak(n):
    def kv(pairs, quoted):
        out = []
        for i, (k, v) in enumerate(pairs):
            out.append((", " if i else "") + k + "=" + ('"' if quoted else ""))
            out.append(v)
            if quoted: out.append('"')
        return out
    def ev():
        p = P(); quoted = coin(0.65); t = ts_event()
        pre = (f"{t.strftime('%Y-%m-%d %H:%M:%S')},{t.microsecond // 1000:03d} " if quoted else f"{t.strftime('%H:%M:%S')},{t.microsecond // 1000:03d} ")
        thread = f"(executor-thread-{rint(1, 60)})" if quoted else f"(default task-{rint(1, 90)})"
        realm = [("realmId", uuid4() if quoted else "shop")] + ([("realmName", "shop")] if quoted else [])
        uid = vuid(uuid4()); ip = vip(0.15); client = ch(["shop-web", "mobile-app", "account-console"])
        login = vemail(p) if coin(0.35) else vuser(p.username())
        typ = chw([("LOGIN_ERROR", 4), ("LOGIN", 2), ("REGISTER", 1), ("UPDATE_EMAIL", 1), ("SEND_RESET_PASSWORD", 1), ("CODE_TO_TOKEN", 1), ("ADMIN", 1)])
        redirect = "https://shop.example.com/auth/callback"
        if typ == "LOGIN_ERROR":
            err = ch(["invalid_user_credentials", "user_not_found", "user_temporarily_disabled"])
            u = "null" if err == "user_not_found" else uid
            pairs = [("type", "LOGIN_ERROR")] + realm + [("clientId", client), ("userId", u), ("ipAddress", ip), ("error", err), ("auth_method", "openid-connect"), ("auth_type", "code"),
                     ("redirect_uri", redirect), ("code_id", uuid4()), ("username", login)]
            lvl = "WARN "
        elif typ == "LOGIN":
            pairs = [("type", "LOGIN")] + realm + [("clientId", client), ("userId", uid), ("ipAddress", ip), ("auth_method", "openid-connect"), ("auth_type", "code"),
                     ("response_type", "code"), ("redirect_uri", redirect), ("consent", "no_consent_required"), ("code_id", uuid4()), ("username", login), ("response_mode", "query"), ("authSessionParentId", uuid4()), ("authSessionTabId", ralnum(11, URLCH))]
            lvl = "DEBUG"
        elif typ == "REGISTER":
            pairs = [("type", "REGISTER")] + realm + [("clientId", client), ("userId", uid), ("ipAddress", ip), ("auth_method", "openid-connect"), ("auth_type", "code"), ("register_method", "form"),
                     ("last_name", vname(p.family)), ("redirect_uri", redirect), ("first_name", vname(p.given)), ("code_id", uuid4()), ("email", vemail(p)), ("username", login)]
            lvl = "DEBUG"
        elif typ == "UPDATE_EMAIL":
            pairs = [("type", "UPDATE_EMAIL")] + realm + [("clientId", "account-console"), ("userId", uid), ("ipAddress", ip), ("previous_email", vemail(p)), ("updated_email", vemail(p, "example.org")), ("username", login)]
            lvl = "DEBUG"
        elif typ == "SEND_RESET_PASSWORD":
            pairs = [("type", "SEND_RESET_PASSWORD")] + realm + [("clientId", client), ("userId", uid), ("ipAddress", ip), ("auth_method", "openid-connect"), ("redirect_uri", redirect), ("code_id", uuid4()), ("email", vemail(p)), ("username", login)]
            lvl = "DEBUG"
        elif typ == "CODE_TO_TOKEN":
            pairs = [("type", "CODE_TO_TOKEN")] + realm + [("clientId", client), ("userId", uid), ("ipAddress", ip), ("token_id", uuid4()), ("grant_type", "authorization_code"),
                     ("refresh_token_type", "Refresh"), ("scope", "openid profile email"), ("refresh_token_id", uuid4()), ("code_id", uuid4()), ("client_auth_method", "client-secret")]
            lvl = "DEBUG"
        else:
            pairs = [("operationType", ch(["CREATE", "UPDATE", "DELETE"]))] + realm + [("clientId", "security-admin-console"), ("userId", vuid(uuid4())), ("ipAddress", ip), ("resourceType", "USER"), ("resourcePath", ["users/", vuid(uuid4())])]
            lvl = "DEBUG"
        return mk("keycloak/event", pre, lvl, " [org.keycloak.events] ", thread, " ", kv(pairs, quoted))
    def d_misc():
        t = ts_event()
        pre = f"{t.strftime('%Y-%m-%d %H:%M:%S')},{t.microsecond // 1000:03d} INFO  "
        return mk("keycloak/server", pre, ch([
            "[io.quarkus] (main) Keycloak 26.0.5 on JVM (powered by Quarkus 3.15.1) started in 9.871s. Listening on: http://0.0.0.0:8080. Management interface listening on http://0.0.0.0:9000.",
            "[io.quarkus] (main) Profile prod activated.", "[io.quarkus] (main) Installed features: [agroal, cdi, hibernate-orm, jdbc-postgresql, keycloak, narayana-jta, opentelemetry, rest, rest-jackson, vertx]",
            "[org.keycloak.services] (main) KC-SERVICES0050: Initializing master realm", "[org.keycloak.services] (main) KC-SERVICES0009: Added user 'admin' to realm 'master'",
            "[org.keycloak.quarkus.runtime.storage.infinispan.CacheManagerFactory] (main) Starting Infinispan embedded cache manager",
            "[org.keycloak.broker.provider.AbstractIdentityProvider] (executor-thread-4) Identity provider 'google' token exchange disabled",
            f"[org.keycloak.services.scheduled.ScheduledTaskRunner] (Timer-0) Executed scheduled task ClearExpiredEvents in {rint(1, 90)}ms"]))
    return produce(n, [ev], [d_misc])

# ---------------------------------------------------------------------------------------------- Microsoft 365 unified audit log
TENANTS = ["contoso.com", "fabrikam.de", "northwind.se", "adatum.cz"]
@fmt("m365audit", "Office 365 Management Activity API schema: common schema (CreationTime, Id, Operation, OrganizationId, RecordType, ResultStatus, UserKey, UserType, Version, Workload, ClientIP, ObjectId, UserId), Azure AD schema (AzureActiveDirectoryEventType, ExtendedProperties, ModifiedProperties with NewValue/OldValue JSON-in-string, Actor/Target with Type codes, ActorContextId, ActorIpAddress, LogonError), Exchange admin schema (Parameters for New-InboxRule / Set-Mailbox), Exchange mailbox schema, SharePoint file operations schema (SiteUrl, SourceFileName, SourceRelativeUrl, UserAgent)",
     "UserId / Actor ID of type 5 / Target UPNs (email), UserKey PUIDs and Azure AD object ids of users (user_id), ClientIP / ActorIpAddress incl. 'ip:port' and '[ipv6]:port' forms (ip), ModifiedProperties DisplayName/Mobile values inside JSON-escaped arrays (person, phone), forwarding addresses in inbox-rule and Set-Mailbox parameters incl. 'smtp:' prefix (email), OneDrive personal-site path segment anna_schmidt_contoso_com (username), names in mail subjects and file names (person)",
     "system actors app@sharepoint (SharePoint app principal) and 'NT AUTHORITY\\SYSTEM (Microsoft.Exchange.ServiceHost)', ServicePrincipal_… ids, OrganizationId/Id/ApplicationId GUIDs, RecordType/UserType codes, ResultStatus, Workload names, team-site URLs, empty ClientIP")
def fmt_m365audit(n):
    def base(op, rt, wl, user, ukey, ip, extra):
        o = {"CreationTime": iso_ts(frac=0, z=""), "Id": uuid4(), "Operation": op, "OrganizationId": uuid4(), "RecordType": rt, "ResultStatus": ch(["Success", "Succeeded"]) if wl != "AzureActiveDirectory" else "Success",
             "UserKey": ukey, "UserType": 0, "Version": 1, "Workload": wl, "ClientIP": ip, "UserId": user}
        o.update(extra); return o
    def puid(): return "1003" + rhex(12, True)
    def aad_login():
        p = P(); ten = ch(TENANTS); upn = vemail(p, ten); oid = uuid4(); ip = vip(0.2)
        fail = coin(0.35)
        ext = {"ObjectId": "00000003-0000-0000-c000-000000000000", "AzureActiveDirectoryEventType": 1,
               "ExtendedProperties": [{"Name": "ResultStatusDetail", "Value": "Success" if not fail else "UserError"}, {"Name": "UserAgent", "Value": ua()}, {"Name": "RequestType", "Value": ch(["OAuth2:Authorize", "Login:login", "SAS:ProcessAuth"])}],
               "ModifiedProperties": [], "Actor": [{"ID": vuid(oid), "Type": 0}, {"ID": upn, "Type": 5}], "ActorContextId": uuid4(), "ActorIpAddress": ip,
               "InterSystemsId": uuid4(), "IntraSystemId": uuid4(), "SupportTicketId": "", "Target": [{"ID": "00000003-0000-0000-c000-000000000000", "Type": 0}], "TargetContextId": uuid4(), "ApplicationId": uuid4(), "ErrorNumber": "50126" if fail else "0"}
        if fail: ext["LogonError"] = "InvalidUserNameOrPassword"
        o = base("UserLoginFailed" if fail else "UserLoggedIn", 15, "AzureActiveDirectory", upn, vuid(puid() + ("@" + ten if coin(0.5) else "")), ip, ext)
        o["ResultStatus"] = "Failed" if fail else "Success"
        return mk("m365audit/aad", J(o))
    def aad_adduser():
        admin = P(); p = P(); ten = ch(TENANTS); nuid = uuid4()
        mp = [{"Name": "AccountEnabled", "NewValue": "[\r\n  true\r\n]", "OldValue": "[]"},
              {"Name": "DisplayName", "NewValue": S(["[\r\n  \"", vname(p.full), "\"\r\n]"]), "OldValue": "[]"},
              {"Name": "UserPrincipalName", "NewValue": S(["[\r\n  \"", vemail(p, ten), "\"\r\n]"]), "OldValue": "[]"},
              {"Name": "Mobile", "NewValue": S(["[\r\n  \"", vphone(p.country if p.country in PHONE_COUNTRIES else None, "intl"), "\"\r\n]"]), "OldValue": "[]"},
              {"Name": "Included Updated Properties", "NewValue": "AccountEnabled, DisplayName, UserPrincipalName, Mobile", "OldValue": ""}]
        ext = {"ObjectId": S(["User_", vuid(nuid)]), "AzureActiveDirectoryEventType": 1, "ExtendedProperties": [{"Name": "additionalDetails", "Value": "{\"UserType\":\"Member\"}"}, {"Name": "extendedAuditEventCategory", "Value": "User"}],
               "ModifiedProperties": mp, "Actor": [{"ID": vemail(admin, ten), "Type": 5}, {"ID": vuid(puid()), "Type": 3}, {"ID": "User_" + uuid4(), "Type": 2}],
               "Target": [{"ID": S(["User_", vuid(nuid)]), "Type": 2}, {"ID": vuid(nuid), "Type": 2}, {"ID": "User", "Type": 2}, {"ID": vemail(p, ten), "Type": 5}]}
        return mk("m365audit/aad", J(base("Add user.", 8, "AzureActiveDirectory", vemail(admin, ten), vuid(puid() + "@" + ten), "<null>", ext)))
    def exo_rule():
        p = P(); ten = ch(TENANTS); ext_mail = vemail(p, ch(["gmail.com", "proton.me", "outlook.com"]))
        if coin(0.5):
            params = [{"Name": "AlwaysDeleteOutputOnError", "Value": "True"}, {"Name": "Force", "Value": "True"}, {"Name": "ForwardTo", "Value": ext_mail},
                      {"Name": "Name", "Value": ch([".", "..", "Archive"])}, {"Name": "StopProcessingRules", "Value": "True"}]
            op = "New-InboxRule"
        else:
            params = [{"Name": "Identity", "Value": vemail(p, ten)}, {"Name": "ForwardingSmtpAddress", "Value": S(["smtp:", ext_mail])}, {"Name": "DeliverToMailboxAndForward", "Value": "True"}]
            op = "Set-Mailbox"
        ip = [vip4(), f":{rint(1024, 65535)}"] if coin(0.6) else ["[", vip6(), f"]:{rint(1024, 65535)}"]
        o = base(op, 1, "Exchange", vemail(p, ten), vuid(puid()), S(ip), {"ObjectId": vemail(p, ten), "AppId": "", "ClientAppId": "", "ExternalAccess": False, "OrganizationName": ten.split(".")[0] + ".onmicrosoft.com",
                 "OriginatingServer": f"{ralnum(4, string.ascii_uppercase)}{rint(1, 9)}PR{rint(10, 99)}MB{rint(1000, 9999)} (15.20.{rint(7000, 8200)}.{rint(10, 40)})", "Parameters": params})
        return mk("m365audit/exchange", J(o))
    def spo_file():
        p = P(); ten = ch(TENANTS); upn_seg = p.email(ten).replace("@", "_").replace(".", "_")
        fname = ch([["Gehaltsabrechnung_", vname(p.family), "_2024-10.pdf"], ["CV_", vname(p.given + "_" + p.family), ".docx"], ["Q3-forecast.xlsx"], ["Lönespec_okt.pdf"]])
        site = f"https://{ten.split('.')[0]}-my.sharepoint.com/personal/"
        o = base(ch(["FileAccessed", "FileDownloaded", "FileModified"]), 6, "OneDrive", vemail(p, ten), S(["i:0h.f|membership|", vuid(puid().lower()), "@live.com"]), vip(0.2),
                 {"ObjectId": S([site, vuser(upn_seg), "/Documents/", fname]), "CorrelationId": uuid4(), "EventSource": "SharePoint", "ItemType": "File", "ListId": uuid4(), "ListItemUniqueId": uuid4(),
                  "Site": uuid4(), "UserAgent": ua(), "WebId": uuid4(), "SourceFileExtension": "pdf", "SiteUrl": S([site, vuser(upn_seg), "/"]), "SourceFileName": S(fname), "SourceRelativeUrl": "Documents"})
        return mk("m365audit/sharepoint", J(o))
    def d_sys():
        return ch([lambda: mk("m365audit/sharepoint", J(base("ListUpdated", 36, "SharePoint", "app@sharepoint", "i:0i.t|00000003-0000-0ff1-ce00-000000000000|app@sharepoint", "",
                                                             {"ObjectId": f"https://{ch(TENANTS).split('.')[0]}.sharepoint.com/sites/{ch(['Marketing', 'IT', 'Intranet'])}/Lists/Announcements", "ItemType": "List", "EventSource": "SharePoint", "Site": uuid4(), "WebId": uuid4()}))),
                   lambda: mk("m365audit/exchange", J(base(ch(["Set-Mailbox", "Set-CalendarProcessing", "Set-MailboxFolderPermission"]), 1, "Exchange", "NT AUTHORITY\\SYSTEM (Microsoft.Exchange.ServiceHost)", "S-1-5-18", "",
                                                             {"ObjectId": ch(["Conference Room 4.12", "Shared Mailbox Support", "Equipment Beamer 2"]), "ExternalAccess": True, "Parameters": [{"Name": "AutomateProcessing", "Value": "AutoAccept"}]}))),
                   lambda: mk("m365audit/aad", J(base("Update application – Certificates and secrets management ", 8, "AzureActiveDirectory", "ServicePrincipal_" + uuid4(), "Not Available", "<null>",
                                                      {"ObjectId": "Application_" + uuid4(), "AzureActiveDirectoryEventType": 1, "ModifiedProperties": [{"Name": "KeyDescription", "NewValue": "[\"[KeyIdentifier=" + uuid4() + ",KeyType=Password,KeyUsage=Verify,DisplayName=ci-deploy]\"]", "OldValue": "[]"}]})))])()
    return produce(n, [(aad_login, 3), (aad_adduser, 1), (exo_rule, 2), (spo_file, 2)], [d_sys])

# ---------------------------------------------------------------------------------------------- GitHub audit log
def gh_login(p): return re.sub(r"[._]", "-", p.username())
@fmt("ghaudit", "GitHub Docs 'Audit log events for your enterprise/organization' and audit log streaming: JSON events with @timestamp, _document_id, action, actor, actor_id, actor_ip, actor_is_bot, actor_location.country_code, business, org, org_id, user, user_id, repo, operation_type, created_at, user_agent, request_id, external_identity_nameid, programmatic_access_type, token_id, hashed_token, token_scopes, transport_protocol_name",
     "actor / user logins of people (username), actor_id / user_id (user_id), actor_ip (ipv4/ipv6), external_identity_nameid / external_identity_username of SAML SSO events (email), emails in org.invite_member",
     "bot actors (dependabot[bot], github-actions[bot], renovate[bot]) without addresses, hashed_token (SHA-256 of a token, not the token), token_id, _document_id, request_id, org/repo names, business ids, timestamps, country codes")
def fmt_ghaudit(n):
    def ev():
        p = P(); login = gh_login(p); ip = vip(0.2); o2 = P()
        base = {"@timestamp": epoch_ms(), "_document_id": ralnum(22, URLCH), "action": None, "actor": vuser(login), "actor_id": VN("user_id", rint(100000, 180000000)), "actor_ip": ip, "actor_is_bot": False,
                "actor_location": {"country_code": ch(["DE", "SE", "US", "CZ", "IN"])}, "business": "acme", "business_id": rint(1000, 99999), "created_at": epoch_ms(), "operation_type": None, "org": "acme-eng", "org_id": rint(10000000, 99999999)}
        kind = chw([("clone", 3), ("add_member", 2), ("sso", 2), ("invite", 1), ("repo", 1)])
        if kind == "clone":
            base.update({"action": "git.clone", "operation_type": "access", "repo": "acme-eng/" + ch(["shop", "infra", "payments-api"]), "repository_public": False, "transport_protocol_name": "http", "transport_protocol": 1,
                         "programmatic_access_type": "Personal access token (classic)", "token_id": rint(100000000, 999999999), "hashed_token": base64.b64encode(bytes(R.getrandbits(8) for _ in range(32))).decode(), "token_scopes": "repo,workflow"})
        elif kind == "add_member":
            base.update({"action": "org.add_member", "operation_type": "create", "permission": "read", "user": vuser(gh_login(o2)), "user_id": VN("user_id", rint(100000, 180000000)), "user_agent": ua(), "request_id": f"{rhex(4, True)}:{rhex(5, True)}:{rhex(7, True)}:{rhex(7, True)}:{rhex(8, True)}"})
        elif kind == "sso":
            base.update({"action": "org_credential_authorization.grant", "operation_type": "create", "external_identity_nameid": vemail(p, "acme.io"), "external_identity_username": vemail(p, "acme.io"),
                         "credential_authorized_at": epoch_ms(), "token_id": rint(100000000, 999999999), "user_agent": ua()})
        elif kind == "invite":
            base.update({"action": "org.invite_member", "operation_type": "create", "email": vemail(o2), "invitee": None, "permission": "direct_member", "user_agent": ua()})
        else:
            base.update({"action": ch(["repo.create", "repo.access", "protected_branch.destroy"]), "operation_type": ch(["create", "modify"]), "repo": "acme-eng/" + ch(["shop", "infra", "docs"]), "visibility": "private", "user_agent": ua()})
        return mk("ghaudit/event", J(base))
    def d_bot():
        bot = ch(["dependabot[bot]", "github-actions[bot]", "renovate[bot]"])
        o = {"@timestamp": epoch_ms(), "_document_id": ralnum(22, URLCH), "action": ch(["repository_vulnerability_alert.create", "pull_request.create", "workflows.created_workflow_run", "repo.add_topic"]),
             "actor": bot, "actor_id": ch([49699333, 41898282, 29139614]), "actor_is_bot": True, "business": "acme", "created_at": epoch_ms(), "operation_type": "create", "org": "acme-eng",
             "repo": "acme-eng/" + ch(["shop", "infra", "payments-api"]), "public_repo": False}
        return mk("ghaudit/event", J(o))
    return produce(n, [ev], [d_bot])

# ---------------------------------------------------------------------------------------------- SCIM 2.0
@fmt("scim", "RFC 7643 SCIM Core Schema (User resource: id, externalId, userName, name{formatted,familyName,givenName,middleName}, displayName, nickName, emails[], phoneNumbers[], addresses[]{streetAddress,locality,postalCode,formatted}, active, password, groups; Enterprise User extension employeeNumber, manager{value,displayName}; ListResponse; Error) and RFC 7644 SCIM Protocol (filter=userName eq \"…\", PATCH PatchOp Operations with path expressions), as logged by SCIM provisioning endpoints",
     "User id / externalId / employeeNumber / manager.value (user_id), userName (username, or email when it is one), name components, displayName, nickName, manager.displayName (person), emails/phoneNumbers values, streetAddress and the formatted address with \\n (address), password (password), PATCH values, URL-encoded userName in filter queries (email/username), Bearer tokens of the provisioning client (secret)",
     "ServiceProviderConfig, ResourceTypes, Schemas, empty ListResponse (totalResults 0), Error responses (scimType uniqueness / invalidFilter), Group resources without members, meta (resourceType, created, lastModified, version ETags, location of non-user resources), schema URNs, startIndex/count paging requests")
def fmt_scim(n):
    def user_obj(p, with_pw=False):
        uid = uuid4(); st, pc, city, one = address(p.country if p.country in ("US", "GB", "DE", "FR", "NL", "SE", "CZ", "AU") else "US")
        login = p.email("acme.io") if coin(0.6) else p.username()
        o = {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"], "id": vuid(uid),
             "externalId": vuid(ch([rdigits(6), uuid4(), "00u" + ralnum(17)])), "userName": V("email" if "@" in login else "username", login),
             "name": {"formatted": vname(f"{p.given} {p.middle + ' ' if p.middle else ''}{p.family}"), "familyName": vname(p.family), "givenName": vname(p.given)},
             "displayName": vname(p.full), "active": ch([True, True, False]), "emails": [{"value": V("email", p.email("acme.io")), "type": "work", "primary": True}]}
        if p.middle: o["name"]["middleName"] = vname(p.middle)
        if coin(0.3): o["nickName"] = vname(p.given)
        if coin(0.7): o["phoneNumbers"] = [{"value": vphone(p.country if p.country in PHONE_COUNTRIES else None), "type": ch(["work", "mobile"])}]
        if coin(0.5): o["addresses"] = [{"type": "work", "streetAddress": vaddr(st), "locality": city, "postalCode": pc, "formatted": vaddr(one.replace(", ", "\n", 1)), "primary": True}]
        if with_pw: o["password"] = vpw()
        if coin(0.5):
            m = P(); o["urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"] = {"employeeNumber": vuid(rdigits(6)), "costCenter": str(rint(1000, 9999)), "organization": "Acme",
                "department": ch(["Finance", "Engineering", "Sales"]), "manager": {"value": vuid(uuid4()), "displayName": vname(m.full)}}
        o["meta"] = {"resourceType": "User", "created": iso_ts(), "lastModified": iso_ts(), "version": f"W/\"{rhex(16)}\"", "location": S(["https://acme.example.com/scim/v2/Users/", vuid(uid)])}
        return o
    def res():
        p = P(); kind = chw([("resp", 3), ("create", 2), ("patch", 2), ("list", 1)])
        pre = ch(["", f"{iso_ts()} INFO  scim.api - ", f"{iso_ts()} DEBUG ScimController: request body: "])
        if kind == "resp": return mk("scim/user", pre, J(user_obj(p)))
        if kind == "create":
            o = user_obj(p, with_pw=coin(0.6)); o.pop("meta"); o.pop("id")
            return mk("scim/user", pre, J(o))
        if kind == "patch":
            ops = [{"op": "replace", "path": "emails[type eq \"work\"].value", "value": vemail(p, "acme.io")}]
            ops.append(ch([{"op": "replace", "path": "name.familyName", "value": vname(p.family)}, {"op": "replace", "path": "active", "value": False},
                           {"op": "add", "path": "phoneNumbers[type eq \"mobile\"].value", "value": vphone()}, {"op": "replace", "value": {"displayName": vname(p.full), "userName": vuser(p.username())}}]))
            return mk("scim/patch", pre, J({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], "Operations": ops}))
        return mk("scim/list", pre, J({"schemas": ["urn:ietf:params:scim:api:messages:2.0:ListResponse"], "totalResults": 1, "startIndex": 1, "itemsPerPage": 1, "Resources": [user_obj(p)]}))
    def req():
        p = P(); t = iso_ts()
        flt = ch([["userName%20eq%20%22", V("email", q(p.email("acme.io"))), "%22"], ["userName%20eq%20%22", vuser(p.username()), "%22"], ["emails.value%20eq%20%22", V("email", q(p.email("acme.io"))), "%22"]])
        return ch([lambda: mk("scim/request", f"{t} ", vip4(), " \"GET /scim/v2/Users?filter=", flt, f" HTTP/1.1\" 200 {rint(100, 3000)} \"Okta SCIM Client 1.0.0\""),
                   lambda: mk("scim/request", f"{t} ", ch(["PATCH", "PUT", "DELETE"]), " /scim/v2/Users/", vuid(uuid4()), " Authorization: Bearer ", vsecret(ralnum(40, URLCH)), f" -> {ch([200, 204, 404])}")])()
    def d_misc():
        pre = ch(["", f"{iso_ts()} INFO  scim.api - "])
        return mk("scim/meta", pre, J(ch([
            {"schemas": ["urn:ietf:params:scim:api:messages:2.0:ListResponse"], "totalResults": 0, "startIndex": 1, "itemsPerPage": 0, "Resources": []},
            {"schemas": ["urn:ietf:params:scim:api:messages:2.0:Error"], "status": "409", "scimType": "uniqueness", "detail": "User already exists in the database."},
            {"schemas": ["urn:ietf:params:scim:api:messages:2.0:Error"], "status": "400", "scimType": "invalidFilter", "detail": "The specified filter syntax was invalid."},
            {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"], "patch": {"supported": True}, "bulk": {"supported": False, "maxOperations": 0, "maxPayloadSize": 0},
             "filter": {"supported": True, "maxResults": 200}, "changePassword": {"supported": True}, "sort": {"supported": False}, "etag": {"supported": True},
             "authenticationSchemes": [{"type": "oauthbearertoken", "name": "OAuth Bearer Token", "description": "Authentication scheme using the OAuth Bearer Token Standard", "primary": True}]},
            {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"], "id": uuid4(), "displayName": ch(["Engineering", "VPN Users", "Finance-RO"]), "members": [],
             "meta": {"resourceType": "Group", "created": iso_ts(), "lastModified": iso_ts(), "version": f"W/\"{rhex(8)}\""}},
            {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:ResourceType"], "id": "User", "name": "User", "endpoint": "/Users", "schema": "urn:ietf:params:scim:schemas:core:2.0:User",
             "schemaExtensions": [{"schema": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User", "required": False}]}])))
    def d_req():
        return mk("scim/request", f"{iso_ts()} ", ch(["127.0.0.1", "::1"]), f" \"GET /scim/v2/{ch(['Users?startIndex=1&count=100', 'Groups?startIndex=1&count=50', 'ServiceProviderConfig', 'Schemas'])} HTTP/1.1\" 200 {rint(100, 9000)} \"Okta SCIM Client 1.0.0\"")
    return produce(n, [(res, 4), (req, 1)], [(d_misc, 3), (d_req, 1)])

# ---------------------------------------------------------------------------------------------- LDIF
def ldif_val(attr, value, kind):
    """An LDIF attribute line: base64 (attr:: …) when the value is not a SAFE-STRING (RFC 2849), else attr: value."""
    safe = all(ord(c) < 128 for c in value) and not value.startswith((" ", ":", "<"))
    if safe: return [f"{attr}: ", V(kind, value) if kind else value]
    b = base64.b64encode(value.encode()).decode()
    return [f"{attr}:: ", V(kind, b) if kind else b]
@fmt("ldif", "RFC 2849 LDIF (dn:, attr: value, attr:: base64 for values that are not SAFE-STRINGs, changetype: modify with replace:/add:/-), as printed by OpenLDAP ldapsearch -LLL / ldapsearch with # comments, with inetOrgPerson (RFC 2798), posixAccount (RFC 2307) and core schema attributes; RFC 4517 PostalAddress with $ separators",
     "uid in DNs and uid: (username), cn/sn/givenName/displayName (person, incl. base64-encoded non-ASCII names: the span covers the base64 text as written), mail (email), telephoneNumber/mobile (phone), street and postalAddress (address), uidNumber and employeeNumber (user_id), homeDirectory user segment (username), manager/member DNs naming users, userPassword hashes (secret), the '# uid, People, example.com' comment ldapsearch prints before an entry",
     "ou/group entries (gidNumber, cn of groups), objectClass lines, loginShell, gidNumber, search/result trailers (# numEntries, result: 0 Success), version: 1, changetype/replace/- separators, jpegPhoto base64 (a photo, not text), shadow* counters, service accounts (cn=replicator, uid=svc-ldap-sync)")
def fmt_ldif(n):
    base_dn = ch(["dc=example,dc=com", "dc=acme,dc=io", "dc=corp,dc=example,dc=se"])
    def entry():
        p = P(); u = p.username(); out = []; tpl = "ldif/entry"
        if coin(0.6): out.append(mk(tpl, "# ", vuser(u), f", People, {base_dn.replace('dc=', '').replace(',', '.')}"))
        out.append(mk(tpl, "dn: uid=", vuser(u), f",ou=People,{base_dn}"))
        for oc in ch([["top", "person", "organizationalPerson", "inetOrgPerson", "posixAccount", "shadowAccount"], ["inetOrgPerson", "posixAccount"]]):
            if coin(0.6): out.append(mk(tpl, f"objectClass: {oc}"))
        out.append(mk(tpl, "uid: ", vuser(u)))
        out.append(mk(tpl, ldif_val("cn", p.full, "person")))
        out.append(mk(tpl, ldif_val("sn", p.family, "person")))
        if coin(0.8): out.append(mk(tpl, ldif_val("givenName", p.given, "person")))
        if coin(0.3): out.append(mk(tpl, ldif_val("displayName", p.rev if coin(0.5) else p.full, "person")))
        out.append(mk(tpl, "mail: ", vemail(p, base_dn.split(",")[-2].split("=")[1] + "." + base_dn.split(",")[-1].split("=")[1])))
        if coin(0.7): out.append(mk(tpl, f"{ch(['telephoneNumber', 'mobile'])}: ", vphone(p.country if p.country in PHONE_COUNTRIES else None, ch(["intl", "nat"]))))
        if coin(0.35):
            st, pc, city, _ = address(p.country if p.country in ("US", "GB", "DE", "FR", "SE", "CZ", "NL") else "US")
            out.append(mk(tpl, ldif_val("street", st, "address")) if coin(0.5) else mk(tpl, ldif_val("postalAddress", f"{st}${pc} {city}", "address")))
        uidn = rint(10000, 60000)
        out.append(mk(tpl, "uidNumber: ", vuid(uidn)))
        out.append(mk(tpl, f"gidNumber: {ch([100, 10000, 5000])}"))
        out.append(mk(tpl, "homeDirectory: /home/", vuser(u)))
        if coin(0.6): out.append(mk(tpl, f"loginShell: {ch(['/bin/bash', '/bin/zsh', '/usr/sbin/nologin'])}"))
        if coin(0.4): out.append(mk(tpl, "employeeNumber: ", vuid(rdigits(ch([5, 6])))))
        if coin(0.3): out.append(mk(tpl, "manager: uid=", vuser(P().username()), f",ou=People,{base_dn}"))
        if coin(0.5):
            h = "{SSHA}" + base64.b64encode(bytes(R.getrandbits(8) for _ in range(24))).decode()
            out.append(mk(tpl, "userPassword:: ", V("secret", base64.b64encode(h.encode()).decode())) if coin(0.6) else mk(tpl, "userPassword: ", V("secret", h)))
        if coin(0.2):
            out.append(mk(tpl, "jpegPhoto:: /9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcU"))
            out.append(mk(tpl, " FhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgo"))
        if coin(0.3): out.append(mk(tpl, f"shadowLastChange: {rint(19000, 20000)}"))
        return out
    def modify():
        p = P(); u = p.username(); tpl = "ldif/modify"
        attr, val = ch([("mail", lambda: ["mail: ", vemail(p, "example.org")]), ("mobile", lambda: ["mobile: ", pphone(p)]), ("telephoneNumber", lambda: ["telephoneNumber: ", pphone(p, "intl")]),
                        ("userPassword", lambda: ldif_val("userPassword", pw(" "), "password"))])
        lines = [mk(tpl, "dn: uid=", vuser(u), f",ou=People,{base_dn}"), mk(tpl, "changetype: modify"), mk(tpl, f"replace: {attr}"), mk(tpl, val()), mk(tpl, "-")]
        if coin(0.5): lines += [mk(tpl, "replace: displayName"), mk(tpl, ldif_val("displayName", p.full, "person")), mk(tpl, "-")]
        return lines
    def member():
        attr = ch(["member: uid=", "uniqueMember: uid=", "memberUid: "])
        return mk("ldif/group", attr, vuser(P().username()), *([f",ou=People,{base_dn}"] if attr != "memberUid: " else []))
    def d_misc():
        return mk("ldif/meta", ch(["# extended LDIF", "#", "# LDAPv3", f"# base <{base_dn}> with scope subtree", "# filter: (objectClass=posixAccount)", "# requesting: ALL",
                                    "# search result", f"search: {rint(2, 9)}", "result: 0 Success", f"# numResponses: {rint(2, 40)}", f"# numEntries: {rint(1, 39)}", "version: 1",
                                    f"dn: ou=People,{base_dn}", f"dn: cn={ch(['developers', 'vpn-users', 'finance'])},ou=Groups,{base_dn}", "objectClass: organizationalUnit", "ou: People",
                                    "objectClass: posixGroup", f"cn: {ch(['developers', 'vpn-users', 'finance'])}", f"gidNumber: {rint(5000, 6000)}", f"dn: cn=replicator,ou=Services,{base_dn}",
                                    f"dn: uid=svc-ldap-sync,ou=Services,{base_dn}", "description: LDAP sync service account", "changetype: modify", "-", "objectClass: groupOfNames"]))
    return produce(n, [(entry, 2), (modify, 1), (member, 1)], [d_misc])

# ---------------------------------------------------------------------------------------------- PowerShell AD output
@fmt("adps", "Microsoft Learn: ActiveDirectory module Get-ADUser (default and -Properties output: DistinguishedName, Enabled, GivenName, Name, ObjectClass, ObjectGUID, SamAccountName, SID, Surname, UserPrincipalName, EmailAddress, OfficePhone, MobilePhone, StreetAddress, EmployeeID, Manager, LastLogonDate) rendered by Format-List and Format-Table, Search-ADAccount -LockedOut, New-ADUser / Set-ADAccountPassword command lines in PowerShell transcripts (Start-Transcript header)",
     "Name/GivenName/Surname/DisplayName and CN= in DistinguishedName/Manager (person, RFC 4514-escaped 'Schmidt\\, Anna' as written), SamAccountName (username), UserPrincipalName/EmailAddress (email), SID S-1-5-21-…-RID (user_id), EmployeeID (user_id), OfficePhone/MobilePhone (phone), StreetAddress (address), plaintext passwords in ConvertTo-SecureString -AsPlainText (password), table rows",
     "built-in and service accounts (Administrator RID 500, krbtgt, Guest, DefaultAccount, svc_* accounts), ObjectGUID, ObjectClass, Enabled, dates, property headers and table rules, transcript header lines (Start time, PSVersion, Machine), OU paths without names")
def fmt_adps(n):
    dom = ch([("corp.example.com", "DC=corp,DC=example,DC=com"), ("ad.acme.se", "DC=ad,DC=acme,DC=se")])
    def fl_user():
        p = P(); sam = (p.gascii[0] + p.fascii)[:20]; tpl = "adps/format-list"; w = 17 if coin(0.5) else 22
        L = lambda k, *v: mk(tpl, f"{k:<{w}} : ", *v)
        cn = [vname(p.full)] if coin(0.7) else [vname(f"{p.family}\\, {p.given}")]
        ou = f"OU={ch(['Users', 'Staff', 'Sales'])},OU={ch(['Berlin', 'Stockholm', 'Austin', 'Praha'])},{dom[1]}"
        out = [L("DistinguishedName", "CN=", cn, "," + ou), L("Enabled", ch(["True", "True", "False"])), L("GivenName", vname(p.given)), L("Name", vname(p.full)),
               L("ObjectClass", "user"), L("ObjectGUID", uuid4()), L("SamAccountName", vuser(sam)), L("SID", vuid(f"S-1-5-21-{rint(10**9, 4 * 10**9)}-{rint(10**9, 4 * 10**9)}-{rint(10**9, 4 * 10**9)}-{rint(1100, 99999)}")),
               L("Surname", vname(p.family)), L("UserPrincipalName", V("email", f"{sam}@{dom[0]}"))]
        if coin(0.6):
            out += [L("EmailAddress", vemail(p, dom[0].split(".", 1)[1])), L("OfficePhone", vphone(p.country if p.country in PHONE_COUNTRIES else None, "intl"))]
            if coin(0.5): out.append(L("MobilePhone", vphone(p.country if p.country in PHONE_COUNTRIES else None, "nat")))
            if coin(0.4): out.append(L("StreetAddress", vaddr(address(p.country if p.country in ("US", "GB", "DE", "SE", "CZ") else "US")[0])))
            if coin(0.5): out.append(L("EmployeeID", vuid(rdigits(6))))
            if coin(0.4): out.append(L("Manager", "CN=", vname(P().full), "," + ou))
            out.append(L("LastLogonDate", us_dt()))
        return out
    def table_row():
        p = P(); sam = (p.gascii[0] + p.fascii)[:20]
        return mk("adps/format-table", vname(p.full), " " * max(1, 24 - len(p.full)), vuser(sam), " " * max(1, 20 - len(sam)), ch(["True ", "False"]), "   ", ch(["", f"{us_dt()}"]))
    def transcript():
        p = P(); sam = (p.gascii[0] + p.fascii)[:20]
        return ch([lambda: mk("adps/transcript", "PS C:\\Windows\\system32> Set-ADAccountPassword -Identity ", vuser(sam), " -Reset -NewPassword (ConvertTo-SecureString -AsPlainText \"", vpw('"$`'), "\" -Force)"),
                   lambda: mk("adps/transcript", "PS C:\\> New-ADUser -Name \"", vname(p.full), "\" -GivenName \"", vname(p.given), "\" -Surname \"", vname(p.family), "\" -SamAccountName \"", vuser(sam),
                              "\" -UserPrincipalName \"", V("email", f"{sam}@{dom[0]}"), "\" -AccountPassword (ConvertTo-SecureString \"", vpw('"$`'), "\" -AsPlainText -Force) -Enabled $true"),
                   lambda: mk("adps/transcript", "PS C:\\> Unlock-ADAccount -Identity ", vuser(sam)),
                   lambda: mk("adps/transcript", "PS C:\\> Get-ADUser -Filter \"EmailAddress -eq '", vemail(p), "'\" -Properties *")])()
    def d_misc():
        w = ch([17, 22]); name = ch(["Administrator", "krbtgt", "Guest", "DefaultAccount", "svc_sql", "svc_backup", "MSOL_4f2a9c1e77b3"])
        return mk("adps/meta", ch([f"{'Name':<{w}} : {name}", f"{'SamAccountName':<{w}} : {name}", f"{'ObjectClass':<{w}} : user", f"{'Enabled':<{w}} : True", f"{'ObjectGUID':<{w}} : {uuid4()}",
                                    f"{'SID':<{w}} : S-1-5-21-{rint(10**9, 4 * 10**9)}-{rint(10**9, 4 * 10**9)}-{rint(10**9, 4 * 10**9)}-{ch([500, 501, 502, 503])}",
                                    f"{'DistinguishedName':<{w}} : CN={name},CN=Users,{dom[1]}", "Name                    SamAccountName      Enabled", "----                    --------------      -------",
                                    "**********************", "Windows PowerShell transcript start", f"Start time: {ts_event().strftime('%Y%m%d%H%M%S')}", "PSVersion: 5.1.20348.2849",
                                    f"Machine: {ch(['DC01', 'SRV-ADM-02'])} (Microsoft Windows NT 10.0.20348.0)", "PS C:\\> Import-Module ActiveDirectory", "PS C:\\> Search-ADAccount -LockedOut | Select-Object Name,SamAccountName",
                                    f"{'PasswordLastSet':<{w}} : {us_dt()}", f"{'UserAccountControl':<{w}} : 512"]))
    return produce(n, [(fl_user, 2), (table_row, 2), (transcript, 2)], [d_misc])

# ---------------------------------------------------------------------------------------------- SAML 2.0 assertions
SAML_ATTRS = [("urn:oid:0.9.2342.19200300.100.1.3", "mail", "email"), ("urn:oid:2.5.4.42", "givenName", "given"), ("urn:oid:2.5.4.4", "sn", "family"),
              ("urn:oid:2.16.840.1.113730.3.1.241", "displayName", "full"), ("urn:oid:0.9.2342.19200300.100.1.1", "uid", "uid"),
              ("urn:oid:1.3.6.1.4.1.5923.1.1.1.6", "eduPersonPrincipalName", "eppn"), ("urn:oid:2.5.4.20", "telephoneNumber", "phone"),
              ("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress", None, "email"), ("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname", None, "given"),
              ("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname", None, "family"), ("http://schemas.microsoft.com/identity/claims/objectidentifier", None, "oid")]
@fmt("saml", "OASIS SAML 2.0 Core (saml:Assertion, Issuer, Subject/NameID with Format emailAddress/persistent/transient/unspecified, SubjectConfirmationData Address/InResponseTo/Recipient, Conditions, AuthnStatement SessionIndex, AttributeStatement/Attribute Name/NameFormat/FriendlyName/AttributeValue), XML-DSig ds:Signature elements, attribute names from the eduPerson/inetOrgPerson urn:oid profile (SAML V2.0 X.500/LDAP Attribute Profile) and the WS-Federation claim URIs; pretty-printed one element per line and single-line assertions as logged by SPs",
     "NameID values in emailAddress/unspecified format (email/username) and persistent format (user_id), SubjectConfirmationData Address (ip), AttributeValues for mail, givenName, sn, displayName (XML-escaped names as written), uid and eduPersonPrincipalName (username), telephoneNumber (phone), Azure AD objectidentifier (user_id)",
     "transient NameIDs, Issuer URLs, ID/InResponseTo/SessionIndex identifiers, NotBefore/NotOnOrAfter/IssueInstant timestamps, Audience, AuthnContextClassRef, eduPersonAffiliation and group values, ds:DigestValue/SignatureValue/X509Certificate, urn:oid attribute names (2.5.4.42 is an OID, not an address)")
def fmt_saml(n):
    def attr_val(p, kind):
        return {"email": lambda: V("email", p.email("acme.io")), "given": lambda: vname(xesc(p.given)), "family": lambda: vname(xesc(p.family)), "full": lambda: vname(xesc(p.full)),
                "uid": lambda: vuser(p.username()), "eppn": lambda: vuser(f"{p.username()}@acme.io"), "phone": lambda: vphone(style="intl"), "oid": lambda: vuid(uuid4())}[kind]()
    def attribute(p, one_line=True):
        name, friendly, kind = ch(SAML_ATTRS)
        fr = f" FriendlyName=\"{friendly}\"" if friendly else ""
        nf = "urn:oasis:names:tc:SAML:2.0:attrname-format:uri"
        return [f"<saml:Attribute Name=\"{name}\" NameFormat=\"{nf}\"{fr}><saml:AttributeValue xsi:type=\"xs:string\">", attr_val(p, kind), "</saml:AttributeValue></saml:Attribute>"]
    def nameid(p):
        k = chw([("email", 3), ("persistent", 2), ("unspecified", 1)])
        if k == "email": return ["<saml:NameID Format=\"urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress\">", V("email", p.email("acme.io")), "</saml:NameID>"]
        if k == "persistent": return [f"<saml:NameID Format=\"urn:oasis:names:tc:SAML:2.0:nameid-format:persistent\" NameQualifier=\"https://idp.acme.io/saml2\" SPNameQualifier=\"https://sp.example.com/saml\">", vuid(ch([rhex(40), uuid4(), rb64(24)])), "</saml:NameID>"]
        return ["<saml:NameID Format=\"urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified\">", vuser(p.username()), "</saml:NameID>"]
    def pretty():
        p = P(); tpl = "saml/assertion"; t = iso_ts(frac=0)
        out = [mk(tpl, f"<saml:Assertion xmlns:saml=\"urn:oasis:names:tc:SAML:2.0:assertion\" xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" ID=\"_{rhex(40)}\" IssueInstant=\"{t}\" Version=\"2.0\">"),
               mk(tpl, "  <saml:Issuer>https://idp.acme.io/saml2/idp/metadata.php</saml:Issuer>")]
        if coin(0.5): out.append(mk(tpl, f"  <ds:Signature xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\"><ds:SignedInfo><ds:CanonicalizationMethod Algorithm=\"http://www.w3.org/2001/10/xml-exc-c14n#\"/></ds:SignedInfo><ds:SignatureValue>{rb64(96)}</ds:SignatureValue></ds:Signature>"))
        out += [mk(tpl, "  <saml:Subject>"), mk(tpl, "    ", nameid(p)),
                mk(tpl, "    <saml:SubjectConfirmation Method=\"urn:oasis:names:tc:SAML:2.0:cm:bearer\">"),
                mk(tpl, f"      <saml:SubjectConfirmationData NotOnOrAfter=\"{iso_ts(frac=0)}\" Recipient=\"https://sp.example.com/saml/acs\" InResponseTo=\"ONELOGIN_{rhex(40)}\"", *([" Address=\"", vip4(), "\""] if coin(0.6) else []), "/>"),
                mk(tpl, "    </saml:SubjectConfirmation>"), mk(tpl, "  </saml:Subject>"),
                mk(tpl, f"  <saml:Conditions NotBefore=\"{iso_ts(frac=0)}\" NotOnOrAfter=\"{iso_ts(frac=0)}\"><saml:AudienceRestriction><saml:Audience>https://sp.example.com/saml</saml:Audience></saml:AudienceRestriction></saml:Conditions>"),
                mk(tpl, f"  <saml:AuthnStatement AuthnInstant=\"{t}\" SessionNotOnOrAfter=\"{iso_ts(frac=0)}\" SessionIndex=\"_{rhex(40)}\"><saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement>"),
                mk(tpl, "  <saml:AttributeStatement>")]
        for _ in range(rint(2, 4)): out.append(mk(tpl, "    ", attribute(p)))
        if coin(0.5): out.append(mk(tpl, "    <saml:Attribute Name=\"urn:oid:1.3.6.1.4.1.5923.1.1.1.1\" NameFormat=\"urn:oasis:names:tc:SAML:2.0:attrname-format:uri\" FriendlyName=\"eduPersonAffiliation\"><saml:AttributeValue xsi:type=\"xs:string\">member</saml:AttributeValue><saml:AttributeValue xsi:type=\"xs:string\">staff</saml:AttributeValue></saml:Attribute>"))
        out += [mk(tpl, "  </saml:AttributeStatement>"), mk(tpl, "</saml:Assertion>")]
        return out
    def oneline():
        p = P()
        return mk("saml/log", f"{iso_ts()} DEBUG [saml2.response] Parsed assertion ID=_{rhex(32)} subject=", nameid(p), " attributes=", attribute(p), attribute(p))
    def d_misc():
        return mk("saml/meta", ch([f"<samlp:Response xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\" ID=\"_{rhex(40)}\" Version=\"2.0\" IssueInstant=\"{iso_ts(frac=0)}\" Destination=\"https://sp.example.com/saml/acs\" InResponseTo=\"ONELOGIN_{rhex(40)}\">",
                                   "  <samlp:Status><samlp:StatusCode Value=\"urn:oasis:names:tc:SAML:2.0:status:Success\"/></samlp:Status>",
                                   f"    <saml:NameID SPNameQualifier=\"https://sp.example.com/saml\" Format=\"urn:oasis:names:tc:SAML:2.0:nameid-format:transient\">_{rhex(42)}</saml:NameID>",
                                   f"      <ds:DigestValue>{rb64(32)}</ds:DigestValue>", f"      <ds:X509Certificate>MIID{rb64(180)}</ds:X509Certificate>",
                                   "    <saml:Attribute Name=\"http://schemas.microsoft.com/ws/2008/06/identity/claims/groups\"><saml:AttributeValue>" + uuid4() + "</saml:AttributeValue></saml:Attribute>",
                                   f"{iso_ts()} INFO  [saml2.sp] Redirecting to IdP https://idp.acme.io/saml2/idp/SSOService.php with AuthnRequest ID=ONELOGIN_{rhex(40)}",
                                   f"{iso_ts()} WARN  [saml2.response] Assertion ID=_{rhex(32)} rejected: NotOnOrAfter condition not met (clock skew 183s)"]))
    return produce(n, [(pretty, 1), (oneline, 8)], [d_misc])

# ---------------------------------------------------------------------------------------------- Decoded OIDC / JWT claims
@fmt("oidcclaims", "OpenID Connect Core 1.0 §2 ID Token and §5.1 Standard Claims (sub, name, given_name, family_name, preferred_username, email, phone_number, birthdate, address{street_address, locality, postal_code, country}), RFC 7519 registered claims; rendered as jwt-cli 'jwt decode' output (Token header / Token claims blocks, pretty JSON one member per line), single-line JSON debug logs, Python dict reprs (PyJWT jwt.decode) and Spring Security Jwt claim maps (Map.toString with Instant values), plus the encoded tokens themselves",
     "sub (user_id), name/given_name/family_name (person), preferred_username (username), email (email), phone_number (phone), birthdate (date_of_birth), address.street_address / formatted (address), the encoded token (jwt)",
     "header members (alg, typ, kid), iss/aud/azp, exp/iat/auth_time/nbf epochs and Instants, nonce, at_hash, sid (session id, not a credential), jti, scope/scp/amr/acr, locale/zoneinfo, JWKS key sets, block titles and braces")
def fmt_oidcclaims(n):
    def claims(p):
        now = epoch(); st, pc, city, _ = address(p.country if p.country in ("US", "DE", "SE", "CZ", "GB", "FR") else "US")
        c = [("iss", "https://login.acme.io/realms/shop"), ("sub", vuid(ch([uuid4(), rdigits(21), "auth0|" + rhex(24)]))), ("aud", "shop-web"), ("exp", now + 300), ("iat", now),
             ("auth_time", now - rint(0, 600)), ("nonce", rb64(16, True, False)), ("at_hash", rb64(16, True, False)), ("sid", uuid4())]
        extra = [("name", vname(p.full)), ("given_name", vname(p.given)), ("family_name", vname(p.family)), ("preferred_username", vuser(p.username())), ("email", vemail(p)), ("email_verified", True)]
        if coin(0.5): extra.append(("phone_number", pphone(p, "e164")))
        if coin(0.4): extra.append(("birthdate", vdob(p.dob, "iso")))
        if coin(0.3): extra.append(("address", {"street_address": vaddr(st), "locality": city, "postal_code": pc, "country": p.country}))
        if coin(0.3): extra.append(("locale", ch(["de-DE", "sv-SE", "en-US", "cs-CZ"])))
        keep = [x for x in extra if coin(0.75)] or extra[:2]
        return c + keep
    def jwtcli():
        p = P(); tpl = "oidcclaims/jwt-cli"; out = []
        if coin(0.4): out += [mk(tpl, "Token header"), mk(tpl, "------------"), mk(tpl, "{"), mk(tpl, "  \"typ\": \"JWT\","), mk(tpl, "  \"alg\": \"RS256\","), mk(tpl, f"  \"kid\": \"{rb64(27, True, False)}\""), mk(tpl, "}")]
        out += [mk(tpl, "Token claims"), mk(tpl, "------------"), mk(tpl, "{")]
        cl = claims(p)
        for i, (k, v) in enumerate(cl):
            tail = "," if i < len(cl) - 1 else ""
            out.append(mk(tpl, f"  \"{k}\": ", J(v), tail))
        out.append(mk(tpl, "}"))
        return out
    def oneline():
        p = P(); cl = dict(claims(p))
        return ch([lambda: mk("oidcclaims/json", f"{iso_ts()} DEBUG auth.oidc: id_token claims: ", J(cl)),
                   lambda: mk("oidcclaims/pyrepr", f"DEBUG:jose.jwt:decoded payload ", pyd(cl)),
                   lambda: mk("oidcclaims/spring", f"{iso_ts()} DEBUG 1 --- [nio-8080-exec-{rint(1, 9)}] o.s.s.o.s.r.a.JwtAuthenticationProvider : Authenticated token with claims {{", jmap(cl), "}")])()
    def token():
        p = P()
        return ch([lambda: mk("oidcclaims/token", f"{iso_ts()} DEBUG auth.oidc: token response id_token=", vjwt(p), f" expires_in=300 token_type=Bearer"),
                   lambda: mk("oidcclaims/token", "GET /auth/callback#id_token=", vjwt(p), f"&state={rhex(16)}&session_state={uuid4()}")])()
    def d_misc():
        return mk("oidcclaims/meta", ch([f"{iso_ts()} DEBUG auth.oidc: fetched JWKS " + json.dumps({"keys": [{"kty": "RSA", "kid": rb64(27, True, False), "use": "sig", "alg": "RS256", "n": rb64(96, True, False), "e": "AQAB"}]}),
                                         f"{iso_ts()} DEBUG auth.oidc: discovery issuer=https://login.acme.io/realms/shop jwks_uri=https://login.acme.io/realms/shop/protocol/openid-connect/certs",
                                         f"{iso_ts()} WARN  auth.oidc: token expired (exp={epoch()}, now={epoch()}, leeway=30s)", "Token header", "------------", "}", "  \"alg\": \"RS256\",",
                                         f"  \"exp\": {epoch()},", "  \"aud\": \"shop-web\",", f"  \"nonce\": \"{rb64(16, True, False)}\",", "  \"acr\": \"1\",", f"  \"sid\": \"{uuid4()}\","]))
    return produce(n, [(jwtcli, 1), (oneline, 10), (token, 2)], [d_misc])

def pyd(d):
    """Python repr of a dict whose values may be labeled (str values quoted like repr())."""
    out = ["{"]
    for i, (k, v) in enumerate(d.items()):
        if i: out.append(", ")
        out.append(repr(k) + ": ")
        if isinstance(v, V):
            r = repr(v.text); out += [r[0], V(v.kind, r[1:-1], v.chk), r[-1]]
        elif isinstance(v, dict): out += pyd(v)
        else: out.append(repr(v))
    out.append("}")
    return out
def jmap(d):
    """Java Map.toString() of claims: key=value, values unquoted; epoch claims shown as Instants (Spring Security)."""
    out = []
    for i, (k, v) in enumerate(d.items()):
        if i: out.append(", ")
        out.append(k + "=")
        if isinstance(v, V): out.append(v)
        elif isinstance(v, dict): out += ["{"] + jmap(v) + ["}"]
        elif k in ("exp", "iat", "auth_time"): out.append(datetime.datetime.fromtimestamp(v, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"))
        elif k == "aud": out.append(f"[{v}]")
        elif v is True: out.append("true")
        else: out.append(str(v))
    return out

# ---------------------------------------------------------------------------------------------- Exim mainlog
def exim_id(): return f"{ralnum(6, string.ascii_letters + string.digits)}-{ralnum(6, string.ascii_letters + string.digits)}-{ralnum(2, string.ascii_letters + string.digits)}"
def msgid(): return ch([f"CA{rb64(30, True, False)}@mail.gmail.com", f"{rhex(16)}.{rint(1000, 9999)}@{ch(['web.de', 'mail.ru', 'seznam.cz'])}", f"{uuid4()}@{ch(['shop.example.com', 'acme.io'])}"])
@fmt("exim", "Exim 4.97 specification ch. 'Log files' (main log: message arrival <=, deliveries => / -> / *>, failures **, deferrals ==, Completed; H= host name and [ip]:port, P= protocol, X= TLS, A= authenticator:id, S= size, id= Message-ID, T= subject, R= router, T= transport, C= confirmation, F=<sender> on rejections; 'authenticator failed … (set_id=…)'; queue-runner and daemon lines)",
     "envelope senders and recipients (email), A=authenticator:set_id logins (email or username), set_id of failed authentications, local deliveries 'user <address>' (username + email), client addresses in [ip] (ipv4/ipv6), names in T=\"subject\" and in the From display name",
     "message ids (1t8Xyz-000AbC-4d), id=Message-IDs (e-mail-shaped, not mailboxes), bounce '<= <>' lines, U=Debian-exim, Completed, queue runs, daemon start, TLS cipher strings, sizes, router/transport names, frozen messages, mail relay host names")
def fmt_exim(n):
    def ts(): t = ts_event(); return t.strftime("%Y-%m-%d %H:%M:%S") + " "
    def ip_part(): return ["[", vip(0.2), "]", *([f":{rint(1024, 65535)}"] if coin(0.5) else [])]
    def arrive():
        p = P(); rc = P(); i = exim_id()
        auth = chw([([], 3), ([" A=dovecot_login:", uname_or_email(p)], 1), ([" A=plain:", vemail(p)], 1)])
        subj = ch([["Re: Angebot für ", vname(P().full)], ["Invoice ", order_no()], ["Termin mit ", vname(P().full), " am Dienstag"], ["Your order has shipped"], ["Fwd: CV ", vname(p.full)]])
        return mk("exim/main", ts(), i, " <= ", vemail(p), f" H={ch(['mail-wr1-f54.google.com', '(laptop-7)', 'smtp.seznam.cz', 'mx.yandex.ru'])} ", ip_part(), f" P={ch(['esmtps', 'esmtpsa', 'esmtp'])} X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=no",
                  auth, f" S={rint(900, 90000)} id={msgid()} T=\"", subj, "\" from <", vemail(p), "> for ", vemail(rc))
    def deliver():
        rc = P(); i = exim_id()
        return ch([lambda: mk("exim/main", ts(), i, " => ", vemail(rc), f" R=dnslookup T=remote_smtp H={ch(['aspmx.l.google.com', 'mx1.mail.ru', 'mx.example.net'])} ", ip_part(), f" X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes C=\"250 2.0.0 OK  {epoch()} {ralnum(12, LOWER_DIG)} - gsmtp\""),
                   lambda: mk("exim/main", ts(), i, " => ", vuser(rc.username()), " <", vemail(rc, "example.org"), "> R=local_user T=mail_spool"),
                   lambda: mk("exim/main", ts(), i, " -> ", vemail(rc), " R=dnslookup T=remote_smtp H=mx.example.net ", ip_part(), " C=\"250 OK\""),
                   lambda: mk("exim/main", ts(), i, " ** ", vemail(rc), " R=dnslookup T=remote_smtp H=mx.example.net ", ip_part(), ": SMTP error from remote mail server after RCPT TO:<", vemail(rc), ">: 550 5.1.1 User unknown"),
                   lambda: mk("exim/main", ts(), i, " == ", vemail(rc), " R=dnslookup T=remote_smtp defer (-44) H=mx.example.net ", ip_part(), ": SMTP error from remote mail server after RCPT TO:<", vemail(rc), ">: 451 4.7.1 Greylisted, please try again later")])()
    def reject():
        p = P()
        return ch([lambda: mk("exim/main", ts(), f"H=({ch(['WIN-7Q2K3JD', 'User', 'ylmf-pc'])}) ", ip_part(), " F=<", vemail(P()), "> rejected RCPT <", vemail(p), ">: relay not permitted"),
                   lambda: mk("exim/main", ts(), "dovecot_login authenticator failed for (User) ", ip_part(), ": 535 Incorrect authentication data (set_id=", uname_or_email(p), ")"),
                   lambda: mk("exim/main", ts(), "SMTP connection from ", ip_part(), f" (TCP/IP connection count = {rint(1, 20)})"),
                   lambda: mk("exim/main", ts(), "H=", ch(["(mail.example.com)", "ec2-3-88-1-2.compute-1.amazonaws.com"]), " ", ip_part(), " sender verify fail for <", vemail(p), ">: Unrouteable address")])()
    def d_misc():
        i = exim_id()
        return mk("exim/main", ts(), ch([f"{i} Completed", f"Start queue run: pid={rint(1000, 99999)}", f"End queue run: pid={rint(1000, 99999)}",
                                         f"exim 4.97.1 daemon started: pid={rint(100, 9999)}, -q30m, listening for SMTP on port 25 (IPv6 and IPv4) port 587 (IPv6 and IPv4) and for SMTPS on port 465 (IPv6 and IPv4)",
                                         f"{i} <= <> R={exim_id()} U=Debian-exim P=local S={rint(1000, 9000)}", f"{i} Frozen (delivery error message)", f"{i} Message is frozen",
                                         "Warning: purging the environment.\n Suggested action: use keep_environment.".split("\n")[0], f"{i} SMTP data timeout (message abandoned) on connection from (ylmf-pc)",
                                         f"{i} => :blackhole: <noreply@shop.example.com> R=blackhole_noreply"]))
    return produce(n, [(arrive, 2), (deliver, 3), (reject, 2)], [d_misc])

# ---------------------------------------------------------------------------------------------- OpenVPN server
@fmt("openvpn", "OpenVPN 2.6 reference manual: server log messages at --verb 3 (TLS: Initial packet, VERIFY OK depth=0 CN=, Username/Password authentication succeeded/failed for username, Peer Connection Initiated, MULTI_sva pool returned, peer info IV_*, SIGUSR1 restarts, AUTH-PAM) with the 'common-name/ip:port' prefix, and the --status file version 2 (HEADER, CLIENT_LIST, ROUTING_TABLE, GLOBAL_STATS, END)",
     "certificate common names and auth usernames of people (username), real addresses ip:port and virtual pool addresses (ipv4/ipv6), IV_HWADDR peer MAC (mac_address), CLIENT_LIST / ROUTING_TABLE rows (username, ip)",
     "startup lines (version banner, library versions, Diffie-Hellman, TUN/TAP device, Initialization Sequence Completed, Socket Buffers), status HEADER/TITLE/TIME/GLOBAL_STATS/END lines, cipher negotiation, IV_VER/IV_PLAT/IV_GUI_VER peer info, control channel stats")
def fmt_openvpn(n):
    def ts(): t = ts_event(); return ch([t.strftime("%Y-%m-%d %H:%M:%S") + " ", t.strftime("%a %b %d %H:%M:%S %Y") + " ", f"{syslog_ts(t)} vpn-gw-1 openvpn[{rint(100, 9999)}]: "])
    def log():
        p = P(); u = p.username(); ip = vip4(); port = rint(1024, 65535); cn = [vuser(u), "/", ip, f":{port}"]; real = [ip, f":{port}"]
        return ch([lambda: mk("openvpn/log", ts(), real, " TLS: Initial packet from [AF_INET]", ip, f":{port}, sid={rhex(8)} {rhex(8)}"),
                   lambda: mk("openvpn/log", ts(), real, " VERIFY OK: depth=0, CN=", vuser(u)),
                   lambda: mk("openvpn/log", ts(), real, " TLS: Username/Password authentication ", ch(["succeeded", "deferred"]), " for username '", vuser(u), "'"),
                   lambda: mk("openvpn/log", ts(), real, " WARNING: Failed running command (--auth-user-pass-verify): external program exited with error status: 1"),
                   lambda: mk("openvpn/log", ts(), real, " [", vuser(u), "] Peer Connection Initiated with [AF_INET]", ip, f":{port}"),
                   lambda: mk("openvpn/log", ts(), cn, " MULTI_sva: pool returned IPv4=", vpriv4(), ", IPv6=", ch([["(Not enabled)"], [vip6()]])),
                   lambda: mk("openvpn/log", ts(), cn, " SIGUSR1[soft,ping-restart] received, client-instance restarting"),
                   lambda: mk("openvpn/log", ts(), real, " peer info: IV_HWADDR=", vmac("colon")),
                   lambda: mk("openvpn/log", ts(), "AUTH-PAM: BACKGROUND: user '", vuser(u), "' failed to authenticate: Authentication failure"),
                   lambda: mk("openvpn/log", ts(), cn, " MULTI: Learn: ", vpriv4(), " -> ", vuser(u), "/", ip, f":{port}")])()
    def status():
        p = P(); u = p.username(); ip = vip4(); port = rint(1024, 65535); t = ts_event()
        return ch([lambda: mk("openvpn/status", "CLIENT_LIST,", vuser(u), ",", ip, f":{port},", vpriv4(), f",,{rint(1000, 9999999)},{rint(1000, 9999999)},{t.strftime('%Y-%m-%d %H:%M:%S')},{int(t.timestamp())},", ch([vuser(u), "UNDEF"]), f",{rint(0, 99)},{rint(0, 9)},AES-256-GCM"),
                   lambda: mk("openvpn/status", "ROUTING_TABLE,", vpriv4(), ",", vuser(u), ",", ip, f":{port},{t.strftime('%Y-%m-%d %H:%M:%S')},{int(t.timestamp())}")])()
    def d_misc():
        st = ["HEADER,CLIENT_LIST,Common Name,Real Address,Virtual Address,Virtual IPv6 Address,Bytes Received,Bytes Sent,Connected Since,Connected Since (time_t),Username,Client ID,Peer ID,Data Channel Cipher",
              "HEADER,ROUTING_TABLE,Virtual Address,Common Name,Real Address,Last Ref,Last Ref (time_t)", "TITLE,OpenVPN 2.6.12 x86_64-pc-linux-gnu [SSL (OpenSSL)] [LZO] [LZ4] [EPOLL] [DCO]",
              f"TIME,{ts_event().strftime('%Y-%m-%d %H:%M:%S')},{epoch()}", "GLOBAL_STATS,Max bcast/mcast queue length,0", "GLOBAL_STATS,dco_enabled,0", "END"]
        if coin(0.35): return mk("openvpn/status", ch(st))
        return mk("openvpn/system", ts(), ch([
            "OpenVPN 2.6.12 x86_64-pc-linux-gnu [SSL (OpenSSL)] [LZO] [LZ4] [EPOLL] [PKCS11] [MH/PKTINFO] [AEAD] [DCO]", "library versions: OpenSSL 3.0.13 30 Jan 2024, LZO 2.10",
            "Diffie-Hellman initialized with 2048 bit key", "TUN/TAP device tun0 opened", "Initialization Sequence Completed", "Socket Buffers: R=[212992->212992] S=[212992->212992]",
            "UDPv4 link local (bound): [AF_INET][undef]:1194", "MULTI: multi_init called, r=256 v=256",
            "Control Channel: TLSv1.3, cipher TLSv1.3 TLS_AES_256_GCM_SHA384, peer certificate: 2048 bits RSA, signature: RSA-SHA256", "peer info: IV_VER=2.6.12", "peer info: IV_PLAT=win", "peer info: IV_GUI_VER=OpenVPN_GUI_11"]))
    return produce(n, [(log, 4), (status, 1)], [d_misc])

# ---------------------------------------------------------------------------------------------- FortiGate
@fmt("fortigate", "Fortinet FortiOS 7.4 Log Message Reference: key=value log format (date time devname devid eventtime tz logid type subtype level vd …) for traffic/forward (srcip srcport srcintf dstip dstport srcmac mastersrcmac user group authserver unauthuser policyid service sentbyte rcvdbyte), event/vpn SSL-VPN (logdesc 'SSL VPN tunnel up' / 'SSL VPN login fail', remip, tunnelip, user, reason), event/system admin login, utm/webfilter (hostname url user catdesc), event/system performance and update messages",
     "srcip/dstip/remip/tunnelip/transip (every IPv4), srcmac/mastersrcmac (mac_address), user=/unauthuser= of people (username or email), PII in webfilter url= query strings (URL-encoded email)",
     "devname/devid/serials, logid/type/subtype/level, eventtime nanoseconds, policy names and uuids, sessionid, byte/packet counters, country names, user=\"admin\" (built-in administrator), FortiGuard update and perf-stats events without addresses")
def fmt_fortigate(n):
    def head(logid, typ, sub, lvl):
        t = ts_event()
        return (f"date={t.strftime('%Y-%m-%d')} time={t.strftime('%H:%M:%S')} devname=\"{ch(['FGT60F-HQ', 'FG100F-BRANCH'])}\" devid=\"FGT60FTK{rdigits(8)}\" eventtime={int(t.timestamp()) * 10**9 + rint(0, 10**9 - 1)} "
                f"tz=\"{ch(['+0100', '+0200', '-0500'])}\" logid=\"{logid}\" type=\"{typ}\" subtype=\"{sub}\" level=\"{lvl}\" vd=\"root\" ")
    def traffic():
        p = P(); u = ch([[" user=\"", vuser(p.username()), f"\" group=\"{ch(['Staff', 'Finance', 'Contractors'])}\" authserver=\"{ch(['LDAP-AD', 'FSSO-Collector'])}\""], [" unauthuser=\"", vuser(p.username()), "\" unauthusersource=\"kerberos\""], []])
        return mk("fortigate/traffic", head("0000000013", "traffic", "forward", "notice"), "srcip=", vpriv4(), f" srcport={rint(1024, 65535)} srcintf=\"internal\" srcintfrole=\"lan\" dstip=", vip4(),
                  f" dstport={ch([443, 80, 53, 993])} dstintf=\"wan1\" dstintfrole=\"wan\" srccountry=\"Reserved\" dstcountry=\"{ch(['Germany', 'United States', 'Sweden'])}\" sessionid={rint(10**6, 10**8)} proto=6 action=\"{ch(['close', 'accept', 'timeout'])}\" policyid={rint(1, 40)} policytype=\"policy\" poluuid=\"{uuid4()}\" policyname=\"LAN-to-WAN\" service=\"HTTPS\" trandisp=\"snat\" transip=", vip4(),
                  f" transport={rint(1024, 65535)} duration={rint(1, 900)} sentbyte={rint(100, 10**6)} rcvdbyte={rint(100, 10**7)} sentpkt={rint(1, 900)} rcvdpkt={rint(1, 900)} appcat=\"unscanned\"", u,
                  *([" srcmac=\"", vmac("colon"), "\" mastersrcmac=\"", vmac("colon"), "\" srcserver=0"] if coin(0.7) else []))
    def vpn():
        p = P(); login = uname_or_email(p)
        return ch([lambda: mk("fortigate/vpn", head("0101039947", "event", "vpn", "information"), "logdesc=\"SSL VPN tunnel up\" action=\"tunnel-up\" tunneltype=\"ssl-tunnel\" tunnelid=", str(rint(10**8, 10**9)), " remip=", vip4(), " tunnelip=", vpriv4(),
                                  " user=\"", login, "\" group=\"SSLVPN-Users\" dst_host=\"N/A\" reason=\"N/A\" msg=\"SSL tunnel established\""),
                   lambda: mk("fortigate/vpn", head("0101039426", "event", "vpn", "alert"), "logdesc=\"SSL VPN login fail\" action=\"ssl-login-fail\" tunneltype=\"ssl-web\" tunnelid=0 remip=", vip4(),
                              " user=\"", login, f"\" group=\"N/A\" dst_host=\"N/A\" reason=\"{ch(['sslvpn_login_unknown_user', 'sslvpn_login_permission_denied', 'sslvpn_login_cert_checked_error'])}\" msg=\"SSL user failed to logged in\""),
                   lambda: mk("fortigate/system", head("0100032001", "event", "system", "information"), "logdesc=\"Admin login successful\" sn=\"", str(rint(10**9, 2 * 10**9)), "\" user=\"admin\" ui=\"https(", vpriv4(), ")\" method=\"https\" srcip=", vpriv4(),
                              " dstip=", vpriv4(), " action=\"login\" status=\"success\" reason=\"none\" profile=\"super_admin\" msg=\"Administrator admin logged in successfully from https(", vpriv4(), ")\"")])()
    def web():
        p = P()
        return mk("fortigate/webfilter", head("0316013056", "utm", "webfilter", "warning"), "eventtype=\"ftgd_blk\" policyid=3 sessionid=", str(rint(10**6, 10**8)), " srcip=", vpriv4(), f" srcport={rint(1024, 65535)} srcintf=\"internal\" dstip=", vip4(),
                  " dstport=443 dstintf=\"wan1\" proto=6 service=\"HTTPS\" hostname=\"", ch(["www.casino.example", "filesharing.example.net", "mail.example.org"]), "\" profile=\"default\" action=\"blocked\" reqtype=\"direct\" url=\"",
                  ch([["https://mail.example.org/login?user=", V("email", q(p.email()))], ["https://filesharing.example.net/u/", vuser(p.username()), "/share"], ["/"]]), "\" sentbyte=0 rcvdbyte=0 direction=\"outgoing\" msg=\"URL belongs to a denied category in policy\" user=\"", vuser(p.username()),
                  f"\" group=\"Staff\" cat={rint(1, 90)} catdesc=\"{ch(['Gambling', 'File Sharing', 'Web-based Email'])}\"")
    def d_misc():
        return ch([lambda: mk("fortigate/system", head("0100041000", "event", "system", "information"), f"logdesc=\"FortiGuard update succeeded\" status=\"update\" msg=\"Fortigate scheduled update fcni=yes fdni=yes fsci=yes virus=yes(1) ips=yes({rint(1, 9)}) avai=yes botnet=yes(1)\""),
                   lambda: mk("fortigate/system", head("0100040704", "event", "system", "notice"), f"logdesc=\"System performance statistics\" action=\"perf-stats\" cpu={rint(1, 90)} mem={rint(20, 80)} totalsession={rint(100, 90000)} disk={rint(0, 60)} bandwidth=\"{rint(100, 9999)}/{rint(100, 9999)}\" setuprate={rint(0, 300)} disklograte=0 fazlograte={rint(0, 50)} freediskstorage={rint(1000, 90000)} sysuptime={rint(1000, 10**7)} msg=\"Performance statistics: average CPU: {rint(1, 90)}, memory: {rint(20, 80)}, concurrent sessions: {rint(100, 9000)}, setup-rate: {rint(0, 300)}\""),
                   lambda: mk("fortigate/system", head("0100022009", "event", "ha", "notice"), f"logdesc=\"HA device interface peer information\" msg=\"HA device peer information: HA status changed\" ha_group=0 ha_role=\"master\" sn=\"FGT60FTK{rdigits(8)}\"")])()
    return produce(n, [(traffic, 3), (vpn, 2), (web, 1)], [d_misc])

# ---------------------------------------------------------------------------------------------- Zeek
ZEEK_HDR = {"conn": ("ts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\tproto\tservice\tduration\torig_bytes\tresp_bytes\tconn_state\tlocal_orig\tlocal_resp\tmissed_bytes\thistory\torig_pkts\torig_ip_bytes\tresp_pkts\tresp_ip_bytes\ttunnel_parents\torig_l2_addr\tresp_l2_addr",
                     "time\tstring\taddr\tport\taddr\tport\tenum\tstring\tinterval\tcount\tcount\tstring\tbool\tbool\tcount\tstring\tcount\tcount\tcount\tcount\tset[string]\tstring\tstring"),
            "http": ("ts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\ttrans_depth\tmethod\thost\turi\treferrer\tversion\tuser_agent\torigin\trequest_body_len\tresponse_body_len\tstatus_code\tstatus_msg\tinfo_code\tinfo_msg\ttags\tusername\tpassword\tproxied\torig_fuids\torig_filenames\torig_mime_types\tresp_fuids\tresp_filenames\tresp_mime_types",
                     "time\tstring\taddr\tport\taddr\tport\tcount\tstring\tstring\tstring\tstring\tstring\tstring\tstring\tcount\tcount\tcount\tstring\tcount\tstring\tset[enum]\tstring\tstring\tset[string]\tvector[string]\tvector[string]\tvector[string]\tvector[string]\tvector[string]\tvector[string]"),
            "smtp": ("ts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\ttrans_depth\thelo\tmailfrom\trcptto\tdate\tfrom\tto\tcc\treply_to\tmsg_id\tin_reply_to\tsubject\tx_originating_ip\tfirst_received\tsecond_received\tlast_reply\tpath\tuser_agent\ttls\tfuids",
                     "time\tstring\taddr\tport\taddr\tport\tcount\tstring\tstring\tset[string]\tstring\tstring\tset[string]\tset[string]\tstring\tstring\tstring\tstring\taddr\tstring\tstring\tstring\tvector[addr]\tstring\tbool\tvector[string]"),
            "dhcp": ("ts\tuids\tclient_addr\tserver_addr\tmac\thost_name\tclient_fqdn\tdomain\trequested_addr\tassigned_addr\tlease_time\tclient_message\tserver_message\tmsg_types\tduration",
                     "time\tset[string]\taddr\taddr\tstring\tstring\tstring\tstring\taddr\taddr\tinterval\tstring\tstring\tvector[string]\tinterval")}
@fmt("zeek", "Zeek 7 documentation 'Zeek Log Formats and Inspection' and the script reference for Conn::Info (with policy/protocols/conn/mac-logging orig_l2_addr/resp_l2_addr), HTTP::Info (username, password with HTTP::default_capture_password), SMTP::Info (mailfrom, rcptto, from, to, subject, x_originating_ip, path) and DHCP::Info (mac, host_name, assigned_addr): tab-separated ASCII logs with #separator/#set_separator/#empty_field/#unset_field/#path/#open/#fields/#types/#close headers, and the JSON writer (LogAscii::use_json)",
     "id.orig_h/id.resp_h, assigned/requested/client addresses and SMTP path/x_originating_ip (every IPv4, ipv6), orig_l2_addr/resp_l2_addr and DHCP mac (mac_address), HTTP basic-auth username and captured password, PII in HTTP uri/referrer, SMTP mailfrom/rcptto/from/to (email) and display names and subjects (person)",
     "header lines (#separator \\x09, #fields, #types, #open/#close timestamps), connection uids (C…) and file ids (F…), '-' unset and (empty) fields, ports, conn_state/history, byte and packet counts, service names, DHCP host names of machines, msg_types")
def fmt_zeek(n):
    def ts(): return f"{epoch()}.{rint(0, 999999):06d}"
    def cuid(): return "C" + ralnum(17)
    def header(path):
        t = ts_event().strftime("%Y-%m-%d-%H-%M-%S")
        f, ty = ZEEK_HDR[path]
        return [mk(f"zeek/{path}", x) for x in ["#separator \\x09", "#set_separator\t,", "#empty_field\t(empty)", "#unset_field\t-", f"#path\t{path}", f"#open\t{t}", "#fields\t" + f, "#types\t" + ty]]
    def tsv(path, cols): return mk(f"zeek/{path}", [[c, "\t"] if i < len(cols) - 1 else [c] for i, c in enumerate(cols)])
    def conn():
        return tsv("conn", [ts(), cuid(), vpriv4(), str(rint(1024, 65535)), vip4(), ch(["443", "80", "53", "22"]), ch(["tcp", "udp"]), ch(["ssl", "http", "dns", "-"]), f"{R.random() * 30:.6f}",
                            str(rint(0, 99999)), str(rint(0, 999999)), ch(["SF", "S0", "RSTO", "SH"]), "T", "F", "0", ch(["ShADadfF", "ShADadFf", "D", "S"]), str(rint(1, 300)), str(rint(40, 99999)), str(rint(0, 300)), str(rint(0, 999999)), "-", vmac("colon"), vmac("colon")])
    def http():
        p = P(); auth = coin(0.4)
        return tsv("http", [ts(), cuid(), vip(0.15), str(rint(1024, 65535)), vpriv4(), "80", "1", ch(["GET", "POST"]), ch(["intranet.example.com", "printer-3.local", "192.0.2.10"]), ch([url_pii(p), [url_plain()]]), "-", "1.1", ua(), "-",
                            str(rint(0, 900)), str(rint(0, 90000)), ch(["200", "401", "302"]), ch(["OK", "Unauthorized", "Found"]), "-", "-", "(empty)",
                            vuser(p.username()) if auth else "-", vpw("\t,") if auth and coin(0.6) else "-", "-", "-", "-", "-", "F" + ralnum(17), "-", ch(["text/html", "application/json"])])
    def smtp():
        p, r = P(), P()
        return tsv("smtp", [ts(), cuid(), vip(0.1), str(rint(1024, 65535)), vpriv4(), "25", "1", ch(["mail.example.net", "[192.0.2.33]", "laptop-7"]), vemail(p), [vemail(r), *([",", vemail(P())] if coin(0.3) else [])],
                            ts_event().strftime("%a, %d %b %Y %H:%M:%S +0100"), ["\"", vname(p.full), "\" <", vemail(p), ">"], [vemail(r)], "-", "-", f"<{msgid()}>", "-",
                            ch([["Lunch with ", vname(P().given), "?"], ["Invoice ", order_no()], ["Re: your application"]]), ch([vip4(), "-"]), "-", "-", "250 2.0.0 Ok: queued as " + ralnum(10, UPPER_DIG), [vpriv4(), ",", vip4()], ch(["Mozilla Thunderbird", "Microsoft Outlook 16.0"]), "F", "F" + ralnum(17)])
    def dhcp():
        return tsv("dhcp", [ts(), cuid(), ch([vpriv4(), "-"]), vpriv4(), vmac("colon"), ch(["DESKTOP-" + ralnum(7, UPPER_DIG), "android-" + rhex(16), "-"]), "-", "corp.example.com", ch([vpriv4(), "-"]), vpriv4(), "86400.000000", "-", "-", "REQUEST,ACK", f"{R.random():.6f}"])
    def jsonl():
        p = P()
        return mk("zeek/json", J({"ts": float(f"{epoch()}.{rint(0, 999999)}"), "uid": cuid(), "id.orig_h": vip(0.2), "id.orig_p": rint(1024, 65535), "id.resp_h": vpriv4(), "id.resp_p": 80, "trans_depth": 1, "method": "GET",
                                  "host": "intranet.example.com", "uri": S(url_pii(p)), "version": "1.1", "user_agent": ua(), "request_body_len": 0, "response_body_len": rint(0, 9000), "status_code": 200, "status_msg": "OK",
                                  "tags": [], "username": vuser(p.username()), "resp_fuids": ["F" + ralnum(17)], "resp_mime_types": ["text/html"]}))
    def block():
        path = ch(["conn", "http", "smtp", "dhcp"]); out = header(path) if coin(0.3) else []
        gen = {"conn": conn, "http": http, "smtp": smtp, "dhcp": dhcp}[path]
        out += [gen() for _ in range(rint(3, 7))]
        if coin(0.4): out.append(mk(f"zeek/{path}", f"#close\t{ts_event().strftime('%Y-%m-%d-%H-%M-%S')}"))
        return out
    return produce(n, [(block, 4), (jsonl, 1)], [], 0.0)

# ---------------------------------------------------------------------------------------------- Suricata EVE
@fmt("suricata", "Suricata 7 user guide 'Eve JSON Output' and 'Eve JSON Format' (common fields timestamp, flow_id, in_iface, event_type, src_ip, src_port, dest_ip, dest_port, proto, ether{src_mac,dest_mac}; alert{action,gid,signature_id,rev,signature,category,severity}; http{hostname,url,http_user_agent,http_method,protocol,status,length,xff, request_headers with dump-all-headers}; smtp{helo,mail_from,rcpt_to} and email{from,to,subject}; dhcp{client_mac,assigned_ip,hostname}; stats) and suricata.log engine messages",
     "src_ip/dest_ip, http.xff, dhcp assigned_ip (every IPv4, ipv6), ether src_mac/dest_mac and dhcp client_mac (mac_address), PII in http.url and http.hostname-less paths, Authorization header values (secret: Basic credentials), smtp mail_from/rcpt_to and email from/to (email), display names (person)",
     "stats events (uptime, capture/decoder counters), flow_id, signature ids and names, categories, tx_id, app_proto, TLS/DNS metadata without personal data, engine log lines (version banner, rules loaded, threads initialized)")
def fmt_suricata(n):
    def base(et, src=None, dst=None):
        return {"timestamp": iso_ts(frac=6, z="+0100"), "flow_id": rint(10**14, 10**16), "in_iface": ch(["eth0", "ens192", "bond0"]), "event_type": et, "src_ip": src or vpriv4(), "src_port": rint(1024, 65535),
                "dest_ip": dst or vip4(), "dest_port": 80, "proto": "TCP"}
    def alert():
        p = P(); o = base("alert", vip(0.15), vpriv4())
        if coin(0.4): o["ether"] = {"src_mac": vmac("colon"), "dest_mac": vmac("colon")}
        o.update({"tx_id": 0, "alert": {"action": "allowed", "gid": 1, "signature_id": rint(2000000, 2999999), "rev": rint(1, 9), "signature": ch(["ET POLICY Incoming Basic Auth Base64 HTTP Password detected unencrypted", "ET SCAN Possible Nmap User-Agent Observed", "ET POLICY Credentials in URL"]),
                  "category": ch(["Potential Corporate Privacy Violation", "Web Application Attack", "Attempted Information Leak"]), "severity": ch([1, 2, 3])},
                  "http": {"hostname": ch(["intranet.example.com", "shop.example.com"]), "url": S(url_pii(p)) if coin(0.7) else S(["http://", V("url_credentials", f"{p.username()}:{q(pw())}"), "@intranet.example.com/admin/"]), "http_user_agent": ua(), "http_method": "GET", "protocol": "HTTP/1.1", "status": ch([200, 401]), "length": rint(0, 9000)},
                  "app_proto": "http"})
        if coin(0.4):
            cred = base64.b64encode(f"{p.username()}:{pw(':')}".encode()).decode()
            o["http"]["request_headers"] = [{"name": "Host", "value": "intranet.example.com"}, {"name": "Authorization", "value": S(["Basic ", V("secret", cred)])}]
        if coin(0.3): o["http"]["xff"] = vip4()
        return mk("suricata/alert", J(o))
    def smtp():
        p, r = P(), P(); o = base("smtp", vip(0.1), vpriv4()); o["dest_port"] = 25
        o.update({"tx_id": 0, "smtp": {"helo": ch(["mail.example.net", "laptop-7"]), "mail_from": S(["<", vemail(p), ">"]), "rcpt_to": [S(["<", vemail(r), ">"])]},
                  "email": {"status": "PARSER_DONE", "from": S(["\"", vname(p.full), "\" <", vemail(p), ">"]), "to": [vemail(r)], "attachment": ["invoice.pdf"] if coin(0.3) else []}})
        return mk("suricata/smtp", J(o))
    def dhcp():
        o = base("dhcp", vpriv4(), vpriv4()); o["proto"] = "UDP"; o["src_port"] = 68; o["dest_port"] = 67
        o["dhcp"] = {"type": "reply", "id": rint(10**8, 4 * 10**9), "client_mac": vmac("colon"), "assigned_ip": vpriv4(), "relay_ip": "0.0.0.0", "next_server_ip": "0.0.0.0", "dhcp_type": "ack", "lease_time": 86400, "hostname": "DESKTOP-" + ralnum(7, UPPER_DIG)}
        return mk("suricata/dhcp", J(o))
    def http():
        p = P(); o = base("http", vip(0.2), vpriv4())
        o["http"] = {"hostname": "shop.example.com", "url": S(url_pii(p)), "http_user_agent": ua(), "http_content_type": "application/json", "http_method": ch(["GET", "POST"]), "protocol": "HTTP/1.1", "status": 200, "length": rint(0, 90000)}
        return mk("suricata/http", J(o))
    def d_misc():
        return ch([lambda: mk("suricata/stats", J({"timestamp": iso_ts(frac=6, z="+0100"), "event_type": "stats", "stats": {"uptime": rint(1000, 10**6), "capture": {"kernel_packets": rint(10**6, 10**9), "kernel_drops": rint(0, 9999)},
                                                   "decoder": {"pkts": rint(10**6, 10**9), "bytes": rint(10**9, 10**12), "ipv4": rint(10**6, 10**9), "ipv6": rint(0, 10**6), "tcp": rint(10**6, 10**9), "udp": rint(10**5, 10**8)}, "flow": {"memuse": rint(10**6, 10**8)}}})),
                   lambda: mk("suricata/engine", f"[{rint(100, 9999)}] {ts_event().strftime('%d/%m/%Y -- %H:%M:%S')} - <{ch(['Notice', 'Info', 'Config'])}> - ", ch([
                       "This is Suricata version 7.0.7 RELEASE running in SYSTEM mode", f"{rint(1, 9)} rule files processed. {rint(30000, 50000)} rules successfully loaded, 0 rules failed",
                       f"all {rint(2, 16)} packet processing threads, {rint(2, 6)} management threads initialized, engine started.", "Signal Received.  Stopping engine.", "Using 1 live device(s).",
                       f"Threshold config parsed: {rint(0, 9)} rule(s) found"]))])()
    return produce(n, [(alert, 3), (smtp, 2), (dhcp, 1), (http, 2)], [d_misc])

# ---------------------------------------------------------------------------------------------- Linux auditd
def ahex(s): return s.encode().hex().upper()
@fmt("auditd", "Linux Audit: audit.log record format (type=… msg=audit(epoch.ms:serial): fields), the user-space message fields documented in the audit field dictionary (op, acct, exe, hostname, addr, terminal, res, auid, uid, ses, cwd, cmd hex-encoding of untrusted strings, id), SYSCALL/EXECVE/PATH/PROCTITLE records, record types USER_LOGIN, USER_AUTH, USER_ACCT, CRED_ACQ, USER_START, USER_CMD, ADD_USER, and the log_format=ENRICHED trailer separated by 0x1D with interpreted UID=/AUID= names",
     "acct=\"name\" of human accounts (username; hex-encoded acct values are system probes here), auid/uid/euid/suid/fsuid of human accounts ≥1000 (user_id), id= in op=login / adding user (user_id), addr= (ipv4/ipv6), cwd=\"/home/<user>\" segment (username), EXECVE arguments carrying passwords (-p<secret>, password), ENRICHED AUID=\"name\" / UID=\"name\" (username)",
     "auid=4294967295 (unset), uid=0 / UID=\"root\", daemon records (DAEMON_START, SERVICE_START/STOP, CONFIG_CHANGE, BPF, PROCTITLE hex, PATH, CWD \"/\", EOE), gid fields, ses numbers, subj labels, exe paths, invalid-user acct values hex-encoded ((invalid user)), serial numbers")
def fmt_auditd(n):
    def hdr(typ): return f"type={typ} msg=audit({epoch()}.{rint(0, 999):03d}:{rint(100, 999999)}): "
    def enr(parts): return ["\x1d", *parts] if coin(0.5) else []
    def login():
        p = P(); u = p.username(); uid = str(rint(1000, 60000)); ses = rint(1, 9999)
        ok = coin(0.7); ip = vip(0.2)
        return ch([lambda: mk("auditd/user", hdr("USER_LOGIN"), f"pid={rint(100, 99999)} uid=0 auid=", vuid(uid) if ok else "4294967295", f" ses={ses if ok else 4294967295} subj=unconfined msg='op=login id=", vuid(uid),
                              " exe=\"/usr/sbin/sshd\" hostname=? addr=", ip, f" terminal=/dev/pts/{rint(0, 9)} res={'success' if ok else 'failed'}'", enr(["UID=\"root\" AUID=\"", vuser(u) if ok else "unset", "\" ID=\"", vuser(u), "\""])),
                   lambda: mk("auditd/user", hdr("USER_AUTH"), f"pid={rint(100, 99999)} uid=0 auid=4294967295 ses=4294967295 subj=unconfined msg='op=PAM:authentication grantors={'pam_unix' if ok else '?'} acct=\"", vuser(u),
                              "\" exe=\"/usr/sbin/sshd\" hostname=", ip, " addr=", ip, f" terminal=ssh res={'success' if ok else 'failed'}'", enr(["UID=\"root\" AUID=\"unset\""])),
                   lambda: mk("auditd/user", hdr(ch(["USER_ACCT", "CRED_ACQ", "USER_START"])), f"pid={rint(100, 99999)} uid=0 auid=", vuid(uid), f" ses={ses} subj=unconfined msg='op=PAM:{ch(['accounting', 'setcred', 'session_open'])} grantors=pam_unix acct=\"", vuser(u),
                              "\" exe=\"/usr/bin/sudo\" hostname=? addr=? terminal=/dev/pts/", str(rint(0, 9)), " res=success'", enr(["UID=\"root\" AUID=\"", vuser(u), "\""])),
                   lambda: mk("auditd/user", hdr("USER_CMD"), f"pid={rint(100, 99999)} uid=", vuid(uid), " auid=", vuid(uid), f" ses={ses} subj=unconfined msg='cwd=\"/home/", vuser(u), "\" cmd=",
                              ahex(ch(["systemctl restart nginx", "tail -f /var/log/syslog", "apt upgrade"])), f" exe=\"/usr/bin/sudo\" terminal=pts/{rint(0, 9)} res=success'", enr(["UID=\"", vuser(u), "\" AUID=\"", vuser(u), "\""])),
                   lambda: mk("auditd/user", hdr("ADD_USER"), f"pid={rint(100, 99999)} uid=0 auid=", vuid(str(rint(1000, 60000))), f" ses={ses} subj=unconfined msg='op=adding user id=", vuid(uid),
                              " exe=\"/usr/sbin/useradd\" hostname=? addr=? terminal=pts/0 res=success'", enr(["UID=\"root\" AUID=\"", vuser(P().username()), "\" ID=\"", vuser(u), "\""]))])()
    def syscall():
        p = P(); u = p.username(); uid = str(rint(1000, 60000)); g = str(rint(1000, 60000))
        ids = []
        for k in ("auid", "uid"): ids += [f" {k}=", vuid(uid)]
        ids += [f" gid={g}"]
        for k in ("euid", "suid", "fsuid"): ids += [f" {k}=", vuid(uid)]
        ids += [f" egid={g} sgid={g} fsgid={g}"]
        return ch([lambda: mk("auditd/syscall", hdr("SYSCALL"), f"arch=c000003e syscall={ch([59, 257, 2])} success={ch(['yes', 'no'])} exit={rint(0, 9)} a0={rhex(12)} a1={rhex(12)} a2={rhex(12)} a3=0 items=2 ppid={rint(100, 99999)} pid={rint(100, 99999)}",
                              ids, f" tty=pts{rint(0, 9)} ses={rint(1, 999)} comm=\"{ch(['cat', 'vim', 'psql'])}\" exe=\"/usr/bin/{ch(['cat', 'vim', 'psql'])}\" subj=unconfined key=\"{ch(['shadow-read', 'identity', 'sudoers'])}\"",
                              enr(["ARCH=x86_64 SYSCALL=execve AUID=\"", vuser(u), "\" UID=\"", vuser(u), "\" GID=\"", vuser(u), "\" EUID=\"", vuser(u), "\""])),
                   lambda: mk("auditd/syscall", hdr("EXECVE"), "argc=4 a0=\"mysql\" a1=\"-u\" a2=\"", vuser(u), "\" a3=\"-p", vpw(" \"'\\"), "\""),
                   lambda: mk("auditd/syscall", hdr("EXECVE"), "argc=3 a0=\"sshpass\" a1=\"-p\" a2=\"", vpw(" \"'\\"), "\""),
                   lambda: mk("auditd/syscall", hdr("CWD"), "cwd=\"/home/", vuser(u), f"/{ch(['projects', 'Downloads', 'deploy'])}\"")])()
    def d_misc():
        typ, body = ch([
            ("DAEMON_START", f"op=start ver=3.1.2 format=enriched kernel=6.1.0-26-amd64 auid=4294967295 pid={rint(100, 999)} uid=0 ses=4294967295 subj=unconfined res=success\x1dAUID=\"unset\" UID=\"root\""),
            (ch(["SERVICE_START", "SERVICE_STOP"]), f"pid=1 uid=0 auid=4294967295 ses=4294967295 subj=unconfined msg='unit={ch(['systemd-tmpfiles-clean', 'apt-daily', 'logrotate', 'man-db'])} comm=\"systemd\" exe=\"/usr/lib/systemd/systemd\" hostname=? addr=? terminal=? res=success'"),
            ("CONFIG_CHANGE", f"auid=4294967295 ses=4294967295 subj=unconfined op=add_rule key=\"{ch(['identity', 'sudoers', 'time-change'])}\" list=4 res=1"),
            ("PROCTITLE", f"proctitle={ahex(ch(['/usr/sbin/cron -f', '/usr/bin/python3 /usr/bin/unattended-upgrade', 'sshd: [accepted]']))}"),
            ("PATH", f"item=0 name=\"/etc/shadow\" inode={rint(10000, 999999)} dev=fd:00 mode=0100640 ouid=0 ogid=42 rdev=00:00 nametype=NORMAL cap_fp=0 cap_fi=0 cap_fe=0 cap_fver=0 cap_frootid=0"),
            ("CWD", "cwd=\"/\""), ("EOE", None), ("BPF", f"prog-id={rint(10, 999)} op=LOAD"),
            ("USER_LOGIN", f"pid={rint(100, 99999)} uid=0 auid=4294967295 ses=4294967295 subj=unconfined msg='op=login acct={ahex('(invalid user)')} exe=\"/usr/sbin/sshd\" hostname=? addr=127.0.0.1 terminal=sshd res=failed'")])
        h = hdr(typ)
        return mk("auditd/system", h.rstrip() if body is None else h + body)
    return produce(n, [(login, 3), (syscall, 2)], [d_misc])

# ---------------------------------------------------------------------------------------------- systemd journal
@fmt("journald", "systemd.journal-fields(7) (MESSAGE, PRIORITY, SYSLOG_IDENTIFIER, _PID, _UID, _GID, _COMM, _EXE, _CMDLINE, _HOSTNAME, _TRANSPORT, _SYSTEMD_UNIT, _SYSTEMD_SLICE, _SYSTEMD_OWNER_UID, _AUDIT_LOGINUID, _AUDIT_SESSION, _BOOT_ID, _MACHINE_ID, USER_ID, __CURSOR, __REALTIME_TIMESTAMP) as printed by journalctl -o verbose (header line + indented FIELD=value lines), -o export and -o json; messages of sshd, systemd-logind, pam_unix, sudo",
     "MESSAGE contents (sshd 'Accepted publickey for USER from IP', 'Failed password for USER from IP', logind 'New session N of user USER', pam_unix 'session opened for user USER(uid=N)'), _UID/_AUDIT_LOGINUID/_SYSTEMD_OWNER_UID of human accounts and the uid inside user-N.slice / user@N.service (user_id), USER_ID= and sshd _CMDLINE 'sshd: USER [priv]' (username)",
     "header lines with cursors [s=…;i=…;b=…], __CURSOR, __REALTIME/__MONOTONIC timestamps, _BOOT_ID/_MACHINE_ID, PRIORITY/SYSLOG_FACILITY/_TRANSPORT, _UID=0, system units and their messages ('Started Daily apt download activities.'), invalid-user probes (admin, oracle, ubuntu)")
def fmt_journald(n):
    def entry():
        p = P(); u = p.username(); uid = str(rint(1000, 60000)); ip = vip(0.25); t = ts_event(); tpl = "journald/verbose"; ind = "    "
        kind = ch(["sshd_ok", "sshd_fail", "logind", "pam"])
        out = []
        out.append(mk(tpl, t.strftime("%a %Y-%m-%d %H:%M:%S.") + f"{t.microsecond:06d} {ch(['CET', 'UTC'])} [s={rhex(32)};i={rhex(5)};b={rhex(32)};m={rhex(9)};t={rhex(13)};x={rhex(16)}]"))
        F = lambda *a: out.append(mk(tpl, ind, *a))
        F(f"_BOOT_ID={rhex(32)}")
        if coin(0.5): F(f"_MACHINE_ID={rhex(32)}")
        F(f"_HOSTNAME={host()}")
        if kind in ("sshd_ok", "sshd_fail"):
            F("_TRANSPORT=syslog"); F(f"PRIORITY={6 if kind == 'sshd_ok' else 5}"); F("SYSLOG_IDENTIFIER=sshd"); F("_UID=0"); F("_COMM=sshd"); F("_EXE=/usr/sbin/sshd")
            if kind == "sshd_ok":
                F("_CMDLINE=sshd: ", vuser(u), " [priv]")
                F("MESSAGE=Accepted ", ch(["publickey", "password"]), " for ", vuser(u), " from ", ip, f" port {rint(1024, 65535)} ssh2", *([f": ED25519 SHA256:{rb64(32, pad=False)}"] if coin(0.5) else []))
            else:
                F(f"_CMDLINE=sshd: {u} [priv]".split(" ")[0] + " ", vuser(u), " [priv]")
                F("MESSAGE=Failed password for ", vuser(u), " from ", ip, f" port {rint(1024, 65535)} ssh2")
        elif kind == "logind":
            F("_TRANSPORT=journal"); F("PRIORITY=6"); F("SYSLOG_IDENTIFIER=systemd-logind"); F("_UID=0"); F("_COMM=systemd-logind")
            s = rint(1, 999); F(f"SESSION_ID={s}"); F("USER_ID=", vuser(u)); F(f"LEADER={rint(100, 99999)}"); F(f"MESSAGE=New session {s} of user ", vuser(u), ".")
        else:
            F("_TRANSPORT=syslog"); F("SYSLOG_IDENTIFIER=sudo"); F("_UID=", vuid(uid)); F("_AUDIT_LOGINUID=", vuid(uid)); F(f"_AUDIT_SESSION={rint(1, 999)}")
            F("_SYSTEMD_SLICE=user-", vuid(uid), ".slice"); F("_SYSTEMD_OWNER_UID=", vuid(uid))
            F("MESSAGE=pam_unix(sudo:session): session opened for user root(uid=0) by ", vuser(u), "(uid=", vuid(uid), ")")
        if coin(0.4): F(f"_SOURCE_REALTIME_TIMESTAMP={int(t.timestamp() * 10**6)}")
        return out
    def export():
        p = P(); u = p.username(); uid = str(rint(1000, 60000)); t = ts_event(); tpl = "journald/export"
        out = [mk(tpl, f"__CURSOR=s={rhex(32)};i={rhex(5)};b={rhex(32)};m={rhex(9)};t={rhex(13)};x={rhex(16)}"), mk(tpl, f"__REALTIME_TIMESTAMP={int(t.timestamp() * 10**6)}"),
               mk(tpl, "_UID=", vuid(uid)), mk(tpl, "_SYSTEMD_UNIT=user@", vuid(uid), ".service"), mk(tpl, "_SYSTEMD_USER_UNIT=", ch(["pipewire.service", "gnome-shell-wayland.service", "syncthing.service"])),
               mk(tpl, "MESSAGE=", ch([["Started ", ch(["PipeWire", "Syncthing"]), "."], ["Failed to sync /home/", vuser(u), "/Documents: permission denied"], ["Logged in as ", vemail(p)]]))]
        return out
    def jsonl():
        p = P(); u = p.username(); t = ts_event()
        return mk("journald/json", J({"__CURSOR": f"s={rhex(32)};i={rhex(5)};b={rhex(32)};m={rhex(9)};t={rhex(13)};x={rhex(16)}", "__REALTIME_TIMESTAMP": str(int(t.timestamp() * 10**6)), "_BOOT_ID": rhex(32),
                                      "PRIORITY": "6", "SYSLOG_IDENTIFIER": "sshd", "_PID": str(rint(100, 99999)), "_UID": "0", "_COMM": "sshd", "_HOSTNAME": host(),
                                      "MESSAGE": S(["Accepted publickey for ", vuser(u), " from ", vip(0.2), f" port {rint(1024, 65535)} ssh2"])}))
    def d_entry():
        t = ts_event(); tpl = "journald/verbose"; ind = "    "
        unit = ch([("apt-daily.service", "Started Daily apt download activities."), ("logrotate.service", "Finished Rotate log files."), ("fstrim.service", "Started Discard unused blocks on filesystems from /etc/fstab.")])
        out = [mk(tpl, t.strftime("%a %Y-%m-%d %H:%M:%S.") + f"{t.microsecond:06d} UTC [s={rhex(32)};i={rhex(5)};b={rhex(32)};m={rhex(9)};t={rhex(13)};x={rhex(16)}]")]
        for f in ["_TRANSPORT=journal", "PRIORITY=6", "SYSLOG_FACILITY=3", "SYSLOG_IDENTIFIER=systemd", "_UID=0", "_GID=0", "_COMM=systemd", "_EXE=/usr/lib/systemd/systemd",
                  f"_BOOT_ID={rhex(32)}", f"_HOSTNAME={host()}", "_SYSTEMD_UNIT=init.scope", f"UNIT={unit[0]}", f"MESSAGE={unit[1]}",
                  "MESSAGE=Failed password for invalid user " + ch(["admin", "oracle", "ubuntu", "test"]) + " from 127.0.0.1 port 22 ssh2", "CODE_FILE=src/core/job.c", f"INVOCATION_ID={rhex(32)}"]:
            if coin(0.6): out.append(mk(tpl, ind, f))
        return out
    def short():
        p = P(); u = p.username(); t = ts_event(); uid = str(rint(1000, 60000))
        pre = [t.strftime("%Y-%m-%dT%H:%M:%S") + ch(["+0100", "+0000"]) + f" {host()} "]
        return ch([lambda: mk("journald/short-iso", pre, f"sshd[{rint(100, 99999)}]: Accepted {ch(['publickey', 'password', 'keyboard-interactive/pam'])} for ", vuser(u), " from ", vip(0.2), f" port {rint(1024, 65535)} ssh2"),
                   lambda: mk("journald/short-iso", pre, f"sshd[{rint(100, 99999)}]: pam_unix(sshd:session): session opened for user ", vuser(u), "(uid=", vuid(uid), ") by (uid=0)"),
                   lambda: mk("journald/short-iso", pre, f"systemd-logind[{rint(100, 999)}]: New session {rint(1, 999)} of user ", vuser(u), "."),
                   lambda: mk("journald/short-iso", pre, f"systemd[1]: Started user@", vuid(uid), ".service - User Manager for UID ", vuid(uid), "."),
                   lambda: mk("journald/short-iso", pre, f"sshd[{rint(100, 99999)}]: Connection closed by authenticating user ", vuser(u), " ", vip(0.2), f" port {rint(1024, 65535)} [preauth]")])()
    return produce(n, [(entry, 2), (export, 1), (jsonl, 2), (short, 12)], [d_entry])

# ---------------------------------------------------------------------------------------------- ASC X12 834
def edi_up(s): return ascii_fold(s).upper()
@fmt("x12", "ASC X12 005010X220A1 Benefit Enrollment and Maintenance (834) implementation guide: ISA/GS/ST/BGN/REF/DTP/N1 headers, member loop 2000 INS, REF*0F subscriber identifier, REF*1L group, DTP*356, loop 2100A NM1*IL (NM108 qualifier 34 = Social Security Number), PER*IP (HP/WP/CP phone, EM e-mail), N3 street address, N4 city/state/ZIP, DMG*D8 date of birth and gender, HD health coverage, SE/GE/IEA trailers; 999 acknowledgment segments; segment-per-line and whole interchange on one line (segment terminator ~, element separator *)",
     "NM103/NM104/NM105 member last/first/middle names (person, per component, upper-case as written), NM109 with qualifier 34 (us_ssn), REF*0F subscriber identifiers (user_id), PER communication numbers (phone, unformatted NANP digits) and e-mail (email), N301/N302 street lines (address), DMG02 dates of birth CCYYMMDD (date_of_birth)",
     "ISA/GS envelope (sender/receiver ids, control numbers, dates/times), ST/SE/GE/IEA, BGN reference and dates, N1*P5/N1*IN sponsor and payer names with FEIN (organisations), REF*38/REF*1L policy and group numbers, DTP coverage dates, HD plan codes, INS codes, N4 city/state/ZIP, 999 acknowledgment segments (AK1, AK2, IK5, AK9)")
def fmt_x12(n):
    def member(sub_id, p, subscriber=True):
        rel = "18" if subscriber else ch(["01", "19", "19"])
        segs = [["INS*", "Y*18" if subscriber else f"N*{rel}", "*021*28*A***FT~" if subscriber else "*021*28*A~"], ["REF*0F*", vuid(sub_id), "~"], [f"REF*1L*GRP{rdigits(5)}~"],
                [f"DTP*356*D8*2024{rint(10, 12):02d}01~"]]
        nm = ["NM1*IL*1*", vname(edi_up(p.family)), "*", vname(edi_up(p.given))]
        if p.middle and coin(0.5): nm += ["*", vname(edi_up(p.middle[0]))]
        else: nm += ["*"]
        if subscriber and coin(0.7): nm += ["***34*", V("us_ssn", ssn("plain"), "ssn")]
        segs.append(nm + ["~"])
        if subscriber and coin(0.8):
            a, b, l = _nanp()
            per = ["PER*IP**", ch(["HP", "CP", "WP"]), "*", V("phone", f"{a}{b}{l}")]
            if coin(0.6): per += ["*EM*", V("email", p.email().upper() if coin(0.5) else p.email())]
            segs.append(per + ["~"])
        if subscriber:
            st, pc, city, _ = address("US")
            parts = st.split(" Apt ") if " Apt " in st else [st]
            n3 = ["N3*", vaddr(edi_up(parts[0]))] + (["*", vaddr("APT " + parts[1])] if len(parts) > 1 else [])
            segs.append(n3 + ["~"])
            c, s_ = city.split(", ")
            segs.append([f"N4*{c.upper()}*{s_}*{pc}~"])
        segs.append(["DMG*D8*", vdob(p.dob if rel != "19" else rdate(2008, 2022), "compact"), f"*{p.sex}~"])
        segs.append([f"HD*021**HLT*{ch(['PPO GOLD', 'HMO SILVER', 'HDHP BRONZE'])}*{ch(['EMP', 'FAM', 'ESP'])}~"])
        segs.append([f"DTP*348*D8*2024{rint(10, 12):02d}01~"])
        return segs
    def envelope(body_segs):
        t = ts_event(); ctl = f"{rint(1, 999999999):09d}"
        head = [[f"ISA*00*          *00*          *ZZ*{'ACMEHR':<15}*ZZ*{'BCBSPAYER':<15}*{t.strftime('%y%m%d')}*{t.strftime('%H%M')}*^*00501*{ctl}*0*P*:~"],
                [f"GS*BE*ACMEHR*BCBSPAYER*{t.strftime('%Y%m%d')}*{t.strftime('%H%M')}*{int(ctl)}*X*005010X220A1~"], ["ST*834*0001*005010X220A1~"],
                [f"BGN*00*{rdigits(6)}*{t.strftime('%Y%m%d')}*{t.strftime('%H%M')}****2~"], [f"REF*38*{rdigits(6)}~"], [f"N1*P5*ACME CORPORATION*FI*{rdigits(9)}~"], ["N1*IN*BLUE CROSS BLUE SHIELD*FI*" + rdigits(9) + "~"]]
        tail = [[f"SE*{len(body_segs) + 6}*0001~"], [f"GE*1*{int(ctl)}~"], [f"IEA*1*{ctl}~"]]
        return head + body_segs + tail
    def doc():
        p = P(ch(["US", "US", "US", "MX", "IN", "CN", "KR", "PH", "NG"])); sub_id = ch([rdigits(9), "M" + rdigits(8), f"{rint(100, 999)}A{rdigits(5)}"])
        body = member(sub_id, p)
        if coin(0.4):
            d = Person(p.country); d.family = p.family
            body += member(sub_id, d, subscriber=False)
        segs = envelope(body)
        if coin(0.65): return mk("x12/834-oneline", *segs)
        if coin(0.7): return [mk("x12/834", *s) for s in body]  # a member loop as logged by a translator, one segment a line
        return [mk("x12/834", *s) for s in segs]
    def d_ack():
        t = ts_event()
        return mk("x12/999", ch([f"ST*999*{rint(1, 9999):04d}*005010X231A1~", f"AK1*BE*{rint(1, 99999)}*005010X220A1~", "AK2*834*0001*005010X220A1~", "IK5*A~", "AK9*A*1*1*1~", f"SE*6*{rint(1, 9999):04d}~",
                                 f"IK3*NM1*{rint(5, 40)}*2100*8~", "IK4*9*67*7*~", "IK5*R*5~", f"GS*FA*BCBSPAYER*ACMEHR*{t.strftime('%Y%m%d')}*{t.strftime('%H%M')}*{rint(1, 9999)}*X*005010X231A1~"]))
    return produce(n, [doc], [d_ack])

# ---------------------------------------------------------------------------------------------- SWIFT MT103
RU_TR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя", ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "iu", "ia"]))
def translit(s):
    """Cyrillic to Latin (ICAO-style), as SWIFT's character set requires."""
    out = []
    for c in s:
        l = c.lower()
        if l in RU_TR: t = RU_TR[l]; out.append(t.upper() if c != l else t)
        else: out.append(c)
    return "".join(out)
def bic(): return ch(["DEUTDEFF", "COBADEFF", "CHASUS33", "NDEASESS", "KOMBCZPP", "BARCGB22", "BNPAFRPP", "ESSESESS", "GIBACZPX", "SABRRUMM"]) + ch(["", "XXX"])
@fmt("swift", "SWIFT Standards MT 103 Single Customer Credit Transfer (basic header {1:}, application header {2:}, user header {3:{108:}{121:}}, text block {4: … -}: fields :20: :23B: :32A: :33B: :50A/F/K: ordering customer — option K /account + name and address lines, option F party identifier (/account or NIDN/CCPT/SOSE/CUST code/country/identifier) with numbered lines 1/ name, 2/ address, 3/ country/town, 4/ date of birth, 5/ place of birth, 6/ customer id, 7/ national id — :52A: :57A/D: :59/59A/59F: beneficiary, :70: remittance, :71A: charges, :72: sender-to-receiver; trailer {5:{CHK:}})",
     "ordering customer and beneficiary accounts (iban; domestic account numbers such as US accounts: bank_account), name lines (person), street lines (address), 50F 4/ date of birth (date_of_birth), NIDN/7/ national ids and SOSE social security numbers (national_id/us_ssn), CUST/6/ customer numbers (user_id), names in :70: remittance text",
     "block headers with BICs and session/sequence numbers, :20: references, :23B:, :32A: value date/currency/amount, :33B:, :52A:/:57A: BICs, //FW routing numbers in their own field, :71A: SHA/OUR, :72: codes, 50F 3/ country/town and 5/ place of birth lines, postcode/town lines, {5:{CHK:}} checksums, MT 199/900 confirmations")
def fmt_swift(n):
    def msg():
        po, pb = P(ch(["DE", "SE", "CZ", "FR", "NL", "GB", "US", "PL"])), P(ch(["US", "DE", "SE", "CZ", "GB", "RU", "IN", "ES"]))
        t = ts_event(); tpl = "swift/mt103"; L = lambda *a: list(a)
        out = [L(f"{{1:F01{bic()[:8]}AXXX{rdigits(10)}}}{{2:I103{bic()[:8]}XXXXN}}{{3:{{108:{ralnum(8, UPPER_DIG)}}}{{121:{uuid4()}}}}}{{4:"),
               L(f":20:{ralnum(ch([10, 14]), UPPER_DIG)}"), L(":23B:CRED"), L(f":32A:{t.strftime('%y%m%d')}{ch(['EUR', 'USD', 'SEK', 'CZK'])}{rint(10, 99999)},{rint(0, 99):02d}")]
        if coin(0.5): out.append(L(f":33B:{ch(['EUR', 'USD'])}{rint(10, 99999)},{rint(0, 99):02d}"))
        def name_addr(p, numbered=False):
            st, pc, city, _ = address(p.country if p.country in ("US", "GB", "DE", "FR", "NL", "SE", "CZ", "PL", "ES", "RU") else "US")
            nm, st_ = edi_up(translit(p.full))[:35], edi_up(translit(st))[:35]
            city = translit(city)
            if numbered:
                return [L("1/", vname(edi_up(p.family + " " + p.given)[:33])), L("2/", vaddr(st_[:33])), L(f"3/{p.country}/{edi_up(city)[:28]}")]
            return [L(vname(nm)), L(vaddr(st_)), L(edi_up(f"{pc} {city}")[:35])]
        kind50 = chw([("K", 3), ("F", 2)])
        if kind50 == "K":
            out += [L(":50K:/", viban(po.country if po.country in IBAN_LEN else "DE", "plain"))] + name_addr(po)
        else:
            idl = ch([["/", viban(po.country if po.country in IBAN_LEN else "DE", "plain")], [f"NIDN/{po.country}/", natid(po)], [f"CCPT/{po.country}/", V("national_id", ch("CFGHJK") + ralnum(8, "CFGHJKLMNPRTVWXYZ0123456789"))],
                      [f"CUST/{po.country}/{ch(['NDEASESS', 'DEUTDEFF'])}/", vuid(rdigits(9))]])
            if po.country == "US" and coin(0.5): idl = ["SOSE/US/", V("us_ssn", ssn(), "ssn")]
            out += [L(":50F:", idl)] + name_addr(po, True)
            if coin(0.7): out += [L("4/", vdob(po.dob, "mt")), L(f"5/{po.country}/{edi_up(address(po.country if po.country in ('DE', 'SE', 'CZ', 'FR', 'NL', 'GB', 'US', 'PL') else 'US')[2])[:28]}")]
            if coin(0.3): out.append(L(f"7/{po.country}/", natid(po)))
        out.append(L(f":52A:{bic()}"))
        if pb.country == "US":
            out.append(L(f":57D://FW{aba()}"))
            out += [L(":59:/", V("bank_account", rdigits(ch([9, 10, 12]))))] + name_addr(pb)
        else:
            out.append(L(f":57A:{bic()}"))
            out += [L(":59:/", viban(pb.country, "plain") if pb.country in IBAN_LEN else V("bank_account", rdigits(20) if pb.country == "RU" else rdigits(ch([10, 14]))))] + name_addr(pb)
        out.append(L(":70:", ch([[f"/INV/{rint(1000, 99999)} {ch(['RENT', 'MIETE', 'HYRA'])} {t.strftime('%m/%Y')}"], ["GIFT FOR ", vname(edi_up(P().given))], ["SALARY ", vname(edi_up(pb.family))], [f"INVOICE {order_no().lstrip('#')}"]])))
        out.append(L(f":71A:{ch(['SHA', 'OUR', 'BEN'])}"))
        if coin(0.3): out.append(L(f":72:/ACC/{ch(['URGENT', 'SALARY PAYMENT'])}"))
        out.append(L(f"-}}{{5:{{CHK:{rhex(12, True)}}}}}"))
        if coin(0.6):
            body = []
            for i, x in enumerate(out): body += ([] if i == 0 else ["\r\n"]) + x
            return mk("swift/json", "{\"ts\":\"", iso_ts(), "\",\"level\":\"INFO\",\"logger\":\"swift.gateway\",\"msg\":\"MT103 sent\",\"fin\":\"", esc_parts(body, jesc), "\"}")
        return [mk(tpl, *x) for x in out]
    def d_misc():
        return mk("swift/other", ch([f"{{1:F21{bic()[:8]}AXXX{rdigits(10)}}}{{4:{{177:{ts_event().strftime('%y%m%d%H%M')}}}{{451:0}}}}", ":23B:CRED", f":20:{ralnum(12, UPPER_DIG)}", f":21:{ralnum(12, UPPER_DIG)}", ":71A:SHA",
                                     f":32A:{ts_event().strftime('%y%m%d')}EUR{rint(10, 99999)},{rint(0, 99):02d}", f":52A:{bic()}", f":57A:{bic()}", "-}", f"{{2:O900{rdigits(4)}{ts_event().strftime('%y%m%d')}{bic()[:8]}AXXX{rdigits(10)}N}}",
                                     f":25:{ralnum(10, UPPER_DIG)}", f":79:PLEASE ADVISE STATUS OF OUR REF {ralnum(10, UPPER_DIG)}"]))
    return produce(n, [msg], [d_misc])

# ---------------------------------------------------------------------------------------------- ISO 20022 pain.001
@fmt("pain001", "ISO 20022 pain.001.001.09 CustomerCreditTransferInitiationV09 (GrpHdr MsgId/CreDtTm/NbOfTxs/CtrlSum/InitgPty, PmtInf PmtInfId/PmtMtd/ReqdExctnDt, Dbtr Nm/PstlAdr (StrtNm, BldgNb, PstCd, TwnNm, Ctry, AdrLine)/Id/PrvtId (DtAndPlcOfBirth BirthDt/CityOfBirth/CtryOfBirth, Othr Id with SchmeNm Cd NIDN/CUST), DbtrAcct Id IBAN or Othr/Id, DbtrAgt FinInstnId BICFI, CdtTrfTxInf PmtId EndToEndId, Amt InstdAmt Ccy, Cdtr, CdtrAcct, RmtInf Ustrd) per the EPC SEPA credit transfer implementation guidelines; pretty-printed XML one element per line",
     "Nm of private debtors and creditors (person, XML-escaped as written), StrtNm and BldgNb (address: both components of the street line), AdrLine street lines (address), BirthDt (date_of_birth), PrvtId Othr Id with NIDN (national_id) and CUST (user_id), IBAN (iban), Othr/Id account numbers (bank_account), names inside Ustrd remittance text",
     "GrpHdr ids and timestamps, NbOfTxs/CtrlSum/InstdAmt, BICFI, EndToEndId/InstrId, ReqdExctnDt, PmtMtd/SvcLvl/ChrgBr codes, company names (InitgPty, corporate creditors like 'Stadtwerke Leipzig GmbH'), PstCd/TwnNm/Ctry, CityOfBirth/CtryOfBirth, SchmeNm codes, namespace and closing tags")
def fmt_pain001(n):
    COMPANIES = ["Stadtwerke Leipzig GmbH", "Vattenfall AB", "ČEZ Prodej, a.s.", "Hausverwaltung Müller &amp; Söhne KG", "Acme Logistics B.V.", "Telia Sverige AB", "O2 Czech Republic a.s."]
    # elements are (indent, parts); rendered pretty (one element per line) or compact (the whole document on one line)
    def party(tag, p, ind, company=None):
        out = [(ind, [f"<{tag}>"])]
        if company:
            out.append((ind + 2, [f"<Nm>{company}</Nm>"]))
        else:
            out.append((ind + 2, ["<Nm>", vname(xesc(p.full)), "</Nm>"]))
            st, pc, city, _ = address(p.country if p.country in ("DE", "SE", "CZ", "FR", "NL", "AT", "ES", "IT", "PL") else "DE")
            out.append((ind + 2, ["<PstlAdr>"]))
            m = re.match(r"^([^\d]+?)[ ,]+(\d[\w/]*)$", st)
            if m and coin(0.6):
                out += [(ind + 4, ["<StrtNm>", vaddr(xesc(m.group(1))), "</StrtNm>"]), (ind + 4, ["<BldgNb>", vaddr(m.group(2)), "</BldgNb>"]), (ind + 4, [f"<PstCd>{pc}</PstCd>"]), (ind + 4, [f"<TwnNm>{xesc(city)}</TwnNm>"])]
            else:
                out += [(ind + 4, ["<AdrLine>", vaddr(xesc(st)), "</AdrLine>"]), (ind + 4, [f"<AdrLine>{pc} {xesc(city)}</AdrLine>"])]
            out += [(ind + 4, [f"<Ctry>{p.country if p.country in IBAN_LEN else 'DE'}</Ctry>"]), (ind + 2, ["</PstlAdr>"])]
            if coin(0.5):
                out += [(ind + 2, ["<Id>"]), (ind + 4, ["<PrvtId>"])]
                if coin(0.6):
                    out += [(ind + 6, ["<DtAndPlcOfBirth>"]), (ind + 8, ["<BirthDt>", vdob(p.dob, "iso"), "</BirthDt>"]), (ind + 8, [f"<CityOfBirth>{xesc(address(p.country if p.country in ('DE', 'SE', 'CZ') else 'DE')[2])}</CityOfBirth>"]),
                            (ind + 8, [f"<CtryOfBirth>{p.country}</CtryOfBirth>"]), (ind + 6, ["</DtAndPlcOfBirth>"])]
                else:
                    code = ch(["NIDN", "CUST"])
                    out += [(ind + 6, ["<Othr>"]), (ind + 8, ["<Id>", natid(p) if code == "NIDN" else vuid(rdigits(8)), "</Id>"]), (ind + 8, [f"<SchmeNm><Cd>{code}</Cd></SchmeNm>"]), (ind + 6, ["</Othr>"])]
                out += [(ind + 4, ["</PrvtId>"]), (ind + 2, ["</Id>"])]
        out.append((ind, [f"</{tag}>"]))
        return out
    def acct(tag, p, ind, company=False):
        cc = p.country if p.country in IBAN_LEN else ch(["DE", "SE", "CZ"])
        if coin(0.8) or company: body = [(ind + 2, ["<Id>"]), (ind + 4, ["<IBAN>", viban(cc, "plain"), "</IBAN>"]), (ind + 2, ["</Id>"])]
        else:
            pre, num, bank = cz_account()
            body = [(ind + 2, ["<Id>"]), (ind + 4, ["<Othr>"]), (ind + 6, ["<Id>", V("bank_account", (pre + "-" if pre else "") + num + "/" + bank, "czacc"), "</Id>"]), (ind + 6, ["<SchmeNm><Prtry>BBAN</Prtry></SchmeNm>"]), (ind + 4, ["</Othr>"]), (ind + 2, ["</Id>"])]
        return [(ind, [f"<{tag}>"])] + body + [(ind, [f"</{tag}>"])]
    def doc():
        dbtr = P(ch(["DE", "SE", "CZ", "AT", "NL", "FR", "PL", "ES", "IT"])); t = ts_event()
        els = [(4, ["<GrpHdr>"]), (6, [f"<MsgId>MSG-{t.strftime('%Y%m%d')}-{rdigits(6)}</MsgId>"]), (6, [f"<CreDtTm>{iso_ts(t, 0, '')}</CreDtTm>"]), (6, ["<NbOfTxs>1</NbOfTxs>"]),
               (6, [f"<CtrlSum>{rint(1, 9999)}.{rint(0, 99):02d}</CtrlSum>"]), (6, [f"<InitgPty><Nm>{ch(['Online Banking', 'Acme Payroll Service'])}</Nm></InitgPty>"]), (4, ["</GrpHdr>"]),
               (4, ["<PmtInf>"]), (6, [f"<PmtInfId>PMT-{rdigits(8)}</PmtInfId>"]), (6, ["<PmtMtd>TRF</PmtMtd>"]), (6, [f"<ReqdExctnDt><Dt>{(t + datetime.timedelta(days=1)).strftime('%Y-%m-%d')}</Dt></ReqdExctnDt>"])]
        els += party("Dbtr", dbtr, 6) + acct("DbtrAcct", dbtr, 6) + [(6, [f"<DbtrAgt><FinInstnId><BICFI>{bic()[:8]}XXX</BICFI></FinInstnId></DbtrAgt>"]), (6, ["<CdtTrfTxInf>"]),
                (8, [f"<PmtId><EndToEndId>E2E-{ralnum(12, UPPER_DIG)}</EndToEndId></PmtId>"]), (8, [f"<Amt><InstdAmt Ccy=\"{ch(['EUR', 'SEK', 'CZK'])}\">{rint(1, 9999)}.{rint(0, 99):02d}</InstdAmt></Amt>"])]
        company = ch(COMPANIES) if coin(0.4) else None
        cdtr = P(ch(["DE", "SE", "CZ", "AT", "NL", "FR", "PL", "ES", "IT"]))
        els += party("Cdtr", cdtr, 8, company) + acct("CdtrAcct", cdtr, 8, bool(company))
        els.append((8, ["<RmtInf><Ustrd>", ch([[f"Rechnung {rint(10000, 99999)} Kunde "], ["Hyra november "], ["Nájem 11/2024 "], ["Miete November "]]), *([vname(xesc(dbtr.full))] if coin(0.5) else [order_no()]), "</Ustrd></RmtInf>"]))
        els += [(6, ["</CdtTrfTxInf>"]), (4, ["</PmtInf>"])]
        head = [(0, ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>"]), (0, ["<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.09\">"]), (2, ["<CstmrCdtTrfInitn>"])]
        tail = [(2, ["</CstmrCdtTrfInitn>"]), (0, ["</Document>"])]
        if coin(0.9):
            return mk("pain001/compact", f"{iso_ts()} INFO  sepa.gateway - submitting pain.001 ", [x[1] for x in head[1:] + els + tail])
        # logged excerpt: the debtor block or the creditor block with the remittance information
        start = ch(["<Dbtr>", "<Cdtr>"]); a = next(i for i, x in enumerate(els) if x[1][0] == start)
        b = next(i for i, x in enumerate(els) if x[1][0] == ("</DbtrAcct>" if start == "<Dbtr>" else "</CdtTrfTxInf>"))
        return [mk("pain001/xml", " " * i, *parts) for i, parts in els[a:b + 1]]
    def d_misc():
        return mk("pain001/status", ch(["<TxInfAndSts>", f"  <OrgnlEndToEndId>E2E-{ralnum(12, UPPER_DIG)}</OrgnlEndToEndId>", f"  <TxSts>{ch(['ACSC', 'ACCP', 'RJCT', 'PDNG'])}</TxSts>",
                                        f"<OrgnlMsgId>MSG-{ts_event().strftime('%Y%m%d')}-{rdigits(6)}</OrgnlMsgId>", "<OrgnlMsgNmId>pain.001.001.09</OrgnlMsgNmId>", "<StsRsnInf><Rsn><Cd>AC04</Cd></Rsn></StsRsnInf>",
                                        f"<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.002.001.10\">", f"<GrpSts>{ch(['ACCP', 'PART', 'RJCT'])}</GrpSts>"]))
    return produce(n, [doc], [d_misc])

# ---------------------------------------------------------------------------------------------- FIX protocol
SOH = "\x01"
def fix_msg(tpl, mtype, body, sep, pre=""):
    """Build a FIX 4.4 message with correct BodyLength(9) and CheckSum(10); rendered with `sep` instead of SOH."""
    t = ts_event()
    hdr_fields = [("35", mtype), ("49", ch(["BROKERX", "ACMEOMS"])), ("56", ch(["EXCHGW", "PRIMEBRK"])), ("34", str(rint(1, 99999))), ("52", t.strftime("%Y%m%d-%H:%M:%S.") + f"{t.microsecond // 1000:03d}")]
    fields = hdr_fields + body
    text = lambda v: v.text if isinstance(v, V) else "".join(plain(x) for x in _flat([v], []))
    body_str = "".join(f"{k}={text(v)}{SOH}" for k, v in fields)
    head = f"8=FIX.4.4{SOH}9={len(body_str.encode())}{SOH}"
    cks = sum((head + body_str).encode()) % 256
    parts = [pre, f"8=FIX.4.4{sep}9={len(body_str.encode())}{sep}"]
    for k, v in fields: parts += [f"{k}=", v, sep]
    parts.append(f"10={cks:03d}{sep}")
    return mk(tpl, *parts)
@fmt("fix", "FIX Protocol 4.4 specification (standard header 8/9/35/49/56/34/52 with BodyLength and CheckSum computed as specified, Logon <A> with Username(553)/Password(554)/NewPassword(925), UserRequest <BE>, NewOrderSingle <D> with Account(1) and Parties block NoPartyIDs(453)/PartyID(448)/PartyIDSource(447)/PartyRole(452), ExecutionReport <8>, Logout <5>/Reject <3> Text(58), Heartbeat <0>, TestRequest <1>, MarketDataSnapshotFullRefresh <W>) as written by QuickFIX/J FileLog ('yyyyMMdd-HH:mm:ss.SSS: message') with SOH shown as | or ^A, or left raw",
     "Username(553) (username), Password(554)/NewPassword(925) (password), Account(1) of retail clients (user_id), PartyID(448) with PartyRole 3 client id (user_id) and PartyRole 11 order-originating trader (username), names and logins quoted in Text(58)",
     "header fields (BeginString, BodyLength, MsgType, SenderCompID/TargetCompID, MsgSeqNum, SendingTime), CheckSum, ClOrdID/OrderID/ExecID, symbols, prices, quantities, TestReqID, market data entries, institutional orders without Account, QuickFIX/J session event lines (Logon contains ResetSeqNumFlag, Created session, Initiated logon request)")
def fmt_fix(n):
    def sepp(): return chw([("|", 5), ("^A", 2), (SOH, 1)])
    def pre(): return ch(["", f"{ts_event().strftime('%Y%m%d-%H:%M:%S.%f')[:-3]}: ", f"{iso_ts()} INFO  quickfix.msg - OUT "])
    def lab():
        p = P(); sep = sepp()
        k = chw([("logon", 3), ("order", 3), ("user", 1), ("reject", 1), ("exec", 1)])
        if k == "logon":
            body = [("98", "0"), ("108", "30"), ("141", "Y"), ("553", vuser(p.username())), ("554", vpw(" |^=\x01"))]
            if coin(0.3): body.append(("925", vpw(" |^=\x01")))
            return fix_msg("fix/logon", "A", body, sep, pre())
        if k == "user":
            return fix_msg("fix/user", "BE", [("923", rdigits(6)), ("924", ch(["1", "3"])), ("553", vuser(p.username())), ("554", vpw(" |^=\x01"))], sep, pre())
        if k == "order":
            body = [("11", ralnum(12, UPPER_DIG)), ("1", vuid("U" + rdigits(7))), ("21", "1"), ("55", ch(["AAPL", "MSFT", "ERIC.B", "CEZ"])), ("54", ch(["1", "2"])), ("60", ts_event().strftime("%Y%m%d-%H:%M:%S")),
                    ("38", str(rint(1, 900) * 10)), ("40", "2"), ("44", f"{rint(10, 400)}.{rint(0, 99):02d}"), ("59", "0")]
            if coin(0.6): body += [("453", "2"), ("448", vuser(edi_up(p.given[0] + p.family).replace(" ", "")[:12])), ("447", "D"), ("452", "11"), ("448", vuid(rdigits(8))), ("447", "D"), ("452", "3")]
            return fix_msg("fix/order", "D", body, sep, pre())
        if k == "reject":
            return fix_msg("fix/reject", ch(["5", "3"]), [("58", S(["Logon rejected: invalid password for user ", vuser(p.username())]))], sep, pre())
        return fix_msg("fix/exec", "8", [("37", ralnum(10, UPPER_DIG)), ("11", ralnum(12, UPPER_DIG)), ("17", ralnum(14, UPPER_DIG)), ("150", "F"), ("39", "2"), ("1", vuid("U" + rdigits(7))), ("55", "AAPL"), ("54", "1"),
                                               ("38", "100"), ("32", "100"), ("31", f"{rint(100, 300)}.{rint(0, 99):02d}"), ("151", "0"), ("14", "100"), ("6", f"{rint(100, 300)}.{rint(0, 99):02d}"), ("60", ts_event().strftime("%Y%m%d-%H:%M:%S"))], sep, pre())
    def dec():
        sep = sepp()
        k = ch(["hb", "tr", "md", "exec", "event"])
        if k == "hb": return fix_msg("fix/session", "0", [("112", f"TEST{rint(1, 9999)}")] if coin(0.5) else [], sep, pre())
        if k == "tr": return fix_msg("fix/session", "1", [("112", f"TEST{rint(1, 9999)}")], sep, pre())
        if k == "md": return fix_msg("fix/marketdata", "W", [("262", rdigits(6)), ("55", ch(["AAPL", "MSFT", "EURUSD"])), ("268", "2"), ("269", "0"), ("270", f"{rint(1, 300)}.{rint(0, 99):02d}"), ("271", str(rint(100, 9000))), ("269", "1"), ("270", f"{rint(1, 300)}.{rint(0, 99):02d}"), ("271", str(rint(100, 9000)))], sep, pre())
        if k == "exec": return fix_msg("fix/exec", "8", [("37", ralnum(10, UPPER_DIG)), ("11", ralnum(12, UPPER_DIG)), ("17", ralnum(14, UPPER_DIG)), ("150", "0"), ("39", "0"), ("55", "MSFT"), ("54", "2"), ("38", "5000"), ("151", "5000"), ("14", "0"), ("6", "0")], sep, pre())
        return mk("fix/event", f"{ts_event().strftime('%Y%m%d-%H:%M:%S.%f')[:-3]}: ", ch(["Logon contains ResetSeqNumFlag=Y, resetting sequence numbers to 1", "Created session: FIX.4.4:BROKERX->EXCHGW", "Initiated logon request",
                                                                                   "Received logout request", "Sent logout response", "Disconnecting: Socket closed by peer", f"MsgSeqNum too high, expecting {rint(10, 999)} but received {rint(1000, 2000)}"]))
    return produce(n, [lab], [dec])

# ---------------------------------------------------------------------------------------------- DICOM dcmdump
def pn_value(p, upper=False):
    """DICOM PN: family^given^middle^prefix^suffix, optional ideographic component group after '='. Labeled per component."""
    f = edi_up(p.family) if upper else p.family
    g = edi_up(p.given) if upper else p.given
    out = [vname(f), "^", vname(g)]
    if p.middle and coin(0.4): out += ["^", vname(p.middle.rstrip("."))]
    if p.native_family and p.country in ("JP", "KR", "CN") and coin(0.6): out += ["=", vname(p.native_family), "^", vname(p.native_given)]
    return out
@fmt("dicom", "DICOM PS3.3 Patient and General Study module attributes and PS3.5 value representations (PN component groups family^given^middle^prefix^suffix with '=' ideographic groups, DA YYYYMMDD, LO/SH/CS, even-length padding) printed by DCMTK dcmdump (tag VR [value] # length, VM Keyword), incl. the meta header, SQ/item lines, and 'I: '-prefixed dumps of findscu/storescp -v",
     "PatientName, ReferringPhysicianName, RequestingPhysician, OperatorsName, PerformingPhysicianName components (person; DICOM PN component group syntax), PatientID (user_id), PatientBirthDate (date_of_birth), OtherPatientIDs with NHS numbers / personnummer / SSN (national_id/us_ssn), PatientAddress (address), PatientTelephoneNumbers (phone)",
     "meta header (group 0002), UIDs (dotted OIDs that are never addresses), StudyDate/StudyTime/AccessionNumber, Modality, SOPClassUID names, InstitutionName, StationName, PatientSex, PatientAge (039Y), PatientWeight, StudyID/SeriesNumber, SQ/Item delimiters, comment lines, DIMSE status lines")
def fmt_dicom(n):
    def el(tag, vr, val_parts, kw, vm="1", prefix=""):
        txt = "".join(plain(x) for x in _flat([val_parts], []))
        ln = len(txt.encode()); ln += ln % 2
        field = "[" + txt + "]"
        pad = " " * max(1, 41 - len(field)) if len(field) < 41 else " "
        return mk("dicom/dcmdump", prefix, f"({tag}) {vr} [", val_parts, "]", pad, f"#{ln:>4}, {vm} {kw}")
    def uid(): return "1.2.826.0.1.3680043.8." + ".".join(str(rint(1, 99999)) for _ in range(rint(3, 5)))
    def ds():
        p = P(ch(["GB", "DE", "SE", "US", "CZ", "JP", "KR", "FR", "NL", "CN"])); pre = "I: " if coin(0.25) else ""; t = ts_event()
        E = lambda *a, **k: el(*a, prefix=pre, **k)
        out = []
        if coin(0.15):
            out += [mk("dicom/dcmdump", pre + x) for x in ["# Dicom-File-Format", "", "# Dicom-Meta-Information-Header", "# Used TransferSyntax: Little Endian Explicit"]][0:1]
            out += [mk("dicom/dcmdump", pre + "# Dicom-Meta-Information-Header"), mk("dicom/dcmdump", pre + "# Used TransferSyntax: Little Endian Explicit"),
                    E("0002,0003", "UI", uid(), "MediaStorageSOPInstanceUID"), E("0002,0013", "SH", "OFFIS_DCMTK_368", "ImplementationVersionName"),
                    mk("dicom/dcmdump", pre + "# Dicom-Data-Set"), mk("dicom/dcmdump", pre + "# Used TransferSyntax: Little Endian Explicit")]
        for x in [E("0008,0005", "CS", "ISO_IR 192", "SpecificCharacterSet"), E("0008,0020", "DA", t.strftime("%Y%m%d"), "StudyDate"), E("0008,0030", "TM", t.strftime("%H%M%S"), "StudyTime"),
                  E("0008,0050", "SH", f"A{t.strftime('%Y%m%d')}{rint(100, 999)}", "AccessionNumber"), E("0008,0060", "CS", ch(["CT", "MR", "CR", "US", "DX"]), "Modality")]:
            if coin(0.45): out.append(x)
        if coin(0.5): out.append(E("0008,0080", "LO", ch(["Karolinska Universitetssjukhuset", "Charité Campus Mitte", "St Thomas' Hospital", "Fakultní nemocnice Motol"]), "InstitutionName"))
        if coin(0.6): out.append(E("0008,0090", "PN", pn_value(P(p.country), coin(0.3)) + ["^^Dr"] if coin(0.3) else pn_value(P(p.country), coin(0.3)), "ReferringPhysicianName"))
        up = coin(0.35)
        out += [E("0010,0010", "PN", pn_value(p, up), "PatientName"), E("0010,0020", "LO", vuid(ch([f"MRN{rdigits(8)}", rdigits(7), f"{ch('ABCDEFGH')}{rdigits(6)}"])), "PatientID"),
                E("0010,0030", "DA", vdob(p.dob, "compact"), "PatientBirthDate"), E("0010,0040", "CS", p.sex, "PatientSex")]
        if coin(0.5): out.append(E("0010,1010", "AS", f"{2024 - p.dob.year:03d}Y", "PatientAge"))
        if coin(0.4):
            oid = {"GB": lambda: V("national_id", nhs_number("plain"), "nhs"), "SE": lambda: V("national_id", personnummer(p, "long"), "pnr"), "US": lambda: V("us_ssn", ssn(), "ssn")}.get(p.country, lambda: natid(p))()
            out.append(E("0010,1000", "LO", oid, "OtherPatientIDs"))
        if coin(0.35): out.append(E("0010,1040", "LO", vaddr(address(p.country if p.country in ("GB", "DE", "SE", "US", "CZ", "FR", "NL") else "US")[3]), "PatientAddress"))
        if coin(0.35): out.append(E("0010,2154", "SH", pphone(p, "intl"), "PatientTelephoneNumbers"))
        if coin(0.4): out.append(E("0010,1030", "DS", str(rint(40, 120)), "PatientWeight"))
        out += [x for x in [E("0020,000d", "UI", uid(), "StudyInstanceUID"), E("0020,000e", "UI", uid(), "SeriesInstanceUID"), E("0020,0010", "SH", str(rint(1, 9999)), "StudyID")] if coin(0.4)]
        if coin(0.4): out.append(E("0008,1070", "PN", pn_value(P(p.country)), "OperatorsName"))
        if coin(0.3): out.append(E("0032,1032", "PN", pn_value(P(p.country)), "RequestingPhysician"))
        return out
    def dicomjson():
        p = P(ch(["GB", "DE", "SE", "US", "CZ", "JP", "KR", "FR", "NL", "CN"])); t = ts_event()
        pn = {"Alphabetic": S(pn_value(p, coin(0.3)))}
        o = {"00080020": {"vr": "DA", "Value": [t.strftime("%Y%m%d")]}, "00080050": {"vr": "SH", "Value": [f"A{t.strftime('%Y%m%d')}{rint(100, 999)}"]}, "00080061": {"vr": "CS", "Value": [ch(["CT", "MR"])]},
             "00100010": {"vr": "PN", "Value": [pn]}, "00100020": {"vr": "LO", "Value": [vuid(f"MRN{rdigits(8)}")]}, "00100030": {"vr": "DA", "Value": [vdob(p.dob, "compact")]}, "00100040": {"vr": "CS", "Value": [p.sex]},
             "0020000D": {"vr": "UI", "Value": [uid()]}}
        if coin(0.4): o["00080090"] = {"vr": "PN", "Value": [{"Alphabetic": S(pn_value(P(p.country)))}]}
        return mk("dicom/json", f"{iso_ts()} DEBUG dicomweb.qido - match: ", J(o))
    def d_misc():
        return mk("dicom/dimse", ch([f"I: Received Store Request: MsgID {rint(1, 999)}, ({ch(['CT', 'MR', 'CR'])})", "I: Association Received", "I: Association Release", "I: Find Response: 1 (Pending)",
                                      f"W: DIMSE Warning: (STORESCP,ANY-SCU): sendMessage: unable to convert dataset from 'JPEG Baseline' transfer syntax to 'Little Endian Explicit'",
                                      "(fffe,e0dd) na (SequenceDelimitationItem)               #   0, 0 SequenceDelimitationItem", "(fffe,e000) na (Item with explicit length #=2)          #  34, 1 Item",
                                      "(0008,1110) SQ (Sequence with explicit length #=1)      #  42, 1 ReferencedStudySequence", "(0020,0011) IS [" + str(rint(1, 9)) + "]" + " " * 38 + "#   2, 1 SeriesNumber",
                                      "(0008,0016) UI =CTImageStorage                          #  26, 1 SOPClassUID", "(0002,0010) UI =LittleEndianExplicit                    #  20, 1 TransferSyntaxUID"]))
    return produce(n, [(ds, 2), (dicomjson, 3)], [d_misc])

# ---------------------------------------------------------------------------------------------- git log
def git_date(t=None): t = t or ts_event(); return t.strftime("%a %b ") + str(t.day) + t.strftime(" %H:%M:%S %Y ") + ch(["+0100", "+0200", "-0500", "+0530"])
COMMIT_MSGS = ["Fix rounding in invoice totals", "Add retry to payment webhook handler", "Bump lodash from 4.17.20 to 4.17.21", "Refactor session middleware", "Update README",
               "Handle empty cart on checkout", "Drop support for Python 3.8", "Make migrations idempotent", "Translate error messages (sv, cs)", "Speed up product search query"]
@fmt("gitlog", "git-log(1) PRETTY FORMATS (medium: commit/Merge/Author/Date + indented message; fuller: Author/AuthorDate/Commit/CommitDate; custom --format placeholders %h %an <%ae> %s), git-interpret-trailers(1) and the Linux kernel 'Submitting patches' trailers (Signed-off-by, Co-developed-by, Reviewed-by, Acked-by, Tested-by, Reported-by, Cc), GitHub Co-authored-by, git-shortlog(1) -sne, git-blame(1) -e porcelain-less output",
     "author/committer/trailer names (person) and addresses (email, incl. GitHub users.noreply addresses of people '12345+login@users.noreply.github.com'), shortlog and blame author e-mails and names, @mentions of logins in messages (username)",
     "commit/merge hashes, Date lines, commit subjects and bodies without names, Merge pull request #N from org/branch, Change-Id, bot identities (dependabot[bot], github-actions[bot] and their noreply addresses, 'GitHub <noreply@github.com>' web-flow committer), version bump messages, branch refs")
def fmt_gitlog(n):
    def ident(p):
        if coin(0.2): return [vname(p.full), " <", V("email", f"{rint(100000, 99999999)}+{gh_login(p)}@users.noreply.github.com"), ">"]
        return [vname(p.full), " <", vemail(p, ch([None, "acme.io", "kernel.org", "example.com"])), ">"]
    def medium():
        p = P(); tpl = "gitlog/medium"; out = [mk(tpl, f"commit {gitsha()}", ch(["", " (HEAD -> main, origin/main)", " (tag: v2.14.0)"]))]
        if coin(0.2): out.append(mk(tpl, f"Merge: {gitsha(7)} {gitsha(7)}"))
        out += [mk(tpl, "Author: ", ident(p)), mk(tpl, f"Date:   {git_date()}"), mk(tpl, f"    {ch(COMMIT_MSGS)}")]
        if coin(0.3): out.append(mk(tpl, "    Reported-by: ", ident(P())))
        if coin(0.3): out.append(mk(tpl, "    Reviewed-by: ", ident(P())))
        if coin(0.4): out.append(mk(tpl, "    Co-authored-by: ", ident(P())))
        if coin(0.5): out.append(mk(tpl, "    Signed-off-by: ", ident(p)))
        if coin(0.2): out.append(mk(tpl, f"    Change-Id: I{rhex(40)}"))
        return out
    def fuller():
        p = P(); tpl = "gitlog/fuller"; web = coin(0.5)
        return [mk(tpl, f"commit {gitsha()}"), mk(tpl, "Author:     ", ident(p)), mk(tpl, f"AuthorDate: {git_date()}"),
                mk(tpl, "Commit:     ", *(["GitHub <noreply@github.com>"] if web else ident(P()))), mk(tpl, f"CommitDate: {git_date()}"), mk(tpl, f"    {ch(COMMIT_MSGS)} (#{rint(100, 9999)})")]
    def oneline():
        p = P()
        return ch([lambda: mk("gitlog/format", f"{gitsha(ch([7, 8]))} ", vname(p.full), " <", vemail(p), f"> {ch(COMMIT_MSGS)}"),
                   lambda: mk("gitlog/shortlog", f"{rint(1, 900):>6}\t", vname(p.full), " <", vemail(p), ">"),
                   lambda: mk("gitlog/blame", f"{gitsha(8)} (<", vemail(p), f"> {ts_event().strftime('%Y-%m-%d %H:%M:%S')} +0100 {rint(1, 400):>4}) {ch(['    return total', '}', 'def apply_discount(cart):', '  timeout: 30s'])}"),
                   lambda: mk("gitlog/format", f"{gitsha(7)} Merge pull request #{rint(100, 9999)} from ", vuser(gh_login(p)), f"/{ch(['fix-typo', 'feature/checkout', 'patch-1'])}"),
                   lambda: mk("gitlog/format", f"{gitsha(7)} {ch(['Fix flaky test', 'Address review'])} (thanks @", vuser(gh_login(p)), ")")])()
    def d_misc():
        return mk("gitlog/meta", ch([f"commit {gitsha()}", f"Date:   {git_date()}", f"    {ch(COMMIT_MSGS)}", f"Merge: {gitsha(7)} {gitsha(7)}", f"    Merge pull request #{rint(100, 9999)} from acme/release/2.{rint(1, 20)}",
                                    "Author: dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>", "Author: github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>",
                                    "Commit:     GitHub <noreply@github.com>", f"{gitsha(7)} chore(deps): bump axios from 1.7.{rint(1, 6)} to 1.7.7", f"    Change-Id: I{rhex(40)}", f"{gitsha(7)} Release v2.{rint(1, 20)}.{rint(0, 9)}",
                                    "    [skip ci]"]))
    return produce(n, [(medium, 2), (fuller, 1), (oneline, 10)], [d_misc])

# ---------------------------------------------------------------------------------------------- kubectl describe / docker inspect
@fmt("kubectl", "kubectl describe pod output (Name/Namespace/Node/IP/Containers/Environment/Mounts/Events sections, env values from secretKeyRef shown as <set to the key 'k' in secret 's'>, 'Optional: false'), kubectl describe secret (Data with byte counts), docker inspect JSON Config.Env [\"KEY=value\"] arrays, docker ps/inspect fields",
     "literal env values: passwords, API keys/tokens (password, secret), DATABASE_URL / REDIS_URL userinfo (url_credentials), admin e-mails and on-call phones (email, phone), SMTP usernames of people (username), Node/IP lines (every IPv4)",
     "<set to the key … in secret …> references, secret Data 'password: 16 bytes', SPRING_PROFILES_ACTIVE, PORT, JAVA_OPTS, PATH, image names and digests, service-account names, Events table rows, container ids, probes, QoS class, tolerations, Mounts")
def fmt_kubectl(n):
    def env_val():
        p = P()
        k, v = ch([("DB_PASSWORD", lambda: vpw(" ")), ("POSTGRES_PASSWORD", lambda: vpw(" ")), ("STRIPE_API_KEY", lambda: vsecret(stripe_key())), ("SENDGRID_API_KEY", lambda: vsecret(sendgrid())),
                   ("AWS_ACCESS_KEY_ID", lambda: vsecret(aws_akid())), ("AWS_SECRET_ACCESS_KEY", lambda: vsecret(aws_secret())), ("JWT_SECRET", lambda: vsecret(rb64(32))), ("GITHUB_TOKEN", lambda: vsecret(gh_token())),
                   ("DATABASE_URL", lambda: ["postgres://", V("url_credentials", f"{ch(['shop', 'app', p.username()])}:{q(pw())}"), "@db.shop.svc.cluster.local:5432/shop"]),
                   ("REDIS_URL", lambda: ["redis://", V("url_credentials", ":" + ralnum(24)), "@redis-master:6379/0"]),
                   ("SPRING_DATASOURCE_URL", lambda: ["jdbc:postgresql://db.shop.svc:5432/shop?user=shop&password=", vpw("&# ")]),
                   ("AMQP_URL", lambda: ["amqps://", V("url_credentials", f"{ch(['shop', p.username()])}:{q(pw())}"), "@rabbitmq.shop.svc:5671/%2F"]), ("ADMIN_EMAIL", lambda: vemail(p)), ("ONCALL_PHONE", lambda: pphone(p, "e164")),
                   ("SMTP_USER", lambda: vemail(p, "acme.io")), ("SMTP_PASSWORD", lambda: vpw(" ")), ("SENTRY_DSN", lambda: ["https://", V("secret", rhex(32)), f"@o{rint(100000, 999999)}.ingest.sentry.io/{rint(1000000, 9999999)}"])])
        return k, v()
    def describe_env():
        k, v = env_val()
        return mk("kubectl/describe", f"      {k + ':':<28}", v)
    def describe_hdr():
        return ch([lambda: mk("kubectl/describe", f"Node:             ip-10-0-{rint(0, 255)}-{rint(1, 254)}.ec2.internal/", vpriv4()), lambda: mk("kubectl/describe", "IP:               ", vpriv4()),
                   lambda: mk("kubectl/describe", "  IP:           ", vpriv4())])()
    def docker():
        k, v = env_val()
        return mk("kubectl/docker-inspect", "                \"", k, "=", v if not isinstance(v, V) else v.map(jesc), "\",")
    def d_misc():
        ref = ch(["DB_PASSWORD", "STRIPE_API_KEY", "JWT_SECRET", "SMTP_PASSWORD"])
        return mk("kubectl/describe", ch([f"      {ref + ':':<28}<set to the key '{ch(['password', 'api-key', 'secret'])}' in secret '{ch(['checkout-db', 'payments', 'smtp'])}'>  Optional: false",
                                         f"      {'SPRING_PROFILES_ACTIVE:':<28}prod", f"      {'PORT:':<28}8080", f"      {'JAVA_OPTS:':<28}-Xms512m -Xmx1g -XX:+UseG1GC", f"      {'LOG_LEVEL:':<28}info",
                                         f"Name:             {ch(['checkout', 'api', 'worker'])}-{rhex(9)}-{ralnum(5, LOWER_DIG)}", "Namespace:        shop", "Service Account:  checkout", "    Environment:", "    Mounts:",
                                         f"      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-{ralnum(5, LOWER_DIG)} (ro)", f"    Image:          registry.example.com/shop/checkout:1.{rint(1, 30)}.{rint(0, 9)}",
                                         f"    Image ID:       registry.example.com/shop/checkout@sha256:{sha256()}", "QoS Class:                   Burstable", "Events:",
                                         f"  Normal  Pulled     {rint(2, 59)}s   kubelet            Successfully pulled image \"registry.example.com/shop/checkout:1.{rint(1, 30)}.0\" in 1.2s",
                                         f"  Warning  BackOff  {rint(1, 9)}m   kubelet  Back-off restarting failed container checkout in pod checkout-{rhex(9)}-{ralnum(5, LOWER_DIG)}_shop({uuid4()})",
                                         "Data", "====", f"password:  {rint(8, 40)} bytes", f"username:  {rint(3, 12)} bytes", "Type:  Opaque",
                                         "                \"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\",", "                \"JAVA_VERSION=jdk-21.0.5+11\",", "            \"Env\": [",
                                         f"            \"Image\": \"sha256:{sha256()}\","]))
    return produce(n, [(describe_env, 4), (describe_hdr, 1), (docker, 3)], [d_misc])

# ---------------------------------------------------------------------------------------------- Ansible
@fmt("ansible", "Ansible 2.17 documentation: ansible-playbook default callback output (PLAY/TASK banners, ok/changed/failed/fatal: [host] => {json}, loop results '(item=…)' with Python reprs of items, PLAY RECAP), -vvv connection debug lines (<host> ESTABLISH SSH CONNECTION FOR USER, SSH: EXEC ssh … -o 'User=\"…\"'), ansible.builtin.user and mysql_user module results, no_log censoring, ansible-vault headers",
     "loop item labels and module results carrying people's names (person), logins (username), e-mails, phones and passwords (password), uid of created users (user_id), debug messages leaking secrets, ssh user@ip in connection failures (username, ip), -vvv User=\"…\" of human operators, host addresses (every IPv4)",
     "PLAY/TASK banners, PLAY RECAP rows, 'censored' no_log results, deploy/ansible/root remote users, Gathering Facts, version banner (ansible-playbook [core 2.17.5], python version, jinja version), $ANSIBLE_VAULT;1.1;AES256 and vault ciphertext lines, skipping/included lines")
def fmt_ansible(n):
    hostn = lambda: ch(["web-01", "web-02", "db-01", "vpn-gw-1", "app-3"])
    def lab():
        p = P(); u = p.username()
        return ch([
            lambda: mk("ansible/result", f"changed: [{hostn()}] => (item=", pyd({"name": vuser(u), "comment": vname(p.full), "email": vemail(p), "groups": "developers"}), ")"),
            lambda: mk("ansible/result", f"ok: [{hostn()}] => (item=", pyd({"name": vuser(u), "password": vpw("'\\"), "priv": "shop.*:SELECT"}), ")"),
            lambda: mk("ansible/result", f"changed: [{hostn()}] => ", J({"append": False, "changed": True, "comment": vname(p.full), "create_home": True, "group": rint(1000, 60000), "home": S(["/home/", vuser(u)]),
                                                                     "name": vuser(u), "shell": "/bin/bash", "state": "present", "system": False, "uid": VN("user_id", rint(1000, 60000))}, sep=(", ", ": "))),
            lambda: mk("ansible/result", f"ok: [{hostn()}] => ", J({"msg": S(["Initial admin password for ", vemail(p), " is ", vpw('"\\')])}, sep=(", ", ": "))),
            lambda: mk("ansible/result", f"fatal: [{hostn()}]: UNREACHABLE! => ", J({"changed": False, "msg": S(["Failed to connect to the host via ssh: ", vuser(u), "@", vip4(), ": Permission denied (publickey,password)."]), "unreachable": True}, sep=(", ", ": "))),
            lambda: mk("ansible/verbose", "<", vip4(), "> ESTABLISH SSH CONNECTION FOR USER: ", ch([["deploy"], ["ansible"], [vuser(u)]])),
            lambda: mk("ansible/verbose", f"<{hostn()}> SSH: EXEC ssh -C -o ControlMaster=auto -o ControlPersist=60s -o KbdInteractiveAuthentication=no -o PasswordAuthentication=no -o 'User=\"", vuser(u), f"\"' -o ConnectTimeout=10 -o 'ControlPath=\"/home/", vuser(u), f"/.ansible/cp/{rhex(10)}\"' {hostn()} '/bin/sh -c '\"'\"'echo ~", vuser(u), " && sleep 0'\"'\"''"),
            lambda: mk("ansible/result", f"changed: [{hostn()}] => ", J({"after": gitsha(), "before": None, "changed": True, "invocation": {"module_args": {"repo": S(["https://", V("url_credentials", f"{gh_login(p)}:{ch([gh_token(), glpat()])}"), "@", ch(["github.com", "gitlab.example.com"]), "/acme/shop.git"]),
                                                                     "dest": "/srv/shop", "version": "main", "force": False, "depth": 1}}}, sep=(", ", ": "))),
            lambda: mk("ansible/result", f"ok: [{hostn()}] => ", J({"ansible_facts": {"ansible_default_ipv4": {"address": vpriv4(), "macaddress": vmac("colon"), "interface": "eth0"}}, "changed": False}, sep=(", ", ": ")))])()
    def dec():
        return mk("ansible/banner", ch([f"PLAY [{ch(['Configure web servers', 'Create application users', 'Rotate database credentials'])}] " + "*" * rint(20, 60), f"TASK [{ch(['users : Create accounts', 'Gathering Facts', 'mysql : Create app user', 'debug'])}] " + "*" * rint(20, 60),
                                        f"ok: [{hostn()}]", f"skipping: [{hostn()}]", f"ok: [{hostn()}] => (item=None)", f"changed: [{hostn()}] => " + json.dumps({"censored": "the output has been hidden due to the fact that 'no_log: true' was specified for this result", "changed": True}),
                                        f"{hostn():<26} : ok={rint(3, 40):<4} changed={rint(0, 9):<4} unreachable=0    failed=0    skipped={rint(0, 9):<4} rescued=0    ignored=0", "PLAY RECAP " + "*" * 60,
                                        "ansible-playbook [core 2.17.5]", "  config file = /etc/ansible/ansible.cfg", "  python version = 3.11.2 (main, Aug 26 2024, 07:20:54) [GCC 12.2.0] (/usr/bin/python3)", "  jinja version = 3.1.4",
                                        "$ANSIBLE_VAULT;1.1;AES256", rhex(80), f"included: /srv/ansible/roles/users/tasks/create.yml for {hostn()}", f"<{hostn()}> ESTABLISH SSH CONNECTION FOR USER: deploy"]))
    return produce(n, [lab], [dec])

# ---------------------------------------------------------------------------------------------- Jenkins console
@fmt("jenkins", "Jenkins console output (Started by user <full name> / Started by timer / Started by upstream project / Started by GitHub push by <login>, Running as SYSTEM, [Pipeline] steps, 'Approved by' of the input step, sh step '+ cmd' echo lines, git SCM checkout lines, credentials-binding masking '****', email-ext 'Sending email to:', 'Finished: SUCCESS')",
     "user full names in Started by / Approved by / Aborted by (person), GitHub logins in 'Started by GitHub push by' (username), credentials leaked in sh echo lines (curl -u user:pass, docker login -p, export API keys, git clone https://user:token@…: username, password, secret, url_credentials), email-ext recipients (email)",
     "Started by timer / SCM change / upstream project, Running as SYSTEM, [Pipeline] lines, workspace paths, git fetch/checkout with revisions, masked credentials (****), 'Masking supported pattern matches of $DB_PASSWORD', build numbers, Finished: lines, Gradle/npm output")
def fmt_jenkins(n):
    def lab():
        p = P(); u = p.username()
        return ch([lambda: mk("jenkins/console", "Started by user ", vname(p.full)),
                   lambda: mk("jenkins/console", "Started by GitHub push by ", vuser(gh_login(p))),
                   lambda: mk("jenkins/console", ch(["Approved by ", "Aborted by ", "Rebuilds build #" + str(rint(10, 999)) + " triggered by "]), vname(p.full)),
                   lambda: mk("jenkins/console", "+ curl -fsS -u ", vuser(u), ":", vpw(" '\"$`\\"), f" https://nexus.example.com/repository/releases/shop-{version()}.jar -o shop.jar"),
                   lambda: mk("jenkins/console", "+ docker login -u ", vuser(u), " -p ", vpw(" '\"$`\\"), " registry.example.com"),
                   lambda: mk("jenkins/console", "+ export ", ch([["AWS_ACCESS_KEY_ID=", vsecret(aws_akid())], ["NPM_TOKEN=", vsecret(npm_token())], ["SONAR_TOKEN=squ_", V("secret", rhex(40))]])),
                   lambda: mk("jenkins/console", "+ git clone https://", V("url_credentials", f"{gh_login(p)}:{gh_token()}"), "@github.com/acme/shop.git"),
                   lambda: mk("jenkins/console", "Sending email to: ", vemail(p, "acme.io"), *([" ", vemail(P(), "acme.io")] if coin(0.5) else [])),
                   lambda: mk("jenkins/console", "+ echo 'Deploying for customer ", vname(p.full), " <", vemail(p), ">'")])()
    def dec():
        return mk("jenkins/console", ch(["Started by timer", "Started by an SCM change", f"Started by upstream project \"shop-build\" build number {rint(100, 9999)}", "Running as SYSTEM",
                                         "[Pipeline] Start of Pipeline", "[Pipeline] node", f"Running on build-agent-{rint(1, 9)} in /home/jenkins/workspace/shop-deploy", "[Pipeline] { (Deploy)", "[Pipeline] sh",
                                         "[Pipeline] withCredentials", "Masking supported pattern matches of $DB_PASSWORD or $DB_USER", "+ docker login -u deploy -p **** registry.example.com",
                                         "WARNING! Using --password via the CLI is insecure. Use --password-stdin.", " > git fetch --tags --force --progress -- https://github.com/acme/shop.git +refs/heads/*:refs/remotes/origin/* # timeout=10",
                                         f"Checking out Revision {gitsha()} (refs/remotes/origin/main)", f"Commit message: \"{ch(COMMIT_MSGS)}\"", "First time build. Skipping changelog.",
                                         f"BUILD SUCCESSFUL in {rint(10, 300)}s", "Finished: SUCCESS", "Finished: FAILURE", "+ ./gradlew clean build -x test", "[Pipeline] End of Pipeline", "+ curl -u ****:**** https://nexus.example.com/service/rest/v1/status"]))
    return produce(n, [lab], [dec])

# ---------------------------------------------------------------------------------------------- PHP print_r / var_dump / var_export
def php_len(s): return len(s.encode())
@fmt("phpdump", "PHP manual: print_r() (Array\\n(\\n    [key] => value\\n)), var_dump() (array(N) {, [\"key\"]=>, string(N) \"…\" with byte lengths, int(N), bool(), NULL) and var_export() ('key' => 'value', with \\' escaping) as written to logs line by line; Laravel/Monolog log lines with SQL exceptions and context; $_SERVER dumps",
     "values under personal keys (email, name, phone, dob, street, iban, card_number, password, customer ids), var_dump string values on the line after their key (the value line is labeled), PHP_AUTH_USER/PHP_AUTH_PW, REMOTE_ADDR, session cookies in HTTP_COOKIE (secret), bcrypt hashes in SQL bindings (secret), values in Laravel 'Duplicate entry' errors",
     "structural lines (Array, (, ), array(N) {, }), keys on their own line, int/bool/NULL values, non-personal keys (page, sort, qty, REQUEST_METHOD, SERVER_SOFTWARE, DOCUMENT_ROOT), Laravel info lines, stack traces")
def fmt_phpdump(n):
    def fields(p):
        st = address(p.country if p.country in ("DE", "US", "GB", "FR", "SE", "CZ", "NL") else "US")[0]
        return [("id", ("int", vuid(rint(1000, 999999)))), ("email", ("s", vemail(p))), ("name", ("s", vname(p.full))), ("phone", ("s", pphone(p))), ("dob", ("s", vdob(p.dob, ch(["iso", "eu_dot"])))),
                ("street", ("s", vaddr(st))), ("iban", ("s", viban())), *([("ssn", ("s", V("us_ssn", ssn(), "ssn")))] if p.country == "US" else []), ("card_number", ("s", vcard(fmt="plain"))), ("password", ("s", vpw())), ("newsletter", ("bool", "true")), ("page", ("int", str(rint(1, 9))))]
    def print_r():
        p = P(); fs = [f for f in fields(p) if coin(0.55)] or fields(p)[:2]; tpl = "phpdump/print_r"
        out = [mk(tpl, "Array"), mk(tpl, "(")]
        for k, (t, v) in fs:
            out.append(mk(tpl, f"    [{k}] => ", v if t != "bool" else "1"))
        out.append(mk(tpl, ")"))
        return out
    def var_dump():
        p = P(); fs = [f for f in fields(p) if coin(0.5)] or fields(p)[:2]; tpl = "phpdump/var_dump"
        out = [mk(tpl, f"array({len(fs)}) {{")]
        for k, (t, v) in fs:
            out.append(mk(tpl, f"  [\"{k}\"]=>"))
            if t == "s": out.append(mk(tpl, f"  string({php_len(v.text)}) \"", v, "\""))
            elif t == "int": out.append(mk(tpl, "  int(", v, ")"))
            else: out.append(mk(tpl, f"  bool({v})"))
        out.append(mk(tpl, "}"))
        return out
    def var_export():
        p = P(); fs = [f for f in fields(p) if coin(0.5)] or fields(p)[:2]; tpl = "phpdump/var_export"
        out = [mk(tpl, "array (")]
        for k, (t, v) in fs:
            if t == "s": out.append(mk(tpl, f"  '{k}' => '", v.map(lambda s: s.replace("\\", "\\\\").replace("'", "\\'")), "',"))
            elif t == "int": out.append(mk(tpl, f"  '{k}' => ", v, ","))
            else: out.append(mk(tpl, f"  '{k}' => {v},"))
        out.append(mk(tpl, ")"))
        return out
    def laravel():
        p = P(); t = ts_event().strftime("%Y-%m-%d %H:%M:%S")
        return ch([lambda: mk("phpdump/laravel", f"[{t}] production.ERROR: SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry '", vemail(p), "' for key 'users.users_email_unique' (Connection: mysql, SQL: insert into `users` (`name`, `email`, `password`, `updated_at`, `created_at`) values (",
                              vname(p.full), ", ", vemail(p), ", ", V("secret", bcrypt_hash()), f", {t}, {t})) {{\"exception\":\"[object] (Illuminate\\\\Database\\\\UniqueConstraintViolationException(code: 23000): SQLSTATE[23000] at /var/www/html/vendor/laravel/framework/src/Illuminate/Database/Connection.php:825)\"}}"),
                   lambda: (lambda us: mk("phpdump/laravel", f"[{t}] production.WARNING: KYC verification failed ", J({"name": vname(us.full), "ssn": V("us_ssn", ssn(), "ssn"), "dob": vdob(us.dob, "us"), "reason": "SSN_DOB_MISMATCH"})))(P("US")),
                   lambda: mk("phpdump/laravel", f"[{t}] production.INFO: Password reset link sent ", J({"email": vemail(p), "user_id": VN("user_id", rint(1000, 99999)), "ip": vip4()})),
                   lambda: mk("phpdump/server", "    [", ch([["REMOTE_ADDR] => ", vip(0.2)], ["PHP_AUTH_USER] => ", vuser(p.username())], ["PHP_AUTH_PW] => ", vpw()], ["HTTP_COOKIE] => laravel_session=", V("secret", rb64(ch([180, 240])).rstrip("=")), f"; XSRF-TOKEN=", V("secret", rb64(120).rstrip("="))]])),
                   lambda: mk("phpdump/server", "    [HTTP_X_FORWARDED_FOR] => ", vip4(), ", ", vpriv4())])()
    def dec():
        t = ts_event().strftime("%Y-%m-%d %H:%M:%S")
        return mk("phpdump/misc", ch(["Array", "(", ")", "}", f"array({rint(1, 9)}) {{", "  [\"qty\"]=>", f"  int({rint(1, 9)})", "  bool(true)", "  NULL", f"    [page] => {rint(1, 9)}", "    [sort] => price_asc",
                                      "    [REQUEST_METHOD] => POST", "    [SERVER_SOFTWARE] => Apache/2.4.62 (Debian)", "    [DOCUMENT_ROOT] => /var/www/html", "    [REMOTE_ADDR] => 127.0.0.1", f"  'currency' => 'EUR',", "array (",
                                      f"[{t}] production.INFO: Queue worker started {{\"queue\":\"default\"}}", f"[{t}] local.DEBUG: Cache hit {{\"key\":\"products:page:{rint(1, 9)}\"}}", "#0 /var/www/html/vendor/laravel/framework/src/Illuminate/Database/Connection.php(779): Illuminate\\Database\\Connection->runQueryCallback()"]))
    return produce(n, [(print_r, 1), (var_dump, 1), (var_export, 1), (laravel, 6)], [dec])

# ---------------------------------------------------------------------------------------------- Elixir / Phoenix / Ecto
def ex_str(v): return ["\"", v.map(lambda s: s.replace("\\", "\\\\").replace('"', '\\"')), "\""]
@fmt("elixir", "Elixir Kernel.inspect/2 of structs (%Shop.Accounts.User{…}, #Shop.Accounts.User<…> with @derive {Inspect, except: …}, ~D/~N/~U sigils, #Ecto.Schema.Metadata<…>), Ecto SQL query logs ('QUERY OK source=\"users\" db=1.2ms …' followed by the SQL and its parameter list), Phoenix request logs (Parameters: %{…} with [FILTERED]), Logger metadata formats, Plug.Conn remote_ip tuples",
     "struct field values (email, name, phone, dob ~D[…], password before hashing, hashed_password (secret), id of users), Ecto parameter lists (email, names, ~D dates of birth), Phoenix params other than filtered ones, Logger metadata user_id=, remote_ip tuples {203, 0, 113, 5} (ipv4: the four numbers as written)",
     "[FILTERED] params, **redacted** fields, inserted_at/updated_at ~N/~U timestamps, #Ecto.Schema.Metadata<:loaded, \"users\">, #Ecto.Association.NotLoaded<…>, query timings (db=, decode=, queue=, idle=), product queries with numeric params, endpoint startup lines, Sent 200 in Nms")
def fmt_elixir(n):
    def ts(): t = ts_event(); return t.strftime("%H:%M:%S.") + f"{t.microsecond // 1000:03d} "
    def ip_tuple(): a = ipv4().split("."); return V("ipv4", ", ".join(a))
    def lab():
        p = P(); uid = rint(1, 99999)
        return ch([
            lambda: mk("elixir/inspect", ts(), "[debug] ", "%Shop.Accounts.User{__meta__: #Ecto.Schema.Metadata<:loaded, \"users\">, id: ", vuid(uid), ", email: ", ex_str(vemail(p)), ", name: ", ex_str(vname(p.full)),
                       ", phone: ", ex_str(pphone(p)), ", birth_date: ~D[", vdob(p.dob, "iso"), "], hashed_password: ", ex_str(V("secret", bcrypt_hash())), ", confirmed_at: ~U[", ts_event().strftime("%Y-%m-%d %H:%M:%SZ"), "], orders: #Ecto.Association.NotLoaded<association :orders is not loaded>, inserted_at: ~N[",
                       ts_event().strftime("%Y-%m-%d %H:%M:%S"), "]}"),
            lambda: mk("elixir/inspect", ts(), "[info] ", "created #Shop.Accounts.User<__meta__: #Ecto.Schema.Metadata<:loaded, \"users\">, id: ", vuid(uid), ", email: ", ex_str(vemail(p)), ", password: \"**redacted**\", ...>"),
            lambda: mk("elixir/ecto", f"SELECT u0.\"id\", u0.\"email\", u0.\"name\" FROM \"users\" AS u0 WHERE (u0.\"email\" = $1) [", ex_str(vemail(p)), "]"),
            lambda: mk("elixir/ecto", "INSERT INTO \"customers\" (\"email\",\"first_name\",\"last_name\",\"birth_date\",\"inserted_at\",\"updated_at\") VALUES ($1,$2,$3,$4,$5,$6) RETURNING \"id\" [", ex_str(vemail(p)), ", ", ex_str(vname(p.given)), ", ", ex_str(vname(p.family)),
                       ", ~D[", vdob(p.dob, "iso"), f"], ~N[{ts_event().strftime('%Y-%m-%d %H:%M:%S')}], ~N[{ts_event().strftime('%Y-%m-%d %H:%M:%S')}]]"),
            lambda: mk("elixir/phoenix", "  Parameters: %{\"user\" => %{\"email\" => ", ex_str(vemail(p)), ", \"name\" => ", ex_str(vname(p.full)), ", \"password\" => \"[FILTERED]\", \"phone\" => ", ex_str(pphone(p)), "}}"),
            lambda: (lambda us: mk("elixir/inspect", ts(), "[warning] KYC mismatch: %Shop.Kyc.Applicant{first_name: ", ex_str(vname(us.given)), ", last_name: ", ex_str(vname(us.family)), ", ssn: ", ex_str(V("us_ssn", ssn(), "ssn")), ", dob: ~D[", vdob(us.dob, "iso"), "], status: :manual_review}"))(P("US")),
            lambda: mk("elixir/phoenix", ts(), f"request_id=F{ralnum(19, URLCH)} user_id=", vuid(uid), " [info] ", ch(["GET /account", "POST /orders", "PUT /account/email"])),
            lambda: mk("elixir/conn", ts(), "[debug] conn: %Plug.Conn{method: \"POST\", request_path: \"/users/log_in\", remote_ip: {", ip_tuple(), "}, req_headers: [{\"x-forwarded-for\", ", ex_str(vip4()), "}], ...}"),
            lambda: mk("elixir/config", ts(), "[debug] Shop.Repo config: [url: \"ecto://", V("url_credentials", f"{ch(['shop', 'shop_prod', p.username()])}:{q(pw())}"), f"@db.internal/shop_prod\", pool_size: {rint(5, 20)}, ssl: true]"),
            lambda: mk("elixir/ecto", f"UPDATE \"users\" SET \"hashed_password\" = $1, \"updated_at\" = $2 WHERE \"id\" = $3 [", ex_str(V("secret", bcrypt_hash())), f", ~N[{ts_event().strftime('%Y-%m-%d %H:%M:%S')}], ", vuid(uid), "]")])()
    def dec():
        return mk("elixir/misc", ch([f"{ts()}[debug] QUERY OK source=\"users\" db={R.random() * 5:.1f}ms decode={R.random():.1f}ms queue={R.random():.1f}ms idle={R.random() * 900:.1f}ms",
                                     f"SELECT p0.\"id\", p0.\"title\", p0.\"price\" FROM \"products\" AS p0 WHERE (p0.\"id\" = $1) [{rint(1, 9999)}]", f"{ts()}[info] Running ShopWeb.Endpoint with Bandit 1.5.7 at 0.0.0.0:4000 (http)",
                                     f"{ts()}[info] Access ShopWeb.Endpoint at https://shop.example.com", f"{ts()}[info] Sent {ch([200, 302, 404])} in {rint(1, 900)}ms", "  Parameters: %{\"user\" => %{\"email\" => \"[FILTERED]\", \"password\" => \"[FILTERED]\"}}",
                                     "  Pipelines: [:browser, :redirect_if_user_is_authenticated]", f"{ts()}[debug] Processing with ShopWeb.UserSessionController.create/2", f"{ts()}[debug] Converted error Ecto.NoResultsError to 404 response",
                                     "%Shop.Catalog.Product{__meta__: #Ecto.Schema.Metadata<:loaded, \"products\">, id: " + str(rint(1, 999)) + ", title: \"Trail Runner 3\", price: Decimal.new(\"129.90\")}",
                                     "#Shop.Accounts.User<__meta__: #Ecto.Schema.Metadata<:built, \"users\">, id: nil, email: nil, password: \"**redacted**\", ...>"]))
    return produce(n, [lab], [dec])

# ---------------------------------------------------------------------------------------------- Kotlin / Java toString
@fmt("jvmtostring", "Kotlin data class toString() (User(id=1, name=Anna Schmidt, …), values unquoted, commas inside values not escaped), Java records toString (Customer[id=…, name=…]), Lombok @ToString (incl. @ToString.Exclude omitting fields), Spring Security UsernamePasswordAuthenticationToken / User toString with [PROTECTED] credentials and WebAuthenticationDetails [RemoteIpAddress=…, SessionId=…], Optional[…], inside Logback/Spring Boot log lines",
     "field values: names (person), emails, phones, dates of birth (LocalDate), addresses with commas, IBANs, card numbers, national ids (taxId/ssn), passwords, API keys (secret), ids of users (user_id), usernames; RemoteIpAddress (ip), SessionId (secret: the JSESSIONID value)",
     "[PROTECTED] credentials, null fields, enum values, BigDecimal amounts, product/order/page-request objects, Instant timestamps, Granted Authorities, HikariPool and Spring Boot startup lines")
def fmt_jvmtostring(n):
    def pre():
        t = ts_event()
        return ch([f"{t.strftime('%Y-%m-%d %H:%M:%S')}.{t.microsecond // 1000:03d}  {ch(['INFO', 'DEBUG', 'WARN'])} 1 --- [nio-8080-exec-{rint(1, 9)}] {ch(['c.e.shop.web.UserController', 'c.e.shop.service.CustomerService', 'c.e.kyc.KycClient'])} : ", ""])
    def obj(p, style):
        st, pc, city, one = address(p.country if p.country in ("DE", "SE", "CZ", "US", "FR", "NL", "BR", "GB") else "US")
        fs = [("id", vuid(rint(1, 999999))), ("firstName", vname(p.given)), ("lastName", vname(p.family)), ("email", vemail(p)), ("phone", pphone(p)), ("birthDate", vdob(p.dob, "iso")),
              ("address", vaddr(one)), ("iban", viban()), ("taxId", natid(p)), ("username", vuser(p.username())), ("password", vpw(",)]")), ("apiKey", vsecret()), ("status", "ACTIVE"), ("middleName", "null")]
        keep = [f for f in fs if coin(0.5)]
        keep = keep or fs[:3]
        name = ch(["User", "Customer", "UserDto", "KycApplicant", "Account"])
        if style == "record": return [name, "["] + sum([[", " if i else "", k, "=", v] for i, (k, v) in enumerate(keep)], []) + ["]"]
        return [name, "("] + sum([[", " if i else "", k, "=", v] for i, (k, v) in enumerate(keep)], []) + [")"]
    def lab():
        p = P()
        return ch([lambda: mk("jvmtostring/kotlin", pre(), ch(["Registering ", "Loaded ", "Updated ", "Validation failed for "]), obj(p, "data")),
                   lambda: mk("jvmtostring/record", pre(), ch(["Saving ", "Received ", ""]), obj(p, "record")),
                   lambda: mk("jvmtostring/spring-security", pre(), "Authenticated user UsernamePasswordAuthenticationToken [Principal=org.springframework.security.core.userdetails.User [Username=", vuser(p.username()),
                              ", Password=[PROTECTED], Enabled=true, AccountNonExpired=true, CredentialsNonExpired=true, AccountNonLocked=true, Granted Authorities=[ROLE_USER]], Credentials=[PROTECTED], Authenticated=true, Details=WebAuthenticationDetails [RemoteIpAddress=",
                              vip(0.2), ", SessionId=", V("secret", rhex(32, True)), "], Granted Authorities=[ROLE_USER]]"),
                   lambda: mk("jvmtostring/optional", pre(), "lookup by email returned Optional[", obj(p, "data"), "]"),
                   lambda: (lambda us: mk("jvmtostring/record", pre(), "Submitting W9Form[legalName=", vname(us.full), ", tin=", V("us_ssn", ssn(ch(["dash", "plain"])), "ssn"), ", tinType=SSN, address=", vaddr(address("US")[3]), ", signedAt=", iso_ts(), "]"))(P("US")),
                   lambda: mk("jvmtostring/kotlin", pre(), "Card(holder=", vname(p.full.upper()), ", number=", vcard(fmt="plain"), f", expiry={rint(1, 12):02d}/{rint(25, 30)}, brand=VISA)")])()
    def dec():
        return mk("jvmtostring/misc", pre(), ch([f"Product(id={rint(1, 9999)}, sku=AB-{rint(100, 999)}, price={rint(1, 999)}.{rint(0, 99):02d}, currency=EUR, active=true)", "UserDto(id=null, email=null, firstName=null, lastName=null)",
                                                 f"Order[id={rint(1, 99999)}, status=PAID, total={rint(1, 999)}.{rint(0, 99):02d}, createdAt={iso_ts()}]", f"Page request [number: {rint(0, 9)}, size 20, sort: createdAt: DESC]",
                                                 "HikariPool-1 - Start completed.", f"Started ShopApplication in {R.random() * 20:.3f} seconds (process running for {R.random() * 25:.3f})", "Credentials=[PROTECTED], Authenticated=false",
                                                 f"RateLimit(bucket=login, capacity=10, refillPerMinute=5, remaining={rint(0, 10)})", "Optional.empty", f"FeatureFlags(newCheckout=true, darkMode=false, rollout={rint(0, 100)})"]))
    return produce(n, [lab], [dec])

# ---------------------------------------------------------------------------------------------- Node.js pino / winston / bunyan
@fmt("nodejson", "pino and pino-http JSON logs (level, time epoch ms, pid, hostname, req{id,method,url,query,params,headers,remoteAddress,remotePort}, res{statusCode}, responseTime, msg; redact paths rendered as \"[Redacted]\"), winston JSON and simple formats (level, message, timestamp, service, metadata), bunyan records (name, hostname, pid, level, msg, time, v)",
     "headers.authorization Bearer JWTs (jwt) and API keys (secret), cookie session values (secret), req.remoteAddress incl. ::ffff:-mapped addresses (the IPv4 part is labeled), x-forwarded-for (ip), PII in req.url and query objects, body objects (email, password, phone, name, card number), user ids and emails in winston metadata",
     "\"[Redacted]\" values, startup messages (Server listening at http://0.0.0.0:3000), health checks from 127.0.0.1, responseTime, levels/pid/hostname, error stacks with loopback addresses, request ids")
def fmt_nodejson(n):
    def pino():
        p = P(); hdrs = {"host": "api.example.com", "user-agent": ua(), "accept": "application/json"}
        if coin(0.5): hdrs["authorization"] = S(["Bearer ", vjwt(p)]) if coin(0.7) else vsecret(ch([stripe_key(), "sk-" + ralnum(48), gcp_key()]))
        if coin(0.3): hdrs["cookie"] = S(["connect.sid=s%3A", V("secret", ralnum(32, URLCH) + "." + rb64(32, pad=False))])
        if coin(0.3): hdrs["x-forwarded-for"] = vip4()
        ra = ch([S(["::ffff:", vip4()]), vip(0.3)])
        req = {"id": rint(1, 99999), "method": ch(["GET", "POST"]), "url": S(url_pii(p) if coin(0.6) else [url_plain()]), "query": {}, "params": {}, "headers": hdrs, "remoteAddress": ra, "remotePort": rint(1024, 65535)}
        if coin(0.35):
            us = P("US")
            req["body"] = ch([{"email": vemail(p), "password": vpw(), "phone": pphone(p)}, {"cardNumber": vcard(fmt="plain"), "holder": vname(p.full.upper())},
                              {"firstName": vname(us.given), "lastName": vname(us.family), "dob": vdob(us.dob, "iso"), "ssn": V("us_ssn", ssn(ch(["dash", "plain"])), "ssn")}])
        return mk("nodejson/pino", J({"level": 30, "time": epoch_ms(), "pid": rint(1, 99), "hostname": f"api-{rhex(9)}-{ralnum(5, LOWER_DIG)}", "req": req, "res": {"statusCode": ch([200, 201, 400, 401])}, "responseTime": rint(1, 900), "msg": "request completed"}))
    def winston():
        p = P()
        return ch([lambda: mk("nodejson/winston", J({"level": ch(["info", "warn"]), "message": ch(["User registered", "Password reset requested", "Login failed"]), "email": vemail(p), "userId": VN("user_id", rint(1000, 99999)), "ip": vip(0.2), "service": "user-service", "timestamp": iso_ts()})),
                   lambda: mk("nodejson/winston", f"{ch(['info', 'warn', 'error'])}: ", ch([["Password reset requested for ", vemail(p)], ["SMS code sent to ", pphone(p, "e164")], ["Profile updated: ", vname(p.full), " (", vemail(p), ")"]]), " ", J({"service": "auth-service", "timestamp": iso_ts()})),
                   lambda: mk("nodejson/bunyan", J({"name": "shop", "hostname": host(), "pid": rint(1, 9999), "level": 30, "msg": S(["connecting to ", ch(["postgres", "mongodb"]), "://", V("url_credentials", f"{ch(['shop', 'app', p.username()])}:{q(pw())}"), "@db.internal:5432/shop"]), "time": iso_ts(), "v": 0})),
                   lambda: mk("nodejson/bunyan", J({"name": "shop", "hostname": host(), "pid": rint(1, 9999), "level": 30, "user": {"id": vuid(uuid4()), "email": vemail(p), "name": vname(p.full)}, "msg": "checkout started", "time": iso_ts(), "v": 0}))])()
    def dec():
        return mk("nodejson/misc", ch([J({"level": 30, "time": epoch_ms(), "pid": 1, "hostname": f"api-{rhex(9)}-{ralnum(5, LOWER_DIG)}", "msg": "Server listening at http://0.0.0.0:3000"}),
                                       J({"level": 30, "time": epoch_ms(), "pid": 1, "hostname": "api", "req": {"id": rint(1, 9999), "method": "GET", "url": "/healthz", "headers": {"host": "localhost:3000", "user-agent": "kube-probe/1.31", "authorization": "[Redacted]"}, "remoteAddress": "127.0.0.1", "remotePort": rint(1024, 65535)}, "res": {"statusCode": 200}, "responseTime": rint(0, 5), "msg": "request completed"}),
                                       J({"level": 50, "time": epoch_ms(), "pid": 1, "hostname": "worker", "err": {"type": "Error", "message": "connect ECONNREFUSED 127.0.0.1:5432", "stack": "Error: connect ECONNREFUSED 127.0.0.1:5432\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16)"}, "msg": "db connection failed"}),
                                       J({"level": "info", "message": "Cache warmed", "keys": rint(10, 9000), "service": "catalog", "timestamp": iso_ts()}),
                                       J({"level": 30, "time": epoch_ms(), "msg": "login attempt", "user": {"email": "[Redacted]", "password": "[Redacted]"}})]))
    return produce(n, [(pino, 3), (winston, 2)], [dec])

# ---------------------------------------------------------------------------------------------- Sentry events
@fmt("sentry", "Sentry developer docs 'Event Payloads': event_id, timestamp, platform, level, logger, transaction, server_name, release, environment, user interface {id, email, ip_address, username, geo}, request interface {url, method, query_string, data, cookies, headers, env{REMOTE_ADDR}}, exception.values[].stacktrace.frames[].vars (Python SDK repr strings), breadcrumbs, contexts, tags, sdk; server-side data scrubbing ('[Filtered]') and '{{auto}}' ip placeholders",
     "user.id/email/username/ip_address (user_id, email, username, ip), request data fields and query strings (email, phone, name, password, card), cookies (secret), Authorization headers (jwt/secret), REMOTE_ADDR, frame vars holding personal values inside Python repr quotes, exception values quoting IBANs/emails, breadcrumb messages with emails",
     "[Filtered] values, {{auto}} ip_address, event/trace ids, release/environment, contexts (os, runtime, browser), sdk info, transactions without user data, client reports (discarded_events), stack frame paths, line numbers")
def fmt_sentry(n):
    def ev():
        p = P(); plat = ch(["python", "javascript", "node"])
        o = {"event_id": rhex(32), "timestamp": iso_ts(frac=6), "platform": plat, "level": ch(["error", "warning"]), "logger": ch(["django.request", "shop.checkout", "console"]), "transaction": ch(["/api/account", "/checkout/{step}", "POST /api/orders"]),
             "server_name": host(), "release": f"shop@{version()}", "environment": "production"}
        u = {"id": vuid(ch([str(rint(1, 999999)), uuid4()]))}
        if coin(0.7): u["email"] = vemail(p)
        if coin(0.4): u["username"] = vuser(p.username())
        u["ip_address"] = vip(0.2) if coin(0.8) else "{{auto}}"
        o["user"] = u
        if coin(0.7):
            us = P("US")
            data = ch([{"email": vemail(p), "password": "[Filtered]", "phone": pphone(p)}, {"first_name": vname(us.given), "last_name": vname(us.family), "ssn": V("us_ssn", ssn(), "ssn"), "dob": vdob(us.dob, "us")}, {"first_name": vname(p.given), "last_name": vname(p.family), "iban": viban()}, {"card_number": vcard(fmt="plain"), "name": vname(p.full)}, {"password": vpw(), "username": vuser(p.username())}])
            o["request"] = {"url": "https://shop.example.com/api/account", "method": "POST", "query_string": S(["email=", V("email", q(p.email()))]) if coin(0.3) else "", "data": data,
                            "cookies": {"sessionid": V("secret", ralnum(32, LOWER_DIG)), "csrftoken": V("secret", ralnum(32))} if coin(0.5) else "[Filtered]",
                            "headers": {"Host": "shop.example.com", "User-Agent": ua(), **({"Authorization": S(["Bearer ", vjwt(p)])} if coin(0.3) else {})}, "env": {"REMOTE_ADDR": vip4(), "SERVER_NAME": host()}}
        if coin(0.6):
            val = ch([["Invalid IBAN ", viban()], ["User with email ", vemail(p), " already exists"], ["Payment declined for customer ", vname(p.full)], ["division by zero"]])
            frame = {"filename": "shop/views/account.py", "function": ch(["update_profile", "create_order"]), "lineno": rint(10, 400), "in_app": True,
                     "vars": {"self": "<AccountView object at 0x7f" + rhex(10) + ">", "user_email": S(["'", vemail(p), "'"]), "dob": S(["'", vdob(p.dob, "iso"), "'"]) if coin(0.5) else "None", "retries": "3"}}
            o["exception"] = {"values": [{"type": ch(["ValidationError", "IntegrityError", "PaymentError"]), "value": S(val), "stacktrace": {"frames": [frame]}}]}
        if coin(0.4): o["breadcrumbs"] = {"values": [{"timestamp": epoch(), "category": "query", "message": "SELECT \"auth_user\".\"id\" FROM \"auth_user\" WHERE \"auth_user\".\"email\" = %s"},
                                                     {"timestamp": epoch(), "category": "auth", "message": S(["login ", vemail(p)]), "level": "info"}]}
        o["contexts"] = {"runtime": {"name": "CPython", "version": "3.12.7"}, "os": {"name": "Linux"}}
        o["sdk"] = {"name": f"sentry.{plat}", "version": version()}
        return mk("sentry/event", J(o))
    def dec():
        return mk("sentry/misc", J(ch([{"event_id": rhex(32), "timestamp": iso_ts(frac=6), "platform": "javascript", "type": "transaction", "transaction": ch(["/products/:id", "/cart"]), "start_timestamp": iso_ts(frac=6),
                                         "contexts": {"trace": {"trace_id": rhex(32), "span_id": rhex(16), "op": "pageload", "status": "ok"}}, "user": {"ip_address": "{{auto}}"}, "sdk": {"name": "sentry.javascript.browser", "version": "8.35.0"}},
                                        {"timestamp": epoch(), "discarded_events": [{"reason": "sample_rate", "category": "transaction", "quantity": rint(1, 90)}, {"reason": "ratelimit_backoff", "category": "error", "quantity": rint(1, 9)}]},
                                        {"event_id": rhex(32), "level": "error", "platform": "python", "exception": {"values": [{"type": "OperationalError", "value": "could not connect to server: Connection refused\n\tIs the server running on host \"localhost\" (127.0.0.1) and accepting TCP/IP connections on port 5432?"}]},
                                         "request": {"url": "https://shop.example.com/api/orders", "method": "GET", "cookies": "[Filtered]", "data": {"password": "[Filtered]", "email": "[Filtered]"}}, "release": f"shop@{version()}"}])))
    return produce(n, [ev], [dec])

# ---------------------------------------------------------------------------------------------- Free text in seven more languages
def tnum(): return str(rint(10000, 999999))
def evdate(style): return fdate(datetime.date(2024, 11, rint(1, 30)), style)
def text_format(lang, spec, labeled, decoys):
    def deco(f): return fmt(f"text-{lang}", spec, labeled, decoys, n=(50, 62))(f)
    return deco
def ru_account(bik):
    """Russian settlement account (20 digits) with the Bank of Russia control key (digit 9) computed with the BIK."""
    acc = list(ch(["40817810", "40702810", "40817978"]) + "0" + rdigits(11))
    w = [7, 1, 3] * 8
    for k in range(10):
        acc[8] = str(k); s = bik[-3:] + "".join(acc)
        if sum(int(c) * w[i] for i, c in enumerate(s)) % 10 == 0: return "".join(acc)
    raise AssertionError
def ru_account_ok(s, bik): w = [7, 1, 3] * 8; t = bik[-3:] + s; return len(s) == 20 and sum(int(c) * w[i] for i, c in enumerate(t)) % 10 == 0

@text_format("ru", "Russian support tickets and notifications (ФИО order Фамилия Имя Отчество and 'Фамилия И. О.'; dates 'дата рождения 12.03.1985', '12 марта 1985 г.'; Rossvyaz numbering '+7 (916) 123-45-67', '8 (916) 123-45-67', '+7 495 …'; СНИЛС with control number, ИНН физлица with both check digits; 'р/с' settlement accounts with the BIK control key; addresses 'ул. Ленина, д. 12, кв. 34, Москва, 125009'; Mir cards)",
             "names in Cyrillic (full ФИО, given + family, family + initials; surnames that are words: Мороз, Соловей, Орлов), DOBs, phones, emails, СНИЛС/ИНН (national_id), р/с accounts (bank_account), street addresses, Mir/Visa card numbers, temporary passwords",
             "order and invoice numbers, БИК and корр. счёт in their own fields, delivery/maintenance dates, amounts '1 234,56 ₽', versions, opening hours, the words мороз/соловей/орёл used as words")
def fmt_text_ru(n):
    def lab():
        p = P("RU"); fio = f"{p.native_family} {p.native_given} {p.patronymic}"; ini = f"{p.native_family} {p.native_given[0]}. {p.patronymic[0]}."
        bik = "04" + rdigits(7)
        return mk("text-ru/ticket", ch([
            lambda: ["Клиент ", vname(fio), " (дата рождения ", vdob(p.dob, "eu_dot"), ") просит перезвонить по номеру ", vphone("RU", ch(["nat", "intl"])), "."],
            lambda: [f"Заявка №{tnum()}: ", vname(ini), ", СНИЛС ", V("national_id", snils(), "snils"), ", ИНН ", V("national_id", inn_ru(), "inn"), "."],
            lambda: ["Уважаем", "ая " if p.female else "ый ", vname(f"{p.native_given} {p.patronymic}"), ", ваш временный пароль: ", vpw(" "), " — смените его после входа."],
            lambda: ["Адрес доставки изменён на: ", vaddr(address("RU")[3]), " (получатель ", vname(f"{p.native_given} {p.native_family}"), ")."],
            lambda: ["Возврат на карту ", vcard("mir", ch(["space", "plain"])), " клиенту ", vname(f"{p.native_given} {p.native_family}"), " оформлен."],
            lambda: ["Реквизиты для возврата: р/с ", V("bank_account", ru_account(bik)), f" в ПАО «Сбербанк», БИК {bik}, к/с 30101810{rdigits(9)}{bik[-3:]}."],
            lambda: ["Родил", "ась " if p.female else "ся ", vdob(p.dob, "ru_long"), ", e-mail для связи: ", vemail(p), ", тел. ", vphone("RU", "intl"), "."],
            lambda: ["Звонила ", vname(f"{p.native_family} {p.native_given}"), ", просит выслать договор на ", vemail(p), "."]])())
    def dec():
        return mk("text-ru/notice", ch([f"Заказ №{tnum()} отправлен {evdate('eu_dot')}.", f"Плановые работы {evdate('eu_dot')} с 02:00 до 04:00 (МСК).", f"Сумма к оплате: {rint(1, 99):,} {rint(100, 999)},{rint(0, 99):02d} ₽.".replace(",", " ", 1),
                                        f"Версия приложения {version()} доступна в RuStore.", "Служба поддержки работает ежедневно с 9:00 до 21:00.", f"Счёт № 2024-11-{rint(1, 9999):04d} от {evdate('eu_dot')} оплачен.",
                                        "Ожидается сильный мороз, доставка может задержаться на день.", "В парке снова поёт соловей — фото в нашем блоге.", "Пункт выдачи на Невском проспекте закрыт на инвентаризацию.", f"Промокод OSEN{rint(10, 99)} действует до {evdate('eu_dot')}.", "Курьер приедет в интервале с 10:00 до 14:00.", f"Трек-номер RA{rdigits(9)}RU передан в «Почту России».", f"БИК 04{rdigits(7)}, ИНН организации 77{rdigits(8)}, КПП 77{rdigits(7)}."]))
    return produce(n, [lab], [dec])

@text_format("zh", "Simplified-Chinese support tickets (names in Hanzi without spaces, family name first; 出生日期 1985年3月12日 and 1985-03-12; MIIT mobile numbering 1xx xxxx xxxx and +86; 18-digit resident identity card numbers with the GB 11643 check character; addresses 城市+区+路+号; UnionPay cards 62…)",
             "Hanzi names (incl. family names that are words: 高, 方, 金 …), DOBs, mobile numbers, emails, 身份证号 (national_id), street addresses, UnionPay card numbers, temporary passwords",
             "订单号, logistics and maintenance dates, amounts '¥1,234.56', versions, opening hours, words such as 高/方 used as words")
def fmt_text_zh(n):
    def lab():
        p = P("CN"); name = p.native
        return mk("text-zh/ticket", ch([
            lambda: ["客户", vname(name), "（身份证号 ", V("national_id", cn_id(p), "cnid"), "）来电要求修改收货地址为", vaddr(address("CN")[3]), "。"],
            lambda: ["用户", vname(name), "，手机号 ", vphone("CN", ch(["nat", "intl"])), "，邮箱 ", vemail(p), "，出生日期 ", vdob(p.dob, ch(["zh", "iso"])), "。"],
            lambda: ["退款已退回至银行卡 ", vcard("unionpay", ch(["space", "plain"])), "（持卡人：", vname(name), "）。"],
            lambda: ["您的临时密码为：", vpw(" "), "，请登录后立即修改。"],
            lambda: [vname(name), "先生" if not p.female else "女士", "的联系电话已更新为 ", vphone("CN", "nat"), "。"],
            lambda: ["请", vname(name), "于三日内补充身份证件，号码 ", V("national_id", cn_id(p), "cnid"), " 校验失败。"]])())
    def dec():
        return mk("text-zh/notice", ch([f"订单号 {rdigits(12)} 已发货，预计 11月{rint(6, 30)}日 送达。", f"系统将于 {evdate('zh')} 02:00-04:00 进行维护。", f"金额：¥{rint(1, 9):,}{rint(100, 999)}.{rint(0, 99):02d}",
                                         "客服工作时间：每天 9:00-21:00。", f"版本 {version()} 已发布。", "这栋楼很高，快递需要提前预约。", "请把包裹放在方形的快递柜里。", f"优惠券 SALE{rint(10, 99)} 将于 11月{rint(11, 30)}日 过期。", f"快递单号 SF{rdigits(12)} 已揽收。", "退货需在签收后 7 天内申请。", f"发票号码 {rdigits(8)} 已开具。"]))
    return produce(n, [lab], [dec])

@text_format("ko", "Korean support tickets (Hangul names family-first with 님/씨; 생년월일 '1985년 3월 12일', '1985. 3. 12.'; KCC numbering 010-xxxx-xxxx, 02-xxx-xxxx, +82 10-…; 주민등록번호 YYMMDD-GNNNNNC with its check digit; road-name addresses '서울특별시 강남구 테헤란로 152')",
             "Hangul names (with and without 님/고객님, honorifics outside the span), DOBs, phones, emails, 주민등록번호 (national_id), addresses, card numbers, temporary passwords",
             "주문번호, maintenance and delivery dates, amounts '12,345원', versions, opening hours")
def fmt_text_ko(n):
    def lab():
        p = P("KR"); name = p.native
        return mk("text-ko/ticket", ch([
            lambda: ["고객 ", vname(name), " 님(생년월일 ", vdob(p.dob, ch(["ko", "ko_dot"])), ")의 연락처가 ", vphone("KR", ch(["nat", "intl"])), "(으)로 변경되었습니다."],
            lambda: ["주민등록번호 ", V("national_id", rrn(p), "rrn"), " 확인 완료 (", vname(name), ")."],
            lambda: ["배송지: ", vaddr(address("KR")[3]), " (", vname(name), " 님)"],
            lambda: ["임시 비밀번호는 ", vpw(" "), " 입니다. 로그인 후 변경해 주세요."],
            lambda: ["이메일 ", vemail(p), " (으)로 인증 메일을 보냈습니다."],
            lambda: [vname(name), " 고객님, 카드 ", vcard(ch(["visa", "mastercard"]), "dash"), " 결제가 취소되었습니다."]])())
    def dec():
        return mk("text-ko/notice", ch([f"주문번호 {rdigits(13)} 배송이 시작되었습니다.", f"점검 안내: {evdate('ko')} 02:00~04:00", f"결제 금액: {rint(1, 99)},{rint(100, 999)}원", "고객센터 운영시간: 평일 09:00~18:00",
                                         f"앱 버전 {version()} 업데이트가 있습니다.", f"{evdate('ko_dot')} 배송 예정입니다.", "반품 접수는 마이페이지에서 가능합니다.", f"송장번호 {rdigits(12)} 집하 완료", f"쿠폰 코드 FALL{rint(10, 99)}는 {evdate('ko')}까지 사용 가능합니다.", "교환 신청이 접수되었습니다."]))
    return produce(n, [lab], [dec])

@text_format("sv", "Swedish support tickets (dates 'född 12 mars 1985', '1985-03-12'; PTS numbering '070-123 45 67', '08-123 456 78', '+46 70 123 45 67'; personnummer YYMMDD-NNNC / YYYYMMDD-NNNC with the Luhn check digit; addresses 'Storgatan 12, 114 55 Stockholm'; clearingnummer + kontonummer; IBAN SE)",
             "names (incl. surnames that are words: Lind, Berg, Holm, Björk, Ek), DOBs, phones, emails, personnummer (national_id), kontonummer (bank_account; the clearing number in its own field is not labeled), IBAN SE, street addresses, temporary passwords",
             "order numbers, delivery and maintenance dates, amounts '1 234,56 kr', opening hours, versions, the words berg/holm/björk/ek used as words")
def fmt_text_sv(n):
    def lab():
        p = P("SE")
        return mk("text-sv/ticket", ch([
            lambda: ["Kunden ", vname(p.full), " (personnummer ", V("national_id", personnummer(p), "pnr"), ") ber om återuppringning på ", vphone("SE", ch(["nat", "intl"])), "."],
            lambda: ["Ny leveransadress: ", vaddr(address("SE")[3]), " (", vname(p.full), ")."],
            lambda: ["Återbetalning till ", viban("SE", "print"), " för ", vname(p.full), " är registrerad."],
            lambda: [f"Clearingnr {rint(8000, 8499)}-{rint(0, 9)}, kontonr ", V("bank_account", f"{rdigits(3)} {rdigits(3)} {rdigits(3)}-{rdigits(1)}"), " (", vname(p.full), ")."],
            lambda: [vname(p.full), ", född ", vdob(p.dob, ch(["sv_long", "iso"])), ", når du på ", vemail(p), "."],
            lambda: ["Ditt tillfälliga lösenord är ", vpw(" "), " – byt det vid första inloggningen."],
            lambda: ["Hej ", vname(p.given), "! Vi har skickat en kod till ", vphone("SE", "nat"), "."]])())
    def dec():
        return mk("text-sv/notice", ch([f"Order {tnum()} skickades {evdate('iso')}.", f"Planerat underhåll {evdate('iso')} kl. 02.00–04.00.", f"Belopp: {rint(1, 9)} {rint(100, 999)},{rint(0, 99):02d} kr",
                                         "Kundtjänst har öppet vardagar 8–17.", f"Version {version()} finns nu i App Store.", "Björk och ek är vanliga träd i parken.", "Leveransen till Berg försenas på grund av snö.", f"Rabattkoden HOST{rint(10, 99)} gäller till {evdate('iso')}.", f"Paketet med kolli-id {rdigits(10)} har lämnats till PostNord.", "Returer måste registreras inom 30 dagar.",
                                         f"Fakturanummer {rint(100000, 999999)} förfaller {evdate('iso')}."]))
    return produce(n, [lab], [dec])

@text_format("cs", "Czech support tickets (dates 'nar. 12. 3. 1985', '12. března 1985'; ČTÚ numbering '777 123 456', '+420 777 123 456'; rodné číslo YYMMDD/SSSC with women's month + 50 and the mod-11 rule; domestic account numbers prefix-number/bank code passing the ČNB weights; IBAN CZ; addresses 'Vinohradská 1511/230, 120 00 Praha 2')",
             "names (feminine -ová forms; surnames that are words: Novák, Černý, Král, Kovář, Zima), DOBs, phones, emails, rodné číslo (national_id), domestic account numbers (bank_account), IBAN CZ, street addresses, temporary passwords",
             "order numbers, variabilní symbol, maintenance and delivery dates, amounts '1 234,56 Kč', opening hours, the words zima/král used as words")
def fmt_text_cs(n):
    def lab():
        p = P("CZ"); oslov = "paní" if p.female else "pane"
        def acct():
            pre, num, bank = cz_account(); return V("bank_account", (pre + "-" if pre else "") + num + "/" + bank, "czacc")
        return mk("text-cs/ticket", ch([
            lambda: ["Zákazni", "ce " if p.female else "k ", vname(p.full), " (nar. ", vdob(p.dob, ch(["cs_dot", "eu_dot"])), ") žádá o zpětné volání na ", vphone("CZ", ch(["nat", "intl"])), "."],
            lambda: ["Rodné číslo ", V("national_id", rodne_cislo(p, coin(0.7)), "rc"), " ověřeno pro ", vname(p.full), "."],
            lambda: ["Číslo účtu pro vrácení přeplatku: ", acct(), f", variabilní symbol {rdigits(10)}."],
            lambda: ["Nová adresa: ", vaddr(address("CZ")[3]), " (", vname(p.full), ")."],
            lambda: ["Vaše dočasné heslo je ", vpw(" "), ", po přihlášení si ho změňte."],
            lambda: [f"Vážen{'á' if p.female else 'ý'} {oslov} ", vname(p.family), ", IBAN ", viban("CZ", "print"), " byl uložen."],
            lambda: [vname(p.full), ", narozen", "á " if p.female else " ", vdob(p.dob, "cs_long"), ", e-mail ", vemail(p), "."]])())
    def dec():
        return mk("text-cs/notice", ch([f"Objednávka č. {tnum()} byla odeslána {evdate('cs_dot')}.", f"Plánovaná údržba {evdate('cs_dot')} od 2:00 do 4:00.", f"Částka k úhradě: {rint(1, 9)} {rint(100, 999)},{rint(0, 99):02d} Kč",
                                         f"Variabilní symbol: {rdigits(10)}", "Zákaznická linka je k dispozici Po–Pá 8–18 h.", "Zima přichází, doručení může trvat déle.", "Král Karel IV. založil univerzitu v roce 1348.", f"Zásilka {ralnum(2, string.ascii_uppercase)}{rdigits(9)}CZ byla předána České poště.", f"Slevový kód PODZIM{rint(10, 99)} platí do {evdate('cs_dot')}.", "Reklamaci lze podat do 30 dnů od převzetí.",
                                         f"Verze aplikace {version()} je k dispozici."]))
    return produce(n, [lab], [dec])

@text_format("id", "Indonesian support tickets (names with and without Bapak/Ibu, single names; dates 'lahir 12 Maret 1985', '12-03-1985'; mobile numbering 08xx-xxxx-xxxx / +62 8xx; NIK (16 digits: region code, DDMMYY with women's day + 40, serial); addresses 'Jl. Sudirman No. 45, Jakarta Pusat 10220'; bank account numbers 'rekening BCA 1234567890 a.n. …')",
             "names (incl. names that are words: Putri, Indah, Cahaya, Dewi), DOBs, phones, emails, NIK (national_id), rekening numbers (bank_account), street addresses, temporary passwords",
             "order numbers, maintenance and delivery dates, amounts 'Rp1.234.000', opening hours, versions, the words indah/cahaya/putri used as words")
def fmt_text_id(n):
    def lab():
        p = P("ID"); sapa = "Ibu" if p.female else "Bapak"
        return mk("text-id/ticket", ch([
            lambda: ["Pelanggan ", vname(p.full), " (NIK ", V("national_id", nik_id(p)), ") meminta perubahan nomor HP ke ", vphone("ID", ch(["nat", "intl"])), "."],
            lambda: [f"{sapa} ", vname(p.full), ", lahir ", vdob(p.dob, ch(["id_long", "eu_dash"])), ", email ", vemail(p), "."],
            lambda: ["Alamat pengiriman baru: ", vaddr(address("ID")[3]), "."],
            lambda: [f"Transfer ke rekening {ch(['BCA', 'Mandiri', 'BNI', 'BRI'])} ", V("bank_account", rdigits(ch([10, 13, 15]))), " a.n. ", vname(p.full), " sudah diproses."],
            lambda: ["Kata sandi sementara Anda: ", vpw(" "), ". Segera ganti setelah masuk."],
            lambda: [f"Terima kasih {sapa} ", vname(p.given), ", kode OTP dikirim ke ", vphone("ID", "nat"), "."]])())
    def dec():
        return mk("text-id/notice", ch([f"Pesanan #{tnum()} telah dikirim pada {evdate('eu_slash')}.", f"Pemeliharaan sistem {evdate('id_long')} pukul 02.00–04.00 WIB.", f"Total: Rp{rint(1, 99)}.{rint(100, 999)}.000",
                                         "Layanan pelanggan buka Senin–Jumat 08.00–17.00.", f"Versi {version()} tersedia di Play Store.", "Terima kasih, pemandangan dari kamar sangat indah.", "Cahaya lampu di gudang mati sejak kemarin.", f"Kode promo HEMAT{rint(10, 99)} berlaku sampai {evdate('id_long')}.", "Pengembalian barang maksimal 7 hari setelah diterima.", "Paket sedang dalam perjalanan ke gudang Cikarang.",
                                         f"Nomor resi JNE {ralnum(12, UPPER_DIG)} sudah aktif."]))
    return produce(n, [lab], [dec])

@text_format("hi", "Hindi support tickets in Devanagari (names given + family, with and without श्री/श्रीमती; dates 'जन्म तिथि 12/03/1985', '12 मार्च 1985'; TRAI mobile numbering '+91 98765 43210', '098765 43210'; Aadhaar with the Verhoeff check digit; PAN structure AAAPA1234A; bank account + IFSC; addresses 'मकान नं. 45, सेक्टर 15, नोएडा 201301')",
             "Devanagari names (honorifics श्री/श्रीमती outside the span), romanized names, DOBs, phones, emails, Aadhaar and PAN (national_id), account numbers (bank_account; IFSC in its own field is not labeled), addresses, temporary passwords",
             "order numbers, maintenance dates, amounts '₹1,234.00', opening hours, versions, IFSC codes")
def fmt_text_hi(n):
    def lab():
        p = P("IN"); name = p.native; hon = "श्रीमती" if p.female else "श्री"
        return mk("text-hi/ticket", ch([
            lambda: ["ग्राहक ", vname(name), " (जन्म तिथि ", vdob(p.dob, ch(["eu_slash", "hi_long"])), ") ने मोबाइल नंबर ", vphone("IN", ch(["nat", "intl"])), " पर कॉल बैक का अनुरोध किया है।"],
            lambda: ["आधार संख्या ", V("national_id", aadhaar(), "aadhaar"), " का सत्यापन ", vname(name), " के लिए पूरा हुआ।"],
            lambda: [f"{hon} ", vname(name), " का पैन ", V("national_id", pan_in(p)), " अपडेट किया गया।"],
            lambda: ["नया पता: ", vaddr(address("IN")[3]), "।"],
            lambda: ["खाता संख्या ", V("bank_account", rdigits(ch([11, 12, 14]))), f", IFSC {ch(['HDFC', 'SBIN', 'ICIC'])}0{rdigits(6)} — धनवापसी ", vname(name), " को भेजी गई।"],
            lambda: ["आपका अस्थायी पासवर्ड ", vpw(" "), " है, कृपया लॉगिन के बाद बदलें।"],
            lambda: ["Customer ", vname(p.full), " (", vemail(p), ") ने ऑर्डर रद्द किया।"]])())
    def dec():
        return mk("text-hi/notice", ch([f"ऑर्डर #{tnum()} {evdate('eu_slash')} को भेजा गया।", f"रखरखाव {evdate('hi_long')} को रात 2:00 से 4:00 बजे तक।", f"राशि: ₹{rint(1, 99)},{rint(100, 999)}.00",
                                         "ग्राहक सेवा सोमवार से शनिवार सुबह 9 से शाम 6 बजे तक उपलब्ध है।", f"ऐप संस्करण {version()} उपलब्ध है।", f"IFSC कोड {ch(['HDFC', 'SBIN'])}0{rdigits(6)} शाखा के लिए मान्य है।", f"कूपन कोड DIWALI{rint(10, 99)} {evdate('hi_long')} तक मान्य है।", "रिटर्न का अनुरोध डिलीवरी के 7 दिनों के भीतर करें।", f"ट्रैकिंग नंबर {rdigits(12)} कूरियर को सौंप दिया गया है।"]))
    return produce(n, [lab], [dec])

# ==============================================================================================
# Build, self-test, write
# ==============================================================================================
KINDS = {"address", "bank_account", "credit_card", "date_of_birth", "email", "iban", "ipv4", "ipv6", "jwt", "mac_address", "national_id",
         "password", "person", "phone", "secret", "url_credentials", "us_ssn", "user_id", "username"}
JSON_TPLS = {"swift/json", "dicom/json", "okta/event", "m365audit/aad", "m365audit/exchange", "m365audit/sharepoint", "ghaudit/event", "scim/user", "scim/patch", "scim/list", "scim/meta", "oidcclaims/json",
             "haproxy/json", "envoy/json", "suricata/alert", "suricata/smtp", "suricata/dhcp", "suricata/http", "suricata/stats", "zeek/json", "journald/json", "nodejson/pino",
             "nodejson/bunyan", "nodejson/misc", "sentry/event", "sentry/misc"}

def build():
    lines = []
    for f in FORMATS:
        R.seed(f"{SEED}/{f['name']}")
        got = f["fn"](rint(*f["n"]))
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
                try: ipaddress.IPv4Address(txt.replace(", ", "."))  # Erlang/Elixir tuple form {203, 0, 113, 5}
                except ValueError: errs.append((i, f"bad ipv4 {txt!r}"))
            if k == "ipv6":
                try: ipaddress.IPv6Address(txt)
                except ValueError: errs.append((i, f"bad ipv6 {txt!r}"))
            if k == "email" and "@" not in txt and "%40" not in txt.upper(): errs.append((i, f"email without @ {txt!r}"))
            if k == "jwt" and not jwt_ok(txt): errs.append((i, f"jwt does not decode {txt!r}"))
            if k == "credit_card" and not luhn_ok(txt): errs.append((i, f"card fails Luhn {txt!r}"))
            if k == "iban" and not iban_ok(txt): errs.append((i, f"iban fails mod 97 {txt!r}"))
            if k == "us_ssn" and not ssn_ok(txt): errs.append((i, f"bad SSN {txt!r}"))
            if k == "mac_address" and not re.fullmatch(r"[0-9A-Fa-f]{2}([:-][0-9A-Fa-f]{2}){5}", txt): errs.append((i, f"bad MAC {txt!r}"))
        if l["tpl"] in JSON_TPLS:
            k = s.find("{")
            try: json.loads(s[k:])
            except ValueError as e: errs.append((i, f"not JSON ({e}): {s[:120]}"))
    # FIX messages: BodyLength and CheckSum as the standard computes them (on the SOH form)
    for i, l in enumerate(lines):
        if l["tpl"].startswith("fix/") and "8=FIX" in l["line"]:
            m = l["line"][l["line"].index("8=FIX"):]
            sep = SOH if SOH in m else ("^A" if "^A" in m else "|")
            body = m.replace(sep, SOH)
            head, rest = body.split(SOH, 2)[:2], body.split(SOH, 2)[2]
            payload = rest[:rest.rindex("10=")]
            if int(head[1][2:]) != len(payload.encode()) or int(rest[rest.rindex("10=") + 3:].rstrip(SOH)) != sum((head[0] + SOH + head[1] + SOH + payload).encode()) % 256:
                errs.append((i, "FIX BodyLength/CheckSum mismatch"))
    return errs

def stats(lines):
    per = collections.OrderedDict()
    for l in lines:
        f = l["tpl"].split("/")[0]
        d = per.setdefault(f, [0, 0, 0]); d[0] += 1; d[1] += (not l["spans"]); d[2] += len(l["spans"])
    return per

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "formats-b.jsonl")
    args = sys.argv[1:]
    if "--out" in args: out = args[args.index("--out") + 1]
    lines = build()
    errs = selftest(lines)
    per = stats(lines)
    nd = sum(v[1] for v in per.values())
    for f, (a, d, s) in per.items():
        print(f"{f:<14} lines={a:<4} decoys={d:<4} ({d / a:.0%}) values={s}")
    kinds = collections.Counter(sp["kind"] for l in lines for sp in l["spans"])
    print("kinds: " + ", ".join(f"{k}={kinds[k]}" for k in sorted(KINDS)))
    print(f"formats={len(per)} lines={len(lines)} decoys={nd} ({nd / len(lines):.1%}) values={sum(v[2] for v in per.values())}")
    if errs:
        for e in errs[:40]: print("SELFTEST", e)
        print(f"self-test FAILED: {len(errs)} problems"); sys.exit(1)
    missing = KINDS - set(kinds)
    if missing: print("self-test FAILED: kinds never generated:", sorted(missing)); sys.exit(1)
    print("self-test ok")
    if "--formats-md" in args:
        cell = lambda t: t.replace("|", "\\|")
        for f in FORMATS:
            print(f"| `{f['name']}` | {cell(f['spec'])} | {cell(f['labeled'])} | {cell(f['decoys'])} |")
    if "--check" in args: return
    with open(out, "w", encoding="utf-8") as fh:
        for l in lines:
            fh.write(json.dumps({"line": l["line"], "spans": l["spans"], "tpl": l["tpl"]}, ensure_ascii=False) + "\n")
    print("wrote", out)

if __name__ == "__main__":
    main()
