#!/usr/bin/env python3
"""Deterministic generator of corpus C: labeled PII-in-logs lines in log formats that neither corpus A (gen_formats.py)
nor corpus B (gen_formats_b.py) covers, written blind (from each format's public specification / vendor documentation,
without looking at the engine).  Python 3 stdlib only, fixed seed, no network, self-contained (helpers copied from
gen_formats_b.py).

Output: formats-c.jsonl beside this file, one JSON object a line:
    {"line": str, "spans": [{"start", "end", "kind"}], "tpl": "format/variant"}
offsets in Unicode code points, spans sorted and non-overlapping.  Lines without spans are decoys.
Labeling conventions: those of FORMATS.md ("Labeling conventions") and FORMATS-B.md, plus the ones listed in FORMATS-C.md.

usage: gen_formats_c.py [--out PATH] [--check] [--formats-md]
    --check       build and self-test, print stats, write nothing
    --formats-md  also print the format table rows for FORMATS-C.md
"""
import base64, collections, datetime, json, os, random, re, string, sys, unicodedata, urllib.parse

SEED = 20250318
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
        if re.search(r"[Vv]ersion[:= ]*$", line[max(0, a - 16):a]):  # 'SerializationVersion: 1.1.0.1' is a version, not an address
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
# People.  Own lists (different from corpora A and B), incl. names that are ordinary words in English (Summer, Faith,
# Ivy, Heather, Holly, Chase, Hunter, Miles, Reed; Baker, Cook, Fox, Wolf, Hill, Wood, Green, Young, Bird, Stone,
# Price, Hunt, Best, Strong, Noble, Bell, Gold, Love, Day) and in other languages (Fuchs, Bauer, Hahn, Winter, Engel,
# Glück; Blanco, Delgado, Rubio, Lobo, Sol, Luz; Leone, Fortuna, Speranza; Rocha, Coelho; Vos, Visser; Zając, Sowa,
# Wilk, Lis; Demir, Yıldız, Deniz, Bulut; Lupu, Ursu, Vulpe; Nagy, Kis, Fekete, Farkas; Skov, Lund, Fisker, Bager;
# Bakken, Fjeld, Vik; Mäki, Koski, Järvi, Kivi, Onni, Tuuli; أمل, نور, الحداد; שחר, טל, שמש; Надія, Віра, Мельник,
# Коваль; Ελπίδα, Ψαράς, Μάγειρας; ใจดี, มะลิ).  Native scripts for the Arabic, Hebrew, Ukrainian, Greek and Thai
# lists (with their usual romanizations, used for logins and mailboxes).
# ----------------------------------------------------------------------------------------------
NAMES = {
    "US": (["Summer", "Faith", "Ivy", "Heather", "Holly", "Chase", "Hunter", "Miles", "Dale", "Reed", "Crystal", "Autumn",
            "Brandon", "Kayla", "Dakota", "Trevor", "Shelby", "Colton"],
           ["Baker", "Cook", "Fox", "Hill", "Wood", "Green", "Young", "Bird", "Stone", "Price", "Hunt", "Best", "Strong",
            "Noble", "Bell", "Gold", "Love", "Day", "Jenkins", "Alvarez", "Kowalczyk", "Okafor"]),
    "GB": (["Poppy", "Hamish", "Ivy", "Ruby", "Callum", "Daisy", "Ewan", "Holly", "Fergus", "Isla"],
           ["Little", "Lamb", "Swan", "Wolf", "Field", "White", "Cross", "Fairweather", "Pryce", "Morgan", "Ó Súilleabháin"]),
    "IE": (["Saoirse", "Cian", "Aoife", "Oisín", "Niamh"], ["Ó Briain", "Mac Giolla", "Byrne", "Kavanagh", "Doyle"]),
    "CA": (["Mackenzie", "Gabriel", "Chloé", "Logan"], ["Tremblay", "Gagnon", "Roy", "Côté", "Bouchard"]),
    "AU": (["Harper", "Flynn", "Matilda", "Bodhi"], ["Gill", "Cooper", "Ward", "Hayes"]),
    "DE": (["Ernst", "Frank", "Heide", "Gisela", "Uwe", "Sönke", "Malte", "Helga", "Detlef", "Anke", "Lennart", "Birgit"],
           ["Fuchs", "Bauer", "Hahn", "Stein", "Winter", "Sommer", "Engel", "Glück", "Fröhlich", "Kaiser", "Zimmermann", "Weiß", "Brandt", "Schäfer"]),
    "AT": (["Leopold", "Johanna", "Severin", "Viktoria"], ["Hofer", "Eder", "Moser", "Auer", "Wimmer"]),
    "CH": (["Urs", "Regula", "Beat", "Nadine"], ["Keller", "Meier", "Brunner", "Baumann", "Frei"]),
    "FR": (["Pascale", "Aimée", "Désirée", "Céleste", "Gaëtan", "Anaïs", "Loïc", "Héloïse", "Benoît", "Océane"],
           ["Blanc", "Petit", "Boulanger", "Lefèvre", "Chevalier", "Bonheur", "Fabre", "Mercier", "Leroux", "Garnier"]),
    "BE": (["Wout", "Elise", "Lander", "Amélie"], ["Peeters", "Janssens", "Maes", "Claes", "Dubois"]),
    "ES": (["Sol", "Luz", "Dolores", "Consuelo", "Amparo", "Pilar", "Unai", "Iker", "Nerea", "Gonzalo"],
           ["Blanco", "Delgado", "Calvo", "Rubio", "Moreno", "Cano", "Lobo", "Prieto", "Gallardo", "Peña"]),
    "MX": (["Citlali", "Mateo", "Xóchitl", "Diego", "Paloma"], ["López", "Guzmán", "Salazar", "Villalobos", "Pacheco"]),
    "CO": (["Valentina", "Andrés Felipe", "Daniela", "Juan Pablo"], ["Restrepo", "Ospina", "Cárdenas", "Zapata"]),
    "AR": (["Agustina", "Facundo", "Milagros", "Thiago"], ["Fernández", "Sosa", "Acosta", "Medina"]),
    "IT": (["Allegra", "Felice", "Fortunato", "Speranza", "Matteo", "Chiara", "Lorenzo", "Sofia", "Edoardo", "Giorgia"],
           ["Bianchi", "Ricci", "Leone", "Gatti", "Colombo", "Fabbri", "Ferro", "Serra", "Fortuna", "Esposito", "Dell'Orto"]),
    "PT": (["Graça", "Duarte", "Inês", "Tiago", "Leonor"], ["Rocha", "Coelho", "Cordeiro", "Raposo", "Fonseca", "Sousa"]),
    "BR": (["Vitória", "Glória", "Caio", "Enzo", "Lorena", "Davi", "Mariana", "Bernardo"],
           ["Pereira", "Oliveira", "Souza", "Araújo", "Carvalho", "Gomes", "Martins", "Teixeira"]),
    "NL": (["Sanne", "Femke", "Bram", "Daan", "Joost", "Maarten", "Fleur", "Sem"],
           ["de Vries", "Visser", "Smit", "Mulder", "de Jong", "Koning", "Vos", "van den Berg", "Groen", "de Haan"]),
    "PL": (["Bogdan", "Radosław", "Agnieszka", "Małgorzata", "Zbigniew", "Dorota", "Krzysztof", "Grażyna"],
           ["Zając", "Sowa", "Wilk", "Lis", "Baran", "Mazur", "Nowak", "Kowal", "Wolska", "Dąbrowska"]),
    "CZ": (["Radek", "Zdeňka", "Jaroslav", "Hana"], ["Pokorný", "Marek", "Beneš", "Fiala"]),
    "SE": (["Astrid", "Gustav", "Ingrid", "Folke"], ["Strand", "Sundberg", "Ekström", "Forsberg"]),
    "NO": (["Ola", "Kari", "Solveig", "Håkon", "Ingrid", "Vetle", "Sigrid", "Eirin", "Torstein", "Synnøve"],
           ["Bakken", "Fjeld", "Haugland", "Lie", "Vik", "Moen", "Solberg", "Aas", "Nygård", "Sæther"]),
    "DK": (["Mette", "Lars", "Sten", "Bo", "Ulla", "Rasmus", "Signe", "Mads", "Ida", "Frederik", "Karen", "Søren"],
           ["Fisker", "Skov", "Lund", "Bager", "Dal", "Holm", "Nielsen", "Jensen", "Mølgaard", "Kjær", "Østergaard"]),
    "FI": (["Onni", "Aamu", "Tuuli", "Satu", "Ilmari", "Kaisa", "Lauri", "Helmi", "Väinö", "Sini"],
           ["Mäki", "Koski", "Järvi", "Laine", "Kivi", "Salo", "Lehtonen", "Heikkinen", "Saarinen", "Hämäläinen"]),
    "RO": (["Andrei", "Ioana", "Mihai", "Elena", "Florin", "Doina", "Radu", "Viorica", "Bogdan", "Speranța", "Crina", "Codruț"],
           ["Popescu", "Ionescu", "Lupu", "Ursu", "Munteanu", "Florea", "Stan", "Dumitru", "Vulpe", "Păun", "Moldovan", "Țurcan"]),
    "HU": (["Péter", "Réka", "Zoltán", "Boglárka", "Gábor", "Eszter", "Bence", "Zsófia", "Levente", "Csilla"],
           ["Nagy", "Kis", "Fekete", "Fehér", "Szabó", "Varga", "Tóth", "Kovács", "Balogh", "Molnár", "Farkas", "Szűcs"]),
    "TR": (["Deniz", "Bulut", "Barış", "Zeynep", "Emre", "Ayşe", "Su", "Çağla"], ["Demir", "Yıldız", "Aydın", "Çelik", "Kaya", "Doğan", "Aslan", "Kılıç"]),
    "NG": (["Ngozi", "Emeka", "Funmilayo", "Oluwaseun", "Blessing"], ["Okonkwo", "Balogun", "Nnamdi", "Adeyemi", "Ogunleye"]),
    "KE": (["Akinyi", "Kipchoge", "Njeri", "Baraka"], ["Wambui", "Ochieng", "Kariuki", "Chebet"]),
    "ZA": (["Zanele", "Bongani", "Annelie", "Pieter"], ["Khumalo", "Ndlovu", "du Plessis", "Pretorius"]),
    "PH": (["Maricel", "Jericho", "Lourdes", "Rodel", "Princess", "Marites"], ["Dimaculangan", "Macaraeg", "Dizon", "Soriano", "Aquino", "de los Santos"]),
    "MY": (["Nurul Huda", "Ahmad Faiz", "Farah", "Hafiz", "Aisyah", "Amirul"], ["Ismail", "Abdullah", "Hashim", "Yusof", "Rahman"]),
    "VN": (["Thị Mai", "Văn Hùng", "Minh Anh", "Quốc Bảo"], ["Nguyễn", "Trần", "Lê", "Phạm", "Vũ"]),
    "JP": (["Haruto", "Yuna", "Sota", "Mio", "Kaito"], ["Sato", "Takahashi", "Watanabe", "Ito", "Kobayashi"]),
    "CN": (["Yifan", "Xinyi", "Haoran", "Yutong"], ["Zhao", "Sun", "Wu", "Xu"]),
    "KR": (["Do-yun", "Ha-yoon", "Seo-jun", "Ji-woo"], ["Han", "Song", "Oh", "Shin"]),
    "IN": (["Aarav", "Ananya", "Ishaan", "Diya", "Kavya", "Arjun"], ["Iyer", "Reddy", "Nair", "Chatterjee", "Bhatt", "Menon"]),
}
# native-script lists: (given_native, family_native, given_latin, family_latin, female)
ARABIC = [("محمد", "العتيبي", "Mohammed", "Alotaibi", 0), ("أمل", "الحداد", "Amal", "Alhaddad", 1), ("نور", "الشمري", "Noor", "Alshammari", 1),
          ("سعيد", "القحطاني", "Saeed", "Alqahtani", 0), ("كريم", "المنصوري", "Kareem", "Almansoori", 0), ("فاطمة", "الزهراني", "Fatimah", "Alzahrani", 1),
          ("خالد", "الدوسري", "Khaled", "Aldosari", 0), ("ريم", "الغامدي", "Reem", "Alghamdi", 1), ("يوسف", "النجار", "Youssef", "Elnaggar", 0),
          ("هدى", "عبد الله", "Huda", "Abdullah", 1), ("عمر", "الشامسي", "Omar", "Alshamsi", 0), ("سلمى", "حسن", "Salma", "Hassan", 1)]
HEBREW = [("יוסי", "כהן", "Yossi", "Cohen", 0), ("שחר", "לוי", "Shahar", "Levi", 1), ("טל", "מזרחי", "Tal", "Mizrahi", 1), ("אורן", "פרץ", "Oren", "Peretz", 0),
          ("נועה", "ביטון", "Noa", "Biton", 1), ("איתי", "שמש", "Itai", "Shemesh", 0), ("מיכל", "אברהם", "Michal", "Avraham", 1), ("דוד", "פרידמן", "David", "Friedman", 0),
          ("שירה", "גולן", "Shira", "Golan", 1), ("אריאל", "זהבי", "Ariel", "Zehavi", 0), ("ים", "אוחיון", "Yam", "Ohayon", 0)]
UKRAINIAN = [("Олена", "Коваленко", "Olena", "Kovalenko", 1), ("Тарас", "Мельник", "Taras", "Melnyk", 0), ("Надія", "Бондар", "Nadiia", "Bondar", 1),
             ("Андрій", "Ткаченко", "Andrii", "Tkachenko", 0), ("Віра", "Шевчук", "Vira", "Shevchuk", 1), ("Богдан", "Коваль", "Bohdan", "Koval", 0),
             ("Оксана", "Кравченко", "Oksana", "Kravchenko", 1), ("Микола", "Ткач", "Mykola", "Tkach", 0), ("Любов", "Олійник", "Liubov", "Oliinyk", 1),
             ("Дмитро", "Бойко", "Dmytro", "Boiko", 0), ("Ірина", "Лисенко", "Iryna", "Lysenko", 1), ("Остап", "Гончар", "Ostap", "Honchar", 0)]
GREEK = [("Γιώργος", "Παπαδόπουλος", "Giorgos", "Papadopoulos", 0), ("Ελπίδα", "Νικολάου", "Elpida", "Nikolaou", 1), ("Άγγελος", "Βλάχος", "Angelos", "Vlachos", 0),
         ("Ειρήνη", "Γεωργίου", "Eirini", "Georgiou", 1), ("Δημήτρης", "Οικονόμου", "Dimitris", "Oikonomou", 0), ("Σοφία", "Παπαδοπούλου", "Sofia", "Papadopoulou", 1),
         ("Νίκος", "Ψαράς", "Nikos", "Psaras", 0), ("Μαρία", "Αλεξίου", "Maria", "Alexiou", 1), ("Κώστας", "Μάγειρας", "Kostas", "Mageiras", 0),
         ("Χαρά", "Καραγιάννη", "Chara", "Karagianni", 1)]
THAI = [("สมชาย", "ใจดี", "Somchai", "Jaidee", 0), ("สุดารัตน์", "ศรีสุข", "Sudarat", "Srisuk", 1), ("มะลิ", "วงศ์สวัสดิ์", "Mali", "Wongsawat", 1),
        ("ธนากร", "บุญมา", "Thanakorn", "Boonma", 0), ("ดวงใจ", "แสงทอง", "Duangjai", "Saengthong", 1), ("อนุชา", "รักไทย", "Anucha", "Rakthai", 0),
        ("ปิยะนุช", "สุขสมบูรณ์", "Piyanuch", "Suksomboon", 1), ("วีระ", "ทองดี", "Weera", "Thongdee", 0)]
NATIVE = {"SA": ARABIC, "AE": ARABIC, "EG": ARABIC, "IL": HEBREW, "UA": UKRAINIAN, "GR": GREEK, "TH": THAI}
FEMALE = {"Summer", "Faith", "Ivy", "Heather", "Holly", "Crystal", "Autumn", "Kayla", "Dakota", "Shelby", "Poppy", "Ruby", "Daisy", "Isla",
          "Saoirse", "Aoife", "Niamh", "Mackenzie", "Chloé", "Harper", "Matilda", "Heide", "Gisela", "Helga", "Anke", "Birgit", "Johanna",
          "Viktoria", "Regula", "Nadine", "Pascale", "Aimée", "Désirée", "Céleste", "Anaïs", "Héloïse", "Océane", "Elise", "Amélie", "Sol",
          "Luz", "Dolores", "Consuelo", "Amparo", "Pilar", "Nerea", "Citlali", "Xóchitl", "Paloma", "Valentina", "Daniela", "Agustina",
          "Milagros", "Allegra", "Speranza", "Chiara", "Sofia", "Giorgia", "Graça", "Inês", "Leonor", "Vitória", "Glória", "Lorena", "Mariana",
          "Sanne", "Femke", "Fleur", "Agnieszka", "Małgorzata", "Dorota", "Grażyna", "Zdeňka", "Hana", "Astrid", "Ingrid", "Kari", "Solveig",
          "Sigrid", "Eirin", "Synnøve", "Mette", "Ulla", "Signe", "Ida", "Karen", "Aamu", "Tuuli", "Satu", "Kaisa", "Helmi", "Sini", "Ioana",
          "Elena", "Doina", "Viorica", "Speranța", "Crina", "Réka", "Boglárka", "Eszter", "Zsófia", "Csilla", "Zeynep", "Ayşe", "Su", "Çağla",
          "Ngozi", "Funmilayo", "Blessing", "Akinyi", "Njeri", "Zanele", "Annelie", "Maricel", "Lourdes", "Princess", "Marites", "Nurul Huda",
          "Farah", "Aisyah", "Thị Mai", "Minh Anh", "Yuna", "Mio", "Xinyi", "Yutong", "Ha-yoon", "Ji-woo", "Ananya", "Diya", "Kavya", "Deniz"}

FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "đ": "d", "Đ": "D", "ı": "i", "æ": "ae", "Æ": "Ae", "'": "", "ț": "t", "ș": "s", "Ț": "T", "Ș": "S"})
def ascii_fold(s):
    s = s.translate(FOLD)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))

def rdate(y0, y1):
    d0 = datetime.date(y0, 1, 1).toordinal(); d1 = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(rint(d0, d1))

FAMILY_FIRST = ("CN", "KR", "VN", "HU")
class Person:
    def __init__(self, country=None):
        if country is None:
            country = ch(list(NAMES) + ["SA", "AE", "IL", "UA", "GR", "TH", "US", "US", "GB", "DE"])
        self.country = country
        self.native_given = self.native_family = None
        if country in NATIVE:
            gn, fn, gl, fl, fem = ch(NATIVE[country])
            self.native_given, self.native_family, self.given, self.family, self.female = gn, fn, gl, fl, bool(fem)
        else:
            gs, fs = NAMES[country]
            self.given, self.family = ch(gs), ch(fs)
            self.female = self.given in FEMALE
            if country == "PL":
                if self.female and self.family.endswith("ski"): self.family = self.family[:-1] + "a"
                if not self.female and self.family.endswith("ska"): self.family = self.family[:-1] + "i"
            if country == "CZ" and self.female:
                self.family = {"Pokorný": "Pokorná", "Marek": "Marková", "Beneš": "Benešová", "Fiala": "Fialová"}[self.family]
            if country == "MY":
                self.family = ("binti " if self.female else "bin ") + self.family
        self.middle = ch(["J.", "Ann", "Lee", None, None, None]) if country in ("US", "CA", "AU") else None
        self.dob = rdate(1944, 2006)
        self.sex = "F" if self.female else "M"

    @property
    def full(self):
        if self.country in FAMILY_FIRST: return f"{self.family} {self.given}"
        return f"{self.given} {self.family}"
    @property
    def western(self): return f"{self.given} {self.family}"
    @property
    def rev(self): return f"{self.family}, {self.given}"
    @property
    def native(self):
        if self.native_given: return f"{self.native_given} {self.native_family}"
        return self.full
    def any_name(self):
        opts = [(self.full, 6), (self.rev, 2), (self.full.upper(), 1), (f"{self.given[0]}. {self.family}", 1)]
        if self.middle: opts.append((f"{self.given} {self.middle} {self.family}", 1))
        return chw(opts)
    @property
    def gascii(self): return ascii_fold(self.given).lower().replace(" ", "").replace("-", "")
    @property
    def fascii(self):
        f = self.family.split(" ", 1)[1] if self.country == "MY" else self.family
        return ascii_fold(f).lower().replace(" ", "").replace("-", "")
    def username(self):
        """The person's login (memoized: one person, one login)."""
        if getattr(self, "_login", None): return self._login
        g, f = self.gascii, self.fascii
        self._login = chw([(f"{g[0]}{f}", 3), (f"{g}.{f}", 3), (f"{g}{rint(1, 99)}", 1), (f"{g}_{f[0]}", 1), (f"{f}{g[0]}", 1),
                    (f"{g}-{f}", 1), (f"{g}{f}", 1), (f"{f[:5]}{g[:2]}", 1)])
        return self._login
    def email(self, domain=None):
        """The person's mailbox at a domain (memoized per domain: one person, one address there)."""
        memo = self.__dict__.setdefault("_mail", {})
        if domain in memo: return memo[domain]
        g, f = self.gascii, self.fascii
        opts = [(f"{g}.{f}", 5), (f"{g[0]}{f}", 2), (f"{g}{rint(1, 99)}", 1), (f"{g}_{f}", 1), (f"{f}.{g}", 1), (f"{g[0]}.{f}{rint(70, 99)}", 1)]
        if domain is None: opts.append((f"{g}.{f}+{ch(['shop', 'promo', 'work'])}", 1))
        local = chw(opts)
        memo[domain] = f"{local}@{domain or email_domain(self.country)}"
        return memo[domain]

DOMAINS = {"US": ["gmail.com", "yahoo.com", "icloud.com", "example.com"], "GB": ["btinternet.com", "gmail.com", "example.co.uk"],
           "DE": ["web.de", "t-online.de", "example.de"], "FR": ["orange.fr", "free.fr", "laposte.net"], "ES": ["gmail.com", "telefonica.net"],
           "IT": ["libero.it", "virgilio.it"], "BR": ["uol.com.br", "bol.com.br"], "NL": ["ziggo.nl", "kpnmail.nl"], "PL": ["wp.pl", "interia.pl", "onet.pl"],
           "RO": ["yahoo.ro", "gmail.com"], "HU": ["freemail.hu", "citromail.hu", "gmail.com"], "DK": ["jubii.dk", "mail.dk", "gmail.com"],
           "NO": ["online.no", "gmail.com"], "FI": ["luukku.com", "gmail.com", "elisanet.fi"], "GR": ["otenet.gr", "yahoo.gr"], "UA": ["ukr.net", "i.ua", "gmail.com"],
           "IL": ["walla.co.il", "gmail.com"], "SA": ["hotmail.com", "gmail.com"], "AE": ["eim.ae", "gmail.com"], "TH": ["hotmail.co.th", "gmail.com"],
           "TR": ["hotmail.com", "gmail.com"], "JP": ["docomo.ne.jp", "gmail.com"], "MY": ["yahoo.com.my", "gmail.com"]}
def email_domain(c): return ch(DOMAINS.get(c, ["gmail.com", "example.org", "mail.example.net", "proton.me", "outlook.com"]))

MONTHS = {"en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
          "ar": ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
          "el": ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"],
          "he": ["בינואר", "בפברואר", "במרץ", "באפריל", "במאי", "ביוני", "ביולי", "באוגוסט", "בספטמבר", "באוקטובר", "בנובמבר", "בדצמבר"],
          "uk": ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"],
          "ro": ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie", "noiembrie", "decembrie"],
          "hu": ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember", "október", "november", "december"],
          "da": ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"],
          "no": ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"],
          "fi": ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"],
          "th": ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]}
AR_DIG = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")

def fdate(d, style):
    y, m, dd = d.year, d.month, d.day
    return {
        "iso": f"{y:04d}-{m:02d}-{dd:02d}", "us": f"{m:02d}/{dd:02d}/{y:04d}", "us_short": f"{m}/{dd}/{y}",
        "eu_slash": f"{dd:02d}/{m:02d}/{y:04d}", "eu_dot": f"{dd:02d}.{m:02d}.{y:04d}", "eu_dash": f"{dd:02d}-{m:02d}-{y:04d}",
        "compact": f"{y:04d}{m:02d}{dd:02d}", "en_long": f"{dd} {MONTHS['en'][m-1]} {y}", "en_us_long": f"{MONTHS['en'][m-1]} {dd}, {y}",
        "en_short": f"{dd} {MONTHS['en'][m-1][:3]} {y}",
        "ar_long": f"{dd} {MONTHS['ar'][m-1]} {y}", "ar_digits": f"{dd:02d}/{m:02d}/{y:04d}".translate(AR_DIG),
        "el_long": f"{dd} {MONTHS['el'][m-1]} {y}", "he_long": f"{dd} {MONTHS['he'][m-1]} {y}", "uk_long": f"{dd} {MONTHS['uk'][m-1]} {y} р.",
        "ro_long": f"{dd} {MONTHS['ro'][m-1]} {y}", "hu_long": f"{y}. {MONTHS['hu'][m-1]} {dd}.", "hu_dot": f"{y}.{m:02d}.{dd:02d}.",
        "da_long": f"{dd}. {MONTHS['da'][m-1]} {y}", "no_long": f"{dd}. {MONTHS['no'][m-1]} {y}", "fi_dot": f"{dd}.{m}.{y}",
        "fi_long": f"{dd}. {MONTHS['fi'][m-1]} {y}", "th_long": f"{dd} {MONTHS['th'][m-1]} {y + 543}", "th_slash": f"{dd:02d}/{m:02d}/{y + 543}",
    }[style]

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
    if cc == "NO": return no_account()
    if cc == "FI": b = ch(["1", "2", "3", "4", "5", "6", "8"]) + rdigits(12); return b + luhn_digit(b)
    if cc == "GR": return ch(["011", "014", "017", "026"]) + rdigits(4) + rdigits(16)
    if cc == "RO": return ch(["BTRL", "RNCB", "BRDE", "INGB", "BACX"]) + rdigits(16)
    if cc == "HU": g = hu_giro(True).replace("-", ""); return g if len(g) == 24 else g + "0" * 8
    if cc == "UA": return ch(["305299", "300335", "322001", "380805"]) + "00000" + ch(["2620", "2625"]) + rdigits(10)
    if cc == "IL": return ch(["010", "012", "020", "031"]) + rdigits(3) + rdigits(13)
    if cc == "SA": return ch(["80", "10", "45", "05"]) + rdigits(18)
    if cc == "AE": return ch(["033", "026", "035", "030"]) + rdigits(16)
    if cc == "PT": return rdigits(4) + rdigits(4) + rdigits(11) + rdigits(2)
    if cc == "IE": return ch(["AIBK", "BOFI"]) + rdigits(6) + rdigits(8)
    raise ValueError(cc)
IBAN_LEN = {"DE": 22, "GB": 22, "FR": 27, "ES": 24, "NL": 18, "AT": 20, "CH": 21, "IT": 27, "PL": 28, "SE": 24, "CZ": 24,
            "BE": 16, "DK": 18, "NO": 15, "FI": 18, "GR": 27, "RO": 24, "HU": 28, "UA": 29, "IL": 23, "SA": 24, "AE": 23, "PT": 25, "IE": 22}
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


# --- national ids of corpus C's countries (official check algorithms) ---
# Romania: CNP S YYMMDD JJ NNN C, control digit with the weights 279146358279 (mod 11, 10 -> 1)
CNP_W = [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]
def cnp(p):
    d = p.dob; s = (2 if p.female else 1) + (4 if d.year >= 2000 else 0)
    b = f"{s}{d.year % 100:02d}{d.month:02d}{d.day:02d}{ch(['40', '12', '13', '22', '35', '01', '32', '04', '26'])}{rint(1, 999):03d}"
    r = sum(int(x) * CNP_W[i] for i, x in enumerate(b)) % 11
    return b + str(1 if r == 10 else r)
def cnp_ok(s):
    if len(s) != 13 or not s.isdigit(): return False
    r = sum(int(x) * CNP_W[i] for i, x in enumerate(s[:12])) % 11
    return int(s[12]) == (1 if r == 10 else r)

# Hungary: TAJ number (9 digits, odd positions x3, even x7, mod 10) and adóazonosító jel (8 + days since 1867-01-01 + 3 + check)
def taj(fmt=None):
    b = str(rint(1, 9)) + rdigits(7)
    c = sum(int(x) * (3 if i % 2 == 0 else 7) for i, x in enumerate(b)) % 10
    s = b + str(c)
    return f"{s[:3]} {s[3:6]} {s[6:]}" if (fmt or ch(["space", "plain"])) == "space" else s
def taj_ok(s):
    s = s.replace(" ", "").replace("-", "")
    return len(s) == 9 and sum(int(x) * (3 if i % 2 == 0 else 7) for i, x in enumerate(s[:8])) % 10 == int(s[8])
def hu_adoazon(p):
    days = (p.dob - datetime.date(1867, 1, 1)).days
    while True:
        b = f"8{days:05d}{rdigits(3)}"; c = sum(int(x) * (i + 1) for i, x in enumerate(b)) % 11
        if c < 10: return b + str(c)
def hu_adoazon_ok(s): return len(s) == 10 and s[0] == "8" and sum(int(x) * (i + 1) for i, x in enumerate(s[:9])) % 11 == int(s[9])
# Hungarian giro account: 8-digit bank/branch block with its check digit, then 8 or 16 digits with a check digit (weights 9,7,3,1)
def _w9731(digits): return (10 - sum(int(x) * [9, 7, 3, 1][i % 4] for i, x in enumerate(digits)) % 10) % 10
def hu_giro(long=None):
    b1 = ch(["1177301", "1040002", "1160000", "1200100", "1091800"]); b1 += str(_w9731(b1))
    if long if long is not None else coin(0.5):
        r = rdigits(15); r += str(_w9731(r)); return f"{b1}-{r[:8]}-{r[8:]}"
    r = rdigits(7); r += str(_w9731(r)); return f"{b1}-{r}"
def hu_giro_ok(s):
    parts = s.split("-"); b1 = parts[0]; rest = "".join(parts[1:])
    return len(b1) == 8 and _w9731(b1[:7]) == int(b1[7]) and len(rest) in (8, 16) and _w9731(rest[:-1]) == int(rest[-1])

# Denmark: CPR DDMMYY-SSSS; generated so that the classic modulus-11 test holds; 7th digit by century, last digit odd for men
CPR_W = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]
def cpr(p, dash=None):
    d = p.dob
    while True:
        c7 = str(rint(0, 3)) if d.year < 2000 else ch("49")
        b = f"{d.day:02d}{d.month:02d}{d.year % 100:02d}{c7}{rdigits(2)}"
        last = (-sum(int(x) * CPR_W[i] for i, x in enumerate(b))) % 11
        if last < 10 and last % 2 == (0 if p.female else 1): break
    s = b + str(last)
    return f"{s[:6]}-{s[6:]}" if (dash if dash is not None else coin(0.75)) else s
def cpr_ok(s):
    s = s.replace("-", ""); return len(s) == 10 and sum(int(x) * CPR_W[i] for i, x in enumerate(s)) % 11 == 0

# Norway: fødselsnummer DDMMYY III K1 K2 (individual number 000-499 for 1900-1999, 500-999 for 2000-2039; 3rd digit even for women)
FNR_W1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]; FNR_W2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
def _mod11c(b, w):
    c = 11 - sum(int(x) * w[i] for i, x in enumerate(b)) % 11
    return 0 if c == 11 else c
def fnr(p):
    d = p.dob
    while True:
        i = rint(0, 499) if d.year < 2000 else rint(500, 999)
        if i % 2 != (0 if p.female else 1): continue
        b = f"{d.day:02d}{d.month:02d}{d.year % 100:02d}{i:03d}"
        k1 = _mod11c(b, FNR_W1)
        if k1 == 10: continue
        k2 = _mod11c(b + str(k1), FNR_W2)
        if k2 == 10: continue
        return b + str(k1) + str(k2)
def fnr_ok(s):
    s = s.replace(" ", "")
    if len(s) != 11: return False
    k1 = _mod11c(s[:9], FNR_W1); k2 = _mod11c(s[:10], FNR_W2)
    return k1 < 10 and k2 < 10 and k1 == int(s[9]) and k2 == int(s[10])
def no_account():
    while True:
        b = ch(["1503", "1506", "3000", "6011", "9710", "1254", "3201"]) + rdigits(6)
        c = _mod11c(b, FNR_W2)
        if c < 10: return b + str(c)
def no_account_ok(s): s = s.replace(".", "").replace(" ", ""); return len(s) == 11 and _mod11c(s[:10], FNR_W2) == int(s[10])

# Finland: henkilötunnus DDMMYYCZZZQ, century sign - (1900s) / A (2000s), ZZZ 002-899 odd for men, Q = mod 31 table
HETU_T = "0123456789ABCDEFHJKLMNPRSTUVWXY"
def hetu(p):
    d = p.dob
    while True:
        z = rint(2, 899)
        if z % 2 == (0 if p.female else 1): break
    b = f"{d.day:02d}{d.month:02d}{d.year % 100:02d}"
    return f"{b}{'-' if d.year < 2000 else 'A'}{z:03d}{HETU_T[int(b + f'{z:03d}') % 31]}"
def hetu_ok(s): return len(s) == 11 and s[6] in "-+AYXWVUBCDEF" and HETU_T[int(s[:6] + s[7:10]) % 31] == s[10]

# Greece: AMKA (DDMMYY + 4 digits + Luhn) and ΑΦΜ tax number (9 digits, powers of two mod 11 mod 10)
def amka(p):
    d = p.dob; b = f"{d.day:02d}{d.month:02d}{d.year % 100:02d}{rdigits(3)}{ch('02468') if p.female else ch('13579')}"
    return b + luhn_digit(b)
def amka_ok(s): return len(s) == 11 and luhn_ok(s, 11)
def afm():
    b = ch("01") + rdigits(7); return b + str(sum(int(x) * 2 ** (8 - i) for i, x in enumerate(b)) % 11 % 10)
def afm_ok(s): return len(s) == 9 and sum(int(x) * 2 ** (8 - i) for i, x in enumerate(s[:8])) % 11 % 10 == int(s[8])

# Israel: Teudat Zehut, 9 digits, check digit with alternating weights 1,2 (the Luhn scheme)
def teudat_zehut(): b = rdigits(8); b = str(rint(0, 3)) + b[1:]; return b + luhn_digit(b)
def tz_ok(s): return len(s) == 9 and luhn_ok(s, 9)

# Ukraine: RNOKPP (ІПН) - days since 31.12.1899, 3 serial digits, 9th digit odd for men, check with weights -1,5,7,9,4,6,10,5,7
UA_W = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
def rnokpp(p):
    days = (p.dob - datetime.date(1899, 12, 31)).days
    b = f"{days:05d}{rdigits(3)}{ch('02468') if p.female else ch('13579')}"
    return b + str(sum(int(x) * UA_W[i] for i, x in enumerate(b)) % 11 % 10)
def rnokpp_ok(s): return len(s) == 10 and sum(int(x) * UA_W[i] for i, x in enumerate(s[:9])) % 11 % 10 == int(s[9])

# Thailand: 13-digit citizen id, check = (11 - sum(d_i * (13 - i)) mod 11) mod 10
def th_id(fmt=None):
    b = str(rint(1, 8)) + rdigits(11); s = b + str((11 - sum(int(x) * (13 - i) for i, x in enumerate(b)) % 11) % 10)
    return f"{s[0]} {s[1:5]} {s[5:10]} {s[10:12]} {s[12]}" if (fmt or ch(["space", "dash", "plain"])) == "space" else \
        (f"{s[0]}-{s[1:5]}-{s[5:10]}-{s[10:12]}-{s[12]}" if fmt == "dash" or fmt is None and coin(0.5) else s)
def th_id_ok(s):
    s = s.replace(" ", "").replace("-", "")
    return len(s) == 13 and (11 - sum(int(x) * (13 - i) for i, x in enumerate(s[:12])) % 11) % 10 == int(s[12])

# Saudi Arabia: national id (1…) / iqama (2…), 10 digits with the Luhn check; UAE: Emirates ID 784-YYYY-NNNNNNN-C (Luhn)
def saudi_id(resident=False): b = ("2" if resident else "1") + rdigits(8); return b + luhn_digit(b)
def saudi_ok(s): return len(s) == 10 and s[0] in "12" and luhn_ok(s, 10)
def emirates_id(p, dash=True):
    b = f"784{p.dob.year}{rdigits(7)}"; s = b + luhn_digit(b)
    return f"{s[:3]}-{s[3:7]}-{s[7:14]}-{s[14]}" if dash else s
def emirates_ok(s): s = s.replace("-", ""); return len(s) == 15 and s.startswith("784") and luhn_ok(s, 15)
# Egypt: 14-digit national id (century digit, YYMMDD, governorate, serial with sex in the 13th digit, check digit): structure only
def egypt_id(p):
    d = p.dob; return f"{2 if d.year < 2000 else 3}{d.year % 100:02d}{d.month:02d}{d.day:02d}{ch(['01', '02', '21', '88'])}{rdigits(3)}{ch('02468') if p.female else ch('13579')}{rint(1, 9)}"
# Malaysia: MyKad YYMMDD-PB-###G (state code of birth, last digit odd for men): structure only
def mykad(p):
    d = p.dob; return f"{d.year % 100:02d}{d.month:02d}{d.day:02d}-{ch(['01', '05', '07', '08', '10', '14'])}-{rdigits(3)}{ch('02468') if p.female else ch('13579')}"

CHECKS.update({"cnp": cnp_ok, "taj": taj_ok, "huado": hu_adoazon_ok, "hugiro": hu_giro_ok, "cpr": cpr_ok, "fnr": fnr_ok, "noacc": no_account_ok,
               "hetu": hetu_ok, "amka": amka_ok, "afm": afm_ok, "tz": tz_ok, "rnokpp": rnokpp_ok, "thid": th_id_ok, "saudi": saudi_ok,
               "emirates": emirates_ok,
               # ids without a public check algorithm: validated by structure
               "egypt": lambda s: re.fullmatch(r"[23]\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{7}", s) is not None,
               "mykad": lambda s: re.fullmatch(r"\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])-\d{2}-\d{4}", s) is not None,
               "passport": lambda s: re.fullmatch(r"[A-Z][A-Z0-9]{8}", s) is not None,
               "nik": lambda s: re.fullmatch(r"\d{16}", s) is not None, "pan": lambda s: re.fullmatch(r"[A-Z]{5}\d{4}[A-Z]", s) is not None})

def natid(p):
    """A valid national id for a person's country, as a labeled value."""
    c = p.country
    if c == "US": return V("us_ssn", ssn(), "ssn")
    if c == "GB": return chw([(V("national_id", nino(), "nino"), 2), (V("national_id", nhs_number(), "nhs"), 1)])
    if c in ("DE", "AT"): return V("national_id", steuer_id(), "steuer")
    if c in ("FR", "BE"): return V("national_id", nir(p), "nir")
    if c == "ES": return V("national_id", chw([(dni(), 3), (nie(), 1)]), "dni")
    if c == "NL": return V("national_id", bsn(), "bsn")
    if c in ("BR", "PT"): return V("national_id", cpf(), "cpf")
    if c == "TR": return V("national_id", tckn(), "tckn")
    if c == "IN": return V("national_id", aadhaar(), "aadhaar")
    if c == "KR": return V("national_id", rrn(p), "rrn")
    if c == "PL": return V("national_id", pesel(p), "pesel")
    if c == "JP": return V("national_id", mynumber(), "mynumber")
    if c == "CN": return V("national_id", cn_id(p), "cnid")
    if c == "SE": return V("national_id", personnummer(p), "pnr")
    if c == "CZ": return V("national_id", rodne_cislo(p), "rc")
    if c == "RO": return V("national_id", cnp(p), "cnp")
    if c == "HU": return chw([(V("national_id", taj(), "taj"), 2), (V("national_id", hu_adoazon(p), "huado"), 1)])
    if c == "DK": return V("national_id", cpr(p), "cpr")
    if c == "NO": return V("national_id", fnr(p), "fnr")
    if c == "FI": return V("national_id", hetu(p), "hetu")
    if c == "GR": return chw([(V("national_id", amka(p), "amka"), 2), (V("national_id", afm(), "afm"), 1)])
    if c == "IL": return V("national_id", teudat_zehut(), "tz")
    if c == "UA": return V("national_id", rnokpp(p), "rnokpp")
    if c == "TH": return V("national_id", th_id(), "thid")
    if c == "SA": return V("national_id", saudi_id(), "saudi")
    if c == "AE": return V("national_id", emirates_id(p), "emirates")
    if c == "EG": return V("national_id", egypt_id(p), "egypt")
    if c == "MY": return V("national_id", mykad(p), "mykad")
    return V("national_id", ch(["C", "F", "G", "H"]) + ralnum(8, "CFGHJKLMNPRTVWXYZ0123456789"), "passport")  # passport-style

# ----------------------------------------------------------------------------------------------
PHONE_COUNTRIES = ["SA", "AE", "IL", "UA", "RO", "HU", "DK", "MY", "IE", "PT", "BE", "CH", "CA", "CO", "VN", "US", "GB", "AU", "DE", "AT", "FR", "ES", "MX", "IT", "BR", "NL", "PL", "CZ", "SE", "NO", "FI", "TR", "GR", "NG",
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
    if c == "SA":
        r = "5" + ch("0345689") + d(7)
        return {"nat": ch([f"0{r[:2]} {r[2:5]} {r[5:]}", f"0{r}"]), "intl": ch([f"+966 {r[:2]} {r[2:5]} {r[5:]}", f"00966{r}"]), "e164": f"+966{r}"}[st]
    if c == "AE":
        r = "5" + ch("024568") + d(7)
        return {"nat": f"0{r[:2]} {r[2:5]} {r[5:]}", "intl": ch([f"+971 {r[:2]} {r[2:5]} {r[5:]}", f"+971-{r[:2]}-{r[2:]}"]), "e164": f"+971{r}"}[st]
    if c == "IL":
        r = "5" + ch("023458") + d(7)
        return {"nat": ch([f"0{r[:2]}-{r[2:5]}-{r[5:]}", f"0{r[:2]}-{r[2:]}"]), "intl": ch([f"+972-{r[:2]}-{r[2:5]}-{r[5:]}", f"+972 {r[:2]} {r[2:5]} {r[5:]}"]), "e164": f"+972{r}"}[st]
    if c == "UA":
        r = ch(["50", "63", "66", "67", "68", "73", "93", "95", "96", "97", "98", "99"]) + d(7)
        return {"nat": ch([f"0{r[:2]} {r[2:5]} {r[5:7]} {r[7:]}", f"(0{r[:2]}) {r[2:5]}-{r[5:7]}-{r[7:]}"]), "intl": ch([f"+380 {r[:2]} {r[2:5]} {r[5:7]} {r[7:]}", f"+380 ({r[:2]}) {r[2:5]}-{r[5:7]}-{r[7:]}"]), "e164": f"+380{r}"}[st]
    if c == "RO":
        if coin(0.8):
            r = "7" + ch("2345678") + d(7)
            return {"nat": ch([f"0{r[:3]} {r[3:6]} {r[6:]}", f"0{r[:3]}.{r[3:6]}.{r[6:]}", f"0{r}"]), "intl": f"+40 {r[:3]} {r[3:6]} {r[6:]}", "e164": f"+40{r}"}[st]
        r = "21" + ch("23") + d(6)
        return {"nat": f"0{r[:2]} {r[2:5]} {r[5:]}", "intl": f"+40 {r[:2]} {r[2:5]} {r[5:]}", "e164": f"+40{r}"}[st]
    if c == "HU":
        if coin(0.8):
            a = ch(["20", "30", "31", "50", "70"]); r = str(rint(2, 9)) + d(6)
            return {"nat": ch([f"06 {a} {r[:3]} {r[3:]}", f"06-{a}-{r[:3]}-{r[3:]}", f"06{a}{r}"]), "intl": ch([f"+36 {a} {r[:3]} {r[3:]}", f"+36-{a}-{r}"]), "e164": f"+36{a}{r}"}[st]
        r = str(rint(2, 9)) + d(6)
        return {"nat": f"06 1 {r[:3]} {r[3:]}", "intl": f"+36 1 {r[:3]} {r[3:]}", "e164": f"+361{r}"}[st]
    if c == "DK":
        r = ch(["20", "21", "22", "26", "28", "30", "31", "40", "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "93"]) + d(6)
        g = f"{r[:2]} {r[2:4]} {r[4:6]} {r[6:]}"
        return {"nat": ch([g, r]), "intl": ch([f"+45 {g}", f"+45 {r}"]), "e164": f"+45{r}"}[st]
    if c == "MY":
        r = "1" + ch("0234679") + d(7)
        return {"nat": ch([f"0{r[:2]}-{r[2:5]} {r[5:]}", f"0{r[:2]}-{r[2:]}"]), "intl": f"+60 {r[:2]}-{r[2:5]} {r[5:]}", "e164": f"+60{r}"}[st]
    if c == "IE":
        r = "8" + ch("35679") + d(7)
        return {"nat": f"0{r[:2]} {r[2:5]} {r[5:]}", "intl": f"+353 {r[:2]} {r[2:5]} {r[5:]}", "e164": f"+353{r}"}[st]
    if c == "PT":
        r = "9" + ch("1236") + d(7)
        return {"nat": f"{r[:3]} {r[3:6]} {r[6:]}", "intl": f"+351 {r[:3]} {r[3:6]} {r[6:]}", "e164": f"+351{r}"}[st]
    if c == "BE":
        r = "4" + ch("789") + d(7)
        return {"nat": f"0{r[:3]} {r[3:5]} {r[5:7]} {r[7:]}", "intl": f"+32 {r[:3]} {r[3:5]} {r[5:7]} {r[7:]}", "e164": f"+32{r}"}[st]
    if c == "CH":
        r = "7" + ch("6789") + d(7)
        return {"nat": f"0{r[:2]} {r[2:5]} {r[5:7]} {r[7:]}", "intl": f"+41 {r[:2]} {r[2:5]} {r[5:7]} {r[7:]}", "e164": f"+41{r}"}[st]
    if c == "CA":
        return phone("US", st)
    if c == "CO":
        r = "3" + ch(["00", "01", "10", "13", "15", "20"]) + d(7)
        return {"nat": f"{r[:3]} {r[3:6]} {r[6:]}", "intl": f"+57 {r[:3]} {r[3:6]} {r[6:]}", "e164": f"+57{r}"}[st]
    if c == "VN":
        r = ch(["90", "91", "93", "98", "86", "70"]) + d(7)
        return {"nat": f"0{r[:2]} {r[2:5]} {r[5:]}", "intl": f"+84 {r[:2]} {r[2:5]} {r[5:]}", "e164": f"+84{r}"}[st]
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

# ----------------------------------------------------------------------------------------------
# Addresses -> (street_line, postcode, city, one_line), each in the country's own order and spelling
# ----------------------------------------------------------------------------------------------
ADDR_COUNTRIES = ["US", "GB", "IE", "CA", "AU", "DE", "AT", "CH", "FR", "BE", "ES", "IT", "PT", "NL", "PL", "BR", "MX", "RO", "HU", "DK", "NO",
                  "FI", "GR", "UA", "IL", "SA", "AE", "TH", "MY", "TR"]
def address(c=None):
    c = c if c in ADDR_COUNTRIES else (ch(ADDR_COUNTRIES) if c is None else "US")
    n = rint(1, 160)
    if c == "US":
        st = f"{rint(10, 9899)} {ch(['Sycamore', 'Cedar Hollow', 'Lakeshore', 'Elm', 'Hawthorne', 'Bluebonnet', 'Pinecrest', 'Quail Run'])} {ch(['St', 'Ave', 'Ln', 'Rd', 'Ct', 'Pkwy', 'Dr'])}"
        if coin(0.25): st += f" {ch(['Apt', 'Ste', '#'])} {rint(1, 40)}{ch(['', 'B'])}"
        city, pc = ch([("Madison, WI", "53703"), ("Spokane, WA", "99201"), ("Savannah, GA", "31401"), ("Tulsa, OK", "74103"), ("Burlington, VT", "05401")])
        return st, pc, city, f"{st}, {city} {pc}"
    if c == "CA":
        st = f"{rint(10, 4999)} {ch(['Rue Sherbrooke Ouest', 'Yonge Street', 'Granville Street', 'Jasper Avenue'])}"
        city, pc = ch([("Montréal QC", "H3A 1B9"), ("Toronto ON", "M4W 1A8"), ("Vancouver BC", "V6C 1T2"), ("Edmonton AB", "T5J 0N3")])
        return st, pc, city, f"{st}, {city} {pc}"
    if c in ("GB", "IE"):
        if c == "GB":
            st = f"{n} {ch(['Mill Lane', 'Station Road', 'Church Street', 'Victoria Road', 'The Crescent', 'Orchard Close'])}"
            city, pc = ch([("Leeds", "LS1 4AP"), ("Bristol", "BS1 5TR"), ("Norwich", "NR2 1TF"), ("Aberdeen", "AB10 1XJ")])
        else:
            st = f"{n} {ch(['Main Street', 'Bóthar na Trá', 'Patrick Street', 'Eyre Square'])}"
            city, pc = ch([("Galway", "H91 E2K3"), ("Cork", "T12 W8KD"), ("Dublin 2", "D02 X285")])
        return st, pc, city, f"{st}, {city} {pc}"
    if c == "AU":
        st = f"{ch(['Unit ' + str(rint(1, 30)) + '/', ''])}{n} {ch(['Flinders Street', 'Brunswick Street', 'Adelaide Terrace', 'Stirling Highway'])}"
        city, pc = ch([("Fitzroy VIC", "3065"), ("Perth WA", "6000"), ("Hobart TAS", "7000")])
        return st, pc, city, f"{st}, {city} {pc}"
    if c in ("DE", "AT", "CH"):
        st = f"{ch(['Am Sonnenhang', 'Bahnhofstraße', 'Schillerstraße', 'Hauptstraße', 'Goethestraße', 'Kirchgasse', 'Seestrasse'])} {n}{ch(['', '', 'b'])}"
        pc, city = {"DE": ch([("80331", "München"), ("50667", "Köln"), ("20095", "Hamburg"), ("90402", "Nürnberg")]), "AT": ch([("5020", "Salzburg"), ("6020", "Innsbruck")]),
                    "CH": ch([("8001", "Zürich"), ("3011", "Bern"), ("4051", "Basel")])}[c]
        return st, pc, city, f"{st}, {pc} {city}"
    if c in ("FR", "BE"):
        st = f"{n}{ch(['', ' bis'])} {ch(['rue de la République', 'boulevard Gambetta', 'rue Victor Hugo', 'avenue de la Gare', 'chemin des Vignes'])}"
        pc, city = ch([("69002", "Lyon"), ("13001", "Marseille"), ("31000", "Toulouse"), ("33000", "Bordeaux")]) if c == "FR" else ch([("1000", "Bruxelles"), ("4000", "Liège")])
        return st, pc, city, f"{st}, {pc} {city}"
    if c == "ES":
        st = f"{ch(['Calle Mayor', 'Avenida de la Constitución', 'Calle San Vicente', 'Rambla de Catalunya'])} {n}, {rint(1, 9)}º {ch(['izda.', 'dcha.', 'A', 'B'])}"
        pc, city = ch([("41001", "Sevilla"), ("46002", "Valencia"), ("48001", "Bilbao")])
        return st, pc, city, f"{st}, {pc} {city}"
    if c == "IT":
        st = f"{ch(['Via Roma', 'Corso Vittorio Emanuele II', 'Via Garibaldi', 'Piazza Dante'])} {n}{ch(['', '/A'])}"
        pc, city = ch([("40121", "Bologna (BO)"), ("50122", "Firenze (FI)"), ("80134", "Napoli (NA)")])
        return st, pc, city, f"{st}, {pc} {city}"
    if c == "PT":
        st = f"{ch(['Rua Augusta', 'Avenida da Liberdade', 'Rua de Santa Catarina'])} {n}, {rint(1, 6)}º {ch(['Esq.', 'Dto.'])}"
        pc, city = ch([("1100-048", "Lisboa"), ("4000-447", "Porto")])
        return st, pc, city, f"{st}, {pc} {city}"
    if c == "NL":
        st = f"{ch(['Kerkstraat', 'Dorpsstraat', 'Prinsengracht', 'Oudegracht', 'Stationsplein'])} {n}{ch(['', 'A', '-3'])}"
        pc, city = ch([("3511 AB", "Utrecht"), ("2611 HB", "Delft"), ("8011 CW", "Zwolle")])
        return st, pc, city, f"{st}, {pc} {city}"
    if c == "PL":
        st = f"ul. {ch(['Długa', 'Piotrkowska', 'Marszałkowska', 'Floriańska'])} {n}{ch(['', '/' + str(rint(1, 60))])}"
        pc, city = ch([("90-001", "Łódź"), ("00-001", "Warszawa"), ("31-019", "Kraków")])
        return st, pc, city, f"{st}, {pc} {city}"
    if c == "BR":
        st = f"{ch(['Rua Augusta', 'Av. Paulista', 'Rua XV de Novembro', 'Av. Sete de Setembro'])}, {rint(10, 3000)}{ch(['', ' - apto ' + str(rint(11, 180))])}"
        pc, city = ch([("01311-000", "São Paulo - SP"), ("80020-310", "Curitiba - PR"), ("40020-000", "Salvador - BA")])
        return st, pc, city, f"{st}, {city}, {pc}"
    if c == "MX":
        st = f"{ch(['Calle Madero', 'Av. Juárez', 'Calle 5 de Mayo'])} {rint(10, 900)}, Col. {ch(['Centro', 'Juárez', 'Narvarte'])}"
        pc, city = ch([("06000", "Cuauhtémoc, CDMX"), ("44100", "Guadalajara, Jal.")])
        return st, pc, city, f"{st}, {pc} {city}"
    if c == "RO":
        st = f"Str. {ch(['Victoriei', 'Mihai Eminescu', 'Republicii', 'Unirii'])} nr. {n}{ch(['', ', bl. A' + str(rint(1, 9)) + ', sc. 2, ap. ' + str(rint(1, 80))])}"
        pc, city = ch([("010061", "București, sector 1"), ("400001", "Cluj-Napoca"), ("300011", "Timișoara"), ("700259", "Iași")])
        return st, pc, city, f"{st}, {city}, {pc}"
    if c == "HU":
        st = f"{ch(['Kossuth Lajos utca', 'Petőfi Sándor utca', 'Andrássy út', 'Rákóczi út', 'Fő tér'])} {n}.{ch(['', ' 3. em. 5.', ' fszt. 2.'])}"
        pc, city = ch([("1051", "Budapest"), ("4024", "Debrecen"), ("6720", "Szeged"), ("7621", "Pécs")])
        return st, pc, city, f"{pc} {city}, {st}"
    if c == "DK":
        st = f"{ch(['Nørregade', 'Vestergade', 'Strandvejen', 'Åboulevarden', 'Skovvej'])} {n}{ch(['', ', 2. tv.', ', st. th.', ', 1.'])}"
        pc, city = ch([("1165", "København K"), ("8000", "Aarhus C"), ("5000", "Odense C"), ("9000", "Aalborg")])
        return st, pc, city, f"{st}, {pc} {city}"
    if c == "NO":
        st = f"{ch(['Storgata', 'Kirkegata', 'Bryggen', 'Olav Tryggvasons gate', 'Bakkegata'])} {n}{ch(['', 'B', ' H0201'])}"
        pc, city = ch([("0155", "Oslo"), ("5003", "Bergen"), ("7011", "Trondheim"), ("9008", "Tromsø")])
        return st, pc, city, f"{st}, {pc} {city}"
    if c == "FI":
        st = f"{ch(['Mannerheimintie', 'Hämeenkatu', 'Aleksanterinkatu', 'Kauppakatu', 'Koivukuja'])} {n}{ch(['', ' B 7', ' A 12'])}"
        pc, city = ch([("00100", "Helsinki"), ("33100", "Tampere"), ("20100", "Turku"), ("90100", "Oulu")])
        return st, pc, city, f"{st}, {pc} {city}"
    if c == "GR":
        st = f"{ch(['Οδός Ερμού', 'Λεωφόρος Κηφισίας', 'Οδός Εγνατίας', 'Οδός Πανεπιστημίου'])} {n}"
        pc, city = ch([("105 63", "Αθήνα"), ("546 22", "Θεσσαλονίκη"), ("262 21", "Πάτρα")])
        return st, pc, city, f"{st}, {pc} {city}"
    if c == "UA":
        st = f"{ch(['вул. Хрещатик', 'вул. Шевченка', 'просп. Свободи', 'вул. Січових Стрільців'])}, {n}{ch(['', ', кв. ' + str(rint(1, 200))])}"
        pc, city = ch([("01001", "Київ"), ("79000", "Львів"), ("65000", "Одеса"), ("61000", "Харків")])
        return st, pc, city, f"{st}, {city}, {pc}"
    if c == "IL":
        st = f"{ch(['רחוב הרצל', 'שדרות רוטשילד', 'רחוב יפו', 'רחוב ויצמן'])} {n}{ch(['', ', דירה ' + str(rint(1, 40))])}"
        pc, city = ch([("6688101", "תל אביב-יפו"), ("9414001", "ירושלים"), ("3303101", "חיפה")])
        return st, pc, city, f"{st}, {city} {pc}"
    if c == "SA":
        st = f"{ch(['شارع الملك فهد', 'طريق الأمير سلطان', 'شارع التحلية', 'شارع العليا العام'])}، {ch(['حي العليا', 'حي الروضة', 'حي النخيل'])}، مبنى {rint(1000, 9999)}"
        pc, city = ch([("12211", "الرياض"), ("23432", "جدة"), ("34211", "الدمام")])
        return st, pc, city, f"{st}، {city} {pc}"
    if c == "AE":
        st = f"فيلا {n}، {ch(['شارع الوصل', 'شارع الشيخ زايد', 'شارع الجميرا'])}"
        pc, city = ch([("", "دبي"), ("", "أبوظبي")])
        return st, pc, city, f"{st}، {city}"
    if c == "TH":
        st = f"{rint(1, 999)}/{rint(1, 99)} {ch(['ถนนสุขุมวิท', 'ถนนพหลโยธิน', 'ถนนเพชรบุรี', 'ถนนนิมมานเหมินท์'])} {ch(['แขวงคลองเตย เขตคลองเตย', 'แขวงสามเสนใน เขตพญาไท', 'ตำบลสุเทพ อำเภอเมืองเชียงใหม่'])}"
        pc, city = ch([("10110", "กรุงเทพมหานคร"), ("10400", "กรุงเทพมหานคร"), ("50200", "เชียงใหม่")])
        return st, pc, city, f"{st} {city} {pc}"
    if c == "MY":
        st = f"No. {n}, {ch(['Jalan Ampang', 'Jalan Tun Razak', 'Lorong Maarof', 'Jalan SS 2/24'])}"
        pc, city = ch([("50450", "Kuala Lumpur"), ("59000", "Kuala Lumpur"), ("47300", "Petaling Jaya, Selangor")])
        return st, pc, city, f"{st}, {pc} {city}"
    if c == "TR":
        st = f"{ch(['Atatürk Cad.', 'İstiklal Cad.', 'Cumhuriyet Mah. Gül Sok.'])} No: {n}{ch(['', ' D: ' + str(rint(1, 30))])}"
        pc, city = ch([("34433", "Beyoğlu/İstanbul"), ("06420", "Çankaya/Ankara"), ("35210", "Konak/İzmir")])
        return st, pc, city, f"{st}, {pc} {city}"
    return address("US")


# ----------------------------------------------------------------------------------------------
# Passwords and secrets
# ----------------------------------------------------------------------------------------------
PW_POOL = ["Herbst2024!", "Autumn#24", "Zima2023?", "Passw0rd!", "Letmein#2024", "Dragon$77", "Sunshine_99", "monkey123!",
           "Qwerty#2024", "P@ssword1", "Welcome1!", "Hej;hopp(3)", "Jaro2024#", "пароль2024", "Пароль!2024", "密码123456a",
           "비밀번호1234!", "Rahasia2024!", "Heslo;123", "Lösenord#7", "my dog is 9 (and loud)", "red sun; blue moon", "it's 4:20!",
           'quote"me"7', "semi;colon;2", "(Paren)+9", "Tab\\Back9", "100%Legit", "a&b<c>d", "Š¥ř#2024", "Nástup(12)",
           "Grüße!2024", "Contraseña9", "Kärlek#99", "Sommar;2024", "Mật khẩu 9", "पासवर्ड123", "swordfish", "trustno1!", "Tigger=2024",
           "Parola2025!", "Jelszó#99", "Adgangskode1!", "Salasana!23", "Κωδικός2025", "סיסמה123!", "كلمة_السر9", "รหัสผ่าน2568", "Пароль_2025",
           "Vinter;2025", "Hyvää2025?", "Tavasz(7)", "Mamaliga+9", "Kaffe&kage3", "Sisu=2025", "hunter2", "correct horse battery 7"]
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
def plaid_token(kind="access"): return f"{kind}-production-{uuid4()}"
def paypal_secret(): return "E" + ralnum(79, URLCH)
def cf_token(): return ralnum(40, URLCH)
def azure_key(): return rb64(64)
def google_secret(): return "GOCSPX-" + ralnum(28, URLCH)
def twilio_sk(): return "SK" + rhex(32)
def whsec(): return "whsec_" + ralnum(32)
def vsecret(v=None): return V("secret", v if v is not None else api_key())
def session_id(): return chw([(rhex(32), 3), (rb64(24, True, False), 2), (ralnum(32, UPPER_DIG), 2), (ralnum(26, LOWER_DIG), 1)])
def bcrypt_hash(): return f"$2{ch('aby')}$12$" + ralnum(53, string.ascii_letters + string.digits + "./")

def jwt_token(p=None, alg=None, claims=None):
    alg = alg or ch(["HS256", "RS256", "ES256"])
    hdr = {"alg": alg, "typ": "JWT"}
    if alg != "HS256": hdr["kid"] = rhex(16)
    p = p or Person()
    now = 1742169600 + rint(0, 400000)
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
             "ec2-user", "admin", "deploy", "ansible", "svc_backup", "systemd-network", "svc-etl", "airflow", "guest", "rabbitmq"]
def trace_id(): return rhex(32)
def sha256(): return rhex(64)
def gitsha(n=40): return rhex(n)
def version(): return ch([f"{rint(0, 9)}.{rint(0, 30)}.{rint(0, 20)}", f"v{rint(1, 3)}.{rint(0, 30)}.{rint(0, 9)}", f"{rint(1, 20)}.{rint(0, 9)}"])
def host(): return ch(["web-01", "web-02", "app-3.prod.internal", "edge-fra-1", "mx2.example.net", "vpn-gw-1", "db-replica-2",
                       "api-gw", "build-agent-4", "lb-01", "k8s-node-7"])
def epoch(): return 1742169600 + rint(0, 432000)
def epoch_ms(): return epoch() * 1000 + rint(0, 999)
def ts_event():
    return datetime.datetime(2025, 3, 17, 0, 0, 0) + datetime.timedelta(seconds=rint(0, 5 * 86400), microseconds=rint(0, 999999))
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

def produce(n, lab, dec, dfrac=0.35):
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
def fmt(name, spec, labeled, decoys, n=(54, 68)):
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
# FORMATS.  Each fmt_<name>(n) -> list of lines; the @fmt registry carries the notes for FORMATS-C.md.
# ==============================================================================================
def mkj(tpl, *parts):
    """A line whose JSON part (from its first '{') must parse: marked for the self-test."""
    d = mk(tpl, *parts); d["_json"] = True; return d
def q(s, safe=""): return urllib.parse.quote(s, safe=safe)
def qp(s): return urllib.parse.quote_plus(s)
def human(p, domain=None):
    """A person's login: an e-mail address (email) or a username, labeled by what it is."""
    return vemail(p, domain) if coin(0.4) else vuser(p.username())
def url_pii(p=None, enc=q):
    """A request target carrying personal data in its path or query (values URL-encoded as a client sends them)."""
    p = p or P()
    return chw([
        (["/account/confirm?email=", V("email", enc(p.email())), f"&lang={ch(['da', 'fi', 'ro', 'hu', 'en'])}"], 3),
        (["/api/v3/customers/", vuid(rint(10000, 99999999)), f"/invoices?limit={rint(5, 50)}"], 3),
        (["/signin?user=", vuser(p.username()), "&pass=", V("password", enc(pw()))], 1),
        (["/auth/callback?code=", V("secret", ralnum(40, URLCH)), f"&state={rhex(20)}"], 1),
        (["/export/statement?token=", vjwt(p)], 1),
        (["/notify/sms?msisdn=", V("phone", enc(phone(style="e164")))], 2),
        (["/search?name=", vname(qp(p.western)), "&scope=customers"], 1),
        (["/password/reset/", V("secret", rb64(24, url=True, pad=False))], 1),
        (["/api/v1/patients?family=", vname(enc(p.family)), "&birthdate=", vdob(p.dob, "iso")], 1),
        (["/newsletter/unsubscribe/", V("email", enc(p.email(), safe="@"))], 1),
        (["/api/lookup?ip=", vip4()], 1)])
def url_plain():
    return ch(["/", "/assets/app.3b9c1d.js", "/favicon.ico", "/api/v3/catalog?page=2&sort=name", "/health", "/robots.txt", "/img/spring-sale.avif",
               "/api/v3/basket", "/checkout/shipping", "/sitemap.xml", f"/orders/{rint(100000, 999999)}/status", "/css/site.min.css", "/ws/notifications"])
def referer(p=None):
    return chw([("-", 5), ("https://www.bing.com/", 1), ("https://duckduckgo.com/", 1), (["https://shop.example.com/account?email=", V("email", q((p or P()).email()))], 1),
                ("https://shop.example.com/basket", 2)])
def win_user(p, dom=None):
    """Windows account as DOMAIN\\user: only the account name is labeled (the NetBIOS domain names the organisation)."""
    return [f"{dom or ch(['CONTOSO', 'FABRIKAM', 'NORTHWIND'])}\\", vuser(p.username())]

# ---------------------------------------------------------------------------------------------- IIS W3C
IIS_FIELDS = "#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken"
@fmt("iis", "Microsoft IIS W3C Extended Log File Format (directives #Software/#Version/#Date/#Fields; the default field set date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken; '+' for spaces, '-' for empty fields; X-Forwarded-For as a custom field) and the HTTP.sys HTTPERR log (date time c-ip c-port s-ip s-port cs-version cs-method cs-uri streamid sc-status s-siteid s-reason s-queuename)",
     "c-ip (ipv4/ipv6), s-ip (every IPv4), cs-username: DOMAIN\\user (the account name, username), UPNs (email), basic-auth users (username); PII in cs-uri-query/cs-uri-stem and cs(Referer) (URL-encoded emails/phones, ids, tokens, passwords), X-Forwarded-For custom field; HTTPERR client addresses and request URIs",
     "#Software/#Version/#Date/#Fields directives, loopback health probes (127.0.0.1, ::1) with '-' user, substatus/win32 status codes, time-taken, user agents with '+', HTTPERR Timer_ConnectionIdle/Timer_MinBytesPerSecond lines from loopback, site ids and queue names")
def fmt_iis(n):
    def ua_plus(): return ua().replace(" ", "+")
    def access():
        p = P(); t = ts_event()
        target = url_pii(p) if coin(0.55) else url_plain()
        flat = _flat([target], [])
        # split the first plain '?' into cs-uri-stem and cs-uri-query
        stem, query, seen = [], [], False
        for x in flat:
            if not seen and isinstance(x, str) and "?" in x:
                a, b = x.split("?", 1); stem.append(a); query.append(b); seen = True
            elif seen: query.append(x)
            else: stem.append(x)
        if not query or query == [""]: query = ["-"]
        user = chw([("-", 4), (win_user(p), 3), (vemail(p, ch(["contoso.com", "fabrikam.com"])), 1), (vuser(p.username()), 1)])
        status = "401" if user == "-" and coin(0.2) else ch(["200", "200", "200", "302", "304", "404", "500"])
        sub = {"401": ch(["2", "1"]), "500": ch(["0", "19"])}.get(status, "0")
        sip = vpriv4()
        parts = [t.strftime("%Y-%m-%d %H:%M:%S"), " ", sip, f" {ch(['GET', 'GET', 'POST', 'PUT'])} ", stem, " ", query, f" {ch(['443', '443', '80'])} ", user, " ", vip(0.2), " ", ua_plus(), " ", referer(p), f" {status} {sub} {ch(['0', '0', '64', '1236'])} {rint(1, 4000)}"]
        if coin(0.25): parts += [" ", ch([[vip4()], [vip4(), ",+", vpriv4()]])]
        return mk("iis/w3c", parts)
    def httperr():
        p = P(); t = ts_event()
        target = url_pii(p) if coin(0.7) else url_plain()
        return mk("iis/httperr", t.strftime("%Y-%m-%d %H:%M:%S"), " ", vip(0.2), f" {rint(1024, 65535)} ", vpriv4(), f" 443 HTTP/1.1 {ch(['GET', 'POST'])} ", target,
                  f" - {ch(['400', '400', '503', '404'])} {ch(['-', '2'])} {ch(['BadRequest', 'Hostname', 'URL', 'AppOffline', 'Verb'])} {ch(['-', 'DefaultAppPool'])}")
    def d_dir():
        t = ts_event()
        return [mk("iis/w3c", x) for x in ["#Software: Microsoft Internet Information Services 10.0", "#Version: 1.0", f"#Date: {t.strftime('%Y-%m-%d %H:%M:%S')}", IIS_FIELDS]][rint(0, 2):]
    def d_probe():
        t = ts_event()
        return ch([lambda: mk("iis/w3c", t.strftime("%Y-%m-%d %H:%M:%S"), f" {ch(['::1', '127.0.0.1'])} GET {ch(['/health', '/iisstart.htm', '/api/ping', '/warmup'])} - {ch(['80', '443'])} - {ch(['::1', '127.0.0.1'])} {ch(['ReadyCheck', 'Site24x7', 'IIS+Application+Initialization+Warmup', 'Mozilla/5.0+(compatible;+MSIE+9.0)'])} - 200 0 0 {rint(0, 40)}"),
                   lambda: mk("iis/httperr", t.strftime("%Y-%m-%d %H:%M:%S"), f" 127.0.0.1 {rint(1024, 65535)} 127.0.0.1 80 HTTP/1.1 GET /ready - - 1 {ch(['Timer_ConnectionIdle', 'Timer_MinBytesPerSecond', 'Connection_Dropped'])} -")])()
    return produce(n, [(access, 4), (httperr, 1)], [(d_dir, 1), (d_probe, 2)])

# ---------------------------------------------------------------------------------------------- Cloudflare Logpush
@fmt("cloudflare", "Cloudflare Logpush datasets: http_requests (ClientIP, ClientRequestHost, ClientRequestMethod, ClientRequestURI, ClientRequestReferer, ClientRequestUserAgent, ClientCountry, ClientASN, EdgeStartTimestamp, EdgeResponseStatus, EdgeResponseBytes, OriginIP, CacheCacheStatus, RayID, BotScore, WAFAttackScore, SecurityAction, custom fields RequestHeaders/Cookies), firewall_events (Action, ClientIP, ClientRequestHost, ClientRequestPath, ClientRequestQuery, Datetime, RayID, RuleID, Source, Kind), workers_trace_events (Outcome, ScriptName, Event.Request, Logs[].Message, Exceptions), audit logs (actor.email, actor.ip) as NDJSON",
     "ClientIP (ipv4/ipv6), OriginIP (every IPv4), PII in ClientRequestURI / ClientRequestQuery / ClientRequestReferer (URL-encoded), custom-field request headers x-user-email (email) and authorization (jwt), cookies (secret), Worker console messages with emails/phones, audit actor e-mails and IPs",
     "workers_trace_events without personal data (cache, KV and fetch messages), Logpush job status objects, RayIDs, ASNs, country codes, bot/WAF scores, cache statuses, EdgeStartTimestamp nanoseconds")
def fmt_cloudflare(n):
    host_ = lambda: ch(["shop.example.com", "api.example.com", "www.example.org"])
    def http():
        p = P(); target = url_pii(p) if coin(0.6) else url_plain()
        o = {"ClientIP": vip(0.3), "ClientRequestHost": host_(), "ClientRequestMethod": ch(["GET", "GET", "POST"]), "ClientRequestURI": S([target]),
             "ClientRequestReferer": S([referer(p)]) if coin(0.5) else "", "ClientRequestUserAgent": ua(), "ClientCountry": ch(["dk", "fi", "ro", "hu", "gr", "il", "th", "us"]),
             "ClientASN": rint(1000, 65000), "EdgeStartTimestamp": epoch() * 10**9 + rint(0, 10**9 - 1), "EdgeResponseStatus": ch([200, 200, 301, 403, 404]),
             "EdgeResponseBytes": rint(200, 90000), "CacheCacheStatus": ch(["hit", "miss", "dynamic", "expired"]), "OriginIP": vip4() if coin(0.7) else "",
             "RayID": rhex(16), "BotScore": rint(1, 99), "WAFAttackScore": rint(1, 99), "SecurityAction": ch(["", "", "managedChallenge", "block"])}
        if coin(0.4):
            hd = {}
            if coin(0.6): hd["x-user-email"] = vemail(p)
            if coin(0.5): hd["authorization"] = S(["Bearer ", vjwt(p)])
            hd["accept-language"] = ch(["da-DK", "fi-FI,fi;q=0.9", "ro-RO", "hu-HU", "el-GR"])
            o["RequestHeaders"] = hd
        if coin(0.3): o["Cookies"] = {"__session": vsecret(session_id()), "cf_clearance": ""}
        return mkj("cloudflare/http_requests", J(o))
    def fw():
        p = P(); target = url_pii(p)
        flat = _flat([target], []); path, query = [], []; seen = False
        for x in flat:
            if not seen and isinstance(x, str) and "?" in x: a, b = x.split("?", 1); path.append(a); query.append("?" + b); seen = True
            elif seen: query.append(x)
            else: path.append(x)
        o = {"Action": ch(["block", "managed_challenge", "log"]), "ClientIP": vip(0.3), "ClientRequestHost": host_(), "ClientRequestMethod": "GET",
             "ClientRequestPath": S(path), "ClientRequestQuery": S(query), "Datetime": iso_ts(frac=0), "RayID": rhex(16), "RuleID": rhex(32), "Source": ch(["waf", "firewallrules", "ratelimit"]), "Kind": "firewall"}
        return mkj("cloudflare/firewall_events", J(o))
    def worker():
        p = P()
        msg = ch([S(["signup ok for ", vemail(p)]), S(["sms sent to ", pphone(p, "e164")]), S(["lookup failed for customer ", vuid(rint(10000, 999999)), " (", vname(p.western), ")"])])
        o = {"DispatchNamespace": "", "Event": {"RayID": rhex(16), "Request": {"URL": f"https://{host_()}/api/signup", "Method": "POST"}, "Response": {"status": 200}},
             "EventTimestampMs": epoch_ms(), "EventType": "fetch", "Exceptions": [], "Logs": [{"Level": "log", "Message": [msg], "TimestampMs": epoch_ms()}], "Outcome": "ok", "ScriptName": "signup-worker"}
        return mkj("cloudflare/workers_trace", J(o))
    def audit():
        p = P()
        o = {"action": {"info": ch(["login", "purge_everything", "rec_set"]), "result": True, "type": ch(["login", "purge", "rec_set"])}, "actor": {"email": vemail(p, "example.com"), "id": rhex(32), "ip": vip(0.3), "type": "user"},
             "id": uuid4(), "interface": "UI", "newValue": "", "oldValue": "", "owner": {"id": rhex(32)}, "resource": {"id": rhex(32), "type": "zone"}, "when": iso_ts()}
        return mkj("cloudflare/audit", J(o))
    def d_worker():
        o = {"Event": {"RayID": rhex(16), "Request": {"URL": f"https://{host_()}{url_plain()}", "Method": "GET"}, "Response": {"status": ch([200, 304])}}, "EventTimestampMs": epoch_ms(), "EventType": "fetch", "Exceptions": [],
             "Logs": [{"Level": ch(["log", "info", "warn"]), "Message": [ch(["cache miss, fetching from origin", f"KV read took {rint(1, 90)}ms", "rendering product list", "stale-while-revalidate hit"])], "TimestampMs": epoch_ms()}], "Outcome": ch(["ok", "ok", "exceededCpu"]), "ScriptName": ch(["edge-cache", "image-resizer"])}
        return mkj("cloudflare/workers_trace", J(o))
    def d_job():
        o = {"id": rint(100000, 999999), "dataset": ch(["http_requests", "firewall_events", "workers_trace_events"]), "enabled": True, "name": ch(["siem-export", "r2-archive"]),
             "logpull_options": "fields=ClientIP,ClientRequestHost,ClientRequestURI,EdgeResponseStatus,RayID&timestamps=rfc3339", "destination_conf": "r2://logs-archive/{DATE}?account-id=" + rhex(32),
             "last_complete": iso_ts(frac=0), "last_error": None, "error_message": None, "frequency": "high"}
        return mkj("cloudflare/job", J(o))
    return produce(n, [(http, 5), (fw, 2), (worker, 1), (audit, 1)], [(d_worker, 2), (d_job, 1)])

# ---------------------------------------------------------------------------------------------- Traefik
@fmt("traefik", "Traefik Proxy access logs (JSON format fields ClientAddr, ClientHost, ClientPort, ClientUsername, DownstreamContentSize, DownstreamStatus, Duration, OriginStatus, RequestAddr, RequestHost, RequestMethod, RequestPath, RequestProtocol, RequestScheme, RouterName, ServiceAddr, ServiceName, ServiceURL, StartUTC, entryPointName, request_<Header>/downstream_<Header> with fields.headers.defaultMode keep; the CLF format with request count, router name, server URL and duration) and the Traefik server log (level, msg, providerName, routerName, entryPointName, error)",
     "ClientAddr/ClientHost (ipv4/ipv6), ClientUsername of basicAuth users (username), ServiceAddr/ServiceURL backends (every IPv4), PII in RequestPath (URL-encoded), request_X-Forwarded-For (ip), request_Authorization Bearer JWTs (jwt), request_Cookie session values (secret), X-Forwarded-User e-mails (email)",
     "server log lines (configuration loaded, provider errors, ACME certificate renewals, entrypoint startup), internal /ping and api@internal requests from loopback, durations in ns, router/service names, '-' users")
def fmt_traefik(n):
    def js():
        p = P(); ch_ = vip(0.25); port = rint(1024, 65535); backend = vpriv4(); bp = ch([8080, 3000, 80, 9000])
        target = url_pii(p) if coin(0.55) else url_plain(); t = ts_event()
        o = {"ClientAddr": S([ch_, f":{port}"]) if ch_.kind == "ipv4" else S(["[", ch_, f"]:{port}"]), "ClientHost": ch_, "ClientPort": str(port),
             "ClientUsername": vuser(p.username()) if coin(0.25) else "-", "DownstreamContentSize": rint(0, 50000), "DownstreamStatus": ch([200, 200, 302, 401, 404, 502]),
             "Duration": rint(100000, 900000000), "OriginContentSize": rint(0, 50000), "OriginDuration": rint(100000, 800000000), "OriginStatus": 200, "Overhead": rint(10000, 900000),
             "RequestAddr": "shop.example.com", "RequestContentSize": 0, "RequestCount": rint(1, 99999), "RequestHost": "shop.example.com", "RequestMethod": ch(["GET", "POST"]),
             "RequestPath": S([target]), "RequestPort": "-", "RequestProtocol": "HTTP/2.0", "RequestScheme": "https", "RetryAttempts": 0, "RouterName": "shop@docker",
             "ServiceAddr": S([backend, f":{bp}"]), "ServiceName": "shop@docker", "ServiceURL": S(["http://", backend, f":{bp}"]), "StartLocal": iso_ts(t, 6, "+01:00"), "StartUTC": iso_ts(t, 6),
             "entryPointName": "websecure", "level": "info", "msg": "", "time": iso_ts(t, 0)}
        if coin(0.5): o["request_X-Forwarded-For"] = S([vip4(), ", ", vpriv4()]) if coin(0.4) else vip4()
        if coin(0.35): o["request_Authorization"] = S(["Bearer ", vjwt(p)])
        if coin(0.25): o["request_Cookie"] = S(["sid=", vsecret(session_id()), "; theme=dark"])
        if coin(0.2): o["request_X-Forwarded-User"] = vemail(p)
        return mkj("traefik/json", J(o))
    def clf():
        p = P(); target = url_pii(p) if coin(0.6) else url_plain(); backend = vpriv4()
        user = vuser(p.username()) if coin(0.3) else "-"
        return mk("traefik/clf", vip(0.2), " - ", user, f" [{clf_ts()}] \"{ch(['GET', 'POST'])} ", target, f" HTTP/2.0\" {ch([200, 200, 404, 401])} {rint(100, 40000)} \"", referer(p), f"\" \"{ua()}\" {rint(1, 99999)} \"{ch(['shop@docker', 'api@file'])}\" \"http://", backend, f":{ch([8080, 3000])}\" {rint(1, 900)}ms")
    def d_srv():
        t = ts_event()
        msgs = ["Configuration loaded from flags.", "Traefik version 3.3.4 built on 2025-02-25T10:11:01Z", "Starting provider *docker.Provider", "Starting provider aggregator aggregator.ProviderAggregator",
                "Stats collection is enabled.", "Testing certificate renew...", "Adding route for shop.example.com with TLS options default", "Cannot start the provider *file.Provider: error reading configuration file: open /etc/traefik/dynamic.yml: no such file or directory"]
        if coin(0.5): return mk("traefik/server", f"time=\"{iso_ts(t, 0, '+01:00')}\" level={ch(['info', 'info', 'warning', 'error'])} msg=\"{ch(msgs)}\"")
        return mkj("traefik/server", J({"level": ch(["info", "debug", "error"]), "providerName": ch(["docker", "file", "letsencrypt.acme"]), "time": iso_ts(t, 0, "+01:00"), "message": ch(msgs)}))
    def d_ping():
        return mk("traefik/clf", f"127.0.0.1 - - [{clf_ts()}] \"GET {ch(['/ping', '/api/rawdata', '/metrics'])} HTTP/1.1\" 200 {rint(2, 9000)} \"-\" \"{ch(['Go-http-client/1.1', 'Prometheus/3.2.1', 'traefik healthcheck'])}\" {rint(1, 99999)} \"{ch(['ping@internal', 'api@internal', 'prometheus@internal'])}\" \"-\" 0ms")
    return produce(n, [(js, 3), (clf, 2)], [(d_srv, 2), (d_ping, 1)])

# ---------------------------------------------------------------------------------------------- Caddy
@fmt("caddy", "Caddy 2 structured logging: http.log.access JSON entries (level, ts, logger, msg 'handled request', request{remote_ip, remote_port, client_ip, proto, method, host, uri, headers{…}, tls{resumed, version, cipher_suite, proto, server_name}}, bytes_read, user_id, duration, size, status, resp_headers) with the default redaction of Cookie/Authorization/Set-Cookie ('REDACTED') and with log_credentials on; http.log.error and reverse_proxy dial errors; tls/admin/runtime messages",
     "request.remote_ip / client_ip (ipv4/ipv6), user_id of basic_auth users (username), PII in request.uri (URL-encoded), headers X-Forwarded-For (ip), X-Customer-Email (email), Authorization/Cookie values when log_credentials is on (jwt/secret), upstream dial addresses (every IPv4)",
     "'REDACTED' header values, tls.obtain / tls.cache.maintenance / admin / http.auto_https messages, server_name, cipher suite numbers, duration/size, resp_headers, loopback health probes, empty user_id")
def fmt_caddy(n):
    def acc():
        p = P(); ip = vip(0.25); target = url_pii(p) if coin(0.55) else url_plain(); creds = coin(0.3)
        hd = {"User-Agent": [ua()], "Accept": ["*/*"], "Accept-Encoding": ["gzip, br"]}
        if coin(0.4): hd["X-Forwarded-For"] = [vip4()]
        if coin(0.25): hd["X-Customer-Email"] = [vemail(p)]
        if coin(0.5): hd["Authorization"] = [S(["Bearer ", vjwt(p)])] if creds else ["REDACTED"]
        if coin(0.4): hd["Cookie"] = [S(["caddy_session=", vsecret(session_id())])] if creds else ["REDACTED"]
        o = {"level": "info", "ts": epoch() + R.random(), "logger": "http.log.access.log0", "msg": "handled request",
             "request": {"remote_ip": ip, "remote_port": str(rint(1024, 65535)), "client_ip": ip, "proto": "HTTP/2.0", "method": ch(["GET", "POST"]), "host": "shop.example.com", "uri": S([target]),
                         "headers": hd, "tls": {"resumed": False, "version": 772, "cipher_suite": 4865, "proto": "h2", "server_name": "shop.example.com"}},
             "bytes_read": rint(0, 900), "user_id": vuser(p.username()) if coin(0.25) else "", "duration": R.random() / 10, "size": rint(100, 90000), "status": ch([200, 200, 304, 404, 401]),
             "resp_headers": {"Server": ["Caddy"], "Content-Type": ["text/html; charset=utf-8"], "Set-Cookie": ["REDACTED"] if coin(0.2) else None}}
        if o["resp_headers"]["Set-Cookie"] is None: del o["resp_headers"]["Set-Cookie"]
        return mkj("caddy/access", J(o))
    def err():
        p = P(); up = vpriv4()
        o = {"level": "error", "ts": epoch() + R.random(), "logger": "http.log.error", "msg": S(["dial tcp ", up, ":8080: connect: connection refused"]),
             "request": {"remote_ip": vip(0.2), "remote_port": str(rint(1024, 65535)), "proto": "HTTP/2.0", "method": "POST", "host": "api.example.com", "uri": S([url_pii(p)])}, "duration": R.random(), "status": 502, "err_id": ralnum(9, LOWER_DIG), "err_trace": "reverseproxy.statusError (reverseproxy.go:1269)"}
        return mkj("caddy/error", J(o))
    def d_rt():
        o = ch([{"level": "info", "ts": epoch() + R.random(), "logger": "tls.obtain", "msg": "certificate obtained successfully", "identifier": ch(["shop.example.com", "api.example.com"]), "issuer": "acme-v02.api.letsencrypt.org-directory"},
                {"level": "info", "ts": epoch() + R.random(), "logger": "tls.cache.maintenance", "msg": "started background certificate maintenance", "cache": "0xc000" + rhex(6)},
                {"level": "info", "ts": epoch() + R.random(), "logger": "admin", "msg": "admin endpoint started", "address": "localhost:2019", "enforce_origin": False, "origins": ["//localhost:2019", "//[::1]:2019", "//127.0.0.1:2019"]},
                {"level": "info", "ts": epoch() + R.random(), "logger": "http.auto_https", "msg": "enabling automatic HTTP->HTTPS redirects", "server_name": "srv0"},
                {"level": "info", "ts": epoch() + R.random(), "msg": "serving initial configuration"},
                {"level": "info", "ts": epoch() + R.random(), "logger": "http.log.access.log0", "msg": "handled request", "request": {"remote_ip": "127.0.0.1", "remote_port": str(rint(1024, 65535)), "client_ip": "127.0.0.1", "proto": "HTTP/1.1", "method": "GET", "host": "localhost", "uri": "/healthz", "headers": {"User-Agent": ["kube-probe/1.32"]}}, "bytes_read": 0, "user_id": "", "duration": R.random() / 1000, "size": 2, "status": 200, "resp_headers": {"Server": ["Caddy"]}}])
        return mkj("caddy/runtime", J(o))
    return produce(n, [(acc, 5), (err, 1)], [d_rt])

# ---------------------------------------------------------------------------------------------- Squid
@fmt("squid", "Squid native access.log format (time elapsed remotehost code/status bytes method URL rfc931 peerstatus/peerhost type, i.e. logformat squid %ts.%03tu %6tr %>a %Ss/%03>Hs %<st %rm %ru %[un %Sh/%<a %mt) incl. proxy-authenticated user names, CONNECT tunnels and TCP_DENIED/407; the 'combined' logformat; cache.log messages of basic_ldap_auth / helpers",
     "remotehost client addresses (ipv4/ipv6), peer/origin addresses (every IPv4), %un user names of proxy-authenticated people (username, or email when it is one), PII in logged URLs (http query strings: URL-encoded emails, phones, ids, tokens)",
     "cache.log startup/helper/store lines, loopback cache_object:// manager requests, HIER_NONE/- and '-' fields, CONNECT host:443 targets (hosts, not personal), result codes, elapsed times, byte counts, MIME types")
def fmt_squid(n):
    def nat():
        p = P(); t = epoch() + R.random(); method = ch(["GET", "GET", "POST", "CONNECT"])
        user = chw([("-", 3), (vuser(p.username()), 3), (vemail(p, "corp.example.com"), 1)])
        if method == "CONNECT":
            url = ch(["login.microsoftonline.com:443", "www.google.com:443", "api.slack.com:443", "github.com:443"]); code = ch(["TCP_TUNNEL/200", "TCP_DENIED/407", "TCP_TUNNEL/200"]); mt = "-"
        else:
            url = ["http://", ch(["shop.example.net", "intranet.example.org", "portal.example.com"]), url_pii(p) if coin(0.7) else url_plain()]; code = ch(["TCP_MISS/200", "TCP_MISS/302", "TCP_REFRESH_MODIFIED/200", "TCP_DENIED/403"]); mt = ch(["text/html", "application/json", "image/png"])
        peer = ["HIER_NONE/-"] if "DENIED" in code else ["HIER_DIRECT/", vip4()]
        if "407" in code: user = "-"
        return mk("squid/access", f"{t:.3f} {rint(1, 90000):>6} ", vip(0.15), f" {code} {rint(300, 900000)} {method} ", url, " ", user, " ", peer, f" {mt}")
    def comb():
        p = P(); user = vuser(p.username()) if coin(0.6) else "-"
        return mk("squid/combined", vip(0.15), " - ", user, f" [{clf_ts()}] \"GET http://", ch(["shop.example.net", "portal.example.com"]), url_pii(p), f" HTTP/1.1\" {ch([200, 302, 403])} {rint(200, 90000)} \"", referer(p), f"\" \"{ua()}\" TCP_MISS:HIER_DIRECT")
    def cache():
        p = P(); t = ts_event().strftime("%Y/%m/%d %H:%M:%S")
        return mk("squid/cache", f"{t} kid1| ", ch([["ERROR: basic_ldap_auth: user '", vuser(p.username()), "' authentication failed: Invalid credentials"],
                                                  ["WARNING: user '", vuser(p.username()), "' exceeded max_user_ip limit (2) from ", vip4()],
                                                  ["helperHandleRead: unexpected reply on channel 0 from basicauthenticator #Hlpr3 'ERR user ", vemail(p, "corp.example.com"), " not in group internet-users'"]]))
    def d_cache():
        t = ts_event().strftime("%Y/%m/%d %H:%M:%S")
        return mk("squid/cache", f"{t} kid1| ", ch(["Starting Squid Cache version 6.12 for x86_64-pc-linux-gnu...", "Service Name: squid", "Process ID 1742", "With 1048576 file descriptors available",
                                                  "Initializing IP Cache...", "helperOpenServers: Starting 5/20 'basic_ldap_auth' processes", "Swap maxSize 10240000 + 262144 KB, estimated 807502 objects",
                                                  "Accepting HTTP Socket connections at conn6 local=[::]:3128 remote=[::] FD 24 flags=9", "storeLateRelease: released 0 objects", "Finished rebuilding storage from disk.",
                                                  f"Store logging disabled", f"{rint(100, 9000)} Objects loaded."]))
    def d_mgr():
        return mk("squid/access", f"{epoch() + R.random():.3f} {rint(0, 9):>6} 127.0.0.1 TCP_MISS/200 {rint(900, 9000)} GET cache_object://localhost/{ch(['info', 'counters', '5min', 'utilization'])} - HIER_NONE/- text/plain")
    return produce(n, [(nat, 5), (comb, 1), (cache, 1)], [(d_cache, 2), (d_mgr, 1)])

# ---------------------------------------------------------------------------------------------- Microsoft Entra ID
TENANTS_C = ["contoso.com", "fabrikam.dk", "northwind.fi", "adventure-works.ro", "tailspin.hu", "wingtip.gr"]
@fmt("entra", "Microsoft Graph signIn resource (id, createdDateTime, userDisplayName, userPrincipalName, userId, appId, appDisplayName, ipAddress, clientAppUsed, correlationId, conditionalAccessStatus, isInteractive, riskDetail, riskLevelAggregated, riskState, status{errorCode, failureReason}, deviceDetail{deviceId, displayName, operatingSystem, browser}, location{city, state, countryOrRegion, geoCoordinates}, appliedConditionalAccessPolicies) and directoryAudit resource (activityDisplayName, category, initiatedBy{user{id, displayName, userPrincipalName, ipAddress} | app}, targetResources[]{id, displayName, type, userPrincipalName, modifiedProperties[]{displayName, oldValue, newValue}}, result, loggedByService); Azure Monitor diagnostic export of SignInLogs (time, resourceId, operationName, category, callerIpAddress, identity, properties)",
     "userPrincipalName / initiatedBy / targetResources UPNs (email), userDisplayName / displayName of users (person), userId / user object ids / target ids (user_id), ipAddress / callerIpAddress (ipv4/ipv6), modifiedProperties values inside JSON-escaped arrays (person, email, phone), identity (person)",
     "service principal sign-ins (servicePrincipalId, appId, no user), audits initiated by apps (Microsoft Substrate Management, MS-PIM, Azure AD Cloud Sync), correlationIds, tenant ids, device ids, IP geolocation city/coordinates, error codes and failure reasons, CA policy names")
def fmt_entra(n):
    def loc(): c = ch([("København", "Hovedstaden", "DK", 55.676, 12.568), ("Helsinki", "Uusimaa", "FI", 60.169, 24.938), ("Bucuresti", "Bucuresti", "RO", 44.426, 26.102), ("Budapest", "Budapest", "HU", 47.497, 19.040)]); return {"city": c[0], "state": c[1], "countryOrRegion": c[2], "geoCoordinates": {"altitude": None, "latitude": c[3], "longitude": c[4]}}
    def signin():
        p = P(ch(["DK", "FI", "RO", "HU", "GR", "US", "GB", "DE", "IL", "UA"])); dom = ch(TENANTS_C); ok = coin(0.6)
        st = {"errorCode": 0, "failureReason": "Other.", "additionalDetails": "MFA requirement satisfied by claim in the token"} if ok else ch([{"errorCode": 50126, "failureReason": "Error validating credentials due to invalid username or password.", "additionalDetails": None}, {"errorCode": 50074, "failureReason": "Strong Authentication is required.", "additionalDetails": None}, {"errorCode": 50053, "failureReason": "Account is locked.", "additionalDetails": None}])
        o = {"id": uuid4(), "createdDateTime": iso_ts(frac=0), "userDisplayName": vname(p.full), "userPrincipalName": vemail(p, dom), "userId": vuid(uuid4()), "appId": uuid4(),
             "appDisplayName": ch(["Office 365 Exchange Online", "Microsoft Teams", "Azure Portal", "Salesforce"]), "ipAddress": vip(0.3), "clientAppUsed": ch(["Browser", "Mobile Apps and Desktop clients", "IMAP4"]),
             "correlationId": uuid4(), "conditionalAccessStatus": ch(["success", "notApplied", "failure"]), "isInteractive": True, "riskDetail": "none", "riskLevelAggregated": "none", "riskLevelDuringSignIn": "none", "riskState": "none",
             "riskEventTypes_v2": [], "resourceDisplayName": "Microsoft Graph", "resourceId": "00000003-0000-0000-c000-000000000000", "status": st,
             "deviceDetail": {"deviceId": "", "displayName": "", "operatingSystem": ch(["Windows10", "MacOs", "Ios"]), "browser": ch(["Edge 133.0.0", "Chrome 134.0.0", "Mobile Safari"]), "isCompliant": False, "isManaged": False, "trustType": ""},
             "location": loc(), "appliedConditionalAccessPolicies": [{"id": uuid4(), "displayName": "Require MFA for all users", "enforcedGrantControls": ["Mfa"], "enforcedSessionControls": [], "result": ch(["success", "notApplied"])}]}
        return mkj("entra/signin", J(o))
    def audit():
        p = P(ch(["DK", "FI", "RO", "HU", "US", "GB"])); adm = P(ch(["US", "GB", "DE", "DK"])); dom = ch(TENANTS_C)
        act = ch(["Update user", "Add user", "Reset user password", "Add member to group", "Update user"])
        mods = []
        if act in ("Update user", "Add user"):
            for dn, v in ch([[("DisplayName", [vname(jesc(p.full))]), ("Mail", [vemail(p, dom)])], [("TelephoneNumber", [pphone(p, "intl")]), ("Mobile", [pphone(p, "intl")])],
                            [("Surname", [vname(jesc(p.family))]), ("GivenName", [vname(jesc(p.given))])], [("StreetAddress", [vaddr(jesc(address(p.country)[0]))])]]):
                mods.append({"displayName": dn, "oldValue": "[]", "newValue": S(["[\"", *v, "\"]"])})
        tgt = {"id": vuid(uuid4()), "displayName": None, "type": "User", "userPrincipalName": vemail(p, dom), "groupType": None, "modifiedProperties": mods}
        o = {"id": f"Directory_{uuid4()}_{ralnum(5, UPPER_DIG)}_{rint(100000000, 999999999)}", "category": "UserManagement", "correlationId": uuid4(), "result": "success", "resultReason": "",
             "activityDisplayName": act, "activityDateTime": iso_ts(frac=7), "loggedByService": "Core Directory", "operationType": "Update" if "Update" in act else "Add",
             "initiatedBy": {"app": None, "user": {"id": vuid(uuid4()), "displayName": None, "userPrincipalName": vemail(adm, dom), "ipAddress": vip4() if coin(0.7) else "", "userType": "Member", "homeTenantId": None, "homeTenantName": None}},
             "targetResources": [tgt], "additionalDetails": [{"key": "UserType", "value": "Member"}]}
        return mkj("entra/audit", J(o))
    def diag():
        p = P(ch(["DK", "FI", "RO", "HU", "GR", "IL"])); dom = ch(TENANTS_C); ip = vip(0.3)
        o = {"time": iso_ts(frac=7), "resourceId": f"/tenants/{uuid4()}/providers/Microsoft.aadiam", "operationName": "Sign-in activity", "operationVersion": "1.0", "category": "SignInLogs",
             "tenantId": uuid4(), "resultType": ch(["0", "50126", "50140"]), "resultSignature": "None", "durationMs": 0, "callerIpAddress": ip, "correlationId": uuid4(), "identity": vname(p.full), "Level": 4,
             "location": p.country, "properties": {"id": uuid4(), "createdDateTime": iso_ts(frac=7), "userDisplayName": vname(p.full), "userPrincipalName": vemail(p, dom), "userId": vuid(uuid4()), "appDisplayName": "My Apps", "ipAddress": ip, "clientAppUsed": "Browser", "authenticationRequirement": "multiFactorAuthentication"}}
        return mkj("entra/diagnostic", J(o))
    def d_sp():
        o = ch([{"id": uuid4(), "createdDateTime": iso_ts(frac=0), "appId": uuid4(), "appDisplayName": ch(["backup-runner", "Terraform CI", "Power BI Service"]), "servicePrincipalId": uuid4(), "servicePrincipalName": ch(["backup-runner", "Terraform CI"]),
                 "ipAddress": "", "correlationId": uuid4(), "conditionalAccessStatus": "notApplied", "isInteractive": False, "resourceDisplayName": "Windows Azure Service Management API", "status": {"errorCode": 0, "failureReason": None}, "signInEventTypes": ["servicePrincipal"]},
                {"id": f"Directory_{uuid4()}", "category": ch(["ApplicationManagement", "GroupManagement", "RoleManagement"]), "correlationId": uuid4(), "result": "success", "activityDisplayName": ch(["Update application", "Add owner to group", "Add eligible member to role in PIM completed (permanent)", "Update service principal"]),
                 "activityDateTime": iso_ts(frac=7), "loggedByService": ch(["Core Directory", "PIM"]), "initiatedBy": {"user": None, "app": {"appId": None, "displayName": ch(["Microsoft Substrate Management", "MS-PIM", "Azure AD Cloud Sync"]), "servicePrincipalId": uuid4(), "servicePrincipalName": None}},
                 "targetResources": [{"id": uuid4(), "displayName": ch(["Finance-Readers", "Contoso CRM", "Global Reader"]), "type": ch(["Group", "Application", "Role"]), "modifiedProperties": []}]}])
        return mkj("entra/audit", J(o))
    return produce(n, [(signin, 3), (audit, 2), (diag, 1)], [d_sp])

# ---------------------------------------------------------------------------------------------- Google Workspace
@fmt("gworkspace", "Google Workspace Admin SDK Reports API activities.list resources (kind admin#reports#activity; id{time, uniqueQualifier, applicationName, customerId}; etag; actor{callerType, email, profileId, key}; ownerDomain; ipAddress; events[]{type, name, parameters[]{name, value, multiValue, boolValue, intValue}}) for the login (login_success, login_failure, login_challenge, suspicious_login), admin (USER_SETTINGS events CREATE_USER, CHANGE_PASSWORD, CHANGE_RECOVERY_PHONE, CHANGE_RECOVERY_EMAIL, SUSPEND_USER with USER_EMAIL / NEW_VALUE; GROUP_SETTINGS ADD_GROUP_MEMBER), drive (change_user_access, download with doc_title, target_user) and token (authorize) applications",
     "actor.email (email), actor.profileId (user_id), ipAddress (ipv4/ipv6), USER_EMAIL / affected_email_address / target_user / new_value parameters (email, phone), doc_title values naming people (person), GROUP_EMAIL group mailboxes (email)",
     "actor callerType KEY with key SYSTEM / Google-owned service actors, customerId, uniqueQualifier, etags, application names, event names, setting names, OAuth client_id and scope lists, boolean/int parameters")
def fmt_gworkspace(n):
    dom = lambda: ch(["acme.dk", "example.fi", "contoso.ro"])
    def base(app, p, d, evs, ip=True):
        o = {"kind": "admin#reports#activity", "id": {"time": iso_ts(), "uniqueQualifier": str(-rint(10**17, 9 * 10**18)), "applicationName": app, "customerId": "C0" + ralnum(7, LOWER_DIG)},
             "etag": f"\"{ralnum(43, URLCH)}/{ralnum(27, URLCH)}\"", "actor": {"callerType": "USER", "email": vemail(p, d), "profileId": vuid(rdigits(21))}, "ownerDomain": d}
        if ip: o["ipAddress"] = vip(0.3)
        o["events"] = evs
        return o
    def login():
        p = P(); d = dom(); nm = ch(["login_success", "login_failure", "login_challenge", "logout", "suspicious_login"])
        pars = [{"name": "login_type", "value": ch(["google_password", "saml", "reauth"])}]
        if nm == "login_failure": pars.append({"name": "login_failure_type", "value": "login_failure_invalid_password"})
        if nm == "login_challenge": pars += [{"name": "login_challenge_method", "multiValue": ["google_authenticator"]}, {"name": "login_challenge_status", "value": ch(["Challenge Passed", "Challenge Failed"])}]
        if nm == "suspicious_login": pars.append({"name": "affected_email_address", "value": vemail(p, d)})
        pars.append({"name": "is_suspicious", "boolValue": nm == "suspicious_login"})
        return mkj("gworkspace/login", J(base("login", p, d, [{"type": "login", "name": nm, "parameters": pars}])))
    def admin():
        a = P(); u = P(); d = dom()
        ev = ch([("USER_SETTINGS", "CREATE_USER", [{"name": "USER_EMAIL", "value": vemail(u, d)}]),
                 ("USER_SETTINGS", "CHANGE_PASSWORD", [{"name": "USER_EMAIL", "value": vemail(u, d)}]),
                 ("USER_SETTINGS", "CHANGE_RECOVERY_PHONE", [{"name": "USER_EMAIL", "value": vemail(u, d)}, {"name": "NEW_VALUE", "value": pphone(u, "e164")}, {"name": "OLD_VALUE", "value": ""}]),
                 ("USER_SETTINGS", "CHANGE_RECOVERY_EMAIL", [{"name": "USER_EMAIL", "value": vemail(u, d)}, {"name": "NEW_VALUE", "value": vemail(u)}]),
                 ("USER_SETTINGS", "SUSPEND_USER", [{"name": "USER_EMAIL", "value": vemail(u, d)}]),
                 ("GROUP_SETTINGS", "ADD_GROUP_MEMBER", [{"name": "USER_EMAIL", "value": vemail(u, d)}, {"name": "GROUP_EMAIL", "value": V("email", f"{ch(['finance', 'all-staff', 'oncall'])}@{d}")}])])
        return mkj("gworkspace/admin", J(base("admin", a, d, [{"type": ev[0], "name": ev[1], "parameters": ev[2]}])))
    def drive():
        p = P(); t = P(); d = dom()
        title = ch([[vname(t.western), " – performance review 2024"], ["CV_", vname(f"{t.given}_{t.family}".replace(" ", "_")), ".pdf"], ["Lønseddel ", vname(t.family), " marts 2025"], ["Q1 budget"]])
        pars = [{"name": "primary_event", "boolValue": True}, {"name": "doc_id", "value": ralnum(44, URLCH)}, {"name": "doc_type", "value": "document"}, {"name": "doc_title", "value": S(title)},
                {"name": "visibility", "value": ch(["private", "shared_internally", "people_with_link"])}, {"name": "owner", "value": vemail(p, d)}]
        nm = ch(["download", "change_user_access", "view"])
        if nm == "change_user_access": pars += [{"name": "target_user", "value": vemail(t)}, {"name": "new_value", "multiValue": ["can_view"]}]
        return mkj("gworkspace/drive", J(base("drive", p, d, [{"type": "access", "name": nm, "parameters": pars}])))
    def d_sys():
        d = dom()
        o = {"kind": "admin#reports#activity", "id": {"time": iso_ts(), "uniqueQualifier": str(rint(10**17, 9 * 10**18)), "applicationName": ch(["admin", "token", "drive"]), "customerId": "C0" + ralnum(7, LOWER_DIG)},
             "etag": f"\"{ralnum(43, URLCH)}/{ralnum(27, URLCH)}\"", "actor": {"callerType": "KEY", "key": ch(["SYSTEM", "GOOGLE_SYSTEM", "Google Workspace Marketplace"])}, "ownerDomain": d,
             "events": [{"type": ch(["DOMAIN_SETTINGS", "auth", "acl_change"]), "name": ch(["CHANGE_APPLICATION_SETTING", "authorize", "change_document_visibility", "ADD_TRUSTED_DOMAINS"]),
                         "parameters": [{"name": "APPLICATION_NAME", "value": ch(["Gmail", "Drive and Docs", "Calendar"])}, {"name": "SETTING_NAME", "value": ch(["ENABLE_SSO", "DLP_RULES", "EXTERNAL_SHARING"])},
                                        {"name": "client_id", "value": f"{rdigits(12)}-{ralnum(32, LOWER_DIG)}.apps.googleusercontent.com"}, {"name": "scope", "multiValue": ["https://www.googleapis.com/auth/drive.readonly"]}]}]}
        return mkj("gworkspace/admin", J(o))
    return produce(n, [(login, 3), (admin, 2), (drive, 2)], [d_sys])

# ---------------------------------------------------------------------------------------------- Salesforce
ELF_LOGIN_HDR = '"EVENT_TYPE","TIMESTAMP","REQUEST_ID","ORGANIZATION_ID","USER_ID","RUN_TIME","CPU_TIME","URI","SESSION_KEY","LOGIN_KEY","USER_TYPE","REQUEST_STATUS","DB_TOTAL_TIME","LOGIN_STATUS","BROWSER_TYPE","API_TYPE","API_VERSION","USER_NAME","TLS_PROTOCOL","CIPHER_SUITE","TIMESTAMP_DERIVED","USER_ID_DERIVED","CLIENT_IP","URI_ID_DERIVED","SOURCE_IP"'
ELF_REPORT_HDR = '"EVENT_TYPE","TIMESTAMP","REQUEST_ID","ORGANIZATION_ID","USER_ID","CLIENT_IP","URI","CLIENT_INFO","REPORT_DESCRIPTION","TIMESTAMP_DERIVED","USER_ID_DERIVED"'
def sf_id(pfx="005"): b = pfx + "5f" + ralnum(10, string.ascii_letters + string.digits); return b, b + ralnum(3, string.ascii_uppercase + "012345")
@fmt("salesforce", "Salesforce EventLogFile CSV (Object Reference 'EventLogFile supported event types': Login event type fields EVENT_TYPE, TIMESTAMP, REQUEST_ID, ORGANIZATION_ID, USER_ID, RUN_TIME, CPU_TIME, URI, SESSION_KEY, LOGIN_KEY, USER_TYPE, REQUEST_STATUS, DB_TOTAL_TIME, LOGIN_STATUS, BROWSER_TYPE, API_TYPE, API_VERSION, USER_NAME, TLS_PROTOCOL, CIPHER_SUITE, TIMESTAMP_DERIVED, USER_ID_DERIVED, CLIENT_IP, URI_ID_DERIVED, SOURCE_IP; ReportExport; quoted CSV with header line) and the Setup Audit Trail CSV export (Date, User, Source Namespace Prefix, Action, Section, Delegate User)",
     "USER_ID (15 chars) and USER_ID_DERIVED (18 chars) of people (user_id), USER_NAME: the person's mailbox (email) or a sandbox-suffixed login 'x@acme.com.uat' (username), CLIENT_IP / SOURCE_IP (ipv4/ipv6), Setup Audit Trail User column and the names, e-mails and phones quoted in Action texts",
     "CSV header lines, rows of the Automated Process / Platform Integration users (system identities, CLIENT_IP 'Salesforce.com IP'), SESSION_KEY / LOGIN_KEY (ELF identifiers of sessions and login chains, not the session ids), REQUEST_IDs, org ids, run/CPU times, TLS protocol and cipher, report descriptions")
def fmt_salesforce(n):
    def ts(): t = ts_event(); return t.strftime("%Y%m%d%H%M%S") + f".{t.microsecond // 1000:03d}", iso_ts(t)
    org = "00D5f000000" + ralnum(4)
    def uname(p):
        return chw([(V("email", p.email("acme.com")), 3), (V("username", p.email("acme.com") + ch([".uat", ".dev", ".sandbox"])), 1)])
    def login():
        p = P(); u15, u18 = sf_id(); a, b = ts(); ip = vip(0.15)
        st = ch(["LOGIN_NO_ERROR", "LOGIN_NO_ERROR", "LOGIN_ERROR_INVALID_PASSWORD", "LOGIN_ERROR_SSO_PWD_INVALID"])
        row = ['"Login","', a, '","', ralnum(22, URLCH), f'","{org}","', vuid(u15), f'","{rint(40, 900)}","{rint(10, 300)}","/index.jsp","', ralnum(16, B64CH), '","', ralnum(16, B64CH),
               '","Standard","","","', st, '","', ua(), '","","","', uname(p), '","TLSv1.3","TLS_AES_256_GCM_SHA384","', b, '","', vuid(u18), '","', ip, '","","', ip, '"']
        return mk("salesforce/login", row)
    def report():
        p = P(); u15, u18 = sf_id(); a, b = ts()
        return mk("salesforce/reportexport", '"ReportExport","', a, '","', ralnum(22, URLCH), f'","{org}","', vuid(u15), '","', vip4(), f'","/00O5f000004{ralnum(4)}","{ch(["Browser", "Mobile"])}","',
                  ch(["Pipeline by owner Q1", "All open cases", "Contacts with phone numbers", "Churned accounts"]), '","', b, '","', vuid(u18), '"')
    def trail():
        p = P(); t = P(); d = ts_event()
        dt = f"{d.month}/{d.day}/{d.year}, {d.hour % 12 or 12}:{d.minute:02d}:{d.second:02d} {'AM' if d.hour < 12 else 'PM'} CET"
        act = ch([["Changed ", vname(t.western), "'s email from ", vemail(t), " to ", vemail(t, "acme.com")],
                  ["Reset password for ", vname(t.western)], ["Changed mobile phone number for ", vname(t.western), " from  to ", pphone(t, "intl")],
                  ["Created new user ", vname(t.western)], ["Frozen user ", vname(t.western)], ["Changed username for ", vname(t.western), " from ", vemail(t, "acme.com"), " to ", V("username", t.email("acme.com") + ".old")]])
        return mk("salesforce/audittrail", f'"{dt}","', V("email", p.email("acme.com")), '",,"', act, '","Manage Users",')
    def d_hdr(): return mk(ch(["salesforce/login", "salesforce/reportexport"]), ch([ELF_LOGIN_HDR, ELF_REPORT_HDR, '"Date","User","Source Namespace Prefix","Action","Section","Delegate User"']))
    def d_sys():
        a, b = ts(); u15, u18 = sf_id()
        return mk("salesforce/login", f'"Login","{a}","{ralnum(22, URLCH)}","{org}","{u15}","{rint(40, 900)}","{rint(10, 300)}","/services/Soap/u/62.0","","{ralnum(16, B64CH)}","Automated","","","LOGIN_NO_ERROR","","P","62.0","{ch(["autoproc@00d5f000000" + ralnum(4, LOWER_DIG) + ".com", "integration@00d5f000000" + ralnum(4, LOWER_DIG) + ".com", "Automated Process"])}","TLSv1.3","TLS_AES_128_GCM_SHA256","{b}","{u18}","Salesforce.com IP","","Salesforce.com IP"')
    return produce(n, [(login, 4), (report, 1), (trail, 2)], [(d_hdr, 1), (d_sys, 2)])

# ---------------------------------------------------------------------------------------------- Slack audit logs
@fmt("slackaudit", "Slack Audit Logs API (GET /audit/v1/logs) entries: id, date_create, action (user_login, user_logout, user_created, user_email_updated, user_session_invalidated, file_downloaded, role_change_to_admin, public_channel_created, app_installed), actor{type, user{id, name, email, team}}, entity{type, user|channel|file|app}, context{location{type, id, name, domain}, ua, ip_address, session_id}, details{previous_value, new_value, …}",
     "actor.user / entity.user id (user_id), name (person), email (email), context.ip_address (ipv4/ipv6), details previous/new e-mail values (email), file names naming people (person)",
     "USLACKBOT / workflow / app actors, enterprise and team ids, channel ids and names, session_id (a session identifier, not a token), app scopes, entries of app_scopes_expanded and pref changes, date_create epochs")
def fmt_slackaudit(n):
    team = "T0" + ralnum(8, UPPER_DIG); ent = "E0" + ralnum(8, UPPER_DIG)
    ctx = lambda: {"location": {"type": "enterprise", "id": ent, "name": "Northwind", "domain": "northwind"}, "ua": ua(), "ip_address": vip(0.25), "session_id": rdigits(12)}
    def user(p): return {"id": vuid("W0" + ralnum(8, UPPER_DIG)), "name": vname(p.western), "email": vemail(p, "northwind.fi"), "team": team}
    def ev():
        p = P(); t = P(); a = ch(["user_login", "user_logout", "user_created", "user_email_updated", "file_downloaded", "role_change_to_admin", "user_session_invalidated"])
        o = {"id": uuid4(), "date_create": epoch(), "action": a, "actor": {"type": "user", "user": user(p)}}
        if a in ("user_login", "user_logout"): o["entity"] = {"type": "user", "user": user(p)}
        elif a == "file_downloaded": o["entity"] = {"type": "file", "file": {"id": "F0" + ralnum(8, UPPER_DIG), "name": S(ch([["Offer_letter_", vname(t.family), ".pdf"], ["payroll-march.xlsx"], ["passport_scan_", vname(f"{t.given}_{t.family}".replace(" ", "_")), ".jpg"]])), "filetype": "pdf", "title": "attachment"}}
        else: o["entity"] = {"type": "user", "user": user(t)}
        o["context"] = ctx()
        if a == "user_email_updated": o["details"] = {"previous_value": vemail(t), "new_value": vemail(t, "northwind.fi")}
        if a == "role_change_to_admin": o["details"] = {"previous_role": "member", "new_role": "admin"}
        return mkj("slackaudit/entry", J(o))
    def d_app():
        o = {"id": uuid4(), "date_create": epoch(), "action": ch(["app_installed", "app_scopes_expanded", "public_channel_created", "pref_sso_setting_changed", "channel_retention_changed"]),
             "actor": ch([{"type": "user", "user": {"id": "USLACKBOT", "name": "slackbot", "email": "", "team": team}}, {"type": "app", "app": {"id": "A0" + ralnum(8, UPPER_DIG), "name": ch(["Jira Cloud", "Google Drive", "PagerDuty"]), "is_distributed": True, "is_directory_approved": True, "scopes": ["channels:read", "chat:write"]}},
                        {"type": "workflow", "workflow": {"id": "Wf0" + ralnum(8, UPPER_DIG), "name": "New hire onboarding"}}]),
             "entity": ch([{"type": "channel", "channel": {"id": "C0" + ralnum(8, UPPER_DIG), "name": ch(["incident-2025-03", "proj-aurora", "random"]), "privacy": "public", "is_shared": False, "is_org_shared": False}},
                           {"type": "workspace", "workspace": {"id": team, "name": "Northwind Finland", "domain": "northwind-fi"}}]),
             "context": {"location": {"type": "enterprise", "id": ent, "name": "Northwind", "domain": "northwind"}, "ua": "", "session_id": ""}}
        return mkj("slackaudit/entry", J(o))
    return produce(n, [ev], [d_app])

# ---------------------------------------------------------------------------------------------- Zoom webhooks
@fmt("zoom", "Zoom webhook event payloads (Zoom Developer docs 'Webhooks' and the event reference): {event, event_ts, payload{account_id, operator, operator_id, object{…}}} for meeting.participant_joined / participant_left (participant{user_id, user_name, id, participant_uuid, join_time, email, registrant_id, participant_user_id, customer_key, phone_number}), meeting.registration_created (registrant{id, first_name, last_name, email, address, city, country, zip, state, phone, comments}), recording.completed (host_email, password, recording_play_passcode, download_token, recording_files[]), user.created; endpoint.url_validation (plainToken) and the x-zm-signature / x-zm-request-timestamp verification headers",
     "participant user_name (person), email (email), phone_number (phone), user_id / participant_user_id / host_id / operator_id of users (user_id), registrant names and address (person, address), operator / host e-mails (email), meeting passcodes (password), download_token (jwt)",
     "endpoint.url_validation events (plainToken), x-zm-signature HMACs and request timestamps, meeting ids / uuids, topics, account ids, recording file ids and sizes, event_ts")
def fmt_zoom(n):
    acct = ralnum(22, URLCH)
    def meeting(): return {"id": str(rint(10**9, 9 * 10**10)), "uuid": rb64(16), "host_id": vuid(ralnum(22, URLCH)), "topic": ch(["Weekly sync", "Sprint review", "Kundemøde", "Board meeting Q1"]), "type": 2, "start_time": iso_ts(frac=0), "timezone": ch(["Europe/Copenhagen", "Europe/Helsinki", "Europe/Bucharest"]), "duration": 60}
    def part():
        p = P(); m = meeting(); ev = ch(["meeting.participant_joined", "meeting.participant_left"])
        pt = {"user_id": str(rint(16000000, 16999999)), "user_name": vname(p.western), "id": ralnum(22, URLCH), "participant_uuid": uuid4(), "join_time": iso_ts(frac=0), "email": vemail(p) if coin(0.7) else "",
              "registrant_id": ralnum(22, URLCH), "participant_user_id": vuid(ralnum(22, URLCH)), "customer_key": "", "phone_number": pphone(p, "e164").map(lambda s: s.lstrip("+")) if coin(0.3) else ""}
        if ev.endswith("left"): pt["leave_time"] = iso_ts(frac=0); pt["leave_reason"] = "left the meeting"
        m["participant"] = pt
        return mkj("zoom/participant", J({"event": ev, "event_ts": epoch_ms(), "payload": {"account_id": acct, "object": m}}))
    def reg():
        p = P(); st, pc, city, _ = address(p.country); m = meeting()
        m["registrant"] = {"id": ralnum(22, URLCH), "first_name": vname(p.given), "last_name": vname(p.family), "email": vemail(p), "address": vaddr(st), "city": city, "country": p.country, "zip": pc,
                           "state": "", "phone": pphone(p, "intl"), "industry": "", "org": "", "job_title": "", "purchasing_time_frame": "", "role_in_purchase_process": "", "no_of_employees": "", "comments": "", "custom_questions": [], "status": "approved", "join_url": f"https://us06web.zoom.us/w/{m['id']}?tk={ralnum(43, URLCH)}"}
        return mkj("zoom/registration", J({"event": "meeting.registration_created", "event_ts": epoch_ms(), "payload": {"account_id": acct, "operator": vemail(P(), "acme.io"), "operator_id": vuid(ralnum(22, URLCH)), "object": m}}))
    def rec():
        h = P(); m = meeting(); m.update({"host_email": vemail(h, "acme.io"), "password": V("password", ralnum(rint(6, 10), string.ascii_letters + string.digits + "@*_-")), "recording_play_passcode": vsecret(ralnum(32, URLCH)), "share_url": f"https://us06web.zoom.us/rec/share/{ralnum(40, URLCH)}", "total_size": rint(10**6, 10**9), "recording_count": 2,
                 "recording_files": [{"id": uuid4(), "meeting_id": m["uuid"], "recording_start": iso_ts(frac=0), "recording_end": iso_ts(frac=0), "file_type": "MP4", "file_size": rint(10**6, 10**9), "play_url": f"https://us06web.zoom.us/rec/play/{ralnum(40, URLCH)}", "download_url": f"https://us06web.zoom.us/rec/download/{ralnum(40, URLCH)}", "status": "completed", "recording_type": "shared_screen_with_speaker_view"}]})
        tok = jwt_token(h, "HS256", {"aud": "https://us06web.zoom.us", "iss": "ZoomWebhook", "exp": epoch() + 86400, "iat": epoch()})
        return mkj("zoom/recording", J({"event": "recording.completed", "event_ts": epoch_ms(), "payload": {"account_id": acct, "object": m}, "download_token": V("jwt", tok)}))
    def ucreate():
        p = P(); a = P()
        return mkj("zoom/user", J({"event": "user.created", "event_ts": epoch_ms(), "payload": {"account_id": acct, "operator": vemail(a, "acme.io"), "operator_id": vuid(ralnum(22, URLCH)), "creation_type": "create",
                                                                                    "object": {"id": vuid(ralnum(22, URLCH)), "first_name": vname(p.given), "last_name": vname(p.family), "display_name": vname(p.western), "email": vemail(p, "acme.io"), "type": 1}}}))
    def d_val():
        if coin(0.5): return mkj("zoom/validation", J({"payload": {"plainToken": ralnum(22, URLCH)}, "event_ts": epoch_ms(), "event": "endpoint.url_validation"}))
        return mk("zoom/validation", f"webhook verified: x-zm-request-timestamp={epoch()} x-zm-signature=v0={rhex(64)} event={ch(['meeting.started', 'meeting.ended', 'recording.completed'])}")
    return produce(n, [(part, 4), (reg, 2), (rec, 1), (ucreate, 1)], [d_val])

# ---------------------------------------------------------------------------------------------- GitLab
@fmt("gitlab", "GitLab docs 'Webhook events' (Push Hook: object_kind, before, after, ref, user_id, user_name, user_username, user_email ('[REDACTED]' since 16.x), project, commits[]{id, message, timestamp, url, author{name, email}}; Merge Request Hook: user{id, name, username, email}, object_attributes, assignees, reviewers), 'Audit event types' JSON (id, author_id, entity_id, entity_type, details{author_name, author_email, target_id, target_type, target_details, ip_address, entity_path, custom_message}, created_at) and the production_json.log request log (method, path, controller, action, status, params[] with [FILTERED], remote_ip, user_id, username, ua, correlation_id, meta.user)",
     "user_name / author name / assignee names (person), user_username / username / meta.user / target_details logins (username), author e-mails (email), user_id / author_id / assignee ids (user_id), ip_address / remote_ip (ipv4/ipv6)",
     "'[REDACTED]' user_email, project and commit metadata, ghost user and GitLab-Bot / Administrator (root) actions, correlation ids, [FILTERED] params, sidekiq job lines, commit SHAs, branch refs")
def fmt_gitlab(n):
    def proj(): i = rint(10, 999); return {"id": i, "name": ch(["webshop", "billing-api", "infra"]), "path_with_namespace": ch(["acme/webshop", "acme/billing-api", "platform/infra"]), "default_branch": "main", "visibility_level": 0}
    def push():
        p = P(); a = P()
        cm = [{"id": gitsha(), "message": ch(["Fix VAT rounding\n", "Update dependencies\n", "Add Danish translations\n"]), "timestamp": iso_ts(frac=0, z="+01:00"), "url": f"https://gitlab.example.com/acme/webshop/-/commit/{gitsha()}",
               "author": {"name": vname(a.western), "email": vemail(a, "acme.io")}, "added": [], "modified": ["app/models/invoice.rb"], "removed": []}]
        o = {"object_kind": "push", "event_name": "push", "before": gitsha(), "after": gitsha(), "ref": "refs/heads/main", "checkout_sha": gitsha(), "user_id": VN("user_id", str(rint(2, 9999))),
             "user_name": vname(p.western), "user_username": vuser(p.username()), "user_email": "[REDACTED]" if coin(0.7) else vemail(p, "acme.io"), "user_avatar": f"https://gitlab.example.com/uploads/-/system/user/avatar/{rint(2, 9999)}/avatar.png",
             "project_id": rint(10, 999), "project": proj(), "commits": cm, "total_commits_count": 1}
        return mkj("gitlab/push", J(o))
    def mr():
        p = P(); r = P()
        usr = lambda x: {"id": VN("user_id", str(rint(2, 9999))), "name": vname(x.western), "username": vuser(x.username()), "avatar_url": None, "email": "[REDACTED]"}
        o = {"object_kind": "merge_request", "event_type": "merge_request", "user": usr(p), "project": proj(),
             "object_attributes": {"id": rint(1000, 99999), "iid": rint(1, 900), "title": ch(["Add MobilePay checkout", "Bump rails to 8.0.2", "Fix SEPA export"]), "state": "opened", "action": ch(["open", "update", "merge"]), "source_branch": "feature/x", "target_branch": "main", "author_id": VN("user_id", str(rint(2, 9999)))},
             "assignees": [usr(r)], "reviewers": [usr(P())]}
        return mkj("gitlab/merge_request", J(o))
    def audit():
        p = P(); t = P()
        msg = ch(["Added user", "Changed email", "Removed ssh key", "Failed to login with STANDARD authentication", "Changed password"])
        o = {"id": rint(1000, 999999), "author_id": VN("user_id", str(rint(2, 9999))), "entity_id": rint(2, 9999), "entity_type": "User",
             "details": {"custom_message": msg, "author_name": vname(p.western), "author_email": vemail(p, "acme.io"), "target_id": VN("user_id", str(rint(2, 9999))), "target_type": "User",
                         "target_details": vuser(t.username()), "ip_address": vip(0.2), "entity_path": vuser(t.username())}, "created_at": iso_ts()}
        return mkj("gitlab/audit", J(o))
    def prod():
        p = P(); ok = coin(0.6)
        o = {"method": "POST", "path": "/users/sign_in", "format": "html", "controller": "SessionsController", "action": "create", "status": 302 if ok else 200, "time": iso_ts(),
             "params": [{"key": "user", "value": {"login": human(p), "password": "[FILTERED]", "remember_me": "0"}}], "remote_ip": vip(0.2), "ua": ua(), "correlation_id": ralnum(26, UPPER_DIG),
             "meta.caller_id": "SessionsController#create", "duration_s": R.random()}
        if ok: o.update({"user_id": VN("user_id", str(rint(2, 9999))), "username": vuser(p.username()), "meta.user": vuser(p.username())})
        return mkj("gitlab/production", J(o))
    def d_sys():
        return ch([lambda: mkj("gitlab/production", J({"method": "GET", "path": "/-/health", "format": "html", "controller": "HealthController", "action": "liveness", "status": 200, "time": iso_ts(), "params": [], "remote_ip": "127.0.0.1", "ua": "kube-probe/1.32", "correlation_id": ralnum(26, UPPER_DIG), "duration_s": R.random() / 100})),
                   lambda: mkj("gitlab/sidekiq", J({"severity": "INFO", "time": iso_ts(), "retry": 3, "queue": ch(["default", "pipeline_processing:build_finished", "cronjob:stuck_ci_jobs"]), "class": ch(["RepositoryUpdateMirrorWorker", "Ci::BuildFinishedWorker", "StuckCiJobsWorker"]), "jid": rhex(24), "job_status": "done", "duration_s": R.random(), "correlation_id": ralnum(26, UPPER_DIG)})),
                   lambda: mkj("gitlab/audit", J({"id": rint(1000, 999999), "author_id": 1, "entity_id": rint(2, 999), "entity_type": "Project", "details": {"custom_message": ch(["Project archived", "Changed visibility from private to internal"]), "author_name": "Administrator", "target_id": rint(2, 999), "target_type": "Project", "target_details": "acme/legacy-portal", "ip_address": "127.0.0.1", "entity_path": "acme/legacy-portal"}, "created_at": iso_ts()})),
                   lambda: mkj("gitlab/push", J({"object_kind": "push", "event_name": "push", "ref": "refs/heads/renovate/rails-8.x", "user_id": 2, "user_name": "GitLab-Bot", "user_username": "gitlab-bot", "user_email": "[REDACTED]", "project": proj(), "total_commits_count": 1}))])()
    return produce(n, [(push, 2), (mr, 2), (audit, 2), (prod, 2)], [d_sys])

# ---------------------------------------------------------------------------------------------- Shopify
@fmt("shopify", "Shopify Admin REST webhook payloads (orders/create, customers/create, customers/update, and the mandatory privacy webhooks customers/data_request, customers/redact, shop/redact) with the Order resource (id, email, contact_email, phone, browser_ip, customer{id, email, first_name, last_name, phone, default_address}, billing_address/shipping_address{first_name, last_name, name, address1, address2, city, province, zip, country_code, phone}, client_details{browser_ip, user_agent}, payment_details{credit_card_bin, credit_card_number masked}) and the delivery headers logged by apps (X-Shopify-Topic, X-Shopify-Hmac-Sha256, X-Shopify-Shop-Domain, X-Shopify-Webhook-Id)",
     "customer id (user_id), email / contact_email (email), phone and address phones (phone), first_name / last_name per component and name (person), address1 and a non-empty address2 (address: the two components of the street line), browser_ip (ipv4/ipv6), note attributes with dates of birth, privacy-webhook customer objects",
     "shop/redact and app/uninstalled payloads (shop ids and domains only), X-Shopify-Hmac-Sha256 HMACs and webhook ids, order numbers, line items, prices and tax lines, masked card numbers '•••• •••• •••• 4242', credit_card_bin, gids of orders and products")
def fmt_shopify(n):
    def addr(p):
        # one home address per person (billing, shipping and default address usually agree); sometimes a different shipping address
        if not getattr(p, "_home", None) or coin(0.15):
            st, pc, city, _ = address(p.country if p.country in ADDR_COUNTRIES else "US")
            p._home = (st, pc, city, ch(["", "", f"{ch(['Apt', 'Lejl.', 'Asunto'])} {rint(1, 40)}"]))
        st, pc, city, a2 = p._home
        return {"first_name": vname(p.given), "last_name": vname(p.family), "name": vname(p.western), "address1": vaddr(st), "address2": vaddr(a2) if a2 else "", "city": city, "province": None,
                "zip": pc, "country_code": p.country, "phone": pphone(p, ch(["intl", "e164"])) if coin(0.7) else None, "company": None}
    def cust(p, cid):
        return {"id": VN("user_id", cid), "email": vemail(p), "created_at": iso_ts(frac=0, z="+01:00"), "first_name": vname(p.given), "last_name": vname(p.family), "state": "enabled",
                "verified_email": True, "phone": pphone(p, "e164") if coin(0.6) else None, "currency": "DKK", "default_address": addr(p)}
    def order():
        p = P(ch(["DK", "FI", "RO", "HU", "GR", "NO", "US", "GB", "DE", "IL"])); cid = str(rint(10**15, 9 * 10**15)); ip = vip(0.2)
        o = {"id": rint(10**15, 9 * 10**15), "admin_graphql_api_id": f"gid://shopify/Order/{rint(10**15, 9 * 10**15)}", "browser_ip": ip, "contact_email": vemail(p), "created_at": iso_ts(frac=0, z="+01:00"),
             "currency": ch(["DKK", "EUR", "RON", "HUF"]), "email": vemail(p), "financial_status": "paid", "name": f"#{rint(1001, 9999)}", "order_number": rint(1001, 9999), "phone": None,
             "total_price": f"{rint(50, 5000)}.{rint(0, 99):02d}", "customer": cust(p, cid), "billing_address": addr(p), "shipping_address": addr(p),
             "client_details": {"accept_language": "da-DK", "browser_height": None, "browser_ip": ip, "user_agent": ua()},
             "payment_details": {"credit_card_bin": ch(["424242", "545454", "401288"]), "credit_card_company": ch(["Visa", "Mastercard"]), "credit_card_number": "•••• •••• •••• " + rdigits(4)},
             "line_items": [{"id": rint(10**12, 9 * 10**12), "title": ch(["Merino sweater", "Coffee grinder", "Trail shoes"]), "quantity": rint(1, 3), "price": f"{rint(10, 900)}.00", "sku": f"SKU-{rint(1000, 9999)}"}]}
        if coin(0.3): o["note_attributes"] = [{"name": "birthday", "value": vdob(p.dob, "iso")}, {"name": "gift_message", "value": "Tillykke!"}]
        return mkj("shopify/order", J(o))
    def customer():
        p = P(); return mkj("shopify/customer", J(cust(p, str(rint(10**15, 9 * 10**15)))))
    def privacy():
        p = P(); dom = ch(["nordic-beans.myshopify.com", "acme-store.myshopify.com"])
        o = {"shop_id": rint(10**7, 9 * 10**7), "shop_domain": dom, "customer": {"id": VN("user_id", str(rint(10**15, 9 * 10**15))), "email": vemail(p), "phone": pphone(p, "e164")},
             "orders_requested" if coin(0.5) else "orders_to_redact": [rint(10**15, 9 * 10**15) for _ in range(rint(1, 3))]}
        if "orders_requested" in o: o["data_request"] = {"id": rint(1000, 9999)}
        return mkj("shopify/privacy", J(o))
    def d_misc():
        dom = ch(["nordic-beans.myshopify.com", "acme-store.myshopify.com"])
        return ch([lambda: mkj("shopify/privacy", J({"shop_id": rint(10**7, 9 * 10**7), "shop_domain": dom})),
                   lambda: mkj("shopify/app", J({"id": rint(10**7, 9 * 10**7), "name": "Nordic Beans", "email": None, "domain": None, "province": None, "country": "DK", "address1": None, "zip": None, "city": None, "currency": "DKK", "plan_name": "basic"})),
                   lambda: mk("shopify/headers", f"webhook received topic={ch(['orders/create', 'customers/update', 'app/uninstalled', 'shop/redact'])} shop={dom} webhook_id={uuid4()} hmac_sha256={rb64(32)} api_version=2025-01 triggered_at={iso_ts(frac=6)}"),
                   lambda: mkj("shopify/order", J({"id": rint(10**15, 9 * 10**15), "name": f"#{rint(1001, 9999)}", "financial_status": ch(["refunded", "partially_refunded"]), "refunds": [{"id": rint(10**12, 9 * 10**12), "note": ch(["damaged in transit", "size exchange"]), "transactions": [{"amount": f"{rint(10, 500)}.00", "kind": "refund", "gateway": "shopify_payments", "status": "success"}]}]}))])()
    return produce(n, [(order, 3), (customer, 2), (privacy, 1)], [d_misc])

# ---------------------------------------------------------------------------------------------- PayPal
@fmt("paypal", "PayPal REST API webhooks (Webhooks event names and the event envelope id, event_version, create_time, resource_type, resource_version, event_type, summary, resource, links): CHECKOUT.ORDER.APPROVED (Orders v2 order: payer{name{given_name, surname}, email_address, payer_id, phone, address}, purchase_units[].shipping{name{full_name}, address{address_line_1, address_line_2, admin_area_2, admin_area_1, postal_code, country_code}}), BILLING.SUBSCRIPTION.ACTIVATED (subscriber), PAYMENT.PAYOUTS-ITEM.SUCCEEDED (payout_item.receiver), PAYMENT.CAPTURE.COMPLETED; OAuth 2.0 token requests logged by SDKs (client credentials in the Basic header)",
     "payer given_name / surname / full_name (person), email_address and payee / receiver e-mails (email), payer_id (user_id), phone_number.national_number (phone), address_line_1/2 (address), the Basic client-credentials blob (secret), access_token values (secret)",
     "PAYMENT.CAPTURE.COMPLETED resources (capture ids, amounts, seller_receivable_breakdown, links), webhook ids (WH-…), transmission signatures (PAYPAL-TRANSMISSION-SIG) and cert URLs, verify-webhook-signature responses, merchant ids, debug_ids")
def fmt_paypal(n):
    def env(et, rt, summary, res):
        return {"id": f"WH-{ralnum(17, UPPER_DIG)}-{ralnum(17, UPPER_DIG)}", "event_version": "1.0", "create_time": iso_ts(), "resource_type": rt, "resource_version": "2.0", "event_type": et, "summary": summary, "resource": res,
                "links": [{"href": "https://api-m.paypal.com/v1/notifications/webhooks-events/WH-" + ralnum(17, UPPER_DIG), "rel": "self", "method": "GET"}]}
    def paddr(p):
        st, pc, city, _ = address(p.country if p.country in ADDR_COUNTRIES else "US")
        return {"address_line_1": vaddr(st), "admin_area_2": city, "postal_code": pc, "country_code": p.country}
    def order():
        p = P(ch(["US", "GB", "DE", "DK", "FI", "RO", "GR", "IL"]))
        res = {"id": ralnum(17, UPPER_DIG), "intent": "CAPTURE", "status": "APPROVED", "create_time": iso_ts(frac=0),
               "payer": {"name": {"given_name": vname(p.given), "surname": vname(p.family)}, "email_address": vemail(p), "payer_id": vuid(ralnum(13, UPPER_DIG)), "address": {"country_code": p.country}},
               "purchase_units": [{"reference_id": "default", "amount": {"currency_code": "EUR", "value": f"{rint(5, 900)}.{rint(0, 99):02d}"}, "payee": {"email_address": V("email", ch(["sales@nordic-beans.dk", "payments@acme-store.com"])), "merchant_id": ralnum(13, UPPER_DIG)},
                                   "shipping": {"name": {"full_name": vname(p.western)}, "address": paddr(p)}}]}
        if coin(0.3): res["payer"]["phone"] = {"phone_type": "MOBILE", "phone_number": {"national_number": V("phone", re.sub(r"\D", "", phone(p.country if p.country in PHONE_COUNTRIES else "US", "nat")))}}
        return mkj("paypal/order", J(env("CHECKOUT.ORDER.APPROVED", "checkout-order", "An order has been approved by buyer", res)))
    def sub():
        p = P()
        res = {"id": "I-" + ralnum(12, UPPER_DIG), "plan_id": "P-" + ralnum(24, UPPER_DIG), "status": "ACTIVE", "start_time": iso_ts(frac=0), "quantity": "1",
               "subscriber": {"name": {"given_name": vname(p.given), "surname": vname(p.family)}, "email_address": vemail(p), "payer_id": vuid(ralnum(13, UPPER_DIG)), "shipping_address": {"name": {"full_name": vname(p.western)}, "address": paddr(p)}},
               "billing_info": {"outstanding_balance": {"currency_code": "EUR", "value": "0.0"}, "cycle_executions": [{"tenure_type": "REGULAR", "sequence": 1, "cycles_completed": 0}], "failed_payments_count": 0}}
        return mkj("paypal/subscription", J(env("BILLING.SUBSCRIPTION.ACTIVATED", "subscription", "Subscription activated", res)))
    def payout():
        p = P(); rcv = vemail(p) if coin(0.7) else pphone(p, "e164")
        res = {"payout_item_id": ralnum(13, UPPER_DIG), "transaction_id": ralnum(17, UPPER_DIG), "transaction_status": "SUCCESS", "payout_batch_id": ralnum(13, UPPER_DIG),
               "payout_item": {"recipient_type": "EMAIL" if rcv.kind == "email" else "PHONE", "amount": {"currency": "EUR", "value": f"{rint(5, 500)}.00"}, "note": "Refund", "receiver": rcv, "sender_item_id": f"refund-{rint(1000, 9999)}"}}
        return mkj("paypal/payout", J(env("PAYMENT.PAYOUTS-ITEM.SUCCEEDED", "payouts_item", "A payout item has succeeded", res)))
    def oauth():
        cid = "A" + ralnum(79, URLCH)
        blob = base64.b64encode(f"{cid}:{paypal_secret()}".encode()).decode()
        return ch([lambda: mk("paypal/sdk", f"{iso_ts()} DEBUG paypal.http POST https://api-m.paypal.com/v1/oauth2/token headers={{'Authorization': 'Basic ", V("secret", blob), "', 'Content-Type': 'application/x-www-form-urlencoded'} body=grant_type=client_credentials"),
                   lambda: mk("paypal/sdk", f"{iso_ts()} DEBUG paypal.http 200 {{\"scope\":\"https://uri.paypal.com/services/payments/payment\",\"access_token\":\"", V("secret", "A21AA" + ralnum(92, URLCH)), f"\",\"token_type\":\"Bearer\",\"app_id\":\"APP-{ralnum(17, UPPER_DIG)}\",\"expires_in\":32400}}")])()
    def d_cap():
        res = {"id": ralnum(17, UPPER_DIG), "status": "COMPLETED", "amount": {"currency_code": "EUR", "value": f"{rint(5, 900)}.{rint(0, 99):02d}"}, "final_capture": True, "disbursement_mode": "INSTANT",
               "seller_protection": {"status": "ELIGIBLE", "dispute_categories": ["ITEM_NOT_RECEIVED", "UNAUTHORIZED_TRANSACTION"]},
               "seller_receivable_breakdown": {"gross_amount": {"currency_code": "EUR", "value": "100.00"}, "paypal_fee": {"currency_code": "EUR", "value": "3.49"}, "net_amount": {"currency_code": "EUR", "value": "96.51"}},
               "supplementary_data": {"related_ids": {"order_id": ralnum(17, UPPER_DIG)}}, "create_time": iso_ts(frac=0), "update_time": iso_ts(frac=0)}
        return ch([lambda: mkj("paypal/capture", J(env("PAYMENT.CAPTURE.COMPLETED", "capture", "Payment completed for EUR 100.0 EUR", res))),
                   lambda: mk("paypal/verify", f"{iso_ts()} INFO webhook {ch(['PAYMENT.CAPTURE.COMPLETED', 'CHECKOUT.ORDER.APPROVED'])} transmission_id={uuid4()} transmission_time={iso_ts(frac=0)} auth_algo=SHA256withRSA cert_url=https://api.paypal.com/v1/notifications/certs/CERT-360caa42-fca2a594-{rhex(8)} transmission_sig={rb64(256)[:88]}... verification_status=SUCCESS")])()
    return produce(n, [(order, 3), (sub, 1), (payout, 1), (oauth, 1)], [d_cap])

# ---------------------------------------------------------------------------------------------- Plaid
@fmt("plaid", "Plaid API reference: webhooks (TRANSACTIONS SYNC_UPDATES_AVAILABLE, ITEM ERROR / PENDING_EXPIRATION, AUTH DEFAULT_UPDATE; webhook_type, webhook_code, item_id, environment) and request/response bodies of /item/public_token/exchange (client_id, secret, public_token → access_token, item_id, request_id), /identity/get (accounts[].owners[]{names[], emails[]{data, primary, type}, phone_numbers[]{data, primary, type}, addresses[]{data{street, city, region, postal_code, country}, primary}}) and /auth/get (numbers.ach[]{account, routing, wire_routing}, numbers.eft[], numbers.bacs[]{account, sort_code}) as logged by integrations",
     "secret and access/public tokens (secret), owner names (person), emails[].data (email), phone_numbers[].data (phone), addresses[].data.street (address), ACH / EFT / BACS account numbers (bank_account; routing numbers and sort codes in their own fields are not labeled), client_user_id of link tokens (user_id)",
     "webhooks (item_id, account ids, webhook codes, new_transactions counts), request_ids, account masks ('0000'), institution ids, balances, transaction merchant names and categories, link_token expirations")
def fmt_plaid(n):
    def exch():
        if coin(0.5):
            return mkj("plaid/api", f"{iso_ts()} plaid request POST /item/public_token/exchange ", J({"client_id": rhex(24), "secret": vsecret(rhex(30)), "public_token": vsecret(plaid_token("public"))}))
        return mkj("plaid/api", f"{iso_ts()} plaid response /item/public_token/exchange ", J({"access_token": vsecret(plaid_token("access")), "item_id": ralnum(37, string.ascii_letters + string.digits), "request_id": ralnum(15)}))
    def ident():
        p = P(ch(["US", "US", "CA", "GB"])); st, pc, city, _ = address(p.country)
        owner = {"names": [vname(p.western)], "emails": [{"data": vemail(p), "primary": True, "type": "primary"}], "phone_numbers": [{"data": pphone(p, "e164"), "primary": True, "type": "mobile"}],
                 "addresses": [{"data": {"street": vaddr(st), "city": city.split(",")[0], "region": city.split(" ")[-1], "postal_code": pc, "country": p.country}, "primary": True}]}
        acc = {"account_id": ralnum(37), "balances": {"available": rint(10, 9000), "current": rint(10, 9000), "iso_currency_code": "USD"}, "mask": rdigits(4), "name": "Plaid Checking", "official_name": "Plaid Gold Standard 0% Interest Checking", "subtype": "checking", "type": "depository", "owners": [owner]}
        return mkj("plaid/api", f"{iso_ts()} plaid response /identity/get ", J({"accounts": [acc], "item": {"item_id": ralnum(37), "institution_id": f"ins_{rint(1, 200)}"}, "request_id": ralnum(15)}))
    def auth():
        kind = ch(["ach", "ach", "bacs", "eft"]); aid = ralnum(37)
        if kind == "ach": nums = {"ach": [{"account": V("bank_account", rdigits(ch([10, 12]))), "account_id": aid, "routing": aba(), "wire_routing": aba()}], "eft": [], "bacs": [], "international": []}
        elif kind == "bacs": nums = {"ach": [], "eft": [], "bacs": [{"account": V("bank_account", rdigits(8)), "account_id": aid, "sort_code": rdigits(6)}], "international": []}
        else: nums = {"ach": [], "eft": [{"account": V("bank_account", rdigits(7)), "account_id": aid, "institution": rdigits(3), "branch": rdigits(5)}], "bacs": [], "international": []}
        return mkj("plaid/api", f"{iso_ts()} plaid response /auth/get ", J({"accounts": [{"account_id": aid, "mask": rdigits(4), "name": "Checking", "subtype": "checking", "type": "depository"}], "numbers": nums, "request_id": ralnum(15)}))
    def link():
        return mkj("plaid/api", f"{iso_ts()} plaid request POST /link/token/create ", J({"client_id": rhex(24), "secret": vsecret(rhex(30)), "client_name": "Acme Budget", "country_codes": ["US"], "language": "en",
                                                                                        "user": {"client_user_id": vuid(f"user-{rint(10000, 999999)}")}, "products": ["auth", "transactions"], "webhook": "https://api.acme-budget.com/plaid/webhook"}))
    def d_hook():
        o = ch([{"webhook_type": "TRANSACTIONS", "webhook_code": "SYNC_UPDATES_AVAILABLE", "item_id": ralnum(37), "initial_update_complete": True, "historical_update_complete": coin(0.5), "environment": "production"},
                {"webhook_type": "ITEM", "webhook_code": ch(["ERROR", "PENDING_EXPIRATION", "LOGIN_REPAIRED"]), "item_id": ralnum(37), "error": {"error_type": "ITEM_ERROR", "error_code": "ITEM_LOGIN_REQUIRED", "error_code_reason": None, "error_message": "the login details of this item have changed (credentials, MFA, or required user action) and a user login is required to update this information. use Link's update mode to restore the item to a good state", "display_message": None, "request_id": ralnum(15), "causes": [], "status": 400}, "environment": "production"},
                {"webhook_type": "AUTH", "webhook_code": "DEFAULT_UPDATE", "item_id": ralnum(37), "account_ids_with_new_liabilities": [], "account_ids_with_updated_liabilities": {ralnum(37): ["past_amount_due"]}, "environment": "production"},
                {"link_token": f"link-production-{uuid4()}", "expiration": iso_ts(frac=0), "request_id": ralnum(15)}])
        return mkj("plaid/webhook", f"{iso_ts()} plaid webhook ", J(o))
    return produce(n, [(exch, 2), (ident, 2), (auth, 2), (link, 1)], [d_hook])

# ---------------------------------------------------------------------------------------------- UK Open Banking
@fmt("openbanking", "Open Banking UK Read/Write API v3.1 Account and Transaction API (OBReadAccount6: Data.Account[]{AccountId, Status, Currency, AccountType, AccountSubType, Nickname, Account[]{SchemeName UK.OBIE.SortCodeAccountNumber / UK.OBIE.IBAN, Identification, Name, SecondaryIdentification}}; OBReadTransaction6 with DebtorAccount/CreditorAccount, TransactionInformation, Balance; OBReadParty2 Party{PartyId, PartyNumber, PartyType, Name, FullLegalName, EmailAddress, Phone, Mobile, Address[]{AddressType, AddressLine[], StreetName, BuildingNumber, PostCode, TownName, Country}}; account-access-consents; Links/Meta) and Payment Initiation domestic-payment-consents (Initiation.CreditorAccount, RemittanceInformation)",
     "Account[].Identification: sort code + account number as one token (bank_account) or an IBAN (iban); Account[].Name, Party Name / FullLegalName, Debtor/Creditor names (person); PartyId / PartyNumber (user_id); EmailAddress (email); Phone / Mobile in the OB '+44-…' form (phone); StreetName + BuildingNumber and street AddressLines (address); names in TransactionInformation (person)",
     "account-access-consents (Permissions lists, ExpirationDateTime, ConsentId), balances (Amount, CreditDebitIndicator, Type), Links.Self / Meta.TotalPages, AccountIds, TransactionIds, MerchantDetails, BankTransactionCode codes, x-fapi-interaction-id / x-fapi-financial-id gateway lines")
def fmt_openbanking(n):
    def sc_acc(): return f"{rdigits(6)}{rdigits(8)}"
    def acct(p, iban_=False):
        if iban_: return {"SchemeName": "UK.OBIE.IBAN", "Identification": viban("GB", "plain"), "Name": vname(p.western)}
        return {"SchemeName": "UK.OBIE.SortCodeAccountNumber", "Identification": V("bank_account", sc_acc()), "Name": vname(ch([p.western, f"{ch(['Mr', 'Ms', 'Mrs'])} {p.given[0]} {p.family}", p.family.upper()]))}
    def links(path): return {"Self": f"https://ob.alphabank.co.uk/open-banking/v3.1/aisp/{path}"}
    def accounts():
        p = P(ch(["GB", "GB", "IE", "PL", "RO", "IN", "NG"]))
        a = {"AccountId": str(rint(10000, 99999)), "Status": "Enabled", "StatusUpdateDateTime": iso_ts(frac=3, z="+00:00"), "Currency": "GBP", "AccountType": "Personal", "AccountSubType": ch(["CurrentAccount", "Savings"]),
             "Nickname": ch(["Bills", "Household", "Holiday"]), "OpeningDate": iso_ts(frac=3, z="+00:00"), "Account": [acct(p, coin(0.3))]}
        return mkj("openbanking/accounts", J({"Data": {"Account": [a]}, "Links": links("accounts"), "Meta": {"TotalPages": 1}}))
    def txn():
        p = P(ch(["GB", "GB", "IE", "PL", "RO"])); q_ = P(ch(["GB", "GB", "IN", "NG", "PL"])); cr = coin(0.5)
        info = ch([["Cash from ", vname(q_.western)], ["FPS ", vname(q_.family.upper()), " RENT MARCH"], ["Card payment TESCO STORES 2231"], ["Standing order to ", vname(q_.western)]])
        t = {"AccountId": str(rint(10000, 99999)), "TransactionId": str(rint(10**6, 10**9)), "TransactionReference": f"Ref {rint(1, 9999)}", "Amount": {"Amount": f"{rint(1, 2000)}.{rint(0, 99):02d}", "Currency": "GBP"},
             "CreditDebitIndicator": "Credit" if cr else "Debit", "Status": "Booked", "BookingDateTime": iso_ts(frac=3, z="+00:00"), "ValueDateTime": iso_ts(frac=3, z="+00:00"), "TransactionInformation": S(info),
             "BankTransactionCode": {"Code": "ReceivedCreditTransfer", "SubCode": "DomesticCreditTransfer"}, "ProprietaryBankTransactionCode": {"Code": "Transfer", "Issuer": "AlphaBank"},
             ("DebtorAccount" if cr else "CreditorAccount"): acct(q_), "Balance": {"Amount": {"Amount": f"{rint(10, 9000)}.00", "Currency": "GBP"}, "CreditDebitIndicator": "Credit", "Type": "InterimBooked"}}
        return mkj("openbanking/transactions", J({"Data": {"Transaction": [t]}, "Links": links(f"accounts/{t['AccountId']}/transactions"), "Meta": {"TotalPages": 1}}))
    def party():
        p = P(ch(["GB", "GB", "IE", "PL", "RO", "IN"])); st, pc, city, _ = address("GB")
        m = re.match(r"^(\d+) (.+)$", st)
        adr = {"AddressType": "Residential", "StreetName": vaddr(m.group(2)), "BuildingNumber": vaddr(m.group(1)), "PostCode": pc, "TownName": city, "Country": "GB"} if coin(0.6) else \
              {"AddressType": "Residential", "AddressLine": [vaddr(st), f"{city} {pc}"], "Country": "GB"}
        ph = lambda: V("phone", "+44-" + phone("GB", "e164")[3:])
        pty = {"PartyId": vuid(f"PX{ralnum(6, UPPER_DIG)}"), "PartyNumber": vuid(rdigits(10)), "PartyType": "Sole", "Name": vname(p.western), "FullLegalName": vname(f"{p.given} {p.middle + ' ' if p.middle else ''}{p.family}"),
               "EmailAddress": vemail(p), "Phone": ph(), "Mobile": ph(), "Address": [adr]}
        return mkj("openbanking/party", J({"Data": {"Party": pty}, "Links": links("party"), "Meta": {}}))
    def pay():
        p = P(ch(["GB", "GB", "IE"]))
        o = {"Data": {"ConsentId": f"sdp-1-{uuid4()}", "Status": "AwaitingAuthorisation", "CreationDateTime": iso_ts(frac=3, z="+00:00"), "Initiation": {"InstructionIdentification": ralnum(16, UPPER_DIG), "EndToEndIdentification": ralnum(16, UPPER_DIG),
             "InstructedAmount": {"Amount": f"{rint(1, 900)}.00", "Currency": "GBP"}, "CreditorAccount": acct(p), "RemittanceInformation": {"Reference": S(ch([["Rent ", vname(p.family.upper())], [f"INV{rint(1000, 9999)}"]])), "Unstructured": "March"}}},
             "Risk": {"PaymentContextCode": "PartyToParty"}, "Links": {"Self": "https://ob.alphabank.co.uk/open-banking/v3.1/pisp/domestic-payment-consents"}, "Meta": {}}
        return mkj("openbanking/payments", J(o))
    def d_misc():
        return ch([lambda: mkj("openbanking/consents", J({"Data": {"ConsentId": f"aac-{uuid4()}", "CreationDateTime": iso_ts(frac=3, z="+00:00"), "Status": ch(["AwaitingAuthorisation", "Authorised", "Revoked"]), "StatusUpdateDateTime": iso_ts(frac=3, z="+00:00"),
                                                                          "Permissions": ["ReadAccountsDetail", "ReadBalances", "ReadTransactionsCredits", "ReadTransactionsDebits", "ReadTransactionsDetail", "ReadParty"], "ExpirationDateTime": iso_ts(frac=3, z="+00:00")}, "Risk": {}, "Links": {"Self": "https://ob.alphabank.co.uk/open-banking/v3.1/aisp/account-access-consents"}, "Meta": {"TotalPages": 1}})),
                   lambda: mkj("openbanking/balances", J({"Data": {"Balance": [{"AccountId": str(rint(10000, 99999)), "Amount": {"Amount": f"{rint(10, 9000)}.{rint(0, 99):02d}", "Currency": "GBP"}, "CreditDebitIndicator": "Credit", "Type": ch(["InterimAvailable", "InterimBooked", "ClosingBooked"]), "DateTime": iso_ts(frac=3, z="+00:00"), "CreditLine": [{"Included": False, "Amount": {"Amount": "500.00", "Currency": "GBP"}, "Type": "Pre-Agreed"}]}]}, "Links": links("balances"), "Meta": {"TotalPages": 1}})),
                   lambda: mk("openbanking/gateway", f"{iso_ts()} INFO aisp GET /open-banking/v3.1/aisp/accounts/{rint(10000, 99999)}/transactions?fromBookingDateTime={iso_ts(frac=0, z='')} 200 x-fapi-interaction-id={uuid4()} x-fapi-financial-id=0015800001041RE{ralnum(3, UPPER_DIG)} duration_ms={rint(20, 900)}")])()
    return produce(n, [(accounts, 2), (txn, 3), (party, 2), (pay, 1)], [d_misc])

# ---------------------------------------------------------------------------------------------- ISO 20022 camt.053
@fmt("camt053", "ISO 20022 camt.053.001.08 BankToCustomerStatement (GrpHdr MsgId/CreDtTm; Stmt{Id, ElctrncSeqNb, CreDtTm, Acct{Id{IBAN | Othr{Id, SchmeNm}}, Ccy, Ownr{Nm, PstlAdr}, Svcr}, Bal[]{Tp, Amt, CdtDbtInd, Dt}, Ntry[]{Amt, CdtDbtInd, Sts, BookgDt, ValDt, AcctSvcrRef, BkTxCd, NtryDtls{TxDtls{Refs{EndToEndId, MndtId}, RltdPties{Dbtr|Cdtr{Pty{Nm, PstlAdr{StrtNm, BldgNb, PstCd, TwnNm, Ctry}}}, DbtrAcct|CdtrAcct{Id{IBAN}}}, RmtInf{Ustrd}}}}}), pretty-printed as bank interfaces log it, and the one-line compact form",
     "account IBANs (iban) and Othr/Id with SchmeNm BBAN (bank_account), Ownr/Nm and related-party Nm (person), StrtNm and BldgNb (address), Ustrd remittance texts naming people (person), Dbtr/Cdtr private Id/Othr/Id with scheme NIDN (national_id) or CUST (user_id)",
     "structure lines (<Stmt>, <Bal>, <Ntry>, closing tags), MsgId/Stmt Id/ElctrncSeqNb, balances and amounts, booking/value dates, AcctSvcrRef and EndToEndId references, BkTxCd domain/family codes, creditor organisations (utilities, landlords), PstCd/TwnNm/Ctry lines, BIC of servicers")
def fmt_camt053(n):
    ORGS = ["Ørsted Salg & Service A/S", "Helen Oy", "Enel Energie S.A.", "MVM Next Energiakereskedelmi Zrt.", "ΔΕΗ Α.Ε.", "Telenor ASA", "Boligselskabet Sjælland"]
    def party(tag, p, ind, org=None):
        out = [(ind, [f"<{tag}>"]), (ind + 2, ["<Pty>"])]
        if org: out.append((ind + 4, [f"<Nm>{xesc(org)}</Nm>"]))
        else:
            out.append((ind + 4, ["<Nm>", vname(xesc(p.western)), "</Nm>"]))
            if coin(0.6):
                st, pc, city, _ = address(p.country if p.country in ADDR_COUNTRIES else "DK")
                m = re.match(r"^([^\d]+?)[ ,]+(\d[\w/]*)(.*)$", st)
                out.append((ind + 4, ["<PstlAdr>"]))
                if m and not m.group(3):
                    out += [(ind + 6, ["<StrtNm>", vaddr(xesc(m.group(1))), "</StrtNm>"]), (ind + 6, ["<BldgNb>", vaddr(m.group(2)), "</BldgNb>"])]
                else:
                    out.append((ind + 6, ["<AdrLine>", vaddr(xesc(st)), "</AdrLine>"]))
                out += [(ind + 6, [f"<PstCd>{pc}</PstCd>"] if pc else ["<PstCd/>"]), (ind + 6, [f"<TwnNm>{xesc(city)}</TwnNm>"]), (ind + 6, [f"<Ctry>{p.country}</Ctry>"]), (ind + 4, ["</PstlAdr>"])]
            if coin(0.25):
                code = ch(["NIDN", "CUST"])
                out += [(ind + 4, ["<Id><PrvtId><Othr><Id>", natid(p) if code == "NIDN" else vuid(rdigits(9)), f"</Id><SchmeNm><Cd>{code}</Cd></SchmeNm></Othr></PrvtId></Id>"])]
        out += [(ind + 2, ["</Pty>"]), (ind, [f"</{tag}>"])]
        return out
    def accid(tag, p, ind):
        cc = p.country if p.country in IBAN_LEN else ch(["DK", "FI", "NO", "HU", "RO", "GR"])
        if cc == "NO" and coin(0.4):
            return [(ind, [f"<{tag}><Id><Othr><Id>", V("bank_account", no_account(), "noacc"), f"</Id><SchmeNm><Cd>BBAN</Cd></SchmeNm></Othr></Id></{tag}>"])]
        if cc == "HU" and coin(0.4):
            return [(ind, [f"<{tag}><Id><Othr><Id>", V("bank_account", hu_giro(), "hugiro"), f"</Id><SchmeNm><Cd>BBAN</Cd></SchmeNm></Othr></Id></{tag}>"])]
        return [(ind, [f"<{tag}>"]), (ind + 2, ["<Id>"]), (ind + 4, ["<IBAN>", viban(cc, "plain"), "</IBAN>"]), (ind + 2, ["</Id>"]), (ind, [f"</{tag}>"])]
    def entry(owner, ind):
        cr = coin(0.5); cp = P(ch(["DK", "FI", "NO", "HU", "RO", "GR", "DE", "SE"])); org = ch(ORGS) if (not cr and coin(0.6)) else None
        amt = f"{rint(1, 9999)}.{rint(0, 99):02d}"; ccy = ch(["EUR", "DKK", "HUF"])
        els = [(ind, ["<Ntry>"]), (ind + 2, [f"<Amt Ccy=\"{ccy}\">{amt}</Amt>"]), (ind + 2, [f"<CdtDbtInd>{'CRDT' if cr else 'DBIT'}</CdtDbtInd>"]), (ind + 2, ["<Sts><Cd>BOOK</Cd></Sts>"]),
               (ind + 2, [f"<BookgDt><Dt>{ts_event().strftime('%Y-%m-%d')}</Dt></BookgDt>"]), (ind + 2, [f"<AcctSvcrRef>{ralnum(16, UPPER_DIG)}</AcctSvcrRef>"]),
               (ind + 2, ["<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>" + ("RCDT" if cr else "ICDT") + "</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>"]),
               (ind + 2, ["<NtryDtls>"]), (ind + 4, ["<TxDtls>"]), (ind + 6, [f"<Refs><EndToEndId>{ch(['NOTPROVIDED', 'E2E-' + ralnum(12, UPPER_DIG)])}</EndToEndId></Refs>"]), (ind + 6, ["<RltdPties>"])]
        if cr: els += party("Dbtr", cp, ind + 8) + accid("DbtrAcct", cp, ind + 8)
        else: els += party("Cdtr", cp, ind + 8, org) + accid("CdtrAcct", cp, ind + 8)
        els.append((ind + 6, ["</RltdPties>"]))
        rmt = ch([[f"Faktura {rint(10000, 99999)}"], ["Husleje marts ", vname(xesc(owner.family))], [f"Lasku {rint(1000, 9999)} viite {rdigits(10)}"], ["Gift from ", vname(xesc(cp.western))], ["Chirie martie"]]) if org is None or coin(0.3) else [f"Kundenr. {rdigits(8)}"]
        els += [(ind + 6, ["<RmtInf><Ustrd>", *rmt, "</Ustrd></RmtInf>"]), (ind + 4, ["</TxDtls>"]), (ind + 2, ["</NtryDtls>"]), (ind, ["</Ntry>"])]
        return els
    def x_is(el, tag): return el[1][0] == tag
    def doc():
        own = P(ch(["DK", "FI", "NO", "HU", "RO", "GR"])); t = ts_event()
        els = [(2, ["<Stmt>"]), (4, [f"<Id>STMT-{t.strftime('%Y%m%d')}-{rdigits(5)}</Id>"]), (4, [f"<ElctrncSeqNb>{rint(1, 400)}</ElctrncSeqNb>"]), (4, [f"<CreDtTm>{iso_ts(t, 0, '')}</CreDtTm>"]), (4, ["<Acct>"])]
        cc = own.country
        els += [(6, ["<Id>"]), (8, ["<IBAN>", viban(cc, "plain"), "</IBAN>"]), (6, ["</Id>"]), (6, [f"<Ccy>{ {'DK': 'DKK', 'NO': 'NOK', 'HU': 'HUF', 'RO': 'RON'}.get(cc, 'EUR')}</Ccy>"]), (6, ["<Ownr>"]), (8, ["<Nm>", vname(xesc(own.western)), "</Nm>"]), (6, ["</Ownr>"]),
                (6, [f"<Svcr><FinInstnId><BICFI>{ch(['DABADKKK', 'NDEAFIHH', 'DNBANOKK', 'OTPVHUHB', 'BTRLRO22', 'ETHNGRAA'])}</BICFI></FinInstnId></Svcr>"]), (4, ["</Acct>"]),
                (4, ["<Bal>"]), (6, ["<Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp>"]), (6, [f"<Amt Ccy=\"EUR\">{rint(100, 90000)}.{rint(0, 99):02d}</Amt>"]), (6, ["<CdtDbtInd>CRDT</CdtDbtInd>"]), (6, [f"<Dt><Dt>{t.strftime('%Y-%m-%d')}</Dt></Dt>"]), (4, ["</Bal>"])]
        for _ in range(rint(1, 2)): els += entry(own, 4)
        els.append((2, ["</Stmt>"]))
        if coin(0.72):
            return mk("camt053/compact", f"{iso_ts()} INFO  statements.import - received camt.053 <Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\"><BkToCstmrStmt>", [x[1] for x in els], "</BkToCstmrStmt></Document>")
        # a logged excerpt: the account block, or one entry's related parties and remittance information
        if coin(0.35): a, b = 4, 13
        else:
            starts = [i for i, x in enumerate(els) if x[1][0] == "<RltdPties>"]; a = ch(starts); b = next(i for i in range(a, len(els)) if x_is(els[i], "</TxDtls>"))
        return [mk("camt053/xml", " " * i, *parts) for i, parts in els[a:b + 1]]
    def d_misc():
        t = ts_event()
        return mk("camt053/xml", ch([f"<GrpHdr><MsgId>CAMT053-{t.strftime('%Y%m%d%H%M%S')}</MsgId><CreDtTm>{iso_ts(t, 0, '')}</CreDtTm></GrpHdr>", "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\">", "<BkToCstmrStmt>",
                                     f"<TxsSummry><TtlNtries><NbOfNtries>{rint(1, 300)}</NbOfNtries><Sum>{rint(100, 99999)}.{rint(0, 99):02d}</Sum></TtlNtries></TxsSummry>", f"<Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">{rint(100, 90000)}.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>{t.strftime('%Y-%m-%d')}</Dt></Dt></Bal>",
                                     f"<FrToDt><FrDtTm>{t.strftime('%Y-%m-%d')}T00:00:00</FrDtTm><ToDtTm>{t.strftime('%Y-%m-%d')}T23:59:59</ToDtTm></FrToDt>", "</BkToCstmrStmt>", "</Document>"]))
    return produce(n, [doc], [d_misc], dfrac=0.4)

# ---------------------------------------------------------------------------------------------- MIT Kerberos KDC
REALMS = ["EXAMPLE.COM", "CORP.NORTHWIND.FI", "AD.CONTOSO.DK"]
ETYPES = "aes256-cts-hmac-sha1-96(18), aes128-cts-hmac-sha1-96(17), aes256-cts-hmac-sha384-192(20), aes128-cts-hmac-sha256-128(19), camellia256-cts-cmac(26), camellia128-cts-cmac(25), DEPRECATED:arcfour-hmac(23)"
@fmt("krb5kdc", "MIT Kerberos krb5kdc and kadmind logging as documented in the MIT Kerberos admin guide (kdc.conf [logging], 'krb5kdc log messages'): AS_REQ / TGS_REQ lines '(N etypes {…}) <client address>: <status>: authtime <t>, etypes {rep=…, tkt=…, ses=…}, <client principal> for <server principal>[, <error>]' with ISSUE, NEEDED_PREAUTH, PREAUTH_FAILED, CLIENT_NOT_FOUND, LOCKED_OUT, UNKNOWN_SERVER; kadmind 'Request: kadm5_…, <principal>, success, client=…, service=…, addr=…' and chpw lines; in syslog form",
     "client principals of people (username: the whole principal incl. realm, and a person's admin instance 'anna/admin@REALM'), client addresses (ipv4/ipv6), principals in kadmin requests and chpw lines, pre-authentication failures of people",
     "service and host principals (krbtgt/REALM, host/…, HTTP/…, ldap/…, kadmin/admin, K/M, the generic admin/admin principal), etype lists, authtime epochs, 'commencing operation', 'setting up network', listening sockets, 'closing down fd N', TGS requests of host principals from loopback")
def fmt_krb5kdc(n):
    def pre(d="krb5kdc"): return f"{syslog_ts()} {ch(['kdc1', 'kdc2.example.com', 'ipa01'])} {d}[{rint(800, 9999)}](info): "
    def princ(p, realm): return vuser(f"{p.username()}@{realm}")
    def et(k): return ", ".join(ETYPES.split(", ")[:k])
    def asreq():
        p = P(); r = ch(REALMS); k = rint(3, 7); t = epoch()
        st = chw([("ISSUE", 4), ("NEEDED_PREAUTH", 2), ("PREAUTH_FAILED", 2), ("CLIENT_NOT_FOUND", 1), ("LOCKED_OUT", 1)])
        tail = {"ISSUE": [], "NEEDED_PREAUTH": [", Additional pre-authentication required"], "PREAUTH_FAILED": [", Preauthentication failed"], "CLIENT_NOT_FOUND": [", Client not found in Kerberos database"], "LOCKED_OUT": [", Client's credentials have been revoked"]}[st]
        auth = f"authtime {t}, etypes {{rep=aes256-cts-hmac-sha1-96(18), tkt=aes256-cts-hmac-sha1-96(18), ses=aes256-cts-hmac-sha1-96(18)}}, " if st == "ISSUE" else ""
        return mk("krb5kdc/as_req", pre(), f"AS_REQ ({k} etypes {{{et(k)}}}) ", vip(0.2), f": {st}: {auth}", princ(p, r), f" for krbtgt/{r}@{r}", tail)
    def tgsreq():
        p = P(); r = ch(REALMS); t = epoch(); svc = ch([f"HTTP/intranet.{r.lower()}", f"host/jump01.{r.lower()}", f"ldap/ipa01.{r.lower()}", f"imap/mail.{r.lower()}", f"cifs/fs01.{r.lower()}"])
        st = ch(["ISSUE", "ISSUE", "UNKNOWN_SERVER"])
        if st == "ISSUE": return mk("krb5kdc/tgs_req", pre(), "TGS_REQ (4 etypes {aes256-cts-hmac-sha1-96(18), aes128-cts-hmac-sha1-96(17), aes256-cts-hmac-sha384-192(20), aes128-cts-hmac-sha256-128(19)}) ", vip(0.2), f": ISSUE: authtime {t}, etypes {{rep=aes256-cts-hmac-sha1-96(18), tkt=aes256-cts-hmac-sha1-96(18), ses=aes256-cts-hmac-sha1-96(18)}}, ", princ(p, r), f" for {svc}@{r}")
        return mk("krb5kdc/tgs_req", pre(), "TGS_REQ (4 etypes {aes256-cts-hmac-sha1-96(18), aes128-cts-hmac-sha1-96(17), aes256-cts-hmac-sha384-192(20), aes128-cts-hmac-sha256-128(19)}) ", vip(0.2), f": UNKNOWN_SERVER: authtime {t}, ", princ(p, r), f" for HTTP/old-portal.{r.lower()}@{r}, Server not found in Kerberos database")
    def kadm():
        p = P(); a = P(); r = ch(REALMS)
        return ch([lambda: mk("krb5kdc/kadmind", pre("kadmind"), f"Request: {ch(['kadm5_create_principal', 'kadm5_modify_principal', 'kadm5_randkey_principal', 'kadm5_get_principal'])}, ", princ(p, r), ", success, client=", vuser(f"{a.username()}/admin@{r}"), f", service=kadmin/admin@{r}, addr=", vip4(), ", vers=4, flags=0"),
                   lambda: mk("krb5kdc/kadmind", pre("kadmind"), "chpw request from ", vip4(), " for ", princ(p, r), f": {ch(['success', 'Password is too short', 'Password too short', 'Password history'])}"),
                   lambda: mk("krb5kdc/kadmind", pre("kadmind"), "Request: kadm5_init, ", vuser(f"{a.username()}/admin@{r}"), f", success, client=", vuser(f"{a.username()}/admin@{r}"), f", service=kadmin/admin@{r}, addr=", vip4(), ", vers=4, flags=0")])()
    def d_sys():
        r = ch(REALMS)
        msg = ch(["commencing operation", "setting up network...", f"Listening on UDP/TCP port 88", "set up 6 sockets", f"closing down fd {rint(10, 40)}",
                                                                 f"TGS_REQ (4 etypes {{aes256-cts-hmac-sha1-96(18), aes128-cts-hmac-sha1-96(17)}}) 127.0.0.1: ISSUE: authtime {epoch()}, etypes {{rep=aes256-cts-hmac-sha1-96(18), tkt=aes256-cts-hmac-sha1-96(18), ses=aes256-cts-hmac-sha1-96(18)}}, host/kdc1.{r.lower()}@{r} for kadmin/admin@{r}",
                                                                 f"Request: kadm5_get_policies, admin/admin@{r}, success, client=admin/admin@{r}, service=kadmin/admin@{r}, addr=127.0.0.1, vers=4, flags=0",
                                                                 f"AS_REQ (2 etypes {{aes256-cts-hmac-sha1-96(18), aes128-cts-hmac-sha1-96(17)}}) ::1: ISSUE: authtime {epoch()}, etypes {{rep=aes256-cts-hmac-sha1-96(18), tkt=aes256-cts-hmac-sha1-96(18), ses=aes256-cts-hmac-sha1-96(18)}}, host/ipa01.{r.lower()}@{r} for krbtgt/{r}@{r}",
                                                                 "Loaded", "shutting down", "Seeding random number generator"])
        return mk("krb5kdc/sys", pre("kadmind" if msg.startswith("Request:") or (msg in ("Loaded", "Seeding random number generator") and coin(0.5)) else "krb5kdc"), msg)
    return produce(n, [(asreq, 4), (tgsreq, 2), (kadm, 2)], [d_sys])

# ---------------------------------------------------------------------------------------------- CUPS
@fmt("cups", "cupsd-logs(5): page_log with the default PageLogFormat '%p %u %j %T %P %C %{job-billing} %{job-originating-host-name} %{job-name} %{media} %{sides}', access_log (host group user date-time \"method resource version\" status bytes ipp-operation ipp-status) and error_log (level [date-time] message, incl. '[Job N] Queued on \"printer\" by \"user\".' and '[Client N] …' lines)",
     "page_log and error_log job owners (username), job-originating-host-name addresses (ipv4/ipv6), job names that carry people's names (person: 'Payslip_Lars_Skov.pdf' → the name), access_log client addresses and authenticated users (username)",
     "root / lp / cups-browsed jobs, localhost access lines with '-' user, scheduler start/stop/PPD/driver messages, media and sides keywords, job ids, page counts, billing '-', IPP status keywords")
def fmt_cups(n):
    PR = ["HP_LaserJet_M507", "Brother_HL_L5100DN", "Kyocera_ECOSYS_P3155dn", "Canon_iR_C3226"]
    def jobname(p):
        t = P()
        return ch([[ch(["Payslip_", "Lonseddel_", "Palkkalaskelma_", "Fluturas_"]), vname(f"{t.given}_{t.family}".replace(" ", "_")), "_2025-02.pdf"], [ch(["Microsoft Word - CV ", "Referat møde med "]), vname(t.western), ch([".docx", ""])],
                   [ch(["Quarterly report.pdf", "boarding-pass.pdf", "Untitled", "invoice-4471.pdf", "smbprn.00000021 Remote Downlevel Document"])]])
    def page():
        p = P(); d = ts_event()
        host = ch([vip4(), vpriv4(), vip6(), ch(["annas-mbp.local", "ws-0142", "localhost"])])
        return mk("cups/page_log", f"{ch(PR)} ", vuser(p.username()), f" {rint(1, 9999)} [{d.strftime('%d/%b/%Y:%H:%M:%S')} +0100] {ch(['total', '1', '2'])} {rint(1, 3)} - ", host, " ", jobname(p), f" {ch(['iso_a4_210x297mm', 'na_letter_8.5x11in'])} {ch(['one-sided', 'two-sided-long-edge'])}")
    def access():
        p = P()
        return mk("cups/access_log", vip(0.2), " - ", vuser(p.username()) if coin(0.6) else "-", f" [{clf_ts()}] \"POST /printers/{ch(PR)} HTTP/1.1\" 200 {rint(300, 900000)} {ch(['Print-Job', 'Send-Document', 'Create-Job', 'Cancel-Job'])} successful-ok")
    def err():
        p = P(); d = ts_event(); j = rint(1, 9999)
        return mk("cups/error_log", f"I [{d.strftime('%d/%b/%Y:%H:%M:%S')} +0100] ", ch([[f"[Job {j}] Queued on \"{ch(PR)}\" by \"", vuser(p.username()), "\"."],
                                                                                         [f"[Job {j}] Canceled by \"", vuser(p.username()), "\"."],
                                                                                         ["[Client ", str(rint(1, 99)), "] Authentication failed for user \"", vuser(p.username()), "\" from ", vip4(), "."]]))
    def d_sys():
        d = ts_event()
        return ch([lambda: mk("cups/error_log", f"{ch(['I', 'I', 'E', 'W'])} [{d.strftime('%d/%b/%Y:%H:%M:%S')} +0100] ", ch(["Listening to localhost:631 (IPv4)", "Listening to /run/cups/cups.sock (Domain)", "Full reload is required.", "Loaded configuration file \"/etc/cups/cupsd.conf\"",
                                                                                                                        "Using default TempDir of /var/spool/cups/tmp...", f"[Job {rint(1, 9999)}] Job completed.", f"[Job {rint(1, 9999)}] Printer stopped due to backend errors; please consult the error_log file for details.",
                                                                                                                        "Expiring subscriptions...", f"Saving printers.conf...", "[cups-deviced] PID 2211 (snmp) exited with no errors.", f"Printer \"{ch(PR)}\" is now idle."])),
                   lambda: mk("cups/access_log", f"localhost - - [{clf_ts()}] \"POST / HTTP/1.1\" 200 {rint(150, 9000)} {ch(['CUPS-Get-Printers', 'Get-Jobs', 'CUPS-Get-Default', 'Get-Printer-Attributes'])} {ch(['successful-ok', '-'])}"),
                   lambda: mk("cups/page_log", f"{ch(PR)} {ch(['root', 'lp', 'cups-browsed'])} {rint(1, 9999)} [{d.strftime('%d/%b/%Y:%H:%M:%S')} +0100] total 1 - localhost {ch(['Test Page', 'testprint', 'nightly-report.ps'])} iso_a4_210x297mm one-sided")])()
    return produce(n, [(page, 3), (access, 2), (err, 2)], [d_sys])

# ---------------------------------------------------------------------------------------------- Asterisk
@fmt("asterisk", "Asterisk CDR records as written by cdr_csv to Master.csv (accountcode, src, dst, dcontext, clid, channel, dstchannel, lastapp, lastdata, start, answer, end, duration, billsec, disposition, amaflags, uniqueid, userfield; CSV with doubled quotes in clid), the full log ([date] LEVEL[pid] file: message, verbose '-- Executing [exten@context:prio] App(\"channel\", \"args\")' lines, res_pjsip registration failures, chan_sip/res_pjsip 'Call from … rejected'), and phone provisioning requests naming device MACs",
     "external caller and called numbers in src/dst/clid/lastdata and Dial() arguments (phone), caller names in clid '\"Name\" <number>' (person), SIP peer addresses (ipv4), AORs of people in failed registrations (username), provisioning MAC addresses (mac_address)",
     "internal extensions (1001, *97, s) and their channels, contexts, application names, uniqueids, durations, dispositions, module loading and 'Asterisk Ready.' lines, voicemail-to-voicemail calls, dialplan reloads")
def fmt_asterisk(n):
    def ext(): return str(rint(1000, 1099))
    def tstamp(): return ts_event().strftime("%Y-%m-%d %H:%M:%S")
    def cdr():
        p = P(ch(["DK", "FI", "NO", "RO", "HU", "GR", "GB", "US", "DE", "IL"])); inbound = coin(0.5); e = ext(); num = pphone(p, "e164")
        t0 = ts_event(); ring = rint(2, 25); dur = rint(ring + 5, 900); bill = dur - ring; uid = f"{epoch()}.{rint(1, 999)}"
        a, b, c = (t0.strftime("%Y-%m-%d %H:%M:%S"), (t0 + datetime.timedelta(seconds=ring)).strftime("%Y-%m-%d %H:%M:%S"), (t0 + datetime.timedelta(seconds=dur)).strftime("%Y-%m-%d %H:%M:%S"))
        if inbound:
            parts = ['"","', num, f'","{e}","from-trunk","""', vname(p.western.upper() if coin(0.3) else p.western), '"" <', num, f'>","PJSIP/trunk-{rhex(8)}","PJSIP/{e}-{rhex(8)}","Dial","PJSIP/{e},30,tT","{a}","{b}","{c}",{dur},{bill},"ANSWERED","DOCUMENTATION","{uid}",""']
        else:
            parts = [f'"","{e}","', num, f'","from-internal","""', vname(P().western), f'"" <{e}>","PJSIP/{e}-{rhex(8)}","PJSIP/trunk-{rhex(8)}","Dial","PJSIP/', num, f'@trunk,60","{a}","{b}","{c}",{dur},{bill},"{ch(["ANSWERED", "NO ANSWER", "BUSY"])}","DOCUMENTATION","{uid}",""']
        return mk("asterisk/cdr", parts)
    def full():
        p = P(); t = f"[{ts_event().strftime('%Y-%m-%d %H:%M:%S')}] "; num = pphone(p, "e164"); e = ext()
        return ch([lambda: mk("asterisk/full", t, f"VERBOSE[{rint(1000, 99999)}][C-{rhex(8)}] pbx.c: Executing [", num, f"@from-trunk:1] Goto(\"PJSIP/trunk-{rhex(8)}\", \"ivr-main,s,1\") in new stack"),
                   lambda: mk("asterisk/full", t, f"VERBOSE[{rint(1000, 99999)}][C-{rhex(8)}] app_dial.c: Called PJSIP/", num, "@trunk"),
                   lambda: mk("asterisk/full", t, f"NOTICE[{rint(1000, 99999)}] res_pjsip/pjsip_distributor.c: Request 'REGISTER' from '<sip:", vuser(p.username()), "@pbx.example.com>' failed for '", vip4(), f":{rint(1024, 65535)}' (callid: {ralnum(22, URLCH)}) - {ch(['Failed to authenticate', 'No matching endpoint found'])}"),
                   lambda: mk("asterisk/full", t, f"NOTICE[{rint(1000, 99999)}][C-{rhex(8)}] chan_sip.c: Call from '' (", vip4(), ":5060) to extension '", num, "' rejected because extension not found in context 'public'."),
                   lambda: mk("asterisk/full", t, f"VERBOSE[{rint(1000, 99999)}][C-{rhex(8)}] app_voicemail.c: Sending voicemail notification for {e}@default to ", vemail(p)),
                   lambda: mk("asterisk/provision", t, "NOTICE[", str(rint(1000, 99999)), "] res_phoneprov.c: Provisioning request from ", vpriv4(), " for ", V("mac_address", mac("colon")), f" (ext {e}, {ch(['Yealink T54W', 'Polycom VVX 450', 'Snom D785'])})")])()
    def d_sys():
        t = f"[{ts_event().strftime('%Y-%m-%d %H:%M:%S')}] "
        if coin(0.3):
            e = ext(); t0 = ts_event(); d = rint(5, 90); a = t0.strftime("%Y-%m-%d %H:%M:%S"); c = (t0 + datetime.timedelta(seconds=d)).strftime("%Y-%m-%d %H:%M:%S")
            return mk("asterisk/cdr", f'"","{e}","*97","from-internal","""{e}"" <{e}>","PJSIP/{e}-{rhex(8)}","","VoiceMailMain","{e}@default","{a}","{a}","{c}",{d},{d},"ANSWERED","DOCUMENTATION","{epoch()}.{rint(1, 999)}",""')
        return mk("asterisk/full", t, ch([f"VERBOSE[{rint(1000, 99999)}] asterisk.c: Asterisk Ready.", f"NOTICE[{rint(1000, 99999)}] cdr.c: CDR simple logging enabled.", f"VERBOSE[{rint(1000, 99999)}] loader.c: Loading module res_pjsip.so => (Basic SIP resource)",
                                          f"VERBOSE[{rint(1000, 99999)}][C-{rhex(8)}] pbx.c: Executing [{ext()}@from-internal:1] Dial(\"PJSIP/{ext()}-{rhex(8)}\", \"PJSIP/{ext()},20\") in new stack",
                                          f"VERBOSE[{rint(1000, 99999)}] pbx.c: Extension Changed {ext()}[ext-local] new state Idle for Notify User {ext()}", f"WARNING[{rint(1000, 99999)}] res_pjsip_pubsub.c: No registered subscribe handler for event presence.winfo",
                                          f"VERBOSE[{rint(1000, 99999)}] asterisk.c: Remote UNIX connection", f"NOTICE[{rint(1000, 99999)}] res_pjsip/pjsip_configuration.c: Endpoint {ext()} is now Reachable"]))
    return produce(n, [(cdr, 4), (full, 3)], [d_sys])

# ---------------------------------------------------------------------------------------------- Terraform
@fmt("terraform", "Terraform CLI output of plan/apply (HashiCorp docs 'terraform plan' / 'terraform apply': '# resource will be created', +/~/- attribute lines, '(sensitive value)', '(known after apply)', 'Plan: N to add, …', '<resource>: Creation complete after Ns [id=…]', Outputs:), 'Error: …' diagnostics with 'on file line N' and variable values, and TF_LOG=DEBUG provider HTTP request dumps",
     "attribute values that are not marked sensitive: owner/contact e-mails in tags, IAM/DB user names of people (username), user_data with exported passwords (password), connection-string outputs with userinfo (url_credentials), access key ids in 'Creation complete … [id=AKIA…]' (secret), Authorization headers in debug dumps (secret), variable values quoted in validation errors (password, email, phone), allowed admin IPs (ipv4)",
     "'(sensitive value)' / '(known after apply)' / 'null', Plan/Apply summary lines, Refreshing state with resource ids (i-…, vpc-…, sg-…), provider installation and lock-file lines, version banners, resource addresses, CIDR-free attribute lines (instance_type, ami, engine versions)")
def fmt_terraform(n):
    R_ = ["aws_db_instance.main", "aws_iam_user.ops", "aws_instance.bastion", "azurerm_linux_virtual_machine.app", "google_sql_user.reporting", "aws_security_group.admin"]
    def plan():
        p = P(); w = rint(6, 10); out = [mk("terraform/plan", f"  # {ch(R_)} will be {ch(['created', 'updated in-place'])}")]
        rows = [("      + ", f"{'owner':<{w}}", " = \"", vemail(p, "acme.io"), "\""), ("      + ", f"{'username':<{w}}", " = \"", vuser(p.username()), "\""),
                ("      + ", f"{'password':<{w}}", " = (sensitive value)"), ("      + ", f"{'id':<{w}}", " = (known after apply)"), ("      + ", f"{'engine':<{w}}", " = \"postgres\""),
                ("      ~ ", f"{'tags':<{w}}", " = {"), ("          + ", "\"Contact\"", " = \"", vname(p.western), "\""), ("          ~ ", "\"OnCall\" ", " = \"", pphone(p, "e164"), "\" -> \"", pphone(P(p.country if p.country in PHONE_COUNTRIES else None), "e164"), "\""), ("        }",),
                ("      + ", f"{'cidr_blocks':<{w}}", " = [", "\"", vip4(), "/32\"", "]"),
                ("      + ", f"{'user_data':<{w}}", " = <<-EOT"), ("            export DB_PASSWORD='", vpw(" '\\"), "'"), ("            export ADMIN_EMAIL=", vemail(p, "acme.io")), ("        EOT",)]
        k = rint(0, len(rows) - 4); sel = rows[k:k + rint(3, 6)]
        out += [mk("terraform/plan", *r) for r in sel]
        return out
    def apply():
        p = P()
        return ch([lambda: mk("terraform/apply", "aws_iam_access_key.", vuser(p.username().replace(".", "_")), f": Creation complete after {rint(1, 3)}s [id=", V("secret", aws_akid()), "]"),
                   lambda: mk("terraform/apply", "db_url = \"postgresql://", V("url_credentials", f"{p.username()}:{q(pw(' '), safe='')}"), "@", vpriv4(), ":5432/app\""),
                   lambda: [mk("terraform/apply", "admin_contact = {"), mk("terraform/apply", "  \"email\" = \"", vemail(p, "acme.io"), "\""), mk("terraform/apply", "  \"phone\" = \"", pphone(p, "e164"), "\""), mk("terraform/apply", "}")],
                   lambda: mk("terraform/apply", "google_sql_user.", vuser(p.username().replace(".", "_")), f": Creation complete after {rint(1, 9)}s [id=", vuser(p.username()), "//reporting-db]")])()
    def err():
        p = P()
        return ch([lambda: [mk("terraform/error", "│ Error: Invalid value for variable"), mk("terraform/error", "│   on terraform.tfvars line 7:"), mk("terraform/error", "│    7: admin_password = \"", vpw("\"\\"), "\""), mk("terraform/error", "│ Password must be at least 16 characters long.")],
                   lambda: [mk("terraform/error", "│ Error: creating IAM User (", vuser(p.username()), "): EntityAlreadyExists: User with name ", vuser(p.username()), " already exists."), mk("terraform/error", f"│ \tstatus code: 409, request id: {uuid4()}")],
                   lambda: [mk("terraform/error", "│ Error: expected \"notification_email\" to be a valid e-mail address, got ", V("email", p.email()), "")],
                   lambda: [mk("terraform/debug", f"{iso_ts(z='+0100')} [DEBUG] provider.terraform-provider-cloudflare_v4.52.0: ---[ REQUEST ]---------------------------------------"), mk("terraform/debug", "Authorization: Bearer ", vsecret(cf_token())), mk("terraform/debug", f"X-Auth-Email: ", vemail(p, "acme.io"))]])()
    def d_misc():
        return mk(ch(["terraform/plan", "terraform/apply"]), ch([f"Plan: {rint(0, 9)} to add, {rint(0, 5)} to change, {rint(0, 3)} to destroy.", f"aws_instance.bastion: Refreshing state... [id=i-0{rhex(16)}]", f"aws_vpc.main: Refreshing state... [id=vpc-0{rhex(16)}]",
                                                              "      + password            = (sensitive value)", "      + arn                 = (known after apply)", "      + instance_type       = \"t3.micro\"", "      + engine_version      = \"16.4\"",
                                                              f"Apply complete! Resources: {rint(0, 9)} added, {rint(0, 5)} changed, {rint(0, 3)} destroyed.", "- Installing hashicorp/aws v5.90.0...", "- Installed hashicorp/aws v5.90.0 (signed by HashiCorp)",
                                                              "Terraform has been successfully initialized!", "Note: You didn't use the -out option to save this plan, so Terraform can't guarantee to take exactly these actions if you run \"terraform apply\" now.",
                                                              "db_password = <sensitive>", f"aws_security_group.admin: Modifications complete after 1s [id=sg-0{rhex(16)}]", "Terraform v1.11.2 on linux_amd64", "No changes. Your infrastructure matches the configuration."]))
    return produce(n, [(plan, 2), (apply, 5), (err, 2)], [d_misc])

# ---------------------------------------------------------------------------------------------- Go log/slog
@fmt("slog", "Go standard library log/slog: TextHandler output (time=… level=INFO msg=\"…\" key=value, quoting values with spaces, group.key= for WithGroup/slog.Group, source=file:line with AddSource) and JSONHandler output ({\"time\",\"level\",\"msg\", attrs, nested groups}); LogValuer redaction; errors from database/sql drivers and net/http quoted as err=",
     "attribute values: e-mails, user ids, usernames, client IPs, phones, names, card numbers, SSNs and tokens, in flat and grouped keys; values inside err strings (duplicate-key values, DSNs with userinfo), Authorization headers dumped as attrs (jwt/secret)",
     "startup/shutdown messages (server listening addr=:8080, graceful shutdown), request completion lines without personal data (method, path, status, duration, bytes), LogValuer 'REDACTED' values, trace/span ids, source=file:line, durations like 1.204ms")
def fmt_slog(n):
    def kv(k, v): return [f" {k}=", v] if not isinstance(v, str) else [f" {k}={v}"]
    def quote_if(vv):
        return ["\"", vv, "\""] if any(c in vv.text for c in ' ="\\') else [vv]
    def text():
        p = P(); t = iso_ts(frac=3, z="+01:00")
        msg, attrs = ch([("user signed up", [("user.id", vuid(rint(10000, 999999))), ("user.email", vemail(p)), ("user.name", vname(p.western))]),
                         ("login failed", [("username", vuser(p.username())), ("remote_addr", vip(0.2)), ("attempt", str(rint(1, 5)))]),
                         ("sms verification sent", [("phone", pphone(p, "e164")), ("user_id", vuid(rint(10000, 999999)))]),
                         ("payment declined", [("customer", vuid(f"cus_{ralnum(14)}")), ("card", vcard(fmt="plain")), ("reason", "insufficient_funds")]),
                         ("kyc check", [("ssn", V("us_ssn", ssn(), "ssn")), ("dob", vdob(p.dob, "iso")), ("result", "pass")]),
                         ("outbound request", [("url", "https://api.partner.example/v1/users"), ("header.Authorization", ["\"Bearer ", vjwt(p), "\""])])])
        parts = [f"time={t} level={ch(['INFO', 'WARN', 'ERROR', 'DEBUG'])}"]
        if coin(0.3): parts.append(f" source=/app/internal/{ch(['auth', 'billing', 'users'])}/{ch(['handler', 'service'])}.go:{rint(20, 400)}")
        parts.append(f" msg=\"{msg}\"")
        for k, v in attrs:
            parts += [f" {k}="] + (quote_if(v) if isinstance(v, V) else [v] if isinstance(v, str) else v)
        return mk("slog/text", parts)
    def js():
        p = P()
        o = {"time": iso_ts(frac=9, z="+01:00"), "level": ch(["INFO", "ERROR"]), "msg": ch(["request handled", "profile updated", "db error"]), "request": {"method": "POST", "path": "/api/profile", "remote_addr": S([vip(0.2), f":{rint(1024, 65535)}"])}}
        o["user"] = {"id": VN("user_id", str(rint(10000, 999999))), "email": vemail(p), "phone": pphone(p, "intl") if coin(0.5) else None}
        if coin(0.4): o["err"] = S(["pq: duplicate key value violates unique constraint \"users_email_key\" (Key (email)=(", vemail(p), ") already exists.)"])
        if coin(0.2): o["dsn"] = S(["postgres://", V("url_credentials", f"{p.username()}:{q(pw(' '), safe='')}"), "@", vpriv4(), ":5432/app?sslmode=require"])
        return mkj("slog/json", J(o))
    def d_misc():
        t = iso_ts(frac=3, z="+01:00")
        if coin(0.5):
            return mk("slog/text", f"time={t} level=INFO msg=", ch(["\"server listening\" addr=:8080", f"\"request completed\" method=GET path=/healthz status=200 duration={R.random() * 3:.3f}ms bytes=2",
                                                                     "\"shutting down\" reason=SIGTERM", f"\"cache warmed\" entries={rint(100, 9000)} took={rint(1, 900)}ms", f"\"user updated\" user=REDACTED trace_id={rhex(32)}",
                                                                     f"\"migrations applied\" version={rint(20240101, 20250317)}{rint(100000, 999999)} dirty=false"]))
        return mkj("slog/json", J({"time": iso_ts(frac=9, z="+01:00"), "level": "INFO", "msg": ch(["request completed", "job finished"]), "http": {"method": "GET", "path": url_plain(), "status": 200, "duration_ms": round(R.random() * 40, 3)}, "trace_id": rhex(32), "span_id": rhex(16)}))
    return produce(n, [(text, 3), (js, 2)], [d_misc])

# ---------------------------------------------------------------------------------------------- Python structlog
@fmt("structlog", "structlog renderers: ConsoleRenderer without colours ('2025-03-17 10:12:34 [info     ] event text   key=value …', values repr'd), KeyValueRenderer (key='value' pairs with event= first, repr quoting), JSONRenderer (json.dumps with ', ' and ': ' separators), LogfmtRenderer; bound context from contextvars (request_id, user_id, ip) and exc_info tracebacks",
     "bound and event values: emails, user ids, usernames, client IPs, names, phones, DOBs, card numbers and SSNs in order/KYC events, JWTs in auth headers; Python repr quotes around strings are outside the span",
     "framework events without personal data (uvicorn startup, request finished with path/status/duration, celery task succeeded), request ids (UUIDs), logger names, durations, '<redacted>' values")
def fmt_structlog(n):
    def reprq(v): return ["'", v, "'"]
    def evt(p):
        return ch([("user logged in", [("user_id", vuid(rint(1000, 999999)), False), ("email", vemail(p), True), ("ip", vip(0.2), True)]),
                   ("password reset requested", [("email", vemail(p), True), ("ip", vip(0.2), True)]),
                   ("order placed", [("customer_name", vname(p.western), True), ("phone", pphone(p, "intl"), True), ("total", f"{rint(5, 900)}.00", False)]),
                   ("kyc submitted", [("user_id", vuid(rint(1000, 999999)), False), ("ssn", V("us_ssn", ssn(), "ssn"), True), ("dob", vdob(p.dob, "iso"), True)]),
                   ("card tokenization failed", [("card_number", vcard(fmt="plain"), True), ("username", vuser(p.username()), True)]),
                   ("auth header", [("authorization", V("jwt", jwt_token(p)), True)])])
    def console():
        p = P(); t = ts_event(); lvl = ch(["info", "warning", "error", "debug"]); e, kvs = evt(p)
        parts = [t.strftime("%Y-%m-%d %H:%M:%S"), f" [{lvl:<9}] {e:<30}"]
        for k, v, s in kvs: parts += [f" {k}="] + (reprq(v) if s else [v])
        if coin(0.3): parts.append(f" request_id='{uuid4()}'")
        return mk("structlog/console", parts)
    def keyvalue():
        p = P(); e, kvs = evt(p); parts = [f"event='{e}'"]
        for k, v, s in kvs: parts += [f" {k}="] + (reprq(v) if s else [v])
        parts.append(f" logger='{ch(['shop.auth', 'shop.orders', 'kyc.worker'])}' level='{ch(['info', 'warning'])}' timestamp='{iso_ts(frac=6, z='Z')}'")
        return mk("structlog/keyvalue", parts)
    def js():
        p = P(); e, kvs = evt(p); o = {}
        for k, v, s in kvs: o[k] = v if s else (VN(v.kind, v.text) if isinstance(v, V) else Raw(v))
        o.update({"event": e, "level": ch(["info", "error"]), "logger": "shop.api", "timestamp": iso_ts(frac=6)})
        return mkj("structlog/json", J(o, sep=(", ", ": ")))
    def d_misc():
        t = ts_event()
        return ch([lambda: mk("structlog/console", t.strftime("%Y-%m-%d %H:%M:%S"), f" [info     ] {ch(['request finished', 'Application startup complete.', 'task succeeded', 'cache refreshed']):<30} path='{url_plain()}' status={ch([200, 304])} duration_ms={rint(1, 900)} request_id='{uuid4()}'"),
                   lambda: mk("structlog/keyvalue", f"event='task succeeded' task='{ch(['reports.build_daily', 'billing.sync_invoices'])}' runtime={R.random() * 5:.3f} level='info' timestamp='{iso_ts(frac=6)}'"),
                   lambda: mkj("structlog/json", J({"event": ch(["health check", "config loaded", "user updated"]), "email": "<redacted>", "level": "info", "logger": "shop.api", "timestamp": iso_ts(frac=6)}, sep=(", ", ": ")))])()
    return produce(n, [(console, 2), (keyvalue, 2), (js, 2)], [d_misc])

# ---------------------------------------------------------------------------------------------- ASP.NET Core / Microsoft.Extensions.Logging
@fmt("aspnetcore", "Microsoft.Extensions.Logging console formatters (learn.microsoft.com 'Console log formatting'): simple ('info: Category[EventId]' + indented message line), systemd ('<6>Category[EventId] message'), json ({EventId, LogLevel, Category, Message, State{Message, {OriginalFormat}, …}}); ASP.NET Core hosting diagnostics (Request starting/finished), EF Core Database.Command logs with and without EnableSensitiveDataLogging (@p0='value' vs '?'), Identity and app messages with structured parameters",
     "values in messages and State properties: request URLs with query PII, EF Core parameter values with sensitive data logging (email, names, phone, DOB, card, SSN), user names/e-mails in app messages, remote IPs, JWTs in logged headers",
     "category header lines of the simple formatter, hosting lifetime messages (Now listening on: http://[::]:8080, Application started), EF Core commands with '?' parameters, data-protection key messages, Request finished lines with status and elapsed ms only, EventIds")
def fmt_aspnetcore(n):
    LV = {"Information": "info", "Warning": "warn", "Error": "fail", "Debug": "dbug"}
    def simple(cat, eid, lvl, *msg):
        return [mk("aspnetcore/simple", f"{LV[lvl]}: {cat}[{eid}]"), mk("aspnetcore/simple", "      ", *msg)]
    def req():
        p = P(); target = url_pii(p)
        return simple("Microsoft.AspNetCore.Hosting.Diagnostics", 1, "Information", f"Request starting HTTP/2 {ch(['GET', 'POST'])} https://shop.example.com", target, " - application/json 83")
    def ef():
        p = P(); secret = coin(0.7)
        vals = [("@p0", vemail(p), 256), ("@p1", vname(p.given), 100), ("@p2", vname(p.family), 100), ("@p3", pphone(p, "intl"), 32)]
        if coin(0.3): vals.append(("@p4", vdob(p.dob, "iso"), 0))
        ps = []
        for i, (k, v, sz) in enumerate(vals):
            ps += ([", "] if i else []) + [f"{k}='", v if secret else "?", "'" + (f" (Size = {sz})" if sz else " (DbType = Date)")]
        return [mk("aspnetcore/simple", "fail: Microsoft.EntityFrameworkCore.Database.Command[20102]" if coin(0.5) else "info: Microsoft.EntityFrameworkCore.Database.Command[20101]"),
                mk("aspnetcore/simple", f"      Executed DbCommand ({rint(1, 90)}ms) [Parameters=[", ps, "], CommandType='Text', CommandTimeout='30']"),
                mk("aspnetcore/simple", "      INSERT INTO [Customers] ([Email], [FirstName], [LastName], [Phone]" + (", [DateOfBirth]" if len(vals) > 4 else "") + ")")]
    def app():
        p = P()
        return ch([lambda: simple("Shop.Controllers.AccountController", 0, "Information", "User ", vemail(p), " logged in from ", vip(0.2)),
                   lambda: simple("Shop.Services.PaymentService", 0, "Error", "Payment for customer ", vuid(rint(10000, 999999)), " failed: card ", vcard(fmt="space"), " declined"),
                   lambda: simple("Shop.Services.KycService", 0, "Warning", "SSN ", V("us_ssn", ssn(), "ssn"), " did not match applicant ", vname(p.western)),
                   lambda: [mk("aspnetcore/systemd", f"<6>Shop.Controllers.AccountController[0] Password reset requested for ", vuser(p.username()), " (", vemail(p), ")")],
                   lambda: [mkj("aspnetcore/json", J({"EventId": 0, "LogLevel": "Information", "Category": "Shop.Controllers.ProfileController", "Message": S(["Profile of ", vname(p.western), " updated: phone ", pphone(p, "e164")]),
                                                      "State": {"Message": S(["Profile of ", vname(p.western), " updated: phone ", pphone(p, "e164")]), "Name": vname(p.western), "Phone": pphone(p, "e164"), "{OriginalFormat}": "Profile of {Name} updated: phone {Phone}"}}))],
                   lambda: [mkj("aspnetcore/json", J({"EventId": 2, "LogLevel": "Debug", "Category": "Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerHandler", "Message": S(["Token received: ", vjwt(p)]), "State": {"{OriginalFormat}": "Token received: {Token}"}}))]])()
    def d_misc():
        return ch([lambda: simple("Microsoft.Hosting.Lifetime", 14, "Information", ch(["Now listening on: http://[::]:8080", "Now listening on: https://localhost:5001"])),
                   lambda: simple("Microsoft.Hosting.Lifetime", 0, "Information", ch(["Application started. Press Ctrl+C to shut down.", "Hosting environment: Production", "Content root path: /app"])),
                   lambda: simple("Microsoft.AspNetCore.Hosting.Diagnostics", 2, "Information", f"Request finished HTTP/2 GET https://shop.example.com{url_plain()} - {ch([200, 304, 404])} - application/json;+charset=utf-8 {R.random() * 90:.4f}ms"),
                   lambda: simple("Microsoft.EntityFrameworkCore.Database.Command", 20101, "Information", f"Executed DbCommand ({rint(1, 90)}ms) [Parameters=[@__email_0='?' (Size = 256)], CommandType='Text', CommandTimeout='30']"),
                   lambda: simple("Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager", 58, "Information", f"Creating key {{{uuid4()}}} with creation date {iso_ts(frac=7, z='+00:00')}, activation date {iso_ts(frac=7, z='+00:00')}, and expiration date {iso_ts(frac=7, z='+00:00')}."),
                   lambda: [mkj("aspnetcore/json", J({"EventId": 14, "LogLevel": "Information", "Category": "Microsoft.Hosting.Lifetime", "Message": "Now listening on: http://[::]:8080", "State": {"Message": "Now listening on: http://[::]:8080", "address": "http://[::]:8080", "{OriginalFormat}": "Now listening on: {address}"}}))]])()
    def single():
        p = P()
        return ch([lambda: mk("aspnetcore/systemd", f"<{ch([6, 4, 3])}>Shop.Controllers.OrdersController[0] Order {rint(100000, 999999)} placed by ", vemail(p), " from ", vip(0.2)),
                   lambda: mk("aspnetcore/systemd", "<4>Shop.Services.SmsSender[0] SMS to ", pphone(p, "e164"), " failed: 21211 invalid number"),
                   lambda: mkj("aspnetcore/json", J({"EventId": 0, "LogLevel": "Warning", "Category": "Shop.Services.AddressValidator", "Message": S(["Address ", vaddr(address(p.country)[0]), " for customer ", vuid(rint(10000, 999999)), " could not be verified"]),
                                                     "State": {"Street": vaddr(address(p.country)[0]), "CustomerId": VN("user_id", str(rint(10000, 999999))), "{OriginalFormat}": "Address {Street} for customer {CustomerId} could not be verified"}}))])()
    return produce(n, [(req, 2), (ef, 2), (app, 4), (single, 4)], [d_misc])

# ---------------------------------------------------------------------------------------------- Kafka Connect
@fmt("kafkaconnect", "Apache Kafka Connect worker log (log4j '[%d] %p %m (%c:%L)' with connector contexts '[name|task-0]'): KIP-298 error reporting via LogReporter ('Error encountered in task … Executing stage … where consumed record is {topic=…, partition=…, offset=…, timestamp=…, timestampType=…}' and, for source tasks with errors.log.include.messages, 'where source record is = SourceRecord{…} ConnectRecord{topic=…, key=Struct{…}, value=Struct{…}, …}'), JsonConverter parse errors quoting the payload, JDBC sink BatchUpdateException / PSQLException details, connector config dumps (ConnectorConfig values with [hidden] passwords)",
     "record field values in Struct{…} toStrings and JSON payload excerpts (email, names, phone, DOB, SSN, card, customer ids), JDBC batch statement literals and PostgreSQL 'Key (email)=(…)' details, passwords and userinfo in connection.url values (password / url_credentials), database hosts (every IPv4)",
     "LogReporter consumed-record lines (topic/partition/offset only), WorkerSinkTask commit and rebalance messages, ConnectorConfig values with [hidden], converter/class names, stack frames, schema descriptions")
def fmt_kafkaconnect(n):
    def pre(lvl="ERROR"): t = ts_event(); return f"[{t.strftime('%Y-%m-%d %H:%M:%S')},{t.microsecond // 1000:03d}] {lvl} [{ch(['jdbc-sink', 'pg-source', 'crm-sink'])}|task-{rint(0, 3)}] "
    def struct():
        p = P(ch(["US", "US", "GB", "DK", "FI", "RO", "HU"])); cid = rint(1000, 999999)
        fields = [["id=", vuid(cid)], ["first_name=", vname(p.given)], ["last_name=", vname(p.family)], ["email=", vemail(p)]]
        if coin(0.5): fields.append(["phone=", pphone(p, "e164")])
        if coin(0.4): fields.append(["birth_date=", vdob(p.dob, "iso")])
        if coin(0.3) and p.country == "US": fields.append(["ssn=", V("us_ssn", ssn(), "ssn")])
        body = []
        for i, f in enumerate(fields): body += ([","] if i else []) + f
        return mk("kafkaconnect/reporter", pre(), f"Error encountered in task pg-source-0. Executing stage 'TRANSFORMATION' with class 'org.apache.kafka.connect.transforms.ReplaceField$Value', where source record is = SourceRecord{{sourcePartition={{server=crm}}, sourceOffset={{lsn={rint(10**7, 10**9)}, txId={rint(1000, 99999)}, ts_usec={epoch()}{rint(100000, 999999)}}}}} ConnectRecord{{topic='crm.public.customers', kafkaPartition=null, key=Struct{{id=", vuid(cid), "}, keySchema=Schema{crm.public.customers.Key:STRUCT}, value=Struct{after=Struct{", body, f"}},source=Struct{{version=3.0.7.Final,connector=postgresql,name=crm,ts_ms={epoch_ms()},db=crm,schema=public,table=customers}},op=c,ts_ms={epoch_ms()}}}, valueSchema=Schema{{crm.public.customers.Envelope:STRUCT}}, timestamp=null, headers=ConnectHeaders(headers=)}}. (org.apache.kafka.connect.runtime.errors.LogReporter:66)")
    def jdbc():
        p = P(ch(["US", "GB", "DK", "FI", "NO"])); cid = rint(1000, 999999)
        return ch([lambda: mk("kafkaconnect/jdbc", pre(), "java.sql.BatchUpdateException: Batch entry 0 INSERT INTO \"customers\" (\"id\",\"email\",\"full_name\",\"phone\") VALUES (", vuid(cid), ",'", vemail(p), "','", vname(p.western.replace("'", "''")), "','", pphone(p, "intl"), "') ON CONFLICT DO NOTHING was aborted: ERROR: value too long for type character varying(16)  Call getNextException to see other errors in the batch."),
                   lambda: mk("kafkaconnect/jdbc", "Caused by: org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint \"customers_email_key\"  Detail: Key (email)=(", vemail(p), ") already exists."),
                   lambda: mk("kafkaconnect/jdbc", pre(), "Caused by: com.fasterxml.jackson.core.JsonParseException: Unexpected character ('}' (code 125)): was expecting double-quote to start field name at [Source: (byte[])\"{\"customer_id\":", vuid(cid), ",\"email\":\"", vemail(p), "\",\"card\":\"", vcard(fmt="plain"), "\",}\"; line: 1, column: 97]")])()
    def cfg():
        p = P()
        return ch([lambda: mk("kafkaconnect/config", "\tconnection.url = jdbc:postgresql://", vpriv4(), ":5432/crm?user=", vuser(p.username()), "&password=", V("password", q(pw(" &"), safe="")), "&ssl=true"),
                   lambda: mk("kafkaconnect/config", "\tconnection.url = jdbc:mysql://", V("url_credentials", f"{p.username()}:{q(pw(' @/'), safe='')}"), "@", vpriv4(), ":3306/shop"),
                   lambda: mk("kafkaconnect/config", "\tconnection.user = ", vuser(p.username())),
                   lambda: mk("kafkaconnect/config", "\tdatabase.hostname = ", vpriv4())])()
    def d_misc():
        t = ts_event(); tp = ch(["crm.public.customers", "orders", "clickstream"])
        return mk("kafkaconnect/reporter", ch([pre() + f"Error encountered in task jdbc-sink-0. Executing stage 'VALUE_CONVERTER' with class 'org.apache.kafka.connect.json.JsonConverter', where consumed record is {{topic='{tp}', partition={rint(0, 11)}, offset={rint(0, 10**7)}, timestamp={epoch_ms()}, timestampType=CreateTime}}. (org.apache.kafka.connect.runtime.errors.LogReporter:66)",
                                               pre("INFO") + f"WorkerSinkTask{{id=jdbc-sink-0}} Committing offsets asynchronously using sequence number {rint(1, 9999)}: {{{tp}-0=OffsetAndMetadata{{offset={rint(0, 10**7)}, leaderEpoch=null, metadata=''}}}} (org.apache.kafka.connect.runtime.WorkerSinkTask:346)",
                                               "\tconnection.password = [hidden]", "\tvalue.converter = class org.apache.kafka.connect.json.JsonConverter", "\terrors.log.include.messages = true", f"\ttopics = [{tp}]",
                                               "\tat org.apache.kafka.connect.runtime.WorkerSinkTask.convertAndTransformRecord(WorkerSinkTask.java:536)", "org.apache.kafka.connect.errors.DataException: Converting byte[] to Kafka Connect data failed due to serialization error: ",
                                               pre("INFO") + "[Consumer clientId=connector-consumer-jdbc-sink-0, groupId=connect-jdbc-sink] Successfully joined group with generation Generation{generationId=12, memberId='connector-consumer-jdbc-sink-0-" + uuid4() + "', protocol='range'}"]))
    return produce(n, [(struct, 3), (jdbc, 3), (cfg, 2)], [d_misc])

# ---------------------------------------------------------------------------------------------- RabbitMQ
@fmt("rabbitmq", "RabbitMQ server log (rabbitmq.com 'Logging': 'YYYY-MM-DD hh:mm:ss.uuuuuu+00:00 [level] <pid> message' incl. connection lifecycle 'accepting AMQP connection <pid> (client:port -> server:port)', 'user 'x' authenticated and granted access to vhost', 'PLAIN login refused: user 'x' - invalid credentials', HTTP API 'access denied', rabbitmqctl user management) and the rabbitmq_tracing plugin's text trace format (Message published/received blocks with Node, Connection, Virtual host, User, Channel, Exchange, Routing keys, Routed queues, Properties, Payload); shovel URIs",
     "client and server addresses in connection lines (every IPv4/IPv6), human users of the management UI / AMQP (username, or email when it is one), users created or changed by rabbitmqctl, trace Payload lines carrying e-mails, names, phones, order customer ids, shovel/federation URIs with userinfo (url_credentials)",
     "service users (guest, shop-app, celery, federation, monitoring) and their connection lines on loopback, Erlang pids, node names, vhosts, queue/exchange names, trace header lines (=====, Node:, Properties:), memory/disk alarms, plugin start lines, 'closing AMQP connection' of service users")
def fmt_rabbitmq(n):
    def pre(lvl="info"): t = ts_event(); return f"{t.strftime('%Y-%m-%d %H:%M:%S')}.{t.microsecond:06d}+00:00 [{lvl}] <0.{rint(100, 99999)}.0> "
    def pid(): return f"<0.{rint(100, 99999)}.0>"
    def conn():
        p = P(); c = vip(0.2); srv = vpriv4(); pt = rint(1024, 65535); pd = pid()
        arrow = [c, f":{pt} -> ", srv, ":5672"] if c.kind == "ipv4" else ["[", c, f"]:{pt} -> ", srv, ":5672"]
        u = human(p, "acme.io")
        return ch([lambda: mk("rabbitmq/server", pre(), f"accepting AMQP connection {pd} (", arrow, ")"),
                   lambda: mk("rabbitmq/server", pre(), f"connection {pd} (", arrow, "): user '", u, f"' authenticated and granted access to vhost '{ch(['/', 'shop', 'analytics'])}'"),
                   lambda: mk("rabbitmq/server", pre("error"), f"Error on AMQP connection {pd} (", arrow, ", state: starting):"),
                   lambda: mk("rabbitmq/server", pre("error"), "PLAIN login refused: user '", u, "' - invalid credentials"),
                   lambda: mk("rabbitmq/server", pre("warning"), "HTTP access denied: user '", u, "' - invalid credentials"),
                   lambda: mk("rabbitmq/server", pre(), f"closing AMQP connection {pd} (", arrow, ", vhost: '/', user: '", u, "')")])()
    def admin():
        p = P(); u = human(p, "acme.io")
        return ch([lambda: mk("rabbitmq/server", pre(), "Created user '", u, "'"), lambda: mk("rabbitmq/server", pre(), "Successfully changed password for user '", u, "'"),
                   lambda: mk("rabbitmq/server", pre(), "Setting user tags for user '", u, f"' to [{ch(['administrator', 'monitoring', 'management'])}]"),
                   lambda: mk("rabbitmq/server", pre(), "Successfully set permissions for user '", u, "' in virtual host '/' to '.*', '.*', '.*'"),
                   lambda: mk("rabbitmq/server", pre(), "Shovel 'orders-to-dr' connecting to amqps://", V("url_credentials", f"{p.username()}:{q(pw(' @/'), safe='')}"), "@", vip4(), ":5671/%2F")])()
    def trace():
        p = P(); c = vpriv4(); srv = vpriv4(); t = ts_event()
        payload = ch([J({"event": "order.created", "order_id": rint(100000, 999999), "customer": {"id": VN("user_id", str(rint(10000, 999999))), "email": vemail(p), "name": vname(p.western)}, "total": f"{rint(5, 900)}.00"}),
                      J({"to": vemail(p), "template": "password_reset", "locale": ch(["da", "fi", "ro", "hu", "el"]), "vars": {"first_name": vname(p.given)}}),
                      J({"msisdn": pphone(p, "e164"), "text": "Din kode er " + rdigits(6)})])
        return [mk("rabbitmq/trace", "=" * 80), mk("rabbitmq/trace", f"{t.strftime('%Y-%m-%d %H:%M:%S')}:{t.microsecond // 1000:03d}: Message {ch(['published', 'received'])}"),
                mk("rabbitmq/trace", f"Node:         rabbit@mq-{rint(1, 3)}"), mk("rabbitmq/trace", "Connection:   ", c, f":{rint(1024, 65535)} -> ", srv, ":5672"), mk("rabbitmq/trace", "Virtual host: /"),
                mk("rabbitmq/trace", f"User:         {ch(['shop-app', 'notifier', 'celery'])}"), mk("rabbitmq/trace", f"Channel:      {rint(1, 9)}"), mk("rabbitmq/trace", f"Exchange:     {ch(['orders', 'notifications', 'sms'])}"),
                mk("rabbitmq/trace", f"Routing keys: [<<\"{ch(['order.created', 'email.send', 'sms.send'])}\">>]"), mk("rabbitmq/trace", "Properties:   [{<<\"content_type\">>,longstr,<<\"application/json\">>},{<<\"delivery_mode\">>,signedint,2}]"),
                mk("rabbitmq/trace", "Payload: "), mkj("rabbitmq/trace", payload)]
    def d_misc():
        c = "127.0.0.1"; pd = pid()
        return mk("rabbitmq/server", pre(ch(["info", "info", "warning"])), ch([f"accepting AMQP connection {pd} ({c}:{rint(1024, 65535)} -> {c}:5672)",
                                                                              f"connection {pd} ({c}:{rint(1024, 65535)} -> {c}:5672): user '{ch(['guest', 'shop-app', 'celery', 'monitoring'])}' authenticated and granted access to vhost '/'",
                                                                              "Server startup complete; 5 plugins started.", " * rabbitmq_management", "Ready to start client connection listeners", "started TCP listener on [::]:5672",
                                                                              "Management plugin: HTTP (non-TLS) listener started on port 15672", "memory resource limit alarm set on node 'rabbit@mq-1'.", f"Waiting for Mnesia tables for 30000 ms, 9 retries left",
                                                                              "Running boot step rabbit_peer_discovery_classic_config defined by app rabbit", f"Free disk space is sufficient. Free bytes: {rint(10**9, 10**11)}. Limit: 50000000"]))
    return produce(n, [(conn, 4), (admin, 2), (trace, 0.35)], [d_misc])

# ---------------------------------------------------------------------------------------------- Apache Airflow
@fmt("airflow", "Apache Airflow 2.x task instance logs ('[%(asctime)s] {%(filename)s:%(lineno)d} %(levelname)s - %(message)s' with asctime like '2025-03-17, 10:12:34 UTC'; taskinstance.py dependency/state lines, base.py 'Using connection ID …', subprocess.py 'Running command:' / 'Output:' lines, logging_mixin.py print() capture, sql.py 'Running statement:', http.py, email.py) with the secrets masker ('***'); `airflow connections get` table output",
     "values printed by tasks (query result rows with e-mails, names, phones, DOBs, SSNs, cards), SQL literals in 'Running statement', bash command lines with passwords/tokens that are not registered secrets (password/secret), HTTP URLs with query PII, alert e-mail recipients (email), connection URIs with userinfo (url_credentials) and hosts (ipv4)",
     "dependency/state lines (Dependencies all met, Starting attempt 1 of 3, Marking task as SUCCESS with dag_id/task_id/run_id/execution_date), 'Using connection ID …', masked '***' values, Task exited with return code 0, row counts, XCom pushes of ids, scheduler heartbeats")
def fmt_airflow(n):
    def pre(f=None, lvl="INFO"):
        t = ts_event(); return f"[{t.strftime('%Y-%m-%d, %H:%M:%S')} UTC] {{{f or ch(['logging_mixin.py:190', 'subprocess.py:106', 'sql.py:509', 'http.py:175'])}}} {lvl} - "
    def rows():
        p = P(ch(["US", "US", "GB", "DK", "FI", "RO", "HU", "GR"]))
        tup = ["(", vuid(rint(1000, 999999)), ", '", vemail(p), "', '", vname(p.western.replace("'", "\\'")), "'"]
        if coin(0.5): tup += [", datetime.date(", V("date_of_birth", f"{p.dob.year}, {p.dob.month}, {p.dob.day}"), ")"]
        if coin(0.4): tup += [", '", pphone(p, "e164"), "'"]
        if coin(0.2) and p.country == "US": tup += [", '", V("us_ssn", ssn(), "ssn"), "'"]
        tup.append(")")
        return mk("airflow/task", pre("logging_mixin.py:190"), tup)
    def stmt():
        p = P()
        return ch([lambda: mk("airflow/task", pre("sql.py:509"), "Running statement: UPDATE customers SET email = '", vemail(p), "', phone = '", pphone(p, "intl"), "' WHERE id = ", vuid(rint(1000, 999999)), ", parameters: None"),
                   lambda: mk("airflow/task", pre("sql.py:509"), "Running statement: SELECT * FROM payments WHERE card_number = '", vcard(fmt="plain"), "', parameters: None"),
                   lambda: mk("airflow/task", pre("subprocess.py:93"), "Running command: ['/usr/bin/bash', '-c', 'PGPASSWORD=", vpw(" '\\\""), f" pg_dump -h ", vpriv4(), " -U ", vuser(p.username()), " crm > /tmp/crm.sql']"),
                   lambda: mk("airflow/task", pre("subprocess.py:93"), "Running command: ['/usr/bin/bash', '-c', 'curl -s -H \"Authorization: Bearer ", vsecret(api_key()), "\" https://api.partner.example/v2/export']"),
                   lambda: mk("airflow/task", pre("http.py:175"), "Sending 'GET' to url: https://crm.example.com/api/v2/contacts?email=", V("email", q(p.email())), "&include=phone"),
                   lambda: mk("airflow/task", pre("email.py:282"), "Sent an alert email to ['", vemail(p, "acme.io"), "']"),
                   lambda: mk("airflow/task", pre("base.py:84"), "Retrieving connection 'mysql_legacy' with URI mysql://", V("url_credentials", f"{p.username()}:{q(pw(' @/'), safe='')}"), "@", vpriv4(), ":3306/legacy")])()
    def conn_table():
        p = P()
        return [mk("airflow/cli", "id | conn_id       | conn_type | host        | schema | login      | password | port | extra"),
                mk("airflow/cli", f"{rint(1, 90):<2} | {ch(['crm_db', 'dwh', 'mssql_erp']):<13} | postgres  | ", vpriv4(), " | crm    | ", vuser(p.username()), " | ", vpw(" |"), " | 5432 | {}")]
    def d_misc():
        dag, task = ch(["crm_sync", "daily_revenue", "gdpr_erasure"]), ch(["extract", "load_customers", "notify"])
        return mk("airflow/task", ch([pre("taskinstance.py:2614") + f"Dependencies all met for dep_context=requeueable deps ti=<TaskInstance: {dag}.{task} scheduled__2025-03-17T00:00:00+00:00 [queued]>",
                                      pre("taskinstance.py:2867") + "Starting attempt 1 of 3", pre("base.py:84") + f"Using connection ID '{ch(['postgres_crm', 'aws_default', 'smtp_default'])}' for task execution.",
                                      pre("taskinstance.py:1206") + f"Marking task as SUCCESS. dag_id={dag}, task_id={task}, run_id=scheduled__2025-03-17T00:00:00+00:00, execution_date=20250317T000000, start_date=20250318T010203, end_date=20250318T010512",
                                      pre("local_task_job_runner.py:243") + "Task exited with return code 0", pre("sql.py:518") + f"Rows affected: {rint(0, 90000)}",
                                      pre("subprocess.py:93") + "Running command: ['/usr/bin/bash', '-c', 'PGPASSWORD=*** pg_dump -h *** -U *** crm > /tmp/crm.sql']",
                                      pre("logging_mixin.py:190") + f"Exported {rint(10, 9000)} rows to s3://acme-dwh/exports/{dag}/2025-03-17.parquet", pre("taskinstance.py:340") + f"::group::Pre task execution logs",
                                      pre("http.py:175") + "Sending 'POST' to url: https://hooks.slack.com/services/***"]))
    return produce(n, [(rows, 3), (stmt, 4), (conn_table, 1)], [d_misc])

# ---------------------------------------------------------------------------------------------- macOS unified log
@fmt("macoslog", "macOS unified logging as printed by `log show` (default style columns Timestamp, Thread, Type, Activity, PID, TTL then 'process: (library) [subsystem:category] message'; --style compact 'timestamp Ty process[pid:tid] [subsystem:category] message' with type codes Df/I/Db/E/F) with the os_log privacy redaction '<private>' and '<mask.hash: …>'",
     "sshd-session / sudo / opendirectoryd / loginwindow / authd messages naming the user (username) and client addresses (ipv4/ipv6), airportd BSSIDs and interface MACs (mac_address), accountsd / Mail account e-mails (email), CallKit/Contacts handles (phone)",
     "'<private>' and '<mask.hash: …>' redacted arguments, the column header line, kernel/launchd/runningboard lines, mDNSResponder queries of hostnames, activity ids and thread ids, TTL columns, subsystem names")
def fmt_macoslog(n):
    def ts(): t = ts_event(); return f"{t.strftime('%Y-%m-%d %H:%M:%S')}.{t.microsecond:06d}+0100"
    def row(proc, lib_sub, *msg, typ=None):
        typ = typ or ch(["Default", "Default", "Info", "Error"])
        if coin(0.5):
            return mk("macoslog/default", ts(), f" 0x{rhex(6)}   {typ:<11} 0x{ch(['0', rhex(5)]):<18} {rint(80, 99999):<6} 0    {proc}: ", lib_sub, " ", *msg)
        code = {"Default": "Df", "Info": "I ", "Error": "E ", "Debug": "Db", "Fault": "F "}[typ]
        return mk("macoslog/compact", ts()[:23], f" {code} {proc}[{rint(80, 99999)}:{rhex(6)}] ", lib_sub.split(") ", 1)[-1] if ") " in lib_sub else lib_sub, " ", *msg)
    def auth():
        p = P(); u = p.username()
        return ch([lambda: row("sshd-session", "(libpam.2.dylib) [com.openssh.sshd:auth]", "Accepted keyboard-interactive/pam for ", vuser(u), " from ", vip(0.25), f" port {rint(1024, 65535)} ssh2"),
                   lambda: row("sshd-session", "(libpam.2.dylib) [com.openssh.sshd:auth]", "Failed password for ", vuser(u), " from ", vip(0.25), f" port {rint(1024, 65535)} ssh2"),
                   lambda: row("sudo", "(libsystem_info.dylib) [com.apple.sudo:default]", "  ", vuser(u), f" : TTY=ttys00{rint(0, 9)} ; PWD=/Users/", vuser(u), f" ; USER=root ; COMMAND=/usr/bin/{ch(['log show --last 1h', 'softwareupdate -ia', 'dscl . -list /Users'])}"),
                   lambda: row("opendirectoryd", "(PlugInLoader) [com.apple.opendirectoryd:auth]", "Failed to authenticate user <", vuser(u), "> (error: 5000)."),
                   lambda: row("loginwindow", "(LoginUIKit) [com.apple.loginwindow.logging:Standard]", "-[SessionAgentNotificationCenter sendBSDNotification:forUserID:] | sending notification com.apple.sessionagent.screenIsUnlocked for user ", vuser(u)),
                   lambda: row("authd", "(Security) [com.apple.Authorization:authd]", f"Succeeded authorizing right 'system.preferences' by client '/System/Library/ExtensionKit/Extensions/SecuritySettings.appex' [{rint(300, 9999)}] for authorization created by '/System/Applications/System Settings.app' [{rint(300, 9999)}] (3,0) (engine {rint(100, 999)}) for user ", vuser(u))])()
    def net():
        return ch([lambda: row("airportd", "(IO80211) [com.apple.WiFiManager:]", f"Joined network '{ch(['Telia-5G-A1', 'Nordnet_guest', 'DIGI-2C4F', 'eduroam'])}' BSSID ", vmac("colon"), f" channel {ch([36, 44, 6, 11])} RSSI -{rint(40, 85)}"),
                   lambda: row("configd", "(IPConfiguration) [com.apple.IPConfiguration:Default]", "en0 DHCP: BOUND ", vpriv4(), " server ", vpriv4(), " client-id 01:", vmac("colon")),
                   lambda: row("kernel", "[com.apple.networking:]", "en0: link up, hardware address ", vmac("colon"))])()
    def acct():
        p = P()
        return ch([lambda: row("accountsd", "(Accounts) [com.apple.accounts:Default]", "Saving account <ACAccount: ", vemail(p, ch(["icloud.com", "gmail.com", "outlook.com"])), "> of type com.apple.account.IMAP"),
                   lambda: row("Mail", "(MailCore) [com.apple.mail:Delivery]", "Message delivered to ", vemail(p)),
                   lambda: row("callservicesd", "(CallKit) [com.apple.calls.callservicesd:Default]", "Incoming call from handle ", pphone(p, "e164"), " provider com.apple.telephonyutilities.callservicesd.FaceTimeProvider")])()
    def d_misc():
        if coin(0.12): return mk("macoslog/default", "Timestamp                       Thread     Type        Activity             PID    TTL  ")
        return ch([lambda: row("sshd-session", "(libpam.2.dylib) [com.openssh.sshd:auth]", f"Accepted publickey for <private> from <private> port {rint(1024, 65535)} ssh2"),
                   lambda: row("mDNSResponder", "(mDNSResponder) [com.apple.mDNSResponder:Default]", f"[R{rint(1000, 99999)}] getaddrinfo start -- flags: 0xC000D000, ifindex: 0, protocols: 0, hostname: <mask.hash: '{rb64(12)}'>, options: 0x0"),
                   lambda: row("runningboardd", "(RunningBoard) [com.apple.runningboard:process]", f"[app<application.com.apple.Safari.{rint(10000, 99999)}.{rint(10000, 99999)}>:{rint(300, 9999)}] Set darwin role to: UserInteractive"),
                   lambda: row("kernel", "[com.apple.kernel:]", ch(["AppleKeyStore: operation failed (pid: 312 sel: 7 ret: e00002e2 '-536870174', 502)", "Sandbox: mdworker_shared(1142) deny(1) file-read-data /Users/<private>/Library/Mail"])),
                   lambda: row("loginwindow", "(LoginUIKit) [com.apple.loginwindow.logging:Standard]", "-[LWScreenLock screenLockStateChanged:] | Screen is locked for user <private>"),
                   lambda: row("launchd", "[com.apple.xpc.launchd:All]", f"exited due to exit(0) | sent by launchd[1], ran for {rint(10, 9000)}ms")])()
    return produce(n, [(auth, 3), (net, 2), (acct, 1)], [d_misc])

# ---------------------------------------------------------------------------------------------- PowerShell transcripts
@fmt("powershell", "Windows PowerShell / PowerShell 7 transcripts written by Start-Transcript (about_Transcripts: the '**********************' header block with Start time, Username, RunAs User, Configuration Name, Machine, Host Application, Process ID, PSVersion…, 'Transcript started, output file is …', 'PS path> command' lines, command output such as Get-ADUser Format-List and Format-Table blocks, 'PS>TerminatingError(…)' lines, and the end block)",
     "Username / RunAs User account names (username; the DOMAIN\\ prefix is outside the span), home-directory path segments (username), command arguments: -AsPlainText passwords (password), -EmailAddress / -OfficePhone / -Name / -GivenName / -Surname values (email, phone, person), Bearer tokens and API keys in Invoke-RestMethod headers (jwt/secret); Get-ADUser output values (DistinguishedName CN, GivenName, Surname, Name as person; SamAccountName username; SID user_id; UserPrincipalName email)",
     "header/separator lines, Start/End time stamps, Machine and Host Application lines, PSVersion/BuildVersion/CLRVersion tables, prompts of SYSTEM and service accounts, Get-Service / Get-Process output, ObjectGUIDs, 'Transcript started' lines with the output file of service accounts")
def fmt_powershell(n):
    def header():
        p = P(); dom = ch(["CONTOSO", "FABRIKAM", "NORTHWIND"]); t = ts_event(); u = p.username()
        return [mk("powershell/transcript", "**********************"), mk("powershell/transcript", "Windows PowerShell transcript start"), mk("powershell/transcript", f"Start time: {t.strftime('%Y%m%d%H%M%S')}"),
                mk("powershell/transcript", "Username: ", win_user(p, dom)), mk("powershell/transcript", "RunAs User: ", win_user(p, dom)), mk("powershell/transcript", "Configuration Name: "),
                mk("powershell/transcript", f"Machine: {ch(['WS-', 'LT-', 'SRV-ADM'])}{rint(100, 999)} (Microsoft Windows NT 10.0.{ch(['19045', '22631', '26100'])}.0)"),
                mk("powershell/transcript", "Host Application: C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe"), mk("powershell/transcript", f"Process ID: {rint(1000, 20000)}"),
                mk("powershell/transcript", "PSVersion: 5.1.22621.4391"), mk("powershell/transcript", "**********************"),
                mk("powershell/transcript", "Transcript started, output file is C:\\Users\\", vuser(u), f"\\Documents\\PowerShell_transcript.WS-{rint(100, 999)}.{ralnum(8)}.{t.strftime('%Y%m%d%H%M%S')}.txt")]
    def prompt(p): return ["PS C:\\Users\\", vuser(p.username()), "> "]
    def cmd():
        p = P(); t = P(); sam = t.username()
        return ch([lambda: mk("powershell/transcript", prompt(p), "New-ADUser -Name \"", vname(t.western), "\" -GivenName \"", vname(t.given), "\" -Surname \"", vname(t.family), "\" -SamAccountName ", vuser(sam), " -EmailAddress ", vemail(t, "contoso.com"),
                              " -AccountPassword (ConvertTo-SecureString \"", vpw("\"`$"), "\" -AsPlainText -Force) -Enabled $true"),
                   lambda: mk("powershell/transcript", prompt(p), "Set-ADAccountPassword -Identity ", vuser(sam), " -Reset -NewPassword (ConvertTo-SecureString -AsPlainText \"", vpw("\"`$"), "\" -Force)"),
                   lambda: mk("powershell/transcript", prompt(p), "Set-ADUser ", vuser(sam), " -OfficePhone \"", pphone(t, "intl"), "\" -MobilePhone \"", pphone(t, "intl"), "\""),
                   lambda: mk("powershell/transcript", prompt(p), "Invoke-RestMethod -Uri https://api.example.com/v1/users -Headers @{Authorization = \"Bearer ", vjwt(p), "\"}"),
                   lambda: mk("powershell/transcript", prompt(p), "$env:DD_API_KEY = \"", vsecret(datadog_key()), "\""),
                   lambda: mk("powershell/transcript", prompt(p), "Get-ADUser -Filter \"EmailAddress -eq '", vemail(t, "contoso.com"), "'\" -Properties * | Format-List")])()
    def aduser():
        t = P(); sam = t.username(); dc = ch(["DC=contoso,DC=com", "DC=fabrikam,DC=local"])
        rid = rint(1100, 9999)
        rows = [("DistinguishedName", ["CN=", vname(t.western), f",OU={ch(['Users', 'Finance', 'Sales'])},{dc}"]), ("Enabled", ["True"]), ("GivenName", [vname(t.given)]), ("Name", [vname(t.western)]),
                ("ObjectClass", ["user"]), ("ObjectGUID", [uuid4()]), ("SamAccountName", [vuser(sam)]), ("SID", [vuid(f"S-1-5-21-{rint(10**9, 4 * 10**9)}-{rint(10**9, 4 * 10**9)}-{rint(10**9, 4 * 10**9)}-{rid}")]),
                ("Surname", [vname(t.family)]), ("UserPrincipalName", [vemail(t, "contoso.com")])]
        k = rint(0, 4)
        return [mk("powershell/output", f"{a:<17} : ", *b) for a, b in rows[k:k + rint(4, 7)]]
    def d_misc():
        return mk("powershell/transcript", ch(["**********************", "Windows PowerShell transcript end", f"End time: {ts_event().strftime('%Y%m%d%H%M%S')}", "PS C:\\Windows\\system32> Get-Service WinRM",
                                               "Status   Name               DisplayName", "------   ----               -----------", "Running  WinRM              Windows Remote Management (WS-Manag...",
                                               "Username: NT AUTHORITY\\SYSTEM", "RunAs User: NT AUTHORITY\\SYSTEM", "PS>TerminatingError(Get-ADUser): \"Cannot find an object with identity: 'svc_backup' under: 'DC=contoso,DC=com'.\"",
                                               "BuildVersion: 10.0.22621.4391", "CLRVersion: 4.0.30319.42000", "WSManStackVersion: 3.0", "PSRemotingProtocolVersion: 2.3", "SerializationVersion: 1.1.0.1",
                                               "PS C:\\Windows\\system32> Restart-Service Spooler -Force", "Transcript started, output file is C:\\Windows\\System32\\config\\systemprofile\\Documents\\PowerShell_transcript.SRV-ADM01.x7Kq2Lmz.20250318031500.txt"]))
    return produce(n, [(header, 0.6), (cmd, 6), (aduser, 2)], [d_misc])

# ---------------------------------------------------------------------------------------------- Free text in ten more languages
def tnum(): return str(rint(10000, 999999))
def evdate(style): return fdate(datetime.date(2025, 3, rint(1, 31)), style)
def text_format(lang, spec, labeled, decoys):
    def deco(f): return fmt(f"text-{lang}", spec, labeled, decoys, n=(44, 54))(f)
    return deco
UA_PATR = {0: ["Іванович", "Петрович", "Миколайович", "Олександрович"], 1: ["Іванівна", "Петрівна", "Миколаївна", "Олександрівна"]}

@text_format("ar", "Arabic support tickets from Saudi Arabia, the UAE and Egypt (names given + family with al-/Al- particles, honorifics السيد/السيدة outside; dates of birth '12/03/1985', '١٢/٠٣/١٩٨٥' in Arabic-Indic digits, '12 مارس 1985'; numbering plans +966 5x / 05x, +971 5x, +20 1x; Saudi national id / iqama (Luhn), Emirates ID 784-YYYY-NNNNNNN-C (Luhn), Egyptian 14-digit national id (structure); IBAN SA/AE; addresses 'شارع الملك فهد، حي العليا، الرياض 12211')",
             "Arabic-script names (incl. names that are words: أمل hope, نور light, سعيد happy, كريم generous; الحداد, النجار), DOBs (Western and Arabic-Indic digits), phones (also in Arabic-Indic digits), emails, national ids, IBANs, card numbers, addresses, temporary passwords",
             "order numbers, delivery and maintenance dates, amounts '1,234.50 ر.س', opening hours, versions, the words أمل/نور/سعيد used as words, Hijri dates of events")
def fmt_text_ar(n):
    def lab():
        p = P(ch(["SA", "SA", "AE", "EG"])); name = p.native; hon = "السيدة" if p.female else "السيد"
        ph = lambda: V("phone", phone(p.country, ch(["nat", "intl"])).translate(AR_DIG)) if coin(0.25) else pphone(p, ch(["nat", "intl"]))
        ib = lambda: viban(p.country if p.country in ("SA", "AE") else "SA", ch(["plain", "print"]))
        return mk("text-ar/ticket", ch([
            lambda: [f"العميل {hon} ", vname(name), " (تاريخ الميلاد ", vdob(p.dob, ch(["eu_slash", "ar_digits", "ar_long"])), ") يطلب معاودة الاتصال على الرقم ", ph(), "."],
            lambda: ["رقم الهوية ", natid(p), " مسجل باسم ", vname(name), "."],
            lambda: ["تم تحديث البريد الإلكتروني للعميل ", vname(name), " إلى ", vemail(p), "."],
            lambda: ["يرجى تحويل المبلغ المسترد إلى الآيبان ", ib(), " باسم ", vname(name), "."],
            lambda: ["عنوان التوصيل الجديد: ", vaddr(address(p.country if p.country in ("SA", "AE") else "SA")[3]), "."],
            lambda: ["كلمة المرور المؤقتة الخاصة بك هي ", vpw(" "), " يرجى تغييرها بعد تسجيل الدخول."],
            lambda: ["تم رفض الدفع بالبطاقة ", vcard(fmt=ch(["space", "plain"])), " للعميلة " if p.female else " للعميل ", vname(name), "."],
            lambda: ["مرحباً ", vname(p.native_given), "، تم إرسال رمز التحقق إلى ", ph(), "."]])())
    def dec():
        return mk("text-ar/notice", ch([f"تم شحن الطلب رقم {tnum()} بتاريخ {evdate('eu_slash')}.", f"صيانة مجدولة يوم {evdate('ar_long')} من الساعة 2:00 حتى 4:00 صباحاً.", f"المبلغ المستحق: {rint(1, 9)},{rint(100, 999)}.{rint(0, 99):02d} ر.س",
                                         "خدمة العملاء متاحة من الأحد إلى الخميس من 9 صباحاً حتى 9 مساءً.", f"الإصدار {version()} متاح الآن في المتجر.", "نور الشمس قوي اليوم، يرجى حفظ الطلبات في مكان بارد.", "لدينا أمل كبير في تحسين سرعة التوصيل هذا الشهر.",
                                         f"رمز الخصم RAMADAN{rint(10, 99)} صالح حتى {evdate('eu_slash')}.", "نتمنى لكم يوماً سعيداً!", f"رقم الشحنة SMSA{rdigits(10)} تم تسليمه لشركة الشحن.", f"موعد التسليم المتوقع 15 رمضان 1446 هـ."]))
    return produce(n, [lab], [dec])

@text_format("el", "Greek support tickets (names given + family with gendered surnames -ος/-ου, honorifics κ./κα outside; dates 'ημερομηνία γέννησης 12/03/1985', '12 Μαρτίου 1985'; numbering 69x xxx xxxx, +30 69…, 21x landlines; ΑΜΚΑ (DDMMYY + Luhn) and ΑΦΜ (mod-11 check digit); IBAN GR; addresses 'Οδός Ερμού 25, 105 63 Αθήνα')",
             "Greek-script names (incl. names that are words: Ελπίδα hope, Ειρήνη peace, Χαρά joy, Άγγελος; Ψαράς fisherman, Μάγειρας cook), DOBs, phones, emails, ΑΜΚΑ/ΑΦΜ (national_id), IBANs, card numbers, addresses, temporary passwords",
             "order numbers, delivery and maintenance dates, amounts '1.234,56 €', opening hours, versions, the words ελπίδα/ειρήνη/χαρά used as words")
def fmt_text_el(n):
    def lab():
        p = P("GR"); name = p.native; hon = "κα" if p.female else "κ."
        return mk("text-el/ticket", ch([
            lambda: [f"Ο πελάτης {hon} " if not p.female else f"Η πελάτισσα {hon} ", vname(name), " (ημερομηνία γέννησης ", vdob(p.dob, ch(["eu_slash", "el_long"])), ") ζητά επανάκληση στο ", pphone(p, ch(["nat", "intl"])), "."],
            lambda: ["ΑΜΚΑ ", V("national_id", amka(p), "amka"), ", ΑΦΜ ", V("national_id", afm(), "afm"), " – ", vname(name), "."],
            lambda: ["Νέα διεύθυνση αποστολής: ", vaddr(address("GR")[3]), " (", vname(name), ")."],
            lambda: ["Η επιστροφή χρημάτων θα γίνει στο IBAN ", viban("GR", ch(["plain", "print"])), " του/της ", vname(name), "."],
            lambda: ["Ο προσωρινός κωδικός σας είναι ", vpw(" "), ". Αλλάξτε τον μετά τη σύνδεση."],
            lambda: [vname(p.native_given), ", στείλαμε τον κωδικό επιβεβαίωσης στο ", vemail(p), "."],
            lambda: ["Η κάρτα ", vcard(fmt=ch(["space", "plain"])), " απορρίφθηκε για την παραγγελία του/της ", vname(name), "."]])())
    def dec():
        return mk("text-el/notice", ch([f"Η παραγγελία {tnum()} απεστάλη στις {evdate('eu_slash')}.", f"Προγραμματισμένη συντήρηση στις {evdate('el_long')} από 02:00 έως 04:00.", f"Ποσό πληρωμής: {rint(1, 9)}.{rint(100, 999)},{rint(0, 99):02d} €",
                                         "Η εξυπηρέτηση πελατών λειτουργεί Δευτέρα–Παρασκευή 09:00–17:00.", f"Η έκδοση {version()} είναι διαθέσιμη.", "Με ελπίδα για καλύτερη εξυπηρέτηση, ευχαριστούμε για την υπομονή σας.", "Χαρά μας να σας εξυπηρετούμε!",
                                         "Ειρήνη και ησυχία: το κατάστημα θα είναι κλειστό την Κυριακή.", f"Κωδικός έκπτωσης ANOIXI{rint(10, 99)} ισχύει έως {evdate('eu_slash')}.", f"Αριθμός αποστολής ACS {rdigits(10)}."]))
    return produce(n, [lab], [dec])

@text_format("he", "Hebrew support tickets (names in Hebrew script given + family, honorifics מר/גב' outside; dates '12.03.1985', '12/03/1985', '12 במרץ 1985'; Israeli mobile numbering 05x-xxx-xxxx and +972-5x-…; Teudat Zehut 9 digits with its check digit; IBAN IL; addresses 'רחוב הרצל 12, תל אביב-יפו 6688101')",
             "Hebrew-script names (incl. names that are words: שחר dawn, טל dew, ים sea, אורן pine, שמש sun), DOBs, phones, emails, ת\"ז (national_id), IBANs, card numbers, addresses, temporary passwords",
             "order numbers, delivery and maintenance dates, amounts '₪1,234.50', opening hours, versions, the words שחר/טל/שמש used as words")
def fmt_text_he(n):
    def lab():
        p = P("IL"); name = p.native; hon = "גב' " if p.female else "מר "
        return mk("text-he/ticket", ch([
            lambda: ["הלקוחה " if p.female else "הלקוח ", hon, vname(name), " (תאריך לידה ", vdob(p.dob, ch(["eu_dot", "eu_slash", "he_long"])), ") מבקשת שיחזרו אליה למספר " if p.female else ") מבקש שיחזרו אליו למספר ", pphone(p, ch(["nat", "intl"])), "."],
            lambda: ["מספר ת\"ז ", V("national_id", teudat_zehut(), "tz"), " אומת עבור ", vname(name), "."],
            lambda: ["כתובת חדשה למשלוח: ", vaddr(address("IL")[3]), " (", vname(name), ")."],
            lambda: ["ההחזר יועבר לחשבון IBAN ", viban("IL", ch(["plain", "print"])), " על שם ", vname(name), "."],
            lambda: ["הסיסמה הזמנית שלך היא ", vpw(" "), " – יש להחליף אותה לאחר הכניסה."],
            lambda: ["שלום ", vname(p.native_given), ", שלחנו קוד אימות לכתובת ", vemail(p), "."],
            lambda: ["כרטיס האשראי ", vcard(fmt=ch(["space", "dash"])), " של ", vname(name), " נדחה."]])())
    def dec():
        return mk("text-he/notice", ch([f"הזמנה מספר {tnum()} נשלחה בתאריך {evdate('eu_dot')}.", f"תחזוקה מתוכננת ב-{evdate('eu_slash')} בין 02:00 ל-04:00.", f"סכום לתשלום: ₪{rint(1, 9)},{rint(100, 999)}.{rint(0, 99):02d}",
                                         "שירות הלקוחות זמין בימים א'–ה' 09:00–18:00.", f"גרסה {version()} זמינה בחנות.", "השליח יגיע עם שחר, אנא השאירו את השער פתוח.", "בבוקר ירד טל כבד ולכן המשלוחים מתעכבים.",
                                         "נא לא להשאיר חבילות בשמש.", f"קוד קופון PESACH{rint(10, 99)} בתוקף עד {evdate('eu_dot')}.", f"מספר משלוח {ralnum(2, string.ascii_uppercase)}{rdigits(9)}IL נמסר לדואר ישראל."]))
    return produce(n, [lab], [dec])

@text_format("uk", "Ukrainian support tickets (ПІБ order Прізвище Ім'я По батькові, given + family, honorifics пан/пані outside; dates '12.03.1985', '12 березня 1985 р.'; numbering +380 67 123 4567, 067 123 45 67; РНОКПП (ІПН) 10 digits with the day count and its check digit; IBAN UA; addresses 'вул. Хрещатик, 22, кв. 5, Київ, 01001')",
             "Cyrillic names (incl. names that are words: Надія hope, Віра faith, Любов love; Мельник miller, Коваль smith, Ткач weaver, Гончар potter), full ПІБ with patronymic, DOBs, phones, emails, РНОКПП (national_id), IBANs, card numbers, addresses, temporary passwords",
             "order numbers, delivery and maintenance dates, amounts '1 234,56 грн', opening hours, versions, the words надія/віра/мельник used as words")
def fmt_text_uk(n):
    def lab():
        p = P("UA"); pat = ch(UA_PATR[int(p.female)]); pib = f"{p.native_family} {p.native_given} {pat}"; hon = "пані" if p.female else "пан"
        return mk("text-uk/ticket", ch([
            lambda: ["Клієнтка " if p.female else "Клієнт ", vname(pib), " (дата народження ", vdob(p.dob, ch(["eu_dot", "uk_long"])), ") просить передзвонити на ", pphone(p, ch(["nat", "intl"])), "."],
            lambda: ["РНОКПП ", V("national_id", rnokpp(p), "rnokpp"), " підтверджено для ", vname(f"{p.native_given} {p.native_family}"), "."],
            lambda: ["Нова адреса доставки: ", vaddr(address("UA")[3]), " (отримувач ", vname(f"{p.native_given} {p.native_family}"), ")."],
            lambda: ["Повернення коштів на IBAN ", viban("UA", ch(["plain", "print"])), ", отримувач ", vname(pib), "."],
            lambda: [f"Шановн{'а' if p.female else 'ий'} {hon} ", vname(p.native_given), ", ваш тимчасовий пароль: ", vpw(" "), "."],
            lambda: ["Електронна пошта для зв'язку: ", vemail(p), ", телефон ", pphone(p, "intl"), "."],
            lambda: ["Оплату карткою ", vcard(fmt=ch(["space", "plain"])), " відхилено (клієнт: ", vname(f"{p.native_given} {p.native_family}"), ")."]])())
    def dec():
        return mk("text-uk/notice", ch([f"Замовлення №{tnum()} відправлено {evdate('eu_dot')}.", f"Планові роботи {evdate('uk_long')} з 02:00 до 04:00.", f"Сума до сплати: {rint(1, 9)} {rint(100, 999)},{rint(0, 99):02d} грн",
                                         "Служба підтримки працює щодня з 9:00 до 21:00.", f"Версія застосунку {version()} доступна.", "Надія на швидку доставку є, але сніг заважає.", "Віра в якість — наш головний принцип.",
                                         "Старий мельник з нашого логотипу відзначає ювілей.", f"Промокод VESNA{rint(10, 99)} діє до {evdate('eu_dot')}.", f"ТТН Нова Пошта 20{rdigits(12)} створено."]))
    return produce(n, [lab], [dec])

@text_format("ro", "Romanian support tickets (names given + family, honorifics dl./dna. outside; dates 'născut la 12.03.1985', '12 martie 1985'; numbering 07xx xxx xxx, +40 7xx, 021 landlines; CNP 13 digits with the 279146358279 control digit; IBAN RO; addresses 'Str. Victoriei nr. 12, bl. A3, sc. 2, ap. 15, București, sector 1, 010061')",
             "names (incl. surnames that are words: Lupu wolf, Ursu bear, Vulpe fox, Păun peacock, Florea; Speranța hope), DOBs, phones, emails, CNP (national_id), IBANs, card numbers, addresses, temporary passwords",
             "order numbers, delivery and maintenance dates, amounts '1.234,56 lei', opening hours, versions, the words lupul/ursul/vulpea used as words")
def fmt_text_ro(n):
    def lab():
        p = P("RO"); hon = "dna." if p.female else "dl."
        return mk("text-ro/ticket", ch([
            lambda: [f"Clientul {hon} " if not p.female else f"Clienta {hon} ", vname(p.full), f" (născut{'ă' if p.female else ''} la ", vdob(p.dob, ch(["eu_dot", "ro_long"])), ") solicită să fie sunat la ", pphone(p, ch(["nat", "intl"])), "."],
            lambda: ["CNP ", V("national_id", cnp(p), "cnp"), " verificat pentru ", vname(p.full), "."],
            lambda: ["Adresă nouă de livrare: ", vaddr(address("RO")[3]), "."],
            lambda: ["Rambursarea se face în contul IBAN ", viban("RO", ch(["plain", "print"])), ", titular ", vname(p.full.upper() if coin(0.3) else p.full), "."],
            lambda: ["Parola temporară este ", vpw(" "), " – vă rugăm să o schimbați după autentificare."],
            lambda: ["Bună ziua, ", vname(p.given), "! Am trimis codul de confirmare la ", vemail(p), "."],
            lambda: ["Plata cu cardul ", vcard(fmt=ch(["space", "plain"])), " a fost refuzată pentru ", vname(p.full), "."]])())
    def dec():
        return mk("text-ro/notice", ch([f"Comanda nr. {tnum()} a fost expediată pe {evdate('eu_dot')}.", f"Mentenanță programată pe {evdate('ro_long')} între 02:00 și 04:00.", f"Total de plată: {rint(1, 9)}.{rint(100, 999)},{rint(0, 99):02d} lei",
                                         "Serviciul clienți este disponibil luni–vineri, 09:00–18:00.", f"Versiunea {version()} este disponibilă.", "Lupul și ursul sunt protejați în Carpați, ne-au spus curierii din zonă.", "Vulpea de pe ambalaj este noua noastră mascotă.",
                                         f"Codul promoțional PRIMAVARA{rint(10, 99)} este valabil până la {evdate('eu_dot')}.", f"AWB Fan Courier {rdigits(13)} a fost generat.", "Cu speranța că totul a ajuns în regulă, echipa noastră vă mulțumește."]))
    return produce(n, [lab], [dec])

@text_format("hu", "Hungarian support tickets (names family-first 'Nagy Péter', honorific úr/asszony after the name and outside the span; dates 'szül. 1985. március 12.', '1985.03.12.'; numbering +36 30 123 4567, 06 30 123 4567, 06 1 … Budapest; TAJ number (3/7 weights) and adóazonosító jel (days since 1867-01-01, mod-11); giro accounts 8-8(-8) with their check digits; IBAN HU; addresses '1051 Budapest, Kossuth Lajos utca 12.')",
             "names in family-given order (incl. surnames that are words: Nagy big, Kis small, Fekete black, Fehér white, Farkas wolf, Szabó tailor, Molnár miller), DOBs, phones, emails, TAJ / adóazonosító (national_id), bankszámlaszám (bank_account), IBANs, card numbers, addresses, temporary passwords",
             "order numbers, delivery and maintenance dates, amounts '12 345 Ft', opening hours, versions, the words nagy/kis/fekete used as words")
def fmt_text_hu(n):
    def lab():
        p = P("HU"); hon = " asszony" if p.female else " úr"
        return mk("text-hu/ticket", ch([
            lambda: [vname(p.full), hon, " (szül. ", vdob(p.dob, ch(["hu_long", "hu_dot"])), ") visszahívást kér a ", pphone(p, ch(["nat", "intl"])), " számon."],
            lambda: ["TAJ-szám: ", V("national_id", taj(), "taj"), ", adóazonosító jel: ", V("national_id", hu_adoazon(p), "huado"), " (", vname(p.full), ")."],
            lambda: ["Új szállítási cím: ", vaddr(address("HU")[3]), "."],
            lambda: ["A visszatérítést a ", V("bank_account", hu_giro(), "hugiro"), " számú bankszámlára utaljuk (számlatulajdonos: ", vname(p.full), ")."],
            lambda: ["IBAN: ", viban("HU", ch(["plain", "print"])), ", kedvezményezett: ", vname(p.full), "."],
            lambda: ["Ideiglenes jelszava: ", vpw(" "), " – belépés után kérjük, változtassa meg."],
            lambda: ["Kedves ", vname(p.given), "! A megerősítő kódot elküldtük a(z) ", vemail(p), " címre."],
            lambda: ["A ", vcard(fmt=ch(["space", "plain"])), " számú kártyával történt fizetés sikertelen volt (", vname(p.full), ")."]])())
    def dec():
        return mk("text-hu/notice", ch([f"A(z) {tnum()} számú rendelést {evdate('hu_dot')} feladtuk.", f"Tervezett karbantartás: {evdate('hu_long')} 2:00 és 4:00 között.", f"Fizetendő összeg: {rint(1, 99)} {rint(100, 999)} Ft",
                                         "Ügyfélszolgálatunk hétfőtől péntekig 8 és 18 óra között érhető el.", f"Elérhető a {version()} verzió.", "Nagy a forgalom, a kiszállítás egy nappal tovább tarthat.", "A kis csomagokat a csomagautomatába tesszük.",
                                         "A fekete pénteki akció véget ért.", f"A TAVASZ{rint(10, 99)} kuponkód {evdate('hu_dot')}-ig érvényes.", f"Csomagszám: MPL{rdigits(11)}."]))
    return produce(n, [lab], [dec])

@text_format("da", "Danish support tickets (dates 'født 12. marts 1985', '12-03-1985'; 8-digit numbering '20 12 34 56' and +45; CPR-nummer DDMMYY-SSSS generated to pass the modulus-11 rule with the 7th digit by century; reg.nr. + kontonummer; IBAN DK; addresses 'Nørregade 12, 2. tv., 1165 København K')",
             "names (incl. names that are words: Skov forest, Lund grove, Dal valley, Holm islet, Fisker fisherman, Bager baker; Sten stone, Bo), DOBs, phones, emails, CPR (national_id), kontonummer (bank_account; the reg.nr. in its own field is not labeled), IBANs, card numbers, addresses, temporary passwords",
             "order numbers, delivery and maintenance dates, amounts '1.234,56 kr.', opening hours, versions, the words skov/lund/bager/sten used as words")
def fmt_text_da(n):
    def lab():
        p = P("DK")
        return mk("text-da/ticket", ch([
            lambda: ["Kunden ", vname(p.full), " (født ", vdob(p.dob, ch(["da_long", "eu_dash", "eu_dot"])), ") beder om at blive ringet op på ", pphone(p, ch(["nat", "intl"])), "."],
            lambda: ["CPR-nr. ", V("national_id", cpr(p), "cpr"), " er bekræftet for ", vname(p.full), "."],
            lambda: ["Ny leveringsadresse: ", vaddr(address("DK")[3]), " (", vname(p.full), ")."],
            lambda: [f"Refusion til reg.nr. {rdigits(4)} konto ", V("bank_account", rdigits(10)), " (", vname(p.full), ")."],
            lambda: ["Udbetaling til IBAN ", viban("DK", ch(["plain", "print"])), " for ", vname(p.full), " er registreret."],
            lambda: ["Din midlertidige adgangskode er ", vpw(" "), " – skift den ved første login."],
            lambda: ["Hej ", vname(p.given), "! Vi har sendt en kode til ", vemail(p), "."],
            lambda: ["Betaling med kort ", vcard(fmt=ch(["space", "plain"])), " blev afvist for ", vname(p.full), "."]])())
    def dec():
        return mk("text-da/notice", ch([f"Ordre {tnum()} blev afsendt {evdate('eu_dash')}.", f"Planlagt vedligeholdelse {evdate('da_long')} kl. 02.00–04.00.", f"Beløb: {rint(1, 9)}.{rint(100, 999)},{rint(0, 99):02d} kr.",
                                         "Kundeservice har åbent hverdage 9–16.", f"Version {version()} er nu tilgængelig.", "Leverancen til Skov-området er forsinket pga. storm.", "Vores bager i Lund åbner igen på mandag.",
                                         "Pas på: en sten i vejen har givet punkteringer på vores varebiler.", f"Rabatkoden FORAAR{rint(10, 99)} gælder til {evdate('eu_dash')}.", f"Pakken med nummer {rdigits(14)} er afleveret hos PostNord."]))
    return produce(n, [lab], [dec])

@text_format("no", "Norwegian support tickets (bokmål; dates 'født 12. mars 1985', '12.03.1985'; 8-digit numbering '412 34 567', +47; fødselsnummer DDMMYY + individual number + two mod-11 control digits; kontonummer 1234.56.78903 with its mod-11 check; IBAN NO; addresses 'Storgata 12B, 0155 Oslo')",
             "names (incl. surnames that are words: Bakken hill, Fjeld mountain, Vik bay, Lie slope, Aas ridge, Moen), DOBs, phones, emails, fødselsnummer (national_id), kontonummer (bank_account), IBANs, card numbers, addresses, temporary passwords",
             "order numbers, delivery and maintenance dates, amounts '1 234,56 kr', opening hours, versions, the words bakken/vik/fjell used as words")
def fmt_text_no(n):
    def lab():
        p = P("NO")
        def kto(): a = no_account(); return V("bank_account", f"{a[:4]}.{a[4:6]}.{a[6:]}" if coin(0.7) else a, "noacc")
        return mk("text-no/ticket", ch([
            lambda: ["Kunden ", vname(p.full), " (født ", vdob(p.dob, ch(["no_long", "eu_dot"])), ") ber om å bli oppringt på ", pphone(p, ch(["nat", "intl"])), "."],
            lambda: ["Fødselsnummer ", V("national_id", fnr(p), "fnr"), " er bekreftet for ", vname(p.full), "."],
            lambda: ["Ny leveringsadresse: ", vaddr(address("NO")[3]), " (", vname(p.full), ")."],
            lambda: ["Tilbakebetaling til kontonummer ", kto(), " (", vname(p.full), ") er registrert."],
            lambda: ["Utbetaling til IBAN ", viban("NO", ch(["plain", "print"])), " for ", vname(p.full), "."],
            lambda: ["Ditt midlertidige passord er ", vpw(" "), " – bytt det ved første innlogging."],
            lambda: ["Hei ", vname(p.given), "! Vi har sendt en engangskode til ", vemail(p), "."],
            lambda: ["Kortbetaling med ", vcard(fmt=ch(["space", "plain"])), " ble avvist for ", vname(p.full), "."]])())
    def dec():
        return mk("text-no/notice", ch([f"Ordre {tnum()} ble sendt {evdate('eu_dot')}.", f"Planlagt vedlikehold {evdate('no_long')} kl. 02.00–04.00.", f"Beløp: {rint(1, 9)} {rint(100, 999)},{rint(0, 99):02d} kr",
                                         "Kundeservice er åpen hverdager 8–16.", f"Versjon {version()} er nå tilgjengelig.", "Bilen sto fast i bakken ved fergeleiet, så leveringen er forsinket.", "Lageret i Vik er stengt i påsken.",
                                         "Vi leverer ikke til hytter på fjellet før mai.", f"Rabattkoden VAR{rint(10, 99)} gjelder til {evdate('eu_dot')}.", f"Sporingsnummer {rdigits(18)} er registrert hos Posten."]))
    return produce(n, [lab], [dec])

@text_format("fi", "Finnish support tickets (dates 'syntynyt 12.3.1985', '12. maaliskuuta 1985'; numbering 040 123 4567, +358 40 …; henkilötunnus DDMMYY-ZZZQ / DDMMYYAZZZQ with the mod-31 check character; IBAN FI with its Luhn-checked BBAN; addresses 'Mannerheimintie 12 B 7, 00100 Helsinki')",
             "names (incl. names that are words: Mäki hill, Koski rapids, Järvi lake, Kivi stone, Laine wave, Salo; Onni luck, Tuuli wind, Aamu morning, Satu fairy tale), DOBs, phones, emails, henkilötunnus (national_id), IBANs, card numbers, addresses, temporary passwords",
             "order numbers, delivery and maintenance dates, amounts '1 234,56 €', opening hours, versions, the words mäki/koski/järvi/onni/tuuli used as words")
def fmt_text_fi(n):
    def lab():
        p = P("FI")
        return mk("text-fi/ticket", ch([
            lambda: ["Asiakas ", vname(p.full), " (syntynyt ", vdob(p.dob, ch(["fi_dot", "fi_long"])), ") pyytää soittoa numeroon ", pphone(p, ch(["nat", "intl"])), "."],
            lambda: ["Henkilötunnus ", V("national_id", hetu(p), "hetu"), " vahvistettu asiakkaalle ", vname(p.full), "."],
            lambda: ["Uusi toimitusosoite: ", vaddr(address("FI")[3]), " (", vname(p.full), ")."],
            lambda: ["Hyvitys maksetaan tilille ", viban("FI", ch(["plain", "print"])), ", saaja ", vname(p.full.upper() if coin(0.3) else p.full), "."],
            lambda: ["Väliaikainen salasanasi on ", vpw(" "), " – vaihda se ensimmäisen kirjautumisen jälkeen."],
            lambda: ["Hei ", vname(p.given), "! Lähetimme vahvistuskoodin osoitteeseen ", vemail(p), "."],
            lambda: ["Korttimaksu ", vcard(fmt=ch(["space", "plain"])), " hylättiin (", vname(p.full), ")."]])())
    def dec():
        return mk("text-fi/notice", ch([f"Tilaus {tnum()} lähetettiin {evdate('fi_dot')}.", f"Huoltokatko {evdate('fi_long')} klo 2.00–4.00.", f"Maksettava: {rint(1, 9)} {rint(100, 999)},{rint(0, 99):02d} €",
                                         "Asiakaspalvelu palvelee arkisin klo 8–16.", f"Versio {version()} on nyt saatavilla.", "Kuljetus mäki-osuudella on hidasta liukkauden vuoksi.", "Koski tulvii, joten Tornion toimitukset viivästyvät.",
                                         "Onni potkaisi: arvonnan voittaja julkaistaan huomenna.", "Kova tuuli katkaisi sähköt varastolta.", f"Alennuskoodi KEVAT{rint(10, 99)} on voimassa {evdate('fi_dot')} asti.", f"Lähetystunnus JJFI{rdigits(14)} on rekisteröity."]))
    return produce(n, [lab], [dec])

@text_format("th", "Thai support tickets (names in Thai script given + family, honorifics คุณ/นาย/นาง/นางสาว written without a space and outside the span; dates of birth in the Buddhist Era '12 มีนาคม 2528', '12/03/2528'; numbering 08x-xxx-xxxx, +66 8x …; 13-digit citizen id with its mod-11 check digit in 'X XXXX XXXXX XX X' / dashed / plain form; bank accounts xxx-x-xxxxx-x; addresses '123/45 ถนนสุขุมวิท แขวงคลองเตย เขตคลองเตย กรุงเทพมหานคร 10110')",
             "Thai-script names (incl. names that are words: ใจดี kind-hearted, มะลิ jasmine, ดวงใจ, ทองดี), Buddhist-Era DOBs, phones, emails, citizen ids (national_id), bank accounts (bank_account), card numbers, addresses, temporary passwords",
             "order numbers, delivery and maintenance dates (BE), amounts '1,234.50 บาท', opening hours, versions, the words ใจดี/มะลิ used as words")
def fmt_text_th(n):
    def lab():
        p = P("TH"); name = p.native; hon = ch(["คุณ", "นางสาว" if p.female else "นาย"])
        return mk("text-th/ticket", ch([
            lambda: ["ลูกค้า ", hon, vname(name), " (วันเกิด ", vdob(p.dob, ch(["th_long", "th_slash"])), ") ขอให้ติดต่อกลับที่เบอร์ ", pphone(p, ch(["nat", "intl"])), ""],
            lambda: ["เลขบัตรประชาชน ", V("national_id", th_id(), "thid"), " ของ", hon, vname(name), " ตรวจสอบแล้ว"],
            lambda: ["ที่อยู่จัดส่งใหม่: ", vaddr(address("TH")[3])],
            lambda: ["โอนเงินคืนเข้าบัญชี ", ch(["กสิกรไทย ", "ไทยพาณิชย์ ", "กรุงเทพ "]), V("bank_account", (lambda d: f"{d[:3]}-{d[3]}-{d[4:9]}-{d[9]}")(rdigits(10))), " ชื่อบัญชี ", vname(name), " เรียบร้อยแล้ว"],
            lambda: ["รหัสผ่านชั่วคราวของคุณคือ ", vpw(" "), " กรุณาเปลี่ยนหลังเข้าสู่ระบบ"],
            lambda: ["สวัสดีคุณ", vname(p.native_given), " เราได้ส่งรหัสยืนยันไปที่ ", vemail(p), " แล้ว"],
            lambda: ["การชำระเงินด้วยบัตร ", vcard(fmt=ch(["space", "plain"])), " ของ", hon, vname(name), " ถูกปฏิเสธ"]])())
    def dec():
        return mk("text-th/notice", ch([f"คำสั่งซื้อเลขที่ {tnum()} จัดส่งแล้วเมื่อ {evdate('th_slash')}", f"ปิดปรับปรุงระบบวันที่ {evdate('th_long')} เวลา 02:00–04:00 น.", f"ยอดชำระ: {rint(1, 9)},{rint(100, 999)}.{rint(0, 99):02d} บาท",
                                         "ฝ่ายบริการลูกค้าเปิดทุกวัน 09:00–18:00 น.", f"แอปเวอร์ชัน {version()} พร้อมให้ดาวน์โหลดแล้ว", "พนักงานส่งของใจดีมาก ช่วยยกกล่องขึ้นบ้านให้ด้วย", "ร้านดอกไม้มีพวงมาลัยดอกมะลิสำหรับวันแม่",
                                         f"โค้ดส่วนลด SONGKRAN{rint(10, 99)} ใช้ได้ถึง {evdate('th_slash')}", f"หมายเลขพัสดุ TH{rdigits(12)} ส่งต่อให้ไปรษณีย์ไทยแล้ว", "ขอบคุณที่ใช้บริการค่ะ"]))
    return produce(n, [lab], [dec])

# ==============================================================================================
# Build, self-test, write
# ==============================================================================================
KINDS = {"address", "bank_account", "credit_card", "date_of_birth", "email", "iban", "ipv4", "ipv6", "jwt", "mac_address", "national_id",
         "password", "person", "phone", "secret", "url_credentials", "us_ssn", "user_id", "username"}

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
        if not s.strip(): errs.append((i, "empty line"))
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
                if txt.startswith(("127.", "0.")): errs.append((i, f"loopback/unspecified labeled {txt!r}"))
            if k == "ipv6":
                try: ipaddress.IPv6Address(txt)
                except ValueError: errs.append((i, f"bad ipv6 {txt!r}"))
            if k == "email" and "@" not in txt and "%40" not in txt.upper(): errs.append((i, f"email without @ {txt!r}"))
            if k == "jwt" and not jwt_ok(txt): errs.append((i, f"jwt does not decode {txt!r}"))
            if k == "credit_card" and not luhn_ok(txt): errs.append((i, f"card fails Luhn {txt!r}"))
            if k == "iban" and not iban_ok(txt): errs.append((i, f"iban fails mod 97 {txt!r}"))
            if k == "us_ssn" and not ssn_ok(txt): errs.append((i, f"bad SSN {txt!r}"))
            if k == "mac_address" and not re.fullmatch(r"[0-9A-Fa-f]{2}([:-][0-9A-Fa-f]{2}){5}|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}", txt): errs.append((i, f"bad MAC {txt!r}"))
            if k == "national_id" and chk is None: errs.append((i, f"national id without a validator {txt!r}"))
        if l.get("_json"):
            k = s.find("{")
            try: json.loads(s[k:])
            except ValueError as e: errs.append((i, f"not JSON ({e}): {s[:160]}"))
    return errs

def stats(lines):
    per = collections.OrderedDict()
    for l in lines:
        f = l["tpl"].split("/")[0]
        d = per.setdefault(f, [0, 0, 0, set()]); d[0] += 1; d[1] += (not l["spans"]); d[2] += len(l["spans"]); d[3].add(l["tpl"])
    return per

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "formats-c.jsonl")
    args = sys.argv[1:]
    if "--out" in args: out = args[args.index("--out") + 1]
    lines = build()
    errs = selftest(lines)
    per = stats(lines)
    nd = sum(v[1] for v in per.values())
    for f, (a, d, s, tp) in per.items():
        print(f"{f:<14} lines={a:<4} decoys={d:<4} ({d / a:.0%}) values={s:<4} variants={len(tp)}")
    kinds = collections.Counter(sp["kind"] for l in lines for sp in l["spans"])
    print("kinds: " + ", ".join(f"{k}={kinds[k]}" for k in sorted(KINDS)))
    print(f"formats={len(per)} lines={len(lines)} decoys={nd} ({nd / len(lines):.1%}) values={sum(v[2] for v in per.values())} variants={sum(len(v[3]) for v in per.values())}")
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
