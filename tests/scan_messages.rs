//! The message check against labelled sets of scam and genuine messages written independently of
//! the rules, and the `sajag scan-message` command line.
//!
//! The sets in `tests/data/` (README's measured table gives each one's first run and which figures
//! were tuned on):
//! - `messages.toml` and `messages-holdout.toml`, the first two, synthetic: the rules were written
//!   on the first, and the second was a fresh measure until it too was tuned on; with
//!   `messages-dev.toml` they must stay at or above 0.9 / 0.9;
//! - `messages-real.toml`, real-world messages with their sources: its tuning split is reported,
//!   its held-out split measures issue #10's targets and never has its misses printed
//!   (`real_world_held_out_split_meets_the_issue_10_targets`, ignored until they are met);
//! - `messages-dev2.toml` to `messages-dev12.toml`, development sets by helpers who read no rules,
//!   each guarded at its latest figures (a regression guard, not a measure, once tuned on);
//! - `messages-train.toml`, which the wording model learns and nothing measures.
//!
//! `cargo test --test scan_messages -- --nocapture` prints, for each set, the confusion table,
//! precision and recall, and every misclassified message outside the held-out split;
//! `cargo run --release --example scan_sets -- OUT_DIR` writes every verdict of every set as JSON,
//! for comparing two versions of the rules message by message.

mod common;

use std::collections::BTreeMap;
use std::process::Output;

use common::{SAJAG, code, stderr, stdout};
use sajag::guidance::Lang;
use sajag::guidance::scan::{Rules, Scan, Verdict};
use serde::Deserialize;

/// The labelled sets, by file name under `tests/data`.
const SETS: [&str; 3] = [
    "messages.toml",
    "messages-holdout.toml",
    "messages-dev.toml",
];

#[derive(Deserialize)]
struct LabelledSet {
    /// The languages the set covers, each with at least one message (absent: English and Hindi).
    /// Only a set collected from one language's sources names fewer (`messages-dev11.toml`: real
    /// English SMS).
    languages: Option<Vec<String>>,
    message: Vec<Labelled>,
}

#[derive(Deserialize)]
struct Labelled {
    id: String,
    /// `en`, `hi` or `hinglish`.
    lang: String,
    /// `scam` or `genuine`.
    label: String,
    /// `otp_delivery` for an SMS that delivers a one-time password; `family_warning` for a family
    /// message that reports or warns about a scam attempt.
    kind: Option<String>,
    /// Only in `messages-real.toml`: `heldout` or `tuning`.
    split: Option<String>,
    /// Only in `messages-real.toml`: 2 for the messages added after the first round of issue #10
    /// rules, 3 for those added after the second round, 4 after the third, 5 during the fifth
    /// (absent: 1).
    batch: Option<u32>,
    /// Only in `messages-real.toml`: `quoted`, `adapted` or `composed`.
    origin: Option<String>,
    /// Only in `messages-real.toml`: the public report a quoted or adapted message comes from.
    source: Option<String>,
    text: String,
}

#[allow(clippy::cast_precision_loss)] // counts of a few hundred
fn ratio(num: usize, den: usize) -> f64 {
    if den == 0 {
        0.0
    } else {
        num as f64 / den as f64
    }
}

/// Precision and recall of "scam" when the predicted positives are the verdicts in `positive`.
fn precision_recall(results: &[(&Labelled, Verdict)], positive: &[Verdict]) -> (f64, f64) {
    let predicted = |v: &Verdict| positive.contains(v);
    let tp = results
        .iter()
        .filter(|(m, v)| m.label == "scam" && predicted(v))
        .count();
    let fp = results
        .iter()
        .filter(|(m, v)| m.label != "scam" && predicted(v))
        .count();
    let scams = results.iter().filter(|(m, _)| m.label == "scam").count();
    (ratio(tp, tp + fp), ratio(tp, scams))
}

/// Reads `tests/data/<name>` and checks it is big enough and covers both languages and both
/// labels, so that the test cannot pass vacuously.
fn load_set(name: &str) -> LabelledSet {
    let path = format!("{}/tests/data/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let set: LabelledSet =
        toml::from_str(&text).unwrap_or_else(|e| panic!("{name} does not parse: {e}"));
    assert!(
        set.message.len() >= 60,
        "{name}: only {} messages",
        set.message.len()
    );
    let both = ["en".to_owned(), "hi".to_owned()];
    let languages = set.languages.as_deref().unwrap_or(&both);
    assert!(!languages.is_empty(), "{name}: no language named");
    for lang in languages {
        assert!(
            set.message.iter().any(|m| &m.lang == lang),
            "{name}: no {lang} message"
        );
    }
    for m in &set.message {
        assert!(
            m.label == "scam" || m.label == "genuine",
            "{name}: {}: label {:?}",
            m.id,
            m.label
        );
    }
    for label in ["scam", "genuine"] {
        assert!(
            set.message.iter().any(|m| m.label == label),
            "{name}: no {label} message"
        );
    }
    set
}

/// What one labelled set (or several together) scored.
struct Figures {
    precision: f64,
    recall: f64,
    /// Recall when only a "scam" verdict counts as flagged.
    strict_recall: f64,
    /// Genuine OTP deliveries that were called a scam.
    otp_called_scam: Vec<String>,
    /// Family messages that report or warn about a scam and were called a scam.
    warning_called_scam: Vec<String>,
}

/// Prints the confusion table (overall and by language), precision and recall (scam or suspicious
/// counted as flagged, and strict: only scam) and every misclassified message of `scans`.
fn report(title: &str, scans: &[(&Labelled, &Scan)]) -> Figures {
    report_with(title, scans, true)
}

/// As `report`, but lists the misclassified messages only when `list_misses` (never for a held-out
/// split: its misses must not be read while the rules are changed).
fn report_with(title: &str, scans: &[(&Labelled, &Scan)], list_misses: bool) -> Figures {
    let results: Vec<(&Labelled, Verdict)> = scans.iter().map(|(m, s)| (*m, s.verdict)).collect();
    let mut table: BTreeMap<(String, String), [usize; 3]> = BTreeMap::new();
    for (m, v) in &results {
        let col = match v {
            Verdict::Scam => 0,
            Verdict::Suspicious => 1,
            Verdict::NoRedFlags => 2,
        };
        for lang in ["all", m.lang.as_str()] {
            table.entry((lang.to_owned(), m.label.clone())).or_default()[col] += 1;
        }
    }
    println!("\n{title}: {} labelled messages", results.len());
    println!(
        "{:<10} {:<8} {:>6} {:>11} {:>13}",
        "lang", "label", "scam", "suspicious", "no_red_flags"
    );
    for ((lang, label), [s, u, n]) in &table {
        println!("{lang:<10} {label:<8} {s:>6} {u:>11} {n:>13}");
    }
    let (precision, recall) = precision_recall(&results, &[Verdict::Scam, Verdict::Suspicious]);
    let (strict_p, strict_r) = precision_recall(&results, &[Verdict::Scam]);
    for lang in ["en", "hi", "hinglish"] {
        let of_lang: Vec<_> = results
            .iter()
            .filter(|(m, _)| m.lang == lang)
            .copied()
            .collect();
        if of_lang.is_empty() {
            continue;
        }
        let (p, r) = precision_recall(&of_lang, &[Verdict::Scam, Verdict::Suspicious]);
        let (_, sr) = precision_recall(&of_lang, &[Verdict::Scam]);
        println!("  {lang:<9} precision {p:.3}, recall {r:.3}, scam-only recall {sr:.3}");
    }
    println!(
        "scam or suspicious counted as positive: precision {precision:.3}, recall {recall:.3}"
    );
    println!(
        "only scam counted as positive (strict): precision {strict_p:.3}, recall {strict_r:.3}"
    );

    let mut wrong = 0;
    for (m, s) in scans {
        let flagged = s.verdict != Verdict::NoRedFlags;
        if flagged != (m.label == "scam") {
            wrong += 1;
            if !list_misses {
                continue;
            }
            let ids: Vec<_> = s.flags.iter().map(|f| f.id.as_str()).collect();
            println!(
                "misclassified {} ({}, {}): {:?} {ids:?}",
                m.id, m.lang, m.label, s.verdict
            );
        }
    }
    println!("{wrong} misclassified");
    if list_misses {
        for (m, s) in scans {
            if m.label == "scam" && s.verdict == Verdict::Suspicious {
                let ids: Vec<_> = s.flags.iter().map(|f| f.id.as_str()).collect();
                println!("suspicious, not scam: {} ({}): {ids:?}", m.id, m.lang);
            }
        }
    }

    let otp_called_scam = results
        .iter()
        .filter(|(m, v)| m.kind.as_deref() == Some("otp_delivery") && *v == Verdict::Scam)
        .map(|(m, _)| m.id.clone())
        .collect();
    let warning_called_scam = results
        .iter()
        .filter(|(m, v)| m.kind.as_deref() == Some("family_warning") && *v == Verdict::Scam)
        .map(|(m, _)| m.id.clone())
        .collect();
    Figures {
        precision,
        recall,
        strict_recall: strict_r,
        otp_called_scam,
        warning_called_scam,
    }
}

#[test]
fn labelled_messages_are_classified_with_precision_and_recall_of_at_least_0_9() {
    let rules = Rules::embedded(Lang::En).expect("the rules load");
    let sets: Vec<(&str, LabelledSet)> = SETS.iter().map(|name| (*name, load_set(name))).collect();
    let scanned: Vec<(&str, Vec<(&Labelled, Scan)>)> = sets
        .iter()
        .map(|(name, set)| {
            let scans = set
                .message
                .iter()
                .map(|m| (m, rules.scan(&m.text)))
                .collect();
            (*name, scans)
        })
        .collect();

    let mut failures = Vec::new();
    for (name, scans) in &scanned {
        let refs: Vec<(&Labelled, &Scan)> = scans.iter().map(|(m, s)| (*m, s)).collect();
        let f = report(name, &refs);
        if !f.otp_called_scam.is_empty() {
            failures.push(format!(
                "{name}: genuine OTP deliveries called a scam: {:?}",
                f.otp_called_scam
            ));
        }
        if f.precision < 0.9 {
            failures.push(format!("{name}: precision {:.3} < 0.9", f.precision));
        }
        if f.recall < 0.9 {
            failures.push(format!("{name}: recall {:.3} < 0.9", f.recall));
        }
    }
    let all: Vec<(&Labelled, &Scan)> = scanned
        .iter()
        .flat_map(|(_, scans)| scans.iter().map(|(m, s)| (*m, s)))
        .collect();
    report("both sets together", &all);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The figures of one labelled set of `tests/data`, scanned with the English rules (every
/// language's patterns apply), printed as [`report`] prints them.
fn figures_of(name: &str) -> Figures {
    let rules = Rules::embedded(Lang::En).expect("the rules load");
    let set = load_set(name);
    let scans: Vec<(&Labelled, Scan)> = set
        .message
        .iter()
        .map(|m| (m, rules.scan(&m.text)))
        .collect();
    let refs: Vec<(&Labelled, &Scan)> = scans.iter().map(|(m, s)| (*m, s)).collect();
    report(name, &refs)
}

/// The second development set (`messages-dev2.toml`: hard genuine messages — fact checks that quote
/// a scam, family messages that forward one, OTP deliveries in Hindi and Hinglish — composed to be
/// tuned on) is held to the issue's hard line, not to 0.9: no genuine OTP delivery and no family
/// message that reports or warns about a scam is called a scam, and every scam is flagged. Its
/// genuine messages that stay "suspicious" are asks beside a number or a UPI id in a quotation,
/// kept on purpose (a scam can quote itself).
#[test]
fn the_hard_development_set_calls_no_family_warning_or_otp_delivery_a_scam() {
    let f = figures_of("messages-dev2.toml");
    assert_no_otp_delivery_or_family_warning_called_a_scam(&f);
    assert!(f.recall >= 1.0, "recall {:.3}", f.recall);
}

/// The issue's hard line, on a set's figures: no genuine OTP delivery and no family message that
/// reports or warns about a scam is called a scam.
fn assert_no_otp_delivery_or_family_warning_called_a_scam(f: &Figures) {
    assert!(
        f.otp_called_scam.is_empty() && f.warning_called_scam.is_empty(),
        "OTP deliveries {:?}, family warnings {:?}",
        f.otp_called_scam,
        f.warning_called_scam
    );
}

/// A development set's figures, held at or above 0.9 precision and recall as the issue asks of
/// the labelled sets (a regression guard on a tuned-on set, not a measure).
fn development_set_at_or_above_0_9(name: &str) -> Figures {
    development_set_at_or_above(name, 0.90, 0.90)
}

/// A development set's figures, held at or above `precision` and `recall`.
fn development_set_at_or_above(name: &str, precision: f64, recall: f64) -> Figures {
    let f = figures_of(name);
    assert!(
        f.precision >= precision && f.recall >= recall,
        "{name}: precision {:.3}, recall {:.3}",
        f.precision,
        f.recall
    );
    f
}

/// The third development set (`messages-dev3.toml`, composed by a helper who read no rules; tuned
/// on since its first run) stays at or above 0.9 / 0.9, as the issue asks of the labelled sets: a
/// regression guard, not a measure. Its genuine messages still flagged are kept on purpose or left
/// open: a question about a pasted disconnection notice (suspicious by design), a son asking his
/// mother for her `DigiLocker` OTP, and a mother asking for an IRCTC OTP "within 2 minutes", which
/// the wording model reads as a lure since it learnt batch 12's tuning half.
#[test]
fn the_third_development_set_stays_at_or_above_0_9() {
    development_set_at_or_above_0_9("messages-dev3.toml");
}

/// The fourth development set (`messages-dev4.toml`, composed by a helper who read no rules; tuned
/// on since its first run) stays at or above 0.9 / 0.9 and calls no family warning or OTP delivery
/// a scam: a regression guard, not a measure. Its genuine messages still flagged are kept on
/// purpose: a question about a pasted disconnection notice, and a "this is my new number, please
/// save it" with no ask (the first message of the family-impersonation scam reads the same).
#[test]
fn the_fourth_development_set_stays_at_or_above_0_9() {
    let f = development_set_at_or_above_0_9("messages-dev4.toml");
    assert_no_otp_delivery_or_family_warning_called_a_scam(&f);
}

/// The fifth development set (`messages-dev5.toml`: family and friends' messages composed by a
/// helper who read no rules; tuned on since its first run) stays at or above 0.9 / 0.9 and calls no
/// family warning a scam: a regression guard, not a measure. Left open: an advisory that quotes
/// the wrong-transfer scam's words, a family warning that quotes a scam with its link (a strong
/// flag beside somewhere to act keeps a quotation suspicious, on purpose), a police verification
/// the wording model reads as a lure, and two scams missed (a "friend" asking for money by UPI
/// with no urgency word, and a "bank" caller asking for a "security code" after warning about
/// fraud).
#[test]
fn the_fifth_development_set_stays_at_or_above_0_9() {
    let f = development_set_at_or_above_0_9("messages-dev5.toml");
    assert_no_otp_delivery_or_family_warning_called_a_scam(&f);
}

/// The sixth development set (`messages-dev6.toml`: 180 hard genuine messages and scams composed by a
/// helper who read no rules; tuned on in the seventeenth round for two family warnings' wordings)
/// keeps its figures (0.929 / 0.975: one genuine message more flagged, or one scam more missed,
/// fails it). It had no guard until the twenty-first round's review. A regression guard, not a
/// measure.
#[test]
fn the_sixth_development_set_keeps_its_figures() {
    development_set_at_or_above("messages-dev6.toml", 0.925, 0.97);
}

/// The seventh development set (`messages-dev7.toml`: family warnings and advisories that quote the
/// scam whole, composed by a helper who read no rules; tuned on since its first run, precision
/// 0.526 with 21 family warnings called a scam) calls no family warning a scam, misses no scam and
/// keeps precision at or above 0.81 (0.784 at the end of the sixteenth round, 0.816 at the end of
/// the seventeenth: one genuine message more flagged would fail it): a regression guard, not a
/// measure. Seven of its eleven genuine
/// messages still flagged ask whether the quoted scam is genuine, and keep its red flags on purpose
/// (whoever asks may be the person it was sent to).
#[test]
fn the_seventh_development_set_calls_no_family_warning_a_scam() {
    let f = development_set_at_or_above("messages-dev7.toml", 0.81, 0.95);
    assert_no_otp_delivery_or_family_warning_called_a_scam(&f);
}

/// The eighth development set (`messages-dev8.toml`: real advisories, fact checks and inbox SMS
/// quoted from public sources, family warnings composed, by helpers who read no rules; tuned on
/// since its first run, precision 0.468 with 14 family warnings called a scam) calls no family
/// warning or OTP delivery a scam and keeps its precision and recall at the eighteenth round's
/// end (0.690 / 0.732, up from 0.637 / 0.707 at the seventeenth's), raised by the twenty-first's
/// job offers with an "HR" on a mobile (0.697 / 0.756: one genuine message more flagged, or one
/// scam more missed, fails it). A
/// regression guard, not a measure; its recall is low because many of its scams are fragments a
/// news report quoted, with nothing to flag.
#[test]
fn the_eighth_development_set_calls_no_family_warning_a_scam() {
    let f = development_set_at_or_above("messages-dev8.toml", 0.69, 0.75);
    assert_no_otp_delivery_or_family_warning_called_a_scam(&f);
}

/// The ninth development set (`messages-dev9.toml`: real inbox SMS from repositories no other set
/// used, and family, office and housing-society warnings that quote the scam, by helpers who read
/// no rules; tuned on since its first run, precision 0.628 with 17 family warnings called a scam)
/// calls no family warning or OTP delivery a scam and keeps its precision and recall at the
/// twenty-second round's end (0.896 / 0.938: one genuine message more flagged, or one scam more
/// missed, fails it; it was 0.822 at the eighteenth round's end). A regression guard, not a measure.
#[test]
fn the_ninth_development_set_calls_no_family_warning_a_scam() {
    let f = development_set_at_or_above("messages-dev9.toml", 0.89, 0.93);
    assert_no_otp_delivery_or_family_warning_called_a_scam(&f);
}

/// The tenth development set (`messages-dev10.toml`: scams that borrow a warning's or a report's
/// words, and warnings that quote the scam, composed by a helper who read no rules; tuned on since
/// its first run, 0.893 / 0.836 with 18 scams given no red flags) keeps the twenty-second round's
/// figures (0.962 / 0.909: one genuine message more flagged, or one scam more missed, fails it; the
/// six warnings the nineteenth round still called a scam are no longer flagged as one; the code
/// "sent to you by mistake" is found since the twenty-first; two family reports of the night
/// disconnection call have no red flags since the twenty-second). A regression guard, not a measure.
#[test]
fn the_tenth_development_set_keeps_its_scams_flagged() {
    development_set_at_or_above("messages-dev10.toml", 0.955, 0.905);
}

/// The eleventh development set (`messages-dev11.toml`: real SMS that Indian banks, apps, telecoms
/// and services sent, from repositories no other set used, and scams quoted from reports no other
/// set used, by a helper who read no rules; tuned on since its first run, precision 0.392 with 31
/// of 164 genuine messages flagged) keeps the twenty-first round's figures (0.477 / 0.955, up from
/// the twentieth's 0.465 / 0.909 by the sweepstake "awarded … in the Intl Draws": one genuine
/// message more flagged, or one scam more missed, fails it), and calls none of its 19 OTP
/// deliveries a scam (since the twenty-first round: a Kotak OTP whose terms link is on the
/// shortener eel.nu is suspicious). Its precision is far below the other sets' and left open (see
/// README): genuine SMS that name a bank and link to a short domain with no source that it is the
/// bank's are called a scam, as a phishing link would be. A regression guard, not a measure.
#[test]
fn the_eleventh_development_set_keeps_its_genuine_sms_on_known_link_domains_unflagged() {
    let f = development_set_at_or_above("messages-dev11.toml", 0.47, 0.95);
    assert_no_otp_delivery_or_family_warning_called_a_scam(&f);
}

/// The twelfth development set (`messages-dev12.toml`: 256 hard cases composed by a helper who read
/// nothing of ours, everyday brand and government SMS that sound pushy and the scams that imitate
/// them; written to train the wording model, which does not learn it, see the file's header) keeps
/// its figures: first run 0.920 / 0.992; 0.927 / 0.992 since the twenty-second round, whose Hinglish
/// "OTP sirf cab me baithne ke baad batayein" was read from this set's one genuine OTP delivery
/// called a scam (one genuine message more flagged, or one scam more missed, fails it). Otherwise
/// never tuned on: a regression guard, not a measure.
#[test]
fn the_twelfth_development_set_keeps_its_first_runs_figures() {
    development_set_at_or_above("messages-dev12.toml", 0.922, 0.99);
}

/// Every shipped language beyond English and Hindi has its own labelled messages,
/// `tests/data/messages-lang/<code>.toml` (written with its rules, so these are tests, not a
/// measure): at least 10, scam and genuine, a genuine OTP delivery among them, some in the
/// language's script and some romanised (`lang = "<code>-latn"`). Every scam is flagged, no genuine
/// message is called a scam, and with the interface in that language the flags are explained in
/// that language.
#[test]
fn every_language_has_labelled_messages_that_are_classified_right() {
    let english = Rules::embedded(Lang::En).expect("the rules load");
    let mut failures = Vec::new();
    let others: Vec<Lang> = Lang::shipped()
        .into_iter()
        .filter(|l| !matches!(l, Lang::En | Lang::Hi))
        .collect();
    for lang in others {
        let code = lang.code();
        let name = format!("messages-lang/{code}.toml");
        let path = format!("{}/tests/data/{name}", env!("CARGO_MANIFEST_DIR"));
        let set: LabelledSet = match std::fs::read_to_string(&path)
            .map_err(|e| e.to_string())
            .and_then(|text| toml::from_str(&text).map_err(|e| e.to_string()))
        {
            Ok(set) => set,
            Err(e) => {
                failures.push(format!("{name}: {e}"));
                continue;
            }
        };
        let count = |f: &dyn Fn(&Labelled) -> bool| set.message.iter().filter(|m| f(m)).count();
        let latn = format!("{code}-latn");
        let needs = [
            (set.message.len() >= 10, "at least 10 messages"),
            (count(&|m| m.label == "scam") >= 4, "at least 4 scams"),
            (count(&|m| m.label == "genuine") >= 4, "at least 4 genuine"),
            (
                count(&|m| m.label == "genuine" && m.kind.as_deref() == Some("otp_delivery")) >= 1,
                "a genuine OTP delivery (kind = \"otp_delivery\")",
            ),
            (count(&|m| m.lang == code) >= 6, "at least 6 in the script"),
            (count(&|m| m.lang == latn) >= 2, "at least 2 romanised"),
        ];
        for (met, need) in needs {
            if !met {
                failures.push(format!("{name}: needs {need}"));
            }
        }
        let rules = Rules::embedded(lang).expect("the rules load");
        for m in &set.message {
            assert!(
                m.lang == code || m.lang == latn,
                "{name}: {}: lang {}",
                m.id,
                m.lang
            );
            let scan = rules.scan(&m.text);
            let flagged = matches!(scan.verdict, Verdict::Scam | Verdict::Suspicious);
            match m.label.as_str() {
                "scam" if !flagged => failures.push(format!("{name}: {} missed", m.id)),
                "genuine" if scan.verdict == Verdict::Scam => {
                    failures.push(format!("{name}: {} called a scam", m.id));
                }
                "scam" | "genuine" => {}
                other => failures.push(format!("{name}: {}: label {other:?}", m.id)),
            }
            let in_english = english.scan(&m.text);
            for (flag, en_flag) in scan.flags.iter().zip(&in_english.flags) {
                if flag.id != en_flag.id {
                    failures.push(format!("{name}: {}: flags differ by language", m.id));
                }
                if flag.explanation == en_flag.explanation || flag.explanation.is_ascii() {
                    failures.push(format!(
                        "{name}: {}: {} is explained in English, not {code}",
                        m.id, flag.id
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// `tests/data/messages-real.toml`: checks its provenance rules, so the set cannot quietly shrink
/// or lose its sources.
fn load_real_set() -> LabelledSet {
    let set = load_set("messages-real.toml");
    let n = set.message.len();
    assert!(n >= 200, "messages-real.toml: only {n} messages");
    let genuine = set.message.iter().filter(|m| m.label == "genuine").count();
    assert!(genuine * 10 >= n * 4, "only {genuine} of {n} genuine");
    // The issue asks for at least half quoted from public reports (composed ones are easy to add).
    let quoted = set
        .message
        .iter()
        .filter(|m| m.origin.as_deref() == Some("quoted"))
        .count();
    assert!(quoted * 2 >= n, "only {quoted} of {n} quoted");
    for lang in ["en", "hi", "hinglish"] {
        assert!(
            set.message.iter().any(|m| m.lang == lang),
            "no {lang} message"
        );
    }
    let mut ids = std::collections::BTreeSet::new();
    for m in &set.message {
        assert!(ids.insert(m.id.as_str()), "{}: id used twice", m.id);
        let split = m.split.as_deref();
        assert!(
            matches!(split, Some("heldout" | "tuning")),
            "{}: split {split:?}",
            m.id
        );
        match (m.origin.as_deref(), m.source.as_deref()) {
            (Some("quoted" | "adapted"), Some(url)) => {
                assert!(url.starts_with("http"), "{}: source {url:?}", m.id);
            }
            (Some("composed"), None) => {}
            other => panic!("{}: origin and source {other:?}", m.id),
        }
    }
    set
}

/// The real-world set: the held-out part is measured in aggregate only (its misses are never
/// printed), the tuning part lists its misses.
///
/// First run on the held-out split (56 scams, 42 genuine), before any rule change for issue #10,
/// scam or suspicious counted as flagged: precision 0.868, recall 0.589; scam-only recall 0.321.
/// By language: en 0.958 / 0.657 / 0.314, hi 0.778 / 0.500 / 0.357, hinglish 0.600 / 0.429 /
/// 0.286 (precision / recall / scam-only recall). Batch 2 (102 messages added after the first
/// round of rules), held-out part (19 scams, 27 genuine), first run before the second round:
/// precision 0.800, recall 0.632, scam-only recall 0.316. Batch 3 (51 messages added after the
/// second round), held-out part (12 scams, 12 genuine), first run before the third round: precision
/// 0.750, recall 0.500, scam-only recall 0.167. Batch 4 (91 messages collected after the fourth
/// round by a helper who did not read the rules), held-out part (24 scams, 19 genuine), first run
/// before the fifth round: precision 1.000, recall 0.542, scam-only recall 0.333. Batch 5 (98,
/// collected the same way), held-out part (22 scams, 26 genuine), first run: 0.800 / 0.727 / 0.682.
/// Batch 6 (105, collected the same way), held-out part (32 scams, 25 genuine), first run at
/// 4135f49: 0.808 / 0.656 / 0.562. Batch 7 (119, collected the same way), held-out part (23
/// scams, 34 genuine), first run at aabc628: 0.750 / 0.913 / 0.870, four family warnings or OTP
/// deliveries called a scam. Batch 8 (129, collected the same way), held-out part (28 scams, 37
/// genuine), first run at 833013a: 0.812 / 0.929 / 0.821, one family warning or OTP delivery
/// called a scam. Batch 9 (76 kept of 127, collected the same way; near-copies of messages already in
/// our sets dropped before any run), held-out part (19 scams, 21 genuine), first run at 1dfff09:
/// 0.900 / 0.947 / 0.737, two family warnings or OTP deliveries called a scam. Batch 10 (116 kept
/// of 117, collected the same way, checked against our sets for near-copies by the collector),
/// held-out part (20 scams, 39 genuine), first run at d9738d6: 0.833 / 1.000 / 0.950, none called a
/// scam. Batch 11 (49 genuine bank and service messages, all quoted), held-out part (18 genuine),
/// first run at d9738d6: one flagged (suspicious). Batch 12 (106 kept of 116, collected the same
/// way; ten composed ones dropped before any run to keep the file half quoted), held-out part (20
/// scams, 35 genuine), first run at 925cfa4 (91aa426's rules, batch 12 in the data): 0.769 / 1.000
/// / 0.950, one family warning called a scam. README.md has the figures after.
/// Scans the real-world set and reports its splits: (tuning, held-out). The held-out split is also
/// reported by batch (the first 200 messages, the 102 added after the first round of issue #10
/// rules, the 51 added after the second round, and batches 4 to 12 collected by helpers who did not
/// read the rules).
fn real_world_figures() -> (Figures, Figures) {
    let rules = Rules::embedded(Lang::En).expect("the rules load");
    let set = load_real_set();
    let scans: Vec<(&Labelled, Scan)> = set
        .message
        .iter()
        .map(|m| (m, rules.scan(&m.text)))
        .collect();
    let part = |split: &str, batch: Option<u32>| -> Vec<(&Labelled, &Scan)> {
        scans
            .iter()
            .filter(|(m, _)| m.split.as_deref() == Some(split))
            .filter(|(m, _)| batch.is_none_or(|b| m.batch.unwrap_or(1) == b))
            .map(|(m, s)| (*m, s))
            .collect()
    };
    let tuning = report_with(
        "messages-real.toml, tuning split",
        &part("tuning", None),
        true,
    );
    for (batch, what) in [
        (1, "the first 200 messages"),
        (2, "added after the #10 rules"),
        (3, "added after the second round"),
        (
            4,
            "added after the third round, collected by a helper who did not read the rules",
        ),
        (5, "added during the fifth round, collected the same way"),
        (6, "added before the seventh round, collected the same way"),
        (7, "added before the ninth round, collected the same way"),
        (8, "added during the tenth round, collected the same way"),
        (9, "added during the eleventh round, collected the same way"),
        (10, "added during the twelfth round, collected the same way"),
        (
            11,
            "added during the twelfth round, quoted only, all genuine",
        ),
        (12, "added in the fifteenth round, collected the same way"),
    ] {
        report_with(
            &format!("messages-real.toml, held-out split, batch {batch} ({what})"),
            &part("heldout", Some(batch)),
            false,
        );
    }
    let heldout = report_with(
        "messages-real.toml, held-out split, all batches",
        &part("heldout", None),
        false,
    );
    (tuning, heldout)
}

#[test]
fn real_world_otp_deliveries_and_family_warnings_are_never_called_a_scam() {
    // The tuning split, by id. The held-out split's count is part of the issue's targets below:
    // which held-out message fails is never printed.
    let (tuning, _) = real_world_figures();
    assert_no_otp_delivery_or_family_warning_called_a_scam(&tuning);
}

/// The issue's targets, on the held-out split only (figures and counts, never which message). Not
/// met yet: run with `--ignored` to see the current figures.
#[test]
#[ignore = "issue #10's targets are not yet met on the held-out split (see README)"]
fn real_world_held_out_split_meets_the_issue_10_targets() {
    let (_, heldout) = real_world_figures();
    assert!(
        heldout.recall >= 0.90
            && heldout.precision >= 0.93
            && heldout.strict_recall >= 0.75
            && heldout.otp_called_scam.is_empty()
            && heldout.warning_called_scam.is_empty(),
        "held-out: recall {:.3} (target 0.90), precision {:.3} (0.93), scam-only recall {:.3} \
         (0.75), OTP deliveries called a scam {} (0), family warnings called a scam {} (0)",
        heldout.recall,
        heldout.precision,
        heldout.strict_recall,
        heldout.otp_called_scam.len(),
        heldout.warning_called_scam.len()
    );
}

// ---------------------------------------------------------------------------------------------
// The command line

const SCAM: &str = "Dear customer, your SBI account will be blocked today. Share the OTP with our executive to keep it active.";
const GENUINE: &str =
    "482913 is your OTP for login. Valid for 5 mins. Do not share this OTP with anyone.";
const SUSPICIOUS: &str = "Congratulations, you are the lucky winner of our prize draw.";

/// Runs `sajag` with `input` on standard input.
fn run_with_stdin(args: &[&str], input: &[u8]) -> Output {
    common::run_with_stdin(SAJAG, args, input)
}

fn json(o: &Output) -> serde_json::Value {
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("not JSON ({e}): {}", stdout(o)))
}

#[test]
fn scan_message_json_reads_a_file_and_exits_1_for_a_scam() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("message.txt");
    std::fs::write(&file, SCAM).unwrap();
    let o = run_with_stdin(&["scan-message", "--json", file.to_str().unwrap()], b"");
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    let v = json(&o);
    assert_eq!(v["verdict"], "scam");
    let flags = v["flags"].as_array().unwrap();
    let ids: Vec<_> = flags.iter().map(|f| f["id"].as_str().unwrap()).collect();
    assert!(ids.contains(&"otp-request"), "{ids:?}");
    for f in flags {
        assert!(!f["explanation"].as_str().unwrap().is_empty());
        assert!(f.get("article").is_some());
    }
    let otp = flags.iter().find(|f| f["id"] == "otp-request").unwrap();
    assert_eq!(otp["article"], "vaccine-registration-otp");
}

#[test]
fn scan_message_reads_standard_input_and_exits_0_without_red_flags() {
    for args in [
        &["scan-message", "--json"][..],
        &["scan-message", "--json", "-"],
    ] {
        let o = run_with_stdin(args, GENUINE.as_bytes());
        assert_eq!(code(&o), 0, "{args:?}: {}", stderr(&o));
        assert_eq!(
            json(&o),
            serde_json::json!({"verdict": "no_red_flags", "flags": []})
        );
    }
    let o = run_with_stdin(&["scan-message", "--json"], SUSPICIOUS.as_bytes());
    assert_eq!(code(&o), 1);
    assert_eq!(json(&o)["verdict"], "suspicious");
}

#[test]
fn scan_message_prints_the_verdict_flags_and_matched_text_in_words() {
    let o = run_with_stdin(&["scan-message"], SCAM.as_bytes());
    assert_eq!(code(&o), 1);
    let out = stdout(&o);
    assert!(out.starts_with("SCAM"), "{out}");
    assert!(out.contains("otp-request"), "{out}");
    assert!(out.contains("\"Share the OTP\""), "{out}");
    assert!(out.contains("not sent or stored"), "{out}");

    let o = run_with_stdin(&["scan-message", "--lang", "hi", "--json"], SCAM.as_bytes());
    assert_eq!(code(&o), 1);
    let explanation = json(&o)["flags"][0]["explanation"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(
        explanation
            .chars()
            .any(|c| ('\u{900}'..='\u{97f}').contains(&c)),
        "{explanation}"
    );
}

#[test]
fn scan_message_exits_2_on_input_it_cannot_read() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("latin1.txt");
    std::fs::write(&file, b"Share the OTP \xe9 now").unwrap();
    let o = run_with_stdin(&["scan-message", file.to_str().unwrap()], b"");
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("not UTF-8"), "{}", stderr(&o));
    assert!(o.stdout.is_empty());

    let o = run_with_stdin(&["scan-message", "--json"], b"\xff\xfe");
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("not UTF-8"), "{}", stderr(&o));

    let missing = dir.path().join("missing.txt");
    let o = run_with_stdin(&["scan-message", missing.to_str().unwrap()], b"");
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("could not read"), "{}", stderr(&o));

    let o = run_with_stdin(&["scan-message", "--lang", "fr"], SCAM.as_bytes());
    assert_eq!(code(&o), 2);
    // The error and the help name every language the explanations come in, not a stale list. The
    // codes are compared as lists: two-letter codes such as "or" and "ta" occur inside other words.
    let shipped: Vec<&str> = Lang::shipped().iter().map(|l| l.code()).collect();
    let err = stderr(&o);
    let offered: Vec<&str> = err
        .split("use one of ")
        .nth(1)
        .and_then(|rest| rest.lines().next())
        .unwrap_or_else(|| panic!("the error offers no languages: {err}"))
        .trim()
        .split(", ")
        .collect();
    assert_eq!(offered, shipped, "{err}");
    let help = stdout(&run_with_stdin(&["scan-message", "--help"], b""));
    let listed: Vec<&str> = help
        .split("by code: ")
        .nth(1)
        .and_then(|rest| rest.split(" (").next())
        .unwrap_or_else(|| panic!("the help lists no language codes: {help}"))
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect();
    assert_eq!(listed, shipped, "{help}");
}

#[test]
fn a_child_that_exits_without_reading_its_input_is_a_result_not_a_broken_pipe() {
    // The file argument is read and stdin never is; 1 MiB is far more than a pipe holds, so the
    // parent's write always meets a closed pipe. That is the child's answer, not a test failure
    // (under load this used to panic with "stdin is written: Broken pipe").
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.txt");
    let o = run_with_stdin(
        &["scan-message", missing.to_str().unwrap()],
        &vec![b'a'; 1 << 20],
    );
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("could not read"), "{}", stderr(&o));
}

#[test]
fn no_red_flags_is_never_a_clean_bill_and_every_verdict_says_where_to_report() {
    let o = run_with_stdin(&["scan-message"], GENUINE.as_bytes());
    assert_eq!(code(&o), 0);
    let out = stdout(&o);
    for want in [
        "does not make it safe",
        "money, a code",
        "rush",
        "real domain",
        "sancharsaathi.gov.in",
        "1930",
        "Report & Check Suspect",
    ] {
        assert!(out.contains(want), "{want:?} missing from:\n{out}");
    }
    let o = run_with_stdin(&["scan-message", "--lang", "hi"], GENUINE.as_bytes());
    let out = stdout(&o);
    for want in ["सुरक्षित नहीं", "चक्षु", "1930", "Report & Check Suspect"]
    {
        assert!(out.contains(want), "{want:?} missing from:\n{out}");
    }
    // A scam verdict offers the same ways to report, without the questions.
    let out = stdout(&run_with_stdin(&["scan-message"], SCAM.as_bytes()));
    assert!(
        out.contains("Report it") && !out.contains("money, a code"),
        "{out}"
    );
}
