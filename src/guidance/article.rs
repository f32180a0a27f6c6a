//! The scam guide's articles: one fraud type each, with an example, red flags, what to do, what to
//! do if you already paid, whom to report to, and the sources it was written from.

use serde::Deserialize;

/// A section of the scam guide.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Category {
    Calls,
    Messages,
    Offers,
    Treatments,
    Money,
    Identity,
}

impl Category {
    /// The guide's sections, in the order shown.
    pub const ALL: [Category; 6] = [
        Category::Calls,
        Category::Messages,
        Category::Offers,
        Category::Treatments,
        Category::Money,
        Category::Identity,
    ];

    /// The name used in article files and as the user-interface key suffix (`guide.cat.calls`).
    pub fn code(self) -> &'static str {
        match self {
            Category::Calls => "calls",
            Category::Messages => "messages",
            Category::Offers => "offers",
            Category::Treatments => "treatments",
            Category::Money => "money",
            Category::Identity => "identity",
        }
    }
}

/// Where an article's facts come from.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub title: String,
    pub url: String,
}

/// One article of the scam guide, in one language.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Article {
    /// Stable id, the file name's first part: `vaccine-registration-otp`.
    pub id: String,
    pub category: Category,
    pub title: String,
    /// One line: what the scam is and the one thing to remember.
    pub summary: String,
    /// When the text was last checked against its sources, `YYYY-MM-DD`.
    pub reviewed: String,
    /// Exposed data classes that make this scam likelier ("what this means for you").
    #[serde(default)]
    pub data_classes: Vec<String>,
    /// Extra search words: other spellings, Hinglish, brand names.
    #[serde(default)]
    pub keywords: Vec<String>,
    /// A realistic, synthetic example call or message.
    pub example: String,
    pub how_it_works: String,
    pub red_flags: Vec<String>,
    pub do_now: Vec<String>,
    /// What to do if you already paid or shared an OTP or PIN.
    pub if_paid: Vec<String>,
    /// Contact ids (`contacts.<lang>.toml`).
    pub report_to: Vec<String>,
    /// Other article ids.
    #[serde(default)]
    pub related: Vec<String>,
    pub sources: Vec<Source>,
}

impl Article {
    /// How well the article matches `query`: `None` unless every word of the query occurs in it
    /// (ignoring case); otherwise a score that ranks title matches above summary and keyword
    /// matches, and those above matches in the body.
    pub fn matches(&self, query: &str) -> Option<u32> {
        let title = fold(&self.title);
        let head = fold(&format!(
            "{} {} {}",
            self.summary,
            self.keywords.join(" "),
            self.id
        ));
        let body = fold(&self.body_text());
        let mut score = 0;
        let mut words = 0;
        for word in query.split_whitespace().map(fold) {
            words += 1;
            score += if title.contains(&word) {
                4
            } else if head.contains(&word) {
                2
            } else if body.contains(&word) {
                1
            } else {
                return None;
            };
        }
        (words > 0).then_some(score)
    }

    /// Every text of the article after its title and summary, for search.
    fn body_text(&self) -> String {
        let lists = [
            &self.red_flags,
            &self.do_now,
            &self.if_paid,
            &self.data_classes,
        ];
        let mut text = format!("{}\n{}", self.example, self.how_it_works);
        for item in lists.into_iter().flatten() {
            text.push('\n');
            text.push_str(item);
        }
        text
    }
}

/// Text as search compares it: lower case, and Devanagari spellings that people type both ways
/// made one. The content follows one spelling (assets/guidance/glossary.hi.toml: nukta in
/// रिफ़ंड, anusvara in जांच), but a phone keyboard gives रिफंड and जाँच as often.
fn fold(text: &str) -> String {
    const NUKTA: char = '\u{093C}';
    const CHANDRABINDU: char = '\u{0901}';
    const ANUSVARA: char = '\u{0902}';
    text.to_lowercase()
        .chars()
        .filter(|c| *c != NUKTA)
        .map(|c| if c == CHANDRABINDU { ANUSVARA } else { c })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article() -> Article {
        Article {
            id: "sim-swap-kyc".into(),
            category: Category::Identity,
            title: "SIM swap and KYC-expiry threats".into(),
            summary: "Losing signal suddenly can mean your SIM was swapped.".into(),
            reviewed: "2026-11-27".into(),
            data_classes: vec!["mobile".into()],
            keywords: vec!["sim band".into()],
            example: "Your SIM will be blocked today".into(),
            how_it_works: "The fraudster asks the operator for a new SIM.".into(),
            red_flags: vec!["A deadline".into()],
            do_now: vec!["Call your operator".into()],
            if_paid: vec!["Call 1930".into()],
            report_to: vec!["helpline-1930".into()],
            related: vec![],
            sources: vec![],
        }
    }

    #[test]
    fn every_word_must_match_and_title_ranks_first() {
        let a = article();
        assert!(a.matches("sim").unwrap() > a.matches("operator").unwrap());
        assert_eq!(a.matches("SIM operator"), Some(5));
        assert_eq!(a.matches("sim band"), Some(6));
        assert_eq!(a.matches("sim pizza"), None);
        assert_eq!(a.matches("   "), None);
    }

    /// Typed with or without the nukta, with chandrabindu or anusvara: the same article.
    #[test]
    fn devanagari_spellings_people_type_both_ways_match() {
        let mut a = article();
        a.how_it_works = "ठग आयकर रिफ़ंड की जांच का बहाना बनाते हैं।".into();
        for query in ["रिफ़ंड", "रिफंड", "जांच", "जाँच", "रिफंड जाँच"]
        {
            assert!(a.matches(query).is_some(), "{query}");
        }
        assert_eq!(a.matches("रिफल"), None);
    }
}
