//! Embeds the scam guide's article files (`assets/guidance/articles/*.toml`) without a hand-kept
//! list: writes `$OUT_DIR/guidance_articles.rs` with one `include_str!` per file, sorted by name.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/guidance/articles");
    println!("cargo::rerun-if-changed={}", dir.display());
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("assets/guidance/articles exists")
        .map(|e| e.expect("readable directory entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    let mut code = String::from(
        "/// Every article file: (file name, text).\npub const ARTICLE_FILES: &[(&str, &str)] = &[\n",
    );
    for path in files {
        println!("cargo::rerun-if-changed={}", path.display());
        let name = path.file_name().unwrap().to_str().expect("UTF-8 file name");
        writeln!(
            code,
            "    ({name:?}, include_str!({:?})),",
            path.display().to_string()
        )
        .unwrap();
    }
    code.push_str("];\n");
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("guidance_articles.rs");
    std::fs::write(out, code).expect("OUT_DIR is writable");
}
