//! "Prepare a complaint": the form's fields and the summary they become — a Markdown text to
//! paste into cybercrime.gov.in or hand to a bank or the police. Nothing here is sent anywhere; the
//! person saves the text through a save dialog, and the form lives in memory only.

use std::fmt::Write as _;
use std::path::PathBuf;

use super::i18n::Tr;

/// The form on the Report & help screen and where its last save went.
#[derive(Default)]
pub struct ComplaintState {
    pub form: Complaint,
    /// The last save: where it went, or why it failed.
    pub saved: Option<Result<PathBuf, String>>,
    /// A save dialog is open or the file is being written.
    pub saving: bool,
}

/// The form's fields, in form order: the i18n key of each label (its hint is `KEY_hint`), and
/// whether its box has several lines. The one list the form, the emptiness test and the summary use.
pub const FIELDS: [(&str, bool); 5] = [
    ("complaint.what", true),
    // When it happened, in the person's own words ("27 Nov 2026, about 4 pm").
    ("complaint.when", false),
    ("complaint.amounts", false),
    // Transaction ids (UTR numbers) and the UPI ids or accounts the money went to.
    ("complaint.transactions", true),
    // The numbers that called or messaged, links, app names.
    ("complaint.numbers", true),
];

/// The complaint form: one text per [`FIELDS`] entry. Empty fields are left out of the summary.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Complaint {
    pub values: [String; FIELDS.len()],
}

impl Complaint {
    /// The form's fields with their label keys and whether they are multi-line, in form order.
    pub fn fields_mut(&mut self) -> impl Iterator<Item = (&'static str, &mut String, bool)> {
        FIELDS
            .iter()
            .zip(self.values.iter_mut())
            .map(|(&(key, multiline), value)| (key, value, multiline))
    }

    pub fn is_empty(&self) -> bool {
        self.values.iter().all(|f| f.trim().is_empty())
    }

    /// The summary as Markdown, in the interface language, with the next steps at the end.
    pub fn to_markdown(&self, tr: &Tr) -> String {
        let mut out = format!("# {}\n\n", tr.t("complaint.doc_title"));
        for (&(key, _), value) in FIELDS.iter().zip(&self.values) {
            let value = value.trim();
            if !value.is_empty() {
                let _ = write!(
                    out,
                    "## {}\n\n{}\n\n",
                    tr.t(key),
                    value.replace("\r\n", "\n")
                );
            }
        }
        let _ = write!(
            out,
            "## {}\n\n- {}\n- {}\n- {}\n",
            tr.t("complaint.doc_next"),
            tr.t("complaint.doc_1930"),
            tr.t("complaint.doc_portal"),
            tr.t("complaint.doc_bank"),
        );
        out
    }
}

#[cfg(test)]
mod tests {
    use super::super::i18n::{Lang, Tr};
    use super::*;

    /// Every field's label and hint is in the English table (the i18n key test scans only
    /// literal keys, and these are built).
    #[test]
    fn every_field_has_its_label_and_hint() {
        let tr = Tr::new(Lang::En);
        let mut form = Complaint::default();
        for (key, _, _) in form.fields_mut() {
            for key in [key.to_owned(), format!("{key}_hint")] {
                assert!(!tr.t(&key).starts_with('⚠'), "{key} is not in en.ftl");
            }
        }
    }

    #[test]
    fn summary_has_filled_fields_only_and_the_next_steps() {
        let mut c = Complaint::default();
        for (key, value, _) in c.fields_mut() {
            *value = match key {
                "complaint.what" => {
                    "A caller said he was from the vaccination team.\r\nI shared an OTP.".into()
                }
                "complaint.amounts" => "₹ 4,999".into(),
                "complaint.numbers" => "+91 70000 01234".into(),
                _ => String::new(),
            };
        }
        let md = c.to_markdown(&Tr::new(Lang::En));
        assert!(md.starts_with("# Complaint summary"));
        assert!(md.contains("\n## What happened\n\nA caller said he was from the vaccination team.\nI shared an OTP.\n"));
        assert!(md.contains("₹ 4,999") && md.contains("+91 70000 01234"));
        assert!(!md.contains("## When"), "an empty field is left out");
        assert!(md.contains("1930") && md.contains("cybercrime.gov.in"));
        assert!(!md.contains('\r'));
        assert!(Complaint::default().is_empty() && !c.is_empty());
    }
}
