//! The Check screen: one input for a mobile number or PAN, live feedback on what it is, exactly
//! what a check would send, and the check itself (Enter or the button; a spinner; cancel).

use eframe::egui;
use sajag::hashing::HashedId;
use sajag::identifier::{Identifier, IdentifierError, Kind, PanHolder};

use super::super::i18n::Tr;
use super::super::{AppState, CheckResult, Command, SourceState, a11y, theme};

pub fn ui(state: &mut AppState, ui: &mut egui::Ui) {
    a11y::title(ui, state.tr.t("check.heading"));
    ui.label(state.tr.t("check.intro"));
    ui.add_space(10.0);
    super::news::notice(state, ui);

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
            ui.colored_label(theme::warn_color(ui), error_text(&state.tr, e));
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
        Some(CheckResult::Failed { error, retry_at }) => {
            let (error, retry_at) = (std::sync::Arc::clone(error), *retry_at);
            failed(state, ui, &error, retry_at, valid && ready);
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
                .map(|h| holder_text(&state.tr, h))
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

/// Why the input is not a mobile number or PAN, in the interface language.
pub(super) fn error_text(tr: &Tr, e: &IdentifierError) -> String {
    let key = format!("id_error.{}", e.reason());
    match e {
        IdentifierError::TooFewDigits(n)
        | IdentifierError::TooManyDigits(n)
        | IdentifierError::PanLength(n) => tr.count(&key, *n),
        IdentifierError::BadCharacter(c) | IdentifierError::PanCharacter(c) => {
            tr.f(&key, &[("char", &c.to_string())])
        }
        IdentifierError::PanShape { position, expected } => {
            let expected = tr.t(if *expected == "letter" {
                "id_error.a_letter"
            } else {
                "id_error.a_digit"
            });
            tr.f(
                &key,
                &[("position", &position.to_string()), ("expected", &expected)],
            )
        }
        _ => tr.t(&key),
    }
}

/// Who holds a PAN, by its 4th letter, in the interface language.
fn holder_text(tr: &Tr, holder: PanHolder) -> String {
    if let PanHolder::Unknown(c) = holder {
        tr.f("holder.unknown", &[("letter", &c.to_string())])
    } else {
        let letter = holder.letter().unwrap_or('?');
        tr.t(&format!("holder.{letter}"))
    }
}

/// A check that failed: what went wrong, that it is not a "not found", and Try again — which waits
/// as long as a server that limits its rate asked.
fn failed(
    state: &mut AppState,
    ui: &mut egui::Ui,
    error: &sajag::lookup::LookupError,
    retry_at: Option<std::time::Instant>,
    can_check: bool,
) {
    ui.add_space(8.0);
    let text = state
        .tr
        .f("check.error", &[("message", &error.to_string())]);
    let note = state.tr.t("check.error_note");
    let retry = state.tr.t("check.retry");
    let wait_s = retry_at
        .map(|at| at.saturating_duration_since(std::time::Instant::now()))
        .filter(|d| !d.is_zero())
        .map(|d| d.as_secs() + 1);
    let announce = std::mem::take(&mut state.announce);
    super::card(ui, |ui| {
        let text = egui::RichText::new(text).color(theme::warn_color(ui));
        a11y::focused_heading(ui, text, 2, announce);
        ui.label(note);
        if let Some(s) = wait_s {
            ui.label(state.tr.f("check.retry_in", &[("seconds", &s.to_string())]));
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_millis(500));
        }
        if ui
            .add_enabled(can_check && wait_s.is_none(), egui::Button::new(retry))
            .clicked()
        {
            state.commands.push(Command::Check);
        }
    });
}

#[cfg(test)]
mod tests {
    use super::super::super::i18n::{Lang, Tr};
    use super::*;

    /// Every reason an input is refused, and every holder type, reads well in every language.
    #[test]
    fn every_error_and_holder_is_translated() {
        let inputs = [
            "",
            "98765abc10",
            "98765#43210",
            "98765",
            "9876543210123",
            "+44 7700 900123",
            "5876543210",
            "011 2345 6789",
            "ABCPE1234",
            "ABCPE1234Ä",
            "ABCP11234F",
        ];
        let errors: Vec<_> = inputs
            .iter()
            .filter_map(|i| Identifier::parse(i).err())
            .collect();
        let reasons: std::collections::BTreeSet<_> =
            errors.iter().map(IdentifierError::reason).collect();
        assert!(reasons.len() >= 9, "{reasons:?}");
        for lang in crate::app::i18n::available() {
            let tr = Tr::new(lang);
            for e in &errors {
                let text = error_text(&tr, e);
                assert!(!text.contains('⚠') && !text.contains('{'), "{text}");
                if lang == Lang::En {
                    assert_eq!(text, e.to_string(), "the app says what the library says");
                }
            }
            for c in 'A'..='Z' {
                let pan = Identifier::parse(&format!("ABC{c}E1234F")).unwrap();
                let holder = pan.pan_holder().unwrap();
                let text = holder_text(&tr, holder);
                assert!(!text.contains('⚠') && !text.contains('{'), "{text}");
                if lang == Lang::En {
                    assert_eq!(text, holder.describe(), "the app says what the CLI says");
                }
            }
        }
    }
}
