//! `v1/manifest.json` and `v1/breaches.json` as a hostile server could send them: parsing and the
//! checks a client runs never panic, and what parses serialises and parses back the same.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sajag::catalogue::Catalogue;
use sajag::protocol::Manifest;

fuzz_target!(|data: &[u8]| {
    if let Ok(m) = serde_json::from_slice::<Manifest>(data) {
        let _ = m.verify_signature();
        let _ = m.signed_message();
        let again: Manifest = serde_json::from_slice(&m.to_json()).expect("round trip");
        assert_eq!(again, m);
    }
    if let Ok(c) = serde_json::from_slice::<Catalogue>(data) {
        if c.validate().is_ok() {
            let again: Catalogue = serde_json::from_slice(&c.to_json()).expect("round trip");
            assert_eq!(again, c);
            let _ = c.is_demo();
        }
    }
});
