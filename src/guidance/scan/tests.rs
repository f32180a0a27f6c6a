//! Unit tests of the message check: every rule on its scam side and its genuine side, in English,
//! Hinglish and Hindi, plus the rule files' own consistency. The messages are synthetic.
//! Long because every rule has a case on each side in each language; a test module is read one
//! test at a time, and each test names the rule it guards.

use std::collections::BTreeSet;
use std::time::Instant;

use super::sentence::contrast_between;
use super::*;

/// The rules alone: their tests read the verdicts the patterns and detectors give, without the
/// wording model (tested on its own below).
fn rules() -> Rules {
    product_rules().without_wording_model()
}

/// The rules as the app uses them, wording model included.
fn product_rules() -> Rules {
    Rules::embedded(Lang::En).expect("the embedded rules load")
}

use Verdict::{Scam, Suspicious};

/// (text, expected verdict, rule ids that must be among the flags).
const SCAMS: &[(&str, Verdict, &[&str])] = &[
    // Session 15, what the word ends and the advice patterns still catch: a polite request in
    // the future tense, a Hindi customs fee, a calm word before the ask after "अगर कोई …", an
    // ask after "koi bole ki … toh mat karna", a refusal and then "bas OTP".
    ("सर, आप ओटीपी बता देंगे?", Scam, &["otp-request"]),
    // "Don't open it" with a how-to after it is a scam's instruction, not a warning.
    (
        "Download the attached Aadhaar_Update.apk. Do not open it on a computer.",
        Scam,
        &["apk-link"],
    ),
    (
        "Aapka SBI reward APK bheja hai, install karo. Ise computer pe mat kholna.",
        Scam,
        &["apk-link"],
    ),
    // Money or a refund "only after" is a scam's promise, not a hand-over code's condition.
    (
        "Sir OTP bata dijiye, paise milne ke baad hi refund process hoga.",
        Scam,
        &["otp-request"],
    ),
    (
        "Cashback sirf OTP milne ke baad credit hoga, OTP bata do",
        Scam,
        &["otp-request"],
    ),
    (
        "सर OTP बता दीजिए, रिफंड सिर्फ़ पैसे मिलने के बाद शुरू होगा।",
        Scam,
        &["otp-request"],
    ),
    // A caller's order to deny having installed the app is no advice.
    (
        "Sir AnyDesk install kijiye. Koi puche to mana kar dena ki app install kiya.",
        Scam,
        &["remote-access-app"],
    ),
    // A caller's "you must have had a call from someone": no report of a stranger's call.
    (
        "आपको बैंक से किसी का फोन आया होगा, कृपया उन्हें OTP बताएं।",
        Scam,
        &["otp-request"],
    ),
    (
        "आपके फोन पर किसी का मैसेज आया, वो OTP हमें बताइए।",
        Scam,
        &["otp-request"],
    ),
    (
        "बधाई हो! आपने 25 लाख की लॉटरी जीती है।",
        Scam,
        &["prize-money"],
    ),
    (
        "रेमडेसिविर इंजेक्शन उपलब्ध है, 25000 में बेचेंगे, तुरंत कॉल करें 9876543210",
        Scam,
        &["scarce-medicine-offer"],
    ),
    (
        "फीस जमा करने के बाद ही रिफंड मिलेगा",
        Scam,
        &["fee-to-receive-money"],
    ),
    // A question in the last paragraph beside an order of its own; an order to keep quiet that
    // cuts the reader off from the police; a job fee in Hindi's English loanwords.
    (
        "Dear customer, your KYC is pending and your account will be blocked today.\n\nIs this correct? Call 9876543210 now to verify.",
        Scam,
        &["callback-mobile"],
    ),
    (
        "कोई पूछे तो पुलिस को फोन मत करना, अभी OTP बता दो",
        Scam,
        &["otp-request"],
    ),
    (
        "आपका चयन अमेज़न में वर्क फ्रॉम होम जॉब के लिए हुआ है। सैलरी 25000 महीना। जॉइनिंग के लिए 1500 रुपये रजिस्ट्रेशन फीस इस यूपीआई पर भेजें: hrjobs@ybl",
        Scam,
        &["fee-to-receive-money"],
    ),
    (
        "अगर कोई बैंक से कॉल करे तो घबराना मत, जो OTP आया है वो बता देना",
        Scam,
        &["otp-request"],
    ),
    (
        "koi bole ki cancel karo toh mat karna, bas OTP bata dijiye",
        Scam,
        &["otp-request"],
    ),
    (
        "आज रात 9 बजे आपकी बिजली काट दी जाएगी, तुरंत 9876543210 पर कॉल करें।",
        Scam,
        &["cut-off-within-hours"],
    ),
    // Session 15: two scam shapes the second red team found missed (a collect request to accept
    // "so money comes", a child "caught by the police" asking for money on a UPI id), and what
    // the narrowed rules still catch: a question about a quoted SMS beside the caller's own ask,
    // an .apk with an order to keep quiet after it, a lapsed policy's bonus with a number to
    // call, a booking amount asked first, a reward to claim by installing an app.
    (
        "Sir main army se hu, aapka sofa lena hai. Maine GPay pe 15000 ka request bheja hai, accept kar lo paise aa jayenge.",
        Scam,
        &["pin-to-receive-money"],
    ),
    (
        "मैं आर्मी से हूँ, आपका सोफा लेना है। मैंने GPay पर 15000 की रिक्वेस्ट भेजी है, उसे एक्सेप्ट कर लीजिए, पैसे आपके खाते में आ जाएंगे।",
        Scam,
        &["pin-to-receive-money"],
    ),
    (
        "Papa main bahut problem me hu, police ne pakad liya hai, kisi ko mat batana, abhi 50000 is UPI pe bhejo raju.k@ybl",
        Scam,
        &["new-number-money"],
    ),
    (
        "पापा, पुलिस ने मुझे पकड़ लिया है, किसी को मत बताना, अभी 50000 रुपये इस UPI पर भेज दो raju.k@ybl",
        Scam,
        &["new-number-money"],
    ),
    (
        "Dad, I have been arrested after a fight, please don't tell mom. Send Rs 40,000 for the lawyer to this UPI: help.lawyer@ybl",
        Scam,
        &["new-number-money"],
    ),
    (
        "Sir ye kya hai? Aapke account pe 'Rs 5000 debited' message aaya hai, reverse karne ke liye OTP bata dijiye.",
        Scam,
        &["otp-request"],
    ),
    (
        "Download SBI-Reward.apk now to claim 5000 points, usko kisi ko mat batana.",
        Scam,
        &["apk-link"],
    ),
    (
        "IRDAI: your lapsed policy bonus refund of Rs 2,40,000 is pending. Call our officer on 98XXXXXX12 to release it.",
        Scam,
        &["insurance-refund"],
    ),
    (
        "Oxygen cylinder available. Pay the booking amount of Rs 2,000 on GPay to confirm, delivery in 2 hours.",
        Scam,
        &["advance-payment"],
    ),
    (
        "Your 5,000 SBI reward points expire today. Claim them now: install the SBI Rewardz app from the link below.",
        Scam,
        &["reward-claim"],
    ),
    // Session 14: what the narrowed rules still catch — the code asked as "6 digit ka number", a
    // debit card's number, a connection cut tonight, "pehle payment karo", a processing fee paid
    // first, the OTP for "our executive" on a call, a cure sold with a guarantee, a customs fee in
    // Devanagari, a link below off the official domains, a caller's "sahi hai na?" before the ask,
    // and net banking that will be blocked.
    (
        "Congratulations! You have been shortlisted for a top-paying job. Just pay Rs 499 to confirm your interview slot.",
        Scam,
        &["fee-to-receive-money"],
    ),
    (
        "Pay Rs 500 now to book your priority slot for the booster dose at the nearest centre.",
        Scam,
        &["vaccine-fee"],
    ),
    (
        "Your Aadhaar number has been misused for money laundering. A case is registered, stay on this call.",
        Scam,
        &["accused-of-crime"],
    ),
    (
        "Sir aapke phone pe 6 digit ka number aaya hoga, wo jaldi bata dijiye",
        Scam,
        &["code-from-phone"],
    ),
    (
        "Sir, please send your debit card number and expiry to restart your account.",
        Scam,
        &["card-details-request"],
    ),
    (
        "Dear consumer your electricity will be disconnected tonight at 9.30 pm because previous month bill was not updated. Call 9876543210",
        Scam,
        &["cut-off-within-hours"],
    ),
    (
        "Bhai order confirm karne ke liye pehle payment karo, phir dispatch hoga",
        Suspicious,
        &["advance-payment"],
    ),
    (
        "Your loan of Rs 5,00,000 is approved. Pay the processing fee of Rs 4,999 first to get the amount in your account.",
        Scam,
        &["fee-to-receive-money"],
    ),
    (
        "Sir, your service is booked. Our executive will call you, share the OTP with him on the call to confirm.",
        Scam,
        &["otp-request"],
    ),
    (
        "Is churan se sugar aur BP 100% guarantee ke saath jad se khatam. Order karein 9876543210",
        Scam,
        &["guaranteed-cure"],
    ),
    (
        "आपका पार्सल कस्टम में रुका है, 2500 रुपये कस्टम ड्यूटी जमा करें तभी डिलीवरी होगी",
        Scam,
        &["customs-fee"],
    ),
    (
        "Dear SBI customer, your reward points expire today. Click here to redeem: sbi-points.top/r",
        Scam,
        &["entity-link-unseen"],
    ),
    (
        "Rakesh ji, aapka address Sector 15 Rohini hai, sahi hai na? Booster allowance ke liye apne debit card ke 16 digit aur CVV bata dijiye.",
        Scam,
        &["card-details-request"],
    ),
    // The same caller's ask put politely as a question is still his ask (a review of session 15
    // found these suspicious: the asker's own question, "link par click karun?", had been let
    // through at every weight).
    (
        "Sir aapka address Rohini hai, sahi hai na? Aap OTP bata denge?",
        Scam,
        &["otp-request"],
    ),
    (
        "सर, आपका पता रोहिणी है, सही है ना? आप ओटीपी बता देंगे?",
        Scam,
        &["otp-request"],
    ),
    (
        "Is this correct, sir? Can you share the OTP you just received?",
        Scam,
        &["otp-request"],
    ),
    // Session 13: what the narrowed rules still catch — screen sharing beside a refund or a bank,
    // a bank password, a case registered or a court's notice, a reward to claim through no link
    // or an unofficial one, an unpaid bill's threat with no due date, a wrong transfer wanted back
    // now, a share-market group's month and its "institutional account".
    (
        "Bhai galti se mera code tere number pe chala gaya, jo 6 digit ka SMS aaya hai wo bhej de jaldi",
        Scam,
        &["code-from-phone"],
    ),
    (
        "Sir, your refund is stuck. Please share your screen so I can guide you in the bank app.",
        Scam,
        &["remote-access-app"],
    ),
    (
        "Aapka refund atka hai, screen share karke bank app dikhaiye.",
        Scam,
        &["remote-access-app"],
    ),
    (
        "रिफंड के लिए अपनी स्क्रीन शेयर कीजिए और बैंक ऐप खोलिए।",
        Scam,
        &["remote-access-app"],
    ),
    (
        "Please tell me your net banking password to verify the account.",
        Scam,
        &["card-details-request"],
    ),
    (
        "Please share your password so that I can unlock the account.",
        Scam,
        &["card-details-request"],
    ),
    (
        "Sir apna password bata dijiye, account verify karna hai.",
        Scam,
        &["card-details-request"],
    ),
    (
        "आपका पासवर्ड बताइए, खाता सत्यापित करना है।",
        Scam,
        &["card-details-request"],
    ),
    (
        "Sir bank ka password bata dijiye, verify karna hai.",
        Scam,
        &["card-details-request"],
    ),
    (
        "अपना बैंक का पासवर्ड बताइए, खाता सत्यापित करना है।",
        Scam,
        &["card-details-request"],
    ),
    (
        "A court case has been registered against you. Pay the fine of Rs 5,000 today to close it.",
        Suspicious,
        &["legal-threat"],
    ),
    (
        "आपके नाम अदालत का नोटिस जारी हुआ है, तुरंत जुर्माना भरें वरना गिरफ्तारी होगी।",
        Scam,
        &["legal-threat"],
    ),
    (
        "Your 5,000 SBI reward points expire today. Redeem now by installing the SBI Rewards app attached here.",
        Scam,
        &["reward-claim"],
    ),
    (
        "Your HDFC reward points worth Rs 7,850 expire today. Redeem now: https://hdfc-rewardz.in, details at hdfcbank.com",
        Scam,
        &["reward-claim"],
    ),
    (
        "Sir maine galti se aapke number pe 5000 bhej diye, turant wapas kar do is number pe 98XXXXXX10.",
        Scam,
        &["wrong-transfer"],
    ),
    (
        "सर, हमारे टेलीग्राम ग्रुप में शेयर बाज़ार की पक्की टिप्स मिलती हैं। पिछले हफ्ते सदस्यों ने 40% मुनाफा कमाया। पैसा हमारे ऐप के संस्थागत खाते में जमा करें।",
        Suspicious,
        &["easy-money"],
    ),
    (
        "Join our SEBI-registered VIP group. Deposit through the app into the institutional account for IPO allotment, members booked 35 percent in two weeks.",
        Suspicious,
        &["easy-money"],
    ),
    // Session 12 (red team): a negation of another verb ("don't worry", "did not come", "ghabraiye
    // nahi", the plea "karo na") before the ask; a warning or a report given as the reason for it
    // ("…, so"); "read me the OTP"; "only on this call"; "mistake se"; a KYC scam that says
    // "Thanks"; a named .apk beside the Play Store. Each got no red flags (the .apk: suspicious).
    // A footer after the scam's link, in the same sentence: it does not warn about the link.
    (
        "Dear customer your YONO account is blocked, update PAN at sbi-yono-kyc.top SBI never asks for your OTP",
        Scam,
        &["lookalike-link"],
    ),
    // ("kabhi … nahi maangta" is also a report's words, so these two stay at suspicious.)
    (
        "Aapka SBI account block ho gaya hai, sbi-kyc-update.top pe KYC update karein SBI kabhi OTP nahi maangta",
        Suspicious,
        &["lookalike-link"],
    ),
    (
        "आपका एसबीआई खाता ब्लॉक है, sbi-kyc-update.top पर केवाईसी अपडेट करें एसबीआई कभी ओटीपी नहीं मांगता",
        Suspicious,
        &["lookalike-link"],
    ),
    (
        "Don't worry sir just share the OTP and your refund will be processed today.",
        Scam,
        &["otp-request"],
    ),
    (
        "Sir the OTP did not come through please share the new OTP you got.",
        Scam,
        &["otp-request"],
    ),
    (
        "Ghabraiye nahi OTP bata dijiye, refund abhi aapke account mein aa jayega.",
        Scam,
        &["otp-request"],
    ),
    (
        "घबराइए नहीं ओटीपी बता दीजिए, रिफंड अभी आपके खाते में आ जाएगा।",
        Scam,
        &["otp-request"],
    ),
    (
        "Beta jaldi karo na OTP bata do, mera exam form aaj hi bharna hai.",
        Scam,
        &["otp-request"],
    ),
    (
        "जल्दी करो ना ओटीपी बता दो, मेरा फॉर्म आज ही भरना है।",
        Scam,
        &["otp-request"],
    ),
    (
        "Sir, fraudsters have got your card details so to block the card the OTP you received must be read out to me.",
        Scam,
        &["otp-request"],
    ),
    (
        "Hackers aapka card use kar rahe hain isliye jo OTP aaya hai wo hamare officer ko bata dijiye.",
        Scam,
        &["otp-request"],
    ),
    (
        "सर, ठगी से आपके खाते को बचाने के लिए जो ओटीपी अभी आया है वह हमारे अधिकारी को बताना होगा।",
        Scam,
        &["otp-request"],
    ),
    (
        "Amazon: your parcel delivery failed. Our delivery agent will call you, tell him the OTP sent to your phone to reschedule.",
        Scam,
        &["otp-request"],
    ),
    (
        "Ma'am, just read me the OTP so I can finish the setup.",
        Scam,
        &["otp-request"],
    ),
    (
        "Please share the OTP only on this call with our verification officer, not on SMS.",
        Scam,
        &["otp-request"],
    ),
    (
        "Bhai mistake se aapke account me 2000 chale gaye, plz 9876543210 pe return kar do.",
        Scam,
        &["wrong-transfer"],
    ),
    (
        "Your HDFC KYC is pending. Complete it by replying with your PAN number. Thanks.",
        Suspicious,
        &["kyc-update"],
    ),
    (
        "आपका केवाईसी लंबित है, अपना आधार नंबर भेजकर केवाईसी अपडेट करें। धन्यवाद",
        Suspicious,
        &["kyc-update"],
    ),
    (
        "Dear investor, our mentor's last batch booked 35 percent in two weeks. Join: chat.whatsapp.com/AbCdEf123",
        Suspicious,
        &["easy-money"],
    ),
    (
        "Sir the new YONO version will come on Play Store next week, till then install YONO_Lite.apk which I am sending now.",
        Scam,
        &["apk-link"],
    ),
    // Session 11: an ask that names the code by what it is, in the sentence after the OTP; a
    // scam's "you need to" beside a warning word; the SMS's footer told over inside the ask; a
    // code "sent to your phone"; a PIN "daal do". Each got no red flags or only a weak one.
    (
        "Sir an OTP has been sent to your phone for refund verification. Please tell me the number.",
        Scam,
        &["otp-request"],
    ),
    (
        "Sir aapke phone par OTP aaya hoga. Us message me jo number hai batao.",
        Scam,
        &["otp-request"],
    ),
    (
        "आपके फोन पर ओटीपी आया होगा। जो नंबर आया है वो बता दीजिए।",
        Scam,
        &["otp-request"],
    ),
    (
        "Sir an OTP has come on your phone that says do not share it with anyone. Please read it out to me.",
        Scam,
        &["otp-request"],
    ),
    (
        "Fraudsters tried to use your card, you need to share the OTP to block the transaction.",
        Scam,
        &["otp-request"],
    ),
    (
        "Cyber criminals hacked your account, the only way to block them is to tell me the OTP.",
        Scam,
        &["otp-request"],
    ),
    (
        "Hackers aapka account use kar rahe hain, aapko OTP batana padega.",
        Scam,
        &["otp-request"],
    ),
    (
        "ठग आपके खाते का इस्तेमाल कर रहे हैं, आपको ओटीपी बताना होगा।",
        Scam,
        &["otp-request"],
    ),
    (
        "Your account will be blocked. We have sent a code to your phone. Tell me the code quickly.",
        Scam,
        &["otp-request"],
    ),
    (
        "Aap bas Google Pay pe meri request accept karke PIN daal do.",
        Scam,
        &["pin-request"],
    ),
    // Session 11, red team of the day's logic: a caller's "humne … block kar diya", an order to
    // keep quiet ("कोई पूछे तो कुछ मत बताना"), "kisi ne aapke naam se parcel bheja", a fake
    // delivery's "डिलीवरी कैंसिल", "only when our officer calls", "we received a message asking
    // us", and a link of the message's own beside a quoted scam. Each got no red flags.
    (
        "Dear customer, aapke SBI credit card se Rs 24,999 ka transaction attempt hua. Humne card block kar diya hai, unblock ke liye OTP share karein.",
        Scam,
        &["otp-request"],
    ),
    (
        "मैं सीबीआई अधिकारी बोल रहा हूँ, आपके आधार से मनी लॉन्ड्रिंग हुई है, अगर घर में कोई पूछे तो कुछ मत बताना, जांच के लिए अपने खाते के सारे पैसे RBI सुरक्षित खाते में ट्रांसफर करें।",
        Scam,
        &["accused-of-crime"],
    ),
    (
        "Main Mumbai Crime Branch se bol raha hoon. Kisi ne aapke naam se parcel bheja hai jisme drugs mile hain, Skype pe video call join karo.",
        Scam,
        &["accused-of-crime"],
    ),
    (
        "आपकी डिलीवरी कैंसिल करने के लिए फोन पर आया कोड बताइए।",
        Scam,
        &["code-from-phone"],
    ),
    (
        "Be alert, share the OTP only when our officer calls you from the bank.",
        Scam,
        &["otp-request"],
    ),
    (
        "We received a message from Mumbai cyber cell asking us to block your SIM, to avoid this share the OTP sent to your phone with our officer.",
        Scam,
        &["otp-request"],
    ),
    (
        "Fraudsters send messages like 'KYC pending, account blocked'. Protect your account: complete re-KYC at hdfc-rekyc.in today.",
        Scam,
        &["lookalike-link"],
    ),
    // Points to "redeem now at" a link written out, in three languages (the rule needed the word
    // "link" or "click").
    (
        "Dear customer, you have earned 7250 reward points, redeem now at https://pts-redeem.xyz",
        Scam,
        &["reward-claim"],
    ),
    (
        "आपके रिवॉर्ड पॉइंट आज समाप्त हो रहे हैं, अभी रिडीम करें https://pts-redeem.xyz",
        Scam,
        &["reward-claim"],
    ),
    (
        "Aapke reward points aaj expire ho rahe hain, abhi redeem karein https://pts-redeem.xyz",
        Scam,
        &["reward-claim"],
    ),
    // "To stay safe" straight before the order is the scam's reason, not a warning (no comma).
    (
        "To stay safe update your KYC now at https://sbi-kyc-upd.xyz",
        Scam,
        &["lookalike-link"],
    ),
    // A promise past "once" or "after" is no refusal; angle brackets fold like other wrapping
    // marks; a domain of one number is still a link (only an amount run on into a sentence is
    // not). Each got no red flags before.
    (
        "We will not block your card once you share the OTP with our officer.",
        Scam,
        &["otp-request"],
    ),
    (
        "Your account will not be blocked after you share the OTP.",
        Scam,
        &["otp-request"],
    ),
    ("Send the <OTP> to our officer now.", Scam, &["otp-request"]),
    (
        "Your SBI account is blocked. Verify now at 5566.in",
        Scam,
        &["entity-link-mismatch"],
    ),
    // A harmless quotation does not make the ask beside it a report's.
    (
        "Beware of fraud! Messages saying 'your account is safe' are fake. To protect your account, share the OTP with our officer on 9876543210.",
        Scam,
        &["otp-request"],
    ),
    // Session 10, red team: a warning word in another phrase does not cancel an order; a pretext
    // ("to avoid fraudsters") is not a warning. Each got no red flags.
    (
        "Dear customer, to avoid fraudsters update your PAN at https://sbi-pan-update.co.in.net",
        Scam,
        &["lookalike-link"],
    ),
    (
        "SBI: To stay safe, update your KYC now at https://sbi-kyc-safe.xyz",
        Scam,
        &["lookalike-link"],
    ),
    (
        "Your phone has a fake SBI app, install AnyDesk so our engineer can remove it.",
        Scam,
        &["remote-access-app"],
    ),
    (
        "We will never ask for your PIN, just tell me the OTP for verification.",
        Scam,
        &["otp-request"],
    ),
    (
        "Koi bhi charge nahi lagega, bas OTP bata dijiye.",
        Scam,
        &["otp-request"],
    ),
    (
        "आपको कोई भी पैसा नहीं देना है, बस जो ओटीपी आया है वो बता दीजिए।",
        Scam,
        &["otp-request"],
    ),
    (
        "आपके फोन में खतरनाक वायरस है, एनीडेस्क इंस्टॉल करें।",
        Scam,
        &["remote-access-app"],
    ),
    // Session 10, second red-team pass: an order after a joining word ("and", "so", "इसलिए"), an
    // order before a colon whose object is a link, a footer beside a link ("Never share your OTP")
    // that refuses no link, "the SMS says do not share" inside the joined ask, "needs the OTP".
    (
        "Beware of fraudsters and share the OTP only with our verified SBI officer.",
        Scam,
        &["otp-request"],
    ),
    (
        "Scammers are misusing your account so share the OTP with me to block it.",
        Scam,
        &["otp-request"],
    ),
    (
        "साइबर ठग आपके खाते का गलत इस्तेमाल कर रहे हैं इसलिए तुरंत ओटीपी बताइए।",
        Scam,
        &["otp-request"],
    ),
    (
        "धोखाधड़ी से बचने के लिए सूचना: ठगों से सावधान रहें और केवल इस आधिकारिक लिंक पर ही सत्यापन करें: rbi-khata-satyapan.in",
        Scam,
        &["lookalike-link"],
    ),
    (
        "SBI: Your YONO account is blocked today. Update PAN at http://sbi-yono-kyc.xyz Never share your OTP.",
        Scam,
        &["lookalike-link"],
    ),
    (
        "Sir aapke phone pe OTP aaya hoga, usme likha hoga do not share with anyone. Wo OTP bata dijiye, hum bank se hi hain.",
        Scam,
        &["otp-request"],
    ),
    (
        "Due to fraud calls on your number, our officer needs the OTP you just received.",
        Scam,
        &["otp-request"],
    ),
    (
        "Fraud se bachne ke liye aapka OTP hame chahiye.",
        Scam,
        &["otp-request"],
    ),
    (
        "आपके ₹6,000 के लोन का भुगतान बकाया है। आज ही ₹11,200 जमा करें, वरना आपकी फोटो आपके सभी कॉन्टैक्ट्स को भेज दी जाएगी और आपको धोखेबाज़ घोषित कर दिया जाएगा।",
        Scam,
        &["leak-threat"],
    ),
    (
        "Your loan is overdue. Pay Rs 9,800 today or your morphed photos will be sent to all your contacts.",
        Scam,
        &["leak-threat"],
    ),
    // Issue #10, eighteenth round: an illegal loan app's recovery threat to shame you to your
    // contacts (no photo or video in it: not `leak-threat`).
    (
        "Your loan EMI is overdue. If you don't pay today we will message all your contacts that you are a fraud.",
        Scam,
        &["contacts-threat"],
    ),
    (
        "Oye tera loan overdue hai. Aaj 5 baje tak nahi bhara to tere sab contacts ko msg jayega ki tu chor hai.",
        Scam,
        &["contacts-threat"],
    ),
    (
        "लोन का पैसा आज नहीं भरा तो आपके सभी कॉन्टैक्ट्स को कॉल करेंगे और सबको बताएंगे।",
        Scam,
        &["contacts-threat"],
    ),
    // Session 10: an ask for "it" in the next sentence is read with the sentence that named it.
    (
        "Sir OTP aaya? Wo bata dijiye jaldi.",
        Scam,
        &["otp-request"],
    ),
    (
        "An OTP has been sent to your phone. Please read it out to me.",
        Scam,
        &["otp-request"],
    ),
    (
        "आपके मोबाइल पर ओटीपी आया है। वह बता दीजिए।",
        Scam,
        &["otp-request"],
    ),
    // Session 10: "somebody has sent you" is said to you, not a report.
    (
        "Somebody has sent you Rs 2000 on PhonePe, enter your UPI PIN to receive the money.",
        Scam,
        &["pin-to-receive-money"],
    ),
    // Session 10: more disguises (plural, digit zero, spaced or bracketed letters, an emoji stuck
    // to the word, a hyphen, a stray joiner, common misspellings), other groupings of a mobile
    // number and Devanagari digits, and cheap TLDs in bare links.
    ("Please share the OTPs with me.", Scam, &["otp-request"]),
    ("Please share the 0TP with me.", Scam, &["otp-request"]),
    ("Please share the O T P with me.", Scam, &["otp-request"]),
    ("Please share the (OTP) with me.", Scam, &["otp-request"]),
    (
        "Please share the \u{1F511}OTP with me.",
        Scam,
        &["otp-request"],
    ),
    ("Please install Any-Desk.", Scam, &["remote-access-app"]),
    ("कृपया ओ\u{200D}टीपी बताइए।", Scam, &["otp-request"]),
    ("कृपया ओटिपी बताईए।", Scam, &["otp-request"]),
    (
        "Call our electricity officer 987 654 3210 to avoid disconnection.",
        Scam,
        &["callback-mobile"],
    ),
    (
        "Bijli officer ko +91 98 76 54 32 10 pe call karo warna connection kat jayega.",
        Scam,
        &["callback-mobile"],
    ),
    (
        "बिजली अधिकारी को ९८७६५४३२१० पर कॉल करें, वरना कनेक्शन कट जाएगा।",
        Scam,
        &["callback-mobile"],
    ),
    (
        "Dear customer your India Post parcel is on hold. Please update: indiapost.sbs/in",
        Scam,
        &["lookalike-link"],
    ),
    // Session 10: call-forwarding codes, and an app sent with the message.
    (
        "Dial *401*9876543210# to activate your free 5G upgrade.",
        Scam,
        &["call-forwarding-code"],
    ),
    (
        "Aap apne phone se 219876543210# dial kar dijiye, call seedha delivery boy ko lag jayegi.",
        Scam,
        &["call-forwarding-code"],
    ),
    (
        "अपने फोन से **21*9876543210# डायल करें, कॉल सीधे डिलीवरी वाले को जुड़ जाएगी।",
        Scam,
        &["call-forwarding-code"],
    ),
    (
        "RTO Challan: Install the RTO Traffic Challan app attached to pay your pending challan.",
        Scam,
        &["apk-link"],
    ),
    // Session 10: sextortion with the video in the sentence before; a return by the week.
    (
        "Tera video mere paas hai. 20000 bhej warna YouTube pe daal dunga.",
        Scam,
        &["leak-threat"],
    ),
    (
        "आपका लोन ओवरड्यू है। ₹4,200 नहीं भरे तो आपकी फोटो आपके सारे कॉन्टैक्ट्स को भेज दी जाएगी।",
        Scam,
        &["leak-threat"],
    ),
    // Session 9, red team: a negation past a condition is a promise or a threat, not a refusal;
    // a caller's "you must have got a message" and "your account is being targeted" are not
    // reports. Each got no red flags.
    (
        "Your account will not be blocked if you tell me the OTP.",
        Scam,
        &["otp-request"],
    ),
    (
        "Sir the refund will not come unless you install AnyDesk.",
        Scam,
        &["remote-access-app"],
    ),
    (
        "Your electricity will be disconnected tonight at 9 pm if you don't pay the bill.",
        Scam,
        &["cut-off-within-hours"],
    ),
    (
        "Sir aapke paas ek message aaya hoga, wo OTP bata dijiye.",
        Scam,
        &["otp-request"],
    ),
    (
        "आपके पास एक मैसेज आया होगा, उसमें जो ओटीपी है वो बता दीजिए।",
        Scam,
        &["otp-request"],
    ),
    (
        "Your account is being targeted by hackers, so share the OTP I sent to secure it.",
        Scam,
        &["otp-request"],
    ),
    // Session 9, from a red-team pass: disguises folded before the rules read the text (chat bold,
    // quotes, an invisible space, full-width and Cyrillic letters); "na" after the verb is a plea;
    // an amount or a masked number after "OTP" is not the code itself. Each got no red flags.
    ("Please share the *OTP* with me.", Scam, &["otp-request"]),
    ("Please share the \"OTP\" with me.", Scam, &["otp-request"]),
    (
        "Please share the O\u{200B}TP with me.",
        Scam,
        &["otp-request"],
    ),
    (
        "Please share the \u{FF2F}\u{FF34}\u{FF30} with me.",
        Scam,
        &["otp-request"],
    ),
    (
        "Please share the \u{41E}\u{422}\u{420} with me.",
        Scam,
        &["otp-request"],
    ),
    (
        "Please install \u{410}nyDesk now.",
        Scam,
        &["remote-access-app"],
    ),
    ("कृपया *ओटीपी* बताइए।", Scam, &["otp-request"]),
    ("Bhai OTP bhejo na.", Scam, &["otp-request"]),
    ("आपके मोबाइल पर आया ओटीपी बताओ ना।", Scam, &["otp-request"]),
    (
        "Tell me the OTP to cancel the transaction of Rs 4999.",
        Scam,
        &["otp-request"],
    ),
    (
        "Please tell me the OTP sent to your mobile ending with 3210.",
        Scam,
        &["otp-request"],
    ),
    (
        "ओटीपी बताइए, 4999 रुपये का ट्रांजैक्शन रद्द करना है।",
        Scam,
        &["otp-request"],
    ),
    (
        "Jo OTP aaya hai wo bata do na, 4999 ka refund hai.",
        Scam,
        &["otp-request"],
    ),
    // Session 9: a negation is of its own phrase. Its word gap does not pass over "and" ("do not
    // panic and share": the "not" is of "panic"), and it does not reach past a comma or a dash to
    // a new order ("do not cut the call, share the OTP"). Each got no red flags before.
    (
        "Do not panic and share the OTP you receive with our officer now.",
        Scam,
        &["otp-request"],
    ),
    (
        "Don't worry and tell me the OTP that came on your phone.",
        Scam,
        &["otp-request"],
    ),
    (
        "Do not cut the call, share the OTP now.",
        Scam,
        &["otp-request"],
    ),
    (
        "Do not panic and do not pay anyone else, share the OTP with our officer on 9876543210 now.",
        Scam,
        &["otp-request"],
    ),
    ("Ghabraiye mat aur OTP bata dijiye.", Scam, &["otp-request"]),
    (
        "Paise mat bhejiye, OTP bata dijiye bas.",
        Scam,
        &["otp-request"],
    ),
    ("घबराइए मत और OTP बता दीजिए।", Scam, &["otp-request"]),
    ("पैसे मत भेजिए, बस OTP बता दीजिए।", Scam, &["otp-request"]),
    // Session 9: a mobile number after the ask is not the OTP itself. The OTP-delivery exemption
    // ("your OTP for login is 482913") read the tail of "98765 43210" or "+91-98765-43210" as the
    // code, and the ask got no flag of its own.
    (
        "Share the OTP with our officer on 9876543210 now.",
        Scam,
        &["otp-request"],
    ),
    (
        "Share the OTP with our officer on +91-98765-43210 now.",
        Scam,
        &["otp-request"],
    ),
    (
        "OTP हमारे अधिकारी को +91-98765-43210 पर बताएं।",
        Scam,
        &["otp-request"],
    ),
    (
        "Jo OTP aaya hai wo 98765-43210 pe WhatsApp kar do.",
        Scam,
        &["otp-request"],
    ),
    // Issue #10, seventh round (batch 6's tuning half and my probes): each signal in the languages
    // it was missing in.
    // An order to keep quiet just before the ask: no match starts inside the order (or in the
    // sentence before), where its "not" would cancel the ask.
    (
        "Your card is blocked. Do not tell anyone, share the OTP with our officer now.",
        Scam,
        &["otp-request"],
    ),
    (
        "Do not tell anyone. Share the OTP with our officer now.",
        Scam,
        &["otp-request"],
    ),
    (
        "घर पर किसी को मत बताना। OTP अभी बताइए।",
        Scam,
        &["otp-request"],
    ),
    // An order that cuts you off from help is not a refusal of the ask beside it.
    (
        "Do not call the bank, share the OTP with our officer now.",
        Scam,
        &["otp-request"],
    ),
    (
        "Bank ko call mat karna, jo OTP aaya hai wo abhi bata dijiye.",
        Scam,
        &["otp-request"],
    ),
    (
        "बैंक को फोन मत करना, जो OTP आया है वो अभी बता दीजिए।",
        Scam,
        &["otp-request"],
    ),
    // A relative who will not say his name, in trouble, asking for money.
    (
        "Nani, I am your grandson speaking, I had an accident and the police have my phone. Please send 40,000 to this account urgently.",
        Scam,
        &["new-number-money"],
    ),
    (
        "Hello mama ji, pehchana kaun? Main aapka bhanja bol raha hoon, Dubai me police ne pakad liya hai, 50,000 jama karne honge, abhi bhej do.",
        Scam,
        &["new-number-money"],
    ),
    (
        "नमस्ते नानी, मैं आपका पोता बोल रहा हूँ। मेरा एक्सीडेंट हो गया है, अस्पताल में 30,000 रुपये जमा करने हैं, जल्दी भेज दो।",
        Scam,
        &["new-number-money"],
    ),
    // Money moved to a "safe" or "RBI" account "for verification".
    (
        "Transfer your savings to this secure account for verification, it will be returned after investigation.",
        Suspicious,
        &["legal-threat"],
    ),
    (
        "CBI officer: aapke account ki jaanch chal rahi hai, verification ke liye saare paise RBI account me transfer karo",
        Suspicious,
        &["legal-threat"],
    ),
    (
        "जांच के लिए अपनी सारी रकम आरबीआई के सुरक्षित खाते में ट्रांसफर करें, जांच के बाद वापस मिल जाएगी।",
        Suspicious,
        &["legal-threat"],
    ),
    // A big profit in days; a VIP trading group.
    (
        "Join our VIP trading group: members made 25% profit this week with our crypto signals. Link below.",
        Suspicious,
        &["easy-money"],
    ),
    (
        "Bhai VIP group join karo, roz intraday tips milti hain, 1 hafte me 30% profit pakka.",
        Suspicious,
        &["easy-money"],
    ),
    (
        "हमारे वीआईपी ग्रुप में रोज़ शेयर टिप्स मिलती हैं, एक हफ्ते में 40% मुनाफा। अभी जुड़ें।",
        Scam,
        &["easy-money", "deadline"],
    ),
    // Commission per product rated (Hindi; English and Hinglish were caught).
    (
        "हर प्रोडक्ट को 5 स्टार रेटिंग देने पर ₹150 कमीशन मिलेगा। पार्ट टाइम जॉब, रोज़ पेमेंट।",
        Suspicious,
        &["pay-per-task"],
    ),
    // A free recharge "from this website" (Hindi word order; English and Hinglish were caught).
    (
        "मैंने 3 महीने का रिचार्ज फ्री में इस वेबसाइट से कर लिया, तुम भी जल्दी करो: free-recharge-offer.xyz",
        Scam,
        &["reward-claim"],
    ),
    // "These links" is a scam's words too, not only an advisory's.
    (
        "To check if your name is on the list, click these links and download the apps.",
        Scam,
        &["apk-link"],
    ),
    // Issue #10, fifth round (a development set composed by a helper who did not read the rules,
    // and my own probes): each signal in the languages it was found missing in.
    (
        "Sorry bhai meri galti se aapke number par ₹3500 Google Pay ho gaya, plz wapas kar do.",
        Scam,
        &["wrong-transfer"],
    ),
    (
        "Jio customer: aapka SIM 2 ghante me block ho jayega, jo code aaye wo is number pe forward karein 90XXXXXX66",
        Scam,
        &["code-from-phone", "block-threat"],
    ),
    (
        "आपका सिम 5G में अपग्रेड करने के लिए आने वाला कोड हमें भेजें।",
        Scam,
        &["code-from-phone", "sim-upgrade"],
    ),
    (
        // "fir" is Hinglish for "then", not an FIR: no legal threat.
        "Pehle aap ₹5 ka QR scan karo confirm karne ke liye, fir main ₹45,000 bhej dunga.",
        Scam,
        &["pin-to-receive-money"],
    ),
    (
        "ओएलएक्स पर आपका सोफा पसंद आया, पेमेंट के लिए यह क्यूआर कोड स्कैन कीजिए।",
        Scam,
        &["pin-to-receive-money"],
    ),
    (
        "I liked your sofa on OLX. Scan this QR code to receive the payment of Rs 12,000.",
        Scam,
        &["pin-to-receive-money"],
    ),
    (
        "Send Rs 50,000 in Bitcoin within 48 hours or I will send the video to all your contacts.",
        Scam,
        &["leak-threat"],
    ),
    (
        "Dear Candidate, you have been shortlisted. Kindly deposit a refundable security amount of Rs 3,500 to confirm your joining.",
        Scam,
        &["fee-to-receive-money"],
    ),
    (
        "Aapka selection data entry job me ho gaya hai. Joining ke liye ID card aur kit charge ₹1,250 pay karna hoga.",
        Scam,
        &["fee-to-receive-money"],
    ),
    (
        "आपका चयन डेटा एंट्री की नौकरी में हो गया है। नौकरी पाने के लिए 1,250 रुपये जमा करें।",
        Scam,
        &["fee-to-receive-money"],
    ),
    (
        "Ayushman Bharat: get your Golden Card for FREE treatment. Pay Rs.299 registration fee to confirm.",
        Scam,
        &["fee-to-receive-money"],
    ),
    (
        "Congratulations, you won Rs 25,00,000 in the lucky draw. To claim, pay refundable tax Rs 9,800.",
        Scam,
        &["fee-to-receive-money", "prize-or-lottery"],
    ),
    (
        "Ghutno ka dard, sugar, BP sab ek hi churan se gayab, sirf 7 din me.",
        Scam,
        &["guaranteed-cure"],
    ),
    (
        "घुटनों का दर्द, शुगर, बीपी सब एक ही चूर्ण से जड़ से खत्म।",
        Scam,
        &["guaranteed-cure"],
    ),
    (
        "This herbal powder cures diabetes and BP permanently in 7 days.",
        Scam,
        &["guaranteed-cure"],
    ),
    (
        "Ek bachchi ke operation ke liye daan karein help4baby@ybl, aage forward karein.",
        Suspicious,
        &["donation-to-personal-upi"],
    ),
    (
        "एक बच्ची के ऑपरेशन के लिए फोनपे 9XXXXXXXX2 पर दान करें, इस मैसेज को 10 ग्रुप में फॉरवर्ड करें।",
        Suspicious,
        &["donation-to-personal-upi"],
    ),
    (
        "A little girl needs heart surgery. Donate to help4baby@ybl and forward this to 10 groups.",
        Suspicious,
        &["donation-to-personal-upi"],
    ),
    (
        "आपका पार्सल डिलीवर नहीं हो सका क्योंकि पता अधूरा है। 24 घंटे में पता अपडेट करें।",
        Scam,
        &["parcel-held"],
    ),
    // The deadline counts, as in the Hindi above: "nahi ho paya" (could not be delivered) is past
    // the comma, so it does not refuse it (until session 9 it did).
    (
        "Aapka parcel deliver nahi ho paya kyunki address adhura hai, 24 ghante mein address update karein.",
        Scam,
        &["parcel-held"],
    ),
    (
        "आपके खाते में 50,000 रुपये जमा हुए हैं, प्राप्त करने के लिए यहाँ क्लिक करें।",
        Scam,
        &["unexpected-credit", "entity-link-unseen"],
    ),
    (
        "नमस्ते, मैं आपके बेटे का दोस्त हूँ, उसका एक्सीडेंट हो गया है, अस्पताल में तुरंत 50,000 जमा करने हैं, इस नंबर पर भेजें।",
        Scam,
        &["new-number-money"],
    ),
    (
        "Main aapke bete ka dost hoon, uska accident ho gaya hai, turant 50,000 bhejiye.",
        Scam,
        &["new-number-money"],
    ),
    (
        "आपका बिजली मीटर अपडेट नहीं है, टीम विवर ऐप डाउनलोड करके हमारे इंजीनियर से बात करें।",
        Scam,
        &["remote-access-app"],
    ),
    (
        "आयुष्मान कार्ड योजना: 5 लाख का बीमा मंजूर हुआ है, सक्रिय करने के लिए 499 रुपये जमा करें।",
        Scam,
        &["fee-to-receive-money"],
    ),
    (
        "इनाम के लिए प्रोसेसिंग फीस ₹12,500 पहले जमा करनी होगी।",
        Scam,
        &["fee-to-receive-money", "advance-payment"],
    ),
    // Issue #10, fourth round: sextortion, a threat to spread a video unless you pay; the negation
    // of its condition ("नहीं भेजे तो") is part of the threat (`negatable = false`).
    (
        "We have recorded your video call. Pay Rs 20,000 or else the video goes to all your Facebook friends.",
        Scam,
        &["leak-threat"],
    ),
    (
        "आपका वीडियो हमारे पास है, 50,000 रुपये नहीं भेजे तो आपके सभी रिश्तेदारों को भेज देंगे।",
        Scam,
        &["leak-threat"],
    ),
    (
        "Tera video mere paas hai, 10,000 bhej warna sab rishtedaron ko bhej dunga.",
        Scam,
        &["leak-threat"],
    ),
    // "Digital arrest" does not exist.
    (
        "This is Mumbai cyber police. You are under digital arrest. Do not disconnect the video call.",
        Scam,
        &["accused-of-crime"],
    ),
    (
        "मैं मुंबई क्राइम ब्रांच से बोल रहा हूँ, आपके आधार से ड्रग्स वाला पार्सल पकड़ा गया है, आप डिजिटल अरेस्ट में हैं।",
        Scam,
        &["accused-of-crime"],
    ),
    (
        "Main Delhi crime branch se bol raha hoon, aapko digital arrest kiya gaya hai, call mat kaatna.",
        Scam,
        &["accused-of-crime"],
    ),
    // The OTP entered on a link someone sent, and "the code you receive" sent on.
    (
        "Your name is being removed from the voter list. Verify on this link with the OTP you receive within 24 hours.",
        Scam,
        &["otp-request", "block-threat"],
    ),
    (
        "मतदाता सूची से आपका नाम हटाया जा रहा है। 24 घंटे के अंदर इस लिंक पर आधार नंबर और मोबाइल पर आए ओटीपी से सत्यापन करें।",
        Scam,
        &["otp-request", "block-threat"],
    ),
    (
        "Voter list se aapka naam hataya ja raha hai. Is link par OTP daal kar 24 ghante mein verify karein.",
        Scam,
        &["otp-request"],
    ),
    (
        "To switch to eSIM, send the QR code you receive by email to our WhatsApp number.",
        Scam,
        &["otp-request"],
    ),
    // Money promised for scanning a QR code.
    (
        "Scan the QR code and receive Rs 500 cashback instantly.",
        Scam,
        &["pin-to-receive-money"],
    ),
    (
        "इस QR कोड को स्कैन करें और तुरंत 500 रुपये पाएं।",
        Scam,
        &["pin-to-receive-money"],
    ),
    (
        "Is QR code ko scan karo aur turant 500 rupaye pao.",
        Scam,
        &["pin-to-receive-money"],
    ),
    // A fee for a job abroad or its visa.
    (
        "Driver job in Dubai, salary 80,000 a month. Pay the registration fee of Rs 5,000 and your visa will be ready in 7 days.",
        Scam,
        &["fee-to-receive-money"],
    ),
    (
        "नौकरी का सुनहरा मौका! एयरपोर्ट में ग्राउंड स्टाफ की नौकरी, सिर्फ 2500 रुपये रजिस्ट्रेशन फीस जमा करें।",
        Scam,
        &["fee-to-receive-money"],
    ),
    (
        "Dubai mein driver aur helper ki job, salary 80,000 mahina, free visa aur ticket. Sirf registration fee Rs 5,000 bhejo, 7 din mein visa ready ho jayega.",
        Scam,
        &["fee-to-receive-money"],
    ),
    // An ordinary mobile number to call, after "this number", and a card locked "by us".
    (
        "Alert from K. C. Police: we have locked your debit card. For fast re-activation call us now at: 9859759414",
        Scam,
        &["block-threat", "callback-mobile"],
    ),
    (
        "आपका पैन कार्ड आधार से लिंक नहीं है, पैन निष्क्रिय हो जाएगा। लिंक करने के लिए इस नंबर पर कॉल करें 9876543210",
        Scam,
        &["block-threat", "callback-mobile"],
    ),
    (
        "Is number par call karein 9876543210, aapka bijli connection aaj kat jayega.",
        Scam,
        &["block-threat", "callback-mobile"],
    ),
    // A red flag with a weaker one beside it is a scam (3 points with a medium flag).
    (
        "URGENT: your credit card has an outstanding balance of Rs 50,000. Pay it now by clicking the link below.",
        Scam,
        &["entity-link-unseen", "deadline"],
    ),
    (
        "प्रधानमंत्री मुफ्त रिचार्ज योजना: सभी भारतीयों को 3 महीने का मुफ्त रिचार्ज, अभी रजिस्टर करें।",
        Scam,
        &["free-money-offer", "deadline"],
    ),
    (
        "Sarkar 3 mahine ka free recharge de rahi hai, jaldi register karo.",
        Scam,
        &["free-money-offer", "deadline"],
    ),
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
    // "100%" right before the word: a word boundary after "%" never matches.
    (
        "Diabetes ka 100% ilaj, sugar khatam. Call now.",
        Scam,
        &["guaranteed-cure"],
    ),
    (
        "100% cure for diabetes in 21 days. Order now.",
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
        Scam,
        &["legal-threat", "accused-of-crime"],
    ),
    (
        "Part time job: earn Rs 5000 per day by liking YouTube videos. Contact on WhatsApp.",
        Scam,
        &["easy-money", "pay-per-task", "job-on-chat"],
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
        Scam,
        &["relief-offer", "click-to-verify", "entity-link-mismatch"],
    ),
    // Issue #10: signals that generalise, each in English, Hindi and Hinglish (synthetic wordings,
    // not copied from tests/data/messages-real.toml).
    (
        "Dear customer, your HDFC netbanking is on hold. Verify now at http://secure-update-portal.top/login",
        Scam,
        &["entity-link-mismatch"],
    ),
    (
        "आयकर विभाग: आपकी जानकारी अधूरी है, यहाँ पूरी करें http://itd-verify.online/form",
        Scam,
        &["entity-link-mismatch"],
    ),
    (
        "Aapke SBI khate ki details adhuri hain, http://kyc-check-now.site/in par bharo",
        Scam,
        &["entity-link-mismatch"],
    ),
    (
        "Dear member, your bank statement is ready. Go to the link given to view it.",
        Suspicious,
        &["entity-link-unseen"],
    ),
    (
        "प्रिय ग्राहक, अपने बैंक खाते का विवरण नीचे दिए लिंक पर भरें।",
        Suspicious,
        &["entity-link-unseen"],
    ),
    (
        "Bank account verify karne ke liye is link par click karo.",
        Suspicious,
        &["entity-link-unseen"],
    ),
    (
        "Your credit card reward points worth Rs 6,400 lapse tonight. Download the Points app to convert them to cash.",
        Scam,
        &["reward-claim"],
    ),
    (
        "आपके 3,200 रिवॉर्ड पॉइंट आज रात समाप्त हो रहे हैं, ऐप डाउनलोड करके पैसे पाएं।",
        Scam,
        &["reward-claim"],
    ),
    (
        "Bhai tera cashback 750 ka pending hai, link pe claim kar le jaldi.",
        Scam,
        &["reward-claim"],
    ),
    (
        "We are hiring for online rating tasks, Rs 120 per review, salary same day. Message our HR on Telegram.",
        Scam,
        &["pay-per-task", "job-on-chat"],
    ),
    (
        "घर बैठे ऑनलाइन काम: हर रेटिंग पर ₹80। जुड़ने के लिए टेलीग्राम पर संपर्क करें, यह पार्ट-टाइम नौकरी है।",
        Scam,
        &["pay-per-task", "job-on-chat"],
    ),
    (
        "Ghar baithe job: har task ke 200 milenge, telegram pe judo.",
        Scam,
        &["pay-per-task", "job-on-chat"],
    ),
    (
        "Hi Papa, this is my new number, save it. The old SIM stopped working.",
        Suspicious,
        &["new-number-family"],
    ),
    (
        "पापा, मेरा फोन खराब हो गया है, यह मेरा नया नंबर है। 8,000 रुपये इस खाते में जमा कर दो, बहुत जरूरी है।",
        Scam,
        &["new-number-family", "new-number-money"],
    ),
    (
        "Mummy mera phone kho gaya, ye mera naya number hai. 6000 is UPI pe bhej do: anil.k@ybl",
        Scam,
        &["new-number-family", "new-number-money"],
    ),
    // An order to keep quiet beside the ask is not a refusal to share.
    (
        "Don't tell anyone about this call. Share the OTP now to stop the transfer.",
        Scam,
        &["otp-request"],
    ),
    ("किसी को मत बताना, OTP अभी बताइए।", Scam, &["otp-request"]),
    (
        "Kisi ko mat batana, OTP abhi bata do.",
        Scam,
        &["otp-request"],
    ),
    ("Send me the OTP now, tell no one.", Scam, &["otp-request"]),
    // A denial ("this is not a fraud call") is not a warning.
    (
        "Madam, this is not a fraud call. Tell me the OTP now.",
        Scam,
        &["otp-request"],
    ),
    (
        "This is not a fraud call, tell me the OTP.",
        Scam,
        &["otp-request"],
    ),
    ("यह फ़्रॉड कॉल नहीं है, OTP बताइए।", Scam, &["otp-request"]),
    (
        "Yeh fraud call nahi hai, OTP bata dijiye.",
        Scam,
        &["otp-request"],
    ),
    // "If anyone calls …" is advice only when it goes on to warn.
    (
        "If anyone from our bank calls, tell them the OTP.",
        Scam,
        &["otp-request"],
    ),
    (
        "अगर कोई बैंक से फ़ोन करे तो उसे OTP बता देना।",
        Scam,
        &["otp-request"],
    ),
    (
        "Agar koi bank se call kare to OTP bata dena.",
        Scam,
        &["otp-request"],
    ),
    // A warning before "but" does not swallow the ask after it.
    (
        "SBI never asks for your OTP, but for this refund tell me the OTP now.",
        Scam,
        &["otp-request"],
    ),
    (
        "बैंक कभी OTP नहीं माँगता, लेकिन रिफ़ंड के लिए OTP अभी बताइए।",
        Scam,
        &["otp-request"],
    ),
    (
        "Bank kabhi OTP nahi mangta, lekin refund ke liye OTP abhi bata do.",
        Scam,
        &["otp-request"],
    ),
    (
        "Sir I transferred 2,500 to your account by mistake, kindly send it back to my other number.",
        Scam,
        &["wrong-transfer"],
    ),
    (
        "मैंने गलती से आपके खाते में ₹1,800 डाल दिए, कृपया वापस कर दीजिए।",
        Scam,
        &["wrong-transfer"],
    ),
    (
        "Maine galti se aapko 3000 bhej diye, wapas kar dijiye please.",
        Scam,
        &["wrong-transfer"],
    ),
    (
        "Bhai galti se maine aapke number pe 5000 ka recharge kar diya, please wapas kar do.",
        Scam,
        &["wrong-transfer"],
    ),
    (
        "Sorry, I accidentally recharged your number with Rs 999. Please return it by UPI.",
        Scam,
        &["wrong-transfer"],
    ),
    (
        "Your friend's gift box is with customs at Mumbai airport. Pay the clearance charge of Rs 18,000 to receive it.",
        Scam,
        &["customs-fee"],
    ),
    (
        "आपका अंतरराष्ट्रीय उपहार कस्टम में रुका है, ₹15,000 ड्यूटी जमा करें।",
        Scam,
        &["customs-fee"],
    ),
    (
        "Aapka gift parcel customs mein hai, 9000 duty jama karo tabhi milega.",
        Scam,
        &["customs-fee"],
    ),
    (
        "Madam, a code is coming on your phone right now, please tell me that code to finish the process.",
        Scam,
        &["code-from-phone"],
    ),
    (
        "आपके मोबाइल नंबर पर अभी एक कोड आएगा, वह कोड मुझे बता दीजिए।",
        Scam,
        &["code-from-phone"],
    ),
    (
        "Phone pe abhi ek number aayega, wo number mujhe bata dena.",
        Scam,
        &["code-from-phone"],
    ),
    (
        "Sir, this is the cyber cell inspector. You must stay on the line and keep this confidential, an arrest warrant is ready.",
        Scam,
        &["stay-on-call", "legal-threat"],
    ),
    (
        "मैं पुलिस अधिकारी बोल रहा हूँ, जाँच चल रही है, कॉल पर बने रहें, यह गोपनीय है।",
        Suspicious,
        &["stay-on-call"],
    ),
    (
        "Main police officer bol raha hun, aap par case hai, video call pe bane raho, ye confidential hai.",
        Suspicious,
        &["stay-on-call"],
    ),
    (
        "Your shipment is on hold at our hub, update your address to release it.",
        Suspicious,
        &["parcel-held"],
    ),
    (
        "आपका पैकेज गलत पते के कारण रुका है, पता अपडेट करें।",
        Suspicious,
        &["parcel-held"],
    ),
    (
        "Aapka parcel on hold hai, address update karo is link pe.",
        Scam,
        &["parcel-held", "entity-link-unseen"],
    ),
    (
        "The government is giving a free recharge of Rs 299 to every citizen this week.",
        Suspicious,
        &["free-money-offer"],
    ),
    (
        "सरकार सभी छात्रों को 5000 रुपये की छात्रवृत्ति दे रही है।",
        Suspicious,
        &["free-money-offer"],
    ),
    (
        "Sarkar sab ladkiyon ko scholarship of Rs 12,000 de rahi hai.",
        Suspicious,
        &["free-money-offer"],
    ),
    (
        "Your A/c XX12 is credited with Rs 48,000 as relief compensation. Click to claim the balance.",
        Scam,
        &["unexpected-credit"],
    ),
    (
        "राहत योजना के तहत आपके खाते में 20,000 रुपये जमा किए गए हैं।",
        Suspicious,
        &["unexpected-credit"],
    ),
    (
        "Aapke account mein Rs 9,000 credited under PM yojana, details fill karo.",
        Suspicious,
        &["unexpected-credit"],
    ),
    (
        "Your phone service will be blocked within 3 hours. Call our officer at once.",
        Scam,
        &["cut-off-within-hours", "block-threat"],
    ),
    (
        "आपकी बिजली आज रात काट दी जाएगी।",
        Scam,
        &["cut-off-within-hours", "block-threat"],
    ),
    (
        "Aapki light aaj raat kat jayegi, officer ko call karo.",
        Scam,
        &["cut-off-within-hours", "block-threat"],
    ),
    (
        "Congratulations, you are the winner of Rs 35 lakh in our anniversary lucky draw.",
        Scam,
        &["prize-money", "prize-or-lottery"],
    ),
    (
        "बधाई हो, आपने 12 लाख रुपये का इनाम जीता है।",
        Scam,
        &["prize-money", "prize-or-lottery"],
    ),
    (
        "Aapne 15 lakh ki lottery jeeti hai, manager se baat karo.",
        Scam,
        &["prize-money", "prize-or-lottery"],
    ),
    (
        "Your Aadhaar number has been used in a money laundering case. Cooperate with the officer.",
        Scam,
        &["accused-of-crime"],
    ),
    (
        "आपके आधार से मनी लॉन्ड्रिंग का अपराध हुआ है।",
        Scam,
        &["accused-of-crime"],
    ),
    (
        "Aapka parcel in your name pakda gaya hai, usme drugs mile hain.",
        Scam,
        &["accused-of-crime"],
    ),
    (
        "Your order could not be delivered. Reschedule here: https://indiapots.com/track",
        Scam,
        &["lookalike-link"],
    ),
    (
        "If you get a call from our officer today, tell him the 6 digit code that comes on your phone.",
        Scam,
        &["otp-request"],
    ),
    // A scammer's "this is not fake" is not a report of a scam.
    (
        "Ye fake nahi hai sir, aapka 25 lakh ka inaam pakka hai.",
        Scam,
        &["prize-money", "prize-or-lottery"],
    ),
    (
        "यह फर्जी नहीं है, आपने 25 लाख रुपये का इनाम जीता है।",
        Scam,
        &["prize-money", "prize-or-lottery"],
    ),
    // Kinds of scam the holdout set (tests/data/messages-holdout.toml) found missed, in new
    // wordings. A PIN or a QR scan "to receive money":
    (
        "I am sending Rs 8,000 for the cycle. Just approve the request with your UPI PIN and the amount gets added to your account.",
        Scam,
        &["pin-to-receive-money"],
    ),
    (
        "Scan this QR code in PhonePe and approve it with your PIN, the money will reach your bank account.",
        Scam,
        &["pin-to-receive-money"],
    ),
    (
        "Main aapko payment bhej raha hoon, bas UPI PIN daal dijiye, paise turant aapke khate mein aa jayenge.",
        Scam,
        &["pin-to-receive-money"],
    ),
    (
        "Refund ka QR bhej diya hai, scan karke approve karo, 2,000 rupaye aapke account mein credit ho jayenge.",
        Scam,
        &["pin-to-receive-money"],
    ),
    (
        "मैंने QR कोड भेजा है, उसे स्कैन करके अपना UPI पिन डालिए, पैसे सीधे आपके खाते में आ जाएंगे।",
        Scam,
        &["pin-to-receive-money"],
    ),
    // Card number, expiry and CVV asked for in Hinglish and Hindi.
    (
        "Sir aapka reward point redeem karna hai, apne credit card ka number aur peeche likha CVV bol dijiye.",
        Scam,
        &["card-details-request"],
    ),
    (
        "Verification ke liye card ke saamne wale 16 ank aur expiry batayiye.",
        Scam,
        &["card-details-request"],
    ),
    (
        "बोनस आपके खाते में भेजने के लिए अपने डेबिट कार्ड के सोलह अंक और एक्सपायरी तारीख बताइए।",
        Scam,
        &["card-details-request"],
    ),
    (
        "कृपया बताइए अपने एटीएम कार्ड का नंबर और पीछे लिखा सीवीवी।",
        Scam,
        &["card-details-request"],
    ),
    (
        "To stop the blocking, read out the 16 digits on your card and the three digits on the back.",
        Scam,
        &["card-details-request"],
    ),
    // Electricity cut off tonight unless you call a mobile number.
    (
        "Aapka bijli ka bill baki hai, raat 10 baje connection kaat diya jayega. Abhi 9XXXXXXXX1 par call karein.",
        Scam,
        &["block-threat", "callback-mobile"],
    ),
    (
        "Meter update nahi hua to aapki light kat jayegi, turant bijli adhikari ko 7XXXXXXXX5 par WhatsApp karein.",
        Scam,
        &["block-threat", "callback-mobile"],
    ),
    (
        "प्रिय ग्राहक, आपका बिजली बिल बकाया है, आज रात आपकी बिजली काटी जाएगी। तुरंत बिजली विभाग के अधिकारी से 8XXXXXXXX4 पर बात करें।",
        Scam,
        &["block-threat", "callback-mobile"],
    ),
    // Payment before a home test, a technician or a visit.
    (
        "Your AC service is booked. The engineer will be sent only after you pay Rs 299 online at acfix-care.in/pay.",
        Suspicious,
        &["advance-payment"],
    ),
    (
        "Full body checkup at home for Rs 999. Pay now to confirm your sample collection; the phlebotomist reaches in 1 hour.",
        Suspicious,
        &["advance-payment"],
    ),
    (
        "Technician payment ke baad hi aayega, 500 rupaye is number par GPay kar dijiye.",
        Suspicious,
        &["advance-payment"],
    ),
    (
        "घर पर जाँच के लिए भुगतान के बाद ही तकनीशियन भेजा जाएगा। अभी ₹399 भेजें।",
        Scam,
        &["advance-payment"],
    ),
    // An urgent appeal for a patient or a disaster, paid to a personal UPI id or number.
    (
        "URGENT 🙏 A young mother from our area needs a kidney transplant this week. Please donate whatever you can to helpmeera.fund@okaxis and share with all your contacts.",
        Scam,
        &["donation-to-personal-upi"],
    ),
    (
        "Ek bachche ka operation kal hai, family ke paas paise nahi hain. Madad ke liye PhonePe 9XXXXXXXX7 par jo ho sake bhejiye, sabhi groups mein forward karein.",
        Suspicious,
        &["donation-to-personal-upi"],
    ),
    (
        "बाढ़ पीड़ितों की तुरंत मदद करें! दान के लिए फोनपे: 7XXXXXXXX2 पर भेजें और सभी ग्रुप में शेयर करें।",
        Scam,
        &["donation-to-personal-upi"],
    ),
    // An advisory phrase does not cover an ask after "but": the ask stands.
    (
        "Sir, the bank will never ask for your PIN, but to stop this transaction please tell me the OTP you just received.",
        Scam,
        &["otp-request"],
    ),
    (
        "Bank kabhi PIN nahi maangta, lekin verification ke liye OTP bata dijiye.",
        Scam,
        &["otp-request"],
    ),
    (
        "बैंक कभी आपका पिन नहीं माँगता, लेकिन रिफंड के लिए अभी आया OTP बता दीजिए।",
        Scam,
        &["otp-request"],
    ),
    // Issue #10, third round: a call to merge into this one (the call-merging OTP scam).
    (
        "Sir, your friend gave me your number. His call is waiting, please merge the call so we can all talk.",
        Suspicious,
        &["call-merge"],
    ),
    (
        "Aapke dost ki call waiting pe hai, dono call merge kar dijiye, phir aage baat karte hain.",
        Suspicious,
        &["call-merge"],
    ),
    (
        "आपके दोस्त की कॉल वेटिंग पर है, कॉल मर्ज कर दीजिए, फिर आगे बात करते हैं।",
        Suspicious,
        &["call-merge"],
    ),
    // An account already blocked, with something to do about it.
    (
        "दस्तावेज़ एक्सपायर होने के कारण आपका खाता ब्लॉक कर दिया गया है। दोबारा चालू करने के लिए संपर्क करें।",
        Suspicious,
        &["block-threat"],
    ),
    (
        "Aapka khata block kar diya gaya hai, dobara chalu karne ke liye KYC update karein.",
        Scam,
        &["block-threat", "kyc-update"],
    ),
    (
        "Your account has been blocked due to pending KYC. Update it today to use it again.",
        Suspicious,
        &["block-threat"],
    ),
    // A scheme under which everyone will get a monthly sum.
    (
        "Under the new youth allowance scheme every unemployed youth will get Rs 3,500 per month. Fill the form today.",
        Suspicious,
        &["free-money-offer"],
    ),
    (
        "Naye yojana ke tahat sabhi ko ₹3,500 har mahine milenge, aaj hi form bharein.",
        Scam,
        &["free-money-offer"],
    ),
    (
        "नई योजना के अंतर्गत सभी युवाओं को 3500 रुपये हर महीने दिए जाएंगे, आज ही फॉर्म भरें।",
        Scam,
        &["free-money-offer"],
    ),
    // Identity documents (not any photo).
    (
        "To complete the video KYC, send a photo of your passport and your voter ID on this WhatsApp number.",
        Suspicious,
        &["id-document-request"],
    ),
    (
        "Loan approve karne ke liye apna driving licence aur PAN card ki photo bhejo.",
        Suspicious,
        &["id-document-request"],
    ),
    (
        "लोन पास करने के लिए अपना वोटर आईडी और पासपोर्ट की फ़ोटो इस नंबर पर भेजिए।",
        Suspicious,
        &["id-document-request"],
    ),
];

/// Genuine messages: OTP deliveries, alerts, advisories that name the tricks as warnings, personal
/// messages.
const GENUINE: &[&str] = &[
    // Session 15, a third red team (family warnings written by a helper who read neither the data
    // nor these tests; 10 of its 31 were wrong on the first run): advice in its everyday shape
    // with the scam's words in the middle ("कोई बोले कि …, तो कुछ मत भेजना", "koi … bole ki …, to
    // turant call kaat do"), a stranger's call or visit told in the third person ("एक आदमी का फोन
    // आया, बोला …", "ek banda … bol raha tha", "लोगों को कॉल आ रहे हैं कि …"), "ye sab jhooth hai",
    // and a Hindi refusal further than 40 bytes from the name it refuses. Then keywords that only
    // begin a longer word (a fourth helper's audit): भेजेंगे (we will send), कटहल, कटलेट, आधारित,
    // नामांकन, बत्तीस, पैनल, बीपीएल, एपिसोड, ऐपल, कॉलोनी, बीमारी, इनामदार, Marathi वॉरंटी,
    // विमान, बरेच.
    "आज सुबह एक आदमी का फोन आया, बोला आपका बिजली का बिल जमा नहीं है, आज रात 9 बजे लाइट कट जाएगी, इस नंबर पर तुरंत बात करो। मैंने कहा मैं खुद ऑफिस जाकर पता करूंगा। बिल तो पिछले हफ्ते ही भर दिया था।",
    "सावधान!! आजकल लोगों को कॉल आ रहे हैं कि आपके नाम से पार्सल में ड्रग्स मिले हैं, आप डिजिटल अरेस्ट में हैं, वीडियो कॉल पर रहिए और पैसे ट्रांसफर कीजिए। ये सब ठगी है। पुलिस कभी वीडियो कॉल पर गिरफ्तार नहीं करती। ऐसा कॉल आए तो तुरंत 1930 पर शिकायत करें।",
    "मां, कोई बोले कि गलती से आपके खाते में पैसे चले गए हैं, वापस भेज दो, तो कुछ मत भेजना। पहले बैंक का मैसेज या पासबुक देखना। ये लोग नकली मैसेज भेजते हैं।",
    "अम्मा, WhatsApp पर कोई भी लिंक या APK फाइल आए जैसे 'PM किसान योजना.apk' तो उसे मत खोलना। उससे फोन हैक हो जाता है और खाते से पैसे निकल जाते हैं।",
    "भैया आज दुकान पर एक आदमी आया, बोला PhonePe से 500 रुपये भेज रहा हूं, फिर उसने QR भेजा और बोला स्कैन करके पिन डालो पैसे आ जाएंगे। मैंने मना कर दिया, पैसे लेने के लिए पिन नहीं डालना पड़ता।",
    "Bhai maine OLX pe sofa dala tha, ek banda army wala bol raha tha, bola main QR bhejta hu scan karo paise aa jayenge. QR scan karne se paise aate nahi jaate hai! maine block kar diya. Tum log bhi dhyan rakhna",
    "Didi aapke number pe koi msg aaye ki maine galti se 2000 bhej diye wapas kar do, to kuch mat karna. Pehle apna bank balance check karna. Ye log fake sms bhejte hai",
    "Group me sabko bata do - koi video call pe police ki vardi me aake bole ki aap digital arrest me ho aur paise transfer karo verification ke liye, to turant call kaat do. Aisa koi arrest nahi hota. 1930 pe complaint karo",
    "Mummy agar koi bole ki aapka beta police station me hai aur paise bhejo, to turant phone kaat dena aur mujhe call karna.",
    "Logon ko call aa rahe hain ki aapka parcel customs me pakda gaya hai, usme drugs hai, aap digital arrest me ho. Ye sab jhooth hai, call kaat do.",
    "भाभी, फोन पे पर अगर किसी की पैसे की रिक्वेस्ट आए और वो कहे कि पिन डालो पैसे आपके खाते में आ जाएंगे, तो बिल्कुल मत डालना। पिन डालने से पैसे जाते हैं।",
    "सावधान!\nआजकल लोगों को व्हाट्सएप पर मैसेज आ रहे हैं कि आपके बेटे को पुलिस ने पकड़ लिया है, उसे छुड़ाने के लिए तुरंत 50000 रुपये भेजो।\nऐसे मैसेज पर भरोसा न करें, पहले अपने बच्चे को फोन करें।",
    "पापा, एनीडेस्क जैसा कोई भी ऐप किसी के कहने पर डाउनलोड मत करना। बैंक वाले कभी ऐसा नहीं कहते।",
    "APK वाली फाइल व्हाट्सएप पर मत खोलना।",
    // "तो फोन मत करना" (don't call back) refuses in advice.
    "मम्मी ध्यान रखना, कोई कहे कि आपका बिजली का बिल बाकी है आज रात कनेक्शन कट जाएगा इस नंबर पर फोन करो, तो फोन मत करना। सीधे बिजली दफ्तर जाना।",
    "हम आपके मोबाइल पर ओटीपी भेजेंगे।",
    "आज रात कटहल की सब्जी बनेगी।",
    "आज रात कटलेट बनेंगे।",
    "कॉलेज में नामांकन 30 जून को बंद हो जाएगा।",
    "दुकान की बत्तीस लाइटें कल से बंद हो जाएगी।",
    "आपके पैनल ने अवैध निर्माण की रिपोर्ट दी है।",
    "बीपीएल सूची से मेरा नाम गायब है।",
    "कल के एपिसोड का लिंक भेजा है, डाउनलोड कर लेना।",
    "कॉलोनी में अभी पानी नहीं आ रहा, प्लंबर का नंबर 9876543210 है।",
    "बीमारी के कारण आपका टिकट रद्द हुआ, रिफंड के लिए कॉल करें।",
    "इनामदार क्लिनिक की वेबसाइट पर अपॉइंटमेंट बुक करें।",
    // The audit's everyday words in the other eight scripts (one message each; all clean now).
    "প্রিয় কাস্টমার, আপনার মাসিক বিলের লেট ফি মাফ করা হয়েছে। ধন্যবাদ।",
    "ਪਿਆਰੇ ਕਸਟਮਰ, ਤੁਹਾਡਾ ਭੁਗਤਾਨ ਮਿਲ ਗਿਆ ਹੈ। ਧੰਨਵਾਦ।",
    "உங்கள் FASTag கணக்கிலிருந்து சுங்கச்சாவடி கட்டணம் ரூ.85 கழிக்கப்பட்டது. நன்றி.",
    "আপনার ফ্রিজের ওয়ারেন্টি আরও এক বছর বাড়ানো হয়েছে। ধন্যবাদ।",
    "તમારા ફ્રિજની વોરંટી એક વર્ષ માટે વધારવામાં આવી છે. આભાર.",
    "നിങ്ങളുടെ ഫ്രിഡ്ജിന്റെ വാറന്റി ഒരു വർഷം കൂടി നീട്ടി. നന്ദി.",
    "ଆପଣଙ୍କ ଫ୍ରିଜର ୱାରେଣ୍ଟି ଆଉ ଏକ ବର୍ଷ ବଢ଼ାଯାଇଛି। ଧନ୍ୟବାଦ।",
    "ਤੁਹਾਡੇ ਫਰਿੱਜ ਦੀ ਵਾਰੰਟੀ ਇੱਕ ਸਾਲ ਵਧਾ ਦਿੱਤੀ ਗਈ ਹੈ। ਧੰਨਵਾਦ।",
    "সিমেন্টের দাম বদলেছে, অর্ডারের জন্য ফোন করুন।",
    "কাল থেকে সিমেন্টের অভাবে নির্মাণকাজ বন্ধ হয়ে যাবে।",
    "প্যান্টের দোকান আজ বন্ধ হবে।",
    "বিমান বাতিল হয়েছে, টিকিটের রিফান্ডের জন্য যোগাযোগ করুন।",
    "প্রতিদিন সন্ধ্যায় মন্দিরে আরতির আয়োজন হয়।",
    "এপ্রিল মাসের রুটিনের লিংক দিলাম, ডাউনলোড করে নিও।",
    "অ্যাপার্টমেন্টের ছবির লিংক দিলাম, ডাউনলোড করে নিও।",
    "জাদুঘর দেখা সেরে বাড়ি ফিরলাম।",
    "আগামী সোমবার কলেজে যোগ দিন।",
    "পলিসির বোনাস জমা হয়েছে, ফিরতি রসিদ নিয়ে যাবেন।",
    "તમારી રસીદ તૈયાર છે, બુકિંગ ફી ₹50 મળી ગઈ છે.",
    "સિમેન્ટનો ભાવ બદલાયો છે, ઓર્ડર માટે ફોન કરો.",
    "એપ્રિલ મહિનાના ટાઈમટેબલની લિંક મોકલી છે, ડાઉનલોડ કરી લેજો.",
    "ગેસ્ટહાઉસ કાલથી બંધ થઈ જશે.",
    "100% સ્ટીલનું મટીરિયલ વાપર્યું છે.",
    "સો ટકા ખાતરી છે કે દવાખાનું રવિવારે ખુલ્લું છે.",
    "ફીટનેસ ક્લાસ માટે 500 જમા કર્યા પછી જ સભ્યપદ મળશે.",
    "ਸਿਮਰਨ ਦਾ ਸਕੂਲ ਕੱਲ੍ਹ ਬੰਦ ਹੋ ਜਾਵੇਗਾ।",
    "ਸਿਮਰਨ ਨੇ ਨਵਾਂ ਸੂਟ ਬਦਲਿਆ, ਫੋਟੋ ਭੇਜੋ।",
    "ਪੈਨਸ਼ਨ ਦਫ਼ਤਰ ਕੱਲ੍ਹ ਤੋਂ ਬੰਦ ਹੋ ਜਾਵੇਗਾ।",
    "ਐਪਲ ਦੇ ਨਵੇਂ ਫੋਨ ਦਾ ਲਿੰਕ ਭੇਜਿਆ, ਗਾਣਾ ਡਾਊਨਲੋਡ ਕਰ ਲਓ।",
    "ਬੀਮਾਰੀ ਕਾਰਨ ਟਿਕਟ ਰੱਦ ਹੋਈ, ਰਿਫੰਡ ਲਈ ਕਾਲ ਕਰੋ।",
    "ଆପଣଙ୍କ ପୁଅର ଫଟୋର ଲିଙ୍କ ପଠାଇଲି, ଡାଉନଲୋଡ୍ କରିନିଅନ୍ତୁ।",
    "ପ୍ରତିଦିନ ସନ୍ଧ୍ୟାରେ ମନ୍ଦିରରେ ଭଜନର ଆୟୋଜନ ହୁଏ।",
    "ଆଜି ରାତିରେ ମନ୍ଦିରରେ ବନ୍ଦନା ହେବ।",
    "ஆப்பிரிக்கா சுற்றுலா படங்களின் லிங்க் அனுப்பியுள்ளேன், டவுன்லோட் செய்து கொள்ளுங்கள்.",
    "இந்த லிங்க்கில் உள்ள ஆப் பற்றி நிறுவனம் விளக்கம் அளித்துள்ளது.",
    "லட்சுமிக்கு பிறந்தநாள் பரிசு வாங்கினேன்.",
    "இன்று இரவு மின் இணைப்பு பற்றிய கட்டுரை படித்தேன்.",
    "எண்ணெய் விநியோகம் நாளை முதல் நிறுத்தப்படும்.",
    "சிம்ரன் நடித்த படம் நாளை முதல் நிறுத்தப்படும்.",
    "ఈరోజు వీలు లేకపోతే రేపు బిల్లు కట్టండి.",
    "వర్షం లేకపోతే రేపు కట్టడం పనులు మొదలవుతాయి.",
    "ವಿಮಾನ ರದ್ದಾಗಿದೆ, ಟಿಕೆಟ್ ರೀಫಂಡ್‌ಗಾಗಿ ಕರೆ ಮಾಡಿ.",
    "ನೂರಕ್ಕೆ ನೂರು ಗುಣಮಟ್ಟದ ಅಕ್ಕಿ ನಮ್ಮ ಅಂಗಡಿಯಲ್ಲಿ ಸಿಗುತ್ತದೆ.",
    "ಖಾತರಿಯಾಗಿ ಹೇಳುತ್ತೇನೆ, ಅವರು ಬೆಂಗಳೂರಿನಲ್ಲಿ ವಾಸಿಸುತ್ತಾರೆ.",
    "ಇಂದು ರಾತ್ರಿ ಹಳೆಯ ಕಟ್ಟಡ ಕೆಡವುತ್ತಾರೆ.",
    "ಹಣ್ಣು ಡಬಲ್ ಬೆಲೆಗೆ ಮಾರಾಟವಾಗುತ್ತಿದೆ.",
    "ನನ್ನ ಆಪ್ತ ಸ್ನೇಹಿತನ ಮದುವೆಯ ಫೋಟೋ ಲಿಂಕ್ ಕಳಿಸಿದ್ದೇನೆ, ಡೌನ್‌ಲೋಡ್ ಮಾಡಿಕೊಳ್ಳಿ.",
    "ಎಲ್ಲರಿಗೂ ರಕ್ಷಾಬಂಧನದ ಶುಭಾಶಯಗಳು.",
    "ಸಾಲುಗಟ್ಟಿ ನಿಂತು ಶುಲ್ಕ ಪಾವತಿಸಿ.",
    "ആപത്ത് ഒഴിവാക്കാനുള്ള നിർദ്ദേശങ്ങളുടെ ലിങ്ക് അയച്ചിട്ടുണ്ട്, ഡൗൺലോഡ് ചെയ്യുക.",
    "സിംഹം സഫാരി ഇന്ന് റദ്ദാക്കും.",
    "ടാക്സി ചാർജ് റീഫണ്ട് ലഭിക്കും.",
    "रोज़ सुबह दूधवाला आया और चला गया।",
    "रोजगार मेला कल आयोजित होगा।",
    "कुल फीसदी अंक जमा होने के बाद रिजल्ट मिल जाएगा।",
    "मोबाइल चार्जर अलमारी में है, पेटी खोलने के बाद मिल जाएगा।",
    "जीतेंद्र ने 50 लाख का फ्लैट खरीदा।",
    "आईसीयू बेड पर पापा बेचैन हैं।",
    "आपके फ्रिज की वॉरंटी एक साल बढ़ा दी गई है।",
    "तुमचे विमान रद्द झाले आहे, तिकिटाचा पूर्ण रिफंड मिळेल, अधिक माहितीसाठी कॉल करा.",
    // Session 15: family messages about a scam (a voice note passed on, an .apk warned about
    // with "usko kholna mat" / "उसे … मत करना" / "do not open it", "koi bhi link aaye …, click mat karna"); a rule's English
    // words in another language's `requires` (Telugu's "earn", Tamil's "claim"); an insurance
    // claim's number; an insurer citing IRDAI; points redeemed only on the bank's app. (A booking
    // amount received has its own test: the wording model flags those receipts.)
    "Papa, voice note sun lo: 'Beta main CBI se bol raha hu, aapke naam pe parcel me drugs mile hain, video call pe raho aur kisi ko mat batana'. Ye scam hai, aisa call aaye to kaat dena.",
    "Mummy, WhatsApp pe koi bhi APK file aaye jaise SBI Reward.apk, usko kholna mat. Usse phone hack ho jata hai.",
    "पापा, मुझे व्हाट्सएप पर 'बिजली बिल अपडेट.apk' नाम की फाइल आई है, उसे डाउनलोड मत करना।",
    "If you get a file like SBI-Reward.apk on WhatsApp, do not open it.",
    "Maa, koi bhi link aaye KYC update ka, click mat karna. Bank wale kabhi aise message nahi bhejte.",
    "Thank you for shopping with Meesho! Earn 10 coins on every order.",
    "Your claim CL123456 is settled. Also earn wellness reward points by walking in the Star Health app.",
    "Axis Bank: Dear Customer, do not respond to messages offering reward points redemption via links. Redeem points only on the Axis Mobile app.",
    "As per IRDAI guidelines, your cashless claim will be decided soon after the discharge request. -Star Health",
    // Session 14 (second red team for false alarms): a link on the sender's own site after "click
    // here"; "pehle hi / पहले ही" (already) paid; a window that closes and a live band tonight; a
    // person's number asked for; a card that pays nothing; the OTP for a visitor after the job;
    // everyday "pakka", "make sure", a repair's warranty, recovery news; Devanagari words that
    // only begin like a keyword (कस्टमर, वारंटी, सिमरन, पैनल); "does not exist";
    // the name of a scam; "a call from an unknown number saying …"; "pay via net banking" at a
    // power company's site; a parcel's OTP for the man who brings it; Bajaj Finserv's own site.
    "Your Airtel bill of Rs 599 is due on 12-Dec. Click here to pay: https://www.airtel.in/pay",
    "प्रिय उपभोक्ता, आपके बिजली बिल Rs 1,840 की देय तिथि 05-12-2024 है। यदि आपने पहले ही भुगतान कर दिया है तो कृपया ध्यान न दें। -बीएसईएस",
    "Dear customer, aapka Airtel bill Rs 599 ka 12 Dec tak due hai. Agar aapne pehle hi payment kar diya hai to ignore karein.",
    "Reminder: Online registration for Class XI admission closes tonight at 11:59 pm. -DPS RK Puram",
    "The bank branch will close by 2 pm today on account of the half-yearly closing. -SBI Koramangala",
    "Diwali party tonight with a live band at the clubhouse from 8 pm! All residents welcome. -RWA",
    "Bhaiya, electrician ka jo number mila tha wo mujhe bhej do",
    "Papa ke phone pe doctor ka number hai, wo mujhe bhej do please",
    "पापा के फोन पर प्लंबर का नंबर है, वो मुझे भेज दो",
    "Dear patient, please share your CGHS card number and referral slip before your appointment. -AIIMS OPD",
    "Beta, apna library card number bhej do, book renew karni hai",
    "Urban Company: Ramesh will arrive at 10 AM for your AC service. Share the OTP with Ramesh only after the service is complete.",
    "Maruti Suzuki Service: Our pickup executive will collect your car at 10 AM. Please share the OTP with him at the time of handover.",
    "Dr Lal PathLabs: Our phlebotomist will reach at 7 AM. Share the OTP with the phlebotomist after sample collection.",
    // The hand-over code told only after boarding or receiving, in Hinglish and Hindi.
    "Aapka booking OTP 4721 hai. OTP sirf cab me baithne ke baad batayein.",
    "आपका OTP 4721 है। OTP सिर्फ़ कैब में बैठने के बाद बताएँ।",
    // A stranger's call told over after a family greeting, "किसी का फोन आया कि …", and a hung-up
    // call without its "मैंने".
    "Mummy, I got a call this morning saying our gas connection will be cut tonight and to call 98XXXXXX21.",
    "आज किसी का फोन आया कि बिजली का कनेक्शन आज रात कट जाएगा।",
    "बिजली दफ़्तर के नाम पर एक कॉल था, बोला रात में कनेक्शन कट जाएगा। फोन काट दिया।",
    // Hinglish advice to refuse whoever has you install an app.
    "Papa, koi bhi bank wala bolke AnyDesk install karwaye to mana kar dena.",
    // An app file named, then "don't open it." as a sentence of its own, in the three languages.
    "The electricity bill file in the family group is an APK. Do not open it.",
    "Papa, group me jo wedding card aaya hai wo .apk file hai. Usko mat kholna.",
    "पापा, ग्रुप में जो शादी का कार्ड आया है वो .apk फाइल है। उसे मत खोलना।",
    "Papa chinta mat karo, doctor ne bola operation ke baad pakka theek ho jaoge",
    "Haan pakka theek hai, kal 5 baje milte hain",
    "Mummy, sugar ki medicine time pe lena, make sure!",
    "कल शाम 5 बजे पक्का आ जाऊंगा, ठीक है?",
    "मम्मी, दवाई टाइम पर पक्का खा लेना।",
    "आपका फ्रिज ठीक कर दिया गया है, रिपेयर पर 6 महीने की गारंटी है। -शर्मा इलेक्ट्रॉनिक्स",
    "Good news! Nani is cured of cancer, the PET scan is completely clear.",
    "Covid update: Dad is recovering well and will be discharged in 2 days.",
    "प्रिय कस्टमर, आपके बिल का भुगतान प्राप्त हो गया है। धन्यवाद। -जियो",
    "कस्टमर केयर से बात हो गई, रिफंड 3 दिन में खाते में जमा हो जाएगा।",
    "आपका फ्रिज ठीक कर दिया गया है, रिपेयर पर 6 महीने की वारंटी है। -शर्मा इलेक्ट्रॉनिक्स",
    "सिमरन का फोन बदल गया है, नए फोन पर कॉल कर लेना।",
    "ECHS: पैनल अस्पतालों की सूची अपडेट कर दी गई है। -स्टेशन मुख्यालय",
    "Mumbai Police: 'Digital arrest' does not exist. No police officer will call you on WhatsApp video and ask you to transfer money to a safe account. Call 1930 if you get such a call.",
    "Digital arrest scams are rising in Pune, please tell your parents.",
    "Dad, if anyone calls saying they are from FedEx and your parcel has drugs, just cut the call. It's the digital arrest scam, it's all over the news.",
    "Mom, if you get a call from an unknown number saying share the OTP to stop your SBI card from being blocked, just hang up.",
    "Dear Consumer, electricity bill of Rs 1,840 for Acct No 123456789 is due on 05-12-2024. Pay via net banking or UPI at https://www.bescom.co.in to avoid disconnection. -BESCOM",
    "Papa main meeting me hu, Amazon ka parcel aayega, OTP aapke phone pe aayega, wo bhaiya ko de dena.",
    "Your EMI of Rs 2,340 for loan A/c 4FR12345 is due on 05-Dec-24. Pay online at https://www.bajajfinserv.in/payments -Bajaj Finserv",
    "Delivery fee of Rs 40 for order 12345 has been refunded to your Swiggy Money.",
    // A driving test's paid slot, a biometric lock "so that
    // your Aadhaar is not misused for fraud".
    "Sarathi Parivahan: Pay the fee online to book a slot for your Learner Licence test.",
    "UIDAI: Lock your Aadhaar biometrics on myAadhaar so that your Aadhaar is not misused for fraud.",
    // Session 13 (red team for false alarms): a points statement that links only the bank's own
    // site; a date or a number run on into the next word, and an e-mail address, are no links; a
    // school's "tasks"; a friend's slip "whenever you are free"; reported speech and a curt
    // refusal; "that is the digital arrest scam"; a bare "call:" before a quotation; the Devanagari
    // report; the courier "wale bhaiya", "OTP aaya hai 6672", the courier at the gate; a bill with
    // its due date; screen sharing in a meeting; a Wi-Fi or Netflix password; a hearing notice; a
    // quiz prize; a bank FD's assured return; "pehle address bhej do"; "card holders, attention";
    // a KYC done at the dealer's.
    "You have earned 250 reward points on your HDFC Bank Credit Card XX1234 in Nov. Total points: 4,520. Redeem at www.hdfcbank.com/smartbuy",
    "Dear Customer, INR 500.00 debited from A/c XX1234 on 28-11-24.Info: UPI/433212345678/PAYTM. Not you? Call 18001234 -Axis Bank",
    "A/c XX1234 credited with Rs.10,000.00 on 28Nov24 by A/c linked to mobile 9XXXXXX210-IMPS Ref 433212.Bal:Rs.25,410.70.Online? -SBI",
    "Your EMI of Rs 2,340 for loan A/c 4FR12345 is due on 05-Dec-24. Please keep sufficient balance. For queries write to wecare@bajajfinserv.in -Bajaj Finserv",
    "Dear Parents, students must submit their holiday tasks on the class WhatsApp group by Monday. - Class Teacher",
    "Sorry Priya, I sent 2000 to you by mistake instead of Rohit, both your names are next to each other in my GPay. Can you send it back when free? See you at office tomorrow",
    "Oye maine galti se tujhe 500 bhej diye, Kunal ko bhejne the. Jab time mile wapas kar dena, koi jaldi nahi.",
    "भैया, गलती से आपके नंबर पर 2000 रुपये चले गए, रोहित को भेजने थे। जब टाइम मिले वापस भेज देना। कल ऑफिस में मिलते हैं।",
    "Kal raat 11 baje call: 'Sir aapka card block ho jayega, CVV aur expiry bata dijiye'. Lol. Sab log isko block kar do.",
    "Papa, the caller said he was from CBI and that a parcel in your name had drugs. That is the digital arrest scam. Please don't pick up unknown video calls.",
    "पापा, एक आदमी ने फोन किया और बोला ओटीपी बता दो, नहीं तो खाता बंद हो जाएगा। मैंने मना कर दिया और नंबर ब्लॉक कर दिया।",
    "Didi, courier wale bhaiya aayenge, mere phone pe OTP aaya hai 6672, unko bata dena please",
    "Hi Sir, I am from Delhivery, I am at your gate with your Myntra parcel. Please tell me the OTP sent to your number.",
    "Dear Consumer, your electricity bill of Rs 1,840 for CA 123456789 is due on 05-12-2024. Kindly pay on time, otherwise the supply may be disconnected. -MSEDCL",
    "प्रिय उपभोक्ता, आपका बिजली बिल Rs 1,840 की अंतिम तिथि 05-12-2024 है। कृपया समय पर भुगतान करें, अन्यथा कनेक्शन काटा जा सकता है। -बीएसईएस",
    "Hi all, for tomorrow's sprint review please share your screen and walk through your tickets. Teams link is in the invite.",
    "Kal ki meeting me apni screen share karke presentation dikha dena.",
    "नमस्ते सर, कल की मीटिंग में अपनी स्क्रीन शेयर करके प्रेजेंटेशन दिखा दीजिए।",
    "Can you send me the Netflix password again? It logged me out on the TV.",
    "Bhai wifi ka password bhej do, guest room me network nahi aa raha.",
    "भाई, वाईफाई का पासवर्ड भेज दो, गेस्ट रूम में नेटवर्क नहीं आ रहा।",
    "Sir, your court case hearing is listed for 12-Dec at Tis Hazari court, room 204. Please bring the original sale deed. - Adv. Sharma",
    "श्रीमान, आपके मुकदमे की अगली सुनवाई 12 दिसंबर को जिला अदालत में है। कृपया मूल दस्तावेज़ लेकर आएं। - अधिवक्ता शर्मा",
    "Congratulations beta! So proud that you won the first prize in the inter-school quiz 🎉",
    "बधाई हो बेटा! स्कूल की क्विज़ प्रतियोगिता में तुमने पहला इनाम जीता, हमें तुम पर गर्व है।",
    "SBI Amrit Kalash FD: 7.60% p.a. for senior citizens with assured returns. Visit your nearest branch or YONO. T&C apply.",
    "Pehle apna address bhej do, phir main Amazon pe order kar dunga",
    // A mini red team of my own, after the helper's: advice about what may come, without "agar"
    // or with the ask quoted in between; a link that came, told over; a forwarded message "is
    // fake" with its link in between.
    "Beta, kisi ka bhi call aaye ki aapka KYC expire ho gaya hai, OTP batao, toh mat batana. Kal mere saath yahi hua.",
    "Maa, koi courier wala bole ki parcel return karna hai aur OTP bata do, toh mat batana. Maine koi return nahi kiya hai.",
    "Didi, mere paas WhatsApp pe ek link aaya PM Kisan ka, apk file thi. Delete kar di. Aap bhi aisa kuch aaye toh mat kholna.",
    "Dear BSNL customer, your landline bill of Rs 599 is due on 10-Dec. Pay online at portal.bsnl.in",
    "आधार कार्ड धारक कृपया ध्यान दें, केंद्र रविवार को बंद रहेगा।",
    "राशन कार्ड धारक ध्यान दें: सभी सदस्यों की ई-केवाईसी 31 दिसंबर तक अपने राशन डीलर के पास जाकर करवाएं, अन्यथा राशन कार्ड से नाम कट जाएगा। -खाद्य एवं आपूर्ति विभाग",
    // Session 12 (red team): family warnings that were called a scam, and advice with a negation
    // of another verb or a store named as the source.
    "Got a FedEx parcel scam call today, FIR filed. If anyone asks for me, ignore.",
    "Delivery boy aayega, usko OTP bata dena, parcel mera hai.",
    "Please share the OTP with the delivery agent to receive your order.",
    "दादी, कोई जन्मदिन का कार्ड .apk फाइल में भेजे तो उसे मत खोलना।",
    "Links like sbi-yono-kyc.top are fake, SBI never sends such links.",
    "Guys, my Instagram got hacked. Whoever messages you from my account asking for money or an OTP, it's not me. Don't send anything.",
    "Mom, there's a message on the family group saying \"Download PM Kisan.apk to get Rs 6000\". Don't open it, it's malware.",
    "Bhaiya, jo bhi aapko call kare aur bole \"OTP bata dijiye, aapka refund aayega\", usko kuch mat batana.",
    "Papa, WhatsApp pe jo \"Airtel 5G upgrade.apk\" aaya hai usko mat kholna, aur kisi ko OTP mat batana.",
    "मम्मी, कोई फोन करके बोले \"ओटीपी बता दीजिए, आपका इनाम आएगा\" तो उसे कुछ मत बताना।",
    "नानी, जो भी आपसे एनीडेस्क डाउनलोड करवाए, उसकी बात मत सुनना। वो ठग होते हैं।",
    "Don't worry, the bank will never ask you to share your OTP.",
    "Ghabraiye nahi, OTP kisi ko mat bataiye.",
    "Download the YONO app only from the Play Store, never install an .apk file sent on WhatsApp.",
    "Enter the OTP only on the official app to complete your login.",
    // Session 11: advice limited to a case, advice at the branch, an amount run on into the next
    // sentence, a recharge in the operator's own app, an advisory's "no officer will …". Each was
    // flagged.
    "Beware of screen sharing frauds, install AnyDesk or TeamViewer only if your own IT person asks.",
    "Fraud se bachne ke liye, apna KYC sirf bank branch me jaakar update karein.",
    "ICICI Bank Acc XX342 debited Rs. 8,927.00 on 07-Jun-26.Avl Bal Rs. 1,248.78.To dispute call 18002662.",
    "Aapki outgoing service band ho jayegi. Number chalu rakhne ke liye MyJio app pe recharge karein.",
    "No police, CBI or customs officer will question you over a video call.",
    // A card statement's "Reward points added."; a bank's notice whose only link is its own (the
    // wording model reads "pay by … to avoid late fee. Pay now" as a lure).
    "Rs. 653.00 spent at Zeptonow on your Credit Card xx1783. Reward points added. To dispute, click: https://1crd.in/OneCrd/HQL",
    "Dear Customer, your HDFC Bank Credit Card statement is ready. Total due Rs 18,420.55, pay by 03-Dec to avoid late fee. Pay now: https://hdfcbk.io/k/Ab3xQ9Lm - Team HDFC Bank",
    // The hand-over code after the cylinder is in hand.
    "माँ, डिलीवरी वाला आएगा तो आपके फोन पर जो चार अंकों का कोड आया है वो सिलेंडर लेने के बाद उसी को बताना।",
    // A number asked for after an OTP sentence that is not the OTP.
    "Sir mera login OTP nahi aa raha. Please tell me the number of your customer care.",
    "Didi gas booking ka OTP nahi aa raha. Number bata dijiye agency ka, main khud call kar leti hoon.",
    // Reports without quotation marks: calls others got, told over; a refusal; "if someone asks,
    // don't".
    "Two residents received WhatsApp video calls from a man in police uniform saying a parcel in their name had drugs and they were under digital arrest. This is a SCAM.",
    "Bhaiya aaj ek call aaya, bola Jio se hai, 5G upgrade ke liye *401* ke baad ek number dial karo. Maine nahi kiya.",
    "नानी, अगर कोई बैंक वाला बनकर *401* के साथ कोई नंबर डायल करने को कहे तो मत करना।",
    // Session 10: advisories and family messages that describe a scam (what callers say, a call
    // someone else got, what someone may tell you), a courier at the door, one's own order.
    "Scam alert: callers say you are under digital arrest.",
    "Police advisory: A new scam is going on where callers say your parcel contains drugs and you are under digital arrest. Hang up and dial 1930.",
    "The guard said a courier guy asked for OTP.",
    "I am at your gate with your parcel, please share the OTP.",
    "Heads up family: Dadi got a WhatsApp from +91 97XXXXXX40 saying her meter will be disconnected at 9:30 pm. It's a scam - nobody call that number.",
    "WhatsApp messages are being sent to government employees in the name of informing them about their salary.",
    "Guys, there's a message going around about part-time jobs paying 5000 per day for liking YouTube videos. Don't fall for it.",
    "Guys alert: koi 'light kat jayegi aaj raat' wala SMS aaye to ignore karo. Hamari society me 2 logon ke saath fraud hua hai.",
    "Nani ko samjha diya hai ki AnyDesk ya koi bhi app download karne ko koi bole to phone kaat de. Aaj kal customer care ke naam pe bahut fraud ho raha hai.",
    "Bhai OLX pe koi army wala ban ke buyer bana, bola pehle tum 1 rupee bhejo. Maine mana kar diya. Ye scam common hai.",
    "Haan mummy apna hi hai, maine shoes mangwaye the. OTP de do usko, message me jo 4 number hai.",
    "Mummy aapke phone pe 6 digit OTP aaya hoga Amazon se, wo delivery wale bhaiya ko bata dena, maine hi parcel mangaya hai.",
    "मम्मी आपके फोन पर अमेज़न का OTP आया होगा, वो डिलीवरी वाले भैया को बता देना, मैंने ही पार्सल मंगवाया है।",
    "Mom, the number that comes on your phone from Amazon, tell it to the delivery guy, it is my order.",
    "सावधान! कोई भी बैंक कर्मचारी आपसे AnyDesk या कोई स्क्रीन-शेयरिंग ऐप डाउनलोड करने को नहीं कहेगा।",
    "बैंक सलाह: अगर कोई कहे कि \"गलती से आपके खाते में पैसे भेज दिए, लौटा दो\", तो पहले अपने बैंक ऐप में बैलेंस जांचें।",
    "यदि कोई व्यक्ति धमकी देकर भी OTP देने का दबाव बनाए तो तुरंत पुलिस की सहायता लें और थाने में सूचना दें।",
    "Do not dial *401* followed by any number if a caller asks you to.",
    // Session 10, tuned on a development set of hard genuine messages (dev2, composed by a helper):
    // what callers may say, a card blocked after wrong PINs, a delivery code after receiving.
    "Aunty don't share the OTP with anyone, even if they say they're from the bank and your card will be blocked.",
    "Papa OTP kisi ko mat batana chahe wo bole bank se bol raha hoon aur card block ho jayega.",
    "माँ, OTP किसी को भी मत बताना, चाहे वो कहे कि बैंक से बोल रहा हूँ और आपका कार्ड ब्लॉक हो जाएगा।",
    "Your SBI Debit Card ending 7721 has been blocked due to 3 incorrect PIN attempts. It will be unblocked automatically after 24 hours.",
    "प्रिय ग्राहक, तीन बार गलत PIN डालने के कारण आपका डेबिट कार्ड XX4410 अस्थायी रूप से ब्लॉक कर दिया गया है।",
    "To stay safe, share your OTP only after you receive the parcel in hand.",
    "Beta, koi OTP pooche to mat batana. Wo bataya to account khali ho jayega.",
    "Dial *121# to check your balance.",
    // Session 9: an order's negation still covers what follows its condition; reports of a call.
    "Do not pay anything if someone says you won a lottery.",
    "Do not install AnyDesk even if the caller says he is from your bank.",
    "Mummy ko ek call aaya, bol raha tha OTP batao, maine kuch nahi bataya.",
    "मेरे पास एक कॉल आया, वो OTP माँग रहा था, मैंने नहीं बताया।",
    "Customers are being targeted with fake KYC messages asking them to share OTP.",
    // Session 9: refusals after the verb stay refusals; OTP deliveries with an amount or a colon.
    "OTP kisi ko share na karein.",
    "ओटीपी किसी को शेयर न करें।",
    "Dear customer, OTP for txn of INR 2,500.00 at FLIPKART is 839201. Do not share it with anyone.",
    "आपका लॉगिन OTP है: 482913, इसे किसी से साझा न करें।",
    "Pay your bill at *UPPCL* official app only.",
    // Session 9: one negation before a list covers the list, across its commas; a family message
    // that calls the SMS it quotes fake.
    "Do not click on links, download apps or share OTP with strangers.",
    "Do not share OTP, PIN, or click on unknown links.",
    "अनजान लिंक पर क्लिक न करें, कोई ऐप डाउनलोड न करें और OTP किसी को न बताएं।",
    "Kisi link pe click mat karna, OTP kisi ko mat batana aur koi app download mat karna.",
    "Don't worry, that 'your account is blocked, update PAN' SMS you forwarded is fake, SBI doesn't send links like that. Just delete it.",
    // Session 9: OTP deliveries that carry a mobile number or an amount beside the code.
    "Use OTP 4829 to verify your number 98765 43210. Never share it.",
    "Your OTP for Rs 5000 transaction at Amazon is 482913, do not share.",
    "आपका OTP 482913 है। इसे किसी को न बताएं।",
    // Issue #10, seventh round: a KYC reminder passed on by family that sends you to the branch; a
    // bank's link under bank.in, the domain only banks can hold; fact checks that quote a claim
    // ("Claim: …", "दावा: …") with a link beside it; a growth figure that promises nothing.
    "Beta, bank se SMS aaya hai ki KYC 30 tareekh tak update karni hai, Aadhaar aur PAN leke branch jaana padega. Kal mere saath chalega?",
    "Rs 450.00 spent on your HDFC Bank Credit Card XX1234 at AMAZON on 29-11-2026. Not you? Block the card at https://www.hdfc.bank.in/block or call 18002586161.",
    "Claim: The government is giving ₹5000 to every student under PM Scholarship Yojana. #PIBFactCheck: This claim is #Fake. No such scheme exists. pic.twitter.com/abc123",
    "दावा: सरकार हर छात्र को ₹5000 की स्कॉलरशिप दे रही है, अभी आवेदन करें। pic.twitter.com/abc123 #PIBFactCheck: यह दावा फर्जी है।",
    "We have grown 25% this year. Thank you for being our customer!",
    // The thing not to do named before the negation: still a refusal.
    "इस नंबर पर कॉल न करें और OTP किसी को न बताएं।",
    "Is number par call mat karna, OTP kisi ko mat batana.",
    // Issue #10, fifth round: advisories and family warnings from batch 5's tuning half, by kind.
    "No one should fall prey to scammers. Consumers should be aware of fake messages like 'Pay electricity bill; otherwise you will be cut off in a few hours'. Do not click on these links.",
    "Government employees are being told on WhatsApp to download an APK file to see their new salary. Once the APK is installed, access goes directly to the scammers.",
    "पापा, आपके फोन पर जो 25 लाख की KBC लॉटरी वाला मैसेज आया है वह पूरी तरह फर्जी है। उस नंबर पर कॉल मत करना। मैंने नंबर ब्लॉक कर दिया है।",
    "भारतीय रिज़र्व बैंक: लॉटरी मिलने के नाम पर किसी को कोई भुगतान न करें। आरबीआई कभी भी ऐसा ई-मेल, संदेश या कॉल नहीं करता।",
    "Mummy agar kisi ka call aaye ki main police case me fas gaya hu aur paise bhejo, to bilkul mat bhejna. Pehle mujhe call karna.",
    "अगर किसी का कॉल आए कि आपका बेटा पुलिस केस में फँसा है और पैसे भेजो, तो मत भेजना। पहले मुझे फोन करना।",
    "Papa, woh 25 lakh KBC lottery wala message fake hai, us number par call mat karna.",
    // Issue #10, fifth round: official channels, advisories, a doctor's "for life", a parcel on time.
    "ICICI Bank: Aapke account ka periodic KYC update due hai. Kripya iMobile app me Update KYC option use karein ya nazdeeki branch visit karein.",
    "Your periodic KYC update is due. Please visit your nearest branch with your ID proof.",
    "Got a message saying \"please return the money sent by mistake\"? These are scams. Never install apps like AnyDesk. Call 1930.",
    "RBI कहता है: \"डिजिटल अरेस्ट\" जैसी कोई चीज़ कानून में नहीं है। सतर्क रहिए।",
    "Your Amazon order has shipped: amzn.to/3xYz",
    "डॉक्टर ने कहा है कि शुगर की दवा हमेशा के लिए लेनी होगी, बंद मत करना।",
    "Doctor ne kaha sugar ki dawai hamesha ke liye leni hogi.",
    "Your parcel will be delivered today. No need to update your address.",
    "Do not update your address on links sent by SMS claiming your parcel is held. India Post never sends such messages.",
    // Issue #10, fourth round: advisories that send you to 1930 or say the threat does not exist.
    "Mumbai police advisory: there is no such thing as digital arrest. If someone threatens you on a video call, hang up and complain on 1930.",
    "साइबर पुलिस की अपील: 'डिजिटल अरेस्ट' जैसा कुछ नहीं होता। कोई खुद को CBI या पुलिस अधिकारी बताकर वीडियो कॉल पर डराए या पैसे माँगे तो कॉल काटें और 1930 पर शिकायत करें।",
    "Kisi ne 'digital arrest' bol ke call kiya tha, maine call kaat di. Aisa kuch nahi hota, 1930 par shikayat karo.",
    "Arre woh 'part time job, har like pe 50 rupaye' wala message scam hai yaar, kisi ko paise mat bhejna.",
    // Photos sent to the family, with no condition, are not a threat.
    "I will send the photos to the family group tonight, everyone wants to see them.",
    "शादी की सारी फ़ोटो परिवार के ग्रुप में भेज दूँगा, सबको दिखा देना।",
    "Shaadi ki photos family group mein bhej dunga, sabko dikha dena.",
    // "Tonight" in a family message is not a deadline; a card blocked at your request is no threat.
    "Beta, I will call you tonight after dinner.",
    "We have blocked your debit card ending 4321 as you requested. For a new card visit the branch. - PNB",
    // A coupon to redeem in a shop, with no link or app.
    "Your Rs.1000 coupon is unused! Redeem it on a purchase of Rs.2,000 and above at the store. Use code XYZABC. Valid till 31st Jul.",
    // Nothing owed: a delivery notice that says the duty is paid (readers' false alarms, #14).
    "Your shipment 7734 from Amazon US has cleared customs. Customs duty already paid by the sender. Delivery today by Blue Dart.",
    "आपका पार्सल कस्टम से क्लियर हो गया है। कस्टम ड्यूटी भेजने वाले ने पहले ही चुका दी है। डिलीवरी आज होगी।",
    "Aapka parcel customs se clear ho gaya hai, custom duty pehle hi paid hai. Delivery aaj hogi.",
    // Setting a new password is not handing one over.
    "Enter a new password of at least 8 characters to finish resetting your account.",
    // A bill reminder that sends you to the provider's own app or store, in the next sentence.
    "Dear customer, your mobile number will be disconnected for non-payment if the bill of Rs 412 is not paid by 30-Nov. Pay on the official app or at any store. - BSNL",
    "प्रिय ग्राहक, यदि 30 नवंबर तक ₹412 का बिल नहीं भरा गया तो आपका नंबर बंद हो जाएगा। भुगतान आधिकारिक ऐप से या किसी भी स्टोर पर करें। - BSNL",
    "Aapka bill Rs 412 30 Nov tak nahi bhara to number band ho jayega. Payment official app se ya kisi bhi store par karein. - BSNL",
    // Issue #10: fact checks and advisories that are forwarded quote scam wording to warn.
    "Claim: Your electricity will be cut tonight unless you call our officer. #PIBFactCheck: This claim is #Fake.",
    "If you receive a message saying your KYC has expired and asking for the OTP, do not respond. Report it on Chakshu.",
    "यह दावा फर्जी है। ऐसे मैसेज को फॉरवर्ड न करें, आपका खाता बंद होने की बात झूठी है।",
    "Power supply will be cut tonight from 11 pm to 2 am for scheduled maintenance work. - Electricity Board",
    // Issue #10: messages that report or warn about a scam attempt, in English, Hindi and Hinglish.
    "Someone rang Nani pretending to be from the bank and asked for the code on her phone. She did not tell him anything.",
    "आज किसी ने फोन करके मेरे फोन पर आया नंबर माँगा, मैंने कुछ नहीं बताया।",
    "Chacha ko call aaya tha, phone pe aaya code maang rahe the. Maine bola ye fraud hai.",
    "Heads up: a man messaged Mom from a new number saying he was me and asked for 5000. That wasn't me!",
    "Never give anyone the code that comes on your phone, not even someone who says he is from the bank.",
    // An order to keep quiet that is itself the advice: its negation still cancels the ask it
    // overlaps ([common] secrecy).
    "Don't tell anyone your OTP.",
    "अपना OTP किसी को मत बताना।",
    "OTP kisi ko mat batana, bank kabhi nahi poochta.",
    "Your reward points of 1,240 have been credited to your card account. No action needed.",
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
    // The genuine side of the kinds of message the holdout set found, in new wordings. Receiving
    // money, and paying by QR:
    "Reminder from your bank: you never need to enter your UPI PIN to receive money. It is only needed when you send money.",
    "To receive money you never need to approve anything with your PIN.",
    "Approve the payment of Rs 349 to Swiggy with your UPI PIN in the app.",
    "Scan the QR at the counter to pay for your groceries. Thank you for shopping with us.",
    "Paise mil gaye, thanks! Maine bhi QR scan karke dukaan ka bill pay kar diya.",
    "आपके खाते में ₹500 जमा हो गए हैं। पैसे पाने के लिए कभी पिन न डालें।",
    "Open the app and enter your MPIN; an OTP will come to your bank registered mobile number.",
    "App mein login ke liye PIN daalo, phir OTP aa jayega.",
    "ऐप में लॉग-इन के लिए पिन डालें, फिर OTP आ जाएगा।",
    // Cards mentioned, not asked for.
    "Apna card number ya CVV kabhi kisi ko mat batana, bank kabhi nahi poochta.",
    "बैंक कभी भी फ़ोन पर आपका कार्ड नंबर, सीवीवी या एक्सपायरी तारीख नहीं पूछता।",
    "पापा, मेरे कार्ड की एक्सपायरी अगले महीने है, बैंक से नया कार्ड आ जाएगा।",
    "Dawai ki expiry date check karke batana, purani ho to phenk dena.",
    "मम्मी, क्रेडिट कार्ड का बिल भरने की आख़िरी तारीख बता दो।",
    // Planned power cuts and paid bills.
    "Kal subah 10 se 2 baje tak maintenance ke kaaran aapke area ki bijli kaati jayegi. - Vidyut Vibhag",
    "रखरखाव कार्य के कारण कल सुबह 10 से 2 बजे तक आपके क्षेत्र की बिजली काटी जाएगी। - विद्युत विभाग",
    "Bill time pe bhar diya, ab connection nahi katega.",
    // Paying after the service.
    "Your lab test is booked for 8 am tomorrow. Pay the technician in cash or by card after the sample is collected.",
    "Mechanic kaam khatam karne ke baad hi payment lega.",
    "जाँच पूरी होने के बाद ही भुगतान करें, पहले कोई पैसा न दें।",
    // Money to a UPI id without an urgent appeal, or to an official fund.
    "Thanks for your contribution of Rs 500 to the society Diwali fund at treasurer.rwa@okicici. Receipt attached.",
    "PM CARES Fund: donate online at pmcares.gov.in or by UPI at pmcares@sbi. Please share with all your friends.",
    "Bhaiya, dinner ke 450 rupaye mere GPay 9XXXXXXXX8 pe bhej do aaj.",
    "आज मम्मी को अस्पताल से छुट्टी मिल गई। दवाई के पैसे मेरे फोनपे 9XXXXXXXX3 पर भेज दो।",
    // Advisories: what a genuine office never does, messages to ignore.
    "Your bank will never ask you to share your screen or install QuickSupport, and no one from our team will ever call for your OTP.",
    "No insurance company, court or police station ever asks you to pay a fee over WhatsApp to release your money.",
    "Please ignore messages about KYC expiry that ask you to click a link or call a mobile number.",
    "Bank kabhi bhi aapse OTP, PIN ya CVV nahi maangta. Aise messages ko ignore karein.",
    "बैंक कभी भी आपसे OTP, पिन या कार्ड नंबर नहीं माँगता। ऐसे संदेशों को अनदेखा करें।",
    // Issue #10, third round: advisories that pass a link on, and "no office sends …".
    "Jio never sends such offer messages. All our offers are in the MyJio app or on https://t.co/AbC123xyz. Beware of scammers.",
    "#PIBFactCheck: यह बिजली कटने वाला मैसेज फर्जी है। सही जानकारी https://t.co/AbC123xyz पर देखें।",
    "Ye SBI ke naam se fake message hai, is link pe click mat karna: http://sbi-kyc-update.top. Bank kabhi link nahi bhejta.",
    "No traffic police unit, bank or government agency sends APK links on SMS or WhatsApp.",
    // Warnings about merging calls.
    "Never merge a call from an unknown number with your bank's call.",
    "अनजान नंबर से आई कॉल को कभी मर्ज न करें।",
    "Anjaan number ki call kabhi merge mat karna.",
    // Photos that are not identity documents.
    "बेटा, दवाई वाली पर्ची और रिपोर्ट की फ़ोटो भेज दो, मैं डॉक्टर को दिखा दूँगा।",
    "Please send me a photo of the prescription and the bill, I will claim it from insurance.",
    "Beta, doctor ki parchi ki photo bhej do, dawai le aaunga.",
    "School form ke liye bachche ki passport size photo bhej dena.",
    "रिपोर्ट के आधार पर डॉक्टर ने दवा बदली है, नई पर्ची भेज दो।",
];

/// More scam messages, written after the first run on the labelled set as a fresh check; each must
/// at least be flagged (suspicious or scam).
const MORE_SCAMS: &[&str] = &[
    // Reported speech a scam can borrow ("he said") leaves it flagged, at most suspicious.
    "Sir aapka parcel return ho raha hai, koi bole ki cancel karo toh mat karna, bas OTP bata dijiye abhi.",
    "Sir, your son is with us. He said send 50,000 on this number 98XXXXXX10 immediately or he will be arrested.",
    // Advice words a scam can borrow must not cancel its ask: "to ghabrana mat" is no "don't send",
    // "देर न करें" (don't delay) is no refusal, "customers are being asked" and "we appeal to the
    // public" are a scam's own words.
    "Agar kisi ka call aaye to ghabrana mat, OTP bata dena, woh hamare bank se hai.",
    "अगर किसी का कॉल आए तो घबराना मत, OTP बता देना।",
    "KYC के नाम पर देर न करें, तुरंत OTP बताइए।",
    "Der mat karo, turant OTP bata do.",
    // "Don't hang up" is a scam's hold, not a refusal.
    "मैं क्राइम ब्रांच से बोल रहा हूँ, आप डिजिटल अरेस्ट में हैं, कॉल मत काटना।",
    "Customers are being asked to update KYC today. Share the OTP you receive with our executive.",
    "We appeal to the general public to donate for the flood victims to help4flood@ybl, forward to all groups urgently.",
    // An advisory's words do not shield an ask: "beware of fake messages" before one, "not fake",
    // a number "blocked" by the scammer rather than by the family.
    "Beware of fake messages! Update your SBI KYC only at http://sbi-kyc-update.in.net or your account will be blocked today.",
    "आपका नंबर ब्लॉक कर दिया गया है, केवाईसी अपडेट के लिए इस लिंक पर क्लिक करें और OTP बताइए।",
    "Agar kisi ka call aaye to OTP bata dena, woh hamare bank se hai.",
    // Duty owed, in words close to the "already paid" a genuine delivery notice uses.
    "Your parcel from UK is held at Delhi customs. Customs duty of Rs 2,500 has not been paid; pay now to release it.",
    "आपका पार्सल कस्टम में रुका है। ड्यूटी अभी तक नहीं चुकाई गई है, ₹2,500 जमा करें।",
    "Aapka parcel customs mein ruka hai, duty abhi tak nahi bhari gayi, Rs 2500 jama karein.",
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

/// Scans every text and fails once, naming each whose verdict is not `want` with its flags and the
/// words they matched.
fn assert_verdict_of_each(r: &Rules, texts: &[&str], want: Verdict) {
    let mut wrong = Vec::new();
    for text in texts {
        let s = r.scan(text);
        if s.verdict != want {
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
    assert!(wrong.is_empty(), "want {want:?}:\n{}", wrong.join("\n"));
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
    assert_verdict_of_each(&rules(), GENUINE, Verdict::NoRedFlags);
}

#[test]
fn every_rule_is_exercised_by_a_scam_example() {
    let r = rules();
    let covered: BTreeSet<&str> = SCAMS
        .iter()
        .flat_map(|(_, _, w)| w.iter().copied())
        .collect();
    // The wording model's flag has its own test (the rules here run without it).
    let missing: Vec<_> = r
        .rule_ids()
        .filter(|id| !covered.contains(id) && *id != "reads-like-scam")
        .collect();
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
fn every_rule_file_has_the_same_rules() {
    let files = load::embedded();
    let parsed: Vec<_> = files
        .iter()
        .map(|(name, _, text)| load::parse(name, text).unwrap())
        .collect();
    let id_set = |f: &load::RuleFile| f.rules.iter().map(|r| r.id.clone()).collect::<Vec<_>>();
    let mut problems = Vec::new();
    for (file, (name, _, _)) in parsed.iter().zip(&files) {
        if id_set(&parsed[0]) != id_set(file) {
            problems.push(format!(
                "{name}: not the same rule ids in the same order as rules.en.toml"
            ));
        }
    }
    // Pattern rules have patterns in English and Hindi, and the strong ones in every language, so
    // a message in any shipped language is checked for what matters most.
    for (file, (name, lang, _)) in parsed.iter().zip(&files) {
        for rule in &file.rules {
            let detector = [
                "lookalike-link",
                "link-shortener",
                "upi-lookalike",
                "entity-link-mismatch",
                "reads-like-scam",
            ]
            .contains(&rule.id.as_str());
            let needed = matches!(lang, Lang::En | Lang::Hi) || rule.weight == Weight::Strong;
            if needed && !detector && rule.patterns.is_empty() {
                problems.push(format!("{name}: {} has no patterns", rule.id));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    for lang in Lang::shipped() {
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
    let files = load::embedded();
    let en = files[0].2;
    let bad_pattern = en.replacen("patterns = [", "patterns = [\n    '(unclosed',", 1);
    let e = load::build(&[("rules.en.toml", Lang::En, &bad_pattern)], Lang::En)
        .err()
        .expect("a bad pattern fails");
    assert!(e.to_string().contains("not a valid pattern"), "{e}");

    let two_words = en.replacen("contrasts = [\"but\"", "contrasts = [\"but then\"", 1);
    let e = load::build(&[("rules.en.toml", Lang::En, &two_words)], Lang::En)
        .err()
        .expect("a contrast of two words fails");
    assert!(e.to_string().contains("is not one word"), "{e}");

    let hi = files[1].2;
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
fn a_contrast_word_stops_warnings_and_negations() {
    let contrasts = &rules().contrasts;
    let between =
        |t: &str, a: &Range<usize>, b: &Range<usize>| contrast_between(contrasts, t, a, b);
    let t = "never ask for PIN, But tell the OTP";
    let never = 0..9;
    let tell = t.find("tell").unwrap()..t.len();
    assert!(between(t, &never, &tell));
    assert!(between(t, &tell, &never));
    assert!(!between(t, &never, &(10..13)));
    assert!(!between(t, &never, &(5..12)), "overlapping");
    // Only whole words: "butter" and "rebut" are not "but".
    assert!(!between("no butter rebut x", &(0..2), &(16..17)));
    // The words of every language's file count, whatever the language of the explanations.
    let h = "पिन नहीं माँगता, लेकिन OTP बताइए";
    let otp = h.find("OTP").unwrap()..h.len();
    assert!(between(h, &(0..3), &otp));
    let mut words = BTreeSet::new();
    for (name, _, text) in load::embedded() {
        let file = load::parse(name, text).unwrap();
        assert!(
            !file.common.contrasts.is_empty(),
            "{name}: no [common] contrasts"
        );
        words.extend(file.common.contrasts.iter().map(|w| w.to_lowercase()));
    }
    assert_eq!(words, contrasts.iter().cloned().collect());
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
fn a_long_message_is_scanned_whole() {
    let r = rules();
    let mut text = String::new();
    while text.chars().count() < 2000 {
        text.push_str(
            "प्रिय ग्राहक, आपका केवाईसी समाप्त हो गया है। Click http://sbi-kyc.xyz and share the OTP. ",
        );
    }
    let start = Instant::now();
    let scan = r.scan(&text);
    // A figure, not an assertion (a loaded machine made a time limit here fail by chance):
    // about 2 ms in a release build (`cargo test --release --lib a_long_message -- --nocapture`).
    // Linear time is the regex crate's guarantee, and the `message_scan` fuzz target holds every
    // input to a time limit.
    eprintln!("a 2,000-character scan: {:?}", start.elapsed());
    assert_eq!(scan.verdict, Verdict::Scam);
    assert!(!scan.truncated);
    // The last sentence is checked as well as the first.
    let last = text.rfind("share the OTP").unwrap();
    assert!(
        scan.flags
            .iter()
            .flat_map(|f| f.spans.iter())
            .any(|span| span.start >= last),
        "a flag in the last sentence"
    );
}

#[test]
fn the_relief_funds_upi_ids_and_official_domains_come_from_the_facts_registry() {
    let r = rules();
    // PMNRF's own id (pmindia.gov.in) is trusted; the id the rules once trusted is a look-alike.
    let genuine = "Contribute to the Prime Minister's National Relief Fund by UPI: pmnrf@centralbank. Please forward to all your groups.";
    assert!(!ids(&r.scan(genuine)).contains(&"upi-lookalike"));
    let lookalike = "Donate to PMNRF for flood relief, UPI pmnrf@sbi.";
    assert!(ids(&r.scan(lookalike)).contains(&"upi-lookalike"));
    // A page on a platform where anyone can publish is not official, however well known.
    for link in [
        "https://sites.google.com/view/kyc-update-sbi",
        "https://kyc-update.s3.amazonaws.com/index.html",
        "https://wa.me/917000001234",
        "https://www.facebook.com/kyc.update.helpdesk",
    ] {
        let text = format!(
            "Your account will be blocked. Click the link below to verify your KYC: {link}"
        );
        assert!(
            ids(&r.scan(&text)).contains(&"click-to-verify"),
            "{link} was taken as official"
        );
    }
    // The organisations' own hosts still are.
    let own = "Your account will be blocked. Click the link below to verify your KYC: https://www.onlinesbi.sbi/kyc";
    assert!(!ids(&r.scan(own)).contains(&"click-to-verify"));
}

#[test]
fn a_banks_own_sms_link_domain_from_the_registry_is_not_off_its_sites_and_a_near_copy_is() {
    let r = rules();
    // Synthetic alerts on sender-link domains of the facts registry (axbk.in, kotk.in, 1crd.in),
    // in English, Hindi and Hinglish: the link is the bank's own, so nothing is flagged.
    assert_verdict_of_each(
        &r,
        &[
            "INR 2,500.00 credited to A/c no. XX4411 on 01-12-26. Info - NEFT/SALARY. Chk Bal https://ccm.axbk.in/AXISBK/a1B2c3 - Axis Bank",
            "आपके खाते XX9021 से ₹340 UPI द्वारा भेजे गए। आपने नहीं किया? रिपोर्ट करें https://kotk.in/KOTAKD/Xy12Ab -Kotak",
            "Aapke OneCard XX7710 se Rs 120 kharch hue, reward points add ho gaye. Dispute ke liye click karein: https://1crd.in/OneCrd/Qw9",
            // The twentieth round's (kmbl.in, cams.co.in, phone.pe), each called a scam before.
            "Your Kotak Debit Card XX5521 txn of Rs 45 failed: incorrect PIN. Set a new PIN at https://5.kmbl.in/Pq7Rs2",
            "आपकी SIP ₹500 फोलियो 1234567/89 में जमा हो गई। खाता विवरण देखें: https://cams.co.in/SBIMF/Ab12Cd - SBI म्यूचुअल फंड",
            "Aapne PhonePe wallet se Rs 60 pay kiye. Top-up ke liye click karein https://phone.pe/PHONPE/ws",
        ],
        Verdict::NoRedFlags,
    );
    // The same alerts on a host that only looks like the bank's are off its sites.
    for near in [
        "INR 2,500.00 credited to A/c no. XX4411 on 01-12-26. Info - NEFT/SALARY. Chk Bal https://ccm.axbk-in.co/AXISBK/a1B2c3 - Axis Bank",
        "आपके खाते XX9021 से ₹340 UPI द्वारा भेजे गए। आपने नहीं किया? रिपोर्ट करें https://kotk-in.online/KOTAKD/Xy12Ab -Kotak",
        "Aapke bank account XX7710 se Rs 120 kharch hue. Dispute ke liye click karein: https://1crd.in.verify-card.top/OneCrd/Qw9",
        "Your Kotak Debit Card XX5521 txn of Rs 45 failed: incorrect PIN. Set a new PIN at https://kmbl-in.help/Pq7Rs2",
    ] {
        let scan = r.scan(near);
        assert!(
            ids(&scan).contains(&"entity-link-mismatch"),
            "{near}: {:?}",
            ids(&scan)
        );
    }
}

#[test]
fn an_otp_delivery_with_a_link_off_the_banks_sites_is_suspicious_not_a_scam() {
    // Dev set 11 (twenty-first round): a bank's OTP delivery links its terms on a short domain we
    // do not know. The link is still a red flag, but a message that gives the reader a code and
    // says not to share it asks for nothing: suspicious, never a scam (issue #10: no genuine OTP
    // delivery is called a scam). Synthetic wordings; each was a scam before the change.
    let r = rules();
    for text in [
        "482913 is the OTP for your Axis Bank card registration. Do not share it with anyone. T&C: https://axb.example-sms.in/tc",
        "आपका HDFC बैंक OTP 551204 है। इसे किसी के साथ साझा न करें। नियम व शर्तें: https://tnc.smsterms.in/t",
        "Aapka SBI OTP 771093 hai, kisi ke saath share na karein. Details: https://i.smsinfo.co/x",
    ] {
        let scan = r.scan(text);
        assert_eq!(scan.verdict, Suspicious, "{text}: {:?}", ids(&scan));
        assert!(ids(&scan).contains(&"entity-link-mismatch"), "{text}");
    }
    // Without the order not to share, or with an ask beside it, the link counts in full.
    for text in [
        "482913 is the OTP for your Axis Bank card registration. Verify at https://axb.example-sms.in/tc",
        "482913 is your Axis Bank OTP, do not share it. Your account will be blocked today unless you verify at https://axb.example-sms.in/kyc",
        "आपका HDFC बैंक OTP 551204 है। इसे किसी के साथ साझा न करें। आपका खाता आज बंद हो जाएगा, तुरंत केवाईसी अपडेट करें: https://tnc.smsterms.in/t",
        "Your SBI OTP is 771093, do not share. If this was not you, share the OTP with our executive on 9876543210 to cancel. https://i.smsinfo.co/x",
    ] {
        let scan = r.scan(text);
        assert_eq!(scan.verdict, Scam, "{text}: {:?}", ids(&scan));
    }
}

#[test]
fn a_code_sent_to_you_by_mistake_and_asked_back_is_a_code_from_your_phone() {
    // Issue #10's "the number that comes on your phone", in the form dev3 and dev10 held unflagged
    // (twenty-first round): someone's code "went to your number by mistake", please forward it.
    // Synthetic; none had `code-from-phone` before the change, the English ones no red flag at all.
    let r = rules();
    for text in [
        "Hey, a code went to your number by mistake. Could you forward it to me?",
        "sorry, I accidentally entered your number and a code came to you. can u send me the message that came?",
        "Mera code galti se tumhare number pe aa gaya, jaldi bhej do",
        "मेरा ओटीपी गलती से आपके पास चला गया, प्लीज़ भेज दो",
    ] {
        let scan = r.scan(text);
        assert_eq!(scan.verdict, Scam, "{text}: {:?}", ids(&scan));
        assert!(
            ids(&scan).contains(&"code-from-phone"),
            "{text}: {:?}",
            ids(&scan)
        );
    }
    // Telling of the trick, or of one's own slip, asks nothing.
    assert_verdict_of_each(
        &r,
        &[
            "Mummy, if someone says his code went to your number by mistake and asks you to forward it, do not send anything. It is a trick to take over your WhatsApp.",
            "Sorry, I typed your number by mistake while booking. You can ignore the SMS.",
            "अगर कोई कहे कि गलती से आपके नंबर पर कोड चला गया है और उसे भेज दें, तो कुछ मत भेजना, यह धोखा है।",
            "Maine galti se OTP bhej diya, ab kya karun?",
        ],
        Verdict::NoRedFlags,
    );
}

#[test]
fn an_hr_person_on_a_mobile_number_is_a_callback_to_a_mobile() {
    // The unsolicited job offer's "Call HR Priya 98…" (dev8's real SMS held two such scams with no
    // red flag; twenty-first round). Synthetic; none was flagged before the change.
    let r = rules();
    for text in [
        "Congratulations! Your resume is shortlisted for Flipkart warehouse job, salary 28000. Call HR Neha 9876543210",
        "Aapka CV select ho gaya hai, salary 22000 mahina. HR Rahul 9876543210",
        "आपका बायोडाटा चयनित हुआ है, वेतन 25000 महीना। एचआर प्रिया 9876543210",
    ] {
        let scan = r.scan(text);
        assert!(
            ids(&scan).contains(&"callback-mobile"),
            "{text}: {:?}",
            ids(&scan)
        );
    }
    // An HR team that writes by e-mail, or a landline at the office, is no such number.
    assert_verdict_of_each(
        &r,
        &[
            "Hi Rahul, HR here. Please share your updated resume by email.",
            "Interview on Monday at our Pune office. For directions, contact HR at 020 2612 3456.",
        ],
        Verdict::NoRedFlags,
    );
}

#[test]
fn a_number_awarded_a_sum_in_an_international_draw_is_a_prize_you_never_entered() {
    // The sweepstake letter by SMS (dev11's "your phone No has been awarded 3,000,000 in the
    // ongoing … Intl Draws" had no red flag; twenty-first round). Synthetic; none was flagged
    // before the change.
    let r = rules();
    for text in [
        "Your mobile number has been awarded GBP 850,000 in the British Mobile Draws. Send your name and address to claim.",
        "Aapke mobile number ko international draw me 25 lakh award kiya gaya hai, claim ke liye call karein +447012345678",
        "आपके मोबाइल नंबर को अंतरराष्ट्रीय ड्रा में 25 लाख रुपये अवार्ड किया गया है। दावा करने के लिए +447012345678 पर संपर्क करें।",
    ] {
        let scan = r.scan(text);
        assert!(
            ids(&scan).contains(&"prize-or-lottery"),
            "{text}: {:?}",
            ids(&scan)
        );
    }
    // Someone else's award is news, not a lure.
    for text in [
        "Rahul was awarded the best employee trophy at the annual meet. So proud!",
        "राहुल को कॉलेज ने छात्रवृत्ति से पुरस्कृत किया गया।",
    ] {
        assert!(!ids(&r.scan(text)).contains(&"prize-or-lottery"), "{text}");
    }
}

#[test]
fn a_code_already_told_in_hinglish_is_a_report_not_an_ask() {
    // "Maine OTP bata diya tha" tells what the writer did; Hindi's word ends already read "बता
    // दिया" so. Only the writer's or the writer's people's past, and only the ask it touches: a
    // condition put to the reader, or an ask after it, stays an ask. Synthetic.
    let r = rules();
    assert_verdict_of_each(
        &r,
        &[
            "Maine OTP bata diya tha, ab kya karu?",
            "Papa ne galti se OTP bata diya, card block karwa diya",
            "मैंने ओटीपी बता दिया था, अब क्या करूं?",
        ],
        Verdict::NoRedFlags,
    );
    assert_verdict_of_each(
        &r,
        &[
            "Aapne OTP bata diya to refund turant aa jayega",
            "Maine OTP bata diya hai, ab aap bhi OTP bata dijiye",
            "Maine apna OTP bata diya, ab aapka OTP bata do jaldi",
        ],
        Scam,
    );
}

#[test]
fn a_no_claim_bonus_money_already_sent_and_e_kyc_at_the_ration_shop_are_not_red_flags() {
    // Dev set 4 (fifteenth round): NCB is also the No Claim Bonus of a motor policy; an advance
    // the writer has already sent is a report, not an ask; e-KYC by thumb at the ration shop or a
    // CSC is done in person. Synthetic wordings, each in English, Hindi and Hinglish, each flagged
    // by the rules before the change.
    let r = rules();
    assert_verdict_of_each(
        &r,
        &[
            "Your car policy renews on 12 Feb: premium Rs 12,400 with NCB 25%. Renew on the insurer's app.",
            "आपकी कार बीमा पॉलिसी 12 फरवरी को समाप्त होगी। नवीनीकरण प्रीमियम ₹14,820 (NCB 35% सहित) है।",
            "Bike insurance ka renewal 2,150 ka hai, 20% NCB laga ke. Payment app se hi karna.",
            "I have transferred the hospital advance of Rs 15,000 from my account. Sending you the receipt.",
            "मैंने अस्पताल की एडवांस राशि ₹15,000 पापा के खाते में भेज दी है, रसीद भेज रहा हूँ।",
            "Hospital ka advance 15000 maine papa ke account mein bhej diya hai, receipt bhej raha hu.",
            "Ration card e-KYC is mandatory for every member by 31 March: give your thumb impression on the ePoS machine at your fair price shop. It is free.",
            "राशन कार्ड के सभी सदस्यों का ई-केवाईसी 31 मार्च तक राशन दुकान पर अंगूठा लगाकर निःशुल्क कराएँ।",
            "Ration card ka e-KYC 31 March tak ration dukan pe angutha laga ke karwa lo, free hai.",
        ],
        Verdict::NoRedFlags,
    );
    for (scam, flag) in [
        (
            "NCB officer here: a parcel in your name has drugs. You will be arrested today.",
            "legal-threat",
        ),
        (
            "एनसीबी से बोल रहा हूँ, आपके पार्सल में ड्रग्स मिले हैं, गिरफ्तारी होगी।",
            "legal-threat",
        ),
        (
            "Oxygen cylinder ready hai, 50% advance bhej do, delivery kal.",
            "advance-payment",
        ),
        (
            "Pay 50% advance now and the puppy will be shipped tomorrow.",
            "advance-payment",
        ),
        (
            "सिलेंडर तैयार है, आधा एडवांस भेजें, डिलीवरी कल होगी।",
            "advance-payment",
        ),
        (
            "Your ration card e-KYC is pending. Complete it at http://ration-kyc.top or the card will be blocked.",
            "kyc-update",
        ),
        (
            "आपका राशन कार्ड ई-केवाईसी लंबित है, तुरंत अपडेट करें वरना कार्ड बंद होगा।",
            "kyc-update",
        ),
        (
            "Ration card ka e-KYC pending hai, abhi update karo warna card band ho jayega.",
            "kyc-update",
        ),
    ] {
        assert!(ids(&r.scan(scam)).contains(&flag), "{scam}: {flag}");
    }
}

#[test]
fn a_family_warning_that_retells_a_call_from_a_number_is_a_report() {
    // Dev set 4: "a number called saying …", "ek number se call aaya ki …", "एक नंबर से कॉल आया
    // कि …" retell a scam call in the sentence that carries its threat; "aisa koi arrest nahi
    // hota" is the warning. Synthetic wordings.
    let r = rules();
    assert_verdict_of_each(
        &r,
        &[
            "A number called saying a courier parcel in my name had drugs and I must talk to Delhi police. I cut the call and blocked the number.",
            "दीदी, एक नंबर से कॉल आया कि आपके नाम के पार्सल में ड्रग्स हैं, दिल्ली पुलिस से बात कराओ। मैंने तुरंत काट दिया और नंबर ब्लॉक कर दिया।",
            "Didi ek number se call aaya ki aapke naam ke parcel me drugs hai, Delhi police se baat karao. Maine kaat diya aur 1930 pe report kar di.",
            "Mausi ko kal video call pe ek 'CBI officer' ne 2 ghante baitha ke rakha, bola digital arrest hai. Bhai ne call band karwa di, koi paisa nahi gaya. Video call pe aisa koi arrest nahi hota.",
        ],
        Verdict::NoRedFlags,
    );
    // Asking whether the call came is no retelling, and a caller's own threat stays a scam.
    assert_verdict_of_each(
        &r,
        &[
            "Aapko call aaya ki nahi? Aapka parcel pakda gaya hai, drugs mile hain, abhi 9876543210 pe police se baat karo warna arrest hoga.",
            "This number called you from CBI: your parcel has drugs. Call back on 9876543210 now or you will be arrested.",
        ],
        Scam,
    );
}

#[test]
fn what_the_family_did_or_lost_makes_a_retold_scam_a_report_and_a_scam_borrowing_it_stays_one() {
    // The family-message probes of the fifteenth round: a relative nearly fell for it, left the
    // group, complained, blocked the number, sent no money, or a hacked phone sent it; a kin word
    // ("Chachi got a video call"); a quotation called fake after it ("“…” - fake hai").
    // Synthetic wordings in English, Hindi and Hinglish, each flagged by the rules before.
    let r = rules();
    assert_verdict_of_each(
        &r,
        &[
            "My cousin nearly fell for one of those Telegram task jobs: 'like videos, earn 3000 a day', then they asked for a 10,000 deposit to unlock the VIP task. She left the group.",
            "Chachi got a video call from a man in police uniform who said he was a CBI officer and that a parcel with drugs was booked on her Aadhaar. We complained on 1930.",
            "मौसा जी ने बिजली बिल के नाम पर आए लिंक से ऐप डाउनलोड किया और खाते से 12,000 कट गए। बैंक को बताकर शिकायत दर्ज कर दी है। कोई भी .apk फ़ाइल डाउनलोड न करें।",
            "कल एक नंबर से मैसेज आया \"मैं आपका बेटा हूँ, मेरा नया नंबर है, 10,000 तुरंत भेजो\"। पापा ने पैसे नहीं भेजे।",
            "Bhai mere saath bhi hua. Ek number se msg aaya \"Hi, mera naya number hai, 5k urgent chahiye\". Number block kar diya, paise nahi bheje.",
            "Family group mein ye mat kholna: \"Aapko Flipkart ki taraf se free iPhone mila hai, claim karo: flpkrt-lucky-winner.xyz\" - fake hai. Pinky ka phone hack hua tha.",
        ],
        Verdict::NoRedFlags,
    );
    // The same words in a scam's mouth: a refund-recovery scam's "you had complained", a threat
    // that a number "will be blocked", a caller's "your money did not go, just tell the OTP".
    assert_verdict_of_each(
        &r,
        &[
            "Aapne cyber cell mein complaint ki thi, aapka paisa wapas aayega. Processing fee 2000 is UPI pe bhejiye: refund.help@ybl",
            "आपने जो शिकायत दर्ज की थी उसका पैसा वापस मिलेगा, 2000 रुपये प्रोसेसिंग फीस इस नंबर 9876543210 पर भेजें।",
            "Number block kar diya jayega 2 ghante mein. KYC update ke liye abhi 9876543210 pe call karo.",
            "Sir ghabraiye mat, aapke paise nahi gaye. Bas jo OTP aaya hai wo bata dijiye, account safe ho jayega.",
        ],
        Scam,
    );
}

#[test]
fn a_warning_that_disowns_the_scam_it_quotes_has_no_red_flags_and_a_scam_quoting_itself_keeps_them()
{
    // The sixteenth round's family warnings (dev7): the scam quoted whole, with its link, number or
    // .apk, and disowned outside the quotation in the writer's own words: a bare verdict after it
    // ("— fake"), a refusal before it ("dont click!!", "इसको इग्नोर करो"), "blocked and reported",
    // "koi mat kholna", a message "going round", a passage set off by lines of rule, "… likh ke".
    // Synthetic; each was flagged (all but one called a scam) by the rules before this round.
    let r = rules();
    assert_verdict_of_each(
        &r,
        &[
            "“Your Amazon account is locked, verify within 12 hrs: http://amaz0n-verify.in/acc” — fake, Amazon doesn't send links like this. Ignore.",
            "dont click!! 'Your SBI YONO points expire today, redeem at http://yono-points.in' came on my number too",
            "My neighbour got \"Your gas connection will be cut today as KYC is pending, call 9123456780 now\". Blocked and reported.",
            "इसको इग्नोर करो 👉 'आपका पैन कार्ड ब्लॉक हो गया है, तुरंत 9876512345 पर कॉल करें'",
            "ये मैसेज हर ग्रुप में घूम रहा है:\n\"सभी को 3 महीने का फ्री रिचार्ज, इस लिंक पर क्लिक करें http://free-rchg.in\"\nसरकार ने ऐसी कोई योजना नहीं चलाई। आगे फॉरवर्ड मत करो।",
            "ऑफिस के साथी को WhatsApp पर संदेश आया:\n---\nनमस्ते, मैं HR से हूँ, वेतन सूची देखने के लिए Salary_List.apk खोलें\n---\nकोई भी इसे मत खोलना।",
            "Kisi ne group mein 'Kisan_Suchi.apk' bheja hai 'apna naam dekho' likh ke. Koi mat kholna!!",
            "\"Aapka income tax refund Rs 9,800 approve ho gaya, account verify karein: itr-refund-now.in\" — papa ne bola fake hai, refund seedha bank mein aata hai.",
            "Ek +92 number se msg aaya: 'KBC ki taraf se aapko 25 lakh ki lottery lagi hai, Rana sir se baat karein 9876123450'. Seedha block and report kiya.",
        ],
        Verdict::NoRedFlags,
    );
    // A scam that quotes itself and borrows a warning stays a scam: a quotation that only opens
    // the message, or follows a warning word ("Beware!"), with a footer that warns ("SBI never asks
    // for your OTP") but neither reports nor refuses. The first had no red flags before this round.
    // And the dev5 misses: a relative on a cousin's or friend's phone asking for money, a "bank"
    // asking for the security code it sent.
    assert_verdict_of_each(
        &r,
        &[
            "\"Your SBI account will be blocked today, update KYC at http://sbi-kyc-now.in\" SBI never asks for your OTP.",
            "Beware! \"Your SBI account will be blocked today, update KYC at http://sbi-kyc-now.in\" SBI never asks for your OTP.",
            "Don't ignore this: \"Your SBI account will be blocked today, update KYC at http://sbi-kyc-now.in\" SBI never asks for your OTP.",
            "Bro it's Vikram, using my cousin's phone. Stuck at the petrol pump, my card isn't working. Send 3,500 to vikram.pay21@ybl please, I'll return it in an hour.",
            "Bhaiya main Rohit, dost ke phone se message kar raha hoon, mera phone band hai. 2000 bhej do is UPI pe rohit22@ybl, kal wapas dunga.",
            "Aunty namaste, main bank se bol raha hu. Koi bhi call kare toh OTP mat batana. Humne ek security code bheja hai, bas wo code mujhe confirm kar do taaki fraud block ho jaye.",
            "नमस्ते आंटी, मैं बैंक से बोल रहा हूँ। हमने एक सुरक्षा कोड भेजा है, वो कोड मुझे बता दीजिए ताकि खाता सुरक्षित हो जाए।",
        ],
        Scam,
    );
}

#[test]
fn a_family_message_that_tells_how_the_scam_came_has_no_red_flags_and_the_scams_opener_keeps_them()
{
    // The seventeenth round's family warnings, advisories and notices (dev8): how the scam came, in
    // the writer's words (the verb of receiving earlier in the sentence, "X ko … pe voice note aaya
    // ki", "X के नाम से कॉल आया कि", "रिया को फेसबुक पर मैसेज आया कि"), what was done ("Forwarded it to
    // 1912 and deleted", "She didn't, luckily", "Never applied for anything"), a verdict ("'…'
    // message - fake", "There is no KBC lottery", "यह दावा #Fake है", "ऐसे फोन नहीं करता"), an OTP
    // delivered for an e-KYC check, and a word run on into the next sentence ("failed.In"), which
    // was a "link" off Amazon's domains. Synthetic; the rules before this round flagged every one
    // (checked with CI's debug build of c47a38c), all but six as a scam.
    let r = rules();
    assert_verdict_of_each(
        &r,
        &[
            "Got the usual electricity one again: 'Power will be cut at 9 pm tonight, call officer 9812300456'. Forwarded it to 1912 and deleted.",
            "Sis got 'Your electricity bill is pending, call 9876501234 tonight'. When she called, the man asked her to install AnyDesk. She didn't, luckily.",
            "Anyone else receiving 'Your PAN is deactivated, update at pan-update-now.in within 24 hrs'? Never applied for anything, ignore it.",
            "My 'Axis reward points expiring, redeem at axis-points.top' message - fake. Don't click guys.",
            "There is no KBC lottery, people! Nani got 'You won 25 lakh in KBC lucky draw, call manager 9876512340' today. Sharing so everyone in the family knows.",
            "मौसी को फेसबुक पर मैसेज आया कि आपकी 25 लाख की लॉटरी लगी है, 12,500 प्रोसेसिंग फीस भेजो। यह सब फर्जी है।",
            "डाकघर के नाम से कॉल आया कि आपका पार्सल कस्टम में रुका है, 5000 जमा करो। कस्टम विभाग ऐसे फोन नहीं करता।",
            "दावा: आपका खाता 24 घंटे में बंद हो जाएगा यदि केवाईसी अपडेट नहीं किया। यह दावा #Fake है।",
            "Bank ke naam se call aaya ki aapka card block ho gaya, OTP batao. Maine phone kaat diya.",
            "Chachi ke phone pe message aaya ki KYC pending hai, link pe click karo warna account band. Maine bola ignore karo.",
            "Group me kisi ne 'Shaadi_Card.apk' file bheji hai. Download mat karna.",
            "Your payment for Amazon order 404-1122 has failed.In case money was debited, it will be refunded in 5 days.",
            "आधार XXXX8823 के ई-केवाईसी सत्यापन के लिए OTP 482913 है। इसे किसी के साथ साझा न करें। -UIDAI",
            "Your OTP for Aadhaar e-KYC verification is 482913. Do not share it with anyone.",
            "Dadi dhyan rakhna, koi call kare ki aapka KBC inaam nikla hai ya bank se hu OTP batao, to bilkul mat batana.",
            // Genuine notices: a fee refunded, a request of the holder's own acknowledged, and
            // links on a bank's own site or SMS link domain found for this round (facts.toml).
            "Refund of Rs.5 towards your card verification fee will be credited to your card in 3-5 days.",
            "Your service request no. 5521093 for PAN updation has been registered. -Bank of Baroda",
            "A/c XX4321 debited Rs.2,000.00 on 01-12-26 thru UPI. Avl Bal Rs.8,410.50. Download PNB ONE: https://mobile.netpnb.com/pnbone -PNB",
            "Your IDFC FIRST Bank credit card bill of Rs.4,512 is due on 12-Dec. Pay: https://idfcfr.in/IDFCFB/x7Ka2",
        ],
        Verdict::NoRedFlags,
    );
    // Somewhere to act inside a quotation the message disowns is the scam's, passed on: the same
    // message with the number outside it, in the writer's own sentence, keeps the caller's ask.
    let number_outside = "Sis got 'Your electricity bill is pending, call tonight'. When she called 9876501234, the man asked her to install AnyDesk. She didn't, luckily.";
    assert_eq!(
        r.scan(number_outside).verdict,
        Verdict::Suspicious,
        "{number_outside}"
    );
    // The verb of receiving is no report by itself, nor is a message that came to the reader
    // ("आपको … मैसेज आया होगा", "aapko … message aaya ki nahi?"): a scam's opener keeps its asks.
    assert_verdict_of_each(
        &r,
        &[
            "Dear customer, your SBI account is blocked. You got a message from our officer: 'share the OTP to unblock'. Call 9876543210 now.",
            "आपको व्हाट्सऐप पर मैसेज आया होगा कि आपका खाता बंद है, अपना OTP बताइए।",
            "Sir aapko SBI se message aaya ki nahi? Jo OTP aaya wo bata dijiye.",
            // "ऐसे … नहीं करता" warns only at its clause's end, not as a threat's condition.
            "आज ही OTP बताइए, ऐसा नहीं करते तो आपका खाता बंद हो जाएगा।",
        ],
        Scam,
    );
}

#[test]
fn an_alerts_if_not_done_by_you_does_not_cancel_a_call_to_a_mobile() {
    // "not done by you" is about the transaction: the call to a mobile number after it is the
    // scam's ask (it had no red flags at all). A genuine alert's toll-free number is no red flag.
    let r = rules();
    for scam in [
        "Suspicious transaction of Rs 49,999 on your card. If not done by you call 9876543210 immediately.",
        "Rs 25,000 debited from your a/c. If this was not made by you, call 9123456780 now to block it.",
    ] {
        assert_ne!(r.scan(scam).verdict, Verdict::NoRedFlags, "{scam}");
    }
    let genuine = "Rs.1,250.00 debited from a/c **7734 on 03-02-25. Not you? If not done by you, call 18002026161. -HDFC Bank";
    assert_eq!(r.scan(genuine).verdict, Verdict::NoRedFlags, "{genuine}");
}

#[test]
fn three_weak_flags_are_suspicious_and_a_medium_one_with_a_weak_one_is_a_scam() {
    let r = rules();
    let weak =
        r.scan("Pre-approved instant loan up to 5 lakh, apply immediately at bit.ly/loan123");
    assert!(
        weak.flags.len() == 3 && weak.flags.iter().all(|f| f.weight == Weight::Weak),
        "{:?}",
        ids(&weak)
    );
    assert_eq!(weak.verdict, Verdict::Suspicious);
    let medium =
        r.scan("Your KYC is pending. Update it immediately or your account stays on hold.");
    let weights: Vec<Weight> = medium.flags.iter().map(|f| f.weight).collect();
    assert!(
        weights.contains(&Weight::Medium) && weights.contains(&Weight::Weak),
        "{:?}",
        ids(&medium)
    );
    assert_eq!(medium.verdict, Verdict::Scam, "{:?}", ids(&medium));
}

#[test]
fn a_reports_words_given_as_the_reason_to_act_do_not_hide_the_ask() {
    let r = rules();
    // A report's words, then "so" and an order: the order is the message's own (at most
    // suspicious, as in any message that reports), and its link is where to go, not passed on.
    for (text, rule) in [
        (
            "Many fake messages are doing the rounds, so complete your KYC only at www.kyc-verify-online.co today.",
            "kyc-update",
        ),
        (
            "Aaj kal bahut fraud ho raha hai, isliye apna bank KYC turant update karein: kyc-update-online.co",
            "kyc-update",
        ),
        (
            "आजकल फर्जी कॉल से ठगी की जा रही है, इसलिए अपना केवाईसी इस लिंक पर तुरंत अपडेट करें: kyc-update-online.co",
            "kyc-update",
        ),
        (
            "Sir, people pretending to be bank staff are calling customers, so our security team needs the OTP you just received to secure your account.",
            "otp-request",
        ),
    ] {
        let s = r.scan(text);
        assert_eq!(s.verdict, Suspicious, "{text}: {:?}", s.flags);
        assert!(
            s.flags.iter().any(|f| f.id == rule),
            "{text}: {:?}",
            s.flags
        );
        if text.contains("online.co") {
            assert!(
                s.flags
                    .iter()
                    .any(|f| f.id == "entity-link-mismatch" && f.weight == Weight::Strong),
                "{text}: the link is passed on: {:?}",
                s.flags
            );
        }
    }
    // Without the word of reason the order is the scam's, told over: still a report.
    for text in [
        "Mummy kisi ne call kiya tha bol raha tha bank se hu, aapka card block ho jayega OTP batao. Maine call kaat diya.",
        "बेटा आज एक फोन आया था कि मैं बैंक से बोल रहा हूँ, तुम्हारा खाता बंद हो जाएगा, OTP बताओ। मैंने कुछ नहीं बताया और फोन काट दिया।",
    ] {
        let s = r.scan(text);
        assert_eq!(s.verdict, Verdict::NoRedFlags, "{text}: {:?}", s.flags);
    }
}

#[test]
fn a_scam_that_borrows_a_reports_words_is_not_passed_as_safe() {
    let r = rules();
    // Each borrows a report's words ("it was a fraud", "ye fraud hai", "someone called") and asks
    // anyway: beside a number, a UPI id or a bank account, or in a sentence of its own.
    let borrowed: &[(&str, &str)] = &[
        (
            "Dear customer, someone tried to login to your SBI account. It was a fraud attempt. To secure your account share the OTP you receive with our officer on 9876543210 immediately.",
            "otp-request",
        ),
        (
            "Sir aapke card se ek fraud transaction hua hai, ye fraud hai isliye hum block kar rahe hain. Jo OTP aaya hai wo bata dijiye warna paisa kat jayega.",
            "otp-request",
        ),
        (
            "आपके खाते से एक फ्रॉड ट्रांजैक्शन हुआ है, यह फ्रॉड है। पैसा वापस पाने के लिए आपके फोन पर आया OTP हमें बताएं। कॉल करें 9876543210",
            "otp-request",
        ),
        (
            "आपके खाते में फ्रॉड हुआ है, यह फ्रॉड है। अपना खाता बचाने के लिए आने वाला OTP हमें बताइए।",
            "otp-request",
        ),
        (
            "Mummy ne bataya kisi ne call kiya tha. Beta jaldi se 5000 is UPI pe bhej do raju123@ybl, hospital me hu, ye number mera naya hai",
            "donation-to-personal-upi",
        ),
        (
            "Your KYC is pending. Beware of fake messages like these. Update KYC now at sbi-kyc.in.net or your account will be blocked today.",
            "kyc-update",
        ),
        // An order to keep quiet is not a refusal that makes the sentence a warning.
        (
            "Someone tried to use your card, it was a fraud. Do not tell anyone, just share the OTP you receive with our officer to block it.",
            "otp-request",
        ),
        (
            "Aapke card se fraud hua hai, ye fraud hai. Kisi ko mat batana, jo OTP aaya hai wo abhi bata dijiye.",
            "otp-request",
        ),
        // A denial's "not" is no refusal; a strong ask beside a number stands in any sentence; a
        // "Claim:" without a fact check is no report.
        (
            "Someone tried to use your card, it was a fraud. This is not a fraud call, share the OTP with our officer to block it.",
            "otp-request",
        ),
        (
            "Claim: you won KBC lottery of 25 lakh, call 9876543210 now to get it. This offer is not false, it is a fraud if you ignore it.",
            "callback-mobile",
        ),
        // Quotation marks do not hide an ask.
        (
            "Someone tried to use your card, it was a fraud. \"Share the OTP you receive with our officer to block it.\"",
            "otp-request",
        ),
    ];
    for (text, flag) in borrowed {
        let s = r.scan(text);
        assert_eq!(s.verdict, Verdict::Suspicious, "{text}: {:?}", ids(&s));
        assert!(ids(&s).contains(flag), "{text}: {:?}", ids(&s));
    }
    // "Someone called you" is said to you, not told of someone else: no report, the ask is a scam.
    let s = r.scan(
        "Sir, someone called you from the bank earlier, please share the OTP you receive with our officer on 9876543210 now",
    );
    assert_eq!(s.verdict, Verdict::Scam, "{:?}", ids(&s));
    // A report that quotes the ask, in its own sentence or in quotation marks, or whose ask is
    // negated, still raises nothing; nor does an advisory that names a helpline.
    for text in [
        "Beta, someone called me today saying he was from the bank and asked for the OTP that came on my phone. I did not tell him anything and cut the call.",
        "Didi aaj mere paas call aaya \"aapka Amazon parcel return ho raha hai, OTP batao\". Maine nahi bataya, block kar diya.",
        "बेटा आज एक फोन आया था कि मैं बैंक से बोल रहा हूँ, तुम्हारा खाता बंद हो जाएगा, OTP बताओ। मैंने कुछ नहीं बताया और फोन काट दिया।",
        "Cyber Dost: Got a message saying \"your SIM will be blocked in 2 hours\"? These are scams. Never share OTP or install screen-sharing apps like AnyDesk. Report at sancharsaathi.gov.in or call 1930.",
        "Government employees are being told via messages on WhatsApp that they must download the APK file to see their new salary. Once the APK is installed, mobile access goes directly to the scammers.",
    ] {
        let s = r.scan(text);
        assert_eq!(s.verdict, Verdict::NoRedFlags, "{text}: {:?}", ids(&s));
    }
}

/// Composed for this test (session 9), not in any training set: lures of kinds no rule names.
const LURES: [&str; 3] = [
    "Hello dear, I saw your profile and want to be friends. I am a doctor in the UK army, send me your WhatsApp number.",
    "Hello ji, galat number lag gaya shayad. Waise main stock trading karti hu, roz accha profit hota hai, aap bhi seekhoge?",
    "नमस्ते, मैं प्रिया हूँ, आपकी प्रोफाइल देखी, क्या आप मुझसे दोस्ती करेंगे? अपना व्हाट्सएप नंबर भेजिए।",
];

#[test]
fn the_wording_model_flags_lures_no_rule_names_and_few_genuine_messages() {
    let (alone, product) = (rules(), product_rules());
    for text in LURES {
        assert_eq!(alone.scan(text).verdict, Verdict::NoRedFlags, "{text}");
        let s = product.scan(text);
        assert_eq!(s.verdict, Suspicious, "{text}: {:?}", ids(&s));
        let flag = s.flags.iter().find(|f| f.id == "reads-like-scam").unwrap();
        // The reason is readable: at most four words of the message (neighbours join into one
        // highlighted phrase), each whole.
        let words: usize = flag
            .spans
            .iter()
            .map(|sp| text[sp.clone()].split_whitespace().count())
            .sum();
        assert!((1..=4).contains(&words), "{:?}", flag.spans);
        for sp in &flag.spans {
            let before = text[..sp.start].chars().next_back();
            let after = text[sp.end..].chars().next();
            assert!(before.is_none_or(|c| !c.is_alphanumeric()), "{sp:?}");
            assert!(after.is_none_or(|c| !c.is_alphanumeric()), "{sp:?}");
        }
    }
    // A family message that quotes such a lure to warn is a report: the model's flag is dropped.
    let report = format!(
        "{} — someone sent this to Papa. It was a scam, he blocked the number.",
        LURES[0]
    );
    assert!(!ids(&product.scan(&report)).contains(&"reads-like-scam"));
    // Its cost: genuine messages it calls suspicious. The unit-test genuine list is not trained on;
    // four of its 235 messages are flagged (a parcel notice that says no address update is needed,
    // a relief fund's own UPI id, and two added in session 13: a courier at the gate asking for
    // the OTP, and a Hindi request to share the screen in a meeting). It was two before the model
    // learnt `messages-train.toml` (session 10), which raised its batch-left-out precision from
    // 0.970 to 0.992 and recall from 0.620 to 0.736 at the same threshold. A fifth came with
    // batch 12's tuning half (session 17: "Please send me a photo of the prescription and the
    // bill, I will claim it from insurance."), while the model's batch-left-out figures stayed at
    // precision 0.990, recall 0.754. More means the model or its threshold changed for the worse.
    let flagged: Vec<&str> = GENUINE
        .iter()
        .copied()
        .filter(|t| product.scan(t).verdict != Verdict::NoRedFlags)
        .collect();
    assert!(
        flagged.len() <= 5,
        "{} of {}: {flagged:#?}",
        flagged.len(),
        GENUINE.len()
    );
}

#[test]
fn a_report_that_quotes_a_scam_passes_on_only_its_links() {
    let r = rules();
    // A family warning that quotes the scam, introduced as something received or said, and
    // refused or called a scam outside the quotation.
    for text in [
        "Mummy ko aaj message aaya \"Dear customer your SBI account will be blocked today, update PAN at http://sbi-pan-kyc.in\". Koi click mat karna, ye fraud hai.",
        "Chacha ji ko WhatsApp aaya tha ki \"aapka bijli bill update nahi hua, officer 98XXXXXX12 pe call karo\". Bilkul call mat karna.",
        "Mummy yaad rakhna, koi bhi bole \"OTP bata do, galti se aa gaya\", to mat batana.",
        "Dad got an SMS saying \"Your electricity will be disconnected tonight at 9:30 pm, call officer 9876543210\". Don't call, it's a scam.",
        "मम्मी को मैसेज आया: “आपका खाता आज बंद हो जाएगा, KYC के लिए ओटीपी बताइए”। कोई जवाब मत देना, यह ठगी है।",
        "पापा को कॉल आया, बोला 'मैं बैंक से बोल रहा हूँ, कार्ड का CVV बताइए'। पापा ने फोन काट दिया।",
        "\"Your electricity will be disconnected tonight at 9:30 pm, call 8927104563\" - ye message papa ke phone pe aaya hai. Papa ne call nahi kiya.",
        "Yaar ek banda \"Stock market tips, 300% return guaranteed\" wale WhatsApp group me 2 lakh daal chuka hai. Aise groups se door raho.",
        "Fact check: Viral SMS \"Dear Taxpayer, you are eligible for an income tax refund of Rs 15,490. Verify your bank account at incometax-refund.online/verify\" is FAKE.",
        // Session 11: single quotation marks; "such as", "jaise"; a warning outside the
        // quotation; Hindi "लिखा होता है"; Hinglish "koi call kare ki".
        "Messages saying 'your reward points expire today, redeem now by installing SBI Rewards.apk' are not from SBI. Do not download APK files sent on WhatsApp.",
        "Fake e-challan messages such as 'Your vehicle has a pending challan of Rs 500, pay at echallan-parivahan.co.in/pay or your licence will be suspended' are being sent.",
        "Savdhan rahein! Fraudsters SMS bhej rahe hain jaise 'Aapka e-challan pending hai, pay karne ke liye ye APK download karein'.",
        "आयकर विभाग के नाम से फर्जी एसएमएस भेजे जा रहे हैं, जिनमें लिखा होता है 'आप 15,490 रुपये के रिफंड के पात्र हैं, खाता सत्यापित करने के लिए यहां क्लिक करें'।",
        "Nani ko samjha diya hai ki koi bhi call kare ki 'aapka parcel customs mein pakda gaya hai, drugs mile hain, video call pe raho' toh turant phone kaat dena.",
        // A quotation without marks, from "The message reads:" to the sentence that calls it out.
        "The message reads: Dear consumer your electricity will be disconnected tonight at 9.30 pm. Please contact our officer 9876543210. Officials said the discom never sends such SMS.",
        "Alert. The SMS says: your SBI account is blocked, update PAN at http://sbi-pan-upd.in today. This is fake.",
    ] {
        let s = r.scan(text);
        assert_ne!(s.verdict, Verdict::Scam, "{text}: {:?}", ids(&s));
        assert!(
            s.flags.iter().all(|f| f.weight == Weight::Weak),
            "{text}: {:?}",
            ids(&s)
        );
    }
    // A scam that quotes itself is still a scam: without an introduction, without a refusal
    // outside the quotation, or with only a warning word or a scammer's hold there.
    for text in [
        "Alert from SBI: \"Your account is blocked, update KYC at http://sbi-kyc-upd.in\". Beware of delays!",
        "Dear customer, your bank says: \"Share the OTP with our officer to stop the transaction.\" Call 9876543210 now.",
        "Important: \"Send Rs 500 processing fee to claim your KBC prize of 25 lakh\". Do not tell anyone about this prize.",
        "Sir, as told on call: \"Install AnyDesk and share the code\". Don't cut the call.",
        // A sender's name and a colon is no introduction, and the scam's own footer is no refusal
        // (second red-team pass: each got no red flags).
        "SBI Alert: \"Your YONO account will be blocked today. Share the OTP sent to your mobile with our executive to update KYC.\" Do not share with anyone else.",
        "FedEx: \"Your parcel is held at customs. Pay customs fee Rs 2500 on 9876543210@ybl to release.\" Do not reply to this SMS.",
        "Bhai suno: \"Mera naya number hai ye, urgent 20000 bhej do, kal lauta dunga.\" Mat batana kisi ko.",
        "बैंक की सूचना: \"आपका केवाईसी अपडेट नहीं है, 9876543210 पर कॉल करें और ओटीपी बताएं।\" कोई शुल्क नहीं।",
        "Congratulations! You won Rs 25,00,000 in KBC Lucky Draw. Your lottery no: \"KBC8890\". To claim call 9876543210 and pay Rs 8500 processing fee. Do not disclose this to anyone.",
    ] {
        let s = r.scan(text);
        assert_eq!(s.verdict, Verdict::Scam, "{text}: {:?}", ids(&s));
    }
}

#[test]
fn numbers_dates_and_words_run_on_and_e_mail_addresses_are_not_links() {
    let r = rules();
    for (text, links) in [
        // A word run on into the next sentence (real card and RBI SMS; both were "links" and, with
        // the bank named, called a scam).
        (
            "Your payment for Amazon has failed.In case your money has been debited",
            0,
        ),
        (
            "credited back within stipulated time.To know more,call on 14440. -RBI",
            0,
        ),
        // A link is written in one case; a hyphen or digits make it no word.
        ("Update KYC at sbikyc.in today", 1),
        ("Update KYC at SBIKYC.IN today", 1),
        ("Update KYC at sbi-kyc.In today", 1),
        ("debited on 28-11-24.Info: UPI/4332", 0),
        // Lower case, so that each branch is tested on its own (not only by the capital letter).
        ("debited on 28-11-24.info: UPI/4332", 0),
        ("Avl Bal Rs. 1,248.78.to dispute call 1800", 0),
        ("Ref 433212.Bal:Rs.25,410.70.Online? -SBI", 0),
        ("For queries write to wecare@lender-care.in", 0),
        ("Pay at 5566.in now", 1),
        ("Visit lender-care.in for details", 1),
    ] {
        assert_eq!(links::find(&r, text).len(), links, "{text}");
    }
}

#[test]
fn a_told_ask_with_a_curt_refusal_is_never_called_a_scam() {
    // "He said …" is not read as a report (a kidnapper relays asks that way), so the ask stays in
    // its sentence; the refusal after it still makes the message a report: at most suspicious.
    let r = rules();
    let text = "Ma, that guy again. He said send the OTP and your account will be safe. I said no. Blocked his number.";
    assert_ne!(r.scan(text).verdict, Verdict::Scam, "{text}");
    // A forwarded message called fake, its link in between: the link is passed on, not ordered.
    let forwarded = "Uncle, the message you forwarded about free Rs 5000 recharge from Jio on jio-offer.xyz is fake. Please don't forward it.";
    assert_ne!(r.scan(forwarded).verdict, Verdict::Scam, "{forwarded}");
    // A victim's own story, told with "aaj mere saath hua:": its advice about the PIN still reads
    // as a rule's words, so at most suspicious.
    let story = "Aaj mere saath hua: GPay pe Receive Rs 5000 ka request aaya, maine PIN daal diya aur 5000 kat gaye. Aap log dhyan rakhna, PIN daalne se paise jaate hain, aate nahi.";
    assert_ne!(r.scan(story).verdict, Verdict::Scam, "{story}");
    let kidnap = "Sir, your son is with us. He said send 50,000 on this number 98XXXXXX10 immediately or he will be arrested.";
    assert_ne!(r.scan(kidnap).verdict, Verdict::NoRedFlags, "{kidnap}");
}

#[test]
fn a_salary_of_lakhs_is_no_prize() {
    // An offer letter's annual compensation names lakhs, but no prize. (The wording model still
    // finds the offer letter suspicious, so it is not among GENUINE.)
    let r = rules();
    let offer = "We are pleased to offer you the role of Analyst with an annual compensation of Rs 12 lakh. Please sign the offer letter on our HR portal. -Infosys";
    assert!(!ids(&r.scan(offer)).contains(&"prize-money"), "{offer}");
    let prize = "Congratulations! You have won a compensation of Rs 25 lakh from the RBI fraud fund. Pay Rs 4,500 processing fee to claim.";
    assert!(ids(&r.scan(prize)).contains(&"prize-money"), "{prize}");
}

#[test]
fn a_booking_amount_received_or_paid_is_no_advance_asked() {
    let r = rules();
    for receipt in [
        "Thank you! We have received your booking amount of Rs 21,000 for the Tata Nexon. Delivery in 6-8 weeks. -Concorde Motors",
        "Your badminton court slot 7-8 PM is confirmed. Booking amount Rs 600 paid via UPI. -Playo",
    ] {
        assert!(
            !ids(&r.scan(receipt)).contains(&"advance-payment"),
            "{receipt}"
        );
    }
    let asked = "Pay the booking amount of Rs 2,000 on GPay to confirm your slot.";
    assert!(ids(&r.scan(asked)).contains(&"advance-payment"), "{asked}");
}

/// Every file in an Indian script has a word end (`[define] dend`) that no letter, vowel sign or
/// joiner of its script passes, so that a keyword with `{dend}` after it ends at the word's end
/// ("कस्टम{dend}" is not in "कस्टमर", customer), while a space, a danda, a digit or the end of the
/// text may follow it. The script's letters are the ones the file's own explanations use.
#[test]
fn every_indic_file_has_a_word_end_that_no_letter_of_its_script_passes() {
    let letter = regex::Regex::new(r"^[\p{L}\p{M}]$").unwrap();
    let mut problems = Vec::new();
    for (name, lang, text) in load::embedded() {
        if lang == Lang::En {
            continue;
        }
        let file = load::parse(name, text).unwrap();
        let Some(dend) = file.define.get("dend") else {
            problems.push(format!("{name}: no [define] dend"));
            continue;
        };
        let ends = regex::Regex::new(&format!("^x(?:{dend})")).unwrap();
        let letters: BTreeSet<char> = file
            .rules
            .iter()
            .flat_map(|r| r.explanation.chars())
            .filter(|c| !c.is_ascii() && letter.is_match(&c.to_string()))
            .chain(['\u{200C}', '\u{200D}'])
            .collect();
        assert!(letters.len() > 30, "{name}: too few letters found");
        let passed: String = letters
            .iter()
            .filter(|c| ends.is_match(&format!("x{c}")))
            .collect();
        if !passed.is_empty() {
            problems.push(format!("{name}: dend lets these through: {passed}"));
        }
        for after in ["", " ", "।", "1", ",", "?"] {
            if !ends.is_match(&format!("x{after}")) {
                problems.push(format!("{name}: dend does not end a word before {after:?}"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// A question whether what a message holds is genuine ("sahi hai kya? '…'", a paste and then
/// "Beta is this message correct?") is at most suspicious and keeps the red flags of what it asks
/// about: the one asking may be the person using the app, who must not read "no red flags" under
/// a scam they pasted. (A caller's question before his own ask is still a scam: see SCAMS.)
#[test]
fn a_question_about_a_pasted_scam_keeps_its_red_flags_and_is_never_called_a_scam() {
    let r = rules();
    for text in [
        // The asker's own question after it ("should I click?") is no order.
        "बेटा ये मैसेज आया है - 'प्रिय ग्राहक आपका SBI योनो खाता आज बंद हो जाएगा, तुरंत पैन कार्ड अपडेट करें' - क्या ये सही है? लिंक पर क्लिक करूं?",
        "Dear customer your electricity power will be disconnected tonight at 9.30pm because your previous month bill was not updated. Please immediately contact our electricity officer 98XXXXXX34. Thank you\n\nBeta is this message correct? should I call?",
        "Dear Customer, your Airtel number will be deactivated within 24 hours due to incomplete KYC. Call our executive on 98XXXXXX21 immediately.\n\nIs this correct beta? I did not call yet",
        "Beta, ye message aaya hai, sahi hai kya? 'Dear customer your SBI YONO account will be blocked today, update PAN immediately: sbi-yono-kyc.in'",
        "Bhaiya ye kya hai? Mummy ke phone pe aaya: 'Your electricity will be disconnected tonight, call 9876543210'",
        "Is this real? 'Your electricity will be disconnected tonight at 9.30 pm. Call 9876543210 immediately.'",
        "बेटा, यह मैसेज आया है, सही है क्या? 'प्रिय ग्राहक, आपका खाता आज ब्लॉक कर दिया जाएगा, तुरंत केवाईसी अपडेट करें'",
        "Beta is this real? 'Dear customer your SBI account will be blocked today, update PAN immediately'",
        "Dear customer your SBI account will be blocked today, update PAN immediately. Beta is this real?",
        "बेटा यह असली है क्या? 'आपका बैंक खाता आज बंद हो जाएगा, तुरंत KYC अपडेट करें'",
        // The asker repeats the quotation's words after the question (dev7, sixteenth round).
        "Is this genuine? Mummy got it on WhatsApp: \"Congratulations you won 25 lakh in KBC lucky draw, contact Mr Rana on WhatsApp 7049912386, pay processing fee Rs 8,500\". She says it's real because it has the KBC logo",
    ] {
        let s = r.scan(text);
        assert_eq!(s.verdict, Suspicious, "{text}: {:?}", ids(&s));
        assert!(
            s.flags.iter().any(|f| f.weight >= Weight::Medium),
            "{text}: {:?}",
            ids(&s)
        );
    }
    // A scam that asks the same question and then asks in its own words, which a quoted word of
    // the same flag does not hide.
    assert_verdict_of_each(
        &r,
        &[
            "Is this real? 'KBC lucky draw winner, 25 lakh prize'. Yes sir, you won 25 lakh in the KBC lucky draw.",
        ],
        Scam,
    );
}

/// "Is it fraud?" without an article is a question too, and the wording model's words are no
/// order of the asker's: after "Is this genuine?" the model may weigh the asker's own "number"
/// (twenty-first round: dev7's and dev9's family questions about a pasted scam became scams when a
/// trial model learnt what is now `messages-dev12.toml`). The model's words depend on its training,
/// so the second half puts its flag on the asker's word by hand. Synthetic.
#[test]
fn a_question_stays_a_question_beside_the_wording_models_words() {
    let r = rules();
    assert_verdict_of_each(
        &r,
        &[
            "Got this SMS: 'Your SBI account will be blocked today, update your PAN at http://sbi-pan-update.in/x'. Is it fraud?",
            "Mummy got this: 'Dear customer your electricity will be disconnected tonight, call officer 9876543210'. Is this scam?",
        ],
        Suspicious,
    );
    let text = "Is this genuine? Papa got it from a +92 number: \"You won 25 lakh in the KBC lucky draw, call 7049912386 to claim\". He thinks it is real";
    let open = text.find('"').expect("a quotation");
    let quotation = open..text.rfind('"').expect("its end") + 1;
    let number = text.find("number").expect("the asker's word");
    let flag_on_the_askers_word = |id: &str| Flag {
        id: id.to_owned(),
        explanation: String::new(),
        article: None,
        weight: Weight::Medium,
        spans: std::iter::once(number..number + "number".len()).collect(),
    };
    let clauses = clauses(text);
    let quotations = [quotation];
    assert!(r.asks_about_what_it_holds(
        text,
        &clauses,
        &quotations,
        &[flag_on_the_askers_word("reads-like-scam")]
    ));
    // A pattern's medium flag there is the asker's own order, and no question about what it holds.
    assert!(!r.asks_about_what_it_holds(
        text,
        &clauses,
        &quotations,
        &[flag_on_the_askers_word("callback-mobile")]
    ));
}

#[test]
fn a_question_inside_the_scams_own_quotation_is_not_the_readers_question() {
    // The scam quotes a "customer" asking; no one outside the quotation asks anything.
    let r = rules();
    let text = "Your SBI KYC has expired, your account will be blocked today. Update PAN immediately at http://sbi-kyc-update.xyz. Customer review: \"Is this real? Yes, my account was saved!\"";
    let s = r.scan(text);
    assert_eq!(s.verdict, Scam, "{text}: {:?}", ids(&s));
}

#[test]
fn a_warning_that_tells_how_the_trick_goes_has_no_red_flags_and_a_scam_that_borrows_its_words_keeps_them()
 {
    // The eighteenth round's family and office warnings (dev9), each in words of its own: a quotation
    // introduced by a verb of saying or calling earlier in the sentence ("If anyone calls saying
    // they are from the bank and “…”"), the trick told as a sequence ("someone sends … and then
    // calls"), a verdict with a word between ("this is a known scam", "That “…” call was fake",
    // "Looked it up - classic scam"), a voice disowned ("This is not him"), callers "claiming to be
    // from", a parcel never ordered, the wording model's words outside the quotation ("I said I
    // will come to the office and pay"), a family game's prize, and Hindi and Hinglish tellings
    // ("एक APK फाइल भेजी जा रही है", "पहले … देते हैं फिर … ले लेते हैं", "Kisi ka bhi call aaye ki …,
    // to mat karna", "Reported kiya 1930 pe"). Synthetic; the rules before this round flagged every
    // one, most as a scam (checked with CI's debug build of 9b3c6ce, whose rules differ from
    // 0c7b339's by one Hindi warning pattern).
    let r = rules();
    assert_verdict_of_each(
        &r,
        &[
            "Mama, if someone phones saying he is from your bank and \"your account will be frozen today, read me the OTP that came\" - put the phone down. Banks never call like this.",
            "Forwarded as received: Someone transfers Rs 5000 to your UPI and then calls begging \"I sent it by mistake, please send it back, my mother is in hospital\". Do not send anything back yourself. Ask them to go to their bank.",
            "Uncle, the man on Instagram who says he posted you a gift from Canada and now a \"Mumbai customs\" officer wants Rs 42,000 clearance - this is a well-known scam. Please stop replying to him.",
            "Team, our accounts head received a WhatsApp from a number with the MD's photo: \"In a board meeting, can't take calls. Buy Amazon gift cards worth 40,000 for a client urgently and send me the codes.\" This is not him. Verify any such request on his known number.",
            "Dear residents, some people are going door to door claiming to be from the electricity board for \"meter KYC\" and asking residents to share the OTP received on their phone. No such visit is planned. Do not share any OTP.",
            "Just got the \"your package is held at customs, pay 2,199 duty\" text. i havent ordered anything from abroad. spam, ignore if you get it",
            "Yesterday I got a call \"Madam I am calling from the electricity office, your meter is not updated, power will be disconnected in one hour, download this app and pay Rs 10\". I said I will come to the office and pay. He cut the phone. Be careful all.",
            "Good you didn't give the OTP, Papa. That \"Flipkart refund\" call was fake. Whenever someone asks for an OTP just say no and call me.",
            "A man I met on a matrimony site kept pushing me to put money in \"his cousin's trading app\" with guaranteed 15% weekly returns. Looked it up - classic scam. Blocked and reported.",
            "सावधान! फेसबुक पर \"बिजली बिल\" नाम से एक APK फाइल भेजी जा रही है। इसे खोलते ही फोन हैक हो जाता है। कृपया इसे डाउनलोड न करें।",
            "भाइयों, \"वीडियो लाइक करो, हर टास्क के 200 रुपये\" वाला काम मत करना। पहले थोड़ा पैसा देते हैं फिर हज़ारों ले लेते हैं।",
            "Kisi ka bhi call aaye ki cashback points aaj expire ho rahe hai, link pe click karke redeem karo, to mat karna. Mere dost ke 20k nikal gaye.",
            "Reported kiya 1930 pe. Wo aadmi bol raha tha \"main police se bol raha hu, aap digital arrest me ho, video call band mat karna\". Bakwas. Koi digital arrest nahi hota.",
            "Chacha won the society Diwali tambola! 2000 rs prize, sweets at his place tonight.",
            // A KYC reminder or a customs notice that links only to the sender's own site is no lure.
            "Dear Customer, your KYC is due for periodic update. Please update it at https://www.onlinesbi.sbi to continue using your account. -SBI",
            "Your parcel is held at customs. Pay the import duty of Rs 1,240 at https://www.shadowfax.in/pay to release it.",
            // Notices a narrow rule misread: a fee refunded (seven words between), papers to the
            // branch, paying early by choice, and an advisory naming the asks of "messages from
            // strangers".
            "Refund of Rs.2 towards your Amazon Prime membership card verification fee will be credited in 3-5 business days.",
            "Your KYC is due for updation. Pls submit copy of ID & current address proof to your branch to avoid A/c freezing.",
            "Policy XXXX1092 premium of Rs. 1531 is due and will be deducted on 13-Jul as per standing instructions. You may choose to pay in advance now in the iMobile app.",
            "Important! Do not act on messages received from strangers asking you to update KYC or unlock your debit card by clicking on links. -SBI",
            // Advice to refuse whoever has you install the app ("koi … karwaye to mana kar dena")
            // is the sentence's own report (until the twenty-second round it had none, and the
            // message was suspicious).
            "Maa maine bola tha na, koi bhi bank wala bolke AnyDesk install karwaye to mana kar dena. Good job aapne mana kiya.",
        ],
        Verdict::NoRedFlags,
    );
    // A scam that borrows these words keeps its asks: "claiming to be" and "luckily" are a
    // warning's or a report's only in a report's sentence, and a KYC or customs story with no link,
    // only a number to call, is still a lure.
    assert_verdict_of_each(
        &r,
        &[
            "Fraudsters claiming to be from SBI are active. Share the OTP only with our officer on 9876543210 to keep your account safe.",
            // A verdict that does not end its sentence is no report ("classic scam numbers").
            "Known fraud alert - classic scam numbers are blocking accounts. Your KYC is pending, update today or account blocked.",
            // "Don't install them." is a report's sentence, but the order after it keeps its app
            // file (it was a scam before that sentence counted as a report).
            "Fake SBI apps are circulating. Don't install them. Install our official SBI-secure.apk from sbi-secure.top now.",
        ],
        Verdict::Suspicious,
    );
    assert_verdict_of_each(
        &r,
        &[
            "Luckily your number has been selected for the KBC lucky draw of 25 lakh. Pay Rs 12,500 processing fee to claim, call 9876543210.",
            "Your KYC is pending and your account will be blocked today. Call our KYC officer on 9876543210 now.",
            // The new report words, where a scam says them: a verdict opening the message is about
            // nothing told; "koi … nahi hota" of a charge is a caller's; a link "being sent" to
            // you; "we have not requested" is a bank impostor's. Each was a scam before this
            // round's report patterns and had no red flags with their first wording.
            "Bakwas. Aapka KYC pending hai, aaj hi update karo warna account band.",
            "Sir koi charge nahi hota, bas OTP bata dijiye.",
            "आपको एक लिंक भेजा जा रहा है, उस पर अपना KYC आज ही अपडेट करें वरना खाता बंद हो जाएगा।",
            "We have not requested any payment. Your KYC is pending, share the OTP to update it.",
            "Your gift parcel from London is held at Delhi customs. Pay Rs 35,000 clearance fee to officer 9876543210 today to release it.",
        ],
        Scam,
    );
}

#[test]
fn a_scam_that_tells_of_trouble_on_your_account_or_phone_and_then_asks_is_flagged() {
    // The nineteenth round (dev10: scams that borrow a report's or a warning's words). Each in words
    // of its own, synthetic; the rules before this round (86a7c1f) gave each scam below no red
    // flags but two, kept as guards ("Kisi ne aapke account se …" and "Sir kisi ne aapke naam pe
    // …", both already scams), and the Instagram code was already suspicious: someone acting
    // on the reader's own account, told to the reader, is a scam's pretext and no report; the order
    // before the code ("tell me the code you just got", "read out the number that came on your
    // phone", a code that comes "to" the phone); a relative on a "naye number" or a friend's phone
    // who wants money by an app or "to this number"; "jo code aaya hai wo reply kar dijiye".
    let r = rules();
    assert_verdict_of_each(
        &r,
        &[
            "Someone sent a fake SMS from your account, share the OTP to block it.",
            "Kisi ne aapke account se fake SMS bheja hai, block karne ke liye OTP bata dijiye.",
            "किसी ने आपके खाते से नकली SMS भेजा है, ब्लॉक करने के लिए OTP बताइए।",
            "Somebody tried to log in to your account from Delhi. To stop it, tell me the code you just got.",
            "Just read me the digits that came in the SMS.",
            "What is the code that came on your phone?",
            "Read out the number that came on your phone.",
            "Points cash karne ke liye jo code aaya hai wo reply kar dijiye.",
            "मम्मी, मेरा पुराना फोन बंद है, नए नंबर से लिख रही हूँ। फीस के 6000 रुपये आज इस नंबर पर भेज दो।",
            "दीदी, यह मेरे दोस्त का फोन है। मेरा बटुआ चोरी हो गया, 2000 रुपये गूगल पे कर दो।",
            "Mausi ye mere roommate ka phone hai, mera wallet gum gaya. 3000 abhi GPay kar do please.",
            "Sir kisi ne aapke naam pe paise maange hain, verify karne ke liye jo OTP aaya hai wo bata dijiye.",
        ],
        Scam,
    );
    // With a report of its own (a hacked phone) the message is at most suspicious, but its ask to
    // pay "this number", or a code that will come to the phone, keeps it flagged.
    assert_verdict_of_each(
        &r,
        &[
            "Beta mera WhatsApp hack ho gaya, naye number se likh raha hu. Doctor ko 4000 dene hain, abhi is number pe GPay kar do.",
            "My Instagram got hacked so I am texting from here. A 6 digit code will come to your phone now, kindly forward it to me.",
        ],
        Verdict::Suspicious,
    );
    // What these words say in a genuine message: a number asked for a person, an OTP SMS's own
    // "enter the code", a family member's new number with a warning.
    assert_verdict_of_each(
        &r,
        &[
            "Send me the number you got for the plumber, the tap is leaking again.",
            "Enter the code you received to verify your login. Do not share it with anyone.",
            "Mom my phone got hacked, this is my new number. If anyone asks for money from the old number, don't send anything.",
            // "naye number" told of a stranger in the family group: "kisi ne … paise maange" is a report.
            "Didi savdhan, colony group me kisi ne Sharma uncle ki photo laga ke naye number se paise maange. Wo uncle nahi the, maine unse baat ki. Kuch mat bhejna.",
        ],
        Verdict::NoRedFlags,
    );
}

#[test]
fn a_warning_that_tells_what_the_writer_did_or_what_someone_else_lost_is_no_scam() {
    // The twentieth round (dev10's warnings still called a scam, and dev11's advisories). Each in
    // words of its own, synthetic; the rules before this round called each a scam or suspicious:
    // what the writer did with it ("I didnt click", "she ignored it"), a verdict on "these offers",
    // a stranger "बनकर" (posing as) someone, "मैंने कुछ नहीं दबाया और फोन रख दिया", the writer's
    // own people's loss ("mere chacha ne … aur 60 hazaar kat gaye"), the public "cautioned", and
    // advice to "complain" if it comes.
    let r = rules();
    assert_verdict_of_each(
        &r,
        &[
            "Got an SMS that my HDFC card is blocked and I must update PAN today. I didnt click, just deleted it.",
            "Mummy got the KBC message again, 25 lakh prize, pay 12500 tax to claim. She ignored it.",
            "Placement cell: students get Telegram offers of Rs 200 per review task, then a deposit is asked. These offers are fraudulent.",
            "कल कॉल आया कि आपका बिजली कनेक्शन आज रात कट जाएगा, 2 दबाएं। मैंने कुछ नहीं दबाया और फोन रख दिया।",
            "सोसाइटी सूचना: कोई व्यक्ति बैंक का एजेंट बनकर घर आ रहा है और KYC अपडेट के नाम पर ऐप डाउनलोड करवा रहा है। तुरंत गार्ड को बताएं।",
            "Mere chacha ne bank wale ke kehne pe AnyDesk install kiya aur 60 hazaar kat gaye.",
            "Public is hereby cautioned against persons asking for advance payment for mobile tower installation.",
            "If you receive offers of lottery winnings from RBI, complain on sachet.rbi.org.in.",
        ],
        Verdict::NoRedFlags,
    );
    // The same words where a scam says them: a refund scam's "kat gaye" of the reader's own money or
    // a relative of the reader's; students "contacted" for a paid task; a verdict on other apps or
    // sites before the scam's own link (only "these offers, jobs, schemes, tasks" are a report);
    // customers "cautioned" by a bank's impostor (only the public, people or residents are).
    assert_verdict_of_each(
        &r,
        &[
            "Aapke account se 5000 kat gaye hain, refund ke liye OTP bata dijiye.",
            "Such apps are fake. Install the official SBI app from sbi-secure.apk today to keep your account safe.",
            "These websites are fake. Update your KYC only at sbi-kyc-update.top before 6 PM or your account will be blocked.",
            "Customers are cautioned that KYC must be updated today or your account will be blocked. Call 9876543210.",
            "Sir aapke papa ne hamari app se order kiya aur paise kat gaye, refund ke liye AnyDesk install karke OTP bataiye.",
            "Students are being contacted for our paid internship. Earn Rs 3000 per day, pay Rs 500 registration on WhatsApp 9876543210.",
        ],
        Scam,
    );
}
