//! Intents: what the UI asks for. Screens only draw state and push [`Command`]s; the app applies
//! them after the frame is drawn (as rerun's `SystemCommand`).

use super::i18n::Lang;
use super::settings::ThemePref;

/// The screens of this build.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Screen {
    Check,
    Result,
    /// Several numbers or PANs at once, one per line.
    Family,
    /// The scam guide: sections, search, and one article at a time.
    Guide,
    /// Check a pasted message for red flags.
    Message,
    /// Report & help: whom to call, and the complaint form.
    Help,
    Settings,
}

/// Something the person asked for.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Check what is in the input box.
    Check,
    /// Forget the running check; its late answer is dropped.
    CancelCheck,
    /// Empty the input box.
    ClearInput,
    Show(Screen),
    /// Open an index: `demo`, a file path or a URL.
    UseSource(String),
    /// Open the current source again after an error.
    RetrySource,
    /// Show the open-file dialog (on a background thread).
    PickFile,
    SetTheme(ThemePref),
    SetZoom(f32),
    SetLanguage(Lang),
    /// Tick or untick a "what to do now" step of a breach.
    SetStep {
        slug: String,
        step: String,
        done: bool,
    },
    ToggleHowItWorks,
    /// Show a scam-guide article (by id) on the Guide screen.
    OpenArticle(String),
    /// Back from an article to the guide's list.
    CloseArticle,
    /// Check the pasted message against the red-flag rules.
    ScanMessage,
    /// Forget the pasted message and its result.
    ClearMessage,
    /// Ask where to save the complaint summary, then write it (nothing is sent).
    SaveComplaint,
    /// Empty the complaint form.
    ClearComplaint,
    /// Trust the publisher key in Settings' key box (under the name in its name box).
    TrustKey,
    /// Stop trusting a publisher key (hex).
    UntrustKey(String),
    /// The "breaches added" notice's action: check the typed input again if it is a number or
    /// PAN, else put the cursor in the input box (no identifier is kept to check again by itself).
    CheckAgain,
    /// Hide the "breaches added" notice; the index's breaches count as seen.
    DismissNews,
    /// Check every line of the Family check box.
    CheckFamily,
    /// Empty the Family check box and forget its results.
    ClearFamily,
}
