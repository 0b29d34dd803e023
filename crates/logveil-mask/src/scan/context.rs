use super::dates::date_end;
use super::identity::is_system_identity;
use super::keyed::is_placeholder;
use super::people::{is_username_stopword, name_before, person_words};
use super::scanner::{Scanner, NONE};
use super::secrets::credential_shape;
use super::text::{secret_token_end, skip_spaces, starts_upper};
use crate::bytes::{class, lower_into, UPPER};
use crate::span::Rule;
use crate::words::{set, WordMap, WordSet};
use crate::Kind;

/// What a trigger word marks.
#[derive(Clone, Copy, Debug)]
pub(super) enum Trigger {
    Greeting,
    Title,
    Preposition,
    PersonNoun,
    User,
    Born,
    Bearer,
    Password,
    Login,
    Is,
    Insert,
    /// A title written in lowercase inside a sentence, as Dutch, Polish and Vietnamese do
    /// (`Beste mevrouw Mulder`, `của bà Đặng Ngọc Hân`).
    Honorific,
    /// A title after the name (`Mehmet Bey`, `Ayşe Hanım`).
    NameSuffix,
    /// A word that announces a telephone number (`rappeler au`, `richiamata al`, `pod numerem`).
    Phone,
    /// A word for an address in a label that ends with a colon (`Naujas pristatymo adresas:`,
    /// `Нов адрес за доставка:`): the rest of the sentence is the address.
    Address,
}

pub(super) static TRIGGERS: WordMap<Trigger> = WordMap::new(&[
    (b"regards", Trigger::Greeting),
    (b"sincerely", Trigger::Greeting),
    (b"cheers", Trigger::Greeting),
    (b"thanks", Trigger::Greeting),
    (b"birth", Trigger::Born),
    (b"login", Trigger::Login),
    (b"is", Trigger::Is),
    (b"insert", Trigger::Insert),
    (b"upsert", Trigger::Insert),
    (b"replace", Trigger::Insert),
    // Greetings, people's nouns and titles of more languages (support tickets, chats).
    // `atas nama`, `به نام`: "in the name of", a name follows as it does a title.
    (b"hai", Trigger::Greeting),
    (b"helo", Trigger::Greeting),
    (b"halo", Trigger::Greeting),
    (b"salam", Trigger::Greeting),
    ("سلام".as_bytes(), Trigger::Greeting),
    ("مرحبا".as_bytes(), Trigger::Greeting),
    ("عزيزي".as_bytes(), Trigger::Greeting),
    ("عزيزتي".as_bytes(), Trigger::Greeting),
    ("שלום".as_bytes(), Trigger::Greeting),
    ("প্রিয়".as_bytes(), Trigger::Greeting),
    ("नमस्ते".as_bytes(), Trigger::Greeting),
    ("प्रिय".as_bytes(), Trigger::Greeting),
    (b"habari", Trigger::Greeting),
    (b"jambo", Trigger::Greeting),
    (b"mpendwa", Trigger::Greeting),
    (b"kumusta", Trigger::Greeting),
    ("здравейте".as_bytes(), Trigger::Greeting),
    ("здравствуйте".as_bytes(), Trigger::Greeting),
    ("привет".as_bytes(), Trigger::Greeting),
    ("уважаема".as_bytes(), Trigger::Greeting),
    ("уважаеми".as_bytes(), Trigger::Greeting),
    ("уважаемый".as_bytes(), Trigger::Greeting),
    ("уважаемая".as_bytes(), Trigger::Greeting),
    ("вітаю".as_bytes(), Trigger::Greeting),
    ("шановний".as_bytes(), Trigger::Greeting),
    ("шановна".as_bytes(), Trigger::Greeting),
    (b"sveiki", Trigger::Greeting),
    (b"gerbiamas", Trigger::Greeting),
    (b"gerbiama", Trigger::Greeting),
    ("halló".as_bytes(), Trigger::Greeting),
    ("kæri".as_bytes(), Trigger::Greeting),
    ("kæra".as_bytes(), Trigger::Greeting),
    ("kære".as_bytes(), Trigger::Greeting),
    ("kjære".as_bytes(), Trigger::Greeting),
    ("αγαπητέ".as_bytes(), Trigger::Greeting),
    ("αγαπητή".as_bytes(), Trigger::Greeting),
    ("vážený".as_bytes(), Trigger::Greeting),
    ("vážená".as_bytes(), Trigger::Greeting),
    (b"kedves", Trigger::Greeting),
    (b"stimate", Trigger::Greeting),
    ("stimată".as_bytes(), Trigger::Greeting),
    ("hyvä".as_bytes(), Trigger::Greeting),
    (b"yth", Trigger::Greeting),
    ("เรียน".as_bytes(), Trigger::Greeting),
    ("مشتری".as_bytes(), Trigger::PersonNoun),
    ("العميل".as_bytes(), Trigger::PersonNoun),
    ("عميل".as_bytes(), Trigger::PersonNoun),
    ("গ্রাহক".as_bytes(), Trigger::PersonNoun),
    ("ग्राहक".as_bytes(), Trigger::PersonNoun),
    (b"mteja", Trigger::PersonNoun),
    (b"kliyente", Trigger::PersonNoun),
    ("клиентката".as_bytes(), Trigger::PersonNoun),
    ("клиентът".as_bytes(), Trigger::PersonNoun),
    ("клієнт".as_bytes(), Trigger::PersonNoun),
    ("клієнтка".as_bytes(), Trigger::PersonNoun),
    (b"klientas", Trigger::PersonNoun),
    ("klientė".as_bytes(), Trigger::PersonNoun),
    ("πελάτης".as_bytes(), Trigger::PersonNoun),
    ("πελάτισσα".as_bytes(), Trigger::PersonNoun),
    ("לקוח".as_bytes(), Trigger::PersonNoun),
    ("הלקוח".as_bytes(), Trigger::PersonNoun),
    ("ügyfél".as_bytes(), Trigger::PersonNoun),
    (b"clientul", Trigger::PersonNoun),
    (b"clienta", Trigger::PersonNoun),
    (b"asiakas", Trigger::PersonNoun),
    (b"nama", Trigger::Honorific),
    ("نام".as_bytes(), Trigger::Honorific),
    ("باسم".as_bytes(), Trigger::Honorific),
    ("नाम".as_bytes(), Trigger::Honorific),
    ("নাম".as_bytes(), Trigger::Honorific),
    (b"encik", Trigger::Title),
    (b"cik", Trigger::Title),
    (b"puan", Trigger::Title),
    (b"tuan", Trigger::Title),
    ("آقای".as_bytes(), Trigger::Title),
    ("خانم".as_bytes(), Trigger::Title),
    ("السيد".as_bytes(), Trigger::Title),
    ("السيدة".as_bytes(), Trigger::Title),
    (b"bw", Trigger::Title),
    (b"bi", Trigger::Title),
    (b"gng", Trigger::Title),
    ("г-н".as_bytes(), Trigger::Title),
    ("г-жа".as_bytes(), Trigger::Title),
    ("господин".as_bytes(), Trigger::Title),
    ("госпожа".as_bytes(), Trigger::Title),
    ("κύριος".as_bytes(), Trigger::Title),
    ("κυρία".as_bytes(), Trigger::Title),
    ("מר".as_bytes(), Trigger::Title),
    ("জনাব".as_bytes(), Trigger::Title),
    ("пан".as_bytes(), Trigger::Title),
    ("пані".as_bytes(), Trigger::Title),
    // Words for an address, in the label before a colon.
    (b"address", Trigger::Address),
    (b"addr", Trigger::Address),
    (b"adresse", Trigger::Address),
    (b"adres", Trigger::Address),
    (b"adresa", Trigger::Address),
    (b"adresas", Trigger::Address),
    (b"adrese", Trigger::Address),
    (b"adressi", Trigger::Address),
    (b"adressen", Trigger::Address),
    (b"osoite", Trigger::Address),
    ("cím".as_bytes(), Trigger::Address),
    ("címe".as_bytes(), Trigger::Address),
    (b"alamat", Trigger::Address),
    (b"anwani", Trigger::Address),
    ("dirección".as_bytes(), Trigger::Address),
    (b"direccion", Trigger::Address),
    (b"indirizzo", Trigger::Address),
    ("endereço".as_bytes(), Trigger::Address),
    (b"endereco", Trigger::Address),
    ("адрес".as_bytes(), Trigger::Address),
    ("адреса".as_bytes(), Trigger::Address),
    ("адресу".as_bytes(), Trigger::Address),
    ("διεύθυνση".as_bytes(), Trigger::Address),
    ("כתובת".as_bytes(), Trigger::Address),
    ("عنوان".as_bytes(), Trigger::Address),
    ("آدرس".as_bytes(), Trigger::Address),
    ("ঠিকানা".as_bytes(), Trigger::Address),
    ("पता".as_bytes(), Trigger::Address),
    ("ที่อยู่".as_bytes(), Trigger::Address),
    (b"heimilisfang", Trigger::Address),
    (b"afhendingarheimilisfang", Trigger::Address),
    (b"naslov", Trigger::Address),
    ("adresë".as_bytes(), Trigger::Address),
    (b"cyfeiriad", Trigger::Address),
    ("adreça".as_bytes(), Trigger::Address),
    ("ünvan".as_bytes(), Trigger::Address),
    (b"mekenzhay", Trigger::Address),
    (b"anerchani", Trigger::Address),
    // Greetings, titles, 'name' and 'customer' in Tamil, Georgian, Amharic, Serbian, Kazakh,
    // Yoruba, Urdu, Welsh and Afrikaans.
    ("வணக்கம்".as_bytes(), Trigger::Greeting),
    ("გამარჯობა".as_bytes(), Trigger::Greeting),
    ("ሰላም".as_bytes(), Trigger::Greeting),
    ("здраво".as_bytes(), Trigger::Greeting),
    ("поштовани".as_bytes(), Trigger::Greeting),
    ("поштована".as_bytes(), Trigger::Greeting),
    ("сәлеметсіз".as_bytes(), Trigger::Greeting),
    ("құрметті".as_bytes(), Trigger::Greeting),
    (b"annwyl", Trigger::Greeting),
    ("السلام".as_bytes(), Trigger::Greeting),
    ("محترم".as_bytes(), Trigger::Greeting),
    ("محترمہ".as_bytes(), Trigger::Greeting),
    ("செல்வி".as_bytes(), Trigger::Honorific),
    ("திரு".as_bytes(), Trigger::Honorific),
    ("திருமதி".as_bytes(), Trigger::Honorific),
    ("ბატონი".as_bytes(), Trigger::Honorific),
    ("ქალბატონი".as_bytes(), Trigger::Honorific),
    ("አቶ".as_bytes(), Trigger::Honorific),
    ("ወ/ሮ".as_bytes(), Trigger::Honorific),
    ("ወይዘሮ".as_bytes(), Trigger::Honorific),
    ("ወይዘሪት".as_bytes(), Trigger::Honorific),
    ("госпођа".as_bytes(), Trigger::Honorific),
    ("мырза".as_bytes(), Trigger::Honorific),
    ("ханым".as_bytes(), Trigger::Honorific),
    ("arábìnrin".as_bytes(), Trigger::Honorific),
    ("ọ̀gbẹ́ni".as_bytes(), Trigger::Honorific),
    (b"mnr", Trigger::Honorific),
    (b"mev", Trigger::Honorific),
    (b"mej", Trigger::Honorific),
    ("பெயர்".as_bytes(), Trigger::Honorific),
    ("სახელი".as_bytes(), Trigger::Honorific),
    ("ስም".as_bytes(), Trigger::Honorific),
    ("име".as_bytes(), Trigger::Honorific),
    (b"jina", Trigger::Honorific),
    (b"enw", Trigger::Honorific),
    ("வாடிக்கையாளர்".as_bytes(), Trigger::PersonNoun),
    ("კლიენტი".as_bytes(), Trigger::PersonNoun),
    ("ደንበኛ".as_bytes(), Trigger::PersonNoun),
    ("клијент".as_bytes(), Trigger::PersonNoun),
    ("корисник".as_bytes(), Trigger::PersonNoun),
    ("صارف".as_bytes(), Trigger::PersonNoun),
    ("گاہک".as_bytes(), Trigger::PersonNoun),
    (b"cwsmer", Trigger::PersonNoun),
    ("kliënt".as_bytes(), Trigger::PersonNoun),
    (b"dear", Trigger::Greeting),
    (b"hola", Trigger::Greeting),
    (b"bonjour", Trigger::Greeting),
    (b"bonsoir", Trigger::Greeting),
    (b"salut", Trigger::Greeting),
    (b"hallo", Trigger::Greeting),
    (b"ciao", Trigger::Greeting),
    (b"buongiorno", Trigger::Greeting),
    (b"gentile", Trigger::Greeting),
    (b"egregio", Trigger::Greeting),
    ("olá".as_bytes(), Trigger::Greeting),
    (b"oi", Trigger::Greeting),
    (b"prezado", Trigger::Greeting),
    (b"prezada", Trigger::Greeting),
    (b"estimado", Trigger::Greeting),
    (b"estimada", Trigger::Greeting),
    (b"querido", Trigger::Greeting),
    (b"querida", Trigger::Greeting),
    (b"beste", Trigger::Greeting),
    (b"geachte", Trigger::Greeting),
    (b"liebe", Trigger::Greeting),
    (b"lieber", Trigger::Greeting),
    (b"merhaba", Trigger::Greeting),
    ("sayın".as_bytes(), Trigger::Greeting),
    (b"sayin", Trigger::Greeting),
    ("cześć".as_bytes(), Trigger::Greeting),
    (b"szanowny", Trigger::Greeting),
    (b"szanowna", Trigger::Greeting),
    (b"hej", Trigger::Greeting),
    (b"hei", Trigger::Greeting),
    ("chào".as_bytes(), Trigger::Greeting),
    (b"hi", Trigger::Greeting),
    (b"hello", Trigger::Greeting),
    (b"hey", Trigger::Greeting),
    (b"attn", Trigger::Greeting),
    (b"greetings", Trigger::Greeting),
    (b"welcome", Trigger::Greeting),
    (b"mr", Trigger::Title),
    (b"mrs", Trigger::Title),
    (b"ms", Trigger::Title),
    (b"miss", Trigger::Title),
    (b"mx", Trigger::Title),
    (b"dr", Trigger::Title),
    (b"prof", Trigger::Title),
    (b"sir", Trigger::Title),
    (b"madam", Trigger::Title),
    (b"mme", Trigger::Title),
    (b"mlle", Trigger::Title),
    (b"herr", Trigger::Title),
    (b"frau", Trigger::Title),
    (b"to", Trigger::Preposition),
    (b"by", Trigger::Preposition),
    (b"from", Trigger::Preposition),
    (b"for", Trigger::Preposition),
    (b"with", Trigger::Preposition),
    (b"cc", Trigger::Preposition),
    (b"customer", Trigger::PersonNoun),
    (b"patient", Trigger::PersonNoun),
    (b"client", Trigger::PersonNoun),
    (b"cardholder", Trigger::PersonNoun),
    (b"holder", Trigger::PersonNoun),
    (b"recipient", Trigger::PersonNoun),
    (b"beneficiary", Trigger::PersonNoun),
    (b"employee", Trigger::PersonNoun),
    (b"member", Trigger::PersonNoun),
    (b"passenger", Trigger::PersonNoun),
    (b"guest", Trigger::PersonNoun),
    (b"applicant", Trigger::PersonNoun),
    (b"contact", Trigger::PersonNoun),
    (b"named", Trigger::PersonNoun),
    (b"signed", Trigger::PersonNoun),
    (b"driver", Trigger::PersonNoun),
    (b"owner", Trigger::PersonNoun),
    (b"payee", Trigger::PersonNoun),
    (b"payer", Trigger::PersonNoun),
    (b"subscriber", Trigger::PersonNoun),
    (b"consignee", Trigger::PersonNoun),
    (b"student", Trigger::PersonNoun),
    (b"tenant", Trigger::PersonNoun),
    (b"user", Trigger::User),
    (b"username", Trigger::User),
    (b"born", Trigger::Born),
    (b"dob", Trigger::Born),
    (b"birthday", Trigger::Born),
    (b"bearer", Trigger::Bearer),
    // Password words of more languages; the second word of a two-word term is read in its
    // phrase (see `password_phrase`).
    ("পাসওয়ার্ড".as_bytes(), Trigger::Password),
    (b"nenosiri", Trigger::Password),
    ("парола".as_bytes(), Trigger::Password),
    ("лозинка".as_bytes(), Trigger::Password),
    ("slaptažodis".as_bytes(), Trigger::Password),
    ("lykilorð".as_bytes(), Trigger::Password),
    (b"laluan", Trigger::Password),
    ("عبور".as_bytes(), Trigger::Password),
    ("المرور".as_bytes(), Trigger::Password),
    ("κωδικός".as_bytes(), Trigger::Password),
    ("סיסמה".as_bytes(), Trigger::Password),
    ("הסיסמה".as_bytes(), Trigger::Password),
    (b"parool", Trigger::Password),
    (b"parole", Trigger::Password),
    (b"lozinka", Trigger::Password),
    (b"geslo", Trigger::Password),
    ("fjalëkalimi".as_bytes(), Trigger::Password),
    (b"contrasenya", Trigger::Password),
    (b"cyfrinair", Trigger::Password),
    (b"wagwoord", Trigger::Password),
    (b"iphasiwedi", Trigger::Password),
    ("şifrə".as_bytes(), Trigger::Password),
    ("құпиясөз".as_bytes(), Trigger::Password),
    ("პაროლი".as_bytes(), Trigger::Password),
    ("գաղտնաբառ".as_bytes(), Trigger::Password),
    ("கடவுச்சொல்".as_bytes(), Trigger::Password),
    ("ورڈ".as_bytes(), Trigger::Password),
    (b"password", Trigger::Password),
    (b"passwd", Trigger::Password),
    (b"passcode", Trigger::Password),
    (b"passphrase", Trigger::Password),
    (b"passwort", Trigger::Password),
    (b"kennwort", Trigger::Password),
    (b"wachtwoord", Trigger::Password),
    ("contraseña".as_bytes(), Trigger::Password),
    (b"contrasena", Trigger::Password),
    (b"senha", Trigger::Password),
    ("hasło".as_bytes(), Trigger::Password),
    (b"haslo", Trigger::Password),
    ("şifre".as_bytes(), Trigger::Password),
    ("şifreniz".as_bytes(), Trigger::Password),
    (b"sifre", Trigger::Password),
    (b"parola", Trigger::Password),
    ("lösenord".as_bytes(), Trigger::Password),
    (b"adgangskode", Trigger::Password),
    (b"salasana", Trigger::Password),
    (b"heslo", Trigger::Password),
    ("jelszó".as_bytes(), Trigger::Password),
    ("пароль".as_bytes(), Trigger::Password),
    // The last word of `mot de passe`, `code d'accès`, `mật khẩu`: checked with the words
    // before it.
    (b"passe", Trigger::Password),
    ("accès".as_bytes(), Trigger::Password),
    ("khẩu".as_bytes(), Trigger::Password),
    (b"herrn", Trigger::Title),
    // Born, in the languages of the tickets (`geboren am`, `née le`, `nacido el`, `nata il`,
    // `nascido em`, `nar.`, `ur.`, `född den`, `sinh ngày`, `lahir`).
    (b"geboren", Trigger::Born),
    (b"geb", Trigger::Born),
    ("née".as_bytes(), Trigger::Born),
    ("né".as_bytes(), Trigger::Born),
    (b"nacido", Trigger::Born),
    (b"nacida", Trigger::Born),
    (b"nato", Trigger::Born),
    (b"nata", Trigger::Born),
    (b"nascido", Trigger::Born),
    (b"nascida", Trigger::Born),
    (b"nar", Trigger::Born),
    (b"narozen", Trigger::Born),
    (b"narozena", Trigger::Born),
    (b"ur", Trigger::Born),
    (b"urodzony", Trigger::Born),
    (b"urodzona", Trigger::Born),
    ("född".as_bytes(), Trigger::Born),
    ("født".as_bytes(), Trigger::Born),
    (b"syntynyt", Trigger::Born),
    (b"sinh", Trigger::Born),
    (b"lahir", Trigger::Born),
    ("родился".as_bytes(), Trigger::Born),
    ("родилась".as_bytes(), Trigger::Born),
    ("рождения".as_bytes(), Trigger::Born),
    (b"ibu", Trigger::Title),
    (b"bapak", Trigger::Title),
    (b"pak", Trigger::Title),
    ("श्री".as_bytes(), Trigger::Honorific),
    ("श्रीमती".as_bytes(), Trigger::Honorific),
    ("клиент".as_bytes(), Trigger::PersonNoun),
    ("пациент".as_bytes(), Trigger::PersonNoun),
    (b"pelanggan", Trigger::PersonNoun),
    (b"nasabah", Trigger::PersonNoun),
    (b"kunden", Trigger::PersonNoun),
    (b"kund", Trigger::PersonNoun),
    ("zákazník".as_bytes(), Trigger::PersonNoun),
    ("zákaznice".as_bytes(), Trigger::PersonNoun),
    (b"sandi", Trigger::Password),
    ("पासवर्ड".as_bytes(), Trigger::Password),
    ("비밀번호".as_bytes(), Trigger::Password),
    ("密码".as_bytes(), Trigger::Password),
    (b"mevrouw", Trigger::Honorific),
    (b"meneer", Trigger::Honorific),
    (b"mevr", Trigger::Honorific),
    (b"dhr", Trigger::Honorific),
    (b"sig", Trigger::Honorific),
    (b"sig.ra", Trigger::Honorific),
    (b"signor", Trigger::Honorific),
    (b"signora", Trigger::Honorific),
    (b"sr", Trigger::Title),
    (b"sra", Trigger::Honorific),
    (b"srta", Trigger::Honorific),
    ("señor".as_bytes(), Trigger::Honorific),
    ("señora".as_bytes(), Trigger::Honorific),
    (b"senhor", Trigger::Honorific),
    (b"senhora", Trigger::Honorific),
    (b"monsieur", Trigger::Honorific),
    (b"madame", Trigger::Honorific),
    (b"pani", Trigger::Honorific),
    (b"pan", Trigger::Title),
    ("bà".as_bytes(), Trigger::Honorific),
    ("ông".as_bytes(), Trigger::Honorific),
    ("chị".as_bytes(), Trigger::Honorific),
    (b"bey", Trigger::NameSuffix),
    ("hanım".as_bytes(), Trigger::NameSuffix),
    (b"hanim", Trigger::NameSuffix),
    (b"kundin", Trigger::PersonNoun),
    (b"kunde", Trigger::PersonNoun),
    (b"cliente", Trigger::PersonNoun),
    (b"klant", Trigger::PersonNoun),
    (b"klantnaam", Trigger::PersonNoun),
    (b"paciente", Trigger::PersonNoun),
    (b"patientin", Trigger::PersonNoun),
    (b"klient", Trigger::PersonNoun),
    (b"klientka", Trigger::PersonNoun),
    ("müşteri".as_bytes(), Trigger::PersonNoun),
    (b"tel", Trigger::Phone),
    ("tél".as_bytes(), Trigger::Phone),
    (b"phone", Trigger::Phone),
    (b"telefon", Trigger::Phone),
    (b"telefono", Trigger::Phone),
    ("teléfono".as_bytes(), Trigger::Phone),
    ("téléphone".as_bytes(), Trigger::Phone),
    (b"telefone", Trigger::Phone),
    (b"telefoon", Trigger::Phone),
    (b"mobile", Trigger::Phone),
    (b"mobil", Trigger::Phone),
    ("móvil".as_bytes(), Trigger::Phone),
    (b"portable", Trigger::Phone),
    (b"cellulare", Trigger::Phone),
    (b"celular", Trigger::Phone),
    (b"handy", Trigger::Phone),
    (b"whatsapp", Trigger::Phone),
    (b"numerem", Trigger::Phone),
    (b"numer", Trigger::Phone),
    ("número".as_bytes(), Trigger::Phone),
    ("numéro".as_bytes(), Trigger::Phone),
    (b"nummer", Trigger::Phone),
    (b"rufnummer", Trigger::Phone),
    (b"call", Trigger::Phone),
    (b"called", Trigger::Phone),
    (b"rappeler", Trigger::Phone),
    (b"rappel", Trigger::Phone),
    (b"richiamata", Trigger::Phone),
    (b"richiamato", Trigger::Phone),
    (b"richiamare", Trigger::Phone),
    (b"chiamare", Trigger::Phone),
    (b"llamar", Trigger::Phone),
    (b"ligar", Trigger::Phone),
    (b"bellen", Trigger::Phone),
    (b"terugbellen", Trigger::Phone),
    ("rückruf".as_bytes(), Trigger::Phone),
    (b"anrufen", Trigger::Phone),
    (b"kontakt", Trigger::Phone),
    ("thoại".as_bytes(), Trigger::Phone),
]);

/// The prepositions of a date after a word for born (`geboren am`, `née le`, `nacido el`,
/// `nata il`, `nascido em`, `född den`, `født den`, `sinh ngày`).
static DATE_PREPOSITIONS: WordSet = WordMap::new(set![
    b"am",
    b"le",
    b"el",
    b"il",
    b"em",
    b"den",
    "ngày".as_bytes(),
    b"dne",
    b"w",
    b"on",
    b"in"
]);

/// Words that may stand between a password word and its value, none of them the value:
/// `temporary`, and the `is` of each language (`wachtwoord is`, `Passwort lautet`, `code
/// d'accès temporaire est`, `Hasło tymczasowe:`).
static PASSWORD_FILLERS: WordSet = WordMap::new(set![
    b"temporary",
    b"temporaire",
    b"provisoire",
    b"temporal",
    b"provisional",
    b"provisoria",
    b"provvisoria",
    b"temporanea",
    "temporário".as_bytes(),
    "temporária".as_bytes(),
    b"tymczasowe",
    "geçici".as_bytes(),
    b"tijdelijk",
    "vorläufiges".as_bytes(),
    b"nieuw",
    b"nuevo",
    b"nueva",
    b"nouveau",
    b"nova",
    b"novo",
    b"nuova",
    b"neues",
    b"new",
    b"sementara",
    b"anda",
    b"baru",
    "tillfälligt".as_bytes(),
    "dočasné".as_bytes(),
    b"je",
    b"adalah",
    "है".as_bytes(),
    "अस्थायी".as_bytes(),
    "временный".as_bytes(),
    b"is",
    b"was",
    b"ist",
    b"lautet",
    b"est",
    b"es",
    b"era",
    "é".as_bytes(),
    "è".as_bytes(),
    b"jest",
    b"wynosi",
    "är".as_bytes(),
    "là".as_bytes(),
    b"olarak",
    // Malay, Tagalog, Swahili, Bulgarian, Icelandic, Persian, the Baltic and Albanian "is",
    // "your", "temporary".
    b"ialah",
    b"ay",
    b"pansamantalang",
    b"lako",
    b"la",
    b"muda",
    b"ni",
    "е".as_bytes(),
    "þitt".as_bytes(),
    b"er",
    b"on",
    b"yra",
    b"ir",
    "është".as_bytes(),
    "موقت".as_bytes(),
    "شما".as_bytes()
]);

/// Whether a password word stands in its phrase: `passe` in `mot de passe`, `accès` in `code
/// d'accès`, `khẩu` in `mật khẩu`; every other password word stands alone.
fn password_phrase(line: &[u8], s: usize, lw: &[u8]) -> bool {
    let before = &line[..s];
    match lw {
        b"passe" => before.ends_with(b"mot de ") || before.ends_with(b"Mot de "),
        w if w == "accès".as_bytes() => {
            before.ends_with(b"code d'") || before.ends_with(b"Code d'")
        }
        w if w == "khẩu".as_bytes() => {
            before.ends_with("mật ".as_bytes()) || before.ends_with("Mật ".as_bytes())
        }
        b"laluan" => before.ends_with(b"kata ") || before.ends_with(b"Kata "),
        w if w == "عبور".as_bytes() => before.ends_with("رمز ".as_bytes()),
        w if w == "المرور".as_bytes() => before.ends_with("كلمة ".as_bytes()),
        w if w == "ورڈ".as_bytes() => before.ends_with("پاس ".as_bytes()),
        _ => true,
    }
}

/// `w` with its first character in lower case, when that is a capital outside ASCII whose
/// lower case has the same length in UTF-8 (Cyrillic, Greek, Latin with diacritics).
fn lower_first_char<'a>(w: &[u8], buf: &'a mut [u8; 40]) -> Option<&'a [u8]> {
    let (c, len) = crate::bytes::char_at(w, 0)?;
    let mut lower = c.to_lowercase();
    let l = lower.next()?;
    if lower.next().is_some() || l == c || l.len_utf8() != len {
        return None;
    }
    let dst = buf.get_mut(..w.len())?;
    l.encode_utf8(&mut dst[..len]);
    dst[len..].copy_from_slice(&w[len..]);
    Some(dst)
}

/// The end of the word at `p` (up to a space, tab, `:` or `,`).
fn word_end(line: &[u8], p: usize) -> usize {
    let mut e = p;
    while e < line.len() && !matches!(line[e], b' ' | b'\t' | b':' | b',') {
        e += 1;
    }
    e
}

/// The value after a password word ending at `te` when at least one filler word or a colon
/// stands between (`is`, `lautet:`, `tymczasowe:`, `temporaire est`): the next token, up to
/// whitespace, without the sentence's last stop. `None` when no filler is there: `password
/// policy` says nothing of a value.
fn value_after_fillers(line: &[u8], te: usize) -> Option<(usize, usize)> {
    let mut p = te;
    let mut fillers = 0;
    // `Nenosiri lako la muda ni X`: four words may stand between.
    for _ in 0..4 {
        // `Hasło tymczasowe: X`; a glued `passwd:chauthtok` is a key's business.
        if line.get(p) == Some(&b':') && line.get(p + 1) == Some(&b' ') {
            p += 1;
            fillers += 1;
            break;
        }
        if line.get(p) != Some(&b' ') {
            break;
        }
        let ws = p + 1;
        let we = word_end(line, ws);
        let mut buf = [0u8; 32];
        let filler =
            lower_into(&line[ws..we], &mut buf).is_some_and(|w| PASSWORD_FILLERS.contains(w));
        if !filler {
            break;
        }
        fillers += 1;
        p = we;
    }
    if fillers == 0 {
        return None;
    }
    let vs = skip_spaces(line, p);
    let mut ve = vs;
    while ve < line.len() && !matches!(line[ve], b' ' | b'\t') {
        ve += 1;
    }
    // The sentence's stop, not the password's: `… is Xy7!k2.` at the end or before a space.
    if ve > vs + 1 && line[ve - 1] == b'.' {
        ve -= 1;
    }
    // `… heslo je yA*sH$f;{5v]F}, po přihlášení …`: the clause's comma.
    if ve > vs + 1 && line[ve - 1] == b',' && line.get(ve) == Some(&b' ') {
        ve -= 1;
    }
    (ve > vs && ve - vs <= 128).then_some((vs, ve))
}

/// Whether a word after `password` reads like a password rather than prose: digits with
/// letters, or symbols, and long enough (`UZ5X)Vh9kq`, not `expired` or `policy`).
fn credential_like(w: &[u8]) -> bool {
    let digits = w.iter().filter(|b| b.is_ascii_digit()).count();
    let letters = w
        .iter()
        .filter(|b| b.is_ascii_alphabetic() || **b >= 0x80)
        .count();
    let symbols = w.len() - digits - letters;
    (6..=128).contains(&w.len()) && letters > 0 && (digits > 0 || symbols > 0) && digits < w.len()
}

/// Whether the token at `p` is followed by words that make it a login: `X from 1.2.3.4`,
/// `X by (uid=0)`, `X [preauth]`, `X on tty1`, or the end of the line.
pub(super) fn followed_by_login_context(line: &[u8], p: usize) -> bool {
    let mut e = p;
    while e < line.len() && !matches!(line[e], b' ' | b'\t' | b',' | b';') {
        e += 1;
    }
    let rest = &line[e..];
    rest.is_empty()
        || rest.starts_with(b" from ")
        || rest.starts_with(b" by ")
        || rest.starts_with(b" on ")
        || rest.starts_with(b" at ")
        || rest.starts_with(b" port ")
        || rest.starts_with(b" [")
        || rest.starts_with(b" (")
        || rest.starts_with(b";")
        || rest.starts_with(b",")
        // `user magdalena.holzer not found`, `user jdoe failed to authenticate`.
        || rest.starts_with(b" not ")
        || rest.starts_with(b" does not ")
        || rest.starts_with(b" doesn't ")
        || rest.starts_with(b" failed")
        || rest.starts_with(b" logged ")
        || rest.starts_with(b" authenticated")
        || rest.starts_with(b" successfully")
}

/// Whether the word at `p` is written like a login and like nothing else: lowercase letters
/// with a dot, an underscore or digits (`magdalena.holzer`, `jsmith1`), not a number, a
/// version, a file or a host.
fn login_shaped(line: &[u8], p: usize) -> bool {
    let len = line[p..]
        .iter()
        .take_while(|&&b| {
            b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'.' | b'_' | b'-')
        })
        .count();
    let w = &line[p..p + len];
    let next_ok = line
        .get(p + len)
        .is_none_or(|&b| matches!(b, b' ' | b',' | b';' | b')' | b']' | b'\'' | b'"'));
    let marked = w
        .iter()
        .any(|&b| matches!(b, b'.' | b'_') || b.is_ascii_digit());
    let dots = w.iter().filter(|&&b| b == b'.').count();
    let tld = w.rsplit(|&b| b == b'.').next().is_some_and(|last| {
        matches!(
            last,
            b"com"
                | b"org"
                | b"net"
                | b"io"
                | b"local"
                | b"internal"
                | b"log"
                | b"txt"
                | b"conf"
                | b"json"
        )
    });
    let letters = w.iter().filter(|b| b.is_ascii_lowercase()).count();
    (3..=32).contains(&len)
        && letters >= 3
        && next_ok
        && w[0].is_ascii_lowercase()
        && marked
        && dots <= 1
        && !tld
        && !w.ends_with(b".")
}

/// Paths whose next segment names a person: home directories hold a login
/// (`/home/alice`, `C:\Users\alice`), REST resources a user id (`/users/8869125101`); or
/// holds a one-time secret (`/password/reset/…`).
pub(super) fn path_owner(before: &[u8]) -> Option<Kind> {
    // One look at the segment before the token's, then a `match`: this runs for every
    // segment of every path and URL.
    let (segment, dir) = last_segment(before)?;
    if let Some(kind) = segment_owner(segment, dir) {
        return Some(kind);
    }
    // Django's `reset/<uidb64>/<token>/`: the user's id in base64 comes first.
    let base64 = |b: &u8| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-');
    if segment.len() <= 24 && segment.iter().all(base64) {
        if let Some((parent, _)) = last_segment(dir) {
            if parent == b"reset" {
                return Some(Kind::SECRET);
            }
        }
    }
    None
}

/// The last segment of a path that ends with its separator (`…/users/` → `users`), and the
/// path before it (with its separator).
fn last_segment(before: &[u8]) -> Option<(&[u8], &[u8])> {
    let (&sep, head) = before.split_last()?;
    if !matches!(sep, b'/' | b'\\') {
        return None;
    }
    let start = head.iter().rposition(|&b| b == sep)? + 1;
    Some((&head[start..], &head[..start]))
}

fn segment_owner(segment: &[u8], dir: &[u8]) -> Option<Kind> {
    Some(match segment {
        // Home directories (`/home/alice`, `C:\Users\alice`, `/export/home/alice`).
        b"home" | b"Users" => Kind::USERNAME,
        b"users" | b"user" | b"customers" | b"customer" | b"accounts" | b"members"
        | b"profiles" | b"patients" | b"employees" | b"subscribers"
            if !dir.ends_with(b"\\") =>
        {
            Kind::USER_ID
        }
        // Links mailed to one person carry a one-time secret as a path segment: whoever
        // holds `/password/reset/N7xd…` can set the password.
        b"reset" | b"password-reset" | b"reset-password" | b"verify" | b"verify-email"
        | b"confirm" | b"confirm-email" | b"activate" | b"activation" | b"invite"
        | b"invitation" | b"invitations" | b"magic-link" | b"magic" | b"unsubscribe"
            if !dir.ends_with(b"\\") =>
        {
            Kind::SECRET
        }
        _ => return None,
    })
}

/// Whether the token at `p` is followed by ` from ` and an address (digit or hex).
pub(super) fn followed_by_from_address(line: &[u8], p: usize) -> bool {
    let mut e = p;
    while e < line.len() && !matches!(line[e], b' ' | b'\t') {
        e += 1;
    }
    line[e..].starts_with(b" from ") && line.get(e + 6).is_some_and(u8::is_ascii_hexdigit)
}

pub(super) fn is_ssh_auth_method(prev: &[u8]) -> bool {
    matches!(
        prev,
        b"password"
            | b"publickey"
            | b"none"
            | b"hostbased"
            | b"pam"
            | b"keyboard-interactive/pam"
            | b"gssapi-with-mic"
            | b"keyboard-interactive"
    )
}

pub(super) static TO_VERBS: WordSet = WordMap::new(set![
    b"assigned",
    b"reassigned",
    b"sent",
    b"transferred",
    b"escalated",
    b"delivered",
    b"shipped",
    b"addressed",
    b"forwarded",
    b"granted",
    b"issued",
    b"paid",
    b"refunded",
    b"routed",
    b"handed",
    b"given",
    b"emailed",
    b"invited",
    b"mailed",
    b"billed",
    b"charged",
    b"assign",
    b"send",
    b"reply",
    b"replied",
    b"written",
    b"wrote",
    b"talked",
    b"spoke",
    b"married",
    b"belongs",
    b"registered",
    b"licensed"
]);

pub(super) static BY_VERBS: WordSet = WordMap::new(set![
    b"countersigned",
    b"cosigned",
    b"witnessed",
    b"notarized",
    b"approved",
    b"signed",
    b"created",
    b"requested",
    b"submitted",
    b"reviewed",
    b"updated",
    b"modified",
    b"placed",
    b"ordered",
    b"reported",
    b"written",
    b"edited",
    b"authored",
    b"opened",
    b"closed",
    b"deleted",
    b"booked",
    b"made",
    b"initiated",
    b"performed",
    b"acknowledged",
    b"resolved",
    b"assigned",
    b"verified",
    b"authorized",
    b"authorised",
    b"rejected",
    b"denied",
    b"cancelled",
    b"canceled",
    b"uploaded",
    b"shared",
    b"invited",
    b"referred",
    b"owned",
    b"changed",
    b"accepted",
    b"declined",
    b"paid",
    b"received",
    b"sent",
    b"filed",
    b"raised",
    b"escalated",
    b"triggered",
    b"started",
    b"stopped",
    b"locked",
    b"unlocked",
    b"banned",
    b"blocked",
    b"added",
    b"removed",
    b"revoked",
    b"granted",
    b"impersonated"
]);

pub(super) static FROM_NOUNS: WordSet = WordMap::new(set![
    b"message",
    b"email",
    b"mail",
    b"call",
    b"letter",
    b"complaint",
    b"request",
    b"reply",
    b"response",
    b"feedback",
    b"payment",
    b"transfer",
    b"refund",
    b"invitation",
    b"invite",
    b"note",
    b"sms",
    b"text",
    b"received"
]);

pub(super) static FOR_NOUNS: WordSet = WordMap::new(set![
    b"form",
    b"record",
    b"records",
    b"file",
    b"report",
    b"certificate",
    b"application",
    b"document",
    b"payslip",
    b"contract",
    b"quote",
    b"visa",
    b"summary",
    b"letter",
    b"badge",
    b"reminder",
    b"booked",
    b"reserved",
    b"booking",
    b"reservation",
    b"order",
    b"invoice",
    b"refund",
    b"prescription",
    b"appointment",
    b"ticket",
    b"profile",
    b"account",
    b"card",
    b"shipment",
    b"parcel",
    b"package",
    b"delivery",
    b"statement",
    b"receipt",
    b"policy",
    b"claim",
    b"subscription"
]);

pub(super) static WITH_NOUNS: WordSet = WordMap::new(set![
    b"meeting",
    b"call",
    b"appointment",
    b"chat",
    b"session"
]);

/// Verbs that put a person after `to`/`by`/`from`/`for`/`with`.
pub(super) fn person_verb(prep: &[u8], prev: &[u8]) -> bool {
    match prep {
        b"to" => TO_VERBS.contains(prev),
        b"by" => BY_VERBS.contains(prev),
        b"from" => FROM_NOUNS.contains(prev),
        b"for" => FOR_NOUNS.contains(prev),
        b"with" => WITH_NOUNS.contains(prev),
        b"cc" => true,
        _ => false,
    }
}

/// Verbs after which `by X` names a person's login (`approved by jdoe`), not a system
/// (`rejected by validator`, `triggered by cron`).
pub(super) static HUMAN_ACTOR_VERBS: WordSet = WordMap::new(set![
    b"approved",
    b"signed",
    b"reviewed",
    b"authored",
    b"submitted",
    b"requested",
    b"impersonated",
    b"invited",
    b"referred",
    b"edited",
    b"written",
    b"acknowledged",
    b"authorized",
    b"authorised"
]);

/// `alice(uid=1000)`: a login and its uid, as pam_unix writes them.
fn login_then_uid(line: &[u8], p: usize) -> bool {
    let mut q = p;
    while q < line.len()
        && (line[q].is_ascii_alphanumeric() || matches!(line[q], b'.' | b'_' | b'-'))
    {
        q += 1;
    }
    q > p && line[q..].starts_with(b"(uid=")
}

/// sudo's `alice : TTY=pts/0 ; PWD=…` and `alice : 3 incorrect password attempts ; TTY=…`:
/// the word before ` : ` is the invoking user when sudo's fields follow.
fn sudo_user_field(line: &[u8], s: usize, e: usize) -> bool {
    if !line[e..].starts_with(b" : ") {
        return false;
    }
    if line[e..].starts_with(b" : TTY=") {
        return true;
    }
    let head = &line[..s];
    let head = &head[..head.iter().rposition(|&b| b != b' ').map_or(0, |i| i + 1)];
    let sudo_prefix = head.ends_with(b"sudo:")
        || (head.ends_with(b"]:") && memchr::memmem::rfind(head, b" sudo[").is_some());
    sudo_prefix && memchr::memmem::find(&line[e..], b" ; TTY=").is_some()
}

/// Words that say what a password is like or where it is, after "password is/was".
static STATE_WORDS: WordSet = WordMap::new(set![
    b"read",
    b"required",
    b"missing",
    b"invalid",
    b"incorrect",
    b"wrong",
    b"expired",
    b"empty",
    b"not",
    b"too",
    b"set",
    b"stored",
    b"correct",
    b"valid",
    b"being",
    b"now",
    b"the",
    b"a",
    b"an",
    b"changed",
    b"reset",
    b"blank",
    b"weak",
    b"strong",
    b"short",
    b"hashed",
    b"encrypted",
    b"provided",
    b"configured",
    b"unset",
    b"mandatory",
    b"optional",
    b"taken",
    b"loaded",
    b"rotated",
    b"updated"
]);

pub(super) fn human_actor_verb(prev: &[u8]) -> bool {
    HUMAN_ACTOR_VERBS.contains(prev)
}

/// A byte set as a table, for branch-free tests.
const fn byte_table(bytes: &[u8]) -> [bool; 256] {
    let mut t = [false; 256];
    let mut i = 0;
    while i < bytes.len() {
        t[bytes[i] as usize] = true;
        i += 1;
    }
    t
}

/// Bytes before a token that may make it a login by position (`[alice]`, `/home/alice`,
/// `C:\Users\alice`, `name=alice`).
static ANNOUNCES_BEFORE: [bool; 256] = byte_table(b"[/\\=");
/// Bytes after a token and a space that may (`alice on pts/9`, `alice [08/Oct…`, `alice :`).
static ANNOUNCES_AFTER_SPACE: [bool; 256] = byte_table(b"o[:");

impl Scanner<'_> {
    /// A login or user id known by where it stands: a home directory or REST resource
    /// (`/home/alice`, `/users/8869125101`), useradd and su lines, the auth-user field of
    /// access logs and sudo's `alice : TTY=…`.
    pub(super) fn user_by_position(&mut self, s: usize, e: usize) -> Option<usize> {
        let line = self.line;
        // Every case below is announced by the byte before the token or the two after it; the
        // tokens of most lines have none of them.
        // One table lookup per byte and no branch until the verdict: this runs for every
        // token, and a chain of comparisons on the bytes around it mispredicts often.
        let before = if s > 0 { line[s - 1] } else { 0 };
        let at = |i: usize| line.get(i).copied().unwrap_or(0);
        let (next, after) = (at(e), at(e + 1));
        let announced = ANNOUNCES_BEFORE[usize::from(before)]
            | (next == b'[')
            | ((next == b' ') & ANNOUNCES_AFTER_SPACE[usize::from(after)]);
        if !announced {
            return None;
        }
        // MySQL's slow log: `# User@Host: tmiller[tmiller] @ localhost [10.0.0.5]`.
        if line.get(e) == Some(&b'[') && s >= 11 && line[..s].ends_with(b"User@Host: ") {
            let close = e + 1 + memchr::memchr(b']', &line[e + 1..])?;
            for (a, b) in [(s, e), (e + 1, close)] {
                if b > a && !is_system_identity(&line[a..b]) {
                    self.emit(a, b, Kind::USERNAME, Rule::Context("mysql user@host"));
                }
            }
            return Some(close + 1);
        }
        // FreeRADIUS with auth_badpass/auth_goodpass: `Login incorrect: [user/password] (from …`.
        if s >= 3
            && line[s - 1] == b'['
            && line[..s].ends_with(b": [")
            && (line[..s - 3].ends_with(b"Login OK") || line[..s - 3].ends_with(b"Login incorrect"))
        {
            let tail = &line[s..];
            let close = s + memchr::memmem::rfind(tail, b"] (from")
                .or_else(|| memchr::memrchr(b']', tail))?;
            let slash = s + memchr::memchr(b'/', &line[s..close])?;
            if slash > s {
                self.emit(s, slash, Kind::USERNAME, Rule::Context("radius login"));
            }
            if close > slash + 1 {
                self.emit(
                    slash + 1,
                    close,
                    Kind::PASSWORD,
                    Rule::Context("radius login"),
                );
            }
            return Some(close + 1);
        }
        if s > 0 && matches!(line[s - 1], b'/' | b'\\') {
            if let Some(kind) = path_owner(&line[..s]) {
                let te = s + line[s..e]
                    .iter()
                    .rposition(|&b| b != b'.')
                    .map_or(0, |i| i + 1);
                // `/customer/v2` is an API version, not a customer.
                let version = te - s <= 4
                    && matches!(line[s], b'v' | b'V')
                    && line[s + 1..te].iter().all(u8::is_ascii_digit);
                let token = &line[s..te];
                let id_like = match kind {
                    Kind::USER_ID => {
                        token.iter().any(u8::is_ascii_digit) && !version && te - s >= 3
                    }
                    // A one-time secret is long and random; `/verify/email` is a page.
                    Kind::SECRET => {
                        te - s >= 16
                            && token.iter().any(u8::is_ascii_digit)
                            && token.iter().any(u8::is_ascii_alphabetic)
                    }
                    _ => true,
                };
                // Built-in profiles are nobody's: `C:\Users\Default`, `/Users/Shared`.
                let mut buf = [0u8; 16];
                let builtin_profile = lower_into(&line[s..te], &mut buf).is_some_and(|w| {
                    matches!(
                        w,
                        b"default"
                            | b"public"
                            | b"shared"
                            | b"guest"
                            | b"all users"
                            | b"default user"
                    )
                });
                let id_like = id_like && !builtin_profile;
                if te > s && id_like {
                    self.emit(s, te, kind, Rule::Context("path"));
                    return Some(e);
                }
            }
        }
        // `new user: name=giulia.fernandez` (useradd), `(to root) git on pts/9` (su)
        let useradd = s >= 11
            && line[s - 1] == b'='
            && line[s - 2] == b'e'
            && line[..s].ends_with(b"user: name=");
        let su = line.get(e + 1) == Some(&b'o')
            && s > 0
            && line[s - 1] == b' '
            && (line[e..].starts_with(b" on pts/") || line[e..].starts_with(b" on tty"))
            && line[..s].ends_with(b") ");
        if useradd || su {
            self.emit(s, e, Kind::USERNAME, Rule::Context("system log user"));
            return Some(e);
        }
        // The auth-user field of access logs: `203.0.113.7 - alice [08/Oct/2026:…`, and sudo's
        // `alice : TTY=pts/0 ; PWD=…`.
        let after_space = line.get(e) == Some(&b' ');
        if after_space
            && ((line.get(e + 1) == Some(&b'[')
                && line.get(e + 2).is_some_and(u8::is_ascii_digit)
                && s >= 2
                && line[s - 2] == b'-'
                && line[s - 1] == b' ')
                || (line.get(e + 1) == Some(&b':') && sudo_user_field(line, s, e)))
        {
            if line[s..e] != *b"-" && !is_system_identity(&line[s..e]) {
                self.emit(s, e, Kind::USERNAME, Rule::Context("log user field"));
            }
            return Some(e);
        }
        None
    }

    pub(super) fn trigger(&mut self, s: usize, te: usize) -> Option<usize> {
        let line = self.line;
        let word = &line[s..te];
        let mut buf = [0u8; 40];
        let lw = lower_into(word, &mut buf)?;
        let lw: &[u8] = match lw.last() {
            Some(b'.') => &lw[..lw.len() - 1],
            _ => lw,
        };
        // `Клиент`, `Şifre`: a capital of another script starts the sentence.
        let mut ubuf = [0u8; 40];
        let lw = if word[0] >= 0x80 && !TRIGGERS.contains(lw) {
            lower_first_char(lw, &mut ubuf).unwrap_or(lw)
        } else {
            lw
        };
        let after = skip_spaces(line, te);
        match TRIGGERS.get(lw) {
            Some(Trigger::Greeting) => {
                // "Dear Jane,", "Welcome, Jane Doe!", "Kind regards, Jane Doe"
                let mut p = if line.get(te) == Some(&b',') {
                    skip_spaces(line, te + 1)
                } else {
                    after
                };
                // `Beste mevrouw Mulder`: a lowercase title is not part of the name (`Dear
                // Mr. Smith` keeps its capitalized one, as the shared corpus labels it).
                let title_end = word_end(line, p);
                let mut tb = [0u8; 16];
                let title = lower_into(&line[p..title_end], &mut tb)
                    .map(|w| w.strip_suffix(b".").unwrap_or(w))
                    .and_then(|w| TRIGGERS.get(w));
                if matches!(title, Some(Trigger::Honorific))
                    && line.get(p).is_some_and(|&b| !b.is_ascii_uppercase())
                {
                    p = skip_spaces(line, title_end);
                }
                self.person_at(p, "greeting")
            }
            Some(Trigger::Honorific) => {
                // `பெயர்: வெண்ணிலா வேலுசாமி`: a word for "name" with its colon.
                let after = if line.get(te) == Some(&b':') {
                    skip_spaces(line, te + 1)
                } else {
                    after
                };
                let end = person_words(line, after)?;
                self.emit(after, end, Kind::PERSON, Rule::Context("title"));
                self.last_person_end = end;
                Some(end)
            }
            Some(Trigger::NameSuffix) => {
                // `Mehmet Bey`: the capitalized words right before.
                if class(line[s]) & UPPER != 0 && s >= 2 && line[s - 1] == b' ' {
                    if let Some(ns) = name_before(line, s - 1) {
                        if ns + 1 < s - 1 && self.covered_until <= ns {
                            self.emit(ns, s - 1, Kind::PERSON, Rule::Context("title after"));
                        }
                    }
                }
                None
            }
            Some(Trigger::Phone) => self.phone_after_word(after),
            Some(Trigger::Address) => self.address_after_label(te),
            Some(Trigger::Title) => {
                if class(line[s]) & UPPER == 0 {
                    return None;
                }
                // The title goes with the name (`Dr. Leah Power`), as the shared corpus
                // labels it.
                let end = person_words(line, after)?;
                self.emit(s, end, Kind::PERSON, Rule::Context("title"));
                self.last_person_end = end;
                Some(end)
            }
            Some(Trigger::Preposition) => {
                let prev = self.prev_word(s).unwrap_or_default();
                let mut pb = [0u8; 16];
                let prev = lower_into(prev, &mut pb).unwrap_or_default();
                // `IDENTIFIED BY 'x'`, `IDENTIFIED WITH plugin BY 'x'`.
                if lw == b"by" && matches!(line.get(after), Some(b'\'') | Some(b'"')) {
                    let from = s.saturating_sub(80);
                    let identified = line[from..s]
                        .windows(10)
                        .any(|w| w.eq_ignore_ascii_case(b"identified"));
                    if identified {
                        return self.quoted_literal(after, Kind::PASSWORD, "identified by");
                    }
                }
                if lw == b"for" && is_ssh_auth_method(prev) {
                    return self.username_at(after, "password for");
                }
                // sshd: "… exceeded for oluwaseun21 from 104.111.171.134 port 32802"
                if lw == b"for" && followed_by_from_address(line, after) {
                    return self.username_at(after, "for … from");
                }
                // "password changed for sofia"
                if lw == b"for"
                    && matches!(
                        prev,
                        b"changed" | b"reset" | b"updated" | b"expired" | b"set"
                    )
                    && self
                        .word_before_prev(s)
                        .is_some_and(|w| w.eq_ignore_ascii_case(b"password"))
                {
                    return self.username_at(after, "password changed for");
                }
                // "password for jdoe reset to Rocket2866~"
                if lw == b"to"
                    && matches!(prev, b"reset" | b"changed" | b"set" | b"updated")
                    && memchr::memmem::find(&line[..s], b"password").is_some()
                {
                    let ve = secret_token_end(line, after);
                    if ve > after {
                        self.emit(
                            after,
                            ve,
                            Kind::PASSWORD,
                            Rule::Context("password reset to"),
                        );
                        return Some(ve);
                    }
                }
                // "reassigned to Pedro Nguyen by Kenji Abara-Lewis"
                // The name just before this word: "… to Pedro Nguyen by Kenji Abara-Lewis".
                let after_person = self.last_person_end != NONE
                    && self.last_person_end < s
                    && line[self.last_person_end..s].iter().all(|&b| b == b' ');
                // pam_unix: `session opened for user root(uid=0) by alice(uid=1000)`.
                if lw == b"by" && login_then_uid(line, after) {
                    return self.username_at(after, "by (uid)");
                }
                if person_verb(lw, prev) || (after_person && starts_upper(line, after)) {
                    if starts_upper(line, after) {
                        return self.person_at(after, "assigned to");
                    }
                    if lw == b"by" && human_actor_verb(prev) {
                        return self.username_at(after, "by");
                    }
                }
                None
            }
            Some(Trigger::PersonNoun) => {
                // `customer Jane Doe`, `for customer "Jane Doe"`
                let p = if matches!(line.get(after), Some(b'"') | Some(b'\'')) {
                    after + 1
                } else {
                    after
                };
                if starts_upper(line, p) {
                    self.person_at(p, "person noun")
                } else {
                    None
                }
            }
            Some(Trigger::User) => {
                // "my username is m.obrien9"
                let rest = &line[after.min(line.len())..];
                if rest.starts_with(b"is ") || rest.starts_with(b"was ") {
                    let p = skip_spaces(line, after + if rest.starts_with(b"is ") { 3 } else { 4 });
                    return self.username_at(p, "user is");
                }
                if starts_upper(line, after) {
                    return self.person_at(after, "user");
                }
                // nginx's `user "oscariglesias": password mismatch`, OpenVPN's `user
                // 'torben.sauer' failed`: a quoted login after the word.
                if matches!(line.get(after), Some(b'"' | b'\''))
                    && line.get(te) == Some(&b' ')
                    && lw == b"user"
                {
                    if let Some(end) = self.username_at(after, "user \"…\"") {
                        return Some(end + 1);
                    }
                }
                // "invalid user admin", "for user root by": a login name, when the words around
                // say so; "user clicked" or "user agent" are not.
                let prev = self.prev_word(s).unwrap_or_default();
                let mut pb = [0u8; 16];
                let prev = lower_into(prev, &mut pb).unwrap_or_default();
                let prev_says = matches!(
                    prev,
                    b"invalid"
                        | b"illegal"
                        | b"for"
                        | b"unknown"
                        | b"nonexistent"
                        | b"existing"
                        | b"as"
                        | b"by"
                        | b"disabled"
                        | b"locked"
                        | b"deleted"
                        | b"created"
                        | b"authenticating"
                );
                let says = prev_says
                    || followed_by_login_context(line, after)
                    || (lw == b"user" && login_shaped(line, after));
                if !says {
                    return None;
                }
                self.username_at(after, "user")
            }
            Some(Trigger::Login) => {
                // "No user with login 'oluwaseun'", "login thomas.oneil / password: …"
                let quoted = matches!(line.get(after), Some(b'"') | Some(b'\''));
                let mut e = after;
                while e < line.len() && !matches!(line[e], b' ' | b'\t' | b'"' | b'\'' | b',') {
                    e += 1;
                }
                if quoted
                    || line[e..].starts_with(b" / password")
                    || followed_by_login_context(line, after) && !line[after..].is_empty()
                {
                    return self.username_at(after, "login");
                }
                None
            }
            Some(Trigger::Is) => {
                // "this is Nadia R. Murphy", "my name is Jane Doe"
                let prev = self.prev_word(s).unwrap_or_default();
                if (prev.eq_ignore_ascii_case(b"this") || prev.eq_ignore_ascii_case(b"name"))
                    && starts_upper(line, after)
                {
                    return self.person_at(after, "this is");
                }
                None
            }
            Some(Trigger::Born) => {
                // "Noah Sørensen was born on …": the name before `was`.
                if let Some(w) = self.prev_word(s) {
                    if w == b"was" || w == b"is" {
                        let ws = self.prev[0].0;
                        if ws >= 1 && line[ws - 1] == b' ' {
                            if let Some(ns) = name_before(line, ws - 1) {
                                self.emit(ns, ws - 1, Kind::PERSON, Rule::Context("was born"));
                            }
                        }
                    }
                }
                // `nar. 14. 12. 1952`, `geb. 01.02.1999`: the abbreviation's dot.
                let mut p = if line.get(te) == Some(&b'.') {
                    skip_spaces(line, te + 1)
                } else {
                    after
                };
                if line[p.min(line.len())..].starts_with(b"on ") {
                    p += 3;
                }
                // `geboren am`, `née le`, `nacido el`, `nata il`, `född den`, `sinh ngày`: the
                // word before a date in each language.
                if !line.get(p).is_some_and(u8::is_ascii_digit) {
                    let we = p + line[p.min(line.len())..]
                        .iter()
                        .take_while(|&&b| b != b' ')
                        .count();
                    if DATE_PREPOSITIONS.contains(&line[p.min(we)..we])
                        && line.get(we + 1).is_some_and(u8::is_ascii_digit)
                    {
                        p = we + 1;
                    }
                }
                // "date of birth (06/02/1948)", "date of birth: 1980-01-02", "birth date is …"
                while matches!(line.get(p), Some(b'(') | Some(b':') | Some(b' ')) {
                    p += 1;
                }
                if line[p.min(line.len())..].starts_with(b"is ") {
                    p += 3;
                }
                if !line.get(p).is_some_and(u8::is_ascii_digit) && !starts_upper(line, p) {
                    return None;
                }
                let end = date_end(line, p);
                if end > p && line[p..end].iter().any(u8::is_ascii_digit) {
                    self.emit(p, end, Kind::DATE_OF_BIRTH, Rule::Context("born"));
                    return Some(end);
                }
                None
            }
            Some(Trigger::Bearer) => {
                if line.get(te) != Some(&b' ') {
                    return None;
                }
                let end = secret_token_end(line, after);
                // `scheme=Bearer alg=RS256`: a key and its value, not a token (base64 pads
                // with `=` at its end only).
                let keyed = line[after..end.saturating_sub(2).max(after)].contains(&b'=');
                if end - after >= 8 && !keyed && !is_placeholder(&line[after..end]) {
                    let (kind, rule) = credential_shape(&line[after..end])
                        .unwrap_or((Kind::SECRET, Rule::Context("bearer")));
                    self.emit(after, end, kind, rule);
                    return Some(end);
                }
                None
            }
            Some(Trigger::Password) if !password_phrase(line, s, lw) => None,
            Some(Trigger::Password) => {
                // `wachtwoord is X`, `Passwort lautet: X`, `Hasło tymczasowe: X`, `mật khẩu
                // là X`: past a few filler words, the value.
                if let Some((vs, ve)) = value_after_fillers(line, te) {
                    let v = &line[vs..ve];
                    // `wachtwoord is verlopen` (expired): a plain lowercase word after a
                    // password word of another language says what happened to it. The
                    // English words have their own list of such words below.
                    let english =
                        matches!(lw, b"password" | b"passwd" | b"passcode" | b"passphrase");
                    let plain_word = v.iter().all(|&b| b.is_ascii_lowercase() || b >= 0x80);
                    if !english && plain_word {
                        return None;
                    }
                    if !STATE_WORDS.contains(v) && !is_placeholder(v) {
                        self.emit(vs, ve, Kind::PASSWORD, Rule::Context("password is"));
                        return Some(ve);
                    }
                }
                // SQL's `PASSWORD 'x'`, `PASSWORD('x')`: a literal, whatever it holds.
                let lit = match line.get(te) {
                    Some(b'(') => Some(te + 1),
                    Some(b' ') => Some(after),
                    _ => None,
                };
                if let Some(end) =
                    lit.and_then(|p| self.quoted_literal(p, Kind::PASSWORD, "password literal"))
                {
                    return Some(end);
                }
                // "password set to hunter2" ("password is/was …" went through the fillers
                // above, with every other language's `is`).
                let rest = &line[after.min(line.len())..];
                let skip = if rest.starts_with(b"set to ") {
                    7
                } else {
                    // "connected with password UZ5X)Vh9kq to db", "temporary password Xy7!k2".
                    let prev = self.prev_word(s).unwrap_or_default();
                    let mut pb = [0u8; 16];
                    let prev = lower_into(prev, &mut pb).unwrap_or_default();
                    let ve = secret_token_end(line, after);
                    let announced = matches!(
                        prev,
                        b"with"
                            | b"using"
                            | b"new"
                            | b"temporary"
                            | b"temp"
                            | b"initial"
                            | b"default"
                            | b"generated"
                            | b"random"
                            | b"one-time"
                            | b"his"
                            | b"her"
                            | b"my"
                            | b"your"
                            | b"their"
                    );
                    if line.get(te) == Some(&b' ')
                        && ve > after
                        && (announced || credential_like(&line[after..ve]))
                        && !is_username_stopword(&line[after..ve])
                    {
                        self.emit(after, ve, Kind::PASSWORD, Rule::Context("password word"));
                        return Some(ve);
                    }
                    return None;
                };
                let vs = skip_spaces(line, after + skip);
                let ve = secret_token_end(line, vs);
                // "password set to expire": a word that says something of the password, not
                // the password.
                let described = STATE_WORDS.contains(&line[vs..ve]);
                if ve > vs && !described && !is_placeholder(&line[vs..ve]) {
                    self.emit(vs, ve, Kind::PASSWORD, Rule::Context("password is"));
                    return Some(ve);
                }
                None
            }
            Some(Trigger::Insert) => self.sql_insert(s),
            // Inside a value a key already masked (`name="Martine Le Jean"`), a street or a name
            // would only mask it again; at its last word, one may go on past it
            // (`NAME=JOSÉ DEL RÍO` where the key's reader stopped at `JOSÉ`).
            None if te + 2 < self.covered_until => None,
            None => self.street(s, te, lw).or_else(|| self.known_name(s, te)),
        }
    }

    /// A quoted literal at `p` (`'x'`, `"x"`, `''` doubled inside): its content as `kind`.
    fn quoted_literal(&mut self, p: usize, kind: Kind, rule: &'static str) -> Option<usize> {
        let line = self.line;
        let q = *line.get(p)?;
        if q != b'\'' && q != b'"' {
            return None;
        }
        let mut i = p + 1;
        let close = loop {
            let c = i + memchr::memchr2(q, b'\\', &line[i.min(line.len())..])?;
            // A backslash escape, or the quote doubled (`'it''s'`).
            if line[c] == b'\\' || line.get(c + 1) == Some(&q) {
                i = c + 2;
            } else {
                break c;
            }
        };
        if close > p + 1 {
            self.emit(p + 1, close, kind, Rule::Context(rule));
        }
        Some(close + 1)
    }

    #[inline(never)]
    pub(super) fn person_at(&mut self, p: usize, rule: &'static str) -> Option<usize> {
        let end = person_words(self.line, p)?;
        self.emit(p, end, Kind::PERSON, Rule::Context(rule));
        self.last_person_end = end;
        Some(end)
    }

    #[inline(never)]
    pub(super) fn username_at(&mut self, p: usize, rule: &'static str) -> Option<usize> {
        let line = self.line;
        // `for user 'mike.jones'`
        let quote = line.get(p).copied().filter(|&b| b == b'\'' || b == b'"');
        let p = if quote.is_some() { p + 1 } else { p };
        let mut e = p;
        while e < line.len()
            && (line[e].is_ascii_alphanumeric() || matches!(line[e], b'_' | b'-' | b'.' | b'$'))
        {
            e += 1;
        }
        while e > p && line[e - 1] == b'.' {
            e -= 1;
        }
        if e == p || e - p > 32 || !line[p].is_ascii_alphanumeric() && line[p] != b'_' {
            return None;
        }
        // `by amelie(uid=45774)` (pam_unix) names the login and its uid; any other glued
        // `=`, `@`, `(` or `/` makes the word part of something else.
        let uid_follows = line[e..].starts_with(b"(uid=");
        if !uid_follows
            && line
                .get(e)
                .is_some_and(|&b| matches!(b, b'=' | b'@' | b'(' | b'/'))
        {
            return None;
        }
        if quote.is_some() && line.get(e).copied() != quote {
            return None;
        }
        let w = &line[p..e];
        if is_username_stopword(w) || is_system_identity(w) {
            return None;
        }
        self.emit(p, e, Kind::USERNAME, Rule::Context(rule));
        Some(e)
    }
}
