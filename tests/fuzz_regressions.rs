//! Inputs the fuzz targets (`fuzz/`) stopped on, replayed in `cargo test` with the same checks, so
//! that what was fixed stays fixed without nightly or cargo-fuzz. One folder per target under
//! `fuzz/regressions/`; bench/README.md says what each input found.

use std::path::Path;
use std::time::{Duration, Instant};

use sajag::hashing::Prefix;
use sajag::protocol::{MIN_PADDED_LINES, decode_range, decode_range_response, encode_range};

fn inputs(target: &str) -> Vec<Vec<u8>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/regressions")
        .join(target);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no inputs in {}", dir.display());
    files.iter().map(|f| std::fs::read(f).unwrap()).collect()
}

/// `fuzz_targets/range_response.rs`, body for body.
#[test]
fn range_response_inputs() {
    for data in inputs("range_response") {
        let prefix =
            Prefix::new(u32::from_le_bytes([data[0], data[1], data[2] & 0x0F, 0])).unwrap();
        let lines = u32::from(u16::from_le_bytes([data[3], data[4]]) % 2048);
        let Ok(text) = std::str::from_utf8(&data[5..]) else {
            continue;
        };
        let _ = decode_range_response(text, prefix, lines, &[0u8; 32]);
        if let Ok(entries) = decode_range(text) {
            let body = encode_range(&entries, prefix, "fuzz", lines.max(MIN_PADDED_LINES));
            assert_eq!(decode_range(&body).unwrap(), entries);
        }
    }
}

/// `fuzz_targets/message_scan.rs`: each input scans within 50 ms + 20 ms per KiB (best of three,
/// in release; a debug build gets ten times as long).
#[test]
fn message_scan_inputs() {
    let rules = sajag::guidance::scan::Rules::embedded(sajag::guidance::Lang::En).unwrap();
    let slack = if cfg!(debug_assertions) { 10 } else { 1 };
    for data in inputs("message_scan") {
        let text = String::from_utf8_lossy(&data);
        let limit = Duration::from_millis((50 + 20 * (data.len() as u64).div_ceil(1024)) * slack);
        let best = (0..3)
            .map(|_| {
                let start = Instant::now();
                let _ = rules.scan(&text);
                start.elapsed()
            })
            .min()
            .unwrap();
        assert!(best <= limit, "{} bytes took {best:?}", data.len());
    }
}
