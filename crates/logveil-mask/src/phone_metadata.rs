//! libphonenumber's metadata as plain data: what `build.rs` read from the `phonenumber` crate.
//! Patterns stay text here; the phone reader compiles a region's when it is first needed.

/// A number type's national-number pattern and the lengths its numbers have.
#[derive(Debug)]
pub(crate) struct Desc {
    pub pattern: &'static str,
    pub lengths: &'static [u16],
    pub local_lengths: &'static [u16],
}

/// One national format: the pattern of the numbers it writes, how it writes them, the leading
/// digits that select it, and its national-prefix formatting rule.
#[derive(Debug)]
pub(crate) struct FormatMeta {
    pub pattern: &'static str,
    pub format: &'static str,
    pub leading_digits: Option<&'static str>,
    pub national_prefix_rule: Option<&'static str>,
    pub national_prefix_optional: bool,
}

/// One region's metadata. `types` are, in order: premium rate, toll free, shared cost, VoIP,
/// personal number, pager, UAN, voicemail, fixed line, mobile.
#[derive(Debug)]
pub(crate) struct RegionMeta {
    pub id: &'static str,
    pub general: &'static str,
    pub types: [Option<Desc>; 10],
    pub national_prefix: Option<&'static str>,
    pub national_prefix_for_parsing: Option<&'static str>,
    pub national_prefix_transform_rule: Option<&'static str>,
    pub leading_digits: Option<&'static str>,
    pub formats: &'static [FormatMeta],
}

include!(concat!(env!("OUT_DIR"), "/phone_metadata.rs"));
