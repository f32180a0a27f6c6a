//! Headless tests of the Check-a-message screen's verdict wording (issue #10): no verdict reads
//! as a clean bill, and every verdict says where to report and how to check a number. Kept apart
//! from `tests.rs` so that both can change without conflicts; the helpers are small copies.

use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use super::AppState;

fn harness(config: &std::path::Path) -> Harness<'static, AppState> {
    Harness::builder()
        .with_size(egui::vec2(900.0, 2000.0))
        .with_max_steps(10_000)
        .with_context_setup(super::theme::install_fonts)
        .build_ui_state(
            |ui, state: &mut AppState| state.ui(ui),
            AppState::new(Some(config.to_path_buf()), None),
        )
}

fn has_label(h: &Harness<'_, AppState>, text: &str) -> bool {
    h.query_all_by_label_contains(text).next().is_some()
}

fn click(h: &mut Harness<'_, AppState>, label: &str) {
    h.get_all_by_label(label)
        .next()
        .unwrap_or_else(|| panic!("no widget labelled {label}"))
        .scroll_to_me();
    h.run_steps(30);
    h.get_all_by_label(label).next().unwrap().click();
    h.run_steps(2);
}

/// Opens the message screen, waits for the rules and checks `text`.
fn check(h: &mut Harness<'_, AppState>, text: &str) {
    click(h, "Check a message");
    super::tests::ready_rules(h);
    h.get_by_label("Message to check").focus();
    h.step();
    h.get_by_label("Message to check").type_text(text);
    h.run_steps(2);
    click(h, "Check this message");
}

const REPORT: [&str; 4] = [
    "Report it",
    "Chakshu",
    "call 1930",
    "suspect_search_repository.aspx",
];
const QUESTIONS: [&str; 4] = [
    "Three questions that catch most scams",
    "ask for money, a code",
    "rush or frighten you",
    "real domain",
];

#[test]
fn no_red_flags_is_not_called_safe_and_asks_the_three_questions() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path());
    check(
        &mut h,
        "Reached Pune, the train was late. Will call after dinner.",
    );
    let scan = h.state().scan.clone().expect("a verdict");
    assert_eq!(scan.verdict, sajag::guidance::scan::Verdict::NoRedFlags);
    assert!(scan.flags.is_empty(), "{scan:?}");
    assert!(has_label(&h, "that does not make it safe"));
    assert!(has_label(&h, "cannot see who really sent the message"));
    for want in QUESTIONS.iter().chain(&REPORT) {
        assert!(has_label(&h, want), "{want:?} is not shown");
    }
    h.check_accessibility();
}

#[test]
fn a_scam_verdict_says_where_to_report_without_the_questions() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path());
    check(
        &mut h,
        "Dear customer, your SBI account will be blocked today. Share the OTP with our executive.",
    );
    assert!(has_label(&h, "This looks like a scam"));
    for want in REPORT {
        assert!(has_label(&h, want), "{want:?} is not shown");
    }
    assert!(!has_label(&h, QUESTIONS[0]));
}

#[test]
fn the_no_flags_wording_is_hindi_in_hindi() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path());
    click(&mut h, "Settings");
    click(&mut h, "हिन्दी (Hindi)");
    h.state_mut().screen = super::Screen::Message;
    h.run_steps(2);
    super::tests::ready_rules(&mut h);
    h.state_mut().message = "माँ, मैं ठीक से पहुँच गया, रात को फोन करूँगा।".into();
    h.run_steps(2);
    let button = h.state().tr.t("message.button");
    let texts: Vec<(&str, String)> = [
        "message.verdict_none",
        "message.questions",
        "message.report_title",
        "message.check_title",
    ]
    .into_iter()
    .map(|key| (key, h.state().tr.t(key)))
    .collect();
    click(&mut h, &button);
    for (key, text) in texts {
        assert!(
            text.chars().any(|c| ('\u{900}'..='\u{97f}').contains(&c)),
            "{key} is not Hindi: {text}"
        );
        assert!(has_label(&h, &text), "{key} is not shown");
    }
}

/// The rules (about 18 MB compiled) are compiled only when the Check-a-message screen is shown,
/// and again in the new language when the language changes there.
#[test]
fn the_rules_are_compiled_only_for_the_message_screen() {
    let dir = tempfile::tempdir().unwrap();
    // How long compiling takes here, on a harness that opens the message screen at once.
    let mut timing = harness(dir.path());
    let started = std::time::Instant::now();
    timing.state_mut().screen = super::Screen::Message;
    super::tests::ready_rules(&mut timing);
    let compile_time = started.elapsed();
    drop(timing);
    // Twice that on the Check screen: nothing is compiled.
    let mut h = harness(dir.path());
    let started = std::time::Instant::now();
    while started.elapsed() < compile_time * 2 + std::time::Duration::from_millis(200) {
        h.step();
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert!(h.state().rules.is_none(), "compiled at start");
    assert_eq!(h.state().rules_requested, None);
    click(&mut h, "Check a message");
    super::tests::ready_rules(&mut h);
    assert_eq!(
        h.state().rules.as_ref().map(|r| r.lang()),
        Some(super::Lang::En)
    );
    h.state_mut()
        .apply(super::Command::SetLanguage(super::Lang::Hi));
    h.run_steps(2);
    super::tests::ready_rules(&mut h);
    assert_eq!(
        h.state().rules.as_ref().map(|r| r.lang()),
        Some(super::Lang::Hi)
    );
}
