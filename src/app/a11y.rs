//! What screen readers are told beyond what egui's widgets say themselves (issue #13, item 6):
//! the window's name, headings exposed as headings, the result moved into focus so that it is
//! read out, and links that stay one named object when they wrap. The screens call these instead
//! of `ui.heading`, `ui.link` and `ui.hyperlink_to`; `tests/a11y/run.sh` checks the outcome over a
//! real AT-SPI bus.

use std::sync::Arc;

use eframe::egui;
use egui::accesskit::Role;

/// Names the window: egui leaves its root node (the AT-SPI "frame") without a label, so a screen
/// reader announced an unnamed window, and while the window itself held the focus it counted as a
/// focusable object without a name. Called every frame (the tree is rebuilt each frame).
pub fn name_window(ctx: &egui::Context, title: &str) {
    ctx.accesskit_node_builder(egui::accesskit_root_id(), |node| node.set_label(title));
}

/// A screen's title: heading-sized text, exposed as a heading of level 1.
pub fn title(ui: &mut egui::Ui, text: impl Into<egui::RichText>) -> egui::Response {
    heading(ui, text.into().heading(), 1)
}

/// `text` as a label exposed as a heading of `level` (1 = a screen's title, 2 = a section).
pub fn heading(
    ui: &mut egui::Ui,
    text: impl Into<egui::WidgetText>,
    level: usize,
) -> egui::Response {
    let response = ui.add(egui::Label::new(text));
    mark_heading(ui, &response, level);
    response
}

/// Like [`heading`], but the heading takes the keyboard focus when `focus` is set, so that a
/// screen reader reads it out at once (a result that just arrived). It is focusable for as long as
/// it is shown, so that Tab moves on from it to the next control.
pub fn focused_heading(
    ui: &mut egui::Ui,
    text: impl Into<egui::WidgetText>,
    level: usize,
    focus: bool,
) -> egui::Response {
    let response = ui.add(egui::Label::new(text).sense(egui::Sense::focusable_noninteractive()));
    mark_heading(ui, &response, level);
    if focus {
        response.request_focus();
    }
    response
}

/// Exposes the label `response` as a heading. A label's text is its accessible value; a heading's
/// name is its label, so the text moves there.
fn mark_heading(ui: &egui::Ui, response: &egui::Response, level: usize) {
    ui.ctx().accesskit_node_builder(response.id, |node| {
        let text = node.value().map(str::to_owned);
        node.set_role(Role::Heading);
        node.set_level(level);
        if let Some(text) = text {
            node.clear_value();
            node.set_label(text);
        }
    });
}

/// A link inside the app. See [`one_piece`] for why it is laid out here.
pub fn link(ui: &mut egui::Ui, text: impl Into<egui::WidgetText>) -> egui::Response {
    let galley = one_piece(ui, text);
    ui.add(egui::Link::new(galley))
}

/// A link to a web page or an e-mail address. See [`one_piece`].
pub fn hyperlink(
    ui: &mut egui::Ui,
    text: impl Into<egui::WidgetText>,
    url: impl ToString,
) -> egui::Response {
    let galley = one_piece(ui, text);
    ui.add(egui::Hyperlink::from_label_and_url(galley, url))
}

/// Lays the link's text out as one block, wrapped to the full width. In a `horizontal_wrapped` row
/// egui flows a link's text on from the previous widget and adds one focusable widget per line,
/// only the first named: a link that started on a new line was two objects, and Tab stopped on an
/// unnamed one (15 of them on the demo result). A ready-made text block is placed as one widget.
fn one_piece(ui: &egui::Ui, text: impl Into<egui::WidgetText>) -> Arc<egui::Galley> {
    text.into().into_galley(
        ui,
        Some(egui::TextWrapMode::Wrap),
        ui.available_width(),
        egui::TextStyle::Body,
    )
}
