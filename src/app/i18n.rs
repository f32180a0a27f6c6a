//! The localisation layer: every string the app shows is looked up here by key.
//!
//! Tables are flat TOML (`"key" = "text"`) embedded from `assets/i18n/`: English and Hindi, with
//! the same keys (a unit test enforces it). A language whose table is not shipped is not offered.
//! A key missing from English shows as `⚠key` (a unit test keeps that from happening).

use std::collections::BTreeMap;

const EN: &str = include_str!("../../assets/i18n/en.toml");
const HI: Option<&str> = Some(include_str!("../../assets/i18n/hi.toml"));

pub use sajag::guidance::Lang;

/// The languages whose tables are shipped in this build.
pub fn available() -> Vec<Lang> {
    Lang::ALL
        .into_iter()
        .filter(|l| source(*l).is_some())
        .collect()
}

/// The key of the language's own name (`lang.en`, `lang.hi`).
pub fn name_key(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "lang.en",
        Lang::Hi => "lang.hi",
    }
}

/// The language of the interface at first start, from the OS locale (`hi`, `hi-IN`,
/// `hi_IN.UTF-8`, `HI`…): its language subtag, compared without case with the code of each shipped
/// table, so a language added to [`Lang::ALL`] with its table is followed here with no other change.
/// English for anything else (`ta-IN` while Tamil is not shipped, `C`, an empty locale).
pub fn lang_for_locale(locale: &str) -> Lang {
    let language = locale
        .split(['-', '_', '.', '@'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    available()
        .into_iter()
        .find(|l| l.code() == language)
        .unwrap_or(Lang::En)
}

fn source(lang: Lang) -> Option<&'static str> {
    match lang {
        Lang::En => Some(EN),
        Lang::Hi => HI,
    }
}

fn parse(text: &str) -> BTreeMap<String, String> {
    toml::from_str(text).expect("embedded translation table is valid TOML of strings")
}

/// The strings of one language, with English as the fallback.
pub struct Tr {
    lang: Lang,
    table: BTreeMap<String, String>,
    english: BTreeMap<String, String>,
}

impl Tr {
    pub fn new(lang: Lang) -> Self {
        let english = parse(EN);
        let table = source(lang).map(parse).unwrap_or_default();
        Tr {
            lang,
            table,
            english,
        }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The text for `key`.
    pub fn t(&self, key: &str) -> String {
        self.table
            .get(key)
            .or_else(|| self.english.get(key))
            .cloned()
            .unwrap_or_else(|| format!("⚠{key}"))
    }

    /// The text for `key` with each `{name}` replaced by its value.
    pub fn f(&self, key: &str, args: &[(&str, &str)]) -> String {
        let mut s = self.t(key);
        for (name, value) in args {
            s = s.replace(&format!("{{{name}}}"), value);
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every `t("…")` / `f("…"` key used in `src/app` exists in the English table.
    #[test]
    fn every_used_key_exists() {
        let en = parse(EN);
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/app");
        let mut files = vec![];
        let mut stack = vec![dir];
        while let Some(d) = stack.pop() {
            for e in std::fs::read_dir(d).unwrap() {
                let p = e.unwrap().path();
                if p.is_dir() {
                    stack.push(p);
                } else if p.extension().is_some_and(|x| x == "rs") {
                    files.push(p);
                }
            }
        }
        let mut used = 0;
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap();
            for pat in ["t(\"", "f(\"", "key: \""] {
                for (pos, _) in text.match_indices(pat) {
                    let rest = &text[pos + pat.len()..];
                    let key = &rest[..rest.find('"').unwrap()];
                    if key.contains('.') && !key.contains(' ') {
                        used += 1;
                        assert!(
                            en.contains_key(key),
                            "{}: key {key} is not in en.toml",
                            file.display()
                        );
                    }
                }
            }
        }
        assert!(used > 50, "found only {used} key uses; is the scan broken?");
    }

    /// Keys the screens build at run time (`guide.cat.{code}`, `help.group.{code}`, the complaint
    /// fields' hints) exist, since the scan above only sees literal keys.
    #[test]
    fn built_keys_exist() {
        let en = parse(EN);
        let mut keys: Vec<String> = sajag::guidance::Category::ALL
            .iter()
            .map(|c| format!("guide.cat.{}", c.code()))
            .collect();
        keys.extend(
            sajag::guidance::Group::ALL
                .iter()
                .map(|g| format!("help.group.{}", g.code())),
        );
        let mut form = super::super::complaint::Complaint::default();
        for (key, _, _) in form.fields_mut() {
            keys.extend([key.to_owned(), format!("{key}_hint")]);
        }
        for key in keys {
            assert!(en.contains_key(&key), "{key} is not in en.toml");
        }
    }

    /// Hindi is shipped and has exactly the English keys, each with the same `{placeholders}`.
    #[test]
    fn hindi_has_exactly_the_english_keys() {
        let en = parse(EN);
        let hi = parse(HI.expect("the Hindi table is shipped"));
        let en_keys: Vec<_> = en.keys().collect();
        let hi_keys: Vec<_> = hi.keys().collect();
        assert_eq!(
            en_keys, hi_keys,
            "en.toml and hi.toml must have the same keys"
        );
        let placeholders = |s: &str| -> std::collections::BTreeSet<String> {
            s.split('{')
                .skip(1)
                .filter_map(|p| p.split_once('}').map(|(name, _)| name.to_owned()))
                .collect()
        };
        for (key, text) in &en {
            assert_eq!(
                placeholders(text),
                placeholders(&hi[key]),
                "placeholders of {key}"
            );
        }
        assert_eq!(available(), vec![Lang::En, Lang::Hi]);
    }

    #[test]
    fn the_os_locale_picks_a_shipped_language_else_english() {
        for (locale, lang) in [
            ("hi", Lang::Hi),
            ("hi-IN", Lang::Hi),
            ("hi_IN.UTF-8", Lang::Hi),
            ("HI", Lang::Hi),
            ("hi_IN@devanagari", Lang::Hi),
            ("en-US", Lang::En),
            ("en_IN.UTF-8", Lang::En),
            ("ta-IN", Lang::En),
            ("", Lang::En),
            ("C", Lang::En),
            ("POSIX", Lang::En),
            ("hin", Lang::En),
        ] {
            assert_eq!(lang_for_locale(locale), lang, "{locale:?}");
        }
    }

    #[test]
    fn formats_arguments() {
        let tr = Tr::new(Lang::En);
        assert_eq!(tr.f("result.found", &[("n", "2")]), "Found in 2 breaches");
        assert_eq!(Tr::new(Lang::Hi).t("nav.guide"), "ठगी गाइड");
        assert!(tr.t("no-such-key").starts_with('⚠'));
    }
}
