//! The content validator: every rule of the content model (`assets/guidance/README.md`) that the
//! embedded articles, contacts, advice, facts and their translations must keep, reported in words.
//! Kept apart from the model itself (`mod.rs`), which only loads and searches.

use std::collections::{BTreeMap, BTreeSet};

use super::{Article, Category, Facts, Guidance, Lang, contact, embedded, scan};

/// Every way the embedded content breaks the content model (`assets/guidance/README.md`), in
/// words; empty when it is sound. Covers every shipped language and its pairing with English.
pub fn problems() -> Vec<String> {
    let mut problems = match Facts::embedded() {
        Ok(facts) => facts.problems(),
        Err(e) => vec![e.to_string()],
    };
    let mut loaded = Vec::new();
    for lang in Lang::shipped() {
        match Guidance::embedded(lang) {
            Ok(g) => loaded.push(g),
            Err(e) => problems.push(e.to_string()),
        }
    }
    // Every embedded file belongs to a shipped language: a file of another one would be loaded
    // (rule patterns run on every message) without its language's other files being checked.
    for (name, _) in embedded::ARTICLE_FILES.iter().chain(embedded::TABLE_FILES) {
        problems.extend(file_name_problem(name));
    }
    for g in &loaded {
        check_one(g, &mut problems);
    }
    // Every language is paired with English (which, if it did not load, is reported above).
    if let Some(en) = loaded.iter().find(|g| g.lang == Lang::En) {
        for other in loaded.iter().filter(|g| g.lang != Lang::En) {
            check_pair(en, other, &mut problems);
        }
    }
    problems
}

/// What is wrong with the name of an embedded content file, if anything: it must be
/// `<id>.<code>.toml` for a shipped language.
pub(super) fn file_name_problem(name: &str) -> Option<String> {
    let known = name
        .strip_suffix(".toml")
        .and_then(|s| s.rsplit_once('.'))
        .is_some_and(|(id, lang)| Lang::from_code(lang).is_some() && is_id(id));
    (!known).then(|| format!("{name}: expected <id>.<language>.toml, for a shipped language"))
}

fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Whether `date` is a real calendar date written `YYYY-MM-DD` from 2020 on (content checked
/// against its sources before then would be stale by definition).
pub(super) fn is_date(date: &str) -> bool {
    crate::dates::is_iso_date(date) && date >= "2020"
}

pub(super) fn check_one(g: &Guidance, problems: &mut Vec<String>) {
    let lang = g.lang.code();
    let mut say = |file: &str, message: String| problems.push(format!("{file}.{lang}: {message}"));
    let contact_ids: BTreeSet<_> = g.contacts.iter().map(|c| c.id.as_str()).collect();
    let article_ids: BTreeSet<_> = g.articles.iter().map(|a| a.id.as_str()).collect();
    if article_ids.len() != g.articles.len() {
        say("articles", "an article id is used twice".into());
    }
    for a in &g.articles {
        for message in article_problems(a, &contact_ids, &article_ids) {
            say(&format!("articles/{}", a.id), message);
        }
    }
    if contact_ids.len() != g.contacts.len() {
        say("contacts", "a contact id is used twice".into());
    }
    for c in &g.contacts {
        if c.phone.is_none() && c.url.is_none() && c.email.is_none() && c.id != "bank" {
            say("contacts", format!("{} has no phone, link or e-mail", c.id));
        }
        let link_problems = [
            c.url.as_deref().and_then(contact::official_url_problem),
            c.email.as_deref().and_then(contact::official_email_problem),
        ];
        for p in link_problems.into_iter().flatten() {
            say("contacts", format!("{}: {p}", c.id));
        }
        if c.name.trim().is_empty() || c.when.trim().is_empty() {
            say("contacts", format!("{} needs a name and a when", c.id));
        }
    }
    for r in &g.advice.risks {
        for a in &r.articles {
            if !article_ids.contains(a.as_str()) {
                say(
                    "meaning",
                    format!("{} names an unknown article {a}", r.class),
                );
            }
        }
    }
    match scan::Rules::embedded(g.lang) {
        Ok(rules) => {
            for (rule, article) in rules.article_refs() {
                if !article_ids.contains(article) {
                    say(
                        "rules",
                        format!("{rule} links the unknown article {article}"),
                    );
                }
            }
        }
        Err(e) => say("rules", e.to_string()),
    }
    let step_ids: BTreeSet<_> = g.advice.steps.iter().map(|s| s.id.as_str()).collect();
    if step_ids.len() != g.advice.steps.len() {
        say("checklist", "a step id is used twice".into());
    }
    for s in &g.advice.steps {
        if let Some(c) = &s.contact
            && !contact_ids.contains(c.as_str())
        {
            say(
                "checklist",
                format!("{} names an unknown contact {c}", s.id),
            );
        }
    }
}

/// How one article breaks the content model, given the contact and article ids that exist.
fn article_problems(
    a: &Article,
    contact_ids: &BTreeSet<&str>,
    article_ids: &BTreeSet<&str>,
) -> Vec<String> {
    let mut out = Vec::new();
    let texts = [
        ("title", &a.title),
        ("summary", &a.summary),
        ("example", &a.example),
        ("how_it_works", &a.how_it_works),
    ];
    for (field, text) in texts {
        if text.trim().is_empty() {
            out.push(format!("{field} is empty"));
        }
    }
    let lists = [
        ("red_flags", &a.red_flags, 3),
        ("do_now", &a.do_now, 2),
        ("if_paid", &a.if_paid, 2),
        ("report_to", &a.report_to, 1),
    ];
    for (field, list, min) in lists {
        if list.len() < min || list.iter().any(|s| s.trim().is_empty()) {
            out.push(format!("{field} needs at least {min} non-empty entries"));
        }
    }
    if !is_date(&a.reviewed) {
        out.push(format!(
            "reviewed “{}” is not a YYYY-MM-DD date",
            a.reviewed
        ));
    }
    if a.sources.is_empty() {
        out.push("has no sources".into());
    }
    for s in &a.sources {
        if !s.url.starts_with("https://") || s.title.trim().is_empty() {
            out.push(format!("source {} needs a title and an https link", s.url));
        }
    }
    for c in &a.report_to {
        if !contact_ids.contains(c.as_str()) {
            out.push(format!("report_to names an unknown contact {c}"));
        }
    }
    for r in &a.related {
        if !article_ids.contains(r.as_str()) || r == &a.id {
            out.push(format!("related names an unknown article {r}"));
        }
    }
    out
}

/// The parts of an article that must be the same in every language.
type ArticleShape<'a> = (Category, &'a [String], &'a [String], Vec<&'a str>);

pub(super) fn check_pair(en: &Guidance, other: &Guidance, problems: &mut Vec<String>) {
    fn shapes(g: &Guidance) -> BTreeMap<String, ArticleShape<'_>> {
        g.articles
            .iter()
            .map(|a| {
                let urls = a.sources.iter().map(|s| s.url.as_str()).collect();
                (
                    a.id.clone(),
                    (a.category, &a.report_to[..], &a.related[..], urls),
                )
            })
            .collect()
    }
    let lang = other.lang.code();
    let (en_shapes, other_shapes) = (shapes(en), shapes(other));
    for id in en_shapes.keys().chain(other_shapes.keys()) {
        match (en_shapes.get(id), other_shapes.get(id)) {
            (Some(a), Some(b)) if a != b => problems.push(format!(
                "articles/{id}: the en and {lang} files differ in category, report_to, related or sources"
            )),
            (Some(_), None) => problems.push(format!("articles/{id}: no {lang} version")),
            (None, Some(_)) => problems.push(format!("articles/{id}.{lang}: no en version")),
            _ => {}
        }
    }
    let ids = |g: &Guidance| -> Vec<Vec<String>> {
        vec![
            g.contacts
                .iter()
                .map(|c| {
                    format!(
                        "{} {:?} {:?} {:?} {:?}",
                        c.id, c.group, c.phone, c.url, c.email
                    )
                })
                .collect(),
            g.advice
                .risks
                .iter()
                .map(|r| format!("{} {:?}", r.class, r.articles))
                .collect(),
            g.advice
                .steps
                .iter()
                .map(|s| format!("{} {:?} {:?}", s.id, s.classes, s.contact))
                .collect(),
        ]
    };
    for ((name, a), b) in ["contacts", "meaning", "checklist"]
        .iter()
        .zip(ids(en))
        .zip(ids(other))
    {
        if a != b {
            problems.push(format!(
                "{name}: the en and {lang} tables differ: {a:?} vs {b:?}"
            ));
        }
    }
}
