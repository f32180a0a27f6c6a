//! Blinded mode (ARCHITECTURE.md, Blinded mode): keys, a blinded build served live, the evaluation endpoint's limits,
//! and the enumeration attack that works on a plain index and fails on a blinded one.

mod common;

use common::*;
use sajag::hashing::{HashedId, Prefix, hex};
use sajag::identifier::Identifier;
use sajag::index::Index;
use sajag::protocol;

/// The messy dump built blinded with `key` into `out` in its folder.
fn blinded_dump(dump: &MessyDump, key: &std::path::Path, out: &str) -> std::path::PathBuf {
    let out = dump.path(out);
    build_blinded(&dump.manifest, key, &out);
    out
}

#[test]
fn blinded_round_trip_through_the_live_server() {
    let dump = MessyDump::create(300);
    let key = oprf_keygen(dump.dir.path(), "oprf.key");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&key).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "the key file must be private");
    }
    let o = run(SAJAG_INDEX, &["keygen", "--out", key.to_str().unwrap()]);
    assert_eq!(code(&o), 1, "keygen must not overwrite a key");

    let index = blinded_dump(&dump, &key, "blinded.sajag");
    let secret = std::fs::read_to_string(&key)
        .unwrap()
        .lines()
        .nth(1)
        .unwrap()
        .to_string();
    let index_bytes = std::fs::read(&index).unwrap();
    let secret_bytes = sajag::oprf::unhex(&secret).unwrap();
    assert!(
        !index_bytes
            .windows(32)
            .any(|w| w == secret_bytes.as_slice()),
        "the secret key is in the index"
    );

    // Every check costs two guesses (the number and the canary); a dozen checks exceed the default
    // burst of 10.
    let server = Server::start(&index, &["--key", key.to_str().unwrap(), "--burst", "100"]);
    let manifest: serde_json::Value =
        serde_json::from_slice(&get(&format!("{}v1/manifest.json", server.url)).1).unwrap();
    assert_eq!(manifest["mode"], "blinded");
    assert!(!manifest.to_string().contains(&secret));
    assert_checks(&server.url);
    let o = run(SAJAG, &["check", PLANTED[0].query, "--index", &server.url]);
    assert!(
        stdout(&o).contains("blinded values that reveal nothing"),
        "{}",
        stdout(&o)
    );

    // The file alone cannot answer: only the server holds the key.
    let o = run(
        SAJAG,
        &["check", "9812345670", "--index", index.to_str().unwrap()],
    );
    assert_eq!(code(&o), 2);
    assert!(
        stderr(&o).contains("only be checked through its server"),
        "{}",
        stderr(&o)
    );

    // Serving a blinded index needs its key, and only its key.
    let o = run(
        SAJAG_INDEX,
        &["serve", index.to_str().unwrap(), "--listen", "127.0.0.1:0"],
    );
    assert_ne!(code(&o), 0);
    assert!(stderr(&o).contains("pass --key"), "{}", stderr(&o));
    let wrong = oprf_keygen(dump.dir.path(), "wrong.key");
    let o = run(
        SAJAG_INDEX,
        &[
            "serve",
            index.to_str().unwrap(),
            "--listen",
            "127.0.0.1:0",
            "--key",
            wrong.to_str().unwrap(),
        ],
    );
    assert_ne!(code(&o), 0);
    assert!(
        stderr(&o).contains("not the one the index was built with"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_server_with_the_wrong_key_is_an_error_not_a_miss() {
    let dump = MessyDump::create(20);
    let key = oprf_keygen(dump.dir.path(), "right.key");
    let wrong = oprf_keygen(dump.dir.path(), "wrong.key");
    let index = blinded_dump(&dump, &key, "blinded.sajag");
    let server = Server::start(
        &index,
        &["--key", wrong.to_str().unwrap(), "--skip-key-check"],
    );
    for q in [PLANTED[0].query, MISSES[0]] {
        let o = run(SAJAG, &["check", q, "--index", &server.url]);
        assert_eq!(code(&o), 2, "{q}: {}", stdout(&o));
        assert!(
            stderr(&o).contains("does not match the key"),
            "{}",
            stderr(&o)
        );
    }
}

fn evaluate_body(n: usize) -> String {
    let id = Identifier::parse("9876543210").unwrap();
    let items: Vec<String> = (0..n)
        .map(|_| {
            format!(
                "\"{}\"",
                hex(&sajag::oprf::blind(id.hash_input().as_bytes()).element)
            )
        })
        .collect();
    format!("{{\"blinded\": [{}]}}", items.join(","))
}

#[test]
fn evaluate_rejects_malformed_requests_and_keeps_serving() {
    let dump = MessyDump::create(5);
    let key = oprf_keygen(dump.dir.path(), "k");
    let index = blinded_dump(&dump, &key, "b.sajag");
    let server = Server::start(&index, &["--key", key.to_str().unwrap(), "--burst", "1000"]);
    let url = format!("{}v1/evaluate", server.url);
    let client = http();
    let post = |body: String| {
        let r = client
            .post(&url)
            .header("content-type", "application/json")
            .body(body)
            .send()
            .unwrap();
        (r.status().as_u16(), r.text().unwrap())
    };
    let ok = post(evaluate_body(2));
    assert_eq!(ok.0, 200, "{}", ok.1);
    let v: serde_json::Value = serde_json::from_str(&ok.1).unwrap();
    assert_eq!(v["evaluated"].as_array().unwrap().len(), 2);

    let good = hex(&sajag::oprf::blind(b"mobile:+919876543210").element);
    for bad in [
        "not json".to_string(),
        "{}".to_string(),
        "{\"blinded\": []}".to_string(),
        "{\"blinded\": \"x\"}".to_string(),
        evaluate_body(17),
        "{\"blinded\": [\"zz\"]}".to_string(),
        format!("{{\"blinded\": [\"{}\"]}}", &good[..62]),
        format!("{{\"blinded\": [\"{good}00\"]}}"),
        format!("{{\"blinded\": [\"{}\"]}}", "ff".repeat(32)),
        format!("{{\"blinded\": [\"{good}\"], \"extra\": 1}}"),
        "\u{0}\u{1}\u{2}".to_string(),
    ] {
        let (status, text) = post(bad.clone());
        assert_eq!(status, 400, "{bad:?} → {status} {text}");
        assert_eq!(text.lines().count(), 1, "{text:?}");
    }
    let (status, _) = post(format!("{{\"blinded\": [\"{}\"]}}", "a".repeat(5000)));
    assert_eq!(
        status, 413,
        "an oversized body is refused before it is read"
    );
    let r = client.get(&url).send().unwrap();
    assert_eq!(r.status().as_u16(), 405);
    assert_eq!(
        post(evaluate_body(1)).0,
        200,
        "the server survived all of the above"
    );
}

#[test]
fn the_rate_limit_holds_and_the_client_says_so_plainly() {
    let dump = MessyDump::create(5);
    let key = oprf_keygen(dump.dir.path(), "k");
    let index = blinded_dump(&dump, &key, "b.sajag");
    let server = Server::start(
        &index,
        &[
            "--key",
            key.to_str().unwrap(),
            "--rate-per-minute",
            "6",
            "--burst",
            "3",
        ],
    );
    let url = format!("{}v1/evaluate", server.url);
    let client = http();
    let mut statuses = Vec::new();
    let mut retry_after = None;
    for _ in 0..6 {
        let r = client.post(&url).body(evaluate_body(1)).send().unwrap();
        statuses.push(r.status().as_u16());
        if r.status().as_u16() == 429 {
            retry_after = r
                .headers()
                .get("retry-after")
                .map(|v| v.to_str().unwrap().parse::<u64>().unwrap());
        }
    }
    assert_eq!(statuses, [200, 200, 200, 429, 429, 429]);
    let wait = retry_after.expect("429 carries Retry-After");
    assert!((1..=11).contains(&wait), "Retry-After {wait}");
    // Range requests are static data and are not limited.
    for _ in 0..20 {
        let m: serde_json::Value =
            serde_json::from_slice(&get(&format!("{}v1/manifest.json", server.url)).1).unwrap();
        let id = m["index_id"].as_str().unwrap();
        assert_eq!(get(&format!("{}v1/range/{id}/ABCDE", server.url)).0, 200);
    }
    let o = run(SAJAG, &["check", "9876543210", "--index", &server.url]);
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("Try again in"), "{}", stderr(&o));
}

/// An attacker who downloads every bucket tries 100,000 candidate numbers offline. Against a plain
/// index this recovers every planted number; against a blinded one, none.
#[test]
fn enumerating_downloaded_buckets_works_on_plain_and_fails_on_blinded() {
    let dir = tempfile::tempdir().unwrap();
    let candidates: Vec<String> = (0..100_000u64)
        .map(|i| format!("{}", 9_100_000_000 + i * 7))
        .collect();
    let planted: Vec<&String> = candidates.iter().step_by(3_331).collect();
    let mut rng = Rng::new(99);
    let mut lines: Vec<String> = planted.iter().map(|p| rng.spell(p)).collect();
    lines.extend((0..5_000).map(|_| rng.mobile()));
    std::fs::write(dir.path().join("leak.txt"), lines.join("\n") + "\n").unwrap();
    let m = one_breach_manifest(dir.path(), "leak", "leak.txt");
    let plain = dir.path().join("plain.sajag");
    let blinded = dir.path().join("blinded.sajag");
    let key = oprf_keygen(dir.path(), "k");
    run_ok(
        SAJAG_INDEX,
        &[
            "build",
            m.to_str().unwrap(),
            "--out",
            plain.to_str().unwrap(),
        ],
    );
    build_blinded(&m, &key, &blinded);

    let enumerate = |index_path: &std::path::Path| -> Vec<String> {
        let index = Index::open(index_path).unwrap();
        let mut hits = Vec::new();
        let mut buckets: std::collections::HashMap<Prefix, Vec<sajag::index::Entry>> =
            std::collections::HashMap::new();
        for c in &candidates {
            let h = HashedId::of(&Identifier::parse(c).unwrap());
            // Exactly what the server (or the static export) publishes for that prefix.
            let bucket = buckets.entry(h.prefix()).or_insert_with(|| {
                protocol::decode_range(&protocol::range_body(&index, h.prefix()).unwrap()).unwrap()
            });
            if bucket.iter().any(|e| e.suffix == h.suffix()) {
                hits.push(c.clone());
            }
        }
        hits
    };
    let plain_hits = enumerate(&plain);
    let want: Vec<String> = planted.iter().map(|p| (*p).clone()).collect();
    assert_eq!(
        plain_hits, want,
        "plain mode: every planted number is recovered by enumeration"
    );
    let blinded_hits = enumerate(&blinded);
    assert!(
        blinded_hits.is_empty(),
        "blinded mode leaked {blinded_hits:?}"
    );
    println!(
        "enumeration of {} candidates: plain index → {} of {} planted numbers recovered; blinded index → {}",
        candidates.len(),
        plain_hits.len(),
        want.len(),
        blinded_hits.len()
    );
}

/// The blinded mode's promise rests on the rate limit: the enumeration attack, tried for real
/// through `POST v1/evaluate` by an attacker who holds every bucket (an export) and guesses the
/// planted numbers first, gets no more guesses than the limit allows, and says how many.
#[test]
fn enumerating_through_the_server_is_held_to_the_rate_limit() {
    let dir = tempfile::tempdir().unwrap();
    let planted: Vec<String> = (0..40u64)
        .map(|i| format!("{}", 9_200_000_000 + i * 13))
        .collect();
    std::fs::write(dir.path().join("leak.txt"), planted.join("\n") + "\n").unwrap();
    let m = one_breach_manifest(dir.path(), "leak", "leak.txt");
    let key = oprf_keygen(dir.path(), "k");
    let index_path = dir.path().join("blinded.sajag");
    build_blinded(&m, &key, &index_path);
    let (burst, per_minute) = (10u32, 1u32);
    let server = Server::start(
        &index_path,
        &[
            "--key",
            key.to_str().unwrap(),
            "--burst",
            &burst.to_string(),
            "--rate-per-minute",
            &per_minute.to_string(),
        ],
    );
    // The attacker's copy of every bucket.
    let index = Index::open(&index_path).unwrap();
    let client = http();
    let url = format!("{}v1/evaluate", server.url);
    let (mut guesses, mut recovered, mut refused) = (0u32, 0u32, 0u32);
    for pair in planted.chunks(2) {
        let ids: Vec<Identifier> = pair.iter().map(|c| Identifier::parse(c).unwrap()).collect();
        let inputs: Vec<String> = ids.iter().map(Identifier::hash_input).collect();
        let blinds: Vec<_> = inputs
            .iter()
            .map(|i| sajag::oprf::blind(i.as_bytes()))
            .collect();
        let body = serde_json::json!({ "blinded": blinds.iter().map(|b| hex(&b.element)).collect::<Vec<_>>() });
        let r = client
            .post(&url)
            .header("content-type", "application/json")
            .body(serde_json::to_vec(&body).unwrap())
            .send()
            .unwrap();
        if r.status().as_u16() == 429 {
            refused += 1;
            continue;
        }
        assert_eq!(r.status().as_u16(), 200);
        let v: serde_json::Value = serde_json::from_slice(&r.bytes().unwrap()).unwrap();
        for (((id, input), b), e) in ids
            .iter()
            .zip(&inputs)
            .zip(&blinds)
            .zip(v["evaluated"].as_array().unwrap())
        {
            guesses += 1;
            let evaluated = sajag::oprf::unhex(e.as_str().unwrap()).unwrap();
            let suffix = sajag::oprf::finalize(b, input.as_bytes(), &evaluated).unwrap();
            let prefix = HashedId::of(id).prefix();
            let bucket =
                protocol::decode_range(&protocol::range_body(&index, prefix).unwrap()).unwrap();
            recovered += u32::from(bucket.iter().any(|entry| entry.suffix == suffix));
        }
    }
    println!(
        "enumeration through POST v1/evaluate (burst {burst}, {per_minute}/min): {guesses} guesses \
         answered, {refused} requests refused with 429, {recovered} of {} planted numbers recovered",
        planted.len()
    );
    assert!(refused > 0, "the limit refused the attacker");
    assert!(
        guesses <= burst + 2,
        "{guesses} guesses: each blinded element costs a token"
    );
    assert_eq!(recovered, guesses, "every guess was a planted number");
}
