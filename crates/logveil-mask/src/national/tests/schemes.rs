//! One test per scheme: valid numbers in each written form, and the invalid ones next to them
//! (a digit changed, digits swapped, a wrong check letter, an impossible date).

use super::super::schemes::Scheme;
use super::super::Strength::{NeedsContext, Strong};
use super::super::{context_word, match_at, match_in_context};
use super::{
    in_ctx, none, not_in_ctx, not_scheme, strong, substitutions_fail, transpositions_fail, weak,
};

// ------------------------------------------------------------------ United Kingdom

#[test]
fn uk_nino() {
    // HMRC's own example (NIM39110) uses the QQ prefix, which validate.rs accepts on purpose.
    strong("QQ 12 34 56 A", Scheme::UkNino);
    strong("AB123456C", Scheme::UkNino);
    strong("JG 103759 D", Scheme::UkNino);
    weak("AB123456", Scheme::UkNino);
    // Suffix outside A–D, unused letters, never-issued prefixes.
    not_scheme("AB123456E", Scheme::UkNino);
    not_scheme("DA123456A", Scheme::UkNino);
    not_scheme("AO123456A", Scheme::UkNino);
    not_scheme("GB123456A", Scheme::UkNino);
    // Lower case reads like a base-36 id.
    weak("ab123456c", Scheme::UkNino);
}

// ------------------------------------------------------------------ Germany

#[test]
fn de_steuer_id() {
    // 12345678995 is the worked example of kryptografie.de; the others computed.
    weak("12345678995", Scheme::DeSteuerId);
    weak("86095742719", Scheme::DeSteuerId);
    weak("12 345 678 995", Scheme::DeSteuerId);
    in_ctx("steuer-id", "47150286348", Scheme::DeSteuerId);
    // 0 and 6 both repeated: the check digit is right, the number impossible.
    not_in_ctx("steuer-id", "47150028663");
    in_ctx("IdNr", "11213456783", Scheme::DeSteuerId);
    in_ctx(
        "Steueridentifikationsnummer",
        "11234567890",
        Scheme::DeSteuerId,
    );
    // 36 574 261 809 and 36554266806 are python-stdnum's examples (valid; two digits repeated).
    weak("36 574 261 809", Scheme::DeSteuerId);
    not_in_ctx("steuerid", "36554266806");
    // Two digits repeated, no digit repeated, a leading 0: all with right check digits.
    not_in_ctx("steuerid", "11223456785");
    not_in_ctx("steuerid", "12345678903");
    not_in_ctx("steuerid", "01234567896");
    // Wrong check digit.
    not_in_ctx("steuerid", "12345678994");
    substitutions_fail(Scheme::DeSteuerId, "86095742719");
}

#[test]
fn de_personalausweis() {
    // T22000129 with check digit 3: the specimen card's MRZ (IDD<<T220001293).
    in_ctx("Ausweisnummer", "T220001293", Scheme::DePersonalausweis);
    in_ctx("personalausweis", "LZ6311T475", Scheme::DePersonalausweis);
    weak("LZ6311T475", Scheme::DePersonalausweis);
    not_in_ctx("ausweisnummer", "T220001294");
    // O and I are never used in serial numbers.
    not_in_ctx("ausweisnummer", "TO20001293");
}

// ------------------------------------------------------------------ France

#[test]
fn fr_nir() {
    strong("1 85 08 75 123 456 24", Scheme::FrNir);
    strong("185087512345624", Scheme::FrNir);
    // Corsica: 2A and 2B count as 19 and 18 in the key.
    strong("269052A00410136", Scheme::FrNir);
    strong("1 69 05 2B 004 101 16", Scheme::FrNir);
    // Born abroad (99) in December 1999; born abroad in an unknown month (pseudo-month 50),
    // and a temporary number (sex digit 3): valid, but weaker.
    strong("199129934500118", Scheme::FrNir);
    weak("199509934500144", Scheme::FrNir);
    weak("385087512345621", Scheme::FrNir);
    strong("285029912304529", Scheme::FrNir);
    // Wrong key, month 13, sex 5.
    not_scheme("185087512345625", Scheme::FrNir);
    not_scheme("185137512345624", Scheme::FrNir);
    substitutions_fail(Scheme::FrNir, "185087512345624");
    transpositions_fail(Scheme::FrNir, "185087512345624");
    // A Corsican key computed without the 19/18 substitution does not pass.
    not_scheme("269052A00410137", Scheme::FrNir);
    in_ctx(
        "numéro de sécurité sociale",
        "1 85 08 75 123 456 24",
        Scheme::FrNir,
    );
}

// ------------------------------------------------------------------ Italy

#[test]
fn it_codice_fiscale() {
    // RSSMRA85T10A562S is the specimen "Mario Rossi" code of many official forms.
    strong("RSSMRA85T10A562S", Scheme::ItCodiceFiscale);
    strong("BNCLRA92E55F205G", Scheme::ItCodiceFiscale);
    strong("VRDGPP13P10B048N", Scheme::ItCodiceFiscale);
    // Omocodia: the last digit 2 written N.
    strong("RSSMRA85T10A56NH", Scheme::ItCodiceFiscale);
    strong("rssmra85t10a562s", Scheme::ItCodiceFiscale);
    // Wrong check letter, month letter F (not a month), day 32, a non-omocodia letter.
    none("RSSMRA85T10A562T");
    none("RSSMRA85F10A562S");
    none("RSSMRA85T32A562S");
    none("RSSMRA85T10A56AS");
}

// ------------------------------------------------------------------ Spain

#[test]
fn es_dni_nie_cif() {
    // 12345678Z is the Ministerio del Interior's worked example.
    strong("12345678Z", Scheme::EsDni);
    strong("87654321X", Scheme::EsDni);
    strong("12345678-Z", Scheme::EsDni);
    strong("12.345.678-Z", Scheme::EsDni);
    weak("12345678 Z", Scheme::EsDni);
    weak("12345678z", Scheme::EsDni);
    none("12345678A");
    none("12345687Z");
    strong("X1234567L", Scheme::EsNie);
    strong("Y7654321G", Scheme::EsNie);
    strong("Z2345678M", Scheme::EsNie);
    strong("X-1234567-L", Scheme::EsNie);
    strong("X1234567-L", Scheme::EsNie);
    none("X1234567M");
    none("W1234567L");
    // CIF: companies (A, B) write a digit, public bodies (P, Q) a letter, others either.
    weak("A58818501", Scheme::EsCif);
    weak("Q2826000H", Scheme::EsCif);
    weak("G2345678C", Scheme::EsCif);
    weak("G23456783", Scheme::EsCif);
    none("A5881850A");
    none("Q28260008");
    none("A58818502");
    in_ctx("NIF", "B12345674", Scheme::EsCif);
    in_ctx("nif", "12345678Z", Scheme::EsDni);
    in_ctx("NIE", "X9876543K", Scheme::EsNie);
    substitutions_fail(Scheme::EsDni, "87654321X");
    transpositions_fail(Scheme::EsDni, "87654321X");
}

// ------------------------------------------------------------------ Netherlands, Belgium

#[test]
fn nl_bsn() {
    // 123456782 is the worked example of the BSN 11-proof in Dutch government guidance.
    weak("123456782", Scheme::NlBsn);
    weak("1234.56.782", Scheme::NlBsn);
    in_ctx("bsn", "111222333", Scheme::NlBsn);
    in_ctx("burgerservicenummer", "249566758", Scheme::NlBsn);
    in_ctx("customer_bsn", "100000009", Scheme::NlBsn);
    not_in_ctx("bsn", "123456783");
    not_in_ctx("bsn", "000000000");
    substitutions_fail(Scheme::NlBsn, "249566758");
    transpositions_fail(Scheme::NlBsn, "249566758");
}

#[test]
fn be_national_number() {
    // 93051822361: worked example of a man born 18 May 1993 (viw-costablanca.com guide).
    weak("93051822361", Scheme::BeNationalNumber);
    strong("93.05.18-223.61", Scheme::BeNationalNumber);
    strong("85.07.30-033.28", Scheme::BeNationalNumber);
    // Born in 2000 or later: the key is computed with a leading 2.
    strong("00.01.25-567.77", Scheme::BeNationalNumber);
    strong("00.02.29-001.45", Scheme::BeNationalNumber);
    // 29 February 2001 does not exist, whatever the key says.
    none("01.02.29-001.66");
    // Unknown month and day, bis number (month + 40): valid, weaker.
    weak("85.00.00-001.38", Scheme::BeNationalNumber);
    weak("85.47.30-045.05", Scheme::BeNationalNumber);
    none("93.05.18-223.62");
    in_ctx(
        "rijksregisternummer",
        "85073003328",
        Scheme::BeNationalNumber,
    );
    substitutions_fail(Scheme::BeNationalNumber, "85073003328");
    transpositions_fail(Scheme::BeNationalNumber, "85073003328");
}

// ------------------------------------------------------------------ Brazil

#[test]
fn br_cpf_cnpj() {
    strong("123.456.789-09", Scheme::BrCpf);
    strong("529.982.247-25", Scheme::BrCpf);
    strong("111444777-35", Scheme::BrCpf);
    weak("12345678909", Scheme::BrCpf);
    none("123.456.789-08");
    none("123.456.798-09");
    // All digits the same passes both checks but is never issued.
    none("111.111.111-11");
    in_ctx("cpf", "98765432100", Scheme::BrCpf);
    // 11.222.333/0001-81 is the CNPJ example of the Receita's validation documentation.
    strong("11.222.333/0001-81", Scheme::BrCnpj);
    strong("04.525.664/0001-25", Scheme::BrCnpj);
    // Alphanumeric CNPJ (IN RFB 2.229/2024): the Receita's example 12.ABC.345/01DE-35.
    strong("12.ABC.345/01DE-35", Scheme::BrCnpj);
    weak("12ABC34501DE35", Scheme::BrCnpj);
    in_ctx("cnpj", "11222333000181", Scheme::BrCnpj);
    none("11.222.333/0001-82");
    none("12.ABC.345/01DE-36");
    none("00.000.000/0000-00");
}

// ------------------------------------------------------------------ Turkey

#[test]
fn tr_tckn() {
    // 10000000146 is the first number ever issued; 10562272296 a worked example (tamindir.com).
    weak("10000000146", Scheme::TrTckn);
    weak("10562272296", Scheme::TrTckn);
    in_ctx("tckn", "34216584610", Scheme::TrTckn);
    in_ctx("TC Kimlik No", "23456789138", Scheme::TrTckn);
    in_ctx("tc_kimlik_no", "98765432150", Scheme::TrTckn);
    not_in_ctx("tckn", "10000000147");
    // A leading zero is never issued.
    not_in_ctx("tckn", "01234567890");
    substitutions_fail(Scheme::TrTckn, "34216584610");
}

// ------------------------------------------------------------------ India

#[test]
fn in_aadhaar_pan() {
    strong("2345 6789 0124", Scheme::InAadhaar);
    strong("4991-7356-1232", Scheme::InAadhaar);
    weak("987654321012", Scheme::InAadhaar);
    // A valid Verhoeff check but a first digit of 1: never issued.
    not_scheme("1234 5678 9010", Scheme::InAadhaar);
    none("2345 6789 0125");
    in_ctx("aadhaar", "234567890124", Scheme::InAadhaar);
    in_ctx("Aadhaar No", "2345 6789 0124", Scheme::InAadhaar);
    substitutions_fail(Scheme::InAadhaar, "499173561232");
    transpositions_fail(Scheme::InAadhaar, "499173561232");
    // PAN: the 4th letter is the holder type (P person, C company…); no public check letter.
    weak("ABCPE1234F", Scheme::InPan);
    in_ctx("pan", "AAACB1234C", Scheme::InPan);
    not_in_ctx("pan", "ABCDE1234F");
    not_in_ctx("pan", "ABCPE0000F");
    // A card number under a `pan` key (primary account number) is not an Indian PAN.
    not_in_ctx("pan", "4111111111111111");
}

// ------------------------------------------------------------------ Korea

#[test]
fn kr_rrn() {
    strong("850101-1234566", Scheme::KrRrn);
    strong("040229-3123453", Scheme::KrRrn);
    weak("8501011234566", Scheme::KrRrn);
    // Numbers issued since October 2020 end in random digits: the check may fail.
    weak("850101-1234567", Scheme::KrRrn);
    // Impossible dates: 2002 was not a leap year; month 13; century digit 3 with 1999 dates
    // is still a date (2099), so only the calendar decides.
    none("020229-3123459");
    none("851301-1234566");
    none("850132-1234566");
    in_ctx("주민등록번호", "850101-1234566", Scheme::KrRrn);
    in_ctx("rrn", "9005152345671", Scheme::KrRrn);
}

// ------------------------------------------------------------------ Poland

#[test]
fn pl_pesel() {
    // 44051401359 is the example number of the PESEL article on Wikipedia.
    weak("44051401359", Scheme::PlPesel);
    in_ctx("pesel", "02270803624", Scheme::PlPesel);
    in_ctx("PESEL", "00810100019", Scheme::PlPesel);
    in_ctx("pesel", "00242900018", Scheme::PlPesel);
    // 29 February 1990; month 13; wrong check digit.
    not_in_ctx("pesel", "90022900011");
    not_in_ctx("pesel", "44131401359");
    not_in_ctx("pesel", "44051401358");
    substitutions_fail(Scheme::PlPesel, "02270803624");
}

// ------------------------------------------------------------------ Nordics

#[test]
fn se_personnummer() {
    // 811218-9876 and 640823-3234 are Skatteverket's worked examples.
    strong("811218-9876", Scheme::SePersonnummer);
    strong("640823-3234", Scheme::SePersonnummer);
    strong("850709+9805", Scheme::SePersonnummer);
    strong("19850709-9805", Scheme::SePersonnummer);
    // Samordningsnummer: day + 60.
    strong("701063-2391", Scheme::SePersonnummer);
    weak("8112189876", Scheme::SePersonnummer);
    in_ctx("personnummer", "198112189876", Scheme::SePersonnummer);
    none("811218-9877");
    none("811318-9876");
    // 29 February 1901 does not exist; in 2000 it did (and 1900 is not known to be meant).
    not_scheme("010229-1234", Scheme::SePersonnummer);
    strong("000229-1235", Scheme::SePersonnummer);
    none("19010229-1234");
    substitutions_fail(Scheme::SePersonnummer, "8112189876");
}

#[test]
fn dk_cpr() {
    weak("010180-1234", Scheme::DkCpr);
    in_ctx("cpr", "0101801234", Scheme::DkCpr);
    in_ctx("CPR-nr.", "290200-4000", Scheme::DkCpr);
    // 29 February: 1900 (serial 0–3) was not a leap year, 2000 (serial 4, year 00) was.
    not_in_ctx("cpr", "290200-1000");
    not_in_ctx("cpr", "320180-1234");
}

#[test]
fn fi_hetu() {
    // 131052-308T is DVV's worked example; 010594Y9032 and 020516C903K are DVV test
    // persons with the century signs introduced in 2023.
    strong("131052-308T", Scheme::FiHetu);
    strong("010594Y9032", Scheme::FiHetu);
    strong("020516C903K", Scheme::FiHetu);
    strong("311299+0029", Scheme::FiHetu);
    strong("150523B456B", Scheme::FiHetu);
    none("131052-308U");
    none("131052G308T");
    // 29 February 1901.
    none("290201-123J");
    in_ctx("hetu", "131052-308T", Scheme::FiHetu);
    substitutions_fail(Scheme::FiHetu, "131052-308T");
}

#[test]
fn no_fodselsnummer() {
    // 31129956715 is the worked example of fnrinfo.no (born 31.12.1899).
    weak("31129956715", Scheme::NoFodselsnummer);
    weak("311299 56715", Scheme::NoFodselsnummer);
    in_ctx("fødselsnummer", "01019012480", Scheme::NoFodselsnummer);
    // D-number (day + 40), H-number (month + 40).
    in_ctx("fnr", "41019012393", Scheme::NoFodselsnummer);
    in_ctx("fnr", "01419012544", Scheme::NoFodselsnummer);
    in_ctx("personnummer", "15080551212", Scheme::NoFodselsnummer);
    not_in_ctx("fnr", "31129956716");
    substitutions_fail(Scheme::NoFodselsnummer, "31129956715");
    transpositions_fail(Scheme::NoFodselsnummer, "31129956715");
}

// ------------------------------------------------------------------ China

#[test]
fn cn_resident_id() {
    // GB 11643-1999's own examples.
    strong("11010519491231002X", Scheme::CnResidentId);
    strong("440524188001010014", Scheme::CnResidentId);
    strong("11010519491231002x", Scheme::CnResidentId);
    strong("110105200002291235", Scheme::CnResidentId);
    // 29 February 1900, province 99, wrong check.
    none("110105190002291239");
    none("990105194912310023");
    none("11010519491231002Y");
    none("110105194912310021");
    substitutions_fail(Scheme::CnResidentId, "513101198201130014");
    transpositions_fail(Scheme::CnResidentId, "513101198201130014");
    in_ctx("身份证号码", "11010519491231002X", Scheme::CnResidentId);
}

// ------------------------------------------------------------------ Canada, Australia, US

#[test]
fn ca_sin_au_tfn_us_itin() {
    // 130 692 544: the worked example of "How to validate Canada SIN numbers".
    weak("130 692 544", Scheme::CaSin);
    weak("130-692-544", Scheme::CaSin);
    in_ctx("sin", "130692544", Scheme::CaSin);
    in_ctx("social insurance number", "712 345 677", Scheme::CaSin);
    // First digits 0 and 8 are not assigned.
    not_in_ctx("sin", "012345674");
    not_in_ctx("sin", "812345676");
    // 123 456 782: the ATO check worked through in published explanations.
    in_ctx("tfn", "123 456 782", Scheme::AuTfn);
    in_ctx("tax file number", "876543210", Scheme::AuTfn);
    not_in_ctx("tfn", "123456783");
    transpositions_fail(Scheme::AuTfn, "876543210");
    strong("912-70-1234", Scheme::UsItin);
    strong("900-50-0000", Scheme::UsItin);
    in_ctx("itin", "923945678", Scheme::UsItin);
    // Middle digits 66–69, 89 and 93 (ATIN) are not ITINs; SSNs never start with 9 and are
    // the scanner's own business.
    none("912-66-1234");
    none("912-93-1234");
    none("123-45-6789");
}

#[test]
fn key_only_schemes() {
    in_ctx("passport_number", "C03005988", Scheme::Passport);
    in_ctx("Reisepass", "C01X00T47", Scheme::Passport);
    not_in_ctx("passport", "verified");
    in_ctx("driver's license", "D1234567", Scheme::DriverLicence);
    in_ctx("drivers_license", "S530-4606-0311", Scheme::DriverLicence);
    not_in_ctx("driverLicense", "none");
    // A national-id word does not open the door to anything alphanumeric.
    not_in_ctx("national id", "C03005988");
}

// ------------------------------------------------------------------ bank accounts

#[test]
fn bank_accounts() {
    let bank = |line: &str| match_at(line.as_bytes(), 0).map(|m| (m.bank, m.strength));
    strong("12-34-56 12345678", Scheme::UkSortCode);
    assert_eq!(bank("12-34-56 12345678"), Some((true, Strong)));
    weak("12-34-56", Scheme::UkSortCode);
    in_ctx("sort code", "123456", Scheme::UkSortCode);
    in_ctx("sortCode", "12 34 56", Scheme::UkSortCode);
    in_ctx("account no", "12345678", Scheme::BankAccount);
    in_ctx("account number", "12-34-56 12345678", Scheme::UkSortCode);
    // 021000021 and 111000025 are published routing numbers (JPMorgan Chase, Bank of America).
    weak("021000021", Scheme::UsRouting);
    in_ctx("routing number", "021000021", Scheme::UsRouting);
    in_ctx("ABA", "111000025", Scheme::UsRouting);
    in_ctx("routing_number", "011000015", Scheme::UsRouting);
    // Prefix 13 is no Federal Reserve district; wrong check digit.
    not_in_ctx("routing", "131123403");
    not_in_ctx("routing", "021000022");
    // 37040044 / 0532013000 are the BLZ and account of the IBAN DE89370400440532013000.
    in_ctx("BLZ", "37040044", Scheme::DeBlz);
    in_ctx("bankleitzahl", "370 400 44", Scheme::DeBlz);
    not_in_ctx("blz", "97040044");
    in_ctx("Kontonummer", "0532013000", Scheme::DeKonto);
    in_ctx("konto", "532013000", Scheme::DeKonto);
    in_ctx("konto", "123456789012", Scheme::BankAccount);
    in_ctx(
        "bank account number",
        "1234 5678 9012 34",
        Scheme::BankAccount,
    );
    in_ctx("IBAN", "123456789012", Scheme::BankAccount);
    in_ctx("iban", "37040044", Scheme::DeBlz);
    not_in_ctx("account no", "1234567");
    not_in_ctx("account no", "123456789012345678901");
    let acct = match_in_context(b"12345678", 0, context_word(b"account_number").unwrap()).unwrap();
    assert!(acct.bank && acct.strength == NeedsContext);
    let id = match_in_context(b"123456782", 0, context_word(b"bsn").unwrap()).unwrap();
    assert!(!id.bank);
}

// ------------------------------------------------------------------ Japan, Vietnam, Russia,
// Romania, Hungary, Greece, Israel, Ukraine, Thailand (added with the third unseen corpus)

#[test]
fn jp_vn_ru_ids() {
    in_ctx("My Number", "123456789018", Scheme::JpMyNumber);
    not_in_ctx("My Number", "123456789019");
    in_ctx("CCCD", "031158398430", Scheme::VnCccd);
    // Province 097 does not exist.
    not_in_ctx("CCCD", "097158398430");
    in_ctx("SNILS", "01239116609", Scheme::RuSnils);
    not_in_ctx("SNILS", "01239116608");
    in_ctx("INN", "770661098888", Scheme::RuInn);
    not_in_ctx("INN", "770661098887");
}

#[test]
fn ro_hu_gr_il_ua_th_ids() {
    in_ctx("CNP", "1830703048400", Scheme::RoCnp);
    not_in_ctx("CNP", "1830703048401");
    substitutions_fail(Scheme::RoCnp, "1830703048400");
    in_ctx("TAJ", "509744850", Scheme::HuTaj);
    in_ctx("TAJ szám", "509 744 850", Scheme::HuTaj);
    not_in_ctx("TAJ", "509744851");
    in_ctx("AMKA", "13065645254", Scheme::GrAmka);
    // The first six digits are a date: month 13 is none.
    not_in_ctx("AMKA", "13135645254");
    in_ctx("teudat zehut", "349254334", Scheme::IlId);
    in_ctx("ת\"ז", "349254334", Scheme::IlId);
    not_in_ctx("teudat zehut", "349254335");
    in_ctx("RNOKPP", "3704888950", Scheme::UaRnokpp);
    not_in_ctx("RNOKPP", "3704888951");
    strong("1-0439-17052-97-9", Scheme::ThId);
    // Thailand's check maps two remainders to one digit: a substitution can pass it.
    in_ctx("เลขบัตรประชาชน", "4693018416098", Scheme::ThId);
    not_in_ctx("เลขบัตรประชาชน", "4693018416097");
}
