//! Canonical identifier → SHA-256 → the (prefix, suffix) pair that k-anonymity works with (ARCHITECTURE.md, Hashing and k-anonymity).
//!
//! The **prefix** (first 20 bits, 5 uppercase hex characters) is the only part of a hash that ever
//! leaves the device; the **suffix** (the next 64 bits) is compared locally. The full digest stays
//! inside [`HashedId`], whose `Debug` is redacted.

use std::fmt;
use std::str::FromStr;

use sha2::{Digest, Sha256};

use crate::identifier::Identifier;

/// Bits in a prefix: 2²⁰ = 1,048,576 buckets.
pub const PREFIX_BITS: u32 = 20;
/// Bits in a suffix.
pub const SUFFIX_BITS: u32 = 64;
/// Number of prefix buckets.
pub const BUCKETS: usize = 1 << PREFIX_BITS;

/// Lowercase hex of `bytes`: the one hex encoder (index ids, checksums, digests).
pub fn hex(bytes: &[u8]) -> String {
    use fmt::Write;
    bytes
        .iter()
        .fold(String::with_capacity(bytes.len() * 2), |mut s, b| {
            let _ = write!(s, "{b:02x}");
            s
        })
}

/// The 20-bit bucket number, written as 5 uppercase hex characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Prefix(u32);

impl Prefix {
    /// The largest valid prefix value, `FFFFF`.
    pub const MAX: u32 = (1 << PREFIX_BITS) - 1;

    /// A prefix from its numeric value; `None` above [`Prefix::MAX`].
    pub fn new(value: u32) -> Option<Self> {
        (value <= Self::MAX).then_some(Prefix(value))
    }

    pub fn value(self) -> u32 {
        self.0
    }

    /// The bucket number as an array index.
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

impl fmt::Display for Prefix {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:05X}", self.0)
    }
}

/// Why a string is not a prefix. The server returns this text with a 400.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("a prefix is exactly 5 uppercase hexadecimal characters (0-9, A-F), like 3FA2B")]
pub struct BadPrefix;

impl FromStr for Prefix {
    type Err = BadPrefix;

    /// Strict: exactly 5 of `0-9A-F`. Lowercase is refused so that the live server and a static
    /// export (which has only uppercase file names) answer the same paths.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if s.len() != 5
            || !s
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'A'..=b'F').contains(&b))
        {
            return Err(BadPrefix);
        }
        u32::from_str_radix(s, 16)
            .map(Prefix)
            .map_err(|_| BadPrefix)
    }
}

/// The 64 bits after the prefix, written as 16 uppercase hex characters on the wire.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Suffix(pub u64);

impl fmt::Display for Suffix {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:016X}", self.0)
    }
}

impl FromStr for Suffix {
    type Err = ();

    /// Exactly 16 hex characters (either case).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if s.len() != 16 || !s.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(());
        }
        u64::from_str_radix(s, 16).map(Suffix).map_err(|_| ())
    }
}

/// The SHA-256 of an identifier's tagged canonical form. Only [`HashedId::prefix`] may be sent anywhere.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct HashedId {
    digest: [u8; 32],
}

impl fmt::Debug for HashedId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "HashedId(prefix {}, rest redacted)", self.prefix())
    }
}

impl HashedId {
    /// Hashes `kind:canonical` (ARCHITECTURE.md, Hashing and k-anonymity).
    pub fn of(id: &Identifier) -> Self {
        let mut h = Sha256::new();
        h.update(id.kind().tag().as_bytes());
        h.update(b":");
        h.update(id.canonical().as_bytes());
        HashedId {
            digest: h.finalize().into(),
        }
    }

    fn top128(&self) -> u128 {
        let mut first = [0u8; 16];
        first.copy_from_slice(&self.digest[..16]);
        u128::from_be_bytes(first)
    }

    /// The first 20 bits.
    pub fn prefix(&self) -> Prefix {
        Prefix(u32::try_from(self.top128() >> (128 - PREFIX_BITS)).expect("20 bits fit in u32"))
    }

    /// Bits 20..84.
    pub fn suffix(&self) -> Suffix {
        #[allow(clippy::cast_possible_truncation)] // deliberate: keep the low 64 bits
        Suffix((self.top128() >> (128 - PREFIX_BITS - SUFFIX_BITS)) as u64)
    }

    /// The whole digest as lowercase hex. Exists for tests that prove it is never written anywhere.
    pub fn full_hex(&self) -> String {
        hex(&self.digest)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefix_and_suffix_are_the_leading_hex_digits() {
        let id = Identifier::parse("+91 98765 43210").unwrap();
        let h = HashedId::of(&id);
        let hex = h.full_hex().to_uppercase();
        assert_eq!(h.prefix().to_string(), hex[..5]);
        assert_eq!(h.suffix().to_string(), hex[5..21]);
    }

    #[test]
    fn known_vector() {
        // sha256("mobile:+919876543210"), computed independently with coreutils' sha256sum.
        let id = Identifier::parse("9876543210").unwrap();
        assert_eq!(
            HashedId::of(&id).full_hex(),
            "78246a574a6cd720f617afbc9469a089c2003383a411faa902c2ab00476272a6"
        );
    }

    #[test]
    fn prefix_parsing_is_strict() {
        assert_eq!("3FA2B".parse::<Prefix>().unwrap().value(), 0x3FA2B);
        for bad in ["3fa2b", "3FA2", "3FA2BC", "GGGGG", "", "+FA2B", "3FA2 "] {
            assert!(bad.parse::<Prefix>().is_err(), "{bad:?}");
        }
        assert!(Prefix::new(0x10_0000).is_none());
    }
}
