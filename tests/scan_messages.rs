//! The message check against a labelled set of scam and genuine messages written independently of
//! the rules (`tests/data/messages.toml`), and the `sajag scan-message` command line.
//!
//! `cargo test --test scan_messages -- --nocapture` prints the confusion table, precision and
//! recall, and every misclassified message.

mod common;

use std::collections::BTreeMap;
use std::io::Write;
use std::process::{Command, Output, Stdio};

use common::{SAJAG, code, stderr, stdout};
use sajag::guidance::Lang;
use sajag::guidance::scan::{Rules, Verdict};
use serde::Deserialize;

#[derive(Deserialize)]
struct LabelledSet {
    message: Vec<Labelled>,
}

#[derive(Deserialize)]
struct Labelled {
    id: String,
    /// `en`, `hi` or `hinglish`.
    lang: String,
    /// `scam` or `genuine`.
    label: String,
    /// `otp_delivery` for an SMS that delivers a one-time password.
    kind: Option<String>,
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

#[test]
fn labelled_messages_are_classified_with_precision_and_recall_of_at_least_0_9() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/messages.toml"
    ))
    .expect("tests/data/messages.toml exists");
    let set: LabelledSet = toml::from_str(&text).expect("the labelled set parses");
    let rules = Rules::embedded(Lang::En).expect("the rules load");

    // The set must be big enough and cover both languages, so that the test cannot pass vacuously.
    assert!(
        set.message.len() >= 60,
        "only {} messages",
        set.message.len()
    );
    for lang in ["en", "hi"] {
        assert!(
            set.message.iter().any(|m| m.lang == lang),
            "no {lang} message"
        );
    }
    for m in &set.message {
        assert!(
            m.label == "scam" || m.label == "genuine",
            "{}: label {:?}",
            m.id,
            m.label
        );
    }
    for label in ["scam", "genuine"] {
        assert!(
            set.message.iter().any(|m| m.label == label),
            "no {label} message"
        );
    }

    let scans: Vec<_> = set
        .message
        .iter()
        .map(|m| (m, rules.scan(&m.text)))
        .collect();
    let results: Vec<(&Labelled, Verdict)> = scans.iter().map(|(m, s)| (*m, s.verdict)).collect();

    // Confusion table, overall and by language.
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
    println!("\n{} labelled messages", results.len());
    println!(
        "{:<10} {:<8} {:>6} {:>11} {:>13}",
        "lang", "label", "scam", "suspicious", "no_red_flags"
    );
    for ((lang, label), [s, u, n]) in &table {
        println!("{lang:<10} {label:<8} {s:>6} {u:>11} {n:>13}");
    }
    let (precision, recall) = precision_recall(&results, &[Verdict::Scam, Verdict::Suspicious]);
    let (strict_p, strict_r) = precision_recall(&results, &[Verdict::Scam]);
    println!(
        "scam or suspicious counted as positive: precision {precision:.3}, recall {recall:.3}"
    );
    println!(
        "only scam counted as positive (strict): precision {strict_p:.3}, recall {strict_r:.3}"
    );

    let mut wrong = 0;
    for (m, s) in &scans {
        let flagged = s.verdict != Verdict::NoRedFlags;
        if flagged != (m.label == "scam") {
            wrong += 1;
            let ids: Vec<_> = s.flags.iter().map(|f| f.id.as_str()).collect();
            println!(
                "misclassified {} ({}, {}): {:?} {ids:?}",
                m.id, m.lang, m.label, s.verdict
            );
        }
    }
    println!("{wrong} misclassified");

    let otp_called_scam: Vec<_> = results
        .iter()
        .filter(|(m, v)| m.kind.as_deref() == Some("otp_delivery") && *v == Verdict::Scam)
        .map(|(m, _)| m.id.as_str())
        .collect();
    assert!(
        otp_called_scam.is_empty(),
        "genuine OTP deliveries called a scam: {otp_called_scam:?}"
    );
    assert!(precision >= 0.9, "precision {precision:.3} < 0.9");
    assert!(recall >= 0.9, "recall {recall:.3} < 0.9");
}

// ---------------------------------------------------------------------------------------------
// The command line

const SCAM: &str = "Dear customer, your SBI account will be blocked today. Share the OTP with our executive to keep it active.";
const GENUINE: &str =
    "482913 is your OTP for login. Valid for 5 mins. Do not share this OTP with anyone.";
const SUSPICIOUS: &str = "Part time job: earn Rs 5000 per day from home.";

/// Runs `sajag` with `input` on standard input.
fn run_with_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(SAJAG)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("sajag runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input)
        .expect("stdin is written");
    child.wait_with_output().unwrap()
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
}
