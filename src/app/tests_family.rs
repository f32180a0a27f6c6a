//! Headless tests of the first start (language from the OS locale, the cursor in the input), of
//! the notice of breaches added since the last visit, and of the Family check.

use std::path::Path;
use std::sync::{Arc, Mutex};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use sajag::hashing::{HashedId, Prefix};
use sajag::identifier::Identifier;
use sajag::index::Entry;
use sajag::lookup::{LocalSource, LookupError, Source, SourceInfo};

use super::family::RowStatus;
use super::i18n::Lang;
use super::tests::{
    LOADED_MACHINE_WAIT, assert_no_file_contains, click, harness_with, has_label,
    ready_demo_harness, serve, source_ready, type_identifier, type_into, wait_for,
};
use super::{AppState, CheckResult};

use super::tests_trust::tamper;

const DEMO: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/demo/demo.sajag");

fn demo() -> LocalSource {
    LocalSource::demo(&sajag::trust::TrustPolicy::default()).unwrap()
}

/// The demo index as an older build would list it: only its first `keep` breaches.
struct OlderDemo {
    inner: LocalSource,
    keep: usize,
}

impl Source for OlderDemo {
    fn info(&self) -> Result<Arc<SourceInfo>, LookupError> {
        let mut info = (*self.inner.info()?).clone();
        info.catalogue.breaches.truncate(self.keep);
        Ok(Arc::new(info))
    }
    fn range(&self, prefix: Prefix) -> Result<Vec<Entry>, LookupError> {
        self.inner.range(prefix)
    }
}

/// The demo index, but the bucket of `prefix` cannot be fetched (a network error on one line),
/// and says so at once, while every other bucket takes `others_wait` (so the error comes first).
struct FailsFor {
    inner: LocalSource,
    prefix: Prefix,
    others_wait: std::time::Duration,
}

impl Source for FailsFor {
    fn info(&self) -> Result<Arc<SourceInfo>, LookupError> {
        self.inner.info()
    }
    fn range(&self, prefix: Prefix) -> Result<Vec<Entry>, LookupError> {
        if prefix == self.prefix {
            return Err(LookupError::Network("connection reset (test)".into()));
        }
        std::thread::sleep(self.others_wait);
        self.inner.range(prefix)
    }
}

fn ready(state: AppState) -> Harness<'static, AppState> {
    let mut h = harness_with(state);
    wait_for(&mut h, LOADED_MACHINE_WAIT, "the index", source_ready);
    h.run_steps(2);
    h
}

fn input_is_focused(h: &Harness<'_, AppState>, label: &str) -> bool {
    h.get_by_label(label).is_focused()
}

#[test]
fn first_start_follows_the_os_locale_and_a_saved_language_wins() {
    // No settings file, a Hindi locale: Hindi, with the cursor in the input.
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("hindi");
    let h = ready(AppState::with_locale(
        Some(config.clone()),
        None,
        Some("hi_IN.UTF-8"),
    ));
    assert_eq!(h.state().tr.lang(), Lang::Hi);
    assert!(has_label(&h, "क्या मेरा नंबर या PAN किसी लीक में है?"));
    assert!(input_is_focused(&h, "मोबाइल नंबर या PAN"));
    drop(h);

    // A locale Sajag has no language for (Urdu): English, also focused.
    let h = ready(AppState::with_locale(
        Some(dir.path().join("urdu")),
        None,
        Some("ur-IN"),
    ));
    assert!(has_label(&h, "Is my number or PAN in a leak?"));
    assert!(input_is_focused(&h, "Mobile number or PAN"));
    drop(h);

    // Tamil, in its own words.
    let h = ready(AppState::with_locale(
        Some(dir.path().join("tamil")),
        None,
        Some("ta_IN.UTF-8"),
    ));
    let tamil = super::i18n::Tr::new(Lang::Ta);
    assert_eq!(h.state().tr.lang(), Lang::Ta);
    assert!(has_label(&h, &tamil.t("check.heading")));
    assert!(input_is_focused(&h, &tamil.t("check.input_label")));
    drop(h);

    // A saved English setting wins over a Hindi locale.
    let saved = dir.path().join("saved");
    std::fs::create_dir_all(&saved).unwrap();
    std::fs::write(saved.join("settings.toml"), "language = \"en\"\n").unwrap();
    let h = ready(AppState::with_locale(Some(saved), None, Some("hi-IN")));
    assert_eq!(h.state().tr.lang(), Lang::En);
    assert!(has_label(&h, "Is my number or PAN in a leak?"));
}

/// The settings file's remembered breach list for `demo`.
fn seen_in_file(config: &Path) -> Option<Vec<String>> {
    let text = std::fs::read_to_string(config.join("settings.toml")).ok()?;
    super::settings::Settings::load(Some(config))
        .seen_breaches
        .get("demo")
        .cloned()
        .filter(|_| text.contains("seen_breaches"))
}

/// Runs `h` until the settings file remembers `want` for the demo index.
fn wait_saved(h: &mut Harness<'_, AppState>, config: &Path, want: &[String]) {
    wait_for(h, LOADED_MACHINE_WAIT, "the list saved", |_| {
        seen_in_file(config).as_deref() == Some(want)
    });
}

fn demo_slugs() -> Vec<String> {
    super::news::slugs(&demo().info().unwrap().catalogue)
}

fn demo_titles() -> Vec<String> {
    demo()
        .info()
        .unwrap()
        .catalogue
        .breaches
        .iter()
        .map(|b| b.title.clone())
        .collect()
}

fn notice_shown(h: &Harness<'_, AppState>) -> bool {
    has_label(h, "since you last checked")
}

/// Opens the app on `source` (the embedded demo when `None`) with the settings in `config`.
fn open(config: &Path, source: Option<Arc<dyn Source>>) -> Harness<'static, AppState> {
    ready(AppState::new(Some(config.to_path_buf()), source))
}

#[test]
fn breaches_added_to_the_index_are_noticed_until_checked_or_dismissed() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config");
    let older = |keep| -> Option<Arc<dyn Source>> {
        Some(Arc::new(OlderDemo {
            inner: demo(),
            keep,
        }))
    };
    let (slugs, titles) = (demo_slugs(), demo_titles());

    // First visit: nothing to compare with, no notice; the list is remembered.
    let h = open(&config, older(1));
    assert!(!notice_shown(&h));
    wait_saved(&mut { h }, &config, &slugs[..1]);

    // The index gained two breaches: the notice names them.
    let mut h = open(&config, None);
    let expected = format!(
        "2 breaches were added since you last checked: {}, {}",
        titles[1], titles[2]
    );
    assert!(has_label(&h, &expected), "{expected}");
    // Check again with an empty box: the cursor goes to the input; the notice stays.
    click(&mut h, "Check again");
    assert!(input_is_focused(&h, "Mobile number or PAN"));
    assert!(notice_shown(&h));
    // With a number typed, Check again checks it; the check completing counts as seen.
    type_identifier(&mut h, "9999999999");
    click(&mut h, "Check again");
    wait_for(&mut h, LOADED_MACHINE_WAIT, "the result", |h| {
        matches!(h.state().last_check, Some(CheckResult::Done { .. }))
    });
    click(&mut h, "Check another");
    assert!(!notice_shown(&h));
    wait_saved(&mut h, &config, &slugs);
    drop(h);

    // Same catalogue: no notice.
    let h = open(&config, None);
    assert!(!notice_shown(&h));
    drop(h);

    // An older build (breaches lost) is remembered silently; the full one then shows one added
    // breach, until it is dismissed.
    let h = open(&config, older(2));
    assert!(!notice_shown(&h));
    wait_saved(&mut { h }, &config, &slugs[..2]);
    let mut h = open(&config, None);
    let expected = format!("1 breach was added since you last checked: {}", titles[2]);
    assert!(has_label(&h, &expected), "{expected}");
    click(&mut h, "Dismiss");
    assert!(!notice_shown(&h));
    wait_saved(&mut h, &config, &slugs);
    drop(h);
    let h = open(&config, None);
    assert!(!notice_shown(&h));
}

#[test]
fn the_notice_in_hindi() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config");
    std::fs::create_dir_all(&config).unwrap();
    let slugs = demo_slugs();
    std::fs::write(
        config.join("settings.toml"),
        format!(
            "language = \"hi\"\n\n[seen_breaches]\ndemo = [{:?}]\n",
            slugs[0]
        ),
    )
    .unwrap();
    let h = open(&config, None);
    let titles = demo_titles();
    let expected = format!(
        "पिछली बार के बाद 2 नए लीक जुड़े हैं: {}, {}",
        titles[1], titles[2]
    );
    assert!(has_label(&h, &expected), "{expected}");
    assert!(h.query_by_label("फिर से जांचें").is_some());
    assert!(h.query_by_label("ठीक है, छिपाएं").is_some());
}

/// Types `lines` into the Family check box and checks them all; waits for every answer.
fn family_check(h: &mut Harness<'_, AppState>, lines: &str) {
    click(h, "Family check");
    type_into(h, "Numbers and PANs, one per line", lines);
    assert_eq!(
        h.state().family.input,
        lines,
        "the box holds what was typed"
    );
    click(h, "Check all");
    wait_for(h, LOADED_MACHINE_WAIT, "every line", |h| {
        !h.state().family.rows.is_empty() && !h.state().family.busy()
    });
    h.run_steps(2);
}

#[test]
fn family_check_of_found_not_found_and_invalid_lines() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config");
    let mut h = ready_demo_harness(&config);
    let lines = "+91 98765 43210\n\n9999999999\n98765 4321\nabcpe1234f\n98765-43210\n";
    family_check(&mut h, lines);
    let rows = &h.state().family.rows;
    assert_eq!(
        rows.len(),
        4,
        "blank ignored, the repeated number checked once"
    );
    assert!(has_label(&h, "Line 1, 6: +91 98XXX XX210"));
    assert!(has_label(&h, "Found in 2 breaches"));
    assert!(has_label(&h, "DEMO: COVID test-lab results leak"));
    assert!(has_label(&h, "Line 3: +91 99XXX XX999"));
    assert!(has_label(&h, "Not found in the 3 breaches"));
    assert!(has_label(&h, "Line 4"));
    assert!(has_label(&h, "9 digits — a mobile number has 10."));
    assert!(has_label(&h, "Line 5: ABCPE****F"));
    assert!(has_label(&h, "Found in 1 breach"));
    assert!(matches!(rows[2].status, RowStatus::Invalid(_)));
    h.check_accessibility();

    // More than 10 different lines: the 11th and later are named and not checked.
    click(&mut h, "Clear all");
    let many = (0..12)
        .map(|n| format!("60000000{n:02}"))
        .collect::<Vec<_>>()
        .join("\n");
    family_check(&mut h, &many);
    assert_eq!(h.state().family.rows.len(), 10);
    assert!(has_label(&h, "Not checked, over the limit: line 11, 12."));

    // Leaving the screen empties the box.
    click(&mut h, "Check");
    assert!(h.state().family.input.is_empty());
    wait_for(&mut h, LOADED_MACHINE_WAIT, "every settings save", |h| {
        *h.state().settings_saved.lock().unwrap() == h.state().settings_seq
    });
    drop(h);

    // Nothing typed or derived from it is on disk.
    let mut needles = Vec::new();
    let typed_lines: Vec<&str> = lines.lines().chain(many.lines()).collect();
    for typed in typed_lines
        .into_iter()
        .filter(|l| Identifier::parse(l).is_ok())
    {
        let id = Identifier::parse(typed).unwrap();
        let hashed = HashedId::of(&id);
        needles.extend([
            typed.to_owned(),
            id.canonical().to_owned(),
            id.canonical().trim_start_matches("+91").to_owned(),
            hashed.full_hex().to_lowercase(),
            hashed.full_hex().to_uppercase(),
            hashed.prefix().to_string().to_lowercase(),
            hashed.prefix().to_string().to_uppercase(),
        ]);
    }
    needles.push("98765 4321".to_owned());
    assert!(assert_no_file_contains(vec![config], &needles) > 0);
}

#[test]
fn an_error_on_one_line_is_its_own_and_never_not_found() {
    let dir = tempfile::tempdir().unwrap();
    let failing = Identifier::parse("6000000002").unwrap();
    let source = FailsFor {
        inner: demo(),
        prefix: HashedId::of(&failing).prefix(),
        others_wait: std::time::Duration::from_millis(300),
    };
    let mut h = ready(AppState::new(
        Some(dir.path().to_path_buf()),
        Some(Arc::new(source)),
    ));
    family_check(&mut h, "6000000002\n+91 98765 43210\n9999999999\n");
    let rows = &h.state().family.rows;
    assert!(matches!(rows[0].status, RowStatus::Failed(_)));
    assert!(matches!(rows[1].status, RowStatus::Done(ref o) if o.found()));
    assert!(matches!(rows[2].status, RowStatus::Done(ref o) if !o.found()));
    assert!(has_label(&h, "The check could not be completed"));
    assert!(has_label(&h, "This is not a “not found”"));
    assert_eq!(
        h.query_all_by_label("Not found").count(),
        1,
        "only the line that was checked says not found"
    );
}

#[test]
fn family_check_through_a_server_sends_only_each_lines_prefix() {
    let (_server, upstream) = serve(Path::new(DEMO), &[]);
    let proxy = tamper::TamperProxy::start(&upstream);
    let paths: Arc<Mutex<Vec<String>>> = Arc::default();
    let seen = Arc::clone(&paths);
    proxy.set(move |path: &str, body: Vec<u8>| {
        seen.lock().unwrap().push(path.to_owned());
        body
    });
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(
        config.join("settings.toml"),
        format!("source = {:?}\n", proxy.url),
    )
    .unwrap();
    let mut h = ready(AppState::new(Some(config.clone()), None));
    assert!(h.state().source_info().is_some_and(|i| i.is_remote));
    let typed = ["+91 98765 43210", "9999999999", "ABCPE1234F", "6000000002"];
    let lines = format!("{}\n98765 4321\n{}\n", typed.join("\n"), typed[0]);
    paths.lock().unwrap().clear();
    family_check(&mut h, &lines);
    assert!(has_label(&h, "only its own 5 characters are sent"));
    assert!(
        h.state()
            .family
            .rows
            .iter()
            .all(|r| !matches!(r.status, RowStatus::Failed(_) | RowStatus::Checking)),
        "every valid line was answered"
    );

    let ids: Vec<_> = typed
        .iter()
        .map(|t| Identifier::parse(t).unwrap())
        .collect();
    let mut expected: Vec<String> = ids
        .iter()
        .map(|id| HashedId::of(id).prefix().to_string())
        .collect();
    expected.sort();
    let sent = paths.lock().unwrap().clone();
    let mut asked: Vec<String> = sent
        .iter()
        .filter(|p| p.contains("/range/"))
        .map(|p| p.rsplit('/').next().unwrap().to_owned())
        .collect();
    asked.sort();
    assert_eq!(
        asked, expected,
        "one bucket per different valid line: {sent:?}"
    );
    for id in &ids {
        let hashed = HashedId::of(id);
        for needle in [
            id.canonical().to_owned(),
            id.canonical().trim_start_matches("+91").to_owned(),
            hashed.full_hex().to_lowercase(),
            hashed.suffix().to_string().to_lowercase(),
        ] {
            for p in &sent {
                assert!(!p.to_lowercase().contains(&needle.to_lowercase()), "{p}");
            }
        }
    }
}
