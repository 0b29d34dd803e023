//! What a sensitive key's value must look like, and how far it reaches.

/// How far a value reaches when it is not quoted, and what it must look like to count.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ValueShape {
    /// One token; any non-placeholder value.
    Word,
    /// Capitalized words (`Jane van Doe`); unquoted values stop at the first lowercase word.
    Person,
    /// A login: one token.
    Username,
    /// A date, possibly written with spaces (`April 28, 1920`).
    Date,
    /// A street address: words up to the next `key=`; must contain a letter and a space.
    Address,
    /// A secret: one token, keeping `,;)` that belong to it.
    Secret,
    /// `Authorization` header values: skip the scheme (`Bearer`, `Basic`…), take the credential.
    Authorization,
    /// A one-time code or PIN: a few characters, some of them digits.
    Code,
    /// An opaque session handle: long enough and mixed enough to be a bearer credential.
    SessionId,
    /// 12 to 19 digits with optional spaces or dashes.
    CardNumber,
    /// 3 or 4 digits.
    Cvv,
    /// Letters, digits and spaces, 9 to 34 of them.
    AccountNumber,
    /// A government id: letters and digits, possibly in space-separated groups.
    GovernmentId,
    /// Digits with phone punctuation.
    Phone,
    /// `name=value; name=value`: a cookie header, each cookie judged by its own name.
    CookieList,
}
