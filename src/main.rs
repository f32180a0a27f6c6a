//! `sajag`: the desktop app, plus a small command line for people and scripts
//! (`sajag explain`, `sajag check`). With no subcommand it opens the app.
//!
//! The command line and the app live in this binary's own modules (`cli`, `app`), not in the
//! library, so that the operator tool never links the GUI.

// On Windows this is a GUI program, so starting the app opens no console window; the command line
// for terminals is `sajag.com` (src/console.rs, the `sajag-cli` binary).
#![cfg_attr(windows, windows_subsystem = "windows")]

mod app;
mod cli;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    cli::run(cli::Cli::parse())
}
