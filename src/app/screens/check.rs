//! The Check screen: one input for a mobile number or PAN, live feedback on what it is, exactly
//! what a check would send, and the check itself (Enter or the button; a spinner; cancel).

use eframe::egui;
use sajag::hashing::HashedId;
use sajag::identifier::{Identifier, Kind};

use super::super::{AppState, CheckResult, Command, SourceState, theme};

pub fn ui(state: &mut AppState, ui: &mut egui::Ui) {
    ui.heading(state.tr.t("check.heading"));
    ui.label(state.tr.t("check.intro"));
    ui.add_space(10.0);

    let label = ui.label(egui::RichText::new(state.tr.t("check.input_label")).strong());
    let hint = state.tr.t("check.input_hint");
    let busy = state.pending.is_some();
    let edit = ui.add_enabled(
        !busy,
        egui::TextEdit::singleline(&mut state.input)
            .hint_text(hint)
            .desired_width(f32::INFINITY)
            .font(egui::TextStyle::Heading)
            .margin(egui::Margin::symmetric(8, 6)),
    );
    let edit = edit.labelled_by(label.id);
    if std::mem::take(&mut state.focus_input) {
        edit.request_focus();
    }
    let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));

    let parsed = if state.input.trim().is_empty() {
        None
    } else {
        Some(Identifier::parse(&state.input))
    };
    ui.add_space(6.0);
    match &parsed {
        None => {}
        Some(Err(e)) => {
            ui.colored_label(theme::warn_color(ui), e.to_string());
        }
        Some(Ok(id)) => feedback(state, ui, id),
    }

    ui.add_space(8.0);
    let valid = matches!(parsed, Some(Ok(_)));
    let ready = matches!(state.source, SourceState::Ready { .. });
    ui.horizontal(|ui| {
        if busy {
            ui.spinner();
            ui.label(state.tr.t("check.checking"));
            if ui.button(state.tr.t("check.cancel")).clicked() {
                state.commands.push(Command::CancelCheck);
            }
        } else {
            let check = ui.add_enabled(
                valid && ready,
                egui::Button::new(
                    egui::RichText::new(state.tr.t("check.button"))
                        .strong()
                        .color(egui::Color32::WHITE),
                )
                .fill(if valid && ready {
                    theme::accent()
                } else {
                    ui.visuals().widgets.inactive.weak_bg_fill
                }),
            );
            if check.clicked() || (enter && valid && ready) {
                state.commands.push(Command::Check);
            }
            if ui.button(state.tr.t("check.clear")).clicked() {
                state.commands.push(Command::ClearInput);
            }
        }
    });
    ui.label(egui::RichText::new(state.tr.t("check.keys")).small().weak());

    match &state.last_check {
        Some(CheckResult::Failed { message }) => {
            ui.add_space(8.0);
            let text = state.tr.f("check.error", &[("message", message)]);
            let note = state.tr.t("check.error_note");
            let retry = state.tr.t("check.retry");
            super::card(ui, |ui| {
                ui.colored_label(theme::warn_color(ui), text);
                ui.label(note);
                if ui
                    .add_enabled(valid && ready, egui::Button::new(retry))
                    .clicked()
                {
                    state.commands.push(Command::Check);
                }
            });
        }
        Some(CheckResult::Cancelled) => {
            ui.label(state.tr.t("check.cancelled"));
        }
        _ => {}
    }

    ui.add_space(16.0);
    ui.separator();
    super::source_line(state, ui);
}

/// What the input is, masked, and exactly what a check sends.
fn feedback(state: &mut AppState, ui: &mut egui::Ui, id: &Identifier) {
    let masked = id.masked();
    let (kind_text, thing) = match id.kind() {
        Kind::Mobile => (
            state.tr.f("check.kind_mobile", &[("masked", &masked)]),
            state.tr.t("check.thing_mobile"),
        ),
        Kind::Pan => {
            let holder = id
                .pan_holder()
                .map(sajag::identifier::PanHolder::describe)
                .unwrap_or_default();
            (
                state.tr.f(
                    "check.kind_pan",
                    &[("masked", &masked), ("holder", &holder)],
                ),
                state.tr.t("check.thing_pan"),
            )
        }
    };
    let prefix = HashedId::of(id).prefix().to_string();
    let remote = state.source_info().filter(|i| i.is_remote);
    let leaves = if let Some(info) = remote {
        let key = if info.manifest.mode == sajag::index::Mode::Blinded {
            "check.leaves_blinded"
        } else {
            "check.leaves_remote"
        };
        state.tr.f(key, &[("prefix", &prefix), ("thing", &thing)])
    } else {
        state.tr.f("check.leaves_local", &[("prefix", &prefix)])
    };
    ui.colored_label(theme::ok_color(ui), egui::RichText::new(kind_text).strong());
    egui::Frame::new()
        .stroke(egui::Stroke::new(1.0, theme::ok_color(ui)))
        .corner_radius(6.0)
        .inner_margin(egui::Margin::symmetric(10, 6))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(leaves);
        });
    let how = state.tr.t("check.how_link");
    if ui.link(how).clicked() {
        state.commands.push(Command::ToggleHowItWorks);
    }
    if state.show_how {
        let text = state.tr.t("check.how_text");
        super::card(ui, |ui| ui.label(text));
    }
}
