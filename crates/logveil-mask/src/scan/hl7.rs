//! HL7 v2 segments (`PID|1||MRN123^^^HOSP^MR||Miller^Tanya^J||19690520|F|…`): fields carry no
//! keys, their meaning is their position. The table below follows the HL7 v2.5 field
//! definitions of the segments that hold people: PID (patient), NK1 (next of kin), GT1
//! (guarantor), IN1 (insured), MRG (merged patient) and the provider fields of PV1, ORC and
//! OBR. Fields are split at `|`, repetitions at `~`, components at `^`.

use super::scanner::Scanner;
use crate::span::{Rule, Syntax};
use crate::Kind;

/// What a field holds, and how to mask it.
#[derive(Clone, Copy)]
enum Field {
    /// An extended person name (XPN): family^given^middle^suffix^prefix; the name parts are
    /// masked one by one.
    Name,
    /// An extended composite id and name (XCN, a provider): id^family^given^middle; the
    /// name parts are masked (the id is the provider's registry number).
    IdAndName,
    /// The whole field as one value of this kind.
    Whole(Kind),
    /// An identifier list (CX): the first component of each repetition, of the kind its
    /// identifier type code (component 5) says: `SS` a social security number, `NH`, `NI`,
    /// `TAX`, `DL`, `PPN`… a national id, else a patient or account id.
    Id,
    /// An extended address (XAD): the street and other designation (components 1 and 2).
    Address,
    /// A telephone (XTN): the number (component 1, or area code and local number, 6 and 7);
    /// the email of component 4 is found by its shape.
    Phone,
}

fn field(segment: &[u8], index: usize) -> Option<(Field, &'static str)> {
    use Field::*;
    let f = match (segment, index) {
        (b"PID", 2) => (Id, "PID-2 patient id"),
        (b"PID", 3) => (Id, "PID-3 patient identifier list"),
        (b"PID", 4) => (Id, "PID-4 alternate patient id"),
        (b"PID", 5) => (Name, "PID-5 patient name"),
        (b"PID", 6) => (Name, "PID-6 mother's maiden name"),
        (b"PID", 7) => (Whole(Kind::DATE_OF_BIRTH), "PID-7 date of birth"),
        (b"PID", 9) => (Name, "PID-9 patient alias"),
        (b"PID", 11) => (Address, "PID-11 patient address"),
        (b"PID", 13) => (Phone, "PID-13 home phone"),
        (b"PID", 14) => (Phone, "PID-14 business phone"),
        (b"PID", 18) => (Id, "PID-18 patient account number"),
        (b"PID", 19) => (Whole(Kind::US_SSN), "PID-19 social security number"),
        (b"PID", 20) => (Id, "PID-20 driver's license"),
        (b"PID", 21) => (Id, "PID-21 mother's identifier"),
        (b"PID", 23) => (Address, "PID-23 birth place"),
        (b"NK1", 2) => (Name, "NK1-2 next of kin name"),
        (b"NK1", 4) => (Address, "NK1-4 next of kin address"),
        (b"NK1", 5) => (Phone, "NK1-5 next of kin phone"),
        (b"NK1", 6) => (Phone, "NK1-6 next of kin business phone"),
        (b"NK1", 16) => (
            Whole(Kind::DATE_OF_BIRTH),
            "NK1-16 next of kin date of birth",
        ),
        (b"NK1", 30) => (Name, "NK1-30 contact person's name"),
        (b"NK1", 31) => (Phone, "NK1-31 contact person's phone"),
        (b"NK1", 32) => (Address, "NK1-32 contact person's address"),
        (b"NK1", 37) => (Whole(Kind::US_SSN), "NK1-37 contact person's SSN"),
        (b"GT1", 2) => (Id, "GT1-2 guarantor number"),
        (b"GT1", 3) => (Name, "GT1-3 guarantor name"),
        (b"GT1", 4) => (Name, "GT1-4 guarantor spouse name"),
        (b"GT1", 5) => (Address, "GT1-5 guarantor address"),
        (b"GT1", 6) => (Phone, "GT1-6 guarantor home phone"),
        (b"GT1", 7) => (Phone, "GT1-7 guarantor business phone"),
        (b"GT1", 8) => (Whole(Kind::DATE_OF_BIRTH), "GT1-8 guarantor date of birth"),
        (b"GT1", 12) => (Whole(Kind::US_SSN), "GT1-12 guarantor SSN"),
        (b"IN1", 16) => (Name, "IN1-16 name of insured"),
        (b"IN1", 18) => (Whole(Kind::DATE_OF_BIRTH), "IN1-18 insured's date of birth"),
        (b"IN1", 19) => (Address, "IN1-19 insured's address"),
        (b"IN1", 49) => (Id, "IN1-49 insured's id number"),
        (b"IN2", 2) => (Id, "IN2-2 insured's employee id"),
        (b"IN2", 6) => (Whole(Kind::NATIONAL_ID), "IN2-6 medicare number"),
        (b"IN2", 8) => (Whole(Kind::NATIONAL_ID), "IN2-8 medicaid number"),
        (b"MRG", 1) => (Id, "MRG-1 prior patient identifier"),
        (b"MRG", 7) => (Name, "MRG-7 prior patient name"),
        (b"PV1", 7) => (IdAndName, "PV1-7 attending doctor"),
        (b"PV1", 8) => (IdAndName, "PV1-8 referring doctor"),
        (b"PV1", 9) => (IdAndName, "PV1-9 consulting doctor"),
        (b"PV1", 17) => (IdAndName, "PV1-17 admitting doctor"),
        (b"ORC", 12) => (IdAndName, "ORC-12 ordering provider"),
        (b"OBR", 16) => (IdAndName, "OBR-16 ordering provider"),
        (b"EVN", 5) => (IdAndName, "EVN-5 operator"),
        _ => return None,
    };
    Some(f)
}

/// The segments this module reads (others are left to the other detectors).
fn known_segment(id: &[u8]) -> bool {
    matches!(
        id,
        b"PID" | b"NK1" | b"GT1" | b"IN1" | b"IN2" | b"MRG" | b"PV1" | b"ORC" | b"OBR" | b"EVN"
    )
}

impl Scanner<'_> {
    /// The segment whose 3-letter id is at `s` (followed by `|`). Returns the end of the
    /// segment when it is one this module reads.
    pub(super) fn hl7_segment(&mut self, s: usize) -> Option<usize> {
        let line = self.line;
        let id = &line[s..s + 3];
        if !known_segment(id) {
            return None;
        }
        // A segment starts a line, or follows a segment separator (`\r`, a literal `\r`, a
        // space or a `|` of a log prefix).
        if s > 0
            && !matches!(
                line[s - 1],
                b'\r' | b'\n' | b' ' | b'\t' | b'r' | b'"' | b'|'
            )
        {
            return None;
        }
        let end = segment_end(line, s);
        let mut index = 0;
        let mut fs = s + 4;
        while fs <= end && index < 64 {
            index += 1;
            let fe = memchr::memchr(b'|', &line[fs..end]).map_or(end, |i| fs + i);
            if fe > fs {
                if let Some((what, label)) = field(id, index) {
                    self.hl7_field(fs, fe, what, label);
                }
            }
            fs = fe + 1;
        }
        None
    }

    fn hl7_field(&mut self, fs: usize, fe: usize, what: Field, label: &'static str) {
        let line = self.line;
        let rule = Rule::Position(Syntax::Hl7, label);
        let mut rs = fs;
        while rs < fe {
            let re = memchr::memchr(b'~', &line[rs..fe]).map_or(fe, |i| rs + i);
            match what {
                Field::Whole(kind) => {
                    let (vs, ve) = trim_components(line, rs, re);
                    if ve > vs {
                        self.emit(vs, ve, kind, rule);
                    }
                }
                Field::Id => {
                    let ce = memchr::memchr(b'^', &line[rs..re]).map_or(re, |i| rs + i);
                    let kind = if label.starts_with("PID-20") {
                        Kind::NATIONAL_ID
                    } else {
                        id_kind(component(line, rs, re, 4))
                    };
                    if ce > rs {
                        self.emit(rs, ce, kind, rule);
                    }
                }
                Field::Address => {
                    for k in 0..2 {
                        let (cs, ce) = component_range(line, rs, re, k);
                        if ce > cs {
                            self.emit(cs, ce, Kind::ADDRESS, rule);
                        }
                    }
                }
                Field::Phone => {
                    let (cs, ce) = component_range(line, rs, re, 0);
                    if ce > cs {
                        self.emit(cs, ce, Kind::PHONE, rule);
                    }
                    for k in 5..7 {
                        let (cs, ce) = component_range(line, rs, re, k);
                        if ce > cs {
                            self.emit(cs, ce, Kind::PHONE, rule);
                        }
                    }
                }
                Field::Name | Field::IdAndName => {
                    let names = match what {
                        Field::IdAndName => 1..4,
                        _ => 0..3,
                    };
                    for k in names {
                        let (cs, ce) = component_range(line, rs, re, k);
                        if ce > cs {
                            self.emit(cs, ce, Kind::PERSON, rule);
                        }
                    }
                }
            }
            rs = re + 1;
        }
    }
}

/// Component `k` (0-based) of the repetition `rs..re`, as a byte range (empty when absent).
fn component_range(line: &[u8], rs: usize, re: usize, k: usize) -> (usize, usize) {
    let mut cs = rs;
    for _ in 0..k {
        match memchr::memchr(b'^', &line[cs..re]) {
            Some(i) => cs = cs + i + 1,
            None => return (re, re),
        }
    }
    let ce = memchr::memchr(b'^', &line[cs..re]).map_or(re, |i| cs + i);
    (cs, ce)
}

fn component(line: &[u8], rs: usize, re: usize, k: usize) -> &[u8] {
    let (cs, ce) = component_range(line, rs, re, k);
    &line[cs..ce]
}

/// The kind of an identifier by its HL7 identifier type code (table 0203).
fn id_kind(code: &[u8]) -> Kind {
    match code {
        b"SS" | b"SSN" => Kind::US_SSN,
        b"NH" | b"NI" | b"NN" | b"NNNLD" | b"TAX" | b"TN" | b"DL" | b"PPN" | b"INS" | b"HC"
        | b"JHN" | b"PEN" | b"MC" | b"MA" | b"CZ" => Kind::NATIONAL_ID,
        c if c.starts_with(b"NN") => Kind::NATIONAL_ID,
        _ => Kind::USER_ID,
    }
}

/// The end of a segment starting at `s`: the next segment separator or the end of the line.
fn segment_end(line: &[u8], s: usize) -> usize {
    let mut p = s;
    while let Some(i) = memchr::memchr2(b'\r', b'\\', &line[p..]) {
        let at = p + i;
        if line[at] == b'\r' || line.get(at + 1) == Some(&b'r') {
            return at;
        }
        p = at + 1;
    }
    line.len()
}

/// `rs..re` without leading and trailing empty or code components (`^PRN^PH^^1^217^5550143`
/// keeps `1^217^5550143`; `12 Oak St^^Springfield^IL^62704^USA^H` drops the `^H`).
fn trim_components(line: &[u8], mut rs: usize, mut re: usize) -> (usize, usize) {
    let is_code = |c: &[u8]| c.len() <= 4 && c.iter().all(u8::is_ascii_uppercase);
    loop {
        let ce = memchr::memchr(b'^', &line[rs..re]).map_or(re, |i| rs + i);
        if ce < re && (ce == rs || is_code(&line[rs..ce])) {
            rs = ce + 1;
        } else {
            break;
        }
    }
    loop {
        let cs = memchr::memrchr(b'^', &line[rs..re]).map_or(rs, |i| rs + i + 1);
        if cs > rs && (cs == re || is_code(&line[cs..re])) {
            re = cs - 1;
        } else {
            break;
        }
    }
    (rs, re)
}
