//! The end-user command line (`sajag explain`, `sajag check`), the embedded demo index, remote
//! lookups that go wrong, and proof that only the prefix crosses the network.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

use common::*;
use sajag::hashing::HashedId;
use sajag::identifier::Identifier;

/// The demo identifiers README.md lists, with the breaches they are in.
const DEMO_FOUND: &[(&str, &[&str])] = &[
    (
        "+91 98765 43210",
        &["demo-covid-lab-results", "demo-vaccine-lookup-bot"],
    ),
    ("07000000001", &["demo-covid-lab-results"]),
    ("abcpe 1234 f", &["demo-loan-app-kyc"]),
    ("6000000002", &["demo-loan-app-kyc"]),
];

#[test]
fn readme_demo_identifiers_are_found_in_the_embedded_index() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    for (id, slugs) in DEMO_FOUND {
        assert!(
            readme.contains(id),
            "README.md must list the demo identifier {id}"
        );
        let o = run(SAJAG, &["check", id, "--json"]);
        assert_eq!(code(&o), 1, "{id}: {}", stderr(&o));
        let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        let got: Vec<&str> = v["breaches"]
            .as_array()
            .unwrap()
            .iter()
            .map(|b| b["slug"].as_str().unwrap())
            .collect();
        assert_eq!(&got, slugs, "{id}");
        assert_eq!(v["source"], "embedded demo index");
        for key in ["kind", "prefix", "found", "source", "breaches"] {
            assert!(v.get(key).is_some(), "check --json lacks {key}");
        }
        for key in ["slug", "title", "date", "data_classes"] {
            assert!(v["breaches"][0].get(key).is_some(), "breach lacks {key}");
        }
        assert!(
            v["breaches"][0]["title"]
                .as_str()
                .unwrap()
                .starts_with("DEMO")
        );
    }
    let o = run(SAJAG, &["check", "9999999999"]);
    assert_eq!(code(&o), 0);
    assert!(
        stdout(&o).contains("Not found in the 3 breaches this index covers"),
        "{}",
        stdout(&o)
    );
    assert!(stdout(&o).contains("not a guarantee"));
    assert!(stdout(&o).contains("DEMO DATA"));
}

#[test]
fn explain_shows_what_would_be_sent_and_sends_nothing() {
    let o = run(SAJAG, &["explain", "(+91) 98765.43210", "--json"]);
    assert_eq!(code(&o), 0);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["kind"], "mobile");
    assert_eq!(v["canonical"], "+919876543210");
    assert_eq!(v["hash_input"], "mobile:+919876543210");
    // sha256("mobile:+919876543210") starts 78246a57…
    assert_eq!(v["prefix"], "78246");
    let o = run(SAJAG, &["explain", "abcpe 1234 f"]);
    assert!(stdout(&o).contains("pan:ABCPE1234F"));
    assert!(stdout(&o).contains("an individual person"));
}

#[test]
fn invalid_input_is_exit_2_with_the_reason() {
    for (input, reason) in [
        ("98765 4321", "9 digits"),
        ("011 2345 6789", "landline"),
        ("ABCPE12X4F", "digit"),
    ] {
        for cmd in ["check", "explain"] {
            let o = run(SAJAG, &[cmd, input]);
            assert_eq!(code(&o), 2, "{cmd} {input}");
            assert!(stderr(&o).contains(reason), "{cmd} {input}: {}", stderr(&o));
            assert!(stdout(&o).is_empty());
        }
    }
    let o = run(
        SAJAG,
        &["check", "9876543210", "--index", "/nonexistent/x.sajag"],
    );
    assert_eq!(code(&o), 2);
    assert!(
        stderr(&o).contains("could not read the index file"),
        "{}",
        stderr(&o)
    );
    let o = run(
        SAJAG,
        &["check", "9876543210", "--index", "http://example.org/"],
    );
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("https://"), "{}", stderr(&o));
}

#[test]
fn committed_demo_index_matches_its_sources() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("demo.sajag");
    let root = env!("CARGO_MANIFEST_DIR");
    let o = std::process::Command::new(SAJAG_INDEX)
        .args([
            "build",
            &format!("{root}/assets/demo/manifest.toml"),
            "--out",
            out.to_str().unwrap(),
        ])
        .env("SOURCE_DATE_EPOCH", "1767225600")
        .output()
        .unwrap();
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let rebuilt = std::fs::read(&out).unwrap();
    let committed = std::fs::read(format!("{root}/assets/demo/demo.sajag")).unwrap();
    // The committed file is the rebuilt one plus the demo key's seal (its secret was thrown away,
    // so the seal cannot be remade here): equal but for the seal fields (header bytes 52..64)
    // and the seal after the body; the seal itself is verified against the built-in demo key.
    let same_body = committed.len() > rebuilt.len()
        && committed[..52] == rebuilt[..52]
        && committed[64..rebuilt.len()] == rebuilt[64..];
    assert!(
        same_body,
        "assets/demo/demo.sajag is stale: rebuild it with the command in assets/demo/manifest.toml"
    );
    let o = run_ok(
        SAJAG_INDEX,
        &["verify", &format!("{root}/assets/demo/demo.sajag")],
    );
    assert!(
        stdout(&o).contains(&format!(
            "signed by Sajag demo (synthetic data) (key {})",
            sajag::signing::DEMO_PUBLIC_KEY
        )),
        "{}",
        stdout(&o)
    );
    assert_eq!(
        committed.as_slice(),
        sajag::lookup::DEMO_INDEX,
        "the binary embeds the committed file"
    );
    let dump_bytes: u64 = ["lab-results.csv", "vaccine-bot.tsv.gz", "kyc-dump.psv"]
        .iter()
        .map(|f| {
            std::fs::metadata(format!("{root}/assets/demo/{f}"))
                .unwrap()
                .len()
        })
        .sum();
    assert!(dump_bytes <= 2 << 20, "the demo dump must stay under 2 MB");
}

/// A one-shot HTTP server answering every request with `respond(path)`; records what it received.
fn fake_server(respond: fn(&str) -> Vec<u8>) -> (String, Arc<Mutex<Vec<u8>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/", listener.local_addr().unwrap());
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = Arc::clone(&seen);
    thread::spawn(move || {
        for stream in listener.incoming().take(20) {
            let Ok(mut stream) = stream else { continue };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut request_line = String::new();
            if reader.read_line(&mut request_line).is_err() {
                continue;
            }
            log.lock()
                .unwrap()
                .extend_from_slice(request_line.as_bytes());
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
                    break;
                }
                log.lock().unwrap().extend_from_slice(line.as_bytes());
            }
            let path = request_line
                .split_whitespace()
                .nth(1)
                .unwrap_or("/")
                .to_string();
            let _ = stream.write_all(&respond(&path));
        }
    });
    (url, seen)
}

fn http_response(status: &str, body: &[u8]) -> Vec<u8> {
    let mut r = format!(
        "HTTP/1.1 {status}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    )
    .into_bytes();
    r.extend_from_slice(body);
    r
}

/// Serves the real demo manifest and catalogue, and a broken range body.
fn demo_meta_then(range: fn() -> Vec<u8>, path: &str) -> Vec<u8> {
    let idx = sajag::index::Index::from_static(sajag::lookup::DEMO_INDEX).unwrap();
    if path.ends_with("manifest.json") {
        http_response("200 OK", &sajag::protocol::Manifest::of(&idx).to_json())
    } else if path.ends_with("breaches.json") {
        http_response("200 OK", idx.catalogue_json())
    } else {
        range()
    }
}

#[test]
fn malformed_remote_answers_are_errors_not_not_found() {
    type Responder = fn(&str) -> Vec<u8>;
    let cases: [(Responder, &str); 5] = [
        (
            |p| demo_meta_then(|| http_response("200 OK", b"<html>maintenance</html>\n"), p),
            "damaged",
        ),
        (
            |p| demo_meta_then(|| http_response("200 OK", b"0000000000000005:1"), p),
            "damaged",
        ),
        (
            |p| demo_meta_then(|| http_response("500 Internal Server Error", b"oops"), p),
            "500",
        ),
        (
            |p| demo_meta_then(|| http_response("200 OK", &vec![b'A'; 5 << 20]), p),
            "too large",
        ),
        (
            |_| http_response("200 OK", b"{\"not\": \"a manifest\"}"),
            "damaged",
        ),
    ];
    for (respond, expect) in cases {
        let (url, _) = fake_server(respond);
        let o = run(SAJAG, &["check", "9876543210", "--index", &url]);
        assert_eq!(
            code(&o),
            2,
            "expected an error ({expect}); got: {} {}",
            stdout(&o),
            stderr(&o)
        );
        assert!(stderr(&o).contains(expect), "{expect}: {}", stderr(&o));
    }
}

#[test]
fn a_server_that_never_answers_times_out_with_a_plain_message() {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/", listener.local_addr().unwrap());
    thread::spawn(move || {
        let mut held: Vec<TcpStream> = Vec::new();
        for s in listener.incoming().take(5).flatten() {
            held.push(s); // accept, never answer
        }
        thread::sleep(Duration::from_secs(60));
    });
    let started = std::time::Instant::now();
    let o = run(SAJAG, &["check", "9876543210", "--index", &url]);
    let took = started.elapsed();
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("took too long"), "{}", stderr(&o));
    assert!(
        took < Duration::from_secs(30),
        "the 15 s request timeout held ({took:?})"
    );
}

/// A proxy in front of `sajag-index serve` that records every byte the client sends.
fn recording_proxy(upstream: &str) -> (String, Arc<Mutex<Vec<u8>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/", listener.local_addr().unwrap());
    let upstream = upstream
        .trim_start_matches("http://")
        .trim_end_matches('/')
        .to_string();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = Arc::clone(&seen);
    thread::spawn(move || {
        for client in listener.incoming().take(20).flatten() {
            let server = TcpStream::connect(&upstream).unwrap();
            let (mut c_read, mut s_write) =
                (client.try_clone().unwrap(), server.try_clone().unwrap());
            let log = Arc::clone(&log);
            let up = thread::spawn(move || {
                let mut buf = [0u8; 4096];
                // Logged before it is forwarded: the client can only have its answer (and the
                // test read the log) after the server had these bytes. Logged after, a loaded
                // machine let the test read the log first and miss the range request (CI, 2 Dec).
                while let Ok(n) = c_read.read(&mut buf) {
                    if n == 0 {
                        break;
                    }
                    log.lock().unwrap().extend_from_slice(&buf[..n]);
                    if s_write.write_all(&buf[..n]).is_err() {
                        break;
                    }
                }
                let _ = s_write.shutdown(std::net::Shutdown::Write);
            });
            let (mut s_read, mut c_write) = (server, client);
            let _ = std::io::copy(&mut s_read, &mut c_write);
            let _ = c_write.shutdown(std::net::Shutdown::Write);
            let _ = up.join();
        }
    });
    (url, seen)
}

#[test]
fn only_the_prefix_crosses_the_network() {
    let server = Server::start(
        std::path::Path::new(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/assets/demo/demo.sajag"
        )),
        &[],
    );
    let (url, seen) = recording_proxy(&server.url);
    for typed in ["+91 98765 43210", "abcpe 1234 f", "9999999999"] {
        seen.lock().unwrap().clear();
        let o = run(SAJAG, &["check", typed, "--index", &url]);
        assert!(code(&o) < 2, "{}", stderr(&o));
        let id = Identifier::parse(typed).unwrap();
        let h = HashedId::of(&id);
        let sent = String::from_utf8_lossy(&seen.lock().unwrap()).to_string();
        assert!(
            sent.contains("GET /v1/range/") && sent.contains(&format!("/{} HTTP", h.prefix())),
            "{sent}"
        );
        let full = h.full_hex();
        let digits: String = id
            .canonical()
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .collect();
        for secret in [
            typed.to_string(),
            id.canonical().to_string(),
            digits.clone(),
            digits[digits.len() - 8..].to_string(),
            id.hash_input(),
            full.clone(),
            full.to_uppercase(),
            full[5..21].to_uppercase(), // the suffix, as the wire would write it
            full[5..21].to_lowercase(),
            full[..12].to_string(),
            full[..12].to_uppercase(),
        ] {
            assert!(
                !sent.contains(&secret),
                "{secret:?} left the process in: {sent}"
            );
        }
    }
}

/// `check` and `explain` read the identifier from standard input for `-` or no argument, so that
/// it is not in the process list or the shell history; the exit codes are those of the argument.
#[test]
fn check_and_explain_read_the_identifier_from_standard_input() {
    for dash in [&[][..], &["-"]] {
        let with = |cmd: &'static str, json: bool| -> Vec<&'static str> {
            let mut args = vec![cmd];
            if json {
                args.push("--json");
            }
            args.extend_from_slice(dash);
            args
        };
        // Found (without a line end), not found, invalid.
        let o = run_with_stdin(SAJAG, &with("check", true), b"+91 98765 43210");
        assert_eq!(code(&o), 1, "{dash:?}: {}", stderr(&o));
        let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        assert_eq!(v["breaches"].as_array().unwrap().len(), 2);
        let o = run_with_stdin(SAJAG, &with("check", false), b"9999999999\r\n");
        assert_eq!(code(&o), 0, "{dash:?}: {}", stderr(&o));
        assert!(stdout(&o).contains("Not found in the 3 breaches this index covers"));
        let o = run_with_stdin(SAJAG, &with("check", false), b"98765 4321\nmore\n");
        assert_eq!(code(&o), 2, "{dash:?}");
        assert!(stderr(&o).contains("9 digits"), "{}", stderr(&o));
        assert!(stdout(&o).is_empty());
        // Only the first line is read.
        let o = run_with_stdin(SAJAG, &with("explain", true), b"abcpe 1234 f\n9876543210\n");
        assert_eq!(code(&o), 0, "{dash:?}: {}", stderr(&o));
        let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        assert_eq!(v["canonical"], "ABCPE1234F");
        let o = run_with_stdin(SAJAG, &with("explain", false), b"");
        assert_eq!(code(&o), 2, "{dash:?}: nothing on stdin");
        // Not UTF-8, and a line too long (the child stops reading after 1 KiB: the rest of this
        // megabyte meets a closed pipe, which run_with_stdin allows).
        let o = run_with_stdin(SAJAG, &with("check", false), b"98765\xff43210\n");
        assert_eq!(code(&o), 2);
        assert!(stderr(&o).contains("not UTF-8"), "{}", stderr(&o));
        let o = run_with_stdin(SAJAG, &with("check", false), &vec![b'9'; 1 << 20]);
        assert_eq!(code(&o), 2);
        assert!(stderr(&o).contains("too long"), "{}", stderr(&o));
    }
}

/// On a terminal, `sajag check` prompts on stderr and reads without echo: the number typed is not
/// shown. Runs the command in a pseudo-terminal with util-linux `script`; skipped without it.
#[test]
fn on_a_terminal_the_identifier_is_read_without_echo() {
    if std::process::Command::new("script")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("skipped: no `script` (util-linux) to make a terminal");
        return;
    }
    let mut child = std::process::Command::new("script")
        .args(["-qec", &format!("{SAJAG} check"), "/dev/null"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = child.stdout.take().unwrap();
    let mut seen = Vec::new();
    let mut buf = [0u8; 256];
    while !String::from_utf8_lossy(&seen).contains("Mobile number or PAN") {
        let n = out.read(&mut buf).unwrap();
        assert!(n > 0, "no prompt: {}", String::from_utf8_lossy(&seen));
        seen.extend_from_slice(&buf[..n]);
    }
    // Give the prompt a moment to switch echo off before typing.
    thread::sleep(Duration::from_millis(300));
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(b"9876543210\r").unwrap();
    out.read_to_end(&mut seen).unwrap();
    let status = child.wait().unwrap();
    drop(stdin);
    let seen = String::from_utf8_lossy(&seen);
    assert_eq!(status.code(), Some(1), "found: {seen}");
    assert!(seen.contains("+91 98XXX XX210"), "{seen}");
    assert!(
        !seen.contains("9876543210"),
        "the number was echoed: {seen}"
    );
}

/// Each cause is printed once, by both binaries: an error's text already says its cause, so it is
/// not also chained as a source (which `{:#}` would print again).
#[test]
fn each_cause_is_printed_once() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.sajag");
    let not_index = dir.path().join("zeros.sajag");
    std::fs::write(&not_index, [0u8; 300]).unwrap();
    for (file, cause) in [
        (&missing, "No such file or directory"),
        (&not_index, "wrong magic bytes"),
    ] {
        let path = file.to_str().unwrap();
        for o in [
            run(SAJAG_INDEX, &["verify", path]),
            run(SAJAG_INDEX, &["inspect", path]),
            run(SAJAG, &["check", "9876543210", "--index", path]),
        ] {
            assert_ne!(code(&o), 0);
            let err = stderr(&o);
            assert_eq!(err.matches(cause).count(), 1, "{err}");
        }
    }
}

/// `sajag.com` on Windows (the `sajag-cli` binary) is the command line people type in cmd and
/// PowerShell: every command must print the same and exit with the same code as through `sajag`.
#[test]
fn the_console_program_is_the_same_command_line() {
    let runs: &[(&[&str], &[u8])] = &[
        (&["--version"], b""),
        (&["--help"], b""),
        (&["explain", "98765 43210", "--json"], b""),
        (&["check", "+91 98765 43210", "--json"], b""),
        (&["check", "9999999999"], b""),
        (&["check", "12345"], b""),
        (&["check", "-"], b"abcpe 1234 f\n"),
        (&["scan-message", "--json"], b"Your KYC expires today. Share the OTP to keep your account: http://kyc-update.example"),
        (&["scan-message", "--lang", "hi"], b"Happy birthday, beta! See you on Sunday."),
    ];
    let mut codes = Vec::new();
    for (args, input) in runs {
        let app = run_with_stdin(SAJAG, args, input);
        let cli = run_with_stdin(SAJAG_CLI, args, input);
        assert_eq!(code(&cli), code(&app), "{args:?}: {}", stderr(&cli));
        assert_eq!(stdout(&cli), stdout(&app), "{args:?}");
        assert_eq!(stderr(&cli), stderr(&app), "{args:?}");
        codes.push(code(&cli));
    }
    // The runs above cover every exit code: 0, 1 (found, flagged) and 2 (an error).
    assert_eq!(codes, [0, 0, 0, 1, 0, 2, 1, 1, 0]);
}

/// With no command, the console program starts the app beside it and returns at once (on Windows:
/// `sajag` typed in a terminal opens the window and gives the prompt back).
#[cfg(unix)]
#[test]
fn the_console_program_without_a_command_starts_the_app_beside_it() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let cli = dir.path().join("sajag-cli");
    std::fs::copy(SAJAG_CLI, &cli).unwrap();
    // A stand-in for the app that says it was started, then stays open like a window would.
    let marker = dir.path().join("started");
    let app = dir.path().join("sajag");
    std::fs::write(
        &app,
        format!("#!/bin/sh\ntouch '{}'\nsleep 30\n", marker.display()),
    )
    .unwrap();
    std::fs::set_permissions(&app, std::fs::Permissions::from_mode(0o755)).unwrap();
    let started = std::time::Instant::now();
    let o = run(cli.to_str().unwrap(), &[]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(
        started.elapsed() < Duration::from_secs(15),
        "it waited for the app to close"
    );
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while !marker.exists() {
        assert!(
            std::time::Instant::now() < deadline,
            "the app was not started"
        );
        thread::sleep(Duration::from_millis(20));
    }
    // Without an app beside it: a plain error, exit 2.
    std::fs::remove_file(&app).unwrap();
    let o = run(cli.to_str().unwrap(), &[]);
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("could not start"), "{}", stderr(&o));
}
