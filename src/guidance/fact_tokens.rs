//! Finding facts in text, for the facts registry (`facts.rs`): phone numbers, short codes,
//! e-mail addresses, UPI ids, domains and figures, in any language (Devanagari digits are read as
//! digits), normalised so that the same fact always reads the same.

use std::sync::LazyLock;

use regex::Regex;

use super::facts::Kind;

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
    // Marathi
    "जानेवारी",
    "फेब्रुवारी",
    "एप्रिल",
    "मे",
    "जुलै",
    "ऑगस्ट",
    "सप्टेंबर",
    "ऑक्टोबर",
    "नोव्हेंबर",
    "डिसेंबर",
    // Bengali
    "জানুয়ারি",
    "জানুয়ারী",
    "ফেব্রুয়ারি",
    "ফেব্রুয়ারী",
    "মার্চ",
    "এপ্রিল",
    "মে",
    "জুন",
    "জুলাই",
    "আগস্ট",
    "সেপ্টেম্বর",
    "অক্টোবর",
    "নভেম্বর",
    "ডিসেম্বর",
    // Gurmukhi
    "ਜਨਵਰੀ",
    "ਫ਼ਰਵਰੀ",
    "ਫਰਵਰੀ",
    "ਮਾਰਚ",
    "ਅਪ੍ਰੈਲ",
    "ਅਪਰੈਲ",
    "ਮਈ",
    "ਜੂਨ",
    "ਜੁਲਾਈ",
    "ਅਗਸਤ",
    "ਸਤੰਬਰ",
    "ਅਕਤੂਬਰ",
    "ਨਵੰਬਰ",
    "ਦਸੰਬਰ",
    // Gujarati
    "જાન્યુઆરી",
    "ફેબ્રુઆરી",
    "માર્ચ",
    "એપ્રિલ",
    "મે",
    "જૂન",
    "જુલાઈ",
    "ઑગસ્ટ",
    "ઓગસ્ટ",
    "સપ્ટેમ્બર",
    "ઑક્ટોબર",
    "ઓક્ટોબર",
    "નવેમ્બર",
    "ડિસેમ્બર",
    // Oriya
    "ଜାନୁଆରୀ",
    "ଫେବୃଆରୀ",
    "ମାର୍ଚ୍ଚ",
    "ଅପ୍ରେଲ",
    "ମେ",
    "ଜୁନ",
    "ଜୁଲାଇ",
    "ଅଗଷ୍ଟ",
    "ସେପ୍ଟେମ୍ବର",
    "ଅକ୍ଟୋବର",
    "ନଭେମ୍ବର",
    "ଡିସେମ୍ବର",
    // Tamil
    "ஜனவரி",
    "பிப்ரவரி",
    "மார்ச்",
    "ஏப்ரல்",
    "மே",
    "ஜூன்",
    "ஜூலை",
    "ஆகஸ்ட்",
    "செப்டம்பர்",
    "அக்டோபர்",
    "நவம்பர்",
    "டிசம்பர்",
    // Telugu
    "జనవరి",
    "ఫిబ్రవరి",
    "మార్చి",
    "ఏప్రిల్",
    "మే",
    "జూన్",
    "జూలై",
    "ఆగస్టు",
    "సెప్టెంబర్",
    "సెప్టెంబరు",
    "అక్టోబర్",
    "అక్టోబరు",
    "నవంబర్",
    "నవంబరు",
    "డిసెంబర్",
    "డిసెంబరు",
    // Kannada
    "ಜನವರಿ",
    "ಫೆಬ್ರವರಿ",
    "ಮಾರ್ಚ್",
    "ಏಪ್ರಿಲ್",
    "ಮೇ",
    "ಜೂನ್",
    "ಜುಲೈ",
    "ಆಗಸ್ಟ್",
    "ಸೆಪ್ಟೆಂಬರ್",
    "ಅಕ್ಟೋಬರ್",
    "ನವೆಂಬರ್",
    "ಡಿಸೆಂಬರ್",
    // Malayalam
    "ജനുവരി",
    "ഫെബ്രുവരി",
    "മാർച്ച്",
    "ഏപ്രിൽ",
    "മേയ്",
    "മെയ്",
    "ജൂൺ",
    "ജൂലൈ",
    "ഓഗസ്റ്റ്",
    "ആഗസ്റ്റ്",
    "സെപ്റ്റംബർ",
    "ഒക്ടോബർ",
    "നവംബർ",
    "ഡിസംബർ",
];

/// A letter, digit or `_` of a word, in Latin or an Indian script (vowel signs included: the
/// Brahmic blocks from Devanagari to Malayalam).
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || ('\u{900}'..='\u{d7f}').contains(&c)
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
pub(super) fn normalise_value(kind: Kind, raw: &str) -> String {
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
    // A year is written without a thousands separator: `2,000 vials` is a number.
    let year = |d: &str| {
        d.len() == 4
            && ("2000".."2040").contains(&d)
            && first.as_str().trim_end_matches([',', '.']).len() == 4
    };
    if c.get(1).is_none() && c.get(4).is_none() {
        // A day next to a month name in any shipped language: `18 May`, `May 18`, `18 मई`,
        // `18 ஆகஸ்ட்`.
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
