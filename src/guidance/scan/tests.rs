//! Unit tests of the message check: every rule on its scam side and its genuine side, in English,
//! Hinglish and Hindi, plus the rule files' own consistency. The messages are synthetic.

use std::collections::BTreeSet;
use std::time::Instant;

use super::*;

fn rules() -> Rules {
    Rules::embedded(Lang::En).expect("the embedded rules load")
}

use Verdict::{Scam, Suspicious};

/// (text, expected verdict, rule ids that must be among the flags).
const SCAMS: &[(&str, Verdict, &[&str])] = &[
    // OTP asks: English, Hinglish, Hindi.
    (
        "Dear citizen, your CoWIN vaccine registration is pending. Our executive will call you; please share the OTP received on your mobile to confirm your slot.",
        Scam,
        &["otp-request"],
    ),
    (
        "Sir, I am calling from your bank. Tell me the 6 digit OTP you just got to stop the fraud transaction.",
        Scam,
        &["otp-request"],
    ),
    (
        "Aapka vaccine slot book ho gaya hai. Confirm karne ke liye OTP bata dijiye.",
        Scam,
        &["otp-request"],
    ),
    (
        "आपका टीकाकरण पंजीकरण अधूरा है। कृपया अपना OTP हमारे अधिकारी को बताइए।",
        Scam,
        &["otp-request"],
    ),
    (
        "Please send us the OTP you received so that we can verify your booster dose.",
        Scam,
        &["otp-request"],
    ),
    // PIN, card, documents.
    (
        "To receive Rs 5,000 cashback, enter your UPI PIN on the request sent to you.",
        Scam,
        &["pin-to-receive-money"],
    ),
    (
        "Please share your UPI PIN with our support team to complete the refund.",
        Scam,
        &["pin-request"],
    ),
    (
        "Refund pane ke liye QR code scan karein, paise turant aapke khate me aa jayenge. Scan the QR to receive the refund.",
        Scam,
        &["pin-to-receive-money"],
    ),
    (
        "Your debit card will be blocked today. Send us your card number and CVV to keep it active.",
        Scam,
        &["card-details-request", "block-threat"],
    ),
    (
        "Send your Aadhaar number and PAN card photo on WhatsApp to get the booster slot.",
        Suspicious,
        &["id-document-request"],
    ),
    (
        "कृपया अपना आधार नंबर और बैंक खाता संख्या भेजें, आपका राहत पैसा जल्द आएगा।",
        Suspicious,
        &["id-document-request"],
    ),
    // Remote access and apps.
    (
        "Customer care: to fix your refund, install AnyDesk and give us the 9-digit code.",
        Scam,
        &["remote-access-app"],
    ),
    (
        "रिफंड के लिए एनीडेस्क ऐप डाउनलोड करें।",
        Scam,
        &["remote-access-app"],
    ),
    (
        "Refund ke liye AnyDesk app download karke code bata do",
        Scam,
        &["remote-access-app"],
    ),
    (
        "Register for the vaccine using our app: http://vacc-regis.xyz/MyVaccin_v2.apk",
        Scam,
        &["apk-link"],
    ),
    // Links.
    (
        "Book your free vaccine slot now at http://cowin-registration.in/book",
        Scam,
        &["lookalike-link"],
    ),
    (
        "Verify your vaccination certificate at c0win-gov.in/verify",
        Scam,
        &["lookalike-link"],
    ),
    (
        "You are eligible for an income tax refund of Rs 15,490. Click incometax-refund.co/claim to verify your account.",
        Scam,
        &["lookalike-link", "tax-refund-link"],
    ),
    (
        "Dear customer, your SBI account will be blocked today. Update KYC: bit.ly/3xYz12",
        Scam,
        &["block-threat", "kyc-update", "link-shortener"],
    ),
    (
        "Your vaccine certificate is ready: http://certificate.gov.in.verify-now.com/dl",
        Scam,
        &["lookalike-link"],
    ),
    (
        "Donate for COVID relief to PM CARES: UPI pmcare@ybl",
        Scam,
        &["upi-lookalike"],
    ),
    (
        "Your Paytm KYC is suspended. Click on the link http://paytm-kyc.xyz to verify within 24 hours.",
        Scam,
        &["lookalike-link", "kyc-update", "deadline"],
    ),
    // Payment before delivery.
    (
        "Oxygen concentrator available, 10L. Pay 50% advance on GPay and we dispatch today. Call 98XXXXXX21",
        Scam,
        &["advance-payment", "scarce-medicine-offer"],
    ),
    (
        "ऑक्सीजन सिलेंडर उपलब्ध है। 50% एडवांस भुगतान करें, डिलीवरी कल।",
        Scam,
        &["advance-payment", "scarce-medicine-offer"],
    ),
    (
        "Remdesivir injection stock me hai, pehle payment karo phir delivery milegi",
        Scam,
        &["advance-payment", "scarce-medicine-offer"],
    ),
    // Fees for something free or for receiving money.
    (
        "Congratulations! You have won Rs 25,00,000 in KBC lucky draw. Pay Rs 12,500 processing fee to claim your prize.",
        Scam,
        &["prize-or-lottery", "fee-to-receive-money"],
    ),
    (
        "Get a priority vaccination slot. Pay Rs 500 registration fee via UPI to book your vaccine dose.",
        Scam,
        &["vaccine-fee"],
    ),
    (
        "वैक्सीन स्लॉट बुक करने के लिए ₹500 पंजीकरण शुल्क जमा करें।",
        Scam,
        &["vaccine-fee"],
    ),
    (
        "IRDA refund department: your lapsed policy bonus of Rs 1,85,000 is pending. Pay Rs 2,500 processing fee to release it.",
        Scam,
        &["insurance-refund", "fee-to-receive-money"],
    ),
    (
        "Get FREE COVID-19 test at home. Register now: http://free-covidtest.online/form",
        Suspicious,
        &["free-test-offer"],
    ),
    // Cures and certificates.
    (
        "100% guaranteed cure for corona in 3 days with our Ayurvedic kadha. Order now.",
        Scam,
        &["guaranteed-cure"],
    ),
    (
        "कोरोना का 100% पक्का इलाज, सिर्फ 3 दिन में ठीक।",
        Scam,
        &["guaranteed-cure"],
    ),
    (
        "Get COVID vaccination certificate without vaccine, only Rs 1500. WhatsApp 9876543210.",
        Scam,
        &["fake-certificate"],
    ),
    // Threats, deadlines, call-backs.
    (
        "Dear consumer your electricity power will be disconnected tonight at 9:30 pm because your previous month bill was not updated. Please immediately contact our electricity officer 9876543210.",
        Scam,
        &["block-threat", "callback-mobile", "deadline"],
    ),
    (
        "Aapka bijli connection aaj raat band ho jayega. Turant 9876543210 par call karein.",
        Scam,
        &["block-threat", "callback-mobile"],
    ),
    (
        "प्रिय ग्राहक, आपका केवाईसी समाप्त हो गया है, 24 घंटे में आपका खाता बंद कर दिया जाएगा। तुरंत 9876543210 पर संपर्क करें।",
        Scam,
        &["kyc-update", "block-threat", "callback-mobile"],
    ),
    (
        "Your SIM card will be blocked in 24 hours. Reply with 1 to upgrade to 5G SIM.",
        Scam,
        &["sim-upgrade", "block-threat"],
    ),
    (
        "This is the Mumbai Crime Branch. A parcel in your name with drugs was seized and you are under digital arrest.",
        Suspicious,
        &["legal-threat"],
    ),
    (
        "Part time job: earn Rs 5000 per day by liking YouTube videos. Contact on WhatsApp.",
        Suspicious,
        &["easy-money"],
    ),
    (
        "Your loan of Rs 2,00,000 is approved without documents. Pay Rs 2,999 processing fee to get the loan amount credited.",
        Scam,
        &["fee-to-receive-money", "loan-offer"],
    ),
    (
        "Our health worker will visit your home for vaccine registration. Keep your Aadhaar ready and share the OTP with her.",
        Scam,
        &["home-visit", "otp-request"],
    ),
    (
        "PM Modi is giving free 3 months recharge to all Indians. Click here to claim: http://free-recharge-offer.xyz Hurry, last date today!",
        Scam,
        &["relief-offer", "click-to-verify", "deadline"],
    ),
    (
        "सरकार सभी को ₹5000 कोविड सहायता राशि दे रही है। लिंक पर क्लिक करके क्लेम करें: http://covid-sahayata.online",
        Suspicious,
        &["relief-offer", "click-to-verify"],
    ),
];

/// Genuine messages: OTP deliveries, alerts, advisories that name the tricks as warnings, personal
/// messages.
const GENUINE: &[&str] = &[
    "482913 is your OTP for login to HDFC Bank NetBanking. Valid for 5 mins. Do not share this OTP with anyone.",
    "Your OTP to register/access CoWIN is 736401. It will be valid for 3 minutes. - CoWIN",
    "OTP for Aadhaar (XX4321) is 839201 (valid for 10 mins). - UIDAI",
    "Dear Customer, OTP for transaction of INR 2,499.00 at AMAZON on your SBI Card ending 1234 is 550921. OTP is valid for 10 mins. SBI never asks for OTP. Do not share it with anyone.",
    "We have sent an OTP to your registered mobile number. Please enter it on the screen to continue.",
    "आपका OTP 583920 है। यह 10 मिनट के लिए मान्य है। इसे किसी के साथ साझा न करें।",
    "प्रिय ग्राहक, आपके लेनदेन के लिए ओटीपी 123456 है। कृपया यह OTP किसी को न बताएं।",
    "CoWIN पर पंजीकरण के लिए आपका OTP 123456 है। - CoWIN",
    "आपके मोबाइल पर OTP भेजा गया है।",
    "Aapka OTP 4521 hai. Ise kisi ke saath share na karein.",
    "Your WhatsApp code: 123-456. Don't share this code with others.",
    "Your Amazon order #123 will be delivered today. Share OTP 4821 with the delivery agent to receive your order.",
    "Your OTP for the ride is 4321. Share it with the driver to start the trip.",
    "Rs 2,000.00 debited from A/c XX1234 on 12-05-21 to VPA rahul@okaxis. Not you? Call 1800111109 or SMS BLOCK to 567676 -SBI",
    "Received Rs 500 from Ramesh via UPI. Ref 1234567. -PhonePe",
    "Beware of fraudsters asking for OTP, UPI PIN or to install AnyDesk. Never share these with anyone. Report fraud at 1930 or cybercrime.gov.in",
    "सावधान! कोई भी बैंक कर्मचारी आपसे OTP या पिन नहीं माँगता। एनीडेस्क जैसे ऐप डाउनलोड न करें।",
    "Do not download apps from links or APK files sent on WhatsApp. Install apps only from the Play Store.",
    "Fake sites like cowin-registration.in are circulating. Register only on cowin.gov.in.",
    "Dear Ravi, you have been vaccinated with the 2nd dose of COVISHIELD on 12-07-2021. Download your certificate from https://cowin.gov.in",
    "Vaccination is free at all government centres. Register only on cowin.gov.in or Aarogya Setu. Do not pay anyone for a slot.",
    "Dear consumer, your electricity bill of Rs 1,234 for May is due on 15-06-2021. Pay online at bescom.co.in to avoid a late fee.",
    "प्रिय उपभोक्ता, आपका बिजली बिल ₹850 देय तिथि 20-06 तक जमा करें।",
    "Hi beta, I reached home safely. Call me when you are free.",
    "Kal shaam 7 baje milte hain, mummy ko bata dena.",
    "Your order of Redmi Note will be delivered today by 9 pm. Track: amzn.in/d/abc123",
    "Refund of Rs 5,430 for AY 2021-22 has been credited to your bank account XX123. - ITD",
    "Link your PAN with Aadhaar before 31 March 2022 on incometax.gov.in to avoid a late fee.",
    "Dear customer, your KYC is due for periodic update. Please visit your home branch with your ID proof.",
    "I4C: If you lose money to online fraud, call 1930 immediately or report on cybercrime.gov.in.",
    "Apollo Hospitals: Covishield available at Rs 780 per dose. Walk in or book on the CoWIN portal.",
    "There is no guaranteed cure for COVID-19. Beware of fake remedies sold online.",
    "Get a pre-approved personal loan of up to Rs 5 lakh on the iMobile app. T&C apply. icicibank.com/pl",
    "PM CARES Fund accepts donations by UPI at pmcares@sbi only.",
    "Police never arrest anyone over a video call. There is no such thing as a digital arrest; if someone calls you about one, hang up and call 1930.",
    "Your COVID RT-PCR report is negative. Download it from https://labreports.example-lab.com/r/123",
    "RBI Kehta Hai: never share your card number, CVV or UPI PIN with anyone.",
    "Never install screen-sharing apps like AnyDesk, TeamViewer or QuickSupport on a caller's advice.",
    "यदि कोई आपसे केवाईसी अपडेट के नाम पर OTP माँगे तो उसे न बताएं और 1930 पर शिकायत करें।",
];

/// More scam messages, written after the first run on the labelled set as a fresh check; each must
/// at least be flagged (suspicious or scam).
const MORE_SCAMS: &[&str] = &[
    "Dear user, your HDFC NetBanking will be suspended within 2 hrs. Re-verify PAN at http://hdfc-netbank-verify.top",
    "Congrats! Your mobile number won Rs 5,00,000 in the WhatsApp lucky draw. To claim, contact Mr. Sharma on WhatsApp 7XXXXXXXX3 and pay GST Rs 8,500.",
    "FedEx: a parcel in your name contains 5 passports and drugs. Press 9 to talk to the Mumbai police officer.",
    "Hello, main SBI head office se bol raha hoon. Aapka ATM card block ho gaya hai, card ke peeche ka CVV number bata dijiye.",
    "आपके बिजली कनेक्शन का पिछला बिल अपडेट नहीं हुआ है, आज रात 9:30 बजे बिजली काट दी जाएगी। तुरंत बिजली अधिकारी से 9XXXXXXXX0 पर संपर्क करें।",
    "Sir I am from OLX, I want to buy your sofa. I have sent a QR code, please scan it and enter PIN to receive Rs 12,000.",
    "Plasma donor available for COVID patients, B+ve. 20% advance on Paytm before we send donor details. Call 8XXXXXXXX9.",
    "Dear Beneficiary, your PM Kisan installment is stopped. Update Aadhaar details at pmkisan-update.in to restart.",
    "Immunity Kadha: guaranteed protection from corona, no need of vaccine! Order now at Rs 999.",
    "Dear customer, your electricity bill is pending. Install the app from bit.ly/ebill-pay to avoid disconnection tonight.",
    "Earn Rs 3,000 daily by giving 5-star Google Maps reviews. Work from home, no investment. WhatsApp now.",
    "Your account KYC is pending. Please download QuickSupport from Play Store and share the ID with our team.",
    "अपना डेबिट कार्ड नंबर और एक्सपायरी तारीख़ बताइए ताकि आपका इनाम आपके खाते में भेजा जा सके।",
    "Madam, Covid third wave relief fund: every family will get Rs 4,000. Register with your Aadhaar and bank details on this link: http://relief-fund-gov.com",
];

fn ids(scan: &Scan) -> Vec<&str> {
    scan.flags.iter().map(|f| f.id.as_str()).collect()
}

#[test]
fn scam_messages_raise_their_flags() {
    let r = rules();
    let mut wrong = Vec::new();
    for (text, verdict, want) in SCAMS {
        let s = r.scan(text);
        let got = ids(&s);
        if s.verdict != *verdict || want.iter().any(|w| !got.contains(w)) {
            wrong.push(format!(
                "{text}\n   want {verdict:?} with {want:?}, got {:?} with {got:?}",
                s.verdict
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn more_scam_messages_are_flagged() {
    let r = rules();
    let missed: Vec<_> = MORE_SCAMS
        .iter()
        .filter(|t| r.scan(t).verdict == Verdict::NoRedFlags)
        .collect();
    assert!(missed.is_empty(), "not flagged: {missed:#?}");
}

#[test]
fn genuine_messages_have_no_red_flags() {
    let r = rules();
    let mut wrong = Vec::new();
    for text in GENUINE {
        let s = r.scan(text);
        if s.verdict != Verdict::NoRedFlags {
            let found: Vec<_> = s
                .flags
                .iter()
                .map(|f| {
                    let m: Vec<_> = f.spans.iter().map(|sp| &text[sp.clone()]).collect();
                    format!("{} {m:?}", f.id)
                })
                .collect();
            wrong.push(format!("{text}\n   got {:?}: {found:?}", s.verdict));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn every_rule_is_exercised_by_a_scam_example() {
    let r = rules();
    let covered: BTreeSet<&str> = SCAMS
        .iter()
        .flat_map(|(_, _, w)| w.iter().copied())
        .collect();
    let missing: Vec<_> = r.rule_ids().filter(|id| !covered.contains(id)).collect();
    assert!(
        missing.is_empty(),
        "rules without a scam example: {missing:?}"
    );
}

#[test]
fn spans_are_sorted_disjoint_and_on_char_boundaries() {
    let r = rules();
    for (text, _, _) in SCAMS {
        for f in r.scan(text).flags {
            assert!(!f.spans.is_empty(), "{}: no span", f.id);
            for pair in f.spans.windows(2) {
                assert!(pair[0].end < pair[1].start, "{}: {:?}", f.id, f.spans);
            }
            for s in &f.spans {
                assert!(s.start < s.end && s.end <= text.len());
                assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            }
        }
    }
}

#[test]
fn explanations_follow_the_language_and_patterns_do_not() {
    let hindi_text = "आपका टीकाकरण पंजीकरण अधूरा है। कृपया अपना OTP हमारे अधिकारी को बताइए।";
    let en = Rules::embedded(Lang::En).unwrap().scan(hindi_text);
    let hi = Rules::embedded(Lang::Hi).unwrap().scan(hindi_text);
    assert_eq!(en.verdict, Verdict::Scam);
    assert_eq!(ids(&en), ids(&hi));
    assert!(en.flags[0].explanation.starts_with("It asks"));
    assert!(hi.flags[0].explanation.contains("OTP"));
    assert!(
        hi.flags[0]
            .explanation
            .chars()
            .any(|c| ('\u{900}'..='\u{97f}').contains(&c))
    );
    assert_eq!(
        en.flags[0].article.as_deref(),
        Some("vaccine-registration-otp")
    );
}

#[test]
fn both_rule_files_have_the_same_rules() {
    let parsed: Vec<_> = load::EMBEDDED
        .iter()
        .map(|(name, _, text)| load::parse(name, text).unwrap())
        .collect();
    let id_set = |f: &load::RuleFile| f.rules.iter().map(|r| r.id.clone()).collect::<Vec<_>>();
    assert_eq!(
        id_set(&parsed[0]),
        id_set(&parsed[1]),
        "same ids in the same order"
    );
    // Pattern rules have patterns in every language, so a Hindi message is checked as well as an
    // English one.
    for file in &parsed {
        for rule in &file.rules {
            let detector =
                ["lookalike-link", "link-shortener", "upi-lookalike"].contains(&rule.id.as_str());
            assert!(
                detector || !rule.patterns.is_empty(),
                "{} has no patterns",
                rule.id
            );
        }
    }
    for lang in Lang::ALL {
        let r = Rules::embedded(lang).unwrap();
        assert_eq!(r.lang(), lang);
        assert_eq!(r.rule_ids().count(), parsed[0].rules.len());
    }
}

#[test]
fn articles_are_from_the_scam_guide() {
    const GUIDE: &[&str] = &[
        "vaccine-registration-otp",
        "callers-who-know-you",
        "remote-access-apps",
        "courier-home-visit",
        "fake-vaccine-apps",
        "free-test-phishing",
        "lookalike-links",
        "paid-vaccine-slots",
        "fake-vaccine-certificates",
        "oxygen-advance-payment",
        "black-market-medicines",
        "fake-home-testing",
        "miracle-cures",
        "fake-relief-funds",
        "fake-insurance-claims",
        "upi-collect-requests",
        "sim-swap-kyc",
        "pan-loans-tax",
    ];
    for (rule, article) in rules().article_refs() {
        assert!(
            GUIDE.contains(&article),
            "{rule} links unknown article {article}"
        );
    }
}

#[test]
fn a_broken_file_is_reported_in_words() {
    let en = load::EMBEDDED[0].2;
    let bad_pattern = en.replacen("patterns = [", "patterns = [\n    '(unclosed',", 1);
    let e = load::build(&[("rules.en.toml", Lang::En, &bad_pattern)], Lang::En)
        .err()
        .expect("a bad pattern fails");
    assert!(e.to_string().contains("not a valid pattern"), "{e}");

    let hi = load::EMBEDDED[1].2;
    let fewer = hi.replacen("id = \"deadline\"", "id = \"deadlines\"", 1);
    let e = load::build(
        &[
            ("rules.en.toml", Lang::En, en),
            ("rules.hi.toml", Lang::Hi, &fewer),
        ],
        Lang::En,
    )
    .err()
    .expect("different ids fail");
    assert!(e.to_string().contains("rule ids differ"), "{e}");
}

#[test]
fn pattern_conveniences_expand() {
    assert_eq!(load::expand("a b"), r"a\s+b");
    assert_eq!(load::expand("any ?desk"), r"any\s*desk");
    assert_eq!(load::expand("[ a]"), "[ a]");
    assert_eq!(load::expand("don't"), "don['’]t");
    assert_eq!(load::expand(r"\ x"), r"\ x");
    assert_eq!(load::expand(r"\bx\B[\b]"), r"(?-u:\b)x(?-u:\B)[\b]");
    assert_eq!(load::expand("फ़ी"), "फ\u{93c}?ी");
    let defines = [("x".to_owned(), "a|b".to_owned())].into_iter().collect();
    assert_eq!(
        load::substitute("{x}{0,3}", &defines).unwrap(),
        "(?:a|b){0,3}"
    );
    assert_eq!(load::substitute("{nope}", &defines), Err("nope".to_owned()));
}

#[test]
fn clauses_split_at_sentence_ends_but_not_in_amounts_or_links() {
    let t = "Pay Rs. 500 at x.com/a.b now! Then wait। Next\nline";
    let parts: Vec<_> = clauses(t).into_iter().map(|c| &t[c]).collect();
    assert_eq!(
        parts,
        [
            "Pay Rs. 500 at x.com/a.b now!",
            " Then wait।",
            " Next\n",
            "line"
        ]
    );
}

#[test]
fn long_input_is_cut_and_says_so() {
    let r = rules();
    let long = "Share the OTP with our executive. ".repeat(1000);
    let s = r.scan(&long);
    assert!(s.truncated);
    assert_eq!(s.verdict, Verdict::Scam);
    assert!(
        s.flags
            .iter()
            .all(|f| f.spans.iter().all(|sp| sp.end <= long.len()))
    );
    assert!(!r.scan("hello").truncated);
    let json = serde_json::to_value(r.scan("hello")).unwrap();
    assert_eq!(
        json,
        serde_json::json!({"verdict": "no_red_flags", "flags": []})
    );
}

#[test]
fn a_long_message_scans_quickly() {
    let r = rules();
    let mut text = String::new();
    while text.chars().count() < 2000 {
        text.push_str(
            "प्रिय ग्राहक, आपका केवाईसी समाप्त हो गया है। Click http://sbi-kyc.xyz and share the OTP. ",
        );
    }
    let start = Instant::now();
    let runs = 5;
    for _ in 0..runs {
        assert_eq!(r.scan(&text).verdict, Verdict::Scam);
    }
    let each = start.elapsed() / runs;
    eprintln!("a 2,000-character scan: {each:?}");
    // About 2 ms in a release build (`cargo test --release --lib a_long_message -- --nocapture`);
    // unoptimised test builds are about ten times slower, and CI machines vary.
    assert!(
        each.as_millis() < 150,
        "a 2,000-character scan took {each:?}"
    );
}
