//! The wording model: a small logistic regression over the words, word pairs and letter runs of a
//! message, trained once per process from the labelled messages we wrote ourselves (it added about
//! 30 ms to a `scan-message` run in a debug build: 0.75 s → 0.78 s). It catches scams whose wording resembles known ones but
//! that no rule names, and raises the `reads-like-scam` flag, whose highlighted words are those
//! that weighed most, so that the reason stays readable.
//!
//! # Why this data, and only this
//! Issue #10 allows a statistical model only on data whose licence permits it. The model learns
//! from the messages in `tests/data/` that are ours: those marked `composed` or `adapted` in the
//! *tuning* split of `messages-real.toml` (quoted messages are the scammers' and the reporters'
//! words: they are measured on, not learned from), and the synthetic `messages-dev.toml`,
//! `messages.toml` and `messages-holdout.toml`. The held-out split of `messages-real.toml` is never
//! read here, so it still measures the whole check on messages it was not tuned on.
//!
//! # Why it is only a medium flag
//! Left out one batch at a time (tuning split, 457 messages at the end of the tenth round; quoted
//! messages scored but not learned from), it flags 143 of 202 scams (recall 0.71) and 1 genuine
//! message (precision 0.99) at [`THRESHOLD`] (`cargo test --lib model_left_out_batches -- --ignored
//! --nocapture`). That is a red flag worth showing, not proof: alone it makes a message
//! "suspicious"; like a pattern it is dropped in a message that reports or warns about a scam; and
//! alone beside links that are all official it is dropped too (a bank's "pay by … to avoid a late
//! fee. Pay now: …" reads like a lure, but the link is the bank's own). It cannot read a negation:
//! an advisory ("do not download APK files sent on `WhatsApp`") can read like a scam to it.

use std::ops::Range;
use std::sync::OnceLock;

use regex::Regex;
use serde::Deserialize;

/// Log-odds above which the wording counts as a red flag. Chosen on the tuning split, left out
/// one batch at a time (see the module documentation), never on the held-out split.
pub(super) const THRESHOLD: f32 = 1.5;

/// Buckets of the hashed feature table (2²⁰ weights, 4 MiB).
const BUCKETS: usize = 1 << 20;
const EPOCHS: usize = 15;
/// Learning rate, scaled per message by 1/√(its number of features).
const LEARNING_RATE: f32 = 0.2;
/// L2 penalty on each weight a message touches.
const L2: f32 = 1e-4;
/// Most words highlighted as the reason.
const REASON_WORDS: usize = 4;

/// The trained weights.
pub(super) struct Model {
    weights: Vec<f32>,
    bias: f32,
}

#[derive(Deserialize)]
struct File {
    message: Vec<Labelled>,
}

#[derive(Deserialize)]
struct Labelled {
    /// Read only by the batch-wise measurement in the tests.
    #[cfg_attr(not(test), allow(dead_code))]
    #[serde(default)]
    id: String,
    label: String,
    text: String,
    split: Option<String>,
    origin: Option<String>,
}

/// The messages the model may learn from, chosen by `build.rs`: the `[[message]]` blocks of
/// `tests/data/messages*.toml` that are not quoted and not held out. Only these are in the app.
const TRAINING: &str = include_str!(concat!(env!("OUT_DIR"), "/model_training.toml"));

/// The messages the model learns from: (is a scam, text). The filter is `build.rs`'s, checked
/// again here.
pub(super) fn training_messages() -> Vec<(bool, String)> {
    let file: File = toml::from_str(TRAINING).expect("build.rs writes a labelled set");
    file.message
        .into_iter()
        .filter(|m| m.split.as_deref().is_none_or(|s| s == "tuning"))
        .filter(|m| m.origin.as_deref() != Some("quoted"))
        .map(|m| (m.label == "scam", m.text))
        .collect()
}

/// The model trained on [`training_messages`], once per process.
pub(super) fn get() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| Model::train(&training_messages()))
}

/// One word of a message: where it is, and its normalised form.
struct Word {
    range: Range<usize>,
    norm: String,
}

fn link_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"(?i)https?://\S+").expect("valid"))
}

fn word_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    // Unicode \w: letters, digits, marks (Devanagari vowel signs) and connectors.
    RE.get_or_init(|| Regex::new(r"\w+").expect("valid"))
}

/// The words of `text`, lower-cased, each digit written as 0, each link as the one word "url".
fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut at = 0;
    let links: Vec<Range<usize>> = link_re().find_iter(text).map(|m| m.range()).collect();
    let end = text.len()..text.len();
    for link in links.iter().cloned().chain(std::iter::once(end)) {
        out.extend(word_re().find_iter(&text[at..link.start]).map(|m| {
            Word {
                range: at + m.start()..at + m.end(),
                norm: m
                    .as_str()
                    .to_lowercase()
                    .chars()
                    .map(|c| if c.is_numeric() { '0' } else { c })
                    .collect(),
            }
        }));
        if !link.is_empty() {
            out.push(Word {
                range: link.clone(),
                norm: "url".into(),
            });
        }
        at = link.end;
    }
    out
}

/// FNV-1a of a feature's kind and text, as a bucket.
fn bucket(kind: u8, parts: &[&str]) -> usize {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |b: u8| {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    };
    eat(kind);
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            eat(b' ');
        }
        p.bytes().for_each(&mut eat);
    }
    // The remainder is below BUCKETS, so it fits a usize on every target.
    usize::try_from(h % BUCKETS as u64).unwrap_or_default()
}

/// The features of one word at `i`: the word, the pair it starts, and the runs of 3 to 5 characters
/// (of the words joined by spaces, framed by spaces) that start in it or in the space before it.
fn word_features(words: &[Word], i: usize, out: &mut Vec<usize>) {
    let w = &words[i].norm;
    out.push(bucket(b'w', &[w]));
    if let Some(next) = words.get(i + 1) {
        out.push(bucket(b'b', &[w, &next.norm]));
    }
    // The characters from the space before this word on, as far as a 5-character run reaches.
    let mut tail: Vec<char> = vec![' '];
    tail.extend(w.chars());
    tail.push(' ');
    for next in &words[i + 1..] {
        if tail.len() >= w.chars().count() + 6 {
            break;
        }
        tail.extend(next.norm.chars());
        tail.push(' ');
    }
    let starts = w.chars().count() + 1; // runs starting at the space or inside the word
    let mut run = String::new();
    for start in 0..starts {
        for n in 3..=5 {
            if start + n <= tail.len() {
                run.clear();
                run.extend(&tail[start..start + n]);
                out.push(bucket(b'c', &[&run]));
            }
        }
    }
}

/// Every feature of `text`, each once.
fn features(words: &[Word]) -> Vec<usize> {
    let mut out = Vec::new();
    for i in 0..words.len() {
        word_features(words, i, &mut out);
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// A small deterministic generator for the training order (xorshift64*).
struct Order(u64);

impl Order {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 33) as usize % n
    }
}

impl Model {
    /// Logistic regression by stochastic gradient descent, in a fixed order: the same messages
    /// give the same weights.
    pub(super) fn train(messages: &[(bool, String)]) -> Model {
        let data: Vec<(f32, Vec<usize>)> = messages
            .iter()
            .map(|(scam, text)| (if *scam { 1.0 } else { 0.0 }, features(&words(text))))
            .collect();
        let mut model = Model {
            weights: vec![0.0; BUCKETS],
            bias: 0.0,
        };
        let mut order: Vec<usize> = (0..data.len()).collect();
        let mut rng = Order(0x9e37_79b9_7f4a_7c15);
        for _ in 0..EPOCHS {
            for i in (1..order.len()).rev() {
                order.swap(i, rng.below(i + 1));
            }
            for &i in &order {
                let (y, f) = &data[i];
                if f.is_empty() {
                    continue;
                }
                let z = model.score_features(f).clamp(-30.0, 30.0);
                let gradient = 1.0 / (1.0 + (-z).exp()) - y;
                // A message has at most a few hundred thousand features: exact as an f32.
                #[allow(clippy::cast_precision_loss)]
                let step = LEARNING_RATE / (f.len() as f32).sqrt();
                for &k in f {
                    let w = &mut model.weights[k];
                    *w -= step * (gradient + L2 * *w);
                }
                model.bias -= LEARNING_RATE * gradient;
            }
        }
        model
    }

    fn score_features(&self, features: &[usize]) -> f32 {
        self.bias + features.iter().map(|&k| self.weights[k]).sum::<f32>()
    }

    /// The log-odds that `text` is a scam, by its wording alone.
    #[cfg(test)]
    pub(super) fn score(&self, text: &str) -> f32 {
        self.score_features(&features(&words(text)))
    }

    /// When the wording of `text` is a red flag (its score is above [`THRESHOLD`]), the words that
    /// weighed most towards it, as byte ranges of `text` (sorted, not overlapping); otherwise none.
    pub(super) fn reason(&self, text: &str) -> Vec<Range<usize>> {
        let words = words(text);
        if self.score_features(&features(&words)) <= THRESHOLD {
            return Vec::new();
        }
        let mut weighed: Vec<(f32, usize)> = (0..words.len())
            .map(|i| {
                let mut f = Vec::new();
                word_features(&words, i, &mut f);
                (f.iter().map(|&k| self.weights[k]).sum::<f32>(), i)
            })
            .filter(|(w, _)| *w > 0.0)
            .collect();
        weighed.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        let mut spans: Vec<Range<usize>> = weighed
            .into_iter()
            .take(REASON_WORDS)
            .map(|(_, i)| words[i].range.clone())
            .collect();
        spans.sort_by_key(|s| s.start);
        spans
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// How the threshold was chosen: the tuning split of `messages-real.toml`, one batch left out at
    /// a time (the model learns from the other batches' composed and adapted messages and the
    /// synthetic sets; quoted messages are scored, never learned from). Prints precision and recall
    /// of the model alone at several thresholds. Never reads the held-out split.
    /// `cargo test --lib model_left_out_batches -- --ignored --nocapture`
    #[test]
    #[ignore = "prints figures"]
    #[allow(clippy::cast_precision_loss)] // counts of a few hundred
    fn model_left_out_batches() {
        let real: File = toml::from_str(REAL).unwrap();
        let tuning: Vec<Labelled> = real
            .message
            .into_iter()
            .filter(|m| m.split.as_deref() == Some("tuning"))
            .collect();
        let batch = |id: &str| id.split('-').next().unwrap_or_default().to_string();
        let synthetic: Vec<(bool, String)> = training_messages()
            .into_iter()
            .filter(|(_, t)| !tuning.iter().any(|m| m.text == *t))
            .collect();
        let mut batches: Vec<String> = tuning.iter().map(|m| batch(&m.id)).collect();
        batches.sort();
        batches.dedup();
        let mut scored: Vec<(bool, f32)> = Vec::new();
        for b in &batches {
            let mut learn = synthetic.clone();
            learn.extend(
                tuning
                    .iter()
                    .filter(|m| batch(&m.id) != *b && m.origin.as_deref() != Some("quoted"))
                    .map(|m| (m.label == "scam", m.text.clone())),
            );
            let model = Model::train(&learn);
            scored.extend(
                tuning
                    .iter()
                    .filter(|m| batch(&m.id) == *b)
                    .map(|m| (m.label == "scam", model.score(&m.text))),
            );
        }
        let scams = scored.iter().filter(|(s, _)| *s).count();
        for threshold in [0.5, 1.0, THRESHOLD, 2.0, 2.5] {
            let tp = scored.iter().filter(|(s, x)| *s && *x > threshold).count();
            let fp = scored.iter().filter(|(s, x)| !*s && *x > threshold).count();
            println!(
                "threshold {threshold:.1}: precision {:.3}, recall {:.3} ({tp} of {scams} scams, {fp} genuine flagged, {} messages)",
                tp as f64 / (tp + fp).max(1) as f64,
                tp as f64 / scams as f64,
                scored.len()
            );
        }
    }

    #[test]
    fn words_are_normalised_and_keep_their_place() {
        let t = "Pay ₹500 at https://x.top/a NOW, बताइए";
        let w = words(t);
        let norms: Vec<&str> = w.iter().map(|w| w.norm.as_str()).collect();
        assert_eq!(norms, ["pay", "000", "at", "url", "now", "बताइए"]);
        assert_eq!(&t[w[3].range.clone()], "https://x.top/a");
        // Devanagari vowel signs stay inside the word.
        assert_eq!(&t[w[5].range.clone()], "बताइए");
    }

    const REAL: &str = include_str!("../../../tests/data/messages-real.toml");

    #[test]
    fn training_leaves_out_quoted_and_held_out_messages() {
        let all = training_messages();
        assert!(all.len() > 500, "{}", all.len());
        // Nothing quoted or held out is even in the app.
        assert!(!TRAINING.contains("\"quoted\"") && !TRAINING.contains("\"heldout\""));
        let real: File = toml::from_str(REAL).unwrap();
        for m in real.message {
            let used = all.iter().any(|(_, t)| *t == m.text);
            let allowed =
                m.split.as_deref() == Some("tuning") && m.origin.as_deref() != Some("quoted");
            assert_eq!(used, allowed, "{:?} {:?}: {}", m.split, m.origin, m.text);
        }
    }

    #[test]
    fn training_is_deterministic_and_learns_its_data() {
        let msgs = training_messages();
        let (a, b) = (Model::train(&msgs[..200]), Model::train(&msgs[..200]));
        // Bit for bit: the same messages give the same model.
        assert_eq!(a.bias.to_bits(), b.bias.to_bits());
        assert!(
            a.weights
                .iter()
                .zip(&b.weights)
                .all(|(x, y)| x.to_bits() == y.to_bits())
        );
        let m = get();
        let right = msgs
            .iter()
            .filter(|(scam, t)| (m.score(t) > 0.0) == *scam)
            .count();
        assert!(right * 100 >= msgs.len() * 95, "{right} of {}", msgs.len());
    }
}
