//! A range response as a hostile server, proxy or cache could send it: decoding never panics, and
//! whatever the strict decoder accepts re-encodes to the same entries.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sajag::hashing::Prefix;
use sajag::protocol::{MIN_PADDED_LINES, decode_range, decode_range_response, encode_range};

fuzz_target!(|data: &[u8]| {
    if data.len() < 5 {
        return;
    }
    let prefix = Prefix::new(u32::from_le_bytes([data[0], data[1], data[2] & 0x0F, 0])).unwrap();
    let lines = u32::from(u16::from_le_bytes([data[3], data[4]]) % 2048);
    let Ok(text) = std::str::from_utf8(&data[5..]) else {
        return;
    };
    let _ = decode_range_response(text, prefix, lines, &[0u8; 32]);
    if let Ok(entries) = decode_range(text) {
        // Every index pads to at least MIN_PADDED_LINES (an empty body is malformed).
        let body = encode_range(&entries, prefix, "fuzz", lines.max(MIN_PADDED_LINES));
        assert_eq!(decode_range(&body).unwrap(), entries);
    }
});
