//! `sajag-index export`: the index as a static tree (`v1/manifest.json`, `v1/breaches.json`,
//! `v1/range/{INDEX_ID}/00000` … `FFFFF`) with the same bytes the live server sends, for any web
//! server, object store or CDN.
//!
//! The tree is written into a temporary folder beside the target and renamed into place at the end,
//! so an interrupted export never leaves a partial tree under the target name.

use std::fs;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};

use anyhow::{Context, Result, bail};
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
    let parent = sajag::fsutil::parent_dir(to);
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

    let bar = crate::bucket_bar("writing ranges");
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
    let aside = parent.join(format!(".sajag-export-old-{}", std::process::id()));
    if let Err(e) = swap_into_place(&tmp_path, to, &aside, &|a, b| fs::rename(a, b)) {
        let _ = fs::remove_dir_all(&tmp_path);
        return Err(e);
    }
    Ok(BUCKETS as u64 + 2)
}

/// Puts the finished tree `new` at `to`. An existing tree (`--force`) is moved to `aside` first,
/// and put back if the new one cannot take its place, so a failed swap leaves the old export
/// serving; once the new one is in place the old one is deleted.
fn swap_into_place(
    new: &Path,
    to: &Path,
    aside: &Path,
    rename: &dyn Fn(&Path, &Path) -> std::io::Result<()>,
) -> Result<()> {
    let into_place = || format!("could not move the export into {}", to.display());
    if !to.exists() {
        return rename(new, to).with_context(into_place);
    }
    rename(to, aside).with_context(|| format!("could not move the old {} aside", to.display()))?;
    if let Err(e) = rename(new, to) {
        return Err(match rename(aside, to) {
            Ok(()) => anyhow::Error::new(e).context(format!(
                "{}; the old export is still in place",
                into_place()
            )),
            Err(_) => anyhow::Error::new(e).context(format!(
                "{}, and the old export could not be put back: it is at {}",
                into_place(),
                aside.display()
            )),
        });
    }
    fs::remove_dir_all(aside)
        .with_context(|| format!("could not remove the old export at {}", aside.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tree(root: &Path, text: &str) {
        fs::create_dir_all(root.join("v1")).unwrap();
        fs::write(root.join("v1/manifest.json"), text).unwrap();
    }

    fn manifest(root: &Path) -> String {
        fs::read_to_string(root.join("v1/manifest.json")).unwrap()
    }

    #[test]
    fn a_failed_swap_leaves_the_old_export_in_place() {
        let dir = tempfile::tempdir().unwrap();
        let (new, to, aside) = (
            dir.path().join("new"),
            dir.path().join("export"),
            dir.path().join("aside"),
        );
        tree(&new, "new");
        tree(&to, "old");
        // The new tree cannot be moved in (as a full disk or a permission would make it).
        let failing = |a: &Path, b: &Path| {
            if a == new.as_path() {
                Err(std::io::Error::other("no room"))
            } else {
                fs::rename(a, b)
            }
        };
        let err = swap_into_place(&new, &to, &aside, &failing).unwrap_err();
        assert!(format!("{err:#}").contains("the old export is still in place"));
        assert_eq!(manifest(&to), "old");
        assert!(!aside.exists());
        // And with renames that work: the new one replaces it, nothing left aside.
        swap_into_place(&new, &to, &aside, &|a, b| fs::rename(a, b)).unwrap();
        assert_eq!(manifest(&to), "new");
        assert!(!aside.exists() && !new.exists());
    }
}
