//! The facts registry, `assets/guidance/facts.toml` (format in `assets/guidance/README.md`): every
//! phone number, short code, e-mail address, UPI id, domain and figure that the guidance content
//! and the message-check rules use, each with its source, who the source is and the date it was
//! checked. It is the one list of what Sajag trusts: the official domains of the contacts
//! ([`crate::guidance::contact::OFFICIAL_DOMAINS`]) and of the message check (which also takes a
//! bank's SMS link domains, status `sender-link`, as the bank's own), and the relief funds' UPI
//! ids, are read from it, so they cannot drift apart.
//!
//! [`tokens`] finds the facts in a text, in any language (Devanagari digits are read as digits),
//! and [`Facts::unregistered`] those the registry does not list; `tests/facts.rs` runs it over
//! every content and rule file.

use std::sync::LazyLock;

use serde::Deserialize;

use super::GuidanceError;
use super::fact_tokens::normalise_value;
pub use super::fact_tokens::{Token, normalise_digits, tokens};

/// The registry's file name, for messages.
const FILE: &str = "facts.toml";

/// What kind of fact an entry or a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A phone number or short code, digits only (`1930`).
    Phone,
    /// An e-mail address.
    Email,
    /// A UPI id (`name@handle`).
    Upi,
    /// A host name or domain (`cybercrime.gov.in`, `gov.in`), without `www.`.
    Domain,
    /// A number with what it counts (`3` near "working days", `₹4000-6000` near "dose").
    Figure,
}

/// Whose a fact is, or why it is in the content.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// It belongs to the organisation named: a helpline, an address, its own host name, a UPI id,
    /// a rule it set. Official domains and UPI ids are what the app trusts.
    Official,
    /// A host where anyone can publish (a link shortener, cloud storage, a site builder, a chat
    /// link): named in the content, never trusted.
    Platform,
    /// A domain the organisation's own SMS use for their links (a short-link domain such as
    /// `axbk.in`), seen in its genuine messages under its registered sender header in the sources,
    /// though the organisation has not published it. The message check does not count a link
    /// there as off the organisation's sites; Sajag never links to it (`links` stays false), and
    /// a shared SMS vendor's or a generic link service's domain never gets this status.
    SenderLink,
    /// Used by fraudsters, as the source reports (a look-alike UPI id, a fake site).
    Fake,
    /// A figure the source reports (arrests, amounts, counts).
    Reported,
    /// Made up by Sajag to show a trick (a look-alike address, a scammer's "only 2 left"); it has
    /// no source.
    MadeUp,
}

/// One entry of the registry: one fact, or several of one kind from one source.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    pub kind: Kind,
    /// The fact as the content writes it, normalised: see [`Token::value`].
    #[serde(default)]
    pub value: Option<String>,
    /// Several facts of the same kind, status and source.
    #[serde(default)]
    pub values: Vec<String>,
    pub status: Status,
    /// Figures only: words (any language) of which one must be near the number for it to be this
    /// fact ("working day", "कार्य दिवस").
    #[serde(default)]
    pub near: Vec<String>,
    /// Domains only: Sajag may link to it or give an address at it (a contact's `url`, `email`).
    #[serde(default)]
    pub links: bool,
    /// What the fact is, in a line.
    pub what: String,
    /// Who the source is (required unless made up).
    #[serde(default)]
    pub who: Option<String>,
    /// Where it was found: an https link (required unless made up).
    #[serde(default)]
    pub source: Option<String>,
    /// When it was last checked against the source, `YYYY-MM-DD` (required with a source).
    #[serde(default)]
    pub checked: Option<String>,
}

impl Fact {
    /// Every value of the entry.
    pub fn all_values(&self) -> impl Iterator<Item = &str> {
        self.value
            .iter()
            .map(String::as_str)
            .chain(self.values.iter().map(String::as_str))
    }
}

/// The registry.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Facts {
    pub fact: Vec<Fact>,
}

static EMBEDDED: LazyLock<Result<Facts, String>> = LazyLock::new(|| {
    let mut facts = Facts::parse(include_str!("../../assets/guidance/facts.toml"))
        .map_err(|e| e.to_string())?;
    for (name, text) in super::embedded::TABLE_FILES {
        if name.starts_with("near.") {
            facts.add_near_words(name, text)?;
        }
    }
    Ok(facts)
});

/// `near.<lang>.toml`: one language's near words for the figures of the registry, kept beside it
/// so that each translation brings its own words without touching the registry.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NearWords {
    figure: Vec<NearFigure>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NearFigure {
    value: String,
    near: Vec<String>,
}

impl Facts {
    /// The embedded registry. It is checked by the tests ([`Facts::problems`]); this only fails
    /// on a file that does not parse.
    pub fn embedded() -> Result<&'static Facts, GuidanceError> {
        EMBEDDED.as_ref().map_err(|message| GuidanceError::Invalid {
            file: FILE.into(),
            message: message.clone(),
        })
    }

    /// Adds the near words of a `near.<lang>.toml` file to every figure of the registry with the
    /// value it names (a value may be registered more than once, for different things).
    fn add_near_words(&mut self, name: &str, text: &str) -> Result<(), String> {
        let words: NearWords = toml::from_str(text).map_err(|e| format!("{name}: {e}"))?;
        for figure in words.figure {
            let mut found = false;
            for fact in self.fact.iter_mut().filter(|f| {
                f.kind == Kind::Figure && f.value.as_deref() == Some(figure.value.as_str())
            }) {
                fact.near.extend(figure.near.iter().cloned());
                found = true;
            }
            if !found {
                return Err(format!(
                    "{name}: {} is not a figure of {FILE}",
                    figure.value
                ));
            }
        }
        Ok(())
    }

    /// Parses a registry text.
    pub fn parse(text: &str) -> Result<Facts, GuidanceError> {
        toml::from_str(text).map_err(|e| GuidanceError::Invalid {
            file: FILE.into(),
            message: e.to_string(),
        })
    }

    fn values_of(&self, kind: Kind, keep: impl Fn(&Fact) -> bool) -> Vec<String> {
        self.fact
            .iter()
            .filter(|f| f.kind == kind && keep(f))
            .flat_map(|f| f.all_values().map(str::to_owned))
            .collect()
    }

    /// The organisations' own domains: a host under one of them is not a look-alike.
    pub fn official_domains(&self) -> Vec<String> {
        self.values_of(Kind::Domain, |f| f.status == Status::Official)
    }

    /// The domains an organisation's messages may link to: its official domains and the domains
    /// its own SMS links are seen on ([`Status::SenderLink`]). The message check reads a link to
    /// any other host as off the organisation's sites.
    pub fn own_message_domains(&self) -> Vec<String> {
        self.values_of(Kind::Domain, |f| {
            matches!(f.status, Status::Official | Status::SenderLink)
        })
    }

    /// The official domains Sajag itself links to or gives addresses at (contacts).
    pub fn link_domains(&self) -> Vec<String> {
        self.values_of(Kind::Domain, |f| f.status == Status::Official && f.links)
    }

    /// The UPI ids that belong to the fund or body they name.
    pub fn official_upi(&self) -> Vec<String> {
        self.values_of(Kind::Upi, |f| f.status == Status::Official)
    }

    /// Every way the registry breaks its format, in words; empty when it is sound.
    pub fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        let mut seen = std::collections::BTreeSet::new();
        let platforms = self.values_of(Kind::Domain, |f| f.status == Status::Platform);
        for f in &self.fact {
            let values: Vec<&str> = f.all_values().collect();
            let name = values.first().copied().unwrap_or("(no value)");
            let mut say = |m: String| out.push(format!("{FILE}: {name}: {m}"));
            if values.is_empty() {
                say("needs a value or values".into());
            }
            for v in &values {
                let token_kind = match f.kind {
                    Kind::Phone => Kind::Figure,
                    k => k,
                };
                if normalise_value(token_kind, v) != *v {
                    say(format!(
                        "{v} is not written as the check reads it ({})",
                        normalise_value(token_kind, v)
                    ));
                }
                if f.kind != Kind::Figure && !seen.insert((f.kind, v.to_string())) {
                    say(format!("{v} is listed twice"));
                }
            }
            if f.kind == Kind::Figure && f.near.is_empty() {
                say("a figure needs near words".into());
            }
            if f.kind != Kind::Figure && !f.near.is_empty() {
                say("only a figure has near words".into());
            }
            if f.links && (f.kind != Kind::Domain || f.status != Status::Official) {
                say("only an official domain can be linked".into());
            }
            if f.status == Status::SenderLink {
                if f.kind != Kind::Domain {
                    say("only a domain can be a sender link".into());
                }
                // Anyone can make a link on a platform: it is never a bank's own.
                for v in &values {
                    if let Some(p) = platforms.iter().find(|p| is_same_or_under(v, p)) {
                        say(format!(
                            "{v} is on the platform {p}, not a sender's own domain"
                        ));
                    }
                }
            }
            if f.what.trim().is_empty() {
                say("needs a what".into());
            }
            if f.status == Status::MadeUp {
                if f.source.is_some() {
                    say("a made-up fact has no source".into());
                }
                continue;
            }
            match &f.source {
                Some(url) if url.starts_with("https://") => {}
                _ => say("needs an https source".into()),
            }
            if f.who.as_deref().is_none_or(|w| w.trim().is_empty()) {
                say("needs a who".into());
            }
            if !f.checked.as_deref().is_some_and(super::validate::is_date) {
                say("needs checked, a YYYY-MM-DD date".into());
            }
        }
        out
    }

    /// Whether the registry lists `token`: the same kind and value, and for a figure (or a
    /// number that is not a listed phone number) one of its near words in the token's context.
    pub fn lists(&self, token: &Token) -> bool {
        let context = token.context.to_lowercase();
        self.fact.iter().any(|f| {
            let same_value = || f.all_values().any(|v| v == token.value);
            match (token.kind, f.kind) {
                (Kind::Figure, Kind::Phone) => same_value(),
                (Kind::Figure, Kind::Figure) => {
                    same_value() && f.near.iter().any(|w| context.contains(&w.to_lowercase()))
                }
                (a, b) => a == b && same_value(),
            }
        })
    }

    /// The facts in `text` that the registry does not list.
    pub fn unregistered(&self, text: &str) -> Vec<Token> {
        tokens(text)
            .into_iter()
            .filter(|t| !self.lists(t))
            .collect()
    }
}

/// Whether host name `host` is `domain` or a host under it.
pub(crate) fn is_same_or_under(host: &str, domain: &str) -> bool {
    host == domain
        || host
            .strip_suffix(domain)
            .is_some_and(|rest| rest.ends_with('.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(text: &str) -> Vec<(Kind, String)> {
        tokens(text)
            .into_iter()
            .map(|t| (t.kind, t.value))
            .collect()
    }

    #[test]
    fn facts_are_found_in_any_language() {
        assert_eq!(
            values("Call 1930 or write to incident@cert-in.org.in; pay only pmcares@sbi."),
            [
                (Kind::Email, "incident@cert-in.org.in".into()),
                (Kind::Upi, "pmcares@sbi".into()),
                (Kind::Figure, "1930".into()),
            ]
        );
        // Devanagari digits are digits; a range and an amount keep their shape.
        assert_eq!(
            values("तुरंत १९३० पर कॉल करें। ₹4,000–6,000 एक खुराक, 50% अग्रिम"),
            [
                (Kind::Figure, "1930".into()),
                (Kind::Figure, "₹4000-6000".into()),
                (Kind::Figure, "50%".into()),
            ]
        );
        assert_eq!(
            values(
                "Open https://www.cowin.gov.in/ or sachet.rbi.org.in, not cowin.gov.in.booking.site/cert?id=4471 or Vaci__Regis.apk."
            ),
            [
                (Kind::Domain, "cowin.gov.in".into()),
                (Kind::Domain, "sachet.rbi.org.in".into()),
                (Kind::Domain, "cowin.gov.in.booking.site".into()),
            ]
        );
    }

    #[test]
    fn dates_list_numbers_and_identifiers_are_not_facts() {
        assert!(
            values("On 18 May 2021, 13 अप्रैल से 28 मार्च; from 6 जुलाई 2017; in 2020–21 see Form 26AS, COVID-19, कोविड-19, o2.\n1. Skip the start.").is_empty()
        );
        // Month names of every shipped script; digits glued to a vowel sign are part of a word.
        assert!(
            values("14 ஆகஸ்ட் 2020, 28 মার্চ, 1 ਅਪ੍ਰੈਲ, 6 ಜುಲೈ, 9 ഓഗസ്റ്റ്, 3 ଜୁନ, 11 ఆగస్టు, 5 ઑગસ્ટ, 2 ऑगस्ट")
                .is_empty()
        );
        assert_eq!(values("14 ஆகஸ்ட"), [(Kind::Figure, "14".into())]);
        // A figure with a thousands separator is not a year.
        assert_eq!(values("about 2,000 vials"), [(Kind::Figure, "2000".into())]);
        // But a short code that looks like an old year is still a number.
        assert_eq!(values("dial 1909"), [(Kind::Figure, "1909".into())]);
        // Phone numbers written in groups are one number.
        assert_eq!(
            values("call १८०० ४२५ ३८०० or 011-23978046 or +91 70000 01234"),
            [
                (Kind::Figure, "18004253800".into()),
                (Kind::Figure, "011-23978046".into()),
                (Kind::Figure, "+917000001234".into()),
            ]
        );
    }

    #[test]
    fn a_figure_is_listed_only_near_its_words() {
        let facts = Facts::parse(
            r#"
[[fact]]
kind = "figure"
value = "3"
status = "official"
near = ["working day", "कार्य दिवस"]
what = "RBI's window"
who = "RBI"
source = "https://rbi.org.in/"
checked = "2026-11-29"

[[fact]]
kind = "phone"
value = "1930"
status = "official"
what = "helpline"
who = "MHA"
source = "https://cybercrime.gov.in/"
checked = "2026-11-29"
"#,
        )
        .unwrap();
        assert!(facts.problems().is_empty(), "{:?}", facts.problems());
        assert!(
            facts
                .unregistered("Report within 3 working days.")
                .is_empty()
        );
        assert!(facts.unregistered("3 कार्य दिवस के भीतर").is_empty());
        assert!(facts.unregistered("Call १९३० now").is_empty());
        let missing = facts.unregistered("Report within 3 hours, or call 1931.");
        let missing: Vec<_> = missing.iter().map(|t| t.value.as_str()).collect();
        assert_eq!(missing, ["3", "1931"]);

        // A language's near words come from its own file.
        let mut facts = facts;
        assert!(!facts.unregistered("3 வேலை நாட்களுக்குள்").is_empty());
        facts
            .add_near_words(
                "near.ta.toml",
                "[[figure]]\nvalue = \"3\"\nnear = [\"வேலை நாட்கள\"]\n",
            )
            .unwrap();
        assert!(facts.unregistered("3 வேலை நாட்களுக்குள்").is_empty());
        let e = facts
            .add_near_words(
                "near.ta.toml",
                "[[figure]]\nvalue = \"4\"\nnear = [\"x\"]\n",
            )
            .unwrap_err();
        assert!(e.contains("4 is not a figure"), "{e}");
    }

    #[test]
    fn a_broken_registry_is_reported() {
        let facts = Facts::parse(
            r#"
[[fact]]
kind = "figure"
value = "₹4,000"
status = "reported"
what = "x"
source = "http://example.com/"

[[fact]]
kind = "domain"
value = "bank.bit.ly"
status = "sender-link"
what = "a bank's links"
who = "a tracker's test data"
source = "https://example.com/"
checked = "2026-12-01"

[[fact]]
kind = "domain"
value = "bit.ly"
status = "platform"
what = "a shortener"
who = "Bitly"
source = "https://bitly.com/"
checked = "2026-12-01"

[[fact]]
kind = "domain"
value = "wa.me"
status = "platform"
links = true
what = "chat links"
who = "WhatsApp"
source = "https://faq.whatsapp.com/"
checked = "2026-11-29"
"#,
        )
        .unwrap();
        let p = facts.problems().join("\n");
        for part in [
            "not written as the check reads it",
            "needs near words",
            "needs an https source",
            "needs a who",
            "needs checked",
            "only an official domain can be linked",
            "bank.bit.ly is on the platform bit.ly",
        ] {
            assert!(p.contains(part), "{part} missing from {p}");
        }
    }

    #[test]
    fn the_embedded_registry_is_sound() {
        let facts = Facts::embedded().unwrap();
        assert_eq!(facts.problems(), Vec::<String>::new());
        let official = facts.official_domains();
        for d in facts.link_domains() {
            assert!(official.contains(&d));
        }
        // A bank's SMS link domain counts as its own for the message check, but is neither
        // official nor ever linked to.
        let own = facts.own_message_domains();
        for sender_link in ["axbk.in", "kotk.in", "1crd.in"] {
            assert!(own.iter().any(|d| d == sender_link), "{sender_link}");
            assert!(!official.iter().any(|d| d == sender_link), "{sender_link}");
        }
        for d in &official {
            assert!(own.contains(d), "{d}");
        }
        for platform in ["amazonaws.com", "google.com", "wa.me", "facebook.com"] {
            assert!(!official.iter().any(|d| d == platform), "{platform}");
        }
    }
}
