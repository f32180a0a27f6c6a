//! What one check costs on the path a person's check takes (`lookup::check`), in this process:
//! `cargo run --release --example check_cost -- [INDEX_FILE] [URL]`.
//!
//! Prints, for the embedded demo, an index file (default: the demo's file) and, if given, a
//! server's URL: the time to open the source (for a file: reading every byte against its checksum
//! and checking its signature; for a URL: fetching and authenticating the manifest and catalogue),
//! then the mean time of a check (found and not found alternately; for a URL, one bucket fetched
//! and proved per check). Figures, not assertions: README "Performance" quotes them.

use std::sync::Arc;
use std::time::Instant;

use sajag::identifier::Identifier;
use sajag::lookup::{self, Source};
use sajag::trust::TrustPolicy;

fn per_check_us(source: &dyn Source, n: u32) -> f64 {
    let ids = [
        Identifier::parse("+91 98765 43210").expect("valid"),
        Identifier::parse("9999999999").expect("valid"),
    ];
    // Warm up (the remote source fetches its manifest on the first call).
    lookup::check(source, &ids[0]).expect("the check works");
    let start = Instant::now();
    for i in 0..n {
        lookup::check(source, &ids[i as usize % 2]).expect("the check works");
    }
    start.elapsed().as_secs_f64() * 1e6 / f64::from(n)
}

fn main() {
    let mut args = std::env::args().skip(1);
    let file = args.next().unwrap_or_else(|| {
        concat!(env!("CARGO_MANIFEST_DIR"), "/assets/demo/demo.sajag").to_owned()
    });
    let url = args.next();
    let trust = Arc::new(TrustPolicy::default());
    let mut specs = vec![
        ("embedded demo", "demo".to_owned(), 20_000),
        ("index file", file, 20_000),
    ];
    if let Some(u) = url {
        specs.push(("server (loopback)", u, 2_000));
    }
    for (what, spec, n) in specs {
        let start = Instant::now();
        let source = lookup::open_source(&spec, &trust).expect("the source opens");
        source.info().expect("the source describes itself");
        let open_ms = start.elapsed().as_secs_f64() * 1e3;
        let check_us = per_check_us(source.as_ref(), n);
        println!("{what:<18} open {open_ms:>8.2} ms   check {check_us:>8.1} µs  ({n} checks)");
    }
}
