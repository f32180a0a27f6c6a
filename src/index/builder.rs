//! The index builder: dumps → normalise → hash → sorted runs of bounded memory → k-way merge with
//! de-duplication → packed index file (ARCHITECTURE.md, Index file).
//!
//! One thread reads and splits the dumps into batches of raw values; the calling thread normalises
//! and hashes each batch on all cores (rayon) into 16-byte records
//! `(prefix:20 | suffix:64 | breach id:44)` and pushes them into [`SortedRuns`] (the external sort,
//! with a run buffer sized from the memory cap), whose merge hands each identifier once, with its
//! breach set, to [`IndexWriter`].

use std::collections::{BTreeMap, HashMap};

use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc;
use std::time::Instant;

use rayon::prelude::*;
use serde::Serialize;

use super::dump::{self, DumpError};
use super::external_sort::SortedRuns;
use super::recipe::Recipe;
use super::writer::{IndexWriter, WriteError, io_context};
use crate::catalogue::{Breach, Catalogue};
use crate::hashing::{HashedId, Prefix, Suffix};
use crate::identifier::{Identifier, Kind};

/// The name prefix of a build's scratch folder.
const SCRATCH_PREFIX: &str = ".sajag-build-";

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
    let out_dir = crate::fsutil::parent_dir(out);
    let scratch_parent = opts.scratch_dir.clone().unwrap_or(out_dir);
    // A build that was killed left its scratch folder (and maybe a partial index): clean up what
    // no running build holds.
    crate::fsutil::remove_stale(&scratch_parent, SCRATCH_PREFIX);
    let scratch = tempfile::Builder::new()
        .prefix(SCRATCH_PREFIX)
        .tempdir_in(&scratch_parent)
        .map_err(io_context(format!(
            "could not create a scratch folder in {}",
            scratch_parent.display()
        )))
        .map_err(BuildError::Write)?;
    // Held until the build ends, so another build does not take the folder for a stale one.
    let scratch_lock = File::create(scratch.path().join(crate::fsutil::SCRATCH_LOCK))
        .and_then(|f| crate::fsutil::hold(&f).map(|()| f))
        .map_err(io_context("could not lock the scratch folder"))
        .map_err(BuildError::Write)?;

    let run_capacity = opts
        .run_records
        .unwrap_or(((opts.memory_mb - OVERHEAD_MB.min(opts.memory_mb / 2)) << 20) / 16)
        .max(1);
    let mut runs = SortedRuns::new(scratch.path(), run_capacity);
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
                if let Err(e) = runs.push(r, progress) {
                    failure = Some(e);
                    break;
                }
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
    let sorted_runs = runs.runs();
    progress.merging(runs.records(), sorted_runs);
    let mut writer = IndexWriter::new(scratch.path())?;
    let mut unique_by_breach = vec![0u64; n_breaches];
    runs.merge(
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
    let added = crate::dates::date_of(built_at);
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
    drop(scratch_lock);
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

/// `SOURCE_DATE_EPOCH` (for reproducible builds) or the current time.
fn default_build_time() -> u64 {
    std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or_else(crate::dates::now_unix)
}
