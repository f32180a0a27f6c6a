//! The identifier table (ARCHITECTURE.md, Identifiers): every common spelling of a mobile number and a PAN, and the
//! message a person sees for each kind of mistake.

use sajag::identifier::{Identifier, IdentifierError, Kind};

/// (input, expected canonical form)
const VALID: &[(&str, &str)] = &[
    ("9876543210", "+919876543210"),
    ("+91 98765 43210", "+919876543210"),
    ("+91-98765-43210", "+919876543210"),
    ("+9198765 43210", "+919876543210"),
    ("098765 43210", "+919876543210"),
    ("09876543210", "+919876543210"),
    ("0091 9876543210", "+919876543210"),
    ("00919876543210", "+919876543210"),
    ("919876543210", "+919876543210"),
    ("91 98765 43210", "+919876543210"),
    ("(+91) 98765.43210", "+919876543210"),
    ("+91 (0) 98765 43210", "+919876543210"),
    ("91 0 98765 43210", "+919876543210"),
    ("910 98765 43210", "+919876543210"),
    // Invisible marks copied from phones, chat apps and web pages.
    ("\u{200e}+91 98765 43210\u{200e}", "+919876543210"),
    ("\u{202a}98765\u{200b}43210\u{202c}", "+919876543210"),
    ("\u{2066}+91-98765-43210\u{2069}", "+919876543210"),
    ("\u{feff}98765 43210", "+919876543210"),
    ("98765\u{200f}43210", "+919876543210"),
    ("\u{202b}ABCPE1234F\u{202c}", "ABCPE1234F"),
    ("ABCPE\u{200b}1234\u{200d}F", "ABCPE1234F"),
    ("\u{2067}abcpe 1234 f\u{2069}", "ABCPE1234F"),
    ("  98765-43210  ", "+919876543210"),
    ("98765\u{a0}43210", "+919876543210"),
    ("98765\u{2013}43210", "+919876543210"),
    ("987 654 3210", "+919876543210"),
    ("९८७६५४३२१०", "+919876543210"),
    ("+९१ ९८७६५ ४३२१०", "+919876543210"),
    ("৯৮৭৬৫৪৩২১০", "+919876543210"),
    ("௯௮௭௬௫௪௩௨௧௦", "+919876543210"),
    ("９８７６５４３２１０", "+919876543210"),
    ("+９１ ９８７６５ ４３２１０", "+919876543210"),
    ("6000000002", "+916000000002"),
    ("7000000001", "+917000000001"),
    ("8123456789", "+918123456789"),
    ("9198765432", "+919198765432"),
    ("ABCPE1234F", "ABCPE1234F"),
    ("abcpe1234f", "ABCPE1234F"),
    ("AbCpE 1234 f", "ABCPE1234F"),
    ("ABCPE-1234-F", "ABCPE1234F"),
    ("  abcpe1234f ", "ABCPE1234F"),
    ("AAACC1234A", "AAACC1234A"),
    ("AAAZZ0000Z", "AAAZZ0000Z"),
];

const INVALID: &[(&str, IdentifierError)] = &[
    ("", IdentifierError::Empty),
    ("   ", IdentifierError::Empty),
    ("98765 4321", IdentifierError::TooFewDigits(9)),
    ("+91 98765 4321", IdentifierError::TooFewDigits(9)),
    ("98765432101", IdentifierError::TooManyDigits(11)),
    ("+91 98765 432101", IdentifierError::TooManyDigits(11)),
    ("5876543210", IdentifierError::BadFirstDigit),
    ("0876543210", IdentifierError::BadFirstDigit),
    ("011 2345 6789", IdentifierError::Landline),
    ("+91 11 2345 6789", IdentifierError::Landline),
    ("022-12345678", IdentifierError::Landline),
    ("+44 7700 900123", IdentifierError::NotIndian),
    ("+1 202 555 0100", IdentifierError::NotIndian),
    ("0044 7700 900123", IdentifierError::NotIndian),
    ("98765o4321", IdentifierError::LettersInMobile),
    ("98765 4321x", IdentifierError::LettersInMobile),
    ("98765*43210", IdentifierError::BadCharacter('*')),
    // Only the invisible marks: a visible control or symbol is still a mistake.
    (
        "98765\u{2060}43210",
        IdentifierError::BadCharacter('\u{2060}'),
    ),
    ("91 1 98765 43210", IdentifierError::TooManyDigits(13)),
    ("98765+43210", IdentifierError::BadCharacter('+')),
    ("ABCPE1234", IdentifierError::PanLength(9)),
    ("ABCPE12345F", IdentifierError::PanLength(11)),
    (
        "ABCP11234F",
        IdentifierError::PanShape {
            position: 5,
            expected: "letter",
        },
    ),
    (
        "ABCPE12X4F",
        IdentifierError::PanShape {
            position: 8,
            expected: "digit",
        },
    ),
    (
        "ABCPE12345",
        IdentifierError::PanShape {
            position: 10,
            expected: "letter",
        },
    ),
    ("ABCPE1234F!", IdentifierError::PanCharacter('!')),
    ("ABCPÉ1234F", IdentifierError::PanCharacter('É')),
];

#[test]
fn valid_spellings_reach_one_canonical_form() {
    for (input, canonical) in VALID {
        let id = Identifier::parse(input).unwrap_or_else(|e| panic!("{input:?} was rejected: {e}"));
        assert_eq!(id.canonical(), *canonical, "input {input:?}");
        let kind = if canonical.starts_with('+') {
            Kind::Mobile
        } else {
            Kind::Pan
        };
        assert_eq!(id.kind(), kind, "input {input:?}");
    }
}

#[test]
fn mistakes_get_their_own_message() {
    for (input, expected) in INVALID {
        assert_eq!(
            Identifier::parse(input).as_ref(),
            Err(expected),
            "input {input:?}"
        );
    }
}

#[test]
fn messages_are_written_for_people() {
    let msg = |s: &str| Identifier::parse(s).unwrap_err().to_string();
    assert_eq!(msg("98765 4321"), "9 digits — a mobile number has 10.");
    assert_eq!(
        msg("5876543210"),
        "Indian mobile numbers start with 6, 7, 8 or 9."
    );
    assert!(msg("011 2345 6789").contains("landline"));
    assert_eq!(
        msg("98765o4321"),
        "Letters are not allowed in a mobile number."
    );
    assert!(msg("+44 7700 900123").contains("+91"));
    assert!(msg("ABCPE12X4F").contains("Character 8"));
}

#[test]
fn hash_input_tags_the_kind() {
    assert_eq!(
        Identifier::parse("098765 43210").unwrap().hash_input(),
        "mobile:+919876543210"
    );
    assert_eq!(
        Identifier::parse("abcpe 1234 f").unwrap().hash_input(),
        "pan:ABCPE1234F"
    );
    assert_eq!(
        Identifier::parse("9876543210").unwrap().masked(),
        "+91 98XXX XX210"
    );
    assert_eq!(
        Identifier::parse("ABCPE1234F").unwrap().masked(),
        "ABCPE****F"
    );
}

#[test]
fn parse_as_forces_the_kind() {
    // In a dump's PAN column, a number is a bad PAN, not a mobile.
    assert!(matches!(
        Identifier::parse_as(Kind::Pan, "9876543210"),
        Err(IdentifierError::PanShape { .. })
    ));
    assert!(matches!(
        Identifier::parse_as(Kind::Mobile, "ABCPE1234F"),
        Err(IdentifierError::LettersInMobile)
    ));
}
