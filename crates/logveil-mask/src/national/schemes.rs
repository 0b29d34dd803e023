//! The schemes, their written shapes, and which validator judges each.

use super::Strength;
use super::{bank, europe, nordic, world};

/// One national id or bank account scheme. The national ids with a shape come first (their
/// bits make `context::NATIONAL`), then the shape-less documents, then bank accounts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Scheme {
    UkNino,
    DeSteuerId,
    DePersonalausweis,
    FrNir,
    ItCodiceFiscale,
    EsDni,
    EsNie,
    EsCif,
    NlBsn,
    BeNationalNumber,
    BrCpf,
    BrCnpj,
    TrTckn,
    InAadhaar,
    InPan,
    KrRrn,
    PlPesel,
    SePersonnummer,
    DkCpr,
    FiHetu,
    NoFodselsnummer,
    CnResidentId,
    CaSin,
    AuTfn,
    UsItin,
    JpMyNumber,
    VnCccd,
    RuSnils,
    RuInn,
    RoCnp,
    HuTaj,
    GrAmka,
    IlId,
    UaRnokpp,
    ThId,
    Passport,
    DriverLicence,
    IdNumber,
    UkSortCode,
    UsRouting,
    DeBlz,
    DeKonto,
    BankAccount,
}

impl Scheme {
    #[cfg(test)]
    pub(crate) const ALL: [Scheme; 43] = [
        Scheme::UkNino,
        Scheme::DeSteuerId,
        Scheme::DePersonalausweis,
        Scheme::FrNir,
        Scheme::ItCodiceFiscale,
        Scheme::EsDni,
        Scheme::EsNie,
        Scheme::EsCif,
        Scheme::NlBsn,
        Scheme::BeNationalNumber,
        Scheme::BrCpf,
        Scheme::BrCnpj,
        Scheme::TrTckn,
        Scheme::InAadhaar,
        Scheme::InPan,
        Scheme::KrRrn,
        Scheme::PlPesel,
        Scheme::SePersonnummer,
        Scheme::DkCpr,
        Scheme::FiHetu,
        Scheme::NoFodselsnummer,
        Scheme::CnResidentId,
        Scheme::CaSin,
        Scheme::AuTfn,
        Scheme::UsItin,
        Scheme::JpMyNumber,
        Scheme::VnCccd,
        Scheme::RuSnils,
        Scheme::RuInn,
        Scheme::RoCnp,
        Scheme::HuTaj,
        Scheme::GrAmka,
        Scheme::IlId,
        Scheme::UaRnokpp,
        Scheme::ThId,
        Scheme::Passport,
        Scheme::DriverLicence,
        Scheme::IdNumber,
        Scheme::UkSortCode,
        Scheme::UsRouting,
        Scheme::DeBlz,
        Scheme::DeKonto,
        Scheme::BankAccount,
    ];

    /// The scheme's bit in a [`super::Context`] mask.
    pub(crate) const fn bit(self) -> u64 {
        1u64 << (self as u32)
    }

    pub(crate) const fn name(self) -> &'static str {
        match self {
            Scheme::UkNino => "UK NINO",
            Scheme::DeSteuerId => "DE Steuer-ID",
            Scheme::DePersonalausweis => "DE Personalausweis",
            Scheme::FrNir => "FR NIR",
            Scheme::ItCodiceFiscale => "IT codice fiscale",
            Scheme::EsDni => "ES DNI",
            Scheme::EsNie => "ES NIE",
            Scheme::EsCif => "ES CIF",
            Scheme::NlBsn => "NL BSN",
            Scheme::BeNationalNumber => "BE national number",
            Scheme::BrCpf => "BR CPF",
            Scheme::BrCnpj => "BR CNPJ",
            Scheme::TrTckn => "TR TC Kimlik No",
            Scheme::InAadhaar => "IN Aadhaar",
            Scheme::InPan => "IN PAN",
            Scheme::KrRrn => "KR RRN",
            Scheme::PlPesel => "PL PESEL",
            Scheme::SePersonnummer => "SE personnummer",
            Scheme::DkCpr => "DK CPR",
            Scheme::FiHetu => "FI henkilötunnus",
            Scheme::NoFodselsnummer => "NO fødselsnummer",
            Scheme::CnResidentId => "CN resident ID",
            Scheme::CaSin => "CA SIN",
            Scheme::AuTfn => "AU TFN",
            Scheme::UsItin => "US ITIN",
            Scheme::JpMyNumber => "JP My Number",
            Scheme::VnCccd => "VN CCCD",
            Scheme::RuSnils => "RU SNILS",
            Scheme::RuInn => "RU INN",
            Scheme::RoCnp => "RO CNP",
            Scheme::HuTaj => "HU TAJ",
            Scheme::GrAmka => "GR AMKA",
            Scheme::IlId => "IL Teudat Zehut",
            Scheme::UaRnokpp => "UA RNOKPP",
            Scheme::ThId => "TH citizen id",
            Scheme::Passport => "passport number",
            Scheme::DriverLicence => "driver's licence",
            Scheme::IdNumber => "national id number",
            Scheme::UkSortCode => "UK sort code",
            Scheme::UsRouting => "US routing number",
            Scheme::DeBlz => "DE BLZ",
            Scheme::DeKonto => "DE Kontonummer",
            Scheme::BankAccount => "bank account number",
        }
    }

    pub(crate) const fn is_bank(self) -> bool {
        matches!(
            self,
            Scheme::UkSortCode
                | Scheme::UsRouting
                | Scheme::DeBlz
                | Scheme::DeKonto
                | Scheme::BankAccount
        )
    }

    /// Schemes whose structure is rigid enough that lower-case letters do not make them
    /// doubtful (an `x` check in Chinese ids is often written small).
    pub(super) const fn lowercase_ok(self) -> bool {
        matches!(self, Scheme::ItCodiceFiscale | Scheme::CnResidentId)
    }

    /// Validates the characters a pattern collected: `None` if invalid, else the most evidence
    /// the number's structure allows (a bis number or a random-check RRN caps it).
    pub(super) fn check(self, c: &[u8]) -> Option<Strength> {
        match self {
            Scheme::UkNino => europe::uk_nino(c),
            Scheme::DeSteuerId => europe::de_steuer_id(c),
            Scheme::DePersonalausweis => europe::de_ausweis(c),
            Scheme::FrNir => europe::fr_nir(c),
            Scheme::ItCodiceFiscale => europe::it_codice_fiscale(c),
            Scheme::EsDni => europe::es_dni(c),
            Scheme::EsNie => europe::es_nie(c),
            Scheme::EsCif => europe::es_cif(c),
            Scheme::NlBsn => europe::nl_bsn(c),
            Scheme::BeNationalNumber => europe::be_national_number(c),
            Scheme::PlPesel => europe::pl_pesel(c),
            Scheme::SePersonnummer => nordic::se_personnummer(c),
            Scheme::DkCpr => nordic::dk_cpr(c),
            Scheme::FiHetu => nordic::fi_hetu(c),
            Scheme::NoFodselsnummer => nordic::no_fodselsnummer(c),
            Scheme::BrCpf => world::br_cpf(c),
            Scheme::BrCnpj => world::br_cnpj(c),
            Scheme::TrTckn => world::tr_tckn(c),
            Scheme::InAadhaar => world::in_aadhaar(c),
            Scheme::InPan => world::in_pan(c),
            Scheme::KrRrn => world::kr_rrn(c),
            Scheme::CnResidentId => world::cn_resident_id(c),
            Scheme::CaSin => world::ca_sin(c),
            Scheme::AuTfn => world::au_tfn(c),
            Scheme::UsItin => world::us_itin(c),
            Scheme::JpMyNumber => world::jp_my_number(c),
            Scheme::VnCccd => world::vn_cccd(c),
            Scheme::RuSnils => world::ru_snils(c),
            Scheme::RuInn => world::ru_inn(c),
            Scheme::RoCnp => world::ro_cnp(c),
            Scheme::HuTaj => world::hu_taj(c),
            Scheme::GrAmka => world::gr_amka(c),
            Scheme::IlId => world::il_id(c),
            Scheme::UaRnokpp => world::ua_rnokpp(c),
            Scheme::ThId => world::th_id(c),
            Scheme::UkSortCode => bank::uk_sort_code(c),
            Scheme::UsRouting => bank::us_routing(c),
            Scheme::DeBlz => bank::de_blz(c),
            // Shape-less schemes are matched by `bank::generic`, never by a pattern.
            Scheme::Passport
            | Scheme::DriverLicence
            | Scheme::IdNumber
            | Scheme::DeKonto
            | Scheme::BankAccount => None,
        }
    }
}

/// How much a written form adds to a valid check.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Mode {
    /// Distinctive: the check's verdict stands.
    Strong,
    /// A bare or common shape: never more than `NeedsContext`.
    Weak,
    /// Too common to report even as `NeedsContext` without a context word (a bare 6- or
    /// 8-digit number): only [`super::match_in_context`] tries it.
    ContextOnly,
}

/// One written form of a scheme.
#[derive(Debug)]
pub(super) struct Pat {
    pub(super) scheme: Scheme,
    pub(super) pat: &'static [u8],
    pub(super) mode: Mode,
    /// Letters and digits before the first separator: the token's alphanumeric run must have
    /// exactly this length, which rules most patterns out without reading them.
    pub(super) lead: u8,
}

const fn is_class(b: u8) -> bool {
    matches!(b, b'd' | b'L' | b'A' | b'x')
}

const fn p(scheme: Scheme, pat: &'static [u8], mode: Mode) -> Pat {
    let mut lead = 0;
    while lead < pat.len() && is_class(pat[lead]) {
        lead += 1;
    }
    assert!(lead < 32 && pat.len() <= 24, "pattern too long");
    Pat {
        scheme,
        pat,
        mode,
        lead: lead as u8,
    }
}

use Mode::{ContextOnly as C, Strong as S, Weak as W};
use Scheme::*;

/// Every written form, distinctive ones first: the first pattern that matches and validates
/// wins, so a bare shape never hides a strong one. Among bare shapes, stronger checks come
/// first (mod 97 before two mod-11 digits before one check digit).
pub(super) const PATTERNS: &[Pat] = &[
    // Distinctive forms.
    p(FrNir, b"d dd dd AA ddd ddd dd", S),
    p(EsNie, b"L-ddddddd-L", S),
    p(BrCnpj, b"AA.AAA.AAA/AAAA-dd", S),
    p(BeNationalNumber, b"dd.dd.dd-ddd.dd", S),
    p(EsDni, b"dd.ddd.ddd-L", S),
    p(UkSortCode, b"dd-dd-dd dddddddd", S),
    p(UkNino, b"LL dd dd dd L", S),
    p(UkNino, b"LL dddddd L", S),
    p(BrCpf, b"ddd.ddd.ddd-dd", S),
    p(RuSnils, b"ddd-ddd-ddd dd", S),
    p(RuSnils, b"ddd-ddd-ddd-dd", S),
    p(ThId, b"d-dddd-ddddd-dd-d", S),
    p(ThId, b"d dddd ddddd dd d", S),
    p(UsItin, b"ddd-dd-dddd", S),
    p(InAadhaar, b"dddd dddd dddd", S),
    p(InAadhaar, b"dddd-dddd-dddd", S),
    p(KrRrn, b"dddddd-ddddddd", S),
    p(SePersonnummer, b"dddddd?dddd", S),
    p(FiHetu, b"dddddd?dddA", S),
    p(EsDni, b"dddddddd-L", S),
    p(EsNie, b"Lddddddd-L", S),
    p(SePersonnummer, b"dddddddd?dddd", S),
    p(BrCpf, b"ddddddddd-dd", S),
    p(UkNino, b"LLddddddL", S),
    p(EsNie, b"LdddddddL", S),
    p(EsDni, b"ddddddddL", S),
    p(FiHetu, b"ddddddLdddA", S),
    p(FrNir, b"dddddAAdddddddd", S),
    p(ItCodiceFiscale, b"LLLLLLAALAALAAAL", S),
    p(CnResidentId, b"dddddddddddddddddx", S),
    // Common forms: weak checks or shapes other numbers take too.
    p(DkCpr, b"dddddd-dddd", W),
    p(NoFodselsnummer, b"dddddd ddddd", W),
    p(DeSteuerId, b"dd ddd ddd ddd", W),
    p(UkSortCode, b"dd-dd-dd", W),
    p(NlBsn, b"dddd.dd.ddd", W),
    p(CaSin, b"ddd ddd ddd", W),
    p(CaSin, b"ddd-ddd-ddd", W),
    p(AuTfn, b"ddd ddd ddd", W),
    p(EsDni, b"dddddddd L", W),
    p(NlBsn, b"ddddddddd", W),
    p(UsItin, b"ddddddddd", W),
    p(CaSin, b"ddddddddd", W),
    p(AuTfn, b"ddddddddd", W),
    p(UsRouting, b"ddddddddd", W),
    p(SePersonnummer, b"dddddddddd", W),
    p(DkCpr, b"dddddddddd", W),
    p(DePersonalausweis, b"AAAAAAAAAd", W),
    p(InPan, b"LLLLLddddL", W),
    p(EsCif, b"LdddddddA", W),
    p(UkNino, b"LLdddddd", W),
    p(BeNationalNumber, b"ddddddddddd", W),
    p(NoFodselsnummer, b"ddddddddddd", W),
    p(BrCpf, b"ddddddddddd", W),
    p(TrTckn, b"ddddddddddd", W),
    p(PlPesel, b"ddddddddddd", W),
    p(DeSteuerId, b"ddddddddddd", W),
    p(SePersonnummer, b"dddddddddddd", W),
    p(InAadhaar, b"dddddddddddd", W),
    p(JpMyNumber, b"dddddddddddd", W),
    p(RuInn, b"dddddddddddd", W),
    p(RoCnp, b"ddddddddddddd", W),
    p(ThId, b"ddddddddddddd", W),
    p(GrAmka, b"ddddddddddd", W),
    p(UaRnokpp, b"dddddddddd", W),
    p(HuTaj, b"ddd ddd ddd", W),
    p(HuTaj, b"ddddddddd", W),
    p(IlId, b"ddddddddd", W),
    p(JpMyNumber, b"dddd dddd dddd", W),
    p(KrRrn, b"ddddddddddddd", W),
    p(BrCnpj, b"AAAAAAAAAAAAdd", W),
    // Bare numbers that only a context word makes a bank code.
    p(UkSortCode, b"dddddd", C),
    p(UkSortCode, b"dd dd dd", C),
    p(DeBlz, b"dddddddd", C),
    p(DeBlz, b"ddd ddd dd", C),
    // Vietnam's citizen id has structure (a province code, the century and sex, the year of
    // birth) but no check digit.
    p(VnCccd, b"dddddddddddd", C),
    p(RuSnils, b"ddddddddddd", C),
];

const fn leads(first_digit: bool) -> u32 {
    let mut mask = 0u32;
    let mut i = 0;
    while i < PATTERNS.len() {
        let first = PATTERNS[i].pat[0];
        let fits = if first_digit {
            matches!(first, b'd' | b'A' | b'x')
        } else {
            matches!(first, b'L' | b'A')
        };
        if fits {
            mask |= 1 << PATTERNS[i].lead;
        }
        i += 1;
    }
    mask
}

/// For each lead length, the set of patterns with that lead (bit `i` for `PATTERNS[i]`): a
/// value's lead picks its few candidates in pattern order without a pass over the table.
pub(super) const BY_LEAD: [u128; 32] = by_lead();

const fn by_lead() -> [u128; 32] {
    assert!(PATTERNS.len() <= 128, "more patterns than BY_LEAD has bits");
    let mut out = [0u128; 32];
    let mut i = 0;
    while i < PATTERNS.len() {
        out[PATTERNS[i].lead as usize] |= 1 << i;
        i += 1;
    }
    out
}

/// Alphanumeric run lengths some pattern starting with a digit (letter) can have.
pub(super) const DIGIT_LEADS: u32 = leads(true);
pub(super) const ALPHA_LEADS: u32 = leads(false);
