//! `sajag-index serve` under attack (issue #12): the evaluation budget counts guesses, clients are
//! addresses or IPv6 /64s, `X-Forwarded-For` is believed only from `--trust-proxy`, slow and greedy
//! connections are cut off, and every range response of an index has the same length.

mod common;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use common::*;
use sajag::hashing::{HashedId, Prefix, hex};
use sajag::identifier::Identifier;
use sajag::index::Index;

/// The dump built blinded with a new key: (index, key).
fn blinded_index(dump: &MessyDump) -> (std::path::PathBuf, std::path::PathBuf) {
    let key = oprf_keygen(dump.dir.path(), "oprf.key");
    let out = dump.path("b.sajag");
    build_blinded(&dump.manifest, &key, &out);
    (out, key)
}

/// `serve INDEX --key KEY` with `extra` flags.
fn serve_blinded(index: &std::path::Path, key: &std::path::Path, extra: &[&str]) -> Server {
    Server::start(
        index,
        &[&["--key", key.to_str().unwrap()][..], extra].concat(),
    )
}

fn evaluate_body(n: usize) -> String {
    let items: Vec<String> = (0..n)
        .map(|_| format!("\"{}\"", hex(&sajag::oprf::blind(b"x").element)))
        .collect();
    format!("{{\"blinded\": [{}]}}", items.join(","))
}

/// POSTs `n` elements, with `X-Forwarded-For: xff` when given; returns the status and Retry-After.
fn evaluate(server: &Server, n: usize, xff: Option<&str>) -> (u16, Option<u64>) {
    let mut r = http()
        .post(format!("{}v1/evaluate", server.url))
        .header("content-type", "application/json")
        .body(evaluate_body(n));
    if let Some(xff) = xff {
        r = r.header("x-forwarded-for", xff);
    }
    let r = r.send().unwrap();
    let retry = r
        .headers()
        .get("retry-after")
        .map(|v| v.to_str().unwrap().parse().unwrap());
    (r.status().as_u16(), retry)
}

#[test]
fn the_budget_counts_guesses_not_requests() {
    let dump = MessyDump::create(5);
    let (index, key) = blinded_index(&dump);
    let server = serve_blinded(&index, &key, &["--burst", "10", "--rate-per-minute", "1"]);
    // A check needs two elements; a third would be a free guess.
    assert_eq!(evaluate(&server, 3, None).0, 400);
    assert_eq!(evaluate(&server, 17, None).0, 400);
    for n in 0..5 {
        assert_eq!(evaluate(&server, 2, None), (200, None), "request {n}");
    }
    let (status, retry) = evaluate(&server, 2, None);
    assert_eq!(status, 429);
    // Two tokens at one a minute.
    let retry = retry.expect("429 carries Retry-After");
    assert!((100..=121).contains(&retry), "Retry-After {retry}");
    assert_eq!(
        evaluate(&server, 1, None).0,
        429,
        "nothing left, not even for one"
    );
    #[cfg(unix)]
    {
        let log = server.stop();
        assert!(log.contains("2 evaluations over budget (429)"), "{log}");
        assert!(
            !log.contains("127.0.0.1"),
            "the log names an address: {log}"
        );
    }
}

#[test]
fn clients_are_addresses_or_64s_and_forwarded_for_needs_a_trusted_proxy() {
    let dump = MessyDump::create(5);
    let (index, key) = blinded_index(&dump);
    let limits = ["--burst", "2", "--rate-per-minute", "1"];

    // Without --trust-proxy the header is anyone's writing: every request here is 127.0.0.1's.
    let direct = serve_blinded(&index, &key, &limits);
    assert_eq!(evaluate(&direct, 2, Some("198.51.100.1")).0, 200);
    assert_eq!(evaluate(&direct, 2, Some("198.51.100.2")).0, 429);
    assert_eq!(evaluate(&direct, 2, None).0, 429);
    drop(direct);

    let proxied = serve_blinded(
        &index,
        &key,
        &[&["--trust-proxy", "127.0.0.1/32"][..], &limits].concat(),
    );
    assert_eq!(evaluate(&proxied, 2, Some("198.51.100.1")).0, 200);
    assert_eq!(evaluate(&proxied, 2, Some("198.51.100.2")).0, 200);
    assert_eq!(evaluate(&proxied, 2, Some("198.51.100.1")).0, 429);
    // Two addresses of one /64 are one client; the next /64 is another.
    assert_eq!(evaluate(&proxied, 2, Some("2001:db8:0:7::1")).0, 200);
    assert_eq!(evaluate(&proxied, 2, Some("2001:db8:0:7::ffff")).0, 429);
    assert_eq!(evaluate(&proxied, 2, Some("2001:db8:0:8::1")).0, 200);
    // What a client writes to the left of the proxy's hop changes nothing.
    assert_eq!(
        evaluate(&proxied, 2, Some("203.0.113.50, 198.51.100.2")).0,
        429
    );
    // The proxy's own requests (no header) are the proxy's budget.
    assert_eq!(evaluate(&proxied, 2, None).0, 200);
    assert_eq!(evaluate(&proxied, 2, None).0, 429);
}

/// Sends `head` and then one byte of header every `every`, until the server closes the connection;
/// returns how long that took (or `None` if it was still open after `give_up`).
fn trickle(url: &str, every: Duration, give_up: Duration) -> Option<Duration> {
    let addr = url.trim_start_matches("http://").trim_end_matches('/');
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_millis(10))).unwrap();
    let start = Instant::now();
    s.write_all(b"GET /v1/manifest.json HTTP/1.1\r\nHost: x\r\nX-Slow: ")
        .unwrap();
    let mut buf = [0u8; 512];
    while start.elapsed() < give_up {
        std::thread::sleep(every);
        if s.write_all(b"a").is_err() {
            return Some(start.elapsed());
        }
        match s.read(&mut buf) {
            Ok(0) => return Some(start.elapsed()),
            Ok(_) => {} // a 408 before the close is fine
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {}
            Err(e) if e.kind() == std::io::ErrorKind::TimedOut => {}
            Err(_) => return Some(start.elapsed()),
        }
    }
    None
}

#[test]
fn slow_and_idle_connections_are_closed_while_others_are_served() {
    let dump = MessyDump::create(20);
    let (index, _) = dump.build(&[]);
    let server = Server::start(&index, &["--header-timeout", "1s"]);
    let url = server.url.clone();
    let slow = std::thread::spawn(move || {
        trickle(&url, Duration::from_millis(100), Duration::from_secs(10))
    });

    // Meanwhile another client is served at once, again and again.
    let started = Instant::now();
    let mut worst = Duration::ZERO;
    while started.elapsed() < Duration::from_millis(1500) {
        let t = Instant::now();
        assert_eq!(get(&format!("{}v1/manifest.json", server.url)).0, 200);
        worst = worst.max(t.elapsed());
    }
    assert!(
        worst < Duration::from_millis(500),
        "a request took {worst:?}"
    );
    let closed = slow
        .join()
        .unwrap()
        .expect("the trickling connection was never closed");
    assert!(
        (Duration::from_millis(900)..Duration::from_secs(3)).contains(&closed),
        "closed after {closed:?}"
    );

    // An idle keep-alive connection is closed by the same timer.
    let addr = server
        .url
        .trim_start_matches("http://")
        .trim_end_matches('/');
    let mut s = TcpStream::connect(addr).unwrap();
    s.write_all(b"GET /v1/manifest.json HTTP/1.1\r\nHost: x\r\n\r\n")
        .unwrap();
    s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    let start = Instant::now();
    let mut got = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        match s.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => got.extend_from_slice(&buf[..n]),
        }
    }
    assert!(
        got.starts_with(b"HTTP/1.1 200"),
        "{:?}",
        String::from_utf8_lossy(&got)
    );
    assert!(
        start.elapsed() < Duration::from_secs(3),
        "idle for {:?}",
        start.elapsed()
    );
    #[cfg(unix)]
    {
        let log = server.stop();
        assert!(log.contains("closed by --header-timeout"), "{log}");
        assert!(!log.contains("0 closed by --header-timeout"), "{log}");
    }
}

#[test]
fn connections_and_heads_are_capped_and_slow_bodies_time_out() {
    let dump = MessyDump::create(5);
    let (index, key) = blinded_index(&dump);
    let server = serve_blinded(
        &index,
        &key,
        &[
            "--max-connections",
            "1",
            "--max-header-bytes",
            "1024",
            "--request-timeout",
            "1s",
        ],
    );
    let addr = server
        .url
        .trim_start_matches("http://")
        .trim_end_matches('/');
    let manifest = format!("{}v1/manifest.json", server.url);
    // One connection holds the only slot: the next is closed on arrival.
    let holder = TcpStream::connect(addr).unwrap();
    std::thread::sleep(Duration::from_millis(200));
    assert!(http().get(&manifest).send().is_err());
    drop(holder);
    std::thread::sleep(Duration::from_millis(200));
    assert_eq!(get(&manifest).0, 200);

    let r = http()
        .get(&manifest)
        .header("x-big", "a".repeat(2000))
        .send()
        .unwrap();
    assert_eq!(r.status().as_u16(), 431);
    drop(r);
    std::thread::sleep(Duration::from_millis(200));

    // A body that trickles in is cut off by the request timeout.
    let mut s = TcpStream::connect(addr).unwrap();
    s.write_all(
        b"POST /v1/evaluate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{",
    )
    .unwrap();
    s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    let start = Instant::now();
    let mut got = [0u8; 64];
    let n = s.read(&mut got).unwrap();
    assert!(
        got[..n].starts_with(b"HTTP/1.1 408"),
        "{:?}",
        String::from_utf8_lossy(&got[..n])
    );
    assert!(start.elapsed() < Duration::from_secs(3));
    drop(s);
    #[cfg(unix)]
    {
        std::thread::sleep(Duration::from_millis(200));
        let log = server.stop();
        assert!(
            log.contains("1 refused at --max-connections")
                && log.contains("1 requests over --request-timeout"),
            "{log}"
        );
    }
}

#[test]
fn every_range_response_of_an_index_has_the_same_length() {
    let dump = MessyDump::create(3000);
    let (index, _) = dump.build(&[]);
    let idx = Index::open(&index).unwrap();
    let server = Server::start(&index, &[]);
    let id = idx.index_id();
    let mut prefixes: Vec<Prefix> = PLANTED
        .iter()
        .map(|p| HashedId::of(&Identifier::parse(p.query).unwrap()).prefix())
        .collect();
    prefixes.extend(
        (0..=Prefix::MAX)
            .step_by(4099)
            .map(|v| Prefix::new(v).unwrap()),
    );
    let (mut empty, mut several_ids) = (0, 0);
    let mut lengths = std::collections::BTreeSet::new();
    for p in &prefixes {
        let bucket = idx.bucket(*p).unwrap();
        empty += usize::from(bucket.is_empty());
        several_ids += usize::from(bucket.iter().any(|e| e.breach_ids.len() > 1));
        let r = http()
            .get(format!("{}v1/range/{id}/{p}", server.url))
            .header("accept-encoding", "gzip")
            .send()
            .unwrap();
        assert_eq!(r.status().as_u16(), 200);
        assert!(
            r.headers().get("content-encoding").is_none(),
            "a range is never compressed"
        );
        lengths.insert(r.bytes().unwrap().len());
    }
    assert!(
        empty > 10 && several_ids > 0,
        "the sample must mix empty buckets and lines of several ids"
    );
    assert_eq!(
        lengths.len(),
        1,
        "range responses differ in length: {lengths:?}"
    );
    // The metadata may still be compressed.
    let r = http()
        .get(format!("{}v1/breaches.json", server.url))
        .header("accept-encoding", "gzip")
        .send()
        .unwrap();
    assert_eq!(r.headers()["content-encoding"], "gzip");
}
