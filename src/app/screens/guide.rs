//! The Scam guide screen: a search box, the articles by section, and one article at a time with
//! its example, red flags, what to do, what to do if you already paid, whom to report to, and its
//! sources.

use eframe::egui;
use sajag::guidance::{Article, Category};

use super::super::{AppState, Command, a11y, theme};

pub fn ui(state: &mut AppState, ui: &mut egui::Ui) {
    if let Some(article) = state
        .article
        .as_deref()
        .and_then(|id| state.guide.article(id))
        .cloned()
    {
        article_view(state, ui, &article);
        return;
    }
    a11y::title(ui, state.tr.t("guide.heading"));
    ui.label(state.tr.t("guide.intro"));
    ui.add_space(8.0);
    let label = ui.label(egui::RichText::new(state.tr.t("guide.search")).strong());
    ui.add(
        egui::TextEdit::singleline(&mut state.guide_query)
            .hint_text(state.tr.t("guide.search_hint"))
            .desired_width(f32::INFINITY),
    )
    .labelled_by(label.id);
    ui.add_space(8.0);

    let query = state.guide_query.trim().to_owned();
    if query.is_empty() {
        for category in Category::ALL {
            let articles: Vec<Article> = state.guide.in_category(category).cloned().collect();
            if articles.is_empty() {
                continue;
            }
            super::section(ui, &state.tr.t(&format!("guide.cat.{}", category.code())));
            for a in &articles {
                list_item(state, ui, a);
            }
        }
    } else {
        let hits: Vec<Article> = state.guide.search(&query).into_iter().cloned().collect();
        if hits.is_empty() {
            ui.label(state.tr.f("guide.no_match", &[("query", &query)]));
        } else {
            ui.label(egui::RichText::new(state.tr.count("guide.matches", hits.len())).weak());
            for a in &hits {
                list_item(state, ui, a);
            }
        }
    }
}

/// One article in a list: its title as a link, and its summary.
fn list_item(state: &mut AppState, ui: &mut egui::Ui, a: &Article) {
    ui.add_space(4.0);
    let title = egui::RichText::new(&a.title)
        .strong()
        .size(15.0)
        .color(ui.visuals().hyperlink_color);
    if ui.link(title).clicked() {
        state.commands.push(Command::OpenArticle(a.id.clone()));
    }
    ui.label(egui::RichText::new(&a.summary).weak());
}

fn article_view(state: &mut AppState, ui: &mut egui::Ui, a: &Article) {
    if ui.button(state.tr.t("guide.back")).clicked() {
        state.commands.push(Command::CloseArticle);
    }
    ui.add_space(6.0);
    let category = state.tr.t(&format!("guide.cat.{}", a.category.code()));
    super::chip(ui, &category, theme::warn_color(ui), false);
    a11y::title(ui, egui::RichText::new(&a.title).strong());
    ui.label(egui::RichText::new(&a.summary).size(15.0));

    super::section(ui, &state.tr.t("guide.example"));
    egui::Frame::new()
        .fill(ui.visuals().extreme_bg_color)
        .stroke(egui::Stroke::new(1.0, theme::warn_color(ui)))
        .corner_radius(6.0)
        .inner_margin(egui::Margin::same(10))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(
                egui::RichText::new(state.tr.t("guide.example_note"))
                    .small()
                    .weak(),
            );
            ui.label(a.example.trim());
        });

    super::section(ui, &state.tr.t("guide.how"));
    for paragraph in a.how_it_works.trim().split("\n\n") {
        ui.label(paragraph.trim());
    }
    super::section(ui, &state.tr.t("guide.red_flags"));
    super::bullets(ui, &a.red_flags);
    super::section(ui, &state.tr.t("guide.do_now"));
    super::bullets(ui, &a.do_now);
    super::section(ui, &state.tr.t("guide.if_paid"));
    super::bullets(ui, &a.if_paid);

    super::section(ui, &state.tr.t("guide.report_to"));
    for id in &a.report_to {
        super::contact_card(state, ui, id, false);
    }
    if !a.related.is_empty() {
        super::section(ui, &state.tr.t("guide.related"));
        for id in &a.related {
            super::article_link(state, ui, id);
        }
    }
    super::section(ui, &state.tr.t("guide.sources"));
    for s in &a.sources {
        a11y::hyperlink(ui, &s.title, &s.url);
    }
    ui.add_space(4.0);
    ui.label(
        egui::RichText::new(state.tr.f("guide.reviewed", &[("date", &a.reviewed)]))
            .small()
            .weak(),
    );
}
