//! The breach catalogue: what is known about each breach an index covers (Have I Been Pwned's breach
//! model). It is stored inside the index file, served as `v1/breaches.json`, and shown by the app.

use serde::{Deserialize, Serialize};

/// One breach. Field names are the `v1/breaches.json` wire names.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Breach {
    /// 1-based number used in range lines (`SUFFIX:1,3`). Never 0: `:0` marks padding.
    pub id: u32,
    /// Short stable name, `[a-z0-9-]`.
    pub slug: String,
    pub title: String,
    /// When the breach happened (or was first reported), `YYYY-MM-DD`.
    pub date: String,
    /// When it was added to this index, `YYYY-MM-DD`.
    pub added: String,
    /// Unique identifiers from this breach in the index.
    pub record_count: u64,
    /// What the breach exposed: `name`, `mobile`, `pan`, `address`, `test_result`, …
    pub data_classes: Vec<String>,
    pub description: String,
    /// Where the breach was reported (https URLs).
    pub sources: Vec<String>,
    /// Whether the operator has confirmed the data is genuine.
    #[serde(default)]
    pub verified: bool,
    /// True for made-up demonstration data; the app labels such breaches as demo data everywhere.
    #[serde(default)]
    pub synthetic: bool,
}

/// All breaches of one index, in id order (`id` = position + 1).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Catalogue {
    pub breaches: Vec<Breach>,
}

impl Catalogue {
    /// The breach with this id, if the catalogue has it.
    pub fn get(&self, id: u32) -> Option<&Breach> {
        let pos = usize::try_from(id.checked_sub(1)?).ok()?;
        self.breaches.get(pos).filter(|b| b.id == id)
    }

    /// Checks the invariants a reader relies on: ids are 1..=n in order, slugs unique.
    pub fn validate(&self) -> Result<(), String> {
        let mut slugs = std::collections::HashSet::new();
        for (pos, b) in self.breaches.iter().enumerate() {
            if usize::try_from(b.id).ok() != Some(pos + 1) {
                return Err(format!(
                    "breach “{}” has id {}, expected {}",
                    b.slug,
                    b.id,
                    pos + 1
                ));
            }
            if !slugs.insert(b.slug.as_str()) {
                return Err(format!("breach slug “{}” appears twice", b.slug));
            }
        }
        Ok(())
    }

    /// True when every breach in the catalogue is synthetic demo data.
    pub fn is_demo(&self) -> bool {
        !self.breaches.is_empty() && self.breaches.iter().all(|b| b.synthetic)
    }

    /// The canonical JSON bytes (`v1/breaches.json`): the same bytes in the index file, from the
    /// server and in an export.
    pub fn to_json(&self) -> Vec<u8> {
        let mut out = serde_json::to_vec_pretty(self).expect("catalogue serialises");
        out.push(b'\n');
        out
    }
}
