//! External sort with de-duplication, for the builder: 16-byte records go into a run buffer of
//! bounded size; a full buffer is sorted (on all cores) and spilled to a scratch file; the merge
//! streams every run in order and hands each identifier once, with the union of its breach ids.
//!
//! A record is `(key:84 | breach id:44)` as a `u128`: the key is the identifier's 20-bit prefix and
//! 64-bit suffix, so sorting records sorts entries by (prefix, suffix) and, within one identifier,
//! by breach id.

use std::collections::BinaryHeap;
use std::fs::File;
use std::io::{self, BufReader, BufWriter, Read, Seek, SeekFrom, Write};
use std::path::Path;

use rayon::prelude::*;

use super::builder::{BuildError, Progress};
use super::writer::{WriteError, io_context};

/// Bits below the key in a record.
pub const ID_BITS: u32 = 44;

/// The run buffer and the runs already spilled to `dir`.
pub struct SortedRuns<'a> {
    run: Vec<u128>,
    capacity: usize,
    spilled: Vec<File>,
    dir: &'a Path,
}

impl<'a> SortedRuns<'a> {
    /// Runs of at most `capacity` records (at least 1), spilled into `dir`.
    pub fn new(dir: &'a Path, capacity: usize) -> Self {
        SortedRuns {
            run: Vec::new(),
            capacity: capacity.max(1),
            spilled: Vec::new(),
            dir,
        }
    }

    /// Adds a record; spills the buffer first when it is full.
    pub fn push(&mut self, record: u128, progress: &dyn Progress) -> Result<(), BuildError> {
        if self.run.len() == self.run.capacity() && self.run.len() < self.capacity {
            // Grow by doubling up to the cap, never past it.
            let want = (self.run.len() * 2).max(1 << 16).min(self.capacity);
            self.run.reserve_exact(want - self.run.len());
        }
        if self.run.len() >= self.capacity {
            self.spill(progress)?;
        }
        self.run.push(record);
        Ok(())
    }

    /// Records pushed so far.
    pub fn records(&self) -> u64 {
        let spilled: u64 = self
            .spilled
            .iter()
            .map(|f| f.metadata().map_or(0, |m| m.len() / 16))
            .sum();
        self.run.len() as u64 + spilled
    }

    /// Sorted runs the merge will read (the spilled ones and a non-empty buffer).
    pub fn runs(&self) -> usize {
        self.spilled.len() + usize::from(!self.run.is_empty())
    }

    fn spill(&mut self, progress: &dyn Progress) -> Result<(), BuildError> {
        self.run.par_sort_unstable();
        let file = tempfile::tempfile_in(self.dir).map_err(io_context(
            "could not create a scratch file for a sorted run",
        ))?;
        let mut w = BufWriter::with_capacity(1 << 20, file);
        for r in &self.run {
            w.write_all(&r.to_le_bytes())
                .map_err(io_context("could not write a sorted run"))?;
        }
        let file = w
            .into_inner()
            .map_err(|e| io_context("could not write a sorted run")(e.into_error()))?;
        progress.spilled(self.run.len());
        self.run.clear();
        self.spilled.push(file);
        Ok(())
    }

    /// Merges every run and calls `emit(key, breach_ids)` once per key, in key order, with its
    /// breach ids ascending and without repeats.
    pub fn merge(
        mut self,
        mut emit: impl FnMut(u128, &[u32]) -> Result<(), WriteError>,
        progress: &dyn Progress,
    ) -> Result<(), BuildError> {
        self.run.par_sort_unstable();
        let buf = ((32usize << 20) / (self.spilled.len() + 1)).clamp(16 << 10, 1 << 20);
        let mut sources = Vec::with_capacity(self.spilled.len() + 1);
        for mut f in self.spilled {
            f.seek(SeekFrom::Start(0))
                .map_err(io_context("could not read a sorted run"))?;
            sources.push(Run::Disk(BufReader::with_capacity(buf, f)));
        }
        sources.push(Run::Memory(self.run.into_iter()));

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
            let key = record >> ID_BITS;
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
}

/// One sorted input of the merge.
enum Run {
    Memory(std::vec::IntoIter<u128>),
    Disk(BufReader<File>),
}

impl Run {
    fn next(&mut self) -> io::Result<Option<u128>> {
        match self {
            Run::Memory(it) => Ok(it.next()),
            Run::Disk(r) => read_u128(r),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::NoProgress;

    fn record(key: u128, id: u32) -> u128 {
        (key << ID_BITS) | u128::from(id)
    }

    /// Pushes `records` through runs of `capacity` and returns what the merge emitted and the
    /// number of runs.
    fn sort(records: &[u128], capacity: usize) -> (Vec<(u128, Vec<u32>)>, usize) {
        let dir = tempfile::tempdir().unwrap();
        let mut runs = SortedRuns::new(dir.path(), capacity);
        for &r in records {
            runs.push(r, &NoProgress).unwrap();
        }
        assert_eq!(runs.records(), records.len() as u64);
        let n = runs.runs();
        let mut out = Vec::new();
        runs.merge(
            |k, ids| {
                out.push((k, ids.to_vec()));
                Ok(())
            },
            &NoProgress,
        )
        .unwrap();
        (out, n)
    }

    #[test]
    fn empty_input_emits_nothing() {
        assert_eq!(sort(&[], 4), (vec![], 0));
    }

    #[test]
    fn one_run_in_memory() {
        let (out, runs) = sort(&[record(3, 1), record(1, 2), record(2, 1)], 10);
        assert_eq!(runs, 1);
        assert_eq!(out, vec![(1, vec![2]), (2, vec![1]), (3, vec![1])]);
    }

    #[test]
    fn many_runs_with_duplicates_across_runs() {
        // Written by hand: key 7 is in breaches 1 and 3 (and 1 twice), in three different runs.
        let records = [
            record(7, 3),
            record(5, 2),
            record(9, 1),
            record(7, 1),
            record(5, 2),
            record(1, 1),
            record(7, 1),
            record(u128::from(u64::MAX) << 20 | 0xFFFFF, 2),
        ];
        let (out, runs) = sort(&records, 2);
        assert_eq!(runs, 4);
        assert_eq!(
            out,
            vec![
                (1, vec![1]),
                (5, vec![2]),
                (7, vec![1, 3]),
                (9, vec![1]),
                (u128::from(u64::MAX) << 20 | 0xFFFFF, vec![2]),
            ]
        );
        // The same records in one run give the same answer.
        assert_eq!(sort(&records, 100).0, out);
    }
}
