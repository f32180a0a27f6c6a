//! `sajag-index`: the operator tool. Builds an index from raw dumps, signs, inspects and verifies it,
//! serves it over the v1 range protocol, or exports it as static files for any web server or CDN.
//!
//! This file is the command line (every command and flag, documented where it is declared) and the
//! reports a person reads; the work of each command lives in its own module or in the library.

mod export;
mod limiter;
mod serve;
mod sign;

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};
use indicatif::{ProgressBar, ProgressStyle};
use sajag::index::{self, BuildOptions, Index, Recipe};
use sajag::oprf::OprfKey;
use sajag::protocol::Manifest;

#[derive(Parser)]
#[command(
    name = "sajag-index",
    version,
    about = "Build, check, serve and export Sajag breach indexes"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum BuildMode {
    Plain,
    Blinded,
}

#[derive(Subcommand)]
enum Command {
    /// Build an index from the dumps a manifest lists.
    Build {
        /// The build manifest (TOML).
        manifest: PathBuf,
        /// Where to write the index.
        #[arg(long)]
        out: PathBuf,
        /// Memory cap for sorting, in MiB; larger inputs are sorted in runs on disk.
        #[arg(long, default_value_t = 1024)]
        memory_mb: usize,
        /// Replace the output if it exists.
        #[arg(long)]
        force: bool,
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
        /// Folder for sorted runs (default: the output's folder).
        #[arg(long)]
        scratch_dir: Option<PathBuf>,
        /// Records per sorted run (overrides the figure derived from --memory-mb; for testing).
        #[arg(long, hide = true)]
        run_records: Option<usize>,
        /// `plain` (anyone can check offline; enumerable) or `blinded` (checks need the live server).
        #[arg(long, value_enum, default_value_t = BuildMode::Plain)]
        mode: BuildMode,
        /// The OPRF key file for --mode blinded (from `sajag-index keygen`).
        #[arg(long, required_if_eq("mode", "blinded"))]
        key: Option<PathBuf>,
        /// Sign the index with this publisher key (from `sajag-index signing-keygen`).
        #[arg(long, value_name = "NAME.key")]
        sign: Option<PathBuf>,
        #[command(flatten)]
        validity: sign::Validity,
    },
    /// Create a publisher signing key: NAME.key (secret, mode 0600) and NAME.pub (give it to users).
    #[command(name = "signing-keygen")]
    SigningKeygen {
        /// The secret key file to create (refused if it exists); the public key goes beside it as .pub.
        #[arg(long, value_name = "NAME.key")]
        out: PathBuf,
        /// The name clients show for this publisher (default: the file name without .key).
        #[arg(long)]
        publisher: Option<String>,
    },
    /// Sign an existing index (in place, or to --out).
    Sign {
        index: PathBuf,
        /// The publisher key file (from `sajag-index signing-keygen`).
        #[arg(long, value_name = "NAME.key")]
        key: PathBuf,
        /// Write the signed index here instead of replacing INDEX.
        #[arg(long)]
        out: Option<PathBuf>,
        /// With --out: replace it if it exists.
        #[arg(long)]
        force: bool,
        #[command(flatten)]
        validity: sign::Validity,
    },
    /// Create a secret key for blinded indexes (file mode 0600; keep it off the index and the export).
    Keygen {
        #[arg(long)]
        out: PathBuf,
        /// Replace an existing key file (indexes built with the old key stop working).
        #[arg(long)]
        force: bool,
    },
    /// Show what an index holds.
    Inspect {
        index: PathBuf,
        #[arg(long)]
        json: bool,
    },
    /// Check an index's checksum and structure; exits 1 if it is damaged.
    Verify { index: PathBuf },
    /// Serve an index over HTTP (the v1 range protocol).
    Serve(ServeArgs),
    /// Write the index as static files (v1/…) for any web server or CDN.
    Export {
        index: PathBuf,
        /// The folder to create.
        #[arg(long)]
        to: PathBuf,
        /// Replace the folder if it exists.
        #[arg(long)]
        force: bool,
    },
}

/// `sajag-index serve`'s arguments.
#[derive(clap::Args)]
struct ServeArgs {
    index: PathBuf,
    /// Address and port to listen on.
    #[arg(long, default_value = "127.0.0.1:8080")]
    listen: String,
    /// The OPRF key file a blinded index was built with (enables POST v1/evaluate).
    #[arg(long)]
    key: Option<PathBuf>,
    /// Evaluated elements (guesses) allowed per client per minute (blinded mode). A client is an
    /// IPv4 address or an IPv6 /64; one check costs 2 (the number and the key's canary).
    #[arg(long, default_value_t = 30)]
    rate_per_minute: u32,
    /// Elements a client may have evaluated at once before the rate applies (at least 2).
    #[arg(long, default_value_t = 10)]
    burst: u32,
    /// The most clients the rate limiter remembers (about 85 bytes each); when full, the one
    /// idle the longest is forgotten.
    #[arg(long, default_value_t = 1_000_000)]
    max_clients: usize,
    /// A reverse proxy or CDN in front of this server (address or block, repeatable). Only for
    /// connections from these is the client read from X-Forwarded-For (its right-most hop not
    /// itself a trusted proxy); otherwise that header is ignored.
    #[arg(long, value_name = "CIDR")]
    trust_proxy: Vec<limiter::Cidr>,
    /// Time a client has to send a request's head; also how long an idle keep-alive
    /// connection stays open.
    #[arg(long, default_value = "10s", value_parser = humantime::parse_duration)]
    header_timeout: Duration,
    /// Time a request (its body included) may take before it is answered 408.
    #[arg(long, default_value = "30s", value_parser = humantime::parse_duration)]
    request_timeout: Duration,
    /// Connections open at once; more are closed on arrival. Keep it below the open-file limit
    /// (ulimit -n).
    #[arg(long, default_value_t = 8192)]
    max_connections: usize,
    /// The largest request head (request line and headers) in bytes; larger ones get 431.
    #[arg(long, default_value_t = 8192)]
    max_header_bytes: usize,
    /// Serve even if --key does not match the index (only to test clients against a bad server).
    #[arg(long, hide = true)]
    skip_key_check: bool,
}

fn serve_command(args: ServeArgs) -> Result<()> {
    let index = open(&args.index)?;
    let key = args.key.map(|k| OprfKey::load(&k)).transpose()?;
    let rate = serve::RateLimit {
        per_minute: args.rate_per_minute,
        burst: args.burst,
        max_clients: args.max_clients,
    };
    let blinded = serve::Blinded::new(&index, key, &rate, args.skip_key_check)?;
    let tree = sign::tree(&index)?;
    let options = serve::Options {
        listen: args.listen,
        header_timeout: args.header_timeout,
        request_timeout: args.request_timeout,
        max_connections: args.max_connections,
        max_header_bytes: args.max_header_bytes,
        trusted_proxies: args.trust_proxy,
    };
    serve::run(index, tree, blinded, options)
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("sajag-index: error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Build {
            manifest,
            out,
            memory_mb,
            force,
            json,
            scratch_dir,
            run_records,
            mode,
            key,
            sign,
            validity,
        } => {
            let key = match (mode, key) {
                (BuildMode::Blinded, Some(path)) => {
                    Some(std::sync::Arc::new(OprfKey::load(&path)?))
                }
                (BuildMode::Plain, Some(_)) => anyhow::bail!("--key is only for --mode blinded"),
                _ => None,
            };
            let opts = BuildOptions {
                memory_mb,
                force,
                scratch_dir,
                built_at: None,
                key,
                run_records,
            };
            match sign {
                None => build(&manifest, &out, &opts, json),
                Some(key_path) => build_signed(&manifest, &out, opts, json, &key_path, &validity),
            }
        }
        Command::SigningKeygen { out, publisher } => sign::keygen(&out, publisher.as_deref()),
        Command::Sign {
            index,
            key,
            out,
            force,
            validity,
        } => {
            let signer = sign::load_key(&key)?;
            let expires = validity.expires()?;
            let (target, force) = match &out {
                Some(o) => (o.clone(), force),
                None => (index.clone(), true),
            };
            let id = sign::sign(&index, &signer, &expires, &target, force)?;
            println!(
                "Signed {} (index id {id}) as “{}”, valid until {expires}",
                target.display(),
                signer.publisher()
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Inspect { index, json } => inspect(&index, json),
        Command::Verify { index } => Ok(verify(&index)),
        Command::Keygen { out, force } => {
            let key = OprfKey::generate();
            key.save(&out, force)?;
            println!("wrote {} (canary {})", out.display(), key.canary());
            eprintln!(
                "keep this file secret and backed up; never put it beside an index or an export"
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Serve(args) => {
            serve_command(args)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Export { index, to, force } => {
            let index = open(&index)?;
            let tree = sign::tree(&index)?;
            let written = export::run(&index, &tree, &to, force)?;
            eprintln!("exported {written} files to {}", to.display());
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn open(path: &Path) -> Result<Index> {
    Index::open(path).with_context(|| format!("cannot use {}", path.display()))
}

/// A bar over the 2²⁰ buckets (`doing` names the work), on a terminal; hidden otherwise.
pub fn bucket_bar(doing: &str) -> ProgressBar {
    let bar = if std::io::stderr().is_terminal() {
        ProgressBar::new(sajag::hashing::BUCKETS as u64)
    } else {
        ProgressBar::hidden()
    };
    bar.set_style(
        ProgressStyle::with_template(&format!(
            "{{spinner}} {doing} {{pos:>8}}/{{len}} [{{bar:30}}] eta {{eta}}"
        ))
        .expect("valid template")
        .progress_chars("=> "),
    );
    bar
}

/// Progress bars on a terminal; nothing otherwise.
struct Bars {
    bar: ProgressBar,
}

impl Bars {
    fn new() -> Self {
        let bar = if std::io::stderr().is_terminal() {
            ProgressBar::new(0)
        } else {
            ProgressBar::hidden()
        };
        bar.set_style(
            ProgressStyle::with_template("{spinner} reading  {bytes:>10}/{total_bytes:<10} [{bar:30}] {bytes_per_sec} eta {eta}")
                .expect("valid template")
                .progress_chars("=> "),
        );
        bar.enable_steady_tick(Duration::from_millis(200));
        Bars { bar }
    }
}

impl index::Progress for Bars {
    fn reading(&self, done: u64, total: u64) {
        self.bar.set_length(total);
        self.bar.set_position(done);
    }

    fn spilled(&self, records: usize) {
        self.bar.println(format!(
            "  sorted run of {records} records written to scratch"
        ));
    }

    fn merging(&self, records: u64, runs: usize) {
        self.bar.set_style(
            ProgressStyle::with_template(
                "{spinner} merging {pos:>12}/{len:<12} records [{bar:30}] eta {eta}",
            )
            .expect("valid template")
            .progress_chars("=> "),
        );
        self.bar.set_length(records);
        self.bar.set_position(0);
        if runs > 1 {
            self.bar.println(format!("  merging {runs} sorted runs"));
        }
    }

    fn merged(&self, records: u64) {
        self.bar.set_position(records);
    }

    fn writing(&self) {
        self.bar.set_style(
            ProgressStyle::with_template("{spinner} writing the index file…")
                .expect("valid template"),
        );
    }
}

/// `build --sign`: builds into a scratch folder beside the output, then signs into place, so the
/// output is either the old file or the new signed one, never an unsigned one.
fn build_signed(
    manifest: &Path,
    out: &Path,
    mut opts: BuildOptions,
    json: bool,
    key_path: &Path,
    validity: &sign::Validity,
) -> Result<ExitCode> {
    let signer = sign::load_key(key_path)?;
    let expires = validity.expires()?;
    if out.exists() && !opts.force {
        anyhow::bail!(
            "{} already exists; pass --force to replace it",
            out.display()
        );
    }
    let dir = tempfile::Builder::new()
        .prefix(".sajag-build-")
        .tempdir_in(sajag::fsutil::parent_dir(out))
        .context("could not create a scratch folder beside the output")?;
    // Locked while in use, so that a later build can tell a folder left by a killed one.
    let lock = std::fs::File::create(dir.path().join(sajag::fsutil::SCRATCH_LOCK))
        .and_then(|f| sajag::fsutil::hold(&f).map(|()| f))
        .context("could not lock the scratch folder")?;
    let unsigned = dir.path().join("unsigned.sajag");
    let force = opts.force;
    opts.force = true;
    let code = build(manifest, &unsigned, &opts, json)?;
    sign::sign(&unsigned, &signer, &expires, out, force)?;
    drop(lock);
    if !json {
        println!("Signed as “{}”, valid until {expires}", signer.publisher());
    }
    Ok(code)
}

fn build(manifest: &Path, out: &Path, opts: &BuildOptions, json: bool) -> Result<ExitCode> {
    let recipe = Recipe::load(manifest)?;
    let bars = Bars::new();
    let report = index::build(&recipe, out, opts, &bars);
    bars.bar.finish_and_clear();
    let report = report
        .with_context(|| format!("the build of {} failed; nothing was written", out.display()))?;
    if json {
        println!("{}", serde_json::to_string_pretty(&report)?);
        return Ok(ExitCode::SUCCESS);
    }
    #[allow(clippy::cast_precision_loss)] // a rate for people to read
    let rate = report.rows_read as f64 / report.seconds.max(1e-9);
    println!(
        "Built {} ({} bytes, index id {})",
        report.output, report.bytes_written, report.index_id
    );
    println!("  rows read        {:>14}", report.rows_read);
    println!("  values read      {:>14}", report.values_read);
    println!("  values valid     {:>14}", report.values_valid);
    println!("  values rejected  {:>14}", report.values_rejected);
    for (reason, n) in &report.rejected {
        println!("    {reason:<28}{n:>12}");
    }
    println!("  duplicates       {:>14}", report.duplicates);
    println!("  unique entries   {:>14}", report.unique_entries);
    println!("  sorted runs      {:>14}", report.sorted_runs);
    println!(
        "  time             {:>13.2}s  ({rate:.0} rows/s)",
        report.seconds
    );
    println!();
    println!(
        "  {:<32}{:>12}{:>12}{:>12}{:>12}",
        "breach", "rows", "valid", "rejected", "unique"
    );
    for b in &report.breaches {
        println!(
            "  {:<32}{:>12}{:>12}{:>12}{:>12}",
            b.slug, b.rows_read, b.values_valid, b.values_rejected, b.unique_entries
        );
    }
    Ok(ExitCode::SUCCESS)
}

fn inspect(path: &Path, json: bool) -> Result<ExitCode> {
    let index = open(path)?;
    let manifest = Manifest::of(&index);
    let stats = index.bucket_stats();
    let bytes = std::fs::metadata(path).map_or(0, |m| m.len());
    if json {
        let v = serde_json::json!({
            "file": path.display().to_string(),
            "bytes": bytes,
            "manifest": manifest,
            "catalogue": index.catalogue(),
            "buckets": stats,
        });
        println!("{}", serde_json::to_string_pretty(&v)?);
        return Ok(ExitCode::SUCCESS);
    }
    println!("{} ({bytes} bytes)", path.display());
    println!("  index id      {}", manifest.index_id);
    println!("  mode          {}", manifest.mode.as_str());
    println!("  built at      {}", manifest.built_at);
    match (
        &manifest.publisher,
        &manifest.signing_key,
        &manifest.expires,
    ) {
        (Some(name), Some(key), Some(expires)) => {
            println!("  signed by     {name} (key {key}), valid until {expires}");
        }
        _ => {
            println!("  signed by     nobody (unsigned: clients show “anyone could have made it”)");
        }
    }
    println!("  entries       {}", manifest.entries);
    println!("  breaches      {}", manifest.breaches);
    println!(
        "  buckets       min {} / median {} / max {} entries; {} empty; responses padded to {} lines",
        stats.min, stats.median, stats.max, stats.empty, manifest.padded_lines
    );
    for b in &index.catalogue().breaches {
        println!();
        println!(
            "  [{}] {} — {}{}",
            b.id,
            b.slug,
            b.title,
            if b.synthetic { " (synthetic)" } else { "" }
        );
        println!(
            "      date {}, added {}, {} identifiers",
            b.date, b.added, b.record_count
        );
        println!("      exposed: {}", b.data_classes.join(", "));
    }
    Ok(ExitCode::SUCCESS)
}

fn verify(path: &Path) -> ExitCode {
    let report = open(path).and_then(|i| {
        let r = i
            .verify()
            .with_context(|| format!("{} failed verification", path.display()))?;
        let signer = sign::verify_seal(&i)
            .with_context(|| format!("{} failed verification", path.display()))?;
        Ok((r, signer))
    });
    match report {
        Ok((r, signer)) => {
            println!(
                "{}: OK ({} entries, {} bytes, sha256 {}; {signer})",
                path.display(),
                r.entries,
                r.bytes,
                r.checksum
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("sajag-index: {e:#}");
            ExitCode::FAILURE
        }
    }
}
