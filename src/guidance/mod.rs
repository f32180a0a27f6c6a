//! What Sajag teaches (ARCHITECTURE.md, Guidance): the scam guide's articles, "what this means for you"
//! per exposed data class, the per-breach checklist, the report-and-help contacts, and the
//! message-check rules. All of it is data in `assets/guidance/` (one file per language, see its
//! README), embedded in the binary, loaded here and checked by [`problems`].

pub mod advice;
pub mod article;
pub mod contact;
pub mod facts;
pub mod scan;

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

pub use advice::{Advice, ClassRisk, Step};
pub use article::{Article, Category, Source};
pub use contact::{Contact, Group};
pub use facts::Facts;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/guidance_articles.rs"));
}

/// A language of the content and the user interface.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Hi,
}

impl Lang {
    /// Every language Sajag ships.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Hi];

    /// The code used in file names and on the command line: `en`, `hi`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Hi => "hi",
        }
    }

    /// The language for a code (`en`, `hi`), if Sajag ships it.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }
}

/// Content that cannot be used: a file that does not parse or breaks a rule of the content model.
#[derive(Debug, thiserror::Error)]
pub enum GuidanceError {
    #[error("{file}: {message}")]
    Invalid { file: String, message: String },
}

/// The embedded text of `assets/guidance/<stem>.<lang>.toml` for the tables that are not articles.
fn table_text(stem: &str, lang: Lang) -> &'static str {
    match (stem, lang) {
        ("contacts", Lang::En) => include_str!("../../assets/guidance/contacts.en.toml"),
        ("contacts", Lang::Hi) => include_str!("../../assets/guidance/contacts.hi.toml"),
        ("meaning", Lang::En) => include_str!("../../assets/guidance/meaning.en.toml"),
        ("meaning", Lang::Hi) => include_str!("../../assets/guidance/meaning.hi.toml"),
        ("checklist", Lang::En) => include_str!("../../assets/guidance/checklist.en.toml"),
        ("checklist", Lang::Hi) => include_str!("../../assets/guidance/checklist.hi.toml"),
        _ => unreachable!("no embedded table {stem}"),
    }
}

fn parse<T: for<'de> Deserialize<'de>>(file: &str, text: &str) -> Result<T, GuidanceError> {
    toml::from_str(text).map_err(|e| GuidanceError::Invalid {
        file: file.to_owned(),
        message: e.to_string(),
    })
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Contacts {
    contact: Vec<Contact>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Meaning {
    class: Vec<ClassRisk>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Checklist {
    step: Vec<Step>,
}

/// All guidance content of one language.
#[derive(Clone, Debug)]
pub struct Guidance {
    pub lang: Lang,
    /// In guide order: by category, then title.
    pub articles: Vec<Article>,
    /// In the order the Report & help screen shows them.
    pub contacts: Vec<Contact>,
    pub advice: Advice,
}

impl Guidance {
    /// Parses the embedded content of `lang`. It is checked by the tests ([`problems`]); this only
    /// fails on a file that does not parse.
    pub fn embedded(lang: Lang) -> Result<Guidance, GuidanceError> {
        let suffix = format!(".{}.toml", lang.code());
        let mut articles = Vec::new();
        for (name, text) in embedded::ARTICLE_FILES {
            if name.ends_with(&suffix) {
                articles.push(parse::<Article>(name, text)?);
            }
        }
        articles.sort_by(|a, b| (a.category, &a.title).cmp(&(b.category, &b.title)));
        let file = |stem: &str| format!("{stem}.{}.toml", lang.code());
        let contacts: Contacts = parse(&file("contacts"), table_text("contacts", lang))?;
        let meaning: Meaning = parse(&file("meaning"), table_text("meaning", lang))?;
        let checklist: Checklist = parse(&file("checklist"), table_text("checklist", lang))?;
        Ok(Guidance {
            lang,
            articles,
            contacts: contacts.contact,
            advice: Advice {
                risks: meaning.class,
                steps: checklist.step,
            },
        })
    }

    pub fn article(&self, id: &str) -> Option<&Article> {
        self.articles.iter().find(|a| a.id == id)
    }

    /// The contacts of one section of the Report & help screen.
    pub fn contacts_in(&self, group: Group) -> impl Iterator<Item = &Contact> {
        self.contacts.iter().filter(move |c| c.group == group)
    }

    pub fn contact(&self, id: &str) -> Option<&Contact> {
        self.contacts.iter().find(|c| c.id == id)
    }

    /// The articles of one section of the guide.
    pub fn in_category(&self, category: Category) -> impl Iterator<Item = &Article> {
        self.articles.iter().filter(move |a| a.category == category)
    }

    /// The articles that contain every word of `query`, best first.
    pub fn search(&self, query: &str) -> Vec<&Article> {
        let mut hits: Vec<_> = self
            .articles
            .iter()
            .filter_map(|a| a.matches(query).map(|score| (score, a)))
            .collect();
        hits.sort_by(|(s1, a1), (s2, a2)| s2.cmp(s1).then_with(|| a1.title.cmp(&a2.title)));
        hits.into_iter().map(|(_, a)| a).collect()
    }
}

/// Every way the embedded content breaks the content model (`assets/guidance/README.md`), in
/// words; empty when it is sound. Covers both languages and the pairing between them.
pub fn problems() -> Vec<String> {
    let mut problems = match Facts::embedded() {
        Ok(facts) => facts.problems(),
        Err(e) => vec![e.to_string()],
    };
    let mut loaded = Vec::new();
    for lang in Lang::ALL {
        match Guidance::embedded(lang) {
            Ok(g) => loaded.push(g),
            Err(e) => problems.push(e.to_string()),
        }
    }
    for (name, _) in embedded::ARTICLE_FILES {
        let known = name
            .strip_suffix(".toml")
            .and_then(|s| s.rsplit_once('.'))
            .is_some_and(|(id, lang)| Lang::from_code(lang).is_some() && is_id(id));
        if !known {
            problems.push(format!("{name}: expected <id>.<en|hi>.toml"));
        }
    }
    for g in &loaded {
        check_one(g, &mut problems);
    }
    if let [en, hi] = loaded.as_slice() {
        check_pair(en, hi, &mut problems);
    }
    problems
}

fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Whether `date` is a real calendar date written `YYYY-MM-DD` from 2020 on (content checked
/// against its sources before then would be stale by definition).
fn is_date(date: &str) -> bool {
    crate::dates::is_iso_date(date) && date >= "2020"
}

fn check_one(g: &Guidance, problems: &mut Vec<String>) {
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

fn check_pair(en: &Guidance, hi: &Guidance, problems: &mut Vec<String>) {
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
    let (en_shapes, hi_shapes) = (shapes(en), shapes(hi));
    for id in en_shapes.keys().chain(hi_shapes.keys()) {
        match (en_shapes.get(id), hi_shapes.get(id)) {
            (Some(a), Some(b)) if a != b => problems.push(format!(
                "articles/{id}: the en and hi files differ in category, report_to, related or sources"
            )),
            (Some(_), None) => problems.push(format!("articles/{id}: no hi version")),
            (None, Some(_)) => problems.push(format!("articles/{id}: no en version")),
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
        .zip(ids(hi))
    {
        if a != b {
            problems.push(format!(
                "{name}: the en and hi tables differ: {a:?} vs {b:?}"
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_content_follows_the_content_model() {
        let problems = problems();
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    /// The checks catch each kind of broken content (so the test above can fail).
    #[test]
    fn broken_content_is_reported() {
        let en = Guidance::embedded(Lang::En).unwrap();
        let mut broken = en.clone();
        let a = &mut broken.articles[0];
        a.report_to.push("no-such-contact".into());
        a.related.push("no-such-article".into());
        a.reviewed = "2026-02-30".into();
        a.sources[0].url = "http://example.com/".into();
        a.red_flags.truncate(1);
        a.summary = " ".into();
        broken.articles[1].sources.clear();
        broken.contacts[0].url = Some("https://cybercrime.gov.in.example.com/".into());
        broken.contacts[1].email = Some("help@gmail.com".into());
        broken.advice.risks[0].articles.push("gone".into());
        broken.advice.steps[0].contact = Some("gone".into());
        let mut problems = Vec::new();
        check_one(&broken, &mut problems);
        let text = problems.join("\n");
        for expected in [
            "unknown contact no-such-contact",
            "unknown article no-such-article",
            "is not a YYYY-MM-DD date",
            "needs a title and an https link",
            "red_flags needs at least 3",
            "summary is empty",
            "has no sources",
            "is not on the list of official domains",
            "is not an address at an official domain",
            "names an unknown article gone",
            "names an unknown contact gone",
        ] {
            assert!(text.contains(expected), "no “{expected}” in:\n{text}");
        }

        let mut hi = Guidance::embedded(Lang::Hi).unwrap();
        hi.articles.remove(0);
        hi.articles[0].category = Category::Money;
        hi.contacts.pop();
        let mut problems = Vec::new();
        check_pair(&en, &hi, &mut problems);
        let text = problems.join("\n");
        assert!(text.contains("no hi version"), "{text}");
        assert!(text.contains("differ in category"), "{text}");
        assert!(
            text.contains("contacts: the en and hi tables differ"),
            "{text}"
        );
    }

    #[test]
    fn search_and_advice_follow_the_content() {
        let en = Guidance::embedded(Lang::En).unwrap();
        let hits = en.search("pmcares@sbi");
        assert_eq!(
            hits.first().map(|a| a.id.as_str()),
            Some("fake-relief-funds")
        );
        assert!(en.search("qqqzzz").is_empty());
        assert_eq!(en.in_category(Category::Treatments).count(), 3);
        let pan = ["pan".to_owned(), "name".to_owned()];
        let risks: Vec<_> = en
            .advice
            .risks_for(&pan)
            .iter()
            .map(|r| r.class.as_str())
            .collect();
        assert_eq!(risks, ["name", "pan"]);
        let steps: Vec<_> = en
            .advice
            .steps_for(&pan)
            .iter()
            .map(|s| s.id.as_str())
            .collect();
        assert!(steps.contains(&"ais") && steps.contains(&"otp") && !steps.contains(&"tafcop"));
        let mobile = ["mobile".to_owned()];
        let steps: Vec<_> = en
            .advice
            .steps_for(&mobile)
            .iter()
            .map(|s| s.id.as_str())
            .collect();
        assert!(steps.contains(&"tafcop") && !steps.contains(&"ais"));
        let hi = Guidance::embedded(Lang::Hi).unwrap();
        assert!(!hi.search("ऑक्सीजन").is_empty());
    }

    #[test]
    fn dates_are_checked() {
        assert!(is_date("2026-11-27"));
        assert!(is_date("2024-02-29"));
        for bad in [
            "2023-02-29",
            "2026-13-01",
            "2026-1-01",
            "27-11-2026",
            "2019-01-01",
            "",
        ] {
            assert!(!is_date(bad), "{bad}");
        }
    }
}
