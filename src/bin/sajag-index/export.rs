//! `sajag-index export`: the index as a static tree (`v1/manifest.json`, `v1/breaches.json`,
//! `v1/range/{INDEX_ID}/00000` … `FFFFF`) with the same bytes the live server sends, for any web
//! server, object store or CDN.
//!
//! The tree is written into a temporary folder beside the target and renamed into place at the end,
//! so an interrupted export never leaves a partial tree under the target name.

use std::fs;
use std::io::IsTerminal;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};

use anyhow::{Context, Result, bail};
use indicatif::{ProgressBar, ProgressStyle};
use sajag::hashing::BUCKETS;
use sajag::index::Index;
use sajag::proof::{BucketTree, GROUP_SIZE};
use sajag::protocol::{self, Manifest};

/// Writes the tree at `to`; returns the number of files written.
pub fn run(index: &Index, tree: &BucketTree, to: &Path, force: bool) -> Result<u64> {
    if to.exists() && !force {
        bail!(
            "{} already exists; pass --force to replace it",
            to.display()
        );
    }
    let parent = match to.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    fs::create_dir_all(&parent)
        .with_context(|| format!("could not create {}", parent.display()))?;
    let tmp = tempfile::Builder::new()
        .prefix(".sajag-export-")
        .tempdir_in(&parent)
        .with_context(|| {
            format!(
                "could not create a temporary folder in {}",
                parent.display()
            )
        })?;
    let v1 = tmp.path().join("v1");
    let range_dir = tmp.path().join(protocol::RANGE_DIR).join(index.index_id());
    fs::create_dir_all(&range_dir)
        .with_context(|| format!("could not create {}", range_dir.display()))?;

    let manifest = Manifest::published(index, tree)?;
    let size = protocol::response_size(index)?;
    fs::write(v1.join("manifest.json"), manifest.to_json())
        .context("could not write manifest.json")?;
    fs::write(v1.join("breaches.json"), index.catalogue_json())
        .context("could not write breaches.json")?;

    let bar = if std::io::stderr().is_terminal() {
        ProgressBar::new(BUCKETS as u64)
    } else {
        ProgressBar::hidden()
    };
    bar.set_style(
        ProgressStyle::with_template(
            "{spinner} writing ranges {pos:>8}/{len} [{bar:30}] eta {eta}",
        )
        .expect("valid template")
        .progress_chars("=> "),
    );
    let done = AtomicU64::new(0);
    // One writer: parallel creates in one directory contend on its lock and are slower, not faster.
    (0..BUCKETS / GROUP_SIZE).try_for_each(|group| -> Result<()> {
        for (prefix, body) in protocol::range_responses(index, tree, group, size)? {
            let path = range_dir.join(prefix.to_string());
            fs::write(&path, body)
                .with_context(|| format!("could not write {}", path.display()))?;
        }
        let n = done.fetch_add(GROUP_SIZE as u64, Ordering::Relaxed) + GROUP_SIZE as u64;
        if n.is_multiple_of(4096) {
            bar.set_position(n);
        }
        Ok(())
    })?;
    bar.finish_and_clear();

    #[cfg(unix)]
    {
        // tempfile makes its folders 0700; a web server usually runs as another user.
        use std::os::unix::fs::PermissionsExt;
        for dir in [tmp.path(), &v1, &v1.join("range"), &range_dir] {
            fs::set_permissions(dir, fs::Permissions::from_mode(0o755))
                .with_context(|| format!("could not set permissions on {}", dir.display()))?;
        }
    }
    let tmp_path = tmp.keep();
    if to.exists() {
        // --force: move the old tree aside, put the new one in place, then delete the old one.
        let old = parent.join(format!(".sajag-export-old-{}", std::process::id()));
        fs::rename(to, &old)
            .with_context(|| format!("could not move the old {} aside", to.display()))?;
        fs::rename(&tmp_path, to)
            .with_context(|| format!("could not move the export into {}", to.display()))?;
        fs::remove_dir_all(&old)
            .with_context(|| format!("could not remove the old export at {}", old.display()))?;
    } else {
        fs::rename(&tmp_path, to)
            .with_context(|| format!("could not move the export into {}", to.display()))?;
    }
    Ok(BUCKETS as u64 + 2)
}
