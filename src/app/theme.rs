//! Fonts and look: the bundled Noto Sans fonts for the Indian scripts (OFL, licence beside them in
//! assets/fonts) as fallbacks in both font families, the theme preference and the text size.
//!
//! Every script's font is loaded whatever the UI language, so a pasted message or a name in any of
//! them draws (in Hindi, English or a later language). They add 1.3 MB to the binary, unsubset:
//! small enough that subsetting would save little and risk dropping a conjunct a shaper needs.

use std::sync::Arc;

use eframe::egui;

use super::settings::{Settings, ThemePref};

/// (font name, the font, a sample in its script) for each bundled script, in fallback order after
/// egui's own fonts. The samples are the languages' names in their own script.
pub const SCRIPT_FONTS: &[(&str, &[u8], &str)] = &[
    (
        "noto-sans-devanagari",
        include_bytes!("../../assets/fonts/NotoSansDevanagari-Regular.ttf"),
        "हिन्दी मराठी",
    ),
    (
        "noto-sans-bengali",
        include_bytes!("../../assets/fonts/NotoSansBengali-Regular.ttf"),
        "বাংলা",
    ),
    (
        "noto-sans-gurmukhi",
        include_bytes!("../../assets/fonts/NotoSansGurmukhi-Regular.ttf"),
        "ਪੰਜਾਬੀ",
    ),
    (
        "noto-sans-gujarati",
        include_bytes!("../../assets/fonts/NotoSansGujarati-Regular.ttf"),
        "ગુજરાતી",
    ),
    (
        "noto-sans-oriya",
        include_bytes!("../../assets/fonts/NotoSansOriya-Regular.ttf"),
        "ଓଡ଼ିଆ",
    ),
    (
        "noto-sans-tamil",
        include_bytes!("../../assets/fonts/NotoSansTamil-Regular.ttf"),
        "தமிழ்",
    ),
    (
        "noto-sans-telugu",
        include_bytes!("../../assets/fonts/NotoSansTelugu-Regular.ttf"),
        "తెలుగు",
    ),
    (
        "noto-sans-kannada",
        include_bytes!("../../assets/fonts/NotoSansKannada-Regular.ttf"),
        "ಕನ್ನಡ",
    ),
    (
        "noto-sans-malayalam",
        include_bytes!("../../assets/fonts/NotoSansMalayalam-Regular.ttf"),
        "മലയാളം",
    ),
];

/// Adds the script fonts after egui's default fonts in the proportional and monospace families.
pub fn install_fonts(ctx: &egui::Context) {
    let mut fonts = egui::FontDefinitions::default();
    for (name, data, _) in SCRIPT_FONTS {
        fonts
            .font_data
            .insert((*name).into(), Arc::new(egui::FontData::from_static(data)));
        for family in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
            fonts
                .families
                .entry(family)
                .or_default()
                .push((*name).into());
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The Unicode block of each bundled script, in the order of [`SCRIPT_FONTS`].
    const BLOCKS: [std::ops::RangeInclusive<char>; 9] = [
        '\u{0900}'..='\u{097F}', // Devanagari
        '\u{0980}'..='\u{09FF}', // Bengali
        '\u{0A00}'..='\u{0A7F}', // Gurmukhi
        '\u{0A80}'..='\u{0AFF}', // Gujarati
        '\u{0B00}'..='\u{0B7F}', // Oriya
        '\u{0B80}'..='\u{0BFF}', // Tamil
        '\u{0C00}'..='\u{0C7F}', // Telugu
        '\u{0C80}'..='\u{0CFF}', // Kannada
        '\u{0D00}'..='\u{0D7F}', // Malayalam
    ];

    /// Letters added to Unicode after the bundled fonts (2020) were made, which ordinary text does
    /// not use: Telugu U+0C5C and U+0C5D (nakaara pollu, Unicode 14 and 16), Kannada U+0CDC, U+0CDD
    /// (nakaara pollu, Unicode 14 and 16) and U+0CF3 (Unicode 15).
    const NEWER_THAN_THE_FONTS: [char; 5] =
        ['\u{0C5C}', '\u{0C5D}', '\u{0CDC}', '\u{0CDD}', '\u{0CF3}'];

    /// A context with Sajag's fonts installed and laid out once, so `has_glyph` can be asked.
    fn context_with_fonts() -> egui::Context {
        let ctx = egui::Context::default();
        install_fonts(&ctx);
        ctx.run_ui(egui::RawInput::default(), |_| {})
            .textures_delta
            .clear();
        ctx
    }

    /// Every letter, vowel sign and digit of every bundled script has a glyph, in both font
    /// families, whatever the UI language: a pasted Tamil message draws in the Hindi UI too.
    #[test]
    fn every_letter_of_every_script_has_a_glyph() {
        let ctx = context_with_fonts();
        let mut missing = Vec::new();
        for ((name, _, sample), block) in SCRIPT_FONTS.iter().zip(BLOCKS) {
            let letters: Vec<char> = block
                .filter(|c| c.is_alphanumeric() && !NEWER_THAN_THE_FONTS.contains(c))
                .collect();
            assert!(letters.len() > 40, "{name}: {} letters", letters.len());
            for font_id in [
                egui::FontId::proportional(14.0),
                egui::FontId::monospace(14.0),
            ] {
                ctx.fonts_mut(|fonts| {
                    for c in letters.iter().copied().chain(sample.chars()) {
                        if !c.is_whitespace() && !fonts.has_glyph(&font_id, c) {
                            missing.push(format!("{name} {:?} U+{:04X}", font_id.family, c as u32));
                        }
                    }
                });
            }
        }
        assert!(missing.is_empty(), "no glyph for:\n{}", missing.join("\n"));
    }

    /// Every character of every text Sajag ships (the interface's strings and all the guidance, in
    /// every language) has a glyph in the bundled fonts, so nothing draws as an empty box. Read
    /// from the files themselves, comments and patterns included, so a new file is covered too.
    #[test]
    fn every_character_sajag_ships_has_a_glyph() {
        let ctx = context_with_fonts();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets");
        let mut files = Vec::new();
        for dir in ["i18n", "guidance", "guidance/articles"] {
            for entry in std::fs::read_dir(root.join(dir)).unwrap() {
                let path = entry.unwrap().path();
                if path.extension().is_some_and(|x| x == "ftl" || x == "toml") {
                    files.push(path);
                }
            }
        }
        assert!(files.len() > 40, "only {} files", files.len());
        let mut missing = std::collections::BTreeSet::new();
        for path in &files {
            let text = std::fs::read_to_string(path).unwrap();
            ctx.fonts_mut(|fonts| {
                for c in text.chars().filter(|c| !c.is_ascii() && !c.is_whitespace()) {
                    // Zero-width joiners and non-joiners shape the letters around them.
                    if !matches!(c, '\u{200C}' | '\u{200D}')
                        && !fonts.has_glyph(&egui::FontId::proportional(14.0), c)
                    {
                        let name = path.file_name().unwrap().to_string_lossy();
                        missing.insert(format!("{name}: {c:?} U+{:04X}", c as u32));
                    }
                }
            });
        }
        assert!(
            missing.is_empty(),
            "no glyph for:\n{}",
            missing.iter().cloned().collect::<Vec<_>>().join("\n")
        );
    }
}
