//! Headless tests of what the app says about who made an index, and of failed replies: each is an
//! error with Retry (typed, so a rate limit's wait is honoured), and a good reply is answered again.

use egui_kittest::kittest::{NodeT as _, Queryable};
use std::path::Path;

use sajag::index::{Index, seal};
use sajag::protocol::Manifest;
use sajag::signing::SecretKey;

use super::tests::{
    LOADED_MACHINE_WAIT, check_and_wait, click, harness_with, has_label, serve, source_ready,
    type_into, wait_for,
};
use super::{AppState, CheckResult};

#[path = "../../tests/common/tamper.rs"]
pub(super) mod tamper;

const DEMO: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/demo/demo.sajag");

/// The demo index signed by `key` instead of the demo key, written to `out`. The bucket root is
/// the demo's own (already verified): the bodies do not depend on the signer.
fn resign_demo(key: &SecretKey, out: &Path) {
    let index = Index::open(Path::new(DEMO)).unwrap();
    let root: [u8; 32] = sajag::oprf::unhex(&index.seal().unwrap().bucket_root)
        .unwrap()
        .try_into()
        .unwrap();
    let sealed = Manifest::seal_with_root(&index, &root, key, "2099-01-01T00:00:00Z");
    seal::write_sealed(&index, &sealed, out, false).unwrap();
}

/// A settings folder in `dir` whose saved index source is `source`.
fn config_for(dir: &Path, source: &str) -> std::path::PathBuf {
    let config = dir.join("config");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(
        config.join("settings.toml"),
        format!("source = {source:?}\n"),
    )
    .unwrap();
    config
}

#[test]
fn an_unknown_publisher_is_labelled_until_the_person_trusts_its_key() {
    let dir = tempfile::tempdir().unwrap();
    let key = SecretKey::generate("Test CERT").unwrap();
    let file = dir.path().join("signed.sajag");
    resign_demo(&key, &file);
    let config = config_for(dir.path(), &file.display().to_string());
    let mut h = harness_with(AppState::new(Some(config.clone()), None));
    wait_for(&mut h, LOADED_MACHINE_WAIT, "the index", source_ready);
    assert!(has_label(
        &h,
        "Signed by an unknown publisher calling itself “Test CERT”"
    ));
    check_and_wait(&mut h, "+91 98765 43210");
    assert!(matches!(
        h.state().last_check,
        Some(CheckResult::Done { .. })
    ));
    assert!(has_label(
        &h,
        "written by the index's publisher “Test CERT”, whom you have not chosen to trust"
    ));

    // A key that is not a key is said, and nothing is trusted.
    click(&mut h, "Settings");
    type_into(
        &mut h,
        "Publisher key (paste the line from its .pub file)",
        "hello",
    );
    click(&mut h, "Trust this publisher");
    assert!(has_label(&h, "This key cannot be used"));
    assert!(h.state().settings.trusted_keys.is_empty());

    // The .pub line: trusted, saved, and the index reopened under its name.
    h.state_mut().trust_input.clear();
    type_into(
        &mut h,
        "Publisher key (paste the line from its .pub file)",
        key.public().to_line("Test CERT").trim(),
    );
    click(&mut h, "Trust this publisher");
    wait_for(&mut h, LOADED_MACHINE_WAIT, "the reopened index", |h| {
        has_label(h, "Signed by Test CERT, a publisher you trust.")
    });
    // Settings are written by a worker thread, so the label can come first: wait for the file
    // rather than read it once (a single read failed under a loaded CI machine).
    let key_hex = key.public().to_hex();
    wait_for(&mut h, LOADED_MACHINE_WAIT, "the key saved", |_| {
        std::fs::read_to_string(config.join("settings.toml")).is_ok_and(|t| t.contains(&key_hex))
    });

    // And untrusted again.
    click(&mut h, "Stop trusting Test CERT");
    wait_for(&mut h, LOADED_MACHINE_WAIT, "the reopened index", |h| {
        has_label(h, "Signed by an unknown publisher")
    });
}

#[test]
fn a_damaged_file_is_an_error_with_retry() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("copy.sajag");
    let mut bytes = std::fs::read(DEMO).unwrap();
    let at = bytes.len() - 5_000; // in the entries, before the seal
    bytes[at] ^= 0x10;
    std::fs::write(&file, &bytes).unwrap();
    let config = config_for(dir.path(), &file.display().to_string());
    let mut h = harness_with(AppState::new(Some(config.clone()), None));
    wait_for(&mut h, LOADED_MACHINE_WAIT, "the error", |h| {
        has_label(h, "The index could not be opened")
    });
    assert!(has_label(&h, "damaged or incomplete"), "a plain reason");
    assert!(h.query_by_label("Retry").is_some());
    // Repaired on disk: Retry opens it.
    std::fs::write(&file, std::fs::read(DEMO).unwrap()).unwrap();
    click(&mut h, "Retry");
    wait_for(&mut h, LOADED_MACHINE_WAIT, "the index", source_ready);
}

#[test]
fn tampered_replies_are_errors_with_retry_and_good_replies_recover() {
    let dir = tempfile::tempdir().unwrap();
    let (_server, upstream) = serve(Path::new(DEMO), &[]);
    let proxy = tamper::TamperProxy::start(&upstream);
    let config = config_for(dir.path(), &proxy.url);

    // A manifest whose signed count was changed: the index does not open; Retry after the
    // attacker stops opens it.
    proxy.set(|path: &str, body: Vec<u8>| {
        if path.ends_with("manifest.json") {
            String::from_utf8(body)
                .unwrap()
                .replace("\"entries\": 4100", "\"entries\": 4101")
                .into_bytes()
        } else {
            body
        }
    });
    let mut h = harness_with(AppState::new(Some(config.clone()), None));
    wait_for(&mut h, LOADED_MACHINE_WAIT, "the error", |h| {
        has_label(h, "The index could not be opened")
    });
    assert!(has_label(&h, "signature is not valid"));
    proxy.clear();
    click(&mut h, "Retry");
    wait_for(&mut h, LOADED_MACHINE_WAIT, "the index", source_ready);
    assert!(has_label(&h, "Signed by Sajag demo (synthetic data)"));

    // A bucket with a line changed, then one cut short: the check is an error, never "not
    // found"; a good reply afterwards is found.
    for cut in [false, true] {
        proxy.set(move |path: &str, body: Vec<u8>| {
            if !path.contains("/range/") {
                return body;
            }
            let text = String::from_utf8(body).unwrap();
            if cut {
                text.lines()
                    .take(5)
                    .fold(String::new(), |acc, l| acc + l + "\n")
            } else {
                text.replacen(":0\n", ":1\n", 1)
            }
            .into_bytes()
        });
        fresh_check(&mut h, "9999999999");
        assert!(
            matches!(h.state().last_check, Some(CheckResult::Failed { .. })),
            "cut {cut}: an error, not a result"
        );
        assert!(has_label(&h, "This is not a “not found”"));
        assert!(
            h.query_by_label("Try again").is_some(),
            "the error offers a retry"
        );
        assert!(!has_label(&h, "Not found"));
        proxy.clear();
        h.state_mut().apply(super::Command::ClearInput);
        fresh_check(&mut h, "+91 98765 43210");
        assert!(
            matches!(h.state().last_check, Some(CheckResult::Done { .. })),
            "recovered after cut {cut}"
        );
        click(&mut h, "Check another");
    }
}

/// [`check_and_wait`] after forgetting the previous answer, so that only the new one counts.
fn fresh_check(h: &mut egui_kittest::Harness<'static, AppState>, input: &str) {
    h.state_mut().last_check = None;
    check_and_wait(h, input);
}

#[test]
fn a_server_that_dies_mid_check_gives_an_error_not_not_found() {
    let dir = tempfile::tempdir().unwrap();
    let (_server, upstream) = serve(Path::new(DEMO), &[]);
    let proxy = tamper::TamperProxy::start(&upstream);
    let config = config_for(dir.path(), &proxy.url);
    let mut h = harness_with(AppState::new(Some(config), None));
    wait_for(&mut h, LOADED_MACHINE_WAIT, "the index", source_ready);
    // The index opened; the server goes away while the bucket is asked for.
    proxy.hang_up_on("/range/");
    fresh_check(&mut h, "9999999999");
    assert!(
        matches!(h.state().last_check, Some(CheckResult::Failed { .. })),
        "an error, not a result"
    );
    assert!(has_label(&h, "Could not reach the index server"));
    assert!(!has_label(&h, "Not found"));
    // Back again: Try again answers.
    proxy.clear();
    click(&mut h, "Try again");
    wait_for(&mut h, LOADED_MACHINE_WAIT, "the result", |h| {
        matches!(h.state().last_check, Some(CheckResult::Done { .. }))
    });
}

/// The demo's description, but every bucket is refused by a rate limit asking for 30 s.
struct RateLimited(sajag::lookup::LocalSource);

impl sajag::lookup::Source for RateLimited {
    fn info(
        &self,
    ) -> Result<std::sync::Arc<sajag::lookup::SourceInfo>, sajag::lookup::LookupError> {
        self.0.info()
    }
    fn range(
        &self,
        _: sajag::hashing::Prefix,
    ) -> Result<Vec<sajag::index::Entry>, sajag::lookup::LookupError> {
        Err(sajag::lookup::LookupError::RateLimited(Some(30)))
    }
}

#[test]
fn a_rate_limit_says_when_to_try_again_and_waits() {
    let dir = tempfile::tempdir().unwrap();
    let source = RateLimited(
        sajag::lookup::LocalSource::demo(&sajag::trust::TrustPolicy::default()).unwrap(),
    );
    let mut h = harness_with(AppState::new(
        Some(dir.path().to_path_buf()),
        Some(std::sync::Arc::new(source)),
    ));
    wait_for(&mut h, LOADED_MACHINE_WAIT, "the source", source_ready);
    fresh_check(&mut h, "+91 98765 43210");
    assert!(has_label(&h, "Try again in 30 seconds"));
    assert!(
        has_label(&h, "you can try again in 30 seconds")
            || has_label(&h, "you can try again in 29 seconds")
    );
    let button = h.get_by_label("Try again");
    assert!(
        button.accesskit_node().is_disabled(),
        "Try again waits for the server's time"
    );
}
