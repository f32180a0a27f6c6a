//! The index builder: dumps → normalise → hash → sorted runs of bounded memory → k-way merge with
//! de-duplication → packed index file (ARCHITECTURE.md, Index file).
//!
//! One thread reads and splits the dumps into batches of raw values; the calling thread normalises
//! and hashes each batch on all cores (rayon) into 16-byte records
//! `(prefix:20 | suffix:64 | breach id:44)`, collects them in a run buffer sized from the memory cap,
//! and sorts and spills the buffer to a scratch file when it is full. The merge streams all runs in
//! order, merges the breach sets of equal identifiers, and hands the entries to [`IndexWriter`].

use std::collections::{BTreeMap, BinaryHeap, HashMap};
use std::fs::File;
use std::io::{self, BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use rayon::prelude::*;
use serde::Serialize;

use super::dump::{self, DumpError};
use super::recipe::Recipe;
use super::writer::{IndexWriter, WriteError, io_context};
use crate::catalogue::{Breach, Catalogue};
use crate::hashing::{HashedId, Prefix, Suffix};
use crate::identifier::{Identifier, Kind};

/// Values per batch sent from the reading thread.
const BATCH_VALUES: usize = 64 * 1024;
/// Values per parallel work item.
const CHUNK_VALUES: usize = 4 * 1024;
/// Memory set aside for everything but the run buffer: batches in flight, I/O buffers, the bucket table.
const OVERHEAD_MB: usize = 48;
/// The smallest memory cap the builder accepts.
pub const MIN_MEMORY_MB: usize = 64;

/// How to build.
#[derive(Clone, Debug)]
pub struct BuildOptions {
    /// Memory cap for sorting, in MiB.
    pub memory_mb: usize,
    /// Replace an existing output.
    pub force: bool,
    /// Where sorted runs go (default: the output's folder).
    pub scratch_dir: Option<PathBuf>,
    /// Build time to record (unix seconds). Default: `SOURCE_DATE_EPOCH` if set, else now.
    pub built_at: Option<u64>,
    /// The server's OPRF key: builds a blinded index (ARCHITECTURE.md, Blinded mode) instead of a plain one.
    pub key: Option<std::sync::Arc<crate::oprf::OprfKey>>,
    /// Records per sorted run, overriding the figure derived from `memory_mb` (tests use a small
    /// value to exercise the on-disk merge with small inputs).
    pub run_records: Option<usize>,
}

impl Default for BuildOptions {
    fn default() -> Self {
        BuildOptions {
            memory_mb: 1024,
            force: false,
            scratch_dir: None,
            built_at: None,
            key: None,
            run_records: None,
        }
    }
}

/// Receives progress while a build runs. Every method has a no-op default.
pub trait Progress: Sync {
    /// Bytes of input read so far, of `total`.
    fn reading(&self, _done: u64, _total: u64) {}
    /// A sorted run of `records` records was written to scratch.
    fn spilled(&self, _records: usize) {}
    /// Merging started, over `runs` runs and `records` records.
    fn merging(&self, _records: u64, _runs: usize) {}
    /// Records merged so far.
    fn merged(&self, _records: u64) {}
    /// The final file is being written.
    fn writing(&self) {}
}

/// A [`Progress`] that shows nothing.
pub struct NoProgress;
impl Progress for NoProgress {}

/// Why a build failed. Nothing is left at the output path when one does.
#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    #[error(transparent)]
    Dump(#[from] DumpError),
    #[error(transparent)]
    Write(#[from] WriteError),
    #[error("the memory cap must be at least {MIN_MEMORY_MB} MiB")]
    MemoryTooSmall,
    #[error("input file {0} does not exist")]
    MissingInput(String),
}

/// Per-breach counts in the build report.
#[derive(Clone, Debug, Default, Serialize, PartialEq, Eq)]
pub struct BreachReport {
    pub slug: String,
    pub rows_read: u64,
    pub values_valid: u64,
    pub values_rejected: u64,
    /// Unique identifiers of this breach in the index.
    pub unique_entries: u64,
}

/// What a build did, printed at the end (`--json` prints this struct).
#[derive(Clone, Debug, Default, Serialize)]
pub struct BuildReport {
    pub output: String,
    pub index_id: String,
    pub rows_read: u64,
    pub values_read: u64,
    pub values_valid: u64,
    pub values_rejected: u64,
    /// Rejected values by reason (see `IdentifierError::reason`, plus `invalid_utf8`, `missing_column`).
    pub rejected: BTreeMap<String, u64>,
    /// Valid values that repeated an identifier already seen (in the same or another breach).
    pub duplicates: u64,
    pub unique_entries: u64,
    pub sorted_runs: usize,
    pub bytes_written: u64,
    pub seconds: f64,
    pub breaches: Vec<BreachReport>,
}

/// Raw values from one input column, as the reading thread hands them over.
struct Batch {
    breach: usize,
    kind: Kind,
    data: Vec<u8>,
    ends: Vec<usize>,
}

impl Batch {
    fn new(breach: usize, kind: Kind) -> Self {
        Batch {
            breach,
            kind,
            data: Vec::with_capacity(BATCH_VALUES * 16),
            ends: Vec::with_capacity(BATCH_VALUES),
        }
    }

    fn value(&self, i: usize) -> &[u8] {
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        &self.data[start..self.ends[i]]
    }
}

/// What the reading thread counted.
#[derive(Default)]
struct ReadCounts {
    rows: Vec<u64>,
    missing: Vec<u64>,
}

/// Builds an index from a recipe. See the module docs for the pipeline.
#[allow(clippy::too_many_lines)] // one pipeline, best read top to bottom
pub fn build(
    recipe: &Recipe,
    out: &Path,
    opts: &BuildOptions,
    progress: &dyn Progress,
) -> Result<BuildReport, BuildError> {
    let started = Instant::now();
    if opts.memory_mb < MIN_MEMORY_MB {
        return Err(BuildError::MemoryTooSmall);
    }
    if out.exists() && !opts.force {
        return Err(WriteError::Exists(out.display().to_string()).into());
    }
    let mut total_bytes = 0u64;
    for breach in &recipe.breaches {
        for input in &breach.inputs {
            let path = recipe.input_path(input);
            let meta = std::fs::metadata(&path)
                .map_err(|_| BuildError::MissingInput(path.display().to_string()))?;
            total_bytes += meta.len();
        }
    }
    let out_dir = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let scratch_parent = opts.scratch_dir.clone().unwrap_or(out_dir);
    let scratch = tempfile::Builder::new()
        .prefix(".sajag-build-")
        .tempdir_in(&scratch_parent)
        .map_err(io_context(format!(
            "could not create a scratch folder in {}",
            scratch_parent.display()
        )))
        .map_err(BuildError::Write)?;

    let run_capacity = opts
        .run_records
        .unwrap_or(((opts.memory_mb - OVERHEAD_MB.min(opts.memory_mb / 2)) << 20) / 16)
        .max(1);
    let mut run: Vec<u128> = Vec::new();
    let mut runs: Vec<File> = Vec::new();
    let mut rejected: HashMap<&'static str, u64> = HashMap::new();
    let n_breaches = recipe.breaches.len();
    let mut valid = vec![0u64; n_breaches];
    let mut rejected_by_breach = vec![0u64; n_breaches];
    let counter = Arc::new(AtomicU64::new(0));

    let (tx, rx) = mpsc::sync_channel::<Batch>(4);
    let read_counts = std::thread::scope(|s| -> Result<ReadCounts, BuildError> {
        let reader = std::thread::Builder::new()
            .name("sajag-read".into())
            .spawn_scoped(s, {
                let counter = &counter;
                move || read_all(recipe, &tx, counter)
            })
            .map_err(io_context("could not start the reading thread"))?;
        let mut failure: Option<BuildError> = None;
        for batch in &rx {
            progress.reading(counter.load(Ordering::Relaxed), total_bytes);
            let (records, rej) = hash_batch(&batch, opts.key.as_deref());
            valid[batch.breach] += records.len() as u64;
            for (reason, n) in rej {
                *rejected.entry(reason).or_default() += n;
                rejected_by_breach[batch.breach] += n;
            }
            for r in records {
                if run.len() == run.capacity() && run.len() < run_capacity {
                    // Grow by doubling up to the cap, never past it.
                    let want = (run.len() * 2).max(1 << 16).min(run_capacity);
                    run.reserve_exact(want - run.len());
                }
                if run.len() >= run_capacity
                    && let Err(e) = spill(&mut run, &mut runs, scratch.path(), progress)
                {
                    failure = Some(e);
                    break;
                }
                run.push(r);
            }
            if failure.is_some() {
                break;
            }
        }
        drop(rx);
        let counts = reader.join().expect("the reading thread does not panic")?;
        progress.reading(counter.load(Ordering::Relaxed), total_bytes);
        match failure {
            Some(e) => Err(e),
            None => Ok(counts),
        }
    })?;
    for (i, &missing) in read_counts.missing.iter().enumerate() {
        if missing > 0 {
            *rejected.entry("missing_column").or_default() += missing;
            rejected_by_breach[i] += missing;
        }
    }

    // Merge.
    run.par_sort_unstable();
    let total_records = (run.len() as u64) + runs_len(&runs);
    progress.merging(total_records, runs.len() + 1);
    let sorted_runs = runs.len() + usize::from(!run.is_empty());
    let mut writer = IndexWriter::new(scratch.path())?;
    let mut unique_by_breach = vec![0u64; n_breaches];
    merge(
        run,
        runs,
        |key, ids| {
            #[allow(clippy::cast_possible_truncation)]
            // the key is 84 bits: 20 of prefix, 64 of suffix
            let (prefix, suffix) = ((key >> 64) as u32, key as u64);
            for &id in ids {
                unique_by_breach[id as usize - 1] += 1;
            }
            writer.push(Prefix::new(prefix).expect("20 bits"), Suffix(suffix), ids)
        },
        progress,
    )?;

    let built_at = opts.built_at.unwrap_or_else(default_build_time);
    let added = date_of(built_at);
    let catalogue = Catalogue {
        breaches: recipe
            .breaches
            .iter()
            .enumerate()
            .map(|(i, b)| Breach {
                id: u32::try_from(i + 1).expect("≤ 65,535 breaches"),
                slug: b.slug.clone(),
                title: b.title.clone(),
                date: b.date.clone(),
                added: added.clone(),
                record_count: unique_by_breach[i],
                data_classes: b.data_classes.clone(),
                description: b.description.clone(),
                sources: b.sources.clone(),
                verified: b.verified,
                synthetic: b.synthetic,
            })
            .collect(),
    };
    progress.writing();
    let unique_entries = writer.entries();
    let canary = opts.key.as_ref().map(|k| k.canary().0);
    let header = writer.finish(&catalogue, canary, built_at, out, opts.force)?;
    let bytes_written = std::fs::metadata(out).map_or(0, |m| m.len());

    let values_valid: u64 = valid.iter().sum();
    let values_rejected: u64 = rejected.values().sum();
    Ok(BuildReport {
        output: out.display().to_string(),
        index_id: header.index_id(),
        rows_read: read_counts.rows.iter().sum(),
        values_read: values_valid + values_rejected,
        values_valid,
        values_rejected,
        rejected: rejected
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect(),
        duplicates: values_valid - unique_entries,
        unique_entries,
        sorted_runs,
        bytes_written,
        seconds: started.elapsed().as_secs_f64(),
        breaches: recipe
            .breaches
            .iter()
            .enumerate()
            .map(|(i, b)| BreachReport {
                slug: b.slug.clone(),
                rows_read: read_counts.rows[i],
                values_valid: valid[i],
                values_rejected: rejected_by_breach[i],
                unique_entries: unique_by_breach[i],
            })
            .collect(),
    })
}

/// The reading thread: every input of every breach, split into batches of raw values.
fn read_all(
    recipe: &Recipe,
    tx: &mpsc::SyncSender<Batch>,
    counter: &Arc<AtomicU64>,
) -> Result<ReadCounts, BuildError> {
    let n = recipe.breaches.len();
    let mut counts = ReadCounts {
        rows: vec![0; n],
        missing: vec![0; n],
    };
    for (b, breach) in recipe.breaches.iter().enumerate() {
        for input in &breach.inputs {
            let path = recipe.input_path(input);
            let (mut reader, columns) = dump::csv_reader(&path, input, Arc::clone(counter))?;
            let mut batches: Vec<Batch> = columns.iter().map(|c| Batch::new(b, c.kind)).collect();
            let mut record = csv::ByteRecord::new();
            loop {
                match reader.read_byte_record(&mut record) {
                    Ok(true) => {}
                    Ok(false) => break,
                    Err(e) => return Err(dump::csv_error(&path, &e).into()),
                }
                counts.rows[b] += 1;
                for (col, batch) in columns.iter().zip(batches.iter_mut()) {
                    match record.get(col.position) {
                        Some(field) => {
                            batch.data.extend_from_slice(field);
                            batch.ends.push(batch.data.len());
                        }
                        None => counts.missing[b] += 1,
                    }
                    if batch.ends.len() >= BATCH_VALUES {
                        let full = std::mem::replace(batch, Batch::new(b, col.kind));
                        if tx.send(full).is_err() {
                            // The consumer stopped (and will report why).
                            return Ok(counts);
                        }
                    }
                }
            }
            for batch in batches {
                if !batch.ends.is_empty() && tx.send(batch).is_err() {
                    return Ok(counts);
                }
            }
        }
    }
    Ok(counts)
}

/// Normalises and hashes a batch on all cores. Returns the records and the rejections by reason.
/// With a key, the suffix is the OPRF's instead of SHA-256's (the prefix is SHA-256's either way).
fn hash_batch(
    batch: &Batch,
    key: Option<&crate::oprf::OprfKey>,
) -> (Vec<u128>, HashMap<&'static str, u64>) {
    let breach = batch.breach as u128 + 1;
    let n = batch.ends.len();
    let parts: Vec<(Vec<u128>, HashMap<&'static str, u64>)> = (0..n.div_ceil(CHUNK_VALUES))
        .into_par_iter()
        .map(|chunk| {
            let idx = chunk * CHUNK_VALUES..((chunk + 1) * CHUNK_VALUES).min(n);
            let mut records = Vec::with_capacity(idx.len());
            let mut rejected: HashMap<&'static str, u64> = HashMap::new();
            for i in idx {
                let outcome = std::str::from_utf8(batch.value(i))
                    .map_err(|_| "invalid_utf8")
                    .and_then(|s| Identifier::parse_as(batch.kind, s).map_err(|e| e.reason()));
                match outcome {
                    Ok(id) => {
                        let h = HashedId::of(&id);
                        let suffix = key.map_or_else(|| h.suffix(), |k| k.suffix_of(&id));
                        let key = (u128::from(h.prefix().value()) << 64) | u128::from(suffix.0);
                        records.push((key << 44) | breach);
                    }
                    Err(reason) => *rejected.entry(reason).or_default() += 1,
                }
            }
            (records, rejected)
        })
        .collect();
    let mut records = Vec::with_capacity(batch.ends.len());
    let mut rejected: HashMap<&'static str, u64> = HashMap::new();
    for (r, rej) in parts {
        records.extend(r);
        for (k, v) in rej {
            *rejected.entry(k).or_default() += v;
        }
    }
    (records, rejected)
}

/// Sorts the run buffer and writes it to a scratch file.
fn spill(
    run: &mut Vec<u128>,
    runs: &mut Vec<File>,
    dir: &Path,
    progress: &dyn Progress,
) -> Result<(), BuildError> {
    run.par_sort_unstable();
    let file = tempfile::tempfile_in(dir).map_err(io_context(
        "could not create a scratch file for a sorted run",
    ))?;
    let mut w = BufWriter::with_capacity(1 << 20, file);
    for r in run.iter() {
        w.write_all(&r.to_le_bytes())
            .map_err(io_context("could not write a sorted run"))?;
    }
    let file = w
        .into_inner()
        .map_err(|e| io_context("could not write a sorted run")(e.into_error()))?;
    progress.spilled(run.len());
    run.clear();
    runs.push(file);
    Ok(())
}

fn runs_len(runs: &[File]) -> u64 {
    runs.iter()
        .map(|f| f.metadata().map_or(0, |m| m.len() / 16))
        .sum()
}

/// One sorted input of the merge.
enum Source {
    Memory(std::vec::IntoIter<u128>),
    Disk(BufReader<File>),
}

impl Source {
    fn next(&mut self) -> io::Result<Option<u128>> {
        match self {
            Source::Memory(it) => Ok(it.next()),
            Source::Disk(r) => read_u128(r),
        }
    }
}

/// Reads the next little-endian u128 record of a sorted run (`None` at the end).
fn read_u128(r: &mut impl Read) -> io::Result<Option<u128>> {
    let mut buf = [0u8; 16];
    match r.read_exact(&mut buf) {
        Ok(()) => Ok(Some(u128::from_le_bytes(buf))),
        Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => Ok(None),
        Err(e) => Err(e),
    }
}

/// Merges the sorted runs and calls `emit(key, breach_ids)` once per identifier, in key order.
fn merge(
    memory: Vec<u128>,
    disk: Vec<File>,
    mut emit: impl FnMut(u128, &[u32]) -> Result<(), WriteError>,
    progress: &dyn Progress,
) -> Result<(), BuildError> {
    use std::io::{Seek, SeekFrom};
    let buf = ((32usize << 20) / (disk.len() + 1)).clamp(16 << 10, 1 << 20);
    let mut sources = Vec::with_capacity(disk.len() + 1);
    for mut f in disk {
        f.seek(SeekFrom::Start(0))
            .map_err(io_context("could not read a sorted run"))?;
        sources.push(Source::Disk(BufReader::with_capacity(buf, f)));
    }
    sources.push(Source::Memory(memory.into_iter()));

    let mut heap = BinaryHeap::with_capacity(sources.len());
    for (i, s) in sources.iter_mut().enumerate() {
        if let Some(r) = s
            .next()
            .map_err(io_context("could not read a sorted run"))?
        {
            heap.push(std::cmp::Reverse((r, i)));
        }
    }
    let mut current: Option<u128> = None;
    let mut ids: Vec<u32> = Vec::new();
    let mut merged = 0u64;
    while let Some(std::cmp::Reverse((record, i))) = heap.pop() {
        if let Some(next) = sources[i]
            .next()
            .map_err(io_context("could not read a sorted run"))?
        {
            heap.push(std::cmp::Reverse((next, i)));
        }
        let key = record >> 44;
        #[allow(clippy::cast_possible_truncation)] // breach ids are < 2¹⁶
        let id = (record & 0xFFFF_FFFF) as u32;
        if current != Some(key) {
            if let Some(k) = current {
                emit(k, &ids)?;
            }
            current = Some(key);
            ids.clear();
        }
        if ids.last() != Some(&id) {
            ids.push(id);
        }
        merged += 1;
        if merged.is_multiple_of(1 << 20) {
            progress.merged(merged);
        }
    }
    if let Some(k) = current {
        emit(k, &ids)?;
    }
    progress.merged(merged);
    Ok(())
}

/// `SOURCE_DATE_EPOCH` (for reproducible builds) or the current time.
fn default_build_time() -> u64 {
    std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or_else(|| {
            SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map_or(0, |d| d.as_secs())
        })
}

/// `YYYY-MM-DD` (UTC) of a unix time.
pub fn date_of(unix: u64) -> String {
    timestamp(unix)[..10].to_string()
}

/// RFC 3339 (UTC, seconds) of a unix time.
pub fn timestamp(unix: u64) -> String {
    humantime::format_rfc3339_seconds(UNIX_EPOCH + std::time::Duration::from_secs(unix)).to_string()
}
