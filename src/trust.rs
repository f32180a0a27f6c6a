//! Whom to believe (ARCHITECTURE.md, Trust): the keys a person trusts, and whether a signed
//! manifest is valid, current and not older than one already seen from the same publisher.
//!
//! A signature says who made an index; only the person can say whether that someone is to be
//! believed. So a valid signature by a key nobody trusted is not an error — the app says "signed by
//! an unknown publisher" — while a broken signature, an expired manifest or a rollback is.
//!
//! Rollback memory: per publisher key, the newest `built_at` seen, in `publishers.toml` in the
//! settings folder. It holds keys and dates only — nothing about what anyone checked.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Mutex;

use crate::protocol::{Manifest, SignatureError};
use crate::signing::{DEMO_PUBLIC_KEY, DEMO_PUBLISHER, PublicKey};

const MEMORY_FILE: &str = "publishers.toml";

/// A key the person (or the app, for the demo) has decided to trust, and the name to show for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TrustedKey {
    pub key: PublicKey,
    pub name: String,
}

/// Who signed an index, as shown to people (`sajag check --json`'s `publisher`).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Publisher {
    /// The name the person gave a trusted key, else the name in the manifest.
    pub name: String,
    /// Hex public key.
    pub key: String,
    pub trusted: bool,
}

impl Publisher {
    /// The key's short fingerprint for display.
    pub fn fingerprint(&self) -> String {
        PublicKey::from_hex(&self.key).map_or_else(|_| self.key.clone(), |k| k.fingerprint())
    }
}

/// Why a signed manifest is refused. Each is an error, never a quiet "not found".
#[derive(Debug, thiserror::Error)]
pub enum TrustError {
    #[error("The index's signature is not valid: {0}. Its results cannot be trusted.")]
    Signature(SignatureError),
    #[error("The index's {0} is not a valid date, so it cannot be checked.")]
    BadDate(&'static str),
    #[error(
        "This index expired on {0}. Its publisher must publish a new one; an old copy may miss recent leaks."
    )]
    Expired(String),
    #[error(
        "This index (built {got}) is older than one already seen from the same publisher (built {seen}). Someone may be serving an old copy; it is not used."
    )]
    RolledBack { got: String, seen: String },
}

impl From<SignatureError> for TrustError {
    fn from(e: SignatureError) -> Self {
        TrustError::Signature(e)
    }
}

/// The trust settings a source checks manifests against.
#[derive(Debug)]
pub struct TrustPolicy {
    trusted: Vec<TrustedKey>,
    memory: Option<PathBuf>,
    lock: Mutex<()>,
}

impl Default for TrustPolicy {
    fn default() -> Self {
        Self::new(Vec::new())
    }
}

/// The demo key, trusted everywhere (its secret was thrown away after signing the demo).
pub fn demo_key() -> TrustedKey {
    TrustedKey {
        key: PublicKey::from_hex(DEMO_PUBLIC_KEY).expect("the demo key is valid"),
        name: DEMO_PUBLISHER.into(),
    }
}

impl TrustPolicy {
    /// Trusts the demo key and `keys`; remembers nothing between runs.
    pub fn new(keys: Vec<TrustedKey>) -> Self {
        let mut trusted = vec![demo_key()];
        trusted.extend(keys);
        TrustPolicy {
            trusted,
            memory: None,
            lock: Mutex::new(()),
        }
    }

    /// Remembers the newest build seen per publisher in `dir` (the settings folder).
    #[must_use]
    pub fn remembering_in(mut self, dir: PathBuf) -> Self {
        self.memory = Some(dir);
        self
    }

    /// The trusted entry for `key`, if any.
    pub fn trusted(&self, key: &PublicKey) -> Option<&TrustedKey> {
        self.trusted.iter().find(|t| t.key == *key)
    }

    /// Checks a manifest's signature, expiry and freshness. `Ok(None)`: unsigned.
    pub fn authenticate(&self, manifest: &Manifest) -> Result<Option<Publisher>, TrustError> {
        self.authenticate_at(manifest, crate::dates::now_unix())
    }

    fn authenticate_at(
        &self,
        manifest: &Manifest,
        now: u64,
    ) -> Result<Option<Publisher>, TrustError> {
        let Some(key) = manifest.verify_signature()? else {
            return Ok(None);
        };
        let expires_text = manifest.expires.as_deref().unwrap_or_default();
        let expires =
            crate::dates::parse_rfc3339(expires_text).ok_or(TrustError::BadDate("expiry date"))?;
        let built = crate::dates::parse_rfc3339(&manifest.built_at)
            .ok_or(TrustError::BadDate("build time"))?;
        if now > expires {
            return Err(TrustError::Expired(expires_text.to_owned()));
        }
        self.check_fresh(&key, built)?;
        let trusted = self.trusted(&key);
        Ok(Some(Publisher {
            name: trusted.map_or_else(
                || manifest.publisher.clone().unwrap_or_default(),
                |t| t.name.clone(),
            ),
            key: key.to_hex(),
            trusted: trusted.is_some(),
        }))
    }

    /// Refuses a build older than the newest remembered for `key`; remembers a newer one. An
    /// unreadable memory file counts as empty (it holds no secret; losing it only forgets dates).
    fn check_fresh(&self, key: &PublicKey, built: u64) -> Result<(), TrustError> {
        let Some(dir) = &self.memory else {
            return Ok(());
        };
        if *key == demo_key().key {
            // Only the embedded demo carries this key and its secret is gone: nothing to roll
            // back to, and no reason to write to the settings folder.
            return Ok(());
        }
        let _guard = self
            .lock
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let path = dir.join(MEMORY_FILE);
        let mut memory: Memory = std::fs::read_to_string(&path)
            .ok()
            .and_then(|t| toml::from_str(&t).ok())
            .unwrap_or_default();
        let seen = memory.newest_built_at.get(&key.to_hex()).copied();
        if let Some(seen) = seen
            && built < seen
        {
            return Err(TrustError::RolledBack {
                got: crate::dates::timestamp(built),
                seen: crate::dates::timestamp(seen),
            });
        }
        if seen != Some(built) {
            memory.newest_built_at.insert(key.to_hex(), built);
            let text = format!(
                "# The newest index build Sajag has seen from each publisher key (to refuse older copies).\n{}",
                toml::to_string(&memory).unwrap_or_default()
            );
            // Best effort: a read-only settings folder must not stop checks.
            let _ = std::fs::create_dir_all(dir)
                .and_then(|()| crate::fsutil::write_atomically(&path, text.as_bytes()));
        }
        Ok(())
    }
}

#[derive(Default, serde::Serialize, serde::Deserialize)]
struct Memory {
    #[serde(default)]
    newest_built_at: BTreeMap<String, u64>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::signing::SecretKey;

    fn signed(key: &SecretKey, built_at: &str, expires: &str) -> Manifest {
        let mut m: Manifest = serde_json::from_str(&format!(
            r#"{{"format":"sajag-index","version":1,"mode":"plain","index_id":"00","index_sha256":"11",
            "built_at":"{built_at}","prefix_bits":20,"suffix_bits":64,"entries":1,"breaches":1,
            "padded_lines":16,"catalogue_sha256":"22","bucket_root":"33"}}"#
        ))
        .unwrap();
        m.publisher = Some(key.publisher().into());
        m.expires = Some(expires.into());
        m.signing_key = Some(key.public().to_hex());
        m.signature = Some(crate::hashing::hex(&key.sign(&m.signed_message())));
        m
    }

    #[test]
    fn signatures_expiry_and_rollback() {
        let key = SecretKey::generate("Test CERT").unwrap();
        let dir = tempfile::tempdir().unwrap();
        let policy = TrustPolicy::new(vec![]).remembering_in(dir.path().to_path_buf());
        let now = crate::dates::parse_rfc3339("2026-06-01T00:00:00Z").unwrap();
        let new = signed(&key, "2026-05-01T00:00:00Z", "2026-09-01T00:00:00Z");
        let p = policy.authenticate_at(&new, now).unwrap().unwrap();
        assert!(!p.trusted);
        assert_eq!(p.name, "Test CERT");
        // Every signed field is covered.
        for change in [
            |m: &mut Manifest| m.entries += 1,
            |m: &mut Manifest| m.bucket_root = Some("34".into()),
            |m: &mut Manifest| m.padded_lines = 32,
            |m: &mut Manifest| m.publisher = Some("Someone else".into()),
            |m: &mut Manifest| m.expires = Some("2099-01-01T00:00:00Z".into()),
            |m: &mut Manifest| m.catalogue_sha256 = "23".into(),
            |m: &mut Manifest| m.signature = None,
        ] {
            let mut m = new.clone();
            change(&mut m);
            assert!(policy.authenticate_at(&m, now).is_err(), "{m:?}");
        }
        // Expired.
        assert!(matches!(
            policy.authenticate_at(
                &new,
                crate::dates::parse_rfc3339("2026-09-02T00:00:00Z").unwrap()
            ),
            Err(TrustError::Expired(_))
        ));
        // An older build by the same key, after the newer one was seen: a rollback, also in a
        // new policy reading the same folder.
        let old = signed(&key, "2026-04-01T00:00:00Z", "2026-09-01T00:00:00Z");
        let again = TrustPolicy::new(vec![]).remembering_in(dir.path().to_path_buf());
        assert!(matches!(
            again.authenticate_at(&old, now),
            Err(TrustError::RolledBack { .. })
        ));
        // Another publisher's older build is fine, and trust names the key as the person did.
        let other = SecretKey::generate("Other").unwrap();
        let trusting = TrustPolicy::new(vec![TrustedKey {
            key: other.public(),
            name: "My NGO".into(),
        }])
        .remembering_in(dir.path().to_path_buf());
        let p = trusting
            .authenticate_at(
                &signed(&other, "2026-04-01T00:00:00Z", "2026-09-01T00:00:00Z"),
                now,
            )
            .unwrap()
            .unwrap();
        assert!(p.trusted);
        assert_eq!(p.name, "My NGO");
        // The memory file holds keys and dates only.
        let text = std::fs::read_to_string(dir.path().join(MEMORY_FILE)).unwrap();
        assert!(text.contains(&key.public().to_hex()));
    }
}
