//! `sajag-index serve`: the v1 range protocol over HTTP (axum on tokio).
//!
//! Stateless apart from the memory-mapped index, so any number of replicas can serve one file.
//! Nothing about a request (prefix, address) is logged.

use std::net::SocketAddr;
use std::sync::Arc;

use anyhow::{Context, Result};
use axum::Router;
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use sajag::hashing::Prefix;
use sajag::index::Index;
use sajag::protocol::{self, Manifest};
use tower_http::compression::CompressionLayer;

struct Served {
    index: Index,
    manifest_json: Vec<u8>,
    etag: HeaderValue,
}

type Shared = Arc<Served>;

/// The router for one index (also used by tests through the binary).
fn router(index: Index) -> Router {
    let manifest = Manifest::of(&index);
    let served = Arc::new(Served {
        manifest_json: manifest.to_json(),
        etag: HeaderValue::from_str(&manifest.etag()).expect("hex is a valid header value"),
        index,
    });
    Router::new()
        .route("/v1/manifest.json", get(manifest_json))
        .route("/v1/breaches.json", get(breaches_json))
        .route("/v1/range/{prefix}", get(range))
        .fallback(not_found)
        .with_state(served)
        .layer(CompressionLayer::new().gzip(true))
}

/// Serves until Ctrl-C or SIGTERM, then finishes the requests in flight.
pub fn run(index: Index, listen: &str) -> Result<()> {
    let addr: SocketAddr = listen.parse().with_context(|| {
        format!("--listen {listen:?} is not an address:port such as 127.0.0.1:8080")
    })?;
    let entries = index.entry_count();
    let id = index.index_id();
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
        println!("serving index {id} ({entries} entries) on http://{local}/");
        eprintln!("press Ctrl-C to stop");
        axum::serve(listener, router(index))
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
    Path(prefix): Path<String>,
    headers: HeaderMap,
) -> Response {
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
    match protocol::range_body(&s.index, prefix) {
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

async fn not_found() -> Response {
    (
        StatusCode::NOT_FOUND,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        "not found: this server answers v1/manifest.json, v1/breaches.json and v1/range/{PREFIX}\n",
    )
        .into_response()
}
