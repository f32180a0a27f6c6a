//! `sajag-index serve`: the v1 range protocol over HTTP (axum on tokio, hyper underneath).
//!
//! Longer than most modules on purpose: it is the whole request path of the public server —
//! accepting, bounding, routing, answering, evaluating — so that whoever audits what the internet
//! can reach reads it in one file (the rate limiter's table is apart, in `limiter`).
//!
//! Stateless apart from the memory-mapped index (and, in blinded mode, the per-client rate
//! limiter), so any number of replicas can serve one file. Nothing about a request (prefix,
//! address) is logged; the log holds counts only.
//!
//! Blinded mode adds `POST v1/evaluate`: a JSON batch of 1 or 2 blinded elements in, evaluated
//! elements out, rate-limited per client with a token bucket that counts elements (guesses), not
//! requests (429 and `Retry-After` when a client is over its budget). Who a client is, and how
//! `--trust-proxy` changes that, is in `limiter`.
//!
//! A public server meets slow and greedy clients, so every connection is bounded: the request head
//! must arrive within `--header-timeout` (hyper counts this from the connection's start or the end
//! of the previous response, so it is also the idle keep-alive limit), each request is answered or
//! dropped within `--request-timeout`, heads are at most `--max-header-bytes`, and at most
//! `--max-connections` are open at once (more are closed as soon as they are accepted). Range
//! responses are never compressed: every one has the same length (`protocol::response_size`).

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use axum::Router;
use axum::body::Body;
use axum::extract::{ConnectInfo, DefaultBodyLimit, Path, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use hyper_util::rt::{TokioIo, TokioTimer};
use sajag::hashing::Prefix;
use sajag::index::{Index, Mode};
use sajag::oprf::{ELEMENT_LEN, MAX_BATCH, OprfKey};
use sajag::proof::BucketTree;
use sajag::protocol::{self, EvaluateRequest, EvaluateResponse, Manifest};
use tower::ServiceExt;
use tower_http::compression::CompressionLayer;

use crate::limiter::{Cidr, ClientKey, Limiter};

struct Served {
    index: Index,
    tree: BucketTree,
    manifest_json: Vec<u8>,
    etag: HeaderValue,
    /// The byte length of every range response.
    response_size: usize,
    blinded: Option<Blinded>,
    trusted_proxies: Vec<Cidr>,
    counters: Counters,
}

/// What the server counts for its log. Never who or what.
#[derive(Default)]
struct Counters {
    accepted: AtomicU64,
    refused: AtomicU64,
    header_timeouts: AtomicU64,
    request_timeouts: AtomicU64,
    evaluations_refused: AtomicU64,
}

/// What a blinded index needs at serve time: the key and the rate limiter.
pub struct Blinded {
    key: OprfKey,
    limiter: Limiter,
}

/// The rate limit's settings (blinded mode).
pub struct RateLimit {
    pub per_minute: u32,
    pub burst: u32,
    /// The most clients the limiter remembers at once.
    pub max_clients: usize,
}

impl Blinded {
    /// Checks that the key fits the index: a blinded index needs its key, a plain one takes none.
    pub fn new(
        index: &Index,
        key: Option<OprfKey>,
        rate: &RateLimit,
        skip_key_check: bool,
    ) -> Result<Option<Self>> {
        match (index.mode(), key) {
            (Mode::Plain, None) => Ok(None),
            (Mode::Plain, Some(_)) => {
                anyhow::bail!("this index is plain; --key is only for blinded indexes")
            }
            (Mode::Blinded, None) => {
                anyhow::bail!(
                    "this index is blinded: pass --key with the key file it was built with"
                )
            }
            (Mode::Blinded, Some(key)) => {
                if key.canary().0 != index.header().oprf_canary && !skip_key_check {
                    anyhow::bail!(
                        "this key is not the one the index was built with (its canary differs); \
                         clients would reject every answer"
                    );
                }
                anyhow::ensure!(rate.per_minute > 0, "--rate-per-minute must be at least 1");
                anyhow::ensure!(
                    rate.burst as usize >= MAX_BATCH,
                    "--burst must be at least {MAX_BATCH}: one check evaluates {MAX_BATCH} elements"
                );
                anyhow::ensure!(rate.max_clients > 0, "--max-clients must be at least 1");
                Ok(Some(Blinded {
                    key,
                    limiter: Limiter::new(rate.per_minute, rate.burst, rate.max_clients),
                }))
            }
        }
    }
}

/// How connections are bounded, and whose `X-Forwarded-For` is believed.
pub struct Options {
    pub listen: String,
    pub header_timeout: Duration,
    pub request_timeout: Duration,
    pub max_connections: usize,
    pub max_header_bytes: usize,
    pub trusted_proxies: Vec<Cidr>,
}

type Shared = Arc<Served>;

/// The router for one index.
fn router(served: Shared) -> Router {
    let has_evaluate = served.blinded.is_some();
    // Only the manifest and catalogue may be compressed; a compressed range would have a length
    // that depends on its contents.
    let gzip = || CompressionLayer::new().gzip(true);
    let mut router = Router::new()
        .route("/v1/manifest.json", get(manifest_json).layer(gzip()))
        .route("/v1/breaches.json", get(breaches_json).layer(gzip()))
        .route("/v1/range/{index_id}/{prefix}", get(range));
    if has_evaluate {
        router = router.route(
            "/v1/evaluate",
            post(evaluate).layer(DefaultBodyLimit::max(protocol::MAX_EVALUATE_REQUEST_BYTES)),
        );
    }
    router.fallback(not_found).with_state(served)
}

/// The request timeout, as router state for [`limit_time`].
#[derive(Clone, Copy)]
struct RequestTimeout(Duration);

/// Answers 408 when a request (its body included) takes longer than the timeout.
async fn limit_time(
    State((s, limit)): State<(Shared, RequestTimeout)>,
    request: Request,
    next: Next,
) -> Response {
    if let Ok(response) = tokio::time::timeout(limit.0, next.run(request)).await {
        return response;
    }
    s.counters.request_timeouts.fetch_add(1, Ordering::Relaxed);
    (
        StatusCode::REQUEST_TIMEOUT,
        [
            (header::CONTENT_TYPE, "text/plain; charset=utf-8"),
            (header::CONNECTION, "close"),
        ],
        "request timeout\n",
    )
        .into_response()
}

/// Serves until Ctrl-C or SIGTERM, then finishes the requests in flight.
pub fn run(
    index: Index,
    tree: BucketTree,
    blinded: Option<Blinded>,
    options: Options,
) -> Result<()> {
    let addr: SocketAddr = options.listen.parse().with_context(|| {
        format!(
            "--listen {:?} is not an address:port such as 127.0.0.1:8080",
            options.listen
        )
    })?;
    anyhow::ensure!(
        options.max_connections > 0,
        "--max-connections must be at least 1"
    );
    anyhow::ensure!(
        options.max_header_bytes >= 1024,
        "--max-header-bytes must be at least 1024"
    );
    anyhow::ensure!(
        !options.header_timeout.is_zero() && !options.request_timeout.is_zero(),
        "--header-timeout and --request-timeout must be more than 0"
    );
    let entries = index.entry_count();
    let id = index.index_id();
    let mode = index.mode().as_str();
    let manifest = Manifest::published(&index, &tree).context("cannot serve this index")?;
    let response_size = protocol::response_size(&index).context("cannot serve this index")?;
    let served = Arc::new(Served {
        manifest_json: manifest.to_json(),
        etag: HeaderValue::from_str(&manifest.etag()).expect("hex is a valid header value"),
        response_size,
        index,
        tree,
        blinded,
        trusted_proxies: options.trusted_proxies.clone(),
        counters: Counters::default(),
    });
    let app = router(Arc::clone(&served)).layer(middleware::from_fn_with_state(
        (Arc::clone(&served), RequestTimeout(options.request_timeout)),
        limit_time,
    ));
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .thread_name("sajag-serve")
        .build()
        .context("could not start the server runtime")?;
    runtime.block_on(async move {
        let listener = listen(addr).with_context(|| format!("could not listen on {addr}"))?;
        let local = listener.local_addr().context("no local address")?;
        // Tests and scripts read this line to learn the port when --listen ends in :0.
        println!("serving {mode} index {id} ({entries} entries) on http://{local}/");
        eprintln!("press Ctrl-C to stop");
        accept_loop(listener, app, &served, &options).await;
        log_counts(&served);
        eprintln!("stopped");
        Ok(())
    })
}

/// Connections the kernel may queue for `accept` (capped by `net.core.somaxconn`). Tokio's
/// `TcpListener::bind` asks for 1,024. A burst of connects beyond the queue has its handshakes
/// dropped and retried by the kernel seconds later, so those clients wait before the server even
/// sees them (bench/README.md, slow connections).
const LISTEN_BACKLOG: u32 = 4096;

/// A listening socket on `addr` with [`LISTEN_BACKLOG`] (and `SO_REUSEADDR` on Unix, as
/// `TcpListener::bind` sets it, so a restarted server can listen at once).
fn listen(addr: SocketAddr) -> std::io::Result<tokio::net::TcpListener> {
    let socket = if addr.is_ipv4() {
        tokio::net::TcpSocket::new_v4()?
    } else {
        tokio::net::TcpSocket::new_v6()?
    };
    #[cfg(unix)]
    socket.set_reuseaddr(true)?;
    socket.bind(addr)?;
    socket.listen(LISTEN_BACKLOG)
}

/// Accepts connections until a shutdown signal, each under the connection limits, then waits (at
/// most the request timeout) for the requests in flight.
async fn accept_loop(
    listener: tokio::net::TcpListener,
    app: Router,
    served: &Shared,
    options: &Options,
) {
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(options.header_timeout)
        .max_header_size(options.max_header_bytes)
        .max_buf_size(options.max_header_bytes.max(8192) + 1024);
    let http = Arc::new(http);
    let slots = Arc::new(tokio::sync::Semaphore::new(options.max_connections));
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let shutdown = shutdown_signal();
    tokio::pin!(shutdown);
    let mut log_every = tokio::time::interval(LOG_INTERVAL);
    log_every.tick().await;
    let mut last_logged = [0u64; 5];
    loop {
        let accepted = tokio::select! {
            () = &mut shutdown => break,
            _ = log_every.tick() => {
                let now = counts(served);
                if now != last_logged {
                    log_counts(served);
                    last_logged = now;
                }
                continue;
            }
            accepted = listener.accept() => accepted,
        };
        let (stream, peer) = match accepted {
            Ok(a) => a,
            Err(e) => {
                // Out of file descriptors, usually: wait rather than spin.
                eprintln!("could not accept a connection: {e}");
                tokio::time::sleep(Duration::from_millis(100)).await;
                continue;
            }
        };
        let Ok(permit) = Arc::clone(&slots).try_acquire_owned() else {
            served.counters.refused.fetch_add(1, Ordering::Relaxed);
            drop(stream);
            continue;
        };
        served.counters.accepted.fetch_add(1, Ordering::Relaxed);
        let _ = stream.set_nodelay(true);
        let app = app.clone();
        let service =
            hyper::service::service_fn(move |mut request: Request<hyper::body::Incoming>| {
                request.extensions_mut().insert(ConnectInfo(peer));
                app.clone().oneshot(request.map(Body::new))
            });
        let connection = graceful.watch(http.serve_connection(TokioIo::new(stream), service));
        let served = Arc::clone(served);
        tokio::spawn(async move {
            if let Err(e) = connection.await
                && e.is_timeout()
            {
                served
                    .counters
                    .header_timeouts
                    .fetch_add(1, Ordering::Relaxed);
            }
            drop(permit);
        });
    }
    drop(listener);
    let _ = tokio::time::timeout(options.request_timeout, graceful.shutdown()).await;
}

const LOG_INTERVAL: Duration = Duration::from_secs(60);

fn counts(s: &Served) -> [u64; 5] {
    let c = &s.counters;
    [
        c.accepted.load(Ordering::Relaxed),
        c.refused.load(Ordering::Relaxed),
        c.header_timeouts.load(Ordering::Relaxed),
        c.request_timeouts.load(Ordering::Relaxed),
        c.evaluations_refused.load(Ordering::Relaxed),
    ]
}

/// One line of counts on stderr; no address, prefix or identifier ever.
fn log_counts(s: &Served) {
    let [
        accepted,
        refused,
        header_timeouts,
        request_timeouts,
        rate_limited,
    ] = counts(s);
    let limiter = s.blinded.as_ref().map_or(String::new(), |b| {
        let st = b.limiter.stats();
        format!(
            "; {rate_limited} evaluations over budget (429), {} clients tracked, {} forgotten before refilling",
            st.tracked, st.evicted_early
        )
    });
    eprintln!(
        "connections: {accepted} accepted, {refused} refused at --max-connections, \
         {header_timeouts} closed by --header-timeout, {request_timeouts} requests over --request-timeout{limiter}"
    );
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
}

/// True when the request's `If-None-Match` names our `ETag` (or `*`).
fn not_modified(headers: &HeaderMap, etag: &HeaderValue) -> bool {
    let ours = etag.as_bytes();
    headers.get_all(header::IF_NONE_MATCH).iter().any(|v| {
        v.as_bytes().split(|&b| b == b',').any(|tag| {
            let tag = tag.trim_ascii();
            let tag = tag.strip_prefix(b"W/").unwrap_or(tag);
            tag == b"*" || tag == ours
        })
    })
}

fn respond(
    s: &Served,
    headers: &HeaderMap,
    content_type: &'static str,
    cache: &'static str,
    body: Vec<u8>,
) -> Response {
    let common = [
        (header::ETAG, s.etag.clone()),
        (header::CACHE_CONTROL, HeaderValue::from_static(cache)),
    ];
    if not_modified(headers, &s.etag) {
        return (StatusCode::NOT_MODIFIED, common).into_response();
    }
    (
        StatusCode::OK,
        common,
        [(header::CONTENT_TYPE, HeaderValue::from_static(content_type))],
        Body::from(body),
    )
        .into_response()
}

async fn manifest_json(State(s): State<Shared>, headers: HeaderMap) -> Response {
    respond(
        &s,
        &headers,
        "application/json",
        protocol::META_CACHE_CONTROL,
        s.manifest_json.clone(),
    )
}

async fn breaches_json(State(s): State<Shared>, headers: HeaderMap) -> Response {
    let body = s.index.catalogue_json().to_vec();
    respond(
        &s,
        &headers,
        "application/json",
        protocol::META_CACHE_CONTROL,
        body,
    )
}

async fn range(
    State(s): State<Shared>,
    Path((index_id, prefix)): Path<(String, String)>,
    headers: HeaderMap,
) -> Response {
    if index_id != s.index.index_id() {
        // Another build's path: an old cached manifest, or a mix-up. Never another build's bytes.
        return (
            StatusCode::NOT_FOUND,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            "not found: this server holds another build of the index; fetch v1/manifest.json again\n",
        )
            .into_response();
    }
    let Ok(prefix) = prefix.parse::<Prefix>() else {
        return (
            StatusCode::BAD_REQUEST,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            format!("bad prefix: {}\n", sajag::hashing::BadPrefix),
        )
            .into_response();
    };
    if not_modified(&headers, &s.etag) {
        return respond(
            &s,
            &headers,
            "text/plain",
            protocol::RANGE_CACHE_CONTROL,
            Vec::new(),
        );
    }
    match protocol::range_response(&s.index, &s.tree, prefix, s.response_size) {
        Ok(body) => respond(
            &s,
            &headers,
            "text/plain",
            protocol::RANGE_CACHE_CONTROL,
            body.into_bytes(),
        ),
        Err(_) => (
            StatusCode::INTERNAL_SERVER_ERROR,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            "the index is damaged; run sajag-index verify\n",
        )
            .into_response(),
    }
}

fn bad_request(reason: &str) -> Response {
    (
        StatusCode::BAD_REQUEST,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        format!("bad request: {reason}\n"),
    )
        .into_response()
}

async fn evaluate(
    State(s): State<Shared>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Response {
    let Some(blinded) = &s.blinded else {
        return not_found().await;
    };
    let served = Arc::clone(&s);
    let Ok(request) = serde_json::from_slice::<EvaluateRequest>(&body) else {
        return bad_request("the body must be JSON {\"blinded\": [\"<64 hex digits>\", …]}");
    };
    if request.blinded.is_empty() || request.blinded.len() > MAX_BATCH {
        return bad_request("send 1 or 2 blinded elements");
    }
    let mut elements = Vec::with_capacity(request.blinded.len());
    for b in &request.blinded {
        match sajag::oprf::unhex(b).and_then(|v| <[u8; ELEMENT_LEN]>::try_from(v).ok()) {
            Some(e) => elements.push(e),
            None => return bad_request("each blinded element is 64 hex digits"),
        }
    }
    // One token per element: each is one guess at an identifier.
    let client = ClientKey::of(client_ip(&s, peer.ip(), &headers));
    let n = u32::try_from(elements.len()).expect("at most MAX_BATCH");
    if let Err(wait) = blinded.limiter.take(client, n, Instant::now()) {
        s.counters
            .evaluations_refused
            .fetch_add(1, Ordering::Relaxed);
        let secs = wait.as_secs() + 1;
        return (
            StatusCode::TOO_MANY_REQUESTS,
            [
                (header::RETRY_AFTER, secs.to_string()),
                (
                    header::CONTENT_TYPE,
                    "text/plain; charset=utf-8".to_string(),
                ),
            ],
            format!("too many evaluations from this address; retry in {secs} s\n"),
        )
            .into_response();
    }
    // One scalar multiplication per element (~35 µs): off the async workers, so range requests keep flowing.
    let evaluated = tokio::task::spawn_blocking(move || {
        let blinded = served.blinded.as_ref().expect("checked above");
        blinded.key.blind_evaluate(&elements)
    })
    .await;
    match evaluated {
        Ok(Ok(evaluated)) => {
            let response = EvaluateResponse {
                evaluated: evaluated.iter().map(|e| sajag::hashing::hex(e)).collect(),
            };
            (
                StatusCode::OK,
                [
                    (header::CONTENT_TYPE, "application/json"),
                    (header::CACHE_CONTROL, "no-store"),
                ],
                serde_json::to_vec(&response).expect("serialises"),
            )
                .into_response()
        }
        Ok(Err(_)) => bad_request("a blinded element is not a valid ristretto255 point"),
        Err(_) => (StatusCode::INTERNAL_SERVER_ERROR, "evaluation failed\n").into_response(),
    }
}

/// The client's address as the rate limit sees it (`limiter::client_address`).
fn client_ip(s: &Served, peer: IpAddr, headers: &HeaderMap) -> IpAddr {
    crate::limiter::client_address(peer, headers, &s.trusted_proxies)
}

async fn not_found() -> Response {
    (
        StatusCode::NOT_FOUND,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        "not found: this server answers v1/manifest.json, v1/breaches.json and v1/range/{INDEX_ID}/{PREFIX}\n",
    )
        .into_response()
}
