//! The facts registry, `assets/guidance/facts.toml` (format in `assets/guidance/README.md`): every
//! phone number, short code, e-mail address, UPI id, domain and figure that the guidance content
//! and the message-check rules use, each with its source, who the source is and the date it was
//! checked. It is the one list of what Sajag trusts: the official domains of the contacts
//! ([`crate::guidance::contact::OFFICIAL_DOMAINS`]) and of the message check, and the relief
//! funds' UPI ids, are read from it, so they cannot drift apart.
//!
//! [`tokens`] finds the facts in a text, in any language (Devanagari digits are read as digits),
//! and [`Facts::unregistered`] those the registry does not list; `tests/facts.rs` runs it over
//! every content and rule file.

use std::sync::LazyLock;

use regex::Regex;
use serde::Deserialize;

use super::GuidanceError;

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
    Facts::parse(include_str!("../../assets/guidance/facts.toml")).map_err(|e| e.to_string())
});

impl Facts {
    /// The embedded registry. It is checked by the tests ([`Facts::problems`]); this only fails
    /// on a file that does not parse.
    pub fn embedded() -> Result<&'static Facts, GuidanceError> {
        EMBEDDED.as_ref().map_err(|message| GuidanceError::Invalid {
            file: FILE.into(),
            message: message.clone(),
        })
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

/// A fact found in a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// [`Kind::Figure`] for every number (a phone number is a number too).
    pub kind: Kind,
    /// Normalised: lower case; a domain without `www.`; a number's digits without separators,
    /// a range as `4000-6000`, with `₹` before an amount and `%` after a percentage; a phone
    /// number written with `+` keeps it (`+911123978046`).
    pub value: String,
    /// The text around it (about 60 characters each side), where a figure's near words are looked
    /// for.
    pub context: String,
}

/// The top-level domains a bare domain in the content may end in.
const TLDS: &str = "in|com|org|net|co|xyz|site|top|app|ly|me|gov|info|online|io|to|care|live|sbi|link|cc|gl|gd|at|us|uk|biz|shop|club|icu";

static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)[a-z0-9][a-z0-9._%+-]*@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}").expect("valid")
});
static UPI: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)[a-z0-9][a-z0-9._-]*@[a-z][a-z0-9]*").expect("valid"));
static HOST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?:https?://)?((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:{TLDS}))(?-u:\b)(?:[/?#][^\s”“\x22')\]]*)?"
    ))
    .expect("valid")
});
static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)(₹ ?|(?-u:\b)(?:rs|inr)\.? ?)?",
        r"(\+\d[\d -]{6,}\d|\d{5} \d{5}(?-u:\b)|1[86]00[ -]?\d{3,4}[ -]?\d{3,4}(?-u:\b)|0\d{2,4}-\d{6,8}(?-u:\b)|\d[\d,]*(?:\.\d+)?)",
        r"(?: ?[–-] ?(\d[\d,]*(?:\.\d+)?)(?-u:\b))?",
        r"( ?%)?",
    ))
    .expect("valid")
});

const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "जनवरी",
    "फ़रवरी",
    "फरवरी",
    "मार्च",
    "अप्रैल",
    "मई",
    "जून",
    "जुलाई",
    "अगस्त",
    "सितंबर",
    "सितम्बर",
    "अक्टूबर",
    "अक्तूबर",
    "नवंबर",
    "नवम्बर",
    "दिसंबर",
    "दिसम्बर",
];

/// A letter, digit or `_` of a word, in Latin or Devanagari script (vowel signs included).
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || ('\u{900}'..='\u{97f}').contains(&c)
}

/// `text` with Devanagari digits read as ASCII digits (same byte offsets are not kept).
pub fn normalise_digits(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{966}'..='\u{96f}' => char::from_digit(c as u32 - 0x966, 10).unwrap_or(c),
            _ => c,
        })
        .collect()
}

/// A value written the way [`tokens`] reads it.
fn normalise_value(kind: Kind, raw: &str) -> String {
    let v = normalise_digits(raw).to_lowercase();
    match kind {
        Kind::Domain => {
            let host = v.trim_end_matches('.');
            host.strip_prefix("www.").unwrap_or(host).to_owned()
        }
        Kind::Figure | Kind::Phone => v
            .chars()
            .filter(|c| !matches!(c, ',' | ' ' | '\u{a0}'))
            .map(|c| if c == '–' { '-' } else { c })
            .collect(),
        _ => v.trim_end_matches('.').to_owned(),
    }
}

fn context(text: &str, start: usize, end: usize) -> String {
    let before: String = {
        let mut v: Vec<char> = text[..start].chars().rev().take(60).collect();
        v.reverse();
        v.into_iter().collect()
    };
    let after: String = text[end..].chars().take(60).collect();
    format!("{before}{}{after}", &text[start..end])
}

/// Every fact in `text`: e-mail addresses, UPI ids, domains (bare or in links) and numbers, in
/// any language. Not counted as facts: dates (a year from 2000 to 2039 or a range such as
/// `2020–21`, a day next to a month name), list numbers at the start of a line (`1. `), and digits
/// inside a word or identifier (`Form 26AS`, `COVID-19`, `o2`).
pub fn tokens(text: &str) -> Vec<Token> {
    let text = normalise_digits(text);
    let mut out = Vec::new();
    // What has been read is blanked out, so that a number inside an address is not read again.
    let mut rest = text.clone();
    let mut take = |kind: Kind, spans: Vec<(usize, usize, usize, usize)>, rest: &mut String| {
        for (s, e, vs, ve) in spans {
            out.push(Token {
                kind,
                value: normalise_value(kind, &text[vs..ve]),
                context: context(&text, s, e),
            });
            rest.replace_range(s..e, &" ".repeat(e - s));
        }
    };
    let spans = EMAIL
        .find_iter(&rest)
        .map(|m| (m.start(), m.end(), m.start(), m.end()))
        .collect();
    take(Kind::Email, spans, &mut rest);
    let spans = UPI
        .find_iter(&rest)
        .map(|m| (m.start(), m.end(), m.start(), m.end()))
        .collect();
    take(Kind::Upi, spans, &mut rest);
    let spans = HOST
        .captures_iter(&rest)
        .filter_map(|c| {
            let all = c.get(0)?;
            let host = c.get(1)?;
            // Part of a longer word or a file name (`Vaci__Regis.apk`): not a host.
            let before = rest[..all.start()].chars().next_back();
            let glued = before.is_some_and(|b| b.is_alphanumeric() || b == '_');
            (!glued).then(|| (all.start(), all.end(), host.start(), host.end()))
        })
        .collect();
    take(Kind::Domain, spans, &mut rest);
    out.extend(
        NUMBER
            .captures_iter(&rest)
            .filter_map(|c| number(&rest, &c)),
    );
    out
}

/// The word before or after a position (punctuation and spaces around it skipped), lower case.
fn word_next_to(text: &str, at: usize, after: bool) -> String {
    let split = |ch: char| ch.is_whitespace() || ch.is_ascii_punctuation();
    let word = if after {
        text[at..].trim_start().split(split).next()
    } else {
        text[..at].trim_end().rsplit(split).next()
    };
    word.unwrap_or_default().to_lowercase()
}

/// A number match as a fact, unless it is a date, a list number or part of an identifier.
fn number(rest: &str, c: &regex::Captures) -> Option<Token> {
    let (all, first) = (c.get(0)?, c.get(2)?);
    let before = rest[..all.start()].chars().next_back();
    let after = rest[all.end()..].chars().next();
    // Digits inside a word or an identifier: `26AS`, `COVID-19`, `o2`, `ncov2019`.
    let glued_before = before.is_some_and(is_word_char)
        || (before == Some('-')
            && rest[..all.start() - 1]
                .chars()
                .next_back()
                .is_some_and(is_word_char));
    let glued_after = after.is_some_and(|a| a.is_ascii_alphabetic() || a == '_');
    if glued_before || glued_after {
        return None;
    }
    let first_digits: String = first
        .as_str()
        .chars()
        .filter(char::is_ascii_digit)
        .collect();
    let year = |d: &str| d.len() == 4 && ("2000".."2040").contains(&d);
    if c.get(1).is_none() && c.get(4).is_none() {
        // A day next to a month name: `18 May`, `May 18`, `18 मई`.
        let day = first_digits.len() <= 2
            && [true, false].into_iter().any(|after| {
                let at = if after { all.end() } else { all.start() };
                MONTHS.contains(&word_next_to(rest, at, after).as_str())
            });
        // A list number at the start of a line: `1. Skip the …`.
        let list = rest[..all.start()]
            .rsplit('\n')
            .next()
            .is_some_and(|l| l.trim().is_empty())
            && rest[all.end()..].starts_with(". ");
        if year(&first_digits) || day || list {
            return None;
        }
    }
    // `2020–21`: a span of years.
    if c.get(3).is_some_and(|second| second.as_str().len() == 2) && year(&first_digits) {
        return None;
    }
    let mut value = normalise_value(Kind::Figure, all.as_str());
    for prefix in ["rs.", "rs", "inr"] {
        if let Some(v) = value.strip_prefix(prefix) {
            value = format!("₹{v}");
            break;
        }
    }
    Some(Token {
        kind: Kind::Figure,
        value,
        context: context(rest, all.start(), all.end()),
    })
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
        for platform in ["amazonaws.com", "google.com", "wa.me", "facebook.com"] {
            assert!(!official.iter().any(|d| d == platform), "{platform}");
        }
    }
}
