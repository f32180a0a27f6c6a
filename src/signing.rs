//! Publisher keys: who made an index (ARCHITECTURE.md, Trust).
//!
//! An operator signs an index's manifest with an Ed25519 key (`sajag-index signing-keygen`,
//! `build --sign`, `sign`); clients verify it with `verify_strict` and show whose key it is. The
//! manifest commits to everything a client uses (see `protocol::Manifest::signed_message`), so a
//! valid signature means "this publisher made exactly this index" — not that what it says is true.
//!
//! Key files are one line of text each, so a public key can be pasted into Settings or a chat:
//! - public:  `sajag-ed25519-public <64 hex> <publisher name>`
//! - secret:  `sajag-ed25519-secret <64 hex seed> <publisher name>` (mode 0600, never published)

use ed25519_dalek::{Signature, Signer as _, SigningKey, VerifyingKey};

const PUBLIC_TAG: &str = "sajag-ed25519-public";
const SECRET_TAG: &str = "sajag-ed25519-secret";

/// The public half of the key that signed the embedded demo index. Its secret half was generated
/// once, used to sign `assets/demo/demo.sajag` and thrown away, so nobody can sign anything else
/// with it (assets/demo/README.md says how to make a new one when the demo changes).
pub const DEMO_PUBLIC_KEY: &str =
    "3062831027e120efbd826418676e387281b3a46d92bd199013175617ec15b147";
/// The name the app shows for [`DEMO_PUBLIC_KEY`].
pub const DEMO_PUBLISHER: &str = "Sajag demo (synthetic data)";

/// Why a key or signature was refused.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum KeyError {
    #[error(
        "this is not a Sajag publisher key (expected “{PUBLIC_TAG} …” or 64 hexadecimal characters)"
    )]
    NotAPublicKey,
    #[error("this is not a Sajag signing key file (expected “{SECRET_TAG} …”)")]
    NotASecretKey,
    #[error("the key is not a valid Ed25519 public key")]
    InvalidKey,
    #[error("the publisher name must be 1 to 80 printable characters")]
    BadName,
}

/// A publisher's public key (32 bytes).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PublicKey(pub [u8; 32]);

impl PublicKey {
    /// Lowercase hex, 64 characters: the form in manifests and key files.
    pub fn to_hex(&self) -> String {
        crate::hashing::hex(&self.0)
    }

    /// The first 16 hex digits, grouped for reading aloud: `1a2b 3c4d 5e6f 7a8b`.
    pub fn fingerprint(&self) -> String {
        let h = self.to_hex();
        [&h[0..4], &h[4..8], &h[8..12], &h[12..16]].join(" ")
    }

    /// Parses 64 hex digits.
    pub fn from_hex(s: &str) -> Result<Self, KeyError> {
        let bytes = crate::oprf::unhex(s.trim()).ok_or(KeyError::NotAPublicKey)?;
        let bytes: [u8; 32] = bytes.try_into().map_err(|_| KeyError::NotAPublicKey)?;
        VerifyingKey::from_bytes(&bytes).map_err(|_| KeyError::InvalidKey)?;
        Ok(PublicKey(bytes))
    }

    /// Parses what a person pastes or a `.pub` file holds: the full line, or just the hex.
    /// Returns the key and the name written after it, if any.
    pub fn parse(text: &str) -> Result<(Self, Option<String>), KeyError> {
        let text = text.trim();
        let Some(rest) = text.strip_prefix(PUBLIC_TAG) else {
            return Ok((Self::from_hex(text)?, None));
        };
        let rest = rest.trim_start();
        let (hex, name) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
        let name = name.trim();
        Ok((
            Self::from_hex(hex)?,
            (!name.is_empty()).then(|| name.to_owned()),
        ))
    }

    /// The `.pub` file line for this key.
    pub fn to_line(&self, publisher: &str) -> String {
        format!("{PUBLIC_TAG} {} {publisher}\n", self.to_hex())
    }

    /// Whether `signature` (64 bytes) is this key's strict Ed25519 signature of `message`.
    pub fn verify(&self, message: &[u8], signature: &[u8]) -> bool {
        let Ok(key) = VerifyingKey::from_bytes(&self.0) else {
            return false;
        };
        let Ok(signature) = Signature::from_slice(signature) else {
            return false;
        };
        key.verify_strict(message, &signature).is_ok()
    }
}

/// A publisher's secret key and the name it signs as.
pub struct SecretKey {
    key: SigningKey,
    publisher: String,
}

impl std::fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SecretKey")
            .field("publisher", &self.publisher)
            .finish_non_exhaustive()
    }
}

/// Checks a publisher name: shown to people, so printable, one line, not empty, not too long.
pub fn check_name(name: &str) -> Result<(), KeyError> {
    let n = name.chars().count();
    if (1..=80).contains(&n) && !name.chars().any(char::is_control) && name.trim() == name {
        Ok(())
    } else {
        Err(KeyError::BadName)
    }
}

impl SecretKey {
    /// A new key from the operating system's random generator.
    pub fn generate(publisher: &str) -> Result<Self, KeyError> {
        check_name(publisher)?;
        let mut seed = [0u8; 32];
        rand_core::RngCore::fill_bytes(&mut rand_core::OsRng, &mut seed);
        Ok(SecretKey {
            key: SigningKey::from_bytes(&seed),
            publisher: publisher.to_owned(),
        })
    }

    /// Reads a secret key file's text.
    pub fn parse(text: &str) -> Result<Self, KeyError> {
        let rest = text
            .trim()
            .strip_prefix(SECRET_TAG)
            .ok_or(KeyError::NotASecretKey)?
            .trim_start();
        let (hex, name) = rest
            .split_once(char::is_whitespace)
            .ok_or(KeyError::NotASecretKey)?;
        let seed: [u8; 32] = crate::oprf::unhex(hex)
            .and_then(|b| b.try_into().ok())
            .ok_or(KeyError::NotASecretKey)?;
        let publisher = name.trim().to_owned();
        check_name(&publisher)?;
        Ok(SecretKey {
            key: SigningKey::from_bytes(&seed),
            publisher,
        })
    }

    /// The secret key file's text.
    pub fn to_file_text(&self) -> String {
        format!(
            "{SECRET_TAG} {} {}\n",
            crate::hashing::hex(self.key.as_bytes()),
            self.publisher
        )
    }

    pub fn publisher(&self) -> &str {
        &self.publisher
    }

    pub fn public(&self) -> PublicKey {
        PublicKey(self.key.verifying_key().to_bytes())
    }

    /// The Ed25519 signature of `message` (deterministic).
    pub fn sign(&self, message: &[u8]) -> [u8; 64] {
        self.key.sign(message).to_bytes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip_and_signatures_verify() {
        let secret = SecretKey::generate("Test CERT").unwrap();
        let again = SecretKey::parse(&secret.to_file_text()).unwrap();
        assert_eq!(again.public(), secret.public());
        assert_eq!(again.publisher(), "Test CERT");
        let line = secret.public().to_line("Test CERT");
        let (key, name) = PublicKey::parse(&line).unwrap();
        assert_eq!(key, secret.public());
        assert_eq!(name.as_deref(), Some("Test CERT"));
        assert_eq!(
            PublicKey::parse(&secret.public().to_hex()).unwrap(),
            (key, None)
        );
        let sig = secret.sign(b"message");
        assert!(key.verify(b"message", &sig));
        assert!(!key.verify(b"messagf", &sig));
        let mut bad = sig;
        bad[3] ^= 1;
        assert!(!key.verify(b"message", &bad));
        assert!(!key.verify(b"message", &sig[..63]));
        let other = SecretKey::generate("Other").unwrap().public();
        assert!(!other.verify(b"message", &sig));
    }

    #[test]
    fn bad_keys_and_names_are_refused() {
        assert_eq!(PublicKey::parse("hello"), Err(KeyError::NotAPublicKey));
        assert_eq!(
            PublicKey::parse(&"ab".repeat(31)),
            Err(KeyError::NotAPublicKey)
        );
        assert!(SecretKey::parse("sajag-ed25519-public x y").is_err());
        assert_eq!(SecretKey::generate("").unwrap_err(), KeyError::BadName);
        assert_eq!(SecretKey::generate("a\nb").unwrap_err(), KeyError::BadName);
        assert_eq!(
            SecretKey::generate(&"x".repeat(81)).unwrap_err(),
            KeyError::BadName
        );
        assert!(PublicKey::from_hex(DEMO_PUBLIC_KEY).is_ok());
    }
}
