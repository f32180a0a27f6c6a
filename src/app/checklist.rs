//! The ticks on the "what to do now" checklists, kept in memory only.
//!
//! A tick is stored by breach slug, so a settings file holding ticks would tell anyone who reads it
//! which breaches the person's number is in. Ticks therefore live only as long as the app runs and
//! are never written anywhere.

use std::collections::{BTreeMap, BTreeSet};

/// Ticked steps, by breach slug.
#[derive(Debug, Default)]
pub struct Checklist {
    ticked: BTreeMap<String, BTreeSet<String>>,
}

impl Checklist {
    /// Whether `step` is ticked for the breach `slug`.
    pub fn is_ticked(&self, slug: &str, step: &str) -> bool {
        self.ticked.get(slug).is_some_and(|s| s.contains(step))
    }

    pub fn set_ticked(&mut self, slug: &str, step: &str, done: bool) {
        let steps = self.ticked.entry(slug.to_owned()).or_default();
        if done {
            steps.insert(step.to_owned());
        } else {
            steps.remove(step);
        }
        if steps.is_empty() {
            self.ticked.remove(slug);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_and_unticks_per_breach() {
        let mut c = Checklist::default();
        c.set_ticked("a", "otp", true);
        assert!(c.is_ticked("a", "otp"));
        assert!(!c.is_ticked("b", "otp"));
        c.set_ticked("a", "otp", false);
        assert!(!c.is_ticked("a", "otp"));
        assert!(c.ticked.is_empty());
    }
}
