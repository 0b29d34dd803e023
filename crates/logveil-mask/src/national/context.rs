//! Words and key names that announce a national id or bank account, in many languages.
//!
//! Words are normalized like keys are elsewhere in this crate (ASCII lower case, separators and
//! camel-case humps split into segments and joined without them), so `sort_code`, `sortCode`,
//! `Sort Code` and `sort-code` are one word. A key matches on its whole name or on its last
//! segments (`customer_bsn`, `billingAccountNumber`), and a trailing `no`, `nr`, `number`, `id`…
//! may be left off (`tckn_no`, `cpr_nr`).

use super::schemes::Scheme::{self, *};
use crate::words::WordMap;

/// The schemes a context word announces.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Context {
    mask: u64,
    label: &'static str,
}

impl Context {
    const fn of(mask: u64, label: &'static str) -> Self {
        Context { mask, label }
    }

    pub(crate) fn mask(self) -> u64 {
        self.mask
    }

    /// What the word announces (`"NL BSN"`, `"national id"`, `"bank account"`).
    #[cfg(test)]
    pub(crate) fn label(self) -> &'static str {
        self.label
    }

    /// Whether the word announces bank details rather than a person's id.
    #[cfg(test)]
    pub(crate) fn is_bank(self) -> bool {
        self.mask & BANK != 0 && self.mask & NATIONAL == 0
    }

    /// Whether `scheme` is among those announced.
    #[cfg(test)]
    pub(crate) fn announces(self, scheme: Scheme) -> bool {
        self.mask & scheme.bit() != 0
    }
}

const fn bits(schemes: &[Scheme]) -> u64 {
    let mut m = 0;
    let mut i = 0;
    while i < schemes.len() {
        m |= schemes[i].bit();
        i += 1;
    }
    m
}

const fn only(s: Scheme) -> Context {
    Context::of(s.bit(), s.name())
}

/// Every national id scheme that has a shape (not passports or licences: "national id" says
/// nothing about those): the schemes declared before `Passport`, whose bits are the low ones.
pub(super) const NATIONAL: u64 = Scheme::Passport.bit() - 1;
const BANK: u64 = bits(&[UkSortCode, UsRouting, DeBlz, DeKonto, BankAccount]);
/// What "account number" may be: the generic run, or a UK sort code written with its account.
const ACCOUNT: Context = Context::of(bits(&[BankAccount, UkSortCode]), "bank account");
const ANY_BANK: Context = Context::of(BANK, "bank account");
/// "National id" names no country: any scheme's shape, or failing one, a number of 6 to 20
/// digits.
const ANY_ID: Context = Context::of(NATIONAL | IdNumber.bit(), "national id");
const TAX_ID: Context = Context::of(
    bits(&[
        DeSteuerId,
        FrNir,
        ItCodiceFiscale,
        EsDni,
        EsNie,
        EsCif,
        BrCpf,
        BrCnpj,
        InPan,
        AuTfn,
        UsItin,
        NlBsn,
    ]),
    "tax id",
);
const ES_NIF: Context = Context::of(bits(&[EsDni, EsNie, EsCif]), "ES NIF");
const PERSONNUMMER: Context = Context::of(
    bits(&[SePersonnummer, DkCpr, NoFodselsnummer]),
    "personnummer",
);
const RRN: Context = Context::of(
    bits(&[KrRrn, BeNationalNumber]),
    "resident registration number",
);
const ID_CARD: Context = Context::of(
    bits(&[DePersonalausweis, CnResidentId, EsDni, EsNie]),
    "identity card",
);
const KONTO: Context = Context::of(bits(&[DeKonto, BankAccount]), "DE Kontonummer");
const SOCIAL_SECURITY: Context = Context::of(
    bits(&[FrNir, CaSin, BeNationalNumber, FiHetu]),
    "social security number",
);

/// Normalized words. Accented spellings are listed as written and without accents.
pub(super) const WORD_LIST: &[(&[u8], Context)] = &[
    // UK
    (b"nino", only(UkNino)),
    (b"ninumber", only(UkNino)),
    (b"nationalinsurance", only(UkNino)),
    (b"nationalinsurancenumber", only(UkNino)),
    (b"nationalinsuranceno", only(UkNino)),
    // DE
    (b"steuerid", only(DeSteuerId)),
    (b"steueridnr", only(DeSteuerId)),
    (b"steueridentifikationsnummer", only(DeSteuerId)),
    (b"steuerlicheidentifikationsnummer", only(DeSteuerId)),
    (b"identifikationsnummer", only(DeSteuerId)),
    (b"idnr", only(DeSteuerId)),
    (b"personalausweis", only(DePersonalausweis)),
    (b"personalausweisnummer", only(DePersonalausweis)),
    (b"ausweisnummer", only(DePersonalausweis)),
    (b"ausweisnr", only(DePersonalausweis)),
    (b"ausweis", only(DePersonalausweis)),
    // FR
    (b"nir", only(FrNir)),
    (b"nirpp", only(FrNir)),
    (b"numerodesecuritesociale", only(FrNir)),
    ("numérodesécuritésociale".as_bytes(), only(FrNir)),
    (b"securitesociale", only(FrNir)),
    ("sécuritésociale".as_bytes(), only(FrNir)),
    (b"numsecu", only(FrNir)),
    (b"numerosecu", only(FrNir)),
    ("numérosécu".as_bytes(), only(FrNir)),
    (b"secu", only(FrNir)),
    ("sécu".as_bytes(), only(FrNir)),
    (b"insee", only(FrNir)),
    (b"numeroinsee", only(FrNir)),
    ("numéroinsee".as_bytes(), only(FrNir)),
    (b"cartevitale", only(FrNir)),
    (b"nss", only(FrNir)),
    // IT
    (b"codicefiscale", only(ItCodiceFiscale)),
    (b"codfisc", only(ItCodiceFiscale)),
    (b"codfiscale", only(ItCodiceFiscale)),
    (b"cf", only(ItCodiceFiscale)),
    // ES
    (b"dni", only(EsDni)),
    (b"documentonacionaldeidentidad", only(EsDni)),
    (b"nie", only(EsNie)),
    (b"numerodeidentidaddeextranjero", only(EsNie)),
    ("númerodeidentidaddeextranjero".as_bytes(), only(EsNie)),
    (b"cif", only(EsCif)),
    (b"nif", ES_NIF),
    (b"nifnie", ES_NIF),
    // NL
    (b"bsn", only(NlBsn)),
    (b"burgerservicenummer", only(NlBsn)),
    (b"sofinummer", only(NlBsn)),
    (b"sofinr", only(NlBsn)),
    (b"sofi", only(NlBsn)),
    // BE
    (b"rijksregisternummer", only(BeNationalNumber)),
    (b"rijksregisternr", only(BeNationalNumber)),
    (b"rijksregister", only(BeNationalNumber)),
    (b"insz", only(BeNationalNumber)),
    (b"insznummer", only(BeNationalNumber)),
    (b"niss", only(BeNationalNumber)),
    (b"numeronational", only(BeNationalNumber)),
    ("numéronational".as_bytes(), only(BeNationalNumber)),
    (b"registrenational", only(BeNationalNumber)),
    (b"nationaalnummer", only(BeNationalNumber)),
    (b"rrn", RRN),
    // BR
    (b"cpf", only(BrCpf)),
    (b"cadastrodepessoasfisicas", only(BrCpf)),
    ("cadastrodepessoasfísicas".as_bytes(), only(BrCpf)),
    (b"cnpj", only(BrCnpj)),
    // TR
    (b"tckn", only(TrTckn)),
    (b"tckimlikno", only(TrTckn)),
    (b"tckimlik", only(TrTckn)),
    (b"kimlikno", only(TrTckn)),
    (b"kimliknumarasi", only(TrTckn)),
    ("kimliknumarası".as_bytes(), only(TrTckn)),
    (b"tckimliknumarasi", only(TrTckn)),
    ("tckimliknumarası".as_bytes(), only(TrTckn)),
    (b"tcno", only(TrTckn)),
    (b"tcnumarasi", only(TrTckn)),
    ("tcnumarası".as_bytes(), only(TrTckn)),
    // IN
    (b"aadhaar", only(InAadhaar)),
    (b"aadhar", only(InAadhaar)),
    (b"uidai", only(InAadhaar)),
    (b"pan", only(InPan)),
    (b"pancard", only(InPan)),
    (b"permanentaccountnumber", only(InPan)),
    // KR
    ("주민등록번호".as_bytes(), only(KrRrn)),
    ("주민번호".as_bytes(), only(KrRrn)),
    ("외국인등록번호".as_bytes(), only(KrRrn)),
    (b"residentregistrationnumber", only(KrRrn)),
    (b"jumin", only(KrRrn)),
    // PL
    (b"pesel", only(PlPesel)),
    (b"numerpesel", only(PlPesel)),
    // Nordics
    (b"personnummer", PERSONNUMMER),
    (b"personnr", PERSONNUMMER),
    (b"pnr", PERSONNUMMER),
    (b"samordningsnummer", only(SePersonnummer)),
    (b"cpr", only(DkCpr)),
    (b"cprnummer", only(DkCpr)),
    (b"cprnr", only(DkCpr)),
    ("henkilötunnus".as_bytes(), only(FiHetu)),
    (b"henkilotunnus", only(FiHetu)),
    (b"hetu", only(FiHetu)),
    (b"sotu", only(FiHetu)),
    (b"personbeteckning", only(FiHetu)),
    ("fødselsnummer".as_bytes(), only(NoFodselsnummer)),
    (b"fodselsnummer", only(NoFodselsnummer)),
    (b"foedselsnummer", only(NoFodselsnummer)),
    (b"fnr", only(NoFodselsnummer)),
    (b"dnummer", only(NoFodselsnummer)),
    // CN
    ("身份证".as_bytes(), only(CnResidentId)),
    ("身份证号".as_bytes(), only(CnResidentId)),
    ("身份证号码".as_bytes(), only(CnResidentId)),
    ("公民身份号码".as_bytes(), only(CnResidentId)),
    ("居民身份证".as_bytes(), only(CnResidentId)),
    (b"shenfenzheng", only(CnResidentId)),
    // CA, AU, US
    (b"sin", only(CaSin)),
    (b"socialinsurancenumber", only(CaSin)),
    (b"socialinsuranceno", only(CaSin)),
    (b"nas", only(CaSin)),
    (b"numerodassurancesociale", only(CaSin)),
    ("numérodassurancesociale".as_bytes(), only(CaSin)),
    (b"tfn", only(AuTfn)),
    (b"taxfilenumber", only(AuTfn)),
    (b"itin", only(UsItin)),
    (b"mynumber", only(JpMyNumber)),
    (b"snils", only(RuSnils)),
    (b"cnp", only(RoCnp)),
    (b"taj", only(HuTaj)),
    (b"tajszam", only(HuTaj)),
    ("tajszám".as_bytes(), only(HuTaj)),
    (b"amka", only(GrAmka)),
    ("ΑΜΚΑ".as_bytes(), only(GrAmka)),
    ("תז".as_bytes(), only(IlId)),
    ("תעודתזהות".as_bytes(), only(IlId)),
    (b"teudatzehut", only(IlId)),
    (b"rnokpp", only(UaRnokpp)),
    ("РНОКПП".as_bytes(), only(UaRnokpp)),
    ("ІПН".as_bytes(), only(UaRnokpp)),
    ("เลขบัตรประชาชน".as_bytes(), only(ThId)),
    ("เลขประจำตัวประชาชน".as_bytes(), only(ThId)),
    ("снилс".as_bytes(), only(RuSnils)),
    (b"inn", only(RuInn)),
    ("инн".as_bytes(), only(RuInn)),
    // Context words are lowered in ASCII only: Cyrillic abbreviations come in capitals.
    ("ИНН".as_bytes(), only(RuInn)),
    ("СНИЛС".as_bytes(), only(RuSnils)),
    ("पैन".as_bytes(), only(InPan)),
    ("आधार".as_bytes(), only(InAadhaar)),
    ("आधारसंख्या".as_bytes(), only(InAadhaar)),
    ("マイナンバー".as_bytes(), only(JpMyNumber)),
    ("個人番号".as_bytes(), only(JpMyNumber)),
    (b"kojinbango", only(JpMyNumber)),
    (b"cccd", only(VnCccd)),
    (b"cmnd", only(VnCccd)),
    ("căncước".as_bytes(), only(VnCccd)),
    ("căncướccôngdân".as_bytes(), only(VnCccd)),
    ("sốcccd".as_bytes(), only(VnCccd)),
    ("sốđịnhdanh".as_bytes(), only(VnCccd)),
    (b"cancuoc", only(VnCccd)),
    (b"passport", only(Passport)),
    (b"passportnumber", only(Passport)),
    (b"passportno", only(Passport)),
    (b"reisepass", only(Passport)),
    (b"reisepassnummer", only(Passport)),
    (b"passeport", only(Passport)),
    (b"pasaporte", only(Passport)),
    (b"passaporto", only(Passport)),
    (b"driverslicense", only(DriverLicence)),
    (b"driverlicense", only(DriverLicence)),
    (b"driverslicence", only(DriverLicence)),
    (b"driverlicence", only(DriverLicence)),
    (b"drivinglicence", only(DriverLicence)),
    (b"drivinglicense", only(DriverLicence)),
    (b"dlnumber", only(DriverLicence)),
    (b"dlno", only(DriverLicence)),
    ("führerschein".as_bytes(), only(DriverLicence)),
    (b"fuehrerschein", only(DriverLicence)),
    (b"permisdeconduire", only(DriverLicence)),
    // Any country
    (b"nationalid", ANY_ID),
    (b"nationalidentitynumber", ANY_ID),
    (b"nationalidentificationnumber", ANY_ID),
    (b"nationalnumber", ANY_ID),
    (b"idnumber", ANY_ID),
    (b"identitynumber", ANY_ID),
    (b"identificationnumber", ANY_ID),
    (b"personalid", ANY_ID),
    (b"personalidentificationnumber", ANY_ID),
    (b"personalnumber", ANY_ID),
    (b"citizenid", ANY_ID),
    ("شناختیکارڈ".as_bytes(), ANY_ID),
    ("شناختی".as_bytes(), ANY_ID),
    ("அடையாளஅட்டை".as_bytes(), ANY_ID),
    ("ஆதார்".as_bytes(), ANY_ID),
    ("መለያ".as_bytes(), ANY_ID),
    ("የፋይዳመለያ".as_bytes(), ANY_ID),
    (b"bvn", ANY_ID),
    (b"idnommer", ANY_ID),
    ("жсн".as_bytes(), ANY_ID),
    ("ЖСН".as_bytes(), ANY_ID),
    ("иин".as_bytes(), ANY_ID),
    ("ИИН".as_bytes(), ANY_ID),
    ("პირადი".as_bytes(), ANY_ID),
    ("јмбг".as_bytes(), ANY_ID),
    ("ЈМБГ".as_bytes(), ANY_ID),
    (b"nhs", ANY_ID),
    (b"nhsnumber", ANY_ID),
    (b"rhifgig", ANY_ID),
    (b"cnicnumber", ANY_ID),
    (b"nationalidcard", ANY_ID),
    // The words for a national id in languages whose schemes have no check here.
    ("رقمالهوية".as_bytes(), ANY_ID),
    ("رقمالهويةالوطنية".as_bytes(), ANY_ID),
    ("الرقمالقومي".as_bytes(), ANY_ID),
    ("بطاقةالهوية".as_bytes(), ANY_ID),
    ("کدملی".as_bytes(), ANY_ID),
    ("شمارهملی".as_bytes(), ANY_ID),
    ("এনআইডি".as_bytes(), ANY_ID),
    ("জাতীয়পরিচয়পত্র".as_bytes(), ANY_ID),
    ("জাতীয়পরিচয়পত্রনম্বর".as_bytes(), ANY_ID),
    (b"nid", ANY_ID),
    (b"nin", ANY_ID),
    (b"cnic", ANY_ID),
    (b"nik", ANY_ID),
    (b"ktp", ANY_ID),
    (b"mykad", ANY_ID),
    (b"nokp", ANY_ID),
    (b"nombormykad", ANY_ID),
    (b"nomborkadpengenalan", ANY_ID),
    (b"kadpengenalan", ANY_ID),
    (b"philsys", ANY_ID),
    (b"philsysnumber", ANY_ID),
    (b"kitambulisho", ANY_ID),
    (b"nambayakitambulisho", ANY_ID),
    ("егн".as_bytes(), ANY_ID),
    ("ЕГН".as_bytes(), ANY_ID),
    ("лнч".as_bytes(), ANY_ID),
    ("ЛНЧ".as_bytes(), ANY_ID),
    (b"asmenskodas", ANY_ID),
    (b"personaskods", ANY_ID),
    (b"isikukood", ANY_ID),
    (b"kennitala", ANY_ID),
    (b"oib", ANY_ID),
    (b"jmbg", ANY_ID),
    (b"emso", ANY_ID),
    ("emšo".as_bytes(), ANY_ID),
    (b"rodnecislo", ANY_ID),
    ("rodnéčíslo".as_bytes(), ANY_ID),
    ("ΑΦΜ".as_bytes(), ANY_ID),
    ("αφμ".as_bytes(), ANY_ID),
    ("ΑΔΤ".as_bytes(), ANY_ID),
    (b"cedula", ANY_ID),
    ("cédula".as_bytes(), ANY_ID),
    (b"ceduladeidentidad", ANY_ID),
    ("céduladeidentidad".as_bytes(), ANY_ID),
    (b"curp", ANY_ID),
    (b"cuil", ANY_ID),
    (b"cuit", ANY_ID),
    (b"documentodeidentidad", ANY_ID),
    (b"numerodeidentificacion", ANY_ID),
    ("númerodeidentificación".as_bytes(), ANY_ID),
    (b"cartaodecidadao", ANY_ID),
    ("cartãodecidadão".as_bytes(), ANY_ID),
    (b"numerodidentite", ANY_ID),
    ("numérodidentité".as_bytes(), ANY_ID),
    (b"identiteitsnummer", ANY_ID),
    ("identitätsnummer".as_bytes(), ANY_ID),
    (b"idcard", ID_CARD),
    (b"identitycard", ID_CARD),
    (b"taxid", TAX_ID),
    (b"tin", TAX_ID),
    (b"taxnumber", TAX_ID),
    (b"taxpayerid", TAX_ID),
    (b"taxidentificationnumber", TAX_ID),
    (b"socialsecuritynumber", SOCIAL_SECURITY),
    // Bank
    (b"sortcode", only(UkSortCode)),
    (b"routing", only(UsRouting)),
    (b"routingnumber", only(UsRouting)),
    (b"routingtransitnumber", only(UsRouting)),
    (b"aba", only(UsRouting)),
    (b"abarouting", only(UsRouting)),
    (b"abaroutingnumber", only(UsRouting)),
    (b"rtn", only(UsRouting)),
    (b"blz", only(DeBlz)),
    (b"bankleitzahl", only(DeBlz)),
    (b"kontonummer", KONTO),
    (b"kontonr", KONTO),
    (b"konto", KONTO),
    (b"kto", KONTO),
    (b"ktonr", KONTO),
    (b"accountnumber", ACCOUNT),
    (b"accountno", ACCOUNT),
    (b"acct", ACCOUNT),
    (b"acctno", ACCOUNT),
    (b"acctnum", ACCOUNT),
    (b"bankaccount", ANY_BANK),
    (b"bankaccountnumber", ANY_BANK),
    (b"bankdetails", ANY_BANK),
    (b"iban", ANY_BANK),
    (b"rekeningnummer", ACCOUNT),
    (b"rekening", ACCOUNT),
    // "Account" in Tamil, Amharic, Malay, Swahili, Welsh, Azerbaijani, Kazakh, Serbian,
    // Hindi, Bengali, Arabic script and Georgian (with `number` as the filler after it).
    ("கணக்கு".as_bytes(), ACCOUNT),
    ("ሂሳብ".as_bytes(), ACCOUNT),
    (b"akaun", ACCOUNT),
    (b"akaunti", ACCOUNT),
    (b"cyfrif", ACCOUNT),
    (b"hesab", ACCOUNT),
    ("шот".as_bytes(), ACCOUNT),
    ("рачун".as_bytes(), ACCOUNT),
    ("खाता".as_bytes(), ACCOUNT),
    ("অ্যাকাউন্ট".as_bytes(), ACCOUNT),
    ("حساب".as_bytes(), ACCOUNT),
    ("ანგარიში".as_bytes(), ACCOUNT),
    ("hesabnömrəsi".as_bytes(), ACCOUNT),
    (b"numerodecompte", ACCOUNT),
    ("numérodecompte".as_bytes(), ACCOUNT),
    (b"rib", ANY_BANK),
    (b"numerodecuenta", ACCOUNT),
    ("númerodecuenta".as_bytes(), ACCOUNT),
    (b"cuentabancaria", ACCOUNT),
    (b"contocorrente", ACCOUNT),
    (b"numeroconto", ACCOUNT),
    (b"numerkonta", ACCOUNT),
    (b"bankkonto", KONTO),
    (b"hesapno", ACCOUNT),
    (b"hesapnumarasi", ACCOUNT),
    ("hesapnumarası".as_bytes(), ACCOUNT),
    ("계좌번호".as_bytes(), ACCOUNT),
    ("银行账号".as_bytes(), ACCOUNT),
    ("账号".as_bytes(), ACCOUNT),
    ("口座番号".as_bytes(), ACCOUNT),
];

static WORDS: WordMap<Context> = WordMap::new(WORD_LIST);

/// A bit per (second-to-last, last) ASCII letter pair that a context word or a filler ends
/// with: most text before a number ends otherwise, and is ruled out without the look back.
static ENDINGS: [u64; 11] = endings();

const fn ending_bit(a: u8, b: u8) -> Option<usize> {
    let (a, b) = (a.to_ascii_lowercase(), b.to_ascii_lowercase());
    if a.is_ascii_lowercase() && b.is_ascii_lowercase() {
        Some((a - b'a') as usize * 26 + (b - b'a') as usize)
    } else {
        None
    }
}

const fn endings() -> [u64; 11] {
    let mut bits = [0u64; 11];
    let mut i = 0;
    while i < WORD_LIST.len() {
        let w = WORD_LIST[i].0;
        if w.len() >= 2 {
            if let Some(bit) = ending_bit(w[w.len() - 2], w[w.len() - 1]) {
                bits[bit / 64] |= 1 << (bit % 64);
            }
        }
        i += 1;
    }
    const FILLERS: [&[u8]; 9] = [
        b"no", b"nr", b"nro", b"num", b"number", b"nummer", b"numer", b"numero", b"id",
    ];
    let mut f = 0;
    while f < FILLERS.len() {
        let w = FILLERS[f];
        if let Some(bit) = ending_bit(w[w.len() - 2], w[w.len() - 1]) {
            bits[bit / 64] |= 1 << (bit % 64);
        }
        f += 1;
    }
    bits
}

/// Whether the word ending at `end` may end a context word: its last two letters are those
/// of one, or it is not plain ASCII (`sécurité`, `주민등록번호`), which the table does not cover.
fn may_end_context(line: &[u8], end: usize) -> bool {
    match (
        end.checked_sub(2).and_then(|i| line.get(i)),
        end.checked_sub(1).and_then(|i| line.get(i)),
    ) {
        (Some(&a), Some(&b)) if a < 0x80 && b < 0x80 => match ending_bit(a, b) {
            Some(bit) => ENDINGS[bit / 64] & (1 << (bit % 64)) != 0,
            None => false,
        },
        (Some(_), Some(_)) => true,
        _ => false,
    }
}

/// Trailing words that add nothing (`tckn_no`, `bsn number`, `cpr-nr.`, `bsn_id`).
fn is_filler(seg: &[u8]) -> bool {
    matches!(
        seg,
        b"no"
            | b"nr"
            | b"nro"
            | b"num"
            | b"number"
            | b"nummer"
            | b"numer"
            | b"numero"
            | b"id"
            | b"value"
            | b"is"
            // "is" in the languages a support ticket is written in (`CPR-nummer er 1206…`).
            | b"er"
            | b"ist"
            | b"est"
            | b"es"
            | b"on"
            | b"jest"
            | b"je"
            | b"este"
            | b"was"
            | b"lautet"
            // "number" in the languages that write it after the document's name.
            | b"nommer"
            | b"nombor"
            | b"namba"
            | b"ay"
            | b"ni"
            | b"adalah"
            | b"yra"
    ) || seg == "número".as_bytes()
        || seg == "är".as_bytes()
        || seg == "نمبر".as_bytes()
        || seg == "எண்".as_bytes()
        || seg == "ቁጥር".as_bytes()
        || seg == "ნომერი".as_bytes()
        || seg == "номер".as_bytes()
        || seg == "numéro".as_bytes()
}

const MAX_SEGMENTS: usize = 8;
const MAX_LEN: usize = 64;

/// The word or key name `word` (any case; `_ - .` spaces and camel case split segments) as a
/// context word, if it is one.
pub(crate) fn context_word(word: &[u8]) -> Option<Context> {
    // A long key is named by its tail (`…_customer_bsn`): keep the last segments that fit.
    let word = match word.len().checked_sub(MAX_LEN) {
        Some(cut) if cut > 0 => {
            let tail = word.get(cut..)?;
            let skip = tail
                .iter()
                .position(|b| b.is_ascii() && !b.is_ascii_alphanumeric())?;
            tail.get(skip..)?
        }
        _ => word,
    };
    let mut buf = [0u8; MAX_LEN];
    let mut starts = [0usize; MAX_SEGMENTS];
    let mut nseg = 0;
    let mut n = 0;
    let mut in_seg = false;
    let mut prev_lower = false;
    for &b in word {
        let sep = b.is_ascii() && !b.is_ascii_alphanumeric();
        if sep {
            in_seg = false;
            prev_lower = false;
            continue;
        }
        if !in_seg || (b.is_ascii_uppercase() && prev_lower) {
            // Keep the last segments when there are too many: the tail names the value.
            if nseg == MAX_SEGMENTS {
                starts.copy_within(1.., 0);
                nseg -= 1;
            }
            *starts.get_mut(nseg)? = n;
            nseg += 1;
            in_seg = true;
        }
        *buf.get_mut(n)? = b.to_ascii_lowercase();
        n += 1;
        prev_lower = b.is_ascii_lowercase() || b.is_ascii_digit();
    }
    let starts = starts.get(..nseg)?;
    lookup(&buf, starts, n).or_else(|| {
        let &last = starts.last()?;
        let seg = buf.get(last..n)?;
        let trimmed = starts.get(..starts.len() - 1)?;
        if is_filler(seg) && !trimmed.is_empty() {
            lookup(&buf, trimmed, last)
        } else {
            None
        }
    })
}

/// The longest run of trailing segments (ending at `end`) that is a context word.
fn lookup(buf: &[u8], starts: &[usize], end: usize) -> Option<Context> {
    let (k, ctx) = starts
        .iter()
        .enumerate()
        .find_map(|(k, &st)| Some((k, WORDS.get(buf.get(st..end)?)?)))?;
    // `order id number 123456`: the id of a thing, not a person's. Only the schemes with a
    // shape of their own may match after such a noun.
    let noun = k
        .checked_sub(1)
        .and_then(|j| buf.get(starts[j]..starts[k]))
        .is_some_and(is_thing_noun);
    Some(if noun {
        Context::of(ctx.mask & !IdNumber.bit(), ctx.label)
    } else {
        ctx
    })
}

/// Things whose ids are written `… id number`.
fn is_thing_noun(seg: &[u8]) -> bool {
    matches!(
        seg,
        b"order"
            | b"transaction"
            | b"request"
            | b"ticket"
            | b"case"
            | b"invoice"
            | b"session"
            | b"trace"
            | b"job"
            | b"task"
            | b"event"
            | b"message"
            | b"device"
            | b"product"
            | b"item"
            | b"shipment"
            | b"tracking"
            | b"batch"
            | b"payment"
            | b"reference"
            | b"correlation"
            | b"build"
            | b"record"
            | b"file"
    )
}

/// The context word or phrase just before `s` (`bsn: `, `numéro de sécurité sociale `,
/// `"routing_number":"`), if any. Looks back at most 64 bytes.
pub(crate) fn context_before(line: &[u8], s: usize) -> Option<Context> {
    let head = line.get(..s)?;
    // Skip the separators between the word and the value (`: `, `=`, `":"`, ` #`).
    let gap = head
        .iter()
        .rev()
        .take(6)
        // `CPR-nr. 140583-0651`: an abbreviation's dot.
        .take_while(|&&b| {
            matches!(
                b,
                b' ' | b'\t' | b':' | b'=' | b'"' | b'\'' | b'#' | b'(' | b'.'
            )
        })
        .count();
    // `マイナンバー：`: a full-width colon.
    let wide_colon = "：".as_bytes();
    let gap = if gap == 0 && head.ends_with(wide_colon) {
        wide_colon.len()
    } else {
        gap
    };
    let end = s - gap;
    if end == 0
        || (gap == 0 && head.last().is_some_and(u8::is_ascii_alphanumeric))
        || !may_end_context(line, end)
    {
        return None;
    }
    let mut start = end.saturating_sub(MAX_LEN);
    // Do not begin in the middle of a word: a cut word could match by its tail.
    if start > 0 {
        while start < end
            && !line
                .get(start - 1)
                .is_some_and(|b| b.is_ascii() && !b.is_ascii_alphanumeric())
        {
            start += 1;
        }
    }
    context_word(line.get(start..end)?)
}
