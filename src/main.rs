//! `sajag`: the desktop app, plus a small command line for people and scripts
//! (`sajag explain`, `sajag check`). With no subcommand it opens the app.
//!
//! The command line and the app live in this binary's own modules (`cli`, `app`), not in the
//! library, so that the operator tool never links the GUI.

mod app;
mod cli;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    cli::run(cli::Cli::parse())
}
