//! The Report & help screen: whom to call or write to, by situation (money lost first), and
//! "Prepare a complaint" — a form whose summary is saved where the person chooses. Nothing is sent.

use eframe::egui;
use sajag::guidance::Group;

use super::super::{AppState, Command, a11y, theme};

pub fn ui(state: &mut AppState, ui: &mut egui::Ui) {
    a11y::title(ui, state.tr.t("help.heading"));
    ui.label(state.tr.t("help.intro"));
    for group in Group::ALL {
        let ids: Vec<String> = state
            .guide
            .contacts_in(group)
            .map(|c| c.id.clone())
            .collect();
        if ids.is_empty() {
            continue;
        }
        super::section(ui, &state.tr.t(&format!("help.group.{}", group.code())));
        for id in &ids {
            super::contact_card(state, ui, id, true);
            ui.add_space(4.0);
        }
    }
    ui.add_space(8.0);
    complaint_form(state, ui);
}

fn complaint_form(state: &mut AppState, ui: &mut egui::Ui) {
    super::section(ui, &state.tr.t("complaint.heading"));
    ui.label(state.tr.t("complaint.intro"));
    super::card(ui, |ui| {
        let labels: Vec<(String, String)> = super::super::complaint::FIELDS
            .iter()
            .map(|(key, _)| (state.tr.t(key), state.tr.t(&format!("{key}_hint"))))
            .collect();
        for ((label_text, hint), (_, value, multiline)) in
            labels.into_iter().zip(state.complaint.form.fields_mut())
        {
            let label = ui.label(egui::RichText::new(label_text).strong());
            let edit = if multiline {
                egui::TextEdit::multiline(value).desired_rows(3)
            } else {
                egui::TextEdit::singleline(value)
            };
            ui.add(edit.hint_text(hint).desired_width(f32::INFINITY))
                .labelled_by(label.id);
            ui.add_space(4.0);
        }
        ui.horizontal(|ui| {
            let empty = state.complaint.form.is_empty();
            let save = egui::Button::new(
                egui::RichText::new(state.tr.t("complaint.save")).color(egui::Color32::WHITE),
            )
            .fill(theme::accent());
            if ui
                .add_enabled(!empty && !state.complaint.saving, save)
                .clicked()
            {
                state.commands.push(Command::SaveComplaint);
            }
            if ui
                .add_enabled(!empty, egui::Button::new(state.tr.t("complaint.clear")))
                .clicked()
            {
                state.commands.push(Command::ClearComplaint);
            }
            if state.complaint.saving {
                ui.spinner();
            }
        });
        match &state.complaint.saved {
            Some(Ok(path)) => {
                let path = path.display().to_string();
                ui.colored_label(
                    theme::ok_color(ui),
                    state.tr.f("complaint.saved", &[("path", &path)]),
                );
            }
            Some(Err(message)) => {
                ui.colored_label(
                    theme::warn_color(ui),
                    state.tr.f("complaint.save_failed", &[("message", message)]),
                );
            }
            None => {}
        }
        ui.label(
            egui::RichText::new(state.tr.t("complaint.nothing_sent"))
                .small()
                .weak(),
        );
    });
}
