//! Where a check looks: one trait, three sources — the embedded demo index, a local index file, or a
//! remote range URL — and [`check`], which hashes locally, asks the source for one bucket by its
//! 5-character prefix, and compares suffixes on this device.
//!
//! Trust: every source authenticates its manifest against a [`TrustPolicy`] (signature, expiry,
//! rollback) and says who signed it; a local file's checksum is verified when it is opened, and a
//! remote bucket must prove it belongs to the manifest's bucket root (`proof`). Anything that fails
//! is a [`LookupError`], never an empty result.
//!
//! Privacy: only [`Prefix`] — and, for a blinded index, freshly blinded elements that reveal
//! nothing about the input — crosses this module's outward calls. The identifier and its full hash
//! stay in [`check`]'s stack frame.

use std::io::Read;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use crate::catalogue::{Breach, Catalogue};
use crate::hashing::{HashedId, Prefix, Suffix, hex};
use crate::identifier::{Identifier, Kind};
use crate::index::{Entry, Index, IndexError, Mode};
use crate::oprf;
use crate::protocol::{self, EvaluateRequest, EvaluateResponse, Manifest};
use crate::trust::{Publisher, TrustError, TrustPolicy};

/// The demo index compiled into the program, built from `assets/demo/` (synthetic data).
pub static DEMO_INDEX: &[u8] = include_bytes!("../assets/demo/demo.sajag");

/// Why a check could not be completed. Never a disguised "not found".
#[derive(Debug, thiserror::Error)]
pub enum LookupError {
    #[error(transparent)]
    Index(#[from] IndexError),
    #[error(
        "Only secure (https://) addresses can be used, except on this computer (localhost). “{0}” is not one."
    )]
    InsecureUrl(String),
    #[error("“{0}” is not a web address that can be used.")]
    BadUrl(String),
    #[error("Could not reach the index server: {0}")]
    Network(String),
    #[error("The index server took too long to answer. Check your connection and try again.")]
    Timeout,
    #[error("The index server answered with an error ({status}) for {what}.")]
    Status { status: u16, what: String },
    #[error(
        "The index server sent a reply that is too large ({what}); it may not be a Sajag index."
    )]
    TooLarge { what: String },
    #[error(
        "The index server sent a damaged or unexpected reply ({0}). This is not a “not found”."
    )]
    Malformed(String),
    #[error(
        "This index is blinded: it can only be checked through its server, which holds the key. Use the server's web address instead of the file."
    )]
    BlindedNeedsServer,
    #[error("{}", rate_limited_message(*.0))]
    RateLimited(Option<u64>),
    #[error(
        "The index server's answer does not match the key its index was published with, so its results cannot be trusted. This is not a “not found”."
    )]
    KeyMismatch,
    #[error(transparent)]
    Trust(#[from] TrustError),
    #[error(
        "Something went wrong inside Sajag. Please try again; if it keeps happening, restart Sajag."
    )]
    Internal,
}

impl LookupError {
    /// How long a rate-limited client should wait, when the server said so.
    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            LookupError::RateLimited(Some(s)) => Some(Duration::from_secs(*s)),
            _ => None,
        }
    }
}

fn rate_limited_message(retry_after: Option<u64>) -> String {
    match retry_after {
        Some(s) => format!("The index server is limiting how many checks one computer can make. Try again in {s} seconds."),
        None => "The index server is limiting how many checks one computer can make. Try again in a minute.".into(),
    }
}

/// What the person is shown about a source: its name, whether it is demo data, when it was built.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceInfo {
    /// `embedded demo index`, a file path or a base URL.
    pub location: String,
    pub manifest: Manifest,
    pub catalogue: Catalogue,
    /// True when the index holds only synthetic demo breaches.
    pub is_demo: bool,
    /// True when a check sends the prefix over the network.
    pub is_remote: bool,
    /// Who signed the index (`None`: unsigned — anyone could have made it).
    pub publisher: Option<Publisher>,
}

/// A place to look identifiers up.
pub trait Source: Send + Sync {
    /// Describes the source (for remote sources this fetches the manifest and the catalogue).
    fn info(&self) -> Result<Arc<SourceInfo>, LookupError>;
    /// The entries of one bucket. Only the prefix leaves the device.
    fn range(&self, prefix: Prefix) -> Result<Vec<Entry>, LookupError>;
    /// Blinded mode: evaluates blinded elements under the server's key. Only a server can.
    fn evaluate(&self, _request: &EvaluateRequest) -> Result<EvaluateResponse, LookupError> {
        Err(LookupError::BlindedNeedsServer)
    }
}

/// The result of one check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckOutcome {
    pub kind: Kind,
    pub prefix: Prefix,
    /// The breaches that held the identifier (empty: not found).
    pub breaches: Vec<Breach>,
    /// Shared with the source: describing it costs a check nothing.
    pub source: Arc<SourceInfo>,
}

impl CheckOutcome {
    pub fn found(&self) -> bool {
        !self.breaches.is_empty()
    }
}

/// Checks one identifier against a source.
pub fn check(source: &dyn Source, id: &Identifier) -> Result<CheckOutcome, LookupError> {
    let info = source.info()?;
    let hashed = HashedId::of(id);
    let prefix = hashed.prefix();
    let suffix = match info.manifest.mode {
        Mode::Plain => hashed.suffix(),
        Mode::Blinded => blinded_suffix(source, id, &info.manifest)?,
    };
    let entries = source.range(prefix)?;
    let mut breaches = Vec::new();
    if let Some(e) = entries.iter().find(|e| e.suffix == suffix) {
        for &bid in &e.breach_ids {
            let b = info.catalogue.get(bid).ok_or_else(|| {
                LookupError::Malformed(format!("breach {bid} is not in the catalogue"))
            })?;
            breaches.push(b.clone());
        }
    }
    Ok(CheckOutcome {
        kind: id.kind(),
        prefix,
        breaches,
        source: info,
    })
}

/// Blind → evaluate on the server → unblind: the suffix a blinded index stores. The canary is
/// blinded and sent alongside, in random order, and must come back as the manifest says
/// (see `oprf`): otherwise the server is not using this index's key.
fn blinded_suffix(
    source: &dyn Source,
    id: &Identifier,
    manifest: &Manifest,
) -> Result<Suffix, LookupError> {
    let canary: Suffix = manifest
        .oprf_canary
        .as_deref()
        .and_then(|c| c.parse().ok())
        .ok_or_else(|| {
            LookupError::Malformed("the manifest of a blinded index has no valid canary".into())
        })?;
    let input = id.hash_input();
    let query = oprf::blind(input.as_bytes());
    let check = oprf::blind(oprf::CANARY_INPUT);
    let canary_first = rand_core::RngCore::next_u32(&mut rand_core::OsRng) & 1 == 1;
    let order = if canary_first {
        [&check, &query]
    } else {
        [&query, &check]
    };
    let response = source.evaluate(&EvaluateRequest {
        blinded: order.iter().map(|b| hex(&b.element)).collect(),
    })?;
    let evaluated: Vec<Vec<u8>> = response
        .evaluated
        .iter()
        .filter_map(|e| oprf::unhex(e))
        .collect();
    if evaluated.len() != 2 || response.evaluated.len() != 2 {
        return Err(LookupError::Malformed(
            "the evaluation answer does not hold two elements".into(),
        ));
    }
    let (for_check, for_query) = if canary_first {
        (&evaluated[0], &evaluated[1])
    } else {
        (&evaluated[1], &evaluated[0])
    };
    let malformed = |e: oprf::OprfError| LookupError::Malformed(e.to_string());
    if oprf::finalize(&check, oprf::CANARY_INPUT, for_check).map_err(malformed)? != canary {
        return Err(LookupError::KeyMismatch);
    }
    oprf::finalize(&query, input.as_bytes(), for_query).map_err(malformed)
}

/// What a person typed or chose as the index: the demo, a web address or a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SourceSpec {
    Demo,
    Url(String),
    File(std::path::PathBuf),
}

impl SourceSpec {
    /// `demo` (or nothing), an `http(s)://` address, or else a file path.
    pub fn parse(spec: &str) -> Self {
        let spec = spec.trim();
        if spec.is_empty() || spec.eq_ignore_ascii_case("demo") {
            SourceSpec::Demo
        } else if spec.starts_with("http://") || spec.starts_with("https://") {
            SourceSpec::Url(spec.to_owned())
        } else {
            SourceSpec::File(spec.into())
        }
    }
}

/// Opens a source from what a person typed or chose: `demo`, an `http(s)://` URL, or a file path.
pub fn open_source(spec: &str, trust: &Arc<TrustPolicy>) -> Result<Box<dyn Source>, LookupError> {
    open_source_with_progress(spec, trust, &|_, _| {})
}

/// [`open_source`], reporting `progress(bytes_done, bytes_total)` while a file is verified.
pub fn open_source_with_progress(
    spec: &str,
    trust: &Arc<TrustPolicy>,
    progress: &dyn Fn(u64, u64),
) -> Result<Box<dyn Source>, LookupError> {
    Ok(match SourceSpec::parse(spec) {
        SourceSpec::Demo => Box::new(LocalSource::demo(trust)?),
        SourceSpec::Url(url) => Box::new(RemoteSource::new(&url, Arc::clone(trust))?),
        SourceSpec::File(path) => Box::new(LocalSource::open(&path, trust, progress)?),
    })
}

/// An index on this device: the embedded demo or a file. Nothing leaves the computer.
pub struct LocalSource {
    index: Index,
    info: Arc<SourceInfo>,
}

impl LocalSource {
    pub fn demo(trust: &TrustPolicy) -> Result<Self, LookupError> {
        Self::verified(
            Index::from_static(DEMO_INDEX)?,
            "embedded demo index".into(),
            trust,
            &|_, _| {},
        )
    }

    /// Opens and verifies an index file: every byte against its checksum, then its signature.
    pub fn open(
        path: &Path,
        trust: &TrustPolicy,
        progress: &dyn Fn(u64, u64),
    ) -> Result<Self, LookupError> {
        Self::verified(
            Index::open(path)?,
            path.display().to_string(),
            trust,
            progress,
        )
    }

    fn verified(
        index: Index,
        location: String,
        trust: &TrustPolicy,
        progress: &dyn Fn(u64, u64),
    ) -> Result<Self, LookupError> {
        index.verify_with_progress(progress)?;
        let manifest = Manifest::of(&index);
        let publisher = trust.authenticate(&manifest)?;
        let catalogue = index.catalogue().clone();
        let info = SourceInfo {
            location,
            manifest,
            is_demo: catalogue.is_demo(),
            catalogue,
            is_remote: false,
            publisher,
        };
        Ok(LocalSource {
            index,
            info: Arc::new(info),
        })
    }
}

impl Source for LocalSource {
    fn info(&self) -> Result<Arc<SourceInfo>, LookupError> {
        Ok(Arc::clone(&self.info))
    }

    fn range(&self, prefix: Prefix) -> Result<Vec<Entry>, LookupError> {
        Ok(self.index.bucket(prefix)?)
    }
}

/// A remote index served over the v1 wire protocol (ARCHITECTURE.md, Wire protocol).
pub struct RemoteSource {
    base: String,
    client: reqwest::blocking::Client,
    trust: Arc<TrustPolicy>,
    info: std::sync::OnceLock<(Arc<SourceInfo>, crate::proof::Hash)>,
}

/// Connect timeout for remote indexes.
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
/// Whole-request timeout for remote indexes.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(15);

/// True for `localhost` and loopback addresses, the only hosts plain http is allowed to.
fn is_loopback_host(host: &str) -> bool {
    let host = host.trim_start_matches('[').trim_end_matches(']');
    host.eq_ignore_ascii_case("localhost")
        || host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// Installs rustls's ring provider once per process (reqwest is built without a default provider).
/// Anything in this process that builds a reqwest client calls this first.
/// (On macOS the system's TLS is used and there is nothing to install.)
pub fn install_crypto_provider() {
    #[cfg(not(target_os = "macos"))]
    {
        static ONCE: std::sync::Once = std::sync::Once::new();
        ONCE.call_once(|| {
            let _ = rustls::crypto::ring::default_provider().install_default();
        });
    }
}

impl RemoteSource {
    /// A source at `base` (the folder that holds `v1/`). Checks the address; makes no request yet.
    pub fn new(base: &str, trust: Arc<TrustPolicy>) -> Result<Self, LookupError> {
        Self::with_timeouts(base, trust, CONNECT_TIMEOUT, REQUEST_TIMEOUT)
    }

    /// Like [`RemoteSource::new`], with other connect and whole-request timeouts (tests use short ones).
    pub fn with_timeouts(
        base: &str,
        trust: Arc<TrustPolicy>,
        connect: Duration,
        request: Duration,
    ) -> Result<Self, LookupError> {
        let url = reqwest::Url::parse(base).map_err(|_| LookupError::BadUrl(base.into()))?;
        let host = url
            .host_str()
            .ok_or_else(|| LookupError::BadUrl(base.into()))?;
        match url.scheme() {
            "https" => {}
            "http" if is_loopback_host(host) => {}
            "http" => return Err(LookupError::InsecureUrl(base.into())),
            _ => return Err(LookupError::BadUrl(base.into())),
        }
        if url.query().is_some() || url.fragment().is_some() || !url.username().is_empty() {
            return Err(LookupError::BadUrl(base.into()));
        }
        install_crypto_provider();
        let client = reqwest::blocking::Client::builder()
            .connect_timeout(connect)
            .timeout(request)
            .user_agent(concat!("sajag/", env!("CARGO_PKG_VERSION")))
            .https_only(url.scheme() == "https")
            .redirect(reqwest::redirect::Policy::custom(|attempt| {
                // Follow a few redirects, but never from https down to plain http off this computer.
                let secure = attempt.url().scheme() == "https"
                    || attempt.url().host_str().is_some_and(is_loopback_host);
                if attempt.previous().len() >= 3 || !secure {
                    attempt.stop()
                } else {
                    attempt.follow()
                }
            }))
            .build()
            .map_err(|e| LookupError::Network(e.to_string()))?;
        let mut base = url.to_string();
        if !base.ends_with('/') {
            base.push('/');
        }
        Ok(RemoteSource {
            base,
            client,
            trust,
            info: std::sync::OnceLock::new(),
        })
    }

    /// GETs `path` under the base URL, refusing bodies over `cap` bytes.
    fn get(&self, path: &str, cap: usize) -> Result<Vec<u8>, LookupError> {
        let url = format!("{}{}", self.base, path);
        let resp = self.client.get(&url).send().map_err(|e| net_error(&e))?;
        Self::read_body(resp, path, cap)
    }

    /// Checks the status and reads at most `cap` bytes of the body.
    fn read_body(
        resp: reqwest::blocking::Response,
        path: &str,
        cap: usize,
    ) -> Result<Vec<u8>, LookupError> {
        let status = resp.status();
        if status == reqwest::StatusCode::TOO_MANY_REQUESTS {
            let retry = resp
                .headers()
                .get(reqwest::header::RETRY_AFTER)
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.trim().parse().ok());
            return Err(LookupError::RateLimited(retry));
        }
        if !status.is_success() {
            return Err(LookupError::Status {
                status: status.as_u16(),
                what: path.into(),
            });
        }
        if resp.content_length().is_some_and(|n| n > cap as u64) {
            return Err(LookupError::TooLarge { what: path.into() });
        }
        let mut body = Vec::new();
        resp.take(cap as u64 + 1)
            .read_to_end(&mut body)
            .map_err(|e| {
                if e.to_string().contains("timed out") {
                    LookupError::Timeout
                } else {
                    LookupError::Network(e.to_string())
                }
            })?;
        if body.len() > cap {
            return Err(LookupError::TooLarge { what: path.into() });
        }
        Ok(body)
    }

    fn fetch_info(&self) -> Result<(Arc<SourceInfo>, crate::proof::Hash), LookupError> {
        let raw = self.get(protocol::MANIFEST_PATH, protocol::MAX_MANIFEST_BYTES)?;
        let manifest: Manifest = serde_json::from_slice(&raw)
            .map_err(|e| LookupError::Malformed(format!("manifest.json: {e}")))?;
        if manifest.format != "sajag-index" || manifest.version != protocol::VERSION {
            return Err(LookupError::Malformed(format!(
                "manifest.json describes format {} version {}",
                manifest.format, manifest.version
            )));
        }
        if manifest.prefix_bits != crate::hashing::PREFIX_BITS
            || manifest.suffix_bits != crate::hashing::SUFFIX_BITS
        {
            return Err(LookupError::Malformed(
                "manifest.json has unexpected prefix/suffix sizes".into(),
            ));
        }
        let root: crate::proof::Hash = manifest
            .bucket_root
            .as_deref()
            .and_then(crate::oprf::unhex)
            .and_then(|r| r.try_into().ok())
            .ok_or_else(|| {
                LookupError::Malformed("manifest.json has no valid bucket root".into())
            })?;
        if manifest.padded_lines < protocol::MIN_PADDED_LINES
            || !manifest.padded_lines.is_multiple_of(16)
            || manifest.index_id.len() != 16
            || !manifest.index_id.bytes().all(|b| b.is_ascii_hexdigit())
        {
            return Err(LookupError::Malformed(
                "manifest.json has impossible values".into(),
            ));
        }
        let publisher = self.trust.authenticate(&manifest)?;
        let raw = self.get(protocol::CATALOGUE_PATH, protocol::MAX_CATALOGUE_BYTES)?;
        if protocol::sha256_hex(&raw) != manifest.catalogue_sha256 {
            return Err(LookupError::Malformed(
                "breaches.json does not match the manifest".into(),
            ));
        }
        let catalogue: Catalogue = serde_json::from_slice(&raw)
            .map_err(|e| LookupError::Malformed(format!("breaches.json: {e}")))?;
        catalogue.validate().map_err(LookupError::Malformed)?;
        Ok((
            Arc::new(SourceInfo {
                location: self.base.clone(),
                is_demo: catalogue.is_demo(),
                manifest,
                catalogue,
                is_remote: true,
                publisher,
            }),
            root,
        ))
    }

    /// The manifest's description and bucket root, fetched once.
    fn info_and_root(&self) -> Result<&(Arc<SourceInfo>, crate::proof::Hash), LookupError> {
        if let Some(v) = self.info.get() {
            return Ok(v);
        }
        let fetched = self.fetch_info()?;
        Ok(self.info.get_or_init(|| fetched))
    }
}

fn net_error(e: &reqwest::Error) -> LookupError {
    if e.is_timeout() {
        LookupError::Timeout
    } else {
        // reqwest's top-level message is vague ("error sending request"); its cause says why.
        let mut msg = e.to_string();
        let mut cause = std::error::Error::source(e);
        while let Some(c) = cause {
            msg = format!("{msg}: {c}");
            cause = c.source();
        }
        LookupError::Network(msg)
    }
}

impl Source for RemoteSource {
    fn info(&self) -> Result<Arc<SourceInfo>, LookupError> {
        Ok(Arc::clone(&self.info_and_root()?.0))
    }

    fn evaluate(&self, request: &EvaluateRequest) -> Result<EvaluateResponse, LookupError> {
        let url = format!("{}{}", self.base, protocol::EVALUATE_PATH);
        let body = serde_json::to_vec(request).expect("serialises");
        let resp = self
            .client
            .post(&url)
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(body)
            .send()
            .map_err(|e| net_error(&e))?;
        let raw = Self::read_body(
            resp,
            protocol::EVALUATE_PATH,
            protocol::MAX_EVALUATE_RESPONSE_BYTES,
        )?;
        serde_json::from_slice(&raw).map_err(|e| LookupError::Malformed(format!("evaluate: {e}")))
    }

    fn range(&self, prefix: Prefix) -> Result<Vec<Entry>, LookupError> {
        let (info, root) = self.info_and_root()?;
        let path = info.manifest.range_path(prefix);
        let raw = self.get(&path, protocol::MAX_RANGE_BYTES)?;
        let text = std::str::from_utf8(&raw)
            .map_err(|_| LookupError::Malformed("the range is not text".into()))?;
        protocol::decode_range_response(text, prefix, info.manifest.padded_lines, root)
            .map_err(|e| LookupError::Malformed(format!("the bucket {e}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_http_only_on_loopback() {
        let trust = Arc::new(TrustPolicy::default());
        let new = |url: &str| RemoteSource::new(url, Arc::clone(&trust));
        assert!(new("http://127.0.0.1:8080/").is_ok());
        assert!(new("http://localhost:8080").is_ok());
        assert!(new("http://[::1]:8080/x/").is_ok());
        assert!(matches!(
            new("http://example.org/"),
            Err(LookupError::InsecureUrl(_))
        ));
        assert!(matches!(
            new("http://10.0.0.1/"),
            Err(LookupError::InsecureUrl(_))
        ));
        assert!(new("https://example.org/idx").is_ok());
        assert!(matches!(
            new("ftp://example.org/"),
            Err(LookupError::BadUrl(_))
        ));
        assert!(matches!(
            new("https://u:p@example.org/"),
            Err(LookupError::BadUrl(_))
        ));
    }
}
