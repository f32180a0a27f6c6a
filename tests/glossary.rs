//! Every text a person reads follows its language's glossary (assets/guidance/glossary.<code>.toml):
//! no spelling it lists under `avoid` appears in the app's words, the guidance, or the message
//! check's explanations. Patterns (what scammers write) and search keywords are not checked.

mod common;

use std::path::{Path, PathBuf};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// Keys whose strings nobody reads as Sajag's own words, and the two tables of the rule files
/// that hold only patterns (`define`, `common`).
const NOT_READ: &[&str] = &[
    "patterns",
    "requires",
    "unless",
    "unless_message",
    "keywords",
    "url",
    "id",
    "article",
    "detector",
    "link",
    "define",
    "common",
];

#[derive(serde::Deserialize)]
struct Glossary {
    term: Vec<Term>,
}

#[derive(serde::Deserialize)]
struct Term {
    en: String,
    #[serde(rename = "use")]
    _use: String,
    avoid: Vec<String>,
}

fn glossary(lang: &str) -> Glossary {
    let path = Path::new(ROOT).join(format!("assets/guidance/glossary.{lang}.toml"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The files of one language that people read.
fn files(lang: &str) -> Vec<PathBuf> {
    let root = Path::new(ROOT);
    let mut files = vec![root.join(format!("assets/i18n/{lang}.ftl"))];
    for dir in ["assets/guidance", "assets/guidance/articles"] {
        for entry in std::fs::read_dir(root.join(dir)).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_str().unwrap();
            if name.ends_with(&format!(".{lang}.toml")) && !name.starts_with("glossary.") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// Every string a person reads in `value`, with the key path it sits under.
fn read_strings(value: &toml::Value, path: &str, out: &mut Vec<(String, String)>) {
    common::toml_texts(value, path, NOT_READ, out);
}

fn violations(lang: &str, glossary: &Glossary) -> Vec<String> {
    let mut found = Vec::new();
    for file in files(lang) {
        let text = std::fs::read_to_string(&file).unwrap();
        let mut strings = Vec::new();
        if file.extension().is_some_and(|e| e == "ftl") {
            strings = common::ftl_messages(&text);
        } else {
            read_strings(&toml::from_str(&text).unwrap(), "", &mut strings);
        }
        for (key, text) in strings {
            for term in &glossary.term {
                for avoid in &term.avoid {
                    if text.contains(avoid.as_str()) {
                        found.push(format!(
                            "{}: {key}: {avoid:?} (glossary: {})",
                            file.file_name().unwrap().to_str().unwrap(),
                            term.en
                        ));
                    }
                }
            }
        }
    }
    found
}

/// Every shipped language but English has a glossary that settles the terms the issue names, and
/// its texts follow it.
#[test]
fn every_language_follows_its_glossary() {
    let mut found = Vec::new();
    for lang in sajag::guidance::Lang::shipped() {
        if lang != sajag::guidance::Lang::En {
            found.extend(follows_glossary(lang.code()));
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

fn follows_glossary(lang: &str) -> Vec<String> {
    let glossary = glossary(lang);
    // The terms the issue asks every glossary to settle.
    for en in [
        "OTP",
        "UPI PIN",
        "transaction",
        "registered",
        "test / check",
        "refund",
        "install",
        "verify",
        "report (a fraud)",
        "freeze (an account, a card)",
    ] {
        assert!(
            glossary.term.iter().any(|t| t.en == en),
            "glossary.{lang}.toml lacks {en}"
        );
    }
    violations(lang, &glossary)
}

/// The walk sees the texts it must see (so the test above can fail): an explanation of a rule,
/// an article's list item, a word of the app; and it skips patterns and keywords.
#[test]
fn the_walk_reads_explanations_and_skips_patterns() {
    let value: toml::Value = toml::from_str(
        r#"
        "check.heading" = "ओटीपी"
        keywords = ["रिफंड"]
        red_flags = ["फोन"]
        [define]
        otp = "ओटीपी"
        [[rule]]
        id = "x"
        patterns = ["जाँच"]
        explanation = "जाँच"
        "#,
    )
    .unwrap();
    let mut strings = Vec::new();
    read_strings(&value, "", &mut strings);
    let keys: Vec<&str> = strings.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(
        keys,
        [".check.heading", ".red_flags[0]", ".rule[0].explanation"]
    );
}
