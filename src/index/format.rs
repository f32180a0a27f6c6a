//! The packed index file layout (ARCHITECTURE.md, Index file), shared by the reader and the writer.
//!
//! All integers are little-endian. Sections start at 8-byte boundaries (zero padding between them):
//!
//! | section        | size                                   | content                                  |
//! |----------------|----------------------------------------|------------------------------------------|
//! | header         | 128 bytes                              | see [`Header`]                           |
//! | catalogue      | `catalogue_len`                        | `v1/breaches.json`, byte for byte        |
//! | set offsets    | 4 × (`set_count` + 1)                  | start of each breach set in *set ids*    |
//! | set ids        | 4 × `set_ids_len`                      | breach ids, ascending within each set    |
//! | bucket offsets | 4 × (2²⁰ + 1)                          | first entry of each prefix bucket        |
//! | suffixes       | 8 × `entry_count`                      | sorted by (prefix, suffix)               |
//! | set refs       | 4 × `entry_count`                      | which breach set each entry belongs to   |
//!
//! | seal           | `seal_len` (0 when unsigned)           | [`super::seal::Seal`] as JSON            |
//!
//! The checksum is the SHA-256 of everything before the seal with the checksum field and the seal
//! fields (header bytes 52..64) set to zeros: signing an index adds a seal without changing its
//! checksum or its id. The seal's own integrity is checked by its digest in the header (and its
//! signature). In blinded mode the header also carries the OPRF canary (header bytes 96..104; zeros
//! in plain mode).

use crate::hashing::{BUCKETS, PREFIX_BITS, SUFFIX_BITS};

pub const MAGIC: [u8; 8] = *b"SAJAGIDX";
/// Version 2 added the seal (publisher signatures).
pub const VERSION: u16 = 2;
pub const HEADER_LEN: usize = 128;
/// Byte range of the checksum inside the header.
pub const CHECKSUM_RANGE: std::ops::Range<usize> = 64..96;
/// Byte range of the seal's length and digest inside the header (left out of the checksum).
pub const SEAL_FIELDS: std::ops::Range<usize> = 52..64;
/// The latest build time a header may carry (9999-12-31T23:59:59Z), so every value prints as a date.
pub const MAX_BUILT_AT: u64 = 253_402_300_799;
/// The largest seal a reader accepts.
pub const MAX_SEAL_LEN: u32 = 4096;
/// Byte range of the OPRF canary inside the header.
pub const CANARY_RANGE: std::ops::Range<usize> = 96..104;

/// How the stored suffixes were made (ARCHITECTURE.md, Hashing and k-anonymity and Blinded mode).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// Suffix = bits 20..84 of SHA-256 of the tagged canonical form.
    Plain,
    /// Suffix = a truncated hash of an OPRF output under a server-held key.
    Blinded,
}

impl Mode {
    fn to_byte(self) -> u8 {
        match self {
            Mode::Plain => 0,
            Mode::Blinded => 1,
        }
    }

    fn from_byte(b: u8) -> Option<Self> {
        match b {
            0 => Some(Mode::Plain),
            1 => Some(Mode::Blinded),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Plain => "plain",
            Mode::Blinded => "blinded",
        }
    }
}

/// The fixed-size header at the start of every index file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Header {
    pub mode: Mode,
    /// Unix seconds.
    pub built_at: u64,
    pub entry_count: u64,
    pub breach_count: u32,
    pub set_count: u32,
    pub set_ids_len: u32,
    pub catalogue_len: u32,
    /// The largest bucket, in entries (sets the padding of range responses).
    pub max_bucket: u32,
    pub checksum: [u8; 32],
    /// A blinded index's OPRF canary (see `oprf::CANARY_INPUT`): names the key. 0 in plain mode.
    pub oprf_canary: u64,
    /// Bytes of the seal after the last section; 0 for an unsigned index.
    pub seal_len: u32,
    /// The first 8 bytes of the seal's SHA-256 (zeros when there is no seal).
    pub seal_digest: [u8; 8],
}

/// Why header bytes are not a header this version can read.
#[derive(Debug, thiserror::Error)]
pub enum HeaderError {
    #[error("it is too short to be an index ({0} bytes)")]
    TooShort(usize),
    #[error("it is not a Sajag index (wrong magic bytes)")]
    Magic,
    #[error("it is index format version {0}; this program reads version {VERSION}")]
    Version(u16),
    #[error("its header is damaged ({0})")]
    Field(&'static str),
}

impl Header {
    pub fn encode(&self) -> [u8; HEADER_LEN] {
        let mut h = [0u8; HEADER_LEN];
        h[0..8].copy_from_slice(&MAGIC);
        h[8..10].copy_from_slice(&VERSION.to_le_bytes());
        h[10] = self.mode.to_byte();
        h[11] = u8::try_from(PREFIX_BITS).expect("20 fits");
        h[12] = u8::try_from(SUFFIX_BITS).expect("64 fits");
        h[16..24].copy_from_slice(&self.built_at.to_le_bytes());
        h[24..32].copy_from_slice(&self.entry_count.to_le_bytes());
        h[32..36].copy_from_slice(&self.breach_count.to_le_bytes());
        h[36..40].copy_from_slice(&self.set_count.to_le_bytes());
        h[40..44].copy_from_slice(&self.set_ids_len.to_le_bytes());
        h[44..48].copy_from_slice(&self.catalogue_len.to_le_bytes());
        h[48..52].copy_from_slice(&self.max_bucket.to_le_bytes());
        h[52..56].copy_from_slice(&self.seal_len.to_le_bytes());
        h[56..64].copy_from_slice(&self.seal_digest);
        h[CHECKSUM_RANGE].copy_from_slice(&self.checksum);
        h[CANARY_RANGE].copy_from_slice(&self.oprf_canary.to_le_bytes());
        h
    }

    pub fn decode(bytes: &[u8]) -> Result<Self, HeaderError> {
        if bytes.len() < HEADER_LEN {
            return Err(HeaderError::TooShort(bytes.len()));
        }
        if bytes[0..8] != MAGIC {
            return Err(HeaderError::Magic);
        }
        let version = u16::from_le_bytes([bytes[8], bytes[9]]);
        if version != VERSION {
            return Err(HeaderError::Version(version));
        }
        let mode = Mode::from_byte(bytes[10]).ok_or(HeaderError::Field("mode"))?;
        if u32::from(bytes[11]) != PREFIX_BITS || u32::from(bytes[12]) != SUFFIX_BITS {
            return Err(HeaderError::Field("prefix/suffix bits"));
        }
        if bytes[13..16]
            .iter()
            .chain(&bytes[CANARY_RANGE.end..HEADER_LEN])
            .any(|&b| b != 0)
        {
            return Err(HeaderError::Field("reserved bytes"));
        }
        let mut checksum = [0u8; 32];
        checksum.copy_from_slice(&bytes[CHECKSUM_RANGE]);
        let oprf_canary = read_u64(bytes, CANARY_RANGE.start);
        if mode == Mode::Plain && oprf_canary != 0 {
            return Err(HeaderError::Field("canary"));
        }
        let built_at = read_u64(bytes, 16);
        if built_at > MAX_BUILT_AT {
            return Err(HeaderError::Field("build time"));
        }
        let seal_len = read_u32(bytes, 52);
        let mut seal_digest = [0u8; 8];
        seal_digest.copy_from_slice(&bytes[56..64]);
        if seal_len > MAX_SEAL_LEN || (seal_len == 0 && seal_digest != [0; 8]) {
            return Err(HeaderError::Field("seal"));
        }
        Ok(Header {
            mode,
            built_at,
            entry_count: read_u64(bytes, 24),
            breach_count: read_u32(bytes, 32),
            set_count: read_u32(bytes, 36),
            set_ids_len: read_u32(bytes, 40),
            catalogue_len: read_u32(bytes, 44),
            max_bucket: read_u32(bytes, 48),
            checksum,
            oprf_canary,
            seal_len,
            seal_digest,
        })
    }

    /// The index id: the first 8 bytes of the checksum in hex. Names the content (`ETag`, manifest).
    pub fn index_id(&self) -> String {
        crate::hashing::hex(&self.checksum[..8])
    }
}

/// Where each section starts, derived from the header counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Layout {
    pub catalogue: usize,
    pub set_offsets: usize,
    pub set_ids: usize,
    pub bucket_offsets: usize,
    pub suffixes: usize,
    pub set_refs: usize,
    /// Total file length.
    pub end: usize,
}

/// Rounds up to the next multiple of 8.
pub fn align8(n: usize) -> usize {
    n.next_multiple_of(8)
}

impl Layout {
    /// `None` if the counts do not fit in this machine's address space.
    pub fn of(h: &Header) -> Option<Self> {
        let entries = usize::try_from(h.entry_count).ok()?;
        let catalogue = HEADER_LEN;
        let set_offsets = align8(catalogue.checked_add(h.catalogue_len as usize)?);
        let set_ids =
            align8(set_offsets.checked_add(4usize.checked_mul(h.set_count as usize + 1)?)?);
        let bucket_offsets =
            align8(set_ids.checked_add(4usize.checked_mul(h.set_ids_len as usize)?)?);
        let suffixes = align8(bucket_offsets + 4 * (BUCKETS + 1));
        let set_refs = suffixes.checked_add(entries.checked_mul(8)?)?;
        let end = align8(set_refs.checked_add(entries.checked_mul(4)?)?);
        Some(Layout {
            catalogue,
            set_offsets,
            set_ids,
            bucket_offsets,
            suffixes,
            set_refs,
            end,
        })
    }
}

pub fn read_u32(bytes: &[u8], at: usize) -> u32 {
    u32::from_le_bytes(bytes[at..at + 4].try_into().expect("4 bytes"))
}

pub fn read_u64(bytes: &[u8], at: usize) -> u64 {
    u64::from_le_bytes(bytes[at..at + 8].try_into().expect("8 bytes"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_round_trips() {
        let h = Header {
            mode: Mode::Plain,
            built_at: 1_700_000_000,
            entry_count: 12,
            breach_count: 3,
            set_count: 4,
            set_ids_len: 6,
            catalogue_len: 100,
            max_bucket: 2,
            checksum: [7; 32],
            oprf_canary: 0,
            seal_len: 300,
            seal_digest: [9; 8],
        };
        assert_eq!(Header::decode(&h.encode()).unwrap(), h);
        let mut bad = h.encode();
        bad[0] = b'X';
        assert!(matches!(Header::decode(&bad), Err(HeaderError::Magic)));
        let mut bad = h.encode();
        bad[8] = 9;
        assert!(matches!(Header::decode(&bad), Err(HeaderError::Version(9))));
        // No value of a field can make the header unprintable or the file unbounded.
        let mut bad = h.clone();
        bad.built_at = u64::MAX;
        assert!(matches!(
            Header::decode(&bad.encode()),
            Err(HeaderError::Field("build time"))
        ));
        let mut bad = h.clone();
        bad.seal_len = MAX_SEAL_LEN + 1;
        assert!(Header::decode(&bad.encode()).is_err());
    }
}
