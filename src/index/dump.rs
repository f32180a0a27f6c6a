//! Reading raw dumps: CSV/TSV (quoted fields, BOM, CRLF), one value a line, optionally gzip-compressed.
//!
//! A dump is read as bytes: a field that is not UTF-8 is counted as rejected by the builder, never fatal.

use std::fs::File;
use std::io::{self, BufReader, Read};
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use super::recipe::{Column, InputSpec};
use crate::identifier::Kind;

/// Candidate delimiters, in order of preference on a tie.
const DELIMITERS: [u8; 4] = [b',', b'\t', b';', b'|'];

/// A reader that counts the bytes taken from the file (compressed bytes for a `.gz`), for progress.
struct Counting<R> {
    inner: R,
    counter: Arc<AtomicU64>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.counter.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// Opens a dump, decompressing `.gz`, with its raw byte count added to `counter` as it is read.
pub fn open(path: &Path, counter: Arc<AtomicU64>) -> io::Result<Box<dyn Read + Send>> {
    let file = File::open(path)?;
    let tracked = Counting {
        inner: file,
        counter,
    };
    let is_gz = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("gz"));
    Ok(if is_gz {
        Box::new(BufReader::with_capacity(
            1 << 20,
            flate2::read::MultiGzDecoder::new(BufReader::new(tracked)),
        ))
    } else {
        Box::new(BufReader::with_capacity(1 << 20, tracked))
    })
}

/// Picks the delimiter from a sample of the file's start: the candidate found in the most lines,
/// as long as it is in at least 9 of 10 of them. `,` when none qualifies (a one-value-a-line file
/// has no delimiter, and any choice reads it the same).
pub fn detect_delimiter(sample: &[u8]) -> u8 {
    let lines: Vec<&[u8]> = sample
        .split(|&b| b == b'\n')
        .take(200)
        .filter(|l| !l.is_empty())
        .collect();
    // The last line of a sample may be cut short; ignore it unless it is the only one.
    let cut_short = !sample.ends_with(b"\n") && lines.len() > 1;
    let lines = if cut_short {
        &lines[..lines.len() - 1]
    } else {
        &lines[..]
    };
    if lines.is_empty() {
        return b',';
    }
    let mut best = (0usize, b',');
    for &d in &DELIMITERS {
        let hits = lines.iter().filter(|l| l.contains(&d)).count();
        if hits * 10 >= lines.len() * 9 && hits > best.0 {
            best = (hits, d);
        }
    }
    best.1
}

/// A CSV reader over a (possibly decompressed) dump.
pub type DumpReader = csv::Reader<Box<dyn Read + Send>>;

/// A column of the dump resolved to a 0-based position.
#[derive(Clone, Copy, Debug)]
pub struct ResolvedColumn {
    pub kind: Kind,
    pub position: usize,
}

/// Why a dump cannot be read at all (bad values are counted, not errors).
#[derive(Debug, thiserror::Error)]
pub enum DumpError {
    #[error("could not read {path}: {cause}")]
    Io { path: String, cause: io::Error },
    #[error("{path}: the header has no {column} (it has: {found})")]
    NoSuchColumn {
        path: String,
        column: String,
        found: String,
    },
    #[error("{path}: the file is empty, but the manifest says it has a header row")]
    NoHeader { path: String },
    #[error("{path}, line {line}: {message}")]
    Csv {
        path: String,
        line: u64,
        message: String,
    },
}

/// Opens a dump as a CSV reader positioned after the header, with the identifier columns resolved.
pub fn csv_reader(
    path: &Path,
    spec: &InputSpec,
    counter: Arc<AtomicU64>,
) -> Result<(DumpReader, Vec<ResolvedColumn>), DumpError> {
    let io_err = |cause| DumpError::Io {
        path: path.display().to_string(),
        cause,
    };
    let mut raw = open(path, counter).map_err(io_err)?;
    let mut sample = Vec::with_capacity(64 << 10);
    (&mut raw)
        .take(64 << 10)
        .read_to_end(&mut sample)
        .map_err(io_err)?;
    // A UTF-8 byte-order mark is not part of the first field.
    if sample.starts_with(b"\xEF\xBB\xBF") {
        sample.drain(..3);
    }
    let delimiter = match spec.delimiter_byte() {
        Ok(Some(d)) => d,
        _ => detect_delimiter(&sample),
    };
    let joined: Box<dyn Read + Send> = Box::new(io::Cursor::new(sample).chain(raw));
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .buffer_capacity(1 << 20)
        .from_reader(joined);

    let mut header_names: Vec<String> = Vec::new();
    if spec.header {
        let mut rec = csv::ByteRecord::new();
        let got = reader
            .read_byte_record(&mut rec)
            .map_err(|e| csv_error(path, &e))?;
        if !got {
            return Err(DumpError::NoHeader {
                path: path.display().to_string(),
            });
        }
        header_names = rec
            .iter()
            .map(|f| String::from_utf8_lossy(f).trim().to_string())
            .collect();
    }
    let mut columns = Vec::new();
    for (kind, col) in spec.columns() {
        let position = match col {
            Column::Number(n) => n - 1,
            Column::Name(name) => header_names
                .iter()
                .position(|h| h.eq_ignore_ascii_case(name.trim()))
                .ok_or_else(|| DumpError::NoSuchColumn {
                    path: path.display().to_string(),
                    column: col.to_string(),
                    found: header_names.join(", "),
                })?,
        };
        columns.push(ResolvedColumn { kind, position });
    }
    Ok((reader, columns))
}

/// A CSV error with the file and line it happened on.
pub fn csv_error(path: &Path, e: &csv::Error) -> DumpError {
    let line = e.position().map_or(0, csv::Position::line);
    match e.kind() {
        csv::ErrorKind::Io(io) => DumpError::Io {
            path: path.display().to_string(),
            cause: io::Error::new(io.kind(), io.to_string()),
        },
        _ => DumpError::Csv {
            path: path.display().to_string(),
            line,
            message: e.to_string(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_byte_order_mark_is_not_part_of_the_first_value() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("pans.txt");
        std::fs::write(&path, "\u{feff}ABCPE1234F\r\nABCPE1234G\r\n").unwrap();
        let spec: InputSpec =
            toml::from_str("path = 'pans.txt'\nheader = false\npan_column = 1").unwrap();
        let (mut reader, cols) = csv_reader(&path, &spec, Arc::default()).unwrap();
        let mut rec = csv::ByteRecord::new();
        assert!(reader.read_byte_record(&mut rec).unwrap());
        assert_eq!(rec.get(cols[0].position), Some(&b"ABCPE1234F"[..]));
        assert!(reader.read_byte_record(&mut rec).unwrap());
        assert_eq!(rec.get(cols[0].position), Some(&b"ABCPE1234G"[..]));
    }

    #[test]
    fn delimiters_are_detected() {
        assert_eq!(detect_delimiter(b"a,b\n1,2\n3,4\n"), b',');
        assert_eq!(detect_delimiter(b"a\tb\n1\t2\n3\t4\n"), b'\t');
        assert_eq!(detect_delimiter(b"a;b\n1;2\n3;4\n"), b';');
        assert_eq!(detect_delimiter(b"a|b,c\n1|2,3\n3|4\n"), b'|');
        assert_eq!(detect_delimiter(b"9876543210\n9876543211\n"), b',');
        assert_eq!(detect_delimiter(b""), b',');
    }
}
