//! An index file that is damaged or crafted: opening never panics, and an index that opens answers
//! lookups, buckets and range bodies without panicking.
//!
//! Random bytes rarely get past the header, so most inputs are read as patches to the committed
//! demo index (first byte even): up to 64 × (offset: u32 LE, byte), offsets biased towards the header,
//! catalogue and tables, and an optional new length. An odd first byte uses the rest of the input as
//! the whole file.
#![no_main]

use std::io::{Seek, SeekFrom, Write};
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use sajag::hashing::{Prefix, Suffix};
use sajag::index::Index;

static DEMO: &[u8] = include_bytes!("../../assets/demo/demo.sajag");
static FILE: OnceLock<std::path::PathBuf> = OnceLock::new();

fn path() -> &'static std::path::Path {
    FILE.get_or_init(|| {
        let dir = if std::path::Path::new("/dev/shm").is_dir() {
            std::path::PathBuf::from("/dev/shm")
        } else {
            std::env::temp_dir()
        };
        dir.join(format!("sajag-fuzz-index-{}", std::process::id()))
    })
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let bytes: Vec<u8> = if mode & 1 == 1 {
        rest.to_vec()
    } else {
        let mut b = DEMO.to_vec();
        let mut chunks = rest.chunks_exact(5);
        for c in chunks.by_ref().take(64) {
            let raw = u32::from_le_bytes([c[0], c[1], c[2], c[3]]) as usize;
            // Half the patches land in the first 64 KiB (header, catalogue, set tables).
            let at = if raw & 1 == 0 {
                (raw >> 1) % 65536
            } else {
                raw >> 1
            } % b.len();
            b[at] = c[4];
        }
        if mode & 2 == 2 {
            let cut = u32::from_le_bytes([rest.first().copied().unwrap_or(0), mode, 0, 0]) as usize;
            b.truncate(b.len().saturating_sub(cut));
        }
        b
    };
    let p = path();
    let mut f = std::fs::File::create(p).expect("temp file");
    f.write_all(&bytes).expect("write");
    f.seek(SeekFrom::Start(0)).expect("seek");
    drop(f);
    let Ok(index) = Index::open(p) else {
        return;
    };
    let _ = index.catalogue_json();
    let _ = sajag::protocol::Manifest::of(&index);
    for (i, w) in rest.chunks(8).take(8).enumerate() {
        let mut v = [0u8; 8];
        v[..w.len()].copy_from_slice(w);
        let x = u64::from_le_bytes(v);
        let prefix = Prefix::new(u32::try_from(x >> 44).expect("20 bits")).expect("in range");
        let _ = index.lookup(prefix, Suffix(x.rotate_left(i as u32 * 7)));
        let _ = index.bucket(prefix);
        let _ = sajag::protocol::range_body(&index, prefix);
    }
    if mode & 4 == 4 {
        let _ = index.verify();
    }
});
