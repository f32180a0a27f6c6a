//! The Check screen's notice of breaches added to the index since the app last opened it
//! ([`super::super::news`]), with "Check again" and "Dismiss".

use eframe::egui;

use super::super::{AppState, Command, theme};

/// Draws the notice, if there is one.
pub fn notice(state: &mut AppState, ui: &mut egui::Ui) {
    if state.new_breaches.is_empty() {
        return;
    }
    let titles = state.new_breaches.join(", ");
    let text = state.tr.count_with(
        "news.added",
        state.new_breaches.len(),
        &[("titles", &titles)],
    );
    let note = state.tr.t("news.note");
    let again = state.tr.t("news.check_again");
    let dismiss = state.tr.t("news.dismiss");
    super::card(ui, |ui| {
        ui.colored_label(theme::warn_color(ui), egui::RichText::new(text).strong());
        ui.label(note);
        ui.horizontal(|ui| {
            if ui.button(again).clicked() {
                state.commands.push(Command::CheckAgain);
            }
            if ui.button(dismiss).clicked() {
                state.commands.push(Command::DismissNews);
            }
        });
    });
    ui.add_space(10.0);
}
