#!/usr/bin/env python3
"""Deterministic generator of corpus D: labeled PII-in-logs lines in 47 log formats that none of corpora A
(gen_formats.py), B (gen_formats_b.py) and C (gen_formats_c.py) covers, written blind (from each format's public
specification / vendor documentation and corpus C's generator and labeling conventions, without looking at the
engine).  Python 3 stdlib only, fixed seed, no network, self-contained (helpers copied from gen_formats_c.py; name,
address and password lists of its own).

Output: formats-d.jsonl beside this file, one JSON object a line:
    {"line": str, "spans": [{"start", "end", "kind"}], "tpl": "format/variant"}
offsets in Unicode code points, like corpora A, B and C (--byte-offsets writes UTF-8 byte offsets instead), spans
sorted and non-overlapping.  Lines without spans are decoys.
Labeling conventions: those of FORMATS.md, FORMATS-B.md and FORMATS-C.md, plus the ones listed in FORMATS-D.md.

usage: gen_formats_d.py [--out PATH] [--check] [--formats-md] [--byte-offsets]
    --check         build and self-test, print stats, write nothing
    --formats-md    also print the size and format tables for FORMATS-D.md
    --byte-offsets  write byte offsets into the UTF-8 line instead of code-point offsets
"""
import base64, collections, datetime, json, os, random, re, string, sys, unicodedata, urllib.parse

SEED = 20261206
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
# People.  Own lists (different from corpora A, B and C), incl. names that are ordinary words in English (Sky, River,
# Willow, Violet, Iris, Melody, Destiny, Charity, Patience, Sunny, Rocky, Clay, Forrest, Heath, Glen, Dean, Drew, Earl,
# Duke, Brooke, Misty; Carpenter, Mason, Fisher, Brooks, Rivers, Lake, Fields, Moon, Sparrow, Crow, Swift, Sharp, Rich,
# Small, Goodman, Hardy, Sweet, Summers, Street, Knight) and in other languages (Jäger, Krüger, Lange, Kurz, Klein,
# Freund, Sonntag, Morgenstern; Meunier, Fontaine, Lacroix; Greco, Marino, Fiore, Gioia; Flores, Pinheiro; Bos, Dekker,
# Schipper, de Wit; Dudek, Woźniak; Şahin, Ateş, Umut, Yağmur; Vilkas, Žvirblis, Saulė, Rūta, Audra, Aušra; Björk, Hrafn,
# Sól, Ösp, Birna, Örn, Snær; Камен, Роза, Радост, Пламен, Надежда, Вълков; بهار, امید, ستاره, شادی; শাপলা, আকাশ, জয়, বৃষ্টি;
# Melati, Intan, Mawar, Bunga; Ligaya, Dalisay, Bituin, Tala; Baraka, Neema, Imani, Amani, Zawadi, Rehema, Furaha,
# Tumaini), multi-part surnames (Castillo-Reyes, Cooper-Smythe, ap Rhys, Ní Bhriain, Mac Cárthaigh, von Bülow,
# Schneider-Ahrens, de La Tour, Ruiz de la Prada, Díaz de León, Della Valle, Lo Russo, dos Reis, van der Linden,
# van der Merwe, Dela Paz, Te Whiu), Icelandic patronymics, Lithuanian married/unmarried surname forms, Slovak -ová,
# Malay bin/binti and a/l, a/p, Chinese-Malaysian family-first names, and native scripts for the Persian, Bengali and
# Bulgarian lists (with their usual romanizations, used for logins and mailboxes).
# ----------------------------------------------------------------------------------------------
NAMES = {
    "US": (["Sky", "River", "Willow", "Violet", "Iris", "Melody", "Destiny", "Charity", "Patience", "Sunny", "Rocky", "Clay", "Forrest",
            "Heath", "Glen", "Dean", "Drew", "Earl", "Duke", "Brooke", "Misty", "Cody", "Tanner", "Jaxon", "Brianna", "LaToya", "DeShawn"],
           ["Carpenter", "Mason", "Fisher", "Brooks", "Rivers", "Lake", "Fields", "Moon", "Sparrow", "Crow", "Swift", "Sharp", "Rich", "Small",
            "Goodman", "Hardy", "Sweet", "Summers", "Street", "Knight", "Castillo-Reyes", "Nguyen-Tran", "Washington", "Whitehorse", "O'Donovan"]),
    "GB": (["Primrose", "Rowan", "Jasper", "Clementine", "Alfie", "Wren", "Barnaby", "Imogen", "Rhys", "Hattie", "Tamsin", "Ellis"],
           ["Barber", "Butcher", "Thatcher", "Cooper-Smythe", "Lovelace", "Bradshaw", "Oakley", "Pike", "Shepherd", "ap Rhys", "Featherstonehaugh", "Goodchild"]),
    "IE": (["Sorcha", "Tadhg", "Caoimhe", "Ruairí", "Clodagh", "Eoghan"], ["Ní Bhriain", "Mac Cárthaigh", "Ó Dónaill", "Fitzgerald", "Whelan", "Mulcahy"]),
    "AU": (["Jett", "Indi", "Banjo", "Sienna", "Lachlan", "Tahlia"], ["Kelly", "Lawson", "Treloar", "Pascoe", "Kennedy-Ng"]),
    "NZ": (["Tāne", "Aroha", "Kiri", "Nikau", "Manaia", "Ngaire"], ["Ngata", "Parata", "Te Whiu", "Horomona", "Tipene"]),
    "CA": (["Étienne", "Maëlle", "Rosalie", "Xavier", "Noémie"], ["Lavoie", "Bergeron", "Pelletier", "St-Pierre", "Gauthier"]),
    "DE": (["Wolfgang", "Sieglinde", "Till", "Lotte", "Hartmut", "Frieda", "Jannik", "Wiebke", "Gottfried", "Mareike", "Jörg", "Rosemarie"],
           ["Jäger", "Möller", "Krüger", "Lange", "Kurz", "Klein", "Freund", "Sonntag", "Morgenstern", "Vogt", "Schneider-Ahrens", "von Bülow", "Großmann"]),
    "AT": (["Ferdinand", "Theresia", "Florian", "Magdalena"], ["Gruber", "Pichler", "Steiner", "Wallner", "Holzer"]),
    "CH": (["Reto", "Corinne", "Andrin", "Seraina"], ["Wyss", "Bühler", "Graf", "Huber", "Tschumi"]),
    "FR": (["Solène", "Baptiste", "Maëlys", "Hervé", "Clémence", "Jérôme", "Margaux", "Thibault", "Capucine", "Gaspard"],
           ["Meunier", "Rousseau", "Fontaine", "Lacroix", "Marchand", "Boucher", "Le Goff", "de La Tour", "Lévêque", "Giraud"]),
    "BE": (["Lien", "Jef", "Manon", "Arnaud"], ["Wouters", "Goossens", "Lambert", "Vandenbroucke"]),
    "NL": (["Ruben", "Lieke", "Thijs", "Marloes", "Jelle", "Anouk", "Wessel", "Iris"],
           ["Bos", "Dekker", "van Dijk", "Hendriks", "Verbeek", "van der Linden", "Schipper", "de Wit", "Brouwer"]),
    "ES": (["Almudena", "Rocío", "Fermín", "Begoña", "Íñigo", "Macarena", "Jordi", "Montserrat", "Núria", "Pau"],
           ["Herrero", "Pastor", "Castaño", "Ruiz de la Prada", "Vidal", "Puig", "Soler", "Font", "Roca", "Iglesias"]),
    "IT": (["Gioia", "Serena", "Fiore", "Benvenuto", "Vittoria", "Ludovica", "Tommaso", "Ettore"],
           ["Greco", "Marino", "Rizzo", "Lombardi", "Della Valle", "Lo Russo", "Caruso", "Santoro"]),
    "PT": (["Conceição", "Rodrigo", "Beatriz", "Gonçalo"], ["Nascimento", "Pinheiro", "Magalhães", "dos Reis"]),
    "BR": (["Fábio", "Jéssica", "Thalles", "Raíssa", "Heitor", "Aparecida", "Kauã", "Luana"],
           ["Barbosa", "Ribeiro", "Cavalcanti", "Aguiar", "Flores", "Nogueira", "Campos", "Moraes"]),
    "PL": (["Bożena", "Wojciech", "Jadwiga", "Przemysław", "Urszula", "Mieczysław", "Kinga", "Jarosław"],
           ["Kamiński", "Lewandowska", "Szczepański", "Woźniak", "Kaczmarek", "Grabowski", "Dudek", "Pietrzak"]),
    "SK": (["Ľubica", "Miroslav", "Dušan", "Katarína", "Zuzana", "Ľubomír"], ["Hudák", "Baláž", "Šimko", "Kováč", "Oravec", "Lukáč"]),
    "SE": (["Linnea", "Hampus", "Elsa", "Ture", "Saga", "Vidar"], ["Nyström", "Åberg", "Lindqvist", "Sjöberg", "Hedlund"]),
    "NO": (["Ragnhild", "Eskil", "Tuva", "Sindre"], ["Haugen", "Berntsen", "Myhre", "Stokke"]),
    "DK": (["Freja", "Mikkel", "Asta", "Troels"], ["Poulsen", "Thomsen", "Dam", "Vestergaard"]),
    "FI": (["Eino", "Pihla", "Aino", "Veeti"], ["Virtanen", "Nieminen", "Kallio", "Rantanen"]),
    "TR": (["Umut", "Yağmur", "Ilgaz", "Ece", "Kaan", "Sıla"], ["Şahin", "Korkmaz", "Öztürk", "Arslan", "Ateş", "Güneş"]),
    "NG": (["Chidinma", "Tunde", "Adaeze", "Ifeoma", "Obinna"], ["Eze", "Obi", "Adebayo", "Okeke", "Olawale"]),
    "GH": (["Yaw", "Kofi", "Akosua", "Ama", "Kwabena"], ["Mensah", "Asante", "Boateng", "Owusu", "Appiah"]),
    "ZA": (["Thandiwe", "Sipho", "Lerato", "Johan", "Mpho"], ["Mokoena", "Dlamini", "van der Merwe", "Botha", "Naidoo"]),
    "IN": (["Priyanka", "Rohan", "Sneha", "Vikram", "Lakshmi", "Harpreet"], ["Kulkarni", "Deshpande", "Pillai", "Banerjee", "Sandhu", "Gill"]),
    "PK": (["Ayesha", "Bilal", "Hira", "Usman"], ["Qureshi", "Butt", "Malik", "Siddiqui"]),
    "CN": (["Zihan", "Ruoxi", "Jiahao", "Mengyao"], ["Liang", "Zheng", "Hu", "Guo"]),
    "JP": (["Ren", "Aoi", "Hinata", "Riku"], ["Nakamura", "Yamada", "Inoue", "Kimura"]),
    "KR": (["Min-jun", "Seo-yeon", "Ji-ho", "Eun-ji"], ["Jeong", "Kang", "Yoon", "Lim"]),
    "VN": (["Thu Hà", "Đức Anh", "Ngọc Lan", "Hoàng Nam"], ["Hoàng", "Đặng", "Bùi", "Đỗ"]),
    "MX": (["Ximena", "Santiago", "Guadalupe", "Emiliano", "Renata"], ["Hernández", "Ramírez", "Díaz de León", "Ponce de León", "Vargas"]),
    "CO": (["Camila", "Sebastián", "Mariana José"], ["Rojas", "Muñoz", "Castro"]),
    "AR": (["Florencia", "Benjamín", "Lucía"], ["Giménez", "Romero", "Ferraro"]),
    "PE": (["Rosa Elvira", "Wilfredo", "Yesenia"], ["Quispe", "Mamani", "Huamán"]),
    # Lithuania: family names in the male form; women's forms (married -ienė, unmarried -aitė/-ytė/-ūtė) derived below
    "LT": (["Saulė", "Rūta", "Gintaras", "Audra", "Giedrius", "Vilija", "Mindaugas", "Aušra", "Rimantas", "Jūratė", "Dovydas", "Gabija"],
           ["Kazlauskas", "Petrauskas", "Jankauskas", "Vasiliauskas", "Žukauskas", "Paulauskas", "Butkus", "Balčiūnas", "Vilkas", "Žvirblis"]),
    # Iceland: the second element is the father's name in the genitive; son/dóttir appended below
    "IS": (["Guðrún", "Sigurður", "Björk", "Hrafn", "Sól", "Ösp", "Birna", "Örn", "Snær", "Katrín", "Ólafur", "Þórdís", "Ragnar", "Eydís"],
           ["Jóns", "Einars", "Stefáns", "Gunnars", "Magnús", "Þórs", "Ólafs", "Sigurðar", "Kristjáns", "Hallgríms"]),
    # Malaysia: Malay given names with the father's name (bin / binti), Chinese-Malaysian (family first), Indian-Malaysian (a/l, a/p)
    "MY": (["Nur Aina", "Muhammad Hakimi", "Aminah", "Zulkifli", "Wan Nur Izzati", "Mohd Firdaus", "Melati", "Intan", "Mawar", "Bunga", "Syafiq", "Puteri"],
           ["Razak", "Osman", "Mahmud", "Salleh", "Karim", "Hamzah", "Jaafar", "Zakaria"]),
    "PH": (["Ligaya", "Dalisay", "Bituin", "Tala", "Rommel", "Jayson", "Angelica", "Jomar", "Lovely", "Arvin", "Mayumi", "Ma. Cristina"],
           ["Bautista", "Villanueva", "Mercado", "Manalo", "Pangilinan", "Dela Paz", "Magbanua", "Buenaventura", "Lacson", "Tolentino", "de Guzman"]),
    "KE": (["Wanjiru", "Otieno", "Baraka", "Neema", "Imani", "Amani", "Zawadi", "Juma", "Rehema", "Jabari", "Furaha", "Tumaini", "Mwanaisha", "Hamisi"],
           ["Mwangi", "Kamau", "Odhiambo", "Mutua", "Njoroge", "Wekesa", "Kiprono", "Chepkoech"]),
    "TZ": (["Neema", "Baraka", "Zawadi", "Rehema", "Juma", "Hamisi", "Mwanaisha", "Tumaini", "Furaha", "Imani"],
           ["Mwakyusa", "Mushi", "Massawe", "Lyimo", "Kimaro", "Shirima", "Salim", "Mrema"]),
}
# native-script lists: (given_native, family_native, given_latin, family_latin, female)
PERSIAN = [("علی", "محمدی", "Ali", "Mohammadi", 0), ("زهرا", "حسینی", "Zahra", "Hosseini", 1), ("مریم", "رضایی", "Maryam", "Rezaei", 1),
           ("رضا", "کریمی", "Reza", "Karimi", 0), ("نسرین", "احمدی", "Nasrin", "Ahmadi", 1), ("بهار", "موسوی", "Bahar", "Mousavi", 1),
           ("امید", "نوروزی", "Omid", "Norouzi", 0), ("ستاره", "صادقی", "Setareh", "Sadeghi", 1), ("آرش", "جعفری", "Arash", "Jafari", 0),
           ("مهسا", "قاسمی", "Mahsa", "Ghasemi", 1), ("شادی", "شیرازی", "Shadi", "Shirazi", 1), ("کوروش", "تهرانی", "Kourosh", "Tehrani", 0),
           ("پرستو", "کاظمی", "Parastoo", "Kazemi", 1), ("بابک", "اکبری", "Babak", "Akbari", 0)]
BENGALI = [("রহিম", "হোসেন", "Rahim", "Hossain", 0), ("ফাতেমা", "ইসলাম", "Fatema", "Islam", 1), ("তানভীর", "রহমান", "Tanvir", "Rahman", 0),
           ("নুসরাত", "জাহান", "Nusrat", "Jahan", 1), ("আরিফ", "চৌধুরী", "Arif", "Chowdhury", 0), ("সুমাইয়া", "আক্তার", "Sumaiya", "Akter", 1),
           ("শাপলা", "সরকার", "Shapla", "Sarkar", 1), ("আকাশ", "দাস", "Akash", "Das", 0), ("জয়", "বিশ্বাস", "Joy", "Biswas", 0),
           ("বৃষ্টি", "পাল", "Brishti", "Paul", 1), ("সৌরভ", "তালুকদার", "Sourav", "Talukder", 0), ("মিতু", "খান", "Mitu", "Khan", 1),
           ("মাহমুদ", "মিয়া", "Mahmud", "Mia", 0), ("তাসলিমা", "বেগম", "Taslima", "Begum", 1)]
BULGARIAN = [("Камен", "Петров", "Kamen", "Petrov", 0), ("Роза", "Георгиева", "Roza", "Georgieva", 1), ("Радост", "Димитрова", "Radost", "Dimitrova", 1),
             ("Пламен", "Вълков", "Plamen", "Valkov", 0), ("Надежда", "Христова", "Nadezhda", "Hristova", 1), ("Божидар", "Стоянов", "Bozhidar", "Stoyanov", 0),
             ("Цвета", "Маринова", "Tsveta", "Marinova", 1), ("Веселин", "Кирилов", "Veselin", "Kirilov", 0), ("Деница", "Вълкова", "Denitsa", "Valkova", 1),
             ("Светослав", "Жеков", "Svetoslav", "Zhekov", 0), ("Милена", "Щерева", "Milena", "Shtereva", 1), ("Здравко", "Йорданов", "Zdravko", "Yordanov", 0)]
NATIVE = {"IR": PERSIAN, "BD": BENGALI, "BG": BULGARIAN}
BG_PATR = {0: ["Иванов", "Петров", "Николов", "Георгиев"], 1: ["Иванова", "Петрова", "Николова", "Георгиева"]}
FEMALE = {"Sky", "Willow", "Violet", "Iris", "Melody", "Destiny", "Charity", "Patience", "Sunny", "Brooke", "Misty", "Brianna", "LaToya",
          "Primrose", "Clementine", "Wren", "Imogen", "Hattie", "Tamsin", "Sorcha", "Caoimhe", "Clodagh", "Indi", "Sienna", "Tahlia",
          "Aroha", "Kiri", "Ngaire", "Maëlle", "Rosalie", "Noémie", "Sieglinde", "Lotte", "Frieda", "Wiebke", "Mareike", "Rosemarie",
          "Theresia", "Magdalena", "Corinne", "Seraina", "Solène", "Maëlys", "Clémence", "Margaux", "Capucine", "Lien", "Manon", "Lieke",
          "Marloes", "Anouk", "Almudena", "Rocío", "Begoña", "Macarena", "Montserrat", "Núria", "Gioia", "Serena", "Fiore", "Vittoria",
          "Ludovica", "Conceição", "Beatriz", "Jéssica", "Raíssa", "Aparecida", "Luana", "Bożena", "Jadwiga", "Urszula", "Kinga", "Ľubica",
          "Katarína", "Zuzana", "Linnea", "Elsa", "Saga", "Ragnhild", "Tuva", "Freja", "Asta", "Pihla", "Aino", "Yağmur", "Ece", "Sıla",
          "Chidinma", "Adaeze", "Ifeoma", "Akosua", "Ama", "Thandiwe", "Lerato", "Priyanka", "Sneha", "Lakshmi", "Harpreet", "Ayesha",
          "Hira", "Ruoxi", "Mengyao", "Aoi", "Hinata", "Seo-yeon", "Eun-ji", "Thu Hà", "Ngọc Lan", "Ximena", "Guadalupe", "Renata", "Camila",
          "Mariana José", "Florencia", "Lucía", "Rosa Elvira", "Yesenia", "Saulė", "Rūta", "Audra", "Vilija", "Aušra", "Jūratė", "Gabija",
          "Guðrún", "Björk", "Sól", "Ösp", "Birna", "Katrín", "Þórdís", "Eydís", "Nur Aina", "Aminah", "Wan Nur Izzati", "Melati", "Intan",
          "Mawar", "Bunga", "Puteri", "Ligaya", "Dalisay", "Bituin", "Tala", "Angelica", "Lovely", "Mayumi", "Ma. Cristina", "Wanjiru",
          "Neema", "Imani", "Zawadi", "Rehema", "Furaha", "Mwanaisha", "Chepkoech"}
LT_FEM = {"Kazlauskas": ("Kazlauskienė", "Kazlauskaitė"), "Petrauskas": ("Petrauskienė", "Petrauskaitė"), "Jankauskas": ("Jankauskienė", "Jankauskaitė"),
          "Vasiliauskas": ("Vasiliauskienė", "Vasiliauskaitė"), "Žukauskas": ("Žukauskienė", "Žukauskaitė"), "Paulauskas": ("Paulauskienė", "Paulauskaitė"),
          "Butkus": ("Butkienė", "Butkutė"), "Balčiūnas": ("Balčiūnienė", "Balčiūnaitė"), "Vilkas": ("Vilkienė", "Vilkaitė"), "Žvirblis": ("Žvirblienė", "Žvirblytė")}
SK_FEM = {"Hudák": "Hudáková", "Baláž": "Balážová", "Šimko": "Šimková", "Kováč": "Kováčová", "Oravec": "Oravcová", "Lukáč": "Lukáčová"}
MY_CHINESE = [("Tan", "Wei Ling", 1), ("Lim", "Chee Keong", 0), ("Ong", "Mei Xin", 1), ("Wong", "Kah Hoe", 0)]
MY_INDIAN = [("Kavitha", "Subramaniam", 1), ("Ramesh", "Krishnan", 0), ("Thivya", "Muniandy", 1), ("Saravanan", "Govindasamy", 0)]

FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "đ": "d", "Đ": "D", "ı": "i", "æ": "ae", "Æ": "Ae", "'": "", "ț": "t",
                      "ș": "s", "Ț": "T", "Ș": "S", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th"})
def ascii_fold(s):
    s = s.translate(FOLD)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))

def rdate(y0, y1):
    d0 = datetime.date(y0, 1, 1).toordinal(); d1 = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(rint(d0, d1))

FAMILY_FIRST = ("CN", "KR", "VN")
class Person:
    def __init__(self, country=None):
        if country is None:
            country = ch(list(NAMES) + ["IR", "BD", "BG", "US", "US", "GB", "DE", "FR", "BR", "IN"])
        self.country = country
        self.native_given = self.native_family = None
        self.family_first = country in FAMILY_FIRST
        self.middle = None
        if country in NATIVE:
            gn, fn, gl, fl, fem = ch(NATIVE[country])
            self.native_given, self.native_family, self.given, self.family, self.female = gn, fn, gl, fl, bool(fem)
            if country == "BG" and not fem and fn.endswith("ва"): self.native_family, self.family = fn[:-1], fl[:-1]
        elif country == "MY" and coin(0.3):
            if coin(0.5):
                self.family, self.given, fem = ch(MY_CHINESE); self.female = bool(fem); self.family_first = True
            else:
                g, f, fem = ch(MY_INDIAN); self.female = bool(fem); self.given = g; self.family = ("a/p " if fem else "a/l ") + f
        else:
            gs, fs = NAMES[country]
            self.given, self.family = ch(gs), ch(fs)
            self.female = self.given in FEMALE
            if country == "PL":
                if self.female and self.family.endswith("ski"): self.family = self.family[:-1] + "a"
                if not self.female and self.family.endswith("ska"): self.family = self.family[:-1] + "i"
            if country == "SK" and self.female: self.family = SK_FEM[self.family]
            if country == "LT" and self.female: self.family = LT_FEM[self.family][rint(0, 1)]
            if country == "IS": self.family = self.family + ("dóttir" if self.female else "son")
            if country == "MY": self.family = ("binti " if self.female else "bin ") + self.family
            if country in ("US", "CA", "AU") and coin(0.3): self.middle = ch(["Mae", "Lynn", "R.", "James", "Jo"])
        self.dob = rdate(1944, 2006)
        self.sex = "F" if self.female else "M"

    @property
    def full(self):
        if self.family_first: return f"{self.family} {self.given}"
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
    def gascii(self): return ascii_fold(self.given).lower().replace(" ", "").replace("-", "").replace(".", "")
    @property
    def fascii(self):
        f = self.family
        for pre in ("bin ", "binti ", "a/l ", "a/p "):
            if f.startswith(pre): f = f[len(pre):]
        return ascii_fold(f).lower().replace(" ", "").replace("-", "").replace(".", "")
    def username(self):
        """The person's login (memoized: one person, one login)."""
        if getattr(self, "_login", None): return self._login
        g, f = self.gascii, self.fascii
        self._login = chw([(f"{g[0]}{f}", 3), (f"{g}.{f}", 3), (f"{g}{rint(1, 99)}", 1), (f"{g}_{f[0]}", 1), (f"{f}{g[0]}", 1),
                           (f"{g}-{f}", 1), (f"{g}{f}", 1), (f"{f[:6]}{g[:2]}", 1), (f"{g[0]}{f[:7]}{rint(1, 9)}", 1)])
        return self._login
    def email(self, domain=None):
        """The person's mailbox at a domain (memoized per domain: one person, one address there)."""
        memo = self.__dict__.setdefault("_mail", {})
        if domain in memo: return memo[domain]
        g, f = self.gascii, self.fascii
        opts = [(f"{g}.{f}", 5), (f"{g[0]}{f}", 2), (f"{g}{rint(1, 99)}", 1), (f"{g}_{f}", 1), (f"{f}.{g}", 1), (f"{g[0]}.{f}{rint(70, 99)}", 1),
                (f"{g}-{f}", 1)]
        if domain is None: opts.append((f"{g}.{f}+{ch(['orders', 'news', 'bank'])}", 1))
        local = chw(opts)
        memo[domain] = f"{local}@{domain or email_domain(self.country)}"
        return memo[domain]

DOMAINS = {"US": ["gmail.com", "aol.com", "comcast.net", "example.com"], "GB": ["sky.com", "gmail.com", "virginmedia.com"],
           "DE": ["gmx.de", "posteo.de", "mailbox.org"], "FR": ["sfr.fr", "wanadoo.fr", "gmail.com"], "ES": ["yahoo.es", "gmail.com"],
           "IT": ["tiscali.it", "alice.it"], "BR": ["terra.com.br", "gmail.com"], "NL": ["xs4all.nl", "hetnet.nl"], "PL": ["o2.pl", "gazeta.pl"],
           "SK": ["azet.sk", "centrum.sk", "gmail.com"], "LT": ["one.lt", "gmail.com", "inbox.lt"], "IS": ["simnet.is", "internet.is", "gmail.com"],
           "BG": ["abv.bg", "mail.bg", "gmail.com"], "IR": ["chmail.ir", "yahoo.com", "gmail.com"], "BD": ["yahoo.com", "gmail.com"],
           "MY": ["yahoo.com.my", "gmail.com", "hotmail.my"], "PH": ["yahoo.com.ph", "gmail.com"], "KE": ["gmail.com", "yahoo.co.ke"],
           "TZ": ["gmail.com", "yahoo.com"], "TR": ["yandex.com.tr", "gmail.com"], "IN": ["rediffmail.com", "gmail.com"],
           "NZ": ["xtra.co.nz", "gmail.com"], "AU": ["bigpond.com", "gmail.com"]}
def email_domain(c): return ch(DOMAINS.get(c, ["gmail.com", "outlook.com", "mail.example.net", "fastmail.com", "icloud.com"]))

MONTHS = {"en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
          "fa": ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"],
          "bn": ["জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট", "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর"],
          "ms": ["Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "September", "Oktober", "November", "Disember"],
          "tl": ["Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto", "Setyembre", "Oktubre", "Nobyembre", "Disyembre"],
          "sw": ["Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti", "Septemba", "Oktoba", "Novemba", "Desemba"],
          "bg": ["януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември", "октомври", "ноември", "декември"],
          "lt": ["sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos", "rugpjūčio", "rugsėjo", "spalio", "lapkričio", "gruodžio"],
          "is": ["janúar", "febrúar", "mars", "apríl", "maí", "júní", "júlí", "ágúst", "september", "október", "nóvember", "desember"],
          "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]}
FA_DIG = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
BN_DIG = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")

def g2j(gy, gm, gd):
    """Gregorian -> Solar Hijri (Jalali) date, the usual 33-year-cycle arithmetic."""
    g_d_m = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    gy2 = gy + 1 if gm > 2 else gy
    days = 355666 + 365 * gy + (gy2 + 3) // 4 - (gy2 + 99) // 100 + (gy2 + 399) // 400 + gd + g_d_m[gm - 1]
    jy = -1595 + 33 * (days // 12053); days %= 12053
    jy += 4 * (days // 1461); days %= 1461
    if days > 365:
        jy += (days - 1) // 365; days = (days - 1) % 365
    if days < 186: jm, jd = 1 + days // 31, 1 + days % 31
    else: jm, jd = 7 + (days - 186) // 30, 1 + (days - 186) % 30
    return jy, jm, jd
assert g2j(2025, 3, 21) == (1404, 1, 1) and g2j(1985, 3, 12) == (1363, 12, 21) and g2j(2000, 1, 1) == (1378, 10, 11)

def fdate(d, style):
    y, m, dd = d.year, d.month, d.day
    if style.startswith("fa_"):
        jy, jm, jd = g2j(y, m, dd)
        return {"fa_slash": f"{jy}/{jm:02d}/{jd:02d}".translate(FA_DIG), "fa_long": f"{jd} {MONTHS['fa'][jm - 1]} {jy}".translate(FA_DIG),
                "fa_latin": f"{jy}/{jm:02d}/{jd:02d}"}[style]
    return {
        "iso": f"{y:04d}-{m:02d}-{dd:02d}", "us": f"{m:02d}/{dd:02d}/{y:04d}", "us_short": f"{m}/{dd}/{y}",
        "eu_slash": f"{dd:02d}/{m:02d}/{y:04d}", "eu_dot": f"{dd:02d}.{m:02d}.{y:04d}", "eu_dash": f"{dd:02d}-{m:02d}-{y:04d}",
        "compact": f"{y:04d}{m:02d}{dd:02d}", "yymmdd": f"{y % 100:02d}{m:02d}{dd:02d}", "en_long": f"{dd} {MONTHS['en'][m-1]} {y}",
        "en_us_long": f"{MONTHS['en'][m-1]} {dd}, {y}", "gedcom": f"{dd} {MONTHS['en'][m-1][:3].upper()} {y}",
        "bn_long": f"{dd} {MONTHS['bn'][m-1]} {y}".translate(BN_DIG), "bn_digits": f"{dd:02d}/{m:02d}/{y:04d}".translate(BN_DIG),
        "bn_dash": f"{dd:02d}-{m:02d}-{y:04d}",
        "ms_long": f"{dd} {MONTHS['ms'][m-1]} {y}", "tl_long": f"{MONTHS['tl'][m-1]} {dd}, {y}", "sw_long": f"{dd} {MONTHS['sw'][m-1]} {y}",
        "bg_long": f"{dd} {MONTHS['bg'][m-1]} {y} г.", "bg_dot": f"{dd:02d}.{m:02d}.{y:04d} г.",
        "lt_long": f"{y} m. {MONTHS['lt'][m-1]} {dd} d.", "is_long": f"{dd}. {MONTHS['is'][m-1]} {y}", "de_long": f"{dd}. {MONTHS['de'][m-1]} {y}",
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


# --- IBANs and domestic accounts of corpus D's countries ---
_bban_c = bban
def bban(cc):
    if cc == "IR": return "0" + ch(["17", "12", "19", "18", "56", "57", "62"]) + rdigits(19)          # Sheba: 0 + bank code + account
    if cc == "BG": return ch(["UNCR", "STSA", "FINV", "BPBI", "RZBB"]) + rdigits(4) + ch(["10", "15", "11"]) + rdigits(8)
    if cc == "LT": return ch(["73000", "70440", "40100", "21400"]) + rdigits(11)
    if cc == "IS": return is_account(None).replace("-", "")
    if cc == "SK":
        pre, num, _ = cz_account(); return ch(["0900", "1100", "0200", "7500", "8360"]) + pre.zfill(6) + num.zfill(10)
    if cc == "PK": return ch(["HABB", "MUCB", "UNIL", "MEZN"]) + rdigits(16)
    return _bban_c(cc)
IBAN_LEN.update({"IR": 26, "BG": 22, "LT": 20, "IS": 26, "SK": 24, "PK": 24})

# --- national ids of corpus D's countries ---
# Iran: national code (کد ملی), 10 digits, check = r if r < 2 else 11 - r with r = sum(d_i * (10 - i)) mod 11
def ir_code(fmt=None):
    while True:
        b = rdigits(9)
        if len(set(b)) > 2 and b[:3] != "000": break
    r = sum(int(x) * (10 - i) for i, x in enumerate(b)) % 11
    s = b + str(r if r < 2 else 11 - r)
    return f"{s[:3]}-{s[3:9]}-{s[9]}" if (fmt or ch(["plain", "plain", "dash"])) == "dash" else s
def ir_code_ok(s):
    s = s.replace("-", "").translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789"))
    if len(s) != 10 or not s.isdigit(): return False
    r = sum(int(x) * (10 - i) for i, x in enumerate(s[:9])) % 11
    return int(s[9]) == (r if r < 2 else 11 - r)

# Bulgaria: ЕГН YYMMDD (month +40 after 1999) + 3 digits (9th even for men) + check (weights 2,4,8,5,10,9,7,3,6; 10 -> 0)
EGN_W = [2, 4, 8, 5, 10, 9, 7, 3, 6]
def egn(p):
    d = p.dob; m = d.month + (40 if d.year >= 2000 else 0)
    b = f"{d.year % 100:02d}{m:02d}{d.day:02d}{rdigits(2)}{ch('13579') if p.female else ch('02468')}"
    r = sum(int(x) * EGN_W[i] for i, x in enumerate(b)) % 11
    return b + str(0 if r == 10 else r)
def egn_ok(s):
    if len(s) != 10 or not s.isdigit(): return False
    r = sum(int(x) * EGN_W[i] for i, x in enumerate(s[:9])) % 11
    return int(s[9]) == (0 if r == 10 else r)

# Lithuania: asmens kodas G YYMMDD NNN K (G: 3/4 = man/woman born 1900-1999, 5/6 after), two-stage mod-11 check
LT_W1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]; LT_W2 = [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]
def lt_check(b):
    r = sum(int(x) * LT_W1[i] for i, x in enumerate(b)) % 11
    if r == 10:
        r = sum(int(x) * LT_W2[i] for i, x in enumerate(b)) % 11
        if r == 10: r = 0
    return r
def asmens_kodas(p):
    d = p.dob; g = (4 if p.female else 3) + (2 if d.year >= 2000 else 0)
    b = f"{g}{d.year % 100:02d}{d.month:02d}{d.day:02d}{rdigits(3)}"
    return b + str(lt_check(b))
def asmens_ok(s): return len(s) == 11 and s.isdigit() and s[0] in "3456" and lt_check(s[:10]) == int(s[10])

# Iceland: kennitala DDMMYY-RRCK (check digit C with weights 3,2,7,6,5,4,3,2; K the century: 9 = 1900s, 0 = 2000s)
KT_W = [3, 2, 7, 6, 5, 4, 3, 2]
def kennitala(p, dash=None):
    d = p.dob
    while True:
        b = f"{d.day:02d}{d.month:02d}{d.year % 100:02d}{rint(20, 99):02d}"
        c = 11 - sum(int(x) * KT_W[i] for i, x in enumerate(b)) % 11
        if c == 11: c = 0
        if c < 10: break
    s = b + str(c) + ("9" if d.year < 2000 else "0")
    return f"{s[:6]}-{s[6:]}" if (dash if dash is not None else coin(0.7)) else s
def kennitala_ok(s):
    s = s.replace("-", "")
    if len(s) != 10 or not s.isdigit(): return False
    c = 11 - sum(int(x) * KT_W[i] for i, x in enumerate(s[:8])) % 11
    return (0 if c == 11 else c) == int(s[8]) and s[9] in "890"
def is_account(p):
    """Icelandic domestic account bank(4)-hb(2)-account(6); the IBAN adds the holder's kennitala."""
    kt = kennitala(p or Person("IS"), dash=False)
    return f"{ch(['0101', '0111', '0133', '0515', '0526', '0301'])}-{ch(['26', '26', '15', '05'])}-{rdigits(6)}-{kt}"
def is_account_ok(s): p = s.split("-"); return len(p) >= 3 and len(p[0]) == 4 and len(p[1]) == 2 and len(p[2]) == 6

# Slovakia: rodné číslo as in Czechia (women: month + 50, number divisible by 11) -- rodne_cislo() above
# Philippines: SSS number 2-7-1, PhilSys Card Number (PCN) 16 digits 4-4-4-4, TIN 3-3-3(-3): structure only
def ph_sss(): return f"{rint(1, 34):02d}-{rdigits(7)}-{rdigits(1)}"
def ph_pcn(): d = str(rint(1, 9)) + rdigits(15); return f"{d[:4]}-{d[4:8]}-{d[8:12]}-{d[12:]}"
def ph_tin(): return f"{rint(100, 999)}-{rdigits(3)}-{rdigits(3)}" + ch(["", "-000", "-00000"])
# Kenya: national ID card number (7-8 digits) and KRA PIN (A + 9 digits + letter): structure only
def ke_id(): return str(rint(10000000, 39999999)) if coin(0.8) else str(rint(1000000, 9999999))
def kra_pin(): return "A" + rdigits(9) + ch(string.ascii_uppercase)
# Tanzania: NIDA number YYYYMMDD-NNNNN-NNNNN-NN (date of birth first): structure
def nida(p): d = p.dob; return f"{d.year:04d}{d.month:02d}{d.day:02d}-{rdigits(5)}-{rdigits(5)}-{rdigits(2)}"
# Bangladesh: NID 10 digits (smart card), 13 digits (old) or 17 digits (year of birth + 13): structure
def bd_nid(p):
    return chw([(str(rint(1, 9)) + rdigits(9), 2), (f"{p.dob.year}{ch(['26', '15', '19', '47', '61'])}{rdigits(11)}", 2), (ch(["26", "15", "19"]) + rdigits(11), 1)])
# Pakistan: CNIC 5-7-1 (last digit odd for men): structure
def cnic(p): return f"{ch(['35202', '42101', '61101', '37405'])}-{rdigits(7)}-{ch('02468') if p.female else ch('13579')}"
# Malaysia: MyKad (structure) -- mykad() above

CHECKS.update({"ircode": ir_code_ok, "egn": egn_ok, "asmens": asmens_ok, "kt": kennitala_ok, "isacc": is_account_ok,
               "sss": lambda s: re.fullmatch(r"\d{2}-\d{7}-\d", s) is not None,
               "pcn": lambda s: re.fullmatch(r"\d{4}-\d{4}-\d{4}-\d{4}", s) is not None,
               "tin": lambda s: re.fullmatch(r"\d{3}-\d{3}-\d{3}(-\d{3}|-\d{5})?", s) is not None,
               "keid": lambda s: re.fullmatch(r"\d{7,8}", s) is not None, "kra": lambda s: re.fullmatch(r"A\d{9}[A-Z]", s) is not None,
               "nida": lambda s: re.fullmatch(r"(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])-\d{5}-\d{5}-\d{2}", s) is not None,
               "bdnid": lambda s: re.fullmatch(r"[1-9]\d{9}|\d{13}|(19|20)\d{15}", s.translate(str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789"))) is not None,
               "cnic": lambda s: re.fullmatch(r"\d{5}-\d{7}-\d", s) is not None})

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
    if c == "SK": return V("national_id", rodne_cislo(p), "rc")
    if c == "DK": return V("national_id", cpr(p), "cpr")
    if c == "NO": return V("national_id", fnr(p), "fnr")
    if c == "FI": return V("national_id", hetu(p), "hetu")
    if c == "IR": return V("national_id", ir_code(), "ircode")
    if c == "BG": return V("national_id", egn(p), "egn")
    if c == "LT": return V("national_id", asmens_kodas(p), "asmens")
    if c == "IS": return V("national_id", kennitala(p), "kt")
    if c == "PH": return chw([(V("national_id", ph_sss(), "sss"), 1), (V("national_id", ph_pcn(), "pcn"), 1)])
    if c == "KE": return V("national_id", ke_id(), "keid")
    if c == "TZ": return V("national_id", nida(p), "nida")
    if c == "BD": return V("national_id", bd_nid(p), "bdnid")
    if c == "PK": return V("national_id", cnic(p), "cnic")
    if c == "MY": return V("national_id", mykad(p), "mykad")
    return V("national_id", ch(["C", "F", "G", "K", "P"]) + ralnum(8, "CFGHJKLMNPRTVWXYZ0123456789"), "passport")  # passport-style
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

# numbering plans of corpus D's countries (national significant numbers of mobile ranges, national and international forms)
_phone_c = phone
def phone(country=None, style=None):
    c = country if country in PHONE_COUNTRIES_D else (ch(PHONE_COUNTRIES_D) if country is None else "US")
    st = style or ch(["nat", "nat", "intl", "intl", "e164"])
    d = rdigits
    if c == "IR":
        r = "9" + ch(["12", "13", "19", "35", "36", "01", "02", "21"]) + d(7)
        return {"nat": ch([f"0{r[:3]} {r[3:6]} {r[6:]}", f"0{r}", f"0{r[:3]}-{r[3:]}"]), "intl": ch([f"+98 {r[:3]} {r[3:6]} {r[6:]}", f"0098{r}"]), "e164": f"+98{r}"}[st]
    if c == "BD":
        r = "1" + ch("3456789") + d(8)
        return {"nat": ch([f"0{r[:4]}-{r[4:]}", f"0{r}", f"0{r[:4]} {r[4:]}"]), "intl": ch([f"+880 {r[:4]}-{r[4:]}", f"+880 {r}"]), "e164": f"+880{r}"}[st]
    if c == "BG":
        if coin(0.85):
            r = "8" + ch("789") + d(7)
            return {"nat": ch([f"0{r[:3]} {r[3:6]} {r[6:]}", f"0{r}", f"0{r[:3]}/{r[3:]}"]), "intl": ch([f"+359 {r[:3]} {r[3:6]} {r[6:]}", f"00359 {r[:3]} {r[3:]}"]), "e164": f"+359{r}"}[st]
        r = "2" + str(rint(8, 9)) + d(6)
        return {"nat": f"02 {r[1:4]} {r[4:]}", "intl": f"+359 2 {r[1:4]} {r[4:]}", "e164": f"+359{r}"}[st]
    if c == "LT":
        r = "6" + d(7)
        return {"nat": ch([f"8 {r[:3]} {r[3:]}", f"8{r}", f"8-{r[:3]}-{r[3:]}"]), "intl": ch([f"+370 {r[:3]} {r[3:]}", f"+370{r}"]), "e164": f"+370{r}"}[st]
    if c == "IS":
        r = ch("678") + d(6)
        return {"nat": ch([f"{r[:3]} {r[3:]}", f"{r[:3]}-{r[3:]}", r]), "intl": f"+354 {r[:3]} {r[3:]}", "e164": f"+354{r}"}[st]
    if c == "SK":
        r = "9" + ch(["01", "02", "03", "04", "05", "06", "07", "08", "10", "11", "14", "15", "17", "40", "44", "48", "49"]) + d(6)
        return {"nat": ch([f"0{r[:3]} {r[3:6]} {r[6:]}", f"0{r[:3]}/{r[3:]}"]), "intl": f"+421 {r[:3]} {r[3:6]} {r[6:]}", "e164": f"+421{r}"}[st]
    if c == "TZ":
        r = ch(["6", "7"]) + ch(["1", "5", "6", "8", "4"]) + d(7)
        return {"nat": f"0{r[:3]} {r[3:6]} {r[6:]}", "intl": ch([f"+255 {r[:3]} {r[3:6]} {r[6:]}", f"+255-{r}"]), "e164": f"+255{r}"}[st]
    if c == "KE":
        r = ch(["7", "1"]) + ch(["0", "1", "2", "9", "4"]) + d(7)
        return {"nat": ch([f"0{r[:3]} {r[3:6]} {r[6:]}", f"0{r}"]), "intl": ch([f"+254 {r[:3]} {r[3:6]} {r[6:]}", f"+254{r[:3]}-{r[3:]}"]), "e164": f"+254{r}"}[st]
    if c == "NZ":
        r = "2" + ch("017") + d(ch([6, 7]))
        return {"nat": f"0{r[:2]} {r[2:5]} {r[5:]}", "intl": f"+64 {r[:2]} {r[2:5]} {r[5:]}", "e164": f"+64{r}"}[st]
    if c == "PK":
        r = "3" + ch(["00", "01", "21", "33", "45"]) + d(7)
        return {"nat": ch([f"0{r[:3]}-{r[3:]}", f"0{r[:3]} {r[3:]}"]), "intl": f"+92 {r[:3]} {r[3:]}", "e164": f"+92{r}"}[st]
    if c == "GH":
        r = ch(["24", "54", "55", "20", "50"]) + d(7)
        return {"nat": f"0{r[:2]} {r[2:5]} {r[5:]}", "intl": f"+233 {r[:2]} {r[2:5]} {r[5:]}", "e164": f"+233{r}"}[st]
    if c == "AR":
        r = "11" + ch("2345") + d(7)
        return {"nat": f"011 15-{r[2:6]}-{r[6:]}", "intl": f"+54 9 11 {r[2:6]}-{r[6:]}", "e164": f"+549{r}"}[st]
    if c == "PE":
        r = "9" + d(8)
        return {"nat": f"{r[:3]} {r[3:6]} {r[6:]}", "intl": f"+51 {r[:3]} {r[3:6]} {r[6:]}", "e164": f"+51{r}"}[st]
    if c == "PH":
        r = "9" + ch(["17", "18", "27", "05", "99", "15", "66", "08"]) + d(7)
        return {"nat": ch([f"0{r[:3]} {r[3:6]} {r[6:]}", f"0{r[:3]}-{r[3:6]}-{r[6:]}", f"0{r}"]), "intl": ch([f"+63 {r[:3]} {r[3:6]} {r[6:]}", f"+63{r}"]), "e164": f"+63{r}"}[st]
    if c == "MY":
        r = "1" + ch("0234679") + d(7 if coin(0.8) else 8)
        return {"nat": ch([f"0{r[:2]}-{r[2:5]} {r[5:]}", f"0{r[:2]}-{r[2:]}", f"0{r}"]), "intl": ch([f"+60 {r[:2]}-{r[2:5]} {r[5:]}", f"+60{r}"]), "e164": f"+60{r}"}[st]
    return _phone_c(c, st)
PHONE_COUNTRIES_D = [c for c in PHONE_COUNTRIES if c not in ("RU",)] + ["IR", "BD", "BG", "LT", "IS", "SK", "TZ", "NZ", "PK", "GH", "AR", "PE"]
def pphone(p, style=None):
    """A phone number of the person's own country (any plan when the country has none here)."""
    return V("phone", phone(p.country if p.country in PHONE_COUNTRIES_D else None, style))
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
# Addresses -> (street_line, postcode, city, one_line), each in the country's own order and spelling (own street lists)
# ----------------------------------------------------------------------------------------------
ADDR_COUNTRIES = ["US", "GB", "IE", "AU", "NZ", "CA", "DE", "AT", "CH", "FR", "BE", "NL", "ES", "IT", "PT", "BR", "PL", "SK", "SE", "TR",
                  "IN", "MX", "IR", "BD", "BG", "LT", "IS", "MY", "PH", "KE", "TZ", "ZA", "NG"]
US_CITIES = [("Boise", "ID", "83702"), ("Asheville", "NC", "28801"), ("Duluth", "MN", "55802"), ("Santa Fe", "NM", "87501"),
             ("Chattanooga", "TN", "37402"), ("Missoula", "MT", "59802"), ("Providence", "RI", "02903"), ("Lubbock", "TX", "79401")]
def address(c=None):
    c = c if c in ADDR_COUNTRIES else (ch(ADDR_COUNTRIES) if c is None else "US")
    n = rint(1, 180)
    if c == "US":
        st = f"{rint(100, 12999)} {ch(['N ', 'S ', 'E ', 'W ', '', '', ''])}{ch(['Magnolia', 'Juniper', 'Old Mill', 'Prairie View', 'Chestnut', 'Riverbend', 'Cottonwood', 'Larkspur', 'Founders'])} {ch(['St', 'Ave', 'Blvd', 'Way', 'Ter', 'Cir', 'Dr', 'Rd'])}"
        if coin(0.25): st += f" {ch(['Apt', 'Unit', 'Ste', '#'])} {rint(1, 60)}{ch(['', 'A', 'C'])}"
        city, state, pc = ch(US_CITIES)
        return st, pc, f"{city}, {state}", f"{st}, {city}, {state} {pc}"
    if c == "CA":
        st = f"{rint(10, 9999)} {ch(['Rue Saint-Denis', 'Bloor Street West', 'Robson Street', 'Portage Avenue', 'Spring Garden Road'])}"
        city, pc = ch([("Montréal QC", "H2X 3K6"), ("Toronto ON", "M5S 1V6"), ("Vancouver BC", "V6E 1B2"), ("Winnipeg MB", "R3C 0A5"), ("Halifax NS", "B3J 1A8")])
        return st, pc, city, f"{st}, {city} {pc}"
    if c == "GB":
        st = f"{ch([str(n), 'Flat ' + str(rint(1, 30)) + ', ' + str(n), 'Rose Cottage,'])} {ch(['Tanners Lane', 'Queen Street', 'Ashgrove Road', 'Marlborough Crescent', 'Kingsway', 'Rectory Gardens'])}"
        city, pc = ch([("Sheffield", "S1 2HE"), ("Cardiff", "CF10 1EP"), ("York", "YO1 7HH"), ("Brighton", "BN1 1UG"), ("Inverness", "IV1 1QA")])
        return st, pc, city, f"{st}, {city} {pc}"
    if c == "IE":
        st = f"{n} {ch(['Sráid an Mhuilinn', 'Dominick Street', 'Ballymun Road', 'Shop Street'])}"
        city, pc = ch([("Limerick", "V94 T9PX"), ("Galway", "H91 YK8A"), ("Dublin 9", "D09 F8Y2")])
        return st, pc, city, f"{st}, {city}, {pc}"
    if c == "AU":
        st = f"{ch(['', 'Unit ' + str(rint(1, 40)) + ', ', str(rint(1, 40)) + '/'])}{n} {ch(['Hay Street', 'Chapel Street', 'Smith Street', 'Anzac Parade', 'Mount Street'])}"
        city, pc = ch([("Subiaco WA", "6008"), ("Prahran VIC", "3181"), ("Kensington NSW", "2033"), ("Fortitude Valley QLD", "4006")])
        return st, pc, city, f"{st}, {city} {pc}"
    if c == "NZ":
        st = f"{n} {ch(['Karangahape Road', 'Cuba Street', 'Colombo Street', 'Tennyson Street'])}"
        city, pc = ch([("Auckland", "1010"), ("Wellington", "6011"), ("Christchurch", "8011"), ("Napier", "4110")])
        return st, pc, city, f"{st}, {ch(['Grey Lynn, ', 'Te Aro, ', ''])}{city} {pc}"
    if c in ("DE", "AT", "CH"):
        st = f"{ch(['Lindenallee', 'Am Mühlbach', 'Feldstraße', 'Rosenweg', 'Gartenstraße', 'Bergstrasse', 'Marktplatz', 'Zur alten Schmiede'])} {n}{ch(['', '', 'a', ' / Top 4'])}"
        if c != "AT": st = st.replace(" / Top 4", "")
        pc, city = {"DE": ch([("04109", "Leipzig"), ("28195", "Bremen"), ("69117", "Heidelberg"), ("01067", "Dresden")]), "AT": ch([("8010", "Graz"), ("4020", "Linz")]),
                    "CH": ch([("6003", "Luzern"), ("9000", "St. Gallen"), ("1003", "Lausanne")])}[c]
        return st, pc, city, f"{st}, {pc} {city}"
    if c in ("FR", "BE"):
        st = f"{n}{ch(['', ' bis', ' ter'])} {ch(['rue des Lilas', 'avenue Jean Jaurès', 'impasse du Moulin', 'place du Marché', 'rue Nationale'])}"
        pc, city = ch([("44000", "Nantes"), ("59000", "Lille"), ("67000", "Strasbourg"), ("35000", "Rennes")]) if c == "FR" else ch([("5000", "Namur"), ("9000", "Gent")])
        return st, pc, city, f"{st}, {pc} {city}"
    if c == "NL":
        st = f"{ch(['Herengracht', 'Molenweg', 'Julianalaan', 'Lange Nieuwstraat', 'Zuiderdiep'])} {n}{ch(['', '-II', ' bis', 'C'])}"
        pc, city = ch([("9711 LM", "Groningen"), ("5611 EM", "Eindhoven"), ("2512 CB", "Den Haag")])
        return st, pc, city, f"{st}, {pc} {city}"
    if c == "ES":
        st = f"{ch(['Carrer de Mallorca', 'Calle de Alcalá', 'Paseo de la Castellana', 'Carrer Gran de Gràcia', 'Avenida de Andalucía'])}, {n}, {rint(1, 8)}º {rint(1, 4)}ª"
        pc, city = ch([("08008", "Barcelona"), ("28014", "Madrid"), ("29001", "Málaga"), ("50001", "Zaragoza")])
        return st, pc, city, f"{st}, {pc} {city}"
    if c == "IT":
        st = f"{ch(['Via dei Mille', 'Viale Monza', 'Via Toledo', 'Borgo Pinti', 'Corso Buenos Aires'])} {n}{ch(['', '/B', ', int. 4'])}"
        pc, city = ch([("20127", "Milano (MI)"), ("10121", "Torino (TO)"), ("90133", "Palermo (PA)")])
        return st, pc, city, f"{st}, {pc} {city}"
    if c == "PT":
        st = f"{ch(['Rua do Carmo', 'Travessa da Boa Hora', 'Avenida dos Aliados'])} {n}, {rint(1, 5)}.º {ch(['D', 'E', 'Esq.'])}"
        pc, city = ch([("1200-094", "Lisboa"), ("4000-064", "Porto"), ("3000-141", "Coimbra")])
        return st, pc, city, f"{st}, {pc} {city}"
    if c == "BR":
        st = f"{ch(['Rua das Flores', 'Av. Brasil', 'Rua Oscar Freire', 'Travessa do Comércio'])}, {rint(10, 2999)}{ch(['', ' - Bloco B, apto 42', ' - casa 2'])}"
        pc, city = ch([("30130-010", "Belo Horizonte - MG"), ("90010-150", "Porto Alegre - RS"), ("50030-230", "Recife - PE")])
        return st, pc, city, f"{st}, {city}, {pc}"
    if c == "PL":
        st = f"{ch(['ul.', 'al.', 'os.'])} {ch(['Mickiewicza', 'Słowackiego', 'Jerozolimskie', 'Kościuszki', 'Wiejska'])} {n}{ch(['', 'm. ' + str(rint(1, 90)), '/' + str(rint(1, 40))])}"
        st = st.replace(f"{n}m.", f"{n} m.")
        pc, city = ch([("80-831", "Gdańsk"), ("61-772", "Poznań"), ("50-077", "Wrocław")])
        return st, pc, city, f"{st}, {pc} {city}"
    if c == "SK":
        st = f"{ch(['Obchodná', 'Hlavná', 'Štúrova', 'Námestie SNP', 'Mlynská'])} {rint(1, 2999)}/{rint(1, 90)}"
        pc, city = ch([("811 06", "Bratislava"), ("040 01", "Košice"), ("974 01", "Banská Bystrica"), ("010 01", "Žilina")])
        return st, pc, city, f"{st}, {pc} {city}"
    if c == "SE":
        st = f"{ch(['Drottninggatan', 'Storgatan', 'Vasagatan', 'Linnégatan'])} {n}{ch(['', ' lgh 1102', 'B'])}"
        pc, city = ch([("111 51", "Stockholm"), ("411 38", "Göteborg"), ("753 20", "Uppsala")])
        return st, pc, city, f"{st}, {pc} {city}"
    if c == "TR":
        st = f"{ch(['Bağdat Cad.', 'Moda Mah. Şair Nefi Sok.', 'Alsancak Mah. 1453 Sok.', 'Kızılay Mah. Ziya Gökalp Cad.'])} No: {n}{ch(['', ' Daire: ' + str(rint(1, 20)), ' Kat: 3'])}"
        pc, city = ch([("34710", "Kadıköy/İstanbul"), ("35220", "Konak/İzmir"), ("06420", "Çankaya/Ankara")])
        return st, pc, city, f"{st}, {pc} {city}"
    if c == "IN":
        st = f"{ch(['Flat ' + str(rint(101, 904)) + ', Sai Krupa Apartments', 'H.No. ' + str(rint(1, 30)) + '-' + str(rint(1, 400)), str(n) + ', 4th Cross'])}, {ch(['MG Road', 'Indiranagar', 'Koregaon Park', 'Banjara Hills', 'Salt Lake Sector V'])}"
        pc, city = ch([("560038", "Bengaluru"), ("411001", "Pune"), ("500034", "Hyderabad"), ("700091", "Kolkata")])
        return st, pc, city, f"{st}, {city} - {pc}"
    if c == "MX":
        st = f"{ch(['Av. Insurgentes Sur', 'Calle Hidalgo', 'Av. Chapultepec'])} {rint(10, 2000)}{ch(['', ' Int. 5', ' Depto. 302'])}, Col. {ch(['Roma Norte', 'Del Valle', 'Americana'])}"
        pc, city = ch([("06700", "Cuauhtémoc, CDMX"), ("03100", "Benito Juárez, CDMX"), ("44160", "Guadalajara, Jal.")])
        return st, pc, city, f"{st}, C.P. {pc}, {city}"
    if c == "IR":
        st = f"{ch(['خیابان ولیعصر', 'خیابان انقلاب', 'بلوار کشاورز', 'خیابان شریعتی', 'خیابان زند'])}، {ch(['کوچه لاله', 'کوچه بهار', 'کوچه ۱۲'])}، پلاک {str(n).translate(FA_DIG)}، واحد {str(rint(1, 20)).translate(FA_DIG)}"
        city, pc = ch([("تهران", "۱۵۹۸۷۶۵۴۳۲"), ("شیراز", "۷۱۳۴۸۵۶۷۱۱"), ("اصفهان", "۸۱۵۸۶۴۳۷۹۱"), ("تبریز", "۵۱۳۶۷۴۵۶۱۸")])
        return st, pc, city, f"{city}، {st}، کد پستی {pc}"
    if c == "BD":
        if coin(0.5):
            st = f"বাড়ি {str(rint(1, 120)).translate(BN_DIG)}, রোড {str(rint(1, 30)).translate(BN_DIG)}, {ch(['ধানমন্ডি', 'গুলশান ১', 'মিরপুর ১০', 'উত্তরা সেক্টর ৭'])}"
            city, pc = ch([("ঢাকা", "১২০৯"), ("ঢাকা", "১২১২"), ("চট্টগ্রাম", "৪০০০")])
            return st, pc, city, f"{st}, {city}-{pc}"
        st = f"House {rint(1, 120)}, Road {rint(1, 30)}, {ch(['Dhanmondi', 'Gulshan 1', 'Mirpur 10', 'Uttara Sector 7'])}"
        city, pc = ch([("Dhaka", "1209"), ("Dhaka", "1212"), ("Chattogram", "4000")])
        return st, pc, city, f"{st}, {city}-{pc}"
    if c == "BG":
        st = f"{ch(['ул. „Витоша“', 'бул. „Цар Освободител“', 'ул. „Шипка“', 'ж.к. Младост 1, бл.'])} {n}{ch(['', ', ет. ' + str(rint(1, 9)) + ', ап. ' + str(rint(1, 40)), ', вх. Б'])}"
        pc, city = ch([("1000", "София"), ("4000", "Пловдив"), ("9000", "Варна"), ("8000", "Бургас")])
        return st, pc, city, f"{st}, {pc} {city}" if coin(0.5) else f"гр. {city} {pc}, {st}"
    if c == "LT":
        st = f"{ch(['Gedimino pr.', 'Laisvės al.', 'Pilies g.', 'Savanorių pr.', 'Taikos g.'])} {n}{ch(['', '-' + str(rint(1, 80))])}"
        pc, city = ch([("LT-01103", "Vilnius"), ("LT-44240", "Kaunas"), ("LT-92228", "Klaipėda"), ("LT-76297", "Šiauliai")])
        return st, pc, city, f"{st}, {pc} {city}"
    if c == "IS":
        st = f"{ch(['Laugavegur', 'Skólavörðustígur', 'Hringbraut', 'Þórunnarstræti', 'Ásvallagata'])} {n}{ch(['', 'a', ', íbúð 201'])}"
        pc, city = ch([("101", "Reykjavík"), ("107", "Reykjavík"), ("600", "Akureyri"), ("220", "Hafnarfjörður")])
        return st, pc, city, f"{st}, {pc} {city}"
    if c == "MY":
        st = f"{ch(['No. ' + str(n) + ',', 'Lot ' + str(rint(100, 9999)) + ',', str(rint(1, 40)) + '-' + str(rint(1, 20)) + '-' + str(rint(1, 9)) + ','])} {ch(['Jalan Bukit Bintang', 'Jalan Tuanku Abdul Rahman', 'Lorong Kurau', 'Jalan Sultan Ismail', 'Jalan Kenari 5'])}"
        pc, city = ch([("55100", "Kuala Lumpur"), ("10250", "George Town, Pulau Pinang"), ("80000", "Johor Bahru, Johor"), ("88000", "Kota Kinabalu, Sabah")])
        return st, pc, city, f"{st}, {pc} {city}"
    if c == "PH":
        st = f"{ch(['Blk ' + str(rint(1, 40)) + ' Lot ' + str(rint(1, 30)), str(n), 'Unit ' + str(rint(101, 2505))])} {ch(['Rizal St.', 'Mabini St.', 'Aguinaldo Hwy.', 'Katipunan Ave.'])}, Brgy. {ch(['San Antonio', 'Poblacion', 'Malinta', 'Santo Niño'])}"
        pc, city = ch([("1203", "Makati City"), ("1108", "Quezon City"), ("6000", "Cebu City"), ("4103", "Bacoor, Cavite")])
        return st, pc, city, f"{st}, {city} {pc}"
    if c == "KE":
        st = ch([f"{ch(['Moi Avenue', 'Ngong Road', 'Kimathi Street', 'Muindi Mbingu Street'])}, {ch(['Hse', 'Apt'])} {n}", f"S.L.P. {rint(100, 99999)}"])
        pc, city = ch([("00100", "Nairobi"), ("80100", "Mombasa"), ("40100", "Kisumu")])
        return st, pc, city, f"{st}, {city} {pc}" if not st.startswith("S.L.P.") else f"{st}-{pc}, {city}"
    if c == "TZ":
        st = ch([f"Mtaa wa {ch(['Samora', 'Uhuru', 'Jamhuri', 'Lumumba'])}, Nyumba Na. {n}", f"S.L.P. {rint(100, 9999)}"])
        pc, city = ch([("11101", "Dar es Salaam"), ("23101", "Arusha"), ("41101", "Dodoma")])
        return st, pc, city, f"{st}, {city}"
    if c == "ZA":
        st = f"{n} {ch(['Jan Smuts Avenue', 'Long Street', 'Florida Road', 'Church Street'])}"
        pc, city = ch([("2196", "Rosebank, Johannesburg"), ("8001", "Cape Town"), ("4001", "Durban")])
        return st, pc, city, f"{st}, {city}, {pc}"
    if c == "NG":
        st = f"{n} {ch(['Adeola Odeku Street', 'Awolowo Road', 'Ahmadu Bello Way'])}"
        pc, city = ch([("101241", "Victoria Island, Lagos"), ("106104", "Ikoyi, Lagos"), ("900211", "Garki, Abuja")])
        return st, pc, city, f"{st}, {city} {pc}"
    return address("US")

# ----------------------------------------------------------------------------------------------
# Passwords and secrets (own password pool: spaces, quotes, separators of the formats, non-ASCII scripts)
# ----------------------------------------------------------------------------------------------
PW_POOL = ["Novembre2026!", "Winter#Is#Coming", "Tr0ub4dor&3", "Blue_Moon_88", "Kodeord!2026", "Slaptažodis7", "Lykilorð#12",
           "Парола2026!", "رمز۱۴۰۵عبور", "গোপন2026#", "Kata-laluan9", "Lihim#2026", "Nenosiri2026!", "hasło:Zima26",
           "pa ss word 9", "O'Reilly#77", 'say "hi"2me', "semi;colon;9", "pipe|in|it", "back\\slash1", "100%sure!", "<angle>&amp9",
           "Sommerferie(26)", "mañana#2026", "Ünïcödé!9", "qwertzuiop1!", "letmein2026", "iloveyou!!", "Pa$$w0rd2026", "ChangeMe123",
           "Basketball#7", "Z3br@-Crossing", "Tiger=Lily=3", "kiwi?Fruit?8", "a+b=c*2026", "Hallo Welt 26", "Cafe\u0301#42",
           "Snjór&Ís2026", "Жасмин#7", "Melati@2026", "Baraka*2026", "Ligaya!1985", "Vilnius,2026", "Reykjav1k!"]
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
    now = 1795392000 + rint(0, 400000)
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
def epoch(): return 1795392000 + rint(0, 432000)
def epoch_ms(): return epoch() * 1000 + rint(0, 999)
def ts_event():
    return datetime.datetime(2026, 11, 23, 0, 0, 0) + datetime.timedelta(seconds=rint(0, 5 * 86400), microseconds=rint(0, 999999))
def iso_ts(t=None, frac=3, z="Z"):
    t = t or ts_event(); s = t.strftime("%Y-%m-%dT%H:%M:%S")
    if frac: s += "." + f"{t.microsecond:06d}"[:frac]
    return s + z
def syslog_ts(t=None):
    t = t or ts_event(); s = t.strftime("%b %d %H:%M:%S")
    return s[:4] + s[4:6].replace("0", " ", 1) + s[6:] if s[4] == "0" else s
def clf_ts(t=None): t = t or ts_event(); return t.strftime("%d/%b/%Y:%H:%M:%S") + ch([" +0000", " +0100", " -0500"])
def order_no(): return ch([f"ORD-{rint(100000, 999999)}", f"INV-2026-{rint(1, 99999):05d}", f"#{rint(100000, 999999)}", f"SO{rdigits(8)}"])
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
def fmt(name, spec, labeled, decoys, n=(42, 52)):
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
# FORMATS.  Each fmt_<name>(n) -> list of lines; the @fmt registry carries the notes for FORMATS-D.md.
# ==============================================================================================
def mkj(tpl, *parts):
    """A line whose JSON part (from its first '{' or '[') must parse: marked for the self-test."""
    d = mk(tpl, *parts); d["_json"] = True; return d
def mkx(tpl, *parts):
    """A line that must be well-formed XML on its own: marked for the self-test."""
    d = mk(tpl, *parts); d["_xml"] = True; return d
def q(s, safe=""): return urllib.parse.quote(s, safe=safe)
def qp(s): return urllib.parse.quote_plus(s)
def human(p, domain=None):
    """A person's login: an e-mail address (email) or a username, labeled by what it is."""
    return vemail(p, domain) if coin(0.4) else vuser(p.username())
ORG_DOMAINS = ["kestrel.example", "tidewater-health.org", "northwind.example", "blue-fjord.com", "amberline.eu", "sundew-retail.com"]
def org_domain(): return ch(ORG_DOMAINS)
def rid_sid(): return f"S-1-5-21-{rint(1000000000, 3999999999)}-{rint(1000000000, 3999999999)}-{rint(100000000, 3999999999)}-{rint(1100, 9999)}"
def req_id(): return uuid4()
def hmac_hex(n=64): return rhex(n)
def map_v(parts, f):
    """Apply f to every part (str and V alike): used to escape a composite value for a given syntax."""
    return esc_parts(parts, f)
def split_query(parts):
    """Split a request target made of parts at its first plain '?': (path_parts, query_parts_without_'?')."""
    flat = _flat([parts], []); path, query, seen = [], [], False
    for x in flat:
        if not seen and isinstance(x, str) and "?" in x:
            a, b = x.split("?", 1); path.append(a); query.append(b); seen = True
        elif seen: query.append(x)
        else: path.append(x)
    return path, query
def url_pii(p=None, enc=q):
    """A request target carrying personal data in its path or query (values URL-encoded as a client sends them)."""
    p = p or P()
    return chw([
        (["/account/verify?email=", V("email", enc(p.email())), f"&lang={ch(['is', 'lt', 'bg', 'en', 'ms', 'sw'])}"], 3),
        (["/api/v2/customers/", vuid(rint(10000, 99999999)), f"/orders?page={rint(1, 9)}"], 3),
        (["/login?username=", vuser(p.username()), "&password=", V("password", enc(pw()))], 1),
        (["/oauth2/callback?code=", V("secret", ralnum(43, URLCH)), f"&state={rhex(16)}"], 1),
        (["/invoices/download?access_token=", vjwt(p)], 1),
        (["/sms/verify?to=", V("phone", enc(phone(style="e164")))], 2),
        (["/directory/search?q=", vname(qp(p.western)), "&type=person"], 1),
        (["/reset-password/", V("secret", rhex(40))], 1),
        (["/api/members?dob=", vdob(p.dob, "iso"), "&last_name=", vname(enc(p.family))], 1)])
def url_plain():
    return ch(["/", "/static/js/main.8f3a2c.js", "/favicon.ico", "/api/v2/products?category=garden&page=3", "/healthz", "/robots.txt",
               "/images/hero-winter.webp", "/api/v2/cart", "/checkout/delivery", "/sitemap.xml", f"/orders/{rint(100000, 999999)}/tracking",
               "/assets/fonts/inter.woff2", "/api/v2/stores?near=reykjavik"])

def tnum(): return str(rint(10000, 999999))
def evdate(style): return fdate(datetime.date(2026, ch([11, 12]), rint(1, 30)), style)
def text_format(lang, spec, labeled, decoys):
    def deco(f): return fmt(f"text-{lang}", spec, labeled, decoys, n=(40, 50))(f)
    return deco
def ts2(t=None): t = t or ts_event(); return t.strftime("%Y-%m-%d %H:%M:%S")

# ---------------------------------------------------------------------------------------------- GELF
@fmt("gelf", "Graylog GELF Payload Specification 1.1 (version, host, short_message, full_message, timestamp as seconds with decimal milliseconds, level as syslog severity, additional fields with a leading underscore; `_id` not allowed) as sent by application appenders and by the Docker gelf logging driver (_container_id, _container_name, _image_name, _image_id, _tag, _command, _created)",
     "personal data in short_message / full_message (e-mails, names, phones, IPs in embedded access lines, stack-trace messages), underscore fields of people (_user_id as a number, _email, _client_ip, _customer_name), Bearer JWTs in a logged _authorization field, card numbers in exception messages",
     "messages of the platform itself (cache warm-up, scheduler ticks, container start/stop), _container_id / _image_id hashes, _request_id UUIDs, levels, hosts, timestamps, facility names")
def fmt_gelf(n):
    svc = lambda: ch(["checkout-api", "identity-svc", "notifier", "loyalty-worker", "shop-web"])
    def ts(): return round(epoch() + R.random(), 3)
    def app():
        p = P(); uid = rint(1000, 9999999)
        msg = ch([S(["Password reset requested for ", vemail(p)]), S(["Login succeeded for user ", vuser(p.username()), " from ", vip(0.3)]),
                  S(["Loyalty card issued to ", vname(p.full), " (customer ", vuid(uid), ")"]), S(["SMS OTP sent to ", pphone(p, "e164")]),
                  S(["Address changed for customer ", vuid(uid), ": ", vaddr(address(p.country if p.country in ADDR_COUNTRIES else None)[3])])])
        o = {"version": "1.1", "host": ch(["app-01", "app-02", "ip-10-4-1-23"]), "short_message": msg, "timestamp": ts(), "level": ch([6, 6, 5, 4]),
             "_logger": ch(["com.kestrel.identity.AuthService", "shop.accounts", "Notifier.Sms"]), "_request_id": req_id()}
        if coin(0.6): o["_user_id"] = VN("user_id", str(uid))
        if coin(0.4): o["_client_ip"] = vip(0.25)
        if coin(0.3): o["_email"] = vemail(p)
        if coin(0.2): o["_customer_name"] = vname(p.full)
        return mkj("gelf/app", J(o))
    def docker():
        p = P(); cid = rhex(64)
        line = ch([S([vip4(), " - ", vuser(p.username()) if coin(0.3) else "-", f" [{clf_ts()}] \"GET ", url_pii(p), " HTTP/1.1\" 200 ", str(rint(200, 9000))]),
                   S([f"{iso_ts()} INFO  [worker] sending receipt to ", vemail(p), " for order ", order_no()]),
                   S(["level=warn msg=\"card declined\" customer=", vuid(rint(1000, 999999)), " name=\"", vname(p.full), "\""])])
        o = {"version": "1.1", "host": ch(["docker-host-3", "swarm-node-1"]), "short_message": line, "timestamp": ts(), "level": 6,
             "_command": ch(["node server.js", "gunicorn app:app", "/app/worker"]), "_container_id": cid, "_container_name": svc() + "-" + str(rint(1, 3)),
             "_created": iso_ts(frac=9), "_image_id": "sha256:" + rhex(64), "_image_name": f"registry.example.com/{svc()}:{version()}", "_tag": cid[:12]}
        return mkj("gelf/docker", J(o))
    def exc():
        p = P()
        full = ch([S(["Traceback (most recent call last):\n  File \"/app/billing/charge.py\", line 88, in charge\n    raise CardDeclined(card)\nCardDeclined: card ", vcard(fmt="plain"), " declined for ", vemail(p), "\n"]),
                   S(["org.springframework.dao.DuplicateKeyException: Key (email)=(", vemail(p), ") already exists.\n\tat org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2725)\n"]),
                   S(["System.InvalidOperationException: Customer '", vname(p.full), "' (phone ", pphone(p), ") has no active mandate\n   at Kestrel.Billing.MandateService.Charge()\n"])])
        o = {"version": "1.1", "host": "app-03", "short_message": ch(["Unhandled exception", "Payment failed", "Signup failed"]), "full_message": full,
             "timestamp": ts(), "level": 3, "_exception_class": ch(["CardDeclined", "DuplicateKeyException", "InvalidOperationException"]), "_request_id": req_id()}
        if coin(0.4): o["_authorization"] = S(["Bearer ", vjwt(p)])
        return mkj("gelf/exception", J(o))
    def d_plain():
        o = {"version": "1.1", "host": ch(["app-01", "worker-2", "docker-host-3"]), "short_message": ch(["Cache warm-up finished in 812 ms", "Scheduler tick: 14 jobs due", "Container started",
             "Health check passed", f"Reindexed {rint(100, 9000)} products", "Connection pool resized to 20", "Feature flag checkout_v2 evaluated for 3 segments"]),
             "timestamp": ts(), "level": ch([6, 7]), "_request_id": req_id(), "_build": gitsha(12), "_facility": ch(["scheduler", "cache", "search"])}
        return mkj("gelf/app", J(o))
    return produce(n, [(app, 3), (docker, 2), (exc, 1)], [d_plain])

# ---------------------------------------------------------------------------------------------- Splunk HEC
@fmt("splunkhec", "Splunk HTTP Event Collector (docs 'Format events for HTTP Event Collector'): /services/collector/event JSON objects with time, host, source, sourcetype, index, event (string or object) and indexed `fields`, batched objects concatenated without separators; the raw endpoint /services/collector/raw; the `Authorization: Splunk <token>` header; HEC acknowledgement and error responses",
     "values inside `event` (JSON objects with user e-mails, names, phones, client IPs, login names; strings with embedded log lines), indexed fields of people (`fields.user`), client MACs of wireless-association events (mac_address), HEC tokens in logged requests (secret)",
     "HEC responses {\"text\":\"Success\",\"code\":0} / {\"text\":\"Invalid data format\",\"code\":6}, events about hosts and jobs only (disk, cron, deploy), source/sourcetype/index names, epoch times, ack ids, channel GUIDs")
def fmt_splunkhec(n):
    def ev_obj(p):
        return ch([{"action": "login", "result": ch(["success", "failure"]), "user": human(p, org_domain()), "src_ip": vip(0.2), "app": "vpn"},
                   {"event_type": "profile_update", "customer_id": vuid(rint(10000, 999999)), "email": vemail(p), "phone": pphone(p), "changed": ["phone", "email"]},
                   {"msg": "order placed", "order": order_no(), "buyer": {"name": vname(p.full), "email": vemail(p)}, "ship_to": vaddr(address(p.country if p.country in ADDR_COUNTRIES else "US")[3])},
                   {"signature": "Brute force", "src": vip4(), "dest": vpriv4(), "user": vuser(p.username()), "count": rint(5, 90)},
                   {"action": "wireless_association", "user": human(p, org_domain()), "src_mac": vmac(), "src_ip": vpriv4(), "ap": ch(["AP-3F-LOBBY", "AP-2F-EAST"]), "ssid": "kestrel-corp"}])
    def one(p):
        o = {"time": round(epoch() + R.random(), 3), "host": ch(["web-01", "vpn-gw-2", "pos-13"]), "source": ch(["checkout", "/var/log/app.log", "okta:im2"]),
             "sourcetype": ch(["_json", "app:audit", "pan:traffic"]), "index": ch(["main", "security", "app"]), "event": ev_obj(p)}
        if coin(0.3): o["fields"] = {"user": vuser(p.username()), "env": "prod"}
        return o
    def event():
        return mkj("splunkhec/event", J(one(P())))
    def batch():
        a, b = J(one(P())), J(one(P()))
        return mk("splunkhec/batch", a, b)
    def strev():
        p = P()
        st, ev = ch([("postfix_syslog", S([f"{syslog_ts()} mail-01 postfix/smtp[{rint(1000, 99999)}]: {rhex(10).upper()}: to=<", vemail(p), ">, relay=mx.example.net[", vip4(), "]:25, status=sent"])),
                     ("access_combined", S([vip(0.2), f" - - [{clf_ts()}] \"GET ", url_pii(p), " HTTP/2.0\" 200 512"]))])
        o = {"time": epoch(), "host": "mail-01" if st == "postfix_syslog" else "web-02", "sourcetype": st, "index": "main", "event": ev}
        return mkj("splunkhec/event", J(o))
    def curl():
        p = P()
        body = J({"event": {"user": vemail(p), "action": "password_change"}, "sourcetype": "app:audit"})
        tok = V("secret", uuid4().upper() if coin(0.4) else uuid4())
        if coin(0.5):
            return mk("splunkhec/request", "curl -k https://splunk.example.com:8088/services/collector/event -H \"Authorization: Splunk ", tok, "\" -d '", body, "'")
        return mk("splunkhec/request", "DEBUG hec.client POST /services/collector/event headers={'Authorization': 'Splunk ", tok, "', 'Content-Type': 'application/json'} body=", body)
    def raw():
        p = P()
        return mk("splunkhec/raw", f"POST /services/collector/raw?channel={uuid4()}&sourcetype=syslog :: ", f"{syslog_ts()} fw01 sshd[{rint(1000, 65000)}]: Accepted publickey for ",
                  vuser(p.username()), " from ", vip(0.3), f" port {rint(1024, 65535)} ssh2")
    def d_resp():
        return mkj("splunkhec/response", ch(['{"text":"Success","code":0}', '{"text":"Success","code":0,"ackId":' + str(rint(1, 9999)) + '}', '{"text":"Invalid data format","code":6,"invalid-event-number":' + str(rint(0, 9)) + '}',
                                           '{"text":"Incorrect index","code":7,"invalid-event-number":0}', '{"text":"Server is busy","code":9}', '{"acks":{"' + str(rint(0, 99)) + '":true}}']))
    def d_host():
        o = {"time": epoch(), "host": ch(["web-01", "idx-2", "build-agent-4"]), "source": ch(["df", "cron", "deploy"]), "sourcetype": ch(["df", "cron", "deploy"]), "index": "os",
             "event": ch([{"mount": "/var", "used_pct": rint(10, 95)}, {"job": "logrotate", "status": "ok", "duration_ms": rint(10, 900)}, {"release": version(), "commit": gitsha(12), "status": "succeeded"}])}
        return mkj("splunkhec/event", J(o))
    return produce(n, [(event, 4), (batch, 1), (strev, 2), (curl, 1), (raw, 1)], [d_resp, d_host])

# ---------------------------------------------------------------------------------------------- Datadog
@fmt("datadog", "Datadog Log Management (docs 'Reserved attributes' and 'Standard attributes'): JSON logs with host, service, status, message, ddsource, ddtags, timestamp, usr.id / usr.name / usr.email, network.client.ip, http.url / http.referer / http.useragent / http.status_code, error.kind / error.message / error.stack, dd.trace_id / dd.span_id, logger.name; the HTTP intake API v2 (POST /api/v2/logs with the DD-API-KEY header, body as a JSON array); Datadog Agent log lines ('UTC | CORE | INFO | (pkg/...) | message')",
     "usr.id (user_id), usr.name (person or username as written), usr.email, network.client.ip, PII in http.url / http.referer query strings and in message / error.message, DD-API-KEY and DD-APPLICATION-KEY values in logged requests (secret), connection strings with user:password in Agent check errors (url_credentials)",
     "Agent status lines (check runs, forwarder transactions, flare), dd.trace_id/span_id, service/env/version tags, durations, status codes, log lines of anonymous health checks")
def fmt_datadog(n):
    def app():
        p = P(); uid = rint(1000, 999999)
        msg = ch([S(["User ", vemail(p), " signed in"]), S(["Shipping label created for ", vname(p.full)]), S(["Payment method updated by customer ", vuid(uid)]),
                  S(["Verification SMS to ", pphone(p, "e164"), " failed: unreachable"])])
        o = {"timestamp": epoch_ms(), "status": ch(["info", "info", "warn", "error"]), "service": ch(["web-store", "accounts", "payments"]), "host": f"i-{rhex(17)}",
             "ddsource": ch(["nodejs", "python", "java"]), "ddtags": f"env:prod,version:{version()},team:{ch(['growth', 'core'])}", "message": msg,
             "usr": {"id": vuid(uid), "email": vemail(p)} if coin(0.5) else {"id": vuid(uid)},
             "network": {"client": {"ip": vip(0.3)}}, "dd": {"trace_id": str(rint(10**18, 9 * 10**18)), "span_id": str(rint(10**18, 9 * 10**18))}}
        if coin(0.4): o["usr"]["name"] = vname(p.full)
        return mkj("datadog/log", J(o))
    def http():
        p = P()
        o = {"timestamp": iso_ts(), "status": "info", "service": "edge-proxy", "message": "request completed",
             "http": {"method": ch(["GET", "POST"]), "url": S([f"https://shop.example.com", url_pii(p)]), "status_code": ch([200, 302, 401]), "useragent": ua(),
                      "referer": ch(["", "https://www.google.com/"])}, "network": {"client": {"ip": vip(0.3)}, "bytes_written": rint(200, 90000)}, "duration": rint(10**5, 10**9)}
        return mkj("datadog/http", J(o))
    def err():
        p = P()
        o = {"timestamp": epoch_ms(), "status": "error", "service": "payments", "logger": {"name": "com.kestrel.payments.Charge", "thread_name": "http-nio-8080-exec-4"},
             "message": "charge failed", "error": {"kind": "CardDeclinedException", "message": S(["card ", vcard(), " declined for customer ", vemail(p)]),
                                                  "stack": "com.kestrel.payments.CardDeclinedException\n\tat com.kestrel.payments.Charge.run(Charge.java:77)"}}
        return mkj("datadog/error", J(o))
    def intake():
        p = P()
        body = J([{"ddsource": "python", "ddtags": "env:staging", "hostname": "batch-1", "message": S(["export finished for ", vemail(p)]), "service": "exporter"}])
        return mk("datadog/intake", "POST https://http-intake.logs.datadoghq.eu/api/v2/logs DD-API-KEY: ", V("secret", rhex(32)),
                  (" DD-APPLICATION-KEY: ", V("secret", rhex(40))) if coin(0.3) else "", " body=", body)
    def d_agent():
        t = ts_event().strftime("%Y-%m-%d %H:%M:%S")
        return mk("datadog/agent", f"{t} UTC | CORE | {ch(['INFO', 'INFO', 'WARN'])} | ({ch(['pkg/collector/worker/check_logger.go:71', 'comp/forwarder/defaultforwarder/transaction/transaction.go:433', 'pkg/logs/launchers/file/launcher.go:285'])} in {ch(['CheckStarted', 'Process', 'scan'])}) | " +
                  ch([f"check:disk | Running check...", f"Successfully posted payload to \"https://{rint(7, 7)}-{rint(50, 59)}-0-app.agent.datadoghq.eu/api/v1/check_run\"", "Starting a new tailer for: /var/log/nginx/access.log",
                      f"check:postgres | Done running check, next runs will be logged every 500 runs", "Flare archive created: /tmp/datadog-agent-2026-11-24-10-12-34.zip"]))
    def d_health():
        o = {"timestamp": epoch_ms(), "status": "info", "service": "web-store", "message": "GET /healthz 200", "http": {"method": "GET", "url": "http://localhost:8080/healthz", "status_code": 200},
             "network": {"client": {"ip": "127.0.0.1"}}, "duration": rint(10**5, 10**7)}
        return mkj("datadog/http", J(o))
    def agent_err():
        t = ts_event().strftime("%Y-%m-%d %H:%M:%S")
        return mk("datadog/agent", f"{t} UTC | CORE | ERROR | (pkg/collector/python/datadog_agent.go:129 in LogMessage) | postgres:{rhex(16)} | (postgres.py:{rint(200, 900)}) | Unable to connect to postgresql://",
                  V("url_credentials", f"datadog:{q(pw(), safe='')}"), "@", vpriv4(), ":5432/postgres: connection refused")
    return produce(n, [(app, 3), (http, 2), (err, 1), (intake, 1), (agent_err, 1)], [d_agent, d_health])

# ---------------------------------------------------------------------------------------------- OpenTelemetry OTLP/JSON
def otv(v):
    """An OTLP AnyValue."""
    if isinstance(v, VN): return {"intValue": S([V(v.kind, v.text, v.chk)])}
    if isinstance(v, bool): return {"boolValue": v}
    if isinstance(v, int): return {"intValue": str(v)}
    if isinstance(v, list): return {"arrayValue": {"values": [otv(x) for x in v]}}
    return {"stringValue": v if isinstance(v, (V, S)) else str(v)}
def otattrs(d): return [{"key": k, "value": otv(v)} for k, v in d.items()]
@fmt("otlp", "OpenTelemetry Protocol specification, OTLP/JSON encoding (ExportLogsServiceRequest: resourceLogs[].resource.attributes, scopeLogs[].scope, logRecords[] with timeUnixNano, observedTimeUnixNano, severityNumber, severityText, body AnyValue, attributes as KeyValue arrays {key, value:{stringValue|intValue (as a string)|boolValue|arrayValue}}, traceId/spanId hex) and the semantic conventions (enduser.id, user.id, user.email, user.full_name, user.name, client.address, url.full, url.query, http.request.header.*, db.query.text, exception.message); the Collector debug exporter's detailed text output ('LogRecord #0', 'Body: Str(…)', 'Attributes:', '     -> key: Str(value)')",
     "attribute values of people (enduser.id / user.id → user_id, user.email, user.full_name → person, user.name → username, client.address → ipv4/ipv6), body strings with personal data, url.full / url.query PII, authorization header values (jwt), SQL literals in db.query.text, the same values in the debug exporter's text lines",
     "resource attributes (service.name, host.name, k8s.pod.name, telemetry.sdk.version), scope names, traceId/spanId, severity, timestamps, debug exporter structure lines (ResourceLog #0, ScopeLogs SchemaURL, Trace ID, Flags), log records without personal attributes")
def fmt_otlp(n):
    def rec(p):
        uid = rint(1000, 9999999)
        body = ch([S(["checkout completed for ", vemail(p)]), S(["login failed for ", vuser(p.username())]), "order state changed", S(["address validated: ", vaddr(address()[3])])])
        at = {}
        at[ch(["enduser.id", "user.id"])] = VN("user_id", str(uid)) if coin(0.3) else vuid(str(uid))
        if coin(0.5): at["user.email"] = vemail(p)
        if coin(0.3): at["user.full_name"] = vname(p.full)
        if coin(0.3): at["user.name"] = vuser(p.username())
        if coin(0.6): at["client.address"] = vip(0.3)
        if coin(0.3): at["url.full"] = S(["https://api.example.com", url_pii(p)])
        if coin(0.25): at["http.request.header.authorization"] = [S(["Bearer ", vjwt(p)])]
        if coin(0.2): at["db.query.text"] = S(["SELECT id FROM customers WHERE email = '", vemail(p), "'"])
        at["http.response.status_code"] = ch([200, 201, 401, 500])
        return {"timeUnixNano": str(epoch() * 10**9 + rint(0, 10**9)), "observedTimeUnixNano": str(epoch() * 10**9 + rint(0, 10**9)), "severityNumber": ch([9, 9, 13, 17]),
                "severityText": ch(["INFO", "WARN", "ERROR"]), "body": {"stringValue": body}, "attributes": otattrs(at), "droppedAttributesCount": 0,
                "traceId": rhex(32), "spanId": rhex(16)}
    def res(): return {"attributes": otattrs({"service.name": ch(["checkout", "identity", "mobile-bff"]), "service.version": version(), "host.name": ch(["ip-10-2-3-4", "node-7"]),
                                               "k8s.pod.name": f"checkout-{rhex(10)}-{ralnum(5, LOWER_DIG)}", "telemetry.sdk.language": ch(["java", "python", "go"])})}
    def export():
        recs = [rec(P()) for _ in range(ch([1, 1, 2]))]
        o = {"resourceLogs": [{"resource": res(), "scopeLogs": [{"scope": {"name": ch(["io.opentelemetry.logback-appender-1.0", "opentelemetry.sdk._logs", "go.opentelemetry.io/contrib/bridges/otelslog"]), "version": version()}, "logRecords": recs}]}]}
        return mkj("otlp/export", J(o))
    def debug():
        p = P(); uid = rint(1000, 999999); t = iso_ts(frac=9)
        out = [mk("otlp/debug", "ResourceLog #0"), mk("otlp/debug", "Resource SchemaURL: https://opentelemetry.io/schemas/1.26.0"),
               mk("otlp/debug", f"Resource attributes:"), mk("otlp/debug", f"     -> service.name: Str({ch(['checkout', 'identity'])})"),
               mk("otlp/debug", "ScopeLogs #0"), mk("otlp/debug", "LogRecord #0"), mk("otlp/debug", f"ObservedTimestamp: {t.replace('T', ' ').replace('Z', ' +0000 UTC')}"),
               mk("otlp/debug", "SeverityText: INFO"), mk("otlp/debug", "SeverityNumber: Info(9)"),
               mk("otlp/debug", "Body: Str(", ch([["password reset link sent to ", vemail(p)], ["new device for ", vname(p.full)], ["otp delivered to ", pphone(p, "e164")]]), ")"),
               mk("otlp/debug", "Attributes:"), mk("otlp/debug", "     -> enduser.id: Str(", vuid(uid), ")"), mk("otlp/debug", "     -> client.address: Str(", vip(0.3), ")")]
        if coin(0.5): out.append(mk("otlp/debug", "     -> user.email: Str(", vemail(p), ")"))
        out += [mk("otlp/debug", f"Trace ID: {rhex(32)}"), mk("otlp/debug", f"Span ID: {rhex(16)}"), mk("otlp/debug", "Flags: 1")]
        k = rint(6, 9); return out[k:k + rint(4, 7)] if coin(0.7) else out
    def d_export():
        at = otattrs({"http.response.status_code": 200, "http.route": ch(["/healthz", "/api/v2/products", "/metrics"]), "server.port": 8080})
        o = {"resourceLogs": [{"resource": res(), "scopeLogs": [{"scope": {"name": "io.opentelemetry.logback-appender-1.0"}, "logRecords": [
            {"timeUnixNano": str(epoch() * 10**9), "severityNumber": 9, "severityText": "INFO", "body": {"stringValue": ch(["cache refreshed", "request served", "scheduled job finished"])},
             "attributes": at, "traceId": rhex(32), "spanId": rhex(16)}]}]}]}
        return mkj("otlp/export", J(o))
    return produce(n, [(export, 4), (debug, 1)], [d_export])

# ---------------------------------------------------------------------------------------------- Heroku
@fmt("heroku", "Heroku Dev Center 'Logging' and 'HTTP Routing': Logplex lines 'timestamp source[dyno]: message'; router lines (at=info|error code=H12 desc=… method path host request_id fwd dyno connect service status bytes protocol); platform lines heroku[web.1] (State changed, Process exited), app[api] release/config lines 'by user …'; app[web.N] application output; `heroku config` output",
     "fwd client addresses (every IPv4/IPv6, also lists), PII in router path query strings, the e-mail of the user in app[api] 'Release vN created by user …' / 'Set … config vars by user …', application output with e-mails / names / phones, config var values with userinfo (url_credentials) and API keys (secret)",
     "dyno state changes, boot timeouts, H-codes with loopback / internal fwd, request ids, connect/service timings, release numbers, scheduler 'Starting process with command', `heroku config` keys without secret values (LOG_LEVEL, WEB_CONCURRENCY)")
def fmt_heroku(n):
    def t(): return ts_event().strftime("%Y-%m-%dT%H:%M:%S.") + f"{rint(0, 999999):06d}+00:00"
    app_ = lambda: ch(["kestrel-shop", "tidewater-portal", "fjord-api"])
    def router():
        p = P(); path = url_pii(p) if coin(0.6) else url_plain()
        fwd = ch([[vip4()], [vip4(), ",", vip4()], [vip6()]])
        err = coin(0.25)
        head = f"at=error code={ch(['H12', 'H13', 'H15', 'H27'])} desc=\"{ch(['Request timeout', 'Connection closed without response', 'Idle connection', 'Client Request Interrupted'])}\" " if err else "at=info "
        return mk("heroku/router", f"{t()} heroku[router]: {head}method={ch(['GET', 'POST'])} path=\"", path, f"\" host={app_()}.herokuapp.com request_id={uuid4()} fwd=\"", fwd,
                  f"\" dyno=web.{rint(1, 4)} connect={rint(0, 3)}ms service={rint(2, 30000)}ms status={503 if err else ch([200, 200, 302, 404])} bytes={rint(0, 90000)} protocol=https")
    def api():
        p = P(); who = vemail(p, ch([None, org_domain()]))
        return mk("heroku/api", f"{t()} app[api]: ", ch([[f"Release v{rint(10, 900)} created by user ", who], [f"Deploy {gitsha(8)} by user ", who],
                                                          [f"Set {ch(['STRIPE_SECRET_KEY', 'SENDGRID_API_KEY', 'DATABASE_URL'])} config vars by user ", who], ["Scaled to web@2:Standard-1X by user ", who]]))
    def appout():
        p = P()
        return mk("heroku/app", f"{t()} app[web.{rint(1, 3)}]: ", ch([["Started POST \"/users/sign_in\" for ", vip(0.2), f" at {ts2()} +0000"], ["Parameters: {\"user\"=>{\"email\"=>\"", vemail(p), "\", \"password\"=>\"[FILTERED]\"}}"],
                                                                      ["[mailer] Delivered mail ", f"{rhex(24)}@{app_()}.mail", " to ", vemail(p)], ["Twilio: SMS queued for ", pphone(p, "e164"), " (", vname(p.full), ")"]]))
    def config():
        k = ch(["DATABASE_URL", "REDIS_URL", "CLOUDAMQP_URL"])
        u = "u" + ralnum(13, LOWER_DIG)
        if k == "DATABASE_URL":
            return mk("heroku/config", f"{k}:{' ' * 12}postgres://", V("url_credentials", f"{u}:p{rhex(63)}"), f"@ec2-{rint(3, 54)}-{rint(0, 255)}-{rint(0, 255)}-{rint(1, 254)}.eu-west-1.compute.amazonaws.com:5432/d{ralnum(13, LOWER_DIG)}")
        if k == "REDIS_URL":
            return mk("heroku/config", f"{k}:{' ' * 15}rediss://", V("url_credentials", f":p{rhex(63)}"), f"@ec2-{rint(3, 54)}-{rint(0, 255)}-{rint(0, 255)}-{rint(1, 254)}.eu-west-1.compute.amazonaws.com:{rint(10000, 32000)}")
        return mk("heroku/config", f"{k}:{' ' * 11}amqps://", V("url_credentials", f"{ralnum(8, LOWER_DIG)}:{ralnum(32, URLCH)}"), f"@rat.rmq2.cloudamqp.com/{ralnum(8, LOWER_DIG)}")
    def config_key():
        k, v = ch([("SENDGRID_API_KEY", sendgrid), ("STRIPE_SECRET_KEY", stripe_key), ("GITHUB_TOKEN", gh_token)])
        return mk("heroku/config", f"{k}:{' ' * (22 - len(k))}", V("secret", v()))
    def d_platform():
        return mk("heroku/platform", f"{t()} heroku[{ch(['web.1', 'web.2', 'worker.1', 'scheduler.4821'])}]: " + ch(["State changed from starting to up", "State changed from up to down", f"Process exited with status {ch([0, 0, 137, 143])}",
                  "Stopping all processes with SIGTERM", "Cycling", f"Starting process with command `bundle exec rake cleanup:carts`", "Error R14 (Memory quota exceeded)", f"Process running mem={rint(400, 700)}M({rint(90, 140)}.{rint(0, 9)}%)"]))
    def d_router():
        return mk("heroku/router", f"{t()} heroku[router]: at=info method=GET path=\"{url_plain()}\" host={app_()}.herokuapp.com request_id={uuid4()} fwd=\"127.0.0.1\" dyno=web.1 connect=0ms service={rint(1, 40)}ms status=200 bytes={rint(100, 9000)} protocol=http")
    def d_config(): return mk("heroku/config", ch(["=== kestrel-shop Config Vars", "LOG_LEVEL:             info", "WEB_CONCURRENCY:       2", "RAILS_SERVE_STATIC_FILES: enabled", "LANG:                  en_US.UTF-8"]))
    return produce(n, [(router, 4), (api, 1), (appout, 2), (config, 1), (config_key, 1)], [(d_platform, 3), d_router, d_config])

# ---------------------------------------------------------------------------------------------- AWS Lambda
@fmt("lambda", "AWS Lambda Developer Guide ('Using CloudWatch Logs with Lambda', 'Lambda advanced logging controls'): platform lines START RequestId … Version: $LATEST, END RequestId, REPORT RequestId … Duration / Billed Duration / Memory Size / Max Memory Used / Init Duration (tab separated); Node.js console output 'timestamp\\trequestId\\tLEVEL\\tmessage'; Python runtime '[LEVEL]\\ttimestamp\\trequestId\\tmessage'; JSON log format {timestamp, level, requestId, message} and platform events {time, type: platform.start / platform.report, record}; logged API Gateway proxy events (requestContext.identity.sourceIp, requestContext.authorizer.claims of a Cognito user pool, headers, body as a JSON string)",
     "values in logged events and messages: e-mails, names, phones, customer ids, source IPs, Cognito claims (sub → user_id, email, cognito:username → username, phone_number), Authorization headers (jwt), passwords in request bodies, connection URLs with user:password printed from the environment (url_credentials)",
     "START/END/REPORT lines, 'Task timed out after 3.00 seconds', INIT_START Runtime Version lines, platform JSON events, request ids, X-Ray trace ids, durations and memory figures, cold-start messages")
def fmt_lambda(n):
    def rid(): return uuid4()
    def t(): return iso_ts()
    def node():
        p = P()
        return mk("lambda/node", f"{t()}\t{rid()}\t{ch(['INFO', 'INFO', 'WARN', 'ERROR'])}\t", ch([["Creating customer ", vemail(p), " in Stripe"], ["SES bounce for ", vemail(p), ": mailbox full"],
                                                                                                 ["Found user ", vuid(rint(1000, 999999)), " (", vname(p.full), ")"], ["Sending SNS SMS to ", pphone(p, "e164")],
                                                                                                 ["config: DATABASE_URL=postgresql://", V("url_credentials", f"app_rw:{q(pw(), safe='')}"), f"@shop.cluster-{ralnum(12, LOWER_DIG)}.eu-west-1.rds.amazonaws.com:5432/shop"]]))
    def py():
        p = P()
        return mk("lambda/python", f"[{ch(['INFO', 'INFO', 'ERROR'])}]\t{t()}\t{rid()}\t", ch([["processing signup for ", vemail(p)], ["KeyError: 'iban' in payload for ", vname(p.full)],
                                                                                             ["Guest checkout: ", vname(p.full), ", ", vaddr(address(p.country if p.country in ADDR_COUNTRIES else "US")[3])]]))
    def event():
        p = P()
        claims = {"sub": vuid(uuid4()), "email": vemail(p), "cognito:username": vuser(p.username()), "email_verified": "true"}
        if coin(0.4): claims["phone_number"] = pphone(p, "e164")
        bd = S(["{\"email\":\"", V("email", jesc(p.email())), "\",\"password\":\"", V("password", jesc(pw('"\\'))), "\"}"]) if coin(0.5) else S(["{\"phone\":\"", pphone(p, "e164"), "\"}"])
        o = {"resource": "/signup", "path": "/signup", "httpMethod": "POST", "headers": {"Authorization": vjwt(p) if coin(0.5) else S(["Bearer ", vjwt(p)]), "User-Agent": ua()},
             "requestContext": {"requestId": rid(), "stage": "prod", "identity": {"sourceIp": vip(0.2), "userAgent": ua()}, "authorizer": {"claims": claims}}, "body": bd, "isBase64Encoded": False}
        return mkj("lambda/event", f"{t()}\t{rid()}\tINFO\tEVENT: ", J(o))
    def jsonfmt():
        p = P()
        o = {"timestamp": t(), "level": ch(["INFO", "WARN"]), "requestId": rid(), "message": ch([S(["reset code mailed to ", vemail(p)]), S(["blocked login from ", vip(0.3), " for ", vuser(p.username())])]),
             "logger": "app"}
        return mkj("lambda/json", J(o))
    def d_platform():
        r = rid()
        return mk("lambda/platform", ch([f"START RequestId: {r} Version: $LATEST", f"END RequestId: {r}",
                                         f"REPORT RequestId: {r}\tDuration: {R.random() * 900:.2f} ms\tBilled Duration: {rint(1, 900)} ms\tMemory Size: {ch([128, 256, 512])} MB\tMax Memory Used: {rint(60, 120)} MB" + (f"\tInit Duration: {R.random() * 400 + 100:.2f} ms" if coin(0.3) else ""),
                                         f"{t()} {r} Task timed out after {ch(['3.00', '6.01', '30.03'])} seconds", f"INIT_START Runtime Version: {ch(['nodejs:20.v42', 'python:3.12.v38'])}\tRuntime Version ARN: arn:aws:lambda:eu-west-1::runtime:{rhex(64)}"]))
    def d_json():
        return mkj("lambda/json", J({"time": t(), "type": ch(["platform.start", "platform.report"]), "record": {"requestId": rid(), "version": "$LATEST", "metrics": {"durationMs": round(R.random() * 500, 2), "billedDurationMs": rint(1, 500), "memorySizeMB": 256, "maxMemoryUsedMB": rint(60, 200)}}}))
    def d_cold(): return mk("lambda/node", f"{t()}\t{rid()}\tINFO\t" + ch(["cold start, loading config from SSM", "cache hit for product catalog", f"processed {rint(1, 500)} SQS records", "DynamoDB batch write ok"]))
    return produce(n, [(node, 2), (py, 2), (event, 2), (jsonfmt, 1)], [(d_platform, 3), d_json, d_cold])

# ---------------------------------------------------------------------------------------------- AWS WAF
@fmt("awswaf", "AWS WAF Developer Guide 'Log fields for web ACL traffic': timestamp, formatVersion, webaclId, terminatingRuleId, terminatingRuleType, action, terminatingRuleMatchDetails[] (conditionType, location, matchedData), httpSourceName, httpSourceId, ruleGroupList, rateBasedRuleList, nonTerminatingMatchingRules, requestHeadersInserted, responseCodeSent, httpRequest {clientIp, country, headers[{name, value}], uri, args, httpVersion, httpMethod, requestId}, labels, captchaResponse; redacted fields shown as REDACTED",
     "httpRequest.clientIp (ipv4/ipv6), X-Forwarded-For header values, authorization (jwt) and cookie (secret) header values, PII in uri and args (e-mails, phones, user ids, passwords), matchedData fragments of a password or e-mail",
     "CloudWatch Logs control messages, managed rule group descriptions (Name, VersionName, Capacity), REDACTED header values, web ACL ARNs, rule ids, labels, request ids")
def fmt_awswaf(n):
    def waf():
        p = P(); path = url_pii(p) if coin(0.6) else url_plain()
        uri, args = split_query(path)
        hd = [{"name": "Host", "value": ch(["shop.example.com", "api.example.com"])}, {"name": "User-Agent", "value": ua()}]
        if coin(0.4): hd.append({"name": "X-Forwarded-For", "value": S([vip4(), ", ", vpriv4()]) if coin(0.5) else vip4()})
        if coin(0.3): hd.append({"name": "authorization", "value": S(["Bearer ", vjwt(p)]) if coin(0.7) else "REDACTED"})
        if coin(0.3): hd.append({"name": "cookie", "value": S(["session=", vsecret(session_id()), "; theme=dark"])})
        action = ch(["ALLOW", "ALLOW", "BLOCK", "COUNT", "CAPTCHA"])
        o = {"timestamp": epoch_ms(), "formatVersion": 1, "webaclId": f"arn:aws:wafv2:eu-west-1:{rdigits(12)}:regional/webacl/shop-acl/{uuid4()}",
             "terminatingRuleId": "Default_Action" if action == "ALLOW" else ch(["AWS-AWSManagedRulesSQLiRuleSet", "RateLimit-Login", "AWS-AWSManagedRulesCommonRuleSet"]),
             "terminatingRuleType": "REGULAR" if action == "ALLOW" else "MANAGED_RULE_GROUP", "action": action, "terminatingRuleMatchDetails": [], "httpSourceName": "ALB",
             "httpSourceId": f"{rdigits(12)}-app/shop-alb/{rhex(16)}", "ruleGroupList": [], "rateBasedRuleList": [], "nonTerminatingMatchingRules": [], "requestHeadersInserted": None, "responseCodeSent": None,
             "httpRequest": {"clientIp": vip(0.2), "country": ch(["IS", "LT", "BG", "MY", "PH", "KE", "US"]), "headers": hd, "uri": S(uri), "args": S(args), "httpVersion": "HTTP/1.1",
                             "httpMethod": ch(["GET", "POST"]), "requestId": f"1-{rhex(8)}-{rhex(24)}"}}
        if action == "BLOCK" and coin(0.5):
            o["terminatingRuleMatchDetails"] = [{"conditionType": "SQL_INJECTION", "location": "BODY", "matchedData": ["email", "=", V("email", p.email()), "'", "OR"]}]
        if coin(0.5): o["labels"] = [{"name": "awswaf:managed:aws:core-rule-set:NoUserAgent_Header"}]
        return mkj("awswaf/log", J(o))
    def d_ctrl():
        return mkj("awswaf/control", J({"messageType": "CONTROL_MESSAGE", "owner": "CloudwatchLogs", "logGroup": "", "logStream": "", "subscriptionFilters": [], "logEvents": [{"id": "", "timestamp": epoch_ms(), "message": "CWL CONTROL MESSAGE: Checking health of destination Firehose."}]}))
    def d_group():
        return mkj("awswaf/rulegroup", J({"Name": ch(["AWSManagedRulesCommonRuleSet", "AWSManagedRulesSQLiRuleSet", "AWSManagedRulesBotControlRuleSet"]), "VendorName": "AWS", "VersionName": f"Version_1.{rint(1, 20)}",
                                          "Capacity": ch([700, 200, 50]), "SnsTopicArn": f"arn:aws:sns:us-east-1:{rdigits(12)}:aws-managed-waf-rule-notifications", "LabelNamespace": "awswaf:managed:aws:"}))
    return produce(n, [waf], [d_ctrl, d_group], dfrac=0.3)

# ---------------------------------------------------------------------------------------------- HashiCorp Vault audit
@fmt("vault", "HashiCorp Vault audit devices (developer.hashicorp.com 'Audit devices' / 'Audit log format'): JSON request and response entries {time, type, auth{client_token, accessor, display_name, policies, token_policies, metadata, entity_id, token_type, token_ttl}, request{id, operation, mount_type, path, data, remote_address, remote_port, namespace}, response{auth, data, mount_type}} with HMAC-SHA256 hashed strings ('hmac-sha256:…') and, with log_raw=true, plain values; the server's hclog lines ('timestamp [LEVEL]  core: …')",
     "display_name / metadata.username / login path segments of people (username; e-mail logins as email), entity_id of human identities (user_id), remote_address (ipv4/ipv6), raw request and response values under log_raw: passwords (password), client tokens hvs.… and secret values (secret), KV secret data (passwords, API keys, e-mails)",
     "hmac-sha256: values, accessors, policies, approle and kubernetes service logins (role names, service accounts), sys/health and sys/seal-status requests, hclog core lines (mounts, unseal, rollback), request ids, token TTLs")
def fmt_vault(n):
    def hm(): return "hmac-sha256:" + rhex(64)
    def auth(p, method):
        login = p.username()
        dn = f"{method}-{login}" if method != "oidc" else None
        a = {"client_token": hm(), "accessor": hm(), "display_name": [f"{method}-", vuser(login)] if dn else ["oidc-", vemail(p, org_domain())],
             "policies": ["default", ch(["dev", "db-readonly", "pki-issuer"])], "token_policies": ["default", "dev"], "metadata": {"username": vuser(login)} if method != "oidc" else {"role": "default"},
             "entity_id": vuid(uuid4()), "token_type": "service", "token_ttl": ch([3600, 2764800]), "token_issue_time": iso_ts(frac=0)}
        return a
    def dn_fix(a):
        a["display_name"] = S(a["display_name"]); return a
    def login_req():
        p = P(); method = ch(["userpass", "ldap"]); raw = coin(0.3); login = p.username()
        o = {"time": iso_ts(frac=6), "type": "request", "auth": {"token_type": "default"},
             "request": {"id": uuid4(), "operation": "update", "mount_type": method, "client_token": "", "client_token_accessor": "", "namespace": {"id": "root"},
                         "path": S([f"auth/{method}/login/", vuser(login)]), "data": {"password": vpw() if raw else hm()}, "remote_address": vip(0.2), "remote_port": rint(1024, 65535)}}
        return mkj("vault/request", J(o))
    def login_resp():
        p = P(); method = ch(["userpass", "ldap", "oidc"]); raw = coin(0.35)
        a = dn_fix(auth(p, method))
        if raw: a["client_token"] = vsecret(vault_token())
        o = {"time": iso_ts(frac=6), "type": "response", "auth": a, "request": {"id": uuid4(), "operation": "update", "mount_type": method, "path": f"auth/{method}/login" if method == "oidc" else S([f"auth/{method}/login/", vuser(p.username())]),
             "remote_address": vip(0.2)}, "response": {"auth": {"client_token": vsecret(vault_token()) if raw else hm(), "accessor": hm(), "display_name": a["display_name"], "policies": ["default", "dev"]}, "mount_type": method}}
        return mkj("vault/response", J(o))
    def kv():
        p = P(); raw = coin(0.5)
        data = {"db_password": vpw() if raw else hm(), "api_key": vsecret() if raw else hm(), "owner": vemail(p, org_domain()) if raw else hm()}
        o = {"time": iso_ts(frac=6), "type": "response", "auth": dn_fix(auth(p, ch(["userpass", "ldap"]))),
             "request": {"id": uuid4(), "operation": "read", "mount_type": "kv", "path": f"secret/data/{ch(['shop', 'billing', 'crm'])}/{ch(['prod', 'staging'])}", "remote_address": vip(0.2)},
             "response": {"mount_type": "kv", "data": {"data": data, "metadata": {"created_time": iso_ts(frac=6), "version": rint(1, 30)}}}}
        return mkj("vault/response", J(o))
    def hclog():
        p = P()
        return mk("vault/server", f"{iso_ts()} [{ch(['INFO', 'WARN'])}]  ", ch([["auth.ldap.auth_ldap_", rhex(8), ": user ", vuser(p.username()), " not found in group search base"],
                                                                           ["core: failed login attempt: username=", vuser(p.username()), " remote_addr=", vip(0.2)]]))
    def d_approle():
        o = {"time": iso_ts(frac=6), "type": ch(["request", "response"]), "auth": {"client_token": hm(), "accessor": hm(), "display_name": ch(["approle", "kubernetes-payments-payments-api"]), "policies": ["default", "payments"],
             "metadata": {"role_name": ch(["payments", "ci-runner"])}, "entity_id": uuid4(), "token_type": "batch"},
             "request": {"id": uuid4(), "operation": ch(["read", "update"]), "mount_type": ch(["kv", "database", "transit"]), "path": ch(["database/creds/readonly", "transit/encrypt/orders", "secret/data/payments/prod"]),
                         "data": {"plaintext": hm()} if coin(0.3) else None, "remote_address": "127.0.0.1"}}
        return mkj("vault/request", J(o))
    def d_health():
        return mkj("vault/request", J({"time": iso_ts(frac=6), "type": "request", "auth": {"token_type": "default"}, "request": {"id": uuid4(), "operation": "read", "path": ch(["sys/health", "sys/seal-status", "sys/leader"]), "remote_address": "127.0.0.1", "remote_port": rint(30000, 60000)}}))
    def d_hclog():
        return mk("vault/server", f"{iso_ts()} [INFO]  " + ch(["core: successful mount: namespace=\"\" path=kv/ type=kv version=\"v0.20.0+builtin\"", "core: vault is unsealed",
                  "rollback: starting rollback manager", "core: post-unseal setup complete", "expiration: revoked lease: lease_id=database/creds/readonly/" + ralnum(24), "storage.raft: snapshot complete up to: index=" + str(rint(10**5, 10**7))]))
    return produce(n, [(login_req, 2), (login_resp, 2), (kv, 2), (hclog, 1)], [(d_approle, 2), d_health, d_hclog])

# ---------------------------------------------------------------------------------------------- Palo Alto PAN-OS
PRIV_RANGE = {"10": "10.0.0.0-10.255.255.255", "172": "172.16.0.0-172.31.255.255", "192": "192.168.0.0-192.168.255.255"}
def _loc(ip):
    if isinstance(ip, V) and ip.kind == "ipv4":
        first = ip.text.split(".")[0]
        if ip.text.startswith(("10.", "192.168.")) or (first == "172" and 16 <= int(ip.text.split(".")[1]) <= 31): return PRIV_RANGE[first]
    return ch(["United States", "Iceland", "Lithuania", "Bulgaria", "Malaysia", "Philippines", "Kenya", "Germany", "Netherlands"])
@fmt("panos", "PAN-OS Administrator's Guide / 'Syslog Field Descriptions' (PAN-OS 10.2–11.x): CSV syslog payloads of TRAFFIC logs (FUTURE_USE, Receive Time, Serial Number, Type, Threat/Content Type, …, Source Address, Destination Address, NAT Source IP, NAT Destination IP, Rule Name, Source User, Destination User, Application, Virtual System, zones, interfaces, Log Action, Session ID, ports, Flags, Protocol, Action, Bytes, Packets, Start Time, Elapsed Time, Category, Sequence Number, Action Flags, Source/Destination Location, Session End Reason, Device Group Hierarchy, Device Name, Rule UUID, XFF Address …), THREAT logs (URL/Filename, Threat ID, Severity, Direction, Content Type, User Agent, File Type, X-Forwarded-For, Referer, Sender, Subject, Recipient …), GLOBALPROTECT logs (Event ID, Stage, Authentication Method, Tunnel Type, Source User, Machine Name, Public IP, Private IP, Host ID, Client Version/OS, Status, Portal/Gateway) and SYSTEM logs, behind an RFC 3164 header",
     "source/destination/NAT addresses and XFF addresses (every IPv4/IPv6, also the private-range location strings PAN-OS prints, which are addresses too), Source User / Destination User (DOMAIN\\user → the account name as username; UPNs → email), THREAT URL/Filename query PII and file names with names, e-mail Sender / Recipient (email) and Subject with names, GlobalProtect user, public and private IPs",
     "SYSTEM logs (content updates, HA state, WildFire package versions, commit jobs), serial numbers, session ids, rule names and UUIDs, zones, interfaces, application names, GlobalProtect machine names and host ids")
def fmt_panos(n):
    serial = lambda: ch(["013201001234", "016401009876", "007951000456"])
    def hdr(): return f"<{ch([14, 12, 11])}>{syslog_ts()} {ch(['PA-3220', 'pa-fw-edge01', 'PA-VM'])} "
    def tm(): return ts_event().strftime("%Y/%m/%d %H:%M:%S")
    def suser(p):
        return chw([("", 3), (["kestrel\\", vuser(p.username())], 3), (vemail(p, "kestrel.example"), 1)])
    def traffic():
        p = P(); src = vpriv4() if coin(0.7) else vip6() if coin(0.3) else vip4(); dst = vip4()
        nat_s = vip4() if isinstance(src, V) and src.kind == "ipv4" and coin(0.7) else "0.0.0.0"
        t = tm(); act = ch(["allow", "allow", "deny", "drop"])
        f = ["1", t, serial(), "TRAFFIC", ch(["end", "start", "drop", "deny"]), "2561", t, src, dst, nat_s, "0.0.0.0", ch(["allow-web", "outbound-default", "block-tor"]), suser(p), "",
             ch(["ssl", "web-browsing", "dns-base", "ms-office365", "incomplete"]), "vsys1", "trust", "untrust", "ethernet1/2", "ethernet1/1", "Log-Fwd", t, str(rint(10000, 999999)), "1",
             str(rint(1024, 65535)), ch(["443", "80", "53"]), str(rint(1024, 65535)), ch(["443", "80", "53"]), "0x400019", ch(["tcp", "udp"]), act, str(rint(100, 900000)), str(rint(50, 5000)),
             str(rint(50, 900000)), str(rint(2, 900)), t, str(rint(0, 600)), ch(["computer-and-internet-info", "business-and-economy", "any", "shopping"]), "0", str(rint(10**9, 10**10)), "0x8000000000000000",
             _loc(src), _loc(dst), "0", str(rint(1, 400)), str(rint(1, 500)), ch(["tcp-fin", "aged-out", "policy-deny", "tcp-rst-from-client"]), "0", "0", "0", "0", "", ch(["PA-3220", "pa-fw-edge01"]),
             "from-policy", "", "", "0", "", "0", "", "N/A", "0", "0", "0", "0", uuid4(), "0", "0", "0", "0", "", "", "", "", "",
             ch(["", "", vip4()])]
        return mk("panos/traffic", hdr(), [[x, ","] for x in f[:-1]], f[-1])
    def threat():
        p = P(); src = vpriv4(); dst = vip4(); t = tm()
        kind = ch(["url", "url", "spyware", "file", "email"])
        url = chw([(["shop.example.com", url_pii(p)], 3), ([ch(["onedrive.live.com/", "drive.example.org/"]), f"Payslip_", V("person", f"{p.given}_{p.family}".replace(" ", "_")), "_2026-11.pdf"], 1)])
        sender = recip = subj = ""
        if kind == "email":
            url = ["Invoice_", rdigits(6), ".zip"]; sender = vemail(P(), ch(["billing-notify.example", "gmail.com"])); recip = vemail(p, "kestrel.example")
            subj = ["Overdue invoice for ", vname(p.full)]
        f = ["1", t, serial(), "THREAT", kind, "2561", t, src, dst, vip4(), "0.0.0.0", "allow-web", suser(p), "", ch(["web-browsing", "ssl", "smtp-base"]), "vsys1", "trust", "untrust",
             "ethernet1/2", "ethernet1/1", "Log-Fwd", t, str(rint(10000, 999999)), "1", str(rint(1024, 65535)), "443", str(rint(1024, 65535)), "443", "0x403000", "tcp", ch(["alert", "block-url", "reset-both"]),
             ["\"", url, "\""], ch(["(9999)", "Zeus Command and Control Traffic(13006)", "Microsoft PE File(52020)"]), ch(["shopping", "business-and-economy", "malware"]), ch(["informational", "high", "critical"]),
             "client-to-server", str(rint(10**9, 10**10)), "0x8000000000000000", _loc(src), _loc(dst), "0", "text/html", "0", "", "", "1", ua().replace(",", ""), ch(["", "pdf", "pe"]),
             "", "", sender, subj, recip, "0", "0", "0", "0", "0", "", ch(["PA-3220", "pa-fw-edge01"])]
        return mk("panos/threat", hdr(), [[x, ","] for x in f[:-1]], f[-1])
    def gp():
        p = P(); t = tm(); ok = coin(0.75)
        f = ["1", t, serial(), "GLOBALPROTECT", "0", "2561", t, "vsys1", ch(["gateway-connected", "portal-auth", "gateway-auth", "gateway-logout"]), ch(["connected", "login", "logout", "tunnel"]),
             ch(["LDAP", "SAML", "RADIUS"]), ch(["IPSec", "SSL"]), ["kestrel\\", vuser(p.username())] if coin(0.7) else vemail(p, "kestrel.example"), ch(["IS", "LT", "BG", "KE", "MY"]),
             f"LAPTOP-{ralnum(7, UPPER_DIG)}", vip4(), vip6() if coin(0.2) else "", vpriv4(), "", "{" + uuid4().upper() + "}", rdigits(10), f"6.{rint(0, 3)}.{rint(0, 9)}-{rint(10, 99)}",
             *ch([("Windows", "\"Microsoft Windows 11 Enterprise , 64-bit\""), ("Mac", "Apple Mac OS X 15.1"), ("Linux", "Linux Ubuntu 24.04")]), "1", "" if ok else "Authentication failed: Invalid username or password", "",
             "", "success" if ok else "failure", "", str(rint(0, 90000)), ch(["on-demand", "user-logon"]), "0", "GP-Portal", str(rint(10**9, 10**10)), "0x8000000000000000", t, "", str(rint(10, 900)), "0", "", "GW-Edge"]
        return mk("panos/globalprotect", hdr(), [[x, ","] for x in f[:-1]], f[-1])
    def d_system():
        t = tm()
        desc = ch(["Installed antivirus package: panupv2-all-antivirus-4882-5402.tgz", "WildFire package upgraded from version 901234-904567 to 901235-904568", "HA Group 1: Moved from state Passive to state Passive",
                   f"Commit job {rint(100, 9999)} succeeded", "Content update job succeeded for type Applications and Threats", "Certificate 'GP-Portal-Cert' expires in 30 days", "ssh: User 'admin' logged in via CLI from console"])
        return mk("panos/system", hdr() + f"1,{t},{serial()},SYSTEM,general,2561,{t},,general,,0,0,general,informational,\"{desc}\",{rint(10**6, 10**8)},0x0,0,0,0,0,,{ch(['PA-3220', 'pa-fw-edge01'])}")
    return produce(n, [(traffic, 4), (threat, 2), (gp, 2)], [d_system])

# ---------------------------------------------------------------------------------------------- pfSense
@fmt("pfsense", "pfSense documentation 'Filter Log Format' (filterlog CSV: rule number, sub rule, anchor, tracker, real interface, reason, action, direction, IP version; IPv4: TOS, ECN, TTL, ID, offset, flags, protocol id, protocol text, length, source, destination; IPv6: class, flow label, hop limit, protocol text, protocol id, length, source, destination; then TCP/UDP/ICMP data), captive portal 'logportalauth' messages (Zone: … - ACCEPT/FAILURE/DISCONNECT: user, MAC, IP), webConfigurator login and sshguard messages, in RFC 3164 / RFC 5424 syslog",
     "source and destination addresses in filterlog (every IPv4/IPv6), captive-portal user names (username or e-mail as typed), client MACs (mac_address) and IPs, webConfigurator logins of people and their source IPs",
     "check_reload_status / rc.filter_configure messages, package upgrades with versions, dpinger gateway alarms without addresses, tracker ids, TCP options strings, the admin account (system identity)")
def fmt_pfsense(n):
    def hdr(prog): return f"{syslog_ts()} {ch(['fw01', 'pfsense', 'gw-branch3'])} {prog}[{rint(1000, 99999)}]: "
    def filt():
        v6 = coin(0.2); act = ch(["block", "block", "pass"]); d = ch(["in", "in", "out"]); proto = ch(["tcp", "tcp", "udp", "icmp"]) if not v6 else ch(["tcp", "udp"])
        head = f"{rint(4, 200)},,,{ch(['1000000103', '1000000104', '1770001466', '1700000'+str(rint(100,999))])},{ch(['igb0', 'igb1', 'vtnet0', 'em0'])},match,{act},{d},"
        if not v6:
            src, dst = (vip4(), vpriv4()) if d == "in" else (vpriv4(), vip4())
            pid = {"tcp": "6", "udp": "17", "icmp": "1"}[proto]
            ip = [f"4,0x0,,{rint(40, 128)},{rint(0, 65535)},0,{ch(['DF', 'none'])},{pid},{proto},{rint(40, 1500)},", src, ",", dst, ","]
        else:
            src, dst = vip6(), vip6(); pid = {"tcp": "6", "udp": "17"}[proto]
            ip = [f"6,0x00,0x{rhex(5)},{rint(40, 255)},{proto},{pid},{rint(40, 1400)},", src, ",", dst, ","]
        if proto == "tcp": tail = f"{rint(1024, 65535)},{ch(['22', '443', '3389', '23', '445'])},0,{ch(['S', 'SA', 'RA', 'FA'])},{rint(10**8, 4 * 10**9)},,{ch(['64240', '65535', '1024'])},,{ch(['mss;sackOK;TS;nop;wscale', 'mss', ''])}"
        elif proto == "udp": tail = f"{rint(1024, 65535)},{ch(['53', '123', '1900', '5060'])},{rint(8, 512)}"
        else: tail = f"request,{rint(1, 65535)},{rint(1, 9999)}"
        return mk("pfsense/filterlog", hdr("filterlog"), head, ip, tail)
    def portal():
        p = P(); who = human(p)
        ev = ch(["ACCEPT", "ACCEPT", "FAILURE", "DISCONNECT - IDLE TIMEOUT", "CONCURRENT LOGIN - TERMINATING OLD SESSION"])
        tail = ", Invalid credentials specified." if ev == "FAILURE" else ""
        return mk("pfsense/portal", hdr("logportalauth"), f"Zone: {ch(['guestwifi', 'hotel', 'cafe'])} - {ev}: ", who, ", ", vmac(ch(["colon", "colon", "COLON"])), ", ", vpriv4(), tail)
    def webgui():
        p = P()
        return mk("pfsense/auth", hdr("php-fpm"), ch([["/index.php: Successful login for user '", vuser(p.username()), "' from: ", vip(0.2), " (Local Database)"],
                                                     ["/index.php: webConfigurator authentication error for user '", vuser(p.username()), "' from: ", vip(0.2)],
                                                     ["/index.php: Successful login for user 'admin' from: ", vpriv4(), " (Local Database)"]]))
    def sshguard():
        return mk("pfsense/sshguard", hdr("sshguard"), ch([["Attack from \"", vip4(), f"\" on service SSH with danger {ch([2, 10])}."], ["Blocking \"", vip4(), f"/32\" for {ch([120, 240, 480])} secs ({rint(3, 9)} attacks in {rint(1, 30)} secs, after 1 abuses over {rint(1, 30)} secs.)"]]))
    def d_misc():
        return mk("pfsense/system", hdr(ch(["check_reload_status", "php-fpm", "pkg-static", "dpinger", "syslogd"])) + ch(["Reloading filter", "/rc.filter_configure_sync: Bootup complete", "Syncing firewall",
                  "pfSense-upgrade upgraded: 2.7.2 -> 2.8.0", "WAN_DHCP: Clear latency alarm", "kernel boot file is /boot/kernel/kernel", "/rc.newwanip: rc.newwanip: on (IP address: ) (interface: opt1) (real interface: ovpns1).", "Restarting ipsec tunnels"]))
    return produce(n, [(filt, 4), (portal, 2), (webgui, 1), (sshguard, 1)], [d_misc])

# ---------------------------------------------------------------------------------------------- DHCP (ISC dhcpd, Windows DHCP Server)
WIN_DHCP_HDR = ["\t\tMicrosoft DHCP Service Activity Log", "Event ID  Meaning", "00\tThe log was started.", "10\tA new IP address was leased to a client.", "11\tA lease was renewed by a client.",
                "12\tA lease was released by a client.", "24\tIP address cleanup operation has began.", "30\tDNS update request to the named DNS server.",
                "ID,Date,Time,Description,IP Address,Host Name,MAC Address,User Name, TransactionID, QResult,Probationtime, CorrelationID,Dhcid,VendorClass(Hex),VendorClass(ASCII),UserClass(Hex),UserClass(ASCII),RelayAgentInformation,DnsRegError."]
@fmt("dhcp", "ISC DHCP dhcpd(8) log messages (DHCPDISCOVER from MAC (hostname) via IF, DHCPOFFER/DHCPACK on IP to MAC (hostname) via IF, DHCPREQUEST for IP (server) from MAC, DHCPRELEASE of IP from MAC, DHCPINFORM, DHCPNAK) and dhcpd.leases(5) entries (lease IP { starts/ends/cltt, binding state, hardware ethernet, uid, client-hostname }); Microsoft 'Analyze DHCP Server Log Files' (DhcpSrvLog-*.log audit CSV: ID, Date, Time, Description, IP Address, Host Name, MAC Address, User Name, TransactionID, QResult, Probationtime, CorrelationID, Dhcid, VendorClass, UserClass, RelayAgentInformation, DnsRegError, with its header legend)",
     "leased and requested IPs and server identifiers (ipv4), client MACs in colon form and in the Windows 12-hex form without separators (mac_address), the Windows 'User Name' column when filled (username)",
     "client host names (device names are not personal data, B's rule: annas-iphone, LAPTOP-…), the Windows legend and #-less header lines, 'Database Cleanup' and 'Log was started' rows, dhcpd start-up and 'no free leases' pool messages, lease file braces and binding states")
def fmt_dhcp(n):
    def hn(p): return ch([f"{p.gascii}s-iphone", f"LAPTOP-{ralnum(7, UPPER_DIG)}", f"Galaxy-S{rint(20, 25)}", "iPad", f"DESKTOP-{ralnum(7, UPPER_DIG)}", f"{p.gascii}-pixel8", "android-" + rhex(16)])
    def isc():
        p = P(); m = vmac("colon"); ip = vpriv4(); h = hn(p); via = ch(["eth0", "eth1", "ens192", "10.0.0.1"])
        if via[0].isdigit(): via = vpriv4()
        msg = ch([["DHCPDISCOVER from ", m, f" ({h}) via ", via], ["DHCPOFFER on ", ip, " to ", m, f" ({h}) via ", via], ["DHCPREQUEST for ", ip, " (", vpriv4(), ") from ", m, f" ({h}) via ", via],
                  ["DHCPACK on ", ip, " to ", m, f" ({h}) via ", via], ["DHCPRELEASE of ", ip, " from ", m, f" ({h}) via ", via, " (found)"], ["DHCPNAK on ", ip, " to ", m, " via ", via],
                  ["DHCPINFORM from ", ip, " via ", via]])
        return mk("dhcp/dhcpd", f"{syslog_ts()} {ch(['dhcp1', 'gw', 'ns2'])} dhcpd[{rint(400, 9999)}]: ", msg)
    def lease():
        p = P(); t = ts_event(); e = t + datetime.timedelta(hours=12); fmtt = lambda x: f"{(x.weekday() + 1) % 7} {x.strftime('%Y/%m/%d %H:%M:%S')}"
        lines = [mk("dhcp/leases", "lease ", vpriv4(), " {"), mk("dhcp/leases", f"  starts {fmtt(t)};"), mk("dhcp/leases", f"  ends {fmtt(e)};"), mk("dhcp/leases", f"  cltt {fmtt(t)};"),
                 mk("dhcp/leases", "  binding state active;"), mk("dhcp/leases", "  next binding state free;"), mk("dhcp/leases", "  hardware ethernet ", vmac("colon"), ";"),
                 mk("dhcp/leases", f"  client-hostname \"{hn(p)}\";"), mk("dhcp/leases", "}")]
        return lines[rint(0, 3):] if coin(0.5) else lines
    def win():
        p = P(); d = ts_event(); ev = ch([("10", "Assign"), ("11", "Renew"), ("12", "Release"), ("30", "DNS Update Request"), ("31", "DNS Update Failed"), ("32", "DNS Update Successful")])
        h = f"{hn(p)}.{ch(['kestrel.example', 'corp.northwind.example'])}"
        macf = vmac("plain") if ev[0] in ("10", "11", "12") else ""
        if isinstance(macf, V): macf = V("mac_address", macf.text.upper())
        user = ["KESTREL\\", vuser(p.username())] if ev[0] == "10" and coin(0.15) else ""
        return mk("dhcp/windows", f"{ev[0]},{d.strftime('%m/%d/%y')},{d.strftime('%H:%M:%S')},{ev[1]},", vpriv4(), f",{h},", macf, ",", user, f",{rint(10**8, 4 * 10**9)},0,,,,{ch(['0x4D53465420352E30', ''])},{ch(['MSFT 5.0', ''])},,,,{ch(['0', '0', '9004'])}")
    def d_win():
        d = ts_event()
        return [mk("dhcp/windows", x) for x in WIN_DHCP_HDR][rint(5, 8):] if coin(0.3) else mk("dhcp/windows", f"{ch(['00,', '24,', '25,', '01,'])}{d.strftime('%m/%d/%y')},{d.strftime('%H:%M:%S')},{ch(['Started', 'Database Cleanup Begin', '0 leases expired and 0 leases deleted', 'Stopped'])},,,,,0,6,,,,,,,,,0")
    def d_isc():
        return mk("dhcp/dhcpd", f"{syslog_ts()} dhcp1 dhcpd[{rint(400, 9999)}]: " + ch(["Internet Systems Consortium DHCP Server 4.4.3-P1", "Copyright 2004-2022 Internet Systems Consortium.", "Wrote 214 leases to leases file.",
                  "Server starting service.", "Sending on   Socket/fallback/fallback-net", "no free leases on network guest-net", "Listening on LPF/eth0/guest-net"]))
    return produce(n, [(isc, 4), (lease, 1), (win, 3)], [(d_win, 2), d_isc])

# ---------------------------------------------------------------------------------------------- BIND 9
@fmt("bind", "BIND 9 Administrator Reference Manual, logging categories queries, query-errors, security, update, update-security, rpz, lame-servers, xfer-out ('dd-Mon-YYYY hh:mm:ss.mmm category: severity: client @0x… ADDR#PORT (QNAME): query: QNAME CLASS TYPE +E(0)K (SERVER)', 'query (cache) … denied', 'updating zone …: adding an RR at …', 'rpz QNAME NXDOMAIN rewrite …'), and named start-up / zone messages",
     "client addresses and the server address in parentheses (every IPv4/IPv6), addresses in dynamic-update RRs and lame-server lines",
     "query names, zone names and serials, view names, key names, managed-keys and start-up messages, in-addr.arpa zone names of networks (three labels, not an address), the @0x client object pointers")
def fmt_bind(n):
    qn = lambda: ch(["www.example.com", "login.kestrel.example", "api.northwind.example", "mail.example.org", "cdn.blue-fjord.com", "_ldap._tcp.dc._msdcs.kestrel.example", "updates.example.net"])
    def t(): x = ts_event(); return x.strftime("%d-%b-%Y %H:%M:%S.") + f"{x.microsecond // 1000:03d}"
    def cl(): return ["client @0x", rhex(12), " ", vip(0.25), "#", str(rint(1024, 65535))]
    def query():
        name = qn()
        return mk("bind/queries", f"{t()} queries: info: ", cl(), f" ({name}): {ch(['view internal: ', ''])}query: {name} IN {ch(['A', 'AAAA', 'MX', 'TXT', 'SRV', 'HTTPS'])} {ch(['+E(0)K', '+', '-E(0)DC', '+ET'])} (", vpriv4() if coin(0.8) else vip6(), ")")
    def denied():
        name = qn()
        return mk("bind/security", f"{t()} security: info: ", cl(), f" ({name}): query (cache) '{name}/{ch(['A', 'ANY', 'TXT'])}/IN' denied")
    def update():
        p = P(); host = f"{p.gascii}s-iphone" if coin(0.5) else f"ws-{rint(100, 999)}"
        return mk("bind/update", f"{t()} update: info: ", ch([["client @0x", rhex(12), " ", vpriv4(), "#", str(rint(1024, 65535)), "/key dhcp-updater: updating zone 'kestrel.example/IN': adding an RR at '", host, ".kestrel.example' A ", vpriv4()],
                                                               ["client @0x", rhex(12), " ", vpriv4(), "#", str(rint(1024, 65535)), "/key dhcp-updater: updating zone 'kestrel.example/IN': deleting rrset at '", host, ".kestrel.example' A"]]))
    def rpz():
        bad = ch(["malware-c2.example.net", "phish-login.example.biz", "tracker.example.info"])
        return mk("bind/rpz", f"{t()} rpz: info: ", cl(), f" ({bad}): rpz QNAME NXDOMAIN rewrite {bad}/A/IN via {bad}.rpz.local")
    def lame():
        return mk("bind/lame-servers", f"{t()} lame-servers: info: {ch(['connection refused', 'timed out', 'REFUSED unexpected RCODE'])} resolving '{qn()}/A/IN': ", vip4(), "#53")
    def d_misc():
        return mk("bind/general", f"{t()} " + ch(["general: info: zone kestrel.example/IN/internal: loaded serial 2026112301", "general: notice: running", "general: info: managed-keys-zone: Key 20326 for zone . is now trusted (acceptance timer complete)",
                  "xfer-out: info: zone kestrel.example/IN: transferred serial 2026112302", "general: info: zone 10.0.10.in-addr.arpa/IN: loaded serial 42", "config: info: loading configuration from '/etc/bind/named.conf'",
                  "general: info: reloading configuration succeeded", "resolver: info: resolver priming query complete: success", "dnssec: info: zone kestrel.example/IN: next key event: 24-Nov-2026 10:12:34.000"]))
    return produce(n, [(query, 5), (denied, 1), (update, 1), (rpz, 1), (lame, 1)], [d_misc])

# ---------------------------------------------------------------------------------------------- Exchange message tracking
EXO_FIELDS = "#Fields: date-time,client-ip,client-hostname,server-ip,server-hostname,source-context,connector-id,source,event-id,internal-message-id,message-id,network-message-id,recipient-address,recipient-status,total-bytes,recipient-count,related-recipient-address,reference,message-subject,sender-address,return-path,message-info,directionality,tenant-id,original-client-ip,original-server-ip,custom-data,transport-traffic-type,log-id,schema-version"
@fmt("exchange", "Microsoft Exchange Server 2016/2019 'Message tracking logs' and Exchange Online message trace (Get-MessageTrace / the message trace CSV export: Received, SenderAddress, RecipientAddress, Subject, Status, ToIP, FromIP, Size, MessageId, MessageTraceId) (learn.microsoft.com: CSV files MSGTRK*.LOG with #Software, #Version, #Log-type, #Date, #Fields header; fields date-time, client-ip, client-hostname, server-ip, server-hostname, source-context, connector-id, source, event-id (RECEIVE, SEND, DELIVER, SUBMIT, RESOLVE, EXPAND, FAIL, DSN, AGENTINFO, HAREDIRECT), internal-message-id, message-id, network-message-id, recipient-address (';'-separated), recipient-status, total-bytes, recipient-count, related-recipient-address, reference, message-subject, sender-address, return-path, message-info, directionality, tenant-id, original-client-ip, original-server-ip, custom-data, transport-traffic-type, log-id, schema-version); CSV quoting of fields with commas",
     "client-ip / server-ip / original-client-ip and ProxiedClientIPAddress in custom-data (every IPv4/IPv6), recipient, sender and return-path mailboxes (email, service and shared mailboxes included), names in message subjects and in RESOLVE/EXPAND related-recipient display data",
     "header lines (#Software, #Version with the build 15.02.1544.009, #Log-type, #Date, #Fields), Message-IDs (e-mail-shaped, not mailboxes), network-message-ids and internal ids, connector ids, source-context strings, directionality, schema versions")
def fmt_exchange(n):
    def dt(): return iso_ts(frac=3)
    srv = lambda: ch(["EXCH01", "EXCH02", "MBX03"])
    def row():
        p = P(); q2 = P(); ev = ch(["RECEIVE", "SEND", "DELIVER", "DELIVER", "SUBMIT", "RESOLVE", "FAIL", "HAREDIRECT"])
        inbound = coin(0.5)
        sender = vemail(q2, ch(["gmail.com", "billing.example.net", "outlook.com"])) if inbound else vemail(p, "kestrel.example")
        rcpts = [vemail(p, "kestrel.example")] if inbound else [vemail(q2, ch(["gmail.com", "example.org"]))]
        if coin(0.25): rcpts += [";", vemail(P(), "kestrel.example")]
        subj = ch([["Payslip November 2026 – ", vname(p.full)], [f"Re: Order {order_no()}"], ["Meeting notes with ", vname(q2.full)], ["Your appointment on ", evdate("en_long")], ["Welcome aboard, ", vname(p.given), "!"]])
        subj_f = ["\"", subj, "\""] if any("," in plain(x) for x in _flat([subj], [])) else subj
        cip = vip4() if inbound else vpriv4()
        mid = f"<{rhex(32)}@{ch(['EXCH01.kestrel.local', 'mail.gmail.com', 'DB9PR04MB' + rdigits(4) + '.eurprd04.prod.outlook.com'])}>"
        f = [dt(), ",", cip, ",", ch(["mail-ed1-f45.google.com", "EXCH01", ""]), ",", vpriv4(), ",", srv(), ",", f"08DD{rhex(12).upper()};{dt()};0", ",", f"{srv()}\\Default Frontend {srv()}", ",",
             "SMTP" if ev in ("RECEIVE", "SEND") else "STOREDRIVER" if ev in ("DELIVER", "SUBMIT") else "ROUTING", ",", ev, ",", str(rint(10**12, 10**13)), ",", mid, ",", uuid4(), ",", rcpts, ",",
             "250 2.1.5 Recipient OK" if ev == "RECEIVE" else "550 5.1.10 RESOLVER.ADR.RecipientNotFound" if ev == "FAIL" else "", ",", str(rint(2000, 900000)), ",", "1", ",",
             (vemail(P(), "kestrel.example") if ev == "RESOLVE" else ""), ",", "", ",", subj_f, ",", sender, ",", sender, ",", f"{dt()};SRV={srv()}.kestrel.local:TOTAL=0", ",", "Incoming" if inbound else "Originating", ",",
             "", ",", (vip4() if inbound and coin(0.4) else ""), ",", "", ",", (["S:ProxiedClientIPAddress=", vip4()] if inbound and coin(0.3) else ""), ",", "Email", ",", uuid4(), ",", "15.02.1544.009"]
        return mk("exchange/msgtrk", f)
    def trace():
        p = P(); q2 = P(); inbound = coin(0.5)
        snd = vemail(q2, ch(["gmail.com", "outlook.com", "billing.example.net"])) if inbound else vemail(p, "kestrel.example")
        rcv = vemail(p, "kestrel.example") if inbound else vemail(q2, ch(["gmail.com", "example.org"]))
        subj = ch([["Invoice for ", vname(p.full)], ["Re: Delivery address"], ["Appointment confirmation – ", vname(q2.full)], ["Your payslip"]])
        f = ["\"", iso_ts(frac=7)[:-1], "\",\"", snd, "\",\"", rcv, "\",\"", subj, f"\",\"{ch(['Delivered', 'Delivered', 'Failed', 'FilteredAsSpam', 'Quarantined'])}\",\"", vip4() if inbound else "", "\",\"", vip4() if coin(0.7) else "",
             f"\",\"{rint(2000, 900000)}\",\"<{rhex(32)}@{ch(['mail.gmail.com', 'DB9PR04MB' + rdigits(4) + '.eurprd04.prod.outlook.com'])}>\",\"{uuid4()}\""]
        return mk("exchange/messagetrace", f)
    def d_hdr():
        if coin(0.3): return mk("exchange/messagetrace", '"Received","SenderAddress","RecipientAddress","Subject","Status","ToIP","FromIP","Size","MessageId","MessageTraceId"')
        hd = ["#Software: Microsoft Exchange Server", "#Version: 15.02.1544.009", "#Log-type: Message Tracking Log", f"#Date: {iso_ts()}", EXO_FIELDS]
        return [mk("exchange/msgtrk", x) for x in hd][rint(2, 4):]
    def d_sys():
        # system notifications: journaling, health probes and transport agents with system-generated addresses only
        return mk("exchange/msgtrk", f"{dt()},,,,{srv()},No suitable shadow servers,,SMTP,HAREDIRECTFAIL,{rint(10**12, 10**13)},<{rhex(32)}@{srv()}.kestrel.local>,{uuid4()},,,{rint(2000, 9000)},1,,,,,,,Originating,,,,,Email,{uuid4()},15.02.1544.009")
    return produce(n, [(row, 3), (trace, 1)], [(d_hdr, 1), (d_sys, 2)])

# ---------------------------------------------------------------------------------------------- FTP servers
@fmt("ftp", "xferlog(5) transfer log of wu-ftpd / vsftpd (xferlog_std_format: current-time transfer-time remote-host file-size filename transfer-type special-action-flag direction access-mode username service-name authentication-method authenticated-user-id completion-status), vsftpd.conf(5) vsftpd.log lines ('[pid N] [user] OK LOGIN: Client \"ip\"', OK UPLOAD/DOWNLOAD with path, bytes and rate, FAIL LOGIN, CONNECT), ProFTPD SystemLog / mod_auth messages ('host (ip[ip]): USER name: Login successful.', 'no such user found from …') and ExtendedLog ('%h %l %u %t \"%r\" %s %b', PASS shown as (hidden))",
     "remote hosts (ipv4/ipv6), user names of people (username), the e-mail address given as the anonymous password in xferlog's username field (email), /home/<user> path segments (username), names in transferred file names (person)",
     "server start-up banners, CONNECT lines from loopback monitors, FTP session closed lines, PASS (hidden), transfer rates and sizes, the anonymous/ftp and backup service accounts")
def fmt_ftp(n):
    def ctime(): t = ts_event(); return t.strftime("%a %b ") + f"{t.day:2d}" + t.strftime(" %H:%M:%S %Y")
    def fname(p, home):
        return ch([[f"/home/", vuser(home), "/uploads/Contract_", vname(f"{p.given}_{p.family}".replace(" ", "_")), ".pdf"], ["/srv/ftp/exports/orders-", evdate("iso"), ".csv"],
                   ["/home/", vuser(home), f"/backup/site-{rint(1, 9)}.tar.gz"]])
    def xfer():
        p = P(); anon = coin(0.25); login = p.username()
        f = fname(p, login) if not anon else ["/pub/catalog/", ch(["winter-2026.pdf", "pricelist.xlsx"])]
        u = vemail(p) if anon else vuser(login)
        return mk("ftp/xferlog", f"{ctime()} {rint(0, 40)} ", vip(0.2), f" {rint(100, 9000000)} ", f, f" b _ {'o' if anon else ch(['i', 'o'])} {'a' if anon else 'r'} ", u, f" ftp 0 * {ch(['c', 'c', 'i'])}")
    def vsftpd():
        p = P(); login = p.username(); pid = rint(1000, 65000)
        ev = ch(["OK LOGIN", "FAIL LOGIN", "OK UPLOAD", "OK DOWNLOAD", "OK MKDIR", "OK DELETE"])
        tail = []
        if ev in ("OK UPLOAD", "OK DOWNLOAD", "OK DELETE", "OK MKDIR"):
            tail = [", \"", fname(p, login), "\""] + ([f", {rint(100, 9000000)} bytes, {R.random() * 9000:.2f}Kbyte/sec"] if ev in ("OK UPLOAD", "OK DOWNLOAD") else [])
        return mk("ftp/vsftpd", f"{ctime()} [pid {pid}] [", vuser(login), f"] {ev}: Client \"", vip(0.2), "\"", tail)
    def proftpd():
        p = P(); ip = vip4(); ip2 = V("ipv4", ip.text)
        t = ts_event().strftime("%Y-%m-%d %H:%M:%S,") + f"{rint(0, 999):03d}"
        return mk("ftp/proftpd", f"{t} ftp01 proftpd[{rint(1000, 65000)}] ftp01.kestrel.example (", ip, "[", ip2, "]): ",
                  ch([["USER ", vuser(p.username()), ": Login successful."], ["USER ", vuser(p.username()), " (Login failed): Incorrect password"], ["USER ", vuser(p.username()), ": no such user found from ", V("ipv4", ip.text), " [", V("ipv4", ip.text), "] to ", vpriv4(), ":21"]]))
    def ext():
        p = P()
        return mk("ftp/extlog", vip(0.2), " UNKNOWN ", vuser(p.username()), f" [{clf_ts()}] \"", ch([["RETR ", fname(p, p.username())], ["STOR ", fname(p, p.username())], ["CWD /home/", vuser(p.username())]]), f"\" {ch([226, 250, 550])} {rint(0, 900000)}")
    def d_misc():
        return mk("ftp/vsftpd", ch([f"{ctime()} [pid {rint(1000, 65000)}] CONNECT: Client \"127.0.0.1\"", f"{ctime()} [pid {rint(1000, 65000)}] CONNECT: Client \"::1\"",
                                    f"{ts_event().strftime('%Y-%m-%d %H:%M:%S')},{rint(100, 999)} ftp01 proftpd[{rint(1000, 65000)}] ftp01.kestrel.example: ProFTPD 1.3.8b (maint) (built Thu Jun 13 2026 09:00:00 UTC) standalone mode STARTUP",
                                    f"{ts_event().strftime('%Y-%m-%d %H:%M:%S')},{rint(100, 999)} ftp01 proftpd[{rint(1000, 65000)}] ftp01.kestrel.example (127.0.0.1[127.0.0.1]): FTP session closed.",
                                    f"127.0.0.1 UNKNOWN backup [{clf_ts()}] \"PASS (hidden)\" 230 -", f"127.0.0.1 UNKNOWN backup [{clf_ts()}] \"STOR /srv/ftp/backup/db-{evdate('iso')}.sql.gz\" 226 {rint(10**6, 10**9)}"]))
    return produce(n, [(xfer, 2), (vsftpd, 3), (proftpd, 2), (ext, 1)], [d_misc])

# ---------------------------------------------------------------------------------------------- Samba
@fmt("samba", "Samba vfs_full_audit(8) (syslog lines 'smbd_audit: prefix|operation|ok/fail|arguments' with the documented prefix %u|%I|%m|%S; operations connect, disconnect, openat, create_file, renameat, unlinkat, mkdirat, pwrite) and the authentication audit logging of smb.conf 'log level = auth_audit:3 auth_json_audit:3' (text 'Auth: [SMB2,(null)] user [DOMAIN]\\[user] at [date] with [NTLMv2] status [NT_STATUS_…] workstation [WS] remote host [ipv4:…:port] became [DOMAIN]\\[user] [SID]. local host […]' and the JSON {timestamp, type: Authentication, Authentication{…}} records)",
     "user names of people (%u prefix, clientAccount, becameAccount, mappedAccount; the domain outside the span), client addresses (%I, remoteAddress ipv4:/ipv6: forms), user SIDs (becameSid → user_id), names in file and folder names (person)",
     "smbd start-up and copyright lines, source file:line debug headers, machine-account authentications (WS-0142$) and anonymous/guest binds from loopback, share names, workstation names, logon ids, durations")
def fmt_samba(n):
    def hdr(): return f"{syslog_ts()} {ch(['fs01', 'nas-02'])} smbd_audit: "
    def audit():
        p = P(); login = p.username(); share = ch(["hr", "finance", "home", "projects"])
        path = ch([["Payroll/2026-11/Payslip_", V("person", f"{p.given}_{p.family}".replace(" ", "_")), ".pdf"], ["Contracts/", vname(p.full), "/NDA.docx"], [f"Reports/Q{rint(1, 4)}-2026.xlsx"], [vuser(login), "/Desktop/notes.txt"]])
        op = ch(["openat", "openat", "create_file", "unlinkat", "renameat", "mkdirat", "pwrite", "connect", "disconnect"])
        pre = [vuser(login), "|", vpriv4(), "|", f"ws-{rint(100, 999)}", "|", share, "|"]
        if op in ("connect", "disconnect"): return mk("samba/full_audit", hdr(), pre, f"{op}|ok|{share}")
        if op == "create_file": return mk("samba/full_audit", hdr(), pre, "create_file|ok|0x100080|file|open|", path)
        if op == "renameat": return mk("samba/full_audit", hdr(), pre, "renameat|ok|", path, "|", path[:-1] + [".bak"] if isinstance(path[-1], str) else path)
        return mk("samba/full_audit", hdr(), pre, f"{op}|{ch(['ok', 'ok', 'fail (Permission denied)'])}|{'r|' if op == 'openat' else ''}", path)
    def authtxt():
        p = P(); login = p.username(); t = ts_event()
        ok = coin(0.7)
        return mk("samba/auth", f"[{t.strftime('%Y/%m/%d %H:%M:%S')}.{rint(0, 999999):06d},  2] ../../auth/auth_log.c:{ch([635, 876])}(log_authentication_event_human_readable)", " Auth: [SMB2,(null)] user [KESTREL]\\[", vuser(login),
                  f"] at [{t.strftime('%a, %d %b %Y %H:%M:%S')}.{rint(0, 999999):06d} UTC] with [NTLMv2] status [{'NT_STATUS_OK' if ok else 'NT_STATUS_WRONG_PASSWORD'}] workstation [WS-{rint(100, 999)}] remote host [ipv4:", vpriv4(), f":{rint(1024, 65535)}]",
                  [" became [KESTREL]\\[", vuser(login), "] [", vuid(rid_sid()), "]."] if ok else ".", " local host [ipv4:", vpriv4(), ":445] ")
    def authjson():
        p = P(); login = p.username(); ok = coin(0.7)
        a = {"version": {"major": 1, "minor": 2}, "eventId": 4624 if ok else 4625, "logonId": rhex(16), "logonType": 3, "status": "NT_STATUS_OK" if ok else "NT_STATUS_NO_SUCH_USER",
             "localAddress": S(["ipv4:", vpriv4(), ":445"]), "remoteAddress": S(["ipv4:", vpriv4(), f":{rint(1024, 65535)}"]) if coin(0.8) else S(["ipv6:", vip6(), f":{rint(1024, 65535)}"]),
             "serviceDescription": "SMB2", "authDescription": None, "clientDomain": "KESTREL", "clientAccount": vuser(login), "workstation": f"WS-{rint(100, 999)}",
             "becameAccount": vuser(login) if ok else None, "becameDomain": "KESTREL" if ok else None, "becameSid": vuid(rid_sid()) if ok else None, "mappedAccount": vuser(login), "mappedDomain": "KESTREL",
             "netlogonComputer": None, "netlogonTrustAccount": None, "netlogonNegotiateFlags": "0x00000000", "netlogonSecureChannelType": 0, "netlogonTrustAccountSid": None, "passwordType": "NTLMv2", "duration": rint(1000, 90000)}
        return mkj("samba/auth_json", J({"timestamp": ts_event().strftime("%Y-%m-%dT%H:%M:%S.") + f"{rint(0, 999999):06d}+0000", "type": "Authentication", "Authentication": a}, sep=(", ", ": ")))
    def d_misc():
        return mk("samba/smbd", ch([f"{syslog_ts()} fs01 smbd[{rint(1000, 65000)}]: smbd version 4.19.5-Debian started.", f"{syslog_ts()} fs01 smbd[{rint(1000, 65000)}]: Copyright Andrew Tridgell and the Samba Team 1992-2023",
                                    f"[{ts_event().strftime('%Y/%m/%d %H:%M:%S')}.{rint(0, 999999):06d},  0] ../../source3/smbd/server.c:1746(main)", f"{syslog_ts()} fs01 smbd_audit: WS-{rint(100, 999)}$|127.0.0.1|ws-{rint(100, 999)}|IPC$|connect|ok|IPC$",
                                    f"{syslog_ts()} fs01 smbd[{rint(1000, 65000)}]:   check_for_master_browser_fail: Forcing election on workgroup KESTREL subnet UNICAST_SUBNET",
                                    f"{syslog_ts()} fs01 smbd_audit: nobody|127.0.0.1|localhost|public|connect|ok|public"]))
    return produce(n, [(audit, 4), (authtxt, 2), (authjson, 2)], [d_misc])

# ---------------------------------------------------------------------------------------------- Mosquitto
@fmt("mosquitto", "Eclipse Mosquitto mosquitto.conf(5) logging (log_type all, log_timestamp epoch or log_timestamp_format): 'New connection from ADDR:PORT on port N.', 'New client connected from ADDR:PORT as CLIENTID (p2, c1, k60, u'USER').', 'Client … disconnected, not authorised.', 'Received PUBLISH from CLIENTID (d0, q1, r0, m12, 'TOPIC', ... (N bytes))', 'Received SUBSCRIBE from …' with the topic lines, 'Denied PUBLISH …', start-up messages; mosquitto_sub -v output ('topic payload')",
     "client addresses (ipv4/ipv6), MQTT user names of people (u'…'; username, e-mail logins as email), user ids and user names in topics (users/4821/… → user_id, OwnTracks owntracks/<user>/<device> → username), personal data in payloads printed by mosquitto_sub -v",
     "start-up and listener messages, persistence saves, connections of service accounts (telegraf, bridge, healthcheck) from loopback, PINGREQ/PINGRESP, client ids of devices, $SYS topics")
def fmt_mosquitto(n):
    def ts(): return str(epoch()) if coin(0.6) else ts_event().strftime("%Y-%m-%dT%H:%M:%S")
    cid = lambda: ch([f"app-ios-{rhex(6).upper()}", f"android-{rhex(8)}", f"mqttjs_{rhex(8)}", f"thermostat-{rdigits(5)}", f"owntracks-{rhex(4)}"])
    def conn():
        p = P(); u = human(p)
        return mk("mosquitto/log", f"{ts()}: New client connected from ", vip(0.2), f":{rint(1024, 65535)} as {cid()} (p{ch([2, 5])}, c{ch([0, 1])}, k{ch([30, 60])}, u'", u, "').")
    def newc():
        return mk("mosquitto/log", f"{ts()}: New connection from ", vip(0.25), f":{rint(1024, 65535)} on port {ch([1883, 8883, 8884])}.")
    def denied():
        return mk("mosquitto/log", f"{ts()}: Client {cid()} [", vip4(), f":{rint(1024, 65535)}] disconnected, not authorised.")
    def pub():
        p = P(); uid = rint(1000, 999999)
        topic = ch([["users/", vuid(uid), "/location"], ["owntracks/", vuser(p.username()), "/phone"], ["shop/customers/", vuid(uid), "/notifications"]])
        return mk("mosquitto/log", f"{ts()}: {ch(['Received PUBLISH from', 'Denied PUBLISH from', 'Sending PUBLISH to'])} {cid()} (d0, q{ch([0, 1])}, r0, m{rint(1, 90)}, '", topic, f"', ... ({rint(20, 400)} bytes))")
    def sub():
        p = P()
        return mk("mosquitto/log", "\t", ch([["users/", vuid(rint(1000, 999999)), "/#"], ["owntracks/", vuser(p.username()), "/+"]]), f" (QoS {ch([0, 1])})")
    def payload():
        p = P()
        o = ch([{"orderId": order_no(), "customer": {"email": vemail(p), "phone": pphone(p, "e164")}, "status": "shipped"},
                {"_type": "location", "tid": p.given[:1] + p.family[:1], "lat": round(R.uniform(-40, 65), 5), "lon": round(R.uniform(-120, 150), 5), "tst": epoch(), "acc": rint(3, 50)},
                {"event": "doorbell", "user": vname(p.given), "phone": pphone(p)}])
        topic = ["shop/orders/shipped"] if "orderId" in o else (["owntracks/", vuser(p.username()), "/phone"] if "_type" in o else ["home/frontdoor/events"])
        return mkj("mosquitto/sub", topic, " ", J(o))
    def d_misc():
        return mk("mosquitto/log", f"{ts()}: " + ch(["mosquitto version 2.0.20 starting", "Config loaded from /etc/mosquitto/mosquitto.conf.", "Opening ipv4 listen socket on port 1883.", "Opening ipv6 listen socket on port 8883.",
                  "Saving in-memory database to /var/lib/mosquitto/mosquitto.db.", f"Received PINGREQ from {cid()}", f"Sending PINGRESP to {cid()}", "New client connected from 127.0.0.1:40112 as telegraf (p2, c1, k60, u'telegraf').",
                  f"Client {cid()} closed its connection.", f"Client {cid()} has exceeded timeout, disconnecting.", "Bridge local.broker-edge doing local SUBSCRIBE on topic sensors/#", "Received PUBLISH from bridge-edge (d0, q0, r1, m0, '$SYS/broker/clients/connected', ... (2 bytes))"]))
    return produce(n, [(conn, 3), (newc, 1), (denied, 1), (pub, 2), (sub, 1), (payload, 2)], [d_misc])

# ---------------------------------------------------------------------------------------------- Microsoft SQL Server
@fmt("mssql", "Microsoft SQL Server error log (ERRORLOG as read by xp_readerrorlog / SSMS: 'yyyy-mm-dd hh:mm:ss.cc Source  Message' with Logon, Server and spidNN sources; Login failed for user '…'. Reason: … [CLIENT: …] (error 18456 states), Login succeeded for user '…'. Connection made using SQL Server / Windows authentication. [CLIENT: …]; start-up messages) and SQL Server Audit records as returned by sys.fn_get_audit_file (event_time, action_id, succeeded, session_server_principal_name, server_instance_name, database_name, object_name, statement, client_ip, application_name)",
     "login names of people (SQL logins and DOMAIN\\user → the account name as username), client addresses (ipv4/ipv6), literals in audited statements (e-mails, names, phones, dates of birth, card numbers, US SSNs)",
     "Error: 18456, Severity: 14, State: N lines, start-up/version lines (16.0.4145.4), 'Starting up database', CHECKDB and backup messages, logins of sa / NT SERVICE accounts / ##MS_…## certificate logins, [CLIENT: <local machine>]")
def fmt_mssql(n):
    def t(): x = ts_event(); return x.strftime("%Y-%m-%d %H:%M:%S.") + f"{x.microsecond // 10000:02d}"
    def who(p): return ["KESTREL\\", vuser(p.username())] if coin(0.5) else vuser(p.username())
    def logon():
        p = P()
        msg = ch([["Login failed for user '", who(p), "'. Reason: Password did not match that for the login provided."],
                  ["Login failed for user '", who(p), "'. Reason: Could not find a login matching the name provided."],
                  ["Login succeeded for user '", who(p), f"'. Connection made using {ch(['SQL Server', 'Windows'])} authentication."],
                  ["Login failed for user '", who(p), "'. Reason: Failed to open the explicitly specified database 'HR'."]])
        return mk("mssql/errorlog", f"{t()} Logon       ", msg, " [CLIENT: ", vip(0.15), "]")
    def audit():
        p = P()
        stmt = ch([["UPDATE dbo.Customers SET Email = N'", vemail(p), f"' WHERE CustomerID = {rint(1000, 99999)}"],
                   ["INSERT INTO dbo.Patients (FirstName, LastName, BirthDate) VALUES (N'", vname(p.given), "', N'", vname(p.family), "', '", vdob(p.dob, "iso"), "')"],
                   ["SELECT * FROM dbo.Cards WHERE Pan = '", vcard(fmt="plain"), "'"], ["UPDATE dbo.Employees SET SSN = '", V("us_ssn", ssn(ch(["dash", "plain"])), "ssn"), f"' WHERE EmployeeID = {rint(100, 9999)}"], ["EXEC dbo.UpdatePhone @CustomerId=", vuid(rint(1000, 99999)), ", @Phone=N'", pphone(p), "'"]])
        return mk("mssql/audit", f"{iso_ts(frac=7)[:-1]} | {ch(['UP', 'IN', 'SL', 'EX'])} | 1 | ", who(p), f" | SQL01 | {ch(['Sales', 'Clinic', 'Billing'])} | dbo | {ch(['Customers', 'Patients', 'Cards'])} | ", stmt, " | ", vpriv4(), f" | {ch(['Microsoft SQL Server Management Studio - Query', 'Core Microsoft SqlClient Data Provider'])}")
    def d_misc():
        return mk("mssql/errorlog", f"{t()} " + ch(["Logon       Error: 18456, Severity: 14, State: 8.", "Logon       Error: 18456, Severity: 14, State: 5.", "Server      Microsoft SQL Server 2022 (RTM-CU15) (KB5041321) - 16.0.4145.4 (X64)",
                  "Server      Authentication mode is MIXED.", f"spid{rint(10, 99)}s     Starting up database '{ch(['master', 'msdb', 'Sales', 'tempdb'])}'.", "Server      Server is listening on [ 'any' <ipv4> 1433].",
                  f"Backup      Database backed up. Database: Sales, creation date(time): 2026/11/23(10:00:00), pages dumped: {rint(10**4, 10**6)}, first LSN: 123:456:1, last LSN: 123:789:1, number of dump devices: 1.",
                  "Logon       Login failed for user 'sa'. Reason: An attempt to login using SQL authentication failed. Server is configured for Windows authentication only. [CLIENT: <local machine>]",
                  f"spid{rint(10, 99)}      DBCC CHECKDB (Sales) executed by NT SERVICE\\SQLSERVERAGENT found 0 errors and repaired 0 errors.", "Server      Server process ID is 4821.",
                  "Logon       Login succeeded for user '##MS_PolicyEventProcessingLogin##'. Connection made using SQL Server authentication. [CLIENT: <local machine>]"]))
    return produce(n, [(logon, 4), (audit, 2)], [d_misc])

# ---------------------------------------------------------------------------------------------- Oracle
def ora_kv(name, val_parts):
    """Traditional OS audit trail field NAME:[len] "value" (the length counts the characters of the value)."""
    ln = sum(len(plain(x)) for x in _flat([val_parts], []))
    return [f"{name}:[{ln}] \"", val_parts, "\""]
@fmt("oracle", "Oracle Net Services Administrator's Guide, listener.log (text: 'DD-MON-YYYY HH24:MI:SS * (CONNECT_DATA=(SERVICE_NAME=…)(CID=(PROGRAM=…)(HOST=…)(USER=…))) * (ADDRESS=(PROTOCOL=tcp)(HOST=…)(PORT=…)) * establish * SERVICE * 0', service_update and TNS- error lines; ADR XML form <msg time=… comp_id='tnslsnr' …><txt>…</txt></msg>), and Oracle Database Security Guide, audit records written to syslog (traditional 'Oracle Audit[pid]: LENGTH: \"…\" SESSIONID:[n] \"…\" … USERID:[n] \"…\" USERHOST:[n] \"…\" … COMMENT$TEXT:[n] \"Authenticated by: …; Client address: (ADDRESS=…)\" OS$USERID:[n] \"…\"' and unified audit 'Oracle Unified Audit[pid]: LENGTH: … DBUSER:\"…\" … OS_USER:\"…\" USERHOST:\"…\"')",
     "OS user names in CID (USER=…) and in the PROGRAM path (C:\\Users\\<user>\\…), database users of people (ANNA_LUND-style schemas: username), OS$USERID / OS_USER (username), client addresses in (ADDRESS=(…)(HOST=…)) (every IPv4/IPv6)",
     "service_update / TNS-12514 / WARNING lines, XML msg attributes (host_id, pid), SYS / SYSTEM / DBSNMP / oracle identities and JDBC Thin Client __jdbc__ hosts, session ids, DBIDs, action codes")
def fmt_oracle(n):
    def t(): x = ts_event(); return x.strftime("%d-%b-%Y %H:%M:%S").upper()
    svc = lambda: ch(["HRPDB", "ORCLPDB1", "FINPROD", "CRM.kestrel.example"])
    def establish(xml=False):
        p = P(); u = p.username(); s = svc()
        prog = ch([["C:\\Users\\", vuser(u), "\\AppData\\Local\\SQLDeveloper\\sqldeveloper.exe"], ["sqlplus@ws-", str(rint(100, 999)), " (TNS V1-V3)"], ["C:\\app\\client\\", vuser(u), "\\product\\19.0.0\\client_1\\bin\\sqlplus.exe"], ["python3"]])
        body = [f"{t()} * (CONNECT_DATA=(SERVICE_NAME={s})(CID=(PROGRAM=", prog, f")(HOST=WS-{rint(100, 999)})(USER=", vuser(u), "))) * (ADDRESS=(PROTOCOL=tcp)(HOST=", vip(0.15), f")(PORT={rint(1024, 65535)})) * establish * {s} * {ch(['0', '0', '12514'])}"]
        if not xml: return mk("oracle/listener", body)
        return mkx("oracle/listener_xml", f"<msg time='{iso_ts(frac=3, z='+00:00')}' org_id='oracle' comp_id='tnslsnr' type='UNKNOWN' level='16' host_id='db01' host_addr='", vpriv4(), f"' pid='{rint(1000, 65000)}'><txt>", esc_parts(body, xesc), " </txt></msg>")
    def audit():
        p = P(); u = p.username(); dbu = p.fascii.upper()[:12] + "_" + p.gascii.upper()[:8] if coin(0.5) else u.upper().replace(".", "_").replace("-", "_")
        ip = vip(0.1)
        comment = ["Authenticated by: DATABASE; Client address: (ADDRESS=(PROTOCOL=tcp)(HOST=", ip, f")(PORT={rint(1024, 65535)}))"]
        sess = str(rint(10**5, 10**7))
        rest = [ora_kv("SESSIONID", sess), " ", ora_kv("ENTRYID", "1"), " ", ora_kv("STATEMENT", "1"), " ", ora_kv("USERID", vuser(dbu)), " ", ora_kv("USERHOST", f"WS-{rint(100, 999)}"), " ",
                ora_kv("TERMINAL", "unknown"), " ", ora_kv("ACTION", "100"), " ", ora_kv("RETURNCODE", ch(["0", "1017"])), " ", ora_kv("COMMENT$TEXT", comment), " ", ora_kv("OS$USERID", vuser(u)), " ", ora_kv("DBID", rdigits(10))]
        ln = sum(len(plain(x)) for x in _flat(rest, []))
        return mk("oracle/audit", f"{syslog_ts()} db01 journal: Oracle Audit[{rint(1000, 65000)}]: LENGTH: \"{ln}\" ", rest)
    def unified():
        p = P(); u = p.username(); dbu = u.upper().replace(".", "_").replace("-", "_")
        return mk("oracle/unified", f"{syslog_ts()} db01 journal: Oracle Unified Audit[{rint(1000, 65000)}]: LENGTH: '{rint(250, 400)}' TYPE:\"4\" DBID:\"{rdigits(10)}\" SESID:\"{rdigits(7)}\" CLIENTID:\"\" ENTRYID:\"{rint(1, 90)}\" STMTID:\"{rint(1, 90)}\" DBUSER:\"",
                  vuser(dbu), "\" CURUSER:\"", vuser(dbu), f"\" ACTION:\"{ch(['100', '101', '3', '6'])}\" RETCODE:\"{ch(['0', '1017'])}\" SCHEMA:\"{ch(['HR', 'SALES'])}\" OBJNAME:\"{ch(['EMPLOYEES', 'CUSTOMERS', ''])}\" PDB_GUID:\"{rhex(32).upper()}\" OS_USER:\"", vuser(u), f"\" USERHOST:\"WS-{rint(100, 999)}\"")
    def d_misc():
        s = svc()
        return mk("oracle/listener", ch([f"{t()} * service_update * {s} * 0", "TNS-12514: TNS:listener does not currently know of service requested in connect descriptor", f"{t()} * (CONNECT_DATA=(SERVICE_NAME={s})(CID=(PROGRAM=JDBC Thin Client)(HOST=__jdbc__)(USER=oracle))) * (ADDRESS=(PROTOCOL=tcp)(HOST=127.0.0.1)(PORT={rint(30000, 60000)})) * establish * {s} * 0",
                                         "WARNING: Subscription for node down event still pending", f"{t()} * ping * 0", f"{t()} * (CONNECT_DATA=(CID=(PROGRAM=)(HOST=db01)(USER=oracle))(COMMAND=status)(ARGUMENTS=64)(SERVICE=LISTENER)(VERSION=318767104)) * status * 0",
                                         f"{t()} * {s} * 0"]))
    return produce(n, [(establish, 3), (lambda: establish(True), 1), (audit, 2), (unified, 1)], [d_misc])

# ---------------------------------------------------------------------------------------------- Sidekiq / ActiveJob
def rb_str(s): return s.replace("\\", "\\\\").replace('"', '\\"')
@fmt("sidekiq", "Sidekiq 7 logging (wiki 'Logging': 'time pid=N tid=X class=C jid=J [elapsed=S] LEVEL: start|done|fail', the error handler's 'WARN: {\"context\":\"Job raised exception\",\"job\":{…}}' JSON with class, args, jid, queue, retry, created_at, enqueued_at, error_message, error_class, retry_count) and Rails Active Job logging ('[ActiveJob] [JobClass] [job_id] Performing … from Sidekiq(queue) enqueued at … with arguments: …' where records appear as #<GlobalID:… @uri=#<URI::GID gid://app/User/4821>> and mailer params as Ruby hashes)",
     "job arguments (user ids → user_id, e-mails, names, phones, one-time codes and tokens → secret), GlobalID record ids of people (gid://app/User/N → user_id), error messages quoting personal data",
     "start/done lines without arguments, jids, tids, elapsed times, Sidekiq boot and Redis connection lines (redis://redis:6379/0), scheduled-set and cron-poller messages, GlobalIDs of non-person records (Order, Product)")
def fmt_sidekiq(n):
    cls = lambda: ch(["WelcomeEmailJob", "SyncCrmContactJob", "SmsOtpJob", "PasswordResetJob", "ExportCustomerDataJob", "ChargeSubscriptionJob"])
    def pre(c=None, el=False): return f"{iso_ts()} pid={rint(7, 99)} tid={ralnum(4, LOWER_DIG)} class={c or cls()} jid={rhex(24)}" + (f" elapsed={R.random() * 9:.3f}" if el else "")
    def args(p):
        uid = rint(1000, 999999)
        return ch([[VN("user_id", str(uid)), ",\"", V("email", rb_str(p.email())), "\""], ["\"", V("phone", phone(p.country if p.country in PHONE_COUNTRIES_D else None, "e164")), "\",\"", V("secret", rdigits(6)), "\""],
                   [VN("user_id", str(uid)), ",{\"name\":\"", vname(p.full), "\",\"email\":\"", V("email", p.email()), "\"}"], ["\"", V("secret", ralnum(32, URLCH)), "\",", VN("user_id", str(uid))]])
    def fail():
        p = P(); c = cls()
        job = ["{\"retry\":true,\"queue\":\"", ch(["default", "mailers", "critical"]), f"\",\"class\":\"{c}\",\"args\":[", args(p), f"],\"jid\":\"{rhex(24)}\",\"created_at\":{epoch()}.{rdigits(6)},\"enqueued_at\":{epoch()}.{rdigits(6)},\"error_message\":\"",
               ch([["550 5.1.1 <", vemail(p), ">: Recipient address rejected"], ["Twilio::REST::RestError: The 'To' number ", pphone(p, "e164"), " is not a valid phone number."], ["Net::ReadTimeout with #<TCPSocket:(closed)>"]]),
               f"\",\"error_class\":\"{ch(['Net::SMTPFatalError', 'Twilio::REST::RestError', 'Net::ReadTimeout'])}\",\"failed_at\":{epoch()}.{rdigits(6)},\"retry_count\":{rint(0, 24)}}}"]
        return mkj("sidekiq/error", pre(c), " WARN: {\"context\":\"Job raised exception\",\"job\":", job, "}")
    def aj():
        p = P(); jid = uuid4(); uid = rint(1000, 999999)
        argstr = ch([["\"UserMailer\", \"password_reset\", \"deliver_now\", {:params=>{:user=>#<GlobalID:0x0000", rhex(12), " @uri=#<URI::GID gid://shop/User/", vuid(uid), ">>, :token=>\"", V("secret", ralnum(20, URLCH)), "\"}, :args=>[]}"],
                     ["#<GlobalID:0x0000", rhex(12), " @uri=#<URI::GID gid://shop/Customer/", vuid(uid), ">>, \"", V("email", rb_str(p.email())), "\""],
                     ["{\"email\" => \"", V("email", rb_str(p.email())), "\", \"first_name\" => \"", vname(rb_str(p.given)), "\", \"last_name\" => \"", vname(rb_str(p.family)), "\"}"]])
        verb = ch(["Performing", "Performed", "Enqueued"])
        return mk("sidekiq/activejob", f"{iso_ts()} pid={rint(7, 99)} tid={ralnum(4, LOWER_DIG)} INFO: [ActiveJob] [{ch(['ActionMailer::MailDeliveryJob', 'CrmSyncJob'])}] [{jid}] {verb} {ch(['ActionMailer::MailDeliveryJob', 'CrmSyncJob'])} (Job ID: {jid}) {'to' if verb == 'Enqueued' else 'from'} Sidekiq({ch(['mailers', 'default'])}){' enqueued at ' + iso_ts() if verb != 'Enqueued' else ''} with arguments: ", argstr)
    def start():
        p = P()
        return mk("sidekiq/job", pre(), " INFO: ", ch([["start args=[", args(p), "]"], ["Sent welcome mail to ", vemail(p)]]))
    def d_line():
        return mk("sidekiq/job", ch([pre() + " INFO: start", pre(el=True) + " INFO: done", pre(el=True) + " INFO: fail", f"{iso_ts()} pid=7 tid=1x4 INFO: Booted Rails 7.2.2 application in production environment",
                                     f"{iso_ts()} pid=7 tid=1x4 INFO: Running in ruby 3.3.6 (2024-11-05 revision 75015d4c1f) [x86_64-linux]", f"{iso_ts()} pid=7 tid=1x4 INFO: Sidekiq 7.3.5 connecting to Redis with options {{size: 10, pool_name: \"internal\", url: \"redis://:REDACTED@redis:6379/0\"}}",
                                     f"{iso_ts()} pid=7 tid=1x4 INFO: Starting processing, hit Ctrl-C to stop", f"{iso_ts()} pid=7 tid=2k9 INFO: [ActiveJob] [OrderExportJob] [{uuid4()}] Performing OrderExportJob (Job ID: {uuid4()}) from Sidekiq(low) with arguments: #<GlobalID:0x0000{rhex(12)} @uri=#<URI::GID gid://shop/Order/{rint(10000, 99999)}>>"]))
    return produce(n, [(fail, 2), (aj, 2), (start, 1)], [d_line])

# ---------------------------------------------------------------------------------------------- Drupal watchdog
@fmt("drupal", "Drupal core syslog module (syslog.module format '!base_url|!timestamp|!type|!ip|!request_uri|!referer|!uid|!link|!message' behind the RFC 3164 header with the 'drupal' identity) and `drush watchdog:show` table output (ID, Date, Type, Severity, Message); messages of the user, php, content, contact, mail, page not found and access denied channels",
     "client IPs (!ip), uid of logged-in people (user_id; uid 0 anonymous and uid 1 the site administrator are not people here), PII in request_uri / referer query strings, names, e-mails and logins in messages ('Session opened for …', 'Login attempt failed for …', 'Password reset instructions mailed to … at …', contact form senders)",
     "cron / system / update messages, module installs, 'page not found' for asset paths from anonymous users with the server's own loopback, drush table header lines, node titles, watchdog ids")
def fmt_drupal(n):
    base = lambda: ch(["https://www.tidewater-health.org", "https://shop.kestrel.example", "https://intranet.blue-fjord.com"])
    def sys_():
        p = P(); b = base(); uid = rint(2, 90000); who = p.username()
        typ, msg, uidv = ch([("user", ["Session opened for ", vuser(who), "."], vuid(uid)), ("user", ["Session closed for ", vuser(who), "."], vuid(uid)),
                             ("user", ["Login attempt failed for ", vuser(who), "."], "0"), ("user", ["Password reset instructions mailed to ", vuser(who), " at ", vemail(p), "."], "0"),
                             ("contact", [vname(p.full), " sent an email regarding ", ch(["Appointment", "Billing question", "Newsletter"]), "."], "0"),
                             ("mail", ["Error sending email (from ", V("email", "noreply@" + b.split("//")[1]), " to ", vemail(p), " with reply-to not set)."], vuid(uid)),
                             ("php", ["Warning: Undefined array key \"phone\" in webform_submission_form() (line 112 of modules/custom/intake/intake.module). Submitter: ", vemail(p)], vuid(uid))])
        req = ch([[b, "/user/login"], [b, url_pii(p)], [b, "/user/", vuid(uid), "/edit"]]) if coin(0.8) else [b, "/contact"]
        return mk("drupal/syslog", f"{syslog_ts()} web01 drupal: {b}|{epoch()}|{typ}|", vip(0.2), "|", req, f"|{b}/|", uidv, "||", msg)
    def drush():
        p = P(); t = ts_event()
        return mk("drupal/drush", f" {rint(1000, 99999):<6} {t.strftime('%d/%b %H:%M'):<13} {ch(['user', 'user', 'contact']):<8} {ch(['Notice', 'Info', 'Warning']):<9} ",
                  ch([["Session opened for ", vuser(p.username()), "."], ["Login attempt failed from ", vip4(), "."], [vname(p.full), " sent an email regarding Appointment."]]))
    def d_msg():
        b = base()
        return mk("drupal/syslog", f"{syslog_ts()} web01 drupal: {b}|{epoch()}|{ch(['cron', 'system', 'update', 'page not found', 'content'])}|127.0.0.1|{b}/{ch(['cron/' + ralnum(43, URLCH), 'admin/modules', 'sites/default/files/css/css_' + ralnum(20, URLCH) + '.css', 'node/' + str(rint(1, 900))])}||{ch(['0', '1'])}||" +
                  ch(["Cron run completed.", "webform module installed.", "Checked available update data for 42 projects.", "Page not found: favicon.ico", "article: updated Winter opening hours.", "Deleted 120 expired sessions."]))
    def d_hdr(): return mk("drupal/drush", ch([" ID     Date          Type     Severity  Message", " ------ ------------- -------- --------- ---------------------------------------------", f" {rint(1000, 99999):<6} 23/Nov 10:12 cron     Notice    Cron run completed."]))
    return produce(n, [(sys_, 4), (drush, 1)], [(d_msg, 2), d_hdr])

# ---------------------------------------------------------------------------------------------- Python tracebacks with locals
@fmt("pytrace", "Python 3 traceback module: TracebackException(capture_locals=True) / StackSummary.format output ('Traceback (most recent call last):', '  File \"…\", line N, in func', the source line, then one '    name = repr(value)' line per local in sorted order, the final 'ExcType: message'); chained-exception separators; loguru's diagnose=True annotated frames (variable values drawn under the source line with │ └ connectors)",
     "repr values of locals and the exception message: e-mails, names, phones, card numbers, US SSNs, passwords, tokens (secret), user ids, dates of birth (datetime.date(1985, 3, 12): the numbers inside the parentheses), addresses",
     "Traceback headers, File/line frame lines, source lines, locals of framework objects (self = <…object at 0x7f…>, retries = 3, timeout = 30.0), 'During handling of the above exception, another exception occurred:'")
def fmt_pytrace(n):
    def frame_hdr(): return mk("pytrace/locals", f"  File \"{ch(['/app/shop/billing.py', '/app/accounts/services.py', '/srv/clinic/intake/views.py'])}\", line {rint(20, 400)}, in {ch(['charge_customer', 'register', 'update_profile', 'send_otp'])}")
    def locals_block():
        p = P(); uid = rint(1000, 999999)
        loc = {"amount": ("", "Decimal('" + f"{rint(1, 900)}.{rint(0, 99):02d}" + "')"), "card_number": ("credit_card", card(fmt="plain")), "email": ("email", p.email()),
               "full_name": ("person", p.full), "phone": ("phone", phone(p.country if p.country in PHONE_COUNTRIES_D else None)), "password": ("password", pw("'\\")),
               "token": ("secret", ralnum(40, URLCH)), "user_id": ("user_id", str(uid)), "ssn": ("us_ssn", ssn()), "dob": ("dob", p.dob), "retries": ("", "3"), "self": ("", f"<shop.billing.Gateway object at 0x7f{rhex(10)}>")}
        keys = sorted(R.sample([k for k in loc if loc[k][0]], rint(2, 4)) + ([ch(["amount", "retries", "self"])] if coin(0.4) else []))
        out = [frame_hdr(), mk("pytrace/locals", "    " + ch(["resp = gateway.charge(card_number, amount)", "user = User.objects.create_user(email=email, password=password)", "raise ValidationError(msg)", "sms.send(phone, code)"]))]
        for k in keys:
            kind, v = loc[k]
            if kind == "dob": out.append(mk("pytrace/locals", f"    {k} = datetime.date(", V("date_of_birth", f"{v.year}, {v.month}, {v.day}"), ")"))
            elif kind == "user_id": out.append(mk("pytrace/locals", f"    {k} = ", V("user_id", v)))
            elif kind:
                qch = '"' if "'" in v and '"' not in v else "'"
                vv = v if qch == '"' else v.replace("\\", "\\\\").replace("'", "\\'")
                out.append(mk("pytrace/locals", f"    {k} = {qch}", V(kind, vv, {"credit_card": "luhn", "us_ssn": "ssn"}.get(kind)), qch))
            else: out.append(mk("pytrace/locals", f"    {k} = {v}"))
        return out
    def tb():
        p = P()
        out = [mk("pytrace/locals", "Traceback (most recent call last):")] + locals_block()
        if coin(0.3): out += locals_block()
        out.append(mk("pytrace/locals", ch([["shop.errors.PaymentDeclined: card declined for ", vemail(p)], ["django.db.utils.IntegrityError: duplicate key value violates unique constraint \"accounts_user_email_key\" DETAIL:  Key (email)=(", vemail(p), ") already exists."],
                                               ["ValueError: invalid phone number '", pphone(p), "'"], ["KeyError: 'iban'"]])))
        return out if coin(0.3) else out[rint(2, 3):]
    def loguru():
        p = P(); e = p.email()
        col = 11
        return [mk("pytrace/loguru", f"  File \"/app/shop/views.py\", line {rint(20, 300)}, in checkout"), mk("pytrace/loguru", "    charge(user.email, card)"),
                mk("pytrace/loguru", "    │      │    │      └ '", V("credit_card", card(fmt="plain"), "luhn"), "'"), mk("pytrace/loguru", "    │      │    └ '", V("email", e), "'"),
                mk("pytrace/loguru", "    │      └ <User ", vuid(rint(1000, 99999)), ": ", vname(p.full), ">"), mk("pytrace/loguru", f"    └ <function charge at 0x7f{rhex(10)}>")]
    def d_frames():
        return [mk("pytrace/locals", x) for x in ch([["Traceback (most recent call last):", f"  File \"/usr/lib/python3.12/site-packages/redis/connection.py\", line {rint(100, 900)}, in connect", "    sock = self.retry.call_with_retry(", f"    retries = 3", f"    self = <redis.connection.Connection(host=redis,port=6379,db=0)>", "redis.exceptions.ConnectionError: Error 111 connecting to redis:6379. Connection refused."],
                                                      ["During handling of the above exception, another exception occurred:", "", "Traceback (most recent call last):", f"  File \"/app/worker.py\", line {rint(10, 90)}, in run", "    timeout = 30.0", "TimeoutError: job exceeded 30.0s"]]) if x][rint(0, 2):]
    return produce(n, [(tb, 3), (loguru, 1)], [d_frames], dfrac=0.2)

# ---------------------------------------------------------------------------------------------- Ruby inspect
@fmt("rubyinspect", "Ruby core documentation: Object#inspect ('#<Customer:0x000078a1c2d3e4f8 @id=4821, @name=\"…\">'), Struct#inspect ('#<struct Shop::Address street=\"…\", city=\"…\">'), Data#inspect (Ruby 3.2, '#<data Contact name=\"…\", phone=\"…\">'), String#inspect escaping; ActiveRecord::Core#inspect ('#<User id: 4821, email: \"…\", … encrypted_password: [FILTERED], created_at: \"2026-11-23 10:12:34.123456000 +0000\">' with filter_attributes); the stdlib Logger default format ('E, [2026-11-23T10:12:34.123456 #123] ERROR -- progname: message')",
     "attribute and instance-variable values of people: ids of User/Customer records (user_id), e-mails, names, phones, dates of birth, street lines, card numbers, passwords, API tokens (secret)",
     "object ids (0x0000…), [FILTERED] attributes, created_at/updated_at timestamps, inspects of Product/Order/cache/thread objects, Logger headers")
def fmt_rubyinspect(n):
    def lg(): t = ts_event(); lv = ch(["E", "W", "I"]); return f"{lv}, [{t.strftime('%Y-%m-%dT%H:%M:%S')}.{t.microsecond:06d} #{rint(100, 99999)}] {ch({'E': ['ERROR'], 'W': ['WARN'], 'I': ['INFO']}[lv])} -- {ch(['', 'shop', 'sync'])}: "
    def ar():
        p = P(); uid = rint(1000, 999999); ad = address(p.country if p.country in ADDR_COUNTRIES else "US")
        f = [f"#<{ch(['User', 'Customer', 'Patient'])} id: ", vuid(uid), ", email: \"", V("email", rb_str(p.email())), "\", first_name: \"", vname(rb_str(p.given)), "\", last_name: \"", vname(rb_str(p.family)), "\""]
        if coin(0.5): f += [", phone: \"", pphone(p), "\""]
        if coin(0.4): f += [", date_of_birth: \"", vdob(p.dob, "iso"), "\""]
        if coin(0.3): f += [", street: \"", vaddr(rb_str(ad[0])), "\", postcode: \"", ad[1], "\""]
        f += [", encrypted_password: [FILTERED], created_at: \"", ts2(), ".", rdigits(6), "000 +0000\"", ">"]
        return mk("rubyinspect/activerecord", lg(), ch(["Failed to sync ", "Skipping duplicate ", "Loaded "]), f)
    def obj():
        p = P()
        f = [f"#<{ch(['Billing::Customer', 'Crm::Contact'])}:0x0000{rhex(12)} @id=", vuid(rint(1000, 999999)), ", @name=\"", vname(rb_str(p.full)), "\", @email=\"", V("email", rb_str(p.email())), "\""]
        if coin(0.4): f += [", @card=\"", vcard(fmt="plain"), "\""]
        if coin(0.3): f += [", @api_token=\"", vsecret(stripe_key()), "\""]
        f.append(">")
        return mk("rubyinspect/object", lg(), ch(["charge failed for ", "enqueue ", ""]), f)
    def struct():
        p = P(); ad = address(p.country if p.country in ADDR_COUNTRIES else "US")
        return mk("rubyinspect/struct", lg(), ch([["#<struct Shop::Address street=\"", vaddr(rb_str(ad[0])), f"\", city=\"{rb_str(ad[2])}\", zip=\"{ad[1]}\">"],
                                                  ["#<data Contact name=\"", vname(rb_str(p.full)), "\", phone=\"", pphone(p), "\">"],
                                                  ["#<data Signup email=\"", V("email", rb_str(p.email())), "\", password=\"", V("password", rb_str(pw())), "\">"]]))
    def d_obj():
        return mk("rubyinspect/object", lg() + ch([f"#<Product id: {rint(1, 9999)}, sku: \"GH-{rdigits(4)}\", name: \"Garden hose 25 m\", price_cents: {rint(100, 9999)}>", f"#<Thread:0x0000{rhex(12)} run>",
                                                   f"#<ActiveSupport::Cache::RedisCacheStore options={{namespace: \"shop\", expires_in: 3600}}>", f"#<Order id: {rint(10000, 99999)}, state: \"paid\", total_cents: {rint(100, 99999)}, created_at: \"{ts2()}\">",
                                                   f"#<struct Shop::Money cents={rint(100, 9999)}, currency=\"EUR\">", f"#<Net::HTTPServiceUnavailable 503 Service Unavailable readbody=true>"]))
    return produce(n, [(ar, 3), (obj, 2), (struct, 2)], [d_obj])

# ---------------------------------------------------------------------------------------------- Protocol Buffers / gRPC
def pb_str(s): return s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
@fmt("protobuf", "Protocol Buffers Text Format Language Specification (field: value, nested messages in braces, string escapes) as printed by DebugString / ShortDebugString and protoc --decode; the ProtoJSON mapping (lowerCamelCase names, int64 as strings, google.type.Date {year, month, day}); gRPC metadata as logged by grpc-go (metadata.MD printed as map[key:[values]]) and gRPC status errors ('rpc error: code = … desc = …')",
     "string fields of people (email, display_name / given_name / family_name → person, phone numbers, street lines), user ids (user_id; also int64 as strings), google.type.Date birth dates (the 'year: … month: … day: …' run or the JSON object's members, one span), authorization metadata (jwt) and API keys (secret), personal data quoted in status descriptions",
     "health-check and reflection messages, enum values, metadata without personal values (content-type, user-agent, grpc-timeout, traceparent), status errors about systems, field numbers, byte counts")
def fmt_protobuf(n):
    def date_txt(d): return V("date_of_birth", f"year: {d.year} month: {d.month} day: {d.day}")
    def text():
        p = P(); uid = rint(1000, 999999)
        f = ["user { id: ", vuid(uid), " email: \"", V("email", pb_str(p.email())), "\" display_name: \"", vname(pb_str(p.full)), "\""]
        if coin(0.5): f += [" phone_numbers { number: \"", pphone(p, "e164"), "\" type: MOBILE }"]
        if coin(0.4): f += [" birth_date { ", date_txt(p.dob), " }"]
        if coin(0.3): f += [" address { street: \"", vaddr(pb_str(address(p.country if p.country in ADDR_COUNTRIES else "US")[0])), "\" country_code: \"", p.country, "\" }"]
        f.append(" }")
        return mk("protobuf/text", ch(["INFO  grpc.server CreateUser request: ", "DEBUG UpdateProfile req=", "ERROR failed to persist "]), f)
    def json_():
        p = P(); uid = rint(10**9, 10**12); d = p.dob
        parts = ["{\"userId\":\"", vuid(uid), "\",\"givenName\":\"", V("person", jesc(p.given)), "\",\"familyName\":\"", V("person", jesc(p.family)), "\",\"email\":\"", vemail(p), "\""]
        if coin(0.7): parts += [",\"birthDate\":{", V("date_of_birth", f"\"year\":{d.year},\"month\":{d.month},\"day\":{d.day}"), "}"]
        if coin(0.4): parts += [",\"phoneNumber\":\"", pphone(p, "e164"), "\""]
        parts.append(",\"state\":\"ACTIVE\"}")
        return mkj("protobuf/json", "grpc-gateway response body: ", parts)
    def meta():
        p = P()
        items = [f":authority:[api.internal:443]", "content-type:[application/grpc]", ["authorization:[Bearer ", vjwt(p), "]"], f"user-agent:[grpc-go/1.{rint(60, 69)}.0]"]
        if coin(0.5): items.append(["x-user-email:[", vemail(p), "]"])
        if coin(0.3): items.append(["x-api-key:[", vsecret(), "]"])
        items.sort(key=lambda x: plain(_flat([x], [])[0]))
        out = ["metadata: map["]
        for i, it in enumerate(items): out += ([" "] if i else []) + [it]
        out.append("]")
        return mk("protobuf/metadata", f"{iso_ts()} DEBUG interceptor ", out)
    def status():
        p = P()
        return mk("protobuf/status", f"{iso_ts()} ERROR ", ch([["rpc error: code = NotFound desc = customer \"", vemail(p), "\" not found"], ["rpc error: code = AlreadyExists desc = phone ", pphone(p, "e164"), " already registered"],
                                                               ["rpc error: code = InvalidArgument desc = birth_date { ", date_txt(p.dob), " } is in the future"]]))
    def d_msg():
        return mk("protobuf/text", ch([f"{iso_ts()} DEBUG health check: status: SERVING", f"DEBUG ListProducts req=page_size: {rint(10, 100)} page_token: \"{rb64(12, True, False)}\" filter: \"category = garden\"",
                                       f"{iso_ts()} DEBUG interceptor metadata: map[:authority:[api.internal:443] content-type:[application/grpc] grpc-timeout:[{rint(1, 30)}S] traceparent:[00-{rhex(32)}-{rhex(16)}-01] user-agent:[grpc-go/1.67.1]]",
                                       f"{iso_ts()} ERROR rpc error: code = Unavailable desc = connection error: desc = \"transport: Error while dialing: dial tcp: lookup inventory on kube-dns:53: no such host\"",
                                       "INFO  grpc.reflection.v1.ServerReflection/ServerReflectionInfo list_services: \"\""]))
    return produce(n, [(text, 3), (json_, 2), (meta, 2), (status, 1)], [d_msg])

# ---------------------------------------------------------------------------------------------- Avro JSON (Schema Registry / Debezium)
@fmt("avrojson", "Apache Avro 1.11 specification, JSON encoding (unions as {\"type\": value}, e.g. {\"string\": \"…\"}, null bare; logical type date as days since 1970-01-01, timestamp-millis as long), as printed by Confluent kafka-avro-console-consumer (--property print.key=true, key and value separated by a tab); Confluent Schema Registry REST responses; Debezium change-event envelopes (before, after, source, op, ts_ms) in the Avro JSON form",
     "record values of people: e-mails, names, phones, user/customer ids, street lines, dates of birth written as union strings and as Avro `date` ints (days since the epoch: the number is the birth date, labeled as written), IBANs",
     "schema definitions (field names and types, no values), Schema Registry subject/version/id responses, SerializationException lines, source blocks (connector, db, table, lsn, txId), records of non-person entities (products, stock levels)")
def fmt_avrojson(n):
    def days(d): return (d - datetime.date(1970, 1, 1)).days
    def customer(p, cid):
        o = {"customer_id": VN("user_id", str(cid)), "email": {"string": vemail(p)}, "first_name": vname(p.given), "last_name": vname(p.family),
             "phone": {"string": pphone(p)} if coin(0.6) else None}
        if coin(0.5): o["birth_date"] = {"int": VN("date_of_birth", str(days(p.dob)))} if coin(0.6) else {"string": vdob(p.dob, "iso")}
        if coin(0.4):
            ad = address(p.country if p.country in ADDR_COUNTRIES else "US")
            o["address"] = {"com.kestrel.crm.Address": {"street": vaddr(ad[0]), "city": ad[2], "postal_code": ad[1]}}
        if coin(0.2): o["iban"] = {"string": viban()}
        o["updated_at"] = {"long": epoch_ms()}
        return o
    def console():
        p = P(); cid = rint(1000, 999999)
        return mk("avrojson/console", J({"customer_id": VN("user_id", str(cid))}), "\t", J(customer(p, cid)))
    def debezium():
        p = P(); cid = rint(1000, 999999); op = ch(["c", "u", "u", "d"])
        v = {"shop.public.customers.Value": customer(p, cid)}
        o = {"before": v if op == "d" else None, "after": None if op == "d" else v,
             "source": {"version": "2.7.3.Final", "connector": "postgresql", "name": "shop", "ts_ms": epoch_ms(), "snapshot": {"string": "false"}, "db": "shop", "schema": "public", "table": "customers",
                        "txId": {"long": rint(10**5, 10**7)}, "lsn": {"long": rint(10**8, 10**10)}}, "op": op, "ts_ms": {"long": epoch_ms()}}
        return mkj("avrojson/debezium", J(o))
    def d_schema():
        return mkj("avrojson/registry", ch([J({"subject": "customers-value", "version": rint(1, 12), "id": rint(1, 400), "schema": json.dumps({"type": "record", "name": "Customer", "namespace": "com.kestrel.crm", "fields": [{"name": "customer_id", "type": "long"}, {"name": "email", "type": ["null", "string"], "default": None}, {"name": "birth_date", "type": ["null", {"type": "int", "logicalType": "date"}], "default": None}]})}),
                                            J({"id": rint(1, 400)}), J(["customers-key", "customers-value", "products-value", "stock-levels-value"]), J({"compatibility": "BACKWARD"}),
                                            J({"sku": "GH-" + rdigits(4), "warehouse": {"string": ch(["KEF-1", "VNO-2"])}, "on_hand": rint(0, 900), "updated_at": {"long": epoch_ms()}})]))
    def d_err():
        return mk("avrojson/console", ch([f"[{ts2()},{rint(100, 999)}] ERROR Error processing message, skipping this message: (kafka.tools.ConsoleConsumer$)", f"org.apache.kafka.common.errors.SerializationException: Error retrieving Avro unknown schema for id {rint(1, 400)}",
                                          f"Processed a total of {rint(1, 900)} messages"]))
    return produce(n, [(console, 3), (debezium, 2)], [d_schema, d_err])

# ---------------------------------------------------------------------------------------------- Product analytics (Segment, Mixpanel, Amplitude)
@fmt("analytics", "Segment Spec (Common fields: type, userId, anonymousId, context{ip, library, locale, page, userAgent, traits}, messageId, timestamp, sentAt; identify traits email / name / firstName / lastName / phone / birthday / address{street, city, postalCode, country}; track event + properties), Mixpanel Ingestion API (/import events with properties.distinct_id, $insert_id, ip; /engage profile updates $token, $distinct_id, $ip, $set{$email, $first_name, $last_name, $phone, $city}), Amplitude HTTP V2 API (api_key, events[] with user_id, device_id, event_type, time, ip, user_properties, event_properties)",
     "userId / distinct_id / user_id of known users (user_id), traits and $set values (e-mail, names, phone, birthday, street), context.ip / $ip / ip (ipv4/ipv6), page URLs and referrers with query PII",
     "anonymousId / device_id / $insert_id / messageId (device and message identifiers, not labeled), Mixpanel project tokens and Amplitude API keys (public client keys, like publishable keys), track events of anonymous visitors without IP, product properties, library versions")
def fmt_analytics(n):
    def ctx(p, ip=True):
        c = {"library": {"name": ch(["analytics.js", "analytics-node", "analytics-ios"]), "version": version()}, "locale": ch(["is-IS", "lt-LT", "bg-BG", "en-US", "ms-MY"]), "userAgent": ua()}
        if ip: c["ip"] = vip(0.25)
        if coin(0.3): c["page"] = {"url": S(["https://shop.example.com", url_pii(p)]), "title": "Account"}
        return c
    def identify():
        p = P(); uid = ch([str(rint(1000, 999999)), "usr_" + ralnum(14, LOWER_DIG)])
        tr = {"email": vemail(p), "firstName": vname(p.given), "lastName": vname(p.family)}
        if coin(0.5): tr["phone"] = pphone(p)
        if coin(0.4): tr["birthday"] = vdob(p.dob, "iso")
        if coin(0.3):
            ad = address(p.country if p.country in ADDR_COUNTRIES else "US"); tr["address"] = {"street": vaddr(ad[0]), "city": ad[2], "postalCode": ad[1], "country": p.country}
        o = {"type": "identify", "userId": vuid(uid), "anonymousId": uuid4(), "traits": tr, "context": ctx(p), "messageId": f"ajs-next-{rhex(32)}", "timestamp": iso_ts(), "sentAt": iso_ts()}
        return mkj("analytics/segment", J(o))
    def track():
        p = P(); uid = str(rint(1000, 999999))
        o = {"type": "track", "event": ch(["Order Completed", "Signed Up", "Subscription Cancelled"]), "userId": vuid(uid), "anonymousId": uuid4(),
             "properties": {"order_id": order_no(), "total": round(R.uniform(5, 500), 2), "currency": ch(["ISK", "EUR", "BGN", "MYR"])}, "context": {"ip": vip(0.2), "traits": {"email": vemail(p)}}, "messageId": uuid4(), "timestamp": iso_ts()}
        return mkj("analytics/segment", J(o))
    def engage():
        p = P()
        st = {"$email": vemail(p), "$first_name": vname(p.given), "$last_name": vname(p.family)}
        if coin(0.5): st["$phone"] = pphone(p, "e164")
        st["$city"] = ch(["Reykjavík", "Vilnius", "Sofia", "Kuala Lumpur", "Nairobi"])
        return mkj("analytics/mixpanel", J([{"$token": rhex(32), "$distinct_id": vuid(str(rint(1000, 999999))), "$ip": vip(0.2), "$set": st}]))
    def mp_import():
        p = P()
        return mkj("analytics/mixpanel", J([{"event": ch(["Checkout", "Login"]), "properties": {"time": epoch_ms(), "distinct_id": vuid(str(rint(1000, 999999))), "$insert_id": rhex(16), "ip": vip(0.2), "email": vemail(p), "plan": ch(["free", "pro"])}}]))
    def amp():
        p = P()
        ev = {"user_id": vemail(p) if coin(0.3) else vuid(str(rint(1000, 999999))), "device_id": uuid4().upper(), "event_type": ch(["purchase", "sign_up", "page_view"]),
              "time": epoch_ms(), "ip": vip(0.2), "user_properties": {"email": vemail(p), "name": vname(p.full)}, "event_properties": {"plan": ch(["basic", "premium"])}}
        return mkj("analytics/amplitude", J({"api_key": rhex(32), "events": [ev]}))
    def d_anon():
        o = {"type": "track", "event": ch(["Product Viewed", "Product List Filtered", "Cart Viewed"]), "anonymousId": uuid4(), "properties": {"sku": f"SKU-{rdigits(6)}", "category": ch(["garden", "kitchen", "toys"]), "price": round(R.uniform(1, 300), 2)},
             "context": {"library": {"name": "analytics-node", "version": version()}}, "messageId": uuid4(), "timestamp": iso_ts()}
        return mkj("analytics/segment", J(o))
    def d_amp():
        return mkj("analytics/amplitude", J({"code": 200, "events_ingested": rint(1, 50), "payload_size_bytes": rint(100, 9000), "server_upload_time": epoch_ms()}))
    return produce(n, [(identify, 3), (track, 2), (engage, 1), (mp_import, 1), (amp, 1)], [(d_anon, 2), d_amp])

# ---------------------------------------------------------------------------------------------- E-mail provider webhooks
@fmt("mailwebhook", "Twilio SendGrid 'Event Webhook reference' (JSON array of events: email, timestamp, smtp-id, event processed/delivered/open/click/bounce/dropped/spamreport/unsubscribe, category, sg_event_id, sg_message_id, ip, useragent, url, reason, status, response, attempt), Mailgun 'Webhooks' (signature{timestamp, token, signature} and event-data{event, id, timestamp, recipient, envelope{sender, targets}, message{headers{to, message-id, from, subject}}, delivery-status, ip, geolocation, client-info, user-variables}), Postmark 'Bounce webhook' (RecordType, ID, Type, TypeCode, MessageID, ServerID, Description, Details, Email, From, BouncedAt, Subject)",
     "recipient and sender mailboxes (email; also the sending service's own mailboxes), opener/clicker IPs, clicked URLs with query PII, names in subjects and in To/From display names, user-variables with customer ids (user_id), bounce details quoting the address",
     "sg_event_id / sg_message_id / Message-IDs (e-mail-shaped ids, not mailboxes), Mailgun signature/token (signatures), categories, geolocation of IPs, delivery codes and MX hostnames, webhook acknowledgements")
def fmt_mailwebhook(n):
    def sg():
        evs = []
        for _ in range(ch([1, 1, 2])):
            p = P(); e = ch(["delivered", "open", "click", "bounce", "processed", "unsubscribe"])
            o = {"email": vemail(p), "timestamp": epoch(), "smtp-id": f"<{rhex(22)}@ismtpd0{rint(1, 9)}p1mdw1.sendgrid.net>", "event": e, "category": [ch(["receipt", "newsletter", "password-reset"])],
                 "sg_event_id": rb64(16, True, False), "sg_message_id": f"{rb64(16, True, False)}.recvd-{rint(1, 9)}-{rhex(8)}-{rint(1, 99)}-{epoch()}-0"}
            if e in ("open", "click"): o.update({"ip": vip(0.25), "useragent": ua()})
            if e == "click": o["url"] = S(["https://shop.example.com", url_pii(p)])
            if e == "bounce": o.update({"reason": S(["550 5.1.1 The email account that you tried to reach does not exist: ", vemail(p)]), "status": "5.1.1", "type": "bounce"})
            evs.append(o)
        return mkj("mailwebhook/sendgrid", J(evs))
    def mg():
        p = P(); frm = P(); e = ch(["delivered", "opened", "failed", "clicked"])
        ed = {"event": e, "id": rb64(16, True, False), "timestamp": epoch() + R.random(), "recipient": vemail(p), "envelope": {"sender": V("email", f"postmaster@mg.{ch(['kestrel.example', 'tidewater-health.org'])}"), "targets": vemail(p)},
              "message": {"headers": {"to": S([vname(p.full), " <", vemail(p), ">"]), "message-id": f"{epoch()}.{rhex(16)}@mg.kestrel.example", "from": S([ch(["Kestrel Shop", "Tidewater Clinic"]), " <", V("email", "noreply@" + ch(["kestrel.example", "tidewater-health.org"])), ">"]),
                                                  "subject": S([ch(["Your appointment, ", "Order shipped, ", "Welcome, "]), vname(p.given)])}}, "user-variables": {"customer_id": vuid(rint(1000, 999999))}}
        if e in ("opened", "clicked"): ed.update({"ip": vip(0.2), "geolocation": {"country": ch(["IS", "LT", "BG"]), "city": "Unknown"}, "client-info": {"client-name": "Chrome", "device-type": "desktop"}})
        if e == "failed": ed.update({"severity": "permanent", "delivery-status": {"code": 550, "message": "", "description": "", "mx-host": "mx.example.net"}})
        o = {"signature": {"timestamp": str(epoch()), "token": rhex(50), "signature": rhex(64)}, "event-data": ed}
        return mkj("mailwebhook/mailgun", J(o))
    def pm():
        p = P()
        o = {"RecordType": "Bounce", "ID": rint(10**9, 10**10), "Type": ch(["HardBounce", "SoftBounce", "SpamNotification"]), "TypeCode": ch([1, 4096, 512]), "Name": "Hard bounce", "Tag": ch(["welcome", "invoice"]),
             "MessageID": uuid4(), "ServerID": rint(1000, 99999), "MessageStream": "outbound", "Description": "The server was unable to deliver your message (ex: unknown user, mailbox not found).",
             "Details": S(["smtp;550 5.1.1 <", vemail(p), ">: Recipient address rejected: User unknown"]), "Email": vemail(p), "From": V("email", ch(["billing@kestrel.example", "hello@tidewater-health.org"])),
             "BouncedAt": iso_ts(), "DumpAvailable": True, "Inactive": True, "CanActivate": True, "Subject": S(["Invoice for ", vname(p.full)])}
        return mkj("mailwebhook/postmark", J(o))
    def d_ack():
        return mk("mailwebhook/ack", ch([f"{iso_ts()} INFO webhook sendgrid: {rint(1, 500)} events accepted in {rint(2, 90)}ms", f"{iso_ts()} WARN webhook mailgun: signature verification failed (timestamp {epoch()})",
                                         f"{iso_ts()} INFO webhook postmark: 200 OK", "{\"message\":\"Post received. Thanks!\"}", f"{iso_ts()} INFO suppression list synced: {rint(0, 90)} added, {rint(0, 9)} removed"]))
    return produce(n, [(sg, 3), (mg, 2), (pm, 1)], [d_ack])

# ---------------------------------------------------------------------------------------------- Helpdesk / CRM webhooks
@fmt("helpdesk", "Zendesk 'Ticket events' webhook schema (type zen:event-type:ticket.created / ticket.comment_added, account_id, detail{id, subject, description, requester_id, submitter_id, assignee_id, status, priority, tags}, event{}) and trigger webhooks with placeholder JSON bodies; Jira Cloud webhooks (webhookEvent jira:issue_created / comment_created, user{accountId, displayName, emailAddress, timeZone}, issue{key, fields{summary, description, reporter, assignee}}, comment{body, author}); HubSpot Webhooks API (arrays of {objectId, propertyName, propertyValue, changeSource, eventId, subscriptionId, portalId, appId, occurredAt, subscriptionType, attemptNumber})",
     "requester/assignee/author ids of people (Zendesk user ids, Atlassian accountIds, HubSpot contact objectIds → user_id), display names (person), e-mail addresses and phones, personal data in subjects, descriptions and comments (names, phones, addresses, dates of birth)",
     "ticket / issue / event ids, account and portal ids, statuses, priorities, tags, subscription ids, webhook retries and signature headers, HubSpot changes of non-personal properties (lifecyclestage, hs_lead_status)")
def fmt_helpdesk(n):
    def acct(): return f"{rint(5, 7)}{rhex(5)}:{uuid4()}" if coin(0.5) else f"{rhex(24)}"
    def zd():
        p = P(); rq = rint(10**12, 10**13)
        desc = ch([["Hi, I am ", vname(p.full), ". Please call me back on ", pphone(p), " about my order."], ["My date of birth on file is wrong, it should be ", vdob(p.dob, ch(["eu_slash", "iso", "en_long"])), "."],
                   ["Please ship to ", vaddr(address(p.country if p.country in ADDR_COUNTRIES else None)[3]), " instead."], ["Can't log in with ", vemail(p), ", reset link expired."]])
        o = {"account_id": rint(10**7, 10**8), "detail": {"actor_id": S([vuid(rq)]), "assignee_id": None, "brand_id": str(rint(10**12, 10**13)), "created_at": iso_ts(frac=0), "description": S(desc), "id": str(rint(10000, 999999)),
             "priority": ch(["NORMAL", "HIGH"]), "requester_id": S([vuid(rq)]), "status": "NEW", "subject": S(ch([["Problem with my order"], ["Callback request from ", vname(p.full)], ["Change of address for ", vname(p.full)], ["Login issue"]])),
             "submitter_id": S([vuid(rq)]), "tags": ["web_widget"], "type": "QUESTION"}, "event": {}, "id": uuid4(), "subject": f"zen:ticket:{rint(10000, 999999)}", "time": iso_ts(frac=6),
             "type": "zen:event-type:ticket.created", "zendesk_event_version": "2022-11-06"}
        return mkj("helpdesk/zendesk", J(o))
    def zd_trigger():
        p = P()
        o = {"ticket_id": str(rint(10000, 999999)), "requester_name": vname(p.full), "requester_email": vemail(p), "requester_phone": pphone(p) if coin(0.6) else "", "latest_comment": S(["Customer ", vname(p.given), " asked for a refund."])}
        return mkj("helpdesk/zendesk_trigger", J(o))
    def jira():
        p = P(); q2 = P(); aid = acct(); ph2 = pphone(q2)
        user = {"self": S(["https://kestrel.atlassian.net/rest/api/2/user?accountId=", vuid(q(aid))]), "accountId": vuid(aid), "displayName": vname(p.full), "active": True, "timeZone": ch(["Atlantic/Reykjavik", "Europe/Vilnius", "Europe/Sofia", "Asia/Kuala_Lumpur"]), "accountType": "atlassian"}
        if coin(0.4): user["emailAddress"] = vemail(p, "kestrel.example")
        ev = ch(["jira:issue_created", "comment_created"])
        o = {"timestamp": epoch_ms(), "webhookEvent": ev, "user": user, "issue": {"id": str(rint(10000, 99999)), "key": f"SUP-{rint(1, 9999)}", "fields": {"summary": S(["Customer callback: ", vname(q2.full)]),
             "description": S(["Caller ", vname(q2.full), " (", ph2, ") reports a failed payment."])}}}
        if ev == "comment_created": o["comment"] = {"id": str(rint(10000, 99999)), "body": S(["Called back ", vname(q2.given), " on ", V("phone", ph2.text), ", resolved."]), "author": {"accountId": vuid(aid), "displayName": vname(p.full)}}
        return mkj("helpdesk/jira", J(o))
    def hubspot():
        evs = []
        for _ in range(ch([1, 2])):
            p = P(); prop, val = ch([("email", vemail(p)), ("firstname", vname(p.given)), ("lastname", vname(p.family)), ("phone", pphone(p)), ("address", vaddr(address(p.country if p.country in ADDR_COUNTRIES else None)[0])), ("date_of_birth", vdob(p.dob, "iso"))])
            evs.append({"eventId": rint(10**8, 10**10), "subscriptionId": rint(10**5, 10**6), "portalId": rint(10**6, 10**8), "appId": rint(10**5, 10**6), "occurredAt": epoch_ms(), "subscriptionType": "contact.propertyChange",
                        "attemptNumber": 0, "objectId": VN("user_id", str(rint(10**4, 10**11))), "propertyName": prop, "propertyValue": val, "changeSource": ch(["CRM", "FORM", "INTEGRATION"]), "sourceId": ch([S(["userId:", vuid(rint(10**6, 10**8))]), "form", ""])})
        return mkj("helpdesk/hubspot", J(evs))
    def d_hub():
        return mkj("helpdesk/hubspot", J([{"eventId": rint(10**8, 10**10), "subscriptionId": rint(10**5, 10**6), "portalId": rint(10**6, 10**8), "appId": rint(10**5, 10**6), "occurredAt": epoch_ms(), "subscriptionType": ch(["deal.propertyChange", "company.propertyChange"]),
                                           "attemptNumber": rint(0, 3), "objectId": rint(10**4, 10**11), "propertyName": ch(["dealstage", "lifecyclestage", "hs_lead_status", "industry"]), "propertyValue": ch(["closedwon", "customer", "IN_PROGRESS", "RETAIL"]), "changeSource": "CRM"}]))
    def d_log():
        return mk("helpdesk/log", ch([f"{iso_ts()} INFO webhook zendesk ticket.status_changed ticket={rint(10000, 999999)} status=SOLVED", f"{iso_ts()} WARN webhook jira retry {rint(1, 5)}/5 for event jira:issue_updated issue=SUP-{rint(1, 9999)}",
                                      f"{iso_ts()} DEBUG X-HubSpot-Signature-v3={rb64(32)} X-HubSpot-Request-Timestamp={epoch_ms()}", f"{iso_ts()} INFO zendesk sla breach ticket={rint(10000, 999999)} policy=\"Priority support\""]))
    return produce(n, [(zd, 2), (zd_trigger, 1), (jira, 2), (hubspot, 2)], [d_hub, d_log])

# ---------------------------------------------------------------------------------------------- Client credential files
def b64s(s): return base64.b64encode(s.encode()).decode()
@fmt("clientcreds", "npm docs 'npmrc' (registry-scoped auth keys //host/path/:_authToken, :_auth, :username, :_password (base64), email, always-auth), pip User Guide 'Configuration' (pip.conf [global] index-url / extra-index-url with userinfo, trusted-host), Apache Maven 'Settings Reference' and 'Password Encryption' (settings.xml <servers><server><id/><username/><password/> incl. {…} encrypted passwords, <privateKey/>, <passphrase/>), Docker CLI reference 'docker login' / config.json (auths{registry:{auth: base64(user:password), email}}, credsStore, credHelpers), Kubernetes 'Organizing Cluster Access Using kubeconfig Files' (clusters, users with token, client-certificate-data, client-key-data, username/password, auth-provider id-token/refresh-token, contexts), one file line per log line",
     "_authToken / token values (npm_…, GitHub and GitLab tokens → secret; JWT tokens → jwt), _auth and docker `auth` base64 user:password blobs (secret), npm :_password (base64 of the password → password, as written), pip index URLs' user:password userinfo (url_credentials), Maven <password>/<passphrase> (password) and {…} encrypted passwords (secret), logins of people (username) and e-mails, kubeconfig client-key-data (private key → secret), id-token (jwt), refresh-token / client-secret (secret), API server addresses (ipv4)",
     "registry URLs, ${ENV} references, always-auth/strict-ssl switches, credsStore/credHelpers, Maven <id>/<privateKey> paths, kubeconfig structure lines (apiVersion, kind, clusters:, contexts:, current-context, names of clusters), certificate-authority-data and client-certificate-data (public certificates)")
def fmt_clientcreds(n):
    def npmrc():
        p = P()
        host = ch(["//registry.npmjs.org/", "//npm.pkg.github.com/", "//gitlab.example.com/api/v4/projects/42/packages/npm/", "//nexus.kestrel.example/repository/npm-private/"])
        return mk("clientcreds/npmrc", ch([[host, ":_authToken=", vsecret(ch([npm_token(), gh_token(), glpat()]))], [host, ":_auth=", vsecret(b64s(f"{p.username()}:{pw(' ')}"))],
                                           [host, ":username=", vuser(p.username())], [host, ":_password=", V("password", b64s(pw(" ")))], ["email=", vemail(p)], ["//registry.npmjs.org/:_authToken=", vjwt(p)]]))
    def pipconf():
        p = P(); u = p.username()
        return mk("clientcreds/pipconf", ch([["index-url = https://", V("url_credentials", f"{u}:{q(pw(), safe='')}"), "@pypi.kestrel.example/simple"],
                                             ["extra-index-url = https://", V("url_credentials", f"__token__:pypi-AgEIcHlwaS5vcmc{ralnum(60, URLCH)}"), "@upload.pypi.org/legacy/"],
                                             ["index-url = https://", V("url_credentials", f"aws:{ralnum(80, URLCH)}"), f"@kestrel-{rdigits(12)}.d.codeartifact.eu-west-1.amazonaws.com/pypi/pypi-store/simple/"]]))
    def maven():
        p = P()
        return mk("clientcreds/maven", "      ", ch([["<username>", vuser(p.username()), "</username>"], ["<password>", V("password", xesc(pw()))if coin(0.6) else V("secret", "{" + rb64(32) + "}"), "</password>"],
                                                   ["<passphrase>", V("password", xesc(pw())), "</passphrase>"]]))
    def docker():
        p = P(); reg = ch(["https://index.docker.io/v1/", "registry.kestrel.example", "ghcr.io", "harbor.blue-fjord.com"])
        body = {reg: {"auth": vsecret(b64s(f"{p.username()}:{pw()}"))}}
        if coin(0.4): body[reg]["email"] = vemail(p)
        return mkj("clientcreds/docker", J({"auths": body, "credsStore": ch(["desktop", "osxkeychain", "pass"])}, sep=(", ", ": ")))
    def kube():
        p = P(); u = p.username()
        lines = ch([[["- name: ", vuser(u)], ["  user:"], ["    token: ", vjwt(p)]], [["- name: ", vuser(u), "@prod"], ["  user:"], ["    client-key-data: ", vsecret("LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQo" + rb64(600).replace("=", ""))]],
                    [["    username: ", vuser(u)], ["    password: ", vpw(" #:")]], [["    auth-provider:"], ["      config:"], ["        id-token: ", vjwt(p)], ["        refresh-token: ", vsecret(ralnum(44, URLCH))], ["        client-secret: ", vsecret(ralnum(32, URLCH))]],
                    [["- context:"], ["    cluster: prod-eu"], ["    user: ", vuser(u)], ["  name: ", vuser(u), "@prod-eu"]], [["- cluster:"], ["    certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t" + rb64(90).replace("=", "")], ["    server: https://", vip4() if coin(0.5) else vpriv4(), ":6443"], ["  name: prod-eu"]]])
        return [mk("clientcreds/kubeconfig", *l) for l in lines]
    def d_lines():
        f, txt = ch([("npmrc", "registry=https://registry.npmjs.org/"), ("npmrc", "always-auth=true"), ("npmrc", "//npm.pkg.github.com/:_authToken=${NPM_TOKEN}"), ("npmrc", "@kestrel:registry=https://npm.pkg.github.com/"),
                     ("npmrc", "strict-ssl=true"), ("pipconf", "[global]"), ("pipconf", "trusted-host = pypi.kestrel.example"), ("pipconf", "timeout = 60"), ("maven", "    <server>"), ("maven", "      <id>nexus-releases</id>"),
                     ("maven", "      <privateKey>${user.home}/.ssh/id_ed25519</privateKey>"), ("maven", "    </server>"), ("maven", "      <password>${env.NEXUS_PASSWORD}</password>"), ("kubeconfig", "apiVersion: v1"),
                     ("kubeconfig", "kind: Config"), ("kubeconfig", "current-context: prod-eu"), ("kubeconfig", "preferences: {}"), ("kubeconfig", "users:"), ("kubeconfig", "contexts:"),
                     ("kubeconfig", "    client-certificate-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t" + rb64(60).replace("=", ""))])
        return mk(f"clientcreds/{f}", txt)
    def d_docker():
        return mkj("clientcreds/docker", J({"auths": {"ghcr.io": {}, f"{rdigits(12)}.dkr.ecr.eu-west-1.amazonaws.com": {}}, "credHelpers": {"public.ecr.aws": "ecr-login"}, "credsStore": "desktop", "currentContext": "desktop-linux"}, sep=(", ", ": ")))
    return produce(n, [(npmrc, 3), (pipconf, 2), (maven, 2), (docker, 2), (kube, 2)], [(d_lines, 3), d_docker], dfrac=0.3)

# ---------------------------------------------------------------------------------------------- systemd units
@fmt("systemdunit", "systemd.exec(5) and systemd.service(5) (unit file sections [Unit]/[Service]/[Install]; Environment= with quoted and unquoted assignments, several per line, EnvironmentFile=, LoadCredential= / SetCredential=, User=, ExecStart= command lines), systemd.unit(5) drop-ins as printed by `systemctl cat` ('# /etc/systemd/system/…'), `systemctl show -p Environment` output, and systemd's own journal messages about units",
     "values of Environment= / SetCredential= assignments and ExecStart= arguments: passwords (password), API keys and tokens (secret, jwt), connection URLs with user:password (url_credentials) and their host addresses (ipv4), operator e-mails, /home/<user> paths of user units (username)",
     "section headers, Description=, After=/Wants=, User= service accounts, EnvironmentFile= and LoadCredential= paths, Restart=/LimitNOFILE= settings, `systemctl cat` path comments, 'Started …' / 'Unknown key name' journal lines, ${VAR} references")
def fmt_systemdunit(n):
    def env():
        p = P()
        k, v = ch([("DATABASE_URL", ["postgres://", V("url_credentials", f"shop:{q(pw(), safe='')}"), "@", vpriv4(), ":5432/shop"]), ("STRIPE_API_KEY", [vsecret(stripe_key())]),
                   ("SMTP_PASSWORD", [vpw(' "\\')]), ("ALERT_EMAIL", [vemail(p, org_domain())]), ("JWT_SIGNING_KEY", [vsecret(rb64(48))]), ("SLACK_BOT_TOKEN", [vsecret(slack_token())]),
                   ("AMQP_URL", ["amqps://", V("url_credentials", f"{ch(['orders', 'billing'])}:{ralnum(24, URLCH)}"), "@mq.kestrel.example/prod"]), ("SERVICE_TOKEN", [vjwt(p)])])
        if coin(0.5): return mk("systemdunit/unit", "Environment=\"", k, "=", v, "\"")
        if coin(0.5): return mk("systemdunit/unit", f"Environment={k}=", v, f" LOG_LEVEL={ch(['info', 'debug'])}")
        return mk("systemdunit/show", "Environment=", f"LANG=C.UTF-8 {k}=", v, " PORT=8080")
    def exec_():
        p = P()
        return mk("systemdunit/unit", ch([["ExecStart=/usr/local/bin/shop-api --listen 0.0.0.0:8080 --db-password=", vpw(" \"'\\"), " --log-json"],
                                          ["ExecStartPre=/usr/bin/curl -fsS -u deploy:", vpw(" \"'\\@"), " https://config.kestrel.example/bootstrap"],
                                          ["SetCredential=api-token:", vsecret(gh_token())], ["ExecStart=/home/", vuser(p.username()), "/.local/bin/syncthing serve --no-browser"],
                                          ["# /home/", vuser(p.username()), "/.config/systemd/user/backup.service"], ["ExecStart=/usr/bin/rclone sync /srv/data remote:backup --b2-key=", vsecret(ralnum(31, URLCH))]]))
    def d_lines():
        return mk("systemdunit/unit", ch(["[Unit]", "[Service]", "[Install]", "Description=Kestrel shop API", "After=network-online.target postgresql.service", "Wants=network-online.target", "User=shopapi", "Group=shopapi",
                                          "EnvironmentFile=/etc/shop/api.env", "LoadCredential=db-password:/etc/credstore/shop-db-password", "Restart=on-failure", "RestartSec=5s", "LimitNOFILE=65536", "WantedBy=multi-user.target",
                                          "# /etc/systemd/system/shop-api.service", "# /etc/systemd/system/shop-api.service.d/override.conf", "Environment=\"NODE_ENV=production\" \"PORT=8080\"", "Environment=DB_PASSWORD=${DB_PASSWORD_FILE}",
                                          f"{syslog_ts()} app01 systemd[1]: Started shop-api.service - Kestrel shop API.", f"{syslog_ts()} app01 systemd[1]: /etc/systemd/system/shop-api.service:14: Unknown key name 'Enviroment' in section 'Service', ignoring.",
                                          "ProtectSystem=strict", "NoNewPrivileges=yes"]))
    return produce(n, [(env, 4), (exec_, 2)], [d_lines], dfrac=0.38)

# ---------------------------------------------------------------------------------------------- Pre-signed URLs
@fmt("signedurl", "AWS S3 User Guide 'Sharing objects with presigned URLs' / Signature Version 4 query parameters (X-Amz-Algorithm, X-Amz-Credential=AKID/date/region/s3/aws4_request, X-Amz-Date, X-Amz-Expires, X-Amz-SignedHeaders, X-Amz-Security-Token, X-Amz-Signature), Google Cloud Storage V4 signed URLs (X-Goog-Algorithm, X-Goog-Credential with the service-account e-mail, X-Goog-Date, X-Goog-Expires, X-Goog-SignedHeaders, X-Goog-Signature), Azure Storage shared access signatures (sv, ss, srt, sp, se, st, spr, sr, sig), CloudFront signed URLs (Expires, Signature, Key-Pair-Id); logged by applications, CLIs (azcopy, curl) and JSON API responses",
     "the signature that grants access (X-Amz-Signature, X-Goog-Signature, Azure sig, CloudFront Signature → secret), access key ids in X-Amz-Credential (secret, A's rule) and session tokens (secret), service-account e-mails in X-Goog-Credential (email, URL-encoded), names in object keys (person), customer ids in paths (user_id)",
     "unsigned public object URLs, the credential scope (date/region/service), X-Amz-Date / Expires / SignedHeaders, CloudFront Key-Pair-Id, URLs whose signature was already redacted (sig=REDACTED), bucket and container names")
def fmt_signedurl(n):
    def key(p):
        return ch([["exports/customers-", evdate("iso"), ".csv"], ["invoices/", vuid(rint(1000, 999999)), "/INV-2026-", rdigits(5), ".pdf"], ["payslips/2026-11/", V("person", f"{p.given}_{p.family}".replace(" ", "_")), ".pdf"], ["avatars/", rhex(16), ".jpg"]])
    def s3(p):
        temp = coin(0.3); akid = aws_akid(temp); d = evdate("compact")
        u = [f"https://{ch(['kestrel-exports', 'tidewater-records'])}.s3.eu-west-1.amazonaws.com/", key(p), "?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=", V("secret", akid), f"%2F{d}%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date={d}T{rint(0, 23):02d}{rint(0, 59):02d}{rint(0, 59):02d}Z&X-Amz-Expires={ch([300, 900, 3600, 604800])}"]
        if temp: u += ["&X-Amz-Security-Token=", V("secret", q("IQoJb3JpZ2luX2VjE" + rb64(300)))]
        u += ["&X-Amz-SignedHeaders=host&X-Amz-Signature=", V("secret", rhex(64))]
        return u
    def gcs(p):
        sa = f"{ch(['exporter', 'signer', 'media-uploader'])}@{ch(['kestrel-prod', 'tidewater-records-471'])}.iam.gserviceaccount.com"; d = evdate("compact")
        return [f"https://storage.googleapis.com/{ch(['kestrel-media', 'tw-scans'])}/", key(p), "?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=", V("email", q(sa)), f"%2F{d}%2Fauto%2Fstorage%2Fgoog4_request&X-Goog-Date={d}T{rint(0, 23):02d}{rint(0, 59):02d}{rint(0, 59):02d}Z&X-Goog-Expires=900&X-Goog-SignedHeaders=host&X-Goog-Signature=", V("secret", rhex(512))]
    def sas(p):
        return [f"https://{ch(['kestrelstore', 'tidewaterdocs'])}.blob.core.windows.net/{ch(['exports', 'scans'])}/", key(p), ch([f"?sp=r&st={evdate('iso')}T10:12:34Z&se={evdate('iso')}T18:12:34Z&spr=https&sv=2022-11-02&sr=b&sig=",
                                                                                                                              f"?sv=2022-11-02&ss=bfqt&srt=sco&sp=rwdlacupiytfx&se={evdate('iso')}T18:12:34Z&st={evdate('iso')}T10:12:34Z&spr=https&sig="]), V("secret", q(rb64(32)))]
    def cf(p):
        return [f"https://{ch(['d111111abcdef8', 'd2x9k3lmno4pq'])}.cloudfront.net/", key(p), f"?Expires={epoch() + 3600}&Signature=", V("secret", rb64(128).replace("+", "-").replace("=", "_").replace("/", "~")), f"&Key-Pair-Id=K{ralnum(13, UPPER_DIG)}"]
    def any_url(p): return ch([s3, s3, gcs, sas, cf])(p)
    def applog():
        p = P(); u = any_url(p)
        return mk("signedurl/app", f"{iso_ts()} INFO ", ch([["Generated download link for customer ", vuid(rint(1000, 999999)), ": "], ["export ready, emailing link to ", vemail(p), ": "], ["presigned url="]]), u)
    def apijson():
        p = P()
        return mkj("signedurl/api", J({"url": S(any_url(p)), "expires_in": ch([300, 900, 3600]), "method": ch(["GET", "PUT"])}))
    def cli():
        p = P()
        return mk("signedurl/cli", ch([["azcopy copy \"", sas(p), "\" ./downloads --recursive"], ["curl -fsSL -o report.pdf '", any_url(p), "'"], ["aws s3 presign s3://kestrel-exports/exports/customers.csv --expires-in 3600 => ", s3(p)]]))
    def d_url():
        return mk("signedurl/app", f"{iso_ts()} INFO " + ch([f"public asset https://kestrel-public.s3.eu-west-1.amazonaws.com/catalog/winter-2026.pdf served", f"link generated: https://kestrelstore.blob.core.windows.net/exports/orders.csv?sv=2022-11-02&sp=r&se={evdate('iso')}T18:12:34Z&sr=b&sig=REDACTED",
                                                          f"presign requested for exports/orders-{evdate('iso')}.csv (ttl=900s)", "CloudFront key group updated: Key-Pair-Id=K2JCJMDEHXQW5F", f"S3 PutObject ok bucket=kestrel-exports key=exports/orders-{evdate('iso')}.csv etag=\"{rhex(32)}\""]))
    return produce(n, [(applog, 3), (apijson, 1), (cli, 2)], [d_url])

# ---------------------------------------------------------------------------------------------- OAuth / magic-link / reset URLs
@fmt("authurl", "RFC 6749 (OAuth 2.0) §4.1.2 authorization responses (code, state), §4.2.2 implicit responses in the fragment (access_token, token_type, expires_in, state), §4.1.2.1 error responses; OpenID Connect Core 1.0 §3.2.2.5 (id_token in the fragment / form_post); framework password-reset and confirmation links: Django PasswordResetConfirmView (/reset/<uidb64>/<token>/), Laravel (/reset-password/{token}?email=…), Devise (reset_password_token=, confirmation_token=, unlock_token=), magic-link sign-in (token= & email=); as they appear in access logs, mailer logs and redirect logs",
     "authorization codes, opaque access tokens, reset / confirmation / magic-link tokens (secret), id_tokens and JWT access tokens (jwt), e-mails in reset and magic links (email, URL-encoded), Django uidb64 (the base64 of the user's primary key → user_id, as written), client addresses in the access-log lines (ipv4/ipv6)",
     "authorization requests (response_type, client_id, redirect_uri, scope, state, nonce, code_challenge — a hash), error redirects (error=access_denied), state values, login pages without tokens, expired-link notices")
def fmt_authurl(n):
    app_ = lambda: ch(["https://app.kestrel.example", "https://portal.tidewater-health.org", "https://id.blue-fjord.com"])
    def url(p, frag=True):
        uid = rint(2, 99999)
        return ch(([] if not frag else [[app_(), "/callback#access_token=", V("secret", ralnum(40, URLCH)) if coin(0.5) else vjwt(p), f"&token_type=Bearer&expires_in=3600&state={rhex(12)}"],
                   [app_(), "/signin-oidc#id_token=", vjwt(p), f"&state={rhex(16)}&session_state={rhex(32)}.{ralnum(22, URLCH)}"]]) + [[app_(), "/oauth/callback?code=", V("secret", ralnum(ch([32, 43]), URLCH)), f"&state={rhex(16)}"],
                   [app_(), "/reset/", vuid(b64url(str(uid).encode())), "/", V("secret", f"{ralnum(6, LOWER_DIG)}-{rhex(32)}"), "/"],
                   [app_(), "/reset-password/", V("secret", rhex(64)), "?email=", V("email", q(p.email()))],
                   [app_(), "/users/password/edit?reset_password_token=", V("secret", ralnum(20, URLCH))],
                   [app_(), "/users/confirmation?confirmation_token=", V("secret", ralnum(20, URLCH))],
                   [app_(), "/auth/magic?token=", V("secret", rb64(32, True, False)), "&email=", V("email", q(p.email()))],
                   [app_(), "/oauth/callback?code=", V("secret", ralnum(ch([32, 43]), URLCH)), f"&state={rhex(16)}&iss={q(app_())}"]])
    def access():
        p = P(); u = url(p, frag=False); path = _flat(u, [])[1:]
        return mk("authurl/access", vip(0.2), f" - - [{clf_ts()}] \"GET ", path, f" HTTP/2.0\" {ch([200, 302, 302])} {rint(200, 9000)} \"-\" \"{ua()}\"")
    def mailer():
        p = P()
        return mk("authurl/mailer", f"{iso_ts()} INFO mailer ", ch([["Sending password reset to ", vemail(p), " link="], ["magic link for ", vemail(p), ": "], ["confirmation mail queued for user ", vuid(rint(1000, 999999)), " url="]]), url(p))
    def redirect():
        p = P()
        return mk("authurl/redirect", f"{iso_ts()} DEBUG Redirecting to ", url(p))
    def d_url():
        a = app_()
        return mk("authurl/redirect", f"{iso_ts()} DEBUG " + ch([f"Redirecting to https://login.kestrel.example/authorize?response_type=code&client_id={rhex(16)}&redirect_uri={q(a + '/oauth/callback')}&scope=openid%20profile%20email&state={rhex(16)}&nonce={rhex(16)}&code_challenge={rb64(32, True, False)}&code_challenge_method=S256",
                                                                  f"Redirecting to {a}/oauth/callback?error=access_denied&error_description=The+user+denied+the+request&state={rhex(16)}", f"Redirecting to {a}/login?next=%2Faccount%2Forders",
                                                                  f"Password reset link expired for request {uuid4()}", f"Redirecting to {a}/users/sign_in", f"GET {a}/.well-known/openid-configuration 200"]))
    return produce(n, [(access, 2), (mailer, 2), (redirect, 2)], [d_url])

# ---------------------------------------------------------------------------------------------- Keys and certificates
def der_b64(kind):
    pre = {"rsa": b"\x30\x82\x04\xa4\x02\x01\x00\x02\x82\x01\x01\x00", "pkcs8": b"\x30\x82\x04\xbe\x02\x01\x00\x30\x0d\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01\x05\x00\x04\x82\x04\xa8",
           "ec": b"\x30\x77\x02\x01\x01\x04\x20", "openssh": b"openssh-key-v1\x00\x00\x00\x00\x04none", "cert": b"\x30\x82\x03\x5a\x30\x82\x02\x42\xa0\x03\x02\x01\x02\x02\x14",
           "pgp": b"\x95\x05\x86\x04"}[kind]
    size = {"rsa": 1190, "pkcs8": 1210, "ec": 121, "openssh": 400, "cert": 860, "pgp": 900}[kind]
    return base64.b64encode(pre + bytes(R.getrandbits(8) for _ in range(size - len(pre)))).decode()
PEM_LABEL = {"rsa": "RSA PRIVATE KEY", "pkcs8": "PRIVATE KEY", "ec": "EC PRIVATE KEY", "openssh": "OPENSSH PRIVATE KEY", "cert": "CERTIFICATE", "pgp": "PGP PRIVATE KEY BLOCK"}
@fmt("keymaterial", "RFC 7468 textual encodings (PEM -----BEGIN/END label----- with 64-column base64 bodies) of PKCS#1 RSA, PKCS#8 and SEC 1 EC private keys, OpenSSH private keys (PROTOCOL.key, 70-column body), X.509 certificates; RFC 4880 ASCII armor (PGP PRIVATE KEY BLOCK); Google Cloud service-account key files (type, project_id, private_key_id, private_key with \\n escapes, client_email, client_id); OpenSSH sshd(8) AUTHORIZED_KEYS and known_hosts formats; ssh-keygen(1) output",
     "every base64 body line of a private key block (secret), the private key inside a service-account JSON string (one secret span from the first body character to the last before the END line), service-account client_email (email), authorized_keys / ssh-keygen comments: user@host → the login as username (the host is a device), e-mail comments (email), from=\"…\" address patterns and known_hosts addresses (ipv4), /home/<user> paths (username)",
     "BEGIN/END lines, certificate bodies and public keys (ssh-ed25519 AAAA…, ecdsa-sha2-nistp256 AAAA…; public), key fingerprints (SHA256:…), randomart boxes, hashed known_hosts entries (|1|salt|hash), private_key_id and client_id, PGP armor headers (Version, Comment)")
def fmt_keymaterial(n):
    def block():
        kind = ch(["rsa", "pkcs8", "pkcs8", "ec", "openssh", "pgp"]); body = der_b64(kind); w = 70 if kind == "openssh" else 64
        lab = PEM_LABEL[kind]
        lines = [mk("keymaterial/pem", f"-----BEGIN {lab}-----")]
        if kind == "pgp": lines += [mk("keymaterial/pem", "Version: GnuPG v2"), mk("keymaterial/pem", "")]
        chunks = [body[i:i + w] for i in range(0, len(body), w)]
        lines += [mk("keymaterial/pem", V("secret", c)) for c in chunks]
        if kind == "pgp": lines.append(mk("keymaterial/pem", "=" + rb64(3)))
        lines.append(mk("keymaterial/pem", f"-----END {lab}-----"))
        lines = [l for l in lines if l["line"]]
        a = rint(0, max(0, len(lines) - 6)); return lines[a:a + rint(4, 8)] if coin(0.7) else lines
    def sa_json():
        body = der_b64("pkcs8"); w = 64
        esc_body = "\\n".join(body[i:i + w] for i in range(0, len(body), w))
        sa = f"{ch(['exporter', 'ci-deployer', 'bq-loader'])}@{ch(['kestrel-prod', 'tidewater-records-471'])}.iam.gserviceaccount.com"
        return mkj("keymaterial/sa_json", "{\"type\": \"service_account\", \"project_id\": \"kestrel-prod\", \"private_key_id\": \"", rhex(40), "\", \"private_key\": \"-----BEGIN PRIVATE KEY-----\\n",
                   V("secret", esc_body), "\\n-----END PRIVATE KEY-----\\n\", \"client_email\": \"", V("email", sa), f"\", \"client_id\": \"{rdigits(21)}\", \"auth_uri\": \"https://accounts.google.com/o/oauth2/auth\", \"token_uri\": \"https://oauth2.googleapis.com/token\"}}")
    def authkeys():
        p = P(); t = ch(["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rb64(24)[:43], "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + rb64(280).replace("=", ""), "ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB" + rb64(48).replace("=", "")])
        cm = ch([[vuser(p.username()), f"@{ch(['ws-', 'laptop-', 'mbp-'])}{rint(100, 999)}"], [vemail(p)], [vuser(p.username())]])
        opts = ch([[], [], ["from=\"", vip4(), ",", vpriv4(), "\",no-agent-forwarding "], ["command=\"/usr/local/bin/backup-only\",no-pty "]])
        return mk("keymaterial/authorized_keys", opts, t, " ", cm)
    def keygen():
        p = P(); u = p.username()
        return mk("keymaterial/ssh-keygen", ch([["Your identification has been saved in /home/", vuser(u), "/.ssh/id_ed25519"], ["Your public key has been saved in /home/", vuser(u), "/.ssh/id_ed25519.pub"],
                                                 [f"SHA256:{rb64(32).rstrip('=')} ", vuser(u), f"@ws-{rint(100, 999)}"], ["Created directory '/home/", vuser(u), "/.ssh'."]]))
    def known():
        return mk("keymaterial/known_hosts", ch(["git.kestrel.example", "bastion.blue-fjord.com"]), ",", vip4() if coin(0.5) else vpriv4(), " ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rb64(24)[:43])
    def d_cert():
        body = der_b64("cert")
        lines = [mk("keymaterial/pem", "-----BEGIN CERTIFICATE-----")] + [mk("keymaterial/pem", body[i:i + 64]) for i in range(0, len(body), 64)] + [mk("keymaterial/pem", "-----END CERTIFICATE-----")]
        a = rint(0, len(lines) - 4); return lines[a:a + rint(3, 6)]
    def d_misc():
        return mk("keymaterial/ssh-keygen", ch(["Generating public/private ed25519 key pair.", "The key's randomart image is:", "+--[ED25519 256]--+", "|      .o+*B=.    |", "|     . =o+.o     |", "+----[SHA256]-----+",
                                                 f"|1|{rb64(20)}|{rb64(20)} ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB{rb64(48).replace('=', '')}", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rb64(24)[:43] + " deploy@ci",
                                                 f"SHA256:{rb64(32).rstrip('=')} root@bastion (ED25519)"]))
    return produce(n, [(block, 2), (sa_json, 1), (authkeys, 2), (keygen, 1), (known, 1)], [(d_cert, 1), (d_misc, 2)], dfrac=0.35)

# ---------------------------------------------------------------------------------------------- UN/EDIFACT PAXLST
def edi_esc(s): return re.sub(r"([?:+'])", r"?\1", s)
CC3 = {"US": "USA", "GB": "GBR", "IE": "IRL", "AU": "AUS", "NZ": "NZL", "CA": "CAN", "DE": "DEU", "AT": "AUT", "CH": "CHE", "FR": "FRA", "BE": "BEL", "NL": "NLD", "ES": "ESP",
       "IT": "ITA", "PT": "PRT", "BR": "BRA", "PL": "POL", "SK": "SVK", "SE": "SWE", "NO": "NOR", "DK": "DNK", "FI": "FIN", "TR": "TUR", "NG": "NGA", "GH": "GHA", "ZA": "ZAF",
       "IN": "IND", "PK": "PAK", "CN": "CHN", "JP": "JPN", "KR": "KOR", "VN": "VNM", "MX": "MEX", "CO": "COL", "AR": "ARG", "PE": "PER", "LT": "LTU", "IS": "ISL", "MY": "MYS",
       "PH": "PHL", "KE": "KEN", "TZ": "TZA", "IR": "IRN", "BD": "BGD", "BG": "BGR"}
@fmt("edifact", "UN/EDIFACT syntax (ISO 9735: UNA service string advice, segment terminator ', element separator +, component separator :, release character ?) and the PAXLST message (D.05B) as profiled by the WCO/IATA/ICAO API-PNR Guidelines (UNB/UNG/UNH/BGM+745/250, NAD+MS reporting party with COM, TDT, LOC+125/87, DTM+189/232, NAD+FL passenger / FM crew with surname:given names, street, city, postcode, country, ATT+2 gender, DTM+329 date of birth YYMMDD, LOC+22/178/179, NAT+2, RFF+AVF, DOC+P/V with DTM+36 expiry and LOC+91, CNT, UNT/UNE/UNZ), plus INVOIC (D.96A) NAD+BY/SU segments of companies; one segment per line",
     "NAD+FL/FM names per component (surname and given names → person, escaped as written, e.g. O?'BRIEN), the street element (address), DTM+329 dates of birth, DOC document numbers (passport / visa numbers → national_id), NAD+MS contact names (person) and COM phone numbers",
     "interchange/group/message headers and trailers, TDT flight numbers, LOC airport codes, DTM+189/232 departure/arrival times, DTM+36 expiry dates, NAT nationalities, ATT gender codes, RFF+AVF booking references, CNT counts, INVOIC NAD segments of companies (names, GLNs and business addresses)")
def fmt_edifact(n):
    def t(): return ts_event()
    def paxlst(raw=False):
        tt = t(); ref = rdigits(10); fl = f"{ch(['FI', 'BT', 'LH', 'MH', 'KQ'])}{rint(100, 999)}"
        staff = P(ch(["IS", "LT", "DE", "MY", "KE"]))
        segs = [["UNA:+.? '"], [f"UNB+UNOA:4+{ch(['ICEAIR', 'AIRBALTIC', 'MALAYSIAN'])}+{ch(['USCBP', 'GBUKBF', 'ISAPI'])}+{tt.strftime('%y%m%d')}:{tt.strftime('%H%M')}+{ref}++APIS'"],
                [f"UNG+PAXLST+{ch(['ICEAIR', 'AIRBALTIC'])}+USCBP+{tt.strftime('%y%m%d')}:{tt.strftime('%H%M')}+1+UN+D:05B'"], [f"UNH+PAX{rdigits(3)}+PAXLST:D:05B:UN:IATA+{fl}/{tt.strftime('%y%m%d')}/{tt.strftime('%H%M')}+01:F'"],
                ["BGM+745'"], ["NAD+MS+++", vname(edi_esc(ascii_fold(staff.full).upper())), "'"], ["COM+", V("phone", phone(staff.country if staff.country in PHONE_COUNTRIES_D else None, "e164").replace("+", "00")), ":TE'"],
                [f"TDT+20+{fl}+++{fl[:2]}'"], [f"LOC+125+{ch(['KEF', 'VNO', 'SOF', 'KUL', 'NBO'])}'"], [f"DTM+189:{tt.strftime('%y%m%d%H%M')}:201'"], [f"LOC+87+{ch(['JFK', 'BOS', 'LHR'])}'"], [f"DTM+232:{(tt + datetime.timedelta(hours=8)).strftime('%y%m%d%H%M')}:201'"]]
        first = len(segs)
        for _ in range(ch([1, 2, 3]) if raw else ch([2, 3, 4])):
            p = P(); ac = p.country if p.country in ADDR_COUNTRIES and p.country not in ("IR", "BD", "BG") else ch(["US", "GB", "DE", "LT", "IS"]); ad = address(ac)
            cc3 = CC3.get(p.country, "XXX")
            segs += [[f"NAD+{ch(['FL', 'FL', 'FM'])}+++", vname(edi_esc(ascii_fold(p.family).upper())), ":", vname(edi_esc(ascii_fold(p.given).upper())), "+", vaddr(edi_esc(ascii_fold(ad[0]).upper())), f"+{edi_esc(ascii_fold(ad[2]).upper())}++{ad[1].replace(' ', '')}+{ac}'"],
                     [f"ATT+2++{p.sex}'"], ["DTM+329:", vdob(p.dob, "yymmdd"), "'"], [f"LOC+22+{ch(['JFK', 'BOS'])}'"], [f"LOC+178+{ch(['KEF', 'VNO'])}'"], [f"LOC+179+{ch(['JFK', 'BOS'])}'"],
                     [f"NAT+2+{cc3}'"], [f"RFF+AVF:{ralnum(6, string.ascii_uppercase + '23456789')}'"], [f"DOC+{ch(['P', 'P', 'V'])}:110:111+", V("national_id", ch(["C", "P", "K", "A"]) + ralnum(8, "CFGHJKLMNPRTVWXYZ0123456789"), "passport"), "'"],
                     [f"DTM+36:{(datetime.date(2027, 1, 1) + datetime.timedelta(days=rint(0, 3000))).strftime('%y%m%d')}'"], [f"LOC+91+{cc3}'"]]
        segs += [[f"CNT+42:{rint(1, 300)}'"], [f"UNT+{len(segs) - 1}+PAX{rdigits(3)}'"], ["UNE+1+1'"], [f"UNZ+1+{ref}'"]]
        if raw:
            return mk("edifact/paxlst_raw", f"{iso_ts()} INFO api-gateway sent PAXLST {fl}: ", segs)
        lines = [mk("edifact/paxlst", *s_) for s_ in segs]
        a = rint(first - 3, first + 2); return lines[a:a + rint(8, 16)]
    def invoic():
        co = ch([("5412345000013", "KESTREL LOGISTICS EHF", "BORGARTUN 21", "REYKJAVIK", "105", "IS"), ("4012345000009", "NORDWIND HANDEL GMBH", "HAFENSTRASSE 7", "BREMEN", "28195", "DE"), ("4770123000005", "AMBERLINE UAB", "SAVANORIU PR. 28", "VILNIUS", "03116", "LT")])
        return mk("edifact/invoic", ch([f"NAD+{ch(['BY', 'SU', 'DP'])}+{co[0]}::9++{co[1]}+{co[2]}+{co[3]}++{co[4]}+{co[5]}'", f"UNH+{rdigits(6)}+INVOIC:D:96A:UN:EAN008'", f"BGM+380+INV{rdigits(7)}+9'", f"DTM+137:{evdate('compact')}:102'",
                                         f"LIN+{rint(1, 40)}++{rdigits(13)}:SRV'", f"QTY+47:{rint(1, 500)}'", f"MOA+203:{rint(10, 99999)}.{rint(0, 99):02d}'", f"RFF+VA:{co[5]}{rdigits(9)}'"]))
    return produce(n, [(paxlst, 1), (lambda: paxlst(True), 2)], [invoic], dfrac=0.3)

# ---------------------------------------------------------------------------------------------- HL7 CDA R2 / C-CDA
@fmt("ccda", "HL7 CDA Release 2 and the HL7 Implementation Guide for CDA R2: Consolidated CDA (C-CDA 2.1) US Realm Header (ClinicalDocument, realmCode, typeId, templateId, id, code LOINC, title, effectiveTime, confidentialityCode, recordTarget/patientRole with id (MRN root, SSN root 2.16.840.1.113883.4.1), addr (streetAddressLine, city, state, postalCode, country), telecom (tel: / mailto: URIs), patient (name given/family, administrativeGenderCode, birthTime, guardian), author/assignedAuthor (NPI root 2.16.840.1.113883.4.6, assignedPerson name), custodian organization), pretty-printed one element per line as logged by interface engines",
     "patient MRN extension (user_id), SSN extension (us_ssn), street address lines (address), tel: and mailto: telecom values (phone / email, after the scheme), given and family names per element (person, also of guardians and authors), birthTime (date_of_birth, compact HL7 TS)",
     "templateIds, OIDs, LOINC codes, document ids, effectiveTime of the document, NPI extensions, custodian and organization names and their work addresses, closing tags, city/state/postalCode elements, confidentiality and gender codes")
def fmt_ccda(n):
    def doc():
        p = P("US"); g = P("US"); doc_ = P(ch(["US", "IN", "PH", "NG"])); ad = address("US")
        st, city, pc = ad[0], ad[2].split(", ")[0], ad[1]; state = ad[2].split(", ")[1]
        L = [f"<ClinicalDocument xmlns=\"urn:hl7-org:v3\" xmlns:sdtc=\"urn:hl7-org:sdtc\">", "  <realmCode code=\"US\"/>", "  <typeId root=\"2.16.840.1.113883.1.3\" extension=\"POCD_HD000040\"/>",
             "  <templateId root=\"2.16.840.1.113883.10.20.22.1.1\" extension=\"2015-08-01\"/>", f"  <id root=\"2.16.840.1.113883.19.5.99999.1\" extension=\"{ralnum(6, UPPER_DIG)}\"/>",
             "  <code code=\"34133-9\" codeSystem=\"2.16.840.1.113883.6.1\" displayName=\"Summarization of Episode Note\"/>", f"  <effectiveTime value=\"{ts_event().strftime('%Y%m%d%H%M%S')}-0500\"/>",
             "  <recordTarget>", "    <patientRole>", ["      <id extension=\"", vuid(rdigits(7)), "\" root=\"2.16.840.1.113883.19.5.99999.2\"/>"],
             ["      <id extension=\"", V("us_ssn", ssn(), "ssn"), "\" root=\"2.16.840.1.113883.4.1\"/>"], "      <addr use=\"HP\">", ["        <streetAddressLine>", vaddr(xesc(st)), "</streetAddressLine>"],
             f"        <city>{city}</city>", f"        <state>{state}</state>", f"        <postalCode>{pc}</postalCode>", "        <country>US</country>", "      </addr>",
             ["      <telecom value=\"tel:", V("phone", phone("US", "intl").replace(" ", "-").replace("(", "").replace(")", "")), "\" use=\"HP\"/>"], ["      <telecom value=\"mailto:", vemail(p), "\"/>"],
             "      <patient>", "        <name use=\"L\">", ["          <given>", vname(xesc(p.given)), "</given>"], (["          <given>", vname(p.middle), "</given>"] if p.middle else None), ["          <family>", vname(xesc(p.family)), "</family>"],
             "        </name>", f"        <administrativeGenderCode code=\"{p.sex}\" codeSystem=\"2.16.840.1.113883.5.1\"/>", ["        <birthTime value=\"", vdob(p.dob, "compact"), "\"/>"],
             "        <guardian>", "          <guardianPerson>", ["            <name><given>", vname(xesc(g.given)), "</given><family>", vname(xesc(g.family)), "</family></name>"], "          </guardianPerson>", "        </guardian>",
             "      </patient>", "    </patientRole>", "  </recordTarget>", "  <author>", f"    <time value=\"{ts_event().strftime('%Y%m%d%H%M%S')}-0500\"/>", "    <assignedAuthor>",
             f"      <id extension=\"{rint(1000000000, 1999999999)}\" root=\"2.16.840.1.113883.4.6\"/>", "      <assignedPerson>", ["        <name><prefix>Dr.</prefix><given>", vname(xesc(doc_.given)), "</given><family>", vname(xesc(doc_.family)), "</family></name>"],
             "      </assignedPerson>", "    </assignedAuthor>", "  </author>", "  <custodian><assignedCustodian><representedCustodianOrganization><name>Tidewater Community Health</name></representedCustodianOrganization></assignedCustodian></custodian>"]
        L = [x for x in L if x is not None]
        lines = [mk("ccda/header", x) for x in L]
        a = ch([rint(0, 10), rint(9, 14), rint(9, 14), rint(14, 24), rint(26, 36)]); return lines[a:a + rint(5, 12)]
    def compact():
        p = P("US"); ad = address("US")
        return mkx("ccda/recordTarget", "<recordTarget><patientRole><id extension=\"", vuid(rdigits(7)), "\" root=\"2.16.840.1.113883.19.5.99999.2\"/>",
                   (["<id extension=\"", V("us_ssn", ssn(), "ssn"), "\" root=\"2.16.840.1.113883.4.1\"/>"] if coin(0.4) else ""),
                   "<addr use=\"HP\"><streetAddressLine>", vaddr(xesc(ad[0])), f"</streetAddressLine><city>{ad[2].split(', ')[0]}</city><state>{ad[2].split(', ')[1]}</state><postalCode>{ad[1]}</postalCode></addr>",
                   "<telecom value=\"tel:", V("phone", phone("US", "e164")), "\" use=\"MC\"/><patient><name><given>", vname(xesc(p.given)), "</given><family>", vname(xesc(p.family)), "</family></name>",
                   f"<administrativeGenderCode code=\"{p.sex}\" codeSystem=\"2.16.840.1.113883.5.1\"/><birthTime value=\"", vdob(p.dob, "compact"), "\"/></patient></patientRole></recordTarget>")
    def d_ack():
        return mk("ccda/engine", f"{iso_ts()} INFO " + ch([f"CDA document {uuid4()} validated against C-CDA 2.1 (0 errors, {rint(0, 9)} warnings)", f"routed CCD to channel HIE-outbound ({rint(20, 900)} KB)",
                  "schematron: SHOULD contain zero or one [0..1] sdtc:raceCode (CONF:1098-31347)", f"MDN received for message {rhex(16)}"]))
    return produce(n, [(doc, 2), (compact, 1)], [d_ack], dfrac=0.35)

# ---------------------------------------------------------------------------------------------- NCPDP
SS, GS_, FS = "\x1e", "\x1d", "\x1c"
@fmt("ncpdp", "NCPDP Telecommunication Standard Implementation Guide vD.0 (transaction header: BIN, version D0, transaction code B1/B2, PCN, count, service provider id qualifier and id, date of service, software vendor id; segments separated by 0x1E, groups by 0x1D, fields by 0x1C with two-character field ids: AM04 insurance C2 cardholder id / CC / CD / C1, AM01 patient C4 DOB / C5 gender / CA / CB / CM / CN / CO / CP / CQ, AM07 claim EM / D2 / E1 / D7 / E7 / D3 / D5, AM03 prescriber EZ / DB / DR; response header and AM20/AM21 message and status segments) as logged by a pharmacy switch with the separators kept as control characters; NCPDP SCRIPT 2017071 NewRx XML (Patient/HumanPatient Name, Gender, DateOfBirth, Address, CommunicationNumbers)",
     "cardholder ids (user_id), cardholder and patient first/last names (person), patient DOB (CCYYMMDD), street (CM → address), phone (CQ, ten digits), prescriber last names (person); in SCRIPT XML the patient's names, date of birth, street and phone",
     "BIN, PCN, version/transaction codes, group ids, service provider and prescriber NPIs, Rx reference numbers, NDCs, quantities and days supply, response status and reject codes, authorization numbers, pharmacy names")
def fmt_ncpdp(n):
    def hdr(txn="B1"):
        return f"{ch(['610014', '004336', '003858', '610502'])}D0{txn}{ch(['MEDDADV', 'ADV', 'A4', '9999'])[:10]:<10}1{'01'}{rint(1000000000, 1999999999):<15}{evdate('compact')}{'SW' + rdigits(8):<10}"
    def claim():
        p = P("US"); ad = address("US"); ph = phone("US", "e164")[2:]
        seg = [hdr(), SS, FS, "AM04", FS, "C2", vuid(ralnum(ch([9, 11]), UPPER_DIG)), FS, "CC", vname(p.given.upper()), FS, "CD", vname(p.family.upper()), FS, f"C1{ralnum(8, UPPER_DIG)}",
               SS, FS, "AM01", FS, "C4", vdob(p.dob, "compact"), FS, f"C5{'2' if p.female else '1'}", FS, "CA", vname(p.given.upper()), FS, "CB", vname(p.family.upper()), FS, "CM", vaddr(ad[0].upper()),
               FS, f"CN{ad[2].split(', ')[0].upper()}", FS, f"CO{ad[2].split(', ')[1]}", FS, f"CP{ad[1]}", FS, "CQ", V("phone", ph),
               GS_, SS, FS, "AM07", FS, "EM1", FS, f"D2{rdigits(12)}", FS, "E103", FS, f"D7{rdigits(11)}", FS, f"E7{rint(1, 90) * 1000}", FS, f"D3{rint(0, 5):02d}", FS, f"D5{ch([30, 90])}",
               SS, FS, "AM03", FS, "EZ01", FS, f"DB{rint(1000000000, 1999999999)}", FS, "DR", vname(P(ch(["US", "IN", "PH"])).family.upper())]
        return mk("ncpdp/claim", f"{ts2()}.{rint(0, 999):03d} [switch] REQ ", seg)
    def script():
        p = P("US"); ad = address("US")
        return [mkx("ncpdp/script", x) for x in [["<Patient><HumanPatient><Name><LastName>", vname(xesc(p.family)), "</LastName><FirstName>", vname(xesc(p.given)), "</FirstName></Name><Gender>", p.sex, "</Gender><DateOfBirth><Date>", vdob(p.dob, "iso"), "</Date></DateOfBirth></HumanPatient></Patient>"],
                                                 ["<Address><AddressLine1>", vaddr(xesc(ad[0])), f"</AddressLine1><City>{ad[2].split(', ')[0]}</City><StateProvince>{ad[2].split(', ')[1]}</StateProvince><PostalCode>{ad[1]}</PostalCode><CountryCode>US</CountryCode></Address>"],
                                                 ["<CommunicationNumbers><PrimaryTelephone><Number>", V("phone", phone("US", "e164")[2:]), "</Number></PrimaryTelephone></CommunicationNumbers>"]]][rint(0, 2):]
    def d_resp():
        return mk("ncpdp/response", f"{ts2()}.{rint(0, 999):03d} [switch] RSP D0B11A01{rint(1000000000, 1999999999):<15}{evdate('compact')}" + ch([f"{SS}{FS}AM20{FS}F4PAID - COPAY ${rint(0, 40)}.00", f"{SS}{FS}AM21{FS}ANP{FS}F3{rdigits(12)}",
                                                                                                                                  f"{SS}{FS}AM21{FS}ANR{FS}FA1{FS}FB75", f"{SS}{FS}AM23{FS}F5{rint(100, 9999)}{FS}F6{rint(100, 99999)}{FS}F9{rint(100, 99999)}"]))
    def d_xml():
        return mkx("ncpdp/script", ch(["<Message xmlns=\"http://www.ncpdp.org/schema/SCRIPT\" DatatypesVersion=\"2017071\" TransportVersion=\"2017071\" TransactionDomain=\"SCRIPT\" TransactionVersion=\"2017071\" StructuresVersion=\"2017071\" ECLVersion=\"2017071\">",
                                       f"<Header><To Qualifier=\"P\">{rdigits(7)}</To><From Qualifier=\"C\">{rdigits(10)}</From><MessageID>{rhex(32)}</MessageID><SentTime>{iso_ts()}</SentTime></Header>",
                                       f"<MedicationPrescribed><DrugDescription>Amoxicillin 500 MG Oral Capsule</DrugDescription><DrugCoded><ProductCode><Code>{rdigits(11)}</Code><Qualifier>ND</Qualifier></ProductCode></DrugCoded><Quantity><Value>{rint(10, 90)}</Value></Quantity></MedicationPrescribed>"]))
    return produce(n, [(claim, 3), (script, 1)], [(d_resp, 2), d_xml])

# ---------------------------------------------------------------------------------------------- SWIFT MT940
@fmt("mt940", "SWIFT MT940 Customer Statement Message (Category 9 user handbook: blocks {1:}{2:}{4:, fields :20: :25: :28C: :60F/M: :61: :86: :62F/M: :64:, -}) with the German DFÜ-Abkommen (Anlage 3) structured :86: field ('GVC?00Buchungstext?10Primanota?20-?29 Verwendungszweck (EREF+, MREF+, CRED+, SVWZ+)?30 BLZ/BIC?31 Konto/IBAN?32-?33 Name?34 Textschlüsselergänzung') and the Dutch/Belgian structured :86: ('/EREF//CNTP/IBAN/BIC/NAME/CITY//REMI/USTD//text/')",
     "the statement account in :25: (IBAN → iban; BLZ/account token → bank_account), counterparty IBANs (?31, /CNTP/), counterparty names of people (?32–?33, /CNTP/…/NAME/ → person) and names in remittance text (SVWZ+, /REMI/)",
     "block headers, :20: references, :28C: numbers, balances (:60F: :62F: :64:), :61: statement lines (dates, amounts, codes, references), creditor ids (CRED+ DE98ZZZ…), mandate and end-to-end references, BICs, company counterparties (utilities, employers, shops), card-payment texts")
def fmt_mt940(n):
    def bal(tag): return f":{tag}:{ch(['C', 'D'])}{evdate('yymmdd')}EUR{rint(0, 99999)},{rint(0, 99):02d}"
    def stmt():
        own = P("DE")
        acct = viban("DE", "plain") if coin(0.6) else V("bank_account", f"{rdigits(8)}/{rdigits(10)}")
        L = [[f"{{1:F01{ch(['COBADEFFAXXX', 'DEUTDEDBAXXX', 'GENODEF1AS04'])}0000000000}}{{2:O9401012{evdate('yymmdd')}{ch(['COBADEFFAXXX', 'DEUTDEDBAXXX'])}00000000002611231012N}}{{4:"],
             [f":20:STMT{evdate('yymmdd')}{rdigits(4)}"], [":25:", acct], [f":28C:{rint(1, 300):05d}/001"], [bal("60F")]]
        for _ in range(ch([2, 2, 3])):
            cp = P(ch(["DE", "DE", "AT", "NL", "LT", "BG", "IS"])); person_cp = coin(0.75)
            amount = f"{rint(1, 4999)},{rint(0, 99):02d}"; dc = ch(["C", "D"])
            L.append([f":61:{evdate('yymmdd')}{evdate('yymmdd')[2:]}{dc}{amount}N{ch(['TRF', 'DDT', 'MSC'])}NONREF//{rdigits(11)}"])
            if coin(0.8):
                cc = ch(["DE", "AT", "NL", "LT", "BG"])
                name = [vname(ascii_fold(cp.family).upper() + ", " + ascii_fold(cp.given).upper())] if person_cp else [ch(["STADTWERKE MUSTERSTADT", "KESTREL LOGISTICS GMBH", "TELEKOM DEUTSCHLAND"])]
                sub = [[f":86:{ch(['166', '105', '116'])}?00{ch(['SEPA-GUTSCHRIFT', 'SEPA-LASTSCHRIFT', 'SEPA-UEBERWEISUNG'])}?10{rdigits(4)}?20EREF+{rdigits(10)}"],
                       [f"?21MREF+M-{rdigits(5)}?22CRED+DE98ZZZ0{rdigits(8)}"] if dc == "D" else [f"?21SVWZ+{ch(['Miete Dezember', 'Gehalt November 2026', 'Rueckerstattung'])}"],
                       ["?23SVWZ+", ch([["Vertrag ", rdigits(6), " Strom"], ["Darlehen ", vname(ascii_fold(cp.given).upper() + " " + ascii_fold(cp.family).upper())], ["Rechnung ", rdigits(7)]])],
                       [f"?30{ch(['GENODEF1S04', 'COBADEFFXXX', 'INGDDEFFXXX'])}?31", viban(cc, "plain")], ["?32", name, f"?34{rint(900, 999)}"]]
                # the :86: field either on one line (as parsers log it) or broken at its subfields (as in the file)
                L += [sub] if coin(0.6) else sub
            else:
                L.append([f":86:{ch(['106', '005'])}?00KARTENZAHLUNG?20{ch(['REWE SAGT DANKE', 'TANKSTELLE 4821', 'DB VERTRIEB GMBH'])}?21{evdate('eu_dot')}?30{ch(['COBADEFFXXX', 'DEUTDEDBXXX'])}"])
        L += [[bal("62F")], [bal("64")], ["-}"]]
        lines = [mk("mt940/dfue", *x) for x in L]
        a = ch([0, 5, 5, 5, 6]); return lines[a:a + rint(4, 9)]
    def nl():
        cp = P(ch(["NL", "BE", "NL", "DE"]))
        return mk("mt940/structured", ":86:/EREF/", ch(["NOTPROVIDED", rdigits(16)]), "//CNTP/", viban(ch(["NL", "BE", "DE"]), "plain"), f"/{ch(['ABNANL2A', 'RABONL2U', 'INGBNL2A', 'GEBABEBB'])}/",
                  vname(f"{cp.given[0]}. {cp.family}".upper() if coin(0.5) else cp.full.upper()), f"/{ch(['AMSTERDAM', 'UTRECHT', 'GENT'])}//REMI/USTD//", ch([["Terugbetaling lening ", vname(cp.given)], [f"Factuur {rdigits(6)}"], ["Huur december"]]), "/")
    def d_lines():
        return mk("mt940/dfue", ch([f":20:STMT{evdate('yymmdd')}{rdigits(4)}", f":28C:{rint(1, 300):05d}/001", bal("60F"), bal("62F"), f":61:{evdate('yymmdd')}{evdate('yymmdd')[2:]}D{rint(1, 999)},{rint(0, 99):02d}NMSCNONREF//{rdigits(11)}", "-}",
                                    f":86:106?00KARTENZAHLUNG?20REWE SAGT DANKE?21{evdate('eu_dot')}?30COBADEFFXXX", f":86:835?00ENTGELTABSCHLUSS?20Kontofuehrung?21{evdate('eu_dot')}", f":86:/EREF/NOTPROVIDED//REMI/USTD//Maandelijkse kosten/"]))
    return produce(n, [(stmt, 2), (nl, 2)], [d_lines], dfrac=0.3)

# ---------------------------------------------------------------------------------------------- NACHA ACH
def ach_line(tpl, *parts):
    s = "".join(plain(x) for x in _flat(list(parts), []))
    assert len(s) == 94, (len(s), s)
    return mk(tpl, *parts)
@fmt("nacha", "Nacha Operating Rules, Appendix Three 'ACH Record Format Specifications' (94-character fixed-width records: 1 File Header, 5 Company/Batch Header with service class code, company name, company identification, SEC code PPD/CCD/WEB, entry description, effective date and ODFI; 6 Entry Detail with transaction code, RDFI routing number and check digit, DFI account number (17, left-justified), amount in cents, individual identification number (15), individual name (22), discretionary data, addenda indicator, trace number; 7 Addenda with payment related information; 8 Batch Control; 9 File Control; 9999… block fill)",
     "DFI account numbers (bank_account, without the padding), individual names on PPD/WEB entries (person, the field as one span without padding), individual identification numbers of employees/customers (user_id), names in addenda payment information",
     "file header, batch header, batch and file control records, 9-fill lines, routing numbers in their own field, company names and ids, trace numbers, amounts, CCD entries to companies (their names; the account still labeled)")
def fmt_nacha(n):
    def pad(s, w, right=False): s = s[:w]; return s.rjust(w) if right else s.ljust(w)
    def entry():
        p = P("US"); corp = coin(0.15)
        rt = aba(); acct = rdigits(rint(8, 12)); amt = rint(1000, 900000)
        name_txt = ascii_fold(f"{p.family} {p.given}").upper()[:22] if not corp else ch(["SUNDEW RETAIL LLC", "NORTHWIND SUPPLY INC", "AMBERLINE FREIGHT"])
        idn = ch([f"EMP{rint(1000, 99999)}", f"{rint(10**7, 10**9)}", f"CUST{rint(1000, 999999)}"])
        parts = ["6", ch(["22", "32", "27", "37"]), rt, V("bank_account", acct), " " * (17 - len(acct)), f"{amt:010d}", vuid(idn) if not corp else "", " " * (15 - len(idn)) if not corp else pad(idn, 15),
                 vname(name_txt) if not corp else name_txt, " " * (22 - len(name_txt)), "  ", ch(["0", "1"]), f"{rint(10000000, 99999999)}{rint(1, 9999999):07d}"]
        return ach_line("nacha/entry", *parts)
    def addenda():
        p = P("US")
        info = ch([["PAYROLL NOV 2026 ", vname(ascii_fold(p.full).upper())], [f"INV {rdigits(7)} PMT"], ["REFUND FOR ", vname(ascii_fold(p.full).upper())]])
        txt = "".join(plain(x) for x in _flat(info, []))
        return ach_line("nacha/addenda", "705", info, " " * (80 - len(txt)), f"{rint(1, 9):04d}", f"{rint(1, 9999999):07d}")
    def d_rec():
        d = evdate("yymmdd")
        recs = [f"101 {aba()}{rdigits(10)}{d}{rint(0, 23):02d}{rint(0, 59):02d}A094101{pad('FIRST NATIONAL BANK', 23)}{pad(ch(['SUNDEW RETAIL LLC', 'KESTREL PAYROLL INC']), 23)}{pad('', 8)}",
                f"5{ch(['200', '220', '225'])}{pad(ch(['SUNDEW RETAIL', 'KESTREL PAYROLL']), 16)}{pad('', 20)}{rdigits(10)}{ch(['PPD', 'CCD', 'WEB'])}{pad(ch(['PAYROLL', 'VENDOR PAY', 'REFUND']), 10)}{d}{d}   1{rdigits(8)}{rint(1, 9999999):07d}",
                f"8{ch(['200', '220'])}{rint(1, 999999):06d}{rdigits(10)}{rint(0, 10**9):012d}{rint(0, 10**9):012d}{rdigits(10)}{' ' * 19}{' ' * 6}{rdigits(8)}{rint(1, 9999999):07d}",
                f"9{rint(1, 999):06d}{rint(1, 999):06d}{rint(1, 99999):08d}{rdigits(10)}{rint(0, 10**9):012d}{rint(0, 10**9):012d}{' ' * 39}", "9" * 94]
        r = ch(recs); assert len(r) == 94, (len(r), r)
        return mk("nacha/control", r)
    return produce(n, [(entry, 4), (addenda, 1)], [d_rec], dfrac=0.35)

# ---------------------------------------------------------------------------------------------- jCard / RDAP
@fmt("jcard", "RFC 7095 jCard (vCard 4.0 in JSON: [\"vcard\", [[name, params, type, value], …]] with fn, n as a five-component array, adr as a seven-component array, tel as a tel: URI, email, bday as date / date-and-or-time, kind, org, uid) as carried by RFC 9083 RDAP entity objects (objectClassName, handle, roles, vcardArray, events, remarks; RFC 9537 redaction with 'redacted' members and REDACTED FOR PRIVACY values) and by contact APIs",
     "fn (person, one span), n family and given components (person each), adr street component (address) and label parameters with the whole postal address, tel URIs (phone, after 'tel:'), email values, bday (date_of_birth)",
     "registrar and abuse-contact entities of organizations (kind org, org names, their role mailboxes are still e-mail addresses and stay labeled when they appear), RDAP notices/links/events, handles, redacted placeholders, uid URNs, version and kind members")
def fmt_jcard(n):
    def card_(p, compact=True):
        ad = address(p.country if p.country in ADDR_COUNTRIES else None)
        items = [["version", {}, "text", "4.0"], ["fn", {}, "text", vname(p.full)], ["n", {}, "text", [vname(p.family), vname(p.given), "", "", ""]], ["kind", {}, "text", "individual"]]
        if coin(0.6): items.append(["adr", {"type": "home"} if coin(0.5) else {"label": vaddr(ad[3].replace(", ", "\n", 1))}, "text", ["", "", vaddr(ad[0]), ad[2], "", ad[1], p.country]])
        if coin(0.7): items.append(["tel", {"type": ["voice", "cell"]}, "uri", S(["tel:", V("phone", phone(p.country if p.country in PHONE_COUNTRIES_D else None, "e164"))])])
        items.append(["email", {}, "text", vemail(p)])
        if coin(0.4): items.append(["bday", {}, ch(["date", "date-and-or-time"]), vdob(p.dob, ch(["iso", "compact"]))])
        return ["vcard", items]
    def rdap():
        p = P()
        o = {"objectClassName": "entity", "handle": f"{ralnum(8, UPPER_DIG)}-{ch(['IS', 'LT', 'BG', 'MY'])}", "roles": ["registrant"], "vcardArray": card_(p),
             "events": [{"eventAction": "last changed", "eventDate": iso_ts(frac=0)}]}
        return mkj("jcard/rdap", J(o))
    def contact():
        p = P()
        return mkj("jcard/contacts", f"{iso_ts()} DEBUG carddav PUT /contacts/{uuid4()}.vcf body=", J(card_(p)))
    def d_org():
        o = {"objectClassName": "entity", "handle": str(rint(100, 9999)), "roles": ["registrar"], "vcardArray": ["vcard", [["version", {}, "text", "4.0"], ["fn", {}, "text", ch(["Example Registrar hf.", "Domreg UAB", "Registry Services LLC"])], ["kind", {}, "text", "org"]]],
             "publicIds": [{"type": "IANA Registrar ID", "identifier": str(rint(100, 9999))}]}
        if coin(0.5):
            o = {"objectClassName": "entity", "handle": f"REDACTED-{rint(1, 99)}", "roles": ["registrant"], "vcardArray": ["vcard", [["version", {}, "text", "4.0"], ["fn", {}, "text", "REDACTED FOR PRIVACY"], ["kind", {}, "text", "individual"]]],
                 "remarks": [{"title": "REDACTED FOR PRIVACY", "type": "object redacted due to authorization", "description": ["Some of the data in this object has been removed."]}]}
        return mkj("jcard/rdap", J(o))
    def d_notice():
        return mkj("jcard/rdap", J({"rdapConformance": ["rdap_level_0", "redacted"], "notices": [{"title": "Terms of Use", "description": ["Service subject to Terms of Use."], "links": [{"href": "https://rdap.example/terms", "type": "text/html"}]}],
                                   "redacted": [{"name": {"type": "Registrant Name"}, "prePath": "$.entities[?(@.roles[0]=='registrant')].vcardArray[1][?(@[0]=='fn')][3]", "method": "emptyValue"}]}))
    return produce(n, [(rdap, 3), (contact, 2)], [d_org, d_notice])

# ---------------------------------------------------------------------------------------------- GEDCOM
@fmt("gedcom", "GEDCOM 5.5.1 (The GEDCOM Standard Release 5.5.1: level numbers, xref ids @I1@, tags HEAD/SOUR/GEDC/VERS/FORM/CHAR/SUBM/INDI/NAME (given /Surname/) with GIVN/SURN/NPFX, SEX, BIRT/DEAT/MARR with DATE (DD MON YYYY, ABT/BEF) and PLAC, RESI with ADDR/CONT, PHON, EMAIL, FAMS/FAMC, FAM HUSB/WIFE/CHIL, TRLR) and FamilySearch GEDCOM 7.0 records, one line per log line as printed by genealogy import jobs",
     "NAME values (person, the value as written with the slashes), GIVN and SURN (person), submitter and resident e-mail / phone, ADDR first lines (street → address), BIRT DATE exact dates of birth (date_of_birth)",
     "HEAD/GEDC/CHAR/TRLR structure lines, xref pointers, SEX, PLAC places, DEAT and MARR dates and approximate dates (ABT/BEF), CONT continuation lines with postcode and city, source and version lines")
def fmt_gedcom(n):
    def indi():
        p = P(); xi = rint(1, 999)
        L = [[f"0 @I{xi}@ INDI"], ["1 NAME ", vname(f"{p.given} /{p.family}/")], ["2 GIVN ", vname(p.given)], ["2 SURN ", vname(p.family)], [f"1 SEX {p.sex}"], ["1 BIRT"], ["2 DATE ", vdob(p.dob, "gedcom")],
             [f"2 PLAC {ch(['Akureyri, Iceland', 'Kaunas, Lithuania', 'Plovdiv, Bulgaria', 'Ipoh, Perak, Malaysia', 'Mombasa, Kenya', 'Tabriz, Iran'])}"]]
        if coin(0.4):
            ad = address(p.country if p.country in ADDR_COUNTRIES else None)
            L += [["1 RESI"], ["2 ADDR ", vaddr(ad[0])], [f"3 CONT {ad[1]} {ad[2]}"]]
            if coin(0.5): L.append(["2 PHON ", pphone(p)])
            if coin(0.5): L.append(["2 EMAIL ", vemail(p)])
        if coin(0.3): L += [[f"1 FAMS @F{rint(1, 300)}@"]]
        lines = [mk("gedcom/551", *x) for x in L]
        a = rint(0, 2); return lines[a:a + rint(5, 12)]
    def subm():
        p = P()
        return [mk("gedcom/subm", *x) for x in [[f"0 @SUB{rint(1, 9)}@ SUBM"], ["1 NAME ", vname(p.full)], ["1 EMAIL ", vemail(p)], ["1 PHON ", pphone(p)]]]
    def g7():
        p = P()
        return [mk("gedcom/7", *x) for x in [[f"0 @I{rint(1, 999)}@ INDI"], ["1 NAME ", vname(f"{p.given} /{p.family}/")], ["2 TYPE BIRTH"], ["1 BIRT"], ["2 DATE ", vdob(p.dob, "gedcom")], [f"1 EXID {ralnum(4, UPPER_DIG)}-{ralnum(3, UPPER_DIG)}"], ["2 TYPE https://www.familysearch.org/ark:/61903/4:1:"]]][rint(0, 2):]
    def d_lines():
        return mk("gedcom/551", ch(["0 HEAD", "1 SOUR GRAMPS", "2 VERS 5.2.3", "1 GEDC", "2 VERS 5.5.1", "2 FORM LINEAGE-LINKED", "1 CHAR UTF-8", f"1 DATE {evdate('gedcom')}", "0 TRLR", f"0 @F{rint(1, 300)}@ FAM",
                                    f"1 HUSB @I{rint(1, 999)}@", f"1 WIFE @I{rint(1, 999)}@", f"1 CHIL @I{rint(1, 999)}@", "1 MARR", f"2 DATE {rint(1, 28)} {ch(['JUN', 'AUG', 'MAY'])} {rint(1950, 2020)}", "1 DEAT", f"2 DATE ABT {rint(1880, 1990)}",
                                    f"2 DATE BEF {rint(1880, 1990)}", "2 PLAC Reykjavík, Iceland", "1 SEX F", "1 SEX M", f"1 SUBM @SUB{rint(1, 9)}@"]))
    return produce(n, [(indi, 3), (subm, 1), (g7, 2)], [d_lines], dfrac=0.3)

# ---------------------------------------------------------------------------------------------- Free text in eight more languages
def evdate_fa(): return fdate(datetime.date(2026, ch([11, 12]), rint(1, 30)), "fa_slash")

@text_format("fa", "Persian support tickets from Iran (names in Persian script given + family, honorifics آقای/خانم outside; dates of birth in the Solar Hijri calendar '۱۳۶۳/۱۲/۲۱' (Persian digits) or '1363/12/21', '۲۱ اسفند ۱۳۶۳'; numbering 09xx xxx xxxx, +98 9xx, 0098; کد ملی 10 digits with its mod-11 check digit; Sheba IBAN IR; addresses 'تهران، خیابان ولیعصر، کوچه لاله، پلاک ۱۲، واحد ۳، کد پستی …')",
             "Persian-script names (incl. names that are words: بهار spring, امید hope, ستاره star, شادی joy), Solar Hijri DOBs, phones (also in Persian digits), emails, کد ملی (national_id, also with dashes and in Persian digits), Sheba IBANs, card numbers, addresses, temporary passwords",
             "order numbers, delivery and maintenance dates (Solar Hijri), amounts '۱٬۲۳۴٬۰۰۰ ریال', opening hours, versions, the words بهار/امید/ستاره/شادی used as words")
def fmt_text_fa(n):
    def lab():
        p = P("IR"); name = p.native; hon = "خانم " if p.female else "آقای "
        ph = phone("IR", ch(["nat", "intl"])); ph = ph.translate(FA_DIG) if coin(0.4) else ph
        code = ir_code(); code_v = code.translate(FA_DIG) if coin(0.3) else code
        return mk("text-fa/ticket", ch([
            lambda: ["مشتری ", hon, vname(name), " (تاریخ تولد ", vdob(p.dob, ch(["fa_slash", "fa_long", "fa_latin"])), ") درخواست تماس با شماره ", V("phone", ph), " را دارد."],
            lambda: ["کد ملی ", V("national_id", code_v, "ircode"), " برای ", hon, vname(name), " تأیید شد."],
            lambda: ["آدرس جدید ارسال: ", vaddr(address("IR")[3])],
            lambda: ["بازپرداخت به شماره شبا ", viban("IR", ch(["plain", "print"])), " به نام ", vname(name), " انجام شد."],
            lambda: ["رمز عبور موقت شما ", vpw(" "), " است؛ لطفاً پس از ورود آن را تغییر دهید."],
            lambda: ["سلام ", vname(p.native_given), "، کد تأیید به ", vemail(p), " ارسال شد."],
            lambda: ["پرداخت با کارت ", vcard(ch(["visa", "mastercard"]), fmt=ch(["space", "dash"])), " برای ", vname(name), " ناموفق بود."]])())
    def dec():
        return mk("text-fa/notice", ch([f"سفارش شماره {tnum()} در تاریخ {evdate_fa()} ارسال شد.", f"سرویس در تاریخ {evdate_fa()} از ساعت ۲ تا ۴ بامداد در دسترس نیست.", f"مبلغ قابل پرداخت: {rint(1, 9)}٬{rint(100, 999)}٬۰۰۰ ریال".translate(FA_DIG),
                                         "پشتیبانی از شنبه تا چهارشنبه ساعت ۹ تا ۱۷ پاسخگو است.", f"نسخه {version()} برنامه منتشر شد.", "بهار امسال تخفیف ویژه‌ای برای مشتریان داریم.", "امید داریم سفارش شما به‌موقع برسد.",
                                         "به محصولات پنج ستاره ما نگاهی بیندازید.", "شادی شما هدف ماست.", f"کد تخفیف YALDA{rint(10, 99)} تا {evdate_fa()} معتبر است."]))
    return produce(n, [lab], [dec])

@text_format("bn", "Bengali support tickets from Bangladesh (names in Bengali script given + family, honorific জনাব outside; dates of birth '১২ মার্চ ১৯৮৫' and '১২/০৩/১৯৮৫' in Bengali digits, '12-03-1985'; numbering 01xxx-xxxxxx, +880 1xxx-xxxxxx, also in Bengali digits; NID 10, 13 or 17 digits (17 = year of birth + 13, structure only); mobile-wallet (bKash / Nagad) numbers; addresses 'বাড়ি ১২, রোড ৫, ধানমন্ডি, ঢাকা-১২০৯' and 'House 12, Road 5, Dhanmondi, Dhaka-1209')",
             "Bengali-script names (incl. names that are words: শাপলা water lily, আকাশ sky, জয় victory, বৃষ্টি rain), DOBs in Bengali and Western digits, phones (also wallet numbers, also in Bengali digits), emails, NIDs (national_id), card numbers, addresses, temporary passwords",
             "order numbers, delivery and maintenance dates, amounts '৳১,২৩৪', opening hours, versions, the words আকাশ/বৃষ্টি/শাপলা/জয় used as words")
def fmt_text_bn(n):
    def lab():
        p = P("BD"); name = p.native
        ph = phone("BD", ch(["nat", "intl"])); ph = ph.translate(BN_DIG) if coin(0.35) else ph
        nid = bd_nid(p); nid = nid.translate(BN_DIG) if coin(0.3) else nid
        return mk("text-bn/ticket", ch([
            lambda: ["গ্রাহক ", vname(name), " (জন্ম তারিখ ", vdob(p.dob, ch(["bn_long", "bn_digits", "bn_dash"])), ") ", V("phone", ph), " নম্বরে কল ব্যাক চেয়েছেন।"],
            lambda: ["জাতীয় পরিচয়পত্র নম্বর ", V("national_id", nid, "bdnid"), " যাচাই করা হয়েছে (", ch(["জনাব ", ""]) if not p.female else "", vname(name), ")।"],
            lambda: ["নতুন ডেলিভারি ঠিকানা: ", vaddr(address("BD")[3]), "।"],
            lambda: ["রিফান্ড ", ch(["বিকাশ", "নগদ"]), " নম্বর ", pphone(p, "nat"), " এ পাঠানো হবে (", vname(name), ")।"],
            lambda: ["আপনার অস্থায়ী পাসওয়ার্ড ", vpw(" "), " — লগইনের পর পরিবর্তন করুন।"],
            lambda: ["প্রিয় ", vname(p.native_given), ", যাচাই কোড ", vemail(p), " ঠিকানায় পাঠানো হয়েছে।"],
            lambda: ["কার্ড ", vcard(fmt=ch(["space", "plain"])), " দিয়ে পেমেন্ট ব্যর্থ হয়েছে (", vname(name), ")।"]])())
    def dec():
        return mk("text-bn/notice", ch([f"অর্ডার নম্বর {tnum()} {evdate('bn_digits')} তারিখে পাঠানো হয়েছে।", f"{evdate('bn_long')} রাত ২টা থেকে ৪টা পর্যন্ত রক্ষণাবেক্ষণ চলবে।", f"মোট বিল: ৳{rint(1, 9)},{rint(100, 999)}".translate(BN_DIG),
                                         "গ্রাহক সেবা প্রতিদিন সকাল ৯টা থেকে রাত ৯টা পর্যন্ত খোলা।", f"অ্যাপের নতুন সংস্করণ {version()} এসেছে।", "আকাশ আজ মেঘলা, তাই ডেলিভারি দেরি হতে পারে।", "বৃষ্টির কারণে আজ কিছু অর্ডার দেরিতে পৌঁছাবে।",
                                         "শাপলা ফুলের ছবিসহ নতুন প্যাকেজিং এসেছে।", "টুর্নামেন্টে আমাদের দলের জয় হয়েছে, তাই সবাইকে ছাড়!", f"কুপন কোড EID{rint(10, 99)} {evdate('bn_digits')} পর্যন্ত বৈধ।"]))
    return produce(n, [lab], [dec])

@text_format("ms", "Malay support tickets from Malaysia (Malay names with bin/binti, Chinese-Malaysian family-first names, Indian-Malaysian a/l, a/p; honorifics Encik/Puan/Cik outside; dates 'lahir pada 12 Mac 1985', '12/03/1985'; numbering 01x-xxx xxxx, +60 1x-xxx xxxx; MyKad YYMMDD-PB-###G; bank accounts (Maybank 12 digits, CIMB 10/14 digits); addresses 'No. 12, Jalan Bukit Bintang, 55100 Kuala Lumpur')",
             "names (incl. names that are words: Melati jasmine, Intan diamond, Mawar rose, Bunga flower, Puteri princess), DOBs, phones, emails, MyKad numbers (national_id), bank account numbers (bank_account), card numbers, addresses, temporary passwords",
             "order numbers, delivery and maintenance dates, amounts 'RM1,234.50', opening hours, versions, the words melati/intan/mawar/bunga used as words")
def fmt_text_ms(n):
    def lab():
        p = P("MY"); hon = ch(["Puan ", "Cik "]) if p.female else "Encik "
        acct = ch([rdigits(12), f"{rdigits(4)} {rdigits(4)} {rdigits(4)}", rdigits(10), rdigits(14)])
        return mk("text-ms/ticket", ch([
            lambda: ["Pelanggan ", hon, vname(p.full), " (lahir pada ", vdob(p.dob, ch(["ms_long", "eu_slash"])), ") meminta panggilan semula ke ", pphone(p, ch(["nat", "intl"])), "."],
            lambda: ["No. MyKad ", V("national_id", mykad(p), "mykad"), " telah disahkan untuk ", vname(p.full), "."],
            lambda: ["Alamat penghantaran baharu: ", vaddr(address("MY")[3]), "."],
            lambda: ["Bayaran balik ke akaun ", ch(["Maybank ", "CIMB ", "Public Bank "]), V("bank_account", acct), " atas nama ", vname(p.full.upper()), "."],
            lambda: ["Kata laluan sementara anda ialah ", vpw(" "), " - sila tukar selepas log masuk."],
            lambda: ["Hai ", vname(p.given), ", kod pengesahan telah dihantar ke ", vemail(p), "."],
            lambda: ["Pembayaran dengan kad ", vcard(fmt=ch(["space", "plain"])), " ditolak untuk ", hon, vname(p.full), "."]])())
    def dec():
        return mk("text-ms/notice", ch([f"Pesanan no. {tnum()} telah dihantar pada {evdate('eu_slash')}.", f"Penyelenggaraan sistem pada {evdate('ms_long')} dari 2:00 hingga 4:00 pagi.", f"Jumlah bayaran: RM{rint(1, 9)},{rint(100, 999)}.{rint(0, 99):02d}",
                                         "Khidmat pelanggan dibuka Isnin hingga Jumaat, 9 pagi hingga 6 petang.", f"Versi aplikasi {version()} kini tersedia.", "Bunga raya sedang mekar di taman pejabat kami.", "Harga emas dan intan naik minggu ini.",
                                         "Kalungan melati disediakan untuk majlis perkahwinan.", "Sejambak mawar merah percuma untuk setiap pesanan Hari Ibu.", f"Kod promosi MERDEKA{rint(10, 99)} sah sehingga {evdate('eu_slash')}."]))
    return produce(n, [lab], [dec])

@text_format("tl", "Tagalog / Filipino support tickets from the Philippines (names incl. dela / de / de los particles and 'Ma.' abbreviations, honorifics G./Gng./Bb. and Sir/Ma'am outside; dates 'ipinanganak noong Marso 12, 1985', '03/12/1985'; numbering 09xx xxx xxxx, +63 9xx xxx xxxx; SSS numbers 2-7-1 and PhilSys PCN 16 digits (structure); GCash / Maya wallet numbers; addresses 'Blk 5 Lot 12 Rizal St., Brgy. San Antonio, Makati City 1203')",
             "names (incl. names that are words: Ligaya happiness, Dalisay pure, Bituin star, Tala star), DOBs, phones (also wallet numbers), emails, SSS / PhilSys numbers (national_id), card numbers, addresses, temporary passwords",
             "order numbers, delivery and maintenance dates, amounts '₱1,234.50', opening hours, versions, the words ligaya/dalisay/bituin/tala used as words")
def fmt_text_tl(n):
    def lab():
        p = P("PH"); hon = ch(["Gng. ", "Bb. ", "Ma'am "]) if p.female else ch(["G. ", "Sir "])
        return mk("text-tl/ticket", ch([
            lambda: ["Si ", hon, vname(p.full), " (ipinanganak noong ", vdob(p.dob, ch(["tl_long", "us"])), ") ay humihiling na tawagan sa ", pphone(p, ch(["nat", "intl"])), "."],
            lambda: ["Na-verify na ang ", ch([["SSS number ", V("national_id", ph_sss(), "sss")], ["PhilSys PCN ", V("national_id", ph_pcn(), "pcn")]]), " ni ", vname(p.full), "."],
            lambda: ["Bagong delivery address: ", vaddr(address("PH")[3]), "."],
            lambda: ["Ang refund ay ipapadala sa ", ch(["GCash", "Maya"]), " number ", pphone(p, "nat"), " (", vname(p.full), ")."],
            lambda: ["Ang iyong pansamantalang password ay ", vpw(" "), " - palitan ito pagkatapos mag-login."],
            lambda: ["Hi ", vname(p.given), "! Ipinadala na namin ang verification code sa ", vemail(p), "."],
            lambda: ["Na-decline ang bayad gamit ang card ", vcard(fmt=ch(["space", "plain"])), " ni ", hon, vname(p.full), "."]])())
    def dec():
        return mk("text-tl/notice", ch([f"Naipadala ang order no. {tnum()} noong {evdate('us')}.", f"May maintenance sa {evdate('tl_long')} mula 2:00 hanggang 4:00 ng madaling-araw.", f"Kabuuang babayaran: ₱{rint(1, 9)},{rint(100, 999)}.{rint(0, 99):02d}",
                                         "Bukas ang customer service Lunes hanggang Sabado, 8AM hanggang 8PM.", f"Available na ang app version {version()}.", "Ligaya ang hatid ng aming holiday sale!", "Dalisay na tubig lamang ang ginagamit sa aming produkto.",
                                         "Maliwanag ang mga tala sa langit ngayong gabi ng Pasko.", "Bituin ng linggo: ang bagong rice cooker namin.", f"Ang promo code PASKO{rint(10, 99)} ay valid hanggang {evdate('us')}."]))
    return produce(n, [lab], [dec])

@text_format("sw", "Swahili support tickets from Kenya and Tanzania (names given + family, honorifics Bw./Bi. outside; dates 'tarehe ya kuzaliwa 12 Machi 1985', '12/03/1985'; numbering 07xx xxx xxx, +254 7xx xxx xxx, +255 7xx xxx xxx; Kenyan ID card numbers (7–8 digits) and KRA PINs, Tanzanian NIDA numbers YYYYMMDD-NNNNN-NNNNN-NN (structure); M-Pesa numbers; addresses 'Moi Avenue, Hse 12, Nairobi 00100', 'S.L.P. 1234-00100, Nairobi', 'Mtaa wa Samora, Nyumba Na. 12, Dar es Salaam')",
             "names (incl. names that are words: Baraka blessing, Neema grace, Imani faith, Amani peace, Zawadi gift, Rehema mercy, Furaha joy, Tumaini hope), DOBs, phones (also M-Pesa numbers), emails, ID / KRA PIN / NIDA numbers (national_id), card numbers, addresses incl. P.O. boxes, temporary passwords",
             "order numbers, delivery and maintenance dates, amounts 'KSh 1,234' / 'TSh 25,000', opening hours, versions, the words baraka/amani/furaha/zawadi/imani/neema used as words")
def fmt_text_sw(n):
    def lab():
        c = ch(["KE", "TZ"]); p = P(c); hon = "Bi. " if p.female else "Bw. "
        nid = V("national_id", nida(p), "nida") if c == "TZ" else chw([(V("national_id", ke_id(), "keid"), 3), (V("national_id", kra_pin(), "kra"), 1)])
        return mk("text-sw/ticket", ch([
            lambda: ["Mteja ", hon, vname(p.full), " (tarehe ya kuzaliwa ", vdob(p.dob, ch(["sw_long", "eu_slash"])), ") anaomba apigiwe simu kwa ", pphone(p, ch(["nat", "intl"])), "."],
            lambda: ["Namba ya kitambulisho ", nid, " imethibitishwa kwa ", vname(p.full), "."],
            lambda: ["Anwani mpya ya kupelekea mzigo: ", vaddr(address(c)[3]), "."],
            lambda: ["Marejesho yatatumwa kwa M-Pesa ", pphone(p, "nat"), " (", vname(p.full), ")."],
            lambda: ["Nenosiri lako la muda ni ", vpw(" "), " - tafadhali libadilishe baada ya kuingia."],
            lambda: ["Habari ", vname(p.given), ", tumetuma nambari ya uthibitisho kwa ", vemail(p), "."],
            lambda: ["Malipo kwa kadi ", vcard(fmt=ch(["space", "plain"])), " yamekataliwa kwa ", hon, vname(p.full), "."]])())
    def dec():
        return mk("text-sw/notice", ch([f"Oda namba {tnum()} imetumwa tarehe {evdate('eu_slash')}.", f"Matengenezo ya mfumo tarehe {evdate('sw_long')} kuanzia saa 8 hadi saa 10 usiku.", f"Jumla ya malipo: KSh {rint(1, 99)},{rint(100, 999)}",
                                         "Huduma kwa wateja inapatikana Jumatatu hadi Jumamosi, saa 2 asubuhi hadi saa 12 jioni.", f"Toleo jipya la programu {version()} linapatikana.", "Baraka tele kwa wateja wetu wote msimu huu.", "Amani na furaha katika sikukuu hizi!",
                                         f"Zawadi kwa kila oda ya zaidi ya TSh {rint(20, 90)},000.", "Tuna imani kubwa na huduma yetu mpya ya usafirishaji.", "Neema ya mvua imefika, barabara zingine zimefungwa."]))
    return produce(n, [lab], [dec])

@text_format("bg", "Bulgarian support tickets (names in Cyrillic given + family, full name with the patronymic 'Камен Иванов Петров', honorifics г-н/г-жа outside; dates 'роден на 12.03.1985 г.', '12 март 1985 г.'; numbering 08x xxx xxxx, +359 8x …, Sofia 02; ЕГН with month +40 after 1999 and its check digit; IBAN BG; addresses 'ул. „Витоша“ 15, ет. 3, ап. 7, 1000 София', 'гр. Пловдив 4000, …')",
             "Cyrillic names (incl. names that are words: Камен stone, Роза rose, Радост joy, Пламен flame, Надежда hope; Вълков from вълк wolf), full names with patronymic, DOBs, phones, emails, ЕГН (national_id), IBANs, card numbers, addresses, temporary passwords",
             "order numbers, delivery and maintenance dates, amounts '1 234,56 лв.', opening hours, versions, the words радост/надежда/роза/камък used as words")
def fmt_text_bg(n):
    def lab():
        p = P("BG"); hon = "г-жа " if p.female else "г-н "
        full3 = f"{p.native_given} {ch(BG_PATR[int(p.female)])} {p.native_family}"
        return mk("text-bg/ticket", ch([
            lambda: ["Клиент", "ката " if p.female else "ът ", vname(ch([full3, p.native])), " (роден", "а" if p.female else "", " на ", vdob(p.dob, ch(["bg_dot", "bg_long"])), ") моли да бъде потърсен", "а" if p.female else "", " на ", pphone(p, ch(["nat", "intl"])), "."],
            lambda: ["ЕГН ", V("national_id", egn(p), "egn"), " е потвърдено за ", hon, vname(p.native), "."],
            lambda: ["Нов адрес за доставка: ", vaddr(address("BG")[3]), "."],
            lambda: ["Възстановяване по IBAN ", viban("BG", ch(["plain", "print"])), " на името на ", vname(full3), "."],
            lambda: ["Временната ви парола е ", vpw(" "), " – сменете я след вход."],
            lambda: ["Здравейте, ", vname(p.native_given), "! Изпратихме код за потвърждение на ", vemail(p), "."],
            lambda: ["Плащането с карта ", vcard(fmt=ch(["space", "plain"])), " беше отказано (", vname(p.native), ")."]])())
    def dec():
        return mk("text-bg/notice", ch([f"Поръчка № {tnum()} е изпратена на {evdate('eu_dot')} г.", f"Планирана поддръжка на {evdate('bg_long')} от 02:00 до 04:00 ч.", f"Сума за плащане: {rint(1, 9)} {rint(100, 999)},{rint(0, 99):02d} лв.",
                                         "Обслужването на клиенти работи от понеделник до петък, 9:00–18:00 ч.", f"Версия {version()} на приложението е налична.", "Радост за всички: нова коледна промоция!", "Надеждата ни е пратките да пристигнат преди празниците.",
                                         "Розово масло от Казанлък вече е в наличност.", "Камък на пътя спука гума на куриерския бус.", f"Код за отстъпка KOLEDA{rint(10, 99)} е валиден до {evdate('eu_dot')} г."]))
    return produce(n, [lab], [dec])

@text_format("lt", "Lithuanian support tickets (names given + family with women's surnames in -ienė / -aitė / -ytė / -utė, honorific p. outside; dates 'gimęs 1985 m. kovo 12 d.' (year first, genitive month), '1985-03-12'; numbering 8 6xx xxxxx, +370 6xx xxxxx; asmens kodas G YYMMDD NNN K with both check stages; IBAN LT; addresses 'Gedimino pr. 9-12, LT-01103 Vilnius')",
             "names (incl. names that are words: Saulė sun, Rūta rue, Audra storm, Aušra dawn, Gintaras amber; Vilkas wolf, Žvirblis sparrow and their feminine forms), DOBs, phones, emails, asmens kodas (national_id), IBANs, card numbers, addresses, temporary passwords",
             "order numbers, delivery and maintenance dates, amounts '1 234,56 €', opening hours, versions, the words saulė/audra/aušra/vilkas used as words")
def fmt_text_lt(n):
    def lab():
        p = P("LT")
        return mk("text-lt/ticket", ch([
            lambda: ["Klient", "ė " if p.female else "as ", vname(p.full), " (gim", "usi " if p.female else "ęs ", vdob(p.dob, ch(["lt_long", "iso"])), ") prašo paskambinti numeriu ", pphone(p, ch(["nat", "intl"])), "."],
            lambda: ["Asmens kodas ", V("national_id", asmens_kodas(p), "asmens"), " patvirtintas (p. ", vname(p.full), ")."],
            lambda: ["Naujas pristatymo adresas: ", vaddr(address("LT")[3]), "."],
            lambda: ["Pinigai grąžinami į sąskaitą ", viban("LT", ch(["plain", "print"])), ", gavėjas ", vname(p.full.upper() if coin(0.3) else p.full), "."],
            lambda: ["Jūsų laikinas slaptažodis: ", vpw(" "), " – prisijungę jį pakeiskite."],
            lambda: ["Sveiki, ", vname(p.given), "! Patvirtinimo kodą išsiuntėme adresu ", vemail(p), "."],
            lambda: ["Mokėjimas kortele ", vcard(fmt=ch(["space", "plain"])), " atmestas (", vname(p.full), ")."]])())
    def dec():
        return mk("text-lt/notice", ch([f"Užsakymas Nr. {tnum()} išsiųstas {evdate('iso')}.", f"Planiniai darbai {fdate(datetime.date(2026, 12, rint(1, 30)), 'lt_long')} nuo 2:00 iki 4:00 val.", f"Mokėtina suma: {rint(1, 9)} {rint(100, 999)},{rint(0, 99):02d} €",
                                         "Klientų aptarnavimas dirba I–V 8–17 val.", f"Programėlės versija {version()} jau pasiekiama.", "Saulė šviečia, siuntos pristatomos laiku.", "Audra sutrikdė pristatymus pajūryje.",
                                         "Aušra – naujos mūsų kolekcijos pavadinimas.", "Vilkas ant pakuotės – mūsų naujasis talismanas.", f"Nuolaidos kodas KALEDOS{rint(10, 99)} galioja iki {evdate('iso')}."]))
    return produce(n, [lab], [dec])

@text_format("is", "Icelandic support tickets (names with patronymics '…son' / '…dóttir', people addressed by given name; dates 'fædd 12. mars 1985', '12.03.1985'; 7-digit numbering '691 2345', +354; kennitala DDMMYY-RRCK with its mod-11 check digit and century digit; domestic accounts bank-hb-account '0111-26-012345'; IBAN IS (which embeds the holder's kennitala); addresses 'Laugavegur 12, 101 Reykjavík')",
             "names (incl. names that are words: Björk birch, Hrafn raven, Sól sun, Ösp aspen, Birna she-bear, Örn eagle, Snær snow), patronymic surnames, DOBs, phones, emails, kennitala (national_id), domestic account numbers (bank_account), IBANs, card numbers, addresses, temporary passwords",
             "order numbers, delivery and maintenance dates, amounts '12.345 kr.', opening hours, versions, the words björk/hrafn/sól/örn used as words")
def fmt_text_is(n):
    def lab():
        p = P("IS")
        acct = "-".join(is_account(p).split("-")[:3])
        return mk("text-is/ticket", ch([
            lambda: ["Viðskiptavinurinn ", vname(p.full), " (fædd" if p.female else " (fæddur", " ", vdob(p.dob, ch(["is_long", "eu_dot"])), ") óskar eftir símtali í ", pphone(p, ch(["nat", "intl"])), "."],
            lambda: ["Kennitala ", V("national_id", kennitala(p), "kt"), " staðfest fyrir ", vname(p.full), "."],
            lambda: ["Nýtt afhendingarheimilisfang: ", vaddr(address("IS")[3]), "."],
            lambda: ["Endurgreiðsla á reikning ", V("bank_account", acct, "isacc"), " (", vname(p.full), ")."],
            lambda: ["Millifært á IBAN ", viban("IS", ch(["plain", "print"])), ", viðtakandi ", vname(p.full), "."],
            lambda: ["Tímabundið lykilorð þitt er ", vpw(" "), " – breyttu því eftir innskráningu."],
            lambda: ["Hæ ", vname(p.given), "! Við sendum staðfestingarkóða á ", vemail(p), "."],
            lambda: ["Greiðslu með korti ", vcard(fmt=ch(["space", "plain"])), " var hafnað (", vname(p.full), ")."]])())
    def dec():
        return mk("text-is/notice", ch([f"Pöntun nr. {tnum()} var send {evdate('eu_dot')}.", f"Viðhald á kerfinu {evdate('eu_dot')} kl. 02:00–04:00.", f"Upphæð: {rint(1, 99)}.{rint(100, 999)} kr.",
                                         "Þjónustuverið er opið virka daga kl. 9–17.", f"Útgáfa {version()} af appinu er komin.", "Björkin í garðinum við vöruhúsið er orðin stór.", "Hrafn sást við vöruhúsið í morgun.",
                                         "Sól og blíða í dag, sendingar á áætlun.", "Örn flaug yfir Esjuna þegar bíllinn lagði af stað.", f"Afsláttarkóðinn JOL{rint(10, 99)} gildir til {evdate('eu_dot')}."]))
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

MAC_RE = re.compile(r"[0-9A-Fa-f]{2}([:-][0-9A-Fa-f]{2}){5}|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}|[0-9A-F]{12}")
def byte_spans(line, spans):
    """Code-point spans -> byte offsets into the UTF-8 encoding of the line."""
    return [{"start": len(line[:sp["start"]].encode()), "end": len(line[:sp["end"]].encode()), "kind": sp["kind"]} for sp in spans]

def selftest(lines):
    import ipaddress, xml.dom.minidom
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
                if txt in ("::1", "::"): errs.append((i, f"loopback/unspecified labeled {txt!r}"))
            if k == "email" and "@" not in txt and "%40" not in txt.upper(): errs.append((i, f"email without @ {txt!r}"))
            if k == "jwt" and not jwt_ok(txt): errs.append((i, f"jwt does not decode {txt!r}"))
            if k == "credit_card" and not luhn_ok(txt): errs.append((i, f"card fails Luhn {txt!r}"))
            if k == "iban" and not iban_ok(txt): errs.append((i, f"iban fails mod 97 {txt!r}"))
            if k == "us_ssn" and not ssn_ok(txt): errs.append((i, f"bad SSN {txt!r}"))
            if k == "mac_address" and not MAC_RE.fullmatch(txt): errs.append((i, f"bad MAC {txt!r}"))
            if k == "national_id" and chk is None: errs.append((i, f"national id without a validator {txt!r}"))
        # byte offsets (for consumers that want them): on UTF-8 boundaries and decoding to the same text
        enc = s.encode()
        for sp, bs in zip(l["spans"], byte_spans(s, l["spans"])):
            if enc[bs["start"]:bs["end"]].decode("utf-8") != s[sp["start"]:sp["end"]]: errs.append((i, "byte offsets do not match"))
        # every IPv4 address written in the line is labeled (FORMATS.md), except loopback/unspecified ones and versions
        for m in IPV4_RE.finditer(s):
            a, b = m.span(); ip = m.group(0)
            if ip.startswith(("127.", "0.")) or not all(int(x) <= 255 for x in ip.split(".")): continue
            if any(sp["start"] <= a and b <= sp["end"] for sp in l["spans"]): continue
            if a and s[a - 1].isalpha(): continue
            if re.search(r"[A-Za-z][\w.-]*/$", s[max(0, a - 30):a]) and not s[max(0, a - 3):a].endswith("//"): continue   # Chrome/130.0.0.0
            if re.search(r"[Vv]ersion[:= ]*$", s[max(0, a - 16):a]): continue
            errs.append((i, f"unlabeled IPv4 {ip!r} in {s[:120]!r}"))
        if l.get("_json"):
            k = min([x for x in (s.find("{"), s.find("[")) if x >= 0] or [0])
            try: json.loads(s[k:])
            except ValueError as e:
                # a JSON value that follows a plain prefix (e.g. 'EVENT: {…}' or 'topic {…}'): parse from the first '{'
                try: json.loads(s[s.find("{"):])
                except ValueError: errs.append((i, f"not JSON ({e}): {s[:160]}"))
        if l.get("_xml"):
            try: xml.dom.minidom.parseString(s if not s.startswith("<Message ") else s + "</Message>")
            except Exception as e: errs.append((i, f"not XML ({e}): {s[:160]}"))
    return errs

def stats(lines):
    per = collections.OrderedDict()
    for l in lines:
        f = l["tpl"].split("/")[0]
        d = per.setdefault(f, [0, 0, 0, set()]); d[0] += 1; d[1] += (not l["spans"]); d[2] += len(l["spans"]); d[3].add(l["tpl"])
    return per

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "formats-d.jsonl")
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
        for e in errs[:60]: print("SELFTEST", e)
        print(f"self-test FAILED: {len(errs)} problems"); sys.exit(1)
    missing = KINDS - set(kinds)
    if missing: print("self-test FAILED: kinds never generated:", sorted(missing)); sys.exit(1)
    print("self-test ok")
    if "--formats-md" in args:
        cell = lambda t: t.replace("|", "\\|")
        print("| kind | values |\n|---|---:|")
        for k in sorted(KINDS): print(f"| {k} | {kinds[k]:,} |")
        print("\n| format | lines | decoy lines | labeled values | variants (tpl) |\n|---|---:|---:|---:|---:|")
        for f, (a, d, s, tp) in per.items(): print(f"| {f} | {a} | {d} | {s} | {len(tp)} |")
        print("\n| format | specification / documentation followed | labeled | decoys |\n|---|---|---|---|")
        for f in FORMATS:
            print(f"| `{f['name']}` | {cell(f['spec'])} | {cell(f['labeled'])} | {cell(f['decoys'])} |")
    if "--check" in args: return
    byte_off = "--byte-offsets" in args
    with open(out, "w", encoding="utf-8") as fh:
        for l in lines:
            spans = byte_spans(l["line"], l["spans"]) if byte_off else l["spans"]
            fh.write(json.dumps({"line": l["line"], "spans": spans, "tpl": l["tpl"]}, ensure_ascii=False) + "\n")
    print("wrote", out, "(byte offsets)" if byte_off else "(code-point offsets)")

if __name__ == "__main__":
    main()
