//! A raw dump file of arbitrary bytes (CSV/TSV/PSV, BOM, CRLF, quotes, gzip or not), read as the
//! index builder reads it: every row, every identifier column, every field normalised and hashed.
//! Errors are fine; panics are not.
#![no_main]

use std::io::Write;
use std::sync::Arc;
use std::sync::atomic::AtomicU64;

use libfuzzer_sys::fuzz_target;
use sajag::hashing::HashedId;
use sajag::identifier::Identifier;
use sajag::index::dump;
use sajag::index::recipe::{Column, InputSpec};

fuzz_target!(|data: &[u8]| {
    let Some((&control, bytes)) = data.split_first() else {
        return;
    };
    let dir = std::env::temp_dir();
    let path = dir.join(format!("sajag-fuzz-dump-{}", std::process::id()));
    std::fs::File::create(&path)
        .and_then(|mut f| f.write_all(bytes))
        .expect("temp file");
    let column = |bits: u8| match bits & 3 {
        0 => None,
        1 => Some(Column::Number(1)),
        2 => Some(Column::Number(usize::from(bits >> 2) + 1)),
        _ => Some(Column::Name("mobile".into())),
    };
    let spec = InputSpec {
        path: path.clone(),
        header: control & 0x80 != 0,
        mobile_column: column(control),
        pan_column: column(control >> 4),
        delimiter: match (control >> 2) & 3 {
            0 => None,
            1 => Some("tab".into()),
            2 => Some("|".into()),
            _ => Some(",".into()),
        },
    };
    let Ok((mut reader, columns)) = dump::csv_reader(&path, &spec, Arc::new(AtomicU64::new(0)))
    else {
        return;
    };
    let mut record = csv::ByteRecord::new();
    while let Ok(true) = reader.read_byte_record(&mut record) {
        for col in &columns {
            if let Some(field) = record.get(col.position)
                && let Ok(s) = std::str::from_utf8(field)
                && let Ok(id) = Identifier::parse_as(col.kind, s)
            {
                let _ = HashedId::of(&id);
            }
        }
    }
});
