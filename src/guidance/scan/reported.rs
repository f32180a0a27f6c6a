//! Messages that report or warn about a scam ("someone called asking for the OTP, I did not tell
//! him", a fact check): the scam's words they quote are not an ask, so their pattern flags are
//! dropped — unless a scam borrowed a report's words to pass as one. Kept apart from the scan
//! itself because it is one decision with its own evidence (channels, quotation marks, sentences).

use std::ops::Range;

use super::{Flag, Rules, Weight, matches};

impl Rules {
    /// In a message that reports or warns about a scam, drops the red flags of its patterns (the
    /// scam's words it quotes are not an ask) and keeps those of the link and UPI detectors — unless
    /// a scam borrowed a report's words to pass as one ("it was a fraud attempt; share the OTP with
    /// our officer on 98…", "ये फ्रॉड है, जो OTP आया है वो बता दीजिए"). The asks, which no negation or
    /// warning cancelled, then stand (the verdict stays at most suspicious) when one of them is
    /// a red flag outside quotation marks in a sentence that holds no report, warning or negation of
    /// its own: a strong flag, or a medium one when the message gives somewhere to act (a `[common]
    /// channels` match: a mobile number, a UPI id, a bank account; or a link off the official
    /// domains).
    pub(super) fn drop_reported_asks(
        &self,
        text: &str,
        clauses: &[Range<usize>],
        reported_at: &[Range<usize>],
        unofficial_link: bool,
        raised: &mut Vec<(Flag, bool)>,
    ) {
        let channel = unofficial_link || self.channels.iter().any(|c| c.is_match(text));
        let told: Vec<Range<usize>> = reported_at
            .iter()
            .cloned()
            .chain(self.warnings_in(text))
            .chain(matches(&self.negation, text))
            .collect();
        let quoted = quotations(text);
        let overlap = |a: &Range<usize>, b: &Range<usize>| a.start < b.end && b.start < a.end;
        let in_plain_sentence = |span: &Range<usize>| {
            !quoted.iter().any(|q| overlap(q, span))
                && clauses
                    .iter()
                    .filter(|c| overlap(c, span))
                    .all(|c| !told.iter().any(|t| overlap(t, c)))
        };
        let borrowed = raised.iter().any(|(flag, detected)| {
            !detected
                && (flag.weight == Weight::Strong || (channel && flag.weight >= Weight::Medium))
                && flag.spans.iter().any(in_plain_sentence)
        });
        if !borrowed {
            raised.retain(|(_, detected)| *detected);
        }
    }
}

/// The stretches between double quotation marks (`"…"`, `“…”`): what a message that reports a scam
/// quotes of it. Single quotes are left out: `'` is also an apostrophe.
fn quotations(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match (c, open) {
            ('"' | '“', None) => open = Some(i),
            ('"' | '”', Some(start)) => {
                out.push(start..i + c.len_utf8());
                open = None;
            }
            _ => {}
        }
    }
    out
}
