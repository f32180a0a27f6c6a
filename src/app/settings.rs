//! The person's settings: index source, theme, text size and language, and which breaches each
//! index source listed when the app last opened it ([`super::news`]).
//!
//! At first start (no settings file, or one that does not say the language) the language follows
//! the OS locale ([`super::i18n::lang_for_locale`]); once saved, the saved language always wins.
//!
//! Stored as TOML in the OS config dir (`SAJAG_CONFIG_DIR` overrides it, for tests), written
//! atomically (temporary file, then rename). Settings never contain an identifier, nor anything
//! that depends on one: checklist ticks (by breach slug, so they would reveal which breaches a
//! number is in) stay in memory ([`super::checklist`]). The breach slugs remembered per source are
//! the whole catalogue of that index, the same for everyone, never which breaches a check found.
//! A `checklist` table left by an older version is ignored on load and gone after the next save.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use sajag::identifier::Identifier;
use serde::{Deserialize, Serialize};

use super::i18n::Lang;

const FILE_NAME: &str = "settings.toml";

/// The parts of the app id `in.sajag.Sajag`, from which `directories` names the settings folder:
/// on macOS `~/Library/Application Support/in.sajag.Sajag` (the bundle id, as macOS expects), on
/// Linux `~/.config/sajag`, on Windows `%APPDATA%\sajag\Sajag\config`.
pub const APP_ID_PARTS: [&str; 3] = ["in", "sajag", "Sajag"];

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
    /// Publisher keys the person chose to trust (hex), with the name they gave each.
    pub trusted_keys: Vec<TrustedKeyEntry>,
    /// Per index source (as in `source`), the slugs of every breach its catalogue listed when the
    /// app last showed it: the whole catalogue, never what a check found ([`super::news`]).
    pub seen_breaches: BTreeMap<String, Vec<String>>,
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
            trusted_keys: Vec::new(),
            seen_breaches: BTreeMap::new(),
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
        let [qualifier, organization, application] = APP_ID_PARTS;
        directories::ProjectDirs::from(qualifier, organization, application)
            .map(|d| d.config_dir().to_path_buf())
    }

    /// Reads the settings in `dir`; anything missing or unreadable gives the defaults.
    pub fn load(dir: Option<&Path>) -> Self {
        Self::load_or_first_start(dir, None)
    }

    /// Like [`Settings::load`], but at first start (no readable settings file, or one without a
    /// language) the language is the one the OS `locale` names; a saved language always wins.
    pub fn load_or_first_start(dir: Option<&Path>, locale: Option<&str>) -> Self {
        let first_start = Settings {
            language: locale.map_or(Lang::En, super::i18n::lang_for_locale),
            ..Self::default()
        };
        let Some(text) = dir.and_then(|d| std::fs::read_to_string(d.join(FILE_NAME)).ok()) else {
            return first_start;
        };
        let Ok(table) = toml::from_str::<toml::Table>(&text) else {
            return first_start;
        };
        let says_language = table.contains_key("language");
        let Ok(mut settings) = toml::Value::Table(table).try_into::<Settings>() else {
            return first_start;
        };
        if !says_language {
            settings.language = first_start.language;
        }
        settings.sanitised()
    }

    fn sanitised(mut self) -> Self {
        if !self.zoom.is_finite() {
            self.zoom = 1.0;
        }
        self.zoom = self.zoom.clamp(*ZOOM_RANGE.start(), *ZOOM_RANGE.end());
        if !super::i18n::available().contains(&self.language) {
            self.language = Lang::En;
        }
        // An identifier saved as the source by an older version: not kept, not opened.
        if !may_be_saved(&self.source) {
            self.source = Self::default().source;
        }
        self.seen_breaches.retain(|source, _| may_be_saved(source));
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
}

/// Whether `spec` may be kept as the index source in the settings file: not when it reads as a
/// mobile number or PAN (pasted into the wrong box), even if a file of that name exists.
pub fn may_be_saved(spec: &str) -> bool {
    Identifier::parse(spec).is_err()
}

/// The one atomic writer (settings, the complaint summary).
pub use sajag::fsutil::write_atomically;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_sanitises() {
        let dir = tempfile::tempdir().unwrap();
        let s = Settings {
            zoom: 1.5,
            theme: ThemePref::Dark,
            seen_breaches: [
                ("demo".into(), vec!["a-b".into()]),
                ("C:\\i\\x.sajag".into(), vec![]),
                (
                    "https://example.org/v1/".into(),
                    vec!["c".into(), "d".into()],
                ),
            ]
            .into(),
            ..Settings::default()
        };
        s.save(dir.path()).unwrap();
        assert_eq!(Settings::load(Some(dir.path())), s);
        std::fs::write(dir.path().join(FILE_NAME), "zoom = 99.0\n").unwrap();
        assert!((Settings::load(Some(dir.path())).zoom - 2.0).abs() < f32::EPSILON);
        std::fs::write(dir.path().join(FILE_NAME), "not toml [").unwrap();
        assert_eq!(Settings::load(Some(dir.path())), Settings::default());
        std::fs::write(dir.path().join(FILE_NAME), "source = \"98765 43210\"\n").unwrap();
        assert_eq!(Settings::load(Some(dir.path())).source, "demo");
        // Nor as the key of remembered breaches.
        let seen = "[seen_breaches]\ndemo = [\"a\"]\n\"9876543210\" = [\"b\"]\n";
        std::fs::write(dir.path().join(FILE_NAME), seen).unwrap();
        let loaded = Settings::load(Some(dir.path())).seen_breaches;
        assert_eq!(loaded.keys().collect::<Vec<_>>(), ["demo"]);
    }

    /// No file: the locale's language. A file without a language: the locale's too. A saved
    /// language: that one, whatever the locale.
    #[test]
    fn the_locale_decides_only_at_first_start() {
        let dir = tempfile::tempdir().unwrap();
        let load = |locale| Settings::load_or_first_start(Some(dir.path()), Some(locale)).language;
        assert_eq!(load("hi_IN.UTF-8"), Lang::Hi);
        assert_eq!(load("en-US"), Lang::En);
        assert_eq!(
            Settings::load_or_first_start(None, Some("hi-IN")).language,
            Lang::Hi
        );
        std::fs::write(dir.path().join(FILE_NAME), "zoom = 1.5\n").unwrap();
        assert_eq!(load("hi-IN"), Lang::Hi);
        std::fs::write(dir.path().join(FILE_NAME), "language = \"en\"\n").unwrap();
        assert_eq!(load("hi-IN"), Lang::En, "a saved language wins");
        std::fs::write(dir.path().join(FILE_NAME), "language = \"hi\"\n").unwrap();
        assert_eq!(load("en-US"), Lang::Hi, "a saved language wins");
        assert_eq!(Settings::load(Some(dir.path())).language, Lang::Hi);
    }

    #[test]
    fn identifiers_are_never_kept_as_the_source() {
        for id in ["9876543210", "+91 98765 43210", "abcpe1234f"] {
            assert!(!may_be_saved(id), "{id}");
        }
        for spec in [
            "demo",
            "/home/a/index.sajag",
            "https://example.org/",
            "C:\\i\\9876543210.sajag",
        ] {
            assert!(may_be_saved(spec), "{spec}");
        }
    }

    /// Older versions saved checklist ticks by breach slug. Such a file still loads, and the next
    /// save drops the table.
    #[test]
    fn an_old_checklist_table_is_dropped_on_the_next_save() {
        let dir = tempfile::tempdir().unwrap();
        let old = "source = \"demo\"\nzoom = 1.25\n\n[checklist]\ndemo-loan-app-kyc = [\"ais\"]\n";
        std::fs::write(dir.path().join(FILE_NAME), old).unwrap();
        let s = Settings::load(Some(dir.path()));
        assert!((s.zoom - 1.25).abs() < f32::EPSILON, "the rest still loads");
        s.save(dir.path()).unwrap();
        let saved = std::fs::read_to_string(dir.path().join(FILE_NAME)).unwrap();
        assert!(saved.contains("zoom = 1.25"), "{saved}");
        for gone in ["checklist", "demo-loan-app-kyc", "ais"] {
            assert!(!saved.contains(gone), "{gone} is still in {saved}");
        }
    }
}
