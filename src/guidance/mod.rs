//! What Sajag teaches (ARCHITECTURE.md, Guidance): the scam guide's articles, "what this means for you"
//! per exposed data class, the per-breach checklist, the report-and-help contacts, and the
//! message-check rules. All of it is data in `assets/guidance/` (one file per language, see its
//! README), embedded in the binary, loaded here and checked by [`problems`].

pub mod advice;
pub mod article;
pub mod contact;
mod fact_tokens;
pub mod facts;
pub mod scan;
mod validate;

use serde::{Deserialize, Serialize};

pub use advice::{Advice, ClassRisk, Step};
pub use article::{Article, Category, Source};
pub use contact::{Contact, Group};
pub use facts::Facts;
pub use validate::problems;

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
    Bn,
    Mr,
    Te,
    Ta,
    Gu,
    Kn,
    Ml,
    Pa,
    Or,
}

impl Lang {
    /// Every language Sajag knows, in the order the language picker lists them. A build ships
    /// those whose interface file (`assets/i18n/<code>.ftl`) exists: [`Lang::shipped`].
    pub const ALL: [Lang; 11] = [
        Lang::En,
        Lang::Hi,
        Lang::Bn,
        Lang::Mr,
        Lang::Te,
        Lang::Ta,
        Lang::Gu,
        Lang::Kn,
        Lang::Ml,
        Lang::Pa,
        Lang::Or,
    ];

    /// The code used in file names, in locales and on the command line: `en`, `hi`, `ta`… (ISO
    /// 639-1).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Hi => "hi",
            Lang::Bn => "bn",
            Lang::Mr => "mr",
            Lang::Te => "te",
            Lang::Ta => "ta",
            Lang::Gu => "gu",
            Lang::Kn => "kn",
            Lang::Ml => "ml",
            Lang::Pa => "pa",
            Lang::Or => "or",
        }
    }

    /// The language's name in its own script, as the language picker shows it whatever the
    /// interface's language is (a person looks for their own language's name).
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Hi => "हिन्दी",
            Lang::Bn => "বাংলা",
            Lang::Mr => "मराठी",
            Lang::Te => "తెలుగు",
            Lang::Ta => "தமிழ்",
            Lang::Gu => "ગુજરાતી",
            Lang::Kn => "ಕನ್ನಡ",
            Lang::Ml => "മലയാളം",
            Lang::Pa => "ਪੰਜਾਬੀ",
            Lang::Or => "ଓଡ଼ିଆ",
        }
    }

    /// The language's English name, shown beside the native one.
    pub fn english_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Hi => "Hindi",
            Lang::Bn => "Bengali",
            Lang::Mr => "Marathi",
            Lang::Te => "Telugu",
            Lang::Ta => "Tamil",
            Lang::Gu => "Gujarati",
            Lang::Kn => "Kannada",
            Lang::Ml => "Malayalam",
            Lang::Pa => "Punjabi",
            Lang::Or => "Odia",
        }
    }

    /// The language for a code (`en`, `hi`…), if this build ships it.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::shipped().into_iter().find(|l| l.code() == code)
    }

    /// The languages this build ships (whose interface file is embedded), in [`Lang::ALL`]'s order.
    pub fn shipped() -> Vec<Lang> {
        Lang::ALL
            .into_iter()
            .filter(|l| interface_text(*l).is_some())
            .collect()
    }
}

/// The embedded interface strings of `lang` (`assets/i18n/<code>.ftl`, Project Fluent), if shipped.
/// Kept here with the other embedded files; `app::i18n` reads it.
pub fn interface_text(lang: Lang) -> Option<&'static str> {
    embedded_file(embedded::FTL_FILES, &format!("{}.ftl", lang.code()))
}

fn embedded_file(files: &[(&str, &'static str)], name: &str) -> Option<&'static str> {
    files
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, text)| *text)
}

/// Content that cannot be used: a file that does not parse or breaks a rule of the content model.
#[derive(Debug, thiserror::Error)]
pub enum GuidanceError {
    #[error("{file}: {message}")]
    Invalid { file: String, message: String },
}

/// The embedded text of `assets/guidance/<stem>.<lang>.toml` for the tables that are not articles.
fn table_text(stem: &str, lang: Lang) -> Result<&'static str, GuidanceError> {
    let name = format!("{stem}.{}.toml", lang.code());
    embedded_file(embedded::TABLE_FILES, &name).ok_or_else(|| GuidanceError::Invalid {
        message: "the file is missing (every shipped language needs one)".to_owned(),
        file: name,
    })
}

/// Every embedded rule file of a shipped language: (file name, language, text).
pub(crate) fn rule_files() -> Vec<(&'static str, Lang, &'static str)> {
    embedded::TABLE_FILES
        .iter()
        .filter_map(|(name, text)| {
            let code = name.strip_prefix("rules.")?.strip_suffix(".toml")?;
            let lang = Lang::from_code(code)?;
            Some((*name, lang, *text))
        })
        .collect()
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
        let contacts: Contacts = parse(&file("contacts"), table_text("contacts", lang)?)?;
        let meaning: Meaning = parse(&file("meaning"), table_text("meaning", lang)?)?;
        let checklist: Checklist = parse(&file("checklist"), table_text("checklist", lang)?)?;
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

#[cfg(test)]
mod tests {
    use super::validate::{check_one, check_pair, file_name_problem, is_date};
    use super::*;

    #[test]
    fn embedded_content_follows_the_content_model() {
        let problems = problems();
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    /// A content file must belong to a shipped language (Urdu is known to no build).
    #[test]
    fn a_file_of_an_unshipped_language_is_reported() {
        assert_eq!(file_name_problem("rules.ta.toml"), None);
        assert_eq!(file_name_problem("lookalike-links.hi.toml"), None);
        for name in [
            "rules.ur.toml",
            "near.ur.toml",
            "lookalike-links.ur.toml",
            "Rules.ta.toml",
        ] {
            assert!(file_name_problem(name).is_some(), "{name}");
        }
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
