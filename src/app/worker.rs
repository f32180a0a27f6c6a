//! Background work: opening an index, running a check, the file dialog and saving settings.
//!
//! Each job runs on its own named thread, reports one [`Event`] through the app's channel and asks
//! for a repaint. The UI thread never waits on the network or the disk. Jobs are not interrupted:
//! a cancelled check simply has its answer dropped (by generation), and the thread ends on its own
//! timeout.

use std::path::PathBuf;
use std::sync::mpsc::Sender;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use eframe::egui;
use sajag::identifier::Identifier;
use sajag::lookup::{self, CheckOutcome, RemoteSource, Source, SourceInfo};

use super::settings::Settings;

/// What a background job reports.
pub enum Event {
    SourceReady {
        generation: u64,
        source: Arc<dyn Source>,
        info: Box<SourceInfo>,
    },
    SourceFailed {
        generation: u64,
        message: String,
    },
    CheckDone {
        generation: u64,
        /// The masked identifier the check was for (never the identifier itself).
        masked: String,
        result: Result<Box<CheckOutcome>, String>,
    },
    FilePicked(Option<PathBuf>),
    SettingsSaved(Result<(), String>),
}

/// Sends events to the UI and wakes it.
#[derive(Clone)]
pub struct Reporter {
    pub tx: Sender<Event>,
    pub ctx: egui::Context,
}

impl Reporter {
    fn send(&self, event: Event) {
        // The receiver is gone only when the app is closing; nothing to report to then.
        let _ = self.tx.send(event);
        self.ctx.request_repaint();
    }
}

fn spawn(name: &str, job: impl FnOnce() + Send + 'static) {
    if let Err(e) = std::thread::Builder::new().name(name.into()).spawn(job) {
        super::diag(&format!("could not start the {name} thread: {e}"));
    }
}

/// Timeouts for online indexes.
#[derive(Clone, Copy, Debug)]
pub struct Timeouts {
    pub connect: Duration,
    pub request: Duration,
}

impl Default for Timeouts {
    fn default() -> Self {
        Timeouts {
            connect: lookup::CONNECT_TIMEOUT,
            request: lookup::REQUEST_TIMEOUT,
        }
    }
}

/// Opens the index `spec` and reads its description.
pub fn open_source(reporter: Reporter, generation: u64, spec: String, timeouts: Timeouts) {
    spawn("sajag-source", move || {
        let opened: Result<Box<dyn Source>, _> =
            if spec.starts_with("http://") || spec.starts_with("https://") {
                RemoteSource::with_timeouts(spec.trim(), timeouts.connect, timeouts.request)
                    .map(|s| Box::new(s) as Box<dyn Source>)
            } else {
                lookup::open_source(&spec)
            };
        let event = match opened.and_then(|s| s.info().map(|info| (s, info))) {
            Ok((source, info)) => Event::SourceReady {
                generation,
                source: Arc::from(source),
                info: Box::new(info),
            },
            Err(e) => Event::SourceFailed {
                generation,
                message: e.to_string(),
            },
        };
        reporter.send(event);
    });
}

/// Reads the description of an already open source (used for a source handed in by a test).
pub fn describe_source(reporter: Reporter, generation: u64, source: Arc<dyn Source>) {
    spawn("sajag-source", move || {
        let event = match source.info() {
            Ok(info) => Event::SourceReady {
                generation,
                source,
                info: Box::new(info),
            },
            Err(e) => Event::SourceFailed {
                generation,
                message: e.to_string(),
            },
        };
        reporter.send(event);
    });
}

/// Checks `id` against `source`.
pub fn check(reporter: Reporter, generation: u64, source: Arc<dyn Source>, id: Identifier) {
    spawn("sajag-lookup", move || {
        let masked = id.masked();
        let result = lookup::check(source.as_ref(), &id)
            .map(Box::new)
            .map_err(|e| e.to_string());
        reporter.send(Event::CheckDone {
            generation,
            masked,
            result,
        });
    });
}

/// Shows the open-file dialog for an index file.
pub fn pick_file(reporter: Reporter) {
    spawn("sajag-file-dialog", move || {
        let picked = rfd::FileDialog::new()
            .add_filter("Sajag index", &["sajag"])
            .add_filter("All files", &["*"])
            .pick_file();
        reporter.send(Event::FilePicked(picked));
    });
}

/// Saves a snapshot of the settings. `seq` orders snapshots and `last_saved` is the app's record
/// of the newest one written, so an older snapshot never overwrites a newer one.
pub fn save_settings(
    reporter: Reporter,
    dir: PathBuf,
    settings: Settings,
    seq: u64,
    last_saved: Arc<Mutex<u64>>,
) {
    spawn("sajag-settings", move || {
        let mut last = last_saved.lock().unwrap_or_else(PoisonError::into_inner);
        if seq <= *last {
            return;
        }
        let result = settings.save(&dir).map_err(|e| e.to_string());
        *last = seq;
        drop(last);
        reporter.send(Event::SettingsSaved(result));
    });
}
