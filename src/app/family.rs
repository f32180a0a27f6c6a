//! The family check: several mobile numbers or PANs at once (a parent's number, a spouse's PAN…),
//! one per line, each checked exactly as a single check is.
//!
//! [`plan`] turns the typed text into rows: blank lines are ignored, a line that is the same
//! number or PAN as an earlier one (in any spelling) joins that row and is checked once, and only
//! the first [`MAX_ROWS`] different lines are checked; the lines after them are listed as not
//! checked. Each valid row is checked on its own worker thread (`worker::family_check`), through
//! the same `lookup::check` as a single check, so each sends only its own 5-character prefix to an
//! online index and nothing for the demo or a file; one row's error never touches another, and is
//! shown as an error, never as "not found".
//!
//! Everything here is memory only. The rows keep the masked form ([`Identifier::masked`], as the
//! Result screen shows) and a line's number, never the typed text; the typed text stays in the box
//! (to fix a line and check again) until Clear or until the screen is left. Nothing is saved.

use std::sync::Arc;

use sajag::identifier::{Identifier, IdentifierError};
use sajag::lookup::{CheckOutcome, LookupError};

/// The most different lines checked at once.
pub const MAX_ROWS: usize = 10;

/// One line to check (or several that are the same number or PAN).
pub struct Planned {
    /// 1-based line numbers in the typed text.
    pub lines: Vec<usize>,
    pub parsed: Result<Identifier, IdentifierError>,
}

/// What a family check of some text would do.
pub struct Plan {
    pub rows: Vec<Planned>,
    /// Lines after the first [`MAX_ROWS`] different ones: not checked.
    pub not_checked: Vec<usize>,
}

/// The rows of `text`; see the module comment.
pub fn plan(text: &str) -> Plan {
    let mut rows: Vec<Planned> = Vec::new();
    // What makes two lines the same: the canonical form, or for a line that does not parse, its
    // trimmed text.
    let mut keys: Vec<String> = Vec::new();
    let mut not_checked = Vec::new();
    for (at, line) in text.lines().enumerate() {
        let line_no = at + 1;
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        let parsed = Identifier::parse(trimmed);
        let key = match &parsed {
            Ok(id) => id.canonical().to_owned(),
            Err(_) => trimmed.to_owned(),
        };
        if let Some(pos) = keys.iter().position(|k| *k == key) {
            rows[pos].lines.push(line_no);
        } else if rows.len() < MAX_ROWS {
            keys.push(key);
            rows.push(Planned {
                lines: vec![line_no],
                parsed,
            });
        } else {
            not_checked.push(line_no);
        }
    }
    Plan { rows, not_checked }
}

/// Where one row stands.
pub enum RowStatus {
    /// The line is not a mobile number or PAN; nothing was sent for it.
    Invalid(IdentifierError),
    Checking,
    Done(Box<CheckOutcome>),
    Failed(Arc<LookupError>),
}

/// One row of the last family check.
pub struct Row {
    pub lines: Vec<usize>,
    /// `None` for a line that is not a number or PAN.
    pub masked: Option<String>,
    pub status: RowStatus,
}

/// The Family check screen's state.
#[derive(Default)]
pub struct FamilyState {
    /// What the person typed. Memory only; cleared on Clear and when the screen is left.
    pub input: String,
    pub rows: Vec<Row>,
    /// Lines of the last check beyond [`MAX_ROWS`], not checked.
    pub not_checked: Vec<usize>,
    /// Answers of an older check (or one cleared) carry another generation and are dropped.
    pub generation: u64,
}

impl FamilyState {
    /// Whether a row is still being checked.
    pub fn busy(&self) -> bool {
        self.rows
            .iter()
            .any(|r| matches!(r.status, RowStatus::Checking))
    }
}

/// Line numbers for the screen: `3` or `2, 5`.
pub fn line_list(lines: &[usize]) -> String {
    lines
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fmt::Write as _;

    #[test]
    fn blank_lines_are_ignored_duplicates_merged_and_the_eleventh_not_checked() {
        let mut text = String::from("\n9876543210\n  \n+91 98765 43210\nnot a number\n");
        for n in 0..9 {
            writeln!(text, "600000000{n}").unwrap();
        }
        text.push_str("98765-43210\n");
        let p = plan(&text);
        assert_eq!(p.rows.len(), MAX_ROWS);
        assert_eq!(p.rows[0].lines, vec![2, 4, 15], "three spellings, one row");
        assert!(p.rows[1].parsed.is_err());
        assert_eq!(p.rows[1].lines, vec![5]);
        // Lines 6..=13 fill rows 3..=10; lines 14 (6000000008) is the 11th different one.
        assert_eq!(p.rows[9].lines, vec![13]);
        assert_eq!(p.not_checked, vec![14]);
        let empty = plan("\n \n\t\n");
        assert!(empty.rows.is_empty() && empty.not_checked.is_empty());
        assert_eq!(line_list(&[2, 5]), "2, 5");
    }
}
