//! Scans every message of the labelled sets in one process and writes what the check said, for
//! comparing two versions of the rules message by message:
//! `cargo run --release --example scan_sets -- OUT_DIR [SET.toml ...]` (default: every
//! `tests/data/messages*.toml`). Writes `OUT_DIR/<set>.json`, an object from message id to
//! `{label, kind, lang, verdict, flags, text}`, and prints each set's precision and recall.
//!
//! The held-out split of `messages-real.toml` is skipped: its messages must not be read while the
//! rules are changed (`cargo test --test scan_messages real_world_held_out -- --ignored` prints
//! its figures only). One process trains the wording model once, where `sajag scan-message` per
//! message trains it every time: all sets take seconds instead of minutes.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use sajag::guidance::Lang;
use sajag::guidance::scan::{Rules, Verdict};
use serde::{Deserialize, Serialize};

#[derive(Deserialize)]
struct Set {
    message: Vec<Labelled>,
}

#[derive(Deserialize)]
struct Labelled {
    id: String,
    lang: String,
    label: String,
    kind: Option<String>,
    split: Option<String>,
    text: String,
}

#[derive(Serialize)]
struct Outcome<'a> {
    label: &'a str,
    kind: Option<&'a str>,
    lang: &'a str,
    verdict: Verdict,
    flags: Vec<String>,
    text: &'a str,
}

fn default_sets() -> Result<Vec<PathBuf>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let mut sets = Vec::new();
    for entry in std::fs::read_dir(&dir).with_context(|| format!("reading {}", dir.display()))? {
        let path = entry?.path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if name.starts_with("messages") && path.extension().is_some_and(|e| e == "toml") {
            sets.push(path);
        }
    }
    sets.sort();
    Ok(sets)
}

#[allow(clippy::cast_precision_loss)] // counts of a few hundred
fn ratio(num: usize, den: usize) -> f64 {
    if den == 0 {
        0.0
    } else {
        num as f64 / den as f64
    }
}

fn main() -> Result<()> {
    let mut args = std::env::args_os().skip(1);
    let out_dir = PathBuf::from(
        args.next()
            .context("usage: scan_sets OUT_DIR [SET.toml ...]")?,
    );
    let mut sets: Vec<PathBuf> = args.map(PathBuf::from).collect();
    if sets.is_empty() {
        sets = default_sets()?;
    }
    std::fs::create_dir_all(&out_dir).with_context(|| format!("creating {}", out_dir.display()))?;
    let rules = Rules::embedded(Lang::En).context("loading the rules")?;
    for path in sets {
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("reading {}", path.display()))?;
        let set: Set =
            toml::from_str(&text).with_context(|| format!("parsing {}", path.display()))?;
        let mut out = BTreeMap::new();
        let (mut tp, mut fp, mut scams, mut strict_tp) = (0, 0, 0, 0);
        for m in set
            .message
            .iter()
            .filter(|m| m.split.as_deref() != Some("heldout"))
        {
            let scan = rules.scan(&m.text);
            let flagged = scan.verdict != Verdict::NoRedFlags;
            let is_scam = m.label == "scam";
            scams += usize::from(is_scam);
            tp += usize::from(is_scam && flagged);
            fp += usize::from(!is_scam && flagged);
            strict_tp += usize::from(is_scam && scan.verdict == Verdict::Scam);
            out.insert(
                m.id.as_str(),
                Outcome {
                    label: &m.label,
                    kind: m.kind.as_deref(),
                    lang: &m.lang,
                    verdict: scan.verdict,
                    flags: scan.flags.into_iter().map(|f| f.id).collect(),
                    text: &m.text,
                },
            );
        }
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("set");
        let out_path = out_dir.join(format!("{stem}.json"));
        std::fs::write(&out_path, serde_json::to_vec(&out)?)
            .with_context(|| format!("writing {}", out_path.display()))?;
        println!(
            "{stem:<18} {:>4} messages  precision {:.3}  recall {:.3}  scam-only recall {:.3}",
            out.len(),
            ratio(tp, tp + fp),
            ratio(tp, scams),
            ratio(strict_tp, scams)
        );
    }
    Ok(())
}
