//! The message check: a local rule engine that reads a pasted SMS, chat or e-mail text and
//! says whether it shows the red flags of a fraud, which ones, where in the text, and which
//! scam-guide article explains each. Nothing pasted leaves this function: no network, no storage,
//! no logging.
//!
//! # Rules are data
//! The rules live in `assets/guidance/rules.<lang>.toml` (format documented at the top of
//! `rules.en.toml` and in `assets/guidance/README.md`). Every file lists the same rule ids; for each
//! rule it gives the explanation in its language and patterns written in its script (English and
//! Hinglish in `en`, Devanagari in `hi`, each other language's script and its romanised form in
//! the others). The patterns of **all** languages are always used, because a
//! Hindi message can arrive while the app is in English; only the explanations follow the chosen
//! language.
//!
//! The rules read the message with its disguises folded (`fold.rs`: invisible characters,
//! full-width and Cyrillic look-alike letters, chat bold and quotation marks around a word); what
//! they find is highlighted in the message as pasted.
//!
//! A rule finds *candidates* — matches of its patterns, or hits of a built-in detector for links
//! and UPI ids that needs code (look-alike domains, link shorteners, look-alike UPI ids), driven by
//! the `[lists]` in the files. A candidate is dropped
//! - when the *clause* it sits in (text between sentence ends: `.`/`!`/`?`/`।` followed by a space,
//!   a new line, `;`) also matches one of the rule's `unless` patterns (the rule's `unless_message`
//!   patterns cancel it wherever they match in the message) or one of the `[common] unless`
//!   patterns — warning and advisory contexts ("beware of fraudsters asking for …", "the bank will
//!   never ask you to …"). A `[common] unless` match does not reach past a contrast word between it
//!   and the candidate ("the bank never asks for your PIN, **but** tell me the OTP": the ask
//!   stands; patterns are also matched only within the stretches between contrast words, the
//!   `[common] contrasts` of every file, and no match spans a sentence end or the end of an order
//!   to keep quiet: "do not tell anyone, share the OTP" is an ask); warning words inside a
//!   `[common] denials` match ("this is not a fraud call") do not count;
//! - when a `[common] negation` pattern matches in its clause *touching it*: overlapping it or
//!   at most 40 characters before or after it ("do **not share** the OTP", "OTP किसी को **न बताएं**",
//!   "never install apps like `AnyDesk`") within its own phrase — not past a comma, colon or dash
//!   ("do not cut the call, share the OTP" is an ask) unless the red flag ends a list the negation
//!   began ("do not click links, download apps **or** share the OTP") or opens the next phrase
//!   pointing back to it ("…SBI Reward.apk, **usko** kholna mat"), nor past a condition word
//!   unless the negation gives an order ("will **not** be blocked **if** you tell me the OTP" is
//!   an ask; "do **not** pay **if** someone says you won" is advice) — and a negation whose word
//!   gap holds "and"/"aur"/"और" is of its first verb only ("do not panic and share the OTP" is
//!   an ask); a negation inside an order to keep quiet
//!   (`[common] secrecy`: "don't tell anyone") cancels only what it overlaps, and one inside a
//!   denial cancels nothing. A negation elsewhere in the sentence ("tell me the OTP,
//!   you need **not** worry"), or on the far side of a contrast word ("PIN **nahi** chahiye,
//!   **lekin** OTP bata dijiye"), does not cancel the ask. Nor does a negation of another verb:
//!   a word of feeling or arriving or a plea in its word gap ("don't **worry** sir just share the
//!   OTP", "the OTP did not **come** through **please** share it"), or, where the negation follows
//!   its verb, such a word or an order before it ("**ghabraiye** nahi OTP bata dijiye", the plea
//!   "jaldi **karo** na OTP bata do"); see `sentence::negates_another_verb`.
//!
//! That is how "share the OTP with our executive" (an ask) differs from "your OTP is 123456, do
//! not share it" (a warning). A rule can also require context anywhere in the text
//! (`requires`), a link that is not on an official domain (`link = "unofficial"`), or anything
//! but links that are all on official domains (`link = "not-only-official"`: a reward to claim
//! through the sender's own site is no lure); "official" here means an organisation's own domain
//! in the facts registry, its SMS link domains (`sender-link`) included. A rule with at least one
//! candidate left and its context present raises a [`Flag`].
//!
//! A message that *reports or warns about* a scam (a `[common] reported` pattern matches anywhere:
//! "someone called asking for …", "I did not tell him", "it was a fraud", a fact check, "if you
//! receive such a message …") raises only the flags of link and UPI detectors, and is at most
//! [`Verdict::Suspicious`]: the scam's words it quotes are not an ask. A scam can borrow a report's
//! words ("it was a fraud attempt; share the OTP with our officer on 98…"), so its other flags stay
//! (still at most suspicious) when one is strong beside somewhere to act (`[common] channels`: a
//! mobile number, a UPI id, a bank account; or an unofficial link), or strong — or medium beside
//! somewhere to act — in a sentence with no report, warning or refusal of its own; see
//! `reported.rs`. The links it passes on are
//! listed but count as weak, as they do in a message whose only flags are link flags and which
//! speaks in warnings (a `[common] unless` pattern matches somewhere: "Jio does not send such
//! messages; offers are on https://…"): a warning passes a link on, it does not ask you to open it.
//! A report may also quote the scam: a quotation (between quotation marks or set off by lines of
//! rule, "---", found by `fold.rs`) introduced as something received or said (`[common]
//! quote_intros`: "Papa ko SMS aaya: “…”", "messages such as '…'", "dont click!! '…'", or
//! `quote_outros` after it: "“…” -- this is a task scam", "“…” — fake", or the next of a list: "'…'
//! and '…'") in a message that reports the attempt, warns or refuses what it asks outside its
//! quotations (`[common] refusals`: "us number pe call mat karna", "it's fake") makes the message
//! a report — unless a medium or strong flag stands outside every such quotation and its
//! introduction (the message's own ask or link). A quotation that only opens the message counts
//! only beside a report or a refusal: a warning alone ("SBI never asks for your OTP") is what a
//! scam's footer says. No pattern match spans the edge of such a quotation. The asks inside the
//! quotation are never in a plain sentence: they count only as a borrowed report's would (a strong
//! one beside a number, a UPI id or an unofficial link keeps the message suspicious) — unless the
//! message *disowns* the quotation: introduced in words, with a report or a refusal (not only a
//! warning) outside it ("“…” — fake, don't click"); then they are the scam's words passed on and
//! count for nothing, and a number, UPI id or link inside it is not somewhere the message sends
//! you: in "Sis got '… call 98…'. The man asked her to install `AnyDesk`. She didn't" the number is
//! the scam's, passed on, and the caller's ask told over stands beside nothing. The links it
//! quotes count as one weak flag. A quotation without marks counts
//! too: after a `reported` match that ends in a colon ("The message reads: …"), up to the first
//! later sentence that reports, warns or refuses.
//!
//! A message that asks whether what it holds is genuine (`[common] questions`: "ye message aaya
//! hai, sahi hai kya? '…'", "…\n\nBeta is this message correct?"), with no medium or strong
//! flag after the question outside a quotation (a caller's "sahi hai na? CVV bata dijiye" is his
//! ask) but a medium one in a question of the asker's own ("link par click karun?"; a strong ask
//! put as a question, "aap OTP bata denge?", still counts), is at most [`Verdict::Suspicious`]
//! and keeps every red flag: the one asking may be the
//! person using the app, who pasted the scam and typed the question, and must see its red flags
//! rather than "no red flags". A question is not a report.
//!
//! A report's or a warning's words given as the reason for an order ("fake messages are doing the
//! rounds, **so** complete your KYC at …", "fraudsters have your card details **so** the OTP must
//! be read out to me", "bahut fraud ho raha hai, **isliye** …") do not hide the order: its ask
//! stands (at most suspicious in a report) and its link is not passed on. A sender's footer after
//! a link in the same sentence ("… sbi-kyc.top SBI never asks for your OTP") does not warn about
//! the link.
//!
//! Scammers borrow warning words too. A `[common] unless` warning does not cancel a red flag in
//! another phrase (past a comma, colon or dash) that gives the reader an order (`[common] orders`:
//! "your phone has a fake SBI app, **install `AnyDesk`**"), and warning words inside a `[common]
//! pretexts` match ("to avoid fraudsters, update …") do not count; an order limited to a case of
//! the reader's own ("install `AnyDesk` only if your own IT person asks") is advice. A sentence
//! that asks for "it" or names the code by what it is (`[common] follow_ups`: "OTP aaya? **Wo bata
//! dijiye**", "… **Please tell me the number.**") is read together with the sentence before it, and
//! an order to keep quiet that the message tells over ("the SMS says do not share it with anyone")
//! does not cut it off.
//!
//! # Verdict
//! Each rule has a [`Weight`]: strong 4 points, medium 2, weak 1. The points of the raised flags add
//! up: 4 or more is [`Verdict::Scam`] (any strong flag, two medium ones), and so is 3 when one of
//! the flags is medium (a red flag with a deadline or a link shortener beside it, the shape of most
//! scams); 2 or 3 otherwise is [`Verdict::Suspicious`] (one medium flag, or two or three weak
//! ones), less is [`Verdict::NoRedFlags`]. A single weak flag (a deadline, a link shortener, …) is
//! common in genuine messages too, so it is listed but does not make a message suspicious on its
//! own. A strong rule's `medium_when` patterns, matched anywhere in the message, make it count as
//! medium: a bank's OTP delivery ("482913 is your OTP, do not share it") whose terms link is on a
//! short domain we do not know keeps the link's red flag but is suspicious, not a scam. A rule with
//! `negatable = false` holds its own condition ("… unless you pay"), so no
//! negation cancels it.
//!
//! Input longer than [`MAX_CHARS`] characters is cut there and the result says so
//! ([`Scan::truncated`]).

mod fold;
mod links;
mod load;
mod model;
mod reported;
mod sentence;
mod suppress;
#[cfg(test)]
mod tests;

use std::ops::Range;

use regex::Regex;
use serde::{Deserialize, Serialize};

use super::{GuidanceError, Lang};
use reported::Telling;
use sentence::{
    bridge, clauses, contrast_segments, cut_at, join_lists, limited_to_a_case, merge, order_starts,
    phrase_apart, phrase_around, said_before, within,
};
use suppress::ClauseContext;

/// The longest text scanned, in characters; the rest is not looked at.
pub const MAX_CHARS: usize = 20_000;

/// What the check concludes about a message.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// A strong red flag, or a medium one with any other.
    Scam,
    /// One medium red flag, or two or three weak ones: be careful, check through an official
    /// channel.
    Suspicious,
    /// None of the known red flags (which does not prove the message genuine).
    NoRedFlags,
}

/// How much a red flag counts towards the verdict (see the module documentation).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Weight {
    /// Worth knowing; not a red flag on its own (1 point).
    Weak,
    /// A red flag; two of them make a scam (2 points).
    Medium,
    /// Enough alone to call the message a scam (4 points).
    Strong,
}

impl Weight {
    /// The points this weight adds to a message's score.
    pub fn points(self) -> u32 {
        match self {
            Weight::Weak => 1,
            Weight::Medium => 2,
            Weight::Strong => 4,
        }
    }
}

/// Score from which a message is a scam.
const SCAM_POINTS: u32 = 4;
/// Score from which a message with a medium or strong flag is a scam: a red flag together with a
/// weaker one (a deadline, a link shortener) is the shape of most scams.
const SCAM_POINTS_WITH_RED_FLAG: u32 = 3;
/// Score from which a message is suspicious.
const SUSPICIOUS_POINTS: u32 = 2;

/// One red flag raised by one rule.
#[derive(Clone, Debug, Serialize)]
pub struct Flag {
    /// The rule id: stable, the same in every language, e.g. `otp-request`.
    pub id: String,
    /// What the red flag is and why it matters, in the requested language.
    pub explanation: String,
    /// The scam-guide article that explains this kind of fraud.
    pub article: Option<String>,
    pub weight: Weight,
    /// Byte ranges of the scanned text to highlight: on character boundaries, sorted, not
    /// overlapping.
    #[serde(skip)]
    pub spans: Vec<Range<usize>>,
}

/// The result of checking one message.
#[derive(Clone, Debug, Serialize)]
pub struct Scan {
    pub verdict: Verdict,
    /// Strongest first, then in the order they appear in the text.
    pub flags: Vec<Flag>,
    /// Whether the text was longer than [`MAX_CHARS`] and only its beginning was checked.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub truncated: bool,
}

/// What a rule looks for besides its patterns: hits that need code rather than a pattern.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
enum Detector {
    /// A link whose host names a brand or government site but is not on its official domain.
    LookalikeLink,
    /// A link through a URL shortener, which hides where it leads.
    LinkShortener,
    /// A UPI id that names a relief fund or brand but is not its official id.
    UpiLookalike,
    /// Any link whose host is not on an official domain (shorteners included): with a rule's
    /// `requires` naming a bank, department or company, the link is not on that body's domain.
    UnofficialLink,
    /// The wording as a whole resembles known scams (`model.rs`); the spans are the words that
    /// weighed most. Counts like a pattern, not like a link: a report that quotes a scam drops it.
    WordingModel,
}

impl Detector {
    /// Whether the detector looks at links or UPI ids (which a report passes on, as weak flags).
    fn is_link_or_upi(self) -> bool {
        self != Detector::WordingModel
    }
}

/// Context a rule needs about the links in the message.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
enum LinkNeed {
    /// Some link.
    Any,
    /// A link whose host is not on an official domain.
    Unofficial,
    /// No link, or one whose host is not on an official domain: not only the sender's own links.
    #[serde(rename = "not-only-official")]
    NotOnlyOfficial,
}

/// One compiled rule, patterns of every language combined.
struct Rule {
    id: String,
    weight: Weight,
    article: Option<String>,
    explanation: String,
    detector: Option<Detector>,
    link: Option<LinkNeed>,
    /// Whether a `[common] negation` beside a match cancels it (see `negatable` in the rule files).
    negatable: bool,
    patterns: Vec<Regex>,
    /// Patterns that cancel a match in the clauses it touches.
    unless: Vec<Regex>,
    /// Patterns that cancel the rule wherever they match in the message.
    unless_message: Vec<Regex>,
    /// Patterns that, matched anywhere in the message, make a strong rule count as medium.
    medium_when: Vec<Regex>,
    requires: Vec<Regex>,
}

impl Rule {
    /// The rule's weight in `text`: at most medium where a `medium_when` pattern matches.
    fn weight_in(&self, text: &str) -> Weight {
        if self.medium_when.iter().any(|m| m.is_match(text)) {
            self.weight.min(Weight::Medium)
        } else {
            self.weight
        }
    }
}

/// The data-driven lists the detectors use (merged from every language's file).
#[derive(Default)]
struct Lists {
    /// The facts registry's official domains and the organisations' SMS link domains.
    own_domains: Vec<String>,
    shorteners: Vec<String>,
    brands: Vec<String>,
    official_upi: Vec<String>,
    upi_brands: Vec<String>,
}

/// The message-check rules, compiled. Build once and keep: compiling takes about 65 ms in a
/// release build, a scan of a 2,000-character message about 2 ms.
pub struct Rules {
    lang: Lang,
    all: Vec<Rule>,
    common_unless: Vec<Regex>,
    negation: Vec<Regex>,
    /// `[common] reported`: a message that tells someone about a scam attempt.
    reported: Vec<Regex>,
    /// `[common] contrasts` of every language, lower-cased: words that turn a sentence round.
    contrasts: Vec<String>,
    /// `[common] secrecy`: orders to keep quiet, whose negation is not a refusal to share.
    secrecy: Vec<Regex>,
    /// `[common] denials`: "this is not a fraud call", which is not a warning.
    denials: Vec<Regex>,
    /// `[common] channels`: a mobile number, a UPI id, a bank account — somewhere to call or pay.
    channels: Vec<Regex>,
    /// `[common] follow_ups`: a sentence that asks for what the one before it named.
    follow_ups: Vec<Regex>,
    /// `[common] quote_intros`: the end of what comes before a quotation a report quotes
    /// ("message aaya:", "saying").
    quote_intros: Vec<Regex>,
    /// `[common] refusals`: a refusal of what a quotation asks ("us number pe call mat karna").
    refusals: Vec<Regex>,
    /// `[common] quote_outros`: what may follow a quotation instead of an introduction.
    quote_outros: Vec<Regex>,
    /// `[common] questions`: a question whether what is quoted is genuine ("sahi hai kya?").
    questions: Vec<Regex>,
    /// `[common] orders`: a phrase that gives the reader an order ("just tell me the OTP").
    orders: Vec<Regex>,
    /// `[common] pretexts`: a warning word used as a reason to act ("to avoid fraudsters, …").
    pretexts: Vec<Regex>,
    lists: Lists,
    link_re: Regex,
    upi_re: Regex,
    /// Whether the wording model (`model.rs`) may raise its flag: always, except in the tests of
    /// the rules themselves.
    wording_model: bool,
}

impl Rules {
    /// The embedded rules, explanations in `lang`. Patterns of all languages are always used (a
    /// Hindi message can arrive while the app is in English).
    pub fn embedded(lang: Lang) -> Result<Rules, GuidanceError> {
        load::build(&load::embedded(), lang)
    }

    /// The same rules without the wording model: the tests of the rules read their verdicts alone.
    #[cfg(test)]
    fn without_wording_model(mut self) -> Rules {
        self.wording_model = false;
        self
    }

    /// The language of the explanations.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Every rule id, in file order.
    pub fn rule_ids(&self) -> impl Iterator<Item = &str> {
        self.all.iter().map(|r| r.id.as_str())
    }

    /// `(rule id, article id)` for every rule that links an article, so that the content
    /// validator can check each one resolves.
    pub fn article_refs(&self) -> impl Iterator<Item = (&str, &str)> {
        self.all
            .iter()
            .filter_map(|r| r.article.as_deref().map(|a| (r.id.as_str(), a)))
    }

    /// Checks `text` (only its first [`MAX_CHARS`] characters).
    pub fn scan(&self, text: &str) -> Scan {
        let (text, truncated) = match text.char_indices().nth(MAX_CHARS) {
            Some((cut, _)) => (&text[..cut], true),
            None => (text, false),
        };
        // The rules read the text with its disguises folded ("*OTP*", "O\u{200B}TP", Cyrillic
        // look-alikes); the spans found are mapped back to the text as pasted at the end.
        let folded = fold::fold(text);
        // A sentence that asks for "it" ("OTP aaya? Wo bata dijiye") is read with the one before.
        let bridged = bridge(&folded.text, |next| {
            self.follow_ups.iter().any(|f| f.is_match(next))
        });
        let text = bridged.as_str();
        let clauses = clauses(text);
        // Patterns are matched within the stretches between contrast words, so that one match
        // never spans a "but": in "the bank never asks for your OTP, but tell me the OTP" the ask
        // after "but" is found on its own, not swallowed into a match that the negation cancels.
        // Nor does one span a sentence end (as `~` promises) or the end of an order to keep quiet:
        // in "Do not tell anyone, share the OTP now" a word gap would start the ask at "tell",
        // inside the order, whose "not" then cancels it. An order to keep quiet that the message
        // tells over ("the OTP SMS says do not share it with anyone, please read it out") is the
        // SMS's footer: the ask may reach back past it to the OTP.
        let mut cuts: Vec<usize> = clauses.iter().map(|c| c.end).collect();
        cuts.extend(
            matches(&self.secrecy, text)
                .into_iter()
                .filter(|m| !said_before(text, m.start))
                .map(|m| m.end),
        );
        let context: Vec<ClauseContext> = vec![ClauseContext::default(); clauses.len()];
        let links = links::find(self, text);
        let unofficial_link = links.iter().any(|l| !l.official);
        // A message that reports or warns about a scam ("someone called asking for the OTP, I did
        // not tell him", a fact check) quotes the scam's words without asking anything: it is never
        // called a scam, and unless a scam borrowed its words (below) only its links count.
        // Where it reports and where it warns are found once, for every step below.
        let telling = Telling {
            reported_at: self.reports_in(text),
            warnings: self.warnings_in(text),
        };
        // A report that quotes the scam ("Papa ko SMS aaya: “…”. Us number pe call mat karna"):
        // the words in the quotation are the scam's, not an ask (see `reported.rs`).
        let mut quotations = folded.quotations.clone();
        quotations.extend(self.unmarked_quotations(text, &clauses, &telling));
        quotations.sort_by_key(|q| (q.start, q.end));
        let quoted = self.reported_quotations(text, &quotations, &telling);
        // Nor the edge of a quotation a report quotes: two voices, the scam's and the teller's.
        cuts.extend(quoted.all.iter().flat_map(|q| [q.start, q.end]));
        let segments = cut_at(contrast_segments(&self.contrasts, text), &cuts);
        // Each raised flag, and whether a link or UPI detector raised it.
        let mut raised: Vec<(Flag, bool)> = Vec::new();
        for rule in &self.all {
            let context_ok = match rule.link {
                None => true,
                Some(LinkNeed::Any) => !links.is_empty(),
                Some(LinkNeed::Unofficial) => unofficial_link,
                Some(LinkNeed::NotOnlyOfficial) => links.is_empty() || unofficial_link,
            } && (rule.requires.is_empty()
                || rule.requires.iter().any(|r| r.is_match(text)))
                && !rule.unless_message.iter().any(|u| u.is_match(text));
            if !context_ok {
                continue;
            }
            let mut spans = self.candidates(rule, text, &segments, &links);
            spans.retain(|s| !self.suppressed(rule, text, &clauses, &context, s));
            if spans.is_empty() {
                continue;
            }
            raised.push((
                Flag {
                    id: rule.id.clone(),
                    explanation: rule.explanation.clone(),
                    article: rule.article.clone(),
                    weight: rule.weight_in(text),
                    spans,
                },
                rule.detector.is_some_and(Detector::is_link_or_upi),
            ));
        }
        if !links.is_empty() && !unofficial_link {
            self.drop_lone_model_flag(&mut raised);
        }
        // A quotation makes the message a report only of what the quotation holds: a red flag
        // outside it, in a sentence that neither reports nor warns ("Messages saying 'your
        // account is safe' are fake. Share the OTP with our officer on 98…", "… Complete re-KYC
        // at hdfc-rekyc.in"), is the message's own.
        let reported = !telling.reported_at.is_empty()
            || (!quoted.all.is_empty()
                && !self.own_flag_beside_quotations(text, &clauses, &quoted, &raised, &telling));
        // Where a report tells about the scam: its reports, warnings, refusals and quotations.
        let mut told = Vec::new();
        if reported {
            told = self.told_in_report(text, &telling, &quoted);
            let tellings = (&told[..], &quoted.disowned[..]);
            let unofficial: Vec<Range<usize>> = links
                .iter()
                .filter(|l| !l.official)
                .map(|l| l.range.clone())
                .collect();
            self.drop_reported_asks(text, &clauses, tellings, &unofficial, &mut raised);
        }
        let (advisory, quoted_links) = self.passed_on_links(
            text,
            &clauses,
            &raised,
            (reported, &told),
            (&quotations, &quoted.all, !telling.warnings.is_empty()),
        );
        let mut flags: Vec<Flag> = raised
            .into_iter()
            .map(|(mut flag, detected)| {
                if advisory && detected {
                    flag.weight = Weight::Weak;
                }
                flag
            })
            .collect();
        let asked_if_genuine = self.asks_about_what_it_holds(text, &clauses, &quotations, &flags);
        on_the_original_strongest_first(&folded, &mut flags);
        Scan {
            verdict: verdict_of(&flags, reported || asked_if_genuine, quoted_links),
            flags,
            truncated,
        }
    }
}

impl Rules {
    /// Where `rule` finds red flags in `text`, before any is cancelled: its detector's hits and its
    /// patterns' matches within `segments` (never across a contrast word or a sentence end), sorted
    /// and joined — a list ("`AnyDesk`, `TeamViewer` or `QuickSupport`") into one, for a negation to
    /// reach all of it.
    fn candidates(
        &self,
        rule: &Rule,
        text: &str,
        segments: &[Range<usize>],
        links: &[links::Link],
    ) -> Vec<Range<usize>> {
        let mut spans: Vec<Range<usize>> = Vec::new();
        match rule.detector {
            Some(Detector::WordingModel) if self.wording_model => {
                spans.extend(model::get().reason(text));
            }
            Some(detector) if detector != Detector::WordingModel => {
                spans.extend(links::detect(self, detector, text, links));
            }
            _ => {}
        }
        for p in &rule.patterns {
            for segment in segments {
                spans.extend(
                    p.find_iter(&text[segment.clone()])
                        .map(|m| segment.start + m.start()..segment.start + m.end()),
                );
            }
        }
        spans.retain(|s| !s.is_empty());
        // The wording model's words are not a list, and an "and" between two of them is no reason.
        if rule.detector == Some(Detector::WordingModel) {
            merge(spans)
        } else {
            join_lists(text, merge(spans))
        }
    }

    /// In a notice whose every link is on an official domain, drops the wording model's flag when
    /// it is the only red flag: such a notice only reads like a scam ("Total due Rs 18,420, pay by
    /// 3 Dec to avoid a late fee. Pay now: `https://hdfcbk.io/…`"); the model cannot see where the
    /// link goes, and it is the sender's own.
    fn drop_lone_model_flag(&self, raised: &mut Vec<(Flag, bool)>) {
        if raised
            .iter()
            .all(|(flag, _)| flag.weight < Weight::Medium || self.is_model_flag(flag))
        {
            raised.retain(|(flag, _)| !self.is_model_flag(flag));
        }
    }

    /// Where the `[common] reported` patterns match in `text`, leaving out those that end inside a
    /// pretext that names the reader (`[common] pretexts`): "we will message all your contacts
    /// **that you are a fraud**" is a threat, not a report that a message was a fraud, and
    /// "**someone sent** a fake SMS **from your account**" is what a scam tells the reader before it
    /// asks for the code "to block it", not a report of what happened to the writer's people.
    /// Only a pretext within one sentence counts.
    fn reports_in(&self, text: &str) -> Vec<Range<usize>> {
        let pretexts: Vec<Range<usize>> = matches(&self.pretexts, text)
            .into_iter()
            .filter(|p| !text[p.clone()].contains(['.', '!', '?', '।', '\n']))
            .collect();
        matches(&self.reported, text)
            .into_iter()
            .filter(|r| !pretexts.iter().any(|p| p.start < r.end && r.end <= p.end))
            .collect()
    }

    /// Whether `flag` is the wording model's: its spans are the words that weighed most, wherever
    /// they stand, not an ask.
    fn is_model_flag(&self, flag: &Flag) -> bool {
        self.all
            .iter()
            .any(|r| r.id == flag.id && r.detector == Some(Detector::WordingModel))
    }

    /// Which link flags are links passed on rather than asked to be opened: all of them (`true`)
    /// in a message that reports or warns about a scam (`told`: where it tells about it) unless
    /// it orders the reader to open one outside its quotations (`quotations`) and after what it
    /// tells, or in a message whose only red flags are its links while it speaks in warnings
    /// (`warns`) and orders nothing of them ("Jio does not send such messages … see
    /// `https://t.co/…`"); and how many are links a report quotes (`quoted`), which count as one.
    fn passed_on_links(
        &self,
        text: &str,
        clauses: &[Range<usize>],
        raised: &[(Flag, bool)],
        (reported, told): (bool, &[Range<usize>]),
        (quotations, quoted, warns): (&[Range<usize>], &[Range<usize>], bool),
    ) -> (bool, usize) {
        // A warning passes a link on; it does not ask you to open it. Not when a link sits in a sentence that orders the reader ("… सावधान रहें और केवल इस लिंक
        // पर सत्यापन करें: rbi-….in"): that link is not passed on, it is where to go.
        // In a report, only a link the report itself orders the reader to open, after what it
        // tells ("bahut fraud ho raha hai, isliye KYC yahan update karein: …"), outside every
        // quotation.
        let ordered_link = || {
            raised.iter().any(|(flag, detected)| {
                *detected
                    && flag.spans.iter().any(|s| {
                        clauses
                            .iter()
                            .filter(|c| within(s, c))
                            .any(|c| self.in_order(text, c, s))
                            && (!reported
                                || (!quotations.iter().any(|q| within(s, q))
                                    && self.ordered_for_a_reason(text, clauses, told, s)))
                    })
            })
        };
        let advisory = (reported || (raised.iter().all(|(_, detected)| *detected) && warns))
            && !ordered_link();
        // The links a report quotes ("Mummy ko message aaya: “… sbi-kyc.in/x”") are one link passed
        // on, however many detectors name it.
        let quoted_links = raised
            .iter()
            .filter(|(flag, detected)| {
                *detected
                    && flag
                        .spans
                        .iter()
                        .all(|s| quoted.iter().any(|q| within(s, q)))
            })
            .count();
        (advisory, quoted_links)
    }

    /// Whether `span` lies in an order to the reader (`[common] orders`) within `clause`: its phrase,
    /// the part of it after a joining word, or the phrase before its colon gives one.
    fn in_order(&self, text: &str, clause: &Range<usize>, span: &Range<usize>) -> bool {
        self.order_start(text, clause, span, clause.start).is_some()
    }

    /// Whether the candidate `span` lies in a phrase of `clause` that gives the reader an order
    /// (`[common] orders`) and the warning `warning` stands in another phrase: "your phone has a
    /// fake SBI app, **install `AnyDesk`**", "koi charge nahi lagega, **bas OTP bata dijiye**". A
    /// scammer borrows warning words to sound protective; the order beside them is still an ask.
    fn ordered_apart(
        &self,
        text: &str,
        clause: &Range<usize>,
        warning: &Range<usize>,
        span: &Range<usize>,
    ) -> bool {
        self.order_start(text, clause, span, warning.end)
            .is_some_and(|(at, phrase_start)| {
                at > phrase_start || phrase_apart(text, warning, span)
            })
    }

    /// Where an order to the reader that holds `span` begins, at or after `from` (and the start of
    /// its phrase): the phrase of `clause` around `span`, or the part of it after a joining word
    /// ("beware of fraudsters **and** share the OTP", "… **so** share the OTP", "ठग … **इसलिए**
    /// ओटीपी बताइए"), or — when `span` follows a colon — the phrase before the colon, whose object
    /// it is ("… केवल इस लिंक पर सत्यापन करें: rbi-khata-satyapan.in").
    fn order_start(
        &self,
        text: &str,
        clause: &Range<usize>,
        span: &Range<usize>,
        from: usize,
    ) -> Option<(usize, usize)> {
        let ordered = |phrase: Range<usize>| {
            order_starts(&text[phrase.clone()])
                .map(|at| phrase.start + at)
                .filter(|&at| at >= from && at <= span.start)
                .find(|&at| {
                    let order = &text[at..phrase.end];
                    self.orders.iter().any(|o| o.is_match(order.trim_start()))
                        && !limited_to_a_case(order)
                })
                .map(|at| (at, phrase.start))
        };
        let phrase = phrase_around(text, clause, span);
        if let Some(found) = ordered(phrase.clone()) {
            return Some(found);
        }
        let head = clause.start.min(phrase.start);
        let before = text[head..phrase.start].trim_end();
        if !before.ends_with(':') {
            return None;
        }
        let colon = head + before.len() - 1;
        ordered(phrase_around(text, clause, &(colon..colon)))
    }
}

/// Moves the spans of `flags` from the folded text back onto the text as typed, and orders the
/// flags as shown: strongest first, then by where they start.
fn on_the_original_strongest_first(folded: &fold::Folded, flags: &mut [Flag]) {
    for flag in flags.iter_mut() {
        for span in &mut flag.spans {
            *span = folded.to_original(span);
        }
    }
    flags.sort_by(|a, b| {
        b.weight
            .cmp(&a.weight)
            .then_with(|| a.spans[0].start.cmp(&b.spans[0].start))
    });
}

/// The verdict the raised flags add up to (see the module documentation); a message that reports
/// or warns about a scam is never called one, and the `quoted_links` flags of the links a report
/// quotes (weak, a point each) count as one.
fn verdict_of(flags: &[Flag], reported: bool, quoted_links: usize) -> Verdict {
    let repeats = u32::try_from(quoted_links.saturating_sub(1)).unwrap_or(u32::MAX);
    let points: u32 = flags
        .iter()
        .map(|f| f.weight.points())
        .sum::<u32>()
        .saturating_sub(repeats);
    let red_flag = flags.iter().any(|f| f.weight >= Weight::Medium);
    let scam_points = if red_flag {
        SCAM_POINTS_WITH_RED_FLAG
    } else {
        SCAM_POINTS
    };
    if points >= scam_points && !reported {
        Verdict::Scam
    } else if points >= SUSPICIOUS_POINTS {
        Verdict::Suspicious
    } else {
        Verdict::NoRedFlags
    }
}

/// Where any of `patterns` matches in `text` (byte ranges; matches of different patterns may
/// overlap).
fn matches(patterns: &[Regex], text: &str) -> Vec<Range<usize>> {
    patterns
        .iter()
        .flat_map(|p| p.find_iter(text))
        .map(|m| m.range())
        .collect()
}
