//! Every fact in the guidance content is in the facts registry (`assets/guidance/facts.toml`).
//!
//! The test reads every `.toml` file under `assets/guidance/` (articles, contacts, checklist,
//! meaning and rules, in every language; a new file is covered without being named here), takes
//! every text a reader sees, finds its phone numbers, e-mail addresses, UPI ids, domains and
//! figures with `sajag::guidance::facts::tokens` (language-neutral: Devanagari digits are digits),
//! and fails on each one the registry does not list — a figure only counts as listed when one of
//! its registered `near` words is next to it.
//!
//! Not read as facts: ids, dates, article references, source citations (`sources`: titles and
//! links of where facts come from), and the rules' patterns and detector vocabulary (regular
//! expressions and word lists, not statements; the official domains and UPI ids the rules trust
//! come from the registry itself). An article's `example` is synthetic by rule: its names, links
//! and amounts are made up and are not looked up, but a mobile number in it must be in the block
//! the content uses for made-up numbers, `+91 70000 0XXXX`, so a real person's number cannot slip
//! in.

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use sajag::guidance::Facts;
use sajag::guidance::facts::{Kind, Status, Token, tokens};

/// Keys whose values are not text for the reader, or not statements of fact.
const NOT_TEXT: &[&str] = &[
    "id",
    "reviewed",
    "category",
    "group",
    "report_to",
    "related",
    "contact",
    "articles",
    "classes",
    "class",
    "data_classes",
    "sources",
    "weight",
    "detector",
    "link",
    "unless_message",
    "medium_when",
    "article",
    "patterns",
    "unless",
    "requires",
    "negation",
    "reported",
    "channels",
    "secrecy",
    "denials",
    "orders",
    "pretexts",
    "follow_ups",
    "quote_intros",
    "refusals",
    "quote_outros",
    "questions",
    "define",
    "shorteners",
    "brands",
    "tlds",
    "upi_brands",
];

fn content_files() -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("readable folder") {
            let path = entry.expect("readable entry").path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "toml")
                && path.file_name().and_then(|n| n.to_str()).is_some_and(|n| {
                    // The registry and its per-language near words are what content is checked
                    // against, not content.
                    n != "facts.toml" && !n.starts_with("near.")
                })
            {
                out.push(path);
            }
        }
    }
    let mut out = Vec::new();
    walk(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/guidance"),
        &mut out,
    );
    out.sort();
    out
}

/// Every (key path, text) of a file that reads as a statement of fact.
fn texts(value: &toml::Value, path: &str, out: &mut Vec<(String, String)>) {
    common::toml_texts(value, path, NOT_TEXT, out);
}

/// A made-up mobile number of the content: `+91 70000 0XXXX`.
fn is_synthetic_mobile(value: &str) -> bool {
    let digits = value.strip_prefix("+91").unwrap_or(value);
    digits.len() == 10 && digits.starts_with("700000") && digits.bytes().all(|b| b.is_ascii_digit())
}

/// Facts in all content: (file, key path, token).
fn all_tokens() -> Vec<(String, String, Token)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/guidance");
    let mut out = Vec::new();
    for file in content_files() {
        let name = file
            .strip_prefix(&root)
            .unwrap_or(&file)
            .display()
            .to_string();
        let text = std::fs::read_to_string(&file).expect("readable file");
        let value: toml::Value = toml::from_str(&text).expect("content files parse");
        let mut found = Vec::new();
        texts(&value, "", &mut found);
        for (path, text) in found {
            for t in tokens(&text) {
                out.push((name.clone(), path.clone(), t));
            }
        }
    }
    out
}

#[test]
fn every_fact_in_the_content_is_in_the_registry() {
    let facts = Facts::embedded().expect("facts.toml parses");
    assert_eq!(facts.problems(), Vec::<String>::new());
    let mut missing = Vec::new();
    let mut checked = 0;
    for (file, path, t) in all_tokens() {
        checked += 1;
        if path.ends_with(".example") {
            let digits = t.value.bytes().filter(u8::is_ascii_digit).count();
            let phone = t.kind == Kind::Figure && !t.value.starts_with('₹') && digits >= 8;
            if phone && !is_synthetic_mobile(&t.value) && !facts.lists(&t) {
                missing.push(format!(
                    "{file} {path}: the example's number {} is not a made-up +91 70000 0XXXX one",
                    t.value
                ));
            }
            continue;
        }
        if !facts.lists(&t) {
            missing.push(format!(
                "{file} {path}: {:?} {} is not in facts.toml (…{}…)",
                t.kind,
                t.value,
                t.context.replace('\n', " ")
            ));
        }
    }
    assert!(
        checked > 300,
        "only {checked} facts found: is the walk broken?"
    );
    assert!(
        missing.is_empty(),
        "{} facts are not in the registry:\n{}",
        missing.len(),
        missing.join("\n")
    );
}

#[test]
fn every_registry_entry_is_used() {
    let facts = Facts::embedded().expect("facts.toml parses");
    let used: BTreeSet<(Kind, String)> = all_tokens()
        .into_iter()
        .filter(|(_, path, _)| !path.ends_with(".example"))
        .map(|(_, _, t)| (t.kind, t.value))
        .collect();
    let mut unused = Vec::new();
    for f in &facts.fact {
        // Official domains and UPI ids are used by the checks themselves (contacts, rules), and so
        // are the banks' SMS link domains (the message check).
        if matches!(
            (f.status, f.kind),
            (Status::Official, Kind::Domain | Kind::Upi) | (Status::SenderLink, Kind::Domain)
        ) {
            continue;
        }
        let kind = if f.kind == Kind::Phone {
            Kind::Figure
        } else {
            f.kind
        };
        for v in f.all_values() {
            if !used.contains(&(kind, v.to_owned())) {
                unused.push(format!("{:?} {v}", f.kind));
            }
        }
    }
    assert!(
        unused.is_empty(),
        "facts.toml lists facts no content uses (remove them or use them):\n{}",
        unused.join("\n")
    );
}

#[test]
fn a_made_up_number_is_recognised() {
    assert!(is_synthetic_mobile("+917000007730"));
    assert!(is_synthetic_mobile("7000002962"));
    assert!(!is_synthetic_mobile("+919876543210"));
    assert!(!is_synthetic_mobile("+917000107730"));
}

/// Safety-critical text does not drift in translation: every phone number, short code, e-mail
/// address, UPI id, domain or link, amount and figure ("within 3 days") of an English text appears
/// in the same field of each translation, and the translation adds none. Covers the guidance files
/// and the app's words (`assets/i18n`). Search keywords are left out: each language has its own.
#[test]
fn every_fact_reads_the_same_in_every_language() {
    use std::collections::BTreeMap;
    type Facts = BTreeMap<String, BTreeSet<(Kind, String)>>;
    fn facts_by_field(file: &Path) -> Facts {
        let text = std::fs::read_to_string(file).unwrap();
        let mut found = Vec::new();
        if file.extension().is_some_and(|e| e == "ftl") {
            found = common::ftl_messages(&text);
        } else {
            texts(&toml::from_str(&text).unwrap(), "", &mut found);
        }
        let mut out = Facts::new();
        for (path, text) in found {
            if path.contains(".keywords[") {
                continue;
            }
            let facts: BTreeSet<_> = tokens(&text)
                .into_iter()
                .map(|t| (t.kind, t.value))
                .collect();
            if !facts.is_empty() {
                out.insert(path, facts);
            }
        }
        out
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = content_files();
    files.extend(
        std::fs::read_dir(root.join("assets/i18n"))
            .unwrap()
            .map(|e| e.unwrap().path()),
    );
    let mut drift = Vec::new();
    let mut pairs = 0;
    for file in &files {
        let name = file.file_name().unwrap().to_str().unwrap();
        // `x.<lang>.toml` pairs with `x.en.toml`; the app's files `<lang>.ftl` with `en.ftl`.
        let english = match name
            .rsplit_once('.')
            .and_then(|(stem, _)| stem.rsplit_once('.'))
        {
            Some((base, lang)) if lang != "en" && lang.len() == 2 => {
                file.with_file_name(format!("{base}.en.toml"))
            }
            None if name != "en.ftl" && file.extension().is_some_and(|e| e == "ftl") => {
                file.with_file_name("en.ftl")
            }
            _ => continue,
        };
        if !english.exists() {
            continue; // a file of one language only (the glossary) has nothing to match
        }
        pairs += 1;
        let (en, other) = (facts_by_field(&english), facts_by_field(file));
        for path in en.keys().chain(other.keys()).collect::<BTreeSet<_>>() {
            let (a, b) = (en.get(path), other.get(path));
            if a != b {
                drift.push(format!(
                    "{} {path}: English has {:?}, this one {:?}",
                    file.strip_prefix(root).unwrap().display(),
                    a.map(|v| v.iter().map(|(_, s)| s.as_str()).collect::<Vec<_>>()),
                    b.map(|v| v.iter().map(|(_, s)| s.as_str()).collect::<Vec<_>>()),
                ));
            }
        }
    }
    assert!(
        pairs >= 20,
        "only {pairs} translated files found: is the walk broken?"
    );
    assert!(
        drift.is_empty(),
        "{} fields differ:\n{}",
        drift.len(),
        drift.join("\n")
    );
}
