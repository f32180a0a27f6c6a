//! The detectors that need code rather than a pattern: finding links and UPI ids in a message and
//! judging their hosts against the organisations' own domains (the facts registry's official and
//! sender-link domains), and the shortener and brand lists of the rule files.

use std::ops::Range;

use super::{Detector, Lists, Rules};

/// A link or bare domain found in the text.
pub(super) struct Link {
    pub(super) range: Range<usize>,
    /// Lower-case host name, without user info, port or trailing dot.
    pub(super) host: String,
    /// Whether the host is an organisation's own domain (official, or its SMS links' sender-link
    /// domain) or under one.
    pub(super) official: bool,
}

/// Every link in `text` (`http(s)://…`, `www.…`, or a bare domain with a known top-level domain).
pub(super) fn find(rules: &Rules, text: &str) -> Vec<Link> {
    rules
        .link_re
        .find_iter(text)
        .filter_map(|m| {
            let raw = m.as_str().trim_end_matches([
                '.', ',', ';', ':', '!', '?', '\'', '"', '’', '”', '»', '*', '।',
            ]);
            // The domain of an e-mail address ("write to care@lender.in") is not a link to open.
            if text[..m.start()].ends_with('@') {
                return None;
            }
            let host = host_of(raw)?;
            if run_on(raw, &host) {
                return None;
            }
            Some(Link {
                range: m.start()..m.start() + raw.len(),
                official: is_under(&host, &rules.lists.own_domains),
                host,
            })
        })
        .collect()
}

/// Whether a bare domain (no scheme, no `www.`, no path) is two sentences run together rather
/// than a link: a number or a date, or a word, run on into the next sentence.
///
/// A number or date: every label before its top-level domain is digits (a date's hyphens
/// allowed), and it is an amount with a decimal part ("Bal Rs. 1,248.78.To dispute" reads as
/// `248.78.to`), a date ("on 28-11-24.Info: UPI/…") or a number before a capital letter ("Ref
/// 433212.Online?"). A lower-case domain of one number ("5566.in", "9900.xyz/hdfc") stays a link.
///
/// A word: one lower-case word, a full stop, and the next sentence's first word capitalised
/// ("Your payment has failed.In case …" reads as `failed.in`, "within stipulated time.To know
/// more" as `time.to`). A link is written in one case ("sbi-kyc.in", "SBI-KYC.IN"); a word of
/// letters only, before a capitalised top-level domain, is no host anyone types.
fn run_on(raw: &str, host: &str) -> bool {
    let lower = raw.to_ascii_lowercase();
    let bare = !["http://", "https://", "www."]
        .iter()
        .any(|p| lower.starts_with(p))
        && !raw.contains('/');
    let mut labels = host.rsplit('.');
    let tld_len = labels.next().map_or(0, str::len);
    let numbers: Vec<&str> = labels.collect();
    let tld_as_written = raw.rsplit('.').next().unwrap_or_default();
    let sentence_start = tld_as_written
        .chars()
        .next()
        .is_some_and(char::is_uppercase);
    let digits = !numbers.is_empty()
        && numbers
            .iter()
            .all(|label| label.bytes().all(|b| b.is_ascii_digit() || b == b'-'));
    let date = numbers.iter().any(|label| label.contains('-'));
    let number_run_on = digits && ((numbers.len() >= 2 && tld_len <= 2) || date || sentence_start);
    let word_before = raw.split('.').next().unwrap_or_default();
    let word_run_on = numbers.len() == 1
        && sentence_start
        && tld_as_written
            .chars()
            .skip(1)
            .all(|c| c.is_ascii_lowercase())
        && tld_as_written.len() >= 2
        && !word_before.is_empty()
        && word_before.bytes().all(|b| b.is_ascii_lowercase());
    bare && (number_run_on || word_run_on)
}

/// The host of a link: after the scheme and any `user@`, before the path, port or query.
fn host_of(link: &str) -> Option<String> {
    let lower = link.to_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))
        .unwrap_or(&lower);
    let authority = rest.split(['/', '?', '#', '\\']).next().unwrap_or_default();
    let host_port = authority.rsplit('@').next().unwrap_or_default();
    let host = host_port
        .split(':')
        .next()
        .unwrap_or_default()
        .trim_end_matches('.');
    (!host.is_empty()).then(|| host.to_owned())
}

/// Whether `host` is one of `domains` or a subdomain of one.
fn is_under(host: &str, domains: &[String]) -> bool {
    domains
        .iter()
        .any(|d| crate::guidance::facts::is_same_or_under(host, d))
}

/// The spans a detector raises.
pub(super) fn detect(
    rules: &Rules,
    detector: Detector,
    text: &str,
    links: &[Link],
) -> Vec<Range<usize>> {
    let lists = &rules.lists;
    match detector {
        Detector::LookalikeLink => links
            .iter()
            .filter(|l| {
                !l.official && !is_under(&l.host, &lists.shorteners) && names_brand(lists, &l.host)
            })
            .map(|l| l.range.clone())
            .collect(),
        Detector::UnofficialLink => links
            .iter()
            .filter(|l| !l.official)
            .map(|l| l.range.clone())
            .collect(),
        Detector::LinkShortener => links
            .iter()
            .filter(|l| !l.official && is_under(&l.host, &lists.shorteners))
            .map(|l| l.range.clone())
            .collect(),
        Detector::UpiLookalike => rules
            .upi_re
            .find_iter(text)
            .filter(|m| {
                // An e-mail address (`name@bank.com`) is not a UPI id.
                let after = &text[m.end()..];
                let email = after.starts_with('.')
                    && after[1..].starts_with(|c: char| c.is_ascii_alphanumeric());
                let id = m.as_str().to_lowercase();
                let local: String = id
                    .split('@')
                    .next()
                    .unwrap_or_default()
                    .chars()
                    .filter(char::is_ascii_alphanumeric)
                    .collect();
                !email
                    && !lists.official_upi.contains(&id)
                    && spellings(&local)
                        .iter()
                        .any(|s| lists.upi_brands.iter().any(|b| s.contains(b.as_str())))
            })
            .map(|m| m.range())
            .collect(),
        // Not a link detector: the scan asks the wording model itself.
        Detector::WordingModel => Vec::new(),
    }
}

/// Whether a host that is not official names a brand or a government site: a brand of five or
/// more letters anywhere in it, a shorter one as a whole word between dots or hyphens, also after
/// undoing digit-for-letter swaps (`c0win`, `1ncometax`); or it ends in a fake Indian suffix
/// (`….in.net`); or it is an internationalised name, which can imitate Latin letters.
fn names_brand(lists: &Lists, host: &str) -> bool {
    if !host.is_ascii() || host.split('.').any(|l| l.starts_with("xn--")) {
        return true;
    }
    // `….in.net`, `….gov.in.com`: an Indian or government suffix that is not the real end of the
    // name (country-code suffixes such as `gov.uk` are left alone).
    let labels: Vec<&str> = host.split('.').collect();
    if let [.., second, last] = labels.as_slice()
        && ["in", "gov", "govt", "nic"].contains(second)
        && last.len() > 2
        && labels.len() > 2
    {
        return true;
    }
    let dotted = host.replace(['-', '_'], ".");
    // A long brand misspelt by one letter or one swap (`indiapots`, `paytmm`) in a label.
    if dotted.split('.').any(|label| {
        lists
            .brands
            .iter()
            .any(|b| b.len() >= 7 && !b.contains('.') && one_edit_apart(label, b))
    }) {
        return true;
    }
    spellings(&dotted).iter().any(|variant| {
        let tokens: Vec<&str> = variant.split('.').collect();
        let joined: String = tokens.concat();
        let padded = format!(".{variant}.");
        lists.brands.iter().any(|b| {
            if b.contains('.') {
                padded.contains(&format!(".{b}."))
            } else if b.len() <= 4 {
                tokens.contains(&b.as_str())
            } else {
                joined.contains(b.as_str())
            }
        })
    })
}

/// `s` as written and with digits read as the letters they imitate (1 as i and as l).
fn spellings(s: &str) -> Vec<String> {
    let swap = |one: char| -> String {
        s.chars()
            .map(|c| match c {
                '0' => 'o',
                '1' => one,
                '3' => 'e',
                '4' => 'a',
                '5' => 's',
                '7' => 't',
                '8' => 'b',
                _ => c,
            })
            .collect()
    };
    if s.chars().any(|c| c.is_ascii_digit()) {
        vec![s.to_owned(), swap('i'), swap('l')]
    } else {
        vec![s.to_owned()]
    }
}

/// Whether `a` and `b` differ by exactly one inserted, deleted or replaced letter, or by two
/// neighbouring letters swapped.
fn one_edit_apart(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a == b || a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let (ra, rb) = (&a[prefix..], &b[prefix..]);
    match ra.len().cmp(&rb.len()) {
        std::cmp::Ordering::Equal => {
            ra[1..] == rb[1..]
                || (ra.len() >= 2 && ra[0] == rb[1] && ra[1] == rb[0] && ra[2..] == rb[2..])
        }
        std::cmp::Ordering::Greater => ra[1..] == *rb,
        std::cmp::Ordering::Less => *ra == rb[1..],
    }
}
