//! The yardstick for `bench/app_metrics.sh` (issue #13, item 7): an eframe window with nothing in
//! it, built with the app's eframe features (this crate's) and the app's `NativeOptions` (the
//! default renderer, wgpu; the same window size), drawing an empty `CentralPanel`. What the app
//! costs beyond this is what Sajag itself adds; the rest is the toolkit and the graphics driver.
//!
//! `cargo build --release --example bare_window`. With `SAJAG_REPORT_FIRST_FRAME` set it prints
//! `bare_window: first frame` on stderr after its first frame, as the app does.

use eframe::egui;

struct Bare {
    report_first_frame: bool,
}

impl eframe::App for Bare {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        egui::CentralPanel::default().show(ui, |_ui| {});
        if self.report_first_frame {
            self.report_first_frame = false;
            eprintln!("bare_window: first frame");
        }
    }
}

fn main() -> eframe::Result {
    let viewport = egui::ViewportBuilder::default()
        .with_title("Sajag bare window")
        .with_inner_size([900.0, 760.0])
        .with_min_inner_size([420.0, 360.0]);
    let options = eframe::NativeOptions {
        viewport,
        ..Default::default()
    };
    let report_first_frame = std::env::var_os("SAJAG_REPORT_FIRST_FRAME").is_some();
    eframe::run_native(
        "bare_window",
        options,
        Box::new(move |_cc| Ok(Box::new(Bare { report_first_frame }))),
    )
}
