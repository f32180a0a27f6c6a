//! The operator's path end to end: build a messy dump, then check identifiers against the index as a
//! file, through `sajag-index serve`, and through nginx serving `sajag-index export` — and the
//! server's and the export's bytes agree.

mod common;

use common::*;
use sajag::hashing::{HashedId, Prefix};
use sajag::identifier::Identifier;
use sajag::index::Index;

fn prefix_of(q: &str) -> Prefix {
    HashedId::of(&Identifier::parse(q).unwrap()).prefix()
}

#[test]
fn messy_dump_builds_and_checks_as_file_server_and_nginx_export() {
    let dump = MessyDump::create(2000);
    // A tiny run size forces several sorted runs on disk and a real k-way merge.
    let (index, report) = dump.build(&["--run-records", "1500"]);

    assert_eq!(report["rows_read"], dump.rows);
    assert_eq!(report["values_valid"], dump.valid);
    assert_eq!(report["unique_entries"], dump.unique as u64);
    assert_eq!(report["duplicates"], dump.valid - dump.unique as u64);
    assert!(report["sorted_runs"].as_u64().unwrap() > 3, "{report}");
    for (reason, n) in EXPECTED_REJECTED {
        assert_eq!(
            report["rejected"][reason], *n,
            "rejected[{reason}] in {report}"
        );
    }
    let expected_total: u64 = EXPECTED_REJECTED.iter().map(|(_, n)| n).sum();
    assert_eq!(report["values_rejected"], expected_total);
    let breaches = report["breaches"].as_array().unwrap();
    assert_eq!(breaches.len(), 3);
    assert_eq!(breaches[2]["slug"], "plain-list");

    // The same index built in one run in memory is the same file (modulo build time).
    let one_run = dump.path("one-run.sajag");
    run_ok(
        SAJAG_INDEX,
        &[
            "build",
            dump.manifest.to_str().unwrap(),
            "--out",
            one_run.to_str().unwrap(),
        ],
    );
    let (a, b) = (Index::open(&index).unwrap(), Index::open(&one_run).unwrap());
    assert_eq!(a.entry_count(), b.entry_count());
    for p in PLANTED
        .iter()
        .map(|p| p.query)
        .chain(MISSES.iter().copied())
    {
        let pre = prefix_of(p);
        assert_eq!(a.bucket(pre).unwrap(), b.bucket(pre).unwrap());
    }

    // As a file.
    assert_checks(index.to_str().unwrap());
    run_ok(SAJAG_INDEX, &["verify", index.to_str().unwrap()]);

    // Through the live server.
    let server = Server::start(&index, &[]);
    assert_checks(&server.url);

    // Through nginx serving the static export.
    let export_parent = fast_tempdir();
    let export = export_parent.path().join("export");
    run_ok(
        SAJAG_INDEX,
        &[
            "export",
            index.to_str().unwrap(),
            "--to",
            export.to_str().unwrap(),
        ],
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let id = Index::open(&index).unwrap().index_id();
        let ranges = export.join("v1/range").join(&id);
        for d in [
            export.clone(),
            export.join("v1"),
            export.join("v1/range"),
            ranges.clone(),
        ] {
            let mode = std::fs::metadata(&d).unwrap().permissions().mode();
            assert_eq!(
                mode & 0o755,
                0o755,
                "{} must be readable by a web server's user",
                d.display()
            );
        }
        let f = std::fs::metadata(ranges.join("00000"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(f & 0o644, 0o644);
    }
    let nginx = Nginx::start(&export);
    assert_checks(&nginx.url);

    assert_server_and_export_agree(&index, &server.url, &nginx.url);
}

/// Byte for byte: metadata, the planted buckets, and a sample including empty buckets.
fn assert_server_and_export_agree(index: &std::path::Path, live_url: &str, static_url: &str) {
    let idx = Index::open(index).unwrap();
    let mut prefixes: Vec<Prefix> = PLANTED.iter().map(|p| prefix_of(p.query)).collect();
    prefixes.extend(MISSES.iter().map(|m| prefix_of(m)));
    let mut empties = 0;
    for v in (0..=Prefix::MAX).step_by(7919) {
        let p = Prefix::new(v).unwrap();
        empties += usize::from(idx.bucket(p).unwrap().is_empty());
        prefixes.push(p);
    }
    prefixes.push(Prefix::new(0).unwrap());
    prefixes.push(Prefix::new(Prefix::MAX).unwrap());
    assert!(empties > 10, "the sample must include empty buckets");
    let mut paths = vec![
        "v1/manifest.json".to_string(),
        "v1/breaches.json".to_string(),
    ];
    let id = idx.index_id();
    paths.extend(prefixes.iter().map(|p| format!("v1/range/{id}/{p}")));
    let padded =
        serde_json::from_slice::<serde_json::Value>(&get(&format!("{live_url}v1/manifest.json")).1)
            .unwrap()["padded_lines"]
            .as_u64()
            .unwrap();
    let mut range_lengths = std::collections::BTreeSet::new();
    for path in &paths {
        let (s1, live) = get(&format!("{live_url}{path}"));
        let (s2, stat) = get(&format!("{static_url}{path}"));
        assert_eq!((s1, s2), (200, 200), "{path}");
        assert_eq!(
            live, stat,
            "{path} differs between the server and the export"
        );
        if path.contains("/range/") {
            assert_eq!(
                String::from_utf8_lossy(&live).lines().count() as u64,
                padded + 2,
                "{path} is padded (and carries its padding and proof lines)"
            );
            range_lengths.insert(live.len());
        }
    }
    assert_eq!(
        range_lengths.len(),
        1,
        "every range has one length: {range_lengths:?}"
    );
}

#[test]
fn server_speaks_http_properly() {
    let dump = MessyDump::create(50);
    let (index, _) = dump.build(&[]);
    let server = Server::start(&index, &[]);
    let client = http();
    let id = Index::open(&index).unwrap().index_id();

    for bad in ["3fa2b", "3FA2", "3FA2BC", "GGGGG", "3FA2%20", "-1234"] {
        let r = client
            .get(format!("{}v1/range/{id}/{bad}", server.url))
            .send()
            .unwrap();
        assert_eq!(r.status().as_u16(), 400, "{bad}");
        let body = r.text().unwrap();
        assert_eq!(body.lines().count(), 1, "one-line reason: {body:?}");
        assert!(body.contains("5 uppercase hexadecimal"), "{body}");
    }
    for unknown in [
        "",
        "v1",
        "v2/manifest.json",
        "v1/range",
        "v1/range/3FA2B",
        "v1/range/3FA2B/x",
        "v1/range/0011223344556677/3FA2B",
        "index.html",
    ] {
        let r = client
            .get(format!("{}{unknown}", server.url))
            .send()
            .unwrap();
        assert_eq!(r.status().as_u16(), 404, "{unknown:?}");
    }

    let url = format!("{}v1/range/{id}/3FA2B", server.url);
    let r = client.get(&url).send().unwrap();
    assert_eq!(r.status().as_u16(), 200);
    let etag = r.headers()["etag"].to_str().unwrap().to_string();
    let cache = r.headers()["cache-control"].to_str().unwrap().to_string();
    assert!(
        cache.contains("public") && cache.contains("max-age=604800"),
        "{cache}"
    );
    assert!(
        r.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/plain")
    );
    let plain = r.bytes().unwrap();
    assert!(!plain.contains(&b'\r'));
    let manifest: serde_json::Value =
        serde_json::from_slice(&get(&format!("{}v1/manifest.json", server.url)).1).unwrap();
    assert_eq!(
        etag,
        format!("\"{}\"", manifest["index_id"].as_str().unwrap())
    );

    let r = client
        .get(&url)
        .header("If-None-Match", &etag)
        .send()
        .unwrap();
    assert_eq!(r.status().as_u16(), 304);
    assert!(r.bytes().unwrap().is_empty());
    let r = client
        .get(&url)
        .header("If-None-Match", "\"something-else\"")
        .send()
        .unwrap();
    assert_eq!(r.status().as_u16(), 200);

    // Ranges are never compressed: a compressed length would depend on the bucket.
    let r = client
        .get(&url)
        .header("Accept-Encoding", "gzip")
        .send()
        .unwrap();
    assert!(r.headers().get("content-encoding").is_none());
    assert_eq!(r.bytes().unwrap(), plain);

    // Nothing about requests is logged by default: stop the server and read what it printed.
    #[cfg(unix)]
    {
        let err = server.stop();
        assert!(!err.contains("3FA2B"), "the server logged a prefix: {err}");
    }
}

#[test]
fn damaged_indexes_are_refused() {
    let dump = MessyDump::create(100);
    let (index, _) = dump.build(&[]);
    let bytes = std::fs::read(&index).unwrap();

    // One flipped bit in the entries: `open` may not notice, `verify` must.
    let altered = dump.path("altered.sajag");
    let mut b = bytes.clone();
    let at = b.len() - 100;
    b[at] ^= 0x10;
    std::fs::write(&altered, &b).unwrap();
    let o = run(SAJAG_INDEX, &["verify", altered.to_str().unwrap()]);
    assert_ne!(code(&o), 0);
    assert!(stderr(&o).contains("checksum"), "{}", stderr(&o));

    // Cut short: every command refuses it with a clear message.
    let truncated = dump.path("truncated.sajag");
    std::fs::write(&truncated, &bytes[..bytes.len() / 2]).unwrap();
    let o = run(SAJAG_INDEX, &["verify", truncated.to_str().unwrap()]);
    assert_ne!(code(&o), 0);
    assert!(stderr(&o).contains("cut short"), "{}", stderr(&o));
    let o = run(
        SAJAG,
        &[
            "check",
            "9812345670",
            "--index",
            truncated.to_str().unwrap(),
        ],
    );
    assert_eq!(
        code(&o),
        2,
        "a damaged index is an error, not a 'not found'"
    );
    assert!(
        stderr(&o).contains("damaged or incomplete"),
        "{}",
        stderr(&o)
    );

    // Not an index at all.
    let junk = dump.path("junk.sajag");
    std::fs::write(&junk, "hello, world\n".repeat(20)).unwrap();
    let o = run(SAJAG_INDEX, &["inspect", junk.to_str().unwrap()]);
    assert_ne!(code(&o), 0);
    assert!(stderr(&o).contains("not a Sajag index"), "{}", stderr(&o));

    // A changed header count is caught by `open` itself.
    let mut b = bytes;
    b[24] ^= 1; // entry_count
    std::fs::write(&altered, &b).unwrap();
    let o = run(
        SAJAG,
        &["check", "9812345670", "--index", altered.to_str().unwrap()],
    );
    assert_eq!(code(&o), 2);
}

#[test]
fn existing_output_is_kept_and_failed_builds_leave_nothing() {
    let dump = MessyDump::create(10);
    let (index, _) = dump.build(&[]);
    let before = std::fs::read(&index).unwrap();

    // Without --force the existing index is kept.
    let o = run(
        SAJAG_INDEX,
        &[
            "build",
            dump.manifest.to_str().unwrap(),
            "--out",
            index.to_str().unwrap(),
        ],
    );
    assert_eq!(code(&o), 1);
    assert!(stderr(&o).contains("--force"), "{}", stderr(&o));
    assert_eq!(std::fs::read(&index).unwrap(), before);

    // A build that fails halfway (a missing input) keeps the old file even with --force.
    let broken = dump.path("broken.toml");
    let text = std::fs::read_to_string(&dump.manifest)
        .unwrap()
        .replace("list2.txt", "missing.txt");
    std::fs::write(&broken, text).unwrap();
    let o = run(
        SAJAG_INDEX,
        &[
            "build",
            broken.to_str().unwrap(),
            "--out",
            index.to_str().unwrap(),
            "--force",
        ],
    );
    assert_eq!(code(&o), 1);
    assert!(stderr(&o).contains("missing.txt"), "{}", stderr(&o));
    assert_eq!(std::fs::read(&index).unwrap(), before);
    let fresh = dump.path("fresh.sajag");
    let o = run(
        SAJAG_INDEX,
        &[
            "build",
            broken.to_str().unwrap(),
            "--out",
            fresh.to_str().unwrap(),
        ],
    );
    assert_eq!(code(&o), 1);
    assert!(!fresh.exists());
    assert_no_leftovers(dump.dir.path());
}

/// No scratch folders or partial files remain after a build that ended (well or badly).
fn assert_no_leftovers(dir: &std::path::Path) {
    for e in std::fs::read_dir(dir).unwrap() {
        let name = e.unwrap().file_name().to_string_lossy().into_owned();
        assert!(!name.starts_with(".sajag-"), "left behind: {name}");
    }
}

/// A moment of a build, and how to see from outside that it has been reached.
#[cfg(unix)]
type Moment = (&'static str, fn(&std::path::Path) -> bool);

/// A build's scratch folder exists and is held (it is reading and sorting).
#[cfg(unix)]
fn sorting(dir: &std::path::Path) -> bool {
    std::fs::read_dir(dir).unwrap().flatten().any(|e| {
        e.file_name().to_string_lossy().starts_with(".sajag-build-")
            && e.path().join(".lock").exists()
    })
}

/// A build's partial index exists beside `--out` (it is writing).
#[cfg(unix)]
fn writing(dir: &std::path::Path) -> bool {
    std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .any(|e| e.file_name().to_string_lossy().starts_with(".sajag-index-"))
}

#[test]
#[cfg(unix)]
fn a_build_killed_midway_leaves_nothing_at_out() {
    // Big enough that the build is still running when it is killed.
    let dir = tempfile::tempdir().unwrap();
    let mut rng = Rng::new(7);
    let mut text = String::with_capacity(40 << 20);
    for _ in 0..1_500_000 {
        let m = rng.mobile();
        text.push_str(&rng.spell(&m));
        text.push('\n');
    }
    std::fs::write(dir.path().join("big.txt"), text).unwrap();
    let m = one_breach_manifest(dir.path(), "big", "big.txt");
    let out = dir.path().join("big.sajag");
    // Killed at two moments of the build, found by what it has written rather than by a delay (an
    // optimised or fast machine finished within a fixed delay): once its scratch folder is held
    // (reading and sorting), once its partial index exists beside `--out` (writing).
    let moments: [Moment; 2] = [("sorting", sorting), ("writing", writing)];
    for (moment, reached) in moments {
        let mut child = std::process::Command::new(SAJAG_INDEX)
            .args(["build", m.to_str().unwrap(), "--out", out.to_str().unwrap()])
            .args(["--run-records", "200000"])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        let started = std::time::Instant::now();
        let still_running = loop {
            if child.try_wait().unwrap().is_some() {
                break false;
            }
            if reached(dir.path()) {
                break true;
            }
            assert!(
                started.elapsed() < std::time::Duration::from_secs(300),
                "the build never reached {moment}"
            );
            std::thread::sleep(std::time::Duration::from_micros(200));
        };
        child.kill().unwrap();
        child.wait().unwrap();
        assert!(
            still_running,
            "the build finished before it was seen {moment}; the test needs a bigger input"
        );
        assert!(!out.exists(), "a killed build left a file at --out");
    }
    // A killed process cannot clean up after itself: its scratch folder (sorted runs) or its
    // partial index stays behind. The next build removes what no running build holds.
    let left = || {
        std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with(".sajag-"))
            .count()
    };
    assert!(left() > 0, "the killed builds left their scratch behind");
    std::fs::write(dir.path().join("big.txt"), "9876543210\n").unwrap();
    run_ok(
        SAJAG_INDEX,
        &["build", m.to_str().unwrap(), "--out", out.to_str().unwrap()],
    );
    assert_no_leftovers(dir.path());
    assert!(out.exists());
}
