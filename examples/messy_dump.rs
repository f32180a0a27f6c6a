//! Writes a large synthetic messy dump for benchmarks: `cargo run --release --example messy_dump -- ROWS OUT.csv`.
//!
//! Columns `name,mobile,pan,city`; mobiles in every common spelling, some PANs lower-case, about 1 %
//! invalid values and 2 % repeated identifiers. All values are pseudo-random (synthetic).

use std::io::{BufWriter, Write};

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let rows: u64 = args
        .next()
        .and_then(|s| s.parse().ok())
        .unwrap_or(10_000_000);
    let out = args.next().unwrap_or_else(|| "messy.csv".into());
    let mut w = BufWriter::with_capacity(1 << 20, std::fs::File::create(&out)?);
    let mut state = 0x5eed_u64;
    let mut next = move || {
        // SplitMix64
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    };
    w.write_all(b"\xEF\xBB\xBFname,mobile,pan,city\r\n")?;
    let mut last_mobile = 0u64;
    for i in 0..rows {
        let r = next();
        let mobile = if r % 50 == 0 {
            last_mobile
        } else {
            6_000_000_000 + next() % 4_000_000_000
        };
        last_mobile = mobile;
        let m = mobile.to_string();
        let spelled = match r % 9 {
            0 => m.clone(),
            1 => format!("+91 {} {}", &m[..5], &m[5..]),
            2 => format!("\"+91-{}-{}\"", &m[..5], &m[5..]),
            3 => format!("0{m}"),
            4 => format!("0091{m}"),
            5 => format!("91{m}"),
            6 => format!("\"(+91) {}.{}\"", &m[..5], &m[5..]),
            7 if r % 97 == 0 => format!("011{}", &m[3..]), // a landline: rejected
            _ => format!("0{} {}", &m[..5], &m[5..]),
        };
        let p = next();
        let letters: Vec<u8> = (0..6).map(|k| b'A' + ((p >> (k * 5)) % 26) as u8).collect();
        let pan = format!(
            "{}{}{}P{}{:04}{}",
            letters[0] as char,
            letters[1] as char,
            letters[2] as char,
            letters[3] as char,
            (p >> 32) % 10_000,
            letters[4] as char
        );
        let pan = if p % 5 == 0 { pan.to_lowercase() } else { pan };
        writeln!(w, "Synthetic Person {i},{spelled},{pan},Demo City\r")?;
    }
    w.flush()
}
