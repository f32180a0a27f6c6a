//! The Result screen: found → one card per breach (what it exposed, what it means, what to do now,
//! with ticks kept in memory only); not found → said honestly, with the breaches covered.

use eframe::egui;
use sajag::catalogue::Breach;
use sajag::identifier::Kind;
use sajag::lookup::CheckOutcome;

use super::super::{AppState, CheckResult, Command, Screen, a11y, theme};

pub fn ui(state: &mut AppState, ui: &mut egui::Ui) {
    let Some(CheckResult::Done { masked, outcome }) = &state.last_check else {
        state.commands.push(Command::Show(Screen::Check));
        return;
    };
    let masked = masked.clone();
    let outcome: CheckOutcome = (**outcome).clone();
    a11y::title(ui, state.tr.f("result.heading", &[("masked", &masked)]));
    // The verdict takes the focus when the result arrives, so that a screen reader reads it.
    let announce = std::mem::take(&mut state.announce);
    super::source_line(state, ui);
    ui.add_space(10.0);
    let trusted = outcome.source.publisher.as_ref().is_some_and(|p| p.trusted);
    if let Some(note) = provenance(state, &outcome) {
        ui.colored_label(theme::warn_color(ui), note);
        ui.add_space(6.0);
    }
    let thing = state.tr.t(match outcome.kind {
        Kind::Mobile => "check.thing_mobile",
        Kind::Pan => "check.thing_pan",
    });
    if outcome.found() {
        let found = state.tr.count("result.found", outcome.breaches.len());
        let found = egui::RichText::new(found)
            .heading()
            .strong()
            .color(theme::warn_color(ui));
        a11y::focused_heading(ui, found, 2, announce);
        ui.label(state.tr.f("result.found_note", &[("thing", &thing)]));
        for breach in &outcome.breaches {
            ui.add_space(10.0);
            breach_card(state, ui, breach, trusted);
        }
    } else {
        let title = state.tr.t("result.not_found");
        let text = state.tr.count(
            "result.not_found_text",
            outcome.source.catalogue.breaches.len(),
        );
        let covered = state.tr.t("result.covered");
        super::card(ui, |ui| {
            let title = egui::RichText::new(title)
                .heading()
                .strong()
                .color(theme::ok_color(ui));
            a11y::focused_heading(ui, title, 2, announce);
            ui.label(text);
            ui.add_space(6.0);
            ui.label(egui::RichText::new(covered).strong());
            for b in &outcome.source.catalogue.breaches {
                ui.horizontal_wrapped(|ui| {
                    ui.label(format!("• {} ({})", b.title, b.date));
                    if b.synthetic {
                        super::demo_badge(state, ui);
                    }
                });
            }
        });
        ui.add_space(10.0);
        ui.label(state.tr.t("result.not_found_guide"));
        if ui.button(state.tr.t("result.open_guide")).clicked() {
            state.commands.push(Command::Show(Screen::Guide));
        }
    }
    ui.add_space(12.0);
    if ui.button(state.tr.t("result.again")).clicked() {
        state.commands.push(Command::Show(Screen::Check));
    }
}

/// Who wrote the breach texts, when it is not a publisher the person trusts: the catalogue is the
/// index maker's own words, and an untrusted maker may be a scammer.
fn provenance(state: &AppState, outcome: &CheckOutcome) -> Option<String> {
    match &outcome.source.publisher {
        Some(p) if p.trusted => None,
        Some(p) => Some(state.tr.f("result.texts_from", &[("name", &p.name)])),
        None => Some(state.tr.t("result.texts_unsigned")),
    }
}

/// A source link of a breach: its full host first, clickable only when it is https and the
/// publisher is trusted; otherwise plain text that nothing opens.
fn source_link(state: &AppState, ui: &mut egui::Ui, url: &str, trusted: bool) {
    let parsed = reqwest::Url::parse(url).ok();
    let host = parsed
        .as_ref()
        .and_then(|u| u.host_str().map(str::to_owned))
        .unwrap_or_default();
    let https = parsed.as_ref().is_some_and(|u| u.scheme() == "https") && !host.is_empty();
    ui.horizontal_wrapped(|ui| {
        ui.label(egui::RichText::new(format!("{host}:")).strong());
        if https && trusted {
            a11y::hyperlink(ui, url, url);
        } else {
            ui.label(egui::RichText::new(url).monospace());
            ui.label(egui::RichText::new(state.tr.t("result.link_not_opened")).weak());
        }
    });
}

fn breach_card(state: &mut AppState, ui: &mut egui::Ui, b: &Breach, trusted: bool) {
    super::card(ui, |ui| {
        ui.horizontal_wrapped(|ui| {
            a11y::heading(ui, egui::RichText::new(&b.title).size(18.0).strong(), 3);
            if b.synthetic {
                super::demo_badge(state, ui);
            }
        });
        ui.horizontal_wrapped(|ui| {
            ui.label(state.tr.f("result.happened", &[("date", &b.date)]));
            ui.label("·");
            ui.label(
                state
                    .tr
                    .f("result.records", &[("n", &b.record_count.to_string())]),
            );
            ui.label("·");
            ui.label(state.tr.f("result.added", &[("date", &b.added)]));
        });
        ui.label(
            egui::RichText::new(state.tr.t(if b.verified {
                "result.verified"
            } else {
                "result.unverified"
            }))
            .weak(),
        );
        ui.add_space(4.0);
        ui.label(egui::RichText::new(state.tr.t("result.exposed")).strong());
        ui.horizontal_wrapped(|ui| {
            for class in &b.data_classes {
                let key = format!("class.{class}");
                let text = state.tr.t(&key);
                let text = if text.starts_with('⚠') {
                    class.replace('_', " ")
                } else {
                    text
                };
                super::chip(ui, &text, theme::warn_color(ui), false);
            }
        });
        ui.add_space(4.0);
        ui.label(&b.description);
        if !b.sources.is_empty() {
            ui.label(egui::RichText::new(state.tr.t("result.sources")).strong());
            for url in &b.sources {
                source_link(state, ui, url, trusted);
            }
        }
        meaning(state, ui, &b.data_classes);
        ui.add_space(6.0);
        let todo = egui::RichText::new(state.tr.t("result.todo"))
            .strong()
            .size(16.0);
        a11y::heading(ui, todo, 4);
        let steps: Vec<_> = state
            .guide
            .advice
            .steps_for(&b.data_classes)
            .into_iter()
            .cloned()
            .collect();
        for step in steps {
            let mut done = state.checklist.is_ticked(&b.slug, &step.id);
            ui.horizontal_wrapped(|ui| {
                if ui.checkbox(&mut done, &step.text).changed() {
                    state.commands.push(Command::SetStep {
                        slug: b.slug.clone(),
                        step: step.id.clone(),
                        done,
                    });
                }
                if let Some(url) = step
                    .contact
                    .as_deref()
                    .and_then(|c| state.guide.contact(c))
                    .and_then(|c| c.url.clone())
                {
                    a11y::hyperlink(ui, url.trim_start_matches("https://"), &url);
                }
            });
        }
        ui.label(
            egui::RichText::new(state.tr.t("result.todo_note"))
                .small()
                .weak(),
        );
    });
}

/// "What this means for you": what each exposed data class lets scammers do, with the articles
/// about those scams.
fn meaning(state: &mut AppState, ui: &mut egui::Ui, data_classes: &[String]) {
    let risks: Vec<_> = state
        .guide
        .advice
        .risks_for(data_classes)
        .into_iter()
        .cloned()
        .collect();
    if risks.is_empty() {
        return;
    }
    ui.add_space(6.0);
    let meaning = egui::RichText::new(state.tr.t("result.meaning"))
        .strong()
        .size(16.0);
    a11y::heading(ui, meaning, 4);
    for risk in risks {
        ui.add_space(2.0);
        ui.label(egui::RichText::new(&risk.heading).strong());
        ui.label(&risk.text);
        ui.horizontal_wrapped(|ui| {
            for id in &risk.articles {
                super::article_link(state, ui, id);
            }
        });
    }
}
