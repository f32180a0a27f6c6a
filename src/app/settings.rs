//! The person's settings: index source, theme, text size, language and checklist ticks.
//!
//! Stored as TOML in the OS config dir (`SAJAG_CONFIG_DIR` overrides it, for tests), written
//! atomically (temporary file, then rename). Settings never contain an identifier: checklist ticks
//! are kept per breach slug.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::i18n::Lang;

const FILE_NAME: &str = "settings.toml";

/// Light, dark, or whatever the system uses.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ThemePref {
    #[default]
    System,
    Light,
    Dark,
}

/// Everything the app remembers between runs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// `demo`, an index file path, or an index URL (what `sajag::lookup::open_source` takes).
    pub source: String,
    pub theme: ThemePref,
    /// egui zoom factor (text size), 0.75–2.0.
    pub zoom: f32,
    pub language: Lang,
    /// Ticked "what to do now" steps, by breach slug.
    pub checklist: BTreeMap<String, BTreeSet<String>>,
    /// Publisher keys the person chose to trust (hex), with the name they gave each.
    pub trusted_keys: Vec<TrustedKeyEntry>,
}

/// One trusted publisher key as stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrustedKeyEntry {
    pub key: String,
    pub name: String,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            source: "demo".into(),
            theme: ThemePref::System,
            zoom: 1.0,
            language: Lang::En,
            checklist: BTreeMap::new(),
            trusted_keys: Vec::new(),
        }
    }
}

/// Smallest and largest text size.
pub const ZOOM_RANGE: std::ops::RangeInclusive<f32> = 0.75..=2.0;

impl Settings {
    /// Where settings live: `$SAJAG_CONFIG_DIR`, else the OS config dir for Sajag.
    pub fn default_dir() -> Option<PathBuf> {
        if let Some(dir) = std::env::var_os("SAJAG_CONFIG_DIR") {
            return Some(PathBuf::from(dir));
        }
        directories::ProjectDirs::from("in", "Sajag", "Sajag").map(|d| d.config_dir().to_path_buf())
    }

    /// Reads the settings in `dir`; anything missing or unreadable gives the defaults.
    pub fn load(dir: Option<&Path>) -> Self {
        let Some(dir) = dir else {
            return Self::default();
        };
        match std::fs::read_to_string(dir.join(FILE_NAME)) {
            Ok(text) => toml::from_str::<Settings>(&text)
                .unwrap_or_default()
                .sanitised(),
            Err(_) => Self::default(),
        }
    }

    fn sanitised(mut self) -> Self {
        if !self.zoom.is_finite() {
            self.zoom = 1.0;
        }
        self.zoom = self.zoom.clamp(*ZOOM_RANGE.start(), *ZOOM_RANGE.end());
        if !super::i18n::available().contains(&self.language) {
            self.language = Lang::En;
        }
        self
    }

    /// Writes the settings to `dir` atomically. Called on the settings thread only.
    pub fn save(&self, dir: &Path) -> std::io::Result<()> {
        std::fs::create_dir_all(dir)?;
        let text = toml::to_string_pretty(self).map_err(std::io::Error::other)?;
        write_atomically(&dir.join(FILE_NAME), text.as_bytes())
    }

    /// The trusted publisher keys that parse (a damaged entry is skipped, not trusted).
    pub fn trusted_keys(&self) -> Vec<sajag::trust::TrustedKey> {
        self.trusted_keys
            .iter()
            .filter_map(|e| {
                let key = sajag::signing::PublicKey::from_hex(&e.key).ok()?;
                Some(sajag::trust::TrustedKey {
                    key,
                    name: e.name.clone(),
                })
            })
            .collect()
    }

    /// The trust policy for these settings, remembering publishers' newest builds in `dir`.
    pub fn trust_policy(&self, dir: Option<&Path>) -> sajag::trust::TrustPolicy {
        let policy = sajag::trust::TrustPolicy::new(self.trusted_keys());
        match dir {
            Some(d) => policy.remembering_in(d.to_path_buf()),
            None => policy,
        }
    }

    /// Whether `step` is ticked for the breach `slug`.
    pub fn is_ticked(&self, slug: &str, step: &str) -> bool {
        self.checklist.get(slug).is_some_and(|s| s.contains(step))
    }

    pub fn set_ticked(&mut self, slug: &str, step: &str, done: bool) {
        let steps = self.checklist.entry(slug.to_owned()).or_default();
        if done {
            steps.insert(step.to_owned());
        } else {
            steps.remove(step);
        }
        if steps.is_empty() {
            self.checklist.remove(slug);
        }
    }
}

/// Writes `bytes` to `path` so that a reader sees the old file or the whole new one, never a
/// half-written one: a temporary file in the same folder, synced, then renamed over `path`.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    std::io::Write::write_all(&mut tmp, bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_sanitises() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = Settings {
            zoom: 1.5,
            theme: ThemePref::Dark,
            ..Settings::default()
        };
        s.set_ticked("demo-loan-app-kyc", "otp", true);
        s.save(dir.path()).unwrap();
        assert_eq!(Settings::load(Some(dir.path())), s);
        std::fs::write(dir.path().join(FILE_NAME), "zoom = 99.0\n").unwrap();
        assert!((Settings::load(Some(dir.path())).zoom - 2.0).abs() < f32::EPSILON);
        std::fs::write(dir.path().join(FILE_NAME), "not toml [").unwrap();
        assert_eq!(Settings::load(Some(dir.path())), Settings::default());
    }
}
