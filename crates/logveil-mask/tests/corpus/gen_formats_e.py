#!/usr/bin/env python3
"""Deterministic generator of corpus E: labeled PII-in-logs lines in 49 log formats that none of corpora A
(gen_formats.py), B (gen_formats_b.py), C (gen_formats_c.py) and D (gen_formats_d.py) covers, written blind (from each
format's public specification / vendor documentation and corpus D's generator and labeling conventions, without
looking at the engine).  Python 3 stdlib only, fixed seed, no network, self-contained (helpers copied from
gen_formats_d.py; name, address and password lists of its own).

Output: formats-e.jsonl beside this file, one JSON object a line:
    {"line": str, "spans": [{"start", "end", "kind"}], "tpl": "format/variant"}
offsets in Unicode code points, like corpora A, B, C and D (--byte-offsets writes UTF-8 byte offsets instead), spans
sorted and non-overlapping.  Lines without spans are decoys.
Labeling conventions: those of FORMATS.md, FORMATS-B.md, FORMATS-C.md and FORMATS-D.md, plus the ones listed in
FORMATS-E.md.

usage: gen_formats_e.py [--out PATH] [--check] [--formats-md] [--byte-offsets]
    --check         build and self-test, print stats, write nothing
    --formats-md    also print the size and format tables for FORMATS-E.md
    --byte-offsets  write byte offsets into the UTF-8 line instead of code-point offsets
"""
import base64, collections, datetime, json, os, random, re, string, sys, unicodedata, urllib.parse

SEED = 20261207
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
# People.  Own lists (different from corpora A, B, C and D and from every name their FORMATS*.md mention), incl. names
# that are ordinary words in English (Hazel, Autumn, Ember, Meadow, Sage, Storm, Cliff, Rusty, Pearl, Opal, Crystal,
# Daisy, Poppy, Ginger, Haven, Lyric, Major, Royal, Ridge, Colt; Cotton, Sawyer, Chandler, Fowler, Bridges, Ward, Gray,
# Black, White, Little, Short, Wise, Power, Rice, Person, Story, Money, Friend, Lamb, Finch, Crane, Salmon, Cross,
# English, French) and in other languages (Sommer, Frühling, Kaiser, König, Adler, Fröhlich, Ehrlich; Chevalier,
# Boulanger, Petit, Legrand, Rivière; Roser, Neus, Ona, Ferrer, Riera, Serra, Roig; Letizia, Allegra, Diamante, Colombo,
# Lupo, Pace, Amato; Floor, Sterre, Smit, Haan; Strand; Otso; Baran, Kruk; Paloma, Soledad, Consuelo, Dolores,
# Milagros, Peña, Torres; Sakura, Hikari; Roos, Swart; Bryn, Heulwen, Eirlys, Llinos; Ayọ̀, Ìbùkún; سحر, صبا, قمر;
# நிலா, தென்றல், அன்பு, கண்மணி; ሰላም, ትዕግሥት, ገነት, ተስፋዬ; Арман, Асқар; ია, მზია, ლალი; Вук, Зора, Слободан, Љубица),
# multi-part surnames and particles (ab Iorwerth, ap Dafydd, Ní Mhurchú, Ó Ceallaigh, Mac Giolla Phádraig, zu Eltz,
# Hoffmann-Lenz, Le Floch, de Villiers, Ferrer i Casals, De Santis, D'Alessandro, van 't Hof, ter Horst, Montes de Oca,
# de la Fuente, du Plessis, van Wyk, Janse van Rensburg, de Bruin), Catalan and Mexican double surnames, Polish
# feminine forms, Kazakh gendered surnames and patronymics (…ұлы / …қызы), Tamil father's-name initials (ரா. முருகன்),
# Ethiopian given + father's name, Yoruba names with tone marks and without, and native scripts for the Urdu, Tamil,
# Amharic, Kazakh, Georgian and Serbian lists (with their usual romanizations, used for logins and mailboxes).
# ----------------------------------------------------------------------------------------------
NAMES = {
    "US": (["Hazel", "Autumn", "Ember", "Meadow", "Sage", "Storm", "Cliff", "Rusty", "Pearl", "Opal", "Crystal", "Daisy", "Poppy", "Ginger",
            "Haven", "Lyric", "Major", "Royal", "Ridge", "Colt", "Kayden", "Jazmine", "Tyrese", "Marisol"],
           ["Cotton", "Sawyer", "Chandler", "Fowler", "Bridges", "Ward", "Gray", "Black", "White", "Little", "Short", "Wise", "Power", "Rice",
            "Person", "Story", "Money", "Friend", "Lamb", "Finch", "Crane", "Salmon", "Cross", "English", "French", "Cruz-Medina", "McAllister"]),
    "GB": (["Nigel", "Gemma", "Fenella", "Hamish", "Callum", "Isla", "Kirsty", "Bryony", "Tarquin", "Philippa", "Ewan", "Morag"],
           ["Ashworth", "Pilkington", "Cartwright", "Hollis", "Whitaker", "Blackwood", "Ramsbottom", "Smallwood", "Fairweather", "Lightfoot",
            "Merryweather", "Bunting", "Goodall-Pryce"]),
    "CY": (["Eirlys", "Heulwen", "Gwenllian", "Llinos", "Eluned", "Carys", "Elin", "Nia", "Dafydd", "Iolo", "Gethin", "Emyr", "Bryn", "Huw", "Aled", "Rhodri"],
           ["Pryce", "ab Iorwerth", "Llewelyn", "Prydderch", "Bowen", "Parry", "Vaughan", "Gruffydd", "Pugh", "Meredith", "Tudur", "ap Dafydd"]),
    "IE": (["Aoife", "Niamh", "Saoirse", "Gráinne", "Róisín", "Cian", "Oisín", "Fionn", "Donnacha", "Pádraig"],
           ["Ní Mhurchú", "Ó Ceallaigh", "Mac Giolla Phádraig", "Kavanagh", "Donnelly", "Ó Sé", "Brennan"]),
    "CA": (["Maude", "Félix", "Marie-Ève", "Mathis"], ["Tremblay-Roy", "Bouchard", "Côté", "Gagnon"]),
    "AU": (["Matilda", "Hamish", "Scarlett", "Angus"], ["Kowalczyk-Hart", "Baxter", "Tran", "Fitzpatrick"]),
    "DE": (["Henrike", "Ansgar", "Gunhild", "Detlef", "Ulrike", "Volker", "Benedikt", "Svenja", "Malte", "Hiltrud", "Eckhard", "Annegret"],
           ["Schuster", "Becker", "Pfeiffer", "Brandt", "Haas", "Sommer", "Frühling", "Kaiser", "König", "Adler", "Strauß", "Fröhlich", "Ehrlich",
            "Hoffmann-Lenz", "zu Eltz", "Weber-Stahl"]),
    "AT": (["Leopold", "Herta", "Valentin", "Notburga"], ["Hinterberger", "Aigner", "Moser", "Eder"]),
    "FR": (["Ségolène", "Anatole", "Bérénice", "Gwenaëlle", "Loïc", "Océane", "Yannick", "Aurélien", "Perrine", "Maxence", "Églantine", "Honoré"],
           ["Lefèvre", "Chevalier", "Boulanger", "Lemaire", "Petit", "Legrand", "Le Floch", "de Villiers", "Beaumont", "Blanchard", "Brun", "Rivière"]),
    "ES": (["Arnau", "Pol", "Laia", "Mireia", "Oriol", "Roser", "Neus", "Quim", "Meritxell", "Jaume", "Ona", "Biel"],
           ["Casals", "Ferrer", "Pujol", "Camps", "Sala", "Riera", "Mas", "Serra", "Vilaró", "Bosch", "Prats", "Coll", "Roig"]),
    "IT": (["Ottavio", "Ginevra", "Rocco", "Brunella", "Annunziata", "Cosimo", "Letizia", "Allegra", "Diamante", "Raffaele", "Assunta", "Gennaro"],
           ["Esposito", "Colombo", "Bianchi", "Galli", "Cattaneo", "De Santis", "D'Alessandro", "Lupo", "Orsini", "Pace", "Salvi", "Amato"]),
    "NL": (["Femke", "Joost", "Sanne", "Bram", "Maartje", "Gijs", "Floor", "Sterre", "Roel", "Hidde", "Jildou", "Teun"],
           ["de Vries", "Mulder", "Smit", "Kuiper", "de Graaf", "van Beek", "van 't Hof", "ter Horst", "Vermeulen", "Brink", "Koster", "Haan"]),
    "NO": (["Solveig", "Torbjørn", "Ingvild", "Håkon", "Sigrid", "Øystein", "Kjersti", "Vetle", "Maren", "Eirik"],
           ["Løvås", "Haugland", "Strand", "Dahl", "Sæther", "Brekke", "Rustad", "Fjellheim", "Solberg-Nilsen"]),
    "SE": (["Agnes", "Ebbe", "Majken", "Sixten", "Tindra", "Lage"], ["Holmgren", "Engström", "Wallin", "Forsberg", "Ekdahl"]),
    "FI": (["Sanni", "Lauri", "Kerttu", "Juho", "Iida", "Otso"], ["Laaksonen", "Heikkilä", "Salminen", "Tuominen", "Hyvönen"]),
    "DK": (["Signe", "Rasmus", "Karen-Margrethe", "Bjarke"], ["Kjærgaard", "Østergaard", "Bech", "Lauridsen"]),
    "PL": (["Grażyna", "Zbigniew", "Halina", "Bogdan", "Dorota", "Radosław", "Wiesław", "Marzena"],
           ["Wiśniewski", "Zieliński", "Jabłoński", "Krawczyk", "Mazur", "Baran", "Kruk", "Sikora"]),
    "BR": (["Iracema", "Caetano", "Leandro", "Thaís", "Wesley", "Jaqueline", "Claudionor", "Valdirene"],
           ["Fagundes", "Bezerra", "Albuquerque", "Pimentel", "Cordeiro", "Raposo", "Carvalho", "Pereira", "Figueiredo"]),
    "MX": (["Itzel", "Xóchitl", "Cuauhtémoc", "Paloma", "Soledad", "Consuelo", "Dolores", "Milagros", "Rosario", "Maximiliano", "Agustín", "Citlali"],
           ["Gutiérrez", "Mendoza", "Sandoval", "Villalobos", "Cabrera", "Peña", "Montes de Oca", "de la Fuente", "Torres", "Navarro", "Espinoza", "Salazar"]),
    "AR": (["Agustina", "Facundo", "Micaela", "Gonzalo"], ["Acosta", "Benítez", "Sosa", "Ledesma"]),
    "IN": (["Aishwarya", "Siddharth", "Meenakshi", "Karthik", "Divya", "Aniket", "Pooja", "Gurpreet", "Anand", "Kiran"],
           ["Iyer", "Menon", "Chatterjee", "Mukherjee", "Reddy", "Nair", "Agarwal", "Joshi", "Shetty"]),
    "JP": (["Haruto", "Yui", "Sota", "Mio", "Daiki", "Sakura", "Hikari"], ["Takahashi", "Watanabe", "Ishikawa", "Fujimoto", "Matsuda", "Kobayashi"]),
    "ZA": (["Annelie", "Riaan", "Wilmien", "Christo", "Elmarie", "Hannes", "Marietjie", "Sarel", "Liezl", "Francois", "Anri", "Jaco", "Nomvula",
            "Sibusiso", "Thulani", "Zanele"],
           ["Pretorius", "Steyn", "du Plessis", "Nel", "Coetzee", "van Wyk", "Swanepoel", "Roos", "Swart", "de Bruin", "Visagie", "Lombard",
            "Engelbrecht", "Oosthuizen", "Janse van Rensburg", "Ndlovu", "Khumalo", "Mthembu"]),
    "NG": (["Olúwaṣeun", "Títílayọ̀", "Ayọ̀delé", "Fọlákẹ́", "Adéwálé", "Ìbùkún", "Ayọ̀", "Morẹ́nikẹ́", "Tèmítọ́pẹ́", "Bọ́lánlé"],
           ["Adéyẹmí", "Ọ̀ṣúntókún", "Akínwùmí", "Ògúnlẹ́yẹ", "Fáṣọlá", "Àjàyí", "Ọdúyọyè", "Akíndélé"]),
    "KE": (["Njeri", "Wambui", "Achieng", "Nyokabi", "Kiprotich", "Kimani", "Omondi", "Wairimu"],
           ["Kariuki", "Ochieng", "Wafula", "Chebet", "Kiptoo", "Maina", "Nyaga", "Gitau"]),
}
FEMALE = {"Hazel", "Autumn", "Ember", "Meadow", "Sage", "Pearl", "Opal", "Crystal", "Daisy", "Poppy", "Ginger", "Haven", "Lyric", "Jazmine",
          "Marisol", "Gemma", "Fenella", "Isla", "Kirsty", "Bryony", "Philippa", "Morag", "Eirlys", "Heulwen", "Gwenllian", "Llinos", "Eluned",
          "Carys", "Elin", "Nia", "Aoife", "Niamh", "Saoirse", "Gráinne", "Róisín", "Maude", "Marie-Ève", "Matilda", "Scarlett", "Henrike",
          "Gunhild", "Ulrike", "Svenja", "Hiltrud", "Annegret", "Herta", "Notburga", "Ségolène", "Bérénice", "Gwenaëlle", "Océane", "Perrine",
          "Églantine", "Laia", "Mireia", "Roser", "Neus", "Meritxell", "Ona", "Ginevra", "Brunella", "Annunziata", "Letizia", "Allegra",
          "Diamante", "Assunta", "Femke", "Sanne", "Maartje", "Floor", "Sterre", "Jildou", "Solveig", "Ingvild", "Sigrid", "Kjersti", "Maren",
          "Agnes", "Majken", "Tindra", "Sanni", "Kerttu", "Iida", "Signe", "Karen-Margrethe", "Grażyna", "Halina", "Dorota", "Marzena",
          "Iracema", "Thaís", "Jaqueline", "Valdirene", "Itzel", "Xóchitl", "Paloma", "Soledad", "Consuelo", "Dolores", "Milagros", "Rosario",
          "Citlali", "Agustina", "Micaela", "Aishwarya", "Meenakshi", "Divya", "Pooja", "Gurpreet", "Kiran", "Yui", "Mio", "Sakura", "Hikari",
          "Annelie", "Wilmien", "Elmarie", "Marietjie", "Liezl", "Anri", "Nomvula", "Zanele", "Títílayọ̀", "Fọlákẹ́", "Ìbùkún", "Morẹ́nikẹ́",
          "Tèmítọ́pẹ́", "Bọ́lánlé", "Njeri", "Wambui", "Achieng", "Nyokabi", "Wairimu"}
PL_FEM = {"Wiśniewski": "Wiśniewska", "Zieliński": "Zielińska", "Jabłoński": "Jabłońska"}
# native-script lists: given (native, latin, female) and family (native, latin) or, for Kazakh, (native m, native f, latin m, latin f)
URDU_G = [("ثناء", "Sana", 1), ("نادیہ", "Nadia", 1), ("زینب", "Zainab", 1), ("صبا", "Saba", 1), ("سحر", "Sahar", 1), ("بشریٰ", "Bushra", 1),
          ("روبینہ", "Rubina", 1), ("فرحان", "Farhan", 0), ("عمران", "Imran", 0), ("کاشف", "Kashif", 0), ("شاہد", "Shahid", 0), ("قمر", "Qamar", 0),
          ("طارق", "Tariq", 0), ("عدنان", "Adnan", 0)]
URDU_F = [("چوہدری", "Chaudhry"), ("رانا", "Rana"), ("اعوان", "Awan"), ("شیخ", "Sheikh"), ("بھٹی", "Bhatti"), ("خواجہ", "Khawaja"), ("گیلانی", "Gilani"),
          ("مرزا", "Mirza")]
TAMIL_G = [("முருகன்", "Murugan", 0), ("செல்வி", "Selvi", 1), ("அருண்", "Arun", 0), ("மீனா", "Meena", 1), ("கார்த்திகேயன்", "Karthikeyan", 0),
           ("தமிழ்செல்வி", "Tamilselvi", 1), ("இளங்கோ", "Ilango", 0), ("நிலா", "Nila", 1), ("அமுதா", "Amudha", 1), ("வெண்ணிலா", "Vennila", 1),
           ("சூர்யா", "Surya", 0), ("கண்மணி", "Kanmani", 1), ("தென்றல்", "Thendral", 1), ("அன்பு", "Anbu", 0)]
TAMIL_F = [("ராஜேந்திரன்", "Rajendran", "ரா.", "R."), ("கிருஷ்ணசாமி", "Krishnasamy", "கி.", "K."), ("பழனிசாமி", "Palanisamy", "ப.", "P."),
           ("வேலுசாமி", "Velusamy", "வே.", "V."), ("அண்ணாமலை", "Annamalai", "அ.", "A."), ("சண்முகம்", "Shanmugam", "ச.", "S."),
           ("ராமலிங்கம்", "Ramalingam", "ரா.", "R."), ("செல்வராஜ்", "Selvaraj", "செ.", "S."), ("சிவகுமார்", "Sivakumar", "சி.", "S.")]
AMHARIC_G = [("ሰላም", "Selam", 1), ("ትዕግሥት", "Tigist", 1), ("መሰረት", "Meseret", 1), ("ፍቅርተ", "Fikirte", 1), ("ገነት", "Genet", 1), ("ሳምራዊት", "Samrawit", 1),
             ("ብርሃኑ", "Birhanu", 0), ("ዮናስ", "Yonas", 0), ("ሄኖክ", "Henok", 0), ("አበበ", "Abebe", 0), ("ዳዊት", "Dawit", 0), ("ኤፍሬም", "Ephrem", 0),
             ("ተስፋዬ", "Tesfaye", 0)]
AMHARIC_F = [("ታደሰ", "Tadesse"), ("ገብረመድህን", "Gebremedhin"), ("ወልደማርያም", "Woldemariam"), ("በቀለ", "Bekele"), ("ኃይሌ", "Haile"),
             ("መንግሥቱ", "Mengistu"), ("አለሙ", "Alemu"), ("ተስፋዬ", "Tesfaye"), ("ግርማ", "Girma"), ("ደጀኔ", "Dejene")]
KAZAKH_G = [("Айгерім", "Aigerim", 1), ("Ақбота", "Akbota", 1), ("Жансая", "Zhansaya", 1), ("Гүлнұр", "Gulnur", 1), ("Айжан", "Aizhan", 1),
            ("Ботагөз", "Botagoz", 1), ("Нұрлан", "Nurlan", 0), ("Ерлан", "Yerlan", 0), ("Дәурен", "Dauren", 0), ("Бауыржан", "Bauyrzhan", 0),
            ("Арман", "Arman", 0), ("Асқар", "Askar", 0)]
KAZAKH_F = [("Сәрсенбаев", "Сәрсенбаева", "Sarsenbayev", "Sarsenbayeva"), ("Жұмабаев", "Жұмабаева", "Zhumabayev", "Zhumabayeva"),
            ("Нұрпейісов", "Нұрпейісова", "Nurpeisov", "Nurpeisova"), ("Омаров", "Омарова", "Omarov", "Omarova"),
            ("Ахметов", "Ахметова", "Akhmetov", "Akhmetova"), ("Бекмұханбетов", "Бекмұханбетова", "Bekmukhanbetov", "Bekmukhanbetova"),
            ("Әбдірахманов", "Әбдірахманова", "Abdirakhmanov", "Abdirakhmanova"), ("Серікбай", "Серікбай", "Serikbay", "Serikbay"),
            ("Қайратұлы", "Қайратқызы", "Kairatuly", "Kairatkyzy")]
KZ_FATHERS = ["Нұрлан", "Ерлан", "Дәурен", "Серік", "Қайрат", "Болат", "Мұрат"]
GEORGIAN_G = [("ნინო", "Nino", 1), ("თამარ", "Tamar", 1), ("მარიამ", "Mariam", 1), ("ეკა", "Eka", 1), ("ნათია", "Natia", 1), ("ია", "Ia", 1),
              ("მზია", "Mzia", 1), ("ლალი", "Lali", 1), ("გიორგი", "Giorgi", 0), ("ლევან", "Levan", 0), ("დავით", "Davit", 0), ("ზურაბ", "Zurab", 0),
              ("ირაკლი", "Irakli", 0), ("ლაშა", "Lasha", 0)]
GEORGIAN_F = [("ბერიძე", "Beridze"), ("კაპანაძე", "Kapanadze"), ("გელაშვილი", "Gelashvili"), ("მაისურაძე", "Maisuradze"), ("ჯავახიშვილი", "Javakhishvili"),
              ("წერეთელი", "Tsereteli"), ("ლომიძე", "Lomidze"), ("ხარაბაძე", "Kharabadze"), ("ქავთარაძე", "Kavtaradze"), ("ნოზაძე", "Nozadze")]
SERBIAN_G = [("Милица", "Milica", 1), ("Јелена", "Jelena", 1), ("Зора", "Zora", 1), ("Драгана", "Dragana", 1), ("Звездана", "Zvezdana", 1),
             ("Радмила", "Radmila", 1), ("Љубица", "Ljubica", 1), ("Невена", "Nevena", 1), ("Ђорђе", "Đorđe", 0), ("Вук", "Vuk", 0),
             ("Небојша", "Nebojša", 0), ("Слободан", "Slobodan", 0), ("Милош", "Miloš", 0), ("Бранко", "Branko", 0)]
SERBIAN_F = [("Јовановић", "Jovanović"), ("Ђорђевић", "Đorđević"), ("Стојановић", "Stojanović"), ("Вуковић", "Vuković"), ("Миленковић", "Milenković"),
             ("Живковић", "Živković"), ("Пешић", "Pešić"), ("Лазаревић", "Lazarević"), ("Косановић", "Kosanović"), ("Обрадовић", "Obradović")]
NATIVE = {"PK": (URDU_G, URDU_F), "TN": (TAMIL_G, TAMIL_F), "LK": (TAMIL_G, TAMIL_F), "ET": (AMHARIC_G, AMHARIC_F), "KZ": (KAZAKH_G, KAZAKH_F),
          "GE": (GEORGIAN_G, GEORGIAN_F), "RS": (SERBIAN_G, SERBIAN_F)}
HOME = {"TN": "IN", "CY": "GB"}          # Tamil Nadu people live under Indian numbering, Welsh people under the UK's
def home(c): return HOME.get(c, c)

FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "đ": "dj", "Đ": "Dj", "ı": "i", "æ": "ae", "Æ": "Ae", "'": "", "ð": "d",
                      "Ð": "D", "þ": "th", "Þ": "Th", "å": "aa", "Å": "Aa"})
def ascii_fold(s):
    s = s.translate(FOLD)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))

def rdate(y0, y1):
    d0 = datetime.date(y0, 1, 1).toordinal(); d1 = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(rint(d0, d1))

FAMILY_FIRST = ("JP",)
class Person:
    def __init__(self, country=None):
        if country is None:
            country = ch(list(NAMES) + list(NATIVE) + ["US", "US", "GB", "DE", "FR", "NO", "NL", "IN", "ZA", "NG"])
        self.country = country
        self.native_given = self.native_family = None
        self.family_first = country in FAMILY_FIRST
        self.middle = None
        self.initial = None
        if country in NATIVE:
            gl, fl = NATIVE[country]
            gn, gla, fem = ch(gl); f = ch(fl); self.female = bool(fem)
            if country == "KZ":
                self.native_given, self.native_family = gn, (f[1] if fem else f[0])
                self.given, self.family = gla, (f[3] if fem else f[2])
                self.patronymic = ch(KZ_FATHERS) + ("қызы" if fem else "ұлы")
            else:
                self.native_given, self.native_family, self.given, self.family = gn, f[0], gla, f[1]
                if country in ("TN", "LK"): self.initial = (f[2], f[3])
        else:
            gs, fs = NAMES[country]
            self.given, self.family = ch(gs), ch(fs)
            self.female = self.given in FEMALE
            if country == "PL" and self.female: self.family = PL_FEM.get(self.family, self.family[:-1] + "a" if self.family.endswith("ki") else self.family)
            if country == "ES" and coin(0.4): self.family = ch([f"{self.family} i {ch(fs)}", f"{self.family} {ch(fs)}"])
            if country == "MX" and coin(0.6): self.family = f"{self.family} {ch(fs)}"
            if country in ("US", "CA", "AU") and coin(0.3): self.middle = ch(["Ann", "Lee", "J.", "Marie", "Dale"])
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
    @property
    def plain(self):
        """The name without tone marks / diacritics (Yoruba names as most forms and systems write them)."""
        return ascii_fold(self.full)
    def any_name(self):
        opts = [(self.full, 6), (self.rev, 2), (self.full.upper(), 1), (f"{self.given[0]}. {self.family}", 1)]
        if self.middle: opts.append((f"{self.given} {self.middle} {self.family}", 1))
        return chw(opts)
    @property
    def gascii(self): return ascii_fold(self.given).lower().replace(" ", "").replace("-", "").replace(".", "")
    @property
    def fascii(self): return ascii_fold(self.family).lower().replace(" ", "").replace("-", "").replace(".", "")
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
        if domain is None: opts.append((f"{g}.{f}+{ch(['shop', 'travel', 'bills'])}", 1))
        local = chw(opts)
        memo[domain] = f"{local}@{domain or email_domain(self.country)}"
        return memo[domain]

DOMAINS = {"US": ["gmail.com", "yahoo.com", "att.net", "example.com"], "GB": ["btinternet.com", "gmail.com", "outlook.com"],
           "CY": ["btinternet.com", "gmail.com", "hotmail.co.uk"], "IE": ["eircom.net", "gmail.com"], "DE": ["web.de", "t-online.de", "gmx.net"],
           "FR": ["orange.fr", "free.fr", "laposte.net"], "ES": ["telefonica.net", "gmail.com", "xtec.cat"], "IT": ["libero.it", "virgilio.it"],
           "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com"], "NO": ["online.no", "hotmail.no", "gmail.com"], "SE": ["telia.com", "bredband.net"],
           "FI": ["elisanet.fi", "gmail.com"], "PL": ["wp.pl", "onet.pl", "interia.pl"], "BR": ["uol.com.br", "bol.com.br", "gmail.com"],
           "MX": ["prodigy.net.mx", "hotmail.com", "gmail.com"], "IN": ["gmail.com", "yahoo.co.in"], "TN": ["gmail.com", "yahoo.co.in"],
           "LK": ["gmail.com", "sltnet.lk"], "PK": ["gmail.com", "yahoo.com", "hotmail.com"], "ET": ["gmail.com", "ethionet.et", "yahoo.com"],
           "KZ": ["mail.ru", "mail.kz", "inbox.ru", "gmail.com"], "GE": ["gmail.com", "yahoo.com", "posta.ge"], "RS": ["gmail.com", "eunet.rs", "sbb.rs"],
           "ZA": ["telkomsa.net", "mweb.co.za", "webmail.co.za", "gmail.com"], "NG": ["gmail.com", "yahoo.com"], "KE": ["gmail.com", "yahoo.com"],
           "JP": ["docomo.ne.jp", "ezweb.ne.jp", "gmail.com"]}
def email_domain(c): return ch(DOMAINS.get(c, ["gmail.com", "outlook.com", "proton.me", "fastmail.com", "icloud.com"]))

MONTHS = {"en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
          "ur": ["جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر", "اکتوبر", "نومبر", "دسمبر"],
          "ta": ["ஜனவரி", "பிப்ரவரி", "மார்ச்", "ஏப்ரல்", "மே", "ஜூன்", "ஜூலை", "ஆகஸ்ட்", "செப்டம்பர்", "அக்டோபர்", "நவம்பர்", "டிசம்பர்"],
          "et": ["መስከረም", "ጥቅምት", "ኅዳር", "ታኅሣሥ", "ጥር", "የካቲት", "መጋቢት", "ሚያዝያ", "ግንቦት", "ሰኔ", "ሐምሌ", "ነሐሴ", "ጳጉሜን"],
          "yo": ["Ṣẹ́rẹ́", "Èrèlè", "Ẹrẹ̀nà", "Ìgbé", "Ẹ̀bibi", "Òkúdu", "Agẹmọ", "Ògún", "Ọwẹ́wẹ̀", "Ọ̀wàrà", "Bélú", "Ọ̀pẹ̀"],
          "af": ["Januarie", "Februarie", "Maart", "April", "Mei", "Junie", "Julie", "Augustus", "September", "Oktober", "November", "Desember"],
          "kk": ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"],
          "ka": ["იანვარი", "თებერვალი", "მარტი", "აპრილი", "მაისი", "ივნისი", "ივლისი", "აგვისტო", "სექტემბერი", "ოქტომბერი", "ნოემბერი", "დეკემბერი"],
          "sr": ["јануар", "фебруар", "март", "април", "мај", "јун", "јул", "август", "септембар", "октобар", "новембар", "децембар"],
          "cy": ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr"]}
UR_DIG = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")

def g2e(d):
    """Gregorian -> Ethiopian (Amete Mihret) date via the Julian day number (epoch JDN 1723856)."""
    jdn = d.toordinal() + 1721425
    r = (jdn - 1723856) % 1461
    n = r % 365 + 365 * (r // 1460)
    return 4 * ((jdn - 1723856) // 1461) + r // 365 - r // 1460, n // 30 + 1, n % 30 + 1
assert g2e(datetime.date(2024, 9, 11)) == (2017, 1, 1) and g2e(datetime.date(1985, 3, 12)) == (1977, 7, 3)

def fdate(d, style):
    y, m, dd = d.year, d.month, d.day
    if style.startswith("et_"):
        ey, em, ed = g2e(d)
        return {"et_long": f"{MONTHS['et'][em - 1]} {ed} ቀን {ey} ዓ.ም.", "et_slash": f"{ed:02d}/{em:02d}/{ey}"}[style]
    return {
        "iso": f"{y:04d}-{m:02d}-{dd:02d}", "us": f"{m:02d}/{dd:02d}/{y:04d}", "us_short": f"{m}/{dd}/{y}",
        "eu_slash": f"{dd:02d}/{m:02d}/{y:04d}", "eu_dot": f"{dd:02d}.{m:02d}.{y:04d}", "eu_dash": f"{dd:02d}-{m:02d}-{y:04d}",
        "compact": f"{y:04d}{m:02d}{dd:02d}", "yymmdd": f"{y % 100:02d}{m:02d}{dd:02d}", "en_long": f"{dd} {MONTHS['en'][m-1]} {y}",
        "iata": f"{dd:02d}{MONTHS['en'][m-1][:3].upper()}{y % 100:02d}", "ymd_slash": f"{y:04d}/{m:02d}/{dd:02d}",
        "ur_long": f"{dd} {MONTHS['ur'][m-1]} {y}", "ur_digits": f"{dd:02d}/{m:02d}/{y:04d}".translate(UR_DIG),
        "ur_long_digits": f"{dd} {MONTHS['ur'][m-1]} {y}".translate(UR_DIG),
        "ta_long": f"{dd} {MONTHS['ta'][m-1]} {y}", "yo_long": f"ọjọ́ {dd} oṣù {MONTHS['yo'][m-1]} ọdún {y}",
        "af_long": f"{dd} {MONTHS['af'][m-1]} {y}", "kk_long": f"{y} жылғы {dd} {MONTHS['kk'][m-1]}",
        "ka_long": f"{dd} {MONTHS['ka'][m-1]}, {y} წ.", "sr_long": f"{dd}. {MONTHS['sr'][m-1]} {y}.", "sr_dot": f"{dd:02d}.{m:02d}.{y:04d}.",
        "cy_long": f"{dd} {MONTHS['cy'][m-1]} {y}",
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
ADDR_COUNTRIES = ["US", "GB", "CY", "IE", "DE", "AT", "FR", "ES", "IT", "NL", "NO", "SE", "FI", "DK", "PL", "BR", "MX", "AR", "IN", "TN",
                  "LK", "PK", "ET", "NG", "KE", "ZA", "KZ", "GE", "RS", "JP"]
US_CITIES = [("Tulsa", "OK", "74103"), ("Eugene", "OR", "97401"), ("Burlington", "VT", "05401"), ("Savannah", "GA", "31401"),
             ("Spokane", "WA", "99201"), ("Dayton", "OH", "45402"), ("Fargo", "ND", "58102"), ("Albuquerque", "NM", "87102")]
def address(c=None, native=True):
    """A postal address of country c; native=False gives the Latin-script form for Urdu/Tamil/Amharic/Kazakh/Georgian/Serbian."""
    c = c if c in ADDR_COUNTRIES else (ch(ADDR_COUNTRIES) if c is None else "US")
    n = rint(1, 160)
    if c == "US":
        st = f"{rint(100, 9899)} {ch(['', '', 'NE ', 'SW '])}{ch(['Sycamore', 'Hawthorne', 'Bluebonnet', 'Quail Run', 'Mockingbird', 'Pecan Grove', 'Wildflower', 'Sandpiper'])} {ch(['St', 'Ln', 'Ave', 'Ct', 'Pkwy', 'Dr'])}"
        if coin(0.25): st += f" {ch(['Apt', 'Unit', '#'])} {rint(1, 40)}{ch(['', 'B'])}"
        city, state, pc = ch(US_CITIES)
        return st, pc, f"{city}, {state}", f"{st}, {city}, {state} {pc}"
    if c == "GB":
        st = f"{ch([str(n), 'Flat ' + str(rint(1, 24)) + ', ' + str(n), 'The Old Forge,'])} {ch(['Gallowgate', 'Bootham Crescent', 'Kirkgate', 'Priory Walk', 'Wheatfield Close', 'Mill Hill Lane'])}"
        city, pc = ch([("Newcastle upon Tyne", "NE1 4SE"), ("Leeds", "LS1 6HQ"), ("Norwich", "NR2 1BH"), ("Exeter", "EX4 3PN"), ("Aberdeen", "AB10 1XG")])
        return st, pc, city, f"{st}, {city} {pc}"
    if c == "CY":
        st = f"{n} {ch(['Heol y Frenhines', 'Stryd Fawr', 'Ffordd y Goedwig', 'Lôn Glan Môr', 'Heol Eglwys'])}"
        city, pc = ch([("Caerdydd", "CF10 2BH"), ("Aberystwyth", "SY23 2AX"), ("Caernarfon", "LL55 1SE"), ("Abertawe", "SA1 3QW")])
        return st, pc, city, f"{st}, {city} {pc}"
    if c == "IE":
        st = f"{n} {ch(['Bóthar na Trá', 'Patrick Street', 'Strand Road', 'Main Street'])}"
        city, pc = ch([("Cork", "T12 X2YD"), ("Waterford", "X91 K2NF"), ("Sligo", "F91 W8R4")])
        return st, pc, city, f"{st}, {city}, {pc}"
    if c in ("DE", "AT"):
        st = f"{ch(['Ahornweg', 'Kastanienallee', 'Am Stadtgraben', 'Brunnenstraße', 'Schillerplatz', 'Hauptstraße', 'Im Wiesengrund'])} {n}{ch(['', '', 'b', ' / Stiege 2 / Top 7'])}"
        if c == "DE": st = st.replace(" / Stiege 2 / Top 7", "")
        pc, city = ch([("90403", "Nürnberg"), ("24103", "Kiel"), ("79098", "Freiburg im Breisgau"), ("99084", "Erfurt")]) if c == "DE" else ch([("5020", "Salzburg"), ("6020", "Innsbruck")])
        return st, pc, city, f"{st}, {pc} {city}"
    if c == "FR":
        st = f"{n}{ch(['', ' bis', ''])} {ch(['rue des Tanneurs', 'boulevard Gambetta', 'chemin des Vignes', 'allée des Peupliers', 'quai de la Fosse'])}"
        pc, city = ch([("33000", "Bordeaux"), ("13001", "Marseille"), ("21000", "Dijon"), ("29200", "Brest")])
        return st, pc, city, f"{st}, {pc} {city}"
    if c == "ES":
        st = f"{ch(['Carrer de la Riera', 'Passeig de Gràcia', 'Carrer del Pi', 'Rambla de Catalunya', 'Carrer Major'])}, {n}, {ch(['baixos', str(rint(1, 6)) + 'r ' + str(rint(1, 4)) + 'a', 'àtic 2a'])}"
        pc, city = ch([("08002", "Barcelona"), ("17004", "Girona"), ("25002", "Lleida"), ("43003", "Tarragona")])
        return st, pc, city, f"{st}, {pc} {city}"
    if c == "IT":
        st = f"{ch(['Via Garibaldi', 'Corso Vittorio Emanuele II', 'Vicolo del Pozzo', 'Piazza Duomo', 'Via San Gregorio Armeno'])} {n}{ch(['', '/A', ', scala B'])}"
        pc, city = ch([("80138", "Napoli (NA)"), ("40121", "Bologna (BO)"), ("16123", "Genova (GE)")])
        return st, pc, city, f"{st}, {pc} {city}"
    if c == "NL":
        st = f"{ch(['Oudegracht', 'Kerkstraat', 'Vondelstraat', 'Burgemeester de Withstraat', 'Nieuwe Binnenweg'])} {n}{ch(['', '-bis', ' A', 'hs'])}"
        pc, city = ch([("3511 AL", "Utrecht"), ("6811 CG", "Arnhem"), ("3014 GH", "Rotterdam")])
        return st, pc, city, f"{st}, {pc} {city}"
    if c == "NO":
        st = f"{ch(['Thorvald Meyers gate', 'Kongens gate', 'Bryggen', 'Storgata', 'Løkkeveien'])} {n}{ch(['', 'B', ', H0203'])}"
        pc, city = ch([("0555", "Oslo"), ("5003", "Bergen"), ("7011", "Trondheim"), ("4006", "Stavanger")])
        return st, pc, city, f"{st}, {pc} {city}"
    if c == "SE":
        st = f"{ch(['Drottninggatan', 'Kungsgatan', 'Storgatan', 'Linnégatan'])} {n}{ch(['', ' lgh 1102', 'A'])}"
        pc, city = ch([("111 51", "Stockholm"), ("411 38", "Göteborg"), ("211 22", "Malmö")])
        return st, pc, city, f"{st}, {pc} {city}"
    if c == "FI":
        st = f"{ch(['Mannerheimintie', 'Hämeenkatu', 'Aleksanterinkatu', 'Puistokatu'])} {n} {ch(['A', 'B', 'C'])} {rint(1, 40)}"
        pc, city = ch([("00100", "Helsinki"), ("33100", "Tampere"), ("20100", "Turku")])
        return st, pc, city, f"{st}, {pc} {city}"
    if c == "DK":
        st = f"{ch(['Nørrebrogade', 'Vesterbrogade', 'Algade', 'Strandvejen'])} {n}, {ch(['st. tv.', '2. th.', '1. sal'])}"
        pc, city = ch([("2200", "København N"), ("8000", "Aarhus C"), ("5000", "Odense C")])
        return st, pc, city, f"{st}, {pc} {city}"
    if c == "PL":
        st = f"ul. {ch(['Piotrkowska', 'Długa', 'Mickiewicza', 'Świętojańska', 'Kościuszki'])} {n}{ch(['', '/' + str(rint(1, 60)), ' m. ' + str(rint(1, 40))])}"
        pc, city = ch([("90-406", "Łódź"), ("80-835", "Gdańsk"), ("31-011", "Kraków"), ("61-758", "Poznań")])
        return st, pc, city, f"{st}, {pc} {city}"
    if c == "BR":
        st = f"{ch(['Rua Augusta', 'Avenida Sete de Setembro', 'Rua das Laranjeiras', 'Travessa do Comércio'])}, {n}{ch(['', ', apto 1203', ', casa 2'])}"
        pc, city = ch([("01305-000", "São Paulo - SP"), ("40060-000", "Salvador - BA"), ("22240-003", "Rio de Janeiro - RJ")])
        return st, pc, city, f"{st} - {ch(['Consolação', 'Centro', 'Laranjeiras'])}, {city}, {pc}"
    if c == "MX":
        st = f"{ch(['Calle Madero', 'Av. Insurgentes Sur', 'Calle 5 de Mayo', 'Av. Revolución'])} {n}{ch(['', ' Int. 4', ' Depto. 302'])}"
        pc, city = ch([("06000", "Cuauhtémoc, CDMX"), ("44100", "Guadalajara, Jal."), ("72000", "Puebla, Pue.")])
        return st, pc, city, f"{st}, Col. {ch(['Centro', 'Del Valle', 'Roma Norte'])}, C.P. {pc}, {city}"
    if c == "AR":
        st = f"{ch(['Av. Corrientes', 'Calle Florida', 'Av. Santa Fe'])} {rint(100, 4999)}{ch(['', ', piso 3 dto. B'])}"
        pc, city = ch([("C1043", "CABA"), ("X5000", "Córdoba")])
        return st, pc, city, f"{st}, {pc} {city}"
    if c in ("IN", "TN"):
        if c == "TN" and native and coin(0.5):
            st = f"{ch(['கதவு எண்', 'எண்'])} {n}, {ch(['அண்ணா சாலை', 'காந்தி தெரு', 'பெரியார் நகர் 2வது தெரு', 'கோயில் தெரு'])}"
            city, pc = ch([("சென்னை", "600017"), ("மதுரை", "625001"), ("கோயம்புத்தூர்", "641002")])
            return st, pc, city, f"{st}, {city} - {pc}"
        st = f"{ch(['No. ' + str(n) + ',', 'Flat ' + str(rint(101, 904)) + ',', 'Door No. ' + str(n) + '/' + str(rint(1, 9)) + ','])} {ch(['Anna Salai', 'Gandhi Street', 'Periyar Nagar 2nd Street', 'MG Road', 'Koil Street'])}"
        loc, city, pc = ch([("T. Nagar, ", "Chennai", "600017"), ("Anna Nagar, ", "Chennai", "600040"), ("", "Madurai", "625001"), ("RS Puram, ", "Coimbatore", "641002"), ("Indiranagar, ", "Bengaluru", "560038")])
        return st, pc, city, f"{st}, {loc}{city} - {pc}"
    if c == "LK":
        if native and coin(0.5):
            st = f"இல. {n}, {ch(['கஸ்தூரியார் வீதி', 'ஸ்டான்லி வீதி', 'காலி வீதி'])}"
            city, pc = ch([("யாழ்ப்பாணம்", "40000"), ("கொழும்பு 06", "00600")])
            return st, pc, city, f"{st}, {city}"
        st = f"No. {n}, {ch(['Kasthuriyar Road', 'Stanley Road', 'Galle Road', 'Hospital Road'])}"
        city, pc = ch([("Jaffna", "40000"), ("Colombo 06", "00600"), ("Batticaloa", "30000")])
        return st, pc, city, f"{st}, {city} {pc}"
    if c == "PK":
        if native and coin(0.5):
            st = f"مکان نمبر {n}، گلی نمبر {rint(1, 30)}، {ch(['سیکٹر ایف-7/2', 'ماڈل ٹاؤن', 'گلبرگ III', 'ڈیفنس فیز 5'])}"
            city = ch(["اسلام آباد", "لاہور", "کراچی"]); return st, "", city, f"{st}، {city}"
        st = f"House No. {n}, Street {rint(1, 30)}, {ch(['Sector F-7/2', 'Model Town', 'Gulberg III', 'DHA Phase 5'])}"
        city, pc = ch([("Islamabad", "44000"), ("Lahore", "54000"), ("Karachi", "75500")])
        return st, pc, city, f"{st}, {city} {pc}"
    if c == "ET":
        if native and coin(0.6):
            st = f"{ch(['ቦሌ', 'አራዳ', 'የካ', 'ልደታ'])} ክፍለ ከተማ፣ ወረዳ {rint(1, 14):02d}፣ የቤት ቁጥር {rint(100, 2999)}"
            return st, "", "አዲስ አበባ", f"አዲስ አበባ፣ {st}"
        st = f"{ch(['Bole', 'Arada', 'Yeka', 'Lideta'])} Sub-City, Woreda {rint(1, 14):02d}, House No. {rint(100, 2999)}"
        return st, "", "Addis Ababa", f"{st}, Addis Ababa"
    if c == "NG":
        st = f"{n} {ch(['Allen Avenue', 'Bode Thomas Street', 'Ring Road', 'Adeniran Ogunsanya Street', 'Mokola Road'])}"
        city, pc = ch([("Ikeja, Lagos", "100271"), ("Surulere, Lagos", "101283"), ("Ibadan, Oyo State", "200211")])
        return st, pc, city, f"{st}, {city} {pc}"
    if c == "KE":
        st = ch([f"{ch(['Kenyatta Avenue', 'Biashara Street', 'Oginga Odinga Road'])}, {ch(['House', 'Flat'])} {n}", f"P.O. Box {rint(100, 99999)}"])
        pc, city = ch([("00100", "Nairobi"), ("20100", "Nakuru"), ("30100", "Eldoret")])
        return st, pc, city, (f"{st}, {city} {pc}" if not st.startswith("P.O.") else f"{st}-{pc}, {city}")
    if c == "ZA":
        st = f"{n} {ch(['Kerkstraat', 'Dorpstraat', 'Voortrekkerweg', 'Eikestraat', 'Jan Smutslaan'])}"
        pc, city = ch([("7600", "Stellenbosch"), ("9301", "Bloemfontein"), ("0181", "Pretoria"), ("6001", "Gqeberha")])
        return st, pc, city, f"{st}, {city}, {pc}"
    if c == "KZ":
        if native:
            st = f"{ch(['Абай даңғылы', 'Достық даңғылы', 'Төле би көшесі', 'Сәтпаев көшесі'])}, {n}-үй, {rint(1, 200)}-пәтер"
            city, pc = ch([("Алматы қ.", "050000"), ("Астана қ.", "010000"), ("Шымкент қ.", "160000")])
            return st, pc, city, f"{pc}, {city}, {st}"
        st = f"{ch(['Abay Ave', 'Dostyk Ave', 'Tole Bi St'])} {n}, apt {rint(1, 200)}"
        city, pc = ch([("Almaty", "050000"), ("Astana", "010000")])
        return st, pc, city, f"{st}, {city} {pc}"
    if c == "GE":
        if native:
            st = f"{ch(['რუსთაველის გამზ.', 'ჭავჭავაძის გამზ.', 'აღმაშენებლის გამზ.', 'ლესელიძის ქ.'])} {n}, ბინა {rint(1, 90)}"
            city, pc = ch([("თბილისი", "0108"), ("ბათუმი", "6000"), ("ქუთაისი", "4600")])
            return st, pc, city, f"{city} {pc}, {st}"
        st = f"{n} {ch(['Rustaveli Ave', 'Chavchavadze Ave', 'Aghmashenebeli Ave'])}, apt {rint(1, 90)}"
        city, pc = ch([("Tbilisi", "0108"), ("Batumi", "6000")])
        return st, pc, city, f"{st}, {pc} {city}"
    if c == "RS":
        if native:
            st = f"{ch(['Кнез Михаилова', 'Булевар краља Александра', 'Змај Јовина', 'Његошева', 'Улица војводе Мишића'])} {n}{ch(['', ', стан ' + str(rint(1, 40)), '/' + str(rint(1, 9))])}"
            pc, city = ch([("11000", "Београд"), ("21000", "Нови Сад"), ("18000", "Ниш")])
            return st, pc, city, f"{st}, {pc} {city}"
        st = f"{ch(['Knez Mihailova', 'Bulevar kralja Aleksandra', 'Zmaj Jovina'])} {n}"
        pc, city = ch([("11000", "Beograd"), ("21000", "Novi Sad")])
        return st, pc, city, f"{st}, {pc} {city}"
    if c == "JP":
        st = f"{ch(['神南', '本町', '栄', '中之島'])}{rint(1, 5)}-{rint(1, 20)}-{rint(1, 30)}{ch(['', ' サンハイツ' + str(rint(101, 905)) + '号室'])}"
        pc, city = ch([("150-0041", "東京都渋谷区"), ("460-0008", "愛知県名古屋市中区"), ("530-0005", "大阪府大阪市北区")])
        return st, pc, city, f"〒{pc} {city}{st}"
    return address("US")

# ----------------------------------------------------------------------------------------------
# Passwords (own pool: spaces, quotes, separators of the formats — | ; , = ' " < > & { } # — and non-ASCII scripts)
# ----------------------------------------------------------------------------------------------
PW_POOL = ["Diciembre#2026", "Kerstmis!26", "Gwanwyn#2026", "Ysgol2026!", "Wagwoord#12", "Lente-2026!", "ПарольКз#26", "Құпия2026!",
           "პაროლი#2026", "Лозинка!26", "پاسورڈ2026#", "கடவுச்சொல்9!", "ይለፍቃል#26", "Ọ̀rọ̀aṣínà26", "Passw0rd|2026", "semi;colon;26",
           "comma,sep,26", "eq=ual=26", "q'uote'26", "dbl\"quote\"26", "lt<gt>26", "amp&er&26", "{brace}26", "hash#tag#26", "with space 26",
           "back\\slash26", "Zomer2026!", "Qwerty!2026", "Sunshine#99", "Monkey.Bars26", "Tr1ck-0r-Tr3at", "Xmas%Eve2026", "P@$$word!26",
           "Sommerfugl#7", "Jäätelö2026", "Ćevapi#2026", "Kilimanjaro@26", "Ubuntu!2026", "Masala$Dosa9", "Injera#26"]
PW_SYMS = "!#$%&()*+,-./:;<=>?@[]^_{|}~"
def pw(forbid=""):
    forbid = set(forbid)
    for _ in range(80):
        if coin(0.55): p = ch(PW_POOL)
        else:
            p = "".join(R.choice(string.ascii_letters + string.digits + PW_SYMS) for _ in range(rint(10, 20)))
            if coin(0.25): p = p[:5] + ch([" ", ";", "(", "'", '"', "|"]) + p[5:]
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

# ==============================================================================================
# Corpus E additions: national ids, IBANs and numbering plans of its countries, MRZ helpers, more provider secrets
# ==============================================================================================
# South Africa: identity number YYMMDD SSSS C A Z (SSSS 0000-4999 female, 5000-9999 male; C 0 citizen / 1 permanent
# resident; A usually 8; Z the Luhn check digit over the first 12 digits)
def za_id(p):
    d = p.dob; s = rint(0, 4999) if p.female else rint(5000, 9999)
    b = f"{d.year % 100:02d}{d.month:02d}{d.day:02d}{s:04d}{ch('0001')}8"
    return b + luhn_digit(b)
def za_id_ok(s): s = s.replace(" ", ""); return len(s) == 13 and s.isdigit() and luhn_ok(s, 13)

# Kazakhstan: ИИН / IIN YYMMDD + century-and-sex digit (3/4 = man/woman born 1900-1999, 5/6 after) + 4 serial + check
# (weights 1..11 mod 11; when 10, weights 3,4,5,6,7,8,9,10,11,1,2; when 10 again the number is not issued)
KZ_W1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]; KZ_W2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]
def _kz_check(b):
    c = sum(int(x) * KZ_W1[i] for i, x in enumerate(b)) % 11
    if c == 10: c = sum(int(x) * KZ_W2[i] for i, x in enumerate(b)) % 11
    return c
def iin(p):
    d = p.dob; g = (4 if p.female else 3) + (2 if d.year >= 2000 else 0)
    while True:
        b = f"{d.year % 100:02d}{d.month:02d}{d.day:02d}{g}{rdigits(4)}"; c = _kz_check(b)
        if c < 10: return b + str(c)
def iin_ok(s): return len(s) == 12 and s.isdigit() and _kz_check(s[:11]) == int(s[11])

# Serbia (and the other former-Yugoslav registers): ЈМБГ / JMBG DD MM YYY RR BBB K (YYY the last three digits of the
# year; RR the register region, 71-79 central Serbia, 80-89 Vojvodina; BBB 000-499 men, 500-999 women);
# K = 11 - (7(a+g) + 6(b+h) + 5(c+i) + 4(d+j) + 3(e+k) + 2(f+l)) mod 11, 11 -> 0, 10 not issued
JMBG_W = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
def _jmbg_check(b):
    k = 11 - sum(int(x) * JMBG_W[i] for i, x in enumerate(b)) % 11
    return 0 if k == 11 else k
def jmbg(p):
    d = p.dob
    while True:
        b = f"{d.day:02d}{d.month:02d}{d.year % 1000:03d}{ch(['71', '72', '73', '74', '76', '78', '80', '85', '88'])}{rint(500, 999) if p.female else rint(0, 499):03d}"
        k = _jmbg_check(b)
        if k < 10: return b + str(k)
def jmbg_ok(s): return len(s) == 13 and s.isdigit() and _jmbg_check(s[:12]) == int(s[12])

# Sri Lanka: NIC, old form YYDDDSSSC + V/X (DDD the day of the year, +500 for women), new form YYYYDDD0SSSC (12
# digits): structure, the day of the year checked against the date of birth rules
def lk_nic(p, new=None):
    d = p.dob; doy = (d - datetime.date(d.year, 1, 1)).days + 1 + (500 if p.female else 0)
    if new if new is not None else (d.year >= 1990 and coin(0.6)):
        return f"{d.year:04d}{doy:03d}0{rdigits(3)}{rdigits(1)}"
    return f"{d.year % 100:02d}{doy:03d}{rdigits(4)}{ch('VV X')}".replace(" ", "V")
def lk_nic_ok(s):
    m = re.fullmatch(r"(\d{2})(\d{3})\d{4}[VX]|(\d{4})(\d{3})0\d{4}", s)
    if not m: return False
    doy = int(m.group(2) or m.group(4)); doy = doy - 500 if doy > 500 else doy
    return 1 <= doy <= 366

# Nigeria: NIN and BVN, 11 digits (structure); Ethiopia: passport EP + 7 digits, Fayda FIN 12 digits (structure);
# Georgia: personal number 11 digits (structure); Pakistan: CNIC (structure, copied above)
def ng_nin(): return str(rint(1, 9)) + rdigits(10)
def ng_bvn(): return "22" + rdigits(9)
def et_passport(): return "EP" + rdigits(7)
def et_fin(): d = str(rint(1, 9)) + rdigits(11); return f"{d[:4]} {d[4:8]} {d[8:]}" if coin(0.5) else d
def ge_pn(): return ch(["01", "35", "61", "12", "60"]) + rdigits(9)

CHECKS.update({"zaid": za_id_ok, "iin": iin_ok, "jmbg": jmbg_ok, "lknic": lk_nic_ok,
               "ngnin": lambda s: re.fullmatch(r"\d{11}", s) is not None,
               "etpass": lambda s: re.fullmatch(r"EP\d{7}", s) is not None,
               "etfin": lambda s: re.fullmatch(r"\d{12}|\d{4} \d{4} \d{4}", s) is not None,
               "gepn": lambda s: re.fullmatch(r"\d{11}", s) is not None,
               "mrzdoc": lambda s: re.fullmatch(r"[A-Z0-9]{6,9}", s) is not None,
               "dl": lambda s: re.fullmatch(r"[A-Z0-9]{6,12}", s) is not None})

def natid(p):
    """A valid national id for a person's country, as a labeled value."""
    c = home(p.country)
    if c == "US": return V("us_ssn", ssn(), "ssn")
    if c == "GB": return chw([(V("national_id", nino(), "nino"), 2), (V("national_id", nhs_number(), "nhs"), 1)])
    if c in ("DE", "AT"): return V("national_id", steuer_id(), "steuer")
    if c == "FR": return V("national_id", nir(p), "nir")
    if c == "ES": return V("national_id", chw([(dni(), 3), (nie(), 1)]), "dni")
    if c == "NL": return V("national_id", bsn(), "bsn")
    if c == "BR": return V("national_id", cpf(), "cpf")
    if c == "IN": return V("national_id", aadhaar(), "aadhaar")
    if c == "PL": return V("national_id", pesel(p), "pesel")
    if c == "JP": return V("national_id", mynumber(), "mynumber")
    if c == "SE": return V("national_id", personnummer(p), "pnr")
    if c == "DK": return V("national_id", cpr(p), "cpr")
    if c == "NO": return V("national_id", fnr(p), "fnr")
    if c == "FI": return V("national_id", hetu(p), "hetu")
    if c == "PK": return V("national_id", cnic(p), "cnic")
    if c == "ZA": return V("national_id", za_id(p), "zaid")
    if c == "KZ": return V("national_id", iin(p), "iin")
    if c == "RS": return V("national_id", jmbg(p), "jmbg")
    if c == "LK": return V("national_id", lk_nic(p), "lknic")
    if c == "NG": return V("national_id", ng_nin(), "ngnin")
    if c == "ET": return chw([(V("national_id", et_fin(), "etfin"), 1), (V("national_id", et_passport(), "etpass"), 1)])
    if c == "GE": return V("national_id", ge_pn(), "gepn")
    if c == "KE": return V("national_id", ke_id(), "keid")
    return V("national_id", ch(["C", "F", "G", "K", "P"]) + ralnum(8, "CFGHJKLMNPRTVWXYZ0123456789"), "passport")  # passport-style

# --- IBANs of corpus E's countries ---
_bban_d = bban
def bban(cc):
    if cc == "KZ": return ch(["722", "601", "998", "826", "914"]) + ch(["C000", "S000", "0000"]) + rdigits(9)
    if cc == "GE": return ch(["TB", "BG", "LB", "PC"]) + rdigits(16)
    if cc == "RS":
        a = ch(["160", "170", "205", "265", "325", "340"]) + rdigits(13)
        return a + f"{98 - int(a) * 100 % 97:02d}"
    return _bban_d(cc)
IBAN_LEN.update({"KZ": 20, "GE": 22, "RS": 22})
def rs_account_ok(s):
    d = s.replace("-", "")
    return len(d) == 18 and int(d) % 97 == 1
CHECKS["rsacc"] = rs_account_ok

# --- numbering plans of corpus E's countries (mobile ranges, national and international forms) ---
_phone_d = phone
def phone(country=None, style=None):
    c = home(country) if home(country) in PHONE_COUNTRIES_E else (ch(PHONE_COUNTRIES_E) if country is None else "US")
    st = style or ch(["nat", "nat", "intl", "intl", "e164"])
    d = rdigits
    if c == "ET":
        r = ch(["91", "92", "93", "94", "70", "71"]) + d(7)
        return {"nat": ch([f"0{r[:3]} {r[3:5]} {r[5:7]} {r[7:]}", f"0{r[:3]} {r[3:6]} {r[6:]}", f"0{r}"]), "intl": ch([f"+251 {r[:2]} {r[2:5]} {r[5:]}", f"+251{r}"]), "e164": f"+251{r}"}[st]
    if c == "KZ":
        r = ch(["700", "701", "702", "705", "707", "747", "771", "775", "777", "778"]) + d(7)
        return {"nat": ch([f"8 {r[:3]} {r[3:6]} {r[6:8]} {r[8:]}", f"8 ({r[:3]}) {r[3:6]}-{r[6:8]}-{r[8:]}", f"8{r}"]), "intl": ch([f"+7 {r[:3]} {r[3:6]} {r[6:8]} {r[8:]}", f"+7 ({r[:3]}) {r[3:6]}-{r[6:8]}-{r[8:]}"]), "e164": f"+7{r}"}[st]
    if c == "GE":
        r = "5" + ch(["55", "57", "58", "91", "93", "95", "99", "68"]) + d(6)
        return {"nat": ch([f"{r[:3]} {r[3:5]} {r[5:7]} {r[7:]}", f"{r[:3]} {r[3:6]} {r[6:]}", r]), "intl": ch([f"+995 {r[:3]} {r[3:5]} {r[5:7]} {r[7:]}", f"+995{r}"]), "e164": f"+995{r}"}[st]
    if c == "RS":
        r = "6" + ch("0123456") + d(ch([6, 7, 7]))
        return {"nat": ch([f"0{r[:2]} {r[2:5]} {r[5:]}", f"0{r[:2]}/{r[2:5]}-{r[5:]}", f"0{r[:2]} {r[2:]}"]), "intl": ch([f"+381 {r[:2]} {r[2:5]} {r[5:]}", f"+381 ({r[:2]}) {r[2:]}"]), "e164": f"+381{r}"}[st]
    if c == "LK":
        r = "7" + ch("0124678") + d(7)
        return {"nat": ch([f"0{r[:2]} {r[2:5]} {r[5:]}", f"0{r[:2]}-{r[2:]}", f"0{r}"]), "intl": ch([f"+94 {r[:2]} {r[2:5]} {r[5:]}", f"+94{r}"]), "e164": f"+94{r}"}[st]
    if c == "NG":
        r = ch(["803", "806", "813", "816", "703", "706", "805", "807", "815", "809", "817", "818", "909", "908", "902"]) + d(7)
        return {"nat": ch([f"0{r[:3]} {r[3:6]} {r[6:]}", f"0{r}", f"0{r[:3]}-{r[3:6]}-{r[6:]}"]), "intl": ch([f"+234 {r[:3]} {r[3:6]} {r[6:]}", f"+234{r}"]), "e164": f"+234{r}"}[st]
    if c == "ZA":
        r = ch(["82", "83", "84", "72", "73", "76", "79", "61", "71"]) + d(7)
        return {"nat": ch([f"0{r[:2]} {r[2:5]} {r[5:]}", f"0{r}"]), "intl": ch([f"+27 {r[:2]} {r[2:5]} {r[5:]}", f"+27{r}"]), "e164": f"+27{r}"}[st]
    if c == "GB" and country == "CY" and coin(0.3):
        r = "29" + str(rint(2, 2)) + d(7)
        return {"nat": f"0{r[:2]} {r[2:6]} {r[6:]}", "intl": f"+44 {r[:2]} {r[2:6]} {r[6:]}", "e164": f"+44{r}"}[st]
    return _phone_d(c, st)
PHONE_COUNTRIES_E = PHONE_COUNTRIES_D + ["ET", "KZ", "GE", "RS", "LK"]
def pphone(p, style=None):
    """A phone number of the person's own country (any plan when the country has none here)."""
    c = home(p.country)
    return V("phone", phone(p.country if c in PHONE_COUNTRIES_E else None, style))

# --- ICAO 9303 machine readable zones ---
ICAO_TR = str.maketrans({"Å": "AA", "Ä": "AE", "Æ": "AE", "Ö": "OE", "Ø": "OE", "Ü": "UE", "ß": "SS", "Þ": "TH", "Đ": "D", "Ð": "D", "Ł": "L",
                         "Ñ": "N", "Œ": "OE", "Ĳ": "IJ"})
def icao(s):
    """Name -> MRZ characters (ICAO 9303 part 3: national characters transliterated, spaces and hyphens -> '<', apostrophes dropped)."""
    s = s.upper().translate(ICAO_TR)
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    s = s.replace("'", "").replace(".", "").replace("-", "<").replace(" ", "<")
    return "".join(c for c in s if c in string.ascii_uppercase + "<")
def mrz_cd(s):
    """ICAO 9303 check digit: weights 7, 3, 1; digits as such, A-Z as 10-35, '<' as 0."""
    v = lambda c: int(c) if c.isdigit() else (0 if c == "<" else ord(c) - 55)
    return str(sum(v(c) * (7, 3, 1)[i % 3] for i, c in enumerate(s)) % 10)
ISO3 = {"US": "USA", "GB": "GBR", "CY": "GBR", "IE": "IRL", "DE": "D", "AT": "AUT", "FR": "FRA", "ES": "ESP", "IT": "ITA", "NL": "NLD",
        "NO": "NOR", "SE": "SWE", "FI": "FIN", "DK": "DNK", "PL": "POL", "BR": "BRA", "MX": "MEX", "AR": "ARG", "IN": "IND", "TN": "IND",
        "LK": "LKA", "PK": "PAK", "ET": "ETH", "NG": "NGA", "KE": "KEN", "ZA": "ZAF", "KZ": "KAZ", "GE": "GEO", "RS": "SRB", "JP": "JPN",
        "CA": "CAN", "AU": "AUS"}
def passport_no(c):
    c = home(c)
    if c in ("US", "GB", "AU", "IN", "PK"): return (ch("ABCDEFGHJKLMNPRTUVWXYZ") + rdigits(7)) if c in ("IN", "PK", "AU") else rdigits(9)
    if c in ("DE", "AT"): return ch("CFGHJK") + ralnum(8, "CFGHJKLMNPRTVWXYZ0123456789")
    if c == "FR": return rdigits(2) + ralnum(2, string.ascii_uppercase) + rdigits(5)
    if c == "NL": return ralnum(2, "ABCDEFGHJKLMNPRSTUVWXYZ") + ralnum(6, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789") + rdigits(1)
    if c == "NO": return ch(["FC", "FD", "FE"]) + rdigits(7)
    if c == "ET": return et_passport()
    if c == "KZ": return "N" + rdigits(8)
    return ralnum(2, string.ascii_uppercase) + rdigits(7)

# --- more provider secrets ---
def crates_token(): return "cio" + ralnum(32)
def influx_token(): return rb64(64, url=True)
def teleport_token(): return rhex(32)
def daraja_token(): return ralnum(28)
def duo_skey(): return ralnum(40)
def ops_token(): return "ops_" + rb64(300, url=True, pad=False)
def kong_key(): return ralnum(32)
def mrz_ok(lines):
    """Verify every check digit of an MRZ (TD1 3x30, TD2 2x36, TD3 2x44; ICAO 9303 parts 4-6)."""
    L = [len(x) for x in lines]
    if L == [44, 44]:
        a = lines[1]
        return (mrz_cd(a[0:9]) == a[9] and mrz_cd(a[13:19]) == a[19] and mrz_cd(a[21:27]) == a[27] and
                (mrz_cd(a[28:42]) == a[42] or a[28:43] == "<" * 15) and mrz_cd(a[0:10] + a[13:20] + a[21:43]) == a[43])
    if L == [36, 36]:
        a = lines[1]
        return (mrz_cd(a[0:9]) == a[9] and mrz_cd(a[13:19]) == a[19] and mrz_cd(a[21:27]) == a[27] and
                mrz_cd(a[0:10] + a[13:20] + a[21:35]) == a[35])
    if L == [30, 30, 30]:
        a, b = lines[0], lines[1]
        return (mrz_cd(a[5:14]) == a[14] and mrz_cd(b[0:6]) == b[6] and mrz_cd(b[8:14]) == b[14] and
                mrz_cd(a[5:30] + b[0:7] + b[8:15] + b[18:29]) == b[29])
    return False
# ICAO 9303 part 4 specimen (Utopia passport) as a self-check of the check-digit routine
assert mrz_ok(["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"])
assert mrz_ok(["I<UTOD231458907<<<<<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<6", "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"])

# ==============================================================================================
# FORMATS.  Each fmt_<name>(n) -> list of lines; the @fmt registry carries the notes for FORMATS-E.md.
# ==============================================================================================
def jl(tpl, obj, sep=(",", ":"), pre=()):
    """A JSON line (optionally after a plain prefix), marked for the parse check."""
    return mkj(tpl, list(pre), J(obj, sep))
def rip(p6=0.2): return vip(p6)
def hp(ip, port=None):
    """ip:port, with the IPv6 address in brackets (RFC 3986 / Go net.JoinHostPort style)."""
    port = rint(1024, 65535) if port is None else port
    return ["[", ip, f"]:{port}"] if ip.kind == "ipv6" else [ip, f":{port}"]
def person_of(countries=None): return P(ch(countries) if countries else None)
def cust_id(): return rint(10000, 9999999)
def java_loggers(): return ch(["com.acme.shop.auth.LoginService", "com.acme.shop.customer.CustomerController", "com.acme.billing.PaymentService",
                               "com.acme.notify.SmsSender", "com.acme.shop.checkout.ShippingService", "com.acme.crm.ProfileService"])
def java_msg(p):
    """A log message of a Java service that carries personal data (as a composite string)."""
    uid = cust_id()
    return ch([
        S(["Login succeeded for ", human(p), " from ", rip()]),
        S(["Customer ", vuid(uid), " changed mobile number to ", pphone(p)]),
        S(["Password reset link sent to ", vemail(p)]),
        S(["Payment declined for card ", vcard(fmt="plain"), " (customer ", vname(p.full), ")"]),
        S(["Shipping label created for ", vname(p.full), ", ", vaddr(address(p.country)[3])]),
        S(["Bad credentials for user '", vuser(p.username()), "'"]),
        S(["Registered customer {name=", vname(p.full), ", email=", vemail(p), ", dateOfBirth=", vdob(p.dob, "iso"), "}"]),
        S(["KYC check passed for customer ", vuid(uid), ", document ", natid(p)]),
        S(["Refund of EUR ", f"{rint(5, 400)}.{rint(0, 99):02d}", " initiated to IBAN ", viban(ch(["DE", "NL", "FR", "ES", "IT", "AT"])), " (", vname(p.full), ")"]),
        S(["Background check requested for applicant ", vname((u := P("US")).full), ", SSN ", V("us_ssn", ssn(ch(["dash", "plain"])), "ssn")]),
    ])
JAVA_BOOT = ["Started ShopApplication in 6.214 seconds (process running for 7.02)", "HikariPool-1 - Start completed.",
             "Tomcat started on port 8080 (http) with context path '/'", "Initializing Spring DispatcherServlet 'dispatcherServlet'",
             "Completed initialization in 2 ms", "Scheduled task 'evictExpiredCarts' finished in 41 ms",
             "[Consumer clientId=orders-1, groupId=orders] Adding newly assigned partitions: orders-0, orders-3",
             "Flyway Community Edition 10.20.1 by Redgate", "Successfully applied 3 migrations to schema \"public\", now at version v42",
             "Cache 'productCatalog' warmed with 18342 entries", "Shutting down ExecutorService 'applicationTaskExecutor'"]

# ---------------------------------------------------------------------------------------------- Log4j2 / Logback JSON
@fmt("log4j2json", "Apache Log4j 2 JSON Template Layout (log4j2 manual 'JSON Template Layout': the bundled EcsLayout.json event template — @timestamp, ecs.version, log.level, message, process.thread.name, log.logger, labels (MDC / thread context), tags (NDC), error.type, error.message, error.stack_trace) and the legacy JsonLayout (instant.epochSecond / nanoOfSecond, thread, level, loggerName, message, endOfBatch, loggerFqcn, contextMap, threadId, threadPriority); logstash-logback-encoder's LogstashEncoder (README: @timestamp, @version, message, logger_name, thread_name, level, level_value, stack_trace, MDC keys as top-level fields, StructuredArguments kv() in the message and as fields)",
     "personal data in message strings (logins, e-mails, phones, names, addresses, card numbers, national ids, client IPs), MDC / contextMap / labels values of people (userId, customerId → user_id; clientIp; userEmail), StructuredArguments fields (email, customerName), exception messages inside stack_trace / error.stack_trace",
     "start-up and scheduler messages (Spring Boot, HikariCP, Flyway, Kafka consumer), traceId/spanId MDC values, thread names, logger names, level_value, epochSecond/nanoOfSecond, stack frames")
def fmt_log4j2json(n):
    def thread(): return ch([f"http-nio-8080-exec-{rint(1, 20)}", "main", "scheduling-1", f"kafka-consumer-{rint(1, 4)}", f"reactor-http-epoll-{rint(1, 8)}"])
    def trace(): return {"traceId": rhex(32), "spanId": rhex(16)}
    def stack(p):
        return S(["java.lang.IllegalStateException: Duplicate customer ", vemail(p), "\n\tat com.acme.shop.customer.CustomerService.register(CustomerService.java:",
                  str(rint(40, 300)), ")\n\tat com.acme.shop.customer.CustomerController.create(CustomerController.java:", str(rint(20, 120)), ")\n"])
    def logback():
        p = P(); uid = cust_id(); t = ts_event()
        o = {"@timestamp": t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}" + ch(["+01:00", "Z", "+00:00"]), "@version": "1",
             "message": java_msg(p), "logger_name": java_loggers(), "thread_name": thread(), "level": ch(["INFO", "INFO", "WARN"]), "level_value": 20000}
        o.update(trace())
        if coin(0.6): o["userId"] = vuid(uid)
        if coin(0.4): o["clientIp"] = rip()
        if coin(0.3): o["email"] = vemail(p)
        if coin(0.2): o["level"] = "ERROR"; o["level_value"] = 40000; o["stack_trace"] = stack(p)
        return jl("log4j2json/logstash", o)
    def ecs():
        p = P(); t = ts_event()
        o = {"@timestamp": iso_ts(t), "ecs.version": "1.2.0", "log.level": ch(["INFO", "WARN", "ERROR"]), "message": java_msg(p),
             "process.thread.name": thread(), "log.logger": java_loggers()}
        lab = {}
        if coin(0.6): lab["customerId"] = vuid(cust_id())
        if coin(0.4): lab["userEmail"] = vemail(p)
        lab["traceId"] = rhex(32)
        o["labels"] = lab
        if o["log.level"] == "ERROR":
            o["error.type"] = "java.lang.IllegalStateException"; o["error.message"] = S(["Duplicate customer ", vemail(p)]); o["error.stack_trace"] = stack(p)
        return jl("log4j2json/ecs", o)
    def legacy():
        p = P(); e = epoch()
        o = {"instant": {"epochSecond": e, "nanoOfSecond": rint(0, 999) * 1000000}, "thread": thread(), "level": ch(["INFO", "DEBUG", "WARN"]),
             "loggerName": java_loggers(), "message": java_msg(p), "endOfBatch": False, "loggerFqcn": "org.apache.logging.slf4j.Log4jLogger"}
        cm = {}
        if coin(0.6): cm["customerId"] = vuid(cust_id())
        if coin(0.3): cm["remoteAddr"] = rip()
        if coin(0.3): cm["customerName"] = vname(p.full)
        o["contextMap"] = cm; o["threadId"] = rint(20, 300); o["threadPriority"] = 5
        return jl("log4j2json/jsonlayout", o)
    def dec():
        t = ts_event(); m = ch(JAVA_BOOT)
        return ch([lambda: jl("log4j2json/startup", {"@timestamp": iso_ts(t), "@version": "1", "message": m, "logger_name": ch(["com.acme.shop.ShopApplication", "com.zaxxer.hikari.HikariDataSource", "org.flywaydb.core.internal.command.DbMigrate"]), "thread_name": "main", "level": "INFO", "level_value": 20000}),
                   lambda: jl("log4j2json/startup", {"@timestamp": iso_ts(t), "ecs.version": "1.2.0", "log.level": "INFO", "message": m, "process.thread.name": "main", "log.logger": "com.acme.shop.ShopApplication", "labels": {"traceId": rhex(32)}}),
                   lambda: jl("log4j2json/startup", {"instant": {"epochSecond": epoch(), "nanoOfSecond": rint(0, 999) * 1000000}, "thread": "main", "level": "INFO", "loggerName": "org.springframework.boot.web.embedded.tomcat.TomcatWebServer", "message": m, "endOfBatch": False, "loggerFqcn": "org.apache.logging.slf4j.Log4jLogger", "contextMap": {}, "threadId": 1, "threadPriority": 5})])()
    return produce(n, [logback, ecs, legacy], [dec])

# ---------------------------------------------------------------------------------------------- NLog
@fmt("nlog", "NLog documentation (nlog-project.org, 'Layout Renderers' / 'JsonLayout' / 'CsvLayout'): the default file layout ${longdate}|${level:uppercase=true}|${logger}|${message} with ${longdate} as 'yyyy-MM-dd HH:mm:ss.ffff' and ${exception:format=tostring}; structured-logging message templates with @-destructured objects rendered as JSON; JsonLayout output ('{ \"time\": …, \"level\": …, \"message\": … }' with includeEventProperties flattening properties to the top level, numbers unquoted); CsvLayout with a header row, Auto quoting and doubled quotes",
     "rendered message values (e-mails, logins, names, phones, card numbers, client IPs, addresses), destructured objects' personal properties, JsonLayout event properties of people (UserId, CustomerId → user_id; Email; ClientIp; UserName), CSV message cells with quoted names",
     "hosting start-up lines (Application started, Hosting environment, Content root path, Now listening on), Quartz job lines, CSV header rows, logger names, levels, durations")
def fmt_nlog(n):
    loggers = ["Acme.Web.Controllers.AccountController", "Acme.Billing.InvoiceService", "Acme.Crm.CustomerImport", "Acme.Notifications.SmsGateway",
               "Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationHandler"]
    def longdate(t=None): t = t or ts_event(); return t.strftime("%Y-%m-%d %H:%M:%S.") + f"{t.microsecond // 100:04d}"
    def message(p):
        return ch([["User ", human(p), " signed in from ", rip()],
                   ["Invoice ", order_no(), " sent to ", vname(p.full), " <", vemail(p), ">"],
                   ["Registered customer {\"Id\":", vuid(cust_id()), ", \"Name\":\"", vname(p.full), "\", \"Email\":\"", vemail(p), "\"}"],
                   ["SMS delivery failed for ", pphone(p, "e164"), ": 30003 Unreachable destination handset"],
                   ["Card ", vcard(), " rejected by issuer for customer ", vuid(cust_id())],
                   ["Imported row ", str(rint(2, 900)), ": ", vname(p.full), "; ", vaddr(address(p.country)[3]), "; ", vdob(p.dob, "eu_dot")],
                   ["SEPA mandate ", f"MND-{rint(10000, 99999)}", " signed by ", vname(p.full), " for IBAN ", viban(ch(["DE", "NL", "BE", "FR", "AT"]), "print")]])
    def pipe():
        p = P(); lv = ch(["INFO", "INFO", "WARN", "ERROR"])
        tail = [] if lv != "ERROR" or coin(0.5) else ["|System.InvalidOperationException: Customer '", vname(p.full), "' has no billing address"]
        return mk("nlog/default", longdate(), "|", lv, "|", ch(loggers), "|", message(p), tail)
    def jsonl():
        p = P()
        o = {"time": longdate(), "level": ch(["INFO", "WARN"]), "logger": ch(loggers), "message": S(message(p))}
        if coin(0.6): o["UserId"] = VN("user_id", str(cust_id()))
        if coin(0.4): o["ClientIp"] = rip()
        if coin(0.3): o["UserName"] = vuser(p.username())
        return mkj("nlog/json", "{ ", J(o, sep=(", ", ": "))[1:-1], " }")   # NLog JsonLayout spacing
    def csv():
        p = P()
        if coin(0.25): return [mk("nlog/csv", "time,level,logger,message"), csvrow(p)]
        return csvrow(p)
    def csvrow(p):
        m = message(p)
        quoted = any(isinstance(x, str) and ("," in x or '"' in x) for x in _flat([m], [])) or any(isinstance(x, V) and ("," in x.text or '"' in x.text) for x in _flat([m], []))
        body = map_v(m, lambda s: s.replace('"', '""')) if quoted else m
        return mk("nlog/csv", longdate(), ",", ch(["Info", "Warn", "Error"]), ",", ch(loggers), ",", '"' if quoted else "", body, '"' if quoted else "")
    def dec():
        m = ch(["Application started. Press Ctrl+C to shut down.", "Hosting environment: Production", "Content root path: /app",
                "Now listening on: http://[::]:8080", "Job CleanupExpiredSessions executed in 120 ms", "Quartz Scheduler v3.13.1 started.",
                "NLog configuration reloaded from /app/nlog.config", f"Processed {rint(10, 900)} outbox messages in {rint(5, 900)} ms"])
        return ch([lambda: mk("nlog/default", longdate(), "|INFO|", ch(["Microsoft.Hosting.Lifetime", "Quartz.Core.QuartzScheduler", "Acme.Outbox.Dispatcher"]), "|", m),
                   lambda: mkj("nlog/json", "{ ", J({"time": longdate(), "level": "INFO", "logger": "Microsoft.Hosting.Lifetime", "message": m}, sep=(", ", ": "))[1:-1], " }"),
                   lambda: mk("nlog/csv", "time,level,logger,message")])()
    return produce(n, [pipe, jsonl, csv], [dec])

# ---------------------------------------------------------------------------------------------- uWSGI / Gunicorn
@fmt("uwsgi", "uWSGI documentation ('Logging' and 'Formatting uWSGI requests logs': the default request line '[pid: P|app: A|req: N/M] ADDR (USER) {V vars in B bytes} [ctime] METHOD URI => generated S bytes in T msecs (PROTO STATUS) H headers in B bytes (C switches on core K)', start-up banner lines, uwsgi_response_write* errors with the client address); Gunicorn 23 settings reference (errorlog format '[%Y-%m-%d %H:%M:%S %z] [pid] [LEVEL] message', access_log_format default '%(h)s %(l)s %(u)s %(t)s \"%(r)s\" %(s)s %(b)s \"%(f)s\" \"%(a)s\"' and with %({x-forwarded-for}i)s)",
     "client addresses (ADDR, %(h)s, X-Forwarded-For lists), REMOTE_USER in the parentheses / %(u)s (username), personal data in request URIs (e-mails, phones, ids, passwords, tokens), Gunicorn 'Error handling request' URIs",
     "start-up banner and worker lines (Starting uWSGI, spawned uWSGI worker, WSGI app 0 ready, Booting worker with pid, Listening at 0.0.0.0, WORKER TIMEOUT), requests of static assets from loopback health checks")
def fmt_uwsgi(n):
    def ctime(t=None): t = t or ts_event(); return t.strftime("%a %b %d %H:%M:%S %Y").replace(" 0", "  ", 1) if t.day < 10 else t.strftime("%a %b %d %H:%M:%S %Y")
    def gts(t=None): t = t or ts_event(); return t.strftime("[%Y-%m-%d %H:%M:%S +0000]")
    def req(p): return url_pii(p) if coin(0.75) else url_plain()
    def uw():
        p = P(); pid = rint(1000, 9999); u = vuser(p.username()) if coin(0.25) else ""
        return mk("uwsgi/request", f"[pid: {pid}|app: 0|req: {rint(1, 900)}/{rint(900, 9000)}] ", rip(0.15), " (", u, f") {{{rint(30, 48)} vars in {rint(500, 1400)} bytes}} [{ctime()}] ",
                  ch(["GET", "GET", "POST"]), " ", req(p), f" => generated {rint(100, 90000)} bytes in {rint(1, 900)} msecs (HTTP/1.1 {ch([200, 200, 302, 404, 500])}) {rint(3, 9)} headers in {rint(100, 400)} bytes ({rint(1, 3)} switches on core {rint(0, 3)})")
    def broken():
        p = P()
        return mk("uwsgi/error", ch(["uwsgi_response_writev_headers_and_body_do(): Broken pipe [core/writer.c line 306] during ", "uwsgi_response_write_body_do(): Connection reset by peer [core/writer.c line 429] during "]),
                  ch(["GET ", "POST "]), req(p), " (", rip(0.2), ")")
    def gaccess():
        p = P(); xff = [rip(0.2)] + ([", ", vpriv4()] if coin(0.4) else [])
        h = xff if coin(0.5) else [rip(0.2)]
        u = vuser(p.username()) if coin(0.2) else "-"
        return mk("uwsgi/gunicorn-access", h, " - ", u, f" [{clf_ts()}] \"{ch(['GET', 'POST'])} ", req(p), f" HTTP/1.1\" {ch([200, 201, 302, 400])} {rint(20, 9000)} \"-\" \"{ua()}\"")
    def gerror():
        p = P()
        return mk("uwsgi/gunicorn-error", gts(), f" [{rint(1000, 9999)}] [ERROR] Error handling request ", req(p))
    def dec():
        t = ts_event(); pid = rint(1000, 9999)
        return ch([lambda: mk("uwsgi/banner", f"*** Starting uWSGI 2.0.28 (64bit) on [{ctime(t)}] ***"),
                   lambda: mk("uwsgi/banner", f"spawned uWSGI worker {rint(1, 8)} (pid: {pid}, cores: 1)"),
                   lambda: mk("uwsgi/banner", f"WSGI app 0 (mountpoint='') ready in {rint(1, 4)} seconds on interpreter 0x{rhex(12)} pid: {pid} (default app)"),
                   lambda: mk("uwsgi/banner", f"*** uWSGI is running in multiple interpreter mode ***"),
                   lambda: mk("uwsgi/gunicorn-error", gts(t), f" [{pid}] [INFO] Booting worker with pid: {pid + rint(1, 9)}"),
                   lambda: mk("uwsgi/gunicorn-error", gts(t), f" [{pid}] [INFO] Listening at: http://0.0.0.0:8000 ({pid})"),
                   lambda: mk("uwsgi/gunicorn-error", gts(t), f" [{pid}] [CRITICAL] WORKER TIMEOUT (pid:{pid + rint(1, 9)})"),
                   lambda: mk("uwsgi/gunicorn-error", gts(t), f" [{pid}] [INFO] Starting gunicorn 23.0.0"),
                   lambda: mk("uwsgi/request", f"[pid: {pid}|app: 0|req: {rint(1, 900)}/{rint(900, 9000)}] 127.0.0.1 () {{{rint(30, 40)} vars in {rint(400, 700)} bytes}} [{ctime(t)}] GET /healthz => generated 2 bytes in 0 msecs (HTTP/1.1 200) 2 headers in 71 bytes (1 switches on core 0)")])()
    return produce(n, [(uw, 3), broken, (gaccess, 2), gerror], [dec])

# ---------------------------------------------------------------------------------------------- Tomcat
@fmt("tomcat", "Apache Tomcat 10.1 configuration reference: AccessLogValve patterns (%h %l %u %t \"%r\" %s %b, %D, %{Referer}i, %{User-Agent}i, %{JSESSIONID}c, %S); Tomcat logging (JULI OneLineFormatter 'dd-MMM-yyyy HH:mm:ss.SSS LEVEL [thread] class.method message' in catalina.out, StandardWrapperValve exceptions, LockOutRealm / RealmBase messages) with Java stack traces; tomcat-users.xml <user username= password= roles=/> entries printed by config dumps",
     "client addresses (%h), authenticated users (%u), JSESSIONID cookie and %S session values (secret), personal data in request lines, names / e-mails / card numbers in exception messages, locked-out user names, tomcat-users.xml user names and passwords (also of the manager account's password)",
     "catalina.out start-up and deployment messages, stack frames and 'Caused by' lines without personal data, access lines of loopback health checks, the role-only and comment lines of tomcat-users.xml")
def fmt_tomcat(n):
    def jts(t=None): t = t or ts_event(); return t.strftime("%d-%b-%Y %H:%M:%S.") + f"{t.microsecond // 1000:03d}"
    def access():
        p = P(); u = vuser(p.username()) if coin(0.3) else "-"
        parts = [rip(0.15), " - ", u, f" [{clf_ts()}] \"{ch(['GET', 'POST'])} ", url_pii(p) if coin(0.7) else url_plain(), f" HTTP/1.1\" {ch([200, 200, 302, 403])} {rint(0, 40000)}"]
        if coin(0.6): parts += [f" {rint(1, 900)} \"-\" \"{ua()}\""]
        if coin(0.5): parts += [" ", vsecret(rhex(32, upper=True))]
        return mk("tomcat/access", parts)
    def catalina():
        p = P(); th = f"http-nio-8080-exec-{rint(1, 40)}"
        return ch([lambda: mk("tomcat/catalina", jts(), f" SEVERE [{th}] org.apache.catalina.core.StandardWrapperValve.invoke Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: java.lang.IllegalArgumentException: No customer with e-mail ",
                                  vemail(p), "] with root cause"),
                   lambda: mk("tomcat/catalina", jts(), f" WARNING [{th}] org.apache.catalina.realm.LockOutRealm.filterLockedAccounts An attempt was made to authenticate the locked user [", vuser(p.username()), "]"),
                   lambda: mk("tomcat/catalina", jts(), f" FINE [{th}] org.apache.catalina.realm.RealmBase.authenticate Failed to authenticate user [", human(p), "] with realm [org.apache.catalina.realm.UserDatabaseRealm]"),
                   lambda: mk("tomcat/catalina", jts(), f" SEVERE [{th}] org.apache.catalina.core.StandardWrapperValve.invoke Servlet.service() for servlet [payment] threw exception [java.lang.RuntimeException: card ",
                              vcard(fmt="plain"), " declined for ", vname(p.full), "] with root cause")])()
    def trace():
        p = P()
        head = ch([["java.sql.SQLIntegrityConstraintViolationException: Duplicate entry '", vemail(p), "' for key 'customers.uk_email'"],
                   ["org.hibernate.exception.ConstraintViolationException: could not execute statement [ERROR: null value in column \"phone\" violates not-null constraint; Detail: Failing row contains (", vuid(cust_id()), ", ", vname(p.full), ", null)]"],
                   ["jakarta.validation.ConstraintViolationException: register.arg0.dateOfBirth: must be a past date (was ", vdob(p.dob, "iso"), ")"]])
        out = [mk("tomcat/trace", head)]
        for fr in R.sample(["\tat com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:118)",
                            "\tat com.zaxxer.hikari.pool.HikariProxyPreparedStatement.executeUpdate(HikariProxyPreparedStatement.java)",
                            "\tat com.acme.shop.customer.CustomerRepository.save(CustomerRepository.java:57)",
                            "\tat org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:138)",
                            "\tat java.base/java.lang.Thread.run(Thread.java:1583)"], rint(1, 3)):
            out.append(mk("tomcat/trace", fr))
        return out
    def users():
        p = P()
        return ch([lambda: mk("tomcat/tomcat-users", "  <user username=\"", vuser(p.username()), "\" password=\"", V("password", xattr(pw('"'))), "\" roles=\"manager-gui,admin-gui\"/>"),
                   lambda: mk("tomcat/tomcat-users", "  <user username=\"admin\" password=\"", V("password", xattr(pw('"'))), "\" roles=\"manager-script\"/>"),
                   lambda: mk("tomcat/tomcat-users", "  <user username=\"", V("email", xattr(p.email())), "\" password=\"", V("password", xattr(pw('"'))), "\" roles=\"reports\"/>")])()
    def dec():
        t = ts_event()
        return ch([lambda: mk("tomcat/catalina", jts(t), " INFO [main] org.apache.catalina.startup.Catalina.start Server startup in [", str(rint(900, 9000)), "] milliseconds"),
                   lambda: mk("tomcat/catalina", jts(t), " INFO [main] org.apache.coyote.AbstractProtocol.start Starting ProtocolHandler [\"http-nio-8080\"]"),
                   lambda: mk("tomcat/catalina", jts(t), " INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Server version name:   Apache Tomcat/10.1.33"),
                   lambda: mk("tomcat/catalina", jts(t), f" INFO [Catalina-utility-{rint(1, 2)}] org.apache.catalina.startup.HostConfig.deployWAR Deployment of web application archive [/opt/tomcat/webapps/shop.war] has finished in [{rint(900, 9000)}] ms"),
                   lambda: mk("tomcat/access", f"127.0.0.1 - - [{clf_ts()}] \"GET /manager/text/serverinfo HTTP/1.1\" 200 {rint(300, 600)}"),
                   lambda: mk("tomcat/tomcat-users", "  <role rolename=\"manager-gui\"/>"),
                   lambda: mk("tomcat/tomcat-users", "<tomcat-users xmlns=\"http://tomcat.apache.org/xml\" version=\"1.0\">"),
                   lambda: mk("tomcat/trace", "Caused by: java.net.SocketTimeoutException: Read timed out")])()
    return produce(n, [(access, 3), (catalina, 2), trace, users], [dec])

# ---------------------------------------------------------------------------------------------- Spring Boot Actuator
@fmt("actuator", "Spring Boot 3.3 Actuator API documentation: GET /actuator/auditevents ({events: [{timestamp, principal, type AUTHENTICATION_SUCCESS / AUTHENTICATION_FAILURE / AUTHORIZATION_FAILURE, data{type, message, details{remoteAddress, sessionId}}}]}), GET /actuator/httpexchanges ({exchanges: [{timestamp, request{uri, method, headers, remoteAddress}, response{status, headers}, principal{name}, session{id}, timeTaken ISO-8601 duration}]}), GET /actuator/sessions?username= (Spring Session) and the sanitized /actuator/env and /actuator/health responses, as written to logs by monitoring scrapers",
     "audit-event principals of people (username / email), remoteAddress (ipv4/ipv6), httpexchanges request URIs with personal data, Authorization header values (jwt / Basic blobs → secret), Cookie header session values and session.id (secret), principal.name, sessions?username= values",
     "anonymousUser principals without an address, /actuator/health and sanitized /actuator/env responses ('******'), response headers, timeTaken durations, exchanges of health probes")
def fmt_actuator(n):
    def audit():
        evs = []
        for _ in range(rint(1, 2)):
            p = P(); ty = ch(["AUTHENTICATION_SUCCESS", "AUTHENTICATION_FAILURE", "AUTHORIZATION_FAILURE"])
            d = {"details": {"remoteAddress": rip(0.25), "sessionId": None if coin(0.5) else vsecret(rhex(32, upper=True))}}
            if ty == "AUTHENTICATION_FAILURE": d = {"type": "org.springframework.security.authentication.BadCredentialsException", "message": "Bad credentials", **d}
            if ty == "AUTHORIZATION_FAILURE": d = {"type": "org.springframework.security.access.AccessDeniedException", "message": "Access Denied", **d}
            evs.append({"timestamp": iso_ts(), "principal": human(p), "type": ty, "data": d})
        return jl("actuator/auditevents", {"events": evs})
    def exchanges():
        p = P(); hdr = {"accept": ["application/json"], "host": ["shop.example.com"]}
        if coin(0.5): hdr["authorization"] = [S(["Bearer ", vjwt(p)])]
        elif coin(0.3): hdr["authorization"] = [S(["Basic ", vsecret(base64.b64encode(f"{p.username()}:{pw()}".encode()).decode())])]
        if coin(0.5): hdr["cookie"] = [S(["SESSION=", vsecret(rb64(36, url=True, pad=False))])]
        tgt = url_pii(p, enc=q)
        o = {"exchanges": [{"timestamp": iso_ts(), "request": {"uri": S(["https://shop.example.com", tgt]), "method": ch(["GET", "POST"]), "headers": hdr, "remoteAddress": rip(0.25)},
                            "response": {"status": ch([200, 200, 401, 404]), "headers": {"Content-Type": ["application/json"]}},
                            "principal": {"name": human(p)} if coin(0.6) else None, "session": {"id": vsecret(uuid4())} if coin(0.4) else None,
                            "timeTaken": f"PT0.{rint(1, 999):03d}S"}]}
        return jl("actuator/httpexchanges", o)
    def sessions():
        p = P(); u = p.username()
        return mk("actuator/sessions", f"GET /actuator/sessions?username=", vuser(u), f" -> {{\"sessions\":[{{\"id\":\"", vsecret(uuid4()),
                  f"\",\"attributeNames\":[\"SPRING_SECURITY_CONTEXT\"],\"creationTime\":\"{iso_ts()}\",\"lastAccessedTime\":\"{iso_ts()}\",\"maxInactiveInterval\":1800,\"expired\":false}}]}}")
    def dec():
        return ch([lambda: jl("actuator/health", {"status": "UP", "components": {"db": {"status": "UP", "details": {"database": "PostgreSQL", "validationQuery": "isValid()"}}, "diskSpace": {"status": "UP", "details": {"total": 107374182400, "free": rint(10 ** 9, 9 * 10 ** 10), "threshold": 10485760, "path": "/app/.", "exists": True}}, "ping": {"status": "UP"}}}),
                   lambda: jl("actuator/env", {"activeProfiles": ["prod"], "propertySources": [{"name": "systemEnvironment", "properties": {"SPRING_DATASOURCE_PASSWORD": {"value": "******", "origin": "System Environment Property \"SPRING_DATASOURCE_PASSWORD\""}, "SERVER_PORT": {"value": "******"}}}]}),
                   lambda: jl("actuator/auditevents", {"events": [{"timestamp": iso_ts(), "principal": "anonymousUser", "type": "AUTHORIZATION_FAILURE", "data": {"type": "org.springframework.security.access.AccessDeniedException", "message": "Access Denied"}}]}),
                   lambda: jl("actuator/info", {"build": {"artifact": "shop", "name": "shop", "time": iso_ts(), "version": version(), "group": "com.acme"}, "git": {"branch": "main", "commit": {"id": gitsha(7), "time": iso_ts()}}})])()
    return produce(n, [(audit, 2), (exchanges, 3), sessions], [dec])

# ---------------------------------------------------------------------------------------------- Erlang/OTP logger
@fmt("erlang", "Erlang/OTP 27 Kernel User's Guide 'Logging' and the logger_formatter reference (default template [time, \" \", level, \": \", msg] with single_line = true, report maps printed as 'key: value, …' pairs, terms printed with ~p: binaries <<\"…\">> and <<\"…\"/utf8>>, maps #{k => v}, tuples, inet address tuples {203,0,113,5}); the legacy SASL / error_logger reports ('=ERROR REPORT==== 24-Nov-2026::10:00:00.123456 ===', gen_server '** Generic server … terminating', '** Last message in was …', '** When Server state == …', '** Reason for termination ==') and supervisor progress reports, one line each",
     "binaries and strings of people in reports and messages (e-mails, logins, names, phones), user ids, passwords and card numbers in a gen_server's last message and state, IP tuples (ipv4 over the four numbers inside the braces, B's rule) and dotted addresses",
     "report headers (=ERROR REPORT====, =PROGRESS REPORT====), supervisor child specs, pids <0.123.0>, references, module/function/arity terms, stack frames, application start/stop notices, node names")
def fmt_erlang(n):
    def lts(t=None): t = t or ts_event(); return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond:06d}+00:00"
    def legacy_ts(t=None): t = t or ts_event(); return t.strftime("%d-%b-%Y::%H:%M:%S.") + f"{t.microsecond:06d}"
    def b(v): return ["<<\"", v, "\"/utf8>>" if isinstance(v, V) and any(ord(c) > 127 for c in v.text) else "\">>"]
    def iptuple():
        a = ipv4().split("."); return ["{", V("ipv4", ",".join(a)), "}"]
    def report():
        p = P(); uid = cust_id()
        kv = ch([[("event", "login_ok"), ("user", b(vuser(p.username()))), ("peer", ["{", iptuple(), f",{rint(1024, 65535)}}}"])],
                 [("event", "signup"), ("user_id", vuid(uid)), ("email", b(vemail(p))), ("name", b(vname(p.full)))],
                 [("event", "sms_sent"), ("to", b(pphone(p, "e164"))), ("template", "otp_v2")],
                 [("event", "password_reset"), ("email", b(vemail(p))), ("ip", ["\"", vip4(), "\""])]])
        if coin(0.5):
            parts = []
            for i, (k, v) in enumerate(kv):
                parts += ([", "] if i else []) + [f"{k}: ", v]
            return mk("erlang/logger", lts(), f" {ch(['info', 'notice', 'warning'])}: ", parts)
        parts = ["#{"]
        for i, (k, v) in enumerate(kv):
            parts += ([","] if i else []) + [f"{k} => ", v]
        parts.append("}")
        return mk("erlang/logger", lts(), f" {ch(['info', 'notice', 'warning', 'error'])}: ", ch(["Request handled: ", "Audit: "]), parts)
    def genserver():
        p = P(); srv = ch(["shop_session", "auth_server", "billing_worker"])
        out = [mk("erlang/sasl", f"=ERROR REPORT==== {legacy_ts()} ==="), mk("erlang/sasl", f"** Generic server {srv} terminating ")]
        out.append(ch([lambda: mk("erlang/sasl", "** Last message in was {login,", b(vuser(p.username())), ",", b(V("password", pw('"\\'))), "}"),
                       lambda: mk("erlang/sasl", "** Last message in was {charge,", str(cust_id()), ",", b(vcard(fmt="plain")), "}"),
                       lambda: mk("erlang/sasl", "** Last message in was {update_phone,", vuid(cust_id()), ",", b(pphone(p)), "}")])())
        out.append(mk("erlang/sasl", "** When Server state == #{user => #{email => ", b(vemail(p)), ",name => ", b(vname(p.full)), ",id => ", vuid(cust_id()), "},started => ", str(epoch()), "}"))
        out.append(mk("erlang/sasl", "** Reason for termination =="))
        out.append(mk("erlang/sasl", f"** {{badarg,[{{erlang,binary_to_integer,[<<\"12a\">>],[]}},{{{srv},handle_call,3,[{{file,\"src/{srv}.erl\"}},{{line,{rint(40, 300)}}}]}}]}}"))
        k = rint(0, 2); return out[k:k + rint(3, 5)]
    def dec():
        t = ts_event(); pid = f"<0.{rint(100, 9999)}.0>"
        return ch([lambda: mk("erlang/logger", lts(t), f" notice: Application shop started on node 'shop@app-0{rint(1, 4)}'"),
                   lambda: mk("erlang/logger", lts(t), f" info: supervisor: {{local,shop_sup}}, started: [{{pid,{pid}}},{{id,shop_web}},{{mfargs,{{shop_web,start_link,[]}}}},{{restart_type,permanent}},{{significant,false}},{{shutdown,5000}},{{child_type,worker}}]"),
                   lambda: mk("erlang/sasl", f"=PROGRESS REPORT==== {legacy_ts(t)} ==="),
                   lambda: mk("erlang/sasl", f"    supervisor: {{local,kernel_safe_sup}}"),
                   lambda: mk("erlang/sasl", f"    started: [{{pid,{pid}}},{{id,timer_server}},{{mfargs,{{timer,start_link,[]}}}},{{restart_type,permanent}},{{shutdown,1000}},{{child_type,worker}}]"),
                   lambda: mk("erlang/logger", lts(t), f" warning: ranch listener https_listener: connection process {pid} exit: closed"),
                   lambda: mk("erlang/logger", lts(t), f" info: Mnesia table orders: {rint(1000, 90000)} records loaded in {rint(1, 900)} ms")])()
    return produce(n, [(report, 3), genserver], [dec])

def q_pii(p, enc=q):
    """(path-with-query parts, decoded querystring dict) of a request that carries personal data, or of a plain one."""
    e, ph = p.email(), phone(home(p.country) if coin(0.7) else None, "e164")
    k = ch(["email", "phone", "id", "name", "none", "token"])
    if k == "email": return ["/v1/customers?email=", V("email", enc(e))], {"email": V("email", e)}
    if k == "phone": return ["/v1/otp?msisdn=", V("phone", enc(ph))], {"msisdn": V("phone", ph)}
    if k == "id":
        u = str(cust_id()); return ["/v1/customers/", vuid(u), "/addresses"], {}
    if k == "name": return ["/v1/search?last_name=", vname(enc(p.family)), "&dob=", vdob(p.dob, "iso")], {"last_name": vname(p.family), "dob": vdob(p.dob, "iso")}
    if k == "token":
        t = ralnum(40, URLCH); return ["/v1/password/reset?token=", vsecret(t)], {"token": vsecret(t)}
    return [ch(["/v1/products?category=garden", "/v1/catalog/search?q=kettle", "/v1/stores/oslo-sentrum", "/v1/cart"])], {}

# ---------------------------------------------------------------------------------------------- Kong
@fmt("kong", "Kong Gateway 3.x plugin documentation (HTTP Log / File Log / TCP Log: the serialized log object from kong.log.serialize — request{method, uri, url, size, querystring, headers, tls}, upstream_uri, response{status, size, headers}, tries[{balancer_latency, port, balancer_start, ip}], client_ip, started_at, latencies{request, kong, proxy}, route, service, consumer{id, username, custom_id, created_at}, authenticated_entity{id, consumer_id}, workspace; the Authorization header written as REDACTED) and Kong's nginx error.log lines ('YYYY/MM/DD HH:MM:SS [level] pid#0: *conn [kong] file.lua:N [plugin] message, client: …, server: kong, request: \"…\", host: \"…\"')",
     "client_ip and x-forwarded-for values, upstream try IPs (every IPv4), personal data in uri / url / querystring, apikey header values (key-auth credentials → secret) and cookies, consumer username (username or email), consumer custom_id and the consumer ids of people (user_id), error-log client addresses and request lines",
     "REDACTED authorization values, route / service / workspace ids and names, latencies, upstream hosts, credential ids (authenticated_entity.id), nginx notice lines (declarative config loaded, worker start, openresty version), requests of anonymous consumers' health probes without addresses")
def fmt_kong(n):
    def kong():
        p = P(); path, qs = q_pii(p); cid = uuid4(); person = coin(0.75)
        hdr = {"host": "api.example.com", "user-agent": ua(), "accept": "*/*"}
        if coin(0.5): hdr["x-forwarded-for"] = rip(0.2)
        if coin(0.4): hdr["apikey"] = vsecret(kong_key())
        elif coin(0.4): hdr["authorization"] = "REDACTED"
        if coin(0.2): hdr["cookie"] = S(["session=", vsecret(rb64(30, url=True, pad=False))])
        o = {"request": {"method": ch(["GET", "POST", "PUT"]), "uri": S(path), "url": S(["https://api.example.com:8443", path]), "size": rint(80, 2000),
                         "querystring": qs, "headers": hdr, "tls": {"version": "TLSv1.3", "cipher": "TLS_AES_256_GCM_SHA384", "client_verify": "NONE"}},
             "upstream_uri": S(path), "response": {"status": ch([200, 200, 201, 401, 404, 429]), "size": rint(200, 9000), "headers": {"content-type": "application/json", "x-kong-upstream-latency": str(rint(1, 400))}},
             "tries": [{"balancer_latency": 0, "port": 8080, "balancer_start": epoch_ms(), "ip": vpriv4()}], "client_ip": rip(0.2), "started_at": epoch_ms(),
             "latencies": {"request": rint(2, 900), "kong": rint(0, 9), "proxy": rint(1, 800)},
             "route": {"id": uuid4(), "name": "customers", "paths": ["/v1"], "protocols": ["https"], "strip_path": False},
             "service": {"host": "customers.internal", "id": uuid4(), "name": "customers", "port": 8080, "protocol": "http", "retries": 5}}
        if person:
            o["consumer"] = {"id": vuid(cid), "username": human(p), "custom_id": vuid(f"CUST-{cust_id()}"), "created_at": epoch() - rint(10 ** 6, 10 ** 8)}
            o["authenticated_entity"] = {"id": uuid4(), "consumer_id": vuid(cid)}
        else:
            o["consumer"] = {"id": uuid4(), "username": ch(["mobile-app", "partner-feed", "batch-exporter"]), "created_at": epoch() - rint(10 ** 6, 10 ** 8)}
        o["workspace"] = uuid4()
        return jl("kong/http-log", o)
    def errlog():
        p = P(); path, _ = q_pii(p); t = ts_event()
        msg = ch([["[key-auth] No API key found in request"], ["[rate-limiting] API rate limit exceeded"], ["[acl] consumer not allowed"],
                  ["[basic-auth] invalid credentials for ", vuser(p.username())]])
        return mk("kong/error", t.strftime("%Y/%m/%d %H:%M:%S"), f" [{ch(['error', 'warn', 'info'])}] {rint(1000, 9999)}#0: *{rint(100, 99999)} [kong] handler.lua:{rint(40, 200)} ", msg,
                  ", client: ", rip(0.2), ", server: kong, request: \"", ch(["GET ", "POST "]), path, " HTTP/1.1\", host: \"api.example.com\"")
    def dec():
        t = ts_event().strftime("%Y/%m/%d %H:%M:%S")
        return ch([lambda: mk("kong/error", t, f" [notice] 1#0: *{rint(1, 9)} [kong] init.lua:{rint(500, 800)} declarative config loaded from /kong/kong.yml, context: init_worker_by_lua*"),
                   lambda: mk("kong/error", t, " [notice] 1#0: using the \"epoll\" event method"),
                   lambda: mk("kong/error", t, " [notice] 1#0: openresty/1.25.3.2"),
                   lambda: mk("kong/error", t, f" [notice] 1#0: start worker process {rint(1000, 9999)}"),
                   lambda: mk("kong/error", t, f" [warn] {rint(1000, 9999)}#0: *{rint(1, 99)} [kong] clustering.lua:{rint(90, 300)} [clustering] data plane connected, context: ngx.timer")])()
    return produce(n, [(kong, 4), errlog], [dec])

# ---------------------------------------------------------------------------------------------- AWS API Gateway
@fmt("apigw", "Amazon API Gateway Developer Guide ('Set up CloudWatch logging for REST APIs', '$context variables for data models, authorizers, mapping templates, and access logging'): access logs in the console's CLF, JSON and CSV templates ($context.identity.sourceIp, $context.identity.caller, $context.identity.user, $context.requestTime, $context.httpMethod, $context.resourcePath / routeKey, $context.protocol, $context.status, $context.responseLength, $context.requestId) extended with $context.authorizer.claims.sub / .email, $context.identity.cognitoIdentityId, $context.identity.userArn; execution logs ('(requestId) Method request path: {…}', 'Method request query string', 'Method request headers' with the Authorization value masked, 'Method request body before transformations', 'Endpoint response body before transformations', 'Method completed with status')",
     "source IPs and X-Forwarded-For lists, IAM caller / user ids (AIDA… → user_id) and the user name in userArn, Cognito sub and identity ids (user_id), claims.email, path parameters of people (user_id), query strings and request / response bodies with personal data (email, phone, password, names, dates of birth)",
     "request ids, extended request ids, resource paths with {placeholders}, masked Authorization and API key values ('****…abcd'), 'Starting execution', 'Endpoint request URI' Lambda ARNs, 'Method completed with status' lines, usage-plan lines")
def fmt_apigw(n):
    def rts(): return clf_ts().replace(" -0500", " +0000").replace(" +0100", " +0000")
    def json_access():
        p = P(); o = {"requestId": uuid4(), "ip": rip(0.2), "caller": "-", "user": "-", "requestTime": rts(), "httpMethod": ch(["GET", "POST"]),
                      "resourcePath": ch(["/customers/{id}", "/login", "/orders", "/profile"]), "status": ch(["200", "201", "401", "403"]), "protocol": "HTTP/1.1",
                      "responseLength": str(rint(2, 9000))}
        k = ch(["cognito", "iam", "identity", "none"])
        if k == "cognito": o["sub"] = vuid(uuid4()); o["email"] = vemail(p)
        if k == "iam":
            o["caller"] = vuid("AIDA" + ralnum(17, AZ2_7)); o["user"] = o["caller"]
            o["userArn"] = S([f"arn:aws:iam::{rdigits(12)}:user/", vuser(p.username())])
        if k == "identity": o["cognitoIdentityId"] = vuid(f"eu-west-1:{uuid4()}")
        return jl("apigw/access-json", o)
    def clf():
        p = P(); iam = coin(0.3); aid = "AIDA" + ralnum(17, AZ2_7)
        cu = [vuid(aid), " ", vuid(aid)] if iam else ["- -"]
        return mk("apigw/access-clf", rip(0.2), " ", cu, f" [{rts()}] \"{ch(['GET', 'POST'])} {ch(['/customers/{id}', '/login', '/orders'])} HTTP/1.1\" {ch([200, 403, 502])} {rint(2, 9000)} {uuid4()}")
    def execlog():
        p = P(); rid = uuid4(); pre = f"({rid}) "
        c = ch([lambda: ["Method request path: {id=", vuid(cust_id()), "}"],
                lambda: ["Method request query string: {email=", vemail(p), ", lang=", ch(["en", "no", "sr"]), "}"],
                lambda: ["Method request headers: {Accept=application/json, X-Forwarded-For=", rip(0.2), ", ", vip4(), ", Host=api.example.com, User-Agent=", ch(["okhttp/4.12.0", "Amazon CloudFront"]),
                         ", Authorization=", "*" * rint(20, 40), rhex(6), "}"],
                lambda: ["Method request body before transformations: {\"email\":\"", vemail(p), "\",\"password\":\"", V("password", jesc(pw('"\\'))), "\"}"],
                lambda: ["Method request body before transformations: {\"firstName\":\"", vname(p.given), "\",\"lastName\":\"", vname(p.family), "\",\"dateOfBirth\":\"", vdob(p.dob, "iso"), "\",\"phone\":\"", pphone(p, "e164"), "\"}"],
                lambda: ["Endpoint response body before transformations: {\"statusCode\":200,\"body\":\"{\\\"customerId\\\":", vuid(cust_id()), ",\\\"name\\\":\\\"", vname(jesc(jesc(p.full))), "\\\",\\\"email\\\":\\\"", vemail(p), "\\\"}\"}"],
                lambda: ["Authorizer result body before parsing: {\"principalId\":\"", human(p), "\",\"policyDocument\":{\"Version\":\"2012-10-17\",\"Statement\":[{\"Action\":\"execute-api:Invoke\",\"Effect\":\"Allow\",\"Resource\":\"arn:aws:execute-api:eu-west-1:", rdigits(12), ":", ralnum(10, LOWER_DIG), "/prod/GET/customers/*\"}]}}"]])()
        return mk("apigw/execution", pre, c)
    def dec():
        rid = uuid4(); pre = f"({rid}) "
        return ch([lambda: mk("apigw/execution", pre, f"Extended Request Id: {ralnum(14)}{ch(['Fg', 'Hw', 'aQ'])}="),
                   lambda: mk("apigw/execution", pre, f"Starting execution for request: {rid}"),
                   lambda: mk("apigw/execution", pre, f"HTTP Method: {ch(['GET', 'POST'])}, Resource Path: {ch(['/login', '/customers/{id}', '/orders'])}"),
                   lambda: mk("apigw/execution", pre, f"Endpoint request URI: https://lambda.eu-west-1.amazonaws.com/2015-03-31/functions/arn:aws:lambda:eu-west-1:{rdigits(12)}:function:{ch(['login', 'customers-api'])}/invocations"),
                   lambda: mk("apigw/execution", pre, f"Method completed with status: {ch([200, 201, 401, 502])}"),
                   lambda: mk("apigw/execution", pre, f"Verifying Usage Plan for request: {rid}. API Key: {'*' * 36}{rhex(4)} API Stage: {ralnum(10, LOWER_DIG)}/prod"),
                   lambda: mk("apigw/execution", pre, f"Execution failed due to configuration error: Invalid permissions on Lambda function")])()
    return produce(n, [(json_access, 2), clf, (execlog, 3)], [dec])

# ---------------------------------------------------------------------------------------------- GCP load balancer / Cloud Run
@fmt("gcplb", "Google Cloud documentation 'External Application Load Balancer logging and monitoring' and Cloud Logging's LogEntry / HttpRequest reference (insertId, httpRequest{requestMethod, requestUrl, requestSize, status, responseSize, userAgent, remoteIp, serverIp, referer, latency as a Duration string, protocol, cacheLookup, cacheHit}, jsonPayload{@type LoadBalancerLogEntry, statusDetails, backendTargetProjectNumber, remoteIp, enforcedSecurityPolicy{name, priority, configuredAction, outcome, preconfiguredExprIds}}, resource{type http_load_balancer / cloud_run_revision, labels}, timestamp, severity, logName, trace, spanId, receiveTimestamp), Cloud Run request logs and stdout textPayload entries",
     "remoteIp (ipv4/ipv6) and serverIp, personal data in requestUrl and referer query strings, textPayload application messages with personal data",
     "resource labels (project, url map, forwarding rule, backend service, revision), trace/spanId, insertIds, latencies, statusDetails, Cloud Armor rule ids, Cloud Run start-up probe messages, textPayload lines without personal data")
def fmt_gcplb(n):
    proj = "acme-shop-prod"
    def entry(hr, res, payload=None, sev="INFO"):
        o = {"insertId": ralnum(14, LOWER_DIG), "httpRequest": hr}
        if payload: o["jsonPayload"] = payload
        o.update({"resource": res, "timestamp": iso_ts(frac=6), "severity": sev, "logName": f"projects/{proj}/logs/requests",
                  "trace": f"projects/{proj}/traces/{rhex(32)}", "spanId": rhex(16), "receiveTimestamp": iso_ts(frac=9)})
        return o
    def hreq(p):
        path = url_pii(p) if coin(0.75) else url_plain(); ip = rip(0.3)
        hr = {"requestMethod": ch(["GET", "POST"]), "requestUrl": S(["https://shop.example.com", path]), "requestSize": str(rint(80, 3000)),
              "status": ch([200, 200, 302, 403, 404]), "responseSize": str(rint(100, 90000)), "userAgent": ua(), "remoteIp": ip}
        if coin(0.3): hr["referer"] = S(["https://shop.example.com", url_pii(p)])
        hr.update({"latency": f"0.{rint(1000, 999999):06d}s", "protocol": ch(["HTTP/1.1", "HTTP/2.0"])})
        return hr
    lbres = lambda: {"type": "http_load_balancer", "labels": {"project_id": proj, "zone": "global", "url_map_name": "shop-urlmap", "forwarding_rule_name": "shop-https-fr",
                                                              "target_proxy_name": "shop-https-proxy", "backend_service_name": "shop-backend"}}
    runres = lambda: {"type": "cloud_run_revision", "labels": {"project_id": proj, "service_name": "checkout", "revision_name": f"checkout-000{rint(10, 99)}-{ralnum(3, LOWER_DIG)}",
                                                               "location": "europe-north1", "configuration_name": "checkout"}}
    def lb():
        p = P(); hr = hreq(p); hr["serverIp"] = vpriv4(); hr["cacheLookup"] = coin(0.5)
        pl = {"@type": "type.googleapis.com/google.cloud.loadbalancing.type.LoadBalancerLogEntry", "statusDetails": "response_sent_by_backend",
              "backendTargetProjectNumber": f"projects/{rdigits(12)}", "remoteIp": hr["remoteIp"]}
        return jl("gcplb/lb", entry(hr, lbres(), pl))
    def armor():
        p = P(); hr = hreq(p); hr["status"] = 403
        pl = {"@type": "type.googleapis.com/google.cloud.loadbalancing.type.LoadBalancerLogEntry", "statusDetails": "denied_by_security_policy",
              "enforcedSecurityPolicy": {"name": "shop-armor", "priority": ch([1000, 2000]), "configuredAction": "DENY", "outcome": "DENY",
                                         "preconfiguredExprIds": [ch(["owasp-crs-v030301-id942100-sqli", "owasp-crs-v030301-id941100-xss"])]}, "remoteIp": hr["remoteIp"]}
        return jl("gcplb/armor", entry(hr, lbres(), pl, "WARNING"))
    def run():
        p = P(); hr = hreq(p); hr["serverIp"] = V("ipv6", ipv6()) if coin(0.3) else vpriv4()
        o = entry(hr, runres()); o["logName"] = f"projects/{proj}/logs/run.googleapis.com%2Frequests"
        return jl("gcplb/cloudrun", o)
    def stdout():
        p = P()
        tx = ch([S(["Order ", order_no(), " confirmed for ", vemail(p)]), S(["Address validated: ", vaddr(address(p.country)[3])]),
                 S(["Stripe charge failed for customer ", vuid(f"cus_{ralnum(14)}"), " (", vname(p.full), ")"])])
        o = {"textPayload": tx, "insertId": ralnum(14, LOWER_DIG), "resource": runres(), "timestamp": iso_ts(frac=6), "severity": "INFO",
             "labels": {"instanceId": rhex(64)}, "logName": f"projects/{proj}/logs/run.googleapis.com%2Fstdout", "receiveTimestamp": iso_ts(frac=9)}
        return jl("gcplb/stdout", o)
    def dec():
        tx = ch(["Default STARTUP TCP probe succeeded after 1 attempt for container \"checkout-1\" on port 8080.", "Listening on port 8080",
                 "Shutting down user disabled instance", f"Ready condition status changed to True for Revision checkout-000{rint(10, 99)}-{ralnum(3, LOWER_DIG)}.",
                 f"Cache warm-up finished: {rint(100, 9000)} keys"])
        o = {"textPayload": tx, "insertId": ralnum(14, LOWER_DIG), "resource": runres(), "timestamp": iso_ts(frac=6), "severity": ch(["INFO", "DEFAULT"]),
             "labels": {"instanceId": rhex(64)}, "logName": f"projects/{proj}/logs/run.googleapis.com%2F{ch(['stdout', 'varlog%2Fsystem'])}", "receiveTimestamp": iso_ts(frac=9)}
        return jl("gcplb/stdout", o)
    return produce(n, [(lb, 3), armor, run, stdout], [dec])

# ---------------------------------------------------------------------------------------------- Akamai DataStream 2
@fmt("akamai", "Akamai TechDocs 'DataStream 2' ('Data set parameters' and 'Log format': JSON and structured (space-delimited) records with version, cp, reqId, reqTimeSec, bytes, cliIP, statusCode, proto, reqHost, reqMethod, reqPath, reqPort, rspContentLen, rspContentType, UA, tlsOverheadTimeMSec, tlsVersion, objSize, uncompressedSize, overheadBytes, totalBytes, queryStr, accLang, cookie, range, referer, xForwardedFor, maxAgeSec, reqEndTimeMSec, errorCode, turnAroundTimeMSec, transferTimeMSec, dnsLookupTimeMSec, edgeIP, country, state, city, streamId — string values, '-' for empty, UA / queryStr / cookie / referer URL-encoded) and the DataStream 2 API stream objects",
     "cliIP (ipv4/ipv6), edgeIP, xForwardedFor lists, URL-encoded personal data in queryStr, reqPath and referer, cookie values (secret)",
     "DataStream 2 API responses (stream ids, versions, activation status, product ids, dataset field ids), request ids, timings, byte counts, geo fields (country, state, city — not personal data)")
def fmt_akamai(n):
    def rec(p):
        path, qs = ch([lambda: ("/account/verify", ["email=", V("email", q(p.email())), "&lang=en"]), lambda: ("/api/otp", ["msisdn=", V("phone", q(phone(home(p.country), "e164")))]),
                       lambda: ("/members/" , None), lambda: ("/static/app.3f9a1.js", []), lambda: ("/login", ["user=", vuser(p.username())])])()
        if qs is None: path = ["/members/", vuid(cust_id()), "/profile"]; qs = []
        ck = ["session=", vsecret(rb64(24, url=True, pad=False)), "%3B%20lang%3Den"] if coin(0.4) else ["-"]
        ref = ["https%3A%2F%2Fwww.example.com%2Fsearch%3Fq%3D", vname(q(p.western, safe=""))] if coin(0.2) else ["-"]
        xff = [rip(0.2)] if coin(0.4) else ["-"]
        f = [("version", "2"), ("cp", str(rint(100000, 999999))), ("reqId", rhex(8) + rhex(8)), ("reqTimeSec", f"{epoch()}.{rint(0, 999):03d}"),
             ("bytes", str(rint(200, 90000))), ("cliIP", [rip(0.3)]), ("statusCode", ch(["200", "200", "304", "404"])), ("proto", "HTTPS"),
             ("reqHost", "www.example.com"), ("reqMethod", ch(["GET", "POST"])), ("reqPath", [path] if isinstance(path, str) else path), ("reqPort", "443"),
             ("rspContentLen", str(rint(200, 90000))), ("rspContentType", ch(["text/html", "application/json", "application/javascript"])),
             ("UA", q(ua(), safe="")), ("tlsOverheadTimeMSec", str(rint(0, 40))), ("tlsVersion", "TLSv1.3"), ("objSize", str(rint(200, 90000))),
             ("uncompressedSize", "-"), ("overheadBytes", str(rint(100, 900))), ("totalBytes", str(rint(300, 91000))), ("queryStr", qs or ["-"]),
             ("accLang", ch(["en-US", "nb-NO", "sr-RS", "kk-KZ"])), ("cookie", ck), ("range", "-"), ("referer", ref), ("xForwardedFor", xff), ("maxAgeSec", "-"),
             ("reqEndTimeMSec", str(rint(0, 30))), ("errorCode", "-"), ("turnAroundTimeMSec", str(rint(1, 900))), ("transferTimeMSec", str(rint(0, 90))),
             ("dnsLookupTimeMSec", "-"), ("edgeIP", [vip4()])] + list(zip(("country", "state", "city"), ch([("NO", "-", "OSLO"), ("RS", "-", "BELGRADE"), ("KZ", "-", "ALMATY"),
             ("ZA", "WC", "CAPE TOWN"), ("IN", "TN", "CHENNAI"), ("US", "OK", "TULSA")]))) + [("streamId", str(rint(10000, 99999)))]
        return f
    def js():
        f = rec(P()); out = ["{"]
        for i, (k, v) in enumerate(f):
            out += ([","] if i else []) + [f"\"{k}\":\"", v, "\""]
        out.append("}")
        return mkj("akamai/json", out)
    def structured():
        f = rec(P()); out = []
        for i, (k, v) in enumerate(f):
            out += ([" "] if i else []) + [v]
        return mk("akamai/structured", out)
    def dec():
        o = {"streamId": rint(10000, 99999), "streamName": ch(["shop-ds2", "media-ds2"]), "streamVersion": rint(1, 9), "activationStatus": ch(["ACTIVATED", "ACTIVATING", "DEACTIVATED"]),
             "productId": ch(["Adaptive_Media_Delivery", "Ion"]), "groupId": rint(100000, 999999), "contractId": f"C-{ralnum(7, UPPER_DIG)}",
             "properties": [{"propertyId": rint(100000, 999999), "propertyName": "www.example.com"}], "datasetFields": [{"datasetFieldId": i} for i in R.sample(range(1000, 1100), 4)],
             "deliveryConfiguration": {"format": ch(["JSON", "STRUCTURED"]), "frequency": {"intervalInSeconds": ch([30, 60])}}, "latestVersion": rint(1, 9)}
        return jl("akamai/api", o)
    return produce(n, [(js, 3), (structured, 2)], [dec])

# ---------------------------------------------------------------------------------------------- Varnish
@fmt("varnish", "Varnish Cache 7 reference: varnishlog(1) grouped output (-g request: '*   << Request  >> VXID', '-   Tag  value' records Begin, Timestamp, ReqStart (client IP, port, listener), ReqMethod, ReqURL, ReqProtocol, ReqHeader, ReqUnset, VCL_call, VCL_Log, VCL_return, RespStatus, RespHeader, End — vsl(7)) and varnishncsa(1) with its default format and -F formats (%h %l %u %t \"%r\" with the full http://host URL, %s %b %{Referer}i %{User-agent}i %{Varnish:hitmiss}x, custom JSON formats)",
     "ReqStart client addresses and X-Forwarded-For / X-Real-IP header values, personal data in ReqURL and %r, Cookie and Set-Cookie session values and Authorization values (Basic blob → secret, Bearer JWT → jwt), VCL_Log lines with logins or e-mails, %u remote users",
     "Begin / Timestamp / VCL_call / VCL_return / RespStatus / End records, ReqHeader Host / Accept / User-Agent, transaction headers, requests for static assets in the NCSA format with loopback clients")
def fmt_varnish(n):
    def vlog(tag, *val): return mk("varnish/varnishlog", f"-   {tag:<14} ", list(val))
    def txn():
        p = P(); vx = rint(32768, 999999); ip = rip(0.25); t = epoch()
        path = url_pii(p) if coin(0.8) else url_plain()
        recs = [mk("varnish/varnishlog", f"*   << Request  >> {vx}"), vlog("Begin", f"req {vx - 1} rxreq"), vlog("Timestamp", f"Start: {t}.{rint(0, 999999):06d} 0.000000 0.000000"),
                vlog("ReqStart", ip, f" {rint(1024, 65535)} a0"), vlog("ReqMethod", ch(["GET", "POST"])), vlog("ReqURL", path), vlog("ReqProtocol", "HTTP/1.1")]
        if coin(0.6): recs.append(vlog("ReqHeader", "Cookie: sessionid=", vsecret(ralnum(32, LOWER_DIG)), "; csrftoken=", vsecret(ralnum(32))))
        if coin(0.3): recs.append(vlog("ReqHeader", "Authorization: Basic ", vsecret(base64.b64encode(f"{p.username()}:{pw()}".encode()).decode())))
        elif coin(0.3): recs.append(vlog("ReqHeader", "Authorization: Bearer ", vjwt(p)))
        recs.append(vlog("ReqHeader", "X-Forwarded-For: ", ip))
        recs += [vlog("ReqHeader", "Host: www.example.com"), vlog("ReqHeader", f"User-Agent: {ua()}"), vlog("VCL_call", "RECV")]
        if coin(0.4): recs.append(vlog("VCL_Log", "user=", human(p)))
        recs += [vlog("VCL_return", ch(["hash", "pass"])), vlog("VCL_call", "HASH"), vlog("RespProtocol", "HTTP/1.1"), vlog("RespStatus", ch(["200", "302", "403"])),
                 vlog("RespReason", "OK")]
        if coin(0.3): recs.append(vlog("RespHeader", "Set-Cookie: sessionid=", vsecret(ralnum(32, LOWER_DIG)), "; Path=/; HttpOnly; Secure"))
        recs += [vlog("Timestamp", f"Resp: {t}.{rint(0, 999999):06d} 0.00{rint(1, 9)}{rint(100, 999)} 0.000{rint(10, 99)}"), vlog("End", "")]
        recs[-1]["line"] = recs[-1]["line"].rstrip()
        k = rint(3, 5); return recs[k:k + rint(4, 6)]
    def ncsa():
        p = P(); u = vuser(p.username()) if coin(0.3) else "-"
        path = url_pii(p) if coin(0.75) else url_plain()
        return mk("varnish/varnishncsa", rip(0.2), " - ", u, f" [{clf_ts()}] \"{ch(['GET', 'POST'])} http://www.example.com", path,
                  f" HTTP/1.1\" {ch([200, 200, 304, 404])} {rint(100, 90000)} \"-\" \"{ua()}\" {ch(['hit', 'miss', 'pass'])}")
    def ncsa_json():
        p = P(); path = url_pii(p) if coin(0.75) else url_plain()
        return mkj("varnish/ncsa-json", "{\"ip\":\"", rip(0.2), "\",\"user\":\"", vuser(p.username()) if coin(0.2) else "-", "\",\"url\":\"", map_v([path], jesc),
                   f"\",\"status\":{ch([200, 302, 404])},\"hit\":\"{ch(['hit', 'miss'])}\",\"time\":\"{ts_event().strftime('%Y-%m-%dT%H:%M:%S+0000')}\"}}")
    def dec():
        return ch([lambda: mk("varnish/varnishncsa", f"127.0.0.1 - - [{clf_ts()}] \"GET http://localhost/varnish-ping HTTP/1.1\" 200 0 \"-\" \"check_http/v2.4.11\" pass"),
                   lambda: mk("varnish/varnishlog", f"*   << BeReq    >> {rint(32768, 999999)}"),
                   lambda: mk("varnish/varnishlog", f"-   BereqURL       /static/css/site.{rhex(6)}.css"),
                   lambda: mk("varnish/varnishlog", f"-   VCL_use        boot"),
                   lambda: mk("varnish/varnishlog", f"-   Storage        malloc s0"),
                   lambda: mk("varnish/varnishlog", f"-   TTL            RFC 120 10 0 {epoch()} {epoch()} {epoch()} 0 120 cacheable")])()
    return produce(n, [(txn, 2), (ncsa, 2), ncsa_json], [dec], dfrac=0.36)

# ---------------------------------------------------------------------------------------------- Amazon CloudFront
CF_FIELDS = "date time x-edge-location sc-bytes c-ip cs-method cs(Host) cs-uri-stem sc-status cs(Referer) cs(User-Agent) cs-uri-query cs(Cookie) x-edge-result-type x-edge-request-id x-host-header cs-protocol cs-bytes time-taken x-forwarded-for ssl-protocol ssl-cipher x-edge-response-result-type cs-protocol-version fle-status fle-encrypted-fields c-port time-to-first-byte x-edge-detailed-result-type sc-content-type sc-content-len sc-range-start sc-range-end"
@fmt("cloudfront", "Amazon CloudFront Developer Guide 'Standard logging (access logs)' — W3C extended format, '#Version: 1.0' and '#Fields:' header lines, 33 tab-separated fields (date, time, x-edge-location, sc-bytes, c-ip, cs-method, cs(Host), cs-uri-stem, sc-status, cs(Referer), cs(User-Agent), cs-uri-query, cs(Cookie), x-edge-result-type, x-edge-request-id, x-host-header, cs-protocol, cs-bytes, time-taken, x-forwarded-for, ssl-protocol, ssl-cipher, x-edge-response-result-type, cs-protocol-version, fle-status, fle-encrypted-fields, c-port, time-to-first-byte, x-edge-detailed-result-type, sc-content-type, sc-content-len, sc-range-start, sc-range-end), values URL-encoded and already-encoded query characters encoded again (%40 → %2540), '-' for empty — and 'Real-time logs' (tab-separated selected fields with an epoch timestamp)",
     "c-ip (ipv4/ipv6) and x-forwarded-for, personal data in cs-uri-query (double-encoded, labeled as written) and cs-uri-stem, cs(Cookie) session values (secret), referer query strings",
     "#Version / #Fields header lines, edge locations, x-edge-request-ids, distribution host names, result types, TLS protocol/cipher names, byte counts and timings, requests for static objects without personal data are still address-bearing (c-ip), so decoys are the header lines")
def fmt_cloudfront(n):
    def enc2(s): return q(s, safe="").replace("%", "%25")
    def uaenc(): return ua().replace(" ", "%20")
    def row(rt=False):
        p = P(); t = ts_event(); ip = rip(0.25)
        stem, qry = ch([lambda: ("/account/verify", ["email=", V("email", enc2(p.email()) if not rt else q(p.email(), safe=""))]),
                        lambda: ("/api/otp/send", ["to=", V("phone", enc2(phone(home(p.country), "e164")) if not rt else q(phone(home(p.country), "e164"), safe=""))]),
                        lambda: (None, ["page=", str(rint(1, 9))]), lambda: ("/images/banner-winter.webp", ["-"]),
                        lambda: ("/reset", ["token=", vsecret(ralnum(40, URLCH))]), lambda: ("/login", ["username=", vuser(p.username())])])()
        stem = stem or ["/customers/", vuid(cust_id()), "/invoices"]
        ck = ["session-id=", vsecret(rb64(24, url=True, pad=False)), ";%20locale=nb-NO"] if coin(0.35) else ["-"]
        xff = [rip(0.2)] if coin(0.3) else ["-"]
        rid = rb64(42, url=True)
        if not rt:
            f = [t.strftime("%Y-%m-%d"), t.strftime("%H:%M:%S"), ch(["OSL50-C1", "BEG50-P1", "ALA50-C1", "CPT52-P2", "MAA50-C3", "IAD89-P2"]), str(rint(300, 90000)), [ip],
                 ch(["GET", "POST"]), "d111111abcdef8.cloudfront.net", [stem], ch(["200", "200", "304", "403"]), "-", uaenc(), qry, ck, ch(["Hit", "Miss", "RefreshHit"]),
                 rid, "www.example.com", "https", str(rint(100, 900)), f"0.{rint(1, 999):03d}", xff, "TLSv1.3", "TLS_AES_128_GCM_SHA256", ch(["Hit", "Miss"]),
                 ch(["HTTP/2.0", "HTTP/1.1"]), "-", "-", str(rint(1024, 65535)), f"0.{rint(1, 999):03d}", ch(["Hit", "Miss"]), ch(["text/html", "application/json", "image/webp"]),
                 str(rint(100, 90000)), "-", "-"]
            tpl = "cloudfront/standard"
        else:
            f = [f"{epoch()}.{rint(0, 999):03d}", [ip], f"0.{rint(1, 999):03d}", ch(["200", "304", "404"]), str(rint(300, 90000)), ch(["GET", "POST"]), "https",
                 "d111111abcdef8.cloudfront.net", [stem], str(rint(100, 900)), ch(["OSL50-C1", "BEG50-P1", "ALA50-C1"]), rid, "www.example.com", f"0.{rint(1, 999):03d}",
                 "HTTP/2.0", "IPv4" if "." in ip.text else "IPv6", uaenc(), "-", ck, qry, ch(["Hit", "Miss"]), xff]
            tpl = "cloudfront/realtime"
        out = []
        for i, x in enumerate(f): out += (["\t"] if i else []) + [x]
        return mk(tpl, out)
    def std(): return row(False)
    def rt(): return row(True)
    def dec():
        return ch([lambda: mk("cloudfront/standard", "#Version: 1.0"), lambda: mk("cloudfront/standard", "#Fields: " + CF_FIELDS)])()
    return produce(n, [(std, 3), rt], [dec], dfrac=0.25)

B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
def ts_plus(t=None, frac=3):
    t = t or ts_event(); return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond:06d}"[:frac] + "+0000"

# ---------------------------------------------------------------------------------------------- Wazuh / OSSEC
@fmt("wazuh", "Wazuh 4.9 documentation ('Alerts' / alerts.json: timestamp, rule{level, description, id, firedtimes, mail, groups, mitre, pci_dss, gdpr, hipaa, nist_800_53}, agent{id, name, ip}, manager{name}, id, full_log, predecoder{program_name, timestamp, hostname}, decoder{parent, name}, data{srcip, srcport, srcuser, dstuser, url, id, protocol, win{system, eventdata}}, location; syscheck alerts) and the OSSEC alerts.log text format ('** Alert <epoch>.<offset>: - groups,', '<YYYY Mon DD hh:mm:ss> <agent>-><location>', 'Rule: N (level L) -> \\'description\\'', 'Src IP:', 'User:', the full log line)",
     "data.srcip and agent.ip addresses (every IPv4), data.srcuser / dstuser and Windows targetUserName of people (username; e-mail logins as email), full_log lines carrying the same values and URLs with personal data, Windows ipAddress, OSSEC 'Src IP:' / 'User:' lines and the raw log line",
     "manager-local alerts without addresses (Wazuh server started, syscheck integrity changes of system files, rootcheck), rule metadata (groups, MITRE, PCI DSS, GDPR ids), alert ids, decoder names, '** Alert' and 'Rule:' header lines, invalid-user probe names (admin, test, oracle) and root, Windows computer and workstation names")
def fmt_wazuh(n):
    def agent(): return {"id": f"{rint(1, 40):03d}", "name": ch(["web-01", "web-02", "db-replica-2", "vpn-gw-1", "dc01"]), "ip": vpriv4()}
    def base(rule, full, data, loc, dec):
        return {"timestamp": ts_plus(), "rule": rule, "agent": agent(), "manager": {"name": "wazuh-manager"}, "id": f"{epoch()}.{rint(10000, 9999999)}",
                "full_log": full, "decoder": dec, "data": data, "location": loc}
    def sshd():
        p = P(); u = p.username(); ip = rip(0.15); port = str(rint(1024, 65535)); t = syslog_ts()
        rule = {"level": 5, "description": "sshd: authentication failed.", "id": "5760", "firedtimes": rint(1, 40), "mail": False,
                "groups": ["syslog", "sshd", "authentication_failed"], "mitre": {"id": ["T1110.001", "T1021.004"], "tactic": ["Credential Access", "Lateral Movement"], "technique": ["Password Guessing", "SSH"]},
                "gdpr": ["IV_35.7.d", "IV_32.2"], "pci_dss": ["10.2.4", "10.2.5"]}
        full = S([f"{t} web-01 sshd[{rint(1000, 99999)}]: Failed password for ", vuser(u), " from ", ip, f" port {port} ssh2"])
        return jl("wazuh/alerts-json", base(rule, full, {"srcip": ip, "srcport": port, "dstuser": vuser(u)}, "/var/log/auth.log", {"parent": "sshd", "name": "sshd"}))
    def web():
        p = P(); ip = rip(0.1); path = url_pii(p)
        rule = {"level": 7, "description": "SQL injection attempt.", "id": "31103", "firedtimes": rint(1, 9), "mail": False, "groups": ["web", "accesslog", "attack", "sql_injection"],
                "mitre": {"id": ["T1190"], "tactic": ["Initial Access"], "technique": ["Exploit Public-Facing Application"]}, "pci_dss": ["6.5", "11.4"]}
        full = S([ip, f" - - [{clf_ts()}] \"GET ", path, f"' OR '1'='1 HTTP/1.1\" 404 {rint(100, 900)} \"-\" \"sqlmap/1.8.11#stable\""])
        return jl("wazuh/alerts-json", base(rule, full, {"protocol": "GET", "srcip": ip, "id": "404", "url": S([path, "' OR '1'='1"])}, "/var/log/nginx/access.log", {"name": "web-accesslog"}))
    def win():
        p = P(); ip = rip(0.1)
        ed = {"subjectUserSid": "S-1-0-0", "subjectLogonId": "0x0", "targetUserName": human(p), "targetDomainName": "CORP", "status": "0xc000006d", "failureReason": "%%2313",
              "subStatus": "0xc000006a", "logonType": ch(["3", "10"]), "logonProcessName": "NtLmSsp", "authenticationPackageName": "NTLM", "workstationName": f"WS-{rint(100, 9999):04d}",
              "ipAddress": ip, "ipPort": str(rint(1024, 65535))}
        rule = {"level": 5, "description": "Logon failure - Unknown user or bad password.", "id": "60122", "firedtimes": rint(1, 90), "mail": False,
                "groups": ["windows", "windows_security", "authentication_failed"], "mitre": {"id": ["T1531"], "tactic": ["Impact"], "technique": ["Account Access Removal"]}}
        sysd = {"providerName": "Microsoft-Windows-Security-Auditing", "eventID": "4625", "level": "0", "channel": "Security", "computer": "dc01.corp.example.com",
                "systemTime": iso_ts(frac=7), "eventRecordID": str(rint(10 ** 6, 10 ** 8))}
        o = base(rule, None, {"win": {"system": sysd, "eventdata": ed}}, "EventChannel", {"name": "windows_eventchannel"}); del o["full_log"]
        return jl("wazuh/alerts-json", o)
    def sudo():
        p = P(); u = p.username(); t = syslog_ts(); cmd = ch(["/usr/bin/systemctl restart nginx", "/usr/bin/journalctl -u shop", "/usr/bin/apt upgrade"])
        rule = {"level": 3, "description": "Successful sudo to ROOT executed.", "id": "5402", "firedtimes": rint(1, 9), "mail": False, "groups": ["syslog", "sudo"],
                "mitre": {"id": ["T1548.003"], "tactic": ["Privilege Escalation", "Defense Evasion"], "technique": ["Sudo and Sudo Caching"]}}
        full = S([f"{t} web-01 sudo:     ", vuser(u), " : TTY=pts/0 ; PWD=/home/", vuser(u), f" ; USER=root ; COMMAND={cmd}"])
        return jl("wazuh/alerts-json", base(rule, full, {"srcuser": vuser(u), "dstuser": "root", "tty": "pts/0", "pwd": S(["/home/", vuser(u)]), "command": cmd}, "/var/log/auth.log", {"name": "sudo"}))
    def alertslog():
        p = P(); u = p.username(); ip = rip(0.1); t = ts_event(); port = rint(1024, 65535)
        lines = [mk("wazuh/alerts-log", f"** Alert {epoch()}.{rint(10000, 9999999)}: - syslog,sshd,authentication_failed,"),
                 mk("wazuh/alerts-log", t.strftime("%Y %b %d %H:%M:%S"), " web-01->/var/log/auth.log"),
                 mk("wazuh/alerts-log", "Rule: 5760 (level 5) -> 'sshd: authentication failed.'"),
                 mk("wazuh/alerts-log", "Src IP: ", ip), mk("wazuh/alerts-log", "Src Port: ", str(port)), mk("wazuh/alerts-log", "User: ", vuser(u)),
                 mk("wazuh/alerts-log", syslog_ts(t), f" web-01 sshd[{rint(1000, 99999)}]: Failed password for ", vuser(u), " from ", ip, f" port {port} ssh2")]
        k = rint(0, 2); return lines[k:k + rint(4, 6)]
    def dec():
        t = ts_plus()
        return ch([lambda: jl("wazuh/alerts-json", {"timestamp": t, "rule": {"level": 3, "description": "Wazuh server started.", "id": "502", "firedtimes": 1, "mail": False, "groups": ["ossec"]},
                                                     "agent": {"id": "000", "name": "wazuh-manager"}, "manager": {"name": "wazuh-manager"}, "id": f"{epoch()}.{rint(100, 9999)}",
                                                     "full_log": "ossec: Manager started.", "decoder": {"name": "ossec"}, "location": "wazuh-monitord"}),
                   lambda: jl("wazuh/alerts-json", {"timestamp": t, "rule": {"level": 7, "description": "Integrity checksum changed.", "id": "550", "firedtimes": rint(1, 9), "mail": False, "groups": ["ossec", "syscheck", "syscheck_entry_modified", "syscheck_file"]},
                                                     "agent": {"id": "000", "name": "wazuh-manager"}, "manager": {"name": "wazuh-manager"}, "id": f"{epoch()}.{rint(100, 9999)}",
                                                     "full_log": f"File '/etc/{ch(['hosts', 'resolv.conf', 'ssh/sshd_config'])}' modified\nMode: realtime\nChanged attributes: size,mtime,md5,sha1,sha256\n",
                                                     "syscheck": {"path": "/etc/hosts", "mode": "realtime", "size_before": str(rint(100, 900)), "size_after": str(rint(100, 900)), "md5_after": rhex(32), "sha1_after": rhex(40), "event": "modified"},
                                                     "decoder": {"name": "syscheck_integrity_changed"}, "location": "syscheck"}),
                   lambda: mk("wazuh/alerts-log", "Rule: 502 (level 3) -> 'Wazuh server started.'"),
                   lambda: mk("wazuh/ossec-log", ts_event().strftime("%Y/%m/%d %H:%M:%S"), " wazuh-remoted: INFO: (1410): Reading authentication keys file."),
                   lambda: mk("wazuh/ossec-log", ts_event().strftime("%Y/%m/%d %H:%M:%S"), " wazuh-modulesd:vulnerability-scanner: INFO: Vulnerability scanner module started."),
                   lambda: mk("wazuh/ossec-log", ts_event().strftime("%Y/%m/%d %H:%M:%S"), f" wazuh-analysisd: INFO: Total rules enabled: '{rint(6000, 7000)}'")])()
    return produce(n, [(sshd, 2), web, win, sudo, alertslog], [dec])

# ---------------------------------------------------------------------------------------------- Duo
@fmt("duo", "Duo Admin API documentation: authentication logs v2 (access_device{browser, browser_version, hostname, ip, location{city, country, state}, os, os_version}, application{key, name}, auth_device{ip, key, location, name}, email, event_type, factor, isotimestamp, reason, result, timestamp, txid, user{groups, key, name}), administrator logs (action, description as a JSON-encoded string, isotimestamp, object, timestamp, username = the administrator's name) and telephony logs (context, credits, phone, type, txid); Duo Authentication Proxy authproxy.log lines ('timestamp [module#level] message' with RADIUS client tuples)",
     "user.name (username) and email, user.key (DU… → user_id), access_device.ip and auth_device.ip, auth_device.name when it is the phone number, telephony phone, admin-log object (username) and description values (names, e-mails, phones), the administrator's name (person), Authentication Proxy usernames and client addresses",
     "application and device keys (DI…, DP…), txids, factors, reasons, geo fields, Authentication Proxy start-up / connectivity lines, admin-log actions performed by 'API'")
def fmt_duo(n):
    def iso6(): t = ts_event(); return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond:06d}+00:00"
    def key(pfx): return pfx + ralnum(18, UPPER_DIG)
    def auth():
        p = P(); geo = ch([{"city": "Oslo", "country": "Norway", "state": "Oslo"}, {"city": "Belgrade", "country": "Serbia", "state": "Central Serbia"},
                            {"city": "Almaty", "country": "Kazakhstan", "state": "Almaty"}, {"city": "Cardiff", "country": "United Kingdom", "state": "Wales"}])
        o = {"access_device": {"browser": ch(["Chrome", "Edge", "Safari"]), "browser_version": ch(["130.0.6723.117", "131.0.6778.86", "18.1.1"]), "hostname": None, "ip": rip(0.2), "location": geo,
                               "os": ch(["Mac OS X", "Windows", "iOS"]), "os_version": ch(["14.6.1", "10", "18.1"])},
             "alias": "", "application": {"key": key("DI"), "name": ch(["Acme VPN", "Okta SSO", "RD Gateway"])},
             "auth_device": {"ip": rip(0.1), "key": key("DP"), "location": geo, "name": pphone(p, "intl") if coin(0.6) else ch(["iPhone 15", "Pixel 8", "YubiKey 5"])},
             "email": vemail(p), "event_type": "authentication", "factor": ch(["duo_push", "phone_call", "sms_passcode", "webauthn"]), "isotimestamp": iso6(),
             "ood_software": None, "reason": ch(["user_approved", "user_marked_fraud", "deny_unenrolled_user", "valid_passcode"]), "result": ch(["success", "denied", "fraud"]),
             "timestamp": epoch(), "trusted_endpoint_status": "not trusted", "txid": uuid4(), "user": {"groups": [ch(["Staff", "Finance", "Contractors"])], "key": vuid(key("DU")), "name": vuser(p.username())}}
        return jl("duo/authentication", o)
    def admin():
        p = P(); adm = P()
        desc = ch([[("realname", vname(p.full)), ("email", vemail(p)), ("status", "Active")], [("phones", None), ("number", pphone(p, "e164")), ("platform", "Apple iOS")],
                   [("email", vemail(p)), ("notes", "Contractor until 2027-03-31")]])
        d = ["{"]
        for i, (k, v) in enumerate(desc):
            if v is None: continue
            d += ([", "] if len(d) > 1 else []) + [f"\"{k}\": ", "\"", v, "\""]
        d.append("}")
        desc_s = map_v(d, lambda s: s.replace("\\", "\\\\").replace('"', '\\"'))
        o = ["{\"action\":\"", ch(["user_update", "user_create", "phone_create"]), "\",\"description\":\"", desc_s, "\",\"isotimestamp\":\"", iso6(), "\",\"object\":\"",
             vuser(p.username()), f"\",\"timestamp\":{epoch()},\"username\":\"", vname(jesc(adm.full)), "\"}"]
        return mkj("duo/administrator", o)
    def tel():
        p = P()
        return jl("duo/telephony", {"context": ch(["authentication", "enrollment", "administrator login"]), "credits": ch([1, 1, 2]), "isotimestamp": iso6(),
                                    "phone": pphone(p, "e164"), "telephony_id": uuid4(), "timestamp": epoch(), "txid": uuid4(), "type": ch(["sms", "phone"])})
    def proxy():
        p = P(); t = ts_event(); ts = t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond:06d}+0000"; cl = vpriv4(); port = rint(1024, 65535); rid = rint(1, 250)
        m = ch([["[duoauthproxy.modules.radius_server_auto#info] ((", "'", cl, f"', {port}), {rid}): login attempt for username '", vuser(p.username()), "'"],
                ["[duoauthproxy.lib.log#info] Sending request from ", cl, " to radius_server_auto"],
                ["[duoauthproxy.modules.radius_server_auto#info] ((", "'", cl, f"', {port}), {rid}): Duo authentication returned 'allow': 'Success. Logging you in...' for user '", vuser(p.username()), "'"]])
        return mk("duo/authproxy", ts, " ", m)
    def dec():
        t = ts_event(); ts = t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond:06d}+0000"
        return ch([lambda: mk("duo/authproxy", ts, " [duoauthproxy.lib.log#info] Duo Security Authentication Proxy 6.4.2 - Init Complete"),
                   lambda: mk("duo/authproxy", ts, " [-#info] Log opened."),
                   lambda: mk("duo/authproxy", ts, " [duoauthproxy.modules.ad_client#info] AD connectivity test succeeded"),
                   lambda: mk("duo/authproxy", ts, f" [duoauthproxy.lib.http#info] Starting factory <duoauthproxy.lib.http._DuoHTTPClientFactory object at 0x7f{rhex(10)}>"),
                   lambda: jl("duo/administrator", {"action": "integration_update", "description": "{\"name\": \"Acme VPN\", \"greeting\": \"Welcome\"}", "isotimestamp": iso_ts(), "object": "Acme VPN", "timestamp": epoch(), "username": "API"})])()
    return produce(n, [(auth, 3), admin, tel, proxy], [dec])

# ---------------------------------------------------------------------------------------------- 1Password Events API
@fmt("onepassword", "1Password Events API reference (developer.1password.com: POST /api/v2/signinattempts, /api/v1/itemusages, /api/v1/auditevents with a Bearer JWT; SignInAttempt{uuid, session_uuid, timestamp, category, type, country, details, target_user{uuid, name, email}, client{app_name, app_version, platform_name, platform_version, os_name, os_version, ip_address}, location{country, region, city, latitude, longitude}}, ItemUsage{uuid, timestamp, used_version, vault_uuid, item_uuid, action, user, client, location}, AuditEvent{uuid, timestamp, actor_uuid, actor_details, action, object_type, object_uuid, object_details, aux_id, aux_uuid, aux_info, session{uuid, login_time, device_uuid, ip}, location}; cursor responses and GET /api/v2/auth/introspect)",
     "user / target_user / actor_details / object_details name (person), email, uuid of people (user_id), client.ip_address and session.ip (ipv4/ipv6), the Bearer token of the events integration (jwt)",
     "vault / item / session / device uuids, app names and versions, categories and types, cursor responses, introspect responses (features, account uuid), geo fields")
def fmt_onepassword(n):
    def u(): return ralnum(26, B32)
    def who(p): return {"uuid": vuid(u()), "name": vname(p.full), "email": vemail(p)}
    def client():
        return {"app_name": ch(["1Password Browser Extension", "1Password for Mac", "1Password for Windows", "1Password CLI"]), "app_version": str(rint(80000000, 81999999)),
                "platform_name": ch(["Chrome", "Firefox", "Edge", "macOS"]), "platform_version": ch(["130.0.6723.117", "132.0", "14.6.1"]),
                "os_name": ch(["MacOSX", "Windows", "Linux"]), "os_version": ch(["14.6.1", "10.0.22631", "6.8.0"]), "ip_address": rip(0.25)}
    def loc(): return ch([{"country": "NO", "region": "Oslo", "city": "Oslo", "latitude": 59.9127, "longitude": 10.7461}, {"country": "RS", "region": "Belgrade", "city": "Belgrade", "latitude": 44.8178, "longitude": 20.4569},
                          {"country": "ZA", "region": "Western Cape", "city": "Stellenbosch", "latitude": -33.9321, "longitude": 18.8602}])
    def signin():
        p = P(); cat = ch(["success", "credentials_failed", "mfa_failed", "firewall_failed"])
        ty = {"success": "credentials_ok", "credentials_failed": "password_secret_bad", "mfa_failed": "mfa_missing", "firewall_failed": "country_blocked"}[cat]
        return jl("onepassword/signinattempts", {"uuid": u(), "session_uuid": u(), "timestamp": iso_ts(frac=9), "category": cat, "type": ty, "country": "NO", "details": None,
                                                 "target_user": who(p), "client": client(), "location": loc()})
    def usage():
        p = P()
        return jl("onepassword/itemusages", {"uuid": u(), "timestamp": iso_ts(frac=9), "used_version": rint(1, 30), "vault_uuid": u(), "item_uuid": u(),
                                             "action": ch(["fill", "reveal", "secure-copy", "enter-item-edit-mode"]), "user": who(p), "client": client(), "location": loc()})
    def audit():
        a, b = P(), P(); act = ch(["join", "suspend", "reactivate", "delete", "grant", "revoke"])
        o = {"uuid": u(), "timestamp": iso_ts(frac=9), "actor_uuid": vuid(u()), "actor_details": who(a), "action": act,
             "object_type": "user" if act in ("join", "suspend", "reactivate", "delete") else "gm", "object_uuid": u()}
        if o["object_type"] == "user": o["object_uuid"] = vuid(u()); o["object_details"] = who(b)
        o.update({"aux_id": rint(1000, 99999), "aux_uuid": u(), "aux_info": ch(["A", "R", "E"]),
                  "session": {"uuid": u(), "login_time": iso_ts(frac=9), "device_uuid": ralnum(26, LOWER_DIG), "ip": rip(0.2)}, "location": loc()})
        return jl("onepassword/auditevents", o)
    def request():
        tok = jwt_token(claims={"aud": ["com.1password.streamingservice"], "sub": ralnum(26, B32), "iat": epoch(), "iss": "com.1password.b5", "features": ["signinattempts", "itemusages", "auditevents"], "jti": ralnum(26, LOWER_DIG)}, alg="ES256")
        return mk("onepassword/request", f"POST https://events.1password.com/api/v2/{ch(['signinattempts', 'auditevents'])} Authorization: Bearer ", V("jwt", tok),
                  f" body={{\"limit\":{ch([100, 500, 1000])},\"start_time\":\"{iso_ts(frac=0)}\"}}")
    def dec():
        return ch([lambda: jl("onepassword/cursor", {"cursor": rb64(48), "has_more": ch([False, True]), "items": []}),
                   lambda: jl("onepassword/introspect", {"uuid": ralnum(26, B32), "issued_at": iso_ts(frac=9), "features": ["auditevents", "itemusages", "signinattempts"], "account_uuid": ralnum(26, B32)}),
                   lambda: mk("onepassword/request", f"POST https://events.1password.com/api/v1/itemusages -> 200 OK ({rint(0, 1000)} items, has_more=false) in {rint(30, 900)} ms")])()
    return produce(n, [(signin, 2), (usage, 2), (audit, 2), (request, 2)], [dec])

# ---------------------------------------------------------------------------------------------- Teleport
@fmt("teleport", "Teleport documentation ('Audit Events and Records' reference: JSON events with ei, event, code, time, uid, cluster_name, user, login, addr.remote, addr.local, server_id, server_hostname, server_addr, sid, namespace, proto, size, method, success, mfa_device, identity_attributes, user_agent; user.login T1000I/T1000W, session.start T2000I, session.end, exec T3002I, db.session.query TDB02I); tctl users add / tctl tokens add output",
     "user (username, or email for SSO users), personal OS logins, identity_attributes (email, name → person), addr.remote (ipv4/ipv6, also the server's addr.local / server_addr), commands and database queries with personal data, invite URLs and join tokens (secret)",
     "OS logins of system accounts (root, ubuntu, ec2-user), server ids and host names, session ids, event codes, sizes, 'This token will expire' / 'Run this on the new node' output lines, cluster names")
def fmt_teleport(n):
    cl = "teleport.example.com"
    def ap(): return hp(rip(0.2))
    def login():
        p = P(); sso = coin(0.4)
        o = {"addr.remote": S(ap()), "cluster_name": cl, "code": ch(["T1000I", "T1000W"]), "ei": 0, "event": "user.login", "method": "oidc" if sso else "local",
             "success": True, "time": iso_ts(), "uid": uuid4(), "user": vemail(p) if sso else vuser(p.username()), "user_agent": ua()}
        if sso: o["identity_attributes"] = {"email": vemail(p), "name": vname(p.full), "groups": [ch(["engineering", "support"])]}
        else: o["mfa_device"] = {"mfa_device_name": ch(["yubikey", "otp-phone"]), "mfa_device_uuid": uuid4(), "mfa_device_type": ch(["WebAuthn", "TOTP"])}
        if o["code"] == "T1000W": o["success"] = False; o["error"] = "invalid username, password or second factor"
        return jl("teleport/audit", o)
    def session():
        p = P(); personal = coin(0.3)
        o = {"addr.local": S([vpriv4(), ":3022"]), "addr.remote": S(ap()), "cluster_name": cl, "code": "T2000I", "ei": 0, "event": "session.start",
             "login": vuser(p.gascii) if personal else ch(["root", "ubuntu", "ec2-user"]), "namespace": "default", "proto": "ssh", "server_addr": S([vpriv4(), ":3022"]),
             "server_hostname": ch(["db-replica-2", "web-01", "build-agent-4"]), "server_id": uuid4(), "session_recording": "node", "sid": uuid4(), "size": "80:24",
             "time": iso_ts(), "uid": uuid4(), "user": vuser(p.username())}
        return jl("teleport/audit", o)
    def query():
        p = P(); c = P()
        qs = ch([S(["SELECT id, email FROM customers WHERE email = '", vemail(c), "'"]), S(["UPDATE customers SET phone = '", pphone(c), "' WHERE id = ", vuid(cust_id())]),
                 S(["SELECT * FROM customers WHERE last_name = '", vname(c.family), "'"])])
        o = {"cluster_name": cl, "code": "TDB02I", "db_name": "shop", "db_protocol": "postgres", "db_query": qs, "db_service": "shop-prod", "db_uri": "shop-prod.cluster-xyz.eu-west-1.rds.amazonaws.com:5432",
             "db_user": ch(["readonly", "support_ro"]), "ei": rint(1, 90), "event": "db.session.query", "sid": uuid4(), "success": True, "time": iso_ts(), "uid": uuid4(), "user": human(p)}
        return jl("teleport/audit", o)
    def execv():
        p = P()
        cmd = ch([S(["psql -h 10.0.4.12 -U app -c \"select * from customers where email='", vemail(P()), "'\""]),
                  S(["psql postgresql://", V("url_credentials", f"{p.username()}:{q(pw(), safe='!$&*+,;=')}"), "@", vpriv4(), ":5432/shop"]),
                  S(["curl -u ", vuser(p.username()), ":", V("password", jesc(pw('"\\ '))), " https://intranet.example.com/api/export"])])
        o = {"addr.local": S([vpriv4(), ":3022"]), "addr.remote": S(ap()), "cluster_name": cl, "code": "T3002I", "command": cmd, "ei": rint(1, 9), "event": "exec", "exitCode": "0",
             "login": "ubuntu", "namespace": "default", "server_hostname": "db-replica-2", "server_id": uuid4(), "time": iso_ts(), "uid": uuid4(), "user": vuser(p.username())}
        return jl("teleport/audit", o)
    def tctl():
        p = P()
        return ch([lambda: [mk("teleport/tctl", "User \"", vuser(p.username()), "\" has been created but requires a password. Share this URL with the user to complete user setup, link is valid for 1h:"),
                            mk("teleport/tctl", f"https://{cl}:443/web/invite/", vsecret(rhex(32)))],
                   lambda: [mk("teleport/tctl", "The invite token: ", vsecret(teleport_token())), mk("teleport/tctl", "This token will expire in 30 minutes.")]])()
    def dec():
        return ch([lambda: mk("teleport/tctl", "Run this on the new node to join the cluster:"),
                   lambda: mk("teleport/tctl", "Please note:"),
                   lambda: mk("teleport/tctl", f"  - This invitation token will expire in 30 minutes"),
                   lambda: jl("teleport/audit", {"cluster_name": cl, "code": "T2004I", "ei": rint(10, 400), "event": "session.end", "enhanced_recording": False, "interactive": True, "namespace": "default",
                                                  "participants": ["system"], "server_hostname": "web-01", "server_id": uuid4(), "session_recording": "node", "session_start": iso_ts(), "session_stop": iso_ts(), "sid": uuid4(), "time": iso_ts(), "uid": uuid4(), "user": "system"}),
                   lambda: jl("teleport/audit", {"cluster_name": cl, "code": "TCL00I", "ei": 0, "event": "cert.create", "cert_type": "user", "identity": {"user": "bot-ci", "roles": ["bot-ci"], "expires": iso_ts()}, "time": iso_ts(), "uid": uuid4()})])()
    return produce(n, [(login, 3), (session, 2), query, execv, tctl], [dec])

# ---------------------------------------------------------------------------------------------- strongSwan
@fmt("strongswan", "strongSwan 5.9 / 6.0 documentation: charon logging ('Logger Configuration': syslog lines 'charon: NN[GRP] message' with the IKE, CFG, NET, ENC, LIB, DMN, JOB groups; messages such as 'received packet: from A[500] to B[500]', 'A is initiating an IKE_SA', 'looking for peer configs matching A[id]...B[id]', 'received EAP identity', 'authentication of … with … successful', 'EAP method EAP_MSCHAPV2 succeeded / failed', 'assigning virtual IP', 'IKE_SA name[N] established between …', 'CHILD_SA … established with SPIs … and TS …'), `swanctl --list-sas` output, and ipsec.secrets / swanctl.conf secrets sections (': PSK \"…\"', 'user : EAP \"…\"')",
     "peer and local addresses (every IPv4/IPv6, also virtual IPs and traffic selectors), EAP identities and peer ids of people (username or email), certificate subject names (CN → person), EAP secrets (password) and PSKs (secret)",
     "daemon start-up, plugin and worker-thread lines, CHILD_SA SPI lines with 0.0.0.0/0, 'peer requested virtual IP %any', gateway ids (vpn.example.com), the secrets file's comment lines")
def fmt_strongswan(n):
    gw = ch(["198.51.100.1", "203.0.113.1"])
    def cl(g): return mk("strongswan/charon", f"{syslog_ts()} vpn-gw-1 charon: {rint(1, 16):02d}[{g}] ")
    def line(g, *parts): return mk("strongswan/charon", f"{syslog_ts()} vpn-gw-1 charon: {rint(1, 16):02d}[{g}] ", list(parts))
    def charon():
        p = P(); ip = vip4() if coin(0.85) else V("ipv6", ipv6()); ident = human(p); n_ = rint(1, 40); vip = f"10.10.{rint(0, 3)}.{rint(2, 250)}"
        ls = [line("NET", "received packet: from ", ip, f"[500] to {gw}[500] ({rint(300, 1200)} bytes)"),
              line("IKE", ip, " is initiating an IKE_SA"),
              line("CFG", f"looking for peer configs matching {gw}[vpn.example.com]...", ip, "[", ident, "]"),
              line("IKE", "received EAP identity '", ident, "'"),
              line("IKE", "EAP method EAP_MSCHAPV2 succeeded, MSK established") if coin(0.7) else line("IKE", "EAP method EAP_MSCHAPV2 failed for peer ", ident),
              line("IKE", f"IKE_SA ikev2-eap[{n_}] established between {gw}[vpn.example.com]...", ip, "[", ident, "]"),
              line("IKE", "peer requested virtual IP %any"),
              line("IKE", f"assigning virtual IP {vip} to peer '", ident, "'"),
              line("IKE", f"CHILD_SA ikev2-eap{{{rint(1, 99)}}} established with SPIs {rhex(8)}_i {rhex(8)}_o and TS 0.0.0.0/0 === {vip}/32")]
        if coin(0.3):
            ls.insert(4, line("IKE", "authentication of 'CN=", vname(p.full), ", OU=Staff, O=Acme' with RSA_EMSA_PKCS1_SHA2_256 successful"))
        k = rint(0, 3); return ls[k:k + rint(3, 6)]
    def listsas():
        p = P(); ip = vip4(); ident = human(p); vip = f"10.10.{rint(0, 3)}.{rint(2, 250)}"
        return [mk("strongswan/list-sas", f"ikev2-eap: #{rint(1, 90)}, ESTABLISHED, IKEv2, {rhex(16)}_i {rhex(16)}_r*"),
                mk("strongswan/list-sas", f"  local  'vpn.example.com' @ {gw}[4500]"),
                mk("strongswan/list-sas", "  remote '", ident, "' @ ", ip, "[4500] EAP: '", ident, "' [", vip, "]"),
                mk("strongswan/list-sas", f"  AES_CBC-256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/ECP_256"),
                mk("strongswan/list-sas", f"  established {rint(10, 9000)}s ago, rekeying in {rint(1000, 9000)}s")]
    def secrets():
        p = P()
        return ch([lambda: mk("strongswan/secrets", vuser(p.username()), " : EAP \"", V("password", pw('"\\')), "\""),
                   lambda: mk("strongswan/secrets", ": PSK \"", vsecret(rb64(24)), "\""),
                   lambda: mk("strongswan/secrets", f"    eap-{p.gascii} {{"),
                   lambda: mk("strongswan/secrets", "        id = ", human(p)),
                   lambda: mk("strongswan/secrets", "        secret = \"", V("password", pw('"\\')), "\"")])()
    def dec():
        return ch([lambda: line("DMN", "Starting IKE charon daemon (strongSwan 5.9.14, Linux 6.8.0-49-generic, x86_64)"),
                   lambda: line("LIB", "loaded plugins: charon aesni aes rc2 sha2 sha1 md5 random nonce x509 revocation constraints pubkey pkcs1 pkcs7 pem openssl gmp curve25519 eap-mschapv2 eap-radius"),
                   lambda: line("JOB", "spawning 16 worker threads"),
                   lambda: line("CFG", "loaded 2 RADIUS server configurations"),
                   lambda: line("IKE", "peer requested virtual IP %any"),
                   lambda: mk("strongswan/secrets", "# /etc/ipsec.secrets - strongSwan IPsec secrets file"),
                   lambda: mk("strongswan/secrets", "secrets {")])()
    return produce(n, [(charon, 4), listsas, (secrets, 2)], [dec], dfrac=0.3)

# ---------------------------------------------------------------------------------------------- Snort
@fmt("snort", "Snort 2.9 Users Manual (output modules alert_fast '[**] [gid:sid:rev] msg [**] [Classification: …] [Priority: N] {PROTO} src:port -> dst:port' and alert_full with the link-layer line 'MAC -> MAC type:0x800 len:0x…' and the IP/TCP header lines) and Snort 3 alert_json ('{ \"timestamp\" : …, \"pkt_num\" : …, \"proto\" : …, \"src_ap\" : \"ip:port\", \"dst_ap\" : …, \"rule\" : \"gid:sid:rev\", \"action\" : …, \"msg\" : …, \"eth_src\" : …, \"eth_dst\" : … }'); Emerging Threats rule messages",
     "source and destination addresses (every IPv4/IPv6, also the protected servers'), Ethernet addresses in alert_full and alert_json (mac_address), user names and e-mails carried in custom rule messages of credential-leak rules",
     "Snort start-up banners, 'Commencing packet processing', rule-count and packet-I/O statistics lines, classification / priority and TCP header lines without addresses")
def fmt_snort(n):
    sigs = [("1:2010935:3", "ET POLICY Suspicious inbound to MSSQL port 1433", "Potentially Bad Traffic", 2), ("1:2001219:20", "ET SCAN Potential SSH Scan", "Attempted Information Leak", 2),
            ("1:2019401:5", "ET SCAN Suspicious inbound to PostgreSQL port 5432", "Potentially Bad Traffic", 2), ("1:2024897:3", "ET USER_AGENTS Go HTTP Client User-Agent", "Misc activity", 3),
            ("1:2013504:6", "ET POLICY GNU/Linux APT User-Agent Outbound likely related to package management", "Not Suspicious Traffic", 3)]
    def ts(): t = ts_event(); return t.strftime("%m/%d-%H:%M:%S.") + f"{t.microsecond:06d}"
    def fast():
        sid, msg, cls, pr = ch(sigs); s, d = vip4(), vpriv4()
        return mk("snort/fast", ts(), f"  [**] [{sid}] {msg} [**] [Classification: {cls}] [Priority: {pr}] {{TCP}} ", s, f":{rint(1024, 65535)} -> ", d, f":{ch([1433, 22, 5432, 80, 443])}")
    def leak():
        p = P(); s, d = vpriv4(), vip4()
        what = ch([["credential in cleartext HTTP POST user=", human(p)], ["outbound e-mail with customer list to ", vemail(p)]])
        return mk("snort/fast", ts(), f"  [**] [1:{rint(1000001, 1000099)}:1] LOCAL DLP ", what, " [**] [Classification: Potential Corporate Privacy Violation] [Priority: 1] {TCP} ", s,
                  f":{rint(1024, 65535)} -> ", d, ":80")
    def full():
        sid, msg, cls, pr = ch(sigs); s, d = vip4(), vpriv4(); t = ts()
        ls = [mk("snort/full", f"[**] [{sid}] {msg} [**]"), mk("snort/full", f"[Classification: {cls}] [Priority: {pr}] "),
              mk("snort/full", t, " ", vmac("COLON"), " -> ", vmac("COLON"), f" type:0x800 len:0x{rint(60, 1514):X}"),
              mk("snort/full", s, f":{rint(1024, 65535)} -> ", d, f":{ch([22, 80, 443])} TCP TTL:{rint(40, 128)} TOS:0x0 ID:{rint(1, 65535)} IpLen:20 DgmLen:{rint(40, 1500)} DF"),
              mk("snort/full", f"***AP*** Seq: 0x{rhex(8, True)}  Ack: 0x{rhex(8, True)}  Win: 0x{rhex(3, True)}  TcpLen: 32")]
        return ls
    def js():
        sid, msg, cls, pr = ch(sigs); s, d = vip4(), vpriv4()
        pt = [("timestamp", f"\"{ts()}\""), ("pkt_num", str(rint(1, 10 ** 7))), ("proto", "\"TCP\""), ("pkt_gen", "\"raw\""), ("pkt_len", str(rint(54, 1514))), ("dir", "\"C2S\""),
              ("src_ap", ["\"", s, f":{rint(1024, 65535)}\""]), ("dst_ap", ["\"", d, f":{ch([22, 80, 443])}\""]), ("rule", f"\"{sid}\""), ("action", "\"allow\""), ("msg", json.dumps(msg)),
              ("class", json.dumps(cls)), ("priority", str(pr))]
        if coin(0.5): pt += [("eth_src", ["\"", vmac("COLON"), "\""]), ("eth_dst", ["\"", vmac("COLON"), "\""])]
        out = ["{ "]
        for i, (k, v) in enumerate(pt): out += ([", "] if i else []) + [f"\"{k}\" : ", v]
        out.append(" }")
        return mkj("snort/alert-json", out)
    def dec():
        return ch([lambda: mk("snort/console", "Commencing packet processing (pid=", str(rint(1000, 99999)), ")"),
                   lambda: mk("snort/console", "        --== Initialization Complete ==--"),
                   lambda: mk("snort/console", f"{rint(30000, 50000)} Snort rules read"),
                   lambda: mk("snort/console", "Rule application order: pass->drop->sdrop->reject->alert->log"),
                   lambda: mk("snort/console", f"   Received:     {rint(10 ** 5, 10 ** 8):>12}"),
                   lambda: mk("snort/console", "Packet I/O Totals:"),
                   lambda: mk("snort/full", "[Classification: Attempted Information Leak] [Priority: 2] "),
                   lambda: mk("snort/console", "o\")~   Snort++ 3.5.1.0")])()
    return produce(n, [(fast, 3), leak, full, (js, 2)], [dec])

# ---------------------------------------------------------------------------------------------- Zscaler NSS
@fmt("zscaler", "Zscaler Help 'NSS Feed Output Format: Web Logs' and 'Firewall Logs' (field variables %s{time}, %s{login}, %s{proto}, %s{eurl}, %s{action}, %s{appname}, %s{appclass}, %d{reqsize}, %d{respsize}, %s{urlclass}, %s{urlsupercat}, %s{urlcat}, %s{malwarecat}, %s{threatname}, %d{riskscore}, %s{dlpeng}, %s{dlpdict}, %s{location}, %s{dept}, %s{cip}, %s{sip}, %s{reqmethod}, %s{respcode}, %s{ua}, %s{ereferer}, %s{deviceowner}, %s{devicehostname}, %s{cpubip}; firewall %s{csip}, %s{cdip}, %s{sdip}, %s{tsip}) in the default quoted-CSV feed and the JSON feed for SIEMs ({\"sourcetype\" : \"zscalernss-web\", \"event\" : {…}})",
     "login / user (UPN e-mail → email), deviceowner (username), client, client public, server and tunnel addresses (every IPv4), personal data in eurl / url and referer, DLP identifiers",
     "departments, locations, URL categories, app names and classes, threat names, risk scores, device host names, NSS feed status messages")
def fmt_zscaler(n):
    def t(): return ts_event().strftime("%a %b %d %H:%M:%S %Y")
    def web_fields(p):
        host, path = ch([("www.example-shop.com", url_pii(p)), ("outlook.office.com", ["/mail/inbox"]), ("drive.google.com", ["/drive/my-drive"]), ("www.example-shop.com", url_pii(p))])
        return [("time", t()), ("login", [vemail(p, org_domain())]), ("proto", "HTTPS"), ("eurl", [host, path]), ("action", ch(["Allowed", "Blocked"])),
                ("appname", ch(["General Browsing", "Outlook", "Google Drive"])), ("appclass", ch(["General Browsing", "Enterprise Collaboration", "File Sharing"])),
                ("reqsize", str(rint(200, 9000))), ("respsize", str(rint(200, 90000))), ("urlclass", "Business Use"), ("urlsupercat", "Information Technology"),
                ("urlcat", ch(["Web Search", "Online Shopping", "Professional Services"])), ("malwarecat", "None"), ("threatname", "None"), ("riskscore", str(rint(0, 40))),
                ("dlpeng", "None"), ("dlpdict", "None"), ("location", ch(["HQ-Oslo", "Branch-Belgrade", "Road Warrior"])), ("dept", ch(["Finance", "Engineering", "Customer Care"])),
                ("cip", [vpriv4()]), ("sip", [vip4()]), ("reqmethod", ch(["GET", "POST"])), ("respcode", ch(["200", "302", "403"])), ("ua", ua()), ("ereferer", "None"),
                ("deviceowner", [vuser(p.username())]), ("devicehostname", f"LT-{rint(1000, 9999)}")]
    def csv():
        f = web_fields(P()); out = []
        for i, (_, v) in enumerate(f): out += ([","] if i else []) + ["\"", map_v([v], lambda s: s.replace('"', '""')), "\""]
        return mk("zscaler/web-csv", out)
    def js():
        p = P(); f = dict(web_fields(p))
        ev = {"datetime": f["time"], "reason": f["action"], "event_id": rdigits(19), "protocol": "HTTPS", "action": f["action"], "transactionsize": rint(400, 90000),
              "responsesize": int(f["respsize"]), "requestsize": int(f["reqsize"]), "urlcategory": f["urlcat"], "serverip": f["sip"][0], "requestmethod": f["reqmethod"],
              "refererURL": "None", "useragent": f["ua"], "product": "NSS", "location": f["location"], "ClientIP": f["cip"][0], "status": f["respcode"], "user": f["login"][0],
              "url": S(f["eurl"]), "vendor": "Zscaler", "hostname": S([f["eurl"][0]]), "clientpublicIP": vip4(), "threatcategory": "None", "threatname": "None",
              "filetype": "None", "appname": f["appname"], "pagerisk": int(f["riskscore"]), "department": f["dept"], "urlsupercategory": f["urlsupercat"],
              "appclass": f["appclass"], "dlpengine": "None", "urlclass": f["urlclass"], "threatclass": "None", "dlpidentifier": 0, "bwthrottle": "NO",
              "contenttype": "text/html", "unscannabletype": "None", "deviceowner": f["deviceowner"][0], "devicehostname": f["devicehostname"]}
        return mkj("zscaler/web-json", "{\"sourcetype\" : \"zscalernss-web\", \"event\" : ", J(ev), "}")
    def fw():
        p = P()
        f = [t(), [vemail(p, org_domain())], ch(["Finance", "Engineering"]), ch(["HQ-Oslo", "Branch-Belgrade"]), [vpriv4()], [vip4()], [vip4()], [vip4()], str(rint(1024, 65535)),
             ch(["443", "22", "3389"]), ch(["TCP", "UDP"]), ch(["Allow", "Block"]), ch(["Default Firewall Filtering Rule", "Block RDP"]), str(rint(100, 90000)), str(rint(100, 90000))]
        out = []
        for i, v in enumerate(f): out += ([","] if i else []) + ["\"", v, "\""]
        return mk("zscaler/fw-csv", out)
    def dec():
        return ch([lambda: mk("zscaler/nss", f"{t()} NSS: feed \"{ch(['Splunk-Web', 'Sentinel-FW'])}\" connected to SIEM siem.example.com:{ch([514, 6514])}"),
                   lambda: mk("zscaler/nss", f"{t()} NSS: feed \"Splunk-Web\" sent {rint(1000, 90000)} records, {rint(0, 9)} dropped"),
                   lambda: mk("zscaler/nss", f"{t()} NSS: cloud connectivity check to zscalertwo.net OK (latency {rint(4, 90)} ms)")])()
    return produce(n, [(csv, 2), (js, 2), fw], [dec])

# ---------------------------------------------------------------------------------------------- Cisco ISE
@fmt("ciscoise", "Cisco Identity Services Engine 3.x 'Log Message Reference' / remote syslog format ('<PRI>timestamp host CISE_Category message-id total-segments segment-number timestamp timezone sequence message-code severity class: text, attr=value, attr=value …', long messages split into numbered segments, commas in values escaped with \\,): Passed-Authentication 5200, Failed-Attempt 5400 with FailureReason, RADIUS Accounting 3000, Administrator-Login 51001, System-Stats 70000",
     "UserName / User-Name, AD-User-Resolved-Identities and AD-User-Candidate-Identities (UPN → email), AD-User-Resolved-DNs (CN → person, escaped as written), Calling-Station-ID and Called-Station-ID MACs (mac_address), NAS / device / destination / framed and admin IP addresses (every IPv4)",
     "System-Stats messages, ConfigVersionIds, session ids (AcsSessionID, audit-session-id, CPMSessionID), Step codes, policy and identity-group names, NetworkDeviceGroups, device names, the admin account (system identity)")
def fmt_ciscoise(n):
    def hdr(cat, mid, tot, seg, code, sev, cls, t=None):
        t = t or ts_event()
        if seg: return f"<181>{syslog_ts(t)} ise-psn01 {cat} {mid} {tot} {seg} "
        return f"<181>{syslog_ts(t)} ise-psn01 {cat} {mid} {tot} {seg} {t.strftime('%Y-%m-%d %H:%M:%S.')}{t.microsecond // 1000:03d} +00:00 {rint(10 ** 9, 9 * 10 ** 9):010d} {code} {sev} {cls}, "
    def esc(s): return s.replace(",", "\\,")
    def attrs_auth(p, failed):
        nas = vpriv4(); upn = p.email(org_domain())
        a = [["ConfigVersionId=", str(rint(100, 900))], ["Device IP Address=", nas], ["DestinationIPAddress=", vpriv4()], ["DestinationPort=1812"],
             ["UserName=", vuser(p.username())], ["Protocol=Radius"], [f"RequestLatency={rint(5, 400)}"], [f"NetworkDeviceName=SW-{ch(['OSL', 'BEG', 'CPT'])}-{rint(1, 40):02d}"],
             ["User-Name=", vuser(p.username())], ["NAS-IP-Address=", nas], [f"NAS-Port={rint(50000, 50199)}"], ["Service-Type=Framed"], ["Framed-MTU=1500"],
             ["Called-Station-ID=", vmac("DASH")], ["Calling-Station-ID=", vmac("DASH")], ["NAS-Port-Type=Ethernet"], [f"NAS-Port-Id=GigabitEthernet1/0/{rint(1, 48)}"],
             ["cisco-av-pair=service-type=Framed"], [f"cisco-av-pair=audit-session-id={rhex(24, True)}"], ["cisco-av-pair=method=dot1x"],
             [f"AcsSessionID=ise-psn01/{rint(10 ** 8, 9 * 10 ** 8)}/{rint(1, 9999)}"], ["AuthenticationIdentityStore=AD-Corp"], ["AuthenticationMethod=MSCHAPV2"],
             ["SelectedAccessService=Default Network Access"], ["Step=11001"], ["Step=11017"], ["Step=15049"], ["Step=24430"],
             ["NetworkDeviceGroups=Location#All Locations#Oslo"], ["EapAuthentication=EAP-MSCHAPv2"], ["EapTunnel=PEAP"], ["RadiusFlowType=Wired802_1x"],
             ["AD-User-Resolved-Identities=", V("email", upn)], ["AD-User-Candidate-Identities=", V("email", upn)], ["AD-User-Join-Point=CORP.EXAMPLE.COM"],
             ["AD-User-Resolved-DNs=CN=", vname(esc(p.full)), esc(",OU=Staff,DC=corp,DC=example,DC=com")], ["IsMachineAuthentication=false"]]
        if failed: a.insert(8, ["FailureReason=24408 User authentication against Active Directory failed since user has entered the wrong password"])
        else: a.insert(20, ["SelectedAuthorizationProfiles=PermitAccess"])
        return a
    def segs(cat, code, sev, cls, a, tpl):
        mid = f"{rint(10 ** 9, 9 * 10 ** 9):010d}"; k = rint(2, 3); size = -(-len(a) // k); out = []; t = ts_event()
        for i in range(k):
            chunk = a[i * size:(i + 1) * size]
            if not chunk: continue
            body = []
            for j, x in enumerate(chunk): body += ([", "] if j else []) + x
            pre = hdr(cat, mid, k, i, code, sev, cls, t)
            out.append(mk(tpl, pre, body, "," if i < k - 1 else ""))
        return out
    def passed():
        a = attrs_auth(P(), False); k = rint(0, 1)
        out = segs("CISE_Passed_Authentications", "5200", "NOTICE", "Passed-Authentication: Authentication succeeded", a, "ciscoise/passed")
        return out if coin(0.5) else out[k:k + 2]
    def failed():
        a = attrs_auth(P(), True)
        return segs("CISE_Failed_Attempts", "5400", "NOTICE", "Failed-Attempt: Authentication failed", a, "ciscoise/failed")[:2]
    def acct():
        p = P()
        a = [["ConfigVersionId=", str(rint(100, 900))], ["Device IP Address=", vpriv4()], ["RequestLatency=3"], ["UserName=", vuser(p.username())],
             ["Framed-IP-Address=", vpriv4()], ["Calling-Station-ID=", vmac("DASH")], ["Acct-Status-Type=", ch(["Start", "Interim-Update", "Stop"])],
             [f"Acct-Session-Id={rhex(8, True)}"], [f"Acct-Session-Time={rint(0, 90000)}"], ["Acct-Input-Octets=", str(rint(10 ** 4, 10 ** 9))]]
        body = []
        for j, x in enumerate(a): body += ([", "] if j else []) + x
        return mk("ciscoise/accounting", hdr("CISE_RADIUS_Accounting", f"{rint(10 ** 9, 9 * 10 ** 9):010d}", 1, 0, "3000", "NOTICE", "Radius-Accounting: RADIUS Accounting start request"), body)
    def admin():
        return mk("ciscoise/admin", hdr("CISE_Administrative_and_Operational_Audit", f"{rint(10 ** 9, 9 * 10 ** 9):010d}", 1, 0, "51001", "NOTICE", "Administrator-Login: Administrator authentication succeeded"),
                  f"ConfigVersionId={rint(100, 900)}, AdminInterface=GUI, AdminIPAddress=", rip(0.1), f", AdminSession={rhex(32, True)}, AdminName=admin, OperationMessageText=Administrator authentication successful")
    def dec():
        return mk("ciscoise/stats", hdr("CISE_System_Statistics", f"{rint(10 ** 9, 9 * 10 ** 9):010d}", 1, 0, "70000", "NOTICE", "System-Stats: ISE Counters"),
                  f"ConfigVersionId={rint(100, 900)}, TotalRequests={rint(1000, 90000)}, TotalAuthenRequests={rint(1000, 90000)}, TotalAuthorRequests={rint(1000, 90000)}, AvgLatencyMillis={rint(5, 90)}, CPU={rint(1, 60)}, MemoryUsedPercent={rint(20, 80)}")
    return produce(n, [(passed, 3), failed, acct, admin], [dec], dfrac=0.33)

# ---------------------------------------------------------------------------------------------- FreeIPA / SSSD / 389-ds
@fmt("freeipa", "FreeIPA / Red Hat Identity Management documentation: `ipa user-show --all` / `ipa user-find` output (User login, First name, Last name, Full name, Display name, Home directory, GECOS, Login shell, Principal name, Email address, UID, GID, Telephone Number, Mobile Telephone Number, Street address, Account disabled, Member of groups, Number of entries returned), SSSD debug logs (sssd.conf(5) debug_level; '(YYYY-MM-DD hh:mm:ss:uuuuuu): [pam] [pam_print_data] (0x0100): [CID#N] user: …' blocks with service, tty, rhost, authtok type; [be[domain]] and krb5_child lines) and the 389 Directory Server access log ('[timestamp] conn=N fd=N slot=N connection from A to B', 'conn=N op=N BIND dn=\"uid=…\" method=128 version=3', 'SRCH base=… filter=…', 'RESULT err=… tag=… nentries=… etime=…')",
     "user logins (username; also inside uid= DNs, SSSD fully-qualified names user@domain and Kerberos principals, B's and C's principal rule), first / last / full / display names and GECOS (person), home directories (/home/<login> → username), e-mail, phones, street addresses, human UIDs (user_id), SSSD rhost and 389-ds connection addresses (every IPv4), e-mails and names in LDAP search filters",
     "ipa separator and summary lines, GIDs, login shells, 'Account disabled' / 'Password' / 'Kerberos keys available' flags, group memberships, SSSD command / domain / service / tty / authtok lines, RESULT lines, system accounts (admin, host/… principals)")
def fmt_freeipa(n):
    realm, dom = "CORP.EXAMPLE.COM", "corp.example.com"
    def ipa():
        p = P(); u = p.username(); uid = rint(1234500001, 1234599999)
        rows = [("User login", [vuser(u)]), ("First name", [vname(p.given)]), ("Last name", [vname(p.family)]), ("Full name", [vname(p.full)]),
                ("Display name", [vname(p.full)]), ("Home directory", ["/home/", vuser(u)]), ("GECOS", [vname(p.full)]), ("Login shell", ["/bin/bash"]),
                ("Principal name", [vuser(f"{u}@{realm}")]), ("Principal alias", [vuser(f"{u}@{realm}")]), ("Email address", [V("email", f"{u}@{dom}")]),
                ("UID", [vuid(uid)]), ("GID", [str(uid)]), ("Telephone Number", [pphone(p, "intl")]), ("Mobile Telephone Number", [pphone(p, "nat")]),
                ("Street address", [vaddr(address(p.country)[0])]), ("Account disabled", ["False"]), ("Password", ["True"]), ("Member of groups", ["ipausers, staff"]),
                ("Kerberos keys available", ["True"])]
        out = [mk("freeipa/ipa-cli", f"  {k}: ", v) for k, v in rows]
        k = rint(0, 10); return out[k:k + rint(5, 9)]
    def sssd():
        p = P(); t = ts_event(); cid = rint(1, 9999)
        def s(*parts): return mk("freeipa/sssd", f"({t.strftime('%Y-%m-%d %H:%M:%S')}:{t.microsecond:06d}): [pam] [pam_print_data] (0x0100): [CID#{cid}] ", list(parts))
        ls = [s("command: SSS_PAM_AUTHENTICATE"), s(f"domain: {dom}"), s("user: ", vuser(f"{p.username()}@{dom}")), s("service: sshd"), s("tty: ssh"), s("ruser: not set"),
              s("rhost: ", rip(0.1)), s("authtok type: 1 (Password)"), s("newauthtok type: 0 (No authentication token available)")]
        k = rint(0, 3); return ls[k:k + rint(4, 7)]
    def be():
        p = P(); t = ts_event(); rid = rint(1, 9999); u = f"{p.username()}@{dom}"
        pre = f"({t.strftime('%Y-%m-%d %H:%M:%S')}:{t.microsecond:06d}): "
        return ch([lambda: mk("freeipa/sssd", pre, f"[be[{dom}]] [sdap_save_user] (0x0400): [RID#{rid}] Saving user [", vuser(u), "]"),
                   lambda: mk("freeipa/sssd", pre, f"[krb5_child[{rint(1000, 99999)}]] [get_and_save_tgt] (0x0020): [RID#{rid}] 2316: [-1765328360][Preauthentication failed] for ", vuser(f"{p.username()}@{realm}")),
                   lambda: mk("freeipa/sssd", pre, f"[be[{dom}]] [krb5_auth_done] (0x3f7c0): [RID#{rid}] The krb5_child process returned an error. Please inspect the krb5_child.log file or the journal for more information")])()
    def ds():
        p = P(); t = ts_event(); c = rint(100, 99999); op = rint(0, 9)
        pre = f"[{t.strftime('%d/%b/%Y:%H:%M:%S')}.{rint(0, 999999999):09d} +0000] conn={c} "
        return ch([lambda: mk("freeipa/389-access", pre, f"fd={rint(60, 900)} slot={rint(60, 900)} connection from ", rip(0.1), " to ", vpriv4()),
                   lambda: mk("freeipa/389-access", pre, f"op={op} BIND dn=\"uid=", vuser(p.username()), ",cn=users,cn=accounts,dc=corp,dc=example,dc=com\" method=128 version=3"),
                   lambda: mk("freeipa/389-access", pre, f"op={op} SRCH base=\"cn=users,cn=accounts,dc=corp,dc=example,dc=com\" scope=2 filter=\"(mail=", V("email", p.email(dom)), ")\" attrs=ALL"),
                   lambda: mk("freeipa/389-access", pre, f"op={op} SRCH base=\"cn=users,cn=accounts,dc=corp,dc=example,dc=com\" scope=2 filter=\"(&(objectClass=person)(cn=", vname(p.full), "))\" attrs=\"uid mail\"")])()
    def dec():
        t = ts_event(); c = rint(100, 99999)
        return ch([lambda: mk("freeipa/ipa-cli", "-" * rint(14, 20)), lambda: mk("freeipa/ipa-cli", f"Number of entries returned {rint(1, 9)}"),
                   lambda: mk("freeipa/ipa-cli", "  Account disabled: False"), lambda: mk("freeipa/ipa-cli", "  Login shell: /bin/bash"),
                   lambda: mk("freeipa/389-access", f"[{t.strftime('%d/%b/%Y:%H:%M:%S')}.{rint(0, 999999999):09d} +0000] conn={c} op={rint(0, 9)} RESULT err={ch([0, 0, 49, 32])} tag={ch([97, 101])} nentries={rint(0, 3)} wtime=0.000{rint(100, 999)} optime=0.00{rint(100, 999)} etime=0.00{rint(100, 999)}"),
                   lambda: mk("freeipa/389-access", f"[{t.strftime('%d/%b/%Y:%H:%M:%S')}.{rint(0, 999999999):09d} +0000] conn={c} op={rint(0, 9)} UNBIND"),
                   lambda: mk("freeipa/sssd", f"({t.strftime('%Y-%m-%d %H:%M:%S')}:{t.microsecond:06d}): [sssd] [server_setup] (0x1f7c0): Starting with debug level = 0x0070")])()
    return produce(n, [(ipa, 2), (sssd, 2), be, (ds, 2)], [dec], dfrac=0.34)

def sql_lit(p):
    """A SQL statement whose literals carry personal data (parts), and a plain one for decoys."""
    return ch([["SELECT id, status FROM customers WHERE email = '", vemail(p), "'"],
               ["UPDATE customers SET phone = '", pphone(p), "' WHERE id = ", vuid(cust_id())],
               ["INSERT INTO customers (first_name, last_name, date_of_birth) VALUES ('", vname(p.given.replace("'", "''")), "', '", vname(p.family.replace("'", "''")), "', '", vdob(p.dob, "iso"), "')"],
               ["SELECT * FROM orders WHERE customer_id = ", vuid(cust_id()), " ORDER BY created_at DESC LIMIT 20"],
               ["UPDATE addresses SET line1 = '", vaddr(address(p.country)[0].replace("'", "''")), "' WHERE customer_id = ", vuid(cust_id())],
               ["UPDATE applicants SET ssn = '", V("us_ssn", ssn(), "ssn"), "' WHERE id = ", vuid(cust_id())]])

# ---------------------------------------------------------------------------------------------- CockroachDB
@fmt("cockroach", "CockroachDB v24 documentation 'Logging' / 'Log formats' (crdb-v2: 'L yymmdd hh:mm:ss.uuuuuu goroutine channel@file:line ⋮ [tags] counter message' with the redactable marker ⋮ and sensitive values enclosed in ‹ › — ‹×› where redacted; json: channel_numeric, channel, timestamp, cluster_id, node_id, severity, goroutine, file, line, entry_counter, redactable, tags, event) and 'Notable Event Types' (SESSIONS client_connection_start / client_authentication_ok / client_authentication_failed with RemoteAddress, User, SystemIdentity, Method, Reason, Detail; SQL_EXEC query_execute with Statement, Tag, User, ApplicationName, NumRows; USER_ADMIN create_role / alter_role with RoleName and the password masked)",
     "client addresses in tags and RemoteAddress (every IPv4/IPv6, inside the ‹ › markers), user names / SystemIdentity / RoleName of people (username), literals in redactable statements (e-mails, phones, names, dates of birth, customer ids, street lines), failure details naming the user",
     "start-up and runtime-stats lines, redacted values ‹×›, masked passwords ‹'*****'›, node / cluster ids, goroutines, counters, system users (root, node)")
def fmt_cockroach(n):
    cluster = uuid4()
    def hdr(ch_num, f, line_no, tags, t=None, sev="I"):
        t = t or ts_event()
        return [f"{sev}{t.strftime('%y%m%d %H:%M:%S.')}{t.microsecond:06d} {rint(100, 99999)} {ch_num}@{f}:{line_no} ⋮ [T1,Vsystem,n{rint(1, 5)}", tags, f"] {rint(1, 9999)} "]
    def ev_json(d):
        out = ["={"]
        for i, (k, v) in enumerate(d):
            out += ([","] if i else []) + [f"\"{k}\":", v]
        return out + ["}"]
    def session():
        p = P(); ip = rip(0.2); port = rint(1024, 65535); u = vuser(p.username()); sid = rhex(32); a = hp(ip, port)
        tags = [",client=‹", a, "›,hostssl,user=‹", u, "›"]
        kind = ch(["ok", "failed", "start"])
        base = [("Timestamp", str(epoch() * 10 ** 9 + rint(0, 10 ** 9 - 1))), ("EventType", f"\"client_{'authentication_ok' if kind == 'ok' else 'authentication_failed' if kind == 'failed' else 'connection_start'}\""),
                ("InstanceID", "1"), ("Network", "\"tcp\""), ("RemoteAddress", ["\"‹", a, "›\""]), ("SessionID", f"\"{sid}\"")]
        if kind != "start":
            base += [("Transport", "\"hostssl\""), ("User", ["\"‹", u, "›\""]), ("SystemIdentity", ["\"‹", u, "›\""]), ("Method", "\"cert-password\"")]
        if kind == "failed":
            base += [("Reason", "\"CREDENTIALS_INVALID\""), ("Detail", ["\"‹password authentication failed for user ", u, "›\""])]
        if kind == "start": tags = [",client=‹", a, "›"]
        return mk("cockroach/crdb-v2", hdr(4, "util/log/event_log.go", 32, tags), ev_json(base))
    def sqlexec():
        p = P(); u = vuser(p.username()); ip = rip(0.2); port = rint(1024, 65535)
        red = []
        for x in _flat([sql_lit(p)], []):
            red.append(x if not isinstance(x, V) else ["‹", x, "›"])
        d = [("Timestamp", str(epoch() * 10 ** 9)), ("EventType", "\"query_execute\""), ("Statement", ["\"", map_v(red, jesc), "\""]),
             ("Tag", f"\"{ch(['SELECT', 'UPDATE', 'INSERT'])}\""), ("User", ["\"‹", u, "›\""]), ("ApplicationName", f"\"{ch(['$ cockroach sql', 'shop-api', 'metabase'])}\""),
             ("ExecMode", "\"exec\""), ("NumRows", str(rint(0, 40))), ("Age", f"{rint(0, 90)}.{rint(100, 999)}"), ("TxnCounter", str(rint(1, 900)))]
        return mk("cockroach/crdb-v2", hdr(3, "util/log/event_log.go", 32, [",client=‹", hp(ip, port), "›,hostssl,user=‹", u, "›"]), ev_json(d))
    def role():
        p = P(); u = p.username()
        d = [("Timestamp", str(epoch() * 10 ** 9)), ("EventType", "\"create_role\""), ("Statement", ["\"CREATE USER ‹", vuser(u), "› WITH PASSWORD ‹'*****'›\""]),
             ("Tag", "\"CREATE ROLE\""), ("User", "\"‹root›\""), ("RoleName", ["\"‹", vuser(u), "›\""])]
        return mk("cockroach/crdb-v2", hdr(6, "util/log/event_log.go", 32, [",client=‹", vpriv4(), f":{rint(1024, 65535)}›,hostssl,user=root"]), ev_json(d))
    def jsonfmt():
        p = P(); u = p.username(); ip = rip(0.2); port = rint(1024, 65535)
        red = []
        for x in _flat([sql_lit(p)], []):
            red.append(x if not isinstance(x, V) else ["‹", x, "›"])
        o = {"channel_numeric": 3, "channel": "SQL_EXEC", "timestamp": f"{epoch()}.{rint(0, 999999999):09d}", "cluster_id": cluster, "node_id": rint(1, 5),
             "severity_numeric": 1, "severity": "INFO", "goroutine": rint(100, 99999), "file": "util/log/event_log.go", "line": 32, "entry_counter": rint(1, 9999), "redactable": 1,
             "tags": {"T": "1", "V": "system", "n": "1", "client": S(["‹", hp(ip, port), "›"]), "hostssl": "", "user": S(["‹", vuser(u), "›"])},
             "event": {"Timestamp": epoch() * 10 ** 9, "EventType": "query_execute", "Statement": S(red), "Tag": "SELECT", "User": S(["‹", vuser(u), "›"]),
                       "ApplicationName": "shop-api", "ExecMode": "exec", "NumRows": rint(0, 40), "Age": round(R.random() * 40, 3), "TxnCounter": rint(1, 900)}}
        return jl("cockroach/json", o)
    def dec():
        t = ts_event()
        return ch([lambda: mk("cockroach/crdb-v2", hdr(1, "cli/start.go", rint(1000, 1500), [], t), "node startup completed:"),
                   lambda: mk("cockroach/crdb-v2", hdr(0, "server/status/runtime_log.go", rint(500, 700), [], t, "I"),
                              f"runtime stats: {rint(1, 9)}.{rint(0, 9)} GiB RSS, {rint(200, 900)} goroutines (stacks: {rint(2, 9)}.{rint(0, 9)} MiB), {rint(100, 900)} MiB/{rint(1, 3)}.0 GiB Go alloc/total, {rint(0, 40)}.{rint(0, 9)}/{rint(0, 9)}.{rint(0, 9)} %(u/s)time, 0.{rint(0, 9)} %gc ({rint(0, 9)}x)"),
                   lambda: mk("cockroach/crdb-v2", hdr(4, "util/log/event_log.go", 32, [",client=‹×›,hostssl,user=‹×›"], t), "={\"Timestamp\":", str(epoch() * 10 ** 9), ",\"EventType\":\"client_session_end\",\"InstanceID\":1,\"Network\":\"tcp\",\"RemoteAddress\":\"‹×›\",\"SessionID\":\"", rhex(32), "\",\"Duration\":", str(rint(10 ** 6, 10 ** 11)), "}"),
                   lambda: mk("cockroach/crdb-v2", hdr(0, "server/node.go", rint(300, 600), [], t), f"started with engine type 2, attributes [], {rint(1, 3)} stores, cluster version 24.2")])()
    return produce(n, [(session, 2), (sqlexec, 2), role, jsonfmt], [dec])

# ---------------------------------------------------------------------------------------------- ClickHouse
@fmt("clickhouse", "ClickHouse documentation: server logs (clickhouse-server.log: 'YYYY.MM.DD hh:mm:ss.uuuuuu [ thread ] {query_id} <Level> Logger: message', executeQuery lines '(from [::ffff:A]:port, user: U) QUERY (stage: Complete)', Code: 516 AUTHENTICATION_FAILED exceptions, TCPHandler / MemoryTracker lines), the system.query_log table (type, event_date, event_time, query_duration_ms, read_rows, query, exception, user, query_id, address IPv6, port, initial_user, client_hostname, http_user_agent) read as JSONEachRow and in the Vertical output format ('Row 1:', '──────', 'column: value')",
     "client addresses (IPv4, also as the IPv4 part of ::ffff: mapped addresses, B's rule; IPv6), user / initial_user names of people (username), literals of queries with personal data (e-mails, phones, names, dates of birth, ids, street lines), the user named in authentication failures",
     "query ids, read/written row and byte counts, durations, MemoryTracker and TCPHandler lines, 'Ready for connections', client host names (devices), Vertical row headers and type / event_time rows, the default, monitoring and grafana service users")
def fmt_clickhouse(n):
    def ts(t=None): t = t or ts_event(); return t.strftime("%Y.%m.%d %H:%M:%S.") + f"{t.microsecond:06d}"
    def addr(): return ["::ffff:", vip4()] if coin(0.6) else [V("ipv6", ipv6())]
    def srv():
        p = P(); qid = uuid4(); u = vuser(p.username())
        return ch([lambda: mk("clickhouse/server", ts(), f" [ {rint(100, 99999)} ] {{{qid}}} <Debug> executeQuery: (from [", addr(), f"]:{rint(1024, 65535)}, user: ", u, ") ", sql_lit(p), " (stage: Complete)"),
                   lambda: mk("clickhouse/server", ts(), f" [ {rint(100, 99999)} ] {{{qid}}} <Debug> executeQuery: (from [", addr(), f"]:{rint(1024, 65535)}, user: ", u, ") INSERT INTO staging.customers SELECT * FROM url('https://",
                              V("url_credentials", f"loader:{q(pw(), safe='!$&*+,;=')}"), "@files.example.com/export/customers.csv', CSVWithNames) (stage: Complete)"),
                   lambda: mk("clickhouse/server", ts(), f" [ {rint(100, 99999)} ] {{}} <Error> TCPHandler: Code: 516. DB::Exception: ", u, ": Authentication failed: password is incorrect, or there is no user with such name. (AUTHENTICATION_FAILED) (version 24.8.4.13 (official build))"),
                   lambda: mk("clickhouse/server", ts(), f" [ {rint(100, 99999)} ] {{}} <Debug> TCP-Session: {uuid4()} Authenticating user '", u, "' from [", addr(), f"]:{rint(1024, 65535)}")])()
    def qlog():
        p = P(); u = p.username()
        t = ts_event()
        o = {"type": ch(["QueryFinish", "ExceptionWhileProcessing"]), "event_date": t.strftime("%Y-%m-%d"), "event_time": t.strftime("%Y-%m-%d %H:%M:%S"), "query_duration_ms": rint(1, 9000),
             "read_rows": rint(0, 10 ** 6), "query": S(sql_lit(p)), "exception": "", "user": vuser(u), "query_id": uuid4(), "address": S(addr()), "port": rint(1024, 65535),
             "initial_user": vuser(u), "client_hostname": ch(["annas-mbp.local", "LT-4411", "jupyter-7f9c"]), "http_user_agent": ""}
        return jl("clickhouse/query_log", o)
    def vertical():
        p = P(); u = p.username()
        rows = [mk("clickhouse/vertical", f"Row {rint(1, 20)}:"), mk("clickhouse/vertical", "──────"),
                mk("clickhouse/vertical", "type:              ", ch(["QueryFinish", "ExceptionWhileProcessing"])),
                mk("clickhouse/vertical", "event_time:        ", ts_event().strftime("%Y-%m-%d %H:%M:%S")),
                mk("clickhouse/vertical", "query:             ", sql_lit(p)),
                mk("clickhouse/vertical", "user:              ", vuser(u)),
                mk("clickhouse/vertical", "address:           ", addr()),
                mk("clickhouse/vertical", "client_hostname:   ", ch(["annas-mbp.local", "LT-4411"])),
                mk("clickhouse/vertical", "read_rows:         ", str(rint(0, 10 ** 6)))]
        k = rint(0, 2); return rows[k:k + rint(5, 7)]
    def dec():
        return ch([lambda: mk("clickhouse/server", ts(), f" [ {rint(100, 99999)} ] {{}} <Information> TCPHandler: Done processing connection."),
                   lambda: mk("clickhouse/server", ts(), f" [ {rint(100, 99999)} ] {{{uuid4()}}} <Debug> MemoryTracker: Peak memory usage (for query): {rint(1, 900)}.{rint(0, 99):02d} MiB."),
                   lambda: mk("clickhouse/server", ts(), f" [ {rint(100, 99999)} ] {{{uuid4()}}} <Information> executeQuery: Read {rint(1, 10 ** 6)} rows, {rint(1, 900)}.00 KiB in 0.00{rint(100, 999)} sec., {rint(1000, 10 ** 6)} rows/sec."),
                   lambda: mk("clickhouse/server", ts(), f" [ {rint(100, 99999)} ] {{}} <Information> Application: Ready for connections."),
                   lambda: mk("clickhouse/server", ts(), f" [ {rint(100, 99999)} ] {{{uuid4()}}} <Debug> executeQuery: (from [::1]:{rint(1024, 65535)}, user: default) SELECT version() (stage: Complete)"),
                   lambda: jl("clickhouse/query_log", {"type": "QueryFinish", "event_date": "2026-11-24", "event_time": ts_event().strftime("%Y-%m-%d %H:%M:%S"), "query_duration_ms": rint(1, 90),
                                                        "read_rows": rint(0, 100), "query": "SELECT count() FROM system.parts WHERE active", "exception": "", "user": "monitoring", "query_id": uuid4(),
                                                        "address": "::1", "port": 9000, "initial_user": "monitoring", "client_hostname": "grafana-0", "http_user_agent": "Grafana/11.3.0"})])()
    return produce(n, [(srv, 3), (qlog, 2), vertical], [dec])

# ---------------------------------------------------------------------------------------------- DynamoDB
@fmt("dynamodb", "Amazon DynamoDB Developer Guide ('Change data capture for DynamoDB Streams': stream records {eventID, eventName INSERT/MODIFY/REMOVE, eventVersion, eventSource aws:dynamodb, awsRegion, dynamodb{ApproximateCreationDateTime, Keys, NewImage, OldImage, SequenceNumber, SizeBytes, StreamViewType}, eventSourceARN} as delivered to Lambda; the DynamoDB JSON attribute-value encoding S / N / BOOL / M / L / SS / NULL) and the AWS CLI `aws dynamodb get-item` pretty-printed output; PartiQL statements in application logs",
     "attribute values of people in NewImage / OldImage / Item (email, name parts, phone, date of birth, address lines, national ids), partition and sort keys that embed a customer id or an e-mail (USER#48213 → the id as user_id, EMAIL#… → email), PartiQL literals",
     "eventIDs, sequence numbers, stream ARNs, ApproximateCreationDateTime, order / product keys, numeric counters, CLI structure lines ({, }, \"Item\": {), ConsumedCapacity output, table descriptions")
def fmt_dynamodb(n):
    def attrs(p, cid):
        a = [("pk", {"S": S(["CUSTOMER#", vuid(cid)])}), ("sk", {"S": "PROFILE"}), ("email", {"S": vemail(p)}), ("givenName", {"S": vname(p.given)}),
             ("familyName", {"S": vname(p.family)}), ("phone", {"S": pphone(p, "e164")}), ("dateOfBirth", {"S": vdob(p.dob, "iso")}),
             ("address", {"M": {"line1": {"S": vaddr(address(p.country)[0])}, "city": {"S": address(p.country)[2]}}}), ("loginCount", {"N": str(rint(1, 400))}),
             ("marketingOptIn", {"BOOL": coin()})]
        if p.country == "US": a.append(("ssn", {"S": V("us_ssn", ssn(), "ssn")}))
        rest = a[2:]; R.shuffle(rest); a = a[:2] + rest
        return dict(a[:rint(5, 9)])
    def stream():
        p = P(); cid = str(cust_id()); ev = ch(["INSERT", "MODIFY", "MODIFY", "REMOVE"])
        d = {"ApproximateCreationDateTime": epoch(), "Keys": {"pk": {"S": S(["CUSTOMER#", vuid(cid)])}, "sk": {"S": "PROFILE"}}}
        if ev != "REMOVE": d["NewImage"] = attrs(p, cid)
        if ev != "INSERT": d["OldImage"] = {"pk": {"S": S(["CUSTOMER#", vuid(cid)])}, "sk": {"S": "PROFILE"}, "email": {"S": vemail(p, email_domain(p.country))}}
        d.update({"SequenceNumber": rdigits(21), "SizeBytes": rint(60, 900), "StreamViewType": "NEW_AND_OLD_IMAGES"})
        o = {"eventID": rhex(32), "eventName": ev, "eventVersion": "1.1", "eventSource": "aws:dynamodb", "awsRegion": "eu-north-1", "dynamodb": d,
             "eventSourceARN": f"arn:aws:dynamodb:eu-north-1:{rdigits(12)}:table/Customers/stream/2026-11-{rint(1, 20):02d}T{rint(0, 23):02d}:00:00.000"}
        return jl("dynamodb/stream", o)
    def gsi():
        p = P()
        o = {"eventID": rhex(32), "eventName": "INSERT", "eventVersion": "1.1", "eventSource": "aws:dynamodb", "awsRegion": "eu-north-1",
             "dynamodb": {"Keys": {"pk": {"S": S(["EMAIL#", vemail(p)])}, "sk": {"S": "LOOKUP"}}, "NewImage": {"pk": {"S": S(["EMAIL#", vemail(p)])}, "sk": {"S": "LOOKUP"}, "customerId": {"N": VN("user_id", str(cust_id()))}},
                          "SequenceNumber": rdigits(21), "SizeBytes": rint(60, 300), "StreamViewType": "NEW_IMAGE"},
             "eventSourceARN": f"arn:aws:dynamodb:eu-north-1:{rdigits(12)}:table/CustomerLookup/stream/2026-11-02T00:00:00.000"}
        return jl("dynamodb/stream", o)
    def cli():
        p = P(); cid = str(cust_id())
        ls = [mk("dynamodb/cli", "{"), mk("dynamodb/cli", "    \"Item\": {"), mk("dynamodb/cli", "        \"pk\": {"), mk("dynamodb/cli", "            \"S\": \"CUSTOMER#", vuid(cid), "\""),
              mk("dynamodb/cli", "        },"), mk("dynamodb/cli", "        \"email\": {"), mk("dynamodb/cli", "            \"S\": \"", vemail(p), "\""), mk("dynamodb/cli", "        },"),
              mk("dynamodb/cli", "        \"familyName\": {"), mk("dynamodb/cli", "            \"S\": \"", vname(jesc(p.family)), "\""), mk("dynamodb/cli", "        },"),
              mk("dynamodb/cli", "        \"phone\": {"), mk("dynamodb/cli", "            \"S\": \"", pphone(p, "e164"), "\""), mk("dynamodb/cli", "        }"), mk("dynamodb/cli", "    }"), mk("dynamodb/cli", "}")]
        k = rint(0, 6); return ls[k:k + rint(5, 8)]
    def partiql():
        p = P()
        st = ch([["SELECT * FROM \"Customers\" WHERE pk = 'CUSTOMER#", vuid(cust_id()), "'"], ["SELECT pk FROM \"CustomerLookup\" WHERE pk = 'EMAIL#", vemail(p), "'"],
                 ["UPDATE \"Customers\" SET phone = '", pphone(p, "e164"), "' WHERE pk = 'CUSTOMER#", vuid(cust_id()), "' AND sk = 'PROFILE'"]])
        return mk("dynamodb/partiql", f"{iso_ts()} INFO ExecuteStatement Statement=", st, f" ConsumedCapacity={rint(1, 9)}.0")
    def dec():
        return ch([lambda: jl("dynamodb/stream", {"eventID": rhex(32), "eventName": "MODIFY", "eventVersion": "1.1", "eventSource": "aws:dynamodb", "awsRegion": "eu-north-1",
                                                   "dynamodb": {"ApproximateCreationDateTime": epoch(), "Keys": {"pk": {"S": f"ORDER#{rint(10 ** 5, 10 ** 6)}"}, "sk": {"S": "STATUS"}},
                                                                "NewImage": {"pk": {"S": f"ORDER#{rint(10 ** 5, 10 ** 6)}"}, "sk": {"S": "STATUS"}, "status": {"S": ch(["SHIPPED", "PACKED", "DELIVERED"])}, "items": {"N": str(rint(1, 9))}},
                                                                "SequenceNumber": rdigits(21), "SizeBytes": rint(60, 300), "StreamViewType": "NEW_AND_OLD_IMAGES"},
                                                   "eventSourceARN": f"arn:aws:dynamodb:eu-north-1:{rdigits(12)}:table/Orders/stream/2026-11-02T00:00:00.000"}),
                   lambda: jl("dynamodb/cli", {"ConsumedCapacity": {"TableName": ch(["Customers", "Orders"]), "CapacityUnits": ch([0.5, 1.0, 2.5])}}),
                   lambda: mk("dynamodb/cli", "    \"Item\": {"), lambda: mk("dynamodb/cli", "        },"),
                   lambda: mk("dynamodb/partiql", f"{iso_ts()} WARN ConditionalCheckFailedException: The conditional request failed (Service: DynamoDb, Status Code: 400, Request ID: {ralnum(52, UPPER_DIG)})")])()
    return produce(n, [(stream, 3), gsi, cli, partiql], [dec])

# ---------------------------------------------------------------------------------------------- Neo4j
@fmt("neo4j", "Neo4j 5 Operations Manual ('Logging': query.log in the default text format — 'timestamp LEVEL  id:N - transaction id:N - T ms: B B - bolt-session<TAB>bolt<TAB>driver<TAB><TAB>client/A:port<TAB>server/A:port><TAB>database - user - query - {params} - runtime=… - {}' — and the JSON format (time, level, event, type, elapsedTimeMs, allocatedBytes, pageHits, pageFaults, source, database, username, executingUser, authenticatedUser, query, queryParameters, runtime); security.log lines '[user]: logged in' / 'failed to log in' / administration commands with passwords shown as '******')",
     "client addresses in the source field (every IPv4) and the server address, user / username / executingUser / authenticatedUser names of people (username, e-mail logins as email), literals and parameter maps with personal data (e-mails, names, phones, dates of birth, ids), user names in security.log",
     "debug.log start-up lines (Bolt enabled, Remote interface available, Started), page hits/faults, transaction ids, runtimes, the neo4j admin user, masked passwords ('******'), queries without personal data run by monitoring")
def fmt_neo4j(n):
    def ts(t=None): t = t or ts_event(); return t.strftime("%Y-%m-%d %H:%M:%S.") + f"{t.microsecond // 1000:03d}+0000"
    def cypher(p):
        return ch([(["MATCH (c:Customer {email: $email}) RETURN c"], ["{email: '", vemail(p), "'}"]),
                   (["MATCH (c:Customer) WHERE c.lastName = '", vname(p.family.replace("'", "\\'")), "' RETURN c.id"], ["{}"]),
                   (["MERGE (c:Customer {id: $id}) SET c.phone = $phone"], ["{id: ", vuid(cust_id()), ", phone: '", pphone(p, "e164"), "'}"]),
                   (["CREATE (p:Person {name: $name, born: date($dob)})"], ["{name: '", vname(p.full.replace("'", "\\'")), "', dob: '", vdob(p.dob, "iso"), "'}"])])
    def text():
        p = P(); u = human(p); qy, pr = cypher(p)
        return mk("neo4j/query-log", ts(), f" INFO  id:{rint(1000, 999999)} - transaction id:{rint(100, 99999)} - {rint(1, 900)} ms: {rint(100, 90000)} B - bolt-session\tbolt\t",
                  ch(["neo4j-python/5.26.0 Python/3.12.3-final-0 (linux)", "neo4j-javascript/5.27.0", "neo4j-java/5.26.1-d6b3b0b5 (OpenJDK 64-Bit Server VM; 21.0.5+11-LTS)"]),
                  "\t\tclient/", hp(rip(0.1)), "\tserver/", vpriv4(), ":7687>\tneo4j - ", u, " - ", qy, " - ", pr, " - runtime=pipelined - {}")
    def js():
        p = P(); u = human(p); qy, pr = cypher(p)
        o = {"time": ts(), "level": "INFO", "event": "success", "type": "query", "elapsedTimeMs": rint(1, 900), "planning": rint(0, 30), "cpu": rint(0, 800), "waiting": 0,
             "allocatedBytes": rint(100, 90000), "pageHits": rint(0, 900), "pageFaults": rint(0, 9),
             "source": S(["bolt-session\tbolt\tneo4j-python/5.26.0\t\tclient/", hp(rip(0.1)), "\tserver/", vpriv4(), ":7687>"]),
             "database": "neo4j", "username": u, "executingUser": u, "authenticatedUser": u, "query": S(qy), "queryParameters": S(pr), "runtime": "pipelined", "annotationData": "{}"}
        return jl("neo4j/query-json", o)
    def security():
        p = P(); u = vuser(p.username())
        return ch([lambda: mk("neo4j/security", ts(), " INFO  [", u, "]: logged in"),
                   lambda: mk("neo4j/security", ts(), f" ERROR [bolt-{rint(100, 9999)}] [", u, "]: failed to log in: The client is unauthorized due to authentication failure."),
                   lambda: mk("neo4j/security", ts(), " INFO  [neo4j]: CREATE USER ", u, " SET PASSWORD '******' CHANGE REQUIRED"),
                   lambda: mk("neo4j/security", ts(), " INFO  [neo4j]: GRANT ROLE reader TO ", u)])()
    def dec():
        t = ts()
        return ch([lambda: mk("neo4j/debug", t, " INFO  Bolt enabled on 0.0.0.0:7687."), lambda: mk("neo4j/debug", t, " INFO  Started."),
                   lambda: mk("neo4j/debug", t, " INFO  Remote interface available at http://localhost:7474/"),
                   lambda: mk("neo4j/security", t, " INFO  [neo4j]: logged in"),
                   lambda: mk("neo4j/query-log", t, f" INFO  id:{rint(1000, 999999)} - transaction id:{rint(100, 99999)} - {rint(1, 90)} ms: {rint(100, 9000)} B - embedded-session\t\tneo4j - monitoring - CALL dbms.queryJmx('org.neo4j:*') - {{}} - runtime=slotted - {{}}")])()
    return produce(n, [(text, 3), (js, 2), security], [dec])

# ---------------------------------------------------------------------------------------------- Elasticsearch audit
@fmt("esaudit", "Elasticsearch 8 'Auditing security settings' and 'Audit events' reference (audit log entries in the ESJsonLayout: {\"type\":\"audit\", \"timestamp\", \"cluster.uuid\", \"node.name\", \"node.id\", \"event.type\" rest / transport / security_config_change, \"event.action\" authentication_success / authentication_failed / access_granted / access_denied / run_as_granted / put_user, \"authentication.type\", \"user.name\", \"user.realm\", \"user.roles\", \"user.run_as.name\", \"apikey.id\", \"apikey.name\", \"origin.type\", \"origin.address\", \"url.path\", \"url.query\", \"request.method\", \"request.body\" with xpack.security.audit.logfile.events.emit_request_body, \"request.id\", \"action\", \"request.name\", \"indices\", \"put\":{\"user\":{…}}} with ', ' between members), Elasticsearch server log lines",
     "user.name / user.run_as.name of people (username, e-mail logins as email), origin.address (every IPv4/IPv6), request bodies with personal data, put_user full_name (person) and email",
     "system users (elastic, kibana_system, _xpack_security, _system), node names and ids, request ids, API key ids and names, roles, actions, index names, server log start-up lines")
def fmt_esaudit(n):
    cl, node, nid = uuid4().replace("-", "")[:22], ch(["es-01", "es-02", "es-03"]), ralnum(22, string.ascii_letters + string.digits + "_-")
    def emit(pairs):
        out = ["{"]
        for i, (k, v) in enumerate(pairs): out += ([", "] if i else []) + [f"\"{k}\":", v]
        out.append("}")
        return mkj("esaudit/audit", out)
    def q_(v): return ["\"", v, "\""]
    def head(et, act): return [("type", "\"audit\""), ("timestamp", f"\"{ts_event().strftime('%Y-%m-%dT%H:%M:%S,')}{rint(0, 999):03d}+0000\""), ("cluster.uuid", f"\"{cl}\""),
                               ("node.name", f"\"{node}\""), ("node.id", f"\"{nid}\""), ("event.type", f"\"{et}\""), ("event.action", f"\"{act}\"")]
    def origin(): return [("origin.type", "\"rest\""), ("origin.address", ["\"", hp(rip(0.2)), "\""])]
    def authn():
        p = P(); ok = coin(0.5)
        pairs = head("rest", "authentication_success" if ok else "authentication_failed") + [("user.name", q_(human(p)))]
        if ok: pairs += [("user.realm", f"\"{ch(['saml1', 'ldap1', 'native'])}\""), ("authentication.type", "\"REALM\"")]
        pairs += origin() + [("url.path", "\"/_security/_authenticate\""), ("request.method", "\"GET\""), ("request.id", f"\"{ralnum(22)}\"")]
        return emit(pairs)
    def access():
        p = P(); c = P()
        body = ch([["{\\\"query\\\":{\\\"term\\\":{\\\"email\\\":\\\"", vemail(c), "\\\"}}}"], ["{\\\"query\\\":{\\\"match\\\":{\\\"full_name\\\":\\\"", vname(jesc(jesc(c.full))), "\\\"}}}"],
                   ["{\\\"query\\\":{\\\"term\\\":{\\\"phone\\\":\\\"", pphone(c, "e164"), "\\\"}}}"]])
        pairs = head("transport", ch(["access_granted", "access_denied"])) + [("authentication.type", "\"REALM\""), ("user.name", q_(human(p))), ("user.realm", "\"saml1\""),
                                                                               ("user.roles", f"[\"{ch(['analyst', 'support_read'])}\"]")]
        pairs += origin() + [("request.id", f"\"{ralnum(22)}\""), ("action", "\"indices:data/read/search\""), ("request.name", "\"SearchRequest\""), ("indices", "[\"customers\"]")]
        if coin(0.7): pairs.append(("request.body", ["\"", body, "\""]))
        return emit(pairs)
    def runas():
        p = P()
        pairs = head("transport", "run_as_granted") + [("authentication.type", "\"REALM\""), ("user.name", "\"svc-support-portal\""), ("user.run_as.name", q_(human(p))),
                                                       ("user.realm", "\"native\""), ("user.run_as.realm", "\"ldap1\"")] + origin() + [("request.id", f"\"{ralnum(22)}\""), ("action", "\"indices:data/read/get\"")]
        return emit(pairs)
    def putuser():
        p = P()
        pairs = head("security_config_change", "put_user") + [("authentication.type", "\"REALM\""), ("user.name", "\"elastic\""), ("user.realm", "\"reserved\"")] + origin() + \
                [("request.id", f"\"{ralnum(22)}\""), ("put", ["{\"user\":{\"name\":\"", vuser(p.username()), "\",\"enabled\":true,\"roles\":[\"analyst\"],\"full_name\":\"", vname(jesc(p.full)),
                                                            "\",\"email\":\"", vemail(p), "\",\"has_password\":true,\"metadata\":{}}}"])]
        return emit(pairs)
    def dec():
        return ch([lambda: emit(head("transport", "access_granted") + [("authentication.type", "\"INTERNAL\""), ("user.name", "\"_xpack_security\""), ("origin.type", "\"local_node\""),
                                                                       ("request.id", f"\"{ralnum(22)}\""), ("action", "\"indices:admin/create\""), ("request.name", "\"CreateIndexRequest\""), ("indices", "[\".security-7\"]")]),
                   lambda: emit(head("transport", "access_granted") + [("authentication.type", "\"REALM\""), ("user.name", "\"kibana_system\""), ("user.realm", "\"reserved\""), ("user.roles", "[\"kibana_system\"]"),
                                                                       ("origin.type", "\"local_node\""), ("request.id", f"\"{ralnum(22)}\""), ("action", "\"cluster:monitor/nodes/info\"")]),
                   lambda: mk("esaudit/server", f"[{ts_event().strftime('%Y-%m-%dT%H:%M:%S,')}{rint(0, 999):03d}][INFO ][o.e.n.Node               ] [{node}] started {{{node}}}{{{nid}}}"),
                   lambda: mk("esaudit/server", f"[{ts_event().strftime('%Y-%m-%dT%H:%M:%S,')}{rint(0, 999):03d}][INFO ][o.e.c.r.a.AllocationService] [{node}] current.health=\"GREEN\" previous.health=\"YELLOW\" reason=\"shards started [[customers][0]]\"")])()
    return produce(n, [(authn, 2), (access, 3), runas, putuser], [dec])

# ---------------------------------------------------------------------------------------------- Twilio
@fmt("twilio", "Twilio documentation: Messaging status callbacks and incoming-message webhooks (application/x-www-form-urlencoded POST parameters SmsSid, SmsStatus, MessageStatus, To, From, MessageSid, AccountSid, MessagingServiceSid, ApiVersion, Body, NumMedia, NumSegments, FromCity, FromState, FromZip, FromCountry, ToCountry, ErrorCode), Voice call webhooks (CallSid, CallStatus, Called, Caller, CallerName, Direction, From, To), the REST API Message resource JSON (account_sid, api_version, body, date_created, direction, error_code, from, messaging_service_sid, num_segments, price, sid, status, subresource_uris, to, uri) and HTTP Basic authentication with the Account SID and Auth Token",
     "To / From / Called / Caller numbers (phone, URL-encoded as written; also the business's sending numbers, every E.164 number is labeled), Body texts with names, e-mails and phones, CallerName (CNAM → person), message bodies addressed to a person, Basic credentials of the REST client (secret)",
     "SIDs (SM…, MM…, AC…, MG…, CA…), short codes, statuses, error codes, FromCity / FromState / FromZip / FromCountry (caller geography), X-Twilio-Signature values, webhook acknowledgement lines")
def fmt_twilio(n):
    def sid(p): return p + rhex(32)
    def e164(p=None): return phone(home(p.country) if p else ch(["US", "GB", "NO", "ZA", "KE", "IN"]), "e164")
    def logpre(path): return f"{iso_ts()} INFO  webhook POST {path} params="
    def status():
        p = P(); ms = sid("SM"); biz = ch([V("phone", q(e164())), "ACMEBK"])
        parts = [f"SmsSid={ms}&SmsStatus=", st := ch(["delivered", "sent", "undelivered", "failed"]), f"&MessageStatus={st}&To=", V("phone", q(e164(p))), f"&MessageSid={ms}&AccountSid={sid('AC')}&From=", biz, "&ApiVersion=2010-04-01"]
        if st in ("undelivered", "failed"): parts.append(f"&ErrorCode={ch([30003, 30005, 30006, 30008])}")
        return mk("twilio/status-callback", logpre("/webhooks/twilio/status"), parts)
    def inbound():
        p = P(); c = ch(["US", "GB", "ZA", "NG", "IN"])
        body = ch([["Hi+this+is+", vname(qp(p.full)), "%2C+my+new+email+is+", V("email", q(p.email()))], ["STOP"], ["Please+call+me+back+on+", V("phone", qp(phone(home(p.country), "nat")))],
                   ["My+order+is+late.+", vname(qp(p.given))]])
        parts = [f"ToCountry={c}&ToState=&SmsMessageSid={(s := sid('SM'))}&NumMedia=0&ToCity=&FromZip=&SmsSid={s}&FromState=&SmsStatus=received&FromCity=&Body=", body,
                 f"&FromCountry={c}&To=", V("phone", q(e164())), f"&MessagingServiceSid={sid('MG')}&ToZip=&NumSegments=1&MessageSid={s}&AccountSid={sid('AC')}&From=", V("phone", q(e164(p))), "&ApiVersion=2010-04-01"]
        return mk("twilio/incoming", logpre("/webhooks/twilio/sms"), parts)
    def voice():
        p = P(); caller = q(e164(p)); called = q(e164())
        parts = ["Called=", V("phone", called), "&ToState=&CallerCountry=", home(p.country), "&Direction=inbound&CallerState=&ToZip=&CallSid=", sid("CA"), "&To=", V("phone", called),
                 "&CallerZip=&ToCountry=US&CallerName=", vname(qp(f"{p.family.upper()} {p.given.upper()}")), "&ApiVersion=2010-04-01&CallStatus=ringing&From=", V("phone", caller),
                 "&Caller=", V("phone", caller), "&AccountSid=", sid("AC")]
        return mk("twilio/voice", logpre("/webhooks/twilio/voice"), parts)
    def resource():
        p = P(); ac = sid("AC"); ms = sid("SM")
        body = ch([S(["Hi ", vname(p.given), ", your Acme order ", order_no(), " is on its way."]), S(["Your verification code is ", rdigits(6)]), S(["Dear ", vname(p.full), ", your appointment is confirmed for ", evdate("iso"), "."])])
        o = {"account_sid": ac, "api_version": "2010-04-01", "body": body, "date_created": ts_event().strftime("%a, %d %b %Y %H:%M:%S +0000"), "date_sent": None,
             "direction": "outbound-api", "error_code": None, "error_message": None, "from": V("phone", e164()), "messaging_service_sid": sid("MG"), "num_media": "0", "num_segments": "1",
             "price": None, "price_unit": "USD", "sid": ms, "status": "queued", "subresource_uris": {"media": f"/2010-04-01/Accounts/{ac}/Messages/{ms}/Media.json"},
             "to": V("phone", e164(p)), "uri": f"/2010-04-01/Accounts/{ac}/Messages/{ms}.json"}
        return jl("twilio/message-json", o)
    def api():
        ac = sid("AC")
        return mk("twilio/rest-client", f"{iso_ts()} DEBUG POST https://api.twilio.com/2010-04-01/Accounts/{ac}/Messages.json Authorization: Basic ",
                  vsecret(base64.b64encode(f"{ac}:{rhex(32)}".encode()).decode()), " Content-Type: application/x-www-form-urlencoded")
    def dec():
        return ch([lambda: mk("twilio/status-callback", f"{iso_ts()} INFO  webhook POST /webhooks/twilio/status -> 204 No Content ({rint(2, 90)} ms)"),
                   lambda: mk("twilio/status-callback", f"{iso_ts()} DEBUG X-Twilio-Signature: {rb64(20)} (valid)"),
                   lambda: mk("twilio/status-callback", logpre("/webhooks/twilio/status"), f"SmsSid={(s := sid('SM'))}&SmsStatus=sent&MessageStatus=sent&To={rint(20000, 99999)}&MessageSid={s}&AccountSid={sid('AC')}&From=ACMEBK&ApiVersion=2010-04-01"),
                   lambda: jl("twilio/message-json", {"sid": sid("NO"), "account_sid": sid("AC"), "parent_account_sid": None, "error_code": "11200", "log_level": "error", "more_info": {"msg": "HTTP retrieval failure", "sourceComponent": "14100"}})])()
    return produce(n, [(status, 3), inbound, voice, resource, api], [dec])

# ---------------------------------------------------------------------------------------------- SMPP
@fmt("smpp", "SMPP v3.4 specification (SMPP Developers Forum, 1999: PDU header command_length / command_id / command_status / sequence_number; bind_transceiver (system_id, password, system_type, interface_version, addr_ton, addr_npi, address_range), submit_sm / deliver_sm (service_type, source_addr_ton/npi, source_addr, dest_addr_ton/npi, destination_addr, esm_class, registered_delivery, data_coding, short_message), enquire_link, delivery receipts 'id: sub: dlvrd: submit date: done date: stat: err: text:') as written by SMPP libraries (Cloudhopper/jSMPP-style PDU toString '(submit_sm: len id status seq) (body: …) (opts: …)'), gateway PDU dumps (one field per line) and the Kannel access log ('Sent SMS [SMSC:…] [SVC:…] … [from:…] [to:…] [flags:…] [msg:len:text] [udh:len:hex]', 'Receive SMS', 'DLR[…]')",
     "destination / source MSISDNs of subscribers (phone, as written without '+', and E.164 in Kannel), bind passwords (password; the system_id is a service account), names in message texts and in the text: part of delivery receipts",
     "enquire_link / *_resp PDUs, alphanumeric sender ids, short codes, message ids, hex-encoded short_message bodies, TON/NPI values, bearerbox start-up and SMSC connection lines, the system_id")
def fmt_smpp(n):
    def msisdn(p): return phone(home(p.country), "e164").lstrip("+")
    def hexmsg(s): return s.encode().hex().upper()
    def pre(): t = ts_event(); return f"{t.strftime('%Y-%m-%d %H:%M:%S,')}{t.microsecond // 1000:03d} [smpp-{ch(['client', 'server'])}-{rint(1, 4)}] INFO  c.c.smpp.impl.DefaultSmppSession - "
    def submit():
        p = P(); seq = rint(1, 99999)
        return mk("smpp/pdu", pre(), f"send PDU: (submit_sm: 0x{rint(60, 200):08X} 0x00000004 0x00000000 0x{seq:08X}) (body: (serviceType [] sourceAddr [0x05 0x00 {ch(['ACMEBANK', 'ACMESHOP', 'VERIFY'])}] destAddress [0x01 0x01 ",
                  V("phone", msisdn(p)), f"] esmClass [0x00] regDelivery [0x01] dcs [0x00] sm [{hexmsg('Your code is ' + rdigits(6))}]) (opts: ))")
    def mo():
        p = P(); seq = rint(1, 99999)
        return mk("smpp/pdu", pre(), f"received PDU: (deliver_sm: 0x{rint(60, 200):08X} 0x00000005 0x00000000 0x{seq:08X}) (body: (serviceType [] sourceAddr [0x01 0x01 ", V("phone", msisdn(p)),
                  f"] destAddress [0x00 0x00 {rint(2000, 99999)}] esmClass [0x00] regDelivery [0x00] dcs [0x00] sm [{hexmsg(ch(['STOP', 'HELP', 'YES']))}]) (opts: ))")
    def bind():
        return mk("smpp/pdu", pre(), f"send PDU: (bind_transceiver: 0x{rint(30, 60):08X} 0x00000009 0x00000000 0x00000001) (body: systemId [{ch(['acme_prod', 'acmeotp'])}] password [",
                  V("password", pw("[] ")), "] systemType [] interfaceVersion [0x34] addressRange (0x00 0x00 [])) (opts: )")
    def kannel():
        p = P(); t = ts_event().strftime("%Y-%m-%d %H:%M:%S"); smsc = ch(["smsc-eu1", "smsc-za", "smsc-kz"])
        k = ch(["sent", "sent", "recv", "dlr"])
        if k == "sent":
            m = ch([["Hi ", vname(p.given), ", your code is ", rdigits(6)], ["Dear ", vname(p.full), ", your parcel is ready for pickup"]])
            ln = sum(len(plain(x)) for x in _flat([m], []))
            return mk("smpp/kannel-access", t, f" Sent SMS [SMSC:{smsc}] [SVC:otp] [ACT:] [BINF:] [FID:{rhex(8)}] [META:?smpp?] [from:ACMEBANK] [to:", pphone(p, "e164"),
                      f"] [flags:-1:0:-1:0:19] [msg:{ln}:", m, "] [udh:0:]")
        if k == "recv":
            return mk("smpp/kannel-access", t, f" Receive SMS [SMSC:{smsc}] [SVC:] [ACT:] [BINF:] [FID:] [META:?smpp?dlr_err%3D000%26] [from:", pphone(p, "e164"),
                      f"] [to:{rint(2000, 99999)}] [flags:0:0:0:0:0] [msg:4:STOP] [udh:0:]")
        return mk("smpp/kannel-access", t, f" DLR[internal] [SMSC:{smsc}] [SVC:otp] [ACT:] [BINF:] [FID:{rhex(8)}] [META:] [from:ACMEBANK] [to:", pphone(p, "e164"),
                  f"] [flags:-1:0:-1:0:1] [msg:{rint(90, 140)}:id:{rdigits(10)} sub:001 dlvrd:001 submit date:{ts_event().strftime('%y%m%d%H%M')} done date:{ts_event().strftime('%y%m%d%H%M')} stat:DELIVRD err:000 text:Dear ", vname(p.given), "] [udh:0:]")
    def dump():
        p = P(); t = ts_event().strftime("%Y-%m-%d %H:%M:%S"); pid = rint(1000, 9999); seq = rint(1, 999)
        def d(*x): return mk("smpp/pdu-dump", f"{t} [{pid}] [6] DEBUG: ", list(x))
        ls = [d(f"SMPP PDU 0x{rhex(12)} dump:"), d("  type_name: submit_sm"), d("  command_id: 4 = 0x00000004"), d("  command_status: 0 = 0x00000000"),
              d(f"  sequence_number: {seq} = 0x{seq:08x}"), d("  service_type: NULL"), d("  source_addr_ton: 5 = 0x00000005"), d("  source_addr_npi: 0 = 0x00000000"),
              d("  source_addr: \"ACMESHOP\""), d("  dest_addr_ton: 1 = 0x00000001"), d("  dest_addr_npi: 1 = 0x00000001"), d("  destination_addr: \"", V("phone", msisdn(p)), "\""),
              d("  esm_class: 3 = 0x00000003"), d("  short_message: \"Hi ", vname(p.given), f", your order {order_no()} has shipped\""), d("SMPP PDU dump ends.")]
        k = rint(8, 10); return ls[k:k + rint(4, 6)]
    def dec():
        t = ts_event().strftime("%Y-%m-%d %H:%M:%S")
        return ch([lambda: mk("smpp/pdu", pre(), f"send PDU: (enquire_link: 0x00000010 0x00000015 0x00000000 0x{rint(1, 99999):08X}) (body: ) (opts: )"),
                   lambda: mk("smpp/pdu", pre(), f"received PDU: (submit_sm_resp: 0x{rint(17, 30):08X} 0x80000004 0x00000000 0x{rint(1, 99999):08X} result: \"OK\") (body: (messageId [{rhex(16)}])) (opts: )"),
                   lambda: mk("smpp/kannel-access", t, " Log begins"), lambda: mk("smpp/kannel-access", t, f" Kannel bearerbox II version 1.4.5 starting"),
                   lambda: mk("smpp/pdu-dump", f"{t} [{rint(1000, 9999)}] [6] DEBUG: SMPP[{ch(['smsc-eu1', 'smsc-za'])}]: Got PDU:"),
                   lambda: mk("smpp/pdu-dump", f"{t} [{rint(1000, 9999)}] [6] DEBUG:   type_name: enquire_link_resp")])()
    return produce(n, [(submit, 2), mo, bind, (kannel, 3), dump], [dec], dfrac=0.3)

# ---------------------------------------------------------------------------------------------- M-Pesa Daraja
@fmt("mpesa", "Safaricom Daraja API documentation: OAuth (GET /oauth/v1/generate?grant_type=client_credentials with Basic consumer key:secret → {access_token, expires_in}), M-Pesa Express / STK Push request (BusinessShortCode, Password = base64(shortcode + passkey + timestamp), Timestamp, TransactionType, Amount, PartyA, PartyB, PhoneNumber, CallBackURL, AccountReference, TransactionDesc) and callback (Body.stkCallback{MerchantRequestID, CheckoutRequestID, ResultCode, ResultDesc, CallbackMetadata.Item[{Name, Value}] with Amount, MpesaReceiptNumber, TransactionDate, PhoneNumber as a number}), C2B validation / confirmation (TransactionType, TransID, TransTime, TransAmount, BusinessShortCode, BillRefNumber, InvoiceNumber, OrgAccountBalance, ThirdPartyTransID, MSISDN — plain, masked or hashed —, FirstName, MiddleName, LastName), B2C result (Result.ResultParameters.ResultParameter[{Key, Value}] with ReceiverPartyPublicName 'MSISDN - Name')",
     "customer MSISDNs (phone; PartyA, PhoneNumber, MSISDN, CallbackMetadata PhoneNumber as a JSON number), FirstName / MiddleName / LastName and ReceiverPartyPublicName names (person), BillRefNumber customer account references (user_id), the STK Password (secret, it embeds the passkey), OAuth Basic credentials and access tokens (secret)",
     "MerchantRequestID / CheckoutRequestID / ConversationID values, receipt numbers (transaction ids), shortcodes, amounts, balances, result codes and descriptions, masked ('2547*****126') and hashed MSISDNs, callbacks of cancelled requests without metadata")
def fmt_mpesa(n):
    def msisdn(): return phone("KE", "e164").lstrip("+")
    def tstamp(): return ts_event().strftime("%Y%m%d%H%M%S")
    def receipt(): return ralnum(10, UPPER_DIG)
    def stk_cb():
        p = P("KE"); m = msisdn()
        items = [{"Name": "Amount", "Value": float(rint(1, 9000))}, {"Name": "MpesaReceiptNumber", "Value": receipt()}, {"Name": "TransactionDate", "Value": int(tstamp())},
                 {"Name": "PhoneNumber", "Value": VN("phone", m)}]
        o = {"Body": {"stkCallback": {"MerchantRequestID": f"{rint(10000, 99999)}-{rint(10 ** 7, 10 ** 8)}-1", "CheckoutRequestID": f"ws_CO_{tstamp()}{rdigits(6)}",
                                      "ResultCode": 0, "ResultDesc": "The service request is processed successfully.", "CallbackMetadata": {"Item": items}}}}
        return jl("mpesa/stk-callback", o, pre=[f"{iso_ts()} INFO mpesa.callback received: "])
    def c2b():
        p = P("KE"); fmtm = ch(["plain", "plain", "masked", "hashed"]); m = msisdn()
        ms = V("phone", m) if fmtm == "plain" else (m[:4] + "*****" + m[-3:] if fmtm == "masked" else rhex(64))
        o = {"TransactionType": ch(["Pay Bill", "Buy Goods"]), "TransID": receipt(), "TransTime": tstamp(), "TransAmount": f"{rint(10, 90000)}.00", "BusinessShortCode": str(rint(100000, 999999)),
             "BillRefNumber": vuid(f"ACC-{rint(10000, 99999)}"), "InvoiceNumber": "", "OrgAccountBalance": f"{rint(1000, 900000)}.00", "ThirdPartyTransID": "", "MSISDN": ms,
             "FirstName": vname(p.given.upper()), "MiddleName": "", "LastName": vname(p.family.upper()) if coin(0.5) else ""}
        return jl("mpesa/c2b-confirmation", o, pre=[f"{iso_ts()} INFO mpesa.c2b confirmation: "])
    def stk_req():
        m = msisdn(); sc = "174379" if coin(0.3) else str(rint(100000, 999999)); ts = tstamp()
        pwd = base64.b64encode((sc + rhex(64) + ts).encode()).decode()
        o = {"BusinessShortCode": sc, "Password": vsecret(pwd), "Timestamp": ts, "TransactionType": "CustomerPayBillOnline", "Amount": str(rint(1, 9000)), "PartyA": V("phone", m),
             "PartyB": sc, "PhoneNumber": V("phone", m), "CallBackURL": "https://api.example.co.ke/mpesa/callback", "AccountReference": vuid(f"ACC-{rint(10000, 99999)}"), "TransactionDesc": "Payment"}
        return jl("mpesa/stk-request", o, pre=[f"{iso_ts()} DEBUG POST https://api.safaricom.co.ke/mpesa/stkpush/v1/processrequest body="])
    def oauth():
        return ch([lambda: mk("mpesa/oauth", f"{iso_ts()} DEBUG GET https://api.safaricom.co.ke/oauth/v1/generate?grant_type=client_credentials Authorization: Basic ",
                              vsecret(base64.b64encode(f"{ralnum(48)}:{ralnum(64)}".encode()).decode())),
                   lambda: jl("mpesa/oauth", {"access_token": vsecret(daraja_token()), "expires_in": "3599"}, pre=[f"{iso_ts()} DEBUG oauth response: "])])()
    def b2c():
        p = P("KE"); m = msisdn()
        params = [{"Key": "TransactionAmount", "Value": rint(10, 9000)}, {"Key": "TransactionReceipt", "Value": receipt()},
                  {"Key": "ReceiverPartyPublicName", "Value": S([V("phone", m), " - ", vname(p.full)])}, {"Key": "TransactionCompletedDateTime", "Value": ts_event().strftime("%d.%m.%Y %H:%M:%S")},
                  {"Key": "B2CUtilityAccountAvailableFunds", "Value": round(R.random() * 10 ** 6, 2)}, {"Key": "B2CRecipientIsRegisteredCustomer", "Value": "Y"}]
        o = {"Result": {"ResultType": 0, "ResultCode": 0, "ResultDesc": "The service request is processed successfully.", "OriginatorConversationID": f"{rint(10000, 99999)}-{rint(10 ** 7, 10 ** 8)}-1",
                        "ConversationID": f"AG_{tstamp()}_{ralnum(20, UPPER_DIG)}", "TransactionID": receipt(), "ResultParameters": {"ResultParameter": params}}}
        return jl("mpesa/b2c-result", o, pre=[f"{iso_ts()} INFO mpesa.b2c result: "])
    def dec():
        return ch([lambda: jl("mpesa/stk-callback", {"Body": {"stkCallback": {"MerchantRequestID": f"{rint(10000, 99999)}-{rint(10 ** 7, 10 ** 8)}-1", "CheckoutRequestID": f"ws_CO_{tstamp()}{rdigits(6)}",
                                                                               "ResultCode": ch([1032, 1037, 2001]), "ResultDesc": ch(["Request cancelled by user", "DS timeout user cannot be reached", "The initiator information is invalid."])}}},
                                 pre=[f"{iso_ts()} INFO mpesa.callback received: "]),
                   lambda: jl("mpesa/stk-request", {"MerchantRequestID": f"{rint(10000, 99999)}-{rint(10 ** 7, 10 ** 8)}-1", "CheckoutRequestID": f"ws_CO_{tstamp()}{rdigits(6)}", "ResponseCode": "0",
                                                     "ResponseDescription": "Success. Request accepted for processing", "CustomerMessage": "Success. Request accepted for processing"},
                              pre=[f"{iso_ts()} DEBUG stkpush response: "]),
                   lambda: jl("mpesa/c2b-confirmation", {"ResultCode": 0, "ResultDesc": "Accepted"}, pre=[f"{iso_ts()} INFO mpesa.c2b validation reply: "])])()
    return produce(n, [(stk_cb, 2), (c2b, 2), stk_req, oauth, b2c], [dec])

# ---------------------------------------------------------------------------------------------- SAP IDoc
@fmt("idoc", "SAP IDoc documentation (IDoc types DEBMAS07 customer master and HRMD_A07 HR master data as XML per the IDoc-XML schema generated by WE60 / SAP PI: <DEBMAS07><IDOC BEGIN=\"1\"><EDI_DC40 SEGMENT=\"1\"> control record TABNAM, MANDT, DOCNUM, DOCREL, STATUS, DIRECT, IDOCTYP, MESTYP, SNDPOR, SNDPRT, SNDPRN, RCVPOR, RCVPRT, RCVPRN, CREDAT, CRETIM; E1KNA1M (KUNNR, ANRED, KTOKD, LAND1, NAME1, NAME2, ORT01, PSTLZ, SORTL, SPRAS, STRAS, TELF1, STCD1), E1KNVKM contact persons (NAMEV, NAME1, TELF1, PAFKT), E1KNBKM bank details (BANKS, BANKL, BANKN, BKONT, KOINH, IBAN); E1PLOGI / E1PITYP / E1P0002 personal data (PERNR, NACHN, VORNA, RUFNM, GBDAT, NATIO, GESCH, PERID), E1P0006 addresses (STRAS, ORT01, PSTLZ, TELNR), E1P0009 bank details (BANKL, BANKN, IBAN, EMFTX), E1P0105 communication (USRTY 0001 system user / 0010 e-mail, USRID, USRID_LONG)) one element per line, and IDoc status messages of WE02 / BD87",
     "customer numbers of private customers and personnel numbers (user_id), NAME1/NAME2, NAMEV, NACHN, VORNA, RUFNM, KOINH and EMFTX (person), SORTL search terms derived from the name (person), STRAS (address), TELF1 / TELNR (phone), GBDAT (date_of_birth), STCD1 / PERID tax and personal ids (national_id / us_ssn), BANKN (bank_account), IBAN, USRID system logins (username) and USRID_LONG e-mails, names in status messages",
     "control records (EDI_DC40 fields, ports, partner numbers, DOCNUM), segment open/close tags, country / language / account-group / gender codes, ORT01 / PSTLZ / LAND1, bank keys (BANKL), validity dates (BEGDA / ENDDA), status messages about ports and partner profiles")
def fmt_idoc(n):
    T = ["idoc/debmas"]
    def el(tag, *v): return mk(T[0], f"      <{tag}>", list(v), f"</{tag}>")
    def ctrl(mestyp, idoctyp):
        return [mk(T[0], f"<{idoctyp}>"), mk(T[0], "  <IDOC BEGIN=\"1\">"), mk(T[0], "    <EDI_DC40 SEGMENT=\"1\">"), el("TABNAM", "EDI_DC40"), el("MANDT", "100"),
                el("DOCNUM", f"{rint(10 ** 12, 10 ** 13):016d}"), el("DOCREL", "757"), el("STATUS", "30"), el("DIRECT", "1"), el("IDOCTYP", idoctyp), el("MESTYP", mestyp),
                el("SNDPOR", "SAPP01"), el("SNDPRT", "LS"), el("SNDPRN", "P01CLNT100"), el("RCVPOR", "CPI_IDOC"), el("RCVPRT", "LS"), el("RCVPRN", "CRMCLNT200"),
                el("CREDAT", ts_event().strftime("%Y%m%d")), el("CRETIM", ts_event().strftime("%H%M%S")), mk(T[0], "    </EDI_DC40>")]
    def debmas():
        T[0] = "idoc/debmas"
        p = P(ch(["DE", "AT", "NL", "NO", "GB", "ES", "IT", "ZA", "RS", "PL"])); kunnr = f"{rint(100000, 999999):010d}"; st, pc, city, _ = address(p.country, native=False)
        segs = [mk(T[0], "    <E1KNA1M SEGMENT=\"1\">"), el("MSGFN", "005"), el("KUNNR", vuid(kunnr)), el("ANRED", ch(["Frau", "Herr", "Mr.", "Ms."])), el("KTOKD", "ZPRV"),
                el("LAND1", p.country if p.country != "GB" else "GB"), el("NAME1", vname(xesc(p.full))), el("ORT01", xesc(city)), el("PSTLZ", pc),
                el("SORTL", vname(xesc(icao(p.family).replace("<", "")[:10]))), el("SPRAS", "E"), el("STRAS", vaddr(xesc(st))), el("TELF1", pphone(p, "nat"))]
        if p.country in ("DE", "ES", "RS", "ZA", "NL"): segs.append(el("STCD1", natid(p)))
        segs.append(mk(T[0], "    </E1KNA1M>"))
        acc = iban(p.country if p.country in IBAN_LEN else "DE", "plain")
        bank = [mk(T[0], "    <E1KNBKM SEGMENT=\"1\">"), el("MSGFN", "005"), el("BANKS", acc[:2]), el("BANKL", rdigits(8)), el("BANKN", V("bank_account", acc[-10:].lstrip("0") or "1")),
                el("KOINH", vname(xesc(p.full))), el("IBAN", V("iban", acc, "iban")), mk(T[0], "    </E1KNBKM>")]
        c = P(p.country)
        cont = [mk(T[0], "    <E1KNVKM SEGMENT=\"1\">"), el("MSGFN", "005"), el("PARNR", str(rint(10 ** 6, 10 ** 7))), el("NAMEV", vname(xesc(c.given))), el("NAME1", vname(xesc(c.family))),
                el("TELF1", pphone(c, "intl")), el("PAFKT", "Z1"), mk(T[0], "    </E1KNVKM>")]
        c0 = ctrl("DEBMAS", "DEBMAS07"); allx = c0 + segs + ch([bank, cont])
        k = rint(len(c0) - 1, len(allx) - 7); return allx[k:k + rint(6, 9)]
    def hrmd():
        T[0] = "idoc/hrmd"
        p = P(ch(["US", "US", "NO", "ZA", "RS", "GB", "DE", "KZ", "IN"])); pernr = f"{rint(10 ** 7, 10 ** 8 - 1):08d}"; st, pc, city, _ = address(p.country, native=False)
        pid = natid(p)
        if pid.kind == "us_ssn": pid = V("us_ssn", pid.text.replace("-", ""), "ssn")
        segs = [mk(T[0], "    <E1PLOGI SEGMENT=\"1\">"), el("PLVAR", "01"), el("OTYPE", "P"), el("OBJID", vuid(pernr)), el("OPERA", "U"),
                mk(T[0], "      <E1P0002 SEGMENT=\"1\">"), el("PERNR", vuid(pernr)), el("INFTY", "0002"), el("ENDDA", "99991231"), el("BEGDA", f"{rint(2010, 2026)}0101"),
                el("NACHN", vname(xesc(p.family))), el("VORNA", vname(xesc(p.given))), el("GBDAT", vdob(p.dob, "compact")), el("GESCH", "2" if p.female else "1"),
                el("NATIO", p.country), el("PERID", pid), mk(T[0], "      </E1P0002>"),
                mk(T[0], "      <E1P0006 SEGMENT=\"1\">"), el("PERNR", vuid(pernr)), el("SUBTY", "1"), el("STRAS", vaddr(xesc(st))), el("ORT01", xesc(city)), el("PSTLZ", pc),
                el("TELNR", pphone(p, "nat")), mk(T[0], "      </E1P0006>"),
                mk(T[0], "      <E1P0009 SEGMENT=\"1\">"), el("PERNR", vuid(pernr)), el("BANKL", aba() if p.country == "US" else rdigits(8)),
                el("BANKN", V("bank_account", rdigits(ch([10, 11, 12])))), el("EMFTX", vname(xesc(p.full.upper()))), mk(T[0], "      </E1P0009>"),
                mk(T[0], "      <E1P0105 SEGMENT=\"1\">"), el("USRTY", "0001"), el("USRID", vuser(p.username().upper()[:12])), el("USRTY", "0010"),
                el("USRID_LONG", V("email", p.email(org_domain()))), mk(T[0], "      </E1P0105>")]
        c0 = ctrl("HRMD_A", "HRMD_A07"); allx = c0 + segs
        k = rint(len(c0) - 1, len(allx) - 7); return allx[k:k + rint(6, 9)]
    def status():
        p = P(); doc = f"{rint(10 ** 12, 10 ** 13):016d}"
        m = ch([["Customer ", vuid(f"{rint(100000, 999999):010d}"), " (", vname(p.full), ") has been created"],
                ["Enter a valid bank account number for ", vname(p.full), " (BANKN ", V("bank_account", rdigits(11)), ")"],
                ["Personnel number ", vuid(f"{rint(10 ** 7, 10 ** 8 - 1):08d}"), ": date of birth ", vdob(p.dob, "eu_dot"), " lies after the hiring date"]])
        return mk("idoc/status", f"IDoc {doc} status {ch(['51', '53', '51'])}: ", m)
    def dec():
        return ch([lambda: mk("idoc/status", f"IDoc {rint(10 ** 12, 10 ** 13):016d} status 03: Data passed to port OK"),
                   lambda: mk("idoc/status", f"IDoc {rint(10 ** 12, 10 ** 13):016d} status 29: Error in ALE service (No partner profile for LS CRMCLNT200)"),
                   lambda: mk("idoc/status", f"IDoc {rint(10 ** 12, 10 ** 13):016d} status 30: IDoc ready for dispatch (ALE service)"),
                   lambda: mk("idoc/debmas", "    </E1KNA1M>"), lambda: mk("idoc/hrmd", "  </IDOC>"), lambda: mk("idoc/debmas", "      <MSGFN>005</MSGFN>")])()
    return produce(n, [(debmas, 2), (hrmd, 2), status], [dec], dfrac=0.36)

# ---------------------------------------------------------------------------------------------- Klarna
@fmt("klarna", "Klarna Docs: Klarna Payments API v1 (POST /payments/v1/sessions and /payments/v1/authorizations/{authorizationToken}/order with purchase_country, purchase_currency, locale, order_amount, order_tax_amount, order_lines, billing_address / shipping_address {given_name, family_name, email, title, street_address, street_address2, postal_code, city, region, phone, country}, customer {date_of_birth, gender, national_identification_number}, merchant_reference1; authorization_token responses), Order Management API v1 order object (order_id, status, fraud_status, order_amount, captured_amount, klarna_reference, billing_address, shipping_address, customer, created_at, expires_at, initial_payment_method) and HTTP Basic authentication with the API username (PK…) and password",
     "billing / shipping given_name and family_name (person each), email, phone, street_address and a non-empty street_address2 (address), customer.date_of_birth, national_identification_number (Swedish personnummer, Norwegian fødselsnummer, Finnish henkilötunnus, Danish CPR → national_id), authorization tokens and Basic credentials (secret)",
     "order ids, klarna_reference, merchant references, order lines, amounts, currencies, locales, statuses and fraud statuses, postal codes, cities, regions, country codes, capture / refund ids, push notification lines")
def fmt_klarna(n):
    CC = {"SE": ("SEK", "sv-SE"), "NO": ("NOK", "nb-NO"), "FI": ("EUR", "fi-FI"), "DK": ("DKK", "da-DK"), "DE": ("EUR", "de-DE"), "AT": ("EUR", "de-AT"), "NL": ("EUR", "nl-NL"), "GB": ("GBP", "en-GB"), "US": ("USD", "en-US")}
    def addr(p):
        st, pc, city, _ = address(p.country)
        a = {"given_name": vname(jesc(p.given)), "family_name": vname(jesc(p.family)), "email": vemail(p), "title": ch(["Ms", "Mr", "Dr"]) if coin(0.4) else None, "street_address": vaddr(jesc(st))}
        if coin(0.25): a["street_address2"] = vaddr(ch(["c/o Haugland", "Apt 4", "2. etg.", "Hinterhaus"]))
        a.update({"postal_code": pc, "city": city, "region": "", "phone": pphone(p, ch(["e164", "nat"])), "country": p.country})
        if a["title"] is None: del a["title"]
        return a
    def cust(p):
        c = {"date_of_birth": vdob(p.dob, "iso"), "gender": "female" if p.female else "male"}
        if p.country in ("SE", "NO", "FI", "DK"):
            nid = natid(p)
            if p.country == "SE": nid = V("national_id", personnummer(p, "long").replace("-", ""), "pnr")
            c["national_identification_number"] = nid
        return c
    def lines(): return [{"type": "physical", "reference": f"SKU-{rint(1000, 9999)}", "name": ch(["Wool blanket", "Kettle 1.7 l", "Running shoes"]), "quantity": rint(1, 3),
                          "unit_price": rint(100, 9000) * 100, "tax_rate": 2500, "total_amount": rint(100, 9000) * 100, "total_tax_amount": rint(10, 900) * 100}]
    def session():
        p = P(ch(list(CC))); cur, loc = CC[p.country]
        o = {"purchase_country": p.country, "purchase_currency": cur, "locale": loc, "order_amount": rint(100, 90000) * 100, "order_tax_amount": rint(10, 9000) * 100,
             "order_lines": lines(), "billing_address": addr(p), "customer": cust(p), "merchant_reference1": order_no()}
        if coin(0.3): o["shipping_address"] = addr(p)
        return jl("klarna/payments-request", o, pre=[f"{iso_ts()} DEBUG POST https://api.klarna.com/payments/v1/authorizations/", vsecret(uuid4()), "/order body="])
    def order():
        p = P(ch(list(CC))); cur, loc = CC[p.country]
        o = {"order_id": uuid4(), "status": ch(["AUTHORIZED", "CAPTURED", "PART_CAPTURED"]), "fraud_status": ch(["ACCEPTED", "PENDING"]), "order_amount": rint(100, 90000) * 100,
             "original_order_amount": rint(100, 90000) * 100, "captured_amount": 0, "refunded_amount": 0, "remaining_authorized_amount": rint(100, 90000) * 100,
             "purchase_currency": cur, "locale": loc, "order_lines": lines(), "klarna_reference": ralnum(8, UPPER_DIG), "billing_address": addr(p), "shipping_address": addr(p),
             "customer": cust(p), "created_at": iso_ts(), "expires_at": iso_ts(), "initial_payment_method": {"type": ch(["INVOICE", "FIXED_AMOUNT", "PAY_LATER_IN_PARTS"]), "description": ch(["Pay later in 30 days", "Slice it"])}}
        return jl("klarna/order", o, pre=[f"{iso_ts()} DEBUG GET /ordermanagement/v1/orders/{o['order_id']} -> 200 "])
    def auth():
        return ch([lambda: jl("klarna/authorization", {"authorization_token": vsecret(uuid4()), "finalize_required": False, "approved": True, "show_form": True}, pre=[f"{iso_ts()} INFO klarna authorize callback: "]),
                   lambda: mk("klarna/http", f"{iso_ts()} DEBUG POST https://api.klarna.com/payments/v1/sessions Authorization: Basic ",
                              vsecret(base64.b64encode(f"PK{rint(10000, 99999)}_{rhex(12)}:{ralnum(16)}".encode()).decode()))])()
    def dec():
        return ch([lambda: mk("klarna/http", f"{iso_ts()} INFO POST /klarna/push?order_id={uuid4()} -> 200"),
                   lambda: jl("klarna/order", {"capture_id": uuid4(), "klarna_reference": ralnum(8, UPPER_DIG), "captured_amount": rint(100, 90000) * 100, "captured_at": iso_ts(),
                                               "description": "Shipped", "refunded_amount": 0}, pre=[f"{iso_ts()} DEBUG capture response: "]),
                   lambda: jl("klarna/order", {"order_id": uuid4(), "status": "CANCELLED", "fraud_status": "REJECTED", "order_amount": rint(100, 90000) * 100, "purchase_currency": "SEK"},
                              pre=[f"{iso_ts()} DEBUG order status: "])])()
    return produce(n, [(session, 2), (order, 2), auth], [dec])

def future(y0=2027, y1=2035): return rdate(y0, y1)

# ---------------------------------------------------------------------------------------------- ICAO 9303 MRZ
MRZ_TD1 = ["DE", "NO", "NL", "ES", "RS", "KZ", "ZA", "FI"]
def mrz_person_number(p):
    """The personal / national number some states print in the MRZ's optional data, as a labeled value (or None)."""
    c = home(p.country)
    if c == "NO": return V("national_id", fnr(p), "fnr")
    if c == "ES": return V("national_id", dni(), "dni")
    if c == "RS": return V("national_id", jmbg(p), "jmbg")
    if c == "KZ": return V("national_id", iin(p), "iin")
    if c == "ZA": return V("national_id", za_id(p), "zaid")
    if c == "SE": return V("national_id", personnummer(p, "short").replace("-", "").replace("+", ""), "pnr")
    return None
def mrz_doc(p):
    c = home(p.country)
    if c in ("RS", "KZ", "ZA"): return rdigits(9)
    if c == "ES": return ralnum(3, string.ascii_uppercase) + rdigits(6)
    if c == "DE": return ch("LMNPT") + ralnum(8, "CFGHJKLMNPRTVWXYZ0123456789")
    return passport_no(c)[:9]
def name_field(p, width):
    """MRZ name field: (parts, text) with surname and given-name spans; truncated to width as ICAO 9303 allows."""
    sur, giv = icao(p.family), icao(p.given)
    full = (sur + "<<" + giv)[:width]
    if len(full) < len(sur) + 3: s = full.rstrip("<"); return [V("person", s), "<" * (width - len(s))], full.ljust(width, "<")
    g = full[len(sur) + 2:].rstrip("<")
    parts = [V("person", sur), "<<"] + ([V("person", g)] if g else [])
    return parts + ["<" * (width - len(sur) - 2 - len(g))], full.ljust(width, "<")
def td3(p):
    nat = ISO3[p.country].ljust(3, "<"); doc = mrz_doc(p).ljust(9, "<"); dob = fdate(p.dob, "yymmdd"); exp = fdate(future(), "yymmdd")
    pn = mrz_person_number(p) if coin(0.6) else None
    pn14 = (pn.text if pn else "").ljust(14, "<"); pncd = mrz_cd(pn14) if pn else "<"
    npart, ntext = name_field(p, 39)
    l1p = ["P<", nat, npart]; l1 = "P<" + nat + ntext
    body = doc + mrz_cd(doc) + nat + dob + mrz_cd(dob) + p.sex + exp + mrz_cd(exp) + pn14 + pncd
    l2 = body + mrz_cd(body[0:10] + body[13:20] + body[21:43])
    l2p = [V("national_id", doc.rstrip("<"), "mrzdoc"), doc[len(doc.rstrip("<")):], l2[9:13], vdob(p.dob, "yymmdd"), l2[19:28], pn if pn else "", "<" * (14 - len(pn.text)) if pn else pn14, l2[42:]]
    return [l1p, l2p], [l1, l2]
def td1(p):
    st = ISO3[p.country].ljust(3, "<"); doc = mrz_doc(p).ljust(9, "<"); dob = fdate(p.dob, "yymmdd"); exp = fdate(future(2027, 2034), "yymmdd")
    pn = mrz_person_number(p)
    opt1 = (pn.text if pn else "").ljust(15, "<")
    l1 = "I" + ch("<D") + st + doc + mrz_cd(doc) + opt1
    l2b = dob + mrz_cd(dob) + p.sex + exp + mrz_cd(exp) + st + "<" * 11
    l2 = l2b + mrz_cd(l1[5:30] + l2b[0:7] + l2b[8:15] + l2b[18:29])
    npart, ntext = name_field(p, 30)
    l1p = [l1[:5], V("national_id", doc.rstrip("<"), "mrzdoc"), doc[len(doc.rstrip("<")):], l1[14], pn if pn else "", opt1[len(pn.text):] if pn else opt1]
    l2p = [vdob(p.dob, "yymmdd"), l2[6:]]
    return [l1p, l2p, npart], [l1, l2, ntext]
@fmt("mrz", "ICAO Doc 9303 Machine Readable Travel Documents, 8th ed., Part 3 (character set, transliteration of national characters, check digits with weights 7-3-1), Part 4 (TD3 passport MRZ: 2 × 44 characters — document code, issuing state, primary and secondary identifiers separated by '<<', document number, nationality, date of birth YYMMDD, sex, date of expiry, optional personal number, check digits, composite check digit) and Part 5 (TD1 identity card: 3 × 30 characters with optional data elements, as used for national personal numbers); document-reader logs (per-line OCR output, '|'-joined single-line scans, and PassportEye-style JSON: mrz_type, valid_score, raw_text, type, country, number, date_of_birth, expiration_date, nationality, sex, names, surname, personal_number, check_* and valid_* members)",
     "surname and given names as written in the MRZ (person each, '<' separators inside the given names kept), document numbers (national_id, without filler), dates of birth (date_of_birth, YYMMDD), personal numbers in the optional data (Norwegian fødselsnummer, Spanish DNI, Serbian JMBG, Kazakh IIN, South African identity number → national_id), the same values in reader JSON and raw_text",
     "document codes, issuing states and nationalities, sex, expiry dates, check digits and '<' fillers, reader status lines (frame without MRZ, engine loaded, document removed), valid_score and check flags")
def fmt_mrz(n):
    def src(): return f"{ts_event().strftime('%Y-%m-%dT%H:%M:%S')} {ch(['docreader', 'kiosk-osl-07', 'gate-e12'])}[{rint(100, 9999)}]: "
    def per_line():
        p = P(ch(list(ISO3))) if coin(0.6) else P(ch(MRZ_TD1))
        parts, texts = (td1(p) if p.country in MRZ_TD1 and coin(0.5) else td3(p))
        out = [mk("mrz/ocr-lines", src(), f"MRZ line {i + 1}: ", pt) for i, pt in enumerate(parts)]
        out[0]["_mrz"] = texts
        return out
    def joined():
        p = P(ch(MRZ_TD1 + ["US", "GB", "IN", "PK", "ET", "NG", "GE", "JP", "MX", "BR"]))
        parts, texts = (td1(p) if p.country in MRZ_TD1 and coin(0.6) else td3(p))
        seq = []
        for i, pt in enumerate(parts): seq += (["|"] if i else []) + [pt]
        d = mk("mrz/scan", src(), f"scan ok type={'TD1' if len(texts) == 3 else 'TD3'} mrz=\"", seq, f"\" checks=ok conf=0.{rint(90, 99)}")
        d["_mrz"] = texts; return d
    def pejson():
        p = P(ch(list(ISO3)))
        parts, texts = td3(p)
        pn = texts[1][28:42].rstrip("<")
        raw = []
        for i, pt in enumerate(parts): raw += (["\n"] if i else []) + [pt]
        o = {"mrz_type": "TD3", "valid_score": rint(80, 100), "raw_text": S(raw), "type": "P<", "country": ISO3[p.country].ljust(3, "<"),
             "number": V("national_id", texts[1][0:9].rstrip("<"), "mrzdoc"), "date_of_birth": vdob(p.dob, "yymmdd"), "expiration_date": texts[1][21:27],
             "nationality": ISO3[p.country].ljust(3, "<"), "sex": p.sex, "names": vname(texts[0][5:].split("<<", 1)[1].rstrip("<").replace("<", " ")) if "<<" in texts[0][5:] and texts[0][5:].split("<<", 1)[1].strip("<") else "",
             "surname": vname(texts[0][5:].split("<<", 1)[0]), "personal_number": (V("national_id", pn, parts[1][5].chk) if pn else texts[1][28:42]),
             "check_number": texts[1][9], "check_date_of_birth": texts[1][19], "check_expiration_date": texts[1][27], "check_composite": texts[1][43], "check_personal_number": texts[1][42],
             "valid_number": True, "valid_date_of_birth": True, "valid_expiration_date": True, "valid_composite": True, "valid_personal_number": True, "method": "direct"}
        d = jl("mrz/passporteye-json", o); d["_mrz"] = texts; return d
    def dec():
        return ch([lambda: mk("mrz/scan", src(), f"no MRZ found in frame {rint(1000, 99999)} (confidence 0.{rint(10, 40)})"),
                   lambda: mk("mrz/scan", src(), "document placed on scanner, starting capture"),
                   lambda: mk("mrz/scan", src(), "OCR engine tesseract 5.3.4 loaded (lang=ocrb)"),
                   lambda: mk("mrz/scan", src(), f"document removed after {rint(1, 9)}.{rint(0, 9)} s"),
                   lambda: mk("mrz/ocr-lines", src(), f"MRZ checks: number=ok birth=ok expiry=ok composite=ok")])()
    return produce(n, [(per_line, 3), (joined, 2), pejson], [dec])

# ---------------------------------------------------------------------------------------------- IATA BCBP
@fmt("bcbp", "IATA Resolution 792 'Bar Coded Boarding Pass (BCBP)' Implementation Guide, version 6–8: mandatory items (format code M, number of legs, passenger name SURNAME/GIVENNAME TITLE in 20 characters, electronic ticket indicator, operating carrier PNR code, from / to airport codes, operating carrier designator, flight number, Julian date of flight, compartment code, seat number, check-in sequence number, passenger status, field size of the variable-size field in hex), conditional items ('>' version marker and number, unique structured-message size, passenger description, source of check-in / boarding-pass issuance, date of issue, document type, issuer designator, bag-tag plate; repeated structured-message size, airline numeric code, document form / serial number, selectee indicator, international documentation verification, marketing carrier, frequent-flyer airline designator and number, ID/AD indicator, free baggage allowance, fast track), airline private data and the security data ('^' type length signature); as logged by gate readers and boarding-pass printers (plain, quoted and JSON)",
     "passenger surname and given names (person each; the title MR / MS / MRS outside), frequent-flyer numbers (user_id)",
     "PNR codes (booking references, D's rule), airports, carriers, flight numbers, Julian dates, seats, sequence numbers, ticket / document serial numbers, bag tags, field sizes, version markers, security-data signatures, reader status lines")
def fmt_bcbp(n):
    ROUTES = [("OSL", "CPH", "SK"), ("BEG", "ZRH", "JU"), ("ALA", "IST", "KC"), ("CPT", "JNB", "FA"), ("MAA", "DXB", "EK"), ("CWL", "AMS", "KL"), ("ADD", "NBO", "ET"), ("LOS", "ACC", "P4")]
    def nm(p):
        sur, giv = icao(p.family).replace("<", " ")[:17], icao(p.given).replace("<", " ")
        title = ("MRS" if coin(0.4) else "MS") if p.female else "MR"
        full = f"{sur}/{giv} {title}"
        if len(full) > 20: full = f"{sur}/{giv}"[:20].rstrip()
        g = full[len(sur) + 1:]; tail = ""
        if g.endswith(" " + title): g, tail = g[:-len(title) - 1], " " + title
        return [V("person", sur), "/", V("person", g) if g.strip() else "", tail, " " * (20 - len(full))]
    def leg(first, p):
        o, d, c = ch(ROUTES); pnr = ralnum(6, UPPER_DIG); jd = rint(320, 365)
        mand = [pnr.ljust(7), o, d, c.ljust(3), f"{rint(1, 9999):04d}{ch([' ', ' ', 'A'])}", f"{jd:03d}", ch("YYYCJ"), f"{rint(1, 45):03d}{ch('ABCDEF')}", f"{rint(1, 400):04d} ", ch("013")]
        ffn = f"{ch(['EBG', 'EB', 'MM', 'SA'])}{rdigits(rint(8, 10))}"
        rep = [ch(["117", "724", "071", "176", "230"]), rdigits(10), " ", ch("0 "), c.ljust(3), c.ljust(3), V("user_id", ffn), " " * (16 - len(ffn)), " ", ch(["1PC", "2PC", "23K"]), ch("NY")]
        priv = ch(["", f"*3{rint(10, 99)}{rdigits(5)}", f"0{rint(100, 999)}"])
        return mand, rep, priv
    def build(p, legs):
        out = ["M", str(legs), nm(p), "E"]
        for i in range(legs):
            mand, rep, priv = leg(i == 0, p)
            replen = sum(len(plain(x)) for x in _flat(rep, []))
            if i == 0:
                uniq = [ch("0123"), ch("WOK"), ch("WOK"), f"{rint(6, 6)}{rint(320, 365):03d}", "B", mand[3]]
                ulen = sum(len(x) for x in uniq)
                cond = [">", ch("678"), f"{ulen:02X}", uniq, f"{replen:02X}", rep, priv]
            else:
                cond = [f"{replen:02X}", rep, priv]
            clen = sum(len(plain(x)) for x in _flat(cond, []))
            out += [mand, f"{clen:02X}", cond]
        if coin(0.5): sig = rb64(48); out += ["^1", f"{len(sig):02X}", sig]
        return out
    def reader():
        p = P(); bc = build(p, 1 if coin(0.8) else 2)
        return mk("bcbp/reader", f"{ts_event().strftime('%Y-%m-%d %H:%M:%S')} gate-reader {ch(['B12', 'C3', 'E7', 'A21'])}: PDF417 ", bc)
    def quoted():
        p = P(); bc = build(p, 1)
        return mk("bcbp/printer", f"{iso_ts()} bpp[{rint(100, 9999)}] print ok data=\"", bc, "\"")
    def js():
        p = P(); bc = build(p, 1 if coin(0.7) else 2)
        return mkj("bcbp/json", "{\"ts\":\"", iso_ts(), f"\",\"reader\":\"{ch(['B12', 'C3', 'E7'])}\",\"symbology\":\"{ch(['PDF417', 'AZTEC', 'QR'])}\",\"data\":\"", map_v([bc], jesc), f"\",\"result\":\"{ch(['ACCEPTED', 'REJECTED_WRONG_GATE', 'ACCEPTED'])}\"}}")
    def dec():
        return ch([lambda: mk("bcbp/reader", f"{ts_event().strftime('%Y-%m-%d %H:%M:%S')} gate-reader {ch(['B12', 'C3'])}: online, firmware 4.{rint(1, 9)}.{rint(0, 20)}"),
                   lambda: mk("bcbp/reader", f"{ts_event().strftime('%Y-%m-%d %H:%M:%S')} gate-reader {ch(['B12', 'C3'])}: flight {ch(['SK0403', 'JU0350', 'ET0308'])} boarding {ch(['opened', 'closed'])}, {rint(10, 190)} scanned"),
                   lambda: mk("bcbp/printer", f"{iso_ts()} bpp[{rint(100, 9999)}] paper low ({rint(5, 20)} %)"),
                   lambda: mk("bcbp/reader", f"{ts_event().strftime('%Y-%m-%d %H:%M:%S')} gate-reader {ch(['B12', 'C3'])}: BCBP rejected: security data signature invalid")])()
    return produce(n, [(reader, 3), quoted, js], [dec])

# ---------------------------------------------------------------------------------------------- Amadeus PNR
@fmt("pnr", "Sabre *R PNR display (name field '1.1SURNAME/GIVEN TITLE', itinerary, TKT/TIME LIMIT, PHONES, GENERAL FACTS with SSR DOCS / CTCE, RECEIVED FROM and the history line) and the Amadeus Selling Platform cryptic PNR display (header 'RP/office/office  agent  date/time  record locator'; numbered elements: names 'SURNAME/GIVEN TITLE', air segments, AP / APE / APM contact elements, TK ticketing arrangement, SSR DOCS (IATA AIRIMP / API: P/issuing state/passport number/nationality/DDMMMYY birth date/gender/expiry/surname/given names/Pn), SSR FOID, SSR CTCE (e-mail with '//' for '@', '..' for '_', './' for '-') and CTCM (mobile), OSI CTCP, FP form of payment CC (VI/CA/AX + card number/expiry, masked or not), FE endorsements, RM remarks) as pasted into support and integration logs one element per line",
     "passenger surnames and given names (person each, titles outside), contact names in AP elements (person), phone numbers (AP, APM, CTCM, CTCP), e-mails (APE, and CTCE in the IATA encoding — labeled as written), passport and identity numbers (DOCS, FOID → national_id), DOCS dates of birth (DDMMMYY → date_of_birth), card numbers in FP (credit_card, when unmasked)",
     "header lines, office ids, record locators, air segments, TK / FE / RM elements, masked FP cards ('XXXXXXXXXXXX1111'), passport expiry dates, gender and nationality codes, END OF TRANSACTION lines")
def fmt_pnr(n):
    ROUTES = [("SK", "OSLCPH"), ("JU", "BEGZRH"), ("KC", "ALAIST"), ("FA", "CPTJNB"), ("EK", "MAADXB"), ("KL", "CWLAMS"), ("ET", "ADDNBO"), ("P4", "LOSACC")]
    def ctce(e):
        loc, dom = e.split("@")
        return loc.upper().replace("_", "..").replace("-", "./") + "//" + dom.upper()
    def title(p): return ("MRS" if coin(0.5) else "MS") if p.female else "MR"
    def display():
        pax = [P()] + ([P()] if coin(0.4) else [])
        for x in pax[1:]: x.family = pax[0].family if coin(0.6) else x.family
        rl = ralnum(6, UPPER_DIG); off = ch(["OSLSK08AA", "BEGJU0100", "ALAKC08AA", "CPTFA0300", "LONBA08AL"]); cr, rt = ch(ROUTES); d = evdate("iso")
        L = [mk("pnr/display", f"RP/{off}/{off}            {ch(['AA', 'SU', 'GS'])}/SU  {ts_event().strftime('%d%b%y').upper()}/{rint(0, 23):02d}{rint(0, 59):02d}Z   {rl}")]
        nm = ["  "]
        for i, x in enumerate(pax):
            nm += ([f"   {i + 1}."] if i else [f"{i + 1}."]) + [vname(icao(x.family).replace("<", " ")), "/", vname(icao(x.given).replace("<", " ")), " ", title(x)]
        L.append(mk("pnr/display", nm))
        k = len(pax) + 1
        def el(*parts):
            nonlocal k
            r = mk("pnr/display", f"{k:>3} ", list(parts)); k += 1; return r
        L.append(el(f"{cr} {rint(100, 9999)} {ch('YCJMB')} {rint(1, 28):02d}DEC {rint(1, 7)} {rt} HK{len(pax)}  {rint(5, 22):02d}{ch(['05', '30', '45'])} {rint(6, 23):02d}{ch(['10', '20', '55'])}  {rint(1, 28):02d}DEC  E  {cr}/{rl}"))
        p = pax[0]; ph = phone(home(p.country), "e164").lstrip("+")
        L.append(el("AP ", rt[:3], " ", V("phone", phone(home(p.country), "intl").lstrip("+")), " - ", vname(f"{icao(p.family)} {icao(p.given)}".replace("<", " ")), " - H"))
        L.append(el("APE ", V("email", p.email().upper())))
        L.append(el("APM ", V("phone", "+" + ph)))
        L.append(el(f"TK OK{ts_event().strftime('%d%b').upper()}/{off}"))
        for i, x in enumerate(pax):
            doc = passport_no(x.country)
            L.append(el(f"SSR DOCS {cr} HK1 P/{ISO3[x.country][:3]}/", V("national_id", doc, "mrzdoc"), f"/{ISO3[x.country][:3]}/", vdob(x.dob, "iata"), f"/{x.sex}/{fdate(future(), 'iata')}/",
                        vname(icao(x.family).replace("<", " ")), "/", vname(icao(x.given).replace("<", " ")), f"/P{i + 1}"))
        if coin(0.6): L.append(el(f"SSR CTCE {cr} HK1 ", V("email", ctce(p.email())), "/P1"))
        if coin(0.5): L.append(el(f"SSR CTCM {cr} HK1 ", V("phone", ph), "/P1"))
        if coin(0.3): L.append(el(f"SSR FOID {cr} HK1 PP", V("national_id", passport_no(p.country), "mrzdoc"), "/P1"))
        if coin(0.4): L.append(el(f"OSI YY CTCP {rt[:3]} ", V("phone", ph), " ", vname(icao(p.family).replace("<", " "))))
        cc = ch([("VI", "visa"), ("CA", "mastercard"), ("AX", "amex")])
        num = card(cc[1], "plain")
        if coin(0.6): L.append(el(f"FP CC{cc[0]}", V("credit_card", num, "luhn"), f"/{rint(1, 12):02d}{rint(27, 31)}"))
        else: L.append(el(f"FP CC{cc[0]}{'X' * (len(num) - 4)}{num[-4:]}/{rint(1, 12):02d}{rint(27, 31)}"))
        L.append(el(f"FE PAX NONREF/CHG {ch(['NOK500', 'EUR75', 'USD100'])}/S{len(pax) + 1}"))
        L.append(el(f"RM {ch(['PAX PREFERS AISLE', 'WCHR REQUESTED', 'CORPORATE DEAL ACME'])}"))
        k0 = rint(0, 3); return L[k0:k0 + rint(6, 10)]
    def sabre():
        p = P(); rl = ralnum(6, UPPER_DIG); cr, rt = ch(ROUTES); ph = phone(home(p.country), "e164").lstrip("+"); doc = passport_no(p.country)
        L = [mk("pnr/sabre", " 1.1", vname(icao(p.family).replace("<", " ")), "/", vname(icao(p.given).replace("<", " ")), " ", title(p)),
             mk("pnr/sabre", f" 1 {cr}{rint(100, 9999):>4}{ch('YCJM')} {rint(1, 28):02d}DEC {rint(1, 7)} {rt} HK1  {rint(5, 22):02d}{ch(['05', '30', '45'])}  {rint(6, 23):02d}{ch(['10', '20', '55'])}  /DC{cr}*{rl} /E"),
             mk("pnr/sabre", "PHONES"),
             mk("pnr/sabre", f"  1.{rt[:3]}", V("phone", ph), "-M"), mk("pnr/sabre", "GENERAL FACTS"),
             mk("pnr/sabre", f"  1.SSR DOCS {cr} HK1/P/{ISO3[p.country][:3]}/", V("national_id", doc, "mrzdoc"), f"/{ISO3[p.country][:3]}/", vdob(p.dob, "iata"), f"/{p.sex}/{fdate(future(), 'iata')}/",
                vname(icao(p.family).replace("<", " ")), "/", vname(icao(p.given).replace("<", " "))),
             mk("pnr/sabre", f"  2.SSR CTCE {cr} HK1/", V("email", ctce(p.email())), "/P1"),
             mk("pnr/sabre", "RECEIVED FROM - PAX"), mk("pnr/sabre", f"{rt[:3]}{cr}.{rt[:3]}{cr}*A{ralnum(2, UPPER_DIG)} {rint(0, 23):02d}{rint(0, 59):02d}/{ts_event().strftime('%d%b%y').upper()} {rl} H")]
        return L[:rint(7, len(L))]
    def dec():
        return ch([lambda: mk("pnr/display", f"END OF TRANSACTION COMPLETE - {ralnum(6, UPPER_DIG)}"), lambda: mk("pnr/display", "*TRN*"),
                   lambda: mk("pnr/display", f"WARNING: SECURE FLIGHT PASSENGER DATA MISSING")])()
    return produce(n, [(display, 3), (sabre, 2)], [dec], dfrac=0.3)

# ---------------------------------------------------------------------------------------------- IHE ATNA / DICOM audit
@fmt("atna", "IHE IT Infrastructure Technical Framework Vol. 2 'Audit Trail and Node Authentication' (ITI-20 Record Audit Event) with DICOM PS3.15 Annex A.5 audit messages (AuditMessage, EventIdentification EventActionCode / EventDateTime / EventOutcomeIndicator with EventID and EventTypeCode csd-code / codeSystemName / originalText, ActiveParticipant UserID / AlternativeUserID / UserName / UserIsRequestor / NetworkAccessPointID / NetworkAccessPointTypeCode with RoleIDCode, AuditSourceIdentification, ParticipantObjectIdentification ParticipantObjectID / TypeCode / TypeCodeRole with ParticipantObjectIDTypeCode and ParticipantObjectName) sent over RFC 5424 syslog (RFC 5425 transport, MSGID IHE+RFC-3881), as one line and pretty-printed",
     "human users' UserID (username; Kerberos-style user@REALM as username), UserName (person), NetworkAccessPointID of type 2 (ipv4/ipv6), patient ids in ParticipantObjectID (the CX id number → user_id), ParticipantObjectName (HL7 XPN FAMILY^GIVEN → person per component)",
     "AE titles and process ids of applications and devices, host names (NetworkAccessPointTypeCode 1), coded values, study instance UIDs, audit source ids, application start/stop events, syslog headers")
def fmt_atna(n):
    def sysl(): return f"<85>1 {iso_ts()} {ch(['pacs01', 'ris-app', 'ehr-gw'])} {ch(['PACS', 'RIS', 'EHRGW'])} {rint(100, 9999)} IHE+RFC-3881 - "
    def user(p, req=True):
        uid = ch([vuser(p.username()), vuser(f"{p.username()}@HOSP.EXAMPLE")])
        ip = rip(0.2)
        return ["<ActiveParticipant UserID=\"", uid, f"\" AlternativeUserID=\"{rint(1000, 99999)}\" UserName=\"", vname(xattr(p.full)), f"\" UserIsRequestor=\"{'true' if req else 'false'}\" NetworkAccessPointID=\"", ip,
                "\" NetworkAccessPointTypeCode=\"2\"><RoleIDCode csd-code=\"110153\" codeSystemName=\"DCM\" originalText=\"Source Role ID\"/></ActiveParticipant>"]
    def app(ae):
        return f"<ActiveParticipant UserID=\"{ae}\" AlternativeUserID=\"{rint(1000, 99999)}\" UserIsRequestor=\"false\" NetworkAccessPointID=\"{ae.lower()}.hospital.example\" NetworkAccessPointTypeCode=\"1\"><RoleIDCode csd-code=\"110152\" codeSystemName=\"DCM\" originalText=\"Destination Role ID\"/></ActiveParticipant>"
    def patient(pt):
        return ["<ParticipantObjectIdentification ParticipantObjectID=\"", vuid(str(rint(100000, 9999999))), "^^^&amp;1.2.840.113619.6.197&amp;ISO\" ParticipantObjectTypeCode=\"1\" ParticipantObjectTypeCodeRole=\"1\">",
                "<ParticipantObjectIDTypeCode csd-code=\"2\" originalText=\"Patient Number\" codeSystemName=\"RFC-3881\"/><ParticipantObjectName>", vname(xesc(pt.family.upper())), "^", vname(xesc(pt.given.upper())),
                "</ParticipantObjectName></ParticipantObjectIdentification>"]
    def src(): return f"<AuditSourceIdentification AuditEnterpriseSiteID=\"HOSP1\" AuditSourceID=\"{ch(['pacs01', 'ris-app'])}\"><AuditSourceTypeCode csd-code=\"4\"/></AuditSourceIdentification>"
    def ev(code, name, act, typ=None):
        t = f"<EventTypeCode csd-code=\"{typ[0]}\" codeSystemName=\"{typ[1]}\" originalText=\"{typ[2]}\"/>" if typ else ""
        return f"<EventIdentification EventActionCode=\"{act}\" EventDateTime=\"{iso_ts()}\" EventOutcomeIndicator=\"{ch(['0', '0', '4', '8'])}\"><EventID csd-code=\"{code}\" codeSystemName=\"DCM\" originalText=\"{name}\"/>{t}</EventIdentification>"
    def record():
        p, pt = P(), P()
        body = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?><AuditMessage>", ev("110110", "Patient Record", ch("RU")), user(p), app(ch(["EHR_APP", "RIS_AE"])), src(), patient(pt), "</AuditMessage>"]
        d = mkx("atna/syslog", sysl(), body); d["_xmlfrom"] = "<?xml"; return d
    def login():
        p = P()
        body = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?><AuditMessage>", ev("110114", "User Authentication", "E", (ch(["110122", "110123"]), "DCM", "Login")), user(p), src(), "</AuditMessage>"]
        d = mkx("atna/syslog", sysl(), body); d["_xmlfrom"] = "<?xml"; return d
    def pretty():
        p, pt = P(), P()
        L = [mk("atna/pretty", "<AuditMessage>"), mk("atna/pretty", "  ", ev("110110", "Patient Record", "R")),
             mk("atna/pretty", "  <ActiveParticipant UserID=\"", vuser(p.username()), f"\" AlternativeUserID=\"{rint(1000, 99999)}\" UserName=\"", vname(xattr(p.full)), "\" UserIsRequestor=\"true\" NetworkAccessPointID=\"", rip(0.2), "\" NetworkAccessPointTypeCode=\"2\">"),
             mk("atna/pretty", "    <RoleIDCode csd-code=\"110153\" codeSystemName=\"DCM\" originalText=\"Source Role ID\"/>"), mk("atna/pretty", "  </ActiveParticipant>"),
             mk("atna/pretty", "  <ParticipantObjectIdentification ParticipantObjectID=\"", vuid(str(rint(100000, 9999999))), "^^^&amp;1.2.840.113619.6.197&amp;ISO\" ParticipantObjectTypeCode=\"1\" ParticipantObjectTypeCodeRole=\"1\">"),
             mk("atna/pretty", "    <ParticipantObjectIDTypeCode csd-code=\"2\" originalText=\"Patient Number\" codeSystemName=\"RFC-3881\"/>"),
             mk("atna/pretty", "    <ParticipantObjectName>", vname(xesc(pt.family.upper())), "^", vname(xesc(pt.given.upper())), "</ParticipantObjectName>"),
             mk("atna/pretty", "  </ParticipantObjectIdentification>"), mk("atna/pretty", "</AuditMessage>")]
        k = rint(1, 3); return L[k:k + rint(4, 7)]
    def dec():
        def one():
            body = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?><AuditMessage>", ev("110100", "Application Activity", "E", (ch(["110120", "110121"]), "DCM", "Application Start")),
                    app(ch(["PACS_AE", "RIS_AE", "MODALITY_CT1"])), src(), "</AuditMessage>"]
            d = mkx("atna/syslog", sysl(), body); d["_xmlfrom"] = "<?xml"; return d
        def study():
            body = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?><AuditMessage>", ev("110104", "DICOM Instances Transferred", "C"), app("MODALITY_CT1"), app("PACS_AE"), src(),
                    f"<ParticipantObjectIdentification ParticipantObjectID=\"1.2.826.0.1.3680043.8.498.{rint(10 ** 9, 10 ** 10)}.{rint(1, 999)}\" ParticipantObjectTypeCode=\"2\" ParticipantObjectTypeCodeRole=\"3\"><ParticipantObjectIDTypeCode csd-code=\"110180\" codeSystemName=\"DCM\" originalText=\"Study Instance UID\"/></ParticipantObjectIdentification>",
                    "</AuditMessage>"]
            d = mkx("atna/syslog", sysl(), body); d["_xmlfrom"] = "<?xml"; return d
        return ch([one, study, lambda: mk("atna/pretty", "  </ActiveParticipant>"), lambda: mk("atna/pretty", "<AuditMessage>")])()
    return produce(n, [(record, 3), login, pretty], [dec])

# ---------------------------------------------------------------------------------------------- openEHR
@fmt("openehr", "openEHR specifications: REST API Release 1.0.3 (EHR / COMPOSITION / QUERY endpoints, the openEHR-AUDIT_DETAILS.committer header 'name=\"…\", external_ref.id=\"…\", external_ref.namespace=\"…\", external_ref.type=\"PERSON\"', AQL queries in {\"q\": …}), the canonical JSON serialisation of the Reference Model (EHR_STATUS with subject PARTY_SELF external_ref{id GENERIC_ID value + scheme, namespace, type}; demographic PERSON with PARTY_IDENTITY details ITEM_TREE ELEMENT DV_TEXT / DV_DATE), and the simplified FLAT (simSDT) format used by EHRbase (ctx/language, ctx/territory, ctx/composer_name, ctx/composer_id, ctx/health_care_facility|name, path|magnitude …)",
     "national patient ids in EHR_STATUS subjects and AQL literals (NHS number, Norwegian fødselsnummer, Serbian JMBG, South African identity number → national_id), composer / committer names (person; 'Dr' outside), demographic given / family names (person each) and birth dates (date_of_birth)",
     "ehr_ids, composition uids, template ids, archetype node ids, coded values, magnitudes and units, health-care facility names, committer external_ref ids of clinicians, FLAT compositions whose composer is set by the server")
def fmt_openehr(n):
    def subject_id(p):
        c = home(p.country)
        if c == "GB": return V("national_id", nhs_number("plain"), "nhs"), "uk.nhs.nhs_number", "NHS"
        if c == "NO": return V("national_id", fnr(p), "fnr"), "no.folkeregisteret", "FNR"
        if c == "RS": return V("national_id", jmbg(p), "jmbg"), "rs.jmbg", "JMBG"
        return V("national_id", za_id(p), "zaid"), "za.dha.id", "RSAID"
    def who(): return P(ch(["GB", "CY", "NO", "RS", "ZA"]))
    def status():
        p = who(); v, ns, sch = subject_id(p)
        o = {"_type": "EHR_STATUS", "archetype_node_id": "openEHR-EHR-EHR_STATUS.generic.v1", "name": {"value": "EHR Status"}, "uid": {"_type": "OBJECT_VERSION_ID", "value": f"{uuid4()}::ehrbase.example::1"},
             "subject": {"_type": "PARTY_SELF", "external_ref": {"id": {"_type": "GENERIC_ID", "value": v, "scheme": sch}, "namespace": ns, "type": "PERSON"}},
             "is_modifiable": True, "is_queryable": True}
        return jl("openehr/ehr-status", o, pre=[f"{iso_ts()} DEBUG POST /ehrbase/rest/openehr/v1/ehr body="])
    def aql():
        p = who(); v, ns, sch = subject_id(p)
        qy = S(["SELECT e/ehr_id/value FROM EHR e WHERE e/ehr_status/subject/external_ref/id/value = '", v, f"' AND e/ehr_status/subject/external_ref/namespace = '{ns}'"])
        return jl("openehr/aql", {"q": qy}, pre=[f"{iso_ts()} INFO  POST /ehrbase/rest/openehr/v1/query/aql "])
    def committer():
        c = who()
        return mk("openehr/rest", f"{iso_ts()} DEBUG POST /ehrbase/rest/openehr/v1/ehr/{uuid4()}/composition header openEHR-AUDIT_DETAILS.committer: name=\"",
                  ch(["Dr ", "", "Nurse "]), vname(c.full), f"\", external_ref.id=\"{rint(100000, 999999)}\", external_ref.namespace=\"HOSPITAL-NS\", external_ref.type=\"PERSON\"",
                  [" Authorization: Bearer ", vjwt(c)] if coin(0.5) else [])
    def flat():
        c = who(); tpl = ch(["vital_signs", "laboratory_result", "medication_list"])
        o = {"ctx/language": "en", "ctx/territory": ch(["GB", "NO", "RS", "ZA"]), "ctx/composer_name": S([ch(["Dr ", ""]), vname(c.full)]), "ctx/composer_id": str(rint(100000, 999999)),
             "ctx/id_namespace": "HOSPITAL-NS", "ctx/id_scheme": "HOSPITAL-NS", "ctx/health_care_facility|name": ch(["Cardiff Royal Infirmary", "Haukeland universitetssjukehus", "Groote Schuur Hospital"]),
             "ctx/health_care_facility|id": str(rint(1000, 9999)),
             f"{tpl}/body_temperature:0/any_event:0/temperature|magnitude": round(36 + R.random() * 3, 1), f"{tpl}/body_temperature:0/any_event:0/temperature|unit": "°C"}
        return jl("openehr/flat", o, pre=[f"{iso_ts()} DEBUG POST /ehrbase/rest/openehr/v1/ehr/{uuid4()}/composition?format=FLAT&templateId={tpl}.v0 body="])
    def person():
        p = who()
        items = [{"_type": "ELEMENT", "archetype_node_id": "at0002", "name": {"value": "given name"}, "value": {"_type": "DV_TEXT", "value": vname(jesc(p.given))}},
                 {"_type": "ELEMENT", "archetype_node_id": "at0003", "name": {"value": "family name"}, "value": {"_type": "DV_TEXT", "value": vname(jesc(p.family))}}]
        o = {"_type": "PERSON", "archetype_node_id": "openEHR-DEMOGRAPHIC-PERSON.person.v1", "name": {"value": "Person"},
             "identities": [{"_type": "PARTY_IDENTITY", "archetype_node_id": "openEHR-DEMOGRAPHIC-PARTY_IDENTITY.person_name.v1", "name": {"value": "person name"},
                             "details": {"_type": "ITEM_TREE", "archetype_node_id": "at0001", "name": {"value": "details"}, "items": items}}],
             "details": {"_type": "ITEM_TREE", "archetype_node_id": "at0001", "name": {"value": "details"},
                         "items": [{"_type": "ELEMENT", "archetype_node_id": "at0010", "name": {"value": "date of birth"}, "value": {"_type": "DV_DATE", "value": vdob(p.dob, "iso")}}]}}
        return jl("openehr/demographic", o, pre=[f"{iso_ts()} DEBUG POST /ehrbase/rest/openehr/v1/demographic/person body="])
    def dec():
        return ch([lambda: jl("openehr/flat", {"ctx/language": "en", "ctx/territory": "NO", "laboratory_result/any_event:0/test_result|magnitude": round(R.random() * 10, 2), "laboratory_result/any_event:0/test_result|unit": "mmol/l"},
                              pre=[f"{iso_ts()} DEBUG POST /ehrbase/rest/openehr/v1/ehr/{uuid4()}/composition?format=FLAT&templateId=laboratory_result.v0 body="]),
                   lambda: mk("openehr/rest", f"{iso_ts()} INFO  PUT /ehrbase/rest/openehr/v1/definition/template/adl1.4 -> 201 (template_id=vital_signs.v0)"),
                   lambda: mk("openehr/rest", f"{iso_ts()} INFO  GET /ehrbase/rest/openehr/v1/ehr/{uuid4()}/composition/{uuid4()}::ehrbase.example::{rint(1, 9)} -> 200 ({rint(5, 90)} ms)"),
                   lambda: jl("openehr/aql", {"q": "SELECT c/uid/value, c/context/start_time/value FROM EHR e CONTAINS COMPOSITION c WHERE c/archetype_details/template_id/value = 'vital_signs.v0' LIMIT 100"},
                              pre=[f"{iso_ts()} INFO  POST /ehrbase/rest/openehr/v1/query/aql "])])()
    return produce(n, [(status, 2), aql, committer, flat, person], [dec])

# ---------------------------------------------------------------------------------------------- LTSV
JP_FAM = [("松田", "マツダ", "Matsuda"), ("高橋", "タカハシ", "Takahashi"), ("渡辺", "ワタナベ", "Watanabe"), ("石川", "イシカワ", "Ishikawa"), ("藤本", "フジモト", "Fujimoto"), ("小林", "コバヤシ", "Kobayashi")]
JP_GIV = [("さくら", "サクラ", "Sakura", 1), ("陽翔", "ハルト", "Haruto", 0), ("結衣", "ユイ", "Yui", 1), ("颯太", "ソウタ", "Sota", 0), ("美桜", "ミオ", "Mio", 1), ("大輝", "ダイキ", "Daiki", 0), ("ひかり", "ヒカリ", "Hikari", 1)]
@fmt("ltsv", "Labeled Tab-separated Values (ltsv.org specification: records of label:value fields separated by TAB, labels [0-9A-Za-z_.-]+, values without TAB / newline; the recommended labels time, host, forwardedfor, user, req, method, uri, protocol, status, size, reqsize, referer, ua, vhost, reqtime, cache, runtime, apptime) as written by nginx / Apache log_format ltsv and by applications through fluentd's in_tail format ltsv, incl. Japanese application records (names in kanji with the katakana reading, 〒 postcodes, '1985年3月12日' dates)",
     "host / forwardedfor addresses (every IPv4/IPv6), user (username), personal data in req / uri / referer, application fields of people (member_id → user_id, name and kana → person, email, tel, address, birthday → date_of_birth, login)",
     "health-check and asset requests from loopback, batch job records, status / size / reqtime / apptime / cache fields, vhost names, zip codes in their own field")
def fmt_ltsv(n):
    def t(): return clf_ts().replace(" -0500", " +0900").replace(" +0000", " +0900").replace(" +0100", " +0900")
    def rec(fields):
        out = []
        for i, (k, v) in enumerate(fields): out += (["\t"] if i else []) + [f"{k}:", v]
        return out
    def access():
        p = P(); path = url_pii(p) if coin(0.75) else url_plain(); m = ch(["GET", "POST"])
        f = [("time", f"[{t()}]"), ("host", rip(0.2)), ("forwardedfor", rip(0.1) if coin(0.3) else "-"), ("user", vuser(p.username()) if coin(0.2) else "-"),
             ("req", [f"{m} ", path, " HTTP/1.1"]), ("status", ch(["200", "302", "404"])), ("size", str(rint(100, 90000))), ("referer", "-"), ("ua", ua()),
             ("reqtime", f"0.{rint(1, 999):03d}"), ("apptime", f"0.{rint(1, 999):03d}"), ("vhost", ch(["shop.example.jp", "www.example.jp"]))]
        if coin(0.4): f[4:5] = [("method", m), ("uri", path), ("protocol", "HTTP/1.1")]
        return mk("ltsv/access", rec(f))
    def app_jp():
        fk, fka, fr = ch(JP_FAM); gk, gka, gr, fem = ch(JP_GIV)
        p = P("JP"); p.given, p.family = gr, fr
        st, pc, city, one = address("JP")
        f = [("time", f"{ts_event().strftime('%Y-%m-%dT%H:%M:%S')}+09:00"), ("level", "INFO"), ("event", ch(["member_registered", "profile_updated"])), ("member_id", vuid(cust_id())),
             ("name", vname(f"{fk} {gk}")), ("kana", vname(f"{fka} {gka}")), ("email", vemail(p)), ("tel", pphone(p, "nat")), ("zip", pc), ("address", vaddr(city + st)),
             ("birthday", V("date_of_birth", f"{p.dob.year}年{p.dob.month}月{p.dob.day}日") if coin(0.5) else vdob(p.dob, "iso"))]
        k = rint(5, len(f)); return mk("ltsv/app", rec(f[:k]))
    def app():
        p = P()
        f = [("time", iso_ts()), ("level", ch(["INFO", "WARN"])), ("event", ch(["login", "login_failed", "password_reset"])), ("login", human(p)), ("ip", rip(0.2)),
             ("member_id", vuid(cust_id())), ("ua", ch(["okhttp/4.12.0", "ShopApp/5.2 (iOS 18.1)"]))]
        return mk("ltsv/app", rec(f))
    def dec():
        return ch([lambda: mk("ltsv/access", rec([("time", f"[{t()}]"), ("host", "127.0.0.1"), ("forwardedfor", "-"), ("user", "-"), ("req", "GET /healthz HTTP/1.1"), ("status", "200"), ("size", "2"),
                                                  ("referer", "-"), ("ua", "kube-probe/1.31"), ("reqtime", "0.000"), ("vhost", "localhost")])),
                   lambda: mk("ltsv/app", rec([("time", iso_ts()), ("level", "INFO"), ("event", "batch_finished"), ("job", ch(["point_expiry", "coupon_cleanup"])), ("processed", str(rint(10, 90000))), ("elapsed_ms", str(rint(10, 9000)))])),
                   lambda: mk("ltsv/app", rec([("time", iso_ts()), ("level", "INFO"), ("event", "deploy"), ("version", version()), ("commit", gitsha(7))]))])()
    return produce(n, [(access, 3), (app_jp, 2), app], [dec])

# ---------------------------------------------------------------------------------------------- TOML
@fmt("toml", "TOML v1.0.0 specification (key/value pairs, bare / quoted / dotted keys, [tables] and [[arrays of tables]], basic strings with \\uXXXX escapes, literal strings, inline tables, arrays, offset date-times and local dates such as 1985-03-12) as used by Cargo.toml (package.authors), pyproject.toml (PEP 621 authors / maintainers inline tables), Cargo credentials.toml (registry token), Telegraf plugin configuration (outputs.influxdb_v2 token, inputs.postgresql address, inputs.mysql servers DSNs), containerd config.toml registry auth, Streamlit secrets.toml, and application config files printed line by line by config-dump tools",
     "author / maintainer / owner names (person, also \\u-escaped as written) and e-mails, user names and passwords of registries and connections (username, password), registry and InfluxDB tokens (secret), user:password userinfo of DSNs (url_credentials), IPv4 addresses in URLs, phones, dates of birth as TOML local dates, customer ids in [[users]] tables",
     "table headers, package names, versions, editions, dependency specs, intervals, booleans, comments, service accounts' names (telegraf, monitor) outside the DSN userinfo")
def fmt_toml(n):
    def u_esc(s): return "".join(c if ord(c) < 128 else f"\\u{ord(c):04X}" for c in s)
    def name_str(p): return vname(u_esc(p.full) if coin(0.3) else p.full)
    def cargo():
        ps = [P() for _ in range(rint(1, 2))]
        items = []
        for i, p in enumerate(ps): items += ([", "] if i else []) + ["\"", name_str(p), " <", vemail(p), ">\""]
        return [mk("toml/cargo", "[package]"), mk("toml/cargo", f"name = \"{ch(['acme-billing', 'ledger-core', 'kvstore'])}\""), mk("toml/cargo", f"version = \"{rint(0, 3)}.{rint(0, 20)}.{rint(0, 9)}\""),
                mk("toml/cargo", "authors = [", items, "]"), mk("toml/cargo", "edition = \"2021\"")][rint(2, 3):]
    def pyproject():
        p, m = P(), P()
        return [mk("toml/pyproject", "[project]"), mk("toml/pyproject", f"name = \"{ch(['acme-etl', 'invoice-tools'])}\""),
                mk("toml/pyproject", "authors = [{ name = \"", name_str(p), "\", email = \"", vemail(p), "\" }]"),
                mk("toml/pyproject", "maintainers = [", "{ name = \"", name_str(m), "\" }", "]"), mk("toml/pyproject", "requires-python = \">=3.10\"")][rint(1, 2):]
    def creds():
        return ch([lambda: [mk("toml/credentials", "[registry]"), mk("toml/credentials", "token = \"", vsecret(crates_token()), "\"")],
                   lambda: [mk("toml/credentials", "[registries.acme]"), mk("toml/credentials", "token = \"", vsecret(crates_token()), "\"")]])()
    def telegraf():
        pwd = pw('"@:/?#\\ ')
        return ch([lambda: [mk("toml/telegraf", "[[outputs.influxdb_v2]]"), mk("toml/telegraf", "  urls = [\"http://", vpriv4(), ":8086\"]"), mk("toml/telegraf", "  token = \"", vsecret(influx_token()), "\""),
                            mk("toml/telegraf", "  organization = \"acme\""), mk("toml/telegraf", "  bucket = \"metrics\"")],
                   lambda: [mk("toml/telegraf", "[[inputs.postgresql]]"), mk("toml/telegraf", "  address = \"postgres://", V("url_credentials", f"telegraf:{q(pwd, safe='!$&*+,;=')}"), "@", vpriv4(), ":5432/postgres?sslmode=disable\"")],
                   lambda: [mk("toml/telegraf", "[[inputs.mysql]]"), mk("toml/telegraf", "  servers = [\"", V("url_credentials", f"monitor:{pwd}"), "@tcp(", vpriv4(), ":3306)/\"]"),
                            mk("toml/telegraf", "  interval = \"10s\"")]])()
    def containerd():
        p = P()
        return [mk("toml/containerd", "  [plugins.\"io.containerd.grpc.v1.cri\".registry.configs.\"registry.example.com\".auth]"),
                mk("toml/containerd", "    username = \"", vuser(p.username()), "\""), mk("toml/containerd", "    password = \"", V("password", pw('"\\').replace('"', '\\"')), "\"")]
    def secrets():
        p = P()
        return [mk("toml/streamlit", "[connections.snowflake]"), mk("toml/streamlit", "user = \"", vuser(p.username().upper()), "\""),
                mk("toml/streamlit", "password = '", V("password", pw("'")), "'"), mk("toml/streamlit", f"account = \"{ralnum(2, LOWER_DIG)}{rint(10000, 99999)}.eu-west-1\""),
                mk("toml/streamlit", "warehouse = \"ANALYTICS_WH\"")]
    def users():
        p = P()
        v = ch([lambda: [mk("toml/app", "[[users]]"), mk("toml/app", "id = ", vuid(cust_id())), mk("toml/app", "name = \"", name_str(p), "\""), mk("toml/app", "email = \"", vemail(p), "\""),
                         mk("toml/app", "phone = \"", pphone(p, "intl"), "\""), mk("toml/app", "dob = ", vdob(p.dob, "iso"))],
                lambda: [mk("toml/app", "owner = { name = \"", name_str(p), "\", email = \"", vemail(p), "\", dob = ", vdob(p.dob, "iso"), " }")],
                lambda: [mk("toml/app", "[admin]"), mk("toml/app", "contact = '", vname(p.full), " <", vemail(p), ">'")],
                lambda: [mk("toml/app", "[database]"), mk("toml/app", "url = \"", ch(["postgres", "mysql", "mongodb"]), "://", V("url_credentials", f"{ch(['shop_app', 'app', p.username()])}:{q(pw(), safe='!$&*+,;=')}"), "@", vpriv4(), ":", ch(["5432", "3306", "27017"]), "/shop\""),
                         mk("toml/app", "pool_size = 20")]])()
        return v
    def dec():
        return ch([lambda: mk("toml/cargo", "[dependencies]"), lambda: mk("toml/cargo", "serde = { version = \"1.0\", features = [\"derive\"] }"),
                   lambda: mk("toml/cargo", "tokio = { version = \"1.41\", features = [\"full\"] }"), lambda: mk("toml/telegraf", "[agent]"),
                   lambda: mk("toml/telegraf", "  flush_interval = \"10s\""), lambda: mk("toml/pyproject", "[build-system]"),
                   lambda: mk("toml/pyproject", "requires = [\"setuptools>=68\", \"wheel\"]"), lambda: mk("toml/app", "# generated by confdump 2.3.1"),
                   lambda: mk("toml/app", f"started_at = {iso_ts()}"), lambda: mk("toml/app", "log_level = \"info\"")])()
    return produce(n, [(cargo, 2), pyproject, creds, (telegraf, 3), containerd, secrets, (users, 3)], [dec], dfrac=0.3)

# ---------------------------------------------------------------------------------------------- CBOR diagnostic notation
@fmt("cbor", "RFC 8949 §8 CBOR diagnostic notation and RFC 8610 Appendix G (extended diagnostic notation: h'…' byte strings, << >> embedded CBOR, tags N(…)); RFC 8943 date tags 1004 (full-date string) and 100 (days since 1970-01-01); RFC 8392 CBOR Web Token claims (1 iss, 2 sub, 3 aud, 4 exp, 5 nbf, 6 iat, 7 cti) and RFC 9052 COSE_Sign1 (tag 18); ISO/IEC 18013-5 mobile driving licence IssuerSignedItem (tag 24 wrapping {digestID, random, elementIdentifier, elementValue}: family_name, given_name, birth_date, document_number, resident_address, issue_date, expiry_date, portrait, driving_privileges, age_over_18); EU Digital COVID Certificate HCERT payloads (claim -260 with dob, nam{fn, fnt, gn, gnt}, v[…]); WebAuthn attestation objects; as printed by decoders into debug logs",
     "text values of people (names, e-mails, phones, addresses), customer ids, CWT sub claims (user_id), mDL family_name / given_name (person), birth_date (date_of_birth, tag 1004 string; tag 100 day count → the number), document_number (national_id), resident_address (address), HCERT dob (date_of_birth) and nam fn / fnt / gn / gnt (person each)",
     "byte strings (random, portrait, signatures, authData), COSE protected headers and signatures, issue / expiry dates (tag 1004 but not births), vaccination entries, WebAuthn objects, SenML records, CWT iss / aud / exp / iat / cti")
def fmt_cbor(n):
    def pre(): return f"{iso_ts()} DEBUG {ch(['cbor', 'decoder', 'mdoc-verifier', 'hcert'])}: "
    def hexs(k): return "h'" + rhex(k) + "'"
    def record():
        p = P(); dob = ch([lambda: ["1004(\"", vdob(p.dob, "iso"), "\")"], lambda: ["100(", V("date_of_birth", str((p.dob - datetime.date(1970, 1, 1)).days)), ")"]])()
        items = [("\"customer_id\"", [vuid(cust_id())]), ("\"name\"", ["\"", vname(jesc(p.full)), "\""]), ("\"email\"", ["\"", vemail(p), "\""]), ("\"phone\"", ["\"", pphone(p, "e164"), "\""]),
                 ("\"dob\"", dob), ("\"marketing\"", ["false"])]
        R.shuffle(items)
        out = ["{"]
        for i, (k, v) in enumerate(items[:rint(3, 6)]): out += ([", "] if i else []) + [f"{k}: ", v]
        return mk("cbor/record", pre(), out + ["}"])
    def cwt():
        sub = ch([f"u-{cust_id()}", uuid4(), str(cust_id())])
        return mk("cbor/cwt", pre(), "{1: \"https://id.example.com\", 2: \"", vuid(sub), f"\", 3: \"{ch(['shop-api', 'coap://light.example.com'])}\", 4: {epoch() + 3600}, 5: {epoch()}, 6: {epoch()}, 7: {hexs(8)}}}")
    def mdl():
        p = P(ch(["NO", "NL", "DE", "US", "GB", "ZA", "FI"])); k = ch(["family_name", "given_name", "birth_date", "document_number", "resident_address", "issue_date", "expiry_date", "portrait", "age_over_18"])
        val = {"family_name": lambda: ["\"", vname(jesc(p.family.upper())), "\""], "given_name": lambda: ["\"", vname(jesc(p.given.upper())), "\""],
               "birth_date": lambda: ["1004(\"", vdob(p.dob, "iso"), "\")"], "document_number": lambda: ["\"", V("national_id", ralnum(ch([8, 9, 10]), UPPER_DIG), "dl"), "\""],
               "resident_address": lambda: ["\"", vaddr(jesc(address(p.country)[3])), "\""], "issue_date": lambda: [f"1004(\"{rdate(2018, 2025).isoformat()}\")"],
               "expiry_date": lambda: [f"1004(\"{rdate(2027, 2035).isoformat()}\")"], "portrait": lambda: ["h'ffd8ffe000104a46494600" + rhex(24) + "...'"], "age_over_18": lambda: ["true"]}[k]()
        return mk("cbor/mdl", pre(), f"24(<<{{\"digestID\": {rint(0, 40)}, \"random\": {hexs(16)}, \"elementIdentifier\": \"{k}\", \"elementValue\": ", val, "}>>)")
    def hcert():
        p = P(ch(["NO", "DE", "NL", "FR", "IT", "ES", "PL", "FI", "AT", "RS"]))
        fnt, gnt = icao(p.family), icao(p.given); cc = p.country
        v = f"[{{\"ci\": \"URN:UVCI:01:{cc}:{ralnum(26, UPPER_DIG)}#{ch(string.ascii_uppercase)}\", \"co\": \"{cc}\", \"dn\": {rint(1, 3)}, \"dt\": \"2021-{rint(4, 12):02d}-{rint(1, 28):02d}\", \"is\": \"Ministry of Health\", \"ma\": \"ORG-100030215\", \"mp\": \"EU/1/20/1528\", \"sd\": 2, \"tg\": \"840539006\", \"vp\": \"1119349007\"}}]"
        return mk("cbor/hcert", pre(), f"{{1: \"{cc}\", 4: {epoch() + 10 ** 7}, 6: {epoch() - 10 ** 7}, -260: {{1: {{\"v\": {v}, \"dob\": \"", vdob(p.dob, "iso"), "\", \"nam\": {\"fn\": \"",
                  vname(jesc(p.family)), "\", \"fnt\": \"", vname(fnt), "\", \"gn\": \"", vname(jesc(p.given)), "\", \"gnt\": \"", vname(gnt), "\"}, \"ver\": \"1.3.0\"}}}")
    def dec():
        return ch([lambda: mk("cbor/webauthn", pre(), f"{{\"fmt\": \"none\", \"attStmt\": {{}}, \"authData\": {hexs(37)}}}"),
                   lambda: mk("cbor/senml", pre(), f"[{{-2: \"urn:dev:ow:10e2073a0108006:\", -3: {epoch()}, 0: \"temp\", 1: \"Cel\", 2: {rint(150, 300) / 10}}}]"),
                   lambda: mk("cbor/cwt", pre(), f"18([{hexs(3)}, {{4: {hexs(8)}}}, {hexs(40)}, {hexs(64)}])"),
                   lambda: mk("cbor/mdl", pre(), f"24(<<{{\"digestID\": {rint(0, 40)}, \"random\": {hexs(16)}, \"elementIdentifier\": \"issue_date\", \"elementValue\": 1004(\"{rdate(2018, 2025).isoformat()}\")}}>>)"),
                   lambda: mk("cbor/mdl", pre(), f"24(<<{{\"digestID\": {rint(0, 40)}, \"random\": {hexs(16)}, \"elementIdentifier\": \"driving_privileges\", \"elementValue\": [{{\"vehicle_category_code\": \"B\", \"issue_date\": 1004(\"{rdate(2005, 2020).isoformat()}\")}}]}}>>)")])()
    return produce(n, [(record, 2), cwt, (mdl, 3), hcert], [dec])

# ---------------------------------------------------------------------------------------------- Windows Registry exports
@fmt("regedit", "Windows registry export format (.reg, 'Windows Registry Editor Version 5.00' / 'REGEDIT4': [key paths], \"name\"=\"string\" with \\\\ and \\\" escapes, dword:, hex:, hex(2): REG_EXPAND_SZ as UTF-16LE bytes, @ default values) and `reg query` console output ('    Name    REG_TYPE    data'), for the Winlogon auto-logon values (DefaultUserName, DefaultDomainName, DefaultPassword), RegisteredOwner, ProfileList SID keys and ProfileImagePath, PuTTY and WinSCP saved sessions (HostName, UserName, PublicKeyFile, Password), Office identity keys (EmailAddress, FriendlyName, SignInName) and per-user Environment values",
     "DefaultUserName / UserName values and logins inside saved-session names and user-profile paths (username), DefaultPassword (password), WinSCP's obfuscated Password (secret), RegisteredOwner and FriendlyName (person), EmailAddress / SignInName (email), user SIDs in key paths (user_id), HostName / ProxyServer IPv4 addresses, tokens in Environment values (secret)",
     "header lines, key paths without a user SID, DefaultDomainName, RegisteredOrganization, ProductName and build values, dword / hex values, ProviderId GUIDs, hex(2) environment paths with %USERPROFILE%, system profiles (S-1-5-18, S-1-5-19, S-1-5-20)")
def fmt_regedit(n):
    def rs(s): return s.replace("\\", "\\\\").replace('"', '\\"')
    def winlogon():
        p = P()
        return [mk("regedit/reg", "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon]"), mk("regedit/reg", "\"AutoAdminLogon\"=\"1\""),
                mk("regedit/reg", "\"DefaultUserName\"=\"", vuser(p.username()), "\""), mk("regedit/reg", "\"DefaultDomainName\"=\"CORP\""),
                mk("regedit/reg", "\"DefaultPassword\"=\"", V("password", rs(pw())), "\"")][rint(0, 1):]
    def owner():
        p = P()
        return [mk("regedit/reg", "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion]"), mk("regedit/reg", "\"RegisteredOwner\"=\"", vname(rs(p.full)), "\""),
                mk("regedit/reg", f"\"RegisteredOrganization\"=\"{ch(['Acme AS', 'Kestrel Ltd', 'Tidewater Health'])}\""), mk("regedit/reg", "\"ProductName\"=\"Windows 10 Pro\"")]
    def profile():
        sid = rid_sid()
        return [mk("regedit/reg", "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\ProfileList\\", vuid(sid), "]"),
                mk("regedit/reg", "\"Flags\"=dword:00000000"), mk("regedit/reg", "\"State\"=dword:00000000"),
                mk("regedit/reg", f"\"LocalProfileLoadTimeLow\"=dword:{rhex(8)}")]
    def putty():
        p = P(); sess = ch(["db-prod", "jump-host", "build-agent"])
        return [mk("regedit/reg", f"[HKEY_CURRENT_USER\\Software\\SimonTatham\\PuTTY\\Sessions\\{sess}]"), mk("regedit/reg", "\"HostName\"=\"", vpriv4(), "\""),
                mk("regedit/reg", "\"UserName\"=\"", vuser(p.gascii), "\""), mk("regedit/reg", "\"PortNumber\"=dword:00000016"),
                mk("regedit/reg", "\"PublicKeyFile\"=\"C:\\\\Users\\\\", vuser(p.username()), "\\\\.ssh\\\\id_ed25519.ppk\"")][rint(0, 1):]
    def winscp():
        p = P(); u = p.gascii
        return [mk("regedit/reg", "[HKEY_CURRENT_USER\\Software\\Martin Prikryl\\WinSCP 2\\Sessions\\", vuser(u), "@sftp.example.com]"),
                mk("regedit/reg", "\"HostName\"=\"sftp.example.com\""), mk("regedit/reg", "\"UserName\"=\"", vuser(u), "\""),
                mk("regedit/reg", "\"Password\"=\"", vsecret(rhex(rint(60, 90), upper=True)), "\"")]
    def office():
        p = P(); e = p.email(org_domain())
        return [mk("regedit/reg", f"[HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\Common\\Identity\\Identities\\{rhex(16)}_ADAL]"),
                mk("regedit/reg", "\"EmailAddress\"=\"", V("email", e), "\""), mk("regedit/reg", "\"FriendlyName\"=\"", vname(rs(p.full)), "\""),
                mk("regedit/reg", "\"SignInName\"=\"", V("email", e), "\""), mk("regedit/reg", f"\"ProviderId\"=\"{{{uuid4().upper()}}}\"")][rint(0, 1):]
    def query():
        p = P(); sid = rid_sid()
        return ch([lambda: [mk("regedit/reg-query", "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\ProfileList\\", vuid(sid)),
                            mk("regedit/reg-query", "    ProfileImagePath    REG_EXPAND_SZ    C:\\Users\\", vuser(p.username())), mk("regedit/reg-query", "    Flags    REG_DWORD    0x0")],
                   lambda: [mk("regedit/reg-query", "HKEY_CURRENT_USER\\Environment"), mk("regedit/reg-query", "    GITHUB_TOKEN    REG_SZ    ", vsecret(gh_token())),
                            mk("regedit/reg-query", "    MAIL_FROM    REG_SZ    ", vemail(p)), mk("regedit/reg-query", "    TEMP    REG_EXPAND_SZ    %USERPROFILE%\\AppData\\Local\\Temp"),
                            mk("regedit/reg-query", "    DATABASE_URL    REG_SZ    postgres://", V("url_credentials", f"{p.username()}:{q(pw(), safe='!$&*+,;=')}"), "@", vpriv4(), ":5432/reporting")],
                   lambda: [mk("regedit/reg-query", "HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings"),
                            mk("regedit/reg-query", "    ProxyEnable    REG_DWORD    0x1"), mk("regedit/reg-query", "    ProxyServer    REG_SZ    ", vpriv4(), ":3128")]])()
    def dec():
        return ch([lambda: mk("regedit/reg", "Windows Registry Editor Version 5.00"), lambda: mk("regedit/reg", "REGEDIT4"),
                   lambda: mk("regedit/reg", "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\ProfileList\\S-1-5-18]"),
                   lambda: mk("regedit/reg", "\"ProfileImagePath\"=hex(2):25,00,73,00,79,00,73,00,74,00,65,00,6d,00,72,00,6f,00,6f,00,74,00,25,00,5c,00,73,00,79,00,73,00,74,00,65,00,6d,00,33,00,32,00,5c,00,00,00"),
                   lambda: mk("regedit/reg", "\"TEMP\"=hex(2):25,00,55,00,53,00,45,00,52,00,50,00,52,00,4f,00,46,00,49,00,4c,00,45,00,25,00,5c,00,41,00,70,00,70,00,44,00,61,00,74,00,61,00,5c,00,\\"),
                   lambda: mk("regedit/reg", f"\"CurrentBuild\"=\"{ch(['19045', '22631', '26100'])}\""), lambda: mk("regedit/reg", "\"DefaultDomainName\"=\"CORP\""),
                   lambda: mk("regedit/reg-query", "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion"),
                   lambda: mk("regedit/reg-query", f"    UBR    REG_DWORD    0x{rhex(4)}")])()
    return produce(n, [winlogon, owner, profile, putty, winscp, office, (query, 2)], [dec], dfrac=0.34)

# ---------------------------------------------------------------------------------------------- free text in nine languages
def tnum(): return str(rint(10000, 999999))
def evd(style): return fdate(datetime.date(2026, ch([11, 12]), rint(1, 28)), style)
# Nigeria: NUBAN (CBN): 3-digit bank code + 9-digit serial + check digit, weights 3,7,3,3,7,3,3,7,3,3,7,3
NUBAN_W = [3, 7, 3, 3, 7, 3, 3, 7, 3, 3, 7, 3]
NG_BANKS = {"044": "Access Bank", "058": "GTBank", "011": "First Bank", "033": "UBA", "057": "Zenith Bank"}
def nuban():
    b = ch(list(NG_BANKS)); s = rdigits(9)
    c = (10 - sum(int(x) * NUBAN_W[i] for i, x in enumerate(b + s)) % 10) % 10
    return b, s + str(c)
def nuban_ok(acct, bank): return (10 - sum(int(x) * NUBAN_W[i] for i, x in enumerate(bank + acct[:9])) % 10) % 10 == int(acct[9])
def rs_account(): a = ch(["160", "170", "205", "265", "325", "340"]) + rdigits(13); return f"{a[:3]}-{a[3:]}-{98 - int(a) * 100 % 97:02d}"
CHECKS.update({"acct": lambda s: re.fullmatch(r"[0-9 -]{8,20}", s) is not None, "rsacc": lambda s: len(s.replace("-", "")) == 18 and int(s.replace("-", "")) % 97 == 1})

@text_format("ur", "Urdu support tickets from Pakistan (names in Urdu script given + family, honorifics جناب / محترمہ outside; dates of birth '12 مارچ 1985', in Urdu digits '۱۲/۰۳/۱۹۸۵' and '۱۲ مارچ ۱۹۸۵', '12/03/1985'; numbering 03xx-xxxxxxx, +92 3xx xxxxxxx; CNIC 5-7-1 (structure); IBAN PK; JazzCash / Easypaisa wallet numbers; addresses 'مکان نمبر 12، گلی نمبر 5، سیکٹر ایف-7/2، اسلام آباد' and 'House No. 12, Street 5, Sector F-7/2, Islamabad 44000')",
             "Urdu-script names (incl. names that are words: سحر dawn, صبا breeze, قمر moon), DOBs in Western and Urdu digits, phones (also wallet numbers), emails, CNIC (national_id), IBANs, card numbers, addresses, temporary passwords",
             "order numbers, delivery and maintenance dates, amounts 'Rs. 12,450', opening hours, versions, discount codes, the words سحر / صبا used as words")
def fmt_text_ur(n):
    def lab():
        p = P("PK"); hon = "محترمہ " if p.female else "جناب "
        return mk("text-ur/ticket", ch([
            lambda: ["صارف ", vname(p.native), " (تاریخ پیدائش ", vdob(p.dob, ch(["ur_long", "ur_digits", "ur_long_digits", "eu_slash"])), ") نے درخواست کی ہے کہ ان سے ", pphone(p, ch(["nat", "intl"])), " پر رابطہ کیا جائے۔"],
            lambda: ["شناختی کارڈ نمبر ", V("national_id", cnic(p), "cnic"), " کی تصدیق ", hon, vname(p.native), " کے لیے ہو گئی ہے۔"],
            lambda: ["نیا ڈیلیوری پتہ: ", vaddr(address("PK")[3]), "۔"],
            lambda: ["رقم کی واپسی IBAN ", viban("PK", ch(["plain", "print"])), " پر ", vname(p.native), " کے نام کی جائے گی۔"],
            lambda: ["آپ کا عارضی پاس ورڈ ", vpw(" "), " ہے، لاگ ان کے بعد اسے تبدیل کریں۔"],
            lambda: ["السلام علیکم ", vname(p.native_given), "! ہم نے تصدیقی کوڈ ", vemail(p), " پر بھیج دیا ہے۔"],
            lambda: ["کارڈ ", vcard(fmt=ch(["space", "plain"])), " سے ادائیگی مسترد ہو گئی (", vname(p.native), ")۔"],
            lambda: [ch(["JazzCash", "Easypaisa"]), " نمبر ", pphone(p, "nat"), " پر رقم بھیج دی گئی۔"]])())
    def dec():
        return mk("text-ur/notice", ch([f"آرڈر نمبر {tnum()} {evd('eu_slash')} کو روانہ کیا گیا۔", f"{evd('ur_digits')} کو رات 2 بجے سے 4 بجے تک سسٹم کی دیکھ بھال ہوگی۔",
                                         f"قابل ادائیگی رقم: Rs. {rint(1, 99)},{rint(100, 999)}", "کسٹمر سروس پیر سے جمعہ صبح 9 سے شام 6 بجے تک دستیاب ہے۔",
                                         f"ایپ کا ورژن {version()} دستیاب ہے۔", "سحر کے وقت ڈیلیوری ممکن نہیں، براہ کرم دن کا وقت منتخب کریں۔", "باد صبا کی طرح تیز ڈیلیوری!",
                                         f"رعایتی کوڈ EID{rint(10, 99)} {evd('eu_slash')} تک کارآمد ہے۔", "آپ کی شکایت متعلقہ شعبے کو بھیج دی گئی ہے۔", f"ٹکٹ #{tnum()} بند کر دیا گیا ہے۔"]))
    return produce(n, [lab], [dec])

@text_format("ta", "Tamil support tickets from Tamil Nadu and Sri Lanka (names in Tamil script, given name with the father's-name initial 'ரா. முருகன்' or given + father's name, honorifics திரு. / திருமதி / செல்வி outside; dates of birth '12 மார்ச் 1985', '12-03-1985', '12/03/1985'; numbering +91 9xxxx xxxxx / 0xxxxx xxxxx and Sri Lankan 07x xxx xxxx, +94; Aadhaar with its Verhoeff check digit, Sri Lankan NIC old (YYDDDSSSSV) and new (YYYYDDD0SSSS) forms; bank accounts with IFSC; addresses 'கதவு எண் 12, அண்ணா சாலை, சென்னை - 600017' and 'No. 12, Anna Salai, T. Nagar, Chennai - 600017')",
             "Tamil-script names incl. initial forms (incl. names that are words: நிலா moon, தென்றல் breeze, அன்பு love, கண்மணி), DOBs, phones, emails, Aadhaar and NIC numbers (national_id), bank account numbers (bank_account, IFSC not labeled), card numbers, addresses, temporary passwords",
             "order numbers, delivery and maintenance dates, amounts '₹1,234.50', opening hours, versions, IFSC codes, the words நிலா / தென்றல் / அன்பு used as words (அன்பு வாடிக்கையாளர்களே = dear customers)")
def fmt_text_ta(n):
    def lab():
        p = P(ch(["TN", "TN", "LK"])); hon = ("திருமதி " if coin(0.5) else "செல்வி ") if p.female else "திரு. "
        nm = lambda: ch([p.native, f"{p.initial[0]} {p.native_given}"])
        nid = V("national_id", aadhaar(), "aadhaar") if p.country == "TN" else V("national_id", lk_nic(p), "lknic")
        return mk("text-ta/ticket", ch([
            lambda: ["வாடிக்கையாளர் ", vname(nm()), " (பிறந்த தேதி: ", vdob(p.dob, ch(["ta_long", "eu_dash", "eu_slash"])), ") ", pphone(p, ch(["nat", "intl"])), " என்ற எண்ணில் தொடர்பு கொள்ளுமாறு கேட்டுள்ளார்."],
            lambda: ["ஆதார் எண் " if p.country == "TN" else "தேசிய அடையாள அட்டை எண் ", nid, " ", hon, vname(nm()), " அவர்களுக்கு சரிபார்க்கப்பட்டது."],
            lambda: ["புதிய டெலிவரி முகவரி: ", vaddr(address(p.country)[3]), "."],
            lambda: ["பணம் திருப்பி அனுப்பப்படும் கணக்கு எண்: ", V("bank_account", rdigits(ch([11, 12, 14])), "acct"), f" (IFSC {ch(['SBIN', 'IOBA', 'CNRB', 'TMBL'])}0{rint(10000, 99999)}), பெயர்: ", vname(nm()), "."],
            lambda: ["உங்கள் தற்காலிக கடவுச்சொல் ", vpw(" "), " - உள்நுழைந்த பின் மாற்றவும்."],
            lambda: ["வணக்கம் ", vname(p.native_given), "! சரிபார்ப்புக் குறியீட்டை ", vemail(p), " முகவரிக்கு அனுப்பியுள்ளோம்."],
            lambda: ["அட்டை ", vcard(ch(["rupay", "visa", "mastercard"]), ch(["space", "plain"])), " மூலம் செலுத்திய தொகை நிராகரிக்கப்பட்டது (", vname(nm()), ")."]])())
    def dec():
        return mk("text-ta/notice", ch([f"ஆர்டர் எண் {tnum()} {evd('eu_dash')} அன்று அனுப்பப்பட்டது.", f"{evd('ta_long')} அன்று இரவு 2 மணி முதல் 4 மணி வரை பராமரிப்பு பணிகள் நடைபெறும்.",
                                         f"செலுத்த வேண்டிய தொகை: ₹{rint(1, 99)},{rint(100, 999)}.{rint(0, 99):02d}", "வாடிக்கையாளர் சேவை திங்கள் முதல் வெள்ளி வரை காலை 9 முதல் மாலை 6 வரை.",
                                         f"செயலியின் புதிய பதிப்பு {version()} கிடைக்கிறது.", "இன்று இரவு நிலா முழுமையாகத் தெரியும் - பௌர்ணமி சிறப்புத் தள்ளுபடி!",
                                         "தென்றல் காற்று போல வேகமான டெலிவரி!", "அன்பு வாடிக்கையாளர்களே, பொங்கல் விடுமுறை நாட்களில் டெலிவரி தாமதமாகலாம்.",
                                         f"தள்ளுபடி குறியீடு PONGAL{rint(10, 99)} {evd('eu_slash')} வரை செல்லுபடியாகும்.", f"டிக்கெட் #{tnum()} மூடப்பட்டது."]))
    return produce(n, [lab], [dec])

@text_format("am", "Amharic support tickets from Ethiopia (names in Ge'ez script, given name + father's name, honorifics አቶ / ወ/ሮ / ወ/ሪት outside, prepositions attached to the following word (በ0911…, ለአቶ …); dates of birth in the Ethiopian calendar 'መጋቢት 3 ቀን 1977 ዓ.ም.' and '03/07/1977', and Gregorian '12/03/1985'; numbering 09x xxx xxxx / 07x (Safaricom Ethiopia), +251 9x xxx xxxx; Fayda FIN 12 digits and passports EP + 7 digits (structure); telebirr wallet numbers; CBE account numbers 1000xxxxxxxxx; addresses 'አዲስ አበባ፣ ቦሌ ክፍለ ከተማ፣ ወረዳ 03፣ የቤት ቁጥር 1234')",
             "Ge'ez-script names (incl. names that are words: ሰላም peace/hello, ትዕግሥት patience, ገነት paradise, መሰረት foundation), Ethiopian-calendar and Gregorian DOBs, phones (also after an attached preposition and telebirr numbers), emails, Fayda / passport numbers (national_id), bank accounts (bank_account), card numbers, addresses, temporary passwords",
             "order numbers, delivery and maintenance dates (Ethiopian calendar), amounts '1,234 ብር', opening hours in Ethiopian time, versions, the words ሰላም / ትዕግሥት / መሰረት used as words")
def fmt_text_am(n):
    def lab():
        p = P("ET"); hon = ch(["ወ/ሮ ", "ወ/ሪት "]) if p.female else "አቶ "
        return mk("text-am/ticket", ch([
            lambda: ["ደንበኛ ", vname(p.native), " (የትውልድ ቀን፡ ", vdob(p.dob, ch(["et_long", "et_slash", "eu_slash"])), ") በ", pphone(p, "nat"), " እንዲደወልላቸው ጠይቀዋል።"],
            lambda: ["አዲስ የመላኪያ አድራሻ፡ ", vaddr(address("ET")[3]), "።"],
            lambda: ["ገንዘቡ ወደ ሂሳብ ቁጥር ", V("bank_account", "1000" + rdigits(9), "acct"), " (", vname(p.native), ") ተመላሽ ይደረጋል።"],
            lambda: ["ጊዜያዊ የይለፍ ቃልዎ ", vpw(" "), " ነው፤ ከገቡ በኋላ ይቀይሩት።"],
            lambda: ["ሰላም ", vname(p.native_given), "! የማረጋገጫ ኮዱን ወደ ", vemail(p), " ልከናል።"],
            lambda: ["በቴሌብር ቁጥር ", pphone(p, ch(["nat", "intl"])), " ክፍያ ተፈጽሟል።"],
            lambda: ["በካርድ ", vcard(fmt=ch(["space", "plain"])), " የተደረገው ክፍያ ውድቅ ሆኗል (", vname(p.native), ")።"]])())
    def lab2():
        # the id line needs the id chosen with the label (Fayda FIN or passport)
        p = P("ET"); hon = ch(["ወ/ሮ ", "ወ/ሪት "]) if p.female else "አቶ "
        if coin(0.5): pre, v = "የፋይዳ መለያ ቁጥር ", V("national_id", et_fin(), "etfin")
        else: pre, v = "የፓስፖርት ቁጥር ", V("national_id", et_passport(), "etpass")
        return mk("text-am/ticket", pre, v, " ለ", hon, vname(p.native), " ተረጋግጧል።")
    def dec():
        ed = fdate(datetime.date(2026, ch([11, 12]), rint(1, 28)), "et_long")
        return mk("text-am/notice", ch([f"ትዕዛዝ ቁጥር {tnum()} {ed} ተልኳል።", f"{ed} ከሌሊቱ 8 እስከ 10 ሰዓት የሥርዓት ጥገና ይካሄዳል።", f"የሚከፈለው መጠን፡ {rint(1, 99)},{rint(100, 999)} ብር",
                                         "የደንበኞች አገልግሎት ከሰኞ እስከ ዓርብ ከጠዋቱ 2:30 እስከ ምሽቱ 11:30 ክፍት ነው።", f"የመተግበሪያው ስሪት {version()} ተለቋል።", "ሰላም! እንኳን ወደ አገልግሎታችን በደህና መጡ።",
                                         "ትዕግሥት ያድርጉ፣ ትዕዛዝዎ በመንገድ ላይ ነው።", "የድርጅታችን መሰረት ደንበኞቻችን ናቸው።", f"የቅናሽ ኮድ GENNA{rint(10, 99)} እስከ {ed} ድረስ ያገለግላል።", f"ትኬት #{tnum()} ተዘግቷል።"]))
    return produce(n, [(lab, 6), (lab2, 1)], [dec])

@text_format("yo", "Yoruba support tickets from Nigeria (names with tone marks 'Títílayọ̀ Adéyẹmí' and without, honorifics Ọ̀gbẹ́ni / Arábìnrin / Ìyáàfin outside; dates of birth 'ọjọ́ 12 oṣù Ẹrẹ̀nà ọdún 1985' and '12/03/1985'; numbering 080x xxx xxxx, +234 80x xxx xxxx; NIN (11 digits) and BVN (11 digits, structure); NUBAN account numbers with the CBN check digit; addresses '12 Allen Avenue, Ikeja, Lagos 100271')",
             "names (incl. names that are words: Ayọ̀ joy, Ìbùkún blessing), DOBs, phones, emails, NIN / BVN (national_id), NUBAN accounts (bank_account), card numbers, addresses, temporary passwords",
             "order numbers, delivery and maintenance dates, amounts '₦12,500', opening hours, versions, bank names, the words ayọ̀ / ìbùkún used as words")
def fmt_text_yo(n):
    def lab():
        p = P("NG"); hon = ch(["Arábìnrin ", "Ìyáàfin "]) if p.female else "Ọ̀gbẹ́ni "
        nm = lambda: ch([p.full, p.full, p.plain])
        b, acct = nuban()
        return mk("text-yo/ticket", ch([
            lambda: ["Oníbàárà ", vname(nm()), " (ọjọ́ ìbí: ", vdob(p.dob, ch(["yo_long", "eu_slash"])), ") ní kí a pè òun lórí ", pphone(p, ch(["nat", "intl"])), "."],
            lambda: [ch(["Nọ́ńbà NIN ", "BVN "]), V("national_id", ng_nin() if coin(0.5) else ng_bvn(), "ngnin"), " ti jẹ́ ìmúdájú fún ", hon, vname(nm()), "."],
            lambda: ["Àdírẹ́sì tuntun fún ìfijíṣẹ́: ", vaddr(address("NG")[3]), "."],
            lambda: ["A ó dá owó náà padà sí àkáǹtì ", V("bank_account", acct, "acct"), f" ({NG_BANKS[b]}) ní orúkọ ", vname(nm()), "."],
            lambda: ["Ọ̀rọ̀ aṣínà ìgbà díẹ̀ rẹ ni ", vpw(" "), " — yí i padà lẹ́yìn tí o bá wọlé."],
            lambda: ["Ẹ káàbọ̀ ", vname(p.given), "! A ti fi kóòdù ìmúdájú ránṣẹ́ sí ", vemail(p), "."],
            lambda: ["Ìsanwó pẹ̀lú káàdì ", vcard(ch(["visa", "mastercard"]), ch(["space", "plain"])), " kò ṣàṣeyọrí (", vname(nm()), ")."]])())
    def dec():
        return mk("text-yo/notice", ch([f"Ọjà nọ́ńbà {tnum()} ti kúrò ní ilé-ìpamọ́ ní {evd('eu_slash')}.", f"Àtúnṣe ètò yóò wáyé ní {evd('eu_slash')} láti agogo 2 sí 4 òru.",
                                         f"Iye owó: ₦{rint(1, 99)},{rint(100, 999)}", "Ẹ̀ka ìránlọ́wọ́ ṣí sílẹ̀ láti Ọjọ́ Ajé sí Ọjọ́ Ẹtì, 8:00–17:00.", f"Ẹ̀yà {version()} ti áàpù ti jáde.",
                                         "Ayọ̀ ńlá ni fún wa láti sìn yín!", "Ìbùkún ni fún gbogbo oníbàárà wa ní àsìkò ọdún yìí.", f"Kóòdù ẹ̀dínwó XMAS{rint(10, 99)} wúlò títí di {evd('eu_slash')}.",
                                         "Ẹ ṣé fún sùúrù yín.", f"Tíkẹ́ẹ̀tì #{tnum()} ti di títì."]))
    return produce(n, [lab], [dec])

@text_format("af", "Afrikaans support tickets from South Africa (names incl. 'du Plessis', 'Janse van Rensburg', honorifics mnr. / mev. / mej. outside; dates of birth '12 Maart 1985', '1985-03-12', '12/03/1985'; numbering 082 123 4567, +27 82 123 4567; South African identity numbers YYMMDD SSSS C A Z with the Luhn check digit; bank accounts with branch codes; addresses 'Kerkstraat 12, Stellenbosch, 7600')",
             "names (incl. names that are words: Roos rose, Swart black), DOBs, phones, emails, ID numbers (national_id), account numbers (bank_account, branch codes not labeled), card numbers, addresses, temporary passwords",
             "order numbers, delivery and maintenance dates, amounts 'R1 234,50', opening hours, versions, branch codes, the words roos / swart used as words")
def fmt_text_af(n):
    def lab():
        p = P("ZA"); hon = ch(["mev. ", "mej. "]) if p.female else "mnr. "
        zid = za_id(p); zid = f"{zid[:6]} {zid[6:10]} {zid[10:]}" if coin(0.3) else zid
        return mk("text-af/ticket", ch([
            lambda: ["Kliënt ", vname(p.full), " (gebore ", vdob(p.dob, ch(["af_long", "iso", "eu_slash"])), ") vra dat ons ", "haar" if p.female else "hom", " by ", pphone(p, ch(["nat", "intl"])), " skakel."],
            lambda: ["ID-nommer ", V("national_id", zid, "zaid"), " is bevestig vir ", hon, vname(p.full), "."],
            lambda: ["Nuwe afleweringsadres: ", vaddr(address("ZA")[3]), "."],
            lambda: ["Terugbetaling na rekening ", V("bank_account", ch(["62", "10", "40", "15"]) + rdigits(ch([8, 9])), "acct"), f" ({ch(['FNB', 'ABSA', 'Capitec', 'Nedbank'])}, takkode {ch(['250655', '632005', '470010', '198765'])}) op naam van ", vname(p.full), "."],
            lambda: ["Jou tydelike wagwoord is ", vpw(" "), " – verander dit asseblief ná aanmelding."],
            lambda: ["Hallo ", vname(p.given), "! Ons het die bevestigingskode na ", vemail(p), " gestuur."],
            lambda: ["Betaling met kaart ", vcard(fmt=ch(["space", "plain"])), " is geweier (", vname(p.full), ")."]])())
    def dec():
        return mk("text-af/notice", ch([f"Bestelling nr. {tnum()} is op {evd('iso')} versend.", f"Beplande instandhouding op {evd('af_long')} van 02:00 tot 04:00.",
                                         f"Bedrag betaalbaar: R{rint(1, 9)} {rint(100, 999)},{rint(0, 99):02d}", "Kliëntediens is Ma–Vr 08:00–17:00 oop.", f"Weergawe {version()} van die toep is beskikbaar.",
                                         "Die roos in die tuin voor ons pakhuis blom al.", "Swart Vrydag-uitverkoping begin hierdie Vrydag!", f"Afslagkode KERS{rint(10, 99)} is geldig tot {evd('iso')}.",
                                         "Dankie vir u geduld.", f"Kaartjie #{tnum()} is gesluit."]))
    return produce(n, [lab], [dec])

@text_format("kk", "Kazakh support tickets (names in Kazakh Cyrillic given + family with gendered surnames, the official form 'Сәрсенбаева Айгерім Нұрланқызы' family-first with the patronymic in -ұлы / -қызы; dates of birth '1985 жылғы 12 наурыз' (year first) and '12.03.1985'; numbering 8 7xx xxx xx xx, +7 7xx xxx xx xx; ЖСН / IIN YYMMDD + century-and-sex digit + serial + check digit; IBAN KZ; Kaspi cards; addresses '050000, Алматы қ., Абай даңғылы, 52-үй, 14-пәтер')",
             "Cyrillic Kazakh names (incl. names that are words: Арман dream, Асқар lofty), official full names with the patronymic (one span), DOBs, phones, emails, IIN (national_id), IBANs, card numbers, addresses, temporary passwords",
             "order numbers, delivery and maintenance dates, amounts '12 450 ₸', opening hours, versions, the Nauryz holiday (наурыз is also March), the words арман / асқар used as words")
def fmt_text_kk(n):
    def lab():
        p = P("KZ"); official = f"{p.native_family} {p.native_given} {p.patronymic}"
        nm = lambda: ch([p.native, p.native, official])
        return mk("text-kk/ticket", ch([
            lambda: ["Клиент ", vname(nm()), " (", vdob(p.dob, ch(["kk_long", "eu_dot"])), " туған) ", pphone(p, ch(["nat", "intl"])), " нөміріне хабарласуды сұрайды."],
            lambda: ["ЖСН ", V("national_id", iin(p), "iin"), " ", vname(nm()), " үшін расталды."],
            lambda: ["Жаңа жеткізу мекенжайы: ", vaddr(address("KZ")[3]), "."],
            lambda: ["Қаражат ", viban("KZ", ch(["plain", "print"])), " шотына қайтарылады, алушы: ", vname(nm()), "."],
            lambda: ["Уақытша құпия сөзіңіз: ", vpw(" "), " — кіргеннен кейін өзгертіңіз."],
            lambda: ["Сәлеметсіз бе, ", vname(p.native_given), "! Растау кодын ", vemail(p), " поштасына жібердік."],
            lambda: [V("credit_card", "4400 43" + (lambda b: b[:2] + " " + b[2:6] + " " + b[6:9] + luhn_digit("440043" + b[:9]))(rdigits(9)), "luhn"), " картасымен төлем қабылданбады (", vname(nm()), ")."]])())
    def dec():
        return mk("text-kk/notice", ch([f"№{tnum()} тапсырыс {evd('eu_dot')} жөнелтілді.", f"{evd('kk_long')} күні түнгі 02:00-ден 04:00-ге дейін техникалық жұмыстар жүргізіледі.",
                                         f"Төленетін сома: {rint(1, 99)} {rint(100, 999)} ₸", "Қолдау қызметі дүйсенбі–жұма 09:00–18:00 аралығында жұмыс істейді.",
                                         f"Қосымшаның {version()} нұсқасы қолжетімді.", "Наурыз мейрамына орай барлық тауарларға 20% жеңілдік!", "Арман — біздің жаңа коллекциямыздың атауы.",
                                         "Асқар тауларға саяхат турлары сатылымда.", f"JANA{rint(10, 99)} жеңілдік коды {evd('eu_dot')} дейін жарамды.", f"№{tnum()} өтініш жабылды."]))
    return produce(n, [lab], [dec])

@text_format("ka", "Georgian support tickets (names in Mkhedruli given + family, honorifics ბატონი / ქალბატონი outside, case suffixes written after a hyphen on e-mails '…@gmail.com-ზე'; dates of birth '12 მარტი, 1985 წ.' and '12.03.1985'; numbering 5xx xx xx xx, +995 5xx …; personal numbers of 11 digits (structure); IBAN GE; addresses 'თბილისი 0108, რუსთაველის გამზ. 12, ბინა 5')",
             "Mkhedruli names (incl. names that are words: ია violet, ლალი ruby, მზია), DOBs, phones, emails (the case suffix outside), personal numbers (national_id), IBANs, card numbers, addresses, temporary passwords",
             "order numbers, delivery and maintenance dates, amounts '1 234,50 ₾', opening hours, versions, the words ია / ლალი used as words")
def fmt_text_ka(n):
    def lab():
        p = P("GE"); hon = "ქალბატონი " if p.female else "ბატონი "
        return mk("text-ka/ticket", ch([
            lambda: ["კლიენტი ", vname(p.native), " (დაბადების თარიღი: ", vdob(p.dob, ch(["ka_long", "eu_dot"])), ") გთხოვთ დაუკავშირდეთ ნომერზე ", pphone(p, ch(["nat", "intl"])), "."],
            lambda: ["პირადი ნომერი ", V("national_id", ge_pn(), "gepn"), " დადასტურებულია. მფლობელი: ", hon, vname(p.native), "."],
            lambda: ["ახალი მიწოდების მისამართი: ", vaddr(address("GE")[3]), "."],
            lambda: ["თანხა დაბრუნდება ანგარიშზე ", viban("GE", ch(["plain", "print"])), ", მიმღები: ", vname(p.native), "."],
            lambda: ["თქვენი დროებითი პაროლია ", vpw(" "), " — შესვლის შემდეგ შეცვალეთ."],
            lambda: ["გამარჯობა, ", vname(p.native_given), "! დადასტურების კოდი გამოგზავნილია ", vemail(p), "-ზე."],
            lambda: ["ბარათით ", vcard(fmt=ch(["space", "plain"])), " გადახდა უარყოფილია (", vname(p.native), ")."]])())
    def dec():
        return mk("text-ka/notice", ch([f"შეკვეთა №{tnum()} გაიგზავნა {evd('eu_dot')}.", f"{evd('ka_long')} ღამის 02:00-დან 04:00-მდე ჩატარდება ტექნიკური სამუშაოები.",
                                         f"გადასახდელი თანხა: {rint(1, 9)} {rint(100, 999)},{rint(0, 99):02d} ₾", "მომხმარებელთა მომსახურება მუშაობს ორშაბათიდან პარასკევის ჩათვლით, 10:00–19:00.",
                                         f"აპლიკაციის ვერსია {version()} უკვე ხელმისაწვდომია.", "ია ყვავის გაზაფხულზე — ახალი საგაზაფხულო კოლექცია!", "ლალის ბეჭდები ახალ კოლექციაში.",
                                         f"ფასდაკლების კოდი AHALI{rint(10, 99)} მოქმედებს {evd('eu_dot')}-მდე.", "დღეს მზიანი ამინდია, მიწოდება გრაფიკით მიმდინარეობს.", f"განაცხადი №{tnum()} დახურულია."]))
    return produce(n, [lab], [dec])

@text_format("sr", "Serbian support tickets in Cyrillic (and some Latin) script (names given + family in -ић, honorifics г. / гђа / гђица outside; dates of birth '12. март 1985.' and '12.03.1985.' with the ordinal dot after the year; numbering 06x xxx xxxx, 06x/xxx-xxxx, +381 6x …; ЈМБГ with the mod-11 control digit; domestic accounts 160-0000012345678-90 with the mod-97 control pair and IBAN RS; addresses 'Кнез Михаилова 12, стан 5, 11000 Београд')",
             "Cyrillic and Latin names (incl. names that are words: Вук wolf, Зора dawn, Слободан free, Љубица violet), DOBs (with the trailing dot), phones, emails, ЈМБГ (national_id), account numbers (bank_account) and IBANs, card numbers, addresses, temporary passwords",
             "order numbers, delivery and maintenance dates, amounts '1.234,50 дин.', opening hours, versions, the words слободан / зора / вук used as words")
def fmt_text_sr(n):
    def lab():
        p = P("RS"); hon = ch(["гђа ", "гђица "]) if p.female else "г. "
        return mk("text-sr/ticket", ch([
            lambda: ["Клијент", "киња " if p.female else " ", vname(p.native), " (рођен", "а" if p.female else "", " ", vdob(p.dob, ch(["sr_long", "sr_dot"])), ") моли да ", "је" if p.female else "га", " позовемо на ", pphone(p, ch(["nat", "intl"])), "."],
            lambda: ["ЈМБГ ", V("national_id", jmbg(p), "jmbg"), " је потврђен за ", hon, vname(p.native), "."],
            lambda: ["Нова адреса за доставу: ", vaddr(address("RS")[3]), "."],
            lambda: ["Повраћај средстава на рачун ", ch([lambda: V("bank_account", rs_account(), "rsacc"), lambda: viban("RS", ch(["plain", "print"]))])(), " (прималац: ", vname(p.native), ")."],
            lambda: ["Ваша привремена лозинка је ", vpw(" "), " – промените је након пријаве."],
            lambda: ["Здраво, ", vname(p.native_given), "! Послали смо код за потврду на ", vemail(p), "."],
            lambda: ["Korisnik ", vname(p.full), " (rođen", "a" if p.female else "", " ", vdob(p.dob, "sr_dot"), ") traži povraćaj na račun ", V("bank_account", rs_account(), "rsacc"), "."],
            lambda: ["Плаћање картицом ", vcard(fmt=ch(["space", "plain"])), " је одбијено (", vname(p.native), ")."]])())
    def dec():
        return mk("text-sr/notice", ch([f"Поруџбина бр. {tnum()} послата је {evd('sr_dot')}", f"Планирано одржавање {evd('sr_long')} од 02:00 до 04:00.",
                                         f"Износ за плаћање: {rint(1, 9)}.{rint(100, 999)},{rint(0, 99):02d} дин.", "Корисничка подршка ради радним данима од 8 до 20 часова.",
                                         f"Верзија {version()} апликације је доступна.", "Понедељак је слободан дан, испоруке настављамо у уторак.", "Испорука у зору — нова услуга у Београду!",
                                         "Вук на паковању је наша нова маскота.", f"Код за попуст ZIMA{rint(10, 99)} важи до {evd('sr_dot')}", f"Захтев бр. {tnum()} је затворен."]))
    return produce(n, [lab], [dec])

@text_format("cy", "Welsh support tickets from Wales (names incl. 'ab Iorwerth', 'ap Dafydd', honorifics Mr / Mrs / Ms / Dr outside; dates of birth '12 Mawrth 1985', '12/03/1985'; numbering 07xxx xxxxxx, Cardiff 029 2xxx xxxx, +44; National Insurance numbers and NHS Wales (GIG) numbers with the mod-11 check digit; sort code + account number (account labeled) and IBAN GB; addresses '12 Heol y Frenhines, Caerdydd CF10 2BH')",
             "names (incl. names that are words: Bryn hill, Heulwen sunshine, Eirlys snowdrop, Llinos linnet), DOBs, phones, emails, NI / NHS numbers (national_id), account numbers (bank_account, sort codes not labeled) and IBANs, card numbers, addresses, temporary passwords",
             "order numbers, delivery and maintenance dates ('dydd Mawrth' is Tuesday, Mawrth also March), amounts '£1,234.50', opening hours, versions, sort codes, the words bryn / heulwen / eirlys / llinos used as words")
def fmt_text_cy(n):
    def lab():
        p = P("CY"); hon = ch(["Mrs ", "Ms ", "Dr "]) if p.female else ch(["Mr ", "Dr "])
        return mk("text-cy/ticket", ch([
            lambda: ["Mae'r cwsmer ", vname(p.full), " (ganwyd ", vdob(p.dob, ch(["cy_long", "eu_slash"])), ") yn gofyn i ni ffonio ", pphone(p, ch(["nat", "intl"])), "."],
            lambda: ["Mae rhif Yswiriant Gwladol ", V("national_id", nino(), "nino"), " wedi'i gadarnhau ar gyfer ", hon, vname(p.full), "."],
            lambda: ["Rhif GIG ", V("national_id", nhs_number(), "nhs"), " wedi'i ddiweddaru ar gyfer ", hon, vname(p.full), "."],
            lambda: ["Cyfeiriad danfon newydd: ", vaddr(address("CY")[3]), "."],
            lambda: ["Ad-daliad i'r cyfrif: cod didoli ", f"{rint(10, 99)}-{rint(10, 99)}-{rint(10, 99)}", ", rhif cyfrif ", V("bank_account", rdigits(8), "acct"), " (", vname(p.full), ")."],
            lambda: ["Ad-daliad i IBAN ", viban("GB", ch(["plain", "print"])), " yn enw ", vname(p.full), "."],
            lambda: ["Eich cyfrinair dros dro yw ", vpw(" "), " – newidiwch ef ar ôl mewngofnodi."],
            lambda: ["Helo ", vname(p.given), "! Rydym wedi anfon y cod cadarnhau at ", vemail(p), "."],
            lambda: ["Gwrthodwyd y taliad gyda cherdyn ", vcard(fmt=ch(["space", "plain"])), " (", vname(p.full), ")."]])())
    def dec():
        return mk("text-cy/notice", ch([f"Anfonwyd archeb rhif {tnum()} ar {evd('eu_slash')}.", f"Bydd gwaith cynnal a chadw ddydd Mawrth {evd('cy_long')} rhwng 02:00 a 04:00.",
                                         f"Swm i'w dalu: £{rint(1, 9)},{rint(100, 999)}.{rint(0, 99):02d}", "Mae'r gwasanaeth cwsmeriaid ar agor Llun–Gwener 9yb–5yp.",
                                         f"Mae fersiwn {version()} o'r ap ar gael.", "Mae'r heulwen yn ôl – danfoniadau ar amser!", "Eirlys cyntaf y gwanwyn yn yr ardd wrth y warws.",
                                         "Taith gerdded i fyny'r bryn ddydd Sadwrn i'r staff.", "Gwelwyd llinos ar do'r warws y bore 'ma.", f"Mae'r cod disgownt NADOLIG{rint(10, 99)} yn ddilys tan {evd('eu_slash')}."]))
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
                try: ipaddress.IPv4Address(txt.replace(",", ".").replace(" ", ""))  # Erlang tuples {203,0,113,5} (B's rule)
                except ValueError: errs.append((i, f"bad ipv4 {txt!r}"))
                if txt.startswith(("127.", "0.")): errs.append((i, f"loopback/unspecified labeled {txt!r}"))
            if k == "ipv6":
                try: ipaddress.IPv6Address(txt)
                except ValueError: errs.append((i, f"bad ipv6 {txt!r}"))
                if txt in ("::1", "::"): errs.append((i, f"loopback/unspecified labeled {txt!r}"))
            if k == "email" and "@" not in txt and "%40" not in txt.upper() and "%2540" not in txt and not (l["tpl"].startswith("pnr/") and "//" in txt):
                errs.append((i, f"email without @ {txt!r}"))   # %2540: CloudFront's double encoding; // : IATA CTCE
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
        if l.get("_mrz") and not mrz_ok(l["_mrz"]): errs.append((i, f"MRZ check digits wrong: {l['_mrz']!r}"))
        if l.get("_xml"):
            try: xml.dom.minidom.parseString(s[s.find(l.get("_xmlfrom", "<")):])
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
    out = os.path.join(here, "formats-e.jsonl")
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
