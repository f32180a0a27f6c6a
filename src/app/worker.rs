//! Background work: opening an index, running a check (one, or the rows of a family check), the
//! file dialogs, compiling the message rules, and saving settings and the complaint summary.
//!
//! Each job runs on its own named thread, reports one [`Event`] through the app's channel and asks
//! for a repaint. The UI thread never waits on the network or the disk. Jobs are not interrupted:
//! a cancelled check simply has its answer dropped (by generation), and the thread ends on its own
//! timeout. A job that panics still reports: [`spawn`] then sends the job's error event with a
//! plain message, so the screen offers Retry instead of waiting forever.

use std::path::PathBuf;
use std::sync::mpsc::Sender;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use eframe::egui;
use sajag::identifier::Identifier;
use sajag::lookup::{
    self, CheckOutcome, LookupError, RemoteSource, Source, SourceInfo, SourceSpec,
};
use sajag::trust::TrustPolicy;

use sajag::guidance::Lang;
use sajag::guidance::scan::Rules;

use super::settings::{Settings, write_atomically};

/// What a background job reports.
pub enum Event {
    SourceReady {
        generation: u64,
        source: Arc<dyn Source>,
        info: Arc<SourceInfo>,
    },
    SourceFailed {
        generation: u64,
        error: Arc<LookupError>,
    },
    /// How far the verification of a large index file has come.
    SourceProgress {
        generation: u64,
        done_bytes: u64,
        total_bytes: u64,
    },
    CheckDone {
        generation: u64,
        /// The masked identifier the check was for (never the identifier itself).
        masked: String,
        result: CheckAnswer,
    },
    /// One row of a family check (by its position; the identifier is not sent back).
    FamilyRowDone {
        generation: u64,
        row: usize,
        result: CheckAnswer,
    },
    FilePicked(Option<PathBuf>),
    SettingsSaved(Result<(), String>),
    /// The message-check rules of a language, compiled.
    RulesReady(Lang, Result<Arc<Rules>, String>),
    /// Where the complaint summary was saved; `None` when the dialog was closed.
    ComplaintSaved(Result<Option<PathBuf>, String>),
}

/// The native file dialogs, behind a trait so that tests can answer them.
pub trait Dialogs: Send + Sync {
    /// Asks for an index file to open.
    fn pick_index(&self) -> Option<PathBuf>;
    /// Asks where to save the complaint summary, suggesting `file_name`.
    fn save_complaint(&self, file_name: &str) -> Option<PathBuf>;
}

/// The operating system's dialogs (rfd).
pub struct NativeDialogs;

impl Dialogs for NativeDialogs {
    fn pick_index(&self) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .add_filter("Sajag index", &["sajag"])
            .add_filter("All files", &["*"])
            .pick_file()
    }

    fn save_complaint(&self, file_name: &str) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_file_name(file_name)
            .add_filter("Markdown / text", &["md", "txt"])
            .save_file()
    }
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

/// Runs `job` on a thread named `name`. If it panics, `on_panic` makes the event reported instead,
/// from the plain message of [`LookupError::Internal`] (the panic's own message is not passed on;
/// the standard panic hook has already printed it on stderr).
fn spawn(
    name: &str,
    reporter: Reporter,
    on_panic: impl FnOnce(String) -> Event + Send + 'static,
    job: impl FnOnce() + Send + 'static,
) {
    let guarded = move || {
        if std::panic::catch_unwind(std::panic::AssertUnwindSafe(job)).is_err() {
            reporter.send(on_panic(LookupError::Internal.to_string()));
        }
    };
    if let Err(e) = std::thread::Builder::new().name(name.into()).spawn(guarded) {
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

/// Opens the index `spec`, verifies it against `trust`, and reads its description. A file's
/// verification reports its progress.
pub fn open_source(
    reporter: Reporter,
    generation: u64,
    spec: String,
    trust: Arc<TrustPolicy>,
    timeouts: Timeouts,
) {
    let failed = move |_| Event::SourceFailed {
        generation,
        error: Arc::new(LookupError::Internal),
    };
    spawn("sajag-source", reporter.clone(), failed, move || {
        let progress = |done: u64, total: u64| {
            if total >= 64 << 20 {
                reporter.send(Event::SourceProgress {
                    generation,
                    done_bytes: done,
                    total_bytes: total,
                });
            }
        };
        let opened: Result<Box<dyn Source>, _> = match SourceSpec::parse(&spec) {
            SourceSpec::Url(url) => {
                RemoteSource::with_timeouts(&url, trust, timeouts.connect, timeouts.request)
                    .map(|s| Box::new(s) as Box<dyn Source>)
            }
            _ => lookup::open_source_with_progress(&spec, &trust, &progress),
        };
        let event = match opened.and_then(|s| s.info().map(|info| (s, info))) {
            Ok((source, info)) => Event::SourceReady {
                generation,
                source: Arc::from(source),
                info,
            },
            Err(e) => Event::SourceFailed {
                generation,
                error: Arc::new(e),
            },
        };
        reporter.send(event);
    });
}

/// Reads the description of an already open source (used for a source handed in by a test).
pub fn describe_source(reporter: Reporter, generation: u64, source: Arc<dyn Source>) {
    let failed = move |_| Event::SourceFailed {
        generation,
        error: Arc::new(LookupError::Internal),
    };
    spawn("sajag-source", reporter.clone(), failed, move || {
        let event = match source.info() {
            Ok(info) => Event::SourceReady {
                generation,
                source,
                info,
            },
            Err(e) => Event::SourceFailed {
                generation,
                error: Arc::new(e),
            },
        };
        reporter.send(event);
    });
}

/// What a check answers: its outcome, or the error to show (never "not found" for a failure).
pub type CheckAnswer = Result<Box<CheckOutcome>, Arc<LookupError>>;

/// Checks `id` against `source`.
pub fn check(reporter: Reporter, generation: u64, source: Arc<dyn Source>, id: Identifier) {
    let masked = id.masked();
    spawn_check("sajag-lookup", reporter, source, id, move |result| {
        Event::CheckDone {
            generation,
            masked: masked.clone(),
            result,
        }
    });
}

/// Checks row `row` of a family check against `source`, on its own thread: a row that fails or
/// panics reports its own error and never holds up the others.
pub fn family_check(
    reporter: Reporter,
    generation: u64,
    row: usize,
    source: Arc<dyn Source>,
    id: Identifier,
) {
    spawn_check("sajag-family", reporter, source, id, move |result| {
        Event::FamilyRowDone {
            generation,
            row,
            result,
        }
    });
}

/// The one way a check runs: `lookup::check` on a thread named `name`, its answer (or, if it
/// panics, [`LookupError::Internal`]) reported as the event `answer` makes.
fn spawn_check(
    name: &str,
    reporter: Reporter,
    source: Arc<dyn Source>,
    id: Identifier,
    answer: impl Fn(CheckAnswer) -> Event + Clone + Send + 'static,
) {
    let on_panic = {
        let answer = answer.clone();
        move |_| answer(Err(Arc::new(LookupError::Internal)))
    };
    spawn(name, reporter.clone(), on_panic, move || {
        let result = lookup::check(source.as_ref(), &id)
            .map(Box::new)
            .map_err(Arc::new);
        reporter.send(answer(result));
    });
}

/// Shows the open-file dialog for an index file.
pub fn pick_file(reporter: Reporter, dialogs: Arc<dyn Dialogs>) {
    // A dialog that failed counts as closed.
    let failed = |_| Event::FilePicked(None);
    spawn("sajag-file-dialog", reporter.clone(), failed, move || {
        reporter.send(Event::FilePicked(dialogs.pick_index()));
    });
}

/// Compiles the message-check rules with explanations in `lang`.
pub fn load_rules(reporter: Reporter, lang: Lang) {
    let failed = move |message| Event::RulesReady(lang, Err(message));
    spawn("sajag-rules", reporter.clone(), failed, move || {
        let rules = Rules::embedded(lang)
            .map(Arc::new)
            .map_err(|e| e.to_string());
        reporter.send(Event::RulesReady(lang, rules));
    });
}

/// Asks where to save the complaint summary `text`, then writes it there atomically.
pub fn save_complaint(
    reporter: Reporter,
    dialogs: Arc<dyn Dialogs>,
    file_name: String,
    text: String,
) {
    let failed = |message| Event::ComplaintSaved(Err(message));
    let fallback = reporter.clone();
    spawn("sajag-save-complaint", fallback, failed, move || {
        let result = match dialogs.save_complaint(&file_name) {
            None => Ok(None),
            Some(path) => write_atomically(&path, text.as_bytes())
                .map(|()| Some(path))
                .map_err(|e| e.to_string()),
        };
        reporter.send(Event::ComplaintSaved(result));
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
    let failed = |message| Event::SettingsSaved(Err(message));
    spawn("sajag-settings", reporter.clone(), failed, move || {
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
