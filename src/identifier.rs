//! The identifiers Sajag checks — an Indian mobile number or a PAN — and their one canonical form.
//!
//! Everything that turns typed or dumped text into something hashable goes through this module: the app,
//! the end-user CLI and the index builder call the same functions, so a number written
//! `098765 43210` in a dump and `+91-98765-43210` in the app meet at the same canonical form
//! (`+919876543210`). The rules are ARCHITECTURE.md, Identifiers.
//!
//! Error messages are written for the person at the keyboard, not for a developer.

use std::fmt;

/// Which kind of identifier a value is.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Mobile,
    Pan,
}

impl Kind {
    /// The tag that keeps the two hash spaces apart (ARCHITECTURE.md, Hashing and k-anonymity): `mobile` or `pan`.
    pub fn tag(self) -> &'static str {
        match self {
            Kind::Mobile => "mobile",
            Kind::Pan => "pan",
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Kind::Mobile => "mobile number",
            Kind::Pan => "PAN",
        })
    }
}

/// Why a value is not a valid mobile number or PAN. `Display` is the message shown to the person.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum IdentifierError {
    #[error("Please type a mobile number or a PAN.")]
    Empty,
    #[error("Letters are not allowed in a mobile number.")]
    LettersInMobile,
    #[error("“{0}” cannot be part of a mobile number.")]
    BadCharacter(char),
    #[error("{0} digits — a mobile number has 10.")]
    TooFewDigits(usize),
    #[error("{0} digits — a mobile number has 10.")]
    TooManyDigits(usize),
    #[error("This is not an Indian number: only Indian mobile numbers (+91) can be checked.")]
    NotIndian,
    #[error("Indian mobile numbers start with 6, 7, 8 or 9.")]
    BadFirstDigit,
    #[error(
        "This looks like a landline number (it starts with an STD code). Only mobile numbers can be checked."
    )]
    Landline,
    #[error("A PAN has 10 characters (5 letters, 4 digits, 1 letter); this has {0}.")]
    PanLength(usize),
    #[error("A PAN uses only English letters and digits; “{0}” is not one of them.")]
    PanCharacter(char),
    #[error("Character {position} of a PAN must be a {expected}.")]
    PanShape {
        /// 1-based position of the first character that does not fit.
        position: usize,
        expected: &'static str,
    },
}

impl IdentifierError {
    /// A short, stable machine name for the reason (used as a key in the builder's report).
    pub fn reason(&self) -> &'static str {
        match self {
            IdentifierError::Empty => "empty",
            IdentifierError::LettersInMobile => "mobile_has_letters",
            IdentifierError::BadCharacter(_) => "mobile_bad_character",
            IdentifierError::TooFewDigits(_) => "mobile_too_few_digits",
            IdentifierError::TooManyDigits(_) => "mobile_too_many_digits",
            IdentifierError::NotIndian => "mobile_not_indian",
            IdentifierError::BadFirstDigit => "mobile_bad_first_digit",
            IdentifierError::Landline => "mobile_landline",
            IdentifierError::PanLength(_) => "pan_wrong_length",
            IdentifierError::PanCharacter(_) => "pan_bad_character",
            IdentifierError::PanShape { .. } => "pan_wrong_shape",
        }
    }
}

/// The holder type named by a PAN's 4th letter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PanHolder {
    Person,
    Company,
    Huf,
    Firm,
    AssociationOfPersons,
    Trust,
    BodyOfIndividuals,
    LocalAuthority,
    ArtificialJuridicalPerson,
    Government,
    LimitedLiabilityPartnership,
    /// A letter no published list names; shown, never rejected (ARCHITECTURE.md, Identifiers).
    Unknown(char),
}

impl PanHolder {
    fn from_letter(c: char) -> Self {
        match c {
            'P' => PanHolder::Person,
            'C' => PanHolder::Company,
            'H' => PanHolder::Huf,
            'F' => PanHolder::Firm,
            'A' => PanHolder::AssociationOfPersons,
            'T' => PanHolder::Trust,
            'B' => PanHolder::BodyOfIndividuals,
            'L' => PanHolder::LocalAuthority,
            'J' => PanHolder::ArtificialJuridicalPerson,
            'G' => PanHolder::Government,
            'E' => PanHolder::LimitedLiabilityPartnership,
            other => PanHolder::Unknown(other),
        }
    }

    /// The 4th letter of a PAN naming this holder type; `None` for an unlisted one.
    pub fn letter(self) -> Option<char> {
        let letter = match self {
            PanHolder::Person => 'P',
            PanHolder::Company => 'C',
            PanHolder::Huf => 'H',
            PanHolder::Firm => 'F',
            PanHolder::AssociationOfPersons => 'A',
            PanHolder::Trust => 'T',
            PanHolder::BodyOfIndividuals => 'B',
            PanHolder::LocalAuthority => 'L',
            PanHolder::ArtificialJuridicalPerson => 'J',
            PanHolder::Government => 'G',
            PanHolder::LimitedLiabilityPartnership => 'E',
            PanHolder::Unknown(_) => return None,
        };
        Some(letter)
    }

    /// A plain-English description of the holder type.
    pub fn describe(self) -> String {
        match self {
            PanHolder::Person => "an individual person".into(),
            PanHolder::Company => "a company".into(),
            PanHolder::Huf => "a Hindu Undivided Family (HUF)".into(),
            PanHolder::Firm => "a firm".into(),
            PanHolder::AssociationOfPersons => "an association of persons (AOP)".into(),
            PanHolder::Trust => "a trust".into(),
            PanHolder::BodyOfIndividuals => "a body of individuals (BOI)".into(),
            PanHolder::LocalAuthority => "a local authority".into(),
            PanHolder::ArtificialJuridicalPerson => "an artificial juridical person".into(),
            PanHolder::Government => "a government body".into(),
            PanHolder::LimitedLiabilityPartnership => {
                "a limited liability partnership (LLP)".into()
            }
            PanHolder::Unknown(c) => format!("an unlisted holder type (letter {c})"),
        }
    }
}

/// Longest canonical form: `+91` and ten digits.
const MAX_CANONICAL: usize = 13;

/// A valid identifier in canonical form. `Debug` shows only the masked form, so an identifier can
/// never reach a log by accident.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Identifier {
    kind: Kind,
    len: u8,
    buf: [u8; MAX_CANONICAL],
}

impl fmt::Debug for Identifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Identifier({:?}, {})", self.kind, self.masked())
    }
}

impl Identifier {
    /// Parses a value typed by a person: a PAN if it starts with a letter, otherwise a mobile number.
    pub fn parse(input: &str) -> Result<Self, IdentifierError> {
        let trimmed = input.trim_matches(|c: char| c.is_whitespace() || is_invisible(c));
        match trimmed.chars().next() {
            None => Err(IdentifierError::Empty),
            Some(c) if c.is_alphabetic() => Self::parse_pan(trimmed),
            Some(_) => Self::parse_mobile(trimmed),
        }
    }

    /// Parses an Indian mobile number in any common spelling (ARCHITECTURE.md, Identifiers).
    pub fn parse_mobile(input: &str) -> Result<Self, IdentifierError> {
        // Digits collected after dropping separators; 20 is well past any spelling we accept.
        let mut digits = [0u8; 20];
        let mut n = 0usize;
        let mut total = 0usize;
        let mut plus = false;
        let mut seen_anything = false;
        for c in input.chars() {
            if let Some(d) = decimal_digit(c) {
                if n < digits.len() {
                    digits[n] = d;
                }
                n += 1;
                total += 1;
                seen_anything = true;
            } else if c == '+' {
                // A plus is only meaningful before the first digit.
                if n > 0 || plus {
                    return Err(IdentifierError::BadCharacter(c));
                }
                plus = true;
                seen_anything = true;
            } else if is_separator(c) {
            } else if c.is_alphabetic() {
                return Err(IdentifierError::LettersInMobile);
            } else {
                return Err(IdentifierError::BadCharacter(c));
            }
        }
        if !seen_anything || (total == 0 && !plus) {
            return Err(IdentifierError::Empty);
        }
        if total > digits.len() {
            return Err(IdentifierError::TooManyDigits(total));
        }
        let all = &digits[..n];
        let mut international = plus;
        let mut rest: &[u8] = all;
        if !plus && all.starts_with(&[0, 0]) {
            // 00 is the international call prefix: 0091 98765 43210.
            international = true;
            rest = &all[2..];
        }
        let mut had_prefix = false;
        if international {
            if rest.starts_with(&[9, 1]) {
                rest = &rest[2..];
            } else if rest.is_empty() {
                return Err(IdentifierError::TooFewDigits(0));
            } else {
                return Err(IdentifierError::NotIndian);
            }
            had_prefix = true;
            // "+91 (0) 98765 43210": a trunk zero written after the country code.
            if rest.len() == 11 && rest[0] == 0 {
                rest = &rest[1..];
            }
        } else if rest.len() == 12 && rest.starts_with(&[9, 1]) {
            rest = &rest[2..];
            had_prefix = true;
        } else if rest.len() == 13 && rest.starts_with(&[9, 1, 0]) {
            // "91 0 98765 43210": the country code and a trunk zero, as "+91 (0) …" without the plus.
            rest = &rest[3..];
            had_prefix = true;
        } else if rest.len() == 11 && rest[0] == 0 {
            rest = &rest[1..];
            had_prefix = true;
        }
        match rest.len() {
            10 => {}
            len if len < 10 => return Err(IdentifierError::TooFewDigits(len)),
            len => return Err(IdentifierError::TooManyDigits(len)),
        }
        match rest[0] {
            6..=9 => {}
            1..=5 if had_prefix => return Err(IdentifierError::Landline),
            _ => return Err(IdentifierError::BadFirstDigit),
        }
        let mut buf = [0u8; MAX_CANONICAL];
        buf[..3].copy_from_slice(b"+91");
        for (slot, d) in buf[3..].iter_mut().zip(rest) {
            *slot = b'0' + d;
        }
        Ok(Identifier {
            kind: Kind::Mobile,
            len: 13,
            buf,
        })
    }

    /// Parses a PAN: any case, spaces and hyphens ignored, then `[A-Z]{5}[0-9]{4}[A-Z]`.
    pub fn parse_pan(input: &str) -> Result<Self, IdentifierError> {
        let mut buf = [0u8; MAX_CANONICAL];
        let mut n = 0usize;
        for c in input.chars() {
            if c.is_whitespace() || c == '-' || is_invisible(c) {
                continue;
            }
            if !c.is_ascii_alphanumeric() {
                return Err(IdentifierError::PanCharacter(c));
            }
            if n < 10 {
                buf[n] = c.to_ascii_uppercase() as u8;
            }
            n += 1;
        }
        if n == 0 {
            return Err(IdentifierError::Empty);
        }
        if n != 10 {
            return Err(IdentifierError::PanLength(n));
        }
        for (i, &b) in buf[..10].iter().enumerate() {
            let letter = !(5..9).contains(&i);
            let ok = if letter {
                b.is_ascii_uppercase()
            } else {
                b.is_ascii_digit()
            };
            if !ok {
                return Err(IdentifierError::PanShape {
                    position: i + 1,
                    expected: if letter { "letter" } else { "digit" },
                });
            }
        }
        Ok(Identifier {
            kind: Kind::Pan,
            len: 10,
            buf,
        })
    }

    /// Parses a value of a known kind (what the builder does for a declared column).
    pub fn parse_as(kind: Kind, input: &str) -> Result<Self, IdentifierError> {
        match kind {
            Kind::Mobile => Self::parse_mobile(input),
            Kind::Pan => Self::parse_pan(input),
        }
    }

    pub fn kind(&self) -> Kind {
        self.kind
    }

    /// The canonical form: `+919876543210` or `ABCPE1234F`.
    pub fn canonical(&self) -> &str {
        // Only ASCII is ever written into `buf`.
        std::str::from_utf8(&self.buf[..usize::from(self.len)]).expect("canonical form is ASCII")
    }

    /// The exact string that is hashed (ARCHITECTURE.md, Hashing and k-anonymity): `mobile:+919876543210` or `pan:ABCPE1234F`.
    pub fn hash_input(&self) -> String {
        format!("{}:{}", self.kind.tag(), self.canonical())
    }

    /// The canonical form with the middle hidden, safe to show on screen: `+91 98XXX XX210`, `ABCPE****F`.
    pub fn masked(&self) -> String {
        let c = self.canonical();
        match self.kind {
            Kind::Mobile => format!("+91 {}XXX XX{}", &c[3..5], &c[10..13]),
            Kind::Pan => format!("{}****{}", &c[..5], &c[9..10]),
        }
    }

    /// For a PAN, the holder type its 4th letter names.
    pub fn pan_holder(&self) -> Option<PanHolder> {
        match self.kind {
            Kind::Pan => Some(PanHolder::from_letter(char::from(self.buf[3]))),
            Kind::Mobile => None,
        }
    }
}

/// Characters people put between the digits of a phone number.
fn is_separator(c: char) -> bool {
    c.is_whitespace()
        || matches!(c, '-' | '.' | '(' | ')' | '/' | '‐' | '‑' | '‒' | '–' | '—')
        || is_invisible(c)
}

/// Invisible marks that phones, chat apps and web pages put into copied numbers: zero-width
/// spaces and joiners, direction marks, embeddings, overrides and isolates, and the byte-order mark.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}')
}

/// The first code point of each block of ten decimal digits a person in India might type: ASCII,
/// the Indian scripts, Arabic-Indic (Urdu), Ol Chiki, Meetei Mayek, and full-width forms.
const DIGIT_ZEROS: [u32; 16] = [
    0x0030, 0x0660, 0x06F0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66,
    0x1C40, 0x1C50, 0xABF0, 0xFF10,
];

/// The value of a decimal digit written in any of the scripts in [`DIGIT_ZEROS`].
pub fn decimal_digit(c: char) -> Option<u8> {
    let cp = u32::from(c);
    DIGIT_ZEROS
        .iter()
        .find(|&&zero| (zero..zero + 10).contains(&cp))
        .map(|&zero| u8::try_from(cp - zero).expect("0..10 fits in u8"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_shows_the_number() {
        let id = Identifier::parse("9876543210").unwrap();
        let shown = format!("{id:?}");
        assert!(!shown.contains("9876543210"), "{shown}");
        assert!(shown.contains("+91 98XXX XX210"), "{shown}");
    }

    #[test]
    fn digits_of_every_listed_script_are_read() {
        for zero in DIGIT_ZEROS {
            for d in 0..10u8 {
                let c = char::from_u32(zero + u32::from(d)).unwrap();
                assert_eq!(decimal_digit(c), Some(d), "U+{:04X}", zero + u32::from(d));
            }
        }
        assert_eq!(decimal_digit('a'), None);
    }

    #[test]
    fn holder_letters_round_trip() {
        for c in 'A'..='Z' {
            match PanHolder::from_letter(c) {
                PanHolder::Unknown(u) => assert_eq!(u, c),
                holder => assert_eq!(holder.letter(), Some(c)),
            }
        }
    }

    #[test]
    fn pan_holder_is_reported_and_unknown_letters_accepted() {
        let id = Identifier::parse("abcpe1234f").unwrap();
        assert_eq!(id.pan_holder(), Some(PanHolder::Person));
        let id = Identifier::parse("ABCZE1234F").unwrap();
        assert_eq!(id.pan_holder(), Some(PanHolder::Unknown('Z')));
    }
}
