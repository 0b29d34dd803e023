//! DICOM attributes as DCMTK's `dcmdump` prints them (`(0010,0010) PN [Doe^Jane]  # 8, 1
//! PatientName`) and as the DICOM JSON model carries person names (`{"vr":"PN","Value":
//! [{"Alphabetic":"Doe^Jane"}]}`). The value comes first and its keyword last: the keyword is
//! classified like any key, and a PN value is a person's name whatever its keyword, masked
//! component by component (family^given^middle^prefix^suffix, with `=` between the alphabetic,
//! ideographic and phonetic groups; the prefix and suffix are titles).

use super::scanner::Scanner;
use crate::keys::KeyClass;
use crate::span::{Rule, Syntax};
use crate::Kind;

/// `(gggg,eeee)`: a tag, four hex digits twice.
fn is_tag(line: &[u8], p: usize) -> bool {
    line.get(p..p + 11).is_some_and(|t| {
        t[0] == b'('
            && t[5] == b','
            && t[10] == b')'
            && t[1..5].iter().chain(&t[6..10]).all(u8::is_ascii_hexdigit)
    })
}

impl Scanner<'_> {
    /// A `dcmdump` line from its tag at `p`: `(0010,0030) DA [19851203]  # 8, 1
    /// PatientBirthDate`. Returns the end of the line when it masked the value.
    pub(super) fn dcmdump_attribute(&mut self, p: usize) -> Option<usize> {
        let line = self.line;
        if !is_tag(line, p) || line.get(p + 11) != Some(&b' ') {
            return None;
        }
        let vr = line.get(p + 12..p + 14)?;
        if !vr.iter().all(u8::is_ascii_uppercase) || line.get(p + 14) != Some(&b' ') {
            return None;
        }
        let open = p + 15;
        if line.get(open) != Some(&b'[') {
            return None;
        }
        let close = open + 1 + memchr::memchr(b']', &line[open + 1..])?;
        let hash = close + memchr::memchr(b'#', &line[close..])?;
        // The keyword is the last word of the line, after `# length, multiplicity`.
        let mut ke = line.len();
        while ke > hash && line[ke - 1] == b' ' {
            ke -= 1;
        }
        let ks = line[hash..ke]
            .iter()
            .rposition(|&b| b == b' ')
            .map_or(ke, |i| hash + i + 1);
        let keyword = &line[ks..ke];
        let (vs, ve) = (open + 1, close);
        if ve <= vs {
            return Some(line.len());
        }
        if vr == b"PN" {
            self.person_name_components(vs, ve, "DICOM PN");
            return Some(line.len());
        }
        // Unique ids (UI: OIDs), code strings, numbers and ages are nobody's, whatever their
        // keyword says (`StudyInstanceUID` ends in `uid`); text and date values may be.
        if !matches!(
            vr,
            b"LO" | b"SH" | b"LT" | b"ST" | b"UT" | b"UC" | b"DA" | b"DT"
        ) {
            return Some(close + 1);
        }
        // A keyword that names nothing personal leaves the value to the other readers (an
        // email in a comment, a phone number under a keyword the table does not list).
        let rule = match self.keys.classify(keyword, false) {
            KeyClass::Sensitive(rule, _) => *rule,
            _ => return Some(open + 1),
        };
        // `DA` values of birth keywords, and the whole value for anything else.
        self.emit(
            vs,
            ve,
            rule.kind,
            Rule::Position(Syntax::Dicom, "DICOM attribute by keyword"),
        );
        Some(line.len())
    }

    /// A DICOM person name `vs..ve`: family^given^middle^prefix^suffix, groups joined by `=`.
    /// The prefix and suffix (`Dr`, `Jr`) are titles, not the person.
    pub(super) fn person_name_components(&mut self, vs: usize, ve: usize, label: &'static str) {
        let line = self.line;
        let mut gs = vs;
        while gs <= ve {
            let ge = memchr::memchr(b'=', &line[gs..ve]).map_or(ve, |i| gs + i);
            let mut cs = gs;
            for index in 0..5 {
                if cs > ge {
                    break;
                }
                let ce = memchr::memchr(b'^', &line[cs..ge]).map_or(ge, |i| cs + i);
                if index < 3 && ce > cs {
                    self.emit(cs, ce, Kind::PERSON, Rule::Position(Syntax::Dicom, label));
                }
                cs = ce + 1;
            }
            gs = ge + 1;
        }
    }
}

impl Scanner<'_> {
    /// DICOM JSON's person name groups: `"Alphabetic":"Doe^Jane"` (and `Ideographic`,
    /// `Phonetic`) at `s..e`. Returns where scanning resumes.
    pub(super) fn dicom_json_name(&mut self, s: usize, e: usize) -> Option<usize> {
        let line = self.line;
        if !matches!(&line[s..e], b"Alphabetic" | b"Ideographic" | b"Phonetic")
            || !line[e..].starts_with(b"\":\"")
        {
            return None;
        }
        let vs = e + 3;
        let ve = vs + memchr::memchr(b'"', &line[vs..])?;
        self.person_name_components(vs, ve, "DICOM JSON PN");
        Some(ve + 1)
    }
}

/// The DICOM Patient module's attributes that hold a person's data but not as a PN: by tag,
/// as the DICOM JSON model names them (`"00100030":{"vr":"DA","Value":["19980516"]}`).
fn patient_tag(tag: &[u8]) -> Option<(Kind, &'static str)> {
    Some(match tag {
        b"00100020" => (Kind::USER_ID, "(0010,0020) PatientID"),
        b"00100030" => (Kind::DATE_OF_BIRTH, "(0010,0030) PatientBirthDate"),
        b"00101000" => (Kind::USER_ID, "(0010,1000) OtherPatientIDs"),
        b"00101040" => (Kind::ADDRESS, "(0010,1040) PatientAddress"),
        b"00102154" => (Kind::PHONE, "(0010,2154) PatientTelephoneNumbers"),
        _ => return None,
    })
}

impl Scanner<'_> {
    /// A DICOM JSON attribute keyed by its tag at `s..e` (`"00100020":{"vr":"LO","Value":
    /// ["MRN27147070"]}`): the first value of the Patient module's personal attributes.
    pub(super) fn dicom_json_tag(&mut self, s: usize, e: usize) -> Option<usize> {
        let line = self.line;
        if e - s != 8 || s == 0 || line[s - 1] != b'"' || !line[e..].starts_with(b"\":{") {
            return None;
        }
        let (kind, label) = patient_tag(&line[s..e])?;
        let object_end = e + memchr::memchr(b'}', &line[e..])?;
        let value = e + memchr::memmem::find(&line[e..object_end], b"\"Value\":[\"")? + 10;
        let ve = value + memchr::memchr(b'"', &line[value..])?;
        if ve > value {
            self.emit(value, ve, kind, Rule::Position(Syntax::Dicom, label));
        }
        Some(ve + 1)
    }
}
