//! The blinded mode's cryptography (ARCHITECTURE.md, Blinded mode): the RFC 9497 OPRF over ristretto255-SHA512.
//!
//! In blinded mode a stored suffix is the first 64 bits of `OPRF(key, "mobile:+91…")` instead of
//! bits 20..84 of its SHA-256. Only the server holds the key, so a downloaded bucket (or a whole
//! export) cannot be checked against guessed numbers offline: every guess costs one live,
//! rate-limited evaluation. The bucket is still chosen by the SHA-256 prefix, so the query keeps
//! its k-anonymity.
//!
//! A server evaluating with the wrong key must be an error, never a silent "not found". The base
//! (unverifiable) OPRF mode is used with a **canary**: the index publishes the OPRF suffix of a fixed
//! input ([`CANARY_INPUT`]); with every check the client also blinds the canary, sends the two
//! blinded elements in random order (the server cannot tell them apart), and compares the canary's
//! output with the published one. That catches every misconfigured server, and a lying one with
//! probability ½ per check, at one scalar multiplication per evaluation: a quarter of the cost of
//! the verifiable mode, whose DLEQ proof takes three more. The outputs never go back to the server,
//! so the verifiable mode's other guarantee (no per-user keys that tag users) buys nothing here.

use std::fmt;
use std::io::Write;
use std::path::Path;

use voprf::{BlindedElement, EvaluationElement, Group, OprfClient, OprfServer, Ristretto255};

use crate::hashing::{Suffix, hex};
use crate::identifier::Identifier;

type Suite = Ristretto255;

/// Length of a serialized group element or scalar (ristretto255).
pub const ELEMENT_LEN: usize = 32;
/// The most blinded elements one evaluate request may carry: a check needs two (the query and the
/// canary). The server's rate limit counts elements, not requests, so a larger batch would buy
/// nothing but this keeps one request's work small.
pub const MAX_BATCH: usize = 2;
/// The fixed input whose output every blinded index publishes, so clients can check the server's key.
pub const CANARY_INPUT: &[u8] = b"sajag-oprf-canary-v1";

const KEY_FILE_HEADER: &str = "sajag-oprf-key-v1";

/// Why an OPRF step failed.
#[derive(Debug, thiserror::Error)]
pub enum OprfError {
    #[error("could not read or write the key file {path}: {cause}")]
    Io { path: String, cause: std::io::Error },
    #[error("{0} is not a Sajag key file")]
    BadKeyFile(String),
    #[error(
        "{0} already exists; pass --force to replace it (the old key's indexes become unusable)"
    )]
    KeyExists(String),
    #[error("a value is not a valid group element")]
    Malformed,
}

/// The server's secret key. `Debug` never shows it.
pub struct OprfKey {
    secret: [u8; ELEMENT_LEN],
    server: OprfServer<Suite>,
}

impl fmt::Debug for OprfKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "OprfKey(canary {})", self.canary())
    }
}

impl OprfKey {
    /// A fresh random key from the operating system's generator.
    pub fn generate() -> Self {
        let scalar = Suite::random_scalar(&mut rand_core::OsRng);
        Self::from_secret(&Suite::serialize_scalar(scalar)).expect("a random scalar is a valid key")
    }

    /// A key from its 32 secret bytes.
    pub fn from_secret(secret: &[u8]) -> Result<Self, OprfError> {
        let server = OprfServer::<Suite>::new_with_key(secret).map_err(|_| OprfError::Malformed)?;
        let secret = secret.try_into().map_err(|_| OprfError::Malformed)?;
        Ok(OprfKey { secret, server })
    }

    /// Reads a key file written by [`OprfKey::save`].
    pub fn load(path: &Path) -> Result<Self, OprfError> {
        let text = std::fs::read_to_string(path).map_err(|cause| OprfError::Io {
            path: path.display().to_string(),
            cause,
        })?;
        let bad = || OprfError::BadKeyFile(path.display().to_string());
        let mut lines = text.lines();
        if lines.next() != Some(KEY_FILE_HEADER) {
            return Err(bad());
        }
        let secret = lines.next().and_then(unhex).ok_or_else(bad)?;
        if secret.len() != ELEMENT_LEN {
            return Err(bad());
        }
        Self::from_secret(&secret).map_err(|_| bad())
    }

    /// Writes the key to a new file readable only by its owner (mode 0600 on Unix).
    pub fn save(&self, path: &Path, force: bool) -> Result<(), OprfError> {
        let io = |cause| OprfError::Io {
            path: path.display().to_string(),
            cause,
        };
        if path.exists() && !force {
            return Err(OprfError::KeyExists(path.display().to_string()));
        }
        let dir = crate::fsutil::parent_dir(path);
        // tempfile creates the file 0600 on Unix; it is renamed into place only once complete.
        let mut tmp = tempfile::Builder::new()
            .prefix(".sajag-key-")
            .tempfile_in(&dir)
            .map_err(io)?;
        writeln!(tmp, "{KEY_FILE_HEADER}\n{}", hex(&self.secret)).map_err(io)?;
        tmp.as_file().sync_all().map_err(io)?;
        let persisted = if force {
            tmp.persist(path)
        } else {
            tmp.persist_noclobber(path)
        };
        persisted.map_err(|e| io(e.error))?;
        Ok(())
    }

    /// The canary: the OPRF suffix of [`CANARY_INPUT`], published in the index and its manifest.
    /// It names the key without revealing it.
    pub fn canary(&self) -> Suffix {
        suffix_from_output(
            &self
                .server
                .evaluate(CANARY_INPUT)
                .expect("the canary is a valid input"),
        )
    }

    /// The stored suffix of an identifier in a blinded index (the builder's side).
    pub fn suffix_of(&self, id: &Identifier) -> Suffix {
        let output = self
            .server
            .evaluate(id.hash_input().as_bytes())
            .expect("a canonical form is a valid OPRF input");
        suffix_from_output(&output)
    }

    /// Evaluates a batch of blinded elements (the server's side): one scalar multiplication each.
    pub fn blind_evaluate(
        &self,
        blinded: &[[u8; ELEMENT_LEN]],
    ) -> Result<Vec<[u8; ELEMENT_LEN]>, OprfError> {
        if blinded.is_empty() || blinded.len() > MAX_BATCH {
            return Err(OprfError::Malformed);
        }
        blinded
            .iter()
            .map(|b| {
                let element =
                    BlindedElement::<Suite>::deserialize(b).map_err(|_| OprfError::Malformed)?;
                let mut out = [0u8; ELEMENT_LEN];
                out.copy_from_slice(&self.server.blind_evaluate(&element).serialize());
                Ok(out)
            })
            .collect()
    }
}

/// The first 64 bits of an OPRF output, as a suffix.
fn suffix_from_output(output: &[u8]) -> Suffix {
    Suffix(u64::from_be_bytes(
        output[..8].try_into().expect("the output is 64 bytes"),
    ))
}

/// A client's blinded query: the blinded element to send, and the state to finish with.
pub struct Blinded {
    state: OprfClient<Suite>,
    /// What is sent to the server: a random-looking point that reveals nothing about the input.
    pub element: [u8; ELEMENT_LEN],
}

impl fmt::Debug for Blinded {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Blinded(..)")
    }
}

/// Blinds an input with a fresh random factor (the client's first step).
pub fn blind(input: &[u8]) -> Blinded {
    let r = OprfClient::<Suite>::blind(input, &mut rand_core::OsRng)
        .expect("inputs are short and non-empty");
    let mut element = [0u8; ELEMENT_LEN];
    element.copy_from_slice(&r.message.serialize());
    Blinded {
        state: r.state,
        element,
    }
}

/// Unblinds the server's answer for `input` and returns its suffix (the client's last step).
pub fn finalize(blinded: &Blinded, input: &[u8], evaluated: &[u8]) -> Result<Suffix, OprfError> {
    let element =
        EvaluationElement::<Suite>::deserialize(evaluated).map_err(|_| OprfError::Malformed)?;
    let output = blinded
        .state
        .finalize(input, &element)
        .map_err(|_| OprfError::Malformed)?;
    Ok(suffix_from_output(&output))
}

/// Parses lowercase or uppercase hex.
pub fn unhex(s: &str) -> Option<Vec<u8>> {
    let s = s.trim();
    if !s.len().is_multiple_of(2) {
        return None;
    }
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn client_and_builder_agree_and_the_canary_names_the_key() {
        let key = OprfKey::generate();
        let id = Identifier::parse("9876543210").unwrap();
        let input = id.hash_input();
        let b = blind(input.as_bytes());
        let c = blind(CANARY_INPUT);
        let evaluated = key.blind_evaluate(&[c.element, b.element]).unwrap();
        assert_eq!(
            finalize(&b, input.as_bytes(), &evaluated[1]).unwrap(),
            key.suffix_of(&id)
        );
        assert_eq!(
            finalize(&c, CANARY_INPUT, &evaluated[0]).unwrap(),
            key.canary()
        );
        assert_ne!(
            key.suffix_of(&id),
            crate::hashing::HashedId::of(&id).suffix()
        );

        // Another key gives another canary, so a client can tell.
        let other = OprfKey::generate();
        let evaluated = other.blind_evaluate(&[c.element]).unwrap();
        assert_ne!(
            finalize(&c, CANARY_INPUT, &evaluated[0]).unwrap(),
            key.canary()
        );
    }

    #[test]
    fn blinding_is_fresh_each_time() {
        assert_ne!(
            blind(b"mobile:+919876543210").element,
            blind(b"mobile:+919876543210").element
        );
    }

    #[test]
    fn key_files_round_trip_and_are_private() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("k");
        let key = OprfKey::generate();
        key.save(&path, false).unwrap();
        assert!(matches!(
            key.save(&path, false),
            Err(OprfError::KeyExists(_))
        ));
        let back = OprfKey::load(&path).unwrap();
        assert_eq!(back.canary(), key.canary());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(
                std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
                0o600
            );
        }
        std::fs::write(&path, "nonsense\n").unwrap();
        assert!(matches!(
            OprfKey::load(&path),
            Err(OprfError::BadKeyFile(_))
        ));
    }

    #[test]
    fn malformed_inputs_are_errors() {
        let key = OprfKey::generate();
        assert!(key.blind_evaluate(&[]).is_err());
        assert!(key.blind_evaluate(&[[0xFF; 32]]).is_err());
        assert!(
            key.blind_evaluate(&[blind(b"x").element; MAX_BATCH + 1])
                .is_err()
        );
        assert_eq!(unhex("0aFF"), Some(vec![10, 255]));
        assert_eq!(unhex("0a F"), None);
    }
}
