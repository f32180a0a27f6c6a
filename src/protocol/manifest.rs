//! `v1/manifest.json`: what a client relies on about an index, and the bytes its publisher signs
//! ([`Manifest::signed_message`]) — ARCHITECTURE.md, Wire protocol and Trust.

use serde::{Deserialize, Serialize};

use super::{RANGE_DIR, VERSION, padded_lines, sha256_hex};
use crate::hashing::{PREFIX_BITS, Prefix, SUFFIX_BITS, Suffix, hex};
use crate::index::{Index, Mode, Seal};
use crate::proof::{BucketTree, Hash};
use crate::signing::{PublicKey, SecretKey};

/// `v1/manifest.json`. Unknown fields are refused, so that nothing a client reads can sit outside
/// the signature.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// Always `sajag-index`.
    pub format: String,
    pub version: u32,
    pub mode: Mode,
    /// Names this build of the index (first 16 hex digits of its checksum); also the `ETag` and
    /// part of every range path.
    pub index_id: String,
    /// The index file's whole checksum (hex SHA-256; see `index::format`).
    pub index_sha256: String,
    /// RFC 3339, UTC.
    pub built_at: String,
    pub prefix_bits: u32,
    pub suffix_bits: u32,
    pub entries: u64,
    pub breaches: u32,
    /// Lines in every range response.
    pub padded_lines: u32,
    /// SHA-256 (hex) of the exact bytes of `v1/breaches.json`.
    pub catalogue_sha256: String,
    /// Blinded mode only: the OPRF suffix of `oprf::CANARY_INPUT` (16 hex digits), which clients
    /// use to check that the server evaluates with this index's key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oprf_canary: Option<String>,
    /// Hex root of the bucket tree (`proof`). Required on the wire; an index file knows it only
    /// once signed (a server or an export computes it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bucket_root: Option<String>,
    /// Signed indexes only: who signed, until when, with which key, and the signature.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signing_key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature: Option<String>,
}

/// Why a manifest's signature fields cannot be accepted.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SignatureError {
    #[error("its signature fields are incomplete")]
    Incomplete,
    #[error("its signing key is not a valid key")]
    BadKey,
    #[error(
        "its signature does not match its contents (it was altered, or signed by someone else)"
    )]
    Invalid,
}

impl Manifest {
    /// The manifest describing an open index, with its seal's fields when it is signed.
    pub fn of(index: &Index) -> Self {
        let h = index.header();
        let seal = index.seal();
        Manifest {
            format: "sajag-index".into(),
            version: VERSION,
            mode: index.mode(),
            index_id: index.index_id(),
            index_sha256: hex(&h.checksum),
            built_at: crate::dates::timestamp(h.built_at),
            prefix_bits: PREFIX_BITS,
            suffix_bits: SUFFIX_BITS,
            entries: h.entry_count,
            breaches: h.breach_count,
            padded_lines: padded_lines(h.max_bucket),
            catalogue_sha256: sha256_hex(index.catalogue_json()),
            oprf_canary: (index.mode() == Mode::Blinded).then(|| Suffix(h.oprf_canary).to_string()),
            bucket_root: seal.map(|s| s.bucket_root.clone()),
            publisher: seal.map(|s| s.publisher.clone()),
            expires: seal.map(|s| s.expires.clone()),
            signing_key: seal.map(|s| s.signing_key.clone()),
            signature: seal.map(|s| s.signature.clone()),
        }
    }

    /// The manifest a server or an export publishes: [`Manifest::of`] with the bucket root of
    /// `tree`. Fails when a signed index's root is not the tree's (the file does not match its
    /// seal).
    pub fn published(index: &Index, tree: &BucketTree) -> Result<Self, crate::index::IndexError> {
        let mut m = Manifest::of(index);
        let root = hex(&tree.root());
        match &m.bucket_root {
            Some(sealed) if *sealed != root => Err(crate::index::IndexError::Corrupt(
                "its buckets do not match the root it was signed with".into(),
            )),
            _ => {
                m.bucket_root = Some(root);
                Ok(m)
            }
        }
    }

    /// The bytes a publisher signs: every field but the signature, each named and length-prefixed
    /// (`sajag-manifest-v1`), so no two manifests share them.
    pub fn signed_message(&self) -> Vec<u8> {
        let none = String::new();
        let fields: [(&str, String); 19] = [
            ("format", self.format.clone()),
            ("version", self.version.to_string()),
            ("mode", self.mode.as_str().into()),
            ("index_id", self.index_id.clone()),
            ("index_sha256", self.index_sha256.clone()),
            ("built_at", self.built_at.clone()),
            ("prefix_bits", self.prefix_bits.to_string()),
            ("suffix_bits", self.suffix_bits.to_string()),
            ("entries", self.entries.to_string()),
            ("breaches", self.breaches.to_string()),
            ("padded_lines", self.padded_lines.to_string()),
            ("catalogue_sha256", self.catalogue_sha256.clone()),
            ("oprf_canary", self.oprf_canary.clone().unwrap_or_default()),
            ("bucket_root", self.bucket_root.clone().unwrap_or_default()),
            ("publisher", self.publisher.clone().unwrap_or_default()),
            ("expires", self.expires.clone().unwrap_or_default()),
            ("signing_key", self.signing_key.clone().unwrap_or_default()),
            ("range_path", format!("{RANGE_DIR}/{}/", self.index_id)),
            ("end", none),
        ];
        let mut out = b"sajag-manifest-v1\0".to_vec();
        for (name, value) in fields {
            out.extend_from_slice(name.as_bytes());
            out.push(0);
            out.extend_from_slice(&(value.len() as u64).to_le_bytes());
            out.extend_from_slice(value.as_bytes());
        }
        out
    }

    /// Signs the manifest of `index` (whose bucket tree is `tree`) as `key`'s publisher until
    /// `expires` (RFC 3339): the seal to store in the file.
    pub fn seal(index: &Index, tree: &BucketTree, key: &SecretKey, expires: &str) -> Seal {
        Self::seal_with_root(index, &tree.root(), key, expires)
    }

    /// [`Manifest::seal`] for a bucket root already known (from the index's own valid seal: the
    /// bodies, and so the root, do not depend on who signs).
    pub fn seal_with_root(index: &Index, root: &Hash, key: &SecretKey, expires: &str) -> Seal {
        let mut m = Manifest::of(index);
        m.bucket_root = Some(hex(root));
        m.publisher = Some(key.publisher().to_owned());
        m.expires = Some(expires.to_owned());
        m.signing_key = Some(key.public().to_hex());
        m.signature = None;
        let signature = hex(&key.sign(&m.signed_message()));
        Seal {
            bucket_root: m.bucket_root.expect("set above"),
            publisher: m.publisher.expect("set above"),
            expires: m.expires.expect("set above"),
            signing_key: m.signing_key.expect("set above"),
            signature,
        }
    }

    /// Checks the signature: `Ok(None)` for an unsigned manifest, `Ok(Some(key))` for a valid
    /// signature, an error for anything in between.
    pub fn verify_signature(&self) -> Result<Option<PublicKey>, SignatureError> {
        match (
            &self.publisher,
            &self.expires,
            &self.signing_key,
            &self.signature,
        ) {
            (None, None, None, None) => Ok(None),
            (Some(name), Some(_), Some(key), Some(signature)) => {
                crate::signing::check_name(name).map_err(|_| SignatureError::Incomplete)?;
                let key = PublicKey::from_hex(key).map_err(|_| SignatureError::BadKey)?;
                let signature = crate::oprf::unhex(signature).ok_or(SignatureError::Invalid)?;
                if key.verify(&self.signed_message(), &signature) {
                    Ok(Some(key))
                } else {
                    Err(SignatureError::Invalid)
                }
            }
            _ => Err(SignatureError::Incomplete),
        }
    }

    /// The path of one range response of this index.
    pub fn range_path(&self, prefix: Prefix) -> String {
        format!("{RANGE_DIR}/{}/{prefix}", self.index_id)
    }

    /// The canonical bytes served as `v1/manifest.json`.
    pub fn to_json(&self) -> Vec<u8> {
        let mut out = serde_json::to_vec_pretty(self).expect("manifest serialises");
        out.push(b'\n');
        out
    }

    /// The quoted `ETag` value for every resource of this index.
    pub fn etag(&self) -> String {
        format!("\"{}\"", self.index_id)
    }
}
