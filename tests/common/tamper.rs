//! A loopback HTTP proxy in front of a Sajag server whose replies a test can rewrite: the attacker
//! (or the broken CDN) between the app and the index. It forwards each GET to the upstream server
//! with HTTP/1.0, passes the body through the test's rewrite, and answers with `Connection: close`.
//! Shared by the integration tests and the app's harness tests (included there with `#[path]`).
#![allow(dead_code)] // each includer uses a different part

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

/// Rewrites a reply body: `(path, body) -> new body`.
pub type Rewrite = Box<dyn Fn(&str, Vec<u8>) -> Vec<u8> + Send + Sync>;

pub struct TamperProxy {
    pub url: String,
    rewrite: Arc<Mutex<Option<Rewrite>>>,
    /// Paths containing this are answered by closing the connection (a server that died).
    hang_up: Arc<Mutex<Option<String>>>,
    stop: Arc<AtomicBool>,
    addr: SocketAddr,
}

impl TamperProxy {
    /// A proxy for `upstream` (`http://127.0.0.1:PORT/`), passing replies through unchanged.
    pub fn start(upstream: &str) -> Self {
        let upstream: SocketAddr = upstream
            .trim_start_matches("http://")
            .trim_end_matches('/')
            .parse()
            .expect("a loopback address:port");
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let rewrite: Arc<Mutex<Option<Rewrite>>> = Arc::default();
        let hang_up: Arc<Mutex<Option<String>>> = Arc::default();
        let stop = Arc::new(AtomicBool::new(false));
        let (rw, hu, st) = (
            Arc::clone(&rewrite),
            Arc::clone(&hang_up),
            Arc::clone(&stop),
        );
        std::thread::spawn(move || {
            for conn in listener.incoming() {
                if st.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(conn) = conn else { continue };
                let (rw, hu) = (Arc::clone(&rw), Arc::clone(&hu));
                std::thread::spawn(move || {
                    let _ = serve_one(conn, upstream, &rw, &hu);
                });
            }
        });
        TamperProxy {
            url: format!("http://{addr}/"),
            rewrite,
            hang_up,
            stop,
            addr,
        }
    }

    /// Rewrites every later reply with `f`.
    pub fn set(&self, f: impl Fn(&str, Vec<u8>) -> Vec<u8> + Send + Sync + 'static) {
        *self.rewrite.lock().unwrap() = Some(Box::new(f));
    }

    /// Passes later replies through unchanged (and stops hanging up).
    pub fn clear(&self) {
        *self.rewrite.lock().unwrap() = None;
        *self.hang_up.lock().unwrap() = None;
    }

    /// Closes, without a reply, every later connection that asks for a path containing `part`.
    pub fn hang_up_on(&self, part: &str) {
        *self.hang_up.lock().unwrap() = Some(part.to_owned());
    }
}

impl Drop for TamperProxy {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect(self.addr);
    }
}

fn serve_one(
    mut conn: TcpStream,
    upstream: SocketAddr,
    rewrite: &Mutex<Option<Rewrite>>,
    hang_up: &Mutex<Option<String>>,
) -> std::io::Result<()> {
    let mut reader = BufReader::new(conn.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 || line == "\r\n" || line == "\n" {
            break;
        }
    }
    let mut parts = request_line.split_whitespace();
    let (method, path) = (parts.next().unwrap_or(""), parts.next().unwrap_or("/"));
    if method != "GET" {
        return conn.write_all(
            b"HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
        );
    }
    if hang_up
        .lock()
        .unwrap()
        .as_deref()
        .is_some_and(|part| path.contains(part))
    {
        return conn.shutdown(std::net::Shutdown::Both);
    }
    let mut up = TcpStream::connect(upstream)?;
    write!(up, "GET {path} HTTP/1.0\r\nHost: {upstream}\r\n\r\n")?;
    let mut raw = Vec::new();
    up.read_to_end(&mut raw)?;
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map_or(raw.len(), |p| p + 4);
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let status: u16 = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(502);
    let mut body = raw[split..].to_vec();
    if status == 200
        && let Some(f) = rewrite.lock().unwrap().as_ref()
    {
        body = f(path, body);
    }
    write!(
        conn,
        "HTTP/1.1 {status} X\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    )?;
    conn.write_all(&body)
}
