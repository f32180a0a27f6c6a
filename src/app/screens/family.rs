//! The Family check screen: up to 10 numbers or PANs, one per line, each shown masked with its
//! own answer: found (with the breaches' titles), not found, not a number or PAN, or its error.

use eframe::egui;

use super::super::family::{self, MAX_ROWS, Row, RowStatus};
use super::super::{AppState, Command, SourceState, a11y, theme};

pub fn ui(state: &mut AppState, ui: &mut egui::Ui) {
    a11y::title(ui, state.tr.t("family.heading"));
    ui.label(state.tr.t("family.intro"));
    ui.add_space(10.0);

    let label = ui.label(egui::RichText::new(state.tr.t("family.input_label")).strong());
    let busy = state.family.busy();
    let hint = state.tr.t("family.input_hint");
    ui.add_enabled(
        !busy,
        egui::TextEdit::multiline(&mut state.family.input)
            .hint_text(hint)
            .desired_rows(6)
            .desired_width(f32::INFINITY)
            .font(egui::TextStyle::Monospace),
    )
    .labelled_by(label.id);

    let plan = family::plan(&state.family.input);
    if !plan.not_checked.is_empty() {
        ui.colored_label(
            theme::warn_color(ui),
            state.tr.f(
                "family.too_many",
                &[
                    ("max", &MAX_ROWS.to_string()),
                    ("lines", &family::line_list(&plan.not_checked)),
                ],
            ),
        );
    }
    let leaves = if state.source_info().is_some_and(|i| i.is_remote) {
        state.tr.t("family.leaves_remote")
    } else {
        state.tr.t("family.leaves_local")
    };
    ui.label(egui::RichText::new(leaves).weak());

    ui.add_space(8.0);
    let ready = matches!(state.source, SourceState::Ready { .. });
    let can_check = ready && !busy && !plan.rows.is_empty();
    ui.horizontal(|ui| {
        let button = egui::Button::new(
            egui::RichText::new(state.tr.t("family.button"))
                .strong()
                .color(egui::Color32::WHITE),
        )
        .fill(if can_check {
            theme::accent()
        } else {
            ui.visuals().widgets.inactive.weak_bg_fill
        });
        if ui.add_enabled(can_check, button).clicked() {
            state.commands.push(Command::CheckFamily);
        }
        if ui.button(state.tr.t("family.clear")).clicked() {
            state.commands.push(Command::ClearFamily);
        }
        if busy {
            ui.spinner();
            ui.label(state.tr.t("check.checking"));
        }
    });

    if !state.family.rows.is_empty() {
        ui.add_space(12.0);
        super::section(ui, &state.tr.t("family.results"));
        for row in &state.family.rows {
            ui.add_space(6.0);
            row_card(state, ui, row);
        }
        if !state.family.not_checked.is_empty() {
            ui.colored_label(
                theme::warn_color(ui),
                state.tr.f(
                    "family.not_checked",
                    &[("lines", &family::line_list(&state.family.not_checked))],
                ),
            );
        }
        ui.add_space(6.0);
        ui.label(
            egui::RichText::new(state.tr.t("family.kept"))
                .small()
                .weak(),
        );
    }

    ui.add_space(16.0);
    ui.separator();
    super::source_line(state, ui);
}

/// One row: its line number(s), masked value, and answer.
fn row_card(state: &AppState, ui: &mut egui::Ui, row: &Row) {
    let tr = &state.tr;
    let lines = family::line_list(&row.lines);
    let head = match &row.masked {
        Some(masked) => tr.f("family.row", &[("lines", &lines), ("masked", masked)]),
        None => tr.f("family.row_invalid", &[("lines", &lines)]),
    };
    super::card(ui, |ui| {
        ui.label(egui::RichText::new(head).strong());
        match &row.status {
            RowStatus::Checking => {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label(tr.t("check.checking"));
                });
            }
            RowStatus::Invalid(e) => {
                ui.colored_label(theme::warn_color(ui), super::check::error_text(tr, e));
            }
            RowStatus::Failed(error) => {
                ui.colored_label(
                    theme::warn_color(ui),
                    tr.f("check.error", &[("message", &error.to_string())]),
                );
                ui.label(tr.t("family.error_note"));
            }
            RowStatus::Done(outcome) if outcome.found() => {
                let found = tr.count("result.found", outcome.breaches.len());
                ui.colored_label(theme::warn_color(ui), egui::RichText::new(found).strong());
                for b in &outcome.breaches {
                    ui.horizontal_wrapped(|ui| {
                        ui.label(format!("• {} ({})", b.title, b.date));
                        if b.synthetic {
                            super::demo_badge(state, ui);
                        }
                    });
                }
            }
            RowStatus::Done(outcome) => {
                ui.colored_label(
                    theme::ok_color(ui),
                    egui::RichText::new(tr.t("result.not_found")).strong(),
                );
                ui.label(tr.count(
                    "family.not_found_text",
                    outcome.source.catalogue.breaches.len(),
                ));
            }
        }
    });
}
