//! Shared test support: a generated messy dump with planted identifiers, and helpers that run the
//! binaries, a live `sajag-index serve`, and nginx on loopback.
#![allow(dead_code)] // each test file uses a different part of this module

use std::collections::HashSet;
use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use sajag::identifier::Kind;

pub const SAJAG: &str = env!("CARGO_BIN_EXE_sajag");
pub const SAJAG_INDEX: &str = env!("CARGO_BIN_EXE_sajag-index");
/// The command line alone (`sajag.com` on Windows; src/console.rs).
pub const SAJAG_CLI: &str = env!("CARGO_BIN_EXE_sajag-cli");

/// Runs a binary and returns its output (never panics on a non-zero exit).
pub fn run(bin: &str, args: &[&str]) -> Output {
    Command::new(bin)
        .args(args)
        .output()
        .expect("the binary runs")
}

/// Runs a binary that must succeed; a failure shows its stderr.
pub fn run_ok(bin: &str, args: &[&str]) -> Output {
    let o = run(bin, args);
    assert_eq!(code(&o), 0, "{bin} {args:?} failed: {}", stderr(&o));
    o
}

/// Runs `bin` with `input` on its standard input and returns its output. The input is written on
/// its own thread, so a large input cannot block against the child's output, and a child that
/// exits (or closes its stdin) before reading all of it is fine: "Broken pipe" is not an error.
pub fn run_with_stdin(bin: &str, args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(bin)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_vec();
    let writer = std::thread::spawn(move || match stdin.write_all(&input) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e),
        _ => Ok(()), // dropping `stdin` closes it: the child sees the end of the input
    });
    let output = child.wait_with_output().unwrap();
    writer
        .join()
        .unwrap()
        .expect("the input is written, or the child stopped reading");
    output
}

pub fn code(o: &Output) -> i32 {
    o.status.code().expect("exited normally")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A planted identifier: how to type it when checking, and the breach slugs that must come back.
pub struct Planted {
    pub query: &'static str,
    pub breaches: &'static [&'static str],
}

/// Identifiers planted in [`MessyDump`], each queried in a spelling other than the dump's.
pub const PLANTED: &[Planted] = &[
    Planted {
        query: "981 234 5670",
        breaches: &["lab-leak", "vaccine-bot"],
    },
    Planted {
        query: "+91 70123 45678",
        breaches: &["plain-list"],
    },
    Planted {
        query: "ABCPK1234Z",
        breaches: &["lab-leak"],
    },
    Planted {
        query: "+91-88888-77777",
        breaches: &["vaccine-bot"],
    },
    Planted {
        query: "(+91) 63000.00001",
        breaches: &["lab-leak", "vaccine-bot", "plain-list"],
    },
];

/// Valid identifiers that are in no dump.
pub const MISSES: &[&str] = &["9000000009", "ZZZPZ9999Z", "6999999999"];

/// Exact rejection counts the messy dump was written to produce.
pub const EXPECTED_REJECTED: &[(&str, u64)] = &[
    ("mobile_landline", 1),
    ("mobile_too_few_digits", 2),
    ("mobile_has_letters", 1),
    ("invalid_utf8", 1),
    ("empty", 2),
    ("missing_column", 1),
    ("pan_wrong_shape", 1),
    ("mobile_not_indian", 1),
];

/// A messy three-breach dump in a temp folder, with its build manifest.
pub struct MessyDump {
    pub dir: tempfile::TempDir,
    pub manifest: PathBuf,
    /// Data rows written (excluding header rows).
    pub rows: u64,
    /// Every valid (kind, canonical) value across all breaches, for the expected unique count.
    pub unique: usize,
    /// Valid values in all.
    pub valid: u64,
}

/// A deterministic generator (xorshift64*), so failures reproduce.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed | 1)
    }

    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    pub fn mobile(&mut self) -> String {
        format!("{}{:09}", 6 + self.below(4), self.below(1_000_000_000))
    }

    /// The same number in one of the spellings found in real dumps.
    pub fn spell(&mut self, m: &str) -> String {
        match self.below(7) {
            0 => m.to_string(),
            1 => format!("+91 {} {}", &m[..5], &m[5..]),
            2 => format!("+91-{}-{}", &m[..5], &m[5..]),
            3 => format!("0{m}"),
            4 => format!("0091{m}"),
            5 => format!("91{m}"),
            _ => format!("0{} {}", &m[..5], &m[5..]),
        }
    }

    pub fn pan(&mut self) -> String {
        let l = |r: &mut Rng| char::from(b'A' + u8::try_from(r.below(26)).unwrap());
        let mut s = String::new();
        for _ in 0..3 {
            s.push(l(self));
        }
        s.push('P');
        s.push(l(self));
        let _ = std::fmt::Write::write_fmt(&mut s, format_args!("{:04}", self.below(10_000)));
        s.push(l(self));
        s
    }
}

impl MessyDump {
    /// Writes the dump with `filler` random rows per breach.
    #[allow(clippy::too_many_lines)] // one file after another, in the order the manifest lists them
    pub fn create(filler: usize) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let mut rng = Rng::new(42);
        let mut seen: HashSet<(Kind, String)> = HashSet::new();
        let mut valid = 0u64;
        let mut rows = 0u64;
        // The expected counts come from what the generator wrote, each value's canonical form
        // written out here — never from the library's own parser, which the build test checks.
        let mut note = |kind: Kind, canonical: &str| {
            seen.insert((kind, canonical.to_owned()));
            valid += 1;
        };

        // Breach 1: CSV with BOM, CRLF, quoted fields (with commas and quotes inside), mobile + PAN.
        let mut csv: Vec<u8> = "\u{feff}\"Name\",\"Mobile No\",\"pan\",\"Address\"\r\n".into();
        let push_row = |csv: &mut Vec<u8>, rows: &mut u64, m: &str, p: &str| {
            csv.extend_from_slice(
                format!("\"Demo, Person\",\"{m}\",{p},\"1 \"\"Sample\"\" St\"\r\n").as_bytes(),
            );
            *rows += 1;
        };
        push_row(&mut csv, &mut rows, "+91-98123-45670", "abcpk 1234 z");
        note(Kind::Mobile, "+919812345670");
        note(Kind::Pan, "ABCPK1234Z");
        push_row(&mut csv, &mut rows, "6300000001", "AAAPA0001A");
        note(Kind::Mobile, "+916300000001");
        note(Kind::Pan, "AAAPA0001A");
        for _ in 0..filler {
            let m = rng.mobile();
            let spelled = rng.spell(&m);
            let p = rng.pan();
            note(Kind::Mobile, &format!("+91{m}"));
            note(Kind::Pan, &p);
            push_row(&mut csv, &mut rows, &spelled, &p);
        }
        // Rejections: landline, short number, letters, bad PAN, empty mobile (and a good PAN).
        push_row(&mut csv, &mut rows, "011 2345 6789", "AAAPA0002A");
        note(Kind::Pan, "AAAPA0002A");
        push_row(&mut csv, &mut rows, "98765 4321", "AAAPA0003A");
        note(Kind::Pan, "AAAPA0003A");
        push_row(&mut csv, &mut rows, "98765x4321", "AAAPA0004A");
        note(Kind::Pan, "AAAPA0004A");
        push_row(&mut csv, &mut rows, "9812000001", "AAAPA00051");
        note(Kind::Mobile, "+919812000001");
        push_row(&mut csv, &mut rows, "", "AAAPA0006A");
        note(Kind::Pan, "AAAPA0006A");
        // A field with invalid UTF-8 in the mobile column.
        csv.extend_from_slice(b"\"x\",\"98\xff76543210\",AAAPA0007A,\"y\"\r\n");
        rows += 1;
        note(Kind::Pan, "AAAPA0007A");
        // A short row: the PAN column is missing (the mobile is fine).
        csv.extend_from_slice(b"\"x\",\"9812000002\"\r\n");
        rows += 1;
        note(Kind::Mobile, "+919812000002");
        std::fs::write(dir.path().join("lab.csv"), &csv).unwrap();

        // Breach 2: gzip TSV, mobile by column number, one value in Devanagari digits.
        let mut tsv = String::from("name\tphone\tcentre\n");
        let mut lines = vec![
            "Demo\t09812345670\tC1".to_string(),
            "Demo\t८८८८८ ७७७७७\tC2".to_string(),
            "Demo\t0091 63000 00001\tC3".to_string(),
            "Demo\t+44 7700 900123\tC4".to_string(),
            "Demo\t  \tC5".to_string(),
        ];
        // The valid ones of those five, written canonically (+44 and blank are rejected).
        for canonical in ["+919812345670", "+918888877777", "+916300000001"] {
            note(Kind::Mobile, canonical);
        }
        for _ in 0..filler {
            let m = rng.mobile();
            let s = rng.spell(&m);
            note(Kind::Mobile, &format!("+91{m}"));
            lines.push(format!("Demo\t{s}\tC9"));
        }
        rows += lines.len() as u64;
        tsv.push_str(&lines.join("\n"));
        tsv.push('\n');
        let f = std::fs::File::create(dir.path().join("bot.tsv.gz")).unwrap();
        let mut gz = flate2::write::GzEncoder::new(f, flate2::Compression::fast());
        gz.write_all(tsv.as_bytes()).unwrap();
        gz.finish().unwrap();

        // Breach 3: a plain file, one value a line, no header; and a second input for the same breach.
        let mut plain = vec![
            "0091 7012345678".to_string(),
            "63000 00001".to_string(),
            "12345".to_string(),
        ];
        // "12345" is rejected.
        note(Kind::Mobile, "+917012345678");
        note(Kind::Mobile, "+916300000001");
        for _ in 0..filler {
            let m = rng.mobile();
            plain.push(rng.spell(&m));
            note(Kind::Mobile, &format!("+91{m}"));
        }
        rows += plain.len() as u64;
        std::fs::write(dir.path().join("list.txt"), plain.join("\n") + "\n").unwrap();
        // A BOM in front of the first value of a header-less file.
        std::fs::write(dir.path().join("list2.txt"), "\u{feff}7012345678\r\n").unwrap();
        note(Kind::Mobile, "+917012345678");
        rows += 1;

        let manifest = dir.path().join("manifest.toml");
        std::fs::write(
            &manifest,
            r#"
[[breach]]
slug = "lab-leak"
title = "Test lab leak (synthetic)"
date = "2021-01-15"
data_classes = ["name", "mobile", "pan", "address"]
description = "Synthetic test data."
sources = ["https://example.org/a"]
synthetic = true

[[breach.input]]
path = "lab.csv"
mobile_column = "mobile no"
pan_column = 3

[[breach]]
slug = "vaccine-bot"
title = "Vaccine bot (synthetic)"
date = "2023-06-12"
data_classes = ["name", "mobile"]
description = "Synthetic test data."
synthetic = true

[[breach.input]]
path = "bot.tsv.gz"
mobile_column = 2

[[breach]]
slug = "plain-list"
title = "Plain list (synthetic)"
date = "2022-02-02"
data_classes = ["mobile"]
description = "Synthetic test data."
synthetic = true

[[breach.input]]
path = "list.txt"
header = false
mobile_column = 1

[[breach.input]]
path = "list2.txt"
header = false
mobile_column = 1
"#,
        )
        .unwrap();
        MessyDump {
            dir,
            manifest,
            rows,
            unique: seen.len(),
            valid,
        }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Builds the index with `sajag-index build … --json` and returns (index path, report).
    pub fn build(&self, extra: &[&str]) -> (PathBuf, serde_json::Value) {
        let out = self.path("test.sajag");
        let mut args = vec![
            "build",
            self.manifest.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
            "--json",
        ];
        args.extend_from_slice(extra);
        let o = run_ok(SAJAG_INDEX, &args);
        (
            out,
            serde_json::from_slice(&o.stdout).expect("the report is JSON"),
        )
    }
}

/// `sajag check` of every planted identifier (found, with its breaches) and every miss.
pub fn assert_checks(index: &str) {
    for p in PLANTED {
        let o = run(SAJAG, &["check", p.query, "--index", index, "--json"]);
        assert_eq!(
            code(&o),
            1,
            "{} should be found via {index}: {}",
            p.query,
            stderr(&o)
        );
        let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        let mut slugs: Vec<&str> = v["breaches"]
            .as_array()
            .unwrap()
            .iter()
            .map(|b| b["slug"].as_str().unwrap())
            .collect();
        slugs.sort_unstable();
        let mut want = p.breaches.to_vec();
        want.sort_unstable();
        assert_eq!(slugs, want, "{} via {index}", p.query);
        assert_eq!(v["found"], true);
    }
    for miss in MISSES {
        let o = run(SAJAG, &["check", miss, "--index", index, "--json"]);
        assert_eq!(
            code(&o),
            0,
            "{miss} should not be found via {index}: {}",
            stderr(&o)
        );
        let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        assert_eq!(v["found"], false);
        assert_eq!(v["breaches"].as_array().unwrap().len(), 0);
    }
}

/// A new OPRF key file `name` in `dir` (`sajag-index keygen`).
pub fn oprf_keygen(dir: &Path, name: &str) -> PathBuf {
    let key = dir.join(name);
    run_ok(SAJAG_INDEX, &["keygen", "--out", key.to_str().unwrap()]);
    key
}

/// `sajag-index build MANIFEST --out OUT --mode blinded --key KEY`.
pub fn build_blinded(manifest: &Path, key: &Path, out: &Path) {
    run_ok(
        SAJAG_INDEX,
        &[
            "build",
            manifest.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
            "--mode",
            "blinded",
            "--key",
            key.to_str().unwrap(),
        ],
    );
}

/// A child process killed when dropped.
pub struct Killed(pub Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A running `sajag-index serve` on a free loopback port.
pub struct Server {
    pub child: Killed,
    pub url: String,
}

impl Server {
    pub fn start(index: &Path, extra: &[&str]) -> Self {
        let mut child = Command::new(SAJAG_INDEX)
            .args(["serve", index.to_str().unwrap(), "--listen", "127.0.0.1:0"])
            .args(extra)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("sajag-index serve starts");
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let url = line
            .split_whitespace()
            .find(|w| w.starts_with("http://"))
            .unwrap_or_else(|| panic!("no URL in {line:?}"))
            .to_string();
        Server {
            child: Killed(child),
            url,
        }
    }

    /// Stops the server with SIGTERM, checks that it shut down cleanly (exit 0), and returns what
    /// it wrote on stderr (its log).
    #[cfg(unix)]
    pub fn stop(self) -> String {
        let Server { mut child, .. } = self;
        let pid = child.0.id().to_string();
        assert!(
            Command::new("kill")
                .args(["-TERM", &pid])
                .status()
                .unwrap()
                .success()
        );
        let status = child.0.wait().unwrap();
        assert!(
            status.success(),
            "graceful shutdown on SIGTERM exits 0: {status:?}"
        );
        let mut err = String::new();
        std::io::Read::read_to_string(child.0.stderr.as_mut().unwrap(), &mut err).unwrap();
        err
    }
}

/// Writes `m.toml` in `dir`: one breach `slug` whose input is `file`, one mobile number per line
/// with no header. Returns the manifest's path.
pub fn one_breach_manifest(dir: &Path, slug: &str, file: &str) -> PathBuf {
    let manifest = dir.join("m.toml");
    std::fs::write(
        &manifest,
        format!(
            "[[breach]]\nslug = \"{slug}\"\ntitle = \"{slug}\"\ndate = \"2021-01-01\"\n\
             data_classes = [\"mobile\"]\ndescription = \"synthetic\"\n[[breach.input]]\n\
             path = \"{file}\"\nheader = false\nmobile_column = 1\n"
        ),
    )
    .unwrap();
    manifest
}

/// A temp folder on tmpfs where there is one: a full static export is 2²⁰ + 2 files, which ext4
/// creates and deletes several times slower than tmpfs.
pub fn fast_tempdir() -> tempfile::TempDir {
    let shm = Path::new("/dev/shm");
    if shm.is_dir()
        && let Ok(d) = tempfile::tempdir_in(shm)
    {
        return d;
    }
    tempfile::tempdir().unwrap()
}

/// A free loopback port (bound and released; good enough for tests).
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Waits until something accepts connections at `addr`.
pub fn wait_for_port(addr: SocketAddr) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while TcpStream::connect(addr).is_err() {
        assert!(Instant::now() < deadline, "nothing listens on {addr}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Real nginx serving `root` on a loopback port, in the foreground, as one process.
pub struct Nginx {
    pub child: Killed,
    pub url: String,
    _conf_dir: tempfile::TempDir,
}

pub fn nginx_binary() -> PathBuf {
    for p in ["/usr/sbin/nginx", "/usr/bin/nginx", "/usr/local/sbin/nginx"] {
        if Path::new(p).exists() {
            return PathBuf::from(p);
        }
    }
    panic!("nginx is not installed (Debian: apt-get install nginx-light); .ci/run installs it");
}

impl Nginx {
    pub fn start(root: &Path) -> Self {
        let conf_dir = tempfile::tempdir().unwrap();
        let port = free_port();
        let d = conf_dir.path().display();
        let conf = format!(
            r"daemon off;
master_process off;
worker_processes 1;
pid {d}/nginx.pid;
error_log {d}/error.log;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {d}/body;
    proxy_temp_path {d}/proxy;
    fastcgi_temp_path {d}/fastcgi;
    uwsgi_temp_path {d}/uwsgi;
    scgi_temp_path {d}/scgi;
    types {{ application/json json; }}
    default_type text/plain;
    server {{
        listen 127.0.0.1:{port};
        root {root};
        location /v1/range/ {{ add_header Cache-Control 'public, max-age=604800'; }}
    }}
}}
",
            root = root.display()
        );
        let conf_path = conf_dir.path().join("nginx.conf");
        std::fs::write(&conf_path, conf).unwrap();
        let child = Command::new(nginx_binary())
            .args([
                "-c",
                conf_path.to_str().unwrap(),
                "-p",
                conf_dir.path().to_str().unwrap(),
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("nginx starts");
        wait_for_port(SocketAddr::from(([127, 0, 0, 1], port)));
        Nginx {
            child: Killed(child),
            url: format!("http://127.0.0.1:{port}/"),
            _conf_dir: conf_dir,
        }
    }
}

/// A plain HTTP client for tests (no automatic decompression, so bodies are compared as sent).
pub fn http() -> reqwest::blocking::Client {
    sajag::lookup::install_crypto_provider();
    reqwest::blocking::Client::builder()
        .no_gzip()
        .build()
        .unwrap()
}

pub fn get(url: &str) -> (u16, Vec<u8>) {
    let r = http().get(url).send().unwrap();
    let status = r.status().as_u16();
    (status, r.bytes().unwrap().to_vec())
}

/// A line of a Fluent select expression without its variant key (`[one] `, `*[other] `, `[1] `):
/// the key is syntax, and a number in it is not a fact the text states.
fn strip_variant_key(line: &str) -> &str {
    let key = line.strip_prefix('*').unwrap_or(line);
    match key.strip_prefix('[').and_then(|rest| rest.split_once(']')) {
        Some((_, text)) => text.trim_start(),
        None => line,
    }
}

/// The messages of a Fluent file (`assets/i18n/*.ftl`) as (id, source text): a message starts at
/// `id = …` and goes on over the indented lines below it. Enough for scanning the words; the
/// app's own test parses the files with the Fluent parser.
pub fn ftl_messages(text: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if line.starts_with(char::is_whitespace) {
            if let Some((_, body)) = out.last_mut() {
                body.push('\n');
                body.push_str(strip_variant_key(line.trim()));
            }
        } else if let Some((id, body)) = line.split_once(" =") {
            out.push((id.to_owned(), body.trim().to_owned()));
        }
    }
    out
}

/// Every (key path, string) of a content file (`.keywords[2]`, `.rule[3].explanation`), leaving
/// out the fields named in `skip`. A key that names a record (`[[contact]]`, `[[class]]`, an array
/// of tables) is always walked, even when a field of the same name is skipped (`contact = "bank"`);
/// `sources` records are skipped when `sources` is.
pub fn toml_texts(value: &toml::Value, path: &str, skip: &[&str], out: &mut Vec<(String, String)>) {
    match value {
        toml::Value::String(s) => out.push((path.to_owned(), s.clone())),
        toml::Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                toml_texts(v, &format!("{path}[{i}]"), skip, out);
            }
        }
        toml::Value::Table(table) => {
            for (k, v) in table {
                let record = matches!(v, toml::Value::Array(a) if a.iter().all(toml::Value::is_table))
                    && k != "sources";
                if record || !skip.contains(&k.as_str()) {
                    toml_texts(v, &format!("{path}.{k}"), skip, out);
                }
            }
        }
        _ => {}
    }
}
