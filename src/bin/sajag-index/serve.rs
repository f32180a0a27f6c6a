//! `sajag-index serve`: the v1 range protocol over HTTP (axum on tokio).
//!
//! Stateless apart from the memory-mapped index (and, in blinded mode, the per-address rate
//! limiter), so any number of replicas can serve one file. Nothing about a request (prefix,
//! address) is logged.
//!
//! Blinded mode adds `POST v1/evaluate`: a JSON batch of blinded elements in, evaluated elements and
//! out, rate-limited per client address with a token bucket (429 and `Retry-After` when
//! a client is over its budget). Behind a reverse proxy every client has the proxy's address: rate
//! limit at the proxy then, or give each replica its own public address.

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use axum::Router;
use axum::body::Body;
use axum::extract::{ConnectInfo, DefaultBodyLimit, Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use sajag::hashing::Prefix;
use sajag::index::{Index, Mode};
use sajag::oprf::{ELEMENT_LEN, MAX_BATCH, OprfKey};
use sajag::proof::BucketTree;
use sajag::protocol::{self, EvaluateRequest, EvaluateResponse, Manifest};
use tower_http::compression::CompressionLayer;

struct Served {
    index: Index,
    tree: BucketTree,
    manifest_json: Vec<u8>,
    etag: HeaderValue,
    blinded: Option<Blinded>,
}

/// What a blinded index needs at serve time: the key and the rate limiter.
pub struct Blinded {
    key: OprfKey,
    limiter: RateLimiter,
}

impl Blinded {
    /// Checks that the key fits the index: a blinded index needs its key, a plain one takes none.
    pub fn new(
        index: &Index,
        key: Option<OprfKey>,
        rate_per_minute: u32,
        burst: u32,
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
                anyhow::ensure!(
                    rate_per_minute > 0 && burst > 0,
                    "--rate-per-minute and --burst must be at least 1"
                );
                Ok(Some(Blinded {
                    key,
                    limiter: RateLimiter::new(rate_per_minute, burst),
                }))
            }
        }
    }
}

/// A token bucket per client address.
struct RateLimiter {
    per_second: f64,
    burst: f64,
    buckets: Mutex<Buckets>,
}

struct Buckets {
    by_address: HashMap<IpAddr, (f64, Instant)>,
    last_prune: Instant,
}

/// Addresses tracked before idle (full) buckets are dropped.
const MAX_TRACKED: usize = 100_000;
/// The least time between two prunes, so that a flood of new addresses cannot make every request
/// scan the whole table.
const PRUNE_INTERVAL: Duration = Duration::from_secs(10);

impl RateLimiter {
    fn new(per_minute: u32, burst: u32) -> Self {
        RateLimiter {
            per_second: f64::from(per_minute) / 60.0,
            burst: f64::from(burst),
            buckets: Mutex::new(Buckets {
                by_address: HashMap::new(),
                last_prune: Instant::now(),
            }),
        }
    }

    /// Takes one token for `ip`, or says how long until one is available.
    fn take(&self, ip: IpAddr) -> Result<(), Duration> {
        let now = Instant::now();
        let mut guard = self
            .buckets
            .lock()
            .expect("the limiter lock is never poisoned");
        let buckets = &mut *guard;
        if buckets.by_address.len() >= MAX_TRACKED
            && now.duration_since(buckets.last_prune) >= PRUNE_INTERVAL
        {
            // A full bucket is the same as no bucket: forget those addresses.
            let (rate, burst) = (self.per_second, self.burst);
            buckets.by_address.retain(|_, (tokens, at)| {
                *tokens + now.duration_since(*at).as_secs_f64() * rate < burst
            });
            buckets.last_prune = now;
        }
        let (tokens, at) = buckets.by_address.entry(ip).or_insert((self.burst, now));
        *tokens =
            (*tokens + now.duration_since(*at).as_secs_f64() * self.per_second).min(self.burst);
        *at = now;
        if *tokens >= 1.0 {
            *tokens -= 1.0;
            Ok(())
        } else {
            Err(Duration::from_secs_f64((1.0 - *tokens) / self.per_second))
        }
    }
}

type Shared = Arc<Served>;

/// The router for one index.
fn router(index: Index, tree: BucketTree, blinded: Option<Blinded>) -> Result<Router> {
    let manifest = Manifest::published(&index, &tree).context("cannot serve this index")?;
    let has_evaluate = blinded.is_some();
    let served = Arc::new(Served {
        manifest_json: manifest.to_json(),
        etag: HeaderValue::from_str(&manifest.etag()).expect("hex is a valid header value"),
        index,
        tree,
        blinded,
    });
    let mut router = Router::new()
        .route("/v1/manifest.json", get(manifest_json))
        .route("/v1/breaches.json", get(breaches_json))
        .route("/v1/range/{index_id}/{prefix}", get(range));
    if has_evaluate {
        router = router.route(
            "/v1/evaluate",
            post(evaluate).layer(DefaultBodyLimit::max(protocol::MAX_EVALUATE_REQUEST_BYTES)),
        );
    }
    Ok(router
        .fallback(not_found)
        .with_state(served)
        .layer(CompressionLayer::new().gzip(true)))
}

/// Serves until Ctrl-C or SIGTERM, then finishes the requests in flight.
pub fn run(index: Index, tree: BucketTree, blinded: Option<Blinded>, listen: &str) -> Result<()> {
    let addr: SocketAddr = listen.parse().with_context(|| {
        format!("--listen {listen:?} is not an address:port such as 127.0.0.1:8080")
    })?;
    let entries = index.entry_count();
    let id = index.index_id();
    let mode = index.mode().as_str();
    let app = router(index, tree, blinded)?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .thread_name("sajag-serve")
        .build()
        .context("could not start the server runtime")?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(addr)
            .await
            .with_context(|| format!("could not listen on {addr}"))?;
        let local = listener.local_addr().context("no local address")?;
        // Tests and scripts read this line to learn the port when --listen ends in :0.
        println!("serving {mode} index {id} ({entries} entries) on http://{local}/");
        eprintln!("press Ctrl-C to stop");
        axum::serve(
            listener,
            app.into_make_service_with_connect_info::<SocketAddr>(),
        )
        .with_graceful_shutdown(shutdown_signal())
        .await
        .context("the server stopped with an error")?;
        eprintln!("stopped");
        Ok(())
    })
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
    match protocol::range_response(&s.index, &s.tree, prefix) {
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
    body: axum::body::Bytes,
) -> Response {
    let Some(blinded) = &s.blinded else {
        return not_found().await;
    };
    let served = Arc::clone(&s);
    if let Err(wait) = blinded.limiter.take(peer.ip()) {
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
    let Ok(request) = serde_json::from_slice::<EvaluateRequest>(&body) else {
        return bad_request("the body must be JSON {\"blinded\": [\"<64 hex digits>\", …]}");
    };
    if request.blinded.is_empty() || request.blinded.len() > MAX_BATCH {
        return bad_request("send between 1 and 16 blinded elements");
    }
    let mut elements = Vec::with_capacity(request.blinded.len());
    for b in &request.blinded {
        match sajag::oprf::unhex(b).and_then(|v| <[u8; ELEMENT_LEN]>::try_from(v).ok()) {
            Some(e) => elements.push(e),
            None => return bad_request("each blinded element is 64 hex digits"),
        }
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

async fn not_found() -> Response {
    (
        StatusCode::NOT_FOUND,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        "not found: this server answers v1/manifest.json, v1/breaches.json and v1/range/{INDEX_ID}/{PREFIX}\n",
    )
        .into_response()
}
