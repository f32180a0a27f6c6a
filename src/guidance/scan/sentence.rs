//! How a message divides into sentences, phrases and the stretches between contrast words, and
//! the small range helpers the scan shares: where a match may start and end, and how far a
//! negation or a warning reaches. Kept apart from the scan because it knows nothing of rules.

use std::ops::Range;

/// Words that join two things of the same kind: a list ("`AnyDesk`, `TeamViewer` or
/// `QuickSupport`") or two orders ("do not panic and share the OTP").
pub(super) const JOINING_WORDS: [&str; 7] = ["or", "and", "aur", "ya", "या", "और", "&"];

/// Whether `words` (a negation's match) holds a joining word ([`JOINING_WORDS`]): its "not" is then
/// of the first order only.
///
/// A list in the subject of "no … will" ("no police, CBI **or** customs officer will call you") joins
/// no orders: only the words after the modal count.
pub(super) fn joins_phrases(words: &str) -> bool {
    let words: Vec<&str> = words
        .split(is_word_separator)
        .filter(|w| !w.is_empty())
        .collect();
    let from = match words.first() {
        Some(w) if w.eq_ignore_ascii_case("no") => words
            .iter()
            .position(|w| one_of(&MODALS, w))
            .map_or(0, |at| at + 1),
        _ => 0,
    };
    words[from..].iter().any(|w| one_of(&JOINING_WORDS, w))
}

/// Whether a negation's match (`range` of `text`) is of a verb other than the act it seems to refuse:
/// "do not **worry** sir just share the OTP", "the OTP did not **come** through please share it"
/// (a word of feeling or arriving in its word gap, [`NOT_ACTS`]), or, in Hindi word order where the
/// negation follows its verb, "**ghabraiye** nahi OTP bata dijiye", "**घबराइए** नहीं ओटीपी बता
/// दीजिए", and the plea "jaldi **karo** na OTP bata do" (the word before a post-verb negation is
/// one of [`NOT_ACTS`] or an order, [`PLEADED`]). A plea in the word gap ("do not disconnect
/// **please** share …", [`PLEAS`]) also starts a new order. Such a negation refuses nothing of the
/// ask after it.
pub(super) fn negates_another_verb(text: &str, range: &Range<usize>) -> bool {
    let words: Vec<&str> = text[range.clone()]
        .split(is_word_separator)
        .filter(|w| !w.is_empty())
        .collect();
    let gap = words.len().saturating_sub(1);
    if words
        .iter()
        .take(gap)
        .skip(1)
        .any(|w| not_an_act(w) || one_of(&PLEAS, w))
    {
        return true;
    }
    let postposed = words
        .first()
        .is_some_and(|w| one_of(&POSTPOSED_NEGATIONS, w));
    postposed
        && text[..range.start]
            .split(is_word_separator)
            .rfind(|w| !w.is_empty())
            .is_some_and(|before| not_an_act(before) || one_of(&PLEADED, before))
}

/// Whether `word` names a feeling or an arrival, which a negation may be of ("don't **worry**",
/// "did not **come**", "**ghabraiye** nahi", "**चिंता** मत कीजिए"): by its beginning, any case.
fn not_an_act(word: &str) -> bool {
    let word = word.to_lowercase();
    NOT_ACTS.iter().any(|stem| word.starts_with(stem))
}

/// Words that open an order politely: one after a negation begins a new order.
const PLEAS: [&str; 6] = ["please", "pls", "plz", "kindly", "कृपया", "kripya"];

/// Beginnings of words of feeling or arriving, and the participles of a transaction's alert
/// ("not done by you"): English, Hinglish and Hindi.
const NOT_ACTS: [&str; 27] = [
    // What happened to the transaction, not an act refused: "If not **done** by you call 98…",
    // "not **made** by you".
    "done",
    "made",
    "worr",
    "panic",
    "fear",
    "hesitat",
    "afraid",
    "scared",
    "tension",
    "come",
    "came",
    "arriv",
    "receiv",
    "reach",
    "ghabra",
    "chinta",
    "fikar",
    "fikr",
    "pareshan",
    "daro",
    "dariye",
    "घबरा",
    "डर",
    "चिंता",
    "फिक्र",
    "परेशान",
    "आया",
];

/// Negation words that follow their verb (Hinglish and Hindi word order).
const POSTPOSED_NEGATIONS: [&str; 11] = [
    "mat",
    "na",
    "naa",
    "nahi",
    "nahin",
    "nhi",
    "nahee",
    "मत",
    "न",
    "ना",
    "नहीं",
];

/// Orders after which "na"/"ना" is a plea ("jaldi **karo na**", "सुनो ना").
const PLEADED: [&str; 22] = [
    "karo",
    "kro",
    "kariye",
    "kijiye",
    "suno",
    "suniye",
    "dekho",
    "dekhiye",
    "bolo",
    "samjho",
    "chalo",
    "jaldi",
    "करो",
    "करिए",
    "कीजिए",
    "सुनो",
    "सुनिए",
    "देखो",
    "देखिए",
    "बोलो",
    "समझो",
    "जल्दी",
];

/// The modal verbs of a "no … will" negation.
const MODALS: [&str; 7] = ["will", "would", "shall", "can", "does", "do", "ever"];

/// Words that open a condition: a negation on the far side of one is part of a threat or a
/// promise, not a refusal ("your account will **not** be blocked **if** you tell me the OTP", "the
/// refund will **not** come **unless** you install `AnyDesk`").
pub(super) const CONDITIONS: [&str; 13] = [
    "if",
    "once",
    "after",
    "unless",
    "until",
    "till",
    "otherwise",
    "warna",
    "varna",
    "agar",
    "agr",
    "अगर",
    "वरना",
];

/// Whether a negation's words give an order ("do not pay", "never click", "mat bhejo", "शेयर न
/// करें") rather than state something ("will not be blocked", "nahi aayega").
fn imperative(negation: &str) -> bool {
    let n = negation.trim().to_lowercase();
    [
        "do not",
        "don't",
        "dont",
        "never",
        "please do not",
        "please don't",
        "mat ",
        "मत ",
    ]
    .iter()
    .any(|w| n.starts_with(w))
        || [
            "karein",
            "karen",
            "kijiye",
            "karo",
            "karna",
            "करें",
            "कीजिए",
            "करो",
            "करना",
            "मत",
            " mat",
        ]
        .iter()
        .any(|w| n.ends_with(w))
}

/// Whether a comma, colon, dash or condition word ([`CONDITIONS`]; not after an order, unless the
/// order is itself a condition's: "if you don't pay") stands between the negation `a` and the
/// range `b` (in either order; overlapping ranges have nothing between them): the negation is of
/// another phrase.
/// Not when the later range ends a list the earlier one began, after a joining word ("do not
/// click on links, download apps **or** share the OTP").
pub(super) fn phrase_break_between(text: &str, a: &Range<usize>, b: &Range<usize>) -> bool {
    let Some(gap) = gap_between(text, a, b) else {
        return false;
    };
    // A condition breaks the phrase of a negation that states (a promise, a threat), not of one
    // that orders: "do not pay anything if someone says you won a lottery" is advice.
    // "if you don't pay" is a condition, however it begins.
    let conditioned = text[..a.start]
        .split(is_word_separator)
        .filter(|w| !w.is_empty())
        .rev()
        .take(2)
        .any(|w| one_of(&CONDITIONS, w));
    let condition = (conditioned || !imperative(&text[a.clone()]))
        && gap.split(is_word_separator).any(|w| one_of(&CONDITIONS, w));
    // "The OTP did not come through **please** share the new one": a plea after a negation
    // starts a new order (the plea may open `b` itself).
    let plea = a.end <= b.start && {
        let first_of_b = text[b.clone()]
            .split(is_word_separator)
            .find(|w| !w.is_empty());
        gap.split(is_word_separator)
            .chain(first_of_b)
            .any(|w| one_of(&PLEAS, w))
    };
    let broken = phrase_breaks(gap).next().is_some() || condition || plea;
    let last_word = gap
        .trim_end_matches(is_word_separator)
        .rsplit(is_word_separator)
        .next()
        .unwrap_or_default();
    broken && !one_of(&JOINING_WORDS, last_word)
}

/// Pronouns that open a phrase by pointing back to what the phrase before it named: "koi bhi APK
/// file aaye, **usko** kholna mat", "… नाम की फाइल आई है, **उसे** डाउनलोड मत करना".
const RESUMPTIVE: [&str; 16] = [
    "usko",
    "use",
    "ise",
    "isko",
    "unhe",
    "inhe",
    "unko",
    "inko",
    "उसे",
    "उसको",
    "इसे",
    "इसको",
    "उन्हें",
    "इन्हें",
    "उनको",
    "इनको",
];

/// What an English negation refuses when it points back: "if you get such a file, do not open
/// **it**".
const RESUMED_AFTER: [&str; 2] = ["it", "them"];

/// Whether the negation `negation` opens the phrase right after the one that holds `span` and
/// points back to it: the gap between them holds one phrase break and then only a pronoun that
/// points back ([`RESUMPTIVE`]: "…SBI Reward.apk, **usko** kholna mat"), or nothing, with "it" or
/// "them" after the negation ("…a file like update.apk, do not open **it**"). Such a negation
/// refuses what the phrase before named, however far back in it that stands.
pub(super) fn resumes(text: &str, span: &Range<usize>, negation: &Range<usize>) -> bool {
    if span.end > negation.start {
        return false;
    }
    let gap = &text[span.end..negation.start];
    let mut breaks = phrase_breaks(gap);
    let (Some(at), None) = (breaks.next(), breaks.next()) else {
        return false;
    };
    let opening: Vec<&str> = gap[at.end..]
        .split(is_word_separator)
        .filter(|w| !w.is_empty())
        .collect();
    match opening.as_slice() {
        [pronoun] => one_of(&RESUMPTIVE, pronoun),
        [] => text[negation.end..]
            .split(is_word_separator)
            .find(|w| !w.is_empty())
            .is_some_and(|w| one_of(&RESUMED_AFTER, w)),
        _ => false,
    }
}

/// Where `s` breaks between phrases: the byte ranges of its commas, colons, dashes (a hyphen with a
/// space on each side) and Arabic-script commas.
fn phrase_breaks(s: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let bytes = s.as_bytes();
    s.char_indices()
        .filter(move |&(i, c)| {
            matches!(c, ',' | ':' | '–' | '—' | '،')
                || c == '-' && i > 0 && bytes[i - 1] == b' ' && bytes.get(i + 1) == Some(&b' ')
        })
        .map(|(i, c)| i..i + c.len_utf8())
}

/// Whether a phrase break ([`phrase_breaks`]) stands between the ranges `a` and `b` (in either
/// order; overlapping ranges have nothing between them).
pub(super) fn phrase_apart(text: &str, a: &Range<usize>, b: &Range<usize>) -> bool {
    gap_between(text, a, b).is_some_and(|gap| phrase_breaks(gap).next().is_some())
}

/// The phrase of `clause` that holds `span`: from the phrase break ([`phrase_breaks`]) before it
/// to the one after it, without the breaks, white space and the sentence's end mark (a byte range
/// of `text`).
pub(super) fn phrase_around(
    text: &str,
    clause: &Range<usize>,
    span: &Range<usize>,
) -> Range<usize> {
    let start = clause.start.min(span.start);
    let end = clause.end.max(span.end);
    let start = phrase_breaks(&text[start..span.start])
        .last()
        .map_or(start, |b| start + b.end);
    let end = phrase_breaks(&text[span.end..end])
        .next()
        .map_or(end, |b| span.end + b.start);
    let edge = |c: char| c.is_whitespace() || matches!(c, '.' | '!' | '?' | '।' | '॥' | ';');
    let phrase = &text[start..end];
    let trimmed_start = start + (phrase.len() - phrase.trim_start_matches(edge).len());
    let trimmed_end = start + phrase.trim_end_matches(edge).len();
    trimmed_start..trimmed_end.max(trimmed_start)
}

/// Whether the range `inner` lies within `outer`.
pub(super) fn within(inner: &Range<usize>, outer: &Range<usize>) -> bool {
    outer.start <= inner.start && inner.end <= outer.end
}

/// Whether the ranges `a` and `b` share at least one byte.
pub(super) fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

/// Words after which a new order may begin inside one phrase ("beware of fraudsters **and** share
/// the OTP", "… **so** share the OTP", "ठग … **इसलिए** ओटीपी बताइए").
const ORDER_JOINS: [&str; 9] = [
    "and",
    "so",
    "then",
    "hence",
    "therefore",
    "isliye",
    "aur",
    "इसलिए",
    "और",
];

/// Words that limit an order to a case of the reader's own ("only", "sirf", "केवल"; "if", "agar";
/// "own", "apne"): "install `AnyDesk` only if your own IT person asks" is advice, not an order.
/// Not "only when our officer calls you": the case is the scammer's.
const LIMITS: [&str; 5] = ["only", "sirf", "keval", "केवल", "सिर्फ"];
const CASES: [&str; 4] = ["if", "agar", "agr", "अगर"];
const OWN: [&str; 8] = [
    "own",
    "yourself",
    "apne",
    "apna",
    "khud",
    "अपने",
    "अपना",
    "खुद",
];

/// Whether `phrase` limits its order to a case of the reader's own: one of [`LIMITS`] followed by
/// one of [`CASES`], and one of [`OWN`] after them.
pub(super) fn limited_to_a_case(phrase: &str) -> bool {
    let words: Vec<&str> = phrase
        .split(is_word_separator)
        .filter(|w| !w.is_empty())
        .collect();
    words.windows(2).enumerate().any(|(at, pair)| {
        one_of(&LIMITS, pair[0])
            && one_of(&CASES, pair[1])
            && words[at + 2..].iter().any(|w| one_of(&OWN, w))
    })
}

/// Words that say what a message says ("the SMS says …", "usme likha hai …"): an order after one is
/// the message's words, told over, not an order to the reader.
const SAYS: [&str; 10] = [
    "says",
    "said",
    "say",
    "reads",
    "written",
    "writes",
    "mentions",
    "likha",
    "लिखा",
    "कहता",
];

/// Whether one of the three words before `at` in `text` is one of [`SAYS`]: "an OTP has come that
/// **says** do not share it with anyone".
pub(super) fn said_before(text: &str, at: usize) -> bool {
    text[..at]
        .rsplit(is_word_separator)
        .filter(|w| !w.is_empty())
        .take(3)
        .any(|w| one_of(&SAYS, w))
}

/// Whether a word that gives a reason ("so", "therefore", "isliye", "इसलिए") stands between the end
/// of `a` and the start of `b`: what comes after is done because of what comes before ("fake
/// messages are doing the rounds, **so** complete your KYC at …").
pub(super) fn reason_between(text: &str, a: &Range<usize>, b: &Range<usize>) -> bool {
    a.end <= b.start
        && text[a.end..b.start]
            .split(is_word_separator)
            .any(|w| one_of(&REASONS, w))
}

/// Words that give a reason for what follows.
const REASONS: [&str; 8] = [
    "so",
    "hence",
    "therefore",
    "isliye",
    "isiliye",
    "islie",
    "इसलिए",
    "इसलिये",
];

/// Where an order may begin in `phrase`: its start, and just after each of [`ORDER_JOINS`] in it
/// (byte offsets into `phrase`).
pub(super) fn order_starts(phrase: &str) -> impl Iterator<Item = usize> + '_ {
    let mut at = 0;
    let joins = phrase
        .split_inclusive(is_word_separator)
        .filter_map(move |piece| {
            at += piece.len();
            let word = piece.trim_end_matches(is_word_separator);
            one_of(&ORDER_JOINS, word).then_some(at)
        });
    std::iter::once(0).chain(joins)
}

/// The last word of `span` in `text` (the whole span if it has one word).
pub(super) fn last_word(text: &str, span: &Range<usize>) -> Range<usize> {
    let inner = text[span.clone()].trim_end_matches(is_word_separator);
    let start = inner.rfind(is_word_separator).map_or(0, |i| {
        i + inner[i..].chars().next().map_or(1, char::len_utf8)
    });
    span.start + start..span.start + inner.len()
}

/// The text between the ranges `a` and `b` (in either order); none when they overlap.
pub(super) fn gap_between<'t>(
    text: &'t str,
    a: &Range<usize>,
    b: &Range<usize>,
) -> Option<&'t str> {
    if a.end <= b.start {
        Some(&text[a.end..b.start])
    } else if b.end <= a.start {
        Some(&text[b.end..a.start])
    } else {
        None
    }
}

/// Whether `word` is one of `words`, ignoring ASCII case.
fn one_of(words: &[&str], word: &str) -> bool {
    words.iter().any(|w| word.eq_ignore_ascii_case(w))
}

/// `segments` split further at each of `cuts` (byte offsets) that falls inside one.
pub(super) fn cut_at(segments: Vec<Range<usize>>, cuts: &[usize]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for seg in segments {
        let mut inner: Vec<usize> = cuts
            .iter()
            .copied()
            .filter(|&c| seg.start < c && c < seg.end)
            .collect();
        inner.sort_unstable();
        inner.dedup();
        let mut start = seg.start;
        for c in inner {
            out.push(start..c);
            start = c;
        }
        out.push(start..seg.end);
    }
    out
}

/// What separates words for the contrast words: white space, ASCII punctuation and the danda.
pub(super) fn is_word_separator(c: char) -> bool {
    c.is_whitespace() || c.is_ascii_punctuation() || c == '।'
}

/// Whether one of `contrasts` (lower-case words that turn a sentence round: a warning or a negation
/// before one does not cover a red flag after it, nor the other way round, as in "SBI never asks for
/// your PIN, **but** for the refund tell me the OTP") stands as a whole word in the text between the
/// ranges `a` and `b` (which may come in either order; overlapping ranges have nothing between them).
pub(super) fn contrast_between(
    contrasts: &[String],
    text: &str,
    a: &Range<usize>,
    b: &Range<usize>,
) -> bool {
    let Some(gap) = gap_between(text, a, b) else {
        return false;
    };
    gap.split(is_word_separator)
        .any(|word| !word.is_empty() && contrasts.iter().any(|w| *w == word.to_lowercase()))
}

/// `text` cut before each whole word of `contrasts` (lower-case): the stretches a pattern match may
/// not cross. Words are separated by [`is_word_separator`], as in [`contrast_between`].
pub(super) fn contrast_segments(contrasts: &[String], text: &str) -> Vec<Range<usize>> {
    let mut cuts = vec![0];
    let mut word_start = None;
    for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
        match (is_word_separator(c), word_start) {
            (false, None) => word_start = Some(i),
            (true, Some(start)) => {
                let word = text[start..i].to_lowercase();
                if start > 0 && contrasts.contains(&word) {
                    cuts.push(start);
                }
                word_start = None;
            }
            _ => {}
        }
    }
    cuts.push(text.len());
    cuts.windows(2).map(|w| w[0]..w[1]).collect()
}

/// The clauses of `text`: split after `.`, `!`, `?`, `।` or `॥` followed by white space (or the
/// end), and at new lines and `;`. A `.` after "Rs" or "No" (an amount, a number) does not end a
/// clause.
pub(super) fn clauses(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next_is_space = chars.peek().is_none_or(|(_, n)| n.is_whitespace());
        let end = match c {
            '\n' | ';' | '।' | '॥' => true,
            '!' | '?' => next_is_space,
            '.' => next_is_space && !abbreviation_before(&text[start..i]),
            _ => false,
        };
        if end {
            let stop = i + c.len_utf8();
            out.push(start..stop);
            start = stop;
        }
    }
    if start < text.len() {
        out.push(start..text.len());
    }
    out
}

/// `text` with the end of each sentence that `follows_on` says the next one continues ("OTP aaya?
/// **Wo bata dijiye**", "An OTP has been sent. **Please read it out to me.**") turned into a comma,
/// padded with spaces to the same length: the ask that refers back is read with what it refers to.
/// Byte offsets are unchanged, so ranges found in the result are ranges of `text`.
pub(super) fn bridge(text: &str, follows_on: impl Fn(&str) -> bool) -> String {
    let clauses = clauses(text);
    let mut out = text.to_owned();
    for pair in clauses.windows(2) {
        let (before, next) = (&pair[0], &pair[1]);
        let Some((at, mark)) = text[before.clone()].char_indices().next_back() else {
            continue;
        };
        if !matches!(mark, '.' | '!' | '?' | '।' | '॥' | '\n' | ';')
            || !follows_on(text[next.clone()].trim_start())
        {
            continue;
        }
        let at = before.start + at;
        let comma = format!(",{}", " ".repeat(mark.len_utf8() - 1));
        out.replace_range(at..at + mark.len_utf8(), &comma);
    }
    out
}

/// Words after which a `.` does not end a sentence: amounts (`Rs.`), numbers (`No.`), accounts,
/// titles and company words. The one list the clause splitter and the rules' `~` gap use.
pub(super) const ABBREVIATIONS: &[&str] = &[
    "rs", "no", "a/c", "mr", "mrs", "ms", "dr", "shri", "smt", "st", "ltd", "pvt", "govt", "dept",
    "approx",
];

/// Whether `before` (a clause so far) ends in a word after which a `.` does not end a sentence.
pub(super) fn abbreviation_before(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| !c.is_alphanumeric() && c != '/')
        .next()
        .unwrap_or_default();
    one_of(ABBREVIATIONS, word)
}

/// Joins neighbouring ranges that only a list separator keeps apart ("`AnyDesk`, `TeamViewer` or
/// `QuickSupport`"), so that a negation before a list reaches all of it. `spans` must be sorted and
/// disjoint.
pub(super) fn join_lists(text: &str, spans: Vec<Range<usize>>) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::with_capacity(spans.len());
    for s in spans {
        if let Some(last) = out.last_mut() {
            let gap = text[last.end..s.start]
                .trim_matches(|c: char| c.is_whitespace() || c == ',' || c == '/');
            if gap.is_empty() || one_of(&JOINING_WORDS, gap) {
                last.end = s.end;
                continue;
            }
        }
        out.push(s);
    }
    out
}

/// Sorts ranges and joins those that overlap or touch.
pub(super) fn merge(mut spans: Vec<Range<usize>>) -> Vec<Range<usize>> {
    spans.sort_by_key(|s| (s.start, s.end));
    let mut out: Vec<Range<usize>> = Vec::with_capacity(spans.len());
    for s in spans {
        match out.last_mut() {
            Some(last) if s.start <= last.end => last.end = last.end.max(s.end),
            _ => out.push(s),
        }
    }
    out
}
