//! Fonts and look: the bundled Devanagari font (Noto Sans Devanagari, OFL) as a fallback in both
//! font families, the theme preference and the text size.

use std::sync::Arc;

use eframe::egui;

use super::settings::{Settings, ThemePref};

const DEVANAGARI: &[u8] = include_bytes!("../../assets/fonts/NotoSansDevanagari-Regular.ttf");

/// Adds the Devanagari font after egui's default fonts in the proportional and monospace families.
pub fn install_fonts(ctx: &egui::Context) {
    let mut fonts = egui::FontDefinitions::default();
    fonts.font_data.insert(
        "noto-sans-devanagari".into(),
        Arc::new(egui::FontData::from_static(DEVANAGARI)),
    );
    for family in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
        fonts
            .families
            .entry(family)
            .or_default()
            .push("noto-sans-devanagari".into());
    }
    ctx.set_fonts(fonts);
}

/// Applies the theme and text size from the settings.
pub fn apply(ctx: &egui::Context, settings: &Settings) {
    ctx.set_theme(match settings.theme {
        ThemePref::System => egui::ThemePreference::System,
        ThemePref::Light => egui::ThemePreference::Light,
        ThemePref::Dark => egui::ThemePreference::Dark,
    });
    ctx.set_zoom_factor(settings.zoom);
    // Stronger body-text contrast than egui's defaults (WCAG AA also for the weak text).
    ctx.style_mut_of(egui::Theme::Dark, |style| {
        style.visuals.widgets.noninteractive.fg_stroke.color = egui::Color32::from_gray(215);
        // Outline checkboxes and buttons so they are visible before they are hovered.
        style.visuals.widgets.inactive.bg_stroke =
            egui::Stroke::new(1.0, egui::Color32::from_gray(110));
    });
    ctx.style_mut_of(egui::Theme::Light, |style| {
        style.visuals.widgets.noninteractive.fg_stroke.color = egui::Color32::from_gray(25);
        style.visuals.widgets.inactive.bg_stroke =
            egui::Stroke::new(1.0, egui::Color32::from_gray(120));
    });
    ctx.all_styles_mut(|style| {
        use egui::{FontFamily::Proportional, FontId, TextStyle};
        style.text_styles = [
            (TextStyle::Heading, FontId::new(24.0, Proportional)),
            (TextStyle::Body, FontId::new(16.0, Proportional)),
            (TextStyle::Button, FontId::new(16.0, Proportional)),
            (TextStyle::Small, FontId::new(12.5, Proportional)),
            (
                TextStyle::Monospace,
                FontId::new(15.0, egui::FontFamily::Monospace),
            ),
        ]
        .into();
        style.spacing.item_spacing = egui::vec2(8.0, 6.0);
        style.spacing.button_padding = egui::vec2(10.0, 5.0);
        // Make keyboard focus easy to see.
        style.visuals.selection.stroke.width = 2.0;
        style.visuals.widgets.hovered.bg_stroke.width = 1.5;
    });
}

/// The accent used for warnings and "found" (readable in both themes).
pub fn warn_color(ui: &egui::Ui) -> egui::Color32 {
    if ui.visuals().dark_mode {
        egui::Color32::from_rgb(255, 170, 90)
    } else {
        egui::Color32::from_rgb(170, 60, 0)
    }
}

/// The colour of a "scam" verdict (red, readable in both themes).
pub fn danger_color(ui: &egui::Ui) -> egui::Color32 {
    if ui.visuals().dark_mode {
        egui::Color32::from_rgb(255, 120, 120)
    } else {
        egui::Color32::from_rgb(180, 20, 30)
    }
}

/// The background behind red-flag words in a checked message.
pub fn highlight_fill(ui: &egui::Ui) -> egui::Color32 {
    if ui.visuals().dark_mode {
        egui::Color32::from_rgb(110, 60, 0)
    } else {
        egui::Color32::from_rgb(255, 221, 150)
    }
}

/// The accent used for "not found" and reassuring text.
pub fn ok_color(ui: &egui::Ui) -> egui::Color32 {
    if ui.visuals().dark_mode {
        egui::Color32::from_rgb(120, 210, 140)
    } else {
        egui::Color32::from_rgb(20, 110, 50)
    }
}

/// The colour of the "DEMO DATA" badge.
pub fn demo_color() -> egui::Color32 {
    egui::Color32::from_rgb(150, 90, 200)
}

/// The fill of the main action button.
pub fn accent() -> egui::Color32 {
    egui::Color32::from_rgb(0, 102, 153)
}
