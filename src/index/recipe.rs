//! The build manifest (`MANIFEST.toml`): which breaches an index covers and where their dumps are.
//!
//! ```toml
//! [[breach]]
//! slug = "lab-portal-2021"
//! title = "Lab portal exposure"
//! date = "2021-03-15"
//! data_classes = ["name", "mobile", "test_result"]
//! description = "…"
//! sources = ["https://example.org/report"]
//!
//! [[breach.input]]
//! path = "dumps/lab.csv.gz"     # relative to the manifest
//! header = true                 # default true
//! mobile_column = "phone"       # a header name, or a 1-based column number
//! pan_column = 4
//! delimiter = ","               # default: detected among , ; tab |
//! ```

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::identifier::Kind;

/// A whole build manifest.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Recipe {
    #[serde(rename = "breach", default)]
    pub breaches: Vec<BreachSpec>,
    /// The folder relative input paths are resolved against (the manifest's folder).
    #[serde(skip)]
    pub base_dir: PathBuf,
}

/// One `[[breach]]` table.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BreachSpec {
    pub slug: String,
    pub title: String,
    pub date: String,
    pub data_classes: Vec<String>,
    pub description: String,
    #[serde(default)]
    pub sources: Vec<String>,
    #[serde(default)]
    pub verified: bool,
    /// Marks made-up demonstration data.
    #[serde(default)]
    pub synthetic: bool,
    #[serde(rename = "input", default)]
    pub inputs: Vec<InputSpec>,
}

/// One `[[breach.input]]` table: a dump file and where the identifiers are in it.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InputSpec {
    pub path: PathBuf,
    #[serde(default = "default_true")]
    pub header: bool,
    pub mobile_column: Option<Column>,
    pub pan_column: Option<Column>,
    /// One character, or `tab`.
    pub delimiter: Option<String>,
}

fn default_true() -> bool {
    true
}

/// A column named by its header text or by its 1-based number.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(untagged)]
pub enum Column {
    Number(usize),
    Name(String),
}

impl std::fmt::Display for Column {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Column::Number(n) => write!(f, "column {n}"),
            Column::Name(s) => write!(f, "column “{s}”"),
        }
    }
}

/// A mistake in the build manifest, said so that the operator can fix it.
#[derive(Debug, thiserror::Error)]
pub enum RecipeError {
    #[error("could not read the manifest {path}: {cause}")]
    Read { path: String, cause: std::io::Error },
    #[error("the manifest {path} is not valid TOML for a build: {message}")]
    Parse { path: String, message: String },
    #[error("in the manifest, breach “{slug}”: {problem}")]
    Breach { slug: String, problem: String },
    #[error("the manifest lists no [[breach]] tables")]
    NoBreaches,
}

impl InputSpec {
    /// The columns to read, with the kind of identifier each holds.
    pub fn columns(&self) -> Vec<(Kind, &Column)> {
        let mut out = Vec::new();
        if let Some(c) = &self.mobile_column {
            out.push((Kind::Mobile, c));
        }
        if let Some(c) = &self.pan_column {
            out.push((Kind::Pan, c));
        }
        out
    }

    /// The delimiter byte the manifest sets, if any.
    pub fn delimiter_byte(&self) -> Result<Option<u8>, String> {
        match self.delimiter.as_deref() {
            None => Ok(None),
            Some("tab" | "\\t" | "\t") => Ok(Some(b'\t')),
            Some(s) if s.len() == 1 && s.is_ascii() => Ok(Some(s.as_bytes()[0])),
            Some(s) => Err(format!(
                "delimiter “{s}” must be one ASCII character or \"tab\""
            )),
        }
    }
}

impl Recipe {
    /// Reads and checks a manifest file.
    pub fn load(path: &Path) -> Result<Self, RecipeError> {
        let text = std::fs::read_to_string(path).map_err(|cause| RecipeError::Read {
            path: path.display().to_string(),
            cause,
        })?;
        let mut recipe: Recipe = toml::from_str(&text).map_err(|e| RecipeError::Parse {
            path: path.display().to_string(),
            message: e.to_string(),
        })?;
        recipe.base_dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
        recipe.normalise();
        recipe.validate()?;
        Ok(recipe)
    }

    /// Reads what can only mean one thing: without a header row, a column "name" that is a number
    /// (`pan_column = "1"`) is that column number.
    pub fn normalise(&mut self) {
        for input in self.breaches.iter_mut().flat_map(|b| b.inputs.iter_mut()) {
            if input.header {
                continue;
            }
            for col in [&mut input.mobile_column, &mut input.pan_column]
                .into_iter()
                .flatten()
            {
                if let Column::Name(name) = col
                    && let Ok(n) = name.trim().parse::<usize>()
                {
                    *col = Column::Number(n);
                }
            }
        }
    }

    /// The path of an input, resolved against the manifest's folder.
    pub fn input_path(&self, input: &InputSpec) -> PathBuf {
        if input.path.is_absolute() {
            input.path.clone()
        } else {
            self.base_dir.join(&input.path)
        }
    }

    /// Checks every rule a reader of the catalogue relies on.
    pub fn validate(&self) -> Result<(), RecipeError> {
        if self.breaches.is_empty() {
            return Err(RecipeError::NoBreaches);
        }
        if self.breaches.len() > usize::from(u16::MAX) {
            return Err(RecipeError::Breach {
                slug: String::new(),
                problem: "an index holds at most 65,535 breaches".into(),
            });
        }
        let mut seen = std::collections::HashSet::new();
        for b in &self.breaches {
            let fail = |problem: String| RecipeError::Breach {
                slug: b.slug.clone(),
                problem,
            };
            if b.slug.is_empty()
                || !b
                    .slug
                    .bytes()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'-')
            {
                return Err(fail(
                    "slug must be lowercase letters, digits and hyphens".into(),
                ));
            }
            if !seen.insert(&b.slug) {
                return Err(fail("this slug is used by two breaches".into()));
            }
            if b.title.trim().is_empty() {
                return Err(fail("title is empty".into()));
            }
            if !crate::dates::is_iso_date(&b.date) {
                return Err(fail(format!(
                    "date “{}” is not a date in the form YYYY-MM-DD",
                    b.date
                )));
            }
            if b.data_classes.is_empty() {
                return Err(fail(
                    "data_classes is empty: say what the breach exposed".into(),
                ));
            }
            if let Some(dc) = b.data_classes.iter().find(|d| {
                d.is_empty()
                    || !d
                        .bytes()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'_')
            }) {
                return Err(fail(format!(
                    "data class “{dc}” must be lowercase letters, digits and _"
                )));
            }
            if let Some(s) = b
                .sources
                .iter()
                .find(|s| !s.starts_with("https://") && !s.starts_with("http://"))
            {
                return Err(fail(format!("source “{s}” is not a web address")));
            }
            if b.inputs.is_empty() {
                return Err(fail("it has no [[breach.input]]".into()));
            }
            for input in &b.inputs {
                let at = input.path.display();
                if input.columns().is_empty() {
                    return Err(fail(format!(
                        "input {at} sets neither mobile_column nor pan_column"
                    )));
                }
                for (_, col) in input.columns() {
                    match col {
                        Column::Number(0) => {
                            return Err(fail(format!("input {at}: columns are numbered from 1")));
                        }
                        Column::Name(_) if !input.header => {
                            return Err(fail(format!(
                                "input {at}: {col} is a name, but header = false"
                            )));
                        }
                        _ => {}
                    }
                }
                input
                    .delimiter_byte()
                    .map_err(|e| fail(format!("input {at}: {e}")))?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn manifest_mistakes_are_named() {
        let parse = |s: &str| -> Result<Recipe, String> {
            let mut r: Recipe = toml::from_str(s).map_err(|e| e.to_string())?;
            r.normalise();
            r.validate().map_err(|e| e.to_string())?;
            Ok(r)
        };
        let ok = r#"
            [[breach]]
            slug = "a-1"
            title = "A"
            date = "2021-01-02"
            data_classes = ["mobile"]
            description = "d"
            [[breach.input]]
            path = "a.csv"
            mobile_column = "phone"
        "#;
        let r = parse(ok).unwrap();
        assert!(r.breaches[0].inputs[0].header);
        assert_eq!(
            r.breaches[0].inputs[0].mobile_column,
            Some(Column::Name("phone".into()))
        );
        let err = parse(&ok.replace("\"phone\"", "\"phone\"\nheader = false")).unwrap_err();
        assert!(err.contains("header = false"), "{err}");
        // Without a header, a number written as a string can only mean that column; with one,
        // it stays a header name.
        for (spelling, header, want) in [
            ("\"1\"", "false", Column::Number(1)),
            ("\" 3 \"", "false", Column::Number(3)),
            ("\"1\"", "true", Column::Name("1".into())),
        ] {
            let r =
                parse(&ok.replace("\"phone\"", &format!("{spelling}\nheader = {header}"))).unwrap();
            assert_eq!(
                r.breaches[0].inputs[0].mobile_column,
                Some(want),
                "{spelling} {header}"
            );
        }
        let err = parse(&ok.replace("2021-01-02", "2021-02-30")).unwrap_err();
        assert!(err.contains("YYYY-MM-DD"), "{err}");
        let err = parse(&ok.replace("mobile_column = \"phone\"", "")).unwrap_err();
        assert!(err.contains("neither"), "{err}");
        let err = parse(&ok.replace("\"a-1\"", "\"A 1\"")).unwrap_err();
        assert!(err.contains("slug"), "{err}");
        assert!(parse(&ok.replace("mobile_column", "mobile_colum")).is_err());
    }
}
