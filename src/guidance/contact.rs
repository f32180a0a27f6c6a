//! Where to report and get help: helplines, portals and addresses, each with when to use it and
//! what to have ready. Links and e-mail addresses must be on [`OFFICIAL_DOMAINS`], which comes from
//! the facts registry.

use std::sync::LazyLock;

use serde::Deserialize;

use super::Facts;

/// Domains whose sites and addresses Sajag may send people to (a subdomain of one counts): the
/// official domains marked `links = true` in the facts registry (`assets/guidance/facts.toml`) —
/// government, regulators, and the four credit bureaus named by RBI. Empty if the registry does
/// not parse (the content tests then fail).
pub static OFFICIAL_DOMAINS: LazyLock<Vec<String>> = LazyLock::new(|| {
    Facts::embedded()
        .map(Facts::link_domains)
        .unwrap_or_default()
});

/// When a contact helps: the Report & help screen's sections, in this order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Group {
    /// Money was lost or a PIN/OTP was shared.
    Money,
    /// A suspected fraud call or message; nothing lost yet.
    Suspected,
    /// Someone may be using your identity (SIM, PAN, loans, a lost phone).
    Identity,
    /// Fewer unwanted calls and messages.
    Prevent,
}

impl Group {
    pub const ALL: [Group; 4] = [
        Group::Money,
        Group::Suspected,
        Group::Identity,
        Group::Prevent,
    ];

    /// The name used in the contacts files and as the interface key suffix (`help.group.money`).
    pub fn code(self) -> &'static str {
        match self {
            Group::Money => "money",
            Group::Suspected => "suspected",
            Group::Identity => "identity",
            Group::Prevent => "prevent",
        }
    }
}

/// One place to report or get help.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub id: String,
    pub group: Group,
    pub name: String,
    pub phone: Option<String>,
    pub url: Option<String>,
    pub email: Option<String>,
    /// When to use it, in a sentence or two.
    pub when: String,
    /// What to do or have ready.
    #[serde(default)]
    pub how: Vec<String>,
}

/// Whether `host` is one of [`OFFICIAL_DOMAINS`] or a subdomain of one.
pub fn is_official_host(host: &str) -> bool {
    let host = host.to_ascii_lowercase();
    OFFICIAL_DOMAINS.iter().any(|d| {
        host == *d
            || host
                .strip_suffix(d.as_str())
                .is_some_and(|rest| rest.ends_with('.'))
    })
}

/// Why `url` is not an https link to an official site, if it is not.
pub fn official_url_problem(url: &str) -> Option<String> {
    let Some(rest) = url.strip_prefix("https://") else {
        return Some(format!("{url} is not an https link"));
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    if host.contains(['@', ':']) || !is_official_host(host) {
        return Some(format!("{url} is not on the list of official domains"));
    }
    None
}

/// Why `email` is not an address at an official domain, if it is not.
pub fn official_email_problem(email: &str) -> Option<String> {
    match email.split_once('@') {
        Some((user, host)) if !user.is_empty() && is_official_host(host) => None,
        _ => Some(format!("{email} is not an address at an official domain")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_https_links_to_official_domains_pass() {
        assert_eq!(official_url_problem("https://cybercrime.gov.in"), None);
        assert_eq!(
            official_url_problem("https://www.incometax.gov.in/iec/foportal/"),
            None
        );
        assert_eq!(official_url_problem("https://sachet.rbi.org.in/"), None);
        for bad in [
            "http://cybercrime.gov.in",
            "https://cybercrime.gov.in.example.com/",
            "https://fakecybercrime.gov.in/",
            "https://cybercrime.gov.in@evil.example/",
            "https://cybercrime.gov.in:8443/",
            "cybercrime.gov.in",
        ] {
            assert!(official_url_problem(bad).is_some(), "{bad} passed");
        }
        assert_eq!(official_email_problem("incident@cert-in.org.in"), None);
        assert!(official_email_problem("help@cert-in.org.in.example").is_some());
        assert!(official_email_problem("@cert-in.org.in").is_some());
    }
}
