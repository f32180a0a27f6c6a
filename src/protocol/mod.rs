//! The range wire format v1 (ARCHITECTURE.md, Wire protocol): paths, `manifest.json`, range bodies and their padding.
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
//!
//! A range *response* (`v1/range/{INDEX_ID}/{PREFIX}`) is the body, one line `pad:` + dots, and one
//! line `proof:` + 20 × 64 hex digits: the bucket's path to the manifest's `bucket_root` (`proof`).
//! The index id in the path keeps caches from mixing buckets of two builds; the proof makes any mix,
//! cut or edit an error. Equal line counts are not equal sizes (a line's breach ids vary in length),
//! so the `pad:` line brings every response of an index to the same byte length
//! ([`response_size`]); it is outside the proof, carries nothing but dots, and a client refuses any
//! other byte in it. Range responses must be sent uncompressed: gzip would make sizes differ again.
//!
//! The manifest names everything a client relies on and, when signed, commits to all of it
//! ([`Manifest::signed_message`]).

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::hashing::{Prefix, Suffix};
use crate::index::{Entry, Index};
use crate::proof::{BucketTree, Hash, Proof};

mod manifest;
pub use manifest::{Manifest, SignatureError};

/// The protocol version, also the first path segment.
pub const VERSION: u32 = 1;
pub const MANIFEST_PATH: &str = "v1/manifest.json";
pub const CATALOGUE_PATH: &str = "v1/breaches.json";
/// `v1/range/{INDEX_ID}/{PREFIX}`.
pub const RANGE_DIR: &str = "v1/range";
/// `POST`: blinded mode's evaluation (JSON [`EvaluateRequest`] → [`EvaluateResponse`]).
pub const EVALUATE_PATH: &str = "v1/evaluate";
/// The largest evaluate request body a server accepts.
pub const MAX_EVALUATE_REQUEST_BYTES: usize = 4096;
/// The largest evaluate response a client accepts.
pub const MAX_EVALUATE_RESPONSE_BYTES: usize = 8192;

/// `POST v1/evaluate` body: 1 or 2 ([`crate::oprf::MAX_BATCH`]) blinded elements, 64 hex digits each.
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

/// The bucket tree of an index: every padded body hashed (a few seconds for millions of entries).
pub fn bucket_tree(
    index: &Index,
    progress: impl Fn(usize) + Sync,
) -> Result<BucketTree, crate::index::IndexError> {
    BucketTree::build(|p| range_body(index, p), progress)
}

/// A range response: the body of `prefix`, its padding line and its proof line, `size` bytes long
/// ([`response_size`] of the index).
pub fn range_response(
    index: &Index,
    tree: &BucketTree,
    prefix: Prefix,
    size: usize,
) -> Result<String, crate::index::IndexError> {
    let proof = tree.proof(prefix, |p| range_body(index, p))?;
    Ok(finish_response(range_body(index, prefix)?, &proof, size))
}

/// Every range response of kept node `group` (16 buckets), for an export; `size` as for
/// [`range_response`].
pub fn range_responses(
    index: &Index,
    tree: &BucketTree,
    group: usize,
    size: usize,
) -> Result<Vec<(Prefix, String)>, crate::index::IndexError> {
    Ok(tree
        .group(group, |p| range_body(index, p))?
        .into_iter()
        .map(|(p, body, proof)| (p, finish_response(body, &proof, size)))
        .collect())
}

/// The byte length of every range response of `index`: the largest padded body, plus the shortest
/// padding line and the proof line. One pass over every bucket (no hashing, no encoding).
pub fn response_size(index: &Index) -> Result<usize, crate::index::IndexError> {
    use rayon::prelude::*;
    let lines = padded_lines(index.header().max_bucket);
    let largest = (0..crate::hashing::BUCKETS)
        .into_par_iter()
        .map(|i| {
            let prefix = Prefix::new(u32::try_from(i).expect("< 2²⁰")).expect("in range");
            Ok::<usize, crate::index::IndexError>(body_len(&index.bucket(prefix)?, lines))
        })
        .try_reduce(|| 0, |a, b| Ok(a.max(b)))?;
    Ok(largest + PAD_TAG.len() + 1 + PROOF_LINE_LEN)
}

/// The length of [`encode_range`]'s output for these entries, without encoding them.
pub fn body_len(entries: &[Entry], lines: u32) -> usize {
    // A line is `SUFFIX:IDS\n`: 18 bytes and the ids with their commas; padding's ids are `0`.
    let real: usize = entries
        .iter()
        .map(|e| {
            let digits: usize = e.breach_ids.iter().map(|&id| decimal_digits(id)).sum();
            18 + digits + e.breach_ids.len().saturating_sub(1)
        })
        .sum();
    real + (lines as usize).saturating_sub(entries.len()) * 19
}

fn decimal_digits(n: u32) -> usize {
    n.checked_ilog10().map_or(1, |d| d as usize + 1)
}

fn finish_response(mut body: String, proof: &Proof, size: usize) -> String {
    let dots = size.saturating_sub(body.len() + PAD_TAG.len() + 1 + PROOF_LINE_LEN);
    body.reserve(PAD_TAG.len() + dots + 1 + PROOF_LINE_LEN);
    body.push_str(PAD_TAG);
    body.extend(std::iter::repeat_n('.', dots));
    body.push('\n');
    body.push_str(PROOF_TAG);
    body.push_str(&proof.to_hex());
    body.push('\n');
    body
}

const PROOF_TAG: &str = "proof:";
const PAD_TAG: &str = "pad:";
/// `proof:` + 20 × 64 hex digits + newline.
const PROOF_LINE_LEN: usize = PROOF_TAG.len() + crate::proof::DEPTH * 64 + 1;

/// Checks a range response against its manifest and decodes its entries. Every deviation — a line
/// count other than `padded_lines`, a missing or malformed padding line, a missing or wrong proof, a
/// malformed line — is an error.
pub fn decode_range_response(
    text: &str,
    prefix: Prefix,
    padded_lines: u32,
    bucket_root: &Hash,
) -> Result<Vec<Entry>, RangeError> {
    let Some(body_and_tag) = text.strip_suffix('\n') else {
        return Err(RangeError::Unterminated);
    };
    let (body_and_pad, proof) = match body_and_tag.rfind('\n') {
        Some(at) => (&text[..=at], &body_and_tag[at + 1..]),
        None => ("", body_and_tag),
    };
    let proof = proof
        .strip_prefix(PROOF_TAG)
        .and_then(Proof::from_hex)
        .ok_or(RangeError::NoProof)?;
    let before_pad = body_and_pad[..body_and_pad.len().saturating_sub(1)]
        .rfind('\n')
        .map_or(0, |at| at + 1);
    let (body, pad) = body_and_pad.split_at(before_pad);
    if !pad
        .strip_prefix(PAD_TAG)
        .and_then(|p| p.strip_suffix('\n'))
        .is_some_and(|dots| dots.bytes().all(|b| b == b'.'))
    {
        return Err(RangeError::Padding);
    }
    let lines = body.matches('\n').count();
    if lines != padded_lines as usize {
        return Err(RangeError::LineCount {
            got: lines,
            expected: padded_lines,
        });
    }
    if proof.root_for(prefix, body.as_bytes()) != *bucket_root {
        return Err(RangeError::ProofMismatch);
    }
    decode_range(body)
}

/// Encodes entries (sorted by suffix) padded to `lines` lines. Padding suffixes come from a
/// `SplitMix64` sequence seeded with SHA-256(`sajag-pad`, index id, prefix), skipping real suffixes:
/// stable for one index and bucket, unrelated across indexes, and cheap (one hash per response).
/// Every bucket of an index is encoded once per bucket tree, so this avoids hashing sets and the
/// formatting machinery.
pub fn encode_range(entries: &[Entry], prefix: Prefix, index_id: &str, lines: u32) -> String {
    let mut seed = Sha256::new();
    seed.update(b"sajag-pad\0");
    seed.update(index_id.as_bytes());
    seed.update(prefix.value().to_le_bytes());
    let mut state = u64::from_le_bytes(seed.finalize()[..8].try_into().expect("8 bytes"));
    let real = |s: u64| entries.binary_search_by_key(&s, |e| e.suffix.0).is_ok();
    let mut padding: Vec<u64> = Vec::with_capacity((lines as usize).saturating_sub(entries.len()));
    while entries.len() + padding.len() < lines as usize {
        // SplitMix64 (Steele, Lea & Flood 2014).
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        let s = z ^ (z >> 31);
        if !real(s) && !padding.contains(&s) {
            padding.push(s);
        }
    }
    padding.sort_unstable();
    let mut body = Vec::with_capacity((entries.len() + padding.len()) * 24);
    let mut real_lines = entries.iter().peekable();
    let mut pad_lines = padding.iter().peekable();
    loop {
        let take_entry = match (real_lines.peek(), pad_lines.peek()) {
            (None, None) => break,
            (Some(x), Some(&&y)) => x.suffix.0 < y,
            (Some(_), None) => true,
            (None, Some(_)) => false,
        };
        if take_entry {
            let x = real_lines.next().expect("peeked");
            push_hex16(&mut body, x.suffix.0);
            body.push(b':');
            for (i, id) in x.breach_ids.iter().enumerate() {
                if i > 0 {
                    body.push(b',');
                }
                body.extend_from_slice(id.to_string().as_bytes());
            }
        } else {
            push_hex16(&mut body, *pad_lines.next().expect("peeked"));
            body.extend_from_slice(b":0");
        }
        body.push(b'\n');
    }
    String::from_utf8(body).expect("ASCII")
}

/// 16 uppercase hex digits.
fn push_hex16(out: &mut Vec<u8>, v: u64) {
    const DIGITS: &[u8; 16] = b"0123456789ABCDEF";
    for shift in (0..16).rev() {
        out.push(DIGITS[((v >> (shift * 4)) & 0xF) as usize]);
    }
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
    #[error("it has {got} lines where this index always has {expected} (cut short or altered)")]
    LineCount { got: usize, expected: u32 },
    #[error("it carries no proof that it belongs to this index")]
    NoProof,
    #[error("its padding line is missing or altered")]
    Padding,
    #[error("it does not match the index's bucket root (altered, stale, or from another index)")]
    ProofMismatch,
}

/// Decodes a range body, dropping padding. Strict: any deviation from the format, an empty body
/// included, is an error.
pub fn decode_range(body: &str) -> Result<Vec<Entry>, RangeError> {
    if body.is_empty() {
        return Err(RangeError::Malformed(1));
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
        assert!(decode_range("").is_err());
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
    fn body_len_is_the_encoded_length() {
        let prefix = Prefix::new(0x12345).unwrap();
        let cases: Vec<Vec<Entry>> = vec![
            vec![],
            vec![entry(7, &[1])],
            vec![
                entry(1, &[9]),
                entry(2, &[10]),
                entry(3, &[1, 22, 333, 4_000_000_000]),
            ],
            (0..40)
                .map(|i| entry(i * 1000 + 1, &[u32::try_from(i).unwrap() + 1]))
                .collect(),
            vec![entry(5, &[])],
        ];
        for entries in &cases {
            for lines in [16, 32, 48] {
                assert_eq!(
                    body_len(entries, lines),
                    encode_range(entries, prefix, "id", lines).len(),
                    "{entries:?} in {lines} lines"
                );
            }
        }
    }

    #[test]
    fn responses_are_padded_to_one_size_and_the_padding_is_checked() {
        let proof = Proof([[7u8; 32]; crate::proof::DEPTH]);
        let lines = 16;
        let (small, large) = (Prefix::new(1).unwrap(), Prefix::new(2).unwrap());
        let small_body = encode_range(&[entry(5, &[1])], small, "id", lines);
        let large_entries = [entry(5, &[1, 2, 3, 100_000]), entry(9, &[4_000_000_000])];
        let large_body = encode_range(&large_entries, large, "id", lines);
        let size = body_len(&large_entries, lines) + PAD_TAG.len() + 1 + PROOF_LINE_LEN;
        let a = finish_response(small_body.clone(), &proof, size);
        let b = finish_response(large_body.clone(), &proof, size);
        assert_eq!((a.len(), b.len()), (size, size));
        assert!(
            b.contains("\npad:\nproof:"),
            "the largest bucket has no dots"
        );
        let root = proof.root_for(small, small_body.as_bytes());
        assert_eq!(
            decode_range_response(&a, small, lines, &root).unwrap(),
            [entry(5, &[1])]
        );
        let root_b = proof.root_for(large, large_body.as_bytes());
        assert_eq!(
            decode_range_response(&b, large, lines, &root_b).unwrap(),
            large_entries
        );
        // Padding is outside the proof, so the client checks it byte by byte.
        for (bad, why) in [
            (a.replacen("pad:.", "pad:x", 1), RangeError::Padding),
            (a.replacen("pad:", "pud:", 1), RangeError::Padding),
            (a.replacen("\npad:", "\npad: ", 1), RangeError::Padding),
            (
                a.replacen("pad:.", "0000000000000006:1\npad:", 1),
                RangeError::LineCount {
                    got: 17,
                    expected: 16,
                },
            ),
            (
                a.replacen(
                    &format!(
                        "pad:{}\n",
                        ".".repeat(size - small_body.len() - PAD_TAG.len() - 1 - PROOF_LINE_LEN)
                    ),
                    "",
                    1,
                ),
                RangeError::Padding,
            ),
        ] {
            assert_eq!(
                decode_range_response(&bad, small, lines, &root),
                Err(why),
                "{bad}"
            );
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
