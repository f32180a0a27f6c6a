//! Reading a packed index: memory-mapped from a file, or from bytes built into the program (the demo).
//!
//! `open` checks everything that is cheap (header, lengths, the bucket table and breach sets), so a
//! lookup can trust the layout; `verify` additionally reads every byte (checksum, entry order, set refs).

use std::fs::File;
use std::path::Path;

use sha2::{Digest, Sha256};

use super::format::{
    CHECKSUM_RANGE, HEADER_LEN, Header, HeaderError, Layout, Mode, SEAL_FIELDS, read_u32, read_u64,
};
use super::seal::Seal;
use crate::catalogue::Catalogue;
use crate::hashing::{BUCKETS, Prefix, Suffix};

/// Why an index cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    #[error("could not read the index file {path}: {cause}")]
    Io { path: String, cause: std::io::Error },
    #[error("this file cannot be used as an index: {0}")]
    Header(HeaderError),
    #[error("the index file is damaged or incomplete: {0}")]
    Corrupt(String),
}

impl From<HeaderError> for IndexError {
    fn from(e: HeaderError) -> Self {
        IndexError::Header(e)
    }
}

fn corrupt(msg: impl Into<String>) -> IndexError {
    IndexError::Corrupt(msg.into())
}

enum Bytes {
    Mapped(memmap2::Mmap),
    Static(&'static [u8]),
}

impl Bytes {
    fn as_slice(&self) -> &[u8] {
        match self {
            Bytes::Mapped(m) => m,
            Bytes::Static(s) => s,
        }
    }
}

/// An open index. Cheap to share between threads (`&Index` is `Sync`).
pub struct Index {
    bytes: Bytes,
    header: Header,
    layout: Layout,
    catalogue: Catalogue,
    seal: Option<Seal>,
}

impl std::fmt::Debug for Index {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Index")
            .field("header", &self.header)
            .finish_non_exhaustive()
    }
}

/// One entry of a bucket: a stored suffix and the breaches that held it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub suffix: Suffix,
    pub breach_ids: Vec<u32>,
}

/// Bucket size statistics, for `inspect`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub struct BucketStats {
    pub min: u32,
    pub median: u32,
    pub max: u32,
    pub empty: u32,
}

/// What a full verification found.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct VerifyReport {
    pub entries: u64,
    pub bytes: u64,
    pub checksum: String,
}

impl Index {
    /// Memory-maps and checks an index file.
    pub fn open(path: &Path) -> Result<Self, IndexError> {
        let io = |cause| IndexError::Io {
            path: path.display().to_string(),
            cause,
        };
        let file = File::open(path).map_err(io)?;
        // SAFETY: the map is read-only and private to this process. Sajag writes index files only by
        // renaming a finished temporary file into place, never in place, so the mapped bytes do not
        // change under us unless another program truncates or rewrites the file; every read below is
        // bounds-checked against the length checked in `from_bytes`.
        #[allow(unsafe_code)]
        let map = unsafe { memmap2::Mmap::map(&file) }.map_err(io)?;
        Self::from_bytes(Bytes::Mapped(map))
    }

    /// Uses an index compiled into the program (the embedded demo).
    pub fn from_static(bytes: &'static [u8]) -> Result<Self, IndexError> {
        Self::from_bytes(Bytes::Static(bytes))
    }

    fn from_bytes(bytes: Bytes) -> Result<Self, IndexError> {
        let b = bytes.as_slice();
        let header = Header::decode(b)?;
        let layout =
            Layout::of(&header).ok_or_else(|| corrupt("its counts are impossibly large"))?;
        let expected = layout.end as u64 + u64::from(header.seal_len);
        if b.len() as u64 != expected {
            return Err(corrupt(format!(
                "it is {} bytes long but its header describes {expected} bytes (was it cut short while copying?)",
                b.len(),
            )));
        }
        let seal = if header.seal_len == 0 {
            None
        } else {
            let bytes = &b[layout.end..];
            if Seal::digest(bytes) != header.seal_digest {
                return Err(corrupt(
                    "its signature block does not match its header (the file was altered or damaged)",
                ));
            }
            Some(Seal::parse(bytes)?)
        };
        let cat_bytes = &b[layout.catalogue..layout.catalogue + header.catalogue_len as usize];
        let catalogue: Catalogue = serde_json::from_slice(cat_bytes)
            .map_err(|e| corrupt(format!("its breach catalogue is unreadable ({e})")))?;
        catalogue.validate().map_err(corrupt)?;
        if catalogue.breaches.len() != header.breach_count as usize {
            return Err(corrupt("the breach count does not match the catalogue"));
        }
        let index = Index {
            bytes,
            header,
            layout,
            catalogue,
            seal,
        };
        index.check_sets()?;
        index.check_buckets()?;
        Ok(index)
    }

    fn data(&self) -> &[u8] {
        self.bytes.as_slice()
    }

    fn check_sets(&self) -> Result<(), IndexError> {
        let mut prev = 0u32;
        for i in 0..=self.header.set_count as usize {
            let off = read_u32(self.data(), self.layout.set_offsets + 4 * i);
            if (i == 0 && off != 0) || off < prev || off > self.header.set_ids_len {
                return Err(corrupt("its breach-set table is out of order"));
            }
            prev = off;
        }
        if prev != self.header.set_ids_len {
            return Err(corrupt(
                "its breach-set table does not cover every breach id",
            ));
        }
        for i in 0..self.header.set_count {
            let ids = self
                .set(i)
                .ok_or_else(|| corrupt("a breach set is out of range"))?;
            if ids.is_empty()
                || ids.windows(2).any(|w| w[0] >= w[1])
                || ids
                    .iter()
                    .any(|&id| id == 0 || id > self.header.breach_count)
            {
                return Err(corrupt(
                    "a breach set names a breach the catalogue does not have",
                ));
            }
        }
        Ok(())
    }

    fn check_buckets(&self) -> Result<(), IndexError> {
        let mut prev = 0u64;
        let mut max = 0u64;
        for i in 0..=BUCKETS {
            let off = u64::from(self.bucket_offset(i));
            if (i == 0 && off != 0) || off < prev || off > self.header.entry_count {
                return Err(corrupt("its bucket table is out of order"));
            }
            max = max.max(off - prev);
            prev = off;
        }
        if prev != self.header.entry_count {
            return Err(corrupt("its bucket table does not cover every entry"));
        }
        if max != u64::from(self.header.max_bucket) {
            return Err(corrupt("its largest bucket does not match the header"));
        }
        Ok(())
    }

    fn bucket_offset(&self, i: usize) -> u32 {
        read_u32(self.data(), self.layout.bucket_offsets + 4 * i)
    }

    /// The breach ids of breach set `i`.
    fn set(&self, i: u32) -> Option<Vec<u32>> {
        if i >= self.header.set_count {
            return None;
        }
        let i = i as usize;
        let start = read_u32(self.data(), self.layout.set_offsets + 4 * i) as usize;
        let end = read_u32(self.data(), self.layout.set_offsets + 4 * (i + 1)) as usize;
        Some(
            (start..end)
                .map(|k| read_u32(self.data(), self.layout.set_ids + 4 * k))
                .collect(),
        )
    }

    fn suffix_at(&self, entry: usize) -> u64 {
        read_u64(self.data(), self.layout.suffixes + 8 * entry)
    }

    fn set_ref_at(&self, entry: usize) -> u32 {
        read_u32(self.data(), self.layout.set_refs + 4 * entry)
    }

    fn entry_at(&self, entry: usize) -> Result<Entry, IndexError> {
        let breach_ids = self
            .set(self.set_ref_at(entry))
            .ok_or_else(|| corrupt("an entry refers to a breach set that does not exist"))?;
        Ok(Entry {
            suffix: Suffix(self.suffix_at(entry)),
            breach_ids,
        })
    }

    /// The entry range of one bucket.
    fn bucket_range(&self, prefix: Prefix) -> std::ops::Range<usize> {
        self.bucket_offset(prefix.index()) as usize..self.bucket_offset(prefix.index() + 1) as usize
    }

    /// Every entry stored under `prefix`, sorted by suffix.
    pub fn bucket(&self, prefix: Prefix) -> Result<Vec<Entry>, IndexError> {
        self.bucket_range(prefix)
            .map(|e| self.entry_at(e))
            .collect()
    }

    /// The breaches that held the identifier with this prefix and suffix (empty if none).
    pub fn lookup(&self, prefix: Prefix, suffix: Suffix) -> Result<Vec<u32>, IndexError> {
        let range = self.bucket_range(prefix);
        let (mut lo, mut hi) = (range.start, range.end);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            match self.suffix_at(mid).cmp(&suffix.0) {
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
                std::cmp::Ordering::Equal => return Ok(self.entry_at(mid)?.breach_ids),
            }
        }
        Ok(Vec::new())
    }

    pub fn header(&self) -> &Header {
        &self.header
    }

    pub fn mode(&self) -> Mode {
        self.header.mode
    }

    pub fn catalogue(&self) -> &Catalogue {
        &self.catalogue
    }

    /// The seal of a signed index.
    pub fn seal(&self) -> Option<&Seal> {
        self.seal.as_ref()
    }

    /// The file without its seal (what the checksum covers, with the seal fields zeroed).
    pub(crate) fn body_bytes(&self) -> &[u8] {
        &self.data()[..self.layout.end]
    }

    /// The catalogue's exact stored bytes (`v1/breaches.json`).
    pub fn catalogue_json(&self) -> &[u8] {
        &self.data()
            [self.layout.catalogue..self.layout.catalogue + self.header.catalogue_len as usize]
    }

    pub fn entry_count(&self) -> u64 {
        self.header.entry_count
    }

    pub fn index_id(&self) -> String {
        self.header.index_id()
    }

    /// Bucket size statistics over all 2²⁰ buckets.
    pub fn bucket_stats(&self) -> BucketStats {
        let mut sizes: Vec<u32> = (0..BUCKETS)
            .map(|i| self.bucket_offset(i + 1) - self.bucket_offset(i))
            .collect();
        let empty = u32::try_from(sizes.iter().filter(|&&s| s == 0).count()).expect("≤ 2²⁰");
        sizes.sort_unstable();
        BucketStats {
            min: sizes[0],
            median: sizes[BUCKETS / 2],
            max: sizes[BUCKETS - 1],
            empty,
        }
    }

    /// Reads every byte: the checksum, the order of the entries, and every set reference.
    pub fn verify(&self) -> Result<VerifyReport, IndexError> {
        self.verify_with_progress(&|_, _| {})
    }

    /// [`Index::verify`], calling `progress(bytes_done, bytes_total)` every 16 MiB or so.
    pub fn verify_with_progress(
        &self,
        progress: &dyn Fn(u64, u64),
    ) -> Result<VerifyReport, IndexError> {
        let data = self.body_bytes();
        let total = data.len() as u64;
        let mut h = Sha256::new();
        h.update(&data[..SEAL_FIELDS.start]);
        h.update([0u8; SEAL_FIELDS.end - SEAL_FIELDS.start]);
        h.update(&data[SEAL_FIELDS.end..CHECKSUM_RANGE.start]);
        h.update([0u8; 32]);
        h.update(&data[CHECKSUM_RANGE.end..HEADER_LEN]);
        for (i, chunk) in data[HEADER_LEN..].chunks(1 << 20).enumerate() {
            h.update(chunk);
            if i % 16 == 15 {
                progress(HEADER_LEN as u64 + (i as u64 + 1) * (1 << 20), total);
            }
        }
        progress(total, total);
        let sum: [u8; 32] = h.finalize().into();
        if sum != self.header.checksum {
            return Err(corrupt(
                "its checksum does not match its contents (the file was altered or damaged)",
            ));
        }
        for b in 0..BUCKETS {
            let range =
                self.bucket_range(Prefix::new(u32::try_from(b).expect("< 2²⁰")).expect("in range"));
            for e in range.clone() {
                if e > range.start && self.suffix_at(e - 1) >= self.suffix_at(e) {
                    return Err(corrupt(format!(
                        "entries in bucket {b:05X} are not in order"
                    )));
                }
                if self.set_ref_at(e) >= self.header.set_count {
                    return Err(corrupt(
                        "an entry refers to a breach set that does not exist",
                    ));
                }
            }
        }
        Ok(VerifyReport {
            entries: self.header.entry_count,
            bytes: self.data().len() as u64,
            checksum: crate::hashing::hex(&sum),
        })
    }
}
