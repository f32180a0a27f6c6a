//! The Check-a-message screen: paste an SMS, chat message or e-mail; the rules (compiled on a
//! worker) find red flags on this computer; the verdict, each flag with its explanation and
//! article, and the text with the flagged words highlighted. Nothing is sent or saved.

use std::ops::Range;

use eframe::egui;
use sajag::guidance::scan::{Scan, Verdict};

use super::super::{AppState, Command, a11y, theme};

pub fn ui(state: &mut AppState, ui: &mut egui::Ui) {
    a11y::title(ui, state.tr.t("message.heading"));
    ui.label(state.tr.t("message.intro"));
    ui.add_space(8.0);
    let label = ui.label(egui::RichText::new(state.tr.t("message.input_label")).strong());
    let edit = ui
        .add(
            egui::TextEdit::multiline(&mut state.message)
                .hint_text(state.tr.t("message.input_hint"))
                .desired_rows(6)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
    if edit.changed() {
        state.scan = None;
    }
    let ctrl_enter =
        edit.has_focus() && ui.input(|i| i.modifiers.command && i.key_pressed(egui::Key::Enter));
    let can = state.rules.is_some() && !state.message.trim().is_empty();
    ui.horizontal(|ui| {
        let check = egui::Button::new(
            egui::RichText::new(state.tr.t("message.button")).color(egui::Color32::WHITE),
        )
        .fill(theme::accent());
        if ui.add_enabled(can, check).clicked() || (ctrl_enter && can) {
            state.commands.push(Command::ScanMessage);
        }
        if ui
            .add_enabled(
                !state.message.is_empty(),
                egui::Button::new(state.tr.t("message.clear")),
            )
            .clicked()
        {
            state.commands.push(Command::ClearMessage);
        }
        ui.label(
            egui::RichText::new(state.tr.t("message.keys"))
                .small()
                .weak(),
        );
    });
    if let Some(message) = &state.rules_error {
        ui.colored_label(
            theme::warn_color(ui),
            state.tr.f("message.rules_failed", &[("message", message)]),
        );
    } else if state.rules.is_none() {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(state.tr.t("message.preparing"));
        });
    }
    ui.label(
        egui::RichText::new(state.tr.t("message.privacy"))
            .small()
            .weak(),
    );

    if let Some(scan) = state.scan.clone() {
        ui.add_space(10.0);
        result(state, ui, &scan);
    }
}

/// Where to report a scam message or call (Chakshu, on Sanchar Saathi) and money lost (the
/// National Cyber Crime Reporting Portal): both official domains of the facts registry.
const CHAKSHU: &str = "https://sancharsaathi.gov.in/";
const CYBERCRIME: &str = "https://cybercrime.gov.in/";
/// The I4C suspect repository on the same portal (see facts.toml, cybercrime.gov.in).
const SUSPECT_SEARCH: &str = "https://cybercrime.gov.in/Webform/suspect_search_repository.aspx";

fn result(state: &mut AppState, ui: &mut egui::Ui, scan: &Scan) {
    let (key, note, color) = match scan.verdict {
        Verdict::Scam => (
            "message.verdict_scam",
            "message.note_scam",
            theme::danger_color(ui),
        ),
        Verdict::Suspicious => (
            "message.verdict_suspicious",
            "message.note_suspicious",
            theme::warn_color(ui),
        ),
        // Weak signs alone (a deadline, a short link) are common in genuine messages too.
        Verdict::NoRedFlags if !scan.flags.is_empty() => (
            "message.verdict_minor",
            "message.note_minor",
            theme::ok_color(ui),
        ),
        Verdict::NoRedFlags => (
            "message.verdict_none",
            "message.note_none",
            theme::ok_color(ui),
        ),
    };
    // The verdict takes the focus when the check is done, so that a screen reader reads it.
    let announce = std::mem::take(&mut state.announce);
    super::card(ui, |ui| {
        let verdict = egui::RichText::new(state.tr.t(key)).heading().strong();
        a11y::focused_heading(ui, verdict.color(color), 2, announce);
        ui.label(state.tr.t(note));
        if scan.truncated {
            let max = sajag::guidance::scan::MAX_CHARS.to_string();
            ui.label(egui::RichText::new(state.tr.f("message.truncated", &[("max", &max)])).weak());
        }
    });
    // No verdict is a clean bill: without strong signs, the three questions; always, where to
    // report and how to check a number.
    if scan.verdict == Verdict::NoRedFlags {
        super::section(ui, &state.tr.t("message.questions"));
        super::card(ui, |ui| {
            for key in ["message.q_ask", "message.q_rush", "message.q_link"] {
                ui.label(format!("• {}", state.tr.t(key)));
            }
        });
    }
    super::section(ui, &state.tr.t("message.report_title"));
    super::card(ui, |ui| {
        ui.label(state.tr.t("message.report_chakshu"));
        a11y::hyperlink(ui, "sancharsaathi.gov.in", CHAKSHU);
        ui.label(state.tr.t("message.report_1930"));
        a11y::hyperlink(ui, "cybercrime.gov.in", CYBERCRIME);
    });
    super::section(ui, &state.tr.t("message.check_title"));
    super::card(ui, |ui| {
        ui.label(state.tr.t("message.check_suspect"));
        a11y::hyperlink(
            ui,
            "cybercrime.gov.in — Report & Check Suspect",
            SUSPECT_SEARCH,
        );
    });
    if scan.flags.is_empty() {
        return;
    }
    super::section(ui, &state.tr.t("message.highlighted"));
    let spans: Vec<Range<usize>> = scan.flags.iter().flat_map(|f| f.spans.clone()).collect();
    let job = highlighted(ui, &state.message, &spans);
    egui::Frame::new()
        .fill(ui.visuals().extreme_bg_color)
        .corner_radius(6.0)
        .inner_margin(egui::Margin::same(10))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(job);
        });
    super::section(ui, &state.tr.count("message.flags", scan.flags.len()));
    for flag in &scan.flags {
        super::card(ui, |ui| {
            ui.label(egui::RichText::new(&flag.explanation).strong());
            let quotes: Vec<String> = flag
                .spans
                .iter()
                .filter_map(|r| state.message.get(r.clone()))
                .map(|s| format!("“{}”", s.trim()))
                .collect();
            if !quotes.is_empty() {
                ui.label(
                    egui::RichText::new(
                        state.tr.f("message.found", &[("text", &quotes.join(", "))]),
                    )
                    .weak(),
                );
            }
            if let Some(id) = &flag.article {
                super::article_link(state, ui, id);
            }
        });
    }
}

/// `text` laid out with the byte ranges `spans` highlighted. Overlapping and unsorted ranges are
/// merged; a range that does not fall on character boundaries is ignored.
fn highlighted(ui: &egui::Ui, text: &str, spans: &[Range<usize>]) -> egui::text::LayoutJob {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let plain = egui::TextFormat::simple(font.clone(), ui.visuals().text_color());
    let marked = egui::TextFormat {
        background: theme::highlight_fill(ui),
        underline: egui::Stroke::new(1.5, theme::warn_color(ui)),
        ..egui::TextFormat::simple(font, ui.visuals().strong_text_color())
    };
    let mut job = egui::text::LayoutJob::default();
    job.wrap.max_width = ui.available_width();
    let mut at = 0;
    for span in merge(spans, text) {
        job.append(&text[at..span.start], 0.0, plain.clone());
        job.append(&text[span.clone()], 0.0, marked.clone());
        at = span.end;
    }
    job.append(&text[at..], 0.0, plain);
    job
}

/// The valid ranges of `spans` for `text`, sorted, with overlaps merged.
fn merge(spans: &[Range<usize>], text: &str) -> Vec<Range<usize>> {
    let mut valid: Vec<_> = spans
        .iter()
        .filter(|r| {
            r.start < r.end
                && r.end <= text.len()
                && text.is_char_boundary(r.start)
                && text.is_char_boundary(r.end)
        })
        .cloned()
        .collect();
    valid.sort_by_key(|r| (r.start, r.end));
    let mut merged: Vec<Range<usize>> = Vec::new();
    for r in valid {
        match merged.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => merged.push(r),
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::merge;

    #[test]
    fn spans_are_sorted_merged_and_checked() {
        let text = "OTP बताइए now";
        #[expect(clippy::single_range_in_vec_init, reason = "a list of one range")]
        let one = [0..3];
        assert_eq!(merge(&one, text), vec![0..3]);
        // "OTP " is 4 bytes; each Devanagari letter of बताइए is 3.
        assert_eq!(merge(&[7..13, 0..3, 1..3], text), vec![0..3, 7..13]);
        assert_eq!(merge(&[7..13, 4..10], text), vec![4..13]);
        // 5 is inside the first Devanagari letter; 99 is past the end; 4..4 is empty.
        assert!(merge(&[4..5, 4..99, 4..4], text).is_empty());
    }
}
