//! An answer is authentic or an error: tampered manifests, catalogues and buckets, cut and empty
//! replies, buckets of another index, expired and rolled-back manifests, untrusted signers and
//! damaged local files — all through the real `sajag` and `sajag-index` binaries.

mod common;
#[path = "common/tamper.rs"]
mod tamper;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::{Nginx, SAJAG, SAJAG_INDEX, Server, code, run_ok, stderr, stdout};
use tamper::TamperProxy;

const DEMO: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/demo/demo.sajag");
const DEMO_MANIFEST: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/demo/manifest.toml");
/// In the demo index, in two breaches (prefix 78246).
const FOUND: &str = "+91 98765 43210";
const MISSING: &str = "9999999999";

/// `sajag check ID --index INDEX --json [extra]` with its own settings folder.
fn check(config: &Path, id: &str, index: &str, extra: &[&str]) -> Output {
    Command::new(SAJAG)
        .args(["check", id, "--index", index, "--json"])
        .args(extra)
        .env("SAJAG_CONFIG_DIR", config)
        .output()
        .unwrap()
}

/// The check must fail: exit 2, nothing on stdout, a message containing `why`, and no panic.
#[track_caller]
fn assert_refused(o: &Output, why: &str) {
    let err = stderr(o);
    assert_eq!(
        code(o),
        2,
        "expected an error ({why}); stdout {}",
        stdout(o)
    );
    assert!(
        stdout(o).is_empty(),
        "an error prints no result: {}",
        stdout(o)
    );
    assert!(!err.contains("panicked"), "{err}");
    assert!(err.contains(why), "expected {why:?} in {err:?}");
}

fn json(o: &Output) -> serde_json::Value {
    serde_json::from_slice(&o.stdout).unwrap_or_else(|_| panic!("JSON: {}", stderr(o)))
}

fn replace(body: Vec<u8>, from: &str, to: &str) -> Vec<u8> {
    let text = String::from_utf8(body).unwrap();
    assert!(text.contains(from), "{from:?} not in {text}");
    text.replacen(from, to, 1).into_bytes()
}

/// Applies `f` to the lines of a range reply's body (the padding and proof lines are kept as they
/// were).
fn edit_lines(body: Vec<u8>, f: impl Fn(&mut Vec<String>)) -> Vec<u8> {
    let text = String::from_utf8(body).unwrap();
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    let proof = lines.pop().unwrap();
    assert!(proof.starts_with("proof:"));
    let pad = lines.pop().unwrap();
    assert!(pad.starts_with("pad:"));
    f(&mut lines);
    lines.push(pad);
    lines.push(proof);
    (lines.join("\n") + "\n").into_bytes()
}

/// A publisher key pair in `dir`: (secret, public).
fn keygen(dir: &Path, name: &str) -> (PathBuf, PathBuf) {
    let key = dir.join(format!("{name}.key"));
    run_ok(
        SAJAG_INDEX,
        &[
            "signing-keygen",
            "--out",
            key.to_str().unwrap(),
            "--publisher",
            name,
        ],
    );
    (key.clone(), key.with_extension("pub"))
}

/// The demo data built at `epoch` and signed by `key`.
fn build_signed(out: &Path, epoch: &str, key: &Path, extra: &[&str]) {
    let o = Command::new(SAJAG_INDEX)
        .args(["build", DEMO_MANIFEST, "--out"])
        .arg(out)
        .args(["--force", "--sign"])
        .arg(key)
        .args(extra)
        .env("SOURCE_DATE_EPOCH", epoch)
        .output()
        .unwrap();
    assert_eq!(code(&o), 0, "{}", stderr(&o));
}

/// A named rewrite of the replies, and the words the refusal must contain.
type Case = (
    &'static str,
    Box<dyn Fn(&str, Vec<u8>) -> Vec<u8> + Send + Sync>,
    &'static str,
);

#[test]
#[allow(clippy::too_many_lines)] // one table of attacks
fn tampered_replies_are_errors_never_not_found() {
    let config = tempfile::tempdir().unwrap();
    let server = Server::start(Path::new(DEMO), &[]);
    let proxy = TamperProxy::start(&server.url);
    let index = proxy.url.as_str();

    // Untouched: found and not found, signed by the trusted demo publisher.
    let o = check(config.path(), FOUND, index, &[]);
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    assert_eq!(json(&o)["publisher"]["trusted"], true);
    assert_eq!(code(&check(config.path(), MISSING, index, &[])), 0);

    let manifest = |f: fn(Vec<u8>) -> Vec<u8>| {
        move |path: &str, body: Vec<u8>| {
            if path.ends_with("manifest.json") {
                f(body)
            } else {
                body
            }
        }
    };
    let range = |f: fn(Vec<u8>) -> Vec<u8>| {
        move |path: &str, body: Vec<u8>| {
            if path.contains("/range/") {
                f(body)
            } else {
                body
            }
        }
    };
    let cases: Vec<Case> = vec![
        (
            "a manifest count changed",
            Box::new(manifest(|b| {
                replace(b, "\"entries\": 4100", "\"entries\": 4101")
            })),
            "signature is not valid",
        ),
        (
            "a manifest with a field the signature does not cover",
            Box::new(manifest(|b| {
                replace(b, "{", "{\n  \"support_phone\": \"+91 99999 00000\",")
            })),
            "damaged or unexpected reply",
        ),
        (
            "a manifest of an unknown format",
            Box::new(manifest(|b| replace(b, "\"version\": 1", "\"version\": 9"))),
            "format sajag-index version 9",
        ),
        (
            "a changed breach description",
            Box::new(|path: &str, body: Vec<u8>| {
                if path.ends_with("breaches.json") {
                    replace(
                        body,
                        "Made-up demonstration data",
                        "Call +91 99999 00000 now",
                    )
                } else {
                    body
                }
            }),
            "does not match the manifest",
        ),
        (
            "a bucket line changed",
            Box::new(range(|b| {
                edit_lines(b, |l| l[0] = l[0].replace(":0", ":1").replace(":2", ":3"))
            })),
            "does not match the index's bucket root",
        ),
        (
            "a bucket line removed and a padding line added (the entry hidden)",
            Box::new(range(|b| {
                edit_lines(b, |l| {
                    l.remove(l.iter().position(|x| !x.ends_with(":0")).unwrap_or(0));
                    l.insert(0, "0000000000000000:0".into());
                })
            })),
            "does not match the index's bucket root",
        ),
        (
            "a bucket line added",
            Box::new(range(|b| {
                edit_lines(b, |l| l.insert(0, "0000000000000001:1".into()))
            })),
            "17 lines where this index always has 16",
        ),
        (
            "a bucket line removed",
            Box::new(range(|b| edit_lines(b, |l| drop(l.remove(0))))),
            "15 lines where this index always has 16",
        ),
        (
            "a bucket cut at a line end",
            Box::new(range(|b| {
                let t = String::from_utf8(b).unwrap();
                t.lines()
                    .take(8)
                    .fold(String::new(), |acc, l| {
                        acc + l
                            + "
"
                    })
                    .into_bytes()
            })),
            "no proof",
        ),
        (
            "an empty bucket reply",
            Box::new(range(|_| Vec::new())),
            "does not end with a newline",
        ),
        (
            "a bucket proof of another bucket",
            Box::new(range(|b| {
                let t = String::from_utf8(b).unwrap();
                let (body, proof) = t.trim_end().rsplit_once('\n').unwrap();
                let mut p = proof.to_owned().into_bytes();
                p[10] = if p[10] == b'0' { b'1' } else { b'0' };
                format!("{body}\n{}\n", String::from_utf8(p).unwrap()).into_bytes()
            })),
            "does not match the index's bucket root",
        ),
    ];
    for (what, rewrite, why) in cases {
        proxy.set(rewrite);
        for id in [FOUND, MISSING] {
            let o = check(config.path(), id, index, &[]);
            assert!(
                code(&o) == 2,
                "{what}: {id} gave exit {} {}",
                code(&o),
                stdout(&o)
            );
            assert_refused(&o, why);
        }
    }

    // A manifest stripped of its signature is no longer signed: allowed, but shown as unsigned
    // (the app and the CLI say "anyone could have made it"), never as the demo publisher.
    proxy.set(manifest(|b| {
        let mut m: serde_json::Value = serde_json::from_slice(&b).unwrap();
        for k in ["publisher", "expires", "signing_key", "signature"] {
            m.as_object_mut().unwrap().remove(k);
        }
        serde_json::to_vec(&m).unwrap()
    }));
    let o = check(config.path(), FOUND, index, &[]);
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    assert!(json(&o)["publisher"].is_null());

    // Recovered: good replies give good answers again.
    proxy.clear();
    assert_eq!(code(&check(config.path(), FOUND, index, &[])), 1);
}

#[test]
fn a_bucket_of_another_index_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let config = tempfile::tempdir().unwrap();
    let (key, _) = keygen(dir.path(), "Other");
    let other = dir.path().join("other.sajag");
    build_signed(&other, "1767312000", &key, &[]);
    let ours = Server::start(Path::new(DEMO), &[]);
    let theirs = Server::start(&other, &[]);
    let their_manifest: serde_json::Value =
        serde_json::from_slice(&common::get(&format!("{}v1/manifest.json", theirs.url)).1).unwrap();
    let their_id = their_manifest["index_id"].as_str().unwrap().to_owned();
    let their_url = theirs.url.clone();
    let proxy = TamperProxy::start(&ours.url);
    // Same data, same prefix, another build: its bucket (with its own valid proof) under ours.
    proxy.set(move |path: &str, body: Vec<u8>| {
        if let Some(prefix) = path
            .strip_prefix("/v1/range/")
            .and_then(|p| p.split('/').nth(1))
        {
            common::get(&format!("{their_url}v1/range/{their_id}/{prefix}")).1
        } else {
            body
        }
    });
    for id in [FOUND, MISSING] {
        assert_refused(
            &check(config.path(), id, &proxy.url, &[]),
            "does not match the index's bucket root",
        );
    }
    // The other index's own path on our server is not found (never another build's bytes).
    let (status, _) = common::get(&format!("{}v1/range/0011223344556677/78246", ours.url));
    assert_eq!(status, 404);
}

#[test]
fn a_signed_static_export_works_through_nginx_and_a_mixed_file_is_an_error() {
    let config = tempfile::tempdir().unwrap();
    let root = common::fast_tempdir();
    let to = root.path().join("export");
    run_ok(SAJAG_INDEX, &["export", DEMO, "--to", to.to_str().unwrap()]);
    let nginx = Nginx::start(&to);
    let o = check(config.path(), FOUND, &nginx.url, &[]);
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    let v = json(&o);
    assert_eq!(v["publisher"]["trusted"], true);
    assert_eq!(v["breaches"].as_array().unwrap().len(), 2);
    assert_eq!(code(&check(config.path(), MISSING, &nginx.url, &[])), 0);

    // Mix in the bucket of the same prefix from another build (as a stale CDN file would be).
    let dir = tempfile::tempdir().unwrap();
    let (key, _) = keygen(dir.path(), "Other");
    let other = dir.path().join("other.sajag");
    build_signed(&other, "1767312000", &key, &[]);
    let theirs = Server::start(&other, &[]);
    let m: serde_json::Value =
        serde_json::from_slice(&common::get(&format!("{}v1/manifest.json", theirs.url)).1).unwrap();
    let their_body = common::get(&format!(
        "{}v1/range/{}/78246",
        theirs.url,
        m["index_id"].as_str().unwrap()
    ))
    .1;
    let our_id = std::fs::read_dir(to.join("v1/range"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .file_name();
    std::fs::write(to.join("v1/range").join(our_id).join("78246"), their_body).unwrap();
    assert_refused(
        &check(config.path(), FOUND, &nginx.url, &[]),
        "does not match the index's bucket root",
    );
}

#[test]
fn expired_rolled_back_and_untrusted_indexes() {
    let dir = tempfile::tempdir().unwrap();
    let config = tempfile::tempdir().unwrap();
    let (key, public) = keygen(dir.path(), "Test CERT");
    let index = dir.path().join("signed.sajag");
    let index_str = index.to_str().unwrap();

    // Expired: refused from a file and from a server.
    build_signed(&index, "1767225600", &key, &["--expires", "2020-01-01"]);
    assert_refused(
        &check(config.path(), FOUND, index_str, &[]),
        "expired on 2020-01-01",
    );
    let server = Server::start(&index, &[]);
    assert_refused(&check(config.path(), MISSING, &server.url, &[]), "expired");
    drop(server);

    // A valid signature by a key nobody trusted: answered, and said to be unknown.
    build_signed(&index, "1767225600", &key, &[]);
    let o = check(config.path(), FOUND, index_str, &[]);
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    let p = &json(&o)["publisher"];
    assert_eq!(p["trusted"], false);
    assert_eq!(p["name"], "Test CERT");
    let text = Command::new(SAJAG)
        .args(["check", FOUND, "--index", index_str])
        .env("SAJAG_CONFIG_DIR", config.path())
        .output()
        .unwrap();
    assert!(
        stdout(&text).contains("unknown publisher"),
        "{}",
        stdout(&text)
    );
    // Trusted with --trust.
    let o = check(
        config.path(),
        FOUND,
        index_str,
        &["--trust", public.to_str().unwrap()],
    );
    assert_eq!(json(&o)["publisher"]["trusted"], true);
    assert_eq!(json(&o)["publisher"]["name"], "Test CERT");
    // A key file that is not a key is an error, not "untrusted".
    std::fs::write(dir.path().join("bad.pub"), "hello").unwrap();
    assert_refused(
        &check(
            config.path(),
            FOUND,
            index_str,
            &["--trust", dir.path().join("bad.pub").to_str().unwrap()],
        ),
        "not a Sajag publisher key",
    );

    // A newer build was seen (above, built 2026-01-01); an older one from the same key is a
    // rollback, from a file and from a server — but not in another settings folder.
    build_signed(&index, "1767139200", &key, &[]);
    assert_refused(
        &check(config.path(), FOUND, index_str, &[]),
        "older than one already seen",
    );
    let server = Server::start(&index, &[]);
    assert_refused(
        &check(config.path(), MISSING, &server.url, &[]),
        "older than one already seen",
    );
    let fresh = tempfile::tempdir().unwrap();
    assert_eq!(code(&check(fresh.path(), FOUND, index_str, &[])), 1);
}

#[test]
fn random_byte_flips_in_a_local_index_are_errors() {
    let dir = tempfile::tempdir().unwrap();
    let config = tempfile::tempdir().unwrap();
    let original = std::fs::read(DEMO).unwrap();
    let path = dir.path().join("flipped.sajag");
    let mut rng = common::Rng::new(0x5A7A_6F11);
    let mut outcomes = std::collections::BTreeMap::<String, usize>::new();
    for i in 0..200 {
        let mut bytes = original.clone();
        // Half the flips in the first 64 KiB (header, catalogue, seal-adjacent tables), half anywhere.
        let len = if i % 2 == 0 { 65_536 } else { bytes.len() };
        let at = usize::try_from(rng.below(len as u64)).unwrap();
        let at = if i % 10 == 0 {
            bytes.len() - 1 - at % 200
        } else {
            at
        }; // the seal, at the end
        let bit = 1u8 << rng.below(8);
        bytes[at] ^= bit;
        std::fs::write(&path, &bytes).unwrap();
        let id = if i % 2 == 0 { FOUND } else { MISSING };
        {
            let o = check(config.path(), id, path.to_str().unwrap(), &[]);
            assert_eq!(
                code(&o),
                2,
                "flip {i} at byte {at} (bit {bit}) for {id}: exit {} {}",
                code(&o),
                stdout(&o)
            );
            assert!(stdout(&o).is_empty());
            assert!(!stderr(&o).contains("panicked"), "{}", stderr(&o));
            let first = stderr(&o)
                .split(':')
                .nth(1)
                .unwrap_or_default()
                .trim()
                .to_owned();
            *outcomes.entry(first).or_default() += 1;
        }
    }
    eprintln!("200 flips, reasons given: {outcomes:?}");
    // And the unflipped file still answers.
    std::fs::write(&path, &original).unwrap();
    assert_eq!(
        code(&check(config.path(), FOUND, path.to_str().unwrap(), &[])),
        1
    );
}
