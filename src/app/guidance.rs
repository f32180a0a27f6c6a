//! "What this means for you": guidance chosen from the data classes a breach exposed.
//!
//! The guidance issue fills this from `assets/`; until then it returns nothing and the result
//! screen does not show the area.

/// One piece of guidance: a heading and a paragraph, already in the person's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Guidance {
    pub heading: String,
    pub text: String,
}

/// The guidance for a breach that exposed `data_classes`.
pub fn guidance_for(data_classes: &[String]) -> Vec<Guidance> {
    let _ = data_classes;
    Vec::new()
}
