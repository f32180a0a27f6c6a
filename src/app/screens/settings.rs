//! The Settings screen: index source (demo, file, URL), theme, text size, language, and About.

use eframe::egui;

use super::super::i18n;
use super::super::settings::{ThemePref, ZOOM_RANGE};
use super::super::{AppState, Command, a11y};

#[expect(clippy::too_many_lines, reason = "one screen, top to bottom")]
pub fn ui(state: &mut AppState, ui: &mut egui::Ui) {
    a11y::title(ui, state.tr.t("settings.heading"));
    ui.add_space(8.0);

    let section = egui::RichText::new(state.tr.t("settings.source"))
        .strong()
        .size(16.0);
    a11y::heading(ui, section, 2);
    super::card(ui, |ui| {
        super::source_line(state, ui);
        ui.add_space(6.0);
        if state.source_spec != "demo" && ui.button(state.tr.t("settings.use_demo")).clicked() {
            state.commands.push(Command::UseSource("demo".into()));
        }
        ui.add_space(6.0);
        let file = SourceRow {
            label: state.tr.t("settings.file_label"),
            hint: state.tr.t("settings.file_hint"),
            use_it: state.tr.t("settings.use_file"),
            browse: Some(state.tr.t("settings.browse")),
        };
        match file.ui(ui, &mut state.file_input) {
            Some(RowAction::Use) => state
                .commands
                .push(Command::UseSource(state.file_input.clone())),
            Some(RowAction::Browse) => state.commands.push(Command::PickFile),
            None => {}
        }
        let url = SourceRow {
            label: state.tr.t("settings.url_label"),
            hint: state.tr.t("settings.url_hint"),
            use_it: state.tr.t("settings.use_url"),
            browse: None,
        };
        if url.ui(ui, &mut state.url_input) == Some(RowAction::Use) {
            state
                .commands
                .push(Command::UseSource(state.url_input.clone()));
        }
    });

    ui.add_space(12.0);
    trusted_publishers(state, ui);

    ui.add_space(12.0);
    let section = egui::RichText::new(state.tr.t("settings.appearance"))
        .strong()
        .size(16.0);
    a11y::heading(ui, section, 2);
    super::card(ui, |ui| {
        ui.horizontal(|ui| {
            ui.label(state.tr.t("settings.theme"));
            for (theme, key) in [
                (ThemePref::System, "settings.theme_system"),
                (ThemePref::Light, "settings.theme_light"),
                (ThemePref::Dark, "settings.theme_dark"),
            ] {
                if ui
                    .radio(state.settings.theme == theme, state.tr.t(key))
                    .clicked()
                {
                    state.commands.push(Command::SetTheme(theme));
                }
            }
        });
        ui.horizontal(|ui| {
            let zoom = state.settings.zoom;
            ui.label(state.tr.t("settings.text_size"));
            if ui
                .add_enabled(
                    zoom > *ZOOM_RANGE.start(),
                    egui::Button::new(state.tr.t("settings.smaller")),
                )
                .clicked()
            {
                state.commands.push(Command::SetZoom(zoom - 0.125));
            }
            ui.label(format!("{:.0} %", zoom * 100.0));
            if ui
                .add_enabled(
                    zoom < *ZOOM_RANGE.end(),
                    egui::Button::new(state.tr.t("settings.larger")),
                )
                .clicked()
            {
                state.commands.push(Command::SetZoom(zoom + 0.125));
            }
        });
        ui.horizontal_wrapped(|ui| {
            ui.label(state.tr.t("settings.language"));
            for lang in i18n::available() {
                if ui
                    .radio(state.tr.lang() == lang, i18n::picker_name(lang))
                    .clicked()
                {
                    state.commands.push(Command::SetLanguage(lang));
                }
            }
        });
        if let Some(message) = &state.settings_error {
            let text = state.tr.f("settings.save_failed", &[("message", message)]);
            ui.colored_label(super::theme::warn_color(ui), text);
        }
    });

    ui.add_space(12.0);
    let section = egui::RichText::new(state.tr.t("settings.about"))
        .strong()
        .size(16.0);
    a11y::heading(ui, section, 2);
    super::card(ui, |ui| {
        ui.label(state.tr.f(
            "settings.version",
            &[("version", env!("CARGO_PKG_VERSION"))],
        ));
        ui.label(state.tr.t("settings.licence"));
        ui.label(state.tr.t("settings.privacy"));
    });
}

/// The publisher keys the person trusts: listed with Remove, and a box to paste another, with a
/// warning about what trust means.
fn trusted_publishers(state: &mut AppState, ui: &mut egui::Ui) {
    let section = egui::RichText::new(state.tr.t("settings.trust"))
        .strong()
        .size(16.0);
    a11y::heading(ui, section, 2);
    super::card(ui, |ui| {
        ui.label(state.tr.t("settings.trust_text"));
        ui.add_space(4.0);
        ui.label(egui::RichText::new(state.tr.t("settings.trust_demo")).weak());
        let entries = state.settings.trusted_keys.clone();
        for e in &entries {
            let fingerprint = sajag::signing::PublicKey::from_hex(&e.key)
                .map_or_else(|_| e.key.clone(), |k| k.fingerprint());
            ui.horizontal_wrapped(|ui| {
                ui.label(format!("• {} ({fingerprint})", e.name));
                let remove = state.tr.f("settings.trust_remove", &[("name", &e.name)]);
                if ui.button(remove).clicked() {
                    state.commands.push(Command::UntrustKey(e.key.clone()));
                }
            });
        }
        ui.add_space(6.0);
        ui.colored_label(
            super::theme::warn_color(ui),
            state.tr.t("settings.trust_warning"),
        );
        let key_label = ui.label(state.tr.t("settings.trust_key"));
        ui.add(
            egui::TextEdit::singleline(&mut state.trust_input)
                .hint_text("sajag-ed25519-public …")
                .desired_width(520.0),
        )
        .labelled_by(key_label.id);
        let name_label = ui.label(state.tr.t("settings.trust_name"));
        ui.add(egui::TextEdit::singleline(&mut state.trust_name_input).desired_width(300.0))
            .labelled_by(name_label.id);
        if ui
            .add_enabled(
                !state.trust_input.trim().is_empty(),
                egui::Button::new(state.tr.t("settings.trust_add")),
            )
            .clicked()
        {
            state.commands.push(Command::TrustKey);
        }
        if let Some(e) = &state.trust_error {
            let text = state.tr.f("settings.trust_failed", &[("message", e)]);
            ui.colored_label(super::theme::warn_color(ui), text);
        }
    });
}

/// What a source row asks for.
#[derive(Clone, Copy, PartialEq, Eq)]
enum RowAction {
    Use,
    Browse,
}

/// A labelled text box for an index location, with "Use this …" (also Enter) and an optional
/// "Browse…" button.
struct SourceRow {
    label: String,
    hint: String,
    use_it: String,
    browse: Option<String>,
}

impl SourceRow {
    fn ui(&self, ui: &mut egui::Ui, input: &mut String) -> Option<RowAction> {
        let label = ui.label(&self.label);
        ui.horizontal(|ui| {
            let edit = ui
                .add(
                    egui::TextEdit::singleline(input)
                        .hint_text(&self.hint)
                        .desired_width(360.0),
                )
                .labelled_by(label.id);
            let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            let browse = self.browse.as_ref().is_some_and(|b| ui.button(b).clicked());
            let can = !input.trim().is_empty();
            if ui
                .add_enabled(can, egui::Button::new(&self.use_it))
                .clicked()
                || (enter && can)
            {
                Some(RowAction::Use)
            } else if browse {
                Some(RowAction::Browse)
            } else {
                None
            }
        })
        .inner
    }
}
