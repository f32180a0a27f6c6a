//! "Breaches added since you last checked": the Check screen's notice when the index the app opens
//! lists breaches it did not list last time.
//!
//! The settings remember, per index source, only the slugs of every breach its catalogue listed
//! (`Settings::seen_breaches`): the same list for everyone who opens that index, never an
//! identifier, a hash, a prefix, or which breaches a check found. So the notice cannot say whether
//! the person is in the new breaches; it invites them to check again.
//!
//! The key is the source as the person chose it (`demo`, a file path, a URL, as in
//! `Settings::source`), not the index's `index_id`: that names one build and changes with every
//! rebuild, which is exactly when breaches are added. Nor the publisher's key: an unsigned index has
//! none, and one publisher may sign several indexes. A source that reads as a mobile number or PAN
//! is never a key (`settings::may_be_saved`).
//!
//! When it is remembered (in `AppState`):
//! - first ever visit of a source: no notice (nothing to compare with); its list is remembered at once;
//! - later visits: the breaches not in the remembered list make the notice; the new list is
//!   remembered when the notice is dismissed, or when a check against that index completes (the
//!   person has then been checked against the new breaches). Closed without either, the app shows
//!   the notice again next time. A catalogue that only lost breaches is remembered silently.

use sajag::catalogue::{Breach, Catalogue};

/// The slugs of every breach in `catalogue`, in its order.
pub fn slugs(catalogue: &Catalogue) -> Vec<String> {
    catalogue.breaches.iter().map(|b| b.slug.clone()).collect()
}

/// The breaches of `catalogue` whose slug is not in `seen`, in the catalogue's order.
pub fn added<'a>(seen: &[String], catalogue: &'a Catalogue) -> Vec<&'a Breach> {
    catalogue
        .breaches
        .iter()
        .filter(|b| !seen.contains(&b.slug))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalogue(slugs: &[&str]) -> Catalogue {
        let demo = sajag::index::Index::from_static(sajag::lookup::DEMO_INDEX)
            .unwrap()
            .catalogue()
            .clone();
        let template = demo.breaches[0].clone();
        Catalogue {
            breaches: slugs
                .iter()
                .map(|s| Breach {
                    slug: (*s).to_owned(),
                    ..template.clone()
                })
                .collect(),
        }
    }

    #[test]
    fn only_breaches_not_seen_are_added() {
        let now = catalogue(&["a", "b", "c"]);
        let seen = |s: &[&str]| s.iter().map(|&x| x.to_owned()).collect::<Vec<_>>();
        let slugs_of = |v: Vec<&Breach>| v.into_iter().map(|b| b.slug.clone()).collect::<Vec<_>>();
        assert_eq!(slugs_of(added(&seen(&["a", "b", "c"]), &now)), seen(&[]));
        assert_eq!(slugs_of(added(&seen(&["a"]), &now)), seen(&["b", "c"]));
        assert_eq!(slugs_of(added(&seen(&["c", "x"]), &now)), seen(&["a", "b"]));
        assert_eq!(slugs(&now), seen(&["a", "b", "c"]));
    }
}
