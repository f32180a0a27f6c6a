//! Writing a packed index file from entries that arrive in (prefix, suffix) order.
//!
//! Suffixes and set references are streamed to two scratch files while the bucket table and the
//! breach sets are counted in memory (4 MiB plus the distinct sets); `finish` then assembles the final
//! file in a temporary file beside the output, checksums it, fsyncs it and renames it into place, so
//! that a crash at any point leaves either the old output or none — never a half-written index.

use std::collections::HashMap;
use std::fs::File;
use std::io::{self, BufReader, BufWriter, Seek, SeekFrom, Write};
use std::path::Path;

use sha2::{Digest, Sha256};

use super::format::{CHECKSUM_RANGE, HEADER_LEN, Header, Mode, align8};
use crate::catalogue::Catalogue;
use crate::hashing::{BUCKETS, Prefix, Suffix};

/// Why an index could not be written.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("{context}: {cause}")]
    Io { context: String, cause: io::Error },
    #[error("{0} already exists; pass --force to replace it")]
    Exists(String),
    #[error("too many entries for one index file (the limit is 4,294,967,295)")]
    TooManyEntries,
    #[error("entries reached the writer out of order (a bug in the builder)")]
    OutOfOrder,
    #[error("the signature block is too large (is the publisher name very long?)")]
    SealTooLarge,
}

pub(crate) fn io_context(context: impl Into<String>) -> impl FnOnce(io::Error) -> WriteError {
    let context = context.into();
    move |cause| WriteError::Io { context, cause }
}

/// Collects entries in order, then writes the index file.
pub struct IndexWriter {
    suffixes: BufWriter<File>,
    set_refs: BufWriter<File>,
    bucket_sizes: Vec<u32>,
    sets: HashMap<Vec<u32>, u32>,
    set_list: Vec<Vec<u32>>,
    entries: u64,
    last: Option<(Prefix, Suffix)>,
}

impl IndexWriter {
    /// A writer whose scratch files live in `scratch_dir` (deleted when the writer is dropped).
    pub fn new(scratch_dir: &Path) -> Result<Self, WriteError> {
        let scratch = |what: &str| {
            tempfile::tempfile_in(scratch_dir)
                .map(|f| BufWriter::with_capacity(1 << 20, f))
                .map_err(io_context(format!(
                    "could not create a scratch file ({what}) in {}",
                    scratch_dir.display()
                )))
        };
        Ok(IndexWriter {
            suffixes: scratch("suffixes")?,
            set_refs: scratch("set references")?,
            bucket_sizes: vec![0; BUCKETS],
            sets: HashMap::new(),
            set_list: Vec::new(),
            entries: 0,
            last: None,
        })
    }

    /// Adds one entry. Entries must arrive strictly ascending by (prefix, suffix); `breach_ids`
    /// ascending and non-empty.
    pub fn push(
        &mut self,
        prefix: Prefix,
        suffix: Suffix,
        breach_ids: &[u32],
    ) -> Result<(), WriteError> {
        if self.last.is_some_and(|last| last >= (prefix, suffix)) || breach_ids.is_empty() {
            return Err(WriteError::OutOfOrder);
        }
        self.last = Some((prefix, suffix));
        if self.entries >= u64::from(u32::MAX) {
            return Err(WriteError::TooManyEntries);
        }
        let set = if let Some(&s) = self.sets.get(breach_ids) {
            s
        } else {
            {
                let s =
                    u32::try_from(self.set_list.len()).map_err(|_| WriteError::TooManyEntries)?;
                self.sets.insert(breach_ids.to_vec(), s);
                self.set_list.push(breach_ids.to_vec());
                s
            }
        };
        let scratch_err = io_context("could not write a scratch file");
        self.suffixes
            .write_all(&suffix.0.to_le_bytes())
            .map_err(scratch_err)?;
        self.set_refs
            .write_all(&set.to_le_bytes())
            .map_err(io_context("could not write a scratch file"))?;
        self.bucket_sizes[prefix.index()] += 1;
        self.entries += 1;
        Ok(())
    }

    pub fn entries(&self) -> u64 {
        self.entries
    }

    /// Writes the final file atomically at `out`. Without `force`, an existing `out` is kept and the
    /// call fails. `oprf_canary` is `Some` exactly for a blinded index. Returns the header.
    pub fn finish(
        mut self,
        catalogue: &Catalogue,
        oprf_canary: Option<u64>,
        built_at: u64,
        out: &Path,
        force: bool,
    ) -> Result<Header, WriteError> {
        let mode = if oprf_canary.is_some() {
            Mode::Blinded
        } else {
            Mode::Plain
        };
        let catalogue_json = catalogue.to_json();
        let set_ids_len: usize = self.set_list.iter().map(Vec::len).sum();
        let mut header = Header {
            mode,
            built_at,
            entry_count: self.entries,
            breach_count: u32::try_from(catalogue.breaches.len())
                .map_err(|_| WriteError::TooManyEntries)?,
            set_count: u32::try_from(self.set_list.len())
                .map_err(|_| WriteError::TooManyEntries)?,
            set_ids_len: u32::try_from(set_ids_len).map_err(|_| WriteError::TooManyEntries)?,
            catalogue_len: u32::try_from(catalogue_json.len())
                .map_err(|_| WriteError::TooManyEntries)?,
            max_bucket: self.bucket_sizes.iter().copied().max().unwrap_or(0),
            checksum: [0; 32],
            oprf_canary: oprf_canary.unwrap_or(0),
            seal_len: 0,
            seal_digest: [0; 8],
        };

        let partial = Partial::beside(out)?;
        let write_err = || partial.write_err();
        let mut w = HashingWriter::new(BufWriter::with_capacity(1 << 20, partial.file()));

        w.write_all(&header.encode()).map_err(write_err())?;
        w.write_all(&catalogue_json).map_err(write_err())?;
        w.pad_to_8().map_err(write_err())?;
        let mut at = 0u32;
        w.write_all(&at.to_le_bytes()).map_err(write_err())?;
        for set in &self.set_list {
            at += u32::try_from(set.len()).expect("checked above");
            w.write_all(&at.to_le_bytes()).map_err(write_err())?;
        }
        w.pad_to_8().map_err(write_err())?;
        for id in self.set_list.iter().flatten() {
            w.write_all(&id.to_le_bytes()).map_err(write_err())?;
        }
        w.pad_to_8().map_err(write_err())?;
        let mut at = 0u32;
        w.write_all(&at.to_le_bytes()).map_err(write_err())?;
        for size in &self.bucket_sizes {
            at += size;
            w.write_all(&at.to_le_bytes()).map_err(write_err())?;
        }
        w.pad_to_8().map_err(write_err())?;
        for scratch in [&mut self.suffixes, &mut self.set_refs] {
            scratch
                .flush()
                .map_err(io_context("could not write a scratch file"))?;
            let file = scratch.get_mut();
            file.seek(SeekFrom::Start(0))
                .map_err(io_context("could not read a scratch file"))?;
            io::copy(&mut BufReader::with_capacity(1 << 20, &*file), &mut w)
                .map_err(io_context("could not copy a scratch file into the index"))?;
        }
        w.pad_to_8().map_err(write_err())?;
        let checksum = w.finish().map_err(write_err())?;

        header.checksum = checksum;
        let mut file = partial.file();
        file.seek(SeekFrom::Start(CHECKSUM_RANGE.start as u64))
            .map_err(write_err())?;
        file.write_all(&checksum).map_err(write_err())?;
        partial.commit(out, force)?;
        Ok(header)
    }
}

/// The name prefix of an index file being written.
const PARTIAL_PREFIX: &str = ".sajag-index-";

/// An index file being written: a temporary file beside its destination, deleted if dropped, so a
/// failed or killed write never leaves a half-written index under the destination's name.
pub(crate) struct Partial {
    tmp: tempfile::NamedTempFile,
    dir: std::path::PathBuf,
}

impl Partial {
    /// A new temporary file beside `out`, locked while this process writes it; partial files
    /// that killed writers left there (unlocked) are removed first.
    pub(crate) fn beside(out: &Path) -> Result<Self, WriteError> {
        let dir = crate::fsutil::parent_dir(out);
        crate::fsutil::remove_stale(&dir, PARTIAL_PREFIX);
        let tmp = tempfile::Builder::new()
            .prefix(PARTIAL_PREFIX)
            .suffix(".partial")
            .tempfile_in(&dir)
            .map_err(io_context(format!(
                "could not create a temporary file in {}",
                dir.display()
            )))?;
        crate::fsutil::hold(tmp.as_file()).map_err(io_context(format!(
            "could not lock {}",
            tmp.path().display()
        )))?;
        Ok(Partial { tmp, dir })
    }

    pub(crate) fn file(&self) -> &File {
        self.tmp.as_file()
    }

    /// The error for a failed write to this file.
    pub(crate) fn write_err(&self) -> impl FnOnce(io::Error) -> WriteError + use<> {
        io_context(format!("could not write {}", self.tmp.path().display()))
    }

    /// Makes the file readable by others (an index is meant to be served), syncs it and renames
    /// it to `out` — over an existing file only with `force` — then syncs the folder.
    pub(crate) fn commit(self, out: &Path, force: bool) -> Result<(), WriteError> {
        #[cfg(unix)]
        {
            // tempfile creates 0600.
            use std::os::unix::fs::PermissionsExt;
            self.file()
                .set_permissions(std::fs::Permissions::from_mode(0o644))
                .map_err(self.write_err())?;
        }
        self.file().sync_all().map_err(self.write_err())?;
        let persisted = if force {
            self.tmp.persist(out)
        } else {
            self.tmp.persist_noclobber(out)
        };
        persisted.map_err(|e| {
            if e.error.kind() == io::ErrorKind::AlreadyExists {
                WriteError::Exists(out.display().to_string())
            } else {
                WriteError::Io {
                    context: format!("could not move the finished index to {}", out.display()),
                    cause: e.error,
                }
            }
        })?;
        sync_dir(&self.dir);
        Ok(())
    }
}

/// Makes a rename durable. Best effort: not every platform can open a directory.
pub(crate) fn sync_dir(dir: &Path) {
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
}

/// A writer that hashes what passes through and counts bytes (for section alignment).
struct HashingWriter<W: Write> {
    inner: W,
    hasher: Sha256,
    written: usize,
}

impl<W: Write> HashingWriter<W> {
    fn new(inner: W) -> Self {
        HashingWriter {
            inner,
            hasher: Sha256::new(),
            written: 0,
        }
    }

    fn pad_to_8(&mut self) -> io::Result<()> {
        let pad = align8(self.written) - self.written;
        self.write_all(&[0u8; 8][..pad])
    }

    fn finish(mut self) -> io::Result<[u8; 32]> {
        self.inner.flush()?;
        debug_assert!(self.written >= HEADER_LEN);
        Ok(self.hasher.finalize().into())
    }
}

impl<W: Write> Write for HashingWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hasher.update(&buf[..n]);
        self.written += n;
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}
