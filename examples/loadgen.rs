//! A fixed-count HTTP/1.1 load generator for the serve benchmark:
//! `cargo run --release --example loadgen -- URL REQUESTS CONNECTIONS`.
//!
//! Each connection is a thread with one keep-alive socket that GETs `v1/range/{INDEX_ID}/{PREFIX}`
//! (the index id read once from `v1/manifest.json`) for a
//! deterministic sequence of prefixes, so two servers get exactly the same requests. Prints one line:
//! `requests=N seconds=S req_per_s=R bytes=B errors=E`.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::time::Instant;

#[allow(clippy::cast_precision_loss)] // rates for people to read
fn main() {
    let mut args = std::env::args().skip(1);
    let url = args
        .next()
        .expect("usage: loadgen URL REQUESTS CONNECTIONS");
    let total: u64 = args.next().and_then(|s| s.parse().ok()).unwrap_or(100_000);
    let conns: u64 = args.next().and_then(|s| s.parse().ok()).unwrap_or(32);
    let rest = url.strip_prefix("http://").expect("http:// URL");
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let (host, base) = (host.to_string(), format!("/{path}"));
    let base = format!("{base}v1/range/{}/", index_id(&host, &base));
    let started = Instant::now();
    let handles: Vec<_> = (0..conns)
        .map(|c| {
            let (host, base) = (host.clone(), base.clone());
            let n = total / conns + u64::from(c < total % conns);
            std::thread::spawn(move || run(&host, &base, c, n))
        })
        .collect();
    let (mut bytes, mut errors) = (0u64, 0u64);
    for h in handles {
        let (b, e) = h.join().unwrap();
        bytes += b;
        errors += e;
    }
    let secs = started.elapsed().as_secs_f64();
    println!(
        "requests={total} seconds={secs:.3} req_per_s={:.0} bytes={bytes} errors={errors}",
        total as f64 / secs
    );
}

/// The `index_id` of the manifest at `base` (one HTTP/1.0 GET).
fn index_id(host: &str, base: &str) -> String {
    let mut stream = TcpStream::connect(host).expect("connect");
    write!(
        stream,
        "GET {base}v1/manifest.json HTTP/1.0\r\nHost: {host}\r\n\r\n"
    )
    .expect("write");
    let mut reply = String::new();
    stream.read_to_string(&mut reply).expect("the manifest");
    let at = reply
        .find("\"index_id\"")
        .expect("a manifest with an index_id");
    reply[at..]
        .split('"')
        .nth(3)
        .expect("index_id's value")
        .to_owned()
}

fn run(host: &str, base: &str, conn: u64, n: u64) -> (u64, u64) {
    let mut stream = TcpStream::connect(host).expect("connect");
    stream.set_nodelay(true).unwrap();
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let (mut bytes, mut errors) = (0u64, 0u64);
    let mut x = conn.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut body = Vec::new();
    for _ in 0..n {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let prefix = x % (1 << 20);
        let req = format!("GET {base}{prefix:05X} HTTP/1.1\r\nHost: {host}\r\n\r\n");
        stream.write_all(req.as_bytes()).expect("write");
        let mut status = String::new();
        reader.read_line(&mut status).expect("status line");
        if !status.contains(" 200 ") {
            errors += 1;
        }
        let mut len = 0usize;
        loop {
            let mut line = String::new();
            reader.read_line(&mut line).expect("header");
            if line == "\r\n" || line.is_empty() {
                break;
            }
            if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                len = v.trim().parse().unwrap_or(0);
            }
        }
        body.resize(len, 0);
        reader.read_exact(&mut body).expect("body");
        bytes += len as u64;
    }
    (bytes, errors)
}
