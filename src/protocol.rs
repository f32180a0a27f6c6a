//! The range wire format v1 (DESIGN §5): paths, `manifest.json`, range bodies and their padding.
//!
//! The live server (`sajag-index serve`) and the static export (`sajag-index export`) both produce
//! their bytes through this module, so the two are equal byte for byte; the remote lookup decodes
//! through it too.
//!
//! A range body is one line per entry, `SUFFIX:ID,ID,…\n`, sorted by suffix (16 uppercase hex
//! digits). Padding lines look the same but end in `:0`; every bucket of an index is padded to the
//! same line count ([`padded_lines`]), so that the size of a response does not say which bucket was
//! asked for. Padding suffixes are derived from the index id and the prefix, so they are stable
//! (cacheable, identical in server and export) yet look like any other suffix.

use std::fmt::Write as _;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::hashing::{PREFIX_BITS, Prefix, SUFFIX_BITS, Suffix};
use crate::index::{Entry, Index, Mode};

/// The protocol version, also the first path segment.
pub const VERSION: u32 = 1;
pub const MANIFEST_PATH: &str = "v1/manifest.json";
pub const CATALOGUE_PATH: &str = "v1/breaches.json";
/// `v1/range/{PREFIX}`.
pub const RANGE_DIR: &str = "v1/range";
/// `POST`: blinded mode's evaluation (JSON [`EvaluateRequest`] → [`EvaluateResponse`]).
pub const EVALUATE_PATH: &str = "v1/evaluate";
/// The largest evaluate request body a server accepts.
pub const MAX_EVALUATE_REQUEST_BYTES: usize = 4096;
/// The largest evaluate response a client accepts.
pub const MAX_EVALUATE_RESPONSE_BYTES: usize = 8192;

/// `POST v1/evaluate` body: 1 to 16 blinded elements, 64 hex digits each.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EvaluateRequest {
    pub blinded: Vec<String>,
}

/// `POST v1/evaluate` answer: the evaluated elements, in request order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EvaluateResponse {
    pub evaluated: Vec<String>,
}

/// The fewest lines any range response has.
pub const MIN_PADDED_LINES: u32 = 16;

/// Caps applied by clients, so that a hostile or broken server cannot exhaust memory.
pub const MAX_MANIFEST_BYTES: usize = 64 << 10;
pub const MAX_CATALOGUE_BYTES: usize = 8 << 20;
pub const MAX_RANGE_BYTES: usize = 4 << 20;

/// `Cache-Control` for range responses (immutable for a given index; long and public).
pub const RANGE_CACHE_CONTROL: &str = "public, max-age=604800";
/// `Cache-Control` for the manifest and catalogue, which change when the index is rebuilt.
pub const META_CACHE_CONTROL: &str = "public, max-age=300";

/// `v1/manifest.json`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    /// Always `sajag-index`.
    pub format: String,
    pub version: u32,
    pub mode: Mode,
    /// Names this build of the index (first 16 hex digits of its checksum); also the `ETag`.
    pub index_id: String,
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
}

impl Manifest {
    /// The manifest describing an open index.
    pub fn of(index: &Index) -> Self {
        let h = index.header();
        Manifest {
            format: "sajag-index".into(),
            version: VERSION,
            mode: index.mode(),
            index_id: index.index_id(),
            built_at: crate::index::builder::timestamp(h.built_at),
            prefix_bits: PREFIX_BITS,
            suffix_bits: SUFFIX_BITS,
            entries: h.entry_count,
            breaches: h.breach_count,
            padded_lines: padded_lines(h.max_bucket),
            catalogue_sha256: sha256_hex(index.catalogue_json()),
            oprf_canary: (index.mode() == Mode::Blinded).then(|| Suffix(h.oprf_canary).to_string()),
        }
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

/// SHA-256 of `bytes` as lowercase hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    crate::hashing::hex(&Sha256::digest(bytes))
}

/// Lines per range response for an index whose largest bucket holds `max_bucket` entries: the
/// largest bucket rounded up to a multiple of 16, at least [`MIN_PADDED_LINES`].
pub fn padded_lines(max_bucket: u32) -> u32 {
    max_bucket.next_multiple_of(16).max(MIN_PADDED_LINES)
}

/// The range body for `prefix`: the bucket's entries and padding, sorted by suffix.
pub fn range_body(index: &Index, prefix: Prefix) -> Result<String, crate::index::IndexError> {
    let entries = index.bucket(prefix)?;
    Ok(encode_range(
        &entries,
        prefix,
        &index.index_id(),
        padded_lines(index.header().max_bucket),
    ))
}

/// Encodes entries (sorted by suffix) padded to `lines` lines. Padding suffixes come from a
/// `SplitMix64` sequence seeded with SHA-256(`sajag-pad`, index id, prefix), skipping real suffixes:
/// stable for one index and bucket, unrelated across indexes, and cheap (one hash per response).
pub fn encode_range(entries: &[Entry], prefix: Prefix, index_id: &str, lines: u32) -> String {
    let mut taken: std::collections::HashSet<u64> = entries.iter().map(|e| e.suffix.0).collect();
    let mut all: Vec<(u64, Option<&[u32]>)> = entries
        .iter()
        .map(|e| (e.suffix.0, Some(&e.breach_ids[..])))
        .collect();
    let mut h = Sha256::new();
    h.update(b"sajag-pad\0");
    h.update(index_id.as_bytes());
    h.update(prefix.value().to_le_bytes());
    let mut state = u64::from_le_bytes(h.finalize()[..8].try_into().expect("8 bytes"));
    while all.len() < lines as usize {
        // SplitMix64 (Steele, Lea & Flood 2014).
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        let s = z ^ (z >> 31);
        if taken.insert(s) {
            all.push((s, None));
        }
    }
    all.sort_unstable_by_key(|(s, _)| *s);
    let mut body = String::with_capacity(all.len() * 24);
    for (suffix, ids) in all {
        let _ = write!(body, "{}:", Suffix(suffix));
        match ids {
            None => body.push('0'),
            Some(ids) => {
                for (i, id) in ids.iter().enumerate() {
                    if i > 0 {
                        body.push(',');
                    }
                    let _ = write!(body, "{id}");
                }
            }
        }
        body.push('\n');
    }
    body
}

/// Why a range body was refused. A refused body is an error, never "not found".
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum RangeError {
    #[error("line {0} is not in the form SUFFIX:ID,ID")]
    Malformed(usize),
    #[error("line {0} is out of order")]
    Order(usize),
    #[error("the response does not end with a newline")]
    Unterminated,
}

/// Decodes a range body, dropping padding. Strict: any deviation from the format is an error.
pub fn decode_range(body: &str) -> Result<Vec<Entry>, RangeError> {
    if body.is_empty() {
        return Ok(Vec::new());
    }
    let Some(body) = body.strip_suffix('\n') else {
        return Err(RangeError::Unterminated);
    };
    let mut out = Vec::new();
    let mut prev: Option<u64> = None;
    for (n, line) in body.split('\n').enumerate() {
        let line_no = n + 1;
        let (suffix, ids) = line.split_once(':').ok_or(RangeError::Malformed(line_no))?;
        if suffix.len() != 16
            || !suffix
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'A'..=b'F').contains(&b))
        {
            return Err(RangeError::Malformed(line_no));
        }
        let suffix: Suffix = suffix
            .parse()
            .map_err(|()| RangeError::Malformed(line_no))?;
        if prev.is_some_and(|p| p >= suffix.0) {
            return Err(RangeError::Order(line_no));
        }
        prev = Some(suffix.0);
        if ids == "0" {
            continue;
        }
        let breach_ids = ids
            .split(',')
            .map(|id| {
                if id.is_empty()
                    || id.len() > 10
                    || !id.bytes().all(|b| b.is_ascii_digit())
                    || id.starts_with('0')
                {
                    return Err(RangeError::Malformed(line_no));
                }
                id.parse::<u32>()
                    .map_err(|_| RangeError::Malformed(line_no))
            })
            .collect::<Result<Vec<u32>, _>>()?;
        out.push(Entry { suffix, breach_ids });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(s: u64, ids: &[u32]) -> Entry {
        Entry {
            suffix: Suffix(s),
            breach_ids: ids.to_vec(),
        }
    }

    #[test]
    fn round_trip_with_padding() {
        let entries = vec![entry(5, &[1]), entry(0xFFFF_0000_0000_0000, &[1, 3])];
        let prefix = Prefix::new(0xABCDE).unwrap();
        let body = encode_range(&entries, prefix, "00112233", 16);
        assert_eq!(body.lines().count(), 16);
        assert!(body.contains("0000000000000005:1\n"));
        assert!(body.contains("FFFF000000000000:1,3\n"));
        assert_eq!(body.lines().filter(|l| l.ends_with(":0")).count(), 14);
        assert_eq!(decode_range(&body).unwrap(), entries);
        // Deterministic: the server and the export must agree.
        assert_eq!(body, encode_range(&entries, prefix, "00112233", 16));
        // Another index pads differently.
        assert_ne!(body, encode_range(&entries, prefix, "99999999", 16));
    }

    #[test]
    fn empty_bucket_is_all_padding() {
        let body = encode_range(&[], Prefix::new(0).unwrap(), "id", 32);
        assert_eq!(body.lines().count(), 32);
        assert!(decode_range(&body).unwrap().is_empty());
    }

    #[test]
    fn malformed_bodies_are_errors() {
        let ok = "0000000000000005:1\n";
        assert!(decode_range(ok).is_ok());
        for bad in [
            "0000000000000005:1",
            "0000000000000005:1\r\n",
            "000000000000005:1\n",
            "000000000000000g:1\n",
            "0000000000000005\n",
            "0000000000000005:\n",
            "0000000000000005:1,\n",
            "0000000000000005:01\n",
            "0000000000000005:x\n",
            "0000000000000005:1\n0000000000000004:1\n",
            "0000000000000005:1\n0000000000000005:2\n",
            "<html>oops</html>\n",
            "\n",
        ] {
            assert!(decode_range(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn padding_rounds_up() {
        assert_eq!(padded_lines(0), 16);
        assert_eq!(padded_lines(16), 16);
        assert_eq!(padded_lines(17), 32);
        assert_eq!(padded_lines(1000), 1008);
    }
}
