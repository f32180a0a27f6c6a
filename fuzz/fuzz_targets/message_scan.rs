//! The message check on arbitrary text. Linear time is a promise: run with `-timeout=` (libFuzzer
//! reports any input slower than that as a failure), and this target also fails any input that
//! takes more than 20 ms per kilobyte plus 50 ms three times in a row.
#![no_main]

use std::sync::OnceLock;
use std::time::{Duration, Instant};

use libfuzzer_sys::fuzz_target;
use sajag::guidance::Lang;
use sajag::guidance::scan::Rules;

static RULES: OnceLock<Rules> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let rules = RULES.get_or_init(|| Rules::embedded(Lang::En).expect("embedded rules load"));
    let text = String::from_utf8_lossy(data);
    let limit = Duration::from_millis(50 + 20 * (data.len() as u64).div_ceil(1024));
    // Wall-clock time on a shared machine includes other processes' time slices: an input fails
    // only if it is slow three times in a row (super-linear work is slow every time).
    let mut best = Duration::MAX;
    for _ in 0..3 {
        let start = Instant::now();
        let _ = rules.scan(&text);
        best = best.min(start.elapsed());
        if best <= limit {
            return;
        }
    }
    panic!("{} bytes took {best:?} (limit {limit:?})", data.len());
});
