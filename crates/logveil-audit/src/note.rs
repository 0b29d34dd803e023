//! Checkpoints as C2SP signed notes (c2sp.org/signed-note, c2sp.org/tlog-checkpoint), signed
//! with Ed25519.
//!
//! A checkpoint note:
//!
//! ```text
//! logveil.example/audit
//! 1234
//! <base64 of the 32-byte tree head>
//!
//! — logveil.example/audit <base64 of key id (4 bytes, big-endian) ‖ Ed25519 signature>
//! ```
//!
//! The signature covers the note text: the lines above the blank line, with their final
//! newline. The key id is `SHA-256(key name ‖ 0x0A ‖ 0x01 ‖ public key)[..4]`; a verifier key is
//! written `<name>+<key id as 8 hex digits>+<base64(0x01 ‖ public key)>`, the format Go's
//! `golang.org/x/mod/sumdb/note` reads. Parsing is strict: one form is accepted for each part,
//! and anything else is an error, never a panic.

use std::fmt;

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine as _;
use ed25519_dalek::{Signature, Signer as _, SigningKey, VerifyingKey};
use sha2::{Digest, Sha256};

use crate::merkle::Hash;
use crate::AuditError;

/// The signed-note signature type byte for Ed25519.
const ALG_ED25519: u8 = 0x01;
/// Notes larger than this are refused before anything else is looked at.
pub const MAX_NOTE_LEN: usize = 64 * 1024;
/// The signed-note spec requires accepting at least 16; more is a sign of abuse.
pub const MAX_SIGNATURES: usize = 100;
const DASH: &str = "\u{2014} ";

fn check_key_name(name: &str) -> Result<(), AuditError> {
    if name.is_empty()
        || name
            .chars()
            .any(|c| c.is_whitespace() || c == '+' || c.is_control())
    {
        return Err(AuditError::KeyName);
    }
    Ok(())
}

fn key_id(name: &str, public: &[u8; 32]) -> u32 {
    let mut h = Sha256::new();
    h.update(name.as_bytes());
    h.update([b'\n', ALG_ED25519]);
    h.update(public);
    let d = h.finalize();
    u32::from_be_bytes([d[0], d[1], d[2], d[3]])
}

/// The log's signing key with its name. `Debug` never shows the secret.
pub struct Signer {
    name: String,
    id: u32,
    key: SigningKey,
}

impl fmt::Debug for Signer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Signer")
            .field("name", &self.name)
            .field("id", &format_args!("{:08x}", self.id))
            .finish_non_exhaustive()
    }
}

impl Signer {
    /// A signer from an Ed25519 secret seed (32 random bytes the caller keeps safe).
    pub fn new(name: &str, seed: &[u8; 32]) -> Result<Signer, AuditError> {
        Signer::from_signing_key(name, SigningKey::from_bytes(seed))
    }

    pub fn from_signing_key(name: &str, key: SigningKey) -> Result<Signer, AuditError> {
        check_key_name(name)?;
        let id = key_id(name, key.verifying_key().as_bytes());
        Ok(Signer {
            name: name.to_owned(),
            id,
            key,
        })
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn verifier_key(&self) -> VerifierKey {
        VerifierKey {
            name: self.name.clone(),
            id: self.id,
            key: self.key.verifying_key(),
        }
    }

    /// Signs a note text (which must end in a newline and hold no blank last line).
    pub fn sign_note(&self, text: &str) -> Result<String, AuditError> {
        check_note_text(text)?;
        let sig = self.key.sign(text.as_bytes());
        let mut blob = Vec::with_capacity(68);
        blob.extend_from_slice(&self.id.to_be_bytes());
        blob.extend_from_slice(&sig.to_bytes());
        Ok(format!(
            "{text}\n{DASH}{} {}\n",
            self.name,
            B64.encode(blob)
        ))
    }

    /// The signed note of a checkpoint.
    pub fn sign_checkpoint(&self, checkpoint: &Checkpoint) -> Result<String, AuditError> {
        self.sign_note(&checkpoint.to_text()?)
    }
}

/// A public key that checkpoints are checked against.
#[derive(Clone, PartialEq, Eq)]
pub struct VerifierKey {
    name: String,
    id: u32,
    key: VerifyingKey,
}

impl fmt::Debug for VerifierKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "VerifierKey({self})")
    }
}

impl fmt::Display for VerifierKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut blob = Vec::with_capacity(33);
        blob.push(ALG_ED25519);
        blob.extend_from_slice(self.key.as_bytes());
        write!(f, "{}+{:08x}+{}", self.name, self.id, B64.encode(blob))
    }
}

impl VerifierKey {
    /// Reads `<name>+<8 hex digits>+<base64(0x01 ‖ 32-byte key)>`; the key id must be the one
    /// the name and key give.
    pub fn parse(s: &str) -> Result<VerifierKey, AuditError> {
        let s = s.trim_end_matches('\n');
        // Names hold no '+' and base64 may: split from the left.
        let mut parts = s.splitn(3, '+');
        let (Some(name), Some(hex), Some(b64)) = (parts.next(), parts.next(), parts.next()) else {
            return Err(AuditError::Key("expected <name>+<key id>+<key>"));
        };
        check_key_name(name)?;
        if hex.len() != 8 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(AuditError::Key("the key id is not 8 hex digits"));
        }
        let id = u32::from_str_radix(hex, 16).map_err(|_| AuditError::Key("bad key id"))?;
        let blob = B64
            .decode(b64)
            .map_err(|_| AuditError::Key("the key is not base64"))?;
        let [alg, rest @ ..] = blob.as_slice() else {
            return Err(AuditError::Key("the key is empty"));
        };
        if *alg != ALG_ED25519 {
            return Err(AuditError::Key("not an Ed25519 key (type byte 0x01)"));
        }
        let bytes: [u8; 32] = rest
            .try_into()
            .map_err(|_| AuditError::Key("an Ed25519 key is 32 bytes"))?;
        let key = VerifyingKey::from_bytes(&bytes)
            .map_err(|_| AuditError::Key("not a valid Ed25519 public key"))?;
        if key_id(name, &bytes) != id {
            return Err(AuditError::Key(
                "the key id does not match the name and key",
            ));
        }
        Ok(VerifierKey {
            name: name.to_owned(),
            id,
            key,
        })
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn id(&self) -> u32 {
        self.id
    }

    /// Checks a signed note: it must carry a signature by this key (name and id) that
    /// verifies; other keys' signatures are ignored, as the spec requires, but a failing
    /// signature under this key's name and id refuses the note.
    pub fn verify_note(&self, note: &str) -> Result<Note, AuditError> {
        let parsed = Note::parse(note)?;
        let mut verified = false;
        for s in &parsed.signatures {
            if s.name != self.name || s.key_id != self.id {
                continue;
            }
            let bytes: [u8; 64] =
                s.signature
                    .as_slice()
                    .try_into()
                    .map_err(|_| AuditError::BadSignature {
                        name: self.name.clone(),
                    })?;
            self.key
                .verify_strict(parsed.text.as_bytes(), &Signature::from_bytes(&bytes))
                .map_err(|_| AuditError::BadSignature {
                    name: self.name.clone(),
                })?;
            verified = true;
        }
        if !verified {
            return Err(AuditError::NotSigned {
                name: self.name.clone(),
            });
        }
        Ok(parsed)
    }

    /// Verifies a checkpoint note's signature, then reads its text as a checkpoint.
    pub fn open_checkpoint(&self, note: &str) -> Result<Checkpoint, AuditError> {
        let n = self.verify_note(note)?;
        Checkpoint::parse_text(&n.text)
    }
}

/// One signature line of a note.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NoteSignature {
    pub name: String,
    pub key_id: u32,
    pub signature: Vec<u8>,
}

/// A parsed signed note, signatures not yet checked ([`VerifierKey::verify_note`] checks them).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Note {
    /// The signed text, with its final newline.
    pub text: String,
    pub signatures: Vec<NoteSignature>,
}

fn check_note_text(text: &str) -> Result<(), AuditError> {
    if text.len() > MAX_NOTE_LEN {
        return Err(AuditError::Note("too long"));
    }
    if text.chars().any(|c| c < ' ' && c != '\n') {
        return Err(AuditError::Note("control character"));
    }
    if !text.ends_with('\n') {
        return Err(AuditError::Note("the text does not end in a newline"));
    }
    if text.ends_with("\n\n") || text == "\n" {
        return Err(AuditError::Note("the text ends in a blank line"));
    }
    Ok(())
}

impl Note {
    /// Splits a signed note into its text and signature lines, strictly.
    pub fn parse(note: &str) -> Result<Note, AuditError> {
        if note.len() > MAX_NOTE_LEN {
            return Err(AuditError::Note("too long"));
        }
        if note.chars().any(|c| c < ' ' && c != '\n') {
            return Err(AuditError::Note("control character"));
        }
        if !note.ends_with('\n') {
            return Err(AuditError::Note("does not end in a newline"));
        }
        // Signature lines cannot be blank, so the last blank line is the separator.
        let split = note
            .rfind("\n\n")
            .ok_or(AuditError::Note("no blank line before the signatures"))?;
        let text = &note[..=split];
        let sigs = &note[split + 2..];
        check_note_text(text)?;
        let mut signatures = Vec::new();
        for line in sigs.split_terminator('\n') {
            if signatures.len() == MAX_SIGNATURES {
                return Err(AuditError::Note("too many signatures"));
            }
            let rest = line.strip_prefix(DASH).ok_or(AuditError::Note(
                "a signature line does not start with '— '",
            ))?;
            let (name, b64) = rest
                .split_once(' ')
                .ok_or(AuditError::Note("a signature line has no signature"))?;
            check_key_name(name).map_err(|_| AuditError::Note("bad key name"))?;
            let blob = B64
                .decode(b64)
                .map_err(|_| AuditError::Note("a signature is not base64"))?;
            let [a, b, c, d, sig @ ..] = blob.as_slice() else {
                return Err(AuditError::Note("a signature is shorter than its key id"));
            };
            signatures.push(NoteSignature {
                name: name.to_owned(),
                key_id: u32::from_be_bytes([*a, *b, *c, *d]),
                signature: sig.to_vec(),
            });
        }
        if signatures.is_empty() {
            return Err(AuditError::Note("no signature"));
        }
        Ok(Note {
            text: text.to_owned(),
            signatures,
        })
    }
}

/// A tree head: the log's identity, its size and the RFC 6962 root at that size.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Checkpoint {
    pub origin: String,
    pub size: u64,
    pub root: Hash,
    /// Optional extra lines of the body (c2sp.org/tlog-checkpoint discourages them; logveil
    /// writes none, and reads them only so a checkpoint with them is not misread).
    pub extensions: Vec<String>,
}

impl Checkpoint {
    pub fn new(origin: &str, size: u64, root: Hash) -> Checkpoint {
        Checkpoint {
            origin: origin.to_owned(),
            size,
            root,
            extensions: Vec::new(),
        }
    }

    /// The note text: `<origin>\n<size>\n<base64 root>\n` and any extension lines.
    pub fn to_text(&self) -> Result<String, AuditError> {
        if self.origin.is_empty() || self.origin.contains('\n') {
            return Err(AuditError::Checkpoint(
                "the origin must be one non-empty line",
            ));
        }
        if self
            .extensions
            .iter()
            .any(|e| e.is_empty() || e.contains('\n'))
        {
            return Err(AuditError::Checkpoint(
                "extension lines must be non-empty lines",
            ));
        }
        let mut s = format!(
            "{}\n{}\n{}\n",
            self.origin,
            self.size,
            B64.encode(self.root.0)
        );
        for e in &self.extensions {
            s.push_str(e);
            s.push('\n');
        }
        check_note_text(&s)?;
        Ok(s)
    }

    /// Reads a checkpoint body: exactly one spelling of each part is accepted.
    pub fn parse_text(text: &str) -> Result<Checkpoint, AuditError> {
        let body = text
            .strip_suffix('\n')
            .ok_or(AuditError::Checkpoint("does not end in a newline"))?;
        let mut lines = body.split('\n');
        let origin = lines.next().unwrap_or_default();
        if origin.is_empty() {
            return Err(AuditError::Checkpoint("no origin"));
        }
        let size_text = lines.next().ok_or(AuditError::Checkpoint("no tree size"))?;
        let digits_ok = !size_text.is_empty()
            && size_text.bytes().all(|b| b.is_ascii_digit())
            && (size_text == "0" || !size_text.starts_with('0'));
        if !digits_ok {
            return Err(AuditError::Checkpoint(
                "the tree size is not a decimal number without leading zeros",
            ));
        }
        let size = size_text
            .parse::<u64>()
            .map_err(|_| AuditError::Checkpoint("the tree size does not fit 64 bits"))?;
        let root_text = lines.next().ok_or(AuditError::Checkpoint("no root hash"))?;
        let root: [u8; 32] = B64
            .decode(root_text)
            .map_err(|_| AuditError::Checkpoint("the root hash is not base64"))?
            .try_into()
            .map_err(|_| AuditError::Checkpoint("the root hash is not 32 bytes"))?;
        let extensions: Vec<String> = lines.map(str::to_owned).collect();
        if extensions.iter().any(String::is_empty) {
            return Err(AuditError::Checkpoint("an empty extension line"));
        }
        Ok(Checkpoint {
            origin: origin.to_owned(),
            size,
            root: Hash(root),
            extensions,
        })
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

    use super::*;

    fn signer() -> Signer {
        Signer::new("logveil.example/audit", &[7; 32]).unwrap()
    }

    #[test]
    fn checkpoint_notes_round_trip() {
        let s = signer();
        let cp = Checkpoint::new("logveil.example/audit", 42, Hash([9; 32]));
        let note = s.sign_checkpoint(&cp).unwrap();
        assert!(note.starts_with("logveil.example/audit\n42\nCQkJ"));
        assert!(note.contains("\n\n\u{2014} logveil.example/audit "));
        let key = s.verifier_key();
        assert_eq!(key.open_checkpoint(&note).unwrap(), cp);
        let text = key.to_string();
        assert_eq!(VerifierKey::parse(&text).unwrap(), key);
        assert!(text.starts_with("logveil.example/audit+"));
        // Base64 keys hold '+' often enough; every one must read back.
        for seed in 0..64u8 {
            let k = Signer::new("a.example/log", &[seed; 32])
                .unwrap()
                .verifier_key();
            assert_eq!(VerifierKey::parse(&k.to_string()).unwrap(), k);
        }
    }

    #[test]
    fn key_id_follows_the_signed_note_spec() {
        let s = signer();
        let pk = s.verifier_key().key.to_bytes();
        let mut h = Sha256::new();
        h.update(b"logveil.example/audit\n\x01");
        h.update(pk);
        let d = h.finalize();
        assert_eq!(
            s.verifier_key().id().to_be_bytes(),
            [d[0], d[1], d[2], d[3]]
        );
    }

    #[test]
    fn go_sumdb_note_example_verifies() {
        // The example of golang.org/x/mod/sumdb/note's documentation: a key and a note signed
        // by another implementation.
        let key = VerifierKey::parse(
            "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
        )
        .unwrap();
        let note = "If you think cryptography is the answer to your problem,\n\
                    then you don't know what your problem is.\n\
                    \n\
                    \u{2014} PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";
        let n = key.verify_note(note).unwrap();
        assert!(n.text.starts_with("If you think"));
    }

    #[test]
    fn unknown_signatures_are_ignored_and_bad_known_ones_refused() {
        let s = signer();
        let other = Signer::new("witness.example", &[8; 32]).unwrap();
        let cp = Checkpoint::new("logveil.example/audit", 1, Hash([1; 32]));
        let note = s.sign_checkpoint(&cp).unwrap();
        let cosig = other.sign_checkpoint(&cp).unwrap();
        let cosig_line = cosig.rsplit_once("\n\n").unwrap().1;
        let both = format!("{note}{cosig_line}");
        assert_eq!(s.verifier_key().open_checkpoint(&both).unwrap(), cp);
        assert!(matches!(
            s.verifier_key().open_checkpoint(&cosig),
            Err(AuditError::NotSigned { .. })
        ));
        // The same name with another key: a different key id, so not this key's signature.
        let impostor = Signer::new("logveil.example/audit", &[8; 32]).unwrap();
        let forged = impostor.sign_checkpoint(&cp).unwrap();
        assert!(matches!(
            s.verifier_key().open_checkpoint(&forged),
            Err(AuditError::NotSigned { .. })
        ));
        let altered = note.replacen("\n1\n", "\n2\n", 1);
        assert!(matches!(
            s.verifier_key().open_checkpoint(&altered),
            Err(AuditError::BadSignature { .. })
        ));
    }

    #[test]
    fn strict_parsing() {
        let s = signer();
        let key = s.verifier_key();
        for body in [
            "o\n01\nCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQk=\n",
            "o\n+1\nCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQk=\n",
            "o\n1\nCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQk\n",
            "o\n1\nCQkJ\n",
            "\n1\nCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQk=\n",
            "o\n18446744073709551616\nCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQk=\n",
            "o\n1\n",
        ] {
            let note = s.sign_note(body).unwrap();
            assert!(key.open_checkpoint(&note).is_err(), "{body:?}");
        }
        let good = s
            .sign_checkpoint(&Checkpoint::new("o", 1, Hash([9; 32])))
            .unwrap();
        for bad in [
            good.replace('\u{2014}', "-"),
            good.trim_end().to_owned(),
            good.replace("\n\n", "\n"),
            good.replacen('o', "o\r", 1),
            format!("{good}\n"),
            good.replace("audit ", "audit  "),
        ] {
            assert!(key.verify_note(&bad).is_err(), "{bad:?}");
        }
        for bad in [
            "",
            "a+b",
            "a+0000000g+AQ==",
            "a b+00000000+AQ==",
            "+00000000+AQ==",
        ] {
            assert!(VerifierKey::parse(bad).is_err(), "{bad:?}");
        }
        let text = key.to_string();
        let wrong_id = format!(
            "{}+00000000+{}",
            key.name(),
            text.splitn(3, '+').nth(2).unwrap()
        );
        assert!(VerifierKey::parse(&wrong_id).is_err());
    }
}
