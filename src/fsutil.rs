//! Small file-system helpers shared by the library and both binaries: one home for "write a file so
//! that nobody ever sees half of it", "the folder a path lives in", and cleaning up after a process
//! that was killed while it wrote.

use std::path::{Path, PathBuf};

/// The folder that holds `path` (`.` for a bare file name).
pub fn parent_dir(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Writes `bytes` to `path` so that a reader sees the old file or the whole new one, never a
/// half-written one: a temporary file in the same folder, synced, then renamed over `path`.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut tmp = tempfile::NamedTempFile::new_in(parent_dir(path))?;
    std::io::Write::write_all(&mut tmp, bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// The lock file inside a scratch folder: held exclusively by the process that owns the folder.
pub const SCRATCH_LOCK: &str = ".lock";

/// Takes the exclusive lock that marks `file` (or a scratch folder's [`SCRATCH_LOCK`]) as in use.
/// The operating system releases it when the process ends, however it ends.
pub fn hold(file: &std::fs::File) -> std::io::Result<()> {
    file.lock()
}

/// Removes what a killed process left in `dir` under names starting with `prefix`: files, and
/// folders with a [`SCRATCH_LOCK`] inside, whose lock nobody holds any more. Something in use by
/// a running process is locked and kept; so is anything without a lock (not ours to judge).
/// Best effort; returns how many entries were removed.
pub fn remove_stale(dir: &Path, prefix: &str) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    let mut removed = 0;
    for entry in entries.flatten() {
        if !entry.file_name().to_string_lossy().starts_with(prefix) {
            continue;
        }
        let path = entry.path();
        let is_dir = path.is_dir();
        let lock_path = if is_dir {
            path.join(SCRATCH_LOCK)
        } else {
            path.clone()
        };
        let Ok(lock) = std::fs::OpenOptions::new().write(true).open(&lock_path) else {
            continue;
        };
        if lock.try_lock().is_err() {
            continue;
        }
        drop(lock);
        let gone = if is_dir {
            std::fs::remove_dir_all(&path)
        } else {
            std::fs::remove_file(&path)
        };
        removed += usize::from(gone.is_ok());
    }
    removed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stale_files_and_folders_go_and_held_ones_stay() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::write(d.join(".x-stale.partial"), b"half").unwrap();
        let held = std::fs::File::create(d.join(".x-held.partial")).unwrap();
        hold(&held).unwrap();
        std::fs::create_dir(d.join(".x-build-stale")).unwrap();
        std::fs::write(d.join(".x-build-stale").join(SCRATCH_LOCK), b"").unwrap();
        std::fs::write(d.join(".x-build-stale").join("run"), b"records").unwrap();
        std::fs::create_dir(d.join(".x-build-unlocked-kind")).unwrap();
        std::fs::write(d.join("other.partial"), b"not ours").unwrap();
        assert_eq!(remove_stale(d, ".x-"), 2);
        let mut left: Vec<String> = std::fs::read_dir(d)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        left.sort();
        assert_eq!(
            left,
            [".x-build-unlocked-kind", ".x-held.partial", "other.partial"]
        );
    }
}
