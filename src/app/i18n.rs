//! The localisation layer: every string the app shows is looked up here by key.
//!
//! One Project Fluent file per language in `assets/i18n/` (`en.ftl`, `hi.ftl`, `ta.ftl`…), embedded
//! by `build.rs` and read through `sajag::guidance::interface_text`; Fluent because eleven
//! languages need what a key→string table cannot say: plural forms by CLDR's rules
//! (Hindi's "one" covers 0 and 1), and placeholders (`{ $n }`) a translator may move. Keys are
//! written with dots in the code (`result.found`) and with dashes in the files (`result-found`),
//! since Fluent ids have no dots. English is the fallback; a key missing everywhere shows as `⚠key`
//! (a unit test keeps that from happening). A language whose file is not shipped is not offered.
//! Placeables are not wrapped in Unicode isolation marks: every language shipped is left-to-right,
//! and the marks would reach the command line's output and the complaint file.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

pub use sajag::guidance::Lang;

/// The languages whose tables are shipped in this build.
pub fn available() -> Vec<Lang> {
    Lang::shipped()
}

/// How the language picker names a language: in its own script, with the English name beside it
/// ("தமிழ் (Tamil)") so that anyone helping a relative can find it too.
pub fn picker_name(lang: Lang) -> String {
    match lang {
        Lang::En => lang.native_name().to_owned(),
        _ => format!("{} ({})", lang.native_name(), lang.english_name()),
    }
}

/// The language of the interface at first start, from the OS locale (`hi`, `hi-IN`,
/// `hi_IN.UTF-8`, `HI`…): its language subtag, compared without case with the code of each shipped
/// table, so a language added to [`Lang::ALL`] with its table is followed here with no other change.
/// English for anything else (`ur-IN`, `C`, an empty locale).
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
    sajag::guidance::interface_text(lang)
}

/// English, the fallback of every language: always embedded (its ids are the ones every file has).
fn english() -> &'static str {
    source(Lang::En).expect("assets/i18n/en.ftl is embedded")
}

/// The bundle of one language's file. The files are embedded and checked by the tests, so a
/// syntax error is a build defect, not a run-time condition.
fn bundle(lang: Lang, text: &str) -> FluentBundle<FluentResource> {
    let id = lang
        .code()
        .parse()
        .expect("a shipped language has a valid language id");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(false);
    let resource = FluentResource::try_new(text.to_owned())
        .unwrap_or_else(|(_, errors)| panic!("assets/i18n/{}.ftl: {errors:?}", lang.code()));
    bundle
        .add_resource(resource)
        .unwrap_or_else(|errors| panic!("assets/i18n/{}.ftl: {errors:?}", lang.code()));
    bundle
}

/// The Fluent id of a key as the code writes it.
fn fluent_id(key: &str) -> String {
    key.replace('.', "-")
}

/// The strings of one language, with English as the fallback.
pub struct Tr {
    lang: Lang,
    /// The language's own bundle; `None` for English (the fallback is English) or a language
    /// whose file is not shipped.
    table: Option<FluentBundle<FluentResource>>,
    english: FluentBundle<FluentResource>,
}

impl Tr {
    pub fn new(lang: Lang) -> Self {
        Tr {
            lang,
            table: source(lang)
                .filter(|_| lang != Lang::En)
                .map(|text| bundle(lang, text)),
            english: bundle(Lang::En, english()),
        }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The text for `key`.
    pub fn t(&self, key: &str) -> String {
        self.format(key, None)
    }

    /// The text for `key` with each `{ $name }` replaced by its value.
    pub fn f(&self, key: &str, args: &[(&str, &str)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, FluentValue::from(*value));
        }
        self.format(key, Some(&fluent_args))
    }

    /// The text for `key` about `n` things: `{ $n }` is a number, so the language's plural rules
    /// choose the form (`Found in 1 breach`, `Found in 2 breaches`).
    pub fn count(&self, key: &str, n: usize) -> String {
        let mut args = FluentArgs::new();
        args.set("n", FluentValue::from(n));
        self.format(key, Some(&args))
    }

    /// [`Self::count`] with more values.
    pub fn count_with(&self, key: &str, n: usize, args: &[(&str, &str)]) -> String {
        let mut fluent_args = FluentArgs::new();
        fluent_args.set("n", FluentValue::from(n));
        for (name, value) in args {
            fluent_args.set(*name, FluentValue::from(*value));
        }
        self.format(key, Some(&fluent_args))
    }

    fn format(&self, key: &str, args: Option<&FluentArgs>) -> String {
        let id = fluent_id(key);
        for bundle in self.table.iter().chain([&self.english]) {
            if let Some(pattern) = bundle.get_message(&id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, args, &mut errors);
                debug_assert!(errors.is_empty(), "{key}: {errors:?}");
                return text.into_owned();
            }
        }
        format!("⚠{key}")
    }
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use fluent_syntax::ast;

    use super::*;

    /// Each message of a Fluent file: its id, and the variables it uses (in any variant).
    fn messages(text: &str) -> BTreeMap<String, BTreeSet<String>> {
        fn pattern(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
            for element in &p.elements {
                if let ast::PatternElement::Placeable { expression } = element {
                    expr(expression, vars);
                }
            }
        }
        fn expr(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
            match e {
                ast::Expression::Select { selector, variants } => {
                    inline(selector, vars);
                    for v in variants {
                        pattern(&v.value, vars);
                    }
                }
                ast::Expression::Inline(i) => inline(i, vars),
            }
        }
        fn inline(i: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
            match i {
                ast::InlineExpression::VariableReference { id } => {
                    vars.insert(id.name.to_owned());
                }
                ast::InlineExpression::Placeable { expression } => expr(expression, vars),
                _ => {}
            }
        }
        let resource = fluent_syntax::parser::parse(text).expect("the file parses");
        let mut out = BTreeMap::new();
        for entry in resource.body {
            if let ast::Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                if let Some(value) = &m.value {
                    pattern(value, &mut vars);
                }
                out.insert(m.id.name.to_owned(), vars);
            }
        }
        out
    }

    /// Every `t("…")`, `f("…"`, `count("…"` key used in `src/app` exists in the English file.
    #[test]
    fn every_used_key_exists() {
        let en = messages(english());
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
            for pat in ["t(\"", "f(\"", "count(\"", "key: \""] {
                for (pos, _) in text.match_indices(pat) {
                    let rest = &text[pos + pat.len()..];
                    let key = &rest[..rest.find('"').unwrap()];
                    if key.contains('.') && !key.contains(' ') {
                        used += 1;
                        assert!(
                            en.contains_key(&fluent_id(key)),
                            "{}: key {key} is not in en.ftl",
                            file.display()
                        );
                    }
                }
            }
        }
        assert!(used > 50, "found only {used} key uses; is the scan broken?");
    }

    /// Keys the screens build at run time (`guide.cat.{code}`, `help.group.{code}`) exist, since
    /// the scan above only sees literal keys.
    #[test]
    fn built_keys_exist() {
        let tr = Tr::new(Lang::En);
        let mut keys: Vec<String> = sajag::guidance::Category::ALL
            .iter()
            .map(|c| format!("guide.cat.{}", c.code()))
            .collect();
        keys.extend(
            sajag::guidance::Group::ALL
                .iter()
                .map(|g| format!("help.group.{}", g.code())),
        );
        for key in keys {
            assert!(!tr.t(&key).starts_with('⚠'), "{key} is not in en.ftl");
        }
    }

    /// Every shipped language has exactly the English ids, each with the same variables, and its
    /// file parses without an error.
    #[test]
    fn every_language_has_exactly_the_english_keys() {
        let en = messages(english());
        assert!(en.len() > 200, "only {} messages in en.ftl", en.len());
        let mut problems = Vec::new();
        for lang in available() {
            let code = lang.code();
            let text = source(lang).unwrap();
            let other = messages(text);
            for id in en.keys().filter(|id| !other.contains_key(*id)) {
                problems.push(format!("{code}.ftl: {id} is missing"));
            }
            for id in other.keys().filter(|id| !en.contains_key(*id)) {
                problems.push(format!("{code}.ftl: {id} is not in en.ftl"));
            }
            for (id, vars) in &en {
                if other.get(id).is_some_and(|v| v != vars) {
                    problems.push(format!(
                        "{code}.ftl: {id} has variables {:?}, English {vars:?}",
                        other[id]
                    ));
                }
            }
            // A resource or duplicate-id error panics in `bundle`; caught to report every language.
            if std::panic::catch_unwind(|| drop(bundle(lang, text))).is_err() {
                problems.push(format!("{code}.ftl does not load"));
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    /// Every language Sajag knows has its interface file, so none is silently left out of a build.
    #[test]
    fn every_known_language_is_shipped() {
        assert_eq!(available(), Lang::ALL);
    }

    /// The message `key` about `n` things, its other variables given as `<name>`.
    fn counted(tr: &Tr, key: &str, n: usize) -> String {
        let vars = &messages(english())[&fluent_id(key)];
        let names: Vec<String> = vars.iter().filter(|v| *v != "n").cloned().collect();
        let values: Vec<String> = names.iter().map(|v| format!("<{v}>")).collect();
        let args: Vec<(&str, &str)> = names
            .iter()
            .map(String::as_str)
            .zip(values.iter().map(String::as_str))
            .collect();
        tr.count_with(key, n, &args)
    }

    /// The ids of the English messages that count something: those with a `$n` variable.
    fn counted_keys() -> Vec<String> {
        messages(english())
            .into_iter()
            .filter(|(_, vars)| vars.contains("n"))
            .map(|(id, _)| id)
            .collect()
    }

    /// The messages about a number of things take the form of each number, by the language's CLDR
    /// plural rules (in Hindi "one" is 0 and 1). `tests/data/plurals/<code>.toml` holds, for every
    /// shipped language, what each counted message (by its Fluent id) must say for n = 0, 1, 2 and
    /// 5, written and checked by whoever knows the language: a wrong plural form or a dropped
    /// number fails here.
    #[test]
    fn plurals_are_right_for_0_1_2_and_5() {
        let keys = counted_keys();
        assert!(keys.len() >= 8, "only {} counted messages", keys.len());
        let mut problems = Vec::new();
        for lang in available() {
            let code = lang.code();
            let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join(format!("tests/data/plurals/{code}.toml"));
            let want: BTreeMap<String, [String; 4]> = match std::fs::read_to_string(&path)
                .map_err(|e| e.to_string())
                .and_then(|text| toml::from_str(&text).map_err(|e| e.to_string()))
            {
                Ok(want) => want,
                Err(e) => {
                    problems.push(format!("{}: {e}", path.display()));
                    continue;
                }
            };
            let tr = Tr::new(lang);
            let listed: Vec<&String> = want.keys().collect();
            if listed != keys.iter().collect::<Vec<_>>() {
                problems.push(format!(
                    "{}: one entry per counted message: {keys:?}",
                    path.display()
                ));
            }
            for (key, want) in &want {
                for (n, want) in [0, 1, 2, 5].into_iter().zip(want) {
                    let text = counted(&tr, key, n);
                    if &text != want {
                        problems.push(format!("{code} {key} n={n}: {text:?}, expected {want:?}"));
                    }
                    if n > 0 && !text.contains(&n.to_string()) {
                        problems.push(format!("{code} {key} n={n}: no number in {text:?}"));
                    }
                }
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
        let en = Tr::new(Lang::En);
        assert_ne!(
            en.count("result.not_found_text", 1).replace('1', "2"),
            en.count("result.not_found_text", 2)
        );
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
            ("fr-FR", Lang::En),
            ("ur-IN", Lang::En),
            ("", Lang::En),
            ("C", Lang::En),
            ("POSIX", Lang::En),
            ("hin", Lang::En),
        ] {
            assert_eq!(lang_for_locale(locale), lang, "{locale:?}");
        }
        // Every shipped language, in the forms Windows, macOS and Linux write it.
        for lang in available() {
            let code = lang.code();
            for locale in [
                code.to_owned(),
                format!("{code}-IN"),
                format!("{code}_IN.UTF-8"),
                code.to_uppercase(),
            ] {
                assert_eq!(lang_for_locale(&locale), lang, "{locale:?}");
            }
        }
    }

    #[test]
    fn formats_arguments() {
        let tr = Tr::new(Lang::En);
        assert_eq!(tr.count("result.found", 2), "Found in 2 breaches");
        let note = tr.f("result.found_note", &[("thing", "NUMBER")]);
        assert!(note.contains("NUMBER") && !note.contains('{'), "{note}");
        assert_eq!(Tr::new(Lang::Hi).t("nav.guide"), "ठगी गाइड");
        assert!(tr.t("no-such-key").starts_with('⚠'));
        // No Unicode isolation marks around placeables.
        assert!(!tr.count("result.found", 3).contains('\u{2068}'));
    }
}
