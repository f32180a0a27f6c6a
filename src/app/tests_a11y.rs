//! Headless tests of what a screen reader is told (issue #13, item 6; `a11y.rs`): the window is
//! named, the result takes the focus as a heading, screens expose headings, and no focusable
//! object is without a name. `tests/a11y/run.sh` checks the same over a real AT-SPI bus; these
//! catch a regression in `cargo test`.

use eframe::egui;
use egui::accesskit::{Action, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

use super::AppState;
use super::tests::{
    LOADED_MACHINE_WAIT, click, harness_with, has_label, ready_rules, source_ready,
    type_identifier, type_into, wait_for,
};

/// What a screen reader says for a node: a label's text is its value, anything else has a label.
fn name(node: &egui_kittest::kittest::AccessKitNode<'_>) -> String {
    let name = if node.role() == Role::Label {
        node.value()
    } else {
        node.label()
    };
    name.unwrap_or_default().trim().to_owned()
}

/// Every object Tab or a screen reader can focus that has no name (role and place).
fn unnamed_focusable(h: &Harness<'_, AppState>) -> Vec<String> {
    h.root()
        .children_recursive()
        .map(|n| n.accesskit_node())
        .filter(|n| n.data().supports_action(Action::Focus) && name(n).is_empty())
        .map(|n| format!("{:?} at {:?}", n.role(), n.raw_bounds()))
        .collect()
}

fn headings(h: &Harness<'_, AppState>) -> Vec<String> {
    h.query_all_by_role(Role::Heading)
        .map(|n| name(&n.accesskit_node()))
        .collect()
}

fn assert_all_named(h: &Harness<'_, AppState>, screen: &str) {
    let unnamed = unnamed_focusable(h);
    assert!(
        unnamed.is_empty(),
        "{screen}: focusable objects without a name: {unnamed:#?}"
    );
}

/// Enter on a found number: the verdict heading has the focus (what a screen reader reads out);
/// the window is named; the Result, article and message screens have headings and no unnamed
/// focusable object (a wrapped link used to add one per extra line).
#[test]
fn the_result_is_announced_and_nothing_focusable_is_unnamed() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_with(AppState::new(Some(dir.path().to_path_buf()), None));
    wait_for(&mut h, LOADED_MACHINE_WAIT, "the demo index", source_ready);
    assert_eq!(h.root().accesskit_node().label().as_deref(), Some("Sajag"));
    assert!(headings(&h).contains(&"Is my number or PAN in a leak?".to_owned()));
    assert_all_named(&h, "Check");

    type_identifier(&mut h, "+91 98765 43210");
    h.key_press(egui::Key::Enter);
    wait_for(&mut h, LOADED_MACHINE_WAIT, "the result", |h| {
        has_label(h, "Found in 2 breaches")
    });
    h.run_steps(2);
    let verdict = h.get_by_role_and_label(Role::Heading, "Found in 2 breaches");
    assert!(verdict.is_focused(), "the verdict has the focus");
    let found = headings(&h);
    assert!(
        found.contains(&"Result for +91 98XXX XX210".to_owned()),
        "{found:?}"
    );
    assert!(
        found.iter().any(|t| t.starts_with("DEMO: COVID test-lab")),
        "{found:?}"
    );
    assert_all_named(&h, "Result");
    // Tab moves on from the verdict to the next control.
    h.key_press(egui::Key::Tab);
    h.run_steps(2);
    assert!(
        !h.get_by_role_and_label(Role::Heading, "Found in 2 breaches")
            .is_focused()
    );

    let title = h
        .state()
        .guide
        .article("callers-who-know-you")
        .unwrap()
        .title
        .clone();
    click(&mut h, &format!("» {title}"));
    assert!(
        headings(&h).contains(&title),
        "the article's title is a heading"
    );
    assert!(headings(&h).contains(&"Red flags".to_owned()));
    assert_all_named(&h, "Guide article");

    click(&mut h, "Check a message");
    ready_rules(&mut h);
    type_into(
        &mut h,
        "Message to check",
        "Your KYC is pending and your account is blocked today. Share the OTP at http://bit.ly/x",
    );
    click(&mut h, "Check this message");
    assert!(
        h.get_by_role_and_label(Role::Heading, "This looks like a scam")
            .is_focused(),
        "the message's verdict has the focus"
    );
    assert_all_named(&h, "Message");

    click(&mut h, "Report & help");
    assert_all_named(&h, "Help");
}
