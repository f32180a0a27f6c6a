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

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use crate::catalogue::{Breach, Catalogue};
use crate::hashing::{HashedId, Prefix, Suffix, hex};
use crate::identifier::{Identifier, Kind};
use crate::index::{Entry, Index, IndexError, Mode};
use crate::oprf;
use crate::protocol::{EvaluateRequest, EvaluateResponse, Manifest};
use crate::trust::{Publisher, TrustError, TrustPolicy};

/// The demo index compiled into the program, built from `assets/demo/` (synthetic data).
pub static DEMO_INDEX: &[u8] = include_bytes!("../../assets/demo/demo.sajag");

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

mod remote;
pub use remote::{CONNECT_TIMEOUT, REQUEST_TIMEOUT, RemoteSource, install_crypto_provider};
