//! The end-user command line of the `sajag` binary: `explain` and `check`.
//!
//! Exit codes of `check` are an interface: 0 not found, 1 found, 2 error (message on stderr).

use std::process::ExitCode;

use clap::{Parser, Subcommand};
use sajag::identifier::Identifier;
use sajag::lookup::{self, CheckOutcome};

#[derive(Parser)]
#[command(
    name = "sajag",
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
        /// A mobile number or PAN, in any common spelling.
        identifier: String,
        #[arg(long)]
        json: bool,
    },
    /// Check a mobile number or PAN. Exit code: 0 not found, 1 found, 2 error.
    Check {
        /// A mobile number or PAN, in any common spelling.
        identifier: String,
        /// An index file, an http(s) URL of an index, or `demo` (the default: the built-in demo index).
        #[arg(long, default_value = "demo")]
        index: String,
        #[arg(long)]
        json: bool,
    },
}

const EXIT_FOUND: u8 = 1;
const EXIT_ERROR: u8 = 2;

pub fn run(cli: Cli) -> ExitCode {
    match cli.command {
        None => match crate::app::run() {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => fail(&format!("the app could not start: {e}")),
        },
        Some(Command::Explain { identifier, json }) => explain(&identifier, json),
        Some(Command::Check {
            identifier,
            index,
            json,
        }) => check(&identifier, &index, json),
    }
}

fn fail(message: &str) -> ExitCode {
    eprintln!("sajag: {message}");
    ExitCode::from(EXIT_ERROR)
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

fn check(input: &str, index: &str, json: bool) -> ExitCode {
    let id = match Identifier::parse(input) {
        Ok(id) => id,
        Err(e) => return fail(&e.to_string()),
    };
    let outcome = lookup::open_source(index).and_then(|source| lookup::check(source.as_ref(), &id));
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
    if o.found() {
        println!("FOUND in {} breach(es):", o.breaches.len());
        for b in &o.breaches {
            println!("  • {} ({})", b.title, b.date);
            println!("    exposed: {}", b.data_classes.join(", "));
        }
    } else {
        println!(
            "Not found in the {} breach(es) this index covers. That is not a guarantee: other leaks exist.",
            src.manifest.breaches
        );
    }
}
