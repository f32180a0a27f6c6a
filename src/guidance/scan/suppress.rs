//! When a red flag the patterns found is cancelled: by the rule's `unless` patterns, by a warning
//! (`[common] unless`) or by a negation (`[common] negation`) beside it in its clause — and when
//! a warning or a negation only seems to cancel it (a contrast word between them, an order or a
//! reason in between, a sender's footer after a link, a negation of another verb). The module
//! documentation in `mod.rs` gives the rules in prose; this is where they are decided, once per
//! candidate, with what is known about each clause worked out once per scan (`ClauseContext`).

use std::ops::Range;

use super::sentence::{
    contrast_between, gap_between, joins_phrases, last_word, negates_another_verb, overlaps,
    phrase_break_between, reason_between, resumes, within,
};
use super::{Detector, Rule, Rules, matches};

impl Rules {
    /// Where the `[common] unless` patterns (warnings and advisories) match in `text`, leaving out
    /// those inside a denial (`[common] denials`: "this is not a fraud call", "yeh fraud nahi
    /// hai") or a pretext (`[common] pretexts`: "to avoid fraudsters, update …"), which is what a
    /// scammer says, not a warning.
    pub(super) fn warnings_in(&self, text: &str) -> Vec<Range<usize>> {
        let mut denied = matches(&self.denials, text);
        denied.extend(matches(&self.pretexts, text));
        matches(&self.common_unless, text)
            .into_iter()
            .filter(|w| !denied.iter().any(|d| within(w, d)))
            .collect()
    }

    /// Where the `[common] negation` patterns match in `text`, and whether each is inside an order
    /// to keep quiet (`[common] secrecy`: "don't tell anyone"), leaving out those inside a denial
    /// (the "not" of "this is not a fraud call" refuses nothing).
    pub(super) fn negations_in(&self, text: &str) -> Vec<(Range<usize>, bool)> {
        let secret = matches(&self.secrecy, text);
        let denied = matches(&self.denials, text);
        matches(&self.negation, text)
            .into_iter()
            .filter(|m| !denied.iter().any(|d| d.contains(&m.start)))
            // The negation's word gap ("do not ever share") must not pass over an "and": in "do not
            // panic and share the OTP" the "not" is of "panic", and the ask stands.
            .filter(|m| !joins_phrases(&text[m.clone()]))
            // Nor is a negation of another verb ("don't worry sir just share the OTP", "ghabraiye
            // nahi OTP bata dijiye", the plea "jaldi karo na OTP bata do") a refusal of the ask.
            .filter(|m| !negates_another_verb(text, m))
            .map(|m| {
                let quiet = secret.iter().any(|s| overlaps(s, &m));
                (m, quiet)
            })
            .collect()
    }

    /// Whether a candidate is cancelled: by the rule's `unless` pattern in a clause it touches, by a
    /// `[common] unless` pattern there, or by a `[common] negation` that touches it (overlaps it, or
    /// is at most [`NEGATION_REACH`] characters before or after it, or opens the next phrase pointing
    /// back to it: see `sentence::resumes`) in the same clause — the last two only with no
    /// contrast word (`[common] contrasts`) between them and the candidate.
    pub(super) fn suppressed(
        &self,
        rule: &Rule,
        text: &str,
        clauses: &[Range<usize>],
        context: &[ClauseContext],
        span: &Range<usize>,
    ) -> bool {
        clauses
            .iter()
            .zip(context)
            .filter(|(c, _)| overlaps(c, span))
            .any(|(c, ctx)| {
                let clause = &text[c.clone()];
                if rule.unless.iter().any(|u| u.is_match(clause)) {
                    return true;
                }
                if ctx
                    .warnings
                    .get_or_init(|| {
                        self.warnings_in(clause)
                            .into_iter()
                            .map(|w| c.start + w.start..c.start + w.end)
                            .collect()
                    })
                    .iter()
                    .any(|w| {
                        // A warning inside a long match is of its last phrase only, as a
                        // negation is (below).
                        let target = if span.start < w.start && w.end < span.end {
                            last_word(text, span)
                        } else {
                            span.clone()
                        };
                        // Nor past a word of reason: "fraudsters have your card details, so
                        // the OTP you received must be read out to me" is the scam's ask.
                        // A footer after a link ("… sbi-kyc.top SBI never asks for your OTP")
                        // does not warn about the link unless it speaks of links or messages.
                        let footer = rule.detector.is_some_and(Detector::is_link_or_upi)
                            && w.start >= span.end
                            && is_a_footer(&text[w.clone()]);
                        !footer
                            && !contrast_between(&self.contrasts, text, w, &target)
                            && !self.ordered_apart(text, c, w, &target)
                            && !reason_between(text, w, &target)
                    })
                {
                    return true;
                }
                rule.negatable
                    && ctx
                        .negations
                        .get_or_init(|| {
                            self.negations_in(clause)
                                .into_iter()
                                .map(|(m, quiet)| (c.start + m.start..c.start + m.end, quiet))
                                .collect()
                        })
                        .iter()
                        .any(|(n, quiet)| {
                            // "Don't tell anyone" cancels only what it overlaps ("OTP किसी को न
                            // बताएं"), not an ask beside it ("किसी को मत बताना, OTP अभी बताइए").
                            // Otherwise it reaches a red flag nearby in its own phrase ("never
                            // install apps like AnyDesk"), not one past a comma, a dash or a
                            // condition ("do not cut the call, share the OTP now": the ask is a new
                            // order; "will not be blocked if you tell me the OTP": a promise).
                            // A negation inside a long match is of the match's last
                            // phrase only ("OTP aaya hoga, usme likha hoga do not share,
                            // wo OTP bata dijiye": the ask is the last phrase).
                            let inside = span.start < n.start && n.end < span.end;
                            let target = if inside {
                                last_word(text, span)
                            } else {
                                span.clone()
                            };
                            // A keep-it-quiet inside the match ("an OTP has come that says do
                            // not share it with anyone, please read it out") is the SMS's footer
                            // quoted, not a refusal of the last phrase's ask.
                            let touches = if *quiet && !inside {
                                overlaps(n, span)
                            } else {
                                resumes(text, &target, n)
                                    || within_reach(text, n, span)
                                        && !phrase_break_between(text, n, &target)
                            };
                            // A link is refused by a verb of opening or paying ("do not
                            // click http://…", "इस लिंक पर क्लिक न करें"), not by a footer
                            // beside it ("… http://sbi-kyc.xyz Never share your OTP").
                            let refuses_link = !rule.detector.is_some_and(Detector::is_link_or_upi)
                                || refuses_a_link(&text[n.clone()]);
                            touches
                                && refuses_link
                                && !contrast_between(&self.contrasts, text, n, &target)
                        })
            })
    }
}

/// Whether a negation's words refuse to open, follow or pay a link or a UPI id: only such a negation
/// cancels a link or UPI flag. English, Hinglish and Hindi verbs; a negation in another language
/// leaves the flag (a false alarm rather than a missed scam).
fn refuses_a_link(negation: &str) -> bool {
    const VERBS: [&str; 19] = [
        "click",
        "open",
        "download",
        "install",
        "डाउनलोड",
        "इंस्टॉल",
        "visit",
        "tap",
        "pay",
        "transfer",
        "send",
        "khol",
        "bhej",
        "क्लिक",
        "खोल",
        "भुगतान",
        "भेज",
        "पेमेंट",
        "ट्रांसफर",
    ];
    let n = negation.to_lowercase();
    VERBS.iter().any(|v| n.contains(v))
}

/// Whether a warning is a sender's footer about what it never does ("SBI never asks for your
/// OTP", "kabhi OTP nahi maangta") and says nothing of links or messages: after a scam's link it
/// warns about nothing there. "Such links are fake", "This claim is fake" and "इस तरह के मैसेज से
/// सावधान रहें" still cancel the link before them.
fn is_a_footer(warning: &str) -> bool {
    const NEVER: [&str; 5] = ["never", "kabhi", "कभी", "not ask", "n't ask"];
    const LINKS: [&str; 12] = [
        "link",
        "url",
        "site",
        "message",
        "sms",
        "mail",
        "लिंक",
        "वेबसाइट",
        "साइट",
        "मैसेज",
        "संदेश",
        "एसएमएस",
    ];
    let w = warning.to_lowercase();
    NEVER.iter().any(|word| w.contains(word)) && !LINKS.iter().any(|word| w.contains(word))
}

/// How far from a red flag a negation still cancels it, in characters (not bytes: a Devanagari
/// letter is three bytes, and the same refusal must reach as far in every script): before it in
/// English ("do not install apps like `AnyDesk`"), after it in Hindi ("APK वाली फाइल व्हाट्सएप पर
/// मत खोलना").
const NEGATION_REACH: usize = 40;

/// Whether the negation `n` overlaps `span` or stands at most [`NEGATION_REACH`] characters
/// before or after it.
fn within_reach(text: &str, n: &Range<usize>, span: &Range<usize>) -> bool {
    gap_between(text, n, span).is_none_or(|gap| gap.chars().count() <= NEGATION_REACH)
}

/// What is known about one clause, worked out when first needed during a scan.
#[derive(Clone, Default)]
pub(super) struct ClauseContext {
    /// Where the `[common] unless` patterns match in it (byte ranges of the text).
    warnings: std::cell::OnceCell<Vec<Range<usize>>>,
    /// Where the `[common] negation` patterns match in it (byte ranges of the text), and whether
    /// the match lies in an order to keep quiet (`[common] secrecy`).
    negations: std::cell::OnceCell<Vec<(Range<usize>, bool)>>,
}
