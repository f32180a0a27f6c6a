//! The screens. Each draws from [`AppState`] and pushes [`Command`]s; none does I/O.

mod check;
mod family;
mod guide;
mod help;
mod message;
mod news;
mod result;
mod settings;

use eframe::egui;

use super::{AppState, Command, Screen, SourceState, a11y, theme};

/// Readable line length for the content column.
const CONTENT_WIDTH: f32 = 760.0;

/// Room the "DEMO DATA" badge needs at the end of the tab row (it is ~70 px wide in English).
const DEMO_BADGE_ROOM: f32 = 110.0;

/// Draws the whole window: the top bar and the current screen.
pub fn ui(state: &mut AppState, ui: &mut egui::Ui) {
    a11y::name_window(ui.ctx(), &state.tr.t("app.title"));
    // Escape cancels a running check, else clears the input.
    if ui.input(|i| i.key_pressed(egui::Key::Escape)) && state.screen == Screen::Check {
        state.commands.push(if state.pending.is_some() {
            Command::CancelCheck
        } else {
            Command::ClearInput
        });
    }
    egui::Panel::top("sajag-top")
        .frame(
            egui::Frame::side_top_panel(ui.style()).inner_margin(egui::Margin::symmetric(16, 10)),
        )
        .show(ui, |ui| top_bar(state, ui));
    egui::CentralPanel::default().show(ui, |ui| {
        let mut scroll = egui::ScrollArea::vertical().auto_shrink(false);
        if std::mem::take(&mut state.article_scroll_top) {
            scroll = scroll.vertical_scroll_offset(0.0);
        }
        scroll.id_salt(state.screen).show(ui, |ui| {
            ui.vertical_centered(|ui| {
                ui.set_max_width(CONTENT_WIDTH);
                ui.vertical(|ui| {
                    ui.add_space(12.0);
                    match state.screen {
                        Screen::Check => check::ui(state, ui),
                        Screen::Result => result::ui(state, ui),
                        Screen::Family => family::ui(state, ui),
                        Screen::Guide => guide::ui(state, ui),
                        Screen::Message => message::ui(state, ui),
                        Screen::Help => help::ui(state, ui),
                        Screen::Settings => settings::ui(state, ui),
                    }
                    ui.add_space(24.0);
                });
            });
        });
    });
}

fn top_bar(state: &mut AppState, ui: &mut egui::Ui) {
    ui.horizontal_wrapped(|ui| {
        ui.heading(egui::RichText::new(state.tr.t("app.title")).strong());
        ui.label(egui::RichText::new("सजग").weak());
        ui.add_space(16.0);
        let mut tabs = vec![(Screen::Check, "nav.check")];
        if state
            .last_check
            .as_ref()
            .is_some_and(|c| matches!(c, super::CheckResult::Done { .. }))
        {
            tabs.push((Screen::Result, "nav.result"));
        }
        tabs.extend([
            (Screen::Family, "nav.family"),
            (Screen::Guide, "nav.guide"),
            (Screen::Message, "nav.message"),
            (Screen::Help, "nav.help"),
            (Screen::Settings, "nav.settings"),
        ]);
        for (screen, key) in tabs {
            if ui
                .selectable_label(state.screen == screen, state.tr.t(key))
                .clicked()
                && (state.screen != screen || state.article.is_some())
            {
                if screen == Screen::Guide {
                    state.commands.push(Command::CloseArticle);
                }
                state.commands.push(Command::Show(screen));
            }
        }
        if state.source_info().is_some_and(|i| i.is_demo) {
            // On a row of its own when the tabs leave too little room, so that it never covers one.
            if ui.available_size_before_wrap().x < DEMO_BADGE_ROOM {
                ui.end_row();
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                demo_badge(state, ui);
            });
        }
    });
}

/// The "DEMO DATA" badge shown wherever demo data appears.
pub fn demo_badge(state: &AppState, ui: &mut egui::Ui) {
    chip(ui, &state.tr.t("badge.demo"), theme::demo_color(), true);
}

/// A small rounded label ("chip").
pub fn chip(ui: &mut egui::Ui, text: &str, color: egui::Color32, strong: bool) {
    let text = egui::RichText::new(text).small();
    let text = if strong {
        text.strong().color(egui::Color32::WHITE)
    } else {
        text.color(ui.visuals().text_color())
    };
    let fill = if strong {
        color
    } else {
        ui.visuals().faint_bg_color
    };
    egui::Frame::new()
        .fill(fill)
        .stroke(egui::Stroke::new(1.0, color))
        .corner_radius(10.0)
        .inner_margin(egui::Margin::symmetric(8, 2))
        .show(ui, |ui| ui.label(text));
}

/// A section heading inside a screen.
pub fn section(ui: &mut egui::Ui, text: &str) {
    ui.add_space(8.0);
    a11y::heading(ui, egui::RichText::new(text).strong().size(16.0), 2);
}

/// A bulleted list of short texts.
pub fn bullets(ui: &mut egui::Ui, items: &[String]) {
    for item in items {
        ui.horizontal_wrapped(|ui| {
            ui.label("•");
            ui.label(item);
        });
    }
}

/// A link to a scam-guide article: a button that opens it.
pub fn article_link(state: &mut AppState, ui: &mut egui::Ui, id: &str) {
    if let Some(article) = state.guide.article(id) {
        let title = format!("» {}", article.title);
        if a11y::link(ui, title).clicked() {
            state.commands.push(Command::OpenArticle(id.to_owned()));
        }
    }
}

/// One contact: name, phone number, site and e-mail, when to use it and what to have ready.
pub fn contact_card(state: &AppState, ui: &mut egui::Ui, id: &str, full: bool) {
    let Some(c) = state.guide.contact(id) else {
        return;
    };
    card(ui, |ui| {
        ui.label(egui::RichText::new(&c.name).strong());
        let reachable = c.phone.is_some() || c.url.is_some() || c.email.is_some();
        if reachable {
            ui.horizontal_wrapped(|ui| {
                if let Some(phone) = &c.phone {
                    ui.label(
                        egui::RichText::new(state.tr.f("help.call", &[("phone", phone)]))
                            .strong()
                            .size(18.0)
                            .color(theme::warn_color(ui)),
                    );
                }
                if let Some(url) = &c.url {
                    a11y::hyperlink(ui, url.trim_start_matches("https://"), url);
                }
                if let Some(email) = &c.email {
                    a11y::hyperlink(ui, email, format!("mailto:{email}"));
                }
            });
        }
        ui.label(&c.when);
        if full {
            bullets(ui, &c.how);
        }
    });
}

/// A card: a framed group for one block of content.
pub fn card<R>(ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
    egui::Frame::group(ui.style())
        .fill(ui.visuals().faint_bg_color)
        .corner_radius(8.0)
        .inner_margin(egui::Margin::same(14))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            add(ui)
        })
        .inner
}

/// Who made the current index: a trusted publisher, an unknown one (with its key), or nobody.
fn publisher_line(state: &AppState, ui: &mut egui::Ui, info: &sajag::lookup::SourceInfo) {
    match &info.publisher {
        Some(p) if p.trusted => {
            ui.label(state.tr.f("source.signed_trusted", &[("name", &p.name)]));
        }
        Some(p) => {
            ui.colored_label(
                theme::warn_color(ui),
                state.tr.f(
                    "source.signed_unknown",
                    &[("name", &p.name), ("key", &p.fingerprint())],
                ),
            );
        }
        None => {
            ui.colored_label(theme::warn_color(ui), state.tr.t("source.unsigned"));
        }
    }
}

/// One line about the current index: its name, demo label and build details, or its error.
pub fn source_line(state: &mut AppState, ui: &mut egui::Ui) {
    match &state.source {
        SourceState::Opening => {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(state.tr.t("source.loading"));
            });
            if let Some(fraction) = state.open_progress {
                ui.add(
                    egui::ProgressBar::new(fraction)
                        .show_percentage()
                        .desired_width(240.0),
                )
                .labelled_by(ui.label(state.tr.t("source.verifying")).id);
            }
        }
        SourceState::Ready { info, .. } => {
            let name = if info.is_demo && !info.is_remote && info.location == "embedded demo index"
            {
                state.tr.t("source.demo_name")
            } else {
                info.location.clone()
            };
            ui.horizontal_wrapped(|ui| {
                ui.label(state.tr.f("source.against", &[("name", &name)]));
                if info.is_demo {
                    demo_badge(state, ui);
                }
            });
            let built = info
                .manifest
                .built_at
                .get(..10)
                .unwrap_or(&info.manifest.built_at);
            ui.label(
                egui::RichText::new(state.tr.f(
                    "source.details",
                    &[
                        ("built", built),
                        ("breaches", &info.manifest.breaches.to_string()),
                        ("entries", &info.manifest.entries.to_string()),
                    ],
                ))
                .weak(),
            );
            publisher_line(state, ui, info);
            if info.is_demo {
                ui.label(
                    egui::RichText::new(state.tr.t("source.demo_note")).color(theme::demo_color()),
                );
            }
        }
        SourceState::Failed { error } => {
            let text = state
                .tr
                .f("source.failed", &[("message", &error.to_string())]);
            ui.colored_label(theme::warn_color(ui), text);
            ui.horizontal(|ui| {
                if ui.button(state.tr.t("source.retry")).clicked() {
                    state.commands.push(Command::RetrySource);
                }
                if state.screen != Screen::Settings
                    && ui.button(state.tr.t("source.open_settings")).clicked()
                {
                    state.commands.push(Command::Show(Screen::Settings));
                }
            });
        }
    }
}
