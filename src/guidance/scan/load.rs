//! Reading and checking the rule files (`assets/guidance/rules.<lang>.toml`) and compiling their
//! patterns.

use std::collections::{BTreeMap, BTreeSet};

use regex::{Regex, RegexBuilder};
use serde::Deserialize;

use super::{Detector, LinkNeed, Lists, Rule, Rules, Weight};
use crate::guidance::{Facts, GuidanceError, Lang};

/// The embedded rule files: (file name, language, text), English first.
pub(super) fn embedded() -> Vec<(&'static str, Lang, &'static str)> {
    let mut files = crate::guidance::rule_files();
    files.sort_by_key(|(_, lang, _)| *lang);
    files
}

/// One `rules.<lang>.toml`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RuleFile {
    #[serde(default)]
    lists: ListsFile,
    #[serde(default)]
    pub(super) common: Common,
    /// Named pattern fragments, used in this file's patterns as `{name}`.
    #[serde(default)]
    pub(super) define: BTreeMap<String, String>,
    #[serde(rename = "rule")]
    pub(super) rules: Vec<RuleEntry>,
}

#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
struct ListsFile {
    shorteners: Vec<String>,
    brands: Vec<String>,
    tlds: Vec<String>,
    upi_brands: Vec<String>,
}

#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub(super) struct Common {
    unless: Vec<String>,
    negation: Vec<String>,
    reported: Vec<String>,
    /// Plain words (not patterns) that turn a sentence round ("but", "लेकिन").
    pub(super) contrasts: Vec<String>,
    /// An order to keep quiet ("don't tell anyone", "किसी को मत बताना"): a negation in one is not
    /// a refusal to share, so it cancels only a red flag it overlaps.
    secrecy: Vec<String>,
    /// A denial that the message is a fraud ("this is not a fraud call"): the warning words in it
    /// do not make the message a warning.
    denials: Vec<String>,
    /// A sentence that asks for what the one before it named ("OTP aaya? **Wo bata dijiye**"),
    /// matched at its start: it is read with that sentence.
    follow_ups: Vec<String>,
    /// The end of what comes before a quotation that a report quotes ("Mummy ko message aaya:",
    /// "an SMS saying"), matched against the text just before the quotation mark.
    quote_intros: Vec<String>,
    /// A refusal of what a quotation asks, after it ("us number pe call mat karna", "don't click
    /// that link"): with a `quote_intros` match, the quotation is a report's.
    refusals: Vec<String>,
    /// What may follow a quotation instead of an introduction ("“…” - ye message aaya").
    quote_outros: Vec<String>,
    /// A question whether what a message quotes is genuine ("sahi hai kya?", "is this real?",
    /// "ye kya hai?"): asked of a quotation, it makes the quotation a report's.
    questions: Vec<String>,
    /// A phrase that gives the reader an order ("update your PAN at …", "bas OTP bata dijiye"),
    /// matched against the phrase alone: a warning in another phrase does not cancel a red flag in
    /// one.
    orders: Vec<String>,
    /// A warning word used as a reason to act ("to avoid fraudsters, update …"): not a warning.
    pretexts: Vec<String>,
    /// Ways to act on a message that do not depend on its language (a mobile number, a UPI id, a
    /// bank account): an ask in a message that reports a scam counts when one is there.
    #[serde(default)]
    channels: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RuleEntry {
    pub(super) id: String,
    pub(super) weight: Weight,
    article: Option<String>,
    pub(super) explanation: String,
    detector: Option<Detector>,
    link: Option<LinkNeed>,
    /// `false` for a rule whose patterns hold their own condition ("… unless you pay", "पैसे नहीं
    /// भेजे तो …"): a negation beside its match is part of the threat, not a refusal.
    #[serde(default = "yes")]
    negatable: bool,
    #[serde(default)]
    pub(super) patterns: Vec<String>,
    #[serde(default)]
    unless: Vec<String>,
    /// Cancel the rule wherever they match in the message (`unless` only in a match's clause).
    #[serde(default)]
    unless_message: Vec<String>,
    /// Where one matches anywhere in the message, a strong rule counts as medium: its red flag
    /// still stands, but is not proof alone.
    #[serde(default)]
    medium_when: Vec<String>,
    #[serde(default)]
    requires: Vec<String>,
}

fn yes() -> bool {
    true
}

fn invalid(file: &str, message: String) -> GuidanceError {
    GuidanceError::Invalid {
        file: file.to_owned(),
        message,
    }
}

pub(super) fn parse(file: &str, text: &str) -> Result<RuleFile, GuidanceError> {
    toml::from_str(text).map_err(|e| invalid(file, e.to_string()))
}

/// A parsed rule file with its name and language.
type Parsed<'a> = (&'a str, Lang, RuleFile);

/// Parses every file, checks they agree, and compiles the rules with explanations in `lang`.
pub(super) fn build(files: &[(&str, Lang, &str)], lang: Lang) -> Result<Rules, GuidanceError> {
    let facts = Facts::embedded()?;
    let mut parsed: Vec<Parsed> = files
        .iter()
        .map(|(name, l, text)| parse(name, text).map(|f| (*name, *l, f)))
        .collect::<Result<_, _>>()?;
    // The relief funds' own UPI ids, from the registry, as the fragment `{official_upi}`.
    let upi_alt = facts
        .official_upi()
        .iter()
        .map(|u| regex::escape(u))
        .collect::<Vec<_>>()
        .join("|");
    for (_, _, file) in &mut parsed {
        file.define
            .entry("official_upi".into())
            .or_insert_with(|| upi_alt.clone());
    }
    check_same_ids(&parsed)?;
    let Some((_, _, chosen)) = parsed.iter().find(|(_, l, _)| *l == lang) else {
        return Err(invalid(
            "rules",
            format!("there are no rules in language {}", lang.code()),
        ));
    };
    let (lists, tlds) = merge_lists(&parsed, facts)?;
    // Each `[common]` list of patterns, from every file, compiled with that file's fragments.
    let common =
        |what: &str, list: fn(&Common) -> &Vec<String>| -> Result<Vec<Regex>, GuidanceError> {
            let mut out = Vec::new();
            for (name, _, file) in &parsed {
                for p in list(&file.common) {
                    out.push(compile(name, &file.define, &format!("[common] {what}"), p)?);
                }
            }
            Ok(out)
        };
    let common_unless = common("unless", |c| &c.unless)?;
    let negation = common("negation", |c| &c.negation)?;
    let reported = common("reported", |c| &c.reported)?;
    let secrecy = common("secrecy", |c| &c.secrecy)?;
    let denials = common("denials", |c| &c.denials)?;
    let channels = common("channels", |c| &c.channels)?;
    let orders = common("orders", |c| &c.orders)?;
    let pretexts = common("pretexts", |c| &c.pretexts)?;
    let follow_ups = common("follow_ups", |c| &c.follow_ups)?;
    let quote_intros = common("quote_intros", |c| &c.quote_intros)?;
    let refusals = common("refusals", |c| &c.refusals)?;
    let quote_outros = common("quote_outros", |c| &c.quote_outros)?;
    let questions = common("questions", |c| &c.questions)?;
    let contrasts = contrasts_of(&parsed)?;
    let all = chosen
        .rules
        .iter()
        .map(|entry| compile_rule(entry, &parsed))
        .collect::<Result<_, _>>()?;
    let tld_alt = tlds
        .iter()
        .map(|t| regex::escape(t))
        .collect::<Vec<_>>()
        .join("|");
    let label = r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?";
    let link_re = Regex::new(&format!(
        r#"(?i)(?:https?://[^\s<>"'()\[\]{{}}]+|www\.[^\s<>"'()\[\]{{}}]+|(?-u:\b){label}(?:\.{label})*\.(?:{tld_alt})(?-u:\b)(?:[/?#][^\s<>"'()\[\]{{}}]*)?)"#
    ))
    .expect("the link pattern is valid");
    let upi_re = Regex::new(r"(?i)(?-u:\b)[a-z0-9][a-z0-9._-]*@[a-z][a-z0-9]+(?-u:\b)")
        .expect("the UPI pattern is valid");
    // Train the wording model now (once per process), with the rules, rather than at the first scan.
    super::model::get();
    Ok(Rules {
        lang,
        all,
        common_unless,
        negation,
        reported,
        contrasts,
        secrecy,
        denials,
        channels,
        orders,
        pretexts,
        follow_ups,
        quote_intros,
        refusals,
        quote_outros,
        questions,
        lists,
        link_re,
        upi_re,
        wording_model: true,
    })
}

/// The `[common] contrasts` of every file, lower-cased; each must be one word.
fn contrasts_of(parsed: &[Parsed]) -> Result<Vec<String>, GuidanceError> {
    let mut contrasts = Vec::new();
    for (name, _, file) in parsed {
        for word in &file.common.contrasts {
            if word.is_empty()
                || word
                    .chars()
                    .any(|c| c.is_whitespace() || c.is_ascii_punctuation())
            {
                return Err(invalid(
                    name,
                    format!("[common] contrasts: {word:?} is not one word"),
                ));
            }
            contrasts.push(word.to_lowercase());
        }
    }
    Ok(contrasts)
}

/// Each file passes its own checks and lists the same rule ids as the first.
fn check_same_ids(parsed: &[Parsed]) -> Result<(), GuidanceError> {
    let Some((first_name, _, first)) = parsed.first() else {
        return Err(invalid("rules", "there are no rule files".into()));
    };
    let wanted: BTreeSet<&str> = first.rules.iter().map(|r| r.id.as_str()).collect();
    for (name, _, file) in parsed {
        check_file(name, file)?;
        let these: BTreeSet<&str> = file.rules.iter().map(|r| r.id.as_str()).collect();
        if these != wanted {
            let missing: Vec<_> = wanted.difference(&these).collect();
            let extra: Vec<_> = these.difference(&wanted).collect();
            return Err(invalid(
                name,
                format!(
                    "the rule ids differ from {first_name}: missing {missing:?}, not in {first_name} {extra:?}"
                ),
            ));
        }
    }
    Ok(())
}

/// The `[lists]` of every file together (lower-cased) with the official domains and UPI ids of the
/// facts registry (a bank's SMS link domains counting as its own), and the top-level domains.
fn merge_lists(parsed: &[Parsed], facts: &Facts) -> Result<(Lists, Vec<String>), GuidanceError> {
    let mut lists = Lists {
        own_domains: facts.own_message_domains(),
        official_upi: facts.official_upi(),
        ..Lists::default()
    };
    let mut tlds = Vec::new();
    let lower = |v: &[String]| {
        v.iter()
            .map(|s| s.trim().to_lowercase())
            .collect::<Vec<_>>()
    };
    for (_, _, file) in parsed {
        let l = &file.lists;
        lists.shorteners.extend(lower(&l.shorteners));
        lists.brands.extend(lower(&l.brands));
        lists.upi_brands.extend(lower(&l.upi_brands));
        tlds.extend(lower(&l.tlds));
    }
    if tlds.is_empty() || lists.own_domains.is_empty() {
        return Err(invalid(
            "rules",
            "[lists] needs tlds, and facts.toml official domains".into(),
        ));
    }
    Ok((lists, tlds))
}

/// One rule with the explanation of `entry` and the patterns of every file.
fn compile_rule(entry: &RuleEntry, parsed: &[Parsed]) -> Result<Rule, GuidanceError> {
    let mut rule = Rule {
        id: entry.id.clone(),
        weight: entry.weight,
        article: entry.article.clone(),
        explanation: entry.explanation.trim().to_owned(),
        detector: entry.detector,
        link: entry.link,
        negatable: entry.negatable,
        patterns: Vec::new(),
        unless: Vec::new(),
        unless_message: Vec::new(),
        medium_when: Vec::new(),
        requires: Vec::new(),
    };
    let shared = |r: &RuleEntry| (r.weight, r.article.clone(), r.detector, r.link, r.negatable);
    for (name, _, file) in parsed {
        let other = file
            .rules
            .iter()
            .find(|r| r.id == entry.id)
            .expect("the id sets were compared before");
        if shared(other) != shared(entry) {
            return Err(invalid(
                name,
                format!(
                    "rule {}: weight, article, detector, link and negatable must be the same in every language",
                    entry.id
                ),
            ));
        }
        let what = |field: &str| format!("rule {} {field}", entry.id);
        let d = &file.define;
        for p in &other.patterns {
            rule.patterns.push(compile(name, d, &what("pattern"), p)?);
        }
        for p in &other.unless {
            rule.unless.push(compile(name, d, &what("unless"), p)?);
        }
        for p in &other.unless_message {
            rule.unless_message
                .push(compile(name, d, &what("unless_message"), p)?);
        }
        for p in &other.medium_when {
            rule.medium_when
                .push(compile(name, d, &what("medium_when"), p)?);
        }
        for p in &other.requires {
            rule.requires.push(compile(name, d, &what("requires"), p)?);
        }
    }
    Ok(rule)
}

/// The checks one file must pass on its own.
fn check_file(name: &str, file: &RuleFile) -> Result<(), GuidanceError> {
    let mut seen = BTreeSet::new();
    for r in &file.rules {
        let id_ok = !r.id.is_empty()
            && r.id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !id_ok {
            return Err(invalid(
                name,
                format!(
                    "rule id {:?}: use lowercase letters, digits and hyphens",
                    r.id
                ),
            ));
        }
        if !seen.insert(r.id.as_str()) {
            return Err(invalid(name, format!("rule {} is listed twice", r.id)));
        }
        if r.explanation.trim().is_empty() {
            return Err(invalid(name, format!("rule {} has no explanation", r.id)));
        }
        if r.patterns.is_empty() && r.detector.is_none() {
            return Err(invalid(
                name,
                format!("rule {} has neither patterns nor a detector", r.id),
            ));
        }
    }
    Ok(())
}

fn compile(
    file: &str,
    defines: &BTreeMap<String, String>,
    what: &str,
    pattern: &str,
) -> Result<Regex, GuidanceError> {
    let pattern = substitute(pattern, defines).map_err(|name| {
        invalid(
            file,
            format!("{what} {pattern:?} uses {{{name}}}, which [define] lacks"),
        )
    })?;
    RegexBuilder::new(&expand(&pattern))
        .case_insensitive(true)
        .size_limit(1 << 22)
        .build()
        .map_err(|e| {
            invalid(
                file,
                format!("{what} {pattern:?} is not a valid pattern: {e}"),
            )
        })
}

/// Replaces every `{name}` (lowercase letters, digits, `_`) by `(?:fragment)` from `[define]`;
/// fragments may use earlier-resolved names too. Regex repetitions such as `{0,3}` are left alone.
/// Fails with the first undefined name.
pub(super) fn substitute(
    pattern: &str,
    defines: &BTreeMap<String, String>,
) -> Result<String, String> {
    let mut out = pattern.to_owned();
    for _ in 0..4 {
        let mut next = String::with_capacity(out.len());
        let mut rest = out.as_str();
        let mut changed = false;
        while let Some(open) = rest.find('{') {
            next.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            let name_len = after
                .find(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'))
                .unwrap_or(after.len());
            let name = &after[..name_len];
            let is_name = name_len > 0
                && after[name_len..].starts_with('}')
                && name.starts_with(|c: char| c.is_ascii_lowercase());
            if is_name {
                let fragment = defines.get(name).ok_or_else(|| name.to_owned())?;
                next.push_str("(?:");
                next.push_str(fragment);
                next.push(')');
                rest = &after[name_len + 1..];
                changed = true;
            } else {
                next.push('{');
                rest = after;
            }
        }
        next.push_str(rest);
        out = next;
        if !changed {
            break;
        }
    }
    Ok(out)
}

/// The Devanagari nukta (U+093C), as in फ़ and ज़.
const NUKTA: char = '\u{93c}';

/// The gap that `~` stands for: any text within one sentence (a `.` is allowed when no space
/// follows it, as in `Rs.500` or a link, and after the [`super::sentence::ABBREVIATIONS`]). It is not
/// bounded by a count: a repetition such as `{0,60}` copies its Unicode classes sixty times and
/// made the rules take a third of a second and over 100 MB to compile.
static GAP: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    let words: Vec<String> = super::sentence::ABBREVIATIONS
        .iter()
        .map(|w| regex::escape(w))
        .collect();
    format!(r"(?:[^.!?।\n;]|\.\S|(?:{})\.\s)*?", words.join("|"))
});

/// Rewrites the conveniences of the rule format into a regular expression: outside `[…]`, a space
/// matches any run of white space (` ?` and ` *`: optional white space), `~` is [`GAP`], an
/// apostrophe also matches a typographic one, a nukta is optional after the consonants that take
/// one, and `\b` and `\w` are ASCII (Unicode ones push the regex engine off its fast paths on
/// Devanagari text and make large automata).
pub(super) fn expand(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() * 2);
    let mut chars = pattern.chars().peekable();
    let mut in_class = false;
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                // An ASCII word boundary keeps the fast engines usable on Devanagari text.
                Some(b @ ('b' | 'B')) if !in_class => {
                    out.push_str("(?-u:\\");
                    out.push(b);
                    out.push(')');
                }
                // `\w` is ASCII: Unicode word classes are large and slow to compile.
                Some('w') if in_class => out.push_str("0-9A-Za-z_"),
                Some('w') => out.push_str("[0-9A-Za-z_]"),
                Some(n) => {
                    out.push(c);
                    out.push(n);
                }
                None => out.push(c),
            },
            '[' if !in_class => {
                in_class = true;
                out.push(c);
                // A `]` right after `[` or `[^` is a literal.
                if chars.peek() == Some(&'^') {
                    out.push(chars.next().unwrap_or('^'));
                }
                if chars.peek() == Some(&']') {
                    out.push(chars.next().unwrap_or(']'));
                }
            }
            ']' if in_class => {
                in_class = false;
                out.push(c);
            }
            ' ' if !in_class => {
                if matches!(chars.peek(), Some('?' | '*')) {
                    chars.next();
                    out.push_str(r"\s*");
                } else {
                    out.push_str(r"\s+");
                }
            }
            '~' if !in_class => out.push_str(&GAP),
            // Devanagari: the nukta is optional (फ़ीस = फीस), so patterns are written without it.
            NUKTA if !in_class => {}
            'क' | 'ख' | 'ग' | 'ज' | 'ड' | 'ढ' | 'फ' | 'य' if !in_class => {
                out.push(c);
                out.push_str("\u{93c}?");
            }
            '\'' if !in_class => out.push_str("['’]"),
            _ => out.push(c),
        }
    }
    out
}
