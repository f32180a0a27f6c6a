//! The desktop app (ARCHITECTURE.md, The app): a thin eframe shell around [`AppState`], which draws the screens,
//! collects [`Command`]s from them and applies those after each frame. All I/O runs in
//! [`worker`] threads; results come back as [`worker::Event`]s.
//!
//! Nothing typed is kept: the input lives only in memory, is cleared on "Clear" and when the Check
//! screen is left, and no identifier, canonical form or full hash is ever written or logged. A
//! pasted message and the complaint form also live in memory only; the complaint is written only
//! where the person chooses in the save dialog. The checklist ticks of a result stay in memory too
//! (they name breaches, so they would tell which leaks a number is in). The Family check's lines
//! and results are memory only in the same way ([`family`]). What the settings keep of an index is
//! only its list of breaches, to say which are new ([`news`]).
//!
//! At first start the interface language follows the OS locale, which [`run`] reads and hands to
//! [`AppState::with_locale`] (tests hand in their own).
//!
//! This file is longer than most on purpose: it is the one place where the app's state changes
//! (`AppState::apply` for commands, `poll_events` for worker events), so that every change of
//! state can be read together.

mod a11y;
mod checklist;
mod command;
mod complaint;
mod family;
pub mod i18n;
mod icon;
mod news;
mod screens;
pub mod settings;
mod theme;
mod worker;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_a11y;
#[cfg(test)]
mod tests_family;
#[cfg(test)]
mod tests_message;
#[cfg(test)]
mod tests_trust;

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};

use eframe::egui;
use sajag::guidance::scan::{Rules, Scan};
use sajag::guidance::{Guidance, Lang};
use sajag::identifier::Identifier;
use sajag::lookup::{CheckOutcome, LookupError, Source, SourceInfo};

use checklist::Checklist;
pub use command::{Command, Screen};
use complaint::ComplaintState;
use family::{FamilyState, Row, RowStatus};
use i18n::Tr;
use settings::Settings;
use worker::{Dialogs, Event, NativeDialogs, Reporter, Timeouts};

/// Writes a diagnostic line to stderr. Callers never pass an identifier; tests capture these lines
/// and scan them for one.
pub fn diag(message: &str) {
    eprintln!("sajag: {message}");
    #[cfg(test)]
    tests::capture_diag(message);
}

/// Opens the app window. Returns when the window is closed.
pub fn run() -> Result<(), String> {
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Sajag")
        // Lets Wayland desktops match the window to in.sajag.Sajag.desktop (name and icon).
        .with_app_id(icon::APP_ID)
        .with_inner_size([900.0, 760.0])
        .with_min_inner_size([420.0, 360.0]);
    if let Some(window_icon) = icon::window_icon() {
        viewport = viewport.with_icon(window_icon);
    }
    let options = eframe::NativeOptions {
        viewport,
        ..Default::default()
    };
    eframe::run_native(
        "Sajag",
        options,
        Box::new(|cc| {
            let config_dir = Settings::default_dir();
            let locale = sys_locale::get_locale();
            Ok(Box::new(SajagApp::new(
                &cc.egui_ctx,
                config_dir,
                locale.as_deref(),
            )))
        }),
    )
    .map_err(|e| e.to_string())
}

/// The embedded guidance in `lang`. The content is checked by the library's tests, so a failure
/// here means a broken build; the app then shows empty guidance and says so on stderr.
fn load_guide(lang: Lang) -> Guidance {
    Guidance::embedded(lang).unwrap_or_else(|e| {
        diag(&format!("the guidance could not be read: {e}"));
        Guidance {
            lang,
            articles: Vec::new(),
            contacts: Vec::new(),
            advice: sajag::guidance::Advice::default(),
        }
    })
}

/// The eframe shell.
struct SajagApp {
    state: AppState,
    report_first_frame: bool,
}

impl SajagApp {
    fn new(ctx: &egui::Context, config_dir: Option<PathBuf>, locale: Option<&str>) -> Self {
        theme::install_fonts(ctx);
        SajagApp {
            state: AppState::with_locale(config_dir, None, locale),
            report_first_frame: std::env::var_os("SAJAG_REPORT_FIRST_FRAME").is_some(),
        }
    }
}

impl eframe::App for SajagApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.state.ui(ui);
        if self.report_first_frame {
            self.report_first_frame = false;
            diag("first frame");
        }
    }
}

/// Where the current index stands.
pub enum SourceState {
    Opening,
    Ready {
        source: Arc<dyn Source>,
        info: Arc<SourceInfo>,
    },
    /// Typed, so that a screen can act on it (and says it in words with `to_string`).
    Failed {
        error: Arc<LookupError>,
    },
}

/// A check under way.
pub struct Pending {
    pub generation: u64,
}

/// What the last check said.
pub enum CheckResult {
    Done {
        masked: String,
        outcome: Box<CheckOutcome>,
    },
    Failed {
        error: Arc<LookupError>,
        /// When a server that limits its rate said to come back (Try again waits until then).
        retry_at: Option<std::time::Instant>,
    },
    Cancelled,
}

/// Everything the app shows, and the channel its background jobs answer on.
#[expect(
    clippy::struct_excessive_bools,
    reason = "independent one-frame requests and toggles of the screens, not the states of one machine"
)]
pub struct AppState {
    pub settings: Settings,
    config_dir: Option<PathBuf>,
    pub tr: Tr,
    pub screen: Screen,
    /// What the person typed. Memory only; cleared on Clear and when leaving the Check screen.
    pub input: String,
    /// The index being opened or in use (`demo`, a path or a URL). It becomes `settings.source`,
    /// and is saved, only once it has opened, so that a number pasted into the source box by
    /// mistake never reaches the settings file.
    pub source_spec: String,
    pub source: SourceState,
    /// How far the verification of a large index file has come (0–1), while opening.
    pub open_progress: Option<f32>,
    source_generation: u64,
    check_generation: u64,
    pub pending: Option<Pending>,
    pub last_check: Option<CheckResult>,
    /// Ticked "what to do now" steps. Memory only; never saved.
    pub checklist: Checklist,
    pub show_how: bool,
    /// The file path and URL boxes in Settings.
    pub file_input: String,
    pub url_input: String,
    pub settings_error: Option<String>,
    /// Settings' "trust a publisher" boxes, and why the last key was refused.
    pub trust_input: String,
    pub trust_name_input: String,
    pub trust_error: Option<String>,
    pub focus_input: bool,
    /// Titles of the breaches the open index lists and did not list when last opened (the
    /// notice on the Check screen; empty: no notice). See [`news`].
    pub new_breaches: Vec<String>,
    /// The Family check screen.
    pub family: FamilyState,
    /// Move the keyboard focus to the result that just arrived (a check's or a message's), so that
    /// a screen reader reads it out; taken by the screen that shows it.
    pub announce: bool,
    /// The guide, advice and contacts in the interface language.
    pub guide: Guidance,
    /// The scam guide's search box.
    pub guide_query: String,
    /// The article open on the Guide screen.
    pub article: Option<String>,
    /// Scroll the open article to its top on the next frame.
    pub article_scroll_top: bool,
    /// The message-check rules in the interface language, once compiled (on a worker).
    pub rules: Option<Arc<Rules>>,
    pub rules_error: Option<String>,
    /// The language whose rules are being compiled or were compiled (see [`Self::want_rules`]).
    rules_requested: Option<Lang>,
    /// The pasted message. Memory only; never saved or sent.
    pub message: String,
    /// The result for `message`; cleared when the message changes.
    pub scan: Option<Scan>,
    /// The complaint form. Memory only, until the person saves it where they choose.
    pub complaint: ComplaintState,
    pub commands: Vec<Command>,
    settings_seq: u64,
    settings_saved: Arc<std::sync::Mutex<u64>>,
    timeouts: Timeouts,
    dialogs: Arc<dyn Dialogs>,
    tx: Sender<Event>,
    rx: Receiver<Event>,
    /// Set on the first frame; background jobs wake the UI through it.
    ctx: Option<egui::Context>,
    /// A source handed in at construction (tests), described on the first frame.
    initial_source: Option<Arc<dyn Source>>,
}

impl AppState {
    /// Loads the settings; the first frame starts opening the index (or describing `source`). At
    /// first start the language is English (tests); the app uses [`AppState::with_locale`].
    #[cfg(test)]
    pub fn new(config_dir: Option<PathBuf>, source: Option<Arc<dyn Source>>) -> Self {
        Self::build(config_dir, source, Timeouts::default(), None)
    }

    /// Loads the settings; the first frame starts opening the index (or describing `source`). At
    /// first start (no saved language) the interface is in the language the OS `locale` names (`hi-IN` → Hindi); a saved language always wins.
    pub fn with_locale(
        config_dir: Option<PathBuf>,
        source: Option<Arc<dyn Source>>,
        locale: Option<&str>,
    ) -> Self {
        Self::build(config_dir, source, Timeouts::default(), locale)
    }

    /// Like [`AppState::new`], with other timeouts for online indexes (tests).
    #[cfg(test)]
    pub fn with_timeouts(
        config_dir: Option<PathBuf>,
        source: Option<Arc<dyn Source>>,
        timeouts: Timeouts,
    ) -> Self {
        Self::build(config_dir, source, timeouts, None)
    }

    fn build(
        config_dir: Option<PathBuf>,
        source: Option<Arc<dyn Source>>,
        timeouts: Timeouts,
        locale: Option<&str>,
    ) -> Self {
        let settings = Settings::load_or_first_start(config_dir.as_deref(), locale);
        let guide = load_guide(settings.language);
        let (tx, rx) = channel();
        let source_spec = settings.source.clone();
        let (file_input, url_input) = match sajag::lookup::SourceSpec::parse(&settings.source) {
            sajag::lookup::SourceSpec::Url(url) => (String::new(), url),
            sajag::lookup::SourceSpec::Demo => (String::new(), String::new()),
            sajag::lookup::SourceSpec::File(_) => (settings.source.clone(), String::new()),
        };
        AppState {
            tr: Tr::new(settings.language),
            settings,
            config_dir,
            screen: Screen::Check,
            input: String::new(),
            source_spec,
            source: SourceState::Opening,
            open_progress: None,
            source_generation: 0,
            check_generation: 0,
            pending: None,
            last_check: None,
            checklist: Checklist::default(),
            show_how: false,
            file_input,
            url_input,
            settings_error: None,
            trust_input: String::new(),
            trust_name_input: String::new(),
            trust_error: None,
            focus_input: true,
            new_breaches: Vec::new(),
            family: FamilyState::default(),
            announce: false,
            guide,
            guide_query: String::new(),
            article: None,
            article_scroll_top: false,
            rules: None,
            rules_error: None,
            rules_requested: None,
            message: String::new(),
            scan: None,
            complaint: ComplaintState::default(),
            commands: Vec::new(),
            settings_seq: 0,
            settings_saved: Arc::default(),
            timeouts,
            dialogs: Arc::new(NativeDialogs),
            tx,
            rx,
            ctx: None,
            initial_source: source,
        }
    }

    /// Answers the file dialogs with `dialogs` instead of the operating system's (tests).
    #[cfg(test)]
    pub fn with_dialogs(mut self, dialogs: Arc<dyn Dialogs>) -> Self {
        self.dialogs = dialogs;
        self
    }

    fn reporter(&self) -> Reporter {
        Reporter {
            tx: self.tx.clone(),
            ctx: self.ctx.clone().expect("jobs start after the first frame"),
        }
    }

    /// First frame: remember the context, apply the look, start opening the index.
    fn start(&mut self, ctx: &egui::Context) {
        self.ctx = Some(ctx.clone());
        theme::apply(ctx, &self.settings);
        match self.initial_source.take() {
            Some(source) => worker::describe_source(self.reporter(), 0, source),
            None => self.open_source(),
        }
    }

    fn apply_look(&self) {
        if let Some(ctx) = &self.ctx {
            theme::apply(ctx, &self.settings);
        }
    }

    fn open_source(&mut self) {
        self.source_generation += 1;
        self.source = SourceState::Opening;
        self.open_progress = None;
        worker::open_source(
            self.reporter(),
            self.source_generation,
            self.source_spec.clone(),
            Arc::new(self.settings.trust_policy(self.config_dir.as_deref())),
            self.timeouts,
        );
    }

    /// Draws one frame: takes in background results, draws the screen, applies the commands.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        if self.ctx.is_none() {
            self.start(ui.ctx());
        }
        self.poll_events();
        self.want_rules();
        screens::ui(self, ui);
        let commands = std::mem::take(&mut self.commands);
        for command in commands {
            self.apply(command);
        }
    }

    fn set_language(&mut self, lang: Lang) {
        self.settings.language = lang;
        self.tr = Tr::new(lang);
        self.guide = load_guide(lang);
        // The other language's rules go; the Check-a-message screen asks for these.
        self.rules = None;
        self.rules_error = None;
        self.rules_requested = None;
        self.save_settings();
    }

    /// Starts compiling the message-check rules when the Check-a-message screen is shown and they
    /// are not there for the interface language. Not at start: compiled, they take about 18 MB
    /// (`bench/app_metrics.sh`), which a person who only checks a number never needs.
    fn want_rules(&mut self) {
        let lang = self.tr.lang();
        if self.screen == Screen::Message && self.rules_requested != Some(lang) {
            self.rules_requested = Some(lang);
            worker::load_rules(self.reporter(), lang);
        }
    }

    fn poll_events(&mut self) {
        while let Ok(event) = self.rx.try_recv() {
            match event {
                Event::SourceReady {
                    generation,
                    source,
                    info,
                } if generation == self.source_generation => {
                    self.source = SourceState::Ready {
                        source,
                        info: info.clone(),
                    };
                    let changed = self.remember_source();
                    if self.note_new_breaches(&info) || changed {
                        self.save_settings();
                    }
                }
                Event::SourceFailed { generation, error }
                    if generation == self.source_generation =>
                {
                    self.source = SourceState::Failed { error };
                }
                Event::SourceProgress {
                    generation,
                    done_bytes,
                    total_bytes,
                } if generation == self.source_generation => {
                    #[allow(clippy::cast_precision_loss)] // a fraction for a progress bar
                    let fraction = done_bytes as f32 / total_bytes.max(1) as f32;
                    self.open_progress = Some(fraction);
                }
                Event::CheckDone {
                    generation,
                    masked,
                    result,
                } if self
                    .pending
                    .as_ref()
                    .is_some_and(|p| p.generation == generation) =>
                {
                    self.pending = None;
                    self.announce = true;
                    match result {
                        Ok(outcome) => {
                            self.breaches_seen(&outcome.source);
                            self.last_check = Some(CheckResult::Done { masked, outcome });
                            self.show(Screen::Result);
                        }
                        Err(error) => {
                            let retry_at = error
                                .retry_after()
                                .map(|wait| std::time::Instant::now() + wait);
                            self.last_check = Some(CheckResult::Failed { error, retry_at });
                        }
                    }
                }
                Event::FamilyRowDone {
                    generation,
                    row,
                    result,
                } if generation == self.family.generation && row < self.family.rows.len() => {
                    let status = match result {
                        Ok(outcome) => {
                            self.breaches_seen(&outcome.source);
                            RowStatus::Done(outcome)
                        }
                        Err(error) => RowStatus::Failed(error),
                    };
                    self.family.rows[row].status = status;
                }
                Event::FilePicked(Some(path)) => {
                    self.file_input = path.display().to_string();
                    self.use_source(&self.file_input.clone());
                }
                Event::SettingsSaved(Err(message)) => self.settings_error = Some(message),
                Event::SettingsSaved(Ok(())) => self.settings_error = None,
                Event::RulesReady(lang, rules) if lang == self.tr.lang() => match rules {
                    Ok(rules) => {
                        // Explanations follow the language: scan again if a result is shown.
                        if self.scan.is_some() {
                            self.scan = Some(rules.scan(&self.message));
                        }
                        self.rules = Some(rules);
                        self.rules_error = None;
                    }
                    Err(message) => self.rules_error = Some(message),
                },
                Event::ComplaintSaved(result) => {
                    self.complaint.saving = false;
                    self.complaint.saved = result.transpose();
                }
                // Late answers of cancelled checks or replaced sources, and a closed dialog.
                _ => {}
            }
        }
    }

    fn show(&mut self, screen: Screen) {
        if self.screen == Screen::Check && screen != Screen::Check {
            self.input.clear();
        }
        if self.screen == Screen::Family && screen != Screen::Family {
            self.family.input.clear();
        }
        if screen == Screen::Check {
            self.focus_input = true;
        }
        self.screen = screen;
    }

    fn use_source(&mut self, spec: &str) {
        let spec = spec.trim().to_owned();
        if spec.is_empty() {
            return;
        }
        self.source_spec = spec;
        self.open_source();
    }

    /// Keeps the source that just opened in the settings (the caller saves them when this says
    /// they changed), unless it is what the settings hold already or looks like a mobile number or
    /// PAN (pasted into the wrong box; never written, even if a file of that name opened).
    fn remember_source(&mut self) -> bool {
        if self.source_spec != self.settings.source && settings::may_be_saved(&self.source_spec) {
            self.settings.source = self.source_spec.clone();
            return true;
        }
        false
    }

    /// Sets the "breaches added" notice for the index that just opened (see [`news`] for when the
    /// list is remembered). Returns whether the settings changed.
    fn note_new_breaches(&mut self, info: &SourceInfo) -> bool {
        self.new_breaches.clear();
        if !settings::may_be_saved(&self.source_spec) {
            return false;
        }
        let Some(seen) = self.settings.seen_breaches.get(&self.source_spec) else {
            // First visit: nothing to compare with.
            return self.remember_breaches(info);
        };
        self.new_breaches = news::added(seen, &info.catalogue)
            .into_iter()
            .map(|b| b.title.clone())
            .collect();
        // A catalogue that only lost breaches is remembered at once.
        self.new_breaches.is_empty() && self.remember_breaches(info)
    }

    /// A check against `info` completed, or the notice was dismissed: its breaches are seen. Only
    /// when it lists what the open index lists (a late answer from a replaced index changes
    /// nothing).
    fn breaches_seen(&mut self, info: &SourceInfo) {
        let current = matches!(&self.source, SourceState::Ready { info: open, .. }
            if open.catalogue == info.catalogue);
        if current {
            self.new_breaches.clear();
            if self.remember_breaches(info) {
                self.save_settings();
            }
        }
    }

    /// Keeps `info`'s breach list under the current source; whether it changed.
    fn remember_breaches(&mut self, info: &SourceInfo) -> bool {
        if !settings::may_be_saved(&self.source_spec) {
            return false;
        }
        let slugs = news::slugs(&info.catalogue);
        if self.settings.seen_breaches.get(&self.source_spec) == Some(&slugs) {
            return false;
        }
        self.settings
            .seen_breaches
            .insert(self.source_spec.clone(), slugs);
        true
    }

    fn save_settings(&mut self) {
        if let Some(dir) = &self.config_dir {
            self.settings_seq += 1;
            worker::save_settings(
                self.reporter(),
                dir.clone(),
                self.settings.clone(),
                self.settings_seq,
                self.settings_saved.clone(),
            );
        }
    }

    /// Applies one intent.
    pub fn apply(&mut self, command: Command) {
        match command {
            Command::Check => self.start_check(),
            Command::CancelCheck => {
                if self.pending.take().is_some() {
                    self.check_generation += 1;
                    self.last_check = Some(CheckResult::Cancelled);
                }
            }
            Command::ClearInput => {
                self.input.clear();
                if matches!(
                    self.last_check,
                    Some(CheckResult::Failed { .. } | CheckResult::Cancelled)
                ) {
                    self.last_check = None;
                }
                self.focus_input = true;
            }
            Command::Show(screen) => self.show(screen),
            Command::UseSource(spec) => self.use_source(&spec),
            Command::RetrySource => self.open_source(),
            Command::PickFile => worker::pick_file(self.reporter(), self.dialogs.clone()),
            Command::SetTheme(theme) => {
                self.settings.theme = theme;
                self.apply_look();
                self.save_settings();
            }
            Command::SetZoom(zoom) => {
                self.settings.zoom =
                    zoom.clamp(*settings::ZOOM_RANGE.start(), *settings::ZOOM_RANGE.end());
                self.apply_look();
                self.save_settings();
            }
            Command::SetLanguage(lang) => self.set_language(lang),
            Command::SetStep { slug, step, done } => {
                self.checklist.set_ticked(&slug, &step, done);
            }
            Command::ToggleHowItWorks => self.show_how = !self.show_how,
            Command::OpenArticle(id) => {
                self.article = Some(id);
                self.article_scroll_top = true;
                self.show(Screen::Guide);
            }
            Command::CloseArticle => self.article = None,
            Command::ScanMessage => {
                if let Some(rules) = &self.rules
                    && !self.message.trim().is_empty()
                {
                    self.scan = Some(rules.scan(&self.message));
                    self.announce = true;
                }
            }
            Command::ClearMessage => {
                self.message.clear();
                self.scan = None;
            }
            Command::SaveComplaint => {
                if !self.complaint.saving && !self.complaint.form.is_empty() {
                    self.complaint.saving = true;
                    self.complaint.saved = None;
                    let text = self.complaint.form.to_markdown(&self.tr);
                    let name = self.tr.t("complaint.file_name");
                    worker::save_complaint(self.reporter(), self.dialogs.clone(), name, text);
                }
            }
            Command::ClearComplaint => self.complaint = ComplaintState::default(),
            Command::TrustKey => self.trust_key(),
            Command::UntrustKey(key) => {
                self.settings.trusted_keys.retain(|e| e.key != key);
                self.save_settings();
                self.open_source();
            }
            Command::CheckAgain => {
                let ready = matches!(self.source, SourceState::Ready { .. });
                if ready && Identifier::parse(&self.input).is_ok() {
                    self.start_check();
                } else {
                    self.focus_input = true;
                }
            }
            Command::DismissNews => {
                if let SourceState::Ready { info, .. } = &self.source {
                    let info = Arc::clone(info);
                    self.breaches_seen(&info);
                }
            }
            Command::CheckFamily => self.start_family_check(),
            Command::ClearFamily => {
                self.family = FamilyState {
                    generation: self.family.generation + 1,
                    ..FamilyState::default()
                };
            }
        }
    }

    /// Adds the key in the Settings box to the trusted publishers, then reopens the index so that
    /// its publisher line says so. A key that does not parse is said, not saved.
    fn trust_key(&mut self) {
        match sajag::signing::PublicKey::parse(&self.trust_input) {
            Err(e) => self.trust_error = Some(e.to_string()),
            Ok((key, name_in_line)) => {
                let typed = self.trust_name_input.trim();
                let name = if typed.is_empty() {
                    name_in_line.unwrap_or_else(|| key.fingerprint())
                } else {
                    typed.to_owned()
                };
                let name: String = name.chars().filter(|c| !c.is_control()).take(80).collect();
                self.settings.trusted_keys.retain(|e| e.key != key.to_hex());
                self.settings.trusted_keys.push(settings::TrustedKeyEntry {
                    key: key.to_hex(),
                    name,
                });
                self.trust_input.clear();
                self.trust_name_input.clear();
                self.trust_error = None;
                self.save_settings();
                self.open_source();
            }
        }
    }

    fn start_check(&mut self) {
        if self.pending.is_some() {
            return;
        }
        let Ok(id) = Identifier::parse(&self.input) else {
            return;
        };
        let SourceState::Ready { source, .. } = &self.source else {
            return;
        };
        self.check_generation += 1;
        self.pending = Some(Pending {
            generation: self.check_generation,
        });
        self.last_check = None;
        worker::check(self.reporter(), self.check_generation, source.clone(), id);
    }

    /// Checks every row of the Family check box, each on its own worker thread.
    fn start_family_check(&mut self) {
        if self.family.busy() {
            return;
        }
        let SourceState::Ready { source, .. } = &self.source else {
            return;
        };
        let source = source.clone();
        let plan = family::plan(&self.family.input);
        if plan.rows.is_empty() {
            return;
        }
        self.family.generation += 1;
        self.family.not_checked = plan.not_checked;
        self.family.rows = Vec::with_capacity(plan.rows.len());
        for (row, planned) in plan.rows.into_iter().enumerate() {
            let (masked, status) = match planned.parsed {
                Ok(id) => {
                    let masked = id.masked();
                    let reporter = self.reporter();
                    worker::family_check(reporter, self.family.generation, row, source.clone(), id);
                    (Some(masked), RowStatus::Checking)
                }
                Err(e) => (None, RowStatus::Invalid(e)),
            };
            self.family.rows.push(Row {
                lines: planned.lines,
                masked,
                status,
            });
        }
    }

    /// The source's description, if it is open.
    pub fn source_info(&self) -> Option<&SourceInfo> {
        match &self.source {
            SourceState::Ready { info, .. } => Some(info),
            _ => None,
        }
    }
}
