//! Publisher keys and signatures for `sajag-index`: `signing-keygen`, `sign`, `build --sign`, the
//! bucket tree that `serve` and `export` publish, and the seal check of `verify`.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use sajag::index::{Index, seal};
use sajag::proof::BucketTree;
use sajag::protocol::{self, Manifest};
use sajag::signing::{PublicKey, SecretKey};

/// How long a signature is valid.
#[derive(clap::Args, Clone, Debug)]
pub struct Validity {
    /// Clients refuse the index after this date (`YYYY-MM-DD` or RFC 3339, UTC).
    #[arg(long, conflicts_with = "valid_days")]
    expires: Option<String>,
    /// Clients refuse the index this many days after signing. Publish a new one before then.
    #[arg(long, default_value_t = 180)]
    valid_days: u64,
}

impl Validity {
    /// The expiry as RFC 3339.
    pub fn expires(&self) -> Result<String> {
        let unix = if let Some(text) = &self.expires {
            let full = if text.len() == 10 {
                format!("{text}T00:00:00Z")
            } else {
                text.clone()
            };
            sajag::dates::parse_rfc3339(&full)
                .with_context(|| format!("--expires {text:?} is not a date such as 2027-06-30"))?
        } else {
            sajag::dates::now_unix() + self.valid_days.min(36_500) * 86_400
        };
        Ok(sajag::dates::timestamp(unix))
    }
}

/// Reads a publisher's secret key file.
pub fn load_key(path: &Path) -> Result<SecretKey> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("could not read the signing key {}", path.display()))?;
    SecretKey::parse(&text).with_context(|| format!("{} cannot be used", path.display()))
}

/// `signing-keygen`: NAME.key (0600, refused if it exists) and NAME.pub.
pub fn keygen(out: &Path, publisher: Option<&str>) -> Result<ExitCode> {
    let stem = out
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("publisher")
        .to_owned();
    let key = SecretKey::generate(publisher.unwrap_or(&stem))
        .context("choose another --publisher name")?;
    let public_path: PathBuf = out.with_extension("pub");
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(out).with_context(|| {
        format!(
            "could not create {} (an existing key is never replaced)",
            out.display()
        )
    })?;
    file.write_all(key.to_file_text().as_bytes())
        .and_then(|()| file.sync_all())
        .with_context(|| format!("could not write {}", out.display()))?;
    sajag::fsutil::write_atomically(
        &public_path,
        key.public().to_line(key.publisher()).as_bytes(),
    )
    .with_context(|| format!("could not write {}", public_path.display()))?;
    #[cfg(unix)]
    {
        // The public key is for everyone; the temporary file it came from was 0600.
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&public_path, std::fs::Permissions::from_mode(0o644))
            .with_context(|| format!("could not set permissions on {}", public_path.display()))?;
    }
    println!(
        "wrote {} (secret) and {} (public key {})",
        out.display(),
        public_path.display(),
        key.public().fingerprint()
    );
    eprintln!(
        "keep {} secret and backed up; give people {} (or its key) to trust your indexes",
        out.display(),
        public_path.display()
    );
    Ok(ExitCode::SUCCESS)
}

/// The bucket tree of an index, with a progress bar on a terminal.
pub fn tree(index: &Index) -> Result<BucketTree> {
    let bar = crate::bucket_bar("hashing buckets");
    let tree = protocol::bucket_tree(index, |n| bar.set_position(n as u64));
    bar.finish_and_clear();
    tree.context("the index is damaged; run sajag-index verify")
}

/// Verifies `index` fully and writes it, signed by `key`, to `out`. Returns the index id.
pub fn sign(
    index_path: &Path,
    key: &SecretKey,
    expires: &str,
    out: &Path,
    force: bool,
) -> Result<String> {
    let index =
        Index::open(index_path).with_context(|| format!("cannot use {}", index_path.display()))?;
    index
        .verify()
        .with_context(|| format!("{} failed verification; not signed", index_path.display()))?;
    let tree = tree(&index)?;
    let sealed = Manifest::seal(&index, &tree, key, expires);
    seal::write_sealed(&index, &sealed, out, force)?;
    Ok(index.index_id())
}

/// Checks a signed index's seal against its contents: the signature over its manifest and the
/// bucket root. Returns a line for `verify` to print.
pub fn verify_seal(index: &Index) -> Result<String> {
    let manifest = Manifest::of(index);
    let Some(key) = manifest.verify_signature()? else {
        return Ok("unsigned".into());
    };
    let tree = tree(index)?;
    Manifest::published(index, &tree)?;
    if sajag::dates::parse_rfc3339(manifest.expires.as_deref().unwrap_or_default()).is_none() {
        bail!("its expiry date is not a date");
    }
    Ok(format!(
        "signed by {} (key {}), valid until {}",
        manifest.publisher.unwrap_or_default(),
        PublicKey::to_hex(&key),
        manifest.expires.unwrap_or_default()
    ))
}
