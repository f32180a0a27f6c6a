//! What the rules read: the message with the disguises that change nothing for a reader but break
//! a pattern taken out — invisible characters ("O\u{200B}TP"), full-width letters ("ＯＴＰ"),
//! Cyrillic and Greek letters that look Latin ("ОТР" in Cyrillic), and the marks of chat
//! formatting and quotation around a word ("*OTP*", "_urgent_", "\"OTP\"") — and a way back from
//! what was found to where it stands in the message as pasted, for highlighting.
//!
//! Also folded: the digits of the Indian scripts to ASCII digits ("९८७६५४३२१०" is a mobile number),
//! emoji and pictographs (dropped: "🔑OTP" is "OTP"), and brackets around a word ("(OTP)").
//!
//! Joiners (U+200C, U+200D) stay beside a virama, where they shape a conjunct or a half form and the
//! rule files spell them; anywhere else ("ओ\u{200D}टीपी") they show nothing and are dropped.

use std::ops::Range;

use crate::identifier::decimal_digit;

/// The folded text, and for each of its bytes the byte range of the pasted character it came from.
pub(super) struct Folded {
    pub(super) text: String,
    /// The quotations of the text: byte ranges of the folded text between an opening quotation mark
    /// and its closing one ("Mummy ko message aaya: “…”. Ignore karna"), in order.
    pub(super) quotations: Vec<Range<usize>>,
    origin: Vec<Range<usize>>,
    pasted_len: usize,
}

impl Folded {
    /// The pasted text's byte range that `range` (of the folded text, on character boundaries)
    /// came from.
    pub(super) fn to_original(&self, range: &Range<usize>) -> Range<usize> {
        // Spans are never empty (the scan drops empty ones); an empty one maps to where it starts.
        let start = self
            .origin
            .get(range.start)
            .map_or(self.pasted_len, |o| o.start);
        let end = range
            .end
            .checked_sub(1)
            .filter(|_| !range.is_empty())
            .map_or(start, |last| self.origin[last].end);
        start..end
    }
}

/// Characters that show nothing: zero-width space, word joiner, byte-order mark, soft hyphen, and
/// the direction marks and embeddings.
fn invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' | '\u{200E}' | '\u{200F}'
    ) || ('\u{202A}'..='\u{202E}').contains(&c)
        || ('\u{2066}'..='\u{2069}').contains(&c)
}

/// The joiners: zero-width non-joiner and joiner.
fn joiner(c: char) -> bool {
    matches!(c, '\u{200C}' | '\u{200D}')
}

/// The viramas of the Indian scripts (Devanagari to Malayalam, and Sinhala's al-lakuna), beside
/// which a joiner changes how a conjunct is drawn.
fn virama(c: Option<char>) -> bool {
    matches!(
        c,
        Some(
            '\u{094D}'
                | '\u{09CD}'
                | '\u{0A4D}'
                | '\u{0ACD}'
                | '\u{0B4D}'
                | '\u{0BCD}'
                | '\u{0C4D}'
                | '\u{0CCD}'
                | '\u{0D4D}'
                | '\u{0DCA}'
        )
    )
}

/// Emoji and pictographs, and the variation selector that asks for the emoji form: they carry no
/// word, and one stuck to a word ("🔑OTP") hides it from the patterns.
fn pictograph(c: char) -> bool {
    matches!(c, '\u{2600}'..='\u{27BF}' | '\u{2B00}'..='\u{2BFF}' | '\u{FE0F}' | '\u{1F000}'..='\u{1FAFF}')
}

/// The Latin letter a Cyrillic or Greek letter is made to look like, if any.
fn latin_lookalike(c: char) -> Option<char> {
    const PAIRS: &[(char, char)] = &[
        ('А', 'A'),
        ('В', 'B'),
        ('Е', 'E'),
        ('К', 'K'),
        ('М', 'M'),
        ('Н', 'H'),
        ('О', 'O'),
        ('Р', 'P'),
        ('С', 'C'),
        ('Т', 'T'),
        ('Х', 'X'),
        ('І', 'I'),
        ('Ј', 'J'),
        ('Ѕ', 'S'),
        ('а', 'a'),
        ('е', 'e'),
        ('о', 'o'),
        ('р', 'p'),
        ('с', 'c'),
        ('у', 'y'),
        ('х', 'x'),
        ('і', 'i'),
        ('ј', 'j'),
        ('ѕ', 's'),
        ('Α', 'A'),
        ('Β', 'B'),
        ('Ε', 'E'),
        ('Ζ', 'Z'),
        ('Η', 'H'),
        ('Ι', 'I'),
        ('Κ', 'K'),
        ('Μ', 'M'),
        ('Ν', 'N'),
        ('Ο', 'O'),
        ('Ρ', 'P'),
        ('Τ', 'T'),
        ('Υ', 'Y'),
        ('Χ', 'X'),
        ('ο', 'o'),
    ];
    PAIRS.iter().find(|(from, _)| *from == c).map(|(_, to)| *to)
}

/// Marks that wrap a word for emphasis or quotation, dropped at a word's edge only (inside a word,
/// as in a UPI id `raju_123@ybl` or a link, they stay).
fn wrapping_mark(c: char) -> bool {
    matches!(
        c,
        '*' | '_' | '~' | '"' | '“' | '”' | '(' | ')' | '[' | ']' | '<' | '>' | '{' | '}'
    )
}

/// The kinds of quotation marks, each closed by its own kind.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Quote {
    /// `"` … `"`
    Straight,
    /// `“` … `”`
    Double,
    /// `‘` or `'` … `’` or `'`
    Single,
    /// `«` … `»`
    Guillemet,
}

/// Whether `c`, between `before` and `after`, opens a quotation (and of which kind): at the start
/// of the text or after a space, a colon, a dash or a bracket, and before something that is not a
/// space.
fn opens_quote(c: char, before: Option<char>, after: Option<char>) -> Option<Quote> {
    let kind = match c {
        '"' => Quote::Straight,
        '“' => Quote::Double,
        '‘' | '\'' => Quote::Single,
        '«' => Quote::Guillemet,
        _ => return None,
    };
    let edge =
        before.is_none_or(|b| b.is_whitespace() || matches!(b, ':' | '(' | '[' | '-' | '–' | '—'));
    (edge && after.is_some_and(|a| !a.is_whitespace())).then_some(kind)
}

/// Whether `c`, between `before` and `after`, closes a quotation of kind `open`: after something
/// that is not a space, and at the end of the text or before a space or a punctuation mark.
fn closes_quote(open: Quote, c: char, before: Option<char>, after: Option<char>) -> bool {
    let kind_ok = match open {
        Quote::Straight => c == '"',
        Quote::Double => c == '”',
        Quote::Single => matches!(c, '’' | '\''),
        Quote::Guillemet => c == '»',
    };
    let edge = after.is_none_or(|a| {
        a.is_whitespace() || a.is_ascii_punctuation() || matches!(a, '।' | '–' | '—')
    });
    kind_ok && before.is_some_and(|b| !b.is_whitespace()) && edge
}

/// The marks a line of rule is made of (three or more of one of them, alone on its line).
pub(super) const RULE_MARKS: [char; 7] = ['-', '_', '=', '—', '–', '*', '~'];

/// The passages set off between two lines of rule ("---", "_____", "====="), as a forwarded text is
/// pasted into a chat: "Ek colleague ko aaya:\n-----\nYour meter is faulty, pay …\n-----\nFake hai".
/// A rule opens or closes only with three or more of the same mark and nothing else on its line.
fn ruled_off(text: &str) -> Vec<Range<usize>> {
    let is_rule = |line: &str| {
        let line = line.trim();
        let mut marks = line.chars();
        marks.next().is_some_and(|first| {
            RULE_MARKS.contains(&first) && line.chars().count() >= 3 && marks.all(|c| c == first)
        })
    };
    let mut at = 0;
    let mut rules = Vec::new();
    for line in text.split_inclusive('\n') {
        if is_rule(line) {
            rules.push(at..at + line.len());
        }
        at += line.len();
    }
    rules
        .chunks_exact(2)
        .map(|pair| pair[0].end..pair[1].start)
        .filter(|q| !text[q.clone()].trim().is_empty())
        .collect()
}

/// A letter of any script, with the Indic vowel signs, viramas and nuktas (not the Indic digits or
/// the danda, which end a sentence).
fn letter(c: Option<char>) -> bool {
    c.is_some_and(|c| {
        c.is_alphabetic()
            || ('\u{0900}'..='\u{0DFF}').contains(&c)
                && !c.is_numeric()
                && !matches!(c, '\u{0964}' | '\u{0965}')
    })
}

/// A letter or a digit.
fn word_char(c: Option<char>) -> bool {
    letter(c) || c.is_some_and(char::is_numeric)
}

/// Folds `pasted` (see the module documentation).
pub(super) fn fold(pasted: &str) -> Folded {
    let chars: Vec<(usize, char)> = pasted.char_indices().collect();
    let visible: Vec<(usize, char)> = chars
        .iter()
        .enumerate()
        .filter(|&(k, &(_, c))| {
            let beside_virama = || {
                virama(k.checked_sub(1).map(|j| chars[j].1))
                    || virama(chars.get(k + 1).map(|n| n.1))
            };
            !(invisible(c) || pictograph(c) || joiner(c) && !beside_virama())
        })
        .map(|(_, &ch)| ch)
        .collect();
    let mut text = String::with_capacity(pasted.len());
    let mut origin = Vec::with_capacity(pasted.len());
    let mut quotations = Vec::new();
    let mut open_quote: Option<(Quote, usize)> = None;
    for (k, &(at, c)) in visible.iter().enumerate() {
        let source = at..at + c.len_utf8();
        let before = k.checked_sub(1).map(|j| visible[j].1);
        let after = visible.get(k + 1).map(|v| v.1);
        // A quotation closes before its mark and opens after it (the mark itself may be dropped
        // below or kept).
        let mut opens = None;
        match open_quote {
            Some((kind, start)) if closes_quote(kind, c, before, after) => {
                quotations.push(start..text.len());
                open_quote = None;
            }
            None => opens = opens_quote(c, before, after),
            Some(_) => {}
        }
        if wrapping_mark(c) {
            // Opening (no word before, a letter after) or closing (the reverse); around digits
            // ("*401*", a USSD code) the marks stay.
            let opening = !word_char(before) && letter(after);
            let closing = letter(before) && !word_char(after);
            if opening || closing {
                open_quote = opens.map(|kind| (kind, text.len())).or(open_quote);
                continue;
            }
        }
        let folded = match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '\u{3000}' => ' ',
            '‘' | '’' => '\'',
            // Digits of any script a person in India might type read as ASCII digits.
            _ => decimal_digit(c)
                .map(|d| char::from(b'0' + d))
                .or_else(|| latin_lookalike(c))
                .unwrap_or(c),
        };
        text.push(folded);
        origin.extend(std::iter::repeat_n(source, folded.len_utf8()));
        open_quote = opens.map(|kind| (kind, text.len())).or(open_quote);
    }
    quotations.extend(ruled_off(&text));
    quotations.sort_by_key(|q| (q.start, q.end));
    Folded {
        text,
        quotations,
        origin,
        pasted_len: pasted.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_range_at_the_end_leads_to_the_end() {
        let pasted = "OTP\u{200B}";
        let f = fold(pasted);
        let end = f.text.len();
        assert_eq!(f.to_original(&(end..end)), pasted.len()..pasted.len());
        assert_eq!(f.to_original(&(0..end)), 0..3);
    }

    #[test]
    fn quotations_are_found_whatever_their_marks() {
        for (pasted, want) in [
            (
                "Mummy ko message aaya: \"Your account will be blocked.\" Ignore karna.",
                vec!["Your account will be blocked."],
            ),
            (
                "He said “call 98765 43210” – don't.",
                vec!["call 98765 43210"],
            ),
            (
                "koi 'light kat jayegi' wala SMS aaye to ignore karo, it's fake",
                vec!["light kat jayegi"],
            ),
            ("maine kaha ‘OTP mat do’.", vec!["OTP mat do"]),
            ("ये मैसेज सही है? «पता अपडेट करें» बताओ", vec!["पता अपडेट करें"]),
            // A forwarded text set off by lines of rule; a lone rule sets off nothing.
            (
                "Colleague ko aaya:\n-----\nPay Rs 2,340 fine by 8 pm\n-----\nFake hai",
                vec!["Pay Rs 2,340 fine by 8 pm\n"],
            ),
            ("Notice\n---\nPay by 8 pm", vec![]),
            // An apostrophe inside a word, an unclosed mark, a mark between words: no quotation.
            ("don't share the students' OTP", vec![]),
            ("He wrote \"share the OTP", vec![]),
        ] {
            let f = fold(pasted);
            let got: Vec<&str> = f.quotations.iter().map(|q| &f.text[q.clone()]).collect();
            assert_eq!(got, want, "{pasted:?}");
        }
    }

    #[test]
    fn disguises_fold_and_ranges_lead_back() {
        for (pasted, want) in [
            ("share the *OTP* now", "share the OTP now"),
            ("share the \"OTP\"", "share the OTP"),
            ("share the O\u{200B}TP", "share the OTP"),
            ("share the ＯＴＰ", "share the OTP"),
            ("share the ОТР", "share the OTP"),
            ("don’t", "don't"),
            // Inside a word, and around digits alone, nothing changes.
            (
                "pay raju_123@ybl or dial *401*",
                "pay raju_123@ybl or dial *401*",
            ),
            ("ओटीपी *बताइए*", "ओटीपी बताइए"),
            ("*ओटीपी* बताइए *अभी*।", "ओटीपी बताइए अभी।"),
            ("share the (OTP) 🔑OTP ✅", "share the OTP OTP "),
            ("call ९८७६५४३२१० or ৯৮৭৬৫", "call 9876543210 or 98765"),
            // A joiner beside a virama shapes the word and stays; elsewhere it is dropped.
            (
                "ओ\u{200D}टीपी क्\u{200D}ष ಇನ್\u{200C}ಸ್ಟಾಲ್",
                "ओटीपी क्\u{200D}ष ಇನ್\u{200C}ಸ್ಟಾಲ್",
            ),
        ] {
            let f = fold(pasted);
            assert_eq!(f.text, want, "{pasted:?}");
            let otp = f.text.find("OTP").map(|i| i..i + 3);
            if let Some(r) = otp {
                let back = &pasted[f.to_original(&r)];
                assert!(
                    back.contains('O') || back.contains('О') || back.contains('Ｏ'),
                    "{back:?}"
                );
                assert!(pasted.is_char_boundary(f.to_original(&r).start));
            }
        }
    }
}
