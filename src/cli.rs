//! The end-user command line of the `sajag` binary: `explain`, `check` and `scan-message`.
//!
//! Exit codes are an interface: `check` 0 not found, 1 found; `scan-message` 0 no red flags,
//! 1 suspicious or scam; both 2 on an error (message on stderr).
//!
//! `explain` and `check` read the identifier from standard input when it is `-` or not given, so
//! that it never shows in the process list or the shell history: on a terminal behind a prompt,
//! without echo; otherwise one line.

use std::io::{BufRead, IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use sajag::guidance::Lang;
use sajag::guidance::scan::{Rules, Scan, Verdict, Weight};
use sajag::identifier::Identifier;
use sajag::lookup::{self, CheckOutcome};
use sajag::signing::PublicKey;
use sajag::trust::{TrustPolicy, TrustedKey};
use std::sync::Arc;

#[derive(Parser)]
#[command(
    name = "sajag",
    // The same usage line from sajag.exe and sajag.com (sajag-cli), whatever argv[0] is.
    bin_name = "sajag",
    version,
    about = "Check privately whether your mobile number or PAN is in a leaked data set",
    long_about = "Check privately whether your mobile number or PAN is in a leaked data set.\n\n\
                  With no command, opens the Sajag app."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand)]
pub enum Command {
    /// Show the canonical form, the string that is hashed, and the 5-character prefix a check would
    /// send. Sends nothing.
    Explain {
        /// A mobile number or PAN, in any common spelling. `-` or nothing reads it from standard
        /// input (a typed argument shows in the process list and the shell history).
        identifier: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Check a mobile number or PAN. Exit code: 0 not found, 1 found, 2 error.
    Check {
        /// A mobile number or PAN, in any common spelling. `-` or nothing reads it from standard
        /// input (a typed argument shows in the process list and the shell history).
        identifier: Option<String>,
        /// An index file, an http(s) URL of an index, or `demo` (the default: the built-in demo index).
        #[arg(long, default_value = "demo")]
        index: String,
        /// Trust the publisher whose public key is in this file (from `sajag-index signing-keygen`);
        /// repeatable. Keys trusted in the app's Settings are trusted too.
        #[arg(long, value_name = "FILE.pub")]
        trust: Vec<PathBuf>,
        /// Print `kind`, `prefix`, `found`, `source`, `mode`, `publisher` and `breaches` as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Check a pasted SMS, chat or e-mail message for the red flags of a fraud. The check runs
    /// on this computer: the text is not sent anywhere, stored or logged. Exit code: 0 no red
    /// flags, 1 suspicious or scam, 2 error.
    #[command(name = "scan-message")]
    ScanMessage {
        /// A UTF-8 text file holding the message; `-` or nothing reads standard input.
        file: Option<PathBuf>,
        /// Language of the explanations, by code: en, hi, bn, mr, te, ta, gu, kn, ml, pa, or
        /// (a message in any of these languages is checked whichever is chosen).
        #[arg(long, default_value = "en", value_parser = parse_lang)]
        lang: Lang,
        /// Print `verdict` and `flags` (each with `id`, `explanation`, `article`, `weight`) as JSON.
        #[arg(long)]
        json: bool,
    },
}

fn parse_lang(code: &str) -> Result<Lang, String> {
    Lang::from_code(code).ok_or_else(|| {
        let codes: Vec<&str> = Lang::shipped().iter().map(|l| l.code()).collect();
        format!("unknown language {code:?}: use one of {}", codes.join(", "))
    })
}

const EXIT_FLAGGED: u8 = 1;
const EXIT_FOUND: u8 = 1;
const EXIT_ERROR: u8 = 2;

pub fn run(cli: Cli) -> ExitCode {
    match cli.command {
        None => match crate::app::run() {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => fail(&format!("the app could not start: {e}")),
        },
        Some(Command::Explain { identifier, json }) => match identifier_or_stdin(identifier) {
            Ok(identifier) => explain(&identifier, json),
            Err(e) => fail(&e),
        },
        Some(Command::Check {
            identifier,
            index,
            trust,
            json,
        }) => match identifier_or_stdin(identifier) {
            Ok(identifier) => check(&identifier, &index, &trust, json),
            Err(e) => fail(&e),
        },
        Some(Command::ScanMessage { file, lang, json }) => {
            scan_message(file.as_deref(), lang, json)
        }
    }
}

fn fail(message: &str) -> ExitCode {
    eprintln!("sajag: {message}");
    ExitCode::from(EXIT_ERROR)
}

/// The longest line read from standard input for an identifier.
const MAX_IDENTIFIER_LINE: u64 = 1024;

/// The identifier given as the argument, or for `-` or none, read from standard input: on a
/// terminal after a prompt on stderr, without echo; otherwise the first line.
fn identifier_or_stdin(arg: Option<String>) -> Result<String, String> {
    match arg {
        Some(arg) if arg != "-" => Ok(arg),
        _ if std::io::stdin().is_terminal() => {
            eprint!("Mobile number or PAN (hidden as you type): ");
            let _ = std::io::stderr().flush();
            rpassword::read_password().map_err(|e| format!("could not read from the terminal: {e}"))
        }
        _ => read_identifier_line(&mut std::io::stdin().lock()),
    }
}

/// The first line of `input` (at most [`MAX_IDENTIFIER_LINE`] bytes), without its line end.
fn read_identifier_line(input: &mut impl BufRead) -> Result<String, String> {
    let mut line = Vec::new();
    input
        .take(MAX_IDENTIFIER_LINE + 1)
        .read_until(b'\n', &mut line)
        .map_err(|e| format!("could not read from standard input: {e}"))?;
    if line.last() == Some(&b'\n') {
        line.pop();
    } else if line.len() as u64 > MAX_IDENTIFIER_LINE {
        return Err(
            "the line on standard input is too long: give one mobile number or PAN".to_owned(),
        );
    }
    if line.last() == Some(&b'\r') {
        line.pop();
    }
    String::from_utf8(line)
        .map_err(|_| "standard input is not UTF-8 text: give one mobile number or PAN".to_owned())
}

fn explain(input: &str, json: bool) -> ExitCode {
    let id = match Identifier::parse(input) {
        Ok(id) => id,
        Err(e) => return fail(&e.to_string()),
    };
    let prefix = sajag::hashing::HashedId::of(&id).prefix();
    if json {
        let v = serde_json::json!({
            "kind": id.kind(),
            "canonical": id.canonical(),
            "hash_input": id.hash_input(),
            "prefix": prefix.to_string(),
        });
        println!("{v}");
    } else {
        println!("kind:            {}", id.kind());
        if let Some(holder) = id.pan_holder() {
            println!("PAN holder:      {}", holder.describe());
        }
        println!("canonical form:  {}", id.canonical());
        println!("hashed (SHA-256): {}", id.hash_input());
        println!(
            "a check sends:   {prefix}  (only these 5 characters; nothing else leaves this computer)"
        );
    }
    ExitCode::SUCCESS
}

/// The trust policy of a command-line check: the demo key, the keys trusted in the app's Settings
/// and `--trust` files; rollback memory in the settings folder.
fn trust_policy(files: &[PathBuf]) -> Result<TrustPolicy, String> {
    let dir = crate::app::settings::Settings::default_dir();
    let mut keys = crate::app::settings::Settings::load(dir.as_deref()).trusted_keys();
    for f in files {
        let text = std::fs::read_to_string(f)
            .map_err(|e| format!("could not read the key file {}: {e}", f.display()))?;
        let (key, name) =
            PublicKey::parse(&text).map_err(|e| format!("{} cannot be used: {e}", f.display()))?;
        keys.push(TrustedKey {
            key,
            name: name.unwrap_or_else(|| format!("key {}", key.fingerprint())),
        });
    }
    let policy = TrustPolicy::new(keys);
    Ok(match dir {
        Some(d) => policy.remembering_in(d),
        None => policy,
    })
}

fn check(input: &str, index: &str, trust: &[PathBuf], json: bool) -> ExitCode {
    let id = match Identifier::parse(input) {
        Ok(id) => id,
        Err(e) => return fail(&e.to_string()),
    };
    let policy = match trust_policy(trust) {
        Ok(p) => Arc::new(p),
        Err(e) => return fail(&e),
    };
    let outcome =
        lookup::open_source(index, &policy).and_then(|source| lookup::check(source.as_ref(), &id));
    let outcome = match outcome {
        Ok(o) => o,
        Err(e) => return fail(&e.to_string()),
    };
    if json {
        print_json(&outcome);
    } else {
        print_text(&id, &outcome);
    }
    if outcome.found() {
        ExitCode::from(EXIT_FOUND)
    } else {
        ExitCode::SUCCESS
    }
}

fn print_json(o: &CheckOutcome) {
    let breaches: Vec<_> = o
        .breaches
        .iter()
        .map(|b| {
            serde_json::json!({
                "slug": b.slug,
                "title": b.title,
                "date": b.date,
                "data_classes": b.data_classes,
            })
        })
        .collect();
    let v = serde_json::json!({
        "kind": o.kind,
        "prefix": o.prefix.to_string(),
        "found": o.found(),
        "source": o.source.location,
        "mode": o.source.manifest.mode,
        "publisher": o.source.publisher,
        "breaches": breaches,
    });
    println!("{v}");
}

fn print_text(id: &Identifier, o: &CheckOutcome) {
    let src = &o.source;
    let demo = if src.is_demo {
        " — DEMO DATA (synthetic, not a real leak)"
    } else {
        ""
    };
    println!(
        "Checked {} ({}) against {}{demo}",
        id.masked(),
        id.kind(),
        src.location
    );
    println!(
        "  index built {}, {} breaches, {} identifiers",
        src.manifest.built_at, src.manifest.breaches, src.manifest.entries
    );
    match &src.publisher {
        Some(p) if p.trusted => println!("  signed by {} (key {})", p.name, p.fingerprint()),
        Some(p) => println!(
            "  signed by an unknown publisher calling itself “{}” (key {}); its breach texts are its own words",
            p.name,
            p.fingerprint()
        ),
        None => println!(
            "  unsigned — anyone could have made it; its breach texts are not checked by anyone"
        ),
    }
    if src.is_remote && src.manifest.mode == sajag::index::Mode::Blinded {
        println!(
            "  sent to the server: only the prefix {} and blinded values that reveal nothing about what you typed",
            o.prefix
        );
    } else if src.is_remote {
        println!("  sent to the server: only the prefix {}", o.prefix);
    } else {
        println!("  nothing left this computer (local index)");
    }
    println!();
    // The counts read as the app's words do (plural forms from assets/i18n/en.ftl).
    let tr = crate::app::i18n::Tr::new(Lang::En);
    if o.found() {
        println!("{}:", tr.count("result.found", o.breaches.len()));
        for b in &o.breaches {
            println!("  • {} ({})", b.title, b.date);
            println!("    exposed: {}", b.data_classes.join(", "));
        }
    } else {
        println!(
            "{}",
            tr.count("result.not_found_text", src.manifest.breaches as usize)
        );
    }
}

/// Reads the message (a file, or standard input for `None` or `-`) as UTF-8 text.
fn read_message(file: Option<&std::path::Path>) -> Result<String, String> {
    let mut bytes = Vec::new();
    match file {
        None => std::io::stdin().read_to_end(&mut bytes).map(drop),
        Some(p) if p.as_os_str() == "-" => std::io::stdin().read_to_end(&mut bytes).map(drop),
        Some(p) => std::fs::read(p).map(|b| bytes = b),
    }
    .map_err(|e| match file {
        Some(p) if p.as_os_str() != "-" => format!("could not read {}: {e}", p.display()),
        _ => format!("could not read the message from standard input: {e}"),
    })?;
    String::from_utf8(bytes).map_err(|_| {
        "the message is not UTF-8 text. Save it as UTF-8 (Unicode) text, or paste it in the app, and try again"
            .to_owned()
    })
}

fn scan_message(file: Option<&std::path::Path>, lang: Lang, json: bool) -> ExitCode {
    let text = match read_message(file) {
        Ok(t) => t,
        Err(e) => return fail(&e),
    };
    let rules = match Rules::embedded(lang) {
        Ok(r) => r,
        Err(e) => return fail(&format!("the message-check rules could not be loaded: {e}")),
    };
    let scan = rules.scan(&text);
    if json {
        match serde_json::to_string(&scan) {
            Ok(v) => println!("{v}"),
            Err(e) => return fail(&e.to_string()),
        }
    } else {
        print_scan(&text, &scan, lang);
    }
    if scan.verdict == Verdict::NoRedFlags {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(EXIT_FLAGGED)
    }
}

fn print_scan(text: &str, scan: &Scan, lang: Lang) {
    // The words are the app's (assets/i18n), so the two never say different things; the first
    // word is the verdict's stable name, for people and scripts reading the output.
    let tr = crate::app::i18n::Tr::new(lang);
    let (name, verdict, note) = match scan.verdict {
        Verdict::Scam => ("SCAM", "message.verdict_scam", "message.note_scam"),
        Verdict::Suspicious => (
            "SUSPICIOUS",
            "message.verdict_suspicious",
            "message.note_suspicious",
        ),
        Verdict::NoRedFlags => ("NO RED FLAGS", "message.verdict_none", "message.note_none"),
    };
    println!("{name}: {}", tr.t(verdict));
    println!("{}", tr.t(note));
    if scan.verdict == Verdict::NoRedFlags {
        println!("{}:", tr.t("message.questions"));
        for q in ["message.q_ask", "message.q_rush", "message.q_link"] {
            println!("  ? {}", tr.t(q));
        }
    }
    println!(
        "{}: {} {}",
        tr.t("message.report_title"),
        tr.t("message.report_chakshu"),
        tr.t("message.report_1930")
    );
    println!(
        "{}: {}",
        tr.t("message.check_title"),
        tr.t("message.check_suspect")
    );
    if scan.truncated {
        let max = sajag::guidance::scan::MAX_CHARS.to_string();
        println!("{}", tr.f("message.truncated", &[("max", &max)]));
    }
    for f in &scan.flags {
        let weight = match f.weight {
            Weight::Strong => "strong",
            Weight::Medium => "medium",
            Weight::Weak => "weak",
        };
        println!();
        println!("• {} ({weight})", f.id);
        println!("  {}", f.explanation);
        let matched: Vec<String> = f
            .spans
            .iter()
            .map(|s| {
                format!(
                    "\"{}\"",
                    text[s.clone()]
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ")
                )
            })
            .collect();
        println!("  found: {}", matched.join(", "));
        if let Some(a) = &f.article {
            println!("  read more: scam guide, article \"{a}\"");
        }
    }
    println!();
    println!("Checked on this computer; the message was not sent or stored.");
}
