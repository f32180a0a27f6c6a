//! Load generator for `sajag-index serve` on loopback (bench/server_load.sh, issue #12).
//!
//! Modes (all print one JSON line of results):
//!   soak ADDR INDEX_ID SECS CONNS EVAL_PERCENT   mixed range GETs and evaluate POSTs; each POST
//!                                                 carries a fresh X-Forwarded-For (serve with
//!                                                 --trust-proxy 127.0.0.1/32) so it is not 429
//!   slow ADDR INDEX_ID SLOW SECS                 SLOW connections trickle a header byte a second;
//!                                                 one normal client keeps fetching ranges
//!   distinct ADDR N CONNS [cheap]                N evaluate POSTs, each from a distinct
//!                                                 X-Forwarded-For address (cheap: elements that
//!                                                 are not points, answered 400 after the limiter)
//!   budget ADDR                                  one client until 429, then another client
//! Traffic goes only to 127.0.0.0/8 or ::1.

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::sync::Mutex;

/// A valid ristretto255 element (the basepoint), as a client's blinded element would be.
const ELEMENT: &str = "e2f2ae0a6abc4e71a884a961c500515f58e30b6aa582dd8db6a65945e08d2d76";

fn loopback(addr: &str) -> SocketAddr {
    let a: SocketAddr = addr.parse().expect("ADDR is ip:port");
    assert!(a.ip().is_loopback(), "loopback only: {a}");
    a
}

/// One keep-alive connection that sends a request and reads one response (Content-Length only).
struct Conn {
    addr: SocketAddr,
    stream: Option<TcpStream>,
    buf: Vec<u8>,
}

struct Reply {
    status: u16,
    retry_after: Option<u64>,
    body_len: usize,
}

impl Conn {
    fn new(addr: SocketAddr) -> Self {
        Conn {
            addr,
            stream: None,
            buf: Vec::with_capacity(1 << 16),
        }
    }

    async fn send(&mut self, request: &[u8]) -> std::io::Result<Reply> {
        for attempt in 0..2 {
            if self.stream.is_none() {
                let s = TcpStream::connect(self.addr).await?;
                s.set_nodelay(true)?;
                self.stream = Some(s);
                self.buf.clear();
            }
            match self.round_trip(request).await {
                Ok(r) => return Ok(r),
                Err(e) => {
                    self.stream = None;
                    if attempt == 1 {
                        return Err(e);
                    }
                }
            }
        }
        unreachable!()
    }

    async fn round_trip(&mut self, request: &[u8]) -> std::io::Result<Reply> {
        let s = self.stream.as_mut().expect("connected");
        s.write_all(request).await?;
        let eof = || std::io::Error::new(std::io::ErrorKind::UnexpectedEof, "closed");
        let head_end = loop {
            if let Some(i) = find(&self.buf, b"\r\n\r\n") {
                break i + 4;
            }
            let mut chunk = [0u8; 16384];
            let n = s.read(&mut chunk).await?;
            if n == 0 {
                return Err(eof());
            }
            self.buf.extend_from_slice(&chunk[..n]);
        };
        let head = String::from_utf8_lossy(&self.buf[..head_end]).to_ascii_lowercase();
        let status: u16 = head.get(9..12).and_then(|s| s.parse().ok()).unwrap_or(0);
        let header = |name: &str| {
            head.lines()
                .find_map(|l| l.strip_prefix(name).map(|v| v.trim().to_string()))
        };
        let len: usize = header("content-length:")
            .and_then(|v| v.parse().ok())
            .unwrap_or(0);
        let retry_after = header("retry-after:").and_then(|v| v.parse().ok());
        let close = header("connection:").is_some_and(|v| v == "close");
        while self.buf.len() < head_end + len {
            let mut chunk = [0u8; 65536];
            let n = s.read(&mut chunk).await?;
            if n == 0 {
                return Err(eof());
            }
            self.buf.extend_from_slice(&chunk[..n]);
        }
        self.buf.drain(..head_end + len);
        if close {
            self.stream = None;
        }
        Ok(Reply {
            status,
            retry_after,
            body_len: len,
        })
    }
}

fn find(h: &[u8], n: &[u8]) -> Option<usize> {
    h.windows(n.len()).position(|w| w == n)
}

fn range_request(index_id: &str, prefix: u32) -> Vec<u8> {
    format!("GET /v1/range/{index_id}/{prefix:05X} HTTP/1.1\r\nHost: bench\r\n\r\n").into_bytes()
}

fn evaluate_request(xff: Option<&str>) -> Vec<u8> {
    evaluate_request_with(xff, ELEMENT)
}

/// 64 hex digits that are not a group element: the server takes the client's tokens, then refuses
/// the point without a scalar multiplication. Scenario (c) uses it to reach a million clients fast.
const NOT_AN_ELEMENT: &str = "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff";

fn evaluate_request_with(xff: Option<&str>, element: &str) -> Vec<u8> {
    let body = format!("{{\"blinded\":[\"{element}\",\"{element}\"]}}");
    let xff = xff.map_or(String::new(), |a| format!("X-Forwarded-For: {a}\r\n"));
    format!(
        "POST /v1/evaluate HTTP/1.1\r\nHost: bench\r\nContent-Type: application/json\r\n{xff}Content-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .into_bytes()
}

/// A distinct documentation-range-free address for client `n`: 10.x.y.z, then IPv6 /64s.
fn client_address(n: u64) -> String {
    if n < (1 << 24) {
        format!("10.{}.{}.{}", (n >> 16) & 255, (n >> 8) & 255, n & 255)
    } else {
        format!("2001:db8:{:x}:{:x}::1", (n >> 16) & 0xFFFF, n & 0xFFFF)
    }
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i].as_secs_f64() * 1000.0
}

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

#[derive(Default)]
struct Tally {
    latencies: Vec<Duration>,
    statuses: std::collections::BTreeMap<u16, u64>,
    errors: u64,
    range_lengths: std::collections::BTreeSet<usize>,
}

fn statuses_json(t: &Tally) -> String {
    let parts: Vec<String> = t
        .statuses
        .iter()
        .map(|(s, n)| format!("\"{s}\":{n}"))
        .collect();
    format!("{{{}}}", parts.join(","))
}

async fn soak(addr: SocketAddr, index_id: String, secs: u64, conns: usize, eval_percent: u64) {
    let tally = Arc::new(Mutex::new(Tally::default()));
    let next_client = Arc::new(AtomicU64::new(0));
    let end = Instant::now() + Duration::from_secs(secs);
    let start = Instant::now();
    let mut tasks = Vec::new();
    for c in 0..conns {
        let (tally, next_client, index_id) = (
            Arc::clone(&tally),
            Arc::clone(&next_client),
            index_id.clone(),
        );
        tasks.push(tokio::spawn(async move {
            let mut rng = Rng(c as u64 + 1);
            let mut conn = Conn::new(addr);
            let mut local = Tally::default();
            while Instant::now() < end {
                let r = rng.next();
                let is_eval = r % 100 < eval_percent;
                let request = if is_eval {
                    let n = next_client.fetch_add(1, Ordering::Relaxed);
                    evaluate_request(Some(&client_address(n)))
                } else {
                    range_request(&index_id, ((r >> 8) & 0xFFFFF) as u32)
                };
                let t = Instant::now();
                match conn.send(&request).await {
                    Ok(reply) => {
                        local.latencies.push(t.elapsed());
                        *local.statuses.entry(reply.status).or_default() += 1;
                        if !is_eval && reply.status == 200 {
                            local.range_lengths.insert(reply.body_len);
                        }
                    }
                    Err(_) => local.errors += 1,
                }
            }
            let mut t = tally.lock().await;
            t.latencies.extend(local.latencies);
            for (s, n) in local.statuses {
                *t.statuses.entry(s).or_default() += n;
            }
            t.errors += local.errors;
            t.range_lengths.extend(local.range_lengths);
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    let elapsed = start.elapsed().as_secs_f64();
    let mut t = tally.lock().await;
    t.latencies.sort_unstable();
    println!(
        "{{\"mode\":\"soak\",\"seconds\":{elapsed:.1},\"connections\":{conns},\"requests\":{},\"req_per_s\":{:.0},\"p50_ms\":{:.2},\"p99_ms\":{:.2},\"max_ms\":{:.1},\"statuses\":{},\"errors\":{},\"distinct_range_lengths\":{}}}",
        t.latencies.len(),
        t.latencies.len() as f64 / elapsed,
        percentile(&t.latencies, 0.5),
        percentile(&t.latencies, 0.99),
        percentile(&t.latencies, 1.0),
        statuses_json(&t),
        t.errors,
        t.range_lengths.len()
    );
}

async fn slow(addr: SocketAddr, index_id: String, n_slow: usize, secs: u64) {
    let opened = Arc::new(AtomicU64::new(0));
    let closed_at = Arc::new(Mutex::new(Vec::<Duration>::new()));
    let start = Instant::now();
    let mut slow_tasks = Vec::new();
    for _ in 0..n_slow {
        let (opened, closed_at) = (Arc::clone(&opened), Arc::clone(&closed_at));
        slow_tasks.push(tokio::spawn(async move {
            let Ok(mut s) = TcpStream::connect(addr).await else {
                return;
            };
            let t0 = Instant::now();
            opened.fetch_add(1, Ordering::Relaxed);
            if s.write_all(b"GET /v1/manifest.json HTTP/1.1\r\nHost: bench\r\nX-Slow: ")
                .await
                .is_err()
            {
                closed_at.lock().await.push(t0.elapsed());
                return;
            }
            let mut buf = [0u8; 1024];
            loop {
                tokio::select! {
                    r = s.read(&mut buf) => {
                        if matches!(r, Ok(0) | Err(_)) {
                            closed_at.lock().await.push(t0.elapsed());
                            return;
                        }
                    }
                    () = tokio::time::sleep(Duration::from_secs(1)) => {
                        if s.write_all(b"a").await.is_err() {
                            closed_at.lock().await.push(t0.elapsed());
                            return;
                        }
                    }
                }
                if t0.elapsed() > Duration::from_secs(secs + 60) {
                    return;
                }
            }
        }));
    }
    // Let the slow connections open, then measure a normal client for SECS seconds.
    tokio::time::sleep(Duration::from_secs(1)).await;
    let mut conn = Conn::new(addr);
    let mut rng = Rng(7);
    let mut t = Tally::default();
    let end = Instant::now() + Duration::from_secs(secs);
    while Instant::now() < end {
        let req = range_request(&index_id, (rng.next() & 0xFFFFF) as u32);
        let t0 = Instant::now();
        match conn.send(&req).await {
            Ok(r) => {
                t.latencies.push(t0.elapsed());
                *t.statuses.entry(r.status).or_default() += 1;
            }
            Err(_) => t.errors += 1,
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    // Give the slow ones time to be closed.
    let wait_until = start + Duration::from_secs(secs + 30);
    while Instant::now() < wait_until
        && closed_at.lock().await.len() < opened.load(Ordering::Relaxed) as usize
    {
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    for task in slow_tasks {
        task.abort();
    }
    t.latencies.sort_unstable();
    let mut closed = closed_at.lock().await.clone();
    closed.sort_unstable();
    println!(
        "{{\"mode\":\"slow\",\"slow_opened\":{},\"slow_closed\":{},\"slow_closed_after_s_min\":{:.1},\"slow_closed_after_s_max\":{:.1},\"normal_requests\":{},\"normal_p50_ms\":{:.2},\"normal_p99_ms\":{:.2},\"normal_max_ms\":{:.1},\"normal_statuses\":{},\"normal_errors\":{}}}",
        opened.load(Ordering::Relaxed),
        closed.len(),
        closed.first().map_or(f64::NAN, Duration::as_secs_f64),
        closed.last().map_or(f64::NAN, Duration::as_secs_f64),
        t.latencies.len(),
        percentile(&t.latencies, 0.5),
        percentile(&t.latencies, 0.99),
        percentile(&t.latencies, 1.0),
        statuses_json(&t),
        t.errors
    );
}

async fn distinct(addr: SocketAddr, n: u64, conns: usize, cheap: bool) {
    let element = if cheap { NOT_AN_ELEMENT } else { ELEMENT };
    let next = Arc::new(AtomicU64::new(0));
    let tally = Arc::new(Mutex::new(Tally::default()));
    let start = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..conns {
        let (next, tally) = (Arc::clone(&next), Arc::clone(&tally));
        tasks.push(tokio::spawn(async move {
            let element = element;
            let mut conn = Conn::new(addr);
            let mut local = Tally::default();
            loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= n {
                    break;
                }
                match conn
                    .send(&evaluate_request_with(Some(&client_address(i)), element))
                    .await
                {
                    Ok(r) => *local.statuses.entry(r.status).or_default() += 1,
                    Err(_) => local.errors += 1,
                }
            }
            let mut t = tally.lock().await;
            for (s, n) in local.statuses {
                *t.statuses.entry(s).or_default() += n;
            }
            t.errors += local.errors;
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    let t = tally.lock().await;
    println!(
        "{{\"mode\":\"distinct\",\"requests\":{n},\"seconds\":{:.1},\"statuses\":{},\"errors\":{}}}",
        start.elapsed().as_secs_f64(),
        statuses_json(&t),
        t.errors
    );
}

async fn budget(addr: SocketAddr) {
    let mut conn = Conn::new(addr);
    let mut ok = 0;
    let mut first_429 = None;
    for _ in 0..1000 {
        let r = conn
            .send(&evaluate_request(Some("192.0.2.10")))
            .await
            .expect("request");
        if r.status == 429 {
            first_429 = Some(r.retry_after);
            break;
        }
        ok += u64::from(r.status == 200);
    }
    let other = conn
        .send(&evaluate_request(Some("192.0.2.11")))
        .await
        .expect("request");
    let again = conn
        .send(&evaluate_request(Some("192.0.2.10")))
        .await
        .expect("request");
    println!(
        "{{\"mode\":\"budget\",\"client_a_200s_before_429\":{ok},\"client_a_429_retry_after\":{},\"client_b_status\":{},\"client_a_again_status\":{}}}",
        first_429.flatten().map_or("null".into(), |s| s.to_string()),
        other.status,
        again.status
    );
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let arg = |i: usize| args.get(i).cloned().unwrap_or_default();
    let num = |i: usize| arg(i).parse::<u64>().expect("a number");
    match arg(0).as_str() {
        "soak" => soak(loopback(&arg(1)), arg(2), num(3), num(4) as usize, num(5)).await,
        "slow" => slow(loopback(&arg(1)), arg(2), num(3) as usize, num(4)).await,
        "distinct" => {
            distinct(
                loopback(&arg(1)),
                num(2),
                num(3) as usize,
                arg(4) == "cheap",
            )
            .await
        }
        "budget" => budget(loopback(&arg(1))).await,
        _ => {
            eprintln!("usage: see the comment at the top of bench/loadgen/src/main.rs");
            std::process::exit(2);
        }
    }
}
