//! A remote index: the v1 wire protocol over HTTPS (http only on this computer), with every reply
//! capped, timed out, and authenticated against the manifest before it is used (ARCHITECTURE.md,
//! Wire protocol and Trust).

use std::io::Read;
use std::sync::Arc;
use std::time::Duration;

use super::{LookupError, Source, SourceInfo};
use crate::catalogue::Catalogue;
use crate::hashing::Prefix;
use crate::index::Entry;
use crate::protocol::{self, EvaluateRequest, EvaluateResponse, Manifest};
use crate::trust::TrustPolicy;

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
