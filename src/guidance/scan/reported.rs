//! Messages that report or warn about a scam ("someone called asking for the OTP, I did not tell
//! him", a fact check): the scam's words they quote are not an ask, so their pattern flags are
//! dropped — unless a scam borrowed a report's words to pass as one. Kept apart from the scan
//! itself because it is one decision with its own evidence (channels, sentences).

use std::ops::Range;

use super::sentence::{overlaps, within};
use super::{Flag, Rules, Weight};

/// How far before a quotation its introduction ("Mummy ko message aaya:", "saying") is looked
/// for, in bytes.
const INTRO_BYTES: usize = 80;

/// The quotation marks that may stay in the folded text around a quotation.
const QUOTE_MARKS: [char; 4] = ['\'', '"', '‘', '’'];

impl Rules {
    /// The quotations of `text` (from `fold.rs`) that a report quotes: introduced as something
    /// received or said (`[common] quote_intros`: "Mummy ko message aaya: “…”", "an SMS saying
    /// \"…\""; or `quote_outros` after it: "“…” - ye message aaya"; or at the start of the message)
    /// in a message that, outside its quotations, reports the attempt (`[common]
    /// reported`: "it's a scam", "papa ne phone kaat diya"), warns (`[common] unless`: "beware",
    /// "fake messages", not a pretext such as "to avoid fraud") or, after the quotation, refuses what
    /// it asks (`[common] refusals`: "us number pe call mat karna", "don't click that link"). A
    /// sender's name and a colon ("SBI Alert: \"…\"") is no introduction, and a scam's own footer
    /// ("do not share it with anyone", "no charges") is no refusal. The asks inside such a
    /// quotation are the scam's words; they still count as a scam that borrowed a report's words
    /// would (see [`Rules::drop_reported_asks`]): a strong one beside a number, a UPI id or an
    /// unofficial link keeps the message suspicious.
    pub(super) fn reported_quotations(
        &self,
        text: &str,
        quotations: &[Range<usize>],
        reported_at: &[Range<usize>],
    ) -> Vec<Range<usize>> {
        let inside = |r: &Range<usize>| quotations.iter().any(|q| within(r, q));
        let Some(first) = quotations.first() else {
            return Vec::new();
        };
        let told_outside = reported_at.iter().any(|r| !inside(r))
            || self.warnings_in(text).iter().any(|w| !inside(w))
            || self
                .refusals_in(text)
                .any(|r| r.start >= first.end && !inside(&r));
        if !told_outside {
            return Vec::new();
        }
        quotations
            .iter()
            .filter(|q| {
                let mut from = q.start.saturating_sub(INTRO_BYTES);
                while !text.is_char_boundary(from) {
                    from += 1;
                }
                // A single quotation mark stays in the folded text; it is no word of the intro.
                let before = text[from..q.start].trim_end_matches(QUOTE_MARKS);
                let mut to = (q.end + INTRO_BYTES).min(text.len());
                while !text.is_char_boundary(to) {
                    to -= 1;
                }
                let after = text[q.end..to].trim_start_matches(QUOTE_MARKS);
                before.trim().is_empty()
                    || self.quote_intros.iter().any(|i| i.is_match(before))
                    || self.quote_outros.iter().any(|o| o.is_match(after))
            })
            .cloned()
            .collect()
    }

    /// Quotations without marks: after a `[common] reported` match that ends in a colon ("The
    /// message reads: Dear consumer your electricity …"), the text up to the first later sentence
    /// that reports, warns or refuses ("Officials said the discom never sends such SMS"). None
    /// when no such sentence follows: an advisory says what it quoted.
    pub(super) fn unmarked_quotations(
        &self,
        text: &str,
        clauses: &[Range<usize>],
        reported_at: &[Range<usize>],
    ) -> Vec<Range<usize>> {
        let opened: Vec<usize> = reported_at
            .iter()
            .filter(|r| text[r.start..r.end].trim_end().ends_with(':'))
            .map(|r| r.end)
            .collect();
        if opened.is_empty() {
            return Vec::new();
        }
        let told = self.told_in(text, reported_at);
        opened
            .into_iter()
            .filter_map(|start| {
                clauses
                    .iter()
                    .filter(|c| c.start >= start)
                    .find(|c| told.iter().any(|t| overlaps(t, c)))
                    .map(|c| start..c.start)
            })
            .filter(|q| !text[q.clone()].trim().is_empty())
            .collect()
    }

    /// Where `text` reports (`reported_at`), warns (`[common] unless`) or refuses (`[common]
    /// refusals`; not a scam's own footer such as "no charges").
    fn told_in(&self, text: &str, reported_at: &[Range<usize>]) -> Vec<Range<usize>> {
        reported_at
            .iter()
            .cloned()
            .chain(self.warnings_in(text))
            .chain(self.refusals_in(text))
            .collect()
    }

    /// Where a `[common] refusals` pattern matches in `text`.
    fn refusals_in<'t>(&'t self, text: &'t str) -> impl Iterator<Item = Range<usize>> + 't {
        self.refusals
            .iter()
            .flat_map(move |r| r.find_iter(text).map(|m| m.range()))
    }

    /// Whether a medium or strong flag of `raised` lies outside every quotation in `quoted`, in a
    /// sentence with no warning (`[common] unless`) or refusal (`[common] refusals`) of its own:
    /// the message's own ask or link beside the scam it quotes. `[common] reported` has no match
    /// in the message (else the quotations would not matter).
    pub(super) fn own_flag_beside_quotations(
        &self,
        text: &str,
        clauses: &[Range<usize>],
        quoted: &[Range<usize>],
        raised: &[(Flag, bool)],
    ) -> bool {
        let told = self.told_in(text, &[]);
        raised.iter().any(|(flag, _)| {
            flag.weight >= Weight::Medium
                && flag.spans.iter().any(|s| {
                    !quoted.iter().any(|q| within(s, q)) && in_plain_sentence(clauses, &told, s)
                })
        })
    }

    /// In a message that reports or warns about a scam, drops the red flags of its patterns (the
    /// scam's words it quotes are not an ask) and keeps those of the link and UPI detectors — unless
    /// a scam borrowed a report's words to pass as one ("it was a fraud attempt; share the OTP with
    /// our officer on 98…", "ये फ्रॉड है, जो OTP आया है वो बता दीजिए"). The asks, which no negation or
    /// warning cancelled, then stand (the verdict stays at most suspicious) when one of them is a
    /// strong flag beside somewhere to act (a `[common] channels` match: a mobile number, a UPI id,
    /// a bank account; or a link off the official domains), or a strong flag — or a medium one
    /// beside somewhere to act — in a sentence that holds no report, warning or refusal of its
    /// own. Quotation marks alone do not hide an ask (a scam can write them too); a report that
    /// quotes a scam says so (`quoted`, from [`Rules::reported_quotations`]), and an ask inside such
    /// a quotation is never in a plain sentence.
    pub(super) fn drop_reported_asks(
        &self,
        text: &str,
        clauses: &[Range<usize>],
        reported_at: &[Range<usize>],
        quoted: &[Range<usize>],
        unofficial_link: bool,
        raised: &mut Vec<(Flag, bool)>,
    ) {
        let channel = unofficial_link || self.channels.iter().any(|c| c.is_match(text));
        // The "not" of an order to keep quiet ("do not tell anyone") or of a denial ("this is not
        // a fraud call") is a scammer's, not a refusal.
        let refusals = self
            .negations_in(text)
            .into_iter()
            .filter_map(|(n, quiet)| (!quiet).then_some(n));
        let told: Vec<Range<usize>> = reported_at
            .iter()
            .cloned()
            .chain(self.warnings_in(text))
            .chain(refusals)
            .chain(quoted.iter().cloned())
            .collect();
        let borrowed = raised.iter().any(|(flag, detected)| {
            let plain = || {
                flag.spans
                    .iter()
                    .any(|s| in_plain_sentence(clauses, &told, s))
            };
            !detected
                && match flag.weight {
                    Weight::Strong => channel || plain(),
                    Weight::Medium => channel && plain(),
                    Weight::Weak => false,
                }
        });
        if !borrowed {
            raised.retain(|(_, detected)| *detected);
        }
    }
}

/// Whether every clause of `clauses` that `span` touches is free of the ranges in `told` (reports,
/// warnings, refusals): the span is in a sentence of its own, not one that tells about a scam.
fn in_plain_sentence(clauses: &[Range<usize>], told: &[Range<usize>], span: &Range<usize>) -> bool {
    clauses
        .iter()
        .filter(|c| overlaps(c, span))
        .all(|c| !told.iter().any(|t| overlaps(t, c)))
}
