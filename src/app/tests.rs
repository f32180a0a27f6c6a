//! Headless tests of the app (`egui_kittest`), querying widgets by their accessible labels, and
//! the helpers the other test modules (`tests_trust`, `tests_message`) share. Long because it walks
//! every screen; a test module is read one test at a time.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use sajag::hashing::{HashedId, Prefix};
use sajag::identifier::Identifier;
use sajag::index::Entry;
use sajag::lookup::{LocalSource, LookupError, Source, SourceInfo};

use super::i18n::{Lang, Tr};
use super::worker::Timeouts;
use super::{AppState, CheckResult};

static DIAG: Mutex<Vec<String>> = Mutex::new(Vec::new());

/// How long a test waits for background work (opening an index, compiling the message rules, a
/// check) before failing. An upper bound, not an expectation: it passes as soon as the work is
/// done, and must hold on a machine whose cores are busy with other builds (rules compile in
/// ~1 s on an idle debug build, 20 s and more under load).
pub(super) const LOADED_MACHINE_WAIT: Duration = Duration::from_secs(120);

/// Keeps diagnostic lines for the privacy scan.
pub fn capture_diag(message: &str) {
    DIAG.lock().unwrap().push(message.to_owned());
}

/// The demo index, counting how often it is asked for anything.
struct CountingSource {
    inner: LocalSource,
    ranges: Arc<AtomicUsize>,
    /// How long each range takes (a slow network).
    delay: Duration,
}

impl Source for CountingSource {
    fn info(&self) -> Result<Arc<SourceInfo>, LookupError> {
        self.inner.info()
    }
    fn range(&self, prefix: Prefix) -> Result<Vec<Entry>, LookupError> {
        self.ranges.fetch_add(1, Ordering::SeqCst);
        std::thread::sleep(self.delay);
        self.inner.range(prefix)
    }
}

/// The demo index, whose `info` and `range` panic the first time each is asked (a bug in a
/// source, or in the code under it).
struct PanicsOnce {
    inner: LocalSource,
    info_calls: AtomicUsize,
    range_calls: AtomicUsize,
}

impl Source for PanicsOnce {
    fn info(&self) -> Result<Arc<SourceInfo>, LookupError> {
        assert!(
            self.info_calls.fetch_add(1, Ordering::SeqCst) > 0,
            "test: info panics"
        );
        self.inner.info()
    }
    fn range(&self, prefix: Prefix) -> Result<Vec<Entry>, LookupError> {
        assert!(
            self.range_calls.fetch_add(1, Ordering::SeqCst) > 0,
            "test: range panics"
        );
        self.inner.range(prefix)
    }
}

pub(super) fn harness_with(state: AppState) -> Harness<'static, AppState> {
    Harness::builder()
        .with_size(egui::vec2(900.0, 1400.0))
        .with_max_steps(10_000)
        .with_context_setup(super::theme::install_fonts)
        .build_ui_state(|ui, state: &mut AppState| state.ui(ui), state)
}

fn demo_harness(config: &Path) -> Harness<'static, AppState> {
    let config = config.to_path_buf();
    harness_with(AppState::new(Some(config), None))
}

/// A harness on the demo index, run until the index has loaded.
pub(super) fn ready_demo_harness(config: &Path) -> Harness<'static, AppState> {
    let mut h = demo_harness(config);
    wait_for(&mut h, LOADED_MACHINE_WAIT, "the demo index", source_ready);
    h
}

/// Steps the harness until `done` holds, failing after `timeout`. Frames keep being answered;
/// returns the number of frames and the slowest frame's time.
pub(super) fn wait_for(
    h: &mut Harness<'_, AppState>,
    timeout: Duration,
    what: &str,
    done: impl Fn(&Harness<'_, AppState>) -> bool,
) -> (usize, Duration) {
    let start = Instant::now();
    let (mut frames, mut slowest) = (0, Duration::ZERO);
    while !done(h) {
        assert!(start.elapsed() < timeout, "timed out waiting for {what}");
        let t = Instant::now();
        h.step();
        frames += 1;
        slowest = slowest.max(t.elapsed());
        std::thread::sleep(Duration::from_millis(10));
    }
    (frames, slowest)
}

pub(super) fn has_label(h: &Harness<'_, AppState>, text: &str) -> bool {
    h.query_all_by_label_contains(text).next().is_some()
}

pub(super) fn source_ready(h: &Harness<'_, AppState>) -> bool {
    matches!(h.state().source, super::SourceState::Ready { .. })
}

pub(super) fn type_identifier(h: &mut Harness<'_, AppState>, text: &str) {
    type_into(h, "Mobile number or PAN", text);
}

#[test]
fn valid_mobile_shows_prefix_then_found_card() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = ready_demo_harness(dir.path());
    assert!(has_label(&h, "DEMO DATA"));
    type_identifier(&mut h, "+91 98765 43210");
    let id = Identifier::parse("+91 98765 43210").unwrap();
    let prefix = HashedId::of(&id).prefix().to_string();
    assert!(has_label(&h, "Mobile number: +91 98XXX XX210"));
    assert!(
        has_label(&h, &prefix),
        "the prefix {prefix} is shown before the check"
    );
    assert!(has_label(&h, "Nothing leaves this computer"));
    h.get_by_label("Check now").click();
    wait_for(&mut h, LOADED_MACHINE_WAIT, "the result", |h| {
        has_label(h, "Found in 2 breaches")
    });
    assert!(has_label(&h, "Result for +91 98XXX XX210"));
    assert!(has_label(&h, "DEMO: COVID test-lab results leak"));
    assert!(has_label(&h, "DEMO: Vaccination lookup bot"));
    assert!(has_label(&h, "What to do now"));
    // The input was cleared when the Check screen was left.
    assert!(h.state().input.is_empty());
}

#[test]
fn enter_checks_and_not_found_is_honest() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = ready_demo_harness(dir.path());
    type_identifier(&mut h, "9999999999");
    h.key_press(egui::Key::Enter);
    wait_for(&mut h, LOADED_MACHINE_WAIT, "the result", |h| {
        has_label(h, "Not found in the 3 breaches")
    });
    assert!(has_label(&h, "That is not a guarantee"));
    assert!(
        has_label(&h, "Loan-app KYC dump"),
        "covered breaches are listed"
    );
}

#[test]
fn invalid_input_shows_message_and_sends_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let ranges = Arc::new(AtomicUsize::new(0));
    let source = CountingSource {
        inner: LocalSource::demo(&sajag::trust::TrustPolicy::default()).unwrap(),
        ranges: ranges.clone(),
        delay: Duration::ZERO,
    };
    let config = dir.path().to_path_buf();
    let mut h = harness_with(AppState::new(Some(config), Some(Arc::new(source))));
    wait_for(&mut h, LOADED_MACHINE_WAIT, "the source", source_ready);
    type_identifier(&mut h, "98765 4321");
    assert!(has_label(&h, "9 digits — a mobile number has 10."));
    h.key_press(egui::Key::Enter);
    h.step();
    // The button is disabled; clicking it does nothing either.
    h.get_by_label("Check now").click();
    for _ in 0..20 {
        h.step();
        std::thread::sleep(Duration::from_millis(5));
    }
    assert!(h.state().pending.is_none());
    assert!(h.state().last_check.is_none());
    assert_eq!(ranges.load(Ordering::SeqCst), 0, "no request was made");
    // Escape clears the input.
    h.key_press(egui::Key::Escape);
    h.step();
    assert!(h.state().input.is_empty());
}

/// A PAN is found; a ticked step is kept in memory and never written: the settings file (which
/// still held the checklist table of an older version) names no breach slug and no step.
#[test]
fn pan_flow_keeps_checklist_ticks_in_memory_only() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("settings.toml"),
        "zoom = 1.0\n\n[checklist]\ndemo-vaccine-lookup-bot = [\"otp\"]\n",
    )
    .unwrap();
    let mut h = ready_demo_harness(dir.path());
    type_identifier(&mut h, "abcpe 1234 f");
    assert!(has_label(
        &h,
        "PAN: ABCPE****F (held by an individual person)"
    ));
    h.get_by_label("Check now").click();
    wait_for(&mut h, LOADED_MACHINE_WAIT, "the result", |h| {
        has_label(h, "Found in 1 breach")
    });
    assert!(has_label(&h, "Loan-app KYC dump"));
    let step = "Check your Annual Information Statement (AIS) on the income-tax e-filing portal and give feedback on entries that are not yours.";
    click(&mut h, step);
    assert!(h.state().checklist.is_ticked("demo-loan-app-kyc", "ais"));
    // Change a setting so the settings file is written again; back on the result, the tick is
    // still shown.
    click(&mut h, "Settings");
    click(&mut h, "Larger text");
    h.state_mut()
        .apply(super::Command::Show(super::Screen::Result));
    h.run_steps(2);
    assert_eq!(
        h.get_by_label(step).accesskit_node().toggled(),
        Some(egui::accesskit::Toggled::True)
    );
    wait_for(&mut h, LOADED_MACHINE_WAIT, "settings saved", |_| {
        std::fs::read_to_string(dir.path().join("settings.toml"))
            .is_ok_and(|t| t.contains("zoom = 1.125"))
    });
    drop(h);
    let needles = ["checklist", "\"ais\"", "\"otp\""].map(String::from);
    assert!(assert_no_file_contains(vec![dir.path().to_path_buf()], &needles) > 0);
    // Breach slugs appear only as the demo's whole catalogue (what is new next time), the same for
    // everyone: nothing says which breach the PAN was found in.
    let text = std::fs::read_to_string(dir.path().join("settings.toml")).unwrap();
    let mut table: toml::Table = toml::from_str(&text).unwrap();
    let seen = table
        .remove("seen_breaches")
        .expect("the demo's breaches are remembered");
    let all: Vec<_> = LocalSource::demo(&sajag::trust::TrustPolicy::default())
        .unwrap()
        .info()
        .unwrap()
        .catalogue
        .breaches
        .iter()
        .map(|b| toml::Value::from(b.slug.as_str()))
        .collect();
    assert_eq!(seen.get("demo"), Some(&toml::Value::Array(all)), "{text}");
    assert_eq!(seen.as_table().map(toml::Table::len), Some(1), "{text}");
    let rest = table.to_string();
    for slug in ["demo-loan-app-kyc", "demo-vaccine-lookup-bot"] {
        assert!(!rest.contains(slug), "{rest}");
    }
}

/// Reads every file under `dirs` and fails if one contains any of `needles`. Returns the number of
/// files read.
pub(super) fn assert_no_file_contains(dirs: Vec<PathBuf>, needles: &[String]) -> usize {
    let mut scanned = 0;
    let mut stack = dirs;
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let bytes = std::fs::read(&p).unwrap();
                let text = String::from_utf8_lossy(&bytes);
                for n in needles {
                    assert!(!text.contains(n.as_str()), "{} contains {n}", p.display());
                }
                scanned += 1;
            }
        }
    }
    scanned
}

/// Runs a check and waits for the result screen, or an error.
pub(super) fn check_and_wait(h: &mut Harness<'_, AppState>, input: &str) {
    type_identifier(h, input);
    h.get_by_label("Check now").click();
    wait_for(h, LOADED_MACHINE_WAIT, "the check", |h| {
        h.state().pending.is_none() && h.state().last_check.is_some()
    });
}

#[test]
fn local_index_file_from_settings() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("copy.sajag");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/demo/demo.sajag"),
        &file,
    )
    .unwrap();
    let config = dir.path().join("config");
    let mut h = demo_harness(&config);
    wait_for(&mut h, LOADED_MACHINE_WAIT, "the demo index", source_ready);
    h.get_by_label("Settings").click();
    h.run_steps(2);
    h.get_by_label("Index file path").focus();
    h.step();
    h.get_by_label("Index file path")
        .type_text(&file.display().to_string());
    h.step();
    h.get_by_label("Use this file").click();
    wait_for(&mut h, LOADED_MACHINE_WAIT, "the file index", |h| {
        source_ready(h) && has_label(h, &format!("Index: {}", file.display()))
    });
    wait_for(&mut h, LOADED_MACHINE_WAIT, "settings saved", |_| {
        std::fs::read_to_string(config.join("settings.toml"))
            .is_ok_and(|t| t.contains("copy.sajag"))
    });
    // A broken file: a plain error and a retry, not a crash.
    let broken = dir.path().join("broken.sajag");
    std::fs::write(&broken, b"not an index").unwrap();
    h.state_mut().file_input = broken.display().to_string();
    h.get_by_label("Use this file").click();
    wait_for(&mut h, LOADED_MACHINE_WAIT, "the error", |h| {
        has_label(h, "The index could not be opened")
    });
    assert!(h.query_by_label("Retry").is_some());
    // Back to the good file, then check against it.
    h.state_mut().file_input = file.display().to_string();
    h.get_by_label("Use this file").click();
    wait_for(&mut h, LOADED_MACHINE_WAIT, "the file index", source_ready);
    h.get_by_label("Check").click();
    h.run_steps(2);
    check_and_wait(&mut h, "07000000001");
    assert!(
        matches!(&h.state().last_check, Some(CheckResult::Done { outcome, .. }) if outcome.found())
    );
}

/// A mobile number pasted into the index-file box and applied is opened as a path, fails, and
/// never reaches the settings file, even when another setting is saved meanwhile.
#[test]
fn a_number_in_the_source_box_is_never_saved() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config");
    let mut h = ready_demo_harness(&config);
    click(&mut h, "Settings");
    type_into(&mut h, "Index file path", "9876543210");
    click(&mut h, "Use this file");
    wait_for(&mut h, LOADED_MACHINE_WAIT, "the error", |h| {
        has_label(h, "The index could not be opened")
    });
    let needles = ["9876543210".to_owned(), "98765".to_owned()];
    click(&mut h, "Larger text");
    wait_for(&mut h, LOADED_MACHINE_WAIT, "settings saved", |_| {
        std::fs::read_to_string(config.join("settings.toml"))
            .is_ok_and(|t| t.contains("zoom = 1.125"))
    });
    assert!(assert_no_file_contains(vec![config.clone()], &needles) > 0);
    // Retry tries the failed source again, and still saves nothing.
    click(&mut h, "Retry");
    wait_for(&mut h, LOADED_MACHINE_WAIT, "the error", |h| {
        has_label(h, "The index could not be opened")
    });
    click(&mut h, "Smaller text");
    wait_for(&mut h, LOADED_MACHINE_WAIT, "settings saved", |_| {
        std::fs::read_to_string(config.join("settings.toml"))
            .is_ok_and(|t| t.contains("zoom = 1.0"))
    });
    assert!(assert_no_file_contains(vec![config.clone()], &needles) > 0);
    // Back to the demo, which opens: the settings still say demo.
    click(&mut h, "Use the demo index");
    wait_for(&mut h, LOADED_MACHINE_WAIT, "the demo", source_ready);
    drop(h);
    let saved = std::fs::read_to_string(config.join("settings.toml")).unwrap();
    assert!(saved.contains("source = \"demo\""), "{saved}");
}

/// The `sajag-index` binary cargo built next to this test.
fn sajag_index_bin() -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    let bin = exe.parent().unwrap().parent().unwrap().join("sajag-index");
    if !bin.exists() {
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        let status = std::process::Command::new(cargo)
            .args(["build", "--bin", "sajag-index"])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .status()
            .unwrap();
        assert!(status.success());
    }
    bin
}

pub(super) struct Server(std::process::Child);

/// `sajag-index serve INDEX ARGS` on a free loopback port: the running server and its URL.
pub(super) fn serve(index: &Path, args: &[&str]) -> (Server, String) {
    use std::io::BufRead;
    let mut child = std::process::Command::new(sajag_index_bin())
        .arg("serve")
        .arg(index)
        .args(["--listen", "127.0.0.1:0"])
        .args(args)
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let server = Server(child);
    let url = line[line.find("http://").expect("the server prints its URL")..]
        .trim()
        .to_owned();
    (server, url)
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Serves `index` with `sajag-index serve`, switches the app to it in Settings, and checks a demo
/// number: the Check screen must say `leaves` before sending, and the number must be found.
fn check_through_server(index: &Path, serve_args: &[&str], leaves: &str) {
    let (_server, url) = serve(index, serve_args);

    let dir = tempfile::tempdir().unwrap();
    let mut h = ready_demo_harness(dir.path());
    h.get_by_label("Settings").click();
    h.run_steps(2);
    h.get_by_label("Index web address").focus();
    h.step();
    h.get_by_label("Index web address").type_text(&url);
    h.step();
    h.get_by_label("Use this address").click();
    wait_for(&mut h, LOADED_MACHINE_WAIT, "the server", |h| {
        source_ready(h) && h.state().source_info().is_some_and(|i| i.is_remote)
    });
    h.get_by_label("Check").click();
    h.run_steps(2);
    type_identifier(&mut h, "6000000002");
    assert!(has_label(&h, leaves), "remote: says what leaves ({leaves})");
    h.get_by_label("Check now").click();
    wait_for(&mut h, LOADED_MACHINE_WAIT, "the result", |h| {
        has_label(h, "Found in")
    });
}

#[test]
fn loopback_server_from_settings() {
    let demo = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/demo/demo.sajag");
    check_through_server(&demo, &[], "only these 5 characters");
}

#[test]
fn blinded_server_is_checked_unchanged_and_the_app_says_what_leaves() {
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("oprf.key");
    let index = dir.path().join("blinded.sajag");
    let run = |args: &[&std::ffi::OsStr]| {
        let o = std::process::Command::new(sajag_index_bin())
            .args(args)
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    };
    run(&["keygen".as_ref(), "--out".as_ref(), key.as_os_str()]);
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/demo/manifest.toml");
    run(&[
        "build".as_ref(),
        manifest.as_os_str(),
        "--out".as_ref(),
        index.as_os_str(),
        "--mode".as_ref(),
        "blinded".as_ref(),
        "--key".as_ref(),
        key.as_os_str(),
    ]);
    check_through_server(&index, &["--key", key.to_str().unwrap()], "blinded values");
}

#[test]
fn hanging_server_gives_error_and_ui_keeps_answering() {
    // Accepts connections and never answers.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for s in listener.incoming().flatten() {
            held.push(s);
        }
    });
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().to_path_buf();
    let timeouts = Timeouts {
        connect: Duration::from_millis(500),
        request: Duration::from_millis(1500),
    };
    let mut h = harness_with(AppState::with_timeouts(Some(config), None, timeouts));
    wait_for(&mut h, LOADED_MACHINE_WAIT, "the demo index", source_ready);
    h.get_by_label("Settings").click();
    h.run_steps(2);
    h.state_mut().url_input = format!("http://{addr}/");
    h.step();
    h.get_by_label("Use this address").click();
    let (frames, slowest) = wait_for(&mut h, LOADED_MACHINE_WAIT, "the error", |h| {
        has_label(h, "The index could not be opened")
    });
    // While the server hung, the UI kept drawing frames, none of them slow.
    assert!(frames > 20, "only {frames} frames while waiting");
    assert!(
        slowest < Duration::from_millis(500),
        "a frame took {slowest:?}"
    );
    assert!(
        has_label(&h, "took too long"),
        "a plain-language timeout message"
    );
    assert!(h.query_by_label("Retry").is_some());
    // The UI still answers: go back to Check.
    h.get_by_label("Check").click();
    h.run_steps(2);
    assert!(h.query_by_label("Mobile number or PAN").is_some());
}

#[test]
fn a_dead_server_is_an_error_and_no_check_starts() {
    let dir = tempfile::tempdir().unwrap();
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    // Closes every connection at once.
    std::thread::spawn(move || {
        for s in listener.incoming().flatten() {
            drop(s);
        }
    });
    let source =
        sajag::lookup::RemoteSource::new(&format!("http://{addr}/"), Arc::default()).unwrap();
    let config = dir.path().to_path_buf();
    let mut h = harness_with(AppState::new(Some(config), Some(Arc::new(source))));
    wait_for(&mut h, LOADED_MACHINE_WAIT, "the error", |h| {
        has_label(h, "The index could not be opened")
    });
    assert!(has_label(&h, "Could not reach the index server"));
    // Checking is not possible while the source is broken.
    type_identifier(&mut h, "+91 98765 43210");
    h.get_by_label("Check now").click();
    h.run_steps(2);
    assert!(h.state().pending.is_none());
}

#[test]
fn cancel_drops_the_late_answer() {
    let dir = tempfile::tempdir().unwrap();
    let ranges = Arc::new(AtomicUsize::new(0));
    let source = CountingSource {
        inner: LocalSource::demo(&sajag::trust::TrustPolicy::default()).unwrap(),
        ranges: ranges.clone(),
        delay: Duration::from_millis(300),
    };
    let mut h = harness_with(AppState::new(
        Some(dir.path().to_path_buf()),
        Some(Arc::new(source)),
    ));
    wait_for(&mut h, LOADED_MACHINE_WAIT, "the source", source_ready);
    type_identifier(&mut h, "+91 98765 43210");
    h.state_mut().apply(super::Command::Check);
    assert!(h.state().pending.is_some());
    h.key_press(egui::Key::Escape);
    h.step();
    assert!(h.state().pending.is_none());
    // Wait past the slow answer: it arrives and is dropped.
    wait_for(&mut h, LOADED_MACHINE_WAIT, "the late answer", |_| {
        ranges.load(Ordering::SeqCst) == 1
    });
    for _ in 0..60 {
        h.step();
        std::thread::sleep(Duration::from_millis(10));
    }
    assert!(matches!(h.state().last_check, Some(CheckResult::Cancelled)));
    assert!(has_label(&h, "Check cancelled."));
}

/// A panic in a background job shows a plain error with Retry, not "Opening…" or a check that
/// never ends; retrying recovers.
#[test]
fn a_panicking_job_becomes_an_error_with_retry() {
    let dir = tempfile::tempdir().unwrap();
    let source = PanicsOnce {
        inner: LocalSource::demo(&sajag::trust::TrustPolicy::default()).unwrap(),
        info_calls: AtomicUsize::new(0),
        range_calls: AtomicUsize::new(0),
    };
    let mut h = harness_with(AppState::new(
        Some(dir.path().to_path_buf()),
        Some(Arc::new(source)),
    ));
    // Describing the source panics: an error and Retry on the Check screen.
    wait_for(&mut h, LOADED_MACHINE_WAIT, "the error", |h| {
        has_label(h, "The index could not be opened")
    });
    assert!(has_label(&h, "Something went wrong inside Sajag"));
    assert_eq!(h.state().screen, super::Screen::Check);
    // Retry opens the source again (the saved one: the demo), which works.
    click(&mut h, "Retry");
    wait_for(&mut h, LOADED_MACHINE_WAIT, "the demo", source_ready);

    // A range lookup that panics: the check ends with an error and "Try again", which works.
    let source = Arc::new(PanicsOnce {
        inner: LocalSource::demo(&sajag::trust::TrustPolicy::default()).unwrap(),
        info_calls: AtomicUsize::new(1),
        range_calls: AtomicUsize::new(0),
    });
    let mut h = harness_with(AppState::new(Some(dir.path().to_path_buf()), Some(source)));
    wait_for(&mut h, LOADED_MACHINE_WAIT, "the source", source_ready);
    check_and_wait(&mut h, "+91 98765 43210");
    assert!(matches!(
        h.state().last_check,
        Some(CheckResult::Failed { .. })
    ));
    h.run_steps(2);
    assert!(has_label(&h, "Something went wrong inside Sajag"));
    click(&mut h, "Try again");
    wait_for(&mut h, LOADED_MACHINE_WAIT, "the result", |h| {
        has_label(h, "Found in 2 breaches")
    });
}

/// Nothing typed reaches the disk or the log.
#[test]
fn privacy_scan_after_a_check() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config");
    let mut h = demo_harness(&config);
    wait_for(&mut h, LOADED_MACHINE_WAIT, "the demo index", source_ready);
    let typed = "+91 98765 43210";
    check_and_wait(&mut h, typed);
    // Tick a step and change a setting, so the settings file is written.
    h.get_all_by_label("Never share an OTP, UPI PIN, CVV or password with anyone who calls, texts or messages you — not even someone who knows your details.")
        .next()
        .unwrap()
        .click();
    h.run_steps(2);
    click(&mut h, "Settings");
    click(&mut h, "Larger text");
    wait_for(&mut h, LOADED_MACHINE_WAIT, "settings saved", |_| {
        config.join("settings.toml").exists()
    });
    drop(h);

    let id = Identifier::parse(typed).unwrap();
    let hashed = HashedId::of(&id);
    let suffix = hashed.suffix().to_string();
    let needles = [
        typed.to_owned(),
        id.canonical().to_owned(),
        id.canonical().trim_start_matches("+91").to_owned(),
        hashed.full_hex().to_lowercase(),
        hashed.full_hex().to_uppercase(),
        suffix.to_uppercase(),
        suffix.to_lowercase(),
    ];
    let mut dirs = vec![config.clone()];
    if let Some(p) = directories::ProjectDirs::from("in", "Sajag", "Sajag") {
        dirs.push(p.cache_dir().to_path_buf());
    }
    let scanned = assert_no_file_contains(dirs, &needles);
    assert!(scanned > 0, "the settings file was scanned");
    for line in DIAG.lock().unwrap().iter() {
        for n in &needles {
            assert!(
                !line.contains(n.as_str()),
                "a log line contains the identifier"
            );
        }
    }
}

/// Every input widget on every screen has an accessible name; Tab moves from the input to the
/// button; text size and theme are settings that persist.
#[test]
fn keyboard_accessibility_and_appearance() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = ready_demo_harness(dir.path());
    type_identifier(&mut h, "+91 98765 43210");
    h.check_accessibility();
    h.key_press(egui::Key::Tab);
    h.run_steps(2);
    assert!(h.get_by_label("How this works").is_focused());
    h.key_press(egui::Key::Tab);
    h.run_steps(2);
    assert!(
        h.get_by_label("Check now").is_focused(),
        "Tab reaches the button"
    );
    h.key_press(egui::Key::Enter);
    wait_for(&mut h, LOADED_MACHINE_WAIT, "the result", |h| {
        has_label(h, "Found in 2 breaches")
    });
    h.run_steps(2);
    h.check_accessibility();
    h.get_by_label("Settings").click();
    h.run_steps(2);
    h.check_accessibility();
    h.get_by_label("Larger text").click();
    h.run_steps(2);
    h.get_by_label("Dark").click();
    h.run_steps(2);
    assert!((h.state().settings.zoom - 1.125).abs() < f32::EPSILON);
    assert!((h.ctx.zoom_factor() - 1.125).abs() < f32::EPSILON);
    wait_for(&mut h, LOADED_MACHINE_WAIT, "settings saved", |_| {
        std::fs::read_to_string(dir.path().join("settings.toml"))
            .is_ok_and(|t| t.contains("zoom = 1.125") && t.contains("theme = \"dark\""))
    });
    // A new app starts with the saved look.
    let again = super::settings::Settings::load(Some(dir.path()));
    assert_eq!(again.theme, super::settings::ThemePref::Dark);
}

/// Answers the save dialog with a fixed path (or as if it was closed), counting the questions.
struct SaveTo(Option<PathBuf>, Arc<AtomicUsize>);

impl super::worker::Dialogs for SaveTo {
    fn pick_index(&self) -> Option<PathBuf> {
        None
    }
    fn save_complaint(&self, file_name: &str) -> Option<PathBuf> {
        assert_eq!(file_name, "complaint-summary.md");
        self.1.fetch_add(1, Ordering::SeqCst);
        self.0.clone()
    }
}

/// Scrolls the first widget labelled `label` into view and clicks it.
pub(super) fn click(h: &mut Harness<'_, AppState>, label: &str) {
    let node = || {
        h.get_all_by_label(label)
            .next()
            .unwrap_or_else(|| panic!("no widget labelled {label}"))
    };
    node().scroll_to_me();
    // Scrolling is animated: let it finish before the click.
    h.run_steps(30);
    h.get_all_by_label(label).next().unwrap().click();
    h.run_steps(2);
}

pub(super) fn type_into(h: &mut Harness<'_, AppState>, label: &str, text: &str) {
    h.get_by_label(label).focus();
    h.step();
    h.get_by_label(label).type_text(text);
    h.run_steps(2);
}

fn article_title(h: &Harness<'_, AppState>, id: &str) -> String {
    h.state().guide.article(id).unwrap().title.clone()
}

#[test]
fn found_result_says_what_it_means_and_opens_the_guide() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = ready_demo_harness(dir.path());
    check_and_wait(&mut h, "+91 98765 43210");
    assert!(has_label(&h, "What this means for you"));
    // The lab-results breach exposed test results; the lookup bot did not expose a PAN.
    assert!(has_label(
        &h,
        "Expect offers of treatment, medicines and tests"
    ));
    assert!(!has_label(&h, "Loans and tax “refunds” in your name"));
    assert!(has_label(
        &h,
        "See every mobile connection in your name on Sanchar Saathi (TAFCOP)"
    ));
    let title = article_title(&h, "callers-who-know-you");
    click(&mut h, &format!("» {title}"));
    assert_eq!(h.state().screen, super::Screen::Guide);
    assert_eq!(h.state().article.as_deref(), Some("callers-who-know-you"));
    for section in [
        "What it looks like",
        "Red flags",
        "If you already paid or shared an OTP or PIN",
        "Report to",
        "Sources",
        "National Cyber Crime Helpline — 1930",
    ] {
        assert!(has_label(&h, section), "the article shows {section}");
    }
    h.check_accessibility();
    click(&mut h, "« All articles");
    assert!(h.state().article.is_none());
    assert!(has_label(&h, "Identity misuse"));
}

#[test]
fn guide_has_every_section_and_searches_the_current_language() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = ready_demo_harness(dir.path());
    click(&mut h, "Scam guide");
    for section in [
        "Calls",
        "Messages and links",
        "Offers and sales",
        "Tests and treatments",
        "Money and payments",
        "Identity misuse",
    ] {
        assert!(has_label(&h, section), "section {section}");
    }
    assert!(h.state().guide.articles.len() >= 14);
    h.check_accessibility();
    type_into(&mut h, "Search the guide", "AnyDesk");
    let remote = article_title(&h, "remote-access-apps");
    let cures = article_title(&h, "miracle-cures");
    assert!(has_label(&h, &remote));
    assert!(!has_label(&h, &cures), "an unrelated article is not listed");
    type_into(&mut h, "Search the guide", " zzqxv");
    assert!(has_label(&h, "No article contains “AnyDesk zzqxv”"));

    // In Hindi, the guide and its search are Hindi.
    click(&mut h, "Settings");
    click(&mut h, "हिन्दी (Hindi)");
    click(&mut h, "ठगी गाइड");
    assert!(h.state().guide_query.contains("AnyDesk"));
    h.state_mut().guide_query = "ऑक्सीजन".into();
    h.run_steps(2);
    let oxygen = article_title(&h, "oxygen-advance-payment");
    assert!(oxygen.chars().any(|c| ('\u{900}'..='\u{97f}').contains(&c)));
    assert!(has_label(&h, &oxygen), "the Hindi search finds {oxygen}");
    h.check_accessibility();
}

pub(super) fn ready_rules(h: &mut Harness<'_, AppState>) {
    wait_for(h, LOADED_MACHINE_WAIT, "the message rules", |h| {
        h.state().rules.is_some()
    });
}

#[test]
fn message_check_tells_a_scam_from_an_otp_delivery_and_keeps_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config");
    let mut h = demo_harness(&config);
    click(&mut h, "Check a message");
    ready_rules(&mut h);
    h.check_accessibility();
    let scam = "Your booster dose slot is confirmed. Share the OTP with our executive to \
                complete registration or your slot will be cancelled today.";
    type_into(&mut h, "Message to check", scam);
    click(&mut h, "Check this message");
    assert!(has_label(&h, "This looks like a scam"));
    let result = h.state().scan.clone().unwrap();
    assert!(!result.flags.is_empty());
    assert!(has_label(&h, "The message, with the warning signs marked"));
    h.check_accessibility();
    // Each flag is explained; one links to its article.
    let flag = result.flags.iter().find(|f| f.article.is_some()).unwrap();
    assert!(has_label(&h, &flag.explanation));
    let title = article_title(&h, flag.article.as_deref().unwrap());
    click(&mut h, &format!("» {title}"));
    assert_eq!(h.state().screen, super::Screen::Guide);

    // Back on the message screen, the text is still there; editing it drops the old verdict.
    click(&mut h, "Check a message");
    assert!(h.state().scan.is_some());
    type_into(&mut h, "Message to check", " ");
    assert!(h.state().scan.is_none());
    click(&mut h, "Clear");
    assert!(h.state().message.is_empty());
    let otp = "482913 is your OTP for login to SBI YONO. Do not share it with anyone. -SBI";
    type_into(&mut h, "Message to check", otp);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Enter);
    h.run_steps(2);
    assert!(has_label(&h, "No red flags found"), "{:?}", h.state().scan);

    // Change a setting so the settings file is written, then look for the messages on disk.
    click(&mut h, "Settings");
    click(&mut h, "Larger text");
    wait_for(&mut h, LOADED_MACHINE_WAIT, "settings saved", |_| {
        config.join("settings.toml").exists()
    });
    drop(h);
    let needles = [
        "Share the OTP with our executive".to_owned(),
        "482913".to_owned(),
    ];
    assert!(assert_no_file_contains(vec![config], &needles) > 0);
    for line in DIAG.lock().unwrap().iter() {
        assert!(!line.contains("482913") && !line.contains("executive"));
    }
}

/// A harness on the Report & help screen whose save dialog answers `save_to`; also returns how
/// often the dialog was shown.
fn help_harness(
    config: &Path,
    save_to: Option<PathBuf>,
) -> (Harness<'static, AppState>, Arc<AtomicUsize>) {
    let asked = Arc::new(AtomicUsize::new(0));
    let dialogs = Arc::new(SaveTo(save_to, asked.clone()));
    let state = AppState::new(Some(config.to_path_buf()), None).with_dialogs(dialogs);
    let mut h = harness_with(state);
    click(&mut h, "Report & help");
    (h, asked)
}

#[test]
fn report_screen_lists_helplines_and_saves_a_complaint_only_where_asked() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config");
    let out = dir.path().join("complaint-summary.md");
    let (mut h, asked) = help_harness(&config, Some(out.clone()));
    for text in [
        "Call 1930",
        "National Cyber Crime Reporting Portal",
        "Chakshu on Sanchar Saathi (Department of Telecommunications)",
        "Know your mobile connections (TAFCOP) on Sanchar Saathi",
        "Block a lost or stolen phone (CEIR) on Sanchar Saathi",
        "incident@cert-in.org.in",
        "webmanager@incometax.gov.in",
        "Prepare a complaint",
    ] {
        assert!(has_label(&h, text), "the screen shows {text}");
    }
    h.check_accessibility();
    // An empty form cannot be saved.
    click(&mut h, "Save as a file…");
    assert_eq!(asked.load(Ordering::SeqCst), 0);
    assert!(!h.state().complaint.saving && h.state().complaint.saved.is_none());

    type_into(
        &mut h,
        "What happened",
        "A caller from the “vaccination team” asked for an OTP.",
    );
    type_into(&mut h, "Amounts lost", "₹4,999");
    type_into(&mut h, "Numbers, links and apps used", "+91 70000 01234");
    click(&mut h, "Save as a file…");
    wait_for(&mut h, LOADED_MACHINE_WAIT, "the saved file", |h| {
        h.state().complaint.saved.is_some()
    });
    assert!(has_label(&h, &format!("Saved to {}", out.display())));
    assert_eq!(asked.load(Ordering::SeqCst), 1);
    let saved = std::fs::read_to_string(&out).unwrap();
    assert!(saved.starts_with("# Complaint summary"));
    assert!(saved.contains("asked for an OTP") && saved.contains("₹4,999"));
    assert!(saved.contains("+91 70000 01234") && saved.contains("1930"));
    // Only the settings are in the config folder (the demo's breach list, written when it
    // opened): no copy of the complaint.
    let needles = [
        "asked for an OTP",
        "₹4,999",
        "70000 01234",
        "vaccination team",
    ]
    .map(String::from);
    assert_no_file_contains(vec![config.clone()], &needles);

    // A closed dialog saves nothing; a folder that does not exist gives a plain error.
    let (mut h, asked) = help_harness(&config, None);
    type_into(&mut h, "What happened", "test");
    click(&mut h, "Save as a file…");
    wait_for(&mut h, LOADED_MACHINE_WAIT, "the closed dialog", |h| {
        !h.state().complaint.saving && asked.load(Ordering::SeqCst) == 1
    });
    assert!(h.state().complaint.saved.is_none());
    let (mut h, _) = help_harness(&config, Some(dir.path().join("no-such-dir/c.md")));
    type_into(&mut h, "What happened", "test");
    click(&mut h, "Save as a file…");
    wait_for(&mut h, LOADED_MACHINE_WAIT, "the failed save", |h| {
        h.state().complaint.saved.is_some()
    });
    assert!(has_label(&h, "The file could not be saved"));
    click(&mut h, "Clear the form");
    assert!(h.state().complaint.form.is_empty());
}

#[test]
fn hindi_throughout_a_found_result() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = ready_demo_harness(dir.path());
    click(&mut h, "Settings");
    click(&mut h, "हिन्दी (Hindi)");
    for tab in ["जांचें", "ठगी गाइड", "मैसेज जांचें", "शिकायत और मदद", "सेटिंग्स"]
    {
        assert!(has_label(&h, tab), "tab {tab}");
    }
    click(&mut h, "जांचें");
    type_into(
        &mut h,
        &Tr::new(Lang::Hi).t("check.input_label"),
        "+91 98765 43210",
    );
    h.key_press(egui::Key::Enter);
    wait_for(&mut h, LOADED_MACHINE_WAIT, "the result", |h| {
        matches!(h.state().last_check, Some(CheckResult::Done { .. }))
    });
    h.run_steps(2);
    assert!(has_label(&h, "आपके लिए इसका मतलब"));
    let risk = h.state().guide.advice.risks[0].heading.clone();
    assert!(risk.chars().any(|c| ('\u{900}'..='\u{97f}').contains(&c)));
    assert!(has_label(&h, &risk));
    h.check_accessibility();
    click(&mut h, "शिकायत और मदद");
    assert!(has_label(&h, "राष्ट्रीय साइबर अपराध हेल्पलाइन — 1930"));
    h.check_accessibility();
    wait_for(&mut h, LOADED_MACHINE_WAIT, "settings saved", |_| {
        std::fs::read_to_string(dir.path().join("settings.toml"))
            .is_ok_and(|t| t.contains("language = \"hi\""))
    });
}

/// Every article opens and draws in every shipped language, and every widget is labelled. (That
/// every character has a glyph is `theme::tests::every_character_sajag_ships_has_a_glyph`: the
/// harness draws a missing one as a box without failing.)
#[test]
fn every_article_draws_in_every_language() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo_harness(dir.path());
    for lang in super::i18n::available() {
        h.state_mut().apply(super::Command::SetLanguage(lang));
        let ids: Vec<String> = h
            .state()
            .guide
            .articles
            .iter()
            .map(|a| a.id.clone())
            .collect();
        assert!(ids.len() >= 14);
        for id in ids {
            h.state_mut().apply(super::Command::OpenArticle(id.clone()));
            h.run_steps(2);
            assert!(has_label(&h, &article_title(&h, &id)));
        }
        h.check_accessibility();
        for screen in [
            super::Screen::Help,
            super::Screen::Message,
            super::Screen::Guide,
        ] {
            h.state_mut().apply(super::Command::CloseArticle);
            h.state_mut().apply(super::Command::Show(screen));
            h.run_steps(2);
        }
    }
}

/// A weak sign alone (here a link shortener) is listed, under a heading that does not call the
/// message clean or a scam.
#[test]
fn a_weak_sign_alone_is_shown_without_alarm() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo_harness(dir.path());
    click(&mut h, "Check a message");
    ready_rules(&mut h);
    type_into(
        &mut h,
        "Message to check",
        "Photos from Sunday's lunch are here: https://bit.ly/3xYzAbc",
    );
    click(&mut h, "Check this message");
    let scan = h.state().scan.clone().unwrap();
    assert_eq!(scan.verdict, sajag::guidance::scan::Verdict::NoRedFlags);
    assert_eq!(scan.flags.len(), 1, "{scan:?}");
    assert!(has_label(&h, "No clear red flags"));
    assert!(!has_label(&h, "No red flags found"));
    assert!(has_label(&h, "Warning signs found: 1"));
}
