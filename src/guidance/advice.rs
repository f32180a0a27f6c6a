//! After a found result: what the exposed data make possible ("what this means for you") and the
//! "what to do now" checklist, both chosen by the breach's data classes.

use serde::Deserialize;

/// What scammers can do with one exposed data class.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClassRisk {
    /// A catalogue data class: `mobile`, `name`, `pan`, `test_result`, …
    pub class: String,
    pub heading: String,
    pub text: String,
    /// Article ids that describe these scams.
    #[serde(default)]
    pub articles: Vec<String>,
}

/// One "what to do now" step.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// Stable: the app keeps ticks (in memory) by breach slug and step id.
    pub id: String,
    pub text: String,
    /// Shown when the breach exposed any of these classes; empty means always.
    #[serde(default)]
    pub classes: Vec<String>,
    /// A contact id to link.
    pub contact: Option<String>,
}

/// The meaning and checklist tables of one language.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Advice {
    pub risks: Vec<ClassRisk>,
    pub steps: Vec<Step>,
}

impl Advice {
    /// What a breach that exposed `data_classes` means, in table order. Classes the table does
    /// not describe (`age`, `gender`) add nothing.
    pub fn risks_for<'a>(&'a self, data_classes: &[String]) -> Vec<&'a ClassRisk> {
        self.risks
            .iter()
            .filter(|r| data_classes.contains(&r.class))
            .collect()
    }

    /// The checklist for a breach that exposed `data_classes`, in table order.
    pub fn steps_for<'a>(&'a self, data_classes: &[String]) -> Vec<&'a Step> {
        self.steps
            .iter()
            .filter(|s| s.classes.is_empty() || s.classes.iter().any(|c| data_classes.contains(c)))
            .collect()
    }
}
