//! Three build steps:
//! - embeds the content of every language without a hand-kept list: writes
//!   `$OUT_DIR/guidance_articles.rs` with one `include_str!` per file, sorted by name, for the scam
//!   guide's articles (`assets/guidance/articles/*.toml`), the other content tables
//!   (`assets/guidance/<stem>.<lang>.toml`) and the interface's strings (`assets/i18n/<lang>.ftl`).
//!   A language is shipped when its `.ftl` file exists; the content validator then requires every
//!   other file of it;
//! - for Windows targets, gives `sajag.exe` and `sajag-cli.exe` (shipped as `sajag.com`) their
//!   icon (`assets/icon/sajag.ico`) and version information (product, version, company,
//!   description), which Explorer, the taskbar, Task Manager and the installer's shortcut show. The
//!   `.rc` is generated from Cargo's package fields so the version is never typed twice;
//! - writes `$OUT_DIR/model_training.toml`, the labelled messages the message check's wording
//!   model learns from (`src/guidance/scan/model.rs`): those of the labelled sets listed in
//!   `model_training` (not the development sets from dev3 on, which measure it) and of
//!   `messages-train.toml`, written for training only, that are ours (not `origin = "quoted"`) and
//!   not in the held-out split, so that the app carries neither the quoted
//!   messages nor the held-out ones.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    embed_articles();
    model_training();
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("windows") {
        windows_resources();
    }
}

fn embed_articles() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut code = String::new();
    embed_dir(
        &mut code,
        "/// Every article file: (file name, text).",
        "ARTICLE_FILES",
        &root.join("assets/guidance/articles"),
        "toml",
        &[],
    );
    embed_dir(
        &mut code,
        "/// The content tables that are not articles (`contacts`, `meaning`, `checklist`, `rules`, and\n\
         /// the figures' `near` words of the languages that keep them apart from facts.toml),\n\
         /// every language: (file name, text).",
        "TABLE_FILES",
        &root.join("assets/guidance"),
        "toml",
        &["contacts.", "meaning.", "checklist.", "rules.", "near."],
    );
    embed_dir(
        &mut code,
        "/// The interface's strings, one Fluent file per shipped language: (file name, text).",
        "FTL_FILES",
        &root.join("assets/i18n"),
        "ftl",
        &[],
    );
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("guidance_articles.rs");
    std::fs::write(out, code).expect("OUT_DIR is writable");
}

/// Appends `pub const {name}: &[(&str, &str)]` with every `.{extension}` file of `dir` whose name
/// starts with one of `prefixes` (any name when there are none).
fn embed_dir(
    code: &mut String,
    doc: &str,
    name: &str,
    dir: &Path,
    extension: &str,
    prefixes: &[&str],
) {
    println!("cargo::rerun-if-changed={}", dir.display());
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("readable directory entry").path())
        .filter(|p| {
            let file = p.file_name().and_then(|n| n.to_str()).unwrap_or_default();
            p.is_file()
                && p.extension().is_some_and(|x| x == extension)
                && (prefixes.is_empty() || prefixes.iter().any(|s| file.starts_with(s)))
        })
        .collect();
    files.sort();
    writeln!(code, "{doc}\npub const {name}: &[(&str, &str)] = &[").unwrap();
    for path in files {
        println!("cargo::rerun-if-changed={}", path.display());
        let file = path.file_name().unwrap().to_str().expect("UTF-8 file name");
        writeln!(
            code,
            "    ({file:?}, include_str!({:?})),",
            path.display().to_string()
        )
        .unwrap();
    }
    code.push_str("];\n");
}

/// What Windows shows for each binary: (Cargo binary name, file name as shipped, description).
const WINDOWS_BINARIES: &[(&str, &str, &str)] = &[
    ("sajag", "sajag.exe", "Sajag"),
    ("sajag-cli", "sajag.com", "Sajag command line"),
];

/// Compiles one version resource per binary (with the icon) and links it into that binary only.
fn windows_resources() {
    let manifest_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let icon = manifest_dir.join("assets/icon/sajag.ico");
    println!("cargo::rerun-if-changed={}", icon.display());
    let out_dir = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let version = env!("CARGO_PKG_VERSION");
    let numeric = ["MAJOR", "MINOR", "PATCH"]
        .map(|part| std::env::var(format!("CARGO_PKG_VERSION_{part}")).expect("cargo sets it"))
        .join(",");
    for (bin, file_name, description) in WINDOWS_BINARIES {
        let rc = version_rc(&icon, version, &numeric, file_name, description);
        let path = out_dir.join(format!("{bin}.rc"));
        std::fs::write(&path, rc).expect("OUT_DIR is writable");
        if let Err(e) =
            embed_resource::compile_for(&path, [bin], embed_resource::NONE).manifest_required()
        {
            panic!("the Windows resource of {bin} did not compile: {e}");
        }
    }
}

/// A resource script with the icon and a VERSIONINFO block (numeric constants instead of
/// `winver.h`, so neither compiler needs the Windows SDK headers).
fn version_rc(
    icon: &Path,
    version: &str,
    numeric: &str,
    file_name: &str,
    description: &str,
) -> String {
    let icon = icon.display().to_string().replace('\\', "/");
    format!(
        r#"1 ICON "{icon}"
1 VERSIONINFO
FILEVERSION {numeric},0
PRODUCTVERSION {numeric},0
FILEFLAGSMASK 0x3F
FILEFLAGS 0x0
FILEOS 0x40004
FILETYPE 0x1
FILESUBTYPE 0x0
BEGIN
  BLOCK "StringFileInfo"
  BEGIN
    BLOCK "040904B0"
    BEGIN
      VALUE "CompanyName", "The Sajag project"
      VALUE "FileDescription", "{description}"
      VALUE "FileVersion", "{version}"
      VALUE "InternalName", "{file_name}"
      VALUE "LegalCopyright", "Apache-2.0; fonts OFL-1.1"
      VALUE "OriginalFilename", "{file_name}"
      VALUE "ProductName", "Sajag"
      VALUE "ProductVersion", "{version}"
    END
  END
  BLOCK "VarFileInfo"
  BEGIN
    VALUE "Translation", 0x409, 1200
  END
END
"#
    )
}

/// The wording model's training messages (see the top of this file): each `[[message]]` block of
/// the labelled sets whose `split` is not "heldout" and whose `origin` is not "quoted".
fn model_training() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = String::from(
        "# Generated by build.rs from tests/data: the wording model's training messages.\n",
    );
    for name in [
        "messages-real.toml",
        "messages-dev.toml",
        "messages.toml",
        "messages-holdout.toml",
        "messages-dev2.toml",
        "messages-train.toml",
    ] {
        let path = root.join("tests/data").join(name);
        println!("cargo::rerun-if-changed={}", path.display());
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        for block in text.split("[[message]]").skip(1) {
            let field = |key: &str| {
                block
                    .lines()
                    .find_map(|l| l.strip_prefix(key)?.trim().strip_prefix('=').map(str::trim))
            };
            if field("split ") == Some("\"heldout\"") || field("origin ") == Some("\"quoted\"") {
                continue;
            }
            out.push_str("[[message]]");
            out.push_str(block);
            if !block.ends_with('\n') {
                out.push('\n');
            }
        }
    }
    let path = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("model_training.toml");
    std::fs::write(path, out).expect("OUT_DIR is writable");
}
