//! What a detected value is: its kind.
//!
//! Kinds are what grants unmask ("unmask email and phone for 30 minutes"), so they are a closed,
//! named set: the built-in kinds below plus the kinds that custom rules declare. A kind is a small
//! copyable id; its name is what users type and what the `--spans` output carries.

use std::fmt;

/// The kind of a detected value.
///
/// Built-in kinds have fixed ids; custom kinds (declared by rules in a config file) get ids after
/// them, and their names live in the engine that declared them (see [`crate::Engine::kind_name`]).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Kind(u16);

macro_rules! builtin_kinds {
    ($( $(#[$doc:meta])* $konst:ident = $id:literal, $name:literal; )*) => {
        impl Kind {
            $( $(#[$doc])* pub const $konst: Kind = Kind($id); )*

            /// Every built-in kind, in id order.
            pub const BUILTIN: &'static [Kind] = &[$(Kind::$konst),*];

            /// The name of a built-in kind, `None` for a custom kind.
            pub fn builtin_name(self) -> Option<&'static str> {
                match self.0 {
                    $( $id => Some($name), )*
                    _ => None,
                }
            }

            /// The built-in kind with this name.
            pub fn from_builtin_name(name: &str) -> Option<Kind> {
                match name {
                    $( $name => Some(Kind::$konst), )*
                    _ => None,
                }
            }
        }
    };
}

builtin_kinds! {
    /// An email address (`jane@example.com`, also `jane%40example.com` in URLs).
    EMAIL = 0, "email";
    /// A telephone number, international (`+44 20 7946 0018`) or national (`(415) 555-0134`).
    PHONE = 1, "phone";
    /// A payment card number (Luhn-valid, known issuer prefix and length), or a CVV by key.
    CREDIT_CARD = 2, "credit_card";
    /// An IBAN (country length and mod-97 checked).
    IBAN = 3, "iban";
    /// An IPv4 address (loopback and unspecified excluded).
    IPV4 = 4, "ipv4";
    /// An IPv6 address (loopback and unspecified excluded).
    IPV6 = 5, "ipv6";
    /// A MAC address.
    MAC_ADDRESS = 6, "mac_address";
    /// A US social security number (invalid ranges excluded), or any value under an `ssn` key.
    US_SSN = 7, "us_ssn";
    /// Other government ids: UK National Insurance numbers, passport and tax numbers by key.
    NATIONAL_ID = 8, "national_id";
    /// A date of birth (by key or context).
    DATE_OF_BIRTH = 9, "date_of_birth";
    /// A person's name (by key or context).
    PERSON = 10, "person";
    /// A user name or login (by key or context).
    USERNAME = 11, "username";
    /// A user, customer or account id (by key).
    USER_ID = 12, "user_id";
    /// A password (by key or context).
    PASSWORD = 13, "password";
    /// An API key, access token or other secret (known shapes, or by key).
    SECRET = 14, "secret";
    /// A JSON Web Token.
    JWT = 15, "jwt";
    /// A street address (by key, or a house number + street name in free text).
    ADDRESS = 16, "address";
    /// The `user:password` part of a URL.
    URL_CREDENTIALS = 17, "url_credentials";
    /// A domestic bank account or routing number (UK sort code and account, US ABA routing
    /// number, German BLZ and Kontonummer, account numbers by key).
    BANK_ACCOUNT = 18, "bank_account";
}

impl Kind {
    /// Number of built-in kinds; custom kinds are numbered from here.
    pub const BUILTIN_COUNT: u16 = 19;

    pub(crate) const fn custom(index: u16) -> Kind {
        Kind(Self::BUILTIN_COUNT + index)
    }

    /// Index of a custom kind among the engine's custom kinds.
    pub(crate) fn custom_index(self) -> Option<usize> {
        self.0.checked_sub(Self::BUILTIN_COUNT).map(usize::from)
    }

    /// The numeric id (stable for built-in kinds).
    pub fn id(self) -> u16 {
        self.0
    }

    /// Whether this is a payment or government-id kind: reading these unmasked is high-risk.
    pub fn is_high_risk(self) -> bool {
        matches!(
            self,
            Kind::CREDIT_CARD | Kind::IBAN | Kind::BANK_ACCOUNT | Kind::US_SSN | Kind::NATIONAL_ID
        )
    }
}

impl fmt::Debug for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.builtin_name() {
            Some(name) => f.write_str(name),
            None => write!(f, "custom#{}", self.0 - Self::BUILTIN_COUNT),
        }
    }
}

/// Canonical form of a value for keyed tokens: two spellings of the same value (case of an email,
/// spacing of a card or phone number) must give the same token, so one customer can be followed
/// through logs written by different services.
pub(crate) fn normalize_for_token(kind: Kind, value: &[u8], out: &mut Vec<u8>) {
    out.clear();
    match kind {
        Kind::EMAIL => {
            // `%40` is how an email travels in a query string.
            let mut i = 0;
            while i < value.len() {
                if value[i] == b'%' && value.get(i + 1..i + 3) == Some(b"40") {
                    out.push(b'@');
                    i += 3;
                } else {
                    out.push(value[i].to_ascii_lowercase());
                    i += 1;
                }
            }
        }
        Kind::PHONE | Kind::CREDIT_CARD | Kind::US_SSN => {
            out.extend(value.iter().filter(|b| b.is_ascii_digit() || **b == b'+'));
        }
        Kind::IBAN | Kind::NATIONAL_ID | Kind::BANK_ACCOUNT => out.extend(
            value
                .iter()
                .filter(|b| b.is_ascii_alphanumeric())
                .map(u8::to_ascii_uppercase),
        ),
        Kind::MAC_ADDRESS => out.extend(
            value
                .iter()
                .filter(|b| b.is_ascii_hexdigit())
                .map(u8::to_ascii_lowercase),
        ),
        Kind::IPV6 => {
            match std::str::from_utf8(value)
                .ok()
                .and_then(|s| s.parse::<std::net::Ipv6Addr>().ok())
            {
                Some(addr) => out.extend_from_slice(addr.to_string().as_bytes()),
                None => out.extend(value.iter().map(u8::to_ascii_lowercase)),
            }
        }
        Kind::USERNAME => out.extend(value.iter().map(u8::to_ascii_lowercase)),
        _ => out.extend_from_slice(value),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for &k in Kind::BUILTIN {
            let name = k.builtin_name().unwrap_or_default();
            assert_eq!(Kind::from_builtin_name(name), Some(k));
        }
        assert_eq!(Kind::BUILTIN.len(), usize::from(Kind::BUILTIN_COUNT));
    }

    #[test]
    fn normalization_folds_spellings() {
        let mut a = Vec::new();
        let mut b = Vec::new();
        normalize_for_token(Kind::EMAIL, b"Jane@Example.COM", &mut a);
        normalize_for_token(Kind::EMAIL, b"jane%40example.com", &mut b);
        assert_eq!(a, b);
        normalize_for_token(Kind::CREDIT_CARD, b"4111 1111-1111 1111", &mut a);
        assert_eq!(a, b"4111111111111111");
        normalize_for_token(Kind::IPV6, b"2001:DB8:0::1", &mut a);
        assert_eq!(a, b"2001:db8::1");
    }
}
