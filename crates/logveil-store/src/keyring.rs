//! The key hierarchy. A master key (a file created at first start with mode 0600, or given by
//! environment) never encrypts data itself: HKDF derives from it a wrapping key and the token
//! key. Each service and day gets its own random data key, stored only wrapped by the master
//! key; destroying the wrapped copy makes that day's sealed originals unreadable everywhere,
//! backups included (crypto-shredding).

use std::io::Write;
use std::path::Path;

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use logveil_core::ServiceName;
use logveil_mask::TokenKey;
use zeroize::Zeroizing;

use crate::StoreError;

const NONCE_LEN: usize = 24;
const WRAP_VERSION: u8 = 1;
const SEAL_VERSION: u8 = 1;

/// The root secret. Only derived keys leave it.
pub struct MasterKey {
    wrap: Zeroizing<[u8; 32]>,
    token: Zeroizing<[u8; 32]>,
    /// Seals the control plane's own secrets (TOTP seeds), apart from the data keys' wrap key.
    secrets: Zeroizing<[u8; 32]>,
}

impl std::fmt::Debug for MasterKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("MasterKey(..)")
    }
}

fn random<const N: usize>() -> Result<Zeroizing<[u8; N]>, StoreError> {
    let mut b = Zeroizing::new([0u8; N]);
    getrandom::getrandom(b.as_mut())
        .map_err(|e| StoreError::Crypto(format!("no randomness: {e}")))?;
    Ok(b)
}

fn parse_hex32(text: &str) -> Option<Zeroizing<[u8; 32]>> {
    let t = text.trim().as_bytes();
    if t.len() != 64 {
        return None;
    }
    let mut out = Zeroizing::new([0u8; 32]);
    for (o, pair) in out.iter_mut().zip(t.chunks_exact(2)) {
        let hi = (pair[0] as char).to_digit(16)?;
        let lo = (pair[1] as char).to_digit(16)?;
        *o = (hi * 16 + lo) as u8;
    }
    Some(out)
}

impl MasterKey {
    fn from_secret(secret: &[u8; 32]) -> Self {
        let hk = hkdf::Hkdf::<sha2::Sha256>::new(Some(b"logveil master key v1"), secret);
        let mut wrap = Zeroizing::new([0u8; 32]);
        let mut token = Zeroizing::new([0u8; 32]);
        // Both lengths are valid for HKDF-SHA256 (at most 255 * 32 bytes), so expand cannot fail.
        let _ = hk.expand(b"wrap data keys", wrap.as_mut());
        let _ = hk.expand(b"keyed tokens", token.as_mut());
        let mut secrets = Zeroizing::new([0u8; 32]);
        let _ = hk.expand(b"control-plane secrets", secrets.as_mut());
        Self {
            wrap,
            token,
            secrets,
        }
    }

    /// From 64 hex digits (as `LOGVEIL_MASTER_KEY` gives it).
    pub fn from_hex(text: &str) -> Result<Self, StoreError> {
        let secret = parse_hex32(text).ok_or_else(|| {
            StoreError::Config("master key: expected 64 hex digits (32 random bytes)".into())
        })?;
        Ok(Self::from_secret(&secret))
    }

    /// Loads the key file, or creates it (mode 0600, written and synced before use) when absent.
    /// Returns whether it was created. A key file readable by group or others is refused: the
    /// key protects every sealed value.
    pub fn load_or_create(path: &Path) -> Result<(Self, bool), StoreError> {
        let (secret, created) = load_or_create_secret(path, "a logveil master key")?;
        Ok((Self::from_secret(&secret), created))
    }

    /// The key of the keyed tokens (`<email:7f3a9c21>`), stable for the life of the data.
    pub fn token_key(&self) -> TokenKey {
        TokenKey::new(*self.token)
    }

    fn wrap_aad(service: &ServiceName, day: i64) -> Vec<u8> {
        format!("logveil data key|{service}|{day}").into_bytes()
    }

    /// Wraps a data key for storage: version ‖ nonce ‖ AEAD(key), bound to its service and day
    /// so a wrapped key cannot be moved to another partition.
    pub fn wrap(
        &self,
        key: &DataKey,
        service: &ServiceName,
        day: i64,
    ) -> Result<Vec<u8>, StoreError> {
        let nonce = random::<NONCE_LEN>()?;
        let cipher = XChaCha20Poly1305::new(self.wrap.as_ref().into());
        let aad = Self::wrap_aad(service, day);
        let ct = cipher
            .encrypt(
                XNonce::from_slice(nonce.as_ref()),
                Payload {
                    msg: key.0.as_ref(),
                    aad: &aad,
                },
            )
            .map_err(|_| StoreError::Crypto("wrapping a data key failed".into()))?;
        let mut out = Vec::with_capacity(1 + NONCE_LEN + ct.len());
        out.push(WRAP_VERSION);
        out.extend_from_slice(nonce.as_ref());
        out.extend_from_slice(&ct);
        Ok(out)
    }

    /// Seals a control-plane secret (a TOTP seed) bound to `context` (say `totp|alice`), so a
    /// sealed value copied to another user's row does not open there.
    pub fn seal_secret(&self, context: &str, plaintext: &[u8]) -> Result<Vec<u8>, StoreError> {
        let nonce = random::<NONCE_LEN>()?;
        let cipher = XChaCha20Poly1305::new(self.secrets.as_ref().into());
        let ct = cipher
            .encrypt(
                XNonce::from_slice(nonce.as_ref()),
                Payload {
                    msg: plaintext,
                    aad: context.as_bytes(),
                },
            )
            .map_err(|_| StoreError::Crypto("sealing a secret failed".into()))?;
        let mut out = Vec::with_capacity(1 + NONCE_LEN + ct.len());
        out.push(WRAP_VERSION);
        out.extend_from_slice(nonce.as_ref());
        out.extend_from_slice(&ct);
        Ok(out)
    }

    pub fn open_secret(
        &self,
        context: &str,
        sealed: &[u8],
    ) -> Result<Zeroizing<Vec<u8>>, StoreError> {
        let bad =
            || StoreError::Crypto("a sealed secret does not open under this master key".into());
        if sealed.len() < 1 + NONCE_LEN || sealed[0] != WRAP_VERSION {
            return Err(bad());
        }
        let cipher = XChaCha20Poly1305::new(self.secrets.as_ref().into());
        cipher
            .decrypt(
                XNonce::from_slice(&sealed[1..1 + NONCE_LEN]),
                Payload {
                    msg: &sealed[1 + NONCE_LEN..],
                    aad: context.as_bytes(),
                },
            )
            .map(Zeroizing::new)
            .map_err(|_| bad())
    }

    pub fn unwrap(
        &self,
        wrapped: &[u8],
        service: &ServiceName,
        day: i64,
    ) -> Result<DataKey, StoreError> {
        let bad = || {
            StoreError::Crypto(format!(
                "data key of {service} day {day} does not open under this master key"
            ))
        };
        if wrapped.len() < 1 + NONCE_LEN || wrapped[0] != WRAP_VERSION {
            return Err(bad());
        }
        let cipher = XChaCha20Poly1305::new(self.wrap.as_ref().into());
        let aad = Self::wrap_aad(service, day);
        let pt = Zeroizing::new(
            cipher
                .decrypt(
                    XNonce::from_slice(&wrapped[1..1 + NONCE_LEN]),
                    Payload {
                        msg: &wrapped[1 + NONCE_LEN..],
                        aad: &aad,
                    },
                )
                .map_err(|_| bad())?,
        );
        let arr: [u8; 32] = pt.as_slice().try_into().map_err(|_| bad())?;
        Ok(DataKey(Zeroizing::new(arr)))
    }
}

/// Nonces for a batch of seals: a random 192-bit base (one system call) with a counter mixed
/// into its last 8 bytes. Distinct within a batch by the counter; across batches, two random
/// bases collide with probability ~2^-96 even after 2^48 batches, so XChaCha's extended nonce
/// keeps the "random nonce" safety without a syscall per record.
pub struct Nonces {
    base: [u8; NONCE_LEN],
    counter: u64,
}

impl std::fmt::Debug for Nonces {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Nonces(..)")
    }
}

impl Nonces {
    pub fn new() -> Result<Self, StoreError> {
        Ok(Self {
            base: *random::<NONCE_LEN>()?,
            counter: 0,
        })
    }

    fn next_nonce(&mut self) -> [u8; NONCE_LEN] {
        let mut n = self.base;
        for (b, c) in n[NONCE_LEN - 8..]
            .iter_mut()
            .zip(self.counter.to_le_bytes())
        {
            *b ^= c;
        }
        self.counter += 1;
        n
    }
}

/// A data key: seals the original values of one service's records of one day.
#[derive(Clone)]
pub struct DataKey(Zeroizing<[u8; 32]>);

impl std::fmt::Debug for DataKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DataKey(..)")
    }
}

impl DataKey {
    pub fn generate() -> Result<Self, StoreError> {
        Ok(Self(random::<32>()?))
    }

    /// version ‖ 24-byte nonce ‖ XChaCha20-Poly1305(plaintext, aad), the nonce from
    /// `nonces` (unique without coordination across threads or restarts; see [`Nonces`]).
    pub fn seal(
        &self,
        nonces: &mut Nonces,
        aad: &[u8],
        plaintext: &[u8],
    ) -> Result<Vec<u8>, StoreError> {
        let nonce = nonces.next_nonce();
        let cipher = XChaCha20Poly1305::new(self.0.as_ref().into());
        let ct = cipher
            .encrypt(
                XNonce::from_slice(nonce.as_ref()),
                Payload {
                    msg: plaintext,
                    aad,
                },
            )
            .map_err(|_| StoreError::Crypto("sealing failed".into()))?;
        let mut out = Vec::with_capacity(1 + NONCE_LEN + ct.len());
        out.push(SEAL_VERSION);
        out.extend_from_slice(nonce.as_ref());
        out.extend_from_slice(&ct);
        Ok(out)
    }

    pub fn open(&self, aad: &[u8], sealed: &[u8]) -> Result<Zeroizing<Vec<u8>>, StoreError> {
        let bad = || {
            StoreError::Crypto("sealed originals do not open (wrong key or altered record)".into())
        };
        if sealed.len() < 1 + NONCE_LEN || sealed[0] != SEAL_VERSION {
            return Err(bad());
        }
        let cipher = XChaCha20Poly1305::new(self.0.as_ref().into());
        cipher
            .decrypt(
                XNonce::from_slice(&sealed[1..1 + NONCE_LEN]),
                Payload {
                    msg: &sealed[1 + NONCE_LEN..],
                    aad,
                },
            )
            .map(Zeroizing::new)
            .map_err(|_| bad())
    }
}

#[cfg(unix)]
fn check_private(path: &Path) -> Result<(), StoreError> {
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(path)
        .map_err(|e| StoreError::io(path, e))?
        .permissions()
        .mode();
    if mode & 0o077 != 0 {
        return Err(StoreError::Config(format!(
            "{} is readable by others (mode {:o}); run `chmod 600 {}`",
            path.display(),
            mode & 0o777,
            path.display()
        )));
    }
    Ok(())
}

#[cfg(not(unix))]
fn check_private(_path: &Path) -> Result<(), StoreError> {
    Ok(())
}

/// A 32-byte secret kept as 64 hex digits in `path` (the master key, the audit signing key):
/// loaded — refused if group or others can read it — or, when absent, drawn at random and
/// written mode 0600 and synced before use. Returns whether it was created. `what` names the
/// file in errors.
pub fn load_or_create_secret(
    path: &Path,
    what: &str,
) -> Result<(Zeroizing<[u8; 32]>, bool), StoreError> {
    match std::fs::read_to_string(path) {
        Ok(text) => {
            check_private(path)?;
            let secret = parse_hex32(&text).ok_or_else(|| {
                StoreError::Config(format!(
                    "{}: not {what} (expected 64 hex digits)",
                    path.display()
                ))
            })?;
            Ok((secret, false))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let secret = random::<32>()?;
            let mut hex = Zeroizing::new(String::with_capacity(65));
            for b in secret.iter() {
                hex.push_str(&format!("{b:02x}"));
            }
            hex.push('\n');
            write_private(path, hex.as_bytes())?;
            Ok((secret, true))
        }
        Err(e) => Err(StoreError::io(path, e)),
    }
}

/// Creates `path` with mode 0600 (never briefly wider), writes `data` and syncs file and
/// directory. Fails if the file exists: secrets are never overwritten.
pub fn write_private(path: &Path, data: &[u8]) -> Result<(), StoreError> {
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    let mut f = opts.open(path).map_err(|e| StoreError::io(path, e))?;
    f.write_all(data).map_err(|e| StoreError::io(path, e))?;
    f.sync_all().map_err(|e| StoreError::io(path, e))?;
    if let Some(dir) = path.parent() {
        if let Ok(d) = std::fs::File::open(dir) {
            let _ = d.sync_all();
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapped_keys_are_bound_to_service_and_day() {
        let mk = MasterKey::from_hex(&"ab".repeat(32)).unwrap();
        let svc: ServiceName = "api".parse().unwrap();
        let other: ServiceName = "web".parse().unwrap();
        let dk = DataKey::generate().unwrap();
        let w = mk.wrap(&dk, &svc, 20_000).unwrap();
        let back = mk.unwrap(&w, &svc, 20_000).unwrap();
        assert_eq!(*back.0, *dk.0);
        assert!(mk.unwrap(&w, &other, 20_000).is_err());
        assert!(mk.unwrap(&w, &svc, 20_001).is_err());
        let other_master = MasterKey::from_hex(&"cd".repeat(32)).unwrap();
        assert!(other_master.unwrap(&w, &svc, 20_000).is_err());
    }

    #[test]
    fn sealed_values_open_only_with_their_key_and_aad() {
        let dk = DataKey::generate().unwrap();
        let mut nonces = Nonces::new().unwrap();
        let s = dk.seal(&mut nonces, b"rec-1", b"jane@example.com").unwrap();
        let again = dk.seal(&mut nonces, b"rec-1", b"jane@example.com").unwrap();
        assert_ne!(s[1..25], again[1..25], "a fresh nonce for every seal");
        assert!(!s.windows(4).any(|w| w == b"jane"));
        assert_eq!(
            dk.open(b"rec-1", &s).unwrap().as_slice(),
            b"jane@example.com"
        );
        assert!(dk.open(b"rec-2", &s).is_err());
        assert!(DataKey::generate().unwrap().open(b"rec-1", &s).is_err());
        let mut flipped = s.clone();
        let last = flipped.len() - 1;
        flipped[last] ^= 1;
        assert!(dk.open(b"rec-1", &flipped).is_err());
    }

    #[test]
    fn key_file_is_created_private_and_reloaded() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("master.key");
        let (a, created) = MasterKey::load_or_create(&p).unwrap();
        assert!(created);
        let (b, created) = MasterKey::load_or_create(&p).unwrap();
        assert!(!created);
        assert_eq!(*a.wrap, *b.wrap);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(
                std::fs::metadata(&p).unwrap().permissions().mode() & 0o777,
                0o600
            );
            std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o644)).unwrap();
            let err = MasterKey::load_or_create(&p).unwrap_err().to_string();
            assert!(err.contains("chmod 600"), "{err}");
        }
    }
}
