//! `sajag-cli`: the command line of `sajag` in a console program, shipped on Windows as
//! `sajag.com` beside the windowed `sajag.exe` (installer/README.md, "Windows: one window, one console").
//!
//! Why two programs: a Windows program is either a console program (a console window opens when it
//! is started from the Start menu or Explorer) or a GUI program (cmd and PowerShell do not wait for
//! it, and its output never reaches their window). `sajag.exe` is the GUI program, so launching the
//! app opens no console. In a terminal, `sajag check …` finds `sajag.com` first (`.COM` comes
//! before `.EXE` in `PATHEXT`), which is this program: it prints to that terminal, reads the hidden
//! prompt from it and returns its exit code to the shell. The other way — a GUI program attaching
//! to its parent's console — cannot make the shell wait or see the exit code, and needs `unsafe`
//! Win32 calls. With no command this program starts the app beside it and returns at once.
//!
//! The command line is the same source as the app's (`cli.rs`, and the settings and words it
//! reads); only the app itself is left out, so this program carries no GUI toolkit. On Linux and
//! macOS it is built too (tests run the command line through it as well) but not shipped.

mod cli;

/// The two parts of the app the command line reads: the settings (trusted keys) and the words
/// (the message check's verdicts). The same files as the app's `app::settings` and `app::i18n`.
#[allow(dead_code)] // the app uses more of these modules than the command line does
mod app {
    #[path = "i18n.rs"]
    pub mod i18n;
    #[path = "settings.rs"]
    pub mod settings;

    /// Starts the app (`sajag.exe`, or `sajag` outside Windows) from the folder of this program,
    /// without waiting for it: the terminal is free again at once.
    pub fn run() -> Result<(), String> {
        let here = std::env::current_exe()
            .map_err(|e| format!("could not find where this program is: {e}"))?;
        let app = here.with_file_name(format!("sajag{}", std::env::consts::EXE_SUFFIX));
        std::process::Command::new(&app)
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .map(drop)
            .map_err(|e| format!("could not start {}: {e}", app.display()))
    }
}

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    cli::run(cli::Cli::parse())
}
