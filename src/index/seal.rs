//! The seal: what signing adds to an index file (ARCHITECTURE.md, Trust).
//!
//! A seal is a small JSON object after the file's last section: the publisher, the key, the expiry,
//! the bucket root and the signature of the manifest (`protocol::Manifest::signed_message`), which
//! commits to the file's checksum. Everything a server or an export needs to publish a signed
//! manifest is therefore in the file itself; the header holds the seal's length and digest.

use std::io::Write as _;
use std::path::Path;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::format::{HEADER_LEN, MAX_SEAL_LEN, SEAL_FIELDS};
use super::writer::{Partial, WriteError};
use super::{Index, IndexError};

/// A signed index's seal. The field names are the manifest's.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Seal {
    /// Hex SHA-256 root of the bucket tree (`proof`).
    pub bucket_root: String,
    pub publisher: String,
    /// RFC 3339, UTC: clients refuse the index after this.
    pub expires: String,
    /// Hex Ed25519 public key.
    pub signing_key: String,
    /// Hex Ed25519 signature of the manifest.
    pub signature: String,
}

impl Seal {
    pub fn to_json(&self) -> Vec<u8> {
        serde_json::to_vec(self).expect("a seal serialises")
    }

    pub(crate) fn parse(bytes: &[u8]) -> Result<Self, IndexError> {
        serde_json::from_slice(bytes)
            .map_err(|_| IndexError::Corrupt("its signature block is unreadable".into()))
    }

    /// The first 8 bytes of SHA-256 of the seal's bytes, as stored in the header.
    pub(crate) fn digest(bytes: &[u8]) -> [u8; 8] {
        Sha256::digest(bytes)[..8].try_into().expect("8 bytes")
    }
}

/// Writes `index` with `seal` (replacing any seal it had) to `out`, atomically: the file's checksum
/// and id do not change. Without `force` an existing `out` is kept and the call fails; `out` may be
/// the index's own path with `force`.
pub fn write_sealed(index: &Index, seal: &Seal, out: &Path, force: bool) -> Result<(), WriteError> {
    let seal_bytes = seal.to_json();
    let seal_len = u32::try_from(seal_bytes.len())
        .ok()
        .filter(|&n| n <= MAX_SEAL_LEN)
        .ok_or(WriteError::SealTooLarge)?;
    let body = index.body_bytes();
    let mut header = body[..HEADER_LEN].to_vec();
    header[SEAL_FIELDS.start..SEAL_FIELDS.start + 4].copy_from_slice(&seal_len.to_le_bytes());
    header[SEAL_FIELDS.start + 4..SEAL_FIELDS.end].copy_from_slice(&Seal::digest(&seal_bytes));
    let partial = Partial::beside(out)?;
    {
        let mut w = std::io::BufWriter::with_capacity(1 << 20, partial.file());
        w.write_all(&header).map_err(partial.write_err())?;
        w.write_all(&body[HEADER_LEN..])
            .map_err(partial.write_err())?;
        w.write_all(&seal_bytes).map_err(partial.write_err())?;
        w.flush().map_err(partial.write_err())?;
    }
    partial.commit(out, force)?;
    Ok(())
}
