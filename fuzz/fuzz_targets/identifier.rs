//! Whatever a person types or a dump holds: parsing never panics, and a parsed identifier's
//! canonical form parses back to itself.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sajag::hashing::HashedId;
use sajag::identifier::{Identifier, Kind};

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(id) = Identifier::parse(s) {
        let again = Identifier::parse(id.canonical()).expect("a canonical form parses");
        assert_eq!(again.hash_input(), id.hash_input());
        let _ = HashedId::of(&id);
    }
    for kind in [Kind::Mobile, Kind::Pan] {
        if let Ok(id) = Identifier::parse_as(kind, s) {
            let again =
                Identifier::parse_as(kind, id.canonical()).expect("a canonical form parses");
            assert_eq!(again.hash_input(), id.hash_input());
        }
    }
});
