//! Messages that report or warn about a scam ("someone called asking for the OTP, I did not tell
//! him", a fact check): the scam's words they quote are not an ask, so their pattern flags are
//! dropped — unless a scam borrowed a report's words to pass as one. Kept apart from the scan
//! itself because it is one decision with its own evidence (channels, sentences).

use std::ops::Range;

use super::fold::RULE_MARKS;
use super::sentence::{overlaps, reason_between, within};
use super::{Flag, Rules, Weight};

/// How far before a quotation its introduction ("Mummy ko message aaya:", "saying") is looked
/// for, in bytes.
const INTRO_BYTES: usize = 80;

/// The quotation marks that may stay in the folded text around a quotation.
const QUOTE_MARKS: [char; 4] = ['\'', '"', '‘', '’'];

/// How a quotation is introduced as something received or said.
#[derive(Clone, PartialEq, Eq)]
enum Introduction {
    /// In words before it (`intro`: "Mummy ko message aaya: “…”") or after it (`None`: "“…” - fake
    /// hai").
    Words { intro: Option<Range<usize>> },
    /// Only by opening the message.
    Start,
    /// Not at all: a scam's own quotation marks ("Reply “YES” to …").
    None,
}

/// The quotations a report quotes, found once per scan by [`Rules::reported_quotations`].
#[derive(Default)]
pub(super) struct Quoted {
    /// Every quotation the report quotes, in order.
    pub(super) all: Vec<Range<usize>>,
    /// Those the message disowns: introduced in words, in a message that, outside its
    /// quotations, reports the attempt or refuses what they ask ("“…” — fake, don't click",
    /// "Got this: '…'. Blocked and reported") — not only warns, as a scam's footer does ("SBI
    /// never asks for your OTP"). Their asks are the scam's, passed on to warn, and count for
    /// nothing (see [`Rules::drop_reported_asks`]); their links count as one weak flag. A scam
    /// that wrote its own pitch this way would have told its reader it is a fraud.
    pub(super) disowned: Vec<Range<usize>>,
    /// Where the words that introduce them stand (`[common] quote_intros`): they tell how the
    /// scam came ("मेरे साथी के पास व्हाट्सऐप पर संदेश आया:"), so a red flag in them is the report's
    /// word, not the message's own.
    pub(super) intros: Vec<Range<usize>>,
}

/// Where a message tells about scams, found once per scan: where it reports (`[common]
/// reported`: "someone called asking for …", "it was a fraud") and where it warns (`[common]
/// unless`, less denials and pretexts: see `Rules::warnings_in`).
pub(super) struct Telling {
    pub(super) reported_at: Vec<Range<usize>>,
    pub(super) warnings: Vec<Range<usize>>,
}

impl Rules {
    /// The quotations of `text` (from `fold.rs`) that a report quotes: introduced as something
    /// received or said (`[common] quote_intros`: "Mummy ko message aaya: “…”", "an SMS saying
    /// \"…\""; or `quote_outros` after it: "“…” - ye message aaya"; or at the start of the message)
    /// in a message that, outside its quotations, reports the attempt (`[common]
    /// reported`: "it's a scam", "papa ne phone kaat diya"), warns (`[common] unless`: "beware",
    /// "fake messages", not a pretext such as "to avoid fraud") or refuses what it asks (`[common]
    /// refusals`: "us number pe call mat karna", "dont click!!"); one only opening the message needs
    /// a report or a refusal, not a warning alone; one listed after another ("… such as “…” and
    /// “…”") goes with it. A
    /// sender's name and a colon ("SBI Alert: \"…\"") is no introduction, and a scam's own footer
    /// ("do not share it with anyone", "no charges") is no refusal. The asks inside such a
    /// quotation are the scam's words; they still count as a scam that borrowed a report's words
    /// would (see [`Rules::drop_reported_asks`]): a strong one beside a number, a UPI id or an
    /// unofficial link keeps the message suspicious, unless the message disowns the quotation
    /// ([`Quoted::disowned`]).
    pub(super) fn reported_quotations(
        &self,
        text: &str,
        quotations: &[Range<usize>],
        telling: &Telling,
    ) -> Quoted {
        let inside = |r: &Range<usize>| quotations.iter().any(|q| within(r, q));
        let disowns = self.disowns_outside(text, quotations, telling);
        let mut quoted = Quoted::default();
        if !disowns && !telling.warnings.iter().any(|w| !inside(w)) {
            return quoted;
        }
        // Whether the last quotation taken was introduced in words: the next of a list ("messages
        // such as “…” and “…”", "'…', '…' ya '…'") goes with it.
        let mut last_in_words: Option<bool> = None;
        for q in quotations {
            let listed = quoted.all.last().is_some_and(|last| {
                text.get(last.end..q.start).is_some_and(|between| {
                    let between = between.trim_matches(|c: char| {
                        c.is_whitespace() || QUOTE_MARKS.contains(&c) || c == ','
                    });
                    matches!(
                        between,
                        "" | "and" | "or" | "aur" | "ya" | "और" | "या" | "/"
                    )
                })
            });
            // A quotation that only opens the message needs a report or a refusal after it: a
            // scam can open with its own pitch in quotation marks and close with a borrowed
            // footer ("“Your SBI account will be blocked today, update KYC at …” SBI never asks
            // for your OTP.").
            let in_words = match self.introduction(text, q) {
                Introduction::Words { intro } => {
                    quoted.intros.extend(intro);
                    true
                }
                Introduction::Start if disowns => false,
                _ if listed => last_in_words == Some(true),
                _ => continue,
            };
            last_in_words = Some(in_words);
            quoted.all.push(q.clone());
            if in_words && disowns {
                quoted.disowned.push(q.clone());
            }
        }
        quoted
    }

    /// Whether `text`, outside its quotations, reports the attempt (`[common] reported`) or refuses
    /// what they ask (`[common] refusals`). A refusal that is also a warning ("SBI never asks for
    /// your OTP") is what a scam's footer says too: it does not count.
    fn disowns_outside(&self, text: &str, quotations: &[Range<usize>], telling: &Telling) -> bool {
        let inside = |r: &Range<usize>| quotations.iter().any(|q| within(r, q));
        telling.reported_at.iter().any(|r| !inside(r))
            || self
                .refusals_in(text)
                .any(|r| !inside(&r) && !telling.warnings.iter().any(|w| overlaps(w, &r)))
    }

    /// How the quotation `q` of `text` is introduced (see [`Rules::reported_quotations`]): the
    /// [`INTRO_BYTES`] before and after it are read, less quotation marks and lines of rule.
    fn introduction(&self, text: &str, q: &Range<usize>) -> Introduction {
        let mut from = q.start.saturating_sub(INTRO_BYTES);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let mut to = (q.end + INTRO_BYTES).min(text.len());
        while !text.is_char_boundary(to) {
            to -= 1;
        }
        // A single quotation mark stays in the folded text; it is no word of the intro.
        let edge =
            |c: char| QUOTE_MARKS.contains(&c) || RULE_MARKS.contains(&c) || c.is_whitespace();
        let before = text[from..q.start].trim_end_matches(edge);
        let after = text[q.end..to].trim_start_matches(edge);
        if let Some(intro) = self
            .quote_intros
            .iter()
            .filter_map(|i| i.find(before))
            .map(|m| from + m.start()..from + m.end())
            .min_by_key(|m| m.start)
        {
            Introduction::Words { intro: Some(intro) }
        } else if self.quote_outros.iter().any(|o| o.is_match(after)) {
            Introduction::Words { intro: None }
        } else if before.is_empty() {
            Introduction::Start
        } else {
            Introduction::None
        }
    }

    /// Quotations without marks: after a `[common] reported` match that ends in a colon ("The
    /// message reads: Dear consumer your electricity …"), the text up to the first later sentence
    /// that reports, warns or refuses ("Officials said the discom never sends such SMS"). None
    /// when no such sentence follows: an advisory says what it quoted.
    pub(super) fn unmarked_quotations(
        &self,
        text: &str,
        clauses: &[Range<usize>],
        telling: &Telling,
    ) -> Vec<Range<usize>> {
        let opened: Vec<usize> = telling
            .reported_at
            .iter()
            .filter(|r| text[r.start..r.end].trim_end().ends_with(':'))
            .map(|r| r.end)
            .collect();
        if opened.is_empty() {
            return Vec::new();
        }
        let told = self.told_in(text, &telling.reported_at, &telling.warnings);
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

    /// Where `text` reports (`reported_at`), warns (`warnings`) or refuses (`[common] refusals`;
    /// not a scam's own footer such as "no charges").
    fn told_in(
        &self,
        text: &str,
        reported_at: &[Range<usize>],
        warnings: &[Range<usize>],
    ) -> Vec<Range<usize>> {
        reported_at
            .iter()
            .chain(warnings)
            .cloned()
            .chain(self.refusals_in(text))
            .collect()
    }

    /// Whether `text` asks whether what it holds is genuine (`[common] questions`: "ye message aaya
    /// hai, sahi hai kya? '…'", "…\n\nBeta is this message correct?") and gives no order of its
    /// own after the question: no medium or strong flag of `flags` starts after the first question
    /// outside every quotation of `quotations`, except a medium one in a clause of `clauses` that
    /// is itself a question ("क्या ये सही है? लिंक पर क्लिक करूं?": should I click?; but "सही है
    /// ना? आप ओटीपी बता देंगे?" is a caller's strong ask, put politely). Whoever asks may be the
    /// person using the app, who pasted the scam and typed the question: the red flags stay
    /// shown, and the message is at most suspicious. A caller's question before his ask ("aapka
    /// address Rohini hai, sahi hai na? CVV bata dijiye", "Is this correct? Call 98… now") is no
    /// such question. The wording model's flag is no order: its words may stand anywhere, the
    /// asker's own among them ("… from a +92 **number** …").
    pub(super) fn asks_about_what_it_holds(
        &self,
        text: &str,
        clauses: &[Range<usize>],
        quotations: &[Range<usize>],
        flags: &[Flag],
    ) -> bool {
        let Some(asked_at) = self
            .questions
            .iter()
            .flat_map(|q| q.find_iter(text))
            .map(|m| m.range())
            .filter(|m| !quotations.iter().any(|q| within(m, q)))
            .map(|m| m.start)
            .min()
        else {
            return false;
        };
        // A medium flag in a clause that is itself a question is the asker's ("link par click
        // karun?"); a strong ask put as a question is still an ask ("sahi hai na? Aap OTP bata
        // denge?").
        let in_a_question = |s: &Range<usize>| {
            let mut around = clauses.iter().filter(|c| overlaps(c, s)).peekable();
            around.peek().is_some() && around.all(|c| text[c.clone()].trim_end().ends_with('?'))
        };
        // The asker repeating the quotation's words is no ask of his own ("… KBC lucky draw …”. She
        // says it's real because it has the KBC logo"): a span whose words stand in one the same
        // flag found inside a quotation.
        let echoes = |flag: &Flag, s: &Range<usize>| {
            let words = text[s.clone()].to_lowercase();
            flag.spans.iter().any(|o| {
                quotations.iter().any(|q| within(o, q))
                    && text[o.clone()].to_lowercase().contains(&words)
            })
        };
        !flags.iter().any(|flag| {
            flag.weight >= Weight::Medium
                && !self.is_model_flag(flag)
                && flag.spans.iter().any(|s| {
                    s.start >= asked_at
                        && (flag.weight >= Weight::Strong || !in_a_question(s))
                        && !quotations.iter().any(|q| within(s, q))
                        && !echoes(flag, s)
                })
        })
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
    /// in the message (else the quotations would not matter). The wording model's flag is no ask:
    /// its words may stand anywhere ("I said I will come to the office and **pay**").
    pub(super) fn own_flag_beside_quotations(
        &self,
        text: &str,
        clauses: &[Range<usize>],
        quoted: &Quoted,
        raised: &[(Flag, bool)],
        telling: &Telling,
    ) -> bool {
        let mut told = self.told_in(text, &[], &telling.warnings);
        told.extend(quoted.intros.iter().cloned());
        raised.iter().any(|(flag, _)| {
            flag.weight >= Weight::Medium
                && !self.is_model_flag(flag)
                && flag.spans.iter().any(|s| {
                    !quoted.all.iter().any(|q| within(s, q))
                        && self.own_in_sentence(text, clauses, &told, s)
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
    /// a quotation is never in a plain sentence. Somewhere to act inside a quotation the message
    /// disowns is the scam's, passed on to warn ("Sis got '… call officer 98…'. They asked her to
    /// install `AnyDesk`. She didn't, thankfully"): it does not count (`unofficial_links`: the
    /// ranges of the links off the official domains).
    pub(super) fn drop_reported_asks(
        &self,
        text: &str,
        clauses: &[Range<usize>],
        (told, disowned): (&[Range<usize>], &[Range<usize>]),
        unofficial_links: &[Range<usize>],
        raised: &mut Vec<(Flag, bool)>,
    ) {
        let outside = |r: &Range<usize>| !disowned.iter().any(|q| within(r, q));
        let channel = unofficial_links.iter().any(outside)
            || self
                .channels
                .iter()
                .any(|c| c.find_iter(text).any(|m| outside(&m.range())));
        let passed_on = |flag: &Flag| {
            flag.spans
                .iter()
                .all(|s| disowned.iter().any(|q| within(s, q)))
        };
        let borrowed = raised.iter().any(|(flag, detected)| {
            let plain = || {
                flag.spans
                    .iter()
                    .any(|s| self.own_in_sentence(text, clauses, told, s))
            };
            !detected
                && !passed_on(flag)
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

impl Rules {
    /// Where a message that reports a scam tells about it: its `[common] reported` matches, its
    /// warnings, the quotations it reports (`quoted`) and its refusals — the `[common] negation`
    /// matches, but not the "not" of an order to keep quiet ("do not tell anyone") or of a denial
    /// ("this is not a fraud call"), which is a scammer's.
    pub(super) fn told_in_report(
        &self,
        text: &str,
        telling: &Telling,
        quoted: &Quoted,
    ) -> Vec<Range<usize>> {
        let refusals = self
            .negations_in(text)
            .into_iter()
            .filter_map(|(n, quiet)| (!quiet).then_some(n));
        telling
            .reported_at
            .iter()
            .chain(&telling.warnings)
            .cloned()
            .chain(refusals)
            .chain(quoted.all.iter().cloned())
            .chain(quoted.intros.iter().cloned())
            .collect()
    }

    /// Whether `span` is the message's own, not part of what it tells about a scam: every clause
    /// it touches is free of the ranges in `told` (reports, warnings, refusals), or holds them only
    /// before a word of reason and an order to the reader that holds `span` ("Many fake messages
    /// are doing the rounds, **so complete your KYC at** …", "bahut fraud ho raha hai, **isliye
    /// KYC update karein**: …"): a report's words borrowed as the reason to act. Without the word
    /// of reason the order is the scam's, told over ("kisi ne call kiya, bola OTP batao").
    pub(super) fn own_in_sentence(
        &self,
        text: &str,
        clauses: &[Range<usize>],
        told: &[Range<usize>],
        span: &Range<usize>,
    ) -> bool {
        self.reasons_in_clauses(text, clauses, told, span)
            .all(|told_first| told_first != Some(false))
    }

    /// Whether `span` lies in an order to the reader given for a reason after what `told` holds
    /// in every clause it touches, and some clause does hold it ("bahut fraud ho raha hai,
    /// **isliye** apna KYC yahan update karein: …"): a link there is where the message sends the
    /// reader, not one it passes on.
    pub(super) fn ordered_for_a_reason(
        &self,
        text: &str,
        clauses: &[Range<usize>],
        told: &[Range<usize>],
        span: &Range<usize>,
    ) -> bool {
        let mut touched = self
            .reasons_in_clauses(text, clauses, told, span)
            .peekable();
        touched.peek().is_some() && touched.all(|told_first| told_first == Some(true))
    }

    /// [`Rules::acted_on_what_it_tells`] for each clause of `clauses` that `span` touches.
    fn reasons_in_clauses<'a>(
        &'a self,
        text: &'a str,
        clauses: &'a [Range<usize>],
        told: &'a [Range<usize>],
        span: &'a Range<usize>,
    ) -> impl Iterator<Item = Option<bool>> + 'a {
        clauses
            .iter()
            .filter(move |c| overlaps(c, span))
            .map(move |c| self.acted_on_what_it_tells(text, c, told, span))
    }

    /// In `clause`: none when it holds nothing of `told`; else whether all of that comes before
    /// `span`, with a word of reason and an order to the reader holding `span` after it.
    fn acted_on_what_it_tells(
        &self,
        text: &str,
        clause: &Range<usize>,
        told: &[Range<usize>],
        span: &Range<usize>,
    ) -> Option<bool> {
        let in_clause: Vec<&Range<usize>> = told.iter().filter(|t| overlaps(t, clause)).collect();
        let last = in_clause.iter().max_by_key(|t| t.end)?;
        Some(
            in_clause.iter().all(|t| t.end <= span.start)
                && reason_between(text, last, span)
                && self.ordered_apart(text, clause, last, span),
        )
    }
}
